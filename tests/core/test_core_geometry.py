"""Boundary segment, normal vector and the probability / softmax fields."""

import math

import numpy as np
import pytest

import core

BOX = ((-4.0, 4.0), (-3.0, 3.0))


def on_box_edge(p, box=BOX, tol=1e-9):
    (x0, x1), (y0, y1) = box
    return min(abs(p[0] - x0), abs(p[0] - x1)) < tol or min(abs(p[1] - y0), abs(p[1] - y1)) < tol


@pytest.mark.parametrize("seed", range(20))
def test_segment_end_points_lie_on_the_line_and_the_box_edge(seed):
    theta = np.random.default_rng(seed).normal(size=3) * [1.5, 1, 1]
    seg = core.boundary_segment(theta, *BOX)
    # Independent check of "misses the box": do the corner scores change sign?
    corners = np.array([[x, y] for x in BOX[0] for y in BOX[1]])
    s = theta[0] + corners @ theta[1:]
    if np.all(s > 0) or np.all(s < 0):
        assert seg is None
        return
    assert seg.shape == (2, 2)
    for p in seg:
        assert theta[0] + p @ theta[1:] == pytest.approx(0.0, abs=1e-9)
        assert BOX[0][0] - 1e-12 <= p[0] <= BOX[0][1] + 1e-12
        assert BOX[1][0] - 1e-12 <= p[1] <= BOX[1][1] + 1e-12
        assert on_box_edge(p)
    assert seg[0, 0] <= seg[1, 0]


def test_vertical_horizontal_degenerate_and_missing_lines():
    np.testing.assert_allclose(core.boundary_segment([1, 1, 0], *BOX), [[-1, -3], [-1, 3]])
    np.testing.assert_allclose(core.boundary_segment([-1, 0, 2], *BOX), [[-4, 0.5], [4, 0.5]])
    assert core.boundary_segment([1, 0, 0], *BOX) is None
    assert core.boundary_segment([0, 0, 0], *BOX) is None
    assert core.boundary_segment([10, 1, 0], *BOX) is None
    # A line touching only a corner (x1 + x2 = 7 at (4, 3)) is not a segment.
    assert core.boundary_segment([-7, 1, 1], *BOX) is None
    diag = core.boundary_segment([0, 3, -4], *BOX)  # through two opposite corners
    np.testing.assert_allclose(diag, [[-4, -3], [4, 3]])


def test_normal_points_toward_class_one():
    theta = np.array([0.5, 1.2, -0.7])
    n = core.normal_vector(theta)
    np.testing.assert_array_equal(n, [1.2, -0.7])
    assert np.linalg.norm(core.normal_vector(theta, unit=True)) == pytest.approx(1.0)
    foot = core.boundary_point(theta)
    assert theta[0] + foot @ theta[1:] == pytest.approx(0.0, abs=1e-12)
    seg = core.boundary_segment(theta, *BOX)
    assert (seg[1] - seg[0]) @ n == pytest.approx(0.0, abs=1e-9)  # perpendicular
    ahead = core.predict_proba(theta, [foot + 0.1 * n])[0]
    assert ahead > 0.5
    with pytest.raises(ValueError, match="zero normal"):
        core.normal_vector([1, 0, 0], unit=True)
    assert core.boundary_point([1, 0, 0]) is None


def test_probability_field_orientation_and_values():
    theta = np.array([0.3, 0.8, -1.1])
    field = core.probability_field(theta, *BOX, shape=(12, 16))
    assert field.shape == (12, 16)
    # Cell (r, c) centre, computed independently.
    for r, c in [(0, 0), (0, 15), (11, 0), (5, 7), (11, 15)]:
        x1 = -4 + (c + 0.5) * 8 / 16
        x2 = 3 - (r + 0.5) * 6 / 12
        expected = 1 / (1 + math.exp(-(0.3 + 0.8 * x1 - 1.1 * x2)))
        assert field[r, c] == pytest.approx(expected, rel=1e-12)
    # theta2 < 0: probability rises toward the bottom rows (smaller x2).
    assert np.all(np.diff(field[:, 0]) > 0)
    assert np.all(np.diff(field[0, :]) > 0)


def test_stacked_field_equals_frame_by_frame():
    thetas = np.random.default_rng(0).normal(size=(7, 3)) * 3
    stacked = core.probability_field(thetas, *BOX, shape=(9, 11))
    assert stacked.shape == (7, 9, 11)
    for k, theta in enumerate(thetas):
        np.testing.assert_array_equal(stacked[k], core.probability_field(theta, *BOX, (9, 11)))


def test_softmax_field_against_direct_softmax():
    rng = np.random.default_rng(3)
    Theta = rng.normal(size=(4, 3, 3)) * 2
    winner, conf = core.softmax_field(Theta, *BOX, shape=(10, 12))
    x1, x2 = core.grid_centres(*BOX, shape=(10, 12))
    assert np.all(np.diff(x1) > 0) and np.all(np.diff(x2) < 0)
    for f in range(4):
        for r in (0, 4, 9):
            for c in (0, 6, 11):
                t = Theta[f] @ np.array([1.0, x1[c], x2[r]])
                phi = np.exp(t - t.max()) / np.exp(t - t.max()).sum()
                assert winner[f, r, c] == np.argmax(t)
                assert conf[f, r, c] == pytest.approx(phi.max(), rel=1e-12)
    w1, c1 = core.softmax_field(Theta[2], *BOX, shape=(10, 12))
    np.testing.assert_array_equal(w1, winner[2])
    np.testing.assert_allclose(c1, conf[2])
    assert np.all(conf >= 1 / 3 - 1e-12) and np.all(conf <= 1)


def test_fields_survive_huge_weights_without_warnings():
    import warnings

    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")
        field = core.probability_field([0, 500, 500], *BOX, shape=(20, 20))
        winner, conf = core.softmax_field(
            np.array([[0, 400, 0], [0, -400, 0], [0, 0, 400.0]]), *BOX, shape=(20, 20)
        )
    assert np.all(np.isfinite(field)) and np.all(np.isfinite(conf))
    assert field.min() == 0.0 and field.max() == 1.0


def test_vectorised_segments_match_the_scalar_version():
    rng = np.random.default_rng(9)
    thetas = rng.normal(size=(400, 3)) * [2, 1, 1]
    thetas[::7, 1] = 0.0  # horizontal lines
    thetas[::11, 2] = 0.0  # vertical lines
    thetas[::13, 1:] = 0.0  # no boundary at all
    thetas[5] = [-7, 1, 1]  # touches a corner only
    thetas[6] = [0, 3, -4]  # diagonal through two corners
    thetas[8] = [4, 1, 0]  # vertical, on the left edge
    segs = core.boundary_segments(thetas, *BOX)
    assert segs.shape == (400, 2, 2)
    for theta, seg in zip(thetas, segs, strict=True):
        scalar = core.boundary_segment(theta, *BOX)
        if scalar is None:
            assert np.all(np.isnan(seg)), theta
        else:
            np.testing.assert_allclose(seg, scalar, atol=1e-12)


def test_field_with_huge_weights_matches_expit():
    from scipy.special import expit

    thetas = np.array([[0.0, 1.0, 1.0], [5.0, 200.0, -150.0], [-900.0, 0.5, 0.0]])
    field = core.probability_field(thetas, *BOX, shape=(6, 8))
    x1, x2 = core.grid_centres(*BOX, shape=(6, 8))
    for k, (t0, t1, t2) in enumerate(thetas):
        expected = expit(t0 + t1 * x1[None, :] + t2 * x2[:, None])
        np.testing.assert_allclose(field[k], expected, rtol=1e-13, atol=1e-300)
