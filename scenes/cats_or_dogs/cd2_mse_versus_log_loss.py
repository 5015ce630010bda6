"""Cats or Dogs, part 2: why MSE breaks for classification. Along one line of weights, MSE
with the sigmoid inside bulges above its chords (not convex) and is flat exactly where every
point is confidently wrong, so descent stalls there, while log loss is convex and steep; and
the reason, in the chain rule: MSE's gradient carries the factor sigma'(z), which vanishes
when the model is confidently wrong. Every curve, position and readout comes from
``core.cats_dogs``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    UR,
    Axes,
    Create,
    DashedLine,
    DashedVMobject,
    Dot,
    FadeIn,
    FadeOut,
    Flash,
    Indicate,
    Line,
    ManimColor,
    MathTex,
    Rectangle,
    ReplacementTransform,
    Text,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    interpolate_color,
    linear,
    smooth,
)

from core import logit, sigmoid, sigmoid_derivative
from core.cats_dogs import (
    confidently_wrong_gradients,
    gradient_advantage,
    loss_slice,
    slice_descent,
)
from core.cats_dogs_intro import true_class_probability
from core.datasets import load_dataset
from scenes.cats_or_dogs.lesson import data_box, data_plane, lesson_params
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, HEADING, SIDE, STAGE, Region
from scenes.common.pieces import ReadoutPanel
from scenes.common.plots import function_axes, polyline, slow_start
from scenes.common.prose import prose
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES

#: What a lecture file may set here: the data seed and the learning rate of the descent.
PARAMETERS = {"seed": "int", "learning_rate": "positive float"}

#: The slice: both weights equal to s, bias 0 (the clouds sit on the diagonal).
DIRECTION = np.array([1.0, 1.0])
#: The stretch of s drawn at least (widened if a descent leaves it).
S_RANGE = (-3.0, 3.0)
#: Where both descents start: every point confidently wrong.
START_S = -2.5
#: How many descent steps are shown.
DESCENT_STEPS = 40
#: The chord drawn on each curve, between these two values of s (any chord would do; these
#: show the bulge, and the sag, clearly).
MSE_CHORD = (-2.5, 0.5)
LOG_CHORD = (-1.0, 1.5)
#: The scores swept by the gradient picture (true label y = 1).
Z_RANGE = (-10.0, 4.0)
#: Where the confidently-wrong region (shaded) begins.
WRONG_EDGE = -4.0
#: Where the marker ends: deep in confidently-wrong territory.
WRONG_Z = -8.0
#: The score's readout shows this many decimals; the other readouts are computed at the
#: score as shown.
Z_DECIMALS = 1


def edge_scaled_axes(theme, x_range: tuple[float, float, float],  # noqa: ANN001
                     y_range: tuple[float, float, float], x_length: float,
                     y_length: float) -> tuple[Axes, VGroup]:
    """Axes whose value scale runs up the left edge, clear of the curves; the y-axis itself
    (the line x = 0) is kept faint. Returns the axes and the group to show (axes, edge,
    ticks, numbers)."""
    ax = Axes(x_range=list(x_range), y_range=list(y_range), x_length=x_length,
              y_length=y_length, tips=False,
              axis_config={"color": theme.muted, "stroke_width": 2},
              x_axis_config={"include_numbers": True, "font_size": SIZES.formula_small})
    ax.x_axis.numbers.set_color(theme.muted)
    ax.y_axis.set_stroke(opacity=0.3)
    x0, (_, y1, dy) = x_range[0], y_range
    edge = Line(ax.c2p(x0, 0), ax.c2p(x0, y1), color=theme.muted, stroke_width=2)
    scale = VGroup()
    for v in np.arange(dy, y1 + 1e-9, dy):
        tick = Line(ax.c2p(x0, v), ax.c2p(x0, v) + 0.12 * RIGHT, color=theme.muted,
                    stroke_width=2)
        number = MathTex(f"{v:g}", font_size=SIZES.formula_small, color=theme.muted)
        scale.add(tick, number.next_to(tick, LEFT, buff=0.12))
    return ax, VGroup(ax, edge, scale)


#: The data on the left, recoloured right and wrong as the knob slides; the two loss panels
#: side by side right of it, under the setup line and over the footer's step counter.
#: The step counter sits in the heading row's empty right, so the panels reach the bottom.
_LOWER_BODY = Region("lower body", BODY.left, BODY.right, BODY.bottom, BODY.top - 1.2)
SCATTER, PANELS = _LOWER_BODY.split(0.3, gutter=0.7)
MSE_PANEL, LOG_PANEL = PANELS.split(0.5, gutter=0.5)
#: Where the MSE slice is flat on the confidently wrong side (a test checks how flat).
FLAT_STRETCH = (-3.0, -1.5)


#: The chain rule's two results across the top; under them the gradients' graph on the stage
#: and its live readouts beside it.
RULES, _LOWER = BODY.split(0.3, vertical=False)
GRAPH = Region("graph", STAGE.left, STAGE.right, _LOWER.bottom, _LOWER.top)
READOUTS = Region("readouts", SIDE.left, SIDE.right, _LOWER.bottom, _LOWER.top)


#: How steeply a point's colour turns from wrong (red) to right (mint) around 50/50: a
#: point the model gives its true class at least 0.5 + 0.5 / VERDICT_GAIN is fully mint, at
#: most 0.5 - 0.5 / VERDICT_GAIN fully red (the key names only the two colours).
VERDICT_GAIN = 3.0


def verdict_share(p: np.ndarray) -> np.ndarray:
    """How far along red (0) to mint (1) a point is drawn, from the probability ``p`` the
    model gives its true class."""
    return np.clip(0.5 + VERDICT_GAIN * (np.asarray(p, dtype=float) - 0.5), 0.0, 1.0)


def nice_scale(largest: float) -> tuple[float, float]:
    """A round top for a value axis and its step (1, 2 or 5 times a power of ten), with at
    most four steps."""
    magnitude = 10.0 ** np.floor(np.log10(largest / 4))
    step = next(m * magnitude for m in (1, 2, 5, 10) if largest <= 4 * m * magnitude)
    return round(float(np.ceil(largest / step - 1e-9) * step), 10), round(float(step), 10)


def nearest(grid: np.ndarray, value: float) -> int:
    """Index of the grid point closest to ``value``."""
    return int(np.argmin(np.abs(grid - value)))


# ---------------------------------------------------------------------------------------------


class MseAlongAWeightIsNotABowl(LectureScene):
    """The data recoloured right and wrong as one knob slides the weights; MSE with the sigmoid
    inside bulges above a chord and is flat where the model is confidently wrong; log loss
    stays below its chords; two balls descend from the same start."""

    uses_params = ("seed", "learning_rate")

    def construct(self) -> None:
        theme = self.theme
        params = lesson_params(self.uses_params)
        data = load_dataset("cats_dogs", params.seed)
        descent = slice_descent(data.X, data.y, DIRECTION, START_S, params.learning_rate,
                                DESCENT_STEPS)
        self.descent = descent
        visited = np.concatenate([descent.s_mse, descent.s_log_loss])
        lo = min(S_RANGE[0], float(np.floor(visited.min())))
        hi = max(S_RANGE[1], float(np.ceil(visited.max())))
        s = np.linspace(lo, hi, 601)
        sl = loss_slice(data.X, data.y, DIRECTION, s)
        self.slice = sl
        heading = self.heading("Why MSE breaks for classification")
        setup = prose("slide one knob: $w = (s, s)$, $b = 0$", width=5.0,
                      font_size=SIZES.formula_small, color=theme.muted)
        BODY.place(setup, aligned=UP + LEFT)
        # The loss along the knob, written when the sigmoid is put inside squared error.
        mse_formula = MathTex(r"J(s) = \frac{1}{N} \sum_i \big(\sigma(s\,x_{i1} + "
                              r"s\,x_{i2}) - y_i\big)^2", font_size=SIZES.formula_small,
                              color=theme.loss)
        mse_formula.next_to(setup[0], RIGHT, buff=0.6).align_to(setup, UP)

        # The knob, and the data as the model with w = (s, s) sees them: each point coloured
        # by the side it is on, red (wrong) or mint (right), blending only near 50/50.
        knob = ValueTracker(lo)
        self.knob = knob
        plane = data_plane(theme, data, side=SCATTER.width - 0.85)
        dots = VGroup(*[Dot(plane.c2p(*x), radius=0.05, stroke_width=1,
                            stroke_color=theme.background) for x in data.X])
        wrong_c, right_c = ManimColor(theme.bad), ManimColor(theme.good)

        drawn_at = [None]  # the knob value the colours were last computed for

        def recolour(group: VGroup) -> None:
            if knob.get_value() == drawn_at[0]:
                return  # nothing moved: skip the hundred fills
            drawn_at[0] = knob.get_value()
            p = true_class_probability(data.X, data.y, knob.get_value() * DIRECTION)
            for dot, q in zip(group, verdict_share(p), strict=True):
                dot.set_fill(interpolate_color(wrong_c, right_c, float(q)), opacity=1)

        recolour(dots)
        dots.add_updater(recolour)
        self.dots = dots
        (x_lo, x_hi), _ = data_box(data)
        # w = (s, s), b = 0: for every s other than 0 the boundary is x1 + x2 = 0.
        boundary = DashedLine(plane.c2p(x_lo, -x_lo), plane.c2p(x_hi, -x_hi),
                              color=theme.boundary, stroke_width=2, dash_length=0.08)
        # The clouds' names outside the box, by the corners their clouds point to.
        cloud_names = VGroup(
            Text("cats", font_size=SIZES.label, color=theme.muted).next_to(
                plane.c2p(x_lo, x_lo), DOWN, buff=0.1).align_to(plane, LEFT),
            Text("dogs", font_size=SIZES.label, color=theme.muted).next_to(
                plane.c2p(x_hi, x_hi), UP, buff=0.1).align_to(plane, RIGHT),
        )
        key = VGroup(*[VGroup(Dot(radius=0.1, color=c),
                              Text(w, font_size=SIZES.body, color=theme.text)).arrange(
            RIGHT, buff=0.15) for c, w in ((theme.bad, "wrong"), (theme.good, "right"))]
                     ).arrange(RIGHT, buff=0.35)
        knob_readout = ReadoutPanel([("s =", lambda: round(knob.get_value(), 1) + 0.0, 1)],
                                    theme, font_size=SIZES.label)
        scatter = VGroup(plane, dots, boundary, cloud_names)
        left_column = VGroup(scatter, key, knob_readout).arrange(DOWN, buff=0.2)
        SCATTER.place(left_column, aligned=UP)
        # The knob's readout at the column's left: room beside it for whose ball the data show.
        knob_readout.align_to(plane, LEFT)

        def panel(values: np.ndarray, caption: str, colour: str, region: Region
                  ) -> tuple[Axes, VGroup]:
            """One loss along the slice: its value scale up the left edge, named at its top
            (in its curve's colour), and the knob's name s at the end of its axis."""
            top, step = nice_scale(float(values.max()))
            ax, shown = edge_scaled_axes(theme, (lo, hi, 1), (0, top, step),
                                         region.width - 0.9, region.height - 1.2)
            name = Text(caption, font_size=SIZES.label, color=colour)
            name.next_to(shown, UP, buff=0.25).align_to(shown, LEFT)
            s_name = MathTex("s", font_size=SIZES.formula_small, color=theme.muted).next_to(
                ax.x_axis.get_right(), RIGHT, buff=0.15)
            group = VGroup(shown, name, s_name)
            region.place(group)
            return ax, group

        # MSE and log loss keep one colour each through the chapter: loss's lavender for
        # MSE, the curve teal for log loss (red stays "wrong").
        def chord(ax: Axes, values: np.ndarray, ends_at: tuple[float, float],
                  colour: str) -> tuple[DashedLine, VGroup, VMobject]:
            """The chord between two points of the curve, and the region between them."""
            i, j = nearest(s, ends_at[0]), nearest(s, ends_at[1])
            line = DashedLine(ax.c2p(s[i], values[i]), ax.c2p(s[j], values[j]),
                              color=theme.highlight, stroke_width=3, dash_length=0.1)
            ends = VGroup(Dot(line.get_start(), radius=0.06, color=theme.highlight),
                          Dot(line.get_end(), radius=0.06, color=theme.highlight))
            # The arc from one end to the other, closed by the chord: the gap between them.
            region = polyline(ax, s[i:j + 1], values[i:j + 1], colour, width=0)
            region.set_fill(colour, opacity=0.35)
            return line, ends, region

        def mse_view(region: Region) -> dict:
            """MSE along the slice in ``region``: its panel, curve, chord, bulge and notes.
            Built twice: over all the panels' room while it is alone, then in its half when
            log loss joins it (the first turns into the second)."""
            ax, group = panel(sl.mse, "MSE, sigmoid inside", theme.loss, region)
            # MSE's name over the right of its panel: the flat stretch is named at its top
            # left.
            group[1].align_to(group[0], RIGHT)
            line, ends, bulge = chord(ax, sl.mse, MSE_CHORD, theme.bad)
            # Under the chord's high end, left of the curve's drop: empty, next to the bulge.
            # In the text colour: red on the bulge's red tint would be hard to read.
            note = Text("not\nconvex", font_size=SIZES.label, color=theme.text,
                        line_spacing=0.8)
            note.move_to(ax.c2p(lo + 0.3, 0.25 * ax.y_range[1]), aligned_edge=LEFT)
            i, j = nearest(s, FLAT_STRETCH[0]), nearest(s, FLAT_STRETCH[1])
            flat = polyline(ax, s[i:j + 1], sl.mse[i:j + 1], theme.highlight, width=12)
            flat.set_stroke(opacity=0.5)
            flat_name = Text("flat", font_size=SIZES.label, color=theme.highlight)
            flat_name.next_to(flat, UP, buff=0.12)
            return {"ax": ax, "panel": group, "curve": polyline(ax, s, sl.mse, theme.loss),
                    "chord": line, "ends": ends, "bulge": bulge, "note": note, "flat": flat,
                    "flat_name": flat_name}

        big, small = mse_view(PANELS), mse_view(MSE_PANEL)
        mse_ax, mse_panel, mse_curve = big["ax"], big["panel"], big["curve"]
        log_ax, log_panel = panel(sl.log_loss, "log loss (built next)", theme.curve,
                                  LOG_PANEL)
        self.log_ax = log_ax
        log_curve = polyline(log_ax, s, sl.log_loss, theme.curve)
        # The MSE curve is drawn up to the knob as it slides (s is uniform along the curve).
        drawn = mse_curve.copy()

        def follow(m: VMobject) -> None:
            m.pointwise_become_partial(mse_curve, 0, (knob.get_value() - lo) / (hi - lo))

        follow(drawn)
        knob_dot = Dot(radius=0.08, color=theme.highlight).move_to(mse_ax.c2p(lo, sl.mse[0]))
        knob_dot.add_updater(lambda m: m.move_to(mse_ax.c2p(
            knob.get_value(), sl.mse[nearest(s, knob.get_value())])))

        # Step: the knob, the data and MSE along the slice
        with self.beat(f"Put the sigmoid inside {{mse}} squared error and {{knob}} slide a "
                       f"single knob: both weights equal to s, bias zero. {{left}} At s equal "
                       f"to {lo:g}, every point is on the wrong side, nearly all of them "
                       "confidently. {right} Slide s to the right and every point turns "
                       "right.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), FadeIn(left_column),
                      FadeIn(mse_panel), run_time=0.8)
            b.wait_until("mse")
            self.play(Write(mse_formula), run_time=1.0)
            b.wait_until("knob")
            self.play(FadeIn(setup), Indicate(knob_readout, color=theme.highlight), run_time=1)
            b.wait_until("left")
            self.add(drawn)
            self.play(FadeIn(knob_dot, scale=0.5),
                      Indicate(dots, color=theme.bad, scale_factor=1.05), run_time=1.2)
            drawn.add_updater(follow)
            b.wait_until("right")
            self.play(knob.animate.set_value(hi), run_time=b.time_until("end", minimum=2.0),
                      rate_func=linear)
            drawn.clear_updaters()
        self.remove(drawn)
        self.add(mse_curve)

        # Step: a chord the curve bulges above
        mse_chord, mse_ends, bulge = big["chord"], big["ends"], big["bulge"]
        not_convex, flat, flat_name = big["note"], big["flat"], big["flat_name"]
        self.flat = small["flat"]
        with self.beat("{chord} Draw a chord across the curve. A convex curve, like a bowl, "
                       "would sag below it; {bulge} this one bulges above it, so it is not "
                       "convex, and "
                       "without convexity nothing guarantees that gradient descent finds the "
                       "best weights: it can get stuck. {flat} On this flat stretch, a ball "
                       "can barely roll at all.") as b:
            self.play(FadeOut(knob_dot), run_time=0.4)
            b.wait_until("chord")
            self.play(Create(mse_chord), FadeIn(mse_ends), run_time=1)
            b.wait_until("bulge")
            self.add(bulge)
            self.bring_to_front(mse_curve, mse_chord, mse_ends)
            self.play(FadeIn(bulge), Write(not_convex), run_time=1.5)
            b.wait_until("flat")
            self.play(Create(flat), FadeIn(flat_name), run_time=1)

        # Step: log loss along the same slice; MSE makes room for it in its half
        log_chord, log_ends, sag = chord(log_ax, sl.log_loss, LOG_CHORD, theme.good)
        # High on the right, where the curve has come down.
        convex = Text("convex", font_size=SIZES.label, color=theme.good)
        convex.move_to(log_ax.c2p(hi, 0.8 * log_ax.y_range[1]), aligned_edge=RIGHT)
        with self.beat("Log loss, the loss we build next, along the same knob {below} sits "
                       "below every chord: {convex} it is convex, and where the model is "
                       "confidently wrong it never flattens out.") as b:
            parts = ("panel", "curve", "bulge", "chord", "ends", "note", "flat", "flat_name")
            self.play(*[ReplacementTransform(big[k], small[k]) for k in parts], run_time=0.8)
            mse_ax = small["ax"]
            mse_chord, mse_ends, bulge = small["chord"], small["ends"], small["bulge"]
            not_convex, flat, flat_name = small["note"], small["flat"], small["flat_name"]
            self.play(FadeIn(log_panel), run_time=0.5)
            self.play(Create(log_curve), run_time=b.time_until("below", minimum=1.0),
                      rate_func=linear)
            b.wait_until("below")
            self.add(sag)
            self.bring_to_front(log_curve)
            self.play(Create(log_chord), FadeIn(log_ends), FadeIn(sag), run_time=1)
            b.wait_until("convex")
            self.play(FadeIn(convex, scale=1.2), run_time=0.6)
        self.mse_ax = mse_ax

        # Step: the same start, the same steps; the data follow the MSE ball
        step = ValueTracker(0)

        def k() -> int:
            return int(round(step.get_value()))

        mse_ball = Dot(radius=0.1, color=theme.highlight)
        log_ball = Dot(radius=0.1, color=theme.highlight)
        mse_ball.add_updater(lambda m: m.move_to(
            mse_ax.c2p(descent.s_mse[k()], descent.mse[k()])))
        log_ball.add_updater(lambda m: m.move_to(
            log_ax.c2p(descent.s_log_loss[k()], descent.log_loss[k()])))
        counter = ReadoutPanel([(r"\text{step}", k, 0)], theme, font_size=SIZES.label)
        rate = Text(f"learning rate {params.learning_rate:g}", font_size=SIZES.label,
                    color=theme.muted)
        HEADING.place(VGroup(counter, rate).arrange(RIGHT, buff=0.6), aligned=RIGHT)
        # Whose s the data show, beside the knob's readout.
        sees = Text("log loss's ball", font_size=SIZES.label, color=theme.curve)
        # (from the readout's left edge: its number is wider when negative)
        sees.move_to(knob_readout.get_left() + 1.8 * RIGHT, aligned_edge=LEFT)
        sees.set_y(knob_readout.get_y())
        sees_mse = Text("MSE's ball", font_size=SIZES.label, color=theme.loss)
        sees_mse.move_to(sees, aligned_edge=LEFT)
        self.counter = counter
        self.balls = (mse_ball, log_ball)
        lines = VGroup(mse_chord, mse_ends, log_chord, log_ends)
        with self.beat(f"Now start both at s equal to {START_S:g}, {{start}} where again every "
                       "point is wrong, nearly all confidently, "
                       f"{{steps}} and take {DESCENT_STEPS} gradient steps on each, with the "
                       "same learning rate.") as b:
            self.play(lines.animate.set_opacity(0.25), bulge.animate.set_fill(opacity=0.12),
                      sag.animate.set_fill(opacity=0.12), FadeOut(flat), FadeOut(flat_name),
                      VGroup(not_convex, convex).animate.set_opacity(0.75), run_time=0.8)
            self.play(FadeIn(mse_ball, scale=0.5), FadeIn(log_ball, scale=0.5),
                      knob.animate.set_value(START_S), FadeIn(sees), run_time=1)
            b.wait_until("start")
            self.play(Indicate(dots, color=theme.bad, scale_factor=1.05), run_time=1)
            b.wait_until("steps")
            self.play(FadeIn(counter), FadeIn(rate), run_time=1)
        # During the race the knob is the log-loss ball's s (updated before the dots read it);
        # then the data show MSE's ball, which has hardly left the start.
        follow_log = lambda m: m.set_value(descent.s_log_loss[k()])  # noqa: E731
        knob.add_updater(follow_log)
        self.add(knob)
        self.bring_to_front(dots)
        with self.beat("Log loss rolls straight down to the right answer, and its "
                       "points turn right. {mse} On MSE the ball hardly moves: {flat} the "
                       "curve is flat there, so the gradient is almost zero, training stalls, "
                       "{still} and its points stay wrong.") as b:
            self.play(step.animate.set_value(DESCENT_STEPS),
                      run_time=b.time_until("mse", minimum=3.0), rate_func=slow_start(2.5))
            knob.remove_updater(follow_log)
            b.wait_until("mse")
            self.play(knob.animate.set_value(float(descent.s_mse[-1])),
                      ReplacementTransform(sees, sees_mse),
                      Indicate(mse_ball, color=theme.loss, scale_factor=1.6), run_time=1.2)
            b.wait_until("flat")
            self.play(Indicate(mse_ball, color=theme.bad, scale_factor=1.6), run_time=1.2)
            b.wait_until("still")
            self.play(Indicate(dots, color=theme.bad, scale_factor=1.05), run_time=1)
        for mob in (*self.balls, *counter.numbers, *knob_readout.numbers, knob, dots):
            mob.clear_updaters()


# ---------------------------------------------------------------------------------------------


class GradientVanishesWhenConfidentlyWrong(LectureScene):
    """For a true label of 1: MSE's gradient carries sigma'(z) and dies as z -> -inf; log
    loss's gradient sigma(z) - 1 stays near full strength."""

    uses_params = ()

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("The gradient when confidently wrong")
        mse_rule = MathTex(r"\text{MSE:}\quad", r"\frac{\partial}{\partial z}(\sigma - y)^2",
                           "=", r"2(\sigma - y)", r"\cdot", r"\sigma'(z)",
                           font_size=SIZES.formula_small, color=theme.text)
        log_rule = MathTex(r"\text{log loss:}\quad", r"\frac{\partial L}{\partial z}", "=",
                           r"\sigma - y", font_size=SIZES.formula_small, color=theme.text)
        rules = VGroup(mse_rule, log_rule).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        log_rule.shift((mse_rule[2].get_x() - log_rule[2].get_x()) * RIGHT)
        RULES.place(rules, aligned=UP + LEFT)
        mse_rule[0].set_color(theme.loss)
        log_rule[0].set_color(theme.curve)
        label_note = prose("true label $y = 1$", width=3.0, font_size=SIZES.formula_small,
                           color=theme.muted)
        RULES.place(label_note, aligned=UP + RIGHT)

        # Step: both gradient sizes against the score
        axes, shown = edge_scaled_axes(theme, (*Z_RANGE, 2), (0, 1, 0.5),
                                       GRAPH.width - 0.9, GRAPH.height - 0.9)
        GRAPH.inset(0.3).place(shown, aligned=DOWN + RIGHT)
        z_name = MathTex("z", font_size=SIZES.formula_small, color=theme.muted).next_to(
            axes.x_axis.get_right(), RIGHT, buff=0.15)
        # Over the plot's right end, clear of the rules (at the left) above.
        size_name = Text("size of the gradient", font_size=SIZES.label, color=theme.muted)
        size_name.next_to(shown, UP, buff=0.15).align_to(shown, RIGHT)
        z = np.linspace(*Z_RANGE, 400)
        grads = confidently_wrong_gradients(z)
        mse_curve = polyline(axes, z, grads.mse, theme.loss)
        log_curve = polyline(axes, z, grads.log_loss, theme.curve)
        mse_name = Text("MSE", font_size=SIZES.label, color=theme.loss)
        peak = int(np.argmax(grads.mse))  # the label sits over the bump, left of z = 0
        mse_name.next_to(axes.c2p(min(float(z[peak]), -1.0), float(grads.mse[peak])), UP,
                         buff=0.12)
        log_name = Text("log loss", font_size=SIZES.label, color=theme.curve)
        log_name.next_to(axes.c2p(-6.5, 1.0), UP, buff=0.1)  # over the flat, strong part
        wrong = Rectangle(width=axes.c2p(WRONG_EDGE, 0)[0] - axes.c2p(Z_RANGE[0], 0)[0],
                          height=axes.c2p(0, 1)[1] - axes.c2p(0, 0)[1], stroke_width=0,
                          fill_color=theme.bad, fill_opacity=0.12)
        wrong.move_to(axes.c2p((Z_RANGE[0] + WRONG_EDGE) / 2, 0.5))
        wrong_text = Text("confidently wrong", font_size=SIZES.label, color=theme.bad)
        wrong_text.next_to(axes.c2p((Z_RANGE[0] + WRONG_EDGE) / 2, 0.62), UP, buff=0)
        self.axes, self.grads = axes, grads
        # Step: slide into the confidently-wrong region
        zt = ValueTracker(0.0)
        self.z_tracker = zt

        def shown_z() -> float:
            """The score as the readout shows it (one decimal): every other readout is core's
            value at this score, so the rows always agree with each other."""
            return round(zt.get_value(), Z_DECIMALS) + 0.0

        def at() -> tuple[float, float]:
            g = confidently_wrong_gradients(np.array([shown_z()]))
            return float(g.mse[0]), float(g.log_loss[0])

        mse_dot = Dot(radius=0.08, color=theme.loss)
        log_dot = Dot(radius=0.08, color=theme.curve)
        mse_dot.add_updater(lambda m: m.move_to(axes.c2p(shown_z(), at()[0])))
        log_dot.add_updater(lambda m: m.move_to(axes.c2p(shown_z(), at()[1])))
        readings = [
            ("z =", shown_z, Z_DECIMALS),
            (r"\sigma(z)", lambda: float(sigmoid(shown_z())), 5),
            (r"\sigma'(z)", lambda: float(sigmoid_derivative(shown_z())), 5),
            (r"|\text{MSE grad}|", lambda: at()[0], 5),
            (r"|\text{log-loss grad}|", lambda: at()[1], 5),
        ]
        self.readings = [getter for _, getter, _ in readings]
        panel = ReadoutPanel(readings, theme, font_size=SIZES.body)
        # The numbers in one column (a number keeps its left edge as its value changes).
        column = max(row[0].get_right()[0] for row in panel) + 0.25
        for row in panel:
            row[1].shift((column - row[1].get_left()[0]) * RIGHT)
        READOUTS.place(panel, aligned=LEFT)
        panel.numbers[3].set_color(theme.loss)
        panel.numbers[4].set_color(theme.curve)
        self.panel = panel
        # The sigmoid's slope, overlaid on the same axes when it is named.
        slope_curve = DashedVMobject(polyline(axes, z, sigmoid_derivative(z), theme.highlight,
                                              width=3), num_dashes=60)
        slope_name = MathTex(r"\sigma'(z)", font_size=SIZES.formula_small,
                             color=theme.highlight)
        slope_name.next_to(axes.c2p(1.5, float(sigmoid_derivative(1.5))), UR, buff=0.1)
        # The sigmoid's slope at the current score: a dot riding the dashed curve.
        slope_dot = Dot(radius=0.08, color=theme.highlight)
        slope_dot.add_updater(lambda m: m.move_to(axes.c2p(
            shown_z(), float(sigmoid_derivative(shown_z())))))
        advantage = gradient_advantage(WRONG_Z)
        self.advantage = advantage
        ratio = MathTex(r"\frac{|\text{log-loss grad}|}{|\text{MSE grad}|}",
                        rf"\approx {advantage:,.0f}".replace(",", "{,}"),
                        font_size=SIZES.formula, color=theme.text)
        ratio[1].set_color(theme.curve)
        # In the empty top right, under the label's note: the rules' row has room there.
        ratio.next_to(label_note, DOWN, buff=0.35).align_to(label_note, RIGHT)
        self.ratio = ratio
        with self.beat("Why is MSE so flat {there} where the model is confidently wrong? "
                       "{chain} Differentiate it with the chain rule, and {factor} the "
                       "sigmoid's slope, sigma prime, comes along as a factor: {dashed} out "
                       "there it is almost zero.") as b:
            # The graph comes with its first words; "there" is the confidently wrong region.
            self.play(FadeIn(heading, shift=0.2 * DOWN), FadeIn(label_note), FadeIn(shown),
                      FadeIn(z_name), FadeIn(size_name), run_time=b.time_until("there",
                                                                              minimum=0.6))
            b.wait_until("there")
            self.play(FadeIn(wrong), FadeIn(wrong_text), run_time=1)
            b.wait_until("chain")
            self.play(Write(mse_rule), run_time=1.5)
            b.wait_until("factor")
            # The factor is drawn as it is named.
            self.play(Indicate(mse_rule[5], color=theme.highlight), Create(slope_curve),
                      FadeIn(slope_name), run_time=1.2)
            b.wait_until("dashed")
            self.play(Indicate(wrong_text, color=theme.highlight, scale_factor=1.1),
                      wrong.animate.set_fill(opacity=0.22), run_time=1.0)
        with self.beat("So {mse} MSE's gradient dies out there too. Log loss, the loss we "
                       "build next, has no such factor: {log} its gradient is simply the "
                       "prediction minus the label, {strong} and out there its size stays "
                       "near one.") as b:
            b.wait_until("mse")
            # Curve and name together, on the loss's name.
            self.play(Create(mse_curve), FadeIn(mse_name), run_time=1.0, rate_func=linear)
            b.wait_until("log")
            self.play(Write(log_rule), run_time=1.5)
            b.wait_until("strong")
            self.play(Create(log_curve), run_time=1.5, rate_func=linear)
            self.play(FadeIn(log_name), run_time=0.5)
        with self.beat("Now follow one score. {left} Slide it to the left, and the model gives "
                       "a true dog less and less chance.") as b:
            # The readouts arrive at z = 0 before the slide, so the slide starts with its words.
            self.play(FadeIn(panel), FadeIn(mse_dot), FadeIn(log_dot), FadeIn(slope_dot),
                      run_time=b.time_until("left", minimum=0.6))
            b.wait_until("left")
            self.play(zt.animate.set_value(WRONG_EDGE),
                      run_time=b.time_until("end", minimum=1.0), rate_func=smooth)
        with self.beat(f"Slide the score down to {{eight}}{WRONG_Z:g}. {{prime}} Sigma prime "
                       "is nearly zero there, {mse} so the MSE gradient dies away, {log} while "
                       "the log-loss gradient stays close to one: {ratio} about "
                       f"{round(advantage, -2):,.0f} times larger. The more wrong the model, "
                       "the harder log loss pushes.") as b:
            # The readout lands on the spoken score as the number is said.
            self.play(zt.animate.set_value(WRONG_Z), run_time=b.time_until("eight") + 0.5,
                      rate_func=smooth)
            b.wait_until("prime")
            self.play(Flash(slope_dot, color=theme.highlight),
                      Indicate(slope_dot, color=theme.highlight, scale_factor=2.0),
                      Indicate(panel.numbers[2], color=theme.highlight),
                      run_time=b.time_until("mse", minimum=1.0))
            b.wait_until("mse")
            self.play(Indicate(panel.numbers[3], color=theme.loss),
                      Indicate(mse_dot, color=theme.loss, scale_factor=2.0), run_time=1.2)
            b.wait_until("log")
            self.play(Indicate(panel.numbers[4], color=theme.curve),
                      Indicate(log_dot, color=theme.curve, scale_factor=2.0), run_time=1.2)
            b.wait_until("ratio")
            self.play(FadeIn(ratio, shift=0.2 * UP), run_time=1.0)
        for mob in (mse_dot, log_dot, slope_dot, *panel.numbers):
            mob.clear_updaters()


# ---------------------------------------------------------------------------------------------

#: The quiz's confident mistake: the model says 0.001 for a true dog (core's gradients there).
QUIZ_P = 0.001
_QUIZ_GRADS = confidently_wrong_gradients(np.array([float(logit(QUIZ_P))]))
QUIZ_MSE, QUIZ_LOG = float(_QUIZ_GRADS.mse[0]), float(_QUIZ_GRADS.log_loss[0])
_M, _L = f"{QUIZ_MSE:.3f}", f"{QUIZ_LOG:.1f}"

#: The reason's two lines, each shown in its loss's colour as it is said.
REASON_MSE = rf"MSE's: $|2(\sigma - y)|\,\sigma(1-\sigma) \approx {_M}$."
REASON_LOG = "Log\u00a0loss's: " + rf"$|\sigma - y| = {1 - QUIZ_P:g} \approx {_L}$."

QUIZ = Quiz(
    question=rf"A model outputs $\sigma(z) = {QUIZ_P:g}$ for a photo whose label is 1. About "
             "how big (in size) is each loss's gradient with respect to $z$ there?",
    spoken_question=f"A model outputs sigma of z equals {QUIZ_P:g} for a photo whose label is "
                    "one. About how big, in size, is each loss's gradient with respect to z there?",
    choices=(
        rf"MSE's $\approx {_M}$, log loss's $\approx {_L}$",
        rf"MSE's $\approx {_L}$, log loss's $\approx {_M}$",
        rf"both $\approx {_M}$: the model is near an edge",
        rf"both $\approx {_L}$: the model is badly wrong",
    ),
    correct=0,
    reason=f"{REASON_MSE} {REASON_LOG}",
    spoken_reason=f"MSE's gradient is two times sigma minus y, times sigma times one minus "
                  f"sigma: about {_M} in size. Log loss's is sigma minus y: about {_L}.",
    applied=True,
)


#: The picture's share of the body's width, right of the card.
QUIZ_PICTURE_SHARE = 0.42

#: The quiz's score (where the sigmoid gives QUIZ_P), and the picture's stretch of z.
QUIZ_Z = float(logit(QUIZ_P))
QUIZ_RANGE = (-10.0, 4.0)


class MseVersusLogLossCheck(QuizScene):
    """Check your understanding: both gradients' sizes when the model is confidently wrong.
    Beside the card, the score marked on the axis of the two gradients' sizes (curves not
    yet drawn); the reveal draws each loss's curve and marks it at the score as its line of
    the reason (which reads the value) is said, in that loss's colour."""

    uses_params = ()  # a quiz reads no lecture parameter
    quiz = QUIZ
    picture_share = QUIZ_PICTURE_SHARE
    reason_by_reveal = True

    def quiz_picture(self) -> VGroup:
        theme = self.theme
        room = BODY.split(1 - QUIZ_PICTURE_SHARE)[1]
        axes = function_axes(theme, (*QUIZ_RANGE, 2), (0, 1, 0.5), x_length=room.width - 1.2,
                             y_length=4.0, x_numbers=(-8, -4, 0, 4), number_size=SIZES.label)
        self.quiz_axes = axes
        scale = VGroup()
        for v in (0.5, 1.0):
            guide = DashedLine(axes.c2p(QUIZ_RANGE[0], v), axes.c2p(QUIZ_RANGE[1], v),
                               color=theme.muted, stroke_width=1.2, dash_length=0.08)
            scale.add(guide, MathTex(f"{v:g}", font_size=SIZES.formula_small,
                                     color=theme.muted).next_to(guide, LEFT, buff=0.12))
        at = DashedLine(axes.c2p(QUIZ_Z, 0), axes.c2p(QUIZ_Z, 1.15), color=theme.highlight,
                        stroke_width=2.5, dash_length=0.08)
        at_name = MathTex(rf"\sigma(z) = {QUIZ_P:g}", font_size=SIZES.formula_small,
                          color=theme.highlight).next_to(at, UP, buff=0.1)
        at_name.shift((axes.get_left()[0] - at_name.get_left()[0] + 0.3) * RIGHT)
        z_name = MathTex("z", font_size=SIZES.formula_small, color=theme.muted).next_to(
            axes.x_axis.get_right(), RIGHT, buff=0.12)
        # The situation: the sigmoid, and the score where it gives QUIZ_P (the gradients'
        # sizes are drawn on the same axes at the reveal).
        self.quiz_sigma = VGroup(
            polyline(axes, np.linspace(*QUIZ_RANGE, 120),
                     sigmoid(np.linspace(*QUIZ_RANGE, 120)), theme.muted, width=3),
            Dot(axes.c2p(QUIZ_Z, QUIZ_P), radius=0.09, color=theme.highlight),
            # Under the curve's upper bend, right of the axis at z = 0.
            MathTex(r"\sigma(z)", font_size=SIZES.formula_small, color=theme.muted).next_to(
                axes.c2p(1.5, float(sigmoid(1.5))), DOWN + RIGHT, buff=0.1),
        )
        title = Text("size of the gradient", font_size=SIZES.label, color=theme.muted)
        title.next_to(at_name, UP, buff=0.25).align_to(at_name, LEFT)
        self.quiz_title = title
        # The title is kept in the group for placement but shown only at the reveal.
        title.set_opacity(0)
        return VGroup(axes, scale, at, at_name, z_name, title, self.quiz_sigma)

    def quiz_reveal(self) -> None:
        theme, axes = self.theme, self.quiz_axes
        z = np.linspace(*QUIZ_RANGE, 200)
        grads = confidently_wrong_gradients(z)
        curves = VGroup(polyline(axes, z, grads.mse, theme.loss, width=4),
                        polyline(axes, z, grads.log_loss, theme.curve, width=4))
        dots = VGroup(Dot(axes.c2p(QUIZ_Z, QUIZ_MSE), radius=0.09, color=theme.loss),
                      Dot(axes.c2p(QUIZ_Z, QUIZ_LOG), radius=0.09, color=theme.curve))
        # The reason, one line per loss in its loss's colour, where the card keeps its room.
        reason = self.quiz_reason
        lines = VGroup(*[prose(text, BODY.split(1 - QUIZ_PICTURE_SHARE)[0].width - 0.4,
                               SIZES.formula, colour) for text, colour in (
            (REASON_MSE, theme.loss), (REASON_LOG, theme.curve))])
        lines.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        lines.move_to(reason, aligned_edge=UP + LEFT)
        self.reason_lines = lines
        # Each line and its curve on its own words (the reason is one clip without marks:
        # its words are spread evenly over it).
        clock = self.reveal_clock
        words = [w.strip(".,:;").lower() for w in QUIZ.said_reason.split()]
        start, end = clock.at("reason"), clock.at("end")
        log_due = start + (end - start) * words.index("log") / len(words)
        self.play(FadeOut(self.quiz_sigma), self.quiz_title.animate.set_opacity(1),
                  FadeIn(lines[0], shift=0.2 * UP), Create(curves[0]), run_time=1.2)
        self.play(FadeIn(dots[0], scale=0.5), Flash(dots[0], color=theme.loss), run_time=0.6)
        wait = log_due - self.renderer.time
        if wait > 1e-6:
            self.wait(wait)
        self.play(FadeIn(lines[1], shift=0.2 * UP), Create(curves[1]), run_time=1.2)
        self.play(FadeIn(dots[1], scale=0.5), Flash(dots[1], color=theme.curve), run_time=0.6)


SCENES_IN_ORDER = [MseAlongAWeightIsNotABowl, GradientVanishesWhenConfidentlyWrong,
                   MseVersusLogLossCheck]
