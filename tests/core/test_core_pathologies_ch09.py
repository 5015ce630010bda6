"""Chapter 9 additions to core.pathologies: the quadratic-feature score behind the curved
boundary."""

import numpy as np
import pytest
from scipy import special

from core import grid_centres
from core.pathologies import (
    feature_comparison,
    level_curve,
    lift_height,
    lifted_cut,
    own_class_probability,
    per_decade_growth,
    quadratic_probability_field,
    quadratic_score,
    weight_growth,
)


def test_quadratic_score_is_the_conic_written_out():
    theta = np.array([0.5, -1.0, 2.0, 0.25, -3.0, 1.5])
    X = np.array([[0.0, 0.0], [1.0, -2.0], [-0.5, 3.0]])
    by_hand = [
        theta[0] + theta[1] * a + theta[2] * b + theta[3] * a * a + theta[4] * a * b
        + theta[5] * b * b
        for a, b in X
    ]
    np.testing.assert_allclose(quadratic_score(theta, X), by_hand)


def test_quadratic_score_is_the_logit_of_the_field():
    theta = feature_comparison("rings").theta_quadratic
    x1, x2 = grid_centres((-3, 3), (-2, 2), (4, 6))
    field = quadratic_probability_field(theta, (-3, 3), (-2, 2), (4, 6))
    row, col = 1, 4  # row 0 is the top of the box
    score = quadratic_score(theta, [[x1[col], x2[row]]])[0]
    assert special.expit(score) == pytest.approx(field[row, col])


@pytest.mark.parametrize("name", ["xor", "rings"])
def test_the_sign_of_the_score_gives_the_fits_accuracy(name):
    comp = feature_comparison(name)
    predicted = quadratic_score(comp.theta_quadratic, comp.dataset.X) >= 0
    assert np.mean(predicted == (comp.dataset.y == 1)) == comp.accuracy_quadratic


def test_quadratic_score_checks_its_input():
    with pytest.raises(ValueError, match="shape"):
        quadratic_score(np.zeros(5), [[0.0, 0.0]])
    with pytest.raises(ValueError, match="2 feature columns"):
        quadratic_score(np.zeros(6), [[0.0, 0.0, 1.0]])


# --- per-decade growth of |theta| on separable data ----------------------------------------------


def test_per_decade_growth_reads_the_norms_at_each_power_of_ten():
    norms = np.log10(np.arange(1, 1002, dtype=float)) ** 2  # |theta| = (log10 step)^2 at step-1
    growth = per_decade_growth(np.concatenate([[0.0], norms]), (1, 10, 100, 1000))
    np.testing.assert_allclose(growth, [1.0, 3.0, 5.0])  # (k+1)^2 - k^2


def test_on_separable_data_every_decade_adds_more_than_the_last():
    """What chapter 9 says: |theta| never stops growing, and on a log axis it bends upward."""
    growth = per_decade_growth(weight_growth(n_steps=10_000).plain.theta_norm)
    assert np.all(growth[1:] > 0)
    assert np.all(np.diff(growth[1:]) > 0)
    penalised = per_decade_growth(weight_growth(n_steps=10_000).regularised.theta_norm)
    assert np.all(np.abs(penalised[2:]) < 0.01)  # the penalised run has stopped


def test_per_decade_growth_checks_its_steps():
    with pytest.raises(ValueError, match="increasing"):
        per_decade_growth(np.zeros(20), (10, 1))
    with pytest.raises(ValueError, match="lie in"):
        per_decade_growth(np.zeros(20), (1, 10, 100))


# --- lifting XOR and the rings into 3-D ----------------------------------------------------------


def test_lift_heights_are_the_product_and_the_squared_radius():
    X = np.array([[2.0, -3.0], [0.5, 0.5]])
    np.testing.assert_allclose(lift_height(X, "product"), [-6.0, 0.25])
    np.testing.assert_allclose(lift_height(X, "radius"), [13.0, 0.5])
    with pytest.raises(ValueError, match="lift"):
        lift_height(X, "cube")


@pytest.mark.parametrize("name", ["xor", "rings"])
def test_a_level_sheet_separates_the_lifted_points(name):
    cut = lifted_cut(name)
    X, y = cut.dataset.X, cut.dataset.y
    assert cut.accuracy == 1.0
    # The sheet is where the fit says one half; class 1 lies below it for both sets
    # (XOR's class 1 has x1 x2 < 0, the rings' class 1 is the inner disc).
    assert special.expit(cut.theta[0] + cut.theta[1] * cut.level) == pytest.approx(0.5)
    assert np.all(cut.heights[y == 1] < cut.level) and np.all(cut.heights[y == 0] > cut.level)
    np.testing.assert_allclose(cut.heights, lift_height(X, cut.lift))


@pytest.mark.parametrize("name", ["xor", "rings"])
def test_the_level_fit_matches_scikit_learn(name):
    """The same penalised fit: core's lambda on the summed log-likelihood is sklearn's
    1 / (2 C), and neither penalises the intercept."""
    linear_model = pytest.importorskip("sklearn.linear_model")
    cut = lifted_cut(name, l2=0.05)
    model = linear_model.LogisticRegression(C=1 / (2 * 0.05), tol=1e-10, max_iter=10_000)
    model.fit(cut.heights[:, None], cut.dataset.y)
    assert cut.theta[0] == pytest.approx(model.intercept_[0], rel=1e-3)
    assert cut.theta[1] == pytest.approx(model.coef_[0, 0], rel=1e-3)


@pytest.mark.parametrize("lift, level", [("product", 0.3), ("product", -0.05), ("radius", 4.0)])
def test_level_curve_lies_on_the_sheet_and_inside_the_box(lift, level):
    box = ((-3.6, 3.6), (-3.6, 3.6))
    curves = level_curve(lift, level, *box)
    assert len(curves) == (1 if lift == "radius" else 2)
    for points in curves:
        np.testing.assert_allclose(lift_height(points, lift), level, atol=1e-9)
        assert np.all(np.abs(points) <= 3.6 + 1e-9)
    if lift == "product":  # the two branches sit in opposite quadrants
        signs = {tuple(np.sign(p[len(p) // 2])) for p in curves}
        assert signs == ({(1, 1), (-1, -1)} if level > 0 else {(1, -1), (-1, 1)})
        for points in curves:  # and reach the edge of the box at both ends
            assert np.max(np.abs(points[[0, -1]]), axis=1) == pytest.approx([3.6, 3.6])


def test_level_curve_of_a_bowl_below_its_bottom_is_empty():
    assert level_curve("radius", -1.0, (-1, 1), (-1, 1)) == []


def test_class_weighted_fit_matches_scikit_learn():
    """The plain and the up-weighted fit are scikit-learn's LogisticRegression (test-only
    oracle) with the same C and class weights: same weights, same flagged emails."""
    from sklearn.linear_model import LogisticRegression

    from core.pathologies import class_weighted_fit

    fit = class_weighted_fit()
    data = fit.dataset
    assert fit.weight == 99.0
    for w, theta, flagged in ((1.0, fit.theta_plain, fit.flagged_plain),
                              (fit.weight, fit.theta_weighted, fit.flagged_weighted)):
        model = LogisticRegression(C=1.0, class_weight={0: 1.0, 1: w}, tol=1e-12,
                                   max_iter=10_000).fit(data.X, data.y)
        np.testing.assert_allclose(theta, [model.intercept_[0], *model.coef_[0]], atol=1e-5)
        np.testing.assert_array_equal(flagged, np.flatnonzero(model.predict(data.X)))


def test_up_weighting_the_spam_raises_recall():
    from core.pathologies import class_weighted_fit

    fit = class_weighted_fit()
    # Unweighted, the fit says "not spam" to every email, like the lazy model.
    assert fit.plain.tp == fit.plain.fp == 0 and fit.plain.recall == 0.0
    # Weighted, it flags the spam and a few others: recall rises, precision is TP / flagged.
    assert fit.weighted.tp == 1 and fit.weighted.recall == 1.0
    assert 0 < fit.weighted.fp < 10
    assert fit.weighted.precision == pytest.approx(1 / (1 + fit.weighted.fp))
    assert fit.flagged_weighted.size == fit.weighted.tp + fit.weighted.fp
    assert fit.weighted.accuracy == pytest.approx((100 - fit.weighted.fp) / 100)


def test_weighted_fit_rejects_bad_weights():
    from core.pathologies import weighted_logistic_fit

    with pytest.raises(ValueError):
        weighted_logistic_fit([[0.0, 1.0], [1.0, 0.0]], [0, 1], [1.0, -1.0])


def test_least_sure_point_is_the_smallest_probability_of_the_own_class():
    from core.pathologies import least_sure_point

    rng = np.random.default_rng(3)
    X = rng.normal(size=(30, 2))
    y = (X[:, 0] + 0.3 * rng.normal(size=30) > 0).astype(int)
    theta = np.array([0.2, 1.5, -0.4])
    # By hand, point by point: h for class 1, 1 - h for class 0.
    own = []
    for x, label in zip(X, y, strict=True):
        h = 1.0 / (1.0 + np.exp(-(theta[0] + theta[1:] @ x)))
        own.append(h if label == 1 else 1.0 - h)
    index, p = least_sure_point(theta, X, y)
    assert index == int(np.argmin(own))
    assert p == pytest.approx(min(own), rel=1e-12)


def test_stretching_a_perfect_splitter_makes_every_point_surer():
    """On separable data, c theta raises every point's own-class probability, the least sure
    one included, toward 1 without reaching it."""
    from core.pathologies import least_sure_point

    growth = weight_growth(n_steps=100)
    data = growth.dataset
    theta = growth.plain.thetas[-1]
    unit = theta / np.linalg.norm(theta)
    sure = [least_sure_point(c * unit, data.X, data.y)[1] for c in (1.0, 2.0, 4.0, 8.0)]
    assert np.all(np.diff(sure) > 0) and sure[-1] < 1.0
    assert len({least_sure_point(c * unit, data.X, data.y)[0] for c in (1.0, 4.0)}) == 1


def test_penalised_stretch_peak_is_where_the_penalised_likelihood_stops_rising():
    from core.pathologies import penalised_stretch_peak

    growth = weight_growth(n_steps=10_000)
    data, l2 = growth.dataset, growth.regularised.l2
    unit = growth.plain.thetas[-1] / np.linalg.norm(growth.plain.thetas[-1])
    Xb = np.column_stack([np.ones(len(data.y)), data.X])

    def penalised(c):  # written out: sum of log-probabilities of the labels, minus the penalty
        score = Xb @ (c * unit)
        own = np.where(data.y == 1, score, -score)
        return float(np.sum(-np.logaddexp(0.0, -own)) - l2 * c * c * np.sum(unit[1:] ** 2))

    best = penalised_stretch_peak(unit, data.X, data.y, l2)
    assert 0.5 < best < 3.0
    h = 1e-5
    slope = (penalised(best + h) - penalised(best - h)) / (2 * h)
    assert abs(slope) < 1e-4
    assert penalised(best) > penalised(best - 0.2) and penalised(best) > penalised(best + 0.2)
    # Without the penalty the likelihood is still rising there (no finite best).
    rising = (penalised(best + h) + l2 * (best + h) ** 2 * np.sum(unit[1:] ** 2)
              - penalised(best - h) - l2 * (best - h) ** 2 * np.sum(unit[1:] ** 2)) / (2 * h)
    assert rising > 1.0
    with pytest.raises(ValueError):
        penalised_stretch_peak(unit, data.X, data.y, 0.0)


def test_own_class_probability_is_h_for_class_one_and_one_minus_h_for_class_zero():
    X = np.array([[0.0, 1.0], [2.0, -1.0], [-1.0, 0.5]])
    y = np.array([1, 0, 0])
    theta = np.array([0.3, -1.2, 0.7])
    h = 1 / (1 + np.exp(-(0.3 - 1.2 * X[:, 0] + 0.7 * X[:, 1])))  # written out
    np.testing.assert_allclose(own_class_probability(theta, X, y), [h[0], 1 - h[1], 1 - h[2]])
