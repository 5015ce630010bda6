"""Chapter 5's scenes: layout after every animation, readouts and halos equal core's numbers,
and the trained boundary separates the clouds on the rendered final frame."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from layout import is_visible
from manim import DOWN, LEFT, RIGHT, UP, DashedLine, Line, Text, VGroup, config
from manim.animation.animation import prepare_animation
from scene_harness import build, final_frame, pixel_at, quiet_config
from scipy import optimize, special

from core import boundary_segment, load_dataset, newton_method, training_lab_run
from core.gradient_ascent import training_lab_run_on
from core.training_lab import band_width
from scenes.common.layout import SIDE
from scenes.common.pieces import ProbabilityField
from scenes.common.plots import slow_start
from scenes.common.theme import DARK
from scenes.logistic_regression import ch05_training_lab as ch05

LAB_SCENES = {
    ch05.GradientAscentSwingsTheBoundary: "default",
    ch05.OverlapSettlesOnACompromise: "overlap",
    ch05.SeparatedCloudsNeverSettle: "separated",
    ch05.LargeLearningRateOvershoots: "lr_too_large",
}


@pytest.mark.parametrize("scene_cls", ch05.SCENES_IN_ORDER, ids=lambda c: c.__name__)
def test_every_scene_builds_inside_the_frame_without_overlaps(scene_cls, tmp_path: Path):
    scene = build(scene_cls, tmp_path, check_layout=True)
    assert scene.beats
    for beat in scene.beats:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", beat.narration.strip()) if s]
        assert 1 <= len(sentences) <= 3, beat.narration


def test_chapter_ends_with_its_quiz(tmp_path: Path):
    assert ch05.SCENES_IN_ORDER[-1] is ch05.TrainingLabCheck
    scene = build(ch05.TrainingLabCheck, tmp_path, check_layout=True)
    assert scene.beats[-1].narration.startswith("The answer is C.")
    right = ch05.QUIZ.choices[ch05.QUIZ.correct]
    assert right.startswith(f"${ch05.sans_maths(f'{ch05.QUIZ_LABEL - ch05.QUIZ_H:g}')}$")
    assert ch05.QUIZ.applied and len(ch05.QUIZ.choices) == 4
    # The picture: the point is where h is the question's h; the answer's update (y - h =
    # 0.7, times alpha x) raises its score, so the line moves toward it, and the note says so.
    step = scene.update_step
    theta = np.asarray(ch05.QUIZ_THETA)
    x = scene.quiz_axes.p2c(scene.quiz_point[1].get_center())[:2]
    assert special.expit(theta[0] + x @ theta[1:]) == pytest.approx(ch05.QUIZ_H, abs=1e-9)
    assert step.error == pytest.approx(ch05.QUIZ_LABEL - ch05.QUIZ_H)
    xb = np.r_[1.0, x]
    after = theta + ch05.QUIZ_RATE * (ch05.QUIZ_LABEL - ch05.QUIZ_H) * xb
    np.testing.assert_allclose(step.theta_after, after, atol=1e-9)
    distance = [abs(t @ xb) / np.linalg.norm(t[1:]) for t in (theta, after)]
    assert distance[1] < distance[0]
    # The new h is spoken (with the new pull) and the point's label shows both.
    h_after = special.expit(after @ xb)
    assert f"{h_after:.2f}" in scene.pull_note.tex_string
    assert (f"lifts its h from {ch05.QUIZ_H:g} to {h_after:.2f}, and its pull falls to "
            f"{ch05.QUIZ_LABEL - h_after:.2f}") in scene.beats[-1].narration
    # The halo keeps the chapter's code: after the update its radius is the new pull's,
    # smaller than the old, and the point's label prints that new pull.
    pull_after = ch05.QUIZ_LABEL - special.expit(after @ xb)
    halo, dot = scene.quiz_point
    radius = np.linalg.norm(halo.points[0] - dot.get_center())
    assert radius == pytest.approx(ch05.quiz_halo_radius(pull_after), rel=1e-3)
    # Visibly smaller at 480p: the radius drops by more than 6 px.
    assert radius < ch05.quiz_halo_radius(ch05.QUIZ_LABEL - ch05.QUIZ_H) - 6 * 8 / 480
    assert f"y - h = {pull_after:.2f}" in scene.pull_note.tex_string
    # The old halo's rim is left behind, thin and faint, round the same point: the halo is
    # seen shrinking inside it.
    rim = scene.halo_before
    assert rim in scene.mobjects
    rim_radius = np.linalg.norm(rim.points[0] - dot.get_center())
    assert rim_radius == pytest.approx(ch05.quiz_halo_radius(ch05.QUIZ_LABEL - ch05.QUIZ_H),
                                       rel=1e-3)
    assert rim.get_fill_opacity() == 0 and rim.get_stroke_opacity() < 1
    # The line before the update is left as the lab's previous step is: a faint broad
    # trail, never dashed (dashes are the first run's band's).
    assert not isinstance(scene.old_line, DashedLine)
    assert scene.old_line.get_stroke_width() == ch05.PREVIOUS_WIDTH
    assert scene.old_line.get_stroke_opacity() == pytest.approx(ch05.PREVIOUS_OPACITY)
    # The field is redrawn for the new weights, through the lab's own ramp (one encoding of
    # h in the chapter): h = 0.3 is drawn as a dim blue of the transition, well away from
    # full blue (the field's shade at h near 0) and from the middle shade (h = 0.5).
    np.testing.assert_allclose(scene.quiz_field._drawn_theta, step.theta_after, atol=1e-12)
    assert type(scene.quiz_field) is ProbabilityField
    rgb = DARK.ramp(np.array([0.0, ch05.QUIZ_H, 0.5]))[..., :3].astype(float)
    full = np.linalg.norm(rgb[0] - rgb[2])
    assert np.linalg.norm(rgb[1] - rgb[0]) > 0.35 * full
    assert np.linalg.norm(rgb[1] - rgb[2]) > 0.35 * full
    # The new h alone (shown first) has no trailing comma: the comma comes with the pull.
    assert not scene.pull_note[0].tex_string.rstrip("}").rstrip().endswith(",")
    assert scene.pull_note[1].tex_string.startswith(r"\mathsf{,")


def test_quiz_label_swaps_during_the_move_never_both_shown():
    """The point's old label leaves in the move's first half, the new one comes in its
    second: at no moment of the move are both partly shown, and both are done by its end."""
    for t in np.linspace(0.0, 1.0, 201):
        out, into = ch05.first_half(t), ch05.second_half(t)
        assert out >= 1.0 - 1e-12 or into <= 1e-12, t
    assert ch05.first_half(0.0) == 0.0 and ch05.second_half(0.0) == 0.0
    assert ch05.first_half(0.5) == pytest.approx(1.0)
    assert ch05.second_half(1.0) == pytest.approx(1.0)


@pytest.mark.parametrize("scene_cls", list(LAB_SCENES), ids=lambda c: c.__name__)
def test_readouts_end_on_cores_final_values(scene_cls, tmp_path: Path):
    scene = build(scene_cls, tmp_path, check_layout=True)
    traj = training_lab_run(LAB_SCENES[scene_cls]).trajectory
    lab = scene.lab
    assert lab.step.get_value() == traj.n_steps
    ll, acc, iteration, norm, rate = (n.get_value() for n in lab.panel.numbers)
    assert rate == traj.learning_rate
    decimals = [n.num_decimal_places for n in lab.panel.numbers]
    assert ll == pytest.approx(round(traj.log_likelihood[-1], decimals[0]), abs=1e-12)
    assert acc == pytest.approx(round(100 * traj.accuracy[-1], decimals[1]), abs=1e-12)
    # No number that a viewer could misread: accuracy in percent, steps without commas.
    assert lab.panel[1][0].original_text == "accuracy %"
    assert not any(n.group_with_commas for n in lab.panel.numbers)
    assert "," not in "".join(m.tex_string for m in lab.curve_axes.x_axis.numbers
                              .get_family() if hasattr(m, "tex_string"))
    assert iteration == traj.n_steps
    assert norm == pytest.approx(round(traj.theta_norm[-1], decimals[3]), abs=1e-12)
    np.testing.assert_array_equal(lab.theta(), traj.thetas[-1])
    # The curve ends on core's last value, at the last iteration.
    end = lab._curve_point(np.array([traj.n_steps]), lab.curve_values[-1:])[0]
    np.testing.assert_allclose(lab.trace.get_end(), end, atol=1e-9)
    np.testing.assert_allclose(lab.head.get_center(), end, atol=1e-9)


def test_readouts_follow_the_swing_on_every_frame(tmp_path: Path):
    # The readouts' panel is in the scene, so its updater (which picks the step the numbers
    # show) runs on every frame of training, not only once training has ended.
    scene = build(ch05.GradientAscentSwingsTheBoundary, tmp_path, check_layout=True)
    assert scene.lab.panel in scene.mobjects
    # Theta's name stays with its arrow to the end (the arrow rooted where the two cover no
    # point).
    assert scene.lab.theta_name in scene.mobjects
    # The first run's band is born here: named, with core's width, in the side panel (its
    # key mark the dashed grey the experiments draw it in), and drawn dashed on its words.
    run = training_lab_run("default")
    width = band_width(run.trajectory.thetas[-1])
    assert scene.first_width == width
    # "Wide" has a unit: a few of the plane's ticks are numbered (their own values), each
    # covering no point and crossed by none of the final lines; they leave with the width.
    numbers = scene.plane_numbers
    assert len(numbers) >= 3 and numbers not in scene.mobjects
    centres = np.array([d.get_center() for d in scene.lab.dots])
    final = run.trajectory.thetas[-1]
    for number in numbers:
        value = float(number.original_text.replace("\u2212", "-"))
        x, y = scene.lab.axes.p2c(number.get_center())[:2]
        assert (abs(x - value) < 0.3 and y < 0) or (abs(y - value) < 0.3 and x < 0)
        lo, hi = number.get_corner(DOWN + LEFT), number.get_corner(UP + RIGHT)
        assert ch05._count_inside(centres, lo - ch05.DOT_RADIUS, hi + ch05.DOT_RADIUS) == 0
        scores = [final[0] + scene.lab.axes.p2c(np.array([a, b, 0]))[:2] @ final[1:]
                  for a in (lo[0], hi[0]) for b in (lo[1], hi[1])]
        for level in (-np.log(9), 0.0, np.log(9)):
            assert not min(scores) < level < max(scores)
    name, mark, number = scene.first_band_note
    assert name.original_text == "first run's band" and number.original_text == f"{width:.2f}"
    # It names the dashed band, so it leaves with it (the rerun shows no dashed band), and
    # the learning rate's row is back in its place in the panel.
    family = scene.get_mobject_family_members()
    assert not any(part in family for part in scene.first_band_note)
    assert scene.first_band not in family
    assert scene.rate_row is scene.lab.panel[4] and scene.rate_row in family
    _check_first_band_style(mark, scene.first_band)
    said = " ".join(b.narration for b in scene.beats)
    assert f"The band ends {width:.2f} wide" in said and "first run's band" in said
    _check_default_band(scene.first_band, scene.lab, run.trajectory.thetas[-1], width)
    # Its width is measured on the band as it is said: a double arrow from the h = 0.1 line
    # to the h = 0.9 line, along the weights, labelled with core's number, across no point.
    arrow, label = scene.band_span
    assert label.original_text == f"{width:.2f}"
    theta = run.trajectory.thetas[-1]
    ends = [np.asarray(scene.lab.axes.p2c(q)[:2]) for q in (arrow.get_start(), arrow.get_end())]
    hs = sorted(1 / (1 + np.exp(-(theta[0] + theta[1:] @ e))) for e in ends)
    np.testing.assert_allclose(hs, [0.1, 0.9], atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(ends[1] - ends[0]), width, rtol=1e-6)
    a, b = arrow.get_start(), arrow.get_end()
    for dot in scene.lab.dots:
        assert not _near_segment(dot.get_center(), a, b, dot.width)
    assert not any(_near_segment(dot.get_center(), label.get_left(), label.get_right(),
                                 dot.width + label.height / 2) for dot in scene.lab.dots)
    # Well clear of the x2 axis's name at the plane's top (a visible gap, not a touch).
    name = scene.lab.axis_names[1]
    apart = np.maximum(name.get_corner(DOWN + LEFT) - scene.band_span.get_corner(UP + RIGHT),
                       scene.band_span.get_corner(DOWN + LEFT) - name.get_corner(UP + RIGHT))
    assert max(apart[:2]) > 0.4


def test_levels_off_is_drawn_on_its_words():
    # Before "levels off" the curve is drawn to the step where the log-likelihood has made
    # most of its climb; what is left is the flat part, drawn on those words.
    ll = training_lab_run("default").trajectory.log_likelihood
    k = ch05.climbed_step(ll)
    assert ch05.SWING_STEPS < k < len(ll) // 4
    rise = ll - ll[0]
    assert rise[k] >= ch05.CLIMB_SHARE * rise[-1] > rise[k - 1]
    # "The boundary swings round into the gap while the log-likelihood shoots up": the
    # swing's steps (played on those words) hold most of the climb; "then the band narrows
    # as the weights grow": |theta| grows over the steps after them.
    assert rise[ch05.SWING_STEPS] > 0.8 * rise[-1]
    norm = training_lab_run("default").trajectory.theta_norm
    assert norm[k] > 1.3 * norm[ch05.SWING_STEPS]


def test_halos_at_the_end_are_cores_pulls_confident_small_borderline_large(tmp_path: Path):
    scene = build(ch05.GradientAscentSwingsTheBoundary, tmp_path, check_layout=True)
    pulls = training_lab_run("default").trajectory.pulls[-1]
    radii = np.array([np.linalg.norm(h.points[0] - d.get_center())
                      for h, d in zip(scene.lab.halos, scene.lab.dots, strict=True)])
    expected = np.array([ch05.halo_radius(p) for p in pulls])
    np.testing.assert_allclose(radii, expected, rtol=1e-3)
    i, j = scene.confident, scene.borderline
    assert abs(pulls[i]) < 0.01 < 0.3 < abs(pulls[j])  # sure and silent / unsure and tugging
    assert radii[i] < radii[j] - 0.05
    assert scene.lab.halos[i].get_stroke_opacity() < scene.lab.halos[j].get_stroke_opacity()
    # The halos in the pull's own colour, never the pointer's yellow.
    for halo in scene.lab.halos:
        assert halo.get_stroke_color().to_hex().upper() != DARK.highlight.upper()
        assert halo.get_fill_color().to_hex().upper() != DARK.highlight.upper()
    # Fill in proportion to the pull for the points still tugging; once the words turn to
    # the hard cases the settled points (core's pull under QUIET_PULL) lose their halos and
    # fade almost away, leaving the borderline points and the line.
    fills = np.array([h.get_fill_opacity() for h in scene.lab.halos])
    still = np.abs(pulls) >= ch05.QUIET_PULL
    assert 0 < still.sum() < len(pulls) // 2
    np.testing.assert_allclose(fills[still], ch05.HALO_OPACITY * np.abs(pulls[still]),
                               atol=1e-6)
    np.testing.assert_allclose(fills[~still], 0.0, atol=1e-9)
    np.testing.assert_array_equal(np.sort(scene.svm_faded), np.flatnonzero(~still))
    for k, dot in enumerate(scene.lab.dots):
        assert (dot.get_fill_opacity() == pytest.approx(ch05.SVM_FADE)) == (not still[k])
    # The rings still tugging are drawn bold, full strength.
    for k in np.flatnonzero(still):
        assert scene.lab.halos[k].get_stroke_opacity() == pytest.approx(1.0)
        assert scene.lab.halos[k].get_stroke_width() == pytest.approx(ch05.STILL_STROKE)
    # The loud one is the point with the largest pull, on the wrong side of the line.
    size = np.abs(pulls)
    assert size[j] == size.max() and size[i] == size.min()
    run = training_lab_run("default")
    theta, x, label = run.trajectory.thetas[-1], run.dataset.X[j], run.dataset.y[j]
    assert (theta[0] + x @ theta[1:] >= 0) != (label == 1)
    # The callouts print core's |y - h| for those two points.
    # (In the legend's sans face: text, never TeX.)
    shown = " ".join(m.original_text for m in scene.callouts.get_family()
                     if isinstance(m, Text))
    # The sure point's pull is below 0.0005, shown as "< 0.001", never rounded to 0.000.
    assert abs(pulls[i]) < 5e-4 and "< 0.001" in shown and "0.000" not in shown
    assert f"{abs(pulls[j]):.3f}" in shown
    # Neither call-out's pointer runs across the other's box, and each box keeps clear of
    # the other's point and of the boundary.
    (p0, box0, _), (p1, box1, _) = scene.callouts
    lab = scene.lab
    for pointer, box, other in ((p0, box1, lab.dots[i]), (p1, box0, lab.dots[j])):
        lo, hi = box.get_corner(DOWN + LEFT)[:2], box.get_corner(UP + RIGHT)[:2]
        for m in (pointer, lab.boundary.line):
            for t in np.linspace(0, 1, 200):
                q = (m.get_start() + t * (m.get_end() - m.get_start()))[:2]
                assert not (np.all(q > lo) and np.all(q < hi))
        assert not np.all(np.abs(other.get_center() - box.get_center())[:2]
                          < np.array([box.width, box.height]) / 2)


def test_halo_area_beyond_the_dot_is_in_proportion_to_the_pull():
    # The area a halo adds round its dot is |y - h| times the area at a pull of 1 (checked
    # with pi r^2 here); under HALO_MIN_PULL there is no halo (the dot's size, no ink).
    def extra(pull: float) -> float:
        return np.pi * (ch05.halo_radius(pull) ** 2 - ch05.DOT_RADIUS ** 2)

    full = extra(1.0)
    assert ch05.halo_radius(1.0) == pytest.approx(ch05.DOT_RADIUS + ch05.HALO_GROWTH)
    for pull in (0.05, 0.1, 0.25, 0.5, 0.8, -0.8):
        assert extra(pull) == pytest.approx(abs(pull) * full, rel=1e-9)
    for pull in (0.0, 0.01, 0.049, -0.03):
        assert ch05.halo_radius(pull) == ch05.DOT_RADIUS and ch05.halo_strength(pull) == 0.0
    # The ring: HALO_BRIGHTNESS times the pull, at most 1 (a ring still pulling reads).
    assert ch05.halo_strength(0.2) == pytest.approx(0.2 * ch05.HALO_BRIGHTNESS)
    assert ch05.halo_strength(0.2) < 1.0
    assert ch05.halo_strength(0.6) == pytest.approx(1.0)
    assert ch05.halo_fill(0.6) == pytest.approx(0.6 * ch05.HALO_OPACITY)
    assert ch05.halo_fill(0.04) == 0.0


def test_replay_is_rewound_before_its_words_and_has_swung_by_swung_in(tmp_path: Path):
    # "Now run the same steps again from the start" opens the sentence (the rewind is on
    # its first word), and by "once the line has swung in" the replay has reached the
    # step where the first run's line had swung round (SWING_STEPS).
    scene = build(ch05.GradientAscentSwingsTheBoundary, tmp_path)
    beat = next(b for b in scene.beats if "once the line has swung in" in b.narration)
    assert beat.narration.startswith("Now run the same steps again from the start")
    marks = dict(beat.marks)
    assert marks["rewind"] == pytest.approx(beat.start, abs=0.05)
    assert marks["rewind"] < marks["look"] < marks["deep"] < marks["died"]
    assert scene.swung_at_deep == ch05.REPLAY_SWING
    assert scene.shrunk_at_died == ch05.REPLAY_SHRINK[0]
    # At REPLAY_SWING the line has swung: most points are on their own side already...
    run = training_lab_run("default")
    assert run.trajectory.accuracy[ch05.REPLAY_SWING] > 0.9
    assert run.trajectory.accuracy[ch05.REPLAY_SWING - 2] < 0.8  # ...and had not before
    # ...and the halos die away on the words after it: most points still pull (>= 0.1,
    # QUIET_PULL) at REPLAY_SWING, fewer than half by REPLAY_SHRINK[0], and the mean pull
    # has more than halved by REPLAY_SHRINK[1].
    X, y = run.dataset.X, run.dataset.y

    def pulls(k: int) -> np.ndarray:
        return np.abs(y - 1 / (1 + np.exp(-(run.trajectory.thetas[k][0]
                                             + X @ run.trajectory.thetas[k][1:]))))

    assert np.mean(pulls(ch05.REPLAY_SWING) >= ch05.QUIET_PULL) == 1.0
    assert np.mean(pulls(ch05.REPLAY_SHRINK[1]) >= ch05.QUIET_PULL) < 0.5
    assert pulls(ch05.REPLAY_SHRINK[1]).mean() < pulls(ch05.REPLAY_SWING).mean() / 2


def _probes(X: np.ndarray, y: np.ndarray, theta: np.ndarray, label: int, n: int = 5
            ) -> np.ndarray:
    """``n`` places near class ``label``'s cloud, clear of every point and of the boundary."""
    (x0, x1), (y0, y1) = ch05.BOX
    gx, gy = np.meshgrid(np.arange(x0 + 0.3, x1 - 0.3, 0.2), np.arange(y0 + 0.3, y1 - 0.3, 0.2))
    grid = np.column_stack([gx.ravel(), gy.ravel()])
    clear = np.min(np.linalg.norm(grid[:, None] - X[None], axis=2), axis=1) > 0.45
    distance = np.abs(theta[0] + grid @ theta[1:]) / np.linalg.norm(theta[1:])
    off_axes = np.min(np.abs(grid), axis=1) > 0.15  # the axes are drawn over the field
    grid = grid[clear & (distance > 0.6) & off_axes]
    centre = X[y == label].mean(axis=0)
    return grid[np.argsort(np.linalg.norm(grid - centre, axis=1))[:n]]


def _near_segment(point: np.ndarray, start: np.ndarray, end: np.ndarray,
                  reach: float) -> bool:
    """Whether ``point`` lies within ``reach`` of the segment from ``start`` to ``end``."""
    d = (end - start)[:2]
    t = float(np.clip((point - start)[:2] @ d / max(float(d @ d), 1e-12), 0.0, 1.0))
    return float(np.linalg.norm((point - start)[:2] - t * d)) < reach


def test_final_frame_separates_the_clouds_where_core_put_the_boundary(tmp_path: Path):
    scene, pixels = final_frame(ch05.GradientAscentSwingsTheBoundary, tmp_path)
    run = training_lab_run("default")
    X, y, theta = run.dataset.X, run.dataset.y, run.trajectory.thetas[-1]
    axes = scene.lab.axes
    for label in (0, 1):
        probes = _probes(X, y, theta, label, n=20)
        assert len(probes) == 20
        labels = [c[1] for c in scene.callouts]  # each call-out's backing
        checked = 0
        for p in probes:
            point = axes.c2p(*p)
            if any(np.all(np.abs(point - c.get_center())[:2]
                          < np.array([c.width, c.height]) / 2 + 0.1) for c in labels):
                continue  # under a call-out's label
            if any(_near_segment(point, c[0].get_start(), c[0].get_end(), 0.15)
                   for c in scene.callouts):
                continue  # under a call-out's pointer
            arrow, name = scene.lab.boundary.arrow, scene.lab.theta_name
            if (_near_segment(point, arrow.get_start(), arrow.get_end(), 0.25)
                    or np.all(np.abs(point - name.get_center())[:2]
                              < np.array([name.width, name.height]) / 2 + 0.1)):
                continue  # under the theta arrow or its name
            checked += 1
            r, _, b = pixel_at(scene, pixels, point)
            if label == 1:
                assert r > b + 40, (p, r, b)  # warm: the model says class 1
            else:
                assert b > r + 40, (p, r, b)  # teal: the model says class 0
        assert checked >= 5
    # The white boundary is drawn where core's final theta puts it.
    segment = boundary_segment(theta, *ch05.BOX)
    dots = np.array([d.get_center() for d in scene.lab.dots])
    found = 0
    for t in np.linspace(0.05, 0.95, 19):
        point = axes.c2p(*(segment[0] + t * (segment[1] - segment[0])))
        if np.min(np.linalg.norm(dots - point, axis=1)) < 0.4:
            continue  # under a point, its halo or the normal arrow's base
        found += 1
        assert np.all(pixel_at(scene, pixels, point) > 200), point
    assert found >= 8


def test_the_experiments_show_what_the_text_promises(tmp_path: Path):
    overlap = build(ch05.OverlapSettlesOnACompromise, tmp_path, check_layout=True).lab
    separated = build(ch05.SeparatedCloudsNeverSettle, tmp_path, check_layout=True).lab
    default = build(ch05.GradientAscentSwingsTheBoundary, tmp_path, check_layout=True).lab
    # Overlap: a soft field, many points still pulling at the end.
    assert overlap.traj.theta_norm[-1] < 0.5 * default.traj.theta_norm[-1]
    assert np.sum(np.abs(overlap.pulls()) > 0.3) > np.sum(np.abs(default.pulls()) > 0.3)
    # Separated: |theta| still climbing at the last step, the log-likelihood near 0.
    assert separated.traj.theta_norm[-1] > separated.traj.theta_norm[-100]
    # Every lab shows the log-likelihood to the same number of decimals.
    assert separated.panel.numbers[0].num_decimal_places == 2
    # |theta| keeps climbing over the last half while the log-likelihood barely moves.
    traj = separated.traj
    half = traj.n_steps // 2
    assert traj.theta_norm[-1] > 1.2 * traj.theta_norm[half]
    assert np.all(np.diff(traj.theta_norm[half:]) > 0)
    assert traj.log_likelihood[-1] - traj.log_likelihood[half] < 0.01 * -traj.log_likelihood[0]
    end = separated.norm_axes.c2p(traj.n_steps, traj.theta_norm[-1])
    np.testing.assert_allclose(separated.norm_trace.get_end(), end, atol=1e-9)
    # Each log-likelihood chart runs from a round floor just below its run's (and the
    # ghosted run's) lowest value up to 0; the default run ghosted under the overlap run, its
    # values on the same scale. The separated run's chart is |theta|'s, from 0.
    ghosted = training_lab_run("default").trajectory.log_likelihood[:overlap.n_steps + 1]
    for lab, lowest in ((overlap, min(overlap.traj.log_likelihood.min(), ghosted.min())),
                        (default, default.traj.log_likelihood.min())):
        assert lab.ll_floor <= lowest < lab.ll_floor + 10 and lab.ll_floor % 10 == 0
        assert lowest - lab.ll_floor >= ch05.FLOOR_ROOM * -lowest  # the head clear of the axis
        assert lab.curve_values is lab.traj.log_likelihood
        top = lab._curve_point(np.array([0]), np.array([0.0]))[0]
        np.testing.assert_allclose(lab.zero_line.get_start(), top, atol=1e-9)
        assert lab.curve_y_numbers[1].tex_string == "0"
        assert lab.curve_y_numbers[0].tex_string == f"{lab.ll_floor:g}"
        # Tall enough to read: the chart's axis is more than 2.5 units (150 px at 480p).
        assert lab.curve_axes.y_axis.height > 2.5
    assert separated.curve_values is separated.traj.theta_norm
    assert separated.curve_y_numbers[0].tex_string == "0"
    assert separated.curve_y_label.text == "|\u03b8|"
    ghost = training_lab_run("default").trajectory.log_likelihood
    end = overlap._curve_point(np.array([ghost.size - 1]), ghost[-1:])[0]
    np.testing.assert_allclose(overlap.ghost_curve.get_end(), end, atol=1e-9)
    assert overlap.traj.log_likelihood[-1] < default.traj.log_likelihood[-1] - 10


def test_separated_scene_drags_the_default_clouds_apart_and_narrows_the_band(tmp_path):
    scene = build(ch05.SeparatedCloudsNeverSettle, tmp_path, check_layout=True)
    # The log-likelihood's readout is lit while its words are spoken, as the accuracy's is,
    # and it reads core's last value: just below zero.
    assert "log-likelihood readout" in scene.beats[-1].narration
    assert scene.lit_at_creeps.to_hex().upper() == DARK.highlight.upper()
    # And already on "raises the likelihood", lit at the end of the run that says it.
    assert scene.lit_at_raises.to_hex().upper() == DARK.highlight.upper()
    assert any("always raises the likelihood" in b.narration for b in scene.beats)
    assert scene.lab.panel[0][0].get_color().to_hex().upper() == DARK.text.upper()
    assert -1.0 < scene.lab.panel.numbers[0].get_value() < 0.0
    before, after = scene.drag
    np.testing.assert_array_equal(before, load_dataset("clouds").X)
    lab = scene.lab
    # The dashed line shown during the drag is the run's final boundary; the ringed strays
    # are on its wrong side before the drag and on their own side after it.
    theta = lab.traj.thetas[-1]
    for end in (scene.split.get_start(), scene.split.get_end()):
        x = lab.axes.p2c(end)[:2]
        assert theta[0] + x @ theta[1:] == pytest.approx(0.0, abs=1e-6)
    assert len(scene.strays) >= 1
    for i in scene.strays:
        y = lab.y[i]
        assert (theta[0] + before[i] @ theta[1:] > 0) != (y == 1)
        assert (theta[0] + after[i] @ theta[1:] > 0) == (y == 1)
    # The strays' rings in the highlight (the words point at them), one round each stray.
    assert len(scene.stray_rings) == len(scene.strays)
    for ring in scene.stray_rings:
        assert ring.get_color().to_hex().upper() == DARK.highlight.upper()
        assert ring.get_stroke_width() >= 4
    for dot, x in zip(lab.dots, after, strict=True):  # the dots end where core put them
        np.testing.assert_allclose(dot.get_center(), lab.axes.c2p(*x), atol=1e-9)
    # The separated band is about half the first clouds' trained the same way (one
    # baseline: the run whose |theta| is the grey curve; its band drawn dashed round it,
    # below): core's widths, checked against 2 logit(0.9) / |w| here, the words say so.
    first = training_lab_run_on("separated", "clouds").trajectory
    assert first.learning_rate == lab.traj.learning_rate and first.n_steps == lab.n_steps
    mine = band_width(training_lab_run("separated").trajectory.thetas[-1])
    theirs = band_width(first.thetas[-1])
    assert theirs == pytest.approx(2 * np.log(9) / np.linalg.norm(first.thetas[-1][1:]))
    assert scene.band_widths == (mine, theirs)
    assert 0.4 < mine / theirs < 0.6  # "about half the dotted one"
    assert "about half the dotted one, the first clouds' band trained the same way" in " ".join(
        b.narration for b in scene.beats)
    # "Once it reads a hundred, every point is on its own side": the first run stops on
    # the step after which no point is ever wrong again (counted here from core's h).
    thetas = lab.traj.thetas
    z = thetas[:, :1] + thetas[:, 1:] @ after.T
    right = np.all((z >= 0) == (lab.y == 1), axis=1)
    assert not right[scene.sorted_step - 1] and np.all(right[scene.sorted_step:])
    # That step is marked on the |theta| chart (the chart is |theta|'s, not the
    # log-likelihood's, which hugs 0 here), where the weights stood then.
    np.testing.assert_allclose(
        scene.sorted_mark[0].get_center(),
        lab.norm_axes.c2p(scene.sorted_step, lab.traj.theta_norm[scene.sorted_step]),
        atol=1e-9)
    # The mark is named (the accuracy it marks), under the curve, clear of the level's name.
    name = scene.sorted_mark[1]
    assert name.original_text == "100 %"
    assert lab.traj.accuracy[scene.sorted_step] == 1.0
    assert name.get_right()[0] < lab.ceiling[1].get_left()[0]
    right = lab.norm_axes.p2c(name.get_right())[0]
    assert lab.traj.theta_norm[int(np.floor(scene.sorted_step))] > lab.norm_axes.p2c(
        name.get_top())[1]
    assert lab.traj.theta_norm[int(np.ceil(right))] > lab.norm_axes.p2c(name.get_top())[1]
    # The strays are counted aloud as they are ringed; no halos here (no word uses them),
    # nor their key; at the knife edge the boundary steps aside for the two bands.
    assert f"the {ch05.COUNT_WORDS[len(scene.strays)]} ringed strays" in scene.beats[0].narration
    assert lab.halos not in scene.mobjects
    # ...and the boundary stays (the knife edge is its own), its arrow aside; the dashed
    # pair is keyed in the legend as the first run's band, in its own style; the line where
    # the boundary will end is drawn as a boundary, never dashed (dashes are the band's).
    family = scene.get_mobject_family_members()
    assert lab.boundary.line in family and not is_visible(lab.boundary.arrow)
    key = scene.first_band_key
    assert key in scene.mobjects and key[1].original_text == "first clouds"
    # Dotted, not the first run's dashes: a different band from the one the first scene named.
    assert key[0].dash_length == ch05.LIMIT_BAND_DASH < ch05.FIRST_BAND_DASH
    _check_first_band_style(key[0], scene.default_band)
    _check_legend_clear_of_heading(scene, key)
    assert not isinstance(scene.split, DashedLine) and not isinstance(scene.zoom[2], DashedLine)
    assert "This line is where this experiment's boundary will end" in scene.beats[0].narration
    # "More than twice the default clouds' level", "still rising at the last step".
    assert lab.traj.theta_norm[-1] > 2 * scene.settle
    assert lab.traj.theta_norm[-1] > lab.traj.theta_norm[-2]
    # The larger learning rate is named in the beat whose picture first shows it (the run
    # is otherwise "the same bad start as before"), and its row is back in the panel.
    start = next(b for b in scene.beats if b.narration.startswith("Same bad start"))
    assert f"learning rate, {lab.traj.learning_rate:g}," in start.narration
    assert scene.rate_row is lab.panel[4]
    _check_default_band(scene.default_band, lab, lab.traj.thetas[-1], theirs)
    # The dashed level on the |theta| chart is the default clouds' best fit's length, and
    # this run's weights end far past it.
    level, words = lab.ceiling
    assert lab.norm_axes.p2c(level.get_start())[1] == pytest.approx(scene.settle)
    # The level is named for what it is, the best fit (on the chart and in the words), and
    # the words say why the first run's |theta| ended below it: it settles there only if
    # trained long enough (the first run's level is not on this chart, so not compared).
    default = training_lab_run("default").trajectory
    # (on one line under the level, right-aligned: clear of the curve's steep start on the
    # left, and of the chart's axis below it)
    said_on_chart = " ".join(w.original_text for w in words)
    assert said_on_chart == f"limit {scene.settle:.2f}"
    assert words.get_bottom()[1] > lab.norm_axes.c2p(0, 0)[1] + 0.05
    assert words.get_left()[0] > lab.norm_axes.c2p(lab.n_steps / 10, 0)[0]
    assert scene.reached == default.theta_norm[-1] < scene.settle
    said = " ".join(b.narration for b in scene.beats)
    assert f"{scene.settle:.2f}" in said
    # The first clouds trained as this run is, grey on the chart (core's |theta| at every
    # step), level off onto the dashed limit: said, named in the chart's header, drawn.
    assert "the grey curve is the first clouds trained the same way" in said
    assert "their weights settle on the dashed level" in said
    first = scene.first_norms
    assert len(first) == lab.n_steps + 1 and first[-1] == pytest.approx(scene.settle, rel=0.01)
    ends = [lab.norm_axes.p2c(p)[:2] for p in (scene.first_curve.get_start(),
                                                 scene.first_curve.get_end())]
    np.testing.assert_allclose(ends, [[0, first[0]], [lab.n_steps, first[-1]]], atol=1e-9)
    name = scene.first_name
    # Named with its learning rate (this run's: "trained the same way"), told from the first
    # run (its band dashed) at a glance.
    assert name.original_text == f"first clouds, \u03b1 = {lab.traj.learning_rate:g}"
    assert training_lab_run_on("separated", "clouds").trajectory.learning_rate == (
        lab.traj.learning_rate)
    assert name[0].get_fill_color().to_hex().upper() == DARK.muted.upper()
    assert scene.first_curve.get_stroke_color().to_hex().upper() == DARK.muted.upper()
    # In the chart's header, right of the chart's own name, inside the side panel: the
    # chart's middle, where the curves and the limit meet, is left to them.
    assert name.get_left()[0] > lab.curve_y_label.get_right()[0]
    assert name.get_bottom()[1] == pytest.approx(lab.curve_y_label.get_bottom()[1])
    assert name.get_bottom()[1] > lab.norm_axes.get_top()[1] and SIDE.contains(name)
    assert scene.first_curve in scene.mobjects
    assert f"first run's {default.n_steps} steps" not in said
    # One name for each reference: the first run's 300 steps, the first clouds' limit.
    assert "default" not in said.lower()
    # The level's name sits right of the steep start of the |theta| curve, clear of it.
    left = lab.norm_axes.p2c(words.get_left())[0]
    start = int(np.ceil(left))
    top = lab.norm_axes.p2c(words.get_top())[1]
    assert lab.traj.theta_norm[start:].min() > top
    assert scene.first_norms[start:].min() > top  # the grey curve too
    assert lab.traj.theta_norm[-1] > 2 * scene.settle
    # "Still rising": an upward arrow just right of the curve's end, its tip level with it,
    # below the chart's header (the grey curve's name), never drawn over it.
    onward, end = scene.onward, lab.norm_trace.get_end()
    assert onward.get_end()[1] > onward.get_start()[1] + 0.3
    assert onward.get_end()[1] == pytest.approx(end[1], abs=0.02)
    assert onward.get_left()[0] > end[0]
    assert onward.get_top()[1] < scene.first_name.get_bottom()[1] - 0.05
    # The close-up on "separates them cleanly": the strays (and every point in its window)
    # magnified, each clear of the final line by more than its own radius, on its own side.
    inset, zoom_points = scene.zoom_axes, scene.zoom[3]
    assert set(scene.strays) <= set(scene.zoom_points)
    for i, dot in zip(scene.zoom_points, zoom_points, strict=True):
        np.testing.assert_allclose(inset.p2c(dot.get_center())[:2], after[i], atol=1e-9)
        signed = (theta[0] + after[i] @ theta[1:]) / np.linalg.norm(theta[1:])
        assert (signed > 0) == (lab.y[i] == 1)
        gap = abs(signed) * (inset.c2p(1, 0) - inset.c2p(0, 0))[0] - dot.radius
        assert gap > 0.15  # scene units: some 9 px of background at 480p
    line = scene.zoom[2]
    for end in (line.get_start(), line.get_end()):
        x = inset.p2c(end)[:2]
        assert theta[0] + x @ theta[1:] == pytest.approx(0.0, abs=1e-6)
    zoomed = (inset.c2p(1, 0) - inset.c2p(0, 0))[0] / (lab.axes.c2p(1, 0) - lab.axes.c2p(0, 0))[0]
    assert zoomed > 3
    # The inset and its leader sit in empty room: the frame covers no point, the leader
    # runs across none (measured here in scene units from the dots as drawn).
    (window, leader), frame = scene.zoom[0], scene.zoom[1]
    lo, hi = frame.get_corner(DOWN + LEFT)[:2], frame.get_corner(UP + RIGHT)[:2]
    for dot in lab.dots:
        c = dot.get_center()
        assert not np.all((c[:2] > lo - ch05.DOT_RADIUS) & (c[:2] < hi + ch05.DOT_RADIUS))
        if np.linalg.norm(c - window.get_center()) > window.width:  # not the strays' own
            assert not _near_segment(c, leader.get_start(), leader.get_end(),
                                     2 * ch05.DOT_RADIUS)
    # x2's name stays clear of every line drawn across the plane's top at the end: the
    # boundary, the band's edges and the default run's dashed band.
    name = lab.axis_names[1]
    lo, hi = name.get_corner(DOWN + LEFT)[:2], name.get_corner(UP + RIGHT)[:2]
    for mob in (lab.boundary.line, *(e.line for e in lab.band), *scene.default_band):
        start, end = mob.get_start(), mob.get_end()
        for t in np.linspace(0, 1, 200):
            p = (start + t * (end - start))[:2]
            assert not np.all((p > lo - 0.05) & (p < hi + 0.05)), mob
    # The band's two lines are where h = 0.1 and h = 0.9 for the final weights.
    theta = lab.traj.thetas[-1]
    for edge, want in zip(lab.band, (0.9, 0.1), strict=True):
        for end in (edge.line.get_start(), edge.line.get_end()):
            x = lab.axes.p2c(end)[:2]
            assert special.expit(theta[0] + x @ theta[1:]) == pytest.approx(want, abs=1e-6)


def _check_band_note(note, mine: float, theirs: float) -> None:
    """Two bars on one scale, each with core's width printed beside it."""
    (_, this_bar, this_number), (_, that_bar, that_number) = note
    assert [this_number.original_text, that_number.original_text] == [f"{mine:.2f}",
                                                                       f"{theirs:.2f}"]
    assert this_bar.width / that_bar.width == pytest.approx(mine / theirs, rel=1e-6)


def _check_default_band(lines, lab, theta, theirs: float) -> None:
    """The default run's band, dashed in the field: parallel to this boundary, centred on it,
    the default's width apart (measured here from the lines' ends, not from core)."""
    unit = theta[1:] / np.linalg.norm(theta[1:])
    offsets = []
    for line in lines:
        ends = [lab.axes.p2c(p)[:2] for p in (line.get_start(), line.get_end())]
        signed = [(theta[0] + x @ theta[1:]) / np.linalg.norm(theta[1:]) for x in ends]
        assert signed[0] == pytest.approx(signed[1], abs=1e-6)  # parallel
        assert abs((ends[1] - ends[0]) @ unit) < 1e-6
        offsets.append(signed[0])
    assert sum(offsets) == pytest.approx(0.0, abs=1e-6)
    assert abs(offsets[0] - offsets[1]) == pytest.approx(theirs, rel=1e-6)


def test_overlap_band_is_more_than_twice_the_default_and_the_summed_pulls_balance(tmp_path):
    scene = build(ch05.OverlapSettlesOnACompromise, tmp_path, check_layout=True)
    lab = scene.lab
    # The default run is grey wherever it is drawn: its curve (named so in the words and in
    # its label), its dashed band in the field and its bar, outlined in dashes.
    assert "The grey curve is the first run" in scene.beats[1].narration
    assert not any("default" in b.narration.lower() for b in scene.beats)
    assert lab.ghost_label.original_text == "grey: first run"
    assert lab.ghost_curve.get_stroke_color().to_hex().upper() == DARK.muted.upper()
    assert all(line.get_color().to_hex().upper() == DARK.muted.upper()
               for line in scene.default_band)
    default_bar = scene.band_notes[0][1][1]
    assert default_bar[1].get_stroke_color().to_hex().upper() == DARK.muted.upper()
    assert len(default_bar[1]) > 4  # dashes, not one outline
    mine = band_width(lab.traj.thetas[-1])
    theirs = band_width(training_lab_run("default").trajectory.thetas[-1])
    assert mine > 2 * theirs  # "more than twice the default run's"
    (note,) = scene.band_notes
    _check_band_note(note, mine, theirs)
    _check_default_band(scene.default_band, lab, lab.traj.thetas[-1], theirs)
    # The dashed pair is keyed in the legend, as the first run's band, in its style.
    key = scene.first_band_key
    assert key[1].original_text == "first run"
    _check_first_band_style(key[0], scene.default_band)
    _check_legend_clear_of_heading(scene, key)
    # At the balance every point still pulling is seen pulling: the halos are back (core's
    # pulls at the final weights, here from scipy's expit), keyed in the legend again, and
    # the dashed pair (compared already) has left with its key.
    assert lab.halos in scene.mobjects and scene.lab_key[2] in scene.mobjects
    assert key not in scene.mobjects and scene.default_band not in scene.mobjects
    final = lab.traj.thetas[-1]
    pulls = lab.y - special.expit(final[0] + lab.X @ final[1:])
    radii = np.array([h.width / 2 for h in lab.halos])
    assert radii == pytest.approx([ch05.halo_radius(p) for p in pulls], rel=1e-2)
    # Each class's pulls added up (here with scipy's expit): a balance beside the plot, two
    # arrows from one tick, opposite ways (class 1's left, class 0's right), their lengths
    # in proportion to the sums, so equal at the fit; each sum named with its class.
    theta = lab.traj.thetas[-1]
    h = special.expit(theta[0] + lab.X @ theta[1:])
    sums = (np.sum(h[lab.y == 0]), np.sum(1 - h[lab.y == 1]))
    assert sums[0] == pytest.approx(sums[1], abs=5e-3)  # in balance, as the words say
    starts, lengths = [], []
    for label, arrow in enumerate(scene.tug_arrows):
        way = arrow.get_end() - arrow.get_start()
        assert np.sign(way[0]) == (1.0 if label == 0 else -1.0) and abs(way[1]) < 1e-9
        starts.append(arrow.get_start())
        lengths.append(np.linalg.norm(way))
        assert SIDE.contains(arrow)
        assert arrow in scene.mobjects or arrow in scene.get_mobject_family_members()
    np.testing.assert_allclose(starts[0], starts[1], atol=1e-9)
    np.testing.assert_allclose(scene.tug_tick.get_center(), starts[0], atol=1e-9)
    np.testing.assert_allclose(lengths, ch05.TUG_SCALE * np.array(sums), rtol=1e-3)
    # Nothing of the balance is drawn on the plane.
    plane_right = lab.axes.get_right()[0]
    assert min(a.get_left()[0] for a in scene.tug_arrows) > plane_right
    for label, (arrow, entry) in enumerate(zip(scene.tug_arrows, scene.tug_labels,
                                               strict=True)):
        icon, words = entry
        assert icon.get_color().to_hex() == arrow.get_color().to_hex()
        assert arrow.get_color().to_hex().upper() == (DARK.class0, DARK.class1)[label].upper()
        assert words[0].original_text.startswith(f"class {label} \u03a3|y \u2212 h|")
        assert words[0].original_text.endswith(f"= {sums[label]:.2f}")
        assert SIDE.contains(entry)
    # "Unsure" tints the band itself: the tint's corners lie on the h = 0.1 and h = 0.9
    # lines (computed here with scipy's expit), at the plane's top and bottom edges.
    tint, name = scene.unsure
    # Once the halos come back (the balance), the tint and its key have left: the
    # borderline dots and their halos are drawn on the plain field.
    assert tint not in scene.mobjects and name not in scene.mobjects
    hs = sorted(float(special.expit(theta[0] + lab.axes.p2c(p)[:2] @ theta[1:]))
                for p in tint.get_vertices())
    assert hs == pytest.approx([0.1, 0.1, 0.9, 0.9], abs=1e-6)
    ys = sorted(float(lab.axes.p2c(p)[1]) for p in tint.get_vertices())
    assert ys == pytest.approx([ch05.BOX[1][0]] * 2 + [ch05.BOX[1][1]] * 2, abs=1e-6)
    # Its key, in the side panel: a swatch that is a piece of the band as drawn (the
    # field's middle shade under the tint, between two edge lines), and the band's name.
    swatch, words = name
    assert SIDE.contains(name)
    under, tinted, *edges = swatch
    # The field's shades across the band, from h = 0.1's side to h = 0.9's, left to right.
    want = scene.theme.ramp(np.array(ch05.SWATCH_SHADES))
    assert [strip.get_fill_color().to_hex().upper() for strip in under] == [
        "#{:02X}{:02X}{:02X}".format(*rgba[:3]) for rgba in want]
    assert all(a.get_x() < b.get_x() for a, b in zip(under[:-1], under[1:], strict=True))
    assert list(ch05.SWATCH_SHADES) == sorted(ch05.SWATCH_SHADES)
    assert 0.1 <= min(ch05.SWATCH_SHADES) < 0.5 < max(ch05.SWATCH_SHADES) <= 0.9
    assert tinted.get_fill_color().to_hex() == tint.get_fill_color().to_hex()
    assert tinted.get_fill_opacity() == pytest.approx(tint.get_fill_opacity())
    assert len(edges) == 2 and all(e.get_color().to_hex() == lab.band[0].line.get_color()
                                   .to_hex() for e in edges)
    assert words[0].original_text == "unsure: 0.1 < h < 0.9"


def _max_log_likelihood(X: np.ndarray, y: np.ndarray) -> float:
    """The largest sum_i [y_i z_i - log(1 + e^z_i)], z = theta^T [1, x], found by scipy's
    BFGS from the formula written here: independent of core's Newton method and likelihood."""
    Xb = np.column_stack([np.ones(len(X)), X])

    def loss(theta: np.ndarray) -> float:
        z = Xb @ theta
        return float(np.sum(np.logaddexp(0.0, z) - y * z))

    def gradient(theta: np.ndarray) -> np.ndarray:
        return Xb.T @ (special.expit(Xb @ theta) - y)

    fit = optimize.minimize(loss, np.zeros(Xb.shape[1]), jac=gradient, method="BFGS",
                            options={"gtol": 1e-10})
    return -fit.fun


def test_large_rate_scene_marks_the_best_and_the_previous_step(tmp_path: Path):
    scene = build(ch05.LargeLearningRateOvershoots, tmp_path, check_layout=True)
    run = training_lab_run("lr_too_large")
    data = run.dataset
    best = _max_log_likelihood(data.X, data.y)
    assert scene.best == pytest.approx(best)
    assert run.trajectory.log_likelihood.max() <= best + 1e-9
    assert scene.lab.panel.numbers[4].get_value() == run.trajectory.learning_rate
    # The chart's floor leaves room under the first step's drop (its head not on the axis).
    lowest = min(run.trajectory.log_likelihood.min(),
                 training_lab_run("overlap").trajectory.log_likelihood[:run.trajectory.n_steps
                                                                        + 1].min())
    assert lowest - scene.lab.ll_floor >= ch05.FLOOR_ROOM * -lowest
    # "For a few steps it looks settled", then "the overshoots return" as a steady swing: the
    # calm steps stay within one unit of the best, and from the wobble on it saws.
    gap = best - run.trajectory.log_likelihood
    k = scene.wobble
    calm = gap[k - 4:k]
    assert np.all(calm < 1.0) and gap[k] > 1.0
    d = np.diff(run.trajectory.log_likelihood[k + 1:])
    assert np.all(d[1:] * d[:-1] < 0)  # down, up, down, ...
    # The map: core's level curves and the two runs' weights, the normal rate in its colour.
    m = scene.contour
    np.testing.assert_allclose(m.peak, newton_method(data.X, data.y).thetas[-1][1:])
    axes_paths = list(scene.drawn_paths)
    normal = training_lab_run("overlap").trajectory.thetas[:, 1:]
    axes = scene.map_axes
    for path, w in zip(axes_paths, (normal, run.trajectory.thetas[:, 1:]), strict=True):
        np.testing.assert_allclose(axes.p2c(path.get_start())[:2], w[0], atol=1e-9)
        np.testing.assert_allclose(axes.p2c(path.get_end())[:2], w[-1], atol=1e-9)
    (x0, x1), (y0, y1) = ch05.MAP_BOX
    for ring, curve in zip(scene.rings, m.curves, strict=True):  # core's curves, in the box
        np.testing.assert_allclose(axes.p2c(ring.get_start())[:2], curve[0], atol=1e-9)
        assert x0 < curve[:, 0].min() and curve[:, 0].max() < x1
        assert y0 < curve[:, 1].min() and curve[:, 1].max() < y1
    for w in (normal, run.trajectory.thetas[:, 1:]):  # every iterate on the map
        assert np.all((w[:, 0] > x0) & (w[:, 0] < x1) & (w[:, 1] > y0) & (w[:, 1] < y1))
    assert scene.paths[0][0].get_color().to_hex().upper() == DARK.loss.upper()
    # The large rate in two parts, each drawn on its own words: the leap and the calm up to
    # the wobble, then the bounce from there to the end.
    w = run.trajectory.thetas[:, 1:]
    leap, bounce = scene.paths[1][1], scene.paths[2][1]
    assert len(leap) == scene.leap_steps == k and len(bounce) == run.trajectory.n_steps - k
    np.testing.assert_allclose(axes.p2c(leap[0].get_center())[:2], w[1], atol=1e-9)
    np.testing.assert_allclose(axes.p2c(bounce[0].get_center())[:2], w[k + 1], atol=1e-9)
    np.testing.assert_allclose(axes.p2c(bounce[-1].get_center())[:2], w[-1], atol=1e-9)
    # One run, one colour: the chart's curves are the map's paths' colours.
    lab = scene.lab
    for part in (scene.paths[1], scene.paths[2], lab.trace):
        assert part.get_family()[-1].get_color().to_hex().upper() == DARK.bad.upper()
    # The normal rate in the overlap scene's colour for that same run (lavender).
    assert lab.ghost_curve.get_color().to_hex().upper() == DARK.loss.upper()
    # The chart's name in the readouts' colour, never a run's (the lavender is the normal
    # rate's here); each run named in the chart's header by its colour and rate, on one
    # row, inside the side panel (and the purple one in the words: the purple curve is not
    # drawn faint).
    assert lab.curve_y_label[0].get_fill_color().to_hex().upper() == DARK.text.upper()
    assert "the purple curve is the run at" in scene.beats[0].narration
    assert "faint" not in scene.beats[0].narration
    normal_rate = training_lab_run("overlap").trajectory.learning_rate
    assert lab.ghost_label.original_text == f"\u03b1 = {normal_rate:g}"
    assert scene.rate_name.original_text == f"\u03b1 = {run.trajectory.learning_rate:g}"
    assert scene.rate_name[0].get_fill_color().to_hex().upper() == DARK.bad.upper()
    assert (lab.curve_y_label.get_right()[0] < scene.rate_name.get_left()[0]
            < scene.rate_name.get_right()[0] < lab.ghost_label.get_left()[0])
    assert abs(scene.rate_name.get_y() - lab.ghost_label.get_y()) < 0.1
    assert SIDE.contains(VGroup(lab.curve_y_label, scene.rate_name, lab.ghost_label))
    # The previous step's boundary: a faint broad trail, never dashed (dashes are the first
    # run's band's), keyed in the legend by the same mark; no halos (no word uses them).
    previous = scene.previous_line
    assert not isinstance(previous, DashedLine)
    assert previous.get_stroke_width() == ch05.PREVIOUS_WIDTH
    assert previous.get_stroke_width() > 2 * lab.band[0].line.get_stroke_width()
    mark = scene.ghost_key[0]
    assert not isinstance(mark, DashedLine)
    assert mark.get_stroke_width() == previous.get_stroke_width()
    assert mark.get_stroke_opacity() == pytest.approx(ch05.PREVIOUS_OPACITY)
    assert scene.ghost_key[1][0].original_text == "previous step"
    _check_legend_clear_of_heading(scene, scene.ghost_key)
    assert lab.halos not in scene.get_mobject_family_members()
    # The bounce's close-up: core's last steps and the peak, magnified several times, all
    # inside the inset's frame, the marker ending on the last step.
    window_leader, frame, course, stops, peak, marker = scene.bounce_zoom
    inset = scene.close_axes
    cycle = run.trajectory.thetas[-(ch05.CYCLE_HOPS + 1):, 1:]
    for stop, p in zip(stops, cycle, strict=True):
        np.testing.assert_allclose(inset.p2c(stop.get_center())[:2], p, atol=1e-9)
    np.testing.assert_allclose(inset.p2c(peak[1].get_center())[:2], m.peak, atol=1e-9)
    np.testing.assert_allclose(inset.p2c(marker.get_center())[:2], cycle[-1], atol=1e-9)
    zoom = (inset.c2p(1, 0) - inset.c2p(0, 0))[0] / (axes.c2p(1, 0) - axes.c2p(0, 0))[0]
    assert zoom > 2.5
    for part in (course, stops, peak):
        assert part.get_left()[0] > frame.get_left()[0]
        assert part.get_right()[0] < frame.get_right()[0]
        assert part.get_bottom()[1] > frame.get_bottom()[1]
        assert part.get_top()[1] < frame.get_top()[1]
    # "Back and forth ... for ever": a double arrow beside the cycle's last two steps,
    # parallel to them, inside the inset, on the side away from the peak.
    arrow = scene.close_arrow
    a, b = inset.c2p(*cycle[-2]), inset.c2p(*cycle[-1])
    along = (b - a) / np.linalg.norm(b - a)
    drawn = arrow.get_end() - arrow.get_start()
    assert abs(abs(drawn @ along) - np.linalg.norm(drawn)) < 1e-6
    assert arrow.get_left()[0] > frame.get_left()[0] and arrow.get_right()[0] < frame.get_right()[0]
    assert arrow.get_bottom()[1] > frame.get_bottom()[1] and arrow.get_top()[1] < frame.get_top()[1]
    peak_at = inset.c2p(*m.peak)
    assert np.linalg.norm(arrow.get_center() - peak_at) > np.linalg.norm((a + b) / 2 - peak_at)
    # The bounce really crosses the peak: the steps land on both sides of it.
    sides = np.sign((cycle - m.peak) @ (cycle[1] - cycle[0]))
    assert {-1.0, 1.0} <= set(sides)
    # The cure drawn on its words: Newton's method from the same start, each step sized by
    # the curvature, homes in on the peak "in a few steps" (the peak checked against an
    # independent BFGS fit's log-likelihood), its path on the map through core's iterates.
    fix = next(b for b in scene.beats if b.narration.startswith("The cure is"))
    assert "measures the curvature" in fix.narration
    assert "jumps past the peak, comes back past it by less" in fix.narration
    path, stops = scene.newton_drawn
    newton = scene.newton_path
    np.testing.assert_allclose(newton[0], run.trajectory.thetas[0], atol=1e-12)
    Xb = np.column_stack([np.ones(len(data.X)), data.X])
    z = Xb @ newton[-1]
    assert float(np.sum(data.y * z - np.logaddexp(0.0, z))) == pytest.approx(best, abs=1e-6)
    near = np.linalg.norm(newton[:, 1:] - m.peak, axis=1) < 0.02
    assert 2 <= int(np.argmax(near)) <= 5  # a few steps, not one and not many
    # The first step overshoots the peak (theta1 past it), and the landing is the step said,
    # ringed round the peak's dot (it lies under the dot) and numbered.
    assert newton[1, 1] > m.peak[0] > newton[0, 1]
    # ... then comes back past it (theta1 short of it again) by less, then closes in.
    assert newton[2, 1] < m.peak[0]
    assert abs(newton[2, 1] - m.peak[0]) < abs(newton[1, 1] - m.peak[0])
    assert abs(newton[3, 1] - m.peak[0]) < abs(newton[2, 1] - m.peak[0])
    # The glide is dimmed by its stroke only: never filled (an open path filled is a wedge).
    glide_line = scene.zoom_map[3][0]
    assert glide_line.get_fill_opacity() == 0
    landed = int(np.argmax(near))
    assert scene.newton_landed == landed and f"by step {landed}." in fix.narration
    landing_ring, ring_number = scene.newton_ring
    assert ring_number.original_text == str(landed)
    # Drawn on the words, in their order: named, the overshoot, closing in, the landing.
    at = dict(fix.marks)
    assert at["small"] < at["newton"] < at["overshoot"] < at["closes"] < at["lands"]
    waited = [mark for mark, t in scene.waited_marks if t >= at["small"]]
    assert waited[:4] == ["small", "newton", "overshoot", "lands"]
    # The cure is drawn on the map zoomed onto the peak: the same place and size as the
    # map, several times its scale; the start, the peak, the bounce's last steps and every
    # Newton iterate inside its box; the level curves are core's, cut at the box's edge.
    zaxes = scene.zoom_map_axes
    np.testing.assert_allclose(zaxes.get_corner(DOWN + LEFT), axes.get_corner(DOWN + LEFT),
                               atol=1e-6)
    np.testing.assert_allclose(zaxes.width, axes.width, atol=1e-6)
    zoom = (zaxes.c2p(1, 0) - zaxes.c2p(0, 0))[0] / (axes.c2p(1, 0) - axes.c2p(0, 0))[0]
    assert zoom == pytest.approx(scene.zoom_factor) and zoom > 2.5
    (zx0, zx1), (zy0, zy1) = ch05.ZOOM_MAP_BOX
    for w in (newton[:, 1:], cycle, normal, m.peak[None]):
        assert np.all((w[:, 0] > zx0) & (w[:, 0] < zx1) & (w[:, 1] > zy0) & (w[:, 1] < zy1))
    for ring in scene.zoom_rings:
        for q in ring.get_anchors():
            x, y = zaxes.p2c(q)[:2]
            assert zx0 - 1e-6 <= x <= zx1 + 1e-6 and zy0 - 1e-6 <= y <= zy1 + 1e-6
    hops = path
    assert len(hops) == len(newton) - 1
    for hop_line, a, b in zip(hops, newton[:-1, 1:], newton[1:, 1:], strict=True):
        np.testing.assert_allclose(zaxes.p2c(hop_line.get_start())[:2], a, atol=1e-9)
        np.testing.assert_allclose(zaxes.p2c(hop_line.get_end())[:2], b, atol=1e-9)
    # Each jump a straight segment; the landings marked, numbered in order (the start
    # unnumbered), every marker clear of the peak's dot (the later landings lie under it).
    for hop_line in hops:
        assert isinstance(hop_line, Line)
    peak_dot = scene.zoom_map[2][0]
    assert scene.newton_landings == list(range(len(scene.newton_landings)))
    assert 2 <= len(scene.newton_landings) < len(newton)
    for k, stop in zip(scene.newton_landings, stops, strict=True):
        diamond = stop if k == 0 else stop[0]
        np.testing.assert_allclose(zaxes.p2c(diamond.get_center())[:2], newton[k, 1:],
                                   atol=1e-9)
        gap = np.linalg.norm(diamond.get_center() - peak_dot.get_center())
        assert gap > peak_dot.width / 2 + diamond.width / 2
        if k > 0:
            assert stop[1].original_text == str(k)
            # Clear of the peak's name by a visible gap (not merely not overlapping).
            name = scene.zoom_map[2][2]
            apart = np.maximum(name.get_corner(DOWN + LEFT) - stop[1].get_corner(UP + RIGHT),
                               stop[1].get_corner(DOWN + LEFT) - name.get_corner(UP + RIGHT))
            assert max(apart[:2]) > 0.1
            assert np.linalg.norm(stop[1].get_center() - peak_dot.get_center()) > (
                peak_dot.width / 2 + stop[1].height)
            # Boxed (never read as an axis tick label): the box round its number, clear of
            # the peak's name, and no jump or glide runs through it.
            box = stop[2]
            np.testing.assert_allclose(box.get_center(), stop[1].get_center(), atol=1e-9)
            assert box.width > stop[1].width and box.height > stop[1].height
            apart = np.maximum(name.get_corner(DOWN + LEFT) - box.get_corner(UP + RIGHT),
                               box.get_corner(DOWN + LEFT) - name.get_corner(UP + RIGHT))
            assert max(apart[:2]) > 0.05
            lo, hi = box.get_corner(DOWN + LEFT)[:2], box.get_corner(UP + RIGHT)[:2]
            crossing = [h.get_start() + t * (h.get_end() - h.get_start())
                        for h in hops for t in np.linspace(0, 1, 300)]
            crossing += [q for sub in scene.zoom_map[3].get_family() for q in sub.points]
            for q in crossing:
                assert not (np.all(q[:2] > lo) and np.all(q[:2] < hi))
    np.testing.assert_allclose(landing_ring.get_center(), peak_dot.get_center(), atol=1e-9)
    # The dot inside the diamond.
    assert landing_ring.width / (2 * np.sqrt(2)) > peak_dot.width / 2
    name = scene.zoom_map[2][2]
    for mob in (landing_ring, ring_number):
        apart = np.maximum(name.get_corner(DOWN + LEFT) - mob.get_corner(UP + RIGHT),
                           mob.get_corner(DOWN + LEFT) - name.get_corner(UP + RIGHT))
        assert max(apart[:2]) > 0.02
    for k in range(len(scene.newton_landings), len(newton)):
        assert np.linalg.norm(zaxes.c2p(*newton[k, 1:]) - peak_dot.get_center()) <= (
            ch05.NEWTON_CLEAR)
    np.testing.assert_allclose(zaxes.p2c(hops[-1].get_end())[:2], m.peak, atol=1e-6)
    # Every step the words count before the landing is drawn and numbered (none hidden
    # under the landing's ring), and the ring's number is clear of every step's box.
    assert scene.newton_landings == list(range(landed))
    for stop in stops[1:]:
        apart = np.maximum(ring_number.get_corner(DOWN + LEFT) - stop[2].get_corner(UP + RIGHT),
                           stop[2].get_corner(DOWN + LEFT) - ring_number.get_corner(UP + RIGHT))
        assert max(apart[:2]) > 0.05
    # Once Newton is drawn, the glide and the bounce step back (faint), and no level curve
    # is cut to a stray sliver at the box's edge.
    assert scene.zoom_map[3][0].get_stroke_opacity() == pytest.approx(ch05.GLIDE_DIM)
    assert scene.zoom_bounce[1][0].get_fill_opacity() == pytest.approx(ch05.BOUNCE_DIM)
    for ring in scene.zoom_rings:
        pts = np.array([zaxes.p2c(q)[:2] for q in ring.get_anchors()])
        assert np.sum(np.linalg.norm(np.diff(pts, axis=0), axis=1)) >= ch05.ZOOM_RING_MIN - 1e-6
    # The close-up's leader runs across none of the large rate's course on the map.
    leader = window_leader[1]
    anchors = [q for part in (scene.paths[1][0], scene.paths[2][0])
               for sub in part.get_family() for q in sub.get_anchors()]
    assert len(anchors) > 20
    for q in anchors:
        assert not _near_segment(q, leader.get_start(), leader.get_end(), 0.05)
    # The map is a slice at the fit's bias (core's map holds it there), said in the words
    # and in the key.
    assert m.bias == pytest.approx(scene.newton_path[-1][0], abs=1e-6)
    assert "bias held at its best" in " ".join(t.original_text for t in scene.contour_key_words)
    assert any("the bias held at its best value" in b.narration for b in scene.beats)
    # The large rate's last steps, faint, beside the peak in the zoomed map.
    for stop, p in zip(scene.zoom_bounce[1], cycle, strict=True):
        np.testing.assert_allclose(zaxes.p2c(stop.get_center())[:2], p, atol=1e-9)
    assert SIDE.contains(scene.newton_note)
    # Yellow keeps one meaning (what the words point at): Newton's path, its landings, the
    # large rate's marker and the close-up's frame are drawn in other roles' colours.
    yellow = DARK.highlight.upper()
    for mob in (*hops, *stops, marker, frame, *window_leader, scene.newton_note[0]):
        for part in mob.get_family():
            if part.get_stroke_opacity() > 0:
                assert part.get_stroke_color().to_hex().upper() != yellow
            if part.get_fill_opacity() > 0:
                assert part.get_fill_color().to_hex().upper() != yellow


def test_clip_to_box_cuts_a_curve_at_the_edge():
    # A circle of radius 2 about the origin, cut by the box [-1, 3] x [-1, 2]: every kept
    # point inside the box and on the circle, cut where it leaves across x = -1 and comes
    # back across y = -1 (it only touches y = 2, at x = 0).
    t = np.linspace(0, 2 * np.pi, 721)
    circle = 2 * np.column_stack([np.cos(t), np.sin(t)])
    pieces = ch05.clip_to_box(circle, ((-1.0, 3.0), (-1.0, 2.0)))
    points = np.vstack(pieces)
    assert np.all(points[:, 0] >= -1 - 1e-12) and np.all(points[:, 1] >= -1 - 1e-12)
    np.testing.assert_allclose(np.linalg.norm(points, axis=1), 2.0, atol=2e-4)
    # The arc kept runs from (sqrt 3, -1) through (2, 0) round to (-1, sqrt 3): two pieces of
    # the sampled circle (it starts at (2, 0)), their far ends on the box's edges.
    ends = [p[0] for p in pieces] + [p[-1] for p in pieces]
    assert any(np.allclose(e, [-1.0, np.sqrt(3)], atol=1e-3) for e in ends)
    assert any(np.allclose(e, [np.sqrt(3), -1.0], atol=1e-3) for e in ends)
    assert ch05.clip_to_box(circle + 10, ((-1.0, 3.0), (-1.0, 2.0))) == []


def test_theta_arrow_has_a_shaft_and_its_name_from_the_random_start(tmp_path: Path):
    with quiet_config(tmp_path):
        lab = ch05.TrainingLab(training_lab_run("default"), DARK,
                               arrow_anchor=ch05.ARROW_ANCHOR)
    theta = lab.traj.thetas[0]
    arrow = lab.boundary.arrow
    way = arrow.get_end() - arrow.get_start()
    # At least the minimum length, several times its tip: a shaft, not a bare arrowhead...
    assert np.linalg.norm(way) >= ch05.MIN_NORMAL_LENGTH - 1e-6
    assert np.linalg.norm(way) > 2.5 * arrow.tip.length
    # ...pointing along theta's (theta1, theta2), at the blue class at the start...
    w = theta[1:] / np.linalg.norm(theta[1:])
    np.testing.assert_allclose(way[:2] / np.linalg.norm(way[:2]), w, atol=1e-6)
    blue = lab.X[lab.y == 0].mean(axis=0)
    assert theta[0] + blue @ theta[1:] > 0  # the wrong way: blue is where h > 0.5
    # ...starting on the line (theta^T x = 0 at its root), above the blue cloud.
    root = lab.axes.p2c(arrow.get_start())[:2]
    assert abs(theta[0] + root @ theta[1:]) < 1e-6
    assert root[1] > lab.X[lab.y == 0][:, 1].max()
    # Its name is the pair (theta1, theta2), just past the tip, outlined in the background
    # colour (legible over the field).
    name = lab.theta_name
    texts = [m.original_text for m in name.get_family() if hasattr(m, "original_text")]
    assert texts == ["(", "\u03b8", "1", ",", "\u03b8", "2", ")"]
    assert all(m.get_stroke_width(background=True) > 0
               for m in name.get_family() if hasattr(m, "original_text"))
    gap = np.clip(arrow.get_end(), name.get_corner(DOWN + LEFT), name.get_corner(UP + RIGHT))
    assert np.linalg.norm(gap - arrow.get_end()) < 0.3
    # Over the swing the arrow slides to a root on the final line where neither it nor
    # its name runs across or covers a point, where it stays.
    lab.step.set_value(lab.n_steps)
    lab.boundary.refresh()
    lab._place_theta_name()
    theta = lab.traj.thetas[-1]
    root = lab.axes.p2c(lab.boundary.arrow.get_start())[:2]
    assert abs(theta[0] + root @ theta[1:]) < 1e-6
    _check_arrow_and_name_clear(lab)


def test_theta_arrow_and_name_keep_clear_of_points_and_axis_names_over_the_swing(tmp_path):
    # Once the boundary has swung round (its first few steps are big jumps), at every step
    # of the first run the arrow runs across no point, and its name covers no point and
    # neither axis's name: the root slides along the line to where they are clear.
    with quiet_config(tmp_path):
        lab = ch05.TrainingLab(training_lab_run("default"), DARK,
                               arrow_anchor=ch05.ARROW_ANCHOR)
    for k in np.r_[np.arange(8, lab.n_steps + 1), 10.5, 29.5]:
        lab.step.set_value(k)
        lab.boundary.refresh()
        lab._place_theta_name()
        _check_arrow_and_name_clear(lab)
        lo, hi = lab.theta_name.get_corner(DOWN + LEFT), lab.theta_name.get_corner(UP + RIGHT)
        # Once the line has swung in, neither the h = 0.1 nor the h = 0.9 line runs through
        # the name's box (it rides out past the 0.9 line while the band narrows across it).
        theta = lab.theta()
        scores = [theta[0] + lab.axes.p2c(np.array([x, y, 0]))[:2] @ theta[1:]
                  for x in (lo[0], hi[0]) for y in (lo[1], hi[1])]
        for level in (special.logit(0.9), -special.logit(0.9)):
            assert k < ch05.NAME_PUSH_FROM or not min(scores) < level < max(scores), k
        for name in lab.axis_names:
            apart = (np.any(hi[:2] < name.get_corner(DOWN + LEFT)[:2])
                     or np.any(name.get_corner(UP + RIGHT)[:2] < lo[:2]))
            assert apart, k
        # The root is on the drawn line.
        theta = lab.theta()
        root = lab.axes.p2c(lab.boundary.arrow.get_start())[:2]
        assert abs(theta[0] + root @ theta[1:]) < 1e-6
    # During the swing itself (replayed at about a second a step) the name never sits on
    # either axis's name either.
    for k in np.arange(1, 8):
        lab.step.set_value(k)
        lab.boundary.refresh()
        lab._place_theta_name()
        lo, hi = lab.theta_name.get_corner(DOWN + LEFT), lab.theta_name.get_corner(UP + RIGHT)
        for name in lab.axis_names:
            assert (np.any(hi[:2] < name.get_corner(DOWN + LEFT)[:2])
                    or np.any(name.get_corner(UP + RIGHT)[:2] < lo[:2])), k


def test_drawn_theta_is_cores_at_whole_steps_and_between_them_in_between(tmp_path: Path):
    with quiet_config(tmp_path):
        lab = ch05.TrainingLab(training_lab_run("lr_too_large"), DARK, ease=ch05.hop)
    thetas = lab.traj.thetas
    for k in (0, 3, lab.n_steps):
        lab.step.set_value(k)
        np.testing.assert_array_equal(lab.theta(), thetas[k])
        assert lab.index() == k
    lab.step.set_value(3.2)  # moving (the first part of each step), most of the way
    assert lab.index() == 4
    between = lab.theta()
    assert np.all((between - thetas[3]) * (thetas[4] - between) >= -1e-12)
    lab.step.set_value(3.7)  # holding on step 4
    np.testing.assert_allclose(lab.theta(), thetas[4])
    ramp = slow_start(5.0)
    values = [ramp(t) for t in np.linspace(0, 1, 11)]
    assert values[0] == 0 and values[-1] == pytest.approx(1) and np.all(np.diff(values) > 0)
    assert ramp(0.5) < 0.2  # most of the screen time goes to the first steps


class _FrameByFrame:
    """Just enough of a scene for ``TrainingLab.train``: plays frame by frame at 15 fps, as a
    real render does (a skipped build jumps straight to the end in one update)."""

    def __init__(self, mobjects):  # noqa: ANN001
        self.mobjects = mobjects

    def play(self, animation, run_time: float, rate_func) -> None:  # noqa: ANN001
        animation = prepare_animation(animation)
        animation.begin()
        n = round(run_time * 15)
        for frame in range(1, n + 1):
            animation.interpolate(rate_func(frame / n))
            for mob in self.mobjects:
                mob.update(1 / 15)
        animation.finish()


def test_readouts_catch_up_on_the_last_frame_of_a_real_render(tmp_path: Path):
    with quiet_config(tmp_path):
        lab = ch05.TrainingLab(training_lab_run("overlap"), DARK)
        scene = _FrameByFrame([lab.field, lab.boundary, lab.halos, lab.panel, lab.trace,
                               lab.head])
        lab.train(scene, 60, run_time=3.03, rate_func=slow_start(3.0))
    assert lab.panel.numbers[2].get_value() == 60  # not the step of the last 5 Hz reading
    assert lab.panel.numbers[0].get_value() == round(lab.traj.log_likelihood[60], 2)
    assert not any(m.updaters for m in (*lab.followers, *lab.panel.numbers))


def test_legend_and_tick_numbers_are_set_a_size_up(tmp_path: Path):
    # Read at 480p (frame height 480 px): the charts' numbers and the key's words stand at
    # least 15 px tall (a digit of the smallest sizes is 13 to 14 px, easily misread).
    with quiet_config(tmp_path):
        lab = ch05.TrainingLab(training_lab_run("separated"), DARK, norm_curve=True,
                               norm_ceiling=(4.0, "level"))
        key = ch05.lab_legend(lab, DARK)
        px = 480 / config.frame_height
        numbers = [*lab.curve_axes.x_axis.numbers, *lab.curve_y_numbers]
        assert len(numbers) == 4  # 0 and the last step; 0 and the top
        for number in numbers:
            assert number.height * px >= 15, number
        for entry in key:
            assert entry[1].height * px >= 15, entry[1]


@pytest.mark.parametrize("case", ["default", "overlap", "separated", "lr_too_large"])
def test_no_dot_pokes_out_of_the_shaded_field(case, tmp_path: Path):
    # Every point of every experiment, drawn as a dot, lies wholly inside the plane's box,
    # where the field is shaded (a dot half over the field's edge reads as clipped).
    with quiet_config(tmp_path):
        lab = ch05.TrainingLab(training_lab_run(case), DARK)
    lo = lab.axes.c2p(ch05.BOX[0][0], ch05.BOX[1][0])[:2]
    hi = lab.axes.c2p(ch05.BOX[0][1], ch05.BOX[1][1])[:2]
    np.testing.assert_allclose(lab.axes.p2c(lab.field.get_center())[:2], 0.0, atol=1e-6)
    for dot in lab.dots:
        centre = dot.get_center()[:2]
        assert np.all(centre - ch05.DOT_RADIUS > lo) and np.all(centre + ch05.DOT_RADIUS < hi)


def _check_arrow_and_name_clear(lab) -> None:
    """The theta arrow runs across no dot and its name covers none."""
    lo = lab.theta_name.get_corner(DOWN + LEFT) - ch05.DOT_RADIUS
    hi = lab.theta_name.get_corner(UP + RIGHT) + ch05.DOT_RADIUS
    centres = np.array([d.get_center() for d in lab.dots])
    assert ch05._count_inside(centres, lo, hi) == 0
    arrow = lab.boundary.arrow
    assert ch05._crossed(centres, arrow.get_start(), arrow.get_end(), 2 * ch05.DOT_RADIUS) == 0


def _check_legend_clear_of_heading(scene, spare) -> None:
    """The legend (with the entry in the halo's place) starts right of the heading's end."""
    left = min(scene.lab_key.get_left()[0], spare.get_left()[0])
    assert left > scene.heading_text.get_right()[0] + 0.2
    assert spare.get_right()[0] < scene.lab_key[3].get_left()[0] - 0.2


def _check_first_band_style(mark, lines) -> None:
    """The first run's band's key mark is drawn as its lines are: dashed, same grey."""
    assert isinstance(mark, DashedLine)
    for line in lines:
        assert isinstance(line, DashedLine)
        assert line.get_color().to_hex() == mark.get_color().to_hex() == DARK.muted.upper()
        assert line.dash_length == mark.dash_length
        assert line.get_stroke_width() == mark.get_stroke_width()


@pytest.mark.parametrize("case", ["overlap", "lr_too_large"])
def test_arrow_ends_clear_of_the_points(case, tmp_path: Path):
    # The arrowhead of the settled (or rocking) boundary lands on no point.
    with quiet_config(tmp_path):
        lab = ch05.TrainingLab(training_lab_run(case), DARK)
    lab.step.set_value(lab.n_steps)
    lab.boundary.refresh()
    centres = np.array([d.get_center() for d in lab.dots])
    arrow = lab.boundary.arrow
    assert ch05._crossed(centres, arrow.get_start(), arrow.get_end(), 2 * ch05.DOT_RADIUS) == 0


def test_theta_name_keeps_clear_of_the_points(tmp_path: Path):
    # The arrow's name, by its tip at the random start, covers no dot (nor does the arrow
    # run across one).
    with quiet_config(tmp_path):
        lab = ch05.TrainingLab(training_lab_run("default"), DARK,
                               arrow_anchor=ch05.ARROW_ANCHOR)
    _check_arrow_and_name_clear(lab)


def test_quiz_field_shows_the_points_h_where_it_sits(tmp_path: Path):
    """On the rendered last frame, the field beside the quiz's point (on its level line,
    clear of its halo and of the axes) is the lab's shade of the point's h after the update
    (here from scipy's expit), composited over the background as drawn: the point sits in
    the shade its words give it, never in a saturated one."""
    scene, pixels = final_frame(ch05.TrainingLabCheck, tmp_path)
    step = scene.update_step
    theta = np.asarray(step.theta_after)
    x = np.asarray(ch05.QUIZ_X)
    h = float(special.expit(theta[0] + x @ theta[1:]))
    along = np.array([-theta[2], theta[1]]) / np.linalg.norm(theta[1:])
    axes = scene.quiz_axes
    background = np.array([int(DARK.background[i:i + 2], 16) for i in (1, 3, 5)])
    unit = theta[1:] / np.linalg.norm(theta[1:])
    z = theta[0] + x @ theta[1:]
    # On the point's level line (its h), and on the line where h is the question's 0.3.
    for target in (h, ch05.QUIZ_H):
        base = x + (special.logit(target) - z) / np.linalg.norm(theta[1:]) * unit
        rgba = DARK.ramp(np.array([target]))[0].astype(float)
        alpha = rgba[3] / 255
        want = alpha * rgba[:3] + (1 - alpha) * background
        checked = 0
        for d in (-1.2, -0.9, 0.9, 1.2):
            p = base + d * along
            point = axes.c2p(*p)
            if (np.linalg.norm(point - scene.quiz_point[1].get_center()) < 0.6
                    or min(abs(p[0]), abs(p[1])) < 0.15 or np.max(np.abs(p)) > 2.3):
                continue
            assert np.abs(pixel_at(scene, pixels, point) - want).max() <= 8, (p, want)
            checked += 1
        assert checked >= 2
    # The shade of the question's h = 0.3 is the transition's dim blue, not full blue.
    assert np.abs(DARK.ramp(np.array([ch05.QUIZ_H]))[0, :3].astype(int)
                  - DARK.ramp(np.array([0.0]))[0, :3].astype(int)).max() > 25


def test_newton_table_prints_cores_iterates_and_the_peak(tmp_path: Path):
    # The Newton path drawn is the real one: the table under its key reads core's iterates
    # (from scratch here: newton_method from the large rate's start), step by step to the
    # landing, then the peak; and the table fits in the side panel.
    scene = build(ch05.LargeLearningRateOvershoots, tmp_path)
    run = training_lab_run("lr_too_large")
    path = newton_method(run.dataset.X, run.dataset.y, theta0=run.trajectory.thetas[0]).thetas
    table = scene.newton_table
    assert len(table) == scene.newton_landed + 2  # header, steps 1..landed, the peak
    for k in range(1, scene.newton_landed + 1):
        row = table[k]
        assert row[0].original_text == str(k)
        for j in (1, 2):
            assert row[j].original_text.replace("\u2212", "-") == f"{path[k, j]:.2f}"
    assert table[-1][0].original_text == "peak"
    assert table[-1][1].original_text == f"{scene.contour.peak[0]:.2f}"
    assert SIDE.contains(table)
    family = scene.get_mobject_family_members()
    assert all(row in family and is_visible(row) for row in table)


def test_first_runs_arrow_root_never_jumps_once_the_line_has_swung_in(tmp_path: Path):
    # After the swing the arrow's root slides at most a little from one step to the next
    # (a jump across the cloud while the run is fast reads as a teleport), and it ends on a
    # root as quiet as the final line's quietest.
    with quiet_config(tmp_path):
        lab = ch05.TrainingLab(training_lab_run("default"), DARK,
                               arrow_anchor=ch05.ARROW_ANCHOR)
    steps, roots = lab._path_steps, lab._path_roots
    after = steps >= ch05.NAME_PUSH_FROM
    slides = np.linalg.norm(np.diff(roots[after], axis=0), axis=1)
    assert slides.max() < 0.5
    final_roots, costs = lab.root_costs(lab.n_steps)
    end = np.argmin(np.linalg.norm(final_roots - roots[-1], axis=1))
    assert costs[end] <= costs.min() + ch05.END_SLACK
