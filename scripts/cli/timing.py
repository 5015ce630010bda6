"""``lecture timing SCENE``: each beat's words beside its marks and animation starts, so an
author can see whether the picture lands on its words without rendering or watching."""

from __future__ import annotations

from pathlib import Path

import click

from scripts.build.dry_build import Timeline, timeline
from scripts.cli.common import Context, select


def format_timeline(name: str, tl: Timeline) -> str:
    """The timeline as lines: per beat, its span and words, then its marks and animations in
    time order."""
    lines = [name]
    for i, beat in enumerate(tl.beats, start=1):
        lines.append(f"beat {i:02d}  {beat.start:7.2f} - {beat.end:7.2f} s  "
                     f"(speech ends {beat.speech_end:.2f} s)")
        lines.append(f"    \u201c{beat.narration}\u201d")
        events = [(t, f"mark {{{m}}}") for m, t in beat.marks]
        events += [(p.start, (f"hold  ({p.run_time:.2f} s)" if p.what == "Wait(Mobject)"
                              else f"play {p.what}  ({p.run_time:.2f} s)"))
                   for p in tl.played if beat.start - 1e-6 <= p.start < beat.end - 1e-6]
        for t, what in sorted(events, key=lambda e: (e[0], not e[1].startswith("mark"))):
            lines.append(f"    {t:7.2f}  {what}")
    return "\n".join(lines)


@click.command("timing")
@click.argument("names", nargs=-1, required=True)
@click.pass_obj
def timing(obj: Context, names: tuple[str, ...]) -> None:
    """Print each beat of the named scenes with its marks and the start of every animation.

    The scenes are built with animations skipped (about a second each), nothing is rendered.
    """
    root: Path = obj.root
    for entry in select(obj.catalog(), names):
        click.echo(format_timeline(entry.id, timeline(entry, root)))
