"""Where every output of one quality lives under ``media/``: asked by the renderer and exports.

::

    <media>/<lecture>/<quality>/manifest.json             what each output was built from
    <media>/<lecture>/<quality>/<chapter>/<Scene>.mp4     (.srt beside it)
    <media>/<lecture>/<quality>/<chapter>/slides/<Scene>.json  (+ slides/files/<Scene>/)
    <media>/<lecture>/<quality>/<chapter>/audio/<Scene>/beat-NN.wav
    <media>/<lecture>/<quality>/logs/<chapter>/<Scene>.log
    <media>/.staging/   private folders of scenes being rendered
    <media>/.cache/     TeX, text and voice caches, reused across runs
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from scripts.build.catalog import SceneEntry
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

    def manifest(self, lecture: str) -> Manifest:
        with self._lock:
            if lecture not in self._manifests:
                self._manifests[lecture] = Manifest(self.quality_dir(lecture), lecture,
                                                    self.quality.folder)
            return self._manifests[lecture]
