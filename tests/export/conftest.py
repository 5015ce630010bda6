"""The mini lecture (tests/fixtures/assembly), rendered and exported once per test session.

Tests that change files get their own copy of the project and of its rendered media, so the
scenes are rendered only once.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_helpers import Browser
from export_helpers import ASSEMBLY_FIXTURE, Mini


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Mini:
    """Rendered, assembled (with per-beat clips), decks exported: read-only for tests."""
    base = tmp_path_factory.mktemp("mini")
    root = base / "project"
    shutil.copytree(ASSEMBLY_FIXTURE, root, ignore=shutil.ignore_patterns("__pycache__"))
    mini = Mini(root, base / "media")
    result = mini.invoke("build", "--render-missing", "--per-beat")
    assert result.exit_code == 0, result.output
    result = mini.invoke("slides")
    assert result.exit_code == 0, result.output
    return mini


@pytest.fixture(scope="session")
def extras(built: Mini) -> Mini:
    """The built mini lecture with its captions drawn in (``build --burn-captions``: the rest
    is up to date) and its handouts on both papers: read-only for tests."""
    result = built.invoke("build", "--burn-captions")
    assert result.exit_code == 0, result.output
    result = built.invoke("handout", "--paper", "both")
    assert result.exit_code == 0, result.output
    return built


@pytest.fixture
def own_copy(built: Mini, tmp_path: Path) -> Mini:
    """A private copy of the built mini lecture, to edit or break."""
    root, media = tmp_path / "project", tmp_path / "media"
    shutil.copytree(built.root, root, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(built.media, media)
    return Mini(root, media)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium, one per test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = Browser(p)
        yield b
        b.browser.close()
