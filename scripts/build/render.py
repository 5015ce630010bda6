"""Render scenes in parallel worker processes, only those whose inputs changed.

Outputs land where :class:`~scripts.build.layout.MediaLayout` says (``<media>/<lecture>/
<quality folder>/<chapter>/<Scene>.mp4``, ``.srt`` beside it). Each scene renders into a private
staging folder and is moved into place with :func:`os.replace` only when it finished, so a
failed or interrupted render never leaves a partial file at an output path and the previous
good output stays where it was.

Runs on one media folder share it safely (:mod:`scripts.build.locks`): each render takes a free
cache slot (a TeX and a text folder no running render uses), a scene being rendered by one run
is waited for by another (which says so, then finds it up to date), and a scene's files and its
manifest record are published under the lecture's publish lock. A place that cannot be written
(a full disk) stops the run with a :class:`~scripts.build.faults.WriteFault`.
"""

from __future__ import annotations

import errno
import os
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from scripts.build.catalog import SceneEntry
from scripts.build.contract import Narration, Status, WorkerResult, WorkerSpec
from scripts.build.dependencies import inputs_key, render_inputs
from scripts.build.faults import WriteFault, errno_of, is_write_fault
from scripts.build.launch import launch_worker
from scripts.build.layout import MediaLayout
from scripts.build.locks import first_free
from scripts.build.manifest import SceneRecord
from scripts.build.partial_cache import evict, limit_bytes, scene_cache_dir
from scripts.build.schedule import expected_seconds, longest_first
from scripts.build.staging import RunStaging, remove_dead_runs
from scripts.build.symbol_cache import use_disk_cache
from scripts.defaults import QUALITIES, Quality
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
    reused: int = 0  # animations taken from the partial-movie cache
    animations: int | None = None


def record_in(layouts: list[MediaLayout], scene: SceneEntry) -> SceneRecord | None:
    """The scene's record in the first of ``layouts`` (other qualities) that has one: its
    length, for a scene never rendered at this quality."""
    for layout in layouts:
        record = layout.manifest(scene.lecture).scenes.get(scene.short_id)
        if record is not None:
            return record
    return None


@dataclass
class Job:
    scene: SceneEntry
    inputs: dict[str, Any]
    key: str
    expected_animations: int | None = None
    #: How long it is expected to take (from its last render), to start long scenes first.
    expected_seconds: float | None = None


class Reporter(Protocol):
    def start(self, jobs: list[Job], up_to_date: int) -> None: ...
    def scene_waiting(self, job: Job, seconds: float, holder: int | None) -> None: ...
    def scene_started(self, job: Job) -> None: ...
    def scene_progress(self, job: Job, animations: int, frames: int | None = None,
                       total: int | None = None) -> None: ...
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
        self._cancel = threading.Event()
        self.staging = RunStaging(self.layout.staging_dir)
        self.removed_staging: list[Path] = []  # dead runs' folders removed by :meth:`plan`
        use_disk_cache(self.layout.cache_dir / "build-keys.json")

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
        """Split the scenes into jobs to render and outcomes that are already up to date
        (removing first what killed runs left in staging)."""
        self.removed_staging += remove_dead_runs(self.layout.staging_dir)
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
        others = [MediaLayout(self.layout.media_dir, q) for q in QUALITIES.values()
                  if q != self.quality]
        estimates = expected_seconds(
            [self.layout.manifest(job.scene.lecture).scenes.get(job.scene.short_id)
             for job in todo],
            [record_in(others, job.scene) for job in todo])
        for job, seconds in zip(todo, estimates, strict=True):
            job.expected_seconds = seconds
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
        """Render the jobs, ``self.jobs`` at a time. Ctrl-C stops every worker and re-raises;
        so does a place that cannot be written, as a :class:`WriteFault`."""
        outcomes: list[Outcome] = []
        pool = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="render")
        # The longest first: the run does not end on one long scene rendering alone.
        futures = [pool.submit(self._run_in_slot, job, reporter)
                   for job in longest_first(todo, lambda job: job.expected_seconds)]
        try:
            for future in as_completed(futures):
                outcome = future.result()
                self._stop_on_write_fault(outcome)
                outcomes.append(outcome)
                reporter.scene_finished(outcome)
        except BaseException as exc:  # Ctrl-C, a write fault: stop every worker
            self._cancel.set()  # each running launch stops its worker process
            pool.shutdown(wait=True, cancel_futures=True)
            if is_write_fault(exc):
                assert isinstance(exc, OSError)
                raise WriteFault(exc.errno or 0, self.layout.media_dir, exc.filename,
                                 self._space_needed(todo)) from None
            raise
        finally:
            pool.shutdown(wait=True)
            self.staging.close()
            if todo:
                evict(self.layout.cache_dir)  # the partial-movie cache stays within its bound
        order = {job.scene.id: i for i, job in enumerate(todo)}
        return sorted(outcomes, key=lambda o: order[o.scene.id])

    def _stop_on_write_fault(self, outcome: Outcome) -> None:
        """A worker that could not write here (a full disk) fails every scene after it: stop.
        (A scene's own code failing to write elsewhere is that scene's failure.)"""
        code = errno_of(outcome.error) if outcome.status == Status.FAILED else None
        if code is None:
            return
        whole_disk = code in (errno.ENOSPC, errno.EDQUOT, errno.EROFS)
        if whole_disk or str(self.layout.media_dir) in (outcome.error or ""):
            raise OSError(code, os.strerror(code), None)

    def _space_needed(self, jobs: list[Job]) -> int | None:
        """What the jobs' previous outputs take, if they were rendered before."""
        sizes = [self.layout.video_path(j.scene) for j in jobs]
        total = sum(p.stat().st_size for p in sizes if p.is_file())
        return total or None

    def _run_in_slot(self, job: Job, reporter: Reporter) -> Outcome:
        if self._cancel.is_set():
            return Outcome(job.scene, Status.INTERRUPTED)
        scene = job.scene
        lock = self.layout.lock(scene.lecture, f"{scene.chapter}.{scene.name}")
        if not lock.acquire(lambda s, pid: reporter.scene_waiting(job, s, pid), self._cancel):
            return Outcome(scene, Status.INTERRUPTED)
        try:
            done = self._done_meanwhile(job)
            if done is not None:
                return done
            # A TeX and a text folder that no running render, of this run or another, uses.
            with first_free(self.layout.cache_dir / "slots", "slot") as slot:
                reporter.scene_started(job)
                return self._render_one(job, slot, reporter)
        finally:
            lock.release()

    def _done_meanwhile(self, job: Job) -> Outcome | None:
        """The scene as another run left it while this one waited, if that is up to date."""
        if self.force:
            return None
        manifest = self.layout.manifest(job.scene.lecture)
        manifest.reload()
        record = manifest.scenes.get(job.scene.short_id)
        if record is None or not manifest.is_up_to_date(job.scene.short_id, job.key):
            return None
        return Outcome(job.scene, Status.UP_TO_DATE, self.layout.video_path(job.scene),
                       record.duration, record.render_seconds)

    def partial_cache_dir(self, scene: SceneEntry) -> Path:
        """The scene's partial movies at this quality, re-used by its next render."""
        return scene_cache_dir(self.layout.cache_dir, self.quality.folder, scene.lecture,
                               scene.chapter, scene.name)

    def new_staging(self, scene: SceneEntry) -> Path:
        """A private folder beside the outputs (same filesystem: moves are atomic)."""
        return self.staging.new(f"{scene.lecture}.{scene.chapter}.{scene.name}")

    def _render_one(self, job: Job, slot: str, reporter: Reporter) -> Outcome:
        scene = job.scene
        staging = self.new_staging(scene)
        cache = self.layout.cache_dir
        log = self.layout.log_path(scene)
        log.parent.mkdir(parents=True, exist_ok=True)
        spec = WorkerSpec(str(self.root), scene.module, scene.name, self.quality.manim_name,
                          str(staging), str(cache / "tex" / slot), str(cache / "texts" / slot),
                          scene.params,
                          str(self.partial_cache_dir(scene)) if limit_bytes() else None)
        try:
            with open(log, "w", encoding="utf-8") as log_file:
                write = _KeepFirstError(log_file.write)
                result = launch_worker(
                    spec, self.narration(scene, cache / "voice"), self._cancel,
                    lambda n, f=None, t=None: reporter.scene_progress(job, n, f, t), write,
                    keep_fds=(self.staging.lock_fd,))
                write(result.traceback)
                write.raise_if_failed()
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
        with self.layout.publishing(scene.lecture) as manifest:
            self._move_into_place(job, result, video, subtitles)
            folder = self.layout.quality_dir(scene.lecture)
            slides = self.layout.slides_path(scene) if result.slides else None
            entry = SceneRecord(
                video=str(video.relative_to(folder)),
                subtitles=str(subtitles.relative_to(folder)) if result.subtitles else None,
                key=job.key, inputs=job.inputs, duration=result.duration,
                animations=result.animations or 0, beats=result.beats,
                warnings=result.warnings,
                slides=str(slides.relative_to(folder)) if slides else None,
                render_seconds=result.render_seconds or 0.0,
                rendered_at=datetime.now(UTC).isoformat(timespec="seconds"),
            )
            manifest.record(scene.short_id, entry)
            manifest.save()
        return Outcome(scene, Status.RENDERED, video, result.duration, result.render_seconds,
                       log=log, warnings=result.warnings, reused=result.reused_animations,
                       animations=result.animations)

    def _move_into_place(self, job: Job, result: WorkerResult, video: Path,
                         subtitles: Path) -> None:
        """Each file by an atomic rename, the video last (until then the old one stays)."""
        scene = job.scene
        assert result.video is not None
        if result.subtitles:
            os.replace(result.subtitles, subtitles)
        else:
            subtitles.unlink(missing_ok=True)
        self._publish_slides(scene, result.slides)
        staged_audio = Path(result.staging) / "audio" if result.staging else None
        swap_folder(staged_audio if staged_audio and staged_audio.is_dir() else None,
                    self.layout.audio_dir(scene))
        os.replace(result.video, video)

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


class _KeepFirstError:
    """A log writer for the thread that reads a worker's output: an error writing the log
    (a full disk) must not stop that thread, or the worker would block on a full pipe; the
    first one is kept and raised once the worker is done."""

    def __init__(self, write: Callable[[str], object]):
        self._write = write
        self.error: OSError | None = None

    def __call__(self, text: str) -> None:
        if self.error is None:
            try:
                self._write(text)
            except OSError as exc:
                self.error = exc

    def raise_if_failed(self) -> None:
        if self.error is not None:
            raise self.error
