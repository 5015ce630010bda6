"""Chapter 6: the perceptron, logistic regression with a hard threshold.

h(x) = 1 if theta^T x >= 0 else 0, and the same update rule
theta += alpha (y - h) x, which moves theta only on a mistake. A pass visits
every point once; training stops after the first pass without a mistake,
or after ``n_epochs`` passes (non-separable data never gets there).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog, minimize

from core._validation import (
    check_learning_rate,
    check_n_steps,
    check_range,
    check_shape_2d,
    check_theta,
    check_X_y,
)
from core.datasets import Dataset, load_dataset
from core.functions import _add_bias, step
from core.geometry import DEFAULT_FIELD_SHAPE, _scores_on_grid, grid_centres

__all__ = [
    "PERCEPTRON_CASES",
    "MistakeBound",
    "PerceptronCounts",
    "PerceptronRun",
    "PerceptronTrajectory",
    "is_linearly_separable",
    "mistake_bound",
    "perceptron",
    "PerceptronUpdate",
    "MarginSqueeze",
    "StrayPoint",
    "pass_end_thetas",
    "squeeze_margin",
    "stray_point_run",
    "closest_to_boundary",
    "mistakes_per_point",
    "perceptron_counts",
    "perceptron_update",
    "stray_points",
    "perceptron_run",
    "step_field",
]


@dataclass(frozen=True, eq=False)
class PerceptronTrajectory:
    """Every visit of the perceptron, in order.

    Attributes
    ----------
    visited : ndarray of int64 of shape (n_steps,)
        Index of the point looked at in each step.
    mistake : ndarray of bool of shape (n_steps,)
        Whether that point was misclassified (and so moved theta).
    pass_index : ndarray of int64 of shape (n_steps,)
        Which pass over the data each step belongs to.
    thetas : ndarray of shape (n_steps + 1, n_dof)
        theta before step s is ``thetas[s]``, after it ``thetas[s + 1]``.
    mistakes_per_pass : ndarray of int64 of shape (n_passes,)
    n_updates : int
        Total number of mistakes (= updates).
    converged : bool
        True when the last pass had no mistake (every point classified
        right); False when the pass limit stopped it.
    """

    visited: np.ndarray
    mistake: np.ndarray
    pass_index: np.ndarray
    thetas: np.ndarray
    mistakes_per_pass: np.ndarray
    n_updates: int
    converged: bool

    @property
    def n_steps(self) -> int:
        return int(self.visited.shape[0])

    @property
    def n_passes(self) -> int:
        return int(self.mistakes_per_pass.shape[0])


def perceptron(
    X,
    y,
    n_epochs: int = 50,
    learning_rate: float = 1.0,
    theta0=None,
    shuffle_seed: int | None = None,
) -> PerceptronTrajectory:
    """Train a perceptron and record every step.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        Raw features.
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    n_epochs : int, default=50
        Upper bound on passes (>= 1): the run always ends.
    learning_rate : float, default=1.0
        alpha > 0. From theta0 = 0 it only rescales theta, not the path of
        the boundary.
    theta0 : array-like of shape (n_features + 1,), optional
        Start; zeros when omitted.
    shuffle_seed : int or None, default=None
        None visits points in index order every pass; an int shuffles each
        pass with ``np.random.default_rng(shuffle_seed)``.

    Returns
    -------
    trajectory : PerceptronTrajectory
    """
    X, y = check_X_y(X, y)
    n_epochs = check_n_steps(n_epochs, "n_epochs", minimum=1)
    alpha = check_learning_rate(learning_rate)
    Xb = _add_bias(X)
    n, n_dof = Xb.shape
    theta = np.zeros(n_dof) if theta0 is None else check_theta(theta0, n_dof, "theta0").copy()
    rng = None if shuffle_seed is None else np.random.default_rng(check_n_steps(shuffle_seed))

    visited, mistakes, thetas, per_pass = [], [], [theta.copy()], []
    converged = False
    for _ in range(n_epochs):
        order = np.arange(n) if rng is None else rng.permutation(n)
        n_mistakes = 0
        for i in order:
            h = 1 if Xb[i] @ theta >= 0 else 0
            wrong = h != y[i]
            if wrong:
                theta = theta + alpha * (y[i] - h) * Xb[i]
                n_mistakes += 1
            visited.append(i)
            mistakes.append(wrong)
            thetas.append(theta)
        per_pass.append(n_mistakes)
        if n_mistakes == 0:
            converged = True
            break

    n_steps = len(visited)
    return PerceptronTrajectory(
        visited=np.array(visited, dtype=np.int64),
        mistake=np.array(mistakes, dtype=bool),
        pass_index=np.arange(n_steps, dtype=np.int64) // n,
        thetas=np.array(thetas),
        mistakes_per_pass=np.array(per_pass, dtype=np.int64),
        n_updates=int(sum(per_pass)),
        converged=converged,
    )


_PERCEPTRON_PRESETS = {
    "separable": ("perceptron_separable", 50),
    "non_separable": ("perceptron_overlap", 8),
}

#: Case names accepted by :func:`perceptron_run`.
PERCEPTRON_CASES: tuple[str, ...] = tuple(_PERCEPTRON_PRESETS)


@dataclass(frozen=True, eq=False)
class PerceptronRun:
    """A chapter 6 preset: its data and trajectory.

    Attributes
    ----------
    case : str
    dataset : Dataset
    trajectory : PerceptronTrajectory
    """

    case: str
    dataset: Dataset
    trajectory: PerceptronTrajectory


def perceptron_run(case: str = "separable") -> PerceptronRun:
    """Chapter 6's experiments by name.

    Parameters
    ----------
    case : str, default="separable"
        ``"separable"``: the ``"perceptron_separable"`` points, up to 50
        passes (it converges well before). ``"non_separable"``: the
        ``"perceptron_overlap"`` points, stopped after 8 passes with
        mistakes in every one. Points are visited in a seeded shuffle
        (seed 0) per pass.

    Returns
    -------
    run : PerceptronRun
    """
    if case not in _PERCEPTRON_PRESETS:
        raise ValueError(
            f"unknown perceptron case {case!r}; known cases are {', '.join(PERCEPTRON_CASES)}"
        )
    name, n_epochs = _PERCEPTRON_PRESETS[case]
    data = load_dataset(name)
    trajectory = perceptron(data.X, data.y, n_epochs=n_epochs, shuffle_seed=0)
    return PerceptronRun(case=case, dataset=data, trajectory=trajectory)


# ---------------------------------------------------------------------------------------------
# What chapter 6's scenes show beside the trajectory.


@dataclass(frozen=True)
class PerceptronCounts:
    """The counters shown while the perceptron runs.

    Attributes
    ----------
    pass_number : int
        1-based pass of the visit being shown (1 before any visit).
    mistakes_this_pass : int
        Mistakes in that pass so far.
    updates : int
        Mistakes (= updates) since the start.
    """

    pass_number: int
    mistakes_this_pass: int
    updates: int


def perceptron_counts(
    trajectory: PerceptronTrajectory, visit: int, flagged: bool = True
) -> PerceptronCounts:
    """Counters while visit ``visit`` (0-based step) is on screen.

    Parameters
    ----------
    trajectory : PerceptronTrajectory
    visit : int
        Step index in ``[-1, n_steps)``; -1 means no visit yet.
    flagged : bool, default=True
        Whether visit ``visit`` has been judged yet: only then does its own
        mistake (if any) count.

    Returns
    -------
    counts : PerceptronCounts
    """
    visit = int(visit)
    if not -1 <= visit < trajectory.n_steps:
        raise ValueError(f"visit must be in [-1, {trajectory.n_steps}), got {visit}")
    if visit < 0:
        return PerceptronCounts(1, 0, 0)
    p = int(trajectory.pass_index[visit])
    first = int(np.searchsorted(trajectory.pass_index, p))  # first visit of pass p
    last = visit + 1 if flagged else visit  # visits [.., last) count
    mistakes = trajectory.mistake
    return PerceptronCounts(
        pass_number=p + 1,
        mistakes_this_pass=int(mistakes[first:last].sum()),
        updates=int(mistakes[:last].sum()),
    )


def step_field(theta, x_range, y_range, shape=DEFAULT_FIELD_SHAPE) -> np.ndarray:
    """The perceptron's verdict h = step(theta^T x) on an image grid.

    Same grid as :func:`core.probability_field` (row 0 is the top of the
    box, values at cell centres).

    Parameters
    ----------
    theta : array-like of shape (3,)
        Weights, bias first.
    x_range, y_range : (float, float)
    shape : (int, int), default=(120, 160)
        ``(rows, cols)``.

    Returns
    -------
    field : ndarray of int64 of shape (rows, cols)
        1 where theta^T x >= 0, else 0 (all ones when theta = 0).
    """
    theta = check_theta(theta, 3)
    check_range(x_range, "x_range")
    check_range(y_range, "y_range")
    check_shape_2d(shape)
    x1, x2 = grid_centres(x_range, y_range, shape)
    return step(_scores_on_grid(theta, x1, x2))


def is_linearly_separable(X, y) -> bool:
    """Whether some theta (bias included) puts every point strictly on its side.

    Solved as a linear feasibility problem: s_i theta^T x_i >= 1 with
    s = 2y - 1 (any strict separator can be scaled to meet it).

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    """
    X, y = check_X_y(X, y)
    Z = (2 * y - 1)[:, None] * _add_bias(X)
    result = linprog(
        np.zeros(Z.shape[1]),
        A_ub=-Z,
        b_ub=-np.ones(len(y)),
        bounds=[(None, None)] * Z.shape[1],
        method="highs",
    )
    return bool(result.status == 0)


@dataclass(frozen=True, eq=False)
class MistakeBound:
    """The perceptron convergence theorem's numbers for one data set.

    With bias-augmented points x = (1, x1, x2) inside a ball of radius R
    and a unit vector w with s_i w^T x_i >= gamma > 0 for every point
    (s = 2y - 1), the perceptron started at theta = 0 makes at most
    (R / gamma)^2 mistakes, in any visiting order and for any learning rate.

    Attributes
    ----------
    radius : float
        R = max |(1, x_i)|.
    margin : float
        gamma = min s_i w^T x_i for the unit vector ``weights`` (the widest
        such margin, up to the solver's tolerance; any positive margin
        keeps the bound valid).
    weights : ndarray of shape (n_features + 1,)
        The unit separator w, bias first.
    bound : float
        (R / gamma)^2.
    farthest : int
        Row of the point with the longest (1, x_i): the one that sets R.
    closest : ndarray of int64
        Rows of the points that set gamma (s_i w^T x_i within 1e-6 of the minimum).
    plane_radius : float
        |x_farthest| in the plane, sqrt(R^2 - 1) (R counts the bias feature's 1).
    plane_margin : float
        Distance in the plane from the separator's line w^T (1, x) = 0 to the
        closest points: gamma / |(w1, w2)|.
    """

    radius: float
    margin: float
    weights: np.ndarray
    bound: float
    farthest: int = -1
    closest: np.ndarray = None  # type: ignore[assignment]
    plane_radius: float = float("nan")
    plane_margin: float = float("nan")


def mistake_bound(X, y) -> MistakeBound:
    """Novikoff's bound (R / gamma)^2 on the perceptron's number of mistakes.

    gamma is the widest margin of a separator through the origin of the
    bias-augmented space, from the hard-margin dual
    min_a 1/2 |sum a_i s_i x_i|^2 - sum a_i, a >= 0 (L-BFGS-B); then
    w = sum a_i s_i x_i / |.|.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.

    Returns
    -------
    bound : MistakeBound

    Raises
    ------
    ValueError
        If the data is not linearly separable (no finite bound exists).
    """
    X, y = check_X_y(X, y)
    if not is_linearly_separable(X, y):
        raise ValueError(
            "the perceptron's mistake bound needs linearly separable data; "
            "got classes that no straight line separates"
        )
    Xb = _add_bias(X)
    Z = (2 * y - 1)[:, None] * Xb
    gram = Z @ Z.T

    def dual(a: np.ndarray) -> tuple[float, np.ndarray]:
        ga = gram @ a
        return 0.5 * float(a @ ga) - float(a.sum()), ga - 1.0

    result = minimize(
        dual,
        np.zeros(len(y)),
        jac=True,
        method="L-BFGS-B",
        bounds=[(0.0, None)] * len(y),
        options={"ftol": 1e-15, "gtol": 1e-12, "maxiter": 10_000},
    )
    w = Z.T @ result.x
    w = w / np.linalg.norm(w)
    signed = Z @ w
    margin = float(np.min(signed))
    lengths = np.linalg.norm(Xb, axis=1)
    farthest = int(np.argmax(lengths))
    radius = float(lengths[farthest])
    return MistakeBound(radius=radius, margin=margin, weights=w, bound=(radius / margin) ** 2,
                        farthest=farthest,
                        closest=np.flatnonzero(signed <= margin + 1e-6).astype(np.int64),
                        plane_radius=float(np.linalg.norm(X[farthest])),
                        plane_margin=margin / float(np.linalg.norm(w[1:])))


@dataclass(frozen=True, eq=False)
class PerceptronUpdate:
    """One perceptron visit worked out: the score, the verdict, the new weights.

    Attributes
    ----------
    theta_before, theta_after : ndarray of shape (n_features + 1,)
    x : ndarray of shape (n_features + 1,)
        The point with its bias feature 1 first.
    label : int
    score_before, score_after : float
        theta^T x before and after.
    prediction : int
        step(score_before).
    error : int
        y - h: 0 (nothing changes), +1 (theta + x) or -1 (theta - x).
    """

    theta_before: np.ndarray
    theta_after: np.ndarray
    x: np.ndarray
    label: int
    score_before: float
    score_after: float
    prediction: int
    error: int


def perceptron_update(theta, x, y, learning_rate: float = 1.0) -> PerceptronUpdate:
    """theta := theta + alpha (y - step(theta^T x)) x for one point.

    Parameters
    ----------
    theta : array-like of shape (n_features + 1,)
        Weights, bias first.
    x : array-like of shape (n_features,)
        Raw features (the bias feature is added here).
    y : int
        0 or 1.
    learning_rate : float, default=1.0

    Returns
    -------
    update : PerceptronUpdate
    """
    x = np.r_[1.0, np.asarray(x, dtype=np.float64)]
    theta = check_theta(theta, x.shape[0])
    alpha = check_learning_rate(learning_rate)
    if y not in (0, 1):
        raise ValueError(f"y must be 0 or 1, got {y}")
    score = float(theta @ x)
    h = 1 if score >= 0 else 0
    error = int(y) - h
    after = theta + alpha * error * x
    return PerceptronUpdate(theta_before=theta.copy(), theta_after=after, x=x, label=int(y),
                            score_before=score, score_after=float(after @ x), prediction=h,
                            error=error)


def mistakes_per_point(trajectory: PerceptronTrajectory, n_samples: int) -> np.ndarray:
    """In how many passes each point was misclassified at its visit.

    Returns
    -------
    passes : ndarray of int64 of shape (n_samples,)
    """
    wrong = np.zeros((trajectory.n_passes, int(n_samples)), dtype=bool)
    steps = np.flatnonzero(trajectory.mistake)
    wrong[trajectory.pass_index[steps], trajectory.visited[steps]] = True
    return wrong.sum(axis=0).astype(np.int64)


def stray_points(trajectory: PerceptronTrajectory, n_samples: int) -> np.ndarray:
    """The points that keep the line twitching: misclassified in at least half the passes.

    Returns
    -------
    rows : ndarray of int64
    """
    passes = mistakes_per_point(trajectory, n_samples)
    return np.flatnonzero(2 * passes >= trajectory.n_passes).astype(np.int64)


def closest_to_boundary(theta, X) -> tuple[int, float]:
    """The point nearest the line theta^T (1, x) = 0, and its distance in the plane.

    Parameters
    ----------
    theta : array-like of shape (3,)
    X : array-like of shape (n_samples, 2)

    Returns
    -------
    row : int
    distance : float
    """
    theta = check_theta(theta, 3)
    X = np.asarray(X, dtype=np.float64)
    distance = np.abs(theta[0] + X @ theta[1:]) / np.linalg.norm(theta[1:])
    row = int(np.argmin(distance))
    return row, float(distance[row])


# ---------------------------------------------------------------------------------------------
# The theorem's flip sides: a squeezed gap, one stray point, XOR.


@dataclass(frozen=True, eq=False)
class MarginSqueeze:
    """The separable points with their gap squeezed, step by step.

    Attributes
    ----------
    factors : ndarray of shape (m,)
        How much of the original plane gap is left at each step (1 first).
    X : ndarray of shape (m, n_samples, 2)
        The points at each step: only the gap's closest points move, straight
        toward the original widest-gap line.
    bounds : tuple of MistakeBound
        The theorem's numbers at each step, recomputed from scratch.
    moved : ndarray of int64
        Rows of the points that move.
    """

    factors: np.ndarray
    X: np.ndarray
    bounds: tuple
    moved: np.ndarray

    @property
    def margins(self) -> np.ndarray:
        return np.array([b.margin for b in self.bounds])

    @property
    def mistake_bounds(self) -> np.ndarray:
        return np.array([b.bound for b in self.bounds])


def squeeze_margin(X, y, factors) -> MarginSqueeze:
    """Move the points that set gamma toward the widest-gap line, leaving ``factor``
    of their plane distance, and recompute the mistake bound at each factor.

    Parameters
    ----------
    X : array-like of shape (n_samples, 2)
    y : array-like of shape (n_samples,)
        Labels in {0, 1}; the classes must be linearly separable.
    factors : array-like of shape (m,)
        Values in (0, 1].

    Returns
    -------
    squeeze : MarginSqueeze
    """
    X, y = check_X_y(X, y)
    factors = np.asarray(factors, dtype=np.float64)
    if factors.ndim != 1 or np.any(factors <= 0) or np.any(factors > 1):
        raise ValueError("factors must be a 1-D array of values in (0, 1]")
    base = mistake_bound(X, y)
    w = base.weights
    normal = w[1:] / np.linalg.norm(w[1:])
    s = 2.0 * y - 1.0
    moved = base.closest
    sets, bounds = [], []
    for f in factors:
        Xf = X.copy()
        Xf[moved] -= ((1.0 - f) * base.plane_margin * s[moved])[:, None] * normal
        sets.append(Xf)
        bounds.append(mistake_bound(Xf, y))
    return MarginSqueeze(factors=factors, X=np.array(sets), bounds=tuple(bounds),
                         moved=np.asarray(moved, dtype=np.int64))


@dataclass(frozen=True, eq=False)
class StrayPoint:
    """Separable data with one point dragged into the other class's cloud.

    Attributes
    ----------
    row : int
        The point that moves: of class 0, the one nearest the widest-gap line.
    X : ndarray of shape (n_samples, 2)
        The points after the move (``row`` sits at class 1's mean).
    trajectory : PerceptronTrajectory
        The perceptron rerun on them.
    """

    row: int
    X: np.ndarray
    trajectory: PerceptronTrajectory


def stray_point_run(X, y, n_epochs: int = 8, shuffle_seed: int = 0) -> StrayPoint:
    """Drag class 0's point nearest the widest-gap line to the mean of class 1 (inside
    class 1's convex hull, so no line separates the classes any more) and rerun.

    Returns
    -------
    stray : StrayPoint
    """
    X, y = check_X_y(X, y)
    base = mistake_bound(X, y)
    Xb = _add_bias(X)
    signed = (2 * y - 1) * (Xb @ base.weights)
    zeros = np.flatnonzero(y == 0)
    row = int(zeros[np.argmin(signed[zeros])])
    moved = X.copy()
    moved[row] = X[y == 1].mean(axis=0)
    trajectory = perceptron(moved, y, n_epochs=n_epochs, shuffle_seed=shuffle_seed)
    return StrayPoint(row=row, X=moved, trajectory=trajectory)


def pass_end_thetas(trajectory: PerceptronTrajectory) -> np.ndarray:
    """theta at the end of each pass, shape (n_passes, n_dof)."""
    ends = np.flatnonzero(np.diff(np.r_[trajectory.pass_index, trajectory.n_passes]) != 0)
    return trajectory.thetas[ends + 1]
