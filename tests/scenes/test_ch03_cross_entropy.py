"""Chapter 3's scenes: layout after every animation, numbers on screen equal core's, frames."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from scene_harness import build, final_frame, pixel_at

from core import (
    COURSE_PENALTY_CHECKS,
    cross_entropy_from_proba,
    likelihood_factors,
    load_dataset,
    logit,
    sigmoid,
    weight_slice,
)
from scenes.common.theme import DARK
from scenes.logistic_regression import ch03_cross_entropy as ch03


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])


def _near(got: np.ndarray, hex_colour: str, tol: int = 40) -> bool:
    return bool(np.all(np.abs(got - _rgb(hex_colour)) <= tol))


@pytest.mark.parametrize("scene_cls", ch03.SCENES_IN_ORDER, ids=lambda c: c.__name__)
def test_every_scene_builds_inside_the_frame_without_overlaps(scene_cls, tmp_path: Path):
    scene = build(scene_cls, tmp_path, check_layout=True)
    assert scene.beats, "a scene without narrated beats"
    for beat in scene.beats:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", beat.narration.strip()) if s]
        assert 1 <= len(sentences) <= 3, beat.narration


def test_chapter_ends_with_its_quiz():
    assert ch03.SCENES_IN_ORDER[-1] is ch03.CrossEntropyCheck
    assert all(cls.__doc__ and "\n" not in cls.__doc__.strip() for cls in ch03.SCENES_IN_ORDER)


def test_penalty_checks_on_screen_are_cores_and_match_the_course(tmp_path: Path):
    scene = build(ch03.PenaltyExplodesWhenConfidentlyWrong, tmp_path)
    rows = scene.check_rows
    assert len(rows) == len(COURSE_PENALTY_CHECKS)
    for row, (h, printed) in zip(rows, COURSE_PENALTY_CHECKS, strict=True):
        shown = float(re.match(r"[\d.]+", row[2].tex_string).group())
        assert shown == pytest.approx(float(cross_entropy_from_proba(h, 1)), abs=0.005)
        assert shown == pytest.approx(printed, abs=1e-9)  # the course's own rounding
    assert r"\log 2" in rows[1][2].tex_string


def test_penalty_marker_and_readout_follow_core(tmp_path: Path):
    scene = build(ch03.PenaltyExplodesWhenConfidentlyWrong, tmp_path)
    h_end = float(sigmoid(scene.z.get_value()))
    loss_end = float(cross_entropy_from_proba(h_end, 0))
    assert scene.label == 0 and h_end > 0.999
    y_shown, h_shown, loss_shown = (n.get_value() for n in scene.readout.numbers)
    assert (y_shown, h_shown, loss_shown) == pytest.approx((0, h_end, loss_end))
    assert loss_shown == pytest.approx(COURSE_PENALTY_CHECKS[-1][1], abs=0.005)  # mirrored
    assert scene.axes.p2c(scene.marker.get_center()) == pytest.approx([h_end, loss_end],
                                                                      abs=1e-6)
    # Mid-sweep on the y = 1 branch: at h = 0.01 the marker sits at core's -log h.
    scene.label = 1
    scene.z.set_value(float(logit(0.01)))
    scene.marker.update()
    for number in scene.readout.numbers:
        number.update()
    h, loss = scene.axes.p2c(scene.marker.get_center())
    assert h == pytest.approx(0.01) and loss == pytest.approx(-np.log(0.01))
    assert scene.readout.numbers[2].get_value() == pytest.approx(-np.log(0.01))


def test_final_frame_shows_marker_on_the_y0_wall_and_the_wrong_ends_in_red(tmp_path: Path):
    scene, pixels = final_frame(ch03.PenaltyExplodesWhenConfidentlyWrong, tmp_path)
    axes = scene.axes
    assert _near(pixel_at(scene, pixels, scene.marker.get_center()), DARK.highlight)
    # The y = 0 curve's steep wall (sure and wrong) is drawn in the red of "wrong".
    h = 0.97
    on_curve = axes.c2p(h, float(cross_entropy_from_proba(h, 0)))
    assert _near(pixel_at(scene, pixels, on_curve), DARK.bad)
    # Off the curves, at the same h, there is only background.
    assert _near(pixel_at(scene, pixels, axes.c2p(h, 1.0)), DARK.background, tol=12)


def test_why_not_pictures_plot_cores_slice(tmp_path: Path):
    scene = build(ch03.WhyNotSquaredErrorOrAccuracy, tmp_path)
    data = load_dataset("spam")
    expected = weight_slice(data.X, data.y, ch03.SLICE_W, ch03.SLICE_BIAS)
    mse_ax, ce_ax, acc_ax = scene.mse_panel[0], scene.ce_panel[0], scene.acc_panel[0]
    for curve, ax, values in ((scene.mse_curve, mse_ax, expected.squared_error),
                              (scene.ce_curve, ce_ax, expected.cross_entropy)):
        corners = np.array([ax.p2c(p) for p in curve.get_anchors()])
        for w, v in zip(expected.w[::50], values[::50], strict=True):
            k = int(np.argmin(np.abs(corners[:, 0] - w)))
            assert corners[k, 1] == pytest.approx(v, abs=1e-6)
    # One flat tread per interval between core's jumps, at core's accuracy.
    assert len(scene.treads) == len(expected.jumps) + 1
    for tread in scene.treads:
        (w0, a0), (w1, a1) = acc_ax.p2c(tread.get_start()), acc_ax.p2c(tread.get_end())
        assert a0 == pytest.approx(a1)
        inside = (expected.w > w0 + 1e-6) & (expected.w < w1 - 1e-6)
        assert np.all(expected.accuracy[inside] == pytest.approx(a0))
    # The balls ended where they rode to; the narration's numbers at the plateau are core's.
    k = ch03.PLATEAU_INDEX
    assert expected.n_wrong[k] == int(data.y.sum())  # "the six spam are confidently wrong"
    assert np.all(expected.squared_error_slope[: k + 1] > -1e-3)  # flat: no push
    assert expected.cross_entropy_slope[k] < -3  # cross-entropy pushes hard there
    plateau_beat = scene.beats[1].narration
    assert f"The {expected.n_wrong[k]} spam" in plateau_beat
    assert f"about {expected.squared_error[k]:.1f}" in plateau_beat
    # Each ball ended where its own descent took it: cross-entropy at its minimum, squared
    # error still on the plateau ("never moves").
    d = scene.descent
    assert scene.rode_to == pytest.approx((d.squared_error_w[-1], d.cross_entropy_w[-1]))
    assert abs(d.cross_entropy_w[-1] - d.best_w) < 0.05
    assert abs(d.squared_error_w[-1] - d.squared_error_w[0]) < 1e-3
    # The nudge stays on one tread: no prediction flips.
    lo, hi = ch03.NUDGE_AT - ch03.NUDGE_BY, ch03.NUDGE_AT + ch03.NUDGE_BY
    assert not np.any((expected.jumps > lo) & (expected.jumps < hi))
    # At the end both markers sit at SLOPE_AT, before any flip: accuracy flat, CE steep.
    marker_w, marker_acc = acc_ax.p2c(scene.acc_marker.get_center())
    assert marker_w == pytest.approx(ch03.SLOPE_AT)
    k = int(np.argmin(np.abs(expected.w - ch03.SLOPE_AT)))
    assert ch03.SLOPE_AT < expected.jumps.min()
    assert marker_acc == pytest.approx(expected.accuracy[k])
    assert scene.ce_slope.numbers[0].get_value() == pytest.approx(
        np.interp(ch03.SLOPE_AT, expected.w, expected.cross_entropy_slope))
    assert expected.cross_entropy_slope[k] < -3


def test_likelihood_scene_ends_on_the_cross_entropy_formula(tmp_path: Path):
    scene = build(ch03.LikelihoodExponentsAreSwitches, tmp_path)
    shown = " ".join(getattr(m, "tex_string", "") for top in scene.mobjects
                     for m in top.get_family())
    assert r"\mathrm{CE}(h,y)" in shown and r"\prod_{i=1}^{n}" in shown


def test_push_arrows_are_one_gradient_step_long(tmp_path: Path):
    scene = build(ch03.WhyNotSquaredErrorOrAccuracy, tmp_path)
    s = scene.slice
    ce_ax = scene.ce_panel[0]
    for w in (float(s.w[ch03.PLATEAU_INDEX]), 0.5):
        scene.w.set_value(w)
        k = scene.index()
        for ball in (scene.ce_ball,):
            ball.move_to(ce_ax.c2p(w, s.cross_entropy[k]))
        arrow = ch03.push_arrow(ce_ax, scene.ce_ball, lambda k=k: s.cross_entropy_slope[k],
                                DARK.highlight)
        step = np.clip(-ch03.PUSH_RATE * s.cross_entropy_slope[k], -ch03.PUSH_CAP,
                       ch03.PUSH_CAP)
        tip = ce_ax.p2c(arrow.get_end())[0] - w
        assert tip == pytest.approx(step, abs=0.1)  # 0.1: the arrow's buff off the ball
    # On the plateau squared error's step is too short to draw at all.
    flat = ch03.push_arrow(scene.mse_panel[0], scene.mse_ball,
                           lambda: s.squared_error_slope[ch03.PLATEAU_INDEX], DARK.highlight)
    assert not flat.has_points()


def test_likelihood_strip_shows_cores_factors_in_the_branch_colours(tmp_path: Path):
    scene = build(ch03.LikelihoodExponentsAreSwitches, tmp_path)
    data = load_dataset("spam")
    rows = list(ch03.STRIP_EMAILS)
    expected = likelihood_factors(ch03.STRIP_THETA, data.X[rows], data.y[rows])
    assert sorted(set(data.y[rows].tolist())) == [0, 1]  # both branches appear
    shown = [scene.numeric[2 + 2 * i].tex_string for i in range(len(rows))]
    assert shown == [f"{v:.2f}" for v in expected.factor]
    assert scene.numeric[-1].tex_string == f"{expected.likelihood:.2f}"
    for i, y in enumerate(data.y[rows]):
        colour = scene.numeric[2 + 2 * i].get_color().to_hex().upper()
        assert colour == (DARK.class1 if y == 1 else DARK.class0).upper()


def test_the_quiz_is_applied_with_cores_numbers():
    q = ch03.QUIZ
    assert q.correct == 1 and len(q.choices) == 4 and q.applied and not q.answer_is_longest
    right = float(cross_entropy_from_proba(ch03.QUIZ_H, ch03.QUIZ_Y))
    assert q.choices[1].startswith(f"${right:.2f}")
    assert right == pytest.approx(-np.log(1 - 0.99))


def test_email_strip_is_shaded_by_cores_h_where_cross_entropy_took_the_weight(tmp_path: Path):
    from core import predict_proba

    scene = build(ch03.WhyNotSquaredErrorOrAccuracy, tmp_path)
    strip = scene.strip
    h = predict_proba(np.array([ch03.SLICE_BIAS, scene.rode_to[1]]), strip.X)
    expected = DARK.ramp(h)[:, :3].astype(float).ravel()
    shown = np.array([colour.to_rgb() for colour in scene.ce_shading]).ravel() * 255
    assert shown == pytest.approx(expected, abs=1)
    # After the descent every spam cell is on the spam side, every other on the other.
    assert np.array_equal(h > 0.5, strip.y == 1)
    # At the end the row is shaded at the accuracy marker's weight, where no email is called
    # spam yet.
    h_end = predict_proba(np.array([ch03.SLICE_BIAS, ch03.SLOPE_AT]), strip.X)
    end = np.array([cell.get_fill_color().to_rgb() for cell in strip.cells]).ravel() * 255
    assert end == pytest.approx(DARK.ramp(h_end)[:, :3].astype(float).ravel(), abs=1)
    assert not np.any(h_end > 0.5)
    # The six spam are lit as one group of the strip (lighting them never splits it).
    assert len(strip.spam) == int(strip.y.sum()) and strip.spam in strip.submobjects
