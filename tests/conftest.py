"""Suite-wide: every test that needs the rendered mini lecture is marked ``slow``; the tests
that build the same scene run one after another.

The export tests' ``built`` fixture (tests/export/conftest.py) renders real videos with manim,
and ``own_copy`` copies it; a test asking for either is as slow as that render, wherever it is.

Scene builds are memoised per process (tests/scenes/scene_harness.py), but the workers of
``pytest -n`` take the collection in contiguous slices and steal from each other's ends: when the
three every-scene checks, the caption check and a chapter's per-scene tests of one scene sit far
apart, two workers each build that scene. Kept together, one worker builds it once.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import CodeType

import pytest
from hypothesis import settings

#: Property tests draw the same examples on every run, like every other random draw in the
#: project: a failure one run finds, every run finds.
settings.register_profile("seeded", derandomize=True)
settings.load_profile("seeded")

#: Names the test run: its workers share finished TeX SVGs in the folder named after it
#: (``_SHARED_SVGS`` in tests/scenes/scene_harness.py).
RUN_VARIABLE = "LECTURE_TESTS_RUN"


def shared_svg_folder() -> Path:
    """This test run's folder of finished TeX SVGs, shared by its workers."""
    return Path(tempfile.gettempdir()) / f"lecture-tests-svg-run-{os.environ[RUN_VARIABLE]}"


def pytest_configure(config: pytest.Config) -> None:
    # The controller names the run before it starts its workers, which inherit the name.
    os.environ.setdefault(RUN_VARIABLE, uuid.uuid4().hex)


def pytest_unconfigure(config: pytest.Config) -> None:
    # Each process's own TeX folder (``_SVG_CACHE`` in tests/scenes/scene_harness.py), then,
    # in the controller once every worker has finished, the run's shared one.
    shutil.rmtree(Path(tempfile.gettempdir()) / f"lecture-tests-svg-{os.getpid()}",
                  ignore_errors=True)
    if not hasattr(config, "workerinput"):
        shutil.rmtree(shared_svg_folder(), ignore_errors=True)


#: Fixtures that render real videos.
RENDERING_FIXTURES = {"built", "own_copy"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if RENDERING_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    for item in items:
        # Read by test_the_tests_of_one_scene_are_collected_together.
        item.scene_under_test = scene_built(item)  # type: ignore[attr-defined]
    items[:] = scene_tests_together(items)


def scene_built(item: pytest.Item) -> tuple[str, bool] | None:
    """The scene a test builds ("module.Class") and whether it names it by a catalog entry
    (the every-scene and caption checks, which build it with the layout checked), or None.
    A test not parametrised over scenes is taken to build the first catalog scene its code
    names (``build(cd4.TrainingDrawsTheLossHistory, ...)``): a guess that only orders tests."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    entry = params.get("entry")
    if entry is not None and hasattr(entry, "module") and hasattr(entry, "name"):
        return f"{entry.module}.{entry.name}", True
    scene_cls = params.get("scene_cls")
    if isinstance(scene_cls, type):
        return f"{scene_cls.__module__}.{scene_cls.__qualname__}", False
    code = getattr(getattr(item, "obj", None), "__code__", None)
    if code is not None:
        scenes = catalog_scenes()
        for name in names_in(code):
            if name in scenes:
                return scenes[name], False
    return None


@functools.cache
def catalog_scenes() -> dict[str, str]:
    """Every scene class the lectures declare, "module.Class" by class name."""
    from scripts.build.lecture_file import load_catalog
    from scripts.defaults import PROJECT_ROOT

    return {e.name: f"{e.module}.{e.name}" for e in load_catalog(PROJECT_ROOT).scenes}


def names_in(code: CodeType) -> Iterator[str]:
    """The global and attribute names ``code`` uses, in order, its nested functions' too."""
    yield from code.co_names
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from names_in(const)


def scene_tests_together(items: list[pytest.Item]) -> list[pytest.Item]:
    """``items`` with every test of one scene moved next to that scene's first catalog-entry
    test (its first test, if no entry test builds it); the entry tests first, since their
    layout-checked build serves the others. Everything else keeps its place and order."""
    built = [scene_built(item) for item in items]
    anchor: dict[str, int] = {}
    for i, found in enumerate(built):
        if found and found[1]:
            anchor.setdefault(found[0], i)
    for i, found in enumerate(built):
        if found:
            anchor.setdefault(found[0], i)

    def order(i: int) -> tuple[int, int, int]:
        found = built[i]
        if found is None:
            return i, 0, i
        return anchor[found[0]], 0 if found[1] else 1, i

    return [items[i] for i in sorted(range(len(items)), key=order)]
