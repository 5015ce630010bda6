"""What a scene is built from, and a key that changes when any of it does.

A scene's output depends on its module, every project module that module imports (directly or
through others: the theme, shared drawing pieces, ``core/``), its parameters, the quality and the
manim version. Imports are found statically with :mod:`ast`, so checking whether a lecture is
up to date costs milliseconds and never imports manim.
"""

from __future__ import annotations

import ast
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from scripts.build.catalog import SceneEntry
from scripts.build.scene_modules import module_file
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
        path = module_file(root, ".".join(parts[:i]))
        if path is not None:
            files.append(path)
    return files


def _imported_names(path: Path, module: str) -> list[str]:
    """Absolute dotted names that the module's import statements may refer to."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".") if package else []
                keep = len(base_parts) - (node.level - 1)
                base = ".".join(base_parts[: max(keep, 0)])
                target = f"{base}.{node.module}" if node.module and base else (node.module or base)
            else:
                target = node.module or ""
            if not target:
                continue
            names.append(target)
            # `from pkg import sub` may import the submodule pkg.sub.
            names.extend(f"{target}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def _direct_deps(root: Path, path: Path) -> tuple[Path, ...]:
    stat = path.stat()
    return _direct_deps_cached(root, path, stat.st_mtime_ns, stat.st_size)


@cache
def _direct_deps_cached(root: Path, path: Path, mtime_ns: int, size: int) -> tuple[Path, ...]:
    """Parsed once per version of a file (the stat is part of the cache key)."""
    module = _module_name_of(root, path)
    found: list[Path] = []
    for name in _imported_names(path, module):
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


def manim_version() -> str:
    try:
        return metadata.version("manim")
    except metadata.PackageNotFoundError:
        return "not installed"


def scene_inputs(root: Path, scene: SceneEntry, quality: str) -> dict[str, Any]:
    """Everything the scene's output is built from, as JSON-ready data."""
    files = project_dependencies(root, scene.module_file)
    return {
        "scene": scene.id,
        "files": {str(p.relative_to(root.resolve())): file_digest(p) for p in files},
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
