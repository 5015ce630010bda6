"""Chapter 9: when it breaks. Three failure modes, then the whole lesson row by row.

Perfect separation sends |theta| off without bound (each tenfold of steps adds about one unit;
an L2 penalty holds it), a model that always says "no" scores 99 % on rare positives while
catching none of them, and a straight cut fails on XOR and rings until quadratic features let
it bend. Lifting the points into 3-D (height x1 x2, or x1^2 + x2^2) shows why: a flat sheet
splits them there, and its cut dropped to the floor is the curve. Every trajectory, count,
metric, accuracy, height, level and field comes from ``core``. The summary table then rebuilds
the lesson with a small picture on each row, and the chapter closes with its quiz."""

from __future__ import annotations

import numpy as np
from manim import (
    DEGREES,
    DOWN,
    DR,
    LEFT,
    OUT,
    RIGHT,
    UL,
    UP,
    UR,
    Axes,
    Circle,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    Group,
    ImageMobject,
    ImplicitFunction,
    Indicate,
    Line,
    ManimColor,
    MathTex,
    Polygon,
    Rectangle,
    ReplacementTransform,
    RoundedRectangle,
    Surface,
    SurroundingRectangle,
    Text,
    ThreeDAxes,
    ThreeDScene,
    TransformFromCopy,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    always_redraw,
    linear,
    smooth,
)
from manim.constants import RESAMPLING_ALGORITHMS

from core import (
    logit,
    sigmoid,
    sigmoid_derivative,
    softmax_field,
)
from core.gradient_ascent import training_lab_run
from core.losses import log_likelihood, log_likelihood_hessian
from core.newton import log_likelihood_1d, newton_race_run
from core.pathologies import (
    class_weighted_fit,
    classification_metrics,
    feature_comparison,
    imbalance_baseline,
    least_sure_point,
    level_curve,
    lift_height,
    lifted_cut,
    own_class_probability,
    penalised_stretch_peak,
    per_decade_growth,
    quadratic_score,
    weight_growth,
)
from core.softmax_regression import softmax_lab_run
from scenes.common.beats import LectureScene
from scenes.common.layout import FOOTER, HEADING, SAFE
from scenes.common.pieces import (
    BoundaryLine,
    ProbabilityField,
    QuadraticField,
    ReadoutPanel,
    SansNumber,
    axes_box,
)
from scenes.common.plots import (
    DOT_RADIUS,
    function_axes,
    legend,
    plane_axes,
    point_cloud,
    polyline,
)
from scenes.common.prose import prose
from scenes.common.quiz import Quiz, QuizScene, wrapped
from scenes.common.theme import SIZES, Theme

#: Gradient-ascent steps of the separation runs: four decades on a log axis.
N_STEPS = 10_000
#: Steps at which the |theta| curves are sampled (evenly on the log axis, first and last kept).
CURVE_STEPS = np.unique(np.round(np.logspace(0, np.log10(N_STEPS), 320)).astype(int))
#: Where |theta| is read for its growth per tenfold of steps.
DECADES = (1, 10, 100, 1000, N_STEPS)
#: The two separation fields: width of each, the left edge of the first, and the top of both
#: (just under their names, which sit under the heading).
FIELD_WIDTH = 4.3
FIELD_LEFT = -6.6
FIELD_TOP = 2.25
#: Where the |theta| plot's step axis ends (its last tick label must stay title-safe), and how
#: far left of there it stands while the plain run is alone on screen.
PLOT_RIGHT = 6.1
PLAIN_SHIFT = 2.0
#: The data box of the separation insets and of the XOR / rings panels.
SEPARATION_BOX = ((-4.0, 4.0), (-3.6, 3.6))
CURVED_BOX = ((-3.9, 3.9), (-3.9, 3.9))
#: How far theta is stretched (theta -> c theta, theta of unit length) on "stretching".
STRETCH = (1.0, 4.0)
#: The stretch c over which the likelihood is traded against the penalty, and the floor of
#: that plot (its curves are drawn down to it).
TRADE_C = (0.5, 3.5)
TRADE_FLOOR = -15
#: The stage of the two plots along the stretch theta -> c theta (the likelihood alone, then
#: traded against the penalty): one slot for both, large, just right of the data panel; the
#: left end of its c axis, the top of its height axis, and its size.
STAGE_LEFT = -1.1
STAGE_TOP = 1.75
STAGE_SIZE = (5.0, 2.8)
#: How much larger the data panel opens, alone in the middle of the frame, before it steps
#: back to its place for the stretch.
OPENING_SCALE = 1.45
#: The thin lines beside each separation boundary: where the model is this sure of either class.
SURE = 0.9
#: "Levels off within a hundred steps": the penalised run is drawn up to this step while
#: those words are said (its size of theta is flat from there on: tested against core).
SETTLED_BY = 100
#: The opacity of the class not being named while the other is (XOR's corners).
NAMED_OTHER = 0.2
#: The neurons' radius in the small network drawn beside the curved fits (scene units).
NODE_RADIUS = 0.24
#: Where the one rare positive sits in the 10 x 10 grid (a seeded shuffle of the data's order).
GRID_SEED = 9
GRID_SIDE = 10
#: The inverse penalty strength of both imbalance fits (scikit-learn's C): the weighted fit's
#: boundary then passes clear of every email, so each one reads as flagged or not.
IMBALANCE_C = 2.5
#: How much each email's dot shrinks when it moves from the grid to the feature plot.
SCATTER_DOT = 0.4
#: How much the spam's dot swells when its weight is named, and its size in the feature plot
#: (a little larger than the other emails', so it is found there).
SPAM_SWELL = 1.8
SCATTER_SPAM = 0.8
#: How much wider than the grid's backdrop the feature plot is (scene units).
FEATURE_PLOT_GROWTH = 1.1
#: The rings round the flagged emails: their gap from the dot and their stroke, and the
#: stroke of the refit's boundary (thin, so the emails nearest it stand clear of it).
FLAG_RING = 0.02
FLAG_STROKE = 2
LINE_STROKE = 2.5


def on_stage(axes: Axes) -> Axes:
    """Place a plot along the stretch in the stage's slot (its c axis runs along its top)."""
    return axes.shift((STAGE_LEFT - axes.x_axis.get_left()[0]) * RIGHT
                      + (STAGE_TOP - axes.y_axis.get_top()[1]) * UP)


def sure_lines_inside(theta: np.ndarray, margin: float, box, inset: float = 0.2) -> bool:
    """Whether both lines theta^T (1, x) = +-margin cross the data box, shrunk by ``inset`` of
    its size on every side (so a line that only clips a corner does not count)."""
    (x0, x1), (y0, y1) = box
    dx, dy = inset * (x1 - x0), inset * (y1 - y0)
    corners = np.array([[x0 + dx, y0 + dy], [x0 + dx, y1 - dy], [x1 - dx, y0 + dy],
                        [x1 - dx, y1 - dy]])
    score = theta[0] + corners @ theta[1:]
    return all(score.min() < sign * margin < score.max() for sign in (1, -1))


def step_at(t: float) -> int:
    """The training step shown when the log-step tracker reads ``t`` (= log10 of the step)."""
    return int(np.clip(round(10.0 ** t), 1, N_STEPS))


class GrowingCurve(VMobject):
    """|theta| against log10(step), drawn up to the step a tracker points at.

    Updated in place (``set_points_as_corners``) from core's recorded norms; the tip is the
    norm at :func:`step_at` of the tracker, exactly the number the readout shows.
    """

    def __init__(self, axes: Axes, norms: np.ndarray, tracker: ValueTracker, color: str):
        super().__init__(color=color, stroke_width=5)
        self.axes = axes
        self.norms = norms
        self.tracker = tracker
        self.xs = np.log10(CURVE_STEPS)
        self.ys = norms[CURVE_STEPS]
        self.refresh()
        self.add_updater(lambda m: m.refresh())

    def tip(self) -> tuple[float, float]:
        t = self.tracker.get_value()
        return float(np.log10(step_at(t))), float(self.norms[step_at(t)])

    def refresh(self) -> GrowingCurve:
        x_tip, y_tip = self.tip()
        keep = self.xs < x_tip
        xs = np.append(self.xs[keep], x_tip)
        ys = np.append(self.ys[keep], y_tip)
        if len(xs) == 1:  # a single point: draw a zero-length segment
            xs, ys = np.repeat(xs, 2), np.repeat(ys, 2)
        self.set_points_as_corners(self.axes.c2p(np.column_stack([xs, ys])))
        return self


class SeparableDataSendsTheWeightsToInfinity(LectureScene):
    """|theta| climbs for ever on separable data; with an L2 penalty it levels off."""

    #: Which run the step readout follows: 0 plain, 1 penalised.
    active = 0

    def current_step(self) -> int:
        """The step of the run being drawn."""
        return step_at(self.trackers[self.active].get_value())

    def construct(self) -> None:
        theme = self.theme
        growth = weight_growth(n_steps=N_STEPS)
        self.growth = growth
        data = growth.dataset
        runs = (growth.plain, growth.regularised)
        colours = (theme.loss, theme.curve)
        heading = self.heading("Perfect separation")

        # The stage: the two runs' fields on the data, side by side and large.
        insets, fields, boundaries, inset_labels, bands = [], [], [], [], []
        margin = float(logit(SURE))  # the score at which h = SURE
        self.trackers = (ValueTracker(0.0), ValueTracker(0.0))
        # The first run is named "plain" until the penalty is introduced (the narration's word).
        names = ("plain run", "with an L2 penalty")
        for i, (run, colour, name) in enumerate(zip(runs, colours, names, strict=True)):
            axes = plane_axes(theme, SEPARATION_BOX, FIELD_WIDTH, ticks=False)
            axes.move_to([FIELD_LEFT + FIELD_WIDTH / 2 + i * (FIELD_WIDTH + 0.3), 0, 0])
            axes.shift((FIELD_TOP - axes.get_top()[1]) * UP)

            def theta(run=run, tracker=self.trackers[i]) -> np.ndarray:  # noqa: ANN001
                return run.thetas[step_at(tracker.get_value())]

            field = ProbabilityField(axes, theta, theme, shape=(65, 72))
            boundary = BoundaryLine(axes, theta, theme, with_normal=False)
            band = VGroup()
            for sign in (1, -1):  # theta^T x = +-margin: shift the bias
                line = BoundaryLine(axes, lambda t=theta, s=sign: t() - [s * margin, 0, 0],
                                    theme, with_normal=False)
                line.line.set_stroke(width=2)
                band.add(line)
            frame = Rectangle(width=axes.width, height=axes.height, color=colour,
                              stroke_width=3).move_to(axes)
            label = Text(name, font_size=SIZES.label, color=colour).next_to(frame, UP, buff=0.1)
            label.align_to(frame, LEFT)
            insets.append(VGroup(frame, axes, point_cloud(axes, data.X, data.y, theme)))
            fields.append(field)
            boundaries.append(boundary)
            bands.append(band)
            inset_labels.append(label)
        self.insets = insets
        # "A straight line can split them": the plain run's last boundary, which does.
        self.splitter = growth.plain.thetas[-1]
        splitter = BoundaryLine(insets[0][1], lambda: self.splitter, theme, with_normal=False)
        splitter.clear_updaters()
        splitter.remove(splitter.arrow)  # no normal is drawn: keep only the line

        # Right: |theta| against the step, the step on a log axis.
        log_max = float(np.log10(N_STEPS))
        # Numbered on the y axis only: the x axis gets powers of ten below (function_axes
        # numbers both axes when given numbers, so its x numbers are dropped).
        # Narrow enough that its numbers stand clear of the penalised run's panel.
        plot = function_axes(theme, [0, log_max, 1], [0, 6, 1], x_length=2.9, y_length=3.0,
                             x_numbers=[0], y_numbers=[0, 2, 4, 6], y_decimals=0,
                             number_size=SIZES.label)
        plot.x_axis.remove(plot.x_axis.numbers)
        plot.shift((PLOT_RIGHT - plot.c2p(log_max, 0)[0]) * RIGHT
                   + (FIELD_TOP - 0.3 - plot.get_top()[1]) * UP)
        self.plot = plot
        # Written out in full (no exponents to squint at), in the readouts' face and with
        # their thousands comma (10,000 on the axis as in the step readout).
        ticks = VGroup(*[
            Text(f"{10 ** k:,}", font_size=SIZES.body,
                 color=theme.text).next_to(plot.c2p(k, 0), DOWN, buff=0.15)
            for k in range(0, int(log_max) + 1, 2)
        ])
        self.step_ticks = ticks
        x_title = Text("step (log scale)", font_size=SIZES.body, color=theme.text)
        x_title.next_to(ticks, DOWN, buff=0.1)
        y_title = MathTex(r"\lVert\theta\rVert", font_size=SIZES.formula,
                          color=theme.text)
        # Inside the plot's empty top-left corner (the runs' curves stay low there), not
        # above it, where the penalised run's panel comes close.
        y_title.next_to(plot.y_axis.get_top(), RIGHT, buff=0.6).shift(0.2 * DOWN)
        curves = [GrowingCurve(plot, run.theta_norm, tracker, colour)
                  for run, tracker, colour in zip(runs, self.trackers, colours, strict=True)]
        self.curves = curves
        tips = [Dot(radius=0.08, color=c) for c in colours]
        for tip_dot, curve in zip(tips, curves, strict=True):
            tip_dot.add_updater(lambda m, c=curve: m.move_to(plot.c2p(*c.tip())))
            tip_dot.update()

        # What each tenfold of steps adds to |theta| (core's numbers): a riser per decade.
        self.decade_growth = per_decade_growth(growth.plain.theta_norm, DECADES)
        norms_at = growth.plain.theta_norm[list(DECADES)]
        risers, rise_labels = VGroup(), VGroup()
        for k, rise in enumerate(self.decade_growth):
            x = float(np.log10(DECADES[k + 1]))
            riser = Line(plot.c2p(x, norms_at[k]), plot.c2p(x, norms_at[k + 1]),
                         color=theme.highlight, stroke_width=4)
            flat = Line(plot.c2p(np.log10(DECADES[k]), norms_at[k]),
                        plot.c2p(x, norms_at[k]), color=theme.highlight, stroke_width=2)
            risers.add(VGroup(flat, riser))
            rise_labels.add(SansNumber(rise, num_decimal_places=2, font_size=SIZES.label,
                                       color=theme.highlight, include_sign=True))
        self.risers = risers
        rise_title = Text("added by each tenfold:", font_size=SIZES.label, color=theme.text)
        rise_labels.arrange(RIGHT, buff=0.18)
        self.rise_labels = rise_labels

        self.readout = ReadoutPanel(
            [("step", self.current_step, 0),
             # Set as maths, like the plot's own axis name.
             (r"$\lVert\theta\rVert\ \text{plain run}$", lambda: curves[0].tip()[1], 2),
             (rf"$\lVert\theta\rVert\ \text{{with L2}},\ \lambda = {growth.regularised.l2:g}$",
              lambda: curves[1].tip()[1], 2)],
            theme, font_size=SIZES.label, tex_labels=False)
        self.readout[0][0].set_color(theme.text)
        self.readout[1][0].set_color(colours[0])
        self.readout[2][0].set_color(colours[1])
        # The step under the plot's step axis, then what each tenfold adds; each run's size of
        # theta under its own panel, in its colour.
        # (Tight, so the four additions end inside the title-safe corner.)
        self.readout[0].next_to(x_title, DOWN, buff=0.12).align_to(plot, LEFT)
        rise_title.next_to(self.readout[0], DOWN, buff=0.12).align_to(plot, LEFT)
        rise_labels.next_to(rise_title, DOWN, buff=0.1).align_to(rise_title, LEFT)

        # The stretch's title, placed over its plot below: theta is of unit length, so the
        # stretch c is the length of c theta (the size of theta the runs' plot shows later).
        rising = prose(r"$\theta \to c\,\theta$, with $\lVert\theta\rVert = 1$: "
                       r"$\ell(c\,\theta)$ rises as $c \to \infty$",
                       FIELD_WIDTH + 3.0, SIZES.formula_small, theme.text)
        # The penalised objective on its own line, under the panel of the run it drives (the
        # value of lambda is read out with that run's size of theta, under it).
        penalised = MathTex(r"\max\ ", r"\ell(\theta)",
                            r"- \lambda \lVert\theta\rVert^2",
                            font_size=SIZES.formula, color=theme.text)
        penalised[2].set_color(colours[1])
        penalised.next_to(insets[1], DOWN, buff=0.3).align_to(insets[1], LEFT)
        self.penalised = penalised

        self.bands = bands
        # The plain run's thin lines start far outside its panel (|theta| is small): their key
        # comes only at the first step at which both are inside it.
        self.band_step = next(step for step in range(1, N_STEPS + 1)
                              if sure_lines_inside(growth.plain.thetas[step], margin,
                                                   SEPARATION_BOX))
        band_note = Text(f"thin lines: {100 * SURE:.0f} % sure", font_size=SIZES.body,
                         color=theme.text)
        band_note.next_to(insets[0], DOWN, buff=0.3).align_to(insets[0], LEFT)
        self.readout[1].next_to(band_note, DOWN, buff=0.35).align_to(insets[0], LEFT)
        self.readout[2].next_to(penalised, DOWN, buff=0.35).align_to(insets[1], LEFT)

        # While the plain run is alone, its |theta| plot stands in the middle of the free space
        # right of its panel; it takes its place at the right edge, beside the penalised run's
        # panel, when that panel comes.
        VGroup(plot, ticks, x_title, y_title, self.readout[0], risers, rise_title,
               rise_labels).shift(PLAIN_SHIFT * LEFT)
        for mob in (*curves, *tips):
            mob.update()

        # Step: separable clouds
        # Alone on screen, the data and its splitting line fill the middle of the frame; they
        # step back to their place, top left, as the stretch is introduced.
        # (Its name, "plain run", is not part of it: it comes with the run, at home.)
        opening = VGroup(insets[0], splitter)
        opening_home = opening.get_center()

        def open_up() -> None:
            # Centred on the panel's frame.
            opening.scale(OPENING_SCALE, about_point=opening.get_top())
            opening.shift(-insets[0][0].get_x() * RIGHT)

        open_up()
        with self.beat("Take two clouds with a wide gap between them. {line} A straight line "
                       "can split them perfectly, and that is exactly the trouble.") as b:
            # The panel's name "plain run" waits for the run itself (gradient ascent, below).
            self.play(Write(heading), FadeIn(insets[0]), run_time=1.2)
            b.wait_until("line")
            self.play(Create(splitter), run_time=1.2)
        # What is drawn on the panel next is placed on it at home (between two frames, so
        # never seen), then the panel opens up again until the next beat moves it there.
        opening.scale(1 / OPENING_SCALE).move_to(opening_home)

        # Stretching the splitter theta -> c theta: its field sharpens, l(c theta) -> 0.
        unit = self.splitter / np.linalg.norm(self.splitter)
        stretch = ValueTracker(STRETCH[0])
        self.stretch = stretch
        stretched = ProbabilityField(insets[0][1], lambda: stretch.get_value() * unit, theme,
                                     shape=(65, 72))
        # The point the model is least sure of, ringed; its own-class probability is read out
        # as c grows ("every probability a little surer", even this one's).
        # Where the stretched model is 90 % sure, on either side of the line: the lines close
        # in as c grows, so "every probability surer" is seen, not only read off.
        stretch_band = VGroup()
        for sign in (1, -1):
            line = BoundaryLine(insets[0][1], lambda s=sign: stretch.get_value() * unit
                                - [s * margin, 0, 0], theme, with_normal=False)
            line.line.set_stroke(width=2)
            stretch_band.add(line)
        self.stretch_band = stretch_band
        weakest, _ = least_sure_point(unit, data.X, data.y)
        self.weakest = weakest
        ring = Circle(radius=0.16, color=theme.highlight, stroke_width=4).move_to(
            insets[0][1].c2p(*data.X[weakest]))
        self.stretch_readout = ReadoutPanel(
            [(r"c", stretch.get_value, 1),
             (r"\ell(c\,\theta)",
              lambda: log_likelihood(stretch.get_value() * unit, data.X, data.y), 3),
             (r"\text{ringed point: } P(y \mid x)",
              lambda: least_sure_point(stretch.get_value() * unit, data.X, data.y)[1], 3)],
            theme, font_size=SIZES.label)
        for row in self.stretch_readout[:2]:
            row[0].set_color(theme.text)  # full-strength names, like the values
        self.stretch_readout[2][0].set_color(theme.highlight)
        # Beside it, l(c theta) against c, traced as c grows: it climbs toward 0 and never
        # gets there (core's likelihood at each c).
        stretch_cs = np.linspace(*STRETCH, 61)
        stretch_values = np.array([log_likelihood(c * unit, data.X, data.y)
                                   for c in stretch_cs])
        self.stretch_values = (stretch_cs, stretch_values)
        floor = float(np.floor(stretch_values.min()))
        stretch_plot = function_axes(theme, [*STRETCH, 1], [floor, 0, 1],
                                     x_length=STAGE_SIZE[0], y_length=STAGE_SIZE[1],
                                     x_numbers=list(range(int(STRETCH[0]),
                                                                         int(STRETCH[1]) + 1)),
                                     y_numbers=[floor, 0], y_decimals=0,
                                     number_size=SIZES.label)
        on_stage(stretch_plot)
        # The c axis runs along l = 0 at the top: its numbers go under the plot's floor.
        for number in stretch_plot.x_axis.numbers:
            number.next_to(stretch_plot.c2p(number.get_value(), floor), DOWN, buff=0.15)
        # The c axis's name beside its last number (not stacked under it).
        # The stretch is the length of c theta (theta of unit length): the name says so.
        c_name = MathTex(r"c = \lVert c\,\theta\rVert", font_size=SIZES.formula_small,
                         color=theme.text).next_to(stretch_plot.x_axis.numbers[-1], RIGHT,
                                                   buff=0.2)
        # Named in its curve's colour: the name stays the curve's when the penalty joins it.
        ell_name = MathTex(r"\ell(c\,\theta)", font_size=SIZES.formula_small,
                           color=colours[0]).next_to(stretch_plot.y_axis.get_top(), UP,
                                                      buff=0.15)
        # The ceiling in the text's colour (the penalised run's teal is kept for the penalty).
        ceiling = DashedLine(stretch_plot.c2p(STRETCH[0], 0), stretch_plot.c2p(STRETCH[1], 0),
                             color=theme.text, stroke_width=2)
        never = Text("0: never reached", font_size=SIZES.label, color=theme.text)
        never.next_to(ceiling, UP, buff=0.12).align_to(ceiling, RIGHT)

        def traced() -> VMobject:
            keep = stretch_cs <= stretch.get_value() + 1e-9
            xs, ys = stretch_cs[keep], stretch_values[keep]
            if len(xs) == 1:
                xs, ys = np.repeat(xs, 2), np.repeat(ys, 2)
            # The likelihood alone: the plain run's colour, here and on the trade beat.
            return polyline(stretch_plot, xs, ys, colours[0])

        stretch_curve = traced()
        stretch_curve.add_updater(lambda m: m.become(traced()))
        stretch_group = VGroup(stretch_plot, c_name, ell_name, ceiling, never, stretch_curve)
        # Its title over it (the plot it describes), above the curve's name.
        rising.next_to(ell_name, UP, buff=0.2).align_to(stretch_plot, LEFT)
        # Its rows end clear of the title-safe edge (the second panel's place is free here).
        self.stretch_readout.next_to(stretch_plot.x_axis.numbers, DOWN, buff=0.15).align_to(
            stretch_plot, LEFT)

        open_up()
        # Step: why there is no finite best
        with self.beat("Once every point is on its right side, {stretch} stretching theta "
                       "makes every probability surer: {thin} the thin lines, where the model is "
                       "ninety percent sure, close in, the ringed point's chance climbs, and "
                       "the likelihood keeps rising. There is no finite best theta.") as b:
            # The panel stays large while every point is named on its side (each dot pulses
            # in its own class's colour), then makes room for the stretch on its word.
            self.play(*[Indicate(dot, color=dot.get_color(), scale_factor=1.5)
                        for dot in insets[0][2]], run_time=1.2)
            b.wait_until("stretch")
            self.play(opening.animate.scale(1 / OPENING_SCALE).move_to(opening_home),
                      run_time=0.8)
            self.add(stretched, insets[0], splitter)
            self.play(FadeIn(stretched), FadeIn(rising, shift=0.2 * DOWN), Create(ring),
                      FadeIn(self.stretch_readout), Create(stretch_plot), FadeIn(c_name),
                      FadeIn(ell_name), Create(ceiling), FadeIn(never), FadeIn(stretch_curve),
                      run_time=0.8)
            # One steady stretch; the thin lines come in on their words, partway along it.
            total = max(b.time_until("end") - 0.2, 2.0)
            before = min(b.time_until("thin"), total - 1.0)
            part = STRETCH[0] + (STRETCH[1] - STRETCH[0]) * before / total
            self.play(stretch.animate.set_value(part), run_time=before, rate_func=linear)
            # Their key comes with them, on the words that name them (under the stretch's
            # formula; it moves up to its own place when the formula goes).
            band_home = band_note.get_center()
            quick = (total - before) / 0.5  # the key fades in over the first half second
            self.play(stretch.animate(rate_func=linear).set_value(STRETCH[1]),
                      FadeIn(stretch_band, rate_func=linear),
                      FadeIn(band_note, rate_func=lambda t: min(1.0, quick * t)),
                      run_time=total - before)
        stretched.clear_updaters()
        stretch_curve.clear_updaters()
        stretch_band.clear_updaters()
        for line in stretch_band:
            line.clear_updaters()
        for number in self.stretch_readout.numbers:
            number.clear_updaters()

        # Step: the plain run grows without bound
        with self.beat("Run gradient ascent. {lines} The ninety percent lines close in on "
                       "the boundary again as theta grows.") as b:
            self.play(FadeOut(self.stretch_readout), FadeOut(stretched), FadeOut(splitter),
                      FadeOut(ring), FadeOut(stretch_band),
                      FadeOut(stretch_group), FadeOut(rising), FadeOut(band_note),
                      run_time=0.4)
            # The key goes with the stretch's lines: the run's own lines start off the panel,
            # and the key comes back only when they are both inside it.
            band_note.move_to(band_home)
            self.add(fields[0], insets[0], bands[0], boundaries[0], curves[0], tips[0])
            # Faded in whole, so its numbers come with its axes.
            self.play(FadeIn(plot), FadeIn(ticks), FadeIn(x_title), FadeIn(y_title),
                      FadeIn(inset_labels[0]), FadeIn(self.readout[0]),
                      FadeIn(self.readout[1]), run_time=1.0)
            b.wait_until("lines")
            # One steady run on the log axis; the key fades in as the lines enter the panel.
            total = max(b.time_until("end"), 6.0)
            entering = float(np.log10(self.band_step))
            first = max(total * entering / log_max, 0.2)
            self.play(self.trackers[0].animate.set_value(entering), run_time=first,
                      rate_func=linear)
            quick = (total - first) / 0.5  # the key fades in over the first half second
            self.play(self.trackers[0].animate(rate_func=linear).set_value(log_max),
                      FadeIn(band_note, rate_func=lambda t: min(1.0, quick * t)),
                      run_time=total - first)

        # Step: each decade adds more
        with self.beat("On a log scale of steps, {rise} each tenfold of steps adds about "
                       "one more unit to the size of theta. In this run the additions never "
                       "shrink, they even grow a little, so the size never stops growing.") as b:
            b.wait_until("rise")
            self.play(Create(risers, lag_ratio=0.5), FadeIn(rise_title), run_time=1.5)
            self.play(FadeIn(rise_labels, lag_ratio=0.5), run_time=1.5)

        # Step: the L2 penalty
        # The trade, drawn where the penalised run's panel will come: along the same stretch
        # theta -> c theta, the likelihood (no penalty's colour) keeps rising, and the
        # likelihood minus the penalty (the penalised run's colour) rises, then falls, so it
        # has a finite best c (core's likelihoods and its peak).
        l2 = growth.regularised.l2
        trade_cs = np.linspace(*TRADE_C, 121)
        likelihood = np.array([log_likelihood(c * unit, data.X, data.y) for c in trade_cs])
        with_penalty = np.array([log_likelihood(c * unit, data.X, data.y, l2=l2)
                                 for c in trade_cs])
        self.trade_values = (trade_cs, likelihood, with_penalty)
        best_c = penalised_stretch_peak(unit, data.X, data.y, l2)
        self.best_c = best_c
        # In the slot the stretch plot had, the same size: the familiar curve, now bent down by
        # the penalty (the |theta| plot steps aside for this beat).
        trade_plot = function_axes(theme, [*TRADE_C, 1], [TRADE_FLOOR, 0, 5],
                                   x_length=STAGE_SIZE[0], y_length=STAGE_SIZE[1],
                                   x_numbers=[1, 2, 3], y_numbers=[TRADE_FLOOR, 0],
                                   y_decimals=0, number_size=SIZES.label)
        on_stage(trade_plot)
        # The c axis runs along 0 at the top: it keeps no ticks there; a floor line with a
        # tick under each of its numbers carries them, under the plot.
        trade_plot.x_axis.remove(trade_plot.x_axis.ticks)
        c_floor = VGroup(
            Line(trade_plot.c2p(TRADE_C[0], TRADE_FLOOR), trade_plot.c2p(TRADE_C[1], TRADE_FLOOR),
                 color=theme.muted, stroke_width=2),
            *[Line(trade_plot.c2p(c, TRADE_FLOOR), trade_plot.c2p(c, TRADE_FLOOR) + 0.12 * DOWN,
                   color=theme.muted, stroke_width=2)
              for c in (number.get_value() for number in trade_plot.x_axis.numbers)])
        trade_plot.add(c_floor)
        self.trade_floor = c_floor
        for number in trade_plot.x_axis.numbers:
            number.next_to(trade_plot.c2p(number.get_value(), TRADE_FLOOR) + 0.12 * DOWN, DOWN,
                           buff=0.08)
        # The same names as on the stretch (c beside its last number, and l(c theta) in its
        # curve's colour).
        trade_c = c_name.copy().next_to(trade_plot.x_axis.numbers[-1], RIGHT, buff=0.2)
        trade_ell = ell_name.copy().next_to(trade_plot.y_axis.get_top(), UP, buff=0.15)
        trade_ceiling = DashedLine(trade_plot.c2p(TRADE_C[0], 0), trade_plot.c2p(TRADE_C[1], 0),
                                   color=theme.text, stroke_width=2)
        trade_never = never.copy().next_to(trade_ceiling, UP, buff=0.12).align_to(
            trade_ceiling, RIGHT)

        def clipped(values: np.ndarray, colour: str) -> VMobject:
            keep = values >= TRADE_FLOOR
            return polyline(trade_plot, trade_cs[keep], values[keep], colour)

        plain_curve = clipped(likelihood, colours[0])
        penalty_curve = clipped(with_penalty, colours[1])
        # Past the end of the penalised curve, where it leaves the plot's floor: clear of it.
        end_c = trade_cs[with_penalty >= TRADE_FLOOR][-1]
        # Named exactly: the likelihood minus the penalty, along the same stretch.
        penalty_name = MathTex(r"\ell - \lambda \lVert c\,\theta \rVert^2",
                               font_size=SIZES.formula_small, color=colours[1])
        penalty_name.next_to(trade_plot.c2p(end_c, TRADE_FLOOR), RIGHT, buff=0.25)
        penalty_name.align_to(trade_plot.c2p(end_c, TRADE_FLOOR), DOWN).shift(0.15 * UP)
        best_value = log_likelihood(best_c * unit, data.X, data.y, l2=l2)
        peak = Dot(trade_plot.c2p(best_c, best_value), radius=0.09, color=theme.highlight)
        drop = DashedLine(trade_plot.c2p(best_c, best_value),
                          trade_plot.c2p(best_c, TRADE_FLOOR), color=theme.highlight,
                          stroke_width=2)
        best_label = MathTex(rf"\text{{best }} c = {best_c:.2f}", font_size=SIZES.formula_small,
                             color=theme.highlight)
        best_label.next_to(peak, RIGHT, buff=0.12).shift(0.3 * UP)
        self.trade_labels = (best_label,)
        trade = VGroup(trade_plot, trade_c, trade_ell, trade_ceiling, trade_never, plain_curve,
                       penalty_curve, penalty_name, peak, drop, best_label)
        self.trade = trade
        # The penalised objective sits under the trade plot while it is discussed, then moves
        # under the penalised run's panel (its home, where its readout is placed).
        home = penalised.get_center()
        penalised.next_to(trade_plot.x_axis.numbers, DOWN, buff=0.35).align_to(trade_plot, LEFT)
        # The |theta| plot and everything read off it step aside while the trade is shown.
        growth_panel = VGroup(plot, ticks, x_title, y_title, self.readout[0], risers,
                              rise_title, rise_labels)
        self.growth_panel = growth_panel
        with self.beat("Back to the likelihood curve, {taller} on a taller scale to make "
                       "room: the cure is a penalty on size. "
                       "{subtract} Subtract lambda times the squared length of theta. {trade} "
                       "Now the fit trades a little likelihood {modest} for modest weights.") as b:
            # Held still while it fades (its readout redraws its digits when updated).
            stepping_aside = VGroup(growth_panel, curves[0], tips[0])
            stepping_aside.suspend_updating()
            self.play(FadeOut(stepping_aside), run_time=0.4)
            # The stretch's own plot comes back as it was left, then, on the words that say so,
            # rescales to a taller range to make room for the penalty (one function, rescaled).
            self.play(FadeIn(stretch_group), run_time=0.4)
            b.wait_until("taller")
            # The axes cross-fade in place (same corner, same size: only their scales change);
            # the curve and its names move to their new places.
            self.play(FadeOut(stretch_plot), FadeIn(trade_plot),
                      ReplacementTransform(stretch_curve, plain_curve),
                      ReplacementTransform(ell_name, trade_ell),
                      ReplacementTransform(c_name, trade_c),
                      ReplacementTransform(ceiling, trade_ceiling),
                      ReplacementTransform(never, trade_never),
                      FadeIn(penalised, shift=0.2 * DOWN), run_time=1.2)
            b.wait_until("subtract")
            self.play(Indicate(penalised[2], color=theme.highlight),
                      Create(penalty_curve), FadeIn(penalty_name), run_time=1.2)
            b.wait_until("trade")
            self.play(Indicate(penalised[1], color=theme.highlight), FadeIn(peak, scale=2),
                      Indicate(plain_curve, color=theme.highlight, scale_factor=1.0),
                      run_time=0.8)
            b.wait_until("modest")
            self.play(Create(drop), FadeIn(best_label),
                      Indicate(penalised[2], color=theme.highlight), run_time=0.8)
        self.active = 1
        # The penalised run settles where the trade curve peaked: best c, marked on the
        # |theta| plot as a dashed level with the same label (core's peak).
        best_again = MathTex(rf"\text{{best }} c = {best_c:.2f}", font_size=SIZES.formula_small,
                             color=theme.highlight)
        with self.beat("Run it again with the penalty. The size of theta levels off within a "
                       "hundred steps, {peak} right at the best c the curve showed, and stays "
                       "put, and the thin lines stay far apart.") as b:
            self.play(FadeOut(trade), penalised.animate.move_to(home), run_time=0.6)
            stepping_aside.shift(PLAIN_SHIFT * RIGHT)  # unseen: it is faded out
            # (Placed on the plot at its new place.)
            best_level = DashedLine(plot.c2p(0, best_c), plot.c2p(log_max, best_c),
                                    color=theme.highlight, stroke_width=3)
            # Under the level, in the plot's empty middle (both curves run at or above it
            # there; the penalised run's tip sits at its right end), on a plate.
            best_again.next_to(plot.c2p(0.7 * log_max, best_c), DOWN, buff=0.15)
            best_again.add_background_rectangle(color=theme.background, opacity=0.85, buff=0.06)
            self.best_level = VGroup(best_level, best_again)
            # The step readout's digits are redrawn, not faded: they come back as they are.
            step_row = self.readout[0]
            # The staircase stays behind: it described the plain run alone.
            staircase = (risers, rise_title, rise_labels)
            self.play(*[FadeIn(m) for m in (*growth_panel, curves[0], tips[0])
                        if m is not step_row and not any(m is st for st in staircase)],
                      FadeIn(step_row[0]), run_time=0.4)
            self.add(step_row)
            stepping_aside.resume_updating()
            self.add(fields[1], insets[1], bands[1], boundaries[1])
            self.play(FadeIn(fields[1]), FadeIn(insets[1]), FadeIn(bands[1]),
                      FadeIn(boundaries[1]), FadeIn(inset_labels[1]), FadeIn(self.readout[2]),
                      run_time=0.6)
            self.add(curves[1], tips[1])
            # The run reaches its level (the words' hundred steps) while "levels off within a
            # hundred steps" is said, then goes on, flat, with the level drawn and named.
            total = max(b.time_until("end"), 6.0)
            first = min(max(b.time_until("peak"), 2.0), total - 2.0)
            self.play(self.trackers[1].animate.set_value(float(np.log10(SETTLED_BY))),
                      run_time=first, rate_func=smooth)
            quick = (total - first) / 0.8  # the level and its name come in over 0.8 s
            self.play(self.trackers[1].animate(rate_func=linear).set_value(log_max),
                      Create(best_level, rate_func=lambda t: min(1.0, quick * t)),
                      FadeIn(best_again, rate_func=lambda t: min(1.0, quick * t)),
                      run_time=total - first)

        # Step: end values
        for mob in (*fields, *boundaries, *bands, *curves, *tips, *self.readout.numbers):
            mob.clear_updaters()
        # The point nearest the gap (the plain run's least sure, ringed on the stretch) is
        # ringed in both panels, with how sure each run is of its class (core's probabilities):
        # the plain run all but certain, the penalised one not even 90 % sure.
        self.gap_point = weakest
        self.gap_probabilities = tuple(
            float(own_class_probability(run.thetas[-1], data.X, data.y)[weakest]) for run in runs)
        gap_rings, gap_notes = VGroup(), VGroup()
        for i, (p_own, anchor) in enumerate(zip(self.gap_probabilities,
                                                (self.readout[1], self.readout[2]), strict=True)):
            gap_rings.add(Circle(radius=0.16, color=theme.highlight, stroke_width=4)
                          .move_to(insets[i][1].c2p(*data.X[weakest])))
            note = MathTex(rf"\text{{ringed: }} P(y \mid x) = {p_own:.3f}",
                           font_size=SIZES.formula_small, color=theme.highlight)
            note.next_to(anchor, DOWN, buff=0.08).align_to(insets[i], LEFT)
            gap_notes.add(note)
        self.gap_rings, self.gap_notes = gap_rings, gap_notes
        with self.beat("After ten thousand steps the plain run's curve still ends rising, "
                       "{settled} while the penalised one went flat long ago. {plain} At the "
                       "point nearest the boundary the plain run is all but certain; {soft} "
                       "the penalised one keeps some doubt: a more modest, more sensible "
                       "probability.") as b:
            self.play(Indicate(tips[0], color=colours[0]), Indicate(inset_labels[0]))
            b.wait_until("settled")
            self.play(Indicate(tips[1], color=colours[1]), Indicate(inset_labels[1]))
            b.wait_until("plain")
            self.play(Create(gap_rings[0]), FadeIn(gap_notes[0]), run_time=0.8)
            b.wait_until("soft")
            self.play(Create(gap_rings[1]), FadeIn(gap_notes[1]), run_time=0.8)


# ---------------------------------------------------------------------------------------------


class NinetyNinePercentAccuracyCatchesNothing(LectureScene):
    """Always answering "no" on rare positives: 99 % accuracy, zero recall, zero precision."""

    def construct(self) -> None:
        theme = self.theme
        data, metrics = imbalance_baseline()
        self.metrics = metrics
        n, n_pos = len(data.y), int(data.y.sum())
        heading = self.heading("The imbalance trap")

        # Left: every email as a dot in a grid, in a seeded shuffled order.
        order = np.random.default_rng(GRID_SEED).permutation(n)
        spacing = 0.41
        dots = VGroup()
        for cell, index in enumerate(order):
            row, col = divmod(cell, GRID_SIDE)
            dot = Dot([col * spacing, -row * spacing, 0], radius=0.13,
                      color=theme.class1 if data.y[index] else theme.class0)
            dots.add(dot)
        dots.move_to([-4.15, 0.1, 0])
        positives = VGroup(*[dots[c] for c, i in enumerate(order) if data.y[i]])
        negatives = VGroup(*[dots[c] for c, i in enumerate(order) if not data.y[i]])
        caption = Text(f"{n} emails, {n_pos} spam", font_size=SIZES.body, color=theme.text)
        caption.next_to(dots, UP, buff=0.35)
        backdrop = RoundedRectangle(corner_radius=0.15, width=dots.width + 0.4,
                                    height=dots.height + 0.4, stroke_width=0,
                                    fill_color=theme.field_low, fill_opacity=0.9).move_to(dots)
        # In the body's size (as the caption above), from the backdrop's left edge: centred,
        # it would run past the frame's title-safe left edge.
        said = Text('the model says \u201cnot spam\u201d to all', font_size=SIZES.body,
                    color=theme.text).next_to(backdrop, DOWN, buff=0.25).align_to(backdrop, LEFT)
        missed = SurroundingRectangle(positives, color=theme.bad, buff=0.1, stroke_width=5)
        self.missed = missed

        # Right: accuracy, confusion counts, recall and precision.
        accuracy = MathTex(r"\text{accuracy} = ", rf"{100 * metrics.accuracy:.0f}\,\%",
                           font_size=SIZES.formula_large, color=theme.text)
        accuracy[1].set_color(theme.good)
        accuracy.move_to([3.1, 2.85, 0])
        self.accuracy = accuracy
        table, cells = self.confusion_table(metrics)
        table.move_to([3.15, 1.0, 0])
        self.cells = cells
        # At the formula size: the fractions' digits read at 480p.
        # TP, FN, FP in the table's face (sans), not maths italics: one name, one look.
        recall = MathTex(r"= \dfrac{\textsf{TP}}{\textsf{TP} + \textsf{FN}} = ",
                         rf"\dfrac{{{metrics.tp}}}{{{metrics.tp + metrics.fn}}}",
                         rf"= {100 * metrics.recall:.0f}\,\%", font_size=SIZES.formula,
                         color=theme.text)
        precision = MathTex(r"= \dfrac{\textsf{TP}}{\textsf{TP} + \textsf{FP}} = ",
                            rf"\dfrac{{{metrics.tp}}}{{{metrics.tp + metrics.fp}}}",
                            font_size=SIZES.formula, color=theme.text)
        recall_row = VGroup(Text("recall", font_size=SIZES.body, color=theme.text),
                            recall).arrange(RIGHT, buff=0.15)
        precision_row = VGroup(Text("precision", font_size=SIZES.body, color=theme.text),
                               precision).arrange(RIGHT, buff=0.15)
        rates = VGroup(recall_row, precision_row).arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        rates.next_to(table, DOWN, buff=0.2).align_to(table, LEFT)
        recall[2].set_color(theme.bad)
        self.rates = (recall, precision)
        self.rate_names = (recall_row[0], precision_row[0])
        # The fraction above has no value: say so, and what is reported in its place (core's
        # number).
        nothing = MathTex(rf"\text{{undefined, reported as }}{100 * metrics.precision:.0f}"
                          r"\,\%", font_size=SIZES.formula,
                          color=theme.bad).next_to(precision_row, DOWN, buff=0.12).align_to(
            precision_row, LEFT)
        self.nothing = nothing
        takeaway = Text("On rare classes, watch precision and recall, not accuracy.",
                        font_size=SIZES.body, color=theme.highlight)
        FOOTER.place(takeaway)
        self.takeaway = takeaway

        # Alone on screen, the inbox stands in the middle of the frame; it moves to its place on
        # the left when the model's answers come (everything was placed beside it there).
        inbox = VGroup(dots, caption)
        inbox_home = inbox.get_center()
        inbox.set_x(0.0)
        # Step: the data
        with self.beat("Suppose only one email in a hundred is spam. Here are a hundred "
                       "emails, {orange} and the orange one is the spam.") as b:
            self.play(FadeIn(heading), FadeIn(dots, lag_ratio=0.01), FadeIn(caption),
                      run_time=1.2)
            b.wait_until("orange")
            # A ring that stays while the spam is named (the pulse alone is over by then).
            spotted = VGroup(*[Circle(radius=d.width / 2 + 0.08, color=theme.highlight,
                                      stroke_width=4).move_to(d) for d in positives])
            self.play(Indicate(positives, color=theme.highlight, scale_factor=1.6),
                      Create(spotted))
        self.spam_ring = spotted

        # Step: the lazy model
        with self.beat("A lazy model answers not spam to every email. {right} It is right "
                       "ninety-nine times out of a hundred, which sounds superb.") as b:
            self.play(inbox.animate.move_to(inbox_home), FadeOut(spotted), run_time=0.8)
            self.play(FadeIn(backdrop), FadeIn(said), run_time=0.8)
            self.bring_to_front(dots)
            b.wait_until("right")
            self.play(Write(accuracy))

        # Step: the confusion counts
        with self.beat("Sort the answers into a table. {missed} The one spam was missed, "
                       "{passed} the ninety-nine others were correctly passed, and {flagged} "
                       "nothing at all was flagged.") as b:
            self.play(FadeIn(table[0]), run_time=1)
            for group, key, mark in ((positives, "fn", "missed"), (negatives, "tn", "passed")):
                b.wait_until(mark)
                flying = group.copy()
                extra = [Create(missed)] if key == "fn" else []
                # The count appears on the word, as the dots fly into its cell.
                self.play(flying.animate.scale(0.3).move_to(cells[key]),
                          FadeIn(cells[key], scale=1.5), *extra, run_time=0.8)
                self.play(FadeOut(flying, scale=0.5), run_time=0.3)
            b.wait_until("flagged")
            self.play(FadeIn(cells["tp"]), FadeIn(cells["fp"]))

        # Step: recall and precision
        with self.beat("Recall asks how much of the real spam we caught: none of it. "
                       "{precision} Precision asks how much of what we flagged was spam. "
                       "{nothing} We flagged nothing, so it is zero over zero: undefined, and "
                       "reported as zero.") as b:
            self.play(Write(recall_row))
            b.wait_until("precision")
            self.play(FadeIn(precision_row, shift=0.2 * UP), run_time=0.8)
            b.wait_until("nothing")
            self.play(FadeIn(nothing, shift=0.2 * UP), run_time=0.8)

        # Step: the lesson
        # The flattering score is lit first; the takeaway comes on the words it says.
        with self.beat("So on rare classes, accuracy flatters a useless model. {watch} Watch "
                       "precision and recall instead: recall is zero, and precision has no value "
                       "at all.") as b:
            flatters = SurroundingRectangle(accuracy, color=theme.highlight, buff=0.15,
                                            stroke_width=4)
            self.flatters = flatters
            self.play(Indicate(accuracy, color=theme.highlight, scale_factor=1.1),
                      Create(flatters), run_time=1.0)
            b.wait_until("watch")
            self.play(FadeIn(takeaway, shift=0.2 * UP), FadeOut(flatters), run_time=0.6)
            self.play(Indicate(VGroup(recall[2], nothing), color=theme.bad))

        self.caption = caption
        self.positives = positives
        self.class_weighting(order, dots, said, backdrop)

    def class_weighting(self, order: np.ndarray, dots: VGroup, said: Text,
                        backdrop: RoundedRectangle) -> None:
        """The remedy: refit with the spam up-weighted; it is flagged, and recall rises."""
        theme = self.theme
        fit = class_weighted_fit(C=IMBALANCE_C)
        self.weighted_fit = fit
        m = fit.weighted
        flagged_cells = [c for c, i in enumerate(order) if i in set(fit.flagged_weighted)]
        refit = MathTex(rf"\text{{refit: the spam}} \times {fit.weight:g}",
                        font_size=SIZES.formula, color=theme.highlight).move_to(said)
        accuracy = MathTex(r"\text{accuracy} = ", rf"{100 * m.accuracy:.0f}\,\%",
                           font_size=SIZES.formula_large, color=theme.text).move_to(
            self.accuracy, aligned_edge=LEFT)
        # What it was before the refit, beside the new score (the "dip").
        was = MathTex(rf"\text{{was }}{100 * self.metrics.accuracy:.0f}\,\%",
                      font_size=SIZES.formula, color=theme.text)
        was.next_to(accuracy, RIGHT, buff=0.25).align_to(accuracy, DOWN)
        overflow = was.get_right()[0] - SAFE.right
        if overflow > 0:  # the pair stays inside the title-safe edge
            VGroup(accuracy, was).shift((overflow + 0.05) * LEFT)
        self.accuracy_was = was
        new_cells = {key: MathTex(str(getattr(m, key)), font_size=SIZES.formula_large,
                                  color=self.cells[key].get_color()).move_to(self.cells[key])
                     for key in ("tp", "fn", "fp", "tn")}
        new_cells["tp"].set_color(theme.good)
        new_cells["fn"].set_color(theme.good)  # none missed: no longer the bad cell
        self.weighted_cells = new_cells
        recall, precision = self.rates
        # The refit's counts (the definitions were read on the plain fit's), each beside what
        # it was before the refit: the trade reads side by side, like the accuracy's.
        new_recall = MathTex(r"= ", rf"\dfrac{{{m.tp}}}{{{m.tp + m.fn}}}",
                             rf"= {100 * m.recall:.0f}\,\%", font_size=SIZES.formula,
                             color=theme.text).move_to(recall, aligned_edge=LEFT)
        new_recall[2].set_color(theme.good)
        new_precision = MathTex(r"= ", rf"\dfrac{{{m.tp}}}{{{m.tp + m.fp}}}",
                                rf"= {100 * m.precision:.0f}\,\%", font_size=SIZES.formula,
                                color=theme.text).move_to(precision, aligned_edge=LEFT)
        before = self.metrics
        rates_was = (
            MathTex(rf"\text{{was }}{100 * before.recall:.0f}\,\%",
                    font_size=SIZES.formula, color=theme.text),
            # The plain fit flagged nothing: its precision had no value, zero over zero.
            MathTex(r"\text{was } \dfrac{0}{0}" if before.tp + before.fp == 0
                    else rf"\text{{was }}{100 * before.precision:.0f}\,\%",
                    font_size=SIZES.formula, color=theme.text))
        for was_rate, rate in zip(rates_was, (new_recall, new_precision), strict=True):
            was_rate.next_to(rate, RIGHT, buff=0.4)
        self.weighted_rates = (new_recall, new_precision)
        self.rates_was = rates_was
        n_flagged = len(fit.flagged_weighted)
        # The emails placed by their two features, in the grid's square: the boundary of the
        # refit sweeps in from where the plain fit put it (outside the data: it flagged
        # nothing) to the weighted fit's, taking in the spam and its nearest neighbours.
        X = fit.dataset.X
        pad = 0.35
        lo, hi = X.min(axis=0) - pad, X.max(axis=0) + pad
        # Far enough up and right that the plain fit's boundary (past every email) cuts the
        # top-right corner of the box: it is seen there, then seen moving in.
        w = fit.theta_plain[1:]
        reach = (1.0 - fit.theta_plain[0]) / float(w.sum())
        hi = np.maximum(hi, reach)
        side = float(max(hi - lo))
        box = tuple((float(a), float(a) + side) for a in lo)
        # Larger than the grid it replaces (into the gap at its right, and down: its top
        # stays under the caption), so the emails nearest the refit's boundary stand clear
        # of it.
        plot = plane_axes(theme, box, backdrop.width + FEATURE_PLOT_GROWTH, ticks=False).move_to(
            backdrop).shift(0.35 * RIGHT + 0.12 * DOWN
                            + (FEATURE_PLOT_GROWTH - 0.6) / 2 * (RIGHT + DOWN))
        plot_frame = Rectangle(width=plot.width, height=plot.height, color=theme.muted,
                               stroke_width=2).move_to(plot)
        plot_names = VGroup(
            # Beside the frame's bottom right corner (the refit's caption goes under it).
            MathTex("x_1", font_size=SIZES.formula, color=theme.muted).next_to(
                plot_frame, RIGHT, buff=0.1).align_to(plot_frame, DOWN),
            MathTex("x_2", font_size=SIZES.formula, color=theme.muted).next_to(
                plot_frame, LEFT, buff=0.1).align_to(plot_frame, UP))
        self.feature_plot = plot
        mix = ValueTracker(0.0)
        self.boundary_mix = mix

        def theta_now() -> np.ndarray:
            t = mix.get_value()
            return (1 - t) * fit.theta_plain + t * fit.theta_weighted

        # What the boundary on screen decides, read as it moves: its counts and scores (core's
        # metrics of its predictions), live while it sweeps in.
        X_bias = np.column_stack([np.ones(len(fit.dataset.y)), X])

        def live_metrics():  # noqa: ANN202
            flagged_now = (X_bias @ theta_now() > 0).astype(int)
            return classification_metrics(fit.dataset.y, flagged_now)

        self.live_metrics = live_metrics
        boundary = BoundaryLine(plot, theta_now, theme, with_normal=False)
        # A thinner line than usual: the emails nearest it stay clearly on one side.
        boundary.line.set_stroke(width=LINE_STROKE)
        self.weighted_boundary = boundary
        # The weight is shown as soon as it is named, where the lazy model's caption was; it
        # moves under the feature plot with the emails.
        refit_place = refit.copy().next_to(plot_frame, DOWN, buff=0.15).set_x(
            plot_frame.get_x()).get_center()
        self.refit = refit
        # Until the refit, the caption names the plain fit the picture shows.
        plain = MathTex(r"\text{plain fit: every email} \times 1",
                        font_size=SIZES.formula, color=theme.text).move_to(refit_place)
        refit.move_to(refit_place)
        self.plain_caption = plain
        # The remedy named: the spam's dot swells, its weight written where the lazy model's
        # caption was.
        remedy = MathTex(rf"\text{{remedy: weight the spam}} \times {fit.weight:g}",
                         font_size=SIZES.formula, color=theme.highlight).move_to(said)
        self.remedy = remedy
        spam = self.positives
        # Step: the remedy, class weighting
        with self.beat("The remedy is to weight the rare class. {features} Place each email "
                       "by its two features: {plain} a plain fit puts its boundary out in the "
                       "corner, past every email.") as b:
            self.play(FadeOut(said, shift=0.2 * UP), FadeIn(remedy, shift=0.2 * UP),
                      FadeOut(self.missed), spam.animate.scale(SPAM_SWELL), run_time=1.0)
            self.play(Indicate(remedy, color=theme.highlight, scale_factor=1.1), run_time=0.8)
            b.wait_until("features")
            # Each email's dot travels from its grid cell to its two features; the spam's
            # stays larger than the rest, so it is found in the scatter.
            self.play(FadeOut(backdrop), FadeOut(remedy),
                      FadeOut(self.takeaway), Create(plot_frame), FadeIn(plot_names),
                      # The caption steps up clear of the plot's (larger) frame.
                      self.caption.animate.next_to(plot_frame, UP, buff=0.2),
                      *[dots[c].animate.scale(
                          SCATTER_SPAM / SPAM_SWELL if fit.dataset.y[i] else SCATTER_DOT
                      ).move_to(plot.c2p(*X[i])) for c, i in enumerate(order)], run_time=1.5)
            b.wait_until("plain")
            self.add(boundary)
            self.bring_to_front(dots)
            self.play(FadeIn(boundary), FadeIn(plain, shift=0.2 * UP), run_time=0.8)
            self.play(Indicate(boundary.line, color=theme.highlight, scale_factor=1.0),
                      run_time=0.8)
        with self.beat("{refit} Now refit, counting the spam email "
                       f"{fit.weight:g} times in the loss. {{flags}} As the boundary moves in, "
                       "the counts and all three scores follow it: the model now flags "
                       f"{n_flagged} emails, the spam among them. {{counts}} One spam caught, "
                       f"none missed, {m.fp} false alarms.") as b:
            b.wait_until("refit")
            # The spam's weight seen on the scatter: its dot swells while the refit sweeps in.
            self.play(FadeOut(plain, shift=0.2 * UP), FadeIn(refit, shift=0.2 * UP),
                      spam.animate.scale(SPAM_SWELL), run_time=0.8)
            b.wait_until("flags")
            # The counts and scores stay on screen and change as the boundary sweeps in, on
            # the words that say they follow it (the plain fit's are the sweep's first values:
            # the counts are the same digits in place; the scores take the refit's form).
            live = self.live_readouts(new_cells, accuracy, new_recall, new_precision)
            self.live = live
            old_scores = (self.accuracy, recall, precision, self.nothing)
            for key in new_cells:
                self.remove(self.cells[key])
            self.add(*live["cells"])
            self.play(*[FadeOut(score) for score in old_scores],
                      *[FadeIn(mob) for mob in live["scores"]], run_time=0.5)
            self.play(mix.animate.set_value(1.0), run_time=2.6, rate_func=linear)
            self.play(spam.animate.scale(1 / SPAM_SWELL), run_time=0.4)
            boundary.clear_updaters()
            # Settled: the sweep's last values are the refit's, kept as they stand.
            self.remove(*live["cells"], *live["scores"])
            self.add(*new_cells.values(), accuracy, new_recall, new_precision)
            # A ring round each flagged email: small dots and thin rings hugging them, so that
            # four neighbours stay four and no ring reaches the boundary.
            flags = VGroup(*[Circle(radius=dots[c].width / 2 + FLAG_RING, color=theme.highlight,
                                    stroke_width=FLAG_STROKE).move_to(dots[c])
                             for c in flagged_cells])
            self.flags = flags
            # The table follows the flags at once; the old model's scores leave with its counts
            # (no number on screen describes a model that is gone), and the new ones come on
            # their words, each beside what it was.
            self.play(Create(flags, lag_ratio=0.2), run_time=1.0)
            b.wait_until("counts")
            self.play(Indicate(VGroup(new_cells["tp"], new_cells["fn"], new_cells["fp"]),
                               color=theme.highlight), run_time=0.8)
        # Each score, already read off the sweep, is lit on its words beside what it was.
        with self.beat(f"Accuracy dips to {100 * m.accuracy:.0f} percent, {{recall}} yet recall "
                       f"rises to {100 * m.recall:.0f} percent {{precision}} and precision is "
                       f"one in {n_flagged}: a worse score for a far more useful model.") as b:
            self.play(Indicate(accuracy[1], color=theme.highlight), FadeIn(was), run_time=0.8)
            b.wait_until("recall")
            self.play(Indicate(new_recall[2], color=theme.highlight), FadeIn(rates_was[0]),
                      run_time=0.8)
            b.wait_until("precision")
            # Part by part (a new group of its parts would be pulled out of the formula).
            self.play(*[Indicate(part, color=theme.highlight) for part in new_precision[1:]],
                      FadeIn(rates_was[1]), run_time=0.8)
            # The scene ends on its lesson, under the rates that carry it.
            lesson = Text("a worse score, a better model:\njudge by precision and recall",
                          font_size=SIZES.body, color=theme.highlight)
            lesson.next_to(new_precision, DOWN, buff=0.25).align_to(self.rate_names[0], LEFT)
            self.final_lesson = lesson
            self.play(FadeIn(lesson, shift=0.2 * UP), run_time=0.6)

    def live_readouts(self, cells: dict[str, MathTex], accuracy: MathTex, recall: MathTex,
                      precision: MathTex) -> dict[str, list[VMobject]]:
        """The four counts and three scores of the boundary on screen, redrawn every frame
        where the refit's (``cells``, ``accuracy``, ``recall``, ``precision``) will stand."""
        theme = self.theme

        def count(key: str) -> VMobject:
            def draw() -> MathTex:
                value = getattr(self.live_metrics(), key)
                colour = theme.text
                if key == "tp" and value:
                    colour = theme.good
                elif key == "fn":
                    colour = theme.bad if value else theme.good
                return MathTex(str(value), font_size=SIZES.formula_large,
                               color=colour).move_to(cells[key])
            return always_redraw(draw)

        def score(build, place: MathTex) -> VMobject:  # noqa: ANN001
            return always_redraw(lambda: build(self.live_metrics()).move_to(
                place, aligned_edge=LEFT))

        def accuracy_now(m) -> MathTex:  # noqa: ANN001
            return MathTex(r"\text{accuracy} = ", rf"{100 * m.accuracy:.0f}\,\%",
                           font_size=SIZES.formula_large, color=theme.text)

        def recall_now(m) -> MathTex:  # noqa: ANN001
            shown = MathTex(r"= ", rf"\dfrac{{{m.tp}}}{{{m.tp + m.fn}}}",
                            rf"= {100 * m.recall:.0f}\,\%", font_size=SIZES.formula,
                            color=theme.text)
            shown[2].set_color(theme.good if m.tp else theme.bad)
            return shown

        def precision_now(m) -> MathTex:  # noqa: ANN001
            if m.tp + m.fp == 0:  # nothing flagged: zero over zero, no value
                return MathTex(r"= ", r"\dfrac{0}{0}", font_size=SIZES.formula,
                               color=theme.text)
            return MathTex(r"= ", rf"\dfrac{{{m.tp}}}{{{m.tp + m.fp}}}",
                           rf"= {100 * m.precision:.0f}\,\%", font_size=SIZES.formula,
                           color=theme.text)

        self.score_builders = (accuracy_now, recall_now, precision_now)
        return {"cells": [count(key) for key in cells],
                "scores": [score(accuracy_now, accuracy), score(recall_now, recall),
                           score(precision_now, precision)]}

    def confusion_table(self, metrics) -> tuple[VGroup, dict[str, MathTex]]:  # noqa: ANN001
        """A 2 x 2 grid of counts: rows are the truth, columns the prediction."""
        theme = self.theme
        w, h = 1.9, 0.9
        frame = VGroup()
        cells: dict[str, MathTex] = {}
        names = {(0, 0): ("tp", "TP"), (0, 1): ("fn", "FN"), (1, 0): ("fp", "FP"),
                 (1, 1): ("tn", "TN")}
        for (r, c), (key, tag) in names.items():
            box = Rectangle(width=w, height=h, color=theme.muted, stroke_width=2)
            box.move_to([c * w, -r * h, 0])
            label = Text(tag, font_size=SIZES.body, color=theme.text)
            # Padded off the cell's top and left edges (not jammed into the corner).
            label.next_to(box.get_corner(UL), RIGHT + DOWN, buff=0.16)
            frame.add(box, label)
            value = getattr(metrics, key)
            # Large: the counts are what the table is read for (the missed one in red).
            count = MathTex(str(value), font_size=SIZES.formula_large,
                            color=theme.bad if key == "fn" else theme.text).move_to(box)
            # Right of the padded corner label, clear of it.
            count.shift(0.1 * DOWN + 0.3 * RIGHT)
            cells[key] = count
        heads = VGroup(
            Text("said\nspam", font_size=SIZES.body, color=theme.text).next_to(
                frame[0], UP, buff=0.12),
            Text("said\nnot spam", font_size=SIZES.body, color=theme.text).next_to(
                frame[2], UP, buff=0.12),
            Text("spam", font_size=SIZES.body, color=theme.class1).next_to(
                frame[0], LEFT, buff=0.15),
            Text("not spam", font_size=SIZES.body, color=theme.class0).next_to(
                frame[4], LEFT, buff=0.15),
        )
        frame.add(heads)
        group = VGroup(frame, *cells.values())
        return group, cells


# ---------------------------------------------------------------------------------------------


def curved_boundary(axes: Axes, theta: np.ndarray, theme: Theme) -> VMobject:
    """The zero set of core's quadratic score inside the axes' box, as one or more curves."""
    (x0, x1), (y0, y1) = axes_box(axes)
    curve = ImplicitFunction(lambda a, b: float(quadratic_score(theta, [[a, b]])[0]),
                             x_range=[x0, x1], y_range=[y0, y1], color=theme.boundary,
                             stroke_width=5)
    return curve.apply_function(lambda p: axes.c2p(p[0], p[1]))


class QuadraticFeaturesBendTheBoundary(LectureScene):
    """XOR and rings: a straight cut fails on raw features and succeeds on quadratic ones."""

    #: The data sets shown, in order (a subclass can show fewer).
    datasets: tuple[str, ...] = ("xor", "rings")

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Curved classes need curved features")
        panels = []
        for x in (-3.5, 3.5):
            axes = plane_axes(theme, CURVED_BOX, 4.4, ticks=False).move_to([x, -0.35, 0])
            frame = Rectangle(width=axes.width, height=axes.height, color=theme.muted,
                              stroke_width=2).move_to(axes)
            panels.append((axes, frame))
        self.panels = [a for a, _ in panels]
        # Both panels are the (x1, x2) plane: the five-feature cut is drawn back in it.
        names = [VGroup(
            MathTex("x_1", font_size=SIZES.formula, color=theme.text).next_to(
                frame, RIGHT, buff=0.1).align_to(frame, DOWN),
            MathTex("x_2", font_size=SIZES.formula, color=theme.text).next_to(
                frame, LEFT, buff=0.1).align_to(frame, UP)) for _, frame in panels]
        self.axis_names = names
        titles = VGroup(
            VGroup(Text("raw features", font_size=SIZES.body, color=theme.text),
                   MathTex(r"(x_1,\ x_2)", font_size=SIZES.formula_large, color=theme.text)),
            VGroup(Text("plus quadratic features", font_size=SIZES.body, color=theme.text),
                   # The squares first, side by side, then the product: the order in which
                   # the words name them, so no gap waits in the tuple for a later glyph.
                   # Large: its squares' exponents must read at 480p.
                   MathTex(r"(x_1,\ x_2", r",\ x_1^2", r",\ x_2^2", r",\ x_1 x_2", ")",
                           font_size=SIZES.formula_large, color=theme.text)),
        )
        for title, (_, frame) in zip(titles, panels, strict=True):
            title.arrange(DOWN, buff=0.08).next_to(frame, UP, buff=0.12)
        self.shown: dict[str, dict[str, object]] = {}

        def fits(name: str) -> dict[str, object]:
            comp = feature_comparison(name)
            data = comp.dataset
            raw_axes, quad_axes = self.panels
            raw_field = ProbabilityField(raw_axes, lambda: comp.theta_raw, theme,
                                         shape=(72, 72))
            raw_line = BoundaryLine(raw_axes, lambda: comp.theta_raw, theme, with_normal=False)
            raw_field.clear_updaters()
            raw_line.clear_updaters()
            quad_field = QuadraticField(quad_axes, comp.theta_quadratic, theme)
            quad_curve = curved_boundary(quad_axes, comp.theta_quadratic, theme)
            accs = []
            for acc, (_, frame) in zip((comp.accuracy_raw, comp.accuracy_quadratic), panels,
                                       strict=True):
                good = acc >= 0.9
                # As a percentage, like the imbalance scene's accuracy.
                label = MathTex(rf"\text{{accuracy}} = {100 * acc:.0f}\,\%",
                                font_size=SIZES.formula_small,
                                color=theme.good if good else theme.highlight)
                accs.append(label.next_to(frame, DOWN, buff=0.12))
            parts = {
                "comparison": comp,
                "raw": Group(raw_field, raw_line),
                "quad": Group(quad_field, quad_curve),
                "raw_dots": point_cloud(raw_axes, data.X, data.y, theme),
                "quad_dots": point_cloud(quad_axes, data.X, data.y, theme),
                "raw_acc": accs[0],
                "quad_acc": accs[1],
            }
            self.shown[name] = parts
            return parts

        first, *rest = self.datasets
        xor = fits(first)
        # Which colour is which class, for the whole scene: in the heading's row, at its right.
        key = legend(theme)
        HEADING.place(key, RIGHT)
        key.set_y(heading.get_y())
        self.key = key
        labels = xor["comparison"].dataset.y
        by_class = [VGroup(*[d for d, c in zip(xor["raw_dots"], labels, strict=True) if c == k])
                    for k in (0, 1)]
        self.xor_by_class = by_class
        # Alone, the raw panel stands in the middle of the frame; it steps left when the
        # second panel comes.
        raw_panel = Group(panels[0][1], panels[0][0], titles[0], xor["raw"], xor["raw_dots"],
                          xor["raw_acc"], names[0])
        raw_home = raw_panel.get_x()
        raw_panel.set_x(0.0)
        # Step: the XOR data
        # Each class stands out, with its key entry, on the words that name it: the other
        # class dims while it is named.
        with self.beat("Now the tangled cases. In XOR, {one} class one fills two opposite "
                       "corners {zero} and class zero the other two.") as b:
            self.play(FadeIn(heading), Create(panels[0][1]), FadeIn(panels[0][0]),
                      FadeIn(titles[0]), FadeIn(names[0]),
                      FadeIn(xor["raw_dots"], lag_ratio=0.02),
                      FadeIn(key), run_time=1)
            for k, mark in ((1, "one"), (0, "zero")):
                b.wait_until(mark)
                # Dot by dot: each dot is on screen inside the cloud, a class group is not.
                self.play(*[d.animate.set_opacity(NAMED_OTHER) for d in by_class[1 - k]],
                          *[d.animate.set_opacity(1.0) for d in by_class[k]],
                          key[1 - k].animate.set_opacity(NAMED_OTHER),
                          key[k].animate.set_opacity(1.0), run_time=0.6)
                # Dot by dot, so each grows in place (the class's corners stay put).
                self.play(*[Indicate(d, color=theme.highlight, scale_factor=1.5)
                            for d in by_class[k]], run_time=1.0)

        # Step: the straight cut fails
        with self.beat("Fitted on the raw features, the straight cut is helpless: {half} it "
                       "gets about half of the points right, no better than a coin.") as b:
            self.play(*[d.animate.set_opacity(1.0) for d in by_class[1]],
                      key[1].animate.set_opacity(1.0), FadeIn(xor["raw"]), run_time=1.2)
            self.bring_to_front(xor["raw_dots"])
            b.wait_until("half")
            self.play(FadeIn(xor["raw_acc"], shift=0.2 * UP))

        # Step: quadratic features
        # The new features are written on the words that name them.
        features = titles[1][1]
        squares, product = VGroup(features[1], features[2]), features[3]
        # The closing bracket follows the last feature written so far, and ends in place.
        close = features[4]
        close_x = close.get_x()
        gap = close.get_left()[0] - product.get_right()[0]

        def after(piece: VMobject) -> float:
            return piece.get_right()[0] + gap + close.width / 2

        close.set_x(after(features[0]))
        with self.beat("So feed the model three more features: {squares} the two squares "
                       "{product} and the product of x one and x two, {fit} five features in "
                       "all.") as b:
            self.play(raw_panel.animate.set_x(raw_home), run_time=0.8)
            # The same points come into the second panel with it: the features are added to
            # these very points.
            # Its title waits for the first quadratic feature: until then the tuple holds
            # the raw features only.
            self.play(Create(panels[1][1]), FadeIn(panels[1][0]),
                      FadeIn(features[0]), FadeIn(features[4]), FadeIn(names[1]),
                      TransformFromCopy(xor["raw_dots"], xor["quad_dots"]), run_time=1.0)
            b.wait_until("squares")
            # In place, no slide: a sliding glyph would cross its neighbours in the tuple.
            # The bracket makes room first, so it never slides across a glyph.
            # Each new feature comes in lit, and stays lit while its words are spoken (the
            # tuple then shows at a glance which features are there so far).
            self.play(close.animate.set_x(after(features[2])), run_time=0.3)
            squares.set_color(theme.highlight)
            self.play(FadeIn(squares), FadeIn(titles[1][0]), run_time=0.5)
            b.wait_until("product")
            self.play(close.animate.set_x(close_x), squares.animate.set_color(theme.text),
                      run_time=0.3)
            product.set_color(theme.highlight)
            self.play(FadeIn(product), run_time=0.5)
            # The five features are lit together on "five features"; the fit itself comes
            # with the next sentence, which names it.
            b.wait_until("fit")
            self.play(product.animate.set_color(theme.text), run_time=0.3)
            self.play(Indicate(features[:4], color=theme.highlight, scale_factor=1.1),
                      run_time=0.8)

        # Step: the curved fit succeeds
        # The boundary bends on its word: its shading, then the curve drawn round the corners.
        # The fitted weights, in the gutter between the panels (core's fit; theta_5 on x1 x2,
        # as the cut is written out later): nearly all of it on the product, and finite (the
        # fit carries a small L2 penalty: the lifted data are separable).
        theta = xor["comparison"].theta_quadratic
        # core's order is (1, x1, x2, x1^2, x1 x2, x2^2); the scene names them theta_0..theta_5
        # in the tuple's order (1, x1, x2, x1^2, x2^2, x1 x2).
        shown_order = (0, 1, 2, 3, 5, 4)
        named = theta[list(shown_order)]
        self.fitted_weights = named
        others = float(np.max(np.abs(named[:5])))
        # Narrow and centred: the gutter between the panels is 2.6 units wide.
        weights = VGroup(
            Text("fitted weights", font_size=SIZES.label, color=theme.text),
            MathTex(r"\theta_5 = " + f"{named[5]:.2f}", font_size=SIZES.formula_small,
                    color=theme.highlight),
            MathTex(r"\text{on } x_1 x_2", font_size=SIZES.formula_small, color=theme.highlight),
            Text("the other five:", font_size=SIZES.label, color=theme.text),
            MathTex(r"|\theta_j| \le " + f"{others:.2f}", font_size=SIZES.formula_small,
                    color=theme.text),
            Text("kept finite by", font_size=SIZES.label, color=theme.curve),
            MathTex(rf"\lambda = {xor['comparison'].l2:g}", font_size=SIZES.formula_small,
                    color=theme.curve),
        ).arrange(DOWN, buff=0.15)
        weights[3:].shift(0.2 * DOWN)
        weights[5:].shift(0.2 * DOWN)
        weights.move_to([0.0, panels[1][1].get_y(), 0])
        self.weights_note = weights
        xor["weights"] = weights
        with self.beat("Fit the same straight cut on all five, {bends} and the boundary bends "
                       "around the corners: {side} every point lands on its own side. "
                       "{weights} Nearly all the weight sits on the product x one x two, and "
                       "{finite} a small penalty keeps it finite, as before.") as b:
            # The fit's field comes as the fit is named, with the straight cut of the raw
            # features copied into the same place of this panel; on its word, that straight
            # line bends into the five-feature boundary.
            raw_axes, quad_axes = self.panels
            straight = xor["raw"][1].line.copy().shift(quad_axes.c2p(0, 0) - raw_axes.c2p(0, 0))
            # Strokes only (the common line is drawn with an opacity of 1 for its fill too,
            # unseen while it is straight; bending, it would fill in).
            straight.set_fill(opacity=0)
            self.straight_start = straight.copy()
            self.add(xor["quad"][0])
            self.bring_to_front(xor["quad_dots"])
            self.play(FadeIn(xor["quad"][0]), TransformFromCopy(xor["raw"][1].line, straight),
                      run_time=0.8)
            self.bring_to_front(xor["quad_dots"])
            b.wait_until("bends")
            # Each half of the line bends into one branch of the curve (a whole line morphed
            # into a two-branch curve would smear between the branches).
            curve = xor["quad"][1]
            branches = [VMobject().set_points(path).match_style(curve)
                        for path in curve.get_subpaths()]
            ends = straight.get_start(), straight.get_end()
            middle = (ends[0] + ends[1]) / 2
            halves = [Line(ends[0], middle), Line(middle, ends[1])]
            for half in halves:
                half.match_style(straight)
            # Each half to the branch nearest it (the first branch takes the nearer half).
            if len(branches) == 2 and (
                    np.linalg.norm(halves[0].get_center() - branches[1].get_center())
                    < np.linalg.norm(halves[0].get_center() - branches[0].get_center())):
                halves.reverse()
            self.remove(straight)
            self.add(*halves[:len(branches)])
            self.play(*[ReplacementTransform(half, branch)
                        for half, branch in zip(halves, branches, strict=False)],
                      run_time=max(min(b.time_until("side") - 0.1, 1.6), 0.8))
            self.remove(*branches)
            self.add(curve)
            self.bring_to_front(xor["quad_dots"])
            b.wait_until("side")
            self.play(FadeIn(xor["quad_acc"], shift=0.2 * UP))
            b.wait_until("weights")
            first, second, third = weights[:3], weights[3:5], weights[5:]
            self.play(FadeIn(first, shift=0.2 * LEFT), Indicate(product, scale_factor=1.2),
                      run_time=0.8)
            self.play(FadeIn(second, shift=0.2 * LEFT), run_time=0.6)
            b.wait_until("finite")
            self.play(FadeIn(third, shift=0.2 * LEFT), run_time=0.6)
            # On screen as one group from here (it leaves as one).
            self.remove(first, second, third)
            self.add(weights)

        previous = xor
        for name in rest:
            parts = fits(name)
            # Step: the bullseye of chapter 2
            raw_percent = 100 * parts["comparison"].accuracy_raw
            with self.beat("The bullseye from chapter two falls to the same trick: {raw} a "
                           f"straight cut gets only {raw_percent:.0f} percent of it right, "
                           "{ring} but the squares let the boundary close into a ring.") as b:
                old = [previous[k] for k in ("raw", "quad", "raw_dots", "quad_dots", "raw_acc",
                                             "quad_acc", "weights") if k in previous]
                # The new data go into both panels at once: neither stands empty.
                self.play(*[FadeOut(m) for m in old], run_time=0.8)
                self.play(FadeIn(parts["raw_dots"]), FadeIn(parts["quad_dots"]), run_time=1.2)
                # The straight cut comes on the words that name it, with its score.
                b.wait_until("raw")
                #: When each later data set's straight cut came on (scene seconds).
                self.raw_cut_at = {**getattr(self, "raw_cut_at", {}), name: self.renderer.time}
                self.add(parts["raw"])
                self.bring_to_front(parts["raw_dots"])
                self.play(FadeIn(parts["raw"]), FadeIn(parts["raw_acc"], shift=0.2 * UP),
                          run_time=0.8)
                b.wait_until("ring")
                self.play(FadeIn(parts["quad"][0]), run_time=1)
                self.bring_to_front(parts["quad_dots"])
                # The ring's accuracy comes in as the ring closes, so both read together.
                self.play(Create(parts["quad"][1]), FadeIn(parts["quad_acc"], shift=0.2 * UP),
                          run_time=1.2)
                self.bring_to_front(parts["quad_dots"])
            previous = parts

        # Step: what it means
        takeaway = Text("Still a straight cut, only in richer features.", font_size=SIZES.label,
                        color=theme.highlight)
        FOOTER.place(takeaway)
        self.takeaway = takeaway
        kernel, network = self.connections()
        self.kernel, self.network = kernel, network
        raw_side = [panels[0][1], panels[0][0], titles[0], names[0],
                    *[previous[k] for k in ("raw", "raw_dots", "raw_acc")]]
        if self.weights_note in self.mobjects:  # XOR alone: its weights leave with the raw side
            raw_side.append(self.weights_note)
        # The curved boundary written out: a straight cut (a weighted sum set to zero) in the
        # five features, each feature term lit.
        cut = MathTex(r"\theta_0", r"+ \theta_1", r"x_1", r"+ \theta_2", r"x_2", r"+ \theta_3",
                      r"x_1^2", r"+ \theta_4", r"x_2^2", r"+ \theta_5", r"x_1 x_2", r"= 0",
                      font_size=SIZES.formula, color=theme.text)
        cut_lines = VGroup(VGroup(*cut[:5]), VGroup(*cut[5:])).arrange(
            DOWN, aligned_edge=LEFT, buff=0.25)
        cut_lines[1].shift(0.4 * RIGHT)
        cut_name = Text("the curve on the right, written out:", font_size=SIZES.label,
                        color=theme.text)
        cut_note = Text("a weighted sum of the five features:\nlinear in them",
                        font_size=SIZES.label, color=theme.text)
        linear_cut = VGroup(cut_name, cut_lines, cut_note).arrange(DOWN, aligned_edge=LEFT,
                                                                    buff=0.35)
        linear_cut.move_to(panels[0][1])
        self.linear_cut = cut
        feature_terms = VGroup(*[cut[k] for k in (2, 4, 6, 8, 10)])
        with self.beat("The model is still linear, only in richer features. Choose them well "
                       "and logistic regression is strong; {kernel} a kernel supplies such "
                       "features without writing them out, {network} and a neural network "
                       "learns them.") as b:
            # The raw panel has made its point: its place goes to the fitted curve written as
            # a straight cut, then to the two other ways to richer features.
            self.play(*[FadeOut(m) for m in raw_side], run_time=0.5)
            self.play(FadeIn(linear_cut, shift=0.2 * UP), FadeIn(takeaway, shift=0.2 * UP),
                      run_time=0.8)
            self.play(Indicate(feature_terms, color=theme.highlight, scale_factor=1.15),
                      run_time=1.0)
            b.wait_until("kernel")
            self.play(FadeOut(linear_cut), run_time=0.4)
            self.play(FadeIn(kernel[0]), Write(kernel[1]), run_time=1.0)
            self.play(FadeIn(kernel[2:], shift=0.2 * UP), run_time=0.8)
            b.wait_until("network")
            self.play(FadeIn(network[0]), Create(network[1]), FadeIn(network[2]), run_time=1.0)
            self.play(FadeIn(network[3:], shift=0.2 * UP), run_time=0.6)

    def connections(self) -> tuple[VGroup, VGroup]:
        """Two ways to richer features, for the raw panel's place: the quadratic kernel,
        which is the inner product of the quadratic features without building them, and a
        small network whose hidden layer is features it learns."""
        theme = self.theme
        kernel = VGroup(
            Text("a kernel", font_size=SIZES.label, color=theme.highlight),
            MathTex(r"k(x, z) = (1 + x^{T} z)^2 = \phi(x)^{T} \phi(z)",
                    font_size=SIZES.formula, color=theme.text),
            MathTex(r"\phi(x) = (1,\ \sqrt2\, x_1,\ \sqrt2\, x_2,",
                    font_size=SIZES.formula, color=theme.text),
            MathTex(r"x_1^2,\ x_2^2,\ \sqrt2\, x_1 x_2)", font_size=SIZES.formula,
                    color=theme.text),
            Text("the quadratic features, never built", font_size=SIZES.label,
                 color=theme.text),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.14)
        kernel[3].shift(0.9 * RIGHT)
        # A 2-3-1 network: inputs, a hidden layer (the learned features), the sigmoid output.
        # Drawn large, with full-strength links: it is the beat's picture when it is named.
        columns = ((0.0, (0.4, -0.4)), (1.7, (0.6, 0.0, -0.6)), (3.4, (0.0,)))
        nodes = [[Circle(radius=NODE_RADIUS, color=theme.text, stroke_width=4).move_to([x, y, 0])
                  for y in ys] for x, ys in columns]
        for node in nodes[1]:
            node.set_stroke(theme.highlight)
        links = VGroup(*[Line(a.get_center(), b.get_center(), buff=NODE_RADIUS,
                              color=theme.text, stroke_width=3)
                         for left, right in zip(nodes[:-1], nodes[1:], strict=True)
                         for a in left for b in right])
        names = VGroup(
            *[MathTex(tex, font_size=SIZES.formula_large, color=theme.text).next_to(
                node, LEFT, buff=0.3) for tex, node in zip(("x_1", "x_2"), nodes[0],
                                                            strict=True)],
            # The output is the sigmoid, g in this lecture's notation.
            MathTex("g", font_size=SIZES.formula_large, color=theme.text).next_to(
                nodes[2][0], RIGHT, buff=0.3))
        # At its title's size (one level of naming), so it ends well clear of the footer.
        learned = Text("hidden layer: learned features", font_size=SIZES.label,
                       color=theme.highlight)
        diagram = VGroup(links, VGroup(*[n for column in nodes for n in column]), names)
        title = Text("a neural network", font_size=SIZES.label, color=theme.highlight)
        # Under the hidden column it names (clear of the output g and the inputs).
        learned.next_to(VGroup(*nodes[1]), DOWN, buff=0.1)
        network = VGroup(title, links, VGroup(*[n for column in nodes for n in column]),
                         names, learned)
        title.next_to(diagram, UP, buff=0.2).align_to(diagram, LEFT)
        VGroup(kernel, network).arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        left, _ = self.panels
        # A little above the panel's middle: room under it for the footer.
        VGroup(kernel, network).move_to(left).align_to([SAFE.left, 0, 0], LEFT).shift(0.2 * UP)
        return kernel, network


# ---------------------------------------------------------------------------------------------

#: The 3-D picture: the floor's box (data units), its side on screen, and scene units per unit
#: of height (one scale for both lifts, so the saddle and the bowl compare).
LIFT_BOX = ((-3.6, 3.6), (-3.6, 3.6))
LIFT_SIDE = 6.0
Z_SCALE = 0.22
#: The height axis of each lift (the saddle's points reach about +-6, the ring's about 13).
Z_RANGES = {"xor": (-8.0, 8.0, 8.0), "rings": (0.0, 12.0, 12.0)}
#: How far right of the frame's centre each lift's floor sits (the text column is on the
#: left; seen from the top it sits up and to the right), and the tilted camera's zoom on each:
#: large, in the middle of the frame.
XOR_SHIFT = 1.65
XOR_ZOOM = 1.1
RINGS_SHIFT = 1.9
#: The camera: tilted view, and the view straight down (degrees).
TILT = (62.0, -72.0)
#: The saddle's camera: it looks along the diagonal x1 = x2, so the two blue quadrants are
#: near and far and the two orange ones sit left and right, where hanging down reads at once
#: (seen from the side, a far corner's drop would be confused with a near one's rise). High
#: enough (50 degrees off vertical) that the near lobe, rising towards the camera, is seen
#: from above, not edge-on.
XOR_TILT = (50.0, -142.0)
#: How far the saddle's picture sits away from the camera (scene units, along the floor).
XOR_AWAY = 1.2
#: How far the camera turns (degrees of azimuth) while the lifted points settle, and how long.
SWING = 14.0
SWING_TIME = 2.4
TOP = (0.0, -90.0)
#: The bowl's camera (tilt phi, azimuth; degrees): low, nearly side-on, so the bowl's height
#: reads at once: the ring rides high on the wall, a band over the low disc (seen from above,
#: the near wall would project over the disc, and no height would show), and its zoom.
RINGS_TILT = (76.0, TILT[1])
RINGS_ZOOM = 1.1
#: The opacity of the drop lines under the level sheet (the sheet lies over them).
UNDER_SHEET = 0.15
#: How much a side's dots swell while the words name it.
NAMED_SWELL = 1.6
#: The opacity of the points under the level sheet: dimmed, yet seen through it.
UNDER_DOT = 0.7
#: The camera's zoom seen from the top: the whole floor below the heading.
TOP_ZOOM = 0.8
#: The floor's grid lines (one per unit of the data box), and the drop lines from each lifted
#: point down to its foot, a small mark on the floor: together they show how high each point
#: stands above (or hangs below) its own spot on the floor.
GRID_STEP = 1.0
DROP_WIDTH = 2.5
DROP_OPACITY = 0.85
#: The bowl's drop lines are fainter: the ring's tall ones would veil the low disc behind them.
BOWL_DROP_OPACITY = 0.35
FOOT_RADIUS = 0.04
#: The level sheet's fill: faint, so the points and the surface read through it.
SHEET_FILL = 0.14
#: How far above its level the sheet appears before it settles onto it (units of height).
SHEET_RAISE = 3.0


def put_underneath(mob: VMobject, depth_point: np.ndarray) -> VMobject:
    """``mob`` sorted by the 3-D camera as if it stood at ``depth_point`` (far below the
    floor: painted before every surface, under them)."""
    mob.shade_in_3d = True
    mob.get_z_index_reference_point = lambda: depth_point
    return mob


def _screen_right(theta_deg: float) -> np.ndarray:
    """The world direction that the camera at azimuth ``theta_deg`` shows as screen-right."""
    angle = np.radians(theta_deg + 90.0)
    return np.array([np.cos(angle), np.sin(angle), 0.0])


class LiftingMakesTheCutFlat(LectureScene, ThreeDScene):
    """XOR and the rings lifted into 3-D: a flat sheet splits them, its cut drops to a curve."""

    def construct(self) -> None:
        theme = self.theme
        self.cuts = {name: lifted_cut(name) for name in ("xor", "rings")}
        self.set_camera_orientation(phi=XOR_TILT[0] * DEGREES, theta=XOR_TILT[1] * DEGREES,
                                    zoom=XOR_ZOOM)
        heading = self.heading("Lift the points, cut them flat")
        self.add_fixed_in_frame_mobjects(heading)
        self.remove(heading)
        self.notes: dict[str, VGroup] = {}
        with self.beat("Why does a straight cut in more features come out curved? {lift} "
                       "Lift the XOR points into a third dimension, at height x one times x "
                       "two.") as b:
            self.play(Write(heading), run_time=1)
            parts = self.lift_part("xor", b)
        self.xor_parts = parts
        with self.beat("{blue} Blue points, whose two coordinates share a sign, rise above "
                       "the floor; {orange} orange points, with opposite signs, sink below "
                       "it, and both of their corners, left and right, hang down.") as b:
            # Each class's drop lines stand out on its word and stay so: up for one class,
            # down for the other.
            for k, mark in enumerate(("blue", "orange")):
                b.wait_until(mark)
                self.play(parts["drops"][k].animate.set_stroke(width=3.5, opacity=1.0),
                          Indicate(parts["dots"][k], color=theme.highlight, scale_factor=1.3),
                          run_time=0.8)
        self.cut_and_drop("xor", parts,
                          "{sheet} Now one flat, level sheet splits them: every blue point "
                          "above it, every orange point below.",
                          "The sheet meets the saddle along a curve. {drop} Take the sheet "
                          "away: it sits at almost zero height, so that curve already lies "
                          "on the floor; {top} seen from above it is a boundary in the plane: "
                          "{shape} a hyperbola so close to level zero that it hugs the two axes.")
        # Step: clear for the rings
        old = [m for m in self.mobjects if m is not heading]
        self.play(*[FadeOut(m) for m in old], run_time=0.6)
        self.move_camera(phi=RINGS_TILT[0] * DEGREES, theta=RINGS_TILT[1] * DEGREES,
                         zoom=RINGS_ZOOM, run_time=1.2)
        with self.beat("The rings get a lift of their own: {lift} height x one squared plus "
                       "x two squared, a bowl. The inner disc stays low, the outer ring climbs "
                       "the wall.") as b:
            parts = self.lift_part("rings", b)
        self.rings_parts = parts
        self.cut_and_drop("rings", parts,
                          "{sheet} Again one level sheet splits them: {above} the ring above "
                          "it, {below} the disc below.",
                          "The sheet cuts the bowl in a circle. {drop} Drop that circle to "
                          "the floor, {top} and turn to look straight down: {shape} from "
                          "above, it is the round boundary of chapter two's bullseye.")
        takeaway = Text("A flat cut in the lifted space is a curve in the plane.",
                        font_size=SIZES.label, color=theme.highlight)
        FOOTER.place(takeaway)
        self.takeaway = takeaway
        # Every lift at once: the height is a weighted sum of the quadratic features; the
        # saddle and the bowl are two choices of its weights.
        general = MathTex(r"z = \theta_0 + \theta_1 x_1 + \theta_2 x_2", r"+ \theta_3 x_1^2",
                          r"+ \theta_4 x_2^2", r"+ \theta_5 x_1 x_2",
                          font_size=SIZES.formula, color=theme.text)
        choices = VGroup(
            MathTex(r"\text{saddle: } \theta_5 = 1,\ \text{the rest } 0",
                    font_size=SIZES.formula_small, color=theme.text),
            MathTex(r"\text{bowl: } \theta_3 = \theta_4 = 1,\ \text{the rest } 0",
                    font_size=SIZES.formula_small, color=theme.text))
        choices.arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        # On two lines, so that it stays in the left column, clear of the top view.
        general_lines = VGroup(general[0], VGroup(*general[1:])).arrange(
            DOWN, aligned_edge=LEFT, buff=0.2)
        general_lines[1].shift(0.4 * RIGHT)
        lifts = VGroup(Text("every lift at once:", font_size=SIZES.label, color=theme.text),
                       general_lines, choices).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        # In the lift formula's place: the general height replaces the bowl's.
        lifts.align_to(parts["formula"], UP).align_to(parts["formula"], LEFT)
        self.lifts, self.general_lift = lifts, general
        with self.beat("So a flat cut in the lifted space is a curve in the plane. {lift} "
                       "Quadratic features give the model every such lift at once.") as b:
            self.add_fixed_in_frame_mobjects(takeaway)
            self.remove(takeaway)
            self.play(FadeIn(takeaway, shift=0.2 * UP))
            b.wait_until("lift")
            # The rings' own notes make room; the general lift takes the left column.
            self.add_fixed_in_frame_mobjects(lifts)
            self.remove(lifts)
            self.play(FadeOut(self.notes["rings"]), FadeOut(parts["formula"]),
                      FadeIn(lifts, shift=0.2 * UP), run_time=0.8)
            self.play(Indicate(general[1:3], color=theme.highlight),
                      Indicate(general[3], color=theme.highlight), run_time=1.0)

    def axes_for(self, name: str) -> ThreeDAxes:
        """Axes with the floor's box and one height scale; the rings' floor sits lower."""
        z_range = list(Z_RANGES[name])
        axes = ThreeDAxes(x_range=[*LIFT_BOX[0], 1], y_range=[*LIFT_BOX[1], 1],
                          z_range=z_range, x_length=LIFT_SIDE, y_length=LIFT_SIDE,
                          z_length=Z_SCALE * (z_range[1] - z_range[0]), tips=False,
                          axis_config={"color": self.theme.muted, "stroke_width": 1.5,
                                       "include_ticks": False})
        # Moved along the tilted camera's screen-right (the camera keeps looking at the
        # origin: moving its frame centre would move the fixed texts too).
        if name == "rings":
            return axes.shift(-axes.c2p(0, 0, 0) + RINGS_SHIFT * _screen_right(RINGS_TILT[1])
                              - 1.0 * OUT)
        # The saddle's camera looks along the diagonal: moved right on screen alone, its floor
        # would leave the frame's box below; part of the move goes away from the camera (up
        # the screen), and the height drops by as much on screen.
        theta = np.radians(XOR_TILT[1] + SWING / 2)
        away = -np.array([np.cos(theta), np.sin(theta), 0.0])
        return axes.shift(-axes.c2p(0, 0, 0) + XOR_SHIFT * _screen_right(np.degrees(theta))
                          + XOR_AWAY * away - 0.29 * OUT)

    def lift_part(self, name: str, b) -> dict[str, object]:  # noqa: ANN001
        """Floor, points on it, then the points rising to their heights with the surface."""
        theme = self.theme
        cut = self.cuts[name]
        data = cut.dataset
        axes = self.axes_for(name)
        floor = Polygon(*[axes.c2p(x, y, 0) for x, y in
                          ((LIFT_BOX[0][0], LIFT_BOX[1][0]), (LIFT_BOX[0][1], LIFT_BOX[1][0]),
                           (LIFT_BOX[0][1], LIFT_BOX[1][1]), (LIFT_BOX[0][0], LIFT_BOX[1][1]))],
                        stroke_color=theme.muted, stroke_width=2, fill_color=theme.field_mid,
                        fill_opacity=0.25)
        # A grid on the floor: the floor reads as a plane in depth, under the lifted points.
        ticks = np.arange(np.ceil(LIFT_BOX[0][0]), LIFT_BOX[0][1] + 1e-9, GRID_STEP)
        (x0, x1), (y0, y1) = LIFT_BOX
        grid = VGroup(*[Line(axes.c2p(t, y0, 0), axes.c2p(t, y1, 0)) for t in ticks],
                      *[Line(axes.c2p(x0, t, 0), axes.c2p(x1, t, 0)) for t in ticks])
        grid.set_stroke(color=theme.muted, width=1, opacity=0.35)
        # Drawn under the lifted surface, not over it: the 3-D camera paints flat mobjects
        # last, and the floor's fill would veil every part of the surface seen against it
        # (the saddle's near lobe, rising towards the camera). As a 3-D mobject whose depth is
        # taken far below it, the floor's fill is painted first, from any camera (its faint
        # grid lines stay on top).
        put_underneath(floor, axes.c2p(0, 0, -100))
        floor = VGroup(floor, grid)
        colours = (theme.class0, theme.class1)
        dots = VGroup(*[VGroup(*[Dot(axes.c2p(*x, 0), radius=DOT_RADIUS, color=colours[k],
                                     stroke_width=1.5, stroke_color=theme.background)
                                 for x in data.X[data.y == k]]) for k in (0, 1)])
        self.add_fixed_orientation_mobjects(*dots[0], *dots[1])
        self.remove(*dots[0], *dots[1])
        surface = self.lift_surface(name, axes)
        formula = MathTex(r"z = x_1 x_2" if name == "xor" else r"z = x_1^2 + x_2^2",
                          font_size=SIZES.formula, color=theme.text)
        formula.to_corner(UL, buff=0.4).shift(1.05 * DOWN)
        self.add_fixed_in_frame_mobjects(formula)
        self.remove(formula)
        # The axes' names just past their far ends (outside the floor, so clear of every
        # point and of the surface), always facing the camera, in full-strength text. The
        # height has no name on its axis (it would sit on the surface): the formula names it.
        top = Z_RANGES[name][1]
        # How far past the floor's edge: the saddle's axes run away from the camera (their
        # names sit well out, off the edge's line); the bowl's x2 stays title-safe
        # (the bowl's x2 left of the floor, towards its back: off the bowl, clear of the
        # heading, and outside the floor's box once seen from the top).
        past = (0.9, 0.0, 0.9) if name == "xor" else (0.55, LIFT_BOX[0][0] - 0.9, -5.6)
        names = VGroup(*[MathTex(tex, font_size=SIZES.formula, color=theme.text)
                         .move_to(point) for tex, point in (
                             ("x_1", axes.c2p(LIFT_BOX[0][1] + past[0], 0, 0)),
                             ("x_2", axes.c2p(past[1], LIFT_BOX[1][1] + past[2], 0)),
                             # Above the highest lifted points, not among them.
                             ("z", axes.c2p(0, 0, top) + 0.9 * OUT))])
        self.add_fixed_orientation_mobjects(*names)
        self.remove(*names)
        self.axis_names = names
        shown = [names[0], names[1]]
        self.play(Create(floor), Create(VGroup(axes.x_axis, axes.y_axis)),
                  *[FadeIn(m) for m in shown], FadeIn(dots), run_time=1.2)
        b.wait_until("lift")
        self.play(FadeIn(formula, shift=0.2 * DOWN), Create(axes.z_axis), run_time=0.8)
        rises = [dot.animate.move_to(axes.c2p(*x, z))
                 for k in (0, 1)
                 for dot, x, z in zip(dots[k], data.X[data.y == k], cut.heights[data.y == k],
                                      strict=True)]
        self.play(*rises, FadeIn(surface), run_time=1.6)
        # A drop line from each lifted point to its foot on the floor, in its class's colour:
        # above or below reads at once, class by class.
        drops = VGroup(*[VGroup(*[Line(axes.c2p(*x, 0), axes.c2p(*x, z),
                                       stroke_width=DROP_WIDTH, color=colours[k],
                                       stroke_opacity=DROP_OPACITY if name == "xor"
                                       else BOWL_DROP_OPACITY)
                                  for x, z in zip(data.X[data.y == k],
                                                  cut.heights[data.y == k], strict=True)])
                         for k in (0, 1)])
        feet = VGroup(*[Dot(axes.c2p(*x, 0), radius=FOOT_RADIUS, color=colours[k])
                        for k in (0, 1) for x in data.X[data.y == k]])
        self.add(feet, drops, *dots[0], *dots[1])
        if name == "xor":
            # A slow turn of the camera while the drop lines grow: the saddle reads as curved.
            self.move_camera(theta=(XOR_TILT[1] + SWING) * DEGREES,
                             added_anims=[Create(drops), FadeIn(feet)],
                             run_time=SWING_TIME, rate_func=linear)
        else:
            self.play(Create(drops), FadeIn(feet), run_time=0.6)
        return {"axes": axes, "floor": floor, "dots": dots, "surface": surface,
                "formula": formula, "drops": drops, "feet": feet, "names": names}

    def lift_surface(self, name: str, axes: ThreeDAxes) -> Surface:
        """The lift's surface on the disc it covers, shaded by height (the low side in class
        1's colour, the high side in class 0's): a saddle whose rim rises and falls twice
        around the disc, or a bowl."""
        theme = self.theme
        lift = "product" if name == "xor" else "radius"
        low, high = Z_RANGES[name][:2]
        # The saddle on the floor's inscribed disc (its heights stay within the axis); the
        # bowl up to the top of its axis.
        radius = LIFT_BOX[0][1] if name == "xor" else float(np.sqrt(high))

        def point(u: float, v: float) -> np.ndarray:
            x, y = u * np.cos(v), u * np.sin(v)
            return axes.c2p(x, y, float(lift_height([[x, y]], lift)[0]))

        resolution = (6, 24) if name == "xor" else (4, 12)
        surface = Surface(point, u_range=[0.0, radius], v_range=[0.0, 2 * np.pi],
                          resolution=resolution, fill_color=theme.muted, fill_opacity=0.3,
                          checkerboard_colors=False)
        # Height ramp: class 1's colour at the bottom, the field's middle tone halfway,
        # class 0's colour at the top of the axis.
        surface.set_fill_by_value(axes, [(theme.class1, low), (theme.field_mid, (low + high) / 2),
                                         (theme.class0, high)])
        # The saddle a little more solid than the bowl: its near lobe, seen against the floor,
        # reads as a lobe (the bowl stands against the background).
        surface.set_fill(opacity=0.45 if name == "xor" else 0.3)
        surface.set_stroke(color=theme.muted, width=0.8 if name == "xor" else 0.5,
                           opacity=0.7 if name == "xor" else 0.5)
        return surface

    def cut_and_drop(self, name: str, parts: dict[str, object], sheet_words: str,
                     drop_words: str) -> None:
        """The level sheet, its trace on the surface, the trace dropped to the floor, and the
        camera turning to look straight down while the points settle back on the floor."""
        theme = self.theme
        cut = self.cuts[name]
        axes, dots = parts["axes"], parts["dots"]
        (x0, x1), (y0, y1) = LIFT_BOX
        sheet = Polygon(*[axes.c2p(x, y, cut.level) for x, y in
                          ((x0, y0), (x1, y0), (x1, y1), (x0, y1))],
                        stroke_color=theme.highlight, stroke_width=3, fill_color=theme.highlight,
                        fill_opacity=SHEET_FILL)
        # The points under the sheet, and their drop lines, shaded: the sheet lies over them.
        under = [dot for dot in (*dots[0], *dots[1])
                 if axes.p2c(dot.get_center())[2] < cut.level]
        under_drops = [line for line in (*parts["drops"][0], *parts["drops"][1])
                       if axes.p2c(line.get_end())[2] < cut.level]
        self.under_drops = under_drops
        box = (LIFT_BOX[0], LIFT_BOX[1])
        traces, dropped = VGroup(), VGroup()
        for points in level_curve(cut.lift, cut.level, *box):
            for group, height in ((traces, cut.level), (dropped, 0.0)):
                curve = VMobject(stroke_color=theme.boundary, stroke_width=6)
                curve.set_points_as_corners([axes.c2p(x, y, height) for x, y in points])
                group.add(curve)
        level = MathTex(r"\text{sheet: } z = ", f"{cut.level:.2f}", font_size=SIZES.formula,
                        color=theme.text)
        accuracy = MathTex(rf"\text{{accuracy}} = {100 * cut.accuracy:.0f}\,\%",
                           font_size=SIZES.formula, color=theme.good)
        curve_tex = MathTex(rf"x_1 x_2 = {cut.level:.2f}" if name == "xor"
                            else rf"x_1^2 + x_2^2 = {cut.level:.2f}",
                            font_size=SIZES.formula, color=theme.boundary)
        # The fitted XOR level is all but zero: its hyperbola hugs the two axes.
        # In the body's size, on two lines so the column stays narrow.
        shape = Text("the two axes:\na hyperbola's limit" if name == "xor" else "a circle",
                     font_size=SIZES.body, line_spacing=0.9, color=theme.text)
        notes = VGroup(level, accuracy, curve_tex, shape).arrange(DOWN, aligned_edge=LEFT,
                                                                 buff=0.3)
        notes.next_to(parts["formula"], DOWN, buff=0.45).align_to(parts["formula"], LEFT)
        self.add_fixed_in_frame_mobjects(*notes)
        self.remove(*notes)
        self.notes[name] = notes
        if not hasattr(self, "sheet_order"):
            self.sheet_order = {}
        above = [dot for dot in (*dots[0], *dots[1]) if dot not in under]
        with self.beat(sheet_words) as b:
            b.wait_until("sheet")
            # The sheet comes in at the lift's oblique tilt, so above and below are seen: it
            # appears above its level and settles onto it (the XOR sheet lies all but on the
            # floor: seen moving, it reads as a sheet of its own, not the floor recoloured).
            raise_by = axes.c2p(0, 0, SHEET_RAISE) - axes.c2p(0, 0, 0)
            sheet.shift(raise_by)
            appear = [FadeIn(level),
                      *[dot.animate.set_opacity(UNDER_DOT) for dot in under],
                      *[line.animate.set_stroke(opacity=UNDER_SHEET) for line in under_drops]]
            # The floor's axis names stay drawn over the sheet (never hidden under it).
            self.add(sheet)
            self.add(*[m for m in parts["names"] if m in self.mobjects])
            self.play(FadeIn(sheet), run_time=0.5)
            self.play(sheet.animate.shift(-raise_by), *appear, run_time=1.0)
            #: Per lift, the draw order once the sheet is in: the sheet's, then its names'.
            self.sheet_order[name] = (self.mobjects.index(sheet),
                                      [self.mobjects.index(m) for m in parts["names"]
                                       if m in self.mobjects])
            # What stands above the sheet is drawn over it.
            self.add(*[line for line in (*parts["drops"][0], *parts["drops"][1])
                       if line not in under_drops], *above)
            self.play(FadeIn(accuracy, shift=0.2 * UP), run_time=0.6)
            # Each side stands out on the words that name it, and stays so until the other
            # side is named: its dots swell (the points under the sheet stay dimmed, as the
            # sheet lies over them).
            lit: list = []
            for mark, side in (("above", above), ("below", under)):
                if "{" + mark + "}" in sheet_words:
                    b.wait_until(mark)
                    back = [dot.animate.scale(1 / NAMED_SWELL) for dot in lit]
                    if lit is under:
                        back = [dot.animate.scale(1 / NAMED_SWELL).set_opacity(UNDER_DOT)
                                for dot in lit]
                    # The points under the sheet swell but stay dimmed: still read as below it.
                    strength = UNDER_DOT if side is under else 1.0
                    self.play(*back, *[dot.animate.scale(NAMED_SWELL).set_opacity(strength)
                                       for dot in side], run_time=0.6)
                    lit = side
                    if side is under:
                        #: How strong the points under the sheet are drawn while named.
                        self.named_below = [dot.get_fill_opacity() for dot in under]
            self.lit_side = lit
        with self.beat(drop_words) as b:
            if self.lit_side:
                # The side last named settles back with the rest.
                self.play(*[dot.animate.scale(1 / NAMED_SWELL) for dot in self.lit_side],
                          run_time=0.4)
            self.play(Create(traces), run_time=1.2)
            b.wait_until("drop")
            # The cut itself moves down: one curve on screen at a time, never two.
            self.play(ReplacementTransform(traces, dropped), FadeOut(sheet), run_time=1.5)
            b.wait_until("top")
            # The points settle back at full strength, and the curve's equation comes in
            # with the turn, so it reads while the top view is being named.
            settle = [dot.animate.move_to(axes.c2p(*axes.p2c(dot.get_center())[:2], 0))
                      .set_opacity(1.0) for dot in (*dots[0], *dots[1])]
            z_name = [FadeOut(parts["names"][2])] if parts["names"][2] in self.mobjects else []
            # Seen from the top, x2 names the vertical axis outside the floor, left of its
            # upper part, as in the flat panels of the scenes before (the bowl's x2 sat off
            # to the side in 3-D, clear of the bowl; the floor's top comes near the top of
            # the frame, and its top left corner near the heading). The saddle's x2 already
            # sits past its axis's top end.
            x2_name = parts["names"][1]
            x2_top = axes.c2p(LIFT_BOX[0][0] - 0.55, LIFT_BOX[1][1] - 1.0, 0)
            if name == "rings" and x2_name in self.mobjects:
                z_name.append(x2_name.animate.move_to(x2_top))
            elif name == "rings":
                x2_name.move_to(x2_top)
            # A name not yet shown comes in with the top view.
            z_name += [FadeIn(m) for m in parts["names"][:2] if m not in self.mobjects]
            self.move_camera(phi=TOP[0] * DEGREES, theta=TOP[1] * DEGREES, zoom=TOP_ZOOM,
                             added_anims=[*settle, FadeOut(parts["surface"]),
                                          FadeOut(axes.z_axis), *z_name,
                                          FadeOut(parts["drops"]), FadeOut(parts["feet"]),
                                          FadeIn(curve_tex)],
                             run_time=1.6)
            # What the curve is, on the words that name it.
            b.wait_until("shape")
            self.play(FadeIn(shape, shift=0.2 * UP), run_time=0.6)
        parts["dropped"] = dropped


#: The lesson's summary: concept, formula (TeX) and what it means, in this course's words.
SUMMARY_ROWS: tuple[tuple[str, str, str, str], ...] = (
    # On one line, not as a fraction: the exponents stay at script size, readable at 480p.
    ("Sigmoid", r"g(z) = 1 \big/ \left(1 + e^{-z}\right)",
     "maps every real score into $(0, 1)$",
     "The sigmoid takes any score at all and squeezes it between zero and one."),
    ("Hypothesis", r"h(x) = g(\theta^{T}x) = P(y{=}1 \mid x)",
     "how likely the model thinks $y = 1$ is",
     "The hypothesis sends the weighted sum of the features through the sigmoid, and reads "
     "the result as the chance of class one."),
    ("Decision boundary", r"\theta^{T}x = 0",
     "a flat cut through feature space, where $h = 1/2$",
     "The boundary is where the score is zero and the chance is one half: a straight line, "
     "or a flat plane in more dimensions."),
    ("Sigmoid derivative", r"g' = g\,(1 - g)",
     "its slope, computed from its own output",
     "The sigmoid's slope is g times one minus g, so we get it for free from the output."),
    # On two lines: the concept's long word keeps the formula column narrow.
    ("Cross-entropy loss", r"&-\big[y \log h \\ &\quad + (1 - y)\log(1 - h)\big]",
     "maximum likelihood for yes/no labels; bowl-shaped",
     "Cross-entropy is what maximum likelihood hands us for yes-or-no labels, and it is "
     "convex: it has no false bottoms to trap the search."),
    ("Update rule", r"\theta_j := \theta_j + \alpha\,(y - h)\,x_j",
     r"rate $\times$ error $\times$ input, as in LMS: both are GLMs",
     "Its gradient gives the update: rate, times error, times input. The same shape as least "
     "mean squares, for a deep reason: both are generalized linear models."),
    ("Softmax for many classes",
     # exp(...) rather than e to a power: no subscript sits on an exponent, too small at 480p.
     r"&\phi_i = \exp(t_i) \big/ \textstyle\sum_j \exp(t_j) \\ &\nabla_t\,(-\log \phi_y) "
     r"= \phi - e_y",
     "turns $k$ scores into $k$ probabilities",
     "Softmax turns k scores into k probabilities, and its gradient is again prediction minus "
     "target."),
    ("Newton step", r"\theta := \theta - H^{-1}\nabla_\theta \ell",
     "slope over curvature: few steps, $O(d^3)$ each",
     "Newton's method divides the slope by the curvature: a handful of steps, each costing the "
     "cube of the number of weights."),
)
#: Rows per page: the table is split in three so that its pictures and words read at 480p.
ROWS_PER_PAGE = 3
#: The top of a page's rows (under the column headers' rule).
ROWS_TOP = 2.0
#: The one-page cheat sheet at the end: one column of all eight rows, from the top of its
#: rows down to the title-safe bottom; the gap between a name and its formula, and how long
#: it holds still for reading (seconds).
OVERVIEW_GAP = 0.8
OVERVIEW_TOP = 2.6
#: The cheat sheet's bottom: 35 px (0.6 units) above the frame's edge, clear of it.
OVERVIEW_BOTTOM = SAFE.bottom + 0.2
#: How far down its line a row's baseline sits (in lines): room above for scripts.
BASELINE_DROP = 0.7
OVERVIEW_HOLD = 4.0
#: Left edges of the four columns (picture, concept, formula, words) and the wrap widths of
#: the concept and the words (characters).
COLUMNS = (-6.62, -4.25, -1.55, 3.6)
CONCEPT_WRAP = 13
#: The width of the words column (scene units): prose, so maths in it is set as maths.
WORDS_WIDTH = 3.0
#: The small picture at the start of each row: its size in scene units, and the dots' radius.
SKETCH_SIZE = (2.2, 1.6)
SKETCH_DOT = 0.05
#: The opacity of a summary row's words once the next row is being spoken (stepped back, yet
#: still easy to read).
DIMMED = 0.8
#: The feature-plane box of the sketches drawn on the training lab's clouds.
SKETCH_BOX = ((-3.9, 3.9), (-3.2, 3.2))
#: The cross-entropy sketch: theta runs this far either side of the lab's fit, along the
#: direction in which the loss curves most.
BOWL_SPAN = 2.5
#: Steps of the training lab's default run whose boundaries the update-rule sketch shows.
SKETCH_STEPS = (0, 3, 10, 30, 300)


def text_baseline(text: Text) -> float:
    """The baseline of a one-line ``Text`` that starts with a capital: that letter's foot."""
    return float(text[0].get_bottom()[1])


def formula_baseline(formula: MathTex) -> float:
    """The baseline of ``formula``'s first line: a probe, its first line with an upright x
    after it (an x has no descender), is set alike; the first glyph stands as far above or
    below the baseline in both."""
    first_line = formula.tex_string.split(r"\\")[0].replace("&", "")
    probe = MathTex(first_line + r"\mathrm{x}", font_size=formula.font_size)
    glyphs = [m for m in probe.family_members_with_points() if not m.submobjects]
    drop = glyphs[0].get_bottom()[1] - glyphs[-1].get_bottom()[1]
    first = next(m for m in formula.family_members_with_points() if not m.submobjects)
    return float(first.get_bottom()[1] - drop)


class LessonSketches:
    """One small picture per summary row, each drawn from core's numbers with the common
    pieces: the sigmoid, a fitted field, its boundary, the sigmoid's slope, the two
    cross-entropy branches, the boundary moving under the update rule, a softmax field and
    Newton's jumps up the log-likelihood."""

    def __init__(self, theme: Theme):
        self.theme = theme
        self.lab = training_lab_run("default")
        self.softmax = softmax_lab_run()
        self.newton = newton_race_run()
        self.z = np.linspace(-6.0, 6.0, 121)
        self.h = np.linspace(0.02, 0.98, 97)

    def frame(self) -> Rectangle:
        return Rectangle(width=SKETCH_SIZE[0], height=SKETCH_SIZE[1], color=self.theme.muted,
                         stroke_width=1.5)

    def graph_axes(self, x_range: tuple[float, float], y_range: tuple[float, float]) -> Axes:
        return Axes(x_range=[*x_range, x_range[1] - x_range[0]],
                    y_range=[*y_range, y_range[1] - y_range[0]],
                    x_length=SKETCH_SIZE[0] - 0.2, y_length=SKETCH_SIZE[1] - 0.2, tips=False,
                    axis_config={"color": self.theme.muted, "stroke_width": 1,
                                 "include_ticks": False})

    def plane(self) -> Axes:
        axes = plane_axes(self.theme, SKETCH_BOX, SKETCH_SIZE[0], ticks=False)
        axes.stretch_to_fit_height(SKETCH_SIZE[1])
        axes.set_opacity(0)
        return axes

    def dots(self, axes: Axes, X: np.ndarray, y: np.ndarray, n_classes: int = 2) -> VGroup:
        return point_cloud(axes, X, y, self.theme, radius=SKETCH_DOT, n_classes=n_classes)

    def sketch(self, index: int) -> Group:
        """The picture of summary row ``index``, framed."""
        theme = self.theme
        frame = self.frame()
        parts: list = []
        data, run = self.lab.dataset, self.lab.trajectory
        if index == 0:  # the sigmoid
            axes = self.graph_axes((-6.0, 6.0), (0.0, 1.0))
            parts += [axes, polyline(axes, self.z, sigmoid(self.z), theme.curve, width=3)]
        elif index == 3:  # its slope g(1 - g), peaking at 1/4 (the sketch's top)
            axes = self.graph_axes((-6.0, 6.0), (0.0, 0.25))
            parts += [axes, polyline(axes, self.z, sigmoid_derivative(self.z), theme.curve,
                                     width=3)]
        elif index in (1, 2, 5):  # the fit's field, its boundary, the boundary moving
            axes = self.plane()
            final = run.thetas[-1]
            if index == 1:
                parts.append(ProbabilityField(axes, lambda: final, theme,
                                              shape=(24, 36)).clear_updaters())
            steps = SKETCH_STEPS if index == 5 else (len(run.thetas) - 1,) if index == 2 else ()
            for k, step in enumerate(steps):
                line = BoundaryLine(axes, lambda t=run.thetas[step]: t, theme,
                                    with_normal=False)
                line.line.set_stroke(width=2, opacity=0.35 + 0.65 * (k + 1) / len(steps))
                line.clear_updaters()
                parts.append(line.line)  # not its hidden normal arrow: it would skew the box
            parts.append(self.dots(axes, data.X, data.y))
        elif index == 4:  # the cross-entropy of the lab's fit: a bowl through its bottom,
            # along the direction it curves most (the Hessian's top eigenvector, from core)
            final = run.thetas[-1]
            _, directions = np.linalg.eigh(-log_likelihood_hessian(final, data.X, data.y))
            scale = np.linspace(-BOWL_SPAN, BOWL_SPAN, 61)
            costs = np.array([-log_likelihood(final + t * directions[:, -1], data.X, data.y)
                              for t in scale])
            axes = self.graph_axes((-BOWL_SPAN, BOWL_SPAN),
                                   (float(costs.min()), float(costs.max())))
            bottom = int(np.argmin(costs))
            parts += [axes, polyline(axes, scale, costs, theme.loss, width=3),
                      Dot(axes.c2p(scale[bottom], costs[bottom]), radius=0.05,
                          color=theme.highlight)]
        elif index == 6:  # the softmax field: the winning class, as sure as it is
            axes = self.plane()
            winner, sure = softmax_field(self.softmax.trajectory.Thetas[-1], *SKETCH_BOX,
                                         shape=(24, 36))
            parts += [SoftmaxSketch(axes, winner, sure, theme),
                      self.dots(axes, self.softmax.dataset.X, self.softmax.dataset.y, 3)]
        else:  # Newton's iterates jumping up the log-likelihood
            data_1d, race = self.newton
            w = np.linspace(-0.5, 2.5, 61)
            curve = log_likelihood_1d(w, data_1d.X[:, 0], data_1d.y)
            low, high = float(curve.value.min()), float(curve.value.max())
            axes = self.graph_axes((-0.5, 2.5), (low, high + 0.1 * (high - low)))
            parts += [axes, polyline(axes, w, curve.value, theme.loss, width=3)]
            parts += [Dot(axes.c2p(a, v), radius=0.045, color=theme.highlight)
                      for a, v in zip(race.newton[:4], race.newton_value[:4], strict=True)]
        picture = Group(*parts).move_to(frame)
        if index == 4:
            # The bowl is the loss against the weights, not against h: its axis says so.
            name = MathTex(r"\theta", font_size=SIZES.formula_small, color=theme.text)
            name.next_to(frame.get_corner(DR), UL, buff=0.08)
            return Group(frame, picture, name)
        return Group(frame, picture)


class SoftmaxSketch(ImageMobject):
    """A softmax field as one small image: each pixel its winning class's colour, faded toward
    the field's middle tone where the win is narrow (core's ``softmax_field``)."""

    def __init__(self, axes: Axes, winner: np.ndarray, sure: np.ndarray, theme: Theme):
        colours = np.array([ManimColor(c).to_rgb() for c in theme.classes3]) * 255
        base = np.array(ManimColor(theme.field_mid).to_rgb()) * 255
        k = winner.max() + 1
        strength = ((sure - 1 / k) / (1 - 1 / k))[..., None]
        rgb = base + (colours[winner] - base) * 0.6 * strength
        alpha = np.full(sure.shape + (1,), 255 * theme.field_opacity)
        super().__init__(np.concatenate([rgb, alpha], axis=-1).round().astype(np.uint8))
        self.set_resampling_algorithm(RESAMPLING_ALGORITHMS["bilinear"])
        (x0, x1), (y0, y1) = axes_box(axes)
        lower, upper = axes.c2p(x0, y0), axes.c2p(x1, y1)
        self.stretch_to_fit_width(upper[0] - lower[0])
        self.stretch_to_fit_height(upper[1] - lower[1])
        self.move_to((lower + upper) / 2)


class TheWholeLessonInEightRows(LectureScene):
    """The lesson's summary table, built row by row over two pages: a picture, the concept,
    its formula and what it means."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("The whole lesson in eight rows")
        header = VGroup(*[Text(t, font_size=SIZES.body, color=theme.muted)
                          for t in ("Picture", "Concept", "Formula", "In words")])
        for text, x in zip(header, COLUMNS, strict=True):
            text.move_to([x, 2.45, 0], aligned_edge=LEFT)
        for text in header[1:]:
            text.align_to(header[0], UP)  # descenders: line the tops up
        rule = Line([COLUMNS[0], 2.15, 0], [6.6, 2.15, 0], color=theme.muted, stroke_width=2)
        sketches = LessonSketches(theme)
        self.pages: list[Group] = []
        pages = [list(enumerate(SUMMARY_ROWS))[i:i + ROWS_PER_PAGE]
                 for i in range(0, len(SUMMARY_ROWS), ROWS_PER_PAGE)]
        page_tag = None
        for p, rows in enumerate(pages):
            page = Group(*[self.row(sketches.sketch(i), *r[:3]) for i, r in rows])
            # The rows share the page's height evenly, down to the title-safe bottom.
            pitch = (ROWS_TOP - SAFE.bottom) / ROWS_PER_PAGE
            for k, row in enumerate(page):
                row.set_y(ROWS_TOP - (k + 0.5) * pitch)
            self.pages.append(page)
            tag = Text(f"page {p + 1} of {len(pages)}", font_size=SIZES.caption,
                       color=theme.muted).to_corner(UR, buff=0.45)
            if p == 0:
                # Short: the headers come in together, and the first row follows at once.
                with self.beat("Here is the whole lesson, one row at a time."):
                    self.play(FadeIn(heading), FadeIn(tag), Create(rule), run_time=1)
                    self.play(FadeIn(header, shift=0.2 * DOWN, lag_ratio=0.2), run_time=1)
            else:
                self.play(FadeOut(self.pages[p - 1], shift=0.3 * UP), FadeOut(page_tag),
                          FadeIn(tag), run_time=0.8)
            page_tag = tag
            previous = None
            for row, (_, (*_, narration)) in zip(page, rows, strict=True):
                # Step: one row of the table; the row before it steps back
                with self.beat(narration):
                    back = [] if previous is None else [
                        VGroup(*previous[1:]).animate.set_opacity(DIMMED)]
                    self.play(FadeIn(row[0], scale=0.8), FadeIn(row[1], shift=0.2 * RIGHT),
                              *back, run_time=0.8)
                    self.play(Write(row[2]), run_time=1.2)
                    self.play(FadeIn(row[3], shift=0.2 * LEFT), run_time=0.8)
                previous = row
        # The cheat sheet whole: all eight concepts and formulas on one page, one column in
        # the order they were built, each formula at the rows' own size, lined up right of
        # the names. Every line of formula gets the same height (a two-line formula two),
        # from under the heading down to a clear margin above the bottom, and each name
        # sits on the baseline of its formula's first line; the block starts at the
        # heading's left edge.
        overview = VGroup(*[
            VGroup(Text(name, font_size=SIZES.label, color=theme.highlight),
                   MathTex(formula, font_size=SIZES.formula, color=theme.text))
            for name, formula, *_ in SUMMARY_ROWS])
        offset = max(row[0].width for row in overview) + OVERVIEW_GAP
        # A formula of more than one line takes one pitch plus its own extra height (TeX's
        # line spacing) over a one-line formula's.
        one_line = float(np.median([row[1].height for _, formula, *_ in SUMMARY_ROWS
                                    for row in overview if row[1].tex_string == formula
                                    and r"\\" not in formula]))
        extra = [max(row[1].height - one_line, 0.0) if r"\\" in row[1].tex_string else 0.0
                 for row in overview]
        pitch = (OVERVIEW_TOP - OVERVIEW_BOTTOM - sum(extra)) / len(overview)
        top = OVERVIEW_TOP
        for row, more in zip(overview, extra, strict=True):
            name, formula = row
            # The first line's baseline most of the way down its line: the rows' baselines
            # are evenly spaced, whatever their scripts and brackets.
            formula.move_to([offset, 0, 0], aligned_edge=LEFT)
            formula.shift((top - BASELINE_DROP * pitch - formula_baseline(formula)) * UP)
            name.move_to([0, 0, 0], aligned_edge=LEFT)
            name.shift((formula_baseline(formula) - text_baseline(name)) * UP)
            top -= pitch + more
        # The last row ends exactly at the margin (its formula's descenders included).
        overview.shift((OVERVIEW_BOTTOM - overview[-1].get_bottom()[1]) * UP)
        #: Each row's first baseline, as placed (the probes are set with this scene's TeX).
        self.overview_baselines = [formula_baseline(row[1]) for row in overview]
        overview.align_to(heading, LEFT)
        halves = [VGroup(*overview[:ROWS_PER_PAGE]), VGroup(*overview[ROWS_PER_PAGE:])]
        self.overview = overview
        # Step: the whole story, on one page
        with self.beat("{all} From the sigmoid to softmax and Newton's method: the whole "
                       "lesson, on one page.") as b:
            self.play(FadeOut(self.pages[-1]), FadeOut(header), FadeOut(rule),
                      FadeOut(page_tag), run_time=0.6)
            b.wait_until("all")
            self.play(FadeIn(halves[0], lag_ratio=0.15), FadeIn(halves[1], lag_ratio=0.15),
                      run_time=1.6)
            self.play(*[Indicate(row[0], color=theme.good, scale_factor=1.08)
                        for row in overview], lag_ratio=0.1, run_time=2)
            # Held long enough to read the page.
            self.wait(OVERVIEW_HOLD)

    def row(self, sketch: Group, concept: str, formula: str, words: str) -> Group:
        theme = self.theme
        name = wrapped(concept, CONCEPT_WRAP, font_size=SIZES.label, color=theme.highlight)
        # The formula is the row's content: set at the formula size, so that its subscripts
        # and exponents read at 480p.
        tex = MathTex(formula, font_size=SIZES.formula, color=theme.text)
        meaning = prose(words, WORDS_WIDTH, SIZES.formula, theme.text)
        for mob, x in zip((sketch, name, tex, meaning), COLUMNS, strict=True):
            mob.move_to([x, 0, 0], aligned_edge=LEFT)
        return Group(sketch, name, tex, meaning)


# ---------------------------------------------------------------------------------------------

#: The quiz's inbox: a grid of emails (rows, columns), how many are spam, and the seed that
#: places them. Its own numbers, not the scene's hundred, so the viewer computes, not recalls.
QUIZ_GRID = (10, 15)
QUIZ_SPAM = 3
QUIZ_SEED = 5


def quiz_inbox() -> tuple[np.ndarray, object]:
    """The quiz's labels (1 = spam) and core's metrics of the model that says "not spam" to
    every email."""
    n = QUIZ_GRID[0] * QUIZ_GRID[1]
    y = np.zeros(n, dtype=int)
    y[np.random.default_rng(QUIZ_SEED).choice(n, QUIZ_SPAM, replace=False)] = 1
    return y, classification_metrics(y, np.zeros_like(y))


_QUIZ_Y, _QUIZ_METRICS = quiz_inbox()
_QUIZ_N = len(_QUIZ_Y)
_QUIZ_ACC = f"{100 * _QUIZ_METRICS.accuracy:.0f}"
_QUIZ_REC = f"{100 * _QUIZ_METRICS.recall:.0f}"
#: The answer's reason in three steps, each shown as it is said (shown, said): the right
#: answers, the missed spam, and why "recall undefined" is wrong.
QUIZ_REASON_STEPS = (
    (f"Right on all {_QUIZ_METRICS.tn} others: {_QUIZ_ACC}\u00a0% accurate.",
     f"It is right on all {_QUIZ_METRICS.tn} legitimate emails, so {_QUIZ_ACC} percent "
     "accurate,"),
    (f"No spam caught: recall {_QUIZ_REC}\u00a0%.",
     f"but it catches none of the {QUIZ_SPAM} spam: its recall is {_QUIZ_REC} percent."),
    # Stacked fractions, as the imbalance scene writes recall and precision.
    (rf"Recall is $\dfrac{{0}}{{{QUIZ_SPAM}}}$; only precision is $\dfrac{{0}}{{0}}$.",
     f"Recall is zero over {QUIZ_SPAM}, a real number: it is precision that is zero over "
     "zero here."),
)

QUIZ = Quiz(
    question=f"{_QUIZ_N} emails, {QUIZ_SPAM} spam. A model says \u201cnot\u00a0spam\u201d to all: "
             "its accuracy and recall?",
    spoken_question=f"An inbox holds {_QUIZ_N} emails, {QUIZ_SPAM} of them spam. A model "
                    "answers not spam to every one: what are its accuracy and its recall?",
    # Short, one line each, with the number glued to its per cent sign (no "98 / %" break).
    choices=(
        f"Accuracy {_QUIZ_ACC}\u00a0%, recall 100\u00a0%.",
        f"Accuracy {_QUIZ_ACC}\u00a0%, recall {_QUIZ_REC}\u00a0%.",
        f"Accuracy {100 * QUIZ_SPAM / _QUIZ_N:.0f}\u00a0%, recall {_QUIZ_REC}\u00a0%.",
        f"Accuracy {_QUIZ_ACC}\u00a0%, recall undefined.",
    ),
    correct=1,
    reason=" ".join(shown for shown, _ in QUIZ_REASON_STEPS),
    spoken_reason=" ".join(said for _, said in QUIZ_REASON_STEPS),
    applied=True,
)


class WhenItBreaksCheck(QuizScene):
    """Check your understanding: the imbalance trap on a new inbox. The picture is the
    inbox; the answer boxes every spam the lazy model let through."""

    quiz = QUIZ
    reason_steps = QUIZ_REASON_STEPS
    #: The inbox takes this share of the body's width, the card the rest.
    picture_share = 0.34

    def quiz_picture(self) -> VGroup:
        """Every email a dot, the spam in class 1's colour; what the model says, under it."""
        theme = self.theme
        rows, cols = QUIZ_GRID
        spacing = 0.3
        dots = VGroup(*[Dot([(k % cols) * spacing, -(k // cols) * spacing, 0], radius=0.11,
                            color=theme.class1 if label else theme.class0)
                        for k, label in enumerate(_QUIZ_Y)])
        self.quiz_dots = dots
        self.quiz_spam = VGroup(*[d for d, label in zip(dots, _QUIZ_Y, strict=True) if label])
        self.quiz_legit = VGroup(*[d for d, label in zip(dots, _QUIZ_Y, strict=True)
                                   if not label])
        # In the body's size, and no wider than the grid (the picture is scaled to its slot
        # as a whole: a wide label would shrink the grid and itself with it).
        caption = Text(f"{_QUIZ_N} emails, {QUIZ_SPAM} spam", font_size=SIZES.body,
                       color=theme.text).next_to(dots, UP, buff=0.3)
        said = Text("the model says\n\u201cnot spam\u201d to all", font_size=SIZES.body,
                    line_spacing=0.9, color=theme.text).next_to(dots, DOWN, buff=0.3)
        return VGroup(caption, dots, said)

    def quiz_reveal_step(self, i: int) -> None:
        """With each line of the reason: every legitimate email ringed in the colour of a
        right answer; then every spam boxed in red (all of them missed); then the tempting
        choice D, "recall undefined", marked wrong."""
        theme = self.theme
        if i == 0:
            # Thin rings: the grid's dots stay apart (a thick ring would join them into a mesh).
            self.play(*[d.animate.set_stroke(theme.good, width=1.5, opacity=1.0)
                        for d in self.quiz_legit], run_time=0.8)
        elif i == 1:
            missed = VGroup(*[SurroundingRectangle(d, color=theme.bad, buff=0.05,
                                                   stroke_width=4) for d in self.quiz_spam])
            self.quiz_missed = missed
            self.play(Create(missed, lag_ratio=0.2), run_time=0.8)
        else:
            self.play(Indicate(self.quiz_rows[3], color=theme.bad, scale_factor=1.05),
                      run_time=1.0)


SCENES_IN_ORDER = [
    SeparableDataSendsTheWeightsToInfinity,
    NinetyNinePercentAccuracyCatchesNothing,
    QuadraticFeaturesBendTheBoundary,
    LiftingMakesTheCutFlat,
    TheWholeLessonInEightRows,
    WhenItBreaksCheck,
]
