"""The lecture's scenes, and the encode floor they are measured against, are encoded with the
libx264 preset of ``scenes.common.encoding``; the preset is read from the video itself.

libx264 writes the settings it encoded with into the stream (an SEI message: ``subme=2
... ref=1`` for ``veryfast``, ``subme=7 ... ref=3`` for ``medium``), so the test renders a
short scene and reads them back: it fails if the option never reached the encoder.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from manim import LEFT, RIGHT, Dot, tempconfig

from scenes.common.beats import LectureScene
from scenes.common.encoding import ENV_PRESET, frames_in_flight, x264_preset
from scripts.encode_floor import ENV_SECONDS, EncodeFloor

#: What libx264 records for each preset (its documented preset table).
RECORDED = {"veryfast": {"subme": "2", "ref": "1", "me": "hex"},
            "medium": {"subme": "7", "ref": "3", "me": "hex"},
            "ultrafast": {"subme": "0", "ref": "1", "me": "dia"}}


class MovingDot(LectureScene):
    def construct(self) -> None:
        dot = Dot(LEFT)
        with self.beat("A dot moves."):
            self.play(dot.animate.move_to(RIGHT), run_time=0.5)


def _settings(video: Path) -> dict[str, str]:
    """libx264's recorded settings in ``video`` (``name=value`` pairs of its SEI message)."""
    data = video.read_bytes()
    found = re.search(rb"x264 - core \d+.*? - .*?options: ([ -~]+)", data)
    assert found, f"no libx264 settings in {video}"
    return dict(pair.split("=", 1) for pair in found.group(1).decode().split() if "=" in pair)


def _render(scene_cls: type, tmp_path: Path) -> Path:
    with tempconfig({"quality": "low_quality", "media_dir": str(tmp_path),
                     "disable_caching": True, "progress_bar": "none",
                     "verbosity": "WARNING", "write_to_movie": True}):
        scene = scene_cls()
        scene.render()
        return Path(scene.renderer.file_writer.movie_file_path)


@pytest.mark.parametrize("preset", ["veryfast", "medium", "ultrafast"])
def test_a_scene_is_encoded_with_the_preset(preset: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    if preset == "veryfast":
        monkeypatch.delenv(ENV_PRESET, raising=False)  # the default
    else:
        monkeypatch.setenv(ENV_PRESET, preset)
    settings = _settings(_render(MovingDot, tmp_path))
    assert {name: settings.get(name) for name in RECORDED[preset]} == RECORDED[preset]


def test_the_encode_floor_is_encoded_as_the_scenes_are(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_PRESET, raising=False)
    monkeypatch.setenv(ENV_SECONDS, "0.5")
    settings = _settings(_render(EncodeFloor, tmp_path))
    assert {name: settings.get(name) for name in RECORDED["veryfast"]} == RECORDED["veryfast"]


def test_an_unknown_preset_names_the_known_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_PRESET, "quick")
    with pytest.raises(ValueError, match="'quick' is not a libx264 preset.*veryfast.*medium"):
        x264_preset()


def test_frames_waiting_for_the_encoder_are_bounded(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """manim queues a play's frames without limit when it encodes one movie at a time; the
    lecture's writer bounds the queue, so the drawing waits instead of piling up frames."""
    from manim.scene import scene_file_writer

    bounds: list[int] = []
    waiting: list[int] = []
    put = scene_file_writer._PartialMovieEncodeJob.put

    def recording(job: scene_file_writer._PartialMovieEncodeJob, num_frames: int,
                  frame: object) -> None:
        bounds.append(job.queue.maxsize)
        put(job, num_frames, frame)
        waiting.append(job.queue.qsize())

    monkeypatch.setattr(scene_file_writer._PartialMovieEncodeJob, "put", recording)
    _render(MovingDot, tmp_path)
    assert bounds and set(bounds) == {frames_in_flight()}
    assert max(waiting) <= frames_in_flight()


class DotThenHold(LectureScene):
    def construct(self) -> None:
        dot = Dot(LEFT)
        with self.beat("A dot moves, then holds."):
            self.play(dot.animate.move_to(RIGHT), run_time=0.3)
            self.wait(1.0)


def _partial_movies(video: Path) -> list[bytes]:
    folder = video.parent / "partial_movie_files" / video.stem
    return [path.read_bytes() for path in sorted(folder.glob("*.mp4"))]


def test_a_held_frame_is_converted_once_and_encoded_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hold's frames reach libx264 as manim would give them: the partial movies are
    equal byte for byte with and without converting the held frame once."""
    from manim.scene import scene_file_writer

    from scenes.common import encoding

    monkeypatch.delenv(ENV_PRESET, raising=False)
    monkeypatch.chdir(tmp_path)  # manim-slides writes slides/ here
    holds: list[int] = []
    once = encoding.HoldOnceEncodeJob._encode_and_write_frame

    def recording(job: encoding.HoldOnceEncodeJob, frame: object, num_frames: int) -> None:
        if num_frames > 1:
            holds.append(num_frames)
        once(job, frame, num_frames)

    monkeypatch.setattr(encoding.HoldOnceEncodeJob, "_encode_and_write_frame", recording)
    fast = _partial_movies(_render(DotThenHold, tmp_path / "once"))
    assert 15 in holds  # the 1 s hold at 15 fps took the once path
    monkeypatch.setattr(encoding.HoldOnceEncodeJob, "_encode_and_write_frame",
                        scene_file_writer._PartialMovieEncodeJob._encode_and_write_frame)
    plain = _partial_movies(_render(DotThenHold, tmp_path / "manim"))
    assert len(fast) >= 2
    assert fast == plain
