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

import pytest
from hypothesis import settings

#: Property tests draw the same examples on every run, like every other random draw in the
#: project: a failure one run finds, every run finds.
settings.register_profile("seeded", derandomize=True)
settings.load_profile("seeded")

#: Fixtures that render real videos.
RENDERING_FIXTURES = {"built", "own_copy"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if RENDERING_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    items[:] = scene_tests_together(items)


def scene_built(item: pytest.Item) -> tuple[str, bool] | None:
    """The scene a parametrised test builds ("module.Class") and whether it names it by a
    catalog entry (the every-scene and caption checks, which build it with the layout
    checked), or None for a test that is not parametrised over scenes."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    entry = params.get("entry")
    if entry is not None and hasattr(entry, "module") and hasattr(entry, "name"):
        return f"{entry.module}.{entry.name}", True
    scene_cls = params.get("scene_cls")
    if isinstance(scene_cls, type):
        return f"{scene_cls.__module__}.{scene_cls.__qualname__}", False
    return None


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
