"""Cats or Dogs, part 6: the lesson's vocabulary, as a recap of its pictures.

Six words, one at a time, each beside the picture of the lesson that it names, redrawn large
from core (cats and dogs dropping onto their labels, the S with its worked values, the two
log-loss pieces with a cat's cost climbing one, the training run's model sharpening over the
clouds as its loss history falls, the trained boundary, the trained model's probability over
the plane), with its formula in one notation throughout (the score
is z = w1 x1 + w2 x2 + b, the prediction y-hat = sigma(z)) and what it means; on the last
word a point walks across the boundary while its score and probability are read out, and
the line, the S and log loss join in a row. A strip
along the bottom lists the six, each lit as it is recalled. Then a look at what comes next.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    Group,
    Indicate,
    Line,
    MathTex,
    Mobject,
    ReplacementTransform,
    Succession,
    Text,
    Transform,
    TransformFromCopy,
    ValueTracker,
    VGroup,
    VMobject,
    Wait,
    linear,
)

from core import cross_entropy_from_proba, sigmoid
from core.cats_dogs import sigmoid_walkthrough
from core.cats_dogs_intro import label_line_fit
from core.geometry import boundary_segment
from scenes.cats_or_dogs.lesson import CLASS_NAMES, data_plane, lesson_params, lesson_run
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, FORMULA_STRIP, GUTTER, Region
from scenes.common.pieces import (
    BoundaryLine,
    ProbabilityField,
    ReadoutPanel,
    SansNumber,
    ScoreWalk,
    axes_box,
)
from scenes.common.plots import function_axes, legend, point_cloud, polyline
from scenes.common.quiz import wrapped
from scenes.common.script import Script
from scenes.common.spoken import count_word
from scenes.common.theme import SIZES

#: What a lecture file may set: the lesson's data and training, pictured in three terms.
PARAMETERS = {"seed": "int", "learning_rate": "positive float", "n_iterations": "count <= 20000"}

@dataclass(frozen=True)
class Term:
    """One word of the lesson: its formulas (TeX lines, one notation), its meaning (a
    paraphrase of the lesson's glossary), the words said (the first mark is where the picture
    shows what the word means) and the chapter whose picture it recalls."""

    word: str
    formulas: tuple[str, ...]
    meaning: str
    narration: str
    chapter: str


def cat_cost(p: float) -> float:
    """The log loss of a cat (y = 0) given the probability ``p`` of a dog: core's."""
    return float(cross_entropy_from_proba(p, 0.0))


def terms(learning_rate: float, n_iterations: int, first_loss: float, last_loss: float
          ) -> tuple[Term, ...]:
    """The six words, in the order the lesson met them; the descent's numbers are core's."""
    return (
        Term("Classification", (r"y \in \{0, 1\}",),
             "Predicting a category, cat or dog, instead of a number.",
             "Classification: {category} the answer is a category, cat or dog, a label of "
             "zero or one, not a quantity.",
             "sigmoid"),
        Term("Sigmoid", (r"\sigma(z) = \frac{1}{1 + e^{-z}}",),
             "The S-curve that turns any score into a probability between 0 and 1.",
             "The sigmoid: {curve} the S-curve that turns any score z into a probability. "
             "{values} Far left it is near zero, at zero it is one half, far right near one.",
             "sigmoid"),
        Term("Log loss", (r"-\big[\,y \log \hat y + (1 - y)\log(1 - \hat y)\,\big]",),
             "Binary cross-entropy: the standard loss of a yes-or-no prediction.",
             "Log loss, {cost} also called binary cross-entropy, the standard loss of a "
             f"yes-or-no prediction. {{wrong}} A cat given a dog's probability {WRONG_FROM:g} "
             f"costs {cat_cost(WRONG_FROM):.2f}; {{sure}} as the prediction becomes "
             f"confidently wrong, the cost climbs steeply: at {WRONG_TO:g}, it costs "
             f"{cat_cost(WRONG_TO):.1f}. {{right}} Confidently right, at {RIGHT_AT:g}, it costs "
             f"only {cat_cost(RIGHT_AT):.2f}.",
             "log-loss"),
        Term("Gradient descent", (r"w \leftarrow w - \eta\,\partial L/\partial w",
                                  r"b \leftarrow b - \eta\,\partial L/\partial b",
                                  rf"L = \text{{log loss}},\quad \eta = {learning_rate:g}"),
             "Each iteration steps the weights and the bias against the gradient of the "
             "loss.",
             "Gradient descent: {steps} each iteration steps the weights against the "
             f"gradient, scaled by the learning rate, {{rate}} here {learning_rate:g}; the "
             "bias steps too, more slowly. "
             "{grow} The line turns only a little, but the weights keep growing, so the model "
             "grows sure and its shading sharpens. {curve} "
             f"Over {n_iterations} iterations, the loss fell from {first_loss:.2f} to "
             f"{last_loss:.3f}.",
             "from-scratch"),
        Term("Decision boundary", (r"z = w_1 x_1 + w_2 x_2 + b = 0",),
             "Where the score is zero and the probability one half: the answer flips from "
             "cat to dog.",
             "The decision boundary: {line} the line where the score z is zero, so the "
             "probability is one half, {flip} and the answer flips from cat to dog.",
             "boundary"),
        Term("Logistic regression", (r"\hat y = \sigma(z)", r"z = w_1 x_1 + w_2 x_2 + b"),
             "A linear score, a sigmoid, trained on log loss. Despite the name, a classifier.",
             "And logistic regression puts them together, the line and the S: {score} a score "
             "from weights and a bias, {squeeze} squeezed by the sigmoid into the probability "
             "of a dog. {walk} Walk a point from the cats to the dogs: {half} its probability "
             "passes one half just as it crosses the line, {ends} and ends near one among the "
             "dogs. {join} The line, {s} the S {loss} and log loss make one model: {trained} "
             "gradient descent on log loss fits its weights, {classifies} and despite its "
             "name, it classifies.",
             "from-scratch"),
    )


#: Where the terms go, two rows along the bottom.
TERMS_STRIP = FORMULA_STRIP
#: Where the pictures go: the left of the body, above the strip of words.
PICTURE = Region("picture", BODY.left, BODY.left + 6.1, TERMS_STRIP.top + GUTTER, BODY.top)
#: Where the word, its formulas and its meaning go: right of the picture.
WORDS_COLUMN = Region("words", PICTURE.right + 0.6, BODY.right, TERMS_STRIP.top + GUTTER,
                      BODY.top)
#: The terms whose formulas come with the word (the rest: with what the word means).
FORMULA_ON_WORD = (1, 2, 3, 4)
#: The meaning's wrap width, in characters.
MEANING_WRAP = 30
#: The sigmoid scene's worked scores (the text's), marked on the S.
WORKED_Z = (-5.0, 0.0, 5.0)
#: The size of the function plots (axes lines), in scene units: with their names and
#: numbers they fit the picture region as drawn (never shrunk, so no text under its size).
PLOT_SIZE = (4.6, 3.9)
#: The loss history's size (axes lines) under the update rule, the iterations' name beside.
HISTORY_SIZE = (4.2, 1.1)
#: The gap between the update rule and the readout of the weights it steps.
WEIGHTS_GAP = 0.6
#: The side of the square planes of the lesson's clouds (the boundary's, with its "z = 0"
#: under it), and of the model's (training and trained): one size, in one place.
PLANE_SIDE = 4.1
MODEL_PLANE_SIDE = PLANE_SIDE
#: The terms along the bottom: rows, and the gaps (across, down) between them.
STRIP_ROWS = 2
STRIP_GAPS = (0.8, 0.14)
#: The dots of the lesson's clouds on the planes: large, with a dark rim that keeps each one
#: apart from the shading of its own colour.
PLANE_DOT = 0.085
PLANE_DOT_RIM = 3.0
#: The size of the model card's S (axes lines), beside its formulas: the line's point
#: rides it as it walks.
INSET_SIZE = (3.2, 1.7)
#: The gap between the model card's S and the walking point's readout beside it.
READOUT_GAP = 0.5
#: When the walking point reaches the line after "passes one half" begins, and how long it
#: takes from there to the dogs.
ON_THE_LINE = 1.0
HALF_WALK = 1.5
#: The walking point's score at either end of its walk across the boundary.
WALK_Z = 4.0
#: The log-loss card's confidently wrong cat: the dog's probability it is given, from a
#: shrug (where both pieces cost the same) to a sure mistake (the text's 4.6).
WRONG_FROM = 0.5
WRONG_TO = 0.99
#: Then a sure right answer: the cat given the dog's probability 0.01 (the text's y-hat of a
#: sure answer), its cost sliding down the piece to about 0.
RIGHT_AT = 0.01
#: How long the cat's cost takes to slide down to the sure right answer.
SLIDE_TIME = 2.0
#: How long the cat's cost takes to climb to the sure mistake (through "climbs steeply").
CLIMB_TIME = 3.0
#: The model card's three pieces, each a small picture (width, height) over its name.
PIECE_SIZE = (1.5, 1.2)


class VocabularyClosingCard(LectureScene):
    """The six words of the lesson, one at a time, each beside its picture from the lesson,
    a strip of the six lit as they are recalled; then the score and what comes next."""

    uses_params = ("seed", "learning_rate", "n_iterations")

    def construct(self) -> None:
        theme = self.theme
        params = lesson_params()
        run = lesson_run()
        self.run = run
        self.terms = terms(params.learning_rate, params.n_iterations,
                           float(run.loss_history[0]), float(run.loss_history[-1]))
        heading = self.heading(f"The lesson in {count_word(len(self.terms))} terms")

        # The terms along the bottom, in reading order on two rows (one row of six would have
        # to shrink below body size to fit): muted until recalled, lit while recalled.
        strip = VGroup(*[Text(t.word, font_size=SIZES.body, color=theme.muted)
                         for t in self.terms])
        strip.arrange_in_grid(rows=STRIP_ROWS, buff=STRIP_GAPS, col_alignments="l" * (
            len(self.terms) // STRIP_ROWS), row_alignments="u" * STRIP_ROWS, flow_order="rd")
        TERMS_STRIP.place(strip)
        self.strip = strip

        builders = (self.classification_picture, self.sigmoid_picture, self.log_loss_picture,
                    self.descent_picture, self.boundary_picture, self.regression_picture)
        #: Per term: (the picture's frame, the parts shown on the word, the words column).
        self.pictures: list[tuple[Group, list[Mobject]]] = []
        self.columns: list[VGroup] = []
        for term, build in zip(self.terms, builders, strict=True):
            frame, parts = build()
            whole = Group(frame, *parts)
            PICTURE.place(whole)
            if build == self.classification_picture:
                # The fence is laid out with the picture but replaced by the points: it is
                # no part of what fades out after. The key comes with the colours.
                key = frame[2]
                frame.remove(self.fence, key)
                parts = [*parts, key]
            self.pictures.append((frame, parts))
            self.columns.append(self.words_column(term))
        # One frame for the clouds' three cards (the training, the boundary, the model): the
        # same plane in the same place, the boundary's (whose "z = 0" hangs under it), so the
        # picture never shrinks or shifts between them.
        anchor = self.boundary_parts[0].c2p(0, 0)
        for k, axes in ((3, self.descent_plane[0]), (5, self.regression_parts[0])):
            frame, parts = self.pictures[k]
            Group(frame, *parts).shift(anchor - axes.c2p(0, 0))
        # The model card's three pieces, under its formulas (where its S and readout were).
        _, last_formulas, _ = self.columns[-1]
        self.pieces = self.model_pieces()
        Region("pieces", WORDS_COLUMN.left, WORDS_COLUMN.right, WORDS_COLUMN.bottom,
               last_formulas.get_bottom()[1] - 0.5).place(self.pieces, aligned=UP + LEFT)

        # The opening shows where the lesson ended: the trained model over its data (the last
        # word's picture, which leaves for the first word's and comes back at the end).
        end_frame, (end_field,) = self.pictures[-1]
        # Which colour is which animal, beside the coloured picture from its first sight.
        self.opening_key = legend(theme, CLASS_NAMES).arrange(DOWN, aligned_edge=LEFT,
                                                              buff=0.3)
        WORDS_COLUMN.place(self.opening_key, aligned=UP + LEFT)
        with self.beat("Before we stop, {model} here is where the lesson ended: a trained model "
                       "telling cats from dogs. {six} Six terms got us here, listed along the "
                       "bottom. Each comes back with its picture.") as b:
            self.play(FadeIn(heading, shift=0.2 * DOWN), run_time=1)
            b.wait_until("model")
            self.add(end_field)
            self.bring_to_back(end_field)
            self.play(FadeIn(end_frame), FadeIn(end_field), FadeIn(self.opening_key),
                      run_time=1)
            b.wait_until("six")
            self.play(FadeIn(strip, lag_ratio=0.2), run_time=1.4)

        shown: list[Mobject] = [end_frame, end_field, self.opening_key]
        for i, term in enumerate(self.terms):
            frame, parts = self.pictures[i]
            column = self.columns[i]
            name, formulas, meaning = column
            with self.beat(term.narration) as b:
                # The last picture leaves first (no two pictures over each other); the next
                # comes with its word, its key part drawn as the word is said.
                self.play(*[FadeOut(m) for m in shown], run_time=0.25)
                self.play(*([self.strip_state(i - 1, "seen")] if i else []),
                          self.strip_state(i, "now"),
                          FadeIn(frame), *([FadeIn(self.fence)] if i == 0 else []),
                          FadeIn(name, shift=0.2 * RIGHT), *self.on_the_word(i, parts),
                          # A word and its formula come together (no half-empty frame while
                          # the word is said); the labels' {0, 1} waits for the drop.
                          *([FadeIn(formulas, shift=0.2 * UP)] if i in FORMULA_ON_WORD
                            else []),
                          run_time=0.6)
                marks = Script.parse(term.narration).marks
                if i == 5:
                    self.regression_beat(b, parts)
                    continue
                if i == 3:
                    # The loss falls, step by step, from the word on, and the model over the
                    # clouds steps with it (its weights read out), while the steps and the
                    # weights' growth are described; the learning rate picked out as said.
                    rate_line = formulas[0][2]
                    self.play(*self.descent_steps(parts, max(b.time_until("curve") - 0.1,
                                                             1.0)),
                              Succession(Wait(run_time=b.time_until("rate")),
                                         # (in colour only: grown, it would touch
                                         # the readout beside it)
                                         Indicate(rate_line, color=theme.highlight,
                                                  scale_factor=1.0, run_time=1.2)))
                else:
                    b.wait_until(marks[0])
                    self.play(*([] if i in FORMULA_ON_WORD else [FadeIn(formulas, shift=0.2 * UP)]),
                              FadeIn(meaning[0] if i == 2 else meaning, shift=0.2 * UP),
                              *self.reveal(i, parts), run_time=1.2)
                if i == 2:
                    # A cat given a dog's probability one half: the two pieces' crossing; then
                    # a sure mistake, its cost climbing the steep end.
                    b.wait_until(marks[1])
                    self.play(FadeIn(parts[4], scale=1.5), FadeIn(self.loss_readout),
                              run_time=0.8)
                    b.wait_until(marks[2])
                    self.play(*self.second_reveal(i, parts), run_time=CLIMB_TIME)
                    # Then confidently right: the cost slides down the same piece to about 0.
                    b.wait_until(marks[3])
                    self.play(self.wrong.animate.set_value(RIGHT_AT), run_time=SLIDE_TIME)
                    self.loss_parts[3].clear_updaters()
                elif len(marks) > 1:
                    b.wait_until("curve" if i == 3 else marks[1])
                    self.play(*self.second_reveal(i, parts), run_time=1.2)
            shown = [frame, *parts, column]

        # Step: the score, and what comes next, beside the trained model's picture.
        accuracy = run.accuracy
        self.score = wrapped(f"{100 * accuracy:.0f}% training accuracy after "
                             f"{params.n_iterations} iterations.", MEANING_WRAP,
                             font_size=SIZES.body, color=theme.good)
        self.next_up = wrapped("Next: is the model actually good? Train/test splits and "
                               "overfitting.", MEANING_WRAP, font_size=SIZES.body,
                               color=theme.text)
        # In the place of the last word's meaning and the walking point's readout, under its
        # formulas.
        _, last_formulas, model_s = self.columns[-1]
        below = Region("below", WORDS_COLUMN.left, WORDS_COLUMN.right, WORDS_COLUMN.bottom,
                       last_formulas.get_bottom()[1] - 0.35)
        below.place(self.score, aligned=UP + LEFT)
        below.place(self.next_up, aligned=UP + LEFT)
        with self.beat(f"This model scored {100 * accuracy:.0f} percent on the data it "
                       f"learned from, after {params.n_iterations} iterations. {{next}} Whether "
                       "it would do as well on new cats and dogs is the next question.") as b:
            # (the model's word stays lit, as its name above; classification's rests)
            self.play(self.strip_state(0, "seen"),
                      FadeOut(self.pieces), FadeIn(self.score, shift=0.2 * UP), run_time=1)
            # Every point of the data it learned from picked out: each on its own side.
            self.play(Indicate(strip, color=theme.good, scale_factor=1.05),
                      Indicate(self.regression_dots, color=theme.good, scale_factor=1.4),
                      run_time=1.2)
            b.wait_until("next")
            self.play(FadeOut(self.score, shift=0.2 * UP),
                      FadeIn(self.next_up, shift=0.2 * DOWN), run_time=0.8)

    def strip_state(self, i: int, state: str) -> Transform:
        """Term ``i`` of the strip set as the word now recalled (bold, in the highlight
        colour) or as one already recalled (plain, in the text colour): two cues, not a shade
        of colour alone."""
        word = self.strip[i]
        now = state == "now"
        target = Text(self.terms[i].word, font_size=SIZES.body, weight="BOLD" if now else
                      "NORMAL", color=self.theme.highlight if now else self.theme.text)
        target.move_to(word, aligned_edge=LEFT)
        return Transform(word, target)

    # -- the words column --------------------------------------------------------------------

    def words_column(self, term: Term) -> VGroup:
        """The word, its formulas and its meaning, top down (no small grey "seen in" line:
        the picture itself is the lesson's)."""
        theme = self.theme
        name = Text(term.word, font_size=SIZES.heading, color=theme.highlight, weight="BOLD")
        formulas = VGroup(*[MathTex(f, font_size=SIZES.formula, color=theme.text)
                            for f in term.formulas]).arrange(DOWN, aligned_edge=LEFT,
                                                             buff=0.2)
        if term is self.terms[3]:  # the weights and bias the rule steps, read out beside it
            formulas = VGroup(formulas, self.weight_readout).arrange(
                RIGHT, buff=WEIGHTS_GAP, aligned_edge=UP)
        said = wrapped(term.meaning, MEANING_WRAP, font_size=SIZES.body, color=theme.text)
        meaning: Mobject
        if term is self.terms[-1]:  # the model's S, its point riding it as the line's walks
            meaning = self.model_s()
        elif term is self.terms[3]:  # the loss history, in the place of the rule's meaning
            meaning = self.history_inset
        elif term is self.terms[2]:  # the meaning, then the confidently wrong cat's cost
            meaning = VGroup(said, self.loss_readout).arrange(DOWN, aligned_edge=LEFT,
                                                               buff=0.4)
        else:
            meaning = said
        column = VGroup(name, formulas, meaning).arrange(DOWN, aligned_edge=LEFT,
                                                                 buff=0.35)
        WORDS_COLUMN.place(column, aligned=UP + LEFT)
        return column

    # -- what each picture shows on its word --------------------------------------------------

    def on_the_word(self, i: int, parts: list[Mobject]) -> list:
        """The animations that draw term ``i``'s picture as its word is said."""
        if i == 1:  # the S
            return [Create(parts[0])]
        if i == 2:  # the two pieces
            return [Create(parts[0]), Create(parts[1]), FadeIn(parts[2]), FadeIn(parts[3])]
        if i == 3:  # the model of the first step over the clouds, the loss axes beside
            return [FadeIn(parts[0]), FadeIn(parts[1]), FadeIn(self.history_inset[0]),
                    FadeIn(self.history_inset[4])]
        if i == 4:  # the boundary
            return [Create(parts[0])]
        if i == 5:  # the line and the S together, joined by their formulas
            _, formulas, model_s = self.columns[5]
            # (the S alone: its point and readout come with the point on "squeezed"); the
            # plane keeps the shading the boundary's card ended on (no blink off and on)
            return [FadeIn(formulas, shift=0.2 * UP), FadeIn(model_s[0]), FadeIn(parts[0])]
        return []

    def reveal(self, i: int, parts: list[Mobject]) -> list:
        """The animations that show what term ``i`` means, on its first mark (with its
        formulas and meaning)."""
        if i == 0:  # the grey points on the feature axis take their labels: dogs rise to 1,
            # and the key says which colour is which as the colours come
            return [ReplacementTransform(self.fence, parts[0]), FadeIn(parts[1])]
        if i == 4:  # the boundary named: z = 0 on it
            return [FadeIn(parts[1])]
        return []  # the sigmoid, log loss, descent: drawn on the word

    def regression_beat(self, b: object, parts: list[Mobject]) -> None:
        """The model card after its word: the score's weights, the probability over the plane
        with a point and its twin on the S, the walk across the line (a stop on it, where
        z = 0 and y-hat = 1/2), then the line, the S and log loss joined in a row, and the
        training that fits the weights lit among the terms, and what the model does. (Its
        ``parts``, the field, came with the word.)"""
        theme = self.theme
        numbers = self.regression_parts[2]
        _, formulas, _ = self.columns[5]
        b.wait_until("score")
        # The score's weights and bias, as learned, written into its formula.
        numbers.move_to(formulas[1], aligned_edge=LEFT)
        self.play(Transform(formulas[1], numbers), run_time=1.2)
        b.wait_until("squeeze")
        self.play(FadeIn(self.walker, scale=0.5),
                  FadeIn(self.s_rider, scale=0.5), FadeIn(self.walker_readout),
                  Indicate(formulas[0], color=theme.highlight), run_time=1.2)
        b.wait_until("walk")
        # On the line (z = 0, y-hat = 0.500) as "passes one half" is said, kept there while it
        # "crosses the line"; then on to the dogs as it "ends near one".
        self.play(self.walk.animate.set_value(0.5), run_time=b.time_until("half") + ON_THE_LINE,
                  rate_func=linear)
        b.wait_until("ends")
        self.play(self.walk.animate.set_value(1.0), run_time=HALF_WALK, rate_func=linear)
        for m in (self.walker, self.s_rider, *self.walker_readout.numbers):
            m.clear_updaters()
        b.wait_until("join")
        # The three pieces join: the line and the S leave the picture for a row; log loss,
        # which neither picture holds, comes in on its own words.
        _, _, model_s = self.columns[5]
        line_piece, s_piece, loss_piece = self.pieces[0][0], self.pieces[2][0], self.pieces[4][0]
        # Each piece's own word lit among the terms as it is named: the line (the decision
        # boundary), the S (the sigmoid), log loss.
        self.play(FadeOut(model_s), FadeOut(self.s_rider), FadeOut(self.walker),
                  TransformFromCopy(self.regression_line, line_piece[1]),
                  FadeIn(line_piece[0]),
                  TransformFromCopy(self.model_s_parts[1], s_piece),
                  FadeIn(self.pieces[1]),
                  *[FadeIn(piece[1], shift=0.2 * UP) for piece in self.pieces[:3:2]],
                  self.strip_state(4, "now"),
                  run_time=min(1.5, b.time_until("s", 0.6)))
        b.wait_until("s")
        self.play(self.strip_state(1, "now"), Indicate(s_piece, color=theme.highlight),
                  run_time=min(0.8, b.time_until("loss", 0.5)))
        b.wait_until("loss")
        self.play(self.strip_state(2, "now"), FadeIn(self.pieces[3]),
                  FadeIn(loss_piece, shift=0.3 * LEFT),
                  FadeIn(self.pieces[4][1], shift=0.2 * UP), run_time=0.8)
        b.wait_until("trained")
        # Where its weights come from: the two words of the training lit with the model's
        # (the line's and the S's words rest).
        self.play(self.strip_state(4, "seen"), self.strip_state(1, "seen"),
                  self.strip_state(3, "now"), run_time=1.0)
        b.wait_until("classifies")
        # What it does, despite its name: the first word, classification, lit with the model's.
        self.play(self.strip_state(3, "seen"), self.strip_state(2, "seen"),
                  self.strip_state(0, "now"), run_time=1.0)

    def model_s(self) -> VGroup:
        """The model card's S: y-hat = sigma(z) on small axes, a point riding it at the
        walking point's score, and that score and probability read out beside it."""
        theme = self.theme
        axes = function_axes(theme, (-6, 6, 3), (0, 1, 0.5), x_length=INSET_SIZE[0],
                             y_length=INSET_SIZE[1], x_numbers=(-6, 0, 6),
                             y_numbers=(1,), y_decimals=0, number_size=SIZES.label)
        names = plain_names(axes, theme, x="z", y=r"\hat y")
        z = np.linspace(-6, 6, 121)
        curve = polyline(axes, z, sigmoid(z), theme.curve)
        self.model_s_parts = (axes, curve)

        def score() -> float:
            return float(np.round(self.walker_z(), 6)) + 0.0  # never a "-0.00"

        self.s_rider = Dot(axes.c2p(score(), float(sigmoid(score()))), radius=0.11,
                           color=theme.text).set_stroke(theme.background, width=3)
        self.s_rider.add_updater(
            lambda m: m.move_to(axes.c2p(score(), float(sigmoid(score())))))
        self.s_rider.set_z_index(3)
        readout = ReadoutPanel([("z =", score, 2),
                                (r"\hat y =", lambda: float(sigmoid(score())), 3)],
                               theme, font_size=SIZES.body)
        for row in readout:  # the names as plain as their numbers, not faint grey
            row[0].set_color(theme.text)
        for number in readout.numbers:  # the colour of the side the point is on
            number.add_updater(lambda m: m.set_color(
                theme.class1 if score() > 0 else theme.class0 if score() < 0
                else theme.boundary))
        self.walker_readout = readout
        return VGroup(VGroup(axes, names, curve), readout).arrange(RIGHT, buff=READOUT_GAP)

    def model_pieces(self) -> VGroup:
        """The model card's three pieces in a row, each a small picture over its name: the
        line (the trained boundary's slope), the S and the two log-loss pieces, joined by
        plus signs."""
        theme = self.theme
        width, height = PIECE_SIZE
        theta = self.run.thetas[-1]
        # The line at the trained boundary's slope across the picture's box.
        slope = -theta[1] / theta[2]
        reach = min(width / 2, height / 2 / abs(slope))
        line = Line([-reach, -slope * reach, 0], [reach, slope * reach, 0],
                    color=theme.boundary, stroke_width=6)
        # The sides it splits, one dot of each class (not an axis: a reminder, not a plot).
        sides = VGroup(Dot([-width / 3, -height / 3, 0], radius=0.09, color=theme.class0),
                       Dot([width / 3, height / 3, 0], radius=0.09, color=theme.class1))
        line_piece = VGroup(sides, line)
        z = np.linspace(-6, 6, 61)
        s_piece = VMobject().set_points_as_corners(
            [[x * width / 12, (v - 0.5) * height, 0] for x, v in zip(z, sigmoid(z), strict=True)]
        ).set_stroke(theme.curve, width=5)
        q = np.linspace(0.03, 0.97, 48)
        lift = float(cat_cost(0.97))
        loss_piece = VGroup(*[
            VMobject().set_points_as_corners(
                [[(x - 0.5) * width, (c / lift - 0.5) * height, 0]
                 for x, c in zip(q, cost, strict=True)]).set_stroke(colour, width=5)
            for cost, colour in ((cross_entropy_from_proba(q, np.ones_like(q)), theme.class1),
                                 (cross_entropy_from_proba(q, np.zeros_like(q)), theme.class0))])
        row = VGroup()
        for k, (picture, word) in enumerate(((line_piece, "line"), (s_piece, "S"),
                                             (loss_piece, "log loss"))):
            if k:
                row.add(MathTex("+", font_size=SIZES.formula_large, color=theme.text))
            name = Text(word, font_size=SIZES.body, color=theme.text)
            row.add(VGroup(picture, name.next_to(picture, DOWN, buff=0.25)))
        row.arrange(RIGHT, buff=0.3, aligned_edge=UP)
        for plus in row[1::2]:  # each plus sign level with the pictures, not their names
            plus.set_y(row[0][0].get_center()[1])
        return row

    def descent_steps(self, parts: list[Mobject], run_time: float) -> list:
        """The loss history drawn left to right in ``run_time``, a dot riding its front, as the
        words say what each iteration does."""
        _, trace, _, _, rider = self.history_inset
        n = len(self.run.loss_history)

        def log_pace(t: float) -> float:
            """Even steps along the log axis: iteration n ** t at time t."""
            return (n ** t - 1) / (n - 1) if n > 1 else t

        rider.add_updater(lambda m: m.move_to(trace.get_end()))
        self.add(rider)
        return [Create(trace, rate_func=log_pace, run_time=run_time)]

    def second_reveal(self, i: int, parts: list[Mobject]) -> list:
        """The animations of term ``i``'s second mark."""
        if i == 1:  # the worked values
            return [FadeIn(parts[1], scale=1.5), FadeIn(parts[2])]
        if i == 2:  # confidently wrong: a cat's cost climbing its piece to the sure mistake
            return [self.wrong.animate.set_value(WRONG_TO)]
        if i == 3:  # the loss history's two ends named
            _, _, first, last, rider = self.history_inset
            rider.clear_updaters()
            # (the rider leaves the end it reached: no dot over the last tick)
            return [FadeIn(first), FadeIn(last), FadeOut(rider)]
        if i == 4:  # each side of the line coloured by the answer there
            field = parts[2]
            self.add(field)
            self.bring_to_back(field)
            return [FadeIn(field)]
        raise ValueError(f"term {i} has one mark")

    # -- pictures, each from core -------------------------------------------------------------

    def classification_picture(self) -> tuple[Group, list[Mobject]]:
        """The opening's picture: cats at label 0 and dogs at label 1 along one feature; the
        points lie grey along the feature axis, unlabelled, until the word."""
        theme = self.theme
        fit = label_line_fit()
        hi = float(math.ceil(fit.x.max()))
        axes = function_axes(theme, (0, hi, 2), (0, 1, 1), x_length=PLOT_SIZE[0],
                             y_length=PLOT_SIZE[1] * 0.8, x_numbers=tuple(range(2, int(hi) + 1,
                                                                                2)),
                             y_numbers=(0, 1), y_decimals=0, number_size=SIZES.label)
        names = VGroup(Text("feature", font_size=SIZES.label, color=theme.muted).next_to(
            axes.x_axis, DOWN, buff=0.55),
            Text("label", font_size=SIZES.label, color=theme.muted).next_to(
                axes.y_axis, UP, buff=0.15))
        # The key in the empty band between the two labels, clear of the axis and its name.
        key = legend(theme, CLASS_NAMES).arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        key.move_to(axes.c2p(hi / 2, 0.5))
        dots = point_cloud(axes, np.column_stack([fit.x, fit.y]), fit.y.astype(int), theme,
                           radius=0.1)
        # Unlabelled, the points lie grey along the feature's axis (no height: no label yet).
        fence = dots.copy().set_color(theme.muted)
        for dot in fence:
            dot.set_y(axes.c2p(0, 0)[1])
        self.fence = fence
        self.label_axes = axes
        frame = Group(axes, names, key, fence)
        return frame, [dots]

    def sigmoid_picture(self) -> tuple[Group, list[Mobject]]:
        """The sigmoid scene's picture: sigma(z) for z in [-6, 6] with the text's three worked
        values on it."""
        theme = self.theme
        # Ticks where the numbers are; the height one half is named by its worked value, and
        # zero by the axis itself.
        axes = function_axes(theme, (-6, 6, 3), (0, 1, 0.5), x_length=PLOT_SIZE[0],
                             y_length=PLOT_SIZE[1], x_numbers=(-6, -3, 0, 3, 6),
                             y_numbers=(1,), y_decimals=0, number_size=SIZES.label)
        names = plain_names(axes, theme, x="z", y=r"\sigma(z)")
        z = np.linspace(-6, 6, 121)
        curve = polyline(axes, z, sigmoid(z), theme.curve)
        worked = sigmoid_walkthrough(np.array(WORKED_Z))
        dots = VGroup(*[Dot(axes.c2p(a, v), radius=0.09, color=theme.highlight)
                        for a, v in zip(worked.z, worked.value, strict=True)])
        values = VGroup()
        for dot, v in zip(dots, worked.value, strict=True):
            label = MathTex(f"{v:.3g}", font_size=SIZES.formula_small, color=theme.highlight)
            # Under the S on the right, over it on the left: clear of the curve.
            label.next_to(dot, DOWN + RIGHT if v >= 0.5 else UP + LEFT, buff=0.12)
            values.add(label)
        self.sigmoid_parts = (axes, curve, dots, values)
        return Group(axes, names), [curve, dots, values]

    def log_loss_picture(self) -> tuple[Group, list[Mobject]]:
        """The log-loss chapter's picture: the cost of a prediction y-hat, -log y-hat when
        y = 1 (a dog), -log(1 - y-hat) when y = 0 (a cat)."""
        theme = self.theme
        top = math.ceil(cat_cost(WRONG_TO))  # the sure mistake's cost under the top
        axes = function_axes(theme, (0, 1, 0.5), (0, top, 1), x_length=PLOT_SIZE[0],
                             y_length=PLOT_SIZE[1], x_numbers=(0.5,), x_decimals=1,
                             y_numbers=tuple(range(0, top, 2)), y_decimals=0,
                             number_size=SIZES.label)
        # The ends written "0" and "1", not "0.0" and "1.0" (whose point vanishes at 480p
        # and leaves a "10"), on the baseline of 0.5.
        x_axis = axes.x_axis
        for end in (0, 1):
            number = SansNumber(end, num_decimal_places=0, font_size=SIZES.label,
                                color=theme.muted)
            number.next_to(x_axis.number_to_point(end), x_axis.label_direction,
                           buff=x_axis.line_to_number_buff)
            number.align_to(x_axis.numbers[0], DOWN)
            x_axis.numbers.add(number)
        # y-hat well past the axis' end: clear of the "1" under it.
        names = plain_names(axes, theme, x=r"\hat y", y=r"\text{loss}", buff=0.3)
        lo = 1 - WRONG_TO
        p = np.linspace(lo, 1 - lo, 99)
        if_dog = cross_entropy_from_proba(p, np.ones_like(p))
        if_cat = cross_entropy_from_proba(p, np.zeros_like(p))
        dog = polyline(axes, p, if_dog, theme.class1)
        cat = polyline(axes, p, if_cat, theme.class0)
        dog_name = MathTex(r"y = 1:\ -\log \hat y", font_size=SIZES.formula_small,
                           color=theme.class1)
        # Each name in the clear space between the two steep ends, beside its own curve.
        dog_name.next_to(axes.c2p(0.04, 3.4), RIGHT, buff=0.15)
        cat_name = MathTex(r"y = 0:\ -\log(1 - \hat y)", font_size=SIZES.formula_small,
                           color=theme.class0)
        cat_name.next_to(axes.c2p(0.86, 2.5), LEFT, buff=0.15)
        # Confidently wrong: a cat given ever more of a dog's probability climbs its piece
        # (on the right, clear of the loss axis), its y-hat and cost read out beside.
        self.wrong = ValueTracker(WRONG_FROM)
        rider = Dot(axes.c2p(WRONG_FROM, cat_cost(WRONG_FROM)), radius=0.11,
                    color=theme.highlight).set_stroke(theme.background, width=3)
        rider.add_updater(lambda m: m.move_to(axes.c2p(self.wrong.get_value(),
                                                       cat_cost(self.wrong.get_value()))))
        rider.set_z_index(3)
        self.loss_readout = ReadoutPanel(
            [(r"\hat y =", self.wrong.get_value, 2),
             (r"\text{loss} =", lambda: cat_cost(self.wrong.get_value()), 2)],
            theme, font_size=SIZES.body)
        for row in self.loss_readout:
            row[0].set_color(theme.text)
            row[1].add_updater(lambda m: m.set_color(theme.highlight))
        self.loss_parts = (axes, dog, cat, rider)
        return Group(axes, names), [dog, cat, dog_name, cat_name, rider]

    def descent_picture(self) -> tuple[Group, list[Mobject]]:
        """The from-scratch chapter's run: the lesson's clouds with the model of the current
        iteration over them (its probability of a dog, its line), and beside, in the words
        column, the loss history (iterations on a log axis) drawn up to that iteration."""
        theme = self.theme
        run = self.run
        history = run.loss_history
        n = len(history)
        decades = max(1.0, math.log10(n))
        top = float(np.ceil(history.max() * 10) / 10)
        axes = function_axes(theme, (0, decades, 1), (0, top, top / 2), x_length=HISTORY_SIZE[0],
                             y_length=HISTORY_SIZE[1],
                             x_numbers=tuple(10 ** k for k in range(int(decades) + 1)),
                             y_numbers=(0, top), y_decimals=1, x_log=True,
                             number_size=SIZES.label)
        for number in axes.x_axis.numbers:  # 1000, as the code writes it
            number.group_with_commas = False
            number.set_value(number.get_value())
        names = VGroup(
            Text("iteration", font_size=SIZES.label, color=theme.muted).next_to(
                axes.x_axis, RIGHT, buff=0.2),
            MathTex("L", font_size=SIZES.formula, color=theme.loss).next_to(
                axes.y_axis, UP, buff=0.12))
        xs = np.log10(np.arange(1, n + 1))
        trace = polyline(axes, xs, history, theme.loss)
        first = MathTex(f"{history[0]:.2f}", font_size=SIZES.formula_small, color=theme.loss)
        # Over the curve's start, right of the loss axis' name: clear of the curve below.
        first.next_to(axes.c2p(xs[0], history[0]), UP + RIGHT, buff=0.1)
        last = MathTex(f"{history[-1]:.3f}", font_size=SIZES.formula_small, color=theme.loss)
        last.next_to(axes.c2p(xs[-1], history[-1]), UP, buff=0.3)
        rider = Dot(axes.c2p(xs[0], history[0]), radius=0.09, color=theme.loss)
        rider.set_z_index(3)
        self.descent_parts = (axes, trace)
        self.history_inset = VGroup(VGroup(axes, names), trace, first, last, rider)

        def step() -> int:
            """The iteration the loss history has been drawn to (where its rider is)."""
            k = round(10 ** float(axes.p2c(rider.get_center())[0]))
            return min(max(k, 1), n)

        self.descent_step = step
        # The weights and bias of that iteration, read out beside the rule that steps them.
        # (rounded as shown, plus 0.0: the bias's first small steps never read "-0.00")
        self.weight_readout = ReadoutPanel(
            [(name, lambda k=k: float(np.round(run.thetas[step()][k], 2)) + 0.0, 2)
             for name, k in (("w_1 =", 1), ("w_2 =", 2), ("b =", 0))],
            theme, font_size=SIZES.body)
        for row in self.weight_readout:  # the names as plain as their numbers
            row[0].set_color(theme.text)
        plane = data_plane(theme, run.dataset, side=MODEL_PLANE_SIDE)
        plane_names = plain_names(plane, theme)
        dots = plane_dots(plane, run.dataset, theme)
        field = ProbabilityField(plane, lambda: run.thetas[step()], theme)
        line = BoundaryLine(plane, lambda: run.thetas[step()], theme, with_normal=False)
        line.line.set_stroke(width=6)
        self.descent_plane = (plane, field, line)
        field.set_z_index(-1)
        return Group(plane, plane_names, dots), [field, line]

    def boundary_picture(self) -> tuple[Group, list[Mobject]]:
        """The boundary chapter's picture: the lesson's clouds split by the trained line."""
        theme = self.theme
        data = self.run.dataset
        axes = data_plane(theme, data, side=PLANE_SIDE)
        names = plain_names(axes, theme)
        dots = plane_dots(axes, data, theme)
        segment = boundary_segment(self.run.thetas[-1], *axes_box(axes))
        assert segment is not None, "the trained boundary misses the picture"
        line = Line(*(axes.c2p(*p) for p in segment), color=theme.boundary, stroke_width=6)
        zero = MathTex("z = 0", font_size=SIZES.formula, color=theme.boundary)
        end = line.get_start() if line.get_start()[1] < line.get_end()[1] else line.get_end()
        # Under the line's lower end, outside the plane: clear of the shading and the dots.
        zero.next_to(end, DOWN, buff=0.15)
        # Each side coloured by the answer there: the trained model's probability of a dog.
        field = ProbabilityField(axes, lambda: self.run.thetas[-1], theme)
        field.clear_updaters()
        self.boundary_field = field
        self.boundary_parts = (axes, line)
        return Group(axes, names, dots), [line, zero, field]

    def regression_picture(self) -> tuple[Group, list[Mobject]]:
        """The trained model: its probability of a dog over the lesson's plane (amber for dog,
        blue for cat) under the clouds, and the weights and bias it learned."""
        theme = self.theme
        data = self.run.dataset
        theta = self.run.thetas[-1]
        axes = data_plane(theme, data, side=MODEL_PLANE_SIDE)
        names = plain_names(axes, theme)
        field = ProbabilityField(axes, lambda: theta, theme)
        field.clear_updaters()  # a still: the weights never change here
        field.set_z_index(-1)  # under the axes and the dots, shown with them
        dots = plane_dots(axes, data, theme)
        b, w1, w2 = theta
        # The score with the learned weights and bias written in (on "a score from weights").
        numbers = MathTex(rf"z = {w1:.2f}\,x_1 + {w2:.2f}\,x_2 {'-' if b < 0 else '+'} "
                          rf"{abs(b):.2f}", font_size=SIZES.formula, color=theme.text)
        # The decision boundary of the card before, where the probability is one half.
        segment = boundary_segment(theta, *axes_box(axes))
        assert segment is not None, "the trained boundary misses the picture"
        line = Line(*(axes.c2p(*p) for p in segment), color=theme.boundary, stroke_width=6)
        self.regression_dots, self.regression_line = dots, line
        # A point walked from the cats' middle toward the dogs' (from score -WALK_Z to
        # +WALK_Z, so sigma(z) stays readable, never a rounded 0 or 1); core's score and
        # sigmoid read out as it goes.
        middles = [data.X[data.y == label].mean(axis=0) for label in (0, 1)]
        # (its readout is beside the S of the words column, with a twin point riding the S)
        walker = ScoreWalk(axes, theta, *middles, -WALK_Z, WALK_Z, theme)
        self.walk, self.walker, self.walker_at = walker.walk, walker.dot, walker.at
        self.walker_z = walker.z
        self.regression_parts = (axes, field, numbers)
        return Group(axes, names, dots, line), [field]


def plain_names(axes, theme, x: str = "x_1", y: str = "x_2",  # noqa: ANN001
                buff: float = 0.12) -> VGroup:
    """The axes' names just past their ends (as ``axis_names`` sets them) in the text colour
    and at formula size: a name and its subscript read as clearly as the picture's numbers."""
    x_name = MathTex(x, font_size=SIZES.formula, color=theme.text)
    x_name.next_to(axes.x_axis.get_right(), RIGHT, buff=buff)
    y_name = MathTex(y, font_size=SIZES.formula, color=theme.text)
    y_name.next_to(axes.y_axis.get_top(), UP, buff=0.12)
    return VGroup(x_name, y_name)


def plane_dots(axes, data, theme) -> VGroup:  # noqa: ANN001
    """The lesson's clouds on a plane, each dot large with a dark rim, so that it stands out
    on the shading of its own colour."""
    return point_cloud(axes, data.X, data.y, theme, radius=PLANE_DOT).set_stroke(
        theme.background, width=PLANE_DOT_RIM)


SCENES_IN_ORDER = [VocabularyClosingCard]
