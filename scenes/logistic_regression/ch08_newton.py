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
    RIGHT,
    UP,
    Arrow,
    Axes,
    Circle,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    FadeTransform,
    GrowFromCenter,
    GrowFromEdge,
    Indicate,
    Line,
    MathTex,
    SurroundingRectangle,
    Text,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    linear,
    smooth,
)

from core.newton import (
    NewtonRace,
    log_likelihood_1d,
    newton_race_run,
    newton_versus_ascent_run,
    steps_to_settle,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import FOOTER, SIDE, STAGE
from scenes.common.pieces import ReadoutPanel
from scenes.common.prose import prose
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The plotting window: weights w, and the ranges of l(w) and l'(w) (chosen for the picture;
#: every plotted value comes from core).
W_RANGE = (-0.2, 2.0)
L_RANGE = (-9.0, -4.0)
SLOPE_RANGE = (-2.0, 8.0)
#: Size and place of the two stacked panels on the stage (scene units): room on the left
#: for the y numbers, on the right for the w label, below for the w numbers.
PLOT_LEFT = STAGE.left + 0.7
PLOT_WIDTH = STAGE.right - 0.5 - PLOT_LEFT
TOP_PANEL = (0.5, STAGE.top - 0.15)  # bottom and top edge of the l(w) panel
BOTTOM_PANEL = (STAGE.bottom + 0.5, -0.1)  # ... and of the l'(w) panel
#: Left edge of the right-hand column of formulas and readouts.
RIGHT_COLUMN = SIDE.left
#: Width of the footnote under the Hessian scene's table (scene units).
CAPTION_WIDTH = 10.5
#: "At the peak": within this distance of w*.
PEAK_TOL = 1e-3
#: How far a drawn tangent reaches past its touching point and its zero crossing.
TANGENT_OVERHANG = 0.15


def fmt(value: float, decimals: int = 4) -> str:
    return f"{value:.{decimals}f}"


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
        numbers = {"font_size": SIZES.formula_small}
        self.top = Axes(x_range=[*W_RANGE, 0.5], y_range=[*L_RANGE, 1], x_length=PLOT_WIDTH,
                        y_length=TOP_PANEL[1] - TOP_PANEL[0], tips=False, axis_config=axis,
                        y_axis_config={**numbers, "numbers_to_include": [-8, -6, -4]})
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
            MathTex(f"{w:g}", font_size=SIZES.formula_small, color=theme.muted).next_to(
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
        self.top_label.move_to(self.top.c2p(0.12, -4.3), aligned_edge=LEFT)
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

    def markers(self, w: Callable[[], float], colour: str, radius: float) -> VGroup:
        """A dot on each curve at the weight ``w()`` returns, following it."""
        top = Dot(radius=radius, color=colour)
        bottom = Dot(radius=radius, color=colour)

        def follow(group: VGroup) -> None:
            value, slope = self.at(w())
            group[0].move_to(self.top.c2p(w(), value))
            group[1].move_to(self.bottom.c2p(w(), slope))

        pair = VGroup(top, bottom)
        follow(pair)
        pair.add_updater(follow)
        return pair

    def tangent(self, race: NewtonRace, step: int) -> Line:
        """The tangent of l' where Newton's step ``step`` touches it, run past its zero."""
        w_t, slope_t = race.tangent_points[step]
        curvature = race.tangent_slopes[step]
        start_w = w_t - TANGENT_OVERHANG
        end_w = race.newton[step + 1] + TANGENT_OVERHANG
        # Clip to the panel: the line leaves through the top or the bottom edge first.
        top_w = w_t + (SLOPE_RANGE[1] - slope_t) / curvature
        bottom_w = w_t + (SLOPE_RANGE[0] - slope_t) / curvature
        start_w, end_w = max(start_w, top_w), min(end_w, bottom_w)
        return Line(self.bottom.c2p(start_w, slope_t + curvature * (start_w - w_t)),
                    self.bottom.c2p(end_w, slope_t + curvature * (end_w - w_t)),
                    color=self.theme.highlight, stroke_width=4)

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

        # Step: the hill
        with self.beat("Gradient ascent feels only the slope, so near a gentle peak it creeps. "
                       "Newton's method also uses the curvature. {hill} Here is the "
                       "log-likelihood of a single weight w, with the bias held at zero.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN))
            b.wait_until("hill")
            self.play(Create(plots.top), FadeIn(plots.top_label))
            self.play(Create(plots.top_curve), run_time=1.5)

        # Step: the peak is where the slope is zero
        peak_dot = VGroup(*[Dot(point, radius=0.08, color=theme.text) for point in (
            plots.top.c2p(race.w_star, plots.at(race.w_star)[0]),
            plots.bottom.c2p(race.w_star, 0))])
        with self.beat("Below it, its derivative, ell prime. {top} At the top of the hill the "
                       "slope is zero, so climbing to the peak means finding where ell prime "
                       "crosses zero.") as b:
            self.play(Create(plots.bottom), FadeIn(plots.w_numbers), FadeIn(plots.w_label),
                      FadeIn(plots.bottom_label))
            self.play(Create(plots.bottom_curve), run_time=1.5)
            b.wait_until("top")
            self.play(Create(plots.peak_line), FadeIn(plots.peak_label), FadeIn(peak_dot))

        # Step: the start
        w = ValueTracker(float(race.newton[0]))
        marker = plots.markers(w.get_value, theme.highlight, 0.1)
        self.marker = marker
        start = MathTex(rf"w_0 = {race.newton[0]:g}", font_size=SIZES.formula,
                        color=theme.highlight)
        start.move_to([RIGHT_COLUMN, STAGE.top, 0], aligned_edge=UP + LEFT)
        with self.beat("Start from w equals zero, where the hill still rises steeply and the "
                       "slope is large."):
            self.play(FadeIn(marker, scale=0.5), FadeIn(start))

        # Step: the tangent
        tangent = plots.tangent(race, 0)
        self.tangent = tangent
        # Inside the triangle the tangent makes with the axes, clear of the curve.
        slope_label = VGroup(Text("slope", font_size=SIZES.caption, color=theme.highlight),
                             MathTex(r"\ell''(w)", font_size=SIZES.formula_small,
                                     color=theme.highlight)).arrange(DOWN, buff=0.1)
        w0, s0 = race.tangent_points[0]
        w1 = float(race.newton[1])
        slope_label.move_to(plots.bottom.c2p(w0 + 0.3 * (w1 - w0), 0.3 * s0))
        with self.beat("Newton swaps the curve ell prime for its tangent line at that point. "
                       "{slope} The tangent's slope is the second derivative, the curvature of "
                       "the hill.") as b:
            self.play(Create(tangent), run_time=1.5)
            b.wait_until("slope")
            self.play(FadeIn(slope_label, shift=0.2 * LEFT))

        # Step: follow it to zero
        rise = Line(plots.bottom.c2p(w0, 0), plots.bottom.c2p(w0, s0), color=theme.loss,
                    stroke_width=6)
        run = Line(plots.bottom.c2p(w0, 0), plots.bottom.c2p(w1, 0), color=theme.highlight,
                   stroke_width=6)
        run_label = MathTex(r"\Delta w", font_size=SIZES.formula_small,
                            color=theme.highlight).next_to(run, DOWN, buff=0.15)
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
            self.play(w.animate.set_value(w1), run_time=2, rate_func=smooth)

        # Step: the update, and what it lacks
        rule = MathTex("w", ":=", "w", "-", r"\frac{\ell'(w)}{\ell''(w)}",
                       font_size=SIZES.formula_large, color=theme.text)
        rule.next_to(geometry, DOWN, buff=0.6).align_to(geometry, LEFT).shift(0.15 * RIGHT)
        num_r, den_r, _ = glyphs_by_bar(rule[4])
        num_r.set_color(theme.loss)
        den_r.set_color(theme.highlight)
        box = SurroundingRectangle(rule, color=theme.highlight, buff=0.18)
        name = Text("Newton", font_size=SIZES.label, color=theme.highlight).next_to(
            box, UP, buff=0.12).align_to(box, LEFT)
        ascent = MathTex("w", ":=", "w", "+", r"\alpha", r"\,\ell'(w)",
                         font_size=SIZES.formula_small, color=theme.class0)
        ascent.next_to(box, DOWN, buff=0.35).align_to(rule, LEFT)
        ascent_note = prose(r"gradient ascent: $\alpha$ by hand", SIDE.width,
                            SIZES.formula_small, theme.class0)
        ascent_note.next_to(ascent, DOWN, buff=0.15).align_to(ascent, LEFT)
        self.rule = rule
        with self.beat("That is Newton's update, and it has no learning rate. Where the slope "
                       "changes slowly the step is bold; where it changes fast the step is "
                       "careful."):
            self.play(FadeOut(VGroup(rise, run, run_label)), Write(rule), FadeIn(name))
            self.play(Create(box))
            self.play(FadeIn(ascent, shift=0.2 * UP), FadeIn(ascent_note))
            self.play(Indicate(ascent[4], color=theme.highlight))


# ---------------------------------------------------------------------------------------------


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
            """Steps completed: the counter turns when a step's motion ends."""
            return int(np.floor(k.get_value() + 1e-9))

        def count(k: ValueTracker) -> Callable[[], float]:
            return lambda: float(done(k))

        def iterate(k: ValueTracker, iterates: np.ndarray) -> Callable[[], float]:
            """The readout shows w after the last completed step (and so changes only then)."""
            return lambda: float(iterates[done(k)])

        ascent = plots.markers(w_ascent, theme.class0, 0.13)
        newton = plots.markers(w_newton, theme.highlight, 0.09)
        self.newton_marker, self.ascent_marker = newton, ascent
        trails = VGroup(*[self._trail(plots, race.newton, k_newton, theme.highlight),
                          self._trail(plots, race.gradient, k_ascent, theme.class0)])

        def block(name: str, colour: str, rule: MathTex, k: ValueTracker,
                  iterates: np.ndarray) -> VGroup:
            title = Text(name, font_size=SIZES.body, color=colour)
            rule.set_color(colour)
            panel = ReadoutPanel([(r"\text{step}", count(k), 0), ("w", iterate(k, iterates), 4)],
                                 theme)
            return VGroup(title, rule, panel).arrange(DOWN, aligned_edge=LEFT, buff=0.22)

        newton_rule = MathTex(r"w := w - \ell' / \ell''", font_size=SIZES.formula_small)
        ascent_rule = MathTex(rf"w := w + {race.learning_rate:g}\,\ell'",
                              font_size=SIZES.formula_small)
        newton_block = block("Newton", theme.highlight, newton_rule, k_newton, race.newton)
        ascent_block = block("gradient ascent", theme.class0, ascent_rule, k_ascent,
                             race.gradient)
        newton_panel, ascent_panel = newton_block[2], ascent_block[2]
        peak = MathTex(r"\text{peak } w^* =", fmt(race.w_star), font_size=SIZES.formula_small,
                       color=theme.text)
        column = VGroup(newton_block, ascent_block, peak).arrange(DOWN, aligned_edge=LEFT,
                                                                  buff=0.6)
        column.move_to([RIGHT_COLUMN + 0.3, 0.35, 0], aligned_edge=LEFT)
        self.readouts = (newton_panel, ascent_panel)
        arrived = Text("at the peak", font_size=SIZES.label, color=theme.good)
        arrived.next_to(newton_panel, RIGHT, buff=0.6)

        # Step: both start at w = 0
        with self.beat(f"A race up the same hill. {{climbers}} Both climbers start from w "
                       f"equals {race.newton[0]:g}: Newton in yellow, and gradient ascent in "
                       f"blue, with a learning rate of {race.learning_rate:g}.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), FadeIn(plots), Create(plots.peak_line),
                      FadeIn(plots.peak_label), run_time=1.5)
            self.play(FadeIn(column, lag_ratio=0.1), run_time=1.5)
            self.add(trails)
            b.wait_until("climbers")
            self.play(FadeIn(ascent, scale=0.5), FadeIn(newton, scale=0.5))

        self.tangents: list[Line] = []
        self.newton_stops: list[np.ndarray] = []
        self.ascent_stops: list[np.ndarray] = []
        words = [
            "Step one. Newton follows the tangent of ell prime down to zero and lands most of "
            "the way to the peak. Gradient ascent moves by its rate times the slope.",
            "Step two. A fresh tangent from the new point, and Newton nearly arrives. Gradient "
            "ascent has not yet covered half the distance.",
            f"The next steps only polish the digits. {{arrived}} After {at_peak} steps Newton "
            "sits on the peak, where ell prime is zero.",
        ]

        def newton_step(t: int, pace: float) -> None:
            tangent = plots.tangent(race, t)
            ring = plots.zero_mark(float(race.newton[t + 1]))
            self.tangents.append(tangent)
            self.play(Create(tangent), run_time=pace)
            self.play(GrowFromCenter(ring), run_time=0.5 * pace)
            self.play(k_newton.animate.set_value(t + 1), k_ascent.animate.set_value(t + 1),
                      run_time=1.5 * pace, rate_func=smooth)
            self.play(tangent.animate.set_stroke(opacity=0.3), FadeOut(ring),
                      run_time=0.5 * pace)
            self._record()

        # Step: one, two, then the rest of Newton's way
        with self.beat(words[0]):
            newton_step(0, 1.0)
        with self.beat(words[1]):
            newton_step(1, 1.0)
        with self.beat(words[2]) as b:
            for t in range(2, at_peak):
                newton_step(t, 0.6)
            b.wait_until("arrived")
            self.play(FadeIn(arrived, shift=0.2 * LEFT),
                      Indicate(newton_panel.numbers[1], color=theme.good))

        # Step: gradient ascent keeps inching
        with self.beat("Gradient ascent keeps inching. Each step is shorter than the last, "
                       "because the slope it follows fades as it nears the top."):
            self.play(k_ascent.animate.set_value(n_steps), run_time=1.2 * (n_steps - at_peak),
                      rate_func=linear)
            self._record()

        # Step: still climbing
        ascent_value, _ = plots.at(float(race.gradient[-1]))
        # The distance still to go, just under the curve, from the blue marker to w*.
        below = ascent_value - 0.6
        gap = Arrow(plots.top.c2p(race.gradient[-1], below), plots.top.c2p(race.w_star, below),
                    buff=0, color=theme.class0, stroke_width=5,
                    max_tip_length_to_length_ratio=0.35)
        climbing = Text("still climbing", font_size=SIZES.label, color=theme.class0)
        climbing.next_to(gap, DOWN, buff=0.2).align_to(gap, RIGHT)
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
        dots = VGroup(*[Dot(plots.top.c2p(w, plots.at(float(w))[0]), radius=0.07,
                            color=colour, fill_opacity=0) for w in iterates])

        def show(group: VGroup) -> None:
            for i, dot in enumerate(group):
                dot.set_fill(opacity=0.6 if i < k.get_value() - 1e-9 else 0)

        dots.add_updater(show)
        return dots


# ---------------------------------------------------------------------------------------------


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
                   Text(note, font_size=SIZES.label, color=theme.muted))
            for a, b, note, colour in (
                (r"\ell'(w)", r"\nabla_\theta \ell(\theta)", "a vector of d slopes", theme.loss),
                (r"\ell''(w)", "H", "a d \u00d7 d matrix of curvatures", theme.highlight))])
        for row in mapping:  # four columns, lined up across the two rows
            for piece, x in zip(row, (-4.6, -3.3, -1.9, 0.35), strict=True):
                piece.move_to([x, 0, 0], aligned_edge=LEFT)
        mapping[0].set_y(1.15)
        mapping[1].set_y(0.35)
        self.mapping = mapping
        with self.beat("With one weight, Newton divides the slope by the curvature. With many "
                       "weights, {vector} the slope becomes a vector and {matrix} the curvature "
                       "becomes a matrix, the Hessian.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN))
            self.play(Write(one))
            for row, mark in zip(mapping, ("vector", "matrix"), strict=True):
                b.wait_until(mark)
                self.play(FadeIn(row[0]), GrowFromEdge(row[1], LEFT), FadeIn(row[2:]),
                          run_time=1.2)

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
                     font_size=SIZES.label, color=theme.muted, line_spacing=0.9)
        VGroup(hessian, names).arrange(RIGHT, buff=0.9).move_to(0.75 * UP)
        with self.beat("Entry i j of the Hessian is the second derivative of ell in theta i "
                       "and theta j. {names} For logistic regression this method is called "
                       "Fisher scoring, or iteratively reweighted least squares.") as b:
            self.play(FadeOut(mapping, shift=0.2 * UP), FadeIn(hessian, shift=0.2 * UP))
            b.wait_until("names")
            self.play(FadeIn(names))

        # Step: cost per step
        cells = [
            [None, Text("Newton (IRLS)", font_size=SIZES.label, color=theme.highlight),
             Text("gradient ascent", font_size=SIZES.label, color=theme.class0)],
            [Text("cost per step", font_size=SIZES.label, color=theme.text),
             MathTex(r"O(d^3)", font_size=SIZES.formula, color=theme.text),
             MathTex(r"O(d)", font_size=SIZES.formula, color=theme.text)],
            [Text("steps to converge", font_size=SIZES.label, color=theme.text),
             MathTex(str(run.newton_steps), font_size=SIZES.formula, color=theme.text),
             MathTex(str(run.ascent_steps), font_size=SIZES.formula, color=theme.text)],
        ]
        self._table(cells, top=-0.4)
        self.table_cells = cells
        rule_line = Line([-5.2, 0, 0], [5.2, 0, 0], color=theme.muted, stroke_width=2)
        rule_line.set_y((cells[0][1].get_bottom()[1] + cells[1][1].get_top()[1]) / 2)
        with self.beat("The price: every step builds the d by d Hessian and solves with it, "
                       "about d cubed operations. {gradient} A gradient step costs about "
                       "d.") as b:
            self.play(FadeIn(VGroup(cells[0][1], cells[0][2])), Create(rule_line))
            self.play(FadeIn(cells[1][0]), FadeIn(cells[1][1], shift=0.2 * UP))
            b.wait_until("gradient")
            self.play(FadeIn(cells[1][2], shift=0.2 * UP))
            # Each row's winner in green, its loser in red.
            self.play(cells[1][1].animate.set_color(theme.bad),
                      cells[1][2].animate.set_color(theme.good))

        # Step: steps to converge, from core
        caption = prose(
            f"chapter 5's clouds, $d = {run.n_dof}$; both start at $\\theta = 0$; gradient "
            f"ascent at $\\alpha = {run.learning_rate:g}$. Converged: $\\ell$ stays within "
            f"{run.tol:g} of its maximum", CAPTION_WIDTH, SIZES.formula_small, theme.muted)
        caption.next_to(cells[2][0], DOWN, buff=0.25).set_x(0)
        with self.beat(f"What it buys: on chapter five's clouds, with {run.n_dof} weights, "
                       f"{{newton}} Newton converges in {run.newton_steps} steps. {{ascent}} "
                       f"Gradient ascent, at the lab's learning rate, needs "
                       f"{run.ascent_steps}.") as b:
            self.play(FadeIn(cells[2][0]))
            b.wait_until("newton")
            self.play(FadeIn(cells[2][1], shift=0.2 * UP))
            b.wait_until("ascent")
            self.play(FadeIn(cells[2][2], shift=0.2 * UP), FadeIn(caption))
            self.play(cells[2][1].animate.set_color(theme.good),
                      cells[2][2].animate.set_color(theme.bad))

        # Step: the trade-off
        verdict = Text("a few dozen weights: Newton.   millions: gradient steps.",
                       font_size=SIZES.label, color=theme.highlight)
        FOOTER.place(verdict)
        with self.beat("With a few dozen weights that trade is a bargain. With the millions of "
                       "weights in a neural network, d cubed is out of reach, and gradient "
                       "methods take over."):
            self.play(Write(verdict), run_time=1.5)

    @staticmethod
    def _table(cells: list[list[VMobject | None]], top: float) -> None:
        """Place the cells in three columns (label, Newton, ascent) from the row ``top``."""
        columns = (-3.3, 0.6, 3.7)  # centres of the columns
        row_y = top
        for row in cells:
            for x, cell in zip(columns, row, strict=True):
                if cell is not None:
                    cell.move_to([x, row_y, 0])
            row_y -= 0.65


# ---------------------------------------------------------------------------------------------

QUIZ = Quiz(
    question="What does Newton's method gain over gradient ascent, and what does it pay "
             "for it?",
    choices=(
        "It needs no derivatives at all, but it only works with a single weight.",
        "Using curvature, it converges in a handful of steps, but each step builds and "
        r"solves with a $d \times d$ Hessian, about $d^3$ work.",
        "It always finds the global maximum, but only with a well-tuned learning rate.",
        "Each of its steps is cheaper than a gradient step, but it needs many more of them.",
    ),
    correct=1,
    reason="Curvature sets each step's size; the price is the Hessian, order $d^3$ per step.",
    spoken_reason="Curvature sets each step's size; the price is the Hessian, of order d "
                  "cubed per step.",
)


class NewtonCheck(QuizScene):
    """Check your understanding: what Newton's method gains, and what it costs."""

    quiz = QUIZ


SCENES_IN_ORDER = [
    NewtonFollowsTheTangentOfTheSlope,
    NewtonLeapsWhileGradientAscentInches,
    HessianTakesNewtonToManyWeights,
    NewtonCheck,
]
