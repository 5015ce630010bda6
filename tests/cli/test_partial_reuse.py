"""Re-rendering a scene after one beat changed re-uses the other beats' partial movies, and
the video equals a full re-render frame for frame (real renders: marked slow)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_helpers import Project, statuses

from scripts.build.partial_cache import PARTIAL_FORMAT, evict, scene_cache_dir

pytestmark = pytest.mark.slow

EDIT_LOOP = Path(__file__).resolve().parent.parent / "fixtures" / "edit_loop"


def _frames(video: Path) -> bytes:
    """Every decoded frame's pixels, one after another."""
    return subprocess.run(["ffmpeg", "-v", "error", "-i", str(video), "-f", "rawvideo",
                           "-pix_fmt", "rgb24", "-"], check=True, capture_output=True).stdout


def _cache(media: Path) -> Path:
    return scene_cache_dir(media / ".cache", "480p15", "loop", "shapes", "Steps")


def _cached(media: Path) -> set[str]:
    return {p.name for p in _cache(media).iterdir()}


def test_a_changed_beat_re_renders_alone_and_the_video_equals_a_full_render(
        tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(EDIT_LOOP, root, ignore=shutil.ignore_patterns("__pycache__"))
    project = Project(root, tmp_path / "media")
    first = project.invoke("render", "shapes/Steps", "--jobs", "1")
    assert first.exit_code == 0, first.output
    before = _cached(project.media)
    assert len(before) == 5  # one partial movie per play or wait

    # Beat 3 takes longer; it ends where it ended, so beat 4 starts from the same picture,
    # and the hold after it (timed by the scene clock) is shorter.
    project.edit("loop_scenes/shapes.py", "Rotate(square, 0.5), run_time=0.4",
                 "Rotate(square, 0.5), run_time=0.6")
    second = project.invoke("render", "shapes/Steps", "--jobs", "1")
    assert statuses(second) == {"shapes/Steps": "rendered"}
    assert "3 of 5 animations re-used" in second.output
    after = _cached(project.media)
    assert len(after - before) == 2  # only beat 3 and the hold were rendered

    # The same scene rendered from nothing, with no cache, gives the same frames.
    fresh = Project(root, tmp_path / "fresh-media")
    full = fresh.invoke("render", "shapes/Steps", "--jobs", "1")
    assert full.exit_code == 0 and "re-used" not in full.output
    video = Path("loop") / "480p15" / "shapes" / "Steps.mp4"
    reused, whole = _frames(project.media / video), _frames(fresh.media / video)
    assert len(reused) == len(whole) > 0
    assert reused == whole


def test_partial_movies_cached_in_another_format_are_not_re_used(tmp_path: Path) -> None:
    """Movies encoded before the format changed (same manim names) are never joined with new
    ones: moved to where an older format kept them, they are not found."""
    root = tmp_path / "project"
    shutil.copytree(EDIT_LOOP, root, ignore=shutil.ignore_patterns("__pycache__"))
    project = Project(root, tmp_path / "media")
    assert project.invoke("render", "shapes/Steps", "--jobs", "1").exit_code == 0
    older = project.media / ".cache" / "partial" / "480p15" / "loop" / "shapes.Steps"
    older.parent.mkdir(parents=True)
    _cache(project.media).rename(older)  # the layout before formats were named
    again = project.invoke("render", "shapes/Steps", "--jobs", "1", "--force")
    assert statuses(again) == {"shapes/Steps": "rendered"}
    assert "re-used" not in again.output
    assert len(_cached(project.media)) == 5 and PARTIAL_FORMAT in str(_cache(project.media))


def test_the_cache_is_bounded_and_the_least_recently_used_go_first(tmp_path: Path) -> None:
    folder = scene_cache_dir(tmp_path, "480p15", "loop", "shapes", "Steps")
    folder.mkdir(parents=True)
    for i, name in enumerate(["old.mp4", "mid.mp4", "new.mp4"]):
        (folder / name).write_bytes(b"x" * 1000)
        os.utime(folder / name, (1_000_000 + i, 1_000_000 + i))
    assert evict(tmp_path, limit=2500) == [folder / "old.mp4"]
    assert sorted(p.name for p in folder.iterdir()) == ["mid.mp4", "new.mp4"]
    assert evict(tmp_path, limit=0) and not folder.exists()


def test_beats_after_an_updater_driven_move_are_re_used(tmp_path: Path) -> None:
    """A rendered animation leaves a dot led by an updater a few ulps away from where a
    re-used one leaves it; the beats after it are re-used all the same (manim hashes arrays
    bit for bit: without the noise-blind keys of ``scripts.build.partial_cache`` and
    ``scripts.build.play_hash``, beat 3 is rendered again)."""
    root = tmp_path / "project"
    shutil.copytree(EDIT_LOOP, root, ignore=shutil.ignore_patterns("__pycache__"))
    project = Project(root, tmp_path / "media")
    first = project.invoke("render", "trackers/Follows", "--jobs", "1")
    assert first.exit_code == 0, first.output

    project.edit("loop_scenes/trackers.py", "FadeIn(square), run_time=0.4",
                 "FadeIn(square), run_time=0.6")
    second = project.invoke("render", "trackers/Follows", "--jobs", "1")
    assert statuses(second) == {"trackers/Follows": "rendered"}
    assert "2 of 3 animations re-used" in second.output

    fresh = Project(root, tmp_path / "fresh-media")
    assert fresh.invoke("render", "trackers/Follows", "--jobs", "1").exit_code == 0
    video = Path("loop") / "480p15" / "trackers" / "Follows.mp4"
    assert _frames(project.media / video) == _frames(fresh.media / video)
