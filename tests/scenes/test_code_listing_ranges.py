"""The code listing's additions: source read from a function's own file, a band over a range
of lines, extra marking bands, and the band-only animation."""

from __future__ import annotations

from pathlib import Path

import pytest
from scene_harness import quiet_config

from core.lesson_code import logistic_from_scratch as program
from scenes.common.code import CodeListing, source_of
from scenes.common.theme import DARK


def test_source_of_joins_functions_as_written_and_can_drop_the_def() -> None:
    text = source_of(program.sigmoid, program.predict_proba)
    file_text = Path(program.__file__).read_text()
    first, second = text.rstrip("\n").split("\n\n")
    assert first in file_text and second in file_text
    assert first.startswith("def sigmoid(z):")
    body = source_of(program.boundary, body_only=True)
    assert not body.startswith("def") and body.startswith("# w1 x1")
    assert all(not line.startswith(" ") for line in body.splitlines())


def test_a_range_band_covers_exactly_its_lines_and_a_single_band_one(tmp_path: Path) -> None:
    with quiet_config(tmp_path):
        listing = CodeListing(source_of(program.log_loss), DARK)
    pitch = listing.line_height
    listing.highlight_lines(1, 3)
    assert listing.band.height == pytest.approx(3 * pitch)
    assert listing.band.get_y() == pytest.approx(listing.row_y(2))
    listing.highlight(4)
    assert listing.band.height == pytest.approx(pitch)
    assert listing.band.get_y() == pytest.approx(listing.row_y(4))
    mark = listing.mark(2, DARK.good)
    assert mark.get_y() == pytest.approx(listing.row_y(2)) and mark not in listing
    assert mark.get_fill_color().to_hex().upper() == DARK.good.upper()


def test_light_moves_the_band_alone(tmp_path: Path) -> None:
    with quiet_config(tmp_path):
        listing = CodeListing(source_of(program.log_loss), DARK)
        animation = listing.light(1, 2).build()
        animation.begin()
        animation.interpolate(1.0)
        animation.finish()
    assert animation.mobject is listing.band
    assert listing.band.get_y() == pytest.approx((listing.row_y(1) + listing.row_y(2)) / 2)
    assert listing.band.height == pytest.approx(2 * listing.line_height)
