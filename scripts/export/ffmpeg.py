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

    frames: int
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
        fps = Fraction(stream.codec_context.framerate or stream.guessed_rate or stream.average_rate)
        frames = stream.frames
        if not frames:  # not recorded in the container: count packets
            frames = sum(1 for p in container.demux(stream) if p.size)
        return VideoInfo(frames, fps, stream.codec_context.width, stream.codec_context.height,
                         stream.codec_context.name)


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
