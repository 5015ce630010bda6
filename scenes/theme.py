"""Colours, fonts and sizes for every scene: the only place a colour literal may appear.

The course text's convention: class 0 is blue, class 1 orange; the probability field is teal
where the model says "class 0" and warm where it says "class 1"; the boundary is a bright line.
A light theme for slides is one switch: ``theme = "light"`` in a chapter's params (or
``LECTURE_THEME=light`` in the environment).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from scenes.params import scene_params
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
    muted="#8A96A3",
    class0="#4C9BE8",
    class1="#F5A142",
    boundary="#FFFFFF",
    field_low="#1D5E6B",
    field_mid="#20262C",
    field_high="#8A4B1C",
    loss="#E8596B",
    curve="#7FD1AE",
    highlight="#FFD54F",
    good="#66BB6A",
    bad="#EF5350",
    classes3=("#E57373", "#81C784", "#64B5F6"),
)

LIGHT = Theme(
    name="light",
    background="#FAFAF7",
    text="#1B1F23",
    muted="#6B7785",
    class0="#1F6FC5",
    class1="#D9730D",
    boundary="#111111",
    field_low="#8FD0D8",
    field_mid="#F4F4F0",
    field_high="#F6C08A",
    loss="#C62839",
    curve="#1E8A5A",
    highlight="#B8860B",
    good="#2E7D32",
    bad="#C62828",
    classes3=("#D32F2F", "#388E3C", "#1976D2"),
)

THEMES = {t.name: t for t in (DARK, LIGHT)}


def current_theme() -> Theme:
    """The theme asked for by the chapter's params or ``$LECTURE_THEME`` (default: dark)."""
    name = str(scene_params().get("theme") or os.environ.get(ENV_THEME) or "dark")
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; expected one of {sorted(THEMES)}")
    return THEMES[name]


@dataclass(frozen=True)
class Sizes:
    """Font and font sizes chosen to stay readable at 480p."""

    font: str = "DejaVu Sans"
    title: int = 44
    heading: int = 34
    body: int = 28
    label: int = 24
    small: int = 20
    formula: int = 38


SIZES = Sizes()
