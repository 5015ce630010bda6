"""Chapter 6's scenes: layout after every animation; counters, boundaries, bound and dates on
screen equal core's and the course text's; the separable run ends with no mistake ringed."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from manim import MathTex, Text
from scene_harness import build, final_frame, pixel_at

import core
from core import load_dataset, newton_method, predict, sigmoid, step
from core.perceptron import mistake_bound, perceptron_run
from scenes.common.theme import DARK
from scenes.logistic_regression import ch06_perceptron as ch06

#: The course text's sentences that carry the chapter's dates (checked against the text itself
#: below whenever it is present beside the repository).
COURSE_TEXT = Path(__file__).resolve().parents[3] / "shared" / "lecture" / \
    "000_6309920615049277.txt"
DATED_EXCERPTS = {
    "rosenblatt": "invented by Frank Rosenblatt in 1958",
    "minsky_papert": "exposed in Minsky and Papert's 1969 book",
}


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])


def _field_colour(hex_colour: str) -> np.ndarray:
    """A field colour as drawn: blended over the background at the theme's field opacity."""
    a = DARK.field_opacity
    return np.round(a * _rgb(hex_colour) + (1 - a) * _rgb(DARK.background)).astype(int)


def _near(got: np.ndarray, want: np.ndarray, tol: int) -> bool:
    return bool(np.all(np.abs(np.asarray(got) - want) <= tol))


@pytest.mark.parametrize("scene_cls", ch06.SCENES_IN_ORDER, ids=lambda c: c.__name__)
def test_every_scene_builds_inside_the_frame_without_overlaps(scene_cls, tmp_path: Path):
    scene = build(scene_cls, tmp_path, check_layout=True)
    assert scene.beats
    for beat in scene.beats:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", beat.narration.strip()) if s]
        assert 1 <= len(sentences) <= 3, beat.narration


def test_chapter_ends_with_its_quiz():
    assert ch06.SCENES_IN_ORDER[-1] is ch06.PerceptronCheck
    quiz = ch06.QUIZ
    assert quiz.letter == "D" and quiz.applied and len(quiz.choices) == 4
    # The right choice prints the weights core's update gives; the slips print others.
    theta = np.array(ch06.QUIZ_THETA)
    x = np.r_[1.0, ch06.QUIZ_POINT]
    h = int(theta @ x >= 0)
    want = theta + (ch06.QUIZ_LABEL - h) * x
    assert h != ch06.QUIZ_LABEL  # a mistake: the weights do move
    assert quiz.choices[3].startswith(f"$\\theta = {ch06._vector(want)}$")
    for wrong in quiz.choices[:3]:
        assert ch06._vector(want) not in wrong


# --- the runs -----------------------------------------------------------------------------------

RUNS = [(ch06.MistakesMoveTheBoundary, "separable"),
        (ch06.OverlapKeepsItTwitching, "non_separable")]


@pytest.mark.parametrize("scene_cls, case", RUNS, ids=[c for _, c in RUNS])
def test_counters_bars_and_boundary_at_every_pass_end_are_cores(scene_cls, case, tmp_path):
    scene = build(scene_cls, tmp_path, check_layout=True)
    traj = perceptron_run(case).trajectory
    n = traj.n_steps // traj.n_passes
    updates = np.cumsum(traj.mistakes_per_pass)
    assert len(scene.pass_ends) == traj.n_passes
    for p, shown in enumerate(scene.pass_ends):
        assert shown["visits"] == (p + 1) * n
        assert shown["counters"] == [p + 1, traj.mistakes_per_pass[p], updates[p]]
        assert shown["bars"] == list(traj.mistakes_per_pass[:p + 1])
        # Both ends of the drawn line solve theta^T (1, x) = 0 for core's weights after the
        # pass, and the normal arrow points to the side core calls class 1.
        theta = traj.thetas[(p + 1) * n]
        unit = theta / np.linalg.norm(theta[1:])
        for end in shown["boundary"]:
            assert unit @ np.r_[1.0, end[:2]] == pytest.approx(0, abs=1e-3)
        assert unit @ np.r_[1.0, shown["normal_tip"][:2]] > 0.1
    if case == "separable":
        assert traj.converged and traj.mistakes_per_pass[-1] == 0
        assert scene.pass_ends[-1]["counters"] == [traj.n_passes, 0, traj.n_updates]
    else:  # the counters keep rising, pass after pass
        assert not traj.converged and np.all(traj.mistakes_per_pass > 0)
        assert np.all(np.diff([s["counters"][2] for s in scene.pass_ends]) > 0)


def test_separable_final_frame_rings_no_mistake_and_every_point_is_on_its_side(tmp_path):
    scene, pixels = final_frame(ch06.MistakesMoveTheBoundary, tmp_path)
    board = scene.board
    run = perceptron_run("separable")
    X, y = run.dataset.X, run.dataset.y
    theta = run.trajectory.thetas[-1]
    assert np.array_equal(predict(theta, X), y)  # core: every point on its side
    assert board.ring not in scene.mobjects

    # Pixels: no ring in the mistake colour anywhere in the plane, nor around any point.
    camera = scene.renderer.camera
    (c0, r0), (c1, r1) = camera.points_to_pixel_coords(
        scene.mobjects[0], np.array([board.axes.c2p(-3, 3), board.axes.c2p(3, -3)]))
    plane = pixels[int(r0):int(r1), int(c0):int(c1), :3].astype(int)
    reddish = np.all(np.abs(plane - _rgb(DARK.bad)) <= 25, axis=-1)
    assert reddish.sum() < 10, reddish.sum()
    for dot in board.dots:
        for angle in np.linspace(0, 2 * np.pi, 12, endpoint=False):
            probe = dot.get_center() + 0.2 * np.array([np.cos(angle), np.sin(angle), 0])
            assert not _near(pixel_at(scene, pixels, probe), _rgb(DARK.bad), 40)

    # Pixels: just outside each point, away from the line, the field has its class's colour
    # (the line drawn last is the one that splits them).
    start, end = (board.axes.p2c(p)[:2] for p in (board.boundary.line.get_start(),
                                                  board.boundary.line.get_end()))
    assert theta / np.linalg.norm(theta[1:]) @ np.r_[1.0, start] == pytest.approx(0, abs=1e-3)
    normal = theta[1:] / np.linalg.norm(theta[1:])
    wrong = {0: _field_colour(DARK.field_high), 1: _field_colour(DARK.field_low)}
    right = {0: _field_colour(DARK.field_low), 1: _field_colour(DARK.field_high)}
    n_right, n_clear = 0, 0
    for x, label in zip(X, y, strict=True):
        outward = normal if label == 1 else -normal
        probe = x + 0.25 * outward
        got = pixel_at(scene, pixels, board.axes.c2p(*probe))
        assert not _near(got, wrong[label], 20), (x, label, got)
        # A probe within reach of another dot (and its dark rim) reads that dot instead.
        if np.min(np.linalg.norm(X - probe, axis=1)) > 0.15:
            n_clear += 1
            n_right += _near(got, right[label], 20)
    assert n_clear >= len(y) - 6 and n_right >= n_clear - 1


def test_overlap_run_ends_on_logistic_regressions_line(tmp_path: Path):
    scene = build(ch06.OverlapKeepsItTwitching, tmp_path)
    data = perceptron_run("non_separable").dataset
    fit = newton_method(data.X, data.y).thetas[-1]
    np.testing.assert_allclose(scene.logistic_theta, fit)
    line = scene.logistic_line
    assert any(line in top.get_family() for top in scene.mobjects)
    assert line.get_color().to_hex().upper() == DARK.curve.upper()
    unit = fit / np.linalg.norm(fit[1:])
    for end in (line.get_start(), line.get_end()):
        assert unit @ np.r_[1.0, scene.board.axes.p2c(end)[:2]] == pytest.approx(0, abs=1e-3)


def test_dwell_on_mistakes_spends_weight_times_longer_on_a_mistake():
    mistakes = np.array([False, True, False, False])
    rate = ch06.dwell_on_mistakes(mistakes, weight=4.0)
    assert rate(0.0) == 0 and rate(1.0) == 1
    t = np.linspace(0, 1, 701)
    values = np.array([rate(a) for a in t])
    assert np.all(np.diff(values) >= 0)
    # Time spent on each visit: the mistake gets 4 of the 7 units.
    spent = [np.mean((values >= k / 4) & (values < (k + 1) / 4)) for k in range(4)]
    assert spent == pytest.approx([1 / 7, 4 / 7, 1 / 7, 1 / 7], abs=0.01)


# --- the other scenes ---------------------------------------------------------------------------


def _years_in(mobs) -> list[int]:
    return [int(y) for m in mobs for y in re.findall(r"\b(1\d{3})\b", m.original_text)]


@pytest.mark.skipif(not COURSE_TEXT.is_file(),
                    reason=f"the course text is not on this machine ({COURSE_TEXT})")
def test_the_dated_excerpts_are_quoted_from_the_course_text():
    text = " ".join(COURSE_TEXT.read_text(encoding="utf-8").split())
    for excerpt in DATED_EXCERPTS.values():
        assert excerpt in text


def test_dates_on_screen_are_the_course_texts(tmp_path: Path):
    year = {k: int(re.search(r"\d{4}", v).group()) for k, v in DATED_EXCERPTS.items()}
    opening = build(ch06.StepFunctionBesideTheSigmoid, tmp_path)
    closing = build(ch06.ConvergenceTheoremAndItsFlipSide, tmp_path)
    assert _years_in(opening.dates) == [year["rosenblatt"]]
    assert _years_in(closing.dates) == [year["minsky_papert"]]
    # Every year on screen or in the narration is one of the text's.
    for scene in (opening, closing):
        shown = [m for top in scene.mobjects for m in top.get_family() if isinstance(m, Text)]
        spoken = " ".join(b.narration for b in scene.beats)
        years = set(_years_in(shown)) | {int(y) for y in re.findall(r"\b1\d{3}\b", spoken)}
        assert years and years <= set(year.values())


def test_bound_and_counts_in_the_theorem_scene_are_cores(tmp_path: Path):
    scene = build(ch06.ConvergenceTheoremAndItsFlipSide, tmp_path)
    data = perceptron_run("separable")
    bound = mistake_bound(data.dataset.X, data.dataset.y)
    assert scene.bound.bound == pytest.approx(bound.bound)
    shown = " ".join(m.get_tex_string() for m in scene.here.get_family()
                     if isinstance(m, MathTex))
    limit = int(np.floor(bound.bound))
    assert data.trajectory.n_updates <= limit
    for value in (f"{bound.radius:.2f}", f"{bound.margin:.3f}",
                  rf"\text{{at most }} {limit}",
                  rf"\text{{it made }} {data.trajectory.n_updates}"):
        assert value in shown, value
    # R and gamma drawn on the data: the circle through the farthest point, the arrow across
    # the gap from the widest-gap line to a closest point (scene units per data unit: ``k``).
    circle, radius_line, gamma_arrow, band = scene.geometry
    axes = scene.board_axes
    k = np.linalg.norm(axes.c2p(1, 0) - axes.c2p(0, 0))
    assert circle.width / 2 == pytest.approx(k * bound.plane_radius, rel=1e-3)
    np.testing.assert_allclose(axes.p2c(radius_line.get_end())[:2],
                               data.dataset.X[bound.farthest], atol=1e-6)
    length = np.linalg.norm(gamma_arrow.get_end() - gamma_arrow.get_start())
    assert length == pytest.approx(k * bound.plane_margin, rel=1e-3)
    # The still charts: core's mistakes per pass, ending in 0 only for separable data.
    from core.perceptron import squeeze_margin, stray_point_run
    stray = stray_point_run(data.dataset.X, data.dataset.y, n_epochs=8).trajectory
    xor = load_dataset("xor")
    xor_traj = core.perceptron(xor.X, xor.y, n_epochs=8, shuffle_seed=0)
    sep_chart, stray_chart, xor_chart = scene.charts
    assert [n.get_value() for n in sep_chart.numbers] == list(data.trajectory.mistakes_per_pass)
    assert [n.get_value() for n in stray_chart.numbers] == list(stray.mistakes_per_pass)
    assert [n.get_value() for n in xor_chart.numbers] == list(xor_traj.mistakes_per_pass)
    assert sep_chart.numbers[-1].get_value() == 0 and min(stray.mistakes_per_pass) > 0
    assert min(xor_traj.mistakes_per_pass) > 0
    told = scene.overlap_run.original_text
    assert f"{stray.n_updates} updates in {stray.n_passes} passes" in told
    # The squeeze ends on core's narrowest gap and its bound.
    squeezed = squeeze_margin(data.dataset.X, data.dataset.y, ch06.SQUEEZE_FACTORS).bounds[-1]
    shown = [float(n.get_value()) for n in scene.squeeze_panel.numbers]
    assert shown[0] == pytest.approx(squeezed.margin, abs=5e-4)
    assert shown[1] == pytest.approx(squeezed.bound, abs=0.5)


def test_soft_and_hard_readings_are_cores(tmp_path: Path):
    scene = build(ch06.StepFunctionBesideTheSigmoid, tmp_path)
    soft, hard = (m.get_tex_string() for m in scene.readings)
    assert soft.endswith(f"= {float(sigmoid(ch06.Z_EXAMPLE)):.2f}")
    assert hard.endswith(f"= {int(step(ch06.Z_EXAMPLE))}")
    assert isinstance(scene.readings[0], MathTex)


def test_updates_drawn_as_vectors_are_cores(tmp_path: Path):
    scene = build(ch06.ErrorTakesOnlyThreeValues, tmp_path, check_layout=True)
    missed, alarm = scene.updates
    assert missed.error == 1 and alarm.error == -1
    for picture, update in zip(scene.pictures, scene.updates, strict=True):
        axes = picture.axes
        tip = axes.p2c(picture.new_arrow.get_end())[:2]
        np.testing.assert_allclose(tip, update.theta_after[1:], atol=1e-6)
        np.testing.assert_allclose(axes.p2c(picture.theta_arrow.get_end())[:2],
                                   update.theta_before[1:], atol=1e-6)
        np.testing.assert_allclose(picture.theta(), update.theta_after)  # the line turned
        # After the update the point is on its own class's side.
        assert (update.score_after >= 0) == (update.label == 1)
        assert (update.score_before >= 0) != (update.label == 1)
    # Theta in numbers, before and after each drawn update (bias first), is core's.
    for readout, update in zip(scene.readouts, scene.updates, strict=True):
        before, after = readout[0].tex_string, readout[2].tex_string
        shown = [np.array([float(v.replace("\\ ", "")) for v in
                           tex.split("(")[1].strip().rstrip(")").split(",")])
                 for tex in (before, after)]
        np.testing.assert_allclose(shown[0], update.theta_before)
        np.testing.assert_allclose(shown[1], update.theta_after)
    assert scene.alpha_note.tex_string == r"\alpha = 1"


def test_first_mistake_is_theta_minus_x_and_the_stray_and_grazed_points_are_cores(tmp_path):
    from core.perceptron import closest_to_boundary, stray_points
    sep = build(ch06.MistakesMoveTheBoundary, tmp_path, check_layout=True)
    traj = perceptron_run("separable").trajectory
    first = int(np.argmax(traj.mistake))
    update = sep.first_update
    np.testing.assert_allclose(update.theta_after, traj.thetas[first + 1])
    assert update.error == -1  # a false alarm: theta - x
    X = perceptron_run("separable").dataset.X
    assert sep.grazed == closest_to_boundary(traj.thetas[-1], X)
    overlap = build(ch06.OverlapKeepsItTwitching, tmp_path, check_layout=True)
    run = perceptron_run("non_separable")
    np.testing.assert_array_equal(overlap.strays, stray_points(run.trajectory,
                                                               len(run.dataset.y)))
    # The probed stray point: logistic regression's probability there is core's, and close
    # to a coin toss, as the narration says.
    probe, p = overlap.probe
    assert probe in overlap.strays
    fit = newton_method(run.dataset.X, run.dataset.y).thetas[-1]
    assert p == pytest.approx(float(sigmoid(fit @ np.r_[1.0, run.dataset.X[probe]])))
    assert abs(p - 0.5) < 0.1
    assert f"{p:.2f}" in overlap.compare[2][1].tex_string


def test_the_verdict_shows_before_the_line_moves(tmp_path: Path):
    from scene_harness import quiet_config
    with quiet_config(tmp_path):
        board = ch06.PerceptronBoard(perceptron_run("separable"), DARK)
    traj = board.traj
    first = int(np.argmax(traj.mistake))
    board.visits.set_value(first + ch06.JUDGE + ch06.HOLD / 2)  # the scene's "mistake" word
    board.verdict.update(0)
    assert board._verdict_shown in (1, 2)  # a mistake is announced...
    np.testing.assert_array_equal(board.theta(), traj.thetas[first])  # ...the line waits
    assert board.counts().mistakes_this_pass == 1
    board.visits.set_value(first + 1)
    np.testing.assert_array_equal(board.theta(), traj.thetas[first + 1])
