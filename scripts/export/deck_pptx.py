"""The PowerPoint deck, written with python-pptx.

manim-slides' PowerPoint converter gives every movie the first frame of its clip as poster
frame (or one image for all slides), so a slide sorter, a slide before it plays and a printed
deck show empty backgrounds. Here each movie's poster frame is its slide's still, the clip's
last frame; the rest is what manim-slides writes: one slide per beat, the clip filling the
slide and starting with it, the beat's words as speaker notes. Each narrated slide also has
its audio as a small speaker that plays with the slide.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scenes.common.theme import DARK
from scripts.export.deck_slides import DeckSlide

#: Slide width in EMU: 13.33 in, PowerPoint's 16:9 default; the height follows the video.
SLIDE_WIDTH = 12_192_000


def _speaker_icon(path: Path) -> Path:
    from PIL import Image, ImageColor, ImageDraw

    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    ImageDraw.Draw(image).polygon([(8, 24), (22, 24), (38, 10), (38, 54), (22, 40), (8, 40)],
                                  fill=ImageColor.getrgb(DARK.text))
    image.save(path)
    return path


def _play_with_slide(slide: Any, media: Any, loop: bool = False) -> None:
    """Start ``media`` as soon as its slide shows (python-pptx adds it to play on a click:
    its start condition's delay is "indefinite"; 0 plays it at once), looping if asked."""
    from lxml import etree

    ns = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
    node = etree.XPath(".//p:timing//p:video/p:cMediaNode[p:tgtEl/p:spTgt/@spid=$id]/p:cTn",
                       namespaces=ns)(slide.element, id=str(media.shape_id))[0]
    node.find("p:stCondLst/p:cond", ns).set("delay", "0")
    if loop:
        node.set("repeatCount", "indefinite")


def write_pptx(configs: list, slides: list[DeckSlide], dest: Path, work: Path) -> None:
    """Write ``dest`` from the presentations ``configs`` and their ``slides`` (in order)."""
    from pptx import Presentation
    from pptx.util import Emu

    slide_configs = [s for c in configs for s in c.slides]
    if len(slide_configs) != len(slides):
        raise RuntimeError(f"{len(slide_configs)} slides but {len(slides)} slide details")
    prs = Presentation()
    width, height = configs[0].resolution
    prs.slide_width, prs.slide_height = Emu(SLIDE_WIDTH), Emu(round(SLIDE_WIDTH * height / width))
    icon = _speaker_icon(work / "speaker.png")
    size = Emu(prs.slide_height // 14)
    for config, deck_slide in zip(slide_configs, slides, strict=True):
        slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
        movie = slide.shapes.add_movie(str(config.file), 0, 0, prs.slide_width, prs.slide_height,
                                       poster_frame_image=str(deck_slide.still),
                                       mime_type="video/mp4")
        _play_with_slide(slide, movie, loop=config.loop)
        if deck_slide.narration is not None:
            speaker = slide.shapes.add_movie(
                str(deck_slide.narration[0]), prs.slide_width - size - size // 4,
                prs.slide_height - size - size // 4, size, size,
                poster_frame_image=str(icon), mime_type="audio/wav")
            _play_with_slide(slide, speaker)
        if config.notes:
            slide.notes_slide.notes_text_frame.text = config.notes
    prs.save(str(dest))
