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

Faults: a worker that dies mid-scene loses its task, and Dask runs it again on another
worker; an unreachable scheduler is reported within :data:`CONNECT_TIMEOUT` seconds; Ctrl-C
cancels this run's tasks and tells running ones to stop their render process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import CancelledError
from pathlib import Path
from typing import Any

from scripts.catalog import load_catalog
from scripts.defaults import default_root
from scripts.dependencies import inputs_key, render_inputs
from scripts.render import Job, Outcome, Renderer, Reporter
from scripts.render_worker import PROGRESS_PREFIX

#: Seconds to wait for the scheduler before giving up.
CONNECT_TIMEOUT = 5


class SchedulerUnreachable(RuntimeError):
    """The scheduler did not answer; the message names its address."""


class ProjectMismatch(RuntimeError):
    """The worker's copy of the project would render something else than the client asked."""


# Step: what runs on a worker

def _worker_root(client_root: str) -> Path:
    """The checkout a worker renders from: the client's path if this machine has it (a
    shared home, or one machine), else ``$LECTURE_ROOT`` or the worker's own installation."""
    path = Path(client_root)
    return path if (path / "lectures").is_dir() else default_root()


def _check_same_project(root: Path, task: dict[str, Any]) -> None:
    catalog = load_catalog(root)
    entry = next((s for s in catalog.scenes if s.id == task["scene_id"]), None)
    if entry is None:
        raise ProjectMismatch(f"the worker's project at {root} has no scene {task['scene_id']}")
    recordings = Path(task["recordings"]) if task.get("recordings") else None
    ours = render_inputs(root, entry, task["quality_folder"], task["voice"], recordings)
    if inputs_key(ours) == task["key"]:
        return
    theirs = task["inputs"]
    differ = sorted(f for f in set(ours["files"]) | set(theirs["files"])
                    if ours["files"].get(f) != theirs["files"].get(f))
    other = [k for k in ("params", "manim", "protocol", "voice")
             if ours.get(k) != theirs.get(k)]
    raise ProjectMismatch(
        f"the worker's project at {root} differs from the client's for {task['scene_id']} "
        f"(files: {', '.join(differ) or 'none'}; also: {', '.join(other) or 'nothing'}); "
        "update the worker's checkout to the client's version and restart it"
    )


def render_on_worker(task: dict[str, Any]) -> dict[str, Any]:
    """One scene, rendered on this worker; returns the result and the finished files' bytes."""
    from distributed import Event, get_worker

    worker = get_worker()
    address = worker.address

    class _Progress:  # events the client follows with ``subscribe_topic``
        @staticmethod
        def put(msg: dict[str, Any]) -> None:
            worker.log_event(task["channel"], msg)

    progress = _Progress()
    cancel = Event(task["cancel"])
    root = _worker_root(task["root"])
    _check_same_project(root, task)
    progress.put({"scene": task["scene_id"], "event": "started", "worker": address})
    cache = Path(tempfile.gettempdir()) / f"lecture-worker-{os.getpid()}"
    slot = threading.get_ident()  # one TeX folder per worker thread: never two compiles in one
    with tempfile.TemporaryDirectory(prefix="lecture-render-") as tmp:
        staging = Path(tmp)
        spec = {"root": str(root), "module": task["module"], "scene": task["scene"],
                "quality": task["quality"], "staging": str(staging),
                "tex_dir": str(cache / "tex" / str(slot)),
                "text_dir": str(cache / "texts" / str(slot)),
                "params": task["params"], "result": str(staging / "result.json")}
        (staging / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(root), os.environ.get("PYTHONPATH", "")]).strip(os.pathsep),
            LECTURE_PARAMS=json.dumps(task["params"]), PYTHONUNBUFFERED="1", COLUMNS="200",
            LECTURE_VOICE=task["voice"], LECTURE_VOICE_CACHE=str(cache / "voice"),
            LECTURE_BEAT_PREFIX=task["beat_prefix"])
        if ("recordings" in task["voice"] and task.get("recordings")
                and Path(task["recordings"]).is_dir()):
            env["LECTURE_RECORDINGS"] = task["recordings"]
        proc = subprocess.Popen([sys.executable, "-m", "scripts.render_worker",
                                 str(staging / "spec.json")], cwd=staging, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                start_new_session=True)
        log: list[str] = []

        def read() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith(PROGRESS_PREFIX):
                    progress.put({"scene": task["scene_id"], "event": "progress",
                                  "animations": int(line[len(PROGRESS_PREFIX):])})
                else:
                    log.append(line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        while proc.poll() is None:
            if cancel.is_set():
                proc.terminate()
                proc.wait()
                return {"ok": False, "cancelled": True, "worker": address}
            time.sleep(0.3)
        reader.join()
        result_file = staging / "result.json"
        if not result_file.is_file():
            return {"ok": False, "error": f"the render worker exited with status "
                    f"{proc.returncode} without a result", "where": "worker",
                    "traceback": "", "log": "".join(log), "worker": address}
        result = json.loads(result_file.read_text(encoding="utf-8"))
        result["log"] = "".join(log)
        result["worker"] = address
        if not result["ok"]:
            return result
        files: dict[str, bytes] = {}
        for name in ("video", "subtitles", "slides"):
            if result.get(name):
                files[name] = Path(result[name]).read_bytes()
        if result.get("slides"):
            folder = Path(result["slides"]).parent / "files" / task["scene"]
            for f in sorted(folder.iterdir()):
                files[f"slide-file/{f.name}"] = f.read_bytes()
        audio = staging / "audio"
        for f in sorted(audio.glob("*.wav")) if audio.is_dir() else []:
            files[f"audio-file/{f.name}"] = f.read_bytes()
        result["files"] = files
        return result


# Step: the client side

class ClusterRenderer(Renderer):
    """A :class:`Renderer` whose jobs run on a Dask cluster."""

    def __init__(self, root: Path, media_dir: Path, quality, force: bool,  # noqa: ANN001
                 scheduler: str, voice: str = "none", recordings: Path | None = None):
        super().__init__(root, media_dir, quality, jobs=1, force=force, voice=voice,
                         recordings=recordings)
        self.scheduler = scheduler
        self.client = None

    def connect(self) -> None:
        from distributed import Client

        try:
            self.client = Client(self.scheduler, timeout=CONNECT_TIMEOUT,
                                 set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerUnreachable(
                f"cannot reach the Dask scheduler at {self.scheduler} within "
                f"{CONNECT_TIMEOUT} s ({type(exc).__name__}: {exc}). Is `dask scheduler` "
                "running there, and is the address right? Nothing was rendered."
            ) from exc

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None

    def _task(self, job: Job, run: str) -> dict[str, Any]:
        s = job.scene
        return {"root": str(self.root), "scene_id": s.id, "module": s.module, "scene": s.name,
                "quality": self.quality.manim_name, "quality_folder": self.quality.folder,
                "params": s.params, "key": job.key, "inputs": job.inputs, "voice": self.voice,
                "recordings": str(self.recordings_dir(s)) if self.recordings_dir(s) else None,
                "beat_prefix": f"{s.chapter}/{s.name}",
                "channel": f"lecture-progress-{run}", "cancel": f"lecture-cancel-{run}"}

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
                reporter.scene_progress(job, msg["animations"])

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
        order = {job.scene.id: i for i, job in enumerate(todo)}
        return sorted(outcomes, key=lambda o: order[o.scene.id])

    def _collect(self, job: Job, future, workers: dict[str, str]) -> Outcome:  # noqa: ANN001
        scene = job.scene
        log = self.log_path(scene)
        log.parent.mkdir(parents=True, exist_ok=True)
        try:
            result = future.result()
        except CancelledError:
            return Outcome(scene, "interrupted", worker=workers.get(scene.id))
        except Exception as exc:  # the task raised on the worker (e.g. ProjectMismatch)
            log.write_text(f"{type(exc).__name__}: {exc}\n", encoding="utf-8")
            return Outcome(scene, "failed", error=f"{type(exc).__name__}: {exc}",
                           where=f"worker {workers.get(scene.id, '?')}", log=log,
                           worker=workers.get(scene.id))
        worker = result.get("worker")
        log.write_text(result.get("log", "") + result.get("traceback", ""), encoding="utf-8")
        if result.get("cancelled"):
            return Outcome(scene, "interrupted", worker=worker)
        if not result["ok"]:
            return Outcome(scene, "failed", error=result["error"], where=result["where"],
                           log=log, worker=worker)
        staging = self.media_dir / ".staging" / f"{scene.lecture}.{scene.chapter}.{scene.name}." \
            f"{uuid.uuid4().hex[:8]}"
        try:
            local = dict(result)
            files = result.pop("files")
            video = staging / f"{scene.name}.mp4"
            video.parent.mkdir(parents=True)
            video.write_bytes(files["video"])
            local["video"] = str(video)
            if "subtitles" in files:
                (staging / f"{scene.name}.srt").write_bytes(files["subtitles"])
                local["subtitles"] = str(staging / f"{scene.name}.srt")
            if "slides" in files:
                slides = staging / "slides" / f"{scene.name}.json"
                (slides.parent / "files" / scene.name).mkdir(parents=True)
                slides.write_bytes(files["slides"])
                for name, blob in files.items():
                    if name.startswith("slide-file/"):
                        target = slides.parent / "files" / scene.name / name.split("/", 1)[1]
                        target.write_bytes(blob)
                local["slides"] = str(slides)
            for name, blob in files.items():
                if name.startswith("audio-file/"):
                    target = staging / "audio" / name.split("/", 1)[1]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(blob)
            local["staging"] = str(staging)
            outcome = self._publish(job, local, log)
        finally:
            import shutil

            shutil.rmtree(staging, ignore_errors=True)
        outcome.worker = worker
        return outcome
