"""Render scene jobs on a Dask distributed cluster instead of this machine's processes.

``lecture render --scheduler tcp://HOST:8786`` plans as usual (only out-of-date scenes become
jobs) and submits one task per scene. A task runs on a worker machine that has the project
installed the usual way: it first checks that the worker's copy of everything the scene is
built from (the scene's module, the project modules it imports, its parameters, the quality,
the manim version) has the same key as the client's, and refuses with the differing files
otherwise; then it runs the same render worker process as a local render, in a private temp
folder, and returns the finished files' bytes. The client writes them into its own ``media/``
through the same staging-then-:func:`os.replace` path as a local render, so no shared
filesystem is needed and a result that never arrives leaves no file behind.

On one machine or a shared home, the worker also uses the client's caches (``media/.cache``:
the voice clips, content-addressed, and a TeX folder no other running render uses), as a
local render does; elsewhere it keeps them in its temporary folder across runs.

Faults: a worker that dies mid-scene loses its task, and Dask runs it again on another
worker; an unreachable scheduler is reported within :data:`CONNECT_TIMEOUT` seconds; Ctrl-C
cancels this run's tasks and tells running ones to stop their render process.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
import uuid
from concurrent.futures import CancelledError
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scripts.build.contract import Narration, Status, WorkerResult, WorkerSpec
from scripts.build.dependencies import inputs_key, render_inputs
from scripts.build.launch import launch_worker
from scripts.build.lecture_file import load_catalog
from scripts.build.locks import first_free
from scripts.build.render import Job, Outcome, Renderer, Reporter
from scripts.defaults import Quality, default_root
from scripts.files import atomic_write_bytes

#: Seconds to wait for the scheduler before giving up, and for the client to close.
CONNECT_TIMEOUT = 3
CLOSE_TIMEOUT = 2
#: The address schemes Dask's ``Client`` takes.
SCHEMES = ("tcp", "tls", "ws", "wss", "ucx", "inproc")


class SchedulerUnreachable(RuntimeError):
    """The scheduler did not answer; the message names its address."""


class ProjectMismatch(RuntimeError):
    """The worker's copy of the project would render something else than the client asked."""


@dataclass(frozen=True)
class RenderTask:
    """One scene for a worker: the client's job, and what the worker needs to check it."""

    root: str  # the client's checkout (used if the worker has it)
    scene_id: str
    module: str
    scene: str
    quality: Quality
    params: dict[str, Any]
    key: str
    inputs: dict[str, Any]
    narration: Narration
    cache: str  # the client's media/.cache (used if the worker has it)
    channel: str  # progress events, followed with ``subscribe_topic``
    cancel: str  # the name of the run's cancel Event


@dataclass
class TaskReport:
    """What a task sends back: the worker's result, its log, and the staged files' bytes."""

    result: WorkerResult
    worker: str
    log: str = ""
    files: dict[str, bytes] = field(default_factory=dict)  # by path relative to the staging


# Step: what runs on a worker

def _worker_root(client_root: str) -> Path:
    """The checkout a worker renders from: the client's path if this machine has it (a
    shared home, or one machine), else ``$LECTURE_ROOT`` or the worker's own installation."""
    path = Path(client_root)
    return path if (path / "lectures").is_dir() else default_root()


def _check_same_project(root: Path, task: RenderTask) -> None:
    catalog = load_catalog(root)
    entry = next((s for s in catalog.scenes if s.id == task.scene_id), None)
    if entry is None:
        raise ProjectMismatch(f"the worker's project at {root} has no scene {task.scene_id}")
    ours = render_inputs(root, entry, task.quality.folder, task.narration.voice,
                         task.narration.recordings)
    if inputs_key(ours) == task.key:
        return
    theirs = task.inputs
    differ = sorted(f for f in set(ours["files"]) | set(theirs["files"])
                    if ours["files"].get(f) != theirs["files"].get(f))
    other = [k for k in ("params", "manim", "protocol", "voice")
             if ours.get(k) != theirs.get(k)]
    raise ProjectMismatch(
        f"the worker's project at {root} differs from the client's for {task.scene_id} "
        f"(files: {', '.join(differ) or 'none'}; also: {', '.join(other) or 'nothing'}); "
        "update the worker's checkout to the client's version and restart it"
    )


def _staged_files(result: WorkerResult, scene: str) -> dict[str, bytes]:
    """The files a finished render staged, by path relative to its staging folder."""
    assert result.staging is not None
    staging = Path(result.staging)
    paths = [Path(p) for p in (result.video, result.subtitles, result.slides) if p]
    if result.slides:
        paths += sorted((Path(result.slides).parent / "files" / scene).iterdir())
    if (staging / "audio").is_dir():
        paths += sorted((staging / "audio").iterdir())
    return {str(p.relative_to(staging)): p.read_bytes() for p in paths}


def render_on_worker(task: RenderTask) -> TaskReport:
    """One scene, rendered on this worker; returns the result and the finished files' bytes."""
    from distributed import Event, get_worker

    worker = get_worker()
    root = _worker_root(task.root)
    _check_same_project(root, task)
    worker.log_event(task.channel, {"scene": task.scene_id, "event": "started",
                                    "worker": worker.address})
    # Rendering from the client's own checkout (one machine, or a shared home): its caches too.
    cache = Path(task.cache) if root == Path(task.root) else (
        Path(tempfile.gettempdir()) / f"lecture-worker-cache-{os.getuid()}")
    log: list[str] = []
    # A TeX folder no other running render uses (manim empties its TeX folder after compiles).
    with first_free(cache / "slots", "dask") as slot, \
            tempfile.TemporaryDirectory(prefix="lecture-render-") as tmp:
        spec = WorkerSpec(str(root), task.module, task.scene, task.quality.manim_name, tmp,
                          str(cache / "tex" / slot), str(cache / "texts" / slot), task.params)
        narration = replace(task.narration, cache=cache / "voice")
        result = launch_worker(
            spec, narration, Event(task.cancel),
            lambda n, f=None, t=None: worker.log_event(task.channel, {
                "scene": task.scene_id, "event": "progress", "animations": n, "frames": f,
                "total": t}),
            log.append)
        files = _staged_files(result, task.scene) if result.ok else {}
    return TaskReport(result, worker.address, "".join(log), files)


# Step: the client side

def scheduler_endpoint(address: str) -> tuple[str, int] | None:
    """The host and port of a scheduler address (None for schemes without them), or
    :class:`SchedulerUnreachable` if it is malformed: checked before any Dask client exists,
    since a client whose constructor failed prints a traceback from its destructor."""
    scheme, sep, _ = address.partition("://")
    if sep and scheme in ("ucx", "inproc"):
        return None
    try:
        parts = urlsplit(address)
        host, port = parts.hostname, parts.port
    except ValueError:
        host = port = None
    if not sep or scheme not in SCHEMES or not host or port is None:
        raise SchedulerUnreachable(
            f"'{address}' is not a Dask scheduler address: expected tcp://HOST:PORT, "
            "e.g. tcp://10.0.0.5:8786 (the address `dask scheduler` prints). "
            "Nothing was rendered.")
    return host, port


def _unreachable(address: str, exc: BaseException) -> str:
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    return (f"cannot reach the Dask scheduler at {address} within {CONNECT_TIMEOUT} s "
            f"({type(exc).__name__}: {detail}). Is `dask scheduler` running there, and is the "
            "address right? Nothing was rendered.")


def _check_reachable(address: str, host: str, port: int) -> None:
    """Fail fast (a refused connection at once, a silent host after the timeout) without
    a Dask client, which retries for its whole timeout and then waits again to close, and
    which waits for ever on a server that accepts but never speaks. A scheduler speaks first
    on plain TCP (its handshake), so a silent one is not a scheduler."""
    try:
        conn = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
    except OSError as exc:
        raise SchedulerUnreachable(_unreachable(address, exc)) from exc
    with conn:
        if not address.startswith("tcp://"):
            return
        try:
            first = conn.recv(1)
        except OSError:
            first = b""
    if not first:
        raise SchedulerUnreachable(
            f"something at {address} accepts connections but did not answer as a Dask "
            f"scheduler within {CONNECT_TIMEOUT} s. Is the port the scheduler's (8786 unless "
            "it was given another)? Nothing was rendered.")


def _close_quietly(client: Any) -> None:
    """Close a client within :data:`CLOSE_TIMEOUT` s and keep its destructor from trying
    again (that would print a traceback and wait ten more seconds at exit)."""
    with contextlib.suppress(Exception):
        client.close(timeout=CLOSE_TIMEOUT)
    with contextlib.suppress(Exception):
        client.status = "closed"
        client._loop_runner.stop()


class ClusterRenderer(Renderer):
    """A :class:`Renderer` whose jobs run on a Dask cluster."""

    def __init__(self, root: Path, media_dir: Path, quality, force: bool,  # noqa: ANN001
                 scheduler: str, voice: str = "none", recordings: Path | None = None):
        super().__init__(root, media_dir, quality, jobs=1, force=force, voice=voice,
                         recordings=recordings)
        self.scheduler = scheduler
        self.client = None

    def connect(self) -> None:
        """Connect to the scheduler, or raise :class:`SchedulerUnreachable` saying why."""
        from distributed import Client

        endpoint = scheduler_endpoint(self.scheduler)
        if endpoint is not None:
            _check_reachable(self.scheduler, *endpoint)
        made: list[Client] = []

        class _Tracked(Client):  # so that a client whose constructor failed can be closed
            def __init__(self, *args: Any, **kwargs: Any):
                made.append(self)
                super().__init__(*args, **kwargs)

        try:
            self.client = _Tracked(self.scheduler, timeout=CONNECT_TIMEOUT,
                                   set_as_default=False)
        except Exception as exc:  # refused, timed out, or not a scheduler that answered
            for client in made:
                _close_quietly(client)
            raise SchedulerUnreachable(_unreachable(self.scheduler, exc)) from exc

    def close(self) -> None:
        if self.client is not None:
            client, self.client = self.client, None
            _close_quietly(client)

    def _task(self, job: Job, run: str) -> RenderTask:
        s = job.scene
        return RenderTask(str(self.root), s.id, s.module, s.name, self.quality, s.params,
                          job.key, job.inputs, self.narration(s, self.layout.cache_dir / "voice"),
                          str(self.layout.cache_dir), f"lecture-progress-{run}",
                          f"lecture-cancel-{run}")

    def execute(self, todo: list[Job], reporter: Reporter) -> list[Outcome]:
        from distributed import Event, as_completed

        if self.client is None:
            self.connect()
        client = self.client
        assert client is not None
        run = uuid.uuid4().hex[:8]
        jobs = {j.scene.id: j for j in todo}
        workers: dict[str, str] = {}

        def follow(event: tuple[float, dict[str, Any]]) -> None:
            msg = event[1]
            job = jobs.get(msg.get("scene", ""))
            if job is None:
                return
            if msg["event"] == "started":
                workers[job.scene.id] = msg["worker"]
                reporter.scene_started(job)
            elif msg["event"] == "progress":
                reporter.scene_progress(job, msg["animations"], msg.get("frames"),
                                        msg.get("total"))

        topic = f"lecture-progress-{run}"
        client.subscribe_topic(topic, follow)
        futures = {client.submit(render_on_worker, self._task(j, run), pure=False,
                                 key=f"render-{j.scene.id}-{run}"): j for j in todo}
        outcomes: list[Outcome] = []
        try:
            for future in as_completed(futures, loop=client.loop):
                job = futures[future]
                outcome = self._collect(job, future, workers)
                outcomes.append(outcome)
                reporter.scene_finished(outcome)
        except KeyboardInterrupt:
            Event(f"lecture-cancel-{run}", client=client).set()
            client.cancel(list(futures))
            raise
        finally:
            client.unsubscribe_topic(topic)
            self.staging.close()
        order = {job.scene.id: i for i, job in enumerate(todo)}
        return sorted(outcomes, key=lambda o: order[o.scene.id])

    def _collect(self, job: Job, future, workers: dict[str, str]) -> Outcome:  # noqa: ANN001
        scene = job.scene
        log = self.layout.log_path(scene)
        log.parent.mkdir(parents=True, exist_ok=True)
        try:
            report: TaskReport = future.result()
        except CancelledError:
            return Outcome(scene, Status.INTERRUPTED, worker=workers.get(scene.id))
        except Exception as exc:  # the task raised on the worker (e.g. ProjectMismatch)
            log.write_text(f"{type(exc).__name__}: {exc}\n", encoding="utf-8")
            return Outcome(scene, Status.FAILED, error=f"{type(exc).__name__}: {exc}",
                           where=f"worker {workers.get(scene.id, '?')}", log=log,
                           worker=workers.get(scene.id))
        log.write_text(report.log + report.result.traceback, encoding="utf-8")
        staging = self.new_staging(scene)
        try:
            result = _unpack(report, staging)
            return self.finish(job, result, log, report.worker)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _unpack(report: TaskReport, staging: Path) -> WorkerResult:
    """Write the task's files into a client staging folder; the result, pointing there."""
    result = report.result
    if not result.ok or result.staging is None:
        return result
    for name, blob in report.files.items():
        atomic_write_bytes(staging / name, blob)

    def here(path: str | None) -> str | None:
        return str(staging / Path(path).relative_to(result.staging)) if path else None

    return replace(result, staging=str(staging), video=here(result.video),
                   subtitles=here(result.subtitles), slides=here(result.slides))
