"""Chapter 6: the perceptron's trajectory and the Novikoff bound."""

import numpy as np
import pytest
from scipy.optimize import minimize

import core


def max_margin(X, y):
    """Geometric margin gamma of the hard-margin separator through the origin
    in the bias-augmented space, solved with SLSQP (min |w|^2, s (w.x) >= 1)."""
    Xb = np.column_stack([np.ones(len(X)), X])
    s = 2 * np.asarray(y) - 1
    cons = {"type": "ineq", "fun": lambda w: s * (Xb @ w) - 1, "jac": lambda w: s[:, None] * Xb}
    w0 = np.linalg.lstsq(Xb, s * 10.0, rcond=None)[0]
    res = minimize(
        lambda w: w @ w,
        w0,
        jac=lambda w: 2 * w,
        constraints=[cons],
        method="SLSQP",
        options={"ftol": 1e-12, "maxiter": 500},
    )
    w = res.x
    assert np.all(s * (Xb @ w) >= 1 - 1e-6)
    return np.min(s * (Xb @ w)) / np.linalg.norm(w)


def separable_cases():
    yield core.load_dataset("perceptron_separable")
    yield core.load_dataset("clouds_separated")
    yield core.load_dataset("cats_dogs")
    for seed in range(3):
        yield core.load_dataset("perceptron_separable", seed=seed)


@pytest.mark.parametrize("data", list(separable_cases()), ids=lambda d: d.name)
@pytest.mark.parametrize("shuffle_seed", [None, 0])
def test_separable_data_converges_within_novikoff_bound(data, shuffle_seed):
    traj = core.perceptron(data.X, data.y, max_passes=1000, shuffle_seed=shuffle_seed)
    R = np.max(np.linalg.norm(np.column_stack([np.ones(len(data.y)), data.X]), axis=1))
    gamma = max_margin(data.X, data.y)
    assert traj.converged
    assert traj.n_updates <= (R / gamma) ** 2
    assert np.array_equal(core.predict(traj.thetas[-1], data.X), data.y)
    assert traj.mistakes_per_pass[-1] == 0 and np.all(traj.mistakes_per_pass[:-1] > 0)


def test_trajectory_records_every_visit_consistently():
    run = core.perceptron_run("separable")
    traj, data = run.trajectory, run.dataset
    n = len(data.y)
    assert traj.n_steps == traj.n_passes * n
    assert traj.thetas.shape == (traj.n_steps + 1, 3)
    assert traj.n_updates == traj.mistake.sum() == traj.mistakes_per_pass.sum() >= 5
    for s in range(traj.n_steps):
        i = traj.visited[s]
        before, after = traj.thetas[s], traj.thetas[s + 1]
        predicted = int(np.r_[1.0, data.X[i]] @ before >= 0)
        assert traj.mistake[s] == (predicted != data.y[i])
        expected = before + (data.y[i] - predicted) * np.r_[1.0, data.X[i]]
        np.testing.assert_allclose(after, expected)
    for p in range(traj.n_passes):
        assert sorted(traj.visited[traj.pass_index == p]) == list(range(n))
        assert traj.mistake[traj.pass_index == p].sum() == traj.mistakes_per_pass[p]


def test_non_separable_data_stops_at_the_pass_limit():
    run = core.perceptron_run("non_separable")
    traj = run.trajectory
    assert not traj.converged
    assert traj.n_passes == 8 and np.all(traj.mistakes_per_pass > 0)
    xor = core.load_dataset("xor")
    capped = core.perceptron(xor.X, xor.y, max_passes=3)
    assert capped.n_passes == 3 and not capped.converged
    assert capped.n_steps == 3 * len(xor.y)


def test_fixed_order_and_determinism():
    data = core.load_dataset("perceptron_separable")
    traj = core.perceptron(data.X, data.y)
    assert np.array_equal(traj.visited[: len(data.y)], np.arange(len(data.y)))
    a = core.perceptron(data.X, data.y, shuffle_seed=3)
    b = core.perceptron(data.X, data.y, shuffle_seed=3)
    assert np.array_equal(a.thetas, b.thetas) and np.array_equal(a.visited, b.visited)
