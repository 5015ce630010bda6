"""core.cats_dogs_intro: the straight line on 0/1 labels, its logistic replacement, and the
probability of each point's true class, against independent references (numpy's polyfit,
scipy's optimiser on the log loss, the closed form of the sigmoid)."""

import numpy as np
import pytest
from scipy.optimize import minimize

from core.cats_dogs_intro import label_line_fit, true_class_probability
from core.datasets import load_dataset


def test_line_is_numpys_least_squares_fit():
    fit = label_line_fit()
    slope, intercept = np.polyfit(fit.x, fit.y, 1)
    assert (fit.slope, fit.intercept) == pytest.approx((slope, intercept), abs=1e-12)
    assert fit.line(2.0) == pytest.approx(slope * 2 + intercept)
    assert fit.line(fit.x_at(1.4)) == pytest.approx(1.4)


def test_s_curve_minimises_the_mean_log_loss():
    fit = label_line_fit()

    def loss(p):
        z = p[0] * fit.x + p[1]
        return np.mean(np.logaddexp(0, z) - fit.y * z)

    best = minimize(loss, x0=[1.0, 0.0], method="BFGS", options={"gtol": 1e-10}).x
    assert (fit.w, fit.b) == pytest.approx(tuple(best), abs=1e-4)
    assert fit.s_curve(0.0) == pytest.approx(1 / (1 + np.exp(-fit.b)))


def test_the_default_data_overlap_and_the_line_leaves_zero_to_one():
    """What the opening scene says of its picture: both classes, the clouds overlapping (a
    finite S), and the line above 1 and below 0 inside x in [0, 10]."""
    fit = label_line_fit()
    assert fit.y.sum() == len(fit.y) / 2
    assert fit.x[fit.y == 0].max() > fit.x[fit.y == 1].min()
    assert fit.line(10.0) > 1.5 and fit.line(0.0) < -0.5
    assert 0 < fit.x.min() and fit.x.max() < 10
    assert 0 < fit.x_at(0.0) < fit.x_at(1.0) < fit.x_at(1.4) < 10


def test_separable_draws_are_refused():
    with pytest.raises(ValueError, match="separable"):
        label_line_fit(seed=0, centre=6.0)


def test_true_class_probability_is_the_sigmoid_for_dogs_and_its_complement_for_cats():
    X = np.array([[1.0, 2.0], [-1.0, 0.5], [0.0, 0.0]])
    y = np.array([1, 0, 1])
    w, b = np.array([0.5, -1.0]), 0.25
    z = X @ w + b
    expected = np.where(y == 1, 1 / (1 + np.exp(-z)), 1 - 1 / (1 + np.exp(-z)))
    assert true_class_probability(X, y, w, b) == pytest.approx(expected, abs=1e-15)
    with pytest.raises(ValueError, match="shape"):
        true_class_probability(X, y, np.ones(3))


def test_on_the_lessons_data_every_point_is_wrong_at_the_slices_start():
    """cd2's words: with w = (s, s), b = 0 and s = -2.5 every point is on the wrong side,
    nearly all of them confidently (below 0.05 on their true class); at s = 3 all are right."""
    data = load_dataset("cats_dogs", 0)
    p = true_class_probability(data.X, data.y, np.array([-2.5, -2.5]))
    assert p.max() < 0.5 and np.mean(p < 0.05) > 0.9
    assert true_class_probability(data.X, data.y, np.array([3.0, 3.0])).min() > 0.5
