"""Chapter 5: the training lab. Gradient ascent swings a random boundary into place while the
field sharpens and the log-likelihood climbs; each point's halo shows its pull (y - h), so the
confident points visibly fall silent. Then the lab's experiments: overlapping classes,
well-separated clouds, and a learning rate too large. Every trajectory is
``core.training_lab_run``'s.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    BackgroundRectangle,
    Circle,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    Indicate,
    Line,
    MathTex,
    Text,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    linear,
    smooth,
)

from core import (
    boundary_segment,
    log_likelihood,
    newton_method,
    predict_proba,
    training_lab_run,
)
from core.gradient_ascent import TrainingLabRun
from scenes.common.beats import LectureScene
from scenes.common.layout import SIDE, STAGE, Region
from scenes.common.pieces import BoundaryLine, ProbabilityField, ReadoutPanel
from scenes.common.plots import (
    AXIS_STROKE,
    legend,
    plane_axes,
    point_cloud,
    ring_mark,
    slow_start,
)
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The feature plane every experiment is drawn in (all four data sets fit inside).
BOX = ((-4.0, 4.0), (-3.2, 3.2))
#: Radius of a data point, and how much a halo's radius grows per unit of pull |y - h|.
DOT_RADIUS = 0.07
HALO_GROWTH = 0.3
#: The log-likelihood (or |theta|) curve is drawn through at most about this many steps.
TRACE_POINTS = 400
#: How often the readouts catch up with training, per second of video.
READOUT_HZ = 5.0
#: A halo's fill opacity per unit of pull (its ring is drawn at opacity |y - h|): faint, so
#: overlapping halos over a cloud stay rings and do not merge into one pale blob.
HALO_OPACITY = 0.12
#: Width of the feature plane on the stage (its height follows BOX's aspect), and the room
#: the boundary's stroke and the halos of the lowest points need inside the stage's edge.
PLANE_WIDTH = 6.8
STROKE_ROOM = 0.06
HALO_ROOM = 0.15
#: Size of the curve of one recorded quantity, in the side panel.
CURVE_SIZE = (3.6, 2.1)


def halo_radius(pull: float) -> float:
    """Scene radius of a point's halo: the dot's own size plus |y - h| times a growth."""
    return DOT_RADIUS + HALO_GROWTH * abs(float(pull))


def hop(fraction: float) -> float:
    """Within one step: move during the first half, then hold, so each step reads as a jump."""
    return smooth(min(1.0, fraction / 0.5))


class TrainingLab:
    """One experiment of the lab, drawn from a ``TrainingLabRun``.

    A ``ValueTracker`` holds the (fractional) step; theta is interpolated between core's
    recorded steps, and every piece follows it: the field, the boundary, the halos (their
    pull from ``core.predict_proba`` at the drawn theta), the readouts (core's recorded
    numbers at the nearest step) and a curve of one recorded quantity against iteration.
    """

    def __init__(self, run: TrainingLabRun, theme: Theme, curve: str = "log_likelihood",
                 curve_label: str = r"\ell(\theta)", ease: Callable[[float], float] = linear,
                 ll_decimals: int = 2):
        self.run = run
        self.theme = theme
        self.traj = run.trajectory
        self.n_steps = self.traj.n_steps
        self.ease = ease
        self.step = ValueTracker(0.0)
        X, y = run.dataset.X, run.dataset.y
        self.X, self.y = X, y

        self.axes = plane_axes(theme, BOX, PLANE_WIDTH)
        plane_region = Region("plane", STAGE.left + STROKE_ROOM, STAGE.right,
                              STAGE.bottom + HALO_ROOM, STAGE.top)
        plane_region.place(self.axes, aligned=DOWN + LEFT)
        self.field = ProbabilityField(self.axes, self.theta, theme)
        self.boundary = BoundaryLine(self.axes, self.theta, theme)
        self.dots = point_cloud(self.axes, X, y, theme, radius=DOT_RADIUS)
        self._unit_circle = Circle(radius=1.0, num_components=12).points
        self.halos = VGroup(*[
            VMobject(stroke_color=theme.highlight, stroke_width=1.5, fill_color=theme.highlight)
            for _ in range(len(y))])
        self._refresh_halos()

        # Rebuilding a number's digits is the costliest part of a frame, so the readouts
        # catch up with the drawn step READOUT_HZ times a second (``shown``), and each getter
        # hands over core's value rounded as it is displayed, so unchanged digits are skipped.
        self.shown = 0
        self.panel = ReadoutPanel(
            [(label, lambda f=field, d=decimals: round(float(f()[self.shown]), d), decimals)
             for label, field, decimals in (
                 (r"\text{log-likelihood}", lambda: self.traj.log_likelihood, ll_decimals),
                 (r"\text{accuracy}", lambda: self.traj.accuracy, 3),
                 (r"\text{iteration}", lambda: np.arange(self.n_steps + 1), 0),
                 (r"|\theta|", lambda: self.traj.theta_norm, 2))],
            theme, font_size=SIZES.label)
        self._readout_clock = np.inf  # seconds since the readouts last caught up

        values = getattr(self.traj, curve)
        self.curve_values = values
        # Plotted above their minimum, so the iteration axis runs along the bottom.
        self._curve_lo = float(values.min())
        span = 1.08 * (float(values.max()) - self._curve_lo)
        self.curve_axes = Axes(
            x_range=[0, self.n_steps, self.n_steps / 3], y_range=[0, span, span],
            x_length=CURVE_SIZE[0], y_length=CURVE_SIZE[1], tips=False,
            axis_config={"color": theme.muted, "stroke_width": AXIS_STROKE},
            y_axis_config={"include_ticks": False})
        self.curve_axes.x_axis.add_numbers([0, self.n_steps], font_size=SIZES.formula_small,
                                           num_decimal_places=0, excluding=[])
        self.curve_axes.x_axis.numbers.set_color(theme.muted)
        self.curve_x_label = Text("iteration", font_size=SIZES.caption, color=theme.muted)
        self.curve_x_label.next_to(self.curve_axes.x_axis, DOWN, buff=0.15)
        self.curve_y_label = MathTex(curve_label, font_size=SIZES.formula_small,
                                     color=theme.loss).next_to(self.curve_axes.y_axis, UP,
                                                               buff=0.12)
        # The curve's scale: its lowest and highest values, numbered on the y axis.
        self.curve_y_numbers = VGroup(*[
            MathTex(f"{v:.1f}", font_size=SIZES.formula_small, color=theme.muted).next_to(
                self.curve_axes.c2p(0, v - self._curve_lo), LEFT, buff=0.15)
            for v in (float(values.min()), float(values.max()))])
        self.curve_y_numbers[0].shift(0.12 * UP)  # clear of the x axis's 0 below it
        self.side_layout()
        self._curve_origin = self.curve_axes.c2p(0, 0)
        self._curve_dx = self.curve_axes.c2p(1, 0) - self._curve_origin
        self._curve_dy = self.curve_axes.c2p(0, 1) - self._curve_origin
        self.trace = VMobject(stroke_color=theme.loss, stroke_width=3)
        self.head = Dot(radius=0.06, color=theme.loss)
        self._refresh_trace()
        self.head.move_to(self.trace.get_end())
        # Nothing follows the tracker until training runs (see ``train``): a mobject with an
        # updater is redrawn on every frame, with everything drawn above it.
        self.followers = [self.field, self.boundary, self.halos, self.trace, self.head,
                          *self.panel.numbers]
        self._updaters = {id(m): m.get_updaters() for m in self.followers}
        self._updaters[id(self.halos)] = [lambda m: self._refresh_halos()]
        self._updaters[id(self.trace)] = [lambda m: self._refresh_trace()]
        self._updaters[id(self.head)] = [lambda m: m.move_to(self.trace.get_end())]
        self.followers.append(self.panel)  # runs before its numbers: see ``_tick_readouts``
        self._updaters[id(self.panel)] = [self._tick_readouts]
        for mob in self.followers:
            mob.clear_updaters()

    def side_layout(self) -> None:
        """The readouts at the top of the side panel, the curve at its bottom."""
        SIDE.place(self.panel, aligned=UP + LEFT)
        SIDE.place(self.curve(), aligned=DOWN + LEFT)

    # -- following the tracker ---------------------------------------------------------------

    def _split(self) -> tuple[int, float]:
        s = float(np.clip(self.step.get_value(), 0.0, self.n_steps))
        k = min(int(np.floor(s)), self.n_steps)
        return k, (self.ease(s - k) if k < self.n_steps else 0.0)

    def theta(self) -> np.ndarray:
        """The drawn weights: core's step k, eased toward step k + 1."""
        k, w = self._split()
        thetas = self.traj.thetas
        return thetas[k] if w == 0.0 else (1 - w) * thetas[k] + w * thetas[k + 1]

    def index(self) -> int:
        """The recorded step the readouts show: the nearer of the two being drawn between."""
        k, w = self._split()
        return k + int(w >= 0.5)

    def _tick_readouts(self, panel: VGroup, dt: float) -> None:
        self._readout_clock += dt
        if self._readout_clock >= 1 / READOUT_HZ:
            self.shown = self.index()
            self._readout_clock = 0.0

    def pulls(self) -> np.ndarray:
        """Each point's pull y - h at the drawn theta."""
        return self.y - predict_proba(self.theta(), self.X)

    def _refresh_halos(self) -> None:
        for dot, halo, pull in zip(self.dots, self.halos, self.pulls(), strict=True):
            halo.set_points(dot.get_center() + halo_radius(pull) * self._unit_circle)
            halo.set_fill(opacity=HALO_OPACITY * abs(pull))
            halo.set_stroke(opacity=abs(pull))

    def _curve_point(self, steps: np.ndarray, values: np.ndarray) -> np.ndarray:
        return (self._curve_origin + np.outer(steps, self._curve_dx)
                + np.outer(values - self._curve_lo, self._curve_dy))

    def _refresh_trace(self) -> None:
        k = self.index()
        # At most about TRACE_POINTS corners, always ending on the current step.
        steps = np.unique(np.r_[np.arange(0, k + 1, max(1, self.n_steps // TRACE_POINTS)), k])
        points = self._curve_point(steps, self.curve_values[steps])
        if len(points) < 2:
            points = np.vstack([points, points])
        self.trace.set_points_as_corners(points)

    # -- groups for the scene ----------------------------------------------------------------

    def plane(self) -> VGroup:
        return VGroup(self.axes, self.dots)

    def curve(self) -> VGroup:
        return VGroup(self.curve_axes, self.curve_x_label, self.curve_y_label,
                      self.curve_y_numbers)

    def train(self, scene: LectureScene, target: float, run_time: float,
              rate_func: Callable[[float], float] = linear,
              extra: tuple[VMobject, ...] = ()) -> None:
        """Play the steps up to ``target`` as one animation of the tracker.

        ``extra`` mobjects keep updaters of their own that should run only meanwhile.
        """
        for mob in self.followers:
            for updater in self._updaters[id(mob)]:
                mob.add_updater(updater)
        scene.play(self.step.animate.set_value(target), run_time=run_time,
                   rate_func=rate_func)
        self._readout_clock = np.inf  # the last frame shows the final numbers
        for mob in (*self.followers, *extra):  # settle on the target...
            mob.update(0)
        for mob in (*self.followers, *extra):  # ...then stand still
            mob.clear_updaters()
        self._readout_clock = np.inf  # the next run starts with a fresh reading


def lab_legend(lab: TrainingLab, theme: Theme) -> VGroup:
    """Class 0, class 1 and what a halo means, in one row above the plane."""
    ring = ring_mark(theme.highlight, fill_opacity=HALO_OPACITY)
    pull = VGroup(ring, MathTex(r"\text{pull } |y-h|", font_size=SIZES.formula_small,
                                color=theme.text)).arrange(RIGHT, buff=0.15)
    key = legend(theme, extra=[pull])
    key.next_to(lab.axes, UP, buff=0.2).align_to(lab.axes, LEFT)
    return key


def _count_inside(points: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> int:
    """How many ``points`` lie inside the box with corners ``lower`` and ``upper`` (in x, y)."""
    inside = (points[:, :2] > lower[:2]) & (points[:, :2] < upper[:2])
    return int(np.sum(np.all(inside, axis=1)))


def callout(lab: TrainingLab, i: int, label: VGroup, theme: Theme) -> VGroup:
    """A ring round point ``i`` and ``label`` beside it, where it hides the fewest points.

    The label tries eight places around the point, inside the plane, and takes the one whose
    box covers the fewest other points and never the boundary (the first such, in the order
    tried).
    """
    centre = lab.dots[i].get_center()
    ring = Circle(radius=halo_radius(1.0) * 0.6, color=theme.text, stroke_width=2.5)
    ring.move_to(centre)
    line = lab.boundary.line
    along = np.linspace(0, 1, 60)[:, None]
    on_line = line.get_start() + along * (line.get_end() - line.get_start())
    dots = np.array([d.get_center() for d in lab.dots])
    lo, hi = lab.axes.get_corner(DOWN + LEFT), lab.axes.get_corner(UP + RIGHT)
    best, best_cover = None, np.inf
    for direction in (UP + RIGHT, DOWN + RIGHT, UP + LEFT, DOWN + LEFT, UP, DOWN, RIGHT, LEFT):
        label.next_to(ring, direction, buff=0.3)
        a, b = label.get_corner(DOWN + LEFT) - 0.1, label.get_corner(UP + RIGHT) + 0.1
        if np.any(a[:2] < lo[:2]) or np.any(b[:2] > hi[:2]):
            continue
        cover = _count_inside(dots, a, b) + (np.inf if _count_inside(on_line, a, b) else 0)
        if cover < best_cover:
            best, best_cover = direction, cover
    label.next_to(ring, best if best is not None else UP, buff=0.3)
    backing = BackgroundRectangle(label, color=theme.background, fill_opacity=0.8, buff=0.08)
    return VGroup(ring, backing, label)


def show_lab(scene: LectureScene, lab: TrainingLab, heading: VMobject) -> VGroup:
    """Bring a lab on screen at its random start: plane, field, boundary, halos, readouts."""
    key = lab_legend(lab, scene.theme)
    scene.play(Write(heading), Create(lab.axes), run_time=1.2)
    scene.play(FadeIn(lab.field), FadeIn(lab.dots, lag_ratio=0.01), FadeIn(key), run_time=1.2)
    scene.add(lab.boundary)
    scene.play(Create(lab.boundary.line), FadeIn(lab.boundary.arrow), FadeIn(lab.panel),
               FadeIn(lab.curve()), run_time=1.2)
    scene.add(lab.halos, lab.dots, lab.trace, lab.head)  # halos behind the dots
    scene.play(FadeIn(lab.halos), run_time=0.8)
    return key


# ---------------------------------------------------------------------------------------------


class GradientAscentSwingsTheBoundary(LectureScene):
    """From a random start, hundreds of steps swing the boundary into the gap; halos go quiet."""

    def construct(self) -> None:
        theme = self.theme
        run = training_lab_run("default")
        lab = TrainingLab(run, theme, ease=linear)
        self.lab = lab
        heading = self.heading("Chapter 5 \u00b7 The training lab")
        key = lab_legend(lab, theme)

        # Step: the data
        with self.beat("The lab holds two clouds of points in the feature plane: class zero "
                       "in blue, class one in orange."):
            self.play(Write(heading), Create(lab.axes), run_time=1.2)
            self.play(FadeIn(lab.dots, lag_ratio=0.02), FadeIn(key[:2]), run_time=1.5)

        # Step: a random start
        with self.beat("Training starts from small random weights. {wrong} The boundary points "
                       "the wrong way, and the shading is blurry because the weights are "
                       "small.") as b:
            self.add(lab.field, lab.axes, lab.dots)
            self.play(FadeIn(lab.field), run_time=1.2)
            self.add(lab.boundary)
            b.wait_until("wrong")
            self.play(Create(lab.boundary.line), FadeIn(lab.boundary.arrow), FadeIn(lab.panel),
                      run_time=1.5)
            self.play(Indicate(lab.panel[1], color=theme.bad), run_time=1.2)

        # Step: the halos
        with self.beat("Each halo is one point's pull, the error y minus h. At this bad start "
                       "almost every point tugs hard on the boundary."):
            self.add(lab.halos, lab.dots)
            self.play(FadeIn(lab.halos), FadeIn(key[2]), run_time=1.5)

        # Step: the curve
        with self.beat("On the right, the log-likelihood will be drawn step by step as it "
                       "climbs."):
            self.play(FadeIn(lab.curve()), run_time=1)
            self.add(lab.trace, lab.head)

        # Step: train
        with self.beat(f"Now {lab.n_steps} steps of gradient ascent. The boundary swings round "
                       "into the gap, the shading sharpens from blurry to crisp, and the "
                       "log-likelihood shoots up, then levels off."):
            lab.train(self, lab.n_steps, run_time=18, rate_func=slow_start(5.0))

        # Step: the silent points
        pulls = run.trajectory.pulls[-1]
        right = (pulls * (2 * run.dataset.y - 1) < 0.5)  # on their own side of the line
        confident = int(np.argmin(np.abs(pulls)))
        borderline = int(np.argmax(np.where(right, np.abs(pulls), -1.0)))
        self.confident, self.borderline = confident, borderline
        callouts = VGroup()
        for i, words in ((confident, "deep in its class"), (borderline, "near the line")):
            label = VGroup(
                Text(words, font_size=SIZES.caption, color=theme.text),
                MathTex(rf"|y-h| = {abs(pulls[i]):.3f}", font_size=SIZES.formula_small,
                        color=theme.highlight),
            ).arrange(DOWN, aligned_edge=LEFT, buff=0.08)
            callouts.add(callout(lab, i, label, theme))
        self.callouts = callouts
        with self.beat("Look at the halos now. {deep} Points deep in their own territory "
                       "already get h close to their label, so their pull has died away. "
                       "{near} Only the points near the line still tug.") as b:
            b.wait_until("deep")
            self.play(Create(callouts[0][0]), FadeIn(callouts[0][1:]), run_time=1.5)
            b.wait_until("near")
            self.play(Create(callouts[1][0]), FadeIn(callouts[1][1:]), run_time=1.5)
        with self.beat("Logistic regression spends its effort on the hard, borderline cases, "
                       "the same instinct the support vector machine pushes to the limit."):
            self.wait(1)


class OverlapSettlesOnACompromise(LectureScene):
    """Overlapping classes: the boundary settles on a compromise and the field stays soft."""

    def construct(self) -> None:
        theme = self.theme
        run = training_lab_run("overlap")
        lab = TrainingLab(run, theme)
        self.lab = lab
        heading = self.heading("Experiment: overlapping classes")

        # Step: the overlapping clouds
        with self.beat("Now the two classes overlap, so no straight line can split them "
                       "cleanly. Same random start as before."):
            show_lab(self, lab, heading)

        # Step: train
        with self.beat(f"Train for {lab.n_steps} steps. The boundary swings in as before, but "
                       "the log-likelihood levels off far below zero."):
            lab.train(self, lab.n_steps, run_time=10, rate_func=slow_start(3.0))

        # Step: the compromise
        with self.beat("The boundary settles on the best compromise. {soft} The field stays "
                       "soft: near the line the model honestly says it is unsure, and the "
                       "points on the wrong side keep pulling, in balance.") as b:
            b.wait_until("soft")
            self.play(Indicate(lab.panel[3], color=theme.highlight), run_time=1.5)


class SeparatedCloudsNeverSettle(LectureScene):
    """Well-separated clouds: |theta| keeps growing and the boundary becomes a knife edge."""

    def construct(self) -> None:
        theme = self.theme
        run = training_lab_run("separated")
        lab = TrainingLab(run, theme, curve="theta_norm", curve_label=r"|\theta|",
                          ll_decimals=3)  # enough digits to see it creep toward zero
        self.lab = lab
        heading = self.heading("Experiment: well-separated clouds")

        # Step: far apart
        with self.beat("Drag the clouds far apart, so that a line separates them with room "
                       "to spare. This time the curve tracks the size of the weights."):
            show_lab(self, lab, heading)

        # Step: train
        with self.beat(f"Run {lab.n_steps} steps. Every point is soon on its own side, yet "
                       "the weights never stop growing, because scaling them up always "
                       "raises the likelihood a little more."):
            lab.train(self, lab.n_steps, run_time=14, rate_func=slow_start(6.0))

        # Step: the knife edge
        with self.beat("The shading hardens into a knife edge, and {creeps} the log-likelihood "
                       "creeps toward zero without ever reaching it. {runaway} Chapter nine "
                       "comes back to these runaway weights.") as b:
            b.wait_until("creeps")
            self.play(Indicate(lab.panel[0], color=theme.highlight), run_time=1.5)
            b.wait_until("runaway")
            self.play(Indicate(lab.panel[3], color=theme.highlight), run_time=1.5)


class LargeLearningRateOvershoots(LectureScene):
    """A learning rate too large: one step overshoots, then the boundary rocks and never rests."""

    def construct(self) -> None:
        theme = self.theme
        run = training_lab_run("lr_too_large")
        lab = TrainingLab(run, theme, ease=hop)
        self.lab = lab
        alpha = run.trajectory.learning_rate
        heading = self.heading("Experiment: a learning rate too large")
        data = run.dataset
        # The top this data set allows: the log-likelihood at its maximum-likelihood fit.
        best = log_likelihood(newton_method(data.X, data.y).thetas[-1], data.X, data.y)
        self.best = best
        best_line = DashedLine(lab._curve_point(np.array([0]), np.array([best]))[0],
                               lab._curve_point(np.array([lab.n_steps]), np.array([best]))[0],
                               color=theme.good, stroke_width=2)
        best_label = Text("best", font_size=SIZES.caption, color=theme.good).next_to(
            best_line.get_end(), UP, buff=0.08, aligned_edge=RIGHT)
        default_rate = training_lab_run("default").trajectory.learning_rate
        rate = MathTex(rf"\alpha = {alpha:g}", rf"\quad (\text{{default }} {default_rate:g})",
                       font_size=SIZES.formula_small, color=theme.bad)
        rate[1].set_color(theme.muted)
        rate.next_to(lab.panel, DOWN, buff=0.35, aligned_edge=LEFT)

        # The previous step's boundary, faint, so each jump shows where it came from.
        ghost = Line(color=theme.boundary, stroke_width=3).set_opacity(0)

        def follow_ghost(m: Line) -> None:
            k = lab.index()
            segment = boundary_segment(run.trajectory.thetas[max(k - 1, 0)], *BOX)
            if k == 0 or segment is None:
                m.set_opacity(0)
                return
            m.put_start_and_end_on(*(lab.axes.c2p(*p) for p in segment))
            m.set_stroke(opacity=0.35)

        # Step: same clouds, big steps
        with self.beat("Back to the overlapping clouds, with the learning rate cranked up."):
            show_lab(self, lab, heading)
            self.play(FadeIn(rate), Create(best_line), FadeIn(best_label))
        self.add(ghost)
        self.bring_to_front(lab.boundary, lab.halos, lab.dots)

        # Step: the first step
        with self.beat("The very first step overshoots: {leap} the weights leap far past the "
                       "fit, and the shading turns falsely sharp.") as b:
            ghost.add_updater(follow_ghost)
            lab.train(self, 1, run_time=2, extra=(ghost,))
            b.wait_until("leap")
            self.play(Indicate(lab.panel[3], color=theme.bad), run_time=1.2)

        # Step: rocking
        with self.beat("It comes back, but never settles. Each step overshoots the other way, "
                       "so the boundary rocks between two lines, and the log-likelihood saws "
                       "up and down below its best."):
            ghost.add_updater(follow_ghost)
            lab.train(self, lab.n_steps, run_time=(lab.n_steps - 1) / 2.0, extra=(ghost,))

        # Step: the fix
        with self.beat("The cure is a smaller step, or a method that measures the curvature "
                       "and picks the step for you, like Newton's method in chapter eight."):
            self.wait(1)


QUIZ = Quiz(
    question="Training has run for a while. Which points are still pulling hardest on "
             "the boundary?",
    choices=(
        "Points deep inside their own class",
        "Points near the boundary, or on its wrong side",
        "Every point equally, since the gradient adds them all up",
        "Only the points that were wrong at the random start",
    ),
    correct=1,
    reason="A point's pull is $y - h$: near zero once the model is sure and right about it.",
    spoken_reason="A point's pull is y minus h: near zero once the model is sure and right "
                  "about it.",
)


class TrainingLabCheck(QuizScene):
    """Check your understanding: which points keep pulling on the boundary."""

    quiz = QUIZ


SCENES_IN_ORDER = [
    GradientAscentSwingsTheBoundary,
    OverlapSettlesOnACompromise,
    SeparatedCloudsNeverSettle,
    LargeLearningRateOvershoots,
    TrainingLabCheck,
]
