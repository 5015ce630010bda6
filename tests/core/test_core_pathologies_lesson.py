"""Chapter 9's failure modes and the second lesson (cats or dogs)."""

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, precision_score, recall_score

import core


def test_weights_grow_without_l2_and_are_bounded_with_it():
    growth = core.weight_growth(n_steps=600, l2=2.0)
    plain, reg = growth.plain.theta_norm, growth.regularised.theta_norm
    assert np.all(np.diff(plain[1:]) > 0)
    assert plain[-1] - plain[300] > 0.2  # still climbing in the second half
    n = len(growth.dataset.y)
    bound = np.sqrt(n * np.log(2) / 2.0)  # l2 |w*|^2 <= l(w*) - l(0) <= n ln 2
    assert np.linalg.norm(growth.regularised.thetas[-1][1:]) <= bound
    assert abs(reg[-1] - reg[-100]) < 1e-3 * reg[-1]
    assert reg[-1] < plain[-1]
    held = core.newton_method(growth.dataset.X, growth.dataset.y, l2=2.0).thetas[-1]
    np.testing.assert_allclose(growth.regularised.thetas[-1], held, atol=1e-3)


def test_always_negative_on_imbalanced_data():
    data, metrics = core.imbalance_baseline()
    pred = np.zeros_like(data.y)
    assert metrics.accuracy == accuracy_score(data.y, pred) == 0.99
    assert metrics.recall == recall_score(data.y, pred, zero_division=0) == 0.0
    assert metrics.precision == precision_score(data.y, pred, zero_division=0) == 0.0
    assert (metrics.tp, metrics.fp, metrics.fn, metrics.tn) == (0, 0, 1, 99)


@pytest.mark.parametrize("seed", range(5))
def test_classification_metrics_match_sklearn(seed):
    rng = np.random.default_rng(seed)
    y, pred = rng.integers(0, 2, 40), rng.integers(0, 2, 40)
    m = core.classification_metrics(y, pred)
    assert m.accuracy == pytest.approx(accuracy_score(y, pred))
    assert m.precision == pytest.approx(precision_score(y, pred, zero_division=0))
    assert m.recall == pytest.approx(recall_score(y, pred, zero_division=0))


@pytest.mark.parametrize("name", ["xor", "rings"])
def test_raw_features_fail_and_quadratic_features_succeed(name):
    comp = core.feature_comparison(name)
    assert comp.accuracy_raw <= 0.7
    assert comp.accuracy_quadratic >= 0.97
    X = comp.dataset.X
    np.testing.assert_array_equal(
        core.quadratic_features(X)[:, 2:],
        np.column_stack([X[:, 0] ** 2, X[:, 0] * X[:, 1], X[:, 1] ** 2]),
    )
    field = core.quadratic_probability_field(comp.theta_quadratic, (-4, 4), (-4, 4), (8, 8))
    x1, x2 = core.grid_centres((-4, 4), (-4, 4), (8, 8))
    q = np.array([1, x1[3], x2[5], x1[3] ** 2, x1[3] * x2[5], x2[5] ** 2])
    assert field[5, 3] == pytest.approx(1 / (1 + np.exp(-q @ comp.theta_quadratic)))


def lesson_training_loop(X, y):
    """The lesson's code, verbatim apart from returning instead of printing."""

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def predict_proba(w, b, X):
        return sigmoid(X @ w + b)

    def log_loss(w, b, X, y):
        eps = 1e-15
        y_hat = np.clip(predict_proba(w, b, X), eps, 1 - eps)
        return -np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))

    def compute_gradients(w, b, X, y):
        N = len(y)
        errors = predict_proba(w, b, X) - y
        return (X.T @ errors) / N, errors.mean()

    w, b = np.zeros(2), 0.0
    loss_history = []
    for _ in range(1000):
        dJ_dw, dJ_db = compute_gradients(w, b, X, y)
        w -= 0.1 * dJ_dw
        b -= 0.1 * dJ_db
        loss_history.append(log_loss(w, b, X, y))
    accuracy = ((predict_proba(w, b, X) > 0.5).astype(int) == y).mean()
    return w, b, np.array(loss_history), accuracy


def test_from_scratch_run_reproduces_the_lesson():
    run = core.from_scratch_run()
    w, b, history, acc = lesson_training_loop(run.dataset.X, run.dataset.y)
    np.testing.assert_allclose(run.w, w, rtol=1e-12)
    assert run.b == pytest.approx(b, rel=1e-12)
    np.testing.assert_allclose(run.loss_history, history, rtol=1e-9)
    assert run.accuracy == acc
    assert run.ws.shape == (1001, 2) and run.thetas.shape == (1001, 3)
    assert np.all(np.diff(run.loss_history) < 0)


def test_mse_slice_is_not_convex_but_log_loss_is():
    data = core.load_dataset("cats_dogs")
    s = np.linspace(-3, 3, 121)
    sl = core.loss_slice(data.X, data.y, [1.0, 1.0], s)
    second_mse = np.diff(sl.mse, 2)
    assert second_mse.min() < -1e-4 and second_mse.max() > 1e-4
    assert np.all(np.diff(sl.log_loss, 2) > -1e-12)
    # Spot value, computed directly.
    z = s[30] * data.X.sum(axis=1)
    assert sl.mse[30] == pytest.approx(np.mean((1 / (1 + np.exp(-z)) - data.y) ** 2))


def test_gradients_when_confidently_wrong():
    g = core.confidently_wrong_gradients(np.array([-20.0, -10.0, -5.0, 0.0]))
    assert g.mse[0] < 1e-8 and g.log_loss[0] > 0.999
    assert np.all(np.diff(g.log_loss) < 0)  # the more wrong, the stronger the log-loss pull
    np.testing.assert_allclose(g.mse, np.abs(core.squared_error_score_gradient(g.z, 1)))
    np.testing.assert_allclose(g.log_loss, np.abs(core.cross_entropy_score_gradient(g.z, 1)))
