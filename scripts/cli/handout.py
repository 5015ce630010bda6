"""``lecture handout``: the printable transcript, per chapter and for the whole lecture."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import click
from rich.markup import escape

from scripts.build.catalog import Lecture, SceneEntry
from scripts.build.contract import Status
from scripts.build.layout import MediaLayout
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
)
from scripts.cli.progress import make_console
from scripts.cli.render import ensure_rendered
from scripts.defaults import QUALITIES, Quality
from scripts.export.ffmpeg import FFmpegError
from scripts.export.gallery import write_gallery
from scripts.export.handout import PAPERS, HandoutError, pdf_printer, write_handout


def best_pictures(obj: Context, lecture: Lecture, fallback: MediaLayout
                  ) -> Callable[[SceneEntry], MediaLayout]:
    """Per scene, the layout of its best render that is up to date (the highest quality),
    else ``fallback``: a handout's pictures print sharper from a high-quality render."""
    renderers = [obj.renderer(q, [lecture]) for q in
                 sorted(QUALITIES.values(), key=_pixels, reverse=True)]
    chosen: dict[str, MediaLayout] = {}

    def pictures(scene: SceneEntry) -> MediaLayout:
        if scene.short_id not in chosen:
            chosen[scene.short_id] = next(
                (r.layout for r in renderers if r.status(scene) == Status.UP_TO_DATE), fallback)
        return chosen[scene.short_id]

    return pictures


def _pixels(q: Quality) -> int:
    return int(q.folder.split("p")[0])


@click.command()
@click.argument("names", nargs=-1)
@quality_option
@jobs_option
@click.option("--paper", type=click.Choice([*PAPERS, "both"]), default="a4", show_default=True,
              help="The PDF's paper: A4, US Letter, or one PDF of each.")
@click.option("--no-pdf", is_flag=True, help="Only the HTML handouts (no browser needed).")
@render_missing_option
@click.option("--force", is_flag=True, help="Remake handouts even when up to date.")
@click.pass_obj
def handout(obj: Context, names: tuple[str, ...], quality: str, jobs: int | None, paper: str,
            no_pdf: bool, render_missing: bool, force: bool) -> None:
    """Write handouts: each beat's narration under its settled picture, a link into the
    video per beat, each chapter's quiz with its answer, as HTML and PDF.

    NAMES are lectures or chapters (default: every lecture). A lecture gives a handout per
    chapter and one for the whole lecture; a chapter gives its own. QUALITY is the video the
    timestamps point into; pictures come from the best up-to-date render of each scene.
    """
    q = quality_preset(quality)
    papers = list(PAPERS) if paper == "both" else [paper]
    console = make_console()
    failed = 0
    with contextlib.ExitStack() as stack:
        printer = None
        if not no_pdf:
            try:
                printer = stack.enter_context(pdf_printer())
            except HandoutError as exc:
                raise Failed(str(exc)) from exc
        for lecture, chapters in lectures(obj.catalog(), names):
            chosen = [c for c in lecture.chapters if chapters is None or c.id in chapters]
            wanted = [(c.id, [c]) for c in chosen]
            if chapters is None:
                wanted.append((lecture.slug, list(lecture.chapters)))
            needed = [s for c in chosen for s in c.scenes]
            if chapters is not None:  # timestamps count the scenes before the chosen ones
                needed = list(lecture.scenes)
            ensure_rendered(obj, needed, q, jobs, render_missing,
                            f"the handouts of '{lecture.slug}'")
            layout = obj.renderer(q, [lecture]).layout
            pictures = best_pictures(obj, lecture, layout)
            try:
                with exports_lock(layout, lecture.slug):
                    for name, parts in wanted:
                        try:
                            result = write_handout(layout, lecture, name, parts, obj.root,
                                                   pictures, papers, printer, force)
                        except (HandoutError, FFmpegError) as exc:
                            failed += 1
                            console.print(f"[red]FAILED[/] handout {escape(name)}: "
                                          f"{escape(str(exc))}")
                            continue
                        for path in result.files:
                            console.print(f"handout {result.status:<11} {path}")
                    console.print(f"gallery: {write_gallery(layout, lecture)}")
            except KeyboardInterrupt:
                raise Interrupted("Interrupted. The previous handouts are untouched.") from None
    if failed:
        raise Failed(f"{failed} handout(s) failed; see above")
