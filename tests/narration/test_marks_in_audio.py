"""With a voice, a mark's time is where its words start in the scene's sound track: measured in
the decoded audio of a rendered video, not from the scene's own bookkeeping."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
from manim import Circle, Create, FadeOut, tempconfig

from narration.voices import espeak_available, read_audio
from scenes.common.beats import LectureScene

FRAME = 1 / 15
HOP = 0.01  # seconds per envelope sample


class MarkedAndSpoken(LectureScene):
    def construct(self) -> None:
        circle = Circle()
        with self.beat("Here is a plain circle on a dark ground. {grow} Now it grows. "
                       "{fade} And now it fades away.") as b:
            b.wait_until("grow")
            self.play(Create(circle), run_time=b.time_until("fade"))
            self.play(FadeOut(circle), run_time=b.time_until("end"))


def envelope(samples: np.ndarray, rate: int) -> np.ndarray:
    """RMS loudness every ``HOP`` seconds, mono."""
    mono = samples.mean(axis=1) if samples.ndim == 2 else samples
    hop = int(rate * HOP)
    n = len(mono) // hop
    return np.sqrt((mono[:n * hop].reshape(n, hop) ** 2).mean(axis=1))


def decoded_track(video: Path) -> tuple[np.ndarray, int]:
    with av.open(str(video)) as container:
        stream = container.streams.audio[0]
        chunks = [f.to_ndarray() for f in container.decode(stream)]
        rate = stream.rate
    data = np.concatenate(chunks, axis=1).astype(float)
    return data.T, rate


def onset_in(track: np.ndarray, clip: np.ndarray) -> float:
    """Where ``clip``'s loudness envelope best lines up inside ``track``'s, in seconds."""
    track, clip = track / (track.max() or 1), clip / (clip.max() or 1)
    scores = np.correlate(track - track.mean(), clip - clip.mean(), mode="valid")
    return float(np.argmax(scores)) * HOP


@pytest.mark.slow
def test_each_mark_is_where_its_clip_starts_in_the_decoded_audio(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not espeak_available():
        pytest.skip("espeak-ng is not installed")
    monkeypatch.setenv("LECTURE_VOICE", "espeak")
    monkeypatch.setenv("LECTURE_VOICE_CACHE", str(tmp_path / "voice"))
    with tempconfig({"media_dir": str(tmp_path), "quality": "low_quality",
                     "output_file": "marked", "disable_caching": True}):
        scene = MarkedAndSpoken()
        scene.render()
    video = next(tmp_path.rglob("marked.mp4"))
    samples, rate = decoded_track(video)
    track = envelope(samples, rate)
    beat = scene.beats[0]
    marks = dict(beat.marks)
    # The beat's clips in order: before {grow}, from {grow}, from {fade}.
    assert len(beat.audio) == 3
    for (path, start, _), mark in zip(beat.audio[1:], ("grow", "fade"), strict=True):
        assert marks[mark] == pytest.approx(start)
        clip, clip_rate = read_audio(Path(path))
        heard = onset_in(track, envelope(clip, clip_rate))
        assert heard == pytest.approx(marks[mark], abs=FRAME)
