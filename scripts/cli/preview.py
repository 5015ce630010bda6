"""``lecture preview``: re-render what each save made stale and reload the gallery page.

One cycle: read the lectures again, plan the selected scenes (only those whose build key an edit
changed are stale, see :mod:`scripts.build.dependencies`), render them at the preview quality
(unchanged animations come from the partial-movie cache), rewrite the gallery page of each
lecture concerned, and tell the open pages to reload. A scene that fails is reported with its
file and line, on the terminal and on the page, and the preview keeps watching. Ctrl-C stops it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from scripts.build.catalog import Catalog, CatalogError, SceneEntry, UnknownNameError
from scripts.build.contract import Status
from scripts.build.dependencies import forget_module_files
from scripts.build.lecture_file import load_catalog
from scripts.build.render import Outcome
from scripts.build.watch import Change, snapshot, wait_for_change
from scripts.cli.common import Context, jobs_option, quality_preset, voice_option
from scripts.cli.progress import PlainReporter, make_console
from scripts.defaults import QUALITIES, Quality
from scripts.export.gallery import write_gallery
from scripts.export.live_server import LiveServer


@dataclass
class CycleReport:
    """What one preview cycle did, as the page and ``/status.json`` see it."""

    rendered: list[str]
    failed: list[dict[str, str]]
    seconds: float  # from the save (or the start) to ready
    changed: list[str]

    @property
    def event(self) -> str:
        """What the open pages are told: show a failure, reload, or nothing new."""
        return "failed" if self.failed else "reload" if self.rendered else "unchanged"

    def as_json(self) -> dict[str, Any]:
        return {"rendered": self.rendered, "failed": self.failed,
                "seconds": round(self.seconds, 2), "changed": self.changed}


class Preview:
    """The watch-render-reload loop over the scenes ``names`` select."""

    def __init__(self, obj: Context, names: tuple[str, ...], quality: Quality, jobs: int,
                 console: Console):
        self.obj = obj
        self.names = names
        self.quality = quality
        self.jobs = jobs
        self.console = console

    def select(self) -> tuple[Catalog, list[SceneEntry]]:
        catalog = load_catalog(self.obj.root)  # afresh: the lecture files may have changed
        return catalog, catalog.select(list(self.names))

    def cycle(self, change: Change | None, started: float) -> CycleReport:
        """Render what is stale, rewrite the galleries; report (errors are reported, not
        raised: a broken file must not stop the preview)."""
        forget_module_files()
        changed = [str(p.relative_to(self.obj.root)) for p in change.paths] if change else []
        try:
            catalog, scenes = self.select()
            renderer = self.obj.renderer(self.quality, {s.lecture for s in scenes}, self.jobs)
            todo, _ = renderer.plan(scenes)
        except (CatalogError, UnknownNameError) as exc:
            return self._broken(str(exc), changed, started)
        except SyntaxError as exc:
            where = f"{exc.filename}:{exc.lineno}"
            return self._broken(f"{where}: syntax error: {exc.msg}", changed, started, where)
        outcomes: list[Outcome] = []
        if todo:
            reporter = PlainReporter(self.console)
            reporter.start(todo, len(scenes) - len(todo))
            outcomes = renderer.execute(todo, reporter)
            reporter.close()
        touched = {o.scene.lecture for o in outcomes if o.status == Status.RENDERED}
        for lecture in catalog.lectures:
            gallery = renderer.layout.quality_dir(lecture.slug) / "index.html"
            if lecture.slug in touched or (not gallery.exists()
                                           and any(s.lecture == lecture.slug for s in scenes)):
                write_gallery(renderer.layout, lecture)
        failed = [{"scene": o.scene.id, "where": str(o.where), "error": str(o.error),
                   "log": str(o.log)} for o in outcomes if o.status == Status.FAILED]
        return CycleReport([o.scene.id for o in outcomes if o.status == Status.RENDERED],
                           failed, time.time() - started, changed)

    def _broken(self, message: str, changed: list[str], started: float,
                where: str = "the lecture files") -> CycleReport:
        return CycleReport([], [{"scene": "(planning)", "where": where, "error": message,
                                 "log": ""}], time.time() - started, changed)

    def home(self) -> str:
        """The address of the first selected lecture's gallery page."""
        _, scenes = self.select()
        lecture = scenes[0].lecture if scenes else ""
        return f"/{lecture}/{self.quality.folder}/index.html" if lecture else ""


def _tell(console: Console, report: CycleReport, since: str = "the save") -> None:
    for f in report.failed:
        log = f"\n  log: {escape(f['log'])}" if f["log"] else ""
        console.print(f"[red]FAILED[/] {escape(f['scene'])} at {escape(f['where'])}: "
                      f"{escape(f['error'])}{log}")
    what = (f"{len(report.rendered)} scene(s) re-rendered" if report.rendered
            else "nothing to re-render")
    console.print(f"ready in {report.seconds:.1f} s from {since}: {what}"
                  + (f", {len(report.failed)} failed" if report.failed else ""))


@click.command()
@click.argument("names", nargs=-1)
@click.option("--quality", "-q", default="low", show_default=True,
              type=click.Choice(list(QUALITIES), case_sensitive=False),
              help="Preview render preset (low is fastest).")
@jobs_option
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Local port to serve the gallery on (0: any free port).")
@click.option("--poll", type=click.FloatRange(min=0.05), default=0.25, show_default=True,
              help="Seconds between two scans of the sources.")
@click.option("--debounce", type=click.FloatRange(min=0.0), default=0.4, show_default=True,
              help="Seconds without a save before a burst of saves is rendered.")
@voice_option
@click.pass_obj
def preview(obj: Context, names: tuple[str, ...], quality: str, jobs: int | None, port: int,
            poll: float, debounce: float, voice: str | None, recordings: Path | None) -> None:
    """Watch the sources and lecture files; on every save re-render what it made stale, rewrite
    the gallery and reload it in the browser.

    NAMES select lectures, chapters or scenes (default: everything). Open the address printed;
    the page reloads itself when new videos are ready, and shows a failing scene's file and
    line. Ctrl-C stops.
    """
    obj.take_voice(voice, recordings)
    console = make_console()
    loop = Preview(obj, names, quality_preset(quality), jobs or 1, console)
    try:
        home = loop.home()
    except (CatalogError, UnknownNameError) as exc:
        raise click.UsageError(str(exc)) from exc
    server = LiveServer(obj.media_dir, port, home)
    server.start()
    console.print(f"preview: {server.address}{home}  (Ctrl-C stops)", soft_wrap=True)
    stop = threading.Event()
    try:
        before = snapshot(obj.root)
        report = loop.cycle(None, time.time())
        _tell(console, report, "the start")
        server.publish(report.event, report.as_json())
        while True:
            found = wait_for_change(obj.root, before, stop, poll, debounce)
            if found is None:
                break
            change, before = found
            names_changed = ", ".join(str(p.relative_to(obj.root)) for p in change.paths)
            console.print(f"changed: {escape(names_changed)}")
            report = loop.cycle(change, change.saved_at)
            _tell(console, report)
            server.publish(report.event, report.as_json())
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.stop()
    console.print("preview stopped")

