"""Chapter 7: many classes. Softmax turns one logit per class into probabilities.

Three weight vectors colour the plane by the winning class, vivid where the model is sure and
washed out where the three regions meet; a query point's logits go through exponentiation and
normalisation, and pushing one logit up takes probability from the other two; with two classes
softmax is the sigmoid of the logit difference; and the gradient of the cross-entropy is the
predicted bars minus the one-hot bars. Every number shown comes from ``core``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
    DecimalNumber,
    Dot,
    FadeIn,
    FadeOut,
    FadeTransform,
    GrowArrow,
    Indicate,
    Line,
    ManimColor,
    MathTex,
    Rectangle,
    Square,
    SurroundingRectangle,
    Text,
    TracedPath,
    Transform,
    Triangle,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    linear,
    smooth,
)

from core import (
    sigmoid,
    softmax_cross_entropy,
    softmax_cross_entropy_gradient,
    softmax_field,
)
from core.softmax_regression import (
    COURSE_LOGITS,
    class_probabilities,
    logit_gradient_step,
    logits_at,
    point_with_logits,
    shared_lift,
    softmax_lab_run,
    softmax_parts,
    two_class_reduction,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, SAFE, SIDE, STAGE, Region
from scenes.common.pieces import Derivation, FieldImage, ReadoutPanel
from scenes.common.plots import DOT_RADIUS, function_axes, plane_axes
from scenes.common.prose import prose
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The plotted box: it holds every point of ``"three_classes"`` with a margin.
BOX = ((-4.4, 4.4), (-3.4, 3.4))
#: How far the field's colour goes from the background toward each class's colour where the
#: model is certain; below 1 so the data points, drawn in the full colour, stand out. Red's
#: region is kept dark and green's light, so the two stay apart in lightness where a
#: red-green colour-blind eye sees both as yellow.
VIVID = (0.5, 0.74, 0.7)
#: Which logit the query-point scene pushes (blue, the third class) and how far.
PUSHED = 2
TIE_AT = 2.0
#: How far short of the tie the walk stops until the tie is named.
TIE_APPROACH = 0.3
PUSH_TO = 3.0
#: The number added to all three logits to show that softmax ignores it (then taken away).
SHIFT_ALL = 1.0
#: The true class in the gradient scene: green (the second class, index 1), and the size of
#: the one gradient step taken on the logits there.
TRUE_CLASS = 1
STEP_SIZE = 1.0
#: The two-class scene holds t1 here and slides t2 between these values.
T1_FIXED = 1.0
T2_SWEEP = (1.0, 5.0, -3.0, 2.5)
#: The horizontal range (t2 - t1) of the sigmoid plot.
#: The text calls the three classes by number.
CLASS_NAMES = ("class 1", "class 2", "class 3")
D_RANGE = (-5.0, 5.0)
#: Width of the feature plane on the stage (its height follows BOX's aspect), and the room
#: strokes need inside the stage's edge.
PLANE_WIDTH = 7.2
STROKE_ROOM = 0.06
#: The probability table beside the plane: the baseline of its bars, the spacing of its
#: columns, and the heights of its rows (scene units).
TABLE_BASELINE = -2.75
TABLE_SPACING = 1.2
#: Bar height per unit of a logit or an exponential, and per unit of probability.
LOGIT_UNIT = 0.3
PROB_UNIT = 2.2
#: Width of the notes beside the two-class derivation (scene units).
NOTE_WIDTH = 5.0
TABLE_ROWS = {"formula": 2.1, "logits": 1.25, "exponentials": 0.7, "total": 0.2}
#: Stroke of the weight-vector arrows (pixels at 1080p).
ARROW_STROKE = 6


def class_field_pixels(winner: np.ndarray, confidence: np.ndarray, theme: Theme) -> np.ndarray:
    """RGBA pixels (uint8): the winner's colour, blended toward the background as confidence
    falls from 1 to 1/k (a k-way tie), reaching the background at the tie.

    Parameters
    ----------
    winner : ndarray of int of shape (rows, cols)
    confidence : ndarray of shape (rows, cols), values in [1/k, 1]
    """
    k = len(theme.classes3)
    colours = np.array([ManimColor(c).to_rgb() for c in theme.classes3]) * 255
    background = np.array(ManimColor(theme.background).to_rgb()) * 255
    sure = np.clip((confidence - 1 / k) / (1 - 1 / k), 0.0, 1.0)[..., None]
    rgb = background + (colours[winner] - background) * (np.asarray(VIVID)[winner][..., None]
                                                         * sure)
    alpha = np.full(sure.shape, 255 * theme.field_opacity)
    return np.concatenate([rgb, alpha], axis=-1).round().astype(np.uint8)


class ClassField(FieldImage):
    """The winning class over the axes' box as one image, from ``core.softmax_field``.

    The three-class counterpart of ``pieces.ProbabilityField``: the weights are the k x d
    matrix Theta, and the pixels are recomputed only when it changes.
    """

    def __init__(self, axes: Axes, Theta: Callable[[], np.ndarray], theme: Theme,
                 shape: tuple[int, int] = (96, 124)):
        super().__init__(axes, Theta, theme, shape)

    def _pixels(self, Theta: np.ndarray) -> np.ndarray:
        winner, confidence = softmax_field(Theta, *self.box, shape=self.field_shape)
        return class_field_pixels(winner, confidence, self.theme)


def class_plane(theme: Theme) -> Axes:
    """The feature plane of the three classes, on the stage, in the same place in every scene
    (room above it for the legend, and below for the boundary's and halos' strokes)."""
    axes = plane_axes(theme, BOX, PLANE_WIDTH)
    region = Region("plane", STAGE.left + STROKE_ROOM, STAGE.right, STAGE.bottom + STROKE_ROOM,
                    STAGE.top)
    return region.place(axes, aligned=DOWN + LEFT)


def _show(number: DecimalNumber, value: float) -> None:
    """Set a number, skipping the costly rebuild of its digits when the value is unchanged."""
    if number.get_value() != value:
        number.set_value(value)


class ClassBars(VGroup):
    """One bar per class on a shared baseline, heights following a getter, values printed.

    A bar's signed height is ``unit * value``: up for positive values, down for negative ones
    (``signed=True``, the gradient). Each value is printed just beyond its bar's end. ``unit``
    may be a getter, for bars whose scale changes (the exponentials becoming probabilities).
    """

    def __init__(self, values: Callable[[], Sequence[float]], theme: Theme,
                 unit: float | Callable[[], float] = 2.0,
                 width: float = 0.55, spacing: float = 1.25, decimals: int = 3,
                 signed: bool = False, font_size: int = SIZES.label):
        super().__init__()
        self.values_getter = values
        self.unit_getter = unit if callable(unit) else (lambda: unit)
        self.spacing = spacing
        self.baseline = Line(1.5 * spacing * LEFT, 1.5 * spacing * RIGHT, color=theme.muted,
                             stroke_width=2)
        self.rects = VGroup(*[Rectangle(width=width, height=1.0, fill_color=c,
                                        fill_opacity=0.9, stroke_width=0)
                              for c in theme.classes3])
        tex_size = round(font_size * 1.5)
        self.numbers = VGroup(*[DecimalNumber(0.0, num_decimal_places=decimals,
                                              include_sign=signed, font_size=tex_size,
                                              color=theme.text)
                                for _ in theme.classes3])
        self.add(self.baseline, self.rects, self.numbers)
        self.refresh()
        self.add_updater(lambda m: m.refresh())

    def column_x(self, i: int) -> float:
        return float(self.baseline.get_center()[0] + (i - 1) * self.spacing)

    @property
    def unit(self) -> float:
        return float(self.unit_getter())

    def refresh(self) -> ClassBars:
        base = self.baseline.get_center()[1]
        for i, value in enumerate(np.asarray(self.values_getter(), dtype=float)):
            rect, number = self.rects[i], self.numbers[i]
            height = max(self.unit * abs(value), 1e-3)
            rect.stretch_to_fit_height(height)
            direction = 1.0 if value >= 0 else -1.0
            rect.move_to([self.column_x(i), base + direction * height / 2, 0])
            _show(number, float(value))
            number.next_to(rect, UP if value >= 0 else DOWN, buff=0.1)
        return self

    def shown_values(self) -> np.ndarray:
        """The values the bars' geometry shows: signed height over ``unit``."""
        base = self.baseline.get_center()[1]
        return np.array([2 * (r.get_center()[1] - base) / self.unit for r in self.rects])


class WeightArrows(VGroup):
    """Each class's weight vector (its two feature weights, bias left out) as an arrow from
    the plane's origin, in its class colour over a dark outline, following ``Theta()``.

    Class i's logit grows fastest in the arrow's direction, so each arrow points toward the
    side of the plane its class wins.
    """

    def __init__(self, axes: Axes, Theta: Callable[[], np.ndarray], theme: Theme):
        super().__init__()
        self.axes, self.Theta = axes, Theta
        self.outlines = VGroup(*[Arrow(ORIGIN, RIGHT, buff=0, color=theme.background,
                                       stroke_width=ARROW_STROKE + 4)
                                 for _ in theme.classes3])
        self.arrows = VGroup(*[Arrow(ORIGIN, RIGHT, buff=0, color=c, stroke_width=ARROW_STROKE)
                               for c in theme.classes3])
        self.add(self.outlines, self.arrows)
        self.refresh()

    def refresh(self) -> WeightArrows:
        origin = self.axes.c2p(0, 0)
        for i, w in enumerate(np.asarray(self.Theta())[:, 1:]):
            tip = self.axes.c2p(*w)
            for arrow in (self.outlines[i], self.arrows[i]):
                arrow.put_start_and_end_on(origin, tip)
        return self

    def shown_vectors(self) -> np.ndarray:
        """The drawn arrows' tips in plane coordinates, shape (3, 2)."""
        return np.array([self.axes.p2c(a.get_end()) for a in self.arrows])


def class_mark(k: int, colour: str, radius: float, theme: Theme) -> VMobject:
    """Class ``k``'s mark: a disc, a square or a triangle (the shape tells the classes apart
    even where a colour-blind eye cannot), filled in its colour with a dark rim."""
    if k == 0:
        mark = Dot(radius=radius)
    elif k == 1:
        mark = Square(side_length=1.75 * radius)
    else:
        mark = Triangle().scale_to_fit_width(2.3 * radius)
    return mark.set_fill(colour, opacity=1).set_stroke(theme.background, width=1.5)


def class_cloud(axes: Axes, X: np.ndarray, y: np.ndarray, theme: Theme,
                radius: float = DOT_RADIUS) -> VGroup:
    """One mark per point, shaped and coloured by its class."""
    return VGroup(*[class_mark(int(k), theme.classes3[int(k)], radius, theme).move_to(
        axes.c2p(*x)) for x, k in zip(X, y, strict=True)])


def class_key(theme: Theme, names: Sequence[str] = CLASS_NAMES) -> VGroup:
    """Which mark is which class, in one row."""
    return VGroup(*[VGroup(class_mark(k, c, 0.1, theme),
                           Text(t, font_size=SIZES.label, color=theme.text)).arrange(
        RIGHT, buff=0.15) for k, (c, t) in enumerate(zip(theme.classes3, names, strict=True))]
    ).arrange(RIGHT, buff=0.45)


def coloured_symbols(tex: str, theme: Theme, font_size: int = SIZES.formula) -> VGroup:
    """``tex`` with ``{i}`` filled by 1, 2, 3, each copy in its class colour, side by side."""
    return VGroup(*[MathTex(tex.format(i=i + 1), font_size=font_size, color=c)
                    for i, c in enumerate(theme.classes3)])


# ---------------------------------------------------------------------------------------------


class ThreeClassesColourThePlane(LectureScene):
    """Training colours the plane by the winning class, washed out where the three meet."""

    def construct(self) -> None:
        theme = self.theme
        run = softmax_lab_run()
        data, trajectory = run.dataset, run.trajectory
        n_steps = len(trajectory.Thetas) - 1
        heading = self.heading("Chapter 7 \u00b7 Many classes: softmax")
        axes = class_plane(theme)
        self.axes = axes
        dots = class_cloud(axes, data.X, data.y, theme, radius=1.2 * DOT_RADIUS)
        key = class_key(theme).next_to(axes, UP, buff=0.2).align_to(axes, LEFT)

        # The training clock: u runs 0 -> 1, the step is n u^2 (the early steps, where the
        # colours change most, get the most time).
        clock = ValueTracker(0.0)

        def step() -> int:
            return int(round(n_steps * clock.get_value() ** 2))

        def Theta() -> np.ndarray:
            return trajectory.Thetas[step()]

        field = ClassField(axes, Theta, theme)
        field.clear_updaters()  # follows the weights only while they train
        self.field = field
        arrows = WeightArrows(axes, Theta, theme)
        self.arrows = arrows

        # The side column is read while the plane moves: large, in few lines.
        logit = MathTex(r"t_i", "=", r"\theta_i^{T} x", font_size=SIZES.formula_large,
                        color=theme.text)
        thetas = coloured_symbols(r"\theta_{i}", theme, SIZES.formula_large).arrange(
            RIGHT, buff=0.4)
        thetas_note = Text("one weight vector\nper class", font_size=SIZES.body,
                           color=theme.text)
        rule = Text("colour: the class with\nthe largest logit", font_size=SIZES.body,
                    color=theme.text)
        panel = ReadoutPanel(
            [("step", lambda: step(), 0),
             ("accuracy", lambda: trajectory.accuracy[step()], 3),
             ("mean loss", lambda: trajectory.loss[step()], 3)],
            theme, font_size=SIZES.body, tex_labels=False,
        )
        for label in panel.get_family():  # the read-out is what the beat is about: not grey
            if isinstance(label, Text):
                label.set_color(theme.text)
        SIDE.stack(thetas, thetas_note, logit, rule, panel, buff=0.35)

        # Step: three clouds
        with self.beat("Spam, personal or work: often we must pick one of several classes. "
                       "{clouds} Here are three clouds of points, one per class.") as b:
            # The points are there from the first word; the clouds are named on their word.
            self.play(Write(heading), Create(axes), FadeIn(dots), run_time=1.2)
            self.play(FadeIn(key, lag_ratio=0.3), run_time=1.2)  # "several classes"
            b.wait_until("clouds")
            for k in range(3):  # one Indicate per dot: a new group would split ``dots``
                self.play(*[Indicate(d, color=theme.highlight, scale_factor=1.5)
                            for d, label in zip(dots, data.y, strict=True) if label == k],
                          run_time=0.6)

        # Step: one weight vector per class, one logit per class
        with self.beat("Instead of a single weight vector, keep {arrows} one for each class, "
                       "drawn here as an arrow. {logit} Each turns a point into a score, its "
                       "logit, saying how much the point looks like that class.") as b:
            self.play(FadeIn(thetas, shift=0.2 * DOWN), FadeIn(thetas_note), run_time=1)
            b.wait_until("arrows")
            self.play(*[GrowArrow(a) for a in (*arrows.outlines, *arrows.arrows)], run_time=1.2)
            b.wait_until("logit")
            self.play(Write(logit), run_time=1)

        # Step: the field from random weights
        with self.beat("Colour every spot of the plane by the class whose logit is largest. "
                       "With random starting weights, the colours ignore the data."):
            self.play(FadeIn(rule), run_time=0.8)
            self.add(field)
            self.play(FadeIn(field), FadeIn(panel), run_time=1.5)
            self.bring_to_front(axes, dots, arrows)

        # Step: training
        with self.beat("Gradient descent on a cross-entropy loss, written out later in this "
                       "chapter, turns all three arrows together, each toward its own cloud. "
                       "{sorted} After "
                       f"{n_steps} steps, each cloud sits in its own colour.") as b:
            field.add_updater(lambda m: m.refresh())
            arrows.add_updater(lambda m: m.refresh())
            self.play(clock.animate.set_value(1.0), run_time=7, rate_func=linear)
            for mob in (field, arrows, *panel.numbers):
                mob.clear_updaters()  # nothing moves any more: no redrawing per frame
            b.wait_until("sorted")
            self.play(Indicate(panel.numbers[1], color=theme.good), run_time=1)

        # Step: vivid where sure, washed out at the meeting point
        fitted = trajectory.Thetas[-1]
        meet = point_with_logits(fitted, [0.0, 0.0, 0.0])
        share = float(class_probabilities(fitted @ np.r_[1.0, meet])[0])
        ring = Circle(radius=0.42, color=theme.highlight, stroke_width=4).move_to(
            axes.c2p(*meet))
        tie = Text(f"each class {share:.3f}", font_size=SIZES.label, color=theme.highlight)
        # Up and to the left of the ring, between the red dots and the triangles, clear of
        # the green squares.
        tie.next_to(ring, LEFT, buff=0.15).shift(0.65 * UP)
        tie.add_background_rectangle(color=theme.background, opacity=0.75, buff=0.08)
        with self.beat("The colour is vivid where the winning probability is near one. {meet} "
                       "It fades where the three regions meet, {tied} because there all three "
                       "classes are tied.") as b:
            b.wait_until("meet")
            # The arrows' work is done; they leave so the ring is not drawn over them.
            self.play(FadeOut(arrows), Create(ring), run_time=1)
            b.wait_until("tied")
            self.play(FadeIn(tie, shift=0.2 * RIGHT), run_time=0.8)


class PushingALogitStealsProbability(LectureScene):
    """A query point's logits are exponentiated and normalised; raising one takes from all."""

    def construct(self) -> None:
        theme = self.theme
        run = softmax_lab_run()
        fitted, data = run.trajectory.Thetas[-1], run.dataset
        heading = self.heading("Softmax: exponentiate, then normalise")
        # The same plane, in the same place, as the previous scene.
        axes = class_plane(theme)
        self.axes = axes
        field = ClassField(axes, lambda: fitted, theme)
        field.clear_updaters()  # the colours hold still in this scene
        dots = class_cloud(axes, data.X, data.y, theme, radius=DOT_RADIUS)

        # Where the dot is: the point whose logits are the course's (2, 1, t3) up to a shared
        # shift, t3 = ``pushed`` (the course's 0 at the start; raised, the dot walks toward
        # blue). The logits shown are the model's own there, with every class's bias raised
        # by ``lift`` (which makes them read exactly 2, 1, 0 at the start, and changes no
        # probability) and by ``shift`` (the second check of the same fact).
        pushed = ValueTracker(COURSE_LOGITS[PUSHED])
        self.pushed = pushed
        start = point_with_logits(fitted, COURSE_LOGITS)
        course_lift = shared_lift(fitted, start, COURSE_LOGITS)
        self.course_lift = course_lift
        lift = ValueTracker(0.0)
        self.lift = lift
        shift = ValueTracker(0.0)
        self.shift = shift

        def target() -> np.ndarray:
            t = np.array(COURSE_LOGITS, dtype=float)
            t[PUSHED] = pushed.get_value()
            return t

        def where() -> np.ndarray:
            return point_with_logits(fitted, target())

        memo: dict[tuple[float, float, float], np.ndarray] = {}

        def logits() -> np.ndarray:
            key = (pushed.get_value(), lift.get_value(), shift.get_value())
            if key not in memo:  # every number on screen asks, many times a frame
                memo.clear()
                raw = logits_at(fitted, where()) + key[1] + key[2]
                memo[key] = np.round(raw, 12) + 0.0  # a crumb never prints as "-0.00"
            return memo[key].copy()

        self.target, self.where, self.logits = target, where, logits
        query = Dot(axes.c2p(*where()), radius=0.13, color=theme.text, stroke_width=3,
                    stroke_color=theme.background)
        query.add_updater(lambda m: m.move_to(axes.c2p(*where())))
        self.query = query

        formula = MathTex(r"\varphi_i", "=", r"\frac{e^{t_i}}{\sum_{j} e^{t_j}}",
                          font_size=SIZES.formula, color=theme.text)

        # A table with one column per class: logits, exponentials, and bars that show the
        # logits, grow into the exponentials, then shrink together into the probabilities.
        # ``stage`` runs 0 (logits) -> 1 (exponentials) -> 2 (probabilities).
        stage = ValueTracker(0.0)
        self.stage = stage

        def bar_values() -> np.ndarray:
            s, parts = stage.get_value(), softmax_parts(logits())
            t = logits()
            if s <= 1:
                return t + s * (parts.exponentials - t)
            if s >= 2:
                return parts.probabilities
            # Dividing by 1 + v (total - 1) shrinks every bar by the same factor.
            return parts.exponentials / (1 + (s - 1) * (parts.total - 1))

        def bar_unit() -> float:
            s = stage.get_value()
            return LOGIT_UNIT + max(0.0, s - 1) * (PROB_UNIT - LOGIT_UNIT)

        bars = ClassBars(bar_values, theme, unit=bar_unit, spacing=TABLE_SPACING)
        # Row labels in the side panel's first column, one column per class after it.
        label_x = SIDE.left + 0.4
        bars.shift([label_x + 1.05 + TABLE_SPACING - bars.baseline.get_x(),
                    TABLE_BASELINE - bars.baseline.get_y(), 0])
        bars.refresh()
        self.bars = bars
        columns = [bars.column_x(i) for i in range(3)]
        formula.move_to([columns[1], TABLE_ROWS["formula"], 0])

        def row(tex: str, getter: Callable[[], np.ndarray], y: float,
                decimals: int = 2) -> VGroup:
            label = MathTex(tex, font_size=SIZES.formula, color=theme.text)
            label.move_to([label_x, y, 0])
            numbers = VGroup()
            for i in range(3):
                n = DecimalNumber(getter()[i], num_decimal_places=decimals,
                                  font_size=SIZES.formula, color=theme.classes3[i])
                n.move_to([columns[i], y, 0])
                # Re-centred after each change: a new value keeps only the left edge, and a
                # number that gains a minus sign would run into its neighbour.
                n.add_updater(lambda m, i=i: _show(m, float(getter()[i])) or m.move_to(
                    [columns[i], y, 0]))
                numbers.add(n)
            return VGroup(label, numbers)

        logit_row = row(r"t_i", logits, TABLE_ROWS["logits"])
        exp_row = row(r"e^{t_i}", lambda: softmax_parts(logits()).exponentials,
                      TABLE_ROWS["exponentials"])
        self.logit_row, self.exp_row = logit_row, exp_row
        total = ReadoutPanel([(r"\textstyle\sum_j e^{t_j} =",
                               lambda: softmax_parts(logits()).total, 2)], theme)
        total.move_to([columns[2] + 0.45, TABLE_ROWS["total"], 0], aligned_edge=RIGHT)
        total.numbers[0].set_color(theme.text)
        phi_sum = ReadoutPanel([(r"\textstyle\sum_i \varphi_i =",
                                 lambda: float(softmax_parts(logits()).probabilities.sum()),
                                 3)], theme)
        phi_sum.move_to(total, aligned_edge=RIGHT)
        self.phi_sum = phi_sum
        # What the bars show, named at their left: t_i, then e^{t_i}, then phi_i.
        bar_names = [MathTex(tex, font_size=SIZES.formula, color=theme.text).move_to(
            [label_x, TABLE_BASELINE + 0.45, 0]) for tex in (r"t_i", r"e^{t_i}", r"\varphi_i")]
        self.bar_names = bar_names
        trail = TracedPath(query.get_center, stroke_color=theme.text, stroke_width=3,
                           stroke_opacity=0.8)

        # Step: the query point
        with self.beat("Here is the trained model's plane. {dot} The white dot is a query "
                       "point. {softmax} "
                       "Softmax turns its three logits into three probabilities in two "
                       "steps.") as b:
            self.add(field)
            self.play(Write(heading), FadeIn(field), Create(axes), FadeIn(dots), run_time=1.0)
            b.wait_until("dot")
            self.play(FadeIn(query, scale=2), run_time=0.8)
            b.wait_until("softmax")
            self.play(Write(formula), run_time=1.2)

        # Step: the dot's logits, lifted by one shared number to the course's 2, 1, 0
        with self.beat("Here are the dot's three logits. {lift} Raise every class's bias by "
                       "the same amount: all three logits rise alike, {still} yet the colours "
                       "and the dot stay put. {course} Now the logits read two, one and "
                       "zero.") as b:
            self.add(bars)
            self.play(FadeIn(logit_row, shift=0.2 * LEFT), FadeIn(bars.baseline),
                      FadeIn(bars.rects, shift=0.2 * UP), FadeIn(bars.numbers),
                      FadeIn(bar_names[0]), run_time=1)
            b.wait_until("lift")
            self.play(lift.animate.set_value(course_lift),
                      run_time=max(1.0, min(2.5, b.time_until("still"))), rate_func=smooth)
            b.wait_until("still")
            self.play(Indicate(query, color=theme.highlight, scale_factor=1.6), run_time=1)
            b.wait_until("course")
            self.play(Indicate(logit_row[1], color=theme.highlight), run_time=1)

        # Step: exponentiate
        with self.beat("First, exponentiate. {grow} Every number becomes positive, and the "
                       "largest logit pulls further ahead of the others.") as b:
            # Thin grey bars keep the logits beside the bars, which grow into the
            # exponentials; the row then shows what they reached.
            base = bars.baseline.get_y()
            kept = VGroup()
            for i, t in enumerate(logits()):
                height = max(LOGIT_UNIT * float(t), 1e-3)
                kept.add(Rectangle(width=0.18, height=height, fill_color=theme.muted,
                                   fill_opacity=0.8, stroke_width=0).move_to(
                    [bars.column_x(i) - 0.42, base + height / 2, 0]))
            self.kept_logits = kept
            # The grey bars are named under the baseline while they stand.
            kept_note = MathTex(r"\text{grey bars: } t_i \text{ before } e^{t_i}",
                                font_size=SIZES.formula_small, color=theme.muted)
            kept_note.move_to([(SIDE.left + SIDE.right) / 2, base - 0.45, 0])
            self.kept_note = kept_note
            self.add(kept)
            # Numbers not yet on screen catch up with the lift first (a number whose digits
            # change while it fades in would break the fade).
            for number in (*exp_row[1], *total.numbers, *phi_sum.numbers):
                number.update(0)
            self.play(stage.animate.set_value(1.0),
                      FadeTransform(bar_names[0], bar_names[1]), FadeIn(kept_note),
                      run_time=1.2)
            self.play(FadeIn(exp_row, shift=0.2 * DOWN), run_time=0.8)
            b.wait_until("grow")
            self.play(Indicate(bars.rects[0], color=theme.highlight, scale_factor=1.05),
                      FadeIn(total, shift=0.2 * UP), run_time=0.8)

        # Step: normalise
        with self.beat("Then divide each one by the total, {shrink} which shrinks all three "
                       "bars by the same factor. {shares} The shares add up to one: red gets "
                       "the most, blue the least.") as b:
            self.play(Indicate(total.numbers[0], color=theme.highlight), FadeOut(kept),
                      FadeOut(self.kept_note), run_time=0.8)
            b.wait_until("shrink")
            self.play(stage.animate.set_value(2.0),
                      FadeTransform(bar_names[1], bar_names[2]),
                      run_time=max(0.8, min(1.8, b.time_until("shares") - 0.5)))
            b.wait_until("shares")
            self.play(FadeOut(total), FadeIn(phi_sum), run_time=0.8)

        # Step: adding one number to every logit changes no share
        with self.beat(f"Check the shift on the shares too: {{add}} add {SHIFT_ALL:g} more to "
                       "every logit. Every exponential grows by the same factor, e, {same} so "
                       "the shares, and the bars, do not move at all. {back} Take it away "
                       "again.") as b:
            b.wait_until("add")
            self.play(shift.animate.set_value(SHIFT_ALL),
                      run_time=max(0.5, min(2.0, b.time_until("same"))), rate_func=smooth)
            b.wait_until("same")
            self.play(Indicate(bars.rects[0], color=theme.highlight, scale_factor=1.05),
                      run_time=1)
            b.wait_until("back")
            # Quick, so the numbers have settled back before the words end.
            self.play(shift.animate.set_value(0.0),
                      run_time=max(0.4, min(0.6, b.time_until("end") - 0.3)), rate_func=smooth)

        # Step: walk the dot toward blue: all three logits change, blue's gains on the others
        with self.beat("Now walk the dot toward blue's region. {walk} All three logits change, "
                       "but blue's gains on the others: {steal} blue's bar grows, and every "
                       "bit it gains is taken from red and green.") as b:
            self.add(trail)
            b.wait_until("walk")
            # Almost to the tie: the last step is taken on the word "tie".
            self.play(pushed.animate.set_value(TIE_AT - TIE_APPROACH),
                      run_time=max(3.0, b.time_until("end") - 0.3), rate_func=smooth)

        # Step: the tie, and past it
        with self.beat("{tie} Here blue's logit has caught up with red's: a tie. {three} Walk "
                       "on until blue leads the other two by one and by two, just as red did "
                       "at the start: {share} now blue holds red's old share, {total} and "
                       "the total stays one.") as b:
            b.wait_until("tie")
            self.play(pushed.animate.set_value(TIE_AT), run_time=0.6, rate_func=smooth)
            # One Indicate per entry: a new VGroup of them would be added to the scene and
            # split ``bars`` apart, stopping its updater.
            self.play(*[Indicate(logit_row[1][i], color=theme.highlight, scale_factor=1.3)
                        for i in (0, PUSHED)],
                      *[Indicate(bars.rects[i], color=theme.highlight, scale_factor=1.05)
                        for i in (0, PUSHED)], run_time=1)
            b.wait_until("three")
            self.play(pushed.animate.set_value(PUSH_TO),
                      run_time=max(0.8, min(3.0, b.time_until("share") - 0.3)),
                      rate_func=smooth)
            b.wait_until("share")
            self.play(Indicate(bars.numbers[PUSHED], color=theme.highlight), run_time=0.8)
            b.wait_until("total")
            self.play(Indicate(phi_sum.numbers[0], color=theme.good), run_time=1)


class TwoClassesGiveBackTheSigmoid(LectureScene):
    """With k = 2, softmax of the two logits is the sigmoid of their difference."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Two classes: back to the sigmoid")
        derivation = Derivation(
            [[r"\varphi_2", "=", r"\frac{e^{t_2}}{e^{t_1} + e^{t_2}}"],
             ["=", r"\frac{1}{1 + e^{-(t_2 - t_1)}}"],
             ["=", r"g(t_2 - t_1)"]],
            theme, font_size=SIZES.formula, align=[1, 0, 0], row_buff=0.3,
        )
        BODY.place(derivation, aligned=UP + LEFT)
        answer_box = SurroundingRectangle(derivation.rows[2], color=theme.good, buff=0.12)
        # Notes in TeX, so that e^{t_2} reads as a power.
        notes = VGroup(*[prose(text, NOTE_WIDTH, SIZES.formula_small, theme.text)
                         for text in ("divide top and bottom by $e^{t_2}$",
                                      "the sigmoid of the difference")])
        column = derivation.rows.get_right()[0] + 0.6
        for note, row in zip(notes, derivation.rows[1:], strict=True):
            note.move_to([column + note.width / 2, row.get_y(), 0])

        # The plot: phi_2 against the difference t2 - t1, with core's sigmoid.
        axes = function_axes(theme, [D_RANGE[0], D_RANGE[1], 1], [0, 1, 0.5], x_length=7.6,
                             y_length=2.5, x_numbers=[-4, -2, 2, 4], y_numbers=[0.5, 1])
        x_label = MathTex(r"t_2 - t_1", font_size=SIZES.formula_small, color=theme.muted)
        # Above the axis's right end, clear of the readout panel beside the plot.
        x_label.next_to(axes.x_axis.get_right(), UP, buff=0.5).align_to(axes.x_axis, RIGHT)
        # The probabilities numbered at the plot's left edge, clear of the curve at 0 (in
        # place of the axis's own numbers, which sit on the y axis at 0).
        axes.y_axis.remove(axes.y_axis.numbers)
        y_ticks = VGroup(*[
            MathTex(f"{v:g}", font_size=SIZES.formula_small, color=theme.muted).next_to(
                axes.c2p(D_RANGE[0], v), LEFT, buff=0.12) for v in (0.5, 1)])
        # The plot under the derivation, on the stage's width.
        plot_region = Region("plot", STAGE.left, STAGE.right, SAFE.bottom,
                             derivation.get_bottom()[1] - 0.35)
        plot_region.place(VGroup(axes, x_label, y_ticks), aligned=DOWN + LEFT)
        self.axes = axes
        d_grid = np.linspace(*D_RANGE, 121)
        curve = axes.plot_line_graph(d_grid, sigmoid(d_grid), add_vertex_dots=False,
                                     line_color=theme.curve, stroke_width=4)
        # Faint guides at 0.5 and 1 carry the numbers at the left edge across the plot.
        mid_line = VGroup(*[Line(axes.c2p(D_RANGE[0], v), axes.c2p(D_RANGE[1], v),
                                 color=theme.muted, stroke_width=1, stroke_opacity=0.5)
                            for v in (0.5, 1)])

        t2 = ValueTracker(T2_SWEEP[0])
        self.t2 = t2

        def pair() -> np.ndarray:
            return np.array([[T1_FIXED, t2.get_value()]])

        def reduction() -> tuple[float, float]:
            soft, sig = two_class_reduction(pair())
            return float(soft[0]), float(sig[0])

        marker = Dot(radius=0.1, color=theme.highlight)
        marker.add_updater(lambda m: m.move_to(axes.c2p(t2.get_value() - T1_FIXED,
                                                        reduction()[0])))
        self.marker = marker
        panel = ReadoutPanel(
            [(r"t_1", lambda: T1_FIXED, 2), (r"t_2", lambda: t2.get_value(), 2),
             (r"\text{softmax } \varphi_2", lambda: reduction()[0], 4),
             (r"g(t_2 - t_1)", lambda: reduction()[1], 4)],
            theme, font_size=SIZES.body,
        )
        for row in panel:
            row[0].set_color(theme.text)
        SIDE.place(panel, aligned=DOWN + LEFT)
        self.panel = panel

        # The two probabilities as bars beside the plot, moving with the dot: phi_1 = 1 - phi_2.
        pair_unit = 1.6
        pair_base = panel.get_top()[1] + 0.75
        pair_x = [SIDE.left + 1.0, SIDE.left + 2.3]
        pair_baseline = Line([pair_x[0] - 0.55, pair_base, 0], [pair_x[1] + 0.55, pair_base, 0],
                             color=theme.muted, stroke_width=2)
        pair_names = VGroup(*[MathTex(rf"\varphi_{i + 1}", font_size=SIZES.formula,
                                      color=theme.classes3[i]).move_to([x, pair_base - 0.3, 0])
                              for i, x in enumerate(pair_x)])

        def pair_values() -> tuple[float, float]:
            phi2 = reduction()[0]
            return 1.0 - phi2, phi2

        pair_bars = VGroup(*[Rectangle(width=0.6, height=1.0, fill_color=theme.classes3[i],
                                       fill_opacity=0.9, stroke_width=0) for i in range(2)])
        pair_numbers = VGroup(*[DecimalNumber(0.0, num_decimal_places=3,
                                              font_size=SIZES.formula, color=theme.text)
                                for _ in range(2)])

        def draw_pair(group: VGroup) -> None:
            for i, value in enumerate(pair_values()):
                height = max(pair_unit * value, 1e-3)
                pair_bars[i].stretch_to_fit_height(height)
                pair_bars[i].move_to([pair_x[i], pair_base + height / 2, 0])
                _show(pair_numbers[i], value)
                pair_numbers[i].next_to(pair_bars[i], UP, buff=0.08)

        pair_chart = VGroup(pair_baseline, pair_bars, pair_numbers, pair_names)
        draw_pair(pair_chart)
        pair_chart.add_updater(draw_pair)
        self.pair = (pair_bars, pair_numbers)

        # Step: write class two's probability
        with self.beat("With only two classes, softmax should give back logistic "
                       "regression. {write} Write out the probability of the second "
                       "class.") as b:
            # Logistic regression's sigmoid is on screen from the first words.
            self.play(Write(heading), Create(axes), Create(mid_line), FadeIn(x_label),
                      FadeIn(y_ticks), run_time=1)
            # The two classes' probabilities, as bars, from the first words.
            self.play(Create(curve), FadeIn(pair_chart), run_time=1)
            b.wait_until("write")
            self.play(Write(derivation.rows[0]), run_time=1.2)

        # Step: divide through
        with self.beat("Divide the top and the bottom by e to the t two. {left} What is left "
                       "is the sigmoid of the difference between the two logits.") as b:
            for i in (1, 2):
                if i == 2:
                    b.wait_until("left")
                self.play(FadeIn(derivation.rows[i], shift=0.15 * DOWN),
                          FadeIn(notes[i - 1]), run_time=1)
            self.play(Create(answer_box), run_time=0.8)

        # Step: check it in numbers
        with self.beat("Check it in numbers. {slides} As t two slides, the softmax probability "
                       "and the sigmoid of the difference agree at every moment, and the two "
                       "bars always add up to one.") as b:
            self.play(FadeIn(panel), FadeIn(marker, scale=2), Indicate(pair_bars), run_time=1.2)
            b.wait_until("slides")
            for target in T2_SWEEP[1:]:
                self.play(t2.animate.set_value(target), run_time=2.2, rate_func=smooth)

        # Step: logistic regression is the two-class case
        takeaway = MathTex(r"\theta", "=", r"\theta_2 - \theta_1", font_size=SIZES.formula,
                           color=theme.highlight)
        takeaway_note = Text("logistic regression is two-class softmax",
                             font_size=SIZES.label, color=theme.highlight)
        BODY.place(VGroup(takeaway, takeaway_note).arrange(DOWN, aligned_edge=LEFT, buff=0.2),
                   aligned=UP + RIGHT)
        with self.beat("So logistic regression is softmax with two classes, {diff} and its "
                       "single weight vector is the difference of the two.") as b:
            self.play(FadeIn(takeaway_note), run_time=1)
            b.wait_until("diff")
            self.play(FadeIn(takeaway, shift=0.2 * UP), run_time=1)
        for mob in (marker, pair_chart, *panel.numbers):
            mob.clear_updaters()


class GradientIsPredictedMinusOneHot(LectureScene):
    """The cross-entropy gradient in the logits: predicted bars minus the one-hot bars."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("The gradient: prediction minus target")
        logits = np.array([COURSE_LOGITS])
        phi = class_probabilities(logits)[0]
        onehot = np.eye(3)[TRUE_CLASS]
        gradient = softmax_cross_entropy_gradient(logits, [TRUE_CLASS])[0]
        self.expected = (phi, gradient)
        true_colour = theme.classes3[TRUE_CLASS]
        # One gradient step on the logits; ``stepped`` runs 0 -> 1 as the bars move to it.
        step = logit_gradient_step(COURSE_LOGITS, TRUE_CLASS, STEP_SIZE)
        self.step = step
        stepped = ValueTracker(0.0)
        self.stepped = stepped

        def current_logits() -> np.ndarray:
            """The logits part-way along the step (the step's whole length at 1)."""
            u = stepped.get_value()
            return step.logits + u * (step.new_logits - step.logits)

        def current_phi() -> np.ndarray:
            return phi if stepped.get_value() == 0 else class_probabilities(current_logits())

        def current_loss() -> float:
            return float(softmax_cross_entropy(current_logits()[None, :], [TRUE_CLASS])[0])

        loss = MathTex(r"\ell", "=", r"-\log \varphi_y", font_size=SIZES.formula,
                       color=theme.text)
        grad = MathTex(r"\frac{\partial \ell}{\partial t_i}", "=", r"\varphi_i",
                       r"- \mathbf{1}\{y = i\}", font_size=SIZES.formula, color=theme.text)
        formulas = VGroup(loss, grad).arrange(RIGHT, buff=1.2)
        formulas.next_to(heading, DOWN, buff=0.35).set_x(0)
        y_note = MathTex(r"\text{true class: } y = 2", font_size=SIZES.formula,
                         color=true_colour)
        y_note.next_to(heading, RIGHT, buff=0.8)

        # The bars are the picture: as tall and wide as the frame lets three charts be.
        unit, spacing, bar_width = 1.75, 1.25, 0.75
        predicted = ClassBars(current_phi, theme, unit=unit, spacing=spacing, width=bar_width,
                              font_size=SIZES.label)
        target = ClassBars(lambda: onehot, theme, unit=unit, spacing=spacing, width=bar_width,
                           decimals=0, font_size=SIZES.label)
        # The result starts as a copy of the predicted bars and becomes the gradient as the
        # one-hot label is taken away (only the true class's bar moves).
        subtract = ValueTracker(0.0)
        self.subtract = subtract
        result = ClassBars(lambda: current_phi() + subtract.get_value() * (-onehot), theme,
                           unit=unit, spacing=spacing, width=bar_width, signed=True,
                           font_size=SIZES.label)
        charts = VGroup(predicted, target, result).arrange(RIGHT, buff=0.65)
        for chart in (predicted, target):
            chart.clear_updaters()
        base_y = -0.6
        for chart in charts:
            chart.shift((base_y - chart.baseline.get_y()) * UP)
            chart.refresh()
        # Room on the left for the logits' name, under the predicted bars.
        charts.set_x(0.2)
        self.charts = charts
        # The logits under the predicted bars, one under each: the numbers the bars come from,
        # and the numbers the gradient step changes.
        logit_row = VGroup(*[DecimalNumber(v, num_decimal_places=2, font_size=SIZES.formula,
                                           color=theme.text)
                             for v in step.logits])

        def place_logits(row: VGroup) -> None:
            for i, number in enumerate(row):
                _show(number, float(current_logits()[i]))
                number.move_to([predicted.column_x(i), base_y - 0.4, 0])

        place_logits(logit_row)
        logit_name = MathTex("t", font_size=SIZES.formula, color=theme.muted)
        logit_name.next_to(logit_row[0], LEFT, buff=0.3)
        self.logit_row = logit_row
        minus = MathTex("-", font_size=SIZES.formula_large, color=theme.text).move_to(
            [(predicted.get_right()[0] + target.get_left()[0]) / 2, base_y + 0.6, 0])
        equals = MathTex("=", font_size=SIZES.formula_large, color=theme.text).move_to(
            [(target.get_right()[0] + result.get_left()[0]) / 2, base_y + 0.6, 0])
        # The captions under the lowest bar's number (the gradient's negative green bar).
        lowest = base_y + unit * min(0.0, float(gradient.min()))
        captions = VGroup(*[
            MathTex(tex, font_size=SIZES.formula_small, color=theme.muted).move_to(
                [chart.baseline.get_x(), lowest - 0.8, 0])
            for tex, chart in ((r"\text{predicted } \varphi = \mathrm{softmax}(t)", predicted),
                               (r"\text{one-hot } e_y", target),
                               (r"\text{gradient } \varphi - e_y", result))])

        # The derivation, large in the middle of the frame, before the bars need the room.
        derivation = Derivation(
            [[r"\ell", "=", r"-\log \varphi_y"],
             ["=", r"-t_y + \log \textstyle\sum_j e^{t_j}"],
             [r"\frac{\partial \ell}{\partial t_i}", "=",
              r"-\mathbf{1}\{y = i\} + \frac{e^{t_i}}{\sum_j e^{t_j}}"],
             ["=", r"\varphi_i - \mathbf{1}\{y = i\}"]],
            theme, font_size=SIZES.formula_large, align=[1, 0, 1, 0], row_buff=0.4)
        # The whole picture while it is built: as large as the body allows.
        derivation.scale(min(0.85 * BODY.height / derivation.height,
                             0.7 * BODY.width / derivation.width))
        BODY.place(derivation)
        self.derivation = derivation

        # Step: the loss
        with self.beat("Training uses cross-entropy again: {loss} the loss is minus the log of "
                       "the probability the model gives the true class. {split} Softmax "
                       "makes that minus t y, plus the log of the sum of exponentials.") as b:
            self.play(Write(heading), run_time=1)
            b.wait_until("loss")
            self.play(Write(derivation.rows[0]), run_time=1.2)
            b.wait_until("split")
            self.play(FadeIn(derivation.rows[1], shift=0.15 * DOWN), run_time=1.0)

        # Step: the gradient formula
        with self.beat("Differentiate by one logit: {terms} minus one if it is the true "
                       "class, plus its exponential over the sum. {simple} That is strikingly "
                       "simple: the predicted probability, minus one for the true class "
                       "only.") as b:
            b.wait_until("terms")
            self.play(FadeIn(derivation.rows[2], shift=0.15 * DOWN), run_time=1.2)
            b.wait_until("simple")
            self.play(FadeIn(derivation.rows[3], shift=0.15 * DOWN), run_time=1.0)
            box = SurroundingRectangle(derivation.rows[3], color=theme.good, buff=0.12)
            self.play(Create(box), run_time=0.6)
            self.play(Indicate(derivation.rows[3], color=theme.good, scale_factor=1.05),
                      run_time=1.0)

        # Step: the two sets of bars
        with self.beat("Take the query point back to its start, {logits} logits two, one "
                       "and zero, and their shares. {green} Take green, class two, as the true "
                       "class. {target} The target is one-hot: all of the probability on "
                       "green.") as b:
            # The derivation shrinks to its two results at the top; the bars take its place.
            self.play(FadeTransform(VGroup(derivation.rows[0]), loss),
                      FadeTransform(VGroup(derivation.rows[2:], box), grad),
                      FadeOut(derivation.rows[1]), run_time=1.0)
            b.wait_until("logits")
            self.play(FadeIn(logit_name), FadeIn(logit_row, shift=0.2 * UP), run_time=0.8)
            self.play(FadeIn(predicted, shift=0.3 * UP), FadeIn(captions[0]), run_time=1.0)
            b.wait_until("green")
            self.play(FadeIn(y_note), run_time=0.8)
            b.wait_until("target")
            self.play(FadeIn(minus), FadeIn(target, shift=0.3 * UP), FadeIn(captions[1]),
                      run_time=1.2)

        # Step: their difference
        with self.beat("Now subtract the target from the prediction, bar by bar, from red to "
                       "blue. {have} That difference is the gradient. {down} Red and "
                       "blue get too much and are pushed down; {up} green is short of one and "
                       "is pushed up.") as b:
            self.play(FadeIn(equals), FadeIn(result.baseline), FadeIn(captions[2]),
                      run_time=0.8)
            # A copy of the predicted bars slides over; the live result bars then take its
            # place (the copy must leave, or its old numbers would stay on screen).
            ghost = VGroup(predicted.rects, predicted.numbers).copy()
            self.play(Transform(ghost, VGroup(result.rects, result.numbers).copy()),
                      run_time=1.0)
            self.remove(ghost)
            self.add(result)
            self.play(subtract.animate.set_value(1.0), run_time=1.0, rate_func=smooth)
            result.clear_updaters()
            b.wait_until("have")  # the bars have settled on the difference by now
            self.play(Indicate(captions[2], color=theme.highlight), run_time=0.6)
            # Where each predicted bar is pushed: down for red and blue, up for green.
            pushes = VGroup()
            for i, number in enumerate(predicted.numbers):
                top = number.get_top() + 0.1 * UP
                ends = (top + 0.55 * UP, top) if i != TRUE_CLASS else (top, top + 0.55 * UP)
                pushes.add(Arrow(*ends, buff=0, color=theme.highlight, stroke_width=6,
                                 max_tip_length_to_length_ratio=0.4, tip_length=0.2))
            self.pushes = pushes
            b.wait_until("down")
            self.play(*[GrowArrow(pushes[i]) for i in (0, 2)],
                      *[Indicate(result.rects[i], color=theme.highlight, scale_factor=1.1)
                        for i in (0, 2)], run_time=0.8)
            b.wait_until("up")
            self.play(GrowArrow(pushes[TRUE_CLASS]),
                      Indicate(result.rects[TRUE_CLASS], color=theme.highlight,
                               scale_factor=1.1), run_time=0.8)
        result.clear_updaters()

        # Step: one gradient step moves the bars
        rule = MathTex(r"t", ":=", r"t - \eta\,(\varphi - e_y)", font_size=SIZES.formula,
                       color=theme.text).move_to(loss)
        # The loss as it falls, and the step size the step uses (the one given to core).
        loss_readout = ReadoutPanel([(r"\ell =", current_loss, 3),
                                     (r"\text{was }", lambda: step.loss, 3),
                                     (r"\eta =", lambda: step.step_size, 0)], theme)
        # Under the true class's note in the top right corner, clear of the bars' numbers.
        loss_readout.next_to(y_note, DOWN, buff=0.35)
        loss_readout.set_x(SAFE.right - 0.15 - loss_readout.width / 2)
        self.loss_readout = loss_readout
        with self.beat("Now take one step against the gradient, with eta equal to "
                       f"{STEP_SIZE:g}, {{step}} subtracting it from the logits. Green's share "
                       "grows, red's and blue's shrink, {loss} the loss "
                       f"falls from {step.loss:.2f} to {step.new_loss:.2f}, and the gradient "
                       "itself gets smaller.") as b:
            # The loss before the step (row 2) joins as the step starts, and stays in view.
            self.play(FadeTransform(loss, rule), FadeIn(loss_readout[0], loss_readout[2]),
                      FadeOut(self.pushes),
                      run_time=1.2)
            b.wait_until("step")
            for chart in (predicted, result):
                chart.add_updater(lambda m: m.refresh())
            logit_row.add_updater(place_logits)
            self.play(stepped.animate.set_value(1.0), FadeIn(loss_readout[1]),
                      run_time=max(0.8, min(2.0, b.time_until("loss") - 0.5)),
                      rate_func=smooth)
            b.wait_until("loss")
            self.play(Indicate(loss_readout.numbers[0], color=theme.good), run_time=1)
            for mob in (predicted, result, logit_row, *loss_readout.numbers):
                mob.clear_updaters()

        # Step: through the weights
        chain = MathTex(r"\frac{\partial \ell}{\partial \theta_i}", "=",
                        r"\big(\varphi_i - \mathbf{1}\{y = i\}\big)", r"\, x",
                        font_size=SIZES.formula, color=theme.text)
        chain.move_to(grad).align_to(grad, LEFT)
        chain_note = MathTex(r"-\nabla_{\theta_i} \ell\ \text{is chapter 4's}\ (y - h)\,x"
                             r"\text{: target minus prediction, times input}",
                             font_size=SIZES.formula_small, color=theme.highlight)
        soft_note = Text("argmax alone has zero slope almost everywhere",
                         font_size=SIZES.label, color=theme.text)
        head_note = Text("softmax + cross-entropy: the last layer of almost every classifier",
                         font_size=SIZES.label, color=theme.text)
        # The two closing notes under the captions, one after the other in the same place.
        notes_region = Region("notes", SAFE.left, SAFE.right, SAFE.bottom,
                              captions.get_bottom()[1] - 0.05)
        notes_region.place(chain_note)
        soft_note.move_to(chain_note)
        head_note.move_to(chain_note)
        with self.beat("Since each logit is theta i transpose x, the weights' gradient is "
                       "the same error times x. {rule} Minus this gradient is chapter four's y "
                       "minus h, times x: target minus prediction, times input, once more.") as b:
            self.play(FadeOut(grad, shift=0.2 * UP), FadeIn(chain, shift=0.2 * UP),
                      run_time=1.2)
            b.wait_until("rule")
            self.play(FadeIn(chain_note), run_time=0.8)

        # Step: soft, not hard
        with self.beat("This is why training needs the soft probabilities: a hard argmax "
                       "would have no slope almost everywhere, just like accuracy. {head} And "
                       "this pair, softmax with cross-entropy, is the last layer of almost "
                       "every classifier you will use: image networks, and language models "
                       "choosing the next word, end exactly this way.") as b:
            self.play(FadeOut(chain_note, shift=0.1 * UP), FadeIn(soft_note, shift=0.1 * UP),
                      run_time=0.8)
            b.wait_until("head")
            self.play(FadeOut(soft_note, shift=0.1 * UP), FadeIn(head_note, shift=0.1 * UP),
                      run_time=0.8)


#: The quiz's logits: the course's (2, 1, 0) with every gap ten times wider (scaled, not
#: shifted: a shift would change nothing, a scale sharpens the shares).
QUIZ_SCALE = 10.0
_QUIZ_LOGITS = np.array(COURSE_LOGITS) * QUIZ_SCALE
_QUIZ_PHI = class_probabilities(_QUIZ_LOGITS)
_COURSE_PHI = class_probabilities(COURSE_LOGITS)
#: The slip of dividing each logit by their sum instead of exponentiating first.
_QUIZ_RATIOS = _QUIZ_LOGITS / _QUIZ_LOGITS.sum()
_QUIZ_EXPONENTIALS = softmax_parts(_QUIZ_LOGITS).exponentials


def sci_tex(value: float, digits: int = 1, compact: bool = False) -> str:
    """``value`` in TeX as m x 10^e (``digits`` decimals in m): 4.5e-05 -> 4.5\\times10^{-5}
    (``compact``: without the spaces around the times sign, for a label over a narrow bar)."""
    mantissa, exponent = f"{value:.{digits}e}".split("e")
    times = r"{\times}" if compact else r"\times"
    return rf"{mantissa}{times}10^{{{int(exponent)}}}"


def share_tex(value: float, compact: bool = False) -> str:
    """A probability as TeX without rounding it into a falsehood: a share below 0.001 in
    powers of ten, one above 0.999 with five decimals (or as "> 0.99999")."""
    if value < 1e-3:
        return sci_tex(value, compact=compact)
    if value > 0.999:
        shown = f"{value:.5f}"
        return shown if shown != "1.00000" else "> 0.99999"
    return f"{value:.3f}"


#: The largest share, floored to four decimals: the right answer says it is above this.
_QUIZ_FLOOR = np.floor(_QUIZ_PHI[0] * 1e4) / 1e4


def _triple(values: np.ndarray) -> str:
    return "$(" + ", ".join(f"{v:.3f}" for v in values) + ")$"


def _ints(values: np.ndarray) -> str:
    return "$(" + ", ".join(f"{v:g}" for v in values) + ")$"


QUIZ = Quiz(
    question=f"Logits {_ints(np.array(COURSE_LOGITS))} give "
             f"{_triple(_COURSE_PHI)}. Times {QUIZ_SCALE:g}, they are "
             f"{_ints(_QUIZ_LOGITS)}. What does softmax give now?",
    spoken_question=f"Logits two, one, zero give probabilities of about two thirds, a quarter "
                    f"and a tenth; multiply every logit by {QUIZ_SCALE:g}, giving twenty, ten "
                    "and zero. What does softmax give now?",
    choices=(
        f"The same, {_triple(_COURSE_PHI)}",
        f"Red $\\varphi_1 > {_QUIZ_FLOOR:.4f}$, the others nearly $0$",
        f"Each logit over their sum: {_triple(_QUIZ_RATIOS)}",
        "Three shares adding up to more than 1",
    ),
    correct=1,
    reason=f"Wider gaps mean far wider ratios: $e^{{20}} \\approx "
           f"{sci_tex(_QUIZ_EXPONENTIALS[0])}$ dwarfs $e^{{10}} \\approx "
           f"{sci_tex(_QUIZ_EXPONENTIALS[1])}$ and $e^{{0}} = 1$, so red takes "
           f"$\\varphi_1 = {share_tex(_QUIZ_PHI[0])}$.",
    spoken_reason="Wider gaps between the logits mean far wider ratios between their "
                  "exponentials: e to the twenty dwarfs e to the ten and e to the zero, so "
                  f"red's share is above {_QUIZ_FLOOR:.4f}, though never quite one.",
    applied=True,
)


class SoftmaxCheck(QuizScene):
    """Check your understanding: softmax of logits whose gaps are ten times wider; the
    picture shows the course's shares as bars, and on the answer they sharpen."""

    quiz = QUIZ

    def quiz_picture(self) -> VGroup:
        theme = self.theme
        self.quiz_scale = ValueTracker(1.0)

        def shares() -> np.ndarray:
            return class_probabilities(np.array(COURSE_LOGITS) * self.quiz_scale.get_value())

        # Big: the bars are what the question is about, and they fill the side panel.
        bars = ClassBars(shares, theme, unit=3.4, spacing=1.35, width=0.85,
                         font_size=SIZES.body)
        bars.clear_updaters()
        self.quiz_bars = bars
        logits = MathTex(r"t = ", _ints(np.array(COURSE_LOGITS)).strip("$"),
                         font_size=SIZES.formula, color=theme.text)
        logits.next_to(bars.baseline, DOWN, buff=0.35)
        self.quiz_logits = logits
        names = VGroup(*[MathTex(rf"\varphi_{i + 1}", font_size=SIZES.formula,
                                 color=theme.classes3[i]).move_to(
            [bars.column_x(i), bars.baseline.get_y() - 0.35, 0]) for i in range(3)])
        logits.next_to(names, DOWN, buff=0.3)
        return VGroup(bars, names, logits)

    def quiz_reveal(self) -> None:
        theme = self.theme
        bars = self.quiz_bars
        wider = MathTex(r"t = ", _ints(_QUIZ_LOGITS).strip("$"), font_size=SIZES.formula,
                        color=theme.good).move_to(self.quiz_logits)
        bars.add_updater(lambda m: m.refresh())
        # Three decimals would print the new shares as 1.000 and 0.000, which they are not:
        # the printed numbers leave, and each share comes back written out exactly enough.
        self.play(self.quiz_scale.animate.set_value(QUIZ_SCALE), FadeOut(bars.numbers),
                  Transform(self.quiz_logits, wider), run_time=2.0)
        bars.clear_updaters()
        bars.remove(bars.numbers)
        # Each share written over its own bar; green's, the larger of the two tiny ones, a
        # line higher than blue's, so the two never run into each other.
        exact = VGroup(*[MathTex(share_tex(v, compact=True), font_size=SIZES.formula_small,
                                 color=theme.text).next_to(rect, UP, buff=0.15)
                         for v, rect in zip(_QUIZ_PHI, bars.rects, strict=True)])
        exact[1].shift(0.5 * UP)
        self.quiz_exact = exact
        self.play(FadeIn(exact, shift=0.1 * UP), run_time=0.8)


SCENES_IN_ORDER = [
    ThreeClassesColourThePlane,
    PushingALogitStealsProbability,
    TwoClassesGiveBackTheSigmoid,
    GradientIsPredictedMinusOneHot,
    SoftmaxCheck,
]
