"""Chapter 1: the sigmoid squashes any score into (0, 1); its slope is g(1 - g)."""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    Flash,
    Indicate,
    Line,
    MathTex,
    ReplacementTransform,
    ShowPassingFlash,
    SurroundingRectangle,
    Text,
    TransformFromCopy,
    TransformMatchingTex,
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
    sigmoid,
    sigmoid_derivative,
    sigmoid_derivative_steps,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, SIDE, STAGE, Region
from scenes.common.pieces import Derivation, ReadoutPanel
from scenes.common.plots import function_axes
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

Z_RANGE = (-8.0, 8.0)
#: Where the course's slider starts: the point at which the derivation is checked.
CHECK_Z = 1.5
#: Weight scales the S is shown at: steep, flat, and back to plain.
STEEP, FLAT = 4.0, 0.2
#: Where the ruler starts (its tilt visible) and stops (far out in the flat tail, between two
#: tick numbers so that the dashed link crosses none).
RULER_START, RULER_END = -3.0, 5.0


def sigmoid_axes(theme: Theme, region: Region, y_max: float = 1.0, y_step: float = 0.5,
                 skip: tuple[float, ...] = ()) -> Axes:
    """z across, the output up, filling ``region`` (room left for the numbers); the top
    tick's number is left out (a guide line runs there), and so are the numbers in ``skip``."""
    ticks = [t for t in np.arange(y_step, y_max - 1e-9, y_step)
             if not any(abs(t - k) < 1e-9 for k in skip)]
    axes = function_axes(theme, (Z_RANGE[0], Z_RANGE[1], 2), (0, y_max, y_step),
                         x_length=region.width - 0.6, y_length=region.height - 0.8,
                         x_numbers=range(int(Z_RANGE[0]), int(Z_RANGE[1]) + 1, 2),
                         y_numbers=ticks, y_decimals=2 if y_step < 0.5 else 1)
    region.place(axes)
    return axes


def curve_points(axes: Axes, fn, n: int = 240) -> np.ndarray:  # noqa: ANN001
    z = np.linspace(*Z_RANGE, n)
    return np.array([axes.c2p(zi, yi) for zi, yi in zip(z, fn(z), strict=True)])


def check_row(z_value: float, theme: Theme) -> MathTex:
    """``g(z) = value`` at one of the course's check points, to the course's precision."""
    value = float(sigmoid(z_value))
    digits = 4 if abs(value - round(value, 1)) > 1e-9 else 1
    return MathTex(rf"g({z_value:g}) = {value:.{digits}f}", font_size=SIZES.formula_small,
                   color=theme.text)


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
        axes = sigmoid_axes(theme, STAGE.inset(0.3))
        z_label = MathTex("z", font_size=SIZES.formula, color=theme.muted).next_to(
            axes.x_axis, RIGHT, buff=0.15)
        g_label = MathTex("g", font_size=SIZES.formula, color=theme.muted).next_to(
            axes.y_axis, UP, buff=0.1)
        guides = VGroup(*[DashedLine(axes.c2p(Z_RANGE[0], v), axes.c2p(Z_RANGE[1], v),
                                     color=theme.muted, stroke_width=1.5, dash_length=0.1)
                          for v in (0.0, 1.0)])
        one = MathTex("1", font_size=SIZES.formula_small, color=theme.muted).next_to(
            guides[1], LEFT, buff=0.15)

        scale = ValueTracker(1.0)
        z = ValueTracker(0.0)
        curve = VMobject(color=theme.curve, stroke_width=5)
        curve.set_points_smoothly(curve_points(axes, lambda t: sigmoid(scale.get_value() * t)))

        def height() -> float:
            return float(sigmoid(scale.get_value() * z.get_value()))

        marker = Dot(radius=0.09, color=theme.highlight)
        marker.add_updater(lambda m: m.move_to(axes.c2p(z.get_value(), height())))
        drop = DashedLine(color=theme.highlight, stroke_width=2, dash_length=0.08)
        drop.add_updater(lambda m: m.put_start_and_end_on(
            axes.c2p(z.get_value(), 0), axes.c2p(z.get_value(), max(height(), 1e-3))))

        def steps() -> DerivativeSteps:
            return sigmoid_derivative_steps(z.get_value())

        # g(z) is the plain sigmoid at z; the bent curve's height g(s z) has its own row,
        # beside the weight scale s that bends it.
        panel = ReadoutPanel([("z", z.get_value, 2),
                              (r"e^{-z}", lambda: float(steps().exp_neg), 4),
                              (r"g(z)", lambda: float(steps().g), 4)], theme)
        checks = VGroup(*[check_row(z_value, theme) for z_value, _ in COURSE_SIGMOID_CHECKS])
        w_panel = VGroup(
            ReadoutPanel([("weight scale s", scale.get_value, 2)], theme, tex_labels=False),
            ReadoutPanel([(r"g(s\,z)", height, 4)], theme)).arrange(
                DOWN, aligned_edge=LEFT, buff=0.2)
        side_column(formula, panel, checks, w_panel)

        # Step: the curve
        with self.beat("We need a function that takes {any} any score, however large or "
                       "negative, and bends it gently {range} into the range from zero to one. "
                       "{curve} This S-shaped curve is the sigmoid.") as b:
            self.play(Write(heading), Create(axes), FadeIn(z_label), FadeIn(g_label),
                      run_time=1.2)
            b.wait_until("any")
            # Any score: the whole z axis, end to end.
            # (a flash along a copy: animating the axis itself would split the Axes apart).
            run = Line(axes.c2p(Z_RANGE[0], 0), axes.c2p(Z_RANGE[1], 0),
                       color=theme.highlight, stroke_width=6)
            self.play(ShowPassingFlash(run, time_width=0.6),
                      Indicate(z_label, color=theme.highlight), run_time=1.5)
            b.wait_until("range")
            self.play(Create(guides), FadeIn(one), run_time=1.2)
            b.wait_until("curve")
            self.play(Create(curve), Write(formula), run_time=2)
        curve.add_updater(lambda m: m.set_points_smoothly(
            curve_points(axes, lambda t: sigmoid(scale.get_value() * t))))

        # Step: the three check values
        for (z_value, _), row, mark, text in zip(COURSE_SIGMOID_CHECKS, checks, (
            "coin", "nearly_one", "nearly_zero"), (
            "At a score of zero, e to the minus z is one, {coin} so the output is exactly "
            "one half: a coin flip.",
            "At plus five the exponential has almost vanished, {nearly_one} and the output "
            "is nearly one.",
            "At minus five it is huge, about one hundred and forty eight, {nearly_zero} and "
            "the output is nearly zero.",
        ), strict=True):
            with self.beat(text) as b:
                if row is checks[0]:
                    self.play(FadeIn(marker, scale=0.5), FadeIn(drop), FadeIn(panel))
                self.play(z.animate.set_value(z_value), run_time=1.5)
                b.wait_until(mark)
                self.play(FadeIn(row, shift=0.2 * LEFT), Flash(marker, color=theme.highlight))

        # Step: the weight scale
        # While the weights are scaled the curve is g(s z): the axis says so.
        scaled_label = MathTex(r"g(s\,z)", font_size=SIZES.formula, color=theme.muted)
        scaled_label.next_to(axes.y_axis, UP, buff=0.1).align_to(g_label, LEFT)
        plain_label = g_label.copy()
        with self.beat("Take a small positive score, {scale} then scale the weights up by s: "
                       "the curve becomes g of s z, and the S becomes a cliff. The model turns "
                       "decisive, jumping from no to yes over a short stretch of scores.") as b:
            # The plain g(z) rows speak of s = 1 only: dimmed while s is not one, the dot
            # is read off the g(s z) row beside the weight scale.
            self.play(z.animate.set_value(CHECK_Z / 2), run_time=1)
            b.wait_until("scale")
            self.play(FadeIn(w_panel), panel.animate.set_opacity(0.35),
                      ReplacementTransform(g_label, scaled_label), run_time=0.8)
            self.play(scale.animate.set_value(STEEP), run_time=2.5, rate_func=smooth)
        with self.beat("Shrink them toward zero and the S flattens toward one half "
                       "everywhere: the model only shrugs."):
            self.play(scale.animate.set_value(FLAT), run_time=3)
        with self.beat("Whatever the weights, the output never leaves {bounded} the range "
                       "between zero and one. That is exactly the leash the straight line "
                       "lacked.") as b:
            self.play(scale.animate.set_value(1.0), run_time=2)
            self.play(panel.animate.set_opacity(1.0),
                      ReplacementTransform(scaled_label, plain_label), run_time=0.5)
            b.wait_until("bounded")
            self.play(guides.animate.set_color(theme.curve), run_time=0.6)
            self.play(guides.animate.set_color(theme.muted), run_time=0.6)
        for mob in (curve, marker, drop):
            mob.clear_updaters()


class SigmoidSlopeFromItsOwnValue(LectureScene):
    """The derivative of the sigmoid as a chain of transformations: the minus signs cancel,
    the fraction splits, and its second factor is rewritten as 1 - g."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("A derivative that reuses the output")
        derivation = Derivation(
            [
                [r"g'(z)", r"=", r"\frac{d}{dz}\big(1 + e^{-z}\big)^{-1}"],
                [r"=", r"-", r"\big(1 + e^{-z}\big)^{-2}", r"\cdot", r"\big(", r"-",
                 r"e^{-z}", r"\big)"],
                [r"=", r"\frac{e^{-z}}{\big(1 + e^{-z}\big)^{2}}"],
                [r"=", r"\frac{1}{1 + e^{-z}}", r"\cdot", r"\frac{e^{-z}}{1 + e^{-z}}"],
                [r"=", r"g(z)", r"\cdot", r"\big(1 - g(z)\big)"],
            ],
            theme, font_size=SIZES.formula_large, align=[1, 0, 0, 0, 0], row_buff=0.35,
        )
        # Room between the "=" and the result, for the box drawn around the result.
        VGroup(*derivation.rows[4][1:]).shift(0.2 * RIGHT)
        # The second factor, rewritten on its own: the step the course leaves implicit.
        identity = Derivation(
            [
                [r"\frac{e^{-z}}{1 + e^{-z}}"],
                [r"=", r"\frac{1 + e^{-z} - 1}{1 + e^{-z}}"],
                [r"=", r"1 - \frac{1}{1 + e^{-z}}"],
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

        with self.beat("Training will need the slope of the sigmoid, and it has a famously "
                       "tidy form. {write} Start by writing g as one plus e to the minus z, to "
                       "the power minus one.") as b:
            self.play(Write(heading), run_time=1)
            b.wait_until("write")
            self.play(Write(derivation.rows[0]), run_time=1.5)
        # The pair is flagged in the highlight (a dark red on the dark ground is hard to see).
        pair, collapse = derivation.cancel_pair((1, 1), (1, 5), theme.highlight)
        # Once they are gone the line is set again without their gaps.
        clean = MathTex(r"=", r"\big(1 + e^{-z}\big)^{-2}", r"\cdot", r"e^{-z}",
                        font_size=SIZES.formula_large, color=theme.text)
        clean.shift(derivation.term(1, 0).get_center() - clean[0].get_center())
        with self.beat("{chain} The chain rule brings the power down, with its minus sign, and "
                       "multiplies by the inner derivative, minus e to the minus z. {pair} Two "
                       "minus signs, {cancel} and they cancel.") as b:
            b.wait_until("chain")
            self.play(derivation.grow(0, 1), run_time=2)
            b.wait_until("pair")
            self.play(pair, run_time=0.8)
            b.wait_until("cancel")
            self.play(collapse, run_time=1.2)
            self.play(TransformMatchingTex(derivation.rows[1], clean), run_time=0.8)
        # The tidy line takes the old one's place: the next line is grown from it.
        derivation.rows.submobjects[1] = clean
        with self.beat("{left} What is left is e to the minus z over the square of one plus "
                       "e to the minus z.") as b:
            b.wait_until("left")
            self.play(derivation.grow(1, 2), run_time=1.8)
        first, second = derivation.term(3, 1), derivation.term(3, 3)
        with self.beat("{split} Split it into two factors. {first} The first is the sigmoid "
                       "itself.") as b:
            b.wait_until("split")
            self.play(derivation.grow(2, 3), run_time=1.8)
            b.wait_until("first")
            self.play(first.animate.set_color(theme.curve), run_time=0.8)
        with self.beat("{second} For the second, {add} add one and take one away on top. "
                       "{apart} Pulled apart, it is one minus a sigmoid: {g} one minus g.") as b:
            b.wait_until("second")
            # The factor is copied into the aside by a fade (a copy flying across would
            # cross the lines of the main derivation).
            self.play(second.animate.set_color(theme.highlight), Create(inset_frame),
                      FadeIn(aside), FadeIn(identity.rows[0], shift=0.3 * RIGHT), run_time=1.2)
            for row, mark in ((1, "add"), (2, "apart"), (3, "g")):
                b.wait_until(mark)
                self.play(identity.grow(row - 1, row), run_time=1.2)
        result = VGroup(*derivation.rows[4][1:])
        box = SurroundingRectangle(result, color=theme.good, buff=0.12)
        with self.beat("{equals} So the slope is g times one minus g: {alone} built from the "
                       "output alone.") as b:
            b.wait_until("equals")
            derivation.term(4, 1).set_color(theme.curve)
            derivation.term(4, 3).set_color(theme.highlight)
            self.play(FadeIn(derivation.term(4, 0)), FadeIn(derivation.term(4, 2)),
                      TransformFromCopy(first, derivation.term(4, 1)),
                      TransformFromCopy(identity.rows[3][1], derivation.term(4, 3)),
                      run_time=1.8)
            b.wait_until("alone")
            self.play(Create(box))

        # Step: check the identity with numbers, both sides computed their own way
        steps = sigmoid_derivative_steps(CHECK_Z)
        # One statement a line, at the formula size (readable at 480p), in the right half.
        check = VGroup(
            MathTex(rf"z = {CHECK_Z:g}:", font_size=SIZES.formula, color=theme.text),
            MathTex(r"\frac{e^{-z}}{(1 + e^{-z})^{2}} = ", rf"{float(steps.chain_rule):.4f}",
                    font_size=SIZES.formula, color=theme.text),
            MathTex(r"g\,(1 - g) = ", rf"{float(steps.split_left):.4f}", r"\times",
                    rf"{float(steps.split_right):.4f}", r"=",
                    rf"{float(steps.identity):.4f}",
                    font_size=SIZES.formula, color=theme.text),
        )
        check[2][1].set_color(theme.curve)
        check[2][3].set_color(theme.highlight)
        # The product's result on a line of its own, its "=" under the one before.
        check[2][4:].next_to(check[2][:4], DOWN, buff=0.3).align_to(check[2][0][-1], LEFT)
        check.arrange(DOWN, aligned_edge=LEFT, buff=0.4)
        check[2][4:].align_to(check[2][0][-1], LEFT)
        right.inset(0.2).place(check, aligned=UP + LEFT)
        with self.beat("Check it at z equal to one and a half. {lhs} The chain rule line gives "
                       "one number; {rhs} g times one minus g gives the same, to every digit "
                       "shown.") as b:
            # The aside has done its work (its 1 - g is in the last line): the check
            # takes its place.
            self.play(FadeOut(inset), FadeOut(inset_frame), FadeIn(check[0]), run_time=0.8)
            b.wait_until("lhs")
            self.play(FadeIn(check[1], shift=0.2 * UP), run_time=1)
            b.wait_until("rhs")
            self.play(FadeIn(check[2], shift=0.2 * UP), run_time=1)


def tangent_segment(axes: Axes, z: float, half_length: float = 1.05) -> tuple[np.ndarray, ...]:
    """Ends of the tangent to the sigmoid at ``z``: through (z, g(z)) with core's slope
    g'(z), ``half_length`` scene units each way (a ruler of fixed length, whatever its tilt)."""
    g, slope = float(sigmoid(z)), float(sigmoid_derivative(z))
    at = axes.c2p(z, g)
    direction = axes.c2p(z + 1, g + slope) - at
    direction /= np.linalg.norm(direction)
    return at - half_length * direction, at + half_length * direction


class SlopePeaksAtOneQuarter(LectureScene):
    """A tangent slides along g while its slope traces g' underneath: the trace is g(1 - g),
    peaking at 0.25 where g = 0.5."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Steepest in the middle, flat in the tails")
        top, bottom = STAGE.split(0.5, vertical=False)
        g_axes = sigmoid_axes(theme, top)
        # The g' axis's peak value, 0.25, is numbered at the far left end of a guide from
        # the peak (beside the axis it would sit under the peak itself): the hump is drawn
        # taller than the S above it, the number says how tall it is.
        d_axes = sigmoid_axes(theme, bottom, y_max=0.3, y_step=0.25, skip=(0.25,))
        # The top plot's "1": a tick and its number.
        one = VGroup(
            MathTex("1", font_size=SIZES.formula_small, color=theme.muted).next_to(
                g_axes.c2p(0, 1.0), LEFT, buff=0.2),
            Line(g_axes.c2p(0, 1.0) + 0.08 * LEFT, g_axes.c2p(0, 1.0) + 0.08 * RIGHT,
                 color=theme.muted, stroke_width=2))
        g_name = MathTex("g(z)", font_size=SIZES.formula_small, color=theme.curve).next_to(
            g_axes.c2p(Z_RANGE[1], 1.0), DOWN + LEFT, buff=0.1)
        d_name = MathTex("g'(z)", font_size=SIZES.formula_small,
                         color=theme.highlight).next_to(
            d_axes.c2p(Z_RANGE[1], 0.3), DOWN + LEFT, buff=0.05)
        g_curve = VMobject(color=theme.curve, stroke_width=4).set_points_smoothly(
            curve_points(g_axes, sigmoid))

        # The ruler starts where its tilt already shows (on the flat tail it is invisible).
        z = ValueTracker(RULER_START)
        start = z.get_value()

        def steps() -> DerivativeSteps:
            return sigmoid_derivative_steps(z.get_value())

        tangent = Line(*tangent_segment(g_axes, start), color=theme.highlight, stroke_width=6)
        tangent.add_updater(lambda m: m.put_start_and_end_on(
            *tangent_segment(g_axes, z.get_value())))
        touch = Dot(radius=0.08, color=theme.highlight)
        touch.add_updater(lambda m: m.move_to(g_axes.c2p(z.get_value(), float(steps().g))))
        pen = Dot(radius=0.08, color=theme.highlight)
        pen.add_updater(lambda m: m.move_to(
            d_axes.c2p(z.get_value(), float(sigmoid_derivative(z.get_value())))))
        link = DashedLine(color=theme.muted, stroke_width=2, dash_length=0.08)
        link.add_updater(lambda m: m.put_start_and_end_on(touch.get_center(),
                                                          pen.get_center()))

        def trace_points() -> np.ndarray:
            zs = np.linspace(start, max(z.get_value(), start + 1e-3), 120)
            return np.array([d_axes.c2p(a, b) for a, b in
                             zip(zs, sigmoid_derivative(zs), strict=True)])

        trace = VMobject(color=theme.highlight, stroke_width=5)
        trace.set_points_as_corners(trace_points())
        trace.add_updater(lambda m: m.set_points_as_corners(trace_points()))

        panel = ReadoutPanel([("z", z.get_value, 2),
                              (r"\text{slope of the tangent}", lambda: float(steps().chain_rule),
                               4),
                              (r"g\,(1 - g)", lambda: float(steps().identity), 4)], theme)
        formula = MathTex(r"g'(z) = g(z)\,\big(1 - g(z)\big)", font_size=SIZES.formula_small,
                          color=theme.highlight)
        peak_value = float(sigmoid_derivative(0.0))
        peak = Dot(d_axes.c2p(0, peak_value), radius=0.1, color=theme.good)
        peak_guide = DashedLine(d_axes.c2p(0, peak_value), d_axes.c2p(Z_RANGE[0], peak_value),
                                color=theme.muted, stroke_width=2, dash_length=0.08)
        peak_number = MathTex(f"{peak_value:.2f}", font_size=SIZES.formula_small,
                              color=theme.muted).next_to(peak_guide.get_end(), UP + RIGHT,
                                                         buff=0.08)
        peak_label = MathTex(rf"g'(0) = \tfrac12 \cdot \tfrac12 = {peak_value:.2f}",
                             font_size=SIZES.formula_small, color=theme.text)
        SIDE.stack(panel, formula, peak_label, buff=0.5)

        with self.beat("Here is the sigmoid. {ruler} Lay a ruler against it: the "
                       "tangent line, {trace} and draw its slope on the plot underneath.") as b:
            self.play(Write(heading), FadeIn(g_axes), FadeIn(d_axes), FadeIn(one),
                      Create(g_curve), FadeIn(g_name), run_time=1.2)
            b.wait_until("ruler")
            self.play(Create(tangent), FadeIn(touch), FadeIn(panel), run_time=1)
            b.wait_until("trace")
            self.add(trace)
            self.play(FadeIn(pen), Create(link), FadeIn(d_name), run_time=0.8)
        with self.beat("{slide} As the ruler slides in from the left it tilts up, {steepest} "
                       "and it is steepest in the middle, where the output is one half: "
                       "{quarter} there the slope is one half times one half, one quarter.") as b:
            b.wait_until("slide")
            self.play(z.animate.set_value(0.0), run_time=b.time_until("steepest"),
                      rate_func=linear)
            b.wait_until("quarter")
            self.play(FadeIn(peak, scale=0.5), Create(peak_guide), FadeIn(peak_number),
                      FadeIn(peak_label), run_time=1)
        with self.beat("{tails} Out in the tails the ruler lies flat and the slope fades to "
                       "nothing. {match} All along, the slope reads the same as g times one "
                       "minus g.") as b:
            b.wait_until("tails")
            self.play(z.animate.set_value(RULER_END), run_time=b.time_until("match"),
                      rate_func=linear)
            b.wait_until("match")
            self.play(FadeIn(formula), Indicate(panel[1], color=theme.highlight),
                      Indicate(panel[2], color=theme.highlight), run_time=1.5)
        with self.beat("Remember this hump. {factor} In chapter four the factor g times one "
                       "minus g cancels a messy gradient down to something beautifully "
                       "simple.") as b:
            b.wait_until("factor")
            self.play(Indicate(formula, color=theme.highlight), run_time=1.5)
        for mob in (tangent, touch, pen, link, trace, *panel.numbers):
            mob.clear_updaters()


#: The quiz's sigmoid output, and its slope by chapter 1's identity (from core).
QUIZ_G = 0.8
QUIZ_SLOPE = float(sigmoid_derivative(logit(QUIZ_G)))


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
    reason=rf"$g' = g\,(1 - g) = {QUIZ_G:g} \times {1 - QUIZ_G:.1f} = {QUIZ_SLOPE:.2f}$: "
           "the output alone gives the slope.",
    spoken_reason=f"g prime is g times one minus g: {QUIZ_G:g} times {1 - QUIZ_G:.1f}, "
                  f"which is {QUIZ_SLOPE:.2f}. The output alone gives the slope.",
    applied=True,
)


class SigmoidCheck(QuizScene):
    """Check your understanding: the sigmoid's value and slope."""

    quiz = QUIZ


SCENES_IN_ORDER = [SigmoidSquashesAnyScore, SigmoidSlopeFromItsOwnValue, SlopePeaksAtOneQuarter,
                   SigmoidCheck]
