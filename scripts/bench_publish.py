"""Benchmark publishing quality: each scene of a chapter against the encode floor, same run.

For every scene of the chapters named (or only the scenes named), renders it with plain
``manim render`` at the quality asked, in its own process, then, right after it, the encode
floor of the same length (``scripts/encode_floor.py``: one dot crossing the background), and
prints both wall times and their ratio, then each chapter's totals. The ratio is what the
targets are about (a field scene at most 1.5x its floor); measured back to back, it holds up
on a loaded machine far better than either time alone. Both include starting Python and manim.
Each render's CPU time (user + system, its process and the encoder's threads) is printed
beside it, with the ratio of those: on a shared host whose CPU is partly taken away (steal)
wall times of the same render varied by a third; CPU times do not count what the host takes,
though they still varied by up to a tenth between runs of the same code.

    .venv/bin/python scripts/bench_publish.py logistic-regression/ch02 [--quality high]
        [--scene BoundaryRotatesOverTheField ...] [--manim-arg=--max-inflight-encoders=2]

Renders use manim's caching off and a temporary media folder (nothing in ``media/`` is
touched), the lecture file's parameters, and no narration (as plain ``manim`` does). Figures
depend on the machine and its load (printed); this prints them, it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.build.catalog import SceneEntry, UnknownNameError  # noqa: E402
from scripts.build.contract import ENV_PARAMS  # noqa: E402
from scripts.build.lecture_file import load_catalog  # noqa: E402
from scripts.encode_floor import ENV_SECONDS  # noqa: E402

FLAGS = {"low": "-ql", "medium": "-qm", "high": "-qh", "4k": "-qk"}


@dataclass(frozen=True)
class Row:
    scene: SceneEntry
    length: float  # seconds of video
    render: float  # wall seconds, the scene
    floor: float  # wall seconds, the floor of the same length
    render_cpu: float  # CPU seconds (user + system), the scene
    floor_cpu: float  # CPU seconds, the floor

    @property
    def ratio(self) -> float:
        return self.render / self.floor

    @property
    def cpu_ratio(self) -> float:
        return self.render_cpu / self.floor_cpu


def _manim(module_file: Path, scene: str, quality: str, media: Path, env: dict[str, str],
           extra: list[str]) -> tuple[float, float]:
    """Render one scene in its own process; its wall time and its CPU time."""
    command = [sys.executable, "-m", "manim", "render", FLAGS[quality], "--disable_caching",
               "--progress_bar", "none", "-v", "WARNING", "--media_dir", str(media), *extra,
               str(module_file), scene]
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError(f"{scene} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return took, _children_cpu() - cpu


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _length(media: Path, scene: str) -> float:
    """The length of the newest ``<scene>.mp4`` under ``media``."""
    import av

    video = max(media.rglob(f"{scene}.mp4"), key=lambda p: p.stat().st_mtime)
    with av.open(str(video)) as container:
        return container.duration / 1_000_000


def measure(scene: SceneEntry, quality: str, extra: list[str]) -> Row:
    """The scene, then its floor, back to back."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{ENV_PARAMS: json.dumps(scene.params)})
    env.pop("LECTURE_VOICE", None)
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as tmp:
        media = Path(tmp)
        render, render_cpu = _manim(scene.module_file, scene.name, quality, media / "scene",
                                    env, extra)
        length = _length(media / "scene", scene.name)
        env[ENV_SECONDS] = f"{length:.3f}"
        floor, floor_cpu = _manim(ROOT / "scripts" / "encode_floor.py", "EncodeFloor",
                                  quality, media / "floor", env, extra)
    return Row(scene, length, render, floor, render_cpu, floor_cpu)


def select(names: list[str], scenes: list[str]) -> list[SceneEntry]:
    """The scenes of the chapters ``names``, only those called ``scenes`` if any are."""
    catalog = load_catalog(ROOT)
    chosen = catalog.select(names)
    if scenes:
        known = {s.name for s in chosen}
        unknown = sorted(set(scenes) - known)
        if unknown:
            raise UnknownNameError(unknown[0], sorted(known))
        chosen = [s for s in chosen if s.name in scenes]
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="+", help="chapters (or lectures), as `lecture` names them")
    parser.add_argument("--quality", choices=sorted(FLAGS), default="high")
    parser.add_argument("--scene", action="append", default=[],
                        help="only this scene of them (repeatable)")
    parser.add_argument("--manim-arg", action="append", default=[],
                        help="passed to both manim renders, e.g. --manim-arg=--max-inflight-"
                             "encoders=2")
    args = parser.parse_args(argv)
    try:
        scenes = select(args.names, args.scene)
    except UnknownNameError as exc:
        print(f"bench_publish: {exc}", file=sys.stderr)
        return 2
    print(f"{time.strftime('%Y-%m-%d %H:%M')} quality {args.quality}, {len(scenes)} scene(s), "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    print(f"{'scene':<52} {'length':>8} {'render':>8} {'floor':>8} {'ratio':>6}   "
          f"{'CPU':>8} {'floor':>8} {'ratio':>6}")
    rows: list[Row] = []
    for scene in scenes:
        row = measure(scene, args.quality, args.manim_arg)
        rows.append(row)
        print(f"{scene.short_id:<52} {row.length:7.1f}s {row.render:7.1f}s {row.floor:7.1f}s "
              f"{row.ratio:5.2f}x   {row.render_cpu:7.1f}s {row.floor_cpu:7.1f}s "
              f"{row.cpu_ratio:5.2f}x", flush=True)
    chapters: dict[str, list[Row]] = {}
    for row in rows:
        chapters.setdefault(f"{row.scene.lecture}/{row.scene.chapter}", []).append(row)
    print(f"load average {os.getloadavg()[0]:.1f} at the end; per chapter:")
    for chapter, group in chapters.items():
        length, render, floor, render_cpu, floor_cpu = (
            sum(getattr(r, a) for r in group)
            for a in ("length", "render", "floor", "render_cpu", "floor_cpu"))
        print(f"{chapter:<52} {length:7.1f}s {render:7.1f}s {floor:7.1f}s "
              f"{render / floor:5.2f}x   {render_cpu:7.1f}s {floor_cpu:7.1f}s "
              f"{render_cpu / floor_cpu:5.2f}x  ({render / length:.2f}x its length)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
