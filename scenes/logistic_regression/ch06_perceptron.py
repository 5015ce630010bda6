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
    ORIGIN,
    RIGHT,
    UP,
    Arrow,
    Circle,
    Create,
    DashedLine,
    Dot,
    DoubleArrow,
    FadeIn,
    FadeOut,
    Flash,
    Group,
    GrowArrow,
    GrowFromCenter,
    Indicate,
    Integer,
    Line,
    MathTex,
    MoveToTarget,
    Paragraph,
    Polygon,
    Rectangle,
    ReplacementTransform,
    SurroundingRectangle,
    Text,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    always_redraw,
    linear,
    smooth,
)

from core import boundary_segment, load_dataset, newton_method, sigmoid, step
from core.perceptron import (
    PerceptronRun,
    closest_to_boundary,
    mistake_bound,
    pass_end_thetas,
    perceptron,
    perceptron_counts,
    perceptron_run,
    perceptron_update,
    squeeze_margin,
    step_field,
    stray_point_run,
    stray_points,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, SAFE, SIDE, STAGE, Region
from scenes.common.pieces import BoundaryLine, ProbabilityField, ReadoutPanel, axes_box
from scenes.common.plots import (
    DOT_RADIUS,
    axis_names,
    function_axes,
    legend,
    legend_entry,
    plane_axes,
    point_cloud,
    ring_mark,
)
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
#: How steep the sigmoid g(kz) gets on its way to the step (k at the end).
STEEPEST = 40.0

#: Within one visit (the tracker going from k to k + 1): before JUDGE the ring has just
#: arrived; at JUDGE the verdict shows; between JUDGE and SETTLE the line moves to its new place.
JUDGE = 0.4
SETTLE = 0.8
#: The line starts to move this long after the verdict (a share of one visit).
HOLD = 0.02
#: Length of the boundary's normal arrow in the runs (data units): its direction is theta's.
NORMAL_LENGTH = 1.1
#: Height of one mistake in the per-pass bar chart (scene units).
BAR_UNIT = 0.26
#: Side of the square feature plane on the stage, and the room the boundary's stroke needs
#: inside the stage's edge.
PLANE_WIDTH = 5.6
STROKE_ROOM = 0.06
#: How much of the gap is left at each step of the squeeze (1 first).
SQUEEZE_FACTORS = np.linspace(1.0, 0.3, 15)
#: The box the XOR points of the closing picture are drawn in.
XOR_BOX = ((-3.5, 3.5), (-3.5, 3.5))


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
        super().refresh()
        if self.with_normal and self.arrow.get_stroke_opacity() > 0:
            # Rebuilt whole each time (rescaling one arrow over and over can leave a bare
            # head): a full shaft and a modest head, whatever the weights' size.
            start, end = self.arrow.get_start(), self.arrow.get_end()
            fresh = Arrow(start, end, buff=0, color=self.arrow.get_color(), stroke_width=5,
                          tip_length=0.22, max_tip_length_to_length_ratio=0.35)
            self.arrow.become(fresh)
        return self


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
        self.dots = point_cloud(self.axes, data.X, data.y, theme, radius=1.25 * DOT_RADIUS)
        # A wide dark rim (no class's colour): each dot stands out on a field of its own
        # colour.
        self.dots.set_stroke(color=theme.background, width=4)
        self.boundary = SteadyBoundary(self.axes, self.theta, theme,
                                       fixed_length=NORMAL_LENGTH)
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
            MathTex(r"\text{correct: nothing changes}", color=theme.muted),
            MathTex(r"\text{mistake, } y=1:\ \ \theta := \theta + x", color=theme.highlight),
            MathTex(r"\text{mistake, } y=0:\ \ \theta := \theta - x", color=theme.highlight),
            MathTex(r"\text{a clean pass: converged}", color=theme.good),
        )
        for v in self.verdict_options:
            v.font_size = SIZES.formula
        # What the ring's colours mean: the point being looked at, then its verdict.
        self.ring_key = VGroup(
            Text("ring:", font_size=SIZES.label, color=theme.text),
            *[legend_entry(ring_mark(c), t, theme) for c, t in
              ((theme.highlight, "looked at"), (theme.bad, "mistake"),
               (theme.muted, "correct"))]).arrange(RIGHT, buff=0.3)
        for entry in self.ring_key[1:]:
            entry[0].set_stroke(width=4)
        top = VGroup(self.legend, self.ring_key, self.panel).arrange(DOWN, aligned_edge=LEFT,
                                                                     buff=0.25)
        top.move_to([column_left, 2.05, 0], aligned_edge=LEFT)
        for v in self.verdict_options:
            v.next_to(top, DOWN, buff=0.3).align_to(top, LEFT)
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
        a = smooth(float(np.clip((f - JUDGE - HOLD) / (SETTLE - JUDGE - HOLD), 0.0, 1.0)))
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
                  self.theme.bad if mistake else self.theme.muted)
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
        title = Text("mistakes in each pass", font_size=SIZES.caption, color=theme.text)
        tallest = int(self.traj.mistakes_per_pass.max())
        title_y = base_y + BAR_UNIT * tallest + 0.6
        axis_y = self.axes.c2p(0, 0)[1]  # clear of the x1 name at the axis's end
        if abs(title_y - axis_y) < 0.4:
            title_y = axis_y + 0.45
        title.move_to([left, title_y, 0], aligned_edge=LEFT)
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
        passes.add(Text(str(p + 1), font_size=SIZES.label, color=theme.muted).move_to(
            [x, -0.2, 0]))
    baseline = Line([0, 0, 0], [slot * len(counts), 0, 0], color=theme.muted, stroke_width=2)
    caption = Text(caption, font_size=SIZES.label, color=theme.text)
    caption.move_to([0, unit * int(np.max(counts)) + 0.5, 0], aligned_edge=DOWN + LEFT)
    chart = VGroup(baseline, bars, numbers, passes, caption)
    chart.numbers = numbers
    return chart


class PerceptronRunSteps:
    """Shared steps of the two perceptron runs, mixed into their scenes. Not a ``Scene``
    itself, so ``manim render -a`` never takes it for one."""

    def open_run(self, title: str) -> PerceptronBoard:
        """The board of this scene's ``case``, its heading, and the per-pass record."""
        board = PerceptronBoard(perceptron_run(self.case), self.theme)
        self.board = board
        self.pass_ends: list[dict[str, object]] = []
        self.run_heading = self.heading(title)
        return board

    def show_opening(self, board: PerceptronBoard, field_first: bool) -> None:
        """Heading, plane and points (with the all-ones field too when ``field_first``)."""
        self.play(Write(self.run_heading), Create(board.axes), FadeIn(board.axis_labels),
                  *([FadeIn(board.field)] if field_first else []), run_time=0.8)
        self.play(FadeIn(board.dots, lag_ratio=0.01), FadeIn(board.legend), run_time=0.8)

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
        # The probabilities numbered at the plot's left edge, each on a faint guide line, clear
        # of the curve and the step at z = 0 (where the axis's own numbers would sit).
        axes.y_axis.remove(axes.y_axis.numbers)
        y_ticks = VGroup(*[
            MathTex(f"{v:g}", font_size=SIZES.formula_small, color=theme.muted).next_to(
                axes.c2p(Z_RANGE[0], v), LEFT, buff=0.12) for v in (0.5, 1)])
        guides = VGroup(*[Line(axes.c2p(Z_RANGE[0], v), axes.c2p(Z_RANGE[1], v),
                               color=theme.muted, stroke_width=1, stroke_opacity=0.5)
                          for v in (0.5, 1)])
        axes.add(guides, y_ticks)
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

        # Each a sans name over its formula (one face for words, TeX for the maths).
        sigmoid_def = VGroup(
            Text("sigmoid", font_size=SIZES.body, color=theme.curve),
            MathTex(r"g(z) = \frac{1}{1+e^{-z}}", font_size=SIZES.formula_large,
                    color=theme.curve),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        step_def = VGroup(
            Text("step", font_size=SIZES.body, color=theme.highlight),
            MathTex(r"g(z) = \begin{cases} 1 & z \ge 0 \\ 0 & z < 0 \end{cases}",
                    font_size=SIZES.formula_large, color=theme.highlight),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        side_column(sigmoid_def, step_def)
        self.defs = (sigmoid_def, step_def)
        # The history card takes the side column once the two definitions have been used.
        SIDE.inset(0.25).place(self.rosenblatt_card(), aligned=LEFT)
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
        with self.beat("Logistic regression answers softly: {sigmoid} the sigmoid turns a score "
                       "into a probability, {probe} so a score of one reads as about seventy "
                       "three percent.") as b:
            self.play(Write(heading), Create(axes), FadeIn(z_label), run_time=0.8)
            self.play(Create(soft), FadeIn(sigmoid_def), run_time=1.2)
            b.wait_until("sigmoid")
            self.play(Indicate(sigmoid_def[1], color=theme.curve, scale_factor=1.05))
            b.wait_until("probe")
            self.play(Create(probe), FadeIn(soft_dot, scale=0.5), FadeIn(soft_read))

        # Step: the hard answer, as the sigmoid made ever steeper: g(kz) with k growing
        steep = ValueTracker(1.0)

        def steeper() -> VMobject:
            k = steep.get_value()
            curve = VMobject(color=theme.highlight, stroke_width=4, stroke_opacity=0.8)
            curve.set_points_as_corners([axes.c2p(a, b) for a, b in
                                         zip(z, sigmoid(k * z), strict=True)])
            return curve

        squeezed = always_redraw(steeper)
        # How steep, as a number, and where the score of one now lands on the steeper curve.
        steep_note = VGroup(MathTex(r"g(kz),\ \ k =", font_size=SIZES.formula,
                                    color=theme.highlight),
                            Integer(1, font_size=SIZES.formula, color=theme.highlight)
                            ).arrange(RIGHT, buff=0.15)
        steep_note[1].add_updater(lambda m: m.set_value(round(steep.get_value())))
        steep_note.next_to(axes.c2p(-5.8, 1), DOWN + RIGHT, buff=0.2)
        self.steep_note = steep_note
        steep_dot = Dot(radius=0.09, color=theme.highlight)
        steep_dot.add_updater(lambda m: m.move_to(
            axes.c2p(Z_EXAMPLE, float(sigmoid(steep.get_value() * Z_EXAMPLE)))))
        with self.beat("Now force a hard verdict instead: {steep} make the sigmoid steeper and "
                       "steeper. {step} In the limit it is the step function: one for any "
                       "score at or above zero, zero below it, nothing in between.") as b:
            b.wait_until("steep")
            self.add(squeezed)
            steep_dot.update(0)
            self.play(FadeIn(steep_note), FadeIn(steep_dot), run_time=0.4)
            self.play(steep.animate.set_value(STEEPEST),
                      run_time=max(1.5, min(3.5, b.time_until("step") - 0.2)),
                      rate_func=lambda t: smooth(t) ** 2)
            for mob in (squeezed, steep_note[1], steep_dot):
                mob.clear_updaters()
            b.wait_until("step")
            self.play(Create(low), FadeOut(squeezed), FadeOut(steep_note), FadeOut(steep_dot),
                      run_time=0.8)
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
        same_note = Text("same hypothesis, same update rule", font_size=SIZES.body,
                         color=theme.text)
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
                       "hailed as a model of how neurons in the brain learn. {descends} Every "
                       "neural network today descends from it.") as b:
            # The frame holds what is said so far, and grows when the last line comes.
            first = SurroundingRectangle(card[:2], color=theme.muted, buff=0.18,
                                         stroke_width=1.5)
            self.play(FadeOut(VGroup(*self.defs)), run_time=0.5)
            self.play(FadeIn(card[:2], shift=0.2 * UP), Create(first), run_time=1.0)
            b.wait_until("descends")
            self.play(FadeIn(card[2], shift=0.2 * UP), Transform(first, frame), run_time=0.8)


    def rosenblatt_card(self) -> VGroup:
        """Who invented it and when, in a thin frame (``self.card``)."""
        theme = self.theme
        card = VGroup(
            Text(f"Rosenblatt, {ROSENBLATT_YEAR}", font_size=SIZES.body, color=theme.text),
            Paragraph("hailed as a model of", "how neurons learn", font_size=SIZES.body,
                      color=theme.text, line_spacing=0.6),
            Paragraph("\u2192 every neural network", "   descends from it",
                      font_size=SIZES.body, color=theme.highlight, line_spacing=0.6),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        frame = SurroundingRectangle(card, color=theme.muted, buff=0.18, stroke_width=1.5)
        self.card = (card, frame)
        return VGroup(card, frame)


def _vector_tex(v: np.ndarray) -> str:
    """A short vector in TeX, its entries as short as they are exact: (1, 0, 2)."""
    return "(" + ",\\ ".join(f"{float(x) + 0.0:g}" for x in v) + ")"


def side_column(*mobs: VMobject) -> VGroup:
    """``mobs`` one under another at the side panel's left, each shrunk (never grown) to its
    width, spread down its height."""
    room = SIDE.inset(0.25)  # a margin from the frame's right edge
    for mob in mobs:
        room.fit(mob)
    column = VGroup(*mobs).arrange(DOWN, aligned_edge=LEFT, buff=0.5)
    return room.place(column, aligned=LEFT)


#: The worked picture of an update: weights, a missed class-1 point and a false alarm
#: (each fixed by one update from ``THETA_EXAMPLE``), in a small plane.
THETA_EXAMPLE = (0.0, 1.0, 0.0)
MISSED_POINT = (-1.0, 2.0)
ALARM_POINT = (1.5, -2.0)
VECTOR_BOX = ((-3.0, 3.0), (-3.0, 3.0))
#: How far the bias is nudged (and back) to show that it slides the line.
BIAS_NUDGE = -1.5


def beside_arrow(label: VMobject, arrow: Arrow, at: float = 0.55, buff: float = 0.12,
                 side: float = 1.0) -> VMobject:
    """``label`` beside ``arrow``'s shaft, ``at`` of the way along it, on its left (on its
    right with ``side=-1``): clear of the arrowhead and of the point at its tip."""
    start, end = arrow.get_start(), arrow.get_end()
    along = end - start
    normal = side * np.array([-along[1], along[0], 0.0]) / max(np.linalg.norm(along), 1e-9)
    return label.next_to(start + at * along, normal, buff=buff)


class VectorPicture:
    """One update drawn as vectors: the weights' normal (theta1, theta2) from the origin, the
    point x, x (or -x) moved to the normal's tip, and the new normal; the boundary and the
    hard field follow a tracker from the old weights to the new."""

    def __init__(self, axes, update, theme: Theme):  # noqa: ANN001
        self.axes, self.update, self.theme = axes, update, theme
        self.t = ValueTracker(0.0)
        #: Added to the bias alone (to show that b slides the line without turning it).
        self.bias = ValueTracker(0.0)
        self.field = StepField(axes, self.theta, theme, shape=(90, 90))
        self.boundary = BoundaryLine(axes, self.theta, theme, with_normal=False)
        origin = axes.c2p(0, 0)
        w0, w1 = update.theta_before[1:], update.theta_after[1:]
        step = update.error * update.x[1:]
        colour = theme.class1 if update.label == 1 else theme.class0
        self.dot = Dot(axes.c2p(*update.x[1:]), radius=0.1, color=colour, stroke_width=1.5,
                       stroke_color=theme.background)

        def arrow(start, end, col, width=5):  # noqa: ANN001, ANN202
            return Arrow(axes.c2p(*start), axes.c2p(*end), buff=0, color=col,
                         stroke_width=width, max_tip_length_to_length_ratio=0.2)

        sign = "+" if update.error > 0 else "-"
        self.theta_arrow = arrow((0, 0), w0, theme.boundary)
        self.x_arrow = arrow((0, 0), update.x[1:], theme.text, 3)
        self.moved = arrow(w0, w0 + step, theme.text, 3)
        self.new_arrow = arrow((0, 0), w1, theme.highlight)
        del origin
        self.labels = VGroup(
            MathTex(r"(w_1,\ w_2)", font_size=SIZES.formula_small,
                    color=theme.boundary).next_to(
                self.theta_arrow.get_end(), DOWN, buff=0.1),
            MathTex("x", font_size=SIZES.formula_small, color=theme.text).next_to(
                self.dot, UP, buff=0.1),
            beside_arrow(MathTex(rf"{sign}x", font_size=SIZES.formula_small,
                                 color=theme.text), self.moved,
                         at=0.4 if update.error > 0 else 0.55, side=-1,
                         buff=0.12 if update.error > 0 else 0.35),
            beside_arrow(MathTex(rf"w {sign} x", font_size=SIZES.formula_small,
                                 color=theme.highlight), self.new_arrow,
                         at=0.45 if update.error > 0 else 0.75),
        )
        for label in self.labels:
            label.add_background_rectangle(color=theme.background, opacity=0.8, buff=0.05)

    def theta(self) -> np.ndarray:
        a = smooth(float(np.clip(self.t.get_value(), 0.0, 1.0)))
        theta = (1 - a) * self.update.theta_before + a * self.update.theta_after
        return theta + np.array([self.bias.get_value(), 0.0, 0.0])


class ErrorTakesOnlyThreeValues(LectureScene):
    """With h in {0, 1}, y - h is 0, +1 or -1: no change, add x, or subtract x; adding x turns
    the normal toward a missed point, subtracting it turns the normal away from a false alarm."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Learning only from mistakes")
        rule = MathTex(r"\theta", ":=", r"\theta", "+", r"\alpha", r"\big(y - h(x)\big)", "x",
                       font_size=SIZES.formula, color=theme.text)
        values = MathTex(r"h(x) \in \{0, 1\}", r"\ \Rightarrow\ ", r"y - h \in \{0, +1, -1\}",
                         font_size=SIZES.formula, color=theme.text)
        values[2].set_color(theme.highlight)
        left, right = BODY.split(0.5)
        top = left.stack(rule, values, buff=0.3)

        # The table: label, prediction, error, what the update does.
        cases = [(1, 1), (0, 0), (1, 0), (0, 1)]
        header = [r"y", r"h(x)", r"y - h", r"\text{update}"]
        effects = {0: r"\text{nothing}", 1: r"\theta := \theta + \alpha x",
                   -1: r"\theta := \theta - \alpha x"}
        size = SIZES.formula  # the table is what three beats are about: read at a glance
        rows = VGroup(MathTex(*header, font_size=size, color=theme.text))
        for y, h in cases:
            error = y - h
            colour = theme.text if error == 0 else theme.highlight
            rows.add(MathTex(str(y), str(h), f"{{{error:+d}}}" if error else "0", effects[error],
                             font_size=size, color=theme.text))
            rows[-1][2:].set_color(colour)
        rows.arrange(DOWN, buff=0.18)
        columns = (0.0, 1.05, 2.45, 4.0)
        for row in rows:
            for piece, x in zip(row, columns, strict=True):
                piece.set_x(x, direction=LEFT)
        rows.next_to(top, DOWN, buff=0.4).align_to(top, LEFT)
        self.rows = rows

        # The picture: a small plane beside the table.
        axes = plane_axes(theme, VECTOR_BOX, 5.4)
        right.inset(STROKE_ROOM).place(axes, aligned=DOWN)
        missed = perceptron_update(THETA_EXAMPLE, MISSED_POINT, 1)
        alarm = perceptron_update(THETA_EXAMPLE, ALARM_POINT, 0)
        self.updates = (missed, alarm)
        add, sub = VectorPicture(axes, missed, theme), VectorPicture(axes, alarm, theme)
        self.pictures = (add, sub)
        # The hidden bias: theta's first component, matched by the constant 1 in x.
        bias_note = MathTex(r"\theta = (", "b", r",\ w_1,\ w_2), \quad x = (1,\ x_1,\ x_2)",
                            font_size=SIZES.formula, color=theme.text)
        bias_note.next_to(axes, UP, buff=0.2)
        self.bias_note = bias_note
        # The learning rate the drawn steps use, beside the rule, said before the first step.
        alpha_note = MathTex(r"\alpha = 1", font_size=SIZES.formula, color=theme.highlight)
        alpha_note.next_to(rule, RIGHT, buff=0.6)
        self.alpha_note = alpha_note
        # Theta in numbers, before and after each drawn update (core's), under the table:
        # the bias b (first) moves as well as the weights.
        readouts = [MathTex(r"\theta = " + _vector_tex(u.theta_before), r"\ \to\ ",
                            _vector_tex(u.theta_after), font_size=SIZES.formula,
                            color=theme.text) for u in (missed, alarm)]
        for readout in readouts:
            readout[2].set_color(theme.highlight)
            readout.next_to(rows, DOWN, buff=0.35).align_to(rows, LEFT)
        self.readouts = readouts

        # Step: only three values (the plane and its weights are there from the first word)
        with self.beat("Because h is now only zero or one, {error} the error y minus h can "
                       "take just {three} three values: zero, plus one, or minus one.") as b:
            self.add(add.field, axes)
            self.play(Write(heading), Create(axes), FadeIn(add.field), run_time=1)
            self.add(add.boundary)
            self.play(Create(add.boundary.line), GrowArrow(add.theta_arrow),
                      FadeIn(add.labels[0]), run_time=0.8)
            b.wait_until("error")
            self.play(Write(rule), run_time=1.2)
            b.wait_until("three")
            self.play(rule[5].animate.set_color(theme.highlight), FadeIn(values))

        # Step: right answers
        with self.beat("When the prediction is right, the error is zero and the weights do "
                       "not move at all. {rate} Every step drawn from here on uses a learning "
                       "rate alpha of one.") as b:
            self.play(FadeIn(rows[0]), run_time=0.6)
            self.play(FadeIn(rows[1], shift=0.2 * RIGHT), FadeIn(rows[2], shift=0.2 * RIGHT),
                      run_time=1)
            b.wait_until("rate")
            self.play(FadeIn(alpha_note, shift=0.2 * LEFT),
                      Indicate(rule[4], color=theme.highlight), run_time=0.8)

        # Step: a missed one, as vectors
        with self.beat("{bias} Theta holds the bias b first, {shift} the number that shifts the "
                       "line, then the weights w, {arrow} drawn as the arrow. {missed} A "
                       "missed one: {plane} this orange point sits on class zero's side. {add} "
                       "Adding x to "
                       "theta {turn} turns the boundary's normal toward the point, which lands "
                       "on class one's side.") as b:
            b.wait_until("bias")
            self.play(FadeIn(bias_note, shift=0.2 * DOWN), run_time=0.8)
            b.wait_until("shift")
            # b slides the line without turning it: up and back (the field follows).
            for mob in (add.field, add.boundary):
                mob.add_updater(lambda m: m.refresh())
            self.play(Indicate(bias_note[1], color=theme.highlight),
                      add.bias.animate.set_value(BIAS_NUDGE), run_time=0.9)
            self.play(add.bias.animate.set_value(0.0), run_time=0.7)
            for mob in (add.field, add.boundary):
                mob.clear_updaters()
            b.wait_until("arrow")
            self.play(Indicate(add.theta_arrow, color=theme.highlight, scale_factor=1.1),
                      Indicate(add.labels[0]), FadeIn(readouts[0][0]), run_time=0.8)
            b.wait_until("missed")
            self.play(FadeIn(rows[3], shift=0.2 * RIGHT), run_time=0.6)
            b.wait_until("plane")
            self.play(FadeIn(add.dot, scale=1.5), FadeIn(add.labels[1]), run_time=0.6)
            b.wait_until("add")
            self.play(GrowArrow(add.x_arrow), run_time=0.6)
            self.play(ReplacementTransform(add.x_arrow, add.moved), FadeIn(add.labels[2]),
                      run_time=0.8)
            b.wait_until("turn")
            self._turn_normal(add, readouts[0][1:])

        # Step: a false alarm
        with self.beat("A false alarm is the mirror image: {alarm} subtracting x {away} turns "
                       "the normal away from the blue point, and its score goes down.") as b:
            self.play(FadeIn(rows[4], shift=0.2 * RIGHT), run_time=0.8)
            self.play(FadeOut(VGroup(add.dot, add.labels, add.moved, add.new_arrow,
                                     add.theta_arrow)), FadeOut(add.boundary),
                      FadeOut(add.field), FadeOut(readouts[0][1:]), run_time=0.6)
            # Both updates start from the same theta: its readout stays, the new one's part.
            self.remove(readouts[0][0])
            self.add(readouts[1][0])
            self.add(sub.field, axes, sub.boundary)
            self.play(FadeIn(sub.field), FadeIn(sub.dot), FadeIn(sub.labels[:2]),
                      GrowArrow(sub.theta_arrow), run_time=0.8)
            b.wait_until("alarm")
            self.play(GrowArrow(sub.moved), FadeIn(sub.labels[2]), run_time=0.8)
            b.wait_until("away")
            self._turn_normal(sub, readouts[1][1:])

        # Step: driven by mistakes
        takeaway = Text("Only mistakes move the weights.", font_size=SIZES.body,
                        color=theme.highlight)
        scale_note = MathTex(r"\text{from } \theta = 0,\ \text{any } \alpha"
                             r"\text{ only rescales } \theta",
                             font_size=SIZES.formula, color=theme.text)
        VGroup(takeaway, scale_note).arrange(DOWN, aligned_edge=LEFT, buff=0.15).next_to(
            readouts[1], DOWN, buff=0.3).align_to(rows, LEFT)
        with self.beat("So the perceptron learns only from its mistakes. {rate} The runs ahead "
                       "start from zero weights, where a learning rate other than one would "
                       "only rescale theta.") as b:
            self.play(FadeIn(takeaway, shift=0.2 * UP))
            b.wait_until("rate")
            self.play(FadeIn(scale_note), Indicate(alpha_note, color=theme.highlight),
                      run_time=0.8)

    def _turn_normal(self, picture: VectorPicture, after: VMobject) -> None:
        """The new normal grows while the field and boundary follow theta from before to after
        (updated in place for the length of the turn only), and theta's new numbers show."""
        for mob in (picture.field, picture.boundary):
            mob.add_updater(lambda m: m.refresh())
        self.play(GrowArrow(picture.new_arrow), FadeIn(picture.labels[3]),
                  FadeIn(after, shift=0.2 * RIGHT),
                  picture.t.animate.set_value(1.0), run_time=1.6)
        for mob in (picture.field, picture.boundary):
            mob.clear_updaters()


class MistakesMoveTheBoundary(PerceptronRunSteps, LectureScene):
    """Point by point over separable data: a ring on each visit, the line jumps only on a
    mistake (the first one drawn as theta - x), and after a clean pass it freezes for good."""

    case = "separable"

    def construct(self) -> None:
        theme = self.theme
        board = self.open_run("The perceptron at work")
        traj, n = board.traj, board.n

        # Step: the points and the starting verdict
        with self.beat("Two classes that a straight line can separate. {zero} With all weights "
                       "zero, every score is zero, so the step says one everywhere: {plane} the "
                       "whole plane is class one's colour.") as b:
            self.show_opening(board, field_first=False)
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
            self.play(FadeIn(board.ring_key, shift=0.1 * DOWN), run_time=0.5)
            self.visit_range(board, 0, 1, correct_time=2.0, mistake_weight=1)

        # Step: the first mistake, as vectors
        first = int(np.argmax(traj.mistake))
        point = board.run.dataset.X[int(traj.visited[first])]
        update = perceptron_update(traj.thetas[first], point,
                                   int(board.run.dataset.y[traj.visited[first]]))
        self.first_update = update
        origin = board.axes.c2p(0, 0)
        x_arrow = Arrow(origin, board.axes.c2p(*point), buff=0, color=theme.text,
                        stroke_width=3, max_tip_length_to_length_ratio=0.15)
        # Theta's numbers in the side column, under the verdict (on the plot they would sit
        # on the points round the origin); the origin itself gets a dot.
        zero = VGroup(Dot(origin, radius=0.08, color=theme.text),
                      MathTex(rf"\text{{before: }} \theta = {_vector(update.theta_before)}",
                              font_size=SIZES.formula, color=theme.text))
        zero[1].next_to(board.verdict_options[2], DOWN, buff=0.3).align_to(
            board.verdict_options[2], LEFT)
        x_name = beside_arrow(MathTex("x", font_size=SIZES.formula, color=theme.text),
                              x_arrow, at=0.15, buff=0.12)
        w_after = update.theta_after[1:]
        new_arrow = Arrow(origin, board.axes.c2p(*w_after), buff=0, color=theme.highlight,
                          stroke_width=8, max_tip_length_to_length_ratio=0.2)
        new_name = beside_arrow(MathTex(r"\theta - x", font_size=SIZES.formula,
                                        color=theme.highlight), new_arrow)
        vectors = VGroup(x_arrow, x_name, new_arrow, new_name, zero)
        for label in (x_name, new_name):
            label.add_background_rectangle(color=theme.background, opacity=0.8, buff=0.05)
        self.vectors = vectors
        with self.beat("Here the model says one, but the point is class zero. {mistake} A "
                       "mistake, so theta becomes theta minus x: {arrow} an arrow pointing away "
                       "from the point. {jump} The boundary appears across that arrow, with "
                       "the point on class zero's side.") as b:
            self.visit_range(board, 1, first, correct_time=0.6, mistake_weight=1)
            board.visits.set_value(first)
            # The ring arrives on the point; the verdict waits for its word.
            self.play(board.visits.animate.set_value(first + JUDGE / 2), run_time=0.6,
                      rate_func=linear)
            b.wait_until("mistake")
            dot = board.dots[int(traj.visited[first])]
            # Just past JUDGE (first + JUDGE itself can round to a hair below it): the
            # verdict shows, the line has not moved yet.
            self.play(board.visits.animate.set_value(first + JUDGE + HOLD / 2), run_time=0.3,
                      rate_func=linear)
            self.play(Flash(dot, color=theme.bad, line_length=0.25, flash_radius=0.35),
                      run_time=0.8)
            b.wait_until("arrow")
            self.play(FadeIn(zero), GrowArrow(x_arrow), FadeIn(x_name), run_time=0.8)
            self.play(GrowArrow(new_arrow), FadeIn(new_name), run_time=0.8)
            b.wait_until("jump")
            self.play(board.visits.animate.set_value(first + 1), run_time=2, rate_func=linear)

        # Step: the rest of the first pass
        with self.beat("Correct points change nothing; only mistakes move the line. Watch the "
                       "mistake counter for the rest of this first pass."):
            self.play(FadeOut(vectors), run_time=0.5)
            self.visit_range(board, first + 1, n, correct_time=0.4, mistake_weight=5)
            self.record_pass_end(board)

        # Step: the later passes, sped up
        with self.beat("We speed through the later passes. Most visits are correct and change "
                       "nothing; each pass still finds a couple of mistakes, and each of those "
                       "nudges the line through the gap."):
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

        # Step: the first line that works
        row, gap = closest_to_boundary(traj.thetas[-1], board.run.dataset.X)
        self.grazed = (row, gap)
        graze = Circle(radius=0.22, color=theme.highlight, stroke_width=3).move_to(
            board.dots[row])
        widest = mistake_bound(board.run.dataset.X, board.run.dataset.y).weights
        self.widest = widest
        wide_line = BoundaryLine(board.axes, lambda: widest, theme, with_normal=False)
        wide_line.clear_updaters()
        # Drawn within the plot's box (the line's own ends run a little past it).
        wide_ends = boundary_segment(np.asarray(widest, dtype=float), *axes_box(board.axes))
        dashed = DashedLine(*(board.axes.c2p(*p) for p in wide_ends),
                            color=theme.boundary, stroke_width=4, dash_length=0.15)
        # White dashes, as the widest-gap line is drawn in the theorem's scene: clear of the
        # converged line's mint.
        wide_tag = VGroup(DashedLine(ORIGIN, 0.5 * RIGHT, color=theme.boundary, stroke_width=4,
                                     dash_length=0.1),
                          Text("widest gap", font_size=SIZES.label, color=theme.boundary)
                          ).arrange(RIGHT, buff=0.2)
        # Under the ring key: the counters and the chart leave for the close-up.
        wide_tag.next_to(board.ring_key, DOWN, buff=0.35).align_to(board.ring_key, LEFT)
        # A close-up of the gap around the grazed point, in place of the bar chart: each
        # line with its margin band shaded out to the nearest point.
        X, y = board.run.dataset.X, board.run.dataset.y
        _, wide_gap = closest_to_boundary(widest, X)
        self.gaps = (gap, wide_gap)
        zoom = gap_close_up(X, y, X[row], (traj.thetas[-1], widest), (gap, wide_gap), theme)
        # Large, its two gap notes under it.
        zoom.notes.next_to(zoom.frame, DOWN, buff=0.25).align_to(zoom.frame, LEFT)
        zoom.next_to(wide_tag, DOWN, buff=0.3).align_to(wide_tag, LEFT)
        zoom.shift((max(0.0, SAFE.bottom + 0.05 - zoom.get_bottom()[1])) * UP)
        self.zoom = zoom
        half = ZOOM_HALF
        zoom_box = Rectangle(width=2 * half * board.axes.x_axis.get_unit_size(),
                             height=2 * half * board.axes.y_axis.get_unit_size(),
                             color=theme.highlight, stroke_width=3).move_to(
            board.axes.c2p(*X[row]))
        with self.beat("It stops at the first line that gets every point right, {graze} even "
                       "one that almost touches this point. {widest} The perceptron never "
                       "looks for the line with the widest gap, {dashed} drawn dashed. {zoom} "
                       "Close up, {own} its own gap is less than half as wide.") as b:
            b.wait_until("graze")
            self.play(Create(graze), run_time=0.8)
            self.play(Indicate(board.dots[row], color=theme.highlight, scale_factor=1.6))
            b.wait_until("widest")
            # The bar chart's work is done: the close-up of the gap takes its place.
            self.play(FadeOut(board.chart), FadeOut(board.panel), FadeOut(board.verdict),
                      FadeOut(graze), Create(zoom_box), run_time=0.6)
            self.play(FadeIn(zoom.frame), FadeIn(zoom.content), run_time=0.6)
            b.wait_until("dashed")
            self.play(Create(dashed), FadeIn(wide_tag), run_time=0.8)
            b.wait_until("zoom")
            self.play(FadeIn(zoom.bands[1]), FadeIn(zoom.notes[1]), run_time=0.8)
            self.bring_to_front(zoom.lines, zoom.dots, zoom.frame)
            b.wait_until("own")
            self.play(FadeIn(zoom.bands[0]), FadeIn(zoom.notes[0]), run_time=0.8)
            self.bring_to_front(zoom.lines, zoom.dots, zoom.frame)
            self.play(Indicate(zoom.notes[0], color=theme.good), run_time=1.0)


#: Half the side of the close-up of the gap (data units) and its side on screen.
ZOOM_HALF = 0.35
ZOOM_SIDE = 3.5


def gap_close_up(X: np.ndarray, y: np.ndarray, centre: np.ndarray, thetas, gaps,
                 theme: Theme) -> Group:
    """The plane around ``centre``, magnified: the hard field of the first line, the points,
    the two lines (the first solid in the colour of success, the second dashed white) and
    each one's margin band out to its nearest point (``gaps``, plane distances from core),
    with a note of each gap beside it. Parts: ``frame``, ``content``, ``bands``, ``notes``."""
    box = ((centre[0] - ZOOM_HALF, centre[0] + ZOOM_HALF),
           (centre[1] - ZOOM_HALF, centre[1] + ZOOM_HALF))
    axes = plane_axes(theme, box, ZOOM_SIDE, ticks=False).set_opacity(0)
    field = StepField(axes, lambda: thetas[0], theme, shape=(60, 60))
    field.clear_updaters()
    inside = np.all(np.abs(X - centre) < ZOOM_HALF - 0.04, axis=1)
    dots = point_cloud(axes, X[inside], y[inside], theme, radius=2 * DOT_RADIUS)
    dots.set_stroke(color=theme.background, width=4)
    colours = (theme.good, theme.boundary)
    bands, lines = VGroup(), VGroup()
    for theta, g, colour in zip(thetas, gaps, colours, strict=True):
        theta = np.asarray(theta, dtype=float)
        norm = float(np.linalg.norm(theta[1:]))
        edges = [boundary_segment(theta + np.r_[d * g * norm, 0.0, 0.0], *box)
                 for d in (-1.0, 1.0)]
        # The widest gap faint (it holds the other), the perceptron's strong on top of it.
        bands.add(strip(axes, theta, edges, colour, 0.6 if colour == theme.good else 0.22))
        a, b = (axes.c2p(*p) for p in boundary_segment(theta, *box))
        lines.add(Line(a, b, color=colour, stroke_width=5) if colour == theme.good else
                  DashedLine(a, b, color=colour, stroke_width=5, dash_length=0.15))
    frame = Rectangle(width=ZOOM_SIDE, height=ZOOM_SIDE, color=theme.highlight,
                      stroke_width=3).move_to(axes)
    notes = VGroup(*[legend_entry(Rectangle(width=0.45, height=0.25, stroke_width=0,
                                            fill_color=c, fill_opacity=0.6),
                                  f"{name} gap {g:.2f}", theme)
                     for name, g, c in zip(("perceptron's", "widest"), gaps, colours,
                                           strict=True)])
    notes.arrange(DOWN, aligned_edge=LEFT, buff=0.3).next_to(frame, RIGHT, buff=0.3)
    close_up = Group(field, bands, lines, dots, frame, notes)
    close_up.frame, close_up.notes, close_up.bands = frame, notes, bands
    close_up.lines, close_up.dots = lines, dots
    close_up.content = Group(field, lines, dots)
    return close_up


class OverlapKeepsItTwitching(PerceptronRunSteps, LectureScene):
    """The same rule on overlapping classes: every pass finds mistakes, a few stray points
    keep the line twitching, while logistic regression on the same points settles on one."""

    case = "non_separable"

    def construct(self) -> None:
        theme = self.theme
        board = self.open_run("When the classes overlap")
        run, traj, n = board.run, board.traj, board.n
        self.ghosts = VGroup()

        def ghost() -> Line:
            line = board.boundary.line.copy().clear_updaters()
            return line.set_stroke(color=theme.boundary, width=3, opacity=0.5)

        # Step: overlapping points
        with self.beat("Now let the two clouds overlap, {mixed} mixing where they meet. No "
                       "straight line can get every point right.") as b:
            self.show_opening(board, field_first=True)
            b.wait_until("mixed")
            middle = Circle(radius=1.3, color=theme.highlight, stroke_width=3).move_to(
                board.axes.c2p(*run.dataset.X.mean(axis=0)))
            self.play(Create(middle), run_time=0.8)
            self.play(FadeOut(middle), run_time=0.5)
            self.play(FadeIn(board.panel), FadeIn(board.chart_static), FadeIn(board.ring_key),
                      run_time=0.8)
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
        with self.beat("But the passes never come clean. Watch the mistake count: each pass it "
                       "climbs from zero again, the update counter keeps climbing, and the "
                       "line keeps twitching back and forth."):
            for p in range(1, traj.n_passes):
                self.visit_range(board, p * n, board.pass_end(p), correct_time=0.12,
                                 mistake_weight=5)
                self.record_pass_end(board)
                self.ghosts.add(ghost())
            board.freeze()
            self.play(FadeOut(board.ring), FadeOut(board.verdict), run_time=0.4)

        # Step: the ghosts and the stray points
        strays = stray_points(traj, n)
        self.strays = strays
        # Red, the colour of mistakes (yellow rings mean "looked at" in this run).
        rings = VGroup(*[Circle(radius=0.22, color=theme.bad, stroke_width=4).move_to(
            board.dots[int(i)]) for i in strays])
        self.stray_rings = rings
        with self.beat(f"The faint lines are where the boundary stood after each of the "
                       f"{traj.n_passes} passes. {{strays}} These {len(strays)} stray points "
                       "were misjudged in at least half of the passes: with no line right "
                       "for all of them, there is always one to chase.") as b:
            self.play(self.ghosts.animate.set_stroke(opacity=0.9), run_time=0.8)
            self.play(self.ghosts.animate.set_stroke(opacity=0.5), run_time=0.8)
            b.wait_until("strays")
            self.play(Create(rings, lag_ratio=0.2), FadeOut(board.boundary.arrow), run_time=1.2)
            self.play(Indicate(board.panel.numbers[2], color=theme.highlight), run_time=1)

        # Step: logistic regression settles, beside the perceptron still twitching
        newton = newton_method(run.dataset.X, run.dataset.y).thetas
        fit = newton[-1]
        self.logistic_theta = fit
        ends = pass_end_thetas(traj)
        self.twitch_thetas = ends
        # One clock for both lines: the perceptron hops through where each pass left it
        # (twice over), logistic regression walks its Newton steps and then stays.
        clock = ValueTracker(0.0)
        hops = 2 * len(ends)

        def twitching() -> np.ndarray:
            return ends[min(int(clock.get_value() * hops), hops - 1) % len(ends)]

        def settling() -> np.ndarray:
            u = min(clock.get_value() / 0.5, 1.0) * (len(newton) - 2)  # from Newton's 1st step
            k = min(int(u), len(newton) - 3)
            a = smooth(u - k) if u < len(newton) - 2 else 1.0
            return newton[k + 1] + a * (newton[k + 2] - newton[k + 1])

        twitch = BoundaryLine(board.axes, twitching, theme, with_normal=False)
        logistic = BoundaryLine(board.axes, settling, theme, with_normal=False)
        logistic.line.set_color(theme.curve)
        self.logistic_line = logistic.line
        soft = ProbabilityField(board.axes, lambda: fit, theme, shape=board.field.field_shape)
        soft.clear_updaters()
        self.soft_field = soft
        tags = VGroup(
            VGroup(Line(ORIGIN, 0.5 * RIGHT, color=theme.boundary, stroke_width=5),
                   Text("perceptron: keeps twitching", font_size=SIZES.label,
                        color=theme.text)).arrange(RIGHT, buff=0.2),
            VGroup(Line(ORIGIN, 0.5 * RIGHT, color=theme.curve, stroke_width=5),
                   Text("logistic regression: settles", font_size=SIZES.label,
                        color=theme.curve)).arrange(RIGHT, buff=0.2),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        tags.next_to(board.legend, DOWN, buff=0.6).align_to(board.legend, LEFT)
        with self.beat("Logistic regression on the same points has no such trouble: {smooth} "
                       "its smooth loss has {best} one best line, and it settles there.") as b:
            # The perceptron's counters and bars leave: what follows is a comparison.
            # The hard field leaves too: while the two lines move it would follow neither.
            self.play(FadeOut(board.boundary), FadeOut(self.ghosts), FadeOut(board.panel),
                      FadeOut(board.chart), FadeOut(board.field), FadeOut(board.ring_key),
                      FadeOut(rings), FadeIn(tags), run_time=0.5)
            self.add(twitch, logistic)
            self.play(clock.animate.set_value(1.0),
                      run_time=max(2.5, b.time_until("best") + 0.5), rate_func=linear)
            twitch.clear_updaters()
            logistic.clear_updaters()
            b.wait_until("best")
            self.add(soft)
            self.play(FadeIn(soft), FadeOut(twitch), FadeOut(tags[0]), run_time=0.8)
            self.bring_to_front(board.axes, board.dots, logistic)

        # Step: a verdict against a probability, at one stray point (core's numbers)
        X = run.dataset.X
        soft_at = np.array([float(sigmoid(fit @ np.r_[1.0, X[int(i)]])) for i in strays])
        probe = int(strays[int(np.argmin(np.abs(soft_at - 0.5)))])
        p_probe = float(sigmoid(fit @ np.r_[1.0, X[probe]]))
        self.probe = (probe, p_probe)
        probe_ring = Circle(radius=0.3, color=theme.good, stroke_width=5).move_to(
            board.dots[probe])
        compare = VGroup(
            MathTex(r"\text{perceptron: } h(x) \in \{0,\ 1\}", font_size=SIZES.formula,
                    color=theme.text),
            Text("a verdict, never a probability", font_size=SIZES.label, color=theme.text),
            VGroup(ring_mark(theme.good).set_stroke(width=4),
                   MathTex(rf"\text{{logistic: }} P(y = 1 \mid x) = {p_probe:.2f}",
                           font_size=SIZES.formula, color=theme.curve)
                   ).arrange(RIGHT, buff=0.2),
            Text("a probability, fitted by maximum likelihood", font_size=SIZES.label,
                 color=theme.text),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        compare[1].shift(0.3 * RIGHT)
        compare[3].shift(0.3 * RIGHT)
        compare.next_to(tags, DOWN, buff=0.7).align_to(tags, LEFT)
        self.compare = compare
        with self.beat("There is a second difference. {verdict} The perceptron only ever gives "
                       "a verdict, zero or one; {prob} logistic regression gives a probability, "
                       "here close to a coin toss for a point in the overlap, and it comes "
                       "from maximum likelihood.") as b:
            b.wait_until("verdict")
            self.play(FadeIn(compare[:2], shift=0.2 * UP), run_time=0.8)
            b.wait_until("prob")
            self.play(Create(probe_ring), FadeIn(compare[2:], shift=0.2 * UP), run_time=0.8)


def strip(axes, w: np.ndarray, edges, colour: str, opacity: float) -> Polygon:  # noqa: ANN001
    """The shaded strip between two parallel segments (data coordinates) of lines with
    normal (w1, w2): each segment's ends ordered along the lines, so the corners go round."""
    along = np.array([w[2], -w[1]], dtype=float)
    a, b = (sorted(np.asarray(e, dtype=float), key=lambda p: float(p @ along)) for e in edges)
    corners = [axes.c2p(*p) for p in (a[0], a[1], b[1], b[0])]
    return Polygon(*corners, stroke_width=0, fill_color=colour, fill_opacity=opacity)


def gap_band(axes, w: np.ndarray, margin: float, theme: Theme) -> VGroup:  # noqa: ANN001
    """The gap around the line w^T (1, x) = 0: the lines w^T (1, x) = +-margin (through the
    closest points), dashed, with the strip between them shaded so it reads at 480p."""
    w = np.asarray(w, dtype=float)
    box = axes_box(axes)
    edges = [boundary_segment(w - np.r_[s * margin, 0.0, 0.0], *box) for s in (1, -1)]
    band = VGroup()
    if any(e is None for e in edges):
        return band
    band.add(strip(axes, w, edges, theme.highlight, 0.25))
    for a, b in edges:
        band.add(DashedLine(axes.c2p(*a), axes.c2p(*b), color=theme.highlight,
                            stroke_width=3, dash_length=0.1))
    return band


class ConvergenceTheoremAndItsFlipSide(LectureScene):
    """Separable data: finitely many mistakes, at most (R / gamma)^2, with R and gamma drawn on
    the points. Not separable: it never settles; XOR; Minsky and Papert's book, the AI winter."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("The convergence theorem")
        separable = perceptron_run("separable")
        data = separable.dataset
        bound = mistake_bound(data.X, data.y)
        self.bound = bound
        limit = int(np.floor(bound.bound))
        size = SIZES.formula

        # The stage: the separable points, the widest-gap line, its gap and the circle of R.
        axes = plane_axes(theme, BOX, PLANE_WIDTH)
        names = axis_names(axes, theme)
        STAGE.inset(STROKE_ROOM).place(VGroup(axes, names), aligned=DOWN + LEFT)
        dots = point_cloud(axes, data.X, data.y, theme)
        w = bound.weights
        separator = BoundaryLine(axes, lambda: w, theme, with_normal=False)
        separator.clear_updaters()
        unit = np.linalg.norm(w[1:])
        band = gap_band(axes, w, bound.margin, theme)
        closest = VGroup(*[Circle(radius=0.2, color=theme.highlight, stroke_width=3).move_to(
            dots[int(i)]) for i in bound.closest])
        # gamma as a double arrow across half the gap, from the line to a closest point.
        near = data.X[int(bound.closest[0])]
        foot = near - (w[0] + near @ w[1:]) / unit * (w[1:] / unit)
        gamma_arrow = DoubleArrow(axes.c2p(*foot), axes.c2p(*near), buff=0, color=theme.highlight,
                                  stroke_width=3, tip_length=0.12)
        # The arrow is the gap in the plane; gamma itself is measured on (1, x1, x2).
        gamma_name = Text("gap", font_size=SIZES.label, color=theme.highlight)
        gamma_name.next_to(gamma_arrow, UP + LEFT, buff=0.5)  # above the band, clear of it
        gamma_name.add_background_rectangle(color=theme.background, opacity=0.8, buff=0.04)
        far = data.X[bound.farthest]
        circle = Circle(radius=np.linalg.norm(axes.c2p(*far) - axes.c2p(0, 0)),
                        color=theme.curve, stroke_width=2).move_to(axes.c2p(0, 0))
        radius_line = Line(axes.c2p(0, 0), axes.c2p(*far), color=theme.curve, stroke_width=3)
        radius_name = MathTex("r", font_size=size, color=theme.curve).next_to(
            radius_line.get_center(), UP + LEFT, buff=0.08)
        radius_name.add_background_rectangle(color=theme.background, opacity=0.8, buff=0.04)
        self.geometry = (circle, radius_line, gamma_arrow, band)
        self.board_axes = axes

        # The side: the statement, the bound and this run's numbers, its bars.
        statement = VGroup(*[Text(t, font_size=SIZES.body, color=theme.text) for t in (
            "If a line separates the data,", "the perceptron makes finitely",
            "many mistakes, then stops.")]).arrange(DOWN, aligned_edge=LEFT, buff=0.08)
        formula = MathTex(r"\text{mistakes} \le \left(\frac{R}{\gamma}\right)^{2}",
                          font_size=SIZES.formula, color=theme.good)
        legend_r = VGroup(
            MathTex(rf"R = \sqrt{{1 + r^2}} = {bound.radius:.2f}", font_size=size,
                    color=theme.curve),
            MathTex(rf"\gamma = {bound.margin:.3f}", font_size=size, color=theme.highlight),
            VGroup(Text("both measured on", font_size=SIZES.body, color=theme.text),
                   MathTex(r"(1,\ x_1,\ x_2)", font_size=size, color=theme.text)
                   ).arrange(RIGHT, buff=0.15),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        # R and gamma side by side, the line on what they measure under them.
        legend_r[1].next_to(legend_r[0], RIGHT, buff=0.5)
        legend_r[2].next_to(legend_r[0], DOWN, buff=0.15).align_to(legend_r[0], LEFT)
        updates = separable.trajectory.n_updates
        here = MathTex(rf"\text{{at most }} {limit},", rf"\ \text{{it made }} {updates}",
                       font_size=size, color=theme.text)
        here[1].set_color(theme.good)
        self.here = VGroup(legend_r, here)
        sep_chart = mini_bars(separable.trajectory.mistakes_per_pass, theme,
                              "separable run: mistakes per pass", unit=0.3, slot=0.5)
        # The side column starts just right of the plot: the room between them is its own.
        side = Region("side", VGroup(axes, names).get_right()[0] + 0.45, SAFE.right,
                      SAFE.bottom, SIDE.top)
        side.stack(statement, formula, legend_r, here, sep_chart, buff=0.28)

        # Step: the theorem
        with self.beat("Here is the perceptron's celebrated guarantee. {theorem} If some line "
                       "separates the data, the perceptron makes only finitely many mistakes "
                       "and then stops for good.") as b:
            self.play(Write(heading), run_time=1)
            self.play(Create(axes), FadeIn(names), FadeIn(dots, lag_ratio=0.03), run_time=1.2)
            b.wait_until("theorem")
            self.play(FadeIn(statement, shift=0.2 * UP), Create(separator.line), run_time=1.2)

        # Step: the bound, drawn
        with self.beat("There is even a number on it: {bound} at most R over gamma, squared. "
                       "{radius} R is the length of the farthest point with its one in front, "
                       "a bit more than the radius r drawn here, {gap} and gamma measures "
                       "the gap between the widest-gap line and its nearest points.") as b:
            b.wait_until("bound")
            self.play(Write(formula), run_time=1.2)
            b.wait_until("radius")
            self.play(Create(circle), Create(radius_line), FadeIn(radius_name),
                      FadeIn(legend_r[0]), run_time=1.2)
            b.wait_until("gap")
            self.play(Create(band), Create(closest), GrowFromCenter(gamma_arrow),
                      FadeIn(gamma_name), FadeIn(legend_r[1:]), run_time=1.2)

        # Step: our run, then the gap squeezed live (core recomputes the bound at each width)
        squeeze = squeeze_margin(data.X, data.y, SQUEEZE_FACTORS)
        self.squeeze = squeeze
        last = len(SQUEEZE_FACTORS) - 1
        q = ValueTracker(0.0)

        def k_now() -> int:
            return int(round(q.get_value()))

        def positions() -> np.ndarray:
            a = q.get_value()
            k = min(int(a), last - 1)
            return squeeze.X[k] + (a - k) * (squeeze.X[k + 1] - squeeze.X[k])

        def band_now() -> VGroup:
            b = squeeze.bounds[k_now()]
            return gap_band(axes, b.weights, b.margin, theme)

        squeeze_panel = ReadoutPanel(
            [(r"\gamma =", lambda: squeeze.bounds[k_now()].margin, 3),
             (r"(R/\gamma)^2 =", lambda: squeeze.bounds[k_now()].bound, 0)], theme)
        squeeze_panel.move_to(here, aligned_edge=UP + LEFT)
        self.squeeze_panel = squeeze_panel
        with self.beat(f"Our run made {updates} mistakes, far inside its bound of {limit}. "
                       "{narrow} The narrower this gap, {larger} the larger the bound: a tight "
                       "squeeze can take many more mistakes.") as b:
            self.play(FadeIn(here, shift=0.2 * UP), FadeIn(sep_chart, lag_ratio=0.1),
                      run_time=1.2)
            self.play(Indicate(here[1], color=theme.good),
                      Indicate(sep_chart.numbers[-1], color=theme.good, scale_factor=1.6))
            b.wait_until("narrow")
            self.play(FadeOut(here), FadeOut(sep_chart), FadeOut(gamma_arrow),
                      FadeOut(gamma_name), FadeOut(legend_r[1]), FadeIn(squeeze_panel),
                      run_time=0.6)
            for i in squeeze.moved:
                dots[int(i)].add_updater(lambda m, i=int(i): m.move_to(axes.c2p(*positions()[i])))
            for ring, i in zip(closest, bound.closest, strict=True):
                ring.add_updater(lambda m, i=int(i): m.move_to(axes.c2p(*positions()[i])))
            self.remove(band)
            live_band = always_redraw(band_now)
            self.add(live_band)
            self.play(q.animate.set_value(last),
                      run_time=max(2.0, b.time_until("end") - 0.6), rate_func=smooth)
            for mob in (*dots, *closest):
                mob.clear_updaters()
            live_band.clear_updaters()
            self.play(Indicate(squeeze_panel.numbers[1], color=theme.highlight), run_time=0.8)

        # Step: the flip side: one point dragged across, and the rerun never settles
        stray = stray_point_run(data.X, data.y, n_epochs=8)
        self.stray = stray
        stray_traj = stray.trajectory
        flip = VGroup(
            Text("Not separable, even by", font_size=SIZES.body, color=theme.text),
            Text("one stray point:", font_size=SIZES.body, color=theme.text),
            Text("it never converges.", font_size=SIZES.body, color=theme.bad),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        stray_chart = mini_bars(stray_traj.mistakes_per_pass, theme,
                                "one stray point: mistakes per pass", unit=0.3, slot=0.5)
        stray_told = Text(f"{stray_traj.n_updates} updates in {stray_traj.n_passes} passes,\n"
                          "and still going", font_size=SIZES.label, color=theme.text)
        self.overlap_run = stray_told
        SIDE.stack(flip, stray_chart, stray_told, buff=0.45)
        stray_dot = dots[stray.row]
        stray_ring = Circle(radius=0.22, color=theme.highlight, stroke_width=3).move_to(
            stray_dot)
        stray_ends = pass_end_thetas(stray_traj)
        hop = ValueTracker(-1.0)
        chasing = BoundaryLine(axes, lambda: stray_ends[max(int(hop.get_value()), 0)], theme,
                               with_normal=False)
        theorem_side = VGroup(statement, formula, legend_r[0], legend_r[2], squeeze_panel,
                              circle, radius_line, radius_name, live_band, closest)
        with self.beat("The flip side is its fatal flaw. {flip} If the classes cannot be "
                       "separated, even because of {stray} one stray point, {chase} there is "
                       "always a mistake to chase, and it never converges.") as b:
            for i in squeeze.moved:
                dots[int(i)].generate_target().move_to(axes.c2p(*data.X[int(i)]))
            flip_heading = self.heading("The flip side: no convergence")
            self.play(FadeOut(theorem_side), FadeOut(separator.line),
                      *[MoveToTarget(dots[int(i)]) for i in squeeze.moved],
                      Transform(heading, flip_heading), run_time=0.8)
            b.wait_until("flip")
            self.play(FadeIn(flip[:2], shift=0.2 * UP), run_time=0.8)
            b.wait_until("stray")
            # The stray point, drawn big and on top, is dragged into the other cloud.
            self.bring_to_front(stray_dot)
            self.play(stray_dot.animate.scale(1.8).move_to(axes.c2p(*stray.X[stray.row])),
                      run_time=1.0)
            stray_ring.move_to(stray_dot)
            self.play(Create(stray_ring), Flash(stray_dot, color=theme.highlight,
                                                 line_length=0.25, flash_radius=0.4),
                      run_time=0.8)
            b.wait_until("chase")
            self.add(chasing)
            self.play(FadeIn(stray_chart[0]), FadeIn(stray_chart[4]),
                      FadeIn(flip[2]), run_time=0.5)
            for p in range(stray_traj.n_passes):
                self.play(hop.animate.set_value(p + 0.01),
                          FadeIn(VGroup(stray_chart[1][p], stray_chart[2][p],
                                        stray_chart[3][p])), run_time=0.35, rate_func=linear)
            chasing.clear_updaters()
            self.play(FadeIn(stray_told), run_time=0.6)

        # Step: history, and XOR: a failed attempt
        xor = load_dataset("xor")
        xor_traj = perceptron(xor.X, xor.y, n_epochs=8, shuffle_seed=0)
        self.xor_traj = xor_traj
        xor_axes = plane_axes(theme, XOR_BOX, PLANE_WIDTH)
        xor_names = axis_names(xor_axes, theme)
        STAGE.inset(STROKE_ROOM).place(VGroup(xor_axes, xor_names), aligned=DOWN + LEFT)
        xor_dots = point_cloud(xor_axes, xor.X, xor.y, theme)
        xor_ends = pass_end_thetas(xor_traj)
        xor_hop = ValueTracker(0.0)
        xor_line = BoundaryLine(xor_axes, lambda: xor_ends[int(xor_hop.get_value())], theme,
                                with_normal=False)
        xor_chart = mini_bars(xor_traj.mistakes_per_pass, theme,
                              f"XOR, {len(xor.y)} points: mistakes per pass", unit=0.08,
                              slot=0.56)  # room between two-digit counts
        self.charts = (sep_chart, stray_chart, xor_chart)
        year = Text(f"{MINSKY_PAPERT_YEAR}", font_size=SIZES.body, color=theme.highlight)
        story = VGroup(
            Text("Minsky and Papert's book:", font_size=SIZES.body, color=theme.text),
            Text("it cannot even learn XOR", font_size=SIZES.body, color=theme.text),
            Text("\u2192 the first \u201cAI winter\u201d", font_size=SIZES.body,
                 color=theme.highlight),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        history = VGroup(year, story).arrange(DOWN, buff=0.15, aligned_edge=LEFT)
        SIDE.stack(history, xor_chart, buff=0.5)
        self.dates = [history[0]]
        stray_scene = VGroup(axes, names, dots, stray_ring, chasing, flip, stray_chart,
                             stray_told)
        with self.beat(f"In {MINSKY_PAPERT_YEAR}, {{book}} Minsky and Papert's book laid "
                       "this brittleness bare: a perceptron cannot even learn {xor} XOR, "
                       "where opposite corners share a class. {winter} The blow helped bring "
                       "on the first AI winter.") as b:
            # The XOR points come on at once, in place of the stray-point run.
            self.play(FadeOut(stray_scene), FadeIn(year, shift=0.2 * UP),
                      Transform(heading, self.heading("XOR and the first AI winter")),
                      run_time=0.6)
            self.play(Create(xor_axes), FadeIn(xor_names), FadeIn(xor_dots, lag_ratio=0.01),
                      run_time=1.0)
            b.wait_until("book")
            self.play(FadeIn(story[:2]), run_time=0.8)
            b.wait_until("xor")
            # Opposite corners, one class: rings on the two corners' clusters of class 0.
            corners = VGroup(*[Circle(radius=0.9, color=theme.highlight, stroke_width=3)
                               .move_to(xor_axes.c2p(*xor.X[np.all(
                                   np.sign(xor.X) == corner, axis=1)].mean(axis=0)))
                               for corner in ((1, 1), (-1, -1))])
            self.play(Create(corners), run_time=0.6)
            self.play(FadeOut(corners), run_time=0.4)
            self.add(xor_line)
            self.play(FadeIn(xor_chart[0]), FadeIn(xor_chart[4]), run_time=0.3)
            for p in range(xor_traj.n_passes):
                self.play(xor_hop.animate.set_value(p + 0.01),
                          FadeIn(VGroup(xor_chart[1][p], xor_chart[2][p], xor_chart[3][p])),
                          run_time=0.3, rate_func=linear)
            xor_line.clear_updaters()
            b.wait_until("winter")
            self.play(FadeIn(story[2], shift=0.2 * RIGHT), run_time=0.8)


#: The quiz's visit: weights, a point and its label, worked out by core.
QUIZ_THETA, QUIZ_POINT, QUIZ_LABEL = (0.0, 1.0, 0.0), (2.0, 1.0), 0
QUIZ_UPDATE = perceptron_update(QUIZ_THETA, QUIZ_POINT, QUIZ_LABEL)


def _vector(v) -> str:  # noqa: ANN001
    return "(" + ", ".join(f"{float(c):g}" for c in v) + ")"


QUIZ = Quiz(
    question=f"A perceptron with $\\theta = {_vector(QUIZ_THETA)}$, bias first, and "
             "learning rate $\\alpha = 1$ visits the "
             f"point $x = {_vector(QUIZ_POINT)}$, whose label is $y = {QUIZ_LABEL}$. What "
             "are the weights after this visit?",
    spoken_question=f"A perceptron with theta equal to "
                    f"{', '.join(f'{c:g}' for c in QUIZ_THETA)}, bias first, and learning "
                    "rate alpha equal to one, visits the point "
                    f"x equal to "
                    f"{', '.join(f'{c:g}' for c in QUIZ_POINT)}, whose label is y equals "
                    f"{QUIZ_LABEL}. What are the weights after this visit?",
    choices=(
        f"$\\theta = {_vector(QUIZ_THETA)}$: it got this one right",
        f"$\\theta = {_vector(QUIZ_UPDATE.theta_before + QUIZ_UPDATE.x)}$, adding the point",
        f"$\\theta = {_vector(np.r_[QUIZ_THETA[0], np.subtract(QUIZ_THETA[1:], QUIZ_POINT)])}$"
        ", forgetting the bias's 1",
        f"$\\theta = {_vector(QUIZ_UPDATE.theta_after)}$, subtracting $(1, x)$",
    ),
    correct=3,
    reason=f"The score is {QUIZ_UPDATE.score_before:g}, so $h = {QUIZ_UPDATE.prediction}$ but "
           f"$y = {QUIZ_LABEL}$: a false alarm, so $\\theta := \\theta - (1, x)$.",
    spoken_reason=f"The score is {QUIZ_UPDATE.score_before:g}, so h is "
                  f"{QUIZ_UPDATE.prediction} but y is {QUIZ_LABEL}: a false alarm, so the "
                  "point, with its bias feature one, is subtracted from theta.",
    applied=True,
)


#: The quiz's picture: a small plane holding the point.
QUIZ_BOX = ((-3.0, 3.0), (-3.0, 3.0))
QUIZ_PLANE_WIDTH = 4.2


class PerceptronCheck(QuizScene):
    """Check your understanding: one perceptron visit worked out by hand; the picture shows
    the point and the line, and on the answer the line turns so the point lands on its side."""

    quiz = QUIZ

    def quiz_picture(self) -> Group:
        theme = self.theme
        axes = plane_axes(theme, QUIZ_BOX, QUIZ_PLANE_WIDTH)
        self.quiz_axes = axes
        self.quiz_turn = ValueTracker(0.0)

        def theta() -> np.ndarray:
            a = smooth(float(self.quiz_turn.get_value()))
            return (1 - a) * QUIZ_UPDATE.theta_before + a * QUIZ_UPDATE.theta_after

        self.quiz_theta = theta
        field = StepField(axes, theta, theme, shape=(80, 80))
        boundary = SteadyBoundary(axes, theta, theme, fixed_length=1.2)
        for mob in (field, boundary):  # still until the answer turns them
            mob.clear_updaters()
        # The sides as theta stands are shaded from the start: where the point falls is part
        # of the working (the viewer reads h off the picture), not the answer.
        colour = theme.class1 if QUIZ_LABEL == 1 else theme.class0
        dot = Dot(axes.c2p(*QUIZ_POINT), radius=0.13, color=colour, stroke_width=3,
                  stroke_color=theme.background)
        label = MathTex(rf"x = {_vector(QUIZ_POINT)},\ y = {QUIZ_LABEL}",
                        font_size=SIZES.formula, color=theme.text)
        label.next_to(axes, UP, buff=0.2)
        self.quiz_field, self.quiz_boundary, self.quiz_dot = field, boundary, dot
        return Group(field, axes, boundary, dot, label)

    def quiz_reveal(self) -> None:
        theme = self.theme
        note = MathTex(rf"\theta = {_vector(QUIZ_UPDATE.theta_after)}",
                       font_size=SIZES.formula, color=theme.good)
        note.next_to(self.quiz_axes, DOWN, buff=0.2)
        self.bring_to_front(self.quiz_boundary, self.quiz_dot)
        # First the point as theta stands, on "false alarm": on class one's side, though
        # its label is 0; the line turns only when the subtraction is said.
        self.until_reason_word("alarm")
        self.play(Indicate(self.quiz_dot, color=theme.highlight, scale_factor=1.6),
                  run_time=0.8)
        self.until_reason_word("subtracted")
        for mob in (self.quiz_field, self.quiz_boundary):
            mob.add_updater(lambda m: m.refresh())
        self.play(self.quiz_turn.animate.set_value(1.0), FadeIn(note), run_time=2.0)
        for mob in (self.quiz_field, self.quiz_boundary):
            mob.update(0)
            mob.clear_updaters()


SCENES_IN_ORDER = [
    StepFunctionBesideTheSigmoid,
    ErrorTakesOnlyThreeValues,
    MistakesMoveTheBoundary,
    OverlapKeepsItTwitching,
    ConvergenceTheoremAndItsFlipSide,
    PerceptronCheck,
]
