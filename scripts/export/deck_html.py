"""The HTML deck: manim-slides' reveal.js converter with our template.

manim-slides' own template gives every slide its clip as a background video and nothing more;
reveal.js then shows the clip's first frame (often an empty background) until it plays. Our
template (``templates/deck.html``, passed through the converter's ``template`` option) also
gives each slide its still as the video's poster, and its beat's narration, which plays with
the slide and moves the deck on when it ends.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from manim_slides.convert import RevealJS
from pydantic import BaseModel

from scripts.export.deck_slides import DeckSlide

TEMPLATE = Path(__file__).resolve().parent / "templates" / "deck.html"


class SlideExtras(BaseModel):
    """What the template needs per slide beyond manim-slides' slide config (paths relative to
    the deck's HTML file)."""

    poster: str
    audio: str | None = None
    autoslide: int | None = None  # ms


class LectureRevealJS(RevealJS):
    """manim-slides' converter, rendering :data:`TEMPLATE` with one :class:`SlideExtras` per
    slide (its fields reach the template as variables)."""

    extras: list[SlideExtras] = []


def write_html(configs: list, slides: list[DeckSlide], dest: Path, title: str,
               background: str) -> Path:
    """Write ``dest`` and its ``<stem>_assets/`` folder beside it (clips, stills, narration).

    Returns the assets folder. reveal.js is expected at ``reveal.js/`` beside the deck.
    """
    assets = dest.parent / f"{dest.stem}_assets"
    for folder in ("stills", "audio"):
        (assets / folder).mkdir(parents=True, exist_ok=True)
    extras: list[SlideExtras] = []
    for n, slide in enumerate(slides):
        name = f"stills/s{n:03d}.png"
        shutil.copyfile(slide.still, assets / name)
        extra = SlideExtras(poster=f"{assets.name}/{name}")
        if slide.narration is not None:
            audio, spoken_end = slide.narration
            name = f"audio/s{n:03d}_{audio.parent.name}_{audio.name}"
            shutil.copyfile(audio, assets / name)
            extra.audio = f"{assets.name}/{name}"
            # Half a second after the last word, as a beat's hold does in the video.
            extra.autoslide = int(round((spoken_end + 0.5) * 1000))
        extras.append(extra)
    LectureRevealJS(presentation_configs=configs, template=TEMPLATE, extras=extras,
                    cdn_url="reveal.js", title=title, background_color=background,
                    reveal_theme="black").convert_to(dest)
    return assets
