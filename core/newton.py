"""Chapter 8: Newton's method against gradient ascent.

The 1-D race maximises the log-likelihood of a single weight w (bias fixed)
l(w) = sum_i [y_i log g(w x_i + b) + (1 - y_i) log g(-(w x_i + b))].
Newton zeroes l' by following its tangent line: w := w - l'(w) / l''(w).
The multi-dimensional version (Fisher scoring / IRLS) is
theta := theta - H^-1 grad l(theta), on the sum log-likelihood of
:mod:`core.losses` with an optional L2 penalty.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import optimize, special

from core._validation import (
    check_finite_array,
    check_learning_rate,
    check_n_steps,
    check_non_negative,
    check_theta,
    check_X_y,
)
from core.datasets import Dataset, load_dataset
from core.functions import _add_bias
from core.gradient_ascent import GradientAscentTrajectory, gradient_ascent
from core.losses import _cross_entropy, _gradient, _hessian, _log_likelihood

__all__ = [
    "LogLikelihood1D",
    "NewtonRace",
    "NewtonTrajectory",
    "NewtonVersusAscent",
    "log_likelihood_1d",
    "newton_method",
    "newton_race",
    "newton_race_run",
    "newton_versus_ascent_run",
    "steps_to_settle",
]


@dataclass(frozen=True, eq=False)
class LogLikelihood1D:
    """l(w) and its first two derivatives on a set of weights.

    Attributes
    ----------
    w : ndarray of shape (n_points,)
    value : ndarray of shape (n_points,)
        l(w), the sum log-likelihood.
    slope : ndarray of shape (n_points,)
        l'(w) = sum_i (y_i - h_i) x_i.
    curvature : ndarray of shape (n_points,)
        l''(w) = -sum_i h_i (1 - h_i) x_i^2 (always < 0: concave).
    """

    w: np.ndarray
    value: np.ndarray
    slope: np.ndarray
    curvature: np.ndarray


def _check_1d(x, y, bias):
    X, y = check_X_y(
        np.asarray(x, dtype=np.float64).reshape(-1, 1) if np.ndim(x) == 1 else x, y, n_features=1
    )
    bias = float(check_finite_array(bias, "bias"))
    return X[:, 0], y, bias


def _ll_1d(w, x, y, bias):
    z = w[:, None] * x[None, :] + bias
    h, one_minus_h = special.expit(z), special.expit(-z)
    value = -np.sum(_cross_entropy(z, y), axis=1)
    # y - h written so that it keeps its tiny size instead of rounding to 0.
    slope = np.where(y == 1, one_minus_h, -h) @ x
    curvature = -(h * one_minus_h) @ (x * x)
    return value, slope, curvature


def log_likelihood_1d(w, x, y, bias: float = 0.0) -> LogLikelihood1D:
    """Evaluate the 1-D log-likelihood and its derivatives, vectorised over w.

    Parameters
    ----------
    w : array-like of shape (n_points,)
        Weights to evaluate (e.g. a plotting grid).
    x : array-like of shape (n_samples,)
        The single feature.
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    bias : float, default=0.0
        The fixed intercept.

    Returns
    -------
    curve : LogLikelihood1D
    """
    x, y, bias = _check_1d(x, y, bias)
    w = check_finite_array(w, "w", ndim=1)
    value, slope, curvature = _ll_1d(w, x, y, bias)
    return LogLikelihood1D(w=w, value=value, slope=slope, curvature=curvature)


@dataclass(frozen=True, eq=False)
class NewtonRace:
    """Both climbers of chapter 8's race, from the same start.

    Attributes
    ----------
    newton : ndarray of shape (n_steps + 1,)
        Newton iterates w_0, w_1, ...
    gradient : ndarray of shape (n_steps + 1,)
        Gradient-ascent iterates w := w + alpha l'(w).
    newton_value, gradient_value : ndarray of shape (n_steps + 1,)
        l at each iterate.
    tangent_points : ndarray of shape (n_steps, 2)
        (w_t, l'(w_t)): where each Newton step touches the curve l'.
    tangent_slopes : ndarray of shape (n_steps,)
        l''(w_t), the slope of that tangent. Its zero crossing,
        w_t - l'(w_t) / l''(w_t), is ``newton[t + 1]``.
    w_star : float
        The maximiser, root of l' by bracketing (+-inf if the data are
        separable by w alone).
    learning_rate : float
    """

    newton: np.ndarray
    gradient: np.ndarray
    newton_value: np.ndarray
    gradient_value: np.ndarray
    tangent_points: np.ndarray
    tangent_slopes: np.ndarray
    w_star: float
    learning_rate: float


def _maximiser_1d(x, y, bias) -> float:
    """Root of the strictly decreasing l', bracketed by doubling; +-inf if none."""

    def slope(w):
        return float(_ll_1d(np.array([w]), x, y, bias)[1][0])

    lo, hi = -1.0, 1.0
    while slope(lo) <= 0:
        lo *= 2.0
        if lo < -1e6:
            return -np.inf
    while slope(hi) >= 0:
        hi *= 2.0
        if hi > 1e6:
            return np.inf
    return float(optimize.brentq(slope, lo, hi, xtol=1e-15, rtol=4 * np.finfo(float).eps))


def newton_race(
    x, y, theta0: float, n_steps: int, learning_rate: float, bias: float = 0.0
) -> NewtonRace:
    """Run Newton and gradient ascent on the 1-D log-likelihood.

    Parameters
    ----------
    x : array-like of shape (n_samples,)
    y : array-like of shape (n_samples,)
        Labels in {0, 1}; must not be separable by w alone, else the
        maximum is at infinity.
    theta0 : float
        Common starting weight (the 1-D model's only weight).
    n_steps : int
        Steps of each method (>= 0).
    learning_rate : float
        Gradient ascent's alpha (on the sum log-likelihood).
    bias : float, default=0.0

    Returns
    -------
    race : NewtonRace
    """
    x, y, bias = _check_1d(x, y, bias)
    theta0 = float(check_finite_array(theta0, "theta0"))
    n_steps = check_n_steps(n_steps)
    alpha = check_learning_rate(learning_rate)

    newton = np.empty(n_steps + 1)
    gradient = np.empty(n_steps + 1)
    slopes_at = np.empty(n_steps)
    curvatures = np.empty(n_steps)
    newton[0] = gradient[0] = theta0
    # From a start far out in a flat tail Newton overshoots and diverges
    # (a real lesson of chapter 8); the iterates then turn inf/nan quietly.
    with np.errstate(all="ignore"):
        for t in range(n_steps):
            _, s, c = _ll_1d(newton[t : t + 1], x, y, bias)
            slopes_at[t], curvatures[t] = s[0], c[0]
            newton[t + 1] = newton[t] - s[0] / c[0]
            _, s_gd, _ = _ll_1d(gradient[t : t + 1], x, y, bias)
            gradient[t + 1] = gradient[t] + alpha * s_gd[0]
        newton_value = _ll_1d(newton, x, y, bias)[0]
        gradient_value = _ll_1d(gradient, x, y, bias)[0]
    return NewtonRace(
        newton=newton,
        gradient=gradient,
        newton_value=newton_value,
        gradient_value=gradient_value,
        tangent_points=np.column_stack([newton[:-1], slopes_at]),
        tangent_slopes=curvatures,
        w_star=_maximiser_1d(x, y, bias),
        learning_rate=alpha,
    )


def newton_race_run(n_steps: int = 8):
    """Chapter 8's race on ``"newton_1d"``: start w = 0, bias 0, alpha = 0.05.

    Returns
    -------
    dataset : Dataset
    race : NewtonRace
        Newton is within 1e-3 of w* (about 1.084) after 4 steps; gradient
        ascent is still well short of it after 8.
    """
    data: Dataset = load_dataset("newton_1d")
    race = newton_race(data.X[:, 0], data.y, theta0=0.0, n_steps=n_steps, learning_rate=0.05)
    return data, race


@dataclass(frozen=True, eq=False)
class NewtonTrajectory:
    """Newton / IRLS iterates in several dimensions.

    Attributes
    ----------
    thetas : ndarray of shape (n_iter + 1, n_dof)
    log_likelihood : ndarray of shape (n_iter + 1,)
        Penalised sum log-likelihood l(theta) - l2 ||w||^2.
    gradient_norm : ndarray of shape (n_iter + 1,)
        Norm of the penalised gradient at each iterate.
    converged : bool
        Whether the gradient norm fell below ``tol`` within ``n_steps``.
        On separable data without L2 the gradient also vanishes as
        |theta| -> inf, so check ``thetas`` before calling that a maximum.
    """

    thetas: np.ndarray
    log_likelihood: np.ndarray
    gradient_norm: np.ndarray
    converged: bool

    @property
    def n_iter(self) -> int:
        return int(self.thetas.shape[0] - 1)


def newton_method(
    X, y, n_steps: int = 25, tol: float = 1e-8, l2: float = 0.0, theta0=None
) -> NewtonTrajectory:
    """Newton-Raphson (Fisher scoring, IRLS) on the penalised log-likelihood.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        Raw features.
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    n_steps : int, default=25
        Most Newton steps (>= 0); fewer once converged.
    tol : float, default=1e-8
        Stop once ||grad l|| <= tol.
    l2 : float, default=0.0
        L2 strength on theta[1:]. Without it, separable data has no finite
        maximiser: the iterates grow until ``n_steps`` (converged=False).
    theta0 : array-like of shape (n_features + 1,), optional
        Start; zeros when omitted.

    Returns
    -------
    trajectory : NewtonTrajectory
    """
    X, y = check_X_y(X, y)
    n_steps = check_n_steps(n_steps, "n_steps")
    tol = check_non_negative(tol, "tol")
    l2 = check_non_negative(l2, "l2")
    Xb = _add_bias(X)
    theta = np.zeros(Xb.shape[1]) if theta0 is None else check_theta(theta0, Xb.shape[1]).copy()

    thetas, values, norms = [theta], [], []
    converged = False
    for it in range(n_steps + 1):
        grad = _gradient(theta, Xb, y, l2)
        values.append(_log_likelihood(theta, Xb, y, l2))
        norms.append(float(np.linalg.norm(grad)))
        if norms[-1] <= tol:
            converged = True
            break
        if it == n_steps:
            break
        hess = _hessian(theta, Xb, l2)
        try:
            step = np.linalg.solve(hess, grad)
        except np.linalg.LinAlgError:
            step = np.linalg.lstsq(hess, grad, rcond=None)[0]
        theta = theta - step
        thetas.append(theta)
    return NewtonTrajectory(
        thetas=np.array(thetas),
        log_likelihood=np.array(values),
        gradient_norm=np.array(norms),
        converged=converged,
    )


def steps_to_settle(values, target: float, tol: float) -> int | None:
    """The first step from which every later value stays within ``tol`` of ``target``.

    Parameters
    ----------
    values : array-like of shape (n_steps + 1,)
        A trajectory, step 0 first (iterates, log-likelihoods, ...).
    target : float
        Where it should end up (w*, the maximum log-likelihood, ...).
    tol : float
        Allowed distance |value - target| (>= 0).

    Returns
    -------
    step : int or None
        None when even the last value is farther than ``tol``: not settled
        within the recorded steps.
    """
    values = np.asarray(values, dtype=np.float64)
    if values.ndim != 1 or values.size == 0:
        raise ValueError(f"values must be a non-empty 1-D trajectory; got shape {values.shape}")
    target = float(check_finite_array(target, "target"))
    tol = check_non_negative(tol, "tol")
    with np.errstate(invalid="ignore"):
        within = np.abs(values - target) <= tol  # nan (a diverged step) is never within
    if not within[-1]:
        return None
    outside = np.flatnonzero(~within)
    return int(outside[-1] + 1) if outside.size else 0


@dataclass(frozen=True, eq=False)
class NewtonVersusAscent:
    """Chapter 8's table: Newton (IRLS) against gradient ascent on one data set.

    Attributes
    ----------
    dataset : Dataset
    newton : NewtonTrajectory
        From theta = 0, run to a gradient norm of 1e-10.
    ascent : GradientAscentTrajectory
        Mean-gradient ascent from theta = 0 (chapter 5's rule).
    max_log_likelihood : float
        l at Newton's last iterate, the maximum both climb towards.
    tol : float
        "Converged" means l stays within ``tol`` of the maximum.
    newton_steps, ascent_steps : int
        Steps each method needs to converge (see :func:`steps_to_settle`).
    n_dof : int
        d, the number of parameters (bias included).
    """

    dataset: Dataset
    newton: NewtonTrajectory
    ascent: GradientAscentTrajectory
    max_log_likelihood: float
    tol: float
    newton_steps: int
    ascent_steps: int

    @property
    def n_dof(self) -> int:
        return int(self.newton.thetas.shape[1])

    @property
    def learning_rate(self) -> float:
        return self.ascent.learning_rate


def newton_versus_ascent_run(
    name: str = "clouds",
    learning_rate: float = 0.3,
    tol: float = 1e-3,
    max_ascent_steps: int = 10_000,
) -> NewtonVersusAscent:
    """Count the steps Newton and gradient ascent need on the same data.

    Parameters
    ----------
    name : str, default="clouds"
        A data set of :func:`core.load_dataset` (chapter 5's lab default).
    learning_rate : float, default=0.3
        Gradient ascent's alpha on the mean log-likelihood (the lab's rate).
    tol : float, default=1e-3
        Convergence: the sum log-likelihood within ``tol`` of its maximum.
    max_ascent_steps : int, default=10_000
        Gradient ascent's budget.

    Returns
    -------
    run : NewtonVersusAscent
        On the defaults: Newton converges in 7 steps, gradient ascent in
        about 2,800.

    Raises
    ------
    ValueError
        If either method has not converged within its budget. (Separable
        data has no finite maximum: check ``newton.thetas`` before trusting
        a table made from it.)
    """
    data: Dataset = load_dataset(name)
    tol = check_non_negative(tol, "tol")
    max_ascent_steps = check_n_steps(max_ascent_steps, "max_ascent_steps", minimum=1)
    newton = newton_method(data.X, data.y, n_steps=50, tol=1e-10)
    if not newton.converged:
        raise ValueError(f"Newton did not converge on {name!r} within 50 steps")
    best = float(newton.log_likelihood[-1])
    ascent = gradient_ascent(data.X, data.y, learning_rate, max_ascent_steps)
    newton_steps = steps_to_settle(newton.log_likelihood, best, tol)
    ascent_steps = steps_to_settle(ascent.log_likelihood, best, tol)
    if ascent_steps is None:
        raise ValueError(
            f"gradient ascent is not within {tol} of the maximum after {max_ascent_steps} "
            "steps; raise max_ascent_steps"
        )
    return NewtonVersusAscent(
        dataset=data,
        newton=newton,
        ascent=ascent,
        max_log_likelihood=best,
        tol=tol,
        newton_steps=int(newton_steps),
        ascent_steps=int(ascent_steps),
    )
