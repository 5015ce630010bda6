"""Maths and words in one face: every lecture scene sets its TeX in the sans template."""

from __future__ import annotations

import numpy as np
from manim import MathTex, TexTemplate, config, tempconfig

from scenes.common.typeface import PACKAGES, SANS_PREAMBLE, use_sans_maths
from scripts.cli.checks import SANS_MATHS_FILES


def test_lecture_scene_setup_switches_to_the_sans_template(tmp_path) -> None:
    from scenes.common.title_card import ChapterTitle

    saved = config.tex_template
    config.tex_template = TexTemplate()
    try:
        with tempconfig({"media_dir": str(tmp_path)}):
            ChapterTitle(skip_animations=True).setup()
            assert SANS_PREAMBLE in config.tex_template.preamble
    finally:
        config.tex_template = saved


def test_the_sans_template_compiles_and_draws_other_glyphs(tmp_path) -> None:
    """It compiles with the installed TeX, and its digits are not Computer Modern's."""
    with tempconfig({"media_dir": str(tmp_path), "tex_dir": str(tmp_path / "tex")}):
        serif = MathTex("0.679", tex_template=TexTemplate())
        saved = config.tex_template
        try:
            use_sans_maths()
            sans = MathTex("0.679")
        finally:
            config.tex_template = saved
    assert len(sans.family_members_with_points()) == len(serif.family_members_with_points())
    a = np.vstack([m.points for m in serif.family_members_with_points()])
    b = np.vstack([m.points for m in sans.family_members_with_points()])
    assert a.shape != b.shape or not np.allclose(a, b, atol=1e-3)


def test_doctor_checks_every_package_the_template_loads() -> None:
    assert set(PACKAGES) <= set(SANS_MATHS_FILES)


def test_sans_numbers_carry_a_true_minus_not_a_hyphen() -> None:
    from manim import Text

    from scenes.common.pieces import MINUS, SansNumber
    from scenes.common.theme import SIZES

    number = SansNumber(-1.5, num_decimal_places=1, font_size=24)
    sign = number[0]
    assert abs(sign.width - Text(MINUS, font=SIZES.font, font_size=24).width) < 1e-3
    assert sign.width > Text("-", font=SIZES.font, font_size=24).width * 1.2


def test_sans_numbers_are_spaced_as_the_face_sets_the_same_digits_in_a_word() -> None:
    # manim's digit gap is a third of the face's: "1.44" closed up until it read as "144".
    from manim import Text

    from scenes.common.pieces import MINUS, SansNumber
    from scenes.common.theme import SIZES

    Text.set_default(font=SIZES.font)  # what every scene's setup does
    number = SansNumber(0.0, num_decimal_places=2, font_size=SIZES.body)
    for value, written in ((1.44, "1.44"), (-6.25, MINUS + "6.25"), (10.07, "10.07")):
        number.set_value(value)
        word = Text(written, font_size=SIZES.body)
        lefts = [glyph.get_left()[0] - number.get_left()[0] for glyph in number]
        expected = [glyph.get_left()[0] - word.get_left()[0] for glyph in word]
        assert np.allclose(lefts, expected, atol=0.01), (written, lefts, expected)


def test_sans_numbers_keep_the_lecture_face_when_made_before_any_scene_set_it(
        monkeypatch) -> None:  # noqa: ANN001
    """A number drawn while Text still defaults to another face (a test, a tool, a scene's
    module) must not leave glyphs of that face in the cache for the numbers after it."""
    from manim import Text

    from scenes.common.pieces import SansNumber
    from scenes.common.theme import SIZES

    monkeypatch.setattr(SansNumber, "_glyphs", {})  # as in a process that drew no number yet
    monkeypatch.setattr(SansNumber, "_gaps", {})
    other = "DejaVu Sans"
    assert abs(Text("1.44", font=other).width - Text("1.44", font=SIZES.font).width) > 0.05
    Text.set_default(font=other)
    try:
        early = SansNumber(1.44, num_decimal_places=2, font_size=SIZES.body)
    finally:
        Text.set_default(font=SIZES.font)
    word = Text("1.44", font=SIZES.font, font_size=SIZES.body)
    assert abs(early.width - word.width) < 0.01, (early.width, word.width)
    later = SansNumber(1.44, num_decimal_places=2, font_size=SIZES.body)
    assert abs(later.width - word.width) < 0.01, (later.width, word.width)
