"""``lecture doctor``: every system piece rendering and exporting need, with its fix."""

from __future__ import annotations

import click

from scripts.cli.checks import ALL_CHECKS, EXPORT_CHECKS, run_checks
from scripts.cli.common import Failed
from scripts.cli.progress import make_console


@click.command()
def doctor() -> None:
    """Check LaTeX, dvisvgm, fonts, Cairo/Pango, video encoding, ffmpeg and reveal.js."""
    console = make_console()
    checks = run_checks(ALL_CHECKS + EXPORT_CHECKS)
    for c in checks:
        mark = "[green]ok[/]     " if c.ok else "[red]missing[/]"
        console.print(f"{mark} {c.name}: {c.detail}")
        if not c.ok:
            console.print(f"        fix: {c.fix}", markup=False)
    missing = [c.name for c in checks if not c.ok]
    if missing:
        raise Failed(f"missing: {', '.join(missing)}; run the fix commands above")
