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
from scipy.optimize import minimize_scalar

from core._validation import (
    check_labels,
    check_non_negative,
    check_theta,
    check_X,
    check_X_y,
)
from core.datasets import Dataset, load_dataset
from core.functions import _add_bias
from core.geometry import DEFAULT_FIELD_SHAPE, grid_centres
from core.gradient_ascent import GradientAscentTrajectory, gradient_ascent
from core.losses import log_likelihood
from core.newton import newton_method

__all__ = [
    "ClassificationMetrics",
    "FeatureComparison",
    "LiftedCut",
    "WeightGrowth",
    "classification_metrics",
    "feature_comparison",
    "imbalance_baseline",
    "level_curve",
    "lift_height",
    "least_sure_point",
    "penalised_stretch_peak",
    "lifted_cut",
    "per_decade_growth",
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


@dataclass(frozen=True, eq=False)
class ClassWeightedFit:
    """Logistic regression on the ``"imbalanced"`` set, fitted twice: plainly and with
    the rare class up-weighted.

    Attributes
    ----------
    dataset : Dataset
    weight : float
        How many times each positive counts in the loss (negatives count once).
    theta_plain, theta_weighted : ndarray of shape (3,)
        (bias, w1, w2) of each fit.
    plain, weighted : ClassificationMetrics
        Each fit's metrics on the training set, thresholding h at 1/2.
    flagged_plain, flagged_weighted : ndarray of int
        Indices of the emails each fit says are spam.
    """

    dataset: Dataset
    weight: float
    theta_plain: np.ndarray
    theta_weighted: np.ndarray
    plain: ClassificationMetrics
    weighted: ClassificationMetrics
    flagged_plain: np.ndarray
    flagged_weighted: np.ndarray


def weighted_logistic_fit(X, y, sample_weight, C: float = 1.0, n_iter: int = 100,
                          tol: float = 1e-12) -> np.ndarray:
    """Maximise ``C * sum_i c_i log P(y_i | x_i) - |w|^2 / 2`` (the bias unpenalised) by
    Newton's method: a weighted, L2-penalised logistic fit.

    The same objective as scikit-learn's ``LogisticRegression(C=C)`` with
    ``sample_weight`` (or ``class_weight``) c_i.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)
    sample_weight : array-like of shape (n_samples,), positive
    C : float
        Inverse strength of the penalty.

    Returns
    -------
    theta : ndarray of shape (n_features + 1,)
        (bias, weights).
    """
    X = check_X(X)
    y = check_labels(y, n_samples=X.shape[0])
    c = np.asarray(sample_weight, dtype=float)
    if c.shape != y.shape or np.any(c <= 0):
        raise ValueError("sample_weight must hold one positive weight per sample")
    Xb = _add_bias(X)
    penalty = np.ones(Xb.shape[1])
    penalty[0] = 0.0
    theta = np.zeros(Xb.shape[1])
    for _ in range(n_iter):
        h = special.expit(Xb @ theta)
        grad = C * Xb.T @ (c * (y - h)) - penalty * theta
        hess = -C * (Xb.T * (c * h * (1 - h))) @ Xb - np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        theta = theta - step
        if np.max(np.abs(step)) < tol:
            break
    return theta


def class_weighted_fit(weight: float | None = None, C: float = 1.0) -> ClassWeightedFit:
    """Chapter 9's remedy for imbalance: refit with each positive counting ``weight``
    times (by default negatives / positives, 99 here).

    Returns
    -------
    fit : ClassWeightedFit
        The plain fit flags nothing (recall 0); the weighted one catches the spam at the
        price of a few false alarms.
    """
    data = load_dataset("imbalanced")
    n_pos = int(data.y.sum())
    if weight is None:
        weight = (data.y.size - n_pos) / n_pos
    if not weight > 0:
        raise ValueError(f"weight must be positive; got {weight}")
    thetas, metrics, flagged = [], [], []
    for w in (1.0, float(weight)):
        theta = weighted_logistic_fit(data.X, data.y, np.where(data.y == 1, w, 1.0), C=C)
        predicted = (_add_bias(data.X) @ theta > 0).astype(int)
        thetas.append(theta)
        metrics.append(classification_metrics(data.y, predicted))
        flagged.append(np.flatnonzero(predicted))
    return ClassWeightedFit(data, float(weight), thetas[0], thetas[1], metrics[0], metrics[1],
                            flagged[0], flagged[1])


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


def per_decade_growth(theta_norm, decades=(1, 10, 100, 1000, 10_000)) -> np.ndarray:
    """How much |theta| grows over each tenfold stretch of steps.

    Parameters
    ----------
    theta_norm : array-like of shape (n_steps + 1,)
        |theta| at every step (step 0 is the start).
    decades : sequence of int, default=(1, 10, 100, 1000, 10000)
        Steps at which to read |theta|, each within ``theta_norm``.

    Returns
    -------
    growth : ndarray of shape (len(decades) - 1,)
        ``theta_norm[decades[k + 1]] - theta_norm[decades[k]]``.
    """
    norms = np.asarray(theta_norm, dtype=float)
    steps = np.asarray(decades, dtype=int)
    if steps.ndim != 1 or steps.size < 2 or np.any(np.diff(steps) <= 0):
        raise ValueError(f"decades must be at least two increasing steps; got {decades!r}")
    if steps[0] < 0 or steps[-1] >= norms.shape[0]:
        raise ValueError(f"decades must lie in 0..{norms.shape[0] - 1}; got {decades!r}")
    return np.diff(norms[steps])


def least_sure_point(theta, X, y) -> tuple[int, float]:
    """The point the model is least sure of, and how sure it is.

    Parameters
    ----------
    theta : array-like of shape (n_features + 1,)
        Weights, bias first.
    X : array-like of shape (n_samples, n_features)
        Raw features.
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.

    Returns
    -------
    index : int
        The sample whose own class gets the smallest probability.
    probability : float
        That probability, ``h`` for a class-1 point and ``1 - h`` for a class-0 point.
    """
    own = own_class_probability(theta, X, y)
    index = int(np.argmin(own))
    return index, float(own[index])


def own_class_probability(theta, X, y) -> np.ndarray:
    """How sure the model is of each point's own class.

    Parameters
    ----------
    theta : array-like of shape (n_features + 1,)
        Weights, bias first.
    X : array-like of shape (n_samples, n_features)
        Raw features.
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.

    Returns
    -------
    probability : ndarray of shape (n_samples,)
        ``h`` for a class-1 point and ``1 - h`` for a class-0 point.
    """
    X, y = check_X_y(X, y)
    theta = check_theta(theta, X.shape[1] + 1)
    score = _add_bias(X) @ theta
    # P(own class) = g(score) for y = 1 and g(-score) for y = 0.
    return special.expit(np.where(y == 1, score, -score))


def penalised_stretch_peak(theta, X, y, l2: float, c_max: float = 10.0) -> float:
    """Where the penalised likelihood peaks along the stretch theta -> c theta.

    On separable data ``l(c theta)`` keeps rising with ``c``; the penalised
    ``l(c theta) - l2 ||c w||^2`` (bias unpenalised, as in
    :func:`core.losses.log_likelihood`) rises, then falls, so it has a finite best ``c``.

    Parameters
    ----------
    theta : array-like of shape (n_features + 1,)
        The direction stretched, bias first.
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)
    l2 : float
        lambda, > 0.
    c_max : float, default=10.0
        The search runs over ``0 <= c <= c_max``.

    Returns
    -------
    c : float
        The maximiser.
    """
    X, y = check_X_y(X, y)
    theta = check_theta(theta, X.shape[1] + 1)
    l2 = check_non_negative(l2, "l2")
    if l2 == 0:
        raise ValueError("l2 must be > 0 (without it there is no finite best c); got 0")
    result = minimize_scalar(lambda c: -log_likelihood(c * theta, X, y, l2=l2),
                             bounds=(0.0, c_max), method="bounded",
                             options={"xatol": 1e-10})
    return float(result.x)


#: The extra height each curved data set is lifted by: XOR by the product x1 x2 (a saddle),
#: the rings by the squared radius x1^2 + x2^2 (a bowl).
LIFTS = {"xor": "product", "rings": "radius"}


def lift_height(X, lift: str) -> np.ndarray:
    """The height z of each point: ``x1 * x2`` (``"product"``) or ``x1^2 + x2^2`` (``"radius"``).

    Parameters
    ----------
    X : array-like of shape (n_samples, 2)
    lift : {"product", "radius"}

    Returns
    -------
    z : ndarray of shape (n_samples,)
    """
    X = check_X(X, n_features=2)
    if lift == "product":
        return X[:, 0] * X[:, 1]
    if lift == "radius":
        return X[:, 0] ** 2 + X[:, 1] ** 2
    raise ValueError(f"lift must be 'product' or 'radius'; got {lift!r}")


@dataclass(frozen=True, eq=False)
class LiftedCut:
    """A curved data set lifted into 3-D and cut by a flat, level sheet.

    Attributes
    ----------
    dataset : Dataset
    lift : str
        ``"product"`` (z = x1 x2) or ``"radius"`` (z = x1^2 + x2^2).
    heights : ndarray of shape (n_samples,)
        Each point's z.
    theta : ndarray of shape (2,)
        Logistic regression on z alone: P(y = 1) = g(theta0 + theta1 z).
    level : float
        The sheet's height, -theta0 / theta1: where the fit says one half.
    accuracy : float
        Share of points on their own side of the sheet.
    """

    dataset: Dataset
    lift: str
    heights: np.ndarray
    theta: np.ndarray
    level: float
    accuracy: float


def lifted_cut(dataset: str = "xor", l2: float = 0.05) -> LiftedCut:
    """Lift ``dataset`` by its height (:data:`LIFTS`) and fit a level cut by Newton's method.

    Parameters
    ----------
    dataset : {"xor", "rings"}, default="xor"
    l2 : float, default=0.05
        lambda > 0 on the slope of z (the lifted sets are separable).

    Returns
    -------
    cut : LiftedCut
        The sheet z = level; its trace on the lifted surface, dropped to the
        plane, is :func:`level_curve`.
    """
    if dataset not in LIFTS:
        raise ValueError(f"lifted_cut knows {sorted(LIFTS)}; got {dataset!r}")
    l2 = check_non_negative(l2, "l2")
    if l2 == 0:
        raise ValueError("l2 must be > 0 (the lifted set is separable); got 0")
    data = load_dataset(dataset)
    lift = LIFTS[dataset]
    z = lift_height(data.X, lift)
    theta = newton_method(z[:, None], data.y, l2=l2, n_steps=50).thetas[-1]
    predicted = theta[0] + theta[1] * z >= 0
    return LiftedCut(
        dataset=data,
        lift=lift,
        heights=z,
        theta=theta,
        level=float(-theta[0] / theta[1]),
        accuracy=float(np.mean(predicted == (data.y == 1))),
    )


def level_curve(lift: str, level: float, x_range, y_range, n: int = 120) -> list[np.ndarray]:
    """Where the lifted surface is at height ``level``, inside the box, as polylines.

    Parameters
    ----------
    lift : {"product", "radius"}
    level : float
    x_range, y_range : (float, float)
    n : int, default=120
        Points per polyline.

    Returns
    -------
    curves : list of ndarray of shape (n, 2)
        ``"radius"``: one closed circle of radius sqrt(level) (none if level <= 0).
        ``"product"``: the two branches of the hyperbola x1 x2 = level, each
        clipped to the box (a level of exactly 0 gives the two axes' halves).
    """
    (x0, x1), (y0, y1) = (tuple(map(float, r)) for r in (x_range, y_range))
    if lift == "radius":
        if level <= 0:
            return []
        angle = np.linspace(0.0, 2.0 * np.pi, n)
        r = np.sqrt(level)
        return [np.column_stack([r * np.cos(angle), r * np.sin(angle)])]
    if lift != "product":
        raise ValueError(f"lift must be 'product' or 'radius'; got {lift!r}")
    curves = []
    for sign in (1.0, -1.0):  # the branch with x1 > 0, then x1 < 0
        edge = x1 if sign > 0 else -x0  # how far the box reaches on this side
        # x2 = level / x1 must stay within the box's y range.
        reach = y1 if level * sign > 0 else -y0
        if level == 0:
            curves.append(np.column_stack([[0.0, 0.0], [y0, y1]]) if sign > 0
                          else np.column_stack([[x0, x1], [0.0, 0.0]]))
            continue
        start = abs(level) / reach
        if start >= edge:
            continue
        a = sign * np.geomspace(start, edge, n)
        curves.append(np.column_stack([a, level / a]))
    return curves
