"""Bad input gets a ValueError saying what was expected and what came."""

import numpy as np
import pytest

import core

X2 = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]])
Y2 = np.array([0, 1, 1])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: core.log_likelihood([0, 0, 0], X2, [0, 1, 2]), r"labels in \{0, \.\.\., 1\}"),
        (lambda: core.log_likelihood([0, 0, 0], X2, [0, 1]), "one label per sample"),
        (lambda: core.log_likelihood([0, 0], X2, Y2), r"shape \(3,\)"),
        (lambda: core.log_likelihood([0, 0, 0], X2[:, 0], Y2), "2-dimensional"),
        (lambda: core.log_likelihood([0, 0, 0], np.empty((0, 2)), []), "empty data set"),
        (lambda: core.log_likelihood([0, np.nan, 0], X2, Y2), "finite"),
        (lambda: core.log_likelihood([0, 0, 0], [[0, np.inf]] * 3, Y2), "finite"),
        (lambda: core.log_likelihood([0, 0, 0], X2, Y2, l2=-1), ">= 0"),
        (lambda: core.log_likelihood([0, 0, 0], X2, [0, 0.5, 1]), "labels"),
        (lambda: core.gradient_ascent(X2, Y2, 0.0, 10), "> 0"),
        (lambda: core.gradient_ascent(X2, Y2, -0.1, 10), "> 0"),
        (lambda: core.gradient_ascent(X2, Y2, np.nan, 10), "> 0"),
        (lambda: core.gradient_ascent(X2, Y2, 0.1, -1), ">= 0"),
        (lambda: core.gradient_ascent(X2, Y2, 0.1, 2.5), "integer"),
        (lambda: core.gradient_ascent(X2, Y2, 0.1, 3, theta0=[1, 2]), r"shape \(3,\)"),
        (lambda: core.stochastic_gradient_ascent(X2, Y2, 0.1, -2), ">= 0"),
        (lambda: core.sgd_step([0, 0], [1, 2], 1, 0), "> 0"),
        (lambda: core.sgd_step([0, 0], [1, 2], 3, 0.5), "labels"),
        (lambda: core.perceptron(X2, Y2, n_epochs=0), ">= 1"),
        (lambda: core.softmax_regression(X2, [0, 1, 3], 3, 0.1, 5), "labels"),
        (lambda: core.softmax_loss(np.zeros((3, 2)), X2, [0, 1, 2]), "1 feature columns"),
        (lambda: core.newton_method(X2, Y2, n_steps=-1), ">= 0"),
        (lambda: core.newton_race([1, 2], [0, 1], 0.0, 3, 0.0), "> 0"),
        (lambda: core.probability_field([0, 1], (-1, 1), (-1, 1)), r"\(n_frames, 3\)"),
        (lambda: core.probability_field([0, 1, 1], (1, -1), (-1, 1)), "low < high"),
        (lambda: core.probability_field([0, 1, 1], (-1, 1), (-1, 1), (0, 5)), ">= 1"),
        (lambda: core.softmax_field(np.zeros((3, 2)), (-1, 1), (-1, 1)), "n_classes"),
        (lambda: core.boundary_segment([0, 1, np.inf], (-1, 1), (-1, 1)), "finite"),
        (lambda: core.cross_entropy_from_proba(1.5, 1), r"\[0, 1\]"),
        (lambda: core.cross_entropy_from_scores([1.0, 2.0], [1, 0, 1]), "broadcastable"),
        (lambda: core.softmax_cross_entropy([[0, 1]], [2]), "labels"),
        (lambda: core.load_dataset("clouds", seed=-1), ">= 0"),
        (lambda: core.least_squares_sweep([[1.0]], [1], 0, [2.0]), "at least 2"),
        (lambda: core.least_squares_sweep(X2[:, :1], Y2, 5, [2.0]), "far_index"),
        (lambda: core.spam_sweep(end=3.0), "end"),
        (lambda: core.spam_sweep(n_positions=0), ">= 1"),
        (lambda: core.from_scratch_run(learning_rate=0), "> 0"),
        (lambda: core.from_scratch_run(n_steps=-5), ">= 0"),
        (lambda: core.loss_slice(X2, Y2, [1.0], [0.0]), r"shape \(2,\)"),
        (lambda: core.penalty_curves(h_min=0.7), r"\(0, 0.5\)"),
        (lambda: core.quadratic_features(np.ones((3, 3))), "2 feature columns"),
        (lambda: core.feature_comparison("three_classes"), "2-D binary"),
        (lambda: core.classification_metrics([0, 1], [1]), "one label per sample"),
        (lambda: core.perceptron_run("loop"), "separable"),
        (lambda: core.weight_growth(l2=0), "> 0"),
    ],
)
def test_bad_input_raises_a_helpful_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_labels_may_be_float_or_bool_when_exact():
    a = core.log_likelihood([0.1, 0.2, 0.3], X2, [0.0, 1.0, 1.0])
    b = core.log_likelihood([0.1, 0.2, 0.3], X2, np.array([False, True, True]))
    assert a == b == core.log_likelihood([0.1, 0.2, 0.3], X2, Y2)


def test_core_never_imports_manim_or_sklearn():
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    code = (
        "import sys, core; core.training_lab_run(); print(sorted(m for m in sys.modules "
        "if m.split('.')[0] in {'manim', 'manimlib', 'sklearn'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root, env=env
    )
    assert out.stdout.strip() == "[]"
