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
    "boundary_segments",
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


def boundary_segments(thetas, x_range, y_range) -> np.ndarray:
    """:func:`boundary_segment` for a whole trajectory at once (vectorised).

    Parameters
    ----------
    thetas : array-like of shape (n_frames, 3)
    x_range, y_range : (float, float)

    Returns
    -------
    segments : ndarray of shape (n_frames, 2, 2)
        ``segments[k]`` equals ``boundary_segment(thetas[k], ...)``; frames
        where that is None are all ``nan``.
    """
    thetas = check_finite_array(thetas, "thetas", ndim=2)
    if thetas.shape[1] != 3:
        raise ValueError(f"thetas must have shape (n_frames, 3); got shape {thetas.shape}")
    x_lo, x_hi = check_range(x_range, "x_range")
    y_lo, y_hi = check_range(y_range, "y_range")
    tol = 1e-12 * max(1.0, x_hi - x_lo, y_hi - y_lo)
    t0, t1, t2 = thetas.T
    out = np.full((thetas.shape[0], 2, 2), np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        # Non-vertical lines (t2 != 0): x2 = -(t0 + t1 x1) / t2. Clip the x1
        # interval to where x2 stays inside [y_lo, y_hi].
        slanted = t2 != 0
        xa = -(t0 + t2 * y_lo) / t1
        xb = -(t0 + t2 * y_hi) / t1
        flat = t1 == 0
        left = np.where(flat, x_lo, np.maximum(x_lo, np.minimum(xa, xb)))
        right = np.where(flat, x_hi, np.minimum(x_hi, np.maximum(xa, xb)))
        y_flat = -t0 / t2
        inside_flat = (y_lo - tol <= y_flat) & (y_flat <= y_hi + tol)
        ok = slanted & (right - left > tol) & (~flat | inside_flat)
        for col, x in ((0, left), (1, right)):
            y = np.clip(-(t0 + t1 * x) / t2, y_lo, y_hi)
            out[ok, col, 0] = x[ok]
            out[ok, col, 1] = y[ok]
        # Vertical lines (t2 == 0, t1 != 0): x1 = -t0 / t1, bottom to top.
        x_vert = -t0 / t1
        vertical = ~slanted & (t1 != 0) & (x_lo - tol <= x_vert) & (x_vert <= x_hi + tol)
        xv = np.clip(x_vert[vertical], x_lo, x_hi)
        out[vertical, 0, 0] = xv
        out[vertical, 1, 0] = xv
        out[vertical, 0, 1] = y_lo
        out[vertical, 1, 1] = y_hi
    return out + 0.0  # + 0.0 turns -0.0 into 0.0


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
    stack = np.atleast_2d(theta)
    # The score is a row term plus a column term, so e^-z factors into an
    # outer product: one exp per row and per column instead of per cell,
    # then 1 / (1 + e^-z). Within |term| <= 300 nothing overflows and the
    # result matches scipy.special.expit to a few ulp.
    rows_term = stack[:, 0, None] + stack[:, 2, None] * x2[None, :]  # (n_frames, rows)
    cols_term = stack[:, 1, None] * x1[None, :]  # (n_frames, cols)
    with np.errstate(under="ignore"):
        safe = (np.abs(rows_term).max(axis=1) <= 300) & (np.abs(cols_term).max(axis=1) <= 300)
        e_rows = np.exp(-np.where(safe[:, None], rows_term, 0.0))
        e_cols = np.exp(-np.where(safe[:, None], cols_term, 0.0))
        field = e_rows[:, :, None] * e_cols[:, None, :]
    field += 1.0
    np.reciprocal(field, out=field)
    if not np.all(safe):  # very large weights: evaluate those frames directly
        field[~safe] = special.expit(_scores_on_grid(stack[~safe], x1, x2))
    return field if theta.ndim == 2 else field[0]


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
    # A loop over the few classes keeps every pass contiguous (several times
    # faster than reducing over a middle axis); scores are recomputed in the
    # second loop rather than kept, to hold only a few grids in memory.
    n_classes = Theta.shape[-2]
    best = _scores_on_grid(Theta[..., 0, :], x1, x2)
    winner = np.zeros(best.shape, dtype=np.int64)
    for k in range(1, n_classes):
        t = _scores_on_grid(Theta[..., k, :], x1, x2)
        np.copyto(winner, k, where=t > best)
        np.maximum(best, t, out=best)
    total = np.zeros_like(best)
    with np.errstate(under="ignore"):  # far-losing classes contribute exactly 0
        for k in range(n_classes):
            t = _scores_on_grid(Theta[..., k, :], x1, x2)
            t -= best
            total += np.exp(t, out=t)
    confidence = np.reciprocal(total, out=total)
    return winner, confidence
