"""Chapter 9: where logistic regression breaks.

* Perfect separation: the log-likelihood keeps rising as |theta| grows, so
  gradient ascent never settles; an L2 penalty bounds theta.
* Class imbalance: "always negative" scores 99% accuracy on a 99-to-1 set,
  with zero recall.
* Curved boundaries (XOR, rings): a straight cut fails on raw features and
  succeeds once quadratic features are added.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from core._validation import (
    check_labels,
    check_non_negative,
    check_theta,
    check_X,
)
from core.datasets import Dataset, load_dataset
from core.functions import _add_bias
from core.geometry import DEFAULT_FIELD_SHAPE, grid_centres
from core.gradient_ascent import GradientAscentTrajectory, gradient_ascent
from core.newton import newton_method

__all__ = [
    "ClassificationMetrics",
    "FeatureComparison",
    "WeightGrowth",
    "classification_metrics",
    "feature_comparison",
    "imbalance_baseline",
    "quadratic_features",
    "quadratic_probability_field",
    "quadratic_score",
    "weight_growth",
]


@dataclass(frozen=True, eq=False)
class WeightGrowth:
    """Gradient ascent on separable data, without and with an L2 penalty.

    Attributes
    ----------
    dataset : Dataset
    plain : GradientAscentTrajectory
        l2 = 0: ``theta_norm`` grows without bound.
    regularised : GradientAscentTrajectory
        l2 > 0: ``theta_norm`` levels off.
    """

    dataset: Dataset
    plain: GradientAscentTrajectory
    regularised: GradientAscentTrajectory


def weight_growth(
    n_steps: int = 300,
    l2: float = 2.0,
    learning_rate: float = 0.3,
    dataset: str = "clouds_separated",
) -> WeightGrowth:
    """Run mean-gradient ascent from theta = 0 with and without L2.

    Parameters
    ----------
    n_steps : int, default=300
    l2 : float, default=2.0
        lambda on the sum log-likelihood (the penalty is lambda ||w||^2),
        so |w*| <= sqrt(n ln 2 / lambda).
    learning_rate : float, default=0.3
    dataset : str, default="clouds_separated"

    Returns
    -------
    growth : WeightGrowth
    """
    l2 = check_non_negative(l2, "l2")
    if l2 == 0:
        raise ValueError("l2 must be > 0 for the regularised run; got 0")
    data = load_dataset(dataset)
    plain = gradient_ascent(data.X, data.y, learning_rate, n_steps)
    regularised = gradient_ascent(data.X, data.y, learning_rate, n_steps, l2=l2)
    return WeightGrowth(dataset=data, plain=plain, regularised=regularised)


@dataclass(frozen=True, eq=False)
class ClassificationMetrics:
    """Confusion counts and the rates built from them (class 1 is positive).

    Attributes
    ----------
    accuracy : float
    precision : float
        tp / (tp + fp); 0.0 when nothing is predicted positive (the
        scikit-learn ``zero_division=0`` convention).
    recall : float
        tp / (tp + fn); 0.0 when there are no positives.
    tp, fp, fn, tn : int
    """

    accuracy: float
    precision: float
    recall: float
    tp: int
    fp: int
    fn: int
    tn: int


def classification_metrics(y_true, y_pred) -> ClassificationMetrics:
    """Accuracy, precision and recall of hard 0/1 predictions.

    Parameters
    ----------
    y_true : array-like of shape (n_samples,)
    y_pred : array-like of shape (n_samples,)
        Both with labels in {0, 1}.

    Returns
    -------
    metrics : ClassificationMetrics
    """
    y_true = check_labels(y_true, name="y_true")
    y_pred = check_labels(y_pred, n_samples=y_true.shape[0], name="y_pred")
    if y_true.size == 0:
        raise ValueError("y_true must hold at least one label; got an empty array")
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    fp = int(np.sum((y_true == 0) & (y_pred == 1)))
    fn = int(np.sum((y_true == 1) & (y_pred == 0)))
    tn = int(np.sum((y_true == 0) & (y_pred == 0)))
    return ClassificationMetrics(
        accuracy=(tp + tn) / y_true.size,
        precision=tp / (tp + fp) if tp + fp else 0.0,
        recall=tp / (tp + fn) if tp + fn else 0.0,
        tp=tp,
        fp=fp,
        fn=fn,
        tn=tn,
    )


def imbalance_baseline():
    """The always-negative classifier on the ``"imbalanced"`` set.

    Returns
    -------
    dataset : Dataset
    metrics : ClassificationMetrics
        Accuracy 0.99, recall 0, precision 0 (nothing predicted positive).
    """
    data = load_dataset("imbalanced")
    return data, classification_metrics(data.y, np.zeros_like(data.y))


def quadratic_features(X) -> np.ndarray:
    """Map (x1, x2) to (x1, x2, x1^2, x1 x2, x2^2).

    Parameters
    ----------
    X : array-like of shape (n_samples, 2)

    Returns
    -------
    X_quad : ndarray of shape (n_samples, 5)
        A straight cut in this space is a conic in the plane.
    """
    X = check_X(X, n_features=2)
    return _quadratic(X[:, 0], X[:, 1])


def _quadratic(x1, x2):
    return np.stack(np.broadcast_arrays(x1, x2, x1 * x1, x1 * x2, x2 * x2), axis=-1)


def quadratic_score(theta, X) -> np.ndarray:
    """The score theta^T (1, x1, x2, x1^2, x1 x2, x2^2) of each point.

    Its zero set is the curved boundary of a quadratic-feature model (a
    conic in the plane); positive scores are the class-1 side.

    Parameters
    ----------
    theta : array-like of shape (6,)
        Bias first, then the weights of :func:`quadratic_features`.
    X : array-like of shape (n_samples, 2)

    Returns
    -------
    score : ndarray of shape (n_samples,)
    """
    theta = check_theta(theta, 6)
    X = check_X(X, n_features=2)
    return theta[0] + _quadratic(X[:, 0], X[:, 1]) @ theta[1:]


def quadratic_probability_field(theta, x_range, y_range, shape=DEFAULT_FIELD_SHAPE):
    """P(y = 1) on an image grid for a model on :func:`quadratic_features`.

    Parameters
    ----------
    theta : array-like of shape (6,)
        Bias first, then the weights of (x1, x2, x1^2, x1 x2, x2^2).
    x_range, y_range : (float, float)
    shape : (int, int), default=(120, 160)

    Returns
    -------
    field : ndarray of shape (rows, cols)
        Row 0 is the top of the box, as in :func:`core.probability_field`.
    """
    theta = check_theta(theta, 6)
    x1, x2 = grid_centres(x_range, y_range, shape)
    feats = _quadratic(x1[None, :], x2[:, None])  # (rows, cols, 5)
    return special.expit(theta[0] + feats @ theta[1:])


@dataclass(frozen=True, eq=False)
class FeatureComparison:
    """Logistic regression on raw versus quadratic features.

    Attributes
    ----------
    dataset : Dataset
    theta_raw : ndarray of shape (3,)
        Fit on (x1, x2).
    accuracy_raw : float
    theta_quadratic : ndarray of shape (6,)
        Fit on :func:`quadratic_features`.
    accuracy_quadratic : float
    l2 : float
        The small penalty used for both fits (keeps the separable
        quadratic fit finite).
    """

    dataset: Dataset
    theta_raw: np.ndarray
    accuracy_raw: float
    theta_quadratic: np.ndarray
    accuracy_quadratic: float
    l2: float


def feature_comparison(dataset: str = "xor", l2: float = 0.05) -> FeatureComparison:
    """Fit raw and quadratic-feature models by Newton's method and compare.

    Parameters
    ----------
    dataset : {"xor", "rings"} or any 2-D data set name, default="xor"
    l2 : float, default=0.05
        lambda > 0 on the sum log-likelihood for both fits.

    Returns
    -------
    comparison : FeatureComparison
        On ``"xor"`` and ``"rings"`` the raw fit is near chance and the
        quadratic fit classifies (almost) every point.
    """
    l2 = check_non_negative(l2, "l2")
    if l2 == 0:
        raise ValueError("l2 must be > 0 (the quadratic fit is separable); got 0")
    data = load_dataset(dataset)
    if data.n_features != 2 or data.n_classes != 2:
        raise ValueError(f"feature_comparison needs a 2-D binary data set; got {dataset!r}")
    raw = newton_method(data.X, data.y, l2=l2, n_steps=50).thetas[-1]
    Xq = _quadratic(data.X[:, 0], data.X[:, 1])
    quad = newton_method(Xq, data.y, l2=l2, n_steps=50).thetas[-1]

    def acc(theta, feats):
        return float(np.mean((_add_bias(feats) @ theta >= 0) == (data.y == 1)))

    return FeatureComparison(
        dataset=data,
        theta_raw=raw,
        accuracy_raw=acc(raw, data.X),
        theta_quadratic=quad,
        accuracy_quadratic=acc(quad, Xq),
        l2=l2,
    )
