"""Chapter 2: the field, boundary and accuracy shown are core's; the layout holds throughout."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import DEGREES, DL, DR, UL, UR, Axes, Circle, Dot, MathTex, VGroup
from scene_harness import before_clearing, build, final_frame, pixel_at

from core import (
    accuracy,
    feature_comparison,
    load_dataset,
    log_odds,
    newton_method,
    predict,
)
from scenes.common.pieces import BoundaryLine
from scenes.common.theme import DARK
from scenes.logistic_regression.ch02_boundary import (
    ARROW_LENGTH,
    FIT_L2,
    BoundaryCheck,
    BoundaryRotatesOverTheField,
    LogOddsInvertTheSigmoid,
    StraightCutCannotSplitABullseye,
)


@pytest.fixture(scope="module")
def rotated(tmp_path_factory: pytest.TempPathFactory) -> BoundaryRotatesOverTheField:
    return build(BoundaryRotatesOverTheField, tmp_path_factory.mktemp("ch02"),
                 check_layout=True)


def _panel(scene):  # noqa: ANN001, ANN202
    return next(m for m in scene.mobjects if type(m).__name__ == "ReadoutPanel")


def test_the_knobs_settle_on_the_maximum_likelihood_fit(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    data = load_dataset("clouds")
    fit = newton_method(data.X, data.y, l2=FIT_L2)
    # "Fitted by maximum likelihood" is said: no penalty, and the fit converged.
    assert FIT_L2 == 0.0 and fit.converged
    fitted = fit.thetas[-1]
    from scenes.logistic_regression.ch02_boundary import START
    shown = [n.get_value() for n in _panel(rotated).numbers]
    assert shown[:3] == pytest.approx(list(fitted), abs=1e-6)
    assert shown[3] == pytest.approx(accuracy(fitted, data.X, data.y))
    # The weights' length left as the log-likelihood arrived, in its place: the fit's
    # table shows what is compared, and the panel keeps its size.
    assert not _on_screen(rotated, rotated.length_row)
    # Back at the starting weights' length exactly before the fit (never caught mid-way).
    assert rotated.length_before_fit == pytest.approx(float(np.hypot(*START[1:])), abs=1e-9)
    # The shading is still on screen, and so is its key.
    assert _on_screen(rotated, rotated.shading_key)
    assert shown[5] == pytest.approx(_bernoulli_log_likelihood(fitted, data.X, data.y),
                                     abs=1e-6)
    # "Accuracy ends a touch below the starting weights'": true of the clouds.
    assert accuracy(fitted, data.X, data.y) < accuracy(START, data.X, data.y)
    assert "touch below the starting weights" in " ".join(b.narration for b in rotated.beats)
    # ... and the starting accuracy is on screen beside the fitted one as it is said.
    assert all(_on_screen(rotated, m) for m in rotated.start_accuracy)
    word, value = rotated.start_accuracy
    assert value.get_value() == pytest.approx(accuracy(START, data.X, data.y))
    assert value.num_decimal_places == 3 and "start" in word.tex_string
    # ... on the fitted accuracy's baseline.
    fitted_acc = _panel(rotated).numbers[3]
    assert value.get_bottom()[1] == pytest.approx(fitted_acc.get_bottom()[1], abs=1e-6)


def _on_screen(scene, mob) -> bool:  # noqa: ANN001
    return any(mob in m.get_family() for m in scene.mobjects)


def test_only_the_compared_numbers_get_a_start_tag(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    """The words compare accuracy and log-likelihood with the starting weights': those two,
    and only those, get a "start" tag, each right of its fitted number on its baseline, in
    one column; the model's formula stays, and the h = 0.1 and 0.9 lines (not used by the
    fit's words) and their key have left."""
    from scenes.common.layout import SAFE

    panel = _panel(rotated)
    tags = (rotated.start_accuracy, rotated.start_likelihood_tag)
    for tag, row in zip(tags, (3, 5), strict=True):
        word, number = tag
        assert _on_screen(rotated, tag)
        assert word.tex_string == r"\text{start}"
        assert number.get_bottom()[1] == pytest.approx(panel.numbers[row].get_bottom()[1],
                                                       abs=1e-6)
        assert tag.get_left()[0] > panel.numbers[row].get_right()[0] + 0.2
        assert tag.get_right()[0] <= SAFE.right
    assert tags[0].get_left()[0] == pytest.approx(tags[1].get_left()[0], abs=1e-6)
    starts = [m for top in rotated.mobjects for m in top.get_family()
              if isinstance(m, MathTex) and m.tex_string == r"\text{start}"]
    assert len(starts) == 2
    assert any(isinstance(m, MathTex) and "h(x) = g" in m.tex_string
               for m in rotated.mobjects)
    assert not any(type(m).__name__ == "LevelLine" for top in rotated.mobjects
                   for m in top.get_family())
    assert not any(isinstance(m, MathTex) and "and" in m.tex_string
                   for top in rotated.mobjects for m in top.get_family())


def test_the_start_tag_is_clear_of_the_start_line(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    """The ghost line's name sits off the line: every corner of the word's box on its
    class-1 side (the score at the starting weights is positive there)."""
    from scenes.logistic_regression.ch02_boundary import START

    axes = next(m for m in rotated.mobjects if isinstance(m, Axes))
    name = rotated.start_name
    corners = [name.get_corner(d) for d in (UL, UR, DL, DR)]
    for corner in corners:
        x = np.array(axes.p2c(corner)[:2])
        assert START[0] + START[1:] @ x > 0.1


def _bernoulli_log_likelihood(theta: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """An independent reference: sum of y log p + (1 - y) log(1 - p), p from scipy."""
    from scipy.special import log_expit

    z = theta[0] + X @ theta[1:]
    return float(np.sum(y * log_expit(z) + (1 - y) * log_expit(-z)))


def test_the_log_likelihood_rises_while_accuracy_falls(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    """The fit's log-likelihood is shown beside the start's, and it is the higher one: what
    "maximum likelihood makes the probabilities fit" is said over."""
    from scenes.logistic_regression.ch02_boundary import START

    data = load_dataset("clouds")
    fitted = newton_method(data.X, data.y, l2=FIT_L2).thetas[-1]
    shown = _panel(rotated).numbers[5]
    assert shown.get_value() == pytest.approx(
        _bernoulli_log_likelihood(fitted, data.X, data.y), abs=1e-6)
    start = rotated.start_likelihood
    assert _on_screen(rotated, start)
    assert start.get_value() == pytest.approx(
        _bernoulli_log_likelihood(np.asarray(START, float), data.X, data.y), abs=1e-6)
    # The row arrives before the fit at the start's value, so it climbs live with the knobs.
    assert rotated.likelihood_on_arrival == pytest.approx(start.get_value(), abs=1e-6)
    # "climbs well above its start" while accuracy falls.
    assert shown.get_value() > start.get_value() + 1.0
    assert accuracy(fitted, data.X, data.y) < accuracy(START, data.X, data.y)
    assert "log-likelihood climbs" in " ".join(b.narration for b in rotated.beats)
    # On the fitted number's baseline, in the start column.
    assert start.get_bottom()[1] == pytest.approx(shown.get_bottom()[1], abs=1e-6)
    assert start.get_left()[0] == pytest.approx(
        rotated.start_accuracy[1].get_left()[0], abs=1e-6)
    # ... and that column inside the title-safe area.
    from scenes.common.layout import SAFE
    assert max(start.get_right()[0], rotated.start_accuracy.get_right()[0]) <= SAFE.right


def _mark_time(scene, mark: str) -> float:  # noqa: ANN001
    return next(t for b in scene.beats for m, t in b.marks if m == mark)


def test_the_fit_is_slow_enough_to_watch_and_the_collapse_is_seen(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    """The knobs move for at least FIT_RUN_TIME seconds, over the words about the climb, and
    the log-likelihood climbs all the way (core's, along the knobs' path); accuracy is on
    screen at the start's value before the half turn, so its collapse is seen."""
    from core import log_likelihood
    from scenes.logistic_regression.ch02_boundary import FIT_RUN_TIME, START

    assert rotated.fit_run_time >= FIT_RUN_TIME >= 6.0
    assert _mark_time(rotated, "move") <= rotated.fit_moved_at - rotated.fit_run_time + 1e-6
    data = load_dataset("clouds")
    fitted = newton_method(data.X, data.y, l2=FIT_L2).thetas[-1]
    # The knobs (bias, angle, length) move together from the start to the fit.
    a0, a1 = np.arctan2(START[2], START[1]), np.arctan2(fitted[2], fitted[1])
    r0, r1 = np.hypot(*START[1:]), np.hypot(*fitted[1:])
    path = [np.array([s * fitted[0], (r0 + s * (r1 - r0)) * np.cos(a0 + s * (a1 - a0)),
                      (r0 + s * (r1 - r0)) * np.sin(a0 + s * (a1 - a0))])
            for s in np.linspace(0, 1, 101)]
    climb = [log_likelihood(t, data.X, data.y) for t in path]
    assert np.all(np.diff(climb) >= 0)
    assert rotated.accuracy_before_turn == pytest.approx(accuracy(START, data.X, data.y))
    assert rotated.accuracy_after_turn < 0.1
    assert rotated.rows_shown_at["accuracy"] < _mark_time(rotated, "turn")


def test_each_readout_row_arrives_when_it_is_spoken_of(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    """The weights' rows come with the arrow, accuracy with its name (as it collapses), the
    weights' length with "the size", and the log-likelihood (glossed as the log-probability
    of the labels) with its name, before the fit moves the knobs: no number waits on screen
    unexplained."""
    shown = rotated.rows_shown_at
    assert _mark_time(rotated, "arrow") <= shown["weights"] < _mark_time(rotated, "toward")
    assert _mark_time(rotated, "size") <= shown["length"] < _mark_time(rotated, "long")
    assert _mark_time(rotated, "acc") <= shown["accuracy"] < _mark_time(rotated, "acc") + 1
    assert _mark_time(rotated, "lik") <= shown["log-likelihood"] < _mark_time(rotated, "move")
    # The log-likelihood is on screen before the knobs move, so it climbs live with them.
    assert shown["log-likelihood"] < _mark_time(rotated, "move") <= rotated.fit_moved_at - 1
    assert shown["weights"] < shown["accuracy"] < shown["length"] < shown["log-likelihood"]
    # In the course's notation (chapter 3's ell of theta), glossed in plain words; the
    # method's name, taught in chapter 3, is not used before it is taught.
    label = _panel(rotated)[-1][0]
    assert label.tex_string == r"\ell(\theta)"
    narration = " ".join(b.narration for b in rotated.beats)
    assert "ell of theta" in narration and "probability the model gives the true labels" in (
        narration)
    assert "maximum likelihood" not in narration.lower()


def test_the_points_the_fitted_line_gets_wrong_are_counted_and_ringed(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    """"Settle with the line between the two clouds" is said with the fitted line's mistakes
    counted (core's) and ringed as they are said: the words never claim a clean split."""
    from scenes.common.spoken import count_word

    data = load_dataset("clouds")
    fitted = newton_method(data.X, data.y, l2=FIT_L2).thetas[-1]
    wrong = np.flatnonzero(predict(fitted, data.X) != data.y)
    assert list(rotated.fit_wrong) == list(wrong) and len(wrong) == 2
    narration = " ".join(b.narration for b in rotated.beats)
    assert f"{count_word(len(wrong))} points still on the wrong side" in narration
    axes = next(m for m in rotated.mobjects if isinstance(m, Axes))
    centres = [np.array(axes.p2c(r.get_center())[:2]) for r in rotated.wrong_rings]
    assert np.allclose(centres, data.X[wrong], atol=1e-6)
    # Gone again once the comparison of numbers starts.
    assert not _on_screen(rotated, rotated.wrong_rings)


def test_the_points_are_drawn_over_the_boundary_line(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    """A point near the origin sits on the starting line: every point is drawn over the line
    (and under the arrow), whatever order they were added in."""
    from manim.utils.family import extract_mobject_family_members

    from scenes.logistic_regression.ch02_boundary import POINT_RADIUS, START

    data = load_dataset("clouds")
    # The reason: a point lies on the starting line, nearer it than its own radius.
    distance = np.abs(START[0] + data.X @ START[1:]) / np.linalg.norm(START[1:])
    axes = next(m for m in rotated.mobjects if isinstance(m, Axes))
    unit = np.linalg.norm(axes.c2p(1, 0) - axes.c2p(0, 0))
    assert distance.min() * unit < POINT_RADIUS
    boundary = next(m for m in rotated.mobjects if isinstance(m, BoundaryLine))
    order = extract_mobject_family_members(rotated.mobjects, use_z_index=True)
    at = {id(m): i for i, m in enumerate(order)}
    dots = list(rotated.points)
    assert len(dots) == len(data.X) and all(id(d) in at for d in dots)
    assert at[id(boundary.line)] < min(at[id(d)] for d in dots)
    assert max(at[id(d)] for d in dots) < at[id(boundary.arrow)]


def test_the_boundary_name_stands_clear_of_the_points_and_the_line(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    """"decision boundary" is written in an empty corner: inside the box, off the starting
    line (every corner on one side of it), and well clear of every point."""
    from scenes.logistic_regression.ch02_boundary import BOX, START

    axes = next(m for m in rotated.mobjects if isinstance(m, Axes))
    name = rotated.boundary_name
    (x0, x1), (y0, y1) = BOX
    corners = np.array([axes.p2c(name.get_corner(d))[:2] for d in (UL, UR, DL, DR)])
    assert np.all((corners[:, 0] > x0) & (corners[:, 0] < x1)
                  & (corners[:, 1] > y0) & (corners[:, 1] < y1))
    sides = (START[0] + corners @ START[1:]) / np.linalg.norm(START[1:])
    assert np.all(sides < -0.2) or np.all(sides > 0.2)
    data = load_dataset("clouds")
    lo, hi = corners.min(axis=0), corners.max(axis=0)
    gaps = np.linalg.norm(data.X - np.clip(data.X, lo, hi), axis=1)
    assert gaps.min() > 0.4


def test_the_readout_numbers_sit_on_their_labels_baselines(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    """Each number rests on its label's baseline (found from a digit set after the label),
    and the numbers share one left edge."""
    from scenes.common.pieces import baseline_offset

    panel = _panel(rotated)
    lefts = []
    for label, number in panel:
        baseline = label.get_bottom()[1] + baseline_offset(label)
        assert number.get_bottom()[1] == pytest.approx(baseline, abs=0.01)
        lefts.append(number.get_left()[0])
    assert lefts == pytest.approx([lefts[0]] * len(lefts), abs=1e-6)
    # The subscripted labels' baselines lie above their bottoms; "accuracy"'s y descends.
    assert all(baseline_offset(label) > 0.02 for label, _ in panel)


def test_the_normal_arrow_points_to_class_one_at_a_fixed_length(tmp_path: Path) -> None:
    """Whatever the weights (short ones included), the arrow is ARROW_LENGTH long and points
    where the score grows: toward class 1."""
    class Spy(BoundaryRotatesOverTheField):
        def play(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            super().play(*args, **kwargs)
            boundary = next((m for m in self.mobjects if isinstance(m, BoundaryLine)), None)
            if boundary is None or boundary.arrow.get_stroke_opacity() == 0:
                return
            axes = boundary.axes
            start, end = (np.array(axes.p2c(p)) for p in (boundary.arrow.get_start(),
                                                           boundary.arrow.get_end()))
            theta = boundary.theta_getter()
            lengths.append(float(np.linalg.norm(end - start)))
            alignments.append(float((end - start) @ theta[1:] / np.linalg.norm(theta[1:])))
            feet.append(float(theta[0] + theta[1:] @ start))  # the foot on the line
            arrows.append((start, end))

    lengths, alignments, feet, arrows = [], [], [], []
    build(Spy, tmp_path)
    assert len(lengths) > 5
    assert lengths == pytest.approx([ARROW_LENGTH] * len(lengths), rel=1e-3)
    assert alignments == pytest.approx(lengths, rel=1e-3)  # along +(theta1, theta2)
    assert feet == pytest.approx([0.0] * len(feet), abs=1e-6)
    # At the fitted weights the arrow stays clear of every point (a point's radius and then
    # some, in data units): it does not cover the class-1 cloud it points at.
    data = load_dataset("clouds")
    start, end = arrows[-1]
    t = np.clip((data.X - start) @ (end - start) / ((end - start) @ (end - start)), 0, 1)
    gaps = np.linalg.norm(data.X - (start + t[:, None] * (end - start)), axis=1)
    assert gaps.min() > 0.2


def test_the_score_plane_and_its_squashed_sheet_come_from_core(tmp_path: Path) -> None:
    from manim import Surface

    from core import predict_proba, scores
    from scenes.logistic_regression.ch02_boundary import (
        SHEET_STRETCH,
        START,
        ScoreIsATiltedPlane,
    )

    scene = build(ScoreIsATiltedPlane, tmp_path, check_layout=True)
    axes = next(m for m in scene.mobjects if type(m).__name__ == "ThreeDAxes")
    below, above = next(m for m in scene.mobjects
                        if len(m) == 2 and all(isinstance(s, Surface) for s in m))
    for half, side in ((below, -1), (above, 1)):
        for face in half[::5]:
            for point in face.get_anchors()[::3]:
                x1, x2, height = axes.p2c(point)
                h = float(predict_proba(START, [[x1, x2]])[0])
                assert height == pytest.approx((h - 0.5) * SHEET_STRETCH, abs=1e-6)
                # Each half on its own side of the floor (cut along the boundary).
                assert side * height >= -1e-6
    # The half under the floor is the fainter.
    assert below[0].get_fill_opacity() < above[0].get_fill_opacity()
    # Drawn in their true order as the camera looks down: the part below the floor, the
    # floor, then the part above it.
    floor = next(m for m in scene.mobjects if type(m).__name__ == "Polygon")
    order = scene.floor_layering(scene.mobjects)
    at = {id(m): i for i, m in enumerate(order)}
    assert max(at[id(f)] for f in below) < at[id(floor)] < min(at[id(f)] for f in above)
    # The boundary drawn on the floor is the plane's zero contour.
    line = scene.boundary_line[-1]  # the white line over its dark underlay
    for end in (line.get_start(), line.get_end()):
        x1, x2, height = axes.p2c(end)
        assert height == pytest.approx(0, abs=1e-9)
        assert float(scores(START, [[x1, x2]])[0]) == pytest.approx(0, abs=1e-6)
    # Its words are fixed in the frame (they do not turn with the camera).
    assert all(m in scene.renderer.camera.fixed_in_frame_mobjects for m in scene.words)
    # The points the boundary runs through (the one near the origin among them) are drawn
    # over it: under the line they vanished.
    distance = np.abs(scores(START, load_dataset("clouds").X)) / np.linalg.norm(START[1:])
    assert len(scene.on_line) == int(np.sum(distance < 0.25)) >= 1
    order = [m for top in scene.floor_layering(scene.mobjects) for m in top.get_family()]
    at = {id(m): i for i, m in enumerate(order)}
    assert all(at[id(line)] < at[id(d)] for d in scene.on_line)
    # The sigmoid's graph clear of the legend under it.
    assert scene.sigmoid_inset.get_bottom()[1] > scene.legend.get_top()[1] + 0.4


def test_the_height_ruler_never_stands_without_its_name(tmp_path: Path) -> None:
    """The 3-D picture's height axis is named from the moment it is drawn ("score", then "h"
    once the plane is bent), and it comes with its name as the height is said."""
    from scenes.logistic_regression.ch02_boundary import ScoreIsATiltedPlane

    seen: list[tuple[bool, bool, float]] = []

    class Spy(ScoreIsATiltedPlane):
        def play(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            super().play(*args, **kwargs)
            if hasattr(self, "ruler_name"):
                between[self.renderer.time] = (_on_screen(self, self.ruler_name),
                                               _on_screen(self, self.h_ruler_name))
            ruler = getattr(self, "ruler", None)
            names = [getattr(self, n, None) for n in ("ruler_name", "h_ruler_name")]
            seen.append((ruler is not None and _on_screen(self, ruler),
                         any(n is not None and _on_screen(self, n) for n in names),
                         self.renderer.time))

    between: dict[float, tuple[bool, bool]] = {}
    scene = build(Spy, tmp_path)
    # As the score's marks have just left: its name still stands, h's not yet.
    assert between[scene.score_marks_gone_at] == (True, False)
    assert scene.ruler_name.tex_string == r"\text{score}"
    shown = [(named, t) for ruler, named, t in seen if ruler]
    assert shown and all(named for named, _ in shown)
    assert shown[0][1] >= _mark_time(scene, "height")


def test_final_frame_is_warm_on_class_ones_side_and_teal_on_the_other(tmp_path: Path) -> None:
    scene, pixels = final_frame(BoundaryRotatesOverTheField, tmp_path)
    data = load_dataset("clouds")
    fitted = newton_method(data.X, data.y, l2=FIT_L2).thetas[-1]
    axes = next(m for m in scene.mobjects if isinstance(m, Axes))
    # Probe well away from the boundary, along the normal through the origin, at the first
    # place there clear of every point (a point or its dark rim would be read instead).
    unit = fitted[1:] / np.linalg.norm(fitted[1:])

    def clear(side: float) -> np.ndarray:
        for d in np.linspace(2.5, 3.5, 21):
            p = side * d * unit
            if np.linalg.norm(data.X - p, axis=1).min() > 0.4:
                return p
        raise AssertionError("no place clear of the points")

    warm = pixel_at(scene, pixels, axes.c2p(*clear(1.0)))
    teal = pixel_at(scene, pixels, axes.c2p(*clear(-1.0)))
    assert warm[0] > warm[2] + 40, warm  # red beats blue: class 1's colour
    assert teal[2] > teal[0] + 40, teal  # blue beats red: class 0's colour


def test_log_odds_table_matches_core(tmp_path: Path) -> None:
    scene = build(LogOddsInvertTheSigmoid, tmp_path, check_layout=True)
    values = {}
    for mob in scene.mobjects:
        for row in mob.get_family():
            if not (isinstance(row, MathTex) and len(row) == 3):
                continue
            cells = [part.tex_string.replace(r"\quad", "").strip() for part in row]
            try:
                values[float(cells[0])] = float(cells[2])
            except ValueError:
                continue  # the header row, or a formula
    assert set(values) == {0.5, 0.75, 0.9}
    # "Also called the logit": the name is written beside the log-odds header.
    assert scene.logit_name in scene.mobjects and "logit" in scene.logit_name.tex_string
    for h, shown in values.items():
        assert shown == pytest.approx(float(log_odds(h)), abs=5e-4)


def test_bullseye_shows_cores_raw_feature_accuracy(tmp_path: Path) -> None:
    scene = build(BoundaryCheck, tmp_path, check_layout=True)
    assert scene.beats[-1].narration.startswith("The answer is D.")
    scene = build(before_clearing(StraightCutCannotSplitABullseye), tmp_path)
    comparison = feature_comparison("rings")
    wrong = predict(comparison.theta_raw, comparison.dataset.X) != comparison.dataset.y
    # The accuracy counter ends on the quadratic fit's.
    counter = next(m for m in scene.mobjects for m in m.get_family()
                   if type(m).__name__ == "DecimalNumber")
    assert counter.get_value() == pytest.approx(comparison.accuracy_quadratic)
    # The points left bright while the straight cut stands are exactly core's mistakes (the
    # rest fade back), one in three of them; all are whole again under the ring.
    axes = next(m for m in scene.mobjects if isinstance(m, Axes))
    X = comparison.dataset.X
    for group, expected in ((scene.wrong_points, X[wrong]), (scene.right_points, X[~wrong])):
        shown = np.array([axes.p2c(d.get_center())[:2] for d in group])
        assert sorted(map(tuple, shown.round(6))) == sorted(map(tuple, expected.round(6)))
    assert 1 - len(scene.wrong_points) / len(wrong) == pytest.approx(comparison.accuracy_raw)
    # Said as the accuracy shown ("two in three right", as "accuracy = 0.66" reads).
    assert "about two in three right" in " ".join(b.narration for b in scene.beats)
    assert comparison.accuracy_raw == pytest.approx(2 / 3, abs=0.05)
    assert all(d.get_fill_opacity() == pytest.approx(1.0)
               for d in (*scene.wrong_points, *scene.right_points))
    assert not any(isinstance(m, Circle) for m in scene.mobjects for m in m.get_family()
                   if not isinstance(m, Dot))
    # The ring previewing chapter 9 is core's quadratic boundary (score zero on it), drawn
    # solid as every learned boundary (dashed lines are the level lines).
    from core.pathologies import quadratic_score

    assert not any(type(m).__name__ == "DashedVMobject" for m in scene.mobjects)
    ghost = next(m for m in scene.mobjects if type(m).__name__ == "ImplicitFunction")
    axes = next(m for m in scene.mobjects if isinstance(m, Axes))
    points = np.array([axes.p2c(p)[:2] for p in ghost.get_all_points()[::25]])
    assert len(points) > 10
    score = quadratic_score(comparison.theta_quadratic, points)
    assert np.abs(score).max() < 0.3  # tiny next to the score's swing of about 10
    acc = feature_comparison("rings").accuracy_raw
    assert acc < 0.75  # the point of the scene: a straight cut fails here
    # Every point of the bullseye is drawn inside the plotted box.
    axes = next(m for m in scene.mobjects if isinstance(m, Axes))
    (x0, x1), (y0, y1) = (axes.x_range[:2], axes.y_range[:2])
    X = feature_comparison("rings").dataset.X
    assert X[:, 0].min() > x0 and X[:, 0].max() < x1
    assert X[:, 1].min() > y0 and X[:, 1].max() < y1


def test_log_odds_along_the_data_is_cores_straight_line_lifted_by_theta1(tmp_path: Path) -> None:
    from core import scores
    from scenes.logistic_regression.ch02_boundary import START

    scene = build(LogOddsInvertTheSigmoid, tmp_path)
    axes = [m for m in scene.mobjects for m in m.get_family() if type(m).__name__ == "Axes"]
    lo_axes = min(axes, key=lambda a: a.get_center()[1])  # the lower plot: log-odds
    line = next(m for m in scene.mobjects if type(m).__name__ == "VMobject"
                and m.get_color().to_hex().lower() == DARK.highlight.lower())
    points = np.array([lo_axes.p2c(p) for p in line.points[::10]])
    # On core's score along x2 = 0, and straight (that score is the log-odds).
    expected = scores(START, np.column_stack([points[:, 0], np.zeros(len(points))]))
    assert points[:, 1] == pytest.approx(expected, abs=1e-6)
    slopes = np.diff(points[:, 1]) / np.diff(points[:, 0])
    assert slopes == pytest.approx(np.full(len(slopes), START[1]), rel=1e-6)
    rise = next(m for m in scene.mobjects if isinstance(m, MathTex)
                and m.tex_string.startswith(r"+\theta_1"))
    assert float(rise.tex_string.split("=")[1]) == pytest.approx(START[1])


def test_the_probability_axis_ends_on_a_one_not_a_one_point_zero(tmp_path: Path) -> None:
    """The h plot is numbered 0.5 and 1: a "1.0" loses its point at 480p and reads "10"."""
    from scene_harness import quiet_config

    from scenes.logistic_regression.ch02_boundary import along_x1_axes

    with quiet_config(tmp_path):
        plot = along_x1_axes(DARK, (0, 1, 0.5), 5.8, 2.8, (0.5, 1.0), "h", decimals=1)
    numbers = plot[0].y_axis.numbers
    assert [(n.get_value(), n.num_decimal_places) for n in numbers] == [(0.5, 1), (1.0, 0)]
    # Both beside their ticks, right-aligned as the axis sets them.
    ticks = [plot[0].y_axis.number_to_point(n.get_value()) for n in numbers]
    assert [n.get_y() for n in numbers] == pytest.approx([t[1] for t in ticks], abs=1e-6)
    assert numbers[0].get_right()[0] == pytest.approx(numbers[1].get_right()[0], abs=1e-6)


def test_the_walkers_end_on_the_line_at_one_half(tmp_path: Path) -> None:
    """The marker over the 3-D sheet and its twin on the sigmoid's graph walk at one score:
    they end where the sheet crosses the floor, the twin at z = 0, g = 1/2 on the graph."""
    from scenes.logistic_regression.ch02_boundary import ScoreIsATiltedPlane

    scene = build(ScoreIsATiltedPlane, tmp_path)
    marker, twin = scene.walkers
    inset_axes = scene.sigmoid_inset[0]
    assert np.allclose(twin.get_center(), inset_axes.c2p(0.0, 0.5), atol=1e-6)
    assert inset_axes.p2c(twin.get_center())[1] == pytest.approx(0.5, abs=1e-6)
    # Both stay on screen, the marker on the white line's middle as the camera shows it.
    assert _on_screen(scene, marker) and _on_screen(scene, twin)
    line = scene.boundary_line[1]
    middle = scene.renderer.camera.project_point(line.get_center())
    assert np.linalg.norm(marker.get_center()[:2] - middle[:2]) < 0.05
    # The score's marks and the old heading left before the h marks and the new heading
    # came in: never both sets of numbers (or headings) on screen at once.
    assert scene.score_marks_gone_at <= scene.h_marks_in_at + 1e-9


def test_the_walk_stays_inside_the_sigmoid_graph() -> None:
    """Every score the walk passes (its ends are the extremes: the score is linear along the
    walk) lies inside the sigmoid graph's z range by a margin, so the graph's marker never
    stands pinned at the axis' end; and it still reaches the sheet's plateaus (h near 0, 1)."""
    from core import scores, sigmoid
    from scenes.logistic_regression.ch02_boundary import SIGMOID_Z, START, WALK_REACH

    foot = -START[0] * START[1:] / (START[1:] @ START[1:])
    toward = START[1:] / np.linalg.norm(START[1:])
    ends = np.array([foot - WALK_REACH * toward, foot + WALK_REACH * toward])
    walked = scores(START, ends)
    assert SIGMOID_Z[0] + 1.0 <= walked.min() and walked.max() <= SIGMOID_Z[1] - 1.0
    assert sigmoid(walked.min()) < 0.02 and sigmoid(walked.max()) > 0.98


def test_the_odds_are_outlined_in_the_result(tmp_path: Path) -> None:
    """"h over one minus h": the outline is round the fraction of the derived z = log(...),
    then round the log with it, when the log-odds are named; then it moves to the table's
    three-to-one row as that row is spoken of."""
    scene = build(before_clearing(LogOddsInvertTheSigmoid), tmp_path)
    # Gone once the straight line is the subject.
    assert not _on_screen(scene, scene.ratio_box)
    # On "three to one": round the 0.75 row, whole, and clear of its neighbours.
    row, outline = scene.odds_table[2], scene.row_outline
    assert "0.75" in row[0].tex_string
    assert outline.get_left()[0] < row.get_left()[0] and outline.get_right()[0] > row.get_right()[0]
    assert outline.get_bottom()[1] < row.get_bottom()[1] < row.get_top()[1] < outline.get_top()[1]
    assert outline.get_top()[1] < scene.odds_table[1].get_bottom()[1]
    assert outline.get_bottom()[1] > scene.odds_table[3].get_top()[1]
    # When the log-odds are named, the outline holds the log and the fraction of the last row.
    box = scene.logit_outline
    derived = next(m for m in scene.mobjects for m in m.get_family()
                   if isinstance(m, MathTex) and m.tex_string.startswith("z = \\log"))
    log_and_fraction = derived[2:]
    assert box.get_left()[0] < log_and_fraction.get_left()[0]
    assert box.get_right()[0] > log_and_fraction.get_right()[0]
    assert box.get_left()[0] > derived[1].get_right()[0]
    # The odds' own outline, first, round the fraction and clear of "log" beside it (its
    # stroke included), and of the fraction's bar.
    odds = scene.odds_outline
    half_stroke = odds.get_stroke_width() / 100 / 2
    fraction = derived[3]
    assert odds.get_left()[0] - half_stroke > derived[2].get_right()[0] + 0.05
    assert odds.get_left()[0] < fraction.get_left()[0] - 0.01
    assert odds.get_right()[0] > fraction.get_right()[0] + 0.02
    assert odds.get_top()[1] > fraction.get_top()[1] + 0.05
    assert odds.get_bottom()[1] < fraction.get_bottom()[1] - 0.05


def test_bullseye_lift_is_cores_level_cut_dropped_to_a_circle(tmp_path: Path) -> None:
    """Lifted in 3-D, each point stands at core's height x1^2 + x2^2 over its own place on
    the plane; the level sheet at core's level has class 1 under it and class 0 over it
    (all of them), cuts the lift in a circle at that height, and that circle drops to the
    plane as the circle of that radius."""
    from core.pathologies import lifted_cut

    cut = lifted_cut("rings")
    data = cut.dataset
    heights = data.X[:, 0] ** 2 + data.X[:, 1] ** 2  # independent of core's lift_height
    assert cut.heights == pytest.approx(heights)
    assert cut.accuracy == 1.0
    assert heights[data.y == 1].max() < cut.level < heights[data.y == 0].min()

    lifted = {}

    class Spy(StraightCutCannotSplitABullseye):
        def play(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if hasattr(self, "lift_circle") and "circle" not in lifted:
                # Before any animation could reshape it.
                lifted["circle"] = [self.plane_axes.p2c(p)[:2] for c in self.lift_circle
                                    for p in c.points[::7]]
            if hasattr(self, "tilted_before_rise") and "tilt" not in lifted:
                # The rise is about to start: the camera has tilted already (on "tilt the
                # plane back"), the points still on the floor.
                lifted["tilt"] = (self.renderer.camera.get_phi(),
                                  np.array(self.tilted_before_rise))
            if hasattr(self, "lifted_dots") and "rise" not in lifted:
                # The points have risen: the straight cut, its equation and verdict and the
                # plane's numbers had all left before, and the height's numbers come in
                # only now, after the rise (no two axes' numbers cross-fading).
                lifted["rise"] = {
                    "leftovers": [m for m in self.plane_leftovers if _on_screen(self, m)],
                    "height numbers in": _on_screen(self, self.lift_numbers),
                }
            super().play(*args, **kwargs)
            if (hasattr(self, "circle_equation") and _on_screen(self, self.circle_equation)
                    and "circle_equation" not in lifted):
                lifted["circle_equation"] = self.circle_equation.tex_string
                # Dropped, shown alone: the straight cut's equation and its verdict have
                # left.
                lifted["stale"] = [m for top in self.mobjects for m in top.get_family()
                                   if isinstance(m, MathTex) and (
                                       "theta_1 x_1" in m.tex_string
                                       or "fit on" in m.tex_string
                                       or "accuracy" in m.tex_string)]
            if hasattr(self, "level_cut") and "cut" not in lifted:
                lifted["cut"] = np.array([p for c in self.level_cut for p in c.points])
                lifted["sheet"] = self.level_sheet.get_vertices()
                lifted["sides"] = (
                    [self.bullseye_dots.submobjects.index(d) for d in self.under_sheet],
                    [self.bullseye_dots.submobjects.index(d) for d in self.over_sheet])

    scene = build(Spy, tmp_path)
    axes, scale = scene.plane_axes, scene.lift_scale
    assert lifted["rise"] == {"leftovers": [], "height numbers in": False}
    # Measured from the plane (home again now), less the lifted picture's move down the
    # tilted screen.
    risen = np.array(scene.lifted_dots) - scene.lift_offset
    lifted["sheet"] = lifted["sheet"] - scene.lift_offset
    lifted["cut"] = lifted["cut"] - scene.lift_offset
    # Tilted first, on its words, with every point still on the floor; then the rise.
    from scenes.logistic_regression.ch02_boundary import LIFT_VIEW, OVER_DIMMED
    phi, on_floor = lifted["tilt"]
    assert phi == pytest.approx(LIFT_VIEW[0] * DEGREES)
    on_floor = on_floor - scene.lift_offset
    assert on_floor[:, 2] == pytest.approx([axes.c2p(0, 0)[2]] * len(on_floor), abs=1e-6)
    assert np.array([axes.p2c(p)[:2] for p in on_floor]) == pytest.approx(data.X, abs=1e-6)
    narration = " ".join(b.narration for b in scene.beats)
    assert narration.index("Tilt the plane") < narration.index("give every point a height")
    # "Squares of the inputs": the two squares lit in the new features' line.
    squares = [m.get_color().to_hex().upper() for m in scene.squares]
    assert squares == [scene.theme.highlight.upper()] * 2
    assert [m.tex_string for m in scene.squares] == ["x_1^2", "x_2^2"]
    # "Under the cut means near the centre": the points over it dimmed meanwhile.
    assert scene.dimmed_over == pytest.approx([OVER_DIMMED] * len(scene.dimmed_over))
    assert len(scene.dimmed_over) == int(np.sum(data.y == 0))
    floor = np.array([axes.p2c(p)[:2] for p in risen])
    assert floor == pytest.approx(data.X, abs=1e-6)
    assert (risen[:, 2] - axes.c2p(0, 0)[2]) / scale == pytest.approx(heights, abs=1e-6)
    # The sheet and the circle it cuts stand at core's level; the circle's radius is its root.
    level_z = axes.c2p(0, 0)[2] + cut.level * scale
    assert lifted["sheet"][:, 2] == pytest.approx([level_z] * len(lifted["sheet"]))
    assert lifted["cut"][:, 2] == pytest.approx([level_z] * len(lifted["cut"]))
    cut_radii = [float(np.hypot(*axes.p2c(p)[:2])) for p in lifted["cut"][::7]]
    assert cut_radii == pytest.approx([np.sqrt(cut.level)] * len(cut_radii), rel=1e-3)
    under, over = lifted["sides"]
    assert sorted(under) == sorted(np.flatnonzero(data.y == 1).tolist())
    assert sorted(over) == sorted(np.flatnonzero(data.y == 0).tolist())
    # Back home on the plane at the end.
    assert np.array([axes.p2c(d.get_center())[:2] for d in scene.bullseye_dots]
                    ) == pytest.approx(data.X, abs=1e-6)
    # Dropped back, the cut is the circle x1^2 + x2^2 = level on the plane's axes.
    radii = [float(np.hypot(*p)) for p in lifted["circle"]]
    assert len(radii) > 10
    assert radii == pytest.approx([np.sqrt(cut.level)] * len(radii), rel=1e-3)
    narration = " ".join(b.narration for b in scene.beats)
    assert "x one squared plus x two squared" in narration and "circle" in narration
    # The circle is named by its equation at core's level as it is dropped (the straight
    # cut's equation and verdict gone). "A ring much like it": the circle and its equation
    # stay to the end in their own colour, beside the fitted ring (white, as every learned
    # boundary) and the fitted model's equation in the ring's colour.
    tex = lifted["circle_equation"]
    assert lifted["stale"] == []
    assert tex.startswith(r"x_1^2 + x_2^2 =")
    # "Under the cut": drawn as they stand, the points under the sheet before it, those
    # over it after it (a lit group of them, new to the scene, was drawn over the sheet).
    order = scene.order_under_cut
    sheet_at = order.index(id(scene.level_sheet))
    assert all(order.index(id(d)) < sheet_at for d in scene.under_sheet)
    assert all(order.index(id(d)) > sheet_at for d in scene.over_sheet)
    # The curved fit is said to have a brake on its weights, and it does: core's fit on
    # the squared features carries an L2 penalty (the classes are separable there).
    assert "light brake on the weights" in narration
    assert feature_comparison("rings").l2 > 0
    assert float(tex.split("=")[1]) == pytest.approx(cut.level, abs=0.05)
    theme = scene.theme
    assert _on_screen(scene, scene.circle_equation) and _on_screen(scene, scene.lift_circle)
    assert _on_screen(scene, scene.ring_boundary)
    assert sum(type(m).__name__ == "ImplicitFunction" for m in scene.mobjects) == 1
    circle_colour = {c.get_stroke_color().to_hex().upper() for c in scene.lift_circle}
    assert circle_colour == {scene.circle_equation.get_color().to_hex().upper()}
    assert scene.ring_boundary.get_stroke_color().to_hex().upper() == theme.boundary.upper()
    assert circle_colour != {theme.boundary.upper()}
    curved = next(m for m in scene.mobjects if isinstance(m, VGroup) and any(
        isinstance(p, MathTex) and "theta_5" in p.tex_string for p in m))
    assert {p.get_color().to_hex().upper() for p in curved} == {theme.boundary.upper()}
    # Keys in reading order, apart: the circle's equation above the fitted one's.
    assert scene.circle_equation.get_bottom()[1] > curved.get_top()[1] + 0.1
    # The two near-coincident circles told apart: each equation keyed by a stroke of its
    # curve's colour, left of it, on its first line.
    circle_key, ring_key = scene.curve_keys
    for key, equation, colour in ((circle_key, scene.circle_equation, circle_colour),
                                  (ring_key, curved[0], {theme.boundary.upper()})):
        assert _on_screen(scene, key)
        assert {key.get_stroke_color().to_hex().upper()} == colour
        assert key.get_right()[0] < equation.get_left()[0]
        assert equation.get_bottom()[1] < key.get_y() < equation.get_top()[1]
    # No penalty is spoken of: chapter 2 has not said what one is.
    assert "penalty" not in " ".join(b.narration for b in scene.beats)


def test_the_derivations_result_is_aligned_on_its_equals_at_its_size(tmp_path: Path) -> None:
    """The conclusion, theta^T x = log h / (1 - h), is the derivation's result with its z
    named in place: on the derivation's column of "=", at its size, boxed, and nothing else
    on screen repeats it smaller."""
    scene = build(LogOddsInvertTheSigmoid, tmp_path, check_layout=True)
    rows, linear = scene.derivation.rows, scene.linear_result
    xs = [row[1].get_x() for row in rows]
    assert xs == pytest.approx([xs[0]] * len(xs), abs=1e-6)
    assert {round(row.font_size, 6) for row in rows} == {round(linear.font_size, 6)}
    assert linear.tex_string == r"\theta^{\mathsf T} x" and _on_screen(scene, linear)
    assert rows[4][0] is linear  # in the place of the z it replaced, in its row
    assert linear.get_right()[0] < rows[4][1].get_left()[0]
    assert linear.get_bottom()[1] < rows[4][1].get_y() < linear.get_top()[1]
    # Boxed: an outline on screen holds the whole row.
    row = VGroup(linear, *rows[4][1:])
    boxes = [m for m in scene.mobjects if type(m).__name__ == "SurroundingRectangle"
             and m.get_left()[0] < row.get_left()[0] and m.get_right()[0] > row.get_right()[0]
             and m.get_bottom()[1] < row.get_bottom()[1] and m.get_top()[1] > row.get_top()[1]]
    assert boxes
    formulas = [m for top in scene.mobjects for m in top.get_family()
                if isinstance(m, MathTex) and "log" in m.tex_string and "theta" in m.tex_string]
    assert formulas == []


def test_the_plots_weights_are_shown_as_they_are_said(tmp_path: Path) -> None:
    """The S and the line are drawn with the starting weights: those weights are written
    beside them as the words name them, and stay."""
    from scenes.logistic_regression.ch02_boundary import START

    scene = build(LogOddsInvertTheSigmoid, tmp_path, check_layout=True)
    note = scene.weights_note
    assert _on_screen(scene, note)
    assert note.tex_string == r"\theta = ({:g},\ {:g},\ {:g})".format(*START)
    assert "our starting weights" in scene.beats[0].narration
    assert (_mark_time(scene, "weights") <= scene.weights_shown_at
            < _mark_time(scene, "solve"))


def test_the_s_has_the_room_under_it_until_the_table_arrives(tmp_path: Path) -> None:
    """Before the table of odds, the S's plot reaches down to where the table will stand (its
    top where the settled plot's is); it settles to its size as the table comes in, and the
    table then sits under it."""
    scene = build(LogOddsInvertTheSigmoid, tmp_path, check_layout=True)
    tall, settled, table = scene.tall_shape[0], scene.h_plot[0], scene.odds_table
    assert tall.c2p(0, 1)[1] == pytest.approx(settled.c2p(0, 1)[1], abs=1e-6)
    tall_height = tall.c2p(0, 1)[1] - tall.c2p(0, 0)[1]
    settled_height = settled.c2p(0, 1)[1] - settled.c2p(0, 0)[1]
    assert tall_height > 1.3 * settled_height
    # Its x axis as low as the table's middle rows; the settled plot's above the table.
    assert tall.c2p(0, 0)[1] < table.get_center()[1]
    assert settled.c2p(0, 0)[1] > table.get_top()[1]
    assert not any(scene.tall_plot in m.get_family() for m in scene.mobjects)


def test_the_quiz_reason_says_the_probes_scores() -> None:
    """The reason says the probe's scores where it starts, on the line and where it ends:
    core's scores, the very numbers its readout shows, in that order."""
    from core import scores
    from scenes.logistic_regression.ch02_boundary import (
        PROBE_X,
        QUIZ,
        QUIZ_CUT,
        QUIZ_THETA,
        said,
    )

    said_reason = QUIZ.spoken_reason
    z = [float(v) for v in scores(QUIZ_THETA, np.array([[PROBE_X[0], 0.0], [QUIZ_CUT, 0.0],
                                                         [PROBE_X[1], 0.0]]))]
    at = 0
    for phrase in (f"x one equals {said(PROBE_X[0])} scores {said(z[0])}: class zero",
                   f"x one equals {said(QUIZ_CUT)}, it scores {said(z[1])}, on the line",
                   f"at {said(PROBE_X[1])} it scores {said(z[2])}: class one"):
        at = said_reason.index(phrase, at)
    assert said(-2.0) == "minus two" and said(3.5) == "three point five" and said(0) == "zero"


def test_the_quiz_probe_writes_its_x1_into_the_score(tmp_path: Path) -> None:
    """Under the plot the probe's score is written with its x1 substituted, "-2 + 3.5 = 1.5"
    at the end: the x1 shown is the probe's, the score core's, in reading order."""
    from core import scores
    from scenes.logistic_regression.ch02_boundary import PROBE_X, QUIZ_THETA

    scene = build(before_clearing(BoundaryCheck), tmp_path)
    x_value, value = scene.probe_readout
    assert x_value.get_value() == pytest.approx(PROBE_X[1])
    assert value.get_value() == pytest.approx(
        float(scores(QUIZ_THETA, np.array([[PROBE_X[1], 0.0]]))[0]))
    readout = next(m for m in scene.mobjects if x_value in m.submobjects)
    head, equals = readout[0], readout[1]
    assert head.tex_string.strip() == "-2 +" and equals.tex_string.strip() == "="
    assert (head.get_right()[0] < x_value.get_left()[0] < x_value.get_right()[0]
            < equals.get_left()[0] < equals.get_right()[0] < value.get_left()[0])
    # The numbers on one baseline.
    assert x_value.get_bottom()[1] == pytest.approx(value.get_bottom()[1], abs=0.01)
