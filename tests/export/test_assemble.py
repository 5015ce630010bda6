"""`lecture build`: the lecture video is the scenes joined as they are, with chapter markers
at the right times, one subtitle track with the right offsets, and incremental, safe rebuilds."""

from __future__ import annotations

import subprocess
from pathlib import Path

import av
import pytest
from export_helpers import CHAPTERS, Mini, duration, frames_and_rate

import scripts.export.assemble
from scripts.export.subtitles import read_srt

SCENES = [s for scenes in CHAPTERS.values() for s in scenes]


def test_lecture_lasts_the_sum_of_its_scenes_within_a_frame(built: Mini) -> None:
    parts = sum(duration(built.scene(s)) for s in SCENES)
    n, fps = frames_and_rate(built.lecture)
    assert abs(n / fps - parts) <= 1 / fps
    with av.open(str(built.lecture)) as c:  # the container's own idea of its length agrees
        assert c.duration / 1e6 == pytest.approx(parts, abs=1 / fps)


def test_scenes_are_joined_without_re_encoding(built: Mini) -> None:
    def packets(path: Path) -> list[bytes]:
        with av.open(str(path)) as c:
            return [bytes(p) for p in c.demux(c.streams.video[0]) if p.size]

    joined = [p for s in SCENES for p in packets(built.scene(s))]
    assert packets(built.lecture) == joined


def test_one_chapter_marker_per_chapter_at_its_first_scene(built: Mini) -> None:
    with av.open(str(built.lecture)) as c:
        marks = c.chapters()
    t = 0.0
    expected = []
    for title, scenes in CHAPTERS.items():
        start = t
        t += sum(duration(built.scene(s)) for s in scenes)
        expected.append((title, start, t))
    assert [m["metadata"]["title"] for m in marks] == [e[0] for e in expected]
    for m, (_, start, end) in zip(marks, expected, strict=True):
        assert float(m["start"] * m["time_base"]) == pytest.approx(start, abs=0.002)
        assert float(m["end"] * m["time_base"]) == pytest.approx(end, abs=0.002)


def test_subtitles_are_the_scenes_cues_shifted_to_where_each_scene_starts(built: Mini) -> None:
    lecture = read_srt(built.lecture.with_suffix(".srt"))
    expected = []
    t = 0.0
    for s in SCENES:
        for cue in read_srt(built.scene(s).with_suffix(".srt")):
            expected.append((cue.text, cue.start + t, cue.end + t))
        t += duration(built.scene(s))
    assert [c.text for c in lecture] == [e[0] for e in expected]
    for cue, (_, start, end) in zip(lecture, expected, strict=True):
        assert cue.start == pytest.approx(start, abs=0.002)
        assert cue.end == pytest.approx(end, abs=0.002)
    # The WebVTT beside it says the same.
    vtt = built.lecture.with_suffix(".vtt").read_text()
    assert vtt.startswith("WEBVTT") and all(c.text in vtt for c in lecture)


def test_the_embedded_subtitle_track_matches_the_srt(built: Mini) -> None:
    extracted = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(built.lecture), "-map", "0:s:0", "-f", "srt", "-"],
        capture_output=True, text=True, check=True).stdout
    srt_file = built.folder / "extracted.srt"
    srt_file.write_text(extracted)
    try:
        embedded, written = read_srt(srt_file), read_srt(built.lecture.with_suffix(".srt"))
    finally:
        srt_file.unlink()
    assert [c.text for c in embedded] == [c.text for c in written]
    for a, b in zip(embedded, written, strict=True):
        assert a.start == pytest.approx(b.start, abs=0.002)


def test_a_second_build_with_nothing_changed_writes_nothing(own_copy: Mini) -> None:
    before = own_copy.lecture.stat().st_mtime_ns
    result = own_copy.invoke("build")
    assert result.exit_code == 0, result.output
    assert "lecture video (up to date)" in result.output
    assert "0 scene(s) made" in result.output
    assert own_copy.lecture.stat().st_mtime_ns == before


def test_editing_one_scene_rebuilds_the_lecture_with_it(own_copy: Mini) -> None:
    dots = own_copy.root / "mini_scenes" / "dots.py"
    dots.write_text(dots.read_text().replace("Three dots, in a row.",
                                             "Three dots sit in one row now."))
    result = own_copy.invoke("build", "--render-missing")
    assert result.exit_code == 0, result.output
    assert "lecture video (built)" in result.output
    assert "clips: 1 scene(s) made, 2 up to date" in result.output
    assert read_srt(own_copy.lecture.with_suffix(".srt"))[-1].text == \
        "Three dots sit in one row now."


def test_missing_scenes_are_named_and_no_lecture_is_written(built: Mini,
                                                             tmp_path: Path) -> None:
    fresh = Mini(built.root, tmp_path / "media")
    result = fresh.invoke("build")  # not a terminal: it does not ask, it stops
    assert result.exit_code == 1
    for s in SCENES:
        assert f"mini/{s}: not rendered" in result.output
    assert "--render-missing" in result.output
    assert not fresh.lecture.exists()


def test_an_interrupted_build_keeps_the_previous_outputs(own_copy: Mini,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    previous = {p: p.read_bytes() for p in (own_copy.lecture,
                                            own_copy.lecture.with_suffix(".srt"))}

    def interrupted(args: list[str], what: str) -> None:
        Path(args[-1]).write_bytes(b"half a video")  # ffmpeg had started writing...
        raise KeyboardInterrupt  # ...when the teacher pressed Ctrl-C

    monkeypatch.setattr(scripts.export.assemble, "run_ffmpeg", interrupted)
    result = own_copy.invoke("build", "--force")
    assert result.exit_code == 130
    assert {p: p.read_bytes() for p in previous} == previous
    assert not list(own_copy.folder.glob(".build-*"))
