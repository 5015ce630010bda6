"""Chapter 5: the training lab. Gradient ascent swings a random boundary into place while the
field sharpens and the log-likelihood climbs; each point's halo shows its pull (y - h), so the
confident points visibly fall silent. Then the lab's experiments: overlapping classes,
well-separated clouds, and a learning rate too large. Every trajectory is
``core.training_lab_run``'s.
"""

from __future__ import annotations

import types
from collections.abc import Callable

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    PI,
    RIGHT,
    UP,
    Arrow,
    Axes,
    BackgroundRectangle,
    Circle,
    Create,
    DashedLine,
    DashedVMobject,
    Dot,
    DoubleArrow,
    FadeIn,
    FadeOut,
    Group,
    GrowArrow,
    GrowFromCenter,
    Indicate,
    Line,
    MathTex,
    Polygon,
    Rectangle,
    Restore,
    Square,
    Text,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    config,
    linear,
    smooth,
)
from manim.utils.rate_functions import ease_out_quad

from core import (
    boundary_segment,
    load_dataset,
    log_likelihood,
    logit,
    newton_method,
    normal_vector,
    predict_proba,
    sgd_step,
    training_lab_run,
)
from core.gradient_ascent import TrainingLabRun, training_lab_run_on
from core.training_lab import (
    BAND_PROBABILITY,
    band_width,
    best_weight_norm,
    class_pulls,
    likelihood_map,
    log_likelihood_floor,
    point_at_probability,
    pull_extremes,
    wrong_side,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import HEADING, SIDE, STAGE, Region
from scenes.common.pieces import BoundaryLine, ProbabilityField, ReadoutPanel, SansNumber
from scenes.common.plots import (
    AXIS_STROKE,
    plane_axes,
    point_cloud,
    polyline,
    ring_mark,
    slow_start,
)
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The feature plane every experiment is drawn in (all four data sets fit inside; wide, so
#: the plane fills the stage: the field beyond the clouds is the model's too; tall enough
#: that no point of any data set, drawn as a dot, pokes out of the shaded field).
BOX = ((-5.0, 5.0), (-3.3, 3.3))
#: Radius of a data point, and how much a halo's radius grows per unit of pull |y - h|.
DOT_RADIUS = 0.085
HALO_GROWTH = 0.17
#: The log-likelihood (or |theta|) curve is drawn through at most about this many steps.
TRACE_POINTS = 400
#: A halo is a thin ring with a faint fill, both in proportion to |y - h|: a point that no
#: longer pulls has none, and overlapping quiet halos never merge into one pale blob.
HALO_OPACITY = 0.15
HALO_STROKE = 2.0
#: A ring's opacity is its pull times this (at most 1): a ring still pulling reads at 480p.
HALO_BRIGHTNESS = 2.5
#: Below this pull |y - h| a point has no halo at all (its area would be a sliver).
HALO_MIN_PULL = 0.05
#: The room the boundary's stroke and the halos of the lowest (and highest) points need
#: inside the stage's edge, and the width of the feature plane: the whole stage, as far as
#: its height (BOX's aspect) allows. The legend sits in the heading's row, not above it.
STROKE_ROOM = 0.06
HALO_ROOM = 0.32
TOP_ROOM = 0.2
PLANE_WIDTH = min(STAGE.width - STROKE_ROOM,
                  (STAGE.height - HALO_ROOM - TOP_ROOM) * (BOX[0][1] - BOX[0][0])
                  / (BOX[1][1] - BOX[1][0]))
#: How strongly another run's curve is drawn under this one's.
GHOST_OPACITY = 0.7
#: The close-up of the strays after the drag: half the side of the window it magnifies (in
#: the plane's units), the inset's side (scene units) and the inset's centre (in the plane's
#: units: the empty corner below the orange cloud, right of the line, reached by a leader
#: that crosses no point).
ZOOM_HALF = 0.3
ZOOM_SIDE = 2.3
ZOOM_AT = (3.5, -1.95)
#: The longer of the two band-width bars, and their thickness, in scene units.
BAND_BAR_MAX = 1.4
BAND_BAR_HEIGHT = 0.3
#: Size of the chart of one recorded quantity, in the side panel under the readouts: as tall
#: as the panel allows (the chart carries each experiment's punchline); its height when the
#: previous step's key shares the panel.
CURVE_SIZE = (3.6, 2.9)
NORM_CURVE_HEIGHT = 2.6
LARGE_RATE_CURVE_HEIGHT = NORM_CURVE_HEIGHT
#: The least room under a log-likelihood curve's lowest value, as a share of its value.
FLOOR_ROOM = 0.03
#: The gap between the readouts and the chart's name.
CURVE_GAP = 0.25


#: How far the arrow's name sits beyond its tip (scene units), and over how much of the
#: h = 0.9 line's travel it fades out and in where it steps past that line.
THETA_NAME_GAP = 0.12
NAME_FADE = 0.25
#: From this step on (the line has swung in, the band narrows across the name) the name is
#: kept clear of the h = 0.9 line; before it, the only places past that line clear of the
#: axes' names run across a point.
NAME_PUSH_FROM = 13
#: The shortest the theta arrow is drawn, in scene units: at the small random start its
#: length (in proportion to |theta|) would leave a bare arrowhead with no shaft.
MIN_NORMAL_LENGTH = 1.0


class LabBoundary(BoundaryLine):
    """The shared boundary, its theta arrow never shorter than MIN_NORMAL_LENGTH (its
    direction is still theta's; it grows with |theta| once longer than that). The arrow is
    outlined in the background colour: it reads where it lies over the points."""

    def __init__(self, axes: Axes, theta: Callable[[], np.ndarray], theme: Theme,
                 anchor: Callable[[], np.ndarray | None] = lambda: None) -> None:
        #: With an ``anchor`` (a getter of a point of the plane, or None), the arrow starts
        #: at the line's point nearest it instead of the line's middle (off the clouds).
        self.anchor = anchor
        super().__init__(axes, theta, theme)
        self.arrow.set_stroke(theme.background, width=9, background=True)

    def refresh(self) -> LabBoundary:
        super().refresh()
        theta = np.asarray(self.theta_getter(), dtype=float)
        segment = boundary_segment(theta, *self.box)
        if not self.with_normal or segment is None:
            return self
        normal = normal_vector(theta)
        root = segment.mean(axis=0)
        anchor = self.anchor()
        if anchor is not None:
            a, b = segment
            t = float(np.clip((np.asarray(anchor) - a) @ (b - a) / ((b - a) @ (b - a)),
                              0.1, 0.9))
            root = a + t * (b - a)
        start = self.axes.c2p(*root)
        tip = self.axes.c2p(*(root + normal / np.linalg.norm(normal)))
        unit = (tip - start) / np.linalg.norm(tip - start)
        length = max(MIN_NORMAL_LENGTH,
                     float(np.linalg.norm(self.arrow.get_end() - self.arrow.get_start())))
        self.arrow.put_start_and_end_on(start, start + length * unit)
        return self


def sub_name(letter: str, k: int, theme: Theme) -> VGroup:
    """An axis name such as theta-1 in the sans face: the subscript set as its own text at
    the label size (a Pango <sub> shrinks it to some 8 px at 480p), below the baseline, in
    the text colour and outlined in the background colour so it reads over a field."""
    name = Text(letter, font_size=SIZES.formula_small, color=theme.text)
    digit = Text(str(k), font_size=SIZES.label, color=theme.text)
    digit.next_to(name, RIGHT, buff=0.04).align_to(name, DOWN).shift(0.1 * DOWN)
    group = VGroup(name, digit)
    group.set_stroke(theme.background, width=6, background=True)
    return group


def theta_pair_name(theme: Theme) -> VGroup:
    """The boundary arrow's name, (theta1, theta2): the arrow is the weights without the
    bias. In the sans face, the subscripts as their own text (see ``sub_name``), in the
    boundary's colour, outlined in the background colour."""
    parts = VGroup(Text("(", font_size=SIZES.formula_small), sub_name("\u03b8", 1, theme),
                   Text(",", font_size=SIZES.formula_small), sub_name("\u03b8", 2, theme),
                   Text(")", font_size=SIZES.formula_small)).arrange(RIGHT, buff=0.06)
    parts[2].align_to(parts[1][0], DOWN)
    parts.set_color(theme.boundary)
    parts.set_stroke(theme.background, width=5, background=True)
    return parts


def pull_colour(theme: Theme) -> str:
    """A point's pull |y - h| (its halo, its call-out, the legend's ring): the text's light
    colour, so the highlight's yellow keeps one meaning, what the narration points at."""
    return theme.text


def diamond(theme: Theme) -> VMobject:
    """One of Newton's landings on the map: an open diamond, told from the dots of the
    small step and the squares of the large one by shape as well as colour."""
    return Square(0.15, color=theme.text, stroke_width=3).set_fill(
        theme.background, 1.0).rotate(PI / 4)


def halo_radius(pull: float) -> float:
    """Scene radius of a point's halo: its area beyond the dot in proportion to |y - h|
    (the eye reads a disc's area), as large as the dot plus HALO_GROWTH at |y - h| = 1;
    under HALO_MIN_PULL, no halo (the dot's own size)."""
    pull = abs(float(pull))
    if pull < HALO_MIN_PULL:
        return DOT_RADIUS
    return float(np.sqrt(DOT_RADIUS ** 2
                         + ((DOT_RADIUS + HALO_GROWTH) ** 2 - DOT_RADIUS ** 2) * pull))


def halo_strength(pull: float) -> float:
    """A halo's ring opacity: HALO_BRIGHTNESS times |y - h|, at most 1; none under
    HALO_MIN_PULL."""
    pull = abs(float(pull))
    return min(1.0, HALO_BRIGHTNESS * pull) if pull >= HALO_MIN_PULL else 0.0


def halo_fill(pull: float) -> float:
    """A halo's fill opacity: HALO_OPACITY times |y - h|; none under HALO_MIN_PULL."""
    pull = abs(float(pull))
    return HALO_OPACITY * pull if pull >= HALO_MIN_PULL else 0.0


#: How much a point named by a call-out grows.
CALLED_OUT_SCALE = 1.7
#: A point whose pull |y - h| is below this is "silent" at the end of the first run.
QUIET_PULL = 0.1

#: The ring of a halo still tugging once training has ended, and how faint the settled
#: points are left once the words turn to the hard cases.
STILL_STROKE = 2.5
SVM_FADE = 0.12

#: The share of a step's time spent moving (the rest holds core's recorded step).
HOP_MOVE = 0.3


#: Each readout digit's outline once, at its size: a changed number is rebuilt from these
#: plain outlines (a copy of a few point arrays) instead of deep copies of ``Text`` glyphs,
#: so the readouts can follow the picture on every frame.
_DIGITS: dict[tuple[str, float], VMobject] = {}


def _fast_digit(number: SansNumber, string: str, mob_class: type | None = None,
                **kwargs: object) -> VMobject:
    key = (string, number._font_size)
    if key not in _DIGITS:
        _DIGITS[key] = SansNumber._string_to_mob(number, string, mob_class, **kwargs)
    template = _DIGITS[key]
    parts = [m.points for m in template.family_members_with_points()]
    mob = VMobject(fill_color=template.get_fill_color(), fill_opacity=1, stroke_width=0)
    if parts:
        mob.set_points(np.vstack(parts).copy())
    return mob


def follow_fast(number: SansNumber) -> None:
    """Rebuild ``number`` from plain digit outlines when its value changes (same look)."""
    number._string_to_mob = types.MethodType(_fast_digit, number)


def hop(fraction: float) -> float:
    """Within one step: move quickly at its start, then hold on core's step, so each step reads
    as a jump and the picture spends most of its time on a recorded step, as the readouts do."""
    return smooth(min(1.0, fraction / HOP_MOVE))


class TrainingLab:
    """One experiment of the lab, drawn from a ``TrainingLabRun``.

    A ``ValueTracker`` holds the (fractional) step; theta is interpolated between core's
    recorded steps, and every piece follows it: the field, the boundary, the halos (their
    pull from ``core.predict_proba`` at the drawn theta), the readouts (core's recorded
    numbers at the nearest step) and a curve of one recorded quantity against iteration.
    """

    def __init__(self, run: TrainingLabRun, theme: Theme,
                 ease: Callable[[float], float] = hop, ll_decimals: int = 2,
                 ghost: TrainingLabRun | None = None, ghost_label: str = "faint: first run",
                 norm_curve: bool = False, norm_ceiling: tuple[float, str] | None = None,
                 readout_size: int = SIZES.body, curve_height: float = CURVE_SIZE[1],
                 arrow_anchor: tuple[float, float] | None = None):
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
                              STAGE.bottom + HALO_ROOM, STAGE.top - TOP_ROOM)
        plane_region.place(self.axes, aligned=DOWN + LEFT)
        # The features' names at the axes' far ends, inside the plane, outlined so they stay
        # legible over the field: part of the axes, they come and go with them.
        self.axis_names = VGroup(*[sub_name("x", k, theme) for k in (1, 2)])
        x_end, y_end = self.axes.x_axis.get_right(), self.axes.y_axis.get_top()
        self.axis_names[0].next_to(x_end, UP + LEFT, buff=0.1)
        self.axis_names[1].next_to(y_end, DOWN + LEFT, buff=0.1)
        self.axes.add(self.axis_names)
        self.field = ProbabilityField(self.axes, self.theta, theme)
        # The arrow's root slides over the first steps (the swing) from the start's anchor
        # (or the start line's middle) to the place on the final line where the arrow and
        # its name cross and cover the fewest points (``quiet_root``), where it stays.
        self._start_anchor = arrow_anchor
        self._end_anchor: np.ndarray | None = None
        self.boundary = LabBoundary(self.axes, self.theta, theme, anchor=self._anchor)
        # The arrow's name, (theta1, theta2), in the readouts' sans face, just past its tip.
        # Outlined in the background colour: legible over the field.
        self.theta_name = theta_pair_name(theme)
        # Scene units per unit of the plane (the same both ways), and the h = 0.9 line's
        # score: the name is never left astride that line (``name_offset``).
        self._unit = float((self.axes.c2p(1, 0) - self.axes.c2p(0, 0))[0])
        self._margin = float(logit(BAND_PROBABILITY))
        # The 90 % band: the lines where h = 0.1 and h = 0.9, theta^T x = -+logit(0.9).
        margin = float(logit(BAND_PROBABILITY))
        self.band = VGroup()
        for sign in (1, -1):
            edge = BoundaryLine(self.axes, lambda s=sign: self.theta() - [s * margin, 0, 0],
                                theme, with_normal=False)
            edge.line.set_stroke(width=2, opacity=0.75)
            self.band.add(edge)
        self.dots = point_cloud(self.axes, X, y, theme, radius=DOT_RADIUS)
        self._unit_circle = Circle(radius=1.0, num_components=12).points
        self._centres = np.array([d.get_center() for d in self.dots])  # see ``train``
        self._end_anchor = self.quiet_root()
        self._path_steps, self._path_roots = self.quiet_path()
        self._root_geometry = None  # measured for the path only: the dots move later
        self.boundary.refresh()
        self._place_theta_name()
        self.halos = VGroup(*[
            VMobject(stroke_color=pull_colour(theme), stroke_width=HALO_STROKE,
                     fill_color=pull_colour(theme))
            for _ in range(len(y))])
        self._refresh_halos()

        # The readouts show core's numbers at ``shown``, the step the picture is drawn from,
        # caught up on every frame; each getter hands over core's value rounded as it is
        # displayed, so a number whose digits did not change is not rebuilt.
        self.shown = 0
        rate = self.traj.learning_rate
        rate_decimals = 0 if float(rate).is_integer() else 1
        self.panel = ReadoutPanel(
            [(label, lambda f=field, d=decimals: round(float(f()[self.shown]), d), decimals)
             for label, field, decimals in (
                 ("log-likelihood", lambda: self.traj.log_likelihood, ll_decimals),
                 # In percent: "1.000" reads as "1000" at 480p, "100.0" cannot.
                 ("accuracy %", lambda: 100 * self.traj.accuracy, 1),
                 ("iteration", lambda: np.arange(self.n_steps + 1), 0),
                 ("|\u03b8|", lambda: self.traj.theta_norm, 2),
                 ("learning rate \u03b1",
                  lambda: np.full(self.n_steps + 1, self.traj.learning_rate), rate_decimals))],
            theme, font_size=readout_size, tex_labels=False)
        for row in self.panel:  # labels in the text colour: they are read, not decoration
            row[0].set_color(theme.text)
        self.panel.arrange(DOWN, aligned_edge=LEFT, buff=0.12)  # room below for a note
        numbers_x = max(row[0].get_right()[0] for row in self.panel) + 0.25
        for number in self.panel.numbers:  # the numbers in one column
            number.group_with_commas = False  # "1500", never "1,500" (read as 1.500)
            number.set_value(number.get_value())
            number.set_x(numbers_x, direction=LEFT)
            follow_fast(number)

        # One chart under the readouts: the log-likelihood, from a round floor below this
        # run's (and the ghosted run's) lowest value up to 0, the best any model can do; or,
        # with ``norm_curve``, the size of the weights |theta| from 0 to a round top (that
        # lesson's log-likelihood hugs 0 and is read from its readout).
        self.norm_curve = norm_curve
        if norm_curve:
            top = float(np.ceil(self.traj.theta_norm.max()))
            self.curve_values = self.traj.theta_norm
            self._curve_lo, span = 0.0, top
            name, colour = "|\u03b8|", theme.curve
        else:
            values = self.traj.log_likelihood
            if ghost is not None:
                values = np.r_[values, ghost.trajectory.log_likelihood[:self.n_steps + 1]]
            # Its lowest value at least FLOOR_ROOM of the span above the floor: the curve's
            # head is never drawn on the axis.
            self.ll_floor = log_likelihood_floor((1 + FLOOR_ROOM) * np.min(values))
            self.curve_values = self.traj.log_likelihood
            self._curve_lo, span = self.ll_floor, -self.ll_floor
            name, colour = "\u2113(\u03b8)", theme.loss
        self.curve_axes = Axes(
            x_range=[0, self.n_steps, self.n_steps / 3], y_range=[0, span, span],
            x_length=CURVE_SIZE[0], y_length=curve_height, tips=False,
            axis_config={"color": theme.muted, "stroke_width": AXIS_STROKE},
            y_axis_config={"include_ticks": False})
        self.curve_axes.x_axis.add_numbers([0, self.n_steps], font_size=SIZES.formula,
                                           num_decimal_places=0, excluding=[],
                                           group_with_commas=False)
        self.curve_axes.x_axis.numbers.set_color(theme.muted)
        # The axis's name on the row of its numbers, between them: the chart gets the height.
        self.curve_x_label = Text("iteration", font_size=SIZES.body, color=theme.muted)
        self.curve_x_label.move_to([self.curve_axes.x_axis.get_center()[0],
                                    self.curve_axes.x_axis.numbers[0].get_center()[1], 0])
        # In the readouts' sans face: one typeface for theta across the side panel; in
        # their colour too (the curve's own colour names a run, as the large rate's key
        # does). Above the axis, starting at it: clear of the top's number on its left.
        self.curve_y_label = Text(name, font_size=SIZES.body, color=theme.text).next_to(
            self.curve_axes.y_axis, UP, buff=0.12, aligned_edge=LEFT)
        # Its scale (plotted above the bottom, so the iteration axis runs along the bottom):
        # the bottom and the top numbered.
        self.curve_y_numbers = VGroup(*[
            MathTex(f"{v:g}", font_size=SIZES.formula, color=theme.muted).next_to(
                self.curve_axes.c2p(0, v - self._curve_lo), LEFT, buff=0.15)
            for v in (self._curve_lo, self._curve_lo + span)])
        # 0 drawn across the log-likelihood chart as its ceiling (the |theta| chart has none).
        self.zero_line = DashedLine(self.curve_axes.c2p(0, span),
                                    self.curve_axes.c2p(self.n_steps, span),
                                    color=theme.muted, stroke_width=1.5, dash_length=0.06)
        self.curve_extra = VGroup() if norm_curve else VGroup(self.zero_line)
        if ghost is not None:  # another run's curve, faint, over the same iterations
            values = ghost.trajectory.log_likelihood[:self.n_steps + 1]
            steps = np.arange(len(values))
            self.ghost_curve = polyline(self.curve_axes, steps, values - self._curve_lo,
                                        theme.loss, width=2.5)
            self.ghost_curve.set_stroke(opacity=GHOST_OPACITY)
            self.ghost_label = Text(ghost_label, font_size=SIZES.body, color=theme.text)
            self.curve_extra.add(self.ghost_curve, self.ghost_label)
        self.norm_parts = VGroup()
        if norm_curve:
            self.norm_axes = self.curve_axes
        self.side_layout()
        #: A level drawn dashed across the |theta| chart (value, name), shown on its words.
        self.ceiling = VGroup()
        if norm_curve and norm_ceiling is not None:
            value, name = norm_ceiling
            level = DashedLine(self.norm_axes.c2p(0, value),
                               self.norm_axes.c2p(self.n_steps, value), color=theme.text,
                               stroke_width=2, dash_length=0.08)
            # Under the level at its right end: the climbing curve is above it there.
            # A name of two lines ("first line\nsecond line") stays short enough to keep
            # clear of the curve's steep start, on the left of the chart.
            words = VGroup(*[Text(line, font_size=SIZES.body, color=theme.text)
                             for line in name.split("\n")]).arrange(DOWN, aligned_edge=RIGHT,
                                                                     buff=0.06)
            words.next_to(level, DOWN, buff=0.08).align_to(level, RIGHT)
            self.ceiling.add(level, words)
        self._curve_origin = self.curve_axes.c2p(0, 0)
        self._curve_dx = self.curve_axes.c2p(1, 0) - self._curve_origin
        self._curve_dy = self.curve_axes.c2p(0, 1) - self._curve_origin
        self.trace = VMobject(stroke_color=colour, stroke_width=3)
        self.head = Dot(radius=0.06, color=colour)
        self._refresh_trace()
        self.head.move_to(self.trace.get_end())
        if norm_curve:  # the |theta| chart is the chart: its old names kept
            self.norm_trace, self.norm_head = self.trace, self.head
        # Nothing follows the tracker until training runs (see ``train``): a mobject with an
        # updater is redrawn on every frame, with everything drawn above it.
        self.followers = [self.field, self.boundary, *self.band, self.halos, self.trace,
                          self.head, *self.panel.numbers, self.theta_name]
        self._updaters = {id(m): m.get_updaters() for m in self.followers}
        self._updaters[id(self.theta_name)] = [lambda m: self._place_theta_name()]
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
        if hasattr(self, "ghost_label"):
            # Beside the curve's name, its bottom clear above the dashed zero line.
            self.ghost_label.next_to(self.curve_y_label, RIGHT, buff=0.3)
            self.ghost_label.shift(
                (self.zero_line.get_top()[1] + 0.12 - self.ghost_label.get_bottom()[1]) * UP)

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
        self.shown = self.index()

    def _anchor(self) -> np.ndarray | None:
        """Where the arrow's root is drawn nearest: from the start's anchor to the end's over
        the first ANCHOR_STEPS steps (None, before the end's is known: the line's middle)."""
        if self._end_anchor is None:
            return self._start_anchor
        start = self._start_anchor
        if start is None:
            start = boundary_segment(self.traj.thetas[0], *BOX).mean(axis=0)
        s = self.step.get_value()
        steps = getattr(self, "_path_steps", None)
        if steps is None:  # the path is being found: the old slide to the end's anchor
            w = min(1.0, max(0.0, s / ANCHOR_STEPS))
            return (1 - w) * np.asarray(start) + w * self._end_anchor
        return np.array([np.interp(s, steps, self._path_roots[:, j]) for j in range(2)])

    def root_costs(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Candidate roots on step ``k``'s line (in the plane's units) and what each costs:
        the points the theta arrow rooted there, and its name past its tip, run across and
        cover (a name outside the plane costs 10), a little more away from the middle.

        The arrow and its name are placed as ``LabBoundary.refresh`` and ``_place_theta_name``
        place them, in numpy, for all candidates at once."""
        theta = np.asarray(self.traj.thetas[k], dtype=float)
        segment = boundary_segment(theta, *BOX)
        ts = np.linspace(0.1, 0.9, 33)
        if segment is None:
            return np.zeros((len(ts), 2)), np.zeros(len(ts))
        a, b = segment
        roots = a + np.outer(ts, b - a)
        # What does not change from step to step, measured once (manim's bounding boxes
        # are slow to measure).
        if getattr(self, "_root_geometry", None) is None:
            origin = self.axes.c2p(0, 0)[:2]
            self._root_geometry = (
                origin,
                np.array([(self.axes.c2p(1, 0) - self.axes.c2p(0, 0))[0],
                          (self.axes.c2p(0, 1) - self.axes.c2p(0, 0))[1]]),
                np.array([self.theta_name.width, self.theta_name.height]),
                np.array([d.get_center() for d in self.dots])[:, :2],
                self.axes.get_corner(DOWN + LEFT)[:2], self.axes.get_corner(UP + RIGHT)[:2],
                [(n.get_corner(DOWN + LEFT)[:2], n.get_corner(UP + RIGHT)[:2])
                 for n in self.axis_names],
                [(n.get_corner(DOWN + LEFT)[:2], n.get_corner(UP + RIGHT)[:2])
                 for n in tick_number_places(self, self.theme)])
        origin, scale, size, centres, lo, hi, names, ticks = self._root_geometry
        starts = origin + roots * scale
        w = theta[1:]
        way = w / np.linalg.norm(w) * scale
        way = way / np.linalg.norm(way)
        drawn = (self.boundary.fixed_length if self.boundary.fixed_length is not None else
                 min(self.boundary.normal_scale * float(np.linalg.norm(w)),
                     self.boundary.max_normal)) * float(np.linalg.norm(w / np.linalg.norm(w)
                                                                      * scale))
        length = max(MIN_NORMAL_LENGTH, drawn)
        ends = starts + length * way
        reach = (abs(way[0]) * size[0] + abs(way[1]) * size[1]) / 2
        centres_name = starts + self.name_offset(theta, length, reach, k)[0] * way
        rim = DOT_RADIUS + 0.05
        # The points the arrow runs across (as ``_crossed``: within 2 dot radii of it, the
        # arrow is the same vector from every root).
        d = ends[0] - starts[0]
        rel = centres[None, :, :] - starts[:, None, :]
        along = np.clip(rel @ d / float(d @ d), 0.0, 1.0)
        gaps = np.linalg.norm(rel - along[..., None] * d, axis=2)
        at_end = np.linalg.norm(centres[None, :, :] - ends[:, None, :], axis=2) <= 1e-6
        crossed = np.sum((gaps < 2 * DOT_RADIUS) & ~at_end, axis=1)
        # The points the name covers (as ``_count_inside``, with a rim).
        low, high = centres_name - size / 2, centres_name + size / 2
        covered = np.sum(np.all((centres[None] > (low - rim)[:, None])
                                & (centres[None] < (high + rim)[:, None]), axis=2), axis=1)
        outside = np.any(low < lo, axis=1) | np.any(high > hi, axis=1)
        # The axes' names (x1, x2) are kept clear as a point is, a little more strictly.
        on_names = sum(np.all((low < n_hi + rim) & (n_lo - rim < high), axis=1)
                       for n_lo, n_hi in names)
        # On the final line (where the plane's ticks are numbered, ``plane_numbers``), the
        # numbers' places count as a point's: a number the name would cover could not be
        # shown beside it. Weighed in over the last two thirds of the run, so the name
        # leaves those places a little at a time, not in a jump at the end.
        weight = float(np.clip((k - self.n_steps / 3) / (self.n_steps * 2 / 3), 0.0, 1.0))
        on_ticks = weight * sum(
            np.all((low < n_hi + rim) & (n_lo - rim < high), axis=1) for n_lo, n_hi in ticks)
        costs = (crossed + covered + 10 * outside + 30 * on_names + 3 * on_ticks
                 + 0.1 * np.abs(ts - 0.5))
        return roots, costs.astype(float)

    def quiet_root(self) -> np.ndarray:
        """The point of the final line where the theta arrow and its name cover the fewest
        points (``root_costs``), nearest the line's middle among equals."""
        roots, costs = self.root_costs(self.n_steps)
        return roots[int(np.argmin(costs))]

    def quiet_path(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the arrow is rooted while the line swings (every step to PATH_DENSE, then
        PATH_SAMPLES steps spaced ever wider to the last): at each of those steps a root
        of ``root_costs``, chosen over all of them at once so that the fewest points are
        covered while the root slides little (PATH_SLIDE_COST per unit of the plane between
        one step's root and the next's); the start's is the start's anchor, when there is
        one. Returns the steps and their roots."""
        dense = min(PATH_DENSE, self.n_steps)
        steps = np.unique(np.r_[np.arange(0, dense),
                                np.round(np.geomspace(dense, self.n_steps, PATH_SAMPLES))
                                ]).astype(int)
        roots, costs = (list(r) for r in zip(*(self.root_costs(int(k)) for k in steps),
                                                strict=True))
        if self._start_anchor is not None:
            # The start's root is the anchor's (projected on the start's line, as drawn).
            a, b = boundary_segment(self.traj.thetas[0], *BOX)
            t = float(np.clip((np.asarray(self._start_anchor) - a) @ (b - a)
                              / ((b - a) @ (b - a)), 0.1, 0.9))
            roots[0], costs[0] = (a + t * (b - a))[None, :], np.zeros(1)
        # The last step's root is one of its cheapest (``quiet_root``'s cost, up to
        # END_SLACK): the picture held longest. Among those, the one the path reaches with
        # the least slide: a root as quiet as the cheapest but on the side the arrow already
        # stands on is kept, rather than a jump across the cloud while the run is fast.
        near = costs[-1] <= np.min(costs[-1]) + END_SLACK
        roots[-1], costs[-1] = roots[-1][near], costs[-1][near]
        # Viterbi: the cheapest sequence of roots, one per step.
        total = costs[0].copy()
        back = []
        for i in range(1, len(steps)):
            slide = np.linalg.norm(roots[i][:, None, :] - roots[i - 1][None, :, :], axis=2)
            # A slide's square too: a long slide costs less spread over many steps than
            # made in one, which the eye reads as a jump when the run is fast.
            options = total[None, :] + PATH_SLIDE_COST * (slide + slide ** 2)
            back.append(np.argmin(options, axis=1))
            total = costs[i] + np.min(options, axis=1)
        pick = [int(np.argmin(total))]
        for b in reversed(back):
            pick.append(int(b[pick[-1]]))
        pick.reverse()
        return steps.astype(float), np.array([roots[i][j] for i, j in enumerate(pick)])

    def name_offset(self, theta: np.ndarray, length: float, reach: float, step: float
                    ) -> tuple[float, float]:
        """How far past the boundary (scene units, along the arrow) the arrow's name is
        centred, and how opaque it is drawn. Its box sits a small gap past the arrow's tip
        (``length`` from the line; the box ``reach`` deep either side of its centre along
        the arrow); once the line has swung in (``step`` at least NAME_PUSH_FROM), when the
        h = 0.9 line would run through that box, a small gap past the line instead, riding
        out ahead of it as the band narrows until the line has passed the tip. The name
        fades out and in again where it changes place (over NAME_FADE of the line's travel,
        or over the step before NAME_PUSH_FROM), so it never jumps."""
        near = length + THETA_NAME_GAP
        switch = NAME_PUSH_FROM - 0.5
        fade = float(np.clip(abs(step - switch) / 0.5, 0.0, 1.0))
        if step < switch:
            return near + reach, fade
        edge = self._margin / max(float(np.linalg.norm(np.asarray(theta)[1:])), 1e-9) \
            * self._unit
        clear = near + 2 * reach + THETA_NAME_GAP  # the line beyond the box's far side
        if length < edge < clear:
            near = edge + THETA_NAME_GAP
        return near + reach, min(fade, float(np.clip(abs(edge - clear) / NAME_FADE, 0.0, 1.0)))

    def _place_theta_name(self) -> None:
        """Straight ahead of the arrow's tip (``name_offset``: clear of the h = 0.9 line)."""
        arrow = self.boundary.arrow
        start, end = arrow.get_start(), arrow.get_end()
        way = end - start
        length = float(np.linalg.norm(way))
        way = way / max(length, 1e-9)
        reach = (abs(way[0]) * self.theta_name.width + abs(way[1]) * self.theta_name.height) / 2
        offset, opacity = self.name_offset(self.theta(), length, reach, self.step.get_value())
        self.theta_name.move_to(start + offset * way)
        self.theta_name.set_opacity(opacity)

    def pulls(self) -> np.ndarray:
        """Each point's pull y - h at the drawn theta."""
        return self.y - predict_proba(self.theta(), self.X)

    def _refresh_halos(self) -> None:
        for centre, halo, pull in zip(self._centres, self.halos, self.pulls(), strict=True):
            halo.set_points(centre + halo_radius(pull) * self._unit_circle)
            halo.set_fill(opacity=halo_fill(pull))
            halo.set_stroke(opacity=halo_strength(pull))

    def _curve_point(self, steps: np.ndarray, values: np.ndarray) -> np.ndarray:
        return (self._curve_origin + np.outer(steps, self._curve_dx)
                + np.outer(values - self._curve_lo, self._curve_dy))

    def _trace_steps(self) -> np.ndarray:
        """At most about TRACE_POINTS steps, always ending on the current one."""
        k = self.index()
        return np.unique(np.r_[np.arange(0, k + 1, max(1, self.n_steps // TRACE_POINTS)), k])

    def _refresh_trace(self) -> None:
        steps = self._trace_steps()
        points = self._curve_point(steps, self.curve_values[steps])
        if len(points) < 2:
            points = np.vstack([points, points])
        self.trace.set_points_as_corners(points)

    # -- groups for the scene ----------------------------------------------------------------

    def plane(self) -> VGroup:
        return VGroup(self.axes, self.dots)

    def curve(self) -> VGroup:
        return VGroup(self.curve_axes, self.curve_x_label, self.curve_y_label,
                      self.curve_y_numbers, *self.curve_extra)

    def curve_without_ghost(self) -> VGroup:
        """The curve's axes and scale, without the other run's faint curve (it comes on
        when the narration names it: ``show_ghost``)."""
        return VGroup(self.curve_axes, self.curve_x_label, self.curve_y_label,
                      self.curve_y_numbers, *self.curve_extra[:1])

    def show_ghost(self, scene: LectureScene, run_time: float = 1.0) -> None:
        """The other run's curve and its label, faint, flashing once as they come on."""
        scene.play(FadeIn(self.ghost_label), self.ghost_curve.animate.set_stroke(opacity=0.9),
                   run_time=run_time)
        scene.play(self.ghost_curve.animate.set_stroke(opacity=GHOST_OPACITY), run_time=0.5)

    def train(self, scene: LectureScene, target: float, run_time: float,
              rate_func: Callable[[float], float] = linear,
              extra: tuple[VMobject, ...] = ()) -> None:
        """Play the steps up to ``target`` as one animation of the tracker.

        ``extra`` mobjects keep updaters of their own that should run only meanwhile.
        """
        self._centres = np.array([d.get_center() for d in self.dots])  # still while training
        for mob in self.followers:
            for updater in self._updaters[id(mob)]:
                mob.add_updater(updater)
        scene.play(self.step.animate.set_value(target), run_time=run_time,
                   rate_func=rate_func)
        for mob in (*self.followers, *extra):  # settle on the target...
            mob.update(0)
        for mob in (*self.followers, *extra):  # ...then stand still
            mob.clear_updaters()


#: How far the lab's legend stands in from the heading region's right edge.
LEGEND_INSET = 0.15


def lab_legend(lab: TrainingLab, theme: Theme, spare: VMobject | None = None) -> VGroup:
    """Class 0, class 1 and what a halo means, in one row above the plane. A ``spare``
    entry (one the scene shows instead of the halo's) is given the halo's place, the grid's
    columns set far enough apart for it (it is not a part of the key: the scene shows it)."""
    ring = ring_mark(pull_colour(theme), fill_opacity=HALO_OPACITY)
    pull = VGroup(ring, Text("pull |y \u2212 h|", font_size=SIZES.body,
                             color=theme.text)).arrange(RIGHT, buff=0.15)
    edge = Line(ORIGIN, 0.4 * RIGHT, color=theme.boundary, stroke_width=2).set_opacity(0.75)
    band = VGroup(edge, Text(f"h = {1 - BAND_PROBABILITY:.1f}, {BAND_PROBABILITY:.1f}",
                             font_size=SIZES.body, color=theme.text)
                  ).arrange(RIGHT, buff=0.15)
    # The class entries a size up from the shared legend's: the key is read at 480p.
    classes = [VGroup(Dot(radius=0.1, color=colour),
                      Text(name, font_size=SIZES.body, color=theme.text)).arrange(RIGHT,
                                                                                  buff=0.15)
               for colour, name in ((theme.class0, "class 0"), (theme.class1, "class 1"))]
    key = VGroup(*classes, pull, band)
    # Two rows in the heading's row, right of the title: the plane below takes the body's
    # height. Set as a grid (each class over one of the model's marks, the columns flush
    # left), a little in from the frame's corner. The entries stay key[0] to key[3] (class 0,
    # class 1, halo, band).
    columns = VGroup(VGroup(key[0], key[2]).arrange(DOWN, aligned_edge=LEFT, buff=0.08),
                     VGroup(key[1], key[3]).arrange(DOWN, aligned_edge=LEFT, buff=0.08))
    columns.arrange(RIGHT, buff=0.45, aligned_edge=UP)
    if spare is not None:
        columns[1].shift(max(0.0, spare.width - key[2].width) * RIGHT)
    key.move_to([HEADING.right - LEGEND_INSET - key.width / 2,
                 HEADING.top - key.height / 2, 0])
    if spare is not None:
        spare.move_to(key[2].get_left(), aligned_edge=LEFT)
    return key


def key_entry(mark: VMobject, label: str, theme: Theme) -> VGroup:
    """A legend entry a size up from the shared one's: the map's key is read at 480p. A
    label of several lines ("first\nsecond") is set flush left, the mark by its first."""
    lines = VGroup(*[Text(line, font_size=SIZES.body, color=theme.text)
                     for line in label.split("\n")]).arrange(DOWN, aligned_edge=LEFT,
                                                              buff=0.08)
    mark.next_to(lines[0], LEFT, buff=0.15)
    return VGroup(mark, lines)


def _count_inside(points: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> int:
    """How many ``points`` lie inside the box with corners ``lower`` and ``upper`` (in x, y)."""
    inside = (points[:, :2] > lower[:2]) & (points[:, :2] < upper[:2])
    return int(np.sum(np.all(inside, axis=1)))


def _crossed(points: np.ndarray, start: np.ndarray, end: np.ndarray, reach: float) -> int:
    """How many ``points`` (other than the one at ``end``) lie within ``reach`` of the
    segment from ``start`` to ``end``: the points a pointer along it would run across."""
    d = (end - start)[:2]
    length2 = float(d @ d)
    if length2 < 1e-12:
        return 0
    rel = points[:, :2] - start[:2]
    t = np.clip(rel @ d / length2, 0.0, 1.0)
    gaps = np.linalg.norm(rel - np.outer(t, d), axis=1)
    far_from_end = np.linalg.norm(points[:, :2] - end[:2], axis=1) > 1e-6
    return int(np.sum((gaps < reach) & far_from_end))


def _cuts(p1: np.ndarray, p2: np.ndarray, q1: np.ndarray, q2: np.ndarray) -> bool:
    """Whether the segments p1-p2 and q1-q2 (scene points, x and y read) cross."""
    def turn(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> float:
        return float((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))
    return (turn(p1, p2, q1) * turn(p1, p2, q2) < 0
            and turn(q1, q2, p1) * turn(q1, q2, p2) < 0)


#: What a call-out's pointer running across one point costs (covering one costs 3): a
#: pointer across a cloud reads as noise, a longer one in the clear does not.
CROSS_COST = 6


def callout(lab: TrainingLab, i: int, label: VGroup, theme: Theme,
            avoid: tuple[VMobject, ...] = (), lines: tuple[VMobject, ...] = ()) -> VGroup:
    """``label`` away from point ``i``, on a leader line that points at it (a pointer, never
    a ring, which would read as one more halo).

    The label tries places on a grid around the point, inside the plane (or out to its
    right), clear of the point's halo, and takes the one whose box covers the fewest other
    points and never the boundary or its normal arrow, the nearer the better.
    """
    centre = lab.dots[i].get_center()
    line, arrow = lab.boundary.line, lab.boundary.arrow
    along = np.linspace(0, 1, 60)[:, None]
    # The boundary, its arrow and any other ``lines`` (the band's edges, other arrows):
    # the label's box never lies across one.
    on_line = np.vstack([
        m.get_start() + along * (m.get_end() - m.get_start())
        for m in (line, arrow, *lines)])
    dots = np.array([d.get_center() for d in lab.dots])
    on_axes = np.vstack([
        axis.get_start() + along * (axis.get_end() - axis.get_start())
        for axis in (lab.axes.x_axis, lab.axes.y_axis)])
    # Inside the plane, or out to its right on the stage's free strip.
    lo = lab.axes.get_corner(DOWN + LEFT)
    hi = np.array([STAGE.right, lab.axes.get_top()[1], 0.0])
    keep_out = halo_radius(1.0) + 0.15  # the label clear of the point and its halo
    best, best_cost = centre + 1.5 * UP, np.inf
    half = np.array([label.width, label.height, 0.0]) / 2 + 0.15
    theta = np.asarray(lab.theta())

    def side(p: np.ndarray) -> float:
        return float(np.sign(theta[0] + theta[1:] @ np.asarray(lab.axes.p2c(p))[:2]))

    avoid = (*avoid, *lab.axis_names)  # clear of the features' names too
    mine = side(centre)  # the label stays on the point's side: its pointer never crosses
    for dx in np.linspace(-4.0, 4.0, 33):
        for dy in np.linspace(-2.5, 2.5, 21):
            place = centre + np.array([dx, dy, 0.0])
            a, b = place - half, place + half
            if np.any(a[:2] < lo[:2]) or np.any(b[:2] > hi[:2]):
                continue
            nearest = np.clip(centre, a, b)  # the box's point nearest the dot
            gap = float(np.linalg.norm((nearest - centre)[:2]))
            if gap < keep_out or _count_inside(on_line, a, b) or side(place) != mine:
                continue
            if any(np.all(a[:2] < m.get_corner(UP + RIGHT)[:2] + 0.1)
                   and np.all(b[:2] > m.get_corner(DOWN + LEFT)[:2] - 0.1) for m in avoid):
                continue  # clear of the call-outs already placed
            # Covering a point costs most, then a pointer across other points, lying across
            # an axis a little, distance least.
            rim = 2 * DOT_RADIUS  # a dot half under the box is covered too
            # A pointer across a line (the band's edges: as thin and light as it) reads
            # as a second pointer: it costs as much as one across a point.
            cuts = sum(_cuts(nearest, centre, m.get_start(), m.get_end()) for m in lines)
            cost = (3 * _count_inside(dots, a - rim, b + rim)
                    + CROSS_COST * (_crossed(dots, nearest, centre, rim) + cuts)
                    + 0.5 * min(_count_inside(on_axes, a, b), 1) + 0.3 * gap)
            if cost < best_cost:
                best, best_cost = place, cost
    label.move_to(best)
    backing = BackgroundRectangle(label, color=theme.background, fill_opacity=0.85, buff=0.08)
    # The pointer leaves the backing where the line to the dot crosses its edge.
    d = centre - best
    t = min(backing.width / 2 / max(abs(d[0]), 1e-9), backing.height / 2 / max(abs(d[1]), 1e-9))
    start = best + min(t, 1.0) * d
    unit = d / np.linalg.norm(d)
    pointer = Arrow(start, centre - unit * (DOT_RADIUS + 0.04), buff=0, color=theme.text,
                    stroke_width=3, max_tip_length_to_length_ratio=0.25, tip_length=0.18)
    # Outlined in the background colour: where it must cross a thin line, it reads as lying
    # over it, not as a second line.
    pointer.set_stroke(theme.background, width=8, background=True)
    return VGroup(pointer, backing, label)


def show_lab(scene: LectureScene, lab: TrainingLab, heading: VMobject,
             dots_first: bool = True, hold: Callable[[], None] | None = None,
             with_curve: bool = True, with_halos: bool = True,
             spare: VMobject | None = None, with_name: bool = False) -> VGroup:
    """Bring a lab on screen at its random start (with ``with_name``, the theta arrow's
    name by its tip, as in the first scene): plane, field, boundary and band, halos
    (unless ``with_halos`` is False: the words never use them), readouts and (unless
    ``with_curve`` is False: it comes on when named) the chart.
    ``hold``, if given, runs once the points are on (before the model is): it waits for the
    words that name the start."""
    key = lab_legend(lab, scene.theme, spare)
    named = [lab.theta_name] if with_name else []
    if not dots_first:  # the points are there: everything else comes on at once
        # The boundary and its arrow above the points: the arrow is never buried in a cloud.
        scene.add(lab.field, lab.axes, lab.dots, lab.band)
        halos = [lab.halos, key[2]] if with_halos else []
        scene.add(*halos[:1], lab.dots, lab.boundary, *named)
        if with_curve:
            scene.add(lab.trace, lab.head)
        scene.play(FadeIn(lab.field), Create(lab.boundary.line), FadeIn(lab.boundary.arrow),
                   *[FadeIn(m) for m in named],
                   FadeIn(lab.band), FadeIn(key[3]), FadeIn(lab.panel),
                   *[FadeIn(m) for m in halos],
                   *([FadeIn(lab.curve_without_ghost())] if with_curve else []), run_time=1.0)
        return key
    if dots_first:
        scene.play(Write(heading), Create(lab.axes), run_time=1.2)
        scene.play(FadeIn(lab.dots, lag_ratio=0.01), FadeIn(key[:2]), run_time=1.0)
    if hold is not None:
        hold()
    scene.add(lab.field, lab.axes, lab.dots)
    scene.play(FadeIn(lab.field), run_time=0.8)
    scene.add(lab.band, lab.boundary, *named)
    scene.play(Create(lab.boundary.line), FadeIn(lab.boundary.arrow), FadeIn(lab.band),
               FadeIn(key[3]), FadeIn(lab.panel), *[FadeIn(m) for m in named],
               FadeIn(lab.curve_without_ghost()), run_time=1.0)
    # Halos behind the dots. Theta's name is not drawn: it is named once, in the first
    # scene, and a label by the arrow's tip lands in a cloud.
    if not with_halos:
        scene.add(lab.dots, lab.boundary, *named, lab.trace, lab.head)
        return key
    scene.add(lab.halos, lab.dots, lab.boundary, *named, lab.trace, lab.head)
    scene.play(FadeIn(lab.halos), FadeIn(key[2]), run_time=0.8)
    return key


def band_note(lab: TrainingLab, width: float, default_width: float, theme: Theme) -> VGroup:
    """The width of the band between the h = 0.1 and h = 0.9 lines, this run's against the
    default run's: two rows, each a name, a bar (one scale for both) and core's number, in
    the side panel under the readouts, where the chart was (it has told its story)."""
    scale = BAND_BAR_MAX / max(width, default_width)
    rows = VGroup()
    for value, name, colour in ((width, "band width", theme.text),
                                (default_width, "first run", theme.muted)):
        label = Text(name, font_size=SIZES.body, color=theme.text)
        bar = Rectangle(width=scale * value, height=BAND_BAR_HEIGHT, stroke_width=0,
                        fill_color=colour,
                        fill_opacity=0.9)
        if name == "first run":
            # The default run's band is drawn dashed in the field: its bar is keyed the
            # same way, a dashed outline round a faint fill of its grey.
            bar.set_fill(opacity=0.3)
            bar = VGroup(bar, DashedVMobject(
                bar.copy().set_fill(opacity=0).set_stroke(colour, width=3),
                num_dashes=10, dashed_ratio=0.6))
        number = Text(f"{value:.2f}", font_size=SIZES.body, color=theme.text)
        rows.add(VGroup(label, bar, number))
    rows.arrange(DOWN, aligned_edge=LEFT, buff=0.3)
    bars_x = max(row[0].get_right()[0] for row in rows) + 0.2
    for row in rows:
        row[1].move_to([bars_x, row[0].get_center()[1], 0], aligned_edge=LEFT)
        row[2].next_to(row[1], RIGHT, buff=0.15)
    rows.move_to([SIDE.left, lab.curve_axes.get_center()[1], 0], aligned_edge=LEFT)
    return rows


#: The first run's band, wherever it is drawn or keyed: dashed, in the muted grey.
FIRST_BAND_DASH = 0.1
#: The first clouds' band at their limit (separable experiment) is dotted, not dashed: the
#: dashed band is the first run's, promised in the first scene, and the two are not the same.
LIMIT_BAND_DASH = 0.03
FIRST_BAND_STROKE = 3


def first_band_mark(theme: Theme, dash: float = FIRST_BAND_DASH) -> VMobject:
    """The first run's band's key mark: a short dashed grey line, as the band is drawn (or
    dotted, ``dash=LIMIT_BAND_DASH``, for the first clouds' limit band)."""
    return DashedLine(ORIGIN, 0.45 * RIGHT, color=theme.muted, stroke_width=FIRST_BAND_STROKE,
                      dash_length=dash)


def first_band_row(width: float, theme: Theme) -> VGroup:
    """The first run's band width, for the side panel: its name, its key mark (the band's
    dashed grey) and core's number. Parts: the name, the mark, the number."""
    # At the readouts' size (it takes one of their rows): read at 480p.
    label = Text("first run's band", font_size=SIZES.body, color=theme.text)
    number = Text(f"{width:.2f}", font_size=SIZES.body, color=theme.text)
    return VGroup(label, first_band_mark(theme), number).arrange(RIGHT, buff=0.2)


def first_band_key(theme: Theme) -> VGroup:
    """The legend's entry for the first run's band (``lab_legend``'s spare: the halo's place;
    the scenes that draw the first run's band show no halos by then)."""
    # "first run": short enough for the halo's place (the heading's row has no more room).
    return VGroup(first_band_mark(theme),
                  Text("first run", font_size=SIZES.body, color=theme.text)
                  ).arrange(RIGHT, buff=0.15)


def default_band(lab: TrainingLab, theta: np.ndarray, width: float, theme: Theme,
                 dash: float = FIRST_BAND_DASH) -> VGroup:
    """The default run's band width drawn in the field: two dashed lines in the default
    run's bar colour, parallel to the boundary of weights ``theta`` and ``width`` apart,
    centred on it (so the two bands are compared where they are seen)."""
    w = np.asarray(theta)[1:]
    shift = float(np.linalg.norm(w)) * width / 2
    lines = VGroup()
    for sign in (1, -1):
        segment = boundary_segment(np.asarray(theta) - [sign * shift, 0, 0], *BOX)
        lines.add(DashedLine(*(lab.axes.c2p(*p) for p in segment), color=theme.muted,
                             stroke_width=FIRST_BAND_STROKE, dash_length=dash))
    return lines


def band_strip(lab: TrainingLab, theta: np.ndarray, width: float, theme: Theme) -> Polygon:
    """The band ``width`` wide centred on the boundary of weights ``theta`` (as
    ``default_band`` draws its two lines), filled: a translucent grey strip across the plane
    (BOX cut by the two lines), so that a band inside it is seen as a share of it."""
    theta = np.asarray(theta, dtype=float)
    shift = float(np.linalg.norm(theta[1:])) * width / 2
    (x0, x1), (y0, y1) = BOX
    polygon = [np.array(p) for p in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
    for sign in (1, -1):  # keep the side where sign * (theta^T x) <= shift
        def score(p: np.ndarray, s: int = sign) -> float:
            return s * (theta[0] + p @ theta[1:]) - shift
        kept: list[np.ndarray] = []
        for a, b in zip(polygon, polygon[1:] + polygon[:1], strict=True):
            sa, sb = score(a), score(b)
            if sa <= 0:
                kept.append(a)
            if sa * sb < 0:
                kept.append(a + sa / (sa - sb) * (b - a))
        polygon = kept
    return Polygon(*[lab.axes.c2p(*p) for p in polygon], stroke_width=0,
                   fill_color=theme.muted, fill_opacity=STRIP_OPACITY)


#: How strongly the first clouds' band is filled at the knife edge (and in its key).
STRIP_OPACITY = 0.35


#: Where the double arrow measuring the first run's band crosses it: this far along the
#: boundary (weight units, from its point nearest the origin, towards larger x2), in the
#: plane's upper left, clear of every point of the first run's clouds and well below x2's name.
SPAN_ALONG = 2.2


def band_span(lab: TrainingLab, theta: np.ndarray, width: float, theme: Theme) -> VGroup:
    """A double arrow across the band of weights ``theta`` (from its h = 0.1 line to its
    h = 0.9 line, along the weights' direction) and core's width beside it, in the
    highlight's colour. Parts: the arrow, the number."""
    w = np.asarray(theta)[1:]
    normal = w / np.linalg.norm(w)
    along = np.array([-normal[1], normal[0]])
    centre = -theta[0] * w / float(w @ w) + SPAN_ALONG * along
    ends = [lab.axes.c2p(*(centre + sign * normal * width / 2)) for sign in (-1, 1)]
    arrow = DoubleArrow(*ends, buff=0, color=theme.highlight, stroke_width=5,
                        tip_length=0.18, max_tip_length_to_length_ratio=0.5)
    number = Text(f"{width:.2f}", font_size=SIZES.body, color=theme.highlight)
    number.set_stroke(theme.background, width=5, background=True)
    number.next_to(arrow.get_start(), LEFT, buff=0.12)
    return VGroup(arrow, number)


def tick_number_places(lab: TrainingLab, theme: Theme) -> VGroup:
    """Every one of PLANE_NUMBERS, set and placed as ``plane_numbers`` sets it (beside its
    tick), none yet left out."""
    numbers = VGroup()
    for axis, value in PLANE_NUMBERS:
        # In the readouts' sans face, its minus a true minus sign.
        number = Text(f"{value:g}".replace("-", "\u2212"), font_size=SIZES.body,
                      color=theme.text)
        number.set_stroke(theme.background, width=4, background=True)
        if axis == 0:
            number.next_to(lab.axes.c2p(value, 0), DOWN, buff=0.12)
        else:
            number.next_to(lab.axes.c2p(0, value), LEFT, buff=0.12)
        numbers.add(number)
    return numbers


def plane_numbers(lab: TrainingLab, theta: np.ndarray, theme: Theme,
                  avoid: tuple[VMobject, ...] = ()) -> VGroup:
    """A few of the plane's ticks numbered (PLANE_NUMBERS: x1's below its axis, x2's left of
    its axis), so that a width on the plane has a unit: only those whose number covers no
    point, is crossed by none of the lines of weights ``theta`` (the boundary, h = 0.1 and
    h = 0.9) and keeps clear of the ``avoid`` mobjects."""
    numbers = VGroup()
    margin = float(logit(BAND_PROBABILITY))
    centres = np.array([d.get_center() for d in lab.dots])
    for number in tick_number_places(lab, theme):
        lo, hi = number.get_corner(DOWN + LEFT), number.get_corner(UP + RIGHT)
        if _count_inside(centres, lo - DOT_RADIUS - 0.05, hi + DOT_RADIUS + 0.05):
            continue
        scores = [theta[0] + lab.axes.p2c(np.array([x, y, 0]))[:2] @ theta[1:]
                  for x in (lo[0] - 0.05, hi[0] + 0.05) for y in (lo[1] - 0.05, hi[1] + 0.05)]
        if any(min(scores) < level < max(scores) for level in (-margin, 0.0, margin)):
            continue
        if any(np.all(lo[:2] < m.get_corner(UP + RIGHT)[:2] + 0.05)
               and np.all(m.get_corner(DOWN + LEFT)[:2] - 0.05 < hi[:2]) for m in avoid):
            continue
        numbers.add(number)
    return numbers


#: The plane's ticks that may be numbered (axis 0 is x1, 1 is x2), when clear.
PLANE_NUMBERS = ((0, -4), (0, -2), (0, 2), (0, 4), (1, -2), (1, 2))


# ---------------------------------------------------------------------------------------------


#: The first steps of the default run, where its boundary swings round into the gap: played
#: slowly, on the words that name the swing.
SWING_STEPS = 10
#: The replay's slow part: the line has swung in by REPLAY_SWING (on "once the line has
#: swung in"); the halos of the settled points shrink over the steps to REPLAY_SHRINK[0]
#: (on "points deep in their own territory get h close to their label") and most are gone
#: by REPLAY_SHRINK[1] (on "and their pull dies away").
REPLAY_SWING = 4
REPLAY_SHRINK = (14, 40)


#: The share of the log-likelihood's whole climb that counts as "shot up" (the curve has
#: bent over): the rest of the curve is its flat part, drawn on "levels off".
CLIMB_SHARE = 0.97


def climbed_step(log_likelihood: np.ndarray) -> int:
    """The first step by which the log-likelihood has made CLIMB_SHARE of its whole climb."""
    rise = np.asarray(log_likelihood) - log_likelihood[0]
    return int(np.argmax(rise >= CLIMB_SHARE * rise[-1]))


#: The steps over which an anchored arrow slides back to the line's middle.
ANCHOR_STEPS = 10
#: The arrow's root is chosen afresh at every one of the first PATH_DENSE steps, then at
#: PATH_SAMPLES steps spaced ever wider to the last (the line turns most at first), a slide
#: of one unit of the plane costing as much as PATH_SLIDE_COST points covered.
PATH_DENSE = 300
PATH_SAMPLES = 20
PATH_SLIDE_COST = 2.0
#: How much more than the final line's quietest root another final root may cost (the
#: centre's small preference, no point more covered) and still end the path.
END_SLACK = 0.5
#: The first run's arrow starts on the line where it passes nearest this point of the plane
#: (above the blue cloud at the start): the arrow and its name lie on the empty field.
ARROW_ANCHOR = (-1.5, 2.4)


class GradientAscentSwingsTheBoundary(LectureScene):
    """From a random start, hundreds of steps swing the boundary into the gap; the 90 % band
    narrows as the weights grow; the halos of the settled points go quiet."""

    def construct(self) -> None:
        theme = self.theme
        run = training_lab_run("default")
        lab = TrainingLab(run, theme, arrow_anchor=ARROW_ANCHOR)
        # x2's name right of its axis, as in the experiments: the final band's h = 0.9 line
        # runs by the axis's top on its left, through the usual place.
        lab.axis_names[1].next_to(lab.axes.y_axis.get_top(), DOWN + RIGHT, buff=0.1)
        self.lab = lab
        heading = self.heading("Chapter 5 \u00b7 The training lab")
        key = lab_legend(lab, theme)

        # Step: the data
        # The plane is on screen from the first word; each part lights up as it is named. The
        # readouts' names and the curve's axes come on when named; their numbers only when
        # there is a model for them to describe (the random start, next beat).
        names = VGroup(*[row[0] for row in lab.panel])
        with self.beat("The lab holds two clouds of points in the feature plane: {blue} class "
                       "zero in blue, {orange} class one in orange. {side} On the right, its "
                       "readouts, and the log-likelihood, drawn step by step.") as b:
            self.play(Write(heading), Create(lab.axes), FadeIn(lab.dots, lag_ratio=0.02),
                      FadeIn(key[:2]), run_time=1.5)
            for mark, label in (("blue", 0), ("orange", 1)):
                b.wait_until(mark)
                self.play(*[Indicate(d, scale_factor=1.4, color=d.get_color())
                            for d, y in zip(lab.dots, lab.y, strict=True) if y == label],
                          run_time=0.8)
            b.wait_until("side")
            self.play(FadeIn(names, shift=0.2 * LEFT), FadeIn(lab.curve(), shift=0.2 * LEFT),
                      run_time=1.0)
            self.play(Indicate(names, color=theme.highlight, scale_factor=1.05),
                      Indicate(lab.curve_axes, color=theme.highlight, scale_factor=1.0),
                      run_time=1.0)

        # Step: a random start
        with self.beat("Training starts from small weights; {field} the shading is the "
                       "model's h, orange where it says class one. {wrong} The line is the "
                       "boundary; its arrow, the weights theta one and theta two, points the "
                       "wrong way, {blue} at the blue class: a start picked to be bad. {band} "
                       "The band between the ten and ninety "
                       "percent lines is wide, because the weights are small.") as b:
            self.play(FadeIn(VGroup(*lab.panel.numbers)), run_time=0.8)
            self.play(Indicate(lab.panel[3], color=theme.highlight), run_time=1.0)
            # The whole panel in the scene: its updater picks the step the readouts show,
            # so they change on every frame with the boundary while training runs.
            self.add(lab.panel)
            self.add(lab.trace, lab.head)
            b.wait_until("field")
            self.add(lab.field, lab.axes, lab.dots)
            self.play(FadeIn(lab.field), run_time=1.2)
            b.wait_until("wrong")
            self.play(Create(lab.boundary.line), FadeIn(lab.boundary.arrow),
                      FadeIn(lab.theta_name), run_time=1.2)
            b.wait_until("blue")
            self.play(Indicate(VGroup(lab.boundary.arrow, lab.theta_name),
                               color=theme.highlight), run_time=1.0)
            b.wait_until("band")
            self.add(lab.band, lab.boundary)
            self.play(FadeIn(lab.band), FadeIn(key[3]), run_time=1.0)

        # Step: the halos
        with self.beat("Each halo is one point's pull, the error y minus h. At this bad start "
                       "almost every point tugs hard on the boundary."):
            # The boundary, its arrow and the arrow's name above them all: never buried (the
            # name stays with the arrow to the end, its root where they cover no point).
            self.add(lab.halos, lab.dots, lab.boundary, lab.theta_name)
            self.play(FadeIn(lab.halos), FadeIn(key[2]), run_time=1.5)

        # Step: the curve
        best = Text("best possible", font_size=SIZES.body, color=theme.good)
        best.next_to(lab.zero_line, UP, buff=0.1).align_to(lab.zero_line, RIGHT)
        self.best_possible = best
        scale = VGroup(lab.curve_axes.y_axis, lab.curve_y_numbers)
        self.ll_scale = scale
        with self.beat("The log-likelihood's scale {zero} tops out at zero, the best any model "
                       "can do.") as b:
            # The scale is marked as it is named: the chart's upright axis and its two
            # numbers lit (and held) from the first word, the top then named on "zero".
            # (Its colour only: a wider stroke would leave the title-safe area.)
            self.play(lab.curve_axes.y_axis.animate.set_stroke(theme.highlight),
                      lab.curve_y_numbers.animate.set_color(theme.highlight),
                      Indicate(lab.curve_y_label, scale_factor=1.2), run_time=0.8)
            b.wait_until("zero")
            self.play(Indicate(lab.curve_y_numbers[1], color=theme.highlight),
                      lab.zero_line.animate.set_stroke(theme.good, width=3),
                      FadeIn(best, shift=0.1 * DOWN), run_time=1.2)
        self.play(FadeOut(best), lab.zero_line.animate.set_stroke(theme.muted, width=1.5),
                  lab.curve_axes.y_axis.animate.set_stroke(theme.muted),
                  lab.curve_y_numbers.animate.set_color(theme.muted), run_time=0.5)

        # Step: train
        with self.beat(f"Now {lab.n_steps} steps of gradient ascent, at a learning rate of "
                       f"{run.trajectory.learning_rate:g}. {{swing}} The boundary swings round "
                       "into the gap while the log-likelihood shoots up; {narrows} then the "
                       "band narrows as the weights grow, {levels} and the curve levels "
                       "off.") as b:
            # The start holds until its words; the first steps, where the boundary turns and
            # the log-likelihood makes most of its climb, play slowly on "swings round ...
            # shoots up"; the band narrows over the steps that follow, and the flat rest of
            # the curve is drawn on "levels off".
            b.wait_until("swing")
            lab.train(self, SWING_STEPS, run_time=b.time_until("narrows", minimum=3.0),
                      rate_func=smooth)
            # At a steady pace: the band visibly narrows on its words; then the flat rest
            # speeds up from that same pace (no pause between the two), on "levels off".
            lab.train(self, climbed_step(run.trajectory.log_likelihood),
                      run_time=b.time_until("levels", minimum=3.0))
            lab.train(self, lab.n_steps, run_time=3.0, rate_func=slow_start(3.0))

        # Step: the first run's band, named and measured where it is born: the experiments
        # draw it dashed and grey (its key's style) to compare their own bands with it.
        final = run.trajectory.thetas[-1]
        width = band_width(final)
        self.first_width = width
        first_band = default_band(lab, final, width, theme)
        self.first_band = first_band
        # In the learning rate's row (the rate has done its work, and the run is over): the
        # readouts keep their place and the chart stays, its curve levelled off.
        rate_row = lab.panel[4]
        self.rate_row = rate_row
        note = first_band_row(width, theme)
        note.move_to([SIDE.left, rate_row.get_center()[1], 0], aligned_edge=LEFT)
        # Its number at the panel's right edge, the band's dashed mark centred in the gap.
        note[2].set_x(SIDE.right, direction=RIGHT)
        note[1].move_to([(note[0].get_right()[0] + note[2].get_left()[0]) / 2,
                         note[1].get_center()[1], 0])
        self.first_band_note = note
        span = band_span(lab, final, width, theme)
        self.band_span = span
        # A few of the plane's ticks numbered, on "wide": the width has a unit.
        ticks = plane_numbers(lab, final, theme, avoid=(span, lab.theta_name, *lab.axis_names))
        self.plane_numbers = ticks
        with self.beat(f"{{width}} The band ends {width:.2f} wide. {{first}} Call it the first "
                       "run's band: the next experiment {dashed} draws it dashed, to compare "
                       "its own with it.") as b:
            b.wait_until("width")
            # The width measured on the band itself: a double arrow across it, core's number
            # beside it (the panel's row waits for the band's name).
            self.play(GrowArrow(span[0]), FadeIn(span[1]), FadeIn(ticks), run_time=0.6)
            self.play(*[Indicate(edge.line, color=theme.highlight, scale_factor=1.0)
                        for edge in lab.band], run_time=0.8)
            b.wait_until("first")
            # Named: its row joins the panel, in the learning rate's place (out of the panel
            # first: the panel stays whole in the scene).
            lab.panel.remove(rate_row)
            self.add(rate_row)
            self.play(FadeOut(rate_row), FadeIn(note), run_time=0.8)
            # On "dashed", the band's own lines give way to the dashes that will stand for
            # them, the width still marked across them; they hold to the sentence's end, then
            # the lines come back: the key stays.
            b.wait_until("dashed")
            self.add(first_band, lab.dots, lab.boundary, lab.theta_name, span)
            self.play(FadeOut(lab.band), Create(first_band), run_time=1.0)
            b.wait_until("end")
            # The dashed band leaves, and its row with it (a row names only what is drawn):
            # the learning rate's row comes back to its place for the rerun.
            self.add(lab.band, lab.dots, lab.boundary, lab.theta_name)
            # The numbered ticks go with the width they gave a unit to.
            self.play(FadeOut(first_band), FadeOut(span), FadeIn(lab.band), FadeOut(note),
                      FadeOut(ticks), FadeIn(rate_row), run_time=0.6)
            # Back in the panel, in its own place.
            self.remove(rate_row)
            lab.panel.submobjects.insert(4, rate_row)

        # Step: the silent points
        pulls = run.trajectory.pulls[-1]
        quiet, loud = pull_extremes(pulls)
        self.confident, self.borderline = quiet, loud
        # The point on the wrong side, by the line, has the least room: its call-out is
        # placed first; each clear of the other's point, the second clear of the first's box
        # and pointer too.
        placed: dict[int, VGroup] = {}
        for i in (loud, quiet):
            # One line each (the words name the point): a small box covers few points. In
            # the legend's sans face: one way of writing |y - h| on screen.
            # On two lines: a narrow box finds room on the point's side clear of the
            # clouds, so its pointer runs across none.
            label = VGroup(*[
                Text(line, font_size=SIZES.body, color=pull_colour(theme))
                for line in ("|y \u2212 h|", f"= {abs(pulls[i]):.3f}"
                             if abs(pulls[i]) >= 5e-4 else "< 0.001")]).arrange(
                DOWN, aligned_edge=LEFT, buff=0.08)
            other = lab.dots[quiet if i == loud else loud]
            # Clear of the first one's box, and of its pointer itself (a slanted pointer's
            # bounding box would shut out most of the free room).
            avoid = (other, lab.theta_name, *self.plane_numbers,
                     *(c[1] for c in placed.values()))
            # Never across the h = 0.1 and 0.9 lines either.
            placed[i] = callout(lab, i, label, theme, avoid=avoid,
                                lines=(*(edge.line for edge in lab.band),
                                       *(c[0] for c in placed.values())))
        callouts = VGroup(placed[quiet], placed[loud])  # in the order they are named
        self.callouts = callouts
        # The points that no longer pull dim on "only points near the line ... still tug":
        # the halos left bright are the ones still tugging; they pulse on "borderline".
        still = np.flatnonzero(np.abs(pulls) >= QUIET_PULL)
        silent = np.flatnonzero(np.abs(pulls) < QUIET_PULL)
        self.still_pulling = still
        with self.beat("{rewind} Now run the same steps again from the start, {look} and "
                       "watch the halos: {deep} once the line has swung in, points deep in "
                       "their own territory get h close to their label, {died} and their pull "
                       "dies away. {near} Only points near the line, or on its wrong side, "
                       "still tug.") as b:
            # The halos faded while the words followed the line: the run is rewound to its
            # start first (every halo large again), then replayed so that the line has
            # swung in before "swung in" is said; the halos shrink on the words that say
            # why; the sure point is named once its pull has gone.
            b.wait_until("rewind")
            lab.train(self, 0, run_time=1.5, rate_func=smooth)
            # Slowly from "watch the halos", about a second a step: the line swings in over
            # the first REPLAY_SWING steps; the halos of the points deep in their own
            # territory then shrink step by step on the words that say why, and die away on
            # "dies away"; the rest of the run, where little changes, after the sentence.
            b.wait_until("look")
            lab.train(self, REPLAY_SWING, run_time=b.time_until("deep", minimum=2.0))
            self.swung_at_deep = lab.index()
            lab.train(self, REPLAY_SHRINK[0], run_time=b.time_until("died", minimum=2.5))
            self.shrunk_at_died = lab.index()
            lab.train(self, REPLAY_SHRINK[1], run_time=b.time_until("near", minimum=1.2))
            b.wait_until("near")
            lab.train(self, lab.n_steps, run_time=1.0, rate_func=ease_out_quad)
            # Each named point grows a little, so its pointer cannot be read as its
            # neighbour's.
            self.play(FadeIn(callouts[0][1:]), GrowArrow(callouts[0][0]),
                      lab.dots[quiet].animate.scale(CALLED_OUT_SCALE),
                      FadeIn(callouts[1][1:]), GrowArrow(callouts[1][0]),
                      lab.dots[loud].animate.scale(CALLED_OUT_SCALE),
                      *[lab.dots[i].animate.set_opacity(0.3) for i in silent if i != quiet],
                      *[lab.halos[i].animate.set_stroke(opacity=0.15) for i in silent],
                      # The halos still tugging drawn bold: their rings read at 480p.
                      *[lab.halos[i].animate.set_stroke(opacity=1.0, width=STILL_STROKE)
                        for i in still],
                      run_time=1.2)
            self.play(*[Indicate(lab.halos[i], color=theme.highlight, scale_factor=1.3)
                        for i in still], run_time=1.2)
        with self.beat("{effort} Logistic regression spends its effort on {hard} the hard, "
                       "borderline cases, the same instinct {svm} the support vector "
                       "machine pushes to the limit.") as b:
            # Its effort on the hard cases: the settled points (and the call-out of the sure
            # one) fade almost away, leaving the borderline points and the line.
            b.wait_until("effort")
            self.play(*[lab.dots[i].animate.set_opacity(SVM_FADE) for i in silent],
                      *[lab.halos[i].animate.set_stroke(opacity=0).set_fill(opacity=0)
                        for i in silent],
                      FadeOut(callouts[0]), run_time=1.2)
            b.wait_until("hard")
            # One by one: a new group would be drawn over the dots from then on.
            self.play(*[Indicate(lab.halos[i], color=theme.highlight, scale_factor=1.3)
                        for i in still], run_time=1.5)
            b.wait_until("svm")
            # The line the borderline points hold in place, with them.
            self.play(*[Indicate(lab.halos[i], color=theme.highlight, scale_factor=1.3)
                        for i in still],
                      Indicate(lab.boundary.line, color=theme.highlight, scale_factor=1.0),
                      run_time=1.5)
            self.svm_faded = silent


#: How strongly the "unsure" band (and its swatch) is tinted, and the field's shades (its
#: h) the swatch shows under the tint, across it.
UNSURE_OPACITY = 0.2
SWATCH_SHADES = (0.15, 0.3, 0.5, 0.7, 0.85)


#: The overlap run's first steps, where its boundary swings round (played on "swings in").
OVERLAP_SWING = 20


class OverlapSettlesOnACompromise(LectureScene):
    """Overlapping classes: the boundary settles on a compromise far below zero, under the
    default run's faint curve, and the band stays wide."""

    def construct(self) -> None:
        theme = self.theme
        run = training_lab_run("overlap")
        default = training_lab_run("default")
        # The band note joins the side panel here: the curve a little shorter to make room.
        lab = TrainingLab(run, theme, ghost=default, ghost_label="grey: first run")
        # The default run is grey throughout this scene: its curve, its band's dashed lines
        # and its bar (the live run's curve keeps the log-likelihood's colour).
        lab.ghost_curve.set_stroke(theme.muted)
        # x2's name right of its axis here: the settled boundary crosses the plane's top
        # just left of the axis, through the usual place.
        lab.axis_names[1].next_to(lab.axes.y_axis.get_top(), DOWN + RIGHT, buff=0.1)
        self.lab = lab
        heading = self.heading("Experiment: overlapping classes")

        # Step: the overlapping clouds
        with self.beat("Now the two classes overlap, so no straight line can split them "
                       "cleanly. {start} Same bad start as before, its arrow pointing the "
                       "wrong way.") as b:
            # The first run's band, keyed later in the halos' place.
            self.first_band_key = first_band_key(theme)
            key = show_lab(self, lab, heading, hold=lambda: b.wait_until("start"),
                           spare=self.first_band_key, with_name=True)
            self.lab_key, self.heading_text = key, heading

        # Step: train
        with self.beat(f"Train for {lab.n_steps} steps: {{swing}} the boundary swings in as "
                       "before {settle} and settles on the best compromise it can find. "
                       "{ghost} The grey curve is the first run; {below} this one levels off "
                       "far below it, and far below zero.") as b:
            # The swing (its first OVERLAP_SWING steps) on "swings in", slowly enough to be
            # followed; the slow settling of the rest on "settles".
            b.wait_until("swing")
            lab.train(self, OVERLAP_SWING, run_time=b.time_until("settle", minimum=2.5),
                      rate_func=smooth)
            lab.train(self, lab.n_steps, run_time=2.5, rate_func=slow_start(3.0))
            # The settled line is named; its arrow stays until the band's beat.
            self.play(Indicate(lab.boundary.line, color=theme.highlight, scale_factor=1.0),
                      run_time=1.2)
            # The grey curve and its name come on with the words that name them (not
            # before: "settles" is about the live run alone).
            b.wait_until("ghost")
            lab.show_ghost(self, run_time=0.6)
            b.wait_until("below")
            self.play(Indicate(lab.panel[0], color=theme.highlight),
                      Indicate(lab.trace, color=theme.highlight, scale_factor=1.0),
                      run_time=1.2)

        # Step: the compromise
        final = run.trajectory.thetas[-1]
        note = band_note(lab, band_width(final), band_width(default.trajectory.thetas[-1]),
                         theme)
        self.band_notes = [note]
        self.default_band = default_band(
            lab, final, band_width(default.trajectory.thetas[-1]), theme)
        unsure = self.unsure_band(lab)
        self.unsure = unsure
        tugs = self.tugs(lab, final)
        self.tug_arrows = tugs
        # The band's widths, its key, the balance and its two sums (class 1's, named first,
        # then class 0's) in one column under the readouts, where the chart was: nothing
        # written or drawn on the plane, over the points.
        # The balance takes the unsure key's place (that key has left by then).
        balance = VGroup(tugs, self.tug_tick)
        sums_named = VGroup(self.tug_labels[1], self.tug_labels[0]).arrange(
            DOWN, aligned_edge=LEFT, buff=0.2)
        column = VGroup(note, unsure[1]).arrange(DOWN, aligned_edge=LEFT, buff=0.35)
        column.move_to([SIDE.left, lab.panel.get_bottom()[1] - 0.5, 0], aligned_edge=UP + LEFT)
        VGroup(balance, sums_named).arrange(DOWN, aligned_edge=LEFT, buff=0.3).next_to(
            note, DOWN, buff=0.35, aligned_edge=LEFT)
        # The balance centred over the sums' column.
        balance.set_x(sums_named.get_center()[0])
        with self.beat("{soft} The band stays "
                       "wide, more than twice the first run's dashed one: {unsure} near the "
                       "line the model honestly says it is unsure. {balance} Points on both "
                       "sides still tug at the line, {sums} yet the orange pulls add up to "
                       "exactly the blue ones: equal and opposite, in balance.") as b:
            b.wait_until("soft")
            # The band's beats show the band, its width and (last) the two pulling points:
            # the halos and the theta arrow step aside, so nothing else sits on the strip.
            # The chart has told its story ("far below"): the band's widths take its place.
            self.play(FadeOut(lab.halos), FadeOut(key[2]), FadeOut(lab.boundary.arrow),
                      FadeOut(lab.theta_name),
                      FadeOut(VGroup(lab.curve(), lab.trace, lab.head)), run_time=0.6)
            self.add(self.default_band, lab.band, lab.boundary.line, lab.dots)
            # The dashed pair keyed in the legend, where the halos' entry was.
            self.play(FadeIn(note), Create(self.default_band), FadeIn(self.first_band_key),
                      Indicate(lab.panel[3], color=theme.highlight), run_time=1.5)
            b.wait_until("unsure")
            # The band itself is named: tinted, with its word, the lines and points above.
            self.add(unsure[0], self.default_band, lab.band, lab.boundary.line, lab.dots)
            self.play(FadeIn(unsure[0]), FadeIn(unsure[1]),
                      *[Indicate(edge.line, color=theme.highlight, scale_factor=1.0)
                        for edge in lab.band], run_time=1.2)
            b.wait_until("balance")
            # Every point still pulling is seen pulling: the halos come back (their key takes
            # its place again from the dashed pair's, which has been compared and leaves).
            # The unsure tint (and its key) leaves too: the borderline dots and their
            # halos are seen in full colour, the band still drawn by its two lines.
            self.add(lab.halos, lab.dots)
            self.play(FadeIn(lab.halos), FadeOut(self.default_band),
                      FadeOut(self.first_band_key), FadeIn(key[2]), FadeOut(unsure[0]),
                      FadeOut(unsure[1]), run_time=1.0)
            b.wait_until("sums")
            # Each class's pulls added up beside the plot: the halos still pulling flash as
            # the two arrows grow from one tick to their sums (core's), equal and opposite,
            # each sum named with its class.
            still = np.flatnonzero(np.abs(lab.pulls()) >= QUIET_PULL)
            self.add(tugs)
            self.play(FadeIn(self.tug_tick), *[GrowArrow(t) for t in tugs],
                      *[FadeIn(t) for t in self.tug_labels],
                      *[Indicate(lab.halos[i], color=theme.highlight, scale_factor=1.2)
                        for i in still], run_time=1.5)
            self.play(Indicate(tugs, color=theme.highlight, scale_factor=1.1),
                      Indicate(self.tug_labels, color=theme.highlight, scale_factor=1.0),
                      run_time=1.0)

    def unsure_band(self, lab: TrainingLab) -> VGroup:
        """The band between the h = 0.1 and h = 0.9 lines, tinted, and its key (a swatch of
        the tint and its name), for the side panel (both lines run from the plane's bottom
        to its top)."""
        theme = self.theme
        ends = [sorted((e.line.get_start(), e.line.get_end()), key=lambda p: p[1])
                for e in lab.band]
        tint = Polygon(ends[0][0], ends[0][1], ends[1][1], ends[1][0], stroke_width=0,
                       fill_color=theme.text, fill_opacity=UNSURE_OPACITY)
        # The swatch is a piece of the band as drawn: the field's shades across it (from
        # the blue side's to the orange side's, as the field runs from h = 0.1 to 0.9) under
        # the tint, between two lines like the band's edges.
        size = (0.45, 0.3)
        shades = theme.ramp(np.array(SWATCH_SHADES))
        under = VGroup(*[
            Rectangle(width=size[0] / len(SWATCH_SHADES), height=size[1], stroke_width=0,
                      fill_color="#{:02X}{:02X}{:02X}".format(*shade[:3]),
                      fill_opacity=theme.field_opacity)
            for shade in shades]).arrange(RIGHT, buff=0)
        swatch = VGroup(
            under,
            Rectangle(width=size[0], height=size[1], stroke_width=0,
                      fill_color=theme.text, fill_opacity=UNSURE_OPACITY),
            *[Line(size[1] / 2 * DOWN, size[1] / 2 * UP, color=theme.boundary,
                   stroke_width=2).set_opacity(0.75).shift(sign * size[0] / 2 * RIGHT)
              for sign in (-1, 1)])
        name = key_entry(swatch, f"unsure: {1 - BAND_PROBABILITY:.1f} < h < "
                                 f"{BAND_PROBABILITY:.1f}", theme)
        return VGroup(tint, name)

    def tugs(self, lab: TrainingLab, theta: np.ndarray) -> VGroup:
        """Each class's pulls added up (core's ``class_pulls``), as a balance beside the
        plot (nothing drawn over the points): two arrows from one tick, in the classes'
        colours, each as long as its class's summed |y - h| (TUG_SCALE per unit), class 1's
        pointing left (its pulls move the line into class 0's side, on the left of the
        plane), class 0's right. At the fit the two sums are equal: equal and opposite
        arrows. Each sum is named with its class, under the balance."""
        theme = self.theme
        sums = class_pulls(theta, lab.X, lab.y)
        self.class_sums = sums
        tick = Line(0.22 * UP, 0.22 * DOWN, color=theme.text, stroke_width=3)
        arrows, labels = VGroup(), VGroup()
        for label in (0, 1):
            colour = theme.class1 if label == 1 else theme.class0
            way = LEFT if label == 1 else RIGHT
            arrows.add(Arrow(ORIGIN, TUG_SCALE * sums[label] * way, buff=0, color=colour,
                             stroke_width=7, max_tip_length_to_length_ratio=0.2))
            mark = Dot(radius=0.08, color=colour)
            # "class 1 sum of |y - h|": the panel's width holds no colon more.
            labels.add(key_entry(mark, f"class {label} \u03a3|y \u2212 h| = "
                                       f"{sums[label]:.2f}", theme))
        self.tug_tick = tick
        self.tug_labels = labels
        return arrows

#: Scene units of a summed-pull arrow per unit of summed |y - h|.
TUG_SCALE = 0.16


#: How the narration says a small count (the strays it rings).
COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


class SeparatedCloudsNeverSettle(LectureScene):
    """The default clouds dragged apart until a line separates them: the weights keep growing
    and the 90 % band narrows toward a knife edge, far narrower than the default run's."""

    def construct(self) -> None:
        theme = self.theme
        run = training_lab_run("separated")
        default = training_lab_run("default")
        # The default clouds' weights stop growing at their best fit: a level on the |theta|
        # chart that this run's weights climb past.
        settle = best_weight_norm(default.dataset.X, default.dataset.y)
        self.settle = settle
        # The default run stopped short of that level in its 300 steps (its readouts ended
        # on a smaller |theta|): the words say so, so the two never read as one number.
        reached = float(default.trajectory.theta_norm[-1])
        self.reached = reached
        lab = TrainingLab(run, theme, norm_curve=True, curve_height=NORM_CURVE_HEIGHT,
                          norm_ceiling=(settle, f"limit {settle:.2f}"))
        self.lab = lab
        # The first clouds trained exactly as this run is (rate, steps, start): their |theta|
        # drawn grey on the chart, levelling off onto their limit, beside this run's that
        # keeps climbing.
        first = training_lab_run_on("separated", "clouds").trajectory
        self.first_norms = first.theta_norm
        # The one baseline: the band compared at the knife edge is these same first clouds'
        # band, trained the same way (their weights levelled off on their limit).
        self.first_theta = first.thetas[-1]
        steps = np.arange(first.n_steps + 1)
        self.first_curve = VMobject(stroke_color=theme.muted, stroke_width=3).set_points_as_corners(
            lab._curve_point(steps, first.theta_norm))
        # Named in its grey, with its learning rate (told from the first run, whose band is
        # drawn dashed, at a glance), in the chart's header beside the chart's own name: the
        # chart's middle, where the curves and the limit meet, is left to them.
        self.first_name = Text(f"first clouds, \u03b1 = {first.learning_rate:g}",
                               font_size=SIZES.body, color=theme.muted)
        self.first_name.next_to(lab.curve_y_label, RIGHT, buff=0.3).align_to(
            lab.curve_y_label, DOWN)
        # x2's name right of its axis here: this run's lines (and the default band dashed
        # round them) cross the plane's top left of the axis, through the usual place.
        lab.axis_names[1].next_to(lab.axes.y_axis.get_top(), DOWN + RIGHT, buff=0.1)
        heading = self.heading("Experiment: separable clouds")
        # The first clouds' band (trained as this run is), keyed at the knife edge in the
        # (unused) halos' place, in the grey of their |theta| curve.
        self.first_band_key = VGroup(first_band_mark(theme, LIMIT_BAND_DASH),
                                     Text("first clouds", font_size=SIZES.body,
                                          color=theme.text)).arrange(RIGHT, buff=0.15)
        # The strip's fill behind its dotted mark, as the band is drawn.
        swatch = Rectangle(width=self.first_band_key[0].width, height=0.24, stroke_width=0,
                           fill_color=theme.muted, fill_opacity=STRIP_OPACITY).move_to(
            self.first_band_key[0])
        self.first_band_key.add(swatch)
        key = lab_legend(lab, theme, self.first_band_key)
        self.lab_key, self.heading_text = key, heading
        # Where the points start: the default clouds, before they are dragged apart.
        before = load_dataset("clouds").X
        targets = [d.get_center() for d in lab.dots]
        for dot, x in zip(lab.dots, before, strict=True):
            dot.move_to(lab.axes.c2p(*x))
        self.drag = (before, run.dataset.X)
        # The line this run ends on: the default clouds' strays sit on its wrong side, and the
        # drag carries them across (core's ``wrong_side``, before and after).
        final = run.trajectory.thetas[-1]
        strays = wrong_side(final, before, run.dataset.y)
        self.strays = strays
        # Drawn as a boundary is (solid, white): dashes are the first run's band's alone.
        split = Line(*(lab.axes.c2p(*p) for p in boundary_segment(final, *BOX)),
                     color=theme.boundary, stroke_width=4)
        self.split = split
        # Ringed in the highlight (what the words point at), bold: read at 480p, and told
        # from either class's dot by every viewer.
        rings = VGroup(*[Circle(radius=0.22, color=theme.highlight, stroke_width=4).move_to(
            lab.dots[i]) for i in strays])
        self.stray_rings = rings
        # Where each point started, faint, so that the drag reads as a shift of every point.
        starts = VGroup(*[d.copy().set_opacity(0.3) for d in lab.dots])
        zoom = self.close_up(lab, final, strays)
        self.zoom = zoom
        # The same close-up again once the accuracy reads a hundred, live: its line and the
        # h = 0.1 and 0.9 lines follow the run's weights, so the strays are seen each on its
        # own side while the band closes round them.
        live_zoom = self.close_up(lab, final, strays)
        live_band = VGroup(*[Line(color=theme.boundary, stroke_width=2).set_opacity(0.75)
                             for _ in range(2)])
        live_zoom.insert(3, live_band)
        self.live_zoom = live_zoom

        # Step: the default clouds, dragged apart
        with self.beat("Start from the first clouds. {strays} This line is where "
                       f"this experiment's boundary will end; the {COUNT_WORDS[len(strays)]} "
                       "ringed strays sit on its wrong side. {drag} Nudge the two clouds a "
                       "short way apart, each point moving from its faint old place, "
                       "{line} and now, seen close up, the line separates them cleanly.") as b:
            self.play(Write(heading), Create(lab.axes), FadeIn(lab.dots, lag_ratio=0.01),
                      FadeIn(key[:2]), run_time=1.2)
            b.wait_until("strays")
            self.play(Create(split), Create(rings), run_time=1.2)
            b.wait_until("drag")
            self.add(starts, lab.dots, rings)
            self.play(*[dot.animate.move_to(t) for dot, t in zip(lab.dots, targets,
                                                                 strict=True)],
                      *[ring.animate.move_to(targets[i]) for ring, i in zip(rings, strays,
                                                                           strict=True)],
                      run_time=2.5)
            b.wait_until("line")
            # The window takes over from the rings (they would spill out of it).
            self.play(Create(zoom[0]), FadeIn(zoom[1]), FadeOut(rings), run_time=0.6)
            self.play(FadeIn(zoom[2:]), Indicate(split, color=theme.highlight,
                                                 scale_factor=1.0), run_time=1.0)
        self.play(FadeOut(split), FadeOut(starts), FadeOut(zoom), run_time=0.6)
        alpha = run.trajectory.learning_rate
        with self.beat(f"Same bad start as before, {{rate}} but a larger learning rate, "
                       f"{alpha:g}, so that the slow growth shows within the run. {{norm}} "
                       f"This time the chart plots the "
                       f"size of the weights; {{ceiling}} the grey curve is the first clouds "
                       f"trained the same way: their weights settle on the dashed level, "
                       f"{settle:.2f}, their limit.") as b:
            # The learning rate's row waits for its words: the rate is not the first run's.
            rate_row = lab.panel[4]
            lab.panel.remove(rate_row)
            self.rate_row = rate_row
            # No halos here: the words follow the weights' size, not the points' pulls.
            show_lab(self, lab, heading, dots_first=False, with_curve=False, with_halos=False,
                     spare=self.first_band_key, with_name=True)
            b.wait_until("rate")
            self.play(FadeIn(rate_row), run_time=0.5)
            self.remove(rate_row)
            lab.panel.add(rate_row)  # back in the panel, drawn (and updated) with it
            self.play(Indicate(rate_row, color=theme.highlight), run_time=1.0)
            b.wait_until("norm")
            self.add(lab.trace, lab.head)
            self.play(FadeIn(lab.curve()), FadeIn(lab.trace), FadeIn(lab.head), run_time=0.8)
            self.play(Indicate(lab.curve_y_label, color=theme.highlight), run_time=0.8)
            b.wait_until("ceiling")
            self.play(Create(self.first_curve), FadeIn(self.first_name), run_time=1.5)
            self.add(lab.trace, lab.head)  # this run's curve above the grey one
            self.play(Create(lab.ceiling[0]), FadeIn(lab.ceiling[1]), run_time=1.0)

        # Step: train
        # The first step from which every point stays on its own side (core's accuracy).
        wrong = np.flatnonzero(run.trajectory.accuracy < 1.0)
        sorted_step = int(wrong[-1]) + 1
        self.sorted_step = sorted_step
        # Where |theta| stands at that step, marked on its curve when the accuracy reads 100.
        sorted_at = lab.norm_axes.c2p(sorted_step, run.trajectory.theta_norm[sorted_step])
        sorted_mark = Circle(radius=0.13, color=theme.good, stroke_width=3).move_to(
            sorted_at)
        # Named: below and right of it, under the curve (which climbs away up and right).
        sorted_name = Text("100 %", font_size=SIZES.body, color=theme.good).next_to(
            sorted_mark, DOWN + RIGHT, buff=0.04)
        sorted_mark = VGroup(sorted_mark, sorted_name)
        self.sorted_mark = sorted_mark
        with self.beat(f"Run {lab.n_steps} steps, and watch the accuracy readout. {{sorted}} "
                       "Once it reads a hundred, every point is on its own side, yet {grow} "
                       "the weights keep growing as long as it runs, because scaling them up "
                       "always {raises} raises the likelihood a little more.") as b:
            # The readout named is flashed before the run starts, and its name stays lit
            # while it is watched, up to the step where it reads a hundred.
            accuracy_name = lab.panel[1][0]
            self.play(Indicate(lab.panel[1], color=theme.highlight), run_time=0.8)
            self.play(accuracy_name.animate.set_color(theme.highlight), run_time=0.3)
            # Up to the step where the last stray crosses, before the words say so.
            lab.train(self, sorted_step, run_time=b.time_until("sorted", minimum=1.5),
                      rate_func=slow_start(3.0))
            self.follow_close_up(lab)
            self.add(live_zoom)
            # The theta arrow steps aside for the close-up (it would point into the inset).
            self.play(Indicate(lab.panel[1], color=theme.highlight), Create(sorted_mark[0]),
                      FadeIn(sorted_mark[1]), Create(live_zoom[0]), FadeIn(live_zoom[1:]),
                      lab.boundary.arrow.animate.set_opacity(0), FadeOut(lab.theta_name),
                      run_time=1.0)
            lab.boundary.with_normal = False  # kept hidden while the line trains on
            self.play(accuracy_name.animate.set_color(theme.text), run_time=0.3)
            self.follow_close_up(lab, live=True)
            # The log-likelihood readout (its name lit) on "raises the likelihood", while
            # its number creeps up with the run.
            likelihood_name = lab.panel[0][0]
            raises = b.at("raises")

            def light(m: VMobject) -> None:
                if self.renderer.time >= raises:
                    m.set_color(theme.highlight)

            likelihood_name.add_updater(light)
            lab.train(self, lab.n_steps, run_time=b.time_until("end", minimum=12.0),
                      rate_func=slow_start(4.0),
                      extra=(live_zoom[2], *live_band, likelihood_name))
            self.lit_at_raises = likelihood_name.get_color()
            self.play(likelihood_name.animate.set_color(theme.text), run_time=0.3)

        # Step: the knife edge
        # The side panel is full here (two charts) and a note on the plane would cover it:
        # the comparison is the default run's band itself, dashed round the knife edge.
        self.band_widths = (band_width(run.trajectory.thetas[-1]),
                            band_width(self.first_theta))
        # The first clouds' band (same rate, same steps), dashed round the knife edge (an
        # arrow across a band this narrow would be a sliver): the two widths compared where
        # they are seen.
        self.default_band = default_band(lab, run.trajectory.thetas[-1],
                                         self.band_widths[1], theme, LIMIT_BAND_DASH)
        # Filled between its dotted lines: the narrow band is seen as half of a grey strip.
        self.default_strip = band_strip(lab, run.trajectory.thetas[-1], self.band_widths[1],
                                        theme)
        # Past the last step, |theta| only keeps going up.
        head = lab.norm_axes.c2p(lab.n_steps, run.trajectory.theta_norm[-1])
        # An upward arrow just right of the curve's end, its tip level with it: under the
        # chart's header (the grey curve's name), not drawn over it.
        onward = Arrow(head + 0.18 * RIGHT + 0.5 * DOWN, head + 0.18 * RIGHT, buff=0,
                       color=theme.curve, stroke_width=4, max_tip_length_to_length_ratio=0.35)
        self.onward = onward
        # This run's curve named in its own colour, as the grey one is: over the limit's
        # dashed level at its right end, under the curve (which is far above it there).
        this_run = Text("this run", font_size=SIZES.body, color=theme.curve)
        this_run.next_to(lab.ceiling[0], UP, buff=0.12).align_to(lab.ceiling[0], RIGHT)
        self.this_run = this_run
        with self.beat("{edge} On its way to a knife edge, the band has narrowed to about "
                       "half the dotted one, the first clouds' band trained the same way. "
                       "{creeps} The log-likelihood readout has crept to just below zero, "
                       "{norm} while the size of the weights ended at more than twice the "
                       "first clouds' limit, {sight} still rising at the last step: run "
                       "longer and it keeps going. {nine} Chapter nine comes back to these "
                       "runaway weights.") as b:
            b.wait_until("edge")
            # The band and the first run's dashed one, the two the words compare: the
            # boundary between the band's lines steps aside (five strokes would crowd it).
            # The boundary stays (the knife edge is its own); its arrow steps aside, and the
            # dashed pair is keyed in the legend, in the (unused) halos' place.
            self.add(self.default_strip, self.default_band, lab.band, lab.dots, lab.boundary,
                     live_zoom)
            self.play(FadeIn(self.default_strip), Create(self.default_band),
                      FadeIn(self.first_band_key), run_time=1.2)
            # The readout named stays lit while it is spoken of, as the accuracy's did.
            b.wait_until("creeps")
            likelihood_name = lab.panel[0][0]
            self.play(Indicate(lab.panel[0], color=theme.highlight), run_time=1.0)
            self.play(likelihood_name.animate.set_color(theme.highlight), run_time=0.3)
            self.lit_at_creeps = likelihood_name.get_color()
            b.wait_until("norm")
            self.play(likelihood_name.animate.set_color(theme.text), run_time=0.3)
            self.play(Indicate(VGroup(lab.norm_trace, lab.panel[3]), color=theme.highlight),
                      Indicate(lab.ceiling, color=theme.highlight, scale_factor=1.0),
                      FadeIn(this_run), run_time=1.5)
            b.wait_until("sight")
            self.play(GrowArrow(onward), run_time=0.8)
            b.wait_until("nine")
            self.play(Indicate(VGroup(onward, lab.norm_trace), color=theme.highlight,
                               scale_factor=1.0), run_time=1.0)


    def follow_close_up(self, lab: TrainingLab, live: bool = False) -> None:
        """Draw the live close-up's line and h = 0.1, 0.9 lines for the lab's drawn weights
        (each hidden while it misses the window); with ``live``, keep them following."""
        line, band = self.live_zoom[2], self.live_zoom[3]
        margin = float(logit(BAND_PROBABILITY))
        inset, zbox = self.zoom_axes, self.zoom_box

        def place(mob: Line, offset: float) -> None:
            segment = boundary_segment(lab.theta() - [offset, 0, 0], *zbox)
            if segment is None:
                mob.set_stroke(opacity=0)
                return
            mob.put_start_and_end_on(*(inset.c2p(*p) for p in segment))
            mob.set_stroke(opacity=1.0 if offset == 0 else 0.75)

        for mob, offset in ((line, 0.0), (band[0], margin), (band[1], -margin)):
            place(mob, offset)
            if live:
                mob.add_updater(lambda m, o=offset: place(m, o))

    def close_up(self, lab: TrainingLab, theta: np.ndarray, strays: np.ndarray) -> VGroup:
        """The strays after the drag, magnified: a window round them on the plane, a leader
        to an inset in the plane's empty corner, and in the inset the points and the final
        line at the magnified scale (each point clear on its own side).

        Parts: the window and leader, the inset's backing frame, the line, the points."""
        theme = self.theme
        cx, cy = np.asarray(lab.X)[strays].mean(axis=0)
        zbox = ((cx - ZOOM_HALF, cx + ZOOM_HALF), (cy - ZOOM_HALF, cy + ZOOM_HALF))
        inset = plane_axes(theme, zbox, ZOOM_SIDE, ticks=False)
        inset.move_to(lab.axes.c2p(*ZOOM_AT))
        self.zoom_axes, self.zoom_box = inset, zbox
        frame = Square(ZOOM_SIDE, color=theme.muted, stroke_width=2.5).set_fill(
            theme.background, 1.0).move_to(inset)
        corner = lab.axes.c2p(cx + ZOOM_HALF, cy - ZOOM_HALF)
        window = Square(float(np.linalg.norm(lab.axes.c2p(2 * ZOOM_HALF, 0)
                                             - lab.axes.c2p(0, 0))),
                        color=theme.muted, stroke_width=2.5).move_to(
            lab.axes.c2p(cx, cy))
        leader = Line(corner, frame.get_corner(UP + LEFT), color=theme.muted,
                      stroke_width=2)
        segment = boundary_segment(np.asarray(theta), *zbox)
        line = Line(*(inset.c2p(*p) for p in segment), color=theme.boundary, stroke_width=4)
        inside = [i for i, x in enumerate(lab.X)
                  if abs(x[0] - cx) < ZOOM_HALF - 0.05 and abs(x[1] - cy) < ZOOM_HALF - 0.05]
        self.zoom_points = inside
        colours = (theme.class0, theme.class1)
        points = VGroup(*[Dot(inset.c2p(*lab.X[i]), radius=CALLED_OUT_SCALE * DOT_RADIUS,
                              color=colours[int(lab.y[i])]) for i in inside])
        return VGroup(VGroup(window, leader), frame, line, points)


#: The contour map's view of (w1, w2), and how far below the top its level curves lie.
MAP_BOX = ((-2.0, 10.0), (-3.5, 5.5))
MAP_DROPS = (2.0, 8.0, 20.0, 40.0)
MAP_WIDTH = 7.2
#: How strongly and how wide the previous step's boundary is drawn (a faint broad trail,
#: told from the thin h = 0.1 and 0.9 lines and from the first run's dashed band); how many
#: hops the marker makes around the last cycle of the large rate, and how long each takes.
PREVIOUS_OPACITY = 0.3
PREVIOUS_WIDTH = 12
CYCLE_HOPS = 8
HOP_TIME = 0.4
#: Room round the last cycle and the peak in the bounce's close-up (in weight units).
BOUNCE_ROOM = 0.3
#: How far (scene units) the close-up's back-and-forth arrow runs beside the cycle.
BOUNCE_ARROW_GAP = 0.3
#: How faint the large rate's bounce is on the zoomed map once Newton's path is drawn.
BOUNCE_DIM = 0.15
#: The map's close view for the cure: the start, the peak, the large rate's last steps and
#: Newton's iterates (the same aspect as MAP_BOX, so it takes the map's place), and its
#: numbered ticks.
ZOOM_MAP_BOX = ((-0.9, 2.2), (-0.35, 1.975))
ZOOM_MAP_TICKS = ((1, 2), (1,))
#: A Newton landing is marked only this far (scene units) from the peak's centre, clear of
#: its dot (the dot's dark ring, 0.17, and the marker's half diagonal, 0.106): every step
#: the words count is drawn; only the landing itself lies under the dot.
NEWTON_CLEAR = 0.28
#: How faint the normal rate's glide is once Newton's path is drawn over it.
GLIDE_DIM = 0.2
#: The shortest piece of a level curve the zoomed map draws (weight units): a curve that
#: only clips the box's corner would read as a stray stroke.
ZOOM_RING_MIN = 0.5
#: Newton has landed on the peak once an iterate is this near it (weight units); the open
#: diamond that rings its landing round the peak's dot (side, scene units).
NEWTON_LANDED = 0.05
NEWTON_RING = 0.42
#: The map's numbered ticks: theta1 stops at 6, clear of the outer level curve (it crosses
#: the axis near 8, through a label there).
MAP_TICKS = ((4, 6), (-2, 2, 4))


def clip_to_box(curve: np.ndarray, box: tuple[tuple[float, float], tuple[float, float]]
                ) -> list[np.ndarray]:
    """The pieces of the polyline ``curve`` (points in rows) inside ``box``, each cut where
    it crosses the box's edge (a closed curve that leaves and comes back gives several)."""
    (x0, x1), (y0, y1) = box
    lo, hi = np.array([x0, y0]), np.array([x1, y1])
    pieces: list[list[np.ndarray]] = []
    current: list[np.ndarray] = []
    for a, b in zip(curve[:-1], curve[1:], strict=True):
        d = b - a
        t0, t1 = 0.0, 1.0  # Liang-Barsky: the part of a -> b inside the box
        for k in range(2):
            if abs(d[k]) < 1e-15:
                if a[k] < lo[k] or a[k] > hi[k]:
                    t0, t1 = 1.0, 0.0
                continue
            ta, tb = (lo[k] - a[k]) / d[k], (hi[k] - a[k]) / d[k]
            t0, t1 = max(t0, min(ta, tb)), min(t1, max(ta, tb))
        if t0 > t1:
            if current:
                pieces.append(current)
                current = []
            continue
        start, end = a + t0 * d, a + t1 * d
        if not current:
            current = [start]
        current.append(end)
        if t1 < 1.0:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [np.array(p) for p in pieces if len(p) >= 2]


def newton_table(path: np.ndarray, landed: int, peak: np.ndarray, theme: Theme) -> VGroup:
    """Newton's landings' weights (``path``: core's iterates, theta1 and theta2 in rows, the
    start first) from step 1 to ``landed``, then the ``peak``'s, in three columns under a
    header (step, theta1, theta2). Rows: the header, step 1, ..., step ``landed``, the peak."""

    def cell(text: str, colour: str) -> Text:
        return Text(text.replace("-", "\u2212"), font_size=SIZES.caption, color=colour)

    header = VGroup(cell("step", theme.muted), sub_name("\u03b8", 1, theme),
                    sub_name("\u03b8", 2, theme))
    for name in header[1:]:
        name.set_color(theme.muted)
    rows = VGroup(header)
    for k in range(1, landed + 1):
        rows.add(VGroup(cell(str(k), theme.text), cell(f"{path[k, 0]:.2f}", theme.text),
                        cell(f"{path[k, 1]:.2f}", theme.text)))
    rows.add(VGroup(cell("peak", theme.good), cell(f"{peak[0]:.2f}", theme.good),
                    cell(f"{peak[1]:.2f}", theme.good)))
    for row in rows:
        row.arrange(RIGHT, buff=0.3)
    rows.arrange(DOWN, aligned_edge=LEFT, buff=0.12)
    # The numbers right-aligned in two columns, the header's names over them.
    left = rows.get_left()[0]
    for j, right in ((1, NEWTON_TABLE_COLUMNS[0]), (2, NEWTON_TABLE_COLUMNS[1])):
        for row in rows:
            row[j].set_x(left + right, direction=RIGHT)
    return rows


#: Where the Newton table's two number columns end, from its left edge (scene units).
NEWTON_TABLE_COLUMNS = (1.75, 2.95)


def level_name(axes: Axes, contour: object, i: int, where: str, theme: Theme) -> Text:
    """Level curve ``i`` of ``contour`` named by how far below the top it lies ("-40"), in
    the curves' grey, outlined in the background colour (the curve is cut where it runs
    under the name), centred on the curve's lowest (``where="bottom"``) or highest point."""
    curve = np.asarray(contour.curves[i])
    drop = float(contour.top - contour.levels[i])
    at = curve[int(np.argmin(curve[:, 1]) if where == "bottom" else np.argmax(curve[:, 1]))]
    name = Text(f"\u2212{drop:g}", font_size=SIZES.caption, color=theme.muted)
    name.set_stroke(theme.background, width=8, background=True)
    return name.move_to(axes.c2p(*at))


def stage_masks(theme: Theme) -> VGroup:
    """Four rectangles of the background colour covering the frame round STAGE (the
    heading's row, the side panel and the margins): a picture growing out of the stage is
    cut at its edge."""
    w, h = config.frame_width / 2, config.frame_height / 2
    spans = (((-w, w), (STAGE.top, h)), ((-w, w), (-h, STAGE.bottom)),
             ((-w, STAGE.left), (-h, h)), ((STAGE.right, w), (-h, h)))
    return VGroup(*[Rectangle(width=x1 - x0, height=y1 - y0, stroke_width=0,
                              fill_color=theme.background, fill_opacity=1.0).move_to(
        [(x0 + x1) / 2, (y0 + y1) / 2, 0]) for (x0, x1), (y0, y1) in spans])


def weight_map_axes(theme: Theme, box: tuple[tuple[float, float], tuple[float, float]],
                    ticks: tuple[tuple[float, ...], tuple[float, ...]]) -> tuple[Axes, VGroup]:
    """The axes of a map over (theta1, theta2), MAP_WIDTH wide on the stage's lower left:
    ``box`` the weights' view, ``ticks`` the numbered ones, and the axes' names (in the
    readouts' sans face, the subscripts as their own text: see ``sub_name``)."""
    axes = plane_axes(theme, box, MAP_WIDTH)
    for axis, numbered in ((axes.x_axis, ticks[0]), (axes.y_axis, ticks[1])):
        axis.add_numbers(numbered, font_size=SIZES.formula, num_decimal_places=0,
                         excluding=[])
        axis.numbers.set_color(theme.muted)
    names = VGroup(*[sub_name("\u03b8", k, theme) for k in (1, 2)])
    names[0].next_to(axes.x_axis.get_right(), RIGHT, buff=0.12)
    names[1].next_to(axes.y_axis.get_top(), UP, buff=0.12)
    STAGE.inset(0.1).place(VGroup(axes, names), aligned=DOWN + LEFT)
    return axes, names


class LargeLearningRateOvershoots(LectureScene):
    """A learning rate too large: one step overshoots, the wobble grows, and the boundary
    rocks for ever; then a contour map of l over the two weights, beside the normal rate's glide."""

    def construct(self) -> None:
        theme = self.theme
        run = training_lab_run("lr_too_large")
        normal = training_lab_run("overlap")  # the same data and start at the normal rate
        alpha, normal_alpha = run.trajectory.learning_rate, normal.trajectory.learning_rate
        lab = TrainingLab(run, theme, ease=hop, ghost=normal,
                          ghost_label=f"\u03b1 = {normal_alpha:g}",
                          curve_height=LARGE_RATE_CURVE_HEIGHT)
        # One run, one colour everywhere: the chart's curves in the map's colours (the
        # normal rate lavender, as in the overlap's scene, the large rate red), each named
        # in the chart's header, beside
        # the curve's name (in the log-likelihood's colour, as in the other scenes).
        lab.trace.set_stroke(theme.bad)
        lab.head.set_color(theme.bad)
        lab.ghost_curve.set_stroke(theme.loss)
        lab.ghost_label.set_color(theme.loss)
        # Each run's name is its rate, in its colour (the side panel has no room for more).
        rate_name = Text(f"\u03b1 = {alpha:g}", font_size=SIZES.body, color=theme.bad)
        rate_name.next_to(lab.curve_y_label, RIGHT, buff=0.35)
        rate_name.align_to(lab.ghost_label, DOWN)
        lab.ghost_label.next_to(rate_name, RIGHT, buff=0.35).align_to(rate_name, DOWN)
        # The header row is wider than the chart: it starts further left, over the chart's
        # scale numbers, so that it ends inside the side panel.
        header = VGroup(lab.curve_y_label, rate_name, lab.ghost_label)
        header.shift(max(0.0, header.get_right()[0] - (SIDE.right - 0.05)) * LEFT)
        lab.curve_extra.add(rate_name)
        self.rate_name = rate_name
        self.lab = lab
        heading = self.heading("Experiment: too large a step")
        data = run.dataset
        # The top this data set allows: the log-likelihood at its maximum-likelihood fit.
        fit = newton_method(data.X, data.y).thetas[-1]
        best = log_likelihood(fit, data.X, data.y)
        self.best = best
        best_line = DashedLine(lab._curve_point(np.array([0]), np.array([best]))[0],
                               lab._curve_point(np.array([lab.n_steps]), np.array([best]))[0],
                               color=theme.good, stroke_width=2)
        # Above the line: the sawtooth runs below it.
        best_label = Text("best", font_size=SIZES.body, color=theme.good).next_to(
            best_line.get_end(), UP, buff=0.08, aligned_edge=RIGHT)
        # When the wobble shows: the first step after the closest approach to the best at
        # which the log-likelihood has fallen a whole unit below it again.
        gap = best - run.trajectory.log_likelihood
        closest = int(np.argmin(gap[1:])) + 1
        wobble = closest + int(np.argmax(gap[closest:] > 1.0))
        self.wobble = wobble

        # The previous step's boundary, a faint broad trail, so each jump shows where it
        # came from: never taken for the thin h = 0.1 and 0.9 lines, nor for dashes (the
        # first run's band's style).
        ghost = Line(4 * LEFT, 4 * RIGHT, color=theme.boundary,
                     stroke_width=PREVIOUS_WIDTH).set_opacity(0)
        self.previous_line = ghost
        ghost_key = key_entry(
            Line(ORIGIN, 0.45 * RIGHT, color=theme.boundary, stroke_width=PREVIOUS_WIDTH
                 ).set_stroke(opacity=PREVIOUS_OPACITY),
            "previous step", theme)
        self.ghost_key = ghost_key

        def follow_ghost(m: Line) -> None:
            k = lab.index()
            segment = boundary_segment(run.trajectory.thetas[max(k - 1, 0)], *BOX)
            if k == 0 or segment is None:
                m.set_opacity(0)
                return
            m.put_start_and_end_on(*(lab.axes.c2p(*p) for p in segment))
            m.set_stroke(opacity=PREVIOUS_OPACITY)

        # Step: same clouds, big steps
        with self.beat(f"Back to the overlapping clouds, with the learning rate raised from "
                       f"{normal_alpha:g} to {alpha:g}; {{ghost}} the purple curve is the run at "
                       f"{normal_alpha:g}. {{best}} The dashed line is the best log-likelihood "
                       f"these points allow.") as b:
            # No halos here: the words follow the boundary's jumps, not the points' pulls;
            # the previous step is keyed in the halos' place in the legend.
            self.lab_key = show_lab(self, lab, heading, with_halos=False, spare=ghost_key,
                                    with_name=True)
            self.heading_text = heading
            # Lit, not enlarged: the row ends near the plane's right edge.
            self.play(Indicate(lab.panel[4], color=theme.bad, scale_factor=1.0),
                      FadeIn(rate_name), run_time=1.0)
            b.wait_until("ghost")
            lab.show_ghost(self)
            b.wait_until("best")
            self.play(Create(best_line), FadeIn(best_label))
        self.add(ghost)
        self.bring_to_front(lab.dots, lab.boundary, lab.theta_name)

        # Step: the first step
        with self.beat("The very first step overshoots: {leap} the weights leap far past the "
                       "fit, and the shading turns falsely sharp.") as b:
            ghost.add_updater(follow_ghost)
            lab.train(self, 1, run_time=1.0, extra=(ghost,))
            self.play(FadeIn(ghost_key), run_time=0.4)
            b.wait_until("leap")
            self.play(Indicate(lab.panel[3], color=theme.bad), run_time=1.2)

        # Step: the calm, then the wobble
        with self.beat("It comes back, and for a few steps it looks settled. {wobble} But the "
                       "overshoots return and grow into a steady swing: the boundary rocks "
                       "between two lines and the log-likelihood saws below its best.") as b:
            ghost.add_updater(follow_ghost)
            lab.train(self, wobble - 1, run_time=b.time_until("wobble", minimum=2.0),
                      extra=(ghost,))
            ghost.add_updater(follow_ghost)
            lab.train(self, lab.n_steps, run_time=(lab.n_steps - wobble + 1) / 2.0,
                      extra=(ghost,))

        # Step: from above
        contour = likelihood_map(data.X, data.y, fit, MAP_DROPS)
        self.contour = contour
        map_axes, names = weight_map_axes(theme, MAP_BOX, MAP_TICKS)
        map_key = VGroup(
            key_entry(VGroup(Line(ORIGIN, 0.4 * RIGHT, color=theme.loss, stroke_width=3),
                                Dot(0.2 * RIGHT, radius=0.06, color=theme.loss)),
                         f"\u03b1 = {normal_alpha:g}", theme),
            key_entry(VGroup(DashedLine(ORIGIN, 0.5 * RIGHT, color=theme.bad,
                                           stroke_width=3, dash_length=0.1),
                                Square(0.12, color=theme.bad, fill_opacity=1,
                                       stroke_width=0).move_to(0.25 * RIGHT)),
                         f"\u03b1 = {alpha:g}", theme),
            key_entry(Circle(radius=0.13, color=theme.muted, stroke_width=1.5),
                         f"level curves of \u2113,\n{MAP_DROPS[0]:g} to {MAP_DROPS[-1]:g} "
                         "below its top,\nbias held at its best", theme),
        )
        self.contour_key_words = map_key[2][1]
        # The key in the side panel, where the readouts were (they leave with the plane):
        # the map takes the whole stage.
        map_key.arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        SIDE.place(map_key, aligned=UP + LEFT)
        rings = VGroup(*[polyline(map_axes, c[:, 0], c[:, 1], theme.muted, width=1.5)
                         for c in contour.curves])
        # The outermost level curve named by how far below the top it lies, at its lowest
        # point (the map's empty bottom, clear of every path); the innermost is named on the
        # close view.
        ring_names = VGroup(level_name(map_axes, contour, -1, "bottom", theme))
        self.ring_names = ring_names
        # The peak on top of everything, ringed in the background colour so that no path
        # drawn across it can hide it.
        peak = VGroup(Dot(map_axes.c2p(*contour.peak), radius=0.15, color=theme.background),
                      Dot(map_axes.c2p(*contour.peak), radius=0.1, color=theme.good))
        paths = VGroup()
        # Told apart by more than hue (both reds and yellows turn olive for many viewers):
        # the normal rate light, solid, round stops; the large rate dark red, dashed, square
        # stops.
        w = normal.trajectory.thetas[:, 1:]
        stops = VGroup(*[Dot(map_axes.c2p(*p), radius=0.045, color=theme.loss)
                         for p in w[::max(1, len(w) // 30)]])
        paths.add(VGroup(polyline(map_axes, w[:, 0], w[:, 1], theme.loss, width=3), stops))
        w = run.trajectory.thetas[:, 1:]
        zigzag = polyline(map_axes, w[:, 0], w[:, 1], theme.bad, width=2.5)
        self.drawn_paths = (paths[0][0], zigzag)  # the dashed one's undashed course
        # The large rate in two parts, each drawn on its words: the leap and the calm that
        # follows it (up to the step where the wobble shows), then the bounce.
        for part in (w[:wobble + 1], w[wobble:]):
            stops = VGroup(*[Square(0.09, color=theme.bad, fill_opacity=1,
                                    stroke_width=0).move_to(map_axes.c2p(*p))
                             for p in part[1:]])
            course = polyline(map_axes, part[:, 0], part[:, 1], theme.bad, width=2.5)
            dashes = max(8, int(160 * len(part) / len(w)))
            paths.add(VGroup(DashedVMobject(course, num_dashes=dashes, dashed_ratio=0.6),
                             stops))
        self.leap_steps = wobble
        self.paths, self.map_axes, self.rings = paths, map_axes, rings
        plane = (lab.field, lab.axes, lab.dots, lab.boundary, lab.theta_name, lab.band, ghost)
        # The large rate's last steps, hopped by a marker: the cycle it never leaves.
        last = run.trajectory.thetas[-(CYCLE_HOPS + 1):, 1:]
        self.cycle = last
        hopper = Square(0.2, color=theme.bad, fill_opacity=1, stroke_width=2.5,
                        stroke_color=theme.text).move_to(map_axes.c2p(*last[0]))
        # The plane gives way to the map before the words that name it, so the map has
        # settled when it is named. The readouts go with the plane: they are
        # the large rate's alone, and the map draws both rates.
        self.play(*[FadeOut(m) for m in plane], FadeOut(self.lab_key), FadeOut(ghost_key),
                  FadeOut(lab.panel), run_time=0.6)
        self.play(Create(map_axes), FadeIn(names), Create(rings), FadeIn(peak),
                  FadeIn(map_key[2]), FadeIn(ring_names), run_time=0.8)
        self.add_foreground_mobjects(peak)  # no path drawn across it hides it
        with self.beat("Now map the log-likelihood over the two weights, the bias held at "
                       "its best value: level curves round its peak. {normal} At the normal "
                       "rate the steps glide up to the peak; {large} at the large rate they "
                       "leap past it, {zigzag} and then bounce back and forth beside it, for "
                       "ever, never landing on it.") as b:
            b.wait_until("normal")
            self.play(Create(paths[0][0]), FadeIn(paths[0][1], lag_ratio=0.1),
                      FadeIn(map_key[0]), run_time=2.0)
            b.wait_until("large")
            self.play(Create(paths[1][0]), FadeIn(paths[1][1], lag_ratio=0.3),
                      FadeIn(map_key[1]), run_time=min(3.0, b.time_until("zigzag", 1.5)),
                      rate_func=linear)
            b.wait_until("zigzag")
            self.play(Create(paths[2][0]), FadeIn(paths[2][1], lag_ratio=0.3),
                      run_time=2.0, rate_func=linear)
            self.play(FadeIn(hopper, scale=0.5), run_time=0.3)
            # The bounce is about a unit across, too small to read on the map: a close-up
            # of it takes the side panel's chart's place, its marker hopping with the map's.
            chart = VGroup(lab.curve(), lab.trace, lab.head, best_line, best_label)
            close = self.bounce_close_up(map_axes, last, contour.peak, map_key)
            self.bounce_zoom = close
            close_hopper = close[-1]
            # Beside the course, a double arrow says back and forth (the marker hops it).
            bounce_arrow = self.bounce_arrow(last, contour.peak)
            self.play(FadeOut(chart), Create(close[0]), FadeIn(close[1:-1]),
                      FadeIn(close_hopper, scale=0.5), GrowFromCenter(bounce_arrow),
                      run_time=0.8)
            for point in last[1:]:
                self.play(hopper.animate.move_to(map_axes.c2p(*point)),
                          close_hopper.animate.move_to(self.close_axes.c2p(*point)),
                          run_time=HOP_TIME)
            # "For ever": the marker keeps hopping between the cycle's two ends to the
            # sentence's end (there and back each time: it ends on the last step).
            ends = (last[-2], last[-1])
            while b.time_until("end", minimum=0.0) >= 2 * HOP_TIME:
                for point in ends:
                    self.play(hopper.animate.move_to(map_axes.c2p(*point)),
                              close_hopper.animate.move_to(self.close_axes.c2p(*point)),
                              run_time=HOP_TIME)

        # Step: the fix
        # Newton's method from the same start: each step sized by the curvature (core's
        # iterates), homing in on the peak in a few steps.
        newton_path = newton_method(data.X, data.y, theta0=run.trajectory.thetas[0]).thetas
        self.newton_path = newton_path
        # The cure is about the few units round the peak: the map zooms in on them, so the
        # glide, the bounce and Newton's jumps are each drawn large.
        near = self.zoomed_map(map_axes, contour, normal.trajectory.thetas[:, 1:], last)
        self.zoom_map = near
        zaxes = self.zoom_map_axes
        w = newton_path[:, 1:]
        # Each jump a straight segment (a step is a straight move in the weights), each
        # landing numbered; the landings that would touch the peak's dot are left to it (the
        # last jumps end under it).
        hops = VGroup(*[Line(zaxes.c2p(*a), zaxes.c2p(*b), color=theme.text, stroke_width=4)
                        for a, b in zip(w[:-1], w[1:], strict=True)])
        peak_at = zaxes.c2p(*contour.peak)
        landings = [k for k in range(len(w)) if np.linalg.norm(zaxes.c2p(*w[k]) - peak_at)
                    > NEWTON_CLEAR]
        self.newton_landings = landings
        marks = VGroup()
        for k in landings:
            mark = diamond(theme).move_to(zaxes.c2p(*w[k]))
            if k > 0:  # the start is the other paths' start: not numbered
                number = Text(str(k), font_size=SIZES.body, color=theme.text)
                # Right of the mark when it lands right of the peak (beyond the other
                # paths), else above it, between the glide and the peak's name (below it
                # runs Newton's first jump): each number by its own mark, none by the
                # peak's. Boxed, so a step's number is never read as an axis tick label.
                side = RIGHT if w[k, 0] > contour.peak[0] else UP
                # Above a mark, well clear of the glide it sits on.
                number.next_to(mark, side, buff=0.14 if side is RIGHT else 0.2)
                tag = Rectangle(width=number.width + 0.14, height=number.height + 0.12,
                                color=theme.text, stroke_width=1.5).set_fill(
                    theme.background, 1.0).move_to(number)
                # The box opaque over any path running behind it, its number above it.
                number.set_z_index(1)
                mark = VGroup(mark, number, tag)
            marks.add(mark)
        newton = VGroup(hops, marks)
        # Where it lands: the first iterate on the peak (core's), ringed round the peak's dot
        # by a large open diamond, numbered with its step.
        landed = next(k for k in range(len(w))
                      if np.linalg.norm(w[k] - np.asarray(contour.peak)) < NEWTON_LANDED)
        self.newton_landed = landed
        ring = Square(NEWTON_RING, color=theme.text, stroke_width=3).rotate(PI / 4)
        ring.move_to(peak_at)
        ring_number = Text(str(landed), font_size=SIZES.body, color=theme.text)
        # Beyond the ring's upper right edge: the numbers of the steps that close in are
        # above their marks on its left, Newton's jumps run level with the peak, the large
        # rate's faint bounce behind it.
        ring_number.move_to(peak_at + 0.36 * (UP + RIGHT))
        # A wide dark outline: the large rate's faint bounce runs behind it.
        ring_number.set_stroke(theme.background, width=9, background=True)
        self.newton_ring = VGroup(ring, ring_number)
        newton_key = key_entry(VGroup(Line(ORIGIN, 0.4 * RIGHT, color=theme.text,
                                           stroke_width=4),
                                      diamond(theme).move_to(0.2 * RIGHT)),
                               "Newton's method,\nchapter 8", theme)
        newton_key.next_to(map_key, DOWN, buff=0.35, aligned_edge=LEFT)
        self.newton_note = newton_key
        # Each landing's weights, core's iterates, in a table under the key, row by row with
        # the jumps, and the peak's own below them: the path drawn is the real one (its
        # theta2 barely moves from the first jump on).
        table = newton_table(w, landed, np.asarray(contour.peak), theme)
        table.next_to(newton_key, DOWN, buff=0.3).align_to(newton_key, LEFT)
        self.newton_table = table
        self.newton_drawn = newton
        # The zoom: the whole map grows about the point that carries the zoomed region onto
        # the stage, while the close-up in the side panel leaves and the zoomed map (drawn
        # at the same growth) takes over.
        (bx0, bx1), (by0, by1) = ZOOM_MAP_BOX
        lo, hi = map_axes.c2p(bx0, by0), map_axes.c2p(bx1, by1)
        new_lo = zaxes.c2p(bx0, by0)
        k = (zaxes.c2p(bx1, by0) - new_lo)[0] / (hi - lo)[0]
        centre = (new_lo - k * lo) / (1 - k)
        self.zoom_factor = k
        old = VGroup(map_axes, names, rings, ring_names, peak, paths, hopper)
        self.remove_foreground_mobjects(peak)
        leaving = old.copy()  # the map's own parts keep their place (the tests read them)
        self.remove(*old.get_family())
        self.add(leaving)
        # The glide too: it grows with the map, and is pointed at on its words.
        arriving = VGroup(*near)
        arriving.save_state()
        arriving.scale(1 / k, about_point=centre).set_opacity(0)
        # The growing map is seen through the stage alone: the frame round it is masked in
        # the background colour (under the title, the key and the leaving close-up), so
        # nothing of the map sweeps over them.
        masks = stage_masks(theme)
        self.zoom_masks = masks
        self.add(masks)
        self.bring_to_front(heading, map_key, *close[:-1], close_hopper, self.close_arrow)
        # Between the two beats: the zoom has settled when the cure is named.
        self.play(leaving.animate.scale(k, about_point=centre).set_opacity(0),
                  Restore(arriving), FadeOut(close_hopper), FadeOut(self.close_arrow),
                  *[FadeOut(part) for part in close[:-1]],
                  # (opaque to the end: gone with the map they cut)
                  FadeOut(masks, rate_func=lambda t: float(t >= 1.0)), run_time=1.0)
        self.remove(leaving)
        self.add_foreground_mobjects(near[2])  # the peak, never hidden by a path
        with self.beat("The cure is {small} a smaller step, or a method that measures the "
                       "curvature and picks the step for you, like {newton} Newton's method "
                       "in chapter eight: {overshoot} it jumps past the peak, {closes} comes "
                       "back past it by less, closes in, and "
                       f"{{lands}} lands on the peak by step {landed}.") as b:
            b.wait_until("small")
            glide = near[3]
            self.play(Indicate(glide, color=theme.highlight, scale_factor=1.0),
                      Indicate(map_key[0], color=theme.highlight), run_time=1.5)
            # Named first: its key and its start (the other paths' start), nothing of its
            # path yet.
            b.wait_until("newton")
            # The large rate's faint bounce steps back further: Newton lands beside it.
            # The glide too: Newton's jumps run along its last steps.
            self.play(FadeIn(newton_key), FadeIn(newton[1][0]), FadeIn(table[0]),
                      near[4].animate.set_opacity(BOUNCE_DIM),
                      # (the glide's line by its stroke: an open path given fill
                      # opacity would be filled into a wedge)
                      near[3][0].animate.set_stroke(opacity=GLIDE_DIM),
                      near[3][1].animate.set_opacity(GLIDE_DIM), run_time=0.5)
            self.play(Indicate(newton_key, color=theme.highlight), run_time=1.0)
            # Then jump by jump on the words: the overshooting first step, the steps that
            # close in, and the last jumps (under the peak's dot) with the landing's ring.
            shown = dict(zip(self.newton_landings, newton[1], strict=True))
            last = max(self.newton_landings)
            b.wait_until("overshoot")
            self.play(Create(newton[0][0]), FadeIn(shown[1], scale=1.5), FadeIn(table[1]),
                      run_time=b.time_until("closes", minimum=0.6))
            for k in range(2, last + 1):
                self.play(Create(newton[0][k - 1]), FadeIn(shown[k], scale=1.5),
                          FadeIn(table[k]),
                          run_time=max(0.4, b.time_until("lands", minimum=0.4)
                                       / (last + 1 - k)))
            b.wait_until("lands")
            self.play(Create(VGroup(*newton[0][last:])), FadeIn(table[last + 1:]),
                      run_time=0.5)
            self.play(FadeIn(self.newton_ring, scale=1.5), run_time=0.5)
            self.play(Indicate(self.newton_ring, color=theme.highlight, scale_factor=1.2),
                      run_time=1.0)

    def zoomed_map(self, map_axes: Axes, contour: object, glide: np.ndarray,
                   cycle: np.ndarray) -> VGroup:
        """The map over ZOOM_MAP_BOX, at the big map's place and size: its axes (numbered,
        named), core's level curves cut to the box, the peak, the normal rate's glide (not
        yet drawn) and the large rate's last steps, faint, beside the peak.

        Parts: the axes and names, the level curves, the peak, the glide, the bounce."""
        theme = self.theme
        zaxes, names = weight_map_axes(theme, ZOOM_MAP_BOX, ZOOM_MAP_TICKS)
        self.zoom_map_axes = zaxes
        rings = VGroup(*[polyline(zaxes, piece[:, 0], piece[:, 1], theme.muted, width=1.5)
                         for c in contour.curves for piece in clip_to_box(c, ZOOM_MAP_BOX)
                         if np.sum(np.linalg.norm(np.diff(piece, axis=0), axis=1))
                         >= ZOOM_RING_MIN])
        self.zoom_rings = rings
        peak = VGroup(Dot(zaxes.c2p(*contour.peak), radius=0.17, color=theme.background),
                      Dot(zaxes.c2p(*contour.peak), radius=0.12, color=theme.good))
        # Named just above it, a little to the left: the glide comes in from the left (its
        # Newton landing numbered further left), the bounce runs up on its right, Newton's
        # first jump passes below it.
        name = Text("peak", font_size=SIZES.body, color=theme.good)
        # Up and left, clear of the ring round Newton's landing and of its number (right
        # above the ring), a little higher than the number: the two never read as one label.
        name.next_to(peak, UP, buff=0.55)
        name.shift((peak.get_center()[0] - NEWTON_RING / np.sqrt(2) - 0.05
                    - name.get_right()[0]) * RIGHT)
        name.set_stroke(theme.background, width=5, background=True)
        peak.add(name)
        stops = VGroup(*[Dot(zaxes.c2p(*p), radius=0.06, color=theme.loss)
                         for p in glide[::max(1, len(glide) // 30)]])
        glide_path = VGroup(polyline(zaxes, glide[:, 0], glide[:, 1], theme.loss, width=5),
                            stops)
        course = polyline(zaxes, cycle[:, 0], cycle[:, 1], theme.bad, width=2.5)
        bounce = VGroup(DashedVMobject(course, num_dashes=10 * len(cycle), dashed_ratio=0.6),
                        VGroup(*[Square(0.12, color=theme.bad, fill_opacity=1, stroke_width=0
                                        ).move_to(zaxes.c2p(*p)) for p in cycle]))
        bounce.set_opacity(0.35)
        self.zoom_bounce = bounce
        # The innermost level curve named at its top (above the peak, clear of its name on
        # the left and of the bounce on the right).
        inner = level_name(zaxes, contour, 0, "top", theme)
        self.zoom_ring_name = inner
        return VGroup(VGroup(zaxes, names), rings, peak, glide_path, bounce, inner)

    def bounce_arrow(self, cycle: np.ndarray, peak: np.ndarray) -> DoubleArrow:
        """A double arrow in the close-up beside the cycle's last two steps, on the side
        away from the peak: the marker goes back and forth between them."""
        inset = self.close_axes
        a, b = inset.c2p(*cycle[-2]), inset.c2p(*cycle[-1])
        along = (b - a) / np.linalg.norm(b - a)
        normal = np.array([-along[1], along[0], 0.0])
        if normal @ ((a + b) / 2 - inset.c2p(*peak)) < 0:
            normal = -normal
        arrow = DoubleArrow(a + 0.15 * along, b - 0.15 * along, buff=0, color=self.theme.bad,
                            stroke_width=4, tip_length=0.18)
        arrow.shift(BOUNCE_ARROW_GAP * normal)
        self.close_arrow = arrow
        return arrow

    def bounce_close_up(self, map_axes: Axes, cycle: np.ndarray, peak: np.ndarray,
                        above: VMobject) -> VGroup:
        """The large rate's last steps and the peak, magnified: a window round them on the
        map, a leader to an inset in the side panel under ``above`` (the map's key), and in
        the inset the steps' dashed course and their square stops, the peak (named) and a
        marker.

        Parts: the window and leader, the frame, the peak, the course, the stops, the
        marker."""
        theme = self.theme
        spots = np.vstack([cycle, peak])
        centre = (spots.min(axis=0) + spots.max(axis=0)) / 2
        half = float((spots.max(axis=0) - spots.min(axis=0)).max()) / 2 + BOUNCE_ROOM
        zbox = tuple((c - half, c + half) for c in centre)
        side = min(SIDE.width - 0.2, above.get_bottom()[1] - 0.35 - SIDE.bottom)
        inset = plane_axes(theme, zbox, side, ticks=False)
        inset.move_to([SIDE.left + side / 2 + 0.1, SIDE.bottom + side / 2, 0])
        self.close_axes, self.close_box = inset, zbox
        frame = Square(side, color=theme.muted, stroke_width=2.5).set_fill(
            theme.background, 1.0).move_to(inset)
        lo, hi = map_axes.c2p(centre[0] - half, centre[1] - half), map_axes.c2p(
            centre[0] + half, centre[1] + half)
        window = Rectangle(width=hi[0] - lo[0], height=hi[1] - lo[1], color=theme.muted,
                           stroke_width=2.5).move_to((lo + hi) / 2)
        # From the bottom corners: the large rate's leap runs up and right of the window.
        leader = Line(window.get_corner(DOWN + RIGHT), frame.get_corner(DOWN + LEFT),
                      color=theme.muted, stroke_width=2)
        dot = VGroup(Dot(inset.c2p(*peak), radius=0.2, color=theme.background),
                     Dot(inset.c2p(*peak), radius=0.14, color=theme.good))
        # Named, on the side away from the steps (they run right of it).
        dot.add(Text("peak", font_size=SIZES.body, color=theme.good).next_to(dot, LEFT,
                                                                               buff=0.12))
        course = polyline(inset, cycle[:, 0], cycle[:, 1], theme.bad, width=3)
        course = DashedVMobject(course, num_dashes=12 * len(cycle), dashed_ratio=0.6)
        stops = VGroup(*[Square(0.14, color=theme.bad, fill_opacity=1, stroke_width=0
                                ).move_to(inset.c2p(*p)) for p in cycle])
        marker = Square(0.26, color=theme.bad, fill_opacity=1, stroke_width=2.5,
                        stroke_color=theme.text).move_to(inset.c2p(*cycle[0]))
        return VGroup(VGroup(window, leader), frame, course, stops, dot, marker)


#: The quiz's point: an orange point (y = 1) on the wrong side of the trained line.
QUIZ_LABEL, QUIZ_H = 1, 0.3
QUIZ_PULL = QUIZ_LABEL - QUIZ_H

#: The picture beside the quiz: a line (chosen weights), the orange point where h = QUIZ_H a
#: little along it, and the one update the answer implies, at QUIZ_RATE (core's step: the
#: spoken reason gives its new h and pull, which the point's label then shows).
QUIZ_THETA = (0.0, 1.0, 0.6)
QUIZ_ALONG = 0.8
QUIZ_RATE = 0.5
QUIZ_X = point_at_probability(QUIZ_THETA, QUIZ_H, QUIZ_ALONG)
QUIZ_STEP = sgd_step(QUIZ_THETA, np.r_[1.0, QUIZ_X], QUIZ_LABEL, QUIZ_RATE)
QUIZ_BOX = ((-2.5, 2.5), (-2.5, 2.5))
QUIZ_PLANE_WIDTH = 5.0
#: The quiz's picture takes this share of the body's width (the card the rest): the update's
#: turn of the line and the point's new shade are the answer's picture, so it is large.
QUIZ_PICTURE_SHARE = 0.42
#: The quiz's one halo, drawn larger than the lab's (its point stands alone): radius and fill
#: still in proportion to |y - h|, so it visibly shrinks as the update lowers the pull.
QUIZ_HALO_GROWTH = 0.6
#: The old halo's rim left behind by the update (thin, faint: a trace, like the old line).
QUIZ_RIM_WIDTH = 1.5
QUIZ_RIM_OPACITY = 0.45
QUIZ_HALO_OPACITY = 0.3
#: The gap between the point's label and the start of its pointer (scene units).
QUIZ_POINTER_GAP = 0.14

def sans_maths(maths: str) -> str:
    """TeX maths set in the sans face (``\\mathsf``): the quiz writes y, h and y - h as the
    lab's legends and readouts do, not in serif italic."""
    return rf"\mathsf{{{maths}}}"


QUIZ = Quiz(
    question=f"During training, an orange point (${sans_maths(f'y = {QUIZ_LABEL}')}$) sits on "
             f"the wrong side of the line, with ${sans_maths(f'h = {QUIZ_H:g}')}$. What is its "
             f"pull ${sans_maths('y - h')}$ on the boundary?",
    spoken_question=f"During training, an orange point, y equals {QUIZ_LABEL}, sits on the "
                    f"wrong side of the line, with h equal to {QUIZ_H:g}. What is its pull, y "
                    "minus h, on the boundary?",
    choices=(
        f"${sans_maths(f'{QUIZ_H:g}')}$: the pull is the model's ${sans_maths('h')}$",
        f"${sans_maths('0')}$: once trained, every point is silent",
        f"${sans_maths(f'{QUIZ_PULL:g}')}$: a strong tug to raise its ${sans_maths('h')}$",
        f"${sans_maths(f'-{QUIZ_PULL:g}')}$: it pushes the line away",
    ),
    correct=2,
    reason=f"${sans_maths(f'y - h = {QUIZ_LABEL} - {QUIZ_H:g} = {QUIZ_PULL:g}')}$: large and "
           "positive, so an update on this point alone raises its score.",
    spoken_reason=f"y minus h is {QUIZ_LABEL} minus {QUIZ_H:g}, which is {QUIZ_PULL:g}: large "
                  "and positive, so the update raises this point's score. One update on this "
                  f"point alone, at a learning rate of {QUIZ_RATE:g}, lifts its h from "
                  f"{QUIZ_H:g} to {QUIZ_STEP.h_after:.2f}, and "
                  f"its pull falls to {QUIZ_LABEL - QUIZ_STEP.h_after:.2f}.",
    applied=True,
)


def first_half(t: float) -> float:
    """Smooth over the first half of an animation, then done."""
    return smooth(min(1.0, 2.0 * t))


def second_half(t: float) -> float:
    """Still over the first half of an animation, then smooth over the second."""
    return smooth(max(0.0, 2.0 * t - 1.0))


def quiz_halo_radius(pull: float) -> float:
    """Scene radius of the quiz point's halo: the lab's code, at the quiz's larger growth."""
    return DOT_RADIUS + QUIZ_HALO_GROWTH * abs(float(pull))


class TrainingLabCheck(QuizScene):
    """Check your understanding: the pull of a point on the wrong side during training; on the
    answer, one update on that point alone moves the line toward it."""

    quiz = QUIZ
    picture_share = QUIZ_PICTURE_SHARE

    def quiz_picture(self) -> Group:
        theme = self.theme
        x = QUIZ_X
        self.update_step = QUIZ_STEP
        self.moved = ValueTracker(0.0)
        before, after = self.update_step.theta_before, self.update_step.theta_after

        def theta() -> np.ndarray:
            t = self.moved.get_value()
            return (1 - t) * before + t * after

        axes = plane_axes(theme, QUIZ_BOX, QUIZ_PLANE_WIDTH)
        self.quiz_axes = axes
        # The lab's own shading (one encoding of h in the chapter): h = 0.3 is the dim blue
        # of the transition, between full blue and the middle shade of h = 0.5.
        field = ProbabilityField(axes, theta, theme)
        boundary = BoundaryLine(axes, theta, theme, with_normal=False)
        centre = axes.c2p(*x)
        pull = QUIZ_LABEL - self.update_step.h_before
        halo = Circle(radius=quiz_halo_radius(pull), stroke_width=3,
                      color=pull_colour(theme)).set_fill(
            pull_colour(theme), QUIZ_HALO_OPACITY * abs(pull)).move_to(centre)
        dot = Dot(centre, radius=1.6 * DOT_RADIUS, color=theme.class1)
        label = MathTex(sans_maths(rf"y = {QUIZ_LABEL},\ h = {self.update_step.h_before:.1f}"),
                        font_size=SIZES.formula, color=theme.text)
        label.next_to(axes, UP, buff=0.2)
        self.quiz_label = label
        # Starting well under the label: the new label's descenders (y - h) sit lower.
        pointer = Arrow(label.get_bottom() + QUIZ_POINTER_GAP * DOWN,
                        centre + (quiz_halo_radius(pull) + 0.04) * UP,
                        buff=0, color=theme.text,
                        stroke_width=2.5, max_tip_length_to_length_ratio=0.2,
                        tip_length=0.16)
        self.quiz_boundary, self.quiz_field = boundary, field
        for mob in (field, boundary):  # still until the update moves them
            mob.clear_updaters()
        self.quiz_point = VGroup(halo, dot)
        return Group(field, axes, boundary, halo, dot, pointer, label)

    def quiz_reveal(self) -> None:
        theme = self.theme
        step = self.update_step
        # The halo keeps the chapter's code, radius and fill by |y - h|: it shrinks with the
        # pull as the line moves.
        halo = self.quiz_point[0]
        pull_after = QUIZ_LABEL - step.h_after
        smaller = Circle(radius=quiz_halo_radius(pull_after), stroke_width=3,
                         color=pull_colour(theme)).set_fill(
            pull_colour(theme), QUIZ_HALO_OPACITY * abs(pull_after)).move_to(halo.get_center())
        self.halo_after = smaller
        # The point's label gains its new h and pull (the halo's new size in numbers), each
        # on its own words: the new h on "lifts its h ...", the new pull on "falls to".
        # The comma comes with the second part: never a trailing one while it is alone.
        after = MathTex(sans_maths(rf"h = {step.h_after:.2f}"),
                        sans_maths(rf",\ y - h = {QUIZ_LABEL - step.h_after:.2f}"),
                        font_size=SIZES.formula, color=theme.good)
        self.pull_note = after
        after.move_to(self.quiz_label).align_to(self.quiz_label, DOWN)
        # Where the line was before the update: left as the lab's previous step is, a faint
        # broad trail, so the turn toward the point is seen, not only its end (dashes are
        # the first run's band's alone).
        old_line = Line(self.quiz_boundary.line.get_start(), self.quiz_boundary.line.get_end(),
                        color=theme.boundary, stroke_width=PREVIOUS_WIDTH).set_stroke(
            opacity=PREVIOUS_OPACITY)
        self.old_line = old_line
        self.bring_to_front(self.quiz_boundary, self.quiz_point)
        # The update moves the line on its words ("lifts its h from 0.3 to 0.48"), not while
        # y - h is still being worked out.
        self.until_reason_word("lifts")
        self.add(old_line)
        self.bring_to_front(self.quiz_boundary, self.quiz_point)
        for mob in (self.quiz_field, self.quiz_boundary):
            mob.add_updater(lambda m: m.refresh())
        # The label changes with the move: the old numbers leave in its first half, the new
        # h comes in its second, never both at once (a morph between two labels reads as a
        # jumble mid-way).
        self.play(self.moved.animate.set_value(1.0),
                  FadeOut(self.quiz_label, rate_func=first_half),
                  FadeIn(after[0], rate_func=second_half), run_time=1.6)
        for mob in (self.quiz_field, self.quiz_boundary):
            mob.update(0)
            mob.clear_updaters()
        # The pull falls on its words: the halo shrinks and the new pull is printed.
        self.until_reason_word("falls")
        # The old halo's rim stays behind, thin and faint, as the line's old place does: the
        # halo is seen shrinking inside it, not only ending smaller.
        rim = halo.copy().set_fill(opacity=0).set_stroke(width=QUIZ_RIM_WIDTH,
                                                          opacity=QUIZ_RIM_OPACITY)
        self.halo_before = rim
        self.add(rim)
        self.bring_to_front(self.quiz_point)
        self.play(Transform(halo, smaller), FadeIn(after[1]), run_time=1.5)

SCENES_IN_ORDER = [
    GradientAscentSwingsTheBoundary,
    OverlapSettlesOnACompromise,
    SeparatedCloudsNeverSettle,
    LargeLearningRateOvershoots,
    TrainingLabCheck,
]
