"""Building blocks: sigmoid, logit, softmax, and their stability."""

import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import core

FINITE = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
MODERATE = st.floats(min_value=-30, max_value=30, allow_nan=False)
PROPS = settings(max_examples=100, deadline=None)


def naive_sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


@pytest.mark.parametrize(("z", "printed"), core.COURSE_SIGMOID_CHECKS)
def test_sigmoid_matches_course_checks(z, printed):
    # The course prints 0.993 and 0.0067: agree to the printed digits.
    digits = len(str(printed).split(".")[1])
    assert round(float(core.sigmoid(z)), digits) == printed
    assert core.sigmoid(z) == pytest.approx(naive_sigmoid(z), rel=1e-14)


def test_sigmoid_derivative_matches_central_difference():
    z = np.linspace(-8, 8, 33)
    eps = 1e-6
    numeric = (core.sigmoid(z + eps) - core.sigmoid(z - eps)) / (2 * eps)
    # Differences of g near 1 lose about 1e-10 absolute to rounding.
    np.testing.assert_allclose(core.sigmoid_derivative(z), numeric, rtol=1e-6, atol=1e-9)
    assert core.sigmoid_derivative(0.0) == 0.25


def test_derivative_steps_agree_line_by_line():
    z = np.linspace(-40, 40, 81)
    steps = core.sigmoid_derivative_steps(z)
    direct = np.exp(-z) / (1 + np.exp(-z)) ** 2  # the chain-rule line, naively
    np.testing.assert_allclose(steps.chain_rule, direct, rtol=1e-12)
    np.testing.assert_allclose(steps.split_right, np.exp(-z) / (1 + np.exp(-z)), rtol=1e-12)
    np.testing.assert_allclose(steps.g, [naive_sigmoid(v) for v in z], rtol=1e-15)
    np.testing.assert_allclose(steps.split_product, steps.chain_rule, rtol=1e-12)
    np.testing.assert_allclose(steps.identity, steps.chain_rule, rtol=1e-6, atol=1e-17)


def test_the_exponential_inside_the_sigmoid_at_the_course_checks():
    import math

    steps = core.sigmoid_derivative_steps(np.array([0.0, 5.0, -5.0]))
    assert steps.exp_neg.tolist() == pytest.approx([1.0, math.exp(-5), math.exp(5)],
                                                   rel=1e-15)
    assert round(float(steps.exp_neg[2])) == 148  # "about one hundred and forty eight"
    np.testing.assert_allclose(1 / (1 + steps.exp_neg), steps.g, rtol=1e-15)


def test_gradient_derivation_steps_collapse_to_error_times_x():
    theta, x = np.array([0.3, -0.7]), np.array([1.0, 2.0])
    for y in (0, 1):
        steps = core.gradient_derivation_steps(theta, x, y)
        g = naive_sigmoid(theta @ x)
        np.testing.assert_allclose(steps.gradient_uncancelled, (y - g) * x, rtol=1e-12)
        assert steps.after_cancel == pytest.approx(y - g, rel=1e-12)
        np.testing.assert_allclose(steps.gradient, (y - g) * x, rtol=1e-12)


def test_log_odds_inverts_sigmoid_and_odds_match_course():
    assert core.odds(0.75) == pytest.approx(3.0)  # "3-to-1 odds means h = 0.75"
    z = np.linspace(-20, 20, 41)
    np.testing.assert_allclose(core.log_odds(core.sigmoid(z)), z, atol=1e-8)


def test_softmax_two_classes_equals_sigmoid():
    rng = np.random.default_rng(5)
    logits = rng.normal(scale=4, size=(50, 2))
    p_softmax, p_sigmoid = core.two_class_reduction(logits)
    independent = [naive_sigmoid(b - a) for a, b in logits]
    np.testing.assert_allclose(p_softmax, independent, rtol=1e-12)
    np.testing.assert_allclose(p_sigmoid, independent, rtol=1e-12)


def test_course_softmax_example():
    e = [math.exp(t) for t in core.COURSE_LOGITS]
    expected = [v / sum(e) for v in e]
    np.testing.assert_allclose(core.class_probabilities(core.COURSE_LOGITS), expected, rtol=1e-14)
    np.testing.assert_allclose(
        np.round(expected, 3), np.round(core.class_probabilities([2, 1, 0]), 3)
    )


def test_extreme_scores_are_finite_without_warnings():
    z = np.array([-1000.0, -800.0, 0.0, 800.0, 1000.0])
    y = np.array([1, 0, 1, 1, 0])
    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")
        values = [
            core.sigmoid(z),
            core.log_sigmoid(z),
            core.sigmoid_derivative(z),
            core.cross_entropy_from_scores(z, y),
            core.cross_entropy_score_gradient(z, y),
            core.squared_error_score_gradient(z, y),
            core.softmax(np.stack([z, -z, 0 * z], axis=1)),
            core.softmax_cross_entropy(np.stack([z, -z, 0 * z], axis=1), [0, 1, 2, 0, 1]),
            core.log_likelihood_gradient([0.0, 1.0], z[:, None], y),
            core.log_likelihood_hessian([0.0, 1.0], z[:, None], y),
            np.array(core.log_likelihood([0.0, 1.0], z[:, None], y)),
        ]
    for v in values:
        assert np.all(np.isfinite(v))
    loss = core.cross_entropy_from_scores(z, y)
    np.testing.assert_allclose(loss, [1000.0, 0.0, math.log(2), 0.0, 1000.0], rtol=1e-12)


@PROPS
@given(FINITE)
def test_sigmoid_in_unit_interval_and_symmetric(z):
    g = core.sigmoid(z)
    assert 0.0 <= g <= 1.0
    assert core.sigmoid(-z) == pytest.approx(1.0 - g, abs=1e-15)


@PROPS
@given(arrays(np.float64, st.integers(2, 30), elements=FINITE))
def test_sigmoid_is_monotone(z):
    z = np.sort(z)
    assert np.all(np.diff(core.sigmoid(z)) >= 0)
    assert np.all(np.diff(core.log_sigmoid(z)) >= 0)


@PROPS
@given(MODERATE)
def test_derivative_identity_and_bound(z):
    # e^-z / (1 + e^-z)^2 is accurate here, unlike g * (1 - g) in floats.
    expected = math.exp(-z) / (1 + math.exp(-z)) ** 2
    assert core.sigmoid_derivative(z) == pytest.approx(expected, rel=1e-12)
    assert 0.0 <= core.sigmoid_derivative(z) <= 0.25


@PROPS
@given(st.floats(min_value=-15, max_value=15, allow_nan=False))
def test_logit_inverts_sigmoid(z):
    # Beyond |z| ~ 15 the float g itself no longer determines z to 1e-6.
    assert core.logit(core.sigmoid(z)) == pytest.approx(z, abs=1e-6)


@PROPS
@given(
    arrays(np.float64, st.integers(1, 8), elements=st.floats(-500, 500)),
    st.floats(-1e3, 1e3),
)
def test_softmax_is_a_distribution_invariant_to_shifts(t, c):
    phi = core.softmax(t)
    assert np.all(phi >= 0)
    assert phi.sum() == pytest.approx(1.0, abs=1e-12)
    np.testing.assert_allclose(core.softmax(t + c), phi, rtol=1e-9, atol=1e-12)
    order = np.argsort(t, kind="stable")
    assert np.all(np.diff(phi[order]) >= 0)  # a larger logit never gets less


@PROPS
@given(FINITE, st.sampled_from([0, 1]))
def test_cross_entropy_from_scores_is_non_negative_and_finite(z, y):
    loss = core.cross_entropy_from_scores(z, y)
    assert np.isfinite(loss) and loss >= 0
    # Label symmetry: CE(z, 1) == CE(-z, 0).
    assert core.cross_entropy_from_scores(-z, 1 - y) == pytest.approx(loss, rel=1e-12)


def test_add_bias_puts_ones_first():
    X = np.arange(6.0).reshape(3, 2)
    np.testing.assert_array_equal(core.add_bias(X), [[1, 0, 1], [1, 2, 3], [1, 4, 5]])
    assert np.array_equal(core.step([-1e-9, 0.0, 2.0]), [0, 1, 1])


@pytest.mark.parametrize("scale", [0.05, 1.0, 4.0])
def test_rise_width_is_where_the_scaled_sigmoid_crosses_its_levels(scale: float) -> None:
    """Checked by root-finding g(s z) = level, independently of the logit."""
    from scipy.optimize import brentq

    crossings = [brentq(lambda z, lv=level: float(core.sigmoid(scale * z)) - lv, -1e3, 1e3,
                        xtol=1e-12) for level in (0.1, 0.9)]
    assert core.rise_width(scale) == pytest.approx(crossings[1] - crossings[0], rel=1e-9)
    assert core.rise_width(scale) == pytest.approx(2 * math.log(9) / scale)


def test_rise_width_rejects_bad_levels_and_scales() -> None:
    with pytest.raises(ValueError, match="low < high"):
        core.rise_width(1.0, low=0.9, high=0.1)
    with pytest.raises(ValueError, match="positive"):
        core.rise_width(0.0)
