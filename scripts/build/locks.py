"""Locks between ``lecture`` processes that share one media folder.

Two runs (a teacher previews a chapter while the lecture renders) must not use one TeX folder
at once, publish one scene's files at once, or lose each other's manifest records. Each of
those is guarded by a lock file taken with :func:`fcntl.flock`: the kernel drops such a lock
when its process dies, even by SIGKILL, so a killed run never leaves a lock held, and a lock
that can be taken belongs to no live run (which is also how stale staging is recognised).
The holder writes its PID into the file, so a waiting run can say whom it waits for.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

#: How often (seconds) a waiting run tries the lock again.
POLL_SECONDS = 0.2


class FileLock:
    """An exclusive lock on ``path`` (created if missing), held by this process until
    :meth:`release`. Separate :class:`FileLock` objects exclude each other, threads too."""

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def fileno(self) -> int | None:
        """The open lock file (a child process that inherits it holds the lock too, until it
        exits), or None when not held."""
        return self._fd

    def try_acquire(self) -> bool:
        """Take the lock if no one holds it; never wait."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def acquire(self, on_wait: Callable[[float, int | None], None] | None = None,
                cancel: threading.Event | None = None) -> bool:
        """Take the lock, waiting as long as another process holds it; ``on_wait`` hears the
        seconds waited so far and the holder's PID (about once a second). False if ``cancel``
        was set while waiting."""
        started = time.monotonic()
        last_told = -1
        while not self.try_acquire():
            if cancel is not None and cancel.is_set():
                return False
            waited = time.monotonic() - started
            if on_wait is not None and int(waited) != last_told:
                last_told = int(waited)
                on_wait(waited, self.holder())
            time.sleep(POLL_SECONDS)
        return True

    def holder(self) -> int | None:
        """The PID written by the process holding the lock (None if unknown)."""
        try:
            return int(self.path.read_text().strip() or "x")
        except (OSError, ValueError):
            return None

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing drops the flock

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@contextmanager
def first_free(folder: Path, prefix: str) -> Iterator[str]:
    """Hold the first of ``<folder>/<prefix>-0.lock``, ``-1``, ... that no one holds; yield its
    name (``<prefix>-N``). Used for cache slots: the same few names come back run after run,
    so caches are reused, and no two running renders ever share one."""
    index = 0
    while True:
        lock = FileLock(folder / f"{prefix}-{index}.lock")
        if lock.try_acquire():
            break
        index += 1
    try:
        yield f"{prefix}-{index}"
    finally:
        lock.release()
