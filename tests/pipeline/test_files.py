"""The one file-writing module: atomic writes with ordinary modes, folder swaps, build keys.

(This folder is not called tests/build: pytest skips folders named build by default.)
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.files import atomic_write, atomic_write_text, build_key, swap_folder


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_atomic_write_gets_the_mode_of_any_new_file_under_the_umask(
        tmp_path: Path, umask_022: None) -> None:
    page = tmp_path / "index.html"
    atomic_write_text(page, "<p>one</p>")
    assert mode(page) == 0o644
    atomic_write_text(page, "<p>two</p>")  # replacing keeps it readable by others
    assert mode(page) == 0o644
    assert page.read_text() == "<p>two</p>"


def test_a_stricter_umask_is_respected(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        atomic_write_text(tmp_path / "private.json", "{}")
    finally:
        os.umask(old)
    assert mode(tmp_path / "private.json") == 0o600


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "build.json"
    atomic_write_text(target, "old")

    def broken(tmp: Path) -> None:
        tmp.write_text("half")
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["build.json"]


def test_swap_folder_replaces_the_whole_folder_and_can_remove_it(tmp_path: Path) -> None:
    dest = tmp_path / "audio"
    (dest).mkdir()
    (dest / "stale.wav").write_text("stale")
    new = tmp_path / "staged"
    new.mkdir()
    (new / "beat-01.wav").write_text("new")
    swap_folder(new, dest)
    assert sorted(p.name for p in dest.iterdir()) == ["beat-01.wav"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audio"]
    swap_folder(None, dest)
    assert not dest.exists()
    assert list(tmp_path.iterdir()) == []


def test_build_key_ignores_key_order_and_sees_every_value() -> None:
    assert build_key({"a": 1, "b": [1, 2]}) == build_key({"b": [1, 2], "a": 1})
    assert build_key({"a": 1, "b": [1, 2]}) != build_key({"a": 1, "b": [2, 1]})
    # The render keys' format: compact, sorted JSON (a change here re-renders everything).
    assert build_key({"x": 1}) == (
        "5041bf1f713df204784353e82f6a4a535931cb64f1f4b4a5aeaffcb720918b22")
