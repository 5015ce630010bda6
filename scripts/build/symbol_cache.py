"""The symbols of every module, kept on disk between runs (``<media>/.cache/build-keys.json``).

Parsing the project's sixty-odd modules and digesting their statements is most of what
``lecture list`` costs; kept here by each file's content digest, only the files edited since
the last run are parsed again. JSON, not pickle: a cache file is data, never code. A missing,
stale or unreadable cache is simply rebuilt.
"""

from __future__ import annotations

import atexit
import json
import threading
from pathlib import Path
from typing import Any

from scripts.build.symbols import ImportBinding, ModuleSymbols, Statement
from scripts.files import atomic_write_text

#: Bump when what :mod:`scripts.build.symbols` records changes.
FORMAT = 1


def _binding(data: list[Any]) -> ImportBinding:
    return ImportBinding(data[0], data[1])


def _statement_to(st: Statement) -> dict[str, Any]:
    return {"d": st.digest, "u": sorted(st.uses),
            "l": {k: [b.module, b.name] for k, b in st.local_imports.items()}}


def _statement_from(data: dict[str, Any]) -> Statement:
    return Statement(data["d"], frozenset(tuple(c) for c in data["u"]),
                     {k: _binding(v) for k, v in data["l"].items()})


def to_json(symbols: ModuleSymbols) -> dict[str, Any]:
    return {
        "definitions": {k: [_statement_to(s) for s in v] for k, v in symbols.definitions.items()},
        "imports": {k: [b.module, b.name] for k, b in symbols.imports.items()},
        "star_imports": symbols.star_imports,
        "effects": [_statement_to(s) for s in symbols.effects],
        "decorated": {k: [list(c) for c in v] for k, v in symbols.decorated.items()},
        "imported_modules": symbols.imported_modules,
    }


def from_json(data: dict[str, Any]) -> ModuleSymbols:
    return ModuleSymbols(
        definitions={k: [_statement_from(s) for s in v] for k, v in data["definitions"].items()},
        imports={k: _binding(v) for k, v in data["imports"].items()},
        star_imports=list(data["star_imports"]),
        effects=[_statement_from(s) for s in data["effects"]],
        decorated={k: [tuple(c) for c in v] for k, v in data["decorated"].items()},
        imported_modules=list(data["imported_modules"]),
    )


class SymbolCache:
    """Symbols by ``<path>``, each with the content digest it was read from."""

    def __init__(self, path: Path):
        self.path = path
        self._entries: dict[str, dict[str, Any]] = {}
        #: A chapter module's declarations (its scenes, parameters, ``uses_params``), by
        #: ``<what>:<path>``, each with the content digest it was read from.
        self._declarations: dict[str, dict[str, Any]] = {}
        self._dirty = False
        self._lock = threading.Lock()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") == FORMAT:
                self._entries = data["modules"]
                self._declarations = dict(data.get("declarations", {}))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self._entries, self._declarations = {}, {}

    def get(self, file: Path, digest: str) -> ModuleSymbols | None:
        with self._lock:
            entry = self._entries.get(str(file))
        if entry is None or entry.get("digest") != digest:
            return None
        try:
            return from_json(entry["symbols"])
        except (KeyError, TypeError, ValueError, IndexError):
            return None

    def put(self, file: Path, digest: str, symbols: ModuleSymbols) -> None:
        with self._lock:
            self._entries[str(file)] = {"digest": digest, "symbols": to_json(symbols)}
            self._dirty = True

    def get_declaration(self, what: str, file: Path, digest: str) -> Any:
        """What ``what`` read from ``file`` at this ``digest`` (JSON data), or None."""
        with self._lock:
            entry = self._declarations.get(f"{what}:{file}")
        if not isinstance(entry, dict) or entry.get("digest") != digest:
            return None
        return entry.get("value")

    def put_declaration(self, what: str, file: Path, digest: str, value: Any) -> None:
        with self._lock:
            self._declarations[f"{what}:{file}"] = {"digest": digest, "value": value}
            self._dirty = True

    def save(self) -> None:
        """Write the cache if anything was added (a cache that cannot be written is skipped:
        the next run parses again)."""
        with self._lock:
            if not self._dirty:
                return
            text = json.dumps({"format": FORMAT, "modules": self._entries,
                               "declarations": self._declarations}, sort_keys=True)
            self._dirty = False
        try:
            atomic_write_text(self.path, text)
        except OSError:
            pass


_ACTIVE: SymbolCache | None = None


def use_disk_cache(path: Path) -> None:
    """Keep symbols in ``path`` from now on in this process (saved when it exits)."""
    global _ACTIVE
    if _ACTIVE is not None and _ACTIVE.path == path:
        return
    if _ACTIVE is not None:
        _ACTIVE.save()
    _ACTIVE = SymbolCache(path)
    atexit.register(_ACTIVE.save)


def active() -> SymbolCache | None:
    return _ACTIVE
