"""Images drawn onto the frame without manim's full-frame passes, within 2 levels of its pixels.

Manim 0.21 draws an ``ImageMobject`` by warping it into place (a PIL perspective transform),
pasting the result into a transparent image as large as the frame (built from a float64
array of zeros) and alpha-compositing that whole frame over the picture: three full-frame
passes per image per frame, about 8 MB each at 1080p, for a field that covers a third of it.
Outside the image's box the pasted frame is transparent and alpha compositing leaves the
picture untouched there, so compositing only the box gives the same pixels. The warp itself
is kept while neither the image's pixels nor its place on screen change (a field whose
weights hold still, a static picture), so it is done once instead of once per frame.

A field upright on the frame and shown larger than its pixels (every field piece, in every
scene) is warped by ``Image.resize`` instead of the perspective transform: the same bilinear
samples, taken where the transform takes them (the centre of each frame pixel, mapped back),
over the same pixels (those whose centre falls inside the image), four times faster, and equal
to within two levels of 255 (the transform truncates each sample, resize rounds it, once per
axis). An opaque image is then
copied into the frame instead of composited, as alpha compositing an opaque pixel copies it.
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
    opaque: bool = False  # every pixel of ``image`` has alpha 255: copied, not composited


#: How far from upright (in sub-pixels of the frame, or in the homography's cross terms) an
#: image may be and still be warped by :func:`_upright_warp`.
UPRIGHT_EPSILON = 1e-9


def _homography(target_coords: np.ndarray, width: int, height: int) -> np.ndarray | None:
    """manim's perspective coefficients mapping frame pixels back to the image's (None where
    manim's solve fails)."""
    original_coords = np.array([[0, 0], [width, 0], [0, height], [width, height]])
    rows = []
    for (x, y), (X, Y) in zip(target_coords, original_coords, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        rows.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    try:
        return np.linalg.solve(np.array(rows, dtype=np.float64),
                               original_coords.reshape(8).astype(np.float64))
    except np.linalg.LinAlgError:
        return None


def _warp(camera: Camera, image_mobject: AbstractImageMobject, pixels: np.ndarray,
          target_coords: np.ndarray) -> tuple[tuple[int, int] | None, Image.Image | None]:
    """Manim's own warp (``Camera.display_image_mobject`` up to the paste), unchanged."""
    sub_image = Image.fromarray(pixels, mode="RGBA")
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
    coefficients = _homography(target_coords, sub_image.width, sub_image.height)
    if coefficients is None:
        return None, None
    warped = sub_image.transform(size=target_size, method=Image.Transform.PERSPECTIVE,
                                 data=coefficients,
                                 resample=image_mobject.resampling_algorithm)
    return (int(shift_vector[0]), int(shift_vector[1])), warped


def _inside(start: float, step: float, count: int, size: int) -> tuple[int, int] | None:
    """The run ``[first, end)`` of output pixels whose centre, mapped to ``start + step *
    (i + 0.5)``, falls in ``[0, size)``, Pillow's test for sampling (None if there is none)."""
    centres = start + step * (np.arange(count) + 0.5)
    inside = np.flatnonzero((centres >= 0.0) & (centres < size))
    if inside.size == 0:
        return None
    return int(inside[0]), int(inside[-1]) + 1


def _upright_warp(image_mobject: AbstractImageMobject, pixels: np.ndarray,
                  target_coords: np.ndarray
                  ) -> tuple[tuple[int, int] | None, Image.Image | None] | None:
    """The bilinear warp of an upright image shown at least as large as its pixels, by
    ``Image.resize`` (see the module's docstring); None where it does not apply, for
    :func:`_warp` to do. The image returned covers only the pixels the warp samples (the rest
    of manim's warped image is transparent), its top-left pixel at the corner returned."""
    if image_mobject.resampling_algorithm != Image.Resampling.BILINEAR:
        return None
    (ulx, uly), (urx, ury), (dlx, dly), (drx, dry) = target_coords
    if (abs(uly - ury) > UPRIGHT_EPSILON or abs(dly - dry) > UPRIGHT_EPSILON
            or abs(ulx - dlx) > UPRIGHT_EPSILON or abs(urx - drx) > UPRIGHT_EPSILON):
        return None
    height, width = pixels.shape[:2]
    int_coords = target_coords.astype(np.int64)
    shift = int_coords.min(axis=0)
    coords = target_coords - shift
    size = int_coords.max(axis=0) - shift
    if size[0] <= 0 or size[1] <= 0:
        return None  # too thin to show: manim's own checks decide
    coefficients = _homography(coords, width, height)
    if coefficients is None:
        return None
    a, b, c, d, e, f, g, h = coefficients
    if max(abs(b), abs(d), abs(g), abs(h)) > UPRIGHT_EPSILON or not (0 < a <= 1 and 0 < e <= 1):
        return None  # turned, in perspective, mirrored or shrunk: Pillow's resize would differ
    columns = _inside(c, a, int(size[0]), width)
    rows = _inside(f, e, int(size[1]), height)
    if columns is None or rows is None:
        return (0, 0), None
    # Samples at the frame pixels' centres; the source padded by one repeated pixel on every
    # side, so that Pillow's resize clamps at the edges as its transform does.
    left, top = c + a * columns[0] + 1.0, f + e * rows[0] + 1.0
    box = (left, top, left + a * (columns[1] - columns[0]), top + e * (rows[1] - rows[0]))
    padded = np.pad(pixels, ((1, 1), (1, 1), (0, 0)), mode="edge")
    image = Image.fromarray(padded, mode="RGBA").resize(
        (columns[1] - columns[0], rows[1] - rows[0]), Image.Resampling.BILINEAR, box=box)
    return (int(shift[0]) + columns[0], int(shift[1]) + rows[0]), image


def copy_in_box(pixel_array: np.ndarray, image: Image.Image, corner: tuple[int, int]) -> None:
    """Copy the opaque ``image`` into ``pixel_array`` with its top-left pixel at ``corner``,
    clipped to the frame: what :func:`composite_in_box` does for an opaque image, without the
    compositing."""
    height, width = pixel_array.shape[:2]
    x, y = corner
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + image.width, width), min(y + image.height, height)
    if x0 >= x1 or y0 >= y1:
        return
    pixel_array[y0:y1, x0:x1] = np.asarray(image)[y0 - y:y1 - y, x0 - x:x1 - x]


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
    hold still (see the module's docstring). Pixels within 2 levels of manim's."""

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
            upright = _upright_warp(image_mobject, pixels, coords)
            corner, image = upright or _warp(self, image_mobject, pixels, coords)
            opaque = upright is not None and bool((pixels[..., 3] == 255).all())
            warp = _Warp(np.array(pixels, copy=True), coords.copy(),
                         image_mobject.resampling_algorithm, corner, image, opaque)
            if len(warps) >= KEPT_WARPS:
                warps.clear()
            warps[id(image_mobject)] = (image_mobject, warp)
        if warp.image is not None and warp.corner is not None:
            (copy_in_box if warp.opaque else composite_in_box)(pixel_array, warp.image,
                                                               warp.corner)


@cache
def with_box_compositing(camera_class: type[Camera]) -> type[Camera]:
    """``camera_class`` drawing images with :class:`BoxCompositing` (one class per base, so
    a scene's camera type, and so manim's hash of it, is stable)."""
    if issubclass(camera_class, BoxCompositing):
        return camera_class
    return type(f"BoxCompositing{camera_class.__name__}", (BoxCompositing, camera_class), {})
