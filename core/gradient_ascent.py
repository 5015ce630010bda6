"""Chapters 4-5: one stochastic update by hand, and the training-lab trainer.

Objective and scaling
---------------------
The trainers climb the penalised log-likelihood of :mod:`core.losses`,
l_l2(theta) = l(theta) - l2 ||w||^2, where l is the course's **sum** over
samples. With ``average=True`` (the default, used by the lab presets) each
step follows the gradient of the per-sample mean l_l2 / n, i.e.
``theta += alpha * (X^T (y - h) - 2 l2 (0, w)) / n``, so a learning rate
means the same thing whatever the number of points; ``average=False`` is
the course's ``theta += alpha * X^T (y - h)``. Either way the recorded
``log_likelihood`` is the sum l(theta) (without the penalty), the number
the course's lab displays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from core._validation import (
    check_finite_array,
    check_labels,
    check_learning_rate,
    check_n_steps,
    check_non_negative,
    check_theta,
    check_X_y,
)
from core.datasets import Dataset, load_dataset
from core.functions import _add_bias
from core.losses import _cross_entropy

__all__ = [
    "LAB_START_SCALE",
    "LAB_START_SEED",
    "TRAINING_LAB_CASES",
    "GradientAscentTrajectory",
    "SGDStep",
    "StochasticTrajectory",
    "TrainingLabRun",
    "gradient_ascent",
    "random_start",
    "sgd_step",
    "stochastic_gradient_ascent",
    "training_lab_run",
]


@dataclass(frozen=True, eq=False)
class SGDStep:
    """One stochastic gradient-ascent update, every intermediate number.

    Attributes
    ----------
    theta_before, theta_after : ndarray of shape (n_dof,)
    score_before, score_after : float
        theta^T x before and after the update.
    h_before, h_after : float
        g(theta^T x) before and after.
    error : float
        y - h_before, the factor every weight moves by (times alpha x_j).
    """

    theta_before: np.ndarray
    theta_after: np.ndarray
    score_before: float
    score_after: float
    h_before: float
    h_after: float
    error: float


def sgd_step(theta, x, y, learning_rate: float) -> SGDStep:
    """theta_j := theta_j + alpha (y - h(x)) x_j for one example (chapter 4).

    Parameters
    ----------
    theta : array-like of shape (n_dof,)
    x : array-like of shape (n_dof,)
        One design row **including** the bias feature, e.g. ``(1, 2)``.
    y : int
        Label, 0 or 1.
    learning_rate : float
        alpha > 0.

    Returns
    -------
    step : SGDStep
        With x = (1, 2), y = 1, theta = 0, alpha = 0.5: theta_after =
        (0.25, 0.5) and h rises from 0.5 to g(1.25) = 0.777.
    """
    x = check_finite_array(x, "x", ndim=1)
    theta = check_theta(theta, x.shape[0])
    y = int(check_labels(np.atleast_1d(y))[0])
    alpha = check_learning_rate(learning_rate)
    z0 = float(theta @ x)
    h0 = float(special.expit(z0))
    new = theta + alpha * (y - h0) * x
    z1 = float(new @ x)
    return SGDStep(
        theta_before=theta.copy(),
        theta_after=new,
        score_before=z0,
        score_after=z1,
        h_before=h0,
        h_after=float(special.expit(z1)),
        error=y - h0,
    )


@dataclass(frozen=True, eq=False)
class GradientAscentTrajectory:
    """Batch gradient ascent, recorded at every step (step 0 is the start).

    Attributes
    ----------
    thetas : ndarray of shape (n_steps + 1, n_dof)
        Weights, bias first.
    log_likelihood : ndarray of shape (n_steps + 1,)
        Sum log-likelihood l(theta) (no penalty term).
    accuracy : ndarray of shape (n_steps + 1,)
        Training accuracy of the rule theta^T x >= 0.
    theta_norm : ndarray of shape (n_steps + 1,)
        Euclidean norm of the whole theta (bias included).
    pulls : ndarray of shape (n_steps + 1, n_samples)
        Each point's current pull y_i - h_i on the boundary; near 0 for
        points the model is already sure about.
    learning_rate : float
    l2 : float
    average : bool
        Whether steps used the per-sample mean gradient.
    """

    thetas: np.ndarray
    log_likelihood: np.ndarray
    accuracy: np.ndarray
    theta_norm: np.ndarray
    pulls: np.ndarray
    learning_rate: float
    l2: float
    average: bool

    @property
    def n_steps(self) -> int:
        return int(self.thetas.shape[0] - 1)


def random_start(n_dof: int, seed: int, scale: float = 1.0) -> np.ndarray:
    """A seeded random initial theta, N(0, scale^2) in every coordinate.

    Returns
    -------
    theta0 : ndarray of shape (n_dof,)
    """
    n_dof = check_n_steps(n_dof, "n_dof", minimum=1)
    seed = check_n_steps(seed, "seed")
    scale = check_non_negative(scale, "scale")
    return np.random.default_rng(seed).normal(0.0, scale, size=n_dof)


def _start(theta0, n_dof):
    if theta0 is None:
        return np.zeros(n_dof)
    return check_theta(theta0, n_dof, name="theta0").copy()


def gradient_ascent(
    X,
    y,
    learning_rate: float,
    n_steps: int,
    theta0=None,
    l2: float = 0.0,
    average: bool = True,
) -> GradientAscentTrajectory:
    """Batch gradient ascent on the (penalised) log-likelihood.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        Raw features.
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    learning_rate : float
        alpha > 0.
    n_steps : int
        Number of updates (>= 0).
    theta0 : array-like of shape (n_features + 1,), optional
        Start; zeros when omitted (see :func:`random_start`).
    l2 : float, default=0.0
        L2 strength lambda on theta[1:] (see :mod:`core.losses`).
    average : bool, default=True
        Step along the mean gradient (see the module docstring).

    Returns
    -------
    trajectory : GradientAscentTrajectory
    """
    X, y = check_X_y(X, y)
    alpha = check_learning_rate(learning_rate)
    n_steps = check_n_steps(n_steps)
    l2 = check_non_negative(l2, "l2")
    Xb = _add_bias(X)
    theta = _start(theta0, Xb.shape[1])
    scale = alpha / Xb.shape[0] if average else alpha

    thetas = np.empty((n_steps + 1, Xb.shape[1]))
    thetas[0] = theta
    for step in range(n_steps):
        grad = Xb.T @ (y - special.expit(Xb @ theta))
        grad[1:] -= 2.0 * l2 * theta[1:]
        theta = theta + scale * grad
        thetas[step + 1] = theta
    return _record(thetas, Xb, y, alpha, l2, average)


def _record(thetas, Xb, y, alpha, l2, average):
    z = thetas @ Xb.T  # (n_steps + 1, n_samples), one product for all steps
    return GradientAscentTrajectory(
        thetas=thetas,
        log_likelihood=-np.sum(_cross_entropy(z, y), axis=1),
        accuracy=np.mean((z >= 0) == (y == 1), axis=1),
        theta_norm=np.linalg.norm(thetas, axis=1),
        pulls=y - special.expit(z),
        learning_rate=alpha,
        l2=l2,
        average=average,
    )


@dataclass(frozen=True, eq=False)
class StochasticTrajectory:
    """Stochastic gradient ascent: one visited point per step.

    Attributes
    ----------
    thetas : ndarray of shape (n_steps + 1, n_dof)
    visited : ndarray of int64 of shape (n_steps,)
        Index of the sample used at each step.
    epoch : ndarray of int64 of shape (n_steps,)
        Pass over the data each step belongs to.
    log_likelihood : ndarray of shape (n_steps + 1,)
        Sum log-likelihood over the whole data set after each step.
    accuracy : ndarray of shape (n_steps + 1,)
    theta_norm : ndarray of shape (n_steps + 1,)
    """

    thetas: np.ndarray
    visited: np.ndarray
    epoch: np.ndarray
    log_likelihood: np.ndarray
    accuracy: np.ndarray
    theta_norm: np.ndarray


def stochastic_gradient_ascent(
    X,
    y,
    learning_rate: float,
    n_epochs: int,
    theta0=None,
    seed: int = 0,
) -> StochasticTrajectory:
    """The course's per-example rule theta += alpha (y_i - h_i) x_i.

    Each epoch visits every sample once in an order shuffled by
    ``np.random.default_rng(seed)``.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)
    learning_rate : float
    n_epochs : int
        Passes over the data (>= 0); n_steps = n_epochs * n_samples.
    theta0 : array-like of shape (n_features + 1,), optional
    seed : int, default=0

    Returns
    -------
    trajectory : StochasticTrajectory
    """
    X, y = check_X_y(X, y)
    alpha = check_learning_rate(learning_rate)
    n_epochs = check_n_steps(n_epochs, "n_epochs")
    seed = check_n_steps(seed, "seed")
    Xb = _add_bias(X)
    n = Xb.shape[0]
    theta = _start(theta0, Xb.shape[1])
    rng = np.random.default_rng(seed)
    visited = np.concatenate([rng.permutation(n) for _ in range(n_epochs)] or [[]])
    visited = visited.astype(np.int64)
    thetas = np.empty((visited.size + 1, Xb.shape[1]))
    thetas[0] = theta
    for step, i in enumerate(visited):
        xi = Xb[i]
        theta = theta + alpha * (y[i] - special.expit(xi @ theta)) * xi
        thetas[step + 1] = theta
    rec = _record(thetas, Xb, y, alpha, 0.0, False)
    return StochasticTrajectory(
        thetas=thetas,
        visited=visited,
        epoch=np.arange(visited.size) // n,
        log_likelihood=rec.log_likelihood,
        accuracy=rec.accuracy,
        theta_norm=rec.theta_norm,
    )


# --------------------------------------------------------------------------
# Chapter 5 presets
# --------------------------------------------------------------------------

#: The random start every experiment shares (see :func:`random_start`): small
#: weights, so the field starts blurry, pointing away from class 1, so the
#: boundary starts out nonsense and has to swing round.
LAB_START_SEED = 5
LAB_START_SCALE = 0.6

#: (dataset, learning rate, steps) of each case.
_LAB_PRESETS = {
    "default": ("clouds", 0.3, 300),
    "overlap": ("clouds_overlap", 0.3, 300),
    # The default clouds dragged apart until a line separates them: the weights grow for
    # ever, fast because the gap is narrow, so the field hardens toward a knife edge.
    "separated": ("clouds_apart", 2.0, 1500),
    # Few steps: each one is meant to be watched.
    "lr_too_large": ("clouds_overlap", 14.0, 30),
}

#: Case names accepted by :func:`training_lab_run`.
TRAINING_LAB_CASES: tuple[str, ...] = tuple(_LAB_PRESETS)


@dataclass(frozen=True, eq=False)
class TrainingLabRun:
    """A chapter 5 preset: the data it trains on and its trajectory.

    Attributes
    ----------
    case : str
    dataset : Dataset
    trajectory : GradientAscentTrajectory
        Mean-gradient ascent from a seeded random start.
    """

    case: str
    dataset: Dataset
    trajectory: GradientAscentTrajectory


def training_lab_run_on(case: str, name: str) -> TrainingLabRun:
    """The training lab's run ``case`` (its learning rate, its number of steps and the
    shared seeded start) on the data set ``name`` instead of its own.

    Chapter 5 draws the first clouds (``"clouds"``) trained exactly as the separated run
    is: their |theta| levels off at their best fit's, where the separated run's keeps
    growing.

    Returns
    -------
    run : TrainingLabRun
        ``case`` is ``"<case> on <name>"``.
    """
    return _lab_run(case, name, f"{case} on {name}")


def training_lab_run(case: str = "default") -> TrainingLabRun:
    """Run one of the training lab's experiments by name.

    Parameters
    ----------
    case : str, default="default"
        One of :data:`TRAINING_LAB_CASES`:

        - ``"default"``: the default clouds, 300 steps at alpha = 0.3; the
          boundary swings round into the gap and the field sharpens.
        - ``"overlap"``: overlapping clouds, 300 steps at alpha = 0.3; settles
          on the maximum-likelihood compromise with a soft field.
        - ``"separated"``: the default clouds dragged apart until separable
          (``"clouds_apart"``), 1500 steps at alpha = 2; |theta| is still
          growing at the end (chapter 9's pathology), to almost three times
          the default run's, and the log-likelihood creeps toward 0.
        - ``"lr_too_large"``: the overlapping clouds, 30 steps at alpha = 14;
          the first step overshoots far past the fit, and instead of settling
          the boundary ends up rocking between two lines, the log-likelihood
          going down as well as up.

    Returns
    -------
    run : TrainingLabRun
        Mean-gradient ascent from the shared seeded random start
        (:data:`LAB_START_SEED`, :data:`LAB_START_SCALE`).
    """
    return _lab_run(case, None, case)


def _lab_run(case: str, name: str | None, label: str) -> TrainingLabRun:
    """The lab's run ``case`` (its rate, its steps, the shared seeded start) on the data set
    ``name`` (None: the case's own), called ``label``."""
    if case not in _LAB_PRESETS:
        raise ValueError(
            f"unknown training-lab case {case!r}; known cases are {', '.join(TRAINING_LAB_CASES)}"
        )
    own, alpha, n_steps = _LAB_PRESETS[case]
    data = load_dataset(name or own)
    theta0 = random_start(data.n_features + 1, LAB_START_SEED, LAB_START_SCALE)
    trajectory = gradient_ascent(data.X, data.y, alpha, n_steps, theta0=theta0)
    return TrainingLabRun(case=label, dataset=data, trajectory=trajectory)
