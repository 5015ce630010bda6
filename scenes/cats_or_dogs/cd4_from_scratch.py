"""Cats or Dogs, part 4: logistic regression from scratch on two Gaussian clouds.

The lesson's data, its three changes to the linear-regression code, and its training loop run
for real: the field and the boundary follow core's weights step by step while the loss history
is drawn, ending on core's final loss and accuracy.


learning rate and the number of iterations a teacher may change in the lecture file.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Create,
    Dot,
    FadeIn,
    Flash,
    Indicate,
    MathTex,
    SurroundingRectangle,
    Text,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
)

from core.cats_dogs import from_scratch_run
from core.datasets import load_dataset
from core.losses import mean_cross_entropy
from scenes.cats_or_dogs.lesson import CLASS_NAMES, lesson_params, plane_on_the_left
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, GUTTER
from scenes.common.pieces import BoundaryLine, ProbabilityField, ReadoutPanel
from scenes.common.plots import axis_names, function_axes, legend, point_cloud, slow_start
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES

#: What a lecture file may set for the lesson's data and training (checked by the catalog).
PARAMETERS = {"seed": "int", "learning_rate": "positive float", "n_iterations": "positive int"}


# ---------------------------------------------------------------------------------------------


class TwoCloudsAndThreeChanges(LectureScene):
    """The lesson's two clouds of points, and the three changes that turn the linear-regression
    code into logistic regression."""

    uses_params = ("seed", "learning_rate", "n_iterations")

    def construct(self) -> None:
        theme = self.theme
        params = lesson_params()
        data = load_dataset("cats_dogs", params.seed)
        self.data = data
        heading = self.heading("Logistic regression from scratch")
        key = legend(theme, CLASS_NAMES)
        BODY.place(key, aligned=UP + LEFT)
        axes, column = plane_on_the_left(theme, data, top_room=key.height + GUTTER)
        axis_labels = axis_names(axes, theme)
        dots = point_cloud(axes, data.X, data.y, theme)
        n0, n1 = int(np.sum(data.y == 0)), int(np.sum(data.y == 1))
        self.dots = dots

        # Step: the data
        with self.beat(f"Here is the practice data: {{zero}} {n0} points scattered around minus "
                       f"two, minus two with label zero, and {{one}} {n1} around plus two, plus "
                       "two with label one. {cats} Think of them as cats and dogs described by "
                       "two features.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), Create(axes), FadeIn(axis_labels),
                      run_time=1.2)
            b.wait_until("zero")
            self.play(FadeIn(dots[:n0], lag_ratio=0.02), run_time=1.2)
            b.wait_until("one")
            self.play(FadeIn(dots[n0:], lag_ratio=0.02), run_time=1.2)
            b.wait_until("cats")
            self.play(FadeIn(key), run_time=1)

        # Step: three changes
        title = Text("linear regression code, three changes:", font_size=SIZES.label,
                     color=theme.muted)
        rows = VGroup(
            self.change("1", "predictions pass through the sigmoid",
                        r"\hat y = \sigma(Xw + b)", theme.curve),
            self.change("2", "the cost is log loss",
                        r"J = -\tfrac{1}{N}\sum\big[y\log\hat y + (1-y)\log(1-\hat y)\big]",
                        theme.loss),
            self.change("3", "the gradients keep the same form",
                        r"\tfrac{\partial J}{\partial w} = \tfrac{1}{N}X^{\top}(\hat y - y),"
                        r"\quad \tfrac{\partial J}{\partial b} = \mathrm{mean}(\hat y - y)",
                        theme.highlight),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.4)
        block = VGroup(title, rows).arrange(DOWN, aligned_edge=LEFT, buff=0.35)
        with self.beat("The code is the linear-regression code with three small changes. "
                       "{sigmoid} Predictions pass through the sigmoid, and {cost} the cost "
                       "becomes log loss.") as b:
            self.play(FadeIn(title), run_time=0.6)
            b.wait_until("sigmoid")
            self.play(FadeIn(rows[0], shift=0.2 * LEFT), run_time=1)
            b.wait_until("cost")
            self.play(FadeIn(rows[1], shift=0.2 * LEFT), run_time=1)
        with self.beat("And the gradients keep exactly the form they had before: {errors} the "
                       "errors, prediction minus label, weighted by the inputs and "
                       "averaged.") as b:
            self.play(FadeIn(rows[2], shift=0.2 * LEFT), run_time=1)
            b.wait_until("errors")
            self.play(Indicate(rows[2][2], color=theme.highlight), run_time=1.2)

        # Step: the loop
        loop = VGroup(
            MathTex(r"w = (0, 0),\ \ b = 0,\ \ ", rf"\alpha = {params.learning_rate:g}",
                    font_size=SIZES.formula_small, color=theme.text),
            MathTex(rf"\text{{repeat {params.n_iterations} times:}}",
                    font_size=SIZES.formula_small, color=theme.text),
            MathTex(r"w \leftarrow w - \alpha\,\tfrac{\partial J}{\partial w},\quad "
                    r"b \leftarrow b - \alpha\,\tfrac{\partial J}{\partial b}",
                    font_size=SIZES.formula_small, color=theme.text),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.22)
        loop[0][1].set_color(theme.highlight)
        loop[2].shift(0.4 * RIGHT)
        # The loop's frame stays inside the column: its content is placed in the column
        # shrunk by the frame's buff and stroke.
        column.inset(0.2).stack(block, loop, buff=0.5)
        frame = SurroundingRectangle(loop, color=theme.muted, buff=0.15, stroke_width=2)
        self.loop = loop
        with self.beat(f"Start from all-zero weights, {{steps}} then take {params.n_iterations} "
                       f"gradient steps with a learning rate of {params.learning_rate:g}. "
                       "{whole} That is the whole algorithm.") as b:
            self.play(FadeIn(loop[0], shift=0.2 * UP), run_time=1)
            b.wait_until("steps")
            self.play(FadeIn(loop[1:], shift=0.2 * UP), run_time=1)
            b.wait_until("whole")
            self.play(Create(frame), run_time=1.2)

    def change(self, number: str, words: str, tex: str, colour: str) -> VGroup:
        """One numbered change: a plain-words line with its formula under it."""
        theme = self.theme
        tag = Text(number, font_size=SIZES.label, color=colour, weight="BOLD")
        line = Text(words, font_size=SIZES.label, color=theme.text)
        formula = MathTex(tex, font_size=SIZES.formula_small, color=colour)
        head = VGroup(tag, line).arrange(RIGHT, buff=0.25)
        formula.next_to(head, DOWN, buff=0.15).align_to(line, LEFT)
        return VGroup(tag, line, formula)


# ---------------------------------------------------------------------------------------------


class TrainingDrawsTheLossHistory(LectureScene):
    """Gradient descent runs: the boundary swings into the gap while the loss history is drawn,
    ending on core's final loss and accuracy."""

    uses_params = ("seed", "learning_rate", "n_iterations")

    #: Seconds the whole run takes on screen (one play).
    run_seconds = 9.0

    def construct(self) -> None:
        theme = self.theme
        params = lesson_params()
        run = from_scratch_run(params.learning_rate, params.n_iterations, seed=params.seed)
        self.run = run
        n = params.n_iterations
        data = run.dataset
        heading = self.heading("Training, step by step")
        axes, column = plane_on_the_left(theme, data)
        axis_labels = axis_names(axes, theme)
        dots = point_cloud(axes, data.X, data.y, theme)

        step = ValueTracker(0)
        self.step = step

        def k() -> int:
            return int(round(step.get_value()))

        def theta() -> np.ndarray:
            return run.thetas[k()]

        field = ProbabilityField(axes, theta, theme)
        boundary = BoundaryLine(axes, theta, theme, with_normal=False)

        # The loss history: the loss at the start, then after each update i at iteration i.
        start_loss = mean_cross_entropy(data.X @ run.ws[0] + run.bs[0], data.y)
        losses = np.concatenate([[start_loss], run.loss_history])
        top = float(np.ceil(losses.max() * 10) / 10)
        panel_room, plot_room = column.split(0.45, vertical=False)
        plot = function_axes(theme, (0, n, n), (0, top, top / 2), x_length=plot_room.width - 2.6,
                             y_length=plot_room.height - 1.2, x_numbers=(n,),
                             y_numbers=(top / 2, top), y_decimals=2)
        plot_x = Text("iteration", font_size=SIZES.caption, color=theme.muted).next_to(
            plot.x_axis, RIGHT, buff=0.2)
        plot_y = Text("log loss", font_size=SIZES.caption, color=theme.loss).next_to(
            plot.y_axis, UP, buff=0.15)
        plot_room.place(VGroup(plot, plot_x, plot_y), aligned=DOWN + LEFT)
        self.plot = plot
        origin = plot.c2p(0, 0)
        dx, dy = plot.c2p(1, 0) - origin, plot.c2p(0, 1) - origin
        curve_points = origin + np.outer(np.arange(n + 1), dx) + np.outer(losses, dy)
        trace = VMobject(stroke_color=theme.loss, stroke_width=4)
        self.trace = trace

        def draw_trace(m: VMobject) -> None:
            pts = curve_points[: k() + 1]
            m.set_points_as_corners(np.vstack([pts, pts]) if len(pts) == 1 else pts)

        draw_trace(trace)
        head = Dot(radius=0.07, color=theme.loss).move_to(curve_points[0])

        panel = ReadoutPanel([
            (r"\text{iteration}", lambda: k(), 0),
            (r"w_1", lambda: run.ws[k()][0], 3),
            (r"w_2", lambda: run.ws[k()][1], 3),
            (r"b", lambda: run.bs[k()], 3),
            (r"\text{log loss}", lambda: losses[k()], 4),
        ], theme, font_size=SIZES.label)
        panel_room.place(panel, aligned=UP + LEFT)
        self.panel = panel

        # Step: the starting point
        with self.beat("At the start every weight is zero, {half} so the model says one half "
                       "for every point: no boundary yet, {loss} and a log loss of log "
                       "two.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), Create(axes), FadeIn(axis_labels),
                      FadeIn(panel), run_time=1.2)
            b.wait_until("half")
            self.play(FadeIn(field), FadeIn(dots, lag_ratio=0.01), run_time=1.2)
            b.wait_until("loss")
            self.play(Create(plot), FadeIn(plot_x), FadeIn(plot_y), run_time=1)

        # Step: the run (one play; everything follows the tracker)
        self.add(boundary, trace, head)
        self.bring_to_front(dots)
        trace.add_updater(draw_trace)
        head.add_updater(lambda m: m.move_to(curve_points[k()]))
        with self.beat(f"Now run all {n} iterations. The boundary swings into the gap between "
                       "the clouds, and the loss history falls steeply at first, then levels "
                       "off: smooth, fast convergence."):
            self.play(step.animate.set_value(n), run_time=self.run_seconds,
                      rate_func=slow_start())
        for mob in (field, boundary, trace, head, *panel.numbers):
            mob.clear_updaters()

        # Step: final loss and accuracy
        result = MathTex(rf"\text{{accuracy}} = {run.accuracy:.3f}",
                         font_size=SIZES.formula, color=theme.good)
        result.next_to(panel, RIGHT, buff=0.6).align_to(panel, DOWN)
        self.result = result
        correct = int(round(run.accuracy * data.n_samples))
        with self.beat(f"The final log loss is {losses[-1]:.4f}, and the line puts "
                       f"{correct} of the {data.n_samples} points on their own side: {{accuracy}} "
                       f"an accuracy of {run.accuracy:.3f}.") as b:
            self.play(Indicate(panel.numbers[-1], color=theme.highlight), run_time=1)
            b.wait_until("accuracy")
            self.play(Write(result), Flash(head, color=theme.loss), run_time=1.2)

        # Step: the takeaway
        with self.beat("Sigmoid, log loss and gradient descent, in a few lines of numpy: the "
                       "same algorithm that filters spam, scaled down."):
            self.play(Indicate(boundary.line, color=theme.highlight), run_time=1.5)


# ---------------------------------------------------------------------------------------------

QUIZ = Quiz(
    question="Turning linear-regression code into logistic regression, which of these stays "
             "the same?",
    choices=(
        "How predictions are made: they now pass through the sigmoid",
        "The cost: it becomes log loss",
        "The form of the gradient: inputs times (prediction minus label), averaged",
    ),
    correct=2,
    reason="With sigmoid and log loss, the gradient keeps the linear-regression form "
           r"$\frac{1}{N} X^{\mathsf T}(\hat y - y)$.",
    spoken_reason="With sigmoid and log loss, the gradient keeps the linear-regression form: "
                  "one over N, X transpose, times y hat minus y.",
)


class FromScratchCheck(QuizScene):
    """Check your understanding: what changes and what stays when going from scratch."""

    uses_params = ()  # a quiz reads no lecture parameter
    quiz = QUIZ


SCENES_IN_ORDER = [TwoCloudsAndThreeChanges, TrainingDrawsTheLossHistory, FromScratchCheck]
