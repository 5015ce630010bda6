"""The "Cats or Dogs?" lecture's scenes: what they show equals independent references (closed
forms, a numpy descent written here, scikit-learn fitted here), the lecture file's parameters
reach the scenes, and rendered frames put the colours and the boundary where they belong.

Layout after every animation and narrated beats are checked for every scene by
``test_every_scene.py`` (with the catalog's parameters, so a scene reading a parameter it did
not declare fails there).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from manim import Text, VGroup
from scene_harness import before_clearing, build, pixel_at, quiet_config
from sklearn.linear_model import LogisticRegression

from core.datasets import load_dataset
from scenes.cats_or_dogs import cd1_sigmoid as cd1
from scenes.cats_or_dogs import cd2_mse_versus_log_loss as cd2
from scenes.cats_or_dogs import cd3_log_loss_pieces as cd3
from scenes.cats_or_dogs import cd4_from_scratch as cd4
from scenes.cats_or_dogs import cd5_boundary_and_sklearn as cd5
from scenes.cats_or_dogs import cd6_vocabulary as cd6
from scenes.cats_or_dogs import lesson as lesson_module
from scenes.common.theme import SIZES


def sigmoid(z):  # noqa: ANN001, ANN201
    """The closed form, written out here rather than imported from core."""
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def descend(X: np.ndarray, y: np.ndarray, rate: float, n: int) -> tuple[np.ndarray, float]:
    """The lesson's training loop, transcribed: zeros, then n steps of w -= rate * dw."""
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(n):
        y_hat = sigmoid(X @ w + b)
        w = w - rate * X.T @ (y_hat - y) / len(y)
        b = b - rate * float(np.mean(y_hat - y))
    return w, b


def shown(number) -> float:  # noqa: ANN001
    """A readout's value as displayed."""
    return float(number.get_value())


@pytest.fixture(scope="module")
def lesson() -> tuple[np.ndarray, float]:
    data = load_dataset("cats_dogs", 0)
    return descend(data.X, data.y, 0.1, 1000)


# --- 1. the sigmoid -----------------------------------------------------------------------------


def test_worked_values_sit_on_the_closed_form_and_the_curve(tmp_path: Path):
    scene = build(cd1.SigmoidValuesTraceTheS, tmp_path)
    for z, dot in zip(cd1.CHECK_Z, scene.points, strict=True):
        x, v = scene.axes.p2c(dot.get_center())
        assert (x, v) == pytest.approx((z, sigmoid(z)), abs=1e-9)
    for p in scene.curve.get_anchors()[::25]:
        z, v = scene.axes.p2c(p)
        assert v == pytest.approx(sigmoid(z), abs=1e-9)
    narration = " ".join(b.narration for b in scene.beats)
    assert f"{sigmoid(5):.3f}" in narration and f"{sigmoid(-5):.2g}" in narration
    assert f"{np.exp(5):.0f}" in narration


# --- 2. MSE against log loss --------------------------------------------------------------------


def test_both_balls_end_where_a_descent_written_here_ends(tmp_path: Path):
    scene = build(cd2.MseAlongAWeightIsNotABowl, tmp_path)
    data = load_dataset("cats_dogs", 0)
    u = data.X @ cd2.DIRECTION
    s_mse = s_log = cd2.START_S
    for _ in range(cd2.DESCENT_STEPS):
        g = sigmoid(s_mse * u)
        s_mse -= 0.1 * np.mean(2 * (g - data.y) * g * (1 - g) * u)
        s_log -= 0.1 * np.mean((sigmoid(s_log * u) - data.y) * u)
    mse_ball, log_ball = scene.balls
    assert scene.mse_ax.p2c(mse_ball.get_center())[0] == pytest.approx(s_mse, abs=1e-6)
    assert scene.log_ax.p2c(log_ball.get_center())[0] == pytest.approx(s_log, abs=1e-6)
    assert shown(scene.counter.numbers[0]) == cd2.DESCENT_STEPS
    # What the narration claims: log loss reaches the right side, MSE hardly moves.
    assert s_log > 0 and abs(s_mse - cd2.START_S) < 0.1


def test_gradient_readouts_at_the_wrong_score_are_the_closed_forms(tmp_path: Path):
    scene = build(cd2.GradientVanishesWhenConfidentlyWrong, tmp_path)
    z = cd2.WRONG_Z
    g = sigmoid(z)
    expected = (z, g, g * (1 - g), 2 * (1 - g) * g * (1 - g), 1 - g)
    for number, value in zip(scene.panel.numbers, expected, strict=True):
        assert shown(number) == pytest.approx(value, abs=1e-9)
    assert expected[3] < 1e-3 < 0.99 < expected[4]
    # The ratio shown is log loss's gradient over MSE's at that score: 1 / (2 g (1 - g)).
    ratio = expected[4] / expected[3]
    assert ratio == pytest.approx(1 / (2 * g * (1 - g)))
    assert scene.ratio[1].tex_string.replace("{,}", ",") == rf"\approx {ratio:,.0f}"
    assert f"{round(ratio, -2):,.0f} times" in " ".join(b.narration for b in scene.beats)


# --- 3. log loss piece by piece -----------------------------------------------------------------


def test_check_rows_are_minus_log(tmp_path: Path):
    scene = build(cd3.MinusLogForEachLabel, tmp_path)
    for value, row in zip(cd3.CHECKS, scene.check_rows, strict=False):
        assert float(row[2].tex_string) == pytest.approx(-np.log(value), abs=0.005)
    # The mirrored checks on the y = 0 curve: -log(1 - y_hat) at 0.99 and at 0.01.
    for v, label in zip((0.99, 0.01), scene.mirror_values, strict=True):
        name, value = label.tex_string.split("=")
        assert name.strip() == "L"
        assert float(value) == pytest.approx(-np.log(1 - v), abs=0.005)


def test_chain_rule_check_multiplies_to_prediction_minus_label(tmp_path: Path):
    scene = build(cd3.SigmoidSlopeCancels, tmp_path)
    g = sigmoid(cd3.WRONG_Z)
    first, second, product = (float(scene.check[i].tex_string.strip("{}")) for i in (1, 3, 5))
    assert first == pytest.approx(-1 / g, rel=1e-3)  # dL/dy_hat = -1 / y_hat for y = 1
    assert second == pytest.approx(g * (1 - g), abs=5e-5)
    assert product == pytest.approx(g - 1, abs=5e-4)
    # The prediction itself is on screen: the product written out as y_hat - y.
    y_hat, label = scene.check[7].tex_string.split("-")
    assert float(y_hat) == pytest.approx(g, abs=5e-4) and int(label) == cd3.WRONG_Y
    # Beside it, squared error's chain at the same score: 2 (y_hat - y) times the same slope,
    # a push some 28 times smaller.
    # (its first factor written as 2 (y_hat - y), the error as in the row above)
    two, error = scene.mse_check[1].tex_string.split(r"\,")
    assert two == "2" and float(error.strip("()")) == pytest.approx(g - 1, abs=5e-4)
    assert error.strip("()") == f"{float(product):.3f}"
    mse_slope, mse_product = (float(scene.mse_check[i].tex_string.strip("{}")) for i in (3, 5))
    assert mse_slope == second
    assert mse_product == pytest.approx(2 * (g - 1) * g * (1 - g), abs=5e-4)
    said = " ".join(b.narration for b in scene.beats)
    assert f"minus {abs(2 * (g - 1) * g * (1 - g)):.3f}" in said


def test_probability_axes_end_on_a_one_not_a_one_point_zero(tmp_path: Path):
    """The prediction axis is numbered 0.5 and 1: a "1.0" loses its point at 480p."""
    scene = build(cd3.MinusLogForEachLabel, tmp_path)
    shown = [n.get_value() for n in scene.axes.x_axis.numbers]
    texts = [n.num_decimal_places for n in scene.axes.x_axis.numbers]
    assert shown == [0.5, 1] and texts == [1, 0]


def test_the_label_zero_curve_keeps_one_live_marker(tmp_path: Path):
    """When the confident mistake's cost is marked, the small cost's marker has left the
    curve (its value stays in the table): one "now" on the curve."""
    scene = build(cd3.MinusLogForEachLabel, tmp_path)
    on_screen = scene.get_mobject_family_members()
    small, mistake = scene.mirror_values[1], scene.mirror_values[0]
    assert small not in on_screen and mistake in on_screen
    assert [float(r[2].tex_string) for r in scene.mirror_rows[:2]] == pytest.approx(
        [-np.log(0.99), -np.log(0.01)], abs=0.005)


def test_a_dimmed_piece_keeps_its_curve_a_line(tmp_path: Path):
    """Switching a small plot off dims its stroke: the open curve must not fill the area
    under it (as a whole-group set_opacity would), and switching it on restores it."""
    from scenes.common.theme import DARK

    mini = cd3.mini_pair(DARK, 2.0)[0]
    curve = mini[1]
    for level in (cd3.SWITCHED_OFF, 1.0):
        animation = cd3.light(mini, level)
        animation.begin()
        animation.finish()
        assert curve.get_fill_opacity() == 0
        assert curve.get_stroke_opacity() == pytest.approx(level)
        assert mini[2].get_fill_opacity() == pytest.approx(level)


def test_push_dots_ride_their_curves_with_the_score(tmp_path: Path):
    """The two push dots share one score: wherever it is set, each sits on its own closed
    form (1 - sigma for log loss, 2 sigma (1 - sigma)^2 for squared error)."""
    scene = build(cd3.SigmoidSlopeCancels, tmp_path)
    push = scene.push
    try:
        for z in (-7.8, -4.0, -0.7, 1.0):
            push.z.set_value(z)
            for dot, closed in ((push.log_dot, lambda v: 1 - sigmoid(v)),
                                (push.mse_dot, lambda v: 2 * sigmoid(v) * (1 - sigmoid(v)) ** 2)):
                dot.update()
                at_z, value = push.axes.p2c(dot.get_center())
                assert at_z == pytest.approx(z) and value == pytest.approx(closed(z))
    finally:
        push.z.set_value(cd3.WRONG_Z)
        push.log_dot.update()
        push.mse_dot.update()


def test_the_quiz_answers_every_slip(tmp_path: Path):
    """Each wrong choice is answered: C (the switch) marked not zero, A (the other piece)
    marked on its curve, B (the sign) shown negative; the words name all three."""
    scene = build(cd3.LogLossCheck, tmp_path)
    said = cd3.QUIZ.spoken_reason
    assert "other piece" in said and f"{cd3._OTHER_PIECE:.2f}" in said and "minus" in said
    on_screen = scene.get_mobject_family_members()
    for mark in (scene.quiz_not_zero, *scene.quiz_other, scene.quiz_other_piece,
                 scene.quiz_slip):
        assert mark in on_screen
    # A's point is the label-one piece's cost at the prediction.
    axes = scene.quiz_axes
    _, cost = axes.p2c(scene.quiz_other[0].get_center())
    assert cost == pytest.approx(-np.log(cd3.QUIZ_P))


def test_the_label_zero_curve_is_the_label_one_curve_mirrored(tmp_path: Path):
    """On "everything flips" the label-one curve turns into the label-zero one: point i of
    the one, reflected about y_hat = 1/2, is point i of the other (so the transform is a
    reflection), and the label-zero curve is -log(1 - y_hat)."""
    scene = build(cd3.MinusLogForEachLabel, tmp_path)
    axes = scene.axes
    one, zero = scene.curves
    a = np.array([axes.p2c(p) for p in one.points])
    b = np.array([axes.p2c(p) for p in zero.points])
    assert a.shape == b.shape
    assert b[:, 0] == pytest.approx(1 - a[:, 0], abs=1e-6)
    assert b[:, 1] == pytest.approx(a[:, 1], abs=1e-6)
    anchors = np.array([axes.p2c(p) for p in zero.get_start_anchors()])
    assert anchors[:, 1] == pytest.approx(-np.log(1 - anchors[:, 0]), abs=1e-6)


def test_the_checks_take_the_room_the_small_curves_leave(tmp_path: Path):
    """The two pieces' small curves leave when the checks begin (shrunk under the rows they
    would only crowd): the two check rows sit at full size, centred across the body under the
    braces, clear of the notes above and of the body's bottom."""
    from scenes.common.layout import BODY

    scene = build(cd3.SwitchesJoinTheTwoPieces, tmp_path)
    on_screen = scene.get_mobject_family_members()
    assert all(mini[1] not in on_screen for mini in scene.minis)
    first, second = scene.check_rows
    rows = VGroup(first, second)
    assert rows.get_x() == pytest.approx(0, abs=1e-6)
    assert rows.get_top()[1] < scene.notes.get_bottom()[1] - 0.3
    assert rows.get_bottom()[1] > BODY.bottom + 1.0
    assert first.rows[0].font_size == pytest.approx(SIZES.formula_large)


def test_log_loss_is_named_on_screen_as_it_is_said(tmp_path: Path):
    """The name "log loss" and its second name come on the words that say them."""
    scene = build(cd3.SwitchesJoinTheTwoPieces, tmp_path)
    beat = next(b for b in scene.beats if "binary cross-entropy" in b.narration)
    marks = dict(beat.marks)
    assert beat.start < marks["loss"] < marks["bce"] < beat.end


def test_the_quiz_reads_the_cost_as_the_cat_curves_height(tmp_path: Path):
    """The answer is drawn as a segment from the prediction axis up to the cat's curve."""
    scene = build(cd3.LogLossCheck, tmp_path)
    axes = scene.quiz_axes
    foot, top = (axes.p2c(p) for p in (scene.quiz_height.get_start(),
                                       scene.quiz_height.get_end()))
    assert foot == pytest.approx([cd3.QUIZ_P, 0], abs=1e-9)
    assert top == pytest.approx([cd3.QUIZ_P, -np.log(1 - cd3.QUIZ_P)], abs=1e-9)


def test_switches_are_told_apart_from_both_pieces(tmp_path: Path):
    """The switches y and 1 - y differ from both pieces they multiply, for normal vision and
    under simulated deuteranopia and protanopia, by well over the palette's floor (a pale
    yellow beside the orange passed the floor yet read as one colour: the margin is doubled),
    and in lightness."""
    from test_palette import VISIONS, lab

    from scenes.common.theme import MIN_DELTA_E, MIN_DELTA_L

    scene = build(cd3.SwitchesJoinTheTwoPieces, tmp_path)
    formula = scene.formula
    for switch, piece in ((formula[4], formula[5]), (formula[7], formula[8]),
                          (formula[4], formula[8]), (formula[7], formula[5])):
        a, b = (m.get_color().to_hex() for m in (switch, piece))
        for vision in VISIONS:
            assert np.linalg.norm(lab(a, vision) - lab(b, vision)) >= 2 * MIN_DELTA_E
        assert abs(lab(a, None)[0] - lab(b, None)[0]) >= MIN_DELTA_L


def test_the_quiz_keeps_the_label_one_curve_lit_with_its_point(tmp_path: Path):
    """The label-one curve is dimmed as switched off, and lit again with its point 0.11 (choice
    A): it stays lit as long as that point and its value, in its colour, are on screen."""
    scene = build(cd3.LogLossCheck, tmp_path)
    one, zero = scene.quiz_pieces
    on_screen = scene.get_mobject_family_members()
    assert all(m in on_screen for m in scene.quiz_other)
    assert one.get_stroke_opacity() == pytest.approx(1.0)
    assert scene.quiz_key[0].get_stroke_opacity() == pytest.approx(1.0)
    assert zero.get_stroke_opacity() == pytest.approx(1.0)


# --- 4. from scratch ----------------------------------------------------------------------------


def test_training_ends_on_the_lessons_weights_loss_and_accuracy(tmp_path: Path, lesson):
    scene = build(cd4.TrainingDrawsTheLossHistory, tmp_path)
    w, b = lesson
    data = load_dataset("cats_dogs", 0)
    y_hat = sigmoid(data.X @ w + b)
    loss = -np.mean(data.y * np.log(y_hat) + (1 - data.y) * np.log(1 - y_hat))
    iteration, w1, w2, bias, shown_loss = (shown(n) for n in scene.panel.numbers)
    assert iteration == 1000
    # Written as the code and the narration write it: 1000, not 1,000.
    assert len(scene.panel.numbers[0].submobjects) == 4
    assert (w1, w2, bias) == pytest.approx((*w, b), abs=1e-9)
    assert shown_loss == pytest.approx(loss, abs=1e-9)
    end = scene.plot.p2c(scene.trace.get_end())  # iterations on a log axis
    assert end == pytest.approx([np.log10(1000), loss], abs=1e-6)
    accuracy = np.mean((y_hat > 0.5) == data.y)
    assert scene.result.original_text == f"accuracy = {accuracy:.3f}"
    # The starting loss named ln 2 on screen: one half for every point.
    assert scene.losses[0] == pytest.approx(np.log(2), rel=1e-12)
    assert r"\log 2" in scene.ln_two.tex_string


def test_the_readout_follows_the_code_line_by_line(tmp_path: Path):
    """At every line of the loop (the slow iterations line by line, then whole iterations),
    the readout holds what the code holds: the pass it is in, the weights after the weight
    steps run, the bias after the bias steps run, and the loss of the model the loss line
    measured last (the all-zero start's before any). At whole iterations all of them belong
    to one model."""
    scene = build(cd4.TrainingDrawsTheLossHistory, tmp_path)
    data = load_dataset("cats_dogs", 0)
    slow_lines = 5 * cd4.SLOW_ITERATIONS
    body = ("gradient", "weights", "bias", "loss", "append")
    try:
        for c in [*range(0, slow_lines + 1), 20, 21, 23, 502, 5000]:
            scene.step.set_value(c)
            count, w1, w2, bias, loss = (float(g()) for g in scene.readout_getters)
            run = c if c <= slow_lines else c - c % 5  # fast: whole iterations only
            ran = [body[k % 5] for k in range(run)]
            assert count == ran.count("gradient"), c
            w_steps, _ = descend(data.X, data.y, 0.1, ran.count("weights"))
            _, b_steps = descend(data.X, data.y, 0.1, ran.count("bias"))
            assert (w1, w2, bias) == pytest.approx((*w_steps, b_steps), abs=1e-12), c
            measured_w, measured_b = descend(data.X, data.y, 0.1, ran.count("loss"))
            assert loss == pytest.approx(cross_entropy(data.X @ measured_w + measured_b,
                                                       data.y), abs=1e-12), c
            if run % 5 == 0:  # a whole iteration: one model throughout
                assert loss == pytest.approx(cross_entropy(
                    data.X @ np.array([w1, w2]) + bias, data.y), abs=1e-12), c
    finally:
        scene.step.set_value(5 * 1000)


def test_the_quiz_stacks_each_error_over_its_value_and_marks_their_mean(tmp_path: Path):
    """The errors of the all-zero model, written out here: one half minus the label; each
    stack sits over its class's error, fifty dots each, and the mean line stands at their
    mean, zero (the lesson program's first db)."""
    scene = build(cd4.FromScratchCheck, tmp_path)
    data = load_dataset("cats_dogs", 0)
    stacks, (mean_line, _), _ = scene.quiz_errors
    axis = scene.quiz_line
    for label, expected in ((0, 0.5), (1, -0.5)):
        dots = stacks[label]
        assert len(dots) == int(np.sum(data.y == label)) == 50
        assert axis.p2c(dots.get_center())[0] == pytest.approx(expected, abs=0.02)
        # Above the line and clear of its tick marks, not drawn across them.
        ticks_top = max(t.get_top()[1] for t in axis.x_axis.ticks)
        assert dots.get_bottom()[1] > ticks_top + 0.05
    assert np.mean(0.5 - data.y) == 0
    assert axis.p2c(mean_line.get_start())[0] == pytest.approx(0.0, abs=1e-9)
    assert mean_line.get_top()[1] > stacks.get_top()[1]


def test_the_lecture_files_parameters_reach_the_training(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LECTURE_PARAMS", json.dumps(
        {"seed": 3, "learning_rate": 0.5, "n_iterations": 40}))
    scene = build(cd4.TrainingDrawsTheLossHistory, tmp_path)
    data = load_dataset("cats_dogs", 3)
    assert np.array_equal(scene.run.dataset.X, data.X)
    assert not np.array_equal(data.X, load_dataset("cats_dogs", 0).X)
    w, b = descend(data.X, data.y, 0.5, 40)
    iteration, w1, w2, bias, _ = (shown(n) for n in scene.panel.numbers)
    assert iteration == 40 and (w1, w2, bias) == pytest.approx((*w, b), abs=1e-9)
    assert scene.plot.x_range[1] == pytest.approx(np.log10(40))


@pytest.mark.parametrize(("params", "message"), [
    ({"learning_rate": -0.1}, "'learning_rate' must be a finite number > 0"),
    ({"n_iterations": 2.5}, "'n_iterations' must be an integer >= 1"),
    ({"speed": 1}, "unknown parameter 'speed'"),
])
def test_bad_parameter_values_are_refused_by_name(params: dict, message: str,
                                                   monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LECTURE_PARAMS", json.dumps(params))
    with pytest.raises(ValueError, match=message):
        lesson_module.lesson_params()


def _frame(scene, tmp_path: Path) -> np.ndarray:  # noqa: ANN001
    """The built scene's last frame, rendered by Cairo."""
    with quiet_config(tmp_path):
        scene.renderer.update_frame(scene, ignore_skipping=True)
        return np.array(scene.renderer.get_frame())


def _warm(rgb: np.ndarray) -> bool:
    return bool(rgb[0] > rgb[2] + 40)


def _teal(rgb: np.ndarray) -> bool:
    return bool(rgb[2] > rgb[0] + 20 and rgb[1] > rgb[0] + 20)


def test_the_two_clouds_tick_numbers_clear_every_dot(tmp_path: Path):
    """No numbered tick of the data's plane touches a dot: each dot's disc stays out of every
    number's box (some numbers are kept, the ones a dot would touch are left out)."""
    scene = build(cd4.TwoCloudsAndThreeChanges, tmp_path)
    numbers = scene.tick_numbers
    assert len(numbers) >= 3
    for number in numbers:
        lo = number.get_corner(np.array([-1, -1, 0]))[:2]
        hi = number.get_corner(np.array([1, 1, 0]))[:2]
        for dot in scene.dots:
            centre, radius = dot.get_center()[:2], dot.width / 2
            nearest = np.clip(centre, lo, hi)
            assert np.linalg.norm(centre - nearest) > radius


def test_the_sigmoids_slope_cancels_on_screen(tmp_path: Path):
    """The logistic slope's derivation: the factor divided out is the one multiplied in (the
    sigmoid's slope y-hat (1 - y-hat)), and each is struck through."""
    scene = build(cd4.TwoCloudsAndThreeChanges, tmp_path)
    equals, fraction, _, factor = scene.chain
    denominator = fraction.tex_string.split("}{", 1)[1].rsplit("}", 1)[0]
    assert denominator == factor.tex_string == r"\hat y(1 - \hat y)"
    # The fraction split where it is said: its numerator and bar, then the denominator's
    # glyphs, which are exactly the factor's (the same TeX, set the same size).
    assert len(scene.numerator) + len(scene.denominator) == len(fraction)
    assert len(scene.denominator) == len(factor)
    assert scene.denominator.get_top()[1] < scene.numerator.get_bottom()[1]
    assert scene.denominator.width == pytest.approx(factor.width, rel=0.02)
    for strike, struck in zip(scene.strikes, (scene.denominator, factor), strict=True):
        assert strike.get_left()[0] == pytest.approx(struck.get_left()[0])
        assert strike.get_right()[0] == pytest.approx(struck.get_right()[0])
        assert strike.get_bottom()[1] >= struck.get_bottom()[1] - 1e-9
    # The denominator's strike stays under the fraction bar (the last glyph of the numerator
    # group), clear of it.
    assert scene.strikes[0].get_top()[1] < scene.numerator[-1].get_bottom()[1] - 0.02
    assert strike in scene.mobjects or any(strike in m.get_family() for m in scene.mobjects)
    # Before its value is written, the sigmoid's slope stands by the name the chain rule
    # gives it, where the value will go (the chain stays true while it is built).
    rule = scene.derivation[0]
    assert scene.slope_named.tex_string == rule[4].tex_string == r"\sigma'(z)"
    assert scene.slope_named.get_left()[0] == pytest.approx(factor.get_left()[0])


@pytest.mark.parametrize("scene_cls", [cd4.TrainingDrawsTheLossHistory,
                                       before_clearing(cd5.BoundaryWhereTheScoreIsZero)],
                         ids=["training", "boundary"])
def test_rendered_field_is_warm_beyond_the_boundary_and_teal_before_it(tmp_path: Path,
                                                                       scene_cls, lesson):
    """Pixels a little off each cloud's centre, on the field rather than on a dot (the
    boundary scene before it clears the plane for the plane in three features)."""
    scene = build(scene_cls, tmp_path)
    pixels = _frame(scene, tmp_path)
    axes = scene.axes if hasattr(scene, "axes") else None
    if axes is None:  # the training scene keeps its plane as the field's axes
        axes = next(m for m in scene.mobjects if type(m).__name__ == "ProbabilityField").axes
    w, b = lesson
    normal = w / np.linalg.norm(w)
    # Points along the normal, 1.5 data units from the boundary on each side, between dots.
    foot = -b * normal / np.linalg.norm(w)
    for side, check in ((+1, _warm), (-1, _teal)):
        for along in (-2.0, 0.0, 2.0):
            x = foot + side * 1.5 * normal + along * np.array([-normal[1], normal[0]])
            # A dot or a label's backing may sit there: step a little along the boundary.
            tangent = np.array([-normal[1], normal[0]])
            probes = [pixel_at(scene, pixels, axes.c2p(*(x + step * tangent)))
                      for step in (0.0, 0.25, -0.25, 0.5, -0.5)]
            assert any(check(rgb) for rgb in probes), (scene_cls.__name__, side, along, probes)


# --- 5. the boundary and scikit-learn -----------------------------------------------------------


def test_boundary_is_solved_for_x2_and_drawn_where_the_score_is_zero(tmp_path: Path, lesson):
    scene = build(cd5.BoundaryWhereTheScoreIsZero, tmp_path)
    w, b = lesson
    # The probe ends on the cats' side: its readouts are its score and that score's sigmoid,
    # both on the same side of zero and one half (by hand, from the lesson's weights).
    z_shown, p_shown = (float(n.get_value()) for n in scene.probe_readout.numbers)
    x1, x2 = scene.axes.p2c(scene.probe.get_center())
    assert z_shown == pytest.approx(w[0] * x1 + w[1] * x2 + b, abs=1e-3)
    assert z_shown == pytest.approx(-cd5.PROBE_Z, abs=1e-6)
    assert p_shown == pytest.approx(1 / (1 + np.exp(-z_shown)), abs=1e-9) and p_shown < 0.5
    assert (scene.slope, scene.intercept) == pytest.approx((-w[0] / w[1], -b / w[1]),
                                                           abs=1e-9)
    for end in (scene.line.get_start(), scene.line.get_end()):
        x1, x2 = scene.axes.p2c(end)
        assert w[0] * x1 + w[1] * x2 + b == pytest.approx(0, abs=1e-9)


def test_table_holds_ours_and_scikit_learns_own_fit(tmp_path: Path, lesson):
    scene = build(cd5.OurWeightsBesideScikitLearn, tmp_path)
    data = load_dataset("cats_dogs", 0)
    model = LogisticRegression().fit(data.X, data.y)
    w, b = lesson
    theirs_w, theirs_b = model.coef_[0], model.intercept_[0]
    expected = {
        "w_1": (w[0], theirs_w[0], 3), "w_2": (w[1], theirs_w[1], 3), "b": (b, theirs_b, 3),
        r"\text{slope}": (-w[0] / w[1], -theirs_w[0] / theirs_w[1], 3),
        r"\text{intercept}": (-b / w[1], -theirs_b / theirs_w[1], 3),
        r"\text{accuracy}": (np.mean((sigmoid(data.X @ w + b) > 0.5) == data.y),
                             model.score(data.X, data.y), 3),
    }
    for label, (mine, sk, decimals) in expected.items():
        ours_cell, their_cell = scene.cells[label]
        assert ours_cell.tex_string == f"{{{mine:.{decimals}f}}}", label
        assert their_cell.tex_string == f"{{{sk:.{decimals}f}}}", label
    # The narration's claim: scikit-learn's penalised weights are smaller, the slope close.
    assert np.linalg.norm(theirs_w) < np.linalg.norm(w)
    assert -theirs_w[0] / theirs_w[1] == pytest.approx(-w[0] / w[1], abs=0.1)

    # The shrink shown on the plane: scikit-learn's weights are ours times about this factor,
    # and the line redrawn from our scaled weights is where it was.
    r = np.linalg.norm(theirs_w) / np.linalg.norm(w)
    assert scene.ratio == pytest.approx(r, rel=1e-9)
    assert theirs_w / w == pytest.approx(np.full(2, r), abs=0.02)
    narration = " ".join(beat.narration for beat in scene.beats)
    assert f"by {r:.3f}" in narration
    # The factor on screen is core's, to as many places as the narration says it.
    assert scene.factor.numbers[0].num_decimal_places == 3
    assert float(scene.factor.numbers[0].get_value()) == pytest.approx(r, rel=1e-9)
    # The penalty drawn beside the objective: half the squared length of each fit's weights,
    # as said.
    ours_pen, their_pen = scene.penalties
    assert ours_pen == pytest.approx(0.5 * w @ w) and their_pen == pytest.approx(
        0.5 * theirs_w @ theirs_w, rel=1e-6)
    assert f"{their_pen:.2f} for its weights, {ours_pen:.2f} for ours" in narration
    line = scene.lines[0]
    for end in (line.get_start(), line.get_end()):
        x1, x2 = scene.axes.p2c(end)
        assert r * (w[0] * x1 + w[1] * x2 + b) == pytest.approx(0, abs=1e-6)


def test_no_straight_line_of_the_sweep_splits_the_ring(tmp_path: Path):
    scene = build(cd5.BoundaryWhereTheScoreIsZero, tmp_path)
    data = load_dataset("rings")
    best = 0.0
    for theta in scene.sweep.thetas:
        side = theta[0] + data.X @ theta[1:] > 0
        right = np.mean(side == (data.y == 1))
        best = max(best, right, 1 - right)
    assert scene.sweep.accuracy.max() == pytest.approx(best)
    narration = " ".join(beat.narration for beat in scene.beats)
    assert f"only {best:.0%} of the points" in narration
    assert best < 0.8


def test_the_untrained_model_says_one_half_for_every_point(tmp_path: Path):
    scene = build(cd4.TrainingDrawsTheLossHistory, tmp_path)
    assert scene.start_p == 0.5
    assert sigmoid(scene.run.dataset.X @ scene.run.ws[0] + scene.run.bs[0]) == pytest.approx(
        0.5, abs=0)


def test_quiz_answer_is_the_line_its_weights_solve_to():
    (w1, w2), b = cd5.QUIZ_W, cd5.QUIZ_B
    answer = cd5.QUIZ.choices[cd5.QUIZ.correct]
    assert answer == cd5._line(-w1 / w2, -b / w2)
    assert answer == r"$x_2 = -2\,x_1 + 4$"  # set as maths (see scenes.common.prose)


def test_quiz_reveal_marks_line_as_intercept_and_slope_on_the_line(tmp_path: Path):
    scene = build(cd5.BoundaryCheck, tmp_path)
    (w1, w2), b = cd5.QUIZ_W, cd5.QUIZ_B
    axes = scene.quiz_axes
    cross, value = scene.quiz_intercept
    x1, x2 = axes.p2c(cross.get_center())
    assert x1 == pytest.approx(0, abs=1e-9)
    assert w1 * x1 + w2 * x2 + b == pytest.approx(0, abs=1e-9)  # on line A, on the x2 axis
    assert shown(value) == pytest.approx(x2)
    run_leg, rise_leg, one, drop = scene.quiz_slope
    start, corner, end = (axes.p2c(p) for p in (run_leg.get_start(), run_leg.get_end(),
                                                 rise_leg.get_end()))
    for x1, x2 in (start, end):  # the step starts and ends on line A
        assert w1 * x1 + w2 * x2 + b == pytest.approx(0, abs=1e-9)
    assert corner[0] - start[0] == pytest.approx(1) == shown(one)
    assert end[1] - corner[1] == pytest.approx(-w1 / w2) == shown(drop)


# --- 6. vocabulary ------------------------------------------------------------------------------


def test_vocabulary_pictures_are_drawn_from_the_lessons_fit(tmp_path: Path, lesson):
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    words = [t.word for t in scene.terms]
    assert [m.original_text for m in scene.strip] == words
    assert [c[0].original_text for c in scene.columns] == words
    w, b = lesson
    data = load_dataset("cats_dogs", 0)
    # The boundary: the trained line, where w1 x1 + w2 x2 + b = 0 (by hand, not core).
    axes, line = scene.boundary_parts
    for end in (line.get_start(), line.get_end()):
        x1, x2 = axes.p2c(end)
        assert w[0] * x1 + w[1] * x2 + b == pytest.approx(0, abs=1e-9)
    # The sides it splits coloured by the trained model; the next card keeps the line.
    assert np.allclose(scene.boundary_field.theta_getter(), [b, *w])
    for end in (scene.regression_line.get_start(), scene.regression_line.get_end()):
        x1, x2 = scene.regression_parts[0].p2c(end)
        assert w[0] * x1 + w[1] * x2 + b == pytest.approx(0, abs=1e-9)
    # The sigmoid: the curve and the worked values on 1 / (1 + e^-z), their labels its values.
    sig_axes, sig_curve, worked, values = scene.sigmoid_parts
    for p in sig_curve.get_anchors()[::10]:
        z, v = sig_axes.p2c(p)
        assert v == pytest.approx(sigmoid(z), abs=1e-9)
    for dot, label in zip(worked, values, strict=True):
        z, v = sig_axes.p2c(dot.get_center())
        assert v == pytest.approx(sigmoid(z), abs=1e-9)
        assert float(label.tex_string) == pytest.approx(sigmoid(z), rel=5e-3)
    # Log loss: the two pieces, and a cat's cost climbing its piece to a sure mistake, then
    # sliding down it to a sure right answer (the scene ran it to its end): its y-hat and cost
    # read out, the words the text's numbers.
    loss_axes, if_dog, if_cat, rider = scene.loss_parts
    for curve, cost in ((if_dog, lambda p: -np.log(p)), (if_cat, lambda p: -np.log(1 - p))):
        for p in curve.get_anchors()[::10]:
            h, value = loss_axes.p2c(p)
            assert value == pytest.approx(cost(h), abs=1e-9)
    assert loss_axes.p2c(rider.get_center()) == pytest.approx([0.01, -np.log(0.99)], abs=1e-9)
    assert [shown(n) for n in scene.loss_readout.numbers] == pytest.approx(
        [0.01, -np.log(0.99)], abs=1e-9)
    assert cd6.cat_cost(cd6.WRONG_TO) < loss_axes.y_range[1]  # the sure mistake under the top
    said = scene.terms[2].narration
    assert "probability 0.5 costs 0.69;" in said and "at 0.99, it costs 4.6." in said
    assert "Confidently right, at 0.01, it costs only 0.01." in said
    # Gradient descent: the history of the lesson's loop (replayed here by hand), on a log
    # axis, its two ends said.
    h_axes, trace = scene.descent_parts
    first_w, first_b = descend(data.X, data.y, 0.1, 1)
    start = trace.get_start()
    assert h_axes.p2c(start) == pytest.approx(
        [0, cross_entropy(data.X @ first_w + first_b, data.y)], abs=1e-9)
    end = h_axes.p2c(trace.get_end())
    assert end == pytest.approx([3, cross_entropy(data.X @ w + b, data.y)], abs=1e-9)
    # The model over the clouds is the one of the iteration the history is drawn to: the
    # first step's at the start, the trained one at the end (the scene drew it all).
    plane, field, line = scene.descent_plane
    assert np.allclose(field.theta_getter(), [b, *w], atol=1e-9)
    for end in (line.line.get_start(), line.line.get_end()):
        x1, x2 = plane.p2c(end)
        assert w[0] * x1 + w[1] * x2 + b == pytest.approx(0, abs=1e-9)
    # Its weights and bias read out beside the rule as they grow: the trained ones at the end,
    # the first step's at the start (the lesson's loop, by hand).
    numbers = scene.weight_readout.numbers
    assert [shown(n) for n in numbers] == pytest.approx([w[0], w[1], b], abs=0.005 + 1e-9)
    assert [row[0].tex_string for row in scene.weight_readout] == ["w_1 =", "w_2 =", "b ="]
    rider = scene.history_inset[4]
    kept = rider.get_center()
    try:
        rider.move_to(start)
        assert np.allclose(field.theta_getter(), [first_b, *first_w], atol=1e-9)
        for n in numbers:
            n.update()
        assert [shown(n) for n in numbers] == pytest.approx([*first_w, first_b],
                                                            abs=0.005 + 1e-9)
        assert all(f"{shown(n):.2f}"[0] != "-" for n in numbers)  # no "-0.00" at the start
        assert abs(first_w).max() < 0.5 * abs(w).min()  # they grow: the words' claim
    finally:
        rider.move_to(kept)
        for n in numbers:
            n.update()
    rule = scene.columns[3][1][0]
    assert scene.weight_readout.get_left()[0] > rule.get_right()[0]
    assert cd6.WORDS_COLUMN.contains(scene.weight_readout)
    assert "the weights keep growing" in scene.terms[3].narration
    said = scene.terms[3].narration
    assert f"{cross_entropy(data.X @ first_w + first_b, data.y):.2f}" in said
    assert f"{cross_entropy(data.X @ w + b, data.y):.3f}" in said
    # Logistic regression: the trained model's field and its weights, as learned.
    _, field, numbers = scene.regression_parts
    assert np.allclose(field.theta_getter(), [b, *w])
    assert numbers.tex_string == rf"z = {w[0]:.2f}\,x_1 + {w[1]:.2f}\,x_2 - {-b:.2f}"
    assert b < 0  # (written with its minus sign above)
    accuracy = np.mean((sigmoid(data.X @ w + b) > 0.5) == data.y)
    assert f"{100 * accuracy:.0f} percent" in scene.beats[-1].narration


def test_vocabulary_walker_crosses_the_boundary_reading_its_score(tmp_path: Path, lesson):
    """The last card's point walks from the cats' side (z = -WALK_Z) to the dogs'
    (z = +WALK_Z); its readout is its score and that score's sigmoid, by hand."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    w, b = lesson
    axes = scene.regression_parts[0]
    # Where the walk ended (the scene ran it to its end): the readout's two numbers.
    x1, x2 = axes.p2c(scene.walker.get_center())
    z = w[0] * x1 + w[1] * x2 + b
    z_shown, p_shown = (float(n.get_value()) for n in scene.walker_readout.numbers)
    assert z_shown == pytest.approx(z, abs=1e-6)
    assert p_shown == pytest.approx(1 / (1 + np.exp(-z)), abs=1e-6)
    assert z == pytest.approx(cd6.WALK_Z, abs=1e-6)
    # ... from the cats' side, as far on the other side of the line.
    scene.walk.set_value(0.0)
    x1, x2 = scene.walker_at()
    assert w[0] * x1 + w[1] * x2 + b == pytest.approx(-cd6.WALK_Z, abs=1e-9)
    # Its twin rides the model card's S at that score: (z, 1 / (1 + e^-z)), by hand.
    s_axes, s_curve = scene.model_s_parts
    assert s_axes.p2c(scene.s_rider.get_center()) == pytest.approx(
        [z, 1 / (1 + np.exp(-z))], abs=1e-6)
    for p in s_curve.get_anchors()[::10]:
        h, v = s_axes.p2c(p)
        assert v == pytest.approx(1 / (1 + np.exp(-h)), abs=1e-9)
    # Halfway, the point is on the line: z = 0 and y-hat = 1/2, the rider at the S's middle.
    scene.walk.set_value(0.5)
    x1, x2 = scene.walker_at()
    assert w[0] * x1 + w[1] * x2 + b == pytest.approx(0, abs=1e-9)
    # The readout says "z =" and "y-hat =" (no number that reads as a product).
    assert [row[0].tex_string for row in scene.walker_readout] == ["z =", r"\hat y ="]


def test_vocabulary_symbols_of_the_update_rule_are_defined_on_screen(tmp_path: Path):
    """The rule's L and eta are said in the formulas' own face: L is the log loss, eta the
    learning rate the lesson used (no sans eta in the sentence beside a serif one)."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    rule = scene.terms[3]
    assert any(r"\partial L" in f for f in rule.formulas)
    assert rf"L = \text{{log loss}},\quad \eta = {0.1:g}" in rule.formulas
    assert "\u03b7" not in rule.meaning and "J" not in " ".join(rule.formulas)


def test_vocabulary_unlabelled_points_lie_on_the_feature_axis(tmp_path: Path):
    """Before their labels the points have no height: they lie on the feature axis (label
    0.5 would be the in-between value the words rule out), and the key is off the axis name."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    # The picture as built (the scene has since turned the grey points into the labelled).
    # Building it again replaces the scene's fence and axes: put them back after (the built
    # scene is shared with other tests).
    saved = scene.fence, scene.label_axes
    try:
        frame, (dots,) = scene.classification_picture()
        axes, fence = scene.label_axes, scene.fence
    finally:
        scene.fence, scene.label_axes = saved
    for dot in fence:
        assert axes.p2c(dot.get_center())[1] == pytest.approx(0, abs=1e-9)
    labels = {round(axes.p2c(d.get_center())[1], 9) for d in dots}
    assert labels == {0.0, 1.0}
    _, names, key, _ = frame
    name = names[1]
    assert key.get_left()[0] > name.get_right()[0] or key.get_top()[1] < name.get_bottom()[1]


def test_vocabulary_probability_axes_end_on_a_one(tmp_path: Path):
    """No "1.0" whose point vanishes at 480p: the sigmoid's height and the log-loss
    prediction axis are numbered with a plain 1 (and 0), one half as 0.5."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    sig_axes = scene.sigmoid_parts[0]
    assert [(n.get_value(), n.num_decimal_places) for n in sig_axes.y_axis.numbers] == [(1, 0)]
    loss_axes = scene.loss_parts[0]
    ticks = sorted((n.get_value(), n.num_decimal_places) for n in loss_axes.x_axis.numbers)
    assert ticks == [(0, 0), (0.5, 1), (1, 0)]


def test_vocabulary_writes_the_score_one_way(tmp_path: Path):
    """One notation: the score is z = w1 x1 + w2 x2 + b (as the boundary chapter writes it);
    no theta, no transpose, no dot product."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    tex = " ".join(f for t in scene.terms for f in t.formulas)
    for other in (r"\theta", "^T", r"\cdot", "Xw"):
        assert other not in tex
    assert tex.count("z = w_1 x_1 + w_2 x_2 + b") == 2  # the boundary's and the model's
    # Each word is revealed with its picture, on its own words: one beat each.
    assert len(scene.beats) == len(scene.terms) + 2


def test_vocabulary_terms_strip_is_read_at_body_size(tmp_path: Path):
    """The six terms along the bottom are set at body size and kept there (not shrunk to fit
    one row): two rows, read left to right then down, each word clear of its neighbours."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    strip = scene.strip
    probe = Text(scene.terms[0].word, font_size=SIZES.body)
    for word in strip:
        assert word.font_size == pytest.approx(SIZES.body)
    # Not scaled by the placement: as tall as the same word set at body size.
    assert strip[0].height == pytest.approx(probe.height, rel=1e-3)
    tops = sorted({round(w.get_top()[1], 3) for w in strip}, reverse=True)
    assert len(tops) == cd6.STRIP_ROWS
    order = sorted(range(len(strip)), key=lambda k: (-round(strip[k].get_top()[1], 3),
                                                     strip[k].get_left()[0]))
    assert order == list(range(len(strip)))
    for a in strip:
        for b in strip:
            if a is not b:
                apart_x = a.get_right()[0] < b.get_left()[0] or b.get_right()[0] < a.get_left()[0]
                apart_y = a.get_bottom()[1] > b.get_top()[1] or b.get_bottom()[1] > a.get_top()[1]
                assert apart_x or apart_y
    # Below every picture and every words column.
    for frame, parts in scene.pictures:
        assert strip.get_top()[1] < min(m.get_bottom()[1] for m in (frame, *parts))
    for column in scene.columns:
        assert strip.get_top()[1] < column.get_bottom()[1]


def test_vocabulary_boundary_named_off_the_shading(tmp_path: Path):
    """The boundary's "z = 0" sits at the line's lower end, outside the shaded plane (no tag
    over the shading or the dots); the dots on the shading are ringed in the background."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    axes, line = scene.boundary_parts
    frame, (_, zero, field) = scene.pictures[4]
    assert zero.get_top()[1] < field.get_bottom()[1]
    low = min((line.get_start(), line.get_end()), key=lambda p: p[1])
    assert zero.get_left()[0] < low[0] < zero.get_right()[0]
    for picture in (4, 5):
        dots = scene.pictures[picture][0][2]
        assert all(d.radius == pytest.approx(cd6.PLANE_DOT) for d in dots)
        assert all(d.get_stroke_width() == cd6.PLANE_DOT_RIM for d in dots)
        assert all(d.get_stroke_color().to_hex().upper() == scene.theme.background.upper()
                   for d in dots)


def test_vocabulary_each_picture_is_drawn_as_its_word_is_said(tmp_path: Path):
    """The sigmoid's S, the two log-loss pieces and the boundary are drawn with their words
    (not over blank axes for a beat): on_the_word draws them, the later mark does not again."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    for i in (1, 2, 4):
        parts = scene.pictures[i][1]
        drawn = [a.mobject for a in scene.on_the_word(i, parts)]
        assert parts[0] in drawn
        assert parts[0] not in [a.mobject for a in scene.reveal(i, parts)]


def test_vocabulary_model_card_joins_its_three_pieces(tmp_path: Path, lesson):
    """On "the line, the S and log loss make one model", three small pictures join in a row
    under the model's formulas, each over its name: the trained boundary's slope (by hand),
    the S and the two log-loss pieces, with plus signs between; the words then name the
    training that fits the weights."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    w, b = lesson
    row = scene.pieces
    assert [m.tex_string for m in row[1::2]] == ["+", "+"]
    assert [piece[1].original_text for piece in row[::2]] == ["line", "S", "log loss"]
    line = row[0][0][1]
    (x0, y0, _), (x1, y1, _) = line.get_start(), line.get_end()
    assert (y1 - y0) / (x1 - x0) == pytest.approx(-w[0] / w[1], rel=1e-9)
    s_curve = row[2][0]
    points = np.asarray(s_curve.get_anchors())
    heights = (points[:, 1] - points[:, 1].min()) / np.ptp(points[:, 1])
    z = -6 + 12 * (points[:, 0] - points[:, 0].min()) / np.ptp(points[:, 0])
    expected = 1 / (1 + np.exp(-z))
    expected = (expected - expected.min()) / np.ptp(expected)
    # (joining, its points were subdivided along its straight pieces: within a chord's sag)
    assert heights == pytest.approx(expected, abs=2e-3)
    # Below the model's formulas, inside the words column, clear of the picture.
    _, formulas, _ = scene.columns[-1]
    assert row.get_top()[1] < formulas.get_bottom()[1]
    assert cd6.WORDS_COLUMN.contains(row)
    narration = scene.terms[-1].narration
    assert "{join} The line, {s} the S {loss} and log loss make one model:" in narration
    assert "{trained} gradient descent on log loss fits its weights" in narration
    assert "{classifies} and despite its name, it classifies." in narration


def test_vocabulary_terms_lit_follow_the_closing_words(tmp_path: Path):
    """On the model card's last sentences, the strip lights the words said: the line, the S
    and log loss (decision boundary, sigmoid, log loss) as each is named, the training's two
    on "gradient descent on log loss", classification on "it classifies"; each state is set
    at its own mark, in the order said, and the model's own word stays lit to the end."""
    lit: list[tuple[str, int, str]] = []
    # (its own build, not the shared one: each state set is recorded with the mark before it)
    with quiet_config(tmp_path):
        scene = cd6.VocabularyClosingCard(skip_animations=True)
        original = scene.strip_state

        def spy(i: int, state: str):  # noqa: ANN202
            waited = [m for m, _ in scene.waited_marks]
            lit.append((waited[-1] if waited else "", i, state))
            return original(i, state)

        scene.strip_state = spy
        scene.setup()
        scene.construct()
    marks = [m for m, _ in scene.waited_marks]
    at = {}
    for mark, i, state in lit:
        at.setdefault(mark, set()).add((scene.terms[i].word, state))
    # (the pieces join with the line's word lit)
    assert ("Decision boundary", "now") in at["join"]
    assert ("Sigmoid", "now") in at["s"] and ("Log loss", "now") in at["loss"]
    assert {("Gradient descent", "now"), ("Decision boundary", "seen"),
            ("Sigmoid", "seen")} <= at["trained"]
    assert {("Classification", "now"), ("Gradient descent", "seen"),
            ("Log loss", "seen")} <= at["classifies"]
    assert marks.index("s") < marks.index("loss") < marks.index("trained") < marks.index(
        "classifies")
    # At the end only the model's word is in the highlight colour.
    colours = [w[0].get_fill_color().to_hex().upper() for w in scene.strip]  # first glyph
    high = scene.theme.highlight.upper()
    assert [c == high for c in colours] == [False] * 5 + [True]


def test_vocabulary_bias_said_to_step_more_slowly_than_the_weights(tmp_path: Path):
    """"the bias steps too, more slowly" is true of the readouts it is said over: along the
    whole run the bias has moved less than either weight, yet it moves (its readout leaves
    0.00 well before the end)."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    narration = " ".join(b.narration for b in scene.beats)
    assert "the bias steps too, more slowly." in narration
    moved = np.abs(scene.run.thetas - scene.run.thetas[0])
    assert np.all(moved[1:, 0] < moved[1:, 1]) and np.all(moved[1:, 0] < moved[1:, 2])
    n = len(scene.run.thetas) - 1
    assert abs(np.round(scene.run.thetas[n // 20][0], 2)) >= 0.01


def test_vocabulary_log_loss_piece_comes_on_its_own_words(tmp_path: Path):
    """The model card's row: the line and the S join on "The line, the S"; log loss (its
    picture, its name and the plus sign before it) only on "and log loss", not seconds ahead
    of its words (a reviewer's mismatch)."""
    seen: list[tuple[str, bool, bool]] = []
    with quiet_config(tmp_path):
        scene = cd6.VocabularyClosingCard(skip_animations=True)
        original = scene.play

        def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            original(*args, **kwargs)
            pieces = getattr(scene, "pieces", None)
            if pieces is None:
                return
            on = set(scene.get_mobject_family_members())
            waited = [m for m, _ in scene.waited_marks]
            seen.append((waited[-1] if waited else "", pieces[2][0] in on,
                         all(m in on for m in (pieces[3], pieces[4][0], pieces[4][1]))))

        scene.play = spy
        scene.setup()
        scene.construct()
    first_s = next(mark for mark, s_on, _ in seen if s_on)
    first_loss = next(mark for mark, _, loss_on in seen if loss_on)
    assert first_s == "join" and first_loss == "loss"


def test_vocabulary_clouds_keep_one_frame_and_their_shading(tmp_path: Path):
    """The training's, the boundary's and the model's cards show the clouds on one plane in
    one place (no shrink or shift between them); the model's card comes with its shading
    (the boundary's card ended shaded: no blink off and on without a word)."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    planes = (scene.descent_plane[0], scene.boundary_parts[0], scene.regression_parts[0])
    # (within a pixel at 480p, 1/60 of a unit: the planes' placing fits them to a hair)
    for corner in ((0, 0), (1, 1), (-1, 2)):
        points = [plane.c2p(*corner) for plane in planes]
        for point in points[1:]:
            assert point == pytest.approx(points[0], abs=1 / 60)
    parts = scene.pictures[5][1]
    assert parts[0] in [a.mobject for a in scene.on_the_word(5, parts)]


def test_vocabulary_class_key_comes_with_the_colours(tmp_path: Path):
    """The key of the classes is no part of the grey points' frame: it comes with the drop
    that colours them (no key of colours over grey dots)."""
    scene = build(cd6.VocabularyClosingCard, tmp_path)
    frame, parts = scene.pictures[0]
    key = parts[1]
    assert key not in frame.submobjects
    assert key in [a.mobject for a in scene.reveal(0, parts)]


def cross_entropy(z: np.ndarray, y: np.ndarray) -> float:
    """Mean log loss of scores z, written out here."""
    p = sigmoid(z)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


# --- every chapter ends on its quiz ------------------------------------------------------------


@pytest.mark.parametrize("module", [cd1, cd2, cd3, cd4, cd5], ids=lambda m: m.__name__)
def test_each_chapter_ends_with_its_quiz(module, tmp_path: Path):  # noqa: ANN001
    scene = build(module.SCENES_IN_ORDER[-1], tmp_path)
    letter = "ABCD"[module.QUIZ.correct]
    assert scene.beats[-1].narration.startswith(f"The answer is {letter}.")


@pytest.mark.parametrize(("module", "steps"), [(cd4, 4), (cd5, 3)],
                         ids=lambda m: getattr(m, "__name__", str(m)))
def test_quiz_reasons_revealed_step_by_step_join_to_the_reason_shown_and_said(module, steps):
    import re

    shown = " ".join(step for step, _ in module.REASON_STEPS)
    said = " ".join(re.sub(r"\{[a-z_0-9]+\}\s*", "", words) for _, words in module.REASON_STEPS)
    assert shown == module.QUIZ.reason
    assert said == module.QUIZ.said_reason
    assert len(module.REASON_STEPS) == steps


def test_play_quiz_refuses_reason_steps_that_do_not_join_to_the_reason():
    from types import SimpleNamespace

    from scenes.common.quiz import play_quiz

    steps = ((cd4.REASON_STEPS[0][0], cd4.REASON_STEPS[0][1]),)  # the first step only
    with pytest.raises(ValueError, match="join"):
        play_quiz(SimpleNamespace(theme=None), cd4.QUIZ, reason_steps=steps)


def test_push_plot_draws_both_pushes_against_the_score(tmp_path: Path):
    """The push drawn under the numbers is |dL/dz| for label one: 1 - sigma(z) for log loss,
    2 sigma(z) (1 - sigma(z))^2 for squared error (closed forms), dotted at the mistake."""
    scene = build(cd3.SigmoidSlopeCancels, tmp_path)
    push = scene.push
    axes = push.axes
    for curve, closed in ((push.log_curve, lambda z: 1 - sigmoid(z)),
                          (push.mse_curve, lambda z: 2 * sigmoid(z) * (1 - sigmoid(z)) ** 2)):
        points = curve.get_anchors()[::7]
        for point in points:
            z, value = axes.p2c(point)
            assert value == pytest.approx(closed(z), abs=1e-6)
    z_log, at_log = axes.p2c(push.log_dot.get_center())
    z_mse, at_mse = axes.p2c(push.mse_dot.get_center())
    assert z_log == pytest.approx(cd3.WRONG_Z) and z_mse == pytest.approx(cd3.WRONG_Z)
    g = sigmoid(cd3.WRONG_Z)
    assert at_log == pytest.approx(1 - g) and at_mse == pytest.approx(2 * g * (1 - g) ** 2)
    # The dots' values are the check's pushes, in size.
    assert at_log == pytest.approx(abs(float(scene.check[5].tex_string.strip("{}"))), abs=5e-4)
    assert at_mse == pytest.approx(abs(float(scene.mse_check[5].tex_string.strip("{}"))),
                                   abs=5e-4)
