"""Where a scene's render time goes: ``python scripts/profile_scene.py MODULE SCENE``.

Renders the scene (or a range of its animations) once, in this process, with timers around
the parts of a frame, and prints the split: computing fields (``FieldImage.refresh``), warping
and compositing images (``Camera.display_image_mobject``), drawing the other mobjects with
Cairo, the other updaters, handing frames to the encoder, and the encoder itself (the CPU
time of every other thread: manim's encoder thread and libx264's). ``--manim-images`` draws
images on manim's own path instead of ``scenes.common.compositing``, and ``--no-still-layers``
draws every leaf every frame instead of using ``scenes.common.layers``, for a before/after.

Example (the split in the README)::

    python scripts/profile_scene.py scenes.logistic_regression.ch02_boundary \\
        BoundaryRotatesOverTheField --quality high --animations 7,14
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUALITIES = {"low": "low_quality", "medium": "medium_quality", "high": "high_quality",
             "4k": "fourk_quality"}


def _timed(totals: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` adding its wall time to ``totals[name]`` (not when nested in itself)."""
    depth = [0]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        depth[0] += 1
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                totals[name] += time.perf_counter() - start

    return wrapper


def profile(module: str, scene: str, quality: str, animations: str | None,
            manim_images: bool, manim_drawing: bool = False) -> dict[str, float]:
    """Render once; the seconds spent in each part (see the module docstring)."""
    sys.path.insert(0, str(ROOT))
    from manim import Camera, Scene, tempconfig

    from scenes.common.compositing import BoxCompositing
    from scenes.common.layers import StillLayers
    from scenes.common.pieces import FieldImage

    totals: dict[str, float] = defaultdict(float)
    FieldImage.refresh = _timed(totals, "field", FieldImage.refresh)  # type: ignore[method-assign]
    for cls in (Camera, BoxCompositing):
        cls.display_image_mobject = _timed(  # type: ignore[method-assign]
            totals, "images", cls.display_image_mobject)
    Camera.display_multiple_vectorized_mobjects = _timed(  # type: ignore[method-assign]
        totals, "vector mobjects", Camera.display_multiple_vectorized_mobjects)
    StillLayers._layer = _timed(  # type: ignore[method-assign]
        totals, "still layers drawn", StillLayers._layer)
    StillLayers._paint = staticmethod(_timed(  # type: ignore[method-assign]
        totals, "still layers painted", StillLayers._paint))
    Scene.update_mobjects = _timed(  # type: ignore[method-assign]
        totals, "updaters", Scene.update_mobjects)
    from manim.renderer.cairo_renderer import CairoRenderer
    from manim.scene.scene_file_writer import SceneFileWriter
    CairoRenderer.update_frame = _timed(  # type: ignore[method-assign]
        totals, "frame (rest)", CairoRenderer.update_frame)
    SceneFileWriter.write_frame = _timed(  # type: ignore[method-assign]
        totals, "frame hand-off", SceneFileWriter.write_frame)
    SceneFileWriter._join_job = _timed(  # type: ignore[method-assign]
        totals, "waiting for the encoder", SceneFileWriter._join_job)
    frames = [0]
    write_frame = SceneFileWriter.write_frame

    def counting(self: SceneFileWriter, frame: Any, num_frames: int = 1) -> None:
        frames[0] += num_frames
        write_frame(self, frame, num_frames)

    SceneFileWriter.write_frame = counting  # type: ignore[method-assign]

    settings: dict[str, Any] = {"quality": QUALITIES[quality], "disable_caching": True,
                                "progress_bar": "none", "verbosity": "WARNING",
                                "write_to_movie": True}
    if animations:
        first, last = (int(n) for n in animations.split(","))
        settings |= {"from_animation_number": first, "upto_animation_number": last}
    with tempfile.TemporaryDirectory() as tmp:
        settings |= {"media_dir": tmp, "output_file": str(Path(tmp) / "out")}
        with tempconfig(settings):
            scene_cls = getattr(importlib.import_module(module), scene)
            if manim_images:
                scene_cls.box_compositing = False
            if manim_drawing:
                StillLayers.still_layers_enabled = False
            instance = scene_cls()
            cpu0, main0, wall0 = _process_cpu(), time.thread_time(), time.perf_counter()
            instance.render()
            wall = time.perf_counter() - wall0
            main_cpu = time.thread_time() - main0
            other_cpu = _process_cpu() - cpu0 - main_cpu
    totals["updaters"] -= totals["field"]  # field refreshes run inside the updaters
    # update_frame: the background copy and the camera's own work around the drawing.
    totals["frame (rest)"] -= (totals["images"] + totals["vector mobjects"]
                               + totals["still layers drawn"] + totals["still layers painted"])
    return {**totals, "other (main thread)": wall - sum(totals.values()),
            "wall": wall, "encoder threads (CPU)": other_cpu, "frames": frames[0]}


def _process_cpu() -> float:
    t = os.times()
    return t.user + t.system


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("module", help="e.g. scenes.logistic_regression.ch02_boundary")
    parser.add_argument("scene", help="the scene class")
    parser.add_argument("--quality", choices=sorted(QUALITIES), default="high")
    parser.add_argument("--animations", help="FIRST,LAST: only these plays (manim -n)")
    parser.add_argument("--manim-images", action="store_true",
                        help="draw images on manim's own path (the before)")
    parser.add_argument("--no-still-layers", action="store_true",
                        help="draw every leaf every frame, as manim does (the before)")
    args = parser.parse_args(argv)
    split = profile(args.module, args.scene, args.quality, args.animations, args.manim_images,
                    args.no_still_layers)
    wall = split.pop("wall")
    frames = split.pop("frames")
    encoder = split.pop("encoder threads (CPU)")
    print(f"{args.scene} at {args.quality}, animations {args.animations or 'all'}: "
          f"{wall:.1f} s wall for {frames} frames ({1000 * wall / max(frames, 1):.1f} ms a frame)"
          f"; load average {os.getloadavg()[0]:.1f}")
    for name, seconds in sorted(split.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<22} {seconds:7.2f} s  {100 * seconds / wall:5.1f} %")
    print(f"  {'encoder threads (CPU)':<22} {encoder:7.2f} s  (beside the main thread)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
