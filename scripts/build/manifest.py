"""The build manifest: for each output, what it was built from.

One manifest per lecture and quality, at ``media/<lecture>/<quality>/manifest.json``::

    {"lecture": "...", "quality": "480p15", "scenes": {
        "ch00/SpamLineTilts": {
            "video": "ch00/SpamLineTilts.mp4", "subtitles": "ch00/SpamLineTilts.srt",
            "key": "<sha256 of inputs>", "inputs": {...}, "duration": 31.2,
            "render_seconds": 24.0, "rendered_at": "2026-11-23T10:00:00+00:00"}}}

Paths are relative to the manifest's folder.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from scripts.files import atomic_write_text


@dataclass
class SceneRecord:
    """One rendered scene: its files (relative to the manifest's folder) and what built them."""

    video: str
    key: str  # the build key of ``inputs``
    inputs: dict[str, Any]
    duration: float
    animations: int
    render_seconds: float
    rendered_at: str
    subtitles: str | None = None
    slides: str | None = None
    beats: list[dict[str, Any]] = field(default_factory=list)  # narration, start, end, audio
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SceneRecord | None:
        """The record, or None if it lacks a field (written by an older version)."""
        names = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in data.items() if k in names})
        except TypeError:
            return None


class Manifest:
    """The records of one lecture at one quality; saved after every finished scene.

    Runs on one media folder save it under the lecture's publish lock, after :meth:`reload`
    (:meth:`scripts.build.layout.MediaLayout.publishing`), so none loses another's records.
    """

    def __init__(self, folder: Path, lecture: str, quality: str):
        self.folder = folder
        self.path = folder / "manifest.json"
        self.lecture = lecture
        self.quality = quality
        self.scenes: dict[str, SceneRecord] = {}
        self.reload()

    def reload(self) -> None:
        """Read the records on disk again (another run may have added some)."""
        self.scenes = {}
        if self.path.is_file():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                records = {k: SceneRecord.from_json(v) for k, v in data["scenes"].items()}
            except (json.JSONDecodeError, KeyError, AttributeError, TypeError):
                records = {}  # unreadable: everything counts as out of date
            self.scenes = {k: r for k, r in records.items() if r is not None}

    def is_up_to_date(self, short_id: str, key: str) -> bool:
        """True when the recorded output exists and was built from inputs with this key."""
        record = self.scenes.get(short_id)
        return bool(record and record.key == key and (self.folder / record.video).is_file())

    def record(self, short_id: str, entry: SceneRecord) -> None:
        self.scenes[short_id] = entry

    def save(self) -> None:
        scenes = {k: asdict(r) for k, r in self.scenes.items()}
        data = {"lecture": self.lecture, "quality": self.quality, "scenes": scenes}
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
