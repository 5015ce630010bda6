"""Chapter 7's scenes: layout after every animation; bars, numbers and field colours are core's."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest
from manim import DecimalNumber, ManimColor
from scene_harness import build, final_frame, pixel_at

from core import sigmoid, softmax_cross_entropy_gradient, softmax_field
from core.softmax_regression import (
    COURSE_LOGITS,
    class_probabilities,
    point_with_logits,
    softmax_lab_run,
    softmax_parts,
    two_class_reduction,
)
from scenes.common.theme import DARK
from scenes.logistic_regression import ch07_softmax as ch07


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array(ManimColor(hex_colour).to_rgb()) * 255


def _printed(numbers) -> np.ndarray:  # noqa: ANN001
    return np.array([n.get_value() for n in numbers])


def _decimals(number: DecimalNumber) -> int:
    return int(number.num_decimal_places)


@pytest.mark.parametrize("scene_cls", ch07.SCENES_IN_ORDER, ids=lambda c: c.__name__)
def test_every_scene_builds_inside_the_frame_without_overlaps(scene_cls, tmp_path: Path):
    scene = build(scene_cls, tmp_path, check_layout=True)
    assert scene.beats
    for beat in scene.beats:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", beat.narration.strip()) if s]
        assert 1 <= len(sentences) <= 3, beat.narration


def test_chapter_ends_with_its_quiz(tmp_path: Path):
    assert ch07.SCENES_IN_ORDER[-1] is ch07.SoftmaxCheck
    quiz = ch07.QUIZ
    assert quiz.correct == 1 and quiz.applied and not quiz.answer_is_longest
    # The right answer: scaling every logit by ten (by hand, without core): red takes
    # 1 / (1 + e^-10 + e^-20) of it, above 0.9999 (not 1: the choice must not say 1.000).
    scaled = [t * ch07.QUIZ_SCALE for t in COURSE_LOGITS]
    e = [math.exp(t) for t in scaled]
    red = e[0] / sum(e)
    assert 0.9999 < red < 1.0
    assert r"\varphi_1 > 0.9999" in quiz.choices[quiz.correct]
    assert "1.000" not in quiz.choices[quiz.correct]
    # The reason writes the exponentials and red's share out, none rounded to 1 or 0.
    assert "4.9\\times10^{8}" in quiz.reason and "2.2\\times10^{4}" in quiz.reason
    assert "0.99995" in quiz.reason
    # The misconception (a scale is not a shift): the course's shares unchanged.
    e0 = [math.exp(t) for t in COURSE_LOGITS]
    same = "(" + ", ".join(f"{v / sum(e0):.3f}" for v in e0) + ")"
    assert same in quiz.choices[0].replace("$", "")
    # The slip: each logit over the sum of the logits.
    slip = "(" + ", ".join(f"{t / sum(scaled):.3f}" for t in scaled) + ")"
    assert slip in quiz.choices[2].replace("$", "")
    scene = build(ch07.SoftmaxCheck, tmp_path)
    assert scene.beats[-1].narration.startswith("The answer is B.")
    # On the answer, the picture's bars show the scaled logits' shares.
    np.testing.assert_allclose(scene.quiz_bars.shown_values(),
                               class_probabilities(np.array(scaled)), atol=1e-3)
    # The tiny shares are written in powers of ten, read from the same probabilities.
    green, blue = (float(tex.tex_string.replace("{\\times}", "\\times")
                         .replace("\\times10^{", "e").rstrip("}"))
                   for tex in scene.quiz_exact[1:])
    np.testing.assert_allclose([green, blue], [e[1] / sum(e), e[2] / sum(e)], rtol=0.05)
    # Each share is written over its own bar.
    for tex, rect in zip(scene.quiz_exact, scene.quiz_bars.rects, strict=True):
        assert abs(tex.get_x() - rect.get_x()) < 1e-6
        assert tex.get_bottom()[1] > rect.get_top()[1]


# --- the query point's logits, exponentials and bars -----------------------------------------


def _check_query_state(scene, logits: np.ndarray, raised: float = 0.0) -> None:  # noqa: ANN001
    """``logits``: the course's (2, 1, t3), which fix where the dot is; ``raised``: what
    the scene adds to every class's bias beyond the lift that makes them read 2, 1, 0."""
    phi = class_probabilities(logits)
    assert phi.sum() == pytest.approx(1.0)
    # The logits printed are the model's own at the dot (every bias raised by one number),
    # by a hand-written dot product; they differ from ``logits`` by one shared shift.
    fitted = softmax_lab_run().trajectory.Thetas[-1]
    x = scene.axes.p2c(scene.query.get_center())[:2]
    own = np.array([fitted[i, 0] + fitted[i, 1:] @ x for i in range(3)])
    shown = own + scene.course_lift + raised
    np.testing.assert_allclose(_printed(scene.logit_row[1]), shown, atol=1e-9)
    np.testing.assert_allclose(np.diff(shown), np.diff(logits), atol=1e-9)
    # Exponentials printed in the table; probabilities are the shown logits' softmax.
    parts = softmax_parts(shown)
    np.testing.assert_allclose(parts.probabilities, phi, atol=1e-12)
    np.testing.assert_allclose(_printed(scene.exp_row[1]), parts.exponentials, rtol=1e-9)
    # Bar heights (geometry) and printed probabilities equal core's softmax.
    bars = scene.bars
    np.testing.assert_allclose(bars.shown_values(), phi, atol=1e-3)  # 1e-3: min bar height
    np.testing.assert_allclose(_printed(bars.numbers), phi, rtol=1e-12)
    shown = [round(v, _decimals(n)) for v, n in zip(phi, bars.numbers, strict=True)]
    assert sum(shown) == pytest.approx(1.0, abs=2e-3)
    assert scene.phi_sum.numbers[0].get_value() == pytest.approx(1.0, abs=1e-12)
    # The white dot sits where the trained model gives these probabilities.
    np.testing.assert_allclose(x, point_with_logits(fitted, logits), atol=1e-9)
    np.testing.assert_allclose(class_probabilities(fitted @ np.r_[1.0, x]), phi, atol=1e-9)


def test_bars_equal_cores_softmax_at_the_start_and_after_the_push(tmp_path: Path):
    scene = build(ch07.PushingALogitStealsProbability, tmp_path)
    start = np.array(COURSE_LOGITS)
    assert tuple(start) == (2.0, 1.0, 0.0)  # the course's logits
    # The course's rounded probabilities, checked independently of core.
    e = [math.exp(t) for t in start]
    assert [round(v / sum(e), 3) for v in e] == [0.665, 0.245, 0.090]

    # The scene ends pushed: blue's logit at PUSH_TO, blue now holding red's old share.
    assert scene.pushed.get_value() == ch07.PUSH_TO
    pushed = start.copy()
    pushed[ch07.PUSHED] = ch07.PUSH_TO
    _check_query_state(scene, pushed)
    np.testing.assert_allclose(class_probabilities(pushed)[ch07.PUSHED],
                               class_probabilities(start)[0], rtol=1e-12)

    # Back at the start value, everything follows the tracker (restored afterwards).
    try:
        scene.pushed.set_value(COURSE_LOGITS[ch07.PUSHED])
        scene.update_mobjects(0)
        np.testing.assert_allclose(scene.logits(), start, atol=1e-12)  # the lift's doing
        _check_query_state(scene, start)
    finally:
        scene.pushed.set_value(ch07.PUSH_TO)
        scene.update_mobjects(0)


def test_bars_grow_into_the_exponentials_then_shrink_together_into_the_probabilities(
        tmp_path: Path):
    scene = build(ch07.PushingALogitStealsProbability, tmp_path)
    bars, stage = scene.bars, scene.stage
    start = np.array(COURSE_LOGITS)
    parts = softmax_parts(start)
    try:
        scene.pushed.set_value(COURSE_LOGITS[ch07.PUSHED])
        heights = {}
        for s in (0.0, 1.0, 1.5, 2.0):
            stage.set_value(s)
            scene.update_mobjects(0)
            heights[s] = np.array([r.height for r in bars.rects])
        # The logits, then the exponentials, on one scale.
        np.testing.assert_allclose(heights[1.0], ch07.LOGIT_UNIT * parts.exponentials,
                                   rtol=1e-6)
        np.testing.assert_allclose(heights[0.0], np.maximum(ch07.LOGIT_UNIT * start, 1e-3),
                                   rtol=1e-6)
        # Normalising shrinks every bar by one common factor at every moment ...
        for s in (1.5, 2.0):
            ratio = heights[s] / heights[1.0]
            np.testing.assert_allclose(ratio, ratio[0], rtol=1e-6)
            assert ratio[0] < 1
        # ... and ends on the probabilities, which add up to one.
        np.testing.assert_allclose(heights[2.0] / ch07.PROB_UNIT, class_probabilities(start),
                                   rtol=1e-6)
    finally:
        stage.set_value(2.0)
        scene.pushed.set_value(ch07.PUSH_TO)
        scene.update_mobjects(0)


def test_the_dot_walks_visibly_into_blues_region(tmp_path: Path):
    scene, pixels = final_frame(ch07.PushingALogitStealsProbability, tmp_path)
    fitted = softmax_lab_run().trajectory.Thetas[-1]
    start = np.array(COURSE_LOGITS)
    end = start.copy()
    end[ch07.PUSHED] = ch07.PUSH_TO
    a = scene.axes.c2p(*point_with_logits(fitted, start))
    b = scene.axes.c2p(*point_with_logits(fitted, end))
    # It walks more than a dot's width many times over (60 px per unit at 480p) ...
    assert np.linalg.norm(b - a) > 1.0
    # ... from red's side into blue's, where blue now has red's old share.
    x_start, x_end = point_with_logits(fitted, start), point_with_logits(fitted, end)
    assert np.argmax(class_probabilities(fitted @ np.r_[1.0, x_start])) == 0
    assert np.argmax(class_probabilities(fitted @ np.r_[1.0, x_end])) == ch07.PUSHED
    # Just past the dot, along its walk (clear of it and of the trail), the field shows blue.
    ahead = x_end + 0.45 * (x_end - x_start) / np.linalg.norm(x_end - x_start)
    spot = _clear_spot(ahead, softmax_lab_run().dataset.X, clearance=0.15)
    got = pixel_at(scene, pixels, scene.axes.c2p(*spot))
    assert np.argmax(got) == np.argmax(_rgb(DARK.classes3[ch07.PUSHED])), got


def test_weight_arrows_are_cores_weights_and_point_to_their_clouds(tmp_path: Path):
    scene = build(ch07.ThreeClassesColourThePlane, tmp_path)
    run = softmax_lab_run()
    fitted, data = run.trajectory.Thetas[-1], run.dataset
    np.testing.assert_allclose(scene.arrows.shown_vectors(), fitted[:, 1:], atol=1e-9)
    for k in range(3):
        w, centre = fitted[k, 1:], data.X[data.y == k].mean(axis=0)
        assert w @ centre / (np.linalg.norm(w) * np.linalg.norm(centre)) > 0.8, k


# --- the plane coloured by the winning class ---------------------------------------------------


def test_field_pixels_blend_from_class_colour_to_background():
    colours = np.array([_rgb(c) for c in DARK.classes3])
    background = _rgb(DARK.background)
    winner = np.array([[0, 1, 2, 2]])
    confidence = np.array([[1.0, 1.0, 1.0, 1 / 3]])
    px = ch07.class_field_pixels(winner, confidence, DARK).astype(float)
    for k in range(3):
        expected = background + ch07.VIVID[k] * (colours[k] - background)
        np.testing.assert_allclose(px[0, k, :3], expected, atol=0.51)
    np.testing.assert_allclose(px[0, 3, :3], background, atol=0.51)  # a three-way tie
    assert np.all(px[..., 3] == round(255 * DARK.field_opacity))


def test_class_regions_differ_for_a_colour_blind_eye():
    """Where the model is sure, any two regions (as composited over the background) stay
    MIN_DELTA_E apart in CIE Lab and MIN_DELTA_L in lightness, for normal vision and under
    simulated deuteranopia and protanopia (the palette test's measure, on the blended field)."""
    from test_palette import VISIONS, lab

    from scenes.common.theme import MIN_DELTA_E, MIN_DELTA_L

    background = _rgb(DARK.background)
    px = ch07.class_field_pixels(np.array([[0, 1, 2]]), np.ones((1, 3)), DARK).astype(float)
    alpha = px[0, :, 3:] / 255
    shown = alpha * px[0, :, :3] + (1 - alpha) * background
    hexes = ["#" + "".join(f"{round(v):02x}" for v in rgb) for rgb in shown]
    for vision in VISIONS:
        labs = [lab(h, vision) for h in hexes]
        for i, j in ((0, 1), (0, 2), (1, 2)):
            assert np.linalg.norm(labs[i] - labs[j]) >= MIN_DELTA_E, (vision, i, j)
        assert abs(labs[0][0] - labs[1][0]) >= MIN_DELTA_L, vision  # red and green


def test_field_image_is_cores_softmax_field(tmp_path: Path):
    scene = build(ch07.ThreeClassesColourThePlane, tmp_path)
    fitted = softmax_lab_run().trajectory.Thetas[-1]
    field = scene.field
    winner, confidence = softmax_field(fitted, *field.box, shape=field.field_shape)
    np.testing.assert_array_equal(field.pixel_array,
                                  ch07.class_field_pixels(winner, confidence, DARK))


def _clear_spot(centre: np.ndarray, X: np.ndarray, clearance: float = 0.2) -> np.ndarray:
    """The point nearest ``centre`` (within 0.3) that no data dot covers."""
    for r in (0.0, 0.1, 0.2, 0.3):
        for a in np.linspace(0, 2 * np.pi, 12, endpoint=False):
            p = centre + r * np.array([np.cos(a), np.sin(a)])
            if np.min(np.linalg.norm(X - p, axis=1)) > clearance:
                return p
    raise AssertionError(f"no clear spot near {centre}")


def test_each_cloud_centre_shows_its_own_class_colour(tmp_path: Path):
    scene, pixels = final_frame(ch07.ThreeClassesColourThePlane, tmp_path)
    run = softmax_lab_run()
    data, fitted = run.dataset, run.trajectory.Thetas[-1]
    background = _rgb(DARK.background)
    for k in range(3):
        spot = _clear_spot(data.X[data.y == k].mean(axis=0), data.X)
        phi = class_probabilities(fitted @ np.r_[1.0, spot])
        assert np.argmax(phi) == k, (k, phi)  # core: the cloud's own class wins there
        got = pixel_at(scene, pixels, scene.axes.c2p(*spot))
        # The class's colour family: its strongest channel is the class colour's.
        assert np.argmax(got) == np.argmax(_rgb(DARK.classes3[k])), (k, got)
        # And the colour the field piece gives core's winner and confidence there (as
        # drawn: the image's slight transparency moves it by a few levels at most).
        expected = ch07.class_field_pixels(np.array([k]), np.array([phi.max()]), DARK)[0, :3]
        assert np.all(np.abs(got - expected) <= 10), (k, got, expected)
        # Vivid, not washed out: far from the background as a colour (a channel the class
        # colour lacks, such as red's blue, may stay near the background's own level).
        assert np.linalg.norm(got - background) > 60, (k, got)
    # Where all three meet, the plane is washed out to nearly the background.
    meet = point_with_logits(fitted, [0.0, 0.0, 0.0])
    meet_px = pixel_at(scene, pixels, scene.axes.c2p(*meet))
    assert np.all(np.abs(meet_px - background) <= 25), meet_px


# --- k = 2 and the gradient ---------------------------------------------------------------------


def test_two_class_readouts_are_cores_and_the_marker_is_on_the_sigmoid(tmp_path: Path):
    scene = build(ch07.TwoClassesGiveBackTheSigmoid, tmp_path)
    t1, t2 = ch07.T1_FIXED, scene.t2.get_value()
    assert t2 == ch07.T2_SWEEP[-1]
    soft, sig = (float(v[0]) for v in two_class_reduction([[t1, t2]]))
    assert soft == pytest.approx(1 / (1 + math.exp(-(t2 - t1))), rel=1e-12)  # by hand
    shown = _printed(scene.panel.numbers)
    np.testing.assert_allclose(shown, [t1, t2, soft, sig], rtol=1e-12)
    d, p = scene.axes.p2c(scene.marker.get_center())
    assert d == pytest.approx(t2 - t1) and p == pytest.approx(soft)
    assert p == pytest.approx(float(sigmoid(d)))


def test_gradient_bars_are_predicted_minus_one_hot(tmp_path: Path):
    scene = build(ch07.GradientIsPredictedMinusOneHot, tmp_path)
    predicted, target, result = scene.charts
    logits = np.array([COURSE_LOGITS])
    phi = class_probabilities(logits)[0]
    onehot = np.eye(3)[ch07.TRUE_CLASS]
    gradient = softmax_cross_entropy_gradient(logits, [ch07.TRUE_CLASS])[0]
    np.testing.assert_allclose(gradient, phi - onehot, atol=1e-15)
    assert gradient.sum() == pytest.approx(0.0, abs=1e-12)
    assert gradient[ch07.TRUE_CLASS] < 0 < min(np.delete(gradient, ch07.TRUE_CLASS))
    # The scene ends after one step t := t - eta g: the bars show the new probabilities,
    # and the gradient bars the new gradient (still predicted minus one-hot).
    new_t = np.array(COURSE_LOGITS) - ch07.STEP_SIZE * gradient
    new_phi = np.exp(new_t) / np.exp(new_t).sum()
    assert new_phi[ch07.TRUE_CLASS] > phi[ch07.TRUE_CLASS]
    new_gradient = new_phi - onehot
    for chart, values in ((predicted, new_phi), (target, onehot), (result, new_gradient)):
        np.testing.assert_allclose(chart.shown_values(), values, atol=1e-3)
        np.testing.assert_allclose(_printed(chart.numbers), values, atol=1e-12)
    assert np.all(np.abs(new_gradient) <= np.abs(gradient) + 1e-12)
    loss = scene.loss_readout.numbers[0].get_value()
    assert loss == pytest.approx(-math.log(new_phi[ch07.TRUE_CLASS]), rel=1e-9)
    # Before the step, the gradient bars showed phi - e_y (the value after subtraction).
    try:
        scene.stepped.set_value(0.0)
        for chart in (predicted, result):
            chart.refresh()
        np.testing.assert_allclose(_printed(result.numbers), gradient, atol=1e-12)
        np.testing.assert_allclose(result.shown_values(), gradient, atol=1e-3)
    finally:
        scene.stepped.set_value(1.0)
        for chart in (predicted, result):
            chart.refresh()
    # The true class's gradient bar hangs below the baseline, the others stand on it.
    base = result.baseline.get_y()
    for i, rect in enumerate(result.rects):
        assert (rect.get_center()[1] < base) == (i == ch07.TRUE_CLASS)


def test_adding_one_number_to_every_logit_moves_the_exponentials_not_the_bars(
        tmp_path: Path):
    scene = build(ch07.PushingALogitStealsProbability, tmp_path)
    assert scene.shift.get_value() == 0.0  # taken away again before the push
    pushed = np.array(COURSE_LOGITS, dtype=float)
    pushed[ch07.PUSHED] = ch07.PUSH_TO
    scene.update_mobjects(0)
    before_bars = np.array([r.height for r in scene.bars.rects])
    before_exp = _printed(scene.exp_row[1])
    try:
        scene.shift.set_value(ch07.SHIFT_ALL)
        scene.update_mobjects(0)
        _check_query_state(scene, pushed, raised=ch07.SHIFT_ALL)
        # Each exponential is multiplied by e^shift (independently of core) ...
        np.testing.assert_allclose(_printed(scene.exp_row[1]),
                                   before_exp * math.exp(ch07.SHIFT_ALL), rtol=1e-12)
        # ... while the probability bars keep their heights.
        np.testing.assert_allclose([r.height for r in scene.bars.rects], before_bars,
                                   rtol=1e-9)
    finally:
        scene.shift.set_value(0.0)
        scene.update_mobjects(0)
