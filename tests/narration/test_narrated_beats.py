"""A narrated beat lasts at least as long as its speech plus a breath, never overlaps the next
beat, and shows each subtitle cue exactly while that cue is spoken."""

from __future__ import annotations

from pathlib import Path

import pytest
from manim import Circle, Create, tempconfig

from narration.voices import espeak_available
from scenes.common.beats import BREATH, LectureScene

FRAME = 1 / 15  # one frame at the low quality the tests use


class TwoNarratedBeats(LectureScene):
    """A short animation under a long narration, then a long animation under a short one."""

    def construct(self) -> None:
        with self.beat("A circle appears. It is the first of many shapes in this little "
                       "lecture, and this beat talks for longer than it animates."):
            self.play(Create(Circle()), run_time=0.5)
        with self.beat("Now it waits."):
            self.wait(4.0)


@pytest.fixture
def narrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TwoNarratedBeats:
    if not espeak_available():
        pytest.skip("espeak-ng is not installed")
    monkeypatch.setenv("LECTURE_VOICE", "espeak")
    monkeypatch.setenv("LECTURE_VOICE_CACHE", str(tmp_path / "voice"))
    with tempconfig({"media_dir": str(tmp_path), "write_to_movie": False,
                     "output_file": str(tmp_path / "out"), "quality": "low_quality"}):
        scene = TwoNarratedBeats(skip_animations=True)
        scene.setup()
        scene.construct()
    return scene


def test_each_beat_outlasts_its_speech_and_speech_never_overlaps(narrated) -> None:  # noqa: ANN001
    first, second = narrated.beats
    for beat in (first, second):
        assert beat.audio, "no speech placed"
        spoken_end = beat.audio[-1][2]
        assert beat.end >= spoken_end + BREATH - 1e-6
        assert all(beat.start - 1e-9 <= a <= b <= beat.end for _, a, b in beat.audio)
    assert second.start >= first.end  # the next beat's speech starts after this one ends
    # The long animation sets the second beat's length, not its short speech.
    assert second.end - second.start == pytest.approx(4.0, abs=FRAME)


def test_captions_lie_within_the_speech_they_show(narrated) -> None:  # noqa: ANN001
    """One clip per stretch of words between marks (here: per beat); its captions share the
    clip's time by characters, the first starting with the clip, none outlasting its beat."""
    cues = narrated.renderer.file_writer.subcaptions
    clips = [(a, b) for beat in narrated.beats for _, a, b in beat.audio]
    assert len(clips) == 2 and len(cues) == 3  # the first beat needs two cues
    assert cues[0].start.total_seconds() == pytest.approx(clips[0][0], abs=FRAME)
    assert cues[1].end.total_seconds() == pytest.approx(clips[0][1], abs=FRAME)
    assert cues[2].start.total_seconds() == pytest.approx(clips[1][0], abs=FRAME)
    for cue in cues:
        assert cue.end > cue.start
