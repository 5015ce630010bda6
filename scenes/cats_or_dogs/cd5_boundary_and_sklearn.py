"""Cats or Dogs, part 5: the decision boundary and scikit-learn. The trained model says class 1
exactly where w1 x1 + w2 x2 + b > 0, so its boundary is the line that equation solves to, with
the slope and intercept of core's weights; a straight line is also its limit. Then our weights
beside scikit-learn's ``LogisticRegression`` fitted on the same data. The code shown is the
lesson's program (``core/lesson_code/``), read from its files.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    Axes,
    Create,
    DashedLine,
    DecimalNumber,
    Dot,
    FadeIn,
    FadeOut,
    Group,
    Indicate,
    Line,
    MathTex,
    Mobject,
    Polygon,
    SurroundingRectangle,
    Text,
    ValueTracker,
    VectorizedPoint,
    VGroup,
    VMobject,
    Write,
    always_redraw,
    rate_functions,
)

from core import sigmoid
from core.cats_dogs import (
    SklearnComparison,
    boundary_slope_intercept,
    l2_penalty,
    sklearn_comparison,
    straight_cut_sweep,
    weight_size_ratio,
)
from core.datasets import load_dataset
from core.flat_boundary import (
    ThreeFeatureClouds,
    oriented_cuts,
    plane_in_cube,
    three_feature_clouds,
)
from core.geometry import boundary_segment
from core.lesson_code import logistic_from_scratch as program
from core.lesson_code import sklearn_check
from scenes.cats_or_dogs.lesson import (
    CLASS_NAMES,
    NAME_ROOM,
    clear_tick_numbers,
    lesson_params,
    lesson_run,
    plane_on_the_left,
    quiz_picture_room,
)
from scenes.common.beats import LectureScene
from scenes.common.code import CodeListing, source_of
from scenes.common.layout import BODY, GUTTER, Region
from scenes.common.pieces import (
    ProbabilityField,
    ReadoutPanel,
    SansNumber,
    ScoreWalk,
    axes_box,
)
from scenes.common.plots import (
    axis_names,
    function_axes,
    legend,
    legend_entry,
    plane_axes,
    point_cloud,
)
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES

#: What a lecture file may set for the lesson's data and training (checked by the catalog).
PARAMETERS = {"seed": "int", "learning_rate": "positive float", "n_iterations": "count <= 20000"}

#: The quiz's weights (inputs of the question; its answers are solved by core).
QUIZ_W, QUIZ_B = (2.0, 1.0), -4.0

#: The probe's score at either end of its walk across the boundary.
PROBE_Z = 3.0

#: How sharply a straight cut's shading changes across it (its theta has a unit normal).
RING_SHARPNESS = 2.5

#: Our line beside scikit-learn's dashed one: broad and half-transparent under the dashes.
OURS_WIDTH, OURS_OPACITY = 12, 0.5


def signed(value: float, decimals: int = 2) -> str:
    """A term added to a formula: '+ 0.17' or '- 0.31' (TeX minus)."""
    return f"{'-' if value < 0 else '+'} {abs(value):.{decimals}f}"


def boxes_overlap(a: Mobject, b: Mobject) -> bool:
    """Whether the bounding boxes of ``a`` and ``b`` overlap."""
    a_lo, a_hi = a.get_corner(DOWN + LEFT), a.get_corner(UP + RIGHT)
    b_lo, b_hi = b.get_corner(DOWN + LEFT), b.get_corner(UP + RIGHT)
    return bool(np.all(a_lo[:2] < b_hi[:2]) and np.all(b_lo[:2] < a_hi[:2]))


def clearest_spot(label: Mobject, near: np.ndarray, axes: Axes, X: np.ndarray,
                  tick_numbers: list[Mobject], intercept: float, slope: float) -> np.ndarray:
    """Where to centre ``label`` near the point ``near``: on a grid of places within 1.6 by 1.2
    units, the one whose box covers the fewest tick numbers (first), then data points, then
    meets the line x2 = slope x1 + intercept or an axis least, and, among equals, the nearest.
    All the places are scored at once on the boxes' corners (the axes are linear), since a
    scene pays for this search on every build."""
    places = np.array([near + np.array([dx, dy, 0.0])
                       for dx in np.arange(-1.6, 1.61, 0.05) for dy in np.arange(-1.2, 1.21, 0.05)])
    half = np.array([label.width, label.height]) / 2
    lo, hi = places[:, :2] - half, places[:, :2] + half
    ticks = np.zeros(len(places))
    for t in tick_numbers:
        t_lo, t_hi = t.get_corner(DOWN + LEFT)[:2], t.get_corner(UP + RIGHT)[:2]
        ticks += np.all(lo < t_hi, axis=1) & np.all(t_lo < hi, axis=1)
    on_screen = np.array([axes.c2p(*x)[:2] for x in X]).reshape(-1, 2)
    covered = np.all((on_screen[None] >= lo[:, None] - 0.05)
                     & (on_screen[None] <= hi[:, None] + 0.05), axis=2).sum(axis=1)
    # The line and the axes, with a margin round the box; the line sampled at 30 places across.
    m_lo, m_hi = lo - 0.08, hi + 0.08
    origin = axes.c2p(0, 0)
    on_axis = ((m_lo[:, 0] <= origin[0]) & (origin[0] <= m_hi[:, 0])) | \
        ((m_lo[:, 1] <= origin[1]) & (origin[1] <= m_hi[:, 1]))
    unit = axes.c2p(1, 1) - origin
    xs = np.linspace(m_lo[:, 0], m_hi[:, 0], 30, axis=1)
    x1 = (xs - origin[0]) / unit[0]
    ys = origin[1] + unit[1] * (intercept + slope * x1)
    on_line = np.any((ys >= m_lo[:, 1:2]) & (ys <= m_hi[:, 1:2]), axis=1)
    score = 100 * ticks + covered + 10 * (on_axis.astype(int) + on_line.astype(int))
    distance = np.linalg.norm(places - near, axis=1)
    return places[min(range(len(places)), key=lambda i: (score[i], distance[i]))]


def boundary_line(axes: Axes, theta: np.ndarray, colour: str, dashed: bool = False,
                  width: float = 5) -> Line:
    """theta0 + theta1 x1 + theta2 x2 = 0 clipped to the axes' box (core's segment)."""
    segment = boundary_segment(theta, *axes_box(axes))
    assert segment is not None, "the boundary misses the plotted box"
    start, end = (axes.c2p(*p) for p in segment)
    if dashed:
        return DashedLine(start, end, color=colour, stroke_width=6, dash_length=0.22,
                          dashed_ratio=0.55)
    return Line(start, end, color=colour, stroke_width=width)


# ---------------------------------------------------------------------------------------------


class BoundaryWhereTheScoreIsZero(LectureScene):
    """The trained field splits where z = 0; the boundary solved for x2, drawn with its slope
    and intercept; a straight cut's limit on a ring."""

    uses_params = ("seed", "learning_rate", "n_iterations")

    def construct(self) -> None:
        theme = self.theme
        run = lesson_run()
        self.run = run
        data = run.dataset
        theta = run.thetas[-1]
        w1, w2, b = float(run.w[0]), float(run.w[1]), run.b
        slope, intercept = boundary_slope_intercept(run.w, run.b)
        self.slope, self.intercept = slope, intercept
        heading = self.heading("The decision boundary")
        key = legend(theme, CLASS_NAMES)
        BODY.place(key, aligned=UP + LEFT)
        axes, column = plane_on_the_left(theme, data, top_room=key.height + GUTTER)
        self.axes = axes
        names = axis_names(axes, theme)
        # Each number on the side of its axis clear of the clouds, on a patch of background.
        self.tick_numbers = clear_tick_numbers(axes, theme, data.X, drop_covering=True,
                                          font_size=SIZES.body, each_side=True)
        names.add(self.tick_numbers)
        field = ProbabilityField(axes, lambda: theta, theme)
        field.clear_updaters()
        dots = point_cloud(axes, data.X, data.y, theme)

        # Step: the trained model over the plane, and what it computes beside it (z named
        # for the rule that follows).
        model = VGroup(
            MathTex(r"\hat y = \sigma(z)", font_size=SIZES.formula_large, color=theme.text),
            MathTex(r"z = w_1 x_1 + w_2 x_2 + b", font_size=SIZES.formula_large,
                    color=theme.text),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.35)
        column.place(model, aligned=UP + LEFT)
        with self.beat("Here are the trained model's probabilities over the whole plane: {warm} "
                       "amber where it says dog, blue where it says cat.") as clock:
            self.add(field, axes)
            self.play(FadeIn(heading, shift=0.2 * DOWN), FadeIn(field), Create(axes),
                      FadeIn(names), FadeIn(model, shift=0.2 * DOWN), run_time=1.0)
            self.play(FadeIn(dots, lag_ratio=0.01), run_time=1.0)
            clock.wait_until("warm")
            self.play(FadeIn(key), run_time=1)

        # Step: the rule
        rule = MathTex(r"\sigma(z) > 0.5", r"\iff", r"z > 0", font_size=SIZES.formula,
                       color=theme.text)
        line_eq = MathTex(r"w_1 x_1 + w_2 x_2 + b = 0", font_size=SIZES.formula_large,
                          color=theme.boundary)
        numbers = MathTex(rf"{w1:.2f}\,x_1 {signed(w2)}\,x_2 {signed(b)} = 0",
                          font_size=SIZES.formula_large, color=theme.text)
        steps = VGroup(rule, line_eq, numbers).arrange(DOWN, aligned_edge=LEFT, buff=0.35)
        column.place(steps, aligned=UP + LEFT)
        line = boundary_line(axes, theta, theme.boundary)
        self.line = line
        # A probe walked from the dogs' side to the cats' (on the segment between the clouds'
        # middles, from score +PROBE_Z to -PROBE_Z, so sigma(z) stays readable, never a rounded
        # 0 or 1): its score z and sigma(z) (core's), read out under the rule, change sign
        # together as it crosses.
        middles = [data.X[data.y == label].mean(axis=0) for label in (1, 0)]
        walker = ScoreWalk(axes, theta, *middles, PROBE_Z, -PROBE_Z, theme)
        walk, probe, probe_readout = walker.walk, walker.dot, walker.readout
        probe_readout.next_to(steps, DOWN, buff=0.6).align_to(steps, LEFT)
        self.probe, self.probe_readout, self.probe_walk = probe, probe_readout, walk
        with self.beat("The model says class one when sigma of z is above one half, {iff} which "
                       "happens exactly when z is above zero: {walk} walk a point from the dogs "
                       "to the cats: z changes sign just as sigma of z crosses one half. "
                       "{switch} So the switch sits where z equals zero.") as clock:
            self.play(FadeOut(model), run_time=0.4)
            self.play(Write(rule[0]), FadeIn(probe, scale=0.5), FadeIn(probe_readout),
                      run_time=1.2)
            clock.wait_until("iff")
            self.play(Write(rule[1:]), run_time=1.2)
            clock.wait_until("walk")
            self.play(walk.animate.set_value(1.0), run_time=clock.time_until("switch",
                                                                           minimum=2.0),
                      rate_func=rate_functions.linear)
            clock.wait_until("switch")
            self.play(FadeIn(line_eq, shift=0.2 * DOWN), Create(line), run_time=1.2)
            self.play(FadeIn(numbers, shift=0.2 * DOWN), run_time=1)

        # Step: solve for x2 (the rule has done its work: the equations move up into its place)
        solved = MathTex(r"x_2", "=", r"-\frac{w_1}{w_2}", r"\,x_1", r"-\frac{b}{w_2}",
                         font_size=SIZES.formula_large, color=theme.text)
        solved[2].set_color(theme.highlight)
        solved[4].set_color(theme.curve)
        filled = MathTex(r"x_2", "=", f"{slope:.2f}", r"\,x_1", signed(intercept),
                         font_size=SIZES.formula_large, color=theme.text)
        filled[2].set_color(theme.highlight)
        filled[4].set_color(theme.curve)
        lifted = VGroup(line_eq, numbers).copy().arrange(DOWN, aligned_edge=LEFT, buff=0.35)
        column.place(lifted, aligned=UP + LEFT)
        VGroup(solved, filled).arrange(DOWN, aligned_edge=LEFT, buff=0.3).next_to(
            lifted, DOWN, buff=0.45).align_to(lifted, LEFT)
        code = CodeListing(source_of(program.boundary), theme)
        code.next_to(filled, DOWN, buff=0.4).align_to(filled, LEFT)
        self.code = code
        labels = VGroup(code.mark(code.line_index("slope ="), theme.highlight),
                        code.mark(code.line_index("intercept ="), theme.curve))
        probe.clear_updaters()
        for number in probe_readout.numbers:
            number.clear_updaters()
        with self.beat("{line} That is the equation of a line. {solve} Solve it for x two: "
                       "{slope} the slope is minus w one over w two, and {intercept} the "
                       "intercept is minus b over w two. {code} In code, that is one short "
                       "function.") as clock:
            clock.wait_until("line")
            self.play(FadeOut(rule), FadeOut(probe), FadeOut(probe_readout),
                      line_eq.animate.move_to(lifted[0]),
                      numbers.animate.move_to(lifted[1]),
                      Indicate(line, color=theme.highlight, scale_factor=1.0), run_time=1.2)
            clock.wait_until("solve")
            self.play(FadeIn(solved, shift=0.2 * DOWN), run_time=1.2)
            clock.wait_until("slope")
            self.play(FadeIn(filled[:4], shift=0.2 * DOWN), run_time=1)
            clock.wait_until("intercept")
            self.play(FadeIn(filled[4:], shift=0.2 * DOWN), run_time=1)
            clock.wait_until("code")
            self.play(FadeIn(code), run_time=0.8)
            self.add(labels)
            self.bring_to_back(labels)
            self.play(FadeIn(labels), run_time=0.6)

        # Step: the intercept and the slope on the picture
        origin = np.array([0.0, intercept])
        cross = Dot(axes.c2p(*origin), radius=0.09, color=theme.curve)

        # The value near its dot, at the nearest place clear of the axes' numbers, the data
        # points, the line and the axes, tied to the dot by a short leader.
        value = MathTex(f"{intercept:.2f}", font_size=SIZES.formula, color=theme.curve)
        spot = clearest_spot(value, cross.get_center(), axes, data.X, self.tick_numbers,
                             intercept, slope)
        value.move_to(spot)
        leader = Line(cross.get_center(), value.get_critical_point(
            np.sign(cross.get_center() - value.get_center()) * np.array([1, 1, 0])),
            color=theme.curve, stroke_width=2, buff=0.1)
        value.add_background_rectangle(color=theme.background, opacity=0.6, buff=0.03)
        cross_value = VGroup(leader, value)
        self.cross_value = cross_value
        # A tick number that would still crowd the value steps aside while it is shown.
        crowded = VGroup(*[t for t in self.tick_numbers
                           if boxes_overlap(t, cross_value.copy().scale(1.6))])
        # The step of one drawn at x1 = 1.5 (its drop's value inside the plot), in the empty
        # corner past the gap, clear of the axes' numbers and of the crossing.
        x_run = 1.5
        corner = (x_run + 1.0, intercept + slope * x_run)
        run_leg = Line(axes.c2p(x_run, corner[1]), axes.c2p(*corner), color=theme.highlight,
                       stroke_width=4)
        rise_leg = Line(axes.c2p(*corner), axes.c2p(corner[0], corner[1] + slope),
                        color=theme.highlight, stroke_width=4)
        one = MathTex("1", font_size=SIZES.formula, color=theme.highlight).next_to(
            run_leg, UP, buff=0.08)
        rise = MathTex(f"{slope:.2f}", font_size=SIZES.formula,
                       color=theme.highlight).next_to(rise_leg, RIGHT, buff=0.08)
        for tag in (one, rise):  # legible over the field, the line and any dot beneath
            tag.add_background_rectangle(color=theme.background, opacity=0.5, buff=0.03)
        self.bring_to_front(line)
        with self.beat(f"It crosses the x two axis at {intercept:.2f}, {{drop}} and every step "
                       f"of one to the right drops it by {abs(slope):.2f}. The line runs "
                       "through the gap and separates the two clouds.") as clock:
            self.play(FadeIn(cross, scale=0.5), FadeIn(cross_value), FadeOut(crowded),
                      Indicate(code.lines[code.line_index("intercept =")], color=theme.curve),
                      Indicate(filled[4], color=theme.curve), run_time=1.2)
            clock.wait_until("drop")
            # A tick number that would crowd the step's labels steps aside too.
            near = VGroup(*[t for t in self.tick_numbers if t not in crowded
                            and any(boxes_overlap(t, tag.copy().scale(1.6))
                                    for tag in (one, rise))])
            self.play(Create(run_leg), Create(rise_leg), FadeIn(one), FadeIn(rise),
                      FadeOut(near),
                      Indicate(code.lines[code.line_index("slope =")],
                               color=theme.highlight),
                      Indicate(filled[2], color=theme.highlight), run_time=1.5)

        # Step: planes and hyperplanes, sketched on the stage: two clouds in three features
        # and the flat plane between them (an oblique view of a cube).
        clouds = three_feature_clouds()
        reach = 3.0
        sketch, plane_face = self.plane_sketch(clouds, reach, axes)
        higher = VGroup(
            Text("3 features: a plane", font_size=SIZES.body, color=theme.text),
            Text("more features: a hyperplane", font_size=SIZES.body, color=theme.text),
            Text("always flat, never curved", font_size=SIZES.body, color=theme.highlight),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        column.place(higher, aligned=UP + LEFT)

        # Then the limit of a straight cut, on the stage: a line swept across a ring around a
        # disc, its best share of points right read out as it moves.
        rings = load_dataset("rings")
        sweep = straight_cut_sweep(rings.X, rings.y)
        self.sweep = sweep
        ring_box = ((-3.6, 3.6), (-3.6, 3.6))
        ring_plane = plane_axes(theme, x_length=axes.x_length, box=ring_box)
        ring_plane.move_to(axes.get_center())
        ring_dots = point_cloud(ring_plane, rings.X, rings.y, theme)
        at = ValueTracker(0)

        def k() -> int:
            return int(round(at.get_value()))

        def cut() -> VMobject:
            segment = boundary_segment(sweep.thetas[k()], *ring_box)
            if segment is None:
                return VMobject()
            return Line(*(ring_plane.c2p(*p) for p in segment), color=theme.boundary,
                        stroke_width=6)

        cut_line = always_redraw(cut)
        # Each cut's two sides shaded as its better guess names them (amber: disc, class 1).
        oriented = oriented_cuts(sweep.thetas, rings.X, rings.y)
        ring_field = ProbabilityField(ring_plane, lambda: RING_SHARPNESS * oriented[k()], theme)
        best = float(sweep.accuracy.max())
        limit = Text("A ring around a disc:\nno straight cut works.\nNeural networks, later.",
                     font_size=SIZES.body, color=theme.bad, line_spacing=0.9)
        # The share of points on their own side (with the better naming of the two sides).
        share = ReadoutPanel([("on own side", lambda: float(sweep.accuracy[k()]), 2)], theme,
                             font_size=SIZES.body, tex_labels=False)
        share.next_to(ring_plane, RIGHT, buff=0.8).align_to(ring_plane, DOWN).shift(0.3 * UP)
        # The verdict takes the place of the words about planes, once they are said.
        limit.move_to(higher, aligned_edge=UP + LEFT)
        ring_key = legend(theme, ("class 0: ring", "class 1: disc"))
        ring_key.next_to(share, UP, buff=0.5).align_to(share, LEFT)
        with self.beat("With three features {plane} the boundary is a plane, {more} with more a "
                       "hyperplane, but always flat. {ring} If one class forms a ring around "
                       "the other, {sweep} sweep a straight line across it, turning and "
                       f"shifting: {{best}} the best of these lines puts only {best:.0%} of the "
                       "points on their own side. {cut} No straight cut can split them; that "
                       "needs the neural networks to come.") as clock:
            self.play(FadeOut(VGroup(numbers, solved, labels, code, line_eq, filled, axes,
                                     names, dots, line, cross, cross_value, run_leg, rise_leg,
                                     one, rise, key)), FadeOut(field), run_time=0.5)
            self.play(FadeIn(sketch), FadeIn(higher[0], shift=0.2 * UP), run_time=0.8)
            clock.wait_until("plane")
            self.play(FadeIn(plane_face), run_time=1.0)
            clock.wait_until("more")
            self.play(FadeIn(higher[1:], shift=0.2 * UP), run_time=1.0)
            clock.wait_until("ring")
            self.play(FadeOut(VGroup(sketch, plane_face, higher)), FadeIn(ring_plane),
                      FadeIn(ring_dots, lag_ratio=0.01), FadeIn(ring_key), run_time=1.2)
            clock.wait_until("sweep")
            self.add(ring_field, cut_line)
            self.bring_to_back(ring_field)
            self.bring_to_front(ring_dots, cut_line)
            self.play(FadeIn(share), FadeIn(ring_field), run_time=0.5)
            self.play(at.animate.set_value(len(sweep.thetas) - 1),
                      run_time=max(clock.time_until("best") - 0.1, 2.0),
                      rate_func=rate_functions.linear)
            best_at = int(np.argmax(sweep.accuracy))
            clock.wait_until("best")
            self.play(at.animate.set_value(best_at), run_time=1.0)
            self.play(Indicate(share, color=theme.highlight), run_time=0.8)
            clock.wait_until("cut")
            self.play(FadeIn(limit), run_time=0.8)
        cut_line.clear_updaters()
        ring_field.clear_updaters()
        for number in share.numbers:
            number.clear_updaters()

    def plane_sketch(self, clouds: ThreeFeatureClouds, reach: float, axes: Axes
                     ) -> tuple[VGroup, Polygon]:
        """An oblique view of the cube [-reach, reach]^3 with its three axes named, the two
        clouds in it, and (apart) the plane w . x + b = 0 as the polygon it cuts from the cube;
        as tall as the body, no wider than the plane ``axes`` it stands in for, in its place."""
        theme = self.theme
        # Screen directions of the three features (x3 up, x1 to the right and a little down,
        # x2 into the page), per unit of reach.
        basis = np.array([[1.0, -0.28, 0], [0.55, 0.42, 0], [0, 1.0, 0]]) / reach

        def to_screen(p: np.ndarray) -> np.ndarray:
            return np.asarray(p, dtype=float) @ basis

        corners = np.array([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)],
                           dtype=float) * reach
        edges = VGroup(*[
            Line(to_screen(corners[i]), to_screen(corners[j]), color=theme.muted,
                 stroke_width=1.5, stroke_opacity=0.6)
            for i in range(8) for j in range(i + 1, 8)
            if np.count_nonzero(corners[i] != corners[j]) == 1])
        # Each axis named beside a cube edge along it on the outline of the view (x2, running
        # into the page, at the middle of the bottom right edge: its far end lies inside the
        # view, where the plane is drawn).
        r = reach
        places = (((r, -r, -r), RIGHT + 0.4 * DOWN), ((r, 0, -r), DOWN + RIGHT),
                  ((-r, -r, r), UP))
        names = VGroup(*[
            MathTex(f"x_{axis + 1}", font_size=SIZES.formula, color=theme.muted).next_to(
                to_screen(np.array(point, dtype=float)), direction, buff=0.1)
            for axis, (point, direction) in enumerate(places)])
        cats = VGroup(*[Dot(to_screen(p), radius=0.08, color=theme.class0)
                        for p in clouds.X[clouds.y == 0]])
        dogs = VGroup(*[Dot(to_screen(p), radius=0.08, color=theme.class1)
                        for p in clouds.X[clouds.y == 1]])
        face = Polygon(*[to_screen(p) for p in plane_in_cube(clouds.w, clouds.b, reach)],
                       color=theme.boundary, stroke_width=3).set_fill(theme.boundary, 0.5)
        sketch = VGroup(edges, names, cats, dogs)
        whole = VGroup(sketch, face)
        # As tall as the body, against its left edge (the words stand right of the plane's
        # place, so a sketch no wider than the plane and its names leaves them clear).
        whole.scale_to_fit_height(BODY.height - 0.4)
        if whole.width > axes.width + NAME_ROOM:
            whole.scale_to_fit_width(axes.width + NAME_ROOM)
        whole.move_to([BODY.left + whole.width / 2, BODY.center[1], 0])
        # The cats behind the plane, the dogs in front of it.
        face.set_z_index(1)
        dogs.set_z_index(2)
        return sketch, face


# ---------------------------------------------------------------------------------------------


class OurWeightsBesideScikitLearn(LectureScene):
    """The lesson's scikit-learn check as code, its printout beside our weights in a table,
    and the two boundaries over the clouds: ours solid, scikit-learn's dashed."""

    uses_params = ("seed", "learning_rate", "n_iterations")

    def construct(self) -> None:
        theme = self.theme
        p = lesson_params()
        comp = sklearn_comparison(p.learning_rate, p.n_iterations, seed=p.seed)
        self.comparison = comp
        ours, data = comp.ours, comp.ours.dataset
        ours_theta = ours.thetas[-1]
        their_theta = np.array([comp.sklearn_b, *comp.sklearn_w])
        heading = self.heading("The same model, fitted by scikit-learn")
        ours_key = legend_entry(Line(ORIGIN, 0.6 * RIGHT, color=theme.boundary,
                                     stroke_width=OURS_WIDTH, stroke_opacity=OURS_OPACITY),
                                "ours", theme)
        their_key = legend_entry(DashedLine(ORIGIN, 0.6 * RIGHT, color=theme.curve,
                                            stroke_width=6, dash_length=0.12),
                                 "scikit-learn", theme)
        key = VGroup(ours_key, their_key).arrange(RIGHT, buff=0.45)
        BODY.place(key, aligned=UP + LEFT)
        key.shift(0.08 * RIGHT)  # the lines' round caps reach past their ends
        axes, column = plane_on_the_left(theme, data, top_room=key.height + GUTTER)
        self.axes = axes
        names = axis_names(axes, theme)
        names.add(clear_tick_numbers(axes, theme, data.X, drop_covering=True,
                                          font_size=SIZES.body, each_side=True))
        dots = point_cloud(axes, data.X, data.y, theme)
        # Ours broad and half-transparent, scikit-learn's dashes drawn over it: both visible
        # where they nearly coincide.
        ours_line = boundary_line(axes, ours_theta, theme.boundary, width=OURS_WIDTH)
        ours_line.set_stroke(opacity=OURS_OPACITY)
        their_line = boundary_line(axes, their_theta, theme.curve, dashed=True)
        their_line.set_z_index(1)
        self.lines = (ours_line, their_line)

        body = source_of(sklearn_check.main, body_only=True).split("\n")
        first = next(i for i, line in enumerate(body) if line.startswith("model ="))
        code = CodeListing("\n".join(body[first:]), theme)
        column.place(code, aligned=UP + LEFT)
        self.code = code

        table, rule = self.comparison_table(comp, code)
        their_column = VGroup(*[r[2] for r in table])
        self.table = table

        # Step: our fit
        ours_weights = VGroup(*[self.cells[label][0] for label in ("w_1", "w_2", "b")])
        with self.beat(f"Start from the same data {{fit}} and our from-scratch fit: "
                       f"{p.n_iterations} steps of gradient descent, {{weights}} with its "
                       "weights, {line} its solid line and {accuracy} its accuracy.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), Create(axes), FadeIn(names),
                      FadeIn(dots, lag_ratio=0.01), run_time=1.2)
            # The table grows row by row as its rows are named: ours first.
            b.wait_until("fit")
            self.play(FadeIn(table[0][1]), Create(rule), run_time=0.8)
            b.wait_until("weights")
            self.play(*[FadeIn(table[i][:2], shift=0.1 * UP) for i in (1, 2, 3)],
                      run_time=1.0)
            b.wait_until("line")
            self.play(Create(ours_line), *[FadeIn(table[i][:2], shift=0.1 * UP)
                                           for i in (4, 5)], run_time=1.2)
            b.wait_until("accuracy")
            self.play(FadeIn(table[6][:2], shift=0.1 * UP), run_time=0.8)

        # Step: scikit-learn's
        with self.beat("Now the library version. {make} Make a LogisticRegression, {fit} fit "
                       "it to the same hundred points, {show} and print its weights, its bias "
                       "and its accuracy. {dashed} Its line, dashed, lands almost on top of "
                       "ours.") as b:
            self.play(FadeIn(code), run_time=0.8)
            b.wait_until("make")
            self.play(code.light(code.line_index("model = ")), run_time=0.5)
            b.wait_until("fit")
            self.play(code.light(code.line_index("model.fit")), run_time=0.5)
            b.wait_until("show")
            self.play(code.light(code.line_index("print"),
                                                   len(code.lines) - 1),
                      FadeIn(their_column, shift=0.2 * LEFT), run_time=1.2)
            b.wait_until("dashed")
            self.play(Create(their_line), FadeIn(key), run_time=1.5)

        # Step: why the weights differ
        weight_rows = VGroup(*[c for label in ("w_1", "w_2", "b") for c in self.cells[label]])
        their_icpt = boundary_slope_intercept(comp.sklearn_w, comp.sklearn_b)[1]
        ours_icpt = boundary_slope_intercept(ours.w, ours.b)[1]
        # What scikit-learn minimises, in the code's place: the summed log loss weighted by C
        # plus the penalty, half the weights' squared length; and that penalty's size for its
        # weights and for ours.
        objective = MathTex(r"J", "=", r"\tfrac{1}{2}\lVert w \rVert^2", "+",
                            r"C \sum_i \text{log loss}_i", font_size=SIZES.formula,
                            color=theme.text)
        objective[2].set_color(theme.highlight)
        their_pen, our_pen = l2_penalty(comp.sklearn_w), l2_penalty(ours.w)
        self.penalties = (our_pen, their_pen)
        sizes = VGroup(*[
            MathTex(r"\tfrac{1}{2}\lVert w \rVert^2", "=", f"{value:.2f}",
                    font_size=SIZES.formula_small, color=theme.text)
            for value in (their_pen, our_pen)])
        size_names = VGroup(Text("scikit-learn", font_size=SIZES.label, color=theme.curve),
                            Text("ours", font_size=SIZES.label, color=theme.boundary))
        for name, size in zip(size_names, sizes, strict=True):
            size[0].set_color(theme.highlight)
            name.next_to(size, LEFT, buff=0.25)
        pen_rows = VGroup(*[VGroup(n, v) for n, v in zip(size_names, sizes, strict=True)])
        pen_rows.arrange(DOWN, aligned_edge=RIGHT, buff=0.2)
        VGroup(objective, pen_rows).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        pen_rows.align_to(objective, LEFT).shift(0.2 * RIGHT)
        VGroup(objective, pen_rows).move_to(code, aligned_edge=UP + LEFT)
        self.objective = VGroup(objective, pen_rows)
        with self.beat("Its weights are smaller. By default scikit-learn minimises {penalty} "
                       "the summed log loss, weighted by C equal to "
                       f"{comp.C:g}, plus a penalty on the weights' size, {{half}} half their "
                       f"squared length: {their_pen:.2f} for its weights, {our_pen:.2f} for "
                       "ours. {brake} Ours have "
                       "no such brake: a line splits these clouds perfectly, so the loss keeps "
                       "falling as the weights grow, and ours stopped growing only because the "
                       f"{p.n_iterations} steps ran out. But the line depends only on their "
                       "ratios, {slopes} so the slopes nearly agree; "
                       f"{{icpt}} the intercepts differ a little more, {ours_icpt:.2f} against "
                       f"{their_icpt:.2f}.") as b:
            # A tint behind the rows being talked about; cell by cell, a pulse of the whole
            # block would push its corners out of line.
            weight_tint = self.tint(weight_rows)
            slope_cells = VGroup(*self.cells[r"\text{slope}"])
            icpt_cells = VGroup(*self.cells[r"\text{intercept}"])
            slope_tint = self.tint(slope_cells)
            line_tint = self.tint(icpt_cells)
            self.play(weight_tint.animate.set_fill(opacity=0.16).set_stroke(opacity=1),
                      *[Indicate(c, color=theme.highlight) for c in weight_rows], run_time=1.5)
            b.wait_until("penalty")
            self.play(FadeOut(code), FadeIn(objective), run_time=1.0)
            b.wait_until("half")
            self.play(Indicate(objective[2], color=theme.highlight, scale_factor=1.0),
                      FadeIn(pen_rows, shift=0.1 * UP, lag_ratio=0.4), run_time=1.2)
            b.wait_until("brake")
            self.play(Indicate(ours_weights, color=theme.highlight), run_time=1.2)
            b.wait_until("slopes")
            self.play(FadeOut(weight_tint),
                      slope_tint.animate.set_fill(opacity=0.16).set_stroke(opacity=1),
                      *[Indicate(c, color=theme.highlight) for c in slope_cells], run_time=1.2)
            b.wait_until("icpt")
            self.play(FadeOut(slope_tint),
                      line_tint.animate.set_fill(opacity=0.16).set_stroke(opacity=1),
                      *[Indicate(c, color=theme.highlight) for c in icpt_cells], run_time=1.2)

        # Step: the ratios, shown: our weights and bias shrunk (our weights to the length of
        # scikit-learn's) leave our line where it is (redrawn from the scaled weights); only
        # the probabilities soften, as the S across the line shows.
        ratio = weight_size_ratio(ours.w, comp.sklearn_w)
        self.ratio = ratio
        scale = ValueTracker(1.0)
        field = ProbabilityField(axes, lambda: scale.get_value() * ours_theta, theme)
        ours_line.add_updater(lambda m: m.become(boundary_line(
            axes, scale.get_value() * ours_theta, theme.boundary, width=OURS_WIDTH
        ).set_stroke(opacity=OURS_OPACITY)))
        # The factor in the header's empty corner, in the row of the column it scales.
        # The factor is the target, shown as it is said; the numbers it scales move to it.
        factor = ReadoutPanel([(r"\times", lambda: ratio, 3)], theme, font_size=SIZES.label)
        self.factor = factor
        factor.move_to([table[1][0].get_left()[0], table[0][1].get_y(), 0], aligned_edge=LEFT)
        # Our weights and bias as they shrink, in the places of the fitted ones.
        live = VGroup()
        for label, value in (("w_1", ours_theta[1]), ("w_2", ours_theta[2]),
                             ("b", ours_theta[0])):
            cell = self.cells[label][0]
            number = DecimalNumber(value, num_decimal_places=3, font_size=SIZES.formula_small,
                                   color=theme.highlight)
            number.move_to(cell, aligned_edge=RIGHT)
            number.add_updater(lambda m, v=value, c=cell: m.set_value(
                scale.get_value() * v).move_to(c, aligned_edge=RIGHT))
            live.add(number)
        # In the code's place: the probability along a line across the boundary (signed
        # distance from it, in the plane's units), steep for our weights, softer shrunk.
        norm = float(np.linalg.norm(ours.w))
        profile_room_top = code.get_top()[1] - 0.45  # room for the name over the axis
        profile_room_bottom = table.get_top()[1] + 0.55
        profile = function_axes(theme, (-3, 3, 1), (0, 1, 0.5),
                                x_length=column.width - 1.6,
                                y_length=profile_room_top - profile_room_bottom - 0.2,
                                x_numbers=(-2, 0, 2), y_numbers=(0.5, 1), y_decimals=1,
                                number_size=SIZES.label)
        profile.move_to([column.left + 0.9 + profile.x_length / 2,
                         (profile_room_top + profile_room_bottom) / 2, 0])
        profile_name = MathTex(r"\hat y", font_size=SIZES.formula_small,
                               color=theme.text).next_to(profile.y_axis, UP, buff=0.12)
        across = Text("across the line", font_size=SIZES.label, color=theme.muted).next_to(
            profile.x_axis.get_end(), UP, buff=0.15).align_to(profile.x_axis, RIGHT)
        ds = np.linspace(-3, 3, 121)

        def s_curve() -> VMobject:
            values = sigmoid(scale.get_value() * norm * ds)
            return VMobject(stroke_color=theme.boundary, stroke_width=5).set_points_smoothly(
                profile.c2p(np.column_stack([ds, values, np.zeros_like(ds)])))

        s_line = always_redraw(s_curve)
        # Once shrinking, the moving S takes the colour of the shrunk numbers in the table
        # and ours stays behind in ours; each named in its colour, in the profile's
        # empty upper left (the S is near 0 there), short enough to stay left of the rise.
        before = s_curve().set_stroke(color=theme.boundary, width=3, opacity=OURS_OPACITY)
        s_names = VGroup(
            Text("ours", font_size=SIZES.label, color=theme.boundary),
            Text("shrunk", font_size=SIZES.label, color=theme.highlight),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        s_names.next_to(profile.c2p(-3, 1), DOWN + RIGHT, buff=0.1)
        self.profile = profile
        with self.beat("See it on the plane: here are our model's probabilities, "
                       "{across} and here they are along a line across the boundary. "
                       f"{{shrink}} Shrink our weights and bias together {{by}} by {ratio:.3f}, "
                       "so our "
                       "weights are as long as scikit-learn's: {stays} the line stays exactly "
                       "where it is, {soft} and only the S across it gets gentler: the "
                       "probabilities soften.") as b:
            self.add(field)
            self.bring_to_back(field)
            self.play(FadeOut(line_tint), FadeIn(field), FadeOut(self.objective),
                      run_time=1.0)
            b.wait_until("across")
            self.play(Create(profile), FadeIn(profile_name), FadeIn(across), Create(s_line),
                      run_time=1.2)
            b.wait_until("shrink")
            self.add(before)
            s_line.clear_updaters()
            s_line.add_updater(lambda m: m.become(s_curve().set_stroke(
                color=theme.highlight)))
            self.play(FadeOut(ours_weights), FadeIn(live), FadeIn(s_names), run_time=0.4)
            # The shrink ends as its factor is said: the factor shown is where it stops.
            self.play(scale.animate.set_value(ratio), run_time=b.time_until("by",
                                                                            minimum=1.2))
            b.wait_until("by")
            self.play(FadeIn(factor), Indicate(live, color=theme.highlight), run_time=0.8)
            b.wait_until("stays")
            self.play(Indicate(ours_line, color=theme.highlight, scale_factor=1.0),
                      run_time=1.0)
            b.wait_until("soft")
            self.play(Indicate(s_line, color=theme.text, scale_factor=1.0), run_time=1.0)
        ours_line.clear_updaters()
        s_line.clear_updaters()
        for mob in (field, *factor.numbers, *live):
            mob.clear_updaters()

        # Step: the moral
        box = SurroundingRectangle(VGroup(*self.cells[r"\text{accuracy}"]), color=theme.good,
                                   buff=0.1)
        with self.beat("Both classify every training point the same way. {know} Now you know "
                       "what model dot fit does for you: it minimises the same log loss, plus "
                       "a penalty of half the weights' squared length, with its own solver, "
                       "L-BFGS by default, in place of our plain gradient steps.") as b:
            self.play(Create(box), run_time=0.8)
            b.wait_until("know")
            self.play(FadeOut(VGroup(profile, profile_name, across, s_line, before, s_names)),
                      FadeIn(code), run_time=0.8)
            self.play(code.light(code.line_index("model.fit")), run_time=0.5)
            self.play(Indicate(code, color=theme.highlight, scale_factor=1.02), run_time=1)

    def tint(self, cells: VGroup) -> SurroundingRectangle:
        """A pale band of the highlight colour behind the rows of ``cells``, labels included
        (added to the scene behind everything, invisible until faded in)."""
        rows = VGroup(*[row for row in self.table[1:] if any(c in cells for c in row)])
        band = SurroundingRectangle(rows, color=self.theme.highlight, buff=0.08,
                                    stroke_width=1.5, fill_opacity=0.16)
        self.add(band)
        self.bring_to_back(band)
        band.set_opacity(0)
        return band

    def comparison_table(self, comp: SklearnComparison, code: VGroup) -> tuple[VGroup, Line]:
        """Ours beside scikit-learn's, row by row (weights, the line, accuracy), under the
        code line and left-aligned with it; and the rule under the header. Fills
        ``self.cells``: each row's label to its two number cells."""
        theme = self.theme
        ours = comp.ours
        # The table: a header row and six rows of label, ours, theirs.
        ours_slope, ours_icpt = boundary_slope_intercept(ours.w, ours.b)
        their_slope, their_icpt = boundary_slope_intercept(comp.sklearn_w, comp.sklearn_b)
        rows_data = [
            ("w_1", ours.w[0], comp.sklearn_w[0], 3),
            ("w_2", ours.w[1], comp.sklearn_w[1], 3),
            ("b", ours.b, comp.sklearn_b, 3),
            (r"\text{slope}", ours_slope, their_slope, 3),
            (r"\text{intercept}", ours_icpt, their_icpt, 3),
            (r"\text{accuracy}", ours.accuracy, comp.sklearn_accuracy, 3),
        ]
        size = SIZES.formula_small
        header = VGroup(VectorizedPoint(),  # the label column has no header
                        Text("ours", font_size=SIZES.label, color=theme.boundary),
                        Text("scikit-learn", font_size=SIZES.label, color=theme.curve))
        table = VGroup(header)
        self.cells: dict[str, tuple[MathTex, MathTex]] = {}
        left = code.get_left()[0]
        columns = (left, left + 3.2, left + 5.6)  # label left edge; numbers' right edges
        for row_index, (label, mine, theirs, decimals) in enumerate(rows_data):
            # One TeX run per row, so label and numbers share a baseline; then only x moves.
            # Braced numbers: a leading minus is a sign, not a subtraction after the label.
            cells = MathTex(label, f"{{{mine:.{decimals}f}}}", f"{{{theirs:.{decimals}f}}}",
                            arg_separator=r"\qquad ", font_size=size, color=theme.text)
            cells[0].set_color(theme.text)
            cells[1].set_x(columns[1], direction=RIGHT)
            cells[2].set_x(columns[2], direction=RIGHT)
            # Digits sit on the baseline: line the rows up by it, a fixed pitch apart.
            cells.shift((-0.52 * row_index - cells[1].get_bottom()[1]) * UP)
            # A word is a word in the text face; a symbol stays maths.
            name: VMobject = cells[0]
            if label.startswith(r"\text{"):
                name = Text(label[len(r"\text{"):-1], font_size=SIZES.label, color=theme.text)
                name.set_y(cells[1].get_y())
            name.set_x(columns[0], direction=LEFT)
            self.cells[label] = (cells[1], cells[2])
            table.add(VGroup(name, cells[1], cells[2]))
        header[1:].next_to(table[1], UP, buff=0.3)
        header[1].set_x(columns[1], direction=RIGHT)
        header[2].set_x(columns[2], direction=RIGHT)
        header[0].move_to([columns[0], header[1].get_y(), 0])
        table.next_to(code, DOWN, buff=0.45).align_to(code, LEFT)
        rule = Line(table[0].get_corner(DOWN + LEFT) + 0.1 * DOWN,
                    [left + 5.7, table[0].get_bottom()[1] - 0.1, 0], color=theme.muted,
                    stroke_width=1.5)
        return table, rule


# ---------------------------------------------------------------------------------------------

_Q_SLOPE, _Q_ICPT = boundary_slope_intercept(np.array(QUIZ_W), QUIZ_B)


def _line(slope: float, intercept: float) -> str:
    """'$x_2 = -2\\,x_1 + 4$', set as maths."""
    sign = "+" if intercept >= 0 else "-"
    return f"$x_2 = {slope:g}\\,x_1 {sign} {abs(intercept):g}$"


QUIZ = Quiz(
    question=f"Logistic regression learned $w_1 = {QUIZ_W[0]:g}$, $w_2 = {QUIZ_W[1]:g}$, "
             f"$b = {QUIZ_B:g}$. Which line is its decision boundary?",
    spoken_question=f"Logistic regression learned w one equals {QUIZ_W[0]:g}, w two equals "
                    f"{QUIZ_W[1]:g}, and b equals {QUIZ_B:g}. Which line is its decision "
                    "boundary?",
    choices=(
        _line(_Q_SLOPE, _Q_ICPT),
        _line(-_Q_SLOPE, -_Q_ICPT),  # the signs of the solving step dropped
        _line(1 / _Q_SLOPE, _Q_ICPT / 2),  # w2 / w1 for the slope, b over w1
        "There is none: the boundary of logistic regression is curved",
    ),
    correct=0,
    applied=True,
    reason=f"Set $w_1 x_1 + w_2 x_2 + b = 0$ and solve for $x_2$: slope "
           f"$-w_1/w_2 = -{QUIZ_W[0]:g}/{QUIZ_W[1]:g} = {_Q_SLOPE:g}$, intercept "
           f"$-b/w_2 = {-QUIZ_B:g}/{QUIZ_W[1]:g} = {_Q_ICPT:g}$.",
    spoken_reason="Set w one x one plus w two x two plus b to zero and solve for x two: the "
                  f"slope is minus w one over w two, {_Q_SLOPE:g}; the intercept minus b over "
                  f"w two, {_Q_ICPT:g}.",
)

#: The reason as it is revealed, each piece shown as it is said: the model's own split (the
#: rule), then line A's slope, then its intercept, each drawn on the line on its words.
REASON_STEPS = (
    ("Set $w_1 x_1 + w_2 x_2 + b = 0$ and solve for $x_2$:",
     "Set w one x one plus w two x two plus b to zero and solve for x two:"),
    (f"slope $-w_1/w_2 = -{QUIZ_W[0]:g}/{QUIZ_W[1]:g} = {_Q_SLOPE:g}$,",
     f"the slope is minus w one over w two, {_Q_SLOPE:g};"),
    (f"intercept $-b/w_2 = {-QUIZ_B:g}/{QUIZ_W[1]:g} = {_Q_ICPT:g}$.",
     f"the intercept minus b over w two, {_Q_ICPT:g}."),
)


#: The three candidate lines of the quiz (A, B, C) as (slope, intercept), and the box of the
#: picture that draws them (as narrow as the three lines allow: the picture is as tall as the
#: side panel lets a box of this shape be).
QUIZ_LINES = ((_Q_SLOPE, _Q_ICPT), (-_Q_SLOPE, -_Q_ICPT), (1 / _Q_SLOPE, _Q_ICPT / 2))
QUIZ_BOX = ((-0.5, 4.5), (-1.0, 5.0))
#: The numbered ticks of the quiz's plane: off the points where the lines cross the axes (A and
#: B cross the x_1 axis together at 2, C at 4), so no number sits under a line.
QUIZ_TICKS = ((1, 3), (1, 3))
#: Where the reveal draws line A's slope: a step of one to the right from this x_1.
QUIZ_STEP_FROM = 0.5


class BoundaryCheck(QuizScene):
    """Check your understanding: read the boundary line off a model's weights. Beside the
    card, the three candidate lines; on the answer, the model's own probabilities shade the
    plane and split exactly along line A, whose slope and intercept are then drawn on it."""

    uses_params = ()  # a quiz reads no lecture parameter
    quiz = QUIZ
    reason_steps = REASON_STEPS

    def quiz_picture(self) -> Group:
        theme = self.theme
        # As large as the region right of the card allows, with room for the axes' names
        # (above and to the right), so nothing is shrunk to fit.
        room = quiz_picture_room(self.quiz, theme)
        (x0, x1), (y0, y1) = QUIZ_BOX
        side = min(room.width - 0.7, (room.height - 0.7) * (x1 - x0) / (y1 - y0))
        axes = plane_axes(theme, QUIZ_BOX, side)
        names = axis_names(axes, theme)
        self.quiz_axes = axes
        for value in QUIZ_TICKS[0]:
            names.add(SansNumber(value, num_decimal_places=0, font_size=SIZES.body,
                                 color=theme.muted).next_to(axes.c2p(value, 0), DOWN,
                                                            buff=0.12))
        for value in QUIZ_TICKS[1]:
            names.add(SansNumber(value, num_decimal_places=0, font_size=SIZES.body,
                                 color=theme.muted).next_to(axes.c2p(0, value), LEFT,
                                                            buff=0.12))
        lines, letters = VGroup(), VGroup()
        # Each letter near one end of its line, on the side away from the other lines: A and B
        # at their upper ends (A's above its intercept, marked on the answer), C at its right
        # end.
        for letter, (m, c), upper, along in zip("ABC", QUIZ_LINES, (True, True, False),
                                                (0.1, 0.12, 0.12), strict=True):
            theta = np.array([-c, -m, 1.0])  # x2 - m x1 - c = 0
            segment = boundary_segment(theta, *QUIZ_BOX)
            ends = [axes.c2p(*p) for p in segment]
            start, end = sorted(ends, key=(lambda q: -q[1]) if upper else (lambda q: -q[0]))
            lines.add(Line(start, end, color=theme.text, stroke_width=4))
            tag = Text(letter, font_size=SIZES.body, color=theme.text, weight="BOLD")
            tag.move_to(start + along * (end - start) + 0.3 * (RIGHT if upper else UP))
            letters.add(tag)
        self.quiz_lines, self.quiz_letters = lines, letters
        return Group(axes, names, lines, letters)

    def quiz_picture_region(self) -> Region:
        """Right of the card: the picture is the question, so it is as big as it can be."""
        return quiz_picture_room(self.quiz, self.theme)

    def quiz_marks(self) -> tuple[VGroup, VGroup]:
        """Line A's intercept (a dot and its value) and slope (a step of one and its drop),
        where the placed picture's axes put them."""
        theme, axes = self.theme, self.quiz_axes
        slope, icpt = QUIZ_LINES[0]
        x0 = QUIZ_STEP_FROM
        corner = (x0 + 1.0, icpt + slope * x0)
        cross = Dot(axes.c2p(0, icpt), radius=0.09, color=theme.curve)
        cross_value = SansNumber(icpt, num_decimal_places=0, font_size=SIZES.body,
                                 color=theme.curve).next_to(cross, LEFT, buff=0.1)
        run_leg = Line(axes.c2p(x0, corner[1]), axes.c2p(*corner), color=theme.highlight,
                       stroke_width=4)
        rise_leg = Line(axes.c2p(*corner), axes.c2p(corner[0], corner[1] + slope),
                        color=theme.highlight, stroke_width=4)
        one = SansNumber(1, num_decimal_places=0, font_size=SIZES.body,
                         color=theme.highlight).next_to(run_leg, UP, buff=0.1)
        drop = SansNumber(slope, num_decimal_places=0, font_size=SIZES.body,
                          color=theme.highlight).next_to(rise_leg, RIGHT, buff=0.1)
        for tag in (cross_value, one, drop):  # legible over the field and the lines beneath
            tag.add_background_rectangle(color=theme.background, opacity=0.6, buff=0.04)
        return VGroup(cross, cross_value), VGroup(run_leg, rise_leg, one, drop)

    def quiz_reveal_step(self, i: int) -> None:
        theme = self.theme
        if i == 0:
            # The model's own probabilities split the plane along line A.
            model = np.array([QUIZ_B, *QUIZ_W])
            field = ProbabilityField(self.quiz_axes, lambda: model, theme)
            field.clear_updaters()
            self.add(field)
            self.bring_to_back(field)
            others = [*self.quiz_lines[1:], *self.quiz_letters[1:]]
            self.play(FadeIn(field), self.quiz_lines[0].animate.set_color(theme.good),
                      self.quiz_letters[0].animate.set_color(theme.good),
                      *[m.animate.set_opacity(0.3) for m in others], run_time=1.5)
            self.quiz_intercept, self.quiz_slope = self.quiz_marks()
            return
        # Then the slope, then the intercept, each drawn on line A as its piece is said.
        mark = self.quiz_slope if i == 1 else self.quiz_intercept
        self.play(*[Create(m) if isinstance(m, Line) else FadeIn(m) for m in mark],
                  run_time=0.8)


SCENES_IN_ORDER = [BoundaryWhereTheScoreIsZero, OurWeightsBesideScikitLearn, BoundaryCheck]
