"""Still mobjects drawn into the background (``scenes.common.still_layer``) change no pixel.

Each scene is rendered twice, small and at a low frame rate, with the still layer and with
manim's own split (``still_layer = False``), and every frame written must be equal. The
fixture scenes put the layer through the cases it must get right: a still mobject crossed by
one drawn before it (it must stay in the moving list), a mobject moving into a hoisted one
mid-play, and an updater changing another, still, mobject (both must fall back to manim's
split). The real field scenes of chapters 2 and 5 must also come out equal, and the layer
must actually take mobjects out of their frames (a layer that never hoists would pass the
equality tests, so the tests also count what it hoisted).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from manim import (
    BLUE,
    DOWN,
    LEFT,
    RED,
    RIGHT,
    UP,
    WHITE,
    YELLOW,
    Dot,
    Line,
    Square,
    Text,
    ValueTracker,
    interpolate_color,
    tempconfig,
)
from manim.scene.scene_file_writer import SceneFileWriter
from scene_harness import SVG_DIRS

import scenes.common.still_layer as still_layer
from scenes.common.beats import LectureScene
from scenes.logistic_regression.ch02_boundary import BoundaryRotatesOverTheField
from scenes.logistic_regression.ch05_training_lab import GradientAscentSwingsTheBoundary


@dataclass
class Counts:
    """What the layer did over a render: plays planned, leaves hoisted, fallbacks."""

    plans: int = 0
    hoisted: int = 0
    fallbacks: int = 0
    drawn: list[int] = field(default_factory=list)  # leaves drawn over the background


class FieldAndPanel(LectureScene):
    """A field-like square changing colour under two crossing lines, a still panel aside."""

    def construct(self) -> None:
        tracker = ValueTracker(0)
        square = Square(side_length=3, fill_opacity=1).shift(3 * LEFT)
        square.add_updater(lambda m: m.set_fill(
            interpolate_color(RED, BLUE, tracker.get_value())))
        under = Line(5 * LEFT, LEFT, stroke_width=8, color=WHITE)  # over the square: kept
        # Still and apart from the square, but crossing ``under``, drawn before it: kept.
        over = Line(3 * LEFT + 2.5 * UP, 3 * LEFT + 0.2 * UP, stroke_width=8, color=YELLOW)
        cross = Line(4 * LEFT + 2 * UP, 2 * LEFT + 2 * UP, stroke_width=8, color=WHITE)
        panel = Text("panel", font_size=48).shift(4 * RIGHT + UP)  # apart: hoisted
        self.add(square, under, over, cross, panel)
        self.play(tracker.animate.set_value(1), run_time=1)


class DotRunsIntoThePanel(LectureScene):
    """A dot drawn before the panel moves into it mid-play: the layer must step aside."""

    def construct(self) -> None:
        tracker = ValueTracker(0)
        square = Square(side_length=2, fill_opacity=1).shift(4 * LEFT)
        square.add_updater(lambda m: m.set_fill(
            interpolate_color(RED, BLUE, tracker.get_value())))
        dot = Dot(radius=0.3, color=YELLOW).shift(4 * RIGHT + 3 * DOWN)
        panel = Text("panel", font_size=48).shift(4 * RIGHT)
        self.add(square, dot, panel)
        self.play(tracker.animate.set_value(1), dot.animate.move_to(4 * RIGHT), run_time=1)


class UpdaterRecoloursThePanel(LectureScene):
    """An updater on the square recolours the panel (another mobject) halfway through."""

    def construct(self) -> None:
        tracker = ValueTracker(0)
        square = Square(side_length=2, fill_opacity=1).shift(4 * LEFT)
        panel = Text("panel", font_size=48).shift(4 * RIGHT)

        def recolour(m: Square) -> None:
            m.set_fill(interpolate_color(RED, BLUE, tracker.get_value()))
            if tracker.get_value() > 0.5:
                panel.set_color(YELLOW)

        square.add_updater(recolour)
        self.add(square, panel)
        self.play(tracker.animate.set_value(1), run_time=1)


def _render(scene_cls: type[LectureScene], still: bool, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch, plays: tuple[int, int] | None = None,
            ) -> tuple[list[np.ndarray], Counts]:
    """Every frame the scene writes (low rate, small; only ``plays``, first and last, if
    given), and what the layer did."""
    frames: list[np.ndarray] = []
    counts = Counts()
    write_frame = SceneFileWriter.write_frame
    plan = still_layer.plan
    moving_list = still_layer.StillLayer.moving_list

    def grab(self: SceneFileWriter, frame: np.ndarray, num_frames: int = 1) -> None:
        frames.extend([frame.copy()] * num_frames)
        write_frame(self, frame, num_frames)

    def counted_plan(*args: Any) -> still_layer.StillLayer | None:
        layer = plan(*args)
        counts.plans += layer is not None
        counts.hoisted += len(layer.hoisted) if layer else 0
        return layer

    def counted_moving(self: still_layer.StillLayer) -> Any:
        moving = moving_list(self)
        if moving is None:
            counts.fallbacks += 1
        else:
            counts.drawn.append(len(moving))
        return moving

    with monkeypatch.context() as patch:
        patch.setattr(SceneFileWriter, "write_frame", grab)
        patch.setattr("scenes.common.beats.plan", counted_plan)
        patch.setattr(still_layer.StillLayer, "moving_list", counted_moving)
        patch.setattr(scene_cls, "still_layer", still)
        patch.chdir(tmp_path)  # manim-slides writes its slides/ folder here
        with tempconfig({"frame_rate": 6, "pixel_width": 256, "pixel_height": 144,
                         "media_dir": str(tmp_path / ("on" if still else "off")),
                         "disable_caching": True, "progress_bar": "none",
                         "verbosity": "WARNING", "write_to_movie": True, **SVG_DIRS,
                         **({"from_animation_number": plays[0],
                             "upto_animation_number": plays[1]} if plays else {})}):
            scene_cls().render()
    return frames, counts


def _compare(scene_cls: type[LectureScene], tmp_path: Path,
             monkeypatch: pytest.MonkeyPatch, plays: tuple[int, int] | None = None) -> Counts:
    """Render with manim's split and with the layer; every frame equal; the layer's counts."""
    manims, _ = _render(scene_cls, False, tmp_path, monkeypatch, plays)
    ours, counts = _render(scene_cls, True, tmp_path, monkeypatch, plays)
    assert len(ours) == len(manims)
    for i, (a, b) in enumerate(zip(manims, ours, strict=True)):
        assert np.array_equal(a, b), (
            f"{scene_cls.__name__}: frame {i} differs by up to "
            f"{int(np.abs(a.astype(int) - b.astype(int)).max())} levels")
    return counts


def test_a_still_panel_goes_into_the_background_and_crossings_stay_in_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _compare(FieldAndPanel, tmp_path, monkeypatch)
    assert counts.plans == 1 and counts.fallbacks == 0
    # The panel's five glyphs go; the square, ``under`` and ``over`` (on the square drawn
    # before them), ``cross`` (crossing ``over``) and the tracker (which draws nothing) stay.
    assert counts.hoisted == 5
    assert set(counts.drawn) == {5}


def test_a_mobject_moving_into_a_hoisted_one_falls_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _compare(DotRunsIntoThePanel, tmp_path, monkeypatch)
    assert counts.plans == 1 and counts.fallbacks == 1
    assert len(counts.drawn) >= 1  # the first frames used the layer


def test_an_updater_changing_a_hoisted_mobject_falls_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _compare(UpdaterRecoloursThePanel, tmp_path, monkeypatch)
    assert counts.plans == 1 and counts.fallbacks == 1


@pytest.mark.parametrize(("scene_cls", "plays"), [(BoundaryRotatesOverTheField, (7, 14)),
                                                  (GradientAscentSwingsTheBoundary, (15, 30))])
def test_a_field_scene_has_the_same_frames(scene_cls: type[LectureScene], plays: tuple[int, int],
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _compare(scene_cls, tmp_path, monkeypatch, plays)
    assert counts.hoisted > 0 and counts.drawn
