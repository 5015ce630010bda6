"""Squashing a straight line into an S: the sigmoid of the line's height measured from one
half, stretched by a gain. Its output stays in (0, 1) and crosses one half exactly where the
line does, so the S it draws is the line itself, bent (chapter 0's fix, before any refit)."""

from __future__ import annotations

import numpy as np

from core.functions import sigmoid

__all__ = ["line_score", "squashed_line"]


def line_score(intercept: float, slope: float, x, gain: float) -> np.ndarray:
    """The score the sigmoid squashes: ``gain * (intercept + slope * x - 1/2)`` at every x.

    The line's height over one half, stretched by ``gain`` (> 0): zero where the line
    crosses one half, and :func:`squashed_line` is the sigmoid of it.
    """
    if not gain > 0:
        raise ValueError(f"gain must be positive, got {gain}")
    h = intercept + slope * np.asarray(x, dtype=float)
    return gain * (h - 0.5)


def squashed_line(intercept: float, slope: float, x, gain: float) -> np.ndarray:
    """g(gain * (intercept + slope * x - 1/2)) at every x.

    Parameters
    ----------
    intercept, slope : float
        The line ``h(x) = intercept + slope * x``.
    x : float or ndarray
        Where to evaluate.
    gain : float
        How hard the line's height over one half is stretched before it is squashed (> 0).

    Returns
    -------
    ndarray, the shape of ``x``: values in (0, 1), above one half exactly where the line is.
    """
    return sigmoid(line_score(intercept, slope, x, gain))
