"""A place we cannot write to (a full disk, no permission, a file where a folder should be),
told as one paragraph instead of a traceback.

Such a fault is not a scene's fault and will not pass by rendering the next scene, so the run
stops at the first one; every output is written to staging first and moved into place whole
(:mod:`scripts.files`), so the previous outputs are intact. The fault may happen in this
process (an ``OSError``) or in a render worker, which reports it as ``"OSError: [Errno 28]
..."`` (:func:`errno_of`).
"""

from __future__ import annotations

import errno as errnos
import re
import shutil
from pathlib import Path

#: The errors that mean "this place cannot be written", and what each means for a teacher.
WRITE_FAULTS: dict[int, str] = {
    errnos.ENOSPC: "the disk is full",
    errnos.EDQUOT: "your disk quota is used up",
    errnos.EROFS: "it is on a read-only filesystem",
    errnos.EACCES: "you may not write there",
    errnos.EPERM: "you may not write there",
    errnos.ENOTDIR: "a part of its path is a file, not a folder",
    errnos.EEXIST: "a file stands where a folder should be",
}
_WHAT_TO_DO: dict[int, str] = {
    errnos.ENOSPC: "Free some space there, or render elsewhere with --media-dir",
    errnos.EDQUOT: "Free some space there, or render elsewhere with --media-dir",
    errnos.ENOTDIR: "Move that file away, or render elsewhere with --media-dir",
    errnos.EEXIST: "Move that file away, or render elsewhere with --media-dir",
}
_ERRNO = re.compile(r"\[Errno (\d+)\]")


class WriteFault(Exception):
    """A place could not be written; ``str()`` is the paragraph for the teacher."""

    def __init__(self, code: int, folder: Path, path: str | None = None,
                 needed: int | None = None):
        self.code = code
        self.folder = folder
        self.path = path
        self.needed = needed
        super().__init__(describe(code, folder, path, needed))


def is_write_fault(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in WRITE_FAULTS


def errno_of(error: str | None) -> int | None:
    """The errno of a worker's ``"OSError: [Errno N] ..."``, when it is a write fault."""
    match = _ERRNO.search(error or "")
    code = int(match.group(1)) if match else None
    return code if code in WRITE_FAULTS else None


def _megabytes(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def describe(code: int, folder: Path, path: str | None = None,
             needed: int | None = None) -> str:
    """One paragraph: which folder, why, the space needed if known, what to do."""
    parts = [f"Cannot write to {folder}: {WRITE_FAULTS.get(code, 'it is not writable')}"]
    if path and str(path) != str(folder):
        parts[0] += f" (writing {path})"
    parts[0] += "."
    if code in (errnos.ENOSPC, errnos.EDQUOT):
        free = free_bytes(folder)
        if free is not None:
            space = f"{_megabytes(free)} free there"
            if needed:
                space += f"; the outputs being written took about {_megabytes(needed)} last time"
            parts.append(space + ".")
    parts.append(_WHAT_TO_DO.get(code, "Make it writable, or render elsewhere with --media-dir")
                 + ", then run the command again; what is up to date will not be redone.")
    parts.append("The previous outputs are untouched, and no partial file was left at an "
                 "output path.")
    return " ".join(parts)


def free_bytes(folder: Path) -> int | None:
    """Free space on the filesystem of ``folder`` (or of its nearest existing parent)."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free
            except OSError:
                return None
    return None
