"""Which of the project's sources changed, by polling their modification times.

Polling needs no extra package and no OS-specific notification API, and for the few hundred
files of a project a scan takes milliseconds. A burst of saves (an editor writing several files,
a formatter run) is waited out: a change is handed on once nothing changed for ``quiet``
seconds.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

#: Folders never watched: outputs, environments, caches, version control.
SKIPPED = {"media", ".venv", "venv", ".git", "__pycache__", "node_modules", ".pytest_cache",
           ".ruff_cache", "recordings"}
#: What a build reads: Python sources and lecture files.
WATCHED_SUFFIXES = (".py", ".toml")

Snapshot = dict[Path, tuple[int, int]]


def snapshot(root: Path) -> Snapshot:
    """Every watched file under ``root`` with its (mtime in ns, size)."""
    found: Snapshot = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED and not d.startswith("."))
        for name in files:
            if name.endswith(WATCHED_SUFFIXES):
                path = Path(folder) / name
                try:
                    stat = path.stat()
                except FileNotFoundError:
                    continue  # removed while scanning
                found[path] = (stat.st_mtime_ns, stat.st_size)
    return found


@dataclass(frozen=True)
class Change:
    """Files added, changed or removed, and when the last of them was saved (epoch s)."""

    paths: tuple[Path, ...]
    saved_at: float


def changed(before: Snapshot, after: Snapshot) -> list[Path]:
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def wait_for_change(root: Path, before: Snapshot, stop: threading.Event, poll: float = 0.25,
                    quiet: float = 0.4) -> tuple[Change, Snapshot] | None:
    """Block until a burst of edits under ``root`` is over; None if ``stop`` was set first."""
    while not stop.wait(poll):
        now = snapshot(root)
        paths = changed(before, now)
        if not paths:
            continue
        # Debounce: wait until a scan finds nothing new for `quiet` seconds.
        settled = time.monotonic()
        while not stop.wait(min(poll, quiet)):
            later = snapshot(root)
            more = changed(now, later)
            if more:
                paths = sorted(set(paths) | set(more))
                now, settled = later, time.monotonic()
            elif time.monotonic() - settled >= quiet:
                break
        if stop.is_set():
            return None
        saved = max((now[p][0] / 1e9 for p in paths if p in now), default=time.time())
        return Change(tuple(paths), saved), now
    return None
