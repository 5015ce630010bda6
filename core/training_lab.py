"""Chapter 5's pictures beside the runs themselves: the probability band, the points that
still pull, a fixed log-likelihood scale, and a contour map of the log-likelihood.

* The **90 % band**: the lines where h = 0.1 and h = 0.9, theta^T x = -+logit(0.9). Across
  it the shading goes from sure-blue to sure-orange; its width 2 logit(0.9) / |w| (w the
  weights without the bias) shrinks as the weights grow, so a narrowing band is the
  sharpening field.
* A **contour map** of l(theta) over (w1, w2) with the bias held fixed: l is concave, so
  along every ray from the slice's maximum it only falls, and each level curve is found by
  bisection along a fan of rays (a closed curve, one point per ray).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core._validation import check_finite_array, check_theta, check_X_y
from core.functions import _add_bias, logit, sigmoid
from core.losses import _cross_entropy

__all__ = [
    "BAND_PROBABILITY",
    "LikelihoodMap",
    "band_width",
    "class_pulls",
    "likelihood_contour",
    "likelihood_map",
    "log_likelihood_floor",
    "point_at_probability",
    "pull_extremes",
    "wrong_side",
]

#: The band is drawn between h = 1 - BAND_PROBABILITY and h = BAND_PROBABILITY.
BAND_PROBABILITY = 0.9


def band_width(theta, p: float = BAND_PROBABILITY) -> float:
    """Width, in feature units, of the strip where 1 - p < h < p.

    Parameters
    ----------
    theta : array-like of shape (3,)
        Weights, bias first.
    p : float in (0.5, 1)

    Returns
    -------
    width : float
        2 logit(p) / |(theta1, theta2)|; infinite when theta1 = theta2 = 0.
    """
    theta = check_theta(theta, 3)
    if not 0.5 < p < 1:
        raise ValueError(f"p must lie in (0.5, 1), got {p}")
    norm = float(np.linalg.norm(theta[1:]))
    return np.inf if norm == 0 else 2.0 * float(logit(p)) / norm


def point_at_probability(theta, p: float, along: float = 0.0) -> np.ndarray:
    """The point where h = ``p``: on the normal through the boundary's point nearest the
    origin, at the signed distance logit(p) / |w|, then moved ``along`` the boundary.

    Parameters
    ----------
    theta : array-like of shape (3,)
        Weights, bias first; theta1 and theta2 not both 0.
    p : float in (0, 1)
    along : float
        Feature units along the boundary's direction (-theta2, theta1) / |w|.

    Returns
    -------
    x : ndarray of shape (2,)
        With h(x) = g(theta0 + theta1 x1 + theta2 x2) = p.
    """
    theta = check_theta(theta, 3)
    if not 0.0 < p < 1.0:
        raise ValueError(f"p must lie in (0, 1), got {p}")
    w = theta[1:]
    norm = float(np.linalg.norm(w))
    if norm == 0:
        raise ValueError("theta1 = theta2 = 0: h is the same everywhere")
    unit = w / norm
    foot = -theta[0] * unit / norm
    return foot + float(logit(p)) / norm * unit + along * np.array([-unit[1], unit[0]])


def pull_extremes(pulls) -> tuple[int, int]:
    """The quietest and the loudest point: smallest and largest |y - h|.

    Parameters
    ----------
    pulls : array-like of shape (n_samples,)
        Each point's y - h.

    Returns
    -------
    quietest, loudest : int
        Row indices.
    """
    pulls = np.abs(check_finite_array(pulls, "pulls", ndim=1))
    return int(np.argmin(pulls)), int(np.argmax(pulls))


def class_pulls(theta, X, y) -> tuple[float, float]:
    """Each class's pulls added up: the sum of |y - h| over class 0 (where it is h) and
    over class 1 (where it is 1 - h).

    Class 1's pulls raise the bias, class 0's lower it; the bias's gradient of the
    log-likelihood is their difference, sum(y - h), so at the maximum-likelihood fit the
    two sums are equal: the line is tugged both ways, in balance.

    Parameters
    ----------
    theta : array-like of shape (3,)
        Weights, bias first.
    X : array-like of shape (n_samples, 2)
    y : array-like of shape (n_samples,), labels 0/1

    Returns
    -------
    class0, class1 : float
        sum of h over class 0, sum of 1 - h over class 1.
    """
    theta = check_theta(theta, 3)
    X, y = check_X_y(X, y)
    h = sigmoid(theta[0] + X @ theta[1:])
    return float(np.sum(h[y == 0])), float(np.sum(1.0 - h[y == 1]))


def wrong_side(theta, X, y) -> np.ndarray:
    """The points on the wrong side of theta's boundary: class 1 where theta^T (1, x) < 0,
    class 0 where it is > 0 (a point on the line counts as wrong for both).

    Parameters
    ----------
    theta : array-like of shape (3,)
        Weights, bias first.
    X : array-like of shape (n_samples, 2)
    y : array-like of shape (n_samples,), labels 0/1

    Returns
    -------
    indices : ndarray of int
        Row indices, ascending.
    """
    theta = check_theta(theta, 3)
    X, y = check_X_y(X, y)
    score = theta[0] + X @ theta[1:]
    return np.flatnonzero(np.where(y == 1, score <= 0, score >= 0))


def log_likelihood_floor(values, step: float = 10.0) -> float:
    """A round bottom for a fixed log-likelihood axis: the lowest of ``values`` rounded down
    to a multiple of ``step`` (the top of the axis is 0, the best any model can do)."""
    values = check_finite_array(values, "values")
    return float(step * np.floor(np.min(values) / step))


def _log_likelihoods(thetas: np.ndarray, Xb: np.ndarray, y: np.ndarray) -> np.ndarray:
    return -np.sum(_cross_entropy(thetas @ Xb.T, y), axis=-1)


def likelihood_contour(X, y, bias: float, centre, level: float, n_angles: int = 120
                       ) -> np.ndarray:
    """The closed curve where l(bias, w1, w2) = ``level``, around the slice's maximum.

    Parameters
    ----------
    X : array-like of shape (n_samples, 2)
    y : array-like of shape (n_samples,)
    bias : float
        theta0, held fixed.
    centre : array-like of shape (2,)
        (w1, w2) of the slice's maximum (l is concave, so it falls along every ray from it).
    level : float
        Below the value at ``centre``.
    n_angles : int
        Points on the curve (one per ray, evenly spaced in angle).

    Returns
    -------
    curve : ndarray of shape (n_angles + 1, 2)
        (w1, w2) points; the last repeats the first, so the curve closes.
    """
    X, y = check_X_y(X, y, n_features=2)
    Xb = _add_bias(X)
    centre = check_finite_array(centre, "centre", ndim=1)
    top = _log_likelihoods(np.r_[bias, centre], Xb, y)
    if not level < top:
        raise ValueError(f"level {level} must lie below the maximum {top}")
    angles = np.linspace(0.0, 2.0 * np.pi, n_angles, endpoint=False)
    rays = np.column_stack([np.cos(angles), np.sin(angles)])

    def values(r: np.ndarray) -> np.ndarray:
        w = centre + r[:, None] * rays
        return _log_likelihoods(np.column_stack([np.full(n_angles, bias), w]), Xb, y)

    lo, hi = np.zeros(n_angles), np.ones(n_angles)
    for _ in range(60):  # grow each ray until it has left the level set
        outside = values(hi) < level
        if outside.all():
            break
        hi = np.where(outside, hi, 2.0 * hi)
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        inside = values(mid) >= level
        lo, hi = np.where(inside, mid, lo), np.where(inside, hi, mid)
    points = centre + (0.5 * (lo + hi))[:, None] * rays
    return np.vstack([points, points[:1]])


@dataclass(frozen=True, eq=False)
class LikelihoodMap:
    """Level curves of l over (w1, w2) at a fixed bias.

    Attributes
    ----------
    bias : float
    peak : ndarray of shape (2,)
        (w1, w2) of the slice's maximum.
    top : float
        l at the peak.
    levels : ndarray of shape (n_levels,)
        The curves' values, decreasing (top - drops).
    curves : tuple of ndarray of shape (n_angles + 1, 2)
        One closed curve per level.
    """

    bias: float
    peak: np.ndarray
    top: float
    levels: np.ndarray
    curves: tuple[np.ndarray, ...]


def likelihood_map(X, y, theta_best, drops, n_angles: int = 120) -> LikelihoodMap:
    """Contours of l around its maximum ``theta_best``, the bias held at theta_best[0].

    Parameters
    ----------
    X : array-like of shape (n_samples, 2)
    y : array-like of shape (n_samples,)
    theta_best : array-like of shape (3,)
        The maximum-likelihood weights (then their (w1, w2) is the slice's maximum too).
    drops : array-like of shape (n_levels,)
        Positive amounts below the top, one curve each.
    n_angles : int

    Returns
    -------
    map : LikelihoodMap
    """
    X, y = check_X_y(X, y, n_features=2)
    theta_best = check_theta(theta_best, 3)
    drops = np.sort(check_finite_array(drops, "drops", ndim=1))
    if np.any(drops <= 0):
        raise ValueError(f"drops must be positive, got {drops}")
    top = float(_log_likelihoods(theta_best, _add_bias(X), y))
    levels = top - drops
    curves = tuple(likelihood_contour(X, y, theta_best[0], theta_best[1:], lv, n_angles)
                   for lv in levels)
    return LikelihoodMap(bias=float(theta_best[0]), peak=theta_best[1:].copy(), top=top,
                         levels=levels, curves=curves)


def best_weight_norm(X, y) -> float:
    """|theta| (bias included, as a training run's ``theta_norm``) of the maximum-likelihood
    fit: where gradient ascent's weights stop growing on data that are not separable (on
    separable data there is no such fit, and ``newton_method`` would not settle)."""
    from core.newton import newton_method

    X, y = check_X_y(X, y)
    fit = newton_method(X, y, n_steps=50)
    return float(np.linalg.norm(fit.thetas[-1]))
