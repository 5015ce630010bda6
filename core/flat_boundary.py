"""With three features the decision boundary is a plane: two seeded clouds in 3-D, the plane
w . x + b = 0 that separates them, and the polygon where that plane cuts a cube (what a picture
of it draws)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: The plane the sketch draws: w . x + b = 0, tilted to face the viewer of an oblique view;
#: the clouds' centres lie along w, one on each side.
SKETCH_W = np.array([1.0, 0.3, 1.0])
SKETCH_B = 0.0


@dataclass(frozen=True)
class ThreeFeatureClouds:
    X: np.ndarray  # (n, 3) points
    y: np.ndarray  # (n,) labels 0 / 1
    w: np.ndarray  # the separating plane's normal
    b: float


def three_feature_clouds(n_per_class: int = 14, seed: int = 0, centre: float = 2.0,
                         spread: float = 0.5) -> ThreeFeatureClouds:
    """Two Gaussian clouds, seeded, around -centre and +centre times the unit normal of the
    sketch's plane (labels 0 and 1), with that plane between them."""
    rng = np.random.default_rng(seed)
    middle = centre * SKETCH_W / np.linalg.norm(SKETCH_W)
    cats = rng.normal(-middle, spread, size=(n_per_class, 3))
    dogs = rng.normal(middle, spread, size=(n_per_class, 3))
    X = np.vstack([cats, dogs])
    y = np.repeat([0, 1], n_per_class)
    return ThreeFeatureClouds(X=X, y=y, w=SKETCH_W.copy(), b=SKETCH_B)


def plane_in_cube(w, b: float, reach: float) -> np.ndarray:
    """The corners of the polygon where the plane w . x + b = 0 cuts the cube [-reach, reach]^3,
    in order around it (k x 3; empty when the plane misses the cube)."""
    w = np.asarray(w, dtype=float)
    corners = np.array([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)],
                       dtype=float) * reach
    points = []
    for i in range(8):
        for j in range(i + 1, 8):
            p, q = corners[i], corners[j]
            if np.count_nonzero(p != q) != 1:  # not an edge of the cube
                continue
            fp, fq = w @ p + b, w @ q + b
            if fp == 0:
                points.append(p)
            if fp * fq < 0:
                points.append(p + fp / (fp - fq) * (q - p))
    if len(points) < 3:
        return np.zeros((0, 3))
    pts = np.unique(np.round(np.array(points), 12), axis=0)
    centre = pts.mean(axis=0)
    # Two directions in the plane; order the corners by their angle around the centre.
    u = np.cross(w, [1.0, 0.0, 0.0] if abs(w[0]) < 0.9 * np.linalg.norm(w) else [0, 1.0, 0])
    u /= np.linalg.norm(u)
    v = np.cross(w / np.linalg.norm(w), u)
    angles = np.arctan2((pts - centre) @ v, (pts - centre) @ u)
    return pts[np.argsort(angles)]


def oriented_cuts(thetas, X, y) -> np.ndarray:
    """Each line ``theta0 + theta1 x1 + theta2 x2 = 0`` with its sign chosen so that the side
    it scores positive (class 1) is the better naming of its two sides for the points ``(X, y)``:
    the shading a picture draws for a straight cut then shows the guess that scores best."""
    thetas = np.asarray(thetas, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y).astype(int)
    side = (X @ thetas[:, 1:].T + thetas[:, 0]) > 0
    right = np.mean(side == (y[:, None] == 1), axis=0)
    return thetas * np.where(right >= 1 - right, 1.0, -1.0)[:, None]
