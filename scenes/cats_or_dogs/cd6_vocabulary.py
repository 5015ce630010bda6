"""Cats or Dogs, part 6: the lesson's vocabulary, as a recap of its pictures.

Six words, one at a time, each beside the picture of the lesson that it names, redrawn large
from core (cats and dogs dropping onto their labels, the S with its worked values, the two
log-loss pieces, the loss history of the training run, the trained boundary, the trained
model's probability over the plane), with its formula in one notation throughout (the score
is z = w1 x1 + w2 x2 + b, the prediction y-hat = sigma(z)) and what it means; on the last
word a point walks across the boundary while its score and probability are read out. A strip
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
    VGroup,
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
    ProbabilityField,
    ReadoutPanel,
    SansNumber,
    ScoreWalk,
    axes_box,
)
from scenes.common.plots import function_axes, legend, point_cloud, polyline
from scenes.common.quiz import wrapped
from scenes.common.script import Script
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
             "yes-or-no prediction: {wrong} it climbs steeply as a prediction becomes "
             "confidently wrong.",
             "log-loss"),
        Term("Gradient descent", (r"w \leftarrow w - \eta\,\partial L/\partial w",
                                  r"b \leftarrow b - \eta\,\partial L/\partial b",
                                  rf"L = \text{{log loss}},\quad \eta = {learning_rate:g}"),
             "Each iteration steps the weights and the bias against the gradient of the "
             "loss.",
             "Gradient descent: {steps} each iteration steps the weights and the bias against "
             f"the gradient, scaled by the learning rate, here {learning_rate:g}. {{curve}} "
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
             "dogs. {trained} The weights come from gradient descent on log loss, and despite "
             "its name, the model classifies.",
             "from-scratch"),
    )


#: Where the terms go, two rows along the bottom.
TERMS_STRIP = FORMULA_STRIP
#: Where the pictures go: the left of the body, above the strip of words.
PICTURE = Region("picture", BODY.left, BODY.left + 6.1, TERMS_STRIP.top + GUTTER, BODY.top)
#: Where the word, its formulas and its meaning go: right of the picture.
WORDS_COLUMN = Region("words", PICTURE.right + 0.6, BODY.right, TERMS_STRIP.top + GUTTER,
                      BODY.top)
#: How the heading says the number of words.
NUMBER_WORDS = {4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}
#: The terms whose formulas come with the word (the rest: with what the word means).
FORMULA_ON_WORD = (1, 2, 3, 4)
#: The meaning's wrap width, in characters.
MEANING_WRAP = 30
#: The sigmoid scene's worked scores (the text's), marked on the S.
WORKED_Z = (-5.0, 0.0, 5.0)
#: The size of the function plots (axes lines), in scene units: with their names and
#: numbers they fit the picture region as drawn (never shrunk, so no text under its size).
PLOT_SIZE = (4.6, 3.9)
#: The loss history's height: its axis names above and below take the rest.
HISTORY_HEIGHT = 2.9
#: The side of the square planes of the lesson's clouds.
PLANE_SIDE = 4.1
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
        heading = self.heading(f"The lesson in {NUMBER_WORDS[len(self.terms)]} terms")

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
                # no part of what fades out after.
                frame.remove(self.fence)
            self.pictures.append((frame, parts))
            self.columns.append(self.words_column(term))

        # The opening shows where the lesson ended: the trained model over its data (the last
        # word's picture, which leaves for the first word's and comes back at the end).
        end_frame, (end_field, _) = self.pictures[-1]
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
                    # The loss falls, step by step, from the word on, while the steps are
                    # described; what the rule means comes on its words.
                    self.play(*self.descent_steps(parts, max(b.time_until(marks[1]) - 0.1,
                                                             1.0)),
                              Succession(Wait(b.time_until(marks[0])),
                                         FadeIn(meaning, shift=0.2 * UP, run_time=1.2)))
                else:
                    b.wait_until(marks[0])
                    self.play(*([] if i in FORMULA_ON_WORD else [FadeIn(formulas, shift=0.2 * UP)]),
                              FadeIn(meaning, shift=0.2 * UP),
                              *self.reveal(i, parts), run_time=1.2)
                if len(marks) > 1:
                    b.wait_until(marks[1])
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
            self.play(self.strip_state(len(self.terms) - 1, "seen"),
                      FadeOut(model_s), FadeOut(self.s_rider), FadeOut(self.walker),
                      FadeIn(self.score, shift=0.2 * UP), run_time=1)
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
        meaning = (wrapped(term.meaning, MEANING_WRAP, font_size=SIZES.body, color=theme.text)
                   if term is not self.terms[-1] else self.model_s())
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
        if i == 4:  # the boundary
            return [Create(parts[0])]
        if i == 5:  # the line and the S together, joined by their formulas
            _, formulas, model_s = self.columns[5]
            # (the S alone: its point and readout come with the point on "squeezed")
            return [FadeIn(formulas, shift=0.2 * UP), FadeIn(model_s[0])]
        return []

    def reveal(self, i: int, parts: list[Mobject]) -> list:
        """The animations that show what term ``i`` means, on its first mark (with its
        formulas and meaning)."""
        if i == 0:  # the grey points on the feature axis take their labels: dogs rise to 1
            return [ReplacementTransform(self.fence, parts[0])]
        if i == 4:  # the boundary named: z = 0 on it
            return [FadeIn(parts[1])]
        return []  # the sigmoid, log loss, descent: drawn on the word

    def regression_beat(self, b: object, parts: list[Mobject]) -> None:
        """The model card after its word: the score's weights, the probability over the plane
        with a point and its twin on the S, the walk across the line (a stop on it, where
        z = 0 and y-hat = 1/2), and where the weights came from."""
        theme = self.theme
        field, numbers = parts
        _, formulas, _ = self.columns[5]
        b.wait_until("score")
        self.play(FadeIn(numbers, shift=0.2 * UP),
                  Indicate(formulas[1], color=theme.highlight), run_time=1.2)
        b.wait_until("squeeze")
        self.add(field)
        self.bring_to_back(field)
        self.play(FadeIn(field), FadeIn(self.walker, scale=0.5),
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
        b.wait_until("trained")
        self.play(Indicate(numbers, color=theme.highlight),
                  Indicate(self.strip[3], color=theme.highlight),
                  Indicate(self.strip[2], color=theme.highlight), run_time=1.5)

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

    def descent_steps(self, parts: list[Mobject], run_time: float) -> list:
        """The loss history drawn left to right in ``run_time``, a dot riding its front, as the
        words say what each iteration does."""
        trace, _, _, rider = parts
        n = len(self.run.loss_history)

        def log_pace(t: float) -> float:
            """Even steps along the log axis: iteration n ** t at time t."""
            return (n ** t - 1) / (n - 1) if n > 1 else t

        rider.add_updater(lambda m: m.move_to(trace.get_end()))
        self.add(rider)
        return [Create(trace, rate_func=log_pace, run_time=run_time)]

    def second_reveal(self, i: int, parts: list[Mobject]) -> list:
        """The animations of term ``i``'s second mark."""
        theme = self.theme
        if i == 1:  # the worked values
            return [FadeIn(parts[1], scale=1.5), FadeIn(parts[2])]
        if i == 2:  # confidently wrong: the two ends where the costs climb
            return [FadeIn(parts[4], scale=1.5),
                    Indicate(parts[2], color=theme.highlight),
                    Indicate(parts[3], color=theme.highlight)]
        if i == 3:  # the loss history's two ends named
            parts[3].clear_updaters()
            return [FadeIn(parts[1]), FadeIn(parts[2], scale=1.5)]
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
        axes = function_axes(theme, (0, 1, 0.5), (0, 4, 1), x_length=PLOT_SIZE[0],
                             y_length=PLOT_SIZE[1], x_numbers=(0.5,), x_decimals=1,
                             # no "4" at the top: the confidently wrong ends' dots sit there
                             y_numbers=(0, 2), y_decimals=0, number_size=SIZES.label)
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
        p = np.linspace(0.02, 0.98, 97)
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
        # Confidently wrong: a dog given y-hat near 0, a cat given y-hat near 1.
        ends = VGroup(*[Dot(axes.c2p(q, float(cross_entropy_from_proba(q, label))),
                            radius=0.1, color=theme.highlight)
                        for q, label in ((0.02, 1.0), (0.98, 0.0))])
        self.loss_parts = (axes, dog, cat, ends)
        return Group(axes, names), [dog, cat, dog_name, cat_name, ends]

    def descent_picture(self) -> tuple[Group, list[Mobject]]:
        """The from-scratch chapter's picture: the training run's loss history, iterations on
        a log axis, its first and last values named."""
        theme = self.theme
        history = self.run.loss_history
        n = len(history)
        decades = max(1.0, math.log10(n))
        top = float(np.ceil(history.max() * 10) / 10)
        axes = function_axes(theme, (0, decades, 1), (0, top, top / 2), x_length=PLOT_SIZE[0],
                             y_length=HISTORY_HEIGHT,
                             x_numbers=tuple(10 ** k for k in range(int(decades) + 1)),
                             y_numbers=(0, top / 2, top), y_decimals=2, x_log=True,
                             number_size=SIZES.label)
        for number in axes.x_axis.numbers:  # 1000, as the code writes it
            number.group_with_commas = False
            number.set_value(number.get_value())
        names = VGroup(
            Text("iteration (log scale)", font_size=SIZES.label, color=theme.muted).next_to(
                axes.x_axis, DOWN, buff=0.55),
            Text("log loss", font_size=SIZES.label, color=theme.loss).next_to(
                axes.y_axis, UP, buff=0.15))
        xs = np.log10(np.arange(1, n + 1))
        trace = polyline(axes, xs, history, theme.loss)
        first = MathTex(f"{history[0]:.2f}", font_size=SIZES.formula_small, color=theme.loss)
        first.next_to(axes.c2p(xs[0], history[0]), RIGHT, buff=0.2)
        last = VGroup(Dot(axes.c2p(xs[-1], history[-1]), radius=0.09, color=theme.loss),
                      MathTex(f"{history[-1]:.3f}", font_size=SIZES.formula_small,
                              color=theme.loss))
        last[1].next_to(last[0], UP + LEFT, buff=0.1)
        rider = Dot(axes.c2p(xs[0], history[0]), radius=0.09, color=theme.loss)
        self.descent_parts = (axes, trace)
        return Group(axes, names), [trace, first, last, rider]

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
        axes = data_plane(theme, data, side=PLANE_SIDE)
        names = plain_names(axes, theme)
        field = ProbabilityField(axes, lambda: theta, theme)
        field.clear_updaters()  # a still: the weights never change here
        dots = plane_dots(axes, data, theme)
        b, w1, w2 = theta
        numbers = MathTex(rf"w_1 = {w1:.2f},\ w_2 = {w2:.2f},\ b = {b:.2f}",
                          font_size=SIZES.formula_small, color=theme.text)
        numbers.next_to(axes, DOWN, buff=0.4)
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
        return Group(axes, names, dots, line), [field, numbers]


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
