"""``lecture slides``: slide decks (HTML, PPTX, PDF), one slide per beat."""

from __future__ import annotations

import click

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
from scripts.export.decks import FORMATS, export_deck, lecture_decks
from scripts.export.gallery import write_gallery
from scripts.export.reveal_assets import RevealMissing


@click.command()
@click.argument("names", nargs=-1)
@quality_option
@jobs_option
@click.option("--format", "formats", default=",".join(FORMATS), show_default=True,
              help="Comma-separated deck formats: html, pptx, pdf.")
@render_missing_option
@click.option("--force", is_flag=True, help="Remake decks even when up to date.")
@click.pass_obj
def slides(obj: Context, names: tuple[str, ...], quality: str, jobs: int | None, formats: str,
           render_missing: bool, force: bool) -> None:
    """Export slide decks (one slide per beat, narration as speaker notes).

    NAMES are lectures or chapters (default: every lecture). A lecture gives a deck per
    chapter and one for the whole lecture; a chapter gives its own deck.
    """
    q = quality_preset(quality)
    wanted = [f.strip().lower() for f in formats.split(",") if f.strip()]
    bad = [f for f in wanted if f not in FORMATS]
    if bad or not wanted:
        raise click.UsageError(f"unknown deck format(s) {bad}; expected some of {FORMATS}")
    console = make_console()
    for lecture, chapters in lectures(obj.catalog(), names):
        decks = lecture_decks(lecture, chapters, whole=chapters is None)
        needed = list(dict.fromkeys(s for d in decks for s in d.scenes))
        ensure_rendered(obj, needed, q, jobs, render_missing, f"the decks of '{lecture.slug}'")
        layout = obj.renderer(q, [lecture]).layout
        try:
            with exports_lock(layout, lecture.slug):
                for deck in decks:
                    for fmt in wanted:
                        result = export_deck(layout, lecture, deck, fmt, force=force)
                        console.print(f"{fmt:<5} {result.status:<11} {result.path}")
                console.print(f"gallery: {write_gallery(layout, lecture)}")
        except RevealMissing as exc:
            raise Failed(str(exc)) from exc
        except KeyboardInterrupt:
            raise Interrupted("Interrupted. The previous decks are untouched.") from None
