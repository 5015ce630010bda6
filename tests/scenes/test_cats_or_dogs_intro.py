"""The first chapters of "Cats or Dogs?" (the sigmoid, MSE against log loss, log loss piece by
piece) and its closing card: what they draw and say equals independent references (numpy's
polyfit, scipy's optimiser, closed forms written here), and the words are true of the picture.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import ManimColor
from scene_harness import build
from scipy.optimize import minimize

from core.datasets import load_dataset
from scenes.cats_or_dogs import cd1_sigmoid as cd1
from scenes.cats_or_dogs import cd2_mse_versus_log_loss as cd2
from scenes.cats_or_dogs import cd3_log_loss_pieces as cd3
from scenes.cats_or_dogs import cd6_vocabulary as cd6


def sigmoid(z):  # noqa: ANN001, ANN201
    """The closed form, written out here rather than imported from core."""
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def shown(number) -> float:  # noqa: ANN001
    return float(number.get_value())


# --- 1. the sigmoid -----------------------------------------------------------------------------


def test_the_line_is_least_squares_overshoots_as_said_and_bends_into_the_logistic_fit(
        tmp_path: Path):
    scene = build(cd1.SquishAnyNumberIntoZeroOne, tmp_path)
    fit = scene.fit
    slope, intercept = np.polyfit(fit.x, fit.y, 1)
    hi, lo = scene.overshoot
    assert hi == pytest.approx(slope * cd1.FEATURE_RANGE[1] + intercept, abs=1e-9)
    assert lo == pytest.approx(slope * cd1.FEATURE_RANGE[0] + intercept, abs=1e-9)
    # The words: past one on the right, below zero on the left, the numbers as shown.
    assert hi > 1 and lo < 0
    narration = " ".join(b.narration for b in scene.beats)
    assert f"to {hi:.1f} at the edge" in narration and f"to {lo:.1f}." in narration

    def loss(p):  # noqa: ANN001, ANN202
        z = p[0] * fit.x + p[1]
        return np.mean(np.logaddexp(0, z) - fit.y * z)

    w, b = minimize(loss, x0=[1.0, -5.0], method="BFGS", options={"gtol": 1e-10}).x
    for p in scene.s_curve.get_anchors()[::20]:
        x, v = scene.axes.p2c(p)
        assert v == pytest.approx(sigmoid(w * x + b), abs=1e-3)
        assert 0 < v < 1


def test_exact_values_are_written_with_equals_and_rounded_ones_with_approx(tmp_path: Path):
    scene = build(cd1.SigmoidValuesTraceTheS, tmp_path)
    rows = [scene.table.z[i] for i in range(3)]
    assert rows == [0.0, 5.0, -5.0]
    narration = " ".join(b.narration for b in scene.beats)
    assert "e to the zero is one" in narration
    zero_row, five_row, _ = (row.get_tex_string() for row in scene.rows)
    assert r"e^{0} = 1" in zero_row and r"\approx" not in zero_row
    assert r"\sigma = \frac{1}{2}" in zero_row and "= 0.5" in zero_row
    # Where the fraction is not exact it is left out: the rounded value alone, with approx.
    assert r"\approx 0.993" in five_row and r"\frac" not in five_row
    assert r"e^{-5} \approx 0.00674" in five_row


def test_sigmoid_quiz_answer_is_read_off_the_curve():
    quiz = cd1.QUIZ
    assert quiz.correct == 2 and quiz.applied and len(quiz.choices) == 4
    assert f"{sigmoid(cd1.QUIZ_Z):.2f}" in quiz.choices[2]
    assert f"{sigmoid(-cd1.QUIZ_Z):.2f}" in quiz.choices[0]  # the sign slip
    assert not quiz.answer_is_longest


# --- 2. MSE against log loss --------------------------------------------------------------------


def _mse_slice(s: np.ndarray) -> np.ndarray:
    data = load_dataset("cats_dogs", 0)
    u = data.X @ cd2.DIRECTION
    return np.array([np.mean((sigmoid(v * u) - data.y) ** 2) for v in s])


def test_the_marked_stretch_is_flat_and_the_words_about_the_points_are_true():
    s = np.linspace(-3, 3, 601)
    slope = np.gradient(_mse_slice(s), s)
    flat = (s >= cd2.FLAT_STRETCH[0]) & (s <= cd2.FLAT_STRETCH[1])
    assert np.abs(slope[flat]).max() < 0.05 * np.abs(slope).max()
    data = load_dataset("cats_dogs", 0)
    signed = np.where(data.y == 1, 1, -1) * (data.X @ cd2.DIRECTION)
    for s_start in (cd2.S_RANGE[0], cd2.START_S):
        p_true = sigmoid(s_start * signed)
        # "every point is on the wrong side, nearly all of them confidently"
        assert p_true.max() < 0.5 and np.mean(p_true < 0.05) > 0.9
    assert sigmoid(cd2.S_RANGE[1] * signed).min() > 0.5  # "every point turns right"


def test_log_loss_ball_ends_with_every_point_drawn_right():
    """"Log loss rolls down ... and its points turn right": at its last step every point is
    on its right side and drawn (nearly) mint, not in a blend the key does not name."""
    data = load_dataset("cats_dogs", 0)
    u = data.X @ cd2.DIRECTION
    s_log = cd2.START_S
    for _ in range(cd2.DESCENT_STEPS):
        h = sigmoid(s_log * u)
        s_log -= 0.1 * np.mean((h - data.y) * u)
    p_true = sigmoid(np.where(data.y == 1, 1, -1) * s_log * u)
    assert p_true.min() > 0.5
    assert cd2.verdict_share(p_true).min() > 0.9


def test_the_points_end_coloured_by_the_mse_models_true_class_probability(tmp_path: Path):
    scene = build(cd2.MseAlongAWeightIsNotABowl, tmp_path)
    data = load_dataset("cats_dogs", 0)
    s_end = scene.descent.s_mse[-1]
    assert scene.knob.get_value() == pytest.approx(s_end)
    p_true = sigmoid(np.where(data.y == 1, 1, -1) * (data.X @ (s_end * cd2.DIRECTION)))
    bad, good = ManimColor(scene.theme.bad), ManimColor(scene.theme.good)
    for dot, p in zip(scene.dots, p_true, strict=True):
        # red below 1/3, mint above 2/3, a straight blend between (the gain of 3)
        share = min(max(0.5 + 3.0 * (p - 0.5), 0.0), 1.0)
        expected = bad.interpolate(good, float(share))
        assert np.allclose(dot.get_fill_color().to_rgb(), expected.to_rgb(), atol=1e-6)
    # "and the points stay wrong"
    assert p_true.max() < 0.5


def test_gradient_readouts_agree_with_the_score_as_shown(tmp_path: Path):
    scene = build(cd2.GradientVanishesWhenConfidentlyWrong, tmp_path)
    for raw in (-0.04, -3.26):
        scene.z_tracker.set_value(raw)
        z = round(raw, 1)
        g = sigmoid(z)
        expected = (z, g, g * (1 - g), 2 * (1 - g) * g * (1 - g), 1 - g)
        for reading, value in zip(scene.readings, expected, strict=True):
            assert reading() == pytest.approx(value, abs=1e-12)


def test_mse_quiz_gives_both_gradients_at_the_confident_mistake():
    quiz, p = cd2.QUIZ, cd2.QUIZ_P
    assert quiz.correct == 0 and quiz.applied and len(quiz.choices) == 4
    mse, log = 2 * (1 - p) * p * (1 - p), 1 - p
    assert f"{mse:.3f}" in quiz.choices[0] and f"{log:.1f}" in quiz.choices[0]
    assert quiz.choices[0].index(f"{mse:.3f}") < quiz.choices[0].index(f"{log:.1f}")
    assert not quiz.answer_is_longest


# --- 3. log loss piece by piece -----------------------------------------------------------------


def test_the_drop_line_ends_on_the_smallest_prediction_and_its_exact_loss(tmp_path: Path):
    """The marker's line to the prediction axis, where the marker gave way to the arrow: from
    (H_MIN, 0) up to the curve, at -log H_MIN."""
    scene = build(cd3.MinusLogForEachLabel, tmp_path)
    foot, top = (scene.axes.p2c(p) for p in (scene.drop.get_start(), scene.drop.get_end()))
    assert foot == pytest.approx([cd3.H_MIN, 0], abs=1e-6)
    assert top == pytest.approx([cd3.H_MIN, -np.log(cd3.H_MIN)], abs=1e-6)


def test_the_average_keeps_the_pieces_colours(tmp_path: Path):
    scene = build(cd3.SwitchesJoinTheTwoPieces, tmp_path)
    formula, average = scene.formula, scene.average
    assert average[5].get_color() == formula[5].get_color() == ManimColor(scene.theme.class1)
    assert average[8].get_color() == formula[8].get_color() == ManimColor(scene.theme.class0)
    # The switches y and 1 - y: one colour in the formula and in the average, neither class's
    # (white: test_cats_or_dogs checks it stays apart from both under colour blindness).
    pieces = {ManimColor(scene.theme.class0), ManimColor(scene.theme.class1)}
    for i in (4, 7):
        assert average[i].get_color() == formula[i].get_color()
        assert formula[i].get_color() not in pieces


def test_log_loss_quiz_charges_minus_log_one_minus_the_prediction():
    quiz = cd3.QUIZ
    assert quiz.correct == 3 and quiz.applied and len(quiz.choices) == 4
    assert quiz.choices[3] == f"${-np.log(1 - cd3.QUIZ_P):.2f}$"
    assert quiz.choices[0] == f"${-np.log(cd3.QUIZ_P):.2f}$"  # the other label's piece
    assert not quiz.answer_is_longest


# --- 6. the closing card ------------------------------------------------------------------------


def test_closing_pictures_are_redrawn_from_the_lessons_data(tmp_path: Path):
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    axes, dots = scene.label_axes, scene.pictures[0][1][0]
    fit = cd1.label_line_fit()
    heights = sorted(round(axes.p2c(d.get_center())[1], 9) for d in dots)
    assert heights == sorted(fit.y.tolist())
    field = scene.pictures[-1][1][0]  # the trained model's field, under its axes and dots
    assert type(field).__name__ == "ProbabilityField"
    assert np.allclose(field.theta_getter(), scene.run.thetas[-1])
    narration = " ".join(b.narration for b in scene.beats).lower()
    for jargon in ("scene", "render", "built", "manim"):
        assert jargon not in narration


@pytest.mark.parametrize("module", [cd1, cd2, cd3, cd6], ids=lambda m: m.__name__)
def test_no_production_jargon_in_the_chapters_words(module):  # noqa: ANN001
    """Nothing said or shown talks about how the video was made."""
    source = Path(module.__file__).read_text().lower()
    for jargon in ("while this scene", "was built", "rendered", "manim"):
        # The module's own docstrings and comments may name manim; its strings may not.
        assert f'"{jargon}' not in source and f" {jargon} " not in _strings(source), jargon


def _strings(source: str) -> str:
    """The text inside the source's quoted strings, joined."""
    import re
    return " ".join(re.findall(r'"([^"\n]*)"', source))
