"""Chapter 7 (softmax regression) and chapter 8 (Newton's race)."""

import numpy as np
import pytest
from scipy.optimize import minimize_scalar

import core


def test_softmax_regression_learns_three_classes():
    run = core.softmax_lab_run()
    t, data = run.trajectory, run.dataset
    assert t.Thetas.shape == (26, 3, 3)
    assert t.loss[-1] < 0.1 * t.loss[0]
    assert np.all(np.diff(t.loss) < 0)
    assert t.accuracy[0] < 0.5 and t.accuracy[-1] == 1.0
    assert t.loss[-1] == pytest.approx(core.softmax_loss(t.Thetas[-1], data.X, data.y))
    np.testing.assert_allclose(t.probabilities.sum(axis=1), 1.0)
    # One recorded step is exactly a gradient step on the mean loss.
    grad = core.softmax_loss_gradient(t.Thetas[10], data.X, data.y)
    np.testing.assert_allclose(t.Thetas[11], t.Thetas[10] - 0.5 * grad, rtol=1e-12)


def test_two_class_softmax_regression_is_logistic_regression():
    # With k = 2, theta = Theta_1 - Theta_0 follows gradient ascent on the
    # mean log-likelihood at twice the rate (both rows move, in opposite ways).
    data = core.load_dataset("clouds_overlap")
    soft = core.softmax_regression(data.X, data.y, 2, 0.2, 50)
    logistic = core.gradient_ascent(data.X, data.y, 0.4, 50)
    np.testing.assert_allclose(soft.Thetas[:, 1] - soft.Thetas[:, 0], logistic.thetas, atol=1e-12)


def test_newton_race_tangents_and_iterates():
    data, race = core.newton_race_run()
    x, y = data.X[:, 0], data.y
    # Independent maximiser of l(w).
    res = minimize_scalar(
        lambda w: np.sum(np.logaddexp(0, w * x) - y * w * x),
        bounds=(-5, 5),
        method="bounded",
        options={"xatol": 1e-10},
    )
    assert race.w_star == pytest.approx(res.x, abs=1e-6)
    # Each tangent of l' crosses zero at the next Newton iterate.
    for t in range(len(race.tangent_slopes)):
        w_t, slope_t = race.tangent_points[t]
        assert w_t == race.newton[t]
        crossing = w_t - slope_t / race.tangent_slopes[t]
        assert crossing == pytest.approx(race.newton[t + 1], rel=1e-12)
    curve = core.log_likelihood_1d(race.newton[:4], x, y)
    np.testing.assert_allclose(race.tangent_points[:4, 1], curve.slope)
    np.testing.assert_allclose(race.tangent_slopes[:4], curve.curvature)
    # Newton wins the race by a wide margin.
    assert abs(race.newton[4] - race.w_star) < 1e-3
    assert abs(race.gradient[8] - race.w_star) > 0.1
    assert np.all(np.diff(race.gradient) > 0)
    assert np.all(race.newton_value[1:] > race.gradient_value[1:])


def test_1d_derivatives_match_finite_differences():
    data = core.load_dataset("newton_1d")
    w = np.linspace(-2, 3, 11)
    eps = 1e-6
    c = core.log_likelihood_1d(w, data.X[:, 0], data.y, bias=0.3)
    up = core.log_likelihood_1d(w + eps, data.X[:, 0], data.y, bias=0.3)
    down = core.log_likelihood_1d(w - eps, data.X[:, 0], data.y, bias=0.3)
    np.testing.assert_allclose(c.slope, (up.value - down.value) / (2 * eps), atol=1e-6)
    np.testing.assert_allclose(c.curvature, (up.slope - down.slope) / (2 * eps), atol=1e-6)
    assert np.all(c.curvature < 0)


def test_race_on_separable_data_reports_infinite_maximiser():
    race = core.newton_race([1.0, 2.0], [1, 1], theta0=0.0, n_steps=3, learning_rate=0.1)
    assert race.w_star == np.inf
    assert np.all(np.diff(race.newton) > 0)


def test_newton_on_separable_data_runs_away_without_l2():
    data = core.load_dataset("clouds_separated")
    free = core.newton_method(data.X, data.y, n_steps=15, tol=0.0)
    assert free.n_iter == 15 and not free.converged
    norms = np.linalg.norm(free.thetas, axis=1)
    assert np.all(np.diff(norms[1:]) > 0) and norms[-1] > 5 * norms[2]
    held = core.newton_method(data.X, data.y, l2=1.0)
    assert held.converged and held.n_iter < 10


def test_softmax_parts_are_the_hand_computation():
    import math

    from core.softmax_regression import softmax_parts

    parts = softmax_parts(core.COURSE_LOGITS)
    by_hand = [math.exp(t) for t in core.COURSE_LOGITS]
    np.testing.assert_allclose(parts.exponentials, by_hand, rtol=1e-15)
    assert parts.total == pytest.approx(math.fsum(by_hand), rel=1e-15)
    np.testing.assert_allclose(parts.probabilities, np.array(by_hand) / math.fsum(by_hand),
                               rtol=1e-14)
    assert round(parts.total, 2) == 11.11  # e^2 + e + 1
    with pytest.raises(ValueError, match="at most 700"):
        softmax_parts([800.0, 0.0])
    with pytest.raises(ValueError, match="1-dimensional"):
        softmax_parts([[1.0, 2.0]])


def test_point_with_logits_reproduces_the_probabilities():
    from core.softmax_regression import point_with_logits

    Theta = core.softmax_lab_run().trajectory.Thetas[-1]
    wanted = np.array([[2.0, 1.0, 0.0], [2.0, 1.0, 3.0], [0.0, 0.0, 0.0], [-1.0, 4.0, 0.5]])
    x = point_with_logits(Theta, wanted)
    assert x.shape == (4, 2)
    got = Theta @ np.vstack([np.ones(4), x.T])  # (3, 4): logits at each point
    # Equal up to one shift per point: the differences match exactly.
    np.testing.assert_allclose(np.diff(got.T, axis=1), np.diff(wanted, axis=1), atol=1e-12)
    np.testing.assert_allclose(core.class_probabilities(got.T),
                               core.class_probabilities(wanted), atol=1e-12)
    np.testing.assert_allclose(point_with_logits(Theta, wanted[0]), x[0])
    # The meeting point: all three classes tie at 1/3.
    meet = point_with_logits(Theta, [0.0, 0.0, 0.0])
    np.testing.assert_allclose(core.class_probabilities(Theta @ np.r_[1.0, meet]), 1 / 3)
    parallel = np.array([[0.0, 1.0, 1.0], [1.0, 2.0, 2.0], [0.0, 3.0, 3.0]])
    with pytest.raises(ValueError, match="parallel"):
        point_with_logits(parallel, [1.0, 0.0, 0.0])
    with pytest.raises(ValueError, match=r"shape \(3, 3\)"):
        point_with_logits(np.zeros((4, 3)), [1.0, 0.0, 0.0, 0.0])
