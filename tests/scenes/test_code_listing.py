"""The code listing draws real source line by line, coloured by the theme, with a band that
lights the line that runs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from layout import design_problems, layout_problems
from manim import LEFT, UP
from scene_harness import final_frame, pixel_at, quiet_config

from scenes.common.beats import LectureScene
from scenes.common.code import CodeListing
from scenes.common.layout import BODY
from scenes.common.theme import DARK

SOURCE = '''def sigmoid(z):
    return 1 / (1 + np.exp(-z))

for step in range(n_iterations):
    grad_w = X.T @ (p - y) / len(y)  # error times input
'''


def test_lines_sit_on_one_pitch_blank_ones_included(tmp_path: Path) -> None:
    with quiet_config(tmp_path):
        listing = CodeListing(SOURCE, DARK)
    ys = [listing.row_y(i) for i in range(5)]
    steps = np.diff(ys)
    assert np.allclose(steps, steps[0]) and steps[0] < 0  # top to bottom, evenly
    # Indentation is kept: the body starts four characters right of its `def`.
    assert listing.lines[1].get_left()[0] > listing.lines[0].get_left()[0] + 0.3


def test_line_index_finds_source_text_and_refuses_what_is_not_there(tmp_path: Path) -> None:
    with quiet_config(tmp_path):
        listing = CodeListing(SOURCE, DARK)
    assert listing.line_index("grad_w") == 4
    with pytest.raises(ValueError, match="no line"):
        listing.line_index("w -= alpha")


class _Lit(LectureScene):
    def construct(self) -> None:
        self.listing = CodeListing(SOURCE, self.theme, line_numbers=True)
        BODY.place(self.listing, aligned=UP + LEFT)
        self.listing.highlight(self.listing.line_index("grad_w"))
        self.add(self.listing)


def test_the_band_lights_the_chosen_line_in_the_highlight_colour(tmp_path: Path) -> None:
    scene, pixels = final_frame(_Lit, tmp_path)
    listing = scene.listing
    assert listing.band.get_y() == pytest.approx(listing.row_y(4))
    # Just right of the line's text, inside the band: the highlight tint over the background.
    lit = listing.lines[4]
    inside = lit.get_right() + 0.1 * np.array([1, 0, 0]) + np.array([0, 0, 0])
    inside[1] = listing.row_y(4)
    outside = inside.copy()
    outside[1] = listing.row_y(2)  # the blank line, unlit
    background = np.array([int(DARK.background[i:i + 2], 16) for i in (1, 3, 5)])
    assert np.abs(pixel_at(scene, pixels, outside) - background).max() <= 3
    assert pixel_at(scene, pixels, inside).sum() > background.sum() + 20
    with quiet_config(tmp_path):
        assert not layout_problems(scene) and not design_problems(scene)


def test_keywords_take_the_theme_colour(tmp_path: Path) -> None:
    with quiet_config(tmp_path):
        listing = CodeListing("for x in y:\n    pass\n", DARK)
    first_glyph = listing.lines[0][0]  # the "f" of "for"
    assert first_glyph.get_fill_color().to_hex().upper() == DARK.code_keyword.upper()
