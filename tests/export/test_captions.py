"""The chapters track beside the lecture video, and the copy with the captions drawn in: the
track parses as WebVTT and says what the MP4's chapter markers say (ffprobe); the captioned
video lasts as long, frame for frame, as the plain one, and differs from it only inside the
caption box at the bottom, with bright text there exactly while a cue is active."""

from __future__ import annotations

import json
import subprocess

import av
import numpy as np
import pytest
import webvtt
from export_helpers import Mini, frames_and_rate

from scripts.export import burned_captions
from scripts.export.ffmpeg import FFmpegError, frames_at_rate
from scripts.export.subtitles import read_srt


@pytest.mark.slow
def test_the_chapters_track_is_webvtt_at_the_mp4s_chapter_markers(extras: Mini) -> None:
    track = webvtt.read(str(extras.folder / "mini.chapters.vtt"))
    probe = json.loads(subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(extras.lecture)],
        capture_output=True, text=True, check=True).stdout)["chapters"]
    assert len(track) == len(probe) == 2
    for cue, marker in zip(track, probe, strict=True):
        assert cue.text == marker["tags"]["title"]
        assert cue.start_in_seconds + cue.start_time.milliseconds / 1000 == \
            pytest.approx(float(marker["start_time"]), abs=1e-3)
        assert cue.end_in_seconds + cue.end_time.milliseconds / 1000 == \
            pytest.approx(float(marker["end_time"]), abs=1e-3)


@pytest.mark.slow
def test_the_captioned_video_has_every_frame_of_the_plain_one(extras: Mini) -> None:
    burned = extras.folder / "mini.captioned.mp4"
    assert frames_and_rate(burned) == frames_and_rate(extras.lecture)
    with av.open(str(burned)) as a, av.open(str(extras.lecture)) as b:
        assert a.duration == pytest.approx(b.duration, abs=1e4)  # microseconds
        assert [c["metadata"]["title"] for c in a.chapters()] == \
            [c["metadata"]["title"] for c in b.chapters()]


def _grey_frames(path, indices: set[int]) -> dict[int, np.ndarray]:  # noqa: ANN001
    return {n: f.to_ndarray(format="gray").astype(int)
            for n, f in enumerate(frames_at_rate(path)) if n in indices}


@pytest.mark.slow
def test_caption_text_sits_in_a_box_at_the_bottom_only_while_a_cue_is_active(
        extras: Mini) -> None:
    cues = read_srt(extras.lecture.with_suffix(".srt"))
    n, fps = frames_and_rate(extras.lecture)
    during = [round((c.start + c.end) / 2 * fps) for c in cues]
    gaps = [round((a.end + b.start) / 2 * fps) for a, b in zip(cues, cues[1:], strict=False)
            if b.start - a.end > 2 / fps]
    gaps += [n - 1] if cues[-1].end < (n - 2) / fps else []
    assert len(during) == 4 and gaps, "the mini lecture has cues and silences between them"
    plain = _grey_frames(extras.lecture, set(during + gaps))
    burned = _grey_frames(extras.folder / "mini.captioned.mp4", set(during + gaps))
    h, w = plain[during[0]].shape
    # The caption box: the bottom quarter inside the title-safe margin (5 % on every side).
    box = np.zeros((h, w), bool)
    box[int(0.70 * h):int(0.95 * h), int(0.05 * w):int(0.95 * w)] = True
    for i in during + gaps:
        changed = np.abs(burned[i] - plain[i]) > 40
        assert not changed[~box].any(), f"frame {i}: the picture changed outside the box"
        assert not changed[: int(0.2 * h)].any(), f"frame {i}: drawn over the heading"
        text = changed & box & (burned[i] > 200)  # bright letters where the scene had none
        if i in during:
            assert text.sum() > 200, f"frame {i}: no caption text while a cue is active"
        else:
            assert not changed.any(), f"frame {i}: something drawn where no cue is"


@pytest.mark.parametrize("listing, ok", [(" ... ass  V->V  Render ASS subtitles\n", True),
                                         (" ... drawbox  V->V  Draw a box\n", False)])
def test_an_ffmpeg_without_libass_is_named_before_encoding(
        tmp_path, monkeypatch, listing: str, ok: bool) -> None:  # noqa: ANN001
    fake = tmp_path / "ffmpeg"
    fake.write_text(f"#!/bin/sh\nprintf '%s' '{listing}'\n")
    fake.chmod(0o755)
    monkeypatch.setattr(burned_captions, "ffmpeg_binary", lambda: str(fake))
    if ok:
        burned_captions.check_libass()
    else:
        with pytest.raises(FFmpegError, match="without libass"):
            burned_captions.check_libass()
