"""The shared drawing pieces, rendered to real pixels and checked against core's numbers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import Axes, ValueTracker
from scene_harness import build, final_frame, pixel_at

from core import probability_field
from scenes.common.beats import LectureScene
from scenes.common.pieces import BoundaryLine, ProbabilityField, ReadoutPanel
from scenes.common.theme import DARK

THETA = np.array([0.5, 1.2, -0.8])


class FieldDemo(LectureScene):
    def construct(self) -> None:
        self.axes = Axes(x_range=[-4, 4, 1], y_range=[-3, 3, 1], x_length=8, y_length=6)
        self.t = ValueTracker(0.0)
        theta = lambda: THETA * (1 + self.t.get_value())  # noqa: E731
        self.field = ProbabilityField(self.axes, theta, self.theme)
        self.boundary = BoundaryLine(self.axes, theta, self.theme)
        self.add(self.field, self.axes, self.boundary)


def _close(a: np.ndarray, b: np.ndarray, tol: int = 12) -> bool:
    return bool(np.all(np.abs(a.astype(int) - b.astype(int)) <= tol))


def test_field_colours_each_side_of_the_boundary_as_core_says(tmp_path: Path) -> None:
    scene, pixels = final_frame(FieldDemo, tmp_path)
    axes = scene.axes
    for x, y in [(-3.0, 2.0), (3.0, -2.0), (2.5, 2.5), (-2.5, -2.5), (0.3, 0.1)]:
        p = probability_field(THETA, (x - 1e-3, x + 1e-3), (y - 1e-3, y + 1e-3), shape=(1, 1))
        expected = DARK.ramp(p)[0, 0, :3].astype(float)
        # The image is drawn at 85 % opacity over the background.
        bg = np.array([int(DARK.background[i:i + 2], 16) for i in (1, 3, 5)])
        blended = DARK.field_opacity * expected + (1 - DARK.field_opacity) * bg
        got = pixel_at(scene, pixels, axes.c2p(x, y))
        assert _close(got, blended, tol=20), (x, y, got, blended)
    # Class 1 side (theta^T x > 0) is warm (more red than blue); the other side teal.
    warm = pixel_at(scene, pixels, axes.c2p(3.0, -2.0))
    teal = pixel_at(scene, pixels, axes.c2p(-3.0, 2.0))
    assert warm[0] > warm[2] and teal[2] > teal[0]


def test_boundary_lies_on_theta_x_zero_and_the_normal_points_to_class_one(tmp_path: Path) -> None:
    scene = build(FieldDemo, tmp_path)
    line = scene.boundary.line
    for point in (line.get_start(), line.get_end()):
        x1, x2 = scene.axes.p2c(point)
        assert THETA[0] + THETA[1] * x1 + THETA[2] * x2 == pytest.approx(0, abs=1e-6)
    tail, tip = (scene.axes.p2c(p) for p in (scene.boundary.arrow.get_start(),
                                                scene.boundary.arrow.get_end()))
    score = lambda x: THETA[0] + THETA[1:] @ np.asarray(x)  # noqa: E731
    assert score(tail) == pytest.approx(0, abs=1e-6)  # the arrow starts on the boundary
    assert score(tip) > 0.5  # and points into class 1's side


def test_pieces_follow_their_trackers(tmp_path: Path) -> None:
    scene = build(FieldDemo, tmp_path)
    before = scene.field.pixel_array.copy()
    scene.t.set_value(2.0)
    scene.field.update()
    scene.boundary.update()
    assert not np.array_equal(before, scene.field.pixel_array)  # sharper field
    expected = DARK.ramp(probability_field(THETA * 3, *scene.field.box, shape=(90, 120)))
    assert np.array_equal(scene.field.pixel_array, expected)


class ReadoutDemo(LectureScene):
    def construct(self) -> None:
        self.v = ValueTracker(0.25)
        self.panel = ReadoutPanel([(r"h", self.v.get_value, 3)], self.theme)
        self.add(self.panel)


def test_readout_shows_the_tracked_value(tmp_path: Path) -> None:
    scene = build(ReadoutDemo, tmp_path)
    number = scene.panel.numbers[0]
    assert number.get_value() == pytest.approx(0.25)
    scene.v.set_value(0.777)
    number.update()
    assert number.get_value() == pytest.approx(0.777)


def test_a_readout_moved_within_its_last_digit_keeps_its_glyphs(tmp_path: Path) -> None:
    """A value that moves but shows the same digits is not rebuilt (manim would rebuild the
    same glyphs in the same place, about 10 ms a frame); new digits are."""
    scene = build(ReadoutDemo, tmp_path)
    number = scene.panel.numbers[0]
    scene.v.set_value(0.25)  # (the scene may be shared with the test above)
    number.update()
    glyphs = list(number.submobjects)
    points = number.get_all_points().copy()
    decimals = number.num_decimal_places
    scene.v.set_value(0.25 + 0.4 * 10.0 ** -decimals)  # rounds to the same digits
    number.update()
    assert number.get_value() == pytest.approx(0.25 + 0.4 * 10.0 ** -decimals)
    assert number.submobjects == glyphs
    assert np.array_equal(number.get_all_points(), points)
    scene.v.set_value(0.25 + 3 * 10.0 ** -decimals)  # the last digit moves
    number.update()
    assert number.submobjects != glyphs


def test_a_rebuilt_when_changed_updater_rebuilds_only_for_its_key_or_foreign_changes() -> None:
    from manim import Line

    from scenes.common.pieces import rebuilt_when_changed

    tracker = ValueTracker(1.0)
    rebuilds: list[float] = []

    def rebuild(line: Line) -> None:
        rebuilds.append(tracker.get_value())
        line.put_start_and_end_on(np.array([0.0, 0.0, 0.0]),
                                  np.array([tracker.get_value(), 1.0, 0.0]))

    line = Line()
    line.add_updater(rebuilt_when_changed(tracker.get_value, rebuild))
    line.update()
    line.update()  # nothing changed: no rebuild
    assert rebuilds == [1.0]
    tracker.set_value(2.0)
    line.update()
    line.update()
    assert rebuilds == [1.0, 2.0]
    line.shift(np.array([0.0, 1.0, 0.0]))  # moved by something else: drawn from the key again
    line.update()
    assert rebuilds == [1.0, 2.0, 2.0]
    assert np.allclose(line.get_end(), [2.0, 1.0, 0.0])


class MorphDemo(LectureScene):
    """A derivation line that transforms in place: a + b -> b + a -> c."""

    def construct(self) -> None:
        from scenes.common.pieces import Derivation

        self.d = Derivation([["x", "=", "a", "+", "b"], ["x", "=", "b", "+", "a"],
                             ["x", "=", "c"]], self.theme, notes=["one", "two", "three"]
                            ).in_place([1, 1, 1])
        self.equals = [row[1].get_center().copy() for row in self.d.rows]
        self.add(self.d.rows[0])
        self.play(self.d.morph(0, 1, [(0, 0), (1, 1), (2, 4), (3, 3), (4, 2)]))
        self.play(self.d.morph(1, 2, [(0, 0), (1, 1), ((2, 3, 4), 2)]))


def test_a_derivation_in_place_transforms_one_line(tmp_path: Path) -> None:
    scene = build(MorphDemo, tmp_path)
    d = scene.d
    for at in scene.equals:
        assert at == pytest.approx(scene.equals[0])
    on_screen = {id(m) for top in scene.mobjects for m in top.get_family()}
    # The last row is what is left; the first two rows' own pieces are gone.
    assert all(id(p) in on_screen for p in d.rows[2])
    assert not any(id(p) in on_screen for p in d.rows[0])
    # The notes sit in one place (their tops level, centred), under the line.
    assert len({round(float(n.get_top()[1]), 6) for n in d.notes}) == 1
    assert len({round(float(n.get_x()), 6) for n in d.notes}) == 1
    assert d.notes[0].get_top()[1] < min(r.get_bottom()[1] for r in d.rows)


def test_fewest_decimals_writes_each_tick_as_short_as_it_can() -> None:
    from scenes.common.plots import fewest_decimals

    values = (1.0, 0.5, 0.25, 2.0, 0.125, 1 / 3, -1.5)
    assert [fewest_decimals(v) for v in values] == [0, 1, 2, 0, 3, 3, 1]
