"""Cats or Dogs, part 4: logistic regression from scratch, as the code the learner writes.

The listings are the lesson's real program (``core/lesson_code/``, read from its files): the
data it makes, the linear-regression code beside the logistic one with the changed lines lit,
then the training loop run line by line while the boundary and the loss history follow core's
weights step by step (``tests/core/test_lesson_code.py`` runs the program and checks that it
prints the numbers shown here). The data seed, the learning rate and the number of iterations
come from the lecture file.
"""

from __future__ import annotations

import math

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    Flash,
    Group,
    Indicate,
    Line,
    MathTex,
    Rectangle,
    ReplacementTransform,
    SurroundingRectangle,
    Text,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
)

from core.cats_dogs import from_scratch_run
from core.datasets import load_dataset
from core.lesson_code import clouds as lesson_data
from core.lesson_code import linear_from_scratch as linear_program
from core.lesson_code import logistic_from_scratch as program
from core.losses import mean_cross_entropy
from scenes.cats_or_dogs.lesson import (
    CLASS_NAMES,
    clear_tick_numbers,
    lesson_params,
    plane_on_the_left,
    points_under,
    quiz_picture_room,
)
from scenes.common.beats import LectureScene
from scenes.common.code import CodeListing, source_of
from scenes.common.layout import BODY, GUTTER, HEADING, Region
from scenes.common.pieces import BoundaryLine, ProbabilityField, ReadoutPanel
from scenes.common.plots import axis_names, function_axes, legend, point_cloud
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES

#: What a lecture file may set for the lesson's data and training (checked by the catalog).
PARAMETERS = {"seed": "int", "learning_rate": "positive float", "n_iterations": "count <= 20000"}

#: Iterations of the training loop shown line by line before the rest runs fast.
SLOW_ITERATIONS = 3


def loop_source(learning_rate: float, n_iterations: int) -> str:
    """The training loop of the lesson's ``train``: its body up to (not with) the return,
    after the line of the lesson's ``main`` that sets its two arguments (here to the values the
    lecture file trains with)."""
    body = source_of(program.train, body_only=True).rstrip("\n").split("\n")
    settings = f"lr, n_iterations = {learning_rate:g}, {n_iterations}"
    return "\n".join([settings, *(line for line in body if not line.startswith("return"))]
                     ) + "\n"


# ---------------------------------------------------------------------------------------------


class TwoCloudsAndThreeChanges(LectureScene):
    """The lesson's two clouds of points beside the code that makes them; then the
    linear-regression code beside the logistic one, one function at a time, the changed lines
    lit."""

    uses_params = ("seed",)

    def construct(self) -> None:
        theme = self.theme
        params = lesson_params(("seed",))
        data = load_dataset("cats_dogs", params.seed)
        self.data = data
        # Short, so that the three changes fit in its row with room between (the title card has
        # named the chapter).
        heading = self.heading("From scratch, in numpy")
        key = legend(theme, CLASS_NAMES)
        BODY.place(key, aligned=UP + LEFT)
        axes, column = plane_on_the_left(theme, data, top_room=key.height + GUTTER)
        axis_labels = axis_names(axes, theme)
        # Numbered ticks, on whichever side of the axis is clear of the clouds.
        numbers = clear_tick_numbers(axes, theme, data.X, drop_covering=True,
                                     font_size=SIZES.body, each_side=True)
        dots = point_cloud(axes, data.X, data.y, theme)
        # A number a dot would touch (its box widened by a dot's radius and a gap) is left
        # out too: its tick mark stays.
        reach = dots[0].width / 2 + 0.06
        for number in list(numbers):
            if points_under(number, axes, data.X, reach):
                numbers.remove(number)
        self.tick_numbers = numbers
        axis_labels.add(numbers)
        n0, n1 = int(np.sum(data.y == 0)), int(np.sum(data.y == 1))
        self.dots = dots
        maker = CodeListing(source_of(lesson_data.two_clouds), theme, font_size=SIZES.label)
        column.place(maker, aligned=LEFT)
        self.maker = maker

        # Step: the data
        with self.beat("These few lines of numpy will make the practice data. {seed} A "
                       f"fixed seed, so every run is the same; {{zero}} {n0} points around "
                       f"minus two, minus two, {{one}} {n1} around plus two, plus two, and "
                       "{labels} the labels: zero for the first cloud, one for the second. "
                       "Think of them as cats and dogs, described by two features.") as b:
            # The data are drawn as they are named; each cloud is then picked out on the
            # words that place it.
            self.play(FadeIn(heading, shift=0.2 * DOWN), Create(axes), FadeIn(axis_labels),
                      FadeIn(maker), run_time=1.2)
            b.wait_until("seed")
            self.play(maker.light(maker.line_index("np.random.seed")), run_time=0.5)
            b.wait_until("zero")
            self.play(maker.light(maker.line_index("cats =")),
                      FadeIn(dots[:n0], lag_ratio=0.02), run_time=1.2)
            b.wait_until("one")
            self.play(maker.light(maker.line_index("dogs =")),
                      FadeIn(dots[n0:], lag_ratio=0.02), run_time=1.2)
            b.wait_until("labels")
            self.play(maker.light(maker.line_index("y =")), FadeIn(key),
                      run_time=1)

        # Step: the two programs, one pair of functions at a time: the linear-regression
        # function on top, the logistic one under it (the same columns, so a line that did not
        # change sits right under its twin), large; the changed lines lit.
        pairs = [
            (source_of(linear_program.predict),
             source_of(program.sigmoid, program.predict_proba)),
            (source_of(linear_program.mse), source_of(program.log_loss)),
            (source_of(linear_program.gradient), source_of(program.gradient)),
        ]
        # The gradients a notch smaller: the derivation of their error line is drawn under them.
        sizes = (SIZES.body, SIZES.body, SIZES.label)
        listings = [(CodeListing(old, theme, font_size=size),
                     CodeListing(new, theme, font_size=size))
                    for (old, new), size in zip(pairs, sizes, strict=True)]
        self.listings = listings
        pair_gap = 0.4
        for i, (old_listing, new_listing) in enumerate(listings):
            old_listing.move_to([BODY.left + 0.15, BODY.top, 0], aligned_edge=UP + LEFT)
            new_listing.next_to(old_listing, DOWN, buff=pair_gap if i < 2 else 0.2)
            new_listing.align_to(old_listing, LEFT)
        code_right = max(m.get_right()[0] for pair in listings for m in pair)
        side = Region("side", code_right + GUTTER, BODY.right, BODY.bottom, BODY.top)
        titles = VGroup(
            Text("linear regression", font_size=SIZES.body, color=theme.text),
            Text("logistic regression", font_size=SIZES.body, color=theme.curve),
        )

        def title_places(pair: tuple[CodeListing, CodeListing]) -> list[np.ndarray]:
            """Each title beside the top line of its listing, in the side column."""
            return [np.array([side.left, listing.row_y(0), 0]) for listing in pair]

        for title, place in zip(titles, title_places(listings[0]), strict=True):
            title.move_to(place, aligned_edge=LEFT)
        changed = theme.highlight
        # The three changes, numbered, in the heading's row, right of the title (clear of the
        # code's longest lines): named on the word, each
        # lit while it is explained, all three at the end.
        changes = VGroup(*[
            Text(f"{i}  {name}", font_size=SIZES.body, color=theme.muted)
            for i, name in enumerate(("sigmoid", "log loss"), start=1)
        ], VGroup(Text("3", font_size=SIZES.body, color=theme.muted),
                  MathTex(r"\hat y - y", font_size=SIZES.formula, color=theme.muted)
                  ).arrange(RIGHT, buff=0.2)).arrange(RIGHT, buff=0.55)
        HEADING.place(changes, aligned=RIGHT)
        for item in changes:  # each number on the heading's baseline
            item.shift((heading[0].get_bottom()[1] - item[0].get_bottom()[1]) * UP)
        self.changes = changes
        self.lit: list[VMobject] = []

        def lit(listing: CodeListing, *texts: str) -> VGroup:
            return VGroup(*[listing.mark(listing.line_index(t), changed) for t in texts])

        # Change 1: predictions pass through the sigmoid.
        old, new = listings[0]
        marks = lit(old, "return X @ w + b"), lit(new, "return sigmoid(")
        sigmoid_marks = lit(new, "def sigmoid", "return 1 /")
        self.sigmoid_marks = sigmoid_marks
        # What the two programs predict, as formulas, under the code (each on its words).
        # The score is named z once, here (the slopes of the third change are taken in it).
        predictions = VGroup(
            VGroup(Text("linear:", font_size=SIZES.body, color=theme.text),
                   MathTex(r"\hat y = z", font_size=SIZES.formula_large,
                           color=theme.text)),
            VGroup(Text("logistic:", font_size=SIZES.body, color=theme.curve),
                   MathTex(r"\hat y = ", r"\sigma", r"(z)",
                           font_size=SIZES.formula_large, color=theme.text)))
        for row in predictions:
            row[1].next_to(row[0], RIGHT, buff=0.35)
        predictions.arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        for row in predictions:
            row[1].set_x(predictions[1][0].get_right()[0] + 0.35 + row[1].width / 2)
        predictions[1][1][1].set_color(theme.highlight)  # the sigma
        # In the body's empty lower part, under the code.
        predictions.move_to([new.get_left()[0] + 0.15, BODY.bottom + 0.1, 0],
                            aligned_edge=DOWN + LEFT)
        # The score both programs compute, the code's X @ w + b, right of the predictions.
        score = VGroup(Text("the score", font_size=SIZES.body, color=theme.muted),
                       MathTex(r"z = Xw + b", font_size=SIZES.formula_large,
                               color=theme.text)).arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        score.next_to(predictions, RIGHT, buff=1.2)
        self.score = score
        self.predictions = predictions
        with self.beat("Now the code: linear regression on top, {under} logistic regression "
                       "under it. Logistic regression is the linear-regression program {three} "
                       "with three changes. {old} Linear regression predicted with "
                       "the score itself, z equals X w plus b. {sigmoid} Logistic regression "
                       "first defines the sigmoid, {change} then passes the same score "
                       "through it.") as b:
            self.play(FadeOut(VGroup(axes, axis_labels, dots, key, maker)),
                      FadeIn(titles[0]), FadeIn(old, shift=0.2 * RIGHT), run_time=1)
            # The logistic program comes on whole under its name on the word; the band then
            # follows each line as it is named.
            b.wait_until("under")
            self.play(FadeIn(titles[1], shift=0.2 * UP), FadeIn(new), run_time=0.8)
            b.wait_until("three")
            self.play(FadeIn(changes, lag_ratio=0.3), run_time=0.9)
            b.wait_until("old")
            self.play(FadeIn(score, shift=0.2 * UP), FadeIn(predictions[0], shift=0.2 * UP),
                      run_time=0.6)
            self.light(marks[0])
            b.wait_until("sigmoid")
            self.play(changes[0].animate.set_color(theme.highlight), run_time=0.4)
            self.light(sigmoid_marks)
            b.wait_until("change")
            self.play(FadeIn(predictions[1], shift=0.2 * UP), run_time=0.6)
            self.light(marks[1])

        # Change 2: the cost is log loss.
        old2, new2 = listings[1]
        marks2 = (lit(old2, "sq =", "return sq"),
                  lit(new2, "ones =", "zeros =", "return -np.mean"))
        clip_line = new2.line_index("np.clip")
        clip = new2.mark(clip_line, theme.highlight)
        log_loss_mark = lit(new2, "def log_loss")
        self.log_loss_mark = log_loss_mark
        places2 = title_places(listings[1])
        with self.beat("Second change: the cost. {old} Half the mean squared error {new} "
                       "becomes log loss, {pieces} a piece for the ones and a piece for the "
                       "zeros, averaged. {clip} Clipping keeps the prediction away from zero "
                       "and one, where the logarithm would blow up.") as b:
            # The two costs take the place of the predictions at once (no empty frame).
            self.play(FadeOut(VGroup(old, new, predictions, score, *self.lit)),
                      changes[0].animate.set_color(theme.text),
                      changes[1].animate.set_color(theme.highlight),
                      titles[1].animate.move_to(places2[1], aligned_edge=LEFT), run_time=0.6)
            self.lit = []
            self.play(FadeIn(old2, shift=0.2 * RIGHT), FadeIn(new2), run_time=0.8)
            b.wait_until("old")
            self.light(marks2[0])
            b.wait_until("new")
            self.light(log_loss_mark)
            b.wait_until("pieces")
            self.light(marks2[1])
            b.wait_until("clip")
            self.light(clip)

        # Change 3: the gradient keeps its form; only the prediction it uses changes.
        old3, new3 = listings[2]
        marks3 = lit(old3, "err ="), lit(new3, "err =")
        same = ("dw =", "db =", "return dw")
        kept = VGroup(*[VGroup(old3.mark(old3.line_index(t), theme.good, 0.3),
                               new3.mark(new3.line_index(t), theme.good, 0.3)) for t in same])
        places3 = title_places(listings[2])
        # Why the errors keep their form: the cost's slope in the score is prediction minus
        # label for both pairs (squared error of the score itself, log loss of its sigmoid),
        # beside each err line.
        slopes = VGroup(*[
            MathTex(r"\partial \ell / \partial z", "=", r"\hat y - y",
                    font_size=SIZES.formula, color=theme.text).move_to(
                [side.left, listing.row_y(listing.line_index("err =")), 0], aligned_edge=LEFT)
            for listing in listings[2]])
        for slope in slopes:
            slope[2].set_color(theme.highlight)
        self.slopes = slopes
        # Why, for log loss, large in the empty lower part of the body, built on the words:
        # the chain rule through the sigmoid, its two factors written out, the sigmoid's slope
        # y-hat (1 - y-hat) struck through where it is divided and where it is multiplied, and
        # only then what is left, prediction minus label.
        sigmoid_slope = r"\hat y(1 - \hat y)"
        rule = MathTex(r"\frac{\partial \ell}{\partial z}", "=",
                       r"\frac{\partial \ell}{\partial \hat y}", r"\cdot", r"\sigma'(z)",
                       font_size=SIZES.formula, color=theme.text)
        chain = MathTex("=", r"\frac{\hat y - y}{" + sigmoid_slope + "}", r"\cdot",
                        sigmoid_slope, font_size=SIZES.formula, color=theme.text)
        left = MathTex("=", r"\hat y - y", font_size=SIZES.formula, color=theme.text)
        left[1].set_color(theme.highlight)
        derivation = VGroup(rule, chain, left).arrange(RIGHT, buff=0.3)
        for part in (chain, left):  # on the rule's equals line
            part.shift((rule[1].get_y() - part[0].get_y()) * UP)
        # Off the frame's edge, with as much room above it as below (the listings sit close).
        derivation.move_to([BODY.left + 0.15, BODY.bottom + 0.05, 0], aligned_edge=DOWN + LEFT)
        fraction = chain[1]
        # The fraction's glyphs: the numerator's four (hat, y, minus, y) and the bar, then the
        # denominator's: the denominator comes on its own words, and it alone is struck
        # (clear of the bar).
        numerator, denominator = VGroup(*fraction[:5]), VGroup(*fraction[5:])
        self.numerator, self.denominator = numerator, denominator
        strikes = VGroup(*[
            Line([left_x, low, 0], [right_x, high, 0], color=theme.highlight, stroke_width=4)
            for left_x, right_x, low, high in (
                (denominator.get_left()[0], denominator.get_right()[0],
                 denominator.get_bottom()[1], denominator.get_top()[1] - 0.02),
                (chain[3].get_left()[0], chain[3].get_right()[0], chain[3].get_bottom()[1],
                 chain[3].get_top()[1]))])
        self.chain, self.strikes, self.derivation = chain, strikes, derivation
        # The sigmoid's slope still by name, where its value will be written: the chain is
        # true at every moment (each factor replaced by its value on its own words).
        slope_named = MathTex(r"\sigma'(z)", font_size=SIZES.formula, color=theme.text)
        slope_named.move_to(chain[3], aligned_edge=LEFT)
        self.slope_named = slope_named
        with self.beat("Third, the gradient. {errors} The errors are now probability minus "
                       "label. {chain} Why? Through the sigmoid, the slope of log loss in the "
                       "score is its slope in the prediction times the sigmoid's slope. "
                       "{dl} The slope in the prediction is prediction minus label, {over} over "
                       "y-hat times one minus y-hat; {ds} the sigmoid's slope is y-hat times "
                       "one minus y-hat, {cancel} so the two cancel: {exact} exactly "
                       "prediction minus label, {squared} as the squared error's was. Only the "
                       "prediction they use has changed. {same} Everything after it, inputs "
                       "times errors averaged, is the same line for line.") as b:
            self.play(FadeOut(VGroup(old2, new2, *self.lit)),
                      changes[1].animate.set_color(theme.text),
                      changes[2].animate.set_color(theme.highlight),
                      titles[1].animate.move_to(places3[1], aligned_edge=LEFT), run_time=0.6)
            self.lit = []
            self.play(FadeIn(old3), FadeIn(new3), run_time=0.6)
            b.wait_until("errors")
            self.light(*marks3)
            b.wait_until("chain")
            self.play(FadeIn(rule, shift=0.2 * UP), run_time=0.8)
            b.wait_until("dl")
            self.play(FadeIn(chain[0], shift=0.2 * LEFT), FadeIn(numerator, shift=0.2 * LEFT),
                      FadeIn(chain[2], shift=0.2 * LEFT), FadeIn(slope_named, shift=0.2 * LEFT),
                      Indicate(rule[2], color=theme.highlight), run_time=0.8)
            b.wait_until("over")
            self.play(FadeIn(denominator, shift=0.2 * UP), run_time=0.6)
            b.wait_until("ds")
            self.play(ReplacementTransform(slope_named, chain[3]),
                      Indicate(rule[4], color=theme.highlight), run_time=0.8)
            b.wait_until("cancel")
            self.play(Create(strikes), run_time=0.8)
            b.wait_until("exact")
            self.play(FadeIn(left, shift=0.2 * LEFT), FadeIn(slopes[1], shift=0.2 * LEFT),
                      run_time=0.8)
            b.wait_until("squared")
            self.play(FadeIn(slopes[0], shift=0.2 * LEFT), run_time=0.6)
            b.wait_until("same")
            # The same lines alone lit (one colour, one meaning on screen at a time).
            self.light(kept)
            self.play(changes.animate.set_color(theme.highlight), run_time=0.6)

    def light(self, *marks: VMobject, keep: bool = False) -> None:
        """Fade in bands that mark lines, behind the code they mark; the bands lit before go
        (or, with ``keep``, stay as they are): no dim leftovers."""
        self.add(*marks)
        self.bring_to_back(*marks)
        gone = [] if keep else [FadeOut(m) for m in self.lit]
        self.play(*[FadeIn(m) for m in marks], *gone, run_time=0.8)
        self.lit = [*self.lit, *marks] if keep else list(marks)


# ---------------------------------------------------------------------------------------------


def line_state(c: int) -> tuple[int, int, int, int, int]:
    """After ``c`` lines of the loop's five-line body have run: the pass the loop is in (0
    before the first), the index of the weights, of the bias, of the model whose loss was
    measured last (0, the all-zero start, before any) and the length of the loss history.

    Each pass runs the gradient, the weight step, the bias step, the loss and the append, in
    that order; pass k (from 1) moves the weights from ``ws[k - 1]`` to ``ws[k]``. The readout
    follows the code: each value changes on the line that sets it.
    """
    return (c + 4) // 5, (c + 3) // 5, (c + 2) // 5, (c + 1) // 5, c // 5


class TrainingDrawsTheLossHistory(LectureScene):
    """The training loop runs: its lines light as they execute, the first iterations one line
    at a time and then faster, while the boundary sharpens and the loss history is
    drawn on a logarithmic iteration axis, ending on core's final weights, loss and accuracy."""

    uses_params = ("seed", "learning_rate", "n_iterations")

    def construct(self) -> None:
        theme = self.theme
        params = lesson_params()
        run = from_scratch_run(params.learning_rate, params.n_iterations, seed=params.seed)
        self.run = run
        n = params.n_iterations
        slow = min(SLOW_ITERATIONS, n)
        data = run.dataset
        heading = self.heading("Training, one line at a time")
        # The loss at the start (all-zero weights), then after each update.
        start_loss = mean_cross_entropy(data.X @ run.ws[0] + run.bs[0], data.y)
        losses = np.concatenate([[start_loss], run.loss_history])
        self.losses = losses

        # The plane on the left, shrunk to leave a row of readouts under it.
        readout_room = 1.2
        axes, column = plane_on_the_left(theme, data, top_room=readout_room)
        axes.shift(readout_room * UP)
        column = Region("column", column.left, column.right, BODY.bottom, BODY.top)
        self.axes = axes
        axis_labels = axis_names(axes, theme)
        dots = point_cloud(axes, data.X, data.y, theme)
        # A light rim: the dots stay distinct on the dark shading of their own side.
        dots.set_stroke(theme.text, width=1.2)

        step = ValueTracker(0)  # lines of the loop body run so far
        self.step = step

        def state() -> tuple[int, int, int, int, int]:
            c = int(math.floor(step.get_value() + 1e-9))
            # Past the line-by-line iterations, whole iterations only: the weights, the bias
            # and the loss shown always belong together.
            if c > 5 * slow:
                c -= c % 5
            return line_state(c)

        def theta() -> np.ndarray:
            _, wi, bi, _, _ = state()
            return np.array([run.bs[bi], *run.ws[wi]])

        field = ProbabilityField(axes, theta, theme)
        boundary = BoundaryLine(axes, theta, theme, with_normal=False)

        # The listing of the loop, top of the column, large.
        listing = CodeListing(loop_source(params.learning_rate, n), theme,
                              font_size=SIZES.label)
        column.place(listing, aligned=UP + LEFT)
        self.listing = listing
        first_body = listing.line_index("dw, db =")
        init = (0, listing.line_index("loss_history = []"))
        loop_line = listing.line_index("for _ in range")

        # Under the listing, the list the loop appends to, as it grows (core's losses): a
        # printout, set as a comment (as the closing summary is), not a second line of code.
        def history_text(count: int) -> CodeListing:
            values = ", ".join(f"{v:.3f}" for v in run.loss_history[:count])
            text = CodeListing(f"# loss_history: [{values}]", theme, font_size=SIZES.label)
            return text.shift([listing.lines.get_left()[0] - text.lines.get_left()[0],
                               listing.lines.get_bottom()[1] - 0.45 - text.lines.get_top()[1],
                               0])

        history_shown = history_text(0)
        self.history_shown = history_shown

        # The loss history, while the rest of the iterations run fast: the listing makes way
        # and the plot takes the whole column. Iterations on a log axis, 1 to n.
        plot_room = Region("plot", column.left + 1.1, column.right - 0.45, BODY.bottom + 1.0,
                           BODY.top - 0.7)
        decades = max(1.0, math.log10(n))
        top = float(np.ceil(run.loss_history.max() * 10) / 10)
        plot = function_axes(theme, (0, decades, 1), (0, top, top / 2),
                             x_length=plot_room.width, y_length=plot_room.height,
                             x_numbers=tuple(10 ** k for k in range(int(decades) + 1)),
                             y_numbers=(0, top / 2, top), y_decimals=2, x_log=True,
                             number_size=SIZES.label)
        # The counts as the code and the narration write them: 1000, not 1,000.
        for number in plot.x_axis.numbers:
            number.group_with_commas = False
            number.set_value(number.get_value())
        # Placed by its axis lines (the numbers hang outside the room).
        plot.shift([plot_room.left - plot.x_axis.get_left()[0],
                    plot_room.bottom - plot.x_axis.get_y(), 0])
        plot_x = Text("iteration (log scale)", font_size=SIZES.label, color=theme.muted)
        plot_x.next_to(plot.x_axis, DOWN, buff=0.3).set_x(plot.x_axis.get_center()[0])
        plot_y = Text("log loss", font_size=SIZES.label, color=theme.loss).next_to(
            plot.y_axis, UP, buff=0.12)
        self.plot = plot
        iterations = np.arange(1, n + 1)
        history = np.column_stack([np.log10(iterations), run.loss_history, np.zeros(n)])

        def curve_points() -> np.ndarray:
            return plot.c2p(history)
        trace = VMobject(stroke_color=theme.loss, stroke_width=4)
        self.trace = trace

        def draw_trace(m: VMobject) -> None:
            count = state()[4]
            pts = curve_points()[:max(count, 1)]
            m.set_points_as_corners(np.vstack([pts, pts]) if len(pts) == 1 else pts)
            m.set_stroke(opacity=1 if count >= 2 else 0)

        draw_trace(trace)
        head = Dot(radius=0.09, color=theme.loss).move_to(curve_points()[0])
        head.set_opacity(0)

        def move_head(m: Dot) -> None:
            count = state()[4]
            m.move_to(plot.c2p(*history[max(count, 1) - 1])).set_opacity(1 if count else 0)

        # The loss the code measured last (core's log loss of that model; before the first
        # measurement, the all-zero start's): it changes on the loss line, as the code's
        # variable does. At every whole iteration it belongs to the weights and bias shown
        # and is the value the loop appends.
        model_losses: dict[int, float] = {}

        def shown_loss() -> float:
            measured = state()[3]
            if measured not in model_losses:
                model_losses[measured] = float(mean_cross_entropy(
                    data.X @ run.ws[measured] + run.bs[measured], data.y))
            return model_losses[measured]

        self.shown_loss = shown_loss
        # The pass the loop is in, then the weights, the bias and the loss the code holds.
        readout_getters = (lambda: state()[0], lambda: run.ws[state()[1]][0],
                           lambda: run.ws[state()[1]][1], lambda: run.bs[state()[2]],
                           shown_loss)
        self.readout_getters = readout_getters
        panel = ReadoutPanel(list(zip(("iteration", "$w_1$", "$w_2$", "$b$", "loss"),
                                      readout_getters, (0, 3, 3, 3, 4), strict=True)),
                             theme, font_size=SIZES.body, tex_labels=False)
        # The loss in the loss history's colour, everywhere in the chapter.
        panel[4][0].set_color(theme.loss)
        # The count as the code and the narration write it: 1000, not 1,000.
        panel.numbers[0].group_with_commas = False
        panel.numbers[0].set_value(state()[0])
        # Two rows under the plane, at fixed places: the numbers change width as they run.
        left_x, top_y = axes.get_left()[0], BODY.bottom + 0.85
        places = ((0.0, 0), (0.0, 1), (2.0, 1), (4.0, 1), (2.9, 0))
        for row, (dx, line) in zip(panel, places, strict=True):
            row.move_to([left_x + dx, top_y - 0.6 * line, 0], aligned_edge=LEFT)
        self.panel = panel

        # What the all-zero model says: core's prediction at the start, the same for every
        # point.
        start_p = float(np.unique(np.round(program.predict_proba(run.ws[0], run.bs[0],
                                                                 data.X), 12))[0])
        half_note = VGroup(MathTex(rf"\hat y = {start_p:g}", font_size=SIZES.formula,
                                   color=theme.text),
                           Text("for every point", font_size=SIZES.body, color=theme.text)
                           ).arrange(RIGHT, buff=0.25)
        # In the column, under the history (the plane has no corner clear of both clouds).
        half_note.next_to(history_shown, DOWN, buff=0.3).align_to(history_shown.lines, LEFT)
        half_note.shift(0.6 * RIGHT)  # clear of the readouts' right end, on its left
        self.start_p = start_p
        # The starting loss named: log loss of one half for every point is ln 2.
        ln_two = MathTex(r"\text{loss} = \log 2", font_size=SIZES.formula, color=theme.loss)
        ln_two.next_to(half_note, RIGHT, buff=0.45)
        self.ln_two = ln_two

        # Step: the starting point
        with self.beat("Training starts from all-zero weights and an empty loss history. "
                       "{half} With every weight zero, the model says one half for every "
                       "point; the shading, its probability of a dog, is an even grey: no "
                       "boundary yet, {loss} and a loss of log two.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), Create(axes), FadeIn(axis_labels),
                      FadeIn(dots, lag_ratio=0.01), FadeIn(listing), run_time=1.2)
            self.play(listing.light(*init), FadeIn(history_shown), run_time=0.6)
            b.wait_until("half")
            self.add(field)
            self.bring_to_back(field)
            self.play(FadeIn(field), FadeIn(half_note), run_time=1.2)
            b.wait_until("loss")
            self.play(FadeIn(panel), FadeIn(ln_two), run_time=1)

        # Step: the first iteration, line by line
        self.add(boundary)
        self.bring_to_front(dots)
        spoken = run.loss_history[0]

        def appended(count: int) -> Transform:
            """The printout of the history after ``count`` appends."""
            return Transform(history_shown, history_text(count))

        with self.beat("The first pass through the loop. {grad} Compute the gradient; {w} step "
                       "the weights against it: a boundary appears; {b} step the bias, which "
                       "stays zero on this first pass; {loss} measure the new loss, "
                       f"{spoken:.2f}; {{append}} and append it to the history.") as b:
            self.play(listing.light(loop_line), run_time=0.5)
            for line, mark in enumerate(("grad", "w", "b", "loss", "append")):
                b.wait_until(mark)
                # The note holds while the weights are all zero; it goes as they step.
                gone = [FadeOut(half_note), FadeOut(ln_two)] if mark == "w" else []
                grown = [appended(1)] if mark == "append" else []
                # The loss line measures the loss of the model on screen: its readout is
                # picked out as its value is said.
                said = ([Indicate(panel[4], color=theme.highlight, scale_factor=1.1)]
                        if mark == "loss" else [])
                self.play(step.animate.set_value(line + 1),
                          listing.light(first_body + line), *gone, *grown, *said,
                          run_time=0.5 if not said else 0.8)

        # Step: two more iterations, still line by line, but quicker
        after_slow = run.loss_history[slow - 1]
        with self.beat("Round again, and again: each pass appends one more loss. "
                       f"{{value}} After {slow} iterations the loss is down to "
                       f"{after_slow:.2f}.") as b:
            # The passes end a little before the next sentence, so that the picture settles
            # on a whole iteration (the code, the readout and the list agreeing) while the
            # first sentence is still heard.
            lines_left = 5 * (slow - 1)
            per_line = max(0.15, (b.time_until("value") - 0.8) / max(lines_left, 1))
            for c in range(6, 5 * slow + 1):
                grown = [appended(c // 5)] if c % 5 == 0 else []
                self.play(step.animate.set_value(c),
                          listing.light(first_body + (c - 1) % 5), *grown,
                          run_time=per_line)

        # Step: the rest, faster and faster (even steps along the log axis)
        end_c = 5 * n
        ratio = n / slow

        def log_pace(t: float) -> float:
            return (slow * ratio ** t - slow) / (n - slow) if n > slow else t

        with self.beat(f"Now the remaining iterations, up to {n}, ever faster, with the "
                       "history drawn as a curve. On this axis each mark to the right means "
                       "ten times more iterations. The boundary sharpens, and the loss keeps "
                       "falling: fast at first, then ever more slowly, until the curve lies "
                       "almost on the floor. {end_mark} Smooth, fast convergence.") as b:
            # The fast run starts on the beat's first words; the plot takes the listing's place.
            self.play(FadeOut(listing),
                      FadeOut(history_shown), Create(plot), FadeIn(plot_x), FadeIn(plot_y),
                      run_time=0.8)
            self.add(trace, head)
            trace.add_updater(draw_trace)
            head.add_updater(move_head)
            self.play(step.animate.set_value(end_c), rate_func=log_pace,
                      run_time=max(b.time_until("end_mark") - 0.1, 3.0))
        for mob in (field, boundary, trace, head, *panel.numbers):
            mob.clear_updaters()

        # Step: final weights, loss and accuracy
        result = Text(f"accuracy = {run.accuracy:.3f}", font_size=SIZES.body,
                      color=theme.good)
        result.next_to(plot, UP, buff=0.1).align_to(plot, RIGHT)
        result.shift(0.3 * DOWN + 0.1 * LEFT)
        # The three numbers read out are the white line: its equation, in the line's colour,
        # in the plot's empty upper right (the accuracy under it).
        w1, w2, bias = (round(float(v), 2) for v in (*run.w, run.b))
        sign = "-" if bias < 0 else "+"
        equation = MathTex(rf"{w1:.2f}\,x_1 {'-' if w2 < 0 else '+'} {abs(w2):.2f}\,x_2 "
                           rf"{sign} {abs(bias):.2f} = 0", font_size=SIZES.formula_large,
                           color=theme.boundary)
        equation.move_to(result, aligned_edge=RIGHT)
        result.next_to(equation, DOWN, buff=0.3).align_to(equation, RIGHT)
        self.equation, self.line_numbers = equation, (w1, w2, bias)
        said_sign = "minus" if bias < 0 else "plus"
        said_w2 = f"{'minus' if w2 < 0 else 'plus'} {abs(w2):.2f}"
        self.result = result
        correct = int(round(run.accuracy * data.n_samples))
        with self.beat(f"After {n} iterations, {{w1}} w one is {run.w[0]:.2f}, {{w2}} w two "
                       f"{run.w[1]:.2f}, {{b}} b {run.b:.2f}, {{loss}} and the loss "
                       f"{losses[-1]:.4f}. {{line}} Together the three numbers are the white "
                       f"line: {w1:.2f} x one {said_w2} x two {said_sign} {abs(bias):.2f} "
                       f"equals zero. {{accuracy}} The line puts {correct} of the "
                       f"{data.n_samples} points on their own side: an accuracy of "
                       f"{run.accuracy:.3f}.") as b:
            # Each number boxed as it is read; the box moves on with the reading.
            reading = None
            for mark, number in zip(("w1", "w2", "b", "loss"), panel.numbers[1:5],
                                    strict=True):
                b.wait_until(mark)
                box = SurroundingRectangle(number, color=theme.highlight, buff=0.06,
                                           stroke_width=3)
                if reading is None:
                    reading = box
                    self.play(Create(reading), run_time=0.5)
                else:
                    self.play(Transform(reading, box), run_time=0.5)
            self.reading = reading
            b.wait_until("line")
            self.play(FadeOut(reading), Write(equation), run_time=1.0)
            # The line and its equation lit together: the equation names that line.
            self.play(Indicate(boundary.line, color=theme.highlight, scale_factor=1.0),
                      Indicate(equation, color=theme.highlight, scale_factor=1.0),
                      run_time=1.2)
            b.wait_until("accuracy")
            # Every point picked out as the count is said: each is on its own side.
            self.play(Write(result), Flash(head, color=theme.loss),
                      Indicate(dots, color=theme.good, scale_factor=1.3), run_time=1.2)

        # Step: the takeaway: the loop again, over what it left behind (the whole history,
        # its first values and its last, and the accuracy).
        frame = SurroundingRectangle(listing.lines, color=theme.muted, buff=0.12,
                                     stroke_width=2)
        h = run.loss_history
        summary = CodeListing(f"# {len(h)} losses: {h[0]:.3f} ... {h[-1]:.4f}", theme,
                              font_size=SIZES.label)
        summary.shift(history_shown.lines.get_corner(UP + LEFT)
                      - summary.lines.get_corner(UP + LEFT))
        # The whole loop lit as it comes back (not the line the run ended on).
        listing.highlight_lines(loop_line, first_body + 4)
        with self.beat("That loop is the whole of gradient descent on log loss: {spam} the "
                       "same algorithm that filters spam, scaled down.") as b:
            self.play(FadeOut(VGroup(plot, plot_x, plot_y, trace, head)),
                      FadeIn(listing), FadeIn(summary),
                      # Right-aligned under the loop, clear of the readouts left of it.
                      FadeOut(equation),
                      result.animate.next_to(summary, DOWN, buff=0.35).align_to(
                          listing.lines, RIGHT), run_time=0.8)
            self.play(Create(frame), run_time=1)
            b.wait_until("spam")
            self.play(Indicate(boundary.line, color=theme.highlight), run_time=1.5)


# ---------------------------------------------------------------------------------------------

QUIZ = Quiz(
    question="From $w = (0, 0)$, $b = 0$, on the lesson's 50 zeros and 50 ones: what is "
             "the first $\\partial J/\\partial b$ of the log loss $J$: the mean of the "
             "errors?",
    spoken_question="The loop starts from w equal to zero, zero, and b equal to zero, on the "
                    "lesson's fifty labels zero and fifty labels one. What is the first "
                    "derivative of the log loss J with respect to b: the mean of the errors?",
    choices=(
        "$0.5$, the mean prediction",
        "$0$",
        "$-0.5$",
        f"${math.log(2):.3f}$, which is $\\log 2$",
    ),
    correct=1,
    reason="Every prediction is $\\sigma(0) = 0.5$: errors $+0.5$ for the zeros, $-0.5$ for "
           "the ones; they average to $0$.",
    spoken_reason="Every prediction is sigma of zero, one half: the errors are plus one half "
                  "for the zeros and minus one half for the ones, so they average to zero.",
    applied=True,
)

#: The reason as it is revealed: each piece shown as it is said (the picture moves with it).
REASON_STEPS = (
    ("Every prediction is $\\sigma(0) = 0.5$:",
     "Every prediction is sigma of zero, one half:"),
    ("errors $+0.5$ for the zeros,", "the errors are plus one half for the zeros"),
    ("$-0.5$ for the ones;", "and minus one half for the ones,"),
    ("they average to $0$.", "so they average to zero."),
)


class FromScratchCheck(QuizScene):
    """Check your understanding: run the gradient's first line in your head. Beside the card,
    what the all-zero model says and, large, the line of errors; the answer's reason is shown
    as it is said: every prediction one half, each point's error stacked on the line (+0.5
    for every cat, -0.5 for every dog), then their mean, the program's first db."""

    uses_params = ()  # a quiz reads no lecture parameter
    quiz = QUIZ
    reason_steps = REASON_STEPS

    def quiz_picture(self) -> Group:
        theme = self.theme
        data = load_dataset("cats_dogs", lesson_params(()).seed)
        w0, b0 = np.zeros(2), 0.0
        self.errors = program.predict_proba(w0, b0, data.X) - data.y
        self.first_db = float(program.gradient(w0, b0, data.X, data.y)[1])
        # What the all-zero model says, on top; under it, large, the line the errors will be
        # stacked on (drawn on the answer's first words), as wide as the picture's room.
        note = VGroup(MathTex(r"w = (0, 0), \;\; b = 0", font_size=SIZES.formula,
                              color=theme.text),
                      MathTex(r"\hat y = \sigma(0) = 0.5", font_size=SIZES.formula,
                              color=theme.text)).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        self.quiz_note = note
        width = self.quiz_picture_region().width - 0.3
        line = function_axes(theme, (-1, 1, 0.5), (0, 1, 1), x_length=width, y_length=0.4,
                             x_numbers=(-0.5, 0, 0.5), x_decimals=1,
                             number_size=SIZES.body)
        line.y_axis.set_opacity(0)
        # Zero, where the errors will average, gets its tick too (the axes leave the origin's
        # out); only the values the stacks sit on and zero are numbered, well apart.
        zero_tick = line.x_axis.ticks[0].copy().move_to(line.c2p(0, 0))
        line.x_axis.ticks.add(zero_tick)
        name = MathTex(r"\hat y - y", font_size=SIZES.formula, color=theme.text)
        # Each error a dot, stacked in columns of ten over its value; each stack named by
        # its label, in its class colour.
        stacks, labels = VGroup(VGroup(), VGroup()), VGroup()
        for label in (0, 1):
            colour = theme.class0 if label == 0 else theme.class1
            errs = self.errors[data.y == label]
            for i, e in enumerate(errs):
                col, row = divmod(i, 10)
                stacks[label].add(Dot(line.c2p(e, 0) + np.array(
                    [(col - 2) * 0.17, 0.26 + 0.17 * row, 0]), radius=0.065, color=colour))
            labels.add(MathTex(rf"y = {label}", font_size=SIZES.formula_small, color=colour)
                       .next_to(stacks[label], UP, buff=0.15))
        top = labels.get_top()[1]
        foot = line.c2p(self.first_db, 0)
        mean_mark = VGroup(
            Line(foot + 0.05 * DOWN, [foot[0], top + 0.2, 0], color=theme.good,
                 stroke_width=5),
            MathTex(rf"\text{{mean}} = {self.first_db:g}", font_size=SIZES.formula,
                    color=theme.good))
        mean_mark[1].next_to(mean_mark[0], UP, buff=0.12)
        # The line's name under its numbers, as an axis is named.
        name.next_to(line.x_axis.numbers, DOWN, buff=0.2).set_x(line.x_axis.get_x())
        note.next_to(mean_mark, UP, buff=0.5).align_to(line.x_axis, LEFT)
        self.quiz_line, self.quiz_line_name = line, name
        self.quiz_errors = VGroup(stacks, mean_mark, labels)
        # The errors' line comes with the question, empty (where will the errors average?);
        # what it will carry is kept apart, an invisible box holding its place in the picture
        # (so the picture is laid out with it); the answer brings it in wherever the card's
        # layout put that box.
        drawn_later = self.quiz_errors
        room = Rectangle(width=drawn_later.width, height=drawn_later.height)
        room.move_to(drawn_later).set_stroke(opacity=0).set_fill(opacity=0)
        self.quiz_room, self.quiz_room_was = room, (room.get_center(), room.width)
        self.quiz_drawn_later = drawn_later
        return Group(note, line, name, room)

    def quiz_picture_region(self) -> Region:
        """Right of the card: the errors' line is the answer, so it is as big as it can be."""
        return quiz_picture_room(self.quiz, self.theme)

    def quiz_reveal_step(self, i: int) -> None:
        stacks, mean_mark, labels = self.quiz_errors
        if i == 0:
            # Every prediction is one half: the note says so; the errors' line comes on.
            (was_at, was_width), room = self.quiz_room_was, self.quiz_room
            self.quiz_drawn_later.scale(room.width / was_width, about_point=was_at)
            self.quiz_drawn_later.shift(room.get_center() - was_at)
            self.play(Indicate(self.quiz_note[1], color=self.theme.good),
                      Indicate(self.quiz_line_name, color=self.theme.good), run_time=1.2)
        elif i in (1, 2):
            # +0.5 for the zeros, then -0.5 for the ones, each with its line of the reason.
            self.play(FadeIn(stacks[i - 1], lag_ratio=0.02), FadeIn(labels[i - 1]),
                      run_time=1.0)
        else:
            self.play(Create(mean_mark[0]), FadeIn(mean_mark[1]), run_time=0.5)


SCENES_IN_ORDER = [TwoCloudsAndThreeChanges, TrainingDrawsTheLossHistory, FromScratchCheck]
