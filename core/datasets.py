"""Seeded data sets that the scenes ask for by name.

Every 2-D set is designed to look good in a viewing box of roughly
x1, x2 in [-4, 4]; the spam set's single feature lies in [0, 12] before its
far point is dragged out (see :mod:`core.least_squares`). Random draws use
``np.random.default_rng(seed)``, except ``"cats_dogs"``, which replays the
second lesson's legacy ``np.random.seed(0); np.random.randn(...)`` code so
the numbers match what a student running it gets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core._validation import check_n_steps

__all__ = [
    "APART_DISTANCE",
    "DATASET_NAMES",
    "DEFAULT_SEEDS",
    "Dataset",
    "drag_apart",
    "load_dataset",
]


@dataclass(frozen=True, eq=False)
class Dataset:
    """A labelled data set.

    Attributes
    ----------
    name : str
        The name it was loaded by.
    X : ndarray of shape (n_samples, n_features)
        Raw features (no bias column), read-only.
    y : ndarray of int64 of shape (n_samples,)
        Labels in {0, ..., n_classes - 1}, read-only.
    n_classes : int
    far_index : int or None
        For ``"spam"``: the row of the movable far-right point, else None.
    """

    name: str
    X: np.ndarray
    y: np.ndarray
    n_classes: int = 2
    far_index: int | None = None

    @property
    def n_samples(self) -> int:
        return int(self.X.shape[0])

    @property
    def n_features(self) -> int:
        return int(self.X.shape[1])


def _frozen(a) -> np.ndarray:
    a = np.array(a)
    a.setflags(write=False)
    return a


def _two_clouds(rng, centre, scale, n_per_class):
    centre = np.asarray(centre, dtype=np.float64)
    X0 = rng.normal(size=(n_per_class, 2)) * scale - centre
    X1 = rng.normal(size=(n_per_class, 2)) * scale + centre
    X = np.vstack([X0, X1])
    y = np.repeat([0, 1], n_per_class)
    return X, y


# The spam emails: count of the word "free" (x) and spam label (y). Sorted,
# the last row is the "one obvious spam email" that chapter 0 drags right.
_SPAM_X = [0.5, 1.0, 1.5, 2.0, 3.0, 3.5, 5.5, 6.0, 7.0, 8.0, 9.0, 11.0]
_SPAM_Y = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]

# Chapter 8's 1-D race: one weight, no bias; overlapping labels keep the
# maximum finite (w* about 1).
_NEWTON_X = [-3.0, -2.0, -1.5, -1.0, -0.5, 0.5, 1.0, 1.5, 2.0, 3.0]
_NEWTON_Y = [0, 0, 0, 1, 0, 1, 0, 1, 1, 1]


def _spam(seed):
    return np.array(_SPAM_X)[:, None], np.array(_SPAM_Y), {"far_index": len(_SPAM_X) - 1}


def _newton_1d(seed):
    return np.array(_NEWTON_X)[:, None], np.array(_NEWTON_Y), {}


def _clouds(seed):
    return _two_clouds(np.random.default_rng(seed), (1.4, 1.0), 0.8, 30) + ({},)


#: How far "clouds_apart" drags the default clouds apart, in feature units: just enough that
#: a line separates them, with a narrow gap (so the weights grow fast and the field hardens).
APART_DISTANCE = 0.6


def drag_apart(X, y, distance: float) -> np.ndarray:
    """``X`` with class 1 moved ``distance / 2`` along the line from class 0's mean to class
    1's, and class 0 the same distance the other way (shape ``(n_samples, 2)``)."""
    X, y = np.asarray(X, dtype=np.float64), np.asarray(y)
    gap = X[y == 1].mean(axis=0) - X[y == 0].mean(axis=0)
    unit = gap / np.linalg.norm(gap)
    return X + np.where(y[:, None] == 1, 1.0, -1.0) * (distance / 2.0) * unit


def _clouds_apart(seed):
    X, y, extra = _clouds(seed)
    return drag_apart(X, y, APART_DISTANCE), y, extra


def _clouds_overlap(seed):
    return _two_clouds(np.random.default_rng(seed), (0.7, 0.5), 1.1, 30) + ({},)


def _clouds_separated(seed):
    return _two_clouds(np.random.default_rng(seed), (2.0, 1.6), 0.5, 25) + ({},)


def _perceptron_separable(seed):
    return _two_clouds(np.random.default_rng(seed), (1.0, 1.0), 0.6, 12) + ({},)


def _perceptron_overlap(seed):
    return _two_clouds(np.random.default_rng(seed), (0.6, 0.6), 0.9, 12) + ({},)


def _cats_dogs(seed):
    # Verbatim generation of the lesson: np.random.seed(0); randn(50, 2) + ...
    # RandomState(seed) is the same MT19937 stream without touching the
    # global numpy state.
    legacy = np.random.RandomState(seed)
    class0 = legacy.randn(50, 2) + np.array([-2, -2])
    class1 = legacy.randn(50, 2) + np.array([2, 2])
    X = np.vstack([class0, class1])
    y = np.array([0] * 50 + [1] * 50)
    return X, y, {}


def _three_classes(seed):
    rng = np.random.default_rng(seed)
    centres = np.array([[-2.0, -1.3], [2.0, -1.3], [0.0, 2.0]])
    X = np.vstack([rng.normal(size=(25, 2)) * 0.75 + c for c in centres])
    y = np.repeat([0, 1, 2], 25)
    return X, y, {"n_classes": 3}


def _xor(seed):
    rng = np.random.default_rng(seed)
    signs = np.array([[1, 1], [-1, -1], [-1, 1], [1, -1]], dtype=np.float64)
    X = np.vstack([rng.normal(size=(15, 2)) * 0.6 + 1.8 * s for s in signs])
    # Class 1 where x1 and x2 have opposite signs (quadrants II and IV).
    y = np.repeat([0, 0, 1, 1], 15)
    return X, y, {}


def _rings(seed):
    rng = np.random.default_rng(seed)
    radius = np.concatenate([rng.normal(3.0, 0.25, 40), rng.normal(1.1, 0.25, 40)])
    angle = rng.uniform(0.0, 2.0 * np.pi, 80)
    X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    # Class 1 is the inner disc, class 0 the ring around it.
    y = np.repeat([0, 1], 40)
    return X, y, {}


def _imbalanced(seed):
    rng = np.random.default_rng(seed)
    X0 = rng.normal(size=(99, 2)) * 1.0 + np.array([-0.5, -0.3])
    X1 = rng.normal(size=(1, 2)) * 0.5 + np.array([1.5, 1.2])
    return np.vstack([X0, X1]), np.repeat([0, 1], [99, 1]), {}


_BUILDERS = {
    "spam": _spam,
    "clouds": _clouds,
    "clouds_overlap": _clouds_overlap,
    "clouds_apart": _clouds_apart,
    "clouds_separated": _clouds_separated,
    "perceptron_separable": _perceptron_separable,
    "perceptron_overlap": _perceptron_overlap,
    "cats_dogs": _cats_dogs,
    "three_classes": _three_classes,
    "xor": _xor,
    "rings": _rings,
    "imbalanced": _imbalanced,
    "newton_1d": _newton_1d,
}

#: Every name :func:`load_dataset` knows, in lecture order.
DATASET_NAMES: tuple[str, ...] = tuple(_BUILDERS)

#: The seed each set is drawn with when none is given. All 0 except where a
#: look was chosen: seed 2 makes ``"clouds"`` just barely non-separable (two
#: stray points), so its maximum-likelihood fit is crisp but finite; seed 1
#: gives ``"perceptron_separable"`` a narrow gap, so the perceptron needs
#: several passes (13 updates) instead of one or two.
DEFAULT_SEEDS: dict[str, int] = {name: 0 for name in DATASET_NAMES} | {
    "clouds": 2,
    "clouds_apart": 2,
    "perceptron_separable": 1,
}


def load_dataset(name: str, seed: int | None = None) -> Dataset:
    """Build a named data set.

    Parameters
    ----------
    name : str
        One of :data:`DATASET_NAMES`:

        - ``"spam"``: 12 emails, 1 feature (count of "free") in [0.5, 11],
          labels 0/1; ``far_index`` marks the movable far-right spam email.
        - ``"clouds"``: 2 x 30 points, nearly separable (the lab default;
          the maximum-likelihood theta is finite).
        - ``"clouds_overlap"``: 2 x 30 points, overlapping classes.
        - ``"clouds_apart"``: the default clouds dragged :data:`APART_DISTANCE` apart
          (:func:`drag_apart`): separable, with a narrow gap.
        - ``"clouds_separated"``: 2 x 25 points with a wide gap (separable).
        - ``"perceptron_separable"`` / ``"perceptron_overlap"``: 2 x 12 points
          for chapter 6, separable / not separable.
        - ``"cats_dogs"``: the second lesson's 2 x 50 points, centres
          (-2, -2) and (2, 2), class 0 first (legacy ``np.random.seed``);
          its points reach |x| ~ 4.6, so draw it in a box of about [-5, 5].
        - ``"three_classes"``: 3 x 25 points, labels 0, 1, 2.
        - ``"xor"``: 4 x 15 points; class 1 where sign(x1) != sign(x2).
        - ``"rings"``: 2 x 40 points; class 1 inner disc, class 0 outer ring.
        - ``"imbalanced"``: 99 negatives and 1 positive.
        - ``"newton_1d"``: 10 points, 1 feature, for chapter 8's race.
    seed : int, optional
        Seed of the random draws; when omitted, ``DEFAULT_SEEDS[name]``.
        The fixed sets ``"spam"`` and ``"newton_1d"`` ignore it;
        ``"cats_dogs"`` passes it to the legacy ``np.random.seed`` (0 is
        the lesson's).

    Returns
    -------
    dataset : Dataset
        Read-only arrays; identical for identical arguments.
    """
    if name not in _BUILDERS:
        raise ValueError(f"unknown data set {name!r}; known names are {', '.join(DATASET_NAMES)}")
    seed = DEFAULT_SEEDS[name] if seed is None else check_n_steps(seed, "seed")
    X, y, extra = _BUILDERS[name](seed)
    return Dataset(
        name=name,
        X=_frozen(np.asarray(X, dtype=np.float64)),
        y=_frozen(np.asarray(y, dtype=np.int64)),
        **extra,
    )
