"""Slide decks with manim-slides: one slide per beat, the beat's narration as speaker notes.

Every rendered scene leaves its manim-slides presentation (``<chapter>/slides/<Scene>.json``).
A deck joins the presentations of a chapter, or of the whole lecture, and is exported as

- ``decks/<name>.html`` + ``decks/<name>_assets/``: reveal.js, loaded from ``decks/reveal.js/``
  (a local copy, see :mod:`scripts.export.reveal_assets`), so the deck works with no network;
- ``decks/<name>.pptx``: PowerPoint, each slide playing its clip;
- ``decks/<name>.pdf``: one page per slide, the slide's last frame.

``<name>`` is the chapter id, or the lecture's slug for the whole lecture. A deck is remade
only when one of its scenes was re-rendered, and is written under a temporary name first.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from scripts.build.catalog import Lecture, SceneEntry
from scripts.build.layout import MediaLayout
from scripts.export.reveal_assets import REVEAL_VERSION, reveal_dist
from scripts.files import atomic_write_text, build_key, swap_folder

FORMATS = ("html", "pptx", "pdf")
#: Bump when decks are made differently, so that they are remade.
DECKS_PROTOCOL = 3


@dataclass(frozen=True)
class Deck:
    name: str  # chapter id or lecture slug
    title: str
    scenes: tuple[SceneEntry, ...]


@dataclass(frozen=True)
class DeckResult:
    deck: Deck
    fmt: str
    path: Path
    status: str  # "made" or "up to date"


def lecture_decks(lecture: Lecture, chapters: list[str] | None = None,
                  whole: bool = True) -> list[Deck]:
    """One deck per chapter (or per chosen chapter), then the whole lecture's."""
    decks = [Deck(c.id, c.title, c.scenes) for c in lecture.chapters
             if chapters is None or c.id in chapters]
    if whole:
        decks.append(Deck(lecture.slug, lecture.title, tuple(lecture.scenes)))
    return decks


def _deck_key(layout: MediaLayout, lecture: Lecture, deck: Deck, fmt: str) -> str:
    manifest = layout.manifest(lecture.slug)
    blob = {"protocol": DECKS_PROTOCOL, "fmt": fmt, "title": deck.title, "reveal": REVEAL_VERSION,
            "scenes": [[s.short_id, manifest.scenes[s.short_id].key] for s in deck.scenes]}
    return build_key(blob)


def _presentations(layout: MediaLayout, deck: Deck) -> list:
    from manim_slides.config import PresentationConfig

    return [PresentationConfig.from_file(layout.slides_path(s)) for s in deck.scenes]


@contextmanager
def _workdir(folder: Path) -> Iterator[Path]:
    work = folder / f".work-{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True)
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def install_reveal(folder: Path) -> Path:
    """Copy the local reveal.js ``dist/`` beside the decks (once per version)."""
    target = folder / "reveal.js"
    stamp = target / "VERSION"
    if stamp.is_file() and stamp.read_text().strip() == REVEAL_VERSION:
        return target
    source = reveal_dist()
    with _workdir(folder) as work:
        shutil.copytree(source, work / "reveal.js" / "dist")
        (work / "reveal.js" / "VERSION").write_text(REVEAL_VERSION + "\n")
        swap_folder(work / "reveal.js", target)
    return target


def slide_audio(layout: MediaLayout, deck: Deck, configs: list) -> list[tuple[Path, float] | None]:
    """Per slide of the deck, in order: its beat's narration (file, seconds) or None.

    A scene's slides are its beats, plus one leading slide when something was drawn before
    the first beat; so beats are matched to a scene's slides from the last one back.
    """
    manifest = layout.manifest(deck.scenes[0].lecture).scenes if deck.scenes else {}
    out: list[tuple[Path, float] | None] = []
    for scene, config in zip(deck.scenes, configs, strict=True):
        record = manifest.get(scene.short_id)
        beats = record.beats if record else []
        per_slide: list[tuple[Path, float] | None] = [None] * len(config.slides)
        last = range(len(config.slides) - 1, -1, -1)
        for i, beat in zip(last, reversed(beats), strict=False):
            if beat.get("audio") and beat.get("spoken"):
                path = layout.audio_dir(scene) / Path(beat["audio"]).name
                if path.is_file():
                    per_slide[i] = (path, beat["spoken"][-1][1])
        out += per_slide
    return out


#: Our copy of manim-slides' reveal.js template, which also plays each beat's narration.
NARRATED_TEMPLATE = Path(__file__).resolve().parent / "templates" / "revealjs_narrated.html"


def html_narration(assets: Path, audio: list[tuple[Path, float] | None]) -> list[dict | None]:
    """Copy each slide's narration into the deck's assets; per slide, what the template needs
    to play it (``src``) and to move on half a second after it ends (``ms``)."""
    (assets / "audio").mkdir(parents=True, exist_ok=True)
    out: list[dict | None] = []
    for n, clip in enumerate(audio):
        if clip is None:
            out.append(None)
            continue
        path, seconds = clip
        name = f"s{n:03d}_{path.parent.name}_{path.name}"
        shutil.copyfile(path, assets / "audio" / name)
        out.append({"src": f"{assets.name}/audio/{name}", "ms": int(round((seconds + 0.5) * 1000))})
    return out


@cache
def _narrated_revealjs() -> type:
    """manim-slides' RevealJS converter with one more template variable, ``narration``."""
    from manim_slides.convert import RevealJS
    from pydantic import Field

    class NarratedRevealJS(RevealJS):
        narration: list[dict[str, Any] | None] = Field(
            default_factory=list, description="Per slide: its audio's src and length in ms.")

    return NarratedRevealJS


def _play_with_slide(slide: Any, media: Any) -> None:
    """Start ``media`` as soon as its slide shows: python-pptx adds it to play on a click
    (the start condition's delay "indefinite"); delay 0 plays it at once."""
    from lxml import etree

    ns = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
    cond = etree.XPath(".//p:timing//p:video/p:cMediaNode[p:tgtEl/p:spTgt/@spid=$id]"
                       "/p:cTn/p:stCondLst/p:cond", namespaces=ns)
    cond(slide.element, id=str(media.shape_id))[0].set("delay", "0")


def add_pptx_audio(pptx: Path, audio: list[tuple[Path, float] | None], work: Path) -> None:
    """Put each slide's narration on it, as a small speaker that plays with the slide."""
    from PIL import Image, ImageDraw
    from pptx import Presentation
    from pptx.util import Emu

    icon = work / "speaker.png"
    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(8, 24), (22, 24), (38, 10), (38, 54), (22, 40), (8, 40)],
                 fill=(236, 239, 241, 255))
    image.save(icon)
    prs = Presentation(str(pptx))
    slides = list(prs.slides)
    if len(slides) != len(audio):
        raise RuntimeError(f"{pptx.name}: {len(slides)} slides but {len(audio)} audio entries")
    size = Emu(prs.slide_height // 14)
    for slide, clip in zip(slides, audio, strict=True):
        if clip is None:
            continue
        media = slide.shapes.add_movie(str(clip[0]), prs.slide_width - size - size // 4,
                                       prs.slide_height - size - size // 4, size, size,
                                       poster_frame_image=str(icon), mime_type="audio/wav")
        _play_with_slide(slide, media)
    prs.save(str(pptx))


def export_deck(layout: MediaLayout, lecture: Lecture, deck: Deck, fmt: str,
                background: str = "#101418", force: bool = False) -> DeckResult:
    """Write one deck in one format (``html``, ``pptx`` or ``pdf``)."""
    from manim_slides.convert import PDF, PowerPoint

    folder = layout.decks_dir(lecture.slug)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{deck.name}.{fmt}"
    keys_file = folder / ".keys.json"
    try:
        keys = json.loads(keys_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        keys = {}
    key = _deck_key(layout, lecture, deck, fmt)
    if not force and keys.get(dest.name) == key and dest.is_file():
        return DeckResult(deck, fmt, dest, "up to date")
    configs = _presentations(layout, deck)
    # manim-slides draws tqdm bars on stderr for every presentation; the CLI reports instead.
    with _workdir(folder) as work, contextlib.redirect_stderr(io.StringIO()):
        out = work / dest.name
        audio = slide_audio(layout, deck, configs)
        if fmt == "html":
            install_reveal(folder)
            narration = html_narration(work / f"{deck.name}_assets", audio)
            _narrated_revealjs()(
                presentation_configs=configs, cdn_url="reveal.js", title=deck.title,
                background_color=background, reveal_theme="black",
                template=NARRATED_TEMPLATE, narration=narration).convert_to(out)
            swap_folder(work / f"{deck.name}_assets", folder / f"{deck.name}_assets")
        elif fmt == "pptx":
            PowerPoint(presentation_configs=configs).convert_to(out)
            if any(audio):
                add_pptx_audio(out, audio, work)
        elif fmt == "pdf":
            PDF(presentation_configs=configs).convert_to(out)
        else:
            raise ValueError(f"unknown deck format {fmt!r}; expected one of {FORMATS}")
        os.replace(out, dest)
    keys = {**keys, dest.name: key}
    atomic_write_text(keys_file, json.dumps(keys, indent=2, sort_keys=True) + "\n")
    return DeckResult(deck, fmt, dest, "made")
