"""Chapter 0: the spam problem. A least-squares line fitted to 0/1 labels tilts under one far,
obviously-spam email, and its 0.5 rule starts getting easy emails wrong."""

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
    GrowArrow,
    Indicate,
    Line,
    MathTex,
    Polygon,
    Text,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    linear,
)

from core import boundary_segment, logistic_sweep, predict_proba, spam_sweep
from scenes.common.beats import LectureScene
from scenes.common.layout import SIDE, STAGE, Region
from scenes.common.pieces import ReadoutPanel
from scenes.common.plots import function_axes, legend_entry, point_cloud, polyline
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The feature axis shows the far email's whole journey.
X_RANGE = (0.0, 31.0)
#: Half-unit steps from -0.5, so every tick falls on a half (0, 0.5 and 1 are numbered);
#: the line's values over the whole sweep stay inside (a test checks).
Y_RANGE = (-0.5, 1.75)
#: Far-point positions in the sweep: enough for one per frame at 15 fps over the slide.
N_POSITIONS = 120
#: The flaws scene's y range: just the line's values (the plot is the subject there).
FLAWS_Y_RANGE = (-0.5, 1.5)
#: Rings around emails the 0.5 rule gets wrong, in the highlight colour (a pale yellow, far
#: lighter than the orange spam dots, so they stay apart for colour-blind eyes too).
RING_RADIUS = 0.16
#: Where the far email is dragged to.
SWEEP_END = 28.0
#: The S's fits carry a little L2: the spam emails are separable, so plain maximum likelihood
#: has no finite weights.
S_L2 = 0.05


def spam_axes(theme: Theme, region: Region, y_range: tuple[float, float] = Y_RANGE
              ) -> tuple[Axes, VGroup]:
    """The emails' axes with their names, filling ``region``: the axes, and the group of axes
    and names (placed together, so the names stay inside the region)."""
    # Room left for the y numbers beside the axes, and the x numbers, x name and y name.
    axes = function_axes(theme, (X_RANGE[0], X_RANGE[1], 5), (y_range[0], y_range[1], 0.5),
                         x_length=region.width - 0.8, y_length=region.height - 1.6,
                         # No "0" under the origin: the y-axis would strike it through.
                         x_numbers=range(5, 31, 5),
                         y_numbers=np.arange(y_range[0], y_range[1] + 1e-9, 0.5))
    x_label = Text("how often the email says \u201cfree\u201d", font_size=SIZES.caption,
                   color=theme.muted).next_to(axes.x_axis, DOWN, buff=0.5)
    y_label = Text("label", font_size=SIZES.caption, color=theme.muted).next_to(
        axes.y_axis, UP, buff=0.15)
    group = VGroup(axes, x_label, y_label)
    region.place(group)
    return axes, group


def class_legend(theme: Theme) -> VGroup:
    """Spam and not spam, one under the other."""
    rows = VGroup(
        legend_entry(Dot(radius=0.08, color=theme.class1), "spam: y = 1, positive", theme),
        legend_entry(Dot(radius=0.08, color=theme.class0), "not spam: y = 0, negative",
                     theme))
    return rows.arrange(DOWN, aligned_edge=LEFT, buff=0.15)


def clipped_line(axes: Axes, intercept: float, slope: float) -> np.ndarray | None:
    """Ends of the line ``intercept + slope * x`` inside the plot, in scene coordinates."""
    # y = b + m x  <=>  b + m x - y = 0: core clips such a line to the plot's box.
    y_range = (float(axes.y_range[0]), float(axes.y_range[1]))
    segment = boundary_segment(np.array([intercept, slope, -1.0]), X_RANGE, y_range)
    return None if segment is None else np.array([axes.c2p(*p) for p in segment])


def email_dots(axes: Axes, x: np.ndarray, y: np.ndarray, theme: Theme) -> VGroup:
    """One dot per email at (its count of "free", its label), coloured by the label."""
    return point_cloud(axes, np.column_stack([x, y]), y, theme)


def spam_zone(axes: Axes, crossing: Callable[[], float], theme: Theme) -> tuple[Polygon, Text]:
    """The band right of the 0.5 crossing, where the rule says spam, and its name; both
    follow ``crossing`` as the line tilts."""

    def corners() -> list[np.ndarray]:
        c = crossing()
        return [axes.c2p(c, Y_RANGE[0]), axes.c2p(X_RANGE[1], Y_RANGE[0]),
                axes.c2p(X_RANGE[1], Y_RANGE[1]), axes.c2p(c, Y_RANGE[1])]

    zone = Polygon(*corners(), stroke_width=0, fill_color=theme.class1, fill_opacity=0.13)
    zone.add_updater(lambda m: m.set_points_as_corners([*corners(), corners()[0]]))
    label = Text("called spam", font_size=SIZES.caption, color=theme.class1)
    label.add_updater(lambda m: m.move_to(
        axes.c2p(crossing(), Y_RANGE[1]) + np.array([m.width / 2 + 0.15, -0.25, 0])))
    return zone, label


def mistake_rings(dots: VGroup, wrong: Callable[[], np.ndarray], theme: Theme) -> VGroup:
    """A ring around each dot that ``wrong()`` flags, kept up to date (in the highlight
    colour: red on the orange spam dots is lost to colour-blind eyes)."""
    rings = VGroup(*[Circle(radius=RING_RADIUS, color=theme.highlight, stroke_width=3)
                     .move_to(d) for d in dots])

    def show(group: VGroup) -> None:
        for ring, dot, bad in zip(group, dots, wrong(), strict=True):
            ring.move_to(dot).set_stroke(opacity=1.0 if bad else 0.0)

    show(rings)
    rings.add_updater(show)
    return rings


class LeastSquaresLineTilts(LectureScene):
    """A least-squares line on 0/1 labels tilts as one far spam email slides right."""

    def construct(self) -> None:
        theme = self.theme
        sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
        x0, y = sweep.X[0], sweep.y
        far = sweep.far_index
        axes, plot = spam_axes(theme, STAGE)
        heading = self.heading("Chapter 0 \u00b7 The spam problem")

        # Step: the data
        dots = email_dots(axes, x0, y, theme)
        legend = SIDE.place(class_legend(theme), aligned=UP + LEFT)
        with self.beat("{dots} Here is an inbox of twelve emails: every dot is one email. "
                       "{position} Its position says how often it uses the word free; "
                       "{height} its height is the answer we want, a yes or a no, not a price: "
                       "one for spam, the positive class, zero for not, the negative class."
                       ) as b:
            self.play(Write(heading), Create(axes), FadeIn(plot[1:]), run_time=1)
            b.wait_until("dots")
            self.play(*[FadeIn(d, scale=0.5) for d in dots], lag_ratio=0.05, run_time=1)
            b.wait_until("position")
            self.play(Indicate(plot[1], color=theme.highlight), run_time=1.2)
            b.wait_until("height")
            self.play(FadeIn(legend), Indicate(plot[2], color=theme.highlight), run_time=1.2)

        # Step: fit a line, read it with a 0.5 rule
        pos = ValueTracker(float(sweep.positions[0]))

        def index() -> int:
            return int(np.abs(sweep.positions - pos.get_value()).argmin())

        def fit() -> tuple[float, float]:
            p = pos.get_value()
            return (float(np.interp(p, sweep.positions, sweep.intercepts)),
                    float(np.interp(p, sweep.positions, sweep.slopes)))

        def crossing() -> float:
            return float(np.interp(pos.get_value(), sweep.positions, sweep.crossings))

        half = DashedLine(axes.c2p(X_RANGE[0], 0.5), axes.c2p(X_RANGE[1], 0.5),
                          color=theme.muted, dash_length=0.12, stroke_width=2)
        half_label = Text("0.5", font_size=SIZES.caption, color=theme.muted).next_to(
            half.get_end(), UP + LEFT, buff=0.1)

        zone, zone_label = spam_zone(axes, crossing, theme)

        line = Line(*clipped_line(axes, *fit()), color=theme.highlight, stroke_width=5)
        line.add_updater(lambda m: m.put_start_and_end_on(*clipped_line(axes, *fit())))
        with self.beat("{line} Least squares gives us the best straight line through these "
                       "points. {rule} Call an email spam wherever the line is above one "
                       "half.") as b:
            b.wait_until("line")
            self.play(Create(line), run_time=1.5)
            b.wait_until("rule")
            self.play(Create(half), FadeIn(half_label), FadeIn(zone), FadeIn(zone_label),
                      run_time=1.2)

        rings = mistake_rings(dots, lambda: sweep.misclassified[index()], theme)
        panel = ReadoutPanel(
            [("line at the far email", lambda: float(np.interp(
                pos.get_value(), sweep.positions, sweep.far_values)), 2),
             ("misclassified by the 0.5 rule", lambda: float(sweep.n_misclassified[index()]),
              0)],
            theme, tex_labels=False, font_size=SIZES.label,
        )
        SIDE.fit(panel).next_to(legend, DOWN, buff=0.6, aligned_edge=LEFT)
        with self.beat("At first the rule gets every email right. {watch} Keep an eye on two "
                       "numbers: {far_height} the line's height at the far email, {wrong} and how "
                       "many emails are wrong.") as b:
            b.wait_until("watch")
            self.play(FadeIn(panel), run_time=1.2)
            b.wait_until("far_height")
            self.play(Indicate(dots[far], color=theme.highlight),
                      Indicate(panel[0][0], color=theme.highlight), run_time=1.5)
            b.wait_until("wrong")
            self.play(Indicate(panel[1][0], color=theme.highlight), run_time=1.5)

        # Step: slide the far email right, the first line left behind as a ghost
        ghost = DashedLine(line.get_start(), line.get_end(), color=theme.muted,
                           dash_length=0.12, stroke_width=3)
        first_cross = Dot(axes.c2p(crossing(), 0.5), radius=0.08, color=theme.muted)
        self.add(ghost, first_cross)
        self.bring_to_front(line, dots)
        far_dot = dots[far]
        far_dot.add_updater(lambda m: m.move_to(axes.c2p(pos.get_value(), 1)))
        ghost_name = Text("first line", font_size=SIZES.label, color=theme.muted)
        ghost_name.next_to(ghost.get_end(), RIGHT, buff=0.15)
        with self.beat("{drag} Now drag the far email further right, {ghost} leaving the first "
                       "line behind, dashed. It is the easiest spam of all, yet the line tilts "
                       "to chase it, {slides} and the crossing slides the wrong way.") as b:
            b.wait_until("drag")
            # One steady drag up to "slides"; the first line, left behind dashed with a dot
            # where it crossed one half, is named on its word while the drag carries on.
            total = max(b.time_until("slides"), 2.0)
            named = min(max(b.time_until("ghost"), 0.0), total - 1.0)
            first, last = float(sweep.positions[0]), float(sweep.positions[-1])
            if named > 0:
                self.play(pos.animate.set_value(first + (last - first) * named / total),
                          run_time=named, rate_func=linear)
            self.play(pos.animate.set_value(last), FadeIn(
                ghost_name, rate_func=lambda t: min(1.0, 6 * t)),
                run_time=total - named, rate_func=linear)
            b.wait_until("slides")
            slide = Arrow(axes.c2p(float(sweep.crossings[0]), 0.5),
                          axes.c2p(float(sweep.crossings[-1]), 0.5), buff=0.1,
                          color=theme.highlight, stroke_width=5,
                          max_tip_length_to_length_ratio=0.35)
            new_cross = Dot(axes.c2p(float(sweep.crossings[-1]), 0.5), radius=0.08,
                            color=theme.highlight)
            self.play(GrowArrow(slide), FadeIn(new_cross, scale=0.5), run_time=1.2)
        far_dot.clear_updaters()

        wrong_now = [dots[i] for i in np.flatnonzero(sweep.misclassified[-1])]
        with self.beat("{ringed} Spam emails the line used to catch now sit below one half, "
                       "ringed. {broken} One harmless-looking point has broken answers "
                       "that were right.") as b:
            b.wait_until("ringed")
            # The rings appear on their word (the count in the panel kept score until then).
            rings.update()
            self.play(FadeIn(rings),
                      *[Indicate(d, color=theme.highlight, scale_factor=1.6) for d in wrong_now],
                      run_time=1.5)
            b.wait_until("broken")
            self.play(Indicate(dots[far], color=theme.highlight), run_time=1.5)
        for mob in (line, zone, zone_label, rings, panel):
            mob.clear_updaters()


class TwoFlawsAndTheFix(LectureScene):
    """The two fatal flaws of a line for yes/no answers, and the fix: fit an S instead, which
    stays put when the far email is dragged again."""

    def construct(self) -> None:
        theme = self.theme
        sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
        fits = logistic_sweep(sweep, l2=S_L2)
        X, y = sweep.X[-1], sweep.y
        far = sweep.far_index
        # Which far-email position the S is fitted at (dragged in the last step).
        index = ValueTracker(float(N_POSITIONS - 1))

        def k() -> int:
            return int(round(index.get_value()))

        # The plot is the subject: the whole stage, and a y range just wide enough for the
        # line's values (the words go beside it).
        axes, plot = spam_axes(theme, STAGE, y_range=FLAWS_Y_RANGE)
        dots = email_dots(axes, X, y, theme)
        line = Line(*clipped_line(axes, sweep.intercepts[-1], sweep.slopes[-1]),
                    color=theme.highlight, stroke_width=5)
        first_line = DashedLine(*clipped_line(axes, sweep.intercepts[0], sweep.slopes[0]),
                                color=theme.muted, dash_length=0.12, stroke_width=3)
        guides = VGroup(*[DashedLine(axes.c2p(X_RANGE[0], v), axes.c2p(X_RANGE[1], v),
                                     color=theme.muted, dash_length=0.12, stroke_width=2)
                          for v in (0, 1)])
        heading = self.heading("Two fatal flaws")

        # Step: flaw one, outputs that are not probabilities (no floor, no ceiling)
        quiet = int(np.argmin(sweep.X[0]))
        below = float(sweep.fitted[0, quiet])
        over = float(sweep.fitted[-1, far])
        flaw1 = Text("1. Its outputs leave [0, 1]:\n    no floor, no ceiling.",
                     font_size=SIZES.label, color=theme.text)
        flaw2 = Text("2. One far, easy point\n    tilts it and flips\n    right answers.",
                     font_size=SIZES.label, color=theme.text)
        fix = Text("The fix: an S that\nstays between 0 and 1.", font_size=SIZES.label,
                   color=theme.curve)
        panel = ReadoutPanel(
            [("S crosses 0.5 at x =", lambda: float(fits.crossings[k()]), 2),
             ("S at the far email", lambda: float(fits.far_probs[k()]), 3)],
            theme, tex_labels=False, font_size=SIZES.label,
        )
        SIDE.stack(flaw1, flaw2, fix, panel, buff=0.45)
        # Out-of-range values are marked in the text colour (a shape and a "< 0" / "> 1"
        # say what is wrong), never red on the yellow line or the orange emails.
        floor_mark = Dot(axes.c2p(X[quiet], below), radius=0.08, color=theme.text)
        floor_value = MathTex(rf"{below:.2f} < 0", font_size=SIZES.formula_small,
                              color=theme.text)
        # Below the row of tick numbers, starting under the mark.
        floor_value.move_to(axes.c2p(X[quiet], FLAWS_Y_RANGE[0] + 0.12), aligned_edge=LEFT)
        ceiling_mark = Dot(axes.c2p(X[far], over), radius=0.09, color=theme.text)
        ceiling_value = MathTex(rf"{over:.2f} > 1", font_size=SIZES.formula_small,
                                color=theme.text).next_to(ceiling_mark, UP, buff=0.15)
        ceiling_value.shift((min(0.0, axes.x_axis.get_right()[0] - ceiling_value.get_right()[0]))
                            * RIGHT)
        with self.beat("The first flaw: {bounds} a line has no ceiling and no floor. "
                       "{floor} Before the drag, the first line, dashed, dipped below zero at "
                       "the quietest email; {far} now the line predicts more than one at the "
                       "far email. Neither can be a probability.") as b:
            self.play(FadeIn(heading), Create(axes), FadeIn(plot[1:]), FadeIn(dots),
                      Create(line), run_time=1.2)
            b.wait_until("bounds")
            self.play(Create(guides), FadeIn(flaw1, shift=0.2 * RIGHT), run_time=1.2)
            b.wait_until("floor")
            self.play(Create(first_line), FadeIn(floor_mark, scale=0.5), FadeIn(floor_value),
                      run_time=1.2)
            b.wait_until("far")
            self.play(FadeIn(ceiling_mark, scale=0.5), FadeIn(ceiling_value), run_time=1)

        # Step: flaw two, the easiest point does the damage
        half = DashedLine(axes.c2p(X_RANGE[0], 0.5), axes.c2p(X_RANGE[1], 0.5),
                          color=theme.muted, dash_length=0.12, stroke_width=2)
        half_label = Text("0.5", font_size=SIZES.caption, color=theme.muted).next_to(
            half.get_end(), UP + LEFT, buff=0.1)
        line_wrong = sweep.misclassified[-1]
        wrong_idx = np.flatnonzero(line_wrong)
        rings = VGroup(*[Circle(radius=RING_RADIUS, color=theme.highlight, stroke_width=3)
                         .move_to(dots[i]) for i in wrong_idx])
        # The far email's error: the gap from its label (1) up to the line, and its square.
        top, foot = axes.c2p(X[far], over), axes.c2p(X[far], 1.0)
        residual = Line(foot, top, color=theme.bad, stroke_width=6)
        side = float(top[1] - foot[1])
        square = Polygon(foot, foot + side * LEFT, top + side * LEFT, top, stroke_width=2,
                         stroke_color=theme.bad, fill_color=theme.bad, fill_opacity=0.35)
        square_name = Text("error, squared", font_size=SIZES.label, color=theme.text)
        # Under the square, clear of the line (which runs past its left side).
        square_name.next_to(square, DOWN, buff=0.3, aligned_edge=RIGHT).shift(0.4 * LEFT)
        with self.beat("{second} The second: least squares punished the far email for being "
                       "too right. {residual} Its error, the gap from one up to the line, "
                       "counts squared, {tilt} so the line tilted away from its first place, "
                       "{flip} and easy spam emails dropped below one half: right answers "
                       "flipped to wrong.") as b:
            b.wait_until("second")
            self.play(FadeIn(flaw2, shift=0.2 * RIGHT), FadeOut(floor_mark),
                      FadeOut(floor_value), FadeOut(ceiling_value), run_time=1.2)
            b.wait_until("residual")
            self.play(Create(residual), run_time=0.8)
            self.play(FadeIn(square), FadeIn(square_name), run_time=1)
            b.wait_until("tilt")
            self.play(Indicate(first_line, color=theme.highlight), run_time=1.2)
            b.wait_until("flip")
            self.play(Create(half), FadeIn(half_label), Create(rings), run_time=1.5)

        # Step: the fix, squash the line into an S
        xs = np.linspace(*X_RANGE, 300)
        def s_points(i: int) -> VMobject:
            return polyline(axes, xs, predict_proba(fits.thetas[i], xs[:, None]),
                            theme.curve, width=5)

        s_curve = s_points(N_POSITIONS - 1)
        s_cross = Dot(radius=0.09, color=theme.highlight)
        s_cross.add_updater(lambda m: m.move_to(axes.c2p(float(fits.crossings[k()]), 0.5)))
        self.s_curve = s_curve  # for the tests
        with self.beat("{squash} The fix: in place of the line, fit an S-shaped curve that "
                       "saturates at zero and one. {right} With the S, every email is on its "
                       "right side of one half again.") as b:
            b.wait_until("squash")
            # Everything that spoke of the line goes with it.
            self.play(FadeOut(line), FadeOut(first_line), FadeOut(rings), FadeOut(residual),
                      FadeOut(square), FadeOut(square_name), FadeOut(ceiling_mark),
                      Create(s_curve), FadeIn(fix, shift=0.2 * UP), run_time=2.5)
            self.bring_to_front(dots)  # the emails stay visible on top of the curve
            b.wait_until("right")
            self.play(FadeIn(s_cross, scale=0.5),
                      *[Indicate(dots[i], color=theme.good, scale_factor=1.6)
                        for i in wrong_idx], run_time=1.2)

        # Step: drag the far email again, with the S in place
        s_curve.add_updater(lambda m: m.set_points(s_points(k()).points))
        dots[far].add_updater(lambda m: m.move_to(axes.c2p(float(sweep.X[k(), far]), 1)))
        with self.beat("{drag} Now drag the far email back and out again, with the S in place. "
                       "{still} The S and its crossing at one half stay put: the far email no "
                       "longer matters, because the S is already sure about it.") as b:
            b.wait_until("drag")
            self.play(FadeIn(panel), run_time=0.6)
            self.play(index.animate.set_value(0.0), run_time=3, rate_func=linear)
            b.wait_until("still")
            self.play(index.animate.set_value(float(N_POSITIONS - 1)), run_time=3,
                      rate_func=linear)
            self.play(Indicate(s_cross, color=theme.highlight),
                      Indicate(panel[1], color=theme.highlight), run_time=1.2)
        for mob in (s_curve, dots[far], s_cross, *panel.numbers):
            mob.clear_updaters()


QUIZ = Quiz(
    question="A least-squares line on 0/1 labels classifies every email right. A new spam "
             "email arrives far to the right, with a huge count of \u201cfree\u201d. What "
             "happens when the line is refitted?",
    choices=(
        "It stays put; only its output there tops 1.",
        "The line ignores it, since a sure email adds no error.",
        "It tilts; its 0.5 crossing slides right.",
        "Only the threshold moves; a better cut-off fixes it.",
    ),
    correct=2,
    reason="Least squares punishes the far email for being too right (its output tops 1), "
           "so the line tilts toward it and drags its 0.5 crossing right.",
    applied=True,
)


class SpamCheck(QuizScene):
    """Check your understanding: why a straight line is the wrong tool for yes-or-no answers."""

    quiz = QUIZ


SCENES_IN_ORDER = [LeastSquaresLineTilts, TwoFlawsAndTheFix, SpamCheck]
