"""The lesson's practice data: two Gaussian clouds of points in the plane."""

import numpy as np


def two_clouds(seed, n=50):
    np.random.seed(seed)
    cats = np.random.randn(n, 2) - 2
    dogs = np.random.randn(n, 2) + 2
    X = np.vstack([cats, dogs])
    y = np.repeat([0, 1], n)
    return X, y
