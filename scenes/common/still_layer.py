"""Still mobjects drawn once per play instead of once per frame, where no pixel changes.

Manim's Cairo renderer splits each play into a background, drawn once, and moving mobjects,
redrawn for every frame; to keep the drawing order it calls moving everything listed after
the first mobject that moves. A field at the bottom of a plane, whose weights move, so makes
the whole picture "moving": the heading, the side panel, every label is drawn again for each
of a 1080p60 render's frames. A still mobject drawn into the background instead is drawn
under every mobject left in the moving list, where manim drew it over those listed before
it; the pixels are the same exactly when none of those touches its pixels. This module picks
such mobjects at the start of a play (their pixel boxes apart from the boxes of everything
kept moving and listed before them) and checks before every frame that this still holds (the
boxes still apart, the hoisted ones unchanged and still in the picture); the first frame
where it does not, the play goes back to manim's own split for the frames left. Scenes with
a moving or 3-D camera keep manim's split (the boxes are read in the scene's plane).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from manim import Camera, Mobject, MovingCamera, PMobject, ThreeDCamera, VMobject
from manim.animation.composition import AnimationGroup
from manim.mobject.types.image_mobject import AbstractImageMobject

from scenes.common.families import draw_order

#: Cairo's default mitre limit (10 line widths) lets a sharp corner reach five line widths
#: past its point; a stroke's pixels lie within that of its control points' box.
MITRE_REACH = 5.0
#: Manim's Cairo line width per unit of ``stroke_width``, in scene units.
LINE_WIDTH_PER_STROKE = 0.01
#: Pixels added around every box for anti-aliasing and an image's resampling.
EDGE_PIXELS = 3


#: The box of a mobject that paints nothing: apart from every box.
NOTHING = np.array([np.inf, np.inf, -np.inf, -np.inf])
#: The box of a mobject whose reach is unknown: overlapping every box.
EVERYWHERE = np.array([-np.inf, -np.inf, np.inf, np.inf])


class DrawList(list):  # type: ignore[type-arg]
    """Mobjects the camera draws exactly as listed (already flattened and ordered)."""


class ExactDrawing:
    """A camera mixin: a :class:`DrawList` is drawn as it is, other lists as manim draws
    them (their families flattened, ordered by z-index), flattened faster
    (``scenes.common.families``)."""

    use_z_index: bool

    def get_mobjects_to_display(self, mobjects: Iterable[Mobject],
                                include_submobjects: bool = True,
                                excluded_mobjects: list[Mobject] | None = None
                                ) -> list[Mobject]:
        if isinstance(mobjects, DrawList):
            return list(mobjects)
        if include_submobjects and not excluded_mobjects:
            return draw_order(mobjects, self.use_z_index)
        return super().get_mobjects_to_display(  # type: ignore[misc]
            mobjects, include_submobjects, excluded_mobjects)


@cache
def with_exact_drawing(camera_class: type[Camera]) -> type[Camera]:
    """``camera_class`` with :class:`ExactDrawing` (one class per base, stable for hashing);
    a camera that orders mobjects its own way (the 3-D camera, by depth) is left as it is."""
    if issubclass(camera_class, ExactDrawing):
        return camera_class
    if camera_class.get_mobjects_to_display is not Camera.get_mobjects_to_display:
        return camera_class
    return type(f"Exact{camera_class.__name__}", (ExactDrawing, camera_class), {})


def boxes(leaves: Sequence[Mobject], pixel: float) -> np.ndarray:
    """For each leaf, the box (x0, y0, x1, y1) in scene units holding every pixel it paints
    itself (not its submobjects): :data:`NOTHING` for what the camera does not draw (a
    ``ValueTracker``), :data:`EVERYWHERE` where the reach cannot be bounded here (point
    clouds). One pass over all the leaves' points: this runs before every frame."""
    found = np.empty((len(leaves), 4))
    rows: list[int] = []
    arrays: list[np.ndarray] = []
    reach: list[float] = []
    for i, leaf in enumerate(leaves):
        if isinstance(leaf, VMobject):
            rows.append(i)
            arrays.append(leaf.points)
            reach.append(max(leaf.stroke_width, leaf.background_stroke_width))
        elif isinstance(leaf, AbstractImageMobject):
            ul, ur, dl = leaf.points[:3]  # the fourth corner too: a turned image reaches it
            rows.append(i)
            arrays.append(np.array([ul, ur, dl, ur + dl - ul]))
            reach.append(0.0)
        elif isinstance(leaf, PMobject):
            found[i] = EVERYWHERE
        else:
            found[i] = NOTHING
    if rows:
        starts = np.cumsum([0] + [len(a) for a in arrays[:-1]])
        points = np.concatenate(arrays)[:, :2]
        margin = (MITRE_REACH * LINE_WIDTH_PER_STROKE * np.maximum(np.array(reach), 0.0)
                  + EDGE_PIXELS * pixel)[:, None]
        found[rows, :2] = np.minimum.reduceat(points, starts) - margin
        found[rows, 2:] = np.maximum.reduceat(points, starts) + margin
    return found


def _touching(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``[i, j]``: whether box ``a[i]`` and box ``b[j]`` overlap."""
    a, b = a[:, None, :], b[None, :, :]
    return ~((a[..., 2] < b[..., 0]) | (b[..., 2] < a[..., 0])
             | (a[..., 3] < b[..., 1]) | (b[..., 3] < a[..., 1]))


def signature(leaves: Sequence[Mobject]) -> tuple[Any, ...]:
    """What drawing the still ``leaves`` depends on, cheaply enough for every frame: their
    arrays' identities, the sums of their points and colours (a change in place moves a
    sum), their stroke widths. Changed means one of them may look different."""
    if not leaves:
        return ()
    ids, widths, arrays = [], [], []
    for leaf in leaves:
        if isinstance(leaf, VMobject):
            own = (leaf.points, leaf.fill_rgbas, leaf.stroke_rgbas, leaf.background_stroke_rgbas)
            widths.append((leaf.stroke_width, leaf.background_stroke_width, leaf.sheen_factor,
                           leaf.joint_type, leaf.cap_style))
        else:
            own = (leaf.points, leaf.get_pixel_array())
            widths.append(leaf.resampling_algorithm)  # type: ignore[attr-defined]
        ids.append(tuple(id(x) for x in own))
        arrays.extend(np.ravel(x) for x in own)
    return tuple(ids), tuple(widths), float(np.concatenate(arrays).astype(float).sum())


def moving_roots(animations: Sequence[Any], mobjects: Iterable[Mobject],
                 foreground: Iterable[Mobject]) -> set[int]:
    """Ids of every mobject that can change during a play: the animations' (their whole
    families, nested groups included), those with updaters and the foreground (families)."""
    ids: set[int] = set()

    def add_family(mobject: Mobject) -> None:
        ids.update(id(m) for m in mobject.get_family())

    def add_animations(group: Iterable[Any]) -> None:
        for animation in group:
            add_family(animation.mobject)
            if isinstance(animation, AnimationGroup):
                add_animations(animation.animations)

    add_animations(animations)
    for top in mobjects:
        for member in top.get_family():
            if member.updaters:
                add_family(member)
    for mobject in foreground:
        add_family(mobject)
    return ids


@dataclass
class StillLayer:
    """One play's plan: the leaves drawn into the background (``hoisted``, with their boxes
    and signature when planned) and manim's own lists, kept for falling back."""

    camera: Camera
    manim_moving: list[Mobject]
    manim_static: list[Mobject]
    hoisted: list[Mobject]
    hoisted_boxes: np.ndarray
    signature: tuple[Any, ...]
    pixel: float

    def static_list(self) -> DrawList:
        """The background: manim's still mobjects, then the hoisted leaves over them."""
        return DrawList([*_manim_draw_list(self.camera, self.manim_static), *self.hoisted])

    def moving_list(self) -> DrawList | None:
        """This frame's leaves to draw over the background, or None when the background no
        longer gives manim's pixels: a leaf that manim draws before a hoisted one reaches it,
        or a hoisted one changed or left the picture."""
        leaves = _manim_draw_list(self.camera, self.manim_moving)
        index = {id(m): i for i, m in enumerate(leaves)}
        at = np.array([index.get(id(m), -1) for m in self.hoisted])
        if (at < 0).any():
            return None
        up = set(id(m) for m in self.hoisted)
        drawn = [i for i, m in enumerate(leaves) if id(m) not in up]
        if not drawn:
            return None  # an empty list would make manim draw the whole scene again
        before = [i for i in drawn if i < at.max()]
        if before:
            touching = _touching(boxes([leaves[i] for i in before], self.pixel),
                                 self.hoisted_boxes)
            if (touching & (np.array(before)[:, None] < at[None, :])).any():
                return None
        if signature(self.hoisted) != self.signature:
            return None
        return DrawList(leaves[i] for i in drawn)


def _manim_draw_list(camera: Camera, mobjects: list[Mobject]) -> list[Mobject]:
    """The leaves manim's camera would draw for ``mobjects``, in its order."""
    return draw_order(mobjects, camera.use_z_index)


def plan(camera: Camera, manim_moving: list[Mobject], manim_static: list[Mobject],
         changing: set[int]) -> StillLayer | None:
    """The still leaves of ``manim_moving`` that can go into the background: those that no
    leaf kept moving and drawn before them (in manim's order) touches now. None when there
    are none, or nothing would be left to draw every frame."""
    if not isinstance(camera, ExactDrawing) or isinstance(camera, (ThreeDCamera, MovingCamera)):
        return None  # boxes are read in the plane of a still, flat camera
    pixel = camera.frame_width / camera.pixel_width
    leaves = _manim_draw_list(camera, manim_moving)
    found = boxes(leaves, pixel)
    kept = np.zeros(len(leaves), dtype=bool)
    hoisted = np.zeros(len(leaves), dtype=bool)
    for i, leaf in enumerate(leaves):
        if np.array_equal(found[i], NOTHING):
            continue  # not drawn: nothing to gain, nothing in the way
        if (id(leaf) in changing or np.array_equal(found[i], EVERYWHERE)
                or _touching(found[:i][kept[:i]], found[i:i + 1]).any()):
            kept[i] = True
        else:
            hoisted[i] = True
    if not kept.any() or not hoisted.any():
        return None
    up = [leaf for leaf, h in zip(leaves, hoisted, strict=True) if h]
    return StillLayer(camera, list(manim_moving), list(manim_static), up, found[hoisted],
                      signature(up), pixel)
