"""The mini lecture (tests/fixtures/assembly), rendered and exported once per test session.

Tests that change files get their own copy of the project and of its rendered media, so the
scenes are rendered only once.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
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


@pytest.fixture
def own_copy(built: Mini, tmp_path: Path) -> Mini:
    """A private copy of the built mini lecture, to edit or break."""
    root, media = tmp_path / "project", tmp_path / "media"
    shutil.copytree(built.root, root, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(built.media, media)
    return Mini(root, media)
