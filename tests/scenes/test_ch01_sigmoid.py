"""Chapter 1: the marker sits on the curve at core's values; the derivation lines agree."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import Axes, Dot, MathTex, VMobject
from scene_harness import before_clearing, build, final_frame, pixel_at

from core import COURSE_SIGMOID_CHECKS, sigmoid, sigmoid_derivative
from scenes.common.theme import DARK
from scenes.logistic_regression.ch01_sigmoid import (
    SigmoidCheck,
    SigmoidSlopeFromItsOwnValue,
    SigmoidSquashesAnyScore,
    SlopePeaksAtOneQuarter,
)


def _first(scene, kind):  # noqa: ANN001, ANN202
    return next(m for m in scene.mobjects if type(m) is kind)


@pytest.fixture(scope="module")
def squash(tmp_path_factory: pytest.TempPathFactory) -> SigmoidSquashesAnyScore:
    return build(SigmoidSquashesAnyScore, tmp_path_factory.mktemp("ch01"), check_layout=True)


def test_marker_rides_the_curve_at_the_sigmoid_of_its_z(squash: SigmoidSquashesAnyScore) -> None:
    axes = _first(squash, Axes)
    marker = _first(squash, Dot)
    z, g = axes.p2c(marker.get_center())
    assert g == pytest.approx(float(sigmoid(z)), abs=1e-6)
    panel = next(m for m in squash.mobjects if type(m).__name__ == "ReadoutPanel"
                 and len(m.numbers) == 2)
    assert panel.numbers[0].get_value() == pytest.approx(z, abs=1e-6)
    assert panel.numbers[1].get_value() == pytest.approx(g, abs=1e-6)


def test_check_values_match_the_course_to_its_precision(squash: SigmoidSquashesAnyScore) -> None:
    shown = [m.tex_string for m in squash.mobjects if isinstance(m, MathTex)
             and m.tex_string.startswith("g(") and "=" in m.tex_string
             and "frac" not in m.tex_string]
    assert len(shown) == len(COURSE_SIGMOID_CHECKS)
    for tex, (z, course_value) in zip(shown, COURSE_SIGMOID_CHECKS, strict=True):
        value = float(tex.split("=")[1])
        assert value == pytest.approx(float(sigmoid(z)), abs=5e-5)
        assert value == pytest.approx(course_value, abs=5e-4)


def test_derivation_check_line_multiplies_out(tmp_path: Path) -> None:
    scene = build(SigmoidSlopeFromItsOwnValue, tmp_path, check_layout=True)
    check = next(m for m in scene.mobjects if isinstance(m, MathTex)
                 and m.tex_string.startswith("z = "))
    lhs = float(check[0].tex_string.split(r"\quad")[1])
    left, right = float(check[2].tex_string), float(check[4].tex_string)
    assert lhs == pytest.approx(left * right, abs=1e-4)
    z = float(check[0].tex_string.split("=")[1].split(":")[0])
    assert lhs == pytest.approx(float(sigmoid_derivative(z)), abs=1e-4)


def test_slope_curve_peaks_at_a_quarter_on_the_rendered_frame(tmp_path: Path) -> None:
    scene, pixels = final_frame(before_clearing(SlopePeaksAtOneQuarter), tmp_path)
    axes = _first(scene, Axes)
    curves = [m for m in scene.mobjects if type(m) is VMobject]
    slope = next(c for c in curves if c.get_color().to_hex().lower() == DARK.highlight.lower())
    top = slope.get_top()
    assert axes.p2c(top)[1] == pytest.approx(0.25, abs=2e-3)
    assert axes.p2c(top)[0] == pytest.approx(0.0, abs=0.1)
    # The rendered pixel at the peak is the highlight colour.
    colour = pixel_at(scene, pixels, axes.c2p(0, 0.25))
    expected = np.array([int(DARK.highlight[i:i + 2], 16) for i in (1, 3, 5)])
    assert np.all(np.abs(colour - expected) < 60), colour


def test_quiz_closes_the_chapter(tmp_path: Path) -> None:
    scene = build(SigmoidCheck, tmp_path, check_layout=True)
    assert scene.beats[-1].narration.startswith("The answer is B.")
