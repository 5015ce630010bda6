"""Locks between runs on one media folder, dead runs' staging, merged manifests, write faults.

A killed process is a real one (``kill -9`` of a Python child), since what matters is that the
kernel drops its locks.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from scripts.build.faults import describe, errno_of
from scripts.build.locks import FileLock, first_free
from scripts.build.manifest import Manifest, SceneRecord
from scripts.build.staging import RunStaging, remove_dead_runs
from scripts.defaults import PROJECT_ROOT

_HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from scripts.build.staging import RunStaging
    staging = RunStaging(Path(sys.argv[1]))
    (staging.new("lecture.ch.Scene") / "out").mkdir(parents=True)
    print(staging.folder, flush=True)
    time.sleep(600)
""")


def _killed_run(staging_dir: Path) -> Path:
    """The staging folder of a run that was killed with SIGKILL while it rendered."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(staging_dir)],
                            stdout=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)
    assert proc.stdout is not None
    folder = Path(proc.stdout.readline().strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return folder


def test_a_lock_excludes_other_holders_and_names_its_holder(tmp_path: Path) -> None:
    first, second = FileLock(tmp_path / "x.lock"), FileLock(tmp_path / "x.lock")
    assert first.try_acquire()
    assert not second.try_acquire()  # another holder, even in this process
    assert second.holder() == os.getpid()
    first.release()
    assert second.try_acquire()
    second.release()


def test_a_killed_process_leaves_no_lock_held_and_its_staging_is_removed(
        tmp_path: Path) -> None:
    staging_dir = tmp_path / ".staging"
    dead = _killed_run(staging_dir)
    assert (dead / "lecture.ch.Scene" / "out").parent.name.startswith("lecture.ch.Scene")
    alive = RunStaging(staging_dir)
    alive.new("lecture.ch.Other").mkdir()
    assert remove_dead_runs(staging_dir) == [dead]
    assert not dead.exists() and not dead.with_suffix(".lock").exists()
    assert alive.folder.is_dir(), "a live run's staging was removed"
    assert remove_dead_runs(staging_dir) == []
    alive.close()
    assert list(staging_dir.iterdir()) == []


_RUN_WITH_WORKER = textwrap.dedent("""
    import subprocess, sys
    from pathlib import Path
    from scripts.build.staging import RunStaging
    staging = RunStaging(Path(sys.argv[1]))
    staging.new("lecture.ch.Scene").mkdir(parents=True)
    worker = subprocess.Popen([sys.executable, "-c", sys.argv[2]], start_new_session=True,
                              pass_fds=(staging.lock_fd,), stdout=subprocess.PIPE, text=True)
    assert worker.stdout.readline().strip() == "ready"
    print(staging.folder, worker.pid, flush=True)
    worker.wait()
""")


def _run_with_a_worker(staging_dir: Path, worker_code: str) -> tuple[Path, int]:
    """Kill (SIGKILL) a run whose worker process runs ``worker_code`` (which prints "ready"
    first); the run's staging folder and the worker's PID."""
    proc = subprocess.Popen([sys.executable, "-c", _RUN_WITH_WORKER, str(staging_dir),
                             worker_code], stdout=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)
    assert proc.stdout is not None
    folder, pid = proc.stdout.readline().split()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return Path(folder), int(pid)


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie nobody has reaped yet does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _removed_soon(staging_dir: Path) -> list[Path]:
    """:func:`remove_dead_runs` once a dead process's lock is free: the kernel drops a flock
    a moment after the process has become a zombie, not at once."""
    deadline = time.monotonic() + 10
    while not (removed := remove_dead_runs(staging_dir)) and time.monotonic() < deadline:
        time.sleep(0.01)
    return removed


def test_a_worker_that_outlives_its_killed_run_keeps_the_runs_staging(
        tmp_path: Path) -> None:
    staging_dir = tmp_path / ".staging"
    folder, worker = _run_with_a_worker(
        staging_dir, "import time; print('ready', flush=True); time.sleep(600)")
    try:
        assert _alive(worker)
        assert remove_dead_runs(staging_dir) == [], "removed a folder a worker still writes in"
        assert folder.is_dir()
    finally:
        os.kill(worker, signal.SIGKILL)
    assert _removed_soon(staging_dir) == [folder]


def test_a_worker_stops_at_once_when_the_run_that_started_it_is_killed(
        tmp_path: Path) -> None:
    code = ("import time; from scripts.build.worker import _exit_when_orphaned; "
            "_exit_when_orphaned(); print('ready', flush=True); time.sleep(600)")
    folder, worker = _run_with_a_worker(tmp_path / ".staging", code)
    killed = time.monotonic()
    while _alive(worker) and time.monotonic() - killed < 0.5:
        time.sleep(0.01)
    alive = _alive(worker)
    if alive:
        os.kill(worker, signal.SIGKILL)
    assert not alive, "the orphaned worker kept running (and writing into the staging folder)"
    assert _removed_soon(tmp_path / ".staging") == [folder]


def test_cache_slots_are_never_shared_by_two_running_renders_and_come_back(
        tmp_path: Path) -> None:
    with first_free(tmp_path, "slot") as a, first_free(tmp_path, "slot") as b:
        assert (a, b) == ("slot-0", "slot-1")
    with first_free(tmp_path, "slot") as again:
        assert again == "slot-0"  # the same folder next time: its cache is reused


def _record(key: str) -> SceneRecord:
    return SceneRecord(video=f"ch/{key}.mp4", key=key, inputs={}, duration=1.0, animations=1,
                       render_seconds=1.0, rendered_at="2026-11-30T00:00:00+00:00")


def test_two_runs_saving_one_manifest_keep_each_others_records(tmp_path: Path) -> None:
    # Two runs read the manifest before either finished a scene...
    one, two = (Manifest(tmp_path, "lecture", "480p15") for _ in range(2))
    lock = tmp_path / "publish.lock"
    # ...and each publishes its own scene under the lock, after reading it again.
    for manifest, scene in ((one, "ch/A"), (two, "ch/B")):
        with FileLock(lock):
            manifest.reload()
            manifest.record(scene, _record(scene.split("/")[1]))
            manifest.save()
    assert sorted(Manifest(tmp_path, "lecture", "480p15").scenes) == ["ch/A", "ch/B"]


def test_a_write_fault_is_one_paragraph_naming_the_folder_and_what_to_do(
        tmp_path: Path) -> None:
    text = describe(errno.ENOSPC, tmp_path / "media", str(tmp_path / "media" / "x.mp4"),
                    needed=3_400_000)
    assert "\n" not in text
    assert f"Cannot write to {tmp_path / 'media'}: the disk is full" in text
    assert "MB free there; the outputs being written took about 3.4 MB last time" in text
    assert "--media-dir" in text and "previous outputs are untouched" in text
    assert "a file, not a folder" in describe(errno.ENOTDIR, tmp_path)


@pytest.mark.parametrize(("error", "code"), [
    ("OSError: [Errno 28] No space left on device: '/m/x.mp4'", errno.ENOSPC),
    ("the render worker exited with status 1 without a result (OSError: [Errno 30] "
     "Read-only file system)", errno.EROFS),
    ("FileNotFoundError: [Errno 2] No such file or directory: 'x.svg'", None),
    ("RuntimeError: broken halfway", None),
    (None, None),
])
def test_a_workers_error_is_a_write_fault_only_when_its_errno_is_one(
        error: str | None, code: int | None) -> None:
    assert errno_of(error) == code


def test_render_threads_asking_at_once_share_one_run_folder(tmp_path: Path) -> None:
    """Every render thread asks for its first scene folder at the same moment: they must all
    get the one run folder, and closing the run must leave nothing behind."""
    import threading

    staging = RunStaging(tmp_path)
    start = threading.Barrier(8)
    folders: list[Path] = []

    def ask() -> None:
        start.wait()
        folders.append(staging.new("scene").parent)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(folders)) == 1
    assert len(list(tmp_path.iterdir())) == 2  # the run folder and its lock
    staging.close()
    assert not list(tmp_path.iterdir())
