"""Chapter 4's worked example and chapter 5's trainer and presets."""

import math

import numpy as np
import pytest

import core
from core.gradient_ascent import LAB_START_SCALE, LAB_START_SEED


def test_worked_example_exactly():
    step = core.sgd_step([0.0, 0.0], [1.0, 2.0], 1, 0.5)
    np.testing.assert_array_equal(step.theta_after, [0.25, 0.5])
    assert step.score_before == 0.0 and step.h_before == 0.5 and step.error == 0.5
    assert step.score_after == 1.25
    assert step.h_after == pytest.approx(1 / (1 + math.exp(-1.25)), rel=1e-15)
    assert round(step.h_after, 3) == 0.777


def test_batch_step_is_the_course_rule():
    data = core.load_dataset("clouds")
    theta0 = np.array([0.3, -0.2, 0.5])
    Xb = np.column_stack([np.ones(len(data.y)), data.X])
    h = 1 / (1 + np.exp(-Xb @ theta0))
    course = theta0 + 0.1 * Xb.T @ (data.y - h)  # theta += alpha X^T (y - h)
    summed = core.gradient_ascent(data.X, data.y, 0.1, 1, theta0=theta0, average=False)
    np.testing.assert_allclose(summed.thetas[1], course, rtol=1e-13)
    mean = core.gradient_ascent(data.X, data.y, 0.1 * len(data.y), 1, theta0=theta0)
    np.testing.assert_allclose(mean.thetas[1], course, rtol=1e-13)


def test_trajectory_fields_are_consistent():
    data = core.load_dataset("clouds_overlap")
    traj = core.gradient_ascent(data.X, data.y, 0.3, 40, theta0=[1.0, -1.0, 0.5])
    n = len(data.y)
    assert traj.thetas.shape == (41, 3) and traj.n_steps == 40
    assert traj.log_likelihood.shape == traj.accuracy.shape == traj.theta_norm.shape == (41,)
    assert traj.pulls.shape == (41, n)
    for k in (0, 17, 40):
        theta = traj.thetas[k]
        assert traj.log_likelihood[k] == pytest.approx(core.log_likelihood(theta, data.X, data.y))
        assert traj.accuracy[k] == core.accuracy(theta, data.X, data.y)
        np.testing.assert_allclose(
            traj.pulls[k], data.y - core.predict_proba(theta, data.X), atol=1e-15
        )
        assert traj.theta_norm[k] == pytest.approx(np.linalg.norm(theta))


def test_small_learning_rate_climbs_monotonically():
    data = core.load_dataset("clouds_overlap")
    traj = core.gradient_ascent(data.X, data.y, 0.3, 200, theta0=[2.0, -2.0, 1.0])
    assert np.all(np.diff(traj.log_likelihood) > -1e-12)


def test_same_arguments_give_bit_identical_output():
    for case in core.TRAINING_LAB_CASES:
        a, b = core.training_lab_run(case).trajectory, core.training_lab_run(case).trajectory
        assert np.array_equal(a.thetas, b.thetas) and np.array_equal(a.pulls, b.pulls)


def _normal_angle(thetas):
    """Direction of (theta1, theta2) in degrees, unwrapped along the run."""
    return np.degrees(np.unwrap(np.arctan2(thetas[:, 2], thetas[:, 1])))


def test_lab_presets():
    runs = {case: core.training_lab_run(case) for case in core.TRAINING_LAB_CASES}
    assert set(runs) == {"default", "overlap", "separated", "lr_too_large"}
    start = core.random_start(3, LAB_START_SEED, LAB_START_SCALE)
    for run in runs.values():
        t = run.trajectory
        np.testing.assert_array_equal(t.thetas[0], start)  # one shared random start
        assert t.accuracy[0] < 0.5, "the random start should be a nonsense boundary"
        assert t.theta_norm[0] < 1.0, "small start weights: a blurry field"
        assert t.accuracy[-1] > 0.75
    # Default: hundreds of steps; the normal swings round by more than 120 degrees
    # without turning back, the weights triple (the field sharpens), the climb is steady.
    default = runs["default"].trajectory
    assert 250 <= default.n_steps <= 400
    angle = _normal_angle(default.thetas)
    assert abs(angle[-1] - angle[0]) > 120
    assert np.all(np.diff(angle) <= 1e-9) or np.all(np.diff(angle) >= -1e-9)
    assert default.theta_norm[-1] > 3 * default.theta_norm[0]
    assert default.accuracy[-1] > 0.95
    for case in ("default", "overlap"):
        ll = runs[case].trajectory.log_likelihood
        assert np.all(np.diff(ll) > -1e-9) and ll[-1] > ll[0]
    # Settled points stop pulling.
    pulls = np.abs(default.pulls[-1])
    assert np.sum(pulls < 0.05) > len(pulls) / 2
    # The overlap run settles near the maximum-likelihood fit, with soft (short) weights.
    data = runs["overlap"].dataset
    mle = core.newton_method(data.X, data.y).thetas[-1]
    np.testing.assert_allclose(runs["overlap"].trajectory.thetas[-1], mle, atol=1e-2)
    assert runs["overlap"].trajectory.theta_norm[-1] < 0.5 * default.theta_norm[-1]
    # Separated: perfect accuracy, |theta| growing to the very end and past the default
    # run's (a sharper field), the log-likelihood still creeping up toward 0.
    sep = runs["separated"].trajectory
    assert sep.accuracy[-1] == 1.0
    half = sep.n_steps // 2
    assert np.all(np.diff(sep.theta_norm[half:]) > 0)
    assert sep.theta_norm[-1] > sep.theta_norm[half] + 0.2
    assert sep.theta_norm[-1] > default.theta_norm[-1]
    assert np.all(np.diff(sep.log_likelihood[half:]) > 0) and sep.log_likelihood[-1] < 0
    # Too large a rate, few enough steps to watch each one: the first step shoots far past
    # the fit; at the end the boundary rocks (its direction turns back every step) and the
    # log-likelihood goes down as well as up, below the overlap run's top.
    big = runs["lr_too_large"].trajectory
    assert big.n_steps <= 60
    assert big.theta_norm[1] > 3 * np.linalg.norm(mle)
    turns = np.diff(_normal_angle(big.thetas[-11:]))
    assert np.all(turns[1:] * turns[:-1] < 0) and np.all(np.abs(turns) > 10)
    d = np.diff(big.log_likelihood)
    assert np.sum(d < 0) > 10 and np.any(d[-10:] < 0)
    assert big.log_likelihood[-1] < runs["overlap"].trajectory.log_likelihood[-1]
    with pytest.raises(ValueError, match="lr_too_large"):
        core.training_lab_run("fast")


def test_stochastic_trajectory_shapes_and_visits():
    data = core.load_dataset("clouds")
    traj = core.stochastic_gradient_ascent(data.X, data.y, 0.1, n_epochs=3, seed=4)
    n = len(data.y)
    assert traj.thetas.shape == (3 * n + 1, 3) and traj.visited.shape == (3 * n,)
    for e in range(3):
        assert sorted(traj.visited[traj.epoch == e]) == list(range(n))
    # Step s used exactly the per-example rule on the visited point.
    s = 5
    i = traj.visited[s]
    step = core.sgd_step(traj.thetas[s], np.r_[1.0, data.X[i]], data.y[i], 0.1)
    np.testing.assert_allclose(traj.thetas[s + 1], step.theta_after, rtol=1e-14)


def test_other_runs_are_bit_identical_on_repeat():
    pairs = [
        (lambda: core.perceptron_run("non_separable").trajectory.thetas),
        (lambda: core.softmax_lab_run().trajectory.Thetas),
        (lambda: core.newton_race_run()[1].gradient),
        (lambda: core.from_scratch_run().loss_history),
        (lambda: core.stochastic_gradient_ascent(*_clouds(), 0.1, 2, seed=3).thetas),
        (lambda: core.weight_growth(n_steps=50).regularised.thetas),
    ]
    for make in pairs:
        assert np.array_equal(make(), make())


def _clouds():
    data = core.load_dataset("clouds")
    return data.X, data.y
