"""Helpers for the export tests: the mini lecture on disk and a CLI runner bound to it."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from click.testing import CliRunner, Result
from PIL import Image
from pptx import Presentation

from scripts.cli.main import main
from scripts.export.ffmpeg import frames_at_rate
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
    """(frames a player shows, frames per second), counted by decoding: a held frame is
    stored once a second of its hold and shown at every frame time it covers."""
    with av.open(str(path)) as c:
        fps = float(c.streams.video[0].codec_context.framerate)
    return sum(1 for _ in frames_at_rate(path)), fps


def duration(path: Path) -> float:
    n, fps = frames_and_rate(path)
    return n / fps


def cues(path: Path) -> list[Cue]:
    return read_srt(path)


def last_frame(video: Path | bytes) -> np.ndarray:
    """The final frame of a video file (or its bytes), decoded, as RGB (height, width, 3) ints."""
    with av.open(io.BytesIO(video) if isinstance(video, bytes) else str(video)) as c:
        frames = list(c.decode(video=0))
        return frames[-1].to_ndarray(format="rgb24").astype(int)


#: A pixel is "drawn" when its grey level differs from the picture's median (its background)
#: by more than this.
DRAWN_LEVELS = 40


def drawn_fraction(rgb: np.ndarray) -> float:
    """Share of the pixels that stand out from the background (0 for a uniform picture)."""
    grey = rgb.mean(axis=2)
    return float((np.abs(grey - np.median(grey)) > DRAWN_LEVELS).mean())


def assert_not_blank(rgb: np.ndarray, what: str) -> None:
    """Something is drawn: at least 1 pixel in 10,000 stands out (three small dots at 480p
    are 6 in 10,000; an empty background is 0)."""
    assert drawn_fraction(rgb) > 1e-4, f"{what} is blank: a uniform background"


def assert_same_picture(got: np.ndarray, want: np.ndarray, what: str) -> None:
    """The same picture within a small pixel tolerance: close on average (a copy that went
    through a PDF's JPEG is about 1 level off), and fewer than 1 pixel in 10,000 clearly
    different (a clip's first frame, against its last, differs in 6 to 35 in 10,000 in the
    mini lecture)."""
    assert got.shape == want.shape, f"{what}: {got.shape} is not {want.shape}"
    diff = np.abs(got - want).max(axis=2)
    assert diff.mean() < 3.0, f"{what}: mean difference {diff.mean():.2f} levels"
    assert (diff > DRAWN_LEVELS).mean() < 1e-4, \
        f"{what}: {(diff > DRAWN_LEVELS).mean():.4%} of the pixels differ"


def image_pixels(data: bytes | Path) -> np.ndarray:
    """An image file (or its bytes) as RGB (height, width, 3) ints."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    with Image.open(source) as im:
        return np.asarray(im.convert("RGB")).astype(int)


def pptx_clips(path: Path) -> list[tuple[bytes, bytes]]:
    """Per slide of a PPTX deck: (its clip's poster frame image, the clip itself), both as
    stored in the file; the slide's narration, also a movie shape, is not its clip."""
    out = []
    for slide in Presentation(str(path)).slides:
        clips = []
        for shape in slide.shapes:
            if shape.shape_type != 16:  # MSO_SHAPE_TYPE.MEDIA
                continue
            rid = shape._element.xpath("./p:nvPicPr/p:nvPr/a:videoFile/@r:link")[0]
            media = slide.part.related_part(rid)
            if media.content_type.startswith("video/"):
                clips.append((shape.poster_frame.blob, media.blob))
        assert len(clips) == 1, f"{len(clips)} clips on a slide"
        out += clips
    return out
