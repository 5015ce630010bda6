"""``lecture narration script``: the script a teacher records against."""

from __future__ import annotations

from pathlib import Path

import click

from scripts.build.dry_build import timeline
from scripts.cli.common import Context, lectures, voice_option
from scripts.cli.progress import make_console
from scripts.export.narration_script import script_markdown
from scripts.files import atomic_write_text


@click.group()
def narration() -> None:
    """The narration: the script a teacher records against."""


@narration.command("script")
@click.argument("names", nargs=-1)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write it [default: <recordings>/<lecture>/SCRIPT.md; - for stdout].")
@voice_option
@click.pass_obj
def narration_script(obj: Context, names: tuple[str, ...], output: Path | None,
                     voice: str | None, recordings: Path | None) -> None:
    """Write every beat's id and text, in order, with the file name to record it to.

    Nothing needs rendering first: each scene is built with its animations skipped (about a
    second a scene) to read its beats. Record each beat as
    <recordings>/<lecture>/<chapter>/<Scene>/beat-NN.wav (or .flac, .ogg, .mp3, .m4a), then
    render with --voice recordings.
    """
    obj.take_voice(voice, recordings)
    console = make_console()
    for lecture, chapters in lectures(obj.catalog(), names):
        scenes = [s for s in lecture.scenes if chapters is None or s.chapter in chapters]
        beats = {}
        for scene in scenes:
            click.echo(f"reading the beats of {scene.id}", err=True)
            beats[scene.short_id] = [b.narration for b in timeline(scene, obj.root).beats]
        text = script_markdown(lecture, chapters, beats)
        folder = obj.recordings or (obj.root / "recordings")
        target = output or folder / lecture.slug / "SCRIPT.md"
        if str(target) == "-":
            click.echo(text)
            continue
        atomic_write_text(target, text)
        console.print(f"script: {target}")
