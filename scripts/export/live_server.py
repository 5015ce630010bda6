"""The preview's web server: the media folder on localhost, with live reload.

Serves ``<media>`` read-only. Every HTML page it serves gets a small script that listens to
``/events`` (Server-Sent Events) and reloads the page when a preview cycle published new videos,
or shows which scene failed and where; the page on disk is left as ``lecture build`` wrote it.
Video, poster and clip addresses in served pages carry their file's modification time
(``?v=...``), and nothing is cached, so a reloaded page always plays the new video. Files are
only ever replaced whole (:func:`os.replace`), so a reader gets the old file or the new one.
``/status.json`` is the last cycle's report.
"""

from __future__ import annotations

import json
import re
import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from scenes.common.theme import DARK

#: Seconds between two keep-alive comments on an idle event stream.
HEARTBEAT = 10.0

#: A failure bar in the lecture's own "wrong" colour, and the script that reloads the page.
_LIVE_SCRIPT = f"""<div id="preview-status" style="position:fixed;bottom:0;left:0;right:0;
padding:.6rem 1rem;font:14px monospace;background:{DARK.bad};color:{DARK.text};display:none">
</div>
""" + """<script>(function () {
  var box = document.getElementById('preview-status');
  var events = new EventSource('/events');
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('failed', function (e) {
    var d = JSON.parse(e.data);
    box.textContent = d.failed.map(function (f) {
      return 'FAILED ' + f.scene + ' at ' + f.where + ': ' + f.error; }).join('\\n');
    box.style.display = 'block';
  });
})();</script>"""

_MEDIA_SRC = re.compile(r'(src|poster|href)="([^"?#]+\.(?:mp4|webm|png|gif|vtt))"')


class Broadcaster:
    """Events for every open ``/events`` stream: each waits for the next one."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._events: list[tuple[str, str]] = []
        self.closed = False

    def send(self, event: str, data: dict[str, Any]) -> None:
        with self._cond:
            self._events.append((event, json.dumps(data)))
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self.closed = True
            self._cond.notify_all()

    def position(self) -> int:
        with self._cond:
            return len(self._events)

    def next_after(self, seen: int, timeout: float) -> tuple[int, list[tuple[str, str]]]:
        """Events after the first ``seen``, waiting up to ``timeout`` s for one."""
        with self._cond:
            self._cond.wait_for(lambda: self.closed or len(self._events) > seen, timeout)
            return len(self._events), self._events[seen:]


class _Handler(SimpleHTTPRequestHandler):
    broadcaster: Broadcaster
    status: dict[str, Any]
    home: str

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # the preview prints its own lines

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = unquote(urlsplit(self.path).path)
        if path == "/events":
            self._events()
        elif path == "/status.json":
            self._send(json.dumps(self.status).encode(), "application/json")
        elif path in ("/", "/index.html") and self.home:
            self.send_response(HTTPStatus.FOUND)
            self.send_header("Location", self.home)
            self.end_headers()
        elif path.endswith(".html"):
            self._page(path)
        else:
            super().do_GET()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _page(self, path: str) -> None:
        file = Path(self.translate_path(path))
        if not file.is_file():
            self.send_error(HTTPStatus.NOT_FOUND, "No such page (yet)")
            return
        html = file.read_text(encoding="utf-8")
        folder = file.parent

        def versioned(match: re.Match[str]) -> str:
            target = folder / match[2]
            if not target.is_file():
                return match[0]
            return f'{match[1]}="{match[2]}?v={target.stat().st_mtime_ns}"'

        html = _MEDIA_SRC.sub(versioned, html)
        html = html.replace("</body>", _LIVE_SCRIPT + "</body>", 1)
        self._send(html.encode("utf-8"), "text/html; charset=utf-8")

    def _events(self) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        seen = self.broadcaster.position()
        try:
            self.wfile.write(b": connected\n\n")
            self.wfile.flush()
            while not self.broadcaster.closed:
                seen, events = self.broadcaster.next_after(seen, HEARTBEAT)
                chunk = "".join(f"event: {e}\ndata: {d}\n\n" for e, d in events) or ": ping\n\n"
                self.wfile.write(chunk.encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the page was closed


class LiveServer:
    """The media folder on ``http://127.0.0.1:<port>/``, served from a background thread."""

    def __init__(self, media_dir: Path, port: int = 0, home: str = ""):
        self.broadcaster = Broadcaster()
        self.status: dict[str, Any] = {}
        handler = type("PreviewHandler", (_Handler,), {
            "broadcaster": self.broadcaster, "status": self.status, "home": home})
        media_dir.mkdir(parents=True, exist_ok=True)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port),
                                         partial(handler, directory=str(media_dir)))
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="preview-http",
                                        daemon=True)

    @property
    def address(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        self._thread.start()

    def publish(self, event: str, status: dict[str, Any]) -> None:
        """Record the cycle's report and tell every open page."""
        self.status.clear()
        self.status.update(status)
        self.broadcaster.send(event, status)

    def stop(self) -> None:
        self.broadcaster.close()
        self.httpd.shutdown()
        self.httpd.server_close()
