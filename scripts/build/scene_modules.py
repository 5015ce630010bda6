"""What a chapter module declares, read with :mod:`ast` so that listing and up-to-date checks
never pay for importing manim: its scenes in order (``SCENES_IN_ORDER``) and their one-line
descriptions, the parameters it takes (``PARAMETERS``) and each scene's ``uses_params``.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
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


#: Value kinds a chapter module may declare for its parameters in ``PARAMETERS``.
PARAMETER_KINDS: dict[str, tuple[str, Callable[[Any], bool]]] = {
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
            bad = {k: v for k, v in value.items() if v not in PARAMETER_KINDS}
            if bad:
                raise CatalogError(f"{path}:{node.lineno}: unknown parameter kinds {bad}; "
                                   f"expected one of {sorted(PARAMETER_KINDS)}")
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
