"""Cats or Dogs, part 6: the lesson's vocabulary as a closing card.

Five words, one row each, built up one at a time: a small picture redrawn from core after
the lesson's own scenes (cats at 0 and dogs at 1, the trained model's probability over the
plane, the S with its worked values, the clouds split by the trained boundary, the two
log-loss pieces), the word, and what it means in a sentence. Then a look at what comes next.
"""

from __future__ import annotations

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Axes,
    Create,
    Dot,
    FadeIn,
    FadeOut,
    Group,
    Indicate,
    Line,
    MathTex,
    ReplacementTransform,
    Text,
    VGroup,
    VMobject,
    Write,
)

from core import cross_entropy_from_proba, sigmoid
from core.cats_dogs import sigmoid_walkthrough
from core.cats_dogs_intro import label_line_fit
from core.geometry import boundary_segment
from scenes.cats_or_dogs.lesson import lesson_params, lesson_run
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, FOOTER, GUTTER, Region
from scenes.common.pieces import ProbabilityField, axes_box
from scenes.common.plots import point_cloud
from scenes.common.quiz import wrapped
from scenes.common.script import Script
from scenes.common.theme import SIZES, Theme

#: What a lecture file may set: the lesson's data and training, pictured in two rows.
PARAMETERS = {"seed": "int", "learning_rate": "positive float", "n_iterations": "count <= 20000"}

#: (word, formula or None, meaning, narration). The meanings paraphrase the lesson's glossary.
#: Each narration's one mark is where its meaning is said, named apart from the other rows'
#: marks (a scene's marks are told apart by name).
WORDS: tuple[tuple[str, str | None, str, str], ...] = (
    ("Classification", None,
     "Predicting a category, cat or dog, instead of a number.",
     "Classification: {category} the answer is a category, cat or dog, not a quantity."),
    ("Logistic regression", r"\hat y = \sigma(w \cdot x + b)",
     "Linear score, sigmoid, log loss: a classifier.",
     "Logistic regression: {score} a straight-line score, squeezed by the sigmoid, trained "
     "on log loss. Despite the name, it classifies."),
    ("Sigmoid", r"\sigma(z) = 1/(1 + e^{-z})",
     "The S-curve that squeezes any score to between 0 and 1.",
     "The sigmoid: {curve} the S-curve that turns any score into a probability."),
    ("Decision boundary", r"w \cdot x + b = 0",
     "Score zero: the line or plane where the answer flips.",
     "The decision boundary: {flip} the line where the score is zero and the answer flips."),
    ("Log loss", r"-\,y\log\hat y - (1-y)\log(1-\hat y)",
     "Binary cross-entropy: the usual cost of a yes-or-no guess.",
     "And log loss, {cost} also called binary cross-entropy: the standard cost for a yes-or-no "
     "prediction."),
)

#: The parts of each small picture that move on the word that says what the picture shows
#: (its other parts come on with the word itself): the points dropping onto their labels, the
#: field, the S and its worked values, the boundary, the two costs.
KEY_PARTS = ((1,), (0,), (1, 2), (2,), (1, 2))
#: The sigmoid scene's worked scores (the text's), marked on the small S.
WORKED_Z = (-5.0, 0.0, 5.0)
#: Pixels of the small probability field.
FIELD_SHAPE = (40, 40)
#: The rows share the body above the footer, where what comes next is said.
ROWS = Region("rows", BODY.left, BODY.right, FOOTER.top + GUTTER, BODY.top)
ROW_HEIGHT = ROWS.height / len(WORDS)
#: Size of each small picture: as tall as a row allows, a little gap between rows.
ICON_SIZE = (2.8, ROW_HEIGHT - 0.15)
#: Dots of the small pictures.
ICON_DOT = 0.08
FIRST_ROW_Y = ROWS.top - ROW_HEIGHT / 2
#: Left edges of the picture and word columns (the meanings start right of the widest word
#: block); the meaning's wrap width, in characters.
COLUMNS = (ROWS.left, ROWS.left + ICON_SIZE[0] + 0.3)
COLUMN_GAP = 0.45
MEANING_WRAP = 32


def mini_axes(theme: Theme, x_range: tuple[float, float], y_range: tuple[float, float]) -> Axes:
    """Bare axes for a small picture: two faint lines, no ticks."""
    width, height = ICON_SIZE
    return Axes(x_range=[*x_range, x_range[1] - x_range[0]],
                y_range=[*y_range, y_range[1] - y_range[0]], x_length=width, y_length=height,
                tips=False, axis_config={"color": theme.muted, "stroke_width": 1,
                                         "include_ticks": False})


def curve(axes: Axes, xs: np.ndarray, ys: np.ndarray, colour: str) -> VMobject:
    """Core's values joined into a line on ``axes``."""
    line = VMobject(color=colour, stroke_width=4)
    line.set_points_as_corners(axes.c2p(np.column_stack([xs, ys, np.zeros_like(xs)])))
    return line


class VocabularyClosingCard(LectureScene):
    """The five words of the lesson, one row at a time, each with a small picture from core,
    and what comes next."""

    uses_params = ("seed", "learning_rate", "n_iterations")

    def construct(self) -> None:
        theme = self.theme
        run = lesson_run()
        self.run = run
        heading = self.heading("Five words to keep")
        self.rows = VGroup()
        for i, (word, formula, meaning, _) in enumerate(WORDS):
            self.rows.add(self.row(i, word, formula, meaning))
        self.icons = Group(self.classification_icon(), self.regression_icon(),
                            self.sigmoid_icon(), self.boundary_icon(), self.log_loss_icon())
        # The meanings' column starts clear of the widest word block (a formula, say).
        meaning_left = max(VGroup(*row[:-1]).get_right()[0] for row in self.rows) + COLUMN_GAP
        for row in self.rows:
            row[-1].move_to([meaning_left, VGroup(*row[:-1]).get_y(), 0], aligned_edge=LEFT)
            Region("meaning", meaning_left, ROWS.right, ROWS.bottom, ROWS.top).place(
                row[-1], aligned=LEFT)
            row[-1].set_y(VGroup(*row[:-1]).get_y())
        for icon, row in zip(self.icons, self.rows, strict=True):
            # Inset a little: dots drawn on a picture's edge reach past its axes.
            icon.move_to([COLUMNS[0] + 0.1 + ICON_SIZE[0] / 2, row.get_center()[1], 0])

        # The five words come on dimmed as they are announced, then each lights in turn.
        names = VGroup(*[row[0] for row in self.rows])
        names.set_color(theme.muted)
        with self.beat("Before we stop, here are {five} the five words this lesson gave "
                       "you.") as b:
            self.play(Write(heading), run_time=1)
            b.wait_until("five")
            self.play(FadeIn(names, shift=0.2 * RIGHT, lag_ratio=0.2), run_time=1.2)
        for row, icon, keys, (*_, narration) in zip(self.rows, self.icons, KEY_PARTS, WORDS,
                                                    strict=True):
            key = [icon[k] for k in keys]
            rest = [m for m in icon if all(m is not k for k in key)]
            moves = [Create(m) if isinstance(m, VMobject) and not isinstance(m, VGroup)
                     else FadeIn(m) for m in key]
            if icon is self.icons[0]:
                # Classification: the points wait on the fence at one half, then drop onto
                # their labels, 0 or 1.
                dots = key[0]
                fence = dots.copy().set_color(theme.muted)
                for dot in fence:
                    dot.set_y(icon[0].c2p(0, 0.5)[1])
                rest.append(fence)
                moves = [ReplacementTransform(fence, dots)]
            # Step: one word
            with self.beat(narration) as b:
                self.play(*[FadeIn(m, shift=0.2 * RIGHT) for m in rest],
                          row[0].animate.set_color(theme.highlight), run_time=0.7)
                b.wait_until(Script.parse(narration).marks[0])
                # A field goes under the points and axes it lies beneath.
                fields = [m for m in key if not isinstance(m, VMobject)]
                if fields:
                    self.add(*fields)
                    self.bring_to_back(*fields)
                self.play(*moves, *[FadeIn(part, shift=0.2 * LEFT) for part in row[1:]],
                          run_time=1.2)

        # Step: what comes next
        params = lesson_params()
        accuracy = run.accuracy
        self.next_up = Text(
            "Next: is the model actually good? Train/test splits and overfitting.",
            font_size=SIZES.label, color=theme.text)
        FOOTER.place(self.next_up)
        # The score said, shown as it is said (core's accuracy of the lesson's run).
        self.score = Text(f"{100 * accuracy:.0f}% training accuracy after "
                          f"{params.n_iterations} steps", font_size=SIZES.label,
                          color=theme.good)
        FOOTER.place(self.score)
        with self.beat(f"Our model scored {100 * accuracy:.0f} percent on the data it "
                       f"learned from, after {params.n_iterations} steps. {{next}} Whether it "
                       "would do as well on new cats and dogs is the next question.") as b:
            self.play(FadeIn(self.score, shift=0.2 * UP),
                      *[Indicate(row[0], color=theme.good, scale_factor=1.06)
                        for row in self.rows], lag_ratio=0.15, run_time=1.6)
            b.wait_until("next")
            self.play(FadeOut(self.score, shift=0.2 * UP),
                      FadeIn(self.next_up, shift=0.2 * DOWN), run_time=0.8)

    # -- rows ---------------------------------------------------------------------------------

    def row(self, i: int, word: str, formula: str | None, meaning: str) -> VGroup:
        """The word (with its formula under it, if any) and its meaning, centred on row ``i``."""
        theme = self.theme
        y = FIRST_ROW_Y - i * ROW_HEIGHT
        name = Text(word, font_size=SIZES.body, color=theme.highlight, weight="BOLD")
        left = VGroup(name)
        if formula:
            tex = MathTex(formula, font_size=SIZES.formula, color=theme.text)
            left.add(tex)
            left.arrange(DOWN, aligned_edge=LEFT, buff=0.12)
        left.move_to([COLUMNS[1], y, 0], aligned_edge=LEFT)
        # Placed in its column by construct, once every row's word block is known.
        text = wrapped(meaning, MEANING_WRAP, font_size=SIZES.body, color=theme.text)
        return VGroup(*left, text)

    # -- pictures, each from core ------------------------------------------------------------

    def classification_icon(self) -> VGroup:
        """The opening's picture: cats at label 0 and dogs at label 1 along one feature."""
        fit = label_line_fit()
        axes = mini_axes(self.theme, (0, 10), (-0.25, 1.25))
        dots = point_cloud(axes, np.column_stack([fit.x, fit.y]), fit.y.astype(int),
                           self.theme, radius=ICON_DOT)
        return VGroup(axes, dots)

    def regression_icon(self) -> Group:
        """The training scene's picture: the trained model's probability of a dog over the
        lesson's plane (amber for dog, blue for cat) with the clouds on it; no line (the
        boundary has its own picture)."""
        theta = self.run.thetas[-1]
        data = self.run.dataset
        axes = self.data_axes()
        field = ProbabilityField(axes, lambda: theta, self.theme, shape=FIELD_SHAPE)
        field.clear_updaters()  # a still: the weights never change here
        dots = point_cloud(axes, data.X[::3], data.y[::3], self.theme, radius=ICON_DOT)
        return Group(field, axes, dots)

    def sigmoid_icon(self) -> VGroup:
        """The sigmoid scene's picture: sigma(z) for z in [-6, 6] with the text's three worked
        values on it."""
        axes = mini_axes(self.theme, (-6, 6), (0, 1))
        z = np.linspace(-6, 6, 121)
        worked = sigmoid_walkthrough(np.array(WORKED_Z))
        dots = VGroup(*[Dot(axes.c2p(a, v), radius=ICON_DOT, color=self.theme.highlight)
                        for a, v in zip(worked.z, worked.value, strict=True)])
        return VGroup(axes, curve(axes, z, sigmoid(z), self.theme.curve), dots)

    def boundary_icon(self) -> VGroup:
        """The lesson's clouds split by the trained boundary."""
        data = self.run.dataset
        axes = self.data_axes()
        dots = point_cloud(axes, data.X[::3], data.y[::3], self.theme, radius=ICON_DOT)
        return VGroup(axes, dots, self.boundary(axes))

    def boundary(self, axes: Axes) -> Line:
        """The trained boundary across a picture of the plane."""
        segment = boundary_segment(self.run.thetas[-1], *axes_box(axes))
        assert segment is not None, "the trained boundary misses the picture"
        return Line(*(axes.c2p(*p) for p in segment), color=self.theme.boundary,
                    stroke_width=5)

    def log_loss_icon(self) -> VGroup:
        """The cost of a prediction y-hat: -log y-hat when y = 1, -log(1 - y-hat) when y = 0."""
        axes = mini_axes(self.theme, (0, 1), (0, 4))
        p = np.linspace(0.02, 0.98, 97)
        if_dog = cross_entropy_from_proba(p, np.ones_like(p))
        if_cat = cross_entropy_from_proba(p, np.zeros_like(p))
        return VGroup(axes, curve(axes, p, if_dog, self.theme.class1),
                      curve(axes, p, if_cat, self.theme.class0))

    def data_axes(self) -> Axes:
        """A picture-sized box holding every point of the lesson's clouds: as tall as the
        clouds, as wide as the picture, one scale on both axes (the clouds keep their shape
        and the boundary its angle)."""
        X = self.run.dataset.X
        reach = float(np.ceil(np.abs(X).max() + 0.3))
        width, height = ICON_SIZE
        wide = reach * width / height
        return Axes(x_range=[-wide, wide, wide], y_range=[-reach, reach, reach],
                    x_length=width, y_length=height,
                    tips=False, axis_config={"color": self.theme.muted, "stroke_width": 1,
                                             "include_ticks": False})


SCENES_IN_ORDER = [VocabularyClosingCard]
