"""The lecture's scenes, and the encode floor they are measured against, are encoded with the
libx264 preset of ``scenes.common.encoding``; the preset is read from the video itself.

libx264 writes the settings it encoded with into the stream (an SEI message: ``subme=2
... ref=1`` for ``veryfast``, ``subme=7 ... ref=3`` for ``medium``), so the test renders a
short scene and reads them back: it fails if the option never reached the encoder.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest
from manim import LEFT, RIGHT, Dot, tempconfig

from scenes.common.beats import LectureScene
from scenes.common.encoding import ENV_PRESET, frames_in_flight, hold_offsets, x264_preset
from scripts.encode_floor import ENV_SECONDS, EncodeFloor
from scripts.export.ffmpeg import frames_at_rate

#: What libx264 records for each preset (its documented preset table).
RECORDED = {"veryfast": {"subme": "2", "ref": "1", "me": "hex"},
            "medium": {"subme": "7", "ref": "3", "me": "hex"},
            "ultrafast": {"subme": "0", "ref": "1", "me": "dia"}}


#: The most two encodings of the same frames differ by here (levels of 255, at a dot's edge).
CODEC_NOISE = 40


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
        with self.beat("A dot moves, holds, and moves back."):
            self.play(dot.animate.move_to(RIGHT), run_time=0.4)
            self.wait(3.0)
            self.play(dot.animate.move_to(LEFT), run_time=0.4)


def _stored(video: Path) -> list[int]:
    """How many frames each partial movie of ``video`` stores (its packets)."""
    folder = video.parent / "partial_movie_files" / video.stem
    counts = []
    for path in sorted(folder.glob("*.mp4"), key=lambda p: p.stat().st_mtime_ns):
        with av.open(str(path)) as c:
            counts.append(sum(1 for p in c.demux(c.streams.video[0]) if p.size))
    return counts


def _ffprobe_duration(video: Path) -> float:
    """The container's length as the ``ffprobe`` of the system's ffmpeg reads it."""
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                          "-of", "default=nw=1:nk=1", str(video)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout)


def test_hold_offsets_keep_the_first_one_a_second_and_the_last_frames() -> None:
    assert hold_offsets(1, 15) == [0]
    assert hold_offsets(2, 15) == [0, 1]
    assert hold_offsets(4, 15) == [0, 2, 3]
    assert hold_offsets(45, 15) == [0, 15, 30, 43, 44]
    assert hold_offsets(20, 60) == [0, 18, 19]
    assert hold_offsets(8, 1) == list(range(8))


def test_a_held_frame_is_stored_once_a_second_and_shown_at_every_frame_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hold's frame is encoded a few times, not once a frame, and a player shows what
    manim's constant-rate movie shows at every frame time, for as long."""
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
    sparse = _render(DotThenHold, tmp_path / "once")
    assert 45 in holds  # the 3 s hold at 15 fps took the hold path
    monkeypatch.setattr(encoding.HoldOnceEncodeJob, "_encode_and_write_frame",
                        scene_file_writer._PartialMovieEncodeJob._encode_and_write_frame)
    plain = _render(DotThenHold, tmp_path / "manim")

    with av.open(str(sparse)) as a, av.open(str(plain)) as b:
        length = a.duration
        assert length == b.duration
    # The system's ffmpeg, which joins the lecture's scenes, reads the same length.
    assert _ffprobe_duration(sparse) == pytest.approx(length / 1e6, abs=1e-3)
    assert 5 in _stored(sparse) and 45 in _stored(plain)  # the hold: 5 frames stored of 45
    assert sum(_stored(sparse)) < sum(_stored(plain)) - 30
    shown = [f.to_ndarray(format="rgb24").astype(int) for f in frames_at_rate(sparse)]
    with av.open(str(plain)) as c:
        manims = [f.to_ndarray(format="rgb24").astype(int) for f in c.decode(video=0)]
    assert len(shown) == len(manims) == 6 + 45 + 6 + sum(holds) - 45
    # Equal up to the encoder's rounding (the two files were encoded from different frame
    # sequences), which is far less than one frame of motion changes.
    differences = [int(np.abs(a - b).max()) for a, b in zip(shown, manims, strict=True)]
    motion = [int(np.abs(a - b).max()) for a, b in zip(manims[:6], manims[1:7], strict=True)]
    assert max(differences) <= CODEC_NOISE < min(motion)
