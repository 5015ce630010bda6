"""Lecture files (``lectures/*.toml``) read into the catalog, every error as ``file:line``.

A lecture is declared in ``lectures/<slug>.toml``::

    title = "Logistic Regression & the Perceptron"
    # chapter_cards = true           # default: a title card opens each chapter (below)
    # first_chapter_number = 1       # the number on the first chapter's card
    # scheduler = "tcp://host:8786"  # render on a Dask cluster (see README)
    # voice = "piper"                # narration: piper, espeak, recordings or none

    [[chapters]]
    id = "ch00"
    title = "The spam problem"
    module = "scenes.ch00_spam"      # a module under the project root
    # scenes = ["SpamLineTilts"]     # optional; default: the module's SCENES_IN_ORDER
    # [chapters.params]              # optional values handed to the chapter's scenes
    # seed = 3

A scene class may list the parameters it reads (``uses_params = ("seed",)`` in its body); it
then receives only those (and ``theme``), so changing another parameter leaves it up to date.
Reading a parameter it did not list is an error at render time (see :mod:`scenes.common.params`).

Each chapter (other than one made of title cards) starts with a :data:`CHAPTER_CARD` scene
showing its number and title, so the assembled lecture announces every chapter.

Scene order and one-line descriptions come from the chapter module's source (its
``SCENES_IN_ORDER`` list and each class's docstring), parsed with :mod:`ast` so that listing
and up-to-date checks never pay for importing manim.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.build.catalog import Catalog, CatalogError, Chapter, Lecture, SceneEntry
from scripts.build.contract import VOICES, WITHHELD_KEY
from scripts.build.scene_modules import (
    ParameterKind,
    module_file,
    read_module_parameters,
    read_module_scenes,
    read_scene_param_uses,
)
from scripts.defaults import LECTURES_DIRNAME

#: The module and class of the card that opens each chapter.
CHAPTER_CARD = ("scenes.common.title_card", "ChapterTitle")


def _expect(cond: bool, source: Path | str, what: str) -> None:
    if not cond:
        raise CatalogError(f"{source}: {what}")


class _Lines:
    """Line numbers in a lecture file, so that errors can say ``file:line``."""

    def __init__(self, source: Path, text: str):
        self.source = source
        self.lines = text.splitlines()
        self.headers = [n for n, line in enumerate(self.lines, start=1)
                        if line.strip().startswith("[[chapters]]")]

    def _key(self, key: str, start: int, stop: int) -> int | None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for n in range(start, min(stop, len(self.lines)) + 1):
            if pattern.match(self.lines[n - 1]):
                return n
        return None

    def top(self, key: str) -> str:
        end = self.headers[0] if self.headers else len(self.lines) + 1
        return f"{self.source}:{self._key(key, 1, end - 1) or 1}"

    def chapter(self, i: int, key: str | None = None) -> str:
        """``file:line`` of chapter ``i`` (1-based), or of its ``key`` if it is there."""
        if i > len(self.headers):
            return str(self.source)
        start = self.headers[i - 1]
        stop = self.headers[i] - 1 if i < len(self.headers) else len(self.lines)
        line = (self._key(key, start + 1, stop) if key else None) or start
        return f"{self.source}:{line}"

    def param(self, i: int, key: str) -> str:
        """``file:line`` of ``key`` in chapter ``i``'s ``[chapters.params]`` table."""
        if i > len(self.headers):
            return str(self.source)
        start = self.headers[i - 1]
        stop = self.headers[i] - 1 if i < len(self.headers) else len(self.lines)
        table = next((n for n in range(start, stop + 1)
                      if self.lines[n - 1].strip().startswith("[chapters.params]")), None)
        if table is None:
            return self.chapter(i, "params")
        return f"{self.source}:{self._key(key, table + 1, stop) or table}"


def scene_params_for(chapter_params: dict[str, Any],
                     uses: tuple[str, ...] | None) -> dict[str, Any]:
    """What one scene receives: every chapter parameter, or only those it uses (and the theme),
    plus the names of the ones withheld so that reading them fails loudly."""
    if uses is None:
        return dict(chapter_params)
    kept = {k: v for k, v in chapter_params.items() if k in uses or k == "theme"}
    withheld = sorted(set(chapter_params) - set(kept))
    return {**kept, WITHHELD_KEY: withheld} if withheld else kept


@dataclass(frozen=True)
class _Settings:
    """The lecture-wide settings a chapter needs while it is read."""

    root: Path
    slug: str
    at: _Lines
    card_file: Path | None  # the chapter card's module, when cards are on


def _check_params(i: int, cid: str, path: Path, params: dict[str, Any], at: _Lines
                  ) -> dict[str, tuple[tuple[str, ...], int]]:
    """Check the chapter's values against the module's ``PARAMETERS`` and its scenes'
    ``uses_params``; return the latter."""
    kinds = read_module_parameters(path)
    if kinds is not None:
        for key, value in params.items():
            _expect(key in kinds or key == "theme", at.param(i, key),
                    f"chapter '{cid}': unknown parameter '{key}'; {path.name} takes "
                    f"{', '.join(sorted({*kinds, 'theme'}))}")
            kind = kinds.get(key, ParameterKind("theme"))
            _expect(kind.accepts(value), at.param(i, key),
                    f"chapter '{cid}': parameter '{key}' must be {kind.expected}"
                    + (f" ({path.name} declares the bound)" if kind.maximum is not None else "")
                    + f", got {value!r}")
    uses = read_scene_param_uses(path)
    declared = {*(kinds or {}), "theme"} if kinds is not None else None
    for name, (used, line) in uses.items():
        unknown = sorted(set(used) - declared) if declared is not None else []
        _expect(not unknown, f"{path}:{line}",
                f"{name}.uses_params names {', '.join(unknown)}, which {path.name} does not "
                f"declare in PARAMETERS ({', '.join(sorted(declared or ()))})")
    return uses


def _chapter_card(s: _Settings, cid: str, title: str, number: int,
                  params: dict[str, Any]) -> SceneEntry:
    """The numbered title card that opens a chapter."""
    assert s.card_file is not None
    label = f"Chapter {number}"
    card_params = {"label": label, "title": title, "narration": f"{label}: {title}."}
    if "theme" in params:
        card_params["theme"] = params["theme"]
    return SceneEntry(s.slug, cid, CHAPTER_CARD[1], CHAPTER_CARD[0], s.card_file,
                      f"Card: {label}, {title}", card_params)


def _read_chapter(s: _Settings, i: int, raw: Any, seen: set[str]) -> Chapter:
    """Chapter ``i`` (1-based) of the file, its scenes with their parameters (no card)."""
    at, where = s.at, f"chapter {i}"
    _expect(isinstance(raw, dict), at.chapter(i), f"{where}: expected a table")
    for key in ("id", "title", "module"):
        _expect(isinstance(raw.get(key), str), at.chapter(i, key),
                f"{where}: expected a string '{key}'")
    cid = raw["id"]
    _expect("/" not in cid and cid not in seen, at.chapter(i, "id"),
            f"{where}: id '{cid}' is not unique")
    seen.add(cid)
    params = raw.get("params", {})
    _expect(isinstance(params, dict), at.chapter(i, "params"),
            f"chapter '{cid}': 'params' must be a table")
    path = module_file(s.root, raw["module"])
    _expect(path is not None, at.chapter(i, "module"),
            f"chapter '{cid}': no module '{raw['module']}' under {s.root}")
    assert path is not None
    order, descriptions = read_module_scenes(path)
    names = raw.get("scenes", order)
    _expect(isinstance(names, list) and names and all(isinstance(n, str) for n in names),
            at.chapter(i, "scenes"),
            f"chapter '{cid}': expected a 'scenes' list or SCENES_IN_ORDER in {path.name}")
    for name in names:
        _expect(name in descriptions, at.chapter(i, "scenes"),
                f"chapter '{cid}': no scene class {name} in {path.name}; it has "
                f"{', '.join(sorted(descriptions)) or 'none'}")
    uses = _check_params(i, cid, path, params, at)
    scenes = tuple(SceneEntry(s.slug, cid, n, raw["module"], path, descriptions[n],
                              scene_params_for(params, uses[n][0] if n in uses else None))
                   for n in names)
    return Chapter(cid, raw["title"], scenes)


def load_lecture(root: Path, source: Path) -> Lecture:
    """Read one lecture declaration; errors name the file and what was expected."""
    text = source.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{source}: not valid TOML: {exc}") from exc
    at = _Lines(source, text)
    _expect(isinstance(data.get("title"), str), at.top("title"), "expected a string 'title'")
    raw_chapters = data.get("chapters")
    _expect(isinstance(raw_chapters, list) and raw_chapters, source,
            "expected [[chapters]] tables")
    card_file = module_file(root, CHAPTER_CARD[0])
    cards = data.get("chapter_cards", card_file is not None)
    _expect(isinstance(cards, bool), at.top("chapter_cards"),
            "'chapter_cards' must be true or false")
    _expect(not cards or card_file is not None, at.top("chapter_cards"),
            f"'chapter_cards' needs the module {CHAPTER_CARD[0]} under {root}")
    number = data.get("first_chapter_number", 1)
    _expect(isinstance(number, int) and not isinstance(number, bool),
            at.top("first_chapter_number"), "'first_chapter_number' must be an integer")
    settings = _Settings(root, source.stem, at, card_file if cards else None)
    chapters: list[Chapter] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_chapters, start=1):
        chapter = _read_chapter(settings, i, raw, seen)
        if cards and raw["module"] != CHAPTER_CARD[0]:
            card = _chapter_card(settings, chapter.id, chapter.title, number, raw.get("params", {}))
            chapter = Chapter(chapter.id, chapter.title, (card, *chapter.scenes))
            number += 1
        chapters.append(chapter)
    scheduler = data.get("scheduler")
    _expect(scheduler is None or isinstance(scheduler, str), at.top("scheduler"),
            "'scheduler' must be an address string like \"tcp://host:8786\"")
    voice = data.get("voice")
    _expect(voice is None or voice in VOICES,
            at.top("voice"), f"'voice' must be one of {', '.join(VOICES)}")
    return Lecture(source.stem, data["title"], source, tuple(chapters), scheduler, voice)


def load_catalog(root: Path) -> Catalog:
    """Every lecture declared under ``root/lectures``, in file-name order."""
    folder = root / LECTURES_DIRNAME
    sources = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not sources:
        raise CatalogError(f"no lecture declarations (*.toml) in {folder}")
    return Catalog(root, tuple(load_lecture(root, s) for s in sources))
