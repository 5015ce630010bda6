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

__all__ = ["SliceDescent", "ThresholdSweep", "WeightSlice", "slice_descent", "threshold_sweep",
           "weight_slice"]


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


@dataclass(frozen=True, eq=False)
class SliceDescent:
    """Gradient descent on one weight of h(x) = g(b + w x), bias fixed, for both losses.

    Attributes
    ----------
    rate : float
        The learning rate.
    squared_error_w, cross_entropy_w : ndarray of shape (n_steps + 1,)
        The weight after each step (the start first) descending the mean squared
        error, resp. the mean cross-entropy.
    squared_error, cross_entropy : ndarray of shape (n_steps + 1,)
        Each loss at its own path's weights.
    best_w : float
        Where cross-entropy is least along the weight (its slope crosses 0).
    """

    rate: float
    squared_error_w: np.ndarray
    cross_entropy_w: np.ndarray
    squared_error: np.ndarray
    cross_entropy: np.ndarray
    best_w: float


def _slice_losses(x: np.ndarray, y: np.ndarray, bias: float, w: float
                  ) -> tuple[float, float, float, float]:
    z = bias + w * x
    h = special.expit(z)
    se = float(np.mean((h - y) ** 2))
    ce = float(np.mean(_cross_entropy(z, y)))
    se_slope = float(np.mean(2.0 * (h - y) * h * special.expit(-z) * x))
    ce_slope = float(np.mean((h - y) * x))
    return se, ce, se_slope, ce_slope


def slice_descent(X, y, bias: float, w_start: float, rate: float, n_steps: int
                  ) -> SliceDescent:
    """Run ``n_steps`` of gradient descent w <- w - rate * dL/dw from ``w_start`` on the
    mean squared error and, separately, on the mean cross-entropy (bias held fixed).

    Parameters
    ----------
    X : array-like of shape (n_samples, 1)
    y : array-like of shape (n_samples,)
    bias, w_start, rate : float
    n_steps : int

    Returns
    -------
    descent : SliceDescent
    """
    X, y = check_X_y(X, y, n_features=1)
    x = X[:, 0]
    bias, w_start, rate = (float(check_finite_array(v, n)) for v, n in
                           ((bias, "bias"), (w_start, "w_start"), (rate, "rate")))
    if rate <= 0 or n_steps < 1:
        raise ValueError(f"need rate > 0 and n_steps >= 1; got {rate}, {n_steps}")
    paths = []
    for which in (0, 1):  # 0: squared error, 1: cross-entropy
        w = w_start
        ws, losses = [w], [_slice_losses(x, y, bias, w)[which]]
        for _ in range(n_steps):
            w -= rate * _slice_losses(x, y, bias, w)[2 + which]
            ws.append(w)
            losses.append(_slice_losses(x, y, bias, w)[which])
        paths.append((np.array(ws), np.array(losses)))
    # The cross-entropy is convex in w: bisect its slope's sign change.
    lo, hi = -50.0, 50.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if _slice_losses(x, y, bias, mid)[3] > 0:
            hi = mid
        else:
            lo = mid
    return SliceDescent(rate=rate, squared_error_w=paths[0][0], cross_entropy_w=paths[1][0],
                        squared_error=paths[0][1], cross_entropy=paths[1][1],
                        best_w=(lo + hi) / 2)


@dataclass(frozen=True, eq=False)
class ThresholdSweep:
    """The likelihood of a few labelled points under h(x) = g(x - t) as the threshold t moves.

    Attributes
    ----------
    t : ndarray of shape (n_points,)
    factor : ndarray of shape (n_points, n_samples)
        h(x_i) for y_i = 1, 1 - h(x_i) for y_i = 0, at each threshold.
    likelihood : ndarray of shape (n_points,)
        The product of each row of ``factor``.
    best_t : float
        The grid threshold with the largest likelihood.
    """

    t: np.ndarray
    factor: np.ndarray
    likelihood: np.ndarray
    best_t: float


def threshold_sweep(X, y, t, slope: float = 1.0) -> ThresholdSweep:
    """The factors and likelihood of the labels under h(x) = g(slope (x - t)) for each t.

    Parameters
    ----------
    X : array-like of shape (n_samples, 1)
    y : array-like of shape (n_samples,)
    t : array-like of shape (n_points,)
    slope : float

    Returns
    -------
    sweep : ThresholdSweep
    """
    X, y = check_X_y(X, y, n_features=1)
    t = check_finite_array(t, "t", ndim=1)
    z = float(slope) * (X[None, :, 0] - t[:, None])  # (n_points, n_samples)
    factor = np.where(y[None, :] == 1, special.expit(z), special.expit(-z))
    likelihood = np.prod(factor, axis=1)
    return ThresholdSweep(t=t, factor=factor, likelihood=likelihood,
                          best_t=float(t[int(np.argmax(likelihood))]))
