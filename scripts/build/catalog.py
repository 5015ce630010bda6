"""The lectures, their chapters and scenes, read without importing manim.

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
Reading a parameter it did not list is an error at render time (see :mod:`scenes.params`).

Each chapter (other than one made of title cards) starts with a :data:`CHAPTER_CARD` scene
showing its number and title, so the assembled lecture announces every chapter.

Scene order and one-line descriptions come from the chapter module's source (its
``SCENES_IN_ORDER`` list and each class's docstring), parsed with :mod:`ast` so that listing
and up-to-date checks never pay for importing manim.
"""

from __future__ import annotations

import ast
import difflib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.build.contract import THEME_NAMES, VOICES, WITHHELD_KEY
from scripts.defaults import LECTURES_DIRNAME

#: The module and class of the card that opens each chapter.
CHAPTER_CARD = ("scenes.title_card", "ChapterTitle")


class CatalogError(Exception):
    """A lecture declaration or chapter module that cannot be read; the message says where."""


class UnknownNameError(Exception):
    """A name on the command line that matches no lecture, chapter or scene."""

    def __init__(self, name: str, known: list[str]):
        self.name = name
        self.known = known
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
        self.suggestion = close[0] if close else None
        hint = f" Did you mean '{self.suggestion}'?" if self.suggestion else ""
        listing = "\n".join(f"  {k}" for k in known)
        super().__init__(
            f"Unknown lecture, chapter or scene '{name}'.{hint}\nKnown names:\n{listing}"
        )


@dataclass(frozen=True)
class SceneEntry:
    """One scene: a class in a chapter module, rendered to one video."""

    lecture: str
    chapter: str
    name: str  # the class name
    module: str  # dotted module name, e.g. "scenes.ch00_spam"
    module_file: Path
    description: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def id(self) -> str:
        """``lecture/chapter/Scene``: unique across lectures."""
        return f"{self.lecture}/{self.chapter}/{self.name}"

    @property
    def short_id(self) -> str:
        """``chapter/Scene``: unique within a lecture; names the output file."""
        return f"{self.chapter}/{self.name}"


@dataclass(frozen=True)
class Chapter:
    id: str
    title: str
    scenes: tuple[SceneEntry, ...]


@dataclass(frozen=True)
class Lecture:
    slug: str
    title: str
    source: Path
    chapters: tuple[Chapter, ...]
    scheduler: str | None = None  # a Dask scheduler address to render on (None: locally)
    voice: str | None = None  # the narration voice by default (None: piper)

    @property
    def scenes(self) -> list[SceneEntry]:
        return [s for c in self.chapters for s in c.scenes]


@dataclass(frozen=True)
class Catalog:
    root: Path
    lectures: tuple[Lecture, ...]

    @property
    def scenes(self) -> list[SceneEntry]:
        return [s for lec in self.lectures for s in lec.scenes]

    def aliases(self) -> dict[str, list[SceneEntry]]:
        """Every name a user may type, mapped to the scenes it selects, in lecture order.

        Full names (``lecture``, ``lecture/chapter``, ``lecture/chapter/Scene``) always work;
        the short forms (``chapter``, ``chapter/Scene``, ``Scene``) work when unambiguous.
        """
        full: dict[str, list[SceneEntry]] = {}
        short: dict[str, list[SceneEntry]] = {}
        short_owner: dict[str, set[str]] = {}
        for lec in self.lectures:
            full[lec.slug] = lec.scenes
            for ch in lec.chapters:
                full[f"{lec.slug}/{ch.id}"] = list(ch.scenes)
                for key, scenes in [(ch.id, list(ch.scenes))] + [
                    (s.short_id, [s]) for s in ch.scenes
                ] + [(s.name, [s]) for s in ch.scenes]:
                    short.setdefault(key, []).extend(scenes)
                    short_owner.setdefault(key, set()).add(f"{lec.slug}/{ch.id}")
                for s in ch.scenes:
                    full[s.id] = [s]
        for key, scenes in short.items():
            if key not in full and len(short_owner[key]) == 1:
                full[key] = scenes
        return full

    def select(self, names: list[str]) -> list[SceneEntry]:
        """The scenes the names select, in lecture order, each once; all scenes if none named.

        Raises
        ------
        UnknownNameError
            For the first name that selects nothing.
        """
        if not names:
            return self.scenes
        aliases = self.aliases()
        chosen: set[str] = set()
        for name in names:
            key = name.strip().strip("/")
            if key not in aliases:
                raise UnknownNameError(name, self.known_names())
            chosen.update(s.id for s in aliases[key])
        return [s for s in self.scenes if s.id in chosen]

    def known_names(self) -> list[str]:
        """The canonical names, in lecture order: lectures, chapters, scenes."""
        names: list[str] = []
        for lec in self.lectures:
            names.append(lec.slug)
            for ch in lec.chapters:
                names.append(f"{lec.slug}/{ch.id}")
                names.extend(s.id for s in ch.scenes)
        return names


def module_file(root: Path, module: str) -> Path | None:
    """The source file of a dotted module name under ``root``, or None."""
    base = root.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def read_module_scenes(path: Path) -> tuple[list[str] | None, dict[str, str]]:
    """``SCENES_IN_ORDER`` (or None if absent) and each class's first docstring line."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as exc:
        raise CatalogError(f"{path}:{exc.lineno}: syntax error: {exc.msg}") from exc
    order: list[str] | None = None
    descriptions: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            doc = ast.get_docstring(node) or ""
            descriptions[node.name] = doc.strip().splitlines()[0] if doc.strip() else ""
        targets = []
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        if "SCENES_IN_ORDER" in targets and node.value is not None:
            if not isinstance(node.value, ast.List | ast.Tuple):
                raise CatalogError(f"{path}:{node.lineno}: SCENES_IN_ORDER must be a list")
            order = []
            for elt in node.value.elts:
                if isinstance(elt, ast.Name):
                    order.append(elt.id)
                elif isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                    order.append(elt.value)
                else:
                    raise CatalogError(
                        f"{path}:{elt.lineno}: SCENES_IN_ORDER holds scene classes or their names"
                    )
    return order, descriptions


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


#: Value kinds a chapter module may declare for its parameters in ``PARAMETERS``.
_KINDS: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "int": ("an integer", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    "positive int": ("an integer above 0",
                     lambda v: isinstance(v, int) and not isinstance(v, bool) and v > 0),
    "float": ("a number", lambda v: isinstance(v, int | float) and not isinstance(v, bool)),
    "positive float": ("a number above 0", lambda v: isinstance(v, int | float)
                       and not isinstance(v, bool) and v > 0),
    "str": ("a string", lambda v: isinstance(v, str)),
    "theme": (" or ".join(f'"{t}"' for t in THEME_NAMES), lambda v: v in THEME_NAMES),
}


def read_module_parameters(path: Path) -> dict[str, str] | None:
    """The module's ``PARAMETERS = {"name": "kind", ...}`` literal, or None if it has none."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "PARAMETERS"
                                                 for t in node.targets)):
            value = ast.literal_eval(node.value)
            bad = {k: v for k, v in value.items() if v not in _KINDS}
            if bad:
                raise CatalogError(f"{path}:{node.lineno}: unknown parameter kinds {bad}; "
                                   f"expected one of {sorted(_KINDS)}")
            return dict(value)
    return None


def read_scene_param_uses(path: Path) -> dict[str, tuple[tuple[str, ...], int]]:
    """Each scene class's ``uses_params`` literal and its line, for classes that declare one."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    uses: dict[str, tuple[tuple[str, ...], int]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            target = (item.targets[0] if isinstance(item, ast.Assign) and len(item.targets) == 1
                      else item.target if isinstance(item, ast.AnnAssign) else None)
            if not (isinstance(target, ast.Name) and target.id == "uses_params"
                    and item.value is not None):
                continue
            try:
                value = ast.literal_eval(item.value)
            except ValueError:
                value = None
            if not (isinstance(value, tuple | list) and all(isinstance(v, str) for v in value)):
                raise CatalogError(f"{path}:{item.lineno}: {node.name}.uses_params must be a "
                                   "literal tuple of parameter names")
            uses[node.name] = (tuple(value), item.lineno)
    return uses


def scene_params_for(chapter_params: dict[str, Any],
                     uses: tuple[str, ...] | None) -> dict[str, Any]:
    """What one scene receives: every chapter parameter, or only those it uses (and the theme),
    plus the names of the ones withheld so that reading them fails loudly."""
    if uses is None:
        return dict(chapter_params)
    kept = {k: v for k, v in chapter_params.items() if k in uses or k == "theme"}
    withheld = sorted(set(chapter_params) - set(kept))
    return {**kept, WITHHELD_KEY: withheld} if withheld else kept


def load_lecture(root: Path, source: Path) -> Lecture:
    """Read one lecture declaration; errors name the file and what was expected."""
    text = source.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{source}: not valid TOML: {exc}") from exc
    at = _Lines(source, text)
    slug = source.stem
    _expect(isinstance(data.get("title"), str), at.top("title"), "expected a string 'title'")
    raw_chapters = data.get("chapters")
    _expect(
        isinstance(raw_chapters, list) and raw_chapters, source, "expected [[chapters]] tables"
    )
    chapters: list[Chapter] = []
    seen: set[str] = set()
    card_file = module_file(root, CHAPTER_CARD[0])
    cards = data.get("chapter_cards", card_file is not None)
    _expect(isinstance(cards, bool), at.top("chapter_cards"),
            "'chapter_cards' must be true or false")
    _expect(not cards or card_file is not None, at.top("chapter_cards"),
            f"'chapter_cards' needs the module {CHAPTER_CARD[0]} under {root}")
    number = data.get("first_chapter_number", 1)
    _expect(isinstance(number, int) and not isinstance(number, bool),
            at.top("first_chapter_number"), "'first_chapter_number' must be an integer")
    for i, raw in enumerate(raw_chapters, start=1):
        where = f"chapter {i}"
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
        path = module_file(root, raw["module"])
        _expect(path is not None, at.chapter(i, "module"),
                f"chapter '{cid}': no module '{raw['module']}' under {root}")
        assert path is not None
        order, descriptions = read_module_scenes(path)
        names = raw.get("scenes", order)
        _expect(
            isinstance(names, list) and names and all(isinstance(n, str) for n in names),
            at.chapter(i, "scenes"),
            f"chapter '{cid}': expected a 'scenes' list or SCENES_IN_ORDER in {path.name}",
        )
        for name in names:
            _expect(name in descriptions, at.chapter(i, "scenes"),
                    f"chapter '{cid}': no scene class {name} in {path.name}; it has "
                    f"{', '.join(sorted(descriptions)) or 'none'}")
        kinds = read_module_parameters(path)
        if kinds is not None:
            for key, value in params.items():
                _expect(key in kinds or key == "theme", at.param(i, key),
                        f"chapter '{cid}': unknown parameter '{key}'; {path.name} takes "
                        f"{', '.join(sorted({*kinds, 'theme'}))}")
                expected, ok = _KINDS[kinds.get(key, "theme")]
                _expect(ok(value), at.param(i, key),
                        f"chapter '{cid}': parameter '{key}' must be {expected}, got {value!r}")
        uses = read_scene_param_uses(path)
        declared = {*(kinds or {}), "theme"} if kinds is not None else None
        for name, (used, line) in uses.items():
            unknown = sorted(set(used) - declared) if declared is not None else []
            _expect(not unknown, f"{path}:{line}",
                    f"{name}.uses_params names {', '.join(unknown)}, which {path.name} does not "
                    f"declare in PARAMETERS ({', '.join(sorted(declared or ()))})")
        scenes = tuple(
            SceneEntry(slug, cid, n, raw["module"], path, descriptions[n],
                       scene_params_for(params, uses[n][0] if n in uses else None))
            for n in names
        )
        if cards and raw["module"] != CHAPTER_CARD[0]:
            assert card_file is not None
            label = f"Chapter {number}"
            card_params = {"label": label, "title": raw["title"],
                           "narration": f"{label}: {raw['title']}."}
            if "theme" in params:
                card_params["theme"] = params["theme"]
            card = SceneEntry(slug, cid, CHAPTER_CARD[1], CHAPTER_CARD[0], card_file,
                              f"Card: {label}, {raw['title']}", card_params)
            scenes = (card, *scenes)
            number += 1
        chapters.append(Chapter(cid, raw["title"], scenes))
    scheduler = data.get("scheduler")
    _expect(scheduler is None or isinstance(scheduler, str), at.top("scheduler"),
            "'scheduler' must be an address string like \"tcp://host:8786\"")
    voice = data.get("voice")
    _expect(voice is None or voice in VOICES,
            at.top("voice"), f"'voice' must be one of {', '.join(VOICES)}")
    return Lecture(slug, data["title"], source, tuple(chapters), scheduler, voice)


def load_catalog(root: Path) -> Catalog:
    """Every lecture declared under ``root/lectures``, in file-name order."""
    folder = root / LECTURES_DIRNAME
    sources = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    if not sources:
        raise CatalogError(f"no lecture declarations (*.toml) in {folder}")
    return Catalog(root, tuple(load_lecture(root, s) for s in sources))
