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
    "ErrorDecay",
    "NewtonBowls",
    "QuadraticModel",
    "error_decay",
    "error_decay_run",
    "newton_bowls_run",
    "quadratic_model",
    "NewtonOnQuadratic",
    "newton_on_quadratic",
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


def work_to_converge(run: NewtonVersusAscent, d: int) -> tuple[int, int]:
    """The total work of each method to converge, were the model to have ``d`` weights.

    Newton's step builds and solves with the d x d Hessian (about d^3 operations), gradient
    ascent's step costs about d; each is multiplied by the step count of ``run``.

    Parameters
    ----------
    run : NewtonVersusAscent
        Supplies the two step counts.
    d : int
        The number of weights (at least 1).

    Returns
    -------
    newton_work, ascent_work : int
        ``newton_steps * d**3`` and ``ascent_steps * d`` (exact integers).
    """
    d = check_n_steps(d, "d", minimum=1)
    return run.newton_steps * d ** 3, run.ascent_steps * d


@dataclass(frozen=True, eq=False)
class ErrorDecay:
    """How fast each climber of the 1-D race closes in on w*: |w_t - w*| step by step.

    Attributes
    ----------
    steps : ndarray of int of shape (n_steps + 1,)
    newton_error, ascent_error : ndarray of shape (n_steps + 1,)
        |w_t - w*| of each method; Newton's reaches rounding level (about 1e-16 |w*|)
        within a few steps and is then clipped to ``floor``.
    floor : float
        The smallest error drawn: 4 machine epsilons of |w*|.
    ascent_rate : float
        |1 + alpha l''(w*)|: near the peak each gradient step multiplies the error by it
        (linear convergence).
    newton_constant : float
        |l'''(w*) / (2 l''(w*))|: near the peak Newton's next error is about this times the
        square of the last (quadratic convergence).
    ascent_steps_to : dict of int to int
        For 3 and 6 correct decimals (error below 10^-k), the first step of gradient ascent
        from which the error stays below; Newton's in ``newton_steps_to``.
    newton_steps_to : dict of int to int
    """

    steps: np.ndarray
    newton_error: np.ndarray
    ascent_error: np.ndarray
    floor: float
    ascent_rate: float
    newton_constant: float
    ascent_steps_to: dict
    newton_steps_to: dict


def _third_derivative_1d(w: float, x, y, bias) -> float:
    """l'''(w) = -sum_i h_i (1 - h_i) (1 - 2 h_i) x_i^3."""
    z = w * x + bias
    h, one_minus_h = special.expit(z), special.expit(-z)
    return float(-np.sum(h * one_minus_h * (one_minus_h - h) * x**3))


def error_decay(x, y, theta0: float, n_steps: int, learning_rate: float,
                bias: float = 0.0) -> ErrorDecay:
    """Both methods' distance to the peak, run for ``n_steps`` (see :func:`newton_race`).

    Returns
    -------
    decay : ErrorDecay
    """
    x, y, bias = _check_1d(x, y, bias)
    race = newton_race(x, y, theta0, n_steps, learning_rate, bias)
    w_star = race.w_star
    if not np.isfinite(w_star):
        raise ValueError("the data are separable by w alone: no finite peak to converge to")
    floor = 4 * np.finfo(float).eps * max(abs(w_star), 1.0)
    newton_error = np.maximum(np.abs(race.newton - w_star), floor)
    ascent_error = np.maximum(np.abs(race.gradient - w_star), floor)
    _, _, c = _ll_1d(np.array([w_star]), x, y, bias)
    curvature = float(c[0])
    targets = {}
    for name, error in (("newton", newton_error), ("ascent", ascent_error)):
        targets[name] = {}
        for k in (3, 6):
            at = steps_to_settle(error, 0.0, 10.0**-k)
            if at is None:
                raise ValueError(f"{name} is not within 1e-{k} of w* after {n_steps} steps")
            targets[name][k] = at
    return ErrorDecay(
        steps=np.arange(n_steps + 1),
        newton_error=newton_error,
        ascent_error=ascent_error,
        floor=float(floor),
        ascent_rate=abs(1.0 + race.learning_rate * curvature),
        newton_constant=abs(_third_derivative_1d(w_star, x, y, bias) / (2 * curvature)),
        ascent_steps_to=targets["ascent"],
        newton_steps_to=targets["newton"],
    )


def error_decay_run(n_steps: int = 100) -> ErrorDecay:
    """Chapter 8's race (``"newton_1d"``, w_0 = 0, alpha = 0.05), run long enough for
    gradient ascent to reach 6 correct decimals."""
    data: Dataset = load_dataset("newton_1d")
    return error_decay(data.X[:, 0], data.y, theta0=0.0, n_steps=n_steps, learning_rate=0.05)


@dataclass(frozen=True, eq=False)
class QuadraticModel:
    """Newton's local model of l at theta: l + g^T d + d^T H d / 2, d = theta' - theta.

    Attributes
    ----------
    theta : ndarray of shape (n_dof,)
        Where the model touches l.
    value : float
        l(theta).
    gradient : ndarray of shape (n_dof,)
    hessian : ndarray of shape (n_dof, n_dof)
        Negative definite for the log-likelihood.
    centre : ndarray of shape (n_dof,)
        The model's maximum, theta - H^-1 g: Newton's next iterate.
    peak : float
        The model's value at its centre, l - g^T H^-1 g / 2.
    """

    theta: np.ndarray
    value: float
    gradient: np.ndarray
    hessian: np.ndarray
    centre: np.ndarray
    peak: float

    def __call__(self, points) -> np.ndarray:
        """The model's value at ``points`` of shape (..., n_dof)."""
        d = np.asarray(points, dtype=float) - self.theta
        return self.value + d @ self.gradient + 0.5 * np.einsum("...i,ij,...j->...", d,
                                                                 self.hessian, d)

    def contour(self, level: float, n_points: int = 120) -> np.ndarray:
        """The closed curve where the (2-D) model equals ``level`` (below ``peak``): an ellipse
        around the centre, of shape (n_points + 1, 2), first point repeated last."""
        if self.theta.size != 2:
            raise ValueError(f"contours need a 2-D model; this one has {self.theta.size} weights")
        drop = self.peak - float(level)
        if not drop > 0:
            raise ValueError(f"level must lie below the model's peak {self.peak:g}; got {level}")
        # (p - c)^T (-H) (p - c) = 2 drop: along each eigenvector v, radius sqrt(2 drop / lam).
        lam, vecs = np.linalg.eigh(-self.hessian)
        angle = np.linspace(0.0, 2 * np.pi, n_points + 1)
        unit = np.column_stack([np.cos(angle), np.sin(angle)])
        return self.centre + (unit * np.sqrt(2 * drop / lam)) @ vecs.T


def quadratic_model(theta, X, y, l2: float = 0.0) -> QuadraticModel:
    """Newton's quadratic model of the sum log-likelihood at ``theta`` (bias first).

    Parameters
    ----------
    theta : array-like of shape (n_features + 1,)
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)
    l2 : float, default=0.0

    Returns
    -------
    model : QuadraticModel
    """
    X, y = check_X_y(X, y)
    l2 = check_non_negative(l2, "l2")
    Xb = _add_bias(X)
    theta = check_theta(theta, Xb.shape[1]).astype(float)
    g = _gradient(theta, Xb, y, l2)
    H = _hessian(theta, Xb, l2)
    step = np.linalg.solve(H, g)
    value = float(_log_likelihood(theta, Xb, y, l2))
    return QuadraticModel(theta=theta, value=value, gradient=g, hessian=H,
                          centre=theta - step, peak=value - 0.5 * float(g @ step))


@dataclass(frozen=True, eq=False)
class NewtonBowls:
    """Newton in two weights (bias b and weight w of ``"newton_1d"``), on a map of l.

    Attributes
    ----------
    b_grid : ndarray of shape (n_b,)
    w_grid : ndarray of shape (n_w,)
    values : ndarray of shape (n_w, n_b)
        l(b, w) on the grid; row j is w_grid[j].
    models : list of QuadraticModel
        The model at each iterate; models[t].centre is iterate t + 1.
    iterates : ndarray of shape (n_steps + 1, 2)
        (b, w) from the start, by Newton's method.
    maximiser : ndarray of shape (2,)
    max_value : float
    """

    b_grid: np.ndarray
    w_grid: np.ndarray
    values: np.ndarray
    models: list
    iterates: np.ndarray
    maximiser: np.ndarray
    max_value: float


def newton_bowls_run(start=(-1.5, 0.0), n_steps: int = 3,
                     b_range=(-2.8, 2.4), w_range=(-0.7, 2.6),
                     shape: tuple[int, int] = (150, 200)) -> NewtonBowls:
    """Chapter 8's 2-D picture: l(b, w) on ``"newton_1d"`` and Newton's first steps.

    Returns
    -------
    bowls : NewtonBowls
    """
    data: Dataset = load_dataset("newton_1d")
    n_steps = check_n_steps(n_steps)
    start = check_theta(start, 2).astype(float)
    b_grid = np.linspace(*b_range, shape[1])
    w_grid = np.linspace(*w_range, shape[0])
    B, W = np.meshgrid(b_grid, w_grid)
    x, y = data.X[:, 0], data.y
    z = W[..., None] * x + B[..., None]
    values = -np.sum(_cross_entropy(z, y), axis=-1)
    models, theta = [], start
    iterates = [start]
    for _ in range(n_steps):
        model = quadratic_model(theta, data.X, data.y)
        models.append(model)
        theta = model.centre
        iterates.append(theta)
    best = newton_method(data.X, data.y, n_steps=50, tol=1e-12)
    return NewtonBowls(b_grid=b_grid, w_grid=w_grid, values=values, models=models,
                       iterates=np.array(iterates), maximiser=best.thetas[-1],
                       max_value=float(best.log_likelihood[-1]))


def principal_curvatures(H) -> np.ndarray:
    """The curvatures of a quadratic model along its principal directions: the eigenvalues
    of the symmetric Hessian ``H``, smallest (most negative) first.

    All negative: the model is a hill bending down every way, and Newton's step climbs to
    its top. Mixed signs (an indefinite H): a saddle, and the step can head for it, or
    downhill.

    Parameters
    ----------
    H : array-like of shape (d, d), symmetric

    Returns
    -------
    curvatures : ndarray of shape (d,)
    """
    H = np.asarray(H, dtype=float)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T):
        raise ValueError(f"H must be a symmetric square matrix; got shape {H.shape}")
    return np.linalg.eigvalsh(H)


@dataclass(frozen=True, eq=False)
class NewtonOnQuadratic:
    """One Newton step on a 2-D quadratic l(u, v) = (c_u u^2 + c_v v^2) / 2, in its principal
    coordinates, with l = 0 at its stationary point, the origin.

    Attributes
    ----------
    curvatures : ndarray of shape (2,)
        (c_u, c_v): both negative, a hill; of mixed signs, a saddle.
    u_grid, v_grid : ndarray
    values : ndarray of shape (n_v, n_u)
        l on the grid; row j is v_grid[j].
    start, lands : ndarray of shape (2,)
        Where the step starts, and where it lands (start - H^-1 grad l(start)).
    value_start, value_lands : float
        l at both: lands above start means the step climbed.
    """

    curvatures: np.ndarray
    u_grid: np.ndarray
    v_grid: np.ndarray
    values: np.ndarray
    start: np.ndarray
    lands: np.ndarray
    value_start: float
    value_lands: float


def newton_on_quadratic(curvatures, start, half_width: float = 1.0,
                        shape: tuple[int, int] = (160, 200),
                        half_height: float | None = None) -> NewtonOnQuadratic:
    """Newton's step from ``start`` on the quadratic with these principal ``curvatures``:
    on a hill it lands on the top; on a saddle it lands on the saddle point, which can lie
    below the start (the step went downhill).

    Parameters
    ----------
    curvatures : array-like of shape (2,), nonzero
    start : array-like of shape (2,)
    half_width : float, default=1.0
        The grid covers [-half_width, half_width] in u (and in v unless ``half_height``).
    shape : (rows, cols)
    half_height : float, optional
        The grid covers [-half_height, half_height] in v (default: ``half_width``), so that a
        picture wider than tall can keep u and v to one scale.

    Returns
    -------
    run : NewtonOnQuadratic
    """
    c = np.asarray(curvatures, dtype=float)
    if c.shape != (2,) or not np.all(np.isfinite(c)) or np.any(c == 0):
        raise ValueError(f"curvatures must be two nonzero numbers; got {curvatures!r}")
    start = check_theta(start, 2).astype(float)
    H = np.diag(c)

    def value(p: np.ndarray) -> np.ndarray:
        return 0.5 * np.einsum("...i,ij,...j->...", p, H, p)

    lands = start - np.linalg.solve(H, H @ start)
    u_grid = np.linspace(-half_width, half_width, shape[1])
    half_v = half_width if half_height is None else float(half_height)
    v_grid = np.linspace(-half_v, half_v, shape[0])
    U, V = np.meshgrid(u_grid, v_grid)
    values = value(np.stack([U, V], axis=-1))
    return NewtonOnQuadratic(curvatures=c, u_grid=u_grid, v_grid=v_grid, values=values,
                             start=start, lands=lands, value_start=float(value(start)),
                             value_lands=float(value(lands)))
