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


#: The conventions viewers expect of captions (broadcast and streaming style guides).
MAX_LINES = 2
MAX_LINE_CHARS = 42
MIN_SHOWN = 1.0  # seconds
MAX_SHOWN = 7.0
MAX_CHARS_PER_SECOND = 20.0


def caption_problems(cues: list[Cue], tolerance: float = 1 / 15) -> list[str]:
    """Every way ``cues`` break the conventions: too many or too long lines, shown too briefly
    or too long, or too fast to read. ``tolerance`` (a frame, by default) absorbs rounding of
    cue times to frames."""
    problems = []
    for cue in cues:
        lines = cue.text.split("\n")
        shown = cue.end - cue.start
        where = f"{cue.start:7.2f}s {cue.text!r}"
        if len(lines) > MAX_LINES:
            problems.append(f"{where}: {len(lines)} lines")
        if any(len(line) > MAX_LINE_CHARS for line in lines):
            problems.append(f"{where}: a line over {MAX_LINE_CHARS} characters")
        if shown < MIN_SHOWN - tolerance:
            problems.append(f"{where}: shown {shown:.2f} s, under {MIN_SHOWN:g} s")
        if shown > MAX_SHOWN + tolerance:
            problems.append(f"{where}: shown {shown:.2f} s, over {MAX_SHOWN:g} s")
        rate = len(cue.text.replace("\n", " ")) / max(shown, 1e-9)
        if rate > MAX_CHARS_PER_SECOND + 0.5:
            problems.append(f"{where}: {rate:.1f} characters a second")
    return problems
