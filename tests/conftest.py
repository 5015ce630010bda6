"""Suite-wide: every test that needs the rendered mini lecture is marked ``slow``, and tests are
grouped for parallel workers (``./run test`` runs ``pytest -n auto --dist loadgroup``).

The export tests' ``built`` fixture (tests/export/conftest.py) renders real videos with manim,
and ``own_copy`` copies it; a test asking for either is as slow as that render, wherever it is.
All of them share one worker, so the mini lecture is rendered once, not once per worker. Every
other test stays with the rest of its file, so module fixtures and the scene harness's memo of
built scenes serve a whole file on one worker.
"""

from __future__ import annotations

import pytest

#: Fixtures that render real videos.
RENDERING_FIXTURES = {"built", "own_copy"}


@pytest.hookimpl(tryfirst=True)  # before xdist's worker reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if RENDERING_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
            group = "rendered-mini-lecture"
        else:
            group = item.nodeid.split("::", 1)[0]
        item.add_marker(pytest.mark.xdist_group(group))
