"""Unpacking reveal.js works on Debian 12's Python 3.11.2 (no ``extractall(filter=...)``) and
never writes outside its folder."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from scripts.export.reveal_assets import _extract_plain


def _tarball(entries: dict[str, bytes]) -> tarfile.TarFile:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, data in entries.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    buffer.seek(0)
    return tarfile.open(fileobj=buffer)


def test_files_are_written_under_the_destination(tmp_path: Path) -> None:
    tar = _tarball({"package/dist/reveal.js": b"reveal", "package/LICENSE": b"MIT"})
    _extract_plain(tar, tar.getmembers(), tmp_path)
    assert (tmp_path / "package" / "dist" / "reveal.js").read_bytes() == b"reveal"
    assert (tmp_path / "package" / "LICENSE").read_bytes() == b"MIT"


def test_an_entry_leaving_the_folder_is_refused(tmp_path: Path) -> None:
    tar = _tarball({"package/dist/../../../escaped.js": b"x"})
    with pytest.raises(RuntimeError, match="leaves its folder"):
        _extract_plain(tar, tar.getmembers(), tmp_path / "inside")
    assert not (tmp_path / "escaped.js").exists()
