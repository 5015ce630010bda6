"""manim's partial movies kept between renders, so that a re-render re-uses unchanged animations.

manim writes one partial movie per ``play``/``wait``, named by a hash of the animation, the
camera and every mobject on screen, and skips rendering a call whose file already exists. The
cache of one scene at one quality is ``<media>/.cache/partial/<format>/<quality>/<lecture>/
<chapter>.<Scene>/``, where the format names how partial movies are encoded: manim's names do
not depend on it, and movies encoded differently must not be joined into one scene. A worker
never renders into it: it hard-links the cached files into its private staging folder first (so
an eviction meanwhile cannot pull a file from under it), renders there, and only after the
whole scene rendered are its new files linked into the cache under a temporary name and renamed
into place. A failed or killed render therefore never leaves a half-written partial movie where
the next render would take it for a finished one, and workers in parallel (one per scene: the
scene lock in :mod:`scripts.build.render` keeps two runs off one scene) never share a file
being written. The whole cache is bounded in size; the files used least recently (their mtime,
refreshed on every use) are evicted first.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path
from typing import Any

#: File endings of partial movies (mp4; mov for transparent renders; webm for webm output).
MOVIE_SUFFIXES = (".mp4", ".mov", ".webm")

#: The default bound on the whole partial-movie cache, in MiB (``LECTURE_PARTIAL_CACHE_MB``;
#: 0 turns caching off: manim then neither hashes nor re-uses animations).
DEFAULT_LIMIT_MB = 2048
ENV_LIMIT_MB = "LECTURE_PARTIAL_CACHE_MB"


#: How partial movies are encoded (``scenes/common/encoding.py``); bump it when that changes.
#: Since v2 a held frame is stored once a second of its hold and there are no B-frames: joined
#: with older movies (B-frames), a scene's movie came out frames short. Older formats' folders
#: are left to the size bound's eviction.
PARTIAL_FORMAT = "v2"


def scene_cache_dir(cache_dir: Path, quality_folder: str, lecture: str, chapter: str,
                    scene: str) -> Path:
    """The cache folder of one scene at one quality, in the current format."""
    return cache_dir / "partial" / PARTIAL_FORMAT / quality_folder / lecture / f"{chapter}.{scene}"


def limit_bytes() -> int:
    """The size bound: ``$LECTURE_PARTIAL_CACHE_MB`` MiB, else :data:`DEFAULT_LIMIT_MB`."""
    try:
        mb = float(os.environ.get(ENV_LIMIT_MB, DEFAULT_LIMIT_MB))
    except ValueError:
        mb = DEFAULT_LIMIT_MB
    return int(max(mb, 0) * 1024 * 1024)


def _link_or_copy(src: Path, dest: Path) -> None:
    try:
        os.link(src, dest)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        shutil.copyfile(src, dest)  # a filesystem without hard links


def link_cached(cache: Path, staging: Path) -> set[str]:
    """Make the scene's cached partial movies visible in ``staging`` (manim's partial movie
    folder for this render); return their names."""
    staging.mkdir(parents=True, exist_ok=True)
    names: set[str] = set()
    if not cache.is_dir():
        return names
    for path in cache.iterdir():
        if path.suffix not in MOVIE_SUFFIXES or path.name.startswith("."):
            continue
        try:
            _link_or_copy(path, staging / path.name)
        except FileNotFoundError:
            continue  # evicted meanwhile: it will be rendered
        names.add(path.name)
    return names


def keep_rendered(files: list[str], cache: Path, cached: set[str]) -> int:
    """After a whole scene rendered: put its new partial movies in the cache and mark the
    re-used ones as just used. Returns how many of ``files`` were re-used."""
    cache.mkdir(parents=True, exist_ok=True)
    reused = 0
    for file in dict.fromkeys(files):
        src = Path(file)
        dest = cache / src.name
        if src.name in cached:
            reused += 1
            try:
                os.utime(dest)
                continue
            except FileNotFoundError:
                pass  # evicted while this scene rendered: keep this render's copy
        tmp = cache / f".{src.stem}.{uuid.uuid4().hex[:8]}.part{src.suffix}"
        try:
            _link_or_copy(src, tmp)
            os.replace(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
    return reused


def evict(cache_dir: Path, limit: int | None = None) -> list[Path]:
    """Remove the least recently used partial movies until the cache holds at most ``limit``
    bytes; return what was removed. Safe while workers render: each holds its own links."""
    limit = limit_bytes() if limit is None else limit
    root = cache_dir / "partial"
    if not root.is_dir():
        return []
    entries = []
    for path in root.rglob("*"):
        if path.suffix in MOVIE_SUFFIXES and not path.name.startswith("."):
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            entries.append((stat.st_mtime_ns, str(path), stat.st_size))
    total = sum(size for _, _, size in entries)
    removed: list[Path] = []
    for _, name, size in sorted(entries):
        if total <= limit:
            break
        Path(name).unlink(missing_ok=True)
        removed.append(Path(name))
        total -= size
    for folder in sorted({p.parent for p in removed}, reverse=True):
        try:
            folder.rmdir()  # only if now empty
        except OSError:
            pass
    return removed


def keep_time_exact_when_cached() -> None:
    """Make a re-used animation advance the scene clock exactly as rendering it would.

    manim advances ``renderer.time`` frame by frame while rendering (``1/fps`` at a time, or
    ``int(d * fps)`` frames for a still wait) but by the exact duration when it re-uses a cached
    partial movie. Scenes that time their pictures by the clock (a beat waits until its words
    are spoken) would then wait a fraction of a frame more or less after a re-used animation:
    the next hashes differ, nothing after it is re-used, and the video could differ from a full
    render by a frame. Likewise the updaters, which a rendered play runs once more at its end.
    Called in the render worker only (it patches manim's renderer class).
    """
    import numpy as np
    from manim.renderer.cairo_renderer import CairoRenderer

    if getattr(CairoRenderer, "_lecture_exact_time", False):
        return
    original_play = CairoRenderer.play
    original_freeze = CairoRenderer.freeze_current_frame

    def freeze_current_frame(self: CairoRenderer, duration: float) -> None:
        self._lecture_froze = True
        original_freeze(self, duration)

    def play(self: CairoRenderer, scene: object, *args: object, **kwargs: object) -> None:
        start = self.time
        self._lecture_froze = False
        original_play(self, scene, *args, **kwargs)
        hashes = self.animations_hashes
        cached = (self.skip_animations and not self._original_skipping_status
                  and hashes and hashes[-1] is not None)
        if not cached:
            return
        dt = 1 / self.camera.frame_rate
        duration = scene.duration  # type: ignore[attr-defined]
        if self._lecture_froze:  # a still wait: one add_frame of int(d / dt) frames
            self.time = start + int(duration / dt) * dt
        else:  # one add_frame per frame of the time progression
            t = start
            for _ in range(len(np.arange(0, duration, dt))):
                t += 1 * dt
            self.time = t
            # A rendered play ends by running the updaters once more; a skipped one does not,
            # and the picture (hence the next hashes) would differ.
            scene.update_mobjects(0)  # type: ignore[attr-defined]

    CairoRenderer.play = play  # type: ignore[method-assign]
    CairoRenderer.freeze_current_frame = freeze_current_frame  # type: ignore[method-assign]
    CairoRenderer._lecture_exact_time = True  # type: ignore[attr-defined]


#: The grid float arrays are snapped to before manim hashes them, in scene units (a pixel at
#: 4K is about 0.002 units): far below anything visible, far above floating-point noise.
HASH_GRID = 1e-6
#: Where the grid's cells start, as a fraction of a cell. Not 0.5 (plain rounding): glyph
#: outlines from TeX and Pango have coordinates with few decimals, some exactly half-way
#: between two grid points (4.2441255), which a few ulps of noise then round either way.
HASH_PHASE = 0.3183098861837907  # 1 / pi


def hash_arrays_on_a_grid() -> None:
    """Make manim's animation hashes blind to floating-point noise.

    A mobject moved by an updater (``move_to`` shifts by the difference of two centres) ends a
    rendered animation, which updated it frame by frame, a few ulps away from where a re-used
    one, which jumps to the end, leaves it. Hashed bit for bit, every later animation of the
    scene then misses the cache although its picture is the same. Float arrays are therefore
    snapped to cells of :data:`HASH_GRID` before they are hashed (a copy: the scene is
    untouched); two values a few ulps apart fall in different cells only if a cell boundary
    lies between them, which :data:`HASH_PHASE` keeps away from the round values glyphs have.
    Called in the render worker only (it patches manim's hashing module).
    """
    import numpy as np
    from manim.utils import hashing

    if getattr(hashing, "_lecture_grid", False):
        return
    original = hashing._hash_ndarray

    def on_grid(array: Any) -> str:
        if array.dtype.kind == "f":
            # + 0.0 turns -0.0 into 0.0, so a cell has one form
            array = np.floor(np.asarray(array) / HASH_GRID + HASH_PHASE) + 0.0
        return original(array)

    hashing._hash_ndarray = on_grid
    hashing._lecture_grid = True  # type: ignore[attr-defined]
