"""Chapter 7: softmax over k classes and softmax regression.

The model keeps one weight vector per class, ``Theta`` of shape
(n_classes, n_features + 1), logits t = Theta x, and P(y = i | x) =
softmax(t)_i. Training is gradient **descent** on the mean softmax
cross-entropy (equivalently ascent on the mean log-likelihood), whose
gradient is mean_i (phi_i - e_{y_i}) x_i^T.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from core._validation import (
    check_finite_array,
    check_learning_rate,
    check_n_steps,
    check_X_y,
)
from core.datasets import Dataset, load_dataset
from core.functions import _add_bias, log_softmax, softmax
from core.gradient_ascent import random_start
from core.losses import _onehot

__all__ = [
    "COURSE_LOGITS",
    "SoftmaxLabRun",
    "SoftmaxParts",
    "SoftmaxTrajectory",
    "class_probabilities",
    "point_with_logits",
    "logits_at",
    "shared_lift",
    "softmax_parts",
    "softmax_lab_run",
    "softmax_regression",
    "two_class_reduction",
    "LogitStep",
    "logit_gradient_step",
]

#: Chapter 7's example logits (t1, t2, t3) for the query point.
COURSE_LOGITS = (2.0, 1.0, 0.0)


def class_probabilities(logits) -> np.ndarray:
    """Softmax of validated logits: exp(t_i) / sum_j exp(t_j).

    Parameters
    ----------
    logits : array-like of shape (n_classes,) or (n_samples, n_classes)

    Returns
    -------
    phi : ndarray, same shape as ``logits``
        For the course's t = (2, 1, 0): about (0.665, 0.245, 0.090).
    """
    t = check_finite_array(logits, "logits")
    if t.ndim not in (1, 2) or t.shape[-1] < 1:
        raise ValueError(
            f"logits must have shape (n_classes,) or (n_samples, n_classes); got {t.shape}"
        )
    return softmax(t, axis=-1)


@dataclass(frozen=True, eq=False)
class SoftmaxParts:
    """The two steps of softmax, kept apart to show them.

    Attributes
    ----------
    exponentials : ndarray of shape (n_classes,)
        exp(t_i), not shifted: the numbers a reader computes by hand.
    total : float
        sum_j exp(t_j).
    probabilities : ndarray of shape (n_classes,)
        exponentials / total, computed by :func:`class_probabilities` (stable).
    """

    exponentials: np.ndarray
    total: float
    probabilities: np.ndarray


#: Past this logit exp(t) overflows float64; the unshifted parts are for display only.
_MAX_DISPLAY_LOGIT = 700.0


def softmax_parts(logits) -> SoftmaxParts:
    """Exponentiate, add up, divide: softmax of one logit vector in its two steps.

    Parameters
    ----------
    logits : array-like of shape (n_classes,)
        Each at most 700 (beyond, exp(t) overflows; use :func:`class_probabilities`).

    Returns
    -------
    parts : SoftmaxParts
        For the course's t = (2, 1, 0): exponentials about (7.389, 2.718, 1),
        total about 11.107.
    """
    t = check_finite_array(logits, "logits", ndim=1)
    if t.size < 1:
        raise ValueError("logits must hold at least one class; got an empty array")
    if t.max() > _MAX_DISPLAY_LOGIT:
        raise ValueError(
            f"logits must be at most {_MAX_DISPLAY_LOGIT:g} for unshifted exponentials; "
            f"got a largest logit of {t.max():g}"
        )
    e = np.exp(t)
    return SoftmaxParts(exponentials=e, total=float(e.sum()), probabilities=softmax(t))


def point_with_logits(Theta, logits) -> np.ndarray:
    """The input x at which the model's logits equal ``logits`` up to a shared shift.

    Softmax ignores a constant added to every logit, so only the k - 1 differences
    t_i - t_{i+1} matter; with two features and three classes they are two linear
    equations in (x1, x2) with one solution. At the returned x,
    ``class_probabilities(Theta @ [1, x1, x2]) == class_probabilities(logits)``.

    Parameters
    ----------
    Theta : array-like of shape (3, 3)
        One weight vector per class, bias first.
    logits : array-like of shape (3,) or (n_points, 3)
        Wanted logits (t1, t2, t3).

    Returns
    -------
    x : ndarray of shape (2,) or (n_points, 2)
        For logits (0, 0, 0): the three-way meeting point, where every class gets 1/3.
    """
    Theta = check_finite_array(Theta, "Theta", ndim=2)
    if Theta.shape != (3, 3):
        raise ValueError(
            f"Theta must have shape (3, 3): three classes, bias and two features; "
            f"got {Theta.shape}"
        )
    t = check_finite_array(logits, "logits")
    if t.ndim not in (1, 2) or t.shape[-1] != 3:
        raise ValueError(f"logits must have shape (3,) or (n_points, 3); got {t.shape}")
    D = Theta[:-1] - Theta[1:]  # rows: (theta_i - theta_{i+1}), bias first
    A = D[:, 1:]
    if abs(np.linalg.det(A)) < 1e-12 * max(1.0, float(np.abs(A).max()) ** 2):
        raise ValueError(
            "Theta's class weight differences are parallel: the logit differences do not "
            "pin down a single point"
        )
    b = (t[..., :-1] - t[..., 1:]) - D[:, 0]  # (..., 2)
    return np.linalg.solve(A, b.T).T


def logits_at(Theta, x) -> np.ndarray:
    """The model's logits t_i = theta_i^T (1, x) at the point(s) ``x``.

    Parameters
    ----------
    Theta : array-like of shape (k, 3)
        One weight vector per class, bias first.
    x : array-like of shape (2,) or (n_points, 2)

    Returns
    -------
    logits : ndarray of shape (k,) or (n_points, k)
    """
    Theta = check_finite_array(Theta, "Theta", ndim=2)
    x = check_finite_array(x, "x")
    if x.shape[-1] != Theta.shape[1] - 1:
        raise ValueError(f"x must have {Theta.shape[1] - 1} features; got shape {x.shape}")
    ones = np.ones(x.shape[:-1] + (1,))
    return np.concatenate([ones, x], axis=-1) @ Theta.T


def shared_lift(Theta, x, logits) -> float:
    """The number c that, added to every class's bias, makes the logits at ``x`` equal
    ``logits`` (which must differ from the model's there by one shared shift).

    Raising every bias by the same c raises every logit everywhere by c and changes no
    probability: softmax ignores a shared shift.
    """
    have = logits_at(Theta, x)
    want = check_finite_array(logits, "logits", ndim=1)
    gaps = want - have
    if np.ptp(gaps) > 1e-9 * max(1.0, float(np.abs(want).max())):
        raise ValueError("the wanted logits differ from the model's by more than a shift")
    return float(gaps.mean())


def two_class_reduction(logits):
    """Show softmax with k = 2 is the sigmoid of the logit difference.

    Parameters
    ----------
    logits : array-like of shape (n_samples, 2)
        Columns t0 and t1.

    Returns
    -------
    softmax_p1 : ndarray of shape (n_samples,)
        softmax(t)_1 = e^t1 / (e^t0 + e^t1).
    sigmoid_p1 : ndarray of shape (n_samples,)
        g(t1 - t0); equal to ``softmax_p1`` up to rounding.
    """
    t = check_finite_array(logits, "logits", ndim=2)
    if t.shape[1] != 2:
        raise ValueError(f"logits must have shape (n_samples, 2); got {t.shape}")
    return softmax(t, axis=1)[:, 1], special.expit(t[:, 1] - t[:, 0])


@dataclass(frozen=True, eq=False)
class SoftmaxTrajectory:
    """Softmax regression by gradient descent, every step recorded.

    Attributes
    ----------
    Thetas : ndarray of shape (n_steps + 1, n_classes, n_features + 1)
    loss : ndarray of shape (n_steps + 1,)
        Mean softmax cross-entropy.
    accuracy : ndarray of shape (n_steps + 1,)
        Fraction of samples whose largest logit is the true class.
    probabilities : ndarray of shape (n_samples, n_classes)
        Class probabilities of every sample under the final Theta.
    """

    Thetas: np.ndarray
    loss: np.ndarray
    accuracy: np.ndarray
    probabilities: np.ndarray


def softmax_regression(
    X,
    y,
    n_classes: int,
    learning_rate: float,
    n_steps: int,
    theta0=None,
) -> SoftmaxTrajectory:
    """Gradient descent on the mean softmax cross-entropy.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        Raw features.
    y : array-like of shape (n_samples,)
        Labels in {0, ..., n_classes - 1}.
    n_classes : int
        k >= 2.
    learning_rate : float
        alpha > 0.
    n_steps : int
        Number of updates (>= 0).
    theta0 : array-like of shape (n_classes, n_features + 1), optional
        Start; zeros when omitted.

    Returns
    -------
    trajectory : SoftmaxTrajectory
    """
    n_classes = check_n_steps(n_classes, "n_classes", minimum=2)
    X, y = check_X_y(X, y, n_classes=n_classes)
    alpha = check_learning_rate(learning_rate)
    n_steps = check_n_steps(n_steps)
    Xb = _add_bias(X)
    shape = (n_classes, Xb.shape[1])
    if theta0 is None:
        Theta = np.zeros(shape)
    else:
        Theta = check_finite_array(theta0, "theta0")
        if Theta.shape != shape:
            raise ValueError(f"theta0 must have shape {shape}; got {Theta.shape}")
    onehot = _onehot(y, n_classes)
    n = Xb.shape[0]

    Thetas = np.empty((n_steps + 1, *shape))
    Thetas[0] = Theta
    for step in range(n_steps):
        residual = softmax(Xb @ Theta.T, axis=1) - onehot
        Theta = Theta - (alpha / n) * (residual.T @ Xb)
        Thetas[step + 1] = Theta

    logits = np.einsum("skd,nd->snk", Thetas, Xb)  # (n_steps + 1, n_samples, k)
    log_phi = log_softmax(logits, axis=2)
    return SoftmaxTrajectory(
        Thetas=Thetas,
        loss=-np.mean(np.take_along_axis(log_phi, y[None, :, None], axis=2)[..., 0], axis=1),
        accuracy=np.mean(np.argmax(logits, axis=2) == y[None, :], axis=1),
        probabilities=softmax(logits[-1], axis=1),
    )


@dataclass(frozen=True, eq=False)
class SoftmaxLabRun:
    """Chapter 7's training run: the data and the trajectory.

    Attributes
    ----------
    dataset : Dataset
        ``"three_classes"``.
    trajectory : SoftmaxTrajectory
    """

    dataset: Dataset
    trajectory: SoftmaxTrajectory


def softmax_lab_run(n_steps: int = 25) -> SoftmaxLabRun:
    """Softmax regression on ``"three_classes"`` from a seeded random start.

    alpha = 0.5 on the mean loss; the start is N(0, 1) per weight (seed 7). Stopped after
    25 steps, when every point is classified right (mean loss about 0.05) but the weights are
    still moderate: the plane's confidence shading fades over a visible band between the
    classes instead of a hairline seam.

    Returns
    -------
    run : SoftmaxLabRun
    """
    n_steps = check_n_steps(n_steps)
    data = load_dataset("three_classes")
    k, n_dof = data.n_classes, data.n_features + 1
    theta0 = random_start(k * n_dof, seed=7).reshape(k, n_dof)
    trajectory = softmax_regression(data.X, data.y, k, 0.5, n_steps, theta0=theta0)
    return SoftmaxLabRun(dataset=data, trajectory=trajectory)


@dataclass(frozen=True, eq=False)
class LogitStep:
    """One gradient-descent step on the cross-entropy of one point, seen in its logits.

    For one point x, the weight step Theta := Theta - alpha (phi - e_y) x^T changes every
    logit t_i = theta_i^T x by -alpha |x|^2 (phi_i - e_{y,i}): a step on the logits with
    ``step_size`` = alpha |x|^2 (bias included in x).

    Attributes
    ----------
    logits, new_logits : ndarray of shape (n_classes,)
    probabilities, new_probabilities : ndarray of shape (n_classes,)
    gradient : ndarray of shape (n_classes,)
        phi - e_y at the old logits.
    loss, new_loss : float
        -log phi_y before and after.
    step_size : float
    """

    logits: np.ndarray
    new_logits: np.ndarray
    probabilities: np.ndarray
    new_probabilities: np.ndarray
    gradient: np.ndarray
    loss: float
    new_loss: float
    step_size: float


def logit_gradient_step(logits, true_class: int, step_size: float) -> LogitStep:
    """One gradient step on -log phi_y in the logits: t := t - step_size (phi - e_y).

    Parameters
    ----------
    logits : array-like of shape (n_classes,)
    true_class : int
        y, in {0, ..., n_classes - 1}.
    step_size : float
        > 0.

    Returns
    -------
    step : LogitStep
        For the course's t = (2, 1, 0), y = 1 (green) and step size 1: the gradient is
        about (0.665, -0.755, 0.090), and green's probability rises from 0.245.
    """
    t = check_finite_array(logits, "logits", ndim=1)
    k = t.size
    if not (isinstance(true_class, int | np.integer) and 0 <= true_class < k):
        raise ValueError(f"true_class must be a class index in [0, {k}); got {true_class!r}")
    eta = check_learning_rate(step_size)
    phi = softmax(t)
    gradient = phi - np.eye(k)[true_class]
    new_t = t - eta * gradient
    new_phi = softmax(new_t)
    return LogitStep(
        logits=t,
        new_logits=new_t,
        probabilities=phi,
        new_probabilities=new_phi,
        gradient=gradient,
        loss=float(-log_softmax(t)[true_class]),
        new_loss=float(-log_softmax(new_t)[true_class]),
        step_size=eta,
    )
