"""``lecture narration script``: the script a teacher records against."""

from __future__ import annotations

from pathlib import Path

import click

from scripts.cli.common import (
    Context,
    lectures,
    quality_option,
    quality_preset,
    render_missing_option,
    voice_option,
)
from scripts.cli.progress import make_console
from scripts.cli.render import ensure_rendered
from scripts.export.narration_script import script_markdown
from scripts.files import atomic_write_text


@click.group()
def narration() -> None:
    """The narration: the script a teacher records against."""


@narration.command("script")
@click.argument("names", nargs=-1)
@quality_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write it [default: <recordings>/<lecture>/SCRIPT.md; - for stdout].")
@render_missing_option
@voice_option
@click.pass_obj
def narration_script(obj: Context, names: tuple[str, ...], quality: str, output: Path | None,
                     render_missing: bool, voice: str | None, recordings: Path | None) -> None:
    """Write every beat's id and text, in order, with the file name to record it to.

    Record each beat as <recordings>/<lecture>/<chapter>/<Scene>/beat-NN.wav (or .flac,
    .ogg, .mp3, .m4a), then render with --voice recordings.
    """
    obj.take_voice(voice, recordings)
    q = quality_preset(quality)
    console = make_console()
    for lecture, chapters in lectures(obj.catalog(), names):
        scenes = [s for s in lecture.scenes if chapters is None or s.chapter in chapters]
        ensure_rendered(obj, scenes, q, None, render_missing, f"the script of '{lecture.slug}'")
        records = obj.renderer(q, [lecture]).layout.manifest(lecture.slug).scenes
        text = script_markdown(lecture, chapters, records)
        folder = obj.recordings or (obj.root / "recordings")
        target = output or folder / lecture.slug / "SCRIPT.md"
        if str(target) == "-":
            click.echo(text)
            continue
        atomic_write_text(target, text)
        console.print(f"script: {target}")
