"""Chapter 0: a least-squares line fitted to 0/1 labels, as one point moves.

The whole sweep is solved in closed form at once (no loop over positions):
for each position of the far point the line ``y = intercept + slope * x``
minimises the squared error over all emails.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from core._validation import check_finite_array, check_index, check_n_steps, check_X_y
from core.datasets import load_dataset
from core.functions import sigmoid
from core.newton import newton_method

__all__ = ["FarEmailPulls", "FarEmailSteps", "LogisticSweep", "SpamSweep", "far_email_pulls",
           "far_email_steps", "held_line_far_errors", "least_squares_sweep", "logistic_sweep",
           "spam_sweep"]


@dataclass(frozen=True, eq=False)
class SpamSweep:
    """Least-squares fits for every position of the far point.

    Attributes
    ----------
    positions : ndarray of shape (n_positions,)
        Feature value of the far point at each position.
    slopes, intercepts : ndarray of shape (n_positions,)
        The fitted line ``intercept + slope * x``.
    far_values : ndarray of shape (n_positions,)
        The line's value at the far point (exceeds 1 as it moves right).
    fitted : ndarray of shape (n_positions, n_samples)
        The line's value at every email (below 0 at the quietest one at the start: a line
        has no floor either).
    crossings : ndarray of shape (n_positions,)
        The x where the line equals 0.5 (``nan`` if the line is flat).
    misclassified : ndarray of bool of shape (n_positions, n_samples)
        Which points the rule "predict 1 if line >= 0.5" gets wrong.
    n_misclassified : ndarray of int64 of shape (n_positions,)
    X : ndarray of shape (n_positions, n_samples)
        The feature values at each position (only the far column changes).
    y : ndarray of int64 of shape (n_samples,)
    far_index : int
    """

    positions: np.ndarray
    slopes: np.ndarray
    intercepts: np.ndarray
    far_values: np.ndarray
    fitted: np.ndarray
    crossings: np.ndarray
    misclassified: np.ndarray
    n_misclassified: np.ndarray
    X: np.ndarray
    y: np.ndarray
    far_index: int


def least_squares_sweep(X, y, far_index: int, positions) -> SpamSweep:
    """Fit the least-squares line to 0/1 labels for each position of one point.

    Parameters
    ----------
    X : array-like of shape (n_samples, 1)
        The single feature; needs at least 2 samples.
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    far_index : int
        Row of the point that moves.
    positions : array-like of shape (n_positions,)
        Feature values the far point takes.

    Returns
    -------
    sweep : SpamSweep
    """
    X, y = check_X_y(X, y, n_features=1)
    n = X.shape[0]
    if n < 2:
        raise ValueError(f"a line needs at least 2 samples; got {n}")
    far_index = check_index(far_index, n, "far_index")
    positions = check_finite_array(positions, "positions", ndim=1)
    if positions.size == 0:
        raise ValueError("positions must hold at least one value; got an empty array")

    xs = np.repeat(X[:, 0][None, :], positions.size, axis=0)
    xs[:, far_index] = positions
    x_mean = xs.mean(axis=1)
    y_mean = y.mean()
    dx = xs - x_mean[:, None]
    sxx = np.einsum("ij,ij->i", dx, dx)
    if np.any(sxx == 0):
        raise ValueError("all feature values coincide at some position; the line is undefined")
    slopes = dx @ (y - y_mean) / sxx
    intercepts = y_mean - slopes * x_mean
    fitted = intercepts[:, None] + slopes[:, None] * xs
    misclassified = (fitted >= 0.5).astype(np.int64) != y[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        crossings = np.where(slopes != 0, (0.5 - intercepts) / slopes, np.nan)
    return SpamSweep(
        positions=positions,
        slopes=slopes,
        intercepts=intercepts,
        far_values=intercepts + slopes * positions,
        fitted=fitted,
        crossings=crossings,
        misclassified=misclassified,
        n_misclassified=misclassified.sum(axis=1),
        X=xs,
        y=y,
        far_index=far_index,
    )


def spam_sweep(n_positions: int = 100, end: float = 30.0) -> SpamSweep:
    """Chapter 0's sweep on the ``"spam"`` data: the far email moves from its
    start (x = 11) to ``end`` in ``n_positions`` even steps.

    Returns
    -------
    sweep : SpamSweep
        At the start the 0.5 rule is right on every email; by the end it
        misclassifies at least two and the line overshoots 1 at the far point.
    """
    n_positions = check_n_steps(n_positions, "n_positions", minimum=1)
    data = load_dataset("spam")
    start = float(data.X[data.far_index, 0])
    end = float(check_finite_array(end, "end"))
    if end < start:
        raise ValueError(f"end must be >= the far point's start {start}; got {end}")
    positions = np.linspace(start, end, n_positions)
    return least_squares_sweep(data.X, data.y, data.far_index, positions)


def held_line_far_errors(sweep: SpamSweep, held: int = 0) -> np.ndarray:
    """The far point's squared error at every position of the sweep against one line held
    still: the line fitted with the far point at position ``held`` (what least squares would
    pay if it did not refit). Compare ``(sweep.far_values - 1) ** 2``, the error it pays once
    refitted.

    Returns
    -------
    errors : ndarray of shape (n_positions,)
    """
    held = check_index(held, sweep.positions.size, "held")
    label = float(sweep.y[sweep.far_index])
    values = sweep.intercepts[held] + sweep.slopes[held] * sweep.positions
    return (values - label) ** 2


def total_squared_error(x, y, intercept: float, slope: float) -> float:
    """The sum of the squared gaps from each label ``y`` to the line ``intercept + slope * x``
    at its ``x``: what least squares makes as small as it can (the total area of the errors'
    squares).

    Returns
    -------
    total : float
    """
    x = check_finite_array(np.asarray(x, dtype=float), "x")
    y = check_finite_array(np.asarray(y, dtype=float), "y")
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError(f"x and y must be 1-D of one length, got {x.shape} and {y.shape}")
    return float(np.sum((intercept + slope * x - y) ** 2))


#: Where chapter 0 leaves the far email, and the L2 strength of the S it fits to the same emails
#: (the "sigmoid fix"): chapter 4 feeds that email through both update rules.
FAR_EMAIL_END = 28.0
SIGMOID_FIX_L2 = 0.05


@dataclass(frozen=True, eq=False)
class FarEmailPulls:
    """Chapter 0's far email fed through both update rules (chapter 4).

    Both rules move a weight by alpha (y - h) x_j; they differ only in h. The
    least-squares line overshoots at the far email, so its error stays large
    and, times the email's large input, keeps pulling; the logistic S is sure
    of it, so its error, and its pull, are about zero.

    Attributes
    ----------
    x : ndarray of shape (n_samples,)
        The emails' feature values, the far one at ``far_index``.
    y : ndarray of int64 of shape (n_samples,)
    far_index : int
    line_intercept, line_slope : float
        The least-squares line fitted to these emails.
    line_h : float
        The line's value at the far email, h = theta^T x (above 1).
    line_error, line_pull : float
        y - h and (y - h) x_far: the far email's term in the LMS gradient
        for the slope weight.
    theta_s : ndarray of shape (2,)
        The logistic fit (bias first), maximising the log-likelihood with an
        L2 penalty ``l2`` on the slope (``core.newton_method``).
    s_h : float
        g(theta_s^T x) at the far email (about 1).
    s_error, s_pull : float
        y - h and (y - h) x_far for the logistic rule (about 0).
    """

    x: np.ndarray
    y: np.ndarray
    far_index: int
    line_intercept: float
    line_slope: float
    line_h: float
    line_error: float
    line_pull: float
    theta_s: np.ndarray
    s_h: float
    s_error: float
    s_pull: float


def far_email_pulls(end: float = FAR_EMAIL_END, l2: float = SIGMOID_FIX_L2) -> FarEmailPulls:
    """The far spam email of chapter 0, moved to ``end``, through the LMS and logistic rules.

    Returns
    -------
    pulls : FarEmailPulls
        With the defaults the line says 1.44 at x = 28 (error -0.44, pull
        about -12.3) and the S says 1.00 (error and pull about 0).
    """
    l2 = check_finite_array(l2, "l2")
    if l2 < 0:
        raise ValueError(f"l2 must be >= 0; got {l2}")
    data = load_dataset("spam")
    end = float(check_finite_array(end, "end"))
    sweep = least_squares_sweep(data.X, data.y, data.far_index, [end])
    k = sweep.far_index
    x = sweep.X[-1]
    y = sweep.y
    fit = newton_method(x.reshape(-1, 1), y, l2=float(l2))
    theta = fit.thetas[-1]
    line_h = float(sweep.far_values[-1])
    s_h = float(sigmoid(theta[0] + theta[1] * x[k]))
    line_error = float(y[k] - line_h)
    s_error = float(y[k] - s_h)
    return FarEmailPulls(x=x, y=y, far_index=k, line_intercept=float(sweep.intercepts[-1]),
                         line_slope=float(sweep.slopes[-1]), line_h=line_h,
                         line_error=line_error, line_pull=line_error * float(x[k]),
                         theta_s=theta, s_h=s_h, s_error=s_error,
                         s_pull=s_error * float(x[k]))


@dataclass(frozen=True, eq=False)
class FarEmailSteps:
    """A few updates theta_j := theta_j + alpha (y - h) x_j from the far email alone, applied
    to both fits of :class:`FarEmailPulls` (design row (1, x_far)).

    Attributes
    ----------
    rate : float
    line : ndarray of shape (n_steps + 1, 2)
        (intercept, slope) of the line before and after each LMS update (h = theta^T x).
    s : ndarray of shape (n_steps + 1, 2)
        theta of the S before and after each logistic update (h = g(theta^T x)).
    line_h, s_h : ndarray of shape (n_steps + 1,)
        Each model's h at the far email along the way.
    line_crossing, s_crossing : ndarray of shape (n_steps + 1,)
        Where each model says h = 0.5 along the way (x = (0.5 - theta_0) / theta_1 for the
        line, -theta_0 / theta_1 for the S): the cut "spam if h >= 0.5" moves with it.
    line_wrong : ndarray of bool of shape (n_steps + 1, n_samples)
        Which emails the line's cut gets wrong along the way.
    """

    rate: float
    line: np.ndarray
    s: np.ndarray
    line_h: np.ndarray
    s_h: np.ndarray
    line_crossing: np.ndarray
    s_crossing: np.ndarray
    line_wrong: np.ndarray


def far_email_steps(pulls: FarEmailPulls, rate: float, n_steps: int) -> FarEmailSteps:
    """Apply ``n_steps`` updates of rate ``rate`` from the far email alone to the
    least-squares line and to the logistic S of ``pulls``."""
    rate = float(check_finite_array(rate, "rate"))
    if rate <= 0 or n_steps < 1:
        raise ValueError(f"need rate > 0 and n_steps >= 1; got {rate}, {n_steps}")
    k = pulls.far_index
    row = np.array([1.0, float(pulls.x[k])])
    target = float(pulls.y[k])
    line = [np.array([pulls.line_intercept, pulls.line_slope])]
    s = [np.asarray(pulls.theta_s, dtype=float)]
    for _ in range(n_steps):
        line.append(line[-1] + rate * (target - row @ line[-1]) * row)
        s.append(s[-1] + rate * (target - float(sigmoid(row @ s[-1]))) * row)
    line_arr, s_arr = np.array(line), np.array(s)
    design = np.column_stack([np.ones_like(pulls.x, dtype=float), pulls.x])
    line_wrong = (design @ line_arr.T >= 0.5).T != (np.asarray(pulls.y) == 1)
    return FarEmailSteps(rate=rate, line=line_arr, s=s_arr, line_h=line_arr @ row,
                         s_h=np.asarray(sigmoid(s_arr @ row), dtype=float),
                         line_crossing=(0.5 - line_arr[:, 0]) / line_arr[:, 1],
                         s_crossing=-s_arr[:, 0] / s_arr[:, 1], line_wrong=line_wrong)


@dataclass(frozen=True, eq=False)
class LogisticSweep:
    """Logistic fits (a sigmoid of a line) for every position of the far point of a sweep.

    Attributes
    ----------
    positions : ndarray of shape (n_positions,)
        As in the least-squares sweep.
    thetas : ndarray of shape (n_positions, 2)
        ``(theta0, theta1)`` of ``h(x) = g(theta0 + theta1 x)`` at each position.
    crossings : ndarray of shape (n_positions,)
        The x where ``h = 0.5``: ``-theta0 / theta1``.
    far_probs : ndarray of shape (n_positions,)
        ``h`` at the far point.
    misclassified : ndarray of bool of shape (n_positions, n_samples)
        Which points the rule "predict 1 if h >= 0.5" gets wrong.
    l2 : float
        The L2 strength of the fits (the spam data are separable: without it the weights
        would have no finite maximiser).
    """

    positions: np.ndarray
    thetas: np.ndarray
    crossings: np.ndarray
    far_probs: np.ndarray
    misclassified: np.ndarray
    l2: float


def logistic_sweep(sweep: SpamSweep, l2: float = 0.05) -> LogisticSweep:
    """Fit the sigmoid model by Newton's method, with an L2 penalty ``l2``, at every position
    of ``sweep``'s far point (the far email dragged again, with an S in place of the line).

    Returns
    -------
    fits : LogisticSweep
        On the spam data the crossing stays put to within 1e-4 as the far email moves: a
        point the S is already sure about adds almost nothing to the gradient.
    """
    thetas = np.array([newton_method(X[:, None], sweep.y, l2=l2).thetas[-1] for X in sweep.X])
    scores = thetas[:, :1] + thetas[:, 1:] * sweep.X
    probs = special.expit(scores)
    return LogisticSweep(
        positions=sweep.positions,
        thetas=thetas,
        crossings=-thetas[:, 0] / thetas[:, 1],
        far_probs=probs[:, sweep.far_index],
        misclassified=(probs >= 0.5).astype(np.int64) != sweep.y[None, :],
        l2=float(l2),
    )
