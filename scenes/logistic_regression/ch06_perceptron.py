"""Chapter 6: the perceptron, logistic regression with a hard threshold.

The step function beside the sigmoid; the error y - h that can only be 0, +1 or -1; the
perceptron visiting points one by one, moving its line only on mistakes until a pass is clean;
the same rule on overlapping classes, where the line never settles; the convergence theorem
with its mistake bound and its flip side. Every trajectory, count and bound is ``core``'s.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Circle,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    Flash,
    Indicate,
    Integer,
    Line,
    MathTex,
    SurroundingRectangle,
    Text,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    linear,
    smooth,
)

from core import newton_method, sigmoid, step
from core.perceptron import (
    PerceptronRun,
    mistake_bound,
    perceptron_counts,
    perceptron_run,
    step_field,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, SIDE, STAGE
from scenes.common.pieces import BoundaryLine, ProbabilityField, ReadoutPanel
from scenes.common.plots import axis_names, function_axes, legend, plane_axes, point_cloud
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The course text's dates, as it gives them.
ROSENBLATT_YEAR = 1958
MINSKY_PAPERT_YEAR = 1969

#: The plane both runs are drawn in (every point of both presets lies inside).
BOX = ((-3.0, 3.0), (-3.0, 3.0))
#: The score at which the sigmoid's soft answer is read (about 73%, the course's example).
Z_EXAMPLE = 1.0
Z_RANGE = (-6.0, 6.0)

#: Within one visit (the tracker going from k to k + 1): before JUDGE the ring has just
#: arrived; at JUDGE the verdict shows; between JUDGE and SETTLE the line moves to its new place.
JUDGE = 0.4
SETTLE = 0.8
#: Height of one mistake in the per-pass bar chart (scene units).
BAR_UNIT = 0.26
#: Side of the square feature plane on the stage, and the room the boundary's stroke needs
#: inside the stage's edge.
PLANE_WIDTH = 5.6
STROKE_ROOM = 0.06
#: The convergence theorem's text takes this share of the body's width, its charts the rest.
TEXT_SHARE = 0.75


class StepField(ProbabilityField):
    """The perceptron's hard verdict over the plane: two flat colours, no fade between."""

    def _pixels(self, theta: np.ndarray) -> np.ndarray:
        field = step_field(theta, *self.box, shape=self.field_shape)
        return self.theme.ramp(field.astype(float))


class SteadyBoundary(BoundaryLine):
    """A ``BoundaryLine`` that skips redrawing its line and arrow while theta holds still
    (most frames of a run: only mistakes move it)."""

    def refresh(self) -> SteadyBoundary:
        theta = np.asarray(self.theta_getter(), dtype=float)
        drawn = getattr(self, "_drawn_theta", None)
        if drawn is not None and np.array_equal(theta, drawn):
            return self
        self._drawn_theta = theta.copy()
        return super().refresh()


def dwell_on_mistakes(mistakes: np.ndarray, weight: float):  # noqa: ANN201
    """A rate function for the tracker crossing these visits: each mistake takes ``weight``
    times as long as a correct visit, so the jumps stay readable when a pass runs fast."""
    durations = np.where(mistakes, weight, 1.0)
    times = np.concatenate([[0.0], np.cumsum(durations)]) / durations.sum()
    values = np.linspace(0.0, 1.0, len(mistakes) + 1)
    return lambda t: float(np.interp(t, times, values))


class PerceptronBoard:
    """One perceptron run on screen, all following one tracker: ``visits`` counts the visits
    done, fractionally (visit k is on screen while it goes from k to k + 1).

    The plane with its hard field, points and boundary; a ring on the visited point; counters;
    the verdict on the visit; a bar per pass whose height is that pass's mistakes.
    """

    def __init__(self, run: PerceptronRun, theme: Theme):
        self.run = run
        self.traj = run.trajectory
        self.theme = theme
        self.n = len(run.dataset.y)
        self.visits = ValueTracker(0.0)
        data = run.dataset

        self.axes = plane_axes(theme, BOX, PLANE_WIDTH)
        # Outside the box, where the field cannot cover them.
        self.axis_labels = axis_names(self.axes, theme)
        STAGE.inset(STROKE_ROOM).place(VGroup(self.axes, self.axis_labels), aligned=DOWN + LEFT)
        self.field = StepField(self.axes, self.theta, theme, shape=(150, 150))
        self.dots = point_cloud(self.axes, data.X, data.y, theme)
        self.boundary = SteadyBoundary(self.axes, self.theta, theme, normal_scale=0.45,
                                       max_normal=1.3)
        self.ring = Circle(radius=0.2, stroke_width=5, color=theme.highlight)
        self.ring.add_updater(lambda m: self._place_ring(m))

        # The right-hand column: legend, counters, verdict, bars.
        column_left = self.axes.get_right()[0] + 0.7
        self.legend = legend(theme)
        self.panel = ReadoutPanel(
            [("pass", lambda: self.counts().pass_number, 0),
             ("mistakes this pass", lambda: self.counts().mistakes_this_pass, 0),
             ("updates so far", lambda: self.counts().updates, 0)],
            theme, font_size=SIZES.body, tex_labels=False)
        numbers_x = self.panel.get_left()[0] + 3.9
        for number in self.panel.numbers:  # the numbers in one column
            number.set_x(numbers_x, direction=LEFT)
        # The verdict on the visit: one of these at a time sits in ``self.verdict``.
        self.verdict_options = VGroup(
            MathTex(r"\text{correct: nothing changes}", color=theme.good),
            MathTex(r"\text{mistake, } y=1:\ \ \theta := \theta + x", color=theme.bad),
            MathTex(r"\text{mistake, } y=0:\ \ \theta := \theta - x", color=theme.bad),
            MathTex(r"\text{a clean pass: converged}", color=theme.good),
        )
        for v in self.verdict_options:
            v.font_size = SIZES.formula_small
        top = VGroup(self.legend, self.panel).arrange(DOWN, aligned_edge=LEFT, buff=0.45)
        top.move_to([column_left, 2.05, 0], aligned_edge=LEFT)
        for v in self.verdict_options:
            v.next_to(top, DOWN, buff=0.45).align_to(top, LEFT)
        self.verdict = VGroup()
        self._verdict_shown: int | None = None
        self.verdict.add_updater(lambda m: self._show_verdict(m))
        self.chart = self._chart(column_left)
        self._place_ring(self.ring)
        self._show_verdict(self.verdict)

    # -- the state at the tracker's value -------------------------------------------------------

    def visit(self) -> tuple[int, float]:
        """(visit on screen, how far into it), or (-1, 0) before the first."""
        s = self.visits.get_value()
        if s <= 0:
            return -1, 0.0
        k = min(int(np.ceil(s)) - 1, self.traj.n_steps - 1)
        return k, min(s - k, 1.0)

    def theta(self) -> np.ndarray:
        k, f = self.visit()
        if k < 0:
            return self.traj.thetas[0]
        before, after = self.traj.thetas[k], self.traj.thetas[k + 1]
        a = smooth(float(np.clip((f - JUDGE) / (SETTLE - JUDGE), 0.0, 1.0)))
        return after if a >= 1 else before + a * (after - before)

    def counts(self):  # noqa: ANN201
        k, f = self.visit()
        return perceptron_counts(self.traj, k, flagged=f >= JUDGE)

    def _place_ring(self, ring: Circle) -> None:
        k, f = self.visit()
        if k < 0:
            ring.set_stroke(opacity=0)
            return
        mistake = bool(self.traj.mistake[k])
        colour = (self.theme.highlight if f < JUDGE else
                  self.theme.bad if mistake else self.theme.good)
        pulse = 1.0
        if mistake and f >= JUDGE:  # a mistake flashes: the ring swells and shrinks back
            pulse += 0.7 * float(np.sin(np.pi * min((f - JUDGE) / (1 - JUDGE), 1.0)))
        ring.set_stroke(color=colour, opacity=1)
        ring.scale_to_fit_width(0.4 * pulse)
        ring.move_to(self.dots[int(self.traj.visited[k])].get_center())

    def _show_verdict(self, verdict: VGroup) -> None:
        k, f = self.visit()
        shown = -1
        if k >= 0 and f >= JUDGE:
            label = int(self.run.dataset.y[self.traj.visited[k]])
            shown = 0 if not self.traj.mistake[k] else (1 if label == 1 else 2)
        self.set_verdict(shown)

    def set_verdict(self, shown: int) -> None:
        """Show verdict ``shown`` (an index into ``verdict_options``; -1 for none)."""
        if shown == self._verdict_shown:
            return
        # Cairo keeps drawing, until the animation ends, every mobject that was in the family
        # when it began: blank the outgoing copy (as DecimalNumber.set_value does).
        for mob in self.verdict.get_family()[1:]:
            mob.points[:] = 0
        self.verdict.submobjects = [] if shown < 0 else [self.verdict_options[shown].copy()]
        self._verdict_shown = shown

    # -- the bar chart of mistakes per pass -----------------------------------------------------

    def _chart(self, left: float) -> VGroup:
        theme = self.theme
        n_passes = self.traj.n_passes
        slot = 0.62
        base_y = self.axes.get_bottom()[1] + 0.45
        baseline = Line([left, base_y, 0], [left + slot * n_passes + 0.1, base_y, 0],
                        color=theme.muted, stroke_width=2)
        title = Text("mistakes in each pass", font_size=SIZES.caption, color=theme.muted)
        tallest = int(self.traj.mistakes_per_pass.max())
        title.move_to([left, base_y + BAR_UNIT * tallest + 0.75, 0], aligned_edge=LEFT)
        self.bars, self.bar_counts, self.pass_labels = VGroup(), VGroup(), VGroup()
        for p in range(n_passes):
            x = left + 0.1 + slot * (p + 0.5)
            bar = VMobject(fill_color=theme.bad, fill_opacity=0.85, stroke_width=0)
            count = Integer(0, font_size=SIZES.formula_small, color=theme.text)
            count.shown_state = None
            label = Text(str(p + 1), font_size=SIZES.caption, color=theme.muted)
            label.move_to([x, base_y - 0.22, 0])
            self.bars.add(bar)
            self.bar_counts.add(count)
            self.pass_labels.add(label)
            bar.add_updater(lambda m, p=p, x=x: self._draw_bar(m, p, x, base_y))
            count.add_updater(lambda m, p=p, x=x: self._draw_count(m, p, x, base_y))
            bar.update()
            count.update()
        pass_word = Text("pass", font_size=SIZES.caption, color=theme.muted)
        pass_word.next_to(baseline, RIGHT, buff=0.2).set_y(base_y - 0.22)
        self.chart_static = VGroup(baseline, title, pass_word, self.pass_labels)
        return VGroup(self.chart_static, self.bars, self.bar_counts)

    def _started(self, p: int) -> bool:
        k, _ = self.visit()
        return k >= 0 and int(self.traj.pass_index[k]) >= p

    def _mistakes_in(self, p: int) -> int:
        k, f = self.visit()
        current = int(self.traj.pass_index[k]) if k >= 0 else 0
        if p < current:
            return int(self.traj.mistakes_per_pass[p])
        if p == current and k >= 0:
            return self.counts().mistakes_this_pass
        return 0

    def _draw_bar(self, bar: VMobject, p: int, x: float, base_y: float) -> None:
        height = BAR_UNIT * self._mistakes_in(p)
        w = 0.2
        bar.set_points_as_corners([[x - w, base_y, 0], [x + w, base_y, 0],
                                   [x + w, base_y + height, 0], [x - w, base_y + height, 0],
                                   [x - w, base_y, 0]])
        bar.set_fill(opacity=0.85 if height > 0 else 0)

    def _finished(self, p: int) -> bool:
        k, f = self.visit()
        return k >= 0 and (int(self.traj.pass_index[k]) > p or
                           (k == self.pass_end(p) - 1 and f >= JUDGE))

    def _draw_count(self, count: Integer, p: int, x: float, base_y: float) -> None:
        """The pass's mistakes above its bar, once the pass has begun; a finished pass
        without a mistake shows its 0 in the colour of success."""
        value = self._mistakes_in(p)
        clean = value == 0 and self._finished(p)
        state = (value, self._started(p), clean)
        if state == count.shown_state:
            return
        if count.get_value() != value:
            count.set_value(value)
        count.move_to([x, base_y + BAR_UNIT * value + 0.2, 0])
        count.set_color(self.theme.good if clean else self.theme.text)
        count.set_opacity(1 if state[1] else 0)
        count.shown_state = state

    # -- what a test needs to read back ---------------------------------------------------------

    def snapshot(self) -> dict[str, object]:
        """What is on screen now: counters, the boundary's ends (data coordinates), the bars."""
        line = self.boundary.line
        return {
            "visits": self.visits.get_value(),
            "counters": [int(n.get_value()) for n in self.panel.numbers],
            "boundary": [self.axes.p2c(line.get_start()), self.axes.p2c(line.get_end())],
            "normal_tip": self.axes.p2c(self.boundary.arrow.get_end()),
            "bars": [int(c.get_value()) for c in self.bar_counts if c.get_fill_opacity() > 0],
        }

    def pass_end(self, p: int) -> int:
        return (p + 1) * self.n

    def freeze(self) -> None:
        for mob in (self.field, self.boundary, self.ring, self.verdict, *self.panel.numbers,
                    *self.bars, *self.bar_counts):
            mob.clear_updaters()


def mini_bars(counts: np.ndarray, theme: Theme, caption: str, unit: float = 0.2,
              slot: float = 0.36) -> VGroup:
    """A small still chart of mistakes per pass: bars, their counts, pass numbers, a caption.
    A pass with no mistake shows its 0 in the colour of success."""
    bars, numbers, passes = VGroup(), VGroup(), VGroup()
    for p, c in enumerate(counts):
        x = slot * (p + 0.5)
        top = max(unit * int(c), 1e-3)
        bar = VMobject(fill_color=theme.bad, fill_opacity=0.85 if c else 0, stroke_width=0)
        bar.set_points_as_corners([[x - 0.11, 0, 0], [x + 0.11, 0, 0], [x + 0.11, top, 0],
                                   [x - 0.11, top, 0], [x - 0.11, 0, 0]])
        bars.add(bar)
        numbers.add(Integer(int(c), font_size=SIZES.formula_small,
                            color=theme.good if c == 0 else theme.text).move_to(
            [x, unit * int(c) + 0.16, 0]))
        passes.add(Text(str(p + 1), font_size=SIZES.caption, color=theme.muted).move_to(
            [x, -0.18, 0]))
    baseline = Line([0, 0, 0], [slot * len(counts), 0, 0], color=theme.muted, stroke_width=2)
    caption = Text(caption, font_size=SIZES.caption, color=theme.muted)
    caption.move_to([0, unit * int(np.max(counts)) + 0.4, 0], aligned_edge=DOWN + LEFT)
    chart = VGroup(baseline, bars, numbers, passes, caption)
    chart.numbers = numbers
    return chart


class PerceptronRunSteps:
    """Shared steps of the two perceptron runs, mixed into their scenes. Not a ``Scene``
    itself, so ``manim render -a`` never takes it for one."""

    def show_board(self, board: PerceptronBoard) -> None:
        """Put the whole board on screen, static pieces first: manim draws everything after
        the first moving piece again on every frame, and the pieces before it only once."""
        self.remove(board.panel)
        labels = [row[0] for row in board.panel]
        self.add(board.legend, *labels, board.chart_static, board.axes, board.axis_labels)
        self.add(board.field, board.dots, board.boundary, board.ring, *board.panel.numbers,
                 board.verdict, board.bars, board.bar_counts)

    def visit_range(self, board: PerceptronBoard, start: int, end: int, correct_time: float,
                    mistake_weight: float) -> None:
        """One ``play`` through visits [start, end): a correct visit takes ``correct_time``
        seconds, a mistake ``mistake_weight`` times as long."""
        if end <= start:
            return
        mistakes = board.traj.mistake[start:end]
        run_time = correct_time * float(np.where(mistakes, mistake_weight, 1.0).sum())
        board.visits.set_value(start)
        self.play(board.visits.animate.set_value(end), run_time=run_time,
                  rate_func=dwell_on_mistakes(mistakes, mistake_weight))

    def record_pass_end(self, board: PerceptronBoard) -> None:
        self.update_mobjects(0)
        self.pass_ends.append(board.snapshot())


# ---------------------------------------------------------------------------------------------


class StepFunctionBesideTheSigmoid(LectureScene):
    """The sigmoid's soft 0.73 beside the step function's hard 1; same h = g(theta^T x) and
    same update rule: that is the perceptron, Rosenblatt's."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Chapter 6 \u00b7 The perceptron")
        axes = function_axes(theme, [*Z_RANGE, 2], [0, 1, 0.5], x_length=7.4, y_length=3.9,
                             x_numbers=[-6, -4, -2, 0, 2, 4, 6], y_numbers=[0.5, 1])
        z_label = MathTex("z", font_size=SIZES.formula_small, color=theme.muted).next_to(
            axes.x_axis, RIGHT, buff=0.15)
        STAGE.place(VGroup(axes, z_label), aligned=DOWN + LEFT)
        z = np.linspace(*Z_RANGE, 241)
        soft = VMobject(color=theme.curve, stroke_width=5)
        soft.set_points_smoothly([axes.c2p(a, b) for a, b in zip(z, sigmoid(z), strict=True)])
        # The step as two flat pieces; filled at z = 0 on the upper one (g(0) = 1).
        low = Line(axes.c2p(Z_RANGE[0], 0), axes.c2p(0, 0), color=theme.highlight,
                   stroke_width=6)
        jump = DashedLine(axes.c2p(0, 0), axes.c2p(0, 1), color=theme.highlight,
                          stroke_width=2.5, dash_length=0.08)
        high = Line(axes.c2p(0, 1), axes.c2p(Z_RANGE[1], 1), color=theme.highlight,
                    stroke_width=6)
        closed = Dot(axes.c2p(0, float(step(0.0))), radius=0.09, color=theme.highlight)
        opened = Circle(radius=0.09, color=theme.highlight, stroke_width=4).move_to(
            axes.c2p(0, 0)).set_fill(theme.background, opacity=1)

        sigmoid_def = MathTex(r"\text{sigmoid:}\quad g(z) = \frac{1}{1+e^{-z}}",
                              font_size=SIZES.formula, color=theme.curve)
        step_def = MathTex(r"\text{step:}\quad g(z) = \begin{cases} 1 & z \ge 0 \\ "
                           r"0 & z < 0 \end{cases}", font_size=SIZES.formula,
                           color=theme.highlight)
        side_column(sigmoid_def, step_def, self.rosenblatt_card())
        soft_value = float(sigmoid(Z_EXAMPLE))
        hard_value = int(step(Z_EXAMPLE))
        probe = DashedLine(axes.c2p(Z_EXAMPLE, 0), axes.c2p(Z_EXAMPLE, 1), color=theme.muted,
                           stroke_width=2, dash_length=0.08)
        soft_dot = Dot(axes.c2p(Z_EXAMPLE, soft_value), radius=0.09, color=theme.curve)
        soft_read = MathTex(rf"g({Z_EXAMPLE:g}) = {soft_value:.2f}", font_size=SIZES.formula_small,
                            color=theme.curve).next_to(soft_dot, RIGHT, buff=0.2).shift(
            0.25 * DOWN)
        hard_dot = Dot(axes.c2p(Z_EXAMPLE, hard_value), radius=0.09, color=theme.highlight)
        hard_read = MathTex(rf"g({Z_EXAMPLE:g}) = {hard_value}", font_size=SIZES.formula_small,
                            color=theme.highlight).next_to(hard_dot, UP, buff=0.15).shift(
            0.6 * RIGHT)
        self.readings = (soft_read, hard_read)

        # Step: the soft answer
        with self.beat("Logistic regression answers softly. {sigmoid} The sigmoid turns a score "
                       "into a probability, {probe} so a score of one reads as about seventy "
                       "three percent.") as b:
            self.play(Write(heading), run_time=1)
            self.play(Create(axes), FadeIn(z_label), run_time=1.2)
            b.wait_until("sigmoid")
            self.play(Create(soft), FadeIn(sigmoid_def), run_time=1.5)
            b.wait_until("probe")
            self.play(Create(probe), FadeIn(soft_dot, scale=0.5), FadeIn(soft_read))

        # Step: the hard answer
        with self.beat("Now force a hard verdict instead. {step} The step function says one "
                       "for any score at or above zero and zero below it, with nothing in "
                       "between.") as b:
            b.wait_until("step")
            self.play(Create(low), run_time=0.8)
            self.play(Create(jump), FadeIn(opened), FadeIn(closed), run_time=0.6)
            self.play(Create(high), FadeIn(step_def), run_time=0.8)
            self.play(FadeIn(hard_dot, scale=0.5), FadeIn(hard_read))
            self.play(Indicate(hard_read, color=theme.highlight))

        # Step: everything else stays
        same = VGroup(
            MathTex(r"h(x) = g(\theta^{T}x)", font_size=SIZES.formula, color=theme.text),
            MathTex(r"\theta_j := \theta_j + \alpha\,\big(y - h(x)\big)\,x_j",
                    font_size=SIZES.formula, color=theme.text),
        ).arrange(RIGHT, buff=0.8)
        same_note = Text("same hypothesis, same update rule", font_size=SIZES.caption,
                         color=theme.muted)
        STAGE.stack(same, same_note, buff=0.2)
        with self.beat("Keep everything else exactly as it was: {hypothesis} the same "
                       "hypothesis, g of theta transpose x, and {rule} the same update rule. "
                       "{perceptron} With the step as g, this algorithm is the "
                       "perceptron.") as b:
            b.wait_until("hypothesis")
            self.play(FadeIn(same[0], shift=0.2 * DOWN), run_time=0.8)
            b.wait_until("rule")
            self.play(FadeIn(same[1], shift=0.2 * DOWN), FadeIn(same_note), run_time=0.8)
            b.wait_until("perceptron")
            self.play(Indicate(step_def, color=theme.highlight, scale_factor=1.05))

        # Step: Rosenblatt
        card, frame = self.card
        self.dates = [card[0]]
        with self.beat(f"Frank Rosenblatt invented it in {ROSENBLATT_YEAR}, and it was soon "
                       "hailed as a model of how neurons in the brain learn. Every neural "
                       "network today descends from it."):
            self.play(FadeIn(card, shift=0.2 * UP), Create(frame), run_time=1.2)


    def rosenblatt_card(self) -> VGroup:
        """Who invented it and when, in a thin frame (``self.card``)."""
        theme = self.theme
        card = VGroup(
            Text(f"Frank Rosenblatt, {ROSENBLATT_YEAR}", font_size=SIZES.body,
                 color=theme.text),
            Text("hailed as a model of\nhow neurons learn", font_size=SIZES.label,
                 color=theme.muted),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        frame = SurroundingRectangle(card, color=theme.muted, buff=0.18, stroke_width=1.5)
        self.card = (card, frame)
        return VGroup(card, frame)


def side_column(*mobs: VMobject) -> VGroup:
    """``mobs`` one under another at the side panel's left, each shrunk (never grown) to its
    width, spread down its height."""
    for mob in mobs:
        SIDE.fit(mob)
    column = VGroup(*mobs).arrange(DOWN, aligned_edge=LEFT, buff=0.55)
    return SIDE.place(column, aligned=LEFT)


class ErrorTakesOnlyThreeValues(LectureScene):
    """With h in {0, 1}, y - h is 0, +1 or -1: no change, add x, or subtract x."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Learning only from mistakes")
        rule = MathTex(r"\theta", ":=", r"\theta", "+", r"\alpha", r"\big(y - h(x)\big)", "x",
                       font_size=SIZES.formula_large, color=theme.text)
        rule.next_to(heading, DOWN, buff=0.55).set_x(0)
        values = MathTex(r"h(x) \in \{0, 1\}", r"\ \Rightarrow\ ", r"y - h \in \{0, +1, -1\}",
                         font_size=SIZES.formula_small, color=theme.text)
        values.next_to(rule, DOWN, buff=0.4)
        values[2].set_color(theme.highlight)

        # The table: label, prediction, error, what the update does.
        cases = [(1, 1), (0, 0), (1, 0), (0, 1)]
        header = [r"y", r"h(x)", r"y - h", r"\text{update}"]
        effects = {0: r"\text{nothing changes}", 1: r"\theta := \theta + \alpha x",
                   -1: r"\theta := \theta - \alpha x"}
        size = SIZES.formula_small
        rows = VGroup(MathTex(*header, font_size=size, color=theme.muted))
        for y, h in cases:
            error = y - h
            colour = theme.good if error == 0 else theme.bad
            rows.add(MathTex(str(y), str(h), f"{{{error:+d}}}" if error else "0", effects[error],
                             font_size=size, color=theme.text))
            rows[-1][2:].set_color(colour)
        rows.arrange(DOWN, buff=0.3)
        columns = (-4.4, -3.3, -2.0, -0.4)
        for row in rows:
            for piece, x in zip(row, columns, strict=True):
                piece.set_x(x, direction=LEFT)
        rows.next_to(values, DOWN, buff=0.55)
        notes = VGroup(
            MathTex(r"\text{missed a 1: its score } \theta^{T}x \text{ goes up}",
                    font_size=SIZES.formula_small, color=theme.muted),
            MathTex(r"\text{false alarm: its score goes down}", font_size=SIZES.formula_small,
                    color=theme.muted),
        )
        for note, row in zip(notes, rows[3:], strict=True):
            note.next_to(row, RIGHT, buff=0.5).align_to(notes[0], LEFT)
        VGroup(rows, notes).set_x(0)
        self.rows = rows

        # Step: only three values
        with self.beat("Because h is now only zero or one, {error} the error y minus h can "
                       "take just {three} three values: zero, plus one, or minus one.") as b:
            self.play(Write(heading), run_time=1)
            b.wait_until("error")
            self.play(Write(rule), run_time=1.2)
            b.wait_until("three")
            self.play(rule[5].animate.set_color(theme.highlight), FadeIn(values))

        # Step: right answers
        with self.beat("When the prediction is right, the error is zero and the weights do "
                       "not move at all."):
            self.play(FadeIn(rows[0]), run_time=0.6)
            self.play(FadeIn(rows[1], shift=0.2 * RIGHT), FadeIn(rows[2], shift=0.2 * RIGHT),
                      run_time=1)

        # Step: mistakes
        with self.beat("A missed one adds the point to theta, which raises that point's score. "
                       "{alarm} A false alarm subtracts the point, which lowers its score.") as b:
            self.play(FadeIn(rows[3], shift=0.2 * RIGHT), FadeIn(notes[0]), run_time=1)
            b.wait_until("alarm")
            self.play(FadeIn(rows[4], shift=0.2 * RIGHT), FadeIn(notes[1]), run_time=1)

        # Step: driven by mistakes
        takeaway = Text("Only mistakes move the weights.", font_size=SIZES.body,
                        color=theme.highlight).next_to(rows, DOWN, buff=0.55).set_x(0)
        alpha_note = MathTex(r"\text{(the runs ahead use } \alpha = 1\text{)}",
                             font_size=SIZES.formula_small, color=theme.muted)
        alpha_note.next_to(takeaway, DOWN, buff=0.2)
        with self.beat("So the perceptron learns only from its mistakes. In the runs ahead "
                       "{rate} the learning rate is one: starting from zero weights, it would "
                       "only rescale theta.") as b:
            self.play(FadeIn(takeaway, shift=0.2 * UP))
            b.wait_until("rate")
            self.play(FadeIn(alpha_note), run_time=0.6)


class MistakesMoveTheBoundary(PerceptronRunSteps, LectureScene):
    """Point by point over separable data: a ring on each visit, the line jumps only on a
    mistake, and after a clean pass it freezes for good."""

    case = "separable"

    def construct(self) -> None:
        theme = self.theme
        run = perceptron_run(self.case)
        traj = run.trajectory
        board = PerceptronBoard(run, theme)
        self.board = board
        self.pass_ends: list[dict[str, object]] = []
        heading = self.heading("The perceptron at work")
        n = board.n

        # Step: the points and the starting verdict
        with self.beat("Two classes that a straight line can separate. {zero} With all weights "
                       "zero, every score is zero, so the step says one everywhere: {plane} the "
                       "whole plane is class one's colour.") as b:
            self.play(Write(heading), run_time=0.8)
            self.play(Create(board.axes), FadeIn(board.axis_labels), run_time=1.2)
            self.play(FadeIn(board.dots, lag_ratio=0.03), FadeIn(board.legend), run_time=1.2)
            b.wait_until("zero")
            self.play(FadeIn(board.panel), FadeIn(board.chart_static), run_time=0.8)
            b.wait_until("plane")
            self.play(FadeIn(board.field), run_time=1)
            self.show_board(board)

        # Step: a correct visit
        with self.beat("We visit the points one at a time, and {ring} a ring marks the one "
                       "being looked at. This point is class one and the model says one: "
                       "correct, so nothing happens.") as b:
            b.wait_until("ring")
            self.visit_range(board, 0, 1, correct_time=2.5, mistake_weight=1)

        # Step: the first mistake
        first = int(np.argmax(traj.mistake))
        with self.beat("Here the model says one, but the point is class zero. {mistake} A "
                       "mistake: the point is subtracted from theta, and {jump} the boundary "
                       "appears and jumps.") as b:
            self.visit_range(board, 1, first, correct_time=0.6, mistake_weight=1)
            board.visits.set_value(first)
            self.play(board.visits.animate.set_value(first + JUDGE), run_time=0.8,
                      rate_func=linear)
            dot = board.dots[int(traj.visited[first])]
            b.wait_until("mistake")
            self.play(Flash(dot, color=theme.bad, line_length=0.25, flash_radius=0.35),
                      run_time=0.8)
            b.wait_until("jump")
            self.play(board.visits.animate.set_value(first + 1), run_time=2, rate_func=linear)

        # Step: the rest of the first pass
        with self.beat("Correct points change nothing; only mistakes move the line. Watch the "
                       "mistake counter for the rest of this first pass."):
            self.visit_range(board, first + 1, n, correct_time=0.4, mistake_weight=5)
            self.record_pass_end(board)

        # Step: the later passes, faster
        with self.beat("The later passes go faster. Each one still finds a couple of "
                       "mistakes, and each mistake nudges the line through the gap."):
            for p in range(1, traj.n_passes - 1):
                self.visit_range(board, p * n, board.pass_end(p), correct_time=0.12,
                                 mistake_weight=6)
                self.record_pass_end(board)

        # Step: the clean pass
        last = traj.n_passes - 1
        with self.beat(f"Pass {traj.n_passes}: every point is on its side, {{clean}} not a "
                       f"single mistake. {{freeze}} The line freezes, {{updates}} after "
                       f"{traj.n_updates} updates in all.") as b:
            self.visit_range(board, last * n, board.pass_end(last), correct_time=0.16,
                             mistake_weight=1)
            self.record_pass_end(board)
            board.freeze()
            b.wait_until("clean")
            self.play(FadeOut(board.ring), FadeOut(board.verdict), run_time=0.5)
            board.set_verdict(3)
            self.play(FadeIn(board.verdict), run_time=0.5)
            b.wait_until("freeze")
            self.play(board.boundary.line.animate.set_color(theme.good), run_time=0.8)
            b.wait_until("updates")
            self.play(Indicate(board.bar_counts[last], color=theme.good, scale_factor=1.6),
                      Indicate(board.panel.numbers[1], color=theme.good), run_time=1.2)


class OverlapKeepsItTwitching(PerceptronRunSteps, LectureScene):
    """The same rule on overlapping classes: every pass finds mistakes, the line never settles,
    while logistic regression on the same points settles on one line."""

    case = "non_separable"

    def construct(self) -> None:
        theme = self.theme
        run = perceptron_run(self.case)
        traj = run.trajectory
        board = PerceptronBoard(run, theme)
        self.board = board
        self.pass_ends: list[dict[str, object]] = []
        heading = self.heading("When the classes overlap")
        n = board.n
        self.ghosts = VGroup()

        def ghost() -> Line:
            line = board.boundary.line.copy().clear_updaters()
            return line.set_stroke(color=theme.boundary, width=2, opacity=0.3)

        # Step: overlapping points
        with self.beat("Now let the classes overlap, so that a few points sit on the other "
                       "class's side. No straight line can get them all right."):
            self.play(Write(heading), run_time=0.8)
            self.play(Create(board.axes), FadeIn(board.axis_labels), FadeIn(board.field),
                      run_time=1.2)
            self.play(FadeIn(board.dots, lag_ratio=0.03), FadeIn(board.legend),
                      FadeIn(board.panel), FadeIn(board.chart_static), run_time=1.2)
            self.show_board(board)

        # Step: the first pass
        with self.beat("The same rule, from zero weights. The first pass looks just like "
                       "before: mistakes, and the line jumps after each one."):
            self.visit_range(board, 0, n, correct_time=0.3, mistake_weight=4)
            self.record_pass_end(board)
            self.ghosts.add(ghost())
            self.add(self.ghosts)
            self.bring_to_front(board.dots, board.boundary, board.ring)

        # Step: the passes keep finding mistakes
        with self.beat("But the passes never come clean. Every one finds fresh mistakes, the "
                       "update counter keeps climbing, and the line keeps twitching back and "
                       "forth."):
            for p in range(1, traj.n_passes):
                self.visit_range(board, p * n, board.pass_end(p), correct_time=0.12,
                                 mistake_weight=5)
                self.record_pass_end(board)
                self.ghosts.add(ghost())
            board.freeze()
            self.play(FadeOut(board.ring), FadeOut(board.verdict), run_time=0.4)

        # Step: the ghosts
        with self.beat(f"The faint lines are where the boundary stood after each of the "
                       f"{traj.n_passes} passes. {{chasing}} It is still chasing a mistake it "
                       f"can never fix, and would go on forever.") as b:
            self.play(self.ghosts.animate.set_stroke(opacity=0.7), run_time=0.8)
            self.play(self.ghosts.animate.set_stroke(opacity=0.3), run_time=0.8)
            b.wait_until("chasing")
            self.play(Indicate(board.panel.numbers[2], color=theme.bad), run_time=1)

        # Step: logistic regression settles
        fit = newton_method(run.dataset.X, run.dataset.y).thetas[-1]
        self.logistic_theta = fit
        logistic = BoundaryLine(board.axes, lambda: fit, theme, with_normal=False)
        logistic.clear_updaters()
        logistic.line.set_color(theme.curve)
        soft = ProbabilityField(board.axes, lambda: fit, theme, shape=board.field.field_shape)
        soft.clear_updaters()
        self.soft_field = soft
        tag = Text("logistic regression: one line, soft field", font_size=SIZES.caption,
                   color=theme.curve)
        tag.move_to(board.verdict_options[0], aligned_edge=LEFT)
        with self.beat("Logistic regression on the same points has no such trouble: {smooth} "
                       "its smooth loss has one best line, and {settles} it settles there.") as b:
            self.play(FadeOut(board.boundary), FadeOut(self.ghosts), run_time=0.6)
            b.wait_until("smooth")
            self.play(Transform(board.field, soft), run_time=1.2)
            b.wait_until("settles")
            self.play(Create(logistic.line), FadeIn(tag), run_time=1.4)


class ConvergenceTheoremAndItsFlipSide(LectureScene):
    """Separable data: finitely many mistakes, at most (R / gamma)^2 (13 of at most 295 here).
    Not separable: it never settles; Minsky and Papert's book, and the AI winter."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("The convergence theorem")
        separable = perceptron_run("separable")
        overlap = perceptron_run("non_separable")
        bound = mistake_bound(separable.dataset.X, separable.dataset.y)
        self.bound = bound
        limit = int(np.floor(bound.bound))
        size = SIZES.formula_small

        statement = VGroup(
            Text("If the data is linearly separable, the perceptron", font_size=SIZES.body,
                 color=theme.text),
            Text("makes only finitely many mistakes, then stops.", font_size=SIZES.body,
                 color=theme.text),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        formula = MathTex(r"\text{mistakes} \le \left(\frac{R}{\gamma}\right)^{2}",
                          font_size=SIZES.formula, color=theme.good)
        legend_r = VGroup(
            MathTex(r"R:\ \text{length of the longest } (1, x_1, x_2)", font_size=size,
                    color=theme.muted),
            MathTex(r"\gamma:\ \text{the widest margin a separator leaves}",
                    font_size=size, color=theme.muted),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        legend_r.next_to(formula, RIGHT, buff=0.4)
        updates = separable.trajectory.n_updates
        here = VGroup(
            Text("our run:", font_size=SIZES.label, color=theme.text),
            MathTex(rf"R = {bound.radius:.2f},\ \ \gamma = {bound.margin:.3f}", r"\ \Rightarrow\ ",
                    rf"\text{{at most }} {limit},", rf"\ \text{{it made }} {updates}",
                    font_size=size, color=theme.text),
        ).arrange(RIGHT, buff=0.25)
        here[1][3].set_color(theme.good)
        self.here = here[1]

        flip = VGroup(
            Text("Not separable, even by one stray point:", font_size=SIZES.body,
                 color=theme.text),
            Text("it never converges, and cycles forever.", font_size=SIZES.body,
                 color=theme.bad),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        overlap_run = Text(
            f"our overlap run: {overlap.trajectory.n_updates} updates in "
            f"{overlap.trajectory.n_passes} passes, and still going",
            font_size=SIZES.label, color=theme.text)
        self.overlap_run = overlap_run

        # The two runs' mistakes per pass, beside the statements they illustrate.
        sep_chart = mini_bars(separable.trajectory.mistakes_per_pass, theme,
                              "separable:\nmistakes in each pass")
        overlap_chart = mini_bars(overlap.trajectory.mistakes_per_pass, theme,
                                  "overlapping:\nmistakes in each pass")
        self.charts = (sep_chart, overlap_chart)

        year = Text(f"{MINSKY_PAPERT_YEAR}", font_size=SIZES.body, color=theme.highlight)
        story = VGroup(
            Text("Minsky and Papert's book: it cannot even learn XOR", font_size=SIZES.label,
                 color=theme.text),
            Text("\u2192 the first \u201cAI winter\u201d", font_size=SIZES.label,
                 color=theme.muted),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        history = VGroup(year, story).arrange(RIGHT, buff=0.3, aligned_edge=UP)
        text, charts = BODY.split(TEXT_SHARE)
        text.stack(statement, VGroup(formula, legend_r), here, flip, overlap_run, history,
                   buff=0.3)
        charts.stack(sep_chart, overlap_chart, buff=0.6)
        self.dates = [history[0]]

        # Step: the theorem
        with self.beat("Here is the perceptron's celebrated guarantee. {theorem} If some line "
                       "separates the data, the perceptron makes only finitely many mistakes "
                       "and then stops for good.") as b:
            self.play(Write(heading), run_time=1)
            b.wait_until("theorem")
            self.play(FadeIn(statement, shift=0.2 * UP), run_time=1.2)

        # Step: the bound
        with self.beat("There is even a number on it: {bound} at most R over gamma, squared, "
                       "{legend} where R is the size of the largest point and gamma the widest "
                       "gap a separating line can leave.") as b:
            b.wait_until("bound")
            self.play(Write(formula), run_time=1.2)
            b.wait_until("legend")
            self.play(FadeIn(legend_r, shift=0.2 * LEFT), run_time=1)

        # Step: our run
        with self.beat(f"Our run made {separable.trajectory.n_updates} mistakes, far inside its "
                       f"bound of {limit}. A narrow gap allows more mistakes, a wide one "
                       f"fewer."):
            self.play(FadeIn(here, shift=0.2 * UP))
            self.play(FadeIn(sep_chart, lag_ratio=0.1), run_time=1.2)
            self.play(Indicate(here[1][3], color=theme.good),
                      Indicate(sep_chart.numbers[-1], color=theme.good, scale_factor=1.6))

        # Step: the flip side
        with self.beat("The flip side is its fatal flaw. {flip} If the classes cannot be "
                       "separated, even because of one stray point, {chase} there is always a "
                       "mistake to chase, and it never converges.") as b:
            b.wait_until("flip")
            self.play(FadeIn(flip, shift=0.2 * UP), run_time=1.2)
            b.wait_until("chase")
            self.play(FadeIn(overlap_run), FadeIn(overlap_chart, lag_ratio=0.1), run_time=1.2)

        # Step: history
        with self.beat(f"In {MINSKY_PAPERT_YEAR}, {{book}} Minsky and Papert's book laid "
                       "this brittleness bare: a perceptron cannot even learn XOR. {winter} The "
                       "blow helped bring on the first AI winter.") as b:
            self.play(FadeIn(history[0], shift=0.2 * UP), run_time=0.6)
            b.wait_until("book")
            self.play(FadeIn(story[0]), run_time=0.8)
            b.wait_until("winter")
            self.play(FadeIn(story[1], shift=0.2 * RIGHT), run_time=0.8)


QUIZ = Quiz(
    question="The perceptron changes its weights only after a mistake. What happens when no "
             "straight line can separate the two classes?",
    choices=(
        "It stops after one pass with the best line it can find.",
        "Every pass still finds a mistake, so the line never settles.",
        "It converges, only more slowly than on separable data.",
        "It answers 0.5 for the points it cannot place.",
    ),
    correct=1,
    reason="Some point is always on the wrong side, so each pass brings another update.",
)


class PerceptronCheck(QuizScene):
    """Check your understanding: the perceptron on data no line separates."""

    quiz = QUIZ


SCENES_IN_ORDER = [
    StepFunctionBesideTheSigmoid,
    ErrorTakesOnlyThreeValues,
    MistakesMoveTheBoundary,
    OverlapKeepsItTwitching,
    ConvergenceTheoremAndItsFlipSide,
    PerceptronCheck,
]
