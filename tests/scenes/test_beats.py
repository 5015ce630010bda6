"""Beats: minimum duration at speaking pace, subtitles covering each beat, one slide per beat."""

from __future__ import annotations

from pathlib import Path

import pytest
from manim import Circle, Create, FadeOut
from scene_harness import build

from scenes.common.beats import (
    BREATH,
    CLOSING_HOLD,
    MIN_CUE,
    WORDS_PER_SECOND,
    LectureScene,
    speaking_time,
)
from scenes.common.script import UnknownMark, caption_cues

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


def test_beats_hold_for_their_narration_and_captions_follow_the_words(tmp_path: Path) -> None:
    scene = build(TwoBeats, tmp_path)
    first, second = scene.beats
    # The first beat's animation (1 s) is shorter than its narration: it is held.
    assert first.end - first.start == pytest.approx(speaking_time(LONG))
    # The second beat's animation (3 s) is longer than its narration: it is not cut. As the
    # scene's last beat it also keeps the closing hold.
    assert second.end - second.start == pytest.approx(3.0 + CLOSING_HOLD)
    assert second.end == pytest.approx(scene.renderer.time)
    assert second.start == pytest.approx(first.end)
    cues = scene.renderer.file_writer.subcaptions
    assert [c.content for c in cues] == [*caption_cues(LONG), "Now it goes."]
    # Without a voice, captions follow the speaking pace: the first starts with the beat, the
    # last of the beat ends with its speech (the breath after it is silent).
    assert cues[0].start.total_seconds() == pytest.approx(first.start)
    assert cues[-2].end.total_seconds() == pytest.approx(first.speech_end)
    assert first.speech_end == pytest.approx(first.end - BREATH)
    assert cues[-1].start.total_seconds() == pytest.approx(second.start)
    # A short cue stays up at least MIN_CUE seconds (3 words at the pace: 1.2 s).
    assert (cues[-1].end - cues[-1].start).total_seconds() == pytest.approx(
        max(3 / WORDS_PER_SECOND, MIN_CUE))


class MarkedBeat(LectureScene):
    def construct(self) -> None:
        circle = Circle()
        with self.beat("Here is a shape. {grow} It grows to fill the frame. {fade} And then "
                       "it fades away.") as b:
            self.starts = []
            b.wait_until("grow")
            self.starts.append(self.renderer.time)
            self.play(Create(circle), run_time=b.time_until("fade"))
            self.starts.append(self.renderer.time)
            self.play(FadeOut(circle), run_time=b.time_until("end"))
            self.marks = dict(b.marks)
            try:
                b.wait_until("shrink")
            except UnknownMark as exc:
                self.unknown = str(exc)


def test_a_scene_waits_for_its_marks_and_animations_end_on_them(tmp_path: Path) -> None:
    scene = build(MarkedBeat, tmp_path)
    beat = scene.beats[0]
    marks = dict(beat.marks)
    # Without a voice, marks fall at the speaking pace: four words before {grow}.
    assert marks["grow"] == pytest.approx(beat.start + 4 / WORDS_PER_SECOND)
    assert marks["fade"] == pytest.approx(beat.start + 10 / WORDS_PER_SECOND)
    assert scene.starts == pytest.approx([marks["grow"], marks["fade"]])
    assert scene.marks["end"] == pytest.approx(beat.speech_end)
    assert "no mark {shrink}" in scene.unknown
    assert all(name in scene.unknown for name in ("grow", "fade", "end"))
    assert [m for m, _ in scene.waited_marks] == ["grow"]


def test_marks_are_never_shown_in_captions_or_notes(tmp_path: Path) -> None:
    scene = build(MarkedBeat, tmp_path)
    cues = scene.renderer.file_writer.subcaptions
    assert all("{" not in c.content for c in cues)
    assert scene.beats[0].narration == ("Here is a shape. It grows to fill the frame. And then "
                                        "it fades away.")


class LateOnItsMark(LectureScene):
    """Waits for a mark only after its words are over: the picture comes too late."""

    def construct(self) -> None:
        with self.beat("{now} This sentence names the circle. {later} Then more words.") as b:
            self.wait(6)
            b.wait_until("now")
            self.play(Create(Circle()), run_time=0.5)


def test_the_timing_check_catches_an_animation_after_its_words(tmp_path: Path) -> None:
    from scene_harness import timing_problems

    scene = build(LateOnItsMark, tmp_path, check_layout=True)
    problems = timing_problems(scene)
    assert len(problems) == 1 and "{now}" in problems[0]
    on_time = build(MarkedBeat, tmp_path, check_layout=True)
    assert not timing_problems(on_time)


class SameMarkTwice(LectureScene):
    """Two beats that both name a mark {go}: each animation is judged by its own beat's."""

    def construct(self) -> None:
        for words in ("A few words first. {go} Now the circle.", "{go} And it goes."):
            with self.beat(words) as b:
                circle = Circle()
                b.wait_until("go")
                self.play(Create(circle), run_time=0.5)


def test_a_mark_name_may_come_back_in_another_beat(tmp_path: Path) -> None:
    from scene_harness import timing_problems

    scene = build(SameMarkTwice, tmp_path, check_layout=True)
    assert len(scene.animation_starts) == 2 and not timing_problems(scene)
    # Each animation is known by the mark it waited for (the wait itself does not count).
    assert [m[0] for _, m in scene.animation_starts] == ["go", "go"]


def test_a_render_stopped_at_an_animation_number_ends_without_the_hold(tmp_path: Path) -> None:
    """``manim render -n 0,1`` ends the scene after its second play; the closing hold must not
    raise manim's end-of-range signal out of ``render``."""
    from manim import tempconfig

    with tempconfig({"quality": "low_quality", "media_dir": str(tmp_path),
                     "disable_caching": True, "progress_bar": "none", "verbosity": "WARNING",
                     "from_animation_number": 0, "upto_animation_number": 1}):
        scene = TwoBeats()
        scene.render()
        assert Path(scene.renderer.file_writer.movie_file_path).stat().st_size > 0
        assert scene.renderer.num_plays == 2
