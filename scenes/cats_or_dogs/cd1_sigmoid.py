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
    UR,
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
    Rectangle,
    RoundedRectangle,
    SurroundingRectangle,
    Text,
    VGroup,
    VMobject,
    Write,
)

from core import sigmoid, sigmoid_derivative
from core.cats_dogs import sigmoid_walkthrough
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, SIDE, STAGE, Region
from scenes.common.plots import function_axes
from scenes.common.prose import prose
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: Raw outputs a linear model might give (the text's examples; 100 is off the drawn line).
RAW_OUTPUTS = (0.5, 1.7, -3.0)
FAR_OUTPUT = 100.0
#: The ambiguous output the text asks about.
PUZZLE_OUTPUT = 1.4
#: The stretch of the real line drawn on the number line.
LINE_RANGE = (-5.0, 5.0)
#: Scores fed through the squish to show how it packs the line into (0, 1).
SQUISH_GRID = np.arange(-5.0, 5.01, 0.5)
#: The text's plug-in values, in its order.
CHECK_Z = (0.0, 5.0, -5.0)
#: The sigmoid's graph is drawn over this range of z.
Z_RANGE = (-7.0, 7.0)
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
    """A line's raw outputs wander anywhere on the real line; the sigmoid packs them all into
    (0, 1)."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Cats or dogs: a yes-or-no answer")

        # Step: encode the classes
        codes = VGroup(
            VGroup(Text("cat", font_size=SIZES.body, color=theme.class0),
                   MathTex(r"\to 0", font_size=SIZES.formula, color=theme.class0)),
            VGroup(Text("dog", font_size=SIZES.body, color=theme.class1),
                   MathTex(r"\to 1", font_size=SIZES.formula, color=theme.class1)),
        )
        for pair in codes:
            pair.arrange(RIGHT, buff=0.2)
        codes.arrange(RIGHT, buff=1.2).next_to(heading, DOWN, buff=0.5).set_x(0)
        with self.beat("Label every cat zero and every dog one, and fit an ordinary linear "
                       "regression to those labels. What comes out?"):
            self.play(FadeIn(heading, shift=0.2 * DOWN))
            self.play(FadeIn(codes, shift=0.2 * DOWN, lag_ratio=0.4), run_time=1.2)

        # Step: unbounded outputs
        line = NumberLine(x_range=[*LINE_RANGE, 1], length=11, color=theme.muted,
                          include_numbers=True, font_size=SIZES.formula_small)
        line.numbers.set_color(theme.muted)
        line.shift(0.6 * UP)
        band = Rectangle(width=line.n2p(1)[0] - line.n2p(0)[0], height=0.5, stroke_width=0,
                         fill_color=theme.good, fill_opacity=0.3).move_to(
            (line.n2p(0) + line.n2p(1)) / 2)
        band_label = Text("0 to 1", font_size=SIZES.caption, color=theme.good).next_to(
            band, DOWN, buff=0.5).shift(0.5 * LEFT)  # clear of the 1.4 label that comes later
        outs = VGroup()
        for value in RAW_OUTPUTS:
            dot = Dot(line.n2p(value), radius=0.09, color=theme.highlight)
            label = MathTex(f"{value:g}", font_size=SIZES.formula_small, color=theme.highlight)
            label.next_to(dot, UP, buff=0.45)
            outs.add(VGroup(dot, label))
        lift = 0.3 * UP  # above the line, so the ticks at 4 and 5 stay visible
        far = VGroup(Arrow(line.n2p(4.0) + lift, line.n2p(LINE_RANGE[1]) + 0.6 * RIGHT + lift,
                           buff=0, color=theme.highlight, stroke_width=5),
                     MathTex(f"{FAR_OUTPUT:g}", font_size=SIZES.formula_small,
                             color=theme.highlight))
        far[1].next_to(far[0], UP, buff=0.15)
        with self.beat("The line's output is not bounded. {outs} It can be one half, 1.7, "
                       "minus three, {far} even a hundred, and {band} only the stretch from "
                       "zero to one could be read as a label.") as b:
            self.play(Create(line), run_time=b.time_until("outs"))
            self.play(*[FadeIn(o, shift=0.2 * DOWN) for o in outs], lag_ratio=0.3,
                      run_time=b.time_until("far"))
            b.wait_until("far")
            self.play(GrowArrow(far[0]), FadeIn(far[1]))
            b.wait_until("band")
            self.play(FadeIn(band), FadeIn(band_label))

        # Step: no confidence
        puzzle = VGroup(Dot(line.n2p(PUZZLE_OUTPUT), radius=0.09, color=theme.bad),
                        MathTex(f"{PUZZLE_OUTPUT:g}", font_size=SIZES.formula_small,
                                color=theme.bad))
        puzzle[1].next_to(puzzle[0], DOWN, buff=0.6)
        question = Text("more dog than a dog?", font_size=SIZES.label, color=theme.bad)
        question.next_to(puzzle[1], DOWN, buff=0.2)
        with self.beat(f"And what would {PUZZLE_OUTPUT:g} mean: {{question}} more dog than a "
                       "dog? A raw number cannot say how sure the model is.") as b:
            self.play(FadeIn(puzzle, shift=0.2 * UP))
            b.wait_until("question")
            self.play(Write(question))

        # Step: the squish
        target = NumberLine(x_range=[0, 1, 0.5], length=11, color=theme.curve,
                            include_numbers=True, font_size=SIZES.formula_small,
                            decimal_number_config={"num_decimal_places": 1})
        target.numbers.set_color(theme.curve)
        target.shift(2.6 * DOWN)
        target_name = Text("probability", font_size=SIZES.caption, color=theme.curve)
        # Below the line between 0.5 and 1.0, where no thread and no number is.
        target_name.move_to(target.n2p(0.75) + 0.45 * DOWN)
        grid = SQUISH_GRID
        heights = sigmoid(grid)
        threads = VGroup(*[
            Line(line.n2p(z) + 0.45 * DOWN, target.n2p(float(h)), stroke_width=1.5,
                 color=theme.muted,
                 stroke_opacity=0.6) for z, h in zip(grid, heights, strict=True)
        ])
        landed = VGroup()
        for value in (*RAW_OUTPUTS, PUZZLE_OUTPUT, FAR_OUTPUT):
            landed.add(Dot(target.n2p(float(sigmoid(value))), radius=0.08,
                           color=theme.bad if value == PUZZLE_OUTPUT else theme.highlight))
        far_dot = Dot(line.n2p(LINE_RANGE[1]) + 0.6 * RIGHT + lift, radius=0.09,
                      color=theme.highlight)  # 100 is off the line: it lands from the arrow
        sigma_name = MathTex(r"\sigma", font_size=SIZES.formula_large, color=theme.curve)
        sigma_name.move_to(line.n2p(LINE_RANGE[0]) + 0.55 * LEFT + 1.6 * DOWN)
        self.threads, self.target = threads, target
        with self.beat("We need a squish: {threads} a function that sends every real number, "
                       "however large, {land} strictly between zero and one, where it can be "
                       "read as a probability. {sigma} That function is the sigmoid.") as b:
            self.play(FadeOut(question), FadeOut(far), FadeOut(band_label), FadeOut(band),
                      FadeIn(far_dot),
                      FadeOut(VGroup(*[o[1] for o in outs])), FadeOut(puzzle[1]), run_time=0.8)
            b.wait_until("threads")
            self.play(Create(target), FadeIn(target_name), run_time=1)
            self.play(Create(threads, lag_ratio=0.05), run_time=b.time_until("land"))
            b.wait_until("land")
            self.play(*[o[0].animate.move_to(d) for o, d in zip(outs, landed, strict=False)],
                      puzzle[0].animate.move_to(landed[-2]),
                      far_dot.animate.move_to(landed[-1]), run_time=1.5)
            b.wait_until("sigma")
            self.play(FadeIn(sigma_name), run_time=1)


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
    return axes, z_name, s_name, guides


def formula_card(theme: Theme, axes: Axes) -> tuple[MathTex, VGroup]:
    """The formula above the half-way guide and its two notes under it, in the empty left of
    the sigmoid's plot."""
    formula = MathTex(r"\sigma(z) = \frac{1}{1 + e^{-z}}", font_size=SIZES.formula,
                      color=theme.text)
    e_note = MathTex(rf"e \approx {np.e:.3f}", font_size=SIZES.formula_small,
                     color=theme.muted)
    sigma_note = prose(r"$\sigma$: small sigma, not the sum $\Sigma$", width=2.6,
                       font_size=SIZES.formula_small, color=theme.muted)
    notes = VGroup(e_note, sigma_note).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
    formula.next_to(axes.c2p(Z_RANGE[0], 0.92), DR, buff=0.2)
    notes.next_to(axes.c2p(Z_RANGE[0], 0.45), DR, buff=0.2)
    return formula, notes


def two_lines(tex: MathTex, split: int) -> MathTex:
    """A worked row too wide for the side panel: its parts from ``split`` on go on a second
    line, under the first line's second part."""
    first, second = VGroup(*tex[:split]), VGroup(*tex[split:])
    second.next_to(first, DOWN, buff=0.12).align_to(tex[1], LEFT)
    return tex


def value_beside(theme: Theme, axes: Axes, z: float, v: float) -> MathTex:
    """A worked value written beside its dot: up and left, clear of the curve (under it near
    the top guide)."""
    label = MathTex(probability_text(v), font_size=SIZES.formula_small, color=theme.highlight)
    return label.next_to(axes.c2p(z, v), DOWN + LEFT if v > 0.9 else UP + LEFT, buff=0.12)


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
            self.play(FadeIn(heading, shift=0.2 * DOWN), Write(formula), run_time=1.5)
            b.wait_until("e")
            self.play(FadeIn(notes, shift=0.2 * LEFT), run_time=1)
            self.play(Create(axes), FadeIn(z_name), FadeIn(s_name), Create(guides), run_time=1.2)

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
            row = MathTex(rf"z = {z:g}:", rf"\ e^{{{-z + 0.0:g}}} \approx {e:.3g}",
                          rf"\Rightarrow\ \sigma = \frac{{1}}{{{d:.4g}}}",
                          rf"\approx {probability_text(v)}", font_size=SIZES.formula_small,
                          color=theme.text)
            row[3].set_color(theme.highlight)
            rows.add(two_lines(row, 2))
            point = Dot(axes.c2p(z, v), radius=0.09, color=theme.highlight)
            self.points.add(point)
            values.add(value_beside(theme, axes, z, v))
        limits = VGroup(
            two_lines(MathTex(r"z \to +\infty:", r"\ e^{-z} \to 0", r"\Rightarrow\ \sigma \to 1",
                              font_size=SIZES.formula_small, color=theme.text), 2),
            two_lines(MathTex(r"z \to -\infty:", r"\ e^{-z} \to \infty",
                              r"\Rightarrow\ \sigma \to 0", font_size=SIZES.formula_small,
                              color=theme.text), 2),
        )
        SIDE.stack(*rows, *limits, buff=0.3)
        # Each value's mark has its own name: a scene's marks are told apart by name.
        for i, (text, mark) in enumerate(zip(words, ("half", "yes", "no"), strict=True)):
            row, point = rows[i], self.points[i]
            with self.beat(text) as b:
                self.play(FadeIn(row, shift=0.2 * LEFT), run_time=1.2)
                b.wait_until(mark)
                self.play(FadeIn(point, scale=0.5), Flash(point, color=theme.highlight),
                          FadeIn(values[i]))

        # Step: the two infinities
        ends = VGroup(
            Arrow(axes.c2p(5.2, 0.9), axes.c2p(Z_RANGE[1], 0.995), buff=0, color=theme.curve,
                  stroke_width=4, max_tip_length_to_length_ratio=0.25),
            Arrow(axes.c2p(-5.2, 0.1), axes.c2p(Z_RANGE[0], 0.005), buff=0, color=theme.curve,
                  stroke_width=4, max_tip_length_to_length_ratio=0.25),
        )
        with self.beat("Far to the right, e to the minus z vanishes and sigma creeps up to "
                       "one. {left} Far to the left, it explodes and sigma sinks to zero. "
                       "Neither end is ever reached.") as b:
            self.play(FadeIn(limits[0], shift=0.2 * LEFT), GrowArrow(ends[0]), run_time=1.2)
            b.wait_until("left")
            self.play(FadeIn(limits[1], shift=0.2 * LEFT), GrowArrow(ends[1]), run_time=1.2)

        # Step: the S
        curve = s_curve(axes, sigmoid, theme.curve)
        self.curve = curve
        with self.beat("Join the dots and you get the S-shaped curve. {dots} Big positive scores "
                       "land near one, big negative scores near zero, and a score of zero lands "
                       "exactly on one half.") as b:
            self.play(FadeOut(ends), Create(curve), run_time=b.time_until("dots"))
            b.wait_until("dots")
            self.bring_to_front(self.points)
            # One pulse per dot, each about its own centre, so no dot leaves the curve.
            self.play(*[Indicate(p, color=theme.highlight) for p in self.points], run_time=1.2)


# ---------------------------------------------------------------------------------------------


class LogisticRegressionWrapsTheLine(LectureScene):
    """The linear model with one more step: z = w.x + b, then sigma; the output read as a
    probability and cut at 0.5; and the slope sigma(1 - sigma)."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Logistic regression: a line, then a squish")

        # Step: the pipeline
        def box(tex: str, colour: str) -> VGroup:
            inner = MathTex(tex, font_size=SIZES.formula, color=theme.text)
            frame = RoundedRectangle(corner_radius=0.15, width=inner.width + 0.5,
                                     height=inner.height + 0.45, color=colour,
                                     stroke_width=3)
            return VGroup(frame, inner.move_to(frame))

        x_in = MathTex("x", font_size=SIZES.formula, color=theme.text)
        linear = box(r"z = w_1 x_1 + w_2 x_2 + b", theme.muted)
        squash = box(r"\sigma(z)", theme.curve)
        y_out = MathTex(r"\hat y", font_size=SIZES.formula, color=theme.highlight)
        chain = VGroup(x_in, linear, squash, y_out).arrange(RIGHT, buff=0.9)
        chain.next_to(heading, DOWN, buff=0.8).set_x(0)
        arrows = VGroup(*[Arrow(a.get_right(), b.get_left(), buff=0.12, color=theme.muted,
                                stroke_width=4) for a, b in zip(chain[:-1], chain[1:],
                                                                 strict=True)])
        same = Text("the linear model, unchanged", font_size=SIZES.caption, color=theme.muted)
        same.next_to(linear, DOWN, buff=0.2)
        new = Text("one new step", font_size=SIZES.caption, color=theme.curve)
        new.next_to(squash, DOWN, buff=0.2)
        with self.beat("Logistic regression keeps the linear model exactly as it was and "
                       "{squash} adds one step: the score z goes through the sigmoid.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN))
            self.play(FadeIn(x_in), GrowArrow(arrows[0]), FadeIn(linear), FadeIn(same),
                      run_time=1.2)
            b.wait_until("squash")
            self.play(GrowArrow(arrows[1]), FadeIn(squash), FadeIn(new), GrowArrow(arrows[2]),
                      FadeIn(y_out), run_time=1.2)

        # Step: the output is a probability
        gauge = NumberLine(x_range=[0, 1, 0.5], length=8.0, color=theme.muted,
                           include_numbers=True, font_size=SIZES.formula_small,
                           decimal_number_config={"num_decimal_places": 1})
        gauge.numbers.set_color(theme.muted)
        gauge_name = MathTex(r"\hat y = P(\text{class }1)", font_size=SIZES.formula_small,
                             color=theme.muted).next_to(gauge, LEFT, buff=0.4)
        # Under the pipeline: the rest of the body, where the gauge and then the slope go.
        below = Region("below the pipeline", BODY.left, BODY.right, BODY.bottom,
                       VGroup(same, new).get_bottom()[1] - 0.5)
        below.place(VGroup(gauge_name, gauge)).shift(0.3 * UP)  # room for the rule below
        dog = Dot(gauge.n2p(SURE_DOG), radius=0.1, color=theme.class1)
        dog_text = Text(f"{SURE_DOG:g}: {SURE_DOG:.0%} sure it is class 1", font_size=SIZES.caption,
                        color=theme.class1).next_to(dog, UP, buff=0.3)
        cat = Dot(gauge.n2p(SURE_CAT), radius=0.1, color=theme.class0)
        cat_text = Text(f"{SURE_CAT:g}: {1 - SURE_CAT:.0%} sure it is class 0",
                        font_size=SIZES.caption, color=theme.class0).next_to(cat, UP, buff=0.3)
        cat_text.align_to(gauge, LEFT)
        dog_text.align_to(gauge, RIGHT)
        with self.beat(f"The output is the model's probability of class one. {{dog}} An output "
                       f"of {SURE_DOG:g} means {SURE_DOG:.0%} sure it is a dog; {{cat}} "
                       f"{SURE_CAT:g} means {1 - SURE_CAT:.0%} sure it is a cat.") as b:
            self.play(Create(gauge), FadeIn(gauge_name), run_time=1)
            b.wait_until("dog")
            self.play(FadeIn(dog, scale=0.5), FadeIn(dog_text), run_time=1)
            b.wait_until("cat")
            self.play(FadeIn(cat, scale=0.5), FadeIn(cat_text), run_time=1)

        # Step: the threshold
        cut = DashedLine(gauge.n2p(0.5) + 0.3 * UP, gauge.n2p(0.5) + 0.9 * DOWN,
                         color=theme.boundary, stroke_width=3)
        rule = MathTex(r"\text{predict } 1 \text{ if } \hat y > 0.5, \text{ else } 0",
                       font_size=SIZES.formula_small, color=theme.text)
        rule.next_to(gauge, DOWN, buff=0.75)
        with self.beat("To answer yes or no, {cut} cut at one half: {rule} predict class one "
                       "when the output is above one half, class zero otherwise.") as b:
            b.wait_until("cut")
            # The cut stands where the "0.5" tick label was: the rule below names the value.
            self.play(Create(cut), gauge.numbers[1].animate.set_opacity(0), run_time=0.8)
            b.wait_until("rule")
            self.play(Write(rule), run_time=1.2)

        # Step: the slope identity
        identity = MathTex(r"\sigma'(z) = \sigma(z)\,\big(1 - \sigma(z)\big)",
                           font_size=SIZES.formula, color=theme.highlight)
        small = Axes(x_range=[*Z_RANGE, 7], y_range=[0, 0.3, 0.25], x_length=5.6, y_length=2.8,
                     tips=False, axis_config={"color": theme.muted, "stroke_width": 1.5})
        bell = s_curve(small, sigmoid_derivative, theme.highlight, width=4)
        peak = float(sigmoid_derivative(0.0))
        peak_label = MathTex(f"{peak:g}", font_size=SIZES.formula_small, color=theme.highlight)
        peak_label.next_to(small.c2p(0, peak), UR, buff=0.1)
        tails = Text("flat tails", font_size=SIZES.caption, color=theme.muted)
        graph = VGroup(small, bell, peak_label)
        slope_block = VGroup(identity, graph).arrange(RIGHT, buff=0.8)
        below.place(slope_block)
        tails.next_to(small.c2p(-4, 0), DOWN, buff=0.2)  # under the flat left tail
        self.identity, self.bell = identity, bell
        with self.beat("One more fact for later: {identity} the sigmoid's slope is built from "
                       "its own output. {bell} It peaks at one quarter in the middle and is "
                       "almost zero in the tails, {matter} and that will matter very soon.") as b:
            self.play(FadeOut(VGroup(gauge, gauge_name, dog, dog_text, cat, cat_text, cut,
                                     rule)), run_time=0.8)
            b.wait_until("identity")
            self.play(Write(identity), run_time=1.2)
            b.wait_until("bell")
            self.play(Create(small), Create(bell), FadeIn(peak_label), FadeIn(tails),
                      run_time=1.5)
            b.wait_until("matter")
            self.play(Create(SurroundingRectangle(identity, color=theme.highlight, buff=0.15)))


# ---------------------------------------------------------------------------------------------


QUIZ = Quiz(
    question="A cat-or-dog model computes the score $z = 0$ for a photo. What does the "
             "sigmoid say, and which class does the 0.5 threshold predict?",
    spoken_question="A cat-or-dog model computes the score z equals zero for a photo. What "
                    "does the sigmoid say, and which class does the 0.5 threshold predict?",
    choices=(
        r"$\sigma = 0$, so class 0",
        r"$\sigma = 0.5$, exactly undecided; not above 0.5, so class 0",
        r"$\sigma = 1$, so class 1",
        r"$\sigma$ is undefined at $z = 0$",
    ),
    correct=1,
    reason=r"$\sigma(0) = 1/(1 + e^{0}) = 1/2$, and the rule predicts 1 only when "
           r"$\hat y > 0.5$.",
    spoken_reason="Sigma of zero is one over one plus e to the zero, one half, and the rule "
                  "predicts one only when y hat is above 0.5.",
)



class SigmoidCheck(QuizScene):
    """Check your understanding: the sigmoid at a score of zero, and the threshold."""

    quiz = QUIZ


SCENES_IN_ORDER = [SquishAnyNumberIntoZeroOne, SigmoidValuesTraceTheS,
                   LogisticRegressionWrapsTheLine, SigmoidCheck]
