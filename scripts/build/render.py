"""Render scenes in parallel worker processes, only those whose inputs changed.

Outputs land at ``<media>/<lecture>/<quality folder>/<chapter>/<Scene>.mp4`` (and ``.srt`` when
the scene has narration subtitles). Each scene renders into a private staging folder beside the
outputs and is moved into place with :func:`os.replace` only when it finished, so a failed or
interrupted render never leaves a partial file at an output path and the previous good output
stays where it was.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from scripts.catalog import SceneEntry
from scripts.defaults import Quality
from scripts.dependencies import inputs_key, render_inputs
from scripts.files import swap_folder
from scripts.manifest import Manifest
from scripts.render_worker import PROGRESS_PREFIX


@dataclass
class Outcome:
    """What happened to one scene in a run."""

    scene: SceneEntry
    status: str  # "rendered", "up to date", "failed" or "interrupted"
    video: Path | None = None
    duration: float | None = None
    render_seconds: float | None = None
    error: str | None = None
    where: str | None = None
    log: Path | None = None
    worker: str | None = None  # the cluster worker that rendered it (None: this machine)
    warnings: list[str] = field(default_factory=list)  # e.g. a recording that was unusable


@dataclass
class Job:
    scene: SceneEntry
    inputs: dict[str, Any]
    key: str
    expected_animations: int | None = None


class Reporter(Protocol):
    def start(self, jobs: list[Job], up_to_date: int) -> None: ...
    def scene_started(self, job: Job) -> None: ...
    def scene_progress(self, job: Job, animations: int) -> None: ...
    def scene_finished(self, outcome: Outcome) -> None: ...
    def close(self) -> None: ...


class Renderer:
    """One ``lecture render`` run: plans what is out of date, then renders it."""

    def __init__(self, root: Path, media_dir: Path, quality: Quality, jobs: int, force: bool,
                 voice: str = "none", recordings: Path | None = None):
        self.root = root.resolve()
        self.media_dir = media_dir.resolve()
        self.quality = quality
        self.jobs = jobs
        self.force = force
        self.voice = voice  # as resolved by narration.voices.resolve_voice
        self.recordings = recordings
        self._manifests: dict[str, Manifest] = {}
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._procs: set[subprocess.Popen[str]] = set()

    # Step: paths
    def quality_dir(self, lecture: str) -> Path:
        return self.media_dir / lecture / self.quality.folder

    def video_path(self, scene: SceneEntry) -> Path:
        return self.quality_dir(scene.lecture) / scene.chapter / f"{scene.name}.mp4"

    def log_path(self, scene: SceneEntry) -> Path:
        return self.quality_dir(scene.lecture) / "logs" / scene.chapter / f"{scene.name}.log"

    def manifest(self, lecture: str) -> Manifest:
        if lecture not in self._manifests:
            self._manifests[lecture] = Manifest(
                self.quality_dir(lecture), lecture, self.quality.folder
            )
        return self._manifests[lecture]

    def inputs(self, scene: SceneEntry) -> dict[str, Any]:
        """Everything the scene's outputs are built from, narration included."""
        return render_inputs(self.root, scene, self.quality.folder, self.voice,
                             self.recordings_dir(scene))

    def recordings_dir(self, scene: SceneEntry) -> Path | None:
        """The teacher's recordings of the scene's lecture (``<recordings>/<lecture>/``)."""
        return self.recordings / scene.lecture if self.recordings else None

    def narration_env(self, scene: SceneEntry, cache: Path) -> dict[str, str]:
        """What the render worker's :class:`~scenes.beats.LectureScene` reads to speak."""
        env = {"LECTURE_VOICE": self.voice, "LECTURE_VOICE_CACHE": str(cache),
               "LECTURE_BEAT_PREFIX": f"{scene.chapter}/{scene.name}"}
        folder = self.recordings_dir(scene)
        if folder is not None and "recordings" in self.voice:
            env["LECTURE_RECORDINGS"] = str(folder)
        return env

    # Step: plan
    def plan(self, scenes: list[SceneEntry]) -> tuple[list[Job], list[Outcome]]:
        """Split the scenes into jobs to render and outcomes that are already up to date."""
        todo: list[Job] = []
        done: list[Outcome] = []
        for scene in scenes:
            inputs = self.inputs(scene)
            key = inputs_key(inputs)
            manifest = self.manifest(scene.lecture)
            record = manifest.scenes.get(scene.short_id, {})
            if not self.force and manifest.is_up_to_date(scene.short_id, key):
                done.append(Outcome(scene, "up to date", self.video_path(scene),
                                    record.get("duration"), record.get("render_seconds")))
            else:
                todo.append(Job(scene, inputs, key, record.get("animations")))
        return todo, done

    def status(self, scene: SceneEntry) -> str:
        """'up to date', 'out of date' or 'not rendered' at this quality."""
        key = inputs_key(self.inputs(scene))
        manifest = self.manifest(scene.lecture)
        if manifest.is_up_to_date(scene.short_id, key):
            return "up to date"
        return "out of date" if self.video_path(scene).is_file() else "not rendered"

    # Step: execute
    def execute(self, todo: list[Job], reporter: Reporter) -> list[Outcome]:
        """Render the jobs, ``self.jobs`` at a time. Ctrl-C stops every worker and re-raises."""
        slots: queue.Queue[int] = queue.Queue()
        for i in range(self.jobs):
            slots.put(i)
        outcomes: list[Outcome] = []
        pool = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="render")
        futures = [pool.submit(self._run_in_slot, job, slots, reporter) for job in todo]
        try:
            for future in as_completed(futures):
                outcome = future.result()
                outcomes.append(outcome)
                reporter.scene_finished(outcome)
        except KeyboardInterrupt:
            self._cancel.set()
            with self._lock:
                for proc in list(self._procs):
                    proc.terminate()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        finally:
            pool.shutdown(wait=True)
        order = {job.scene.id: i for i, job in enumerate(todo)}
        return sorted(outcomes, key=lambda o: order[o.scene.id])

    def _run_in_slot(self, job: Job, slots: queue.Queue[int], reporter: Reporter) -> Outcome:
        if self._cancel.is_set():
            return Outcome(job.scene, "interrupted")
        slot = slots.get()
        try:
            reporter.scene_started(job)
            return self._render_one(job, slot, reporter)
        finally:
            slots.put(slot)

    def _render_one(self, job: Job, slot: int, reporter: Reporter) -> Outcome:
        scene = job.scene
        staging_root = self.media_dir / ".staging"
        unique = uuid.uuid4().hex[:8]
        staging = staging_root / f"{scene.lecture}.{scene.chapter}.{scene.name}.{unique}"
        cache = self.media_dir / ".cache"
        staging.mkdir(parents=True)
        log = self.log_path(scene)
        log.parent.mkdir(parents=True, exist_ok=True)
        spec = {
            "root": str(self.root),
            "module": scene.module,
            "scene": scene.name,
            "quality": self.quality.manim_name,
            "staging": str(staging),
            # One TeX folder per worker slot: jobs in a slot run one after another, never at once.
            "tex_dir": str(cache / "tex" / f"slot-{slot}"),
            "text_dir": str(cache / "texts" / f"slot-{slot}"),
            "params": scene.params,
            "result": str(staging / "result.json"),
        }
        spec_path = staging / "spec.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(self.root), env.get("PYTHONPATH", "")]).strip(
            os.pathsep
        )
        env["LECTURE_PARAMS"] = json.dumps(scene.params)
        env.update(self.narration_env(scene, cache / "voice"))
        env["PYTHONUNBUFFERED"] = "1"
        env["COLUMNS"] = "200"  # manim's rich logger wraps at 80 columns in a pipe
        try:
            with open(log, "w", encoding="utf-8") as log_file:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "scripts.render_worker", str(spec_path)],
                    cwd=staging, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                    text=True, start_new_session=True,  # Ctrl-C reaches only the parent
                )
                with self._lock:
                    self._procs.add(proc)
                assert proc.stdout is not None
                for line in proc.stdout:
                    if line.startswith(PROGRESS_PREFIX):
                        reporter.scene_progress(job, int(line[len(PROGRESS_PREFIX):]))
                    else:
                        log_file.write(line)
                proc.wait()
                with self._lock:
                    self._procs.discard(proc)
            if self._cancel.is_set():
                return Outcome(scene, "interrupted", log=log)
            result_file = staging / "result.json"
            if not result_file.is_file():
                return Outcome(scene, "failed", error=f"the render worker exited with status "
                               f"{proc.returncode} without a result", where="worker", log=log)
            result = json.loads(result_file.read_text(encoding="utf-8"))
            if not result["ok"]:
                with open(log, "a", encoding="utf-8") as log_file:
                    log_file.write(result["traceback"])
                return Outcome(scene, "failed", error=result["error"], where=result["where"],
                               log=log)
            return self._publish(job, result, log)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _publish(self, job: Job, result: dict[str, Any], log: Path) -> Outcome:
        """Move the finished files into place atomically and record them in the manifest."""
        scene = job.scene
        video = self.video_path(scene)
        video.parent.mkdir(parents=True, exist_ok=True)
        subtitles = video.with_suffix(".srt")
        if result["subtitles"]:
            os.replace(result["subtitles"], subtitles)
        else:
            subtitles.unlink(missing_ok=True)
        slides = self._publish_slides(scene, result.get("slides"))
        self._publish_audio(scene, result)
        os.replace(result["video"], video)
        folder = self.quality_dir(scene.lecture)
        entry = {
            "video": str(video.relative_to(folder)),
            "subtitles": str(subtitles.relative_to(folder)) if result["subtitles"] else None,
            "key": job.key,
            "inputs": job.inputs,
            "duration": result["duration"],
            "animations": result["animations"],
            "beats": result.get("beats", []),
            "warnings": result.get("warnings", []),
            "slides": str(slides.relative_to(folder)) if slides else None,
            "render_seconds": result["render_seconds"],
            "rendered_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with self._lock:
            manifest = self.manifest(scene.lecture)
            manifest.record(scene.short_id, entry)
            manifest.save()
        return Outcome(scene, "rendered", video, result["duration"], result["render_seconds"],
                       log=log, warnings=result.get("warnings", []))

    def audio_dir(self, scene: SceneEntry) -> Path:
        """The scene's per-beat narration, ``beat-NN.wav`` (for slide decks)."""
        return self.quality_dir(scene.lecture) / scene.chapter / "audio" / scene.name

    def _publish_audio(self, scene: SceneEntry, result: dict[str, Any]) -> None:
        """Swap in the scene's per-beat audio folder (or remove a stale one)."""
        staged = Path(result["staging"]) / "audio" if result.get("staging") else None
        swap_folder(staged if staged is not None and staged.is_dir() else None,
                    self.audio_dir(scene))

    def slides_path(self, scene: SceneEntry) -> Path:
        """The manim-slides presentation of a scene (one slide per beat)."""
        return self.quality_dir(scene.lecture) / scene.chapter / "slides" / f"{scene.name}.json"

    def _publish_slides(self, scene: SceneEntry, staged: str | None) -> Path | None:
        """Move the scene's slide videos, then its slide list, into place.

        manim-slides resolves a slide's file against the folder above ``slides/``, so the
        layout ``<chapter>/slides/<Scene>.json`` + ``<chapter>/slides/files/<Scene>/`` keeps the
        JSON valid as written. The old files folder is swapped out, never half-overwritten.
        """
        target = self.slides_path(scene)
        if not staged:
            target.unlink(missing_ok=True)
            return None
        staged_json = Path(staged)
        staged_files = staged_json.parent / "files" / scene.name
        swap_folder(staged_files, target.parent / "files" / scene.name)
        os.replace(staged_json, target)
        return target
