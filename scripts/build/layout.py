"""Where every output of one quality lives under ``media/``: asked by the renderer and exports.

::

    <media>/<lecture>/<quality>/manifest.json             what each output was built from
    <media>/<lecture>/<quality>/<chapter>/<Scene>.mp4     (.srt beside it)
    <media>/<lecture>/<quality>/<chapter>/slides/<Scene>.json  (+ slides/files/<Scene>/)
    <media>/<lecture>/<quality>/<chapter>/audio/<Scene>/beat-NN.wav
    <media>/<lecture>/<quality>/logs/<chapter>/<Scene>.log
    <media>/.staging/   private folders of scenes being rendered (one folder per live run)
    <media>/.cache/     TeX, text and voice caches, partial movies (scripts.build.partial_cache)
                        and module symbols (scripts.build.symbol_cache), reused across runs
    <media>/.locks/     lock files shared by runs on this media folder (scripts.build.locks)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scripts.build.catalog import SceneEntry
from scripts.build.locks import FileLock
from scripts.build.manifest import Manifest
from scripts.defaults import Quality


@dataclass
class MediaLayout:
    """The paths of one quality's outputs, and their manifests (one per lecture, shared)."""

    media_dir: Path
    quality: Quality
    _manifests: dict[str, Manifest] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def quality_dir(self, lecture: str) -> Path:
        return self.media_dir / lecture / self.quality.folder

    def video_path(self, scene: SceneEntry) -> Path:
        return self.quality_dir(scene.lecture) / scene.chapter / f"{scene.name}.mp4"

    def log_path(self, scene: SceneEntry) -> Path:
        return self.quality_dir(scene.lecture) / "logs" / scene.chapter / f"{scene.name}.log"

    def slides_path(self, scene: SceneEntry) -> Path:
        """The manim-slides presentation of a scene (one slide per beat)."""
        return self.quality_dir(scene.lecture) / scene.chapter / "slides" / f"{scene.name}.json"

    def audio_dir(self, scene: SceneEntry) -> Path:
        """The scene's per-beat narration, ``beat-NN.wav`` (for slide decks)."""
        return self.quality_dir(scene.lecture) / scene.chapter / "audio" / scene.name

    def clips_dir(self, scene: SceneEntry) -> Path:
        return self.video_path(scene).parent / "clips"

    def lecture_video(self, lecture: str) -> Path:
        return self.quality_dir(lecture) / f"{lecture}.mp4"

    def decks_dir(self, lecture: str) -> Path:
        return self.quality_dir(lecture) / "decks"

    @property
    def staging_dir(self) -> Path:
        return self.media_dir / ".staging"

    @property
    def cache_dir(self) -> Path:
        return self.media_dir / ".cache"

    @property
    def locks_dir(self) -> Path:
        return self.media_dir / ".locks"

    def lock(self, lecture: str, name: str) -> FileLock:
        """A lock shared by every run on this media folder, for this lecture and quality."""
        return FileLock(self.locks_dir / lecture / self.quality.folder / f"{name}.lock")

    @contextmanager
    def publishing(self, lecture: str) -> Iterator[Manifest]:
        """Hold the lecture's publish lock; yield its manifest as another run may have left
        it, to record into and save before the lock is released."""
        with self.lock(lecture, "publish"):  # excludes this run's other threads too
            manifest = self.manifest(lecture)
            manifest.reload()
            yield manifest

    def manifest(self, lecture: str) -> Manifest:
        with self._lock:
            if lecture not in self._manifests:
                self._manifests[lecture] = Manifest(self.quality_dir(lecture), lecture,
                                                    self.quality.folder)
            return self._manifests[lecture]
