"""A fresh copy of the fixture project per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import FIXTURE, Project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root, ignore=shutil.ignore_patterns("__pycache__"))
    return Project(root, tmp_path / "media")
