"""Chapter 8's step counts: when a trajectory settles, and Newton against gradient ascent."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.optimize import minimize

from core.newton import newton_race_run, newton_versus_ascent_run, steps_to_settle


def settle_by_hand(values, target, tol):
    """Walk backwards from the end while the values stay within tol (written independently)."""
    if abs(values[-1] - target) > tol:
        return None
    step = len(values) - 1
    while step > 0 and abs(values[step - 1] - target) <= tol:
        step -= 1
    return step


@given(st.lists(st.floats(-10, 10), min_size=1, max_size=30), st.floats(-10, 10),
       st.floats(0, 5))
def test_steps_to_settle_matches_a_backwards_walk(values, target, tol):
    assert steps_to_settle(values, target, tol) == settle_by_hand(values, target, tol)


def test_steps_to_settle_ignores_an_early_visit_and_refuses_bad_input():
    # Passing through the target at step 1 does not count: it leaves again.
    assert steps_to_settle([0.0, 1.0, 3.0, 1.05, 0.99], 1.0, 0.1) == 3
    assert steps_to_settle([0.0, np.nan, 1.0], 1.0, 0.1) == 2
    assert steps_to_settle([1.0, 1.0], 1.0, 0.0) == 0
    with pytest.raises(ValueError, match="1-D"):
        steps_to_settle([], 0.0, 0.1)
    with pytest.raises(ValueError, match="tol"):
        steps_to_settle([1.0], 1.0, -1.0)


def test_race_newton_settles_on_the_peak_in_four_steps_gradient_ascent_does_not():
    _, race = newton_race_run()
    assert steps_to_settle(race.newton, race.w_star, 1e-3) == 4
    assert steps_to_settle(race.gradient, race.w_star, 1e-3) is None


@pytest.fixture(scope="module")
def table():
    return newton_versus_ascent_run()


def test_the_maximum_is_the_one_scipy_finds(table):
    data = table.dataset
    Xb = np.column_stack([np.ones(len(data.X)), data.X])

    def negative(theta):  # written out independently of core
        z = Xb @ theta
        return np.sum(np.logaddexp(0, z) - data.y * z), Xb.T @ (1 / (1 + np.exp(-z)) - data.y)

    res = minimize(negative, np.zeros(3), jac=True, method="BFGS", options={"gtol": 1e-10})
    assert table.max_log_likelihood == pytest.approx(-res.fun, abs=1e-9)
    assert table.n_dof == 3


def test_step_counts_agree_with_plain_loops(table):
    data = table.dataset
    Xb = np.column_stack([np.ones(len(data.X)), data.X])
    n = len(data.y)

    def ll(theta):
        z = Xb @ theta
        return -np.sum(np.logaddexp(0, z) - data.y * z)

    best, tol, alpha = table.max_log_likelihood, table.tol, table.learning_rate
    # Newton by hand: theta -= H^-1 grad with H = -X^T S X.
    theta, newton_ll = np.zeros(3), []
    for _ in range(12):
        newton_ll.append(ll(theta))
        h = 1 / (1 + np.exp(-Xb @ theta))
        grad = Xb.T @ (data.y - h)
        hess = -(Xb.T * (h * (1 - h))) @ Xb
        theta = theta - np.linalg.solve(hess, grad)
    assert table.newton_steps == settle_by_hand(newton_ll, best, tol)
    # Gradient ascent by hand on the mean log-likelihood, until it is within tol to stay.
    theta, ascent_ll = np.zeros(3), []
    for _ in range(table.ascent_steps + 200):
        ascent_ll.append(ll(theta))
        theta = theta + alpha / n * Xb.T @ (data.y - 1 / (1 + np.exp(-Xb @ theta)))
    assert table.ascent_steps == settle_by_hand(ascent_ll, best, tol)
    # The headline: a handful against thousands.
    assert table.newton_steps < 10 < 1000 < table.ascent_steps


def test_an_unconverged_race_is_an_error():
    with pytest.raises(ValueError, match="max_ascent_steps"):
        newton_versus_ascent_run(max_ascent_steps=50)


def test_principal_curvatures_are_the_hessians_eigenvalues():
    """Chapter 8's Hessian at theta = 0 on the clouds: its curvatures are the eigenvalues
    (scipy.linalg.eigh as the reference), all negative: l is concave there."""
    from scipy.linalg import eigh

    from core import log_likelihood_hessian
    from core.newton import newton_versus_ascent_run, principal_curvatures

    run = newton_versus_ascent_run()
    H = log_likelihood_hessian(np.zeros(run.n_dof), run.dataset.X, run.dataset.y)
    curvatures = principal_curvatures(H)
    np.testing.assert_allclose(curvatures, eigh(H, eigvals_only=True), rtol=1e-12)
    assert np.all(curvatures < 0)
    assert curvatures.sum() == pytest.approx(np.trace(H))
    # An indefinite matrix (a saddle) has curvatures of both signs.
    mixed = principal_curvatures([[1.0, 0.0], [0.0, -2.0]])
    assert mixed[0] < 0 < mixed[1]
    with pytest.raises(ValueError):
        principal_curvatures([[1.0, 2.0], [0.0, 1.0]])


def test_work_to_converge_flips_from_newton_to_ascent_as_d_grows(table):
    """Total work: Newton's steps x d^3 against gradient ascent's steps x d. With the run's
    few weights Newton does less; past d = sqrt(ascent_steps / newton_steps) it does more."""
    from core.newton import work_to_converge

    d = table.n_dof
    newton, ascent = work_to_converge(table, d)
    assert (newton, ascent) == (table.newton_steps * d * d * d, table.ascent_steps * d)
    assert newton < ascent
    big_newton, big_ascent = work_to_converge(table, 10**6)
    assert big_newton == table.newton_steps * 10**18
    assert big_ascent == table.ascent_steps * 10**6
    assert big_newton > big_ascent
    # The crossover, found by walking d upwards, matches the closed form.
    crossing = next(k for k in range(1, 10**4)
                    if work_to_converge(table, k)[0] > work_to_converge(table, k)[1])
    ratio = table.ascent_steps / table.newton_steps
    assert (crossing - 1) ** 2 <= ratio < crossing ** 2
    with pytest.raises(ValueError):
        work_to_converge(table, 0)
