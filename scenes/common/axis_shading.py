"""A 3-D axis's shading gradient computed once a frame, not once for each of its pieces.

``ThreeDAxes`` cuts each axis into pieces shaded in 3-D and gives every piece the same
function for its gradient's ends: the axis's two edge centres along the light. Each call walks
the axis's whole family for its extremes (about 0.5 ms), and manim's camera calls it for every
piece it draws: 60 calls a frame for three axes, a tenth of ch02's 3-D scene at 1080p60. While
one frame is drawn no mobject moves, so :class:`SharedAxisShading` (a camera mixin) calls each
such shared function once a frame and hands its ends to every piece. Only functions set on a
mobject itself (as ``ThreeDAxes`` sets them) are shared; a leaf's own method is called as
manim calls it. The pixels are the ones manim draws (``tests/scenes/test_axis_shading.py``).
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import cairo
import numpy as np
from manim import Camera, Mobject, ThreeDCamera, VMobject

#: Each camera's gradient ends of this frame, by the shared function that gave them.
_ENDS: weakref.WeakKeyDictionary[object, dict[Callable[[], Any], Any]] = (
    weakref.WeakKeyDictionary())


class SharedAxisShading:
    """A camera mixin: shared gradient functions called once a frame (see the module)."""

    def capture_mobjects(self, mobjects: Iterable[Mobject], **kwargs: Any) -> None:
        _ENDS[self] = {}  # a new frame: the axes may have moved since the last one
        super().capture_mobjects(mobjects, **kwargs)  # type: ignore[misc]

    def set_cairo_context_color(self, ctx: cairo.Context, rgbas: np.ndarray,
                                vmobject: VMobject) -> Any:
        shared = vmobject.__dict__.get("get_gradient_start_and_end_points")
        if shared is None or len(rgbas) == 1:
            return super().set_cairo_context_color(ctx, rgbas, vmobject)  # type: ignore[misc]
        ends = _ENDS.setdefault(self, {})
        if shared not in ends:
            ends[shared] = shared()
        # As manim's Camera.set_cairo_context_color draws a gradient, from the shared ends.
        points = self.transform_points_pre_display(vmobject, ends[shared])  # type: ignore[attr-defined]
        pattern = cairo.LinearGradient(*itertools.chain(*(point[:2] for point in points)))
        offsets = np.linspace(0, 1, len(rgbas))
        for rgba, offset in zip(rgbas, offsets, strict=True):
            pattern.add_color_stop_rgba(offset, *rgba[2::-1], rgba[3])
        ctx.set_source(pattern)
        return self


@cache
def with_shared_axis_shading(camera_class: type[Camera]) -> type[Camera]:
    """A 3-D camera class with :class:`SharedAxisShading` outermost (one class per base, so a
    scene's camera type, and so manim's hash of it, is stable); any other camera class as it
    is (3-D axes are drawn by 3-D scenes only, and a 2-D scene's partial movies keep their
    names)."""
    if issubclass(camera_class, SharedAxisShading) or not issubclass(camera_class,
                                                                     ThreeDCamera):
        return camera_class
    return type(f"SharedAxisShading{camera_class.__name__}", (SharedAxisShading, camera_class),
                {})
