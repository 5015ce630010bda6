"""Colours, fonts and sizes for every scene: the only place a colour literal may appear.

The course text's convention: class 0 is blue, class 1 orange; the probability field is blue
where the model says "class 0" and amber where it says "class 1" (the narration names them so);
the boundary is a bright line.
A light theme for slides is one switch: ``theme = "light"`` in a chapter's params (or
``LECTURE_THEME=light`` in the environment).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from scenes.common.params import scene_params
from scripts.build.contract import ENV_THEME


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str  # secondary text, axes, grid
    class0: str  # points with y = 0
    class1: str  # points with y = 1
    boundary: str  # the 0.5 line
    field_low: str  # P(y=1) = 0
    field_mid: str  # P(y=1) = 0.5
    field_high: str  # P(y=1) = 1
    loss: str  # loss and penalty curves
    curve: str  # the sigmoid and other function graphs
    highlight: str  # what the narration points at
    good: str  # right answers, correct points
    bad: str  # mistakes, misclassified points
    classes3: tuple[str, str, str]  # softmax's three classes (red, green, blue in the text)
    code_keyword: str  # code listings: keywords and built-ins
    code_literal: str  # ... numbers and strings
    field_opacity: float = 0.85

    def ramp(self, p: np.ndarray) -> np.ndarray:
        """RGBA pixels (uint8) for probabilities ``p`` of any shape: low -> mid -> high."""
        p = np.clip(np.asarray(p, dtype=float), 0.0, 1.0)[..., None]
        low, mid, high = (_rgb(c) for c in (self.field_low, self.field_mid, self.field_high))
        below = low + (mid - low) * (p / 0.5)
        above = mid + (high - mid) * ((p - 0.5) / 0.5)
        rgb = np.where(p < 0.5, below, above)
        alpha = np.full(p.shape, 255 * self.field_opacity)
        return np.concatenate([rgb, alpha], axis=-1).round().astype(np.uint8)


def _rgb(hex_colour: str) -> np.ndarray:
    h = hex_colour.lstrip("#")
    return np.array([int(h[i : i + 2], 16) for i in (0, 2, 4)], dtype=float)


DARK = Theme(
    name="dark",
    background="#101418",
    text="#ECEFF1",
    muted="#98A4B0",
    class0="#3F8EDC",  # blue, darker than class 1 so the two differ in lightness too
    class1="#F7A547",  # orange
    boundary="#FFFFFF",
    field_low="#1B4470",  # dark blue where the model says class 0 ...
    field_mid="#20262C",
    field_high="#8C5A1E",  # ... lighter amber where it says class 1
    loss="#C08AF0",  # lavender: never the red of "wrong"
    curve="#5ED6C0",
    highlight="#FFF29E",  # pale yellow, far lighter than class 1's orange
    good="#A6E8C8",  # light mint: right, told from wrong by lightness as well as hue
    bad="#D93A34",  # red: wrong
    classes3=("#F0603A", "#8EE08A", "#4F6FE0"),  # red, green, blue, at three lightnesses
    code_keyword="#7AA2F7",
    code_literal="#F2D492",
)

LIGHT = Theme(
    name="light",
    background="#FAFAF7",
    text="#1B1F23",
    muted="#5F6B78",
    class0="#2F80D0",
    class1="#EF9A2A",
    boundary="#111111",
    field_low="#7FB3E0",
    field_mid="#F4F4F0",
    field_high="#F9D9A8",
    loss="#8E44AD",
    curve="#5CC8A8",
    highlight="#AD1457",
    good="#0E7490",
    bad="#EF5350",
    classes3=("#D84315", "#7CC576", "#1E40AF"),
    code_keyword="#2A3A9A",
    code_literal="#9A5B00",
)

#: The roles a scene shows side by side and a viewer must tell apart: each pair differs by at
#: least ``MIN_DELTA_E`` in CIE Lab, for normal vision and under deuteranopia and protanopia,
#: and by ``MIN_DELTA_L`` in lightness alone (tests/scenes/test_palette.py checks both).
MUST_DIFFER = (
    ("class0", "class1"), ("classes3[0]", "classes3[1]"), ("classes3[0]", "classes3[2]"),
    ("classes3[1]", "classes3[2]"), ("loss", "bad"), ("good", "bad"), ("highlight", "class0"),
    ("highlight", "class1"), ("field_low", "field_high"), ("loss", "curve"),
    ("class0", "field_low"), ("class1", "field_high"), ("loss", "class1"), ("curve", "class0"),
    ("bad", "class1"), ("highlight", "curve"), ("code_keyword", "code_literal"),
)
#: CIE76 difference of at least 20: about ten times the just-noticeable difference of large
#: patches, which small marks (a 9-pixel dot at 480p, a 2-pixel ring) need to stay apart.
MIN_DELTA_E = 20.0
#: Lightness difference of at least 8 L* units: the pair stays apart in greyscale, on a
#: projector that washes out hue, and for the colour-blind whatever the simulation misses.
MIN_DELTA_L = 8.0


def role_colour(theme: Theme, role: str) -> str:
    """The colour of ``role`` (``"class0"``, ``"classes3[2]"``, ...) in ``theme``."""
    if role.startswith("classes3["):
        return theme.classes3[int(role[len("classes3["):-1])]
    return getattr(theme, role)


@dataclass(frozen=True)
class PrintPalette:
    """The printed handout's colours: dark ink on white paper (contrast over 7:1 for text)."""

    paper: str = "#ffffff"
    ink: str = "#1a1a1a"
    muted: str = "#444444"  # intro lines, page numbers
    frame: str = "#bbbbbb"  # the thin border round each picture
    link: str = "#0b4f9c"  # video times, and the keyboard focus ring
    rule: str = "#999999"  # the quiz box


PRINT = PrintPalette()


THEMES = {t.name: t for t in (DARK, LIGHT)}


def current_theme() -> Theme:
    """The theme asked for by the chapter's params or ``$LECTURE_THEME`` (default: dark)."""
    name = str(scene_params().get("theme") or os.environ.get(ENV_THEME) or "dark")
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; expected one of {sorted(THEMES)}")
    return THEMES[name]


@dataclass(frozen=True)
class Sizes:
    """The type scale: the only font sizes a scene may use (no arithmetic on them).

    Chosen from measured glyph heights so that the smallest of them stays readable at 480p
    (854 x 480): a digit of ``caption`` text is 14 px tall there, a digit of
    ``formula_small`` TeX 14.6 px; the layout test measures every text on screen against a
    12 px floor. TeX glyphs are smaller than Pango's at the same nominal size, hence the two
    columns.
    """

    #: URW's Nimbus Sans: the very face TeX sets maths in (helvet, scenes/common/typeface.py),
    #: so a label, a readout and a formula are one typeface.
    font: str = "Nimbus Sans"
    code_font: str = "DejaVu Sans Mono"
    # Text (Pango, Nimbus Sans: digits as tall as DejaVu Sans', 12 % narrower, so a notch up)
    caption: int = 23  # tick labels, notes, legends, table cells
    label: int = 25  # readout labels, callouts
    body: int = 30  # sentences on screen, quiz text
    heading: int = 36  # a scene's title line
    title: int = 48  # title cards
    display: int = 60  # the lecture's name on its title card
    # Maths (TeX)
    formula_small: int = 34  # axis names, numbers beside a plot, a formula in a side panel
    formula: int = 40  # the formula a beat is about
    formula_large: int = 48  # a formula that is the whole picture
    code: int = 22  # code listings (DejaVu Sans Mono)


SIZES = Sizes()
