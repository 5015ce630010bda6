"""Chapter 8's scenes: layout after every animation; the markers, tangents, readouts and table
show core's numbers; the last frame of the race has Newton on the peak."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from manim import DOWN, RIGHT
from scene_harness import build, final_frame, pixel_at

from core.newton import (
    log_likelihood_1d,
    newton_race_run,
    newton_versus_ascent_run,
    steps_to_settle,
)
from scenes.common.theme import DARK
from scenes.logistic_regression import ch08_newton as ch08


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])


def _near(got: np.ndarray, hex_colour: str, tol: int = 40) -> bool:
    return bool(np.all(np.abs(got - _rgb(hex_colour)) <= tol))


@pytest.fixture(scope="module")
def course():
    data, race = newton_race_run()
    return data.X[:, 0], data.y, race


@pytest.fixture(scope="module")
def race_scene(tmp_path_factory: pytest.TempPathFactory):
    return build(ch08.NewtonLeapsWhileGradientAscentInches, tmp_path_factory.mktemp("ch08"),
                 check_layout=True)


@pytest.mark.parametrize("scene_cls", ch08.SCENES_IN_ORDER, ids=lambda c: c.__name__)
def test_every_scene_builds_inside_the_frame_without_overlaps(scene_cls, tmp_path: Path):
    scene = build(scene_cls, tmp_path, check_layout=True)
    assert scene.beats
    for beat in scene.beats:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", beat.narration.strip()) if s]
        assert 1 <= len(sentences) <= 3, beat.narration


def test_chapter_ends_with_its_quiz():
    assert ch08.SCENES_IN_ORDER[-1] is ch08.NewtonCheck
    quiz = ch08.QUIZ
    assert quiz.correct == 3 and quiz.applied and not quiz.answer_is_longest

    # Newton's step on l(w) = -(w - peak)^2, derivatives by finite differences.
    def ell(w):  # noqa: ANN001, ANN202
        return -(w - ch08.QUIZ_PEAK) ** 2

    w0, h = float(ch08.QUIZ_START), 1e-3
    slope = (ell(w0 + h) - ell(w0 - h)) / (2 * h)
    curvature = (ell(w0 + h) - 2 * ell(w0) + ell(w0 - h)) / h**2
    lands = w0 - slope / curvature
    assert lands == pytest.approx(ch08.QUIZ_PEAK)
    assert f"$w = {round(lands)}$" in quiz.choices[quiz.correct]
    assert f"{round(slope)}/({round(curvature)})" in quiz.reason


def test_log_error_plot_shows_cores_errors(tmp_path: Path):
    from core.newton import error_decay_run

    scene = build(ch08.NewtonDoublesTheCorrectDigits, tmp_path)
    decay = error_decay_run()
    ascent_line, newton_line = scene.lines
    for line, errors in ((ascent_line, decay.ascent_error),
                         (newton_line, decay.newton_error[:scene.n_newton])):
        shown = np.array([scene.axes.p2c(p) for p in line.get_anchors()])
        steps = np.arange(errors.size)
        # Every anchor lies on core's log10 error at its step.
        np.testing.assert_allclose(shown[:, 1], np.interp(shown[:, 0], steps, np.log10(errors)),
                                   atol=1e-9)
        assert shown[:, 0].max() == pytest.approx(errors.size - 1)
    # Linear: the ascent line's late slope is log10 of the rate.
    late = np.diff(np.log10(decay.ascent_error[-20:]))
    np.testing.assert_allclose(late, np.log10(decay.ascent_rate), atol=2e-3)
    # Newton's line reaches rounding level (the floor) and stops there.
    assert decay.newton_error[scene.n_newton - 1] == decay.floor
    assert scene.digits == [1, 2, 4, 9]
    # The table of Newton's first steps: each row's error is core's, and its count of correct
    # decimals puts that error below 10^-digits but not below 10^-(digits + 1).
    assert [label.tex_string for label in scene.digit_labels] == ["1", "2", "4", "9"]
    for t, cell in zip(scene.error_steps, scene.error_cells, strict=True):
        shown = float(cell.tex_string.replace(r" \times 10^{", "e").rstrip("}"))
        assert shown == pytest.approx(decay.newton_error[t], rel=0.05)
    for t, (label, d) in enumerate(zip(scene.digit_labels, scene.digits, strict=True), start=2):
        assert int(label.tex_string) == d
        assert -(d + 1) < np.log10(decay.newton_error[t]) <= -d
    for row, k in zip(scene.table, (3, 6), strict=True):
        assert row[1].tex_string.endswith(f" {decay.newton_steps_to[k]}")
        assert row[2].tex_string.endswith(f" {decay.ascent_steps_to[k]}")


def test_contour_map_and_newtons_models(tmp_path: Path):
    from core.newton import newton_bowls_run, quadratic_model

    scene = build(ch08.NewtonJumpsToTheCentreOfItsModel, tmp_path)
    bowls = newton_bowls_run(shape=ch08.MAP_SHAPE)
    data = newton_race_run()[0]
    axes = scene.axes
    # Each jump runs from one iterate toward the centre of that iterate's model.
    assert len(scene.jumps) == len(bowls.models) == 3
    for t, arrow in enumerate(scene.jumps):
        model = quadratic_model(bowls.iterates[t], data.X, data.y)
        start, end = (axes.p2c(p) for p in (arrow.get_start(), arrow.get_end()))
        direction = (model.centre - bowls.iterates[t])
        got = np.asarray(end) - np.asarray(start)
        assert got @ direction / (np.linalg.norm(got) * np.linalg.norm(direction)) > 0.999
        # Drawn with a small gap at each end (buff), but landing within it of the centre.
        assert np.linalg.norm(axes.c2p(*model.centre) - arrow.get_end()) < 0.15
    # Every dashed ellipse of a model lies on one of its levels: model(point) = peak - drop.
    for t, curves in enumerate(scene.model_curves):
        model = bowls.models[t]
        assert len(curves) >= 2
        for curve in curves:
            anchors = np.vstack([d.get_anchors() for d in curve.family_members_with_points()])
            points = np.array([axes.p2c(p)[:2] for p in anchors])
            levels = model(points)
            drops = model.peak - levels
            # The map's drops, or (first model) the level through its own point, the start.
            allowed = [*ch08.CONTOUR_DROPS, *([model.peak - model.value] if t == 0 else [])]
            nearest = min(allowed, key=lambda d: abs(d - np.median(drops)))
            np.testing.assert_allclose(drops, nearest, rtol=0.02)
    # No dashed level of the first model nearly coincides with its level through the start.
    start_drop = bowls.models[0].peak - bowls.models[0].value
    for curve in scene.model_curves[0]:
        if any(curve is arc for arc in scene.touching):
            continue
        anchors = np.vstack([d.get_anchors() for d in curve.family_members_with_points()])
        drop = float(np.median(bowls.models[0].peak
                               - bowls.models[0](np.array([axes.p2c(p)[:2] for p in anchors]))))
        assert np.sqrt(drop) <= np.sqrt(start_drop) - ch08.MODEL_LEVEL_GAP + 1e-6
    # The first model's level through the start is drawn, and passes through the start.
    anchors = np.vstack([d.get_anchors() for d in scene.touching.family_members_with_points()])
    points = np.array([axes.p2c(p)[:2] for p in anchors])
    np.testing.assert_allclose(bowls.models[0](points), bowls.models[0].value, rtol=0.02)
    assert np.min(np.linalg.norm(points - bowls.iterates[0], axis=1)) < 0.05
    # The map's lines sit where the log-likelihood crosses the drops of its levels.
    drops = bowls.max_value - bowls.values
    px = ch08.contour_pixels(drops[::-1], DARK)
    assert px.shape[:2] == drops.shape
    line = np.all(px[..., :3] == _rgb(DARK.muted), axis=-1)
    assert 0.02 < line.mean() < 0.2
    # Mid-jump, the distance shown is the one at the step the counter shows (the step is
    # shown with no decimals, so rounded).
    step_of, distance_of = scene.readout_getters
    for value in (1.4, 1.6, 2.0, 2.4, 2.6):
        scene.step_tracker.set_value(value)
        shown = int(f"{step_of():.0f}")
        assert distance_of() == pytest.approx(
            np.linalg.norm(bowls.iterates[shown] - bowls.maximiser))
    scene.step_tracker.set_value(3)
    # The readout ends on the distance after three jumps.
    assert scene.panel.numbers[1].get_value() == pytest.approx(
        np.linalg.norm(bowls.iterates[3] - bowls.maximiser))
    # The zoom on the peak redraws the later jumps toward their iterates (the first of them
    # from where it enters the zoom) at its own scale, the magnification its title states.
    zoom = scene.zoom
    assert len(scene.zoom_jumps) == 2
    for t, arrow in enumerate(scene.zoom_jumps, start=1):
        start, end = (np.asarray(zoom.p2c(p))[:2] for p in (arrow.get_start(), arrow.get_end()))
        step = bowls.iterates[t + 1] - bowls.iterates[t]
        got = end - start
        assert got @ step / (np.linalg.norm(got) * np.linalg.norm(step)) > 0.999
    scale = zoom.x_axis.get_unit_size() / axes.x_axis.get_unit_size()
    assert scene.zoom_factor == pytest.approx(scale)
    assert scale > 3  # a zoom, not a copy


def test_two_weight_ascent_path_is_gradient_ascent_from_newtons_start(tmp_path: Path):
    """The blue path on the map: from Newton's start, each step the race's learning rate times
    the gradient of the summed log-likelihood (finite differences here), as many steps as
    Newton's jumps; it ends far from the peak, Newton's third jump close to it."""
    from core.newton import newton_bowls_run

    scene = build(ch08.NewtonJumpsToTheCentreOfItsModel, tmp_path)
    bowls = newton_bowls_run(shape=ch08.MAP_SHAPE)
    data, race = newton_race_run()
    x, y = data.X[:, 0], data.y

    def ll(theta: np.ndarray) -> float:
        z = theta[0] + theta[1] * x
        return float(np.sum(y * z - np.logaddexp(0, z)))

    theta, h = np.array(bowls.iterates[0], dtype=float), 1e-6
    expected = [theta]
    for _ in range(len(bowls.models)):
        grad = np.array([(ll(theta + h * e) - ll(theta - h * e)) / (2 * h) for e in np.eye(2)])
        theta = theta + race.learning_rate * grad
        expected.append(theta)
    np.testing.assert_allclose(scene.ascent_path, np.array(expected), atol=1e-6)
    gap = np.linalg.norm(expected[-1] - bowls.maximiser)
    assert scene.ascent_gap == pytest.approx(gap, rel=1e-6)
    assert gap > 10 * np.linalg.norm(bowls.iterates[-1] - bowls.maximiser)
    # Each method reads out its own numbers under its own name: gradient ascent's block (below
    # Newton's readout) shows its steps and its distance, Newton's keeps Newton's.
    title, rate, panel = scene.ascent_block
    assert title[1].text.replace(" ", "") == "gradientascent"
    # Named with the learning rate its steps were taken at (the rate the words name).
    assert rate.tex_string == rf"\alpha = {race.learning_rate:g}"
    assert [n.get_value() for n in panel.numbers] == pytest.approx([len(bowls.models), gap])
    assert panel.get_top()[1] < scene.panel.get_bottom()[1]
    assert scene.panel.numbers[1].get_value() == pytest.approx(
        np.linalg.norm(bowls.iterates[-1] - bowls.maximiser))


def test_the_gentle_tangent_lands_far_away(tmp_path: Path, course):
    x, y, _ = course
    scene = build(ch08.NewtonFollowsTheTangentOfTheSlope, tmp_path)
    line, lands = scene.gentle
    c = log_likelihood_1d(np.array([ch08.GENTLE_W, 0.0]), x, y)
    assert lands == pytest.approx(ch08.GENTLE_W - c.slope[0] / c.curvature[0])
    # Out where l' is flat the step is longer than the first step's, from w = 0.
    assert abs(lands - ch08.GENTLE_W) > abs(c.slope[1] / c.curvature[1])
    assert abs(c.curvature[0]) < abs(c.curvature[1])
    # "It overshoots the peak, nearly as far past it as it began": the other side of w*,
    # within a fifth of the starting distance, but not farther.
    w_star = scene.race.w_star
    assert (lands - w_star) * (ch08.GENTLE_W - w_star) < 0
    assert 0.8 * abs(ch08.GENTLE_W - w_star) < abs(lands - w_star) < abs(ch08.GENTLE_W - w_star)
    w_a, s_a, slope = _tangent_in_data(scene, line)
    assert slope == pytest.approx(c.curvature[0], rel=1e-9)
    # "Lower on the hill than where it began": l at the landing point is below l at w = 2.
    before, after = scene.gentle_values
    assert before == pytest.approx(float(c.value[0]))
    assert after < before
    # Where the long step began is kept on the hill (a ring at (2, l(2))) with a level line
    # at that height reaching back over the landing point, which sits below it.
    ring, level = scene.start_ghost
    np.testing.assert_allclose(scene.plots.top.p2c(ring.get_center())[:2], [ch08.GENTLE_W, before],
                               atol=1e-6)
    ends = [scene.plots.top.p2c(p) for p in (level.get_start(), level.get_end())]
    assert [e[1] for e in ends] == pytest.approx([before, before])
    assert min(e[0] for e in ends) < lands < max(e[0] for e in ends)


def test_every_newton_and_ascent_stop_is_cores_iterate(race_scene, course):
    x, y, race = course
    at_peak = steps_to_settle(race.newton, race.w_star, ch08.PEAK_TOL)
    assert race_scene.newton_steps == at_peak == 4
    n_steps = race.newton.size - 1
    # One stop per Newton step, then one after gradient ascent's solo run.
    assert len(race_scene.newton_stops) == at_peak + 1
    expected_newton = [*race.newton[1:at_peak + 1], race.newton[at_peak]]
    expected_ascent = [*race.gradient[1:at_peak + 1], race.gradient[n_steps]]
    for stops, expected in ((race_scene.newton_stops, expected_newton),
                            (race_scene.ascent_stops, expected_ascent)):
        curve = log_likelihood_1d(np.array(expected), x, y)
        shown = np.array(stops)
        # (w, l) on the top panel and l' on the bottom panel, both at core's iterate.
        np.testing.assert_allclose(shown[:, 0], expected, atol=1e-9)
        np.testing.assert_allclose(shown[:, 1], curve.value, atol=1e-9)
        np.testing.assert_allclose(shown[:, 2], curve.slope, atol=1e-9)
    # The last Newton stop is on the peak; gradient ascent's is well short of it.
    assert abs(race_scene.newton_stops[-1][0] - race.w_star) < ch08.PEAK_TOL
    assert race.w_star - race_scene.ascent_stops[-1][0] > 0.1


def _tangent_in_data(scene, line):  # noqa: ANN001, ANN202
    (w_a, s_a), (w_b, s_b) = (scene.plots.bottom.p2c(p) for p in (line.get_start(),
                                                                    line.get_end()))
    slope = (s_b - s_a) / (w_b - w_a)
    return w_a, s_a, slope


def test_each_tangent_has_the_curvature_as_slope_and_crosses_zero_at_the_next_iterate(
        race_scene, course):
    x, y, race = course
    assert len(race_scene.tangents) == race_scene.newton_steps
    for t, line in enumerate(race_scene.tangents):
        w_a, s_a, slope = _tangent_in_data(race_scene, line)
        w_t = race.newton[t]
        curvature = log_likelihood_1d(np.array([w_t]), x, y)
        assert slope == pytest.approx(float(curvature.curvature[0]), rel=1e-9)  # l''(w_t)
        assert slope == pytest.approx(race.tangent_slopes[t], rel=1e-9)
        # It touches l' at w_t ...
        at_w_t = s_a + slope * (w_t - w_a)
        assert at_w_t == pytest.approx(float(curvature.slope[0]), abs=1e-9)
        # ... and its zero crossing is Newton's next iterate.
        assert w_a - s_a / slope == pytest.approx(race.newton[t + 1], abs=1e-9)
        # The drawn segment reaches past that crossing.
        assert line.get_end()[1] < race_scene.plots.bottom.c2p(0, 0)[1]


def test_the_first_scene_draws_the_first_step(tmp_path: Path, course):
    x, y, race = course
    scene = build(ch08.NewtonFollowsTheTangentOfTheSlope, tmp_path)
    w_a, s_a, slope = _tangent_in_data(scene, scene.tangent)
    assert slope == pytest.approx(race.tangent_slopes[0], rel=1e-9)
    assert w_a - s_a / slope == pytest.approx(race.newton[1], abs=1e-9)
    w, value = scene.plots.top.p2c(scene.marker[0].get_center())
    assert w == pytest.approx(race.newton[1], abs=1e-9)
    assert value == pytest.approx(float(log_likelihood_1d(np.array([w]), x, y).value[0]))
    # The marker leaves w0 only when the update is named ("That is Newton's update"), not
    # while the step is derived; a ring on each curve keeps w0 marked.
    lands = dict(scene.waited_marks).get("nolr")
    assert lands is not None and scene.leap_time < lands
    assert scene.leap_time > dict(scene.waited_marks)["step"]
    ring_top, ring_bottom = scene.first_ghost
    w0, s0 = race.tangent_points[0]
    np.testing.assert_allclose(scene.plots.bottom.p2c(ring_bottom.get_center())[:2], [w0, s0],
                               atol=1e-6)
    assert scene.plots.top.p2c(ring_top.get_center())[0] == pytest.approx(w0, abs=1e-6)


def test_newtons_first_leap_starts_on_the_word_lands(race_scene):
    """Step one's tangent is followed down to zero first; the marker (and its readout, which
    turns as it lands) leaves only when "lands" is said, not before."""
    # Steps one and two each leap on their own "lands" ("Newton nearly arrives"), after the
    # fresh tangent has been drawn.
    said = [t for mark, t in race_scene.waited_marks if mark == "lands"]
    assert len(said) == 2
    for leap, mark in zip(race_scene.leap_times, said, strict=False):
        assert leap >= mark - 1e-6
    assert len(race_scene.leap_times) == race_scene.newton_steps


def test_readouts_end_on_cores_counts_and_weights(race_scene, course):
    _, _, race = course
    newton_panel, ascent_panel = race_scene.readouts
    n = race_scene.newton_steps
    assert [m.get_value() for m in newton_panel.numbers[:2]] == pytest.approx(
        [n, race.newton[n]])
    last = race.gradient.size - 1
    assert [m.get_value() for m in ascent_panel.numbers[:2]] == pytest.approx(
        [last, race.gradient[last]])


def test_table_counts_are_cores(tmp_path: Path):
    scene = build(ch08.HessianTakesNewtonToManyWeights, tmp_path)
    run = newton_versus_ascent_run()
    steps_row = scene.table_cells[2]
    assert [c.tex_string for c in steps_row[1:]] == [str(run.newton_steps),
                                                     str(run.ascent_steps)]
    assert [c.tex_string for c in scene.table_cells[1][1:]] == ["O(d^3)", "O(d)"]
    assert run.newton_steps < 10 and run.ascent_steps > 1000
    # Each row's winner ends in the "good" colour.
    assert steps_row[1].get_color().to_hex().upper() == DARK.good.upper()
    assert scene.table_cells[1][2].get_color().to_hex().upper() == DARK.good.upper()


def test_last_step_readouts_are_cores_steps_and_ascents_shrink(race_scene, course):
    """Gradient ascent's last-step row ends on core's last step; its steps shrink every time
    (what "each step is shorter than the last" reads off that row). Newton's panel is only
    its step and w (few numbers beside the curves)."""
    _, _, race = course
    newton_panel, ascent_panel = race_scene.readouts
    assert ascent_panel.numbers[2].get_value() == pytest.approx(
        race.gradient[-1] - race.gradient[-2], abs=5e-5)
    assert len(newton_panel.numbers) == 2
    assert len(ascent_panel.numbers) == 3
    lengths = np.diff(race.gradient)
    assert np.all(lengths > 0)
    assert np.all(np.diff(lengths) < 0)


def test_steps_to_converge_are_bars_to_one_scale(tmp_path: Path):
    """The two bars under the table: lengths in the ratio of core's step counts (the short
    one at least visible), each labelled with its count of steps."""
    scene = build(ch08.HessianTakesNewtonToManyWeights, tmp_path)
    run = newton_versus_ascent_run()
    bars, labels = scene.bars
    newton_bar, ascent_bar = bars
    assert ascent_bar.width == pytest.approx(ch08.BAR_LONGEST)
    expected = ch08.BAR_LONGEST * run.newton_steps / run.ascent_steps
    assert newton_bar.width == pytest.approx(max(expected, ch08.MIN_BAR))
    assert newton_bar.width < 0.05 * ascent_bar.width
    # Both start at the same left end.
    assert newton_bar.get_left()[0] == pytest.approx(ascent_bar.get_left()[0])
    # Each bar is named by what sets its length, its steps, and nothing else (the work is
    # weighed in numbers in the footer's line, not by the bars).
    assert labels[0].tex_string == rf"{run.newton_steps}\text{{ steps}}"
    # ... gradient ascent's with the learning rate that sets its count.
    assert labels[1].tex_string == (rf"{run.ascent_steps}\text{{ steps}}\text{{ at }}\alpha = "
                                    f"{run.ascent.learning_rate:g}")


def test_overshoot_recovers_and_ascent_step_is_cores(tmp_path: Path, course):
    """After the overshoot from w = 2, two more Newton steps from core's l' and l'' close
    in on the peak; gradient ascent's first step from 0 is the learning rate times l'(0)."""
    x, y, race = course
    scene = build(ch08.NewtonFollowsTheTangentOfTheSlope, tmp_path)
    w = ch08.GENTLE_W
    expected = []
    for _ in range(3):
        c = log_likelihood_1d(np.array([w]), x, y)
        w = float(w - c.slope[0] / c.curvature[0])
        expected.append(w)
    (_, first), (_, second) = scene.recovery
    assert [first, second] == pytest.approx(expected[1:])
    # Each lands nearer the peak than the one before, the second within a tenth of it.
    distances = [abs(v - race.w_star) for v in expected]
    assert distances[0] > distances[1] > distances[2] and distances[2] < 0.1
    marker, arrow = scene.ascent_step
    bottom = scene.plots.bottom
    start, end = (bottom.p2c(p)[0] for p in (arrow.get_start(), arrow.get_end()))
    slope0 = float(log_likelihood_1d(np.array([0.0]), x, y).slope[0])
    assert start == pytest.approx(0.0, abs=1e-9)
    assert end == pytest.approx(race.learning_rate * slope0, abs=1e-9)
    assert end == pytest.approx(race.gradient[1])


def test_final_frame_has_newton_on_the_peak_and_ascent_short_of_it(tmp_path: Path, course):
    x, y, race = course
    scene, pixels = final_frame(ch08.NewtonLeapsWhileGradientAscentInches, tmp_path)
    top, bottom = scene.plots.top, scene.plots.bottom
    peak_value = float(log_likelihood_1d(np.array([race.w_star]), x, y).value[0])
    # Newton's yellow markers sit on the top of the hill and on the zero of l'.
    assert _near(pixel_at(scene, pixels, top.c2p(race.w_star, peak_value)), DARK.highlight)
    assert _near(pixel_at(scene, pixels, bottom.c2p(race.w_star, 0)), DARK.highlight)
    # Gradient ascent's blue marker is where core left it, not at the peak.
    w_g = float(race.gradient[-1])
    ascent_value = float(log_likelihood_1d(np.array([w_g]), x, y).value[0])
    at_ascent = pixel_at(scene, pixels, top.c2p(w_g, ascent_value))
    assert _near(at_ascent, DARK.class0) and not _near(at_ascent, DARK.highlight)


def test_hessian_grid_is_cores_and_matches_finite_differences(tmp_path: Path):
    from scipy.optimize import approx_fprime

    from core import log_likelihood, log_likelihood_hessian

    scene = build(ch08.HessianTakesNewtonToManyWeights, tmp_path)
    run = newton_versus_ascent_run()
    X, y = run.dataset.X, run.dataset.y
    theta = np.zeros(run.n_dof)
    H = log_likelihood_hessian(theta, X, y)
    np.testing.assert_allclose(scene.hessian_shown, H)
    shown = np.array([e.get_value() for e in scene.grid.get_entries()]).reshape(H.shape)
    np.testing.assert_allclose(shown, H)

    def grad(t):  # noqa: ANN001, ANN202
        return approx_fprime(t, log_likelihood, 1e-6, X, y)

    fd = np.array([approx_fprime(theta, lambda t, i=i: grad(t)[i], 1e-4)
                   for i in range(run.n_dof)])
    np.testing.assert_allclose(H, fd, atol=1e-2 * np.abs(H).max())


def test_hill_and_saddle_pictures_show_the_step_climbing_and_descending(tmp_path: Path):
    from core import log_likelihood_hessian
    from core.newton import principal_curvatures

    scene = build(ch08.HessianTakesNewtonToManyWeights, tmp_path)
    run = newton_versus_ascent_run()
    H = log_likelihood_hessian(np.zeros(run.n_dof), run.dataset.X, run.dataset.y)
    c = principal_curvatures(H)
    hill, saddle = scene.curvature_panels
    # The hill bends the way H does, gentlest (across) and steepest (up); the saddle flips the
    # steep one.
    np.testing.assert_allclose(hill.run.curvatures, [c[-1], c[0]])
    np.testing.assert_allclose(saddle.run.curvatures, [c[-1], -c[0]])
    assert np.all(hill.run.curvatures < 0) and saddle.run.curvatures[1] > 0
    # One scale both ways: a unit of u and a unit of v are as long on screen.
    for panel in (hill, saddle):
        per_u = panel.frame.width / (panel.run.u_grid[-1] - panel.run.u_grid[0])
        per_v = panel.frame.height / (panel.run.v_grid[-1] - panel.run.v_grid[0])
        assert per_u == pytest.approx(per_v, rel=1e-6)
    # Newton's step lands on the stationary point: up on the hill, down on the saddle.
    assert hill.run.value_lands > hill.run.value_start
    assert saddle.run.value_lands < saddle.run.value_start
    # The arrows run from the start to the landing point, on screen.
    for panel in (hill, saddle):
        start, end = panel.step.get_start(), panel.step.get_end()
        along = panel.point(panel.run.lands) - panel.point(panel.run.start)
        assert np.dot(end - start, along) > 0.8 * np.dot(along, along)


def test_the_quiz_step_is_a_step_in_w_onto_the_peak(tmp_path: Path):
    """The reveal draws Newton's step as a move in w (level, from w0 to w1) and the hill at w1
    is its peak: the quiz's answer, derived here from the hill's own derivatives."""
    scene = build(ch08.NewtonCheck, tmp_path)
    axes = scene.quiz_axes
    h = 1e-4
    slope = (ch08.quiz_hill(ch08.QUIZ_START + h) - ch08.quiz_hill(ch08.QUIZ_START - h)) / (2 * h)
    curvature = (ch08.quiz_hill(ch08.QUIZ_START + h) - 2 * ch08.quiz_hill(ch08.QUIZ_START)
                 + ch08.quiz_hill(ch08.QUIZ_START - h)) / h ** 2
    w1 = ch08.QUIZ_START - slope / curvature
    start, end = (axes.p2c(p) for p in (scene.quiz_jump.get_start(), scene.quiz_jump.get_end()))
    assert start[1] == pytest.approx(end[1], abs=1e-9)  # level: a step in w only
    assert start[0] == pytest.approx(ch08.QUIZ_START, abs=0.3)
    assert end[0] == pytest.approx(w1, abs=0.3)
    # Its name, under the arrow, stands clear of the l axis and its ticks.
    assert scene.quiz_step.get_left()[0] > axes.y_axis.get_right()[0] + 0.2
    # Newton's model of a quadratic is the quadratic: the dashed model lies on the hill.
    for point in scene.quiz_model.get_all_points()[::7]:
        w, height = axes.p2c(point)[:2]
        assert height == pytest.approx(ch08.quiz_hill(w), abs=0.02)
    top = axes.p2c(scene.quiz_lands.get_center())
    assert top[0] == pytest.approx(w1, abs=1e-6)
    assert top[1] == pytest.approx(max(ch08.quiz_hill(w) for w in np.linspace(-1, 7, 8001)),
                                   abs=1e-6)


def test_the_gentle_tangent_is_named_nearly_flat_with_cores_curvatures(tmp_path: Path, course):
    """"The tangent is nearly flat": its note states l''(2) against the steep tangent's l''(0),
    core's values, and the first is several times the flatter."""
    x, y, race = course
    scene = build(ch08.NewtonFollowsTheTangentOfTheSlope, tmp_path)
    w0 = float(race.tangent_points[0][0])
    c = log_likelihood_1d(np.array([ch08.GENTLE_W, w0]), x, y)
    assert scene.flat_curvatures == pytest.approx((c.curvature[0], c.curvature[1]))
    assert abs(c.curvature[0]) < 0.2 * abs(c.curvature[1])
    note, pointer = scene.flat_label
    assert note[1].tex_string.endswith(f"= {c.curvature[0]:.2f}")
    assert len(note) == 2  # the name and l''(2): nothing more crowds the l' panel
    # The pointer ends on the gentle tangent.
    line, _ = scene.gentle
    tip = scene.plots.bottom.p2c(pointer.get_end())
    w_a, s_a, slope = _tangent_in_data(scene, line)
    assert abs(tip[1] - (s_a + slope * (tip[0] - w_a))) < 0.6


def test_log_error_plot_marks_the_double_precision_limit(tmp_path: Path):
    from core.newton import error_decay_run

    scene = build(ch08.NewtonDoublesTheCorrectDigits, tmp_path)
    decay = error_decay_run()
    assert scene.log_floor == pytest.approx(np.log10(decay.floor))
    line, _ = scene.floor_note
    for end in (line.get_start(), line.get_end()):
        assert scene.axes.p2c(end)[1] == pytest.approx(np.log10(decay.floor), abs=1e-6)
    # At the scale of float64's spacing near w*: a few ulps, no more.
    w_star = newton_race_run()[1].w_star
    assert np.spacing(w_star) <= decay.floor <= 16 * np.spacing(w_star)


def test_saddle_contours_never_crowd_into_bands(tmp_path: Path):
    """On the saddle picture no two contour lines come within a few pixels of each other (in
    square-root steps they would, along the zero level); the hill keeps evenly spaced
    ellipses, every line a closed curve round the top."""
    from numpy.lib.stride_tricks import sliding_window_view

    scene = build(ch08.HessianTakesNewtonToManyWeights, tmp_path)
    hill, saddle = scene.curvature_panels

    def crowded(values: np.ndarray, as_saddle: bool) -> float:
        windows = sliding_window_view(ch08.level_bands(values, as_saddle), (5, 5))
        return float((np.ptp(windows, axis=(-1, -2)) >= 2).mean())

    assert crowded(saddle.run.values, True) == 0.0
    assert crowded(saddle.run.values, False) > 0.01  # the square-root steps it replaces
    assert crowded(hill.run.values, False) == 0.0


def test_height_key_runs_from_the_background_to_the_brightest_shade(tmp_path: Path):
    """The curvature pictures' key: its strip is the pictures' own shade, from the background
    (lowest) to the brightest (highest), brightening all the way, named low on the left."""
    ramp = ch08.height_shade(np.linspace(0, 1, 11), DARK)
    np.testing.assert_allclose(ramp[0], _rgb(DARK.background), atol=1e-9)
    assert np.all(np.diff(ramp.sum(axis=1)) > 0)
    scene = build(ch08.HessianTakesNewtonToManyWeights, tmp_path)
    name, low, strip, frame, high = scene.height_key
    assert (low.text, high.text) == ("low", "high")
    assert low.get_center()[0] < strip.get_center()[0] < high.get_center()[0]


def test_the_hill_is_drawn_larger_with_its_directions_on_steep_and_gentle(tmp_path: Path):
    """"Steep in one direction, gentle in the other": each arrow grows on its word, named in
    words at its far end, on a hill drawn larger then than beside the Hessian's grid."""
    scene = build(ch08.HessianTakesNewtonToManyWeights, tmp_path)
    marks = dict(scene.waited_marks)
    assert marks["hill"] < marks["steep"] < marks["gentle"] < marks["grid"]
    assert scene.hill_first.width == pytest.approx(
        scene.hill_frame_then.width * ch08.HILL_FIRST_SCALE / ch08.HILL_SCALE)
    steep, gentle = scene.direction_words
    assert (steep.text, gentle.text) == ("steep", "gentle")
    across, up = scene.directions
    # Each word beside its own arrow's far end, after the hill stepped back.
    assert np.linalg.norm(steep.get_left() - up[0].get_end()) < 0.3
    assert np.linalg.norm(gentle.get_corner(DOWN + RIGHT) - across[0].get_end()) < 0.3


def test_the_hill_draws_hs_main_directions_with_their_curvatures(tmp_path: Path):
    scene = build(ch08.HessianTakesNewtonToManyWeights, tmp_path)
    hill, _ = scene.curvature_panels
    across, up = scene.directions
    # The picture's grid is symmetric about the hill's top: its centre is the frame's.
    frame = scene.hill_frame_then
    centre = frame.get_center()
    # Across (u, the gentlest) and up (v, the steepest), both through the hill's top.
    for (arrow, name), axis, value, side in ((across, 0, hill.run.curvatures[0], frame.width),
                                             (up, 1, hill.run.curvatures[1], frame.height)):
        start, end = arrow.get_start(), arrow.get_end()
        np.testing.assert_allclose((start + end) / 2, centre, atol=1e-6)
        assert abs((end - start)[1 - axis]) < 1e-6
        assert abs((end - start)[axis]) == pytest.approx(ch08.DIRECTION_REACH * side, rel=1e-3)
        assert name[1].tex_string == f"{value:.1f}"
    assert hill.run.curvatures[1] < hill.run.curvatures[0] < 0  # steep up, gentle across
    np.testing.assert_allclose(hill.run.lands, np.zeros(2), atol=1e-12)


def test_each_model_centre_is_marked_where_its_jump_lands(tmp_path: Path):
    from core.newton import newton_bowls_run

    scene = build(ch08.NewtonJumpsToTheCentreOfItsModel, tmp_path)
    bowls = newton_bowls_run(shape=ch08.MAP_SHAPE)
    assert len(scene.centre_marks) == len(bowls.models)
    for t, marks in enumerate(scene.centre_marks):
        on_map = marks if t == 0 else marks[0]
        np.testing.assert_allclose(scene.axes.p2c(on_map.get_center())[:2],
                                   bowls.iterates[t + 1], atol=1e-6)
        if t > 0:
            np.testing.assert_allclose(scene.zoom.p2c(marks[1].get_center())[:2],
                                       bowls.iterates[t + 1], atol=1e-6)


def test_work_to_converge_line_flips_the_winner_from_d3_to_a_million(tmp_path: Path):
    """The trade-off is weighed twice: at the run's d, then at a million weights; each line
    shows core's total work of both methods, and names the one that does less."""
    from core.newton import work_to_converge

    scene = build(ch08.HessianTakesNewtonToManyWeights, tmp_path)
    run = newton_versus_ascent_run()
    assert [len(line) for line in scene.verdicts] == [5, 5]
    for line, d, winner in ((scene.verdicts[0], run.n_dof, "Newton"),
                            (scene.verdicts[1], ch08.MANY_WEIGHTS, "gradient steps")):
        newton_work, ascent_work = work_to_converge(run, d)
        assert line[1].tex_string.endswith(ch08.work_tex(newton_work))
        assert line[3].tex_string.endswith(ch08.work_tex(ascent_work))
        assert line[4].tex_string.endswith(rf"\text{{{winner}}}")
    assert ch08.work_tex(8529) == "8{,}529"
    assert ch08.work_tex(7 * 10**18) == r"7 \cdot 10^{18}"
    assert ch08.work_tex(2843 * 10**6) == r"2.8 \cdot 10^{9}"
