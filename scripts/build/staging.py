"""This run's private folders under ``<media>/.staging``, and the removal of dead runs' ones.

A scene renders into a staging folder beside the outputs (same filesystem, so publishing is an
atomic rename). A run killed with SIGKILL (the OOM killer, a closed terminal) cannot remove its
folders, so every run keeps them in one folder ``run-<pid>-<random>/`` next to a lock file
``run-<pid>-<random>.lock`` that it holds while it lives (see :mod:`scripts.build.locks`).
Its render workers inherit the lock (and die with the run, see
:mod:`scripts.build.worker`). The next run removes every run folder whose lock it can take:
that run and all its workers are dead. A live run's folders are never touched, whatever
their age.
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from pathlib import Path

from scripts.build.locks import FileLock


class RunStaging:
    """The staging folder of one run, created (and locked) when first asked for."""

    def __init__(self, staging_dir: Path):
        self.staging_dir = staging_dir
        self._name: str | None = None
        self._lock: FileLock | None = None
        # Render threads ask for their first scene folder at once: without this, two of them
        # could each make a run folder, and the one not remembered would be left behind.
        self._making = threading.Lock()

    @property
    def folder(self) -> Path:
        with self._making:
            if self._name is None:
                name = f"run-{os.getpid()}-{uuid.uuid4().hex[:8]}"
                lock = FileLock(self.staging_dir / f"{name}.lock")
                lock.try_acquire()  # a fresh name: no one else holds it
                (self.staging_dir / name).mkdir(parents=True, exist_ok=True)
                self._name, self._lock = name, lock
            return self.staging_dir / self._name

    @property
    def lock_fd(self) -> int:
        """The run's lock, for its render workers to inherit: a worker orphaned by a killed
        run keeps the run alive (its folder untouched) until it too has exited."""
        self.folder  # noqa: B018 - creates the folder and takes the lock
        assert self._lock is not None and self._lock.fileno is not None
        return self._lock.fileno

    def new(self, label: str) -> Path:
        """A fresh folder path for one scene (not yet created)."""
        return self.folder / f"{label}.{uuid.uuid4().hex[:8]}"

    def close(self) -> None:
        """Remove this run's folder and lock file (everything in it is finished with)."""
        with self._making:
            self._close()

    def _close(self) -> None:
        if self._name is None:
            return
        shutil.rmtree(self.staging_dir / self._name, ignore_errors=True)
        assert self._lock is not None
        self._lock.path.unlink(missing_ok=True)
        self._lock.release()
        self._name = self._lock = None


def remove_dead_runs(staging_dir: Path) -> list[Path]:
    """Remove the staging folders of runs that are no longer alive; return them."""
    removed: list[Path] = []
    if not staging_dir.is_dir():
        return removed
    for lock_path in sorted(staging_dir.glob("run-*.lock")):
        lock = FileLock(lock_path)
        try:
            if not lock.try_acquire():
                continue  # a live run
        except OSError:
            continue  # unreadable: leave it to its owner
        folder = lock_path.with_suffix("")
        try:
            if folder.exists():
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
            lock_path.unlink(missing_ok=True)
        finally:
            lock.release()
    return removed
