"""What a scene is built from, and a key that changes when any of it does.

A scene's output depends on its own class and on the module-level definitions it uses
(functions, constants, classes, base classes and mixins), followed transitively across project
modules: ``from core import sigmoid`` leads, through the re-export in ``core/__init__.py``, to
the ``def sigmoid`` in ``core/functions.py`` and what that uses, not to every module the package
imports. Statements that act when a module is imported (a call, an assignment into an object,
a decorator of the project's) count for every scene whose import runs that module. Each piece
is digested from its syntax tree (:mod:`scripts.build.symbols`), so comments, blank lines and
docstrings never change a key, while any code or string literal (narration) does. Add the
scene's parameters, the quality and the manim version, and the key changes exactly when the
output would. All of it is read statically with :mod:`ast`: checking whether a lecture is up
to date costs milliseconds and never imports manim.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from scripts.build.catalog import SceneEntry
from scripts.build.scene_modules import module_file
from scripts.build.symbols import Chain, ImportBinding, ModuleSymbols, Statement, read_symbols
from scripts.defaults import RENDER_PROTOCOL
from scripts.files import build_key, file_digest


def _module_name_of(root: Path, path: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _with_parents(root: Path, dotted: str) -> list[Path]:
    """The files that importing ``dotted`` executes: its parents' ``__init__`` and itself."""
    files = []
    parts = dotted.split(".")
    for i in range(1, len(parts) + 1):
        path = _module_file_cached(root, ".".join(parts[:i]))
        if path is not None:
            files.append(path)
    return files


def _direct_deps(root: Path, path: Path) -> tuple[Path, ...]:
    stat = path.stat()
    return _direct_deps_cached(root, path, stat.st_mtime_ns, stat.st_size)


@cache
def _direct_deps_cached(root: Path, path: Path, mtime_ns: int, size: int) -> tuple[Path, ...]:
    """Worked out once per version of a file (the stat is part of the cache key)."""
    symbols = read_symbols(path, _module_name_of(root, path))
    found: list[Path] = []
    for name in symbols.imported_modules:
        found.extend(_with_parents(root, name))
    return tuple(dict.fromkeys(found))


def project_dependencies(root: Path, start: Path) -> list[Path]:
    """Every file under ``root`` that importing ``start`` executes, ``start`` included, sorted."""
    root = root.resolve()
    start = start.resolve()
    seen: set[Path] = set(_with_parents(root, _module_name_of(root, start)))
    seen.add(start)
    todo = list(seen)
    while todo:
        for dep in _direct_deps(root, todo.pop()):
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return sorted(seen)


@cache
def manim_version() -> str:
    try:
        return metadata.version("manim")
    except metadata.PackageNotFoundError:
        return "not installed"


class _UsedCode:
    """The statements one scene uses, gathered by following names from its class."""

    def __init__(self, root: Path):
        self.root = root
        self.used: dict[Path, set[str]] = {}
        self._names: dict[tuple[str, str], str | None] = {}
        self._whole: set[str] = set()
        self._symbols: dict[str, ModuleSymbols] = {}
        self._files: dict[str, Path | None] = {}

    def symbols(self, path: Path, module: str) -> ModuleSymbols:
        """The module's symbols, looked up once per scene (each lookup stats the file)."""
        if module not in self._symbols:
            self._symbols[module] = read_symbols(path, module)
        return self._symbols[module]

    def _file(self, module: str) -> Path | None:
        if module not in self._files:
            self._files[module] = _module_file_cached(self.root, module)
        return self._files[module]

    def use(self, module: str, name: str) -> str | None:
        """Depend on ``name`` as ``module`` binds it; return the module it names, if it names
        one (``import core`` binds a module; so may ``from scenes import common``)."""
        key = (module, name)
        if key in self._names:
            return self._names[key]
        self._names[key] = None  # a cycle stops here
        path = self._file(module)
        if path is None:
            return None  # not the project's (manim, numpy): its version is not ours to key
        symbols = self.symbols(path, module)
        result: str | None = None
        if name in symbols.definitions:
            for statement in symbols.definitions[name]:
                self.add(path, module, statement)
        elif name in symbols.imports:
            result = self.use_import(symbols.imports[name])
        elif self._file(f"{module}.{name}") is not None:
            result = f"{module}.{name}"
        else:
            for star in symbols.star_imports:  # each may define it: all count
                result = self.use(star, name) or result
        self._names[key] = result
        return result

    def use_import(self, binding: ImportBinding) -> str | None:
        if binding.name is None:
            return binding.module if self._file(binding.module) is not None else None
        return self.use(binding.module, binding.name)

    def use_chain(self, module: str, chain: Chain, local: dict[str, ImportBinding]) -> None:
        """Depend on what ``a.b.c`` reads in ``module``: each attribute of a module is looked
        up in that module; a module used as a whole (passed around) counts whole."""
        target = (self.use_import(local[chain[0]]) if chain[0] in local
                  else self.use(module, chain[0]))
        for attr in chain[1:]:
            if target is None:
                return
            target = self.use(target, attr)
        if target is not None:
            self.use_whole(target)

    def use_whole(self, module: str) -> None:
        if module in self._whole:
            return
        self._whole.add(module)
        path = self._file(module)
        if path is None:
            return
        symbols = self.symbols(path, module)
        for name in list(symbols.definitions) + list(symbols.imports):
            self.use(module, name)

    def add(self, path: Path, module: str, statement: Statement) -> None:
        digests = self.used.setdefault(path, set())
        if statement.digest in digests:
            return
        digests.add(statement.digest)
        for chain in sorted(statement.uses):
            self.use_chain(module, chain, statement.local_imports)

    def run_on_import(self, path: Path, module: str) -> None:
        """What importing ``module`` does besides defining names: its effects, and its
        definitions decorated by something of the project's (which may register them)."""
        symbols = self.symbols(path, module)
        self.used.setdefault(path, set())
        for statement in symbols.effects:
            self.add(path, module, statement)
        for name, chains in symbols.decorated.items():
            if any(c[0] in symbols.definitions or (
                    c[0] in symbols.imports
                    and self._file(symbols.imports[c[0]].module) is not None) for c in chains):
                self.use(module, name)


@cache
def _module_file_cached(root: Path, module: str) -> Path | None:
    path = module_file(root, module)
    return path.resolve() if path is not None else None


def forget_module_files() -> None:
    """Look module files up afresh (a long-running preview: a module may have been added)."""
    _module_file_cached.cache_clear()
    _direct_deps_cached.cache_clear()


def used_code(root: Path, scene: SceneEntry) -> dict[Path, str]:
    """Each project file the scene's build runs, with a digest of the parts of it the scene
    uses: an edit elsewhere in the file leaves the digest alone."""
    root = root.resolve()
    code = _UsedCode(root)
    for path in project_dependencies(root, scene.module_file):
        code.run_on_import(path, _module_name_of(root, path))
    code.use(scene.module, scene.name)
    return {path: hashlib.sha256("\n".join(sorted(digests)).encode()).hexdigest()
            for path, digests in sorted(code.used.items())}


def scene_inputs(root: Path, scene: SceneEntry, quality: str) -> dict[str, Any]:
    """Everything the scene's output is built from, as JSON-ready data."""
    root = root.resolve()
    return {
        "scene": scene.id,
        "files": {str(p.relative_to(root)): digest
                  for p, digest in used_code(root, scene).items()},
        "params": scene.params,
        "quality": quality,
        "manim": manim_version(),
        "protocol": RENDER_PROTOCOL,
    }


def render_inputs(root: Path, scene: SceneEntry, quality: str, voice: str = "none",
                  recordings: Path | None = None) -> dict[str, Any]:
    """:func:`scene_inputs` plus the narration: the voice and its settings, and the digests of
    the teacher's recordings of this scene's beats when the voice uses them."""
    inputs = scene_inputs(root, scene, quality)
    if voice == "none":
        inputs["voice"] = "none"
        return inputs
    from narration.voices import voice_settings

    settings: dict[str, Any] = dict(voice_settings(voice))
    if "recordings" in voice and recordings is not None:
        folder = recordings / scene.chapter / scene.name
        settings["recordings"] = {p.name: file_digest(p) for p in sorted(folder.glob("*"))
                                  if p.is_file()} if folder.is_dir() else {}
    inputs["voice"] = settings
    return inputs


def inputs_key(inputs: dict[str, Any]) -> str:
    """A digest of the inputs: equal keys mean the same output would be rendered."""
    return build_key(inputs)
