"""The lectures, their chapters and scenes: what ``lecture`` selects by name and renders.

Read from the lecture files by :mod:`scripts.build.lecture_file`, without importing manim.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


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
    module: str  # dotted module name, e.g. "scenes.logistic_regression.ch00_spam"
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
