"""Slide decks with manim-slides: one slide per beat, the beat's narration as speaker notes.

Every rendered scene leaves its manim-slides presentation (``<chapter>/slides/<Scene>.json``).
A deck joins the presentations of a chapter, or of the whole lecture, and is exported as

- ``decks/<name>.html`` + ``decks/<name>_assets/``: reveal.js, loaded from ``decks/reveal.js/``
  (a local copy, see :mod:`scripts.export.reveal_assets`), so the deck works with no network
  (:mod:`scripts.deck_html`);
- ``decks/<name>.pptx``: PowerPoint, each slide playing its clip (:mod:`scripts.deck_pptx`);
- ``decks/<name>.pdf``: one page per slide, the slide's last frame.

Every slide's still (the HTML video's poster, the PPTX movie's poster frame, the PDF page) is
its beat's settled picture, the last frame of its clip (:mod:`scripts.deck_slides`).

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
from pathlib import Path

from scenes.common.theme import DARK
from scripts.build.catalog import Lecture, SceneEntry
from scripts.build.layout import MediaLayout
from scripts.export.deck_slides import deck_slides
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


def export_deck(layout: MediaLayout, lecture: Lecture, deck: Deck, fmt: str,
                background: str = DARK.background, force: bool = False) -> DeckResult:
    """Write one deck in one format (``html``, ``pptx`` or ``pdf``)."""
    # manim-slides takes seconds to import: only when a deck is made.
    from manim_slides.convert import PDF

    from scripts.export.deck_html import write_html
    from scripts.export.deck_pptx import write_pptx

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
        if fmt == "html":
            install_reveal(folder)
            assets = write_html(configs, deck_slides(layout, deck.scenes, configs), out,
                                deck.title, background)
            swap_folder(assets, folder / assets.name)
        elif fmt == "pptx":
            write_pptx(configs, deck_slides(layout, deck.scenes, configs), out, work)
        elif fmt == "pdf":
            PDF(presentation_configs=configs).convert_to(out)
        else:
            raise ValueError(f"unknown deck format {fmt!r}; expected one of {FORMATS}")
        os.replace(out, dest)
    keys = {**keys, dest.name: key}
    atomic_write_text(keys_file, json.dumps(keys, indent=2, sort_keys=True) + "\n")
    return DeckResult(deck, fmt, dest, "made")
