"""Losses, gradients and Hessians against finite differences and the course."""

import math

import numpy as np
import pytest
from scipy.optimize import approx_fprime

import core


def random_problem(seed, n=40, d=2):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)) * 1.5
    y = (rng.uniform(size=n) < 0.5).astype(int)
    theta = rng.normal(size=d + 1)
    return theta, X, y


def central_jacobian(f, x, eps=1e-6):
    """Central differences of a vector-valued f, column by column."""
    cols = []
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = eps
        cols.append((np.asarray(f(x + e)) - np.asarray(f(x - e))) / (2 * eps))
    return np.stack(cols, axis=-1)


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("l2", [0.0, 0.7])
def test_gradient_matches_approx_fprime(seed, l2):
    theta, X, y = random_problem(seed)
    numeric = approx_fprime(theta, lambda t: core.log_likelihood(t, X, y, l2=l2), 1e-7)
    analytic = core.log_likelihood_gradient(theta, X, y, l2=l2)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("l2", [0.0, 0.7])
def test_hessian_matches_central_differences_of_gradient(seed, l2):
    theta, X, y = random_problem(seed)
    numeric = central_jacobian(lambda t: core.log_likelihood_gradient(t, X, y, l2=l2), theta)
    hess = core.log_likelihood_hessian(theta, X, y, l2=l2)
    np.testing.assert_allclose(hess, numeric, rtol=1e-6, atol=1e-6)
    assert np.all(np.linalg.eigvalsh(hess) < 0)  # concave


def test_log_likelihood_matches_course_formula_and_value_at_zero():
    theta, X, y = random_problem(3, n=25)
    h = 1 / (1 + np.exp(-(theta[0] + X @ theta[1:])))
    course = np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    assert core.log_likelihood(theta, X, y) == pytest.approx(course, rel=1e-12)
    assert core.log_likelihood(np.zeros(3), X, y) == pytest.approx(-25 * math.log(2))
    penalty = 0.3 * (theta[1] ** 2 + theta[2] ** 2)  # the bias is not penalised
    assert core.log_likelihood(theta, X, y, l2=0.3) == pytest.approx(course - penalty)


@pytest.mark.parametrize(("h", "printed"), [(0.99, 0.01), (0.5, 0.69), (0.01, 4.61), (1e-4, 9.21)])
def test_course_check_values(h, printed):
    assert (h, printed) in core.COURSE_PENALTY_CHECKS
    from_proba = float(core.cross_entropy_from_proba(h, 1))
    from_scores = float(core.cross_entropy_from_scores(math.log(h / (1 - h)), 1))
    assert round(from_proba, 2) == printed
    assert from_scores == pytest.approx(-math.log(h), rel=1e-9)
    assert core.cross_entropy_from_proba(0.5, 0) == pytest.approx(math.log(2), rel=1e-15)


def test_penalty_curves_are_the_two_branches():
    curves = core.penalty_curves(n_points=101)
    np.testing.assert_allclose(curves.loss_y1, -np.log(curves.h), rtol=1e-10)
    np.testing.assert_allclose(curves.loss_y0, -np.log1p(-curves.h), rtol=1e-10)
    assert curves.loss_y1[0] == pytest.approx(-math.log(1e-4), rel=1e-9)
    assert np.all(np.diff(curves.loss_y1) < 0) and np.all(np.diff(curves.loss_y0) > 0)
    assert curves.loss_y1[50] == pytest.approx(math.log(2))


def test_probability_edges_are_exact():
    assert core.cross_entropy_from_proba(1.0, 1) == 0.0
    assert core.cross_entropy_from_proba(0.0, 0) == 0.0
    assert core.cross_entropy_from_proba(0.0, 1) == np.inf
    # From scores, an overwhelming score never gives inf or nan.
    assert core.cross_entropy_from_scores(-800.0, 1) == 800.0
    assert core.mean_cross_entropy([800.0, -800.0], [1, 0]) == 0.0


def test_softmax_gradient_is_phi_minus_onehot_times_x():
    rng = np.random.default_rng(11)
    Theta = rng.normal(size=(3, 3))
    x = rng.normal(size=2)
    y = 2
    grad = core.softmax_loss_gradient(Theta, x[None, :], [y])
    t = Theta @ np.r_[1.0, x]
    phi = np.exp(t) / np.exp(t).sum()
    np.testing.assert_allclose(grad, np.outer(phi - np.eye(3)[y], np.r_[1.0, x]), rtol=1e-12)


def test_softmax_loss_gradient_matches_finite_differences():
    rng = np.random.default_rng(12)
    data = core.load_dataset("three_classes")
    Theta = rng.normal(size=(3, 3))
    numeric = approx_fprime(
        Theta.ravel(), lambda v: core.softmax_loss(v.reshape(3, 3), data.X, data.y), 1e-7
    )
    analytic = core.softmax_loss_gradient(Theta, data.X, data.y)
    np.testing.assert_allclose(analytic.ravel(), numeric, rtol=1e-4, atol=1e-5)
    logits = rng.normal(size=(5, 3))
    labels = [0, 1, 2, 1, 0]
    numeric_t = central_jacobian(
        lambda v: core.softmax_cross_entropy(v.reshape(5, 3), labels).sum(), logits.ravel()
    )
    np.testing.assert_allclose(
        core.softmax_cross_entropy_gradient(logits, labels).ravel(), numeric_t, atol=1e-7
    )


def test_squared_error_gradient_matches_finite_differences():
    theta, X, y = random_problem(4)
    numeric = approx_fprime(theta, lambda t: core.squared_error_loss(t, X, y), 1e-7)
    np.testing.assert_allclose(core.squared_error_loss_gradient(theta, X, y), numeric, atol=1e-6)
    z = np.linspace(-5, 5, 21)
    for label in (0, 1):
        numeric_z = central_jacobian(
            lambda v, lab=label: (1 / (1 + np.exp(-v)) - lab) ** 2, z
        ).diagonal()
        np.testing.assert_allclose(
            core.squared_error_score_gradient(z, label), numeric_z, atol=1e-8
        )
        np.testing.assert_allclose(
            core.cross_entropy_score_gradient(z, label),
            central_jacobian(
                lambda v, lab=label: core.cross_entropy_from_scores(v, lab), z
            ).diagonal(),
            atol=1e-8,
        )


def test_likelihood_factors_are_bernoulli_probabilities_whose_logs_sum_to_the_likelihood():
    from scipy.stats import bernoulli

    data = core.load_dataset("spam")
    theta = np.array([-4.5, 1.0])
    f = core.likelihood_factors(theta, data.X, data.y)
    h = 1 / (1 + np.exp(-(theta[0] + theta[1] * data.X[:, 0])))
    np.testing.assert_allclose(f.h, h, rtol=1e-12)
    np.testing.assert_allclose(f.factor, bernoulli.pmf(data.y, h), rtol=1e-12)
    assert f.likelihood == pytest.approx(np.prod(bernoulli.pmf(data.y, h)), rel=1e-12)
    assert f.log_likelihood == pytest.approx(core.log_likelihood(theta, data.X, data.y))
    assert f.log_likelihood == pytest.approx(np.log(f.likelihood))


def test_squared_error_of_a_probability_is_bounded_by_one():
    assert core.squared_error_from_proba(0.99, 0) == pytest.approx(0.9801)
    assert core.squared_error_from_proba([0.0, 1.0], [1, 1]).tolist() == [1.0, 0.0]
    with pytest.raises(ValueError):
        core.squared_error_from_proba(1.5, 1)
