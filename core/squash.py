"""Squashing a straight line into an S: the sigmoid of the line's height measured from one
half, stretched by a gain. Its output stays in (0, 1) and crosses one half exactly where the
line does, so the S it draws is the line itself, bent (chapter 0's fix, before any refit)."""

from __future__ import annotations

import numpy as np

from core.functions import sigmoid

__all__ = ["line_score", "squash_thetas", "squashed_line"]


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


def squash_thetas(intercept: float, slope: float, gain: float) -> tuple[float, float]:
    """The squashed line as the logistic model ``g(theta0 + theta1 * x)``: its two numbers.

    ``gain * (intercept + slope * x - 1/2)`` is itself a line in x, so the squashed line is
    an S of the model's own form, with ``theta0 = gain * (intercept - 1/2)`` and
    ``theta1 = gain * slope``: the numbers a refit then moves.
    """
    if not gain > 0:
        raise ValueError(f"gain must be positive, got {gain}")
    return float(gain * (intercept - 0.5)), float(gain * slope)
