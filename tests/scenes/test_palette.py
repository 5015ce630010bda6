"""The palette of roles stays readable for everyone: the pairs a scene must tell apart differ in
CIE Lab and in lightness, for normal vision and under simulated deuteranopia and protanopia;
and no colour is written anywhere but the theme."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pytest
from colorspacious import cspace_convert

from scenes.common.theme import (
    MIN_DELTA_E,
    MIN_DELTA_L,
    MUST_DIFFER,
    THEMES,
    Theme,
    role_colour,
)
from scripts.defaults import PROJECT_ROOT

#: Machado, Oliveira & Fernandes (2009) at full severity: dichromats, the hardest case.
VISIONS = (None, "deuteranomaly", "protanomaly")


def lab(hex_colour: str, vision: str | None) -> np.ndarray:
    """CIE L*a*b* of ``hex_colour`` as seen with ``vision`` (None: normal)."""
    h = hex_colour.lstrip("#")
    rgb = np.array([int(h[i:i + 2], 16) for i in (0, 2, 4)]) / 255.0
    if vision is not None:
        cvd = {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}
        rgb = np.clip(cspace_convert(rgb, cvd, "sRGB1"), 0.0, 1.0)
    return cspace_convert(rgb, "sRGB1", "CIELab")


def test_simulation_merges_red_and_green_as_a_deuteranope_sees_them() -> None:
    """The simulation is real: a pure red and a green of similar lightness, far apart for
    normal vision, come out close for a deuteranope."""
    red, green = "#D03030", "#4A9A2A"
    normal = np.linalg.norm(lab(red, None) - lab(green, None))
    deut = np.linalg.norm(lab(red, "deuteranomaly") - lab(green, "deuteranomaly"))
    assert normal > 60 and deut < normal / 3


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
@pytest.mark.parametrize("pair", MUST_DIFFER, ids=[f"{a}-{b}" for a, b in MUST_DIFFER])
def test_roles_that_must_differ_do_for_every_vision(theme: Theme, pair: tuple[str, str]
                                                     ) -> None:
    a, b = (role_colour(theme, role) for role in pair)
    for vision in VISIONS:
        delta = float(np.linalg.norm(lab(a, vision) - lab(b, vision)))
        assert delta >= MIN_DELTA_E, f"{pair} in {theme.name}: dE {delta:.1f} ({vision})"
    lightness = abs(lab(a, None)[0] - lab(b, None)[0])
    assert lightness >= MIN_DELTA_L, f"{pair} in {theme.name}: dL {lightness:.1f}"


def test_loss_is_never_the_colour_of_wrong() -> None:
    for theme in THEMES.values():
        assert ("loss", "bad") in MUST_DIFFER and theme.loss != theme.bad


HEX = re.compile(r"#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b")
MANIM_COLOURS = re.compile(r"\b(RED|GREEN|BLUE|YELLOW|WHITE|BLACK|GREY|GRAY|ORANGE|PURPLE|TEAL|"
                           r"PINK|GOLD|MAROON)(_[A-E])?\b")
THEME_FILE = PROJECT_ROOT / "scenes" / "common" / "theme.py"


def _string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def colour_literals(path: Path) -> list[str]:
    """Where ``path`` writes a colour itself: a hex colour in a string, or a manim colour."""
    found = [f"{path.relative_to(PROJECT_ROOT)}:{line}: {m.group(0)}"
             for line, text in _string_constants(path) for m in HEX.finditer(text)]
    names = {n.id for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(n, ast.Name)}
    found += [f"{path.relative_to(PROJECT_ROOT)}: manim colour {n}" for n in sorted(names)
              if MANIM_COLOURS.fullmatch(n)]
    return found


def test_no_colour_literal_outside_the_theme() -> None:
    sources = [p for folder in ("scenes", "scripts", "narration") for p in
               (PROJECT_ROOT / folder).rglob("*.py") if p != THEME_FILE]
    offenders = [hit for path in sources for hit in colour_literals(path)]
    assert not offenders, "\n".join(offenders)


def test_the_literal_check_sees_a_colour(tmp_path: Path) -> None:
    sample = PROJECT_ROOT / "scenes" / "_probe_for_test.py"
    sample.write_text('STYLE = "body { color: #ECEFF1; }"\nDot(color=RED)\n')
    try:
        assert len(colour_literals(sample)) == 2
    finally:
        sample.unlink()
