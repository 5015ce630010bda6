"""``lecture build``: the lecture video with chapters and subtitles, clips, and the gallery."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from narration.voices import TARGET_LUFS
from scripts.build.catalog import Lecture
from scripts.build.render import Renderer
from scripts.cli.common import (
    Context,
    Failed,
    Interrupted,
    exports_lock,
    jobs_option,
    lectures,
    quality_option,
    quality_preset,
    render_missing_option,
    voice_option,
)
from scripts.cli.progress import make_console
from scripts.cli.render import ensure_rendered
from scripts.export.assemble import MissingScenes, assemble, assembly_key
from scripts.export.burned_captions import burn_captions
from scripts.export.clips import make_clips
from scripts.export.ffmpeg import FFmpegError
from scripts.export.gallery import clock, write_gallery


@click.command()
@click.argument("names", nargs=-1)
@quality_option
@jobs_option
@render_missing_option
@click.option("--clips/--no-clips", default=True, show_default=True,
              help="Make each scene's WebM, GIF and poster for slides and web pages.")
@click.option("--per-beat", is_flag=True, help="Also cut one clip set per beat (per slide).")
@click.option("--burn-captions", "burn", is_flag=True,
              help="Also write <lecture>.captioned.mp4, the captions drawn into the picture.")
@click.option("--force", is_flag=True, help="Rebuild even what is up to date.")
@voice_option
@click.pass_obj
def build(obj: Context, names: tuple[str, ...], quality: str, jobs: int | None,
          render_missing: bool, clips: bool, per_beat: bool, burn: bool, force: bool,
          voice: str | None, recordings: Path | None) -> None:
    """Assemble the lecture video (chapters, subtitles), clips and the gallery page.

    NAMES are lectures (default: all of them). The lecture video is rebuilt only when a scene
    in it, or the order, changed; it never replaces the previous one until it is complete.
    """
    obj.take_voice(voice, recordings)
    q = quality_preset(quality)
    console = make_console()
    for lecture, _ in lectures(obj.catalog(), names):
        ensure_rendered(obj, lecture.scenes, q, jobs, render_missing,
                        f"the lecture '{lecture.slug}'")
        renderer = obj.renderer(q, [lecture])
        try:
            with exports_lock(renderer.layout, lecture.slug):
                _build_one(renderer, lecture, console, clips, per_beat, burn, force)
                console.print(f"gallery: {write_gallery(renderer.layout, lecture)}")
        except (FFmpegError, MissingScenes) as exc:
            raise Failed(str(exc)) from exc
        except KeyboardInterrupt:
            raise Interrupted("Interrupted. The previous outputs are untouched.") from None


def _build_one(renderer: Renderer, lecture: Lecture, console: Console, clips: bool,
               per_beat: bool, burn: bool, force: bool) -> None:
    result = assemble(renderer.layout, lecture, renderer.status, force=force)
    console.print(f"lecture video ({result.status}): {result.video}  "
                  f"{clock(result.duration)}, {len(result.chapters)} chapters "
                  f"({result.chapters_vtt.name}), "
                  f"subtitles {result.subtitles_srt.name} / {result.subtitles_vtt.name}")
    if result.loudness is not None:
        console.print(f"loudness of the narration: {result.loudness:.1f} LUFS "
                      f"(target {TARGET_LUFS:.0f} LUFS)")
    if burn:
        burned = burn_captions(result.video, assembly_key(renderer.layout, lecture), force)
        console.print(f"captions drawn in ({burned.status}): {burned.path}")
    if not clips:
        return
    made = 0
    for i, scene in enumerate(lecture.scenes, start=1):
        one = make_clips(renderer.layout, scene, per_beat=per_beat, force=force)
        made += one.status == "made"
        if one.status == "made":
            console.print(f"  clips {i}/{len(lecture.scenes)} {escape(scene.short_id)}")
    console.print(f"clips: {made} scene(s) made, {len(lecture.scenes) - made} up to date")
