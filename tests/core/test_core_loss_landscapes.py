"""weight_slice against plain-Python loops, sklearn's log loss, and the chapter's claims."""

import math

import numpy as np
import pytest
from sklearn.metrics import log_loss

import core

SPAM = core.load_dataset("spam")
W = np.linspace(-1.5, 2.5, 161)
BIAS = -4.5


def reference(x, y, w, b):
    """Mean squared error, cross-entropy and accuracy by hand, one weight at a time."""
    mse, acc = [], []
    for wk in w:
        h = [1 / (1 + math.exp(-(b + wk * xi))) for xi in x]
        mse.append(sum((hi - yi) ** 2 for hi, yi in zip(h, y, strict=True)) / len(x))
        acc.append(sum(((b + wk * xi) >= 0) == (yi == 1) for xi, yi in zip(x, y, strict=True))
                   / len(x))
    return np.array(mse), np.array(acc)


def test_matches_loops_and_sklearn_on_the_spam_emails():
    s = core.weight_slice(SPAM.X, SPAM.y, W, BIAS)
    mse, acc = reference(SPAM.X[:, 0].tolist(), SPAM.y.tolist(), W, BIAS)
    np.testing.assert_allclose(s.squared_error, mse, rtol=1e-12, atol=1e-15)
    np.testing.assert_array_equal(s.accuracy, acc)
    for k in (0, 40, 80, 120, 160):
        h = 1 / (1 + np.exp(-(BIAS + W[k] * SPAM.X[:, 0])))
        assert s.cross_entropy[k] == pytest.approx(log_loss(SPAM.y, h, labels=[0, 1]), rel=1e-9)


def test_jumps_are_where_predictions_flip_and_nowhere_else():
    s = core.weight_slice(SPAM.X, SPAM.y, W, BIAS)
    expected = sorted({-BIAS / x for x in SPAM.X[:, 0] if W[0] < -BIAS / x < W[-1]})
    np.testing.assert_allclose(s.jumps, expected)
    # Between two neighbouring jumps the accuracy is constant: zero slope.
    edges = np.concatenate([[W[0]], s.jumps, [W[-1]]])
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        inside = (W > lo + 1e-9) & (W < hi - 1e-9)
        assert np.ptp(s.accuracy[inside]) == 0
    # And it does change across each jump.
    assert len(np.unique(s.accuracy)) >= 3


def test_squared_error_is_not_convex_but_cross_entropy_is():
    s = core.weight_slice(SPAM.X, SPAM.y, W, BIAS)
    second = lambda f: f[:-2] - 2 * f[1:-1] + f[2:]  # noqa: E731
    assert second(s.squared_error).min() < -1e-6  # bends the wrong way somewhere
    assert second(s.cross_entropy).min() > -1e-12  # one bowl
    # A plateau: for negative weights every email is confidently wrong... and flat.
    flat = W < -0.5
    assert np.ptp(s.squared_error[flat]) < 1e-3


def test_rejects_bad_input():
    with pytest.raises(ValueError, match="strictly increasing"):
        core.weight_slice(SPAM.X, SPAM.y, [1.0, 0.0], BIAS)
    with pytest.raises(ValueError, match="1 feature"):
        core.weight_slice(np.ones((3, 2)), [0, 1, 0], W, BIAS)


def test_slopes_match_central_differences_and_the_wrong_count_matches_accuracy():
    """The slopes chapter 3 draws as arrows: central differences of the curves themselves,
    evaluated on a fine grid around each weight (independent of the closed forms)."""
    s = core.weight_slice(SPAM.X, SPAM.y, W, BIAS)
    eps = 1e-6
    for k in (0, 20, 60, 80, 100, 160):
        around = core.weight_slice(SPAM.X, SPAM.y, [W[k] - eps, W[k] + eps], BIAS)
        fd_mse = (around.squared_error[1] - around.squared_error[0]) / (2 * eps)
        fd_ce = (around.cross_entropy[1] - around.cross_entropy[0]) / (2 * eps)
        assert s.squared_error_slope[k] == pytest.approx(fd_mse, rel=1e-5, abs=1e-9)
        assert s.cross_entropy_slope[k] == pytest.approx(fd_ce, rel=1e-5, abs=1e-9)
    np.testing.assert_array_equal(s.n_wrong, np.rint((1 - s.accuracy) * len(SPAM.y)))


def test_the_plateau_gives_no_push_while_cross_entropy_pulls_hard():
    """Chapter 3's claim on the left of the slice (w = -1.1): the model says no to every
    email, so the six spam are wrong and the six others right; squared error is flat there
    while cross-entropy's slope is large."""
    s = core.weight_slice(SPAM.X, SPAM.y, W, BIAS)
    k = int(np.argmin(np.abs(W + 1.1)))
    assert s.n_wrong[k] == 6 == int(SPAM.y.sum())
    assert abs(s.squared_error_slope[k]) < 1e-3
    assert s.cross_entropy_slope[k] < -3.0
