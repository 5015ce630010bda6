"""Chapters 1-3: sigmoid curves, the derivative derivation, penalty curves.

Each function returns the numbers a scene plots, so that no scene evaluates
a formula inline.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from core._validation import check_finite_array, check_labels, check_n_steps

__all__ = [
    "COURSE_PENALTY_CHECKS",
    "COURSE_SIGMOID_CHECKS",
    "DerivativeSteps",
    "GradientSteps",
    "PenaltyCurves",
    "gradient_derivation_steps",
    "penalty_curves",
    "sigmoid_curves",
    "sigmoid_derivative_steps",
]

#: Chapter 1's sanity checks, rounded as printed: (z, g(z)).
COURSE_SIGMOID_CHECKS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (5.0, 0.993), (-5.0, 0.0067))

#: Chapter 3's check values, rounded as printed: (h, -log h), the y = 1 branch.
COURSE_PENALTY_CHECKS: tuple[tuple[float, float], ...] = (
    (0.99, 0.01),
    (0.5, 0.69),
    (0.01, 4.61),
    (0.0001, 9.21),
)


def sigmoid_curves(z, weight_scales) -> np.ndarray:
    """g(s * z) for each weight scale s: steeper for big s, flat 0.5 at s = 0.

    Parameters
    ----------
    z : array-like of shape (n_points,)
        Inputs on the horizontal axis.
    weight_scales : array-like of shape (n_scales,)

    Returns
    -------
    curves : ndarray of shape (n_scales, n_points)
        ``curves[i, j] = g(weight_scales[i] * z[j])``.
    """
    z = check_finite_array(z, "z", ndim=1)
    scales = check_finite_array(weight_scales, "weight_scales", ndim=1)
    return special.expit(scales[:, None] * z[None, :])


@dataclass(frozen=True, eq=False)
class DerivativeSteps:
    """Each line of chapter 1's derivation of g'(z), evaluated at ``z``.

    All arrays have the shape of ``z``; every line equals the next.

    Attributes
    ----------
    z : ndarray
    g : ndarray
        g(z) = 1 / (1 + e^-z).
    exp_neg : ndarray
        e^-z, the exponential inside g (1 at z = 0, about 148 at z = -5); ``inf`` past
        z = -709, where float64 ends.
    chain_rule : ndarray
        -(1 + e^-z)^-2 * (-e^-z) = e^-z / (1 + e^-z)^2.
    split_left : ndarray
        1 / (1 + e^-z), the first factor after splitting the fraction.
    split_right : ndarray
        e^-z / (1 + e^-z), the second factor, which is 1 - g(z).
    split_product : ndarray
        split_left * split_right.
    identity : ndarray
        g(z) (1 - g(z)), with 1 - g(z) evaluated as g(-z) to keep its digits.
    """

    z: np.ndarray
    g: np.ndarray
    exp_neg: np.ndarray
    chain_rule: np.ndarray
    split_left: np.ndarray
    split_right: np.ndarray
    split_product: np.ndarray
    identity: np.ndarray


def sigmoid_derivative_steps(z) -> DerivativeSteps:
    """Evaluate every line of the derivation g'(z) = g(z)(1 - g(z)).

    The chain-rule line is computed in log space,
    exp(-z - 2 log(1 + e^-z)), so it is finite for every finite z.

    Parameters
    ----------
    z : array-like of any shape

    Returns
    -------
    steps : DerivativeSteps
    """
    z = check_finite_array(z, "z")
    g = special.expit(z)
    with np.errstate(under="ignore"):
        chain_rule = np.exp(-z - 2.0 * np.logaddexp(0.0, -z))
    split_left = special.expit(z)
    split_right = special.expit(-z)
    with np.errstate(over="ignore"):
        exp_neg = np.exp(-z)
    return DerivativeSteps(
        z=z,
        g=g,
        exp_neg=exp_neg,
        chain_rule=chain_rule,
        split_left=split_left,
        split_right=split_right,
        split_product=split_left * split_right,
        identity=g * special.expit(-z),  # 1 - g without cancellation
    )


@dataclass(frozen=True, eq=False)
class GradientSteps:
    """Each line of chapter 4's derivation of d l / d theta_j for one example.

    Attributes
    ----------
    g : float
        g(theta^T x).
    log_derivative : float
        y / g - (1 - y) / (1 - g), the derivative of the log terms.
    sigmoid_slope : float
        g (1 - g), chapter 1's identity.
    after_cancel : float
        y (1 - g) - (1 - y) g, once g(1 - g) cancels the denominators.
    error : float
        y - g, after expanding.
    gradient : ndarray of shape (n_dof,)
        (y - g) x, the final gradient.
    gradient_uncancelled : ndarray of shape (n_dof,)
        log_derivative * sigmoid_slope * x, the middle line before cancelling.
    """

    g: float
    log_derivative: float
    sigmoid_slope: float
    after_cancel: float
    error: float
    gradient: np.ndarray
    gradient_uncancelled: np.ndarray


def gradient_derivation_steps(theta, x, y) -> GradientSteps:
    """Evaluate the lines of chapter 4's gradient derivation for one example.

    Parameters
    ----------
    theta : array-like of shape (n_dof,)
    x : array-like of shape (n_dof,)
        One design row, bias feature included (e.g. ``(1, 2)``).
    y : int
        Label, 0 or 1.

    Returns
    -------
    steps : GradientSteps
        ``log_derivative`` is infinite only if g rounds to exactly 0 or 1
        (scores beyond about +-37), which the derivation itself would do too.
    """
    x = check_finite_array(x, "x", ndim=1)
    theta = check_finite_array(theta, "theta", ndim=1)
    if theta.shape != x.shape:
        raise ValueError(f"theta and x must have the same shape; got {theta.shape} and {x.shape}")
    y = int(check_labels(np.atleast_1d(y), n_classes=2)[0])
    z = float(theta @ x)
    g = float(special.expit(z))
    with np.errstate(divide="ignore"):
        log_derivative = float(np.float64(y) / g - np.float64(1 - y) / (1.0 - g))
    slope = float(special.expit(z) * special.expit(-z))
    return GradientSteps(
        g=g,
        log_derivative=log_derivative,
        sigmoid_slope=slope,
        after_cancel=y * (1.0 - g) - (1 - y) * g,
        error=y - g,
        gradient=(y - g) * x,
        gradient_uncancelled=log_derivative * slope * x,
    )


@dataclass(frozen=True, eq=False)
class PenaltyCurves:
    """Chapter 3's cross-entropy penalty as a function of the prediction.

    Attributes
    ----------
    h : ndarray of shape (n_points,)
        Predicted P(y = 1), strictly inside (0, 1).
    loss_y1 : ndarray of shape (n_points,)
        -log h, the penalty when the true label is 1.
    loss_y0 : ndarray of shape (n_points,)
        -log(1 - h), the penalty when the true label is 0.
    """

    h: np.ndarray
    loss_y1: np.ndarray
    loss_y0: np.ndarray


def penalty_curves(n_points: int = 200, h_min: float = 1e-4) -> PenaltyCurves:
    """Both branches of the cross-entropy on h in [h_min, 1 - h_min].

    The grid is uniform in the logit, so it is dense near 0 and 1 where the
    curves shoot up, and the losses are computed from those logits (exact
    even where ``1 - h`` would lose digits).

    Parameters
    ----------
    n_points : int, default=200
    h_min : float, default=1e-4
        Smallest probability shown; the y = 1 curve reaches -log(h_min).

    Returns
    -------
    curves : PenaltyCurves
    """
    n_points = check_n_steps(n_points, "n_points", minimum=2)
    h_min = float(check_finite_array(h_min, "h_min"))
    if not 0 < h_min < 0.5:
        raise ValueError(f"h_min must lie in (0, 0.5); got {h_min}")
    z_max = -special.logit(h_min)
    z = np.linspace(-z_max, z_max, n_points)
    return PenaltyCurves(
        h=special.expit(z),
        loss_y1=-special.log_expit(z),
        loss_y0=-special.log_expit(-z),
    )
