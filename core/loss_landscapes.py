"""Chapter 3's "why not squared error, why not accuracy": both along one weight.

For a one-feature data set (chapter 0's spam emails) the model is
h(x) = g(b + w x). Holding the bias ``b`` fixed and sliding the weight ``w``
gives three curves a scene can draw side by side:

* the mean squared error of the sigmoid model, mean_i (g(z_i) - y_i)^2,
  which is flat, then steep, then rising: not convex in ``w``;
* the mean cross-entropy, one smooth bowl (convex in ``w``);
* the training accuracy of the rule z >= 0, a staircase that only changes
  where some ``z_i`` crosses 0, so its slope is 0 almost everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from core._validation import check_finite_array, check_X_y
from core.losses import _cross_entropy

__all__ = ["WeightSlice", "weight_slice"]


@dataclass(frozen=True, eq=False)
class WeightSlice:
    """Losses and accuracy of h(x) = g(b + w x) along the weight ``w`` (bias fixed).

    Attributes
    ----------
    w : ndarray of shape (n_points,)
        The weights, increasing.
    bias : float
        The fixed bias ``b``.
    squared_error : ndarray of shape (n_points,)
        mean_i (g(b + w x_i) - y_i)^2, in [0, 1].
    cross_entropy : ndarray of shape (n_points,)
        mean_i -[y_i log h_i + (1 - y_i) log(1 - h_i)], finite everywhere.
    accuracy : ndarray of shape (n_points,)
        Fraction of samples with (b + w x_i >= 0) == (y_i == 1).
    jumps : ndarray of shape (n_jumps,)
        The distinct weights strictly inside (w[0], w[-1]) where some
        prediction flips (b + w x_i = 0, i.e. w = -b / x_i): the only places
        the accuracy can change. Between them its slope is exactly 0.
    squared_error_slope : ndarray of shape (n_points,)
        d squared_error / d w = mean_i 2 (h_i - y_i) h_i (1 - h_i) x_i: about 0
        on the plateau where every spam is confidently wrong.
    cross_entropy_slope : ndarray of shape (n_points,)
        d cross_entropy / d w = mean_i (h_i - y_i) x_i: largest in size where
        the model is confidently wrong.
    n_wrong : ndarray of int64 of shape (n_points,)
        How many samples the rule z >= 0 gets wrong.
    """

    w: np.ndarray
    bias: float
    squared_error: np.ndarray
    cross_entropy: np.ndarray
    accuracy: np.ndarray
    jumps: np.ndarray
    squared_error_slope: np.ndarray
    cross_entropy_slope: np.ndarray
    n_wrong: np.ndarray


def weight_slice(X, y, w, bias: float) -> WeightSlice:
    """Evaluate squared error, cross-entropy and accuracy along one weight.

    Parameters
    ----------
    X : array-like of shape (n_samples, 1)
        One raw feature (no bias column).
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    w : array-like of shape (n_points,)
        Increasing weights to evaluate at.
    bias : float
        The bias ``b``, held fixed.

    Returns
    -------
    slice : WeightSlice
    """
    X, y = check_X_y(X, y, n_features=1)
    w = check_finite_array(w, "w", ndim=1)
    if w.size < 2 or np.any(np.diff(w) <= 0):
        raise ValueError(f"w must hold at least 2 strictly increasing values; got {w}")
    bias = float(check_finite_array(bias, "bias"))
    x = X[:, 0]
    z = bias + w[:, None] * x[None, :]  # (n_points, n_samples)
    squared_error = np.mean((special.expit(z) - y) ** 2, axis=1)
    cross_entropy = np.mean(_cross_entropy(z, y), axis=1)
    right = (z >= 0) == (y == 1)
    accuracy = np.mean(right, axis=1)
    h = special.expit(z)
    squared_error_slope = np.mean(2.0 * (h - y) * h * special.expit(-z) * x, axis=1)
    cross_entropy_slope = np.mean((h - y) * x, axis=1)
    nonzero = x[x != 0]
    crossings = np.unique(-bias / nonzero)
    jumps = crossings[(crossings > w[0]) & (crossings < w[-1])]
    return WeightSlice(w=w, bias=bias, squared_error=squared_error,
                       cross_entropy=cross_entropy, accuracy=accuracy, jumps=jumps,
                       squared_error_slope=squared_error_slope,
                       cross_entropy_slope=cross_entropy_slope,
                       n_wrong=np.sum(~right, axis=1).astype(np.int64))
