"""Chapter 2: from scores to a decision boundary. A straight cut through the plane, a smooth
probability field around it, the log-odds reading, and what a straight cut cannot do."""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    UP,
    Axes,
    Create,
    Dot,
    FadeIn,
    Indicate,
    MathTex,
    SurroundingRectangle,
    Text,
    ValueTracker,
    VGroup,
    Write,
    smooth,
)

from core import (
    accuracy,
    feature_comparison,
    load_dataset,
    log_odds,
    newton_method,
    odds,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, FORMULA_STRIP, GUTTER, SIDE, STAGE, Region
from scenes.common.pieces import BoundaryLine, Derivation, ProbabilityField, ReadoutPanel
from scenes.common.plots import axis_names, legend_entry, plane_axes, point_cloud
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

BOX = ((-4.0, 4.0), (-3.0, 3.0))
#: The rings reach about 3.2 from the centre: a square box that holds them all.
RINGS_BOX = ((-3.6, 3.6), (-3.6, 3.6))
#: The course's starting knobs: theta = (0, 1.2, 1.2).
START = np.array([0.0, 1.2, 1.2])
#: A little L2 keeps the fitted weights finite and the field readable.
FIT_L2 = 0.5


#: The body above the formula strip: the derivation and the table of odds side by side.
ABOVE_STRIP = Region("above strip", BODY.left, BODY.right, FORMULA_STRIP.top + GUTTER, BODY.top)


def plane_on_stage(theme: Theme, box: tuple[tuple[float, float], tuple[float, float]]
                   ) -> tuple[Axes, VGroup]:
    """Feature-plane axes over ``box`` as large as the stage allows (room left for the axis
    names past their ends), and the names."""
    room = STAGE.inset(0.35)
    (x0, x1), (y0, y1) = box
    axes = plane_axes(theme, box, min(room.width, room.height * (x1 - x0) / (y1 - y0)))
    room.place(axes)
    return axes, axis_names(axes, theme)


def class_legend(theme: Theme) -> VGroup:
    """Class 0 and class 1, one under the other."""
    return VGroup(*[legend_entry(Dot(radius=0.08, color=c), t, theme)
                    for c, t in ((theme.class0, "class 0"), (theme.class1, "class 1"))]
                  ).arrange(DOWN, aligned_edge=LEFT, buff=0.15)


def odds_table(rows: list[tuple[float, float, float]], theme: Theme) -> VGroup:
    """A header and one row per ``(h, odds, log-odds)``, in three left-aligned columns."""
    table = VGroup(
        MathTex(r"h", r"\text{odds } \frac{h}{1-h}", r"\text{log-odds}",
                font_size=SIZES.formula, color=theme.muted),
        *[MathTex(rf"{h:.2f}", rf"{o:.1f}\text{{ to }}1", rf"{lo:.3f}",
                  font_size=SIZES.formula, color=theme.text) for h, o, lo in rows],
    ).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
    left = table.get_left()[0]
    gap = 0.6
    for column in range(3):
        widest = max(row[column].width for row in table)
        for row in table:
            row[column].set_x(left, direction=LEFT)
        left += widest + gap
    return table


class BoundaryRotatesOverTheField(LectureScene):
    """The three weights slide, turn and sharpen the boundary over the probability field."""

    def construct(self) -> None:
        theme = self.theme
        data = load_dataset("clouds")
        fitted = newton_method(data.X, data.y, l2=FIT_L2).thetas[-1]
        heading = self.heading("Chapter 2 \u00b7 The decision boundary")
        axes, names = plane_on_stage(theme, BOX)

        # The knobs: bias, direction angle and length of (theta1, theta2).
        bias = ValueTracker(START[0])
        angle = ValueTracker(float(np.arctan2(START[2], START[1])))
        length = ValueTracker(float(np.hypot(START[1], START[2])))

        def theta() -> np.ndarray:
            a, r = angle.get_value(), length.get_value()
            return np.array([bias.get_value(), r * np.cos(a), r * np.sin(a)])

        field = ProbabilityField(axes, theta, theme)
        boundary = BoundaryLine(axes, theta, theme)
        dots = point_cloud(axes, data.X, data.y, theme)
        model = MathTex(r"h(x) = g(\theta_0 + \theta_1 x_1 + \theta_2 x_2)",
                        font_size=SIZES.formula_small, color=theme.text)
        panel = ReadoutPanel(
            [(r"\theta_0", lambda: theta()[0], 2), (r"\theta_1", lambda: theta()[1], 2),
             (r"\theta_2", lambda: theta()[2], 2),
             (r"\text{accuracy}", lambda: accuracy(theta(), data.X, data.y), 3)],
            theme, font_size=SIZES.label,
        )
        legend = class_legend(theme)
        SIDE.stack(model, panel, legend, buff=0.6)

        # Step: points and the field
        with self.beat("With two features, {points} every email is a point in the plane. "
                       "{shading} The shading is the model's probability of class one: blue "
                       "where it says no, amber where it says yes.") as b:
            self.play(Write(heading), FadeIn(model), FadeIn(field), Create(axes),
                      FadeIn(names), run_time=1.2)
            b.wait_until("points")
            self.play(FadeIn(dots, lag_ratio=0.02), run_time=1.5)
            b.wait_until("shading")
            self.play(FadeIn(legend), run_time=1.2)
        with self.beat("The switch from no to yes happens where the probability is one half, "
                       "which is where the score is zero. {line} That set is a straight line: "
                       "the decision boundary.") as b:
            b.wait_until("line")
            self.play(Create(boundary.line), FadeIn(panel), run_time=1.5)
        with self.beat("The arrow made of theta one and theta two stands at right angles to "
                       "the line {toward} and points toward class one.") as b:
            self.play(FadeIn(boundary.arrow), run_time=1)
            self.add(boundary)
            b.wait_until("toward")
            self.play(Indicate(boundary.arrow, color=theme.highlight), run_time=1.2)

        # Step: theta0 slides, the direction turns, the length sharpens
        with self.beat("Theta zero slides the line back and forth without turning it."):
            self.play(bias.animate.set_value(2.5), run_time=2, rate_func=smooth)
            self.play(bias.animate.set_value(-2.5), run_time=2.5, rate_func=smooth)
            self.play(bias.animate.set_value(0.0), run_time=1.5, rate_func=smooth)
        with self.beat("Turning the arrow turns the line. Half a turn around, the model "
                       "{wrong} calls every point by the wrong name, and accuracy "
                       "collapses.") as b:
            # Half a turn, landing as the wrong names are said; the flipped state (and its
            # collapsed accuracy) stays on screen until the sentence is over.
            self.play(angle.animate.increment_value(np.pi), run_time=b.time_until("wrong"),
                      rate_func=smooth)
            b.hold_until("end")
            self.play(angle.animate.increment_value(np.pi), run_time=3, rate_func=smooth)
        with self.beat("The arrow's length sets how fast the probability ramps across the "
                       "line. {long} Long weights make a knife edge; {short} short weights, a "
                       "gentle fade.") as b:
            b.wait_until("long")
            self.play(length.animate.set_value(4 * length.get_value()),
                      run_time=b.time_until("short"))
            b.wait_until("short")
            self.play(length.animate.set_value(0.3), run_time=2.5)
        with self.beat("Fitted by maximum likelihood, the three knobs settle here, with the "
                       "line running through the gap between the clouds."):
            self.play(bias.animate.set_value(float(fitted[0])),
                      angle.animate.set_value(float(np.arctan2(fitted[2], fitted[1]))),
                      length.animate.set_value(float(np.hypot(fitted[1], fitted[2]))),
                      run_time=3)
            self.play(Indicate(panel.numbers[3], color=theme.good), run_time=1)
        for mob in (field, boundary, *panel.numbers):
            mob.clear_updaters()


class LogOddsInvertTheSigmoid(LectureScene):
    """Solving h = g(z) for z: the score is the log-odds, so the model is linear in log-odds."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("The score is the log-odds")
        derivation = Derivation(
            [
                [r"h", r"=", r"\frac{1}{1 + e^{-z}}"],
                [r"1 + e^{-z}", r"=", r"\frac{1}{h}"],
                [r"e^{-z}", r"=", r"\frac{1 - h}{h}"],
                [r"z", r"=", r"\log\frac{h}{1 - h}"],
            ],
            theme, notes=["", "flip both sides", "take away one", "invert, then take logs"],
            font_size=SIZES.formula, align=[1, 1, 1, 1], row_buff=0.3,
        )
        algebra, numbers = ABOVE_STRIP.split(0.5)
        algebra.place(derivation, aligned=UP + LEFT)
        with self.beat("Where does the straight line come from? {solve} Take the sigmoid and "
                       "solve it for the score z.") as b:
            self.play(Write(heading), run_time=1)
            b.wait_until("solve")
            self.play(Write(derivation.rows[0]), run_time=1.2)
        with self.beat("{flip} Flip both sides, {away} take away one, {invert} invert, and take "
                       "logarithms.") as b:
            for i, (mark, until) in zip((1, 2, 3), (("flip", "away"), ("away", "invert"),
                                                    ("invert", "end")), strict=True):
                b.wait_until(mark)
                self.play(FadeIn(derivation.rows[i], shift=0.15 * DOWN),
                          FadeIn(derivation.notes[i]), run_time=b.time_until(until))
            box = SurroundingRectangle(derivation.rows[3], color=theme.good, buff=0.1)
            self.play(Create(box))

        # Step: odds in numbers
        rows = [(h, float(odds(h)), float(log_odds(h))) for h in (0.5, 0.75, 0.9)]
        table = odds_table(rows, theme)
        numbers.place(table, aligned=UP + LEFT)
        with self.beat("The ratio h over one minus h is the odds. {three} Three to one odds "
                       "means a probability of three quarters, {log} and its logarithm is about "
                       "one point one.") as b:
            self.play(FadeIn(table[0]), run_time=0.8)
            self.play(*[FadeIn(r, shift=0.1 * DOWN) for r in table[1:]], lag_ratio=0.4,
                      run_time=1.5)
            b.wait_until("three")
            self.play(Indicate(table[2], color=theme.highlight), run_time=1.5)
            b.wait_until("log")
            self.play(Indicate(table[2][2], color=theme.highlight), run_time=1.2)
        takeaway = Text("Logistic regression is a linear model of the log-odds.",
                        font_size=SIZES.label, color=theme.highlight)
        FORMULA_STRIP.place(takeaway)
        with self.beat("So the model is linear after all, in log-odds. Each weight says how "
                       "much one unit of its feature shifts the log-odds of class one."):
            self.play(FadeIn(takeaway, shift=0.2 * UP))


class StraightCutCannotSplitABullseye(LectureScene):
    """On a bullseye the best straight boundary still gets about a third of the points wrong."""

    def construct(self) -> None:
        theme = self.theme
        comparison = feature_comparison("rings")
        data = comparison.dataset
        theta = comparison.theta_raw
        heading = self.heading("A straight cut has its limits")
        axes, names = plane_on_stage(theme, RINGS_BOX)
        dots = point_cloud(axes, data.X, data.y, theme, radius=0.06)
        field = ProbabilityField(axes, lambda: theta, theme)
        boundary = BoundaryLine(axes, lambda: theta, theme, with_normal=False)
        field.clear_updaters()
        boundary.clear_updaters()
        acc = float(comparison.accuracy_raw)
        verdict = VGroup(
            Text("best straight boundary", font_size=SIZES.label, color=theme.muted),
            MathTex(rf"\text{{accuracy}} = {acc:.2f}", font_size=SIZES.formula_small,
                    color=theme.bad),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        note = Text("Chapter 9 bends it with\nnonlinear features.", font_size=SIZES.label,
                    color=theme.text, line_spacing=0.9)
        SIDE.inset(0.3).stack(verdict, note, buff=0.6, aligned=LEFT)
        with self.beat("The boundary is always a straight line, because theta transpose x "
                       "equals zero is a linear equation. {ring} Here class one sits inside a "
                       "ring of class zero.") as b:
            self.play(Write(heading), Create(axes), FadeIn(names), run_time=1.2)
            b.wait_until("ring")
            self.play(FadeIn(dots, lag_ratio=0.02), run_time=1.5)
        with self.beat("Even the best straight cut through a bullseye {wrong} leaves a large "
                       "share of the points on the wrong side.") as b:
            self.play(FadeIn(field), Create(boundary), run_time=1.5)
            self.bring_to_front(dots)
            b.wait_until("wrong")
            self.play(FadeIn(verdict, shift=0.2 * LEFT))
        with self.beat("To curve the boundary we must first feed the model curved features, "
                       "such as squares of the inputs. That is where chapter nine picks up."):
            self.play(FadeIn(note, shift=0.2 * UP))



QUIZ = Quiz(
    question="In logistic regression, which points form the decision boundary?",
    choices=(
        r"Those where $\theta^{\mathsf T} x = 0$",
        r"Those where $\theta^{\mathsf T} x = 0.5$",
        "Those where $h(x) = 1$",
        "Whatever curve separates the classes best",
    ),
    correct=0,
    reason=r"$h = g(\theta^{\mathsf T} x)$ equals 0.5 exactly when the score "
           r"$\theta^{\mathsf T} x$ is 0: a straight line.",
    spoken_reason="h, which is g of theta transpose x, equals 0.5 exactly when the score "
                  "theta transpose x is zero: a straight line.",
)


class BoundaryCheck(QuizScene):
    """Check your understanding: reading a decision boundary off the weights."""

    quiz = QUIZ


SCENES_IN_ORDER = [BoundaryRotatesOverTheField, LogOddsInvertTheSigmoid,
                   StraightCutCannotSplitABullseye, BoundaryCheck]
