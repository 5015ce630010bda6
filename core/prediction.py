"""Using a fitted logistic model: probabilities, hard labels, accuracy."""

from __future__ import annotations

import numpy as np
from scipy import special

from core._validation import check_theta, check_X, check_X_y
from core.functions import _add_bias

__all__ = ["accuracy", "predict", "predict_proba", "scores"]


def scores(theta, X) -> np.ndarray:
    """Linear scores theta^T x = theta0 + theta1 x1 + ... (the log-odds).

    Parameters
    ----------
    theta : array-like of shape (n_features + 1,)
        Weights, bias first.
    X : array-like of shape (n_samples, n_features)
        Raw features.

    Returns
    -------
    z : ndarray of shape (n_samples,)
    """
    X = check_X(X)
    theta = check_theta(theta, X.shape[1] + 1)
    return _add_bias(X) @ theta


def points_scoring(theta, a, b, targets) -> np.ndarray:
    """The points on the line through ``a`` and ``b`` whose scores are ``targets``.

    The score is linear along that line, so each point is an interpolation (or extrapolation)
    between ``a`` and ``b``: a point walked from one class's middle to the other's can start
    and end at chosen scores, never at a rounded probability of 0 or 1.

    Returns
    -------
    points : ndarray of shape (len(targets), n_features)
    """
    ends = check_X(np.array([a, b], dtype=float))
    z_a, z_b = scores(theta, ends)
    if np.isclose(z_a, z_b):
        raise ValueError("a and b score the same: the line between them keeps one score")
    t = (np.asarray(targets, dtype=float) - z_a) / (z_b - z_a)
    return ends[0] + t[:, None] * (ends[1] - ends[0])


def predict_proba(theta, X) -> np.ndarray:
    """P(y = 1 | x) = g(theta^T x) for every sample.

    Returns
    -------
    h : ndarray of shape (n_samples,)
    """
    return special.expit(scores(theta, X))


def predict(theta, X) -> np.ndarray:
    """Hard labels: 1 where theta^T x >= 0 (equivalently h >= 0.5), else 0.

    Returns
    -------
    labels : ndarray of int64 of shape (n_samples,)
    """
    return (scores(theta, X) >= 0).astype(np.int64)


def accuracy(theta, X, y) -> float:
    """Fraction of samples whose label :func:`predict` gets right."""
    X, y = check_X_y(X, y)
    theta = check_theta(theta, X.shape[1] + 1)
    return _accuracy(theta, _add_bias(X), y)


def _accuracy(theta, Xb, y) -> float:
    return float(np.mean((Xb @ theta >= 0) == (y == 1)))
