"""Chapter 8: Newton's method. Follow the tangent of the slope to its zero, and arrive.

The log-likelihood of one weight above its derivative; Newton's step drawn as the tangent of
l' followed down to zero; a race from the same start against gradient ascent, step by step,
until Newton sits at the peak while gradient ascent is still climbing; then the update with
the Hessian in many dimensions, and its price per step beside the steps it saves. Every
iterate, tangent, count and curve comes from ``core.newton``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Arrow,
    Axes,
    Circle,
    Create,
    DashedLine,
    DashedVMobject,
    DecimalMatrix,
    Dot,
    DoubleArrow,
    FadeIn,
    FadeOut,
    FadeTransform,
    Group,
    GrowArrow,
    GrowFromCenter,
    GrowFromEdge,
    ImageMobject,
    Indicate,
    Line,
    ManimColor,
    MathTex,
    Rectangle,
    ReplacementTransform,
    Square,
    SurroundingRectangle,
    Text,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    linear,
    smooth,
)

from core import log_likelihood_hessian
from core.gradient_ascent import gradient_ascent
from core.newton import (
    NewtonOnQuadratic,
    NewtonRace,
    error_decay_run,
    log_likelihood_1d,
    newton_bowls_run,
    newton_on_quadratic,
    newton_race_run,
    newton_versus_ascent_run,
    principal_curvatures,
    steps_to_settle,
    work_to_converge,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import FOOTER, HEADING, SIDE, STAGE
from scenes.common.pieces import FieldImage, ReadoutPanel
from scenes.common.plots import function_axes, polyline
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.spoken import count_word
from scenes.common.theme import SIZES, Theme

#: The plotting window: weights w, and the ranges of l(w) and l'(w) (chosen for the picture;
#: every plotted value comes from core).
W_RANGE = (-0.2, 2.0)
L_RANGE = (-8.6, -4.0)
SLOPE_RANGE = (-2.0, 8.0)
#: Size and place of the two stacked panels on the stage (scene units): room on the left
#: for the y numbers, on the right for the w label, below for the w numbers.
PLOT_LEFT = STAGE.left + 0.7
PLOT_WIDTH = STAGE.right - 0.5 - PLOT_LEFT
TOP_PANEL = (-0.3, STAGE.top - 0.15)  # bottom and top edge of the l(w) panel
BOTTOM_PANEL = (STAGE.bottom + 0.5, -0.65)  # ... and of the l'(w) panel
#: A second place to draw Newton's tangent: out at w = 2, where l' changes slowly; the l'
#: level (low in its panel, under the tangent and the curve) of the arrow for its long step.
GENTLE_W = 2.0
RUN_LEVEL = -1.85
#: Centre (w, l') of the "slope l''(w)" callout: above the steep tangent, left of w*.
SLOPE_LABEL_AT = (0.72, 5.4)
#: Where (as a share of the run from w0 to w1) the run's name "Delta w" sits above it.
RUN_LABEL_AT = 0.3
#: The l' level of gradient ascent's first step, drawn as an arrow under the w axis.
ASCENT_LEVEL = -1.0
#: The "nearly flat" note: its top-left corner (w, l') in the empty upper right of the l'
#: panel, and the w at which its pointer meets the gentle tangent.
FLAT_LABEL_AT = (1.23, 7.8)
FLAT_POINTS_AT = 1.65
#: Left edge of the right-hand column of formulas and readouts.
RIGHT_COLUMN = SIDE.left
#: The bars of steps to converge under the Hessian scene's table: left end, the longest
#: bar's length, a bar's height, and the two bars' heights on screen (scene units). The
#: shortest bar is drawn at least MIN_BAR long, so it shows.
BAR_LEFT = -5.2
BAR_LONGEST = 6.0
BAR_HEIGHT = 0.26
BAR_ROWS = (-2.45, -2.9)
#: "Millions of weights": the d at which the trade-off is weighed a second time.
MANY_WEIGHTS = 10**6
MIN_BAR = 0.06
#: A climber's trail leaves out the iterates within this distance (in w) of where it is now.
TRAIL_CLEAR = 0.02
#: The race's tangents: how far (in w) each runs back behind its touching point, and their
#: stroke (wider than the l' curve under them).
RACE_TANGENT_BACK = 0.45
RACE_TANGENT_STROKE = 7
#: The gap (scene units) between "still climbing" and the dashed w* line right of it.
CLIMBING_CLEAR = 0.15
#: "At the peak": within this distance of w*.
PEAK_TOL = 1e-3
#: How far a drawn tangent reaches past its touching point and its zero crossing.
TANGENT_OVERHANG = 0.15
#: The log-error plot's lowest power of ten (rounding level is about 1e-16).
LOG_FLOOR = -16
#: The double-precision level line on the log-error plot ends at this step (clear of the
#: "step" name at the axis's right end), and its name starts at this step.
FLOOR_LINE_END = 60
FLOOR_NOTE_STEP = 14
#: Where the rates are named on the log-error plot: gradient ascent's name above and right
#: of its line's point at this step (the line falls away under it); "quadratic" with its left
#: edge at this (step, log10 error), right of Newton's cliff.
LINEAR_NAME_STEP = 55
QUADRATIC_NAME_AT = (12, -9.0)
#: Contour levels of the 2-D map: drops below the peak, evenly spaced in their square root
#: (so a quadratic hill's contours are evenly spaced ellipses); and how far the map's shade
#: goes from the background toward the curve colour at the peak.
CONTOUR_DROPS = tuple(0.25 * n * n for n in range(1, 10))
MAP_SHADE = 0.45
#: The first model's dashed levels stay this far (in square root of the drop, where the
#: levels are 0.5 apart) inside its thicker level through the start, so no two nearly coincide.
MODEL_LEVEL_GAP = 0.3
#: The contour map's grid (rows, columns): fine enough that its one-pixel lines look smooth;
#: and its window in b and w, wide enough to hold the first model's ellipse through the start
#: (b up to 3.7, w up to 2.9) without clipping it.
MAP_SHAPE = (300, 400)
#: Newton's model contours: their stroke and the length of one dash and its gap (scene units).
MODEL_STROKE = 4
MODEL_DASH = 0.22
MAP_B_RANGE = (-2.8, 3.95)
MAP_W_RANGE = (-0.7, 3.15)


def fmt(value: float, decimals: int = 4) -> str:
    return f"{value:.{decimals}f}"


def error_tex(e: float) -> str:
    """A positive error to two significant digits: written out down to 0.001, beyond that as
    a power of ten (so its zeros after the point can be counted either way)."""
    if e >= 1e-3:
        return f"{e:.2g}"
    mantissa, exponent = f"{e:.1e}".split("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"


def work_tex(work: int) -> str:
    """A count of operations in LaTeX: in full below 100,000, else as m times a power of 10."""
    if work < 100_000:
        return f"{work:,}".replace(",", "{,}")
    exponent = len(str(work)) - 1
    mantissa = f"{work / 10 ** exponent:.1f}".removesuffix(".0")
    return rf"{mantissa} \cdot 10^{{{exponent}}}"


def glyphs_by_bar(fraction: VMobject) -> tuple[VGroup, VGroup, VMobject]:
    """The glyphs above and below the bar of a ``\\frac``, and the bar (its widest, flattest
    glyph); a leading minus sign, level with the bar, belongs to neither."""
    bar = max(fraction, key=lambda g: g.width / max(g.height, 1e-6))
    above = VGroup(*[g for g in fraction if g.get_center()[1] > bar.get_center()[1] + 1e-3])
    below = VGroup(*[g for g in fraction if g.get_center()[1] < bar.get_center()[1] - 1e-3])
    return above, below, bar


class SlopeUnderCurve(VGroup):
    """l(w) in a panel above l'(w), on one shared w axis, with the peak w* through both."""

    def __init__(self, x: np.ndarray, y: np.ndarray, w_star: float, theme: Theme):
        super().__init__()
        self.x, self.y, self.w_star, self.theme = x, y, w_star, theme
        axis = {"color": theme.muted, "stroke_width": 2}
        numbers = {"font_size": SIZES.formula}
        self.top = Axes(x_range=[*W_RANGE, 0.5], y_range=[*L_RANGE, 1], x_length=PLOT_WIDTH,
                        y_length=TOP_PANEL[1] - TOP_PANEL[0], tips=False, axis_config=axis,
                        y_axis_config={**numbers, "numbers_to_include": [-7, -5]})
        self.bottom = Axes(x_range=[*W_RANGE, 0.5], y_range=[*SLOPE_RANGE, 2],
                           x_length=PLOT_WIDTH, y_length=BOTTOM_PANEL[1] - BOTTOM_PANEL[0],
                           tips=False, axis_config=axis,
                           y_axis_config={**numbers, "numbers_to_include": [4, 8]})
        for ax, (lo, _) in ((self.top, TOP_PANEL), (self.bottom, BOTTOM_PANEL)):
            corner = ax.c2p(W_RANGE[0], ax.y_range[0])
            ax.shift([PLOT_LEFT - corner[0], lo - corner[1], 0])
            ax.y_axis.numbers.set_color(theme.muted)
            # Numbered at the panel's left edge, clear of the curve crossing w = 0.
            for number in ax.y_axis.numbers:
                number.next_to(ax.c2p(W_RANGE[0], number.get_value()), LEFT, buff=0.12)
        # l never reaches 0, so its x axis would run along the top edge: the shared w axis
        # below carries the numbers instead. (Removed only after the shift: c2p still reads it.)
        self.top.remove(self.top.x_axis)
        # The w numbers go under the panel, clear of l' where it dips below zero.
        self.w_numbers = VGroup(*[
            MathTex(f"{w:g}", font_size=SIZES.formula, color=theme.muted).next_to(
                self.bottom.c2p(w, SLOPE_RANGE[0]), DOWN, buff=0.15)
            for w in (0, 0.5, 1, 1.5, 2)])
        # The zero line of l' is the w axis: its name sits at its right end.
        self.w_label = MathTex("w", font_size=SIZES.formula, color=theme.muted).next_to(
            self.bottom.c2p(W_RANGE[1], 0), RIGHT, buff=0.15)

        grid = np.linspace(*W_RANGE, 221)
        curve = log_likelihood_1d(grid, x, y)
        self.top_curve = self._polyline(self.top, grid, curve.value, theme.curve)
        self.bottom_curve = self._polyline(self.bottom, grid, curve.slope, theme.loss)
        self.top_label = MathTex(r"\ell(w)", font_size=SIZES.formula, color=theme.curve)
        self.top_label.move_to(self.top.c2p(0.12, -4.35), aligned_edge=LEFT)
        self.bottom_label = MathTex(r"\ell'(w)", font_size=SIZES.formula, color=theme.loss)
        self.bottom_label.move_to(self.bottom.c2p(0.16, 7.4), aligned_edge=LEFT)

        self.peak_line = DashedLine(self.bottom.c2p(w_star, SLOPE_RANGE[0]),
                                    self.top.c2p(w_star, L_RANGE[1]), color=theme.muted,
                                    stroke_width=2, dash_length=0.08)
        self.peak_label = MathTex("w^*", font_size=SIZES.formula, color=theme.text)
        self.peak_label.next_to(self.top.c2p(w_star, L_RANGE[0]), RIGHT, buff=0.12).shift(
            0.3 * UP)
        self.add(self.top, self.bottom, self.w_numbers, self.w_label, self.top_curve,
                 self.bottom_curve, self.top_label, self.bottom_label)

    @staticmethod
    def _polyline(axes: Axes, xs: np.ndarray, ys: np.ndarray, colour: str) -> VMobject:
        curve = VMobject(color=colour, stroke_width=5)
        curve.set_points_as_corners([axes.c2p(a, b) for a, b in zip(xs, ys, strict=True)])
        return curve

    def at(self, w: float) -> tuple[float, float]:
        """l(w) and l'(w), from core."""
        c = log_likelihood_1d(np.array([w]), self.x, self.y)
        return float(c.value[0]), float(c.slope[0])

    def markers(self, w: Callable[[], float], colour: str, radius: float,
                square: bool = False) -> VGroup:
        """A dot (or a square, ``square``: a shape, not only a hue, tells climbers apart) on
        each curve at the weight ``w()`` returns, following it."""
        def mark() -> VMobject:
            if square:
                return Square(side_length=2 * radius, color=colour, fill_opacity=1,
                              stroke_width=2, stroke_color=self.theme.background)
            return Dot(radius=radius, color=colour)

        top, bottom = mark(), mark()

        def follow(group: VGroup) -> None:
            value, slope = self.at(w())
            group[0].move_to(self.top.c2p(w(), value))
            group[1].move_to(self.bottom.c2p(w(), slope))

        pair = VGroup(top, bottom)
        follow(pair)
        pair.add_updater(follow)
        return pair

    def tangent(self, race: NewtonRace, step: int, back: float = TANGENT_OVERHANG) -> Line:
        """The tangent of l' where Newton's step ``step`` touches it, run past its zero (and
        ``back`` in w behind its touching point, where it parts from the curve)."""
        w_t, slope_t = race.tangent_points[step]
        curvature = race.tangent_slopes[step]
        start_w = max(w_t - back, W_RANGE[0])
        end_w = race.newton[step + 1] + TANGENT_OVERHANG
        # Clip to the panel: the line leaves through the top or the bottom edge first.
        top_w = w_t + (SLOPE_RANGE[1] - slope_t) / curvature
        bottom_w = w_t + (SLOPE_RANGE[0] - slope_t) / curvature
        start_w, end_w = max(start_w, top_w), min(end_w, bottom_w)
        return Line(self.bottom.c2p(start_w, slope_t + curvature * (start_w - w_t)),
                    self.bottom.c2p(end_w, slope_t + curvature * (end_w - w_t)),
                    color=self.theme.highlight, stroke_width=4)

    def tangent_at(self, w: float) -> tuple[Line, float]:
        """The tangent of l' at ``w`` (from core's l' and l''), run to its zero crossing, and
        that crossing: where Newton's step from ``w`` lands."""
        c = log_likelihood_1d(np.array([w]), self.x, self.y)
        slope, curvature = float(c.slope[0]), float(c.curvature[0])
        lands = w - slope / curvature
        ends = sorted([w, lands])
        ends = [max(ends[0] - TANGENT_OVERHANG, W_RANGE[0]),
                min(ends[1] + TANGENT_OVERHANG, W_RANGE[1])]
        line = Line(*[self.bottom.c2p(e, slope + curvature * (e - w)) for e in ends],
                    color=self.theme.highlight, stroke_width=4)
        return line, lands

    def zero_mark(self, w: float) -> Circle:
        """A ring on the zero line of l' at ``w``."""
        return Circle(radius=0.1, color=self.theme.highlight, stroke_width=4).move_to(
            self.bottom.c2p(w, 0))


# ---------------------------------------------------------------------------------------------


class NewtonFollowsTheTangentOfTheSlope(LectureScene):
    """l(w) above l'(w); the tangent of l' at w, followed to zero, is Newton's next w."""

    def construct(self) -> None:
        theme = self.theme
        data, race = newton_race_run()
        self.race = race
        plots = SlopeUnderCurve(data.X[:, 0], data.y, race.w_star, theme)
        self.plots = plots
        heading = self.heading("Chapter 8 \u00b7 Newton's method")
        # What the two panels are, beside them until the climb starts.
        side_notes = VGroup(
            # Summed over the examples (no index: subscripts at this size would be too small).
            MathTex(r"\ell(w) = \sum \log P(y \mid x;\, w)", font_size=SIZES.formula,
                    color=theme.curve),
            MathTex(r"\text{gradient ascent: slope }", r"\ell'(w)",
                    font_size=SIZES.formula, color=theme.class0),
            MathTex(r"\text{Newton: also its bend } \ell''(w)", font_size=SIZES.formula,
                    color=theme.highlight),
            MathTex(r"\text{peak: } \ell'(w^*) = 0", font_size=SIZES.formula,
                    color=theme.loss))
        side_notes[1][1].set_color(theme.loss)  # l' in its own colour, as its curve below
        SIDE.stack(*side_notes, buff=0.5)
        # A tangent sliding along the hill: its slope is what gradient ascent feels, and how
        # fast it turns is the curvature Newton also uses (l and l' from core).
        touch = ValueTracker(0.1)

        def hill_tangent() -> Line:
            value, slope = plots.at(touch.get_value())
            reach = 0.3
            w_t = touch.get_value()
            return Line(plots.top.c2p(w_t - reach, value - reach * slope),
                        plots.top.c2p(w_t + reach, value + reach * slope),
                        color=theme.class0, stroke_width=5)

        # The touching point's slope and curvature, live (core): the curvature is seen to
        # change the slope as the tangent slides.
        def derivative(k: int) -> Callable[[], float]:
            def read() -> float:
                curve = log_likelihood_1d(np.array([touch.get_value()]), data.X[:, 0], data.y)
                return float((curve.slope, curve.curvature)[k][0])
            return read

        live = ReadoutPanel([(r"\ell'(w)", derivative(0), 2),
                             (r"\ell''(w)", derivative(1), 2)], theme)
        live[0][0].set_color(theme.loss)
        live[1][0].set_color(theme.highlight)
        live.next_to(side_notes, DOWN, buff=0.6).align_to(side_notes, LEFT)
        self.live_derivatives = live
        sliding = hill_tangent()
        sliding.add_updater(lambda m: m.become(hill_tangent()))
        touch_dot = Dot(radius=0.08, color=theme.class0).add_updater(
            lambda m: m.move_to(plots.top.c2p(touch.get_value(),
                                              plots.at(touch.get_value())[0])))

        # Step: the hill
        with self.beat("Here is the log-likelihood of a single weight w, with the bias held at "
                       "zero. {slope} Gradient ascent feels only its slope, the tilt of this "
                       "tangent; {curvature} Newton's method also uses the curvature, how fast "
                       "that tilt changes as the point moves.") as b:
            # The w axis (the l' panel's zero line, with its numbers) comes with the hill, so
            # "a single weight w" has its scale.
            self.play(FadeIn(heading, shift=0.2 * DOWN), Create(plots.top),
                      Create(plots.bottom.x_axis), FadeIn(plots.w_numbers),
                      FadeIn(plots.w_label), FadeIn(plots.top_label), FadeIn(side_notes[0]),
                      run_time=0.8)
            self.play(Create(plots.top_curve), run_time=1.2)
            b.wait_until("slope")
            touch_dot.update()
            self.play(Create(sliding), FadeIn(touch_dot), FadeIn(side_notes[1], shift=0.2 * UP),
                      FadeIn(live[0]), run_time=0.8)
            self.play(touch.animate.set_value(0.55), run_time=1.2)
            b.wait_until("curvature")
            self.play(FadeIn(side_notes[2], shift=0.2 * UP), FadeIn(live[1]), run_time=0.6)
            self.play(touch.animate.set_value(1.7), run_time=max(b.time_until("end"), 2.0))
            sliding.clear_updaters()
            touch_dot.clear_updaters()

        # Step: the peak is where the slope is zero
        peak_dot = VGroup(*[Dot(point, radius=0.08, color=theme.text) for point in (
            plots.top.c2p(race.w_star, plots.at(race.w_star)[0]),
            plots.bottom.c2p(race.w_star, 0))])
        with self.beat("Below it, its derivative, ell prime. {top} At the top of the hill the "
                       "slope is zero, so climbing to the peak means finding where ell prime "
                       "crosses zero.") as b:
            self.play(Create(plots.bottom.y_axis), FadeIn(plots.bottom_label),
                      FadeOut(sliding), FadeOut(touch_dot), FadeOut(live))
            self.add(plots.bottom)
            self.play(Create(plots.bottom_curve), run_time=1.5)
            b.wait_until("top")
            self.play(Create(plots.peak_line), FadeIn(plots.peak_label), FadeIn(peak_dot),
                      FadeIn(side_notes[3], shift=0.2 * UP))

        # Step: the start
        w = ValueTracker(float(race.newton[0]))
        marker = plots.markers(w.get_value, theme.highlight, 0.1)
        self.marker = marker
        start = MathTex(rf"w_0 = {race.newton[0]:g}", font_size=SIZES.formula,
                        color=theme.highlight)
        start.move_to([RIGHT_COLUMN, STAGE.top, 0], aligned_edge=UP + LEFT)
        # The hill's tangent at the start, on "steeply": the steep rise the words name.
        touch.set_value(float(race.newton[0]))
        steep = hill_tangent()
        self.steep_tangent = steep
        with self.beat("Start from w equals zero, {steep} where the hill still rises steeply "
                       "and the slope is large.") as b:
            self.play(FadeOut(side_notes), FadeIn(marker, scale=0.5), FadeIn(start))
            b.wait_until("steep")
            self.play(Create(steep), run_time=0.8)

        # Step: the tangent
        tangent = plots.tangent(race, 0)
        self.tangent = tangent
        # Inside the triangle the tangent makes with the axes, clear of the curve.
        slope_label = VGroup(Text("slope", font_size=SIZES.label, color=theme.highlight),
                             MathTex(r"\ell''(w)", font_size=SIZES.formula_small,
                                     color=theme.highlight)).arrange(DOWN, buff=0.1)
        w0, s0 = race.tangent_points[0]
        w1 = float(race.newton[1])
        # Above the tangent, left of the dashed w* line (clear of it), an arrow down to the
        # tangent's middle.
        slope_label.move_to(plots.bottom.c2p(*SLOPE_LABEL_AT))
        slope_pointer = Arrow(slope_label.get_left(),
                              plots.bottom.c2p(w0 + 0.6 * (w1 - w0), 0.4 * s0), buff=0.12,
                              color=theme.highlight, stroke_width=3,
                              max_tip_length_to_length_ratio=0.2)
        slope_label.add(slope_pointer)
        with self.beat("Newton swaps the curve ell prime for its tangent line at that point. "
                       "{slope} The tangent's slope is the second derivative, the curvature of "
                       "the hill.") as b:
            self.play(Create(tangent), FadeOut(steep), run_time=1.5)
            b.wait_until("slope")
            self.play(FadeIn(slope_label, shift=0.2 * LEFT))

        # Step: follow it to zero
        rise = Line(plots.bottom.c2p(w0, 0), plots.bottom.c2p(w0, s0), color=theme.loss,
                    stroke_width=6)
        run = Line(plots.bottom.c2p(w0, 0), plots.bottom.c2p(w1, 0), color=theme.highlight,
                   stroke_width=6)
        short_run = run.copy()  # shown again when the words come back to the short step
        # Inside the triangle, just above the run (under the run are the w numbers).
        run_label = MathTex(r"\Delta w", font_size=SIZES.formula_small,
                            color=theme.highlight)
        run_label.move_to(plots.bottom.c2p(w0 + RUN_LABEL_AT * (w1 - w0), 0),
                          aligned_edge=DOWN).shift(0.1 * UP)
        # Where the step starts stays marked while it is derived and after the jump: a ring
        # on each curve at w0 (the marker leaves it only on "That is Newton's update").
        first_ghost = VGroup(*[
            Circle(radius=0.1, color=theme.highlight, stroke_width=3).move_to(point)
            for point in (plots.top.c2p(w0, plots.at(w0)[0]), plots.bottom.c2p(w0, s0))])
        self.first_ghost = first_ghost
        ring = plots.zero_mark(w1)
        geometry = VGroup(
            MathTex(r"\ell''(w)", "=", r"\frac{0-\ell'(w)}{\Delta w}",
                    font_size=SIZES.formula, color=theme.text),
            MathTex(r"\Delta w", "=", r"-\frac{\ell'(w)}{\ell''(w)}", font_size=SIZES.formula,
                    color=theme.text),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.35)
        geometry.next_to(start, DOWN, buff=0.35).align_to(start, LEFT)
        for row in geometry:
            row[0].set_color(theme.highlight if row is geometry[0] else theme.text)
        num_0, _, _ = glyphs_by_bar(geometry[0][2])
        num_1, den_1, _ = glyphs_by_bar(geometry[1][2])
        with self.beat("Follow the tangent down to zero. {rise} Its slope is rise over run, "
                       "{step} so the run, the step in w, is minus ell prime divided by ell "
                       "double prime.") as b:
            self.play(Create(rise), Create(run), FadeIn(run_label), GrowFromCenter(ring))
            b.wait_until("rise")
            self.play(FadeIn(geometry[0]))
            self.play(num_0.animate.set_color(theme.loss))
            b.wait_until("step")
            self.play(FadeIn(geometry[1], shift=0.2 * DOWN))
            self.play(num_1.animate.set_color(theme.loss),
                      den_1.animate.set_color(theme.highlight))

        # Step: the update, and what it lacks
        rule = MathTex("w", ":=", "w", "-", r"\frac{\ell'(w)}{\ell''(w)}",
                       font_size=SIZES.formula_large, color=theme.text)
        # In the derivation's place (its two lines leave as the update they give is written):
        # under w0, room above it for its name.
        rule.next_to(start, DOWN, buff=0.75).align_to(start, LEFT).shift(0.15 * RIGHT)
        num_r, den_r, _ = glyphs_by_bar(rule[4])
        num_r.set_color(theme.loss)
        den_r.set_color(theme.highlight)
        box = SurroundingRectangle(rule, color=theme.highlight, buff=0.18)
        name = Text("Newton", font_size=SIZES.label, color=theme.highlight).next_to(
            box, UP, buff=0.2).align_to(box, LEFT)
        # As large as Newton's rule, so its alpha reads; alpha in the text colour (the most
        # contrast), l' in its own colour as everywhere else.
        ascent = MathTex("w", ":=", "w", "+", r"\;\alpha\;", r"\ell'(w)",
                         font_size=SIZES.formula_large, color=theme.class0)
        ascent[4].set_color(theme.text)
        ascent[5].set_color(theme.loss)
        ascent.next_to(box, DOWN, buff=0.35).align_to(rule, LEFT)
        # The learning rate Newton does without: alpha in gradient ascent's rule, flashed on
        # its words (no box round it: a boxed glyph reads as a missing character).
        self.ascent_rule = ascent
        self.rule = rule
        gentle, lands = plots.tangent_at(GENTLE_W)
        self.gentle = (gentle, lands)
        # The long run as an arrow low in the l' panel, below the nearly flat tangent and the
        # curve (which hug the w axis out there), so the three do not stack.
        gentle_run = Arrow(plots.bottom.c2p(GENTLE_W, RUN_LEVEL),
                           plots.bottom.c2p(lands, RUN_LEVEL), buff=0,
                           color=theme.highlight, stroke_width=4,
                           max_tip_length_to_length_ratio=0.06)
        overshoot_ring = plots.zero_mark(lands)
        overshoot = Text("overshoots the peak", font_size=SIZES.label, color=theme.highlight)
        # In the top panel, under the hill, ending just left of the dashed w* line (the l'
        # panel is full of curve, tangent and w numbers there).
        overshoot.move_to(plots.top.c2p(race.w_star - 0.06, plots.at(lands)[0] - 1.2),
                          aligned_edge=RIGHT)
        self.overshoot = (overshoot_ring, overshoot)
        # The marker's start moves with it: w0 = 2 for the long step, then back to 0.
        gentle_start = MathTex(rf"w_0 = {GENTLE_W:g}", font_size=SIZES.formula,
                               color=theme.highlight).move_to(start, aligned_edge=LEFT)
        first_start = start.copy()
        self.gentle_values = (plots.at(GENTLE_W)[0], plots.at(lands)[0])
        # Where the long step began stays on the hill as a hollow ring, with a dotted level
        # line at its height running over to the landing: the landing sits below it.
        start_height = self.gentle_values[0]
        start_ghost = Circle(radius=0.1, color=theme.highlight, stroke_width=3).move_to(
            plots.top.c2p(GENTLE_W, start_height))
        start_level = DashedLine(plots.top.c2p(GENTLE_W, start_height),
                                 plots.top.c2p(lands - 0.1, start_height), color=theme.highlight,
                                 stroke_width=2, dash_length=0.06)
        self.start_ghost = VGroup(start_ghost, start_level)
        # "Nearly flat", named with its slope l''(2) (core; l''(0) of the steep tangent is kept
        # for the test that it is several times steeper), in the empty upper right of the l'
        # panel, pointing at the gentle tangent's middle.
        curvatures = log_likelihood_1d(np.array([GENTLE_W, w0]), data.X[:, 0], data.y).curvature
        self.flat_curvatures = (float(curvatures[0]), float(curvatures[1]))
        flat_label = VGroup(
            Text("nearly flat", font_size=SIZES.label, color=theme.highlight),
            MathTex(rf"\ell''({GENTLE_W:g}) = {curvatures[0]:.2f}", font_size=SIZES.formula,
                    color=theme.highlight),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.1)
        flat_label.move_to(plots.bottom.c2p(*FLAT_LABEL_AT), aligned_edge=UP + LEFT)
        flat_slope = plots.at(GENTLE_W)[1] + curvatures[0] * (FLAT_POINTS_AT - GENTLE_W)
        flat_pointer = Arrow(flat_label.get_bottom() + 0.05 * DOWN,
                             plots.bottom.c2p(FLAT_POINTS_AT, flat_slope), buff=0.08,
                             color=theme.highlight, stroke_width=3,
                             max_tip_length_to_length_ratio=0.15)
        self.flat_label = VGroup(flat_label, flat_pointer)
        with self.beat("That is Newton's update, {nolr} and it has no learning rate. {gentle} "
                       "Out at "
                       f"w equals {GENTLE_W:g}, where the slope changes slowly, {{flat}} the "
                       "tangent is nearly flat, {long} so the step is long: {over} so long that "
                       f"it overshoots the peak, to w equals {lands:.2f}, lower on the hill "
                       "than where it began.") as b:
            # Written, named and boxed at once, within the short words that name it; the
            # marker takes the step it describes, leaving a ring where it began.
            self.add(first_ghost)
            self.leap_time = self.renderer.time
            self.play(FadeOut(VGroup(rise, run_label)), FadeOut(geometry), Write(rule),
                      FadeIn(name), FadeIn(box), w.animate.set_value(w1), run_time=1.2)
            self.play(FadeOut(run), run_time=0.3)
            b.wait_until("nolr")
            # Gradient ascent's rule under it: the alpha it needs and Newton's lacks.
            self.play(FadeIn(ascent, shift=0.2 * UP), run_time=0.6)
            self.play(Indicate(ascent[4], color=theme.highlight, scale_factor=1.6),
                      run_time=0.8)
            b.wait_until("gentle")
            # The first tangent leaves while the gentle one is shown, so they do not pile up
            # (it comes back with its short step); the marker moves out to the new start.
            self.play(FadeOut(tangent), FadeOut(slope_label), FadeOut(first_ghost),
                      FadeOut(ring), w.animate.set_value(GENTLE_W),
                      FadeTransform(start, gentle_start), run_time=1.0)
            self.play(Create(gentle), run_time=0.8)
            b.wait_until("flat")
            self.play(FadeIn(self.flat_label, shift=0.2 * DOWN),
                      Indicate(gentle, color=theme.highlight, scale_factor=1.0), run_time=1.0)
            b.wait_until("long")
            self.play(GrowArrow(gentle_run), Indicate(den_r, color=theme.highlight),
                      run_time=1.2)
            b.wait_until("over")
            # The marker follows the step: past the peak, and down the hill.
            self.add(start_ghost)
            self.play(w.animate.set_value(lands), GrowFromCenter(overshoot_ring),
                      FadeIn(overshoot, shift=0.2 * UP), Create(start_level), run_time=1.5)
            self.play(Indicate(plots.peak_label, color=theme.highlight), run_time=0.8)

        # Step: the recovery. From the overshoot the tangent is steep again: two more Newton
        # steps (core's l' and l'' at each point) close in on the peak.
        recover_1, again_1 = plots.tangent_at(lands)
        recover_2, again_2 = plots.tangent_at(again_1)
        self.recovery = ((recover_1, again_1), (recover_2, again_2))
        recover_rings = [plots.zero_mark(again_1), plots.zero_mark(again_2)]
        with self.beat(f"From there Newton recovers: {{first}} the tangent is steep again, so "
                       f"the next step is short, to {again_1:.2f}, {{second}} and the one "
                       f"after lands at {again_2:.2f}, close to the peak.") as b:
            self.play(gentle.animate.set_opacity(0.25),
                      FadeOut(VGroup(gentle_run, overshoot, self.flat_label, self.start_ghost)),
                      run_time=0.6)
            b.wait_until("first")
            self.play(Create(recover_1), run_time=0.8)
            self.play(w.animate.set_value(again_1), GrowFromCenter(recover_rings[0]),
                      FadeOut(overshoot_ring), run_time=1.0)
            b.wait_until("second")
            self.play(recover_1.animate.set_opacity(0.25), Create(recover_2), run_time=0.8)
            self.play(w.animate.set_value(again_2), GrowFromCenter(recover_rings[1]),
                      run_time=1.0)

        # Step: back to the steep start and its short step.
        with self.beat("Back at zero, where the slope changes fast, {kept} the steep tangent "
                       "kept the first step shorter: it stopped before the peak.") as b:
            # Back to the start: its tangent and its short step come forward, the rest leave.
            self.play(FadeOut(VGroup(gentle, recover_1, recover_2, *recover_rings)),
                      FadeIn(tangent), FadeIn(ring),
                      FadeTransform(gentle_start, first_start),
                      w.animate.set_value(float(race.newton[0])), run_time=1)
            # The marker sits at zero while "back at zero" is said; the short step on "kept".
            b.wait_until("kept")
            self.play(Create(short_run), w.animate.set_value(w1), run_time=1.0)
        # Gradient ascent's first step from the same start (core's race): a blue square on
        # both curves, moved by the learning rate times the slope, drawn as an arrow under
        # the w axis, in the colour of its rule beside it (Newton's longer step ends at the
        # ring); no label on it, the rule says what it is.
        ascent_w = ValueTracker(float(race.gradient[0]))
        ascent_marker = plots.markers(ascent_w.get_value, theme.class0, 0.12, square=True)
        ascent_step = Arrow(plots.bottom.c2p(float(race.gradient[0]), ASCENT_LEVEL),
                            plots.bottom.c2p(float(race.gradient[1]), ASCENT_LEVEL), buff=0,
                            color=theme.class0, stroke_width=5,
                            max_tip_length_to_length_ratio=0.3)
        self.ascent_step = (ascent_marker, ascent_step)
        with self.beat("Gradient ascent instead {scales} scales the slope by a learning rate "
                       "you must choose by hand.") as b:
            self.play(FadeOut(short_run), FadeIn(ascent_marker, scale=0.5))
            b.wait_until("scales")
            self.play(GrowArrow(ascent_step),
                      ascent_w.animate.set_value(float(race.gradient[1])), run_time=1.2)
            self.play(Indicate(ascent[4], color=theme.highlight))


# ---------------------------------------------------------------------------------------------


#: The race's readouts and its peak: three decimals (enough to see Newton settle).
READOUT_DECIMALS = 3


class NewtonLeapsWhileGradientAscentInches(LectureScene):
    """Newton and gradient ascent from one start, step by step: Newton arrives, ascent climbs."""

    def construct(self) -> None:
        theme = self.theme
        data, race = newton_race_run()
        self.race = race
        n_steps = race.newton.size - 1
        at_peak = steps_to_settle(race.newton, race.w_star, PEAK_TOL)
        if at_peak is None or at_peak >= n_steps:
            raise ValueError("the race preset must let Newton settle before the last step")
        self.newton_steps = at_peak
        plots = SlopeUnderCurve(data.X[:, 0], data.y, race.w_star, theme)
        self.plots = plots
        heading = self.heading("The race: Newton against gradient ascent")

        # The step counters: a step's motion runs while its tracker goes from t to t + 1.
        steps = np.arange(n_steps + 1)
        k_newton, k_ascent = ValueTracker(0.0), ValueTracker(0.0)

        def w_newton() -> float:
            return float(np.interp(k_newton.get_value(), steps, race.newton))

        def w_ascent() -> float:
            return float(np.interp(k_ascent.get_value(), steps, race.gradient))

        def done(k: ValueTracker) -> int:
            """Steps done: the counter turns as the marker lands, so "step n" never sits
            beside a w still on its way to iterate n."""
            return int(np.floor(k.get_value() + 1e-9))

        def count(k: ValueTracker) -> Callable[[], float]:
            return lambda: float(done(k))

        def iterate(k: ValueTracker, iterates: np.ndarray) -> Callable[[], float]:
            """Core's iterate number ``done(k)``: the w readout turns with the step counter,
            as the marker lands, so both always describe the same iterate."""
            return lambda: float(iterates[done(k)])

        def last_step(k: ValueTracker, iterates: np.ndarray) -> Callable[[], float]:
            """The length of the step just finished (0 before the first): core's iterates,
            turning with the step counter."""
            return lambda: float(iterates[done(k)] - iterates[max(done(k) - 1, 0)])

        ascent = plots.markers(w_ascent, theme.class0, 0.14, square=True)
        newton = plots.markers(w_newton, theme.highlight, 0.09)
        self.newton_marker, self.ascent_marker = newton, ascent
        ascent_trail = self._trail(plots, race.gradient, k_ascent, theme.class0)
        trails = VGroup(self._trail(plots, race.newton, k_newton, theme.highlight),
                        ascent_trail)

        def block(name: str, colour: str, rule: MathTex, k: ValueTracker,
                  iterates: np.ndarray, steps_row: bool) -> VGroup:
            title = Text(name, font_size=SIZES.body, color=colour)
            rule.set_color(colour)
            # Few rows, three decimals: the curves carry the race. Only gradient ascent keeps
            # its last step as a number ("each step is shorter" is read off it); Newton's
            # arrival is read off its w.
            rows = [(r"\text{step}", count(k), 0), ("w", iterate(k, iterates), READOUT_DECIMALS)]
            if steps_row:
                rows.append((r"\Delta w", last_step(k, iterates), READOUT_DECIMALS))
            panel = ReadoutPanel(rows, theme, font_size=SIZES.body)
            for row in panel:  # labels in the text colour: grey reads dim on the background
                row[0].set_color(theme.text)
            return VGroup(title, rule, panel).arrange(DOWN, aligned_edge=LEFT, buff=0.12)

        # The race's scoreboard: the two rules and the live readouts, at formula size.
        newton_rule = MathTex(r"w := w -", r"\ell'", "/", r"\ell''",
                              font_size=SIZES.formula_large)
        ascent_rule = MathTex(rf"w := w + {race.learning_rate:g}\,", r"\ell'",
                              font_size=SIZES.formula_large)
        newton_block = block("Newton", theme.highlight, newton_rule, k_newton, race.newton,
                             steps_row=False)
        ascent_block = block("gradient ascent", theme.class0, ascent_rule, k_ascent,
                             race.gradient, steps_row=True)
        # l' in its own colour (as its curve and as in the first scene), l'' in Newton's.
        newton_rule[1].set_color(theme.loss)
        ascent_rule[1].set_color(theme.loss)
        newton_panel, ascent_panel = newton_block[2], ascent_block[2]
        peak = MathTex(r"\text{peak } w^* =", fmt(race.w_star, READOUT_DECIMALS),
                       font_size=SIZES.formula,
                       color=theme.text)
        column = VGroup(newton_block, ascent_block, peak).arrange(DOWN, aligned_edge=LEFT,
                                                                  buff=0.32)
        column.move_to([RIGHT_COLUMN + 0.3, SIDE.top, 0], aligned_edge=UP + LEFT)
        self.readouts = (newton_panel, ascent_panel)
        arrived = Text("at the peak", font_size=SIZES.body, color=theme.good)
        # Beside Newton's name, on its line: the block's verdict.
        arrived.next_to(newton_block[0], RIGHT, buff=0.4).align_to(newton_block[0], DOWN)

        # The shared start, named on the hill before either climber is placed on it: a ring
        # round the curve's point at w0, and its tag in the empty corner under the curve.
        w0 = float(race.newton[0])
        start_ring = Circle(radius=0.2, color=theme.text, stroke_width=4).move_to(
            plots.top.c2p(w0, plots.at(w0)[0]))
        start_tag = MathTex(rf"\text{{start: }} w_0 = {w0:g}", font_size=SIZES.formula,
                            color=theme.text)
        start_tag.next_to(start_ring, DOWN + RIGHT, buff=0.15)
        self.start_mark = VGroup(start_ring, start_tag)

        # Step: both start at w = 0
        with self.beat("A race up the same hill. {start} The start is w equals "
                       f"{w0:g}. {{newton}} Newton climbs in yellow, {{ascent}} and gradient "
                       f"ascent in blue, the square, with a learning rate of "
                       f"{race.learning_rate:g}.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), FadeIn(plots), Create(plots.peak_line),
                      FadeIn(plots.peak_label), run_time=1.5)
            self.play(FadeIn(column[2]), run_time=0.5)
            self.add(trails)
            b.wait_until("start")
            self.play(GrowFromCenter(start_ring), FadeIn(start_tag, shift=0.2 * UP),
                      run_time=0.6)
            b.wait_until("newton")
            self.play(FadeIn(newton, scale=0.5), FadeIn(newton_block), run_time=0.8)
            b.wait_until("ascent")
            # Blue under yellow, larger, so its corners show round the shared start.
            self.add(ascent, newton)
            self.play(FadeIn(ascent, scale=3), FadeIn(ascent_block), run_time=0.8)

        self.tangents: list[Line] = []
        #: When each of Newton's leaps starts (scene time).
        self.leap_times: list[float] = []
        self.newton_stops: list[np.ndarray] = []
        self.ascent_stops: list[np.ndarray] = []
        words = [
            "In step one, Newton follows the tangent of ell prime down to zero. {lands} It "
            "lands most of the way to the peak. {ascent} Gradient ascent moves by its rate "
            "times the slope.",
            "In step two, a fresh tangent from the new point. {lands} Newton nearly arrives. "
            "{ascent} Gradient ascent has not yet covered half the distance.",
            f"The next steps only polish the digits. {{arrived}} After {at_peak} steps Newton "
            "sits on the peak, where ell prime is zero.",
        ]

        def newton_step(t: int, pace: float, b: object = None) -> None:
            """Newton's step t from the start of its words, then gradient ascent's on its own
            (``{ascent}``), each climber with its readout."""
            # Run back well behind the touching point, where it parts from the bending curve,
            # and wider than the curve, so it reads as a line of its own on top of l'.
            tangent = plots.tangent(race, t, back=RACE_TANGENT_BACK)
            tangent.set_stroke(width=RACE_TANGENT_STROKE)
            ring = plots.zero_mark(float(race.newton[t + 1]))
            # The new point it starts from: a ring round Newton's marker on l'.
            touch = Circle(radius=0.17, color=theme.highlight, stroke_width=4).move_to(
                plots.bottom.c2p(*race.tangent_points[t]))
            self.tangents.append(tangent)
            self.play(Create(tangent), GrowFromCenter(touch), run_time=pace)
            self.play(GrowFromCenter(ring), run_time=0.5 * pace)
            if b is not None and "lands" in b.marks:
                # The leap comes on its word "lands", its readout turning as it lands.
                b.wait_until("lands")
            self.leap_times.append(self.renderer.time)
            self.play(k_newton.animate.set_value(t + 1), run_time=pace, rate_func=smooth)
            if b is not None:
                b.wait_until("ascent")
            self.play(k_ascent.animate.set_value(t + 1), run_time=pace, rate_func=smooth)
            # The used tangent leaves, so the peak does not fill up with old lines.
            self.play(FadeOut(tangent), FadeOut(ring), FadeOut(touch), run_time=0.5 * pace)
            self._record()

        # Step: one, two, then the rest of Newton's way
        with self.beat(words[0]) as b:
            # The start's tag leaves as the climbers move off it.
            self.play(FadeOut(self.start_mark), run_time=0.4)
            newton_step(0, 1.0, b)
        with self.beat(words[1]) as b:
            newton_step(1, 1.0, b)
        with self.beat(words[2]) as b:
            for t in range(2, at_peak):
                newton_step(t, 0.6)
            b.wait_until("arrived")
            self.play(FadeIn(arrived, shift=0.2 * LEFT),
                      Indicate(newton_panel.numbers[1], color=theme.good))

        # Step: gradient ascent keeps inching
        with self.beat("Gradient ascent keeps inching. {shorter} Each step is shorter than the "
                       "last, because the slope it follows fades as it nears the top.") as b:
            self.play(k_ascent.animate.set_value(n_steps), run_time=1.2 * (n_steps - at_peak),
                      rate_func=linear)
            self._record()
            b.wait_until("shorter")
            # Its steps shrink toward the peak: its last step, read out, and its trail on the
            # hill, whose dots close up.
            self.play(Indicate(ascent_panel.numbers[2], color=theme.highlight),
                      Indicate(ascent_trail, color=theme.highlight, scale_factor=1.0),
                      run_time=1.2)

        # Step: still climbing
        ascent_value, _ = plots.at(float(race.gradient[-1]))
        # The distance still to go, just under the curve, from the blue marker to w*.
        below = ascent_value - 0.6
        gap = Arrow(plots.top.c2p(race.gradient[-1], below), plots.top.c2p(race.w_star, below),
                    buff=0, color=theme.class0, stroke_width=5,
                    max_tip_length_to_length_ratio=0.35)
        climbing = Text("still climbing", font_size=SIZES.body, color=theme.class0)
        # Under the arrow, ending left of the dashed w* line at its head (never across it).
        climbing.next_to(gap, DOWN, buff=0.3)
        climbing.set_x(plots.peak_line.get_x() - CLIMBING_CLEAR - climbing.width / 2)
        # On a plate: the dashed w* line behind it does not strike through its letters.
        climbing.add_background_rectangle(color=theme.background, opacity=0.85, buff=0.06)
        with self.beat(f"After {n_steps} steps gradient ascent is still short of the top, where "
                       f"Newton arrived after {at_peak}."):
            self.play(GrowFromCenter(gap), FadeIn(climbing, shift=0.2 * UP))
            self.play(Indicate(ascent_panel.numbers[0], color=theme.class0))

    def _record(self) -> None:
        """Where the markers sit now, in (w, l) and (w, l') coordinates."""
        self.update_mobjects(0)
        for marker, stops in ((self.newton_marker, self.newton_stops),
                              (self.ascent_marker, self.ascent_stops)):
            stops.append(np.array([*self.plots.top.p2c(marker[0].get_center()),
                                   self.plots.bottom.p2c(marker[1].get_center())[1]]))

    @staticmethod
    def _trail(plots: SlopeUnderCurve, iterates: np.ndarray, k: ValueTracker,
               colour: str) -> VGroup:
        """Faint dots on l at the iterates a climber has already left."""
        # Rimmed in the background colour, so a trail dot stands out on the curve under it.
        dots = VGroup(*[Dot(plots.top.c2p(w, plots.at(float(w))[0]), radius=0.08,
                            color=colour, fill_opacity=0, stroke_width=0,
                            stroke_color=plots.theme.background) for w in iterates])

        def show(group: VGroup) -> None:
            now = float(np.interp(k.get_value(), np.arange(len(iterates)), iterates))
            for i, dot in enumerate(group):
                # A left iterate under the climber itself (Newton's last, polishing steps)
                # is not drawn: it would only crowd the marker.
                seen = i < k.get_value() - 1e-9 and abs(float(iterates[i]) - now) > TRAIL_CLEAR
                dot.set_fill(opacity=0.9 if seen else 0)
                dot.set_stroke(width=2.5 if seen else 0)

        dots.add_updater(show)
        return dots


# ---------------------------------------------------------------------------------------------


#: Newton's step on the curvature pictures starts here, in principal coordinates (u, v):
#: u along H's gentlest direction (across the picture), v along its steepest.
CURVATURE_START = (0.75, 0.4)
#: The curvature pictures' size on screen (scene units), and their contour count. The grid
#: spans u in [-1, 1] and v in [-h, h] with h = height / width: one scale both ways, so the
#: ellipses have the true aspect of the hill.
CURVATURE_PANEL = (5.0, 3.1)
CURVATURE_HALF_HEIGHT = CURVATURE_PANEL[1] / CURVATURE_PANEL[0]
CURVATURE_LINES = 7
#: The hill picture's scale (times CURVATURE_PANEL) beside the Hessian's grid, before it
#: (under only the rule and its two pieces, in the rows MAPPING_ROWS), and in the pair with
#: the saddle.
HILL_SCALE = 1.1
HILL_FIRST_SCALE = 1.26
PAIR_SCALE = 1.15
MAPPING_ROWS = (1.3, 0.7)
#: How far H's main directions reach across the hill picture, as a share of its half-sides.
DIRECTION_REACH = 0.8
#: The height key's shade strip (scene units).
HEIGHT_KEY_SIZE = (2.0, 0.34)
#: Newton's arrow on the curvature pictures leaves the start dot's edge and stops short of
#: the target ring (radius 0.17), so its head sits beside the ring, not on it.
STEP_TAIL_GAP = 0.1
STEP_HEAD_GAP = 0.22


def level_pixels(values: np.ndarray, theme: Theme, saddle: bool = False) -> np.ndarray:
    """RGBA pixels (uint8) of a quadratic's map: brighter where it is higher, with a muted line
    wherever the height crosses one of CURVATURE_LINES even steps: on a hill, steps of
    sign(l) sqrt(|l|) (evenly spaced ellipses); on a ``saddle``, steps of l itself (in square
    root its hyperbolas crowd into bands along the zero level, which is one of them).

    Parameters
    ----------
    values : ndarray of shape (rows, cols)
        Row 0 is the top of the picture.
    """
    band = level_bands(values, saddle)
    line = np.zeros(values.shape, dtype=bool)
    line[:, :-1] |= band[:, :-1] != band[:, 1:]
    line[:-1, :] |= band[:-1, :] != band[1:, :]
    muted = np.array(ManimColor(theme.muted).to_rgb()) * 255
    high = (values - values.min()) / (values.max() - values.min())
    rgb = height_shade(high, theme)
    rgb = np.where(line[..., None], muted, rgb)
    alpha = np.full(high.shape + (1,), 255.0)
    return np.concatenate([rgb, alpha], axis=-1).round().astype(np.uint8)


def level_bands(values: np.ndarray, saddle: bool = False) -> np.ndarray:
    """Which of the even height steps of ``level_pixels`` each value falls in (a line is drawn
    where neighbours differ)."""
    root = values if saddle else np.sign(values) * np.sqrt(np.abs(values))
    step = np.abs(root).max() / CURVATURE_LINES
    return np.floor(root / step)


def height_shade(high: np.ndarray, theme: Theme) -> np.ndarray:
    """RGB (0-255) of the curvature pictures' shade at heights ``high`` in [0, 1] (0 lowest):
    from the background toward the curve colour."""
    background = np.array(ManimColor(theme.background).to_rgb()) * 255
    shade = np.array(ManimColor(theme.curve).to_rgb()) * 255
    return background + (shade - background) * (MAP_SHADE * np.asarray(high)[..., None])


def height_key(theme: Theme) -> Group:
    """The curvature pictures' key: their shade from low to high, as a framed strip with its
    ends named."""
    ramp = height_shade(np.tile(np.linspace(0, 1, 64), (4, 1)), theme)
    strip = ImageMobject(np.concatenate([ramp, np.full((4, 64, 1), 255.0)], axis=-1)
                         .round().astype(np.uint8))
    strip.stretch_to_fit_width(HEIGHT_KEY_SIZE[0]).stretch_to_fit_height(HEIGHT_KEY_SIZE[1])
    frame = Rectangle(width=HEIGHT_KEY_SIZE[0], height=HEIGHT_KEY_SIZE[1],
                      color=theme.muted, stroke_width=2).move_to(strip)
    low = Text("low", font_size=SIZES.body, color=theme.text).next_to(frame, LEFT, buff=0.15)
    high = Text("high", font_size=SIZES.body, color=theme.text).next_to(frame, RIGHT,
                                                                        buff=0.15)
    name = Text("height:", font_size=SIZES.body, color=theme.text).next_to(low, LEFT,
                                                                           buff=0.2)
    return Group(name, low, strip, frame, high)


class CurvaturePanel(Group):
    """A 2-D quadratic as a shaded contour map (core's values), framed, with Newton's step from
    the start to the stationary point: ``image``, ``frame``, ``start``, ``target``, ``step``."""

    def __init__(self, run: NewtonOnQuadratic, theme: Theme):
        saddle = bool(np.prod(np.sign(run.curvatures)) < 0)
        image = ImageMobject(level_pixels(run.values[::-1], theme, saddle=saddle))
        image.stretch_to_fit_width(CURVATURE_PANEL[0])
        image.stretch_to_fit_height(CURVATURE_PANEL[1])
        frame = Rectangle(width=CURVATURE_PANEL[0], height=CURVATURE_PANEL[1],
                          color=theme.muted, stroke_width=2)
        super().__init__(image, frame)
        self.run, self.image, self.frame = run, image, frame
        start = Dot(self.point(run.start), radius=0.11, color=theme.highlight,
                    stroke_width=2, stroke_color=theme.background)
        target = Circle(radius=0.17, color=theme.text, stroke_width=4).move_to(
            self.point(run.lands))
        # From the start dot's edge to the ring's edge: the arrowhead never covers the ring.
        tail, head = self.point(run.start), self.point(run.lands)
        along = (head - tail) / np.linalg.norm(head - tail)
        step = Arrow(tail + STEP_TAIL_GAP * along, head - STEP_HEAD_GAP * along, buff=0,
                     color=theme.highlight, stroke_width=6, max_tip_length_to_length_ratio=0.2)
        self.start, self.target, self.step = start, target, step
        self.add(start, target, step)

    def point(self, p: np.ndarray) -> np.ndarray:
        """Screen point of principal coordinates ``p`` (follows the panel when it moves)."""
        (u0, u1), (v0, v1) = ((self.run.u_grid[0], self.run.u_grid[-1]),
                              (self.run.v_grid[0], self.run.v_grid[-1]))
        corner = self.frame.get_corner(DOWN + LEFT)
        return corner + np.array([(p[0] - u0) / (u1 - u0) * self.frame.width,
                                  (p[1] - v0) / (v1 - v0) * self.frame.height, 0.0])


class HessianTakesNewtonToManyWeights(LectureScene):
    """theta := theta - H^-1 grad l, and its price: d^3 work per step against far fewer steps."""

    def construct(self) -> None:
        theme = self.theme
        run = newton_versus_ascent_run()
        self.run = run
        heading = self.heading("Many weights: the Hessian")

        # Step: the one-weight rule, and what its two pieces become
        one = MathTex("w", ":=", "w", "-", r"\frac{\ell'(w)}{\ell''(w)}",
                      font_size=SIZES.formula_large, color=theme.text).move_to(2.3 * UP)
        num_1, den_1, bar = glyphs_by_bar(one[4])
        num_1.set_color(theme.loss)
        den_1.set_color(theme.highlight)
        mapping = VGroup(*[
            VGroup(MathTex(a, font_size=SIZES.formula, color=colour),
                   MathTex(r"\longrightarrow", font_size=SIZES.formula, color=theme.muted),
                   MathTex(b, font_size=SIZES.formula, color=colour),
                   MathTex(note, font_size=SIZES.formula, color=theme.text))
            for a, b, note, colour in (
                (r"\ell'(w)", r"\nabla_\theta \ell(\theta)", r"\text{a vector of }d\text{ slopes}",
                 theme.loss),
                (r"\ell''(w)", "H", r"\text{a }d \times d\text{ matrix of curvatures}",
                 theme.highlight))])
        for row in mapping:  # four columns, lined up across the two rows
            for piece, x in zip(row, (-4.6, -3.3, -1.9, 0.35), strict=True):
                piece.move_to([x, 0, 0], aligned_edge=LEFT)
        mapping[0].set_y(MAPPING_ROWS[0])
        mapping[1].set_y(MAPPING_ROWS[1])
        self.mapping = mapping
        # The Hessian of chapter 5's clouds at theta = 0 (core), and its curvatures.
        H = log_likelihood_hessian(np.zeros(run.n_dof), run.dataset.X, run.dataset.y)
        # Its curvatures along its principal directions (core): all negative, a hill.
        curvatures = principal_curvatures(H)
        self.curvatures = curvatures
        # On two lines, at formula size: the name, then the values and their sign.
        bends = VGroup(MathTex(r"\text{curvatures of } H\text{:}", font_size=SIZES.formula,
                               color=theme.text),
                       MathTex(r",\ ".join(f"{c:.1f}" for c in curvatures),
                               r"\text{, all} < 0", font_size=SIZES.formula,
                               color=theme.text)).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        bends[1][0].set_color(theme.highlight)
        self.bends = bends
        # The hill in H's steepest and gentlest directions (core's quadratic), and one in which
        # the steep direction bends up instead: a saddle. Newton's step from the same start.
        steep, gentle = float(curvatures[0]), float(curvatures[-1])
        hill = CurvaturePanel(newton_on_quadratic((gentle, steep), CURVATURE_START,
                                                  half_height=CURVATURE_HALF_HEIGHT), theme)
        saddle = CurvaturePanel(newton_on_quadratic((gentle, -steep), CURVATURE_START,
                                                    half_height=CURVATURE_HALF_HEIGHT), theme)
        self.curvature_panels = (hill, saddle)
        # In the lower left, as large as the room under the Hessian's grid allows (its place
        # while the grid and the curvatures are shown; larger before, see below).
        hill.scale(HILL_SCALE).move_to(STAGE.corner(DOWN + LEFT), aligned_edge=DOWN + LEFT)
        # H's main (principal) directions on the hill: in its principal coordinates they run
        # across (gentlest curvature) and up (steepest), each named with its curvature (core).
        reach_u = DIRECTION_REACH * float(hill.run.u_grid[-1])
        reach_v = DIRECTION_REACH * float(hill.run.v_grid[-1])
        directions = VGroup()
        # Each named beside an end of its arrow, inside the picture and away from Newton's
        # step (which crosses the upper right): above the left end of the one across, right
        # of the bottom end of the one up.
        for end, value, offset in (((reach_u, 0.0), gentle, UP), ((0.0, reach_v), steep, RIGHT)):
            line = DoubleArrow(hill.point(-np.array(end)), hill.point(np.array(end)), buff=0,
                               color=theme.text, stroke_width=3, tip_length=0.16)
            name = MathTex(f"{value:.1f}", font_size=SIZES.formula, color=theme.highlight)
            name.add_background_rectangle(color=theme.background, opacity=0.8, buff=0.05)
            # The arrow's start is its left (or bottom) end.
            name.move_to(line.get_start() + 0.12 * offset, aligned_edge=DOWN + LEFT)
            directions.add(VGroup(line, name))
        self.directions = directions
        # Named in words as they are first drawn ("steep in one direction, gentle in the
        # other"), at their far ends: right of the top of the one up, above the right end of
        # the one across.
        direction_words = VGroup(
            Text("steep", font_size=SIZES.label, color=theme.text).next_to(
                directions[1][0].get_end(), RIGHT, buff=0.12),
            Text("gentle", font_size=SIZES.label, color=theme.text).next_to(
                directions[0][0].get_end(), UP + LEFT, buff=0.1))
        for word in direction_words:
            word.add_background_rectangle(color=theme.background, opacity=0.8, buff=0.05)
        self.direction_words = direction_words
        hill_note = VGroup(
            bends,
            Text(f"steepest and gentlest of the {run.n_dof}:\na hill, bending down every way",
                 font_size=SIZES.body, color=theme.text, line_spacing=0.9),
            MathTex(r"\text{Newton's step climbs: height }",
                    rf"{{{hill.run.value_start:.1f}}} \to {hill.run.value_lands:.0f}",
                    font_size=SIZES.formula, color=theme.good),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        hill_note.next_to(hill, RIGHT, buff=0.4)
        self.hill_note = hill_note
        # Named as it appears, in one line: the map is the hill H describes, seen from above.
        hill_caption = MathTex(r"\text{the hill }H\text{ describes, from above}",
                               font_size=SIZES.formula, color=theme.text)
        hill_caption.next_to(hill, RIGHT, buff=0.4).align_to(hill, UP)
        caption_then = hill_caption.get_center()
        # While only the rule and its two pieces are above it, the hill is drawn larger (its
        # arrows and their names with it), then steps back to its place for the grid.
        self.hill_frame_then = hill.frame.copy()  # where the hill is while the grid is shown
        # (Scaled about the corner that stays put; the picture apart from the lines, as a
        # Group of an image and lines cannot be animated as one.)
        # Only what is on screen before the grid is scaled: an animated group is put on
        # screen whole, and the step, its target and the curvatures come later, in place.
        corner = hill.frame.get_corner(DOWN + LEFT)
        lines = VGroup(hill.frame, hill.start, *[d[0] for d in directions], direction_words)
        for part in (hill.image, lines):
            part.scale(HILL_FIRST_SCALE / HILL_SCALE, about_point=corner)
        self.hill_first = hill.frame.copy()
        hill_caption.next_to(hill.frame, RIGHT, buff=0.4)
        # What the shade means, with the first shaded hill and for the rest of the scene: in
        # the empty top right corner, level with the heading (higher is brighter, so the
        # saddle's "down" can later be read off its picture too).
        key = height_key(theme)
        HEADING.place(key, aligned=RIGHT)
        self.height_key = key
        with self.beat("With one weight, Newton divides the slope by the curvature. With many "
                       "weights, {vector} the slope becomes a vector and {matrix} the curvature "
                       "becomes a matrix, the Hessian. {hill} It describes the shape of the hill "
                       "near a point, here seen from above: {steep} steep in one direction, "
                       "{gentle} gentle in the other.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN))
            self.play(Write(one))
            for row, mark in zip(mapping, ("vector", "matrix"), strict=True):
                b.wait_until(mark)
                self.play(FadeIn(row[0]), GrowFromEdge(row[1], LEFT), FadeIn(row[2:]),
                          run_time=1.2)
            # What a matrix of curvatures looks like: the hill it describes, in two directions.
            b.wait_until("hill")
            # The point whose neighbourhood H describes: Newton's start, on the map.
            self.play(FadeIn(hill.image), Create(hill.frame), FadeIn(hill_caption),
                      FadeIn(hill.start, scale=2), FadeIn(key), run_time=1.0)
            # Each direction drawn on its word: the steep one up, the gentle one across.
            for mark, d, word in (("steep", directions[1], direction_words[0]),
                                  ("gentle", directions[0], direction_words[1])):
                b.wait_until(mark)
                self.play(GrowFromCenter(d[0]), FadeIn(word), run_time=0.6)

        # Step: the many-weight rule
        many = MathTex(r"\theta", ":=", r"\theta", "-", "H^{-1}", r"\nabla_\theta \ell(\theta)",
                       font_size=SIZES.formula_large, color=theme.text).move_to(one)
        many[4].set_color(theme.highlight)
        many[5].set_color(theme.loss)
        self.many = many
        with self.beat("Dividing by the curvature becomes multiplying by the inverse of the "
                       "Hessian."):
            # The slope turns into the gradient, the curvature into the Hessian.
            self.play(FadeTransform(VGroup(*one[:4]), VGroup(*many[:4])),
                      FadeTransform(num_1, many[5]), FadeTransform(den_1, many[4]),
                      FadeOut(bar), run_time=1.5)
            self.play(Indicate(many[4], color=theme.highlight))

        # Step: H and its names
        hessian = MathTex(r"H_{ij}", "=", r"\frac{\partial^2 \ell}{\partial\theta_i\,"
                          r"\partial\theta_j}", font_size=SIZES.formula, color=theme.text)
        hessian[0].set_color(theme.highlight)
        names = Text("for logistic regression:\nFisher scoring, or IRLS",
                     font_size=SIZES.body, color=theme.text, line_spacing=0.9)
        # The d x d grid itself: the Hessian of chapter 5's clouds at theta = 0, from core.
        self.hessian_shown = H
        grid = DecimalMatrix(H, element_to_mobject_config={
            "num_decimal_places": 1, "font_size": SIZES.formula, "color": theme.text},
            h_buff=1.5, v_buff=0.55)
        grid.get_brackets().set_color(theme.highlight)
        grid_eq = MathTex("=", font_size=SIZES.formula, color=theme.text)
        VGroup(hessian, grid_eq, grid, names).arrange(RIGHT, buff=0.4).move_to(0.85 * UP)
        names.shift(0.3 * RIGHT)
        self.grid = grid
        with self.beat("Entry i j of the Hessian is the second derivative of ell in theta i "
                       f"and theta j: {{grid}} for a model with {run.n_dof} weights, at zero, a "
                       f"{run.n_dof} by {run.n_dof} grid. {{names}} For logistic regression "
                       "this method is called Fisher scoring, or iteratively reweighted least "
                       "squares.") as b:
            self.play(FadeOut(mapping, shift=0.2 * UP), FadeIn(hessian, shift=0.2 * UP),
                      *[part.animate.scale(HILL_SCALE / HILL_FIRST_SCALE, about_point=corner)
                        for part in (hill.image, lines)],
                      hill_caption.animate.move_to(caption_then))
            b.wait_until("grid")
            self.play(FadeIn(grid_eq), FadeIn(grid.get_brackets()),
                      FadeIn(grid.get_entries(), lag_ratio=0.1), run_time=1.5)
            b.wait_until("names")
            self.play(FadeIn(names))
        with self.beat(f"{{bends}} Its curvatures along its {run.n_dof} main directions are "
                       "all negative; {directions} the picture shows the steepest and the "
                       "gentlest. The hill bends down every way, {uphill} so Newton's "
                       "direction always points uphill.") as b:
            b.wait_until("bends")
            self.play(FadeOut(hill_caption), run_time=0.3)
            self.play(FadeIn(bends, shift=0.2 * UP), run_time=0.6)
            b.wait_until("directions")
            # The two arrows (drawn with "steep" and "gentle") get their curvatures.
            self.play(*[Indicate(d[0], color=theme.highlight, scale_factor=1.0)
                        for d in directions], *[FadeIn(d[1]) for d in directions],
                      run_time=0.8)
            self.play(FadeIn(hill_note[1], shift=0.2 * UP), run_time=0.6)
            b.wait_until("uphill")
            self.play(Indicate(hill.start, color=theme.highlight), run_time=0.4)
            self.play(GrowArrow(hill.step), FadeIn(hill.target), FadeIn(hill_note[2]),
                      run_time=1.0)

        # Step: cost per step
        cells = [
            [None, Text("Newton (IRLS)", font_size=SIZES.body, color=theme.highlight),
             Text("gradient ascent", font_size=SIZES.body, color=theme.class0)],
            [Text("cost per step", font_size=SIZES.body, color=theme.text),
             MathTex(r"O(d^3)", font_size=SIZES.formula, color=theme.text),
             MathTex(r"O(d)", font_size=SIZES.formula, color=theme.text)],
            [Text("steps to converge", font_size=SIZES.body, color=theme.text),
             MathTex(str(run.newton_steps), font_size=SIZES.formula, color=theme.text),
             MathTex(str(run.ascent_steps), font_size=SIZES.formula, color=theme.text)],
        ]
        self._table(cells, top=-0.55)
        self.table_cells = cells
        rule_line = Line([-5.2, 0, 0], [5.2, 0, 0], color=theme.muted, stroke_width=2)
        rule_line.set_y((cells[0][1].get_bottom()[1] + cells[1][1].get_top()[1]) / 2)
        winner_boxes = VGroup(*[
            SurroundingRectangle(cell, color=theme.good, buff=0.1, stroke_width=3)
            for cell in (cells[1][2], cells[2][1])])
        self.winner_boxes = winner_boxes
        with self.beat("The price: every step builds the d by d Hessian and solves with it, "
                       "about d cubed operations. {gradient} A gradient step costs about "
                       "d.") as b:
            self.play(FadeOut(hill), FadeOut(hill_note), FadeOut(directions),
                      FadeOut(direction_words),
                      FadeIn(VGroup(cells[0][1], cells[0][2])),
                      Create(rule_line))
            self.play(FadeIn(cells[1][0]), FadeIn(cells[1][1], shift=0.2 * UP))
            b.wait_until("gradient")
            self.play(FadeIn(cells[1][2], shift=0.2 * UP))
            # Each row's winner boxed and in green, its loser in red: the box carries the
            # verdict without colour.
            self.play(cells[1][1].animate.set_color(theme.bad),
                      cells[1][2].animate.set_color(theme.good),
                      FadeIn(winner_boxes[0]))

        # Step: steps to converge, from core, as two bars to one scale, each with its work per
        # step beside it (shown when the trade is weighed).
        counts = (run.newton_steps, run.ascent_steps)
        bars = VGroup()
        for count, colour, row_y in zip(counts, (theme.highlight, theme.class0), BAR_ROWS,
                                        strict=True):
            length = max(BAR_LONGEST * count / max(counts), MIN_BAR)
            bar = Rectangle(width=length, height=BAR_HEIGHT, color=colour, fill_opacity=1,
                            stroke_width=0).move_to([BAR_LEFT + length / 2, row_y, 0])
            bars.add(bar)
        # Each bar named by what sets its length, its steps (the work is weighed in the
        # footer's line, in numbers).
        # Gradient ascent's with the learning rate that sets it (core's run).
        rate = f"{run.ascent.learning_rate:g}"
        bar_labels = VGroup(*[
            MathTex(rf"{count}\text{{ steps}}" + tail, font_size=SIZES.formula, color=colour)
            for count, colour, tail in zip(counts, (theme.highlight, theme.class0),
                                           ("", rf"\text{{ at }}\alpha = {rate}"), strict=True)])
        for label, bar in zip(bar_labels, bars, strict=True):
            label.next_to(bar, RIGHT, buff=0.2)
        self.bars = VGroup(bars, bar_labels)
        with self.beat(f"What it buys: fitting these {run.n_dof} weights, "
                       f"{{newton}} Newton converges in {run.newton_steps} steps. "
                       f"Gradient ascent, at a learning rate of {rate} on the mean "
                       f"log-likelihood, needs {{ascent}} {run.ascent_steps}.") as b:
            self.play(FadeIn(cells[2][0]))
            b.wait_until("newton")
            self.play(FadeIn(cells[2][1], shift=0.2 * UP), GrowFromEdge(bars[0], LEFT),
                      FadeIn(bar_labels[0]))
            b.wait_until("ascent")
            self.play(FadeIn(cells[2][2], shift=0.2 * UP), GrowFromEdge(bars[1], LEFT),
                      FadeIn(bar_labels[1]), run_time=1.5)
            self.play(cells[2][1].animate.set_color(theme.good),
                      cells[2][2].animate.set_color(theme.bad),
                      FadeIn(winner_boxes[1]))

        # Step: the trade-off, as the total work of each (core) at these d weights, then at a
        # million: d runs from 3 to 10^6 in one line, and the winner flips.
        verdicts = []
        power = f"10^{{{len(str(MANY_WEIGHTS)) - 1}}}"  # a million, as 10^6
        for d, d_tex, cube_tex in ((run.n_dof, str(run.n_dof), f"{run.n_dof}^3"),
                                   (MANY_WEIGHTS, power, f"({power})^3")):
            newton_work, ascent_work = work_to_converge(run, d)
            newton_wins = newton_work < ascent_work
            line = MathTex(
                rf"d = {d_tex}:\;\;",
                rf"{run.newton_steps} \cdot {cube_tex} = {work_tex(newton_work)}",
                r"\;<\;" if newton_wins else r"\;>\;",
                rf"{run.ascent_steps} \cdot {d_tex} = {work_tex(ascent_work)}",
                r"\;\;\Rightarrow\;\text{" + ("Newton" if newton_wins else
                                                "gradient steps") + "}",
                font_size=SIZES.formula, color=theme.text)
            line[1].set_color(theme.highlight)
            line[3].set_color(theme.class0)
            line[4].set_color(theme.highlight if newton_wins else theme.class0)
            FOOTER.place(line)
            verdicts.append(line)
        verdict = verdicts[0]
        self.verdicts = verdicts
        with self.beat(f"With a handful of weights, like these {run.n_dof}, that trade is a "
                       "bargain: d cubed is still small. {millions} With the millions of "
                       "weights in a neural network, even at the same step counts, d cubed is "
                       "out of reach, and gradient methods take over.") as b:
            # The work in all: few steps of d cubed against many of d.
            self.play(FadeIn(verdict, shift=0.2 * UP), run_time=1.0)
            b.wait_until("millions")
            # The step counts no longer decide: their row and bars step back, the cost per
            # step (d cubed against d) comes forward, and the work in all flips.
            self.play(ReplacementTransform(verdict, verdicts[1]),
                      VGroup(self.bars, winner_boxes[1], *cells[2]).animate.set_opacity(
                          STEPS_DIM),
                      run_time=1.2)
            self.play(Indicate(verdicts[1][1], color=theme.bad),
                      Indicate(cells[1][1], color=theme.bad), run_time=0.8)
            verdict = verdicts[1]

        # Step: the misconception: Newton is not always better. The hill beside a saddle.
        table = VGroup(*[c for row in cells for c in row if c is not None], rule_line,
                       self.bars,
                       winner_boxes)
        for panel, x in ((hill, -3.2), (saddle, 3.2)):
            panel.scale_to_fit_width(PAIR_SCALE * CURVATURE_PANEL[0]).move_to([x, -0.45, 0])
        titles = VGroup(
            Text("every curvature < 0: a hill", font_size=SIZES.label, color=theme.text),
            Text("curvatures of both signs: a saddle", font_size=SIZES.label,
                 color=theme.text))
        readouts = VGroup(*[
            MathTex(r"\text{height }",
                    rf"{{{panel.run.value_start:.1f}}} \to {panel.run.value_lands:.0f}",
                    rf"\text{{: {word}}}", font_size=SIZES.formula,
                    color=theme.good if climbs else theme.bad)
            for panel, word, climbs in ((hill, "up", True), (saddle, "down", False))])
        for title, readout, panel in zip(titles, readouts, (hill, saddle), strict=True):
            title.next_to(panel, UP, buff=0.15)
            readout.next_to(panel, DOWN, buff=0.15)
        saddle_name = Text("saddle point", font_size=SIZES.label, color=theme.text)
        saddle_name.add_background_rectangle(color=theme.background, opacity=0.75, buff=0.05)
        saddle_name.next_to(saddle.target, DOWN + LEFT, buff=0.12)
        # What the shade means, in the empty top right corner, level with the heading:
        # higher is brighter, so the saddle's "down" can be read off its picture.
        key = self.height_key
        cheaper = Text("so in practice: L-BFGS, or first-order methods like Adam",
                       font_size=SIZES.label, color=theme.highlight)
        FOOTER.place(cheaper)
        self.warning = VGroup(titles, readouts, cheaper)
        with self.beat("But Newton is not always better. {indefinite} In a neural network the "
                       "Hessian is huge, and it can be indefinite: {saddle} bending up in some "
                       "directions and down in others, like a saddle.") as b:
            self.play(FadeOut(table, shift=0.2 * DOWN), FadeOut(verdict),
                      FadeOut(VGroup(hessian, grid_eq, grid, names)), run_time=0.8)
            self.play(FadeIn(hill), FadeIn(titles[0]), FadeIn(readouts[0]), run_time=0.8)
            b.wait_until("indefinite")
            # The saddle's map comes with the word "indefinite", not after it.
            self.play(Create(saddle.frame), FadeIn(saddle.image),
                      FadeIn(titles[1], shift=0.2 * UP), run_time=0.8)
            b.wait_until("saddle")
            self.play(Indicate(titles[1], color=theme.highlight, scale_factor=1.0),
                      run_time=0.8)
        with self.beat("{downhill} Then the step can head for the saddle point, or even "
                       "downhill. {cheaper} So practitioners use cheaper stand-ins: L-BFGS, or "
                       "first-order methods like Adam.") as b:
            self.play(FadeIn(saddle.start, scale=2), run_time=0.4)
            b.wait_until("downhill")
            self.play(GrowArrow(saddle.step), FadeIn(saddle.target), FadeIn(saddle_name),
                      run_time=1.0)
            self.play(FadeIn(readouts[1], shift=0.2 * UP), run_time=0.6)
            b.wait_until("cheaper")
            self.play(FadeIn(cheaper, shift=0.2 * UP), run_time=0.7)

    @staticmethod
    def _table(cells: list[list[VMobject | None]], top: float) -> None:
        """Place the cells in three columns (label, Newton, ascent) from the row ``top``."""
        columns = (-3.3, 0.6, 3.7)  # centres of the columns
        row_y = top
        for row in cells:
            for x, cell in zip(columns, row, strict=True):
                if cell is not None:
                    cell.move_to([x, row_y, 0])
            row_y -= 0.7


class NewtonDoublesTheCorrectDigits(LectureScene):
    """The distance to the peak on a log scale: a straight line for gradient ascent (linear
    convergence), a cliff for Newton (quadratic: the correct digits double)."""

    def construct(self) -> None:
        theme = self.theme
        decay = error_decay_run()
        self.decay = decay
        heading = self.heading("How fast: the error on a log scale")
        n_steps = int(decay.steps[-1])
        axes = function_axes(theme, [0, n_steps, 10], [LOG_FLOOR, 1, 1], x_length=7.4,
                             y_length=4.9)
        y_labels = VGroup(*[
            MathTex(f"10^{{{k}}}", font_size=SIZES.formula_large, color=theme.text).next_to(
                axes.c2p(0, k), LEFT, buff=0.3) for k in range(0, LOG_FLOOR - 1, -4)])
        # The x axis sits at 10^0, near the top; the steps are numbered along the bottom.
        bottom = Line(axes.c2p(0, LOG_FLOOR), axes.c2p(n_steps, LOG_FLOOR), color=theme.muted,
                      stroke_width=2)
        step_numbers = VGroup(*[
            Text(str(t), font_size=SIZES.body, color=theme.text).next_to(
                axes.c2p(t, LOG_FLOOR), DOWN, buff=0.15) for t in range(0, n_steps + 1, 20)])
        plot = VGroup(axes, y_labels, bottom, step_numbers)
        STAGE.place(plot, aligned=DOWN + RIGHT)
        x_name = Text("step", font_size=SIZES.body, color=theme.text)
        x_name.next_to(bottom, UP, buff=0.15).align_to(bottom, RIGHT)
        # The error's name as the rules and the table write it, tied to the distance.
        y_name = MathTex(r"e_t = |w_t - w^*|", font_size=SIZES.formula_large, color=theme.text)
        y_name.next_to(axes.c2p(0, 1), RIGHT, buff=0.3).shift(0.1 * UP)
        self.axes = axes

        log_ascent = np.log10(decay.ascent_error)
        log_newton = np.log10(decay.newton_error)
        # Newton's line ends where its error reaches rounding level.
        n_newton = int(np.argmax(decay.newton_error <= decay.floor)) + 1
        ascent_line = polyline(axes, decay.steps, log_ascent, theme.class0)
        newton_line = polyline(axes, decay.steps[:n_newton], log_newton[:n_newton],
                               theme.highlight)
        newton_dots = VGroup(*[Dot(axes.c2p(t, log_newton[t]), radius=0.07,
                                   color=theme.highlight) for t in range(n_newton - 1)])
        self.lines = (ascent_line, newton_line)
        self.n_newton = n_newton

        # Each method named on the plot beside its own line, with its rule of thumb near the
        # peak: gradient ascent above its line's far end and its rate under it; Newton right of
        # its cliff, in the empty middle.
        ascent_title = Text("gradient ascent", font_size=SIZES.body, color=theme.class0)
        far = LINEAR_NAME_STEP
        ascent_title.next_to(axes.c2p(far, log_ascent[far]), UP + RIGHT, buff=0.15)
        ascent_rule = MathTex(r"\text{linear: }", r"e_{t+1} \approx " +
                              f"{decay.ascent_rate:.2f}" + r"\, e_t",
                              font_size=SIZES.formula, color=theme.class0)
        ascent_rule.next_to(axes.c2p(n_steps, log_ascent[-1]), DOWN, buff=0.35).align_to(
            axes.c2p(n_steps, 0), RIGHT)
        newton_title = Text("Newton", font_size=SIZES.body, color=theme.highlight)
        newton_rule = MathTex(r"\text{quadratic: }", r"e_{t+1} \approx " +
                              f"{decay.newton_constant:.2f}" + r"\, e_t^{2}",
                              font_size=SIZES.formula, color=theme.highlight)
        newton_names = VGroup(newton_title, newton_rule).arrange(DOWN, aligned_edge=LEFT,
                                                                 buff=0.15)
        newton_names.move_to(axes.c2p(*QUADRATIC_NAME_AT), aligned_edge=UP + LEFT)
        self.rate_names = VGroup(ascent_title, ascent_rule, newton_names)

        digits = [int(np.floor(-v)) for v in log_newton[2:n_newton - 1]]
        self.digits = digits
        said_digits = ", ".join(str(d) for d in digits)
        # The side, from the start: Newton's first steps as a table (step, error, correct
        # decimals: the zeros after the point before the error's first digit), steps 2 up to
        # the last before rounding level; under it, the steps to 3 and 6 decimals.
        rows = range(2, n_newton - 1)
        self.error_steps = list(rows)
        header = VGroup(MathTex("t", font_size=SIZES.formula, color=theme.text),
                        MathTex("e_t", font_size=SIZES.formula, color=theme.text),
                        MathTex(r"\text{decimals}", font_size=SIZES.formula,
                                color=theme.text))
        error_cells = VGroup(*[
            MathTex(error_tex(float(decay.newton_error[t])), font_size=SIZES.formula,
                    color=theme.text) for t in rows])
        step_cells = VGroup(*[MathTex(str(t), font_size=SIZES.formula, color=theme.text)
                              for t in rows])
        decimal_cells = VGroup(*[
            MathTex(str(int(np.floor(-np.log10(decay.newton_error[t])))),
                    font_size=SIZES.formula, color=theme.highlight) for t in rows])
        self.error_cells = error_cells
        # The decimals the narration reads out: they double.
        digit_labels = decimal_cells
        self.digit_labels = digit_labels
        errors_title = Text("Newton, step by step", font_size=SIZES.body, color=theme.highlight)
        columns = (0.0, 0.95, 3.3)  # centres of the three columns, from the table's left
        row_gap = 0.6
        for i, row in enumerate([header, *zip(step_cells, error_cells, decimal_cells,
                                                strict=True)]):
            for x, cell in zip(columns, row, strict=True):
                cell.move_to([x, -i * row_gap, 0])
        for cell in (*error_cells, header[1]):  # the errors line up on their left edge
            cell.align_to([columns[1] - 0.45, 0, 0], LEFT)
        rule = Line([-0.3, -0.5 * row_gap, 0], [columns[2] + 0.95, -0.5 * row_gap, 0],
                    color=theme.muted, stroke_width=2)
        errors_body = VGroup(header, rule, step_cells, error_cells, decimal_cells)
        errors_title.next_to(errors_body, UP, buff=0.25).align_to(errors_body, LEFT)
        errors = VGroup(errors_title, errors_body)
        SIDE.place(errors, aligned=UP + LEFT)
        self.errors_table = errors
        table_title = Text("steps to reach", font_size=SIZES.body, color=theme.text)
        table = VGroup(*[
            MathTex(rf"e < 10^{{-{k}}}:", rf"\ {decay.newton_steps_to[k]}",
                    rf"\;\text{{vs}}\ {decay.ascent_steps_to[k]}",
                    font_size=SIZES.formula, color=theme.text)
            for k in (3, 6)]).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        for row in table:
            row[1].set_color(theme.highlight)
            row[2].set_color(theme.class0)
        self.table = table
        summary = VGroup(table_title, table).arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        # Under Newton's table, well above the step numbers along the plot's bottom.
        summary.next_to(errors, DOWN, buff=0.6).align_to(errors, LEFT)
        # Where Newton's line stops: its error has reached the smallest difference double
        # precision can show near w* (core's floor), drawn as a level line with its name.
        log_floor = float(np.log10(decay.floor))
        floor_line = DashedLine(axes.c2p(0, log_floor), axes.c2p(FLOOR_LINE_END, log_floor),
                                color=theme.muted, stroke_width=2, dash_length=0.08)
        floor_note = Text("limit of double precision", font_size=SIZES.body,
                          color=theme.text)
        floor_note.next_to(floor_line, UP, buff=0.12).align_to(
            axes.c2p(FLOOR_NOTE_STEP, 0), LEFT)
        self.floor_note = VGroup(floor_line, floor_note)
        self.log_floor = log_floor

        # Step: the plot
        with self.beat("Now measure each climber's distance from the peak, {plot} on a "
                       "logarithmic scale: {ticks} each number down the side is ten thousand "
                       "times closer than the one above it.") as b:
            # Only the y axis: the x axis would run along 10^0, near the top; the steps are
            # read off the line along the bottom.
            self.play(FadeIn(heading, shift=0.2 * DOWN), FadeIn(y_name), Create(axes.y_axis),
                      Create(bottom), FadeIn(step_numbers), FadeIn(x_name), run_time=1.0)
            b.wait_until("plot")
            self.play(FadeIn(y_labels, lag_ratio=0.3), run_time=1.2)
            b.wait_until("ticks")
            # The numbered powers of ten, one after the other down the side.
            self.play(Indicate(y_labels, color=theme.highlight, lag_ratio=0.3), run_time=1.5)

        # Step: gradient ascent, a straight line
        with self.beat("{ascent} Gradient ascent falls along a straight line: near the top, "
                       "every step keeps the same fraction of the error, {rate} about "
                       f"{decay.ascent_rate:.2f}. {{linear}} That is linear "
                       "convergence.") as b:
            b.wait_until("ascent")
            self.play(Create(ascent_line), FadeIn(ascent_title), run_time=3, rate_func=linear)
            b.wait_until("rate")
            self.play(FadeIn(ascent_rule[1], shift=0.2 * UP), run_time=0.6)
            b.wait_until("linear")
            self.play(FadeIn(ascent_rule[0], shift=0.2 * RIGHT), run_time=0.6)

        # Step: Newton, a cliff
        with self.beat("{newton} Newton's error is roughly squared at every step, "
                       "{quadratic} quadratic convergence, so its line plunges off a cliff: "
                       "{digits} the correct decimals go "
                       f"{said_digits}, roughly doubling each time, {{floor}} until the "
                       "error is too small for the computer's double-precision numbers to "
                       "show, and the line stops.") as b:
            b.wait_until("newton")
            self.play(FadeIn(newton_title), FadeIn(newton_rule[1], shift=0.2 * UP))
            b.wait_until("quadratic")
            # Newton's table opens with its cliff, in the side's empty top.
            self.play(Create(newton_line), FadeIn(newton_dots, lag_ratio=0.3),
                      FadeIn(newton_rule[0], shift=0.2 * RIGHT), FadeIn(errors_title),
                      FadeIn(header), Create(rule), run_time=2)
            # The table fills on its words, row by row, each row with its point on the cliff.
            b.wait_until("digits")
            for i, t in enumerate(rows):
                self.play(FadeIn(VGroup(step_cells[i], error_cells[i], digit_labels[i])),
                          Indicate(newton_dots[t], color=theme.highlight, scale_factor=1.8),
                          run_time=0.5)
            b.wait_until("floor")
            self.play(Create(floor_line), FadeIn(floor_note), run_time=0.8)

        # Step: what it means in steps
        with self.beat(f"Three correct decimals take Newton {decay.newton_steps_to[3]} steps "
                       f"and gradient ascent {decay.ascent_steps_to[3]}; {{six}} six take "
                       f"{decay.newton_steps_to[6]} against {decay.ascent_steps_to[6]}.") as b:
            self.play(FadeIn(table_title), FadeIn(table[0], shift=0.2 * UP))
            b.wait_until("six")
            self.play(FadeIn(table[1], shift=0.2 * UP))


def key_entry(mark: VMobject, label: str, theme: Theme) -> VGroup:
    """A legend entry at the body size (the two-weight picture's side has room for it)."""
    return VGroup(mark, Text(label, font_size=SIZES.body, color=theme.text)).arrange(
        RIGHT, buff=0.15)


def centre_mark(point: np.ndarray, colour: str, size: float = 0.13) -> VGroup:
    """A small x at ``point``: where a quadratic model has its centre."""
    return VGroup(*[Line(point - size * d, point + size * d, color=colour, stroke_width=4)
                    for d in (UP + RIGHT, UP + LEFT)])


def model_dashes(curve: VMobject) -> DashedVMobject:
    """A model's contour dashed as every other, with one dash length (MODEL_DASH) whatever
    the curve's length: one line style for one meaning, in the picture and its key."""
    length = float(np.linalg.norm(np.diff(curve.points, axis=0), axis=1).sum())
    return DashedVMobject(curve, num_dashes=max(2, round(length / MODEL_DASH)))


def contour_pixels(drops: np.ndarray, theme: Theme) -> np.ndarray:
    """RGBA pixels (uint8) of a contour map: a shade that brightens toward the peak, and a
    line in the muted colour where the drop below the peak crosses one of
    ``CONTOUR_DROPS`` (between a pixel and its right or lower neighbour).

    Parameters
    ----------
    drops : ndarray of shape (rows, cols)
        max l - l, >= 0; row 0 is the top of the picture.
    """
    band = np.searchsorted(np.asarray(CONTOUR_DROPS), drops)
    line = np.zeros(drops.shape, dtype=bool)
    line[:, :-1] |= band[:, :-1] != band[:, 1:]
    line[:-1, :] |= band[:-1, :] != band[1:, :]
    background = np.array(ManimColor(theme.background).to_rgb()) * 255
    shade = np.array(ManimColor(theme.curve).to_rgb()) * 255
    muted = np.array(ManimColor(theme.muted).to_rgb()) * 255
    near = np.clip(1 - np.sqrt(drops / CONTOUR_DROPS[-1]), 0, 1)[..., None]
    rgb = background + (shade - background) * (MAP_SHADE * near)
    rgb = np.where(line[..., None], muted, rgb)
    alpha = np.full(near.shape, 255.0)
    return np.concatenate([rgb, alpha], axis=-1).round().astype(np.uint8)


class ContourMap(FieldImage):
    """The log-likelihood over (b, w) as one image, from core's grid (it never changes)."""

    def __init__(self, axes: Axes, drops: np.ndarray, theme: Theme):
        self.drops = drops
        super().__init__(axes, lambda: np.zeros(1), theme, shape=drops.shape)
        self.clear_updaters()

    def _pixels(self, theta: np.ndarray) -> np.ndarray:
        return contour_pixels(self.drops[::-1], self.theme)


class NewtonJumpsToTheCentreOfItsModel(LectureScene):
    """Two weights: at each iterate Newton's quadratic model (its elliptical contours), and the
    jump to its centre, three times, onto the peak of the log-likelihood."""

    def construct(self) -> None:
        theme = self.theme
        bowls = newton_bowls_run(b_range=MAP_B_RANGE, w_range=MAP_W_RANGE, shape=MAP_SHAPE)
        self.bowls = bowls
        heading = self.heading("Newton in two weights: jump to the model's centre")
        box = ((float(bowls.b_grid[0]), float(bowls.b_grid[-1])),
               (float(bowls.w_grid[0]), float(bowls.w_grid[-1])))
        axes = function_axes(theme, [*box[0], 1], [*box[1], 0.5], x_length=7.6, y_length=5.2,
                             x_numbers=[-2, -1, 0, 1, 2, 3], y_numbers=[0, 2], y_decimals=0,
                             number_size=SIZES.body)
        # The numbers go outside the map, clear of the models' ellipses and the jumps: the b
        # numbers under its bottom edge, the w numbers left of its left edge.
        for number in axes.x_axis.numbers:
            number.next_to(axes.c2p(number.get_value(), box[1][0]), DOWN, buff=0.12)
        for number in axes.y_axis.numbers:
            number.next_to(axes.c2p(box[0][0], number.get_value()), LEFT, buff=0.12)
        # The two weights' names a size up and in the text colour (not the shared grey
        # caption size): the picture is about these two axes.
        names = VGroup(MathTex("b", font_size=SIZES.formula, color=theme.text),
                       MathTex("w", font_size=SIZES.formula, color=theme.text))
        names[0].next_to(axes.x_axis.get_right(), RIGHT, buff=0.12)
        names[1].next_to(axes.y_axis.get_top(), UP, buff=0.1)
        self.axis_names = names
        STAGE.place(VGroup(axes, names), aligned=DOWN + LEFT)
        self.axes = axes
        drops = bowls.max_value - bowls.values
        contour_map = ContourMap(axes, drops, theme)
        self.map = contour_map
        # The peak as a ring (in the text colour, not the iterates' yellow), so the last
        # landing point shows inside it; the y axis is numbered at 0 and 2 only, clear of it.
        peak = VGroup(Circle(radius=0.17, color=theme.text, stroke_width=4).move_to(
                          axes.c2p(*bowls.maximiser)),
                      MathTex(r"\theta^*", font_size=SIZES.formula_small, color=theme.text))
        # Straight above the peak (on a patch over the w axis): the jumps come in from the
        # lower left and from the right, below it.
        peak[1].next_to(peak[0], UP, buff=0.12)
        peak[1].add_background_rectangle(color=theme.background, opacity=0.9, buff=0.05)
        peak.set_z_index(2)  # the model's dashed ellipses pass under the peak's name

        def inside(points: np.ndarray) -> bool:
            """Inside the box, a margin clear of its edges (no ellipse grazes the frame)."""
            m = [0.04 * (hi - lo) for lo, hi in box]
            return bool(np.all((points[:, 0] >= box[0][0] + m[0])
                               & (points[:, 0] <= box[0][1] - m[0])
                               & (points[:, 1] >= box[1][0] + m[1])
                               & (points[:, 1] <= box[1][1] - m[1])))

        def model_contours(model, below: float = np.inf) -> VGroup:  # noqa: ANN001
            """The model's contours at the map's own drops, those that fit the box and lie
            well inside the level ``below`` (a drop): none crowds the ellipse drawn there."""
            group = VGroup()
            for drop in CONTOUR_DROPS:
                if np.sqrt(drop) > np.sqrt(below) - MODEL_LEVEL_GAP:
                    continue
                points = model.contour(model.peak - drop)
                if inside(points):
                    curve = polyline(axes, points[:, 0], points[:, 1], theme.highlight,
                                     MODEL_STROKE)
                    group.add(model_dashes(curve))
            return group

        self.model_curves: list[VGroup] = []
        self.jumps: list[Arrow] = []
        stops = [Dot(axes.c2p(*bowls.iterates[0]), radius=0.1, color=theme.highlight,
                     stroke_width=2, stroke_color=theme.background)]

        rule = MathTex(r"\theta", ":=", r"\theta", "-", "H^{-1}", r"\nabla_\theta \ell(\theta)",
                       font_size=SIZES.formula, color=theme.text)
        rule[4].set_color(theme.highlight)
        rule[5].set_color(theme.loss)  # as in the Hessian scene: the gradient, the Hessian
        contour_key = key_entry(Line(ORIGIN, 0.5 * RIGHT, color=theme.muted, stroke_width=3),
                                "contours of the hill", theme)
        model_key = key_entry(model_dashes(Line(ORIGIN, 0.5 * RIGHT, color=theme.highlight,
                                                stroke_width=MODEL_STROKE)),
                              "Newton's model", theme)
        distance = np.linalg.norm(bowls.iterates - bowls.maximiser, axis=1)
        self.distance = distance
        k = ValueTracker(0)
        self.step_tracker = k
        # The distance is read at the step the counter shows (both rounded alike), so the two
        # rows never disagree mid-jump.
        self.readout_getters = (lambda: k.get_value(),
                                lambda: distance[round(k.get_value())])
        panel = ReadoutPanel([(r"\text{step}", self.readout_getters[0], 0),
                              (r"|\theta - \theta^*|", self.readout_getters[1], 3)],
                             theme, font_size=SIZES.body)
        for row in panel:  # labels in the text colour: grey reads dim on the background
            row[0].set_color(theme.text)
        self.panel = panel
        # The readout is Newton's, named so (gradient ascent gets its own, under it, later).
        newton_title = key_entry(Dot(radius=0.08, color=theme.highlight), "Newton", theme)
        newton_title[1].set_color(theme.highlight)
        newton_block = VGroup(newton_title, panel).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        SIDE.stack(rule, contour_key, model_key, newton_block, buff=0.3)

        # Step: the map
        # The two weights' axes come with the first words, so "two weights" has a picture.
        with self.beat("Picture two weights, the bias b and the weight w of the race's "
                       "data. {map} Here is the log-likelihood as a contour map, {peak} with "
                       "its peak in the middle.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), Create(axes), FadeIn(names),
                      run_time=1.0)
            b.wait_until("map")
            self.add(contour_map, axes)
            self.play(FadeIn(contour_map), FadeIn(contour_key), run_time=1.2)
            b.wait_until("peak")
            self.play(FadeIn(peak, scale=0.5))

        def through_start(model) -> VGroup:  # noqa: ANN001
            """The model's level set through its own point (where it has the hill's height,
            slope and curvature), drawn where it lies inside the map."""
            points = model.contour(model.value)
            (b0, b1), (w0, w1) = box
            keep = ((points[:, 0] >= b0) & (points[:, 0] <= b1)
                    & (points[:, 1] >= w0) & (points[:, 1] <= w1))
            # Rotate the closed curve to begin outside the map, then split into inside runs.
            if not keep.all():
                shift = int(np.argmin(keep))
                points, keep = np.roll(points, -shift, axis=0), np.roll(keep, -shift)
            else:  # all inside: begin at the start itself, so a dash (not a gap) marks it
                shift = int(np.argmin(np.linalg.norm(points - model.theta, axis=1)))
                points = np.vstack([np.roll(points, -shift, axis=0), points[shift:shift + 1]])
                keep = np.ones(len(points), dtype=bool)
            group, run = VGroup(), []
            for point, ok in zip([*points, None], [*keep, False], strict=True):
                if ok:
                    run.append(point)
                elif len(run) >= 2:
                    arc = np.array(run)
                    curve = polyline(axes, arc[:, 0], arc[:, 1], theme.highlight,
                                     MODEL_STROKE)
                    group.add(model_dashes(curve))
                    run = []
                else:
                    run = []
            return group

        # Step: the first model
        touching = through_start(bowls.models[0])
        self.touching = touching
        start_drop = bowls.models[0].peak - bowls.models[0].value
        first = VGroup(*model_contours(bowls.models[0], below=start_drop), *touching)
        self.model_curves.append(first)
        # Each model's centre as a small x, on the map (and in the zoom from the second model
        # on): the jump lands on it. It leaves with its model.
        self.centre_marks: list[VGroup] = [
            centre_mark(axes.c2p(*bowls.models[0].centre), theme.highlight)]
        with self.beat("From a start far from the peak, {model} Newton builds the quadratic "
                       "hill with the same height, slope and curvature there: its contours "
                       "are the dashed ellipses, {touch} the outer one through the start "
                       "itself, {centre} and the little cross marks its centre.") as b:
            self.play(FadeIn(stops[0], scale=2), FadeIn(rule), FadeIn(newton_block))
            b.wait_until("model")
            self.play(Create(first), FadeIn(model_key), run_time=2)
            b.wait_until("touch")
            self.play(Indicate(touching, color=theme.highlight, scale_factor=1.0),
                      Indicate(stops[0], color=theme.highlight), run_time=0.8)
            b.wait_until("centre")
            self.play(FadeIn(self.centre_marks[0], scale=1.5), run_time=0.5)

        # A zoom on the peak, under the readouts: the later jumps, too short to see on the
        # map, at a scale where the second stop sits near the zoom's edge.
        half = ZOOM_MARGIN * float(distance[2])
        centre = bowls.maximiser
        zoom = function_axes(theme, [centre[0] - half, centre[0] + half, half],
                             [centre[1] - half, centre[1] + half, half], x_length=ZOOM_SIDE,
                             y_length=ZOOM_SIDE).set_opacity(0)
        self.zoom = zoom
        factor = (ZOOM_SIDE / (2 * half)) / (axes.x_axis.get_unit_size())
        self.zoom_factor = factor
        zoom_frame = Rectangle(width=ZOOM_SIDE, height=ZOOM_SIDE, color=theme.muted,
                               stroke_width=2).move_to(zoom)
        zoom_peak = Circle(radius=0.17, color=theme.text, stroke_width=4).move_to(
            zoom.c2p(*centre))
        # Named as a magnifier (not a claim about the error): the same picture, enlarged.
        # Beside the square's top, on two lines, so the square can be large.
        zoom_title = Text(f"zoom \u00d7{factor:.0f}\non the peak", font_size=SIZES.label,
                          color=theme.text, line_spacing=0.9)
        zoom_group = VGroup(zoom, zoom_frame, zoom_peak)
        zoom_title.next_to(zoom_frame, RIGHT, buff=0.15).align_to(zoom_frame, UP)
        SIDE.place(VGroup(zoom_title, zoom_group), aligned=DOWN + LEFT)
        # The map's ring around the zoomed square (the region the zoom shows).
        zoom_source = Rectangle(width=2 * half * axes.x_axis.get_unit_size(),
                                height=2 * half * axes.y_axis.get_unit_size(),
                                color=theme.muted, stroke_width=2).move_to(axes.c2p(*centre))
        # Leader lines from the small square on the map to the zoom's frame (its top and
        # bottom corners facing the map): the zoom is visibly that square, enlarged.
        leaders = VGroup(*[
            Line(zoom_source.get_corner(UP + RIGHT), zoom_frame.get_corner(UP + LEFT)),
            Line(zoom_source.get_corner(DOWN + RIGHT), zoom_frame.get_corner(DOWN + LEFT)),
        ]).set_stroke(color=theme.muted, width=2, opacity=0.8)
        self.zoom_leaders = leaders
        self.zoom_jumps: list[Arrow] = []
        zoom_stops = VGroup()

        def entering(start: np.ndarray, end: np.ndarray) -> np.ndarray:
            """Where the segment from ``start`` to ``end`` (inside the zoom) enters it."""
            lo, hi = 0.0, 1.0
            for axis in (0, 1):
                d = end[axis] - start[axis]
                if abs(d) > 1e-12:
                    a, b = sorted(((centre[axis] - half - start[axis]) / d,
                                   (centre[axis] + half - start[axis]) / d))
                    lo, hi = max(lo, a), min(hi, b)
            return start + lo * (end - start)

        def jump(t: int) -> None:
            start, end = bowls.iterates[t], bowls.iterates[t + 1]
            arrow = Arrow(axes.c2p(*start), axes.c2p(*end), buff=0.1, color=theme.highlight,
                          stroke_width=5, max_tip_length_to_length_ratio=0.15)
            self.jumps.append(arrow)
            stop = Dot(axes.c2p(*end), radius=0.1, color=theme.highlight, stroke_width=2,
                       stroke_color=theme.background)
            stops.append(stop)
            if t == 0:
                self.play(GrowArrow(arrow), k.animate.set_value(t + 1), run_time=1.2)
                self.play(FadeIn(stop, scale=2), run_time=0.5)
                return
            # Later jumps are drawn in the zoom too, where they can be seen.
            near = Arrow(zoom.c2p(*entering(start, end)), zoom.c2p(*end), buff=0.1,
                         color=theme.highlight, stroke_width=5,
                         max_tip_length_to_length_ratio=0.2)
            self.zoom_jumps.append(near)
            near_stop = Dot(zoom.c2p(*end), radius=0.09, color=theme.highlight,
                            stroke_width=2, stroke_color=theme.background)
            zoom_stops.add(near_stop)
            self.play(GrowArrow(arrow), GrowArrow(near), k.animate.set_value(t + 1),
                      run_time=1.2)
            self.play(FadeIn(stop, scale=2), FadeIn(near_stop, scale=2), run_time=0.5)

        # Step: the jump
        with self.beat("{jump} The step minus H inverse times the gradient jumps straight to "
                       "that model's centre.") as b:
            b.wait_until("jump")
            jump(0)
            self.play(Indicate(rule[4:], color=theme.highlight))

        # Step: the next models
        with self.beat(f"The box on the right enlarges the peak {count_word(round(factor))} "
                       "times. {models} From there Newton builds a new model, which fits the "
                       "hill better, {second} and jumps to its centre; {third} the third jump "
                       f"lands {distance[3]:.3f} from the peak.") as b:
            # The peak's name steps out of the zoomed square, up and left of it, so it does
            # not sit among the short jumps and their arrowheads.
            self.play(peak[1].animate.next_to(zoom_source, UP + LEFT, buff=0.08),
                      Create(zoom_source), Create(zoom_frame), Create(leaders),
                      FadeIn(zoom_title), FadeIn(zoom_peak), run_time=0.8)
            self.play(Indicate(zoom_frame, color=theme.highlight, scale_factor=1.0),
                      Indicate(zoom_source, color=theme.highlight, scale_factor=1.0),
                      run_time=0.8)
            b.wait_until("models")
            for t, mark in ((1, "second"), (2, "third")):
                curves = model_contours(bowls.models[t])
                self.model_curves.append(curves)
                centre = bowls.models[t].centre
                marks = VGroup(centre_mark(axes.c2p(*centre), theme.highlight),
                               centre_mark(zoom.c2p(*centre), theme.highlight))
                self.centre_marks.append(marks)
                # The jumps already made step back (arrowheads too), so the new one stands out.
                dim = [m.animate.set_opacity(JUMP_DIM) for m in (*self.jumps, *self.zoom_jumps)]
                # The model before leaves as the new one draws: one model on the map at a time.
                self.play(FadeOut(self.model_curves[t - 1]),
                          FadeOut(self.centre_marks[t - 1]), *dim, Create(curves),
                          run_time=1.2)
                self.play(FadeIn(marks, scale=1.5), run_time=0.4)
                b.wait_until(mark)
                jump(t)
            self.play(FadeOut(self.model_curves[-1]),
                      FadeOut(self.centre_marks[-1]), FadeOut(model_key))

        # Step: gradient ascent from the same start, as many steps, at the race's learning
        # rate on the summed log-likelihood (core): blue squares, joined, on the same map.
        data, race = newton_race_run()
        ascent = gradient_ascent(data.X, data.y, race.learning_rate, len(bowls.models),
                                 theta0=bowls.iterates[0], average=False).thetas
        self.ascent_path = ascent
        ascent_gap = float(np.linalg.norm(ascent[-1] - bowls.maximiser))
        self.ascent_gap = ascent_gap
        ascent_trail = polyline(axes, ascent[:, 0], ascent[:, 1], theme.class0, 3)
        ascent_squares = VGroup(*[
            Square(side_length=0.16, color=theme.class0, fill_opacity=1, stroke_width=2,
                   stroke_color=theme.background).move_to(axes.c2p(*p)) for p in ascent[1:]])
        ascent_start = Square(side_length=0.16, color=theme.class0, fill_opacity=1,
                              stroke_width=2, stroke_color=theme.background).move_to(
                                  axes.c2p(*ascent[0]))
        # Gradient ascent's own readout under Newton's, where the zoom was (the zoom has done
        # its work: it leaves, so the side holds only the two readouts and the key).
        ascent_title = key_entry(Square(side_length=0.16, color=theme.class0, fill_opacity=1,
                                        stroke_width=0), "gradient ascent", theme)
        ascent_title[1].set_color(theme.class0)
        n_ascent = len(ascent) - 1
        ascent_panel = ReadoutPanel([(r"\text{step}", lambda: float(n_ascent), 0),
                                     (r"|\theta - \theta^*|", lambda: ascent_gap, 2)],
                                    theme, font_size=SIZES.body)
        for row in ascent_panel:
            row[0].set_color(theme.text)
        # Its learning rate under its name: the rate the words name, on screen.
        ascent_rate = MathTex(rf"\alpha = {race.learning_rate:g}", font_size=SIZES.formula,
                              color=theme.class0)
        ascent_block = VGroup(ascent_title, ascent_rate, ascent_panel).arrange(
            DOWN, aligned_edge=LEFT, buff=0.15)
        ascent_block.next_to(newton_block, DOWN, buff=0.45).align_to(newton_block, LEFT)
        self.ascent_block = ascent_block
        zoom_parts = VGroup(zoom_frame, zoom_title, zoom_peak, zoom_source, leaders,
                            *self.zoom_jumps, zoom_stops)
        with self.beat(f"Gradient ascent, from the same start and at the race's learning "
                       f"rate of {race.learning_rate:g}, {{ascent}} takes "
                       f"{count_word(len(bowls.models))} small steps up the slope {{gap}} "
                       f"and is still {ascent_gap:.2f} from the peak.") as b:
            # Named with its words: its title, and a blue square on the shared start.
            self.play(FadeOut(zoom_parts), run_time=0.5)
            self.play(FadeIn(ascent_title), FadeIn(ascent_rate),
                      FadeIn(ascent_start, scale=2), run_time=0.6)
            b.wait_until("ascent")
            self.play(Create(ascent_trail), FadeIn(ascent_squares, lag_ratio=0.5),
                      run_time=1.5)
            self.play(FadeIn(ascent_panel[0]), run_time=0.4)
            b.wait_until("gap")
            self.play(FadeIn(ascent_panel[1], shift=0.2 * UP),
                      Indicate(ascent_squares[-1], color=theme.class0), run_time=0.8)
        panel.numbers[0].clear_updaters()
        panel.numbers[1].clear_updaters()


# ---------------------------------------------------------------------------------------------

#: The zoom on the peak in the two-weight picture: its side on screen, and its half-width
#: as a multiple of the second stop's distance from the peak (that stop just inside it).
ZOOM_SIDE = 2.45
ZOOM_MARGIN = 1.2
#: The opacity of the jumps already made, while the next model and jump are drawn.
JUMP_DIM = 0.3
#: The opacity of the step-count row and bars once a million weights make the cost per step
#: decide.
STEPS_DIM = 0.25

#: The quiz's hill: l(w) = -(w - QUIZ_PEAK)^2, climbed from w = QUIZ_START.
QUIZ_PEAK = 3
QUIZ_START = 0
_QUIZ_SLOPE = -2 * (QUIZ_START - QUIZ_PEAK)  # l'(w0)
_QUIZ_CURVATURE = -2  # l''(w), the same everywhere
_QUIZ_LANDS = QUIZ_START - _QUIZ_SLOPE // _QUIZ_CURVATURE

QUIZ = Quiz(
    question=f"Newton's method climbs $\\ell(w) = -(w - {QUIZ_PEAK})^2$ from "
             f"$w_0 = {QUIZ_START}$. Where does its first step land?",
    spoken_question=f"Newton's method climbs ell of w equals minus the square of w minus "
                    f"{QUIZ_PEAK}, from w equals {QUIZ_START}. Where does its first step land?",
    choices=(
        f"$w = {2 * QUIZ_PEAK}$: it overshoots the peak.",
        f"$w = {QUIZ_PEAK / 2:g}$: halfway, a cautious step.",
        "It depends on the learning rate you choose.",
        f"$w = {_QUIZ_LANDS}$, the peak, in one step.",
    ),
    correct=3,
    reason=f"$\\ell'({QUIZ_START}) = {_QUIZ_SLOPE}$ and $\\ell'' = {_QUIZ_CURVATURE}$, so "
           f"$w_1 = {QUIZ_START} - {_QUIZ_SLOPE}/({_QUIZ_CURVATURE}) = {_QUIZ_LANDS}$, with no "
           "learning rate: a quadratic is its own model.",
    spoken_reason=f"The slope at {QUIZ_START} is {_QUIZ_SLOPE} and the curvature is minus two, "
                  f"so the step lands at {_QUIZ_LANDS}, with no learning rate to choose: a "
                  "quadratic hill is its own model, and Newton jumps to its centre.",
    applied=True,
)


#: The quiz picture's window: w from a little left of the start to past the overshoot
#: choice, l from below the start's value to above the peak.
QUIZ_W_RANGE = (-0.5, 2 * QUIZ_PEAK + 0.5)
QUIZ_L_RANGE = (-QUIZ_PEAK ** 2 - 1, 0.5)
#: The top-left corner (w, l) of the quiz model's name: right of the hill's falling side.
QUIZ_MODEL_NAME_AT = (5.0, -1.0)


def quiz_hill(w: float) -> float:
    """The quiz's hill, l(w) = -(w - QUIZ_PEAK)^2."""
    return -(w - QUIZ_PEAK) ** 2


class NewtonCheck(QuizScene):
    """Check your understanding: where Newton's first step lands on a quadratic hill; on the
    answer, the step jumps from the start onto the peak."""

    quiz = QUIZ
    picture_share = 0.42

    def quiz_picture(self) -> VGroup:
        theme = self.theme
        axes = function_axes(theme, [*QUIZ_W_RANGE, 1], [*QUIZ_L_RANGE, 2], x_length=5.2,
                             y_length=4.3, x_numbers=[QUIZ_START, QUIZ_PEAK, 2 * QUIZ_PEAK],
                             y_numbers=[quiz_hill(QUIZ_START)], x_decimals=0,
                             y_decimals=0, number_size=SIZES.body)
        # One w axis, along l = 0 through the peak, numbered above the line (above the l axis's
        # top, and clear of the ring the answer puts on the peak); the hill hangs below it,
        # drawn from the start to the mirror point at the same height.
        for number in axes.x_axis.numbers:
            number.next_to(axes.c2p(number.get_value(), 0), UP, buff=0.28)
        curve = axes.plot(quiz_hill, x_range=[QUIZ_START, 2 * QUIZ_PEAK - QUIZ_START],
                          color=theme.curve, stroke_width=5)
        name = MathTex(r"\ell(w)", font_size=SIZES.formula, color=theme.curve)
        name.next_to(axes.c2p(2 * QUIZ_PEAK, quiz_hill(2 * QUIZ_PEAK)), LEFT, buff=0.25)
        w_name = MathTex("w", font_size=SIZES.formula, color=theme.text).next_to(
            axes.x_axis, RIGHT, buff=0.15)
        start = axes.c2p(QUIZ_START, quiz_hill(QUIZ_START))
        self.quiz_start = Dot(start, radius=0.1, color=theme.highlight)
        # Right of the start, inside the hill: above the step's arrow that leaves it to the
        # right, below the steep curve, and clear of the l axis's numbers on the left.
        start_name = MathTex("w_0", font_size=SIZES.formula,
                             color=theme.highlight).next_to(start, RIGHT, buff=0.3).shift(
            0.35 * UP)
        self.quiz_axes = axes
        self.quiz_curve, self.quiz_curve_name = curve, name
        return VGroup(axes, curve, name, w_name, self.quiz_start,
                      start_name)

    def quiz_reveal(self) -> None:
        """The step, drawn where the picture now stands: a step in w, from w0 across to the
        peak's w (at the start's height), then up to the hill there: the peak."""
        axes, theme = self.quiz_axes, self.theme
        floor = quiz_hill(QUIZ_START)
        start = axes.c2p(QUIZ_START, floor)
        across = axes.c2p(_QUIZ_LANDS, floor)
        lands = axes.c2p(_QUIZ_LANDS, quiz_hill(_QUIZ_LANDS))
        self.quiz_jump = Arrow(start, across, buff=0.12, color=theme.highlight,
                               stroke_width=5, max_tip_length_to_length_ratio=0.15)
        step = MathTex(rf"\Delta w = {_QUIZ_LANDS - QUIZ_START:+d}",
                       font_size=SIZES.formula, color=theme.highlight)
        self.quiz_rise = DashedLine(across, lands, color=theme.muted, stroke_width=3)
        # Under the arrow, at the hill's floor (clear of the curve, which rises away above),
        # moved right as far as it takes to clear the l axis and its ticks at the arrow's tail.
        step.next_to(self.quiz_jump, DOWN, buff=0.12)
        clear = axes.y_axis.get_right()[0] + 0.25 - step.get_left()[0]
        step.shift(max(clear, 0.0) * RIGHT)
        self.quiz_step = step
        self.quiz_lands = Circle(radius=0.15, color=theme.good,
                                 stroke_width=4).move_to(lands)
        self.play(GrowArrow(self.quiz_jump), FadeIn(step), run_time=1.0)
        self.play(Create(self.quiz_rise), run_time=0.5)
        self.play(FadeIn(self.quiz_lands, scale=1.5), run_time=0.5)
        # "A quadratic hill is its own model": Newton's model (dashed, as in the two-weight
        # picture) drawn over the hill, and it lies exactly on it.
        model = axes.plot(quiz_hill, x_range=[QUIZ_START, 2 * QUIZ_PEAK - QUIZ_START],
                          color=theme.highlight, stroke_width=4)
        self.quiz_model = model_dashes(model)
        # Outside the hill, right of its falling side, under the w axis's right end.
        model_name = Text("Newton's\nmodel", font_size=SIZES.label, color=theme.highlight,
                          line_spacing=0.8)
        model_name.move_to(axes.c2p(*QUIZ_MODEL_NAME_AT), aligned_edge=UP + LEFT)
        self.until_reason_word("quadratic")
        self.play(Create(self.quiz_model), FadeIn(model_name), run_time=1.2)


SCENES_IN_ORDER = [
    NewtonFollowsTheTangentOfTheSlope,
    NewtonLeapsWhileGradientAscentInches,
    NewtonDoublesTheCorrectDigits,
    HessianTakesNewtonToManyWeights,
    NewtonJumpsToTheCentreOfItsModel,
    NewtonCheck,
]
