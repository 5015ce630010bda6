"""Plots the chapters share: feature-plane axes with a point cloud and its legend, numbered
function axes, and core's curves joined as polylines. Written once, so every chapter's plane
looks the same and a change of style is one edit."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from manim import (
    RIGHT,
    UP,
    Axes,
    Circle,
    Dot,
    MathTex,
    NumberLine,
    Text,
    VGroup,
    VMobject,
)

from scenes.common.pieces import SansNumber
from scenes.common.theme import SIZES, Theme

Box = tuple[tuple[float, float], tuple[float, float]]

#: Radius of a data point, in scene units: large enough to see at 480p, small enough that a
#: cloud of a hundred points does not merge into a blob.
DOT_RADIUS = 0.075
#: Stroke of the axes, in pixels at 1080p.
AXIS_STROKE = 1.5


def plane_axes(theme: Theme, box: Box, x_length: float, ticks: bool = True) -> Axes:
    """Axes over the feature plane ``box``, one unit per tick, the same scale on both axes
    (a boundary's angle on screen is its true angle)."""
    (x0, x1), (y0, y1) = box
    return Axes(x_range=[x0, x1, 1], y_range=[y0, y1, 1], x_length=x_length,
                y_length=x_length * (y1 - y0) / (x1 - x0), tips=False,
                axis_config={"color": theme.muted, "stroke_width": AXIS_STROKE,
                             "include_ticks": ticks})


def fewest_decimals(value: float, most: int = 3) -> int:
    """The fewest decimals that write ``value`` exactly (up to ``most``): 1 for 0.5, 0 for 1."""
    return next((d for d in range(most) if abs(round(value, d) - value) < 1e-9), most)


def tick_numbers(axis: NumberLine, values: Sequence[float], decimals: int | None,
                 theme: Theme, log: bool = False, font_size: int = SIZES.caption) -> VGroup:
    """Numbers under (or beside) ``axis`` at ``values``, in the text face at the caption size,
    so a plot's numbers match the readouts and legends beside it. Added to the axis as its
    ``numbers`` (they move with it). With ``log`` the axis runs in powers of ten: the number
    ``value`` sits at ``log10(value)``. ``font_size`` (a size of the type scale) sets the
    numbers larger where the plot is big and its numbers are read. ``decimals`` None writes
    each number with as few decimals as it needs (0.5 and 1, not 0.5 and 1.0)."""
    labels = VGroup()
    for value in values:
        places = fewest_decimals(value) if decimals is None else decimals
        label = SansNumber(value, num_decimal_places=places, font_size=font_size,
                           color=theme.muted)
        at = math.log10(value) if log else value
        label.next_to(axis.number_to_point(at), axis.label_direction,
                      buff=axis.line_to_number_buff)
        labels.add(label)
    axis.numbers = labels
    axis.add(labels)
    return labels


def function_axes(theme: Theme, x_range: Sequence[float], y_range: Sequence[float],
                  x_length: float, y_length: float, x_numbers: Sequence[float] = (),
                  y_numbers: Sequence[float] = (), x_decimals: int | None = 0,
                  y_decimals: int | None = 1,
                  x_log: bool = False, number_size: int = SIZES.caption) -> Axes:
    """Axes for a function's graph, ticks numbered at ``x_numbers`` and ``y_numbers`` (each
    axis with its own number of decimals) in the text face at the caption size, readable at
    480p. ``x_range`` and ``y_range`` are manim's ``(min, max, step)``. An axis given no
    numbers has an empty ``numbers`` group.

    With ``x_log`` the x axis is logarithmic: its coordinate is ``log10`` of the value
    (``x_range`` ``(0, 3, 1)`` runs from 1 to 1000 with a tick at each power of ten; plot a
    value ``v`` at ``log10(v)``), and ``x_numbers`` are the plain values (1, 10, 100, 1000).
    ``number_size`` sets the tick numbers' size (default: the caption size)."""
    axes = Axes(x_range=list(x_range), y_range=list(y_range), x_length=x_length,
                y_length=y_length, tips=False,
                axis_config={"color": theme.muted, "stroke_width": AXIS_STROKE})
    tick_numbers(axes.x_axis, x_numbers, x_decimals, theme, log=x_log, font_size=number_size)
    tick_numbers(axes.y_axis, y_numbers, y_decimals, theme, font_size=number_size)
    return axes


def class_colours(theme: Theme, n_classes: int) -> Sequence[str]:
    """The colour of each class label: class 0 and class 1, or softmax's three classes."""
    return (theme.class0, theme.class1) if n_classes <= 2 else theme.classes3[:n_classes]


def point_cloud(axes: Axes, X: np.ndarray, y: np.ndarray, theme: Theme,
                radius: float = DOT_RADIUS, n_classes: int = 2) -> VGroup:
    """One dot per row of ``X`` (shape ``(n_samples, 2)``), coloured by its label in ``y``,
    with a thin rim in the background colour so that touching dots stay apart."""
    colours = class_colours(theme, n_classes)
    return VGroup(*[Dot(axes.c2p(*x), radius=radius, color=colours[int(label)],
                        stroke_width=1.5, stroke_color=theme.background)
                    for x, label in zip(X, y, strict=True)])


def legend(theme: Theme, names: Sequence[str] = ("class 0", "class 1"),
           extra: Sequence[VGroup] = ()) -> VGroup:
    """Which colour is which class, in one row; ``extra`` entries (a halo, a ring) follow."""
    colours = class_colours(theme, len(names))
    items = VGroup(*[
        VGroup(Dot(radius=0.09, color=c), Text(t, font_size=SIZES.label, color=theme.text)
               ).arrange(RIGHT, buff=0.15)
        for c, t in zip(colours, names, strict=True)], *extra)
    return items.arrange(RIGHT, buff=0.45)


def legend_entry(mark: VMobject, label: str, theme: Theme) -> VGroup:
    """One legend entry: a mark (a ring, a halo, a dashed line) and its words."""
    return VGroup(mark, Text(label, font_size=SIZES.label, color=theme.text)).arrange(
        RIGHT, buff=0.15)


def ring_mark(colour: str, fill_opacity: float = 0.0) -> Circle:
    """The small ring a legend shows for a halo or a ring around a point."""
    return Circle(radius=0.13, color=colour, stroke_width=2).set_fill(colour, fill_opacity)


def axis_names(axes: Axes, theme: Theme, x: str = "x_1", y: str = "x_2") -> VGroup:
    """The axes' names just past their ends, clear of whatever is drawn over the box."""
    x_name = MathTex(x, font_size=SIZES.formula_small, color=theme.muted)
    x_name.next_to(axes.x_axis.get_right(), RIGHT, buff=0.12)
    y_name = MathTex(y, font_size=SIZES.formula_small, color=theme.muted)
    y_name.next_to(axes.y_axis.get_top(), UP, buff=0.12)
    return VGroup(x_name, y_name)


def polyline(axes: Axes, xs: Sequence[float] | np.ndarray, ys: Sequence[float] | np.ndarray,
             colour: str, width: float = 5) -> VMobject:
    """The points ``(xs, ys)`` of a curve core computed, joined on ``axes``."""
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    curve = VMobject(color=colour, stroke_width=width)
    curve.set_points_as_corners(axes.c2p(np.column_stack([xs, ys, np.zeros_like(xs)])))
    return curve


def slow_start(sharpness: float = 4.0) -> Callable[[float], float]:
    """A rate function that lingers on the first steps, where training changes most, and lets
    the later, smaller ones fly by: (e^{k t} - 1) / (e^k - 1)."""
    scale = math.expm1(sharpness)
    return lambda t: math.expm1(sharpness * t) / scale
