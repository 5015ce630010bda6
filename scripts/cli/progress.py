"""What a teacher sees while scenes render: a live line per running scene, an overall bar,
and at the end a table of every scene with its status, length, render time and output."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from scripts.build.contract import Status
from scripts.build.render import Job, Outcome


def make_console() -> Console:
    """A console on the current stdout (created late, so test runners can capture it)."""
    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=140, no_color=True)
    return console


class LiveReporter:
    """A rich live display: one line per running scene below an overall bar."""

    def __init__(self, console: Console):
        self.console = console
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
            MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True,
        )
        self.overall: TaskID | None = None
        self.tasks: dict[str, TaskID] = {}
        self.lock = threading.Lock()

    def start(self, jobs: list[Job], up_to_date: int) -> None:
        self.progress.start()
        self.overall = self.progress.add_task(
            f"[bold]rendering {len(jobs)} scene(s), {up_to_date} up to date", total=len(jobs)
        )

    def scene_waiting(self, job: Job, seconds: float, holder: int | None) -> None:
        text = f"  {job.scene.short_id}: waiting for {_holder(holder)}, {seconds:.0f} s so far"
        with self.lock:
            task = self.tasks.get(job.scene.id)
            if task is None:
                self.tasks[job.scene.id] = self.progress.add_task(text, total=None)
            else:
                self.progress.update(task, description=text)

    def scene_started(self, job: Job) -> None:
        with self.lock:
            task = self.tasks.pop(job.scene.id, None)
            if task is not None:  # it waited for another run
                self.progress.remove_task(task)
            self.tasks[job.scene.id] = self.progress.add_task(
                f"  {job.scene.short_id}", total=job.expected_animations
            )

    def scene_progress(self, job: Job, animations: int, frames: int | None = None,
                       total: int | None = None) -> None:
        with self.lock:
            task = self.tasks.get(job.scene.id)
            if task is not None:
                text = f"  {job.scene.short_id}" + (f" ({frames_done(frames, total)})"
                                                      if frames or total else "")
                self.progress.update(task, completed=animations, description=text)

    def scene_finished(self, outcome: Outcome) -> None:
        with self.lock:
            task = self.tasks.pop(outcome.scene.id, None)
            if task is not None:
                self.progress.remove_task(task)
            assert self.overall is not None
            self.progress.advance(self.overall)
        mark = {Status.RENDERED: "[green]rendered", Status.FAILED: "[red]FAILED"}.get(
            outcome.status, str(outcome.status)
        )
        self.progress.console.print(f"{mark}[/] {outcome.scene.short_id}{reuse_note(outcome)}")

    def close(self) -> None:
        self.progress.stop()


def reuse_note(outcome: Outcome, lead: str = " (") -> str:
    """``3 of 4 animations re-used`` when the partial-movie cache saved work."""
    if not outcome.reused or outcome.status != Status.RENDERED:
        return ""
    text = f"{outcome.reused} of {outcome.animations} animations re-used"
    return f"{lead}{text}" + (")" if lead == " (" else "")


def frames_done(frames: int | None, total: int | None) -> str:
    """``1234 of 3180 frames`` when the total is known, else ``1234 frames``."""
    return f"{frames or 0} of {total} frames" if total else f"{frames or 0} frames"


def _holder(pid: int | None) -> str:
    return f"another lecture run (pid {pid})" if pid else "another lecture run"


class PlainReporter:
    """Line-by-line progress for logs and CI, where a live display would be noise: a line when
    a scene starts and ends, and every :attr:`EVERY` seconds one per scene still rendering
    (animations and frames done) or still waiting for another run."""

    #: Seconds between two lines about one running or waiting scene.
    EVERY = 10.0

    def __init__(self, console: Console):
        self.console = console
        self.total = 0
        self.finished = 0
        self.started: dict[str, float] = {}
        self.told: dict[str, float] = {}  # when the last line about a scene was printed
        self.lock = threading.Lock()

    def _due(self, job: Job) -> bool:
        now = time.monotonic()
        if now - self.told.get(job.scene.id, -float("inf")) < self.EVERY:
            return False
        self.told[job.scene.id] = now
        return True

    def start(self, jobs: list[Job], up_to_date: int) -> None:
        self.total = len(jobs)
        self.console.print(f"rendering {len(jobs)} scene(s); {up_to_date} up to date")

    def scene_waiting(self, job: Job, seconds: float, holder: int | None) -> None:
        with self.lock:
            self.started.setdefault(job.scene.id, time.monotonic())
            if self._due(job):
                self.console.print(f"  waiting  {job.scene.short_id}: {_holder(holder)} is "
                                   f"rendering it; waited {seconds:.0f} s so far")

    def scene_started(self, job: Job) -> None:
        with self.lock:
            self.started[job.scene.id] = time.monotonic()
            self.told[job.scene.id] = time.monotonic()
            self.console.print(f"  started  {job.scene.short_id}")

    def scene_progress(self, job: Job, animations: int, frames: int | None = None,
                       total: int | None = None) -> None:
        with self.lock:  # not every animation: that would drown the log
            if not self._due(job):
                return
            took = time.monotonic() - self.started.get(job.scene.id, time.monotonic())
            done = f"{animations} animation(s)" + (f", {frames_done(frames, total)}"
                                                   if frames or total else "")
            self.console.print(f"  rendering {job.scene.short_id}: {done} done ({took:.0f} s)")

    def scene_finished(self, outcome: Outcome) -> None:
        with self.lock:
            self.finished += 1
            took = time.monotonic() - self.started.get(outcome.scene.id, time.monotonic())
            self.console.print(
                f"[{self.finished}/{self.total}] {outcome.status.value:<11} "
                f"{outcome.scene.short_id} ({took:.1f} s{reuse_note(outcome, ', ')})"
            )

    def close(self) -> None:
        pass


def _display_path(path: Path | None) -> str:
    if path is None:
        return "-"
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def summary_table(outcomes: list[Outcome]) -> Table:
    lectures = {o.scene.lecture for o in outcomes}
    title = f"Render summary: {', '.join(sorted(lectures))}" if len(lectures) == 1 else (
        "Render summary")
    table = Table(title=title, title_justify="left")
    workers = any(o.worker for o in outcomes)
    columns = [("Scene", "left"), ("Status", "left"), ("Length", "right"),
               ("Render time", "right"), ("Output", "left")]
    if workers:
        columns.insert(4, ("Worker", "left"))
    for column, justify in columns:
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    style = {Status.RENDERED: "green", Status.FAILED: "bold red", Status.INTERRUPTED: "yellow"}
    for o in outcomes:
        row = [
            o.scene.short_id if len(lectures) == 1 else o.scene.id,
            f"[{style.get(o.status, 'dim')}]{o.status.value}",
            f"{o.duration:.1f} s" if o.duration is not None else "-",
            f"{o.render_seconds:.1f} s" if o.render_seconds is not None else "-",
            _display_path(o.video if o.status != Status.FAILED else o.log),
        ]
        if workers:
            row.insert(4, o.worker or "-")
        table.add_row(*row)
    return table


def chapter_totals(outcomes: list[Outcome]) -> Table:
    """Per chapter: video length, the render time it took, and their ratio."""
    table = Table(title="Per chapter", title_justify="left")
    for column in ("Chapter", "Video", "Render time", "Ratio"):
        table.add_column(column, justify="left" if column == "Chapter" else "right")
    totals: dict[str, list[float]] = {}
    for o in outcomes:
        if o.duration is None or o.render_seconds is None:
            continue
        entry = totals.setdefault(f"{o.scene.lecture}/{o.scene.chapter}", [0.0, 0.0])
        entry[0] += o.duration
        entry[1] += o.render_seconds
    for chapter, (video, render) in totals.items():
        table.add_row(chapter, f"{video:.1f} s", f"{render:.1f} s",
                      f"{render / video:.2f}x" if video else "-")
    return table
