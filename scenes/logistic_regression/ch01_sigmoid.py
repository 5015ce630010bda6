"""Chapter 1: the sigmoid squashes any score into (0, 1); its slope is g(1 - g)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Arrow,
    Axes,
    Circle,
    Create,
    DashedLine,
    DashedVMobject,
    DecimalNumber,
    Dot,
    FadeIn,
    FadeOut,
    FadeTransform,
    Flash,
    GrowArrow,
    Indicate,
    Line,
    MathTex,
    MoveToTarget,
    Polygon,
    ReplacementTransform,
    Restore,
    ShowPassingFlash,
    Square,
    SurroundingRectangle,
    Text,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    linear,
    smooth,
)

from core import (
    COURSE_SIGMOID_CHECKS,
    DerivativeSteps,
    logit,
    rise_width,
    sigmoid,
    sigmoid_derivative,
    sigmoid_derivative_steps,
)
from scenes.common.beats import LectureScene
from scenes.common.gradient_rows import (
    CANCEL_G,
    CANCEL_ONE_MINUS_G,
    CARRY_GREEN,
    DERIVATION_ROWS,
    FACTOR_IN_ROW_1,
    MULTIPLY_IN,
    WHAT_SURVIVES,
)
from scenes.common.layout import BODY, SIDE, STAGE, Region
from scenes.common.pieces import (
    Derivation,
    ReadoutPanel,
    copied_into,
    denominator,
    numerator,
    rebuilt_when_changed,
)
from scenes.common.plots import function_axes, polyline
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

Z_RANGE = (-8.0, 8.0)
#: Where the course's slider starts: the point at which the derivation is checked.
CHECK_Z = 1.5
#: The straight score line the opening bends into the S (its slope in g per unit of z), and how
#: far past 0 and 1 it is drawn before it is cut (it has no floor or ceiling).
LINE_SLOPE, LINE_OVERSHOOT = 0.2, 0.28
#: ... and past 0 only a little (further down it would run into the z axis' numbers).
LINE_UNDERSHOOT = 0.1
#: The band's fill at rest (at 0.1 it was about 1.2:1 against the background, hard to see at
#: 480p) and while it is named.
BAND_OPACITY, BAND_FLASH_OPACITY = 0.16, 0.26
#: ... and when it comes back, under 0 only a hair (its exit point is ringed there).
OLD_LINE_UNDERSHOOT = 0.02
#: The opening plot's room under 0 and over 1, where the straight line runs out of the band.
BAND_MARGIN = 0.32
#: The calibration example: a score of 0.7 over ten emails, and where on the plot (z, g) its
#: note's upper left corner goes (the empty upper left, where the S is still near 0).
CALIBRATION_SCORE, CALIBRATION_EMAILS = 0.7, 10
CALIBRATION_NOTE_AT = (-7.8, 0.95)
#: Room the model's lines leave at the side panel's right edge.
MODEL_ROOM_RIGHT = 0.35
#: Room the slope plot leaves in the right half: left for its y numbers, right for the
#: names of the two bars of the check, under it for its z numbers.
SLOPE_PLOT_ROOM_LEFT, SLOPE_PLOT_ROOM_RIGHT, SLOPE_PLOT_ROOM_UNDER = 0.5, 1.3, 0.7
#: The z range of the small plot beside the derivation (the tangent at CHECK_Z shows there),
#: and of the same plot stretched along z for the check (its rise-over-run triangle twice
#: as wide as on the whole S, with room right of it for the rise; ticks on whole numbers).
SLOPE_PLOT_Z = (-4.0, 4.0)
CHECK_PLOT_Z = (0.0, 4.0)
#: Weight scales the S is shown at: steep, flat, and back to plain; and the scales drawn at
#: once when the words say "whatever the weights".
STEEP, FLAT = 4.0, 0.05
FAMILY_SCALES = (FLAT, 1.0, STEEP)
#: Dots along the steep S (drawn dotted, as its key shows).
DOTS_ON_STEEP = 120
#: Where the ruler starts and stops: the whole z range, so the trace of g' is the whole,
#: symmetric hump (the z numbers of that scene stop at 6, so the dashed link crosses none).
RULER_START, RULER_END = Z_RANGE
#: Radius of the rings around the two minus signs that cancel.
CANCEL_RING_RADIUS = 0.17
#: Pieces of the chain-rule line (=, -, (1 + e^-z)^-2, dot, (, -, e^-z, )) and where each
#: goes in the line set again without its minus signs and brackets (=, (...)^-2, dot, e^-z).
CLEAN_LINE_PIECES = ((0, 0), (2, 1), (3, 2), (6, 3))
#: Where the ruler is first laid: at the far left, where the trace starts, so it only ever
#: slides to the right and the trace is never ahead of it.
RULER_SHOWN_AT = RULER_START
#: Room right of the two stacked plots for their curves' names (at the curves' right ends,
#: where the ruler's dashed link never passes).
NAMES_ROOM = 1.2
#: How far the ruler has slid when its name has faded.
NAME_GONE_BY = 0.3
#: Where the ruler is when the bars join it (right of their key, in the plot's upper left).
BARS_FROM_Z = -3.5
#: The gap between the lines of chapter 4's preview, the result its last line ends in, the
#: pieces of that line that are the factor's survivors (1 - g, then g), and the fractions of
#: its second line whose denominators are struck.
PREVIEW_ROW_BUFF = 0.45
PREVIEW_RESULT = ["=", "(y-g)", "x_j"]
SURVIVING_FACTOR = (4, 7)
STRUCK_FRACTIONS = (CANCEL_G[0], CANCEL_ONE_MINUS_G[0])
#: The levels between which the cliff's short stretch is measured.
RISE_LEVELS = (0.1, 0.9)
#: The product g (1 - g) drawn as a rectangle in the side panel's foot, its sides the two bars
#: themselves (at the plot's scale: g = 1 is as long as on the plot): its corner (from the
#: panel's lower left).
AREA_CORNER = (0.2, 0.4)
#: How long the bars take to fly over and become the rectangle's sides.
AREA_FLIGHT = 0.9
#: Where the ruler is when the rectangle is named (on its way from the bars' z to the middle).
AREA_FROM_Z = -2.0
#: The denominator 1 + e^-z drawn as a bar of fixed length split into its two terms: its length
#: and thickness, and its gap under the readouts.
SHARE_BAR_SIZE = (3.0, 0.32)
SHARE_BAR_BUFF = 0.3
#: The plain g(z) readouts while the weight scale is not one (they speak of s = 1 only):
#: faint, set aside, not read.
PANEL_ASIDE_OPACITY = 0.3
#: The height the derivation's plot keeps beside the aside (narrowed to fit beside it).
ASIDE_PLOT_HEIGHT = 4.2
#: The z numbers of the two stacked plots: none under the ruler's two ends.
INNER_Z_NUMBERS = tuple(range(-6, 7, 2))


def sigmoid_axes(theme: Theme, region: Region, y_max: float = 1.0, y_step: float = 0.5,
                 skip: tuple[float, ...] = (),
                 x_numbers: tuple[int, ...] = tuple(range(int(Z_RANGE[0]), int(Z_RANGE[1]) + 1, 2)),
                 y_min: float = 0.0) -> Axes:
    """z across, the output up from ``y_min``, filling ``region`` (room left for the
    numbers); the top tick's number is left out (a guide line runs there), and so are the
    numbers in ``skip``."""
    ticks = [t for t in np.arange(y_step, y_max - 1e-9, y_step)
             if not any(abs(t - k) < 1e-9 for k in skip)]
    axes = function_axes(theme, (Z_RANGE[0], Z_RANGE[1], 2), (y_min, y_max, y_step),
                         x_length=region.width - 0.6, y_length=region.height - 0.8,
                         x_numbers=x_numbers, y_numbers=ticks,
                         y_decimals=2 if y_step < 0.5 else 1, number_size=SIZES.label)
    clear_y_numbers(axes)
    region.place(axes)
    return axes


def clear_y_numbers(axes: Axes) -> None:
    """The y numbers a little further out from their ticks (at their default distance the
    tick runs into the last digit)."""
    for number in axes.y_axis.numbers:
        number.shift(0.1 * LEFT)


def axis_names(axes: Axes, theme: Theme) -> tuple[MathTex, MathTex]:
    """``z`` past the right end of the axis, ``g`` over the top of the vertical line (well
    above its top number, which it would otherwise read as an exponent of)."""
    z_name = MathTex("z", font_size=SIZES.formula_small, color=theme.muted).next_to(
        axes.x_axis, RIGHT, buff=0.12)
    g_name = MathTex("g", font_size=SIZES.formula_small, color=theme.muted).next_to(
        axes.y_axis.get_end(), UP, buff=0.2)
    return z_name, g_name


def curve_points(axes: Axes, fn, n: int = 240) -> np.ndarray:  # noqa: ANN001
    z = np.linspace(*Z_RANGE, n)
    return np.array([axes.c2p(zi, yi) for zi, yi in zip(z, fn(z), strict=True)])


def check_row(z_value: float, theme: Theme) -> MathTex:
    """``g(z) = value`` at one of the course's check points, to the course's precision."""
    value = float(sigmoid(z_value))
    digits = 4 if abs(value - round(value, 1)) > 1e-9 else 1
    return MathTex(rf"g({z_value:g}) = {value:.{digits}f}", font_size=SIZES.formula,
                   color=theme.text)


def share_bar(theme: Theme, z: Callable[[], float]) -> VGroup:
    """The denominator 1 + e^-z at ``z()`` as a bar of fixed length: the 1's part (teal) and
    e^-z's part (grey) in proportion, each named over its part, "g" under the whole. The 1's
    part is 1 / (1 + e^-z) of the bar: g itself."""
    width, height = SHARE_BAR_SIZE

    def parts() -> tuple[float, float]:
        g = float(sigmoid(z()))
        return width * g, width * (1 - g)

    def box(left: float, right: float) -> list[np.ndarray]:
        return [np.array(p) for p in ((left, 0, 0), (right, 0, 0), (right, height, 0),
                                      (left, height, 0), (left, 0, 0))]

    # The 1's part outlined in its colour: a sliver of a bar still shows as a teal line.
    one = VMobject(stroke_color=theme.curve, stroke_width=3, fill_color=theme.curve,
                   fill_opacity=0.85)
    rest = VMobject(stroke_width=0, fill_color=theme.muted, fill_opacity=0.6)
    one_name = MathTex("1", font_size=SIZES.formula, color=theme.curve)
    rest_name = MathTex(r"e^{-z}", font_size=SIZES.formula, color=theme.muted)
    frame = VMobject(stroke_color=theme.text, stroke_width=1.5)
    frame.set_points_as_corners(box(0, width))
    bar = VGroup(frame, one, rest, one_name, rest_name)

    def rebuild(_: VMobject) -> None:
        left = frame.get_left()[0]
        bottom = frame.get_bottom()[1]
        w_one, w_rest = parts()
        one.set_points_as_corners(box(left, left + max(w_one, 1e-3)))
        rest.set_points_as_corners(box(left + w_one, left + w_one + max(w_rest, 1e-3)))
        for part in (one, rest):
            part.shift(bottom * UP)
        one_name.next_to(one, UP, buff=0.08)
        rest_name.next_to(rest, UP, buff=0.08)
        # Names at the bar's ends never run out past it (a part can shrink to a sliver).
        one_name.shift(max(0.0, left - one_name.get_left()[0]) * RIGHT)
        rest_name.shift(min(0.0, left + width - rest_name.get_right()[0]) * RIGHT)

    bar.add_updater(rebuilt_when_changed(lambda: (z(), tuple(frame.get_center())), rebuild))
    caption = MathTex(r"\text{the 1's share} = g", font_size=SIZES.formula,
                      color=theme.curve)
    bar.update()
    caption.next_to(frame, DOWN, buff=0.12, aligned_edge=LEFT)
    return VGroup(bar, caption)


def side_column(formula: MathTex, panel: VGroup, checks: VGroup, w_panel: VGroup) -> VGroup:
    """The formula, the live readouts, the check values and the weight scale, one under
    another in the side panel (placed up front, revealed beat by beat)."""
    checks.arrange(DOWN, aligned_edge=LEFT, buff=0.2)
    return SIDE.stack(formula, panel, checks, w_panel, buff=0.35)


class SigmoidSquashesAnyScore(LectureScene):
    """A marker rides the S-curve through g(0), g(5) and g(-5); the weight scale bends it."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Chapter 1 \u00b7 The sigmoid")
        formula = MathTex(r"g(z) = \frac{1}{1 + e^{-z}}", font_size=SIZES.formula,
                          color=theme.text)
        # No "0.5" beside the y axis: the S passes through (0, 0.5), over the number (the
        # g(0) row says it).
        # Room under 0 and over 1: the straight line of the opening runs well out of the band.
        # No z number at 0: the y axis runs on below the band, through where it would be.
        axes = sigmoid_axes(theme, STAGE.inset(0.3), skip=(0.5, 1.0), y_min=-BAND_MARGIN,
                            y_max=1 + BAND_MARGIN,
                            x_numbers=tuple(n for n in range(-8, 9, 2) if n != 0))
        z_label = MathTex("z", font_size=SIZES.formula, color=theme.muted).next_to(
            axes.x_axis, RIGHT, buff=0.15)
        g_label = MathTex("g", font_size=SIZES.formula, color=theme.muted).next_to(
            axes.y_axis, UP, buff=0.1)
        guides = VGroup(*[DashedLine(axes.c2p(Z_RANGE[0], v), axes.c2p(Z_RANGE[1], v),
                                     color=theme.muted, stroke_width=1.5, dash_length=0.1)
                          for v in (0.0, 1.0)])
        one = MathTex("1", font_size=SIZES.formula_small, color=theme.muted).next_to(
            guides[1], LEFT, buff=0.15)
        zero = MathTex("0", font_size=SIZES.formula_small, color=theme.muted).next_to(
            guides[0], LEFT, buff=0.15)
        # One half numbered too, left of the band (the S crosses the y axis over its tick).
        half = MathTex("0.5", font_size=SIZES.formula_small, color=theme.muted).next_to(
            axes.c2p(Z_RANGE[0], 0.5), LEFT, buff=0.15)
        # The band the outputs must stay in, shaded on the words that name it.
        band = Polygon(axes.c2p(Z_RANGE[0], 0), axes.c2p(Z_RANGE[1], 0),
                       axes.c2p(Z_RANGE[1], 1), axes.c2p(Z_RANGE[0], 1), stroke_width=0,
                       fill_color=theme.curve, fill_opacity=BAND_OPACITY)
        band_name = MathTex(r"0 < g < 1", font_size=SIZES.formula_small, color=theme.curve)
        band_name.move_to(axes.c2p(Z_RANGE[0], 1) + np.array([0.15, -0.12, 0]),
                          aligned_edge=UP + LEFT)

        scale = ValueTracker(1.0)
        z = ValueTracker(0.0)
        # The opening: the raw score as a straight line, bent into the S (``bend`` from 0 to 1).
        bend = ValueTracker(0.0)

        def bent_points() -> np.ndarray:
            """The line ``1/2 + z/5`` blended into g(z), kept to the part within a hair of
            the plot's band (the straight line runs out of it, past the 0 and 1 guides)."""
            t = bend.get_value()
            zs = np.linspace(*Z_RANGE, 320)
            ys = (1 - t) * (0.5 + zs * LINE_SLOPE) + t * sigmoid(zs)
            keep = (ys >= -LINE_UNDERSHOOT) & (ys <= 1 + LINE_OVERSHOOT)
            return np.array([axes.c2p(a, b) for a, b in zip(zs[keep], ys[keep], strict=True)])

        curve = VMobject(color=theme.curve, stroke_width=5)
        curve.set_points_smoothly(bent_points())
        # The line is not z itself but a straight function of it, named as what it is.
        score_name = MathTex(rf"\tfrac{{1}}{{2}} + {LINE_SLOPE:g}\,z", font_size=SIZES.formula,
                             color=theme.curve)
        score_name.next_to(curve.get_end(), RIGHT, buff=0.15)
        # Arrowheads at both ends: the line runs on, below 0 and above 1, for ever.
        heads = VGroup()
        for end, inward in ((curve.get_start(), curve.points[3]),
                            (curve.get_end(), curve.points[-4])):
            direction = (end - inward) / np.linalg.norm(end - inward)
            heads.add(Arrow(end - 0.3 * direction, end + 0.12 * direction, buff=0,
                            color=theme.curve, stroke_width=5,
                            max_tip_length_to_length_ratio=0.6))

        def height() -> float:
            return float(sigmoid(scale.get_value() * z.get_value()))

        marker = Dot(radius=0.09, color=theme.highlight)
        marker.add_updater(lambda m: m.move_to(axes.c2p(z.get_value(), height())))
        drop = DashedLine(color=theme.highlight, stroke_width=2, dash_length=0.08)
        drop.add_updater(lambda m: m.put_start_and_end_on(
            axes.c2p(z.get_value(), 0), axes.c2p(z.get_value(), max(height(), 1e-3))))

        def steps() -> DerivativeSteps:
            return sigmoid_derivative_steps(z.get_value())

        # What is wanted, in the formula's place until the sigmoid is named.
        wanted = VGroup(
            Text("wanted:", font_size=SIZES.body, color=theme.muted),
            MathTex(r"\text{any } z \;\mapsto\; (0,\,1)", font_size=SIZES.formula,
                    color=theme.text)).arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        # g(z) is the plain sigmoid at z; the bent curve's height g(s z) has its own row,
        # beside the weight scale s that bends it.
        # z to four places: e^-z and g(z) (four places) are computed from the z shown.
        panel = ReadoutPanel([("z", z.get_value, 4),
                              (r"e^{-z}", lambda: float(steps().exp_neg), 4),
                              (r"g(z)", lambda: float(steps().g), 4)], theme,
                             font_size=SIZES.body)
        checks = VGroup(*[check_row(z_value, theme) for z_value, _ in COURSE_SIGMOID_CHECKS])
        self.checks = checks  # for the tests
        w_panel = VGroup(
            ReadoutPanel([(r"\text{weight scale}\ s", scale.get_value, 2)], theme,
                         font_size=SIZES.body),
            ReadoutPanel([(r"g(s\,z)", height, 4)], theme, font_size=SIZES.body)).arrange(
                DOWN, aligned_edge=LEFT, buff=0.2)
        # How far z travels while g(s z) climbs from 0.1 to 0.9: a stretch of the z axis lit
        # in the highlight, its length beside it in the panel (shown on "short stretch").
        def rise_ends() -> tuple[float, float]:
            half = float(rise_width(scale.get_value(), *RISE_LEVELS)) / 2
            return max(Z_RANGE[0], -half), min(Z_RANGE[1], half)

        stretch = Line(axes.c2p(-1, 0), axes.c2p(1, 0), color=theme.highlight, stroke_width=9)
        stretch.add_updater(lambda m: m.put_start_and_end_on(
            *(axes.c2p(v, 0) for v in rise_ends())))
        stretch_panel = ReadoutPanel(
            [(r"\Delta z_{\,0.1 \to 0.9}",
              lambda: float(rise_width(scale.get_value(), *RISE_LEVELS)), 2)],
            theme, font_size=SIZES.body)
        stretch_panel.set_color(theme.highlight)
        # The two levels it runs between, dashed across the plot.
        stretch_levels = VGroup(*[DashedLine(axes.c2p(Z_RANGE[0], v), axes.c2p(Z_RANGE[1], v),
                                             color=theme.highlight, stroke_width=1.5,
                                             dash_length=0.08) for v in RISE_LEVELS])
        self.stretch = stretch  # for the tests
        side_column(formula, panel, checks, w_panel)
        wanted.move_to(formula.get_corner(UP + LEFT), aligned_edge=UP + LEFT)
        # The denominator 1 + e^-z as a bar of fixed length, its 1 (teal) beside its e^-z
        # (grey): the 1's share of the bar is g. Half at z = 0; nearly all where e^-z
        # vanishes; a sliver where e^-z is huge. Under the readouts, the check rows below it.
        share = share_bar(theme, z.get_value)
        share.next_to(panel, DOWN, buff=SHARE_BAR_BUFF, aligned_edge=LEFT)
        share.update()
        checks.shift((panel.get_bottom()[1] - SHARE_BAR_BUFF - share.height - SHARE_BAR_BUFF
                      - checks.get_top()[1]) * UP)
        self.share = share  # for the tests

        # Step: the curve
        with self.beat("We need a function that takes {any} any score, however large or "
                       "negative, and, instead of running straight out of {band} the band like "
                       "this line, {bends} bends it gently {range} into the range from zero to "
                       "one. {curve} This S-shaped curve is the sigmoid.") as b:
            # The score is on screen from the first word: a straight line, no floor or ceiling.
            self.play(FadeIn(heading), FadeIn(axes), FadeIn(z_label), FadeIn(guides),
                      FadeIn(one), FadeIn(zero), FadeIn(half), Create(curve),
                      FadeIn(score_name),
                      FadeIn(wanted), run_time=1.0)
            b.wait_until("any")
            # Any score: the whole z axis, end to end.
            # (a flash along a copy: animating the axis itself would split the Axes apart).
            run = Line(axes.c2p(Z_RANGE[0], 0), axes.c2p(Z_RANGE[1], 0),
                       color=theme.highlight, stroke_width=6)
            self.play(ShowPassingFlash(run, time_width=0.6), *[GrowArrow(h) for h in heads],
                      Indicate(z_label, color=theme.highlight), run_time=1.5)
            b.wait_until("band")
            self.add(band)
            self.bring_to_front(guides, curve)
            self.play(FadeIn(band_name), band.animate.set_fill(opacity=BAND_FLASH_OPACITY),
                      Indicate(score_name, color=theme.highlight), run_time=0.8)
            self.play(FadeOut(band_name), band.animate.set_fill(opacity=BAND_OPACITY), run_time=0.4)
            b.wait_until("bends")
            # The line's name leaves first: the bending curve would cut through it.
            self.play(FadeOut(score_name), FadeOut(heads), run_time=0.3)
            curve.add_updater(lambda m: m.set_points_smoothly(bent_points()))
            # Bent by the time the range is named (half bent, it still leaves the band).
            self.play(bend.animate.set_value(1.0),
                      run_time=max(b.time_until("range"), 1.0), rate_func=smooth)
            curve.clear_updaters()
            b.wait_until("curve")
            # What was wanted leaves before the formula is written in its place; the curve
            # flashes without growing (grown, it would poke out of the band).
            self.play(FadeOut(wanted), FadeIn(g_label), run_time=0.4)
            self.play(Write(formula), Indicate(curve, color=theme.curve, scale_factor=1.0),
                      run_time=1.2)
        # Redrawn when the weight scale moves, not in every frame of every play.
        curve.add_updater(rebuilt_when_changed(scale.get_value, lambda m: m.set_points_smoothly(
            curve_points(axes, lambda t: sigmoid(scale.get_value() * t)))))

        # Step: the three check values
        for (z_value, _), row, mark, text in zip(COURSE_SIGMOID_CHECKS, checks, (
            "coin", "nearly_one", "nearly_zero"), (
            "At a score of zero, e to the minus z is one: the bar's two parts are equal, "
            "{coin} so the output is exactly one half: a coin flip.",
            "At plus five the exponential has almost vanished, the one fills the bar, "
            "{nearly_one} and the output is nearly one.",
            "At minus five it is huge, about one hundred and forty eight, the one is a "
            "sliver, {nearly_zero} and the output is nearly zero.",
        ), strict=True):
            with self.beat(text) as b:
                if row is checks[0]:
                    self.play(FadeIn(marker, scale=0.5), FadeIn(drop), FadeIn(panel),
                              FadeIn(share))
                self.play(z.animate.set_value(z_value), run_time=1.5)
                b.wait_until(mark)
                self.play(FadeIn(row, shift=0.2 * LEFT), Flash(marker, color=theme.highlight))

        # Step: the weight scale
        # While the weights are scaled the curve is g(s z): the axis says so.
        scaled_label = MathTex(r"g(s\,z)", font_size=SIZES.formula, color=theme.muted)
        # Its left edge just right of the y axis (centred on it, the axis would run into it).
        scaled_label.next_to(axes.y_axis, UP, buff=0.1)
        scaled_label.align_to(axes.y_axis.get_right() + 0.12 * RIGHT, LEFT)
        plain_label = g_label.copy()
        with self.beat("Take a small positive score, {scale} then scale the weights up by s: "
                       "the curve becomes g of s z, and the S becomes a cliff. The model turns "
                       "decisive, jumping from no to yes {stretch} over a short stretch of "
                       "scores: from ten to ninety percent in about one unit of z.") as b:
            # The plain g(z) rows speak of s = 1 only: dimmed while s is not one, the dot
            # is read off the g(s z) row beside the weight scale.
            self.play(z.animate.set_value(CHECK_Z / 2), run_time=1)
            b.wait_until("scale")
            # The check values and the bar have done their work: the weight scale takes
            # their place.
            self.play(FadeOut(checks), FadeOut(share), run_time=0.3)
            w_panel.move_to(share.get_corner(UP + LEFT), aligned_edge=UP + LEFT)
            self.play(FadeIn(w_panel), panel.animate.set_opacity(PANEL_ASIDE_OPACITY),
                      ReplacementTransform(g_label, scaled_label), run_time=0.8)
            self.play(scale.animate.set_value(STEEP), run_time=2.5, rate_func=smooth)
            b.wait_until("stretch")
            stretch_panel.next_to(w_panel, DOWN, aligned_edge=LEFT, buff=0.2)
            stretch.update()
            self.play(Create(stretch), FadeIn(stretch_panel), Create(stretch_levels),
                      run_time=0.8)
            # Where it was drawn, in z, and the width the panel read (for the tests).
            self.stretch_shown = ([axes.p2c(p)[0] for p in (stretch.get_start(),
                                                           stretch.get_end())],
                                  stretch_panel.numbers[0].get_value())
        with self.beat("Shrink them toward zero and the S flattens toward one half "
                       "everywhere: the model only shrugs."):
            # The stretch runs out past both ends of the axis as the S flattens: its bar and
            # levels fade while its width in the panel grows.
            self.play(scale.animate.set_value(FLAT), FadeOut(stretch), FadeOut(stretch_levels),
                      run_time=3)
        # Held where the S flattened, to leave with the next beat's first move.
        stretch.clear_updaters()
        for number in stretch_panel.numbers:
            number.clear_updaters()
        # The straight line of the opening, back (dashed) on the words that name it: it runs
        # out through the 0 and 1 guides that the S never crosses.
        zs_line = np.linspace(*Z_RANGE, 2)
        ys_line = 0.5 + zs_line * LINE_SLOPE
        # (cut just under 0: further down it would run between the z axis' numbers)
        cut = np.clip(ys_line, -OLD_LINE_UNDERSHOOT, 1 + LINE_OVERSHOOT)
        zs_cut = (cut - 0.5) / LINE_SLOPE
        # Grey, with its name: the opening's line, back (not another S, not a tangent).
        old_line = DashedLine(axes.c2p(zs_cut[0], cut[0]), axes.c2p(zs_cut[1], cut[1]),
                              color=theme.muted, stroke_width=3, dash_length=0.12)
        old_name = score_name.copy().set_color(theme.muted).next_to(old_line.get_end(), RIGHT,
                                                                    buff=0.15)
        # The S at several weight scales at once, faint beside the plain one: all inside the
        # band.
        # Told apart by colour and stroke (the plain S teal, solid and bold; the steep one
        # dotted in blue, not the marker's yellow; the flat one dashed in lavender, not the
        # guides' grey) and named in a key.
        family_colour = {STEEP: theme.class0, 1.0: theme.curve, FLAT: theme.loss}

        def family_curve(w: float) -> VMobject:
            path = VMobject(color=family_colour[w], stroke_width=4).set_points_smoothly(
                curve_points(axes, lambda t: sigmoid(w * t)))
            if w == FLAT:
                return DashedVMobject(path, num_dashes=60)
            return DashedVMobject(path, num_dashes=DOTS_ON_STEEP, dashed_ratio=0.45)

        family = VGroup(*[family_curve(w) for w in FAMILY_SCALES if w != 1.0])

        def key_row(w: float) -> VGroup:
            colour = family_colour[w]
            sample = Line(ORIGIN, 0.6 * RIGHT, color=colour, stroke_width=5)
            if w == FLAT:
                sample = DashedLine(ORIGIN, 0.6 * RIGHT, color=colour, stroke_width=5,
                                    dash_length=0.1)
            elif w == STEEP:
                sample = DashedLine(ORIGIN, 0.6 * RIGHT, color=colour, stroke_width=5,
                                    dash_length=0.05, dashed_ratio=0.45)
            return VGroup(sample, MathTex(rf"s = {w:g}", font_size=SIZES.formula_small,
                                          color=colour)).arrange(RIGHT, buff=0.15)

        family_name = VGroup(*[key_row(w) for w in (STEEP, 1.0, FLAT)]).arrange(
            DOWN, aligned_edge=LEFT, buff=0.12)
        # In the empty lower right, under the S's upper arm.
        family_name.move_to(axes.c2p(Z_RANGE[1], 0.06), aligned_edge=DOWN + RIGHT)
        with self.beat("{weights} Whatever the weights, the output never leaves {bounded} the "
                       "range between zero and one. That is exactly the leash {lacked} the "
                       "straight line lacked.") as b:
            # The S back to plain while the others join it.
            b.wait_until("weights")
            self.play(scale.animate.set_value(1.0), Create(family), FadeIn(family_name),
                      FadeOut(stretch_panel), run_time=1.5)
            self.play(panel.animate.set_opacity(1.0),
                      ReplacementTransform(scaled_label, plain_label), run_time=0.5)
            b.wait_until("bounded")
            self.play(guides.animate.set_color(theme.highlight).set_stroke(width=3),
                      run_time=0.6)
            self.play(guides.animate.set_color(theme.muted).set_stroke(width=1.5),
                      run_time=0.6)
            b.wait_until("lacked")
            # Where it runs out of the band: past the guides the S never crosses.
            # Ringed in the text colour: red alone sinks into the dark for the colour-blind.
            ends = VGroup(*[Dot(axes.c2p((v - 0.5) / LINE_SLOPE, v), radius=0.085,
                                color=theme.bad, stroke_color=theme.text, stroke_width=2)
                            for v in (0.0, 1.0)])
            self.play(Create(old_line), FadeIn(old_name), FadeIn(ends, scale=0.5), run_time=0.6)
            self.play(Flash(ends[0], color=theme.bad), Flash(ends[1], color=theme.bad),
                      run_time=0.6)

        # Step: the model's score, and what its output means
        # Top to bottom in the order they are said: the score, its constant feature, the model.
        model = VGroup(
            MathTex(r"\theta^T x = ", r"\theta_0 x_0", r" + \theta_1 x_1 + \cdots",
                    font_size=SIZES.formula, color=theme.text),
            MathTex(r"x_0 = 1:\ \theta_0 \text{ is the bias}", font_size=SIZES.formula,
                    color=theme.highlight),
            MathTex(r"h_\theta(x)", "=", r"g(\theta^T x)", font_size=SIZES.formula,
                    color=theme.text),
            # What the output means, written as it is said.
            MathTex("=", r"P(y = 1 \mid x;\,\theta)", font_size=SIZES.formula,
                    color=theme.text),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        # Its "=" under the model's.
        model[3].shift((model[2][1].get_x() - model[3][0].get_x()) * RIGHT)
        # In the place of the bar, the check values and the weight scale, which have done
        # their work,
        # left-aligned with the readouts above it and well inside the frame's right edge.
        room = SIDE.right - MODEL_ROOM_RIGHT - panel.get_left()[0]
        if model.width > room:
            model.scale_to_fit_width(room)
        model.move_to(share.get_corner(UP + LEFT), aligned_edge=UP + LEFT)
        model.align_to(panel, LEFT)
        # Calibration: ten emails a well-trained model scores 0.7, seven of them spam.
        spam_share = round(CALIBRATION_SCORE * CALIBRATION_EMAILS)
        emails = VGroup(*[Dot(radius=0.11, color=theme.class1 if i < spam_share else theme.class0)
                          for i in range(CALIBRATION_EMAILS)]).arrange_in_grid(
            rows=2, buff=0.14)
        # "spam" in the spam dots' colour: the note is its own key.
        # The emails first (scored 0.7), then how many of them are spam.
        emails_scored = Text(f"scored {CALIBRATION_SCORE:g}:", font_size=SIZES.label,
                             color=theme.text)
        emails_spam = Text(f"{spam_share} in {CALIBRATION_EMAILS} are spam",
                           font_size=SIZES.label, color=theme.text,
                           t2c={"spam": theme.class1})
        emails_note = VGroup(emails_scored, emails_spam).arrange(DOWN, aligned_edge=LEFT,
                                                                 buff=0.12)
        calibration = VGroup(emails_note, emails).arrange(DOWN, buff=0.2)
        # Until the count is said every email is grey: which ones are spam comes with it.
        email_colours = [e.get_color() for e in emails]
        emails.set_color(theme.muted)
        # A framed inset in the empty upper left, over the S's low tail (framed, it reads as
        # a note about the point, not as part of the plot).
        calibration_frame = SurroundingRectangle(calibration, color=theme.muted, buff=0.15,
                                                 stroke_width=2, fill_color=theme.background,
                                                 fill_opacity=1.0)
        inset = VGroup(calibration_frame, calibration)
        inset.move_to(axes.c2p(*CALIBRATION_NOTE_AT), aligned_edge=UP + LEFT)
        self.calibration = inset  # for the tests
        # z named as the model's score, over the axis' right end (under the S's flat top).
        z_named = MathTex(r"z = \theta^T x", font_size=SIZES.formula_small, color=theme.muted)
        z_named.move_to(axes.c2p(Z_RANGE[1], 0.06), aligned_edge=DOWN + RIGHT)
        self.model = model  # for the tests
        with self.beat("{model} In the model, the score z is theta transpose x, {bias} with a "
                       "constant feature x zero equal to one carrying the bias: {h} h of x is g "
                       "of theta transpose x. {prob} And its output is a probability: {among} "
                       "among all emails a well-trained model scores seven tenths, {seven} "
                       "about seven in ten really are spam.") as b:
            b.wait_until("model")
            # The old rows leave before the new lines come into their place.
            self.play(FadeOut(w_panel), FadeOut(old_line), FadeOut(old_name),
                      FadeOut(ends), FadeOut(family),
                      FadeOut(family_name), run_time=0.5)
            # The axis says what z now is.
            self.play(FadeIn(model[0], shift=0.2 * UP),
                      ReplacementTransform(z_label, z_named), run_time=0.6)
            b.wait_until("bias")
            # The constant feature turns theta_0 x_0 into theta_0 alone: the bias.
            self.play(FadeIn(model[1], shift=0.2 * UP),
                      model[0][1].animate.set_color(theme.highlight), run_time=0.6)
            self.play(Indicate(model[0][1], color=theme.highlight), run_time=1.0)
            b.wait_until("h")
            self.play(FadeIn(model[2], shift=0.2 * UP), run_time=0.8)
            b.wait_until("prob")
            self.play(FadeIn(model[3], shift=0.2 * UP), run_time=0.6)
            b.wait_until("among")
            self.play(z.animate.set_value(float(logit(CALIBRATION_SCORE))),
                      FadeIn(calibration_frame), FadeIn(emails_scored),
                      *[FadeIn(e, scale=0.5) for e in emails], run_time=1.2)
            b.wait_until("seven")
            self.play(FadeIn(emails_spam),
                      *[e.animate.set_color(c) for e, c in zip(emails, email_colours,
                                                               strict=True)],
                      run_time=0.8)
        for mob in (curve, marker, drop, *panel.numbers):
            mob.clear_updaters()


def up(exponent: str) -> str:
    """A superscript set a notch larger than TeX's script size (nine tenths of the base size,
    not seven), so exponents stay readable at 480p."""
    return rf"^{{\hbox{{\small${exponent}$}}}}"


#: e to the minus z, with its readable exponent, and at the check's z.
E_NEG = "e" + up("-z")
E_AT_CHECK = "e" + up(f"-{CHECK_Z:g}")


def slope_plot_parts(theme: Theme, area: Region, z_range: tuple[float, float],
                     z_step: int) -> tuple[Axes, VMobject, Line]:
    """Axes over ``z_range`` filling ``area`` (room left for numbers), g on them, and its
    tangent at the check's z: the slope the derivation is about."""
    axes = function_axes(theme, (*z_range, z_step), (0, 1, 0.5),
                         x_length=area.width - SLOPE_PLOT_ROOM_LEFT - SLOPE_PLOT_ROOM_RIGHT,
                         y_length=area.height - SLOPE_PLOT_ROOM_UNDER,
                         x_numbers=range(int(np.ceil(z_range[0])), int(z_range[1]) + 1,
                                         z_step),
                         y_numbers=(0.5, 1.0), y_decimals=None, number_size=SIZES.label)
    clear_y_numbers(axes)
    area.place(axes, aligned=UP + LEFT).shift(SLOPE_PLOT_ROOM_LEFT * RIGHT)
    # Both axes named, as on the chapter's other plots.
    axes.add(*axis_names(axes, theme))
    zs = np.linspace(*z_range, 200)
    g_curve = polyline(axes, zs, sigmoid(zs), theme.curve, width=5)
    steps = sigmoid_derivative_steps(CHECK_Z)
    g_at, slope = float(steps.g), float(steps.chain_rule)
    # The tangent stops at the plot's top (g = 1) and at its left end.
    reach = min(1.6, (1 - g_at) / slope)
    back = max(-1.6, z_range[0] - CHECK_Z)
    tangent = Line(*(axes.c2p(CHECK_Z + d, g_at + d * slope) for d in (back, reach)),
                   color=theme.text, stroke_width=4)
    return axes, g_curve, tangent


class SigmoidSlopeFromItsOwnValue(LectureScene):
    """The derivative of the sigmoid as a chain of transformations: the minus signs cancel,
    the fraction splits, and its second factor is rewritten as 1 - g. Beside it, the slope
    it is about: the tangent at z = 1.5, checked at the end against g and 1 - g as bars."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("A derivative that reuses the output")
        one_plus = rf"\big(1 + {E_NEG}\big)"
        derivation = Derivation(
            [
                [r"g'(z)", r"=", r"\frac{d}{dz}" + one_plus + up("-1")],
                [r"=", r"-", one_plus + up("-2"), r"\cdot", r"\big(", r"-", E_NEG, r"\big)"],
                [r"=", rf"\frac{{{E_NEG}}}{{{one_plus}{up('2')}}}"],
                [r"=", rf"\frac{{1}}{{1 + {E_NEG}}}", r"\cdot",
                 rf"\frac{{{E_NEG}}}{{1 + {E_NEG}}}"],
                [r"=", r"g(z)", r"\cdot", r"\big(1 - g(z)\big)"],
            ],
            theme, font_size=SIZES.formula_large, align=[1, 0, 0, 0, 0], row_buff=0.35,
        )
        # Room between the "=" and the result, for the box drawn around the result.
        VGroup(*derivation.rows[4][1:]).shift(0.2 * RIGHT)
        # The second factor, rewritten on its own: the step the course leaves implicit.
        identity = Derivation(
            [
                [rf"\frac{{{E_NEG}}}{{1 + {E_NEG}}}"],
                [r"=", rf"\frac{{1 + {E_NEG} - 1}}{{1 + {E_NEG}}}"],
                [r"=", rf"1 - \frac{{1}}{{1 + {E_NEG}}}"],
                [r"=", r"1 - g(z)"],
            ],
            theme, font_size=SIZES.formula, row_buff=0.3,
        )
        identity.rows.set_color(theme.highlight)
        left, right = BODY.inset(0.2).split(0.5)
        left.place(derivation, aligned=UP + LEFT)
        # An inset of its own, under its own header, so that it never reads as the next line
        # of the main derivation.
        aside = Text("Aside: the second factor", font_size=SIZES.label, color=theme.highlight)
        inset = VGroup(aside, identity).arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        right.inset(0.2).place(inset, aligned=UP + LEFT)
        inset_frame = SurroundingRectangle(inset, color=theme.muted, buff=0.25)

        # The slope the derivation is about, the whole right half: g with its tangent at
        # z = 1.5 (the question in its empty upper left until the check, where the bars are
        # drawn on it).
        steps = sigmoid_derivative_steps(CHECK_Z)
        plot_area = right.inset(0.1)
        axes, g_curve, tangent = slope_plot_parts(theme, plot_area, SLOPE_PLOT_Z, 2)
        g_at = float(steps.g)
        touch = axes.c2p(CHECK_Z, g_at)
        # The tangent in the text colour, as its rise-over-run triangle: the highlight is the
        # 1 - g bar's, which meets it at this point.
        touch_dot = Dot(touch, radius=0.08, color=theme.text)
        question = MathTex(rf"g'({CHECK_Z:g}) = \ ?", font_size=SIZES.formula_small,
                           color=theme.highlight)
        # Under the "1" row, left of the y axis, where the S is still low.
        question.move_to(axes.c2p(SLOPE_PLOT_Z[0], 0.85), aligned_edge=UP + LEFT)
        slope_plot = VGroup(axes, g_curve, tangent, touch_dot, question)
        # The two factors as bars on the plot at z = 1.5, each as the derivation finds it: g
        # on "the sigmoid itself", 1 - g when the aside reaches it (under the tangent).
        found_g = Line(axes.c2p(CHECK_Z, 0), touch, color=theme.curve, stroke_width=8)
        found_g.set_z_index(-1)
        self.found_bars, self.slope_axes = VGroup(found_g), axes  # for the tests

        with self.beat("{slope} Training will need the slope of the sigmoid, {here} here at "
                       "one and a half, say, and it has a famously tidy form. {write} Write g as "
                       "one plus e to the minus z, to the power minus one, and "
                       "differentiate.") as b:
            self.play(FadeIn(heading), FadeIn(axes), Create(g_curve), run_time=0.8)
            b.wait_until("slope")
            self.play(Create(tangent), FadeIn(touch_dot, scale=0.5), run_time=1.0)
            b.wait_until("here")
            self.play(FadeIn(question), Flash(touch_dot, color=theme.highlight), run_time=0.8)
            b.wait_until("write")
            self.play(Write(derivation.rows[0]), run_time=1.5)
        # The inner factor arrives on its own words: hidden while the line grows.
        inner = VGroup(*derivation.rows[1][3:])
        inner.set_opacity(0)
        # Once they are gone the line is set again without their gaps.
        clean = MathTex(r"=", one_plus + up("-2"), r"\cdot", E_NEG,
                        font_size=SIZES.formula_large, color=theme.text)
        clean.shift(derivation.term(1, 0).get_center() - clean[0].get_center())
        with self.beat("{chain} The chain rule brings the power down, with its minus sign, "
                       "{inner} and multiplies by the inner derivative, minus e to the minus z. "
                       "{pair} Two minus signs, {cancel} and they cancel each other "
                       "out.") as b:
            b.wait_until("chain")
            self.play(derivation.grow(0, 1), run_time=b.ready_by("inner", 1.8))
            b.wait_until("inner")
            self.play(inner.animate.set_opacity(1), run_time=1.0)
            # The pair is flagged in the highlight and ringed (a recoloured minus sign alone
            # is too small to find at 480p); made once the inner factor shows.
            minus_signs = (derivation.term(1, 1), derivation.term(1, 5))
            rings = VGroup(*[Circle(radius=CANCEL_RING_RADIUS, color=theme.highlight,
                                    stroke_width=3).move_to(m) for m in minus_signs])
            b.wait_until("pair")
            self.play(*[m.animate.set_color(theme.highlight) for m in minus_signs],
                      Create(rings), run_time=0.8)
            # They cancel: the two ringed signs fly together and vanish where they meet, and
            # what is left closes up into the tidy line, piece by piece (no cross-fade).
            b.wait_until("cancel")
            meet = (minus_signs[0].get_center() + minus_signs[1].get_center()) / 2
            self.play(*[FadeOut(VGroup(m, ring), target_position=meet, scale=0.3)
                        for m, ring in zip(minus_signs, rings, strict=True)], run_time=0.7)
            row = derivation.rows[1]
            self.chain_line, self.clean_line = row, clean  # for the tests
            self.play(FadeOut(row[4]), FadeOut(row[7]),
                      *[ReplacementTransform(row[i], clean[j])
                        for i, j in CLEAN_LINE_PIECES],
                      run_time=0.8)
        # The tidy line takes the old one's place: the next line is grown from it.
        derivation.rows.submobjects[1] = clean
        with self.beat("{left} What is left is e to the minus z over the square of one plus "
                       "e to the minus z.") as b:
            b.wait_until("left")
            self.play(derivation.grow(1, 2), run_time=b.ready_by("end", 1.8))
        first, second = derivation.term(3, 1), derivation.term(3, 3)
        with self.beat("{split} Split it into two factors. {first} The first is the sigmoid "
                       "itself.") as b:
            b.wait_until("split")
            self.play(derivation.grow(2, 3), run_time=b.ready_by("first", 1.5))
            b.wait_until("first")
            # Named, not only coloured: it is g(z).
            first_name = MathTex("g(z)", font_size=SIZES.formula, color=theme.curve)
            first_name.next_to(first, DOWN, buff=0.15)  # where the next line's g(z) comes
            self.play(first.animate.set_color(theme.curve), FadeIn(first_name),
                      Create(found_g), run_time=0.8)
        with self.beat("{second} For the second, {add} add one and take one away on top. "
                       "{apart} Pulled apart, it is one minus a sigmoid: {g} one minus g.") as b:
            b.wait_until("second")
            # The factor is copied into the aside by a fade (a copy flying across would
            # cross the lines of the main derivation); the slope plot makes room for it,
            # shrunk beside the aside with its g bar.
            plot_core = VGroup(*slope_plot[:4])
            plot_core.save_state()
            shrunk = VGroup(slope_plot, found_g)
            under = Region("beside the aside", inset_frame.get_right()[0] + 0.3, right.right,
                           BODY.bottom + 0.1, right.top)
            shrunk.generate_target()
            # Narrowed more than it is lowered: the bars keep most of their height.
            shrunk.target.stretch_to_fit_width(under.width)
            shrunk.target.stretch_to_fit_height(min(under.height, ASIDE_PLOT_HEIGHT))
            under.place(shrunk.target)
            dot = shrunk.target[0][3]  # round again, not stretched into an ellipse
            dot.become(Dot(dot.get_center(), radius=touch_dot.radius, color=theme.text))
            # Its numbers and names would be too small to read: a picture only, till the check.
            for part in shrunk.target.get_family():
                if isinstance(part, (MathTex, Text, DecimalNumber)):
                    part.set_opacity(0)
            self.play(MoveToTarget(shrunk), second.animate.set_color(theme.highlight),
                      FadeIn(inset_frame), FadeIn(aside), FadeIn(identity.rows[0]),
                      run_time=b.ready_by("add", 0.8))
            for row, mark, nxt in ((1, "add", "apart"), (2, "apart", "g"), (3, "g", "end")):
                b.wait_until(mark)
                if row < 3:
                    self.play(identity.grow(row - 1, row), run_time=b.ready_by(nxt, 1.2))
                    continue
                # 1 - g: its bar stacks on g's up to 1.
                found_rest = Line(axes.c2p(CHECK_Z, g_at), axes.c2p(CHECK_Z, 1),
                                  color=theme.highlight,
                                  stroke_width=found_g.get_stroke_width())
                found_rest.set_z_index(-1)
                self.found_bars.add(found_rest)
                self.play(identity.grow(row - 1, row), Create(found_rest),
                          run_time=b.ready_by(nxt, 1.2))
        result = VGroup(*derivation.rows[4][1:])
        box = SurroundingRectangle(result, color=theme.good, buff=0.12)
        with self.beat("{equals} So the slope is g times one minus g: {alone} built from the "
                       "output alone.") as b:
            b.wait_until("equals")
            derivation.term(4, 1).set_color(theme.curve)
            derivation.term(4, 3).set_color(theme.highlight)
            self.play(FadeIn(derivation.term(4, 0)), FadeIn(derivation.term(4, 2)),
                      ReplacementTransform(first_name, derivation.term(4, 1)),
                      copied_into(identity.rows[3][1], derivation.term(4, 3)),
                      run_time=b.ready_by("alone", 1.6))
            b.wait_until("alone")
            self.play(Create(box))

        # Step: check the identity with numbers, both sides computed their own way, on the
        # plot: g and 1 - g as two bars at z = 1.5 (they stack to 1), their product the rise
        # of the tangent over one unit of z.
        # The plot comes back zoomed in round the check's z: the same S and tangent, the
        # rise-over-run triangle twice as wide.
        check_axes, check_curve, check_tangent = slope_plot_parts(theme, plot_area,
                                                                  CHECK_PLOT_Z, 1)
        check_touch = check_axes.c2p(CHECK_Z, g_at)
        check_dot = Dot(check_touch, radius=0.08, color=theme.text)
        check_plot = VGroup(check_axes, check_curve, check_tangent, check_dot)
        self.check_axes = check_axes  # for the tests
        g_bar = Line(check_axes.c2p(CHECK_Z, 0), check_axes.c2p(CHECK_Z, g_at),
                     color=theme.curve, stroke_width=10)
        rest_bar = Line(check_axes.c2p(CHECK_Z, g_at), check_axes.c2p(CHECK_Z, 1),
                        color=theme.highlight, stroke_width=10)
        # Named in their bars' colours: g beside its bar (under the S), 1 - g past the plot's
        # right end at its bar's height; their values are in the check's product line.
        g_name = MathTex("g", font_size=SIZES.formula, color=theme.curve)
        g_name.next_to(check_axes.c2p(CHECK_Z, g_at / 2), RIGHT, buff=0.25)
        rest_name = MathTex("1 - g", font_size=SIZES.formula, color=theme.highlight)
        # On top of its own bar (the S and the tangent are clear of it there).
        rest_name.next_to(check_axes.c2p(CHECK_Z, 1), UP, buff=0.12)
        run = Line(check_touch, check_axes.c2p(CHECK_Z + 1, g_at), color=theme.text, stroke_width=3)
        rise = Line(check_axes.c2p(CHECK_Z + 1, g_at),
                    check_axes.c2p(CHECK_Z + 1, g_at + float(steps.chain_rule)), color=theme.text,
                    stroke_width=3)
        # The triangle's sides named at formula size (the triangle is small at 480p).
        run_name = MathTex("1", font_size=SIZES.formula, color=theme.text).next_to(
            run, DOWN, buff=0.12)
        # The rise, the slope itself, beside it (its foot level with the run, under the S).
        rise_name = MathTex(f"{float(steps.chain_rule):.4f}", font_size=SIZES.formula,
                            color=theme.text).next_to(rise, RIGHT, buff=0.2)
        rise_name.align_to(run, DOWN)
        self.rise_name, self.triangle = rise_name, (run, rise)  # for the tests
        z_name = MathTex(rf"z = {CHECK_Z:g}", font_size=SIZES.formula_small,
                         color=theme.text)
        check = VGroup(
            # At the check's z, not a function of z set equal to a number.
            MathTex(rf"\frac{{{E_AT_CHECK}}}{{(1 + {E_AT_CHECK}){up('2')}}} = ",
                    rf"{float(steps.chain_rule):.4f}", font_size=SIZES.formula_large,
                    color=theme.text),
            MathTex(r"g\,(1 - g) = ", rf"{float(steps.split_left):.4f}", r"\times",
                    rf"{float(steps.split_right):.4f}", r"=",
                    rf"{float(steps.identity):.4f}",
                    font_size=SIZES.formula_large, color=theme.text),
        )
        check[1][1].set_color(theme.curve)
        check[1][3].set_color(theme.highlight)
        # The product's result on a line of its own, its "=" under the one before.
        check[1][4:].next_to(check[1][:4], DOWN, buff=0.2).align_to(check[1][0][-1], LEFT)
        check.arrange(DOWN, aligned_edge=LEFT, buff=0.4)
        check[1][4:].align_to(check[1][0][-1], LEFT)
        # The check takes the left half: the derivation's result at its top, the two sides
        # of the check under it.
        result_line = MathTex(r"g'(z)", r"=", r"g(z)", r"\cdot", r"\big(1 - g(z)\big)",
                              font_size=SIZES.formula_large, color=theme.text)
        result_line[2].set_color(theme.curve)
        result_line[4].set_color(theme.highlight)
        left.place(VGroup(result_line, check).arrange(DOWN, aligned_edge=LEFT, buff=0.6),
                   aligned=UP + LEFT)
        result_box = SurroundingRectangle(result_line, color=theme.good, buff=0.15)
        # The z of the check, over the axis right of the bars' foot (clear of the bar's width).
        z_name.next_to(check_axes.c2p(CHECK_Z, 0), UP + RIGHT, buff=0.2).shift(0.15 * RIGHT)
        with self.beat("Check it at z equal to one and a half, {stretch} on the plot "
                       "stretched out along z. {lhs} The fraction we reached "
                       "gives one number, {rise} the rise of the tangent over one step of z; {rhs} "
                       "g times one minus g, {multiplied} the two bars multiplied, gives "
                       "the same, to every digit shown.") as b:
            # The aside has done its work (its 1 - g is in the last line): the derivation
            # gives way to its result, with the check under it, and the plot returns zoomed.
            # First the old lines leave, then the result moves up piece by piece (its "g'(z)"
            # joining it) with its box: nothing passes over a fading line.
            self.play(FadeOut(inset), FadeOut(inset_frame),
                      *[FadeOut(row) for row in derivation.rows[:4]],
                      FadeOut(slope_plot[4]), FadeOut(self.found_bars), run_time=0.4)
            self.play(FadeIn(result_line[0]),
                      *[ReplacementTransform(piece, result_line[i + 1])
                        for i, piece in enumerate(derivation.rows[4])],
                      ReplacementTransform(box, result_box), Restore(plot_core),
                      run_time=0.8)
            # The whole S stretches along z into the check's plot: the same curve, tangent
            # and point, its right half over the width.
            b.wait_until("stretch")
            self.play(FadeTransform(slope_plot[0], check_axes),
                      *[ReplacementTransform(a, c) for a, c in zip(slope_plot[1:4],
                                                                    check_plot[1:], strict=True)],
                      FadeIn(z_name), run_time=1.2)
            b.wait_until("lhs")
            self.play(FadeIn(check[0], shift=0.2 * UP), run_time=0.6)
            b.wait_until("rise")
            self.play(Create(run), Create(rise), FadeIn(run_name), FadeIn(rise_name), run_time=1)
            b.wait_until("rhs")
            self.play(Create(g_bar), Create(rest_bar), FadeIn(g_name), FadeIn(rest_name),
                      run_time=1)
            # The tangent over the bars' meeting point (the bars are the thicker strokes).
            self.bring_to_front(check_tangent, check_dot)
            b.wait_until("multiplied")
            self.play(FadeIn(check[1], shift=0.2 * UP), Indicate(rise, color=theme.highlight),
                      run_time=1)


def tangent_segment(axes: Axes, z: float, half_length: float = 1.05) -> tuple[np.ndarray, ...]:
    """Ends of the tangent to the sigmoid at ``z``: through (z, g(z)) with core's slope
    g'(z), ``half_length`` scene units each way (a ruler of fixed length, whatever its tilt)."""
    g, slope = float(sigmoid(z)), float(sigmoid_derivative(z))
    at = axes.c2p(z, g)
    direction = axes.c2p(z + 1, g + slope) - at
    direction /= np.linalg.norm(direction)
    start, end = at - half_length * direction, at + half_length * direction
    # Near an end of the z axis the ruler slides along itself to stay over the plot (it still
    # touches the curve at z: only its overhang moves).
    left, right = axes.c2p(Z_RANGE[0], 0)[0], axes.c2p(Z_RANGE[1], 0)[0]
    shift = max(0.0, left - start[0]) - max(0.0, end[0] - right)
    return (start + shift / direction[0] * direction, end + shift / direction[0] * direction)


class SlopePeaksAtOneQuarter(LectureScene):
    """A tangent slides along g while its slope traces g' underneath: the trace is g(1 - g),
    peaking at 0.25 where g = 0.5."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Steepest in the middle, flat in the tails")
        top, bottom = (Region(r.name, r.left, r.right - NAMES_ROOM, r.bottom, r.top)
                       for r in STAGE.split(0.5, vertical=False))
        # No "0.5" beside the y axis, where the ruler and its dot pass: it is numbered at the
        # left end of a guide instead.
        # No "0" under the top plot: the dashed link stands there while the peak is named.
        g_axes = sigmoid_axes(theme, top, x_numbers=tuple(n for n in INNER_Z_NUMBERS if n),
                              skip=(0.5,))
        half_guide = DashedLine(g_axes.c2p(Z_RANGE[0], 0.5), g_axes.c2p(0, 0.5),
                                color=theme.muted, stroke_width=1.5, dash_length=0.08)
        half_number = MathTex("0.5", font_size=SIZES.formula_small, color=theme.muted).next_to(
            half_guide.get_start(), UP + RIGHT, buff=0.08)
        # The g' axis's peak value, 0.25, is numbered at the far left end of a guide from
        # the peak (beside the axis it would sit under the peak itself): the hump is drawn
        # taller than the S above it, the number says how tall it is.
        d_axes = sigmoid_axes(theme, bottom, y_max=0.3, y_step=0.25, skip=(0.25,),
                              x_numbers=INNER_Z_NUMBERS)
        # The top plot's "1": at the left end of a guide across the plot, as in the chapter's
        # first plot (beside the y axis, the 1 - g bar riding by would run over it).
        one_guide = DashedLine(g_axes.c2p(Z_RANGE[0], 1.0), g_axes.c2p(Z_RANGE[1], 1.0),
                               color=theme.muted, stroke_width=1.5, dash_length=0.08)
        one = VGroup(
            MathTex("1", font_size=SIZES.formula_small, color=theme.muted).next_to(
                one_guide.get_start(), UP + RIGHT, buff=0.08),
            one_guide)
        # The curves' names at their right ends, outside the plots: the ruler's dashed link
        # sweeps every z inside them.
        # Over the S's right end, where the ruler lying flat at the end does not reach.
        g_name = MathTex("g(z)", font_size=SIZES.formula_small, color=theme.curve).next_to(
            g_axes.c2p(Z_RANGE[1], 1.0), UP + RIGHT, buff=0.3)
        d_name = MathTex("g'(z)", font_size=SIZES.formula_small,
                         color=theme.class0).next_to(
            d_axes.c2p(Z_RANGE[1], 0.0), UP + RIGHT, buff=0.25)
        g_curve = VMobject(color=theme.curve, stroke_width=4).set_points_smoothly(
            curve_points(g_axes, sigmoid))

        # The ruler is laid at the far left, on the flat tail, where the trace starts (so the
        # whole hump is traced, and the ruler only ever slides to the right).
        z = ValueTracker(RULER_SHOWN_AT)
        start = RULER_START

        def steps() -> DerivativeSteps:
            return sigmoid_derivative_steps(z.get_value())

        # The ruler in the text colour: the highlight is the slope's (the trace) and 1 - g's.
        tangent = Line(*tangent_segment(g_axes, z.get_value()), color=theme.text,
                       stroke_width=6)
        tangent.add_updater(lambda m: m.put_start_and_end_on(
            *tangent_segment(g_axes, z.get_value())))
        tangent_name = Text("tangent", font_size=SIZES.label, color=theme.text).next_to(
            tangent, UP, buff=0.15)
        touch = Dot(radius=0.08, color=theme.text)
        touch.add_updater(lambda m: m.move_to(g_axes.c2p(z.get_value(), float(steps().g))))
        pen = Dot(radius=0.08, color=theme.class0)
        pen.add_updater(lambda m: m.move_to(
            d_axes.c2p(z.get_value(), float(sigmoid_derivative(z.get_value())))))
        link = DashedLine(color=theme.muted, stroke_width=2, dash_length=0.08)
        link.set_z_index(-1)  # under the numbers it crosses
        link.add_updater(lambda m: m.put_start_and_end_on(touch.get_center(),
                                                          pen.get_center()))

        def trace_points() -> np.ndarray:
            zs = np.linspace(start, max(z.get_value(), start + 1e-3), 120)
            return np.array([d_axes.c2p(a, b) for a, b in
                             zip(zs, sigmoid_derivative(zs), strict=True)])

        # The slope in its own colour: the highlight is the 1 - g bar's.
        trace = VMobject(color=theme.class0, stroke_width=5)
        trace.set_points_as_corners(trace_points())

        # z to four places, as the opening scene shows it.
        panel = ReadoutPanel([("z", z.get_value, 4),
                              (r"\text{tangent slope}", lambda: float(steps().chain_rule),
                               4),
                              (r"g\,(1 - g)", lambda: float(steps().identity), 4)], theme,
                             font_size=SIZES.body)
        formula = MathTex(r"g'(z) = ", r"g(z)", r"\,\big(1 - g(z)\big)",
                          font_size=SIZES.formula, color=theme.text)
        # Coloured as the derivation left it: g teal, 1 - g in the highlight.
        formula[1].set_color(theme.curve)
        formula[2].set_color(theme.highlight)
        zs_all = np.linspace(*Z_RANGE, 200)
        # Dashed in the text colour over the blue trace (teal dashes on it were hard to see).
        product_curve = DashedVMobject(
            VMobject(color=theme.text, stroke_width=4).set_points_smoothly(np.array(
                [d_axes.c2p(a, b) for a, b in
                 zip(zs_all, sigmoid_derivative_steps(zs_all).identity, strict=True)])),
            num_dashes=60)
        self.product_curve = product_curve  # for the tests
        peak_value = float(sigmoid_derivative(0.0))
        peak = Dot(d_axes.c2p(0, peak_value), radius=0.1, color=theme.good)
        peak_guide = DashedLine(d_axes.c2p(0, peak_value), d_axes.c2p(Z_RANGE[0], peak_value),
                                color=theme.muted, stroke_width=2, dash_length=0.08)
        peak_number = MathTex(f"{peak_value:.2f}", font_size=SIZES.formula,
                              color=theme.muted).next_to(peak_guide.get_end(), UP + RIGHT,
                                                         buff=0.08)
        peak_label = MathTex(rf"g'(0) = \frac12 \cdot \frac12 = {peak_value:.2f}",
                             font_size=SIZES.formula, color=theme.text)
        SIDE.stack(panel, formula, peak_label, buff=0.4)
        self.slope_panel = panel  # for the tests (it leaves the screen before the end)
        # Chapter 4's payoff, previewed across the whole frame once the plots have done their
        # work: the slope formula at the top, and under it chapter 4's own lines, in its
        # notation: the messy bracket times this factor, the factor multiplied in (each
        # denominator meets its partner and both are struck), and what survives.
        formula_top = formula.copy()
        # Its last line: what survives the cancelling, and what that tidies into.
        preview = Derivation([DERIVATION_ROWS[1], DERIVATION_ROWS[2],
                              DERIVATION_ROWS[3] + PREVIEW_RESULT],
                             theme, font_size=SIZES.formula_large, row_buff=PREVIEW_ROW_BUFF,
                             align=[1, 1, 1])
        rows = preview.rows
        survivors = len(DERIVATION_ROWS[3])
        result = VGroup(*rows[2][survivors + 1:])
        result.shift(0.2 * RIGHT)  # room for the box round it
        for row in rows[1:]:  # the left side is written once
            row.submobjects[0] = VMobject().move_to(row[1].get_left())
        # The factor in the colours of the slope formula above it: g teal, 1 - g highlight.
        factor_colours = (theme.curve, theme.highlight)
        for piece, colour in zip(FACTOR_IN_ROW_1, factor_colours, strict=True):
            rows[0][piece].set_color(colour)
        for k, piece in enumerate(CARRY_GREEN):
            rows[1][piece].set_color(factor_colours[k % 2])
        # The factor's survivors keep its colours; the result is the good colour.
        rows[2][SURVIVING_FACTOR[0]].set_color(theme.highlight)
        rows[2][SURVIVING_FACTOR[1]].set_color(theme.curve)
        result[0].set_color(theme.good)
        # What the symbols are: chapter 3's log-likelihood, and g the model's output.
        preview_name = MathTex(r"\ell:\ \text{log-likelihood of one example;}\quad "
                               r"g:\ \text{the model's output } h_\theta(x)",
                               font_size=SIZES.formula, color=theme.text)
        preview_heading = self.heading("Ahead, in chapter 4: the factor cancels")
        preview_group = VGroup(formula_top, preview_name, rows).arrange(DOWN, buff=0.4)
        preview_name.align_to(rows, LEFT)
        BODY.place(preview_group, aligned=UP)
        # Each denominator and its partner in the factor, struck in their pair's colour.
        g_fraction, rest_fraction = (rows[1][CANCEL_G[0]], rows[1][CANCEL_ONE_MINUS_G[0]])
        cancelled = (VGroup(*denominator(g_fraction)), rows[1][CANCEL_G[1]],
                     VGroup(*denominator(rest_fraction)), rows[1][CANCEL_ONE_MINUS_G[1]])
        pair_colours = (theme.curve, theme.curve, theme.highlight, theme.highlight)
        # Each slash from corner to corner of its term's glyphs, no further (past them it
        # would cross a fraction bar or the next bracket).
        strokes = VGroup(*[Line(t.get_corner(DOWN + LEFT), t.get_corner(UP + RIGHT), color=c,
                                stroke_width=4)
                           for t, c in zip(cancelled, pair_colours, strict=True)])
        result_box = SurroundingRectangle(result, color=theme.good, buff=0.12)
        self.preview, self.cancelled, self.formula_top = preview, cancelled, formula_top

        with self.beat("Here is the sigmoid. {ruler} Lay a ruler against it: the "
                       "tangent line, {trace} and draw its slope on the plot underneath.") as b:
            # The plot underneath comes when the words reach it.
            self.play(FadeIn(heading), FadeIn(g_axes), FadeIn(one),
                      FadeIn(half_guide), FadeIn(half_number), Create(g_curve), FadeIn(g_name),
                      run_time=1.0)
            b.wait_until("ruler")
            # Named as it is laid: flat in the far tail it lies along the z axis.
            self.play(Create(tangent), FadeIn(touch), FadeIn(panel), FadeIn(tangent_name),
                      run_time=1)
            b.wait_until("trace")
            self.play(FadeIn(d_axes), FadeIn(d_name), run_time=0.6)
            self.play(FadeIn(pen), Create(link), Create(trace), run_time=1.0)
            trace.add_updater(lambda m: m.set_points_as_corners(trace_points()))
        # g and 1 - g as two bars stacked to 1 beside the ruler: their product is its slope,
        # largest where the two are equal.
        def bar(under_g: bool):  # noqa: ANN202
            """An updater holding a bar from 0 up to g (``under_g``), or from g up to 1."""
            def place(m: Line) -> None:
                g = float(sigmoid(z.get_value()))
                lo, hi = (g_axes.c2p(z.get_value(), v) for v in ((0.0, g) if under_g else (g, 1.0)))
                m.set_points_as_corners([lo, hi + 1e-4 * UP])  # never of zero length
            return place

        g_bar = Line(color=theme.curve, stroke_width=7)
        rest_bar = Line(color=theme.highlight, stroke_width=7)
        g_bar.add_updater(bar(under_g=True))
        rest_bar.add_updater(bar(under_g=False))
        bars = VGroup(g_bar, rest_bar)
        # Drawn under everything else (the axes' numbers, the "1", the S), as the link is.
        bars.set_z_index(-1)
        bars.update()
        # Their product as an area: the two bars fly over to the side panel's empty foot and
        # become the sides of a rectangle, g wide and 1 - g tall, filled in the slope's
        # colour. Its sides sum to one, so it is largest as the square of side one half
        # (dashed), where the slope peaks.
        corner = np.array([SIDE.left + AREA_CORNER[0], SIDE.bottom + AREA_CORNER[1], 0])
        unit = float(g_axes.c2p(0, 1)[1] - g_axes.c2p(0, 0)[1])  # g = 1 on the plot
        self.area_unit = unit  # for the tests

        def sides() -> tuple[float, float]:
            g = float(sigmoid(z.get_value()))
            return max(g, 1e-3) * unit, max(1 - g, 1e-3) * unit

        def outline() -> list[np.ndarray]:
            w, h = sides()
            return [corner, corner + w * RIGHT, corner + w * RIGHT + h * UP, corner + h * UP,
                    corner]

        area = VMobject(stroke_width=0, fill_color=theme.class0, fill_opacity=0.5)
        area.set_z_index(-1)  # under its sides
        area.set_points_as_corners(outline())
        area.add_updater(lambda m: m.set_points_as_corners(outline()))
        area_g = Line(corner, corner + RIGHT, color=theme.curve, stroke_width=7)
        area_g.add_updater(lambda m: m.put_start_and_end_on(corner,
                                                            corner + sides()[0] * RIGHT))
        area_rest = Line(corner, corner + UP, color=theme.highlight, stroke_width=7)
        area_rest.add_updater(lambda m: m.put_start_and_end_on(corner, corner + sides()[1] * UP))
        square = DashedVMobject(Square(side_length=unit / 2, color=theme.muted,
                                       stroke_width=2).move_to(corner, aligned_edge=DOWN + LEFT),
                                num_dashes=24)
        area_name = VGroup(
            Text("area", font_size=SIZES.body, color=theme.class0),
            MathTex(r"= g\,(1 - g)", font_size=SIZES.formula, color=theme.class0),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.1)
        area_name.next_to(corner + unit * RIGHT + unit / 2 * UP, RIGHT, buff=0.2)
        # The square named as what it is, inside it, when the peak is (its sides one half).
        square_name = MathTex(r"\tfrac12 \times \tfrac12", font_size=SIZES.formula_small,
                              color=theme.text).move_to(square)
        product_area = VGroup(square, area, area_g, area_rest, area_name)
        self.area, self.area_sides = area, (area_g, area_rest)  # for the tests
        # Named in a key in the plot's empty upper left (names riding with the bars would
        # cross the S, the ruler or the axis' numbers somewhere on the way).
        def key_row(colour: str, name: str) -> VGroup:
            return VGroup(Line(ORIGIN, 0.3 * UP, color=colour, stroke_width=8),
                          MathTex(name, font_size=SIZES.formula_small, color=colour)).arrange(
                RIGHT, buff=0.12)

        bar_names = VGroup(key_row(theme.curve, "g"), key_row(theme.highlight, "1 - g")).arrange(
            RIGHT, buff=0.4)
        # Under the "0.5" and its guide, where the ruler has been and gone.
        bar_names.move_to(g_axes.c2p(Z_RANGE[0] + 0.2, 0.4), aligned_edge=UP + LEFT)
        self.bars, self.bar_names = bars, bar_names  # for the tests
        with self.beat("{slide} As the ruler slides in from the left it tilts up. {bars} At its "
                       "point, g and one minus g stack up to one, {area} and they are the sides "
                       "of a rectangle whose area is the slope. {steepest} It is steepest in "
                       "the middle, where the two are equal halves and the rectangle is a "
                       "square: {quarter} one half times one half, one quarter.") as b:
            b.wait_until("slide")
            # Its name fades as it starts to move, then it slides on.
            self.play(z.animate.set_value(RULER_START + NAME_GONE_BY), FadeOut(tangent_name),
                      run_time=0.4, rate_func=linear)
            self.play(z.animate.set_value(BARS_FROM_Z), run_time=b.time_until("bars"),
                      rate_func=linear)
            self.play(FadeIn(bars), FadeIn(bar_names), run_time=0.5)
            self.bring_to_front(tangent, touch)  # the ruler and its point over the bars
            # The ruler slides on to the middle; the rectangle joins it on its words.
            self.play(z.animate.set_value(AREA_FROM_Z), run_time=b.time_until("area"),
                      rate_func=linear)
            # The bars themselves fly over (the ruler holds still meanwhile) and lie down as
            # the rectangle's sides: g along its foot, 1 - g up its side.
            area_g.update()
            area_rest.update()
            flying = [bar.copy().clear_updaters().set_z_index(1) for bar in bars]
            self.play(*[ReplacementTransform(bar, side) for bar, side in
                        zip(flying, (area_g, area_rest), strict=True)], run_time=AREA_FLIGHT)
            # Filled and named while the ruler still holds (a fade would hold the rectangle
            # still while the ruler moved), then the ruler slides on to the middle.
            self.play(FadeIn(area), FadeIn(square), FadeIn(area_name), run_time=0.5)
            self.play(z.animate.set_value(0.0), run_time=b.time_until("steepest"),
                      rate_func=linear)
            b.wait_until("quarter")
            product_area.add(square_name)  # it leaves with the rectangle
            self.play(FadeIn(peak, scale=0.5), Create(peak_guide), FadeIn(peak_number),
                      FadeIn(peak_label), FadeIn(square_name),
                      Indicate(bars, color=theme.good, scale_factor=1.0),
                      Indicate(square, color=theme.good, scale_factor=1.0),
                      run_time=1)
        with self.beat("{tails} Out in the tails the ruler lies flat and the slope fades to "
                       "nothing. {match} All along, the slope reads the same as g times one "
                       "minus g.") as b:
            b.wait_until("tails")
            # The bars ride on: one of them shrinks to nothing, and the slope with it.
            self.play(z.animate.set_value(RULER_END), run_time=b.time_until("match"),
                      rate_func=linear)
            b.wait_until("match")
            # g (1 - g), computed from g alone, drawn over the whole traced slope: it lies on
            # it everywhere, not only at the readouts' z.
            self.play(FadeIn(formula), Create(product_curve),
                      Indicate(panel[1], color=theme.class0),
                      Indicate(panel[2], color=theme.class0), run_time=1.5)
        trace.clear_updaters()  # the ruler has stopped: the trace is done
        for mob in (tangent, touch, pen, link, *bars, area, area_g, area_rest):
            mob.clear_updaters()
        with self.beat("{hump} Remember this hump. {factor} In chapter four, the gradient "
                       "of the log-likelihood is a messy bracket times this very factor, g "
                       "times one minus g. {cancels} Multiplied in, it cancels both "
                       "denominators, {survive} and what survives {simple} tidies into "
                       "something beautifully simple: y minus g, times x j.") as b:
            # The ruler has done its work: only the two curves stay.
            self.play(FadeOut(tangent), FadeOut(touch), FadeOut(link), FadeOut(pen),
                      FadeOut(product_curve), FadeOut(bars), FadeOut(bar_names),
                      FadeOut(product_area),
                      run_time=0.5)
            b.wait_until("hump")
            # Flashed in the text colour (in another curve's colour it would read as that
            # curve).
            self.play(Indicate(trace, color=theme.text, scale_factor=1.0), run_time=1.2)
            b.wait_until("factor")
            # The plots leave; the slope formula goes to the top, and its factor comes down
            # into the gradient's first line.
            self.play(*[FadeOut(m) for m in self.mobjects if m not in (heading, formula)],
                      FadeOut(heading, shift=0.2 * UP), FadeIn(preview_heading, shift=0.2 * UP),
                      run_time=0.5)
            self.play(formula.animate.move_to(formula_top), run_time=0.5)
            self.play(FadeIn(preview_name),
                      *[FadeIn(p) for i, p in enumerate(rows[0]) if i not in FACTOR_IN_ROW_1],
                      *[copied_into(formula[k + 1], rows[0][piece])
                        for k, piece in enumerate(FACTOR_IN_ROW_1)],
                      run_time=b.ready_by("cancels", 1.4))
            b.wait_until("cancels")
            # Multiplied into both terms: copies of the first line's pieces (the factor's
            # twice) make the second.
            reached = {t for _, t in MULTIPLY_IN}
            self.play(*[copied_into(rows[0][a], rows[1][t]) for a, t in MULTIPLY_IN
                        if a != 0],
                      *[FadeIn(p) for i, p in enumerate(rows[1]) if i not in reached],
                      run_time=1.0)
            # Each denominator lit with its partner, then both struck.
            self.play(*[t.animate.set_color(c) for t, c in
                        zip(cancelled, pair_colours, strict=True)],
                      *[Indicate(t, color=c, scale_factor=1.3) for t, c in
                        zip(cancelled, pair_colours, strict=True)], run_time=0.8)
            self.play(*[Create(stroke) for stroke in strokes], run_time=0.5)
            self.play(*[t.animate.set_opacity(0.4) for t in cancelled],
                      run_time=b.ready_by("survive", 0.4))
            b.wait_until("survive")
            # A fraction whose denominator was struck gives only its numerator.
            self.play(*[copied_into(numerator(rows[1][a]) if a in STRUCK_FRACTIONS
                                          else rows[1][a], rows[2][t])
                        for a, t in WHAT_SURVIVES if a != 0],
                      run_time=b.ready_by("simple", 1.0))
            b.wait_until("simple")
            self.play(*[FadeIn(p, shift=0.2 * LEFT) for p in rows[2][survivors:]],
                      run_time=0.8)
            self.play(Create(result_box), run_time=0.6)
        for mob in (trace, panel, *panel.numbers):
            mob.clear_updaters()


#: The quiz's sigmoid output, and its slope by chapter 1's identity (from core).
QUIZ_G = 0.8
QUIZ_SLOPE = float(sigmoid_derivative(logit(QUIZ_G)))


#: The answer's reason, each step shown as it is said: why A, then why not the others.
QUIZ_REASON_STEPS = (
    (rf"$g' = g\,(1 - g) = {QUIZ_G:g} \times {1 - QUIZ_G:.1f} = {QUIZ_SLOPE:.2f}$: "
     "the output alone gives the slope.",
     f"g prime is g times one minus g: {QUIZ_G:g} times {1 - QUIZ_G:.1f}, which is "
     f"{QUIZ_SLOPE:.2f}. The output alone gives the slope."),
    (rf"(${QUIZ_G * QUIZ_G:.2f}$ is $g^2$; ${QUIZ_G:g}$ and ${1 - QUIZ_G:.1f}$ are each one "
     "factor only.)",
     f"{QUIZ_G * QUIZ_G:.2f} would be g squared, and {QUIZ_G:g} or {1 - QUIZ_G:.1f} only one "
     "of the two factors."),
)


QUIZ = Quiz(
    question=rf"At some score $z$ the sigmoid outputs $g(z) = {QUIZ_G:g}$. How steep is it "
             r"there: what is $g'(z)$?",
    spoken_question=f"At some score z the sigmoid outputs {QUIZ_G:g}. How steep is it there: "
                    "what is g prime of z?",
    choices=(
        f"${QUIZ_SLOPE:.2f}$",
        f"${QUIZ_G * QUIZ_G:.2f}$",
        f"${QUIZ_G:g}$",
        f"${1 - QUIZ_G:.1f}$",
    ),
    correct=0,
    reason=" ".join(shown for shown, _ in QUIZ_REASON_STEPS),
    spoken_reason=" ".join(said for _, said in QUIZ_REASON_STEPS),
    applied=True,
)


#: The quiz picture's plot: half the frame beside the card, over the S's upper half (its
#: slope triangle larger than on the whole S).
QUIZ_PLOT_SIZE = (5.4, 4.9)
QUIZ_PLOT_Z = (-1.0, 4.0)


class SigmoidCheck(QuizScene):
    """Check your understanding: the sigmoid's value and slope. Beside the card, the S with
    the point where g = 0.8; on the answer, its tangent, rising 0.16 over one unit of z."""

    quiz = QUIZ
    picture_share = 0.48
    reason_steps = QUIZ_REASON_STEPS

    def quiz_picture(self) -> VGroup:
        theme = self.theme
        axes = function_axes(theme, (*QUIZ_PLOT_Z, 1), (0, 1, 0.5),
                             x_length=QUIZ_PLOT_SIZE[0], y_length=QUIZ_PLOT_SIZE[1],
                             x_numbers=(0, 2, 4), y_numbers=(0.5, 1.0), y_decimals=None,
                             number_size=SIZES.label)
        clear_y_numbers(axes)
        axes.add(*axis_names(axes, theme))
        self.quiz_axes = axes
        zs = np.linspace(*QUIZ_PLOT_Z, 200)
        curve = polyline(axes, zs, sigmoid(zs), theme.curve, width=4)
        at = float(logit(QUIZ_G))
        self.quiz_at = at
        point = Dot(axes.c2p(at, QUIZ_G), radius=0.08, color=theme.highlight)
        level = DashedLine(axes.c2p(QUIZ_PLOT_Z[0], QUIZ_G), axes.c2p(at, QUIZ_G),
                           color=theme.muted, stroke_width=2, dash_length=0.08)
        # Named under the dashed level, left of the y axis (clear of the S, low there, and of
        # the 1 - g bar's name over the level on the answer).
        name = MathTex(rf"g = {QUIZ_G:g}", font_size=SIZES.formula_small,
                       color=theme.curve).next_to(axes.c2p(0, QUIZ_G), DOWN + LEFT,
                                                      buff=0.18)
        return VGroup(axes, level, curve, point, name)

    def quiz_reveal_step(self, i: int) -> None:
        """With the first step of the reason, the bars and the slope's triangle."""
        if i == 0:
            self.quiz_reveal()

    def quiz_reveal(self) -> None:
        theme, axes, at = self.theme, self.quiz_axes, self.quiz_at
        # The tangent, from just right of the y axis (clear of its numbers) past the point.
        # It stops at the plot's top (g = 1), never running out of the plot.
        reach = min(1.8, (1 - QUIZ_G) / QUIZ_SLOPE)
        # In the text colour, as the chapter's other tangents.
        tangent = Line(*(axes.c2p(at + d, QUIZ_G + d * QUIZ_SLOPE) for d in (-0.9, reach)),
                       color=theme.text, stroke_width=4)
        run = Line(axes.c2p(at, QUIZ_G), axes.c2p(at + 1, QUIZ_G), color=theme.text,
                   stroke_width=3)
        rise = Line(axes.c2p(at + 1, QUIZ_G), axes.c2p(at + 1, QUIZ_G + QUIZ_SLOPE),
                    color=theme.text, stroke_width=3)
        # Beside the triangle it is about: under its run, from its left end (the S is above
        # the run there; further left it would cross the S).
        run_name = MathTex("1", font_size=SIZES.formula, color=theme.text).next_to(
            run, DOWN, buff=0.1)
        rise_name = MathTex(f"{QUIZ_SLOPE:.2f}", font_size=SIZES.formula,
                            color=theme.text).next_to(rise, RIGHT, buff=0.15).align_to(run, DOWN)
        # g and 1 - g as two bars at the point, as in the chapter: their product is the rise.
        g_bar = Line(axes.c2p(at, 0), axes.c2p(at, QUIZ_G), color=theme.curve, stroke_width=8)
        rest_bar = Line(axes.c2p(at, QUIZ_G), axes.c2p(at, 1), color=theme.highlight,
                        stroke_width=8)
        g_bar_name = MathTex("g", font_size=SIZES.formula, color=theme.curve).next_to(
            g_bar, RIGHT, buff=0.15)
        rest_bar_name = MathTex("1 - g", font_size=SIZES.formula, color=theme.highlight)
        rest_bar_name.next_to(rest_bar, LEFT, buff=0.15)
        # (Their product is written on the card, in the reason.)
        self.quiz_rise_name = rise_name
        self.quiz_bars, self.quiz_triangle = (g_bar, rest_bar), (run, rise)
        self.play(Create(tangent), Create(run), Create(rise), FadeIn(run_name),
                  FadeIn(rise_name), Create(g_bar), Create(rest_bar), FadeIn(g_bar_name),
                  FadeIn(rest_bar_name), run_time=1.2)
        self.bring_to_front(tangent)


SCENES_IN_ORDER = [SigmoidSquashesAnyScore, SigmoidSlopeFromItsOwnValue, SlopePeaksAtOneQuarter,
                   SigmoidCheck]
