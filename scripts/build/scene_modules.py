"""What a chapter module declares, read with :mod:`ast` so that listing and up-to-date checks
never pay for importing manim: its scenes in order (``SCENES_IN_ORDER``) and their one-line
descriptions, the parameters it takes (``PARAMETERS``) and each scene's ``uses_params``.
"""

from __future__ import annotations

import ast
import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from scripts.build.catalog import CatalogError
from scripts.build.contract import THEME_NAMES


def module_file(root: Path, module: str) -> Path | None:
    """The source file of a dotted module name under ``root``, or None."""
    base = root.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def parse_file(path: Path) -> ast.Module:
    """The module's syntax tree, parsed once per version of the file (its stat is the key):
    listing reads each chapter module several times. Callers must not change the tree."""
    stat = path.stat()
    return _parse_cached(path, stat.st_mtime_ns, stat.st_size)


@cache
def _parse_cached(path: Path, mtime_ns: int, size: int) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@cache
def _content_digest(path: Path, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _declared(what: str, path: Path, read: Callable[[Path], Any],
              to_json: Callable[[Any], Any], from_json: Callable[[Any], Any]) -> Any:
    """``read(path)``, or what it returned for this version of the file, kept in the build's
    disk cache (:mod:`scripts.build.symbol_cache`) when one is in use: a command reads every
    chapter module's declarations, and parsing them all is most of a second. A declaration
    that raises is never kept (it raises again, with its line)."""
    from scripts.build.symbol_cache import active

    disk = active()
    if disk is None:
        return read(path)
    stat = path.stat()
    digest = _content_digest(path, stat.st_mtime_ns, stat.st_size)
    kept = disk.get_declaration(what, path, digest)
    if isinstance(kept, list) and len(kept) == 1:  # [value]: a kept None is a value too
        try:
            return from_json(kept[0])
        except (TypeError, ValueError, KeyError, IndexError):
            pass  # written by another version: read again
    value = read(path)
    disk.put_declaration(what, path, digest, [to_json(value)])
    return value


def read_module_scenes(path: Path) -> tuple[list[str] | None, dict[str, str]]:
    """``SCENES_IN_ORDER`` (or None if absent) and each class's first docstring line."""
    return _declared("scenes", path, _read_module_scenes, list,
                     lambda data: (None if data[0] is None else [str(n) for n in data[0]],
                                   {str(k): str(v) for k, v in data[1].items()}))


def _read_module_scenes(path: Path) -> tuple[list[str] | None, dict[str, str]]:
    try:
        tree = parse_file(path)
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


def _number(v: Any) -> bool:
    """An int or a finite float (TOML also spells ``inf``, ``-inf`` and ``nan``), not a bool."""
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _integer(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


#: Value kinds a chapter module may declare for its parameters in ``PARAMETERS``. A numeric
#: kind may carry an upper bound, ``"positive int <= 20000"``; a ``count`` (steps, iterations:
#: what sets how long a scene renders) must carry one, so that a typo of a few zeros is an
#: error in the lecture file rather than a render that runs for hours.
PARAMETER_KINDS: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "int": ("an integer", _integer),
    "positive int": ("an integer above 0", lambda v: _integer(v) and v > 0),
    "count": ("a whole number above 0", lambda v: _integer(v) and v > 0),
    "float": ("a finite number", _number),
    "positive float": ("a finite number above 0", lambda v: _number(v) and v > 0),
    "str": ("a string", lambda v: isinstance(v, str)),
    "theme": (" or ".join(f'"{t}"' for t in THEME_NAMES), lambda v: v in THEME_NAMES),
}
#: The kinds that may carry ``<= MAX``, and those that must.
BOUNDED_KINDS = ("int", "positive int", "count", "float", "positive float")
MUST_BE_BOUNDED = ("count",)

_BOUND = re.compile(r"^\s*(?P<kind>[a-z ]+?)\s*(?:<=\s*(?P<max>[0-9_.eE+-]+))?\s*$")


@dataclass(frozen=True)
class ParameterKind:
    """A declared kind, with the chapter's upper bound when it gives one."""

    name: str
    maximum: float | None = None

    @property
    def expected(self) -> str:
        what = PARAMETER_KINDS[self.name][0]
        return what if self.maximum is None else f"{what} and at most {self.maximum:g}"

    def accepts(self, value: Any) -> bool:
        if not PARAMETER_KINDS[self.name][1](value):
            return False
        return self.maximum is None or value <= self.maximum


def parse_kind(text: Any) -> ParameterKind | None:
    """``"positive int <= 20000"`` as a :class:`ParameterKind`; None if it is not one."""
    match = _BOUND.match(text) if isinstance(text, str) else None
    if match is None or match["kind"] not in PARAMETER_KINDS:
        return None
    if match["max"] is None:
        return None if match["kind"] in MUST_BE_BOUNDED else ParameterKind(match["kind"])
    if match["kind"] not in BOUNDED_KINDS:
        return None
    try:
        maximum = float(match["max"])
    except ValueError:
        return None
    if not math.isfinite(maximum):
        return None
    return ParameterKind(match["kind"], int(maximum) if maximum.is_integer() else maximum)


def read_module_parameters(path: Path) -> dict[str, ParameterKind] | None:
    """The module's ``PARAMETERS = {"name": "kind", ...}`` literal, or None if it has none."""
    return _declared(
        "parameters", path, _read_module_parameters,
        lambda kinds: None if kinds is None else {k: [v.name, v.maximum]
                                                  for k, v in kinds.items()},
        lambda data: None if data is None else {str(k): _kind_from_json(v)
                                                for k, v in data.items()})


def _kind_from_json(data: list[Any]) -> ParameterKind:
    if data[0] not in PARAMETER_KINDS:
        raise ValueError(f"not a parameter kind: {data[0]!r}")
    return ParameterKind(data[0], data[1])


def _read_module_parameters(path: Path) -> dict[str, ParameterKind] | None:
    tree = parse_file(path)
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "PARAMETERS"
                                                 for t in node.targets)):
            value = ast.literal_eval(node.value)
            kinds = {k: parse_kind(v) for k, v in value.items()}
            bad = {k: value[k] for k, v in kinds.items() if v is None}
            if bad:
                raise CatalogError(
                    f"{path}:{node.lineno}: unknown parameter kinds {bad}; expected one of "
                    f"{sorted(PARAMETER_KINDS)}, a numeric one may end in '<= MAX' "
                    f"(a {' or '.join(MUST_BE_BOUNDED)} must: e.g. \"count <= 20000\")")
            return {k: v for k, v in kinds.items() if v is not None}
    return None


def read_scene_param_uses(path: Path) -> dict[str, tuple[tuple[str, ...], int]]:
    """Each scene class's ``uses_params`` literal and its line, for classes that declare one."""
    return _declared(
        "uses_params", path, _read_scene_param_uses,
        lambda uses: {k: [list(names), line] for k, (names, line) in uses.items()},
        lambda data: {str(k): (tuple(str(n) for n in v[0]), int(v[1]))
                      for k, v in data.items()})


def _read_scene_param_uses(path: Path) -> dict[str, tuple[tuple[str, ...], int]]:
    tree = parse_file(path)
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
