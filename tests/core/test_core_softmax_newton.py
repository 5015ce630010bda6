"""Chapter 7 (softmax regression) and chapter 8 (Newton's race)."""

import numpy as np
import pytest
from scipy.optimize import minimize_scalar

import core
from core.softmax_regression import logit_gradient_step


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


# --- chapter 7: one gradient step on the logits --------------------------------------------------


def test_logit_step_is_a_weight_step_on_one_point():
    rng = np.random.default_rng(3)
    Theta = rng.normal(size=(3, 3))
    x = np.array([1.0, 0.7, -1.3])  # bias first
    alpha, y = 0.4, 1
    logits = Theta @ x
    step = logit_gradient_step(logits, y, alpha * (x @ x))
    # The weight step of the course's rule, Theta := Theta - alpha (phi - e_y) x^T ...
    phi = np.exp(logits - logits.max())
    phi /= phi.sum()
    new_Theta = Theta - alpha * np.outer(phi - np.eye(3)[y], x)
    # ... moves the logits exactly as the logit step does.
    np.testing.assert_allclose(new_Theta @ x, step.new_logits, rtol=1e-12)
    np.testing.assert_allclose(step.gradient, phi - np.eye(3)[y], atol=1e-15)
    assert step.new_probabilities[y] > step.probabilities[y]
    assert step.new_loss < step.loss
    assert step.loss == pytest.approx(-np.log(phi[y]), rel=1e-12)


def test_logit_step_on_the_course_logits():
    step = logit_gradient_step((2.0, 1.0, 0.0), 1, 1.0)
    e = np.exp([2.0, 1.0, 0.0])
    np.testing.assert_allclose(step.gradient, e / e.sum() - [0, 1, 0], atol=1e-15)
    np.testing.assert_allclose(step.new_logits.sum(), 3.0)  # the gradient sums to zero
    with pytest.raises(ValueError, match="true_class"):
        logit_gradient_step((2.0, 1.0, 0.0), 3, 1.0)


# --- chapter 8: how fast the error falls, and Newton's quadratic model ---------------------------


def test_error_decay_is_linear_for_ascent_and_quadratic_for_newton():
    from core.newton import error_decay_run, log_likelihood_1d

    decay = error_decay_run()
    data = core.load_dataset("newton_1d")
    x, y = data.X[:, 0], data.y
    _, race = core.newton_race_run()
    w_star = race.w_star
    # The closed-form rates, from l'' and a finite-difference l''' at w*.
    eps = 1e-4
    c = log_likelihood_1d(np.array([w_star - eps, w_star, w_star + eps]), x, y)
    third = (c.curvature[2] - c.curvature[0]) / (2 * eps)
    assert decay.ascent_rate == pytest.approx(abs(1 + 0.05 * c.curvature[1]), rel=1e-12)
    assert decay.newton_constant == pytest.approx(abs(third / (2 * c.curvature[1])), rel=1e-6)
    # Gradient ascent: the ratio of successive errors tends to the rate (linear).
    ratios = decay.ascent_error[1:] / decay.ascent_error[:-1]
    assert ratios[-1] == pytest.approx(decay.ascent_rate, rel=1e-3)
    assert np.all(np.diff(np.log10(decay.ascent_error[40:])) < 0)
    # Newton: the error over the square of the last tends to the constant (quadratic).
    e = decay.newton_error
    assert e[4] / e[3] ** 2 == pytest.approx(decay.newton_constant, rel=0.01)
    # The correct digits roughly double: 1, 2, 4, 9.
    digits = np.floor(-np.log10(e[2:6])).astype(int)
    assert list(digits) == [1, 2, 4, 9]
    # Steps to 3 and 6 decimals, counted independently.
    for k in (3, 6):
        n = int(np.flatnonzero(np.abs(race_long := core.newton_race(
            x, y, 0.0, 100, 0.05).gradient - w_star) >= 10.0**-k)[-1] + 1)
        assert decay.ascent_steps_to[k] == n, (k, race_long.size)
    assert decay.newton_steps_to == {3: 4, 6: 5}


def _ll(theta, X, y):
    return core.log_likelihood(np.asarray(theta, dtype=float), X, y)


def test_quadratic_model_matches_finite_differences_and_lands_on_newtons_iterate():
    from scipy.optimize import approx_fprime

    from core.newton import quadratic_model

    data = core.load_dataset("newton_1d")
    theta = np.array([-1.5, 0.0])
    model = quadratic_model(theta, data.X, data.y)
    grad = approx_fprime(theta, _ll, 1e-7, data.X, data.y)
    np.testing.assert_allclose(model.gradient, grad, atol=1e-5)
    hess = np.array([approx_fprime(theta, lambda t, i=i: approx_fprime(
        t, _ll, 1e-6, data.X, data.y)[i], 1e-4) for i in range(2)])
    np.testing.assert_allclose(model.hessian, hess, atol=1e-3)
    # Its centre is where its gradient vanishes, and Newton's first iterate from theta.
    np.testing.assert_allclose(model.gradient + model.hessian @ (model.centre - theta), 0,
                               atol=1e-12)
    newton = core.newton_method(data.X, data.y, n_steps=1, tol=0.0, theta0=theta)
    np.testing.assert_allclose(model.centre, newton.thetas[1], rtol=1e-12)
    assert model(model.centre) == pytest.approx(model.peak, rel=1e-12)
    # The model touches l at theta, and is exact to second order near it.
    assert model(theta) == pytest.approx(_ll(theta, data.X, data.y), rel=1e-12)
    d = np.array([1e-3, -2e-3])
    assert abs(model(theta + d) - _ll(theta + d, data.X, data.y)) < 1e-7
    # A contour: every point at the level, around the centre.
    ring = model.contour(model.peak - 1.0)
    np.testing.assert_allclose(model(ring), model.peak - 1.0, atol=1e-9)
    np.testing.assert_allclose(ring.mean(axis=0), model.centre, atol=0.05)
    with pytest.raises(ValueError, match="below"):
        model.contour(model.peak + 1.0)


def test_newton_bowls_run_converges_to_the_maximiser():
    from core.newton import newton_bowls_run

    bowls = newton_bowls_run()
    data = core.load_dataset("newton_1d")
    assert bowls.values.shape == (bowls.w_grid.size, bowls.b_grid.size)
    j, i = 7, 11
    assert bowls.values[j, i] == pytest.approx(
        _ll([bowls.b_grid[i], bowls.w_grid[j]], data.X, data.y), rel=1e-12)
    assert bowls.max_value >= bowls.values.max()
    for t, model in enumerate(bowls.models):
        np.testing.assert_allclose(model.centre, bowls.iterates[t + 1])
    distance = np.linalg.norm(bowls.iterates - bowls.maximiser, axis=1)
    assert np.all(np.diff(distance) < 0) and distance[-1] < 0.02
    # Every iterate lies on the map.
    for b, w in bowls.iterates:
        assert bowls.b_grid[0] <= b <= bowls.b_grid[-1] and bowls.w_grid[0] <= w <= bowls.w_grid[-1]


def test_logits_at_and_the_shared_lift():
    from core.softmax_regression import logits_at, point_with_logits, shared_lift

    Theta = core.softmax_lab_run().trajectory.Thetas[-1]
    x = np.array([0.3, -1.2])
    # Against a hand-written dot product per class.
    want = [Theta[i, 0] + Theta[i, 1] * 0.3 + Theta[i, 2] * -1.2 for i in range(3)]
    np.testing.assert_allclose(logits_at(Theta, x), want, rtol=1e-14)
    assert logits_at(Theta, np.vstack([x, x])).shape == (2, 3)
    # The lift that makes the course's logits at the point chosen for them.
    course = np.array([2.0, 1.0, 0.0])
    at = point_with_logits(Theta, course)
    c = shared_lift(Theta, at, course)
    lifted = Theta.copy()
    lifted[:, 0] += c
    np.testing.assert_allclose(logits_at(lifted, at), course, atol=1e-12)
    # Lifting every bias changes no probability anywhere.
    grid = np.array([[-2.0, 1.0], [0.5, 0.5], [3.0, -2.0]])
    np.testing.assert_allclose(core.class_probabilities(logits_at(lifted, grid)),
                               core.class_probabilities(logits_at(Theta, grid)), atol=1e-12)
    with pytest.raises(ValueError, match="shift"):
        shared_lift(Theta, at, [2.0, 1.0, 1.0])
