"""The few ffmpeg operations assembly and export need, and the checks around them.

manim encodes through PyAV's bundled libraries, but joining videos with chapter markers and a
subtitle track, and encoding WebM and GIF, are one command each for the ``ffmpeg`` program, so
the set-up installs Debian's ``ffmpeg``. Every function writes to the path it is given; callers
hand it a temporary name and move the result into place themselves.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    import av


class FFmpegError(RuntimeError):
    """ffmpeg is missing or failed; the message says which file and what it printed."""


def ffmpeg_binary() -> str:
    """The ``ffmpeg`` program, or an error that says how to install it."""
    path = shutil.which("ffmpeg")
    if path is None:
        raise FFmpegError(
            "ffmpeg is not installed; it joins the lecture and encodes WebM/GIF clips. "
            "Install it with: sudo apt-get install -y ffmpeg (./run lecture does it for you)"
        )
    return path


def run_ffmpeg(args: list[str], what: str) -> None:
    """Run ``ffmpeg ARGS`` quietly; on failure raise with the end of its error output."""
    cmd = [ffmpeg_binary(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        raise FFmpegError(f"ffmpeg failed while {what} (exit {proc.returncode}):\n{tail}")


@dataclass(frozen=True)
class VideoInfo:
    """What assembly needs to know about a video file."""

    frames: int  # shown at the constant rate: a held frame counts as often as it is shown
    fps: Fraction
    width: int
    height: int
    codec: str

    @property
    def duration(self) -> float:
        """Seconds, exactly frames / fps (what a join without re-encoding adds up)."""
        return float(self.frames / self.fps)


def video_info(path: Path) -> VideoInfo:
    """Frame count, rate, size and codec of the first video stream of ``path``."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        fps = _rate(stream)
        return VideoInfo(_frames_shown(container, stream, fps), fps, stream.codec_context.width,
                         stream.codec_context.height, stream.codec_context.name)


def _rate(stream) -> Fraction:  # noqa: ANN001 (a PyAV video stream)
    return Fraction(stream.codec_context.framerate or stream.guessed_rate or stream.average_rate)


def _frames_shown(container, stream, fps: Fraction) -> int:  # noqa: ANN001 (PyAV's)
    """How many frames a player shows at ``fps``: the stream's length in frames. A held frame
    is stored once a second of the hold (``scenes/common/encoding.py``), so the frames stored
    are fewer than the frames shown."""
    if stream.duration and stream.time_base:
        return round(stream.duration * stream.time_base * fps)
    if container.duration:
        return round(Fraction(container.duration, 1_000_000) * fps)
    return sum(1 for p in container.demux(stream) if p.size)  # no length recorded: count


def frames_at_rate(path: Path) -> Iterator[av.VideoFrame]:
    """The frames of ``path``'s first video stream as a player shows them at its constant
    rate: a frame stored once for a hold is given once for each frame time it covers."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        fps = _rate(stream)
        total = _frames_shown(container, stream, fps)
        shown, held = 0, None
        for frame in container.decode(stream):
            if held is not None:
                start = round(frame.time * fps) if frame.time is not None else shown + 1
                for _ in range(max(1, start - shown)):
                    yield held
                    shown += 1
            held = frame
        if held is not None:
            for _ in range(max(1, total - shown)):
                yield held


def encode_webm(src: Path, dest: Path) -> None:
    """VP9 (and Opus narration, if any) in WebM for web pages: constant quality, the fastest
    VP9 settings."""
    run_ffmpeg(["-i", str(src), "-map", "0:v", "-map", "0:a?", "-c:a", "libopus", "-b:a", "64k",
                "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "38",
                "-deadline", "realtime", "-cpu-used", "8", "-row-mt", "1", "-f", "webm",
                str(dest)], f"encoding {src.name} to WebM")


def encode_gif(src: Path, dest: Path, fps: int, width: int) -> None:
    """A looping GIF with a palette made for this clip (sharp text, small file)."""
    graph = (f"fps={fps},scale={width}:-2:flags=lanczos,split[a][b];"
             "[a]palettegen=max_colors=96:stats_mode=diff[p];"
             "[b][p]paletteuse=dither=bayer:bayer_scale=4:diff_mode=rectangle")
    run_ffmpeg(["-i", str(src), "-an", "-filter_complex", graph, "-loop", "0", "-f", "gif",
                str(dest)], f"encoding {src.name} to GIF")


def last_frame_png(src: Path, dest: Path) -> None:
    """The final frame of ``src`` as a PNG (a scene's poster: its finished picture)."""
    run_ffmpeg(["-sseof", "-0.5", "-i", str(src), "-update", "1", "-frames:v", "1000",
                "-f", "image2", "-c:v", "png", str(dest)], f"taking the last frame of {src.name}")
