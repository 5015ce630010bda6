"""The scenes' folders keep their shape: ``common/`` for what the lectures share, one folder per
lecture, and no chapter leaning on another chapter or on the other lecture (what two chapters
share belongs in ``common/``, where a change to it is visible as a change to both)."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest
from manim import Scene

from scripts.build.lecture_file import CHAPTER_CARD, load_catalog
from scripts.defaults import PROJECT_ROOT

SCENES = PROJECT_ROOT / "scenes"
LECTURE_FOLDERS = sorted(p for p in SCENES.iterdir()
                         if p.is_dir() and (p / "__init__.py").is_file() and p.name != "common")
CHAPTER_MODULES = sorted({s.module for s in load_catalog(PROJECT_ROOT).scenes})


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, as dotted names (``from x import y`` counts ``x`` and,
    when ``y`` is itself a module, ``x.y``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(PROJECT_ROOT).with_suffix("").parts)


def test_the_scenes_are_one_folder_per_lecture_plus_common() -> None:
    assert (SCENES / "common" / "__init__.py").is_file()
    assert [p.name for p in LECTURE_FOLDERS] == ["cats_or_dogs", "logistic_regression"]
    assert not [p.name for p in SCENES.glob("*.py") if p.name != "__init__.py"], \
        "a scene module outside the folders"
    for module in CHAPTER_MODULES:  # every chapter lives in a lecture folder or in common
        assert module.split(".")[1] in {"common", *(p.name for p in LECTURE_FOLDERS)}, module


def test_no_chapter_imports_another_chapter() -> None:
    offenders = []
    for folder in LECTURE_FOLDERS:
        for path in folder.glob("*.py"):
            me = module_name(path)
            hits = sorted(m for m in imported_modules(path) & set(CHAPTER_MODULES) if m != me)
            offenders += [f"{path.relative_to(PROJECT_ROOT)} imports {m}" for m in hits]
    assert not offenders, "\n".join(offenders)


def test_no_lecture_imports_the_other_and_common_imports_no_lecture() -> None:
    offenders = []
    for path in SCENES.rglob("*.py"):
        folder = path.relative_to(SCENES).parts[0]
        for imported in imported_modules(path):
            parts = imported.split(".")
            if parts[0] != "scenes" or len(parts) < 2:
                continue
            if parts[1] not in ("common", folder) and (SCENES / parts[1]).is_dir():
                offenders.append(f"{path.relative_to(PROJECT_ROOT)} imports {imported}")
    assert not offenders, "\n".join(offenders)


def test_the_rule_catches_a_sideways_import(tmp_path: Path) -> None:
    """The checks above read imports the way a chapter writes them."""
    source = tmp_path / "chapter.py"
    source.write_text("from scenes.logistic_regression.ch02_boundary import BOX\n"
                      "from scenes.common import plots\n")
    assert {"scenes.logistic_regression.ch02_boundary", "scenes.common.plots"} <= \
        imported_modules(source)


@pytest.mark.parametrize("module", CHAPTER_MODULES)
def test_manim_finds_exactly_the_chapters_scenes(module: str) -> None:
    """``manim render -a`` renders every Scene subclass defined in the file (bases included),
    so a chapter defines no Scene it does not list in ``SCENES_IN_ORDER``."""
    mod = importlib.import_module(module)
    # The same test manim's module_ops.get_scene_classes_from_module applies.
    found = {name for name, obj in inspect.getmembers(mod)
             if inspect.isclass(obj) and issubclass(obj, Scene) and obj is not Scene
             and obj.__module__.startswith(mod.__name__)}
    listed = {cls.__name__ for cls in mod.SCENES_IN_ORDER}
    if module == CHAPTER_CARD[0]:  # the card the catalog puts before every chapter
        listed.add(CHAPTER_CARD[1])
    assert found == listed
