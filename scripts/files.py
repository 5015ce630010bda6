"""Writing files so that a reader never sees half of one, and the keys that say what they hold.

Every output the pipeline writes goes through here: a file is written under a temporary name in
its own folder and moved into place with :func:`os.replace`, so a path holds the old content or
the new, never a part; a folder is swapped the same way. Temporary files are created with
``open(..., "x")``, not :func:`tempfile.mkstemp`, so the finished file gets the mode any new
file gets under the user's umask (0644 under umask 022), readable by a web server serving the
gallery, rather than mkstemp's private 0600.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _temporary_sibling(path: Path, tag: str = "part") -> Path:
    """A name beside ``path`` that no other writer uses (hidden, so listings skip it)."""
    return path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.{tag}{path.suffix}")


def atomic_write(path: Path, make: Callable[[Path], None]) -> Path:
    """Have ``make`` write a temporary file beside ``path``, then move it into place.

    ``make`` receives the temporary path (its suffix is ``path``'s, for tools that choose a
    format by it). If ``make`` raises, nothing is left behind and ``path`` is untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary_sibling(path)
    try:
        make(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` so that ``path`` holds either the old content or the new, never a part."""

    def make(tmp: Path) -> None:
        with open(tmp, "xb") as fh:  # "x": a new file, with the umask's ordinary mode
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    return atomic_write(path, make)


def atomic_write_text(path: Path, text: str) -> Path:
    """:func:`atomic_write_bytes` for UTF-8 text."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def swap_folder(new: Path | None, dest: Path) -> None:
    """Put the folder ``new`` at ``dest`` (or, with ``new`` None, remove ``dest``).

    The old folder is renamed aside first and deleted last, so ``dest`` is never a mix of the
    two; ``new`` must be on the same filesystem (a staging folder beside the outputs).
    """
    old = _temporary_sibling(dest, "old")
    if dest.exists():
        os.replace(dest, old)
    if new is not None:
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(new, dest)
    shutil.rmtree(old, ignore_errors=True)


def build_key(data: Any) -> str:
    """A digest of JSON-ready ``data``: equal keys mean the same output would be built."""
    blob = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
