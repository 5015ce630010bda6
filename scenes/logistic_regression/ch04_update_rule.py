"""Chapter 4: the update rule. The gradient collapses to (y - h) x, the LMS rule's shape.

The derivative of one example's log-likelihood step by step, with the sigmoid's g(1 - g)
visibly cancelling both denominators; the result beside linear regression's LMS rule; and one
update by hand, its numbers from ``core.sgd_step``, the prediction climbing the sigmoid.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    AnimationGroup,
    Arrow,
    Circle,
    Create,
    DashedLine,
    Dot,
    FadeIn,
    FadeOut,
    FadeTransform,
    GrowArrow,
    GrowFromEdge,
    Indicate,
    Line,
    MathTex,
    NumberLine,
    Rectangle,
    ReplacementTransform,
    SurroundingRectangle,
    Text,
    Transform,
    ValueTracker,
    VGroup,
    VMobject,
    Write,
    smooth,
)

from core import (
    FarEmailPulls,
    SGDStep,
    far_email_pulls,
    far_email_steps,
    load_dataset,
    logit,
    sgd_step,
    sigmoid,
    sigmoid_derivative,
    slice_descent,
    weight_slice,
)
from scenes.common.beats import LectureScene
from scenes.common.gradient_rows import (
    CANCEL_G,
    CANCEL_ONE_MINUS_G,
    CANCEL_YG,
    CARRY_GREEN,
    DERIVATION_ROWS,
    MULTIPLY_IN,
    WHAT_SURVIVES,
)
from scenes.common.layout import BODY, FORMULA_STRIP, GUTTER, Region
from scenes.common.pieces import (
    MINUS,
    Derivation,
    ReadoutPanel,
    copied_into,
    denominator,
    numerator,
)
from scenes.common.plots import function_axes, point_cloud, polyline
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.theme import SIZES, Theme

#: The course's hand-worked update: design row x = (1, 2) (bias feature first), label, start
#: weights and learning rate. Every number derived from them comes from ``core.sgd_step``.
X_EXAMPLE = (1.0, 2.0)
Y_EXAMPLE = 1
THETA_START = (0.0, 0.0)
ALPHA = 0.5
#: The feature axis of chapter 0's emails, the far one included.
EMAIL_RANGE = (0.0, 30.0)
#: Where the far-email readouts' top-left corners go, in each picture's (x, h) units: above
#: h = 1, clear of the emails and of both curves.
READOUT_AT = (3.0, 2.2)
#: The S's readouts: right of its rise, above its plateau; its "no change" line under it.
S_READOUT_AT = (10.0, 2.2)
S_STILL_AT = (10.0, 0.55)
#: The pictures' h axis: room above 1 for the line's overshoot and the readouts.
H_RANGE = (-0.5, 2.2)
#: The push arrow runs along the sigmoid's tangent for this much score; the weight-step bars
#: are this long per unit of theta.
PUSH_DZ = 1.6
BAR_UNIT = 3.0
#: The horizontal range of the sigmoid the prediction climbs.
Z_RANGE = (-4.0, 4.0)
#: Chapter 1's S recalled beside its slope fact: its size, and where its tangent touches.
RECALL_SIZE = (3.0, 1.4)
RECALL_Z = 1.0


def num(value: float) -> str:
    """An input as the course writes it: 0, 1, 2, 0.5."""
    return f"{value:g}"


def saturated_h(h: float, name: str = "h", decimals: int = 3) -> str:
    """``name=h`` at ``decimals`` places, or ``name>0.99..`` when a sigmoid's h rounds up to
    1 (it is always below 1; a line's h above 1 is shown as it is)."""
    if round(h, decimals) >= 1 >= h:
        return f"{name}>0.{'9' * decimals}"
    return f"{name}={h:.{decimals}f}"


def two(value: float) -> str:
    """A computed value to two decimals, as the course prints it."""
    return f"{value:.2f}"


# ---------------------------------------------------------------------------------------------

DERIVATION_NOTES = [
    "the log rule, then the chain rule",
    "the sigmoid's slope from chapter 1, times the inner slope",
    "multiply in: each denominator meets its factor",
    "what survives the cancelling",
    "expand the brackets",
    "the error times the input",
]
#: Why each line of the chain holds, beside it (the second line's reason is the two facts).
CHAIN_NOTES = [
    "the log rule, then the chain rule",
    "",
    "multiply in: each denominator\nmeets its factor",
    "what survives the cancelling",
    "expand the brackets",
    "all that is left",
]
#: The chain's gap under the log-likelihood line, the most between its lines, and the room
#: it leaves at the body's foot.
CHAIN_GAP = 0.4
CHAIN_BUFF = 0.5
CHAIN_FOOT = 0.3
#: How each row's pieces move into the next row's: (source piece(s), target piece(s)).
MORPHS = {
    # The inner derivative x_j (piece 9) is not copied: it comes on its own words.
    1: [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, (7, 8))],
    2: MULTIPLY_IN,
    3: WHAT_SURVIVES,
    4: [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), ((5, 6, 7), (5, 6)), (8, 7), (9, 8)],
    5: [(0, 0), (1, 1), ((2, 3, 5, 7), 2), (8, 3)],
}
#: The hill of the first beat: the mean log-likelihood of chapter 0's emails along theta_1
#: over this range (bias held at HILL_BIAS), climbed by gradient ascent from HILL_START.
HILL_W = (-1.5, 2.5)
HILL_BIAS = -4.5
HILL_LOW = -10
HILL_START = -1.1
ASCENT_RATE = 0.25
ASCENT_STEPS = 2
#: Where the name of the step (+ alpha d ell / d theta) sits, in (theta_1, ell/n) units.
STEP_NAME_AT = (1.0, -5.5)


class GradientCollapsesToErrorTimesInput(LectureScene):
    """The derivative of one example's log-likelihood; g(1-g) cancels both denominators."""

    def construct(self) -> None:
        theme = self.theme
        title = self.heading("Climbing the log-likelihood")

        # Step: gradient ascent needs the derivative
        update = MathTex(r"\theta_j", ":=", r"\theta_j", "+", r"\alpha",
                         r"\frac{\partial \ell}{\partial \theta_j}",
                         font_size=SIZES.formula_large, color=theme.text)
        BODY.place(update, aligned=UP)
        plus_note = Text("plus: we climb, not descend", font_size=SIZES.label,
                         color=theme.highlight).next_to(update, RIGHT, buff=0.6)
        hill = self.hill(update.get_bottom()[1] - 0.3)
        axes, hill_curve, names, dots, steps, step_name = hill
        with self.beat("To train, we climb the log-likelihood by gradient ascent: {hill} each "
                       "weight takes a small step in the direction that raises ell, {plus} so "
                       "the sign is a plus. {derivative} All we need is the derivative.") as b:
            self.play(FadeIn(title, shift=0.2 * DOWN), FadeIn(update), run_time=1.0)
            b.wait_until("hill")
            self.play(Create(axes), Create(hill_curve), FadeIn(names), FadeIn(dots[0]),
                      run_time=1.2)
            for k, step in enumerate(steps):
                self.play(GrowArrow(step), FadeIn(dots[k + 1], scale=0.5), run_time=0.6)
            b.wait_until("plus")
            self.play(update[3].animate.set_color(theme.highlight), FadeIn(plus_note),
                      steps.animate.set_color(theme.highlight), FadeIn(step_name),
                      Indicate(update[3], color=theme.highlight, scale_factor=1.6))
            b.wait_until("derivative")
            self.play(Indicate(update[5], color=theme.highlight))
        self.play(FadeOut(hill), run_time=0.5)

        # Step: one example
        ell = MathTex(r"\ell", "=", r"y\log g", "+", r"(1-y)\log(1-g)", r",\qquad",
                      r"g = g(\theta^{T}x)", font_size=SIZES.formula, color=theme.text)
        BODY.place(ell, aligned=UP)
        ell[6].set_color(theme.curve)
        summed = MathTex(r"\ell(\theta)", "=", r"\sum_{i=1}^{n}", r"\Big[", r"y_i\log h_i",
                         "+", r"(1-y_i)\log(1-h_i)", r"\Big]", font_size=SIZES.formula,
                         color=theme.text)
        BODY.place(summed, aligned=UP)
        ell_h = MathTex(r"\ell", "=", r"y\log h", "+", r"(1-y)\log(1-h)",
                        font_size=SIZES.formula, color=theme.text)
        ell_h.move_to(ell[:5], aligned_edge=LEFT)
        with self.beat("The log-likelihood is a sum over all n examples. {single} Work with a "
                       "single example, so the sum disappears, {g} and write g for the sigmoid "
                       "of theta transpose x.") as b:
            self.play(FadeOut(VGroup(update, plus_note), shift=0.3 * UP), FadeIn(summed))
            self.play(Indicate(summed[2], color=theme.highlight), run_time=1)
            b.wait_until("single")
            self.play(FadeOut(VGroup(summed[2], summed[3], summed[7]), shift=0.3 * UP),
                      *[FadeTransform(summed[a], ell_h[c])
                        for a, c in ((0, 0), (1, 1), (4, 2), (5, 3), (6, 4))], run_time=1)
            b.wait_until("g")
            self.play(*[FadeTransform(ell_h[i], ell[i]) for i in range(5)],
                      FadeIn(ell[5:], shift=0.2 * LEFT), run_time=0.8)

        # A stacked chain, one line under the other, the "=" signs in one column, each line
        # grown from a copy of the one above; beside each line, why it holds. Struck terms
        # keep their strokes where they are: the chain is read whole at the end.
        d = Derivation(DERIVATION_ROWS, theme, font_size=SIZES.formula)
        rows = d.rows
        for row in rows[1:]:  # only the first line writes the left side
            row.submobjects[0] = VMobject().move_to(row[1].get_left())
        rows[0].move_to([BODY.left + 0.2 + rows[0].width / 2,
                         ell.get_bottom()[1] - CHAIN_GAP - rows[0].height / 2, 0])
        # The lines spread down the body, to its foot (but never far apart).
        room = rows[0].get_top()[1] - (BODY.bottom + CHAIN_FOOT)
        spread = min(CHAIN_BUFF, (room - sum(r.height for r in rows)) / (len(rows) - 1))
        for above, row in zip(rows[:-1], rows[1:], strict=True):
            row.next_to(above, DOWN, buff=spread)
            row.shift((rows[0][1].get_x() - row[1].get_x()) * RIGHT)
        self.derivation = d
        #: Where each row's "=" sits, each row's top and bottom, the chain's right edge (for
        #: the tests).
        self.equals_at = [row[1].get_center().copy() for row in rows]
        self.chain_spans = [(row.get_top()[1], row.get_bottom()[1]) for row in rows]
        self.chain_right = max(row.get_right()[0] for row in rows)
        notes_x = max(row.get_right()[0] for row in rows) + 0.6
        notes = VGroup(*[Text(words, font_size=SIZES.label, color=theme.text,
                              line_spacing=0.8) for words in CHAIN_NOTES])
        for row, words in zip(rows, notes, strict=True):
            words.move_to([notes_x + words.width / 2, row.get_center()[1], 0])
        self.notes = notes
        slope_fact = MathTex(r"g' = g\,(1-g)", font_size=SIZES.formula, color=theme.text)
        inner_fact = MathTex(r"\frac{\partial\,(\theta^{T}x)}{\partial \theta_j} = x_j",
                             font_size=SIZES.formula, color=theme.text)
        VGroup(slope_fact, inner_fact).arrange(RIGHT, buff=0.6)
        VGroup(slope_fact, inner_fact).move_to([notes_x, rows[1].get_center()[1], 0],
                                               aligned_edge=LEFT)
        # Chapter 1's picture of that fact while it is recalled, under it (where later lines'
        # notes go, after it has left): the S with its tangent, whose slope is g (1 - g).
        recall = self.slope_recall()
        recall.next_to(slope_fact, DOWN, buff=0.35, aligned_edge=LEFT)

        # Until the chain rule's factor arrives, the line is the derivative in g.
        by_g = MathTex(r"\frac{\partial \ell}{\partial g}", *DERIVATION_ROWS[0][1:7],
                       font_size=SIZES.formula, color=theme.text)
        by_g.shift(rows[0][1].get_center() - by_g[1].get_center())
        self.by_g = by_g

        # Step: log rule and chain rule
        with self.beat("The derivative of a log is one over its argument. {chain} The chain "
                       "rule then multiplies by the derivative of g itself.") as b:
            self.play(Write(by_g), FadeIn(notes[0]), run_time=2)
            b.wait_until("chain")
            self.play(FadeTransform(by_g[0], rows[0][0]),
                      *[ReplacementTransform(by_g[i], rows[0][i]) for i in range(1, 7)],
                      FadeIn(rows[0][7], shift=0.2 * LEFT))

        # Step: the sigmoid's slope
        with self.beat("Chapter one gave us {slope} the slope of the sigmoid: g times one minus "
                       "g. {inner} Times the inner derivative of theta transpose x, which is "
                       "just x j.") as b:
            b.wait_until("slope")
            # The factor arrives in green, the colour of the slope fact it comes from; the
            # green stays until the cancelling.
            VGroup(rows[1][7], rows[1][8]).set_color(theme.curve)
            for k in CARRY_GREEN:
                rows[2][k].set_color(theme.curve)
            self.play(FadeIn(slope_fact.set_color(theme.curve), shift=0.2 * UP),
                      FadeIn(recall[:2]), run_time=0.6)
            self.play(Create(recall[2:]), run_time=0.6)
            self.play(self.grow(0, 1, MORPHS[1], skip=(9,)), run_time=0.9)
            b.wait_until("inner")
            self.play(FadeIn(inner_fact, shift=0.2 * UP), FadeIn(rows[1][9], shift=0.2 * DOWN),
                      run_time=0.8)
            self.play(Indicate(rows[1][9], color=theme.highlight), run_time=0.8)

        # Step: multiply in, pair the cancelling factors by colour, strike them
        g_pair = d.cancel_pair(self.under_bar(2, CANCEL_G[0]), d.term(2, CANCEL_G[1]),
                               theme.highlight)
        one_minus_g_pair = d.cancel_pair(self.under_bar(2, CANCEL_ONE_MINUS_G[0]),
                                         d.term(2, CANCEL_ONE_MINUS_G[1]), theme.loss)
        g_pair_terms = (self.under_bar(2, CANCEL_G[0])[1:], d.term(2, CANCEL_G[1]),
                        self.under_bar(2, CANCEL_ONE_MINUS_G[0])[1:],
                        d.term(2, CANCEL_ONE_MINUS_G[1]))
        with self.beat("Multiply it into both terms. {meet} The g under the first fraction "
                       "meets a g on top, {meet_too} and the one minus g under the second meets "
                       "a one minus g. {cancel} Both pairs cancel.") as b:
            self.play(FadeOut(recall), run_time=0.3)  # its place is the next lines' notes'
            self.play(self.grow(1, 2, MORPHS[2]), FadeIn(notes[2], shift=0.2 * LEFT),
                      run_time=1.0)
            b.wait_until("meet")
            # Both partners take the pair's colour and pulse together: the eye finds both.
            self.play(g_pair[0])
            self.play(Indicate(g_pair_terms[0], color=theme.highlight, scale_factor=1.3),
                      Indicate(g_pair_terms[1], color=theme.highlight, scale_factor=1.3),
                      run_time=0.8)
            b.wait_until("meet_too")
            self.play(one_minus_g_pair[0])
            self.play(Indicate(g_pair_terms[2], color=theme.loss, scale_factor=1.3),
                      Indicate(g_pair_terms[3], color=theme.loss, scale_factor=1.3),
                      run_time=0.8)
            b.wait_until("cancel")
            colours = (theme.highlight, theme.highlight, theme.loss, theme.loss)
            struck = self.strokes(g_pair_terms, colours)
            self.play(*[Create(stroke) for stroke in struck], run_time=0.5)
            self.play(*[t.animate.set_opacity(0.45) for t in g_pair_terms], run_time=0.4)
        strikes = VGroup(struck)

        # Step: what survives
        with self.beat("What survives is y times one minus g, minus one minus y times g."):
            self.play(self.grow(2, 3, MORPHS[3]), FadeIn(notes[3], shift=0.2 * LEFT),
                      run_time=1.0)
            self.play(Indicate(VGroup(*rows[3][2:9]), color=theme.highlight, scale_factor=1.05),
                      run_time=1.0)

        # Step: expand; -yg and +yg cancel (in a colour of their own, light on the dark
        # background: teal is g's)
        yg_pair = d.cancel_pair(CANCEL_YG[0], CANCEL_YG[1], theme.class1)
        with self.beat("Expand the brackets. {yg} Minus y g and plus y g {cancel} cancel, "
                       "{left} and all that is left is y minus g, times x j.") as b:
            self.play(self.grow(3, 4, MORPHS[4]), FadeIn(notes[4], shift=0.2 * LEFT),
                      run_time=1.0)
            b.wait_until("yg")
            self.play(yg_pair[0])
            b.wait_until("cancel")
            yg_terms = (d.term(*CANCEL_YG[0]), d.term(*CANCEL_YG[1]))
            struck = self.strokes(yg_terms, (theme.class1, theme.class1))
            self.play(*[Create(stroke) for stroke in struck], run_time=0.4)
            # Dimmed as the first pairs were: struck terms are gone from the sum.
            self.play(*[t.animate.set_opacity(0.45) for t in yg_terms], run_time=0.3)
            strikes.add(struck)
            b.wait_until("left")
            rows[5][2].set_color(theme.good)
            self.play(self.grow(4, 5, MORPHS[5]), FadeIn(notes[5], shift=0.2 * LEFT),
                      run_time=1.0)

        # Step: the result, g renamed h, and the update rule
        result_g, result = (
            MathTex(r"\frac{\partial \ell}{\partial \theta_j}", "=", r"\big(y-", name,
                    r"\big)", "x_j", font_size=SIZES.formula_large, color=theme.text)
            for name in ("g", r"h_\theta(x)"))
        rule = MathTex(r"\theta_j", ":=", r"\theta_j", "+", r"\alpha", r"\big(y-h_\theta(x)\big)",
                       "x_j", font_size=SIZES.formula_large, color=theme.text)
        rule.next_to(result, DOWN, buff=0.9)
        BODY.place(VGroup(result, rule))
        result_g.move_to(result)
        for line in (result_g, result):
            VGroup(*line[2:5]).set_color(theme.good)
        rule[5].set_color(theme.good)
        box = SurroundingRectangle(rule, color=theme.highlight, buff=0.2)
        self.result_g, self.result, self.rule = result_g, result, rule
        last = rows[5]
        with self.beat("{since} Since g is our prediction {h} h, the gradient is simply the "
                       "error, y minus h, times the input. {rule} Step along it, and we have "
                       "the update rule.") as b:
            # First the chain leaves, then its last line moves up alone (nothing passes over
            # a fading line), its (y - g) in the result's pieces.
            self.play(FadeOut(VGroup(ell, notes, slope_fact, inner_fact, strikes,
                                     *[VGroup(*row[1:]) for row in rows[1:5]], rows[0])),
                      run_time=0.5)
            self.play(FadeIn(result_g[0]), ReplacementTransform(last[1], result_g[1]),
                      ReplacementTransform(last[2], VGroup(*result_g[2:5])),
                      ReplacementTransform(last[3], result_g[5]),
                      run_time=b.ready_by("h", 1.0))
            # g becomes h on its name: the rest of the line makes room.
            b.wait_until("h")
            self.play(*[ReplacementTransform(a, c) for i, (a, c) in
                        enumerate(zip(result_g, result, strict=True)) if i != 3],
                      FadeTransform(result_g[3], result[3]), run_time=0.8)
            self.play(Indicate(result[3], color=theme.highlight), run_time=0.8)
            b.wait_until("rule")
            self.play(copied_into(VGroup(*result[2:5]), rule[5]), FadeIn(rule[:5]),
                      FadeIn(rule[6]))
            self.play(Create(box))

    def grow(self, source: int, target: int, pairs: list, skip: tuple[int, ...] = ()
             ) -> AnimationGroup:
        """Row ``target`` grown under row ``source``, which stays: each ``(a, b)`` of ``pairs``
        copies the source's piece(s) ``a`` into the target's piece(s) ``b`` (a fraction whose
        denominator cancelled gives only its numerator); the target's other pieces fade in,
        except ``skip`` (they come on their own words). The left side is never copied."""
        d = self.derivation
        moves, reached = [], set(skip)
        for a, b in pairs:
            refs = [a] if isinstance(a, int) else list(a)
            ends = [b] if isinstance(b, int) else list(b)
            reached.update(ends)
            if refs == [0]:
                continue
            glyphs = VGroup()
            for i in refs:
                piece = d.term(source, i)
                cancelled = (source, i) in ((2, CANCEL_G[0]), (2, CANCEL_ONE_MINUS_G[0]))
                glyphs.add(numerator(piece) if cancelled else piece)
            moves.append(copied_into(glyphs, VGroup(*[d.term(target, i) for i in ends])))
        new = [FadeIn(p, shift=0.2 * DOWN) for i, p in enumerate(d.rows[target])
               if i not in reached and i != 0]
        return AnimationGroup(*moves, *new)

    def slope_recall(self) -> VGroup:
        """Chapter 1's S, small, with its tangent at RECALL_Z in the S's colour and the
        point it touches: axes and curve first, then tangent and point (``[2:]``)."""
        theme = self.theme
        axes = function_axes(theme, (*Z_RANGE, 2), (0, 1, 0.5), x_length=RECALL_SIZE[0],
                             y_length=RECALL_SIZE[1])
        zs = np.linspace(*Z_RANGE, 120)
        curve = polyline(axes, zs, sigmoid(zs), theme.curve, width=3)
        g, slope = float(sigmoid(RECALL_Z)), float(sigmoid_derivative(RECALL_Z))
        tangent = Line(*(axes.c2p(RECALL_Z + d, g + d * slope) for d in (-1.6, 1.6)),
                       color=theme.highlight, stroke_width=4)
        point = Dot(axes.c2p(RECALL_Z, g), radius=0.07, color=theme.highlight)
        self.recall_axes, self.recall_tangent = axes, tangent  # for the tests
        return VGroup(axes, curve, tangent, point)

    def strokes(self, terms: tuple[VMobject, ...], colours: tuple[str, ...]) -> VGroup:
        """A bright slash through each term about to cancel, in its pair's colour (removed
        as the terms fly out)."""
        self.struck = VGroup(*[
            Line(t.get_corner(DOWN + LEFT) + 0.06 * (DOWN + LEFT),
                 t.get_corner(UP + RIGHT) + 0.06 * (UP + RIGHT), color=c, stroke_width=7)
            for t, c in zip(terms, colours, strict=True)])
        return self.struck

    def hill(self, top: float) -> VGroup:
        """The mean log-likelihood of chapter 0's emails along one weight (bias held), a hill,
        with a few gradient-ascent steps of rate ASCENT_RATE climbing it (core's slice and
        steps: ascending the log-likelihood is descending the cross-entropy)."""
        theme = self.theme
        data = load_dataset("spam")
        w = np.linspace(*HILL_W, 301)
        s = weight_slice(data.X, data.y, w, HILL_BIAS)
        path = slice_descent(data.X, data.y, HILL_BIAS, HILL_START, ASCENT_RATE, ASCENT_STEPS)
        self.hill_path = path
        region = Region("hill", BODY.left + 1.0, BODY.right - 1.0, BODY.bottom + 0.2, top)
        axes = function_axes(theme, (HILL_W[0], HILL_W[1], 1), (HILL_LOW, 0, 2),
                             x_length=region.width - 1.2, y_length=region.height - 1.2)
        region.place(axes)
        # The log-likelihood is negative: its axes would cross at the hill's top, so the frame
        # is drawn on the bottom and left edges instead, numbered there.
        axes.set_stroke(opacity=0)
        corner = axes.c2p(HILL_W[0], HILL_LOW)
        frame = VGroup(Line(corner, axes.c2p(HILL_W[1], HILL_LOW)),
                       Line(corner, axes.c2p(HILL_W[0], 0))).set_stroke(theme.muted, 2)
        for v in (-1, 0, 1, 2):
            frame.add(Text(f"{v:g}".replace("-", MINUS), font_size=SIZES.caption,
                           color=theme.muted).next_to(axes.c2p(v, HILL_LOW), DOWN, buff=0.15))
        for v in (-8, -4, 0):
            frame.add(Text(f"{v:g}".replace("-", MINUS), font_size=SIZES.caption,
                           color=theme.muted).next_to(axes.c2p(HILL_W[0], v), LEFT, buff=0.15))
        axes = VGroup(axes, frame)
        curve = polyline(axes[0], s.w, -s.cross_entropy, theme.curve)
        w_name = MathTex(r"\theta_1", font_size=SIZES.formula_small, color=theme.muted)
        w_name.next_to(axes[0].c2p(HILL_W[1], HILL_LOW), DOWN, buff=0.35)
        l_name = MathTex(r"\ell(\theta)/n", font_size=SIZES.formula_small, color=theme.curve)
        l_name.next_to(axes[0].c2p(HILL_W[1], float(-s.cross_entropy[-1])), DOWN, buff=0.4)
        l_name.shift(0.6 * LEFT)
        points = [axes[0].c2p(a, -c) for a, c in zip(path.cross_entropy_w, path.cross_entropy,
                                                  strict=True)]
        dots = VGroup(*[Dot(p, radius=0.08, color=theme.highlight) for p in points])
        steps = VGroup(*[Arrow(a, b, buff=0.1, color=theme.text, stroke_width=5,
                               max_tip_length_to_length_ratio=0.25)
                         for a, b in zip(points[:-1], points[1:], strict=True)])
        step_name = MathTex(r"+\,\alpha\,\frac{\partial \ell}{\partial \theta_1}",
                            font_size=SIZES.formula, color=theme.highlight)
        step_name.move_to(axes[0].c2p(*STEP_NAME_AT))  # under the hill, clear of the curve
        return VGroup(axes, curve, VGroup(w_name, l_name), dots, steps, step_name)

    def under_bar(self, row: int, piece: int) -> VGroup:
        """A fraction's bar and the glyphs under it: what cancels with a factor on top."""
        fraction = self.derivation.term(row, piece)
        bar = max(fraction, key=lambda g: g.width / max(g.height, 1e-6))
        return VGroup(bar, *denominator(fraction))


# ---------------------------------------------------------------------------------------------


def update_rule(theme_text: str, h: str = r"h_\theta(x)") -> MathTex:
    """theta_j := theta_j + alpha (y - h) x_j as pieces, one per symbol group."""
    return MathTex(r"\theta_j", ":=", r"\theta_j", "+", r"\alpha", r"\big(", "y", "-", h,
                   r"\big)", "x_j", font_size=SIZES.formula_large, color=theme_text)


#: Index of h in :func:`update_rule`'s pieces.
H_PIECE = 8
#: The symbols the comparison walks along, as groups of :func:`update_rule`'s pieces.
SYMBOLS = [(0,), (1,), (2,), (3,), (4,), (6,), (7,), (8,), (10,)]
#: The far email's own updates applied to both fits: this rate, this many times.
FAR_RATE = 5e-4
FAR_STEPS = 3


class SameRuleAsLinearRegression(LectureScene):
    """The logistic update beside the LMS rule: the same symbols, but h means different things."""

    def construct(self) -> None:
        theme = self.theme
        title = self.heading("We have seen this rule before")
        logistic = update_rule(theme.text)
        lms = update_rule(theme.text)
        self.logistic, self.lms = logistic, lms
        VGroup(logistic, lms).arrange(DOWN, buff=0.9)
        names = VGroup(
            Text("logistic regression", font_size=SIZES.body, color=theme.text),
            Text("linear regression (LMS)", font_size=SIZES.body, color=theme.text),
        )
        for name, row in zip(names, (logistic, lms), strict=True):
            name.next_to(row, LEFT, buff=0.6)
        self.names = names
        # Big, in the middle of the body: the two rules are the whole picture for now.
        rules = BODY.place(VGroup(names, logistic, lms))
        #: The two pictures of h take the whole body once the rules have made their point.
        self.graphs_region = Region("graphs", BODY.left, BODY.right,
                                    FORMULA_STRIP.top + GUTTER, BODY.top)

        # Step: the rule just derived
        with self.beat("Here is the rule we just derived. Each weight moves by {alpha} the "
                       "learning rate, times {error} the error, times {input} its own "
                       "input.") as b:
            # Whole at once: the rule is "here" when the words say so.
            self.play(FadeIn(title, shift=0.2 * DOWN), FadeIn(names[0]), FadeIn(logistic),
                      run_time=0.8)
            # Each factor lights up as it is named, its name under it, and stays lit while
            # the sentence runs.
            lit, said = [], VGroup()
            for mark, pieces, words in (("alpha", (4,), "learning rate"),
                                        ("error", (5, 6, 7, 8, 9), "error"),
                                        ("input", (10,), "input")):
                b.wait_until(mark)
                factor = VGroup(*[logistic[k] for k in pieces])
                lit.append(factor)
                name = Text(words, font_size=SIZES.label, color=theme.highlight)
                # A long name over a short symbol (under it, it would run into "error"'s).
                name.next_to(factor, UP if mark == "alpha" else DOWN, buff=0.3)
                said.add(name)
                self.play(factor.animate.set_color(theme.highlight),
                          FadeIn(name, shift=0.15 * UP), run_time=0.4)
                self.play(Indicate(factor, color=theme.highlight, scale_factor=1.15),
                          run_time=0.6)
            self.factor_names = said
        self.play(*[f.animate.set_color(theme.text) for f in lit], FadeOut(said),
                  run_time=0.4)

        # Step: LMS beside it, symbol by symbol
        with self.beat("Now recall least mean squares, the rule that fitted lines to house "
                       "prices. {compare} Compare the two, symbol by symbol. {same} They are "
                       "identical.") as clock:
            # The LMS rule arrives whole; the symbol-by-symbol check waits for its words.
            self.play(FadeIn(names[1]), FadeIn(lms, shift=0.2 * UP), run_time=1.5)
            clock.wait_until("compare")
            # The LMS rule slides up onto the logistic one: every symbol lands exactly on its
            # twin, and the two read as one line. Then it slides back to its own row.
            home = lms.get_center().copy()
            self.overlay_shift = logistic[0].get_center() - lms[0].get_center()  # for tests
            self.play(lms.animate.shift(self.overlay_shift), names[1].animate.set_opacity(0.3),
                      run_time=clock.ready_by("same", 1.6))
            clock.wait_until("same")
            self.play(Indicate(VGroup(logistic, lms), color=theme.good, scale_factor=1.05),
                      run_time=0.8)
            self.play(lms.animate.move_to(home), names[1].animate.set_opacity(1), run_time=0.6)

        # Step: but h means different things, shown on chapter 0's emails
        pulls = far_email_pulls()
        self.pulls = pulls
        panels = self.meanings(pulls)
        with self.beat("But h is not the same thing. {logistic} In logistic regression it is "
                       "the line squashed into a probability; {linear} in linear regression it "
                       "is the raw line, free to take any value.") as b:
            self.play(logistic[H_PIECE].animate.set_color(theme.highlight),
                      lms[H_PIECE].animate.set_color(theme.highlight))
            b.wait_until("logistic")
            # Each rule's h flies into the caption of its picture; the rules make room.
            self.play(copied_into(logistic[H_PIECE], panels[0][4]),
                      FadeOut(VGroup(rules)), FadeIn(panels[0][:4]), FadeIn(panels[0][5]),
                      run_time=1.5)
            b.wait_until("linear")
            self.play(copied_into(lms[H_PIECE], panels[1][4]), FadeIn(panels[1][:4]),
                      FadeIn(panels[1][5]), run_time=1.5)

        # Step: chapter 0's far email through both rules
        k = pulls.far_index
        far_x = float(pulls.x[k])
        s_ax, line_ax = panels[0][1], panels[1][1]
        self.s_axes, self.line_axes = s_ax, line_ax
        line_pull = self.pull_readout(pulls.line_h, pulls.line_error, pulls.line_pull,
                                      theme.bad)
        s_pull = self.pull_readout(pulls.s_h, pulls.s_error, pulls.s_pull, theme.good)
        # In the empty upper left of each picture.
        line_pull.move_to(line_ax.c2p(*READOUT_AT), aligned_edge=UP + LEFT)
        s_pull.move_to(s_ax.c2p(*S_READOUT_AT), aligned_edge=UP + LEFT)
        tug = Arrow(line_ax.c2p(far_x, pulls.line_h), line_ax.c2p(far_x, pulls.y[k]), buff=0,
                    color=theme.bad, stroke_width=6, max_tip_length_to_length_ratio=0.45)
        self.line_readout, self.s_readout = line_pull, s_pull
        with self.beat(f"Now feed chapter zero's far email, at {far_x:g}, through both rules. "
                       f"{{lms}} The line says {two(pulls.line_h)} there, so its error, y "
                       f"minus h, is {two(pulls.line_error)}, and times the input it keeps "
                       "pulling hard. {stops} The S already says one: its error is about zero, "
                       "and the far email stops pulling.") as b:
            far_dots = VGroup(panels[0][3][k], panels[1][3][k])
            # A ring on the far email in both pictures, kept while its pulls are read.
            rings = VGroup(*[Circle(radius=0.24, color=theme.highlight, stroke_width=4)
                             .move_to(dot) for dot in far_dots])
            self.far_rings = rings
            self.play(Indicate(far_dots, color=theme.highlight, scale_factor=1.6),
                      Create(rings), run_time=1.2)
            b.wait_until("lms")
            self.play(GrowArrow(tug), FadeIn(line_pull, shift=0.2 * DOWN), run_time=1.5)
            self.play(Indicate(line_pull[-1], color=theme.bad), run_time=1)
            b.wait_until("stops")
            self.play(FadeIn(s_pull, shift=0.2 * DOWN), run_time=1.2)

        # Step: apply the far email's updates: the line tilts toward it, the S stays
        steps = far_email_steps(pulls, FAR_RATE, FAR_STEPS)
        self.far_steps = steps
        xs = np.linspace(*EMAIL_RANGE, 300)

        def line_at(k: int) -> VMobject:
            b0, b1 = steps.line[k]
            values = b0 + b1 * xs
            keep = values <= H_RANGE[1]
            return polyline(line_ax, xs[keep], values[keep], theme.curve)

        trail = MathTex(r"h:\ " + r"\to ".join(f"{v:.2f}" for v in steps.line_h),
                        font_size=SIZES.formula_small, color=theme.bad)
        trail.move_to(line_ax.c2p(*READOUT_AT), aligned_edge=UP + LEFT)
        # The S's h before and after the same updates (unchanged: the row stays short).
        # At the readout's precision (three places), before and after.
        s_still = MathTex(rf"{saturated_h(steps.s_h[0], 'h', 3)}\ \to\ "
                          rf"{saturated_h(steps.s_h[-1], 'h', 3)}",
                          font_size=SIZES.formula_small, color=theme.good)
        s_still.move_to(s_ax.c2p(*S_STILL_AT), aligned_edge=UP + LEFT)
        self.line_curve = panels[1][2]

        def cut_at(ax: VGroup, x: float, colour: str) -> VGroup:
            """The cut "spam if h >= 0.5": a dashed upright where the model says 0.5."""
            return DashedLine(ax.c2p(x, H_RANGE[0]), ax.c2p(x, 1), color=colour,
                              stroke_width=3, dash_length=0.1)

        cut = cut_at(line_ax, float(steps.line_crossing[0]), theme.highlight)
        s_cut = cut_at(s_ax, float(steps.s_crossing[0]), theme.highlight)
        cut_name = MathTex(r"h=0.5", font_size=SIZES.formula_small, color=theme.highlight)
        cut_name.next_to(cut, DOWN, buff=0.1)
        newly = np.flatnonzero(steps.line_wrong[-1] & ~steps.line_wrong[0])
        self.newly_wrong = newly
        # A short red arrow down onto each email the moved cut now gets wrong (rings would
        # overlap: the spam emails sit close together).
        wrong_marks = VGroup(*[Arrow(panels[1][3][i].get_center() + 0.55 * UP,
                                     panels[1][3][i].get_center() + 0.1 * UP, buff=0,
                                     color=theme.bad, stroke_width=4,
                                     max_tip_length_to_length_ratio=0.4)
                               for i in newly])
        self.cuts, self.cut_name = VGroup(cut, s_cut), cut_name
        n_wrong = len(newly)
        spam_missed = int(np.sum(steps.line_wrong[-1] & (pulls.y == 1)))
        with self.beat(f"Now apply {FAR_STEPS} of these updates, from the far email alone. "
                       "{tilt} The line tilts down toward it, {drags} and drags every other "
                       "prediction with it: where it says one half slides right, past "
                       f"{n_wrong} more spam {'email' if n_wrong == 1 else 'emails'}; it now "
                       f"calls {spam_missed} spam emails safe. {{still}} The S does not "
                       "budge.") as b:
            self.play(FadeOut(VGroup(tug, line_pull)), FadeIn(cut), FadeIn(cut_name),
                      FadeIn(s_cut), run_time=0.6)
            b.wait_until("tilt")
            for k in range(1, FAR_STEPS + 1):
                self.play(Transform(self.line_curve, line_at(k)),
                          cut.animate.become(cut_at(line_ax, float(steps.line_crossing[k]),
                                                    theme.highlight)),
                          cut_name.animate.move_to(
                              line_ax.c2p(float(steps.line_crossing[k]), 0)[0] * RIGHT
                              + cut_name.get_y() * UP),
                          run_time=0.8)
            self.play(FadeIn(trail), run_time=0.4)
            b.wait_until("drags")
            self.play(*[GrowArrow(a) for a in wrong_marks],
                      Indicate(VGroup(*[panels[1][3][i] for i in newly]), color=theme.bad,
                               scale_factor=1.5), run_time=1.2)
            b.wait_until("still")
            self.play(FadeIn(s_still), Indicate(panels[0][2], color=theme.good,
                                                scale_factor=1.0),
                      Indicate(s_cut, color=theme.good, scale_factor=1.0), run_time=1.2)

        # Step: not a coincidence
        shape = MathTex(r"\Delta\theta_j", "=", r"\alpha", r"\,(\text{target}-"
                        r"\text{prediction})", r"\,\times\,\text{input}_j",
                        font_size=SIZES.formula, color=theme.highlight)
        FORMULA_STRIP.place(shape)
        heirs = VGroup(*[Text(words, font_size=SIZES.label, color=theme.text)
                         for words in ("perceptron: chapter 6", "softmax: chapter 7",
                                       "neural nets: the output layer")])
        heirs.arrange(RIGHT, buff=0.8).next_to(shape, UP, buff=0.25)
        self.heirs = heirs
        family = Text("one family: generalized linear models", font_size=SIZES.body,
                      color=theme.highlight)
        FORMULA_STRIP.place(family)
        self.family = family
        with self.beat("Same form, different h, different pulls. Both models belong to {family} "
                       "one family, the generalized linear models, and for every member, maximum "
                       "likelihood gives this shape: {shape} error times input. {again} It "
                       "comes back in the perceptron, {softmax} in softmax, {nets} and in the "
                       "last layer of every neural network.") as b:
            self.play(FadeOut(self.cut_name), run_time=0.4)
            b.wait_until("family")
            # Both pictures' names light up together under the family's name.
            self.play(FadeIn(family, shift=0.2 * UP),
                      Indicate(VGroup(panels[0][4], panels[1][4]), color=theme.highlight,
                               scale_factor=1.15), run_time=1.0)
            b.wait_until("shape")
            self.play(FadeOut(family, shift=0.2 * UP), FadeIn(shape, shift=0.2 * UP),
                      run_time=0.5)
            self.play(Indicate(shape[3:], color=theme.highlight, scale_factor=1.08),
                      run_time=0.8)
            for mark, heir in zip(("again", "softmax", "nets"), heirs, strict=True):
                b.wait_until(mark)
                self.play(FadeIn(heir, shift=0.2 * UP), run_time=0.5)

    def pull_readout(self, h: float, error: float, pull: float, colour: str) -> VGroup:
        """The far email's h, error and pull on the slope weight, each from core."""
        theme = self.theme
        # Three decimals, so the pull below is their product at the precision shown; a
        # saturated S (h within 0.0005 of 1, its error and pull about zero) is shown as
        # such, never rounded to a flat "1.000" it never reaches.
        return VGroup(
            MathTex(saturated_h(h), font_size=SIZES.formula_small, color=theme.text),
            MathTex(rf"y-h={error:.3f}" if abs(error) >= 5e-4 else r"|y-h|<0.001",
                    font_size=SIZES.formula_small, color=colour),
            # The pull, the number the beat is about, a size up.
            MathTex(rf"(y-h)\,x={pull:.1f}" if abs(pull) >= 0.05 else r"(y-h)\,x\approx 0",
                    font_size=SIZES.formula, color=colour),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.12)

    def meanings(self, pulls: FarEmailPulls) -> VGroup:
        """Chapter 0's emails twice: under the logistic S, h = g(theta^T x) in (0, 1), and
        under the least-squares line, h = theta^T x, free to pass 1 (both fits from core)."""
        theme = self.theme
        xs = np.linspace(*EMAIL_RANGE, 300)
        panels = VGroup()
        for kind in ("logistic", "linear"):
            ax = function_axes(theme, (*EMAIL_RANGE, 10), (*H_RANGE, 0.5),
                               x_length=self.graphs_region.width / 2 - 0.9,
                               y_length=self.graphs_region.height - 1.3,
                               x_numbers=(10, 20), y_numbers=(0, 1), y_decimals=0)
            if kind == "logistic":
                values = sigmoid(pulls.theta_s[0] + pulls.theta_s[1] * xs)
                tex = r"\text{logistic: } h=g(\theta^{T}x)"
            else:
                values = pulls.line_intercept + pulls.line_slope * xs
                tex = r"\text{linear: } h=\theta^{T}x"
            keep = values <= H_RANGE[1]
            curve = polyline(ax, xs[keep], values[keep], theme.curve)
            dots = point_cloud(ax, np.column_stack([pulls.x, pulls.y]), pulls.y, theme,
                               radius=0.06)
            one = DashedLine(ax.c2p(EMAIL_RANGE[0], 1), ax.c2p(EMAIL_RANGE[1], 1),
                             color=theme.muted, stroke_width=1.5)
            caption = MathTex(tex, font_size=SIZES.formula_small, color=theme.highlight)
            caption.next_to(ax, UP, buff=0.15)
            x_name = MathTex("x", font_size=SIZES.formula_small, color=theme.muted)
            x_name.next_to(ax.x_axis.get_right(), DOWN, buff=0.3)
            panels.add(VGroup(one, ax, curve, dots, caption, x_name))
        panels.arrange(RIGHT, buff=1.2)
        self.graphs_region.inset(0.15).place(panels)  # room for the strokes
        return panels


# ---------------------------------------------------------------------------------------------


def hand_steps(step: SGDStep, theme: Theme) -> VGroup:
    """The four steps of one update, each a caption over its lines of arithmetic, every
    number from ``step`` (core's update) or the course's inputs."""
    x0, x1 = X_EXAMPLE
    t0, t1 = step.theta_before
    n0, n1 = step.theta_after

    def step_block(label: str, *lines: MathTex) -> VGroup:
        head = Text(label, font_size=SIZES.label, color=theme.highlight)
        return VGroup(head, *lines).arrange(DOWN, aligned_edge=LEFT, buff=0.16)

    size = SIZES.formula  # the working is what the viewer reads
    s1 = step_block(
        "1  score and squash",
        MathTex(rf"z={num(t0)}\cdot{num(x0)}+{num(t1)}\cdot{num(x1)}={num(step.score_before)}",
                rf",\quad h=g({num(step.score_before)})={two(step.h_before)}",
                font_size=size, color=theme.text))
    s2 = step_block(
        "2  error",
        MathTex(rf"y-h={Y_EXAMPLE}-{two(step.h_before)}={two(step.error)}",
                font_size=size, color=theme.text))
    updates = [
        MathTex(rf"\theta_{j}:={num(t)}+{num(ALPHA)}\times{num(step.error)}\times{num(x)}"
                rf"={two(n)}", font_size=size, color=theme.text)
        for j, (t, x, n) in enumerate(zip((t0, t1), (x0, x1), (n0, n1), strict=True))
    ]
    s3 = step_block("3  update each weight", *updates)
    s4 = step_block(
        "4  check",
        MathTex(rf"z={two(n0)}\cdot{num(x0)}+{two(n1)}\cdot{num(x1)}"
                rf"={two(step.score_after)}", font_size=size, color=theme.text),
        MathTex(rf"h=g({two(step.score_after)})\approx{step.h_after:.3f}",
                font_size=size, color=theme.good))
    return VGroup(s1, s2, s3, s4).arrange(DOWN, aligned_edge=LEFT, buff=0.26)


class OneUpdateByHand(LectureScene):
    """One logistic update with numbers: h climbs the sigmoid from 0.50 to 0.78."""

    def construct(self) -> None:
        theme = self.theme
        step = sgd_step(np.array(THETA_START), np.array(X_EXAMPLE), Y_EXAMPLE, ALPHA)
        self.step = step
        x0, x1 = X_EXAMPLE
        t0, t1 = step.theta_before
        title = self.heading("One update, by hand")
        given = MathTex(rf"x=({num(x0)},\,{num(x1)})", rf"y={Y_EXAMPLE}",
                        rf"\theta=({num(t0)},\,{num(t1)})", rf"\alpha={num(ALPHA)}",
                        font_size=SIZES.formula_small, color=theme.text)
        given.arrange(RIGHT, buff=0.6)
        BODY.place(given, aligned=UP)
        work, plot = Region("work", BODY.left, BODY.right, BODY.bottom,
                            given.get_bottom()[1] - 0.4).split(0.56)

        # The sigmoid the prediction climbs, on the right.
        # Room under the axes for the z numbers and name, above them for the curve's name.
        axes = function_axes(theme, (*Z_RANGE, 2), (0, 1, 0.25), x_length=plot.width - 0.8,
                             y_length=plot.height - 1.9, x_numbers=range(-4, 5, 2),
                             y_numbers=(0.5, 1))
        axes.move_to(plot.center + 0.25 * UP)
        axes.y_axis.numbers.shift(0.12 * LEFT)  # clear of their ticks: "1.0", not "10"
        self.axes = axes
        z = np.linspace(*Z_RANGE, 161)
        curve = VMobject(color=theme.curve, stroke_width=5)
        curve.set_points_as_corners([axes.c2p(a, b) for a, b in zip(z, sigmoid(z),
                                                                     strict=True)])
        z_label = MathTex(r"z=\theta^{T}x", font_size=SIZES.formula_small, color=theme.muted)
        z_label.next_to(axes.x_axis, DOWN, buff=0.45)
        g_label = MathTex(r"h=g(z)", font_size=SIZES.formula_small, color=theme.curve)
        g_label.next_to(axes.c2p(Z_RANGE[1], 1), UP, buff=0.2).shift(0.5 * LEFT)

        self.z = ValueTracker(step.score_before)
        self.marker = Dot(radius=0.1, color=theme.highlight)
        self.marker.add_updater(lambda m: m.move_to(axes.c2p(self.z.get_value(), self.h())))
        # A drop line to the z axis and a tick on the h axis, following the marker.
        drop = DashedLine(axes.c2p(0, 0), axes.c2p(0, 1), stroke_width=2,
                          color=theme.highlight)
        drop.add_updater(lambda m: m.put_start_and_end_on(
            axes.c2p(self.z.get_value(), 0), self.marker.get_center()))
        tick = Line(0.15 * LEFT, 0.15 * RIGHT, stroke_width=5, color=theme.highlight)
        tick.add_updater(lambda m: m.move_to(axes.c2p(0, self.h())))
        drop.update()
        tick.update()
        self.readout = ReadoutPanel([("z", lambda: self.z.get_value(), 2), ("h", self.h, 3)],
                                    theme)
        self.readout.move_to(axes.c2p(2.6, 0.3))

        blocks = hand_steps(step, theme)
        s1, s2, s3, s4 = blocks
        updates = s3[1:]
        work.place(blocks, aligned=UP + LEFT)
        self.blocks = blocks

        # Step: the example
        # The sigmoid is there from the first word, in the middle of the body while the
        # example is given; it moves right when the working starts beside it.
        plot_parts = VGroup(axes, curve, z_label, g_label)
        to_middle = (BODY.center[0] - axes.get_center()[0]) * RIGHT
        plot_parts.shift(to_middle)
        with self.beat("Let us run one update with numbers, {curve} and watch the prediction "
                       "on the sigmoid. {x} One email, with a bias feature of one and a "
                       "feature of two. {y} Its label is one, {theta} the weights start at "
                       "zero, {alpha} and the learning rate is one half.") as b:
            self.play(FadeIn(title, shift=0.2 * DOWN), Create(axes), FadeIn(z_label),
                      run_time=1.0)
            b.wait_until("curve")
            self.play(Create(curve), FadeIn(g_label), run_time=1.0)
            for mark, piece in zip(("x", "y", "theta", "alpha"), given, strict=True):
                b.wait_until(mark)
                self.play(FadeIn(piece, shift=0.2 * DOWN), run_time=0.6)
                if mark == "theta":  # zero weights: the prediction sits at z = 0
                    self.play(FadeIn(self.marker, scale=0.5), FadeIn(drop), FadeIn(tick),
                              run_time=0.5)

        # Step 1: score and squash
        with self.beat("Step one: score and squash. {zero} With zero weights the score is "
                       "zero, {half} and the sigmoid of zero is one half. The model has no "
                       "idea yet.") as b:
            # Part by part: animating the group would add it on top of the marker.
            self.play(*[m.animate.shift(-to_middle) for m in plot_parts], FadeIn(s1[0]),
                      run_time=0.8)
            b.wait_until("zero")
            self.play(FadeIn(s1[1][0], shift=0.2 * RIGHT), FadeIn(self.readout[0]))
            b.wait_until("half")
            self.play(FadeIn(s1[1][1], shift=0.2 * RIGHT), FadeIn(self.readout[1]),
                      Indicate(self.marker, color=theme.highlight))

        # Step 2: the error
        with self.beat("Step two: the error. The label is one and the model said one half, so "
                       "the error is positive. {push} Push the probability up.") as b:
            self.play(FadeIn(s2, shift=0.2 * RIGHT))
            b.wait_until("push")
            # Up the curve, along its tangent: h can only rise by the score growing.
            push = Arrow(self.marker.get_center(),
                         axes.c2p(step.score_before + PUSH_DZ,
                                  step.h_before + step.h_before * (1 - step.h_before) * PUSH_DZ),
                         buff=0.12, color=theme.highlight, stroke_width=6,
                         max_tip_length_to_length_ratio=0.3)  # not the curve's teal
            self.play(GrowArrow(push), Indicate(self.marker, color=theme.highlight),
                      run_time=1.2)

        # Step 3: the update
        moves = step.theta_after - step.theta_before
        bars = VGroup(*[Rectangle(width=BAR_UNIT * float(m), height=0.22, stroke_width=0,
                                  fill_color=theme.good, fill_opacity=0.9) for m in moves])
        for bar, line in zip(bars, updates, strict=True):
            bar.next_to(line, RIGHT, buff=0.35)
        bars[1].align_to(bars[0], LEFT)
        self.bars = bars
        with self.beat("Step three: move each weight by the learning rate, times the error, "
                       "times its input. {second} The second weight moves twice as far, "
                       "because its input is twice as big.") as b:
            self.play(FadeIn(s3[0]), FadeIn(updates[0], shift=0.2 * RIGHT))
            self.play(GrowFromEdge(bars[0], LEFT), run_time=0.6)
            b.wait_until("second")
            self.play(FadeIn(updates[1], shift=0.2 * RIGHT))
            self.play(GrowFromEdge(bars[1], LEFT), run_time=0.8)

        # Step 4: check: the prediction climbs the sigmoid
        rise = MathTex(two(step.h_before), r"\ \to\ ", two(step.h_after),
                       font_size=SIZES.formula, color=theme.good)
        # Upper left of the plot, clear of the h tick on the axis.
        rise.next_to(axes.c2p(-0.4, 0.85), LEFT, buff=0)
        n0, n1 = step.theta_after
        new_theta = MathTex(rf"\theta=({two(n0)},\,{two(n1)})", font_size=SIZES.formula_small,
                            color=theme.good).move_to(given[2], aligned_edge=LEFT)
        with self.beat("Step four: check. {score} The new score is positive, {climb} and "
                       "the probability of the right answer climbs the curve. {small} One "
                       "small step, and the model is learning to say yes.") as b:
            # The new weights take the header first, then each result on its words.
            self.play(FadeIn(s4[0]), FadeOut(given[2]), FadeIn(new_theta), FadeOut(push),
                      given[3].animate.next_to(new_theta, RIGHT, buff=0.6), run_time=1)
            b.wait_until("score")
            # The new score is written on its word; the point waits at h = 0.5.
            self.play(FadeIn(s4[1], shift=0.2 * RIGHT), run_time=0.6)
            self.play(Indicate(s4[1], color=theme.good, scale_factor=1.05), run_time=0.6)
            b.wait_until("climb")
            # On "climbs": a faint copy stays where the prediction was, and the point slides
            # up the curve to the new score, the readout with it.
            start = Dot(self.marker.get_center(), radius=0.1, color=theme.highlight)
            start.set_opacity(0.35)
            self.start_ghost = start
            self.add(start)
            self.bring_to_front(self.marker)
            self.play(self.z.animate.set_value(step.score_after), run_time=1.5,
                      rate_func=smooth)
            self.play(FadeIn(s4[2], shift=0.2 * RIGHT), FadeIn(rise, shift=0.2 * UP),
                      Indicate(self.marker, color=theme.good), run_time=1.0)
        self.theta_shown = new_theta

    def h(self) -> float:
        return float(sigmoid(self.z.get_value()))


# ---------------------------------------------------------------------------------------------

#: The quiz's email: design row (bias feature first), label, the model's h, learning rate.
QUIZ_X = (1.0, 3.0)
QUIZ_Y = 0
QUIZ_H = 0.9
QUIZ_ALPHA = 0.5


def quiz_steps() -> tuple[SGDStep, SGDStep]:
    """The quiz's update from core, and the same update with the label slipped to 1 (the
    wrong choice of a viewer who treats the email as spam). The weights give h = QUIZ_H."""
    theta = np.array([0.0, float(logit(QUIZ_H)) / QUIZ_X[1]])
    return (sgd_step(theta, np.array(QUIZ_X), QUIZ_Y, QUIZ_ALPHA),
            sgd_step(theta, np.array(QUIZ_X), 1 - QUIZ_Y, QUIZ_ALPHA))


def _moves(step: SGDStep) -> np.ndarray:
    return step.theta_after - step.theta_before


def _quiz() -> Quiz:
    right, slipped = quiz_steps()
    d0, d1 = _moves(right)
    slip = _moves(slipped)[1]

    def by(delta: float) -> str:
        return f"$\\theta_1$ {'rises' if delta > 0 else 'falls'} by {abs(delta):.2f}"

    return Quiz(
        question=f"An email has $x = ({QUIZ_X[0]:g}, {QUIZ_X[1]:g})$, label "
                 f"$y = {QUIZ_Y}$ and $h = {right.h_before:.1f}$. At "
                 f"$\\alpha = {QUIZ_ALPHA:g}$, what does one update do to $\\theta_1$?",
        choices=(by(d1), by(-d1), by(d0), by(slip)),
        correct=0,
        reason=f"$\\alpha(y-h)x_1 = {QUIZ_ALPHA:g}\\,({QUIZ_Y}-{right.h_before:.1f})"
               f"\\,({QUIZ_X[1]:g}) = {d1:.2f}$: a non-spam email called spam pushes "
               "$\\theta_1$ down.",
        spoken_question=f"An email has x equal to {QUIZ_X[0]:g}, {QUIZ_X[1]:g}, and label "
                        f"{QUIZ_Y}; the model says h is {right.h_before:.1f}. At a learning "
                        f"rate of {QUIZ_ALPHA:g}, what does one update do to theta one?",
        spoken_reason=f"{QUIZ_ALPHA:g}, times {QUIZ_Y} minus {right.h_before:.1f}, times "
                      f"{QUIZ_X[1]:g}, is {d1:.2f}: a non-spam email called spam pushes theta "
                      "one down.",
        applied=True,
    )


#: Choices: the right move; the sign slip (h - y); forgetting the input x_1 (that is
#: theta_0's move); the label slip (y taken as 1).
QUIZ = _quiz()


#: The quiz picture's theta_1 number line and sigmoid (z) ranges.
QUIZ_T_RANGE = (-1.0, 1.5, 0.5)
QUIZ_Z_RANGE = (-4.0, 4.0, 2.0)
QUIZ_PICTURE_WIDTH = 4.4


class UpdateRuleCheck(QuizScene):
    """Check your understanding: one update of one weight, computed. Beside it, the email on
    the sigmoid and theta_1 on a number line; on the answer, theta_1 falls and h with it."""

    quiz = QUIZ
    #: The picture (the sigmoid and the weight's line) gets almost half the body.
    picture_share = 0.45

    def quiz_picture(self) -> VGroup:
        theme = self.theme
        step, _ = quiz_steps()
        self.quiz_step = step
        self.moved = ValueTracker(0.0)
        # The sigmoid, with the email where the model puts it (h = 0.9 for a y = 0 email).
        axes = function_axes(theme, QUIZ_Z_RANGE, (0, 1, 0.5), x_length=QUIZ_PICTURE_WIDTH,
                             y_length=3.0, x_numbers=(-4, 0, 4), y_numbers=(0.5, 1))
        # Clear of their ticks: a tick through "1.0" reads as "10".
        axes.y_axis.numbers.shift(0.12 * LEFT)
        self.quiz_axes = axes
        zs = np.linspace(*QUIZ_Z_RANGE[:2], 121)
        curve = polyline(axes, zs, sigmoid(zs), theme.curve)
        z_name = MathTex(r"z=\theta^{T}x", font_size=SIZES.formula_small, color=theme.muted)
        z_name.next_to(axes.x_axis, DOWN, buff=0.45)
        z0, z1 = step.score_before, step.score_after

        def z_now() -> float:
            return float(z0 + self.moved.get_value() * (z1 - z0))

        email = Dot(radius=0.1, color=theme.class0)
        email.add_updater(lambda m: m.move_to(axes.c2p(z_now(), float(sigmoid(z_now())))))
        email.update()
        self.quiz_email = email
        tag = MathTex(rf"y={QUIZ_Y},\ h={step.h_before:.1f}", font_size=SIZES.formula_small,
                      color=theme.text).next_to(axes, UP, buff=0.15)
        self.quiz_tag = tag
        # theta_1 on a number line under it.
        t0, t1 = step.theta_before[1], step.theta_after[1]
        line = NumberLine(x_range=list(QUIZ_T_RANGE), length=QUIZ_PICTURE_WIDTH,
                          color=theme.muted, stroke_width=2)
        line.next_to(z_name, DOWN, buff=0.8)
        numbers = VGroup(*[MathTex(f"{v:g}", font_size=SIZES.formula_small, color=theme.muted)
                           .next_to(line.n2p(v), DOWN, buff=0.15) for v in (-1, 0, 1)])
        t_name = MathTex(r"\theta_1", font_size=SIZES.formula, color=theme.text)
        t_name.next_to(line, LEFT, buff=0.5)
        marker = Dot(line.n2p(t0), radius=0.11, color=theme.highlight)
        marker.add_updater(lambda m: m.move_to(
            line.n2p(float(t0 + self.moved.get_value() * (t1 - t0)))))
        self.quiz_line, self.quiz_marker = line, marker
        return VGroup(curve, axes, z_name, email, tag, line, numbers, t_name, marker)

    def quiz_reveal(self) -> None:
        theme = self.theme
        step = self.quiz_step
        line = self.quiz_line
        t0, t1 = step.theta_before[1], step.theta_after[1]
        fall = Arrow(line.n2p(t0) + 0.3 * UP, line.n2p(t1) + 0.3 * UP, buff=0,
                     color=theme.bad, stroke_width=5, max_tip_length_to_length_ratio=0.2)
        # Beside the arrow's tail, clear of the z axis's name above.
        fall_name = MathTex(f"{t1 - t0:.2f}", font_size=SIZES.formula_small,
                            color=theme.bad).next_to(fall, RIGHT, buff=0.1)
        # Both weights step (theta_0 with its input 1 too), so the score falls by both
        # steps and h with it: the new h is explained, not just stated.
        d0, d1 = step.theta_after - step.theta_before
        h_now = VGroup(
            MathTex(rf"\Delta\theta_0={d0:.2f},\ \Delta\theta_1={d1:.2f}",
                    font_size=SIZES.formula_small, color=theme.bad),
            MathTex(rf"z:{step.score_before:.2f}\to{step.score_after:.2f},\ "
                    rf"h:{step.h_before:.1f}\to{step.h_after:.2f}",
                    font_size=SIZES.formula_small, color=theme.good),
        ).arrange(DOWN, buff=0.12)
        h_now.move_to(self.quiz_tag, aligned_edge=DOWN)
        # Inside the title-safe area, even if wider than the picture.
        h_now.shift(min(0.0, self.quiz_axes.get_right()[0] - h_now.get_right()[0]) * RIGHT)
        self.quiz_h_now = h_now
        self.quiz_fall = fall_name
        self.play(GrowArrow(fall), FadeIn(fall_name), self.moved.animate.set_value(1.0),
                  run_time=1.8)
        self.play(ReplacementTransform(self.quiz_tag, h_now),
                  Indicate(self.quiz_email, color=theme.good), run_time=1.0)
        for mob in (self.quiz_email, self.quiz_marker):
            mob.clear_updaters()


SCENES_IN_ORDER = [
    GradientCollapsesToErrorTimesInput,
    SameRuleAsLinearRegression,
    OneUpdateByHand,
    UpdateRuleCheck,
]
