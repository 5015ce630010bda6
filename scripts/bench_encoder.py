"""Benchmark libx264's presets on frames like ours: CPU a frame, bytes, and quality.

Draws a moving probability field once (a sigmoid ramp turning, orange into blue over the dark
background, with a grid of thin lines: what a field scene's frames hold), then encodes the same
frames with each preset at manim's ``crf`` 23 and prints the CPU seconds of the encoding alone
(conversion to yuv420p included, as manim's encoder thread does it), the file's size and the
PSNR of the decoded frames against the frames drawn. ``scenes/common/encoding.py`` chose its
preset from these figures.

    .venv/bin/python scripts/bench_encoder.py [--quality high] [--frames 90]
        [--presets medium,faster,veryfast,superfast]

Figures depend on the machine and its load; this prints them, it asserts nothing.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import av
import numpy as np

SIZES = {"low": (854, 480), "medium": (1280, 720), "high": (1920, 1080), "4k": (3840, 2160)}
RATES = {"low": 15, "medium": 30, "high": 60, "4k": 60}
CRF = "23"  # manim 0.21's


def field_frames(width: int, height: int, count: int) -> list[np.ndarray]:
    """``count`` RGBA frames of a field whose boundary turns by 0.02 rad a frame."""
    y, x = np.mgrid[0:height, 0:width] * (4.8 / height)
    frames = []
    for i in range(count):
        angle = 0.02 * i
        h = 1 / (1 + np.exp(-3 * (np.cos(angle) * (x - 2.4) + np.sin(angle) * (y - 1.3))))
        frame = np.empty((height, width, 4), np.uint8)
        frame[..., 0] = 20 + 210 * h
        frame[..., 1] = 30 + 90 * h
        frame[..., 2] = 20 + 210 * (1 - h)
        frame[..., 3] = 255
        frame[:: max(height // 20, 1), :, :3] = 200  # thin grid lines
        frames.append(frame)
    return frames


def encode(frames: list[np.ndarray], preset: str, rate: int, path: Path,
           bframes: str = "preset") -> float:
    """Encode ``frames`` to ``path`` (at most ``bframes`` B-frames in a row, unless it is
    ``preset``: the preset's own); the CPU seconds it took."""
    height, width = frames[0].shape[:2]
    options = {"crf": CRF, "preset": preset} | ({} if bframes == "preset" else {"bf": bframes})
    start = time.process_time()
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=rate, options=options)
        stream.pix_fmt = "yuv420p"
        stream.width, stream.height = width, height
        for frame in frames:
            container.mux(stream.encode(av.VideoFrame.from_ndarray(frame, format="rgba")))
        container.mux(stream.encode())
    return time.process_time() - start


def psnr(path: Path, frames: list[np.ndarray], every: int = 15) -> float:
    """Mean PSNR (dB) of every ``every``-th decoded frame against the frame drawn."""
    values = []
    with av.open(str(path)) as container:
        for i, decoded in enumerate(container.decode(video=0)):
            if i % every == 0:
                error = decoded.to_ndarray(format="rgb24").astype(float) - frames[i][..., :3]
                values.append(10 * np.log10(255 ** 2 / max(float(np.mean(error ** 2)), 1e-12)))
    return float(np.mean(values))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quality", choices=sorted(SIZES), default="high")
    parser.add_argument("--frames", type=int, default=90)
    parser.add_argument("--presets", default="medium,faster,veryfast,superfast")
    parser.add_argument("--bframes", default="preset",
                        help="B-frames in a row, comma-separated ('preset': the preset's own; "
                             "the lecture encodes with 0)")
    args = parser.parse_args(argv)
    width, height = SIZES[args.quality]
    frames = field_frames(width, height, args.frames)
    print(f"{args.frames} frames at {width}x{height}, crf {CRF}")
    print(f"{'preset':<10} {'B-frames':>8} {'ms a frame':>10} {'bytes':>10} {'PSNR':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for preset in args.presets.split(","):
            for bframes in args.bframes.split(","):
                path = Path(tmp) / f"{preset}-{bframes}.mp4"
                cpu = encode(frames, preset, RATES[args.quality], path, bframes)
                print(f"{preset:<10} {bframes:>8} {1000 * cpu / len(frames):10.1f} "
                      f"{path.stat().st_size:10d} {psnr(path, frames):7.2f} dB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
