"""Named data sets and chapter 0's least-squares sweep."""

import numpy as np
import pytest
from scipy.optimize import linprog

import core


def separable(X, y):
    """LP feasibility: is there theta with (2y-1) theta^T [1, x] >= 1 for all points?"""
    Xb = np.column_stack([np.ones(len(X)), X])
    s = 2 * np.asarray(y) - 1
    res = linprog(
        np.zeros(Xb.shape[1]),
        A_ub=-(s[:, None] * Xb),
        b_ub=-np.ones(len(X)),
        bounds=[(None, None)] * Xb.shape[1],
        method="highs",
    )
    return res.status == 0


@pytest.mark.parametrize("name", core.DATASET_NAMES)
def test_every_dataset_is_well_formed_and_deterministic(name):
    a, b = core.load_dataset(name), core.load_dataset(name)
    assert a.name == name
    assert a.X.dtype == np.float64 and a.y.dtype == np.int64
    assert a.X.ndim == 2 and a.y.shape == (a.X.shape[0],)
    assert set(np.unique(a.y)) == set(range(a.n_classes))
    assert np.array_equal(a.X, b.X) and np.array_equal(a.y, b.y)
    assert not a.X.flags.writeable
    if a.n_features == 2 and name != "cats_dogs":  # the lesson's data is as it is
        assert np.all(np.abs(a.X) < 4.5), "2-D sets must fit a [-4, 4] viewing box"
        counts = np.bincount(a.y)
        if name != "imbalanced":
            assert counts.min() >= 10 and counts.max() <= 60


def test_seed_changes_random_sets_only():
    assert not np.array_equal(core.load_dataset("clouds", 1).X, core.load_dataset("clouds", 2).X)
    assert np.array_equal(core.load_dataset("spam", 1).X, core.load_dataset("spam", 2).X)


def test_unknown_name_lists_known_names():
    with pytest.raises(ValueError, match="clouds_overlap"):
        core.load_dataset("dogs_and_cats")


def test_cats_dogs_is_the_lessons_legacy_generation():
    saved = np.random.get_state()
    try:
        np.random.seed(0)  # the lesson's code, verbatim
        n_per_class = 50
        class0 = np.random.randn(n_per_class, 2) + np.array([-2, -2])
        class1 = np.random.randn(n_per_class, 2) + np.array([2, 2])
        X = np.vstack([class0, class1])
        y = np.array([0] * n_per_class + [1] * n_per_class)
    finally:
        np.random.set_state(saved)
    data = core.load_dataset("cats_dogs")
    assert np.array_equal(data.X, X) and np.array_equal(data.y, y)
    # Loading must not disturb numpy's global random state.
    before = np.random.get_state()[1].copy()
    core.load_dataset("cats_dogs")
    assert np.array_equal(np.random.get_state()[1], before)


def test_separability_of_the_designed_sets():
    for name in ("clouds_separated", "perceptron_separable", "cats_dogs", "three_classes"):
        data = core.load_dataset(name)
        if data.n_classes == 2:
            assert separable(data.X, data.y), name
    for name in ("clouds", "clouds_overlap", "perceptron_overlap", "xor", "rings"):
        data = core.load_dataset(name)
        assert not separable(data.X, data.y), name


def test_imbalanced_is_99_to_1():
    assert np.bincount(core.load_dataset("imbalanced").y).tolist() == [99, 1]


def test_sweep_matches_polyfit_at_every_position():
    sweep = core.spam_sweep(n_positions=25)
    data = core.load_dataset("spam")
    for k, p in enumerate(sweep.positions):
        x = data.X[:, 0].copy()
        x[data.far_index] = p
        slope, intercept = np.polyfit(x, data.y, 1)
        assert sweep.slopes[k] == pytest.approx(slope, rel=1e-10)
        assert sweep.intercepts[k] == pytest.approx(intercept, rel=1e-10, abs=1e-12)
        assert sweep.far_values[k] == pytest.approx(intercept + slope * p, rel=1e-10)
        assert intercept + slope * sweep.crossings[k] == pytest.approx(0.5)
        wrong = ((intercept + slope * x) >= 0.5).astype(int) != data.y
        assert sweep.fitted[k] == pytest.approx(np.polyval([slope, intercept], x), rel=1e-10,
                                                abs=1e-12)
        assert np.array_equal(sweep.misclassified[k], wrong)


def test_spam_sweep_shows_the_pathology():
    sweep = core.spam_sweep()
    assert sweep.positions.shape == (100,)
    assert sweep.positions[0] == core.load_dataset("spam").X[-1, 0]
    assert sweep.n_misclassified[0] == 0
    assert sweep.n_misclassified[-1] >= 2
    assert np.all(np.diff(sweep.n_misclassified) >= 0)
    assert np.all(sweep.far_values > 1)
    assert np.all(np.diff(sweep.crossings) > 0)  # the 0.5 crossing is dragged right


def test_the_first_line_dips_below_zero_at_the_quietest_email():
    """Chapter 0's "no floor": before the drag the line predicts less than 0 somewhere."""
    sweep = core.spam_sweep(n_positions=5)
    quietest = int(np.argmin(sweep.X[0]))
    assert sweep.fitted[0, quietest] < 0
    assert sweep.fitted[-1, sweep.far_index] > 1


def test_logistic_sweep_matches_sklearn_and_holds_its_crossing():
    from sklearn.linear_model import LogisticRegression

    sweep = core.spam_sweep(n_positions=7, end=28.0)
    fits = core.logistic_sweep(sweep, l2=0.05)
    for k in (0, 3, 6):
        # core's penalty l2 * ||w||^2 is scikit-learn's C = 1 / (2 l2).
        model = LogisticRegression(C=1 / (2 * 0.05), tol=1e-12, max_iter=10_000)
        model.fit(sweep.X[k][:, None], sweep.y)
        assert fits.thetas[k, 0] == pytest.approx(model.intercept_[0], rel=1e-5)
        assert fits.thetas[k, 1] == pytest.approx(model.coef_[0, 0], rel=1e-5)
        assert fits.crossings[k] == pytest.approx(-model.intercept_[0] / model.coef_[0, 0],
                                                  rel=1e-5)
        far = model.predict_proba(sweep.X[k][:, None])[sweep.far_index, 1]
        assert fits.far_probs[k] == pytest.approx(far, rel=1e-6)
    # The far email no longer matters: the S's crossing moves by less than 1e-4 while the
    # least-squares crossing slides by more than one unit.
    assert np.ptp(fits.crossings) < 1e-4
    assert np.ptp(sweep.crossings) > 1
    assert not fits.misclassified.any()


def test_flat_line_has_no_crossing():
    sweep = core.least_squares_sweep([[0.0], [1.0], [2.0], [3.0]], [0, 1, 1, 0], 3, [3.0])
    assert sweep.slopes[0] == 0.0  # symmetric labels: the fitted line is flat at 0.5
    assert np.isnan(sweep.crossings[0])
    assert sweep.n_misclassified[0] == 2  # 0.5 >= 0.5 calls every point class 1


def test_far_email_pulls_the_line_but_not_the_s():
    """Chapter 4: chapter 0's far email through both update rules. The line from numpy's
    polyfit, the S from scikit-learn (C = 1 / (2 l2), bias unpenalised)."""
    from sklearn.linear_model import LogisticRegression

    p = core.far_email_pulls()
    data = core.load_dataset("spam")
    x = data.X[:, 0].copy()
    x[data.far_index] = core.least_squares.FAR_EMAIL_END
    np.testing.assert_array_equal(p.x, x)
    slope, intercept = np.polyfit(x, data.y, 1)
    assert (p.line_slope, p.line_intercept) == pytest.approx((slope, intercept))
    far = x[data.far_index]
    assert p.line_h == pytest.approx(intercept + slope * far)
    assert p.line_h == pytest.approx(1.44, abs=0.005)  # chapter 0's readout
    assert p.line_error == pytest.approx(1 - p.line_h)
    assert p.line_pull == pytest.approx((1 - p.line_h) * far)
    clf = LogisticRegression(C=1 / (2 * core.least_squares.SIGMOID_FIX_L2), tol=1e-12,
                             max_iter=10_000).fit(x.reshape(-1, 1), data.y)
    theta = np.r_[clf.intercept_, clf.coef_.ravel()]
    np.testing.assert_allclose(p.theta_s, theta, rtol=1e-4, atol=1e-5)
    assert p.s_h == pytest.approx(clf.predict_proba([[far]])[0, 1], abs=1e-9)
    assert 0 <= p.s_error < 1e-3 and abs(p.s_pull) < 0.01
    assert p.line_pull < -10


def test_held_line_far_errors_against_numpy_polyfit():
    sweep = core.spam_sweep(n_positions=9, end=28.0)
    errors = core.held_line_far_errors(sweep, held=0)
    # The line fitted with the far email at its start, by numpy's own least squares.
    slope, intercept = np.polyfit(sweep.X[0], sweep.y, 1)
    expected = (intercept + slope * sweep.positions - 1.0) ** 2
    np.testing.assert_allclose(errors, expected, rtol=1e-9)
    # Held still, the far square grows more than thirtyfold; refitted, it stays far smaller.
    refitted = (sweep.far_values - 1.0) ** 2
    assert errors[0] == pytest.approx(refitted[0])
    assert errors[-1] > 30 * errors[0]
    assert refitted[-1] < errors[-1] / 20
    with pytest.raises(ValueError):
        core.held_line_far_errors(sweep, held=9)
