"""Cats or Dogs, part 1: the sigmoid. Why a straight line's raw output cannot be a class, the
squish that maps every real number into (0, 1), its formula worked at the text's values, its
S-shaped graph, and logistic regression as the linear model wrapped in it.
Every number drawn comes from ``core``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    DR,
    LEFT,
    RIGHT,
    UP,
    Arrow,
    Axes,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    Flash,
    GrowArrow,
    Indicate,
    Line,
    MathTex,
    NumberLine,
    ReplacementTransform,
    RoundedRectangle,
    SurroundingRectangle,
    Text,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    always_redraw,
    rate_functions,
)

from core import sigmoid, sigmoid_derivative
from core.cats_dogs import sigmoid_walkthrough
from core.cats_dogs_intro import label_line_fit
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, SIDE, STAGE, Region
from scenes.common.pieces import ReadoutPanel, SansNumber
from scenes.common.plots import axis_names, function_axes, point_cloud, polyline
from scenes.common.prose import prose
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The ambiguous output the text asks about.
PUZZLE_OUTPUT = 1.4
#: The one feature's drawn stretch, and the outputs' (the line leaves 0 to 1 inside it).
FEATURE_RANGE = (0.0, 10.0)
OUTPUT_RANGE = (-1.0, 2.0)
#: A photo in the overlap of cats and dogs, read off the S as a probability.
PROBE_X = 5.0
#: The text's plug-in values, in its order.
CHECK_Z = (0.0, 5.0, -5.0)
#: The sigmoid's graph is drawn over this range of z.
Z_RANGE = (-7.0, 7.0)
#: The z range of the sliding tangent and the bell it traces, and the tangent's half-length
#: in z.
SLIDE_RANGE = (-6.0, 6.0)
TANGENT_HALF = 1.0
#: Where the tangent stops, so that it stays inside the plot.
SLIDE_STOP = SLIDE_RANGE[1] - TANGENT_HALF
#: The text's example predictions.
SURE_DOG, SURE_CAT = 0.92, 0.03


def s_curve(axes: Axes, fn, colour: str, width: float = 5) -> VMobject:  # noqa: ANN001
    """``fn`` (a core function) over ``Z_RANGE``, drawn as a smooth curve on ``axes``."""
    z = np.linspace(*Z_RANGE, 200)
    curve = VMobject(color=colour, stroke_width=width)
    curve.set_points_smoothly([axes.c2p(a, b) for a, b in zip(z, fn(z), strict=True)])
    return curve


def probability_text(value: float) -> str:
    """A probability as the text prints it: 0.5, 0.993, 0.0067 (three decimals, or two
    significant digits below 0.01; trailing zeros dropped)."""
    return f"{value:.2g}" if value < 0.01 else f"{round(value, 3):g}"


# ---------------------------------------------------------------------------------------------


class SquishAnyNumberIntoZeroOne(LectureScene):
    """Cats at 0 and dogs at 1 along one feature; the least-squares line through them runs past
    1 and below 0 (marked), an output of 1.4 means nothing, and the line is bent into the S
    of the logistic fit, which stays between 0 and 1."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Cats or dogs: a yes-or-no answer")
        fit = label_line_fit()
        self.fit = fit

        axes = function_axes(theme, (*FEATURE_RANGE, 1), (*OUTPUT_RANGE, 0.5),
                             x_length=BODY.width - 1.0, y_length=BODY.height - 1.1,
                             y_numbers=(-1, 0, 1, 2), y_decimals=0)
        # The x-axis runs along output 0, among the cats: its scale goes on the bottom edge.
        bottom = Line(axes.c2p(FEATURE_RANGE[0], OUTPUT_RANGE[0]),
                      axes.c2p(FEATURE_RANGE[1], OUTPUT_RANGE[0]), color=theme.muted,
                      stroke_width=2)
        scale = VGroup(*[SansNumber(v, num_decimal_places=0, font_size=SIZES.label,
                                    color=theme.muted).next_to(
            axes.c2p(v, OUTPUT_RANGE[0]), DOWN, buff=0.15) for v in range(0, 11, 2)])
        framed = VGroup(axes, bottom, scale)
        BODY.inset(0.3).place(framed, aligned=DOWN + RIGHT)
        names = axis_names(axes, theme, x="x", y=r"\text{output}")
        names[0].next_to(bottom, RIGHT, buff=0.12)
        # The word in the text face, like the numbers on the axes.
        names[1].become(Text("output", font_size=SIZES.label, color=theme.muted).move_to(
            names[1], aligned_edge=DOWN + LEFT))
        guides = VGroup(*[DashedLine(axes.c2p(FEATURE_RANGE[0], v), axes.c2p(FEATURE_RANGE[1], v),
                                     color=theme.muted, stroke_width=1.5, dash_length=0.1)
                          for v in (0, 1)])
        self.axes = axes
        codes = VGroup(
            VGroup(Dot(radius=0.09, color=theme.class0),
                   Text("cat", font_size=SIZES.label, color=theme.class0),
                   MathTex(r"\to 0", font_size=SIZES.formula_small, color=theme.class0)),
            VGroup(Dot(radius=0.09, color=theme.class1),
                   Text("dog", font_size=SIZES.label, color=theme.class1),
                   MathTex(r"\to 1", font_size=SIZES.formula_small, color=theme.class1)),
        )
        for pair in codes:
            pair.arrange(RIGHT, buff=0.2)
        codes.arrange(RIGHT, buff=0.6)
        feature_note = prose("$x$: one number measured on each photo", width=7.6,
                             font_size=SIZES.formula, color=theme.muted)
        side = VGroup(codes, feature_note).arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        # In the plot's empty bottom right: the line and the S are above 0 there.
        # Low, just over the bottom scale line: clear of the x-axis (output 0) above it.
        side.move_to(axes.c2p(FEATURE_RANGE[1], OUTPUT_RANGE[0]) + 0.12 * UP + 0.1 * LEFT,
                     aligned_edge=DOWN + RIGHT)
        # The plot's empty top left, above the 1.4 guide, for what is said about outputs.
        top_left = axes.c2p(FEATURE_RANGE[0], OUTPUT_RANGE[1]) + 0.5 * RIGHT + 0.1 * DOWN
        dots = point_cloud(axes, np.column_stack([fit.x, fit.y]), fit.y.astype(int), theme)
        xs = np.linspace(*FEATURE_RANGE, 201)
        line = polyline(axes, xs, fit.line(xs), theme.highlight, width=4)
        with self.beat("Label every cat zero and every dog one. {points} Each photo here is "
                       "boiled down to one number x, and its label is its height. {fit} Now "
                       "fit an ordinary linear regression to those labels.") as b:
            # The labelled photos appear with the words that label them.
            self.play(FadeIn(heading, shift=0.2 * DOWN), Create(axes), Create(bottom),
                      FadeIn(scale), FadeIn(names), Create(guides), run_time=0.8)
            self.play(FadeIn(codes, shift=0.2 * LEFT), FadeIn(dots, lag_ratio=0.03),
                      run_time=1.2)
            b.wait_until("points")
            self.play(FadeIn(feature_note, shift=0.2 * UP), run_time=1.0)
            b.wait_until("fit")
            self.play(Create(line), run_time=1.5)

        # Step: the line leaves 0 to 1 at both ends (the overshoot drawn over it, in red)
        hi, lo = float(fit.line(FEATURE_RANGE[1])), float(fit.line(FEATURE_RANGE[0]))
        over_x = np.linspace(fit.x_at(1.0), FEATURE_RANGE[1], 40)
        under_x = np.linspace(FEATURE_RANGE[0], fit.x_at(0.0), 40)
        over = polyline(axes, over_x, fit.line(over_x), theme.bad, width=8)
        under = polyline(axes, under_x, fit.line(under_x), theme.bad, width=8)
        hi_label = SansNumber(hi, num_decimal_places=1, font_size=SIZES.formula_small,
                              color=theme.bad)
        hi_label.next_to(axes.c2p(FEATURE_RANGE[1], hi), LEFT, buff=0.2).shift(0.2 * UP)
        lo_label = SansNumber(lo, num_decimal_places=1, font_size=SIZES.formula_small,
                              color=theme.bad)
        lo_label.next_to(axes.c2p(FEATURE_RANGE[0], lo), RIGHT, buff=0.25).shift(0.15 * DOWN)
        over_note = Text("above 1", font_size=SIZES.label, color=theme.bad)
        # Under the red stretch, right of where the line crosses 1: where it is above 1.
        over_mid = 0.5 * (fit.x_at(1.0) + FEATURE_RANGE[1])
        over_note.next_to(axes.c2p(over_mid, float(fit.line(over_mid))), DR, buff=0.12)
        under_note = Text("below 0", font_size=SIZES.label, color=theme.bad)
        # Under the red stretch, left of where the line crosses 0: clear of the key (right).
        under_mid = 0.55 * fit.x_at(0.0)
        under_note.next_to(axes.c2p(under_mid, float(fit.line(under_mid))), DR, buff=0.15)
        self.overshoot = (hi, lo)
        with self.beat(f"The line does not stop at the labels. {{over}} On the right it climbs "
                       f"past one, to {hi:.1f} at the edge of the plot; {{under}} on the left it "
                       f"sinks below zero, to {lo:.1f}. Neither is a cat or a dog.") as b:
            b.wait_until("over")
            self.play(Create(over), FadeIn(hi_label), FadeIn(over_note), run_time=1.2)
            b.wait_until("under")
            self.play(Create(under), FadeIn(lo_label), FadeIn(under_note), run_time=1.2)

        # Step: what would 1.4 mean?
        px = fit.x_at(PUZZLE_OUTPUT)
        puzzle = Dot(axes.c2p(px, PUZZLE_OUTPUT), radius=0.1, color=theme.highlight)
        drop = DashedLine(axes.c2p(px, PUZZLE_OUTPUT), axes.c2p(FEATURE_RANGE[0], PUZZLE_OUTPUT),
                          color=theme.highlight, stroke_width=2, dash_length=0.08)
        puzzle_label = SansNumber(PUZZLE_OUTPUT, num_decimal_places=1,
                                  font_size=SIZES.formula_small,
                                  color=theme.highlight).next_to(drop, UP, buff=0.12)
        puzzle_label.align_to(drop, LEFT).shift(0.7 * RIGHT)  # clear of the axis' ticks
        question = Text("more dog than a dog?", font_size=SIZES.label, color=theme.highlight)
        question.move_to(top_left, aligned_edge=UP + LEFT)
        with self.beat(f"And what would {{point}} an output of {PUZZLE_OUTPUT:g} mean: "
                       "{question} more dog than a dog? A raw number cannot say how sure the "
                       "model is.") as b:
            b.wait_until("point")
            self.play(FadeIn(puzzle, scale=0.5), Create(drop), FadeIn(puzzle_label),
                      run_time=1)
            b.wait_until("question")
            self.play(Write(question), run_time=1)

        # Step: bend the line into the S (the logistic fit on the same points)
        s_curve_line = polyline(axes, xs, fit.s_curve(xs), theme.curve, width=5)
        # The red ends turn the S's colour as they are pulled in: once inside 0 to 1, no part
        # of the S is marked "out of range".
        over_s = polyline(axes, over_x, fit.s_curve(over_x), theme.curve, width=5)
        under_s = polyline(axes, under_x, fit.s_curve(under_x), theme.curve, width=5)
        sigma_name = MathTex(r"\sigma(w x + b)", font_size=SIZES.formula, color=theme.curve)
        sigma_name.next_to(axes.c2p(fit.x_at(1.0), 1.0), UP, buff=0.5).shift(1.2 * LEFT)
        inside = Text("always between 0 and 1", font_size=SIZES.label, color=theme.curve)
        inside.move_to(top_left, aligned_edge=UP + LEFT)
        self.s_curve = s_curve_line
        # One photo in the overlap, read off the S as a probability.
        probe_p = float(fit.s_curve(PROBE_X))
        self.probe = (PROBE_X, probe_p)
        probe = Dot(axes.c2p(PROBE_X, probe_p), radius=0.1, color=theme.highlight)
        probe_drop = DashedLine(axes.c2p(PROBE_X, probe_p), axes.c2p(FEATURE_RANGE[0], probe_p),
                                color=theme.highlight, stroke_width=2, dash_length=0.08)
        probe_text = MathTex(rf"P(\text{{dog}}) \approx {probability_text(probe_p)}",
                             font_size=SIZES.formula_small, color=theme.highlight)
        # Left of the S, above the cats' row: empty there.
        probe_text.next_to(probe_drop, UP, buff=0.12).align_to(probe_drop, LEFT).shift(
            0.3 * RIGHT)
        with self.beat("What we need is a squish: {bend} bend the line into an S that rises "
                       "from zero to one with the data and then flattens, {inside} so every "
                       "output lands strictly between zero and one {prob} and can be read as a "
                       "probability. {sigma} That squish is the sigmoid.") as b:
            self.play(FadeOut(VGroup(puzzle, drop, puzzle_label, question, hi_label, lo_label,
                                     over_note, under_note)), run_time=0.6)
            # The dots stay on top of the line and the S it becomes.
            self.bring_to_front(dots)
            b.wait_until("bend")
            # The two red ends are pulled in with the line: above 1 down under it, below 0
            # up over it (the same stretches of x, now on the S).
            self.play(ReplacementTransform(line, s_curve_line), Transform(over, over_s),
                      Transform(under, under_s), run_time=2)
            self.remove(over, under)  # now drawn over by the S, in its colour
            self.bring_to_front(dots)
            b.wait_until("inside")
            self.play(FadeIn(inside, shift=0.2 * LEFT), Indicate(guides, color=theme.curve),
                      run_time=1.2)
            b.wait_until("prob")
            self.play(FadeIn(probe, scale=0.5), Create(probe_drop), FadeIn(probe_text),
                      run_time=1.0)
            b.wait_until("sigma")
            self.play(Write(sigma_name), run_time=1)


def sigmoid_stage(theme: Theme) -> tuple[Axes, MathTex, MathTex, VGroup]:
    """The sigmoid's numbered axes on the stage, their names, and dashed guides at 0.5 and 1."""
    axes = function_axes(theme, (*Z_RANGE, 1), (0, 1, 0.5), x_length=STAGE.width - 0.9,
                         y_length=STAGE.height - 1.0, x_numbers=range(-6, 7, 2),
                         y_numbers=(0.5, 1.0))
    # The y-axis stands at z = 0, among the curve and the worked values: its numbers go to
    # the guides at the plot's left edge instead.
    axes.y_axis.remove(axes.y_axis.numbers)
    STAGE.inset(0.45).place(axes, aligned=DOWN + RIGHT)
    z_name = MathTex("z", font_size=SIZES.formula_small, color=theme.muted).next_to(
        axes.x_axis.get_right(), RIGHT, buff=0.12)
    s_name = MathTex(r"\sigma(z)", font_size=SIZES.formula_small, color=theme.muted).next_to(
        axes.y_axis.get_top(), UP, buff=0.12)
    guides = VGroup(*[DashedLine(axes.c2p(Z_RANGE[0], v), axes.c2p(Z_RANGE[1], v),
                                 color=theme.muted, stroke_width=1.5, dash_length=0.1)
                      for v in (0.5, 1.0)])
    # The guides' values at the plot's left edge: the y-axis itself stands at z = 0, where
    # the curve and the worked values are.
    guides.add(*[MathTex(f"{v:g}", font_size=SIZES.formula_small, color=theme.muted).next_to(
        guide, LEFT, buff=0.12) for v, guide in zip((0.5, 1.0), list(guides), strict=True)])
    # And 0 at the same edge, where the z axis starts.
    guides.add(MathTex("0", font_size=SIZES.formula_small, color=theme.muted).next_to(
        axes.c2p(Z_RANGE[0], 0.0), LEFT, buff=0.12))
    return axes, z_name, s_name, guides


def formula_card(theme: Theme, axes: Axes) -> tuple[MathTex, VGroup]:
    """The formula above the half-way guide and its two notes under it, in the empty left of
    the sigmoid's plot."""
    formula = MathTex(r"\sigma(z) = \frac{1}{1 + e^{-z}}", font_size=SIZES.formula,
                      color=theme.text)
    e_note = MathTex(rf"e \approx {np.e:.3f}", font_size=SIZES.formula_small,
                     color=theme.text)
    sigma_note = prose(r"$\sigma$: small sigma, not the sum $\Sigma$", width=2.6,
                       font_size=SIZES.formula_small, color=theme.text)
    notes = VGroup(e_note, sigma_note).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
    formula.next_to(axes.c2p(Z_RANGE[0], 0.92), DR, buff=0.2)
    # Right of the arrow that later points down at the plot's left end.
    notes.next_to(axes.c2p(Z_RANGE[0], 0.45), DR, buff=0.2).shift(0.45 * RIGHT)
    return formula, notes


def two_lines(tex: MathTex, split: int) -> MathTex:
    """A worked row too wide for the side panel: its parts from ``split`` on go on a second
    line, under the first line's second part."""
    first, second = VGroup(*tex[:split]), VGroup(*tex[split:])
    second.next_to(first, DOWN, buff=0.12).align_to(tex[1], LEFT)
    return tex


def value_beside(theme: Theme, axes: Axes, z: float, v: float) -> MathTex:
    """A worked value written beside its dot: up and left, clear of the curve (down and right
    near the top guide, where the curve runs above the dot)."""
    label = MathTex(probability_text(v), font_size=SIZES.formula_small, color=theme.highlight)
    # Near the top guide straight under the dot, near the bottom straight over it (between
    # the curve and the plot's middle, clear of the arrows at the plot's ends); else up-left.
    side = DOWN if v > 0.9 else UP if v < 0.1 else UP + LEFT
    label.next_to(axes.c2p(z, v), side, buff=0.15)
    # Near the bottom, a little right of the dot: clear of the arrow at the plot's left end.
    return label.shift(0.3 * RIGHT) if v < 0.1 else label


# ---------------------------------------------------------------------------------------------


class SigmoidValuesTraceTheS(LectureScene):
    """The formula worked at z = 0, 5 and -5 and at the two infinities; the points line up on
    the S-shaped graph."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("The sigmoid")
        axes, z_name, s_name, guides = sigmoid_stage(theme)
        formula, notes = formula_card(theme, axes)
        self.axes = axes

        with self.beat("Here is the formula: one over one plus e to the minus z, {e} where e "
                       f"is about {np.e:.3f}. The Greek letter is a small sigma, not the "
                       "summation sign.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), Write(formula), Create(axes),
                      FadeIn(z_name), FadeIn(s_name), Create(guides), run_time=1.5)
            b.wait_until("e")
            self.play(FadeIn(notes, shift=0.2 * LEFT), run_time=1)

        # Step: plug in values (core's walkthrough)
        table = sigmoid_walkthrough(np.array(CHECK_Z))
        self.table = table
        rows = VGroup()
        self.points = VGroup()
        values = VGroup()
        # The spoken values are core's, rounded as the rows show them.
        words = (
            "At zero, e to the zero is one, so sigma is one over two: {half} exactly one half.",
            f"At plus five, e to the minus five is tiny, and {{yes}} sigma is about "
            f"{probability_text(float(table.value[1]))}: a very confident yes.",
            f"At minus five, e to the five is about {float(table.exp_neg_z[2]):.0f}, and "
            f"{{no}} sigma is about {probability_text(float(table.value[2]))}: a very "
            "confident no.",
        )
        for i in range(len(words)):
            z, e, d, v = (float(a[i]) for a in (table.z, table.exp_neg_z, table.denominator,
                                                  table.value))
            # "=" where the value is exact (e^0 = 1, 1/2 = 0.5), "approx" where it is rounded.
            e_rel = "=" if float(e).is_integer() else r"\approx"
            v_rel = "=" if float(probability_text(v)) == v else r"\approx"
            d_rel = "=" if float(f"{d:.4g}") == d else r"\approx"
            # The fraction only where it is exact and spoken (one over two); elsewhere the
            # value alone, so the column stays large.
            fraction = rf"\frac{{1}}{{{d:.4g}}}\ " if float(d).is_integer() else ""
            row = MathTex(rf"z = {z:g}:", rf"\ e^{{{-z + 0.0:g}}} {e_rel} {e:.3g}",
                          rf"\sigma {d_rel if fraction else ''} {fraction}".rstrip("\\ "),
                          rf"{v_rel} {probability_text(v)}", font_size=SIZES.formula,
                          color=theme.text)
            row[3].set_color(theme.highlight)
            rows.add(two_lines(row, 2))
            point = Dot(axes.c2p(z, v), radius=0.09, color=theme.highlight)
            self.points.add(point)
            values.add(value_beside(theme, axes, z, v))
        limits = VGroup(
            two_lines(MathTex(r"z \to +\infty:", r"\ e^{-z} \to 0", r"\sigma \to 1",
                              font_size=SIZES.formula, color=theme.text), 2),
            two_lines(MathTex(r"z \to -\infty:", r"\ e^{-z} \to \infty",
                              r"\sigma \to 0", font_size=SIZES.formula,
                              color=theme.text), 2),
        )
        SIDE.stack(*rows, *limits, buff=0.3)
        self.rows = rows
        # Each value's mark has its own name: a scene's marks are told apart by name.
        for i, (text, mark) in enumerate(zip(words, ("half", "yes", "no"), strict=True)):
            row, point = rows[i], self.points[i]
            with self.beat(text) as b:
                self.play(FadeIn(row, shift=0.2 * LEFT), run_time=1.2)
                b.wait_until(mark)
                self.play(FadeIn(point, scale=0.5), Flash(point, color=theme.highlight),
                          FadeIn(values[i]))

        # Step: the two infinities
        # Upright at the plot's two ends, past the worked values' labels: up toward 1 on the
        # right, down toward 0 on the left.
        far = Z_RANGE[1] - 0.2
        ends = VGroup(
            Arrow(axes.c2p(far, 0.7), axes.c2p(far, 0.99), buff=0, color=theme.curve,
                  stroke_width=5, max_tip_length_to_length_ratio=0.25),
            Arrow(axes.c2p(-far, 0.3), axes.c2p(-far, 0.01), buff=0, color=theme.curve,
                  stroke_width=5, max_tip_length_to_length_ratio=0.25),
        )
        # Never reached: the strict bounds, in the plot's empty lower right (the S is above
        # one half there).
        bounds = MathTex(r"0 < \sigma(z) < 1", font_size=SIZES.formula, color=theme.curve)
        bounds.move_to(axes.c2p(0.5 * Z_RANGE[1], 0.25))
        with self.beat("Far to the right, e to the minus z vanishes and sigma creeps up to "
                       "one. {left} Far to the left, it explodes and sigma sinks to zero. "
                       "{never} Neither end is ever reached.") as b:
            self.play(FadeIn(limits[0], shift=0.2 * LEFT), GrowArrow(ends[0]), run_time=1.2)
            b.wait_until("left")
            self.play(FadeIn(limits[1], shift=0.2 * LEFT), GrowArrow(ends[1]), run_time=1.2)
            b.wait_until("never")
            self.play(FadeIn(bounds, scale=1.2), run_time=0.8)

        # Step: the S
        curve = s_curve(axes, sigmoid, theme.curve)
        self.curve = curve
        with self.beat("Join the dots and you get the S-shaped curve. {dots} Big positive scores "
                       "land near one, {neg} big negative scores near zero, and {zero} a score "
                       "of zero lands exactly on one half.") as b:
            self.play(FadeOut(ends), FadeOut(bounds), Create(curve),
                      run_time=b.time_until("dots"))
            self.bring_to_front(self.points)
            # On its words, each part of the S is lit (a tail, or the middle) and its dot
            # pulses about its own centre, so it never leaves the curve.
            parts = {"dots": (2.5, Z_RANGE[1]), "neg": (Z_RANGE[0], -2.5), "zero": (-0.8, 0.8)}
            for i, mark in ((1, "dots"), (2, "neg"), (0, "zero")):
                zs = np.linspace(*parts[mark], 60)
                lit = polyline(axes, zs, sigmoid(zs), theme.highlight, width=10)
                lit.set_stroke(opacity=0.6)
                b.wait_until(mark)
                self.add(lit)
                self.bring_to_front(self.points)
                self.play(Create(lit), Indicate(self.points[i], color=theme.highlight,
                                                scale_factor=2.0),
                          Indicate(values[i], color=theme.highlight, scale_factor=1.4),
                          Flash(self.points[i], color=theme.highlight), run_time=1.0)
                self.play(FadeOut(lit), run_time=0.4)


# ---------------------------------------------------------------------------------------------


class LogisticRegressionWrapsTheLine(LectureScene):
    """The linear model with one more step: z = w.x + b, then sigma; the output read as a
    probability and cut at 0.5; and the slope sigma(1 - sigma)."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Logistic regression: a line, then a squish")

        # Step: the pipeline
        def box(tex: str, colour: str) -> VGroup:
            inner = MathTex(tex, font_size=SIZES.formula_large, color=theme.text)
            frame = RoundedRectangle(corner_radius=0.15, width=inner.width + 0.5,
                                     height=inner.height + 0.45, color=colour,
                                     stroke_width=3)
            return VGroup(frame, inner.move_to(frame))

        x_in = MathTex("x_1, x_2", font_size=SIZES.formula_large, color=theme.text)
        linear = box(r"z = w_1 x_1 + w_2 x_2 + b", theme.muted)
        squash = box(r"\sigma(z)", theme.curve)
        y_out = MathTex(r"\hat y", font_size=SIZES.formula_large, color=theme.highlight)
        chain = VGroup(x_in, linear, squash, y_out).arrange(RIGHT, buff=0.8)
        chain.next_to(heading, DOWN, buff=0.8).set_x(0)
        arrows = VGroup(*[Arrow(a.get_right(), b.get_left(), buff=0.12, color=theme.muted,
                                stroke_width=4) for a, b in zip(chain[:-1], chain[1:],
                                                                 strict=True)])
        same = Text("the linear model, unchanged", font_size=SIZES.label, color=theme.muted)
        same.next_to(linear, DOWN, buff=0.2)
        new = Text("one new step", font_size=SIZES.label, color=theme.curve)
        new.next_to(squash, UP, buff=0.2)  # above its box: clear of the caption beside
        whole = MathTex(r"\hat y", "=", r"\sigma(", r"w_1 x_1 + w_2 x_2 + b", ")",
                        font_size=SIZES.formula_large, color=theme.text)
        whole[2].set_color(theme.curve)
        whole[4].set_color(theme.curve)
        whole[0].set_color(theme.highlight)
        whole.next_to(VGroup(same, new), DOWN, buff=0.45).set_x(0)
        # First the pipeline fills the body's middle; it moves up when the gauge comes in.
        pipeline = VGroup(chain, arrows, same, new, whole)
        lift = BODY.center[1] - pipeline.get_center()[1]
        pipeline.shift(lift * UP)
        with self.beat("Now with two features per photo: logistic regression keeps the "
                       "linear model exactly as it was and {squash} adds one step: the score "
                       "z goes through the sigmoid. {whole} In one line: y hat is sigma of w "
                       "one x one plus w two x two plus b.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN))
            self.play(FadeIn(x_in), GrowArrow(arrows[0]), FadeIn(linear), FadeIn(same),
                      run_time=1.2)
            b.wait_until("squash")
            self.play(GrowArrow(arrows[1]), FadeIn(squash), FadeIn(new), GrowArrow(arrows[2]),
                      FadeIn(y_out), run_time=1.2)
            b.wait_until("whole")
            self.play(Write(whole), run_time=1.2)

        # Step: the output is a probability
        gauge = NumberLine(x_range=[0, 1, 0.5], length=8.0, color=theme.muted,
                           include_numbers=True, font_size=SIZES.formula_small,
                           decimal_number_config={"num_decimal_places": 1})
        gauge.numbers.set_color(theme.muted)
        gauge_name = MathTex(r"\hat y = P(\text{dog})", font_size=SIZES.formula_small,
                             color=theme.muted).next_to(gauge, LEFT, buff=0.4)
        # Under the pipeline: the rest of the body, where the gauge and then the slope go.
        below = Region("below the pipeline", BODY.left, BODY.right, BODY.bottom,
                       whole.get_bottom()[1] - lift - 0.4)
        below.place(VGroup(gauge_name, gauge)).shift(0.3 * UP)  # room for the rule below
        dog = Dot(gauge.n2p(SURE_DOG), radius=0.1, color=theme.class1)
        dog_text = Text(f"{SURE_DOG:g}: {SURE_DOG:.0%} sure: dog", font_size=SIZES.label,
                        color=theme.class1).next_to(dog, UP, buff=0.3)
        cat = Dot(gauge.n2p(SURE_CAT), radius=0.1, color=theme.class0)
        cat_text = Text(f"{SURE_CAT:g}: {1 - SURE_CAT:.0%} sure: cat",
                        font_size=SIZES.label, color=theme.class0).next_to(cat, UP, buff=0.3)
        cat_text.align_to(gauge, LEFT)
        dog_text.align_to(gauge, RIGHT)
        with self.beat(f"The output is the model's probability of class one, dog. {{dog}} An "
                       f"output "
                       f"of {SURE_DOG:g} means {SURE_DOG:.0%} sure it is a dog; {{cat}} "
                       f"{SURE_CAT:g} means {1 - SURE_CAT:.0%} sure it is a cat.") as b:
            self.play(pipeline.animate.shift(lift * DOWN), run_time=0.8)
            self.play(Create(gauge), FadeIn(gauge_name), run_time=1)
            b.wait_until("dog")
            self.play(FadeIn(dog, scale=0.5), FadeIn(dog_text), run_time=1)
            b.wait_until("cat")
            self.play(FadeIn(cat, scale=0.5), FadeIn(cat_text), run_time=1)

        # Step: the threshold
        # The cut stands on the gauge, above its 0.5, which stays readable.
        cut = DashedLine(gauge.n2p(0.5) + 0.7 * UP, gauge.n2p(0.5),
                         color=theme.boundary, stroke_width=3)
        rule = MathTex(r"\text{predict } 1 \text{ (dog) if } \hat y > 0.5,"
                       r"\ \text{else } 0 \text{ (cat)}", font_size=SIZES.formula_small,
                       color=theme.text)
        rule.next_to(gauge, DOWN, buff=0.75).set_x(gauge.get_x())
        with self.beat("To answer yes or no, {cut} cut at one half: {rule} predict class one "
                       "when the output is above one half, class zero otherwise.") as b:
            b.wait_until("cut")
            self.play(Create(cut), Indicate(gauge.numbers[1], color=theme.boundary),
                      run_time=0.8)
            b.wait_until("rule")
            self.play(FadeIn(rule, shift=0.2 * UP), run_time=1.0)

        # Step: the slope identity, seen as a tangent sliding along the S whose slope traces
        # the bell under it (both plots share the z axis).
        identity = MathTex(r"\sigma'(z) = \sigma(z)\,\big(1 - \sigma(z)\big)",
                           font_size=SIZES.formula, color=theme.highlight)
        left, right = BODY.split(0.4)
        plot_w = right.width - 1.6
        s_axes = function_axes(theme, (*SLIDE_RANGE, 2), (0, 1, 0.5), x_length=plot_w,
                               y_length=2.6)
        d_axes = function_axes(theme, (*SLIDE_RANGE, 2), (0, 0.25, 0.25), x_length=plot_w,
                               y_length=2.2, x_numbers=range(-6, 7, 2))
        plots = VGroup(s_axes, d_axes).arrange(DOWN, buff=0.55)
        # Room on the right for the name of z at the end of the lower axis, and on the left
        # for the values' scale.
        right.place(plots, aligned=RIGHT).shift(0.5 * LEFT)
        # The two z axes exactly one above the other: the link from tangent to bell is upright.
        d_axes.shift((s_axes.c2p(0, 0)[0] - d_axes.c2p(0, 0)[0]) * RIGHT)
        # The values on dashed guides at the plots' left edge, clear of the curves (the
        # y-axes stand at z = 0, under the S's middle and the bell's peak).
        scales = VGroup()
        for ax, values in ((s_axes, (0.5, 1.0)), (d_axes, (0.25,))):
            for v in values:
                # The bell's guide stops short of its peak, where the peak's label goes.
                end = SLIDE_RANGE[1] if ax is s_axes else -2.0
                guide = DashedLine(ax.c2p(SLIDE_RANGE[0], v), ax.c2p(end, v),
                                   color=theme.muted, stroke_width=1.2, dash_length=0.08)
                guide.set_stroke(opacity=0.6)
                scales.add(guide, SansNumber(v, num_decimal_places=2 if v < 0.5 else 1,
                                             font_size=SIZES.label, color=theme.muted
                                             ).next_to(guide, LEFT, buff=0.12))
            # 0 at the same edge, where the z axis starts.
            scales.add(SansNumber(0, num_decimal_places=0, font_size=SIZES.label,
                                  color=theme.muted).next_to(ax.c2p(SLIDE_RANGE[0], 0), LEFT,
                                                             buff=0.12))
        # Each curve's name in its plot's empty top-left corner.
        s_names = VGroup(
            MathTex(r"\sigma(z)", font_size=SIZES.formula_small, color=theme.curve).move_to(
                s_axes.c2p(SLIDE_RANGE[0], 1.0) + 0.15 * (DOWN + RIGHT), aligned_edge=UP + LEFT),
            MathTex(r"\sigma'(z)", font_size=SIZES.formula_small,
                    color=theme.highlight).move_to(d_axes.c2p(SLIDE_RANGE[0], 0.25)
                                                   + 0.15 * (DOWN + RIGHT),
                                                   aligned_edge=UP + LEFT),
            MathTex("z", font_size=SIZES.formula_small, color=theme.muted).next_to(
                d_axes.x_axis.get_right(), RIGHT, buff=0.12),
        )
        zs = np.linspace(*SLIDE_RANGE, 200)
        s_graph = polyline(s_axes, zs, sigmoid(zs), theme.curve, width=4)
        bell_full = polyline(d_axes, zs, sigmoid_derivative(zs), theme.highlight, width=4)
        slide = ValueTracker(-SLIDE_STOP)

        def tangent() -> Line:
            z0 = slide.get_value()
            v, d = float(sigmoid(z0)), float(sigmoid_derivative(z0))
            return Line(s_axes.c2p(z0 - TANGENT_HALF, v - TANGENT_HALF * d),
                        s_axes.c2p(z0 + TANGENT_HALF, v + TANGENT_HALF * d),
                        color=theme.highlight, stroke_width=5)

        touch = always_redraw(lambda: Dot(s_axes.c2p(slide.get_value(),
                                                     float(sigmoid(slide.get_value()))),
                                          radius=0.08, color=theme.highlight))
        tangent_line = always_redraw(tangent)
        tracer = always_redraw(lambda: Dot(d_axes.c2p(
            slide.get_value(), float(sigmoid_derivative(slide.get_value()))), radius=0.08,
            color=theme.highlight))
        link = always_redraw(lambda: DashedLine(
            s_axes.c2p(slide.get_value(), float(sigmoid(slide.get_value()))),
            d_axes.c2p(slide.get_value(), float(sigmoid_derivative(slide.get_value()))),
            color=theme.muted, stroke_width=1.5, dash_length=0.08))

        traced = np.linspace(-SLIDE_STOP, SLIDE_STOP, 200)  # where the tangent goes

        def trace(m: VMobject) -> None:
            upto = traced[traced <= slide.get_value() + 1e-9]
            if len(upto) < 2:
                upto = traced[:2]
            m.set_points_as_corners(
                [d_axes.c2p(z0, float(sigmoid_derivative(z0))) for z0 in upto])

        bell = VMobject(color=theme.highlight, stroke_width=4)
        trace(bell)
        peak = float(sigmoid_derivative(0.0))
        peak_label = MathTex(rf"\text{{peak }} {peak:g}", font_size=SIZES.formula_small,
                             color=theme.highlight)
        peak_label.next_to(d_axes.c2p(0, peak), RIGHT, buff=1.0)
        tails = Text("flat tails", font_size=SIZES.label, color=theme.muted)
        tails.next_to(d_axes.c2p(SLIDE_RANGE[0] + 1.2, 0.02), UP, buff=0.15)
        note = prose("the slope of the S at each $z$, drawn below it", width=left.width - 0.2,
                     font_size=SIZES.formula_small, color=theme.muted)
        # The identity checked at the tangent's point: the output, one minus it, their product.
        def at_slide() -> float:
            return round(slide.get_value(), 2)

        slope_readout = ReadoutPanel([
            (r"\sigma(z) =", lambda: float(sigmoid(at_slide())), 3),
            (r"1 - \sigma(z) =", lambda: 1.0 - float(sigmoid(at_slide())), 3),
            (r"\sigma(1-\sigma) =", lambda: float(sigmoid_derivative(at_slide())), 3),
        ], theme, font_size=SIZES.label)
        slope_readout.numbers[2].set_color(theme.highlight)
        self.slope_readout = slope_readout
        left_block = VGroup(identity, note, slope_readout).arrange(DOWN, aligned_edge=LEFT,
                                                                   buff=0.5)
        left.place(left_block, aligned=LEFT).shift(0.25 * RIGHT)  # room for its frame
        self.identity, self.bell = identity, bell_full
        with self.beat("One more fact for later: {identity} the sigmoid's slope is built from "
                       "its own output. {slide} Slide a tangent along the S and draw its "
                       "slope underneath: {bell} a bell, {peak} which peaks at one quarter in "
                       "the middle {tails} and is almost zero in the tails, {matter} and that "
                       "will matter very soon.") as b:
            # The S (the sigmoid the fact is about) replaces the pipeline at once: no empty
            # frame while "one more fact" is said.
            self.play(FadeOut(VGroup(chain, arrows, same, new, whole, gauge, gauge_name, dog,
                                     dog_text, cat, cat_text, cut, rule)), run_time=0.4)
            self.play(Create(s_axes), Create(d_axes), FadeIn(s_names), FadeIn(scales),
                      Create(s_graph), run_time=b.time_until("identity", minimum=0.8))
            b.wait_until("identity")
            self.play(Write(identity), run_time=1.4)
            b.wait_until("slide")
            self.add(bell, link)
            self.play(FadeIn(touch), FadeIn(tangent_line), FadeIn(tracer), FadeIn(note),
                      FadeIn(slope_readout), run_time=0.5)
            bell.add_updater(trace)
            self.play(slide.animate.set_value(0.0),
                      run_time=b.time_until("peak", minimum=1.0),
                      rate_func=rate_functions.linear)
            b.wait_until("peak")
            self.play(FadeIn(peak_label), Flash(tracer, color=theme.highlight), run_time=0.8)
            self.play(slide.animate.set_value(SLIDE_STOP),
                      run_time=max(b.time_until("tails") - 0.1, 1.0),
                      rate_func=rate_functions.linear)
            bell.clear_updaters()
            b.wait_until("tails")
            # The bell over the whole axis, past where the tangent stopped.
            self.play(FadeIn(tails), Create(bell_full), run_time=0.6)
            b.wait_until("matter")
            self.play(Create(SurroundingRectangle(identity, color=theme.highlight, buff=0.15)))
        for mob in (touch, tangent_line, tracer, link, *slope_readout.numbers):
            mob.clear_updaters()


# ---------------------------------------------------------------------------------------------


#: The quiz's score, read off the S: sigma(2), and the sign slip sigma(-2).
QUIZ_Z = 2.0
_RIGHT, _SLIP = float(sigmoid(QUIZ_Z)), float(sigmoid(-QUIZ_Z))

QUIZ = Quiz(
    question=f"A cat-or-dog model computes the score $z = {QUIZ_Z:g}$ for a photo. What "
             "does the sigmoid output, and which class does the 0.5 threshold pick?",
    spoken_question=f"A cat-or-dog model computes the score z equals {QUIZ_Z:g} for a photo. "
                    "What does the sigmoid output, and which class does the 0.5 threshold "
                    "pick?",
    choices=(
        rf"$\hat y \approx {_SLIP:.2f}$, so class 0",
        rf"$\hat y = {QUIZ_Z:g}$, more than sure: class 1",
        rf"$\hat y \approx {_RIGHT:.2f}$, so class 1",
        r"$\hat y = 0.5$, undecided",
    ),
    correct=2,
    reason=rf"$\sigma({QUIZ_Z:g}) = 1 / (1 + e^{{-{QUIZ_Z:g}}}) \approx {_RIGHT:.2f}$, "
           "above 0.5, "
           "so class\u00a01; the output never leaves $(0, 1)$.",
    spoken_reason=f"Sigma of {QUIZ_Z:g} is one over one plus e to the minus {QUIZ_Z:g}, about "
                  f"{_RIGHT:.2f}. That is above 0.5, so class one; the output never leaves the "
                  "range from zero to one.",
    applied=True,
)


#: The quiz picture's stretch of z.
QUIZ_RANGE = (-6.0, 6.0)


class SigmoidCheck(QuizScene):
    """Check your understanding: the sigmoid at a score of 2, and the threshold. Beside the
    card, the S with the score marked; the reveal reads the output off it."""

    quiz = QUIZ

    def quiz_picture(self) -> VGroup:
        theme = self.theme
        axes = function_axes(theme, (*QUIZ_RANGE, 2), (0, 1, 0.5), x_length=SIDE.width - 0.9,
                             y_length=4.2, x_numbers=range(-4, 5, 2),
                             number_size=SIZES.label)
        self.quiz_axes = axes
        scale = VGroup()
        for v in (0.5, 1.0):
            guide = DashedLine(axes.c2p(QUIZ_RANGE[0], v), axes.c2p(QUIZ_RANGE[1], v),
                               color=theme.muted, stroke_width=1.2, dash_length=0.08)
            scale.add(guide, SansNumber(v, num_decimal_places=1, font_size=SIZES.label,
                                        color=theme.muted).next_to(guide, LEFT, buff=0.12))
        # The S is drawn only at the reveal (on the axes where they end up): before it, the
        # picture must not give the answer. Until then the formula stands in for it.
        formula = MathTex(r"\sigma(z) = \frac{1}{1 + e^{-z}}", font_size=SIZES.formula_small,
                          color=theme.text)
        self.quiz_formula = formula
        at = DashedLine(axes.c2p(QUIZ_Z, 0), axes.c2p(QUIZ_Z, 1.0), color=theme.highlight,
                        stroke_width=2.5, dash_length=0.08)
        at_name = MathTex(rf"z = {QUIZ_Z:g}", font_size=SIZES.formula_small,
                          color=theme.highlight).next_to(at, UP, buff=0.12)
        z_name = MathTex("z", font_size=SIZES.formula_small, color=theme.muted).next_to(
            axes.x_axis.get_right(), RIGHT, buff=0.12)
        # Left of the score's name, above the plot's top guide.
        formula.next_to(at_name, LEFT, buff=0.4).align_to(at_name, DOWN).shift(0.1 * UP)
        return VGroup(axes, scale, formula, at, at_name, z_name)

    def quiz_reveal(self) -> None:
        theme, axes = self.theme, self.quiz_axes
        point = axes.c2p(QUIZ_Z, _RIGHT)
        dot = Dot(point, radius=0.09, color=theme.good)
        across = DashedLine(point, axes.c2p(QUIZ_RANGE[0], _RIGHT), color=theme.good,
                            stroke_width=2.5, dash_length=0.08)
        value = MathTex(rf"{_RIGHT:.2f}", font_size=SIZES.formula_small, color=theme.good)
        value.next_to(point, DR, buff=0.12)
        zs = np.linspace(*QUIZ_RANGE, 120)
        curve = polyline(axes, zs, sigmoid(zs), theme.curve, width=4)
        self.play(Create(curve), run_time=1.0)
        self.play(FadeIn(dot, scale=0.5), Create(across), FadeIn(value),
                  Flash(dot, color=theme.good), run_time=1.2)


SCENES_IN_ORDER = [SquishAnyNumberIntoZeroOne, SigmoidValuesTraceTheS,
                   LogisticRegressionWrapsTheLine, SigmoidCheck]
