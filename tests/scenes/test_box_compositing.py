"""Images drawn by ``scenes.common.compositing`` equal manim's own drawing, frame by frame.

Every field piece is drawn at 480p by two cameras, manim's ``Camera`` (the unoptimised path)
and the lecture scenes' camera (box compositing, warps kept while still), through the states
a scene puts it in: weights moving, weights holding still (the kept warp), a fade (its pixels'
alpha changed in place), a move partly off the frame, a turn (manim's own warp); and three real
field scenes' last frames. The frames must agree to within two levels of 255 on any channel:
an upright field is warped by Pillow's resize, which rounds each bilinear sample where the
perspective transform manim uses truncates it (and rounds once per axis), so the two differ by
up to a level and a half; a turned field is warped as manim does, pixel for pixel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from manim import LEFT, UP, Camera, Dot, Mobject, tempconfig
from scene_harness import build

from scenes.cats_or_dogs.cd4_from_scratch import TrainingDrawsTheLossHistory
from scenes.common.compositing import _upright_warp, with_box_compositing
from scenes.common.pieces import ProbabilityField
from scenes.common.pieces import QuadraticField as QuadraticField2
from scenes.common.plots import plane_axes
from scenes.common.theme import DARK
from scenes.logistic_regression.ch02_boundary import BOX, BoundaryRotatesOverTheField
from scenes.logistic_regression.ch05_training_lab import GradientAscentSwingsTheBoundary
from scenes.logistic_regression.ch06_perceptron import StepField
from scenes.logistic_regression.ch07_softmax import ClassField

TOLERANCE = 2  # levels of 255


def _frame(camera_class: type[Camera], mobjects: list[Mobject]) -> np.ndarray:
    camera = camera_class(background_color=DARK.background)
    camera.capture_mobjects(mobjects)
    return camera.pixel_array.copy()


def _differs(a: np.ndarray, b: np.ndarray) -> int:
    return int(np.abs(a.astype(int) - b.astype(int)).max())


def _field_pieces() -> dict[str, Callable[[Callable[[], np.ndarray]], Mobject]]:
    axes = plane_axes(DARK, BOX, 6.0)
    quadratic_theta = np.array([-1.0, 0.2, -0.3, 0.4, 0.1, 0.3])
    return {
        "probability": lambda theta: ProbabilityField(axes, theta, DARK),
        "step": lambda theta: StepField(axes, theta, DARK, shape=(90, 90)),
        "class": lambda theta: ClassField(
            axes, lambda: np.vstack([theta(), -theta(), 0.5 * theta()[::-1]]), DARK),
        "quadratic (static)": lambda theta: QuadraticField2(axes, quadratic_theta, DARK),
    }


@pytest.mark.parametrize("piece", list(_field_pieces()))
def test_a_field_piece_looks_the_same_through_its_states(piece: str, tmp_path: Path) -> None:
    with tempconfig({"quality": "low_quality", "media_dir": str(tmp_path)}):
        theta = np.array([0.5, 1.0, -0.8])
        field = _field_pieces()[piece](lambda: theta)
        dot = Dot(color=DARK.class1)
        fast = with_box_compositing(Camera)(background_color=DARK.background)
        states: list[tuple[str, Callable[[], None]]] = [
            ("first", lambda: None),
            ("weights moved", lambda: theta.__setitem__(slice(None), [0.2, 1.6, -0.3])),
            ("held still", lambda: None),
            ("held still again", lambda: None),
            ("faded (alpha changed in place)", lambda: field.set_opacity(0.4)),
            ("weights moved while faded", lambda: theta.__setitem__(0, -1.0)),
            ("moved partly off the frame", lambda: field.shift(5 * LEFT + 2.5 * UP)),
            ("back, and resized", lambda: field.shift(5 * (-LEFT) - 2.5 * UP).scale(0.7)),
            ("turned (manim's warp)", lambda: field.rotate(0.3)),
        ]
        for name, change in states:
            change()
            field.update()
            coords = fast.points_to_subpixel_coords(field, field.points)
            upright = _upright_warp(field, field.get_pixel_array(), coords) is not None
            assert upright == ("turned" not in name), f"{piece}: {name}: the path taken"
            fast.reset()
            fast.capture_mobjects([field, dot])
            expected = _frame(Camera, [field, dot])
            allowed = TOLERANCE if upright else 0  # manim's own warp: the same pixels
            assert _differs(fast.pixel_array, expected) <= allowed, f"{piece}: {name}"
            assert not np.array_equal(expected, _frame(Camera, [dot])), "the field is drawn"


@pytest.mark.parametrize("scene_cls", [BoundaryRotatesOverTheField,
                                       GradientAscentSwingsTheBoundary,
                                       TrainingDrawsTheLossHistory])
def test_a_field_scene_ends_on_the_same_frame(scene_cls: type, tmp_path: Path) -> None:
    scene = build(scene_cls, tmp_path)
    with tempconfig({"quality": "low_quality", "media_dir": str(tmp_path)}):
        mobjects = [*scene.mobjects, *scene.foreground_mobjects]
        assert isinstance(scene.camera, with_box_compositing(Camera))  # scenes take the fast path
        expected = _frame(Camera, mobjects)
        assert _differs(_frame(with_box_compositing(Camera), mobjects), expected) <= TOLERANCE
