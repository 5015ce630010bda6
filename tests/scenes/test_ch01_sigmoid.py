"""Chapter 1: the marker sits on the curve at core's values; the derivation lines agree."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import Axes, Dot, MathTex, VMobject
from scene_harness import before_clearing, build, final_frame, pixel_at

from core import COURSE_SIGMOID_CHECKS, sigmoid, sigmoid_derivative
from scenes.common.layout import SIDE
from scenes.common.theme import DARK, SIZES
from scenes.logistic_regression.ch01_sigmoid import (
    CLEAN_LINE_PIECES,
    MODEL_ROOM_RIGHT,
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
                 and len(m.numbers) == 3)
    assert panel.numbers[0].get_value() == pytest.approx(z, abs=1e-6)
    assert panel.numbers[1].get_value() == pytest.approx(np.exp(-z), rel=1e-9)
    # The row labelled g(z) shows the plain sigmoid at z (the review caught it showing g(s z)).
    assert panel.numbers[2].get_value() == pytest.approx(g, abs=1e-6)


def test_the_g_of_z_readout_is_not_the_scaled_curve(tmp_path: Path) -> None:
    """Mid-scene, with the weight scale s at 4, the g(z) row still reads g(z), not g(4 z)."""
    from scenes.logistic_regression.ch01_sigmoid import STEEP

    seen = []

    class Spy(SigmoidSquashesAnyScore):
        def play(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            super().play(*args, **kwargs)
            panels = [f for m in self.mobjects for f in m.get_family()
                      if type(f).__name__ == "ReadoutPanel"]
            scale = [p for p in panels if len(p.numbers) == 1]
            main = [p for p in panels if len(p.numbers) == 3]
            if main and len(scale) == 2 and scale[0].numbers[0].get_value() == STEEP:
                z = main[0].numbers[0].get_value()
                seen.append((z, main[0].numbers[2].get_value(),
                             scale[1].numbers[0].get_value()))

    build(Spy, tmp_path)
    assert seen
    for z, g, g_scaled in seen:
        assert g == pytest.approx(float(sigmoid(z)), abs=1e-4)
        assert g_scaled == pytest.approx(float(sigmoid(STEEP * z)), abs=1e-4)


def test_check_values_match_the_course_to_its_precision(squash: SigmoidSquashesAnyScore) -> None:
    # The check rows (shown from their beat until the model's formula takes their place).
    shown = [m.tex_string for m in squash.checks if isinstance(m, MathTex)
             and m.tex_string.startswith("g(") and "=" in m.tex_string
             and "frac" not in m.tex_string]
    assert len(shown) == len(COURSE_SIGMOID_CHECKS)
    for tex, (z, course_value) in zip(shown, COURSE_SIGMOID_CHECKS, strict=True):
        value = float(tex.split("=")[1])
        assert value == pytest.approx(float(sigmoid(z)), abs=5e-5)
        assert value == pytest.approx(course_value, abs=5e-4)


def test_model_lines_come_in_spoken_order_inside_the_frame(
        squash: SigmoidSquashesAnyScore) -> None:
    score, bias, model = squash.model
    assert score.tex_string.startswith(r"\theta^T x =")
    assert bias.tex_string.startswith("x_0 = 1") and "bias" in bias.tex_string
    assert model.tex_string.startswith(r"h_\theta(x)")
    assert score.get_top()[1] > bias.get_top()[1] > model.get_top()[1]
    assert squash.model.get_right()[0] <= SIDE.right - MODEL_ROOM_RIGHT + 1e-6


def test_chapter_four_payoff_stays_inside_the_side_panel(tmp_path: Path) -> None:
    scene = build(SlopePeaksAtOneQuarter, tmp_path)
    assert scene.payoff.get_right()[0] <= SIDE.right - MODEL_ROOM_RIGHT + 1e-6
    # Still a formula a viewer reads at 480p: no smaller than a side panel's formulas.
    assert scene.payoff.width > 0
    assert scene.payoff[4].height >= MathTex(r"= (y - h)\,x_j",
                                             font_size=SIZES.formula_small).height - 1e-6


def test_calibration_note_sits_over_the_curve_clear_of_it(
        squash: SigmoidSquashesAnyScore) -> None:
    """The framed note is inside the plot, left of the y axis, where the S is below it (the
    S rises, so its height at the note's right edge is its highest under the note)."""
    axes = _first(squash, Axes)
    note = squash.calibration
    (z_left, g_bottom), (z_right, g_top) = (axes.p2c(note.get_corner(c))
                                            for c in (np.array([-1, -1, 0]),
                                                      np.array([1, 1, 0])))
    assert z_left >= -8.0 - 1e-6 and z_right < -0.5
    assert float(sigmoid(z_right)) < g_bottom - 0.1


def test_cancelled_line_closes_up_piece_for_piece(tmp_path: Path) -> None:
    scene = build(SigmoidSlopeFromItsOwnValue, tmp_path)
    old, new = scene.chain_line, scene.clean_line
    kept = {i for i, _ in CLEAN_LINE_PIECES}
    for i, j in CLEAN_LINE_PIECES:
        assert old[i].tex_string == new[j].tex_string
    # What does not move on is the two minus signs and the brackets round the inner factor.
    dropped = [old[i].tex_string for i in range(len(old)) if i not in kept]
    assert dropped == ["-", r"\big(", "-", r"\big)"]
    assert len(new) == len(CLEAN_LINE_PIECES)


def test_derivation_check_lines_agree_with_core(tmp_path: Path) -> None:
    scene = build(SigmoidSlopeFromItsOwnValue, tmp_path, check_layout=True)
    texts = [m for m in scene.mobjects for m in m.get_family() if isinstance(m, MathTex)]
    z_line = next(m for m in texts if m.tex_string.startswith("z = "))
    z = float(z_line.tex_string.split("=")[1].rstrip(":"))
    # The chain-rule side, e^{-z} / (1 + e^{-z})^2 (its exponents set a notch larger).
    chain = next(m for m in texts if m.tex_string.startswith(r"\frac{e^")
                 and "}{(1 + e^" in m.tex_string)
    # The chain-rule side is written at the check's z, not as a function of z.
    assert f"-{z:g}" in chain.tex_string and "-z" not in chain.tex_string
    product = next(m for m in texts if m.tex_string.startswith(r"g\,(1 - g)"))
    lhs = float(chain[1].tex_string)
    left, right, rhs = (float(product[i].tex_string) for i in (1, 3, 5))
    assert lhs == pytest.approx(float(sigmoid_derivative(z)), abs=1e-4)
    assert rhs == pytest.approx(lhs, abs=1e-4)
    assert left * right == pytest.approx(rhs, abs=2e-4)
    assert left == pytest.approx(float(sigmoid(z)), abs=1e-4)


def test_tangent_trace_is_g_prime_and_meets_g_times_one_minus_g(tmp_path: Path) -> None:
    scene, pixels = final_frame(before_clearing(SlopePeaksAtOneQuarter), tmp_path)
    axes = [m for m in scene.mobjects if type(m) is Axes]
    g_axes, d_axes = sorted(axes, key=lambda a: -a.get_center()[1])
    curves = [m for m in scene.mobjects if type(m) is VMobject]
    trace = next(c for c in curves if c.get_color().to_hex().lower() == DARK.highlight.lower())
    top = trace.points[np.argmax(trace.points[:, 1])]
    assert d_axes.p2c(top)[1] == pytest.approx(0.25, abs=2e-3)
    assert d_axes.p2c(top)[0] == pytest.approx(0.0, abs=0.1)
    # The peak's value is written at the height of the peak on the lower axes.
    number = next(m for m in scene.mobjects if isinstance(m, MathTex) and m.tex_string == "0.25")
    assert d_axes.p2c(number.get_bottom())[1] == pytest.approx(0.25, abs=0.03)
    for point in trace.points[::40]:
        zz, slope = d_axes.p2c(point)
        assert slope == pytest.approx(float(sigmoid_derivative(zz)), abs=1e-6)
    # The dashed g (1 - g), drawn over the trace, lies on it (its dashes' ends on g').
    for dash in scene.product_curve.submobjects[::7]:
        zz, value = d_axes.p2c(dash.get_start())
        assert value == pytest.approx(float(sigmoid_derivative(zz)), abs=2e-3)
    # The readouts: the tangent's slope and g (1 - g) agree, at the z the ruler stopped on.
    panel = scene.slope_panel
    z, slope, product = (n.get_value() for n in panel.numbers)
    assert slope == pytest.approx(product, abs=1e-9)
    assert slope == pytest.approx(float(sigmoid_derivative(z)), abs=1e-9)
    # The g and 1 - g bars beside the ruler stack to 1, split at g(z).
    g_bar, rest_bar = scene.bars
    heights = [g_axes.p2c(p)[1] for bar in (g_bar, rest_bar)
               for p in (bar.get_start(), bar.get_end())]
    assert heights == pytest.approx([0.0, float(sigmoid(z)), float(sigmoid(z)), 1.0], abs=1e-3)
    # The tangent touches g at that z, with that slope (in data units).
    tangent = next(m for m in scene.mobjects if type(m).__name__ == "Line")
    (z0, g0), (z1, g1) = (g_axes.p2c(p) for p in (tangent.get_start(), tangent.get_end()))
    assert (g1 - g0) / (z1 - z0) == pytest.approx(slope, rel=1e-6)
    assert g0 + (z - z0) * slope == pytest.approx(float(sigmoid(z)), abs=1e-6)
    # On the rendered frame the trace is drawn in the highlight colour.
    colour = pixel_at(scene, pixels, d_axes.c2p(-1.0, float(sigmoid_derivative(-1.0))))
    expected = np.array([int(DARK.highlight[i:i + 2], 16) for i in (1, 3, 5)])
    assert np.all(np.abs(colour - expected) < 60), colour


def test_quiz_closes_the_chapter(tmp_path: Path) -> None:
    scene = build(SigmoidCheck, tmp_path, check_layout=True)
    assert scene.beats[-1].narration.startswith("The answer is A.")
