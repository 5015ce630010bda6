"""Subtitle cues: read a scene's ``.srt``, shift cues in time, write SRT and WebVTT.

Browsers' ``<track>`` elements read only WebVTT, players and editors prefer SRT, and the
lecture's embedded track is made from the SRT: one list of cues feeds all three.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import srt


@dataclass(frozen=True)
class Cue:
    start: float  # seconds
    end: float
    text: str


def read_srt(path: Path | None) -> list[Cue]:
    """The cues of an ``.srt`` file; none if there is no file."""
    if path is None or not path.is_file():
        return []
    return [Cue(c.start.total_seconds(), c.end.total_seconds(), c.content)
            for c in srt.parse(path.read_text(encoding="utf-8"))]


def shifted(cues: list[Cue], offset: float) -> list[Cue]:
    return [Cue(c.start + offset, c.end + offset, c.text) for c in cues]


def to_srt(cues: list[Cue]) -> str:
    return srt.compose([
        srt.Subtitle(i, timedelta(seconds=c.start), timedelta(seconds=c.end), c.text)
        for i, c in enumerate(cues, start=1)
    ], reindex=False)


def _vtt_time(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def to_vtt(cues: list[Cue]) -> str:
    blocks = ["WEBVTT", ""]
    for c in cues:
        blocks += [f"{_vtt_time(c.start)} --> {_vtt_time(c.end)}", c.text, ""]
    return "\n".join(blocks)
