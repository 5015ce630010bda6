"""The second lesson, "Cats or Dogs?": why MSE fails and log loss works.

Everything here uses the lesson's parametrisation, weights ``w`` of shape
(2,) and a separate bias ``b`` (``theta = (b, w1, w2)`` elsewhere in
:mod:`core`), and the lesson's **mean** losses.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from core._validation import (
    check_finite_array,
    check_learning_rate,
    check_n_steps,
    check_positive,
    check_X_y,
)
from core.datasets import Dataset, load_dataset
from core.gradient_ascent import gradient_ascent
from core.losses import _check_scores_labels, _cross_entropy

__all__ = [
    "ChainRuleFactors",
    "FromScratchRun",
    "LossSlice",
    "SigmoidWalkthrough",
    "SklearnComparison",
    "SliceDescent",
    "WrongGradients",
    "boundary_slope_intercept",
    "confidently_wrong_gradients",
    "from_scratch_run",
    "log_loss_chain",
    "loss_slice",
    "mse_chain",
    "sigmoid_walkthrough",
    "slice_descent",
    "sklearn_comparison",
]


@dataclass(frozen=True, eq=False)
class LossSlice:
    """Both losses along the line of weights w = s * direction, b = bias.

    Attributes
    ----------
    s : ndarray of shape (n_points,)
        Position along the slice.
    mse : ndarray of shape (n_points,)
        mean_i (g(z_i) - y_i)^2: flat, then falling, then flat again, so
        not convex.
    log_loss : ndarray of shape (n_points,)
        mean_i CE(z_i, y_i): convex along every line.
    """

    s: np.ndarray
    mse: np.ndarray
    log_loss: np.ndarray


def loss_slice(X, y, direction, s, bias: float = 0.0) -> LossSlice:
    """Evaluate MSE-with-sigmoid and log loss along a 1-D slice of weights.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    direction : array-like of shape (n_features,)
        The weight direction w = s * direction.
    s : array-like of shape (n_points,)
        Positions along it.
    bias : float, default=0.0

    Returns
    -------
    slice : LossSlice
    """
    X, y = check_X_y(X, y)
    direction = check_finite_array(direction, "direction", ndim=1)
    if direction.shape != (X.shape[1],):
        raise ValueError(f"direction must have shape ({X.shape[1]},); got shape {direction.shape}")
    s = check_finite_array(s, "s", ndim=1)
    bias = float(check_finite_array(bias, "bias"))
    z = s[:, None] * (X @ direction)[None, :] + bias  # (n_points, n_samples)
    return LossSlice(
        s=s,
        mse=np.mean((special.expit(z) - y) ** 2, axis=1),
        log_loss=np.mean(_cross_entropy(z, y), axis=1),
    )


@dataclass(frozen=True, eq=False)
class WrongGradients:
    """Gradient sizes with respect to the score for a true label y = 1.

    Attributes
    ----------
    z : ndarray of shape (n_points,)
        Scores; very negative means confidently wrong.
    mse : ndarray of shape (n_points,)
        |d/dz (g - 1)^2| = 2 (1 - g) g (1 - g): vanishes as z -> -inf.
    log_loss : ndarray of shape (n_points,)
        |d/dz CE| = 1 - g: tends to 1 as z -> -inf, never vanishes.
    """

    z: np.ndarray
    mse: np.ndarray
    log_loss: np.ndarray


def confidently_wrong_gradients(z) -> WrongGradients:
    """Compare gradient magnitudes of both losses for y = 1 at scores ``z``.

    Parameters
    ----------
    z : array-like of shape (n_points,)

    Returns
    -------
    gradients : WrongGradients
    """
    z = check_finite_array(z, "z", ndim=1)
    g, one_minus_g = special.expit(z), special.expit(-z)
    return WrongGradients(z=z, mse=2.0 * one_minus_g * g * one_minus_g, log_loss=one_minus_g)


def gradient_advantage(z: float) -> float:
    """How many times larger log loss's score gradient is than MSE's, for a true label y = 1
    at the score ``z``: (1 - g) / (2 (1 - g) g (1 - g)) = 1 / (2 g (1 - g)), which grows
    without bound as the model becomes confidently wrong (z -> -inf)."""
    g = confidently_wrong_gradients(np.array([float(z)]))
    return float(g.log_loss[0] / g.mse[0])


@dataclass(frozen=True, eq=False)
class FromScratchRun:
    """The lesson's from-scratch gradient descent, step by step.

    Attributes
    ----------
    dataset : Dataset
        ``"cats_dogs"`` (legacy seed 0 unless another was asked for).
    ws : ndarray of shape (n_steps + 1, 2)
        Weights before the first and after every update.
    bs : ndarray of shape (n_steps + 1,)
    loss_history : ndarray of shape (n_steps,)
        Mean log loss after each update (the lesson's ``loss_history``).
    w : ndarray of shape (2,)
        Final weights (``ws[-1]``).
    b : float
        Final bias.
    accuracy : float
        Training accuracy of the rule theta^T x >= 0 (``core.prediction``'s).
    """

    dataset: Dataset
    ws: np.ndarray
    bs: np.ndarray
    loss_history: np.ndarray
    w: np.ndarray
    b: float
    accuracy: float

    @property
    def thetas(self) -> np.ndarray:
        """ndarray of shape (n_steps + 1, 3): (b, w1, w2) per step."""
        return np.column_stack([self.bs, self.ws])


def from_scratch_run(learning_rate: float = 0.1, n_steps: int = 1000,
                     seed: int = 0) -> FromScratchRun:
    """Replay the lesson's training loop on its own data.

    ``w -= lr * X^T (h - y) / N`` and ``b -= lr * mean(h - y)`` from w = 0, b = 0, as the
    lesson's ``compute_gradients``: that is :func:`~core.gradient_ascent.gradient_ascent`
    with ``average=True`` on the log-likelihood, so it is run by that function.

    Parameters
    ----------
    learning_rate : float, default=0.1
    n_steps : int, default=1000
    seed : int, default=0
        Seed of the ``"cats_dogs"`` data (0 is the lesson's).

    Returns
    -------
    run : FromScratchRun
    """
    data = load_dataset("cats_dogs", seed=seed)
    trajectory = gradient_ascent(data.X, data.y, learning_rate, n_steps, average=True)
    thetas = trajectory.thetas  # (b, w1, w2) per step, bias first
    n = data.X.shape[0]
    return FromScratchRun(
        dataset=data,
        ws=thetas[:, 1:],
        bs=thetas[:, 0],
        loss_history=-trajectory.log_likelihood[1:] / n,  # the mean log loss
        w=thetas[-1, 1:],
        b=float(thetas[-1, 0]),
        accuracy=float(trajectory.accuracy[-1]),
    )


@dataclass(frozen=True, eq=False)
class SliceDescent:
    """Gradient descent on the slice weight ``s`` (w = s * direction), once per loss.

    Attributes
    ----------
    s_mse : ndarray of shape (n_steps + 1,)
        Positions of the descent on MSE-with-sigmoid, start first.
    s_log_loss : ndarray of shape (n_steps + 1,)
        Positions of the descent on log loss from the same start.
    mse : ndarray of shape (n_steps + 1,)
        MSE at each ``s_mse``.
    log_loss : ndarray of shape (n_steps + 1,)
        Log loss at each ``s_log_loss``.
    """

    s_mse: np.ndarray
    s_log_loss: np.ndarray
    mse: np.ndarray
    log_loss: np.ndarray


def slice_descent(X, y, direction, s0: float, learning_rate: float, n_steps: int,
                  bias: float = 0.0) -> SliceDescent:
    """Walk downhill along the slice of :func:`loss_slice` on both losses.

    With ``u_i = x_i . direction`` and ``z_i = s u_i + bias``, the slopes are
    ``dMSE/ds = mean 2 (g_i - y_i) g_i (1 - g_i) u_i`` and
    ``dLogLoss/ds = mean (g_i - y_i) u_i``; each run takes
    ``s <- s - learning_rate * slope``.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)
    direction : array-like of shape (n_features,)
    s0 : float
        Common start.
    learning_rate : float
    n_steps : int
    bias : float, default=0.0

    Returns
    -------
    descent : SliceDescent
    """
    X, y = check_X_y(X, y)
    direction = check_finite_array(direction, "direction", ndim=1)
    if direction.shape != (X.shape[1],):
        raise ValueError(f"direction must have shape ({X.shape[1]},); got shape {direction.shape}")
    s0 = float(check_finite_array(s0, "s0"))
    alpha = check_learning_rate(learning_rate)
    n_steps = check_n_steps(n_steps, "n_steps")
    bias = float(check_finite_array(bias, "bias"))
    u = X @ direction

    def run(slope):
        s = np.empty(n_steps + 1)
        s[0] = s0
        for k in range(n_steps):
            s[k + 1] = s[k] - alpha * slope(s[k])
        return s

    def mse_slope(s):
        g = special.expit(s * u + bias)
        return float(np.mean(2.0 * (g - y) * g * (1.0 - g) * u))

    def log_slope(s):
        return float(np.mean((special.expit(s * u + bias) - y) * u))

    s_mse, s_log = run(mse_slope), run(log_slope)
    # check_finite_array needs finite positions: a huge learning rate may diverge.
    for name, s in (("MSE", s_mse), ("log-loss", s_log)):
        if not np.all(np.isfinite(s)):
            raise ValueError(f"the {name} descent diverged; got a non-finite position with "
                             f"learning_rate={alpha}")
    at = loss_slice(X, y, direction, s_mse, bias)
    at_log = loss_slice(X, y, direction, s_log, bias)
    return SliceDescent(s_mse=s_mse, s_log_loss=s_log, mse=at.mse, log_loss=at_log.log_loss)


def boundary_slope_intercept(w, b) -> tuple[float, float]:
    """Solve ``w1 x1 + w2 x2 + b = 0`` for x2: ``x2 = slope * x1 + intercept``.

    Parameters
    ----------
    w : array-like of shape (2,)
    b : float

    Returns
    -------
    slope : float
        ``-w1 / w2``.
    intercept : float
        ``-b / w2``, where the line crosses the x2 axis.
    """
    w = check_finite_array(w, "w", ndim=1)
    if w.shape != (2,):
        raise ValueError(f"w must have shape (2,); got shape {w.shape}")
    b = float(check_finite_array(b, "b"))
    if w[1] == 0:
        raise ValueError(f"w2 must be non-zero to solve for x2 (the line is vertical); got w={w}")
    return float(-w[0] / w[1]), float(-b / w[1])


@dataclass(frozen=True, eq=False)
class SklearnComparison:
    """Our from-scratch fit beside scikit-learn's ``LogisticRegression`` on the same data.

    Attributes
    ----------
    ours : FromScratchRun
    sklearn_w : ndarray of shape (2,)
        ``model.coef_[0]``.
    sklearn_b : float
        ``model.intercept_[0]``.
    sklearn_accuracy : float
        ``model.score(X, y)``.
    l2 : float
        The L2 strength of scikit-learn's fit, in :mod:`core.losses`' convention.
    C : float
        What scikit-learn was given: ``1 / (2 * l2)`` (1.0, its default, for l2 = 0.5).
    """

    ours: FromScratchRun
    sklearn_w: np.ndarray
    sklearn_b: float
    sklearn_accuracy: float
    l2: float
    C: float


def sklearn_comparison(learning_rate: float = 0.1, n_steps: int = 1000, seed: int = 0,
                       l2: float = 0.5) -> SklearnComparison:
    """Fit the lesson's data twice: our gradient descent, then scikit-learn's solver.

    scikit-learn is called as the lesson does, ``LogisticRegression()`` (default
    ``C=1.0``, an L2 penalty ``||w||^2 / (2 C)`` on the summed loss, which is ``l2 = 0.5``),
    so its weights are a little smaller than ours while its line is nearly the
    same.

    Parameters
    ----------
    learning_rate, n_steps, seed
        As for :func:`from_scratch_run`.
    l2 : float, default=0.5
        L2 strength (> 0) on the weights; scikit-learn gets ``C = 1 / (2 * l2)``.

    Returns
    -------
    comparison : SklearnComparison
    """
    from sklearn.linear_model import LogisticRegression

    l2 = check_positive(l2, "l2")
    C = 1.0 / (2.0 * l2)
    ours = from_scratch_run(learning_rate, n_steps, seed)
    X, y = ours.dataset.X, ours.dataset.y
    model = LogisticRegression(C=C).fit(X, y)
    return SklearnComparison(
        ours=ours,
        sklearn_w=np.array(model.coef_[0], dtype=np.float64),
        sklearn_b=float(model.intercept_[0]),
        sklearn_accuracy=float(model.score(X, y)),
        l2=l2,
        C=C,
    )


@dataclass(frozen=True, eq=False)
class SigmoidWalkthrough:
    """The sigmoid worked by hand: each intermediate of 1 / (1 + e^-z).

    Attributes
    ----------
    z : ndarray of shape (n_points,)
    exp_neg_z : ndarray of shape (n_points,)
        e^-z.
    denominator : ndarray of shape (n_points,)
        1 + e^-z.
    value : ndarray of shape (n_points,)
        sigma(z) = 1 / (1 + e^-z), computed stably (``scipy.special.expit``).
    """

    z: np.ndarray
    exp_neg_z: np.ndarray
    denominator: np.ndarray
    value: np.ndarray


def sigmoid_walkthrough(z) -> SigmoidWalkthrough:
    """The lesson's "plug in some values" table for the scores ``z``.

    Parameters
    ----------
    z : array-like of shape (n_points,)
        Finite scores, |z| <= 700 so that e^-z stays finite.

    Returns
    -------
    walkthrough : SigmoidWalkthrough
    """
    z = check_finite_array(z, "z", ndim=1)
    if np.any(np.abs(z) > 700):
        raise ValueError(f"z must lie in [-700, 700] for e^-z to be finite; "
                         f"got values in [{z.min()}, {z.max()}]")
    e = np.exp(-z)
    return SigmoidWalkthrough(z=z, exp_neg_z=e, denominator=1.0 + e, value=special.expit(z))


@dataclass(frozen=True, eq=False)
class ChainRuleFactors:
    """The chain rule for one example's log loss, factor by factor (see :func:`log_loss_chain`).

    Attributes
    ----------
    y_hat : ndarray
        sigma(z).
    dloss_dyhat : ndarray
        dL/d y_hat = -y / y_hat + (1 - y) / (1 - y_hat): huge when confidently wrong.
    dyhat_dz : ndarray
        sigma'(z) = y_hat (1 - y_hat): tiny when confidently wrong.
    product : ndarray
        dloss_dyhat * dyhat_dz, multiplied out as written.
    error : ndarray
        y_hat - y, what the product collapses to.
    """

    y_hat: np.ndarray
    dloss_dyhat: np.ndarray
    dyhat_dz: np.ndarray
    product: np.ndarray
    error: np.ndarray


def log_loss_chain(z, y) -> ChainRuleFactors:
    """dL/dz for L = -[y log y_hat + (1 - y) log(1 - y_hat)], y_hat = sigma(z), as two factors.

    Parameters
    ----------
    z : array-like of any shape
        Scores, |z| <= 30 so that both factors stay representable.
    y : array-like broadcastable to ``z``
        Labels in {0, 1}.

    Returns
    -------
    factors : ChainRuleFactors
        Arrays of the broadcast shape; ``product`` equals ``error`` up to rounding.
    """
    z, y = _check_scores_labels(z, y)
    if np.any(np.abs(z) > 30):
        raise ValueError(f"z must lie in [-30, 30] so that both factors stay finite; "
                         f"got values in [{np.min(z)}, {np.max(z)}]")
    h, one_minus_h = special.expit(z), special.expit(-z)
    dloss = -y / h + (1 - y) / one_minus_h
    slope = h * one_minus_h
    return ChainRuleFactors(y_hat=h, dloss_dyhat=dloss, dyhat_dz=slope, product=dloss * slope,
                            error=h - y)


def mse_chain(z, y) -> ChainRuleFactors:
    """dL/dz for the squared error L = (y_hat - y)^2, y_hat = sigma(z), as two factors: the
    same chain as :func:`log_loss_chain`, but here the sigmoid's slope stays in the product,
    which vanishes when the model is confidently wrong (cf. ``confidently_wrong_gradients``,
    the size of its product for y = 1).

    Parameters
    ----------
    z : array-like of any shape
        Scores, |z| <= 30.
    y : array-like broadcastable to ``z``
        Labels in {0, 1}.

    Returns
    -------
    factors : ChainRuleFactors
        ``dloss_dyhat`` = 2 (y_hat - y); ``product`` = 2 (y_hat - y) y_hat (1 - y_hat);
        ``error`` = y_hat - y.
    """
    z, y = _check_scores_labels(z, y)
    if np.any(np.abs(z) > 30):
        raise ValueError(f"z must lie in [-30, 30]; got values in [{np.min(z)}, {np.max(z)}]")
    h, one_minus_h = special.expit(z), special.expit(-z)
    dloss = 2.0 * (h - y)
    slope = h * one_minus_h
    return ChainRuleFactors(y_hat=h, dloss_dyhat=dloss, dyhat_dz=slope, product=dloss * slope,
                            error=h - y)


@dataclass(frozen=True)
class StraightCutSweep:
    """Straight lines swept across a plane, and how well each one alone can split two
    classes.

    Attributes
    ----------
    thetas : ndarray of shape (n_lines, 3)
        Each line as ``theta0 + theta1 x1 + theta2 x2 = 0`` (bias first, unit normal).
    accuracy : ndarray of shape (n_lines,)
        The share of the points the line puts on their own class's side, with the better of
        the two ways of naming its sides.
    """

    thetas: np.ndarray
    accuracy: np.ndarray


def straight_cut_sweep(X, y, n_lines: int = 241, turns: float = 0.5,
                       reach: float = 1.5) -> StraightCutSweep:
    """Lines whose normal turns through ``turns`` of a full circle while their distance from
    the origin swings from ``-reach`` to ``reach`` and back (twice), and each one's best
    accuracy as a classifier of ``(X, y)``. On a ring around a disc no line passes 0.5 by
    much: a straight cut cannot split them.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y).astype(int)
    t = np.linspace(0.0, 1.0, n_lines)
    angle = 2 * np.pi * turns * t + np.pi / 6
    offset = reach * np.sin(4 * np.pi * t)
    thetas = np.column_stack([-offset, np.cos(angle), np.sin(angle)])
    side = (X @ thetas[:, 1:].T + thetas[:, 0]) > 0  # (n_points, n_lines)
    right = np.mean(side == (y[:, None] == 1), axis=0)
    return StraightCutSweep(thetas=thetas, accuracy=np.maximum(right, 1 - right))


def weight_size_ratio(ours_w, their_w) -> float:
    """How much smaller ``their_w`` is than ``ours_w``: the ratio of their lengths. Scaling
    our weights and bias by it brings them to the other fit's size without moving our line
    (the boundary depends only on the ratios of w1, w2 and b)."""
    ours_w = np.asarray(check_finite_array(ours_w, "ours_w"), dtype=float)
    their_w = np.asarray(check_finite_array(their_w, "their_w"), dtype=float)
    norm = float(np.linalg.norm(ours_w))
    if norm == 0:
        raise ValueError("ours_w must be non-zero to compare sizes")
    return float(np.linalg.norm(their_w)) / norm


def l2_penalty(w) -> float:
    """scikit-learn's default penalty on the weights: half their squared length,
    ``||w||^2 / 2`` (the bias is not penalised). Its objective is this plus ``C`` times the
    summed log loss."""
    w = np.asarray(check_finite_array(w, "w"), dtype=float)
    return 0.5 * float(w @ w)
