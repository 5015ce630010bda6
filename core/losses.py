"""Losses, log-likelihoods, gradients and Hessians of the logistic model.

Conventions
-----------
* ``X`` is the raw feature matrix of shape (n_samples, n_features); the bias
  column is added inside, so ``theta`` has shape (n_features + 1,) with the
  bias ``theta0`` first (``core.add_bias``).
* ``log_likelihood`` is the course's **sum** over samples,
  l(theta) = sum_i [y_i log h_i + (1 - y_i) log(1 - h_i)].
* The optional L2 penalty subtracts ``l2 * ||w||^2`` where ``w = theta[1:]``
  (the bias is not penalised): l_l2(theta) = l(theta) - l2 * ||w||^2.
  Maximising it equals scikit-learn's ``LogisticRegression(C=C)`` with
  ``C = 1 / (2 * l2)``: sklearn minimises ``0.5 ||w||^2 + C * sum_i loss_i``;
  dividing by ``C`` gives ``sum_i loss_i + ||w||^2 / (2 C)``.
* Cross-entropy helpers work from **scores** z = theta^T x through
  ``log_expit``, so a model that is certain (h rounds to 0 or 1) still
  yields finite losses and gradients.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import special

from core._validation import (
    check_finite_array,
    check_labels,
    check_non_negative,
    check_theta,
    check_X_y,
)
from core.functions import _add_bias, log_softmax, softmax

__all__ = [
    "cross_entropy_from_proba",
    "cross_entropy_from_scores",
    "cross_entropy_score_gradient",
    "log_likelihood",
    "log_likelihood_gradient",
    "log_likelihood_hessian",
    "mean_cross_entropy",
    "softmax_cross_entropy",
    "softmax_cross_entropy_gradient",
    "softmax_loss",
    "softmax_loss_gradient",
    "squared_error_loss",
    "squared_error_loss_gradient",
    "squared_error_score_gradient",
    "squared_error_from_proba",
    "LikelihoodFactors",
    "likelihood_factors",
]


# --------------------------------------------------------------------------
# Private kernels (trusted inputs, design matrix with bias column)
# --------------------------------------------------------------------------


def _cross_entropy(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """-[y log g(z) + (1 - y) log g(-z)], finite for every finite z."""
    return -(y * special.log_expit(z) + (1 - y) * special.log_expit(-z))


def _log_likelihood(theta, Xb, y, l2=0.0) -> float:
    z = Xb @ theta
    value = -float(np.sum(_cross_entropy(z, y)))
    if l2:
        value -= l2 * float(theta[1:] @ theta[1:])
    return value


def _gradient(theta, Xb, y, l2=0.0) -> np.ndarray:
    grad = Xb.T @ (y - special.expit(Xb @ theta))
    if l2:
        grad[1:] -= 2.0 * l2 * theta[1:]
    return grad


def _hessian(theta, Xb, l2=0.0) -> np.ndarray:
    z = Xb @ theta
    weights = special.expit(z) * special.expit(-z)
    hess = -(Xb.T * weights) @ Xb
    if l2:
        idx = np.arange(1, Xb.shape[1])
        hess[idx, idx] -= 2.0 * l2
    return hess


def _check_model(theta, X, y, l2):
    X, y = check_X_y(X, y)
    theta = check_theta(theta, X.shape[1] + 1)
    l2 = check_non_negative(l2, "l2")
    return theta, _add_bias(X), y, l2


def _check_scores_labels(z, y, n_classes=2):
    z = check_finite_array(z, "z")
    y_arr = check_finite_array(y, "y")
    try:
        z, y_arr = np.broadcast_arrays(z, y_arr)
    except ValueError as exc:
        raise ValueError(
            f"z and y must have broadcastable shapes; got {np.shape(z)} and {np.shape(y_arr)}"
        ) from exc
    labels = check_labels(y_arr.ravel(), n_classes=n_classes).reshape(y_arr.shape)
    return z, labels


# --------------------------------------------------------------------------
# Binary cross-entropy
# --------------------------------------------------------------------------


def cross_entropy_from_scores(z, y) -> np.ndarray:
    """Per-example cross-entropy -[y log h + (1 - y) log(1 - h)] with h = g(z).

    Parameters
    ----------
    z : array-like of any shape
        Finite scores ``theta^T x``.
    y : array-like broadcastable to ``z``
        Labels in {0, 1}.

    Returns
    -------
    loss : ndarray of the broadcast shape
        Non-negative and finite: ``z = -1000, y = 1`` gives 1000, not inf.
    """
    z, y = _check_scores_labels(z, y)
    return _cross_entropy(z, y)


def mean_cross_entropy(z, y) -> float:
    """Mean of :func:`cross_entropy_from_scores` (the lesson's "log loss")."""
    return float(np.mean(cross_entropy_from_scores(z, y)))


def cross_entropy_from_proba(h, y) -> np.ndarray:
    """Cross-entropy from probabilities, for drawing chapter 3's penalty curves.

    Uses ``scipy.special.xlogy`` so that a confidently **right** edge
    (h = 1, y = 1) is exactly 0; a confidently wrong edge (h = 0, y = 1) is
    ``inf``, which is the true value. Prefer :func:`cross_entropy_from_scores`
    in training code.

    Parameters
    ----------
    h : array-like of any shape
        Predicted P(y = 1), in [0, 1].
    y : array-like broadcastable to ``h``
        Labels in {0, 1}.

    Returns
    -------
    loss : ndarray of the broadcast shape
    """
    h = check_finite_array(h, "h")
    if np.any((h < 0) | (h > 1)):
        raise ValueError(f"h must be probabilities in [0, 1]; got values in [{h.min()}, {h.max()}]")
    h, y = _check_scores_labels(h, y)
    with np.errstate(divide="ignore"):
        return -(special.xlogy(y, h) + special.xlogy(1 - y, 1 - h))


def cross_entropy_score_gradient(z, y) -> np.ndarray:
    """d CE / d z = g(z) - y: bounded by 1 in size and never vanishing when wrong.

    Returns
    -------
    grad : ndarray of the broadcast shape of ``z`` and ``y``
    """
    z, y = _check_scores_labels(z, y)
    return special.expit(z) - y


# --------------------------------------------------------------------------
# Bernoulli log-likelihood of the logistic model
# --------------------------------------------------------------------------


def log_likelihood(theta, X, y, l2: float = 0.0) -> float:
    """Sum log-likelihood l(theta), minus ``l2 * ||theta[1:]||^2``.

    Parameters
    ----------
    theta : array-like of shape (n_features + 1,)
        Weights, bias first.
    X : array-like of shape (n_samples, n_features)
        Raw features.
    y : array-like of shape (n_samples,)
        Labels in {0, 1}.
    l2 : float, default=0.0
        L2 strength lambda (bias unpenalised); sklearn's ``C = 1 / (2 l2)``.

    Returns
    -------
    value : float
        At most 0 when ``l2 = 0``; ``-n_samples * ln 2`` at theta = 0.
    """
    theta, Xb, y, l2 = _check_model(theta, X, y, l2)
    return _log_likelihood(theta, Xb, y, l2)


def log_likelihood_gradient(theta, X, y, l2: float = 0.0) -> np.ndarray:
    """Gradient of :func:`log_likelihood`: X^T (y - h) - 2 l2 (0, w).

    Returns
    -------
    grad : ndarray of shape (n_features + 1,)
    """
    theta, Xb, y, l2 = _check_model(theta, X, y, l2)
    return _gradient(theta, Xb, y, l2)


def log_likelihood_hessian(theta, X, y, l2: float = 0.0) -> np.ndarray:
    """Hessian of :func:`log_likelihood`: -X^T diag(h (1 - h)) X - 2 l2 diag(0, 1, ...).

    ``y`` is accepted for a uniform signature (the Hessian does not depend on
    it). Negative semi-definite: the log-likelihood is concave.

    Returns
    -------
    hess : ndarray of shape (n_features + 1, n_features + 1)
    """
    theta, Xb, _, l2 = _check_model(theta, X, y, l2)
    return _hessian(theta, Xb, l2)


# --------------------------------------------------------------------------
# Squared error of a sigmoid model (the lesson's "why not MSE")
# --------------------------------------------------------------------------


def squared_error_loss(theta, X, y) -> float:
    """Mean squared error of a sigmoid model, mean_i (g(theta^T x_i) - y_i)^2.

    Not convex in theta, and its gradient vanishes when confidently wrong.

    Returns
    -------
    value : float in [0, 1]
    """
    theta, Xb, y, _ = _check_model(theta, X, y, 0.0)
    return float(np.mean((special.expit(Xb @ theta) - y) ** 2))


def squared_error_loss_gradient(theta, X, y) -> np.ndarray:
    """Gradient of :func:`squared_error_loss`: mean_i 2 (h_i - y_i) h_i (1 - h_i) x_i.

    Returns
    -------
    grad : ndarray of shape (n_features + 1,)
    """
    theta, Xb, y, _ = _check_model(theta, X, y, 0.0)
    z = Xb @ theta
    factor = 2.0 * (special.expit(z) - y) * special.expit(z) * special.expit(-z)
    return Xb.T @ factor / Xb.shape[0]


def squared_error_score_gradient(z, y) -> np.ndarray:
    """d/dz of (g(z) - y)^2, i.e. 2 (g - y) g (1 - g): tiny when confidently wrong.

    Returns
    -------
    grad : ndarray of the broadcast shape of ``z`` and ``y``
    """
    z, y = _check_scores_labels(z, y)
    return 2.0 * (special.expit(z) - y) * special.expit(z) * special.expit(-z)


def squared_error_from_proba(h, y) -> np.ndarray:
    """Squared error (h - y)^2 of probabilities ``h`` against labels ``y`` (chapter 3's
    contrast with cross-entropy: a confident mistake costs at most 1).

    Returns
    -------
    loss : ndarray of the broadcast shape of ``h`` and ``y``, in [0, 1]
    """
    h = check_finite_array(h, "h")
    if np.any((h < 0) | (h > 1)):
        raise ValueError(f"h must be probabilities in [0, 1]; got values in [{h.min()}, {h.max()}]")
    h, y = _check_scores_labels(h, y)
    return (h - y) ** 2


# --------------------------------------------------------------------------
# The likelihood, one factor per sample (chapter 3)
# --------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class LikelihoodFactors:
    """Each sample's factor of the likelihood, h_i^y_i (1 - h_i)^(1 - y_i).

    Attributes
    ----------
    h : ndarray of shape (n_samples,)
        P(y = 1 | x_i) = g(theta^T x_i).
    factor : ndarray of shape (n_samples,)
        h_i where y_i = 1, 1 - h_i where y_i = 0: the probability the model
        gives to the label that was observed.
    likelihood : float
        The product of the factors, L(theta).
    log_likelihood : float
        The sum of their logs, l(theta) (from the scores, so finite even when
        a factor rounds to 0).
    """

    h: np.ndarray
    factor: np.ndarray
    likelihood: float
    log_likelihood: float


def likelihood_factors(theta, X, y) -> LikelihoodFactors:
    """The likelihood of the labels ``y`` as a product of one factor per sample.

    Parameters
    ----------
    theta : array-like of shape (n_features + 1,)
    X : array-like of shape (n_samples, n_features)
    y : array-like of shape (n_samples,)

    Returns
    -------
    factors : LikelihoodFactors
    """
    theta, Xb, y, _ = _check_model(theta, X, y, 0.0)
    z = Xb @ theta
    h = special.expit(z)
    factor = np.where(y == 1, h, special.expit(-z))
    return LikelihoodFactors(h=h, factor=factor, likelihood=float(np.prod(factor)),
                             log_likelihood=float(-np.sum(_cross_entropy(z, y))))


# --------------------------------------------------------------------------
# Softmax cross-entropy
# --------------------------------------------------------------------------


def _onehot(y: np.ndarray, n_classes: int) -> np.ndarray:
    return np.eye(n_classes)[y]


def softmax_cross_entropy(logits, y) -> np.ndarray:
    """Per-example -log phi_y with phi = softmax(logits), finite for finite logits.

    Parameters
    ----------
    logits : array-like of shape (n_samples, n_classes)
    y : array-like of shape (n_samples,)
        Labels in {0, ..., n_classes - 1}.

    Returns
    -------
    loss : ndarray of shape (n_samples,)
    """
    t = check_finite_array(logits, "logits", ndim=2)
    y = check_labels(y, n_classes=t.shape[1], n_samples=t.shape[0])
    return -log_softmax(t, axis=1)[np.arange(t.shape[0]), y]


def softmax_cross_entropy_gradient(logits, y) -> np.ndarray:
    """Gradient of :func:`softmax_cross_entropy` with respect to the logits, phi - e_y.

    Returns
    -------
    grad : ndarray of shape (n_samples, n_classes)
        Each row sums to 0.
    """
    t = check_finite_array(logits, "logits", ndim=2)
    y = check_labels(y, n_classes=t.shape[1], n_samples=t.shape[0])
    return softmax(t, axis=1) - _onehot(y, t.shape[1])


def _check_softmax_model(Theta, X, y):
    Theta = check_finite_array(Theta, "Theta", ndim=2)
    X, y = check_X_y(X, y, n_classes=Theta.shape[0], n_features=Theta.shape[1] - 1)
    return Theta, _add_bias(X), y


def _softmax_loss(Theta, Xb, y) -> float:
    t = Xb @ Theta.T
    return float(-np.mean(log_softmax(t, axis=1)[np.arange(len(y)), y]))


def _softmax_gradient(Theta, Xb, y) -> np.ndarray:
    residual = softmax(Xb @ Theta.T, axis=1) - _onehot(y, Theta.shape[0])
    return residual.T @ Xb / Xb.shape[0]


def softmax_loss(Theta, X, y) -> float:
    """Mean softmax cross-entropy of the linear model t = Theta x.

    Parameters
    ----------
    Theta : array-like of shape (n_classes, n_features + 1)
        One weight vector per class, bias first.
    X : array-like of shape (n_samples, n_features)
        Raw features.
    y : array-like of shape (n_samples,)
        Labels in {0, ..., n_classes - 1}.

    Returns
    -------
    value : float
    """
    return _softmax_loss(*_check_softmax_model(Theta, X, y))


def softmax_loss_gradient(Theta, X, y) -> np.ndarray:
    """Gradient of :func:`softmax_loss`: mean_i (phi_i - e_{y_i}) x_i^T.

    For one sample this is the course's ``np.outer(phi - onehot, x)``.

    Returns
    -------
    grad : ndarray of shape (n_classes, n_features + 1)
    """
    return _softmax_gradient(*_check_softmax_model(Theta, X, y))
