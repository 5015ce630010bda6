"""Decision geometry in the plane: boundary segment, normal, probability fields.

Fields are image-ready: row 0 is the **top** of the box (largest x2) and
column 0 its left edge (smallest x1); values are taken at cell centres.
A stack of weight vectors is evaluated in one broadcast, so a 300-frame
training animation costs one call.
"""

from __future__ import annotations

import numpy as np
from scipy import special

from core._validation import (
    check_finite_array,
    check_range,
    check_shape_2d,
    check_theta,
)

__all__ = [
    "boundary_point",
    "boundary_segment",
    "grid_centres",
    "normal_vector",
    "probability_field",
    "softmax_field",
]

DEFAULT_FIELD_SHAPE = (120, 160)


def boundary_segment(theta, x_range, y_range) -> np.ndarray | None:
    """The part of the line theta0 + theta1 x1 + theta2 x2 = 0 inside a box.

    Parameters
    ----------
    theta : array-like of shape (3,)
        Weights, bias first.
    x_range, y_range : (float, float)
        The box ``[x_min, x_max] x [y_min, y_max]``.

    Returns
    -------
    segment : ndarray of shape (2, 2) or None
        Rows are the two end points (x1, x2), ordered left to right (bottom
        to top for a vertical line). None when theta1 = theta2 = 0 (no
        boundary: the model predicts one class everywhere), when the line
        misses the box, or when it only touches a corner.
    """
    t0, t1, t2 = check_theta(theta, 3)
    x_lo, x_hi = check_range(x_range, "x_range")
    y_lo, y_hi = check_range(y_range, "y_range")
    if t1 == 0 and t2 == 0:
        return None
    points = []
    if t2 != 0:  # crossings with the vertical edges x1 = x_lo, x_hi
        for x in (x_lo, x_hi):
            points.append((x, -(t0 + t1 * x) / t2))
    if t1 != 0:  # crossings with the horizontal edges x2 = y_lo, y_hi
        for y in (y_lo, y_hi):
            points.append((-(t0 + t2 * y) / t1, y))
    tol = 1e-12 * max(1.0, x_hi - x_lo, y_hi - y_lo)
    inside = [
        (min(max(x, x_lo), x_hi), min(max(y, y_lo), y_hi))
        for x, y in points
        if x_lo - tol <= x <= x_hi + tol and y_lo - tol <= y <= y_hi + tol
    ]
    if len(inside) < 2:
        return None
    pts = np.array(sorted(set(inside)))
    # The two farthest-apart candidates are the end points (a line through
    # a corner yields duplicates that sort next to each other).
    first, last = pts[0], pts[-1]
    if np.allclose(first, last, rtol=0, atol=tol):
        return None
    return np.array([first, last]) + 0.0  # + 0.0 turns -0.0 into 0.0


def normal_vector(theta, unit: bool = False) -> np.ndarray:
    """The vector (theta1, theta2), perpendicular to the boundary.

    It points toward increasing P(y = 1); its length is how fast the
    probability ramps across the boundary.

    Parameters
    ----------
    theta : array-like of shape (3,)
    unit : bool, default=False
        Return the unit vector instead (undefined, hence ValueError, when
        theta1 = theta2 = 0).

    Returns
    -------
    normal : ndarray of shape (2,)
    """
    theta = check_theta(theta, 3)
    normal = theta[1:].copy()
    if unit:
        norm = np.hypot(*normal)
        if norm == 0:
            raise ValueError("theta1 = theta2 = 0 has no direction; got a zero normal vector")
        normal /= norm
    return normal


def boundary_point(theta) -> np.ndarray | None:
    """The point of the boundary closest to the origin, -theta0 w / |w|^2.

    A natural foot for drawing :func:`normal_vector`.

    Returns
    -------
    point : ndarray of shape (2,) or None
        None when theta1 = theta2 = 0.
    """
    theta = check_theta(theta, 3)
    w = theta[1:]
    sq = float(w @ w)
    if sq == 0:
        return None
    return -theta[0] * w / sq


def grid_centres(x_range, y_range, shape=DEFAULT_FIELD_SHAPE):
    """Cell-centre coordinates of an image grid over a box.

    Parameters
    ----------
    x_range, y_range : (float, float)
    shape : (int, int), default=(120, 160)
        ``(rows, cols)``.

    Returns
    -------
    x1 : ndarray of shape (cols,)
        Increasing, left to right.
    x2 : ndarray of shape (rows,)
        Decreasing, top to bottom (row 0 is the top).
    """
    x_lo, x_hi = check_range(x_range, "x_range")
    y_lo, y_hi = check_range(y_range, "y_range")
    rows, cols = check_shape_2d(shape)
    x1 = x_lo + (np.arange(cols) + 0.5) * ((x_hi - x_lo) / cols)
    x2 = y_hi - (np.arange(rows) + 0.5) * ((y_hi - y_lo) / rows)
    return x1, x2


def _scores_on_grid(theta, x1, x2):
    """theta0 + theta1 x1 + theta2 x2 broadcast to (..., rows, cols)."""
    t0 = theta[..., 0, None, None]
    t1 = theta[..., 1, None, None]
    t2 = theta[..., 2, None, None]
    return (t0 + t2 * x2[:, None]) + t1 * x1[None, :]


def probability_field(theta, x_range, y_range, shape=DEFAULT_FIELD_SHAPE) -> np.ndarray:
    """P(y = 1) on an image grid, for one weight vector or a stack of them.

    Parameters
    ----------
    theta : array-like of shape (3,) or (n_frames, 3)
        Weights, bias first.
    x_range, y_range : (float, float)
        The box.
    shape : (int, int), default=(120, 160)
        ``(rows, cols)``.

    Returns
    -------
    field : ndarray of shape (rows, cols) or (n_frames, rows, cols)
        Values in [0, 1]; ``field[..., 0, 0]`` is the top-left cell.
    """
    theta = check_theta(theta, 3, allow_stack=True)
    x1, x2 = grid_centres(x_range, y_range, shape)
    z = _scores_on_grid(theta, x1, x2)
    return special.expit(z, out=z)


def softmax_field(Theta, x_range, y_range, shape=DEFAULT_FIELD_SHAPE):
    """Winning class and its probability on an image grid.

    Parameters
    ----------
    Theta : array-like of shape (n_classes, 3) or (n_frames, n_classes, 3)
        One weight vector per class, bias first.
    x_range, y_range : (float, float)
    shape : (int, int), default=(120, 160)

    Returns
    -------
    winner : ndarray of int64 of shape (rows, cols) or (n_frames, rows, cols)
        argmax of the logits (ties go to the lower class index).
    confidence : ndarray of shape (rows, cols) or (n_frames, rows, cols)
        The winner's softmax probability, in [1 / n_classes, 1]; low values
        mark the washed-out meeting region.
    """
    Theta = check_finite_array(Theta, "Theta")
    if Theta.ndim not in (2, 3) or Theta.shape[-1] != 3 or Theta.shape[-2] < 2:
        raise ValueError(
            "Theta must have shape (n_classes, 3) or (n_frames, n_classes, 3) with "
            f"n_classes >= 2; got shape {Theta.shape}"
        )
    x1, x2 = grid_centres(x_range, y_range, shape)
    # A loop over the few classes keeps every pass contiguous, which is
    # several times faster than reducing over a middle axis.
    n_classes = Theta.shape[-2]
    logits = [_scores_on_grid(Theta[..., k, :], x1, x2) for k in range(n_classes)]
    best = logits[0].copy()
    winner = np.zeros(best.shape, dtype=np.int64)
    for k in range(1, n_classes):
        better = logits[k] > best
        winner[better] = k
        np.maximum(best, logits[k], out=best)
    total = np.zeros_like(best)
    with np.errstate(under="ignore"):  # far-losing classes contribute exactly 0
        for t in logits:
            t -= best
            total += np.exp(t, out=t)
    confidence = np.reciprocal(total, out=total)
    return winner, confidence
