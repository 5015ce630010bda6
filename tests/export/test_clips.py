"""Clips for slides: per scene and per beat, a WebM, a GIF within its budget, a poster that
is the final frame, subtitles for the web."""

from __future__ import annotations

from pathlib import Path

import av
import pytest
from export_helpers import (
    CHAPTERS,
    Mini,
    assert_not_blank,
    assert_same_picture,
    duration,
    image_pixels,
    last_frame,
)
from PIL import Image

from scripts.export.clips import BEAT_GIF_BUDGET, GIF_BUDGET, GIF_LADDER, gif_within_budget

SCENES = [s for scenes in CHAPTERS.values() for s in scenes]


def _clip(built: Mini, short_id: str, suffix: str) -> Path:
    chapter, name = short_id.split("/")
    return built.folder / chapter / "clips" / f"{name}{suffix}"


@pytest.mark.parametrize("short_id", SCENES)
def test_every_scene_has_webm_gif_poster_and_subtitles(built: Mini, short_id: str) -> None:
    webm, gif, png, vtt = (_clip(built, short_id, s) for s in (".webm", ".gif", ".png", ".vtt"))
    with av.open(str(webm)) as c:
        assert c.streams.video[0].codec_context.name == "vp9"
        assert c.duration / 1e6 == pytest.approx(duration(built.scene(short_id)), abs=0.15)
    assert gif.stat().st_size <= GIF_BUDGET
    with Image.open(gif) as im:
        assert im.format == "GIF" and im.info.get("loop") == 0 and im.n_frames > 1
    # The poster is the scene's finished picture: its last frame.
    poster = image_pixels(png)
    assert_not_blank(poster, png.name)
    assert_same_picture(poster, last_frame(built.scene(short_id)), png.name)
    assert vtt.read_text().startswith("WEBVTT")


def test_per_beat_clips_cut_each_scene_at_its_beats(built: Mini) -> None:
    manifest = built.manifest()["scenes"]
    for short_id in SCENES:
        beats = manifest[short_id]["beats"]
        folder = _clip(built, short_id, "")
        mp4s = sorted(folder.glob("beat-*.mp4"))
        assert len(mp4s) == len(beats)
        for mp4, beat in zip(mp4s, beats, strict=True):
            assert duration(mp4) == pytest.approx(beat["end"] - beat["start"], abs=0.1)
            assert mp4.with_suffix(".gif").stat().st_size <= BEAT_GIF_BUDGET
            assert mp4.with_suffix(".webm").is_file()
            # Its poster: the beat's settled picture, not the empty background it may open on.
            poster = image_pixels(mp4.with_suffix(".png"))
            assert_not_blank(poster, f"{short_id} {mp4.stem}'s poster")
            assert_same_picture(poster, last_frame(mp4), f"{short_id} {mp4.stem}'s poster")
        total = sum(duration(m) for m in mp4s)
        assert total == pytest.approx(duration(built.scene(short_id)), abs=0.1)


def test_a_gif_over_budget_steps_down_to_smaller_frames(built: Mini, tmp_path: Path) -> None:
    src = built.scene(SCENES[0])
    fps, width = gif_within_budget(src, tmp_path / "big.gif", budget=10**9)
    assert (fps, width) == GIF_LADDER[0]
    fps, width = gif_within_budget(src, tmp_path / "tiny.gif", budget=1)
    assert (fps, width) == GIF_LADDER[-1]  # the smallest rung is kept
    with Image.open(tmp_path / "tiny.gif") as im:
        assert im.width == GIF_LADDER[-1][1]
    assert not list(tmp_path.glob(".*part*"))
