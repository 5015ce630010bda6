"""Chapter 6: the perceptron, logistic regression with a hard threshold.

h(x) = 1 if theta^T x >= 0 else 0, and the same update rule
theta += alpha (y - h) x, which moves theta only on a mistake. A pass visits
every point once; training stops after the first pass without a mistake,
or after ``max_passes`` passes (non-separable data never gets there).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core._validation import check_learning_rate, check_n_steps, check_theta, check_X_y
from core.datasets import Dataset, load_dataset
from core.functions import _add_bias

__all__ = [
    "PERCEPTRON_CASES",
    "PerceptronRun",
    "PerceptronTrajectory",
    "perceptron",
    "perceptron_run",
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
    max_passes: int = 50,
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
    max_passes : int, default=50
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
    max_passes = check_n_steps(max_passes, "max_passes", minimum=1)
    alpha = check_learning_rate(learning_rate)
    Xb = _add_bias(X)
    n, n_dof = Xb.shape
    theta = np.zeros(n_dof) if theta0 is None else check_theta(theta0, n_dof, "theta0").copy()
    rng = None if shuffle_seed is None else np.random.default_rng(check_n_steps(shuffle_seed))

    visited, mistakes, thetas, per_pass = [], [], [theta.copy()], []
    converged = False
    for _ in range(max_passes):
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
    name, max_passes = _PERCEPTRON_PRESETS[case]
    data = load_dataset(name)
    trajectory = perceptron(data.X, data.y, max_passes=max_passes, shuffle_seed=0)
    return PerceptronRun(case=case, dataset=data, trajectory=trajectory)
