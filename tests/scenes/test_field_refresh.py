"""A moving field redraws at most 30 times a second of video, and is never more than one
frame behind its weights.

The scenes are played for real (every frame's updaters run, on a tiny frame with no movie),
and a probe added after the field records, frame by frame, which weights the field shows
against the weights of that frame.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import Axes, Mobject, Scene, ValueTracker, linear, tempconfig

from scenes.common.pieces import (
    FIELD_REFRESH_RATE,
    BoundaryLine,
    ProbabilityField,
    field_refresh_due,
    follow,
)
from scenes.common.theme import DARK

THETA = np.array([0.5, 1.2, -0.8])


class MovingField(Scene):
    """A field and its boundary following a tracker for one second, then a hold."""

    def construct(self) -> None:
        self.theme = DARK
        axes = Axes(x_range=[-4, 4, 1], y_range=[-3, 3, 1], x_length=8, y_length=6)
        self.t = ValueTracker(0.0)
        theta = lambda: THETA * (1 + self.t.get_value())  # noqa: E731
        self.field = ProbabilityField(axes, theta, self.theme)
        self.field.clear_updaters()
        self.boundary = BoundaryLine(axes, theta, self.theme)
        self.boundary.clear_updaters()
        self.frames: list[tuple[float, float, str]] = []  # (tracker, field's, phase)
        self.phase = "still"
        probe = Mobject()
        probe.add_updater(lambda m: self.frames.append(
            (1 + self.t.get_value(), float(self.field._drawn_theta[0] / THETA[0]),
             self.phase)))
        self.add(self.field, axes, self.boundary, probe)
        follow(self.field, self.boundary)
        self.phase = "moving"
        self.play(self.t.animate.set_value(1.0), run_time=1.0, rate_func=linear)
        self.phase = "held"
        self.wait(0.2)


def _play(frame_rate: int, tmp_path: Path) -> MovingField:
    with tempconfig({"frame_rate": frame_rate, "pixel_width": 160, "pixel_height": 90,
                     "write_to_movie": False, "save_last_frame": False,
                     "media_dir": str(tmp_path), "disable_caching": True}):
        scene = MovingField()
        scene.render()
    return scene


@pytest.mark.parametrize("frame_rate", [15, 30])
def test_at_thirty_frames_a_second_or_fewer_every_frame_shows_its_weights(
        frame_rate: int, tmp_path: Path) -> None:
    scene = _play(frame_rate, tmp_path)
    assert len(scene.frames) >= frame_rate  # the play's frames were all updated
    for tracker, shown, _ in scene.frames:
        assert shown == pytest.approx(tracker, abs=1e-12)


def test_at_sixty_frames_a_second_the_field_redraws_every_other_frame(tmp_path: Path) -> None:
    scene = _play(60, tmp_path)
    playing = [(tracker, shown) for tracker, shown, phase in scene.frames if phase == "moving"]
    assert len(playing) >= 60
    behind = [tracker != pytest.approx(shown, abs=1e-12) for tracker, shown in playing]
    # One frame in two keeps the last field: never two in a row, about half of them.
    assert not any(a and b for a, b in zip(behind, behind[1:], strict=False))
    assert sum(behind) == pytest.approx(len(playing) / 2, abs=2)
    # A field that keeps its last pixels is one frame (1/60 of the tracker's unit run) behind.
    for (tracker, shown), late in zip(playing, behind, strict=True):
        if late:
            assert tracker - shown == pytest.approx(1 / 60, abs=1e-9)
    # The play's last update is exact, and so is every frame of the hold after it.
    assert scene.field._drawn_theta == pytest.approx(THETA * 2)
    held = [(tracker, shown) for tracker, shown, phase in scene.frames if phase == "held"]
    assert held and all(shown == pytest.approx(2.0) for _, shown in held)
    # The boundary is not capped: it follows the weights on every frame.
    theta = scene.field.theta_getter()
    start, end = (scene.field.axes.p2c(p) for p in (scene.boundary.line.get_start(),
                                                    scene.boundary.line.get_end()))
    for point in (start, end):
        assert theta[0] + theta[1:] @ np.asarray(point) == pytest.approx(0, abs=1e-6)


def test_a_refresh_is_due_at_the_rate_and_at_every_jump() -> None:
    interval = 1 / FIELD_REFRESH_RATE
    assert field_refresh_due(0.0, 0.0)  # the start and end of a play, a skipped animation
    assert not field_refresh_due(1 / 60, 1 / 60)
    assert field_refresh_due(1 / 60, 1 / 60 + 1 / 60)  # float sums land a hair short
    assert field_refresh_due(1 / 30, 1 / 30)
    assert field_refresh_due(1 / 15, 1 / 15)
    assert not field_refresh_due(1 / 120, 3 / 120)
    assert field_refresh_due(1 / 120, interval)
