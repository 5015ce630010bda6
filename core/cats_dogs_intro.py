"""The opening of "Cats or Dogs?": a straight line fitted to 0/1 labels, the S that replaces
it, and how sure a model is of each point's true class.

Pure numpy (and :mod:`core.newton` for the logistic fit); every number the first chapters of
that lesson draw about these comes from here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from core._validation import check_finite_array, check_X_y
from core.newton import newton_method

__all__ = [
    "LABEL_LINE_SEED",
    "LabelLineFit",
    "label_line_fit",
    "true_class_probability",
]

#: The seed of the one-feature cats and dogs (its clouds overlap, so the S has a finite fit).
LABEL_LINE_SEED = 2


@dataclass(frozen=True, eq=False)
class LabelLineFit:
    """One feature, labels 0 (cat) and 1 (dog), fitted twice.

    Attributes
    ----------
    x : ndarray of shape (n_samples,)
        The feature.
    y : ndarray of shape (n_samples,)
        Labels in {0, 1}: the first half cats, the second half dogs.
    slope, intercept : float
        The least-squares line ``y ~ slope * x + intercept`` (ordinary linear regression).
    w, b : float
        The logistic fit ``P(dog) = sigma(w * x + b)`` (maximum likelihood, no penalty).
    """

    x: np.ndarray
    y: np.ndarray
    slope: float
    intercept: float
    w: float
    b: float

    def line(self, x) -> np.ndarray:  # noqa: ANN001
        """The straight line's output at ``x``."""
        return self.slope * np.asarray(x, dtype=float) + self.intercept

    def x_at(self, level: float) -> float:
        """Where the straight line's output equals ``level``."""
        return float((level - self.intercept) / self.slope)

    def s_curve(self, x) -> np.ndarray:  # noqa: ANN001
        """The logistic fit's probability of a dog at ``x``."""
        return special.expit(self.w * np.asarray(x, dtype=float) + self.b)


def label_line_fit(seed: int = LABEL_LINE_SEED, n_per_class: int = 15,
                   centre: float = 1.5, middle: float = 5.0) -> LabelLineFit:
    """Cats around ``middle - centre`` and dogs around ``middle + centre`` (unit spread),
    and both fits. The default feature runs over about 0 to 10.

    Parameters
    ----------
    seed : int, default=LABEL_LINE_SEED
    n_per_class : int, default=15
    centre : float, default=1.5
        Half the distance between the two clouds' centres.
    middle : float, default=5.0
        Half-way between them.

    Returns
    -------
    fit : LabelLineFit

    Raises
    ------
    ValueError
        When the drawn classes are separable: the logistic fit then has no finite maximiser.
    """
    rng = np.random.default_rng(seed)
    x = middle + np.concatenate([rng.normal(-centre, 1.0, n_per_class),
                                 rng.normal(centre, 1.0, n_per_class)])
    y = np.concatenate([np.zeros(n_per_class), np.ones(n_per_class)])
    design = np.column_stack([x, np.ones_like(x)])
    (slope, intercept), *_ = np.linalg.lstsq(design, y, rcond=None)
    # One feature: the classes are separable when one cloud ends before the other begins,
    # and then the logistic fit has no finite maximiser.
    cats, dogs = x[y == 0], x[y == 1]
    if cats.max() < dogs.min() or dogs.max() < cats.min():
        raise ValueError(f"seed {seed} draws separable classes: the logistic fit diverges")
    trajectory = newton_method(x[:, None], y, n_steps=50)
    if not trajectory.converged:
        raise ValueError(f"the logistic fit did not converge for seed {seed}")
    b, w = trajectory.thetas[-1]
    return LabelLineFit(x=x, y=y, slope=float(slope), intercept=float(intercept), w=float(w),
                        b=float(b))


def true_class_probability(X, y, w, b: float = 0.0) -> np.ndarray:
    """How much probability the model ``sigma(X @ w + b)`` gives each point's true class.

    Near 0: confidently wrong; near 1: confidently right; 0.5: undecided.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    w : array-like of shape (n_features,)
    b : float, default=0.0

    Returns
    -------
    p : ndarray of shape (n_samples,)
    """
    X, y = check_X_y(X, y)
    w = check_finite_array(w, "w", ndim=1)
    if w.shape != (X.shape[1],):
        raise ValueError(f"w must have shape ({X.shape[1]},); got shape {w.shape}")
    z = X @ w + float(b)
    # sigma(z) for a dog, 1 - sigma(z) = sigma(-z) for a cat: sigma of the signed score.
    return special.expit(np.where(y == 1, z, -z))
