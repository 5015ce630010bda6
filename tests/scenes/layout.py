"""Layout checks run after every animation.

The basic check: everything visible inside the frame, and no two pieces of text or formula
overlapping. The design-system check adds what a viewer of a 480p video needs: everything,
strokes included, inside the title-safe area (``scenes.common.layout.SAFE``), and no text whose
digits are drawn under 12 pixels tall at 854 x 480, measured from its real height (so a text
scaled down to fit is measured as it is drawn, not by the font-size number it was made with)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from manim import (
    DecimalNumber,
    ImageMobject,
    Integer,
    MarkupText,
    MathTex,
    Mobject,
    Paragraph,
    Scene,
    SingleStringMathTex,
    Tex,
    Text,
    VMobject,
    config,
)

from scenes.common.layout import SAFE

TEXT_TYPES = (Text, MarkupText, Paragraph, MathTex, Tex, SingleStringMathTex, DecimalNumber,
              Integer)
#: Scene units a box may poke past the frame edge or into a neighbour (anti-aliasing).
TOLERANCE = 0.02


def is_visible(mob: Mobject) -> bool:
    """Drawn with some opacity (ValueTrackers and other point-holders are never drawn)."""
    if isinstance(mob, ImageMobject):
        return bool(mob.pixel_array[..., 3].max() > 0)
    for m in mob.family_members_with_points():
        if isinstance(m, VMobject) and (
            m.get_fill_opacity() > 0.05 or m.get_stroke_opacity() > 0.05
        ):
            return True
    return False


def _texts(mob: Mobject) -> Iterator[Mobject]:
    """Outermost text-like mobjects in ``mob``'s family (a formula counts once, not per glyph)."""
    if isinstance(mob, TEXT_TYPES):
        yield mob
        return
    for sub in mob.submobjects:
        yield from _texts(sub)


def _box(mob: Mobject) -> tuple[np.ndarray, np.ndarray]:
    return mob.get_corner(np.array([-1, -1, 0])), mob.get_corner(np.array([1, 1, 0]))


def _name(mob: Mobject) -> str:
    text = getattr(mob, "original_text", None) or getattr(mob, "tex_string", None)
    return f"{type(mob).__name__}({text!r})" if text else type(mob).__name__


def layout_problems(scene: Scene) -> list[str]:
    """What a viewer would notice: text off-screen or clipped, text on text."""
    problems: list[str] = []
    half_w, half_h = config.frame_width / 2, config.frame_height / 2
    for mob in scene.mobjects:
        if not is_visible(mob):
            continue
        lo, hi = _box(mob)
        if lo[0] < -half_w - TOLERANCE or hi[0] > half_w + TOLERANCE or \
                lo[1] < -half_h - TOLERANCE or hi[1] > half_h + TOLERANCE:
            problems.append(f"{_name(mob)} leaves the frame: x {lo[0]:.2f}..{hi[0]:.2f}, "
                            f"y {lo[1]:.2f}..{hi[1]:.2f}")
    texts = [t for m in scene.mobjects for t in _texts(m) if is_visible(t)]
    boxes = [_box(t) for t in texts]  # once each: bounding boxes are not cheap
    for i, (a, (alo, ahi)) in enumerate(zip(texts, boxes, strict=True)):
        for b, (blo, bhi) in zip(texts[i + 1:], boxes[i + 1:], strict=True):
            overlap = np.minimum(ahi, bhi)[:2] - np.maximum(alo, blo)[:2]
            # The same text laid exactly on its twin reads as one (two identical formulas
            # shown to coincide): not a collision.
            twins = _name(a) == _name(b) and np.allclose(alo, blo, atol=1e-3) and \
                np.allclose(ahi, bhi, atol=1e-3)
            if np.all(overlap > TOLERANCE) and not twins:
                problems.append(f"{_name(a)} overlaps {_name(b)}")
    return problems


#: The smallest glyph a viewer can read at 480p, in pixels (a digit, a capital, an ascender).
GLYPH_FLOOR_PX = 12.0
#: Pixels per scene unit at 854 x 480 (the frame is 8 units tall).
PX_PER_UNIT = 480 / 8
#: Cairo draws a stroke of width w as 0.01 w scene units wide, half of it outside the path.
STROKE_UNIT = 0.01


def _outer_box(mob: Mobject) -> tuple[np.ndarray, np.ndarray]:
    """``mob``'s bounding box grown by half the widest stroke drawn in its family."""
    lo, hi = _box(mob)
    strokes = [m.get_stroke_width() for m in mob.family_members_with_points()
               if isinstance(m, VMobject) and m.get_stroke_opacity() > 0.05]
    pad = STROKE_UNIT * max(strokes, default=0.0) / 2
    return lo - pad, hi + pad


#: Height of a digit per point of font size, in scene units, measured once for each kind of
#: text at its creation (Nimbus Sans through Pango; helvet through TeX, scenes/common/typeface.py).
DIGIT_PER_POINT = {"pango": 0.249 / 24, "tex": 0.1725 / 24}


def _kind(text: Mobject) -> str:
    if isinstance(text, DecimalNumber | Integer):
        return "pango" if isinstance(text.mob_class, type) and issubclass(
            text.mob_class, Text) else "tex"
    return "pango" if isinstance(text, Text | MarkupText | Paragraph) else "tex"


def digit_px(text: Mobject) -> float:
    """How tall a digit of ``text`` is drawn, in pixels at 480p.

    Measured from geometry: manim's ``font_size`` of a text is its real height now over its
    height when it was made, times the size it was made at (so ``scale``,
    ``scale_to_fit_width`` and scaling a whole group all count); times the digit height of
    that face per point. A lone short letter ("x", "e") is judged
    by the size its digits would have, not by its own x-height.
    """
    try:
        drawn_at = float(text.font_size)  # manim derives it from height / initial height
    except (AttributeError, ZeroDivisionError):
        return float("inf")  # not a text made at a font size
    return drawn_at * DIGIT_PER_POINT[_kind(text)] * PX_PER_UNIT


def design_problems(scene: Scene) -> list[str]:
    """The design system's rules: inside the title-safe area, no glyph under the floor."""
    problems: list[str] = []
    for mob in scene.mobjects:
        if not is_visible(mob):
            continue
        lo, hi = _outer_box(mob)
        if lo[0] < SAFE.left - TOLERANCE or hi[0] > SAFE.right + TOLERANCE or \
                lo[1] < SAFE.bottom - TOLERANCE or hi[1] > SAFE.top + TOLERANCE:
            problems.append(f"{_name(mob)} leaves the title-safe area: x {lo[0]:.2f}..{hi[0]:.2f},"
                            f" y {lo[1]:.2f}..{hi[1]:.2f}")
    for text in (t for m in scene.mobjects for t in _texts(m) if is_visible(t)):
        px = digit_px(text)
        if text.height > 0 and px < GLYPH_FLOOR_PX:
            problems.append(f"{_name(text)}: digits {px:.1f} px tall at 480p "
                            f"(floor {GLYPH_FLOOR_PX:g})")
    return problems + quiz_box_problems(scene)


#: Clear air between the quiz's answer box and a neighbouring choice, in scene units (about
#: 3 px at 480p), beyond half the box's stroke.
BOX_AIR = 0.05


def quiz_box_problems(scene: Scene) -> list[str]:
    """The box around a quiz's right answer must not touch the choices above and below it
    (a stroke through a neighbour's letters reads as crossing it out)."""
    box, rows = getattr(scene, "quiz_box", None), getattr(scene, "quiz_rows", None)
    if box is None or rows is None or box not in scene.mobjects:
        return []
    air = box.get_stroke_width() / 200 + BOX_AIR
    problems = []
    top, bottom = box.get_top()[1], box.get_bottom()[1]
    for letter, row in zip("ABCD", rows, strict=False):  # 3 or 4 choices
        middle = row.get_center()[1]
        if bottom <= middle <= top:
            continue  # the answer itself
        if middle > top and row.get_bottom()[1] - air < top or \
                middle < bottom and row.get_top()[1] + air > bottom:
            problems.append(f"the answer box touches choice {letter}")
    return problems
