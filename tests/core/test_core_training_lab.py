"""Chapter 5's pictures beside the runs: the 90 % band, the loudest and quietest points, the
fixed log-likelihood floor, the dragged-apart clouds and the contour map of l, each against a
reference written here (scipy's expit and logaddexp, brute force, linear programming)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import optimize, special

import core
from core.datasets import APART_DISTANCE, drag_apart
from core.training_lab import (
    band_width,
    best_weight_norm,
    likelihood_contour,
    likelihood_map,
    log_likelihood_floor,
    point_at_probability,
    pull_extremes,
    wrong_side,
)


def _ll(theta: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    """The course's sum log-likelihood, written out with logaddexp."""
    z = theta[0] + X @ theta[1:]
    return float(np.sum(y * z - np.logaddexp(0.0, z)))


@pytest.mark.parametrize("theta", [(0.3, 1.0, -2.0), (-1.0, 4.0, 3.0), (0.0, 0.2, 0.1)])
def test_band_edges_are_where_h_is_ten_and_ninety_percent(theta):
    theta = np.array(theta)
    width = band_width(theta)
    w = theta[1:]
    on_line = -theta[0] * w / (w @ w)  # a point of theta^T (1, x) = 0
    unit = w / np.linalg.norm(w)
    for side, want in ((1, 0.9), (-1, 0.1)):
        edge = on_line + side * width / 2 * unit
        assert special.expit(theta[0] + edge @ w) == pytest.approx(want, abs=1e-12)
    assert band_width([1.0, 0.0, 0.0]) == np.inf
    with pytest.raises(ValueError):
        band_width(theta, p=0.4)


def test_pull_extremes_pick_the_smallest_and_largest_magnitude():
    pulls = np.array([0.2, -0.9, 0.01, 0.5, -0.03])
    assert pull_extremes(pulls) == (2, 1)
    run = core.training_lab_run("default")
    quiet, loud = pull_extremes(run.trajectory.pulls[-1])
    size = np.abs(run.trajectory.pulls[-1])
    assert size[quiet] == size.min() and size[loud] == size.max()
    # At the end of the default run the loudest point is on the wrong side of the line.
    theta = run.trajectory.thetas[-1]
    x, label = run.dataset.X[loud], run.dataset.y[loud]
    assert (theta[0] + x @ theta[1:] >= 0) != (label == 1)


def test_floor_is_a_round_number_below_every_value():
    assert log_likelihood_floor([-93.7, -3.5, -104.03]) == -110.0
    assert log_likelihood_floor([-20.0, -5.0]) == -20.0


def test_dragged_clouds_move_apart_rigidly_and_become_separable():
    clouds, apart = core.load_dataset("clouds"), core.load_dataset("clouds_apart")
    np.testing.assert_array_equal(clouds.y, apart.y)
    y = clouds.y
    shift = apart.X - clouds.X
    for label in (0, 1):  # every point of a class moves by the same vector
        np.testing.assert_allclose(shift[y == label], shift[y == label][:1].repeat(
            (y == label).sum(), axis=0))
    gap_before = clouds.X[y == 1].mean(0) - clouds.X[y == 0].mean(0)
    gap_after = apart.X[y == 1].mean(0) - apart.X[y == 0].mean(0)
    assert np.linalg.norm(gap_after) - np.linalg.norm(gap_before) == pytest.approx(APART_DISTANCE)
    cross = gap_before[0] * gap_after[1] - gap_before[1] * gap_after[0]
    assert cross == pytest.approx(0, abs=1e-12)  # along the same line
    np.testing.assert_allclose(drag_apart(clouds.X, y, 0.0), clouds.X)

    def separable(X: np.ndarray) -> bool:  # s_i theta^T (1, x_i) >= 1 feasible
        Z = (2 * y - 1)[:, None] * np.column_stack([np.ones(len(y)), X])
        return optimize.linprog(np.zeros(3), A_ub=-Z, b_ub=-np.ones(len(y)),
                                bounds=[(None, None)] * 3, method="highs").status == 0
    assert not separable(clouds.X) and separable(apart.X)


def test_separated_run_hardens_far_past_the_default():
    default = core.training_lab_run("default").trajectory
    sep = core.training_lab_run("separated").trajectory
    assert sep.n_steps >= default.n_steps
    # Its band ends at most half as wide as the default run's, and is still narrowing.
    widths = np.array([band_width(t) for t in sep.thetas])
    assert widths[-1] < 0.5 * band_width(default.thetas[-1])
    assert np.all(np.diff(widths[sep.n_steps // 4:]) < 0)


@pytest.mark.parametrize("drop", [0.5, 5.0, 40.0])
def test_contour_points_lie_on_their_level_around_the_peak(drop):
    data = core.load_dataset("clouds_overlap")
    X, y = data.X, data.y
    best = optimize.minimize(lambda t: -_ll(t, X, y), np.zeros(3), method="BFGS",
                             options={"gtol": 1e-9}).x
    top = _ll(best, X, y)
    curve = likelihood_contour(X, y, best[0], best[1:], top - drop, n_angles=48)
    assert curve.shape == (49, 2)
    np.testing.assert_allclose(curve[0], curve[-1])
    for w in curve:
        assert _ll(np.r_[best[0], w], X, y) == pytest.approx(top - drop, abs=1e-6)
    # Winding once round the peak: the angles seen from it increase by a full turn.
    d = curve - best[1:]
    turn = np.sum(np.diff(np.unwrap(np.arctan2(d[:, 1], d[:, 0]))))
    assert turn == pytest.approx(2 * np.pi, abs=1e-9)
    with pytest.raises(ValueError):
        likelihood_contour(X, y, best[0], best[1:], top + 1)


def test_likelihood_map_nests_its_curves():
    data = core.load_dataset("clouds_overlap")
    best = core.newton_method(data.X, data.y).thetas[-1]
    m = likelihood_map(data.X, data.y, best, [20.0, 2.0, 80.0], n_angles=36)
    assert m.top == pytest.approx(_ll(best, data.X, data.y))
    np.testing.assert_allclose(m.levels, m.top - np.array([2.0, 20.0, 80.0]))
    radii = [np.linalg.norm(c[:-1] - m.peak, axis=1) for c in m.curves]
    assert np.all(radii[0] < radii[1]) and np.all(radii[1] < radii[2])


@pytest.mark.parametrize("theta", [(0.0, 1.0, 0.6), (-1.0, 4.0, 3.0), (2.0, -0.5, 0.1)])
@pytest.mark.parametrize("p", [0.3, 0.5, 0.9])
def test_point_at_probability_has_that_h_and_slides_along_its_level_line(theta, p):
    theta = np.asarray(theta)
    for along in (-1.0, 0.0, 0.8):
        x = point_at_probability(theta, p, along)
        assert special.expit(theta[0] + x @ theta[1:]) == pytest.approx(p, abs=1e-12)
    # Sliding along keeps it on its level line, the given distance from where it started.
    a, b = point_at_probability(theta, p), point_at_probability(theta, p, 0.8)
    assert np.linalg.norm(b - a) == pytest.approx(0.8)
    assert (b - a) @ theta[1:] == pytest.approx(0.0, abs=1e-12)
    with pytest.raises(ValueError):
        point_at_probability((1.0, 0.0, 0.0), p)
    with pytest.raises(ValueError):
        point_at_probability(theta, 1.0)


def test_best_weight_norm_is_the_length_of_scipys_maximum_likelihood_fit():
    """The default clouds' weights stop growing at the maximum-likelihood fit: its length,
    found here by scipy's BFGS on the log-likelihood written out (independent of Newton)."""
    data = core.training_lab_run("default").dataset
    X, y = data.X, data.y

    def loss(theta: np.ndarray) -> float:
        return -_ll(theta, X, y)

    def gradient(theta: np.ndarray) -> np.ndarray:
        z = theta[0] + X @ theta[1:]
        r = special.expit(z) - y
        return np.r_[r.sum(), X.T @ r]

    fit = optimize.minimize(loss, np.zeros(3), jac=gradient, method="BFGS",
                            options={"gtol": 1e-10})
    assert best_weight_norm(X, y) == pytest.approx(np.linalg.norm(fit.x), rel=1e-5)
    # The default run has not reached it in its steps; the separated run passes it.
    run = core.training_lab_run("default").trajectory
    assert run.theta_norm[-1] < best_weight_norm(X, y)
    assert core.training_lab_run("separated").trajectory.theta_norm[-1] > 2 * best_weight_norm(X, y)


def test_wrong_side_lists_the_misclassified_points_by_hand():
    theta = np.array([-1.0, 1.0, 0.0])  # the line x1 = 1; class 1 to its right
    X = np.array([[2.0, 0.0], [0.0, 5.0], [3.0, -1.0], [-2.0, 1.0], [1.0, 0.0]])
    y = np.array([1, 1, 0, 0, 1])
    np.testing.assert_array_equal(wrong_side(theta, X, y), [1, 2, 4])


def test_dragging_the_clouds_apart_carries_the_strays_across_the_separated_fit():
    """Against the separated run's final line: some default points sit on its wrong side,
    none of the dragged-apart ones (checked with scipy's expit, not the score's sign)."""
    run = core.training_lab_run("separated")
    theta, y = run.trajectory.thetas[-1], run.dataset.y
    before = core.load_dataset("clouds").X
    h = special.expit(theta[0] + before @ theta[1:])
    want = np.flatnonzero((h > 0.5) != (y == 1))
    np.testing.assert_array_equal(wrong_side(theta, before, y), want)
    assert 1 <= len(want) <= 3
    assert len(wrong_side(theta, run.dataset.X, y)) == 0


def test_first_clouds_at_the_separated_runs_rate_level_off_at_their_best_fit():
    # The separated run's settings on the first clouds: same rate, steps and start...
    from core.gradient_ascent import training_lab_run_on

    mine, theirs = training_lab_run_on("separated", "clouds"), core.training_lab_run("separated")
    assert mine.trajectory.learning_rate == theirs.trajectory.learning_rate
    assert mine.trajectory.n_steps == theirs.trajectory.n_steps
    np.testing.assert_array_equal(mine.trajectory.thetas[0], theirs.trajectory.thetas[0])
    np.testing.assert_array_equal(mine.dataset.X, core.load_dataset("clouds").X)
    # ...their |theta| levels off onto the length of scipy's maximum-likelihood fit (a
    # finite limit: the clouds overlap a little), where the separated run's keeps growing.
    X, y = mine.dataset.X, mine.dataset.y
    Xb = np.column_stack([np.ones(len(X)), X])

    def nll(t):
        z = Xb @ t
        return float(np.sum(np.logaddexp(0.0, z) - y * z))

    fit = optimize.minimize(nll, np.zeros(3), method="BFGS", options={"gtol": 1e-10})
    limit = float(np.linalg.norm(fit.x))
    norm = mine.trajectory.theta_norm
    assert norm[-1] == pytest.approx(limit, rel=0.01)
    assert abs(norm[-1] - norm[-100]) < 0.01 * limit  # flat at the end
    assert theirs.trajectory.theta_norm[-1] > 2 * limit
    with pytest.raises(ValueError):
        training_lab_run_on("nope", "clouds")


def test_class_pulls_add_each_class_and_balance_at_the_fit():
    from core.training_lab import class_pulls

    rng = np.random.default_rng(5)
    X = rng.normal(size=(40, 2))
    y = (X[:, 0] + 0.8 * rng.normal(size=40) > 0).astype(int)
    theta = np.array([0.4, -1.2, 2.0])
    # Written out point by point with scipy's expit.
    blue = sum(special.expit(theta[0] + x @ theta[1:]) for x, t in zip(X, y, strict=True) if t == 0)
    orange = sum(1 - special.expit(theta[0] + x @ theta[1:]) for x, t in zip(X, y, strict=True)
                 if t == 1)
    assert class_pulls(theta, X, y) == pytest.approx((blue, orange), rel=1e-12)
    assert abs(blue - orange) > 1.0  # away from the fit the two differ
    # At the maximum of the log-likelihood (found here by scipy's BFGS) they are equal.
    fit = optimize.minimize(lambda t: -_ll(t, X, y), np.zeros(3), method="BFGS",
                            options={"gtol": 1e-10}).x
    b, o = class_pulls(fit, X, y)
    assert b == pytest.approx(o, abs=1e-5) and b > 1.0
    # The overlap run's last step is there too: equal to the shown two decimals.
    run = core.training_lab_run("overlap")
    b, o = class_pulls(run.trajectory.thetas[-1], run.dataset.X, run.dataset.y)
    assert f"{b:.2f}" == f"{o:.2f}"
