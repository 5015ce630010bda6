"""Chapter 1: the sigmoid squashes any score into (0, 1); its slope is g(1 - g)."""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    UR,
    Axes,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    Flash,
    Indicate,
    MathTex,
    SurroundingRectangle,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    smooth,
)

from core import COURSE_SIGMOID_CHECKS, sigmoid, sigmoid_derivative, sigmoid_derivative_steps
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
    return SIDE.stack(formula, panel, checks, w_panel, buff=0.45)


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

        # Step: the curve
        with self.beat("We need a function that takes any score, however large or negative, "
                       "and bends it gently {range} into the range from zero to one. {curve} "
                       "This S-shaped curve is the sigmoid.") as b:
            self.play(Write(heading), Create(axes), FadeIn(z_label), FadeIn(g_label),
                      run_time=1.2)
            b.wait_until("range")
            self.play(Create(guides), FadeIn(one), run_time=1.2)
            b.wait_until("curve")
            self.play(Create(curve), Write(formula), run_time=2)
        curve.add_updater(lambda m: m.set_points_smoothly(
            curve_points(axes, lambda t: sigmoid(scale.get_value() * t))))

        def height() -> float:
            return float(sigmoid(scale.get_value() * z.get_value()))

        marker = Dot(radius=0.09, color=theme.highlight)
        marker.add_updater(lambda m: m.move_to(axes.c2p(z.get_value(), height())))
        drop = DashedLine(color=theme.highlight, stroke_width=2, dash_length=0.08)
        drop.add_updater(lambda m: m.put_start_and_end_on(
            axes.c2p(z.get_value(), 0), axes.c2p(z.get_value(), max(height(), 1e-3))))
        # The output shown is g(s z): the weight scale s bends the S later in the scene.
        panel = ReadoutPanel([("z", z.get_value, 2), (r"g(s\,z)", height, 4)], theme)
        checks = VGroup(*[check_row(z_value, theme) for z_value, _ in COURSE_SIGMOID_CHECKS])
        w_panel = ReadoutPanel([("weight scale s", scale.get_value, 2)], theme,
                               tex_labels=False)
        side_column(formula, panel, checks, w_panel)

        # Step: the three check values
        for (z_value, _), row, mark, text in zip(COURSE_SIGMOID_CHECKS, checks, (
            "coin", "nearly_one", "nearly_zero"), (
            "At a score of zero the exponential is one, {coin} so the output is exactly one "
            "half: a coin flip.",
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
        with self.beat("Scale the weights up and the S becomes a cliff: the model turns "
                       "decisive, jumping from no to yes over a short stretch of scores."):
            self.play(FadeIn(w_panel), z.animate.set_value(CHECK_Z / 2), run_time=1)
            self.play(scale.animate.set_value(STEEP), run_time=2.5, rate_func=smooth)
        with self.beat("Shrink them toward zero and the S flattens toward one half "
                       "everywhere: the model only shrugs."):
            self.play(scale.animate.set_value(FLAT), run_time=3)
        with self.beat("Whatever the weights, the output never leaves {bounded} the range "
                       "between zero and one. That is exactly the leash the straight line "
                       "lacked.") as b:
            self.play(scale.animate.set_value(1.0), run_time=2)
            b.wait_until("bounded")
            self.play(guides.animate.set_color(theme.curve), run_time=0.6)
            self.play(guides.animate.set_color(theme.muted), run_time=0.6)
        for mob in (curve, marker, drop):
            mob.clear_updaters()


class SigmoidSlopeFromItsOwnValue(LectureScene):
    """The derivative of the sigmoid, step by step, collapses to g(z)(1 - g(z))."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("A derivative that reuses the output")
        derivation = Derivation(
            [
                [r"g'(z)", r"=", r"\frac{d}{dz}\left(1 + e^{-z}\right)^{-1}"],
                [r"=", r"-\left(1 + e^{-z}\right)^{-2}\cdot\left(-e^{-z}\right)"],
                [r"=", r"\frac{1}{1 + e^{-z}}", r"\cdot", r"\frac{e^{-z}}{1 + e^{-z}}"],
                [r"=", r"g(z)", r"\cdot", r"\left(1 - g(z)\right)"],
            ],
            theme,
            notes=["", "chain rule", "split the fraction", "the second factor is 1 \u2212 g"],
            font_size=SIZES.formula, align=[1, 0, 0, 0],
        )
        # Room between the "=" and the result, for the box drawn around the result.
        VGroup(*derivation.rows[3][1:]).shift(0.15 * RIGHT)
        # Centred across the body, a little below the heading; the numeric check goes under it.
        BODY.inset(0.5).place(derivation, aligned=UP)

        with self.beat("Training will need the slope of the sigmoid, and it has a famously "
                       "tidy form. {write} Start by writing g as one plus e to the minus z, to "
                       "the power minus one.") as b:
            self.play(Write(heading), run_time=1)
            b.wait_until("write")
            self.play(Write(derivation.rows[0]), run_time=1.5)
        with self.beat("The chain rule brings down the power and multiplies by the inner "
                       "derivative, minus e to the minus z. {cancel} The two minus signs "
                       "cancel.") as b:
            self.play(FadeIn(derivation.rows[1], shift=0.2 * DOWN),
                      FadeIn(derivation.notes[1]), run_time=1.5)
            b.wait_until("cancel")
            self.play(Indicate(derivation.term(1, 1), color=theme.highlight), run_time=1.5)
        left, right = derivation.term(2, 1), derivation.term(2, 3)
        with self.beat("Split the fraction into two factors. {first} The first is the sigmoid "
                       "itself.") as b:
            self.play(FadeIn(derivation.rows[2], shift=0.2 * DOWN),
                      FadeIn(derivation.notes[2]), run_time=b.time_until("first"))
            b.wait_until("first")
            self.play(left.animate.set_color(theme.curve))
        with self.beat("The second is what is left of one after taking g away, {equals} so it "
                       "equals one minus g. {alone} The slope is built from the output "
                       "alone.") as b:
            self.play(right.animate.set_color(theme.highlight))
            b.wait_until("equals")
            self.play(FadeIn(derivation.rows[3], shift=0.2 * DOWN), FadeIn(derivation.notes[3]),
                      derivation.term(3, 1).animate.set_color(theme.curve),
                      derivation.term(3, 3).animate.set_color(theme.highlight), run_time=1.5)
            box = SurroundingRectangle(VGroup(*derivation.rows[3][1:]), color=theme.good,
                                       buff=0.1)
            b.wait_until("alone")
            self.play(Create(box))

        # Step: check the identity with numbers
        steps = sigmoid_derivative_steps(CHECK_Z)
        check = MathTex(
            rf"z = {CHECK_Z:g}:\quad {float(steps.chain_rule):.4f}", r"\;=\;",
            rf"{float(steps.split_left):.4f}", r"\times", rf"{float(steps.split_right):.4f}",
            font_size=SIZES.formula_small, color=theme.text,
        ).next_to(derivation, DOWN, buff=0.6).align_to(derivation, LEFT)
        check[2].set_color(theme.curve)
        check[4].set_color(theme.highlight)
        with self.beat("Check it with numbers at z equal to one and a half: the chain rule "
                       "line and the product of g and one minus g agree to every digit shown."):
            self.play(FadeIn(check, shift=0.2 * UP), run_time=1.5)


class SlopePeaksAtOneQuarter(LectureScene):
    """g and its slope g(1 - g) side by side: the slope peaks at 0.25 where g = 0.5."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Steepest in the middle, flat in the tails")
        # The y-axis runs through the peak: its 0.25 is labelled by the peak itself.
        axes = sigmoid_axes(theme, BODY.inset(0.3), y_max=1.0, y_step=0.25, skip=(0.25,))
        g_curve = VMobject(color=theme.curve, stroke_width=4).set_points_smoothly(
            curve_points(axes, sigmoid))
        slope = VMobject(color=theme.highlight, stroke_width=5).set_points_smoothly(
            curve_points(axes, sigmoid_derivative))
        g_name = MathTex("g(z)", font_size=SIZES.formula_small, color=theme.curve).next_to(
            axes.c2p(4.5, float(sigmoid(4.5))), UP, buff=0.2)
        slope_name = MathTex("g'(z) = g(z)\\,(1 - g(z))", font_size=SIZES.formula_small,
                             color=theme.highlight).next_to(
            axes.c2p(3.0, float(sigmoid_derivative(3.0))), UR, buff=0.15)
        peak_value = float(sigmoid_derivative(0.0))
        peak = Dot(axes.c2p(0, peak_value), radius=0.09, color=theme.highlight)
        peak_label = MathTex(rf"g'(0) = {peak_value:.2f}", font_size=SIZES.formula_small,
                             color=theme.text)
        # Clear of both curves: above g' and below g just right of the peak.
        peak_label.next_to(axes.c2p(0.35, 0.34), RIGHT, buff=0)
        with self.beat("{sigmoid} Here is the sigmoid {slope} with its slope underneath. "
                       "{middle} The slope is largest in the middle, where the output is one "
                       "half.") as b:
            self.play(Write(heading), Create(axes), run_time=0.6)
            b.wait_until("sigmoid")
            self.play(Create(g_curve), FadeIn(g_name), run_time=b.time_until("slope"))
            b.wait_until("slope")
            self.play(Create(slope), FadeIn(slope_name), run_time=1.5)
            b.wait_until("middle")
            self.play(Indicate(slope, color=theme.highlight), run_time=1.5)
        with self.beat("There it reaches exactly one quarter: one half times one half. Out in "
                       "the flat tails the slope fades to nothing."):
            self.play(FadeIn(peak, scale=0.5), FadeIn(peak_label), run_time=1)
            self.play(Flash(peak, color=theme.highlight))
        with self.beat("Remember this shape. {factor} In chapter four the factor g times one "
                       "minus g cancels a messy gradient down to something beautifully "
                       "simple.") as b:
            b.wait_until("factor")
            self.play(Indicate(slope_name, color=theme.highlight), run_time=1.5)



QUIZ = Quiz(
    question=r"What is the derivative of the sigmoid $g(z) = \dfrac{1}{1 + e^{-z}}$?",
    spoken_question="What is the derivative of the sigmoid, g of z equals one over one plus "
                    "e to the minus z?",
    choices=(
        "$e^{-z}$",
        r"$g(z)\,\bigl(1 - g(z)\bigr)$",
        "$1 - g(z)$",
        "$g(z)^2$",
    ),
    correct=1,
    reason=r"The chain rule gives a fraction that splits into $g(z)$ times $1 - g(z)$.",
    spoken_reason="The chain rule gives a fraction that splits into g of z times one minus "
                  "g of z.",
)


class SigmoidCheck(QuizScene):
    """Check your understanding: the sigmoid's value and slope."""

    quiz = QUIZ


SCENES_IN_ORDER = [SigmoidSquashesAnyScore, SigmoidSlopeFromItsOwnValue, SlopePeaksAtOneQuarter,
                   SigmoidCheck]
