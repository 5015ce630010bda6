"""The frame's named regions: where a scene's heading, stage, side panel, formula strip and
footer go, inside a title-safe margin.

Scenes place things by region (``STAGE.place(plot)``, ``SIDE.stack(panel, legend)``) instead
of by free coordinates, so every chapter fills the frame the same way: the plot a beat is about
gets the stage (about 60 % of the frame's width), the readouts sit beside it in the side panel,
and nothing reaches into the margin where televisions and players crop.

The frame is manim's default 16:9 frame, 14.22 by 8 scene units (854 by 480 pixels at low
quality, so one unit is 60 pixels there).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from manim import DOWN, LEFT, RIGHT, UP, Mobject, VGroup, config

#: Width of the title-safe margin on every side, in scene units (24 px at 480p, 5 % of the
#: frame's height): nothing is drawn there, strokes included.
SAFE_MARGIN = 0.4
#: Space between two regions, in scene units.
GUTTER = 0.3
#: Height of the heading band.
HEADING_HEIGHT = 0.7
#: Height of the formula strip and of the footer.
STRIP_HEIGHT = 1.0
FOOTER_HEIGHT = 0.55
#: The stage's share of the safe width when a side panel is beside it.
STAGE_SHARE = 0.66


@dataclass(frozen=True)
class Region:
    """An axis-aligned rectangle of the frame, in scene units."""

    name: str
    left: float
    right: float
    bottom: float
    top: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def center(self) -> np.ndarray:
        return np.array([(self.left + self.right) / 2, (self.bottom + self.top) / 2, 0.0])

    def corner(self, direction: np.ndarray) -> np.ndarray:
        """The point of the region's edge in ``direction`` (UP + LEFT is the top-left corner)."""
        return self.center + np.array([direction[0] * self.width / 2,
                                       direction[1] * self.height / 2, 0.0])

    def contains(self, mob: Mobject, tolerance: float = 1e-6) -> bool:
        lo, hi = mob.get_corner(DOWN + LEFT), mob.get_corner(UP + RIGHT)
        return bool(lo[0] >= self.left - tolerance and hi[0] <= self.right + tolerance
                    and lo[1] >= self.bottom - tolerance and hi[1] <= self.top + tolerance)

    def fit(self, mob: Mobject) -> Mobject:
        """Shrink ``mob`` (never grow it) until it fits inside the region."""
        if mob.width > self.width:
            mob.scale_to_fit_width(self.width)
        if mob.height > self.height:
            mob.scale_to_fit_height(self.height)
        return mob

    def place(self, mob: Mobject, aligned: np.ndarray | None = None) -> Mobject:
        """Fit ``mob`` into the region and put it at its centre, or against the edge or corner
        ``aligned`` points to (``UP``, ``UP + LEFT``, ...)."""
        self.fit(mob)
        if aligned is None:
            return mob.move_to(self.center)
        target = self.corner(aligned)
        return mob.move_to(target, aligned_edge=aligned)

    def stack(self, *mobs: Mobject, buff: float = 0.35, aligned: np.ndarray = UP
              ) -> VGroup:
        """``mobs`` one under another, left-aligned, placed in the region (top by default)."""
        group = VGroup(*mobs).arrange(DOWN, aligned_edge=LEFT, buff=buff)
        self.place(group, aligned)
        return group

    def inset(self, margin: float) -> Region:
        """The region shrunk by ``margin`` on every side (room for a box drawn around what is
        placed inside)."""
        return Region(self.name, self.left + margin, self.right - margin,
                      self.bottom + margin, self.top - margin)

    def split(self, share: float, gutter: float = GUTTER, vertical: bool = True
              ) -> tuple[Region, Region]:
        """Two regions: the first takes ``share`` of the width (or of the height, from the
        top, when ``vertical`` is False), the second the rest, with a gutter between."""
        if vertical:
            cut = self.left + share * (self.width - gutter)
            return (Region(f"{self.name}-a", self.left, cut, self.bottom, self.top),
                    Region(f"{self.name}-b", cut + gutter, self.right, self.bottom, self.top))
        cut = self.top - share * (self.height - gutter)
        return (Region(f"{self.name}-a", self.left, self.right, cut, self.top),
                Region(f"{self.name}-b", self.left, self.right, self.bottom, cut - gutter))


_HALF_W = config.frame_width / 2
_HALF_H = config.frame_height / 2

#: Everything a scene draws stays inside this.
SAFE = Region("safe", -_HALF_W + SAFE_MARGIN, _HALF_W - SAFE_MARGIN,
              -_HALF_H + SAFE_MARGIN, _HALF_H - SAFE_MARGIN)
#: The scene's title line.
HEADING = Region("heading", SAFE.left, SAFE.right, SAFE.top - HEADING_HEIGHT, SAFE.top)
#: Everything under the heading: for a scene with one big picture or a derivation.
BODY = Region("body", SAFE.left, SAFE.right, SAFE.bottom, HEADING.bottom - GUTTER)
#: The plot a beat is about (left), and the readouts, legend and notes beside it (right).
STAGE, SIDE = BODY.split(STAGE_SHARE)
STAGE = Region("stage", STAGE.left, STAGE.right, STAGE.bottom, STAGE.top)
SIDE = Region("side", SIDE.left, SIDE.right, SIDE.bottom, SIDE.top)
#: A formula across the bottom of the body (a model, a rule the picture obeys).
FORMULA_STRIP = Region("formula strip", SAFE.left, SAFE.right, SAFE.bottom,
                       SAFE.bottom + STRIP_HEIGHT)
#: A line of notes at the very bottom (a source, a footnote).
FOOTER = Region("footer", SAFE.left, SAFE.right, SAFE.bottom, SAFE.bottom + FOOTER_HEIGHT)

REGIONS = {r.name: r for r in (SAFE, HEADING, BODY, STAGE, SIDE, FORMULA_STRIP, FOOTER)}
