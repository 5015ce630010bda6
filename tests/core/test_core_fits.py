"""Maximum-likelihood fits against scikit-learn and scipy.optimize.

The L2 mapping under test: core maximises l(theta) - l2 ||w||^2 (sum
log-likelihood, bias unpenalised); scikit-learn minimises
0.5 ||w||^2 + C sum_i loss_i. Dividing by C shows they agree when
C = 1 / (2 l2).
"""

import numpy as np
import pytest
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

import core


def overlapping(seed, n=60):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2)) * [1.2, 0.8] + [0.3, -0.2]
    p = 1 / (1 + np.exp(-(0.4 + 1.1 * X[:, 0] - 0.8 * X[:, 1])))
    y = (rng.uniform(size=n) < p).astype(int)
    return X, y


DATASETS = [
    ("clouds", lambda: (core.load_dataset("clouds").X, core.load_dataset("clouds").y)),
    (
        "clouds_overlap",
        lambda: (core.load_dataset("clouds_overlap").X, core.load_dataset("clouds_overlap").y),
    ),
    ("rings_raw", lambda: (core.load_dataset("rings").X, core.load_dataset("rings").y)),
    ("random_0", lambda: overlapping(0)),
    ("random_1", lambda: overlapping(1)),
    ("random_2", lambda: overlapping(2, n=150)),
]


def sklearn_theta(X, y, C):
    clf = LogisticRegression(C=C, solver="lbfgs", tol=1e-12, max_iter=10_000).fit(X, y)
    return np.r_[clf.intercept_, clf.coef_.ravel()]


def scipy_theta(X, y, l2):
    Xb = np.column_stack([np.ones(len(X)), X])

    def negative(theta):  # written out independently of core
        z = Xb @ theta
        value = np.sum(np.logaddexp(0, z) - y * z) + l2 * theta[1:] @ theta[1:]
        grad = Xb.T @ (1 / (1 + np.exp(-z)) - y)
        grad[1:] += 2 * l2 * theta[1:]
        return value, grad

    res = minimize(
        negative, np.zeros(Xb.shape[1]), jac=True, method="BFGS", options={"gtol": 1e-10}
    )
    return res.x


@pytest.mark.parametrize(("name", "make"), DATASETS)
def test_unpenalised_newton_matches_sklearn_and_scipy(name, make):
    X, y = make()
    traj = core.newton_method(X, y)
    assert traj.converged
    theta = traj.thetas[-1]
    np.testing.assert_allclose(theta, sklearn_theta(X, y, C=np.inf), atol=1e-4)
    np.testing.assert_allclose(theta, scipy_theta(X, y, 0.0), atol=1e-4)


@pytest.mark.parametrize(("name", "make"), DATASETS)
@pytest.mark.parametrize("l2", [0.05, 1.0, 5.0])
def test_l2_newton_matches_sklearn_with_c_equal_one_over_two_lambda(name, make, l2):
    X, y = make()
    theta = core.newton_method(X, y, l2=l2).thetas[-1]
    np.testing.assert_allclose(theta, sklearn_theta(X, y, C=1 / (2 * l2)), atol=1e-4)
    np.testing.assert_allclose(theta, scipy_theta(X, y, l2), atol=1e-4)


def test_l2_mapping_is_not_off_by_a_factor():
    # The fit with C = 1 / l2 (a plausible wrong mapping) must differ.
    X, y = overlapping(0)
    theta = core.newton_method(X, y, l2=1.0).thetas[-1]
    assert np.max(np.abs(theta - sklearn_theta(X, y, C=1.0))) > 1e-2


def test_newton_converges_in_few_iterations_and_agrees_with_slow_gradient_ascent():
    data = core.load_dataset("clouds_overlap")
    newton = core.newton_method(data.X, data.y, tol=1e-9)
    assert newton.converged and newton.n_iter < 10
    assert np.all(np.diff(newton.log_likelihood) > 0)
    ascent = core.gradient_ascent(data.X, data.y, learning_rate=1.0, n_steps=5000)
    np.testing.assert_allclose(ascent.thetas[-1], newton.thetas[-1], atol=1e-4)
    # ... and gradient ascent is far from there after as many steps as Newton took.
    gap = np.abs(ascent.thetas[newton.n_iter] - newton.thetas[-1]).max()
    assert gap > 1e-2


def test_newton_step_equals_weighted_least_squares_irls():
    X, y = overlapping(3)
    Xb = np.column_stack([np.ones(len(X)), X])
    theta = np.array([0.2, -0.1, 0.3])
    h = 1 / (1 + np.exp(-Xb @ theta))
    w = h * (1 - h)
    working = Xb @ theta + (y - h) / w  # IRLS working response
    irls, *_ = np.linalg.lstsq(np.sqrt(w)[:, None] * Xb, np.sqrt(w) * working, rcond=None)
    newton = core.newton_method(X, y, n_steps=1, tol=0.0, theta0=theta).thetas[1]
    np.testing.assert_allclose(newton, irls, rtol=1e-10)


def test_stochastic_ascent_reaches_the_same_neighbourhood():
    data = core.load_dataset("clouds_overlap")
    sgd = core.stochastic_gradient_ascent(data.X, data.y, 0.05, n_epochs=200, seed=0)
    mle = core.newton_method(data.X, data.y).thetas[-1]
    assert np.abs(sgd.thetas[-1] - mle).max() < 0.3
    assert sgd.log_likelihood[-1] > sgd.log_likelihood[0]
