"""The contract between a renderer (local pool or Dask task) and the render worker process.

Everything both sides must agree on is named here once: the environment variables a scene
process reads, the key naming withheld parameters, the progress line prefix, the voice and
theme names a lecture file may use, the worker's job (:class:`WorkerSpec`) and result
(:class:`WorkerResult`), and the statuses a scene can be in (:class:`Status`).

This module imports nothing from the project and nothing heavy: scene processes import it
(``scenes.common.params``, ``scenes.common.beats``, ``narration.voices``), so it is part of
every scene's build key, and a change here re-renders everything, as a change of the contract
should.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

# Step: names both sides read

#: The chapter's parameters for the scene, as JSON (see ``scenes.common.params``).
ENV_PARAMS = "LECTURE_PARAMS"
#: Who speaks (a resolved voice name, see ``narration.voices``); unset or "none": silence.
ENV_VOICE = "LECTURE_VOICE"
#: Where spoken clips are cached (content-addressed; safe to share between workers).
ENV_VOICE_CACHE = "LECTURE_VOICE_CACHE"
#: ``<chapter>/<Scene>``: names the scene's beats for recordings and the script.
ENV_BEAT_PREFIX = "LECTURE_BEAT_PREFIX"
#: The folder of the teacher's recordings of this lecture.
ENV_RECORDINGS = "LECTURE_RECORDINGS"
#: A theme for scenes whose chapter names none (``LECTURE_THEME=light`` for slides).
ENV_THEME = "LECTURE_THEME"
#: The project checkout to render from, and where outputs go (defaults in ``scripts.defaults``).
ENV_ROOT = "LECTURE_ROOT"
ENV_MEDIA_DIR = "LECTURE_MEDIA_DIR"

#: Key of the JSON parameters naming those a scene did not declare in ``uses_params``.
WITHHELD_KEY = "_withheld"
#: A worker's stdout line ``@@progress N``: N animations played so far.
PROGRESS_PREFIX = "@@progress "

#: The voices a lecture file or ``--voice`` may name.
VOICES = ("piper", "espeak", "recordings", "none")
#: The themes a chapter's ``theme`` parameter may name (``scenes.common.theme.THEMES`` has one
#: each).
THEME_NAMES = ("dark", "light")


class Status(StrEnum):
    """Where one scene stands: after planning (the first three) or after a run (the rest)."""

    UP_TO_DATE = "up to date"
    OUT_OF_DATE = "out of date"
    NOT_RENDERED = "not rendered"
    RENDERED = "rendered"
    FAILED = "failed"
    INTERRUPTED = "interrupted"


# Step: the job and its result

@dataclass(frozen=True)
class WorkerSpec:
    """What one render worker process renders, and where (written as ``spec.json``)."""

    root: str  # the project checkout
    module: str  # dotted module of the scene
    scene: str  # its class name
    quality: str  # manim's quality key, e.g. "low_quality"
    staging: str  # the private folder the worker writes into
    tex_dir: str  # a TeX folder no other running worker uses (manim empties it)
    text_dir: str
    params: dict[str, Any] = field(default_factory=dict)
    #: The scene's partial-movie cache (``scripts.build.partial_cache``); None: no caching.
    partial_cache: str | None = None

    @property
    def result_path(self) -> Path:
        return Path(self.staging) / "result.json"

    @property
    def path(self) -> Path:
        return Path(self.staging) / "spec.json"

    def write(self) -> Path:
        self.path.write_text(json.dumps(asdict(self)), encoding="utf-8")
        return self.path

    @classmethod
    def read(cls, path: Path) -> WorkerSpec:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


@dataclass
class WorkerResult:
    """What a worker reports: the staged files and their facts, or where it failed."""

    ok: bool
    error: str | None = None  # "ExceptionType: message" when not ok
    where: str | None = None  # file:line in the project where it failed
    traceback: str = ""
    cancelled: bool = False  # stopped by Ctrl-C or the client; no files
    staging: str | None = None
    video: str | None = None
    subtitles: str | None = None
    slides: str | None = None  # manim-slides' JSON, with ``files/<Scene>/`` beside it
    duration: float | None = None
    animations: int | None = None
    beats: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    render_seconds: float | None = None
    reused_animations: int = 0  # partial movies taken from the cache, not rendered

    @classmethod
    def failure(cls, error: str, where: str = "worker", traceback: str = "") -> WorkerResult:
        return cls(ok=False, error=error, where=where, traceback=traceback)

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> WorkerResult:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Narration:
    """How the worker's scene speaks; :meth:`env` is what it reads."""

    voice: str = "none"
    cache: Path | None = None
    beat_prefix: str | None = None
    recordings: Path | None = None

    def env(self) -> dict[str, str]:
        env = {ENV_VOICE: self.voice}
        if self.cache is not None:
            env[ENV_VOICE_CACHE] = str(self.cache)
        if self.beat_prefix is not None:
            env[ENV_BEAT_PREFIX] = self.beat_prefix
        if self.recordings is not None and "recordings" in self.voice:
            env[ENV_RECORDINGS] = str(self.recordings)
        return env
