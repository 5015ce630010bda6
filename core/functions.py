"""Elementwise building blocks: sigmoid, logit, softmax and the bias column.

These are thin, documented wrappers around :mod:`scipy.special`, whose
``expit``/``log_expit``/``softmax`` never overflow, unlike the textbook
``1 / (1 + np.exp(-z))``. They behave like numpy ufuncs: any shape in, the
same shape out, no validation (so they stay cheap inside loops).
"""

from __future__ import annotations

import numpy as np
from scipy import special

from core._validation import check_X

__all__ = [
    "add_bias",
    "log_odds",
    "log_sigmoid",
    "log_softmax",
    "logit",
    "odds",
    "sigmoid",
    "sigmoid_derivative",
    "softmax",
    "step",
]


def sigmoid(z):
    """Logistic function g(z) = 1 / (1 + exp(-z)), stable for any input.

    Parameters
    ----------
    z : float or ndarray of any shape
        Scores ``theta^T x``.

    Returns
    -------
    g : float or ndarray, same shape as ``z``
        Values in [0, 1] (exactly 0 or 1 only when ``|z|`` exceeds ~745,
        the limit of float64).
    """
    return special.expit(z)


def log_sigmoid(z):
    """log g(z), computed without forming g (finite for every finite z).

    Returns
    -------
    log_g : float or ndarray, same shape as ``z``
        Values <= 0; ``log_sigmoid(-1000) == -1000`` instead of ``-inf``.
    """
    return special.log_expit(z)


def sigmoid_derivative(z):
    """Slope of the sigmoid, g'(z) = g(z) (1 - g(z)), at most 0.25 (at z = 0).

    Computed as ``a (1 - a)`` with ``a = g(-|z|) <= 0.5``: the same quantity, but
    ``1 - a`` is exact in both tails (``1 - g(z)`` would round to 0 there), the result
    is exactly symmetric in ``z``, and rounding can never push it above 0.25 (the
    product ``g(z) * g(-z)`` gives 0.25000000000000006 at z = 2.2e-16).

    Returns
    -------
    slope : float or ndarray, same shape as ``z``
    """
    a = special.expit(-np.abs(z))
    return a * (1.0 - a)


def logit(p):
    """Inverse of the sigmoid: log(p / (1 - p)).

    Parameters
    ----------
    p : float or ndarray of any shape
        Probabilities in [0, 1]; 0 and 1 map to -inf and +inf.

    Returns
    -------
    z : float or ndarray, same shape as ``p``
    """
    return special.logit(p)


def rise_width(scale, low=0.1, high=0.9):
    """How far z must travel for g(scale * z) to climb from ``low`` to ``high``.

    Chapter 1's "decisive" in a number: the steeper the weights, the shorter the stretch of
    scores over which the model changes its mind (``2 ln 9 / scale`` for 0.1 to 0.9).

    Parameters
    ----------
    scale : float or ndarray
        The weight scale s > 0 multiplying every score.
    low, high : float
        Probabilities with 0 < low < high < 1.

    Returns
    -------
    width : float or ndarray, same shape as ``scale``
    """
    if not 0 < low < high < 1:
        raise ValueError(f"need 0 < low < high < 1, got low={low}, high={high}")
    scale = np.asarray(scale, dtype=float)
    if np.any(scale <= 0):
        raise ValueError("the weight scale must be positive")
    return (special.logit(high) - special.logit(low)) / scale


def log_odds(p):
    """The log-odds of class 1, log(h / (1 - h)); the same function as :func:`logit`.

    Chapter 2's punchline: ``theta^T x == log_odds(h(x))``.
    """
    return special.logit(p)


def odds(p):
    """Odds of class 1, p / (1 - p) ("3-to-1 odds" means p = 0.75).

    Returns
    -------
    odds : float or ndarray, same shape as ``p``; ``inf`` at p = 1.
    """
    p = np.asarray(p, dtype=np.float64)
    with np.errstate(divide="ignore"):
        return p / (1.0 - p)


def step(z):
    """The perceptron's hard threshold: 1 where z >= 0, else 0.

    Returns
    -------
    h : int64 or ndarray of int64, same shape as ``z``
    """
    return (np.asarray(z) >= 0).astype(np.int64)


def softmax(t, axis: int = -1):
    """Softmax phi_i = exp(t_i) / sum_j exp(t_j) along ``axis``.

    Parameters
    ----------
    t : ndarray of shape (..., n_classes)
        Logits; adding the same constant to every logit leaves the result
        unchanged.
    axis : int, default=-1
        The class axis.

    Returns
    -------
    phi : ndarray, same shape as ``t``
        Non-negative, summing to 1 along ``axis``.
    """
    with np.errstate(under="ignore"):  # exp of very negative logits -> 0 is exact enough
        return special.softmax(t, axis=axis)


def log_softmax(t, axis: int = -1):
    """log of :func:`softmax`, finite for every finite logit.

    Returns
    -------
    log_phi : ndarray, same shape as ``t``
    """
    with np.errstate(under="ignore"):
        return special.log_softmax(t, axis=axis)


def add_bias(X) -> np.ndarray:
    """Prepend the bias feature x0 = 1 to every sample.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        Raw features.

    Returns
    -------
    X_design : ndarray of shape (n_samples, n_features + 1)
        Column 0 is all ones, so ``X_design @ theta`` is
        ``theta0 + theta1 x1 + ...``.
    """
    X = check_X(X)
    return _add_bias(X)


def _add_bias(X: np.ndarray) -> np.ndarray:
    out = np.empty((X.shape[0], X.shape[1] + 1))
    out[:, 0] = 1.0
    out[:, 1:] = X
    return out
