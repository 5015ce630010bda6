"""Chapter 4's scenes: layout after every animation, numbers on screen equal core's, frames."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from scene_harness import build, final_frame, pixel_at

from core import far_email_pulls, gradient_derivation_steps, sgd_step, sigmoid
from scenes.common.pieces import Derivation
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
    # Where the prediction started, only a faint ghost of the marker stays: the marker left.
    start = pixel_at(scene, pixels, axes.c2p(step.score_before + 0.05,
                                             float(sigmoid(step.score_before + 0.05))))
    assert not _near(start, DARK.highlight, tol=25)
    ghost = scene.start_ghost
    assert axes.p2c(ghost.get_center())[:2] == pytest.approx([step.score_before, step.h_before])
    assert ghost.get_fill_opacity() < 0.5


def test_the_derivation_is_a_stacked_chain_and_the_pairs_are_struck(tmp_path: Path):
    scene = build(ch04.GradientCollapsesToErrorTimesInput, tmp_path)
    d = scene.derivation
    rows = d.rows
    # One line under the other, every "=" in the first row's column, none overlapping.
    for at in scene.equals_at:
        assert at[0] == pytest.approx(scene.equals_at[0][0], abs=1e-6)
    for (_, above), (below, _) in zip(scene.chain_spans[:-1], scene.chain_spans[1:],
                                      strict=True):
        assert below < above
    # Only the first line writes the left side.
    def drawn(m) -> bool:
        return any(part.has_points() for part in m.get_family())

    assert drawn(rows[0][0]) and not any(drawn(r[0]) for r in rows[1:])
    # Each reason sits beside its own line, right of every line.
    right = scene.chain_right
    for (top, bottom), note in zip(scene.chain_spans, scene.notes, strict=True):
        if drawn(note):
            assert note.get_left()[0] > right
            assert note.get_center()[1] == pytest.approx((top + bottom) / 2, abs=1e-6)
    # Each morph names existing pieces, and every target piece is reached or fades in.
    for target, pairs in ch04.MORPHS.items():
        for a, b in pairs:
            for i in ([a] if isinstance(a, int) else a):
                assert 0 <= i < len(rows[target - 1])
            for i in ([b] if isinstance(b, int) else b):
                assert 0 <= i < len(rows[target])
    # What cancels: g with g, (1-g) with (1-g), -yg with +yg.
    fresh = Derivation(ch04.DERIVATION_ROWS, DARK)
    fraction_g = fresh.term(2, ch04.CANCEL_G[0])
    assert fraction_g.tex_string == r"\frac{y}{g}"
    assert len(ch04.denominator(fraction_g)) == 1
    assert len(ch04.denominator(fresh.term(2, ch04.CANCEL_ONE_MINUS_G[0]))) == 3  # 1 - g
    assert [fresh.term(2, p).tex_string
            for p in (ch04.CANCEL_G[1], ch04.CANCEL_ONE_MINUS_G[1])] == ["g", "(1-g)"]
    assert [fresh.term(r, p).tex_string for r, p in ch04.CANCEL_YG] == ["-yg", "+yg"]
    # Every piece, once its line has grown, holds its own glyphs and no more: a piece made
    # by morphing itself from a longer copy keeps stacked duplicates, which a dimmed
    # (cancelled) term shows as a term not dimmed at all. (The last line is itself morphed
    # into the result, and leaves.)
    for row, fresh_row in zip(rows[1:5], fresh.rows[1:5], strict=True):
        assert [len(p) for p in row[1:]] == [len(p) for p in fresh_row[1:]]
    # At the end none of the derivation's glyphs is left on screen, the result is.
    on_screen = {id(m) for top in scene.mobjects for m in top.get_family()}
    assert not any(id(m) in on_screen for m in d.get_family() if m.has_points())
    assert d.term(5, 2).tex_string == "(y-g)"
    assert "".join(p.tex_string for p in scene.result[2:5]) == r"\big(y-h_\theta(x)\big)"
    # The chain is set in the formula size, the result in the large one.
    assert rows[0].font_size == pytest.approx(ch04.SIZES.formula)
    assert scene.result.font_size == pytest.approx(ch04.SIZES.formula_large)


class _Watched(ch04.GradientCollapsesToErrorTimesInput):
    """The derivation, noting after every play when x_j's first appearance, the result in g
    and the result in h are on screen."""

    def play(self, *animations, **kwargs):  # noqa: ANN002, ANN003, ANN201
        super().play(*animations, **kwargs)
        shown = {id(m) for top in self.mobjects for m in top.get_family()}

        def visible(m) -> bool:  # noqa: ANN001
            return id(m) in shown and any(g.get_fill_opacity() > 0.5 for g in m.get_family()
                                          if g.has_points())

        d = getattr(self, "derivation", None)
        seen = {"x_j": d is not None and visible(d.rows[1][9]),
                "g": hasattr(self, "result_g") and visible(self.result_g[3]),
                "h": hasattr(self, "result") and visible(self.result[3])}
        self.seen = [*getattr(self, "seen", []), (self.renderer.time, seen)]


def _mark(scene, name: str, words: str) -> float:  # noqa: ANN001
    beat = next(b for b in scene.beats if words in b.narration)
    return next(t for n, t in beat.marks if n == name)


def test_x_j_and_h_come_on_the_words_that_name_them(tmp_path: Path):
    """x_j joins the chain when the inner derivative is said, not with the sigmoid's slope
    before it; the result is first written in g, and g becomes h when h is named."""
    scene = build(_Watched, tmp_path, check_layout=True)

    def first(key: str) -> float:
        return next(t for t, seen in scene.seen if seen[key])

    assert first("x_j") >= _mark(scene, "inner", "inner derivative")
    named = _mark(scene, "h", "prediction")
    assert first("g") < named <= first("h")
    assert not any(seen["g"] and seen["h"] for _, seen in scene.seen)


def test_the_recalled_s_has_its_tangent_at_the_slope_g_times_one_minus_g(tmp_path: Path):
    scene = build(ch04.GradientCollapsesToErrorTimesInput, tmp_path)
    axes, tangent = scene.recall_axes, scene.recall_tangent
    (z0, g0), (z1, g1) = (axes.p2c(p) for p in (tangent.get_start(), tangent.get_end()))
    g = float(sigmoid(ch04.RECALL_Z))
    assert (g1 - g0) / (z1 - z0) == pytest.approx(g * (1 - g), rel=1e-6)
    assert g0 + (ch04.RECALL_Z - z0) * (g1 - g0) / (z1 - z0) == pytest.approx(g, abs=1e-6)


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


def test_the_far_email_readouts_are_cores_pulls(tmp_path: Path):
    scene = build(ch04.SameRuleAsLinearRegression, tmp_path)
    p = far_email_pulls()
    line = " ".join(m.tex_string for m in scene.line_readout)
    s = " ".join(m.tex_string for m in scene.s_readout)
    assert f"h={p.line_h:.3f}" in line and f"y-h={p.line_error:.3f}" in line
    assert f"={p.line_pull:.1f}" in line
    # The S is saturated: h rounds to 1 at three places but a sigmoid never reaches it.
    assert round(p.s_h, 3) == 1 and "h>0.999" in s and "1.000" not in s
    assert r"|y-h|<0.001" in s and r"\approx 0" in s and abs(p.s_error) < 5e-4
    # At the precision shown, the pull is the product of the numbers shown above it.
    x_far = float(p.x[p.far_index])
    assert f"{round(p.line_error, 3) * x_far:.1f}" == f"{p.line_pull:.1f}"
    # The claims the narration makes: the line overshoots and pulls; the S does not.
    assert p.line_h > 1 and p.line_pull < -10 and abs(p.s_pull) < 0.05
    assert f"{p.line_h:.2f}" in scene.beats[3].narration
    # The far email is ringed in both pictures, at its (x, y).
    for ring, ax in zip(scene.far_rings, (scene.s_axes, scene.line_axes), strict=True):
        assert ax.p2c(ring.get_center()) == pytest.approx(
            (p.x[p.far_index], p.y[p.far_index]), abs=1e-3)


def test_the_hand_update_header_ends_on_the_new_weights(tmp_path: Path):
    scene = build(ch04.OneUpdateByHand, tmp_path)
    step = _course_step()
    assert scene.theta_shown.tex_string == (rf"\theta=({step.theta_after[0]:.2f},"
                                            rf"\,{step.theta_after[1]:.2f})")
    assert any(m is scene.theta_shown for top in scene.mobjects for m in top.get_family())


def test_the_quiz_is_applied_and_its_numbers_are_cores():
    q = ch04.QUIZ
    assert q.correct == 0 and len(q.choices) == 4 and q.applied and not q.answer_is_longest
    right, slipped = ch04.quiz_steps()
    assert right.h_before == pytest.approx(ch04.QUIZ_H)
    move = right.theta_after - right.theta_before
    assert move[1] == pytest.approx(ch04.QUIZ_ALPHA * (0 - ch04.QUIZ_H) * ch04.QUIZ_X[1])
    assert f"falls by {abs(move[1]):.2f}" in q.choices[0]
    assert len(set(q.choices)) == 4


def test_the_weight_steps_are_bars_in_proportion_to_the_inputs(tmp_path: Path):
    scene = build(ch04.OneUpdateByHand, tmp_path)
    step = _course_step()
    moves = step.theta_after - step.theta_before
    widths = [bar.width for bar in scene.bars]
    assert widths == pytest.approx(list(ch04.BAR_UNIT * moves), abs=1e-6)
    assert widths[1] == pytest.approx(2 * widths[0])  # "twice as far"


def test_the_far_email_updates_tilt_the_line_and_leave_the_s(tmp_path: Path):
    scene = build(ch04.SameRuleAsLinearRegression, tmp_path)
    steps = scene.far_steps
    b0, b1 = steps.line[-1]
    ax = scene.line_axes
    corners = np.array([ax.p2c(p) for p in scene.line_curve.get_anchors()])
    k = len(corners) // 2
    assert corners[k, 1] == pytest.approx(b0 + b1 * corners[k, 0], abs=1e-3)
    assert steps.line_h[-1] < steps.line_h[0] and np.ptp(steps.s_h) < 1e-6
    # The line's 0.5 cut ends where core says the tilted line crosses 0.5, past the spam
    # emails the words count; the S's cut stays where the S crosses 0.5.
    cut, s_cut = scene.cuts
    assert ax.p2c(cut.get_start())[0] == pytest.approx(steps.line_crossing[-1], abs=1e-3)
    assert scene.s_axes.p2c(s_cut.get_start())[0] == pytest.approx(steps.s_crossing[0],
                                                                   abs=1e-3)
    p = far_email_pulls()
    newly = scene.newly_wrong
    assert len(newly) >= 1 and np.all(p.y[newly] == 1)
    assert np.all((p.x[newly] > steps.line_crossing[0]) & (p.x[newly] < steps.line_crossing[-1]))
    n = len(newly)
    assert f"past {n} more spam email" in scene.beats[4].narration
    missed = int(np.sum(steps.line_wrong[-1] & (p.y == 1)))
    assert f"calls {missed} spam emails safe" in scene.beats[4].narration


def test_the_quiz_picture_moves_theta_one_by_the_answer(tmp_path: Path):
    scene = build(ch04.UpdateRuleCheck, tmp_path, check_layout=True)
    right, _ = ch04.quiz_steps()
    assert scene.quiz_line.p2n(scene.quiz_marker.get_center()) == pytest.approx(
        right.theta_after[1])
    z, h = scene.quiz_axes.p2c(scene.quiz_email.get_center())
    assert (z, h) == pytest.approx((right.score_after, right.h_after), abs=1e-6)
    assert scene.quiz_fall.get_tex_string() == f"{right.theta_after[1] - right.theta_before[1]:.2f}"
