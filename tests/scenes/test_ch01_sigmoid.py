"""Chapter 1: the marker sits on the curve at core's values; the derivation lines agree."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import Axes, Dot, MathTex, VGroup, VMobject
from scene_harness import before_clearing, build, final_frame, pixel_at

from core import COURSE_SIGMOID_CHECKS, sigmoid, sigmoid_derivative
from scenes.common.gradient_rows import CANCEL_G, CANCEL_ONE_MINUS_G, WHAT_SURVIVES
from scenes.common.layout import BODY, SIDE
from scenes.common.pieces import numerator
from scenes.common.theme import DARK, SIZES
from scenes.logistic_regression.ch01_sigmoid import (
    CHECK_PLOT_Z,
    CHECK_Z,
    CLEAN_LINE_PIECES,
    MODEL_ROOM_RIGHT,
    QUIZ_G,
    SLOPE_PLOT_Z,
    STEEP,
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


class _SharedBar(SigmoidSquashesAnyScore):
    """The opening scene, noting after every play, while the bar 1 + e^-z is shown, the z
    read out and the share of the bar its 1 takes."""

    def play(self, *animations, **kwargs):  # noqa: ANN002, ANN003, ANN201
        super().play(*animations, **kwargs)
        share = getattr(self, "share", None)
        if share is None or share not in self.mobjects:
            return
        frame, one, rest = share[0][:3]
        panel = next(m for m in self.mobjects if type(m).__name__ == "ReadoutPanel"
                     and len(m.numbers) == 3)
        self.shares = [*getattr(self, "shares", []), (
            panel.numbers[0].get_value(), one.width / frame.width,
            (one.get_left()[0] - frame.get_left()[0], rest.get_right()[0] - frame.get_right()[0],
             one.get_right()[0] - rest.get_left()[0]))]


def test_the_bar_of_one_plus_e_to_the_minus_z_gives_its_one_a_share_of_g(
        tmp_path: Path) -> None:
    """While the check values are found, the bar's 1 takes g(z) of it at every z shown, and
    its two parts fill it end to end: half at 0, nearly all at 5, a sliver at -5."""
    scene = build(_SharedBar, tmp_path, check_layout=True)
    for z, share, gaps in scene.shares:
        assert share == pytest.approx(float(sigmoid(z)), abs=1e-3)
        assert gaps == pytest.approx((0.0, 0.0, 0.0), abs=1e-3)
    seen = {round(z, 6) for z, _, _ in scene.shares}
    assert {z for z, _ in COURSE_SIGMOID_CHECKS} <= seen


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
    score, bias, model, meaning = squash.model
    assert score.tex_string.startswith(r"\theta^T x =")
    assert bias.tex_string.startswith("x_0 = 1") and "bias" in bias.tex_string
    assert model.tex_string.startswith(r"h_\theta(x)")
    assert "P(y = 1" in meaning.tex_string
    assert score.get_top()[1] > bias.get_top()[1] > model.get_top()[1] > meaning.get_top()[1]
    # The probability's "=" under the model's.
    assert meaning[0].get_x() == pytest.approx(model[1].get_x(), abs=1e-6)
    assert squash.model.get_right()[0] <= SIDE.right - MODEL_ROOM_RIGHT + 1e-6


def _shape(glyphs: VMobject) -> np.ndarray:
    """A glyph group's outline points, moved to the origin: equal for the same symbols."""
    leaves = {id(g): g for g in glyphs.family_members_with_points()}.values()
    points = np.concatenate([g.points for g in leaves])
    return points - points.min(axis=0)


def test_chapter_four_preview_strikes_equal_pairs_and_fits_the_body(tmp_path: Path) -> None:
    scene = build(SlopePeaksAtOneQuarter, tmp_path, check_layout=True)
    rows = scene.preview.rows
    # Large enough to read at 480p, and across the body, not squeezed into the side panel.
    # (sizes compared by setting: a formula compiled here, outside the harness's own TeX
    # folder, races other test workers on manim's shared one)
    assert rows[0].font_size == pytest.approx(SIZES.formula_large)
    assert BODY.left - 1e-6 <= rows.get_left()[0] and rows.get_right()[0] <= BODY.right + 1e-6
    assert scene.formula_top.get_bottom()[1] > rows.get_top()[1]
    # What is struck cancels: each denominator is the very symbols of its partner in the
    # factor (the first the g, the second 1 - g inside the factor's brackets).
    g_under, g_factor, rest_under, rest_factor = scene.cancelled
    assert len(g_under) == 1 and len(rest_under) == 3
    assert np.allclose(_shape(g_under), _shape(g_factor), atol=1e-3)
    assert np.allclose(_shape(rest_under), _shape(VGroup(*rest_factor[1:-1])), atol=1e-3)
    # The last line: a fraction whose denominator was struck leaves its numerator, every
    # other piece carries over unchanged, and the result is the algebra's (numbers in).
    struck = (CANCEL_G[0], CANCEL_ONE_MINUS_G[0])
    for a, t in WHAT_SURVIVES[1:]:
        if "big" in rows[1][a].tex_string.lower():
            continue  # a bracket set a size smaller round a shorter line
        source, target = rows[1][a], rows[2][t]
        if a in struck:  # its numerator, bracketed when it is more than one symbol
            source = numerator(source)
            if target.tex_string.startswith("("):
                target = VGroup(*target[1:-1])
        assert np.allclose(_shape(source), _shape(target), atol=1e-3), (a, t)
    y, g = 1.0, 0.3
    assert y * (1 - g) - (1 - y) * g == pytest.approx(y - g)
    y, g = 0.0, 0.8
    assert y * (1 - g) - (1 - y) * g == pytest.approx(y - g)


def test_the_check_triangle_sits_on_a_stretched_plot(tmp_path: Path) -> None:
    """The rise over one step of z is core's slope, on axes stretched along z over twice."""
    scene = build(SigmoidSlopeFromItsOwnValue, tmp_path)
    axes = scene.check_axes
    run, rise = scene.triangle
    (z0, g0), (z1, g1) = (axes.p2c(p) for p in (run.get_start(), run.get_end()))
    assert (z0, z1) == pytest.approx((CHECK_Z, CHECK_Z + 1))
    assert g0 == pytest.approx(g1) == pytest.approx(float(sigmoid(CHECK_Z)))
    (_, r0), (_, r1) = (axes.p2c(p) for p in (rise.get_start(), rise.get_end()))
    assert r1 - r0 == pytest.approx(float(sigmoid_derivative(CHECK_Z)), abs=1e-9)
    unit_on_whole_s = axes.get_x_axis().get_unit_size() * (CHECK_PLOT_Z[1] - CHECK_PLOT_Z[0]) / (
        SLOPE_PLOT_Z[1] - SLOPE_PLOT_Z[0])
    assert run.width >= 2 * unit_on_whole_s


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
    # The plot in the chapter's style: "0.5" and "1" up its g axis (not "1.0"), both axes
    # named.
    numbers = scene.check_axes.y_axis.numbers
    assert [(n.get_value(), n.num_decimal_places) for n in numbers] == [(0.5, 1), (1.0, 0)]
    names = {m.tex_string for m in scene.check_axes.get_family() if isinstance(m, MathTex)}
    assert {"z", "g"} <= names


class _FoundBars(SigmoidSlopeFromItsOwnValue):
    """The derivation, noting the factor bars on the slope plot, in its units, after every
    play."""

    def play(self, *animations, **kwargs):  # noqa: ANN002, ANN003, ANN201
        super().play(*animations, **kwargs)
        shown = {id(m) for top in self.mobjects for m in top.get_family()}
        bars = [b for b in getattr(self, "found_bars", []) if id(b) in shown]
        ends = [tuple(self.slope_axes.p2c(p)) for b in bars for p in (b.get_start(), b.get_end())]
        self.bar_log = [*getattr(self, "bar_log", []), (self.renderer.time, ends)]


def test_the_derivation_plot_grows_each_factor_as_a_bar_when_it_is_found(tmp_path: Path) -> None:
    """g's bar comes when the first factor is named the sigmoid, 1 - g's on top of it when the
    aside reaches 1 - g: both at the check's z, stacking to 1 on the (shrunk) plot."""
    scene = build(_FoundBars, tmp_path, check_layout=True)
    g = float(sigmoid(CHECK_Z))
    beats = {name: t for beat in scene.beats for name, t in beat.marks}
    with_g = next(t for t, ends in scene.bar_log if len(ends) == 2)
    with_both = next((t, ends) for t, ends in scene.bar_log if len(ends) == 4)
    assert beats["first"] <= with_g < beats["second"]
    assert beats["g"] <= with_both[0]
    assert np.array(with_both[1]) == pytest.approx(
        np.array([(CHECK_Z, 0.0), (CHECK_Z, g), (CHECK_Z, g), (CHECK_Z, 1.0)]), abs=1e-6)


def test_tangent_trace_is_g_prime_and_meets_g_times_one_minus_g(tmp_path: Path) -> None:
    scene, pixels = final_frame(before_clearing(SlopePeaksAtOneQuarter), tmp_path)
    axes = [m for m in scene.mobjects if type(m) is Axes]
    g_axes, d_axes = sorted(axes, key=lambda a: -a.get_center()[1])
    curves = [m for m in scene.mobjects if type(m) is VMobject]
    trace = next(c for c in curves if c.get_color().to_hex().lower() == DARK.class0.lower())
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
    # The product drawn as an area whose sides are the bars themselves, at the plot's scale
    # (g = 1 as tall as on the plot): g and 1 - g, so the area is the slope.
    assert scene.area_unit == pytest.approx(g_axes.c2p(0, 1)[1] - g_axes.c2p(0, 0)[1])
    for side, bar in zip(scene.area_sides, scene.bars, strict=True):
        assert side.get_length() == pytest.approx(bar.get_length(), abs=3e-3)
    w, h = (side.get_length() / scene.area_unit for side in scene.area_sides)
    assert (w, h) == pytest.approx((float(sigmoid(z)), 1 - float(sigmoid(z))), abs=1e-3)
    assert w * h == pytest.approx(slope, abs=1e-3)
    # The tangent touches g at that z, with that slope (in data units).
    tangent = next(m for m in scene.mobjects if type(m).__name__ == "Line")
    (z0, g0), (z1, g1) = (g_axes.p2c(p) for p in (tangent.get_start(), tangent.get_end()))
    assert (g1 - g0) / (z1 - z0) == pytest.approx(slope, rel=1e-6)
    assert g0 + (z - z0) * slope == pytest.approx(float(sigmoid(z)), abs=1e-6)
    # On the rendered frame the trace is drawn in its own colour (the highlight is 1 - g's).
    colour = pixel_at(scene, pixels, d_axes.c2p(-1.0, float(sigmoid_derivative(-1.0))))
    expected = np.array([int(DARK.class0[i:i + 2], 16) for i in (1, 3, 5)])
    assert np.all(np.abs(colour - expected) < 60), colour


def test_quiz_closes_the_chapter(tmp_path: Path) -> None:
    scene = build(SigmoidCheck, tmp_path, check_layout=True)
    assert scene.beats[-1].narration.startswith("The answer is A.")


def test_quiz_reveal_multiplies_the_two_bars_into_the_rise(tmp_path: Path) -> None:
    """At the quiz's point the bars stack to 1, split at g; the triangle's rise over one step
    of z is their product, which is core's slope there and the rise written beside it."""
    scene = build(SigmoidCheck, tmp_path, check_layout=True)
    axes, at = scene.quiz_axes, scene.quiz_at
    g = float(sigmoid(at))
    assert g == pytest.approx(QUIZ_G)
    g_bar, rest_bar = scene.quiz_bars
    ends = [axes.p2c(p) for bar in (g_bar, rest_bar) for p in (bar.get_start(), bar.get_end())]
    assert [z for z, _ in ends] == pytest.approx([at] * 4)
    assert [v for _, v in ends] == pytest.approx([0.0, g, g, 1.0])
    run, rise = scene.quiz_triangle
    (z0, _), (z1, _) = (axes.p2c(p) for p in (run.get_start(), run.get_end()))
    (_, r0), (_, r1) = (axes.p2c(p) for p in (rise.get_start(), rise.get_end()))
    assert z1 - z0 == pytest.approx(1.0)
    assert r1 - r0 == pytest.approx(g * (1 - g))
    assert r1 - r0 == pytest.approx(float(sigmoid_derivative(at)))
    assert float(scene.quiz_rise_name.tex_string) == pytest.approx(r1 - r0, abs=5e-3)


def test_the_cliffs_short_stretch_is_where_g_climbs_from_a_tenth_to_nine_tenths(
        squash: SigmoidSquashesAnyScore) -> None:
    (z_lo, z_hi), width = squash.stretch_shown
    assert float(sigmoid(STEEP * z_lo)) == pytest.approx(0.1, abs=1e-3)
    assert float(sigmoid(STEEP * z_hi)) == pytest.approx(0.9, abs=1e-3)
    assert width == pytest.approx(z_hi - z_lo, abs=1e-3)
