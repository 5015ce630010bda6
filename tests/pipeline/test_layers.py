"""The pipeline's dependency direction: cli -> export -> build -> (files, defaults).

Read from the import statements, so a wrong-way import fails here before it tangles the tree.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
#: What each package may not import (the layers above it).
FORBIDDEN = {
    "build": ("scripts.cli", "scripts.export"),
    "export": ("scripts.cli",),
}


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_lower_layer_never_imports_a_higher_one(package: str) -> None:
    wrong = {f"{p.relative_to(SCRIPTS)}: {name}"
             for p in sorted((SCRIPTS / package).glob("*.py")) for name in imported(p)
             if name.startswith(FORBIDDEN[package])}
    assert not wrong


def test_the_shared_modules_and_the_contract_import_no_other_project_module() -> None:
    for path in (SCRIPTS / "files.py", SCRIPTS / "build" / "contract.py"):
        assert not {n for n in imported(path) if n.split(".")[0] in
                    ("scripts", "scenes", "core", "narration")}, path
