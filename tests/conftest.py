"""Suite-wide: every test that needs the rendered mini lecture is marked ``slow``.

The export tests' ``built`` fixture (tests/export/conftest.py) renders real videos with manim,
and ``own_copy`` copies it; a test asking for either is as slow as that render, wherever it is.
"""

from __future__ import annotations

import pytest

#: Fixtures that render real videos.
RENDERING_FIXTURES = {"built", "own_copy"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if RENDERING_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
