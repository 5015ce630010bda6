"""Render scenes in parallel worker processes, only those whose inputs changed.

Outputs land where :class:`~scripts.build.layout.MediaLayout` says (``<media>/<lecture>/
<quality folder>/<chapter>/<Scene>.mp4``, ``.srt`` beside it). Each scene renders into a private
staging folder and is moved into place with :func:`os.replace` only when it finished, so a
failed or interrupted render never leaves a partial file at an output path and the previous
good output stays where it was.
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from scripts.build.catalog import SceneEntry
from scripts.build.contract import Narration, Status, WorkerResult, WorkerSpec
from scripts.build.dependencies import inputs_key, render_inputs
from scripts.build.launch import launch_worker
from scripts.build.layout import MediaLayout
from scripts.build.manifest import SceneRecord
from scripts.defaults import Quality
from scripts.files import swap_folder


@dataclass
class Outcome:
    """What happened to one scene in a run."""

    scene: SceneEntry
    status: Status  # UP_TO_DATE, RENDERED, FAILED or INTERRUPTED
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
        self.layout = MediaLayout(media_dir.resolve(), quality)
        self.quality = quality
        self.jobs = jobs
        self.force = force
        self.voice = voice  # as resolved by narration.voices.resolve_voice
        self.recordings = recordings
        self._lock = threading.Lock()
        self._cancel = threading.Event()

    def inputs(self, scene: SceneEntry) -> dict[str, Any]:
        """Everything the scene's outputs are built from, narration included."""
        return render_inputs(self.root, scene, self.quality.folder, self.voice,
                             self.recordings_dir(scene))

    def recordings_dir(self, scene: SceneEntry) -> Path | None:
        """The teacher's recordings of the scene's lecture (``<recordings>/<lecture>/``)."""
        return self.recordings / scene.lecture if self.recordings else None

    def narration(self, scene: SceneEntry, cache: Path) -> Narration:
        """What the render worker's :class:`~scenes.common.beats.LectureScene` reads to speak."""
        return Narration(self.voice, cache, f"{scene.chapter}/{scene.name}",
                         self.recordings_dir(scene))

    # Step: plan
    def plan(self, scenes: list[SceneEntry]) -> tuple[list[Job], list[Outcome]]:
        """Split the scenes into jobs to render and outcomes that are already up to date."""
        todo: list[Job] = []
        done: list[Outcome] = []
        for scene in scenes:
            inputs = self.inputs(scene)
            key = inputs_key(inputs)
            manifest = self.layout.manifest(scene.lecture)
            record = manifest.scenes.get(scene.short_id)
            if not self.force and manifest.is_up_to_date(scene.short_id, key):
                assert record is not None
                done.append(Outcome(scene, Status.UP_TO_DATE, self.layout.video_path(scene),
                                    record.duration, record.render_seconds))
            else:
                todo.append(Job(scene, inputs, key, record.animations if record else None))
        return todo, done

    def status(self, scene: SceneEntry) -> Status:
        """UP_TO_DATE, OUT_OF_DATE or NOT_RENDERED at this quality."""
        key = inputs_key(self.inputs(scene))
        if self.layout.manifest(scene.lecture).is_up_to_date(scene.short_id, key):
            return Status.UP_TO_DATE
        if self.layout.video_path(scene).is_file():
            return Status.OUT_OF_DATE
        return Status.NOT_RENDERED

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
            self._cancel.set()  # each running launch stops its worker process
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        finally:
            pool.shutdown(wait=True)
        order = {job.scene.id: i for i, job in enumerate(todo)}
        return sorted(outcomes, key=lambda o: order[o.scene.id])

    def _run_in_slot(self, job: Job, slots: queue.Queue[int], reporter: Reporter) -> Outcome:
        if self._cancel.is_set():
            return Outcome(job.scene, Status.INTERRUPTED)
        slot = slots.get()
        try:
            reporter.scene_started(job)
            return self._render_one(job, slot, reporter)
        finally:
            slots.put(slot)

    def new_staging(self, scene: SceneEntry) -> Path:
        """A private folder beside the outputs (same filesystem: moves are atomic)."""
        unique = uuid.uuid4().hex[:8]
        return self.layout.staging_dir / f"{scene.lecture}.{scene.chapter}.{scene.name}.{unique}"

    def _render_one(self, job: Job, slot: int, reporter: Reporter) -> Outcome:
        scene = job.scene
        staging = self.new_staging(scene)
        cache = self.layout.cache_dir
        log = self.layout.log_path(scene)
        log.parent.mkdir(parents=True, exist_ok=True)
        # One TeX folder per worker slot: jobs in a slot run one after another, never at once.
        spec = WorkerSpec(str(self.root), scene.module, scene.name, self.quality.manim_name,
                          str(staging), str(cache / "tex" / f"slot-{slot}"),
                          str(cache / "texts" / f"slot-{slot}"), scene.params)
        try:
            with open(log, "w", encoding="utf-8") as log_file:
                result = launch_worker(spec, self.narration(scene, cache / "voice"),
                                       self._cancel,
                                       lambda n: reporter.scene_progress(job, n), log_file.write)
                log_file.write(result.traceback)
            return self.finish(job, result, log)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def finish(self, job: Job, result: WorkerResult, log: Path,
               worker: str | None = None) -> Outcome:
        """The outcome of a finished worker: its files published, or why there are none."""
        if result.cancelled or self._cancel.is_set():
            return Outcome(job.scene, Status.INTERRUPTED, log=log, worker=worker)
        if not result.ok:
            return Outcome(job.scene, Status.FAILED, error=result.error, where=result.where,
                           log=log, worker=worker)
        outcome = self._publish(job, result, log)
        outcome.worker = worker
        return outcome

    def _publish(self, job: Job, result: WorkerResult, log: Path) -> Outcome:
        """Move the finished files into place atomically and record them in the manifest."""
        scene = job.scene
        assert result.video is not None and result.duration is not None
        video = self.layout.video_path(scene)
        video.parent.mkdir(parents=True, exist_ok=True)
        subtitles = video.with_suffix(".srt")
        if result.subtitles:
            os.replace(result.subtitles, subtitles)
        else:
            subtitles.unlink(missing_ok=True)
        slides = self._publish_slides(scene, result.slides)
        staged_audio = Path(result.staging) / "audio" if result.staging else None
        swap_folder(staged_audio if staged_audio and staged_audio.is_dir() else None,
                    self.layout.audio_dir(scene))
        os.replace(result.video, video)
        folder = self.layout.quality_dir(scene.lecture)
        entry = SceneRecord(
            video=str(video.relative_to(folder)),
            subtitles=str(subtitles.relative_to(folder)) if result.subtitles else None,
            key=job.key, inputs=job.inputs, duration=result.duration,
            animations=result.animations or 0, beats=result.beats, warnings=result.warnings,
            slides=str(slides.relative_to(folder)) if slides else None,
            render_seconds=result.render_seconds or 0.0,
            rendered_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        with self._lock:
            manifest = self.layout.manifest(scene.lecture)
            manifest.record(scene.short_id, entry)
            manifest.save()
        return Outcome(scene, Status.RENDERED, video, result.duration, result.render_seconds,
                       log=log, warnings=result.warnings)

    def _publish_slides(self, scene: SceneEntry, staged: str | None) -> Path | None:
        """Move the scene's slide videos, then its slide list, into place.

        manim-slides resolves a slide's file against the folder above ``slides/``, so the
        layout ``<chapter>/slides/<Scene>.json`` + ``<chapter>/slides/files/<Scene>/`` keeps the
        JSON valid as written. The old files folder is swapped out, never half-overwritten.
        """
        target = self.layout.slides_path(scene)
        if not staged:
            target.unlink(missing_ok=True)
            return None
        staged_json = Path(staged)
        swap_folder(staged_json.parent / "files" / scene.name,
                    target.parent / "files" / scene.name)
        os.replace(staged_json, target)
        return target
