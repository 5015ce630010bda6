"""Faults and bad input, as a teacher meets them: two runs on one media folder, a full disk, a
file where a folder should be, a killed run, a scene that renders long, a scheduler address
that is wrong. Each run is a real ``lecture`` process (stderr is read for tracebacks)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import av
import pytest
from cli_helpers import Project, statuses

from scripts.build.locks import FileLock
from scripts.build.staging import RunStaging
from scripts.cli.progress import PlainReporter
from scripts.defaults import PROJECT_ROOT

pytestmark = pytest.mark.slow


def _command(project: Project, *args: str) -> list[str]:
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from scripts.cli.main import main; sys.exit(main())")
    return [sys.executable, "-c", code, "--root", str(project.root), "--media-dir",
            str(project.media), *args]


def _start(project: Project, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(_command(project, *args), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)


def _run(project: Project, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_command(project, *args), capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=600)


def _plays(video: Path) -> int:
    """The number of frames a player decodes from the file (0 if it is not a video)."""
    with av.open(str(video)) as container:
        return sum(1 for _ in container.decode(video=0))


def _outputs(project: Project) -> dict[str, bytes]:
    """Every output file (not logs, caches, locks or staging) by path, with its bytes."""
    skip = {".staging", ".cache", ".locks", "logs"}
    return {str(p.relative_to(project.media)): p.read_bytes()
            for p in project.media.rglob("*")
            if p.is_file() and not skip & set(p.relative_to(project.media).parts)}


# Step: two runs at once

@pytest.mark.parametrize("force", [False, True])
def test_two_renders_of_overlapping_chapters_into_one_media_folder(
        project: Project, force: bool) -> None:
    extra = ("--force",) if force else ()
    if force:  # the second time, over the outputs of a first pair of runs
        assert _run(project, "render", "alpha", "beta", "tex").returncode == 0
    one = _start(project, "render", "alpha", "tex", "--jobs", "2", *extra)
    two = _start(project, "render", "tex", "beta", "alpha/DrawCircle", "--jobs", "2", *extra)
    results = [(p, *p.communicate(timeout=900)) for p in (one, two)]
    for proc, out, err in results:
        assert proc.returncode == 0, out + err
        assert "Traceback" not in err
    manifest = project.manifest()  # valid JSON
    scenes = {"alpha/DrawSquare", "alpha/DrawCircle", "beta/ShowAnswer",
              *(f"tex/Formulas{k}" for k in range(4))}
    assert set(manifest["scenes"]) == scenes
    for short_id in scenes:
        video = project.quality_dir() / manifest["scenes"][short_id]["video"]
        assert _plays(video) > 0, short_id
    assert not list((project.media / ".staging").iterdir())


def test_a_run_waits_for_a_scene_another_run_renders_and_says_so(project: Project) -> None:
    other = FileLock(project.media / ".locks" / "fixture" / "480p15" / "alpha.DrawSquare.lock")
    assert other.try_acquire()  # another run is rendering alpha/DrawSquare
    proc = _start(project, "render", "alpha/DrawSquare")
    assert proc.stdout is not None
    lines: list[str] = []
    for line in proc.stdout:
        lines.append(line)
        if "waiting" in line:
            break
    other.release()
    out, err = proc.communicate(timeout=600)
    text = "".join(lines) + out
    assert proc.returncode == 0, text + err
    assert (f"waiting  alpha/DrawSquare: another lecture run (pid {os.getpid()}) is rendering "
            "it; waited 0 s so far") in text
    assert "1 rendered, 0 up to date, 0 failed" in text


# Step: places that cannot be written

@pytest.fixture
def small_disk(project: Project) -> Iterator[Path]:
    """``project.media`` on a 4 MB tmpfs of its own (mounting needs root)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    project.media.mkdir(parents=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs",
                              str(project.media)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield project.media
    finally:
        subprocess.run(["umount", "-l", str(project.media)], check=False)


def _fill(folder: Path, leave: int) -> None:
    """Fill the filesystem of ``folder`` up to ``leave`` free bytes."""
    free = shutil.disk_usage(folder).free
    with open(folder / "filler", "wb") as fh:
        try:
            fh.write(b"\0" * max(0, free - leave))
            fh.flush()
        except OSError as exc:  # full before the count: as wanted
            assert exc.errno == errno.ENOSPC


def test_a_full_disk_is_one_message_and_the_previous_outputs_are_intact(
        project: Project, small_disk: Path) -> None:
    assert _run(project, "render", "alpha").returncode == 0
    before = _outputs(project)
    # The next render of alpha would replace both of its videos, if it could write.
    project.edit("fixture_scenes/alpha.py", "run_time=0.5)\n        self.add_subcaption",
                 "run_time=0.4)\n        self.add_subcaption")
    project.edit("fixture_scenes/alpha.py", "self.play(FadeOut(circle), run_time=0.5)",
                 "self.play(FadeOut(circle), run_time=0.4)")
    _fill(small_disk, leave=0)
    result = _run(project, "render", "alpha", "beta", "tex", "--jobs", "2")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    message = result.stderr.strip()
    assert message.startswith(f"Error: Cannot write to {project.media}: the disk is full")
    assert "\n" not in message and "--media-dir" in message
    (small_disk / "filler").unlink()
    after = _outputs(project)
    assert after == before  # byte-identical, and no partial file at an output path


def test_a_read_only_media_folder_is_one_message(project: Project, small_disk: Path) -> None:
    assert _run(project, "render", "alpha/DrawSquare").returncode == 0
    before = _outputs(project)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = _run(project, "render", "alpha", "--force")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert f"Cannot write to {project.media}: it is on a read-only filesystem" in result.stderr
    assert _outputs(project) == before


def test_a_file_where_the_media_folder_should_be_is_one_message(project: Project) -> None:
    project.media.mkdir(parents=True)
    (project.media / "fixture").write_text("not a folder")
    result = _run(project, "render", "alpha/DrawSquare")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert f"Cannot write to {project.media}: " in result.stderr
    assert "file" in result.stderr.split(": ", 2)[2]
    assert (project.media / "fixture").read_text() == "not a folder"


# Step: a killed run

def test_the_next_run_removes_a_killed_runs_staging_and_renders_what_is_stale(
        project: Project) -> None:
    assert _run(project, "render", "alpha").returncode == 0
    before = _outputs(project)
    live = RunStaging(project.media / ".staging")  # a run that is still alive
    live.new("fixture.x.Y").mkdir()
    proc = _start(project, "render", "slow")
    staging = project.media / ".staging"
    deadline = time.monotonic() + 300
    while not any(p.suffix == ".mp4" for p in staging.rglob("*")):
        assert time.monotonic() < deadline, "the render never started writing frames"
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    dead = [p for p in staging.iterdir() if p.is_dir() and p != live.folder]
    assert len(dead) == 1, "the killed run left no staging folder"

    project.edit("fixture_scenes/slow.py", "range(40)", "range(2)")  # quick from here on
    result = _run(project, "render", "alpha", "slow")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "removed 1 staging folder(s) left by runs that are no longer alive" in result.stdout
    assert statuses_of(result.stdout) == {"slow/LongHold": "rendered"}
    assert not dead[0].exists()
    assert live.folder.is_dir(), "a live run's staging was removed"
    after = _outputs(project)
    manifest = "fixture/480p15/manifest.json"
    assert {k: v for k, v in after.items() if k in before and k != manifest} == {
        k: v for k, v in before.items() if k != manifest}
    assert {k: v for k, v in project.manifest()["scenes"].items() if k.startswith("alpha/")
            } == json.loads(before[manifest])["scenes"]
    assert _plays(project.video("slow", "LongHold")) > 0
    live.close()
    assert not list(staging.iterdir())


def statuses_of(output: str) -> dict[str, str]:
    """:func:`statuses` of a subprocess's output."""
    return statuses(SimpleNamespace(output=output))  # type: ignore[arg-type]


# Step: a long scene shows that it moves

def test_a_long_scene_reports_animations_and_frames_while_it_renders(
        project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PlainReporter, "EVERY", 0.0)  # every report, not one per 10 s
    result = project.invoke("render", "slow")
    assert result.exit_code == 0, result.output
    counts = []
    for line in result.output.splitlines():
        if line.startswith("  rendering slow/LongHold: "):
            done = line.split(": ", 1)[1].split(" done")[0]
            animations, frames = (int(part.split()[0]) for part in done.split(", "))
            counts.append((animations, frames))
    assert len(counts) >= 3, result.output
    assert counts == sorted(counts) and counts[-1] > counts[0]
    assert counts[-1][1] <= 15 + 40 * 7  # never more frames than the scene has


# Step: the scheduler address

@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers (not a scheduler)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:notaport", "127.0.0.1:8786",
                                     "tcp://127.0.0.1:9", "SILENT"])
def test_a_bad_scheduler_address_is_one_message_and_no_traceback(
        project: Project, address: str, silent_port: int) -> None:
    address = address.replace("SILENT", f"tcp://127.0.0.1:{silent_port}")
    started = time.monotonic()
    result = _run(project, "render", "alpha", "--scheduler", address)
    took = time.monotonic() - started
    print(f"{address}: exit {result.returncode} after {took:.1f} s")  # a figure, not a test
    assert result.returncode == 1, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert address in result.stderr and "Nothing was rendered" in result.stderr
    assert not project.video("alpha", "DrawSquare").exists()
