"""Chapter 3: the right loss. Cross-entropy from maximum likelihood.

The likelihood of one label in one formula (its exponents are switches), the product over the
data turned into a sum by the log, the penalty curve -log h with the course's check values,
its mirror for y = 0, and why neither squared error nor accuracy would train the model.
Every number drawn comes from ``core``.
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
    Create,
    DashedLine,
    DecimalNumber,
    Dot,
    FadeIn,
    FadeOut,
    FadeTransform,
    Flash,
    GrowArrow,
    Indicate,
    Line,
    MathTex,
    NumberLine,
    Rectangle,
    ReplacementTransform,
    Square,
    SurroundingRectangle,
    Text,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    always_redraw,
    linear,
    rgb_to_color,
    smooth,
)

from core import (
    COURSE_PENALTY_CHECKS,
    LikelihoodFactors,
    PenaltyCurves,
    WeightSlice,
    cross_entropy_from_proba,
    likelihood_factors,
    load_dataset,
    logit,
    penalty_curves,
    predict_proba,
    sigmoid,
    slice_descent,
    squared_error_from_proba,
    threshold_sweep,
    weight_slice,
)
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, FORMULA_STRIP, GUTTER, SIDE, STAGE, Region
from scenes.common.pieces import ReadoutPanel, copied_into
from scenes.common.plots import function_axes, polyline, tick_numbers
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The chapter 3 slice: the spam emails of chapter 0, bias held at this value, weight swept
#: over this range (inputs chosen for the picture; every plotted value comes from core).
SLICE_BIAS = -4.5
SLICE_W = np.linspace(-1.5, 2.5, 401)
#: Where the balls start (on squared error's plateau, w = -1.1), and how many gradient-descent
#: steps (of rate PUSH_RATE) each loss then takes from there.
PLATEAU_INDEX = 40
DESCENT_STEPS = 6
#: The push arrows: one gradient-descent step of this rate, in w units, capped.
PUSH_RATE = 0.25
PUSH_CAP = 1.2
#: The share of each step's time the ball spends hopping (it rests for the rest).
HOP_SHARE = 0.6
#: The side of each email's cell in the strip under the loss panels.
STRIP_CELL = 0.5
#: Where the marker on the accuracy staircase sits, and how far it is nudged either way.
NUDGE_AT, NUDGE_BY = 1.05, 0.2
#: Where both losses are compared at the end: before any prediction flips (accuracy flat).
SLOPE_AT = -1.0
#: The four emails of chapter 0 whose factors the likelihood scene multiplies (rows of the
#: "spam" data: two not spam, two spam), scored by h(x) = g(x - 4.5), the slice's model at w = 1.
STRIP_EMAILS = (1, 5, 6, 10)
STRIP_THETA = (SLICE_BIAS, 1.0)
STRIP_RANGE = (0.0, 10.0)
#: The threshold sweep: how far the threshold of h(x) = g(x - t) slides each way, and the
#: top of its likelihood axis.
SWEEP_LOW, SWEEP_HIGH = 1.5, 7.4
SWEEP_L_MAX = 0.6
#: The penalty curve's smallest probability: the course's last check value.
H_MIN = min(h for h, _ in COURSE_PENALTY_CHECKS)
#: The top of the penalty axis; the curves are drawn up to it (h from e^-10 to 1 - e^-10), so
#: that they leave the plot through its top, as an unbounded loss does.
PENALTY_TOP = 10.0
CURVE_H_MIN = float(np.exp(-PENALTY_TOP))


def penalty(h: float, y: int) -> float:
    """Cross-entropy of one prediction h for the label y (core's value, as a float)."""
    return float(cross_entropy_from_proba(h, y))


def fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def penalty_axes(theme: Theme) -> tuple[Axes, MathTex, Text]:
    """h across, the loss up, numbered, with their names, filling the stage."""
    axes = function_axes(theme, (0, 1, 0.25), (0, 10, 2), x_length=STAGE.width - 1.0,
                         y_length=STAGE.height - 1.9, x_numbers=(0, 0.25, 0.5, 0.75, 1),
                         y_numbers=(2, 4, 6, 8, 10), x_decimals=2, y_decimals=0)
    x_label = MathTex(r"h = P(y=1)", font_size=SIZES.formula_small, color=theme.muted)
    x_label.next_to(axes.x_axis, DOWN, buff=0.55)
    y_label = Text("loss", font_size=SIZES.label, color=theme.muted)
    y_label.next_to(axes.y_axis, UP, buff=0.2)
    STAGE.place(VGroup(axes, x_label, y_label))
    return axes, x_label, y_label


def penalty_summary(theme: Theme) -> VGroup:
    """The two verdicts of the overlays (the coin flip's log 2 is in the checks table above),
    each behind a sample of its overlay; the unbounded end named for each branch."""

    def swatch(colour: str, width: float = 8) -> VMobject:
        return Line(ORIGIN, 0.25 * RIGHT, color=colour, stroke_width=width)

    def row(mark: VMobject, *parts: VMobject) -> VGroup:
        return VGroup(mark, *parts).arrange(RIGHT, buff=0.12)

    size, tex = SIZES.label, SIZES.formula_small
    right = row(swatch(theme.good), Text("sure and right: near 0", font_size=size,
                                         color=theme.good))
    wrong = VGroup(
        row(swatch(theme.bad, 12), Text("sure and wrong: no bound", font_size=size,
                                        color=theme.text)),
        MathTex(r"h\to 0\ \ \mathrm{if}\ \ y=1", font_size=tex, color=theme.class1),
        MathTex(r"h\to 1\ \ \mathrm{if}\ \ y=0", font_size=tex, color=theme.class0),
    ).arrange(DOWN, aligned_edge=LEFT, buff=0.1)
    wrong[1:].shift(0.6 * RIGHT)
    return VGroup(right, wrong).arrange(DOWN, aligned_edge=LEFT, buff=0.2)


def confidence_overlays(axes: Axes, curves: PenaltyCurves, theme: Theme
                        ) -> tuple[VGroup, VGroup]:
    """Thick overlays on both penalty curves: where the loss is nearly 0 (sure and right, in
    the "right" colour) and where it passes 2 (sure and wrong, in the red of "wrong", far
    darker than the orange y = 1 curve and another hue than the blue y = 0 one, with both
    curves dimmed beneath)."""

    def part(loss: np.ndarray, keep: np.ndarray, colour: str, width: float = 8) -> VMobject:
        return polyline(axes, curves.h[keep], loss[keep], colour, width=width)

    right_floor = 0.1  # below this loss the model counts as "sure and right"
    wrong_from = 2.0  # above this loss, "sure and wrong"
    # Thicker: these lie along the floor of the plot, beside the h axis.
    right = VGroup(part(curves.loss_y1, curves.loss_y1 < right_floor, theme.good, 14),
                   part(curves.loss_y0, curves.loss_y0 < right_floor, theme.good, 14))
    # Each "wrong" stretch on a dark rim, so that it parts from the orange curve beneath by
    # lightness as well as by hue (red and orange are close for red-green colour blindness).
    # Twice as thick as the curves, so that it reads by its width as well.
    wrong = VGroup(*[VGroup(part(loss, loss > wrong_from, theme.background, 20),
                            part(loss, loss > wrong_from, theme.bad, 12))
                     for loss in (curves.loss_y1, curves.loss_y0)])
    return right, wrong


def penalty_check_row(h: float, theme: Theme) -> MathTex:
    """``h -> -log h``, one of the course's check values (ln 2 named at one half)."""
    extra = r"\ =\ \log 2" if h == 0.5 else ""
    row = MathTex(rf"h={h:g}", r"\ \to\ ", rf"{fmt(penalty(h, 1), 2)}{extra}",
                  font_size=SIZES.formula_small, color=theme.text)
    row[2].set_color(theme.class1)  # the y = 1 branch's colour
    return row


# ---------------------------------------------------------------------------------------------


class LikelihoodExponentsAreSwitches(LectureScene):
    """One formula for both labels: the exponents y and 1-y switch each factor on or off."""

    def construct(self) -> None:
        theme = self.theme
        title = self.heading("Write down the probability of the data")

        # Step: the model's two claims
        claims = VGroup(
            MathTex(r"P(y=1 \mid x;\theta)", "=", r"h(x)", font_size=SIZES.formula_large),
            MathTex(r"P(y=0 \mid x;\theta)", "=", r"1-h(x)", font_size=SIZES.formula_large),
        ).arrange(DOWN, buff=0.5, aligned_edge=LEFT)
        # The first formulas are the whole picture: centred in the body, not crowded at its top.
        claims.move_to(BODY.center + 0.5 * UP)
        claims[0][2].set_color(theme.class1)
        claims[1][2].set_color(theme.class0)
        with self.beat("Our model makes a claim about probability. {spam} It says an email is "
                       "spam with probability h, {not_spam} so it is not spam with probability "
                       "one minus h.") as b:
            # The two questions the model answers come first, its answers on their words.
            self.play(FadeIn(title, shift=0.2 * DOWN),
                      *[FadeIn(claim[:2]) for claim in claims])
            b.wait_until("spam")
            self.play(Write(claims[0][2]))
            b.wait_until("not_spam")
            self.play(Write(claims[1][2]))

        # Step: one formula for both
        one = MathTex(r"p(y \mid x;\theta)", "=", "h", "^{y}", r"\,(1-h)", "^{1-y}",
                      font_size=SIZES.formula_large, color=theme.text)
        one_top = one.copy()
        BODY.place(one_top, aligned=UP)  # where it goes once the emails need the room
        one.move_to(BODY.center + 1.0 * UP)
        exps = VGroup(one[3], one[5])
        with self.beat("Both claims fit into one formula. {powers} Raise h to the power y, and "
                       "one minus h to the power one minus y.") as b:
            self.play(FadeOut(claims, shift=0.3 * UP), FadeIn(one, shift=0.3 * UP))
            b.wait_until("powers")
            self.play(exps.animate.set_color(theme.highlight), run_time=0.8)

        # Step: y = 1 lights up h
        h_factor, rest_factor = VGroup(one[2], one[3]), VGroup(one[4], one[5])
        case1 = MathTex(r"y=1:", r"\quad h^{1}", r"\,(1-h)^{0}", "=", "h",
                        font_size=SIZES.formula_large, color=theme.text)
        case1.next_to(one, DOWN, buff=0.9)
        case1[1].set_color(theme.class1)
        case1[4].set_color(theme.class1)
        case1[2].set_opacity(0.35)
        with self.beat("Set y to one. {exponents} The first exponent becomes one, {zero} the "
                       "second becomes zero, and anything to the power zero is one. {survives} "
                       "Only h survives.") as b:
            self.play(FadeIn(case1[0]), h_factor.animate.set_color(theme.class1))
            b.wait_until("exponents")
            self.play(FadeIn(case1[1:], shift=0.2 * RIGHT))
            # The second factor dims as its exponent is said to become zero.
            b.wait_until("zero")
            self.play(rest_factor.animate.set_opacity(0.3), run_time=0.8)
            b.wait_until("survives")
            self.play(Indicate(case1[4], color=theme.class1), run_time=1.2)
        # Step: y = 0 lights up 1 - h
        case0 = MathTex(r"y=0:", r"\quad h^{0}", r"\,(1-h)^{1}", "=", "1-h",
                        font_size=SIZES.formula_large, color=theme.text).move_to(case1)
        case0[2].set_color(theme.class0)
        case0[4].set_color(theme.class0)
        case0[1].set_opacity(0.35)
        with self.beat("Set y to zero and the switches flip. Now only one minus h survives, "
                       "the probability of not spam."):
            self.play(ReplacementTransform(case1, case0),
                      h_factor.animate.set_color(theme.text).set_opacity(0.3),
                      rest_factor.animate.set_color(theme.class0).set_opacity(1))

        # Step: four emails, one factor each
        factors = likelihood_factors(STRIP_THETA, self.strip_data[0], self.strip_data[1])
        self.factors = factors
        strip, dots, labels = self.email_strip(factors)
        strip.next_to(one_top, DOWN, buff=0.5)
        spam = [i for i, y in enumerate(self.strip_data[1]) if y == 1]
        ham = [i for i, y in enumerate(self.strip_data[1]) if y == 0]
        with self.beat("Take four emails from chapter zero and one model. {spam} Each spam "
                       "email contributes its h, {ham} each other email its one minus h: the "
                       "probability the model gives to the label it really has.") as b:
            self.play(FadeOut(case0),
                      one.animate.set_color(theme.text).set_opacity(1).move_to(one_top))
            self.play(h_factor.animate.set_color(theme.class1),
                      rest_factor.animate.set_color(theme.class0),
                      FadeIn(VGroup(strip[0], dots)), run_time=1.2)
            b.wait_until("spam")
            self.play(*[FadeIn(labels[i], shift=0.2 * DOWN) for i in spam])
            b.wait_until("ham")
            self.play(*[FadeIn(labels[i], shift=0.2 * DOWN) for i in ham])

        # Step: the product over the data
        numeric = MathTex("L", "=", *[piece for i in range(len(factors.factor))
                                      for piece in ((r"\times",) if i else ()) + (
                                          fmt(factors.factor[i], 2),)],
                          "=", fmt(factors.likelihood, 2),
                          font_size=SIZES.formula, color=theme.text)
        values = [numeric[2 + 2 * i] for i in range(len(factors.factor))]
        for value, y in zip(values, self.strip_data[1], strict=True):
            value.set_color(theme.class1 if y == 1 else theme.class0)
        numeric.next_to(strip, DOWN, buff=0.45)
        big_l = MathTex(r"L(\theta)", "=", r"\prod_{i=1}^{n}", "h_i", "^{y_i}", r"\,(1-h_i)",
                        "^{1-y_i}", font_size=SIZES.formula, color=theme.text)
        big_l[3].set_color(theme.class1)
        big_l[5].set_color(theme.class0)
        where = MathTex(r"h_i = h(x^{(i)})", font_size=SIZES.formula, color=theme.text)
        where.next_to(big_l, RIGHT, buff=0.8)
        VGroup(big_l, where).next_to(numeric, DOWN, buff=0.4)
        self.numeric = numeric
        with self.beat("If the emails are independent, {product} the probability of all four "
                       "labels is the product of these factors, {value} about "
                       f"{fmt(factors.likelihood, 2)}.") as b:
            b.wait_until("product")
            self.play(*[copied_into(labels[i][-1], values[i])
                        for i in range(len(values))],
                      FadeIn(VGroup(numeric[:2], *[numeric[3 + 2 * i]
                                                   for i in range(len(values) - 1)])),
                      run_time=1.5)
            b.wait_until("value")
            self.play(FadeIn(numeric[-2:], shift=0.2 * LEFT))

        # Step: slide the model's threshold: every factor and their product change live
        self.sweep_likelihood(strip, labels, numeric)

        with self.beat("{likelihood} Over n emails, read as a function of theta, that product "
                       "is the likelihood.") as b:
            b.wait_until("likelihood")
            self.play(FadeIn(big_l, shift=0.2 * DOWN), FadeIn(where))
            self.play(Indicate(big_l[0], color=theme.highlight), run_time=1.2)

        # Step: the log turns the product into a sum, exponents into multipliers
        ell = MathTex(r"\ell(\theta)", "=", r"\sum_{i=1}^{n}", r"\Big[", "y_i", r"\log", "h_i",
                      "+", "(1-y_i)", r"\log", r"(1-h_i)", r"\Big]",
                      font_size=SIZES.formula, color=theme.text)
        lifted = VGroup(big_l.copy(), where.copy()).next_to(one, DOWN, buff=0.5)
        ell.next_to(lifted, DOWN, buff=0.4)
        ell.align_to(lifted, LEFT)
        for i in (4, 8):
            ell[i].set_color(theme.highlight)
        for i in (5, 6):
            ell[i].set_color(theme.class1)
        for i in (9, 10):
            ell[i].set_color(theme.class0)
        mapping = [(0, 0), (1, 1), (2, 2), (3, 6), (5, 10)]
        exponents = [(4, 4), (6, 8)]  # y_i and 1 - y_i: from up high to in front
        with self.beat("A product of many small numbers is awkward to work with, {log} so take "
                       "the log. {sum} The product becomes a sum, {front} and each exponent "
                       "comes down in front as a multiplier.") as b:
            self.play(FadeOut(VGroup(strip, numeric)), big_l.animate.move_to(lifted[0]),
                      where.animate.move_to(lifted[1]), run_time=1.2)
            source = big_l.copy()
            b.wait_until("log")
            self.play(VGroup(source[4], source[6]).animate.set_color(theme.highlight),
                      VGroup(big_l[4], big_l[6]).animate.set_color(theme.highlight),
                      run_time=0.6)
            b.wait_until("sum")
            # Piece by piece cross-fades (a morph of prod into sum garbles mid-way), done
            # well inside the sentence.
            self.play(*[FadeTransform(source[a], ell[b]) for a, b in mapping],
                      FadeIn(VGroup(ell[3], ell[5], ell[7], ell[9], ell[11])), run_time=1.2)
            b.wait_until("front")
            # The exponents drop from their perches to the front of their logs, full size.
            self.play(*[ReplacementTransform(source[a], ell[b], path_arc=0.6)
                        for a, b in exponents], run_time=1.5)

        # Step: flip the sign: cross-entropy
        ce = MathTex(r"\mathrm{CE}(h,y)", "=", r"-\big[\,", "y", r"\log h", "+", "(1-y)",
                     r"\log(1-h)", r"\,\big]", font_size=SIZES.formula, color=theme.text)
        # The same colours as in the sum above: switches in highlight, branches by label.
        ce[3].set_color(theme.highlight)
        ce[6].set_color(theme.highlight)
        ce[4].set_color(theme.class1)
        ce[7].set_color(theme.class0)
        flipped = MathTex(r"\text{loss} = -\ell(\theta)", font_size=SIZES.formula,
                          color=theme.loss)
        flipped.next_to(ell, DOWN, buff=0.35).align_to(ell, LEFT)
        box = SurroundingRectangle(ce, color=theme.loss, buff=0.18)
        name = Text("cross-entropy\n(log loss)", font_size=SIZES.label, color=theme.loss,
                    line_spacing=0.9).next_to(box, RIGHT, buff=0.4)
        FORMULA_STRIP.place(VGroup(ce, box, name))
        with self.beat("Maximum likelihood wants this sum as large as possible. {flip} Flip its "
                       "sign and it becomes a loss to make small. {ce} For one example, that "
                       "loss is the cross-entropy.") as b:
            b.wait_until("flip")
            self.play(FadeIn(flipped, shift=0.2 * DOWN), run_time=0.8)
            b.wait_until("ce")
            self.play(Write(ce), run_time=1.2)
            self.play(Create(box), FadeIn(name, shift=0.2 * LEFT))

        # Step: the same recipe as for squared error, under another assumption about the data
        recipe = VGroup(*[
            MathTex(model, r"\ \to\ ", loss, font_size=SIZES.formula_small, color=theme.text)
            for model, loss in ((r"\text{Gaussian noise}", r"\text{squared error}"),
                                (r"\text{Bernoulli label}", r"\text{cross-entropy}"))
        ]).arrange(DOWN, aligned_edge=LEFT, buff=0.2)
        recipe[1][2].set_color(theme.loss)
        recipe.next_to(flipped, RIGHT, buff=1.2)
        self.recipe = recipe
        with self.beat("It is the recipe of linear regression again: {gauss} there, maximum "
                       "likelihood under Gaussian noise gave squared error; {bernoulli} here, "
                       "under a Bernoulli, coin-flip model of the label, it gives "
                       "cross-entropy.") as b:
            b.wait_until("gauss")
            self.play(FadeIn(recipe[0], shift=0.2 * LEFT), run_time=0.8)
            b.wait_until("bernoulli")
            self.play(FadeIn(recipe[1], shift=0.2 * LEFT), run_time=0.8)
            self.play(Indicate(recipe[1][2], color=theme.highlight),
                      Indicate(name, color=theme.highlight), run_time=1.2)


    def sweep_likelihood(self, strip: VGroup, labels: VGroup, numeric: MathTex) -> None:
        """Slide the threshold t of h(x) = g(x - t) across the strip: the four factors and
        their product L follow it live, and L, drawn against t under the strip (same x
        scale), peaks near the model above (all values from core)."""
        theme = self.theme
        X, y = self.strip_data
        line = strip[0][0]
        t_grid = np.linspace(*STRIP_RANGE, 401)
        sweep = threshold_sweep(X, y, t_grid)
        self.sweep = sweep
        t0 = -STRIP_THETA[0] / STRIP_THETA[1]
        t = ValueTracker(t0)
        self.threshold = t

        def factor(i: int) -> float:
            return float(np.interp(t.get_value(), sweep.t, sweep.factor[:, i]))

        def likelihood() -> float:
            return float(np.interp(t.get_value(), sweep.t, sweep.likelihood))

        top = numeric.get_top()[1]
        height = top - BODY.bottom - 1.0
        axes = function_axes(theme, (*STRIP_RANGE, 1), (0, SWEEP_L_MAX, 0.2),
                             x_length=line.width, y_length=height, x_numbers=(0, 5, 10),
                             y_numbers=(0.2, 0.4, 0.6), y_decimals=1)
        # Under the strip, its t scale on the strip's x scale.
        axes.shift((line.n2p(0)[0] - axes.c2p(0, 0)[0]) * RIGHT
                   + (top - 0.2 - axes.c2p(0, SWEEP_L_MAX)[1]) * UP)
        t_name = MathTex("t", font_size=SIZES.formula_small, color=theme.muted)
        t_name.next_to(axes.x_axis, RIGHT, buff=0.3)
        l_name = MathTex("L", font_size=SIZES.formula_small, color=theme.curve)
        l_name.next_to(axes.c2p(0, SWEEP_L_MAX), UP + RIGHT, buff=0.1)
        # The curve is traced behind the marker: only the thresholds it has visited so far
        # (lavender is the loss's colour; the likelihood is a function graph).
        seen = [t0, t0]

        def traced() -> VMobject:
            now = t.get_value()
            seen[0], seen[1] = min(seen[0], now), max(seen[1], now)
            keep = (sweep.t >= seen[0]) & (sweep.t <= seen[1])
            if keep.sum() < 2:
                return VMobject()
            return polyline(axes, sweep.t[keep], sweep.likelihood[keep], theme.curve)

        curve = always_redraw(traced)
        dot = Dot(radius=0.1, color=theme.highlight)
        dot.add_updater(lambda m: m.move_to(axes.c2p(t.get_value(), likelihood())))
        # From the strip's line down (the factors' labels above the line stay clear of it).
        cut = DashedLine(line.n2p(t0), axes.c2p(t0, 0), color=theme.highlight,
                         stroke_width=3)
        cut.add_updater(lambda m: m.put_start_and_end_on(line.n2p(t.get_value()),
                                                         axes.c2p(t.get_value(), 0)))
        l_readout = ReadoutPanel([("L", likelihood, 2)], theme)
        l_readout.add_updater(lambda m: m.next_to(dot, UP + RIGHT, buff=0.12))
        # Each factor's value follows the threshold; the printed ones step aside meanwhile.
        live = VGroup()
        for i, label in enumerate(labels):
            number = DecimalNumber(factor(i), num_decimal_places=2,
                                   font_size=SIZES.formula_small, color=label[1].get_color())
            number.move_to(label[1], aligned_edge=LEFT)
            number.add_updater(lambda m, i=i: m.set_value(factor(i)))
            live.add(number)
        model = strip[0][2]
        general = MathTex(r"h(x)=g(x-t)", font_size=SIZES.formula_small, color=theme.highlight)
        # In the plot's empty upper right (the likelihood is small there), right of the
        # farthest the guide goes.
        general.move_to(axes.c2p(STRIP_RANGE[1], 0.9 * SWEEP_L_MAX), aligned_edge=RIGHT)
        with self.beat("Now move the model: {slide} slide its threshold t along the line, and "
                       "every factor changes, and so does their product. {peak} The product is "
                       f"largest near {self.sweep.best_t:.1f}: the model that makes these four "
                       "labels most probable.") as b:
            self.play(FadeOut(numeric), FadeOut(VGroup(*[lab[1] for lab in labels])),
                      FadeIn(live), FadeTransform(model, general), run_time=0.8)
            b.wait_until("slide")
            self.play(Create(axes), FadeIn(VGroup(t_name, l_name)), Create(cut))
            dot.update()
            l_readout.update()
            self.add(curve)
            self.play(FadeIn(dot), FadeIn(l_readout), run_time=0.6)
            # Down, up, and parked on the peak before "largest" is said (the three moves
            # share the time left before it).
            left = max(b.time_until("peak") - 0.3, 3.0)
            self.play(t.animate.set_value(SWEEP_LOW), run_time=0.3 * left, rate_func=smooth)
            self.play(t.animate.set_value(SWEEP_HIGH), run_time=0.45 * left,
                      rate_func=smooth)
            self.play(t.animate.set_value(self.sweep.best_t), run_time=0.25 * left,
                      rate_func=smooth)
            curve.clear_updaters()
            b.wait_until("peak")
            self.play(Flash(dot, color=theme.highlight), run_time=0.8)
        for mob in (dot, cut, l_readout, *live):
            mob.clear_updaters()
        self.play(FadeOut(VGroup(axes, t_name, l_name, curve, dot, cut, l_readout)),
                  FadeOut(live), FadeIn(VGroup(*[lab[1] for lab in labels])),
                  FadeTransform(general, model), FadeIn(numeric), run_time=0.8)

    @property
    def strip_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The strip's emails: features, shape (4, 1), and labels, shape (4,)."""
        data = load_dataset("spam")
        rows = list(STRIP_EMAILS)
        return data.X[rows], data.y[rows]

    def email_strip(self, factors: LikelihoodFactors) -> tuple[VGroup, VGroup, VGroup]:
        """The four emails on a number line of x, each with its factor above it: h for a spam
        email, 1 - h for the others, in the colour of its label (numbers from core)."""
        theme = self.theme
        X, y = self.strip_data
        line = NumberLine(x_range=[*STRIP_RANGE, 1], length=BODY.width - 3.0,
                          color=theme.muted, stroke_width=2)
        tick_numbers(line, (0, 5, 10), 0, theme)
        name = MathTex("x", font_size=SIZES.formula_small, color=theme.muted)
        name.next_to(line, RIGHT, buff=0.3)
        dots = point_cloud_1d(line, X[:, 0], y, theme)
        labels = VGroup()
        for dot, label, value in zip(dots, y, factors.factor, strict=True):
            tex = MathTex("h=" if label == 1 else "1-h=", fmt(value, 2),
                          font_size=SIZES.formula_small,
                          color=theme.class1 if label == 1 else theme.class0)
            labels.add(tex.next_to(dot, UP, buff=0.3))
        weight = "" if STRIP_THETA[1] == 1 else rf"{STRIP_THETA[1]:g}\,"
        model = MathTex(rf"h(x)=g({weight}x{STRIP_THETA[0]:+g})",
                        font_size=SIZES.formula_small, color=theme.text)
        model.next_to(line.n2p(7.5), DOWN, buff=0.35)
        strip = VGroup(VGroup(line, name, model), dots, labels)
        return strip, dots, labels


def point_cloud_1d(line: NumberLine, x: np.ndarray, y: np.ndarray, theme: Theme) -> VGroup:
    """One dot per email on a number line, in its label's colour."""
    return VGroup(*[Dot(line.n2p(float(v)), radius=0.11,
                        color=theme.class1 if label == 1 else theme.class0)
                    for v, label in zip(x, y, strict=True)])


# ---------------------------------------------------------------------------------------------


class PenaltyExplodesWhenConfidentlyWrong(LectureScene):
    """The penalty -log h for y = 1 and its mirror for y = 0, with the course's check values."""

    def construct(self) -> None:
        theme = self.theme
        curves = penalty_curves(n_points=400, h_min=CURVE_H_MIN)
        title = self.heading("The price of one prediction")
        axes, x_label, y_label = penalty_axes(theme)
        self.axes = axes

        # Each branch in the colour of its label, as the likelihood's factors were.
        self.curve_y1 = polyline(axes, curves.h, curves.loss_y1, theme.class1)
        self.curve_y0 = polyline(axes, curves.h, curves.loss_y0, theme.class0)
        label_y1 = MathTex(r"y=1:\ -\log h", font_size=SIZES.formula_small, color=theme.class1)
        label_y1.move_to(axes.c2p(0.27, 4.6))
        label_y0 = MathTex(r"y=0:\ -\log(1-h)", font_size=SIZES.formula_small,
                           color=theme.class0)
        label_y0.move_to(axes.c2p(0.7, 4.6))

        # The marker rides the curve of the current label; its h is tracked through the logit
        # so that a sweep spends its time where the curve changes, near 0 and 1.
        self.z = ValueTracker(float(logit(COURSE_PENALTY_CHECKS[0][0])))
        self.label = 1
        self.marker = Dot(radius=0.09, color=theme.highlight)
        self.marker.add_updater(lambda m: m.move_to(axes.c2p(self.h(), self.loss())))
        guide = Line(stroke_width=2, color=theme.highlight, stroke_opacity=0.6)
        guide.add_updater(lambda m: m.put_start_and_end_on(
            axes.c2p(0, self.loss()), self.marker.get_center() + 0.09 * LEFT))
        # h to five places: at one in ten thousand it reads 0.00010, and on the way there
        # (0.00014 beside a loss of 8.90) it never shows a rounded value beside another's loss.
        self.readout = ReadoutPanel([("y", lambda: self.label, 0), ("h", self.h, 5),
                                     (r"\mathrm{CE}", self.loss, 2)], theme)
        table_title = MathTex(r"y = 1:\ \text{check values}",
                              font_size=SIZES.formula_small, color=theme.class1)
        self.check_rows = VGroup(*[penalty_check_row(h, theme)
                                   for h, _ in COURSE_PENALTY_CHECKS])
        self.check_rows.arrange(DOWN, aligned_edge=LEFT, buff=0.2)

        def check_row(h: float) -> MathTex:
            return self.check_rows[[c for c, _ in COURSE_PENALTY_CHECKS].index(h)]

        summary = penalty_summary(theme)
        SIDE.stack(self.readout, VGroup(table_title, self.check_rows).arrange(
            DOWN, aligned_edge=LEFT, buff=0.2), summary, buff=0.3)

        # Step: the axes and the y = 1 curve
        with self.beat("Here is the penalty for a single email whose true label is one. "
                       "{across} Across the bottom, the probability h the model gives to spam. "
                       "{up} Up the side, the loss: minus log h.") as b:
            # The penalty curve is what the first words name: it comes with the axes.
            self.play(FadeIn(title, shift=0.2 * DOWN), Create(axes), FadeIn(x_label),
                      FadeIn(y_label), Create(self.curve_y1), run_time=1.5)
            b.wait_until("across")
            self.play(Indicate(x_label, color=theme.highlight), run_time=1.2)
            b.wait_until("up")
            self.play(Indicate(y_label, color=theme.highlight), FadeIn(label_y1),
                      run_time=1.5)

        # Step: confident and right
        with self.beat("Start with a model that is confident and right: {h} h is zero point "
                       "nine nine. {loss} The loss is almost nothing.") as b:
            b.wait_until("h")
            self.marker.update()
            # The marker and its readout arrive together, on the value's words.
            self.play(FadeIn(self.marker, scale=0.5), FadeIn(self.readout),
                      FadeIn(table_title))
            guide.update()
            self.add(guide)
            b.wait_until("loss")
            self.play(FadeIn(check_row(COURSE_PENALTY_CHECKS[0][0]), shift=0.2 * LEFT))

        # Step: the sweep through the course's other checks
        words = {
            0.5: "Slide h down to one half, a coin flip. {ln_two} The loss is the log of two, "
                 f"about {fmt(penalty(0.5, 1), 2)}.",
            0.01: "Now the model is sure the email is not spam, with h at one in a hundred. "
                  f"{{jumps}} It is wrong, and the loss jumps to {fmt(penalty(0.01, 1), 2)}.",
            0.0001: f"Push h lower still. {{at}} At one in ten thousand {{unbounded}} the loss "
                    f"reaches "
                    f"{fmt(penalty(1e-4, 1), 2)}. As h goes to zero, {{bound}} the loss grows "
                    "without bound.",
        }
        marks = {0.5: "ln_two", 0.01: "jumps", 0.0001: "unbounded"}
        # Where each curve leaves the plot through its top: an arrow on up, "no bound".
        up_y1, up_y0 = (self.off_the_top(h, side) for h, side in ((0.04, RIGHT),
                                                                   (0.96, LEFT)))
        for h, _ in COURSE_PENALTY_CHECKS[1:]:
            with self.beat(words[h]) as b:
                # The slide ends by the time its value is said ("at", where it has one).
                slide = b.time_until("at", minimum=1.0) if "{at}" in words[h] else 2.5
                self.play(self.z.animate.set_value(float(logit(h))), run_time=slide,
                          rate_func=smooth)
                if "{at}" in words[h]:
                    b.wait_until("at")
                b.wait_until(marks[h])
                self.play(FadeIn(check_row(h), shift=0.2 * LEFT))
                if h == H_MIN:
                    b.wait_until("bound")
                    self.play(GrowArrow(up_y1[0]), FadeIn(up_y1[1]), run_time=1.0)

        # Step: flip the label: the mirrored curve
        with self.beat("Flip the true label to zero. {mirror} The penalty becomes minus log of "
                       "one minus h, the same curve mirrored. {marker} Our marker, still at a "
                       "tiny h, is now confidently right, and pays almost nothing.") as b:
            self.label = 0  # the readout's y flips as the words say it
            self.play(self.curve_y1.animate.set_stroke(opacity=0.3),
                      label_y1.animate.set_opacity(0.3), FadeOut(up_y1),
                      FadeOut(VGroup(table_title, self.check_rows)))
            b.wait_until("mirror")
            self.play(Create(self.curve_y0), FadeIn(label_y0), run_time=1.5)
            b.wait_until("marker")
            self.play(Flash(self.marker, color=theme.highlight), run_time=1)

        with self.beat("Slide h up toward one, and this model grows sure of the wrong answer. "
                       "{wall} The loss climbs the other wall.") as b:
            self.play(self.z.animate.set_value(float(logit(1 - H_MIN))),
                      run_time=max(b.time_until("wall") + 1.5, 3.0), rate_func=smooth)
            self.play(GrowArrow(up_y0[0]), FadeIn(up_y0[1]), run_time=1.0)

        # Step: confidently wrong costs most
        right, wrong = confidence_overlays(axes, curves, theme)
        with self.beat("So the loss is gentle when the model is right, {brutal} and brutal "
                       "when it is sure and wrong. {worst} Being confident and mistaken is the "
                       "worst thing a probabilistic classifier can do, and this loss says "
                       "so.") as b:
            self.play(FadeOut(guide),
                      self.curve_y0.animate.set_stroke(opacity=0.3),
                      label_y1.animate.set_opacity(1))
            self.add(right)
            self.bring_to_front(self.marker)  # the marker stays on top of the overlays
            self.play(Create(right), run_time=1)
            b.wait_until("brutal")
            self.add(wrong)  # drawn from nothing on its word, under the marker
            self.bring_to_front(self.marker)
            self.play(Create(wrong), run_time=1.5)
            b.wait_until("worst")
            self.play(FadeIn(summary, shift=0.2 * UP, lag_ratio=0.3), run_time=1.5)

    def off_the_top(self, h: float, side: np.ndarray) -> VGroup:
        """An arrow up beside a curve where it leaves the plot at ``h``, and "no bound"."""
        theme = self.theme
        arrow = Arrow(self.axes.c2p(h, PENALTY_TOP - 1.6), self.axes.c2p(h, PENALTY_TOP),
                      buff=0, color=theme.bad, stroke_width=5,
                      max_tip_length_to_length_ratio=0.35)
        # In the text colour: red words beside the orange curve would merge for red-green
        # colour blindness (the arrow carries the red).
        words = Text("no bound", font_size=SIZES.label, color=theme.text)
        words.next_to(arrow, side, buff=0.12)
        return VGroup(arrow, words)

    def h(self) -> float:
        return float(sigmoid(self.z.get_value()))

    def loss(self) -> float:
        return penalty(self.h(), self.label)


# ---------------------------------------------------------------------------------------------


#: The two loss panels of the last scene, side by side between its setup line and the motto.
PANELS = Region("panels", BODY.left, BODY.right, FORMULA_STRIP.top + GUTTER, BODY.top - 0.7)


def loss_panel(theme: Theme, region: Region, y_max: float, y_step: float, caption: str,
               colour: str, tex: bool = False) -> VGroup:
    """Axes over w with the loss scale on the left edge, clear of the curves."""
    ax = function_axes(theme, (SLICE_W[0], SLICE_W[-1], 1), (0, y_max, y_step),
                       x_length=region.width - 1.0,
                       y_length=region.height - 1.4, x_numbers=(-1, 0, 1, 2),
                       number_size=SIZES.label)
    ax.y_axis.set_stroke(opacity=0)  # the scale is drawn on the left edge instead
    edge = Line(ax.c2p(SLICE_W[0], 0), ax.c2p(SLICE_W[0], y_max), color=theme.muted,
                stroke_width=2)
    scale = VGroup()
    for v in np.arange(0, y_max + 1e-9, y_step):
        tick = Line(ax.c2p(SLICE_W[0], v), ax.c2p(SLICE_W[0], v) + 0.12 * RIGHT,
                    color=theme.muted, stroke_width=2)
        number = Text(f"{v:g}", font_size=SIZES.label, color=theme.muted)
        scale.add(tick, number.next_to(tick, LEFT, buff=0.12))
    w_label = MathTex("w", font_size=SIZES.formula_small, color=theme.muted)
    w_label.next_to(ax.x_axis.get_right(), DOWN, buff=0.35)
    cap = (MathTex(caption, font_size=SIZES.formula_small, color=colour) if tex else
           Text(caption, font_size=SIZES.label, color=colour)).next_to(ax, UP, buff=0.3)
    return VGroup(ax, edge, scale, w_label, cap)


def staircase(ax: Axes, s: WeightSlice, theme: Theme) -> tuple[VGroup, VGroup]:
    """Accuracy along the weight as flat treads, one per interval between core's jumps, and
    faint risers joining them."""
    treads = VGroup()
    edges = np.concatenate([[s.w[0]], s.jumps, [s.w[-1]]])
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        inside = (s.w > lo) & (s.w < hi)
        level = float(s.accuracy[inside][0])
        treads.add(Line(ax.c2p(lo, level), ax.c2p(hi, level), color=theme.text,
                        stroke_width=6))
    risers = VGroup(*[
        Line(a.get_end(), b.get_start(), color=theme.text, stroke_width=2,
             stroke_opacity=0.5) for a, b in zip(treads[:-1], treads[1:], strict=True)
    ])
    return treads, risers


class EmailStrip(VGroup):
    """The slice's emails in a row, in order of x: each a cell shaded by the h the model gives
    it (the field's ramp: blue for not spam, amber for spam) with a dot in its true label's
    colour, and a name on the left. ``show`` reshades the cells for a weight (core's h)."""

    def __init__(self, X: np.ndarray, y: np.ndarray, theme: Theme):
        super().__init__()
        self.theme = theme
        order = np.argsort(X[:, 0], kind="stable")
        self.X, self.y = X[order], y[order]
        self.cells = VGroup(*[Square(side_length=STRIP_CELL, stroke_color=theme.muted,
                                     stroke_width=1.5, fill_opacity=1) for _ in order]
                            ).arrange(RIGHT, buff=0.08)
        self.dots = VGroup(*[
            Dot(cell.get_center(), radius=0.1, color=theme.class1 if label else theme.class0,
                stroke_width=2, stroke_color=theme.background)
            for cell, label in zip(self.cells, self.y, strict=True)])
        self.name = MathTex(r"\text{each email, shaded by its } h",
                            font_size=SIZES.formula_small, color=theme.text
                            ).next_to(self.cells, LEFT, buff=0.3)
        # Spam and the rest as groups of their own, so that lighting the spam never splits
        # the strip in the scene (a new group of its parts would).
        self.spam = VGroup(*[d for d, label in zip(self.dots, self.y, strict=True) if label])
        self.ham = VGroup(*[d for d, label in zip(self.dots, self.y, strict=True)
                            if not label])
        self.add(self.name, self.cells, self.ham, self.spam)

    def show(self, w: float, bias: float) -> EmailStrip:
        h = predict_proba(np.array([bias, w]), self.X)
        for cell, rgba in zip(self.cells, self.theme.ramp(h), strict=True):
            cell.set_fill(rgb_to_color(rgba[:3] / 255), opacity=1)
        return self

    def mark_spam(self) -> Indicate:
        """The spam emails lit (the ones the plateau's model gets wrong)."""
        return Indicate(self.spam, color=self.theme.highlight, scale_factor=1.5)


def push_arrow(ax: Axes, ball: Dot, slope: Callable[[], float], colour: str) -> VMobject:
    """An arrow from ``ball`` along w: the step gradient descent takes there, -rate * slope
    (w units, capped at PUSH_CAP); hidden while the step is too short to draw."""

    def draw() -> VMobject:
        step = float(np.clip(-PUSH_RATE * slope(), -PUSH_CAP, PUSH_CAP))
        start = ball.get_center()
        length = step * (ax.c2p(1, 0)[0] - ax.c2p(0, 0)[0])
        if abs(length) < 0.08:
            return VMobject()
        return Arrow(start, start + length * RIGHT, buff=0.1, color=colour, stroke_width=6,
                     max_tip_length_to_length_ratio=0.35)

    return always_redraw(draw)


class WhyNotSquaredErrorOrAccuracy(LectureScene):
    """Along one weight: squared error plateaus, accuracy is a staircase, CE runs downhill."""

    def index(self, w: float | None = None) -> int:
        """The slice's point nearest ``w`` (by default the current weight)."""
        w = self.w.get_value() if w is None else w
        return int(np.argmin(np.abs(self.slice.w - w)))

    def w_se(self) -> float:
        """Squared error's ball: where its descent has got to (steps from core)."""
        path = self.descent.squared_error_w
        return float(np.interp(self.step.get_value(), np.arange(len(path)), path))

    def w_ce(self) -> float:
        """Cross-entropy's ball: where its descent has got to."""
        path = self.descent.cross_entropy_w
        return float(np.interp(self.step.get_value(), np.arange(len(path)), path))

    def construct(self) -> None:
        theme = self.theme
        data = load_dataset("spam")
        self.slice = weight_slice(data.X, data.y, SLICE_W, SLICE_BIAS)
        s = self.slice
        title = self.heading("Why not squared error, or accuracy?")
        setup = MathTex(rf"h(x) = g(w\,x {SLICE_BIAS:+g})",
                        rf"\quad\text{{{data.n_samples} emails of Ch. 0}}",
                        font_size=SIZES.formula_small, color=theme.text)
        BODY.place(setup, aligned=UP + LEFT)
        left_panel, right_panel = PANELS.split(0.5)
        # The emails themselves, each shaded by the h the model gives it (from core).
        self.strip = EmailStrip(data.X, data.y, theme)
        FORMULA_STRIP.place(self.strip)

        self.mse_panel = loss_panel(theme, left_panel, 0.5, 0.25,
                                    r"\text{squared error, mean of } (h-y)^2", theme.curve,
                                    tex=True)
        # Cross-entropy in the loss's lavender, as in the likelihood scene where it was named;
        # squared error in the function graphs' teal.
        self.ce_panel = loss_panel(theme, right_panel, 9, 3, "cross-entropy", theme.loss)
        self.acc_panel = loss_panel(theme, left_panel, 1.25, 0.5, "accuracy", theme.text)
        for p, region in ((self.mse_panel, left_panel), (self.ce_panel, right_panel),
                          (self.acc_panel, left_panel)):
            region.place(p)
        mse_ax, ce_ax, acc_ax = self.mse_panel[0], self.ce_panel[0], self.acc_panel[0]
        self.mse_curve = polyline(mse_ax, s.w, s.squared_error, theme.curve)
        self.ce_curve = polyline(ce_ax, s.w, s.cross_entropy, theme.loss)

        # Step: squared error along one weight
        with self.beat("Why not reuse squared error? {slide} Put the sigmoid inside it and "
                       f"slide a single weight, for the {data.n_samples} emails from chapter "
                       "zero.") as b:
            self.strip.show(float(s.w[PLATEAU_INDEX]), SLICE_BIAS)
            self.play(FadeIn(title, shift=0.2 * DOWN), FadeIn(setup), FadeIn(self.strip))
            b.wait_until("slide")
            self.play(FadeIn(self.mse_panel))
            self.play(Create(self.mse_curve), run_time=2, rate_func=linear)

        # The weight both balls sit at, and the push each loss gives there: one gradient-descent
        # step, drawn as an arrow along w (slopes from core).
        self.w = ValueTracker(float(s.w[PLATEAU_INDEX]))
        # Each ball then follows its own loss's gradient-descent path, step by step (core's).
        self.descent = slice_descent(data.X, data.y, SLICE_BIAS, float(s.w[PLATEAU_INDEX]),
                                     PUSH_RATE, DESCENT_STEPS)
        self.step = ValueTracker(0.0)

        def at(values: np.ndarray, w: float | None = None) -> float:
            return float(np.interp(self.w.get_value() if w is None else w, s.w, values))

        self.mse_ball = Dot(radius=0.09, color=theme.highlight)
        self.mse_ball.add_updater(lambda m: m.move_to(mse_ax.c2p(
            self.w_se(), at(s.squared_error, self.w_se()))))
        self.ce_ball = Dot(radius=0.09, color=theme.highlight)
        self.ce_ball.add_updater(lambda m: m.move_to(ce_ax.c2p(
            self.w_ce(), at(s.cross_entropy, self.w_ce()))))
        self.mse_push = push_arrow(mse_ax, self.mse_ball,
                                   lambda: at(s.squared_error_slope, self.w_se()),
                                   theme.highlight)
        self.ce_push = push_arrow(ce_ax, self.ce_ball,
                                  lambda: at(s.cross_entropy_slope, self.w_ce()),
                                  theme.highlight)
        self.mse_readout = ReadoutPanel(
            [(f"wrong of {data.n_samples}",
              lambda: float(s.n_wrong[self.index(self.w_se())]), 0),
             ("loss", lambda: at(s.squared_error, self.w_se()), 2),
             ("slope", lambda: at(s.squared_error_slope, self.w_se()), 2)],
            theme, tex_labels=False, font_size=SIZES.label)
        self.mse_readout.next_to(mse_ax.c2p(1.0, 0.5), RIGHT, buff=0, aligned_edge=UP)
        self.ce_readout = ReadoutPanel(
            [("loss", lambda: at(s.cross_entropy, self.w_ce()), 2),
             ("slope", lambda: at(s.cross_entropy_slope, self.w_ce()), 2),
             ("step", lambda: self.step.get_value(), 0)],
            theme, tex_labels=False, font_size=SIZES.label)
        self.ce_readout.next_to(ce_ax.c2p(0.6, 9), RIGHT, buff=0, aligned_edge=UP)
        arrows_note = Text(f"arrow: next descent step (rate {PUSH_RATE:g})",
                           font_size=SIZES.label, color=theme.highlight)
        BODY.place(arrows_note, aligned=UP + RIGHT)

        # Step: its plateau, where every spam is confidently wrong
        flat = s.w < 0
        plateau = Rectangle(width=mse_ax.c2p(0, 0)[0] - mse_ax.c2p(s.w[0], 0)[0],
                            height=mse_ax.c2p(0, 0.5)[1] - mse_ax.c2p(0, 0.4)[1],
                            stroke_color=theme.bad, stroke_width=3, fill_color=theme.bad,
                            fill_opacity=0.15)
        plateau.move_to(mse_ax.c2p((s.w[0] + 0) / 2, 0.45))
        flat_text = Text("flat: no slope\nto follow", font_size=SIZES.label, color=theme.text,
                         line_spacing=0.9)
        # Inside the flat stretch, clear of the axis and its tick labels.
        flat_text.next_to(mse_ax.c2p(s.w[flat].min(), 0.25), RIGHT, buff=0.3)
        k = PLATEAU_INDEX
        with self.beat("Here the model calls every email not spam. {wrong} The "
                       f"{s.n_wrong[k]} spam are confidently wrong, the others right, so the "
                       f"squared error is about {fmt(s.squared_error[k], 1)}. {{flat}} Yet "
                       "the curve is flat: no slope, so gradient descent gets no push and "
                       "stalls.") as b:
            self.play(FadeIn(self.mse_ball, scale=0.5))
            b.wait_until("wrong")
            self.play(FadeIn(self.mse_readout), self.strip.mark_spam(), run_time=1.2)
            b.wait_until("flat")
            self.add(self.mse_push)
            self.play(FadeIn(plateau), Write(flat_text),
                      Indicate(self.mse_readout[2], color=theme.bad))

        # Step: cross-entropy along the same weight
        with self.beat("Cross-entropy along the same weight has no plateau: it runs downhill "
                       "to one low point. {steep} At the "
                       "same weight it is steep, and its push is large: it is steepest where "
                       "the model is confidently wrong.") as b:
            self.play(FadeIn(self.ce_panel))
            self.play(Create(self.ce_curve), run_time=2, rate_func=linear)
            b.wait_until("steep")
            self.add(self.ce_push)
            self.play(FadeIn(self.ce_ball, scale=0.5), FadeIn(self.ce_readout),
                      FadeIn(arrows_note))

        # Step: both balls take gradient-descent steps from the same weight
        def stepwise(t: float) -> float:
            """Whole steps, each eased: the ball hops, then rests."""
            k = min(int(t * DESCENT_STEPS), DESCENT_STEPS - 1)
            hop = min((t * DESCENT_STEPS - k) / HOP_SHARE, 1.0)
            return (k + smooth(hop)) / DESCENT_STEPS

        # The row of emails follows cross-entropy's ball, and says so.
        strip_name = self.strip.name
        ce_name = MathTex(r"\text{at cross-entropy's } w", font_size=SIZES.formula_small,
                          color=theme.loss)
        ce_name.next_to(strip_name, DOWN, buff=0.1, aligned_edge=RIGHT).shift(0.22 * UP)
        # Squared error's curve in its three parts, lit one by one as they are named.
        low = int(np.argmin(s.squared_error))
        se_parts = VGroup(*[polyline(mse_ax, s.w[keep], s.squared_error[keep],
                                     theme.highlight, width=8)
                            for keep in (s.w <= 0, (s.w >= 0) & (s.w <= s.w[low]),
                                         s.w >= s.w[low])])
        with self.beat(f"Now let gradient descent take {DESCENT_STEPS} steps on each curve, "
                       "from the same weight. {steps} Cross-entropy's ball reaches its low "
                       "point; squared error's ball never moves. {flat} Squared error is "
                       "flat, {steep} then steep, {rising} then rising again: a plateau that "
                       "stalls descent.") as b:
            self.play(FadeOut(VGroup(plateau, flat_text)), run_time=0.5)
            b.wait_until("steps")
            self.play(strip_name.animate.shift(0.22 * UP), FadeIn(ce_name), run_time=0.5)
            self.strip.add_updater(lambda m: m.show(self.w_ce(), SLICE_BIAS))
            self.play(self.step.animate.set_value(DESCENT_STEPS),
                      run_time=max(min(b.time_until("flat"), 6.0), 3.0), rate_func=stepwise)
            self.rode_to = (self.w_se(), self.w_ce())
            self.strip.update()
            #: For the tests: the row's shading where cross-entropy's descent took the weight.
            self.ce_shading = [cell.get_fill_color() for cell in self.strip.cells]
            for part, (mark, until) in zip(se_parts, (("flat", "steep"), ("steep", "rising"),
                                                      ("rising", "end")), strict=True):
                b.wait_until(mark)
                self.play(Create(part), run_time=min(b.time_until(until), 1.0))
        for mob in (self.mse_ball, self.ce_ball, self.mse_push, self.ce_push, self.strip):
            mob.clear_updaters()

        # Step: accuracy is a staircase
        treads, risers = staircase(acc_ax, s, theme)
        self.treads = treads
        with self.beat("And why not train on accuracy itself, the number we care about? "
                       "{staircase} Along the same weight, accuracy is a staircase.") as b:
            self.play(FadeOut(VGroup(self.mse_panel, self.mse_curve, self.mse_ball,
                                     self.mse_push, self.mse_readout, self.ce_ball,
                                     self.ce_push, self.ce_readout, arrows_note,
                                     self.strip, ce_name, se_parts)))
            self.play(FadeIn(self.acc_panel))
            b.wait_until("staircase")
            self.play(Create(treads), Create(risers), run_time=2, rate_func=linear)

        # Step: zero slope almost everywhere
        self.nudge = ValueTracker(NUDGE_AT)

        def accuracy_at(w: float) -> float:
            k = int(np.argmin(np.abs(s.w - w)))
            return float(s.accuracy[k])

        self.acc_marker = Dot(radius=0.09, color=theme.highlight)
        self.acc_marker.add_updater(lambda m: m.move_to(
            acc_ax.c2p(self.nudge.get_value(), accuracy_at(self.nudge.get_value()))))
        slope = Text("slope 0", font_size=SIZES.label, color=theme.bad)
        slope.add_updater(lambda m: m.next_to(self.acc_marker, UP, buff=0.25))
        # The row of emails returns, shaded at the marker's weight: as it is nudged, no cell
        # crosses from one side of one half to the other.
        marker_name = MathTex(r"\text{at the marker's } w", font_size=SIZES.formula_small,
                              color=theme.highlight).move_to(ce_name, aligned_edge=RIGHT)
        self.strip.show(NUDGE_AT, SLICE_BIAS)
        with self.beat("Nudge the weight a little, and usually no prediction flips, so the "
                       "accuracy does not move. {zero} Its slope is zero almost everywhere: no "
                       "hint about which way to go.") as b:
            self.play(FadeIn(self.acc_marker, scale=0.5), FadeIn(self.strip),
                      FadeIn(marker_name))
            self.strip.add_updater(lambda m: m.show(self.nudge.get_value(), SLICE_BIAS))
            self.play(self.nudge.animate.set_value(NUDGE_AT + NUDGE_BY), run_time=1)
            self.play(self.nudge.animate.set_value(NUDGE_AT - NUDGE_BY), run_time=1.5)
            self.play(self.nudge.animate.set_value(NUDGE_AT), run_time=1)
            b.wait_until("zero")
            self.play(FadeIn(slope))

        # Step: optimise cross-entropy, report accuracy
        motto = Text("train on cross-entropy,  report accuracy", font_size=SIZES.body,
                     color=theme.highlight)
        FORMULA_STRIP.place(motto)
        # Both losses at a weight where no prediction has flipped yet: accuracy flat, CE steep.
        self.w.set_value(SLOPE_AT)
        ce_ball = Dot(ce_ax.c2p(SLOPE_AT, at(s.cross_entropy)), radius=0.09,
                      color=theme.highlight)
        ce_push = push_arrow(ce_ax, ce_ball, lambda: at(s.cross_entropy_slope), theme.highlight)
        ce_slope = ReadoutPanel([("slope", lambda: at(s.cross_entropy_slope), 2)], theme,
                                tex_labels=False, font_size=SIZES.label)
        ce_slope.move_to(self.ce_readout, aligned_edge=UP + LEFT)
        self.ce_slope = ce_slope
        with self.beat("Cross-entropy is a smooth stand-in {slope} that always has a slope, "
                       "even before any prediction flips. {motto} We train on cross-entropy, "
                       "and we report accuracy.") as b:
            self.play(self.nudge.animate.set_value(SLOPE_AT), run_time=1.2)
            b.wait_until("slope")
            self.add(ce_push)
            self.play(FadeIn(ce_ball, scale=0.5), FadeIn(ce_slope), run_time=0.8)
            b.wait_until("motto")
            self.strip.clear_updaters()
            self.play(FadeOut(self.strip), FadeOut(marker_name), run_time=0.5)
            self.play(Write(motto))


# ---------------------------------------------------------------------------------------------

#: The quiz's email: not spam, yet the model gives it this probability of spam.
QUIZ_H = 0.99
QUIZ_Y = 0


def _quiz() -> Quiz:
    right = penalty(QUIZ_H, QUIZ_Y)
    wrong_branch = penalty(QUIZ_H, 1 - QUIZ_Y)
    squared = float(squared_error_from_proba(QUIZ_H, QUIZ_Y))
    return Quiz(
        question=f"An email that is not spam ($y = {QUIZ_Y}$) gets $h = {QUIZ_H:g}$. What "
                 "is its cross-entropy penalty?",
        choices=(
            f"${fmt(wrong_branch, 2)} = -\\log {QUIZ_H:g}$",
            f"${fmt(right, 2)} = -\\log(1 - {QUIZ_H:g})$",
            f"${fmt(squared, 2)} = {QUIZ_H - QUIZ_Y:g} \\times {QUIZ_H - QUIZ_Y:g}$, squared "
            "error",
            "No limit: a confident mistake costs infinitely much",
        ),
        correct=1,
        reason=f"For $y = 0$ the branch is $-\\log(1-h)$: sure and wrong, about "
               f"{fmt(right, 1)}, large but finite.",
        spoken_question=f"An email that is not spam, label {QUIZ_Y}, gets h equal to "
                        f"{QUIZ_H:g}. What is its cross-entropy penalty?",
        spoken_reason=f"For y equal to zero the branch is minus log of one minus h: sure and "
                      f"wrong, about {fmt(right, 1)}, large but finite.",
        applied=True,
    )


#: Choices: the y = 1 branch by mistake; the right branch; squared error's bounded price;
#: "without bound" misread as infinite at h = 0.99.
QUIZ = _quiz()


#: The quiz's picture: both penalty branches, h across, the loss up to this, this big.
QUIZ_LOSS_TOP = 6.0
QUIZ_PLOT = (4.3, 4.0)


class CrossEntropyCheck(QuizScene):
    """Check your understanding: the penalty of one confident mistake, computed."""

    quiz = QUIZ
    picture_share = 0.4

    def quiz_picture(self) -> VGroup:
        theme = self.theme
        axes = function_axes(theme, (0, 1, 0.25), (0, QUIZ_LOSS_TOP, 2), x_length=QUIZ_PLOT[0],
                             y_length=QUIZ_PLOT[1], x_numbers=(0, 0.5, 1), y_numbers=(2, 4, 6),
                             x_decimals=1, y_decimals=0, number_size=SIZES.label)
        curves = penalty_curves(n_points=200, h_min=float(np.exp(-QUIZ_LOSS_TOP)))
        y1 = polyline(axes, curves.h, curves.loss_y1, theme.class1, width=4)
        y0 = polyline(axes, curves.h, curves.loss_y0, theme.class0, width=4)
        name1 = MathTex("y=1", font_size=SIZES.formula_small, color=theme.class1)
        name1.next_to(axes.c2p(0.2, 2.8), RIGHT, buff=0.1)
        name0 = MathTex("y=0", font_size=SIZES.formula_small, color=theme.class0)
        name0.next_to(axes.c2p(0.8, 2.8), LEFT, buff=0.1)
        h_name = MathTex("h", font_size=SIZES.formula_small, color=theme.muted)
        h_name.next_to(axes.x_axis, RIGHT, buff=0.15)
        self.quiz_axes = axes
        return VGroup(axes, y1, y0, name1, name0, h_name)

    def quiz_reveal(self) -> None:
        theme = self.theme
        axes = self.quiz_axes
        loss = penalty(QUIZ_H, QUIZ_Y)
        # Where h = 0.99 is, shown only now (before the reveal it would point at the answer);
        # the guide stops under the point, clear of the steep branch above it.
        at = DashedLine(axes.c2p(QUIZ_H, 0), axes.c2p(QUIZ_H, loss), color=theme.highlight,
                        stroke_width=3)
        at_name = MathTex(rf"h = {QUIZ_H:g}", font_size=SIZES.formula_small,
                          color=theme.highlight).next_to(axes.c2p(QUIZ_H, QUIZ_LOSS_TOP), UP,
                                                         buff=0.15)
        point = Dot(axes.c2p(QUIZ_H, loss), radius=0.11, color=theme.good)
        value = MathTex(fmt(loss, 2), font_size=SIZES.formula_small, color=theme.good)
        value.next_to(point, LEFT, buff=0.25)
        self.play(Create(at), FadeIn(at_name), run_time=0.8)
        self.play(FadeIn(point, scale=0.5), FadeIn(value), run_time=0.8)
        self.play(Flash(point, color=theme.good), run_time=0.8)


SCENES_IN_ORDER = [
    LikelihoodExponentsAreSwitches,
    PenaltyExplodesWhenConfidentlyWrong,
    WhyNotSquaredErrorOrAccuracy,
    CrossEntropyCheck,
]
