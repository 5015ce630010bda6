"""The ``lecture`` command: list, render, build, export slides and check the lectures.

Exit status: 0 success; 1 a scene failed, a system piece is missing or a place cannot be
written (a full disk); 2 bad input (unknown name, bad option, malformed lecture file);
130 interrupted.
"""

from __future__ import annotations

from pathlib import Path

import click

from scripts.build.faults import WriteFault, describe, is_write_fault
from scripts.cli.build import build
from scripts.cli.common import Context, Failed
from scripts.cli.doctor import doctor
from scripts.cli.handout import handout
from scripts.cli.listing import list_command
from scripts.cli.narration import narration
from scripts.cli.preview import preview
from scripts.cli.render import render
from scripts.cli.slides import slides
from scripts.cli.timing import timing
from scripts.defaults import default_root


class _Lecture(click.Group):
    """The command group; a place that cannot be written, wherever it is found, becomes one
    paragraph and status 1 rather than a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except WriteFault as exc:
            raise Failed(str(exc)) from None
        except OSError as exc:
            if not is_write_fault(exc):
                raise
            media = ctx.obj.media_dir if isinstance(ctx.obj, Context) else Path.cwd()
            raise Failed(describe(exc.errno or 0, media, exc.filename)) from None


@click.group(cls=_Lecture, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Project root holding lectures/ (default: this checkout).")
@click.option("--media-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where outputs go (default: <root>/media).")
@click.pass_context
def main(ctx: click.Context, root: Path | None, media_dir: Path | None) -> None:
    """Render the animated lectures on logistic regression and the perceptron."""
    ctx.obj = Context((root or default_root()).resolve(), media_dir)


for command in (list_command, render, build, preview, slides, handout, narration, timing,
                doctor):
    main.add_command(command)
