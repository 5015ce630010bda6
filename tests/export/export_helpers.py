"""Helpers for the export tests: the mini lecture on disk and a CLI runner bound to it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import av
from click.testing import CliRunner, Result

from scripts.cli.main import main
from scripts.export.subtitles import Cue, read_srt

ASSEMBLY_FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "assembly"
#: The mini lecture's chapters and scenes, in order, as its TOML declares them.
CHAPTERS = {"Shapes: the first chapter": ["one/SquareThenCircle", "one/OneSquare"],
            "Dots = points; the second": ["two/ThreeDots"]}


@dataclass
class Mini:
    root: Path
    media: Path

    def invoke(self, *args: str) -> Result:
        return CliRunner().invoke(main, ["--root", str(self.root), "--media-dir",
                                         str(self.media), *args], catch_exceptions=False)

    @property
    def folder(self) -> Path:
        return self.media / "mini" / "480p15"

    @property
    def lecture(self) -> Path:
        return self.folder / "mini.mp4"

    def scene(self, short_id: str) -> Path:
        return self.folder / f"{short_id}.mp4"

    def manifest(self) -> dict:
        return json.loads((self.folder / "manifest.json").read_text())


def frames_and_rate(path: Path) -> tuple[int, float]:
    """(frame count, frames per second) counted from the packets, not the header."""
    with av.open(str(path)) as c:
        stream = c.streams.video[0]
        n = sum(1 for p in c.demux(stream) if p.size)
        return n, float(stream.codec_context.framerate)


def duration(path: Path) -> float:
    n, fps = frames_and_rate(path)
    return n / fps


def cues(path: Path) -> list[Cue]:
    return read_srt(path)
