"""The second lesson's additions to core.cats_dogs: the seed of the from-scratch run, descent
along a loss slice, the boundary solved for x2, and the comparison with scikit-learn."""

import numpy as np
import pytest
from scipy.optimize import approx_fprime

from core.cats_dogs import (
    boundary_slope_intercept,
    from_scratch_run,
    log_loss_chain,
    loss_slice,
    mse_chain,
    sigmoid_walkthrough,
    sklearn_comparison,
    slice_descent,
    straight_cut_sweep,
    weight_size_ratio,
)
from core.datasets import load_dataset


def test_seed_changes_the_data_and_the_default_is_the_lessons():
    lesson, other = from_scratch_run(n_steps=50), from_scratch_run(n_steps=50, seed=3)
    assert np.array_equal(lesson.dataset.X, load_dataset("cats_dogs", 0).X)
    assert np.array_equal(other.dataset.X, load_dataset("cats_dogs", 3).X)
    assert not np.allclose(lesson.w, other.w)
    with pytest.raises(ValueError, match="seed"):
        from_scratch_run(seed=-1)


@pytest.mark.parametrize("s0", [-2.5, -0.3, 1.2])
def test_slice_descent_steps_follow_finite_difference_slopes(s0):
    data = load_dataset("cats_dogs")
    direction = np.array([1.0, 0.5])

    d = slice_descent(data.X, data.y, direction, s0, learning_rate=0.2, n_steps=3, bias=0.1)
    for positions, name in ((d.s_mse, "mse"), (d.s_log_loss, "log_loss")):
        assert positions[0] == s0
        for k in range(3):
            def loss(s, name=name):
                return getattr(loss_slice(data.X, data.y, direction, s, bias=0.1), name)[0]

            slope = approx_fprime(np.array([positions[k]]), loss, 1e-7)[0]
            assert positions[k + 1] == pytest.approx(positions[k] - 0.2 * slope, abs=1e-5)


def test_confidently_wrong_start_stalls_on_mse_and_slides_on_log_loss():
    data = load_dataset("cats_dogs")
    d = slice_descent(data.X, data.y, [1.0, 1.0], -2.5, learning_rate=0.1, n_steps=25)
    assert abs(d.s_mse[-1] - d.s_mse[0]) < 0.05
    assert d.s_log_loss[-1] > 0.5
    assert d.log_loss[-1] < 0.01 * d.log_loss[0]
    assert d.mse[-1] > 0.95 * d.mse[0]


def test_boundary_slope_and_intercept_solve_the_line():
    w, b = np.array([2.0, -0.5]), 1.5
    slope, intercept = boundary_slope_intercept(w, b)
    for x1 in (-3.0, 0.0, 4.0):
        assert w[0] * x1 + w[1] * (slope * x1 + intercept) + b == pytest.approx(0, abs=1e-12)
    assert (slope, intercept) == (4.0, 3.0)
    with pytest.raises(ValueError, match="w2 must be non-zero"):
        boundary_slope_intercept([1.0, 0.0], 0.0)
    with pytest.raises(ValueError, match=r"shape \(2,\)"):
        boundary_slope_intercept([1.0, 2.0, 3.0], 0.0)


def test_sklearn_weights_solve_the_l2_penalised_problem():
    """Independent of scikit-learn's code: its answer zeroes the gradient of
    sum CE + ||w||^2 / (2 C)."""
    comp = sklearn_comparison()
    X, y = comp.ours.dataset.X, comp.ours.dataset.y
    h = 1 / (1 + np.exp(-(X @ comp.sklearn_w + comp.sklearn_b)))
    grad_w = X.T @ (h - y) + comp.sklearn_w / comp.C
    grad_b = np.sum(h - y)
    assert np.abs(grad_w).max() < 1e-3 and abs(grad_b) < 1e-3
    assert comp.sklearn_accuracy == np.mean((h > 0.5) == y)
    # Our run is the lesson's; the penalty makes scikit-learn's weights smaller, the
    # line nearly the same.
    assert comp.ours.w == pytest.approx(from_scratch_run().w)
    assert np.linalg.norm(comp.sklearn_w) < np.linalg.norm(comp.ours.w)
    ours_slope, _ = boundary_slope_intercept(comp.ours.w, comp.ours.b)
    their_slope, _ = boundary_slope_intercept(comp.sklearn_w, comp.sklearn_b)
    assert their_slope == pytest.approx(ours_slope, rel=0.05)


def test_sklearn_comparison_follows_the_parameters():
    comp = sklearn_comparison(learning_rate=0.05, n_steps=30, seed=2)
    run = from_scratch_run(0.05, 30, seed=2)
    np.testing.assert_array_equal(comp.ours.w, run.w)
    assert np.array_equal(comp.ours.dataset.X, load_dataset("cats_dogs", 2).X)
    with pytest.raises(ValueError, match="l2 must be"):
        sklearn_comparison(l2=0)


def test_sigmoid_walkthrough_matches_the_lessons_table():
    import math

    t = sigmoid_walkthrough([0.0, 5.0, -5.0])
    for i, z in enumerate((0.0, 5.0, -5.0)):
        assert t.exp_neg_z[i] == pytest.approx(math.exp(-z), rel=1e-15)
        assert t.denominator[i] == pytest.approx(1 + math.exp(-z), rel=1e-15)
        assert t.value[i] == pytest.approx(1 / (1 + math.exp(-z)), rel=1e-15)
    # The text's rounded values.
    assert t.value[0] == 0.5
    assert round(t.value[1], 3) == 0.993 and round(t.value[2], 4) == 0.0067
    with pytest.raises(ValueError, match="700"):
        sigmoid_walkthrough([800.0])


@pytest.mark.parametrize(("z", "y"), [(-4.0, 1), (1.5, 1), (2.0, 0), (-0.3, 0)])
def test_log_loss_chain_factors_against_finite_differences(z, y):
    import math

    def loss_of_yhat(h):
        return -(y * math.log(h[0]) + (1 - y) * math.log(1 - h[0]))

    def loss_of_z(t):
        h = 1 / (1 + math.exp(-t[0]))
        return -(y * math.log(h) + (1 - y) * math.log(1 - h))

    f = log_loss_chain(z, y)
    h = 1 / (1 + math.exp(-z))
    assert float(f.y_hat) == pytest.approx(h)
    assert float(f.dloss_dyhat) == pytest.approx(
        approx_fprime(np.array([h]), loss_of_yhat, 1e-9)[0], rel=1e-4)
    assert float(f.dyhat_dz) == pytest.approx(h * (1 - h))
    dz = approx_fprime(np.array([z]), loss_of_z, 1e-7)[0]
    assert float(f.product) == pytest.approx(dz, rel=1e-5)
    assert float(f.error) == pytest.approx(dz, rel=1e-5)


@pytest.mark.parametrize(("z", "y"), [(-4.0, 1), (1.5, 1), (2.0, 0), (-0.3, 0)])
def test_mse_chain_against_finite_differences(z, y):
    import math

    def loss_of_z(t):
        return (1 / (1 + math.exp(-t[0])) - y) ** 2

    f = mse_chain(z, y)
    h = 1 / (1 + math.exp(-z))
    assert float(f.y_hat) == pytest.approx(h)
    assert float(f.dloss_dyhat) == pytest.approx(2 * (h - y))
    assert float(f.dyhat_dz) == pytest.approx(h * (1 - h))
    assert float(f.product) == pytest.approx(approx_fprime(np.array([z]), loss_of_z, 1e-7)[0],
                                             rel=1e-5)
    assert float(f.error) == pytest.approx(h - y)


def test_mse_chain_when_confidently_wrong_is_a_tiny_push():
    """At z = -4 with y = 1 the squared error's push is about fifty times smaller than log
    loss's (1 / (2 y_hat (1 - y_hat))), and of the size confidently_wrong_gradients gives."""
    from core.cats_dogs import confidently_wrong_gradients

    mse, log = mse_chain(-4.0, 1), log_loss_chain(-4.0, 1)
    h = 1 / (1 + np.exp(4.0))
    assert float(log.product / mse.product) == pytest.approx(1 / (2 * h * (1 - h)))
    assert abs(float(mse.product)) == pytest.approx(
        float(confidently_wrong_gradients(np.array([-4.0])).mse[0]))
    assert float(mse.product) < 0 and abs(float(mse.product)) < 0.05


def test_log_loss_chain_when_confidently_wrong_is_huge_times_tiny():
    f = log_loss_chain(-4.0, 1)
    assert float(f.dloss_dyhat) < -50 and float(f.dyhat_dz) < 0.02
    assert float(f.product) == pytest.approx(float(f.error), abs=1e-12)
    with pytest.raises(ValueError, match="30"):
        log_loss_chain(40.0, 1)


def test_straight_cut_sweep_scores_each_line_point_by_point_and_never_splits_the_ring():
    data = load_dataset("rings")
    sweep = straight_cut_sweep(data.X, data.y, n_lines=61)
    assert sweep.thetas.shape == (61, 3)
    assert np.allclose(np.hypot(sweep.thetas[:, 1], sweep.thetas[:, 2]), 1.0)
    for theta, acc in zip(sweep.thetas, sweep.accuracy, strict=True):
        # One point at a time: its side of the line, against its label, both namings tried.
        hits = sum(int((theta[0] + theta[1] * a + theta[2] * b > 0) == (label == 1))
                   for (a, b), label in zip(data.X, data.y, strict=True))
        assert acc == pytest.approx(max(hits, len(data.y) - hits) / len(data.y))
    # A ring around a disc: no line of the sweep comes near separating them.
    assert sweep.accuracy.max() < 0.8
    # On two separable clouds the same sweep does find lines that split them completely.
    clouds = load_dataset("cats_dogs")
    assert straight_cut_sweep(clouds.X, clouds.y).accuracy.max() == 1.0


def test_weight_size_ratio_is_the_length_ratio_and_scaling_by_it_keeps_the_line():
    comp = sklearn_comparison()
    r = weight_size_ratio(comp.ours.w, comp.sklearn_w)
    # By hand: the square root of the sums of squares, divided.
    by_hand = (sum(v * v for v in comp.sklearn_w) / sum(v * v for v in comp.ours.w)) ** 0.5
    assert r == pytest.approx(by_hand, rel=1e-12)
    # scikit-learn's penalty shrinks the weights, each component by about the same factor.
    assert 0.6 < r < 0.9
    assert comp.sklearn_w / comp.ours.w == pytest.approx(np.full(2, r), abs=0.02)
    # The scaled weights and bias give the same line.
    assert boundary_slope_intercept(r * comp.ours.w, r * comp.ours.b) == pytest.approx(
        boundary_slope_intercept(comp.ours.w, comp.ours.b))
    with pytest.raises(ValueError, match="non-zero"):
        weight_size_ratio([0.0, 0.0], [1.0, 1.0])


def test_gradient_advantage_is_the_ratio_of_finite_difference_gradients():
    from core.cats_dogs import gradient_advantage

    def mse(v: np.ndarray) -> float:
        return float((1 / (1 + np.exp(-v[0])) - 1.0) ** 2)

    def log_loss(v: np.ndarray) -> float:
        return float(-np.log(1 / (1 + np.exp(-v[0]))))

    for z in (-8.0, -4.0, 0.0):
        at = np.array([z])
        ratio = abs(approx_fprime(at, log_loss, 1e-7)[0]) / abs(approx_fprime(at, mse, 1e-7)[0])
        assert gradient_advantage(z) == pytest.approx(ratio, rel=1e-4)
    # About 1,500 times at z = -8, the chapter's confidently wrong score.
    assert 1400 < gradient_advantage(-8.0) < 1600


def test_unpenalised_fit_on_separable_data_keeps_growing_its_weights():
    """What the scikit-learn scene says of ours: a line splits the clouds perfectly, so the
    loss has no finite minimum; run longer, the loss is lower and the weights longer, and at
    the lesson's last step both are still moving that way."""
    short, longer = from_scratch_run(0.1, 1000, 0), from_scratch_run(0.1, 3000, 0)
    assert short.accuracy == 1.0
    assert longer.loss_history[-1] < short.loss_history[-1]
    assert np.linalg.norm(longer.w) > np.linalg.norm(short.w) + 0.5
    norms = np.linalg.norm(short.ws, axis=1)
    assert norms[-1] > norms[-2] and short.loss_history[-1] < short.loss_history[-2]
    # The margin of every point is positive (separable), and scaling the weights up
    # lowers the loss, so no finite weights are a minimum.
    X, y = short.dataset.X, short.dataset.y
    signs = np.where(y == 1, 1.0, -1.0)
    assert np.all(signs * (X @ short.w + short.b) > 0)
    losses = [np.mean(np.log1p(np.exp(-signs * k * (X @ short.w + short.b))))
              for k in (1.0, 2.0, 4.0)]
    assert losses[0] > losses[1] > losses[2]


def test_l2_penalty_is_the_term_scikit_learn_minimises_beside_c_times_the_log_loss():
    from scipy.optimize import minimize

    from core.cats_dogs import l2_penalty

    assert l2_penalty([3.0, 4.0]) == pytest.approx(12.5)
    comp = sklearn_comparison()
    X, y = comp.ours.dataset.X, comp.ours.dataset.y

    def objective(v: np.ndarray) -> float:
        z = X @ v[:2] + v[2]
        # Summed log loss, written out (log(1 + e^-z) for the ones, log(1 + e^z) for zeros).
        summed = np.sum(np.logaddexp(0, -z) * y + np.logaddexp(0, z) * (1 - y))
        return l2_penalty(v[:2]) + comp.C * summed

    # scikit-learn's fit is the minimum of that objective (found here by scipy, apart).
    best = minimize(objective, np.zeros(3), method="BFGS", options={"gtol": 1e-10})
    assert best.x[:2] == pytest.approx(comp.sklearn_w, abs=1e-3)
    assert best.x[2] == pytest.approx(comp.sklearn_b, abs=1e-3)
    # The penalty of our weights shrunk by the length ratio is scikit-learn's exactly.
    r = weight_size_ratio(comp.ours.w, comp.sklearn_w)
    assert l2_penalty(r * comp.ours.w) == pytest.approx(l2_penalty(comp.sklearn_w), rel=1e-12)
    assert l2_penalty(comp.ours.w) > 1.8 * l2_penalty(comp.sklearn_w)
