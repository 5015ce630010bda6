"""The three-feature sketch: the plane separates the seeded clouds, and its polygon in the cube
lies on the plane and on the cube's surface."""

import numpy as np
import pytest

from core.flat_boundary import plane_in_cube, three_feature_clouds


def test_the_plane_puts_every_point_of_both_clouds_on_its_own_side():
    clouds = three_feature_clouds()
    side = clouds.X @ clouds.w + clouds.b > 0
    assert np.array_equal(side, clouds.y == 1)
    assert np.array_equal(three_feature_clouds().X, clouds.X)  # seeded


def test_the_polygon_is_the_hexagon_the_plane_cuts_from_the_cube():
    corners = plane_in_cube([1.0, 1.0, 1.0], 0.0, 3.0)
    # x + y + z = 0 cuts the cube in the regular hexagon through the six edge midpoints
    # (3, -3, 0) and its permutations.
    expected = {tuple(p) for p in ([3, -3, 0], [3, 0, -3], [0, 3, -3], [-3, 3, 0],
                                   [-3, 0, 3], [0, -3, 3])}
    assert {tuple(np.round(p, 9) + 0.0) for p in corners} == expected
    # In order around the polygon: neighbours are one side apart (3 * sqrt 2).
    sides = np.linalg.norm(corners - np.roll(corners, 1, axis=0), axis=1)
    assert sides == pytest.approx(np.full(6, 3 * np.sqrt(2)))


def test_a_tilted_plane_s_polygon_lies_on_it_and_on_the_cube():
    w, b, r = np.array([0.4, 1.0, 2.0]), 0.5, 2.0
    corners = plane_in_cube(w, b, r)
    assert len(corners) >= 3
    assert corners @ w + b == pytest.approx(np.zeros(len(corners)), abs=1e-9)
    assert np.all(np.isclose(np.abs(corners).max(axis=1), r))
    assert len(plane_in_cube(w, 100.0, r)) == 0


def test_oriented_cuts_call_class_one_the_side_that_scores_best():
    from core.cats_dogs import straight_cut_sweep
    from core.datasets import load_dataset
    from core.flat_boundary import oriented_cuts

    rings = load_dataset("rings")
    sweep = straight_cut_sweep(rings.X, rings.y)
    oriented = oriented_cuts(sweep.thetas, rings.X, rings.y)
    # Same lines (each theta or its negative) ...
    assert np.all(np.isclose(np.abs(oriented), np.abs(sweep.thetas)))
    # ... and calling the positive side class 1 scores each line's best accuracy.
    positive = rings.X @ oriented[:, 1:].T + oriented[:, 0] > 0
    scored = np.mean(positive == (rings.y[:, None] == 1), axis=0)
    assert scored == pytest.approx(sweep.accuracy)
    assert np.any(oriented[:, 0] * sweep.thetas[:, 0] < 0)  # some lines do flip
