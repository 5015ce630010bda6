"""Render one scene in this process: ``python -m scripts.build.worker SPEC.json``.

:func:`scripts.build.launch.launch_worker` runs one of these per scene (for the local pool and
for a Dask task alike) so that a crash, a hang or
manim's global config in one scene never touches another. The worker renders into a private
staging folder with its own TeX directory (manim deletes every non-svg file in its TeX folder
after each compile, so workers sharing one crash each other), reports progress on stdout as
``@@progress <animations done> <frames written> [<frames in all>]`` lines (the total above low
quality, where a long render needs it: counted by building the scene once with animations
skipped), and writes a JSON result for the parent.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

from scripts.build.contract import PROGRESS_PREFIX, WorkerResult, WorkerSpec
from scripts.build.partial_cache import (
    hash_arrays_on_a_grid,
    keep_rendered,
    keep_time_exact_when_cached,
    link_cached,
)
from scripts.build.play_hash import hash_plays_faster

#: Qualities rendered without counting the frames first (the edit loop's, where a scene
#: takes seconds and the count would be a noticeable share of it).
UNCOUNTED_QUALITIES = frozenset({"low_quality"})


def _report_progress(scene: Any, stop: threading.Event, frame_rate: float,
                     total: int | None) -> None:
    """Print ``@@progress <animations> <frames> [<total>]`` whenever a count grows, and once
    more when ``stop`` is set: a long scene (one animation of many steps) still shows that it
    moves and how far it has to go, and a short one still reports what it did."""
    last = None
    tail = f" {total}" if total is not None else ""
    while True:
        stopping = stop.wait(0.25)
        renderer = getattr(scene, "renderer", None)
        counts = (getattr(renderer, "num_plays", 0),
                  int(round(getattr(renderer, "time", 0.0) * frame_rate)))
        if counts != last:
            print(f"{PROGRESS_PREFIX}{counts[0]} {min(counts[1], total or counts[1])}{tail}",
                  flush=True)
            last = counts
        if stopping:  # one last report: a scene faster than the first tick still says its count
            return


def count_frames(scene_cls: type, frame_rate: float) -> int:
    """How many frames ``scene_cls`` will render: its length in scene time (its ``construct``
    run with animations skipped, as ``lecture timing`` does, without drawing or encoding a
    frame) times the frame rate, the measure the progress lines count frames in."""
    from manim import tempconfig

    with tempconfig({"write_to_movie": False, "save_last_frame": False,
                     "disable_caching": True}):
        scene = scene_cls(skip_animations=True)
        scene.setup()
        scene.construct()
        scene.tear_down()
        return int(round(scene.renderer.time * frame_rate))


def _is_project_file(filename: str, root: Path) -> bool:
    path = Path(filename)
    if not path.is_absolute() or not path.resolve().is_relative_to(root):
        return False
    parts = path.resolve().relative_to(root).parts
    return not ({".venv", "media", "site-packages"} & set(parts)) and parts[0] != "scripts"


def _failure_location(exc: BaseException, root: Path) -> str:
    """The deepest frame in the project's own scene or core code: where a teacher should look."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if _is_project_file(f.filename, root)]
    if ours:
        f = ours[-1]
        return f"{Path(f.filename).resolve().relative_to(root)}:{f.lineno} in {f.name}"
    if frames:
        f = frames[-1]
        return f"{f.filename}:{f.lineno} in {f.name}"
    return "unknown"


def render(spec: WorkerSpec) -> WorkerResult:
    """Render the scene described by ``spec``; return what the parent records."""
    root = Path(spec.root).resolve()
    staging = Path(spec.staging)
    sys.path.insert(0, str(root))

    from manim import config, tempconfig  # imported here: the parent never pays for manim

    out_base = staging / "out" / spec.scene
    out_base.parent.mkdir(parents=True, exist_ok=True)  # manim creates only its own folders
    settings = {
        "quality": spec.quality,
        "media_dir": str(staging / "media"),
        "tex_dir": spec.tex_dir,
        "text_dir": spec.text_dir,
        "output_file": str(out_base),  # absolute: manim writes the .srt beside this, not in cwd
        "disable_caching": spec.partial_cache is None,
        "progress_bar": "none",
        "verbosity": "WARNING",
        "write_to_movie": True,
    }
    cached: set[str] = set()
    if spec.partial_cache is not None:
        # Renders into its own folder, seeded with links to the cached partial movies.
        settings["partial_movie_dir"] = str(staging / "partial")
        settings["max_files_cached"] = 100_000  # the cache's own bound applies, not manim's
        cached = link_cached(Path(spec.partial_cache), staging / "partial")
        keep_time_exact_when_cached()
        hash_arrays_on_a_grid()
        hash_plays_faster()
    started = time.monotonic()
    with tempconfig(settings):
        module = importlib.import_module(spec.module)
        scene_cls = getattr(module, spec.scene)
        total = (None if spec.quality in UNCOUNTED_QUALITIES
                 else count_frames(scene_cls, config.frame_rate))
        scene = scene_cls()
        stop = threading.Event()
        reporter = threading.Thread(target=_report_progress,
                                    args=(scene, stop, config.frame_rate, total), daemon=True)
        reporter.start()
        try:
            scene.render()
        finally:
            stop.set()
            reporter.join()
        video = Path(scene.renderer.file_writer.movie_file_path)
        reused = 0
        if spec.partial_cache is not None:
            played = [f for f in scene.renderer.file_writer.partial_movie_files if f]
            reused = keep_rendered(played, Path(spec.partial_cache), cached)
        n_animations = scene.renderer.num_plays
        beats = _beat_records(getattr(scene, "beats", []), staging)
        narrator = getattr(scene, "narrator", None)
        warnings = list(narrator.warnings) if narrator is not None else []
    subtitles = out_base.with_suffix(".srt")
    # manim-slides writes slides/<Scene>.json and slides/files/<Scene>/ in the working folder
    # (the staging folder): one video per slide, which is one per beat.
    slides = staging / "slides" / f"{spec.scene}.json"
    return WorkerResult(
        ok=True,
        staging=str(staging),
        video=str(video),
        subtitles=str(subtitles) if subtitles.is_file() and subtitles.stat().st_size else None,
        duration=video_duration(video),
        animations=n_animations,
        beats=beats,
        warnings=warnings,
        slides=str(slides) if slides.is_file() else None,
        render_seconds=round(time.monotonic() - started, 2),
        reused_animations=reused,
    )


def _beat_records(beats: list[Any], staging: Path) -> list[dict[str, Any]]:
    """Each beat's narration and times, and for a spoken beat its WAV (``audio/beat-NN.wav``
    in the staging folder) and the spans of its sentences within it."""
    records = []
    for i, beat in enumerate(beats, start=1):
        record = {"narration": beat.narration, "start": round(beat.start, 4),
                  "end": round(beat.end, 4)}
        if beat.audio:
            name = f"audio/beat-{i:02d}.wav"
            _write_beat_audio(staging / name, beat.audio, beat.start, beat.end)
            record["audio"] = name
            record["spoken"] = [[round(a - beat.start, 4), round(b - beat.start, 4)]
                                for _, a, b in beat.audio]
        records.append(record)
    return records


def _write_beat_audio(dest: Path, clips: tuple[tuple[str, float, float], ...], start: float,
                      end: float) -> None:
    """One WAV per beat (for slide decks): its clips at their places, silence between."""
    import numpy as np

    from narration.voices import read_audio, write_wav

    parts = [(read_audio(Path(path)), a - start) for path, a, _ in clips]
    rate = parts[0][0][1]
    out = np.zeros(int(round((end - start) * rate)) + 1)
    for (samples, _), offset in parts:
        i = int(round(offset * rate))
        n = min(len(samples), len(out) - i)
        out[i:i + n] += samples[:n]
    write_wav(dest, out, rate)


def video_duration(path: Path) -> float:
    """Length of a video file in seconds, read from its container."""
    import av

    with av.open(str(path)) as container:
        if container.duration is not None:
            return round(container.duration / 1_000_000, 3)
        stream = container.streams.video[0]
        return round(float(stream.duration * stream.time_base), 3)


def _exit_when_orphaned() -> None:
    """Stop if the process that started this one dies (a killed ``lecture`` run or cluster
    worker), so that no orphan keeps rendering for nobody, nor keeps writing into a staging
    folder that the next run is removing.

    On Linux the kernel kills this process the moment its parent dies (``PR_SET_PDEATHSIG``);
    elsewhere a thread notices within a tenth of a second.
    """
    parent = os.getppid()
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the kernel was asked
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(0.1)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _die_with_parent() -> None:
    """Ask the Linux kernel to SIGKILL this process when its parent dies (nothing elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the polling thread still stops an orphan


def main(argv: list[str]) -> int:
    _exit_when_orphaned()
    spec = WorkerSpec.read(Path(argv[1]))
    try:
        result = render(spec)
    except KeyboardInterrupt:
        return 130
    except BaseException as exc:  # report every failure to the parent, then fail
        # The partial movie files go first: on a full disk the result needs their room.
        shutil.rmtree(Path(spec.staging) / "media", ignore_errors=True)
        result = WorkerResult.failure(f"{type(exc).__name__}: {exc}".strip(),
                                      _failure_location(exc, Path(spec.root).resolve()),
                                      traceback.format_exc())
    try:
        result.write(spec.result_path)
    except OSError as exc:  # a full disk: the parent reads this, its last line, instead
        print(f"{type(exc).__name__}: [Errno {exc.errno}] {exc.strerror}: writing the result "
              f"{result.error or ''}".strip(), flush=True)
        return 1
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
