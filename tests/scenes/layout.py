"""Layout checks run after every animation: everything visible inside the frame, and no two
pieces of text or formula overlapping."""

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
            if np.all(overlap > TOLERANCE):
                problems.append(f"{_name(a)} overlaps {_name(b)}")
    return problems
