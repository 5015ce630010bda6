"""Chapter 2: the field, boundary and accuracy shown are core's; the layout holds throughout."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import Axes, MathTex
from scene_harness import before_clearing, build, final_frame, pixel_at

from core import accuracy, feature_comparison, load_dataset, log_odds, newton_method
from scenes.logistic_regression.ch02_boundary import (
    FIT_L2,
    BoundaryCheck,
    BoundaryRotatesOverTheField,
    LogOddsInvertTheSigmoid,
    StraightCutCannotSplitABullseye,
)


@pytest.fixture(scope="module")
def rotated(tmp_path_factory: pytest.TempPathFactory) -> BoundaryRotatesOverTheField:
    return build(BoundaryRotatesOverTheField, tmp_path_factory.mktemp("ch02"),
                 check_layout=True)


def _panel(scene):  # noqa: ANN001, ANN202
    return next(m for m in scene.mobjects if type(m).__name__ == "ReadoutPanel")


def test_the_knobs_settle_on_the_maximum_likelihood_fit(
    rotated: BoundaryRotatesOverTheField,
) -> None:
    data = load_dataset("clouds")
    fitted = newton_method(data.X, data.y, l2=FIT_L2).thetas[-1]
    shown = [n.get_value() for n in _panel(rotated).numbers]
    assert shown[:3] == pytest.approx(list(fitted), abs=1e-6)
    assert shown[3] == pytest.approx(accuracy(fitted, data.X, data.y))


def test_final_frame_is_warm_on_class_ones_side_and_teal_on_the_other(tmp_path: Path) -> None:
    scene, pixels = final_frame(BoundaryRotatesOverTheField, tmp_path)
    data = load_dataset("clouds")
    fitted = newton_method(data.X, data.y, l2=FIT_L2).thetas[-1]
    axes = next(m for m in scene.mobjects if isinstance(m, Axes))
    # Probe well away from points and the boundary, along the normal through the origin.
    unit = fitted[1:] / np.linalg.norm(fitted[1:])
    warm = pixel_at(scene, pixels, axes.c2p(*(-unit * 0.3 + unit * 3.0)))
    teal = pixel_at(scene, pixels, axes.c2p(*(-unit * 3.0)))
    assert warm[0] > warm[2] + 40, warm  # red beats blue: class 1's colour
    assert teal[2] > teal[0] + 40, teal  # blue beats red: class 0's colour


def test_log_odds_table_matches_core(tmp_path: Path) -> None:
    scene = build(LogOddsInvertTheSigmoid, tmp_path, check_layout=True)
    values = {}
    for mob in scene.mobjects:
        for row in mob.get_family():
            if not (isinstance(row, MathTex) and len(row) == 3):
                continue
            cells = [part.tex_string.replace(r"\quad", "").strip() for part in row]
            try:
                values[float(cells[0])] = float(cells[2])
            except ValueError:
                continue  # the header row, or a formula
    assert set(values) == {0.5, 0.75, 0.9}
    for h, shown in values.items():
        assert shown == pytest.approx(float(log_odds(h)), abs=5e-4)


def test_bullseye_shows_cores_raw_feature_accuracy(tmp_path: Path) -> None:
    scene = build(BoundaryCheck, tmp_path, check_layout=True)
    assert scene.beats[-1].narration.startswith("The answer is A.")
    scene = build(before_clearing(StraightCutCannotSplitABullseye), tmp_path)
    acc = feature_comparison("rings").accuracy_raw
    assert acc < 0.75  # the point of the scene: a straight cut fails here
    # Every point of the bullseye is drawn inside the plotted box.
    axes = next(m for m in scene.mobjects if isinstance(m, Axes))
    (x0, x1), (y0, y1) = (axes.x_range[:2], axes.y_range[:2])
    X = feature_comparison("rings").dataset.X
    assert X[:, 0].min() > x0 and X[:, 0].max() < x1
    assert X[:, 1].min() > y0 and X[:, 1].max() < y1
