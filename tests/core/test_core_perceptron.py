"""Chapter 6: the perceptron's trajectory and the Novikoff bound."""

import numpy as np
import pytest
from scipy.optimize import minimize

import core
from core.perceptron import (
    is_linearly_separable,
    mistake_bound,
    perceptron_counts,
    step_field,
)


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
    traj = core.perceptron(data.X, data.y, n_epochs=1000, shuffle_seed=shuffle_seed)
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
    capped = core.perceptron(xor.X, xor.y, n_epochs=3)
    assert capped.n_passes == 3 and not capped.converged
    assert capped.n_steps == 3 * len(xor.y)


def test_fixed_order_and_determinism():
    data = core.load_dataset("perceptron_separable")
    traj = core.perceptron(data.X, data.y)
    assert np.array_equal(traj.visited[: len(data.y)], np.arange(len(data.y)))
    a = core.perceptron(data.X, data.y, shuffle_seed=3)
    b = core.perceptron(data.X, data.y, shuffle_seed=3)
    assert np.array_equal(a.thetas, b.thetas) and np.array_equal(a.visited, b.visited)


# --- chapter 6's counters, hard field and mistake bound ---------------------------------------

@pytest.mark.parametrize("case", core.PERCEPTRON_CASES)
def test_counts_match_a_visit_by_visit_tally(case):
    traj = core.perceptron_run(case).trajectory
    n = traj.n_steps // traj.n_passes
    assert perceptron_counts(traj, -1) == perceptron_counts(traj, 0, flagged=False)
    assert perceptron_counts(traj, -1).updates == 0
    updates = 0
    for visit in range(traj.n_steps):
        this_pass = sum(traj.mistake[(visit // n) * n: visit])  # before judging this visit
        before = perceptron_counts(traj, visit, flagged=False)
        assert (before.pass_number, before.mistakes_this_pass, before.updates) == (
            visit // n + 1, this_pass, updates)
        updates += int(traj.mistake[visit])
        after = perceptron_counts(traj, visit)
        assert (after.mistakes_this_pass, after.updates) == (
            this_pass + int(traj.mistake[visit]), updates)
    assert updates == traj.n_updates
    with pytest.raises(ValueError, match="visit must be in"):
        perceptron_counts(traj, traj.n_steps)


@pytest.mark.parametrize("theta", [(1.0, 0.04, 2.95), (-0.5, 1.3, -0.7), (0.0, 0.0, 0.0)])
def test_step_field_is_the_threshold_at_every_cell_centre(theta):
    x_range, y_range, shape = (-3.0, 2.0), (-1.0, 4.0), (7, 9)
    field = step_field(theta, x_range, y_range, shape)
    assert field.shape == shape
    for r in range(shape[0]):
        for c in range(shape[1]):
            x1 = x_range[0] + (c + 0.5) * (x_range[1] - x_range[0]) / shape[1]
            x2 = y_range[1] - (r + 0.5) * (y_range[1] - y_range[0]) / shape[0]
            score = theta[0] + theta[1] * x1 + theta[2] * x2
            assert field[r, c] == (1 if score >= 0 else 0)
    soft = core.probability_field(np.array(theta), x_range, y_range, shape)
    clear = np.abs(soft - 0.5) > 1e-9
    assert np.array_equal(field[clear], (soft[clear] > 0.5).astype(int))


def test_separability_test_tells_the_chapter_cases_apart():
    for data in separable_cases():
        assert is_linearly_separable(data.X, data.y)
    assert not is_linearly_separable(*_xy("perceptron_overlap"))
    assert not is_linearly_separable(*_xy("xor"))


def _xy(name):
    data = core.load_dataset(name)
    return data.X, data.y


@pytest.mark.parametrize("data", list(separable_cases()), ids=lambda d: d.name)
def test_mistake_bound_uses_the_widest_margin_and_holds(data):
    bound = mistake_bound(data.X, data.y)
    reference = max_margin(data.X, data.y)  # primal SLSQP, an independent solver
    assert bound.margin == pytest.approx(reference, rel=1e-4)
    Xb = np.column_stack([np.ones(len(data.y)), data.X])
    s = 2 * data.y - 1
    assert np.linalg.norm(bound.weights) == pytest.approx(1.0)
    assert np.min(s * (Xb @ bound.weights)) == pytest.approx(bound.margin)
    assert bound.radius == pytest.approx(np.max(np.linalg.norm(Xb, axis=1)))
    assert bound.bound == pytest.approx((bound.radius / bound.margin) ** 2)
    for shuffle_seed in (None, 0, 1):
        traj = core.perceptron(data.X, data.y, n_epochs=1000, shuffle_seed=shuffle_seed)
        assert traj.converged and traj.n_updates <= bound.bound


def test_mistake_bound_refuses_non_separable_data():
    with pytest.raises(ValueError, match="linearly separable"):
        mistake_bound(*_xy("perceptron_overlap"))


# --- chapter 6's pictures: one update worked out, the stray points, R and gamma on the plane


def test_perceptron_update_adds_or_subtracts_the_point_only_on_a_mistake():
    from core.perceptron import perceptron_update
    missed = perceptron_update([0.0, 1.0, 0.0], [-1.0, 2.0], 1)
    assert missed.score_before == -1 and missed.prediction == 0 and missed.error == 1
    np.testing.assert_array_equal(missed.theta_after, [1.0, 0.0, 2.0])
    assert missed.score_after == 1 + 0 * -1 + 2 * 2  # (1, 0, 2) . (1, -1, 2)
    alarm = perceptron_update([0.0, 1.0, 0.0], [2.0, 1.0], 0)
    assert alarm.error == -1
    np.testing.assert_array_equal(alarm.theta_after, [-1.0, -1.0, -1.0])
    assert alarm.score_after < alarm.score_before
    right = perceptron_update([0.0, 1.0, 0.0], [2.0, 1.0], 1)
    assert right.error == 0
    np.testing.assert_array_equal(right.theta_after, right.theta_before)


def test_stray_points_are_the_ones_misjudged_in_half_the_passes_or_more():
    from core.perceptron import mistakes_per_point, stray_points
    run = core.perceptron_run("non_separable")
    traj, n = run.trajectory, len(run.dataset.y)
    counts = np.zeros(n, dtype=int)  # brute force: pass by pass
    for p in range(traj.n_passes):
        hit = set()
        for s in range(p * n, (p + 1) * n):
            if traj.mistake[s]:
                hit.add(int(traj.visited[s]))
        for i in hit:
            counts[i] += 1
    np.testing.assert_array_equal(mistakes_per_point(traj, n), counts)
    strays = stray_points(traj, n)
    np.testing.assert_array_equal(strays, np.flatnonzero(2 * counts >= traj.n_passes))
    assert 1 <= len(strays) <= n // 4
    # Every point that even logistic regression's best line gets wrong is among them.
    fit = core.newton_method(run.dataset.X, run.dataset.y).thetas[-1]
    wrong = np.flatnonzero(core.predict(fit, run.dataset.X) != run.dataset.y)
    assert set(wrong) <= set(strays)


def test_bound_geometry_on_the_plane():
    from core.perceptron import closest_to_boundary, mistake_bound
    run = core.perceptron_run("separable")
    X, y = run.dataset.X, run.dataset.y
    b = mistake_bound(X, y)
    assert b.plane_radius == pytest.approx(np.sqrt(b.radius ** 2 - 1))
    assert b.plane_radius == pytest.approx(np.max(np.linalg.norm(X, axis=1)))
    distance = np.abs(b.weights[0] + X @ b.weights[1:]) / np.linalg.norm(b.weights[1:])
    assert b.plane_margin == pytest.approx(distance.min(), rel=1e-9)
    assert len(b.closest) >= 2 and set(b.closest) <= set(np.flatnonzero(
        distance <= distance.min() + 1e-5))
    # The line the run ends on: its nearest point, by sampling the line densely.
    theta = run.trajectory.thetas[-1]
    row, gap = closest_to_boundary(theta, X)
    t = np.linspace(-20, 20, 400001)
    w = theta[1:] / np.linalg.norm(theta[1:])
    base = -theta[0] * theta[1:] / (theta[1:] @ theta[1:])
    line = base + t[:, None] * np.array([-w[1], w[0]])
    nearest = np.min(np.linalg.norm(line[:, None, :] - X[None, :, :], axis=2)[::50], axis=0)
    assert row == int(np.argmin(nearest)) and gap == pytest.approx(nearest[row], abs=1e-3)
    assert gap < 0.5 * b.plane_margin  # it grazes a point: not the widest-gap line


# --- chapter 6's flip sides: a squeezed gap, one stray point, XOR


def test_squeezing_the_gap_shrinks_gamma_in_proportion_and_raises_the_bound():
    from core.perceptron import squeeze_margin
    X, y = _xy("perceptron_separable")
    factors = np.array([1.0, 0.75, 0.5, 0.25])
    squeeze = squeeze_margin(X, y, factors)
    base = mistake_bound(X, y)
    assert squeeze.bounds[0].margin == pytest.approx(base.margin, rel=1e-6)
    # Only the closest points move, each straight toward the line by (1 - f) of the gap.
    still = np.setdiff1d(np.arange(len(y)), squeeze.moved)
    for f, Xf, b in zip(factors, squeeze.X, squeeze.bounds, strict=True):
        np.testing.assert_allclose(Xf[still], X[still])
        shift = np.linalg.norm(Xf[squeeze.moved] - X[squeeze.moved], axis=1)
        np.testing.assert_allclose(shift, (1 - f) * base.plane_margin, atol=1e-9)
        # An independent solver on the squeezed points agrees on gamma.
        assert b.margin == pytest.approx(max_margin(Xf, y), rel=1e-4)
        assert b.bound == pytest.approx((b.radius / b.margin) ** 2)
        # And the theorem still holds for the perceptron on them.
        traj = core.perceptron(Xf, y, n_epochs=5000, shuffle_seed=0)
        assert traj.converged and traj.n_updates <= b.bound
    assert np.all(np.diff(squeeze.margins) < 0)
    assert np.all(np.diff(squeeze.mistake_bounds) > 0)
    with pytest.raises(ValueError):
        squeeze_margin(X, y, [1.0, 0.0])


def test_one_stray_point_makes_every_pass_find_a_mistake():
    from core.perceptron import pass_end_thetas, stray_point_run
    X, y = _xy("perceptron_separable")
    stray = stray_point_run(X, y, n_epochs=8)
    assert y[stray.row] == 0
    changed = np.flatnonzero(np.any(stray.X != X, axis=1))
    np.testing.assert_array_equal(changed, [stray.row])
    np.testing.assert_allclose(stray.X[stray.row], X[y == 1].mean(axis=0))
    assert is_linearly_separable(X, y) and not is_linearly_separable(stray.X, y)
    traj = stray.trajectory
    assert not traj.converged and traj.n_passes == 8 and np.all(traj.mistakes_per_pass > 0)
    ends = pass_end_thetas(traj)
    assert ends.shape == (8, 3)
    n = len(y)
    for p in range(8):
        np.testing.assert_array_equal(ends[p], traj.thetas[(p + 1) * n])


def test_xor_keeps_the_perceptron_wrong_in_every_pass():
    data = core.load_dataset("xor")
    assert not is_linearly_separable(data.X, data.y)
    traj = core.perceptron(data.X, data.y, n_epochs=8, shuffle_seed=0)
    assert not traj.converged and np.all(traj.mistakes_per_pass > 0)
