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
