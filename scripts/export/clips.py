"""Clips for slides and web pages, from each rendered scene (and, on request, each beat).

For a scene ``<chapter>/<Scene>.mp4`` the clips are, under ``<chapter>/clips/``:

- ``<Scene>.webm``: VP9 (with the narration in Opus) for web pages;
- ``<Scene>.gif``: a looping GIF within :data:`GIF_BUDGET` bytes, to paste into a slide;
- ``<Scene>.png``: the poster, the scene's final frame;
- ``<Scene>.vtt``: its subtitles for a browser's ``<track>``.

The MP4 is the scene video itself. With ``per_beat``, each beat (one manim-slides slide) also
gets ``<Scene>/beat-NN.mp4``, ``.webm``, ``.gif`` and ``.png``. Clips are remade only when the
scene was re-rendered (the scene's render key is stored beside them), and each file is written
under a temporary name and moved into place, so a reader never sees half a file.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from scripts.build.catalog import SceneEntry
from scripts.build.layout import MediaLayout
from scripts.export.ffmpeg import encode_gif, encode_webm, last_frame_png
from scripts.export.subtitles import read_srt, to_vtt
from scripts.files import atomic_write, atomic_write_text

#: Largest GIF we keep for a whole scene, and for one beat, in bytes (see README).
GIF_BUDGET = 6_000_000
BEAT_GIF_BUDGET = 3_000_000
#: (frames per second, width in pixels) tried in order until the GIF fits its budget.
GIF_LADDER = ((10, 480), (8, 400), (6, 320), (4, 256))

#: Bump when clips are made differently, so that they are remade.
CLIPS_PROTOCOL = 2


@dataclass(frozen=True)
class SceneClips:
    scene: SceneEntry
    status: str  # "made" or "up to date"
    files: tuple[Path, ...]


def gif_within_budget(src: Path, dest: Path, budget: int) -> tuple[int, int]:
    """Encode ``src`` as a GIF, stepping down frame rate and width until it fits ``budget``.

    Returns the (fps, width) used. The smallest rung is kept even if still over budget (a very
    long scene), and the caller can report its size.
    """
    for fps, width in GIF_LADDER:
        atomic_write(dest, lambda tmp, f=fps, w=width: encode_gif(src, tmp, f, w))
        if dest.stat().st_size <= budget:
            break
    return fps, width


def _one_clip_set(src: Path, stem: Path, budget: int) -> list[Path]:
    webm, gif, png = (stem.with_suffix(s) for s in (".webm", ".gif", ".png"))
    atomic_write(webm, lambda tmp: encode_webm(src, tmp))
    gif_within_budget(src, gif, budget)
    atomic_write(png, lambda tmp: last_frame_png(src, tmp))
    return [webm, gif, png]


def beat_videos(layout: MediaLayout, scene: SceneEntry) -> list[Path]:
    """The scene's per-beat videos, as manim-slides cut them (one per slide)."""
    slides = layout.slides_path(scene)
    if not slides.is_file():
        return []
    data = json.loads(slides.read_text(encoding="utf-8"))
    base = slides.parent.parent  # manim-slides resolves files against this folder
    return [base / s["file"] for s in data.get("slides", [])]


def make_clips(layout: MediaLayout, scene: SceneEntry, per_beat: bool = False,
               force: bool = False) -> SceneClips:
    """Make (or find up to date) the clips of one rendered scene."""
    src = layout.video_path(scene)
    folder = layout.clips_dir(scene)
    folder.mkdir(parents=True, exist_ok=True)
    record = layout.manifest(scene.lecture).scenes.get(scene.short_id)
    key = {"scene": record.key if record else None, "per_beat": per_beat,
           "protocol": CLIPS_PROTOCOL}
    key_file = folder / f"{scene.name}.clips.json"
    stem = folder / scene.name
    try:
        previous = json.loads(key_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        previous = {}
    old_key = previous.get("key", {})
    # Clips made with the per-beat cuts also serve a build that does not ask for them.
    same = (old_key.get("scene") == key["scene"] and old_key.get("protocol") == CLIPS_PROTOCOL
            and (old_key.get("per_beat") or not per_beat))
    if not force and same and all((folder / f).is_file() for f in previous.get("files", [])):
        return SceneClips(scene, "up to date",
                          tuple(folder / f for f in previous["files"]))
    files = _one_clip_set(src, stem, GIF_BUDGET)
    vtt = stem.with_suffix(".vtt")
    atomic_write_text(vtt, to_vtt(read_srt(src.with_suffix(".srt"))))
    files.append(vtt)
    beats_dir = folder / scene.name
    if per_beat:
        if beats_dir.exists():
            shutil.rmtree(beats_dir)
        beats_dir.mkdir()
        for i, beat in enumerate(beat_videos(layout, scene), start=1):
            beat_stem = beats_dir / f"beat-{i:02d}"
            mp4 = beat_stem.with_suffix(".mp4")
            atomic_write(mp4, lambda tmp, b=beat: shutil.copyfile(b, tmp))
            files += [mp4, *_one_clip_set(beat, beat_stem, BEAT_GIF_BUDGET)]
    elif beats_dir.exists():
        shutil.rmtree(beats_dir)  # cut from an older render of the scene: no longer true
    atomic_write_text(key_file, json.dumps(
        {"key": key, "files": [str(f.relative_to(folder)) for f in files]}, indent=2) + "\n")
    return SceneClips(scene, "made", tuple(files))
