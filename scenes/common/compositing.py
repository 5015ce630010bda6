"""Images drawn onto the frame without manim's full-frame passes, pixel for pixel the same.

Manim 0.21 draws an ``ImageMobject`` by warping it into place (a PIL perspective transform),
pasting the result into a transparent image as large as the frame (built from a float64
array of zeros) and alpha-compositing that whole frame over the picture: three full-frame
passes per image per frame, about 8 MB each at 1080p, for a field that covers a third of it.
Outside the image's box the pasted frame is transparent and alpha compositing leaves the
picture untouched there, so compositing only the box gives the same pixels. The warp itself
is kept while neither the image's pixels nor its place on screen change (a field whose
weights hold still, a static picture), so it is done once instead of once per frame.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import cache

import numpy as np
from manim import Camera
from manim.mobject.types.image_mobject import AbstractImageMobject
from manim.utils.space_ops import cross2d
from PIL import Image

#: Image mobjects whose warp a camera keeps (a scene shows a handful at once).
KEPT_WARPS = 32


@dataclass
class _Warp:
    """An image warped into place: its top-left pixel on the frame and its pixels."""

    source: np.ndarray  # a copy of the pixels it was warped from
    coords: np.ndarray  # where its corners were on the frame, in sub-pixels
    resampling: int
    corner: tuple[int, int] | None  # None: too thin to show
    image: Image.Image | None


def _warp(camera: Camera, image_mobject: AbstractImageMobject, pixels: np.ndarray,
          target_coords: np.ndarray) -> tuple[tuple[int, int] | None, Image.Image | None]:
    """Manim's own warp (``Camera.display_image_mobject`` up to the paste), unchanged."""
    sub_image = Image.fromarray(pixels, mode="RGBA")
    original_coords = np.array([[0, 0], [sub_image.width, 0], [0, sub_image.height],
                                [sub_image.width, sub_image.height]])
    target_coords = target_coords.copy()
    int_target_coords = target_coords.astype(np.int64)
    shift_vector = np.array([min(*[x for x, y in int_target_coords]),
                             min(*[y for x, y in int_target_coords])])
    target_coords -= shift_vector
    int_target_coords -= shift_vector
    target_size = (max(*[x for x, y in int_target_coords]),
                   max(*[y for x, y in int_target_coords]))
    ordered_vertices = [target_coords[i] for i in (0, 1, 3, 2)]
    sides = [ordered_vertices[(i + 1) % 4] - ordered_vertices[i] for i in range(4)]
    side_lengths = np.linalg.norm(sides, axis=1)
    longest = int(np.argmax(side_lengths))
    if side_lengths[longest] == 0:
        return None, None
    # manim takes the same neighbouring side twice; kept so the decision is the same.
    neighbour = sides[(longest - 1) % 4]
    height = abs(float(cross2d(sides[longest], neighbour))) / side_lengths[longest]
    if height < 0.5:
        return None, None
    rows = []
    for (x, y), (X, Y) in zip(target_coords, original_coords, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        rows.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    try:
        coefficients = np.linalg.solve(np.array(rows, dtype=np.float64),
                                       original_coords.reshape(8).astype(np.float64))
    except np.linalg.LinAlgError:
        return None, None
    warped = sub_image.transform(size=target_size, method=Image.Transform.PERSPECTIVE,
                                 data=coefficients,
                                 resample=image_mobject.resampling_algorithm)
    return (int(shift_vector[0]), int(shift_vector[1])), warped


def composite_in_box(pixel_array: np.ndarray, image: Image.Image, corner: tuple[int, int]
                     ) -> None:
    """Alpha-composite ``image`` over ``pixel_array`` with its top-left pixel at ``corner``,
    touching only the part of the frame it covers (clipped to the frame, as a paste is)."""
    height, width = pixel_array.shape[:2]
    x, y = corner
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + image.width, width), min(y + image.height, height)
    if x0 >= x1 or y0 >= y1:
        return
    over = image.crop((x0 - x, y0 - y, x1 - x, y1 - y))
    under = Image.fromarray(np.ascontiguousarray(pixel_array[y0:y1, x0:x1]), mode="RGBA")
    pixel_array[y0:y1, x0:x1] = np.asarray(Image.alpha_composite(under, over))


#: Each camera's kept warps by image id, outside the camera so that manim's hash of the camera
#: (part of every partial movie's name) does not see them.
_KEPT: weakref.WeakKeyDictionary[object, dict[int, tuple[AbstractImageMobject, _Warp]]] = (
    weakref.WeakKeyDictionary())


class BoxCompositing:
    """A camera mixin: images composited over their own box only, their warp kept while they
    hold still (see the module's docstring). Pixels equal manim's."""

    def display_image_mobject(self, image_mobject: AbstractImageMobject,
                              pixel_array: np.ndarray) -> None:
        pixels = image_mobject.get_pixel_array()
        coords = self.points_to_subpixel_coords(image_mobject, image_mobject.points)
        warps = _KEPT.setdefault(self, {})
        kept = warps.get(id(image_mobject))
        warp = kept[1] if kept is not None and kept[0] is image_mobject else None
        if (warp is None or warp.resampling != image_mobject.resampling_algorithm
                or not np.array_equal(warp.coords, coords)
                or not np.array_equal(warp.source, pixels)):
            corner, image = _warp(self, image_mobject, pixels, coords)
            warp = _Warp(np.array(pixels, copy=True), coords.copy(),
                         image_mobject.resampling_algorithm, corner, image)
            if len(warps) >= KEPT_WARPS:
                warps.clear()
            warps[id(image_mobject)] = (image_mobject, warp)
        if warp.image is not None and warp.corner is not None:
            composite_in_box(pixel_array, warp.image, warp.corner)


@cache
def with_box_compositing(camera_class: type[Camera]) -> type[Camera]:
    """``camera_class`` drawing images with :class:`BoxCompositing` (one class per base, so
    a scene's camera type, and so manim's hash of it, is stable)."""
    if issubclass(camera_class, BoxCompositing):
        return camera_class
    return type(f"BoxCompositing{camera_class.__name__}", (BoxCompositing, camera_class), {})
