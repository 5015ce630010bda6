"""Input checks shared by every public function of :mod:`core`.

Each helper raises a :class:`ValueError` that states what was expected and
what came, so a scene author sees the mistake at the call site instead of a
``nan`` three frames later. Validation happens once, at the public boundary;
private helpers (leading underscore) trust their inputs.
"""

from __future__ import annotations

import numbers

import numpy as np

__all__ = [
    "check_X",
    "check_X_y",
    "check_finite_array",
    "check_labels",
    "check_learning_rate",
    "check_n_steps",
    "check_non_negative",
    "check_range",
    "check_shape_2d",
    "check_theta",
]


def _describe(a: np.ndarray) -> str:
    return f"shape {a.shape} and dtype {a.dtype}"


def check_finite_array(a, name: str, ndim: int | None = None) -> np.ndarray:
    """Return ``a`` as a float64 array, refusing non-numeric or non-finite values.

    Parameters
    ----------
    a : array-like
        The values to check.
    name : str
        The argument's name, used in the error message.
    ndim : int, optional
        Required number of dimensions.

    Returns
    -------
    arr : ndarray of float64, same shape as ``a``
    """
    try:
        arr = np.asarray(a, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be an array of real numbers; got {a!r:.80}") from exc
    if ndim is not None and arr.ndim != ndim:
        raise ValueError(f"{name} must be {ndim}-dimensional; got {_describe(arr)}")
    if not np.all(np.isfinite(arr)):
        n_bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise ValueError(f"{name} must contain only finite values; got {n_bad} nan/inf entries")
    return arr


def check_X(X, n_features: int | None = None, name: str = "X") -> np.ndarray:
    """Check a design matrix without labels.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        Raw features (no bias column). A 1-D array is refused: reshape it
        with ``X[:, None]`` so that the number of features is explicit.
    n_features : int, optional
        Required number of columns.

    Returns
    -------
    X : ndarray of float64 of shape (n_samples, n_features)
    """
    X = check_finite_array(X, name, ndim=2)
    if X.shape[0] == 0:
        raise ValueError(f"{name} must hold at least one sample; got an empty data set")
    if X.shape[1] == 0:
        raise ValueError(f"{name} must hold at least one feature; got shape {X.shape}")
    if n_features is not None and X.shape[1] != n_features:
        raise ValueError(f"{name} must have {n_features} feature columns; got shape {X.shape}")
    return X


def check_labels(y, n_classes: int = 2, n_samples: int | None = None, name: str = "y"):
    """Check class labels and return them as int64.

    Parameters
    ----------
    y : array-like of shape (n_samples,)
        Labels in ``{0, ..., n_classes - 1}``; floats such as ``1.0`` are
        accepted when they are exact integers.
    n_classes : int, default=2
        Number of classes.
    n_samples : int, optional
        Required length.

    Returns
    -------
    y : ndarray of int64 of shape (n_samples,)
    """
    y_arr = check_finite_array(y, name, ndim=1)
    if n_samples is not None and y_arr.shape[0] != n_samples:
        raise ValueError(
            f"{name} must have one label per sample ({n_samples}); got shape {y_arr.shape}"
        )
    allowed = np.arange(n_classes)
    bad = ~np.isin(y_arr, allowed)
    if np.any(bad):
        shown = np.unique(y_arr[bad])[:5]
        raise ValueError(
            f"{name} must contain only labels in {{0, ..., {n_classes - 1}}}; "
            f"got values {shown.tolist()}"
        )
    return y_arr.astype(np.int64)


def check_X_y(X, y, n_classes: int = 2, n_features: int | None = None):
    """Check a labelled data set.

    Parameters
    ----------
    X : array-like of shape (n_samples, n_features)
        Raw features (no bias column).
    y : array-like of shape (n_samples,)
        Labels in ``{0, ..., n_classes - 1}``.
    n_classes : int, default=2
    n_features : int, optional

    Returns
    -------
    X : ndarray of float64 of shape (n_samples, n_features)
    y : ndarray of int64 of shape (n_samples,)
    """
    X = check_X(X, n_features=n_features)
    y = check_labels(y, n_classes=n_classes, n_samples=X.shape[0])
    return X, y


def check_theta(theta, n_dof: int, name: str = "theta", allow_stack: bool = False):
    """Check a weight vector ``(theta0, theta1, ...)`` with the bias first.

    Parameters
    ----------
    theta : array-like of shape (n_dof,) or (n_frames, n_dof)
        The stacked form is accepted only when ``allow_stack`` is true.
    n_dof : int
        Number of weights including the bias (``n_features + 1``).

    Returns
    -------
    theta : ndarray of float64, same shape as the input
    """
    arr = check_finite_array(theta, name)
    ok = arr.ndim == 1 or (allow_stack and arr.ndim == 2)
    if not ok or arr.shape[-1] != n_dof:
        expected = f"({n_dof},)" + (f" or (n_frames, {n_dof})" if allow_stack else "")
        raise ValueError(f"{name} must have shape {expected}; got shape {arr.shape}")
    return arr


def check_positive(value, name: str) -> float:
    """Return a strictly positive, finite real (e.g. an L2 strength that must bite) as a float."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a positive real number; got {value!r}")
    value = float(value)
    if not np.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a finite number > 0; got {value!r}")
    return value


def check_learning_rate(learning_rate, name: str = "learning_rate") -> float:
    """Return a strictly positive, finite learning rate as a float."""
    return check_positive(learning_rate, name)


def check_non_negative(value, name: str) -> float:
    """Return a finite, non-negative real (e.g. an L2 strength) as a float."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a non-negative real number; got {value!r}")
    value = float(value)
    if not np.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number >= 0; got {value!r}")
    return value


def check_n_steps(n_steps, name: str = "n_steps", minimum: int = 0) -> int:
    """Return a step count as an int, refusing non-integers and values below ``minimum``."""
    if isinstance(n_steps, bool) or not isinstance(n_steps, numbers.Integral):
        raise ValueError(f"{name} must be an integer >= {minimum}; got {n_steps!r}")
    if n_steps < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}; got {n_steps}")
    return int(n_steps)


def check_index(index, n: int, name: str) -> int:
    """Return ``index`` as an int if it names one of ``n`` samples (0 to n - 1)."""
    if isinstance(index, bool) or not isinstance(index, numbers.Integral) or not 0 <= index < n:
        raise ValueError(f"{name} must be an integer in [0, {n - 1}]; got {index!r}")
    return int(index)


def check_range(bounds, name: str) -> tuple[float, float]:
    """Return ``(low, high)`` as floats with ``low < high``, both finite."""
    arr = check_finite_array(bounds, name, ndim=1)
    if arr.shape != (2,) or not arr[0] < arr[1]:
        raise ValueError(f"{name} must be (low, high) with low < high; got {arr.tolist()}")
    return float(arr[0]), float(arr[1])


def check_shape_2d(shape, name: str = "shape") -> tuple[int, int]:
    """Return ``(rows, cols)`` as positive ints."""
    try:
        rows, cols = shape
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a pair (rows, cols); got {shape!r}") from exc
    rows = check_n_steps(rows, f"{name}[0] (rows)", minimum=1)
    cols = check_n_steps(cols, f"{name}[1] (cols)", minimum=1)
    return rows, cols
