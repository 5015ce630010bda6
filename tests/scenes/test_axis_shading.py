"""A 3-D axis's shared shading function called once a frame draws what manim draws."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from manim import DEGREES, RIGHT, ThreeDAxes, ThreeDCamera, tempconfig

from scenes.common.axis_shading import SharedAxisShading, with_shared_axis_shading


def _count_shared_calls(axes: ThreeDAxes) -> list[int]:
    """Wrap each axis's shared gradient function (one per axis, set on all its pieces) in a
    counter; the list counts the calls of all of them."""
    calls = [0]
    for axis in axes.get_axes():
        shared = axis.pieces[0].__dict__["get_gradient_start_and_end_points"]

        def counted(shared: Callable[[], Any] = shared) -> Any:
            calls[0] += 1
            return shared()

        for piece in axis.family_members_with_points():
            if piece.__dict__.get("get_gradient_start_and_end_points") is shared:
                piece.get_gradient_start_and_end_points = counted
    return calls


def _frame(camera: ThreeDCamera, axes: ThreeDAxes) -> np.ndarray:
    camera.reset()
    camera.capture_mobjects([axes])
    return camera.pixel_array.copy()


def test_axes_shaded_once_a_frame_look_as_manim_draws_them_even_after_they_move() -> None:
    with tempconfig({"quality": "low_quality"}):
        axes = ThreeDAxes()
        calls = _count_shared_calls(axes)
        view = {"phi": 70 * DEGREES, "theta": -30 * DEGREES}
        ours = with_shared_axis_shading(ThreeDCamera)(**view)
        manims = ThreeDCamera(**view)
        assert isinstance(ours, SharedAxisShading)
        for _ in range(2):  # the second frame after the axes moved: no end kept from before
            expected = _frame(manims, axes)
            per_piece = calls[0]
            got = _frame(ours, axes)
            assert np.array_equal(got, expected)
            assert calls[0] - per_piece == 3 < per_piece  # once an axis, not once a piece
            calls[0] = 0
            axes.shift(2 * RIGHT)
