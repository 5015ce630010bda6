"""Beats: minimum duration at speaking pace, subtitles covering each beat, one slide per beat."""

from __future__ import annotations

from pathlib import Path

import pytest
from manim import Circle, Create, FadeOut
from scene_harness import build

from scenes.common.beats import BREATH, WORDS_PER_SECOND, LectureScene, speaking_time, split_cues

LONG = ("A circle appears. It is orange, the colour of class one, and it stays on screen "
        "long enough for every word of this sentence to be read.")


class TwoBeats(LectureScene):
    def construct(self) -> None:
        circle = Circle()
        with self.beat(LONG):
            self.play(Create(circle), run_time=1)
        with self.beat("Now it goes."):
            self.play(FadeOut(circle), run_time=3)


def test_speaking_time_counts_words_at_the_stated_pace() -> None:
    assert speaking_time("") == 0
    assert speaking_time("one two three four five") == pytest.approx(5 / WORDS_PER_SECOND + BREATH)


def test_long_narration_is_split_at_sentence_ends_and_nothing_is_lost() -> None:
    cues = split_cues(LONG)
    assert cues == ["A circle appears.", LONG.removeprefix("A circle appears. ")]
    assert split_cues("Short. Also short.") == ["Short. Also short."]


def test_beats_hold_for_their_narration_and_subtitles_cover_them(tmp_path: Path) -> None:
    scene = build(TwoBeats, tmp_path)
    first, second = scene.beats
    # The first beat's animation (1 s) is shorter than its narration: it is held.
    assert first.end - first.start == pytest.approx(speaking_time(LONG))
    # The second beat's animation (3 s) is longer than its narration: it is not cut.
    assert second.end - second.start == pytest.approx(3.0)
    assert second.start == pytest.approx(first.end)
    cues = scene.renderer.file_writer.subcaptions
    assert [c.content for c in cues] == [*split_cues(LONG), "Now it goes."]
    assert cues[0].start.total_seconds() == pytest.approx(first.start)
    assert cues[1].end.total_seconds() == pytest.approx(first.end)
    assert cues[2].start.total_seconds() == pytest.approx(second.start)
    assert cues[2].end.total_seconds() == pytest.approx(second.end)
