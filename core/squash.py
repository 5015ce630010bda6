"""Squashing a straight line into an S: the sigmoid of the line's height measured from one
half, stretched by a gain. Its output stays in (0, 1) and crosses one half exactly where the
line does, so the S it draws is the line itself, bent (chapter 0's fix, before any refit)."""

from __future__ import annotations

import numpy as np

from core.functions import sigmoid

__all__ = ["squashed_line"]


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
    if not gain > 0:
        raise ValueError(f"gain must be positive, got {gain}")
    h = intercept + slope * np.asarray(x, dtype=float)
    return sigmoid(gain * (h - 0.5))
