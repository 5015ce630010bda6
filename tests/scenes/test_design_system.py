"""The design system's own rules: the frame's regions, the type scale, and the checks that hold
every scene to them (they must catch what a viewer would see: a box clipped at the frame's edge,
a label too small to read at 480p)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from layout import GLYPH_FLOOR_PX, design_problems, digit_px
from manim import DOWN, RIGHT, MathTex, Scene, SurroundingRectangle, Text, VGroup, config
from scene_harness import quiet_config

from scenes.common.layout import BODY, HEADING, REGIONS, SAFE, SIDE, STAGE
from scenes.common.theme import SIZES
from scripts.defaults import PROJECT_ROOT

CHAPTER_FILES = sorted((PROJECT_ROOT / "scenes").glob("*/c[hd]*.py"))


def test_every_region_lies_inside_the_title_safe_area() -> None:
    for region in REGIONS.values():
        assert SAFE.left <= region.left < region.right <= SAFE.right, region.name
        assert SAFE.bottom <= region.bottom < region.top <= SAFE.top, region.name
    assert SAFE.left > -config.frame_width / 2 and SAFE.top < config.frame_height / 2


def test_the_stage_takes_about_sixty_percent_of_the_width_beside_the_side_panel() -> None:
    assert STAGE.width / config.frame_width >= 0.6
    assert STAGE.right < SIDE.left and STAGE.top == SIDE.top == BODY.top
    assert HEADING.bottom > BODY.top


def test_placing_fits_and_aligns() -> None:
    wide = Text("x" * 200, font_size=SIZES.body)
    STAGE.place(wide, aligned=DOWN + RIGHT)
    assert STAGE.contains(wide)
    assert wide.get_right()[0] == pytest.approx(STAGE.right)
    assert wide.get_bottom()[1] == pytest.approx(STAGE.bottom)
    small = Text("ok", font_size=SIZES.body)
    width = small.width
    SIDE.place(small)
    assert small.width == pytest.approx(width)  # never grown


def test_the_smallest_sizes_clear_the_glyph_floor() -> None:
    assert digit_px(Text("0.5", font_size=SIZES.caption)) >= GLYPH_FLOOR_PX
    assert digit_px(MathTex("0.5", font_size=SIZES.formula_small)) >= GLYPH_FLOOR_PX


def _problems_of(tmp_path: Path, *mobs: object) -> list[str]:
    with quiet_config(tmp_path):
        scene = Scene(skip_animations=True)
        scene.add(*mobs)
        return design_problems(scene)


def test_a_box_whose_stroke_reaches_the_margin_is_caught(tmp_path: Path) -> None:
    """The code box clipped at the bottom of a Cats or Dogs frame: its points stayed inside
    the frame by a hair, its stroke did not."""
    code = Text("loss = -np.mean(y * np.log(p))", font_size=SIZES.caption)
    code.move_to([0, -config.frame_height / 2 + 0.3, 0])
    box = SurroundingRectangle(code, buff=0.05, stroke_width=4)
    assert any("title-safe" in p for p in _problems_of(tmp_path, VGroup(code, box)))
    code.move_to(SAFE.center)
    box = SurroundingRectangle(code, buff=0.05, stroke_width=4)
    assert not _problems_of(tmp_path, VGroup(code, box))


def test_text_too_small_at_480p_is_caught_even_when_scaled(tmp_path: Path) -> None:
    label = Text("accuracy 0.983", font_size=SIZES.label).move_to(SAFE.center)
    assert not _problems_of(tmp_path, label)
    label.scale(0.6)  # what a scale_to_fit_width does to a long label
    assert any("px tall" in p for p in _problems_of(tmp_path, label))


def test_digit_height_is_measured_from_the_drawn_outlines() -> None:
    """The measure agrees with the outline of a real digit, for both kinds of text, before
    and after scaling."""
    for digit in (Text("8", font_size=SIZES.label), MathTex("8", font_size=SIZES.formula)):
        assert digit_px(digit) == pytest.approx(digit.height * 60, rel=0.06)
        digit.scale(0.5)
        assert digit_px(digit) == pytest.approx(digit.height * 60, rel=0.06)


SIZE_ARITHMETIC = re.compile(r"SIZES\.\w+\s*[-+*/]|[-+*/]\s*SIZES\.\w+|font_size=\d")


@pytest.mark.parametrize("path", CHAPTER_FILES, ids=[p.stem for p in CHAPTER_FILES])
def test_chapters_use_only_the_named_sizes(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    offenders = [f"{path.name}:{n}: {line.strip()}" for n, line in enumerate(lines, start=1)
                 if SIZE_ARITHMETIC.search(line)]
    assert not offenders, "\n".join(offenders)
