"""Chapter 9: when it breaks. Three failure modes, then the whole lesson on one page.

Perfect separation sends |theta| off without bound (an L2 penalty holds it), a model that
always says "no" scores 99 % on rare positives while catching none of them, and a straight cut
fails on XOR and rings until quadratic features let it bend. Every trajectory, count, metric,
accuracy and field comes from ``core.pathologies``. The summary table then rebuilds the
lesson row by row, and the chapter closes with its quiz.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UL,
    UP,
    UR,
    Axes,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    Group,
    ImplicitFunction,
    Indicate,
    Line,
    MathTex,
    Rectangle,
    RoundedRectangle,
    SurroundingRectangle,
    Text,
    TransformFromCopy,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    linear,
)

from core import logit
from core.pathologies import (
    feature_comparison,
    imbalance_baseline,
    quadratic_probability_field,
    quadratic_score,
    weight_growth,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import FOOTER
from scenes.common.pieces import BoundaryLine, FieldImage, ProbabilityField, ReadoutPanel, axes_box
from scenes.common.plots import function_axes, plane_axes, point_cloud
from scenes.common.quiz import Quiz, QuizScene, wrapped
from scenes.common.theme import SIZES, Theme

#: Gradient-ascent steps of the separation runs: four decades on a log axis.
N_STEPS = 10_000
#: Steps at which the |theta| curves are sampled (evenly on the log axis, first and last kept).
CURVE_STEPS = np.unique(np.round(np.logspace(0, np.log10(N_STEPS), 320)).astype(int))
#: The data box of the separation insets and of the XOR / rings panels.
SEPARATION_BOX = ((-4.0, 4.0), (-3.0, 3.0))
CURVED_BOX = ((-3.6, 3.6), (-3.6, 3.6))
#: The thin lines beside each separation boundary: where the model is this sure of either class.
SURE = 0.9
#: Where the one rare positive sits in the 10 x 10 grid (a seeded shuffle of the data's order).
GRID_SEED = 9
GRID_SIDE = 10


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

        # Right column: the two runs' fields on the data, stacked.
        insets, fields, boundaries, inset_labels, bands = [], [], [], [], []
        margin = float(logit(SURE))  # the score at which h = SURE
        self.trackers = (ValueTracker(0.0), ValueTracker(0.0))
        names = ("no penalty", "with an L2 penalty")
        for i, (run, colour, name) in enumerate(zip(runs, colours, names, strict=True)):
            axes = plane_axes(theme, SEPARATION_BOX, 3.7, ticks=False)
            axes.move_to([4.75, 1.6 - 3.65 * i, 0])

            def theta(run=run, tracker=self.trackers[i]) -> np.ndarray:  # noqa: ANN001
                return run.thetas[step_at(tracker.get_value())]

            field = ProbabilityField(axes, theta, theme, shape=(54, 72))
            boundary = BoundaryLine(axes, theta, theme, with_normal=False)
            band = VGroup()
            for sign in (1, -1):  # theta^T x = +-margin: shift the bias
                line = BoundaryLine(axes, lambda t=theta, s=sign: t() - [s * margin, 0, 0],
                                    theme, with_normal=False)
                line.line.set_stroke(width=2)
                band.add(line)
            frame = Rectangle(width=axes.width, height=axes.height, color=colour,
                              stroke_width=3).move_to(axes)
            label = Text(name, font_size=SIZES.caption, color=colour).next_to(frame, UP, buff=0.1)
            label.align_to(frame, LEFT)
            insets.append(VGroup(frame, axes, point_cloud(axes, data.X, data.y, theme)))
            fields.append(field)
            boundaries.append(boundary)
            bands.append(band)
            inset_labels.append(label)

        # Left: |theta| against iterations, log scale.
        log_max = float(np.log10(N_STEPS))
        # Numbered on the y axis only: the x axis gets powers of ten below (function_axes
        # numbers both axes when given numbers, so its x numbers are dropped).
        plot = function_axes(theme, [0, log_max, 1], [0, 5, 1], x_length=6.6, y_length=3.4,
                             x_numbers=[0], y_numbers=[1, 2, 3, 4, 5], y_decimals=0)
        plot.x_axis.remove(plot.x_axis.numbers)
        plot.move_to([-2.75, -0.85, 0])
        self.plot = plot
        ticks = VGroup(*[
            MathTex("1" if k == 0 else "10" if k == 1 else f"10^{k}",
                    font_size=SIZES.formula_small, color=theme.muted).next_to(
                plot.c2p(k, 0), DOWN, buff=0.15)
            for k in range(int(log_max) + 1)
        ])
        x_title = Text("iterations (log scale)", font_size=SIZES.caption, color=theme.muted)
        x_title.next_to(ticks, DOWN, buff=0.12)
        y_title = MathTex(r"\lVert\theta\rVert", font_size=SIZES.formula, color=theme.muted)
        y_title.next_to(plot.y_axis.get_top(), UP, buff=0.15)
        curves = [GrowingCurve(plot, run.theta_norm, tracker, colour)
                  for run, tracker, colour in zip(runs, self.trackers, colours, strict=True)]
        self.curves = curves
        tips = [Dot(radius=0.08, color=c) for c in colours]
        for tip_dot, curve in zip(tips, curves, strict=True):
            tip_dot.add_updater(lambda m, c=curve: m.move_to(plot.c2p(*c.tip())))
            tip_dot.update()

        self.readout = ReadoutPanel(
            [(r"\text{step}", self.current_step, 0),
             (r"\lVert\theta\rVert\ \text{no penalty}", lambda: curves[0].tip()[1], 2),
             (r"\lVert\theta\rVert\ \text{with L2}", lambda: curves[1].tip()[1], 2)],
            theme, font_size=SIZES.caption)
        self.readout[1][0].set_color(colours[0])
        self.readout[2][0].set_color(colours[1])
        self.readout.next_to(plot.c2p(0, 5), RIGHT + DOWN, buff=0.15).shift(0.3 * RIGHT)

        rising = MathTex(r"\ell(c\,\theta)", r"\ \text{keeps rising as}\ ", r"c \to \infty",
                         font_size=SIZES.formula_small, color=theme.text)
        rising.next_to(heading, DOWN, buff=0.35).align_to(heading, LEFT)
        penalised = MathTex(r"\text{maximise}\quad", r"\ell(\theta)",
                            r"- \lambda \lVert\theta\rVert^2",
                            rf",\qquad \lambda = {growth.regularised.l2:g}",
                            font_size=SIZES.formula_small, color=theme.text)
        penalised[2].set_color(colours[1])
        penalised.next_to(rising, DOWN, buff=0.25).align_to(heading, LEFT)

        self.bands = bands
        band_note = Text(f"thin lines: {100 * SURE:.0f} % sure", font_size=SIZES.caption,
                         color=theme.muted).next_to(insets[0], DOWN, buff=0.1)
        band_note.align_to(insets[0], RIGHT)

        # Step: separable clouds
        with self.beat("Take two clouds with a wide gap between them. A straight line can "
                       "split them perfectly, and that is exactly the trouble."):
            self.play(Write(heading), run_time=1)
            self.play(FadeIn(insets[0]), FadeIn(inset_labels[0]), run_time=1.2)

        # Step: why there is no finite best
        with self.beat("Once every point is on its right side, stretching theta makes every "
                       "probability a little surer, so the likelihood keeps rising. There is "
                       "no finite best theta."):
            self.play(FadeIn(rising, shift=0.2 * DOWN))
            self.play(Create(plot), FadeIn(ticks), FadeIn(x_title), FadeIn(y_title),
                      run_time=1.2)
            self.play(FadeIn(self.readout[0]), FadeIn(self.readout[1]))

        # Step: the plain run grows without bound
        self.add(fields[0], insets[0], bands[0], boundaries[0], curves[0], tips[0])
        with self.beat("Run gradient ascent. Each tenfold increase in steps adds about the "
                       "same amount to the size of theta, so it never stops growing. {lines} The "
                       "thin lines, where the model is ninety percent sure, close in on the "
                       "boundary until it is a knife edge.") as b:
            self.play(self.trackers[0].animate.set_value(log_max), run_time=7, rate_func=linear)
            b.wait_until("lines")
            self.play(FadeIn(band_note), run_time=0.5)

        # Step: the L2 penalty
        with self.beat("The cure is a penalty on size: {subtract} subtract lambda times the "
                       "squared length of theta. {trade} Now the fit trades a little likelihood "
                       "for modest weights.") as b:
            b.wait_until("subtract")
            self.play(FadeIn(penalised, shift=0.2 * DOWN))
            b.wait_until("trade")
            self.play(FadeIn(insets[1]), FadeIn(inset_labels[1]))
        self.active = 1
        self.add(fields[1], insets[1], bands[1], boundaries[1], curves[1], tips[1])
        with self.beat("Run it again with the penalty. The size of theta levels off within a "
                       "hundred steps and stays put, and the probabilities stay soft."):
            self.play(FadeIn(self.readout[2]), run_time=0.5)
            self.play(self.trackers[1].animate.set_value(log_max), run_time=6, rate_func=linear)

        # Step: end values
        for mob in (*fields, *boundaries, *bands, *curves, *tips, *self.readout.numbers):
            mob.clear_updaters()
        climbing = Text("still climbing", font_size=SIZES.caption, color=colours[0])
        climbing.next_to(tips[0], LEFT, buff=0.2).shift(0.3 * UP)
        settled = Text("settled", font_size=SIZES.caption, color=colours[1])
        settled.next_to(tips[1], UP, buff=0.2).shift(0.4 * LEFT)
        with self.beat("After ten thousand steps the plain run is still climbing, {settled} "
                       "while the penalised one settled long ago. Its probabilities are also "
                       "better calibrated.") as b:
            self.play(FadeIn(climbing, shift=0.2 * LEFT), Indicate(tips[0], color=colours[0]))
            b.wait_until("settled")
            self.play(FadeIn(settled, shift=0.2 * UP), Indicate(tips[1], color=colours[1]))


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
        spacing = 0.44
        dots = VGroup()
        for cell, index in enumerate(order):
            row, col = divmod(cell, GRID_SIDE)
            dot = Dot([col * spacing, -row * spacing, 0], radius=0.13,
                      color=theme.class1 if data.y[index] else theme.class0)
            dots.add(dot)
        dots.move_to([-4.15, -0.05, 0])
        positives = VGroup(*[dots[c] for c, i in enumerate(order) if data.y[i]])
        negatives = VGroup(*[dots[c] for c, i in enumerate(order) if not data.y[i]])
        caption = Text(f"{n} emails, {n_pos} spam", font_size=SIZES.label, color=theme.text)
        caption.next_to(dots, UP, buff=0.35)
        backdrop = RoundedRectangle(corner_radius=0.15, width=dots.width + 0.4,
                                    height=dots.height + 0.4, stroke_width=0,
                                    fill_color=theme.field_low, fill_opacity=0.9).move_to(dots)
        said = Text('the model says "not spam" to all', font_size=SIZES.caption,
                    color=theme.text).next_to(backdrop, DOWN, buff=0.25)
        missed = SurroundingRectangle(positives, color=theme.bad, buff=0.1, stroke_width=5)

        # Right: accuracy, confusion counts, recall and precision.
        accuracy = MathTex(r"\text{accuracy} = ", rf"{100 * metrics.accuracy:.0f}\,\%",
                           font_size=SIZES.formula_large, color=theme.text)
        accuracy[1].set_color(theme.good)
        accuracy.move_to([3.1, 2.85, 0])
        self.accuracy = accuracy
        table, cells = self.confusion_table(metrics)
        table.move_to([3.15, 0.85, 0])
        self.cells = cells
        recall = MathTex(r"\text{recall} = \frac{TP}{TP + FN} = ",
                         rf"\frac{{{metrics.tp}}}{{{metrics.tp + metrics.fn}}}",
                         rf"= {100 * metrics.recall:.0f}\,\%", font_size=SIZES.formula_small,
                         color=theme.text)
        precision = MathTex(r"\text{precision} = \frac{TP}{TP + FP} = ",
                            rf"\frac{{{metrics.tp}}}{{{metrics.tp + metrics.fp}}}",
                            rf"\to {100 * metrics.precision:.0f}\,\%",
                            font_size=SIZES.formula_small, color=theme.text)
        rates = VGroup(recall, precision).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        rates.next_to(table, DOWN, buff=0.35).align_to(table, LEFT)
        recall[2].set_color(theme.bad)
        precision[2].set_color(theme.bad)
        self.rates = (recall, precision)
        nothing = Text("nothing flagged: 0/0 counts as 0", font_size=SIZES.caption,
                       color=theme.muted).next_to(precision, DOWN, buff=0.2).align_to(
            precision, LEFT)
        takeaway = Text("On rare classes, watch precision and recall, not accuracy.",
                        font_size=SIZES.label, color=theme.highlight)
        FOOTER.place(takeaway)

        # Step: the data
        with self.beat("Suppose only one email in a hundred is spam. {emails} Here are a "
                       "hundred emails, {orange} and the orange one is the spam.") as b:
            self.play(Write(heading), run_time=1)
            b.wait_until("emails")
            self.play(FadeIn(dots, lag_ratio=0.01), FadeIn(caption), run_time=1.5)
            b.wait_until("orange")
            self.play(Indicate(positives, color=theme.highlight, scale_factor=1.6))

        # Step: the lazy model
        with self.beat("A lazy model answers not spam to every email. {right} It is right "
                       "ninety-nine times out of a hundred, which sounds superb.") as b:
            self.play(FadeIn(backdrop), FadeIn(said), run_time=1.2)
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
                self.play(flying.animate.scale(0.3).move_to(cells[key]), *extra, run_time=1.2)
                self.play(FadeOut(flying, scale=0.5), FadeIn(cells[key], scale=1.5),
                          run_time=0.5)
            b.wait_until("flagged")
            self.play(FadeIn(cells["tp"]), FadeIn(cells["fp"]))

        # Step: recall and precision
        with self.beat("Recall asks how much of the real spam we caught: none of it. "
                       "{precision} Precision asks how much of what we flagged was spam, and we "
                       "flagged nothing, so it scores zero too.") as b:
            self.play(Write(recall))
            b.wait_until("precision")
            self.play(Write(precision), FadeIn(nothing))

        # Step: the lesson
        with self.beat("So on rare classes, accuracy flatters a useless model. {watch} Watch "
                       "precision and recall, and give the rare class more weight in the "
                       "loss.") as b:
            self.play(FadeIn(takeaway, shift=0.2 * UP))
            b.wait_until("watch")
            self.play(Indicate(VGroup(recall[2], precision[2]), color=theme.bad))

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
            label = Text(tag, font_size=SIZES.caption, color=theme.muted)
            label.next_to(box.get_corner(UL), RIGHT + DOWN, buff=0.08)
            frame.add(box, label)
            value = getattr(metrics, key)
            count = MathTex(str(value), font_size=SIZES.formula,
                            color=theme.bad if key == "fn" else theme.text).move_to(box)
            count.shift(0.1 * DOWN + 0.15 * RIGHT)
            cells[key] = count
        heads = VGroup(
            Text("said\nspam", font_size=SIZES.caption, color=theme.text).next_to(
                frame[0], UP, buff=0.12),
            Text("said\nnot spam", font_size=SIZES.caption, color=theme.text).next_to(
                frame[2], UP, buff=0.12),
            Text("spam", font_size=SIZES.caption, color=theme.class1).next_to(
                frame[0], LEFT, buff=0.15),
            Text("not spam", font_size=SIZES.caption, color=theme.class0).next_to(
                frame[4], LEFT, buff=0.15),
        )
        frame.add(heads)
        group = VGroup(frame, *cells.values())
        return group, cells


# ---------------------------------------------------------------------------------------------


class QuadraticField(FieldImage):
    """P(y = 1) of a quadratic-feature model over the axes' box (core's field, static)."""

    def __init__(self, axes: Axes, theta: np.ndarray, theme: Theme,
                 shape: tuple[int, int] = (120, 120)):
        super().__init__(axes, lambda: theta, theme, shape)
        self.clear_updaters()  # the fit never changes: keep it out of manim's moving set

    def _pixels(self, theta: np.ndarray) -> np.ndarray:
        return self.theme.ramp(quadratic_probability_field(theta, *self.box,
                                                           shape=self.field_shape))


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
        for x in (-3.45, 3.45):
            axes = plane_axes(theme, CURVED_BOX, 4.3, ticks=False).move_to([x, -0.4, 0])
            frame = Rectangle(width=axes.width, height=axes.height, color=theme.muted,
                              stroke_width=2).move_to(axes)
            panels.append((axes, frame))
        self.panels = [a for a, _ in panels]
        titles = VGroup(
            VGroup(Text("raw features", font_size=SIZES.caption, color=theme.muted),
                   MathTex(r"(x_1,\ x_2)", font_size=SIZES.formula_small, color=theme.text)),
            VGroup(Text("plus quadratic features", font_size=SIZES.caption, color=theme.muted),
                   MathTex(r"(x_1,\ x_2,\ x_1^2,\ x_1 x_2,\ x_2^2)",
                           font_size=SIZES.formula_small, color=theme.text)),
        )
        for title, (_, frame) in zip(titles, panels, strict=True):
            title.arrange(DOWN, buff=0.12).next_to(frame, UP, buff=0.15)
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
                label = MathTex(rf"\text{{accuracy}} = {acc:.2f}", font_size=SIZES.formula_small,
                                color=theme.good if good else theme.bad)
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
        # Step: the XOR data
        with self.beat("Now the tangled cases. {xor} In XOR, class one fills two opposite "
                       "corners and class zero the other two.") as b:
            self.play(Write(heading), run_time=1)
            self.play(Create(panels[0][1]), FadeIn(panels[0][0]), FadeIn(titles[0]),
                      run_time=1)
            b.wait_until("xor")
            self.play(FadeIn(xor["raw_dots"], lag_ratio=0.02), run_time=1.2)

        # Step: the straight cut fails
        with self.beat("The best straight cut is helpless here: {half} it gets about half of "
                       "the points right, no better than a coin.") as b:
            self.play(FadeIn(xor["raw"]), run_time=1.2)
            self.bring_to_front(xor["raw_dots"])
            b.wait_until("half")
            self.play(FadeIn(xor["raw_acc"], shift=0.2 * UP))

        # Step: quadratic features
        with self.beat("So feed the model three more features: the two squares and the "
                       "product of x one and x two. A straight cut in this bigger space is a "
                       "curve back in the plane."):
            self.play(Create(panels[1][1]), FadeIn(panels[1][0]),
                      FadeIn(titles[1], shift=0.3 * LEFT), run_time=1.5)
            self.play(TransformFromCopy(xor["raw_dots"], xor["quad_dots"]), run_time=1.2)

        # Step: the curved fit succeeds
        with self.beat("Fitted on these, the boundary bends around the corners and {side} "
                       "every point lands on its own side.") as b:
            self.play(FadeIn(xor["quad"][0]), run_time=1)
            self.play(Create(xor["quad"][1]), run_time=1.5)
            self.bring_to_front(xor["quad_dots"])
            b.wait_until("side")
            self.play(FadeIn(xor["quad_acc"], shift=0.2 * UP))

        previous = xor
        for name in rest:
            parts = fits(name)
            # Step: the bullseye of chapter 2
            with self.beat("The bullseye from chapter two falls to the same trick. {ring} The "
                           "squares let the boundary close into a ring.") as b:
                old = [previous[k] for k in ("raw", "quad", "raw_dots", "quad_dots", "raw_acc",
                                             "quad_acc")]
                self.play(*[FadeOut(m) for m in old], run_time=0.8)
                self.play(FadeIn(parts["raw"]), FadeIn(parts["raw_dots"]),
                          FadeIn(parts["raw_acc"]), run_time=1.2)
                b.wait_until("ring")
                self.play(FadeIn(parts["quad"][0]), FadeIn(parts["quad_dots"]), run_time=1)
                self.play(Create(parts["quad"][1]), run_time=1.2)
                self.bring_to_front(parts["quad_dots"])
                self.play(FadeIn(parts["quad_acc"], shift=0.2 * UP))
            previous = parts

        # Step: what it means
        takeaway = Text("Still a straight cut, only in richer features.", font_size=SIZES.label,
                        color=theme.highlight)
        FOOTER.place(takeaway)
        with self.beat("The model is still linear, only in richer features. Choose them well "
                       "and logistic regression is strong; kernels and neural networks learn "
                       "such features for you."):
            self.play(FadeIn(takeaway, shift=0.2 * UP))


# ---------------------------------------------------------------------------------------------

#: The lesson's summary: concept, formula (TeX) and what it means, in this course's words.
SUMMARY_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("Sigmoid", r"g(z) = \frac{1}{1 + e^{-z}}",
     "maps every real score into (0, 1)",
     "The sigmoid takes any score at all and squeezes it between zero and one."),
    ("Hypothesis", r"h(x) = g(\theta^{T}x) = P(y{=}1 \mid x)",
     "how likely the model thinks y = 1 is",
     "The hypothesis sends the weighted sum of the features through the sigmoid, and reads "
     "the result as the chance of class one."),
    ("Decision boundary", r"\theta^{T}x = 0",
     "a flat cut through feature space, where h = 1/2",
     "The boundary is where the score is zero and the chance is one half: a straight line, "
     "or a flat plane in more dimensions."),
    ("Sigmoid derivative", r"g' = g\,(1 - g)",
     "its slope, computed from its own output",
     "The sigmoid's slope is g times one minus g, so we get it for free from the output."),
    ("Cross-entropy loss", r"-\big[y \log h + (1 - y)\log(1 - h)\big]",
     "maximum likelihood for yes/no labels; bowl-shaped",
     "Cross-entropy is what maximum likelihood hands us for yes-or-no labels, and it is "
     "convex, with one bottom."),
    ("Update rule", r"\theta_j := \theta_j + \alpha\,(y - h)\,x_j",
     "rate \u00d7 error \u00d7 input, just as in LMS",
     "Its gradient gives the update: rate, times error, times input. The same shape as least "
     "mean squares."),
    ("Softmax (k classes)", r"\phi_i = \frac{e^{t_i}}{\sum_j e^{t_j}}",
     "turns k scores into k probabilities",
     "Softmax turns k scores into k probabilities, and its gradient is again prediction minus "
     "target."),
    ("Newton step", r"\theta := \theta - H^{-1}\nabla_\theta \ell",
     "slope over curvature: few steps, O(d\u00b3) each",
     "Newton's method divides the slope by the curvature: a handful of steps, each costing the "
     "cube of the number of weights."),
)
#: Rows per page: the table is split in two so that it stays readable at 480p.
ROWS_PER_PAGE = 4
#: Left edges of the three columns, and the wrap width of the last one (characters).
COLUMNS = (-6.62, -3.1, 2.05)
WORDS_WRAP = 27


class TheWholeLessonOnOnePage(LectureScene):
    """The lesson's summary table, built row by row over two pages: concept, formula, meaning."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("The whole lesson on one page")
        header = VGroup(*[Text(t, font_size=SIZES.label, color=theme.muted)
                          for t in ("Concept", "Formula", "In words")])
        for text, x in zip(header, COLUMNS, strict=True):
            text.move_to([x, 2.45, 0], aligned_edge=LEFT)
        header[0].align_to(header[1], UP)  # "Concept" has a descender: line the tops up
        rule = Line([COLUMNS[0], 2.15, 0], [6.6, 2.15, 0], color=theme.muted, stroke_width=2)
        self.pages: list[VGroup] = []
        pages = [SUMMARY_ROWS[i:i + ROWS_PER_PAGE]
                 for i in range(0, len(SUMMARY_ROWS), ROWS_PER_PAGE)]
        page_tag = None
        for p, rows in enumerate(pages):
            page = VGroup(*[self.row(*r[:3]) for r in rows])
            top = 1.6
            for row in page:
                row.shift((top - row.get_top()[1]) * UP)
                top = row.get_bottom()[1] - 0.5
            self.pages.append(page)
            tag = Text(f"page {p + 1} of {len(pages)}", font_size=SIZES.caption,
                       color=theme.muted).to_corner(UR, buff=0.45)
            if p == 0:
                with self.beat("Here is the whole lesson on one page, one row at a time: the "
                               "idea, its formula, and what it means."):
                    self.play(Write(heading), FadeIn(tag), run_time=1)
                    self.play(FadeIn(header), Create(rule))
            else:
                self.play(FadeOut(self.pages[p - 1], shift=0.3 * UP), FadeOut(page_tag),
                          FadeIn(tag), run_time=0.8)
            page_tag = tag
            for row, (*_, narration) in zip(page, rows, strict=True):
                # Step: one row of the table
                with self.beat(narration):
                    self.play(FadeIn(row[0], shift=0.2 * RIGHT), run_time=0.6)
                    self.play(Write(row[1]), run_time=1.2)
                    self.play(FadeIn(row[2], shift=0.2 * LEFT), run_time=0.8)
        # Step: the whole story
        with self.beat("From a line that says yes or no to the last layer of almost every "
                       "classifier in use today."):
            self.play(*[Indicate(row[0], color=theme.good, scale_factor=1.08)
                        for row in self.pages[-1]], lag_ratio=0.2, run_time=2)

    def row(self, concept: str, formula: str, words: str) -> VGroup:
        theme = self.theme
        name = Text(concept, font_size=SIZES.label, color=theme.highlight)
        tex = MathTex(formula, font_size=SIZES.formula_small, color=theme.text)
        meaning = wrapped(words, WORDS_WRAP, font_size=SIZES.label, color=theme.text)
        for mob, x in zip((name, tex, meaning), COLUMNS, strict=True):
            mob.move_to([x, 0, 0], aligned_edge=LEFT)
        return VGroup(name, tex, meaning)


# ---------------------------------------------------------------------------------------------

QUIZ = Quiz(
    question="You train logistic regression by gradient ascent on data that a straight "
             r"line separates perfectly, with no penalty. What happens to $\theta$?",
    spoken_question="You train logistic regression by gradient ascent on data that a "
                    "straight line separates perfectly, with no penalty. What happens to "
                    "theta?",
    choices=(
        "It converges in a few steps to a unique finite maximum.",
        "It grows without bound, sharpening the boundary to a knife edge.",
        "It shrinks back to zero, since every point is already correct.",
        "It oscillates around the best line and never settles on one side.",
    ),
    correct=1,
    reason=r"Scaling $\theta$ up always raises the likelihood a little; an L2 penalty "
           "bounds it.",
    spoken_reason="Scaling theta up always raises the likelihood a little; an L2 penalty "
                  "bounds it.",
)


class WhenItBreaksCheck(QuizScene):
    """Check your understanding: what gradient ascent does on perfectly separable data."""

    quiz = QUIZ


SCENES_IN_ORDER = [
    SeparableDataSendsTheWeightsToInfinity,
    NinetyNinePercentAccuracyCatchesNothing,
    QuadraticFeaturesBendTheBoundary,
    TheWholeLessonOnOnePage,
    WhenItBreaksCheck,
]
