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
from pathlib import Path
from typing import Any

from scripts.files import atomic_write_text


class Manifest:
    """The records of one lecture at one quality; saved after every finished scene."""

    def __init__(self, folder: Path, lecture: str, quality: str):
        self.folder = folder
        self.path = folder / "manifest.json"
        self.lecture = lecture
        self.quality = quality
        self.scenes: dict[str, dict[str, Any]] = {}
        if self.path.is_file():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                self.scenes = dict(data.get("scenes", {}))
            except (json.JSONDecodeError, AttributeError):
                self.scenes = {}  # unreadable: everything counts as out of date

    def is_up_to_date(self, short_id: str, key: str) -> bool:
        """True when the recorded output exists and was built from inputs with this key."""
        record = self.scenes.get(short_id)
        return bool(
            record
            and record.get("key") == key
            and (self.folder / record.get("video", "")).is_file()
        )

    def record(self, short_id: str, entry: dict[str, Any]) -> None:
        self.scenes[short_id] = entry

    def save(self) -> None:
        data = {"lecture": self.lecture, "quality": self.quality, "scenes": self.scenes}
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
