"""The "Cats or Dogs?" lesson's parameters and its one training run, shared by its chapters.

A teacher may change the data seed, the learning rate and the number of iterations in the lecture
file; every chapter reads them here (checked, defaults filled in) so all chapters show the same
run.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass

import numpy as np
from manim import DOWN, LEFT, RIGHT, UP, Axes, Mobject, VGroup

from core.cats_dogs import FromScratchRun, from_scratch_run
from core.datasets import Dataset
from scenes.common.layout import BODY, GUTTER, SIDE, STAGE, Region
from scenes.common.params import scene_params
from scenes.common.pieces import SansNumber
from scenes.common.plots import plane_axes
from scenes.common.quiz import Quiz, quiz_card
from scenes.common.theme import SIZES, Theme

#: The lesson's two labels, as its legends name them.
CLASS_NAMES = ("class 0: cat", "class 1: dog")


@dataclass(frozen=True)
class LessonParams:
    """The lesson's knobs; the defaults are the course text's values."""

    seed: int = 0  # np.random.seed(0)
    learning_rate: float = 0.1
    n_iterations: int = 1000


#: The text's values, used when the lecture file sets nothing.
DEFAULTS = LessonParams()


def _integer(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < minimum:
        raise ValueError(f"parameter '{name}' must be an integer >= {minimum}; got {value!r}")
    return int(value)


#: Every lesson parameter; a scene class lists the ones it reads in ``uses_params``.
ALL_PARAMS = ("seed", "learning_rate", "n_iterations")


def lesson_params(names: tuple[str, ...] = ALL_PARAMS) -> LessonParams:
    """The lesson's parameters from ``scene_params()``, defaults filled in, each one checked.

    Only ``names`` are read (the others keep the text's values), so a scene that uses some of
    them reads exactly what its ``uses_params`` lists.

    Raises
    ------
    ValueError
        Naming the parameter, what it must be and what came (a negative learning rate, a
        fractional number of iterations, an unknown key, ...).
    """
    raw = scene_params()
    known = {"seed", "learning_rate", "n_iterations", "theme"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValueError(f"unknown parameter {unknown[0]!r}; expected one of {sorted(known)}")
    unknown_names = sorted(set(names) - set(ALL_PARAMS))
    if unknown_names:
        raise ValueError(f"no lesson parameter {unknown_names[0]!r}; expected {ALL_PARAMS}")

    def read(name: str) -> object:
        return raw.get(name, getattr(DEFAULTS, name)) if name in names else getattr(DEFAULTS,
                                                                                    name)

    seed = _integer("seed", read("seed"), 0)
    n_iterations = _integer("n_iterations", read("n_iterations"), 1)
    rate = read("learning_rate")
    if (isinstance(rate, bool) or not isinstance(rate, numbers.Real)
            or not math.isfinite(rate) or rate <= 0):
        raise ValueError(f"parameter 'learning_rate' must be a finite number > 0; got {rate!r}")
    return LessonParams(seed=seed, learning_rate=float(rate), n_iterations=n_iterations)


def lesson_run() -> FromScratchRun:
    """Core's from-scratch run for the current parameters."""
    p = lesson_params()
    return from_scratch_run(p.learning_rate, p.n_iterations, seed=p.seed)


def data_box(data: Dataset) -> tuple[tuple[float, float], tuple[float, float]]:
    """A square box centred on 0 that holds every point with a margin (at least [-5, 5])."""
    reach = max(5.0, float(np.ceil(np.abs(data.X).max() + 0.4)))
    return (-reach, reach), (-reach, reach)


def data_plane(theme: Theme, data: Dataset, side: float = 5.8) -> Axes:
    """Square axes that hold the clouds (see :func:`data_box`)."""
    return plane_axes(theme, x_length=side, box=data_box(data))


#: Room the plane keeps above its box for the name of x_2, and beside it for x_1.
NAME_ROOM = 0.5
#: Room for half the stroke of a line drawn to the plane's edge (the boundary).
STROKE_ROOM = 0.05


def plane_on_the_left(theme: Theme, data: Dataset, top_room: float = 0.0
                      ) -> tuple[Axes, Region]:
    """The lesson's square plane as tall as the body allows (less ``top_room`` for a legend
    over it), against the body's left edge; and the region right of it for the column."""
    side = BODY.height - NAME_ROOM - top_room - 2 * STROKE_ROOM
    axes = data_plane(theme, data, side=side)
    # A line drawn to the box's edge still has half its stroke outside it.
    axes.move_to([BODY.left + STROKE_ROOM + side / 2, BODY.bottom + STROKE_ROOM + side / 2, 0])
    column = Region("column", axes.get_right()[0] + NAME_ROOM + GUTTER, BODY.right,
                    BODY.bottom, BODY.top)
    return axes, column


def clear_tick_numbers(axes: Axes, theme: Theme, X: np.ndarray, every: int = 2,
                       margin: float = 0.1, drop_covering: bool = False,
                       font_size: int = SIZES.caption, each_side: bool = False) -> VGroup:
    """Every ``every``-th whole number on both axes of the plane (zero left out: it would sit
    on the crossing), all the numbers of an axis on one side of it: the side whose numbers
    cover fewer of the points ``X`` (below the x axis and left of the y axis on a tie), each on
    a patch of background. With ``drop_covering``, a number whose patch would still hide one of
    the points is left out (its tick mark stays). ``font_size`` (a size of the type scale) sets
    the numbers larger where the plane is big. With ``each_side``, every number takes the
    clearer side of its axis on its own (the positive numbers of an axis on one side, the
    negative ones on the other, say, when the clouds fill opposite quadrants)."""
    numbers = VGroup()
    for axis, sides in ((axes.x_axis, (DOWN, UP)), (axes.y_axis, (LEFT, RIGHT))):
        lo, hi = axis.x_range[:2]
        values = [v for v in range(int(np.ceil(lo)) + 1, int(np.floor(hi)))
                  if v != 0 and v % every == 0]
        options = []
        for side in sides:
            labels = VGroup()
            for value in values:
                label = SansNumber(value, num_decimal_places=0, font_size=font_size,
                                   color=theme.muted)
                label.next_to(axis.number_to_point(value), side, buff=0.12)
                labels.add(label)
            options.append(labels)
        # The first side wins a tie.
        if each_side:
            best = [min(pair, key=lambda m: points_under(m, axes, X, margin))
                    for pair in zip(*options, strict=True)]
        else:
            best = min(options, key=lambda labels: sum(points_under(m, axes, X, margin)
                                                       for m in labels))
        for label in best:
            if drop_covering and points_under(label, axes, X, 0.06):
                continue
            label.add_background_rectangle(color=theme.background, opacity=0.7, buff=0.03)
            numbers.add(label)
    numbers.set_z_index(2)
    return numbers


def points_under(mob: Mobject, axes: Axes, X: np.ndarray, margin: float = 0.1) -> int:
    """How many of the points ``X`` (plotted on ``axes``) lie under ``mob``'s box, widened
    by ``margin``."""
    on_screen = np.array([axes.c2p(*x)[:2] for x in X]).reshape(-1, 2)
    lo = mob.get_corner(DOWN + LEFT)[:2] - margin
    hi = mob.get_corner(UP + RIGHT)[:2] + margin
    return int(np.sum(np.all((on_screen >= lo) & (on_screen <= hi), axis=1)))


def quiz_picture_room(quiz: Quiz, theme: Theme) -> Region:
    """For a quiz whose picture is the question: everything right of its card (which is
    narrower than the stage it may use) under the heading, so the picture can be as big as
    the body allows."""
    _, question, rows, reason = quiz_card(quiz, theme, region=STAGE)
    card_right = max(m.get_right()[0] for m in (question, rows, reason))
    return Region("quiz picture", card_right + 2 * GUTTER, SIDE.right - 0.2,
                  BODY.bottom + 0.2, BODY.top - 0.2)
