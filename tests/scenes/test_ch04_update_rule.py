"""Chapter 4's scenes: layout after every animation, numbers on screen equal core's, frames."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from scene_harness import build, final_frame, pixel_at

from core import gradient_derivation_steps, sgd_step, sigmoid
from scenes.common.theme import DARK
from scenes.logistic_regression import ch04_update_rule as ch04


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)])


def _near(got: np.ndarray, hex_colour: str, tol: int = 40) -> bool:
    return bool(np.all(np.abs(got - _rgb(hex_colour)) <= tol))


def _course_step():
    return sgd_step(np.array(ch04.THETA_START), np.array(ch04.X_EXAMPLE), ch04.Y_EXAMPLE,
                    ch04.ALPHA)


@pytest.mark.parametrize("scene_cls", ch04.SCENES_IN_ORDER, ids=lambda c: c.__name__)
def test_every_scene_builds_inside_the_frame_without_overlaps(scene_cls, tmp_path: Path):
    scene = build(scene_cls, tmp_path, check_layout=True)
    assert scene.beats
    for beat in scene.beats:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", beat.narration.strip()) if s]
        assert 1 <= len(sentences) <= 3, beat.narration


def test_chapter_ends_with_its_quiz():
    assert ch04.SCENES_IN_ORDER[-1] is ch04.UpdateRuleCheck
    assert "LMS" in ch04.QUIZ.question and "GLM" in ch04.QUIZ.choices[ch04.QUIZ.correct]


def test_the_hand_update_shows_cores_numbers_and_the_course_agrees(tmp_path: Path):
    scene = build(ch04.OneUpdateByHand, tmp_path)
    step = _course_step()
    # The course's printed values, checked independently of the scene.
    assert step.theta_after == pytest.approx([0.25, 0.5])
    assert step.h_before == 0.5 and round(step.h_after, 3) == 0.777
    shown = " ".join(getattr(m, "tex_string", "") for m in scene.blocks.get_family())
    for value in (f"{step.h_before:.2f}", f"{step.error:.2f}", f"{step.theta_after[0]:.2f}",
                  f"{step.theta_after[1]:.2f}", f"{step.score_after:.2f}",
                  f"{step.h_after:.3f}"):
        assert value in shown, value
    # The marker ends on the sigmoid at core's new score and probability.
    z, h = scene.axes.p2c(scene.marker.get_center())
    assert z == pytest.approx(step.score_after) and h == pytest.approx(step.h_after)
    assert h == pytest.approx(float(sigmoid(z)))
    z_shown, h_shown = (n.get_value() for n in scene.readout.numbers)
    assert (z_shown, h_shown) == pytest.approx((step.score_after, step.h_after))


def test_final_frame_has_the_marker_up_the_curve_not_at_one_half(tmp_path: Path):
    scene, pixels = final_frame(ch04.OneUpdateByHand, tmp_path)
    step = _course_step()
    axes = scene.axes
    assert _near(pixel_at(scene, pixels, axes.c2p(step.score_after, step.h_after)),
                 DARK.highlight)
    # Where the prediction started, the curve shows in its own colour: the marker left.
    start = pixel_at(scene, pixels, axes.c2p(step.score_before + 0.05,
                                             float(sigmoid(step.score_before + 0.05))))
    assert _near(start, DARK.curve) and not _near(start, DARK.highlight)


def test_denominators_are_the_glyphs_under_the_bar_and_all_four_cancel(tmp_path: Path):
    scene = build(ch04.GradientCollapsesToErrorTimesInput, tmp_path)
    d = scene.derivation
    fraction = d.term(2, ch04.CANCEL_G[0])  # y / g
    below = ch04.denominator(fraction)
    assert len(below) == 1 and below[0].get_center()[1] < fraction.get_center()[1]
    assert len(ch04.denominator(d.term(2, ch04.CANCEL_ONE_MINUS_G[0]))) == 3  # 1 - g
    assert [d.term(2, p).tex_string for p in (ch04.CANCEL_G[1], ch04.CANCEL_ONE_MINUS_G[1])] \
        == ["g", "(1-g)"]
    assert [d.term(r, p).tex_string for r, p in ch04.CANCEL_YG] == ["yg", "yg"]
    for mob, stroke in zip(scene.cancelling, scene.strokes, strict=True):
        assert stroke.get_start() == pytest.approx(mob.get_corner([-1, -1, 0]))
        assert mob.get_fill_opacity() == pytest.approx(0.25)  # faded
    assert d.term(5, 1).tex_string == "(y-g)"


@pytest.mark.parametrize("theta, x, y", [((0.3, -0.8), (1.0, 2.0), 1),
                                         ((-1.2, 0.5), (1.0, -0.7), 0)])
def test_every_derivation_row_has_the_same_value(theta, x, y):
    """The rows the scene writes are equal as numbers (core evaluates each line)."""
    steps = gradient_derivation_steps(np.array(theta), np.array(x), y)
    g = steps.g
    after_multiplying = y / g * g * (1 - g) - (1 - y) / (1 - g) * g * (1 - g)  # row 2
    expanded = y - y * g - g + y * g  # row 4
    np.testing.assert_allclose(steps.gradient_uncancelled, steps.gradient)
    assert after_multiplying == pytest.approx(steps.after_cancel)
    assert expanded == pytest.approx(steps.error)


def test_the_two_rules_match_symbol_for_symbol_and_h_is_highlighted(tmp_path: Path):
    scene = build(ch04.SameRuleAsLinearRegression, tmp_path)
    assert [p.tex_string for p in scene.logistic] == [p.tex_string for p in scene.lms]
    for row in (scene.logistic, scene.lms):
        assert row[ch04.H_PIECE].tex_string == r"h_\theta(x)"
        assert row[ch04.H_PIECE].get_color().to_hex().upper() == DARK.highlight.upper()
