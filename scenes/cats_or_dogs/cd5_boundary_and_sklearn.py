"""Cats or Dogs, part 5: the decision boundary and scikit-learn. The trained model says class 1
exactly where w1 x1 + w2 x2 + b > 0, so its boundary is the line that equation solves to, with
the slope and intercept of core's weights; a straight line is also its limit. Then our weights
beside scikit-learn's ``LogisticRegression`` fitted on the same data. The code shown is the
lesson's program (``core/lesson_code/``), read from its files.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Axes,
    BackgroundRectangle,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    Indicate,
    Line,
    MathTex,
    SurroundingRectangle,
    Text,
    ValueTracker,
    VectorizedPoint,
    VGroup,
    VMobject,
    Write,
    always_redraw,
    rate_functions,
)

from core.cats_dogs import (
    SklearnComparison,
    boundary_slope_intercept,
    sklearn_comparison,
    straight_cut_sweep,
    weight_size_ratio,
)
from core.datasets import load_dataset
from core.geometry import boundary_segment
from core.lesson_code import logistic_from_scratch as program
from core.lesson_code import sklearn_check
from scenes.cats_or_dogs.lesson import (
    CLASS_NAMES,
    clear_tick_numbers,
    lesson_params,
    lesson_run,
    plane_on_the_left,
    points_under,
)
from scenes.common.beats import LectureScene
from scenes.common.code import CodeListing, source_of
from scenes.common.layout import BODY, GUTTER
from scenes.common.pieces import ProbabilityField, ReadoutPanel, axes_box
from scenes.common.plots import (
    axis_names,
    legend,
    legend_entry,
    plane_axes,
    point_cloud,
)
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES

#: What a lecture file may set for the lesson's data and training (checked by the catalog).
PARAMETERS = {"seed": "int", "learning_rate": "positive float", "n_iterations": "count <= 20000"}

#: The quiz's weights (inputs of the question; its answers are solved by core).
QUIZ_W, QUIZ_B = (2.0, 1.0), -4.0

#: Our line beside scikit-learn's dashed one: broad and half-transparent under the dashes.
OURS_WIDTH, OURS_OPACITY = 12, 0.5


def signed(value: float, decimals: int = 2) -> str:
    """A term added to a formula: '+ 0.17' or '- 0.31' (TeX minus)."""
    return f"{'-' if value < 0 else '+'} {abs(value):.{decimals}f}"


def boundary_line(axes: Axes, theta: np.ndarray, colour: str, dashed: bool = False,
                  width: float = 5) -> Line:
    """theta0 + theta1 x1 + theta2 x2 = 0 clipped to the axes' box (core's segment)."""
    segment = boundary_segment(theta, *axes_box(axes))
    assert segment is not None, "the boundary misses the plotted box"
    start, end = (axes.c2p(*p) for p in segment)
    if dashed:
        return DashedLine(start, end, color=colour, stroke_width=6, dash_length=0.22,
                          dashed_ratio=0.55)
    return Line(start, end, color=colour, stroke_width=width)


# ---------------------------------------------------------------------------------------------


class BoundaryWhereTheScoreIsZero(LectureScene):
    """The trained field splits where z = 0; the boundary solved for x2, drawn with its slope
    and intercept; a straight cut's limit on a ring."""

    uses_params = ("seed", "learning_rate", "n_iterations")

    def construct(self) -> None:
        theme = self.theme
        run = lesson_run()
        self.run = run
        data = run.dataset
        theta = run.thetas[-1]
        w1, w2, b = float(run.w[0]), float(run.w[1]), run.b
        slope, intercept = boundary_slope_intercept(run.w, run.b)
        self.slope, self.intercept = slope, intercept
        heading = self.heading("The decision boundary")
        key = legend(theme, CLASS_NAMES)
        BODY.place(key, aligned=UP + LEFT)
        axes, column = plane_on_the_left(theme, data, top_room=key.height + GUTTER)
        self.axes = axes
        names = axis_names(axes, theme)
        # Each number on the side of its axis clear of the clouds, on a patch of background.
        self.tick_numbers = clear_tick_numbers(axes, theme, data.X)
        names.add(self.tick_numbers)
        field = ProbabilityField(axes, lambda: theta, theme)
        field.clear_updaters()
        dots = point_cloud(axes, data.X, data.y, theme)

        # Step: the trained model over the plane
        with self.beat("Here are the trained model's probabilities over the whole plane: {warm} "
                       "amber where it says dog, blue where it says cat.") as clock:
            self.play(FadeIn(heading, shift=0.2 * DOWN), run_time=1)
            self.play(FadeIn(field), Create(axes), FadeIn(names), run_time=1.2)
            self.bring_to_front(axes)
            self.play(FadeIn(dots, lag_ratio=0.01), run_time=1.2)
            clock.wait_until("warm")
            self.play(FadeIn(key), run_time=1)

        # Step: the rule
        rule = MathTex(r"\sigma(z) > 0.5", r"\iff", r"z > 0", font_size=SIZES.formula_small,
                       color=theme.text)
        line_eq = MathTex(r"w_1 x_1 + w_2 x_2 + b = 0", font_size=SIZES.formula_small,
                          color=theme.boundary)
        numbers = MathTex(rf"{w1:.2f}\,x_1 {signed(w2)}\,x_2 {signed(b)} = 0",
                          font_size=SIZES.formula_small, color=theme.text)
        steps = VGroup(rule, line_eq, numbers).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        column.place(steps, aligned=UP + LEFT)
        with self.beat("The model says class one when sigma of z is above one half, {iff} which "
                       "happens exactly when z is above zero. {switch} So the switch sits where "
                       "z equals zero.") as clock:
            self.play(Write(rule[0]), run_time=1.5)
            clock.wait_until("iff")
            self.play(Write(rule[1:]), run_time=1.2)
            clock.wait_until("switch")
            self.play(FadeIn(line_eq, shift=0.2 * DOWN), run_time=1)
            self.play(FadeIn(numbers, shift=0.2 * DOWN), run_time=1)

        # Step: solve for x2
        solved = MathTex(r"x_2", "=", r"-\frac{w_1}{w_2}", r"\,x_1", r"-\frac{b}{w_2}",
                         font_size=SIZES.formula_small, color=theme.text)
        solved[2].set_color(theme.highlight)
        solved[4].set_color(theme.curve)
        filled = MathTex(r"x_2", "=", f"{slope:.2f}", r"\,x_1", signed(intercept),
                         font_size=SIZES.formula_small, color=theme.text)
        filled[2].set_color(theme.highlight)
        filled[4].set_color(theme.curve)
        VGroup(solved, filled).arrange(DOWN, aligned_edge=LEFT, buff=0.3).next_to(
            steps, DOWN, buff=0.5).align_to(steps, LEFT)
        code = CodeListing(source_of(program.boundary), theme)
        code.next_to(filled, DOWN, buff=0.35).align_to(filled, LEFT)
        self.code = code
        labels = VGroup(code.mark(code.line_index("slope ="), theme.highlight),
                        code.mark(code.line_index("intercept ="), theme.curve))
        line = boundary_line(axes, theta, theme.boundary)
        self.line = line
        with self.beat("{line} That is the equation of a line. {solve} Solve it for x two: "
                       "{slope} the slope is minus w one over w two, and {intercept} the "
                       "intercept is minus b over w two. {code} In code, that is one short "
                       "function.") as clock:
            clock.wait_until("line")
            self.play(Create(line), run_time=1.2)
            clock.wait_until("solve")
            self.play(FadeIn(solved, shift=0.2 * DOWN), run_time=1.2)
            clock.wait_until("slope")
            self.play(FadeIn(filled[:4], shift=0.2 * DOWN), run_time=1)
            clock.wait_until("intercept")
            self.play(FadeIn(filled[4:], shift=0.2 * DOWN), run_time=1)
            clock.wait_until("code")
            self.play(FadeIn(code), run_time=0.8)
            self.add(labels)
            self.bring_to_back(labels)
            self.play(FadeIn(labels), run_time=0.6)

        # Step: the intercept and the slope on the picture
        origin = np.array([0.0, intercept])
        cross = Dot(axes.c2p(*origin), radius=0.09, color=theme.curve)
        # The value beside its dot, in the corner that covers the fewest data points.
        cross_value = min(
            (MathTex(f"{intercept:.2f}", font_size=SIZES.formula_small,
                     color=theme.curve).next_to(cross, corner, buff=0.06)
             for corner in (DOWN + LEFT, UP + LEFT, DOWN + RIGHT, UP + RIGHT)),
            key=lambda m: points_under(m, axes, data.X, margin=0.05))
        cross_value.add_background_rectangle(color=theme.background, opacity=0.6, buff=0.03)
        self.cross_value = cross_value
        # The step of one drawn at x1 = 2, in the empty corner past the gap, clear of the
        # axes' numbers and of the crossing.
        x_run = 2.0
        corner = (x_run + 1.0, intercept + slope * x_run)
        run_leg = Line(axes.c2p(x_run, corner[1]), axes.c2p(*corner), color=theme.highlight,
                       stroke_width=4)
        rise_leg = Line(axes.c2p(*corner), axes.c2p(corner[0], corner[1] + slope),
                        color=theme.highlight, stroke_width=4)
        one = MathTex("1", font_size=SIZES.formula_small, color=theme.highlight).next_to(
            run_leg, UP, buff=0.08)
        rise = MathTex(f"{slope:.2f}", font_size=SIZES.formula_small,
                       color=theme.highlight).next_to(rise_leg, RIGHT, buff=0.08)
        for tag in (one, rise):  # legible over the field, the line and any dot beneath
            tag.add_background_rectangle(color=theme.background, opacity=0.5, buff=0.03)
        self.bring_to_front(line)
        with self.beat(f"It crosses the x two axis at {intercept:.2f}, {{drop}} and every step "
                       f"of one to the right drops it by {abs(slope):.2f}. The line runs "
                       "through the gap and separates the two clouds.") as clock:
            self.play(FadeIn(cross, scale=0.5), FadeIn(cross_value),
                      Indicate(code.lines[code.line_index("intercept =")], color=theme.curve),
                      run_time=1.2)
            clock.wait_until("drop")
            self.play(Create(run_leg), Create(rise_leg), FadeIn(one), FadeIn(rise),
                      Indicate(code.lines[code.line_index("slope =")],
                               color=theme.highlight), run_time=1.5)

        # Step: planes and hyperplanes, and the limit of a straight cut: a line swept across
        # a ring around a disc, its best share of points right read out as it moves.
        rings = load_dataset("rings")
        sweep = straight_cut_sweep(rings.X, rings.y)
        self.sweep = sweep
        higher = VGroup(
            Text("3 features: a plane", font_size=SIZES.label, color=theme.text),
            Text("more features: a hyperplane", font_size=SIZES.label, color=theme.text),
            Text("always flat, never curved", font_size=SIZES.label, color=theme.highlight),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        column.place(higher, aligned=UP + LEFT)
        ring_side = min(column.height - higher.height - 0.6, column.width - 3.0)
        ring_box = ((-3.6, 3.6), (-3.6, 3.6))
        ring_plane = plane_axes(theme, x_length=ring_side, box=ring_box)
        ring_plane.move_to([column.left + ring_side / 2 + 0.05,
                            column.bottom + ring_side / 2 + 0.05, 0])
        ring_dots = point_cloud(ring_plane, rings.X, rings.y, theme, radius=0.06)
        at = ValueTracker(0)

        def k() -> int:
            return int(round(at.get_value()))

        def cut() -> VMobject:
            segment = boundary_segment(sweep.thetas[k()], *ring_box)
            if segment is None:
                return VMobject()
            return Line(*(ring_plane.c2p(*p) for p in segment), color=theme.boundary,
                        stroke_width=5)

        cut_line = always_redraw(cut)
        best = float(sweep.accuracy.max())
        limit = Text("A ring around a disc:\nno straight cut works.\nNeural networks, later.",
                     font_size=SIZES.label, color=theme.bad, line_spacing=0.9)
        # The share of points on their own side (with the better naming of the two sides).
        share = ReadoutPanel([("on own side", lambda: float(sweep.accuracy[k()]), 2)], theme,
                             font_size=SIZES.label, tex_labels=False)
        share.next_to(ring_plane, RIGHT, buff=0.35).align_to(ring_plane, DOWN)
        # The verdict takes the place of the words about planes, once they are said.
        limit.move_to(higher, aligned_edge=UP + LEFT)
        with self.beat("With three features the boundary is a plane, with more a hyperplane, "
                       "but always flat. {ring} If one class forms a ring around the other, "
                       "{sweep} sweep a straight line across it, turning and shifting: {best} "
                       f"the best of these lines puts only {best:.0%} of the points on their "
                       "own side. {cut} No "
                       "straight cut can split them; that needs the neural networks to "
                       "come.") as clock:
            self.play(FadeOut(VGroup(rule, numbers, solved, labels, code, line_eq, filled)),
                      run_time=0.8)
            self.play(FadeIn(higher, shift=0.2 * UP), run_time=1.2)
            clock.wait_until("ring")
            self.play(FadeIn(ring_plane), FadeIn(ring_dots, lag_ratio=0.01), run_time=1.2)
            clock.wait_until("sweep")
            self.add(cut_line)
            self.play(FadeIn(share), run_time=0.5)
            self.play(at.animate.set_value(len(sweep.thetas) - 1),
                      run_time=max(clock.time_until("best") - 0.1, 2.0),
                      rate_func=rate_functions.linear)
            best_at = int(np.argmax(sweep.accuracy))
            clock.wait_until("best")
            self.play(at.animate.set_value(best_at), run_time=1.0)
            self.play(Indicate(share, color=theme.highlight), run_time=0.8)
            clock.wait_until("cut")
            self.play(FadeOut(higher), FadeIn(limit), run_time=0.8)
        cut_line.clear_updaters()
        for number in share.numbers:
            number.clear_updaters()


# ---------------------------------------------------------------------------------------------


class OurWeightsBesideScikitLearn(LectureScene):
    """The lesson's scikit-learn check as code, its printout beside our weights in a table,
    and the two boundaries over the clouds: ours solid, scikit-learn's dashed."""

    uses_params = ("seed", "learning_rate", "n_iterations")

    def construct(self) -> None:
        theme = self.theme
        p = lesson_params()
        comp = sklearn_comparison(p.learning_rate, p.n_iterations, seed=p.seed)
        self.comparison = comp
        ours, data = comp.ours, comp.ours.dataset
        ours_theta = ours.thetas[-1]
        their_theta = np.array([comp.sklearn_b, *comp.sklearn_w])
        heading = self.heading("The same model, fitted by scikit-learn")
        ours_key = legend_entry(Line(ORIGIN, 0.6 * RIGHT, color=theme.boundary,
                                     stroke_width=OURS_WIDTH, stroke_opacity=OURS_OPACITY),
                                "ours", theme)
        their_key = legend_entry(DashedLine(ORIGIN, 0.6 * RIGHT, color=theme.curve,
                                            stroke_width=6, dash_length=0.12),
                                 "scikit-learn", theme)
        key = VGroup(ours_key, their_key).arrange(RIGHT, buff=0.45)
        BODY.place(key, aligned=UP + LEFT)
        key.shift(0.08 * RIGHT)  # the lines' round caps reach past their ends
        axes, column = plane_on_the_left(theme, data, top_room=key.height + GUTTER)
        self.axes = axes
        names = axis_names(axes, theme)
        dots = point_cloud(axes, data.X, data.y, theme)
        # Ours broad and half-transparent, scikit-learn's dashes drawn over it: both visible
        # where they nearly coincide.
        ours_line = boundary_line(axes, ours_theta, theme.boundary, width=OURS_WIDTH)
        ours_line.set_stroke(opacity=OURS_OPACITY)
        their_line = boundary_line(axes, their_theta, theme.curve, dashed=True)
        their_line.set_z_index(1)
        self.lines = (ours_line, their_line)

        body = source_of(sklearn_check.main, body_only=True).split("\n")
        first = next(i for i, line in enumerate(body) if line.startswith("model ="))
        code = CodeListing("\n".join(body[first:]), theme)
        column.place(code, aligned=UP + LEFT)
        self.code = code

        table, rule = self.comparison_table(comp, code)
        ours_column = VGroup(*[r[1] for r in table])
        their_column = VGroup(*[r[2] for r in table])
        labels_column = VGroup(*[r[0] for r in table[1:]])
        self.table = table

        # Step: our fit
        with self.beat(f"Start from the same data {{fit}} and our from-scratch fit: "
                       f"{p.n_iterations} steps of gradient descent, {{weights}} with its "
                       "weights, {line} its solid line and its accuracy.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), Create(axes), FadeIn(names),
                      FadeIn(dots, lag_ratio=0.01), run_time=1.2)
            b.wait_until("fit")
            b.wait_until("weights")
            self.play(FadeIn(labels_column), FadeIn(ours_column), Create(rule),
                      run_time=b.time_until("line"))
            b.wait_until("line")
            self.play(Create(ours_line), run_time=1.2)

        # Step: scikit-learn's
        with self.beat("Now the library version. {make} Make a LogisticRegression, {fit} fit "
                       "it to the same hundred points, {show} and print its weights, its bias "
                       "and its accuracy. {dashed} Its line, dashed, lands almost on top of "
                       "ours.") as b:
            self.play(FadeIn(code), run_time=0.8)
            b.wait_until("make")
            self.play(code.light(code.line_index("model = ")), run_time=0.5)
            b.wait_until("fit")
            self.play(code.light(code.line_index("model.fit")), run_time=0.5)
            b.wait_until("show")
            self.play(code.light(code.line_index("print"),
                                                   len(code.lines) - 1),
                      FadeIn(their_column, shift=0.2 * LEFT), run_time=1.2)
            b.wait_until("dashed")
            self.play(Create(their_line), FadeIn(key), run_time=1.5)

        # Step: why the weights differ
        weight_rows = VGroup(*[c for label in ("w_1", "w_2", "b") for c in self.cells[label]])
        their_icpt = boundary_slope_intercept(comp.sklearn_w, comp.sklearn_b)[1]
        ours_icpt = boundary_slope_intercept(ours.w, ours.b)[1]
        with self.beat(f"The weights are smaller, because by default scikit-learn adds a "
                       f"small penalty on their size, with C equal to {comp.C:g}. But the line "
                       "depends only on their ratios, {slopes} so the slopes nearly agree; "
                       f"{{icpt}} the intercepts differ a little more, {ours_icpt:.2f} against "
                       f"{their_icpt:.2f}.") as b:
            # A tint behind the rows being talked about; cell by cell, a pulse of the whole
            # block would push its corners out of line.
            weight_tint = self.tint(weight_rows)
            slope_cells = VGroup(*self.cells[r"\text{slope}"])
            icpt_cells = VGroup(*self.cells[r"\text{intercept}"])
            slope_tint = self.tint(slope_cells)
            line_tint = self.tint(icpt_cells)
            self.play(weight_tint.animate.set_fill(opacity=0.16).set_stroke(opacity=1),
                      *[Indicate(c, color=theme.highlight) for c in weight_rows], run_time=1.5)
            b.wait_until("slopes")
            self.play(FadeOut(weight_tint),
                      slope_tint.animate.set_fill(opacity=0.16).set_stroke(opacity=1),
                      *[Indicate(c, color=theme.highlight) for c in slope_cells], run_time=1.2)
            b.wait_until("icpt")
            self.play(FadeOut(slope_tint),
                      line_tint.animate.set_fill(opacity=0.16).set_stroke(opacity=1),
                      *[Indicate(c, color=theme.highlight) for c in icpt_cells], run_time=1.2)

        # Step: the ratios, shown: our weights and bias shrunk (our weights to the length of
        # scikit-learn's) leave our line where it is (redrawn from the scaled weights); only
        # the probabilities soften.
        ratio = weight_size_ratio(ours.w, comp.sklearn_w)
        self.ratio = ratio
        scale = ValueTracker(1.0)
        field = ProbabilityField(axes, lambda: scale.get_value() * ours_theta, theme)
        ours_line.add_updater(lambda m: m.become(boundary_line(
            axes, scale.get_value() * ours_theta, theme.boundary, width=OURS_WIDTH
        ).set_stroke(opacity=OURS_OPACITY)))
        factor = ReadoutPanel([(r"\times", lambda: scale.get_value(), 2)], theme,
                              font_size=SIZES.label)
        # Beside the rows of our weights and bias, which it scales (the plane has no corner
        # clear of both the clouds and the lines).
        factor.next_to(VGroup(*table[1:4]), RIGHT, buff=0.3)
        factor_bg = BackgroundRectangle(factor, color=theme.background, fill_opacity=0.8,
                                        buff=0.1)
        with self.beat("See it on the plane: {field} here are our model's probabilities. "
                       f"{{shrink}} Shrink our weights and bias together by {ratio:.2f}, so our "
                       "weights are as long as scikit-learn's: {stays} the line stays exactly "
                       "where it is, and "
                       "only the shading around it softens.") as b:
            self.play(FadeOut(line_tint), run_time=0.4)
            b.wait_until("field")
            self.add(field)
            self.bring_to_back(field)
            self.add(factor_bg)
            self.play(FadeIn(field), FadeIn(factor_bg), FadeIn(factor), run_time=1.0)
            b.wait_until("shrink")
            self.play(scale.animate.set_value(ratio), run_time=b.time_until("stays",
                                                                            minimum=1.5))
            b.wait_until("stays")
            self.play(Indicate(ours_line, color=theme.highlight, scale_factor=1.0),
                      run_time=1.0)
        ours_line.clear_updaters()
        for mob in (field, *factor.numbers):
            mob.clear_updaters()

        # Step: the moral
        box = SurroundingRectangle(VGroup(*self.cells[r"\text{accuracy}"]), color=theme.good,
                                   buff=0.1)
        with self.beat("Both classify every training point the same way. {know} Now you know "
                       "what model dot fit does for you.") as b:
            self.play(Create(box), run_time=0.8)
            b.wait_until("know")
            self.play(Indicate(code, color=theme.highlight, scale_factor=1.02), run_time=1)

    def tint(self, cells: VGroup) -> SurroundingRectangle:
        """A pale band of the highlight colour behind the rows of ``cells``, labels included
        (added to the scene behind everything, invisible until faded in)."""
        rows = VGroup(*[row for row in self.table[1:] if any(c in cells for c in row)])
        band = SurroundingRectangle(rows, color=self.theme.highlight, buff=0.08,
                                    stroke_width=1.5, fill_opacity=0.16)
        self.add(band)
        self.bring_to_back(band)
        band.set_opacity(0)
        return band

    def comparison_table(self, comp: SklearnComparison, code: VGroup) -> tuple[VGroup, Line]:
        """Ours beside scikit-learn's, row by row (weights, the line, accuracy), under the
        code line and left-aligned with it; and the rule under the header. Fills
        ``self.cells``: each row's label to its two number cells."""
        theme = self.theme
        ours = comp.ours
        # The table: a header row and six rows of label, ours, theirs.
        ours_slope, ours_icpt = boundary_slope_intercept(ours.w, ours.b)
        their_slope, their_icpt = boundary_slope_intercept(comp.sklearn_w, comp.sklearn_b)
        rows_data = [
            ("w_1", ours.w[0], comp.sklearn_w[0], 3),
            ("w_2", ours.w[1], comp.sklearn_w[1], 3),
            ("b", ours.b, comp.sklearn_b, 3),
            (r"\text{slope}", ours_slope, their_slope, 2),
            (r"\text{intercept}", ours_icpt, their_icpt, 2),
            (r"\text{accuracy}", ours.accuracy, comp.sklearn_accuracy, 3),
        ]
        size = SIZES.formula_small
        header = VGroup(VectorizedPoint(),  # the label column has no header
                        Text("ours", font_size=SIZES.label, color=theme.boundary),
                        Text("scikit-learn", font_size=SIZES.label, color=theme.curve))
        table = VGroup(header)
        self.cells: dict[str, tuple[MathTex, MathTex]] = {}
        left = code.get_left()[0]
        columns = (left, left + 3.2, left + 5.6)  # label left edge; numbers' right edges
        for row_index, (label, mine, theirs, decimals) in enumerate(rows_data):
            # One TeX run per row, so label and numbers share a baseline; then only x moves.
            # Braced numbers: a leading minus is a sign, not a subtraction after the label.
            cells = MathTex(label, f"{{{mine:.{decimals}f}}}", f"{{{theirs:.{decimals}f}}}",
                            arg_separator=r"\qquad ", font_size=size, color=theme.text)
            cells[0].set_color(theme.text)
            cells[1].set_x(columns[1], direction=RIGHT)
            cells[2].set_x(columns[2], direction=RIGHT)
            # Digits sit on the baseline: line the rows up by it, a fixed pitch apart.
            cells.shift((-0.52 * row_index - cells[1].get_bottom()[1]) * UP)
            # A word is a word in the text face; a symbol stays maths.
            name: VMobject = cells[0]
            if label.startswith(r"\text{"):
                name = Text(label[len(r"\text{"):-1], font_size=SIZES.label, color=theme.text)
                name.set_y(cells[1].get_y())
            name.set_x(columns[0], direction=LEFT)
            self.cells[label] = (cells[1], cells[2])
            table.add(VGroup(name, cells[1], cells[2]))
        header[1:].next_to(table[1], UP, buff=0.3)
        header[1].set_x(columns[1], direction=RIGHT)
        header[2].set_x(columns[2], direction=RIGHT)
        header[0].move_to([columns[0], header[1].get_y(), 0])
        table.next_to(code, DOWN, buff=0.45).align_to(code, LEFT)
        rule = Line(table[0].get_corner(DOWN + LEFT) + 0.1 * DOWN,
                    [left + 5.7, table[0].get_bottom()[1] - 0.1, 0], color=theme.muted,
                    stroke_width=1.5)
        return table, rule


# ---------------------------------------------------------------------------------------------

_Q_SLOPE, _Q_ICPT = boundary_slope_intercept(np.array(QUIZ_W), QUIZ_B)


def _line(slope: float, intercept: float) -> str:
    """'$x_2 = -2\\,x_1 + 4$', set as maths."""
    sign = "+" if intercept >= 0 else "-"
    return f"$x_2 = {slope:g}\\,x_1 {sign} {abs(intercept):g}$"


QUIZ = Quiz(
    question=f"Logistic regression learned $w_1 = {QUIZ_W[0]:g}$, $w_2 = {QUIZ_W[1]:g}$, "
             f"$b = {QUIZ_B:g}$. Which line is its decision boundary?",
    spoken_question=f"Logistic regression learned w one equals {QUIZ_W[0]:g}, w two equals "
                    f"{QUIZ_W[1]:g}, and b equals {QUIZ_B:g}. Which line is its decision "
                    "boundary?",
    choices=(
        _line(_Q_SLOPE, _Q_ICPT),
        _line(-_Q_SLOPE, -_Q_ICPT),  # the signs of the solving step dropped
        _line(1 / _Q_SLOPE, _Q_ICPT / 2),  # w2 / w1 for the slope, b over w1
        "There is none: the boundary of logistic regression is curved",
    ),
    correct=0,
    applied=True,
    reason=f"Set $w_1 x_1 + w_2 x_2 + b = 0$ and solve for $x_2$: slope "
           f"$-w_1/w_2 = -{QUIZ_W[0]:g}/{QUIZ_W[1]:g} = {_Q_SLOPE:g}$, intercept "
           f"$-b/w_2 = {-QUIZ_B:g}/{QUIZ_W[1]:g} = {_Q_ICPT:g}$.",
    spoken_reason="Set w one x one plus w two x two plus b to zero and solve for x two: the "
                  "slope is minus w one over w two, the intercept minus b over w two.",
)


class BoundaryCheck(QuizScene):
    """Check your understanding: read the boundary line off a model's weights."""

    uses_params = ()  # a quiz reads no lecture parameter
    quiz = QUIZ


SCENES_IN_ORDER = [BoundaryWhereTheScoreIsZero, OurWeightsBesideScikitLearn, BoundaryCheck]
