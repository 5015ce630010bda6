"""manim's animation hashes, made blind to floating-point noise but not to a visible change
(``scripts.build.partial_cache.hash_arrays_on_a_grid``; the real re-use it buys is tested on
rendered scenes in ``tests/cli/test_partial_reuse.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from manim import Dot, ValueTracker
from manim.utils import hashing

from scripts.build.partial_cache import HASH_GRID, hash_arrays_on_a_grid


@pytest.fixture
def grid() -> Iterator[None]:
    """The patch applied for one test, then manim's hashing as it was."""
    original = hashing._hash_ndarray
    hash_arrays_on_a_grid()
    yield
    hashing._hash_ndarray = original
    del hashing._lecture_grid


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return hashing._hash_ndarray(a) == hashing._hash_ndarray(b)


def test_a_few_ulps_apart_hash_alike(grid: None) -> None:
    rng = np.random.default_rng(7)
    points = rng.uniform(-8, 8, size=(400, 3))
    noisy = points + rng.choice([-2, -1, 1, 2], size=points.shape) * np.spacing(points)
    assert not np.array_equal(points, noisy)
    assert _same(points, noisy)


def test_a_glyph_coordinate_half_way_between_grid_points_hashes_one_way(grid: None) -> None:
    # Seen in a real TeX glyph: plain rounding to 1e-6 sends these two to different values.
    a, b = np.array([4.244125499999999]), np.array([4.2441255])
    assert np.round(a / HASH_GRID) != np.round(b / HASH_GRID)
    assert _same(a, b)


def test_a_visible_change_still_changes_the_hash(grid: None) -> None:
    points = np.linspace(-4, 4, 300).reshape(100, 3)
    moved = points.copy()
    moved[50, 0] += 1e-4  # a twentieth of a pixel at 4K
    assert not _same(points, moved)
    assert not _same(np.array([0.0]), np.array([-1e-5]))


def test_an_updater_driven_dot_hashes_the_same_by_either_path(grid: None) -> None:
    """Frame by frame or in one jump, a dot led by ``move_to`` ends a few ulps apart."""
    def led(steps: int) -> Dot:
        t, dot = ValueTracker(0.1), Dot()
        dot.add_updater(lambda m: m.move_to([t.get_value() / 3, t.get_value() ** 2 / 7, 0]))
        for value in np.linspace(0.1, 1.7, steps + 1)[1:]:
            t.set_value(value)
            dot.update()
        return dot

    framewise, jumped = led(12), led(1)
    assert not np.array_equal(framewise.points, jumped.points)
    assert _same(framewise.points, jumped.points)
    assert hashing.get_json(framewise) == hashing.get_json(jumped)
