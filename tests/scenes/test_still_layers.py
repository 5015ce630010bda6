"""Frames drawn with still layers equal manim's own drawing of the same plays.

Each scene is rendered twice at 480p, frames recorded instead of encoded, once with
``scenes.common.layers`` and once with it turned off (manim's camera drawing every leaf); every
frame must agree to within 3 levels of 255 on any channel (painting a run of leaves as one layer
blends overlapping anti-aliased edges in another order, which rounds differently by a level or
two). A fixture scene holds the cases that could go wrong: still mobjects over a moving one, a
still mobject changed by another's updater mid-play (manim does not know it moves), one whose
line join differs from the rest, and a moving mobject between two still runs; then plays of two
real field scenes. The tests also check that layers were used, so that they cannot pass by
drawing everything directly.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import (
    DEGREES,
    DOWN,
    LEFT,
    OUT,
    RIGHT,
    UP,
    Circle,
    Dot,
    LineJointType,
    Polygon,
    Square,
    Surface,
    ThreeDCamera,
    ThreeDScene,
    ValueTracker,
    VGroup,
    linear,
    tempconfig,
)
from manim.scene.scene_file_writer import SceneFileWriter
from scene_harness import _SVG_CACHE

from scenes.common import layers
from scenes.common.beats import LectureScene
from scenes.logistic_regression.ch02_boundary import (
    BoundaryRotatesOverTheField,
    ScoreIsATiltedPlane,
)
from scenes.logistic_regression.ch05_training_lab import GradientAscentSwingsTheBoundary

TOLERANCE = 3  # levels of 255


class StillOverMoving(LectureScene):
    def construct(self) -> None:
        ground = Square(4, fill_opacity=1, color="#335577").shift(DOWN * 0.5)
        dots = VGroup(*[Dot(LEFT * 3 + RIGHT * 0.5 * i + UP * (i % 3) * 0.4, radius=0.15)
                        .set_stroke("#ffffff", 2, opacity=0.6) for i in range(12)])
        halos = VGroup(*[Circle(0.3, fill_opacity=0.3, stroke_width=3).move_to(dot)
                         for dot in dots])
        corner = Polygon(LEFT, UP, RIGHT, stroke_width=12).set_joint_type(LineJointType.BEVEL)
        middle = Dot(color="#ff8800").shift(DOWN)
        more = VGroup(*[Dot(RIGHT * 0.4 * i + DOWN * 2, color="#88ff88") for i in range(6)])
        self.add(ground, dots, halos, corner, middle, more)
        tracker = ValueTracker(0)
        ground.add_updater(lambda m: m.set_fill(opacity=0.5 + 0.5 * tracker.get_value()))

        def recolour(m: Square) -> None:  # changes a dot manim believes still, half-way
            dots[5].set_fill("#ff0000" if tracker.get_value() > 0.5 else "#ffffff")

        ground.add_updater(recolour)
        with self.beat("Under still dots the ground changes, and one dot turns red."):
            self.play(tracker.animate.set_value(1), middle.animate.shift(RIGHT * 2),
                      run_time=1.5, rate_func=linear)


class StillOverMovingIn3D(LectureScene, ThreeDScene):
    """A shaded surface under dots that move and dots that face the camera, a label fixed in
    the frame; the camera stands, turns, and stands again."""

    def construct(self) -> None:
        self.set_camera_orientation(phi=60 * DEGREES, theta=-60 * DEGREES)
        sheet = Surface(lambda u, v: np.array([u, v, 0.3 * np.sin(u) * np.cos(v)]),
                        u_range=(-2, 2), v_range=(-2, 2), resolution=(8, 8),
                        fill_opacity=0.8, stroke_width=0.5)
        facing = VGroup(*[Dot(np.array([0.6 * i - 1.5, 1.0, 0.5]), radius=0.12,
                              color="#ffcc00") for i in range(6)])
        walker = Dot(np.array([-1.5, -1.0, 0.5]), radius=0.15, color="#ff4444")
        # Flat tiles (not shaded in 3-D, so the camera's turn keeps their order, and drawn
        # after the walker, so that they form a run of their own): still leaves whose
        # picture changes with the view alone.
        tiles = VGroup(*[Square(0.4, fill_opacity=0.7, color="#55dd88").move_to(
            np.array([0.6 * i - 1.5, -2.0, 0.0])) for i in range(6)])
        label = Square(0.8, fill_opacity=1, color="#44aaff").to_corner(UP + LEFT)
        # Turned to face the viewer about the walker's centre: its points never change, yet
        # it follows the walker.
        tag = Square(0.2, fill_opacity=1, color="#ffffff").move_to(walker)
        self.add_fixed_orientation_mobjects(*facing)
        self.add_fixed_orientation_mobjects(tag, center_func=walker.get_center)
        self.add_fixed_in_frame_mobjects(label)
        self.add(sheet, walker, tiles, tag, facing, label)
        with self.beat("A dot crosses the still surface, the camera turns, and it crosses "
                       "back."):
            self.play(walker.animate.shift(3 * RIGHT), run_time=1.0, rate_func=linear)
            self.move_camera(theta=-30 * DEGREES, added_anims=[walker.animate.shift(UP)],
                             run_time=0.6)
            self.play(walker.animate.shift(3 * LEFT + DOWN), facing[2].animate.shift(OUT * 0.5),
                      run_time=1.0, rate_func=linear)


def _frames(scene_cls: type, tmp_path: Path, enabled: bool, plays: tuple[int, int] | None,
            monkeypatch: pytest.MonkeyPatch) -> list[np.ndarray]:
    frames: list[np.ndarray] = []

    def record(self: SceneFileWriter, frame: np.ndarray, num_frames: int = 1) -> None:
        frames.append(np.array(frame, copy=True))

    monkeypatch.setattr(SceneFileWriter, "write_frame", record)
    monkeypatch.setattr(SceneFileWriter, "combine_to_movie", lambda self: None)
    monkeypatch.setattr(SceneFileWriter, "finish", lambda self: None)
    monkeypatch.setattr(LectureScene, "_save_slides", lambda self, *a, **k: None)
    monkeypatch.setattr(layers.StillLayers, "still_layers_enabled", enabled)
    options = {"quality": "low_quality", "media_dir": str(tmp_path / str(enabled)),
               "disable_caching": True, "progress_bar": "none", "verbosity": "ERROR",
               "tex_dir": str(_SVG_CACHE / "tex"), "text_dir": str(_SVG_CACHE / "texts")}
    if plays:
        options |= {"from_animation_number": plays[0], "upto_animation_number": plays[1]}
    with tempconfig(options):
        scene = scene_cls()
        assert isinstance(scene.camera, layers.StillLayers)
        scene.render()
    return frames


def _compare(scene_cls: type, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             plays: tuple[int, int] | None = None) -> tuple[list[np.ndarray], int]:
    monkeypatch.chdir(tmp_path)  # manim-slides writes slides/ here
    painted: list[int] = []
    paint = layers.StillLayers._paint

    def counting(layer: layers.Layer, ctx: object) -> None:
        painted.append(1)
        paint(layer, ctx)

    monkeypatch.setattr(layers.StillLayers, "_paint", staticmethod(counting))
    expected = _frames(scene_cls, tmp_path, False, plays, monkeypatch)
    assert not painted
    got = _frames(scene_cls, tmp_path, True, plays, monkeypatch)
    assert len(got) == len(expected) > 0
    for i, (a, b) in enumerate(zip(got, expected, strict=True)):
        differs = int(np.abs(a.astype(int) - b.astype(int)).max())
        assert differs <= TOLERANCE, f"frame {i} differs by {differs} levels"
    return got, len(painted)


def test_still_runs_over_a_moving_mobject_look_as_manim_draws_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frames, painted = _compare(StillOverMoving, tmp_path, monkeypatch)
    assert painted > len(frames)  # several layers a frame, most frames
    row, column = 192, 397  # the centre of dots[5], at (-0.5, 0.8) on the 480p frame
    red = [int(frame[row, column, 0]) - int(frame[row, column, 1]) > 150 for frame in frames]
    assert not red[0] and red[-1]  # the dot turned red part-way, and it shows


def test_a_3d_camera_that_stands_or_turns_draws_as_manim_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frames, painted = _compare(StillOverMovingIn3D, tmp_path, monkeypatch)
    assert painted > len(frames) // 2  # the surface is painted from a layer while still


@pytest.mark.parametrize(("scene_cls", "plays"), [(GradientAscentSwingsTheBoundary, (28, 29)),
                                                  (BoundaryRotatesOverTheField, (8, 9)),
                                                  (ScoreIsATiltedPlane, (9, 9))])
def test_a_field_scene_plays_the_same_with_still_layers(
        scene_cls: type, plays: tuple[int, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    frames, painted = _compare(scene_cls, tmp_path, monkeypatch, plays)
    assert painted > len(frames) // 2


def test_a_3d_camera_sorts_by_depth_as_manim_does_as_points_and_view_change() -> None:
    """The reference points kept between frames give manim's order, leaf for leaf, after the
    camera turns and after a leaf moves (a kept point left stale would misplace it)."""
    sheet = Surface(lambda u, v: np.array([u, v, 0.5 * np.sin(2 * u) * np.cos(v)]),
                    u_range=(-2, 2), v_range=(-2, 2), resolution=(10, 10))
    flat = VGroup(*[Dot(np.array([0.3 * i, 0, 0])) for i in range(4)])
    # Sorted where the scene says, not where its points are (as ch09's put_underneath does).
    placed = Dot()
    placed.shade_in_3d = True
    place = [np.array([0.0, 0.0, -5.0])]
    placed.get_z_index_reference_point = lambda: place[0]
    scene_mobjects = [sheet, flat, placed]
    with tempconfig({"quality": "low_quality"}):
        ours = layers.with_still_layers(ThreeDCamera)(phi=70 * DEGREES, theta=-40 * DEGREES)
        manims = ThreeDCamera(phi=70 * DEGREES, theta=-40 * DEGREES)
    assert isinstance(ours, layers.StillLayers)

    def orders() -> tuple[list[int], list[int]]:
        for camera in (ours, manims):
            camera.reset_rotation_matrix()
        return ([id(m) for m in ours.get_mobjects_to_display(scene_mobjects)],
                [id(m) for m in manims.get_mobjects_to_display(scene_mobjects)])

    first = orders()
    assert first[0] == first[1]
    for camera in (ours, manims):
        camera.set_theta(60 * DEGREES)
    turned = orders()
    assert turned[0] == turned[1] != first[0]
    sheet[0].shift(6 * OUT)  # one face lifted towards the viewer: it must now be drawn later
    lifted = orders()
    assert lifted[0] == lifted[1] != turned[0]
    place[0] = np.array([0.0, 0.0, 5.0])  # its points unchanged, its place moved
    moved = orders()
    assert moved[0] == moved[1] != lifted[0]
