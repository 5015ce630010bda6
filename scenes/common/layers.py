"""Still mobjects drawn over moving ones once per play, into a layer, instead of every frame.

To keep the order in which mobjects are drawn, manim redraws on every frame of a play
everything listed after the first moving mobject. With a field at the bottom of a plane
moving, that is the whole picture: the dots, contours, axes labels and readouts over the
field, each costing 100-280 us of Python and Cairo a frame at 1080p, though three quarters of
them do not change during the play (ch05's training scene: 76 % of the leaves drawn in a
moving frame equal themselves in the frame before).

:class:`StillLayers` (a camera mixin) compares each leaf drawn in a play's frame with itself in
the frame before (its points, colours, widths and styles). A run of consecutive leaves that did
not change (and formed the same run in the frame before: a run that grows every frame, as a
text being written does, is drawn directly) is drawn once into a transparent layer of its own,
which is then painted in their place in the order (Cairo's ``OVER``, as drawing them is) for as
long as every leaf of the run stays unchanged; a leaf that changes is drawn directly again,
splitting the run, and the run's layers are rebuilt. So what is shown is always what the leaves
are now. Painting a layer blends the run's leaves onto the picture in one step rather than one
leaf after another, which can round a colour differently where two of them overlap a third: the
frames equal manim's to within 3 levels of 255 (``tests/scenes/test_still_layers.py``).

A ``MovingCamera`` is left alone: its leaves change on screen without changing themselves. A
``ThreeDCamera`` gets layers while it stands still: the view (its angles, distance, zoom,
centre and light) is compared frame to frame as a leaf is, and a frame whose view differs
from the last one's is drawn directly, every layer dropped (they show the old view). What a
3-D leaf's pixels also depend on, whether it is fixed in the frame and where its fixed
orientation is centred, is part of its signature.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import cairo
import numpy as np
from manim import Camera, Mobject, MovingCamera, ThreeDCamera, VMobject

#: Runs shorter than this are drawn directly: a layer costs a paint of its box.
MIN_RUN = 3

Signature = tuple[Any, ...]


def signature(leaf: VMobject) -> Signature:
    """What manim's camera reads to draw ``leaf`` (equal signatures draw the same pixels)."""
    return (leaf.points.tobytes(), leaf.points.shape,
            np.asarray(leaf.fill_rgbas).tobytes(), np.asarray(leaf.stroke_rgbas).tobytes(),
            np.asarray(leaf.background_stroke_rgbas).tobytes(),
            np.asarray(leaf.stroke_width).tobytes(),
            np.asarray(leaf.background_stroke_width).tobytes(),
            np.asarray(leaf.sheen_factor).tobytes(), np.asarray(leaf.sheen_direction).tobytes(),
            leaf.joint_type, leaf.cap_style, leaf.shade_in_3d)


@dataclass
class Layer:
    """A run of leaves drawn into a transparent image: its top-left pixel and its surface."""

    corner: tuple[int, int]
    pixels: np.ndarray | None  # None: the run draws nothing
    surface: cairo.ImageSurface | None
    end_join: cairo.LineJoin
    end_cap: cairo.LineCap


@dataclass
class _PlayState:
    """What the camera knows of the play whose moving list it is drawing."""

    mobjects: list[Mobject]  # the moving list (kept, so that its identity stays unique)
    view: Signature  # the camera's view in the last frame
    last: dict[int, Signature]  # each leaf's signature in the last frame
    layers: dict[tuple[Any, ...], Layer]
    runs: set[tuple[Any, ...]]  # the still runs of the last frame not yet in a layer


#: Each camera's play state, outside the camera so that manim's hash of the camera (part of
#: every partial movie's name) does not see it.
_PLAYS: weakref.WeakKeyDictionary[object, _PlayState] = weakref.WeakKeyDictionary()
#: Each camera's frame-sized array that layers are drawn in before their box is cut out.
_SCRATCH: weakref.WeakKeyDictionary[object, np.ndarray] = weakref.WeakKeyDictionary()
#: Each 3-D camera's depth-sort reference points, by leaf: (the leaf, its points' bytes, the
#: point), reused while the leaf's points stay the same.
_REFERENCES: weakref.WeakKeyDictionary[object, dict[int, tuple[Mobject, bytes, np.ndarray]]] = (
    weakref.WeakKeyDictionary())


class StillLayers:
    """A camera mixin: still runs of a play's moving list painted from layers (see the
    module's docstring)."""

    #: Turned off by the test that compares with manim's own drawing.
    still_layers_enabled: bool = True

    def capture_mobjects(self, mobjects: Iterable[Mobject], **kwargs: Any) -> None:
        state = _PLAYS.get(self)
        if not self.still_layers_enabled or not isinstance(mobjects, list):
            super().capture_mobjects(mobjects, **kwargs)  # type: ignore[misc]
            return
        view = self._view()
        if state is None or state.mobjects is not mobjects:
            state = _PlayState(mobjects, view, {}, {}, set())
            _PLAYS[self] = state
        elif state.view != view:
            # The view moved: every leaf drawn directly, and compared afresh from the next
            # frame on (no signature is worth taking while the camera keeps moving).
            _PLAYS[self] = _PlayState(mobjects, view, {}, {}, set())
            super().capture_mobjects(mobjects, **kwargs)  # type: ignore[misc]
            return
        if isinstance(self, ThreeDCamera):
            self.reset_rotation_matrix()  # as ThreeDCamera.capture_mobjects does
        leaves = self.get_mobjects_to_display(mobjects, **kwargs)  # type: ignore[attr-defined]
        self._draw_with_layers(state, leaves)

    def get_mobjects_to_display(self, *args: Any, **kwargs: Any) -> list[Mobject]:
        """A 3-D camera's list, sorted by depth as ``ThreeDCamera`` sorts it, each leaf's
        reference point kept while its points stay the same: manim's ``get_center`` walks the
        leaf's anchors every frame, an eighth of ch02's 3-D scene's time."""
        if not isinstance(self, ThreeDCamera) or not self.still_layers_enabled:
            return super().get_mobjects_to_display(*args, **kwargs)  # type: ignore[misc]
        mobjects = Camera.get_mobjects_to_display(self, *args, **kwargs)
        rotation = self.get_rotation_matrix()
        references = _REFERENCES.setdefault(self, {})

        def depth(mob: Mobject) -> float:
            if not getattr(mob, "shade_in_3d", False):
                return np.inf
            if (getattr(mob, "z_index_group", mob) is not mob or mob.submobjects
                    or "get_z_index_reference_point" in mob.__dict__):
                # Its point depends on other points, or on what the scene says: asked.
                point = mob.get_z_index_reference_point()
            else:
                points = mob.points.tobytes()
                known = references.get(id(mob))
                if known is not None and known[0] is mob and known[1] == points:
                    point = known[2]
                else:
                    point = mob.get_z_index_reference_point()
                    references[id(mob)] = (mob, points, point)
            return float(np.dot(point, rotation.T)[2])  # as ThreeDCamera computes it

        return sorted(mobjects, key=depth)

    def _view(self) -> Signature:
        """What the camera's drawing of a leaf depends on beside the leaf: nothing for a
        camera whose frame is fixed; a 3-D camera's angles, distance, zoom, centre and light."""
        if not isinstance(self, ThreeDCamera):
            return ()
        return (self.get_phi(), self.get_theta(), self.get_gamma(), self.get_focal_distance(),
                self.get_zoom(), self.frame_center.tobytes(),
                self.light_source.points.tobytes(), self.should_apply_shading,
                self.shading_factor, self.exponential_projection)

    def _draw_with_layers(self, state: _PlayState, leaves: list[Mobject]) -> None:
        camera: Camera = self  # type: ignore[assignment]
        signatures: dict[int, Signature] = {}
        still: list[bool] = []
        for leaf in leaves:
            layerable = isinstance(leaf, VMobject) and leaf.get_background_image() is None
            if layerable:
                mark = signature(leaf) + self._placing(leaf)
                signatures[id(leaf)] = mark
                still.append(state.last.get(id(leaf)) == mark)
            else:
                still.append(False)
        state.last = signatures
        ctx = camera.get_cairo_context(camera.pixel_array)
        used: dict[tuple[Any, ...], Layer] = {}
        runs: set[tuple[Any, ...]] = set()
        for is_still, run in itertools.groupby(zip(leaves, still, strict=True),
                                               key=lambda pair: pair[1]):
            run_leaves = [leaf for leaf, _ in run]
            key = (tuple(id(leaf) for leaf in run_leaves), ctx.get_line_join(),
                   ctx.get_line_cap())
            layer = state.layers.get(key)
            if layer is None and is_still and len(run_leaves) >= MIN_RUN and key in state.runs:
                layer = self._layer(run_leaves, ctx)  # the same still run two frames running
            if not is_still or len(run_leaves) < MIN_RUN or layer is None:
                if is_still:
                    runs.add(key)
                for group_type, group in itertools.groupby(run_leaves, camera.type_or_raise):
                    camera.display_funcs[group_type](list(group), camera.pixel_array)
                continue
            used[key] = layer
            self._paint(layer, ctx)
        state.layers = used  # a layer not painted this frame may be stale by the next
        state.runs = runs

    def _placing(self, leaf: VMobject) -> Signature:
        """How a 3-D camera places ``leaf`` beside its points: fixed in the frame, or turned
        to face the viewer about a centre (which may be another mobject's)."""
        if not isinstance(self, ThreeDCamera):
            return ()
        centre = self.fixed_orientation_mobjects.get(leaf)
        return (leaf in self.fixed_in_frame_mobjects,
                None if centre is None else np.asarray(centre()).tobytes())

    def _layer(self, leaves: list[Mobject], ctx: cairo.Context) -> Layer:
        """Draw ``leaves`` into a transparent layer as manim would draw them onto the frame
        (same transform, same line join and cap carried in from what was drawn before)."""
        camera: Camera = self  # type: ignore[assignment]
        pixels = _SCRATCH.get(self)
        if pixels is None or pixels.shape != camera.pixel_array.shape:
            pixels = _SCRATCH[self] = np.zeros_like(camera.pixel_array)
        else:
            pixels.fill(0)  # memory used again: a fresh frame-sized array costs page faults
        height, width = pixels.shape[:2]
        surface = cairo.ImageSurface.create_for_data(pixels.data, cairo.FORMAT_ARGB32,
                                                     width, height)
        layer_ctx = cairo.Context(surface)
        layer_ctx.set_matrix(ctx.get_matrix())
        layer_ctx.set_line_join(ctx.get_line_join())
        layer_ctx.set_line_cap(ctx.get_line_cap())
        for leaf in leaves:
            camera.display_vectorized(leaf, layer_ctx)
        end_join, end_cap = layer_ctx.get_line_join(), layer_ctx.get_line_cap()
        surface.flush()
        del layer_ctx, surface
        rows = np.flatnonzero(pixels[..., 3].any(axis=1))
        if rows.size == 0:
            return Layer((0, 0), None, None, end_join, end_cap)
        columns = np.flatnonzero(pixels[rows[0]:rows[-1] + 1, :, 3].any(axis=0))
        box = np.ascontiguousarray(pixels[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1])
        box_surface = cairo.ImageSurface.create_for_data(
            box.data, cairo.FORMAT_ARGB32, box.shape[1], box.shape[0])
        return Layer((int(columns[0]), int(rows[0])), box, box_surface, end_join, end_cap)

    @staticmethod
    def _paint(layer: Layer, ctx: cairo.Context) -> None:
        """Paint ``layer`` onto the frame's context, and leave the context's line join and cap
        as drawing the run's leaves would have left them."""
        if layer.surface is not None:
            ctx.save()
            ctx.identity_matrix()
            ctx.set_source_surface(layer.surface, *layer.corner)
            ctx.paint()
            ctx.restore()
        ctx.set_line_join(layer.end_join)
        ctx.set_line_cap(layer.end_cap)


@cache
def with_still_layers(camera_class: type[Camera]) -> type[Camera]:
    """``camera_class`` with :class:`StillLayers`, unless its frame can move in the plane
    (then itself)."""
    if issubclass(camera_class, StillLayers | MovingCamera):
        return camera_class
    return type(f"StillLayers{camera_class.__name__}", (StillLayers, camera_class), {})
