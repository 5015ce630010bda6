"""Chapter 3's descent along one weight and its threshold sweep, against direct computation."""

from __future__ import annotations

import numpy as np
import pytest

from core import likelihood_factors, load_dataset, slice_descent, threshold_sweep, weight_slice


def _numeric_slope(f, w: float, eps: float = 1e-6) -> float:
    return (f(w + eps) - f(w - eps)) / (2 * eps)


def test_slice_descent_steps_follow_finite_difference_slopes():
    data = load_dataset("spam")
    x, y, bias = data.X[:, 0], data.y, -4.5

    def se(w: float) -> float:
        h = 1 / (1 + np.exp(-(bias + w * x)))
        return float(np.mean((h - y) ** 2))

    def ce(w: float) -> float:
        h = 1 / (1 + np.exp(-(bias + w * x)))
        return float(-np.mean(y * np.log(h) + (1 - y) * np.log(1 - h)))

    d = slice_descent(data.X, y, bias, -1.1, 0.25, 6)
    for ws, loss, f in ((d.squared_error_w, d.squared_error, se),
                        (d.cross_entropy_w, d.cross_entropy, ce)):
        assert ws[0] == -1.1 and len(ws) == 7
        for a, b in zip(ws[:-1], ws[1:], strict=True):
            assert b == pytest.approx(a - 0.25 * _numeric_slope(f, a), abs=1e-6)
        assert loss == pytest.approx([f(w) for w in ws], rel=1e-9)
    # Cross-entropy arrives near its minimum; squared error has not moved off the plateau.
    assert abs(d.cross_entropy_w[-1] - d.best_w) < 0.05
    assert abs(d.squared_error_w[-1] - d.squared_error_w[0]) < 1e-3
    grid = weight_slice(data.X, y, np.linspace(0.5, 1.5, 2001), bias)
    assert d.best_w == pytest.approx(grid.w[np.argmin(grid.cross_entropy)], abs=1e-3)


def test_slice_descent_rejects_bad_arguments():
    data = load_dataset("spam")
    with pytest.raises(ValueError):
        slice_descent(data.X, data.y, -4.5, -1.1, 0.0, 3)


def test_threshold_sweep_matches_likelihood_factors():
    data = load_dataset("spam")
    rows = [1, 5, 6, 10]
    X, y = data.X[rows], data.y[rows]
    t = np.linspace(0, 10, 101)
    sweep = threshold_sweep(X, y, t)
    for k in (0, 30, 45, 100):
        ref = likelihood_factors((-t[k], 1.0), X, y)
        assert sweep.factor[k] == pytest.approx(ref.factor)
        assert sweep.likelihood[k] == pytest.approx(ref.likelihood)
    assert sweep.likelihood[np.argmax(sweep.likelihood)] == pytest.approx(
        max(likelihood_factors((-v, 1.0), X, y).likelihood for v in t))
    assert sweep.best_t == t[np.argmax(sweep.likelihood)]


def test_far_email_steps_are_the_update_rule_by_hand():
    from core import far_email_pulls, far_email_steps, sigmoid

    pulls = far_email_pulls()
    steps = far_email_steps(pulls, 4e-4, 3)
    x, y = float(pulls.x[pulls.far_index]), float(pulls.y[pulls.far_index])
    b, w = pulls.line_intercept, pulls.line_slope
    t0, t1 = pulls.theta_s
    for k in range(1, 4):
        err = y - (b + w * x)
        b, w = b + 4e-4 * err, w + 4e-4 * err * x
        err_s = y - float(sigmoid(t0 + t1 * x))
        t0, t1 = t0 + 4e-4 * err_s, t1 + 4e-4 * err_s * x
        assert steps.line[k] == pytest.approx([b, w], rel=1e-12)
        assert steps.s[k] == pytest.approx([t0, t1], rel=1e-12)
    assert steps.line_h[0] == pytest.approx(pulls.line_h)
    # The line tilts down toward the far email; the S does not budge.
    assert steps.line[-1][1] < steps.line[0][1] - 0.005
    assert np.all(np.diff(steps.line_h) < 0) and steps.line_h[-1] > y
    assert np.abs(steps.s - steps.s[0]).max() < 1e-6


def test_far_email_steps_move_the_lines_half_crossing_past_spam_emails():
    """The line's 0.5 cut slides right as it tilts, and the emails it gets wrong are the ones
    on the wrong side of that cut (checked by brute force on a fine grid of x)."""
    from core import far_email_pulls, far_email_steps

    pulls = far_email_pulls()
    steps = far_email_steps(pulls, 4e-4, 3)
    grid = np.linspace(0, 40, 400001)
    for k in (0, 3):
        b, w = steps.line[k]
        below = grid[b + w * grid < 0.5]
        assert steps.line_crossing[k] == pytest.approx(below.max(), abs=1e-3)
        says_spam = pulls.x >= steps.line_crossing[k]
        assert np.array_equal(steps.line_wrong[k], says_spam != (pulls.y == 1))
    t0, t1 = steps.s[0]
    assert 1 / (1 + np.exp(-(t0 + t1 * steps.s_crossing[0]))) == pytest.approx(0.5)
    # The cut moves right, past spam it now calls not-spam; the S's cut stays put.
    assert steps.line_crossing[-1] > steps.line_crossing[0] + 1.0
    newly = steps.line_wrong[-1] & ~steps.line_wrong[0]
    assert newly.sum() >= 1 and np.all(pulls.y[newly] == 1)
    assert np.ptp(steps.s_crossing) < 1e-3
