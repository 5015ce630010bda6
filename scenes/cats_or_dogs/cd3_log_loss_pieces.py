"""Cats or Dogs, part 3: log loss built piece by piece. What a loss for one example must do,
the piece -log y_hat for a label of one (checked at the text's values) and its mirror for a
label of zero, the switches y and 1 - y that join them into one formula, the average over the
data, and why the sigmoid's slope cancels out of its gradient. Every number drawn comes from
``core``.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    AnimationGroup,
    Arrow,
    Axes,
    Brace,
    Create,
    DashedLine,
    DashedVMobject,
    Dot,
    FadeIn,
    FadeOut,
    Flash,
    GrowArrow,
    Indicate,
    LaggedStart,
    Line,
    MathTex,
    SurroundingRectangle,
    Text,
    TransformFromCopy,
    ValueTracker,
    VGroup,
    Write,
    always_redraw,
    smooth,
)

from core import cross_entropy_from_proba, penalty_curves
from core.cats_dogs import log_loss_chain, mse_chain
from core.lesson_code import logistic_from_scratch as lesson_code
from scenes.common.beats import LectureScene
from scenes.common.code import CodeListing, source_of
from scenes.common.layout import BODY, SIDE, STAGE, Region
from scenes.common.pieces import Derivation, SansNumber, copied_into
from scenes.common.plots import function_axes, polyline
from scenes.common.prose import prose
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The text's checks for a label of one: y_hat = 1, 0.5 and 0.01 (then y_hat -> 0).
CHECKS = (1.0, 0.5, 0.01)
#: The smallest prediction the curve reaches (its loss is about 6.9, near the top of the axes).
H_MIN = 1e-3
#: The top of the loss axis.
LOSS_TOP = 7.0
#: How deep log y_hat goes in the picture of the minus sign (from y_hat = e^-FLIP_DEPTH).
FLIP_DEPTH = 3.0
#: The small curves under the formula's pieces: their lowest prediction and loss axis' top.
MINI_H_MIN, MINI_TOP = 0.01, 5.0
#: The opacity of a piece its switch turns off (its curve, its key entry).
SWITCHED_OFF = 0.5
#: A confidently wrong example for the numeric check of the cancellation: score -4, label 1.
WRONG_Z, WRONG_Y = -4.0, 1


def loss(h: float, y: int) -> float:
    """Core's log loss for one prediction."""
    return float(cross_entropy_from_proba(h, y))


def wish_lists(theme: Theme) -> tuple[Text, VGroup, VGroup, VGroup]:
    """What a loss should do: the title and wishes as first shown across the body, and the
    same words wrapped for the side panel, where they wait while the curve is drawn."""
    wishes = VGroup(*[
        Text(t, font_size=SIZES.heading, color=theme.text) for t in (
            "1.  small when the prediction matches the label",
            "2.  grows as the prediction drifts away",
            "3.  huge when the model is confidently wrong",
        )
    ]).arrange(DOWN, aligned_edge=LEFT, buff=0.45)
    wishes[2].set_color(theme.bad)
    title = Text("A loss for one example should be", font_size=SIZES.heading,
                 color=theme.muted)
    wish_block = VGroup(title, wishes).arrange(DOWN, aligned_edge=LEFT, buff=0.6)
    BODY.place(wish_block)
    # The same wishes wrapped for the side panel, where they wait while the curve is drawn.
    side_wishes = VGroup(*[
        Text(t, font_size=SIZES.body, color=theme.text, line_spacing=0.8) for t in (
            "1.  small when right",
            "2.  grows as it drifts away",
            "3.  huge when confidently\n     wrong",
        )
    ]).arrange(DOWN, aligned_edge=LEFT, buff=0.22)
    side_wishes[2].set_color(theme.bad)
    side_title = Text("The loss should be", font_size=SIZES.body, color=theme.muted)
    side_block = VGroup(side_title, side_wishes).arrange(DOWN, aligned_edge=LEFT,
                                                         buff=0.25)
    SIDE.place(side_block, aligned=UP + LEFT)
    return title, wishes, wish_block, side_block


def prediction_axes(theme: Theme, y_range: tuple[float, float, float], x_length: float,
                    y_length: float, y_numbers: tuple[float, ...]) -> Axes:
    """Loss against the prediction y_hat (0 to 1), the y_hat axis numbered 0.5 and 1: the end
    written "1", not "1.0", whose point vanishes at 480p and leaves a "10"."""
    axes = function_axes(theme, (0, 1, 0.25), y_range, x_length=x_length, y_length=y_length,
                         x_numbers=(0.5,), y_numbers=y_numbers, x_decimals=1, y_decimals=0,
                         number_size=SIZES.body)
    x_axis = axes.x_axis
    one = SansNumber(1, num_decimal_places=0, font_size=SIZES.body, color=theme.muted)
    one.next_to(x_axis.number_to_point(1), x_axis.label_direction,
                buff=x_axis.line_to_number_buff)
    one.align_to(x_axis.numbers[0], DOWN)  # on the same baseline as 0.5
    x_axis.numbers.add(one)  # the numbers are part of the axis: it moves with them
    return axes


def loss_stage(theme: Theme) -> tuple[Axes, MathTex, Text]:
    """The loss against the prediction, numbered, on the stage; with its axes' names."""
    axes = prediction_axes(theme, (0, LOSS_TOP, 1), x_length=STAGE.width - 1.9,
                           y_length=STAGE.height - 1.2, y_numbers=(2, 4, 6))
    # Against the stage's left: the room at its right is for the name of the y_hat axis.
    STAGE.inset(0.5).place(axes, aligned=DOWN + LEFT)
    h_name = MathTex(r"\hat y", font_size=SIZES.formula, color=theme.muted).next_to(
        axes.x_axis.get_right(), RIGHT, buff=0.35)
    l_name = Text("loss", font_size=SIZES.body, color=theme.muted).next_to(
        axes.y_axis, UP, buff=0.15)
    return axes, h_name, l_name


# ---------------------------------------------------------------------------------------------


class MinusLogForEachLabel(LectureScene):
    """The wish list, then -log y_hat for a label of one through the text's checks, and its
    mirror -log(1 - y_hat) for a label of zero."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Building log loss, piece by piece")

        # Step: the wish list
        title, wishes, wish_block, side_block = wish_lists(theme)
        with self.beat("What should the loss for a single example do? {small} Be small when "
                       "the prediction matches the label, {grow} grow as it drifts away, and "
                       "{huge} become huge when the model is confidently wrong.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN))
            self.play(FadeIn(title), run_time=0.8)
            # Each wish on its own words, settled before the next is said.
            for wish, mark in zip(wishes, ("small", "grow", "huge"), strict=True):
                b.wait_until(mark)
                self.play(FadeIn(wish, shift=0.2 * UP), run_time=0.6)

        # Step: the y = 1 curve
        curves = penalty_curves(n_points=400, h_min=H_MIN)
        axes, h_name, l_name = loss_stage(theme)
        # Drawn from y_hat = 1 leftward: "near zero near one" first, then the climb.
        curve1 = polyline(axes, curves.h[::-1], curves.loss_y1[::-1], theme.class1)
        # The label-zero curve, point for point the mirror of curve1 about y_hat = 1/2 (the
        # grid is symmetric: curve1's i-th point, reflected, is this curve's i-th point), so
        # the one turns into the other on "flips".
        curve0 = polyline(axes, curves.h, curves.loss_y0, theme.class0)
        self.curves = curve1, curve0
        name1 = MathTex(r"y = 1:\ ", r"-\log \hat y", font_size=SIZES.formula,
                        color=theme.class1).move_to(axes.c2p(0.2, 5.6), aligned_edge=LEFT)
        name0 = MathTex(r"y = 0:\ -\log(1 - \hat y)", font_size=SIZES.formula,
                        color=theme.class0).move_to(axes.c2p(0.2, 3.4), aligned_edge=LEFT)
        # The text's log is the natural log: said once, beside the first formula.
        ln_note = MathTex(r"(\log = \ln)", font_size=SIZES.formula,
                          color=theme.text).next_to(name1, RIGHT, buff=0.35)
        self.axes = axes
        # The curve meets the three wishes: each number becomes a tick where it stood.
        numbers = [wish[:2] for wish in side_block[1]]
        ticks = VGroup(*[MathTex(r"\checkmark", font_size=SIZES.formula, color=theme.good)
                         .set_stroke(theme.good, width=2).move_to(n) for n in numbers])
        self.wish_ticks = ticks
        with self.beat("Take an example {one} whose label is one. {want} We want a loss "
                       "near zero when the prediction is near one, shooting up as the "
                       "prediction falls to zero. {minus} Minus log of the prediction does "
                       "exactly that.") as b:
            # The wishes leave and come back wrapped in the side panel (no letter morph).
            self.play(FadeOut(wish_block), run_time=0.3)
            self.play(FadeIn(side_block), Create(axes), FadeIn(h_name), FadeIn(l_name),
                      run_time=b.time_until("one", minimum=0.6))
            b.wait_until("one")
            # The label is named on the plot as it is said.
            self.play(FadeIn(name1[0], scale=1.3), run_time=0.8)
            b.wait_until("want")
            self.play(Create(curve1), run_time=b.time_until("minus", minimum=2.0))
            b.wait_until("minus")
            self.play(FadeIn(name1[1]), FadeIn(ln_note), run_time=1)
            # "Does exactly that": each wish's number turns into a tick, in the list's order.
            self.play(LaggedStart(*[AnimationGroup(FadeOut(n), FadeIn(t, scale=1.4))
                                    for n, t in zip(numbers, ticks, strict=True)],
                                  lag_ratio=0.4), run_time=1.2)
            for wish, n in zip(side_block[1], numbers, strict=True):
                wish.remove(*n)
            side_block.add(*ticks)

        # Step: why the minus sign
        # The reason in two lines at the side panel's top (the wishes leave for it), and under
        # them the minus seen at the panel's full width: log y_hat below zero, mirrored above.
        why = VGroup(
            MathTex(r"\hat y \le 1 \ \Rightarrow\ \log \hat y \le 0",
                    font_size=SIZES.formula, color=theme.text),
            MathTex(r"\text{the minus: } -\log \hat y \ge 0", font_size=SIZES.formula,
                    color=theme.text),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        SIDE.place(why, aligned=UP + LEFT)
        why_top = why.copy()
        # The minus sign seen: log y_hat below zero, flipped above it (to scale, both ways).
        flip_ax = function_axes(theme, (0, 1, 0.5), (-FLIP_DEPTH, FLIP_DEPTH, 1),
                                x_length=SIDE.width - 1.2, y_length=3.6)
        shape = penalty_curves(n_points=120, h_min=float(np.exp(-FLIP_DEPTH)))
        logs_below = DashedVMobject(polyline(flip_ax, shape.h, -shape.loss_y1, theme.class1,
                                             width=4), num_dashes=30)
        flipped = polyline(flip_ax, shape.h, shape.loss_y1, theme.class1, width=5)
        below_name = MathTex(r"\log \hat y", font_size=SIZES.formula,
                             color=theme.class1).next_to(flip_ax.c2p(1, -FLIP_DEPTH), LEFT,
                                                         buff=0.1)
        below_name.shift(0.3 * UP)
        above_name = MathTex(r"-\log \hat y", font_size=SIZES.formula,
                             color=theme.class1).next_to(flip_ax.c2p(1, FLIP_DEPTH), LEFT,
                                                         buff=0.1)
        above_name.shift(0.3 * DOWN)
        zero = MathTex("0", font_size=SIZES.formula, color=theme.muted).next_to(
            flip_ax.c2p(0, 0), LEFT, buff=0.15)
        flip_h = MathTex(r"\hat y", font_size=SIZES.formula, color=theme.muted).next_to(
            flip_ax.x_axis.get_right(), RIGHT, buff=0.12)
        flip_pic = VGroup(flip_ax, zero, flip_h)
        flip_all = VGroup(flip_pic, logs_below, flipped, below_name, above_name)
        flip_all.next_to(why, DOWN, buff=0.45).align_to(why, LEFT)
        self.flip_pic = flip_all
        # The minus of the formula on the plot, pointed at from above (not stretched or boxed:
        # a short dash framed reads as another glyph) while it is explained.
        minus = name1[1][0]
        minus_box = Arrow(minus.get_top() + 0.9 * UP, minus.get_top() + 0.22 * UP, buff=0,
                          color=theme.highlight, stroke_width=5,
                          max_tip_length_to_length_ratio=0.4)
        with self.beat("Why the minus sign? {log} A probability is at most one, so its log is "
                       "zero or negative. {flip} The minus in front turns that into a penalty "
                       "that is never below zero: {curve} the whole curve lies above the "
                       "axis.") as b:
            # The minus in front of the formula is lit as the question is asked, and stays lit
            # until the answer has been given; the wishes make room for the answer.
            self.play(minus.animate.set_color(theme.highlight), GrowArrow(minus_box),
                      FadeOut(side_block), run_time=min(b.time_until("log"), 0.8))
            b.wait_until("log")
            self.play(FadeIn(why[0], shift=0.2 * LEFT), FadeIn(flip_pic),
                      Create(logs_below), FadeIn(below_name), run_time=1.2)
            b.wait_until("flip")
            # The log below the axis is mirrored above it, as the minus does.
            self.play(FadeIn(why[1], shift=0.2 * LEFT),
                      TransformFromCopy(logs_below, flipped), FadeIn(above_name),
                      Indicate(name1[1], color=theme.highlight), run_time=1.5)
            b.wait_until("curve")
            self.play(minus.animate.set_color(theme.class1), FadeOut(minus_box),
                      Indicate(curve1, color=theme.highlight, scale_factor=1.0),
                      Indicate(axes.x_axis, color=theme.highlight, scale_factor=1.0),
                      Indicate(flipped, color=theme.highlight, scale_factor=1.0),
                      run_time=1.2)

        # Step: the checks, with a marker riding the curve
        # The tracker is the prediction itself, so it parks exactly on each spoken value.
        ht = ValueTracker(CHECKS[0])

        def h() -> float:
            return ht.get_value()

        marker = Dot(radius=0.09, color=theme.highlight)
        marker.add_updater(lambda m: m.move_to(axes.c2p(h(), loss(h(), 1))))
        # Where the marker is on the prediction axis: a line dropped from it (the values are
        # read in the table, not twice).
        drop = always_redraw(lambda: DashedLine(axes.c2p(h(), 0), marker.get_center(),
                                                color=theme.highlight, stroke_width=3,
                                                dash_length=0.08))
        rows = VGroup()
        for value in CHECKS:
            shown = loss(value, 1) + 0.0  # + 0.0: no "-0.00" for a perfect prediction
            rows.add(MathTex(rf"\hat y = {value:g}", r"\ \to\ ", rf"{shown:.2f}",
                             font_size=SIZES.formula, color=theme.text))
            rows[-1][2].set_color(theme.class1)
        rows.add(MathTex(r"\hat y \to 0", r":\ L \to ", r"\infty", font_size=SIZES.formula,
                         color=theme.text))
        rows[-1][2].set_color(theme.text)  # dark red on black would be the faintest mark
        rows.arrange(DOWN, aligned_edge=LEFT, buff=0.18)
        # The checks under their label's name (the mirror's checks join them under theirs).
        head1 = MathTex(r"y = 1", font_size=SIZES.formula, color=theme.class1)
        table1 = VGroup(head1, rows).arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        table1.next_to(why_top, DOWN, buff=0.45).align_to(why_top, LEFT)
        self.check_rows, self.drop = rows, drop
        with self.beat(f"Check it. {{one}} A prediction of one costs nothing. {{half}} One half "
                       f"costs {loss(0.5, 1):.2f}, and {{hundredth}} one in a hundred, a "
                       f"confident mistake, costs {loss(0.01, 1):.1f}.") as b:
            self.play(FadeOut(self.flip_pic), run_time=0.6)
            b.wait_until("one")
            self.play(FadeIn(marker, scale=0.5), FadeIn(drop), FadeIn(head1),
                      FadeIn(rows[0]), run_time=1)
            # The marker parks on each value as it is said, and stays while its cost is said.
            for value, row, mark in zip(CHECKS[1:], rows[1:3], ("half", "hundredth"),
                                        strict=True):
                b.wait_until(mark)
                self.play(ht.animate.set_value(value), run_time=0.8, rate_func=smooth)
                self.play(FadeIn(row, shift=0.2 * LEFT), run_time=0.6)
        rise = Arrow(axes.c2p(0.04, 5.0), axes.c2p(0.04, LOSS_TOP), buff=0, color=theme.bad,
                     stroke_width=5, max_tip_length_to_length_ratio=0.3)
        with self.beat("And as the prediction sinks toward zero {ceiling} the loss has no "
                       "ceiling: the more confidently wrong, the bigger the bill.") as b:
            self.play(ht.animate.set_value(H_MIN),
                      run_time=b.time_until("ceiling", minimum=1.0), rate_func=smooth)
            b.wait_until("ceiling")
            # At H_MIN the marker would sit on the loss axis: it gives way to the arrow.
            self.play(FadeIn(rows[3], shift=0.2 * LEFT), Create(rise), FadeOut(marker),
                      FadeOut(drop), run_time=1)
        marker.clear_updaters()

        # Step: the mirror for y = 0, with the text's two checks mirrored: a confident right
        # answer (0.01) costs almost nothing, a confident mistake (0.99) as much as before.
        mirror = (1 - CHECKS[2], CHECKS[2])
        mirror_dots = VGroup(*[Dot(axes.c2p(v, loss(v, 0)), radius=0.08, color=theme.class0)
                               for v in mirror])
        # Each value named as a loss ("L ="), so it is not read as the prediction.
        # (the confident mistake's left of its dot, clear of the steep curve under it)
        mirror_values = VGroup(
            MathTex(f"L = {loss(mirror[0], 0):.2f}", font_size=SIZES.formula_small,
                    color=theme.class0).next_to(mirror_dots[0], LEFT, buff=0.3),
            MathTex(f"L = {loss(mirror[1], 0):.2f}", font_size=SIZES.formula_small,
                    color=theme.class0).next_to(mirror_dots[1], UP + RIGHT, buff=0.25),
        )
        self.mirror_values = mirror_values
        # The mirror's checks under "y = 0", below the label-one checks (which rise to the
        # panel's top: the reason for the minus has been said).
        rows0 = VGroup(*[MathTex(rf"\hat y = {v:g}", r"\ \to\ ", f"{loss(v, 0):.2f}",
                                 font_size=SIZES.formula, color=theme.text)
                         for v in sorted(mirror)])
        for row in rows0:
            row[2].set_color(theme.class0)
        # ... and, as for label one, the end of the road: no ceiling toward one.
        rows0.add(MathTex(r"\hat y \to 1", r":\ L \to ", r"\infty", font_size=SIZES.formula,
                          color=theme.text))
        rows0[-1][2].set_color(theme.text)
        head0 = MathTex(r"y = 0", font_size=SIZES.formula, color=theme.class0)
        table0 = VGroup(head0, rows0.arrange(DOWN, aligned_edge=LEFT, buff=0.18)).arrange(
            DOWN, aligned_edge=LEFT, buff=0.2)
        table1_top = table1.copy()
        SIDE.place(table1_top, aligned=UP + LEFT)
        table0.next_to(table1_top, DOWN, buff=0.45).align_to(table1_top, LEFT)
        self.mirror_rows = rows0
        with self.beat("For a label of zero, {curve} everything flips: minus log of one minus "
                       "the prediction is small near zero {explodes} and explodes as the "
                       "prediction approaches one.") as b:
            # The label zero is named on the plot and over its table as it is said.
            self.play(FadeOut(rise), FadeOut(why),
                      table1.animate.move_to(table1_top), run_time=0.5)
            self.play(FadeIn(name0[0][:4], scale=1.3), FadeIn(head0, scale=1.3),
                      run_time=min(0.8, b.time_until("curve", minimum=0.3)))
            b.wait_until("curve")
            # "Everything flips": the label-one curve reflected about y_hat = 1/2 becomes the
            # label-zero curve (its copy swings over; the original stays).
            self.play(TransformFromCopy(curve1, curve0), run_time=1.6)
            self.play(FadeIn(name0[0][4:]), FadeIn(rows0[0]),
                      FadeIn(mirror_dots[1], scale=0.5), FadeIn(mirror_values[1]),
                      run_time=max(0.6, b.time_until("explodes", minimum=0.6)))
            b.wait_until("explodes")
            # One live marker on the curve: it rides up the blow-up from the small loss (kept
            # in the table) to the confident mistake's.
            ride = ValueTracker(mirror[1])
            rider = mirror_dots[1]
            rider.add_updater(lambda d: d.move_to(axes.c2p(ride.get_value(),
                                                           loss(ride.get_value(), 0))))
            self.play(FadeOut(mirror_values[1]), run_time=0.3)
            self.play(ride.animate.set_value(mirror[0]), run_time=1.2, rate_func=smooth)
            rider.clear_updaters()
            self.remove(rider)
            self.add(mirror_dots[0])
            self.play(FadeIn(mirror_values[0]), Flash(mirror_dots[0], color=theme.class0),
                      FadeIn(rows0[1:]), run_time=0.8)


# ---------------------------------------------------------------------------------------------


def mini_pair(theme: Theme, y_length: float) -> VGroup:
    """The two pieces' curves, each on its own small axes with its name above: the label-one
    piece first (orange), then the label-zero piece (blue)."""
    shapes = penalty_curves(n_points=200, h_min=MINI_H_MIN)
    minis = VGroup()
    for values, colour, tex in (
            (shapes.loss_y1, theme.class1, r"-\log \hat y"),
            (shapes.loss_y0, theme.class0, r"-\log(1-\hat y)")):
        ax = prediction_axes(theme, (0, MINI_TOP, 1), x_length=3.6, y_length=y_length,
                             y_numbers=(2, 4))
        curve = polyline(ax, shapes.h, values, colour, width=4)
        name = MathTex(tex, font_size=SIZES.formula_small, color=colour)
        name.next_to(ax.c2p(0.5, MINI_TOP), UP, buff=0.1)
        h_name = MathTex(r"\hat y", font_size=SIZES.formula_small,
                         color=theme.muted).next_to(ax.x_axis.get_right(), RIGHT, buff=0.35)
        minis.add(VGroup(ax, curve, name, h_name))
    return minis


def light(mini: VGroup, opacity: float) -> AnimationGroup:
    """A small plot of :func:`mini_pair` brought to ``opacity``: its curve by its stroke only
    (an open curve given fill opacity would fill the area under it), the rest whole."""
    ax, curve, name, h_name = mini
    return AnimationGroup(ax.animate.set_opacity(opacity),
                          curve.animate.set_stroke(opacity=opacity),
                          name.animate.set_opacity(opacity), h_name.animate.set_opacity(opacity))


class SwitchesJoinTheTwoPieces(LectureScene):
    """y and 1 - y switch the two pieces on and off; averaged over the data it is log loss,
    alias binary cross-entropy."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("One formula for both labels")
        pieces = [r"L(\hat y, y)", "=", "-", r"\big[", "y", r"\log \hat y", "+", "(1-y)",
                  r"\log(1-\hat y)", r"\big]"]
        formula = MathTex(*pieces, font_size=SIZES.formula_large, color=theme.text)
        formula.next_to(heading, DOWN, buff=0.8).set_x(0)
        sw1, piece1, sw0, piece0 = formula[4], formula[5], formula[7], formula[8]
        minus = formula[2]
        piece1.set_color(theme.class1)
        piece0.set_color(theme.class0)
        # The switches stay in the text colour: white beside the orange and blue pieces is
        # apart from both for every vision (a pale yellow merged with the orange); the braces
        # under them say which piece each one turns on.
        self.formula = formula

        braces = VGroup(
            Brace(VGroup(sw1, piece1), DOWN, color=theme.class1),
            Brace(VGroup(sw0, piece0), DOWN, color=theme.class0),
        )
        notes = VGroup(
            prose("on when $y = 1$", width=3.0, font_size=SIZES.formula_small,
                  color=theme.class1),
            prose("on when $y = 0$", width=3.0, font_size=SIZES.formula_small,
                  color=theme.class0),
        )
        for brace, note in zip(braces, notes, strict=True):
            note.next_to(brace, DOWN, buff=0.1)
            # prose sets a box of the given width: centre the words, not the box
            note.shift((brace.get_x() - note[0].get_center()[0]) * RIGHT)
        # Under each piece, the loss it makes (the curves just built), so the pieces are seen
        # as the two curves; they stay through the checks (shorter, under them), each lit
        # when its switch is on.
        minis = mini_pair(theme, 2.6)
        # Side by side under the two pieces, each on its piece's side (the pieces are closer
        # together than two readable plots are wide).
        minis.arrange(RIGHT, buff=1.2).next_to(notes, DOWN, buff=0.45)
        minis.set_x((piece1.get_x() + piece0.get_x()) / 2)
        self.minis, self.notes = minis, notes

        # Step: the formula, each piece as it is named. "L =" joins only with the minus, so no
        # false equation (a negative loss) is ever on screen.
        with self.beat("Now join the two pieces into one formula. {logs} Start from the two "
                       "logs, one for each label; {switch} then multiply each by a switch "
                       "that is one in its own case and zero in the other.") as b:
            # The two pieces, as the curves just built, are on screen as they are named.
            self.play(FadeIn(heading, shift=0.2 * DOWN), FadeIn(minis, shift=0.2 * UP),
                      run_time=1)
            b.wait_until("logs")
            # The two logs alone first (no empty brackets waiting for their switches) ...
            self.play(FadeIn(VGroup(piece1, piece0), shift=0.2 * DOWN), run_time=1.2)
            b.wait_until("switch")
            # ... then the switches, with the brackets and the sum that join them.
            self.play(FadeIn(sw1, shift=0.3 * DOWN), FadeIn(sw0, shift=0.3 * DOWN),
                      FadeIn(VGroup(formula[3], formula[6], formula[9])), run_time=1)
        # In the text colour, quiet beside the coloured pieces.
        minus_note = Text("flips the sign", font_size=SIZES.label, color=theme.text)
        # From down and left, clear of the note under the first switch (which reaches left
        # under the minus); its head lands on the minus, not on the "=" beside it.
        tail = minus.get_bottom() + 0.9 * DOWN + 1.1 * LEFT
        # It stops well short of the minus, which it must not touch; the minus itself flashes.
        minus_arrow = Arrow(tail, minus.get_bottom() + 0.3 * DOWN + 0.12 * LEFT, buff=0,
                            color=theme.text,
                            stroke_width=5, max_tip_length_to_length_ratio=0.35)
        minus_note.next_to(tail, LEFT, buff=0.12)
        with self.beat("The factor y switches on the piece for label one; {zero} the factor "
                       "one minus y switches on the piece for label zero. {minus} The leading "
                       "minus turns the logs into a loss that is never negative.") as b:
            # Each switch lights its own piece's curve and dims the other's.
            self.play(Create(braces[0]), FadeIn(notes[0]),
                      light(minis[1], SWITCHED_OFF), run_time=1.2)
            b.wait_until("zero")
            self.play(Create(braces[1]), FadeIn(notes[1]), light(minis[1], 1),
                      light(minis[0], SWITCHED_OFF), run_time=1.2)
            b.wait_until("minus")
            self.play(light(minis[0], 1), run_time=0.4)
            self.play(FadeIn(minus, scale=1.5), FadeIn(formula[:2]), Create(minus_arrow),
                      FadeIn(minus_note), run_time=0.8)
            self.play(Indicate(minus, color=theme.highlight, scale_factor=1.6), run_time=0.8)

        # Step: y = 1
        def case(label: int) -> Derivation:
            other = 1 - label
            rows = Derivation(
                [[rf"y = {label}:", r"\quad -\big[", rf"{label}\cdot\log\hat y", "+",
                  rf"{other}\cdot\log(1-\hat y)", r"\big]", "=",
                  r"-\log\hat y" if label else r"-\log(1-\hat y)"]],
                theme, font_size=SIZES.formula_large)
            kept = rows.term(0, 2 if label else 4)
            kept.set_color(theme.class1 if label else theme.class0)
            rows.term(0, 7).set_color(theme.class1 if label else theme.class0)
            return rows

        # The checks, then the average, fill the body under the braces, centred there (the
        # small plots have made their point and leave: shrunk under the rows they crowded).
        under = Region("under the braces", BODY.left, BODY.right, BODY.bottom,
                       notes.get_bottom()[1] - 0.4)
        first = case(1)
        second = case(0).next_to(first, DOWN, buff=0.35).align_to(first, LEFT)
        VGroup(first, second).move_to(under.center + 0.5 * UP)
        # The strokes in the text colour, over terms dimmed to 0.55: visible, not grey on grey.
        struck1 = first.strike([(0, 4)]).set_color(theme.text)
        struck0 = second.strike([(0, 2)]).set_color(theme.text)
        # Bold ticks: a thin TeX check mark drawn over with its own outline.
        tick1 = MathTex(r"\checkmark", font_size=SIZES.formula_large, color=theme.good).next_to(
            first, RIGHT, buff=0.3).set_stroke(theme.good, width=2.5)
        tick0 = MathTex(r"\checkmark", font_size=SIZES.formula_large, color=theme.good).next_to(
            second, RIGHT, buff=0.3).set_stroke(theme.good, width=2.5)
        self.check_rows = (first, second)
        with self.beat("Check it. {one} With a label of one, {drop1} the second term is "
                       "multiplied by zero and drops out, {left1} leaving minus log of the "
                       "prediction.") as b:
            # The small plots leave: the rows take the room at full size.
            self.play(FadeOut(minis), run_time=b.time_until("one", minimum=0.5))
            b.wait_until("one")
            self.play(FadeIn(first.rows[0][:6], shift=0.2 * DOWN), run_time=1.2)
            b.wait_until("drop1")
            self.play(Create(struck1), first.term(0, 4).animate.set_opacity(0.55),
                      run_time=0.8)
            b.wait_until("left1")
            self.play(FadeIn(first.rows[0][6:]), FadeIn(tick1), run_time=0.8)
        with self.beat("With a label of zero, {drop0} the first term drops out instead, {left0} "
                       "leaving minus log of one minus the prediction. One formula covers both "
                       "cases.") as b:
            self.play(FadeIn(second.rows[0][:6], shift=0.2 * DOWN), run_time=1.2)
            b.wait_until("drop0")
            self.play(Create(struck0), second.term(0, 2).animate.set_opacity(0.55),
                      run_time=0.8)
            b.wait_until("left0")
            self.play(FadeIn(second.rows[0][6:]), FadeIn(tick0), run_time=0.8)

        # Step: average over the data
        average = MathTex(r"J(w, b)", "=", r"-\frac{1}{N}\sum_{i=1}^{N}", r"\Big[",
                          r"y_i", r"\log\hat y_i", "+", r"(1-y_i)", r"\log(1-\hat y_i)",
                          r"\Big]", font_size=SIZES.formula_large, color=theme.text)
        # The pieces and their switches keep their colours from the formula above.
        average[5].set_color(theme.class1)
        average[8].set_color(theme.class0)
        # (centred under the formula it averages, as the names are under its box)
        average.move_to(under.center + 0.5 * UP).set_x(0)
        names = VGroup(Text("log loss", font_size=SIZES.body, color=theme.loss),
                       Text("= binary cross-entropy", font_size=SIZES.body, color=theme.loss))
        names.arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        box = SurroundingRectangle(average, color=theme.loss, buff=0.18)
        names.next_to(box, DOWN, buff=0.3).align_to(box, RIGHT)
        self.average = average
        self.names = names
        with self.beat("Average that over all N examples and you have {loss} log loss, which "
                       "deep learning calls {bce} binary cross-entropy: one formula, two "
                       "names.") as b:
            self.play(FadeOut(VGroup(first, second, struck1, struck0, tick1, tick0)),
                      run_time=0.8)
            # The two switched pieces travel down into the average, keeping their colours.
            self.play(*[copied_into(formula[i], average[i]) for i in (4, 5, 7, 8)],
                      FadeIn(VGroup(*average[:4], average[6], average[9])),
                      run_time=b.time_until("loss", minimum=1.0))
            # Each name on its words.
            b.wait_until("loss")
            self.play(Create(box), FadeIn(names[0], shift=0.2 * UP), run_time=0.8)
            b.wait_until("bce")
            self.play(FadeIn(names[1], shift=0.2 * UP), run_time=0.8)

        # Step: the same formula as code (our own version of the lesson's log_loss: it is not
        # called the lesson's code, whose names differ)
        listing = CodeListing(source_of(lesson_code.log_loss), theme,
                              font_size=SIZES.formula_small)
        # The average rises under the heading (the formula it came from leaves), and the code
        # takes the body under it; the two centred across the body as one block.
        lift = (BODY.top - 0.1) - box.get_top()[1]
        listing.next_to(box.copy().shift(lift * UP), DOWN, buff=0.25).align_to(box, LEFT)
        across = -VGroup(box, listing).get_x()
        listing.shift(across * RIGHT)
        self.listing = listing
        marks = [listing.mark(listing.line_index(t), c) for t, c in (
            ("ones =", theme.class1), ("zeros =", theme.class0), ("return", theme.loss))]
        # (a pale band: the clip's literals are in the highlight colour and must stay legible)
        clip_band = listing.mark(listing.line_index("np.clip"), theme.text, opacity=0.15)
        with self.beat("Written as code, it reads the same way: {ones} one line for the "
                       "label-one piece, switched by y, {zeros} one for the label-zero piece, "
                       "switched by one minus y, {mean} and minus the mean of their sum. {clip} "
                       "The clip keeps the prediction p, the log's argument, away from zero "
                       "and one, so the log stays finite.") as b:
            self.play(FadeOut(VGroup(names, formula, braces, notes, minus_arrow, minus_note)),
                      VGroup(average, box).animate.shift(lift * UP + across * RIGHT),
                      run_time=0.8)
            self.play(FadeIn(listing, shift=0.2 * UP),
                      run_time=b.time_until("ones", minimum=0.6))
            for band, mark in zip(marks, ("ones", "zeros", "mean"), strict=True):
                b.wait_until(mark)
                self.add(band)
                self.bring_to_front(listing)
                self.play(FadeIn(band), run_time=0.5)
            b.wait_until("clip")
            # The clip's line lit on its words; the three pieces' bands step back.
            self.add(clip_band)
            self.bring_to_front(listing)
            self.play(FadeIn(clip_band), *[band.animate.set_fill(opacity=0.1) for band in marks],
                      run_time=0.6)


# ---------------------------------------------------------------------------------------------


#: The scores over which the push is drawn (the confident mistake at WRONG_Z inside).
PUSH_Z = (-8.0, 2.0)


class PushPlot(VGroup):
    """How hard one example with label one is pushed, |dL/dz|, against its score z: log loss
    (1 - sigma(z), near one when confidently wrong) beside squared error (vanishing there),
    each with a dot that rides its curve with the score ``self.z`` (core computes every
    point), filling ``room``."""

    def __init__(self, theme: Theme, room: Region):
        super().__init__()
        zs = np.linspace(*PUSH_Z, 241)
        log_push = np.abs(log_loss_chain(zs, WRONG_Y).product)
        mse_push = np.abs(mse_chain(zs, WRONG_Y).product)
        axes = function_axes(theme, (*PUSH_Z, 2), (0, 1, 0.5),
                             x_length=min(room.width - 2.6, 8.0),
                             y_length=room.height - 1.3, x_numbers=(-8, -4, 0),
                             y_numbers=(1,), y_decimals=0, number_size=SIZES.body)
        z_name = MathTex("z", font_size=SIZES.formula, color=theme.text).next_to(
            axes.x_axis.get_right(), RIGHT, buff=0.2)
        # The push's name at the top of its axis (z = 0), above both curves.
        y_name = MathTex(r"\text{push } |\partial L / \partial z|",
                         font_size=SIZES.formula, color=theme.text).next_to(
            axes.c2p(0, 1), UP, buff=0.3)
        self.frame = VGroup(axes, z_name, y_name)
        self.log_curve = polyline(axes, zs, log_push, theme.good, width=5)
        self.mse_curve = polyline(axes, zs, mse_push, theme.bad, width=5)
        # The score both dots share: they start at the confident mistake WRONG_Z.
        self.z = ValueTracker(WRONG_Z)

        def rider(chain, colour: str) -> Dot:
            dot = Dot(radius=0.1, color=colour).set_stroke(theme.background, width=2)
            dot.add_updater(lambda d: d.move_to(axes.c2p(
                self.z.get_value(), float(np.abs(chain(self.z.get_value(), WRONG_Y).product)))))
            return dot.update()

        self.log_dot = rider(log_loss_chain, theme.good)
        self.mse_dot = rider(mse_chain, theme.bad)
        # Each curve named at its left end, outside the plot.
        self.log_name = Text("log loss", font_size=SIZES.label, color=theme.good).next_to(
            self.log_curve.get_start(), LEFT, buff=0.2)
        # (raised off the axis line, which it would otherwise touch)
        self.mse_name = Text("MSE", font_size=SIZES.label, color=theme.bad).next_to(
            self.mse_curve.get_start(), LEFT, buff=0.2).shift(0.25 * UP)
        self.axes = axes
        self.add(self.frame, self.log_curve, self.mse_curve, self.log_dot, self.mse_dot,
                 self.log_name, self.mse_name)
        room.place(self)


def push_plot(theme: Theme, room: Region) -> PushPlot:
    """The push plot, filling ``room``."""
    return PushPlot(theme, room)


class SigmoidSlopeCancels(LectureScene):
    """The chain rule for one example: dL/dy_hat times sigma'(z) collapses to y_hat - y, the
    same form as linear regression's gradient; checked in numbers on a confident mistake."""

    def construct(self) -> None:
        theme = self.theme
        heading = self.heading("Why log loss suits the sigmoid")
        derivation = Derivation(
            [
                [r"\frac{\partial L}{\partial z}", "=", r"\frac{\partial L}{\partial \hat y}",
                 r"\cdot", r"\frac{\partial \hat y}{\partial z}"],
                ["=", r"\Big(-\frac{y}{\hat y} + \frac{1-y}{1-\hat y}\Big)", r"\cdot",
                 r"\hat y(1-\hat y)"],
                ["=", r"\frac{-y(1-\hat y) + (1-y)\,\hat y}{\hat y(1-\hat y)}", r"\cdot",
                 r"\hat y(1-\hat y)"],
                ["=", r"(\hat y - y)", r"\cdot", r"\frac{1}{\hat y(1-\hat y)}", r"\cdot",
                 r"\hat y(1-\hat y)"],
                ["=", r"\hat y - y"],
            ],
            theme, notes=["chain rule", "derivative of each log;", "one common denominator",
                          "top:", "the slope cancels"],
            font_size=SIZES.formula_large, align=[1, 0, 0, 0, 0], row_buff=0.25,
            note_size=SIZES.body,
        )
        derivation.notes.set_color(theme.text)
        # The first factor in the loss's colour down the rows where it stands alone.
        for row in (1, 2):
            derivation.term(row, 1).set_color(theme.loss)
        # The notes' maths set as maths, after their words.
        # (the slope's formula under its words: beside them the notes would not fit)
        slope_note = MathTex(r"\sigma' = \hat y(1-\hat y)", font_size=SIZES.formula_large,
                             color=theme.highlight)
        slope_note.next_to(derivation.notes[1], DOWN, buff=0.1, aligned_edge=LEFT)
        derivation.notes[1].add(slope_note)
        derivation.notes[1].set_y(derivation.rows[1].get_y())  # the pair centred on its row
        # The signs apart from the y y_hat terms, so the strokes cross only the terms.
        top_note = MathTex(r"-y", "+", r"y\hat y", r"+ \hat y", "-", r"y\hat y",
                           font_size=SIZES.formula_large, color=theme.text)
        top_note.next_to(derivation.notes[3], RIGHT, buff=0.15)
        derivation.notes[3].add(top_note)
        # Room between the "=" and the box drawn round the result.
        derivation.term(4, 1).shift(0.12 * RIGHT)
        # Centred across the body, under the heading (clear of the frame's edges).
        BODY.place(derivation, aligned=UP)
        self.derivation = derivation
        top_strokes = VGroup(*[Line(term.get_corner(DOWN + LEFT), term.get_corner(UP + RIGHT),
                                    color=theme.highlight, stroke_width=4)
                               for term in (top_note[2], top_note[5])])
        with self.beat("Follow one example through the chain rule: {first} how the loss "
                       "changes with the prediction, {second} times how the prediction changes "
                       "with the score.") as b:
            # The chain rule whole on its own words (with the heading, not after it).
            self.play(FadeIn(heading, shift=0.2 * DOWN), FadeIn(derivation.rows[0]),
                      FadeIn(derivation.notes[0]), run_time=min(1.2, b.time_until("first")))
            # Each factor takes its colour as it is named, and keeps it: the first factor's
            # lavender and the slope's yellow follow them down the derivation and into the
            # numbers.
            b.wait_until("first")
            self.play(derivation.term(0, 2).animate.set_color(theme.loss), run_time=0.5)
            self.play(Indicate(derivation.term(0, 2), color=theme.loss), run_time=0.8)
            b.wait_until("second")
            self.play(derivation.term(0, 4).animate.set_color(theme.highlight), run_time=0.5)
            self.play(Indicate(derivation.term(0, 4), color=theme.highlight), run_time=0.8)
        with self.beat("Differentiate each log for the first factor. {slope} The second factor "
                       "is the sigmoid's slope, y hat times one minus y hat.") as b:
            self.play(FadeIn(VGroup(*[derivation.term(1, i) for i in range(3)]),
                             shift=0.2 * DOWN),
                      FadeIn(derivation.notes[1][:-1]), run_time=1.5)
            b.wait_until("slope")
            derivation.term(1, 3).set_color(theme.highlight)
            self.play(FadeIn(derivation.term(1, 3), shift=0.2 * DOWN), FadeIn(slope_note),
                      run_time=0.8)
        derivation.term(2, 3).set_color(theme.highlight)
        # The matching factors y_hat(1 - y_hat) pair by colour, then are struck out and dimmed:
        # the common-denominator line stays readable above the result.
        meet, _ = derivation.cancel_pair((3, 3), (3, 5), theme.highlight)
        cancelled = VGroup(derivation.term(3, 3), derivation.term(3, 5))
        strokes = derivation.strike([(3, 3), (3, 5)]).set_color(theme.highlight)
        with self.beat("Put the first factor over one common denominator. {top} On top, the "
                       "two y times y hat terms cancel, {left} leaving y hat minus y, {divides} "
                       "so the "
                       "first factor divides by exactly that slope.") as b:
            self.play(FadeIn(derivation.rows[2], shift=0.2 * DOWN),
                      FadeIn(derivation.notes[2]), run_time=b.time_until("top", minimum=1.0))
            b.wait_until("top")
            self.play(FadeIn(derivation.notes[3]), run_time=0.8)
            # The two y y_hat terms struck out as they are said to cancel.
            self.play(Create(top_strokes), run_time=0.6)
            b.wait_until("left")
            self.play(FadeIn(derivation.rows[3], shift=0.2 * DOWN), run_time=1.0)
            b.wait_until("divides")
            self.play(meet, run_time=0.8)
        box = SurroundingRectangle(derivation.rows[4][1], color=theme.good, buff=0.1)
        with self.beat("So they cancel, {gone} and the vanishing slope that crippled MSE "
                       "disappears: {simply} the gradient is simply the prediction minus the "
                       "label.") as b:
            # On "cancel": the slope and the factor that divides by it are struck out.
            self.play(Create(strokes), cancelled.animate.set_opacity(0.55),
                      derivation.term(3, 2).animate.set_opacity(0.55),
                      derivation.term(3, 4).animate.set_opacity(0.55), run_time=0.9)
            b.wait_until("simply")
            self.play(FadeIn(derivation.rows[4][0]),
                      copied_into(derivation.term(3, 1), derivation.term(4, 1)),
                      FadeIn(derivation.notes[4]), run_time=1.2)
            self.play(Create(box))

        # Step: the check in numbers on a confident mistake (core's factors). The working
        # steps leave; the result rises under the chain rule, and the check takes the room.
        f = log_loss_chain(WRONG_Z, WRONG_Y)
        sq = mse_chain(WRONG_Z, WRONG_Y)  # the same chain under squared error, for contrast
        header = MathTex(rf"z = {WRONG_Z:g},\ y = {WRONG_Y}", font_size=SIZES.formula,
                         color=theme.text)
        # Log loss's two factors, their product, and that product as y_hat - y in numbers
        # (the prediction sigma(-4) itself on screen).
        check = MathTex(
            # (each leading minus in braces: a sign, set tight, not a binary minus)
            r"\text{log loss:}\quad", rf"{{{float(f.dloss_dyhat):.1f}}}", r"\times",
            rf"{float(f.dyhat_dz):.4f}", "=", rf"{float(f.product):.3f}", "=",
            rf"{float(f.y_hat):.3f} - {WRONG_Y}", font_size=SIZES.formula, color=theme.text)
        check[1].set_color(theme.loss)
        check[3].set_color(theme.highlight)
        check[5].set_color(theme.good)
        check[7].set_color(theme.good)
        # Squared error: the same slope stays in the product, and the push is tiny. Its first
        # factor written as what it is, twice the error y_hat - y read in the row above.
        mse_row = MathTex(
            r"\text{MSE:}\quad", rf"2\,({float(sq.error):.3f})", r"\times",
            rf"{float(sq.dyhat_dz):.4f}", "=", rf"{float(sq.product):.3f}",
            font_size=SIZES.formula, color=theme.text)
        mse_row[3].set_color(theme.highlight)
        mse_row[5].set_color(theme.bad)
        result = VGroup(derivation.rows[4], box)
        working = VGroup(*[derivation.rows[i] for i in (1, 2, 3)],
                         *[derivation.notes[i] for i in (1, 2, 3)], strokes, top_strokes)
        lift = (derivation.rows[1].get_top()[1] - 0.1) - derivation.rows[4].get_top()[1]
        huge = Text("huge", font_size=SIZES.body, color=theme.loss).next_to(check[1], DOWN,
                                                                            buff=0.15)
        tiny = Text("tiny", font_size=SIZES.body, color=theme.highlight).next_to(
            check[3], DOWN, buff=0.15)
        error_name = MathTex(r"\hat y - y", font_size=SIZES.formula,
                             color=theme.good).next_to(check[7], DOWN, buff=0.15)
        # The MSE row under the words beneath the check, its factors under log loss's.
        mse_row.next_to(VGroup(check, huge, tiny, error_name), DOWN, buff=0.3)
        mse_row.shift((check[2].get_x() - mse_row[2].get_x()) * RIGHT)
        header.next_to(check, UP, buff=0.3).align_to(check, LEFT)
        numbers = VGroup(header, check, huge, tiny, error_name, mse_row)
        # The numbers beside the chain rule and its result, at the body's top (the chain
        # rule's notes leave for them); the push plot takes the whole body under both.
        lifted = result.copy().shift(lift * UP)
        numbers.move_to([0, BODY.top, 0], aligned_edge=UP)
        numbers.shift((VGroup(derivation.rows[0], lifted).get_right()[0] + 0.8
                       - numbers.get_left()[0]) * RIGHT)
        self.check, self.mse_check, self.error_name = check, mse_row, error_name
        push = push_plot(theme, Region("under the numbers", BODY.left, BODY.right, BODY.bottom,
                                       min(numbers.get_bottom()[1],
                                           lifted.get_bottom()[1]) - 0.25))
        self.push = push
        with self.beat(f"In numbers, for a confident mistake with score {WRONG_Z:g}: {{huge}} a "
                       "huge first factor times a tiny slope {push} gives a healthy push of about "
                       "minus one, {exactly} exactly the prediction minus the label. {mse} Under "
                       "squared error the same tiny slope stays in the product, {small} and the "
                       f"push shrinks to about minus {abs(float(sq.product)):.3f}.") as b:
            self.play(FadeOut(working), FadeOut(derivation.notes[0]), FadeOut(derivation.notes[4]),
                      result.animate.shift(lift * UP), run_time=0.8)
            # The two factors first; their product only once they have been named.
            self.play(FadeIn(header, shift=0.2 * UP), FadeIn(check[:4], shift=0.2 * UP),
                      run_time=1.0)
            b.wait_until("huge")
            self.play(FadeIn(huge), FadeIn(tiny), run_time=0.8)
            b.wait_until("push")
            # The push drawn against the score too: log loss's stays near one when wrong.
            self.play(FadeIn(check[4:6]), FadeIn(push.frame), Create(push.log_curve),
                      FadeIn(push.log_name), run_time=1.0)
            self.play(FadeIn(push.log_dot, scale=0.5), run_time=0.5)
            b.wait_until("exactly")
            self.play(FadeIn(check[6:]), FadeIn(error_name, shift=0.1 * UP), run_time=0.8)
            b.wait_until("mse")
            self.play(FadeIn(mse_row[:4], shift=0.2 * UP), run_time=0.8)
            self.play(Indicate(VGroup(check[3], mse_row[3]), color=theme.highlight),
                      run_time=0.8)
            b.wait_until("small")
            # ... and squared error's, which collapses toward zero there.
            # Both dots ride their curves together: from a mild mistake (z = 1) to the
            # confident one worked in numbers, the log-loss push climbs toward one while
            # squared error's shrinks, landing on its number as it is said; then on to ever
            # more confident mistakes, where it dies away, and back.
            self.play(FadeIn(mse_row[4:]), Create(push.mse_curve), FadeIn(push.mse_name),
                      FadeIn(push.mse_dot, scale=0.5), run_time=0.8)
            self.play(push.z.animate.set_value(1.0), run_time=0.6)
            self.play(push.z.animate.set_value(WRONG_Z), run_time=2.0, rate_func=smooth)
            self.play(push.z.animate.set_value(PUSH_Z[0] + 0.2), run_time=1.2)
            self.play(push.z.animate.set_value(WRONG_Z), run_time=0.8)

        # Step: same form as linear regression
        # The name dJ/dw arrives only with its x_i: without it the sum is db's gradient.
        ours = MathTex(r"\frac{\partial J}{\partial w} =", r"\frac{1}{N}\sum_i",
                       r"(\hat y_i - y_i)\,",
                       r"\underbrace{x_i}_{\displaystyle \frac{\partial z}{\partial w}}",
                       font_size=SIZES.formula_large, color=theme.text)
        ours[3].set_color(theme.highlight)
        # Linear regression's gradient written under it, term under term: the same form, a 2
        # in place of the 1; only the definitions of y-hat at the right differ.
        theirs = MathTex(r"\frac{\partial J}{\partial w} =", r"\frac{2}{N}\sum_i",
                         r"(\hat y_i - y_i)\,", r"x_i", font_size=SIZES.formula_large,
                         color=theme.text)
        theirs[1][0].set_color(theme.highlight)
        theirs.next_to(ours, DOWN, buff=0.2).align_to(ours, LEFT)
        for i in (1, 2):
            theirs[i].set_x(ours[i].get_x())
        theirs[3].next_to(theirs[2], RIGHT, buff=0.05).align_to(theirs[2], DOWN)
        logistic = MathTex(r"\hat y = \sigma(w \cdot x + b)", font_size=SIZES.formula_large,
                           color=theme.curve)
        linear = MathTex(r"\hat y = w \cdot x + b", font_size=SIZES.formula_large,
                         color=theme.text)
        defs_x = max(ours.get_right()[0], theirs.get_right()[0]) + 0.9
        logistic.move_to([defs_x, ours[2].get_y(), 0], aligned_edge=LEFT)
        linear.move_to([defs_x, theirs[2].get_y(), 0], aligned_edge=LEFT)
        names = VGroup(Text("logistic", font_size=SIZES.body, color=theme.curve),
                       Text("linear, MSE", font_size=SIZES.body, color=theme.text))
        for name, row in zip(names, (ours, theirs), strict=True):
            name.next_to(row, LEFT, buff=0.5).set_y(row[2].get_y())
        names.align_to(names[1], RIGHT)
        side = VGroup(names, ours, theirs, logistic, linear)
        # The numbers have made their point and leave: the two gradients take the body under
        # the chain rule and its result, centred there.
        Region("under the result", BODY.left, BODY.right, BODY.bottom,
               lifted.get_bottom()[1] - 0.3).place(side)
        self.gradients = (ours, theirs, logistic, linear)
        with self.beat("For a weight, {one} the chain rule adds {x} one more factor: the "
                       "score's slope in that weight, which is just the feature x. {avg} "
                       "Averaged over the data, this has the same form as the gradient "
                       "{linear} linear regression had with MSE, up to a factor of two. "
                       "{meaning} Only the meaning of y hat changed: now it passes through "
                       "the sigmoid.") as b:
            # The numbers and the push plot make room (no stale rows over the new ones).
            self.play(FadeOut(VGroup(header, check, huge, tiny, error_name, mse_row, push)),
                      run_time=0.5)
            # One example's y_hat - y first: the factor joins it on the words that name it.
            b.wait_until("one")
            self.play(Write(ours[2]), run_time=b.time_until("x", minimum=0.8))
            b.wait_until("x")
            self.play(FadeIn(ours[3], shift=0.2 * UP), run_time=0.8)
            self.play(Indicate(ours[3], color=theme.highlight), run_time=0.8)
            # The average and the gradient's name (with x_i it is dJ/dw, not db's) together.
            b.wait_until("avg")
            self.play(FadeIn(ours[1]), FadeIn(ours[0]), FadeIn(names[0]), run_time=0.8)
            b.wait_until("linear")
            self.play(FadeIn(VGroup(theirs, names[1], linear), shift=0.2 * UP), run_time=1)
            self.play(Indicate(theirs[1][0], color=theme.highlight, scale_factor=1.6),
                      run_time=0.8)
            b.wait_until("meaning")
            # The one difference: y-hat's definition, the sigmoid's beside the plain line's.
            self.play(FadeIn(logistic, shift=0.2 * UP), run_time=1)
            self.play(Indicate(logistic, color=theme.curve, scale_factor=1.1), run_time=1)


# ---------------------------------------------------------------------------------------------

#: The quiz's confident mistake: a cat (y = 0) given 0.9; core's loss for it, and the two
#: slips (the other label's piece, the leading minus forgotten).
QUIZ_P, QUIZ_Y = 0.9, 0
_RIGHT = loss(QUIZ_P, QUIZ_Y)
_OTHER_PIECE = loss(QUIZ_P, 1 - QUIZ_Y)

QUIZ = Quiz(
    # (worded so each sentence starts a line on the card, the formula on a line of its own;
    # a displayed formula's extra space would shrink the whole card)
    question=rf"A photo of a cat has label $y = {QUIZ_Y}$, and the model gives it "
             rf"$\hat y = {QUIZ_P:g}$. What does the log loss "
             r"$-[\,y \log \hat y + (1 - y)\log(1 - \hat y)\,]$ charge for it?",
    spoken_question=f"A photo of a cat has label y equals {QUIZ_Y}, and the model gives it a "
                    f"y hat of {QUIZ_P:g}. What does the log loss charge for it?",
    choices=(
        rf"${_OTHER_PIECE:.2f}$",
        rf"${-_RIGHT:.2f}$",
        "$0$: the switch $y = 0$ turns it off",
        rf"${_RIGHT:.2f}$",
    ),
    correct=3,
    reason=rf"With $y = 0$, only $-\log(1 - \hat y) = -\log {1 - QUIZ_P:.1f} "
           rf"\approx {_RIGHT:.2f}$ is left.",
    spoken_reason=f"With y equal to zero only minus log of one minus y hat is left: minus log "
                  f"of {1 - QUIZ_P:.1f}, about {_RIGHT:.2f}. A confident mistake costs a lot. "
                  "The switch turns off the other piece, not this one, so the cost is not "
                  f"zero. {_OTHER_PIECE:.2f} is that other piece, for a label of one, and the "
                  "leading minus keeps the loss from being negative.",
    applied=True,
)


def wrong_mark(theme: Theme, row: VGroup, why: str | None) -> VGroup:
    """A cross after a wrong choice ``row``, with a few words saying what went wrong."""
    cross = MathTex(r"\times", font_size=SIZES.formula, color=theme.bad)
    cross.set_stroke(theme.bad, width=2)
    mark = VGroup(cross)
    if why is not None:
        mark.add(Text(why, font_size=SIZES.label, color=theme.text))
        mark.arrange(RIGHT, buff=0.15)
    return mark.next_to(row, RIGHT, buff=0.3).set_y(row.get_y())


#: The picture's share of the body's width, right of the card.
QUIZ_PICTURE_SHARE = 0.42


class LogLossCheck(QuizScene):
    """Check your understanding: the log loss of a confident mistake on a cat. Beside the
    card, both pieces' curves with the prediction marked; the reveal reads the cat's piece,
    then marks the slips the reason names: the other label's piece, and the sign."""

    quiz = QUIZ
    picture_share = QUIZ_PICTURE_SHARE

    def quiz_picture(self) -> VGroup:
        theme = self.theme
        room = BODY.split(1 - QUIZ_PICTURE_SHARE)[1]
        axes = prediction_axes(theme, (0, 5, 1), x_length=room.width - 1.4, y_length=3.8,
                               y_numbers=(1, 2, 3, 4))
        self.quiz_axes = axes
        # A key in the empty space above both curves, clear of the answer's point.
        names = VGroup(*[VGroup(Line(ORIGIN, 0.4 * RIGHT, color=c, stroke_width=4),
                                MathTex(t, font_size=SIZES.formula, color=c)).arrange(
            RIGHT, buff=0.12) for c, t in ((theme.class1, "y = 1"), (theme.class0, "y = 0"))])
        names.arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        names.move_to(axes.c2p(0.25, 4.6), aligned_edge=UP + LEFT)
        self.quiz_key = names
        at = DashedLine(axes.c2p(QUIZ_P, 0), axes.c2p(QUIZ_P, 5.4), color=theme.highlight,
                        stroke_width=2.5, dash_length=0.08)
        at_name = MathTex(rf"\hat y = {QUIZ_P:g}", font_size=SIZES.formula_small,
                          color=theme.highlight).next_to(at, UP, buff=0.1)
        h_name = MathTex(r"\hat y", font_size=SIZES.formula_small, color=theme.muted).next_to(
            axes.x_axis.get_right(), RIGHT, buff=0.35)
        l_name = Text("loss", font_size=SIZES.body, color=theme.muted).next_to(
            axes.y_axis, UP, buff=0.12)
        # The curves are drawn only at the reveal: before it, the picture must not give the
        # answer away (the key says which colour is which label).
        # (the key, too, waits for the curves it names: placed with the picture, it is shown
        # only with them at the reveal).
        names.set_opacity(0)
        return VGroup(axes, names, at, at_name, h_name, l_name)

    def quiz_reveal(self) -> None:
        theme, axes = self.theme, self.quiz_axes
        point = axes.c2p(QUIZ_P, _RIGHT)
        dot = Dot(point, radius=0.09, color=theme.good)
        # The cost read off the plot: the cat's curve's height at 0.9, drawn from the axis.
        height = Line(axes.c2p(QUIZ_P, 0), point, color=theme.good, stroke_width=6)
        self.quiz_height = height
        value = MathTex(rf"-\log {1 - QUIZ_P:.1f} = {_RIGHT:.2f}", font_size=SIZES.formula_small,
                        color=theme.good).next_to(point, LEFT, buff=0.3)
        curves = penalty_curves(n_points=200, h_min=0.007)
        pieces = VGroup(polyline(axes, curves.h, curves.loss_y1, theme.class1, width=4),
                        polyline(axes, curves.h, curves.loss_y0, theme.class0, width=4))
        self.play(Create(pieces), self.quiz_key.animate.set_opacity(1), run_time=1.0)
        self.play(Create(height), FadeIn(dot, scale=0.5), Flash(dot, color=theme.good),
                  FadeIn(value), run_time=1.2)
        # The slips, each marked as the reason names it (the reason is one clip without
        # marks: its words are spread evenly over it).
        clock = self.reveal_clock
        words = [w.strip(".,:;").lower() for w in QUIZ.said_reason.split()]
        start, end = clock.at("reason"), clock.at("end")

        def wait_for(word: str) -> None:
            due = start + (end - start) * words.index(word) / len(words)
            if due - self.renderer.time > 1e-6:
                self.wait(due - self.renderer.time)

        # The label-one piece switched off by y = 0: its curve and key entry dimmed as the
        # reason says only the other piece is left.
        wait_for("only")
        self.play(pieces[0].animate.set_stroke(opacity=SWITCHED_OFF),
                  self.quiz_key[0].animate.set_opacity(SWITCHED_OFF), run_time=0.8)
        self.quiz_pieces = pieces
        rows = self.quiz_rows
        # Choice C answered: the switch turns off the other piece, not the cat's, whose
        # curve and cost are lit. Each wrong choice gets a cross (C's reason is said and
        # seen on the curves: no room beside it for words).
        not_zero = wrong_mark(theme, rows[2], None)
        self.quiz_not_zero = not_zero
        wait_for("switch")
        self.play(rows[2].animate.set_opacity(1), FadeIn(not_zero, shift=0.2 * LEFT),
                  Indicate(pieces[1], color=theme.class0, scale_factor=1.0),
                  Indicate(value, color=theme.good), run_time=1.0)
        other = axes.c2p(QUIZ_P, _OTHER_PIECE)
        # A dark rim keeps the dot apart from the axis it sits on.
        other_dot = Dot(other, radius=0.11, color=theme.class1).set_stroke(
            theme.background, width=3)
        # Its value beside it, up and right of the dashed line (clear of the axis).
        other_value = MathTex(rf"{_OTHER_PIECE:.2f}", font_size=SIZES.formula_small,
                              color=theme.class1)
        # (lifted clear of the "1" under the axis and of the y_hat at its end)
        other_value.next_to(other_dot, RIGHT, buff=0.15).shift(0.4 * UP)
        self.quiz_other = VGroup(other_dot, other_value)
        wait_for(f"{_OTHER_PIECE:.2f}")
        # Choice A lit with its point, on the label-one curve shown at full strength from
        # then on: the curve stays lit as long as its point and value are on screen.
        other_piece = wrong_mark(theme, rows[0], "the other piece")
        self.quiz_other_piece = other_piece
        self.play(rows[0].animate.set_opacity(1),
                  pieces[0].animate.set_stroke(opacity=1),
                  self.quiz_key[0].animate.set_opacity(1), FadeIn(other_piece),
                  FadeIn(other_dot, scale=0.5), FadeIn(other_value), run_time=1.0)
        # The sign slip: choice B is the log itself, negative, the minus left out.
        slip = wrong_mark(theme, rows[1], "minus left out")
        self.quiz_slip = slip
        wait_for("leading")
        self.play(rows[1].animate.set_opacity(1), FadeIn(slip, shift=0.2 * LEFT),
                  run_time=0.8)
        self.play(Indicate(rows[1], color=theme.bad, scale_factor=1.0), run_time=1.0)


SCENES_IN_ORDER = [MinusLogForEachLabel, SwitchesJoinTheTwoPieces, SigmoidSlopeCancels,
                   LogLossCheck]
