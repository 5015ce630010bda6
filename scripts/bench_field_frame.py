"""What one moving frame of a field costs the camera: manim's image path against ours.

Draws a ``ProbabilityField`` (the lecture's field piece, 6 units wide) whose weights change
every frame, so that each frame recomputes, warps and composites it, and prints the CPU
milliseconds a frame for three cameras: manim's ``Camera``, the lecture's box compositing
with the perspective transform manim warps with, and the lecture's camera as it is (an
upright field warped by ``Image.resize``). Only the field is drawn; the rest of a scene's
frame (Cairo, the encoder) is the same on every path.

    .venv/bin/python scripts/bench_field_frame.py [--quality high] [--frames 200]

Figures depend on the machine and its load; this prints them, it asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from unittest import mock

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

QUALITIES = {"low": "low_quality", "medium": "medium_quality", "high": "high_quality"}


def ms_a_frame(camera_class: type, quality: str, frames: int) -> float:
    """CPU milliseconds per frame for ``camera_class`` drawing a field whose weights move."""
    from manim import tempconfig

    from scenes.common.pieces import ProbabilityField
    from scenes.common.plots import plane_axes
    from scenes.common.theme import DARK
    from scenes.logistic_regression.ch02_boundary import BOX

    with tempconfig({"quality": QUALITIES[quality]}):
        theta = np.array([0.5, 1.0, -0.8])
        field = ProbabilityField(plane_axes(DARK, BOX, 6.0), lambda: theta, DARK)
        camera = camera_class(background_color=DARK.background)
        camera.capture_mobjects([field])  # the first frame: nothing kept yet either way
        start = time.process_time()
        for i in range(frames):
            theta[0] = 0.5 + 0.01 * (i + 1)
            field.update()
            camera.reset()
            camera.capture_mobjects([field])
        return 1000 * (time.process_time() - start) / frames


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quality", choices=sorted(QUALITIES), default="high")
    parser.add_argument("--frames", type=int, default=200)
    args = parser.parse_args(argv)
    if args.frames < 1:
        parser.error("--frames must be at least 1")

    from manim import Camera

    from scenes.common import compositing

    lecture_camera = compositing.with_box_compositing(Camera)
    print(f"{args.frames} frames of a moving field at {args.quality} quality")
    print(f"{'camera':<48} {'CPU a frame':>12}")
    print(f"{'manim Camera':<48} {ms_a_frame(Camera, args.quality, args.frames):9.1f} ms")
    with mock.patch.object(compositing, "_upright_warp", return_value=None):
        transform = ms_a_frame(lecture_camera, args.quality, args.frames)
    print(f"{'box compositing, perspective transform':<48} {transform:9.1f} ms")
    print(f"{'box compositing, upright resize (the lecture)':<48} "
          f"{ms_a_frame(lecture_camera, args.quality, args.frames):9.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
