"""Chapter 2: from scores to a decision boundary. A straight cut through the plane, a smooth
probability field around it, the log-odds reading, and what a straight cut cannot do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from manim import (
    DEGREES,
    DOWN,
    DR,
    LEFT,
    ORIGIN,
    OUT,
    RIGHT,
    UP,
    Axes,
    Circle,
    Create,
    DashedLine,
    DecimalNumber,
    Dot,
    FadeIn,
    FadeOut,
    Group,
    ImageMobject,
    ImplicitFunction,
    Indicate,
    Line,
    MathTex,
    Polygon,
    Rectangle,
    ReplacementTransform,
    Succession,
    Surface,
    SurroundingRectangle,
    Text,
    ThreeDAxes,
    ThreeDScene,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    smooth,
)
from manim.constants import RESAMPLING_ALGORITHMS
from manim.utils.space_ops import rotation_about_z, rotation_matrix

from core import (
    accuracy,
    boundary_point,
    boundary_segment,
    feature_comparison,
    load_dataset,
    log_likelihood,
    log_odds,
    newton_method,
    odds,
    predict,
    predict_proba,
    scores,
    sigmoid,
)
from core.pathologies import level_curve, lifted_cut, quadratic_score
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, FORMULA_STRIP, GUTTER, SIDE, STAGE, Region
from scenes.common.pieces import (
    BoundaryLine,
    Derivation,
    ProbabilityField,
    QuadraticField,
    ReadoutPanel,
    SansNumber,
    baseline_offset,
    readout_on_baselines,
    rebuilt_when_changed,
    sit_on_baseline,
)
from scenes.common.plots import (
    function_axes,
    plane_axes,
    point_cloud,
    polyline,
)
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.spoken import count_word, said
from scenes.common.theme import SIZES, Theme

BOX = ((-4.0, 4.0), (-3.0, 3.0))
#: Half the height axis of the 3-D picture, in score units: the plane's highest corner
#: (|theta0| + 1.2 * 4 + 1.2 * 3 = 8.4 at the starting weights) fits.
SCORE_SPAN = 9.0
#: Probability minus one half, times this, is the sheet's height in score units: h = 0 and
#: h = 1 sit at -7 and 7, about as high as the plane's corners.
SHEET_STRETCH = 14.0
#: Where the camera looks from in the 3-D picture (polar angle and azimuth, radians), and how
#: far short of that azimuth it tilts first (it turns the rest slowly as the points rise, so
#: that the tilt reads as depth).
VIEW_PHI, VIEW_THETA = 62 * DEGREES, -55 * DEGREES
VIEW_ORBIT = 15 * DEGREES
#: The straight cut's rightly named points, faded back so that its mistakes stand out.
RIGHT_POINTS_OPACITY = 0.25
#: The trial line's turn at the bullseye's opening (angles of its direction, radians).
TRIAL_ANGLES = (0.15, 0.15 + np.pi)
#: The rings reach about 3.2 from the centre: a square box that holds them all.
RINGS_BOX = ((-3.6, 3.6), (-3.6, 3.6))
#: The bullseye lifted in 3-D, each point to x1^2 + x2^2 (the ring's reach about 11.4): the
#: height's range and the ruler's numbers, scene units per unit of height, the tilted
#: camera (polar angle, azimuth; degrees) and its slow turn while the classes are named.
LIFT_RANGE = (0.0, 12.0, 2.0)
LIFT_NUMBERS = (0, 4, 8, 12)
LIFT_SCALE = 0.24
LIFT_VIEW = (70.0, -76.0)
#: How far down the screen the lifted picture moves while the camera is tilted (the tilt
#: turns about the frame's centre, which would carry the ring's top into the heading) ...
LIFT_DROP = 1.1
#: ... and right (the camera's turn carries the floor's left corner, and the height's ruler
#: there, towards the frame's left edge).
LIFT_RIGHT = 0.3
#: The tilted floor's fill, the bowl's and the level sheet's: faint, the points carry it.
LIFT_FLOOR_OPACITY, BOWL_OPACITY, LEVEL_SHEET_OPACITY = 0.08, 0.12, 0.18
#: The keys beside the flat cut's circle's equation and the fitted ring's: a stroke this long,
#: this far left of its equation.
CURVE_KEY_LENGTH, CURVE_KEY_GAP = 0.45, 0.15
#: The ring's points over the cut, dimmed while the points under it are named.
OVER_DIMMED = 0.3
#: The course's starting knobs: theta = (0, 1.2, 1.2).
START = np.array([0.0, 1.2, 1.2])
#: The clouds overlap, so plain maximum likelihood has finite weights: no penalty.
FIT_L2 = 0.0
#: The fit's knobs move for at least this long (seconds): slow enough to watch ell climb.
FIT_RUN_TIME = 6.0
#: How far up the starting line (from its lower end) its equation is written.
LINE_NAME_AT = 0.2
#: The line's name "decision boundary": its upper left corner (data units), in the empty
#: corner of the class-0 side, left of the line's upper part.
BOUNDARY_NAME_AT = (-3.9, 1.5)
#: The ring round each point the fitted line still gets wrong (scene units).
WRONG_RING_RADIUS = 0.2
#: The normal arrow's length on screen, in data units: its direction alone comes from theta,
#: so it stays readable (and points at class 1) however short the weights are.
ARROW_LENGTH = 1.3
#: The score surface's grid (low: a plane needs no more, and it keeps the 3-D render lean);
#: the bent sheet's, finer, so that its S reads smooth rather than faceted.
SURFACE_RESOLUTION = (12, 9)
SHEET_RESOLUTION = (32, 24)
#: The sigmoid's little graph beside the 3-D picture: z over this range, this big.
SIGMOID_Z = (-6.0, 6.0)
SIGMOID_SIZE = (3.2, 1.5)
#: The gap between the sigmoid's graph and what stands above and below it in the side panel.
INSET_GAP = 0.45
#: How far either side of the boundary the marker walks over the sheet (data units along
#: (theta1, theta2)): at the starting weights the score there is 1.7 * 2.6 = 4.4 (h = 0.99),
#: on the sheet's plateaus and well inside the sigmoid graph's z range (at its ends the
#: graph's marker stood on the axis' end, as if pinned there).
WALK_REACH = 2.6
#: The level lines drawn beside the boundary (h = 0.1 and 0.9), and how long the weights grow
#: for the knife edge (the lines close in to log(9) / 15, about 0.15, either side of it).
LEVELS = (0.1, 0.9)
KNIFE_LENGTH = 15.0
#: The gentle fade: the weights' length where the h = 0.1 and 0.9 lines stand log(9) / 0.57,
#: about 3.9, either side of the boundary (still inside the box's corners).
SHORT_LENGTH = 0.57
#: Where on the line the arrow stands: its point nearest this spot (data units), in the
#: class-1 side's empty lower right, so that the arrow stays off the orange points (and its
#: foot off the blue point at the origin), never nearer a line's end than this share of it.
ARROW_ANCHOR = (1.2, -1.8)
ARROW_FOOT_MARGIN = 0.15
#: The side of the right-angle mark at the arrow's foot, on screen.
RIGHT_ANGLE_SIZE = 0.26
#: The shading key's bar, beside its name "h(x)" on one line in the side panel.
SHADING_KEY_WIDTH = 2.4
#: The dark rim round each point, thick enough to part an amber point from amber shading.
DOT_RIM = 3.0
#: The drawing layers (z-index) of the flat picture's points and of the boundary's arrow:
#: the line (and everything else) stays at 0, under the points.
POINTS_LAYER, ARROW_LAYER = 1, 2
#: The data points' radius in the flat pictures (and their legend's): large enough that a
#: point reads on shading of its own class' colour.
POINT_RADIUS = 0.11
#: The probability field's opacity in this chapter's flat pictures: fainter than the theme's,
#: so a point stands out from shading of its own class' colour (an orange point on amber).
FIELD_OPACITY = 0.6
#: The floor (height zero) in the 3-D picture: faint (drawn over the sheets' parts below it,
#: under their parts above it), and lit while it is spoken of.
FLOOR_OPACITY, FLOOR_LIT_OPACITY = 0.08, 0.2
#: The lifted points' stalks to the floor (every point has one, in its class' colour), and
#: the opacity of the points under the floor and of their stalks (seen through it).
STALK_OPACITY, UNDER_FLOOR_OPACITY = 0.7, 0.45
#: The points nearer the boundary than this (data units) are drawn over it in 3-D.
ON_LINE = 0.25
#: The lifted sheets' opacity below the floor (negative score) and above it.
SHEET_BELOW_OPACITY, SHEET_ABOVE_OPACITY = 0.3, 0.8


#: The log-odds plots run along x1 (x2 = 0), over this stretch, this wide on screen.
LOG_ODDS_X = (-3.0, 3.0)
#: The log-odds axis runs from -LOG_ODDS_Y to LOG_ODDS_Y; the straight line is drawn where it
#: stays clear of its top (|x1| <= 2.2 at the starting weights: log-odds 2.64 of 3), so that
#: one unit's rise shows large.
LOG_ODDS_Y = 3.0
LOG_ODDS_LINE_X = (-2.2, 2.2)
LOG_ODDS_PLOT_WIDTH = 5.8
LOG_ODDS_PLOT_HEIGHT = 2.8
#: The step that shows theta1: one unit of x1, from 1 to 2 (the table's points leave first, so
#: that no point sits on its corners).
STEP_X = (1.0, 2.0)
#: The gap between the odds' outline and what it outlines above, below and at its right (its
#: left edge stands midway between what it outlines and the glyph left of that).
RATIO_BOX_BUFF = 0.16
#: The gap round the derived result (and round it once its z is named theta^T x).
RESULT_BOX_BUFF = 0.16
#: The derived result's extra gap below the step before it (room for its outlines).
RESULT_GAP = 0.14
#: The odds table's gap between rows, and its outline's gap round a row (half that, so
#: the outline stays clear of the rows above and below).
ODDS_ROW_GAP, ROW_BOX_BUFF = 0.24, 0.08
#: The gap between the S's plot (with its numbers) and the table of odds under it.
TABLE_GAP = 0.25
#: The body above the formula strip: the derivation and the table of odds side by side.
ABOVE_STRIP = Region("above strip", BODY.left, BODY.right, FORMULA_STRIP.top + GUTTER, BODY.top)


def faint(theme: Theme) -> Theme:
    """The theme with the chapter's fainter field (its ramp, and so the shading's key)."""
    return replace(theme, field_opacity=FIELD_OPACITY)


def plane_on_stage(theme: Theme, box: tuple[tuple[float, float], tuple[float, float]]
                   ) -> tuple[Axes, VGroup]:
    """Feature-plane axes over ``box`` as large as the stage allows (room left for the axis
    names past their ends and the numbers along the box's edges), and the names with the
    numbers."""
    room = STAGE.inset(0.35)
    room = Region("plane", room.left + 0.35, room.right, room.bottom + 0.35, room.top)
    (x0, x1), (y0, y1) = box
    axes = plane_axes(theme, box, min(room.width, room.height * (x1 - x0) / (y1 - y0)))
    room.place(axes)
    # The axes' names in the text colour (grey on the dark ground read too faint at 480p),
    # a size up from the shared names: their subscripts read at 480p.
    names = VGroup(*[MathTex(t, font_size=SIZES.formula, color=theme.text)
                     for t in ("x_1", "x_2")])
    names[0].next_to(axes.x_axis.get_right(), RIGHT, buff=0.12)
    names[1].next_to(axes.y_axis.get_top(), UP, buff=0.12)
    return axes, VGroup(*names, edge_numbers(axes, box, theme, font_size=SIZES.label))


def edge_numbers(axes: Axes, box: tuple[tuple[float, float], tuple[float, float]],
                 theme: Theme, font_size: int = SIZES.caption) -> VGroup:
    """The feature values every two units along the box's bottom and left edges, outside the
    box (clear of the shading and the points), so weights can be read against the picture."""
    (x0, x1), (y0, y1) = box
    numbers = VGroup()
    for v in np.arange(np.ceil(x0 / 2) * 2, x1 + 1e-9, 2):
        numbers.add(SansNumber(float(v), num_decimal_places=0, font_size=font_size,
                               color=theme.muted).next_to(axes.c2p(v, y0), DOWN, buff=0.12))
    for v in np.arange(np.ceil(y0 / 2) * 2, y1 + 1e-9, 2):
        numbers.add(SansNumber(float(v), num_decimal_places=0, font_size=font_size,
                               color=theme.muted).next_to(axes.c2p(x0, v), LEFT, buff=0.12))
    return numbers


class LevelLine(VMobject):
    """The dashed line where the model's probability is ``h`` (score = log-odds of h), clipped
    to the axes' box, following theta; hidden when it misses the box."""

    def __init__(self, axes: Axes, theta: Callable[[], np.ndarray], h: float, theme: Theme):
        super().__init__()
        self.axes, self.theta_getter = axes, theta
        self.shift_by = float(log_odds(h))
        self.box = (tuple(axes.x_range[:2]), tuple(axes.y_range[:2]))
        self.colour = theme.boundary
        self.refresh()
        self.add_updater(lambda m: m.refresh())

    def refresh(self) -> LevelLine:
        theta = np.asarray(self.theta_getter(), dtype=float) - [self.shift_by, 0.0, 0.0]
        segment = boundary_segment(theta, *self.box)
        if segment is None:
            self.become(VMobject())
            return self
        line = DashedLine(*(self.axes.c2p(*p) for p in segment), color=self.colour,
                          stroke_width=2.5, dash_length=0.1)
        self.become(line)
        return self


class AnchoredBoundary(BoundaryLine):
    """The boundary, its arrow's foot at the line's point nearest ``anchor`` (data units;
    kept off the line's ends) rather than at its middle: an anchor in an empty corner of the
    class-1 side keeps the arrow off the points."""

    def __init__(self, axes: Axes, theta: Callable[[], np.ndarray], theme: Theme,
                 anchor: tuple[float, float], fixed_length: float):
        self.anchor = np.asarray(anchor, dtype=float)
        super().__init__(axes, theta, theme, fixed_length=fixed_length)

    def refresh(self) -> AnchoredBoundary:
        super().refresh()
        theta = np.asarray(self.theta_getter(), dtype=float)
        segment = boundary_segment(theta, *self.box)
        if segment is None or self.arrow.get_stroke_opacity() == 0:
            return self
        a, b = segment
        along = float(np.clip((self.anchor - a) @ (b - a) / ((b - a) @ (b - a)),
                              ARROW_FOOT_MARGIN, 1 - ARROW_FOOT_MARGIN))
        foot = a + along * (b - a)
        normal = theta[1:] / np.linalg.norm(theta[1:])
        self.arrow.put_start_and_end_on(self.axes.c2p(*foot),
                                        self.axes.c2p(*(foot + self.fixed_length * normal)))
        return self


def class_legend(theme: Theme) -> VGroup:
    """Class 0 and class 1, one under the other, at the size of the points and of the side
    panel's words (a legend's small type read too small at 480p)."""
    return VGroup(*[VGroup(Dot(radius=POINT_RADIUS, color=c),
                           Text(t, font_size=SIZES.body, color=theme.text)
                           ).arrange(RIGHT, buff=0.15)
                    for c, t in ((theme.class0, "class 0"), (theme.class1, "class 1"))]
                  ).arrange(DOWN, aligned_edge=LEFT, buff=0.15)


def probability_scale(theme: Theme, width: float = 2.8) -> Group:
    """The shading's key: the field's ramp from h = 0 to h = 1 as a bar (one small image,
    the very colours the field uses), numbered 0, 0.5 and 1 underneath, named above."""
    bar = ImageMobject(theme.ramp(np.linspace(0.0, 1.0, 128)[None, :]))
    bar.set_resampling_algorithm(RESAMPLING_ALGORITHMS["bilinear"])
    bar.stretch_to_fit_width(width).stretch_to_fit_height(0.3)
    rim = SurroundingRectangle(bar, buff=0, color=theme.muted, stroke_width=1.5)
    numbers = VGroup(*[
        MathTex(tex, font_size=SIZES.formula, color=theme.text).next_to(
            bar.get_corner(DOWN + LEFT) + at * width * RIGHT, DOWN, buff=0.12)
        for tex, at in (("0", 0.0), ("0.5", 0.5), ("1", 1.0))])
    # Named on the bar's own line, at its left (a row of its own crowded the panel above).
    name = MathTex(r"h(x)", font_size=SIZES.formula_small, color=theme.text)
    name.next_to(bar, LEFT, buff=0.2)
    return Group(name, bar, rim, numbers)


def odds_table(rows: list[tuple[float, float, float]], theme: Theme) -> VGroup:
    """A header and one row per ``(h, odds, log-odds)``, in three left-aligned columns."""
    table = VGroup(
        MathTex(r"h", r"\text{odds}", r"\text{log-odds}",
                font_size=SIZES.formula_small, color=theme.text),
        *[MathTex(rf"{h:.2f}", rf"{o:.1f}\text{{ to }}1", rf"{lo:.3f}",
                  font_size=SIZES.formula_small, color=theme.text) for h, o, lo in rows],
    ).arrange(DOWN, aligned_edge=LEFT, buff=ODDS_ROW_GAP)
    left = table.get_left()[0]
    gap = 0.6
    for column in range(3):
        widest = max(row[column].width for row in table)
        for row in table:
            row[column].set_x(left, direction=LEFT)
        left += widest + gap
    return table


def snug_box(mob: VMobject, colour: str, left_of: VMobject) -> Rectangle:
    """An outline round ``mob``: RATIO_BOX_BUFF above, below and right; its left edge midway
    between ``mob`` and ``left_of``, the glyph just left of it (clear of both)."""
    gap = (mob.get_left()[0] - left_of.get_right()[0]) / 2
    box = Rectangle(width=mob.width + gap + RATIO_BOX_BUFF,
                    height=mob.height + 2 * RATIO_BOX_BUFF, color=colour, stroke_width=3)
    return box.move_to(mob).align_to(mob.get_left() + gap * LEFT, LEFT)


def smooth_start(t: float) -> float:
    """Eases in, leaves at full speed (the first half of a turn made in two plays)."""
    return 2 * smooth(t / 2)


def smooth_end(t: float) -> float:
    """Arrives at full speed, eases out (the second half)."""
    return 2 * smooth(0.5 + t / 2) - 1


class BoundaryRotatesOverTheField(LectureScene):
    """The three weights slide, turn and sharpen the boundary over the probability field."""

    def construct(self) -> None:
        theme = self.theme
        data = load_dataset("clouds")
        fit = newton_method(data.X, data.y, l2=FIT_L2)
        assert fit.converged, "the clouds must overlap for a finite maximum-likelihood fit"
        fitted = fit.thetas[-1]
        heading = self.heading("The decision boundary")
        axes, names = plane_on_stage(theme, BOX)

        # The knobs: bias, direction angle and length of (theta1, theta2).
        bias = ValueTracker(START[0])
        angle = ValueTracker(float(np.arctan2(START[2], START[1])))
        length = ValueTracker(float(np.hypot(START[1], START[2])))

        def theta() -> np.ndarray:
            a, r = angle.get_value(), length.get_value()
            return np.array([bias.get_value(), r * np.cos(a), r * np.sin(a)])

        field = ProbabilityField(axes, theta, faint(theme))
        boundary = AnchoredBoundary(axes, theta, theme, ARROW_ANCHOR, ARROW_LENGTH)
        # A dark rim round the arrow, so its head stays whole among the orange points.
        boundary.arrow.set_stroke(theme.background, width=DOT_RIM + 6, background=True)
        # Where the probability is 0.1 and 0.9: their gap is the width of the ramp.
        levels = VGroup(*[LevelLine(axes, theta, h, theme) for h in LEVELS])
        dots = point_cloud(axes, data.X, data.y, theme, radius=POINT_RADIUS)
        dots.set_stroke(theme.background, width=DOT_RIM)  # apart from the shading beneath
        # Drawn in layers, whatever the order they are added in: the line under the points
        # (a point near the origin sits on the starting line; under it, it vanished), the
        # arrow over them (its dark rim keeps its head whole among the orange points).
        dots.set_z_index(POINTS_LAYER)
        boundary.arrow.set_z_index(ARROW_LAYER)
        self.points = dots  # for the tests
        # At the formula size: its subscripts read at 480p.
        model = MathTex(r"h(x) = g(\theta_0 + \theta_1 x_1 + \theta_2 x_2)",
                        font_size=SIZES.formula, color=theme.text)
        # Each number on its label's baseline, the numbers in one column.
        panel = readout_on_baselines(ReadoutPanel(
            [(r"\theta_0", lambda: theta()[0], 2), (r"\theta_1", lambda: theta()[1], 2),
             (r"\theta_2", lambda: theta()[2], 2),
             (r"\text{accuracy}", lambda: accuracy(theta(), data.X, data.y), 3),
             (r"\lVert(\theta_1, \theta_2)\rVert", length.get_value, 2),
             # The log-likelihood in the course's notation (chapter 3 derives it); the words
             # gloss it as the log of the probability the model gives the true labels.
             (r"\ell(\theta)", lambda: log_likelihood(theta(), data.X, data.y), 1)],
            theme, font_size=SIZES.label,
        ))
        # The rows' names in the text colour, as their numbers (grey read too faint).
        for row in panel:
            row[0].set_color(theme.text)
        # Each row arrives as it is spoken of: the weights with the arrow, accuracy with its
        # name (as it collapses), the weights' length with "the size", the log-likelihood
        # with its name (before the fit, so that it climbs as the knobs move).
        weight_rows, accuracy_row = VGroup(*panel[:3]), panel[3]
        length_row, likelihood_row = panel[4], panel[5]
        self.rows_shown_at: dict[str, float] = {}  # for the tests
        legend = class_legend(theme)
        # h in maths, as everywhere else.
        level_key = VGroup(
            DashedLine(ORIGIN, 0.45 * RIGHT, color=theme.boundary, stroke_width=2.5,
                       dash_length=0.1),
            MathTex(r"h = {:g} \text{{ and }} {:g}".format(*LEVELS),
                    font_size=SIZES.formula, color=theme.text)).arrange(RIGHT, buff=0.15)
        # Apart by more than a row's gap, so the readout, the legend and the key read as
        # three groups rather than one block.
        SIDE.stack(model, panel, VGroup(legend, level_key).arrange(DOWN, aligned_edge=LEFT,
                                                                   buff=0.15), buff=0.3)
        # The shading's key, in the side panel's lower part, under the legend.
        shading_key = probability_scale(faint(theme), width=SHADING_KEY_WIDTH)
        SIDE.place(shading_key, aligned=DOWN + LEFT)
        self.shading_key = shading_key  # for the tests

        # Step: points and the field
        with self.beat("With two features, {points} every email is a point in the plane. "
                       "{shading} The shading is the model's probability of class one: blue "
                       "where it says no, amber where it says yes.") as b:
            # The plain plane and its points first; the shading arrives with its words.
            self.play(Write(heading), FadeIn(model), Create(axes), FadeIn(names), run_time=1.2)
            b.wait_until("points")
            self.play(FadeIn(dots, lag_ratio=0.02), FadeIn(legend), run_time=1.5)
            b.wait_until("shading")
            self.add(field)
            self.bring_to_front(axes, dots)
            self.play(FadeIn(field), FadeIn(shading_key), run_time=1.2)
            self.field_shown_at = self.renderer.time  # for the tests
        # The line's name, first as a probability, then as a score, beside its lower part
        # (on the amber side, where no email sits).
        low, high = sorted(boundary_segment(START, *BOX), key=lambda p: p[1])
        name_at = low + LINE_NAME_AT * (high - low)
        half_name = MathTex(r"h = 0.5", font_size=SIZES.formula, color=theme.boundary)
        zero_name = MathTex(r"\theta^{\mathsf T} x = 0", font_size=SIZES.formula,
                            color=theme.boundary)
        for name in (half_name, zero_name):
            name.next_to(axes.c2p(*name_at), RIGHT, buff=0.35)
        # The line's name, as it is said, on two lines.
        # (Beside the equation it sat among the amber side's lowest points: it goes to the
        # empty corner on the other side of the line, right-aligned, so that its shorter
        # word runs nearer the line's top.)
        boundary_name = VGroup(*[
            MathTex(rf"\text{{{word}}}", font_size=SIZES.formula, color=theme.boundary)
            for word in ("decision", "boundary")]).arrange(DOWN, aligned_edge=RIGHT, buff=0.12)
        boundary_name.move_to(axes.c2p(*BOUNDARY_NAME_AT), aligned_edge=UP + LEFT)
        self.boundary_name = boundary_name  # for the tests
        with self.beat("The switch from no to yes happens {half} where the probability is one "
                       "half, {zero} which is where the score is zero. {line} That set is a "
                       "straight line: {name} the decision boundary.") as b:
            b.wait_until("half")
            self.play(Create(boundary.line), FadeIn(half_name), run_time=1.2)
            b.wait_until("zero")
            self.play(ReplacementTransform(half_name, zero_name), run_time=0.8)
            b.wait_until("line")
            self.play(Indicate(boundary.line, color=theme.highlight), run_time=1.2)
            b.wait_until("name")
            self.play(FadeIn(boundary_name, shift=0.15 * UP), run_time=0.8)
        # A right-angle mark at the arrow's foot, on the line, following both.
        corner = VMobject(color=theme.boundary, stroke_width=2.5)
        # A dark rim under it, so that an axis or a tick crossing it never reads as an "x".
        corner.set_stroke(theme.background, width=7, background=True)

        def square_corner(m: VMobject) -> None:
            foot, tip = boundary.arrow.get_start(), boundary.arrow.get_end()
            along = boundary.line.get_end() - boundary.line.get_start()
            up = tip - foot
            if np.linalg.norm(along) < 1e-6 or np.linalg.norm(up) < 1e-6:
                return
            along, up = (v / np.linalg.norm(v) * RIGHT_ANGLE_SIZE for v in (along, up))
            m.set_points_as_corners([foot + along, foot + along + up, foot + up])

        square_corner(corner)
        # The weights' readout arrives with the arrow whose direction its theta rows give.
        with self.beat("{arrow} The arrow points along theta one, theta two: it stands at "
                       "right angles to the line {toward} and points toward class one.") as b:
            b.wait_until("arrow")
            weight_rows.update()
            self.play(FadeIn(boundary.arrow), FadeIn(corner), FadeOut(zero_name),
                      FadeOut(boundary_name), FadeIn(weight_rows), run_time=1)
            self.rows_shown_at["weights"] = self.renderer.time
            self.add(boundary)
            # The points over the right-angle mark (one sits at its corner) and the line, the
            # arrow over them (their layers keep that order).
            self.bring_to_front(dots, boundary)
            corner.add_updater(square_corner)
            b.wait_until("toward")
            self.play(Indicate(boundary.arrow, color=theme.highlight), run_time=1.2)

        # Step: theta0 slides, the direction turns, the length sharpens
        # Where the line started, a thin solid grey line named "start" (dashed white lines are
        # the h = 0.1 and 0.9 lines, later), so that the slide shows against it.
        start_ends = sorted(boundary_segment(START, *BOX), key=lambda p: p[1])
        start_line = Line(*(axes.c2p(*p) for p in start_ends), color=theme.muted,
                          stroke_width=3)
        start_name = MathTex(r"\text{start}", font_size=SIZES.formula, color=theme.text)
        # Off the line, on its class-1 side (the line runs up to the left there): the word's
        # lower left corner just up and right of a point near the line's top end.
        start_name.next_to(axes.c2p(*(start_ends[0] + 0.85 * (start_ends[1] - start_ends[0]))),
                           UP + RIGHT, buff=0.15)
        self.start_name, self.start_ends = start_name, start_ends  # for the tests
        start_name.add_background_rectangle(color=theme.background, opacity=0.75, buff=0.05)
        with self.beat("{slides} Theta zero slides the line back and forth without turning "
                       "it.") as b:
            b.wait_until("slides")
            self.add(start_line)
            self.bring_to_front(dots, boundary)
            self.play(FadeIn(start_name), run_time=0.3)
            self.play(bias.animate.set_value(2.5), run_time=1.6, rate_func=smooth)
            self.wait(0.4)
            self.play(bias.animate.set_value(-2.5), run_time=2.2, rate_func=smooth)
            self.wait(0.4)
            self.play(bias.animate.set_value(0.0), FadeOut(start_line), FadeOut(start_name),
                      run_time=1.4, rate_func=smooth)
        with self.beat("{acc} Watch the accuracy, the share of points the model names right. "
                       "{turn} Turning the arrow turns the line. {half} Half a turn around, the "
                       "model {wrong} calls almost every point by the wrong name, {collapse} and "
                       "its accuracy collapses.") as b:
            # The accuracy row arrives on its name, at the starting weights' value, so that
            # its collapse is seen happening as the line turns.
            accuracy_row.update()
            self.play(FadeIn(accuracy_row), run_time=0.5)
            self.rows_shown_at["accuracy"] = self.renderer.time
            # Lit, not enlarged: grown, the row ran into the plane's x1 name on its left.
            self.play(Indicate(accuracy_row, color=theme.highlight, scale_factor=1.0),
                      run_time=1.0)
            self.accuracy_before_turn = panel.numbers[3].get_value()  # for the tests
            # A quarter turn while the first sentence is said (the line visibly across its
            # start), then on to half a turn, landing as the wrong names are said; the
            # flipped state (and its collapsed accuracy) stays until the sentence is over.
            b.wait_until("turn")
            self.play(angle.animate.increment_value(np.pi / 2),
                      run_time=max(b.time_until("half") - 0.4, 0.8), rate_func=smooth)
            b.wait_until("half")
            self.play(angle.animate.increment_value(np.pi / 2),
                      run_time=max(b.time_until("wrong"), 0.8), rate_func=smooth)
            b.wait_until("collapse")
            panel.numbers[3].update()
            self.accuracy_after_turn = panel.numbers[3].get_value()  # for the tests
            self.play(Indicate(accuracy_row, color=theme.highlight, scale_factor=1.0),
                      run_time=1.0)
            b.hold_until("end")
            self.play(angle.animate.increment_value(np.pi), run_time=3, rate_func=smooth)
        with self.beat("The arrow shows only the direction. {size} The size of theta one and "
                       "theta two sets how fast the probability ramps across the line. {long} "
                       "Long weights make a knife edge; {short} short weights, a gentle "
                       "fade.") as b:
            b.wait_until("size")
            self.add(levels)
            self.bring_to_front(dots, boundary)
            length_row.update()  # its number current before it fades in (no updates then)
            self.play(FadeIn(length_row), FadeIn(level_key), run_time=1)
            self.rows_shown_at["length"] = self.renderer.time
            b.wait_until("long")
            self.play(length.animate.set_value(KNIFE_LENGTH),
                      run_time=b.time_until("short"))
            b.wait_until("short")
            # Short, and held while "gentle fade" is said: the 0.1 and 0.9 lines spread out to
            # the box's corners.
            self.play(length.animate.set_value(SHORT_LENGTH),
                      run_time=max(b.time_until("end") - 0.5, 0.8))
            self.wait(1.2)
        # The fitted line's mistakes, counted by core, ringed as they are said.
        fit_wrong = np.flatnonzero(predict(fitted, data.X) != data.y)
        self.fit_wrong = fit_wrong  # for the tests
        wrong_rings = VGroup(*[
            Circle(radius=WRONG_RING_RADIUS, color=theme.highlight, stroke_width=4).move_to(
                dots[i]) for i in fit_wrong]).set_z_index(POINTS_LAYER)
        with self.beat("Now let the three knobs be fitted, from the starting weights. {lik} "
                       "The fit makes ell of theta, the log-likelihood, as large as it can: the "
                       "log of the probability the model gives the true labels. {move} Watch "
                       "ell climb as the knobs move: the line slides and turns toward the gap "
                       "between the two clouds, {settle} and settles there, with {wrong} "
                       f"{count_word(len(fit_wrong))} points still on the wrong side, and the "
                       "arrow still pointing at class one. {count} Accuracy ends a touch below "
                       "the starting weights', {climbs} yet the log-likelihood climbs well "
                       "above its start: the model finds the true labels more probable. That "
                       "is what the fit rewards; it does not count right answers.") as b:
            # Back to the starting weights (the direction's angle taken to the same turn as
            # the fit's, so that the move does not spin the line round). The h = 0.1 and 0.9
            # lines and their key leave: the fit's words do not use them.
            angle.set_value(float(np.angle(np.exp(1j * angle.get_value()))))
            for level in levels:
                level.clear_updaters()
            # Done well before the sentence ends, so no number is caught mid-way.
            self.play(FadeOut(levels), FadeOut(level_key),
                      length.animate.set_value(float(np.linalg.norm(START[1:]))),
                      run_time=min(max(b.time_until("lik") - 0.8, 0.8), 1.5),
                      rate_func=smooth)
            length_row.update()
            self.length_before_fit = panel.numbers[4].get_value()  # for the tests
            # The log-likelihood's row arrives on its name, at the starting weights' value,
            # in the place of the weights' length (whose beat is over): the panel keeps its
            # size, and the legend, the dashed lines' key and the shading's key stay.
            b.wait_until("lik")
            likelihood_row.shift((panel.numbers[4].get_bottom()[1]
                                  - panel.numbers[5].get_bottom()[1]) * UP)
            likelihood_row.update()
            panel.remove(length_row)
            self.play(FadeIn(likelihood_row), FadeOut(length_row), run_time=0.6)
            self.rows_shown_at["log-likelihood"] = self.renderer.time
            # For the tests: the row's number as it arrives (the starting weights' value).
            self.likelihood_on_arrival = panel.numbers[5].get_value()
            # Lit, not enlarged: grown, the row ran into the plane's x1 name on its left. Its
            # name stays lit while it is defined and while it climbs.
            self.play(Indicate(likelihood_row, color=theme.highlight, scale_factor=1.0),
                      run_time=1.0)
            self.play(likelihood_row[0].animate.set_color(theme.highlight), run_time=0.5)
            # The knobs move as "watch ell climb" is said, over the whole sentence about the
            # climb: the log-likelihood and accuracy rows count live beside the moving line,
            # and arrive as "settle" is said.
            b.wait_until("move")
            self.fit_run_time = max(b.time_until("settle") + 0.8, FIT_RUN_TIME)  # tests
            self.play(bias.animate.set_value(float(fitted[0])),
                      angle.animate.set_value(float(np.arctan2(fitted[2], fitted[1]))),
                      length.animate.set_value(float(np.hypot(fitted[1], fitted[2]))),
                      run_time=self.fit_run_time)
            self.fit_moved_at = self.renderer.time  # for the tests
            # The points the fitted line still gets wrong, ringed as they are counted.
            b.wait_until("wrong")
            self.play(Create(wrong_rings), Indicate(VGroup(*[dots[i] for i in fit_wrong]),
                                                    color=theme.highlight, scale_factor=1.3),
                      likelihood_row[0].animate.set_color(theme.text), run_time=1.0)
            self.add(dots)  # whole again (lighting a part of it split it in the scene)
            self.wrong_rings = wrong_rings  # for the tests

            def start_tag(row: int, value: float) -> VGroup:
                """The starting weights' number, named "start", right of the fitted one on
                its row's baseline."""
                number = panel.numbers[row].copy().clear_updaters()
                number.set_value(value)
                # About the panel's own type (its labels are a size over SIZES.label).
                word = MathTex(r"\text{start}", font_size=SIZES.formula_small,
                               color=theme.text)
                tag = VGroup(word, number).arrange(RIGHT, buff=0.15)
                sit_on_baseline(number, word)
                tag.next_to(panel.numbers[row], RIGHT, buff=0.3)
                return tag.shift((panel.numbers[row].get_bottom()[1]
                                  - number.get_bottom()[1]) * UP)

            b.wait_until("count")
            self.play(FadeOut(wrong_rings), run_time=0.4)
            # Every fitted number current: the start tags are set on their baselines.
            panel.update()
            # Only what the words compare: the starting accuracy beside the fitted one, then
            # the starting log-likelihood, each on its own row, in one column.
            start_acc = start_tag(3, accuracy(START, data.X, data.y))
            start_lik_tag = start_tag(5, log_likelihood(START, data.X, data.y))
            column = max(start_acc.get_left()[0], start_lik_tag.get_left()[0])
            for tag in (start_acc, start_lik_tag):
                tag.shift((column - tag.get_left()[0]) * RIGHT)
            start_lik = start_lik_tag[1]
            self.start_accuracy = start_acc  # for the tests
            self.start_likelihood, self.start_likelihood_tag = start_lik, start_lik_tag
            self.play(Indicate(panel.numbers[3], color=theme.highlight), FadeIn(start_acc),
                      run_time=1.2)
            b.wait_until("climbs")
            self.play(FadeIn(start_lik_tag), Indicate(panel.numbers[5], color=theme.highlight),
                      run_time=1.2)
            # The panel whole again (its rows, not the panel, were put on screen).
            self.remove(*panel)
            self.add(panel)
        self.length_row = length_row  # for the tests
        for mob in (field, boundary, corner, *panel.numbers):
            mob.clear_updaters()


def sigmoid_inset(theme: Theme) -> VGroup:
    """A small graph of the sigmoid, z to g(z) (core's values), with its axes' names: the
    curve last, so that it can be drawn on its own."""
    # Its numbers at the body size (the graph is small and read at a glance).
    axes = function_axes(theme, (*SIGMOID_Z, 3.0), (0.0, 1.0, 0.5), *SIGMOID_SIZE,
                         x_numbers=(-3, 3), y_numbers=(0.5,), y_decimals=1,
                         number_size=SIZES.body)
    # In the text colour (grey read faint), and clear of the axis' top end.
    for axis in (axes.x_axis, axes.y_axis):
        axis.numbers.set_color(theme.text)
    # Its 0.5 just under the level it names, right of the axis, where the curve has risen
    # clear (left of the axis the curve runs just under one half: centred there it touched).
    axes.y_axis.numbers[0].next_to(axes.c2p(0, 0.5), DR, buff=0.12)
    one = SansNumber(1.0, num_decimal_places=0, font_size=SIZES.body, color=theme.text)
    one.next_to(axes.c2p(0, 1), LEFT, buff=0.25).shift(0.12 * DOWN)
    # The lone italic letter a size up: at the small size it read about 11 px at 480p.
    z_name = MathTex("z", font_size=SIZES.formula, color=theme.text).next_to(
        axes.x_axis, RIGHT, buff=0.12)
    g_name = MathTex("g(z)", font_size=SIZES.formula_small, color=theme.text).next_to(
        axes.c2p(SIGMOID_Z[0], 1), RIGHT, buff=0.1).align_to(axes.c2p(0, 1), UP)
    zs = np.linspace(*SIGMOID_Z, 121)
    curve = polyline(axes, zs, sigmoid(zs), theme.curve, width=4)
    return VGroup(axes, one, z_name, g_name, curve)


def score_axes(theme: Theme) -> ThreeDAxes:
    """The feature plane (the clouds' box) with a height axis for the score, no numbers (the
    words beside it say what the height is)."""
    (x0, x1), (y0, y1) = BOX
    return ThreeDAxes(x_range=[x0, x1, 1], y_range=[y0, y1, 1],
                      z_range=[-SCORE_SPAN, SCORE_SPAN, SCORE_SPAN / 2],
                      x_length=6.2, y_length=4.6, z_length=3.9, tips=False,
                      axis_config={"color": theme.muted, "include_ticks": False})


class ScoreIsATiltedPlane(LectureScene, ThreeDScene):
    """The score theta^T x lifted over the feature plane is a tilted plane whose zero contour
    is the boundary; the sigmoid bends it into the probability sheet over the same line."""

    def construct(self) -> None:
        theme = self.theme
        data = load_dataset("clouds")
        theta = START
        axes = score_axes(theme)
        (x0, x1), (y0, y1) = BOX

        # The boundary's x1 at each x2 (on core's segment, which spans the box's height):
        # the sheets are cut along it, so that each half ends exactly on the line.
        (e0, e1) = sorted(boundary_segment(theta, *BOX), key=lambda p: p[1])

        def cut_x1(x2: float) -> float:
            return float(e0[0] + (x2 - e0[1]) * (e1[0] - e0[0]) / (e1[1] - e0[1]))

        def lifted(height: Callable[[np.ndarray], np.ndarray],
                   resolution: tuple[int, int] = SURFACE_RESOLUTION) -> VGroup:
            """A sheet over the box at ``height(points)`` (core computes every height),
            coloured by height on the field's ramp: blue below the floor, amber above. In two
            halves cut along the boundary, the half below the floor fainter, so that it reads
            as under the floor."""
            fine = resolution != SURFACE_RESOLUTION
            halves = VGroup()
            for (a, b), opacity in (((x0, None), SHEET_BELOW_OPACITY),
                                    ((None, x1), SHEET_ABOVE_OPACITY)):

                def point(u: float, v: float, a: float | None = a, b: float | None = b
                          ) -> np.ndarray:
                    left, right = (cut_x1(v) if a is None else a), (cut_x1(v) if b is None
                                                                    else b)
                    x = left + u * (right - left)
                    return axes.c2p(x, v, float(height(np.array([[x, v]]))[0]))

                half = Surface(point, u_range=(0, 1), v_range=(y0, y1),
                               resolution=(resolution[0] // 2, resolution[1]),
                               fill_opacity=opacity, stroke_color=theme.background,
                               stroke_width=0 if fine else 0.4)
                half.set_fill_by_value(
                    axes, colorscale=[(theme.field_low, -SCORE_SPAN / 2), (theme.field_mid, 0),
                                      (theme.field_high, SCORE_SPAN / 2)], axis=2)
                halves.add(half.set_fill(opacity=opacity))
            return halves

        # On the sheet's fine grid too: a coarse grid's faces, each one colour, read as bands
        # (folds) across a surface that is flat.
        plane = lifted(lambda X: scores(theta, X), resolution=SHEET_RESOLUTION)
        # h - 1/2, stretched so that h = 0 and h = 1 sit well below and above the floor: the
        # floor itself is score 0, which is h = 1/2. The curved sheet on a finer grid, without
        # edges, so that it reads as smooth rather than faceted.
        sheet = lifted(lambda X: (predict_proba(theta, X) - 0.5) * SHEET_STRETCH,
                       resolution=SHEET_RESOLUTION)
        # Rimmed dark, so an amber point reads on the amber sheet.
        dots = VGroup(*[Dot(axes.c2p(a, b, 0), radius=0.1, stroke_width=2,
                            stroke_color=theme.background,
                            color=(theme.class1 if label else theme.class0))
                        for (a, b), label in zip(data.X, data.y, strict=True)])
        # A stalk from every lifted point down to its place on the floor, in its class'
        # colour: every height reads as a height.
        point_scores = scores(theta, data.X)
        # The points under the floor (negative score, and so h under one half), dimmed: seen
        # through the floor.
        self.under_floor = under_floor = [int(i) for i in np.flatnonzero(point_scores < 0)]
        # (Each follows its point once the 3-D group has taken its place, below.)
        stalks = VGroup(*[Line(axes.c2p(*data.X[i], 0), axes.c2p(*data.X[i], 0.01),
                               color=theme.class1 if label else theme.class0, stroke_width=2,
                               stroke_opacity=STALK_OPACITY)
                          for i, label in enumerate(data.y)])
        self.stalks = stalks  # for the tests
        ends = boundary_segment(theta, *BOX)
        # The points the boundary runs through (in data units, nearer it than ON_LINE).
        self.on_line = on_line = [
            dots[i] for i in np.flatnonzero(np.abs(point_scores)
                                            < ON_LINE * np.linalg.norm(theta[1:]))]
        # The boundary, white on a dark underlay so that it stands out on the pale sheet.
        line = VGroup(*[Line(axes.c2p(*ends[0], 0), axes.c2p(*ends[1], 0), color=colour,
                             stroke_width=width)
                        for colour, width in ((theme.background, 14), (theme.boundary, 6))])
        # The floor: height zero over the box, faint until the words name it.
        floor_sheet = Polygon(*(axes.c2p(u, v, 0) for u, v in ((x0, y0), (x1, y0), (x1, y1),
                                                               (x0, y1))),
                              stroke_color=theme.muted, stroke_width=1.5,
                              fill_color=theme.muted, fill_opacity=FLOOR_OPACITY)

        # The floor's two feature axes named at their far ends (pinned facing the viewer once
        # the camera has tilted); the height is read on the corner ruler only, so the axes'
        # own vertical line through the middle is hidden.
        axes.z_axis.set_stroke(opacity=0)
        floor_names = VGroup(
            MathTex("x_1", font_size=SIZES.formula, color=theme.text).move_to(
                axes.c2p(x1 + 0.5, 0, 0)),
            # x2 at the back end of the box's left edge (parallel to its axis), where the
            # sheets pass under the floor: never among the lifted points.
            # Out past the corner, clear of the boundary line's top end.
            MathTex("x_2", font_size=SIZES.formula, color=theme.text).move_to(
                axes.c2p(x0 - 0.6, y1 + 0.6, 0)))
        heading = self.heading("The score is a tilted plane")
        # Renamed as the plane bends (the old name would be false of the S-sheet).
        bent_heading = self.heading("The sigmoid bends it into an S")
        # The side panel's readouts at the formula size: their digits and subscripts read at
        # 480p.
        model = MathTex(r"\theta = ({:g},\ {:g},\ {:g})".format(*START),
                        font_size=SIZES.formula, color=theme.text)
        height_score = MathTex(r"\text{height} = \theta^{\mathsf T} x", r"= \theta_0 + "
                               r"\theta_1 x_1 + \theta_2 x_2", font_size=SIZES.formula,
                               color=theme.text)
        floor = MathTex(r"\text{floor: score} = 0",
                        font_size=SIZES.formula, color=theme.boundary)
        floor_h = MathTex(r"\text{floor: } h = 0.5", font_size=SIZES.formula,
                          color=theme.boundary)
        # The sheet's height is read on the h ruler (0, 1/2, 1, the floor at one half).
        height_h = MathTex(r"\text{height} = h(x)", r"= g(\theta^{\mathsf T} x)",
                           font_size=SIZES.formula, color=theme.text)
        # Each long formula on two lines, so that the side panel keeps them at full size.
        for two_lines in (height_score, height_h):
            two_lines[1].next_to(two_lines[0], DOWN, buff=0.2, aligned_edge=LEFT).shift(
                0.4 * RIGHT)
        words = SIDE.stack(model, height_score, floor, height_h, buff=0.5)
        height_h.move_to(height_score, aligned_edge=LEFT)
        floor_h.move_to(floor, aligned_edge=LEFT)
        # The points' colours, in the side panel's lower part, on one row (two rows left the
        # sigmoid's graph above them too little room).
        legend = class_legend(theme).arrange(RIGHT, buff=0.4)
        SIDE.place(legend, aligned=DOWN + LEFT)
        # The sigmoid itself, z to g(z), shown as every score is passed through it: in the
        # side panel between the floor's name and the legend, clear of both.
        self.sigmoid_inset = inset = sigmoid_inset(theme)
        Region("inset", SIDE.left, SIDE.right, legend.get_top()[1] + INSET_GAP,
               floor.get_bottom()[1] - INSET_GAP).place(inset, aligned=LEFT)
        self.legend = legend  # for the tests
        # The height's ruler, at the box's front left corner: scores first, then h.
        ruler, score_marks, h_marks = self.height_ruler(axes)
        self.ruler, self.h_ruler_name = ruler, h_marks[1][-1]  # for the tests
        self.add_fixed_in_frame_mobjects(heading, model, legend)
        # The camera looks straight down first (the familiar flat picture), then tilts to
        # VIEW_PHI; the 3-D group sits where that final view shows its origin mid-stage.
        VGroup(axes, floor_sheet, dots, line, plane, sheet, ruler, score_marks, h_marks,
               floor_names, *stalks).shift(
            self.stage_point(VIEW_PHI, VIEW_THETA))
        self.set_camera_orientation(phi=0, theta=-90 * DEGREES)
        self.layer_over_floor(floor_sheet, lambda: (*plane[1].get_family(),
                                                    *sheet[1].get_family()))
        self.add(heading, model, legend, axes)
        # Round, facing the camera, however it tilts (flat on the floor they read as slivers).
        # (Each its own centre: a group passed whole would turn on the group's centre.)
        self.renderer.camera.add_fixed_orientation_mobjects(*dots)
        self.add(dots)

        with self.beat("Take our starting weights and lift every point of the plane "
                       "to a {height} height equal to its score, theta transpose x. {tilted} "
                       "The score is linear in x one and x two, so the lifted sheet is flat: "
                       "a tilted plane.") as b:
            self.add(floor_sheet)
            self.bring_to_front(dots)
            self.move_camera(phi=VIEW_PHI, theta=VIEW_THETA - VIEW_ORBIT,
                             run_time=min(max(b.time_until("height"), 1.0), 2.5))
            b.wait_until("height")
            self.add_fixed_in_frame_mobjects(height_score)
            self.remove(height_score)
            # The height's ruler comes with its name, "score", as the height is said (never
            # a bare axis): the name upright, following the ruler's top while the camera
            # turns; the numbers and the floor's names once the camera has stopped (pinned
            # facing the viewer where it then shows them).
            ruler_name = score_marks[1][-1]
            name_at = ruler_name.get_center().copy()
            self.add_fixed_in_frame_mobjects(ruler_name)
            self.remove(ruler_name)
            ruler_name.add_updater(lambda m: m.move_to(
                self.renderer.camera.project_point(name_at)))
            ruler_name.update()
            self.ruler_name = ruler_name  # for the tests
            # Each email's dot rises to its own score as the plane grows from the floor to its
            # full height under them (every point of it rising at once, as the dots do),
            # while the camera turns slowly on to its azimuth.
            risen = plane.copy()
            plane.stretch(0.0, 2, about_point=axes.c2p(0, 0, 0))
            self.add(plane)
            self.bring_to_front(dots)
            self.move_camera(theta=VIEW_THETA, added_anims=[
                Transform(plane, risen), FadeIn(height_score), Create(ruler),
                FadeIn(ruler_name),
                *[dot.animate.move_to(axes.c2p(*point, height))
                  for dot, point, height in zip(dots, data.X, scores(theta, data.X),
                                                strict=True)]],
                run_time=max(b.time_until("tilted") - 1.0, 2.0), rate_func=smooth)
            # Every point's stalk drops to the floor; the points under it dim.
            for stalk, dot, point in zip(stalks, dots, data.X, strict=True):
                stalk.add_updater(stalk_follower(axes.c2p(*point, 0), dot))
            stalks.update()
            self.add(stalks)
            self.bring_to_front(dots)
            ruler_name.clear_updaters()
            score_numbers = VGroup(score_marks[0], *score_marks[1][:-1])
            self.face_camera(score_marks[1][:-1])
            self.face_camera(floor_names)
            self.play(Create(stalks), FadeIn(score_numbers), FadeIn(floor_names),
                      *[dots[i].animate.set_opacity(UNDER_FLOOR_OPACITY)
                                        for i in under_floor],
                      *[stalks[i].animate.set_stroke(opacity=UNDER_FLOOR_OPACITY * STALK_OPACITY)
                        for i in under_floor], run_time=0.8)
            b.wait_until("tilted")
            self.play(Indicate(height_score[1], color=theme.highlight), run_time=1.2)
        with self.beat("{floor} Where the plane passes through the floor, the score is zero, "
                       "{line} and that crossing is exactly the decision boundary.") as b:
            b.wait_until("floor")
            self.add_fixed_in_frame_mobjects(floor)
            # The points on the line (one sits at the origin) drawn over it, as they are drawn
            # over the plane: under it they vanished.
            self.add(line)
            self.bring_to_front(*on_line)
            # The floor lights up as it is named.
            # ... and the crossing is drawn on the same words.
            self.play(FadeIn(floor), floor_sheet.animate.set_fill(theme.boundary,
                                                                   FLOOR_LIT_OPACITY),
                      Create(line), run_time=1.2)
            b.wait_until("line")
            self.play(floor_sheet.animate.set_fill(theme.muted, FLOOR_OPACITY),
                      Indicate(line[1], color=theme.highlight, scale_factor=1.0), run_time=1.2)
        with self.beat("{sigmoid} Now pass every score through the sigmoid. {bend} The plane "
                       "bends into an S-shaped sheet whose height is the probability h, {floor} "
                       "and the floor, score zero, now stands for h equals one half. {level} "
                       "Far from the line the sheet levels off near zero on one side {other} and "
                       "near one on the other, {same} and it crosses the floor over the same "
                       "line.") as b:
            # The score's formula leaves (no two formulas at once) and the sigmoid's graph
            # takes the free room as it is named. The floor's score name goes too: it is
            # named again, as h, with the bend.
            b.wait_until("sigmoid")
            self.add_fixed_in_frame_mobjects(inset)
            self.play(FadeOut(height_score), FadeOut(floor), FadeIn(inset[:-1]),
                      run_time=0.6)
            self.play(Create(inset[-1]), run_time=1.0)
            b.wait_until("bend")
            # The ruler's 0, 1 and name come with the bend; its one half, at the floor, waits
            # for the words that give the floor that name.
            ticks, numbers = h_marks
            half_mark = VGroup(ticks[1], numbers[1])
            ends = VGroup(ticks[0], ticks[2], *numbers[0::2])
            sheet_heights = (predict_proba(theta, data.X) - 0.5) * SHEET_STRETCH
            # The ruler turns to h with the bend (an h scale beside the unbent plane would be
            # false), and the floor is renamed h = 1/2 at once: the sheet's low side dips
            # under a floor that is no longer zero.
            self.add_fixed_in_frame_mobjects(bent_heading)
            self.remove(bent_heading)
            # The old heading and the score's ticks and numbers leave before the new ones come
            # in (the ruler's 6 and 1 stand close: cross-faded, the two headings and the two
            # sets of numbers read as one blur). The ruler's name "score" stays until the
            # bend starts, and "h" comes in only once it has gone: the ruler is never
            # unnamed, and the two names never overlap.
            score_name = score_marks[1][-1]
            self.play(*[FadeOut(m) for m in (score_marks[0], *score_marks[1][:-1])],
                      FadeOut(heading), run_time=0.5)
            self.score_marks_gone_at = self.renderer.time  # for the tests
            # (Pinned only now: pinning puts them on screen.)
            self.face_camera(VGroup(*numbers[0::2], numbers[3]))
            self.add_fixed_in_frame_mobjects(height_h)
            bend_time, name_gap = 2.0, 0.2  # the share of the bend before "h" comes in

            def after_gap(t: float) -> float:
                return smooth(max(0.0, (t - name_gap) / (1 - name_gap)))

            self.play(FadeOut(score_name, run_time=name_gap * bend_time),
                      FadeIn(numbers[3], run_time=bend_time, rate_func=after_gap),
                      FadeIn(height_h, run_time=bend_time),
                      FadeIn(bent_heading, run_time=bend_time),
                      FadeIn(ends, run_time=bend_time),
                      ReplacementTransform(plane, sheet, run_time=bend_time),
                      *[dot.animate(run_time=bend_time).move_to(axes.c2p(*point, height))
                        for dot, point, height in zip(dots, data.X, sheet_heights, strict=True)])
            self.h_marks_in_at = self.renderer.time - 2.0  # for the tests
            # The floor lights, and is renamed h = 1/2, as it is spoken of.
            b.wait_until("floor")
            self.add_fixed_in_frame_mobjects(floor_h)
            self.face_camera(VGroup(numbers[1]))
            self.play(floor_sheet.animate.set_fill(theme.boundary, FLOOR_LIT_OPACITY),
                      FadeIn(floor_h), FadeIn(half_mark), run_time=0.8)
            b.wait_until("level")
            # A marker walks across the sheet along (theta1, theta2), through the line's
            # middle, and its twin walks along the sigmoid's graph at the same score: on the
            # low plateau (the ruler's 0 lit), over to the high one (its 1 lit), then back to
            # the crossing, on the floor over the line.
            walk = ValueTracker(-WALK_REACH)
            foot = boundary_point(theta)
            toward = theta[1:] / np.linalg.norm(theta[1:])
            inset_axes = inset[0]

            def walk_point() -> np.ndarray:
                return np.atleast_2d(foot + walk.get_value() * toward)

            marker = Dot(radius=0.12, color=theme.highlight, stroke_width=3,
                         stroke_color=theme.background)
            twin = marker.copy()
            marker.add_updater(lambda m: m.move_to(self.renderer.camera.project_point(
                axes.c2p(*walk_point()[0], float(
                    (predict_proba(theta, walk_point())[0] - 0.5) * SHEET_STRETCH)))))
            twin.add_updater(lambda m: m.move_to(inset_axes.c2p(
                float(scores(theta, walk_point())[0]),
                float(predict_proba(theta, walk_point())[0]))))
            marker.update()
            twin.update()
            self.walkers = (marker, twin)  # for the tests
            self.add_fixed_in_frame_mobjects(marker, twin)
            self.play(floor_sheet.animate.set_fill(theme.muted, FLOOR_OPACITY),
                      FadeIn(marker, scale=0.5), FadeIn(twin, scale=0.5),
                      Indicate(h_marks[1][0], color=theme.highlight), run_time=1.2)
            # Over to the high plateau as "near one" is said.
            b.wait_until("other")
            self.play(walk.animate.set_value(WALK_REACH),
                      run_time=max(b.time_until("same") - 1.2, 1.0), rate_func=smooth)
            self.play(Indicate(h_marks[1][2], color=theme.highlight), run_time=1.0)
            b.wait_until("same")
            self.play(walk.animate.set_value(0.0), run_time=1.5, rate_func=smooth)
            self.play(Indicate(line[1], color=theme.highlight, scale_factor=1.0), run_time=1.2)
            marker.clear_updaters()
            twin.clear_updaters()
            for stalk in stalks:
                stalk.clear_updaters()
            self.wait(1.0)  # the bent sheet held long enough to be read
        self.words = words  # for the tests: the side panel, fixed in the frame
        self.boundary_line = line

    def layer_over_floor(self, floor: VMobject, above: Callable[[], tuple]) -> None:
        """Draw the floor after the sheets' parts below it and before their parts above it
        (the camera looks down on the floor, so that is their true order): manim sorts the
        shaded faces by depth alone, and draws an unshaded floor over all of them."""
        camera = self.renderer.camera
        by_depth = camera.get_mobjects_to_display

        def in_layers(*args: object, **kwargs: object) -> list:
            shown = by_depth(*args, **kwargs)
            upper = {id(m) for m in above()}
            over = [m for m in shown if id(m) in upper]
            rest = [m for m in shown if id(m) not in upper and m is not floor]
            shaded = [i for i, m in enumerate(rest) if getattr(m, "shade_in_3d", False)]
            cut = shaded[-1] + 1 if shaded else 0
            return [*rest[:cut], *([floor] if any(m is floor for m in shown) else []), *over,
                    *rest[cut:]]

        camera.get_mobjects_to_display = in_layers
        self.floor_layering = in_layers  # for the tests

    def height_ruler(self, axes: ThreeDAxes) -> tuple[VGroup, VGroup, VGroup]:
        """A vertical ruler at the box's front left corner: the line with its ticks, the
        score marks (ticks and numbers, named "score") and the h marks (0, 1/2 and 1 at
        the heights the sheet gives them), the numbers to be kept facing the camera."""
        theme = self.theme
        (x0, _), (y0, _) = BOX
        at = (x0, y0)
        # Left on screen, from the final view (the numbers keep facing the camera).
        left = self.view_rotation(VIEW_PHI, VIEW_THETA).T @ LEFT
        ruler = Line(axes.c2p(*at, -SCORE_SPAN), axes.c2p(*at, SCORE_SPAN), color=theme.text,
                     stroke_width=3)

        def marks(values: list[float], texts: list[str], name: str) -> VGroup:
            ticks, numbers = VGroup(), VGroup()
            for v, tex in zip(values, texts, strict=True):
                point = axes.c2p(*at, v)
                ticks.add(Line(point, point + 0.2 * left, color=theme.text, stroke_width=3))
                number = MathTex(tex, font_size=SIZES.formula, color=theme.text)
                numbers.add(number.move_to(point + (0.3 + number.width / 2) * left))
            numbers.add(MathTex(name, font_size=SIZES.formula, color=theme.text)
                        .move_to(axes.c2p(*at, SCORE_SPAN) + 0.5 * OUT))
            return VGroup(ticks, numbers)

        span = [-SCORE_SPAN * 2 / 3, 0.0, SCORE_SPAN * 2 / 3]
        score_marks = marks(span, [f"{v:g}" for v in span], r"\text{score}")
        h_values = (0.0, 0.5, 1.0)
        h_marks = marks([(h - 0.5) * SHEET_STRETCH for h in h_values],
                        ["0", "0.5", "1"], "h")
        return ruler, score_marks, h_marks

    def face_camera(self, numbers: VGroup) -> None:
        """Pin each of ``numbers`` flat in the frame where the camera, as it now stands, shows
        its point of 3-D space: upright and facing the viewer, and placed by its true place on
        the screen (the camera does not move after the ruler appears)."""
        for number in numbers:
            number.move_to(self.renderer.camera.project_point(number.get_center()))
        self.add_fixed_in_frame_mobjects(*numbers)

    def view_rotation(self, phi: float, theta: float) -> np.ndarray:
        """The camera's rotation when it looks from ``phi``, ``theta``."""
        previous = self.camera.get_phi(), self.camera.get_theta()
        self.camera.set_phi(phi)
        self.camera.set_theta(theta)
        rotation = self.camera.generate_rotation_matrix()
        self.camera.set_phi(previous[0])
        self.camera.set_theta(previous[1])
        return rotation

    def stage_point(self, phi: float, theta: float) -> np.ndarray:
        """The point of 3-D space that the camera, looking from ``phi``, ``theta``, shows at
        the middle of the stage (perspective aside)."""
        return self.view_rotation(phi, theta).T @ (STAGE.center + 0.3 * UP + 0.5 * RIGHT)


def stalk_follower(floor: np.ndarray, dot: Dot) -> Callable[[Line], None]:
    """An updater keeping a stalk from ``floor`` up to ``dot``'s centre. It rebuilds the stalk
    only when the dot or the stalk has changed since it last did: manim's centre and line
    rebuild cost about 0.7 ms a stalk, on every frame of every play (60 stalks: a sixth of the
    3-D scene's time at 1080p60), though the points stand still through most plays."""
    # A Dot is one leaf: its points are its centre's source.
    return rebuilt_when_changed(lambda: dot.points.tobytes(),
                                lambda stalk: stalk.put_start_and_end_on(floor, dot.get_center()))


def along_x1_axes(theme: Theme, y_range: tuple[float, float, float], width: float,
                  height: float, y_numbers: tuple[float, ...], y_name: str,
                  decimals: int = 0) -> VGroup:
    """A small plot over x1 (along the x1 axis, x2 = 0): the axes and the names of both axes.
    A whole number on the y axis is written without decimals ("1", never "1.0", whose point
    vanishes at 480p and leaves a "10")."""
    whole = tuple(v for v in y_numbers if decimals and float(v).is_integer())
    axes = function_axes(theme, (LOG_ODDS_X[0], LOG_ODDS_X[1], 1), y_range, x_length=width,
                         y_length=height, x_numbers=(-2, 2),
                         y_numbers=tuple(v for v in y_numbers if v not in whole),
                         y_decimals=decimals, number_size=SIZES.label)
    # The numbers a size up and in the text colour: grey caption digits read too faint.
    for axis in (axes.x_axis, axes.y_axis):
        axis.numbers.set_color(theme.text)
    y_axis = axes.y_axis
    for value in whole:  # placed as the axis places its numbers, and part of them
        number = SansNumber(float(value), num_decimal_places=0, font_size=SIZES.label,
                            color=theme.text)
        y_axis.numbers.add(number.next_to(y_axis.number_to_point(value),
                                          y_axis.label_direction,
                                          buff=y_axis.line_to_number_buff))
    # The axes' names at the formula size (at the small one, "h" and "x1" read about 12 px
    # at 480p); a name in words stays small, clear of the numbers.
    x_name = MathTex("x_1", font_size=SIZES.formula, color=theme.text).next_to(
        axes.x_axis, RIGHT, buff=0.12)
    # The y name at its axis' top, on the right (the numbers are on the left; both curves
    # are still low there, rising left to right).
    y_label = MathTex(y_name, font_size=SIZES.formula if len(y_name) == 1
                      else SIZES.formula_small, color=theme.text)
    y_label.next_to(axes.c2p(0, y_range[1]), RIGHT, buff=0.2).align_to(
        axes.c2p(0, y_range[1]), UP)
    return VGroup(axes, x_name, y_label)


class LogOddsInvertTheSigmoid(LectureScene):
    """Solving h = g(z) for z: the score is the log-odds, so the model is linear in log-odds.
    Beside the algebra, along the x1 axis: h bends like an S; read through the log-odds, the same
    curve straightens into a line that one more unit of x1 lifts by theta1."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("The score is the log-odds")
        derivation = Derivation(
            [
                [r"h", r"=", r"\frac{1}{1 + e^{-z}}"],
                [r"1 + e^{-z}", r"=", r"\frac{1}{h}"],
                [r"e^{-z}", r"=", r"\frac{1 - h}{h}"],
                [r"e^{z}", r"=", r"\frac{h}{1 - h}"],
                [r"z", r"=", r"\log\,", r"\frac{h}{1 - h}"],
            ],
            theme, notes=["", "flip both sides", "take away one", "flip again", "take logs"],
            font_size=SIZES.formula, note_size=SIZES.label, align=[1, 1, 1, 1, 1],
            row_buff=0.2,
        )
        derivation.notes.set_color(theme.text)
        # The result a little apart from the step above it: its outlines clear that row.
        VGroup(derivation.rows[4], derivation.notes[4]).shift(RESULT_GAP * DOWN)
        ABOVE_STRIP.place(derivation, aligned=UP + LEFT)
        # The plot and the table of odds in the rest of the body, right of the notes.
        numbers = Region("numbers", derivation.get_right()[0] + 0.5, ABOVE_STRIP.right,
                         ABOVE_STRIP.bottom, ABOVE_STRIP.top)

        # Along the x1 axis (x2 = 0) with the course's starting weights: h and its log-odds,
        # both from core, on plots of one size in one place (the second replaces the first).
        xs = np.linspace(*LOG_ODDS_X, 121)
        along = np.column_stack([xs, np.zeros_like(xs)])
        h_plot = along_x1_axes(theme, (0, 1, 0.5), LOG_ODDS_PLOT_WIDTH, LOG_ODDS_PLOT_HEIGHT,
                               (0.5, 1), "h", decimals=1)
        # The log-odds axis named in words on one line: short enough to stay clear of its "2".
        lo_plot = along_x1_axes(theme, (-LOG_ODDS_Y, LOG_ODDS_Y, 1), LOG_ODDS_PLOT_WIDTH,
                                LOG_ODDS_PLOT_HEIGHT, (-2, 2), r"\text{log-odds}")
        h_axes, lo_axes = h_plot[0], lo_plot[0]
        numbers.place(lo_plot, aligned=UP + LEFT)
        h_plot.shift(lo_axes.c2p(LOG_ODDS_X[0], -LOG_ODDS_Y) - h_axes.c2p(LOG_ODDS_X[0], 0))
        rows = [(h, float(odds(h)), float(log_odds(h))) for h in (0.5, 0.75, 0.9)]
        table = odds_table(rows, theme)
        # Under the S's plot and its numbers, from the plot's left edge.
        table.next_to(h_plot, DOWN, buff=TABLE_GAP).align_to(h_plot, LEFT)
        # Until the table arrives, the S has its room too: a taller plot (same top, same
        # width, its foot where the table's will be), which settles to the plot's size as the
        # table comes in.
        tall_plot = along_x1_axes(theme, (0, 1, 0.5), LOG_ODDS_PLOT_WIDTH,
                                  LOG_ODDS_PLOT_HEIGHT + table.height + TABLE_GAP, (0.5, 1),
                                  "h", decimals=1)
        tall_axes = tall_plot[0]
        tall_plot.shift(h_axes.c2p(LOG_ODDS_X[0], 1) - tall_axes.c2p(LOG_ODDS_X[0], 1))
        # For the tests (the plot itself is reshaped as it settles).
        self.tall_plot, self.tall_shape, self.h_plot = tall_plot, tall_plot.copy(), h_plot
        # The log-odds' other name, written beside the column's header when it is said.
        logit = MathTex(r"(\text{logit})", font_size=SIZES.formula_small,
                        color=theme.text).next_to(table[0][2], RIGHT, buff=0.2)
        self.logit_name = logit  # for the tests
        s_curve = polyline(h_axes, xs, predict_proba(START, along), theme.curve, width=4)
        tall_curve = polyline(tall_axes, xs, predict_proba(START, along), theme.curve, width=4)
        line_xs = np.linspace(*LOG_ODDS_LINE_X, 101)
        lo_line = polyline(lo_axes, line_xs,
                           scores(START, np.column_stack([line_xs, np.zeros_like(line_xs)])),
                           theme.highlight, width=4)
        # Both plots run along x1 with x2 held at zero, and with the chapter's starting
        # weights: both said in the plots' empty corners, large enough that subscripts read.
        # The held feature in the upper left (both curves are low there, left of the axis);
        # the weights in the lower right (both are high there), at the box's right edge, just
        # above the S's axis, under the log-odds axis' numbers (a size down: at the formula
        # size they ran into the log-odds axis). Each moves with its plot as the S's settles.
        along_note = MathTex(r"x_2 = 0", font_size=SIZES.formula, color=theme.text)
        along_note.move_to(lo_axes.c2p(LOG_ODDS_X[0], LOG_ODDS_Y), aligned_edge=UP + LEFT)
        tall_note = along_note.copy().move_to(tall_axes.c2p(LOG_ODDS_X[0], 1),
                                              aligned_edge=UP + LEFT)
        weights_note = MathTex(r"\theta = ({:g},\ {:g},\ {:g})".format(*START),
                               font_size=SIZES.formula_small, color=theme.text)
        weights_note.move_to(lo_axes.c2p(LOG_ODDS_X[1], -LOG_ODDS_Y) + 0.15 * UP,
                             aligned_edge=DOWN + RIGHT)
        tall_weights = weights_note.copy().move_to(tall_axes.c2p(LOG_ODDS_X[1], 0) + 0.15 * UP,
                                                   aligned_edge=DOWN + RIGHT)
        self.weights_note = weights_note  # for the tests
        # The table's rows as points: on the S at (x1, h), and on the line at (x1, log-odds),
        # where x1 is the input whose score is that log-odds (theta0 + theta1 x1 = log-odds).
        row_x = [(lo - START[0]) / START[1] for _, _, lo in rows]
        row_dots = VGroup(*[
            Dot(h_axes.c2p(x, h), radius=0.08, color=theme.text, stroke_width=2,
                stroke_color=theme.background)
            for x, (h, _, _) in zip(row_x, rows, strict=True)])
        row_targets = [lo_axes.c2p(x, lo) for x, (_, _, lo) in zip(row_x, rows, strict=True)]

        # What z is, beside the first row, in the notes' column.
        score_note = MathTex(r"z = \theta^{\mathsf T} x", font_size=SIZES.formula_small,
                             color=theme.text)
        score_note.next_to(derivation.rows[0], RIGHT, buff=0.3).align_to(derivation.notes[1],
                                                                          LEFT)
        with self.beat("Why is this model called linear? {bent} Along the x one axis, "
                       "with x two at zero {weights} and our starting weights, the probability "
                       "h bends like an S. {solve} Take the sigmoid and solve it for the "
                       "score z, {score} which is theta transpose x.") as b:
            self.play(Write(heading), Write(derivation.rows[0]), FadeIn(tall_plot),
                      FadeIn(tall_note), run_time=1.2)
            b.wait_until("bent")
            self.play(Create(tall_curve), run_time=1.5)
            b.wait_until("weights")
            self.play(FadeIn(tall_weights), run_time=0.6)
            self.weights_shown_at = self.renderer.time  # for the tests
            b.wait_until("solve")
            self.play(Indicate(derivation.term(0, 2), color=theme.highlight), run_time=1.2)
            b.wait_until("score")
            self.play(FadeIn(score_note, shift=0.2 * RIGHT), run_time=0.6)
        with self.beat("{flip} Flip both sides, {away} take away one, {invert} flip again, "
                       "{logs} and take logarithms.") as b:
            for i, (mark, until) in zip((1, 2, 3, 4), (("flip", "away"), ("away", "invert"),
                                                       ("invert", "logs"), ("logs", "end")),
                                        strict=True):
                b.wait_until(mark)
                self.play(FadeIn(derivation.rows[i], shift=0.15 * DOWN),
                          FadeIn(derivation.notes[i]), run_time=b.time_until(until))
            box = SurroundingRectangle(derivation.rows[4], color=theme.good,
                                      buff=RESULT_BOX_BUFF)
            self.play(Create(box))

        # Step: odds in numbers
        with self.beat("The ratio h over one minus h is the odds; {logit} its logarithm is the "
                       "log-odds, also called the logit. {three} Three to one odds means a "
                       "probability of three quarters, {log} and its logarithm is about one "
                       "point one.") as b:
            # The odds, h over one minus h, outlined in the result as they are named, and
            # their column (with h's) built; the log-odds column waits for its name.
            ratio = derivation.term(4, 3)
            # Clear of the fraction's bar and of "log" beside it (a tight box touched both).
            ratio_box = snug_box(ratio, theme.highlight, derivation.term(4, 2))
            self.ratio_box, self.odds_outline = ratio_box, ratio_box.copy()  # for the tests
            # It takes the place of the result's box (two boxes round one formula merge).
            # The S's plot settles to its size, making room for the table under it.
            self.play(Create(ratio_box), FadeOut(box), ReplacementTransform(tall_plot, h_plot),
                      ReplacementTransform(tall_curve, s_curve),
                      ReplacementTransform(tall_note, along_note),
                      ReplacementTransform(tall_weights, weights_note), run_time=0.8)
            first_columns = [VGroup(r[0], r[1]) for r in table]
            self.play(*[FadeIn(c, shift=0.1 * DOWN) for c in first_columns],
                      *[FadeIn(d, scale=0.5) for d in row_dots], lag_ratio=0.4, run_time=1.5)
            b.wait_until("logit")
            # The logarithm joins the outline, its column arrives, and its other name is
            # written beside the column's header, as it is said.
            self.play(ratio_box.animate.become(snug_box(
                VGroup(derivation.term(4, 2), ratio), theme.highlight,
                derivation.term(4, 1))),
                *[FadeIn(r[2], shift=0.1 * DOWN) for r in table], FadeIn(logit),
                run_time=1.0)
            self.logit_outline = ratio_box.copy()  # for the tests: the log and the fraction
            # The table whole again (its rows, not their pieces, on screen).
            self.remove(*first_columns, *[r[2] for r in table])
            self.add(table)
            b.wait_until("three")
            # The outline moves from the formula to the three-to-one row, which it holds
            # while it is spoken about (a box reads at 480p; a pale tint of the row did not).
            self.play(ratio_box.animate.become(SurroundingRectangle(
                table[2], color=theme.highlight, buff=ROW_BOX_BUFF)),
                row_dots[1].animate.set_color(theme.highlight), run_time=0.8)
            self.row_outline, self.odds_table = ratio_box.copy(), table  # for the tests
            b.wait_until("log")
            self.play(Indicate(table[2][2], color=theme.highlight), run_time=1.2)
        takeaway = Text("a linear model of the log-odds", font_size=SIZES.label,
                        color=theme.highlight)
        # The conclusion is the result itself with z named: its z turns into theta^T x in
        # place, on the derivation's "=" column and at its size (a second boxed formula under
        # it was set smaller and off that column). The takeaway under the table.
        result_z = derivation.term(4, 0)
        linear = MathTex(r"\theta^{\mathsf T} x", font_size=SIZES.formula, color=theme.text)
        # (The derivation's region fitted it a touch under the formula size: this matches.)
        linear.scale(derivation.rows[0].font_size / linear.font_size)
        linear.next_to(derivation.term(4, 1), LEFT,
                       buff=derivation.term(4, 1).get_left()[0] - result_z.get_right()[0])
        linear.align_to(result_z, DOWN)  # on the row's baseline (neither letter descends)
        linear_row = VGroup(linear, *derivation.rows[4][1:])
        FORMULA_STRIP.place(takeaway, aligned=LEFT)
        takeaway.align_to(table, LEFT)
        self.linear_result, self.derivation = linear, derivation  # for the tests
        # One more unit of x1 lifts the log-odds by theta1 (core's scores at both ends).
        (x_a, x_b), (lo_a, lo_b) = STEP_X, scores(START, np.array([[STEP_X[0], 0.0],
                                                                    [STEP_X[1], 0.0]]))
        run = Line(lo_axes.c2p(x_a, lo_a), lo_axes.c2p(x_b, lo_a), color=theme.text,
                   stroke_width=3)
        rise = Line(lo_axes.c2p(x_b, lo_a), lo_axes.c2p(x_b, lo_b), color=theme.good,
                    stroke_width=5)
        # At the formula size, as the rise's name: its digit reads at 480p.
        run_name = MathTex("+1", font_size=SIZES.formula, color=theme.text).next_to(
            run, DOWN, buff=0.1)
        rise_name = MathTex(rf"+\theta_1 = {float(lo_b - lo_a):.1f}",
                            font_size=SIZES.formula, color=theme.good).next_to(
            rise, RIGHT, buff=0.2)
        with self.beat("{linear} So the model is linear after all, in log-odds: {straight} read "
                       "the same S through the log-odds, and it straightens into a line. "
                       "{weight} Each weight says how much one unit of its feature shifts the "
                       "log-odds of class one.") as b:
            self.play(row_dots[1].animate.set_color(theme.text), FadeOut(ratio_box),
                      FadeIn(box), run_time=0.5)
            b.wait_until("linear")
            self.play(FadeIn(takeaway, shift=0.2 * UP), ReplacementTransform(result_z, linear),
                      box.animate.become(SurroundingRectangle(linear_row, color=theme.good,
                                                              buff=RESULT_BOX_BUFF)),
                      run_time=1)
            b.wait_until("straight")
            # Every point of the S moves to its own log-odds: the axis is relabelled, the
            # curve straightens. The S's axis name and numbers (and the weights' note, which
            # the moving x axis sweeps through) fade out first and the log-odds' fade in
            # after: text morphed into text garbled mid-way.
            # (Each part animated on its own: a new group of them would be added to the scene
            # and split the plot it belongs to.)
            old_marks = [*h_axes.y_axis.numbers, h_plot[2]]
            new_marks = [*lo_axes.y_axis.numbers, lo_plot[2]]
            self.play(*[m.animate.set_opacity(0.0) for m in old_marks], FadeOut(weights_note),
                      run_time=0.4)
            for m in new_marks:
                m.set_opacity(0.0)
            # The table's points ride along: to 0, 1.10 and 2.20 on the line.
            self.play(ReplacementTransform(h_plot, lo_plot),
                      ReplacementTransform(s_curve, lo_line),
                      *[d.animate.move_to(p) for d, p in zip(row_dots, row_targets,
                                                             strict=True)], run_time=2.0)
            self.bring_to_front(row_dots)
            self.play(*[m.animate.set_opacity(1.0) for m in new_marks], FadeIn(weights_note),
                      run_time=0.5)
            b.wait_until("weight")
            # The table's points leave (the table keeps its numbers): the step stands alone.
            self.play(FadeOut(row_dots), Create(run), FadeIn(run_name),
                      run_time=1)
            self.play(Create(rise), FadeIn(rise_name), run_time=1)
            self.wait(1.5)  # the straightened line held long enough to be read


class StraightCutCannotSplitABullseye(LectureScene, ThreeDScene):
    """On a bullseye the logistic fit on the raw features, a straight boundary, gets about a
    third of the points wrong; the points on the wrong side are ringed."""

    def construct(self) -> None:
        theme = self.theme
        comparison = feature_comparison("rings")
        data = comparison.dataset
        theta = comparison.theta_raw
        heading = self.heading("A straight cut has its limits")
        axes, names = plane_on_stage(theme, RINGS_BOX)
        dots = point_cloud(axes, data.X, data.y, theme, radius=POINT_RADIUS)
        dots.set_stroke(theme.background, width=DOT_RIM)  # apart from the shading beneath
        field = ProbabilityField(axes, lambda: theta, faint(theme))
        boundary = BoundaryLine(axes, lambda: theta, theme, with_normal=False)
        field.clear_updaters()
        boundary.clear_updaters()
        wrong = predict(theta, data.X) != data.y
        # The points the straight cut gets right fade back, so those on the wrong side stand
        # out by themselves: no marks over them (rings round a dense cluster merged into a
        # blob), no key to read.
        wrong_points = VGroup(*[dots[i] for i in np.flatnonzero(wrong)])
        right_points = VGroup(*[dots[i] for i in np.flatnonzero(~wrong)])
        self.wrong_points, self.right_points = wrong_points, right_points  # for the tests
        acc = float(comparison.accuracy_raw)
        # The accuracy shown: the straight cut's, then (after it leaves) the curved fit's.
        shown_acc = ValueTracker(acc)
        acc_number = DecimalNumber(acc, num_decimal_places=2, font_size=SIZES.formula,
                                   color=theme.text)
        acc_number.add_updater(lambda m: m.set_value(shown_acc.get_value()))
        equation = MathTex(r"\theta_0 + \theta_1 x_1 + \theta_2 x_2 = 0",
                           font_size=SIZES.formula, color=theme.boundary)
        curved_equation = VGroup(*[
            MathTex(part, font_size=SIZES.formula, color=theme.boundary)
            for part in (r"\theta_0 + \theta_1 x_1 + \theta_2 x_2",
                         r"+\,\theta_3 x_1^2 + \theta_4 x_1 x_2", r"+\,\theta_5 x_2^2 = 0")
        ]).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        curved_equation[1:].shift(0.3 * RIGHT)
        fit_name = MathTex(r"\text{logistic fit on } x_1, x_2", font_size=SIZES.formula,
                           color=theme.text)
        acc_row = VGroup(MathTex(r"\text{accuracy} =", font_size=SIZES.formula,
                                 color=theme.text), acc_number).arrange(RIGHT, buff=0.2)
        sit_on_baseline(acc_number, acc_row[0])  # the digits on the words' baseline
        verdict = VGroup(fit_name, acc_row).arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        # One line, shown as it is said.
        note = Text("Chapter 9 picks up here", font_size=SIZES.body, color=theme.text)
        legend = class_legend(theme).arrange(RIGHT, buff=0.4)
        SIDE.inset(0.3).stack(legend, VGroup(equation, curved_equation), verdict, note,
                              buff=0.4, aligned=LEFT)
        equation.move_to(curved_equation, aligned_edge=UP + LEFT)
        # The curved features, named before the curved fit uses them, under the straight
        # cut's verdict.
        new_features = VGroup(*[
            MathTex(part, font_size=SIZES.formula, color=theme.good)
            for part in (r"\text{new features:}", r"x_1^2,\ x_1 x_2,\ x_2^2")
        ]).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        # The two squares (lit as "squares" is said): the same line cut in three.
        squares_line = MathTex(r"x_1^2", r",\ x_1 x_2,\ ", r"x_2^2", font_size=SIZES.formula,
                               color=theme.good).move_to(new_features[1])
        new_features.submobjects[1] = squares_line
        self.squares = VGroup(squares_line[0], squares_line[2])  # for the tests
        new_features.move_to(note, aligned_edge=UP + LEFT)
        self.new_features = new_features  # for the tests
        # A preview of chapter 9: the boundary of core's fit on squared features, a ring.
        lo, hi = axes.c2p(RINGS_BOX[0][0], RINGS_BOX[1][0]), axes.c2p(RINGS_BOX[0][1],
                                                                       RINGS_BOX[1][1])
        # Solid white, as every learned boundary in the chapter (dashed lines are level lines).
        ring_boundary = ImplicitFunction(
            lambda u, v: float(quadratic_score(comparison.theta_quadratic,
                                               [axes.p2c([u, v, 0])[:2]])[0]),
            x_range=(lo[0], hi[0]), y_range=(lo[1], hi[1]), color=theme.boundary,
            stroke_width=4)
        # A trial line through the middle, turning: whatever its angle, it is straight.
        turn = ValueTracker(TRIAL_ANGLES[0])
        trial = BoundaryLine(axes, lambda: np.array([0.0, -np.sin(turn.get_value()),
                                                     np.cos(turn.get_value())]),
                             theme, with_normal=False)
        inner = VGroup(*[dots[i] for i in np.flatnonzero(data.y == 1)])
        with self.beat("{always} The boundary is always a straight line, because theta "
                       "transpose x equals zero {linear} is a linear equation. {ring} Here "
                       "class one sits inside a ring of class zero.") as b:
            self.play(Write(heading), Create(axes), FadeIn(names), FadeIn(dots),
                      FadeIn(legend), Write(equation), run_time=1)
            self.add(trial)
            half = float(np.mean(TRIAL_ANGLES))
            self.play(turn.animate(rate_func=smooth_start).set_value(half),
                      run_time=b.time_until("linear", minimum=1.0))
            self.play(turn.animate(rate_func=smooth_end).set_value(TRIAL_ANGLES[1]),
                      Indicate(equation, color=theme.highlight),
                      run_time=b.time_until("ring", minimum=1.2))
            b.wait_until("ring")
            trial.clear_updaters()
            self.play(FadeOut(trial), Indicate(inner, color=theme.highlight, scale_factor=1.3),
                      run_time=1.5)
            self.add(dots)  # whole again (lighting a part of it split it in the scene)
        with self.beat("{cut} Fit logistic regression to this bullseye and its straight cut "
                       "{wrong} leaves the points still lit on the wrong side: {ringed} it "
                       "gets only about two in three right.") as b:
            b.wait_until("cut")
            self.play(FadeIn(field), Create(boundary), run_time=1.5)
            self.bring_to_front(dots)
            b.wait_until("wrong")
            self.play(right_points.animate.set_opacity(RIGHT_POINTS_OPACITY),
                      Indicate(wrong_points, color=theme.highlight, scale_factor=1.2),
                      run_time=1.2)
            self.add(dots)  # whole again (lighting a part of it split it in the scene)
            b.wait_until("ringed")
            self.play(FadeIn(verdict, shift=0.2 * LEFT))
        curved_field = QuadraticField(axes, comparison.theta_quadratic, faint(theme))
        # The lift, in 3-D: each point rises to x1^2 + x2^2 (core's heights) over its own
        # place on the plane, which tilts back into a floor; a level sheet at core's level
        # splits the classes, cuts the bowl of heights in a circle, and that circle drops to
        # the floor as the camera turns back to look straight down.
        lift = self.lift = lifted_cut("rings")
        (bx0, bx1), (by0, by1) = RINGS_BOX
        tilt, top = (LIFT_VIEW[0] * DEGREES, LIFT_VIEW[1] * DEGREES), (0.0, -90 * DEGREES)
        # Down the tilted screen: the plane and all that stands on it move by this while the
        # camera is tilted, and back as it turns to look straight down.
        # (The tilted camera's screen axes in the scene: the rows of its rotation.)
        view = rotation_matrix(-tilt[0], RIGHT) @ rotation_about_z(-tilt[1] - 90 * DEGREES)
        lowered = -LIFT_DROP * (view.T @ UP) + LIFT_RIGHT * (view.T @ RIGHT)
        self.lift_scale, self.lift_offset = LIFT_SCALE, lowered  # for the tests

        def raised(x: float, y: float, height: float) -> np.ndarray:
            return axes.c2p(x, y) + height * LIFT_SCALE * OUT + lowered

        lifted_at = [raised(x, y, z) for (x, y), z in zip(data.X, lift.heights, strict=True)]
        home = [d.get_center() for d in dots]
        inner_lifted = VGroup(*[dots[i] for i in np.flatnonzero(data.y == 1)])
        colours = (theme.class0, theme.class1)
        # A drop line from each lifted point to its own place on the floor, in its class'
        # colour: every height reads as a height.
        drops = VGroup(*[Line(raised(x, y, 0.0), p, color=colours[k], stroke_width=1.5,
                              stroke_opacity=0.55)
                         for (x, y), p, k in zip(data.X, lifted_at, data.y, strict=True)])
        # The floor: the box, faint, so the tilt reads as depth.
        floor = Polygon(*(raised(u, v, 0.0) for u, v in ((bx0, by0), (bx1, by0), (bx1, by1),
                                                         (bx0, by1))),
                        stroke_color=theme.muted, stroke_width=2, fill_color=theme.muted,
                        fill_opacity=LIFT_FLOOR_OPACITY)
        # The bowl every point sits on, faint (the points carry the picture).
        reach = float(np.sqrt(LIFT_RANGE[1]))
        bowl = Surface(lambda u, v: raised(u * np.cos(v), u * np.sin(v), u * u),
                       u_range=(0.0, reach), v_range=(0.0, 2 * np.pi), resolution=(4, 16),
                       fill_color=theme.muted, fill_opacity=BOWL_OPACITY,
                       checkerboard_colors=False, stroke_color=theme.muted, stroke_width=0.5)
        bowl.set_stroke(opacity=0.25)
        # The height's ruler at the floor's front left corner, just off the box, numbered
        # facing the camera.
        ruler_foot = (bx0 - 0.35, by0)
        ruler = Line(raised(*ruler_foot, 0.0), raised(*ruler_foot, LIFT_RANGE[1]),
                     color=theme.text, stroke_width=3)
        lift_numbers = VGroup(*[
            SansNumber(float(v), num_decimal_places=0, font_size=SIZES.label,
                       color=theme.text).move_to(raised(*ruler_foot, v) + 0.3 * (view.T @ LEFT))
            for v in LIFT_NUMBERS])
        ruler_ticks = VGroup(*[Line(raised(*ruler_foot, v), raised(*ruler_foot, v)
                                    + 0.15 * (view.T @ LEFT), color=theme.text,
                                    stroke_width=3)
                               for v in LIFT_NUMBERS])
        # The height's name in the side panel, where the straight cut's equation stood.
        lift_name = MathTex(r"\text{height} = x_1^2 + x_2^2", font_size=SIZES.formula,
                            color=theme.text).move_to(equation, aligned_edge=UP + LEFT)
        self.lift_numbers, self.lift_ruler = lift_numbers, ruler  # for the tests
        # The plane's x1 name stands upright as it tilts (x2's, at the back, would sit among
        # the ring's risen points: it leaves); its numbers give way to the ruler's.
        x1_name, x2_name, edge = names
        # The level sheet, its circle on the bowl (the curve's colour, as the circle it drops
        # to and its equation), and that circle on the floor.
        sheet = Polygon(*(raised(u, v, lift.level) for u, v in ((bx0, by0), (bx1, by0),
                                                                (bx1, by1), (bx0, by1))),
                        stroke_color=theme.curve, stroke_width=2, fill_color=theme.curve,
                        fill_opacity=LEVEL_SHEET_OPACITY)
        circle = VGroup(*[polyline(axes, c[:, 0], c[:, 1], theme.curve, width=5)
                          for c in level_curve(lift.lift, lift.level, *RINGS_BOX)])
        level_cut = circle.copy().shift(lift.level * LIFT_SCALE * OUT + lowered)
        under = [dots[i] for i in np.flatnonzero(lift.heights < lift.level)]
        over = [dots[i] for i in np.flatnonzero(lift.heights >= lift.level)]
        # The circle's equation (core's level), where the straight cut's stood: the side
        # panel names the boundary drawn, whichever it is.
        circle_equation = MathTex(rf"x_1^2 + x_2^2 = {lift.level:.1f}",
                                  font_size=SIZES.formula, color=theme.curve)
        circle_equation.move_to(curved_equation, aligned_edge=UP + LEFT)
        # The fitted ring's equation under it; its accuracy (the straight cut's row, moved
        # once the straight cut has left) and the closing note under that.
        curved_equation.next_to(circle_equation, DOWN, buff=0.35, aligned_edge=LEFT)
        # Each equation keyed by a short stroke of its curve's colour and width (the two
        # circles nearly coincide on the plane: the keys tell which is which), the equations
        # moved right to make room for them.
        circle_key, ring_key = (Line(ORIGIN, CURVE_KEY_LENGTH * RIGHT, color=colour,
                                     stroke_width=width)
                                for colour, width in ((theme.curve, 5), (theme.boundary, 4)))
        VGroup(circle_equation, curved_equation).shift(
            (CURVE_KEY_LENGTH + CURVE_KEY_GAP) * RIGHT)
        circle_key.next_to(circle_equation, LEFT, buff=CURVE_KEY_GAP)
        ring_key.next_to(curved_equation[0], LEFT, buff=CURVE_KEY_GAP)
        self.curve_keys = (circle_key, ring_key)  # for the tests
        curved_acc_spot = acc_row.copy().next_to(curved_equation, DOWN, buff=0.3,
                                                 aligned_edge=LEFT)
        note.shift((curved_acc_spot.get_bottom()[1] - 0.4 - note.get_top()[1]) * UP)
        self.circle_equation = circle_equation  # for the tests
        self.lift_circle, self.plane_axes, self.bullseye_dots = circle, axes, dots  # tests
        # What is on screen while the camera is tilted stays put in the frame (the heading,
        # the side panel's words) or upright facing it (the points, the names, the numbers).
        self.add_fixed_in_frame_mobjects(lift_name)
        self.remove(lift_name)
        with self.beat("To curve the boundary, feed the model curved features, such as "
                       "{squares} squares of the inputs. {tilt} Tilt the plane back, {lift} then "
                       "give every point a height, {sq} x one squared plus x two squared: "
                       "{low} class one stays low, the ring climbs high, {flat} and one flat "
                       "cut at a fixed height splits them.") as b:
            # The new features are written where the closing note will stand, as they are
            # said, the squares lit on their word. Then the straight cut leaves, its equation
            # and verdict with it, and the plane's numbers: all gone before the plane tilts.
            self.play(FadeIn(new_features, shift=0.2 * UP), run_time=1.0)
            b.wait_until("squares")
            self.play(*[m.animate.set_color(theme.highlight) for m in self.squares],
                      run_time=0.6)
            self.plane_leftovers = [field, boundary.line, equation, verdict, edge]  # tests
            self.play(*[FadeOut(m) for m in self.plane_leftovers],
                      right_points.animate.set_opacity(1.0),
                      run_time=min(max(b.time_until("tilt") - 0.1, 0.5), 1.0))
            self.remove(boundary)
            self.add(dots)  # whole again (lighting a part of it split it in the scene)
            b.wait_until("tilt")
            # The plane tilts back into a floor on "tilt the plane back", the points still
            # on it; then every point rises to its height, done within "give every point a
            # height"; the ruler comes in as its formula is said.
            self.add_fixed_in_frame_mobjects(heading, legend, new_features)
            # (Each point on its own centre: a group passed whole turns on the group's.)
            self.renderer.camera.add_fixed_orientation_mobjects(*dots, x1_name, x2_name)
            self.add(floor)
            self.bring_to_front(axes, x1_name, x2_name, dots)
            on_floor = [raised(x, y, 0.0) for x, y in data.X]
            self.move_camera(phi=tilt[0], theta=tilt[1],
                             added_anims=[FadeIn(floor), FadeOut(x2_name),
                                          *[m.animate.shift(lowered) for m in (axes, x1_name)],
                                          *[d.animate.move_to(p)
                                            for d, p in zip(dots, on_floor, strict=True)]],
                             run_time=max(b.time_until("lift") - 0.1, 1.0))
            self.tilted_before_rise = [d.get_center().copy() for d in dots]  # for the tests
            b.wait_until("lift")
            self.add(bowl)
            self.bring_to_front(*dots)
            self.play(FadeIn(bowl), *[d.animate.move_to(p)
                                      for d, p in zip(dots, lifted_at, strict=True)],
                      run_time=max(b.time_until("sq") - 0.2, 1.0))
            self.add(drops)
            self.bring_to_front(*dots)
            self.lifted_dots = [d.get_center().copy() for d in dots]  # for the tests
            b.wait_until("sq")
            # The ruler's numbers pinned facing the viewer where the tilted camera shows them.
            for number in lift_numbers:
                number.move_to(self.renderer.camera.project_point(number.get_center()))
            self.add_fixed_in_frame_mobjects(*lift_numbers)
            self.remove(*lift_numbers)
            self.play(FadeIn(lift_name), Create(drops), Create(ruler), Create(ruler_ticks),
                      FadeIn(lift_numbers), run_time=0.8)
            b.wait_until("low")
            self.play(Indicate(inner_lifted, color=theme.highlight, scale_factor=1.3),
                      run_time=1.2)
            self.add(dots)
            b.wait_until("flat")
            # The sheet lies over the points under it; the ring's stand over it.
            self.add(sheet, level_cut)
            self.bring_to_front(*over)
            self.play(FadeIn(sheet), Create(level_cut), run_time=1.0)
            self.level_cut, self.level_sheet = level_cut, sheet  # for the tests
            self.under_sheet, self.over_sheet = under, over
        with self.beat("Under the cut means near the centre: {drop} dropped back onto the "
                       "plane, that flat cut is a circle. "
                       "{ghost} Fitted on x one, x two, their squares and their product, "
                       "with a light brake on the weights, since these classes can be split "
                       "perfectly and the weights would otherwise grow without end, "
                       "{ring} the boundary closes into a ring much like it, "
                       "{all} and every point lands on its own side. {next} That is where "
                       "chapter nine picks up.") as b:
            # The points under the cut lit, those over it dimmed, while it is said: each lit
            # on its own, where it is drawn (under the sheet; a group of them, new to the
            # scene, was drawn over it). The height's ruler, its numbers and name and the drop
            # lines leave now, before the camera turns: turned with it, the ruler squashed
            # and its numbers came apart.
            self.play(*[Indicate(d, color=theme.highlight, scale_factor=1.3) for d in under],
                      *[d.animate.set_opacity(OVER_DIMMED) for d in over],
                      FadeOut(drops), FadeOut(ruler), FadeOut(ruler_ticks),
                      FadeOut(lift_numbers), FadeOut(lift_name), run_time=1.0)
            self.dimmed_over = [d.get_fill_opacity() for d in over]  # for the tests
            # For the tests: the draw order as the cut is spoken of.
            self.order_under_cut = [id(m) for m in self.mobjects]
            b.wait_until("drop")
            # The cut itself moves down (one circle on screen, never two) as the points
            # settle home and the camera turns back to look straight down.
            self.move_camera(phi=top[0], theta=top[1],
                             added_anims=[ReplacementTransform(level_cut, circle),
                                          FadeOut(sheet), FadeOut(bowl), FadeOut(floor),
                                          FadeIn(edge), FadeIn(x2_name),
                                          FadeIn(circle_equation), FadeIn(circle_key),
                                          *[m.animate.shift(-lowered) for m in (axes, x1_name)],
                                          *[d.animate.move_to(p).set_opacity(1.0)
                                            for d, p in zip(dots, home, strict=True)]],
                             run_time=2.0)
            self.bring_to_front(circle)
            b.wait_until("ghost")
            # The curved model's equation, under the circle's, as its features are said.
            # (The features' note leaves first: the two never overlap while fading.)
            self.play(Succession(FadeOut(new_features, run_time=0.5),
                                 FadeIn(curved_equation, run_time=1.0)))
            b.wait_until("ring")
            # Its field and its ring-shaped boundary grow on "ring", beside the flat cut's
            # circle, which stays in its own colour: "much like it" is there to see.
            self.add(curved_field)
            self.bring_to_front(axes, dots, circle)
            self.play(FadeIn(curved_field), Create(ring_boundary), FadeIn(ring_key),
                      run_time=1.5)
            self.bring_to_front(circle, ring_boundary)
            self.ring_boundary = ring_boundary  # for the tests
            acc_row.move_to(curved_acc_spot)
            b.wait_until("all")
            shown_acc.set_value(float(comparison.accuracy_quadratic))
            acc_number.update()
            self.play(FadeIn(acc_row), run_time=0.8)
            b.wait_until("next")
            self.play(FadeIn(note, shift=0.2 * UP), run_time=0.8)
        acc_number.clear_updaters()


#: The quiz's weights: the score is -2 + x1, so the model says class 1 right of x1 = 2.
QUIZ_THETA = np.array([-2.0, 1.0, 0.0])
QUIZ_CUT = float(boundary_point(QUIZ_THETA)[0])

#: The reveal's probe: where along x1 it slides from and to, at this height.
PROBE_X, PROBE_Y = (0.0, 3.5), -0.9
#: The probe's scores (core's) where it starts, on the line and where it ends: said in the
#: reason as the readout under the plot shows them.
PROBE_SCORES = tuple(float(z) for z in scores(
    QUIZ_THETA, np.array([[PROBE_X[0], 0.0], [QUIZ_CUT, 0.0], [PROBE_X[1], 0.0]])))


QUIZ = Quiz(
    question=r"A model has weights $\theta = (-2,\ 1,\ 0)$. Where exactly is $h(x) > 0.5$?",
    spoken_question="A model has weights theta equal to minus two, one, zero. Where exactly "
                    "is h of x greater than one half?",
    choices=(
        rf"Where $x_1 < {QUIZ_CUT:g}$",
        rf"Where $x_1 > {QUIZ_CUT + 0.5 / QUIZ_THETA[1]:g}$",
        r"Where $x_2 > 0$",
        rf"Where $x_1 > {QUIZ_CUT:g}$",
    ),
    correct=3,
    reason=rf"$h > 0.5$ exactly where the score $-2 + x_1 > 0$: right of $x_1 = {QUIZ_CUT:g}$, "
           r"whatever $x_2$.",
    spoken_reason="h is above one half exactly where the score, minus two plus x one, is "
                  f"above zero. A point at x one equals {said(PROBE_X[0])} scores "
                  f"{said(PROBE_SCORES[0])}: class zero. Moved to x one equals "
                  f"{said(QUIZ_CUT)}, it scores {said(PROBE_SCORES[1])}, on the line; at "
                  f"{said(PROBE_X[1])} it scores {said(PROBE_SCORES[2])}: class one. So h is "
                  f"above one half right of x one equals {said(QUIZ_CUT)}, whatever "
                  "x two is. The arrow, theta one and theta two, equal to one and zero, points "
                  "right, across the line.",
    applied=True,
)


#: The quiz's picture: a feature plane over this box (this wide on a first trial, which
#: measures the room its names and numbers take), with room under it for the probe's readout.
QUIZ_BOX = ((-1.0, 4.0), (-2.0, 2.0))
QUIZ_PLANE_WIDTH = 6.6
QUIZ_PICTURE_SHARE = 0.56
QUIZ_READOUT_ROOM = 1.2
#: The gap between the plane's numbers along its bottom edge and the probe's readout.
QUIZ_READOUT_GAP = 0.4
#: How high the probe is lifted at the end (the score does not change: theta2 is zero), and
#: how fast (short: the move fits inside "whatever x two is").
PROBE_RISE, PROBE_RISE_TIME = 1.4, 0.8


class BoundaryCheck(QuizScene):
    """Check your understanding: reading a decision boundary off the weights."""

    quiz = QUIZ
    picture_share = QUIZ_PICTURE_SHARE

    def quiz_picture_region(self) -> Region:
        """The body's right part, less a strip at its bottom for the probe's readout."""
        right = BODY.split(1 - QUIZ_PICTURE_SHARE)[1].inset(0.1)
        return Region("quiz picture", right.left, right.right,
                      right.bottom + QUIZ_READOUT_ROOM, right.top)

    def quiz_picture(self) -> Group:
        """The plane with its names and numbers a size up (the picture is read at a glance
        beside the card), made just large enough to fill its region: never shrunk to fit, so
        the type keeps its size."""
        theme = self.theme

        def plane(width: float) -> Group:
            axes = plane_axes(theme, QUIZ_BOX, width)
            names = VGroup(*[MathTex(t, font_size=SIZES.formula, color=theme.text)
                             for t in ("x_1", "x_2")])
            names[0].next_to(axes.x_axis.get_right(), RIGHT, buff=0.12)
            names[1].next_to(axes.y_axis.get_top(), UP, buff=0.12)
            numbers = edge_numbers(axes, QUIZ_BOX, theme, font_size=SIZES.body)
            return Group(axes, names, numbers)

        # The names and numbers take the same room whatever the plane's size: what is left
        # of the region is the plane's.
        trial = plane(QUIZ_PLANE_WIDTH)
        room = self.quiz_picture_region()
        extra_w, extra_h = trial.width - trial[0].width, trial.height - trial[0].height
        shape = trial[0].height / trial[0].width
        width = min(room.width - extra_w, (room.height - extra_h) / shape) - 0.02
        picture = plane(width)
        self.quiz_axes, self.quiz_numbers = picture[0], picture[2]
        return picture

    def quiz_reveal(self) -> None:
        theme = self.theme
        axes = self.quiz_axes  # where the card's layout put it: the field is made there
        self.quiz_field = ProbabilityField(axes, lambda: QUIZ_THETA, faint(theme))
        self.quiz_field.clear_updaters()
        self.quiz_line = BoundaryLine(axes, lambda: QUIZ_THETA, theme, with_normal=True,
                                      fixed_length=1.0)
        self.quiz_line.clear_updaters()
        (_, x1), (y0, _) = QUIZ_BOX
        # At the formula size, as the line's name above the plot.
        above = MathTex(r"h > 0.5", font_size=SIZES.formula, color=theme.text)
        # Low in the h > 0.5 side, clear of the probe, which slides at PROBE_Y and rises.
        above.move_to(axes.c2p((QUIZ_CUT + x1) / 2, y0 * 0.8))
        cut = MathTex(rf"x_1 = {QUIZ_CUT:g}", font_size=SIZES.formula, color=theme.good)
        # Above the plot, its left edge just right of the line's top (clear of the x2 name
        # at the vertical axis' top, left of it).
        cut.next_to(axes, UP, buff=0.15).align_to(axes.c2p(QUIZ_CUT, 0) + 0.1 * RIGHT, LEFT)
        self.quiz_cut_name = cut  # for the tests
        self.add(self.quiz_field)
        self.bring_to_front(axes)
        self.play(FadeIn(self.quiz_field), Create(self.quiz_line.line), FadeIn(cut),
                  run_time=1.2)
        self.play(FadeIn(above), run_time=0.8)
        # A probe slides along x1: the score -2 + x1 (core's) turns from negative to positive
        # as it crosses the line.
        probe_x = ValueTracker(PROBE_X[0])

        def score() -> float:
            return float(scores(QUIZ_THETA, np.array([[probe_x.get_value(), 0.0]]))[0])

        probe = Dot(radius=0.1, color=theme.highlight, stroke_width=2,
                    stroke_color=theme.background)
        probe_y = ValueTracker(PROBE_Y)
        probe.add_updater(lambda m: m.move_to(axes.c2p(probe_x.get_value(),
                                                       probe_y.get_value())))
        # The score with the probe's x1 written in ("-2 + 3.5 = 1.5"), all in TeX: one face
        # for the whole equation. The probe's x1 takes the place of a template's "0.0" (it
        # stays between 0 and 4, so its width does not change).
        value = DecimalNumber(score(), num_decimal_places=1, font_size=SIZES.formula,
                              color=theme.text)
        template = MathTex(r"-2 +", r"0.0", r"=", font_size=SIZES.formula, color=theme.text)
        head, slot, equals = template
        x_value = DecimalNumber(probe_x.get_value(), num_decimal_places=1,
                                font_size=SIZES.formula, color=theme.highlight)
        readout = VGroup(head, equals, x_value, value)
        self.probe_readout = (x_value, value)  # for the tests
        # The numbers' digits on the template's baseline (found once: it does not move).
        baseline_above_bottom = baseline_offset(template)
        # The slot (not shown) keeps its place beside the head, which moves with the probe.
        slot_from_head = slot.get_left() - head.get_left()
        bottom_to_head = template.get_bottom()[1] + baseline_above_bottom - head.get_bottom()[1]
        (x0, x1), _ = QUIZ_BOX

        def follow(m: VGroup) -> None:
            value.set_value(score())
            x_value.set_value(probe_x.get_value())
            value.set_color(theme.text if abs(score()) < 0.05 else
                            theme.class1 if score() > 0 else theme.class0)
            baseline = head.get_bottom()[1] + bottom_to_head
            slot.move_to(head, aligned_edge=LEFT).shift(slot_from_head)
            x_value.move_to(slot, aligned_edge=LEFT)
            x_value.shift((baseline - x_value.get_bottom()[1]) * UP)
            value.next_to(equals, RIGHT, buff=0.15)
            value.shift((baseline - value.get_bottom()[1]) * UP)
            left, right = axes.c2p(x0, 0)[0], axes.c2p(x1, 0)[0]
            half = m.width / 2 + 0.1
            # Under the plot (clear of the shading), following the probe along x1.
            m.move_to([float(np.clip(probe.get_x(), left + half, right - half)), below, 0])

        # Under the numbers along the bottom edge, in the room left for it.
        below = self.quiz_numbers.get_bottom()[1] - QUIZ_READOUT_GAP - readout.height / 2

        readout.add_updater(follow)
        probe.update()
        readout.update()
        # The probe arrives as "a point" is said, moves to the line (the score reads 0.0
        # there) on "moved", and across it as its end's x1 is said.
        self.until_reason_word("point")
        self.play(FadeIn(probe, scale=0.5), FadeIn(readout), run_time=0.5)
        self.probe_times = [self.renderer.time]  # for the tests
        self.until_reason_word("Moved")
        self.play(probe_x.animate.set_value(QUIZ_CUT), run_time=1.6, rate_func=smooth)
        self.probe_times.append(self.renderer.time)
        self.until_reason_word(said(PROBE_X[1]).split()[0])
        self.play(probe_x.animate.set_value(PROBE_X[1]), run_time=1.4, rate_func=smooth)
        self.probe_times.append(self.renderer.time)
        # "whatever x2", as it is said: straight up, and it stays there (the whole move
        # inside those words); the score (and so h) does not change (theta2 = 0).
        self.until_reason_word("whatever")
        self.play(probe_y.animate.set_value(PROBE_RISE), run_time=PROBE_RISE_TIME,
                  rate_func=smooth)
        # The arrow (theta1, theta2) = (1, 0) arrives as it is named, pointing right across
        # the line.
        self.until_reason_word("arrow")
        self.play(FadeIn(self.quiz_line.arrow), run_time=0.6)
        self.play(Indicate(self.quiz_line.arrow, color=theme.highlight), run_time=1.2)
        readout.clear_updaters()
        probe.clear_updaters()


SCENES_IN_ORDER = [BoundaryRotatesOverTheField, ScoreIsATiltedPlane, LogOddsInvertTheSigmoid,
                   StraightCutCannotSplitABullseye, BoundaryCheck]
