"""``lecture preview`` on the edit-loop fixture, driven as a teacher would: start it, open the
page with a real HTTP client, save an edit, and watch the page's video and the reload event;
break a scene and see it reported while the preview keeps serving; Ctrl-C (real renders: slow).
"""

from __future__ import annotations

import http.client
import json
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

EDIT_LOOP = Path(__file__).resolve().parent.parent / "fixtures" / "edit_loop"


class _Running:
    """The preview process, its output lines as they come, and its address."""

    def __init__(self, root: Path, media: Path):
        code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
                "from scripts.cli.main import main; sys.exit(main())")
        self.proc = subprocess.Popen(
            [sys.executable, "-u", "-c", code, "--root", str(root), "--media-dir", str(media),
             "preview", "shapes", "--port", "0", "--poll", "0.1", "--debounce", "0.2",
             "--jobs", "1"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        line = self.wait_for(r"preview: (http://127\.0\.0\.1:\d+)(\S*)")
        match = re.search(r"preview: (http://127\.0\.0\.1:\d+)(\S*)", line)
        assert match
        self.address, self.home = match[1], match[2]

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.output.append(line)
            self.lines.put(line)

    def wait_for(self, pattern: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                assert self.proc.poll() is None, "".join(self.output)
                continue
            if re.search(pattern, line):
                return line
        pytest.fail(f"no line matching {pattern!r} in:\n{''.join(self.output)}")

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(self.address + path, timeout=30) as response:
            return response.read()


class _Events:
    """An open ``/events`` stream, read in a thread: (event, data) pairs."""

    def __init__(self, address: str):
        host, port = address.removeprefix("http://").split(":")
        self.conn = http.client.HTTPConnection(host, int(port), timeout=300)
        self.conn.request("GET", "/events")
        self.response = self.conn.getresponse()
        assert self.response.headers["Content-Type"] == "text/event-stream"
        self.events: queue.Queue[tuple[str, dict]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        event = None
        try:
            for raw in self.response:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: ") and event:
                    self.events.put((event, json.loads(line[6:])))
                    event = None
        except (OSError, ValueError):
            pass

    def next(self, timeout: float = 120) -> tuple[str, dict]:
        return self.events.get(timeout=timeout)


def _video_src(page: str, scene: str) -> str:
    """The MP4 address of a scene's player in the gallery page."""
    match = re.search(rf'src="(shapes/{scene}\.mp4[^"]*)"', page)
    assert match, page
    return match[1]


def test_an_edit_reloads_the_page_with_the_new_video_and_a_failure_is_reported(
        tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(EDIT_LOOP, root, ignore=shutil.ignore_patterns("__pycache__"))
    preview = _Running(root, tmp_path / "media")
    try:
        preview.wait_for(r"ready in [\d.]+ s from the start: 2 scene\(s\) re-rendered")
        assert preview.home == "/loop/480p15/index.html"
        page = preview.get(preview.home).decode()
        assert "new EventSource('/events')" in page  # the live-reload script
        folder = preview.home.rsplit("/", 1)[0]
        old_src = _video_src(page, "Circles")
        old_video = preview.get(f"{folder}/{old_src}")
        steps_src = _video_src(page, "Steps")
        events = _Events(preview.address)

        # Save an edit of one scene: it alone is re-rendered, and the page reloads.
        text = (root / "loop_scenes" / "shapes.py").read_text()
        (root / "loop_scenes" / "shapes.py").write_text(text.replace("self.wait(0.2)",
                                                                     "self.wait(0.6)"))
        event, data = events.next()
        assert event == "reload", data
        assert data["rendered"] == ["loop/shapes/Circles"] and data["failed"] == []
        assert data["changed"] == ["loop_scenes/shapes.py"]
        preview.wait_for(r"ready in [\d.]+ s from the save: 1 scene\(s\) re-rendered")
        page = preview.get(preview.home).decode()
        new_src = _video_src(page, "Circles")
        assert new_src != old_src  # a new address: the browser cannot show a stale copy
        new_video = preview.get(f"{folder}/{new_src}")
        assert new_video != old_video
        assert _video_src(page, "Steps") == steps_src  # untouched

        # A scene that raises is reported with its file and line; the preview keeps going.
        text = (root / "loop_scenes" / "shapes.py").read_text()
        (root / "loop_scenes" / "shapes.py").write_text(
            text.replace("self.wait(0.6)", "raise ValueError('a typo in the scene')"))
        event, data = events.next()
        assert event == "failed", data
        [failure] = data["failed"]
        assert failure["scene"] == "loop/shapes/Circles"
        assert failure["where"].startswith("loop_scenes/shapes.py:")
        assert "a typo in the scene" in failure["error"]
        preview.wait_for(r"FAILED loop/shapes/Circles at loop_scenes/shapes\.py:\d+")
        assert json.loads(preview.get("/status.json"))["failed"][0]["scene"] == failure["scene"]
        assert preview.get(f"{folder}/{new_src}") == new_video  # the last good one stays
        assert preview.proc.poll() is None  # still running

        # Fixed: rendered again.
        (root / "loop_scenes" / "shapes.py").write_text(
            text.replace("self.wait(0.6)", "self.wait(0.5)"))
        event, data = events.next()
        assert event == "reload" and data["rendered"] == ["loop/shapes/Circles"], data
    finally:
        preview.proc.send_signal(signal.SIGINT)
        preview.proc.wait(timeout=60)
    assert preview.proc.returncode == 0, "".join(preview.output)
    assert "preview stopped" in "".join(preview.output)
    assert not list((tmp_path / "media" / ".staging").glob("run-*/*"))
