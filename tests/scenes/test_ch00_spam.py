"""Chapter 0: the tilting line shows core's sweep, and the layout holds at every animation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from manim import DOWN, LEFT, RIGHT, UP
from scene_harness import build

from core import logistic_sweep, predict_proba, spam_sweep
from scenes.common.theme import SIZES
from scenes.logistic_regression.ch00_spam import (
    N_POSITIONS,
    S_L2,
    SURE_ABOVE,
    SWEEP_END,
    LeastSquaresLineTilts,
    SpamCheck,
    TwoFlawsAndTheFix,
)


@pytest.fixture(scope="module")
def tilted(tmp_path_factory: pytest.TempPathFactory) -> LeastSquaresLineTilts:
    return build(LeastSquaresLineTilts, tmp_path_factory.mktemp("ch00"), check_layout=True)


def test_the_line_ends_where_core_fitted_it(tilted: LeastSquaresLineTilts) -> None:
    sweep = spam_sweep(n_positions=N_POSITIONS, end=28.0)
    axes = next(m for m in tilted.mobjects if type(m).__name__ == "Axes")
    line = next(m for m in tilted.mobjects if type(m).__name__ == "Line")
    for point in (line.get_start(), line.get_end()):
        x, y = axes.p2c(point)
        assert y == pytest.approx(sweep.intercepts[-1] + sweep.slopes[-1] * x, abs=1e-6)


def test_readouts_show_the_final_crossing_and_mistake_count(
    tilted: LeastSquaresLineTilts,
) -> None:
    sweep = spam_sweep(n_positions=N_POSITIONS, end=28.0)
    panel = next(m for m in tilted.mobjects if type(m).__name__ == "ReadoutPanel")
    cross, wrong = (n.get_value() for n in panel.numbers)
    assert cross == pytest.approx(sweep.crossings[-1])
    assert cross > sweep.crossings[0] + 1  # the point of the scene: it slides the wrong way
    assert wrong == sweep.n_misclassified[-1] >= 2


def test_stubs_show_the_lines_value_under_one_half_at_the_wrong_emails(
    tilted: LeastSquaresLineTilts,
) -> None:
    sweep = spam_sweep(n_positions=N_POSITIONS, end=28.0)
    wrong = np.flatnonzero(sweep.misclassified[-1])
    values = sweep.fitted[-1, wrong]
    # The emails the rule gets wrong are spam emails whose line value is under one half, and
    # the values as shown (two decimals) say so too: never rounded up to 0.50.
    assert len(wrong) >= 2 and np.all(sweep.y[wrong] == 1)
    assert np.all(np.round(values, 2) < 0.5)
    label = tilted.stub_values
    assert label in tilted.mobjects
    shown = " ".join(label.original_text.split())
    assert all(f"{v:.2f}" in shown for v in values)
    # Each value is written after its own email's x (which is which is read, not guessed).
    for xi, v in zip(sweep.X[-1, wrong], values, strict=True):
        at = shown.index(f"x = {xi:g}")
        assert shown.index(f"{v:.2f}", at) < min(
            [shown.index(f"x = {o:g}") for o in sweep.X[-1, wrong] if
             shown.index(f"x = {o:g}") > at] or [len(shown)])


def test_the_far_square_is_shown_whole_in_one_frame(tmp_path: Path) -> None:
    from scenes.logistic_regression.ch00_spam import FLAWS_Y_RANGE, error_square

    scene = build(TwoFlawsAndTheFix, tmp_path, check_layout=True)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    axes = scene.flaws_axes
    held = sweep.intercepts[0] + sweep.slopes[0] * sweep.positions[-1]
    assert scene.held_top == pytest.approx(held)
    # The held line's far square is well over 1 and fits, whole, under the plot's top (the
    # y range never changes during the scene).
    assert 3 < held < FLAWS_Y_RANGE[1]
    assert tuple(axes.y_range[:2]) == FLAWS_Y_RANGE
    corners = np.array(error_square(axes, float(sweep.positions[-1]), 1.0, float(held)))
    assert corners[:, 1].max() <= axes.c2p(0, FLAWS_Y_RANGE[1])[1] + 1e-6
    assert corners[:, 0].min() >= axes.c2p(0.0, 0)[0]
    # ... right of the squares' total written in the plot, which keeps its size there.
    from scenes.logistic_regression.ch00_spam import FLAW_NOTES_RIGHT

    assert corners[:, 0].min() > axes.c2p(FLAW_NOTES_RIGHT, 0)[0]
    # The squares' totals are written in the plot's lower right, between the heights 0 and
    # one half: under the held first line and the refitted line along their whole width,
    # right of the close-ups' framed stretches, inside the plot.
    sweep_fits = [(sweep.intercepts[0], sweep.slopes[0]),
                  (sweep.intercepts[-1], sweep.slopes[-1])]
    for panel in (scene.total_panel, scene.others_panel):
        assert panel.get_bottom()[1] > axes.c2p(0, 0.0)[1] + 0.05
        assert panel.get_top()[1] < axes.c2p(0, 0.5)[1] - 0.05
        assert panel.get_right()[0] < axes.c2p(axes.x_range[1], 0)[0]
        assert panel.get_left()[0] > scene.squares_sources.get_right()[0]
        for b, m in sweep_fits:
            x_left = axes.p2c(panel.get_left())[0]
            assert axes.c2p(x_left, b + m * x_left)[1] > panel.get_top()[1] + 0.05
    # Each flaw is named in the heading, the same way.
    assert scene.flaw1_heading.text.startswith("Flaw1:")
    # The first line's dip under zero is shown in a close-up in the band over the plot,
    # outside its axes (nothing that is not an email sits among the plot's numbers), named
    # and with its value written right of its box, its mark where numpy's first line is at
    # the quietest email.
    lens, frame, band = scene.floor_lens, scene.lens_frame, scene.band
    plot_top = axes.c2p(0, axes.y_range[1])[1]
    assert frame.get_bottom()[1] > plot_top
    value, name = scene.floor_value, scene.floor_name
    for mob in (frame, value, name):
        assert band.contains(mob)
    assert name.text.replace(" ", "") == "thequietestemail,closeup"
    assert value.get_left()[0] > frame.get_right()[0] and name.get_left()[0] > frame.get_right()[0]
    assert value.get_top()[1] < name.get_bottom()[1]
    quiet = np.argmin(sweep.X[0])
    slope0, intercept0 = np.polyfit(sweep.X[0], sweep.y.astype(float), 1)
    below = intercept0 + slope0 * sweep.X[0, quiet]
    assert below < 0 and f"{below:.2f}" in value.get_tex_string()
    # Its dashed line ends inside its frame (clear of the frame's edges by a few pixels, so
    # the dashes' thick caps do not poke out).
    line, frame = scene.lens_line, scene.lens_frame
    assert line.get_right()[0] < frame.get_right()[0] - 0.03
    assert line.get_left()[0] > frame.get_left()[0] + 0.03
    assert frame.get_bottom()[1] + 0.03 < line.get_bottom()[1]
    assert line.get_top()[1] < frame.get_top()[1] - 0.03
    # Its dip is drawn big: over ten pixels at 480p (8 scene units high).
    dip = lens.c2p(0, 0)[1] - lens.c2p(0, below)[1]
    assert dip * 480 / 8 > 10


def test_the_flaws_plot_is_tall_and_holds_the_lines_values(tmp_path: Path) -> None:
    from scenes.logistic_regression.ch00_spam import FLAWS_Y_RANGE

    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    # Both values flaw one points at (below 0 before the drag, above 1 after it) are inside.
    assert FLAWS_Y_RANGE[0] < sweep.fitted[0].min() < 0
    assert 1 < sweep.fitted[-1].max() < FLAWS_Y_RANGE[1]
    scene = build(TwoFlawsAndTheFix, tmp_path)
    axes = scene.flaws_axes
    # Labels 0 to 1 span at least a ninth of the frame's height (the plot is the subject,
    # the body high but for the close-ups' band, its range tall enough for the held line's
    # far square).
    assert axes.c2p(0, 1)[1] - axes.c2p(0, 0)[1] > 8.0 / 9


def test_the_plot_is_tall_enough_for_every_fitted_value() -> None:
    from scenes.logistic_regression.ch00_spam import Y_RANGE

    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    # The far email's value over one (flaw one's point) is drawn inside the plot.
    assert Y_RANGE[0] < sweep.fitted.min() and sweep.fitted.max() < Y_RANGE[1]


def test_flaws_scene_builds_with_a_clean_layout(tmp_path: Path) -> None:
    scene = build(TwoFlawsAndTheFix, tmp_path, check_layout=True)
    # The two flaws, the fix, and the far email dragged again (the quiz is its own scene).
    assert len(scene.beats) == 4


def test_the_s_ends_on_cores_fit_and_its_crossing_stays_put(tmp_path: Path) -> None:
    scene = build(TwoFlawsAndTheFix, tmp_path, check_layout=True)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    fits = logistic_sweep(sweep, l2=S_L2)
    axes = next(m for m in scene.mobjects if type(m).__name__ == "Axes")
    panel = scene.s_panel
    assert panel in scene.mobjects
    assert panel.numbers[0].get_value() == pytest.approx(fits.crossings[-1])
    # Its number is set in its words, as they end.
    assert panel.text.endswith(f"x={fits.crossings[-1]:.2f}")
    # The S's value at the far email, shown as "> 0.999": true at every position, and never
    # a rounded 1.
    assert len(panel.numbers) == 1
    assert scene.sure_note in scene.mobjects
    # (a sigmoid of a finite score is below 1, even where floats round it to 1).
    assert np.all(fits.far_probs > SURE_ABOVE) and np.all(np.isfinite(fits.thetas))
    assert np.ptp(fits.crossings) < 5e-3  # the readout's two decimals never change
    dot = scene.s_cross
    assert dot in scene.mobjects
    assert axes.p2c(dot.get_center())[1] == pytest.approx(0.5)
    assert axes.p2c(dot.get_center())[0] == pytest.approx(fits.crossings[-1], abs=1e-6)
    # The S drawn is core's probability at the far email's last position.
    curve = scene.s_curve
    assert curve in scene.mobjects
    x, h = axes.p2c(curve.points[len(curve.points) // 2])
    assert h == pytest.approx(float(predict_proba(fits.thetas[-1], [[x]])[0]), abs=1e-3)


def _polyfit_crossing(x: np.ndarray, y: np.ndarray) -> float:
    """Where numpy's least-squares line through (x, y) equals 0.5 (an independent fit)."""
    slope, intercept = np.polyfit(x, y.astype(float), 1)
    return (0.5 - intercept) / slope


def test_only_the_quizs_answer_pushes_the_crossing_right() -> None:
    from scenes.logistic_regression.ch00_spam import (
        QUIZ,
        QUIZ_FAR_ADD,
        QUIZ_NEAR_ADD,
        quiz_changes,
    )

    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    X, y, far = sweep.X[-1], sweep.y, sweep.far_index
    back = X.copy()
    back[far] = sweep.positions[0]
    # Each choice's crossing, refitted by numpy, in the choices' order.
    crossings = [_polyfit_crossing(np.append(X, QUIZ_NEAR_ADD), np.append(y, 1)),
                 _polyfit_crossing(back, y),
                 _polyfit_crossing(np.append(X, QUIZ_FAR_ADD), np.append(y, 1)),
                 _polyfit_crossing(np.delete(X, far), np.delete(y, far))]
    now = _polyfit_crossing(X, y)
    changes = quiz_changes()
    assert changes["now"] == pytest.approx(now)
    for key, value in zip(("near", "back", "far", "delete"), crossings, strict=True):
        assert changes[key] == pytest.approx(value)
    # Only the right answer moves the crossing right, and by a visible step.
    right = [i for i, c in enumerate(crossings) if c > now + 0.1]
    assert right == [QUIZ.correct] == [2]
    assert all(c < now - 0.3 for i, c in enumerate(crossings) if i != QUIZ.correct)
    # The line over 1 where the answer adds its email, under 1 where the tempting one does
    # (said; the chart shows them on the plot as they are said).
    line = np.polyfit(X, y.astype(float), 1)
    assert np.polyval(line, QUIZ_FAR_ADD) > 1 > np.polyval(line, QUIZ_NEAR_ADD)
    assert f"{np.polyval(line, QUIZ_FAR_ADD):.2f}" in QUIZ.said_reason
    assert f"{np.polyval(line, QUIZ_NEAR_ADD):.2f}" in QUIZ.said_reason
    assert f"{crossings[2]:.2f}" in QUIZ.reason and f"{now:.2f}" in QUIZ.question
    # The three wrong choices are resolved too: their crossings, as numpy refits them, are in
    # the reason.
    assert all(f"{crossings[i]:.2f}" in QUIZ.reason for i in (0, 1, 3))


def test_the_quiz_picture_takes_the_room_the_card_leaves(tmp_path: Path) -> None:
    from manim import config

    from scenes.common.layout import BODY, HEADING

    scene = build(SpamCheck, tmp_path)
    axes = scene.quiz_axes
    # Right of every line of the card and of the heading's words, never over them.
    card_right = max(m.get_right()[0] for m in scene.card)
    picture_left = min(axes.get_left()[0], scene.quiz_strip.get_left()[0],
                       scene.quiz_strip_name.get_left()[0])
    assert picture_left > card_right + 0.3
    # Inside the body's right edge and bottom, its top under the heading's top.
    assert axes.get_right()[0] <= BODY.right + 1e-6
    assert scene.quiz_x_name.get_bottom()[1] >= BODY.bottom - 1e-6
    assert scene.quiz_strip_name.get_top()[1] <= HEADING.top + 1e-6
    # The plot is more than two fifths of the frame wide and half its height.
    assert axes.x_axis.width > 0.4 * config.frame_width
    assert axes.y_axis.height > 0.5 * config.frame_height
    # Its numbers at the body size, not the smallest.
    assert all(n.font_size == pytest.approx(SIZES.body) for n in axes.x_axis.numbers)
    assert all(n.font_size == pytest.approx(SIZES.body) for n in scene.quiz_strip.numbers)


def test_quiz_answer_is_c(tmp_path: Path) -> None:
    from scenes.logistic_regression.ch00_spam import QUIZ_FAR_ADD, QUIZ_Y_RANGE, quiz_changes

    scene = build(SpamCheck, tmp_path, check_layout=True)
    # (The last beat is the lecture's plan, after the answer.)
    assert scene.beats[-2].narration.startswith("The answer is C.")
    assert scene.beats[-1].narration.startswith("Where the lecture goes from here:")
    # The plan: each of the course's chapters one to eight named on screen and in the words.
    from scenes.logistic_regression.ch00_spam import ROADMAP

    assert [row[0].text for row in scene.roadmap_rows] == [str(i) for i in range(1, 9)]
    assert [n for n, _ in ROADMAP] == [str(i) for i in range(1, 9)]
    for word in ("sigmoid", "perceptron", "softmax", "Newton"):
        assert word in scene.beats[-1].narration
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    # The line's value at the added email, shown above 1, inside the quiz plot's one y range.
    assert scene.quiz_held == pytest.approx(
        sweep.intercepts[-1] + sweep.slopes[-1] * QUIZ_FAR_ADD)
    assert 1 < scene.quiz_held < QUIZ_Y_RANGE[1]
    assert tuple(scene.quiz_axes.y_range[:2]) == QUIZ_Y_RANGE
    assert f"{scene.quiz_held:.2f}" in scene.quiz_value.get_tex_string()
    # Each choice's refitted line, played on the chart as it is said, is numpy's fit of the
    # emails as that choice changes them; the chart ends on the last one said (D: the far
    # email deleted), its crossing dot on that line's crossing.
    from scenes.logistic_regression.ch00_spam import QUIZ_NEAR_ADD

    X, y, far_i = sweep.X[-1], sweep.y.astype(float), sweep.far_index
    back = X.copy()
    back[far_i] = sweep.positions[0]
    changed = {"C": (np.append(X, QUIZ_FAR_ADD), np.append(y, 1)),
               "A": (np.append(X, QUIZ_NEAR_ADD), np.append(y, 1)),
               "B": (back, y), "D": (np.delete(X, far_i), np.delete(y, far_i))}
    assert set(scene.quiz_refits) == set(changed)
    for letter, (xs, ys) in changed.items():
        slope, intercept = np.polyfit(xs, ys, 1)
        assert scene.quiz_refits[letter] == pytest.approx((intercept, slope))
    far = quiz_changes()["far"]
    slope, intercept = np.polyfit(*changed["D"], 1)
    assert scene.quiz_axes.p2c(scene.quiz_cross.get_center())[0] == pytest.approx(
        quiz_changes()["delete"])
    # The far email is gone from the chart at the end of the check, as D deletes it.
    assert not any(scene.quiz_dots[far_i] in m.get_family() for m in scene.quiz_end)
    # The chart's dots seen at 480p (at least 7 pixels across, the picture as placed), yet
    # emails a unit apart stay apart; its x-axis named, the dashed old line named "old".
    from manim import config

    px_per_unit = 854 / config.frame_width
    unit = scene.quiz_axes.c2p(1.0, 0)[0] - scene.quiz_axes.c2p(0, 0)[0]
    assert all(d.width * px_per_unit >= 7.0 and d.width < 0.9 * unit for d in scene.quiz_dots)
    assert scene.quiz_x_name.text.startswith("howoften")
    assert scene.quiz_old_name.text == "old" and scene.quiz_old_name in scene.quiz_end
    line_start = scene.quiz_axes.p2c(scene.quiz_line.get_start())
    assert line_start[1] == pytest.approx(intercept + slope * line_start[0], abs=1e-6)
    # On the close-up of the one-half line, each crossing is marked where numpy's refit puts
    # it, named by its choice's letter ("now" for the line as the chapter left it), all on
    # screen at the end, each apart from the next (no name touches another).
    from scenes.logistic_regression.ch00_spam import QUIZ_STRIP_RANGE

    changes = quiz_changes()
    strip, marks = scene.quiz_strip, scene.quiz_marks
    where = {"now": changes["now"], "A": changes["near"], "B": changes["back"], "C": far,
             "D": changes["delete"]}
    assert set(marks) == set(where)
    for name, at in where.items():
        dot, label = marks[name]
        assert QUIZ_STRIP_RANGE[0] + 0.25 < at < QUIZ_STRIP_RANGE[1] - 0.25
        assert strip.p2n(dot.get_center()) == pytest.approx(at, abs=1e-6)
        assert label.text == name
        assert any(dot in m.get_family() for m in scene.quiz_end)
    # The marks' names stand clear under the close-up's own name.
    name = scene.quiz_strip_name
    assert all(marks[n][1].get_top()[1] < name.get_bottom()[1] - 0.05 for n in where)
    labels = sorted((marks[n][1] for n in where), key=lambda m: m.get_left()[0])
    assert all(a.get_right()[0] < b.get_left()[0] - 0.12
               for a, b in zip(labels, labels[1:], strict=False))
    # Each name stands over the strip, as high as the others.
    bottoms = [marks[n][1].get_bottom()[1] for n in where]
    assert max(bottoms) - min(bottoms) < 0.03
    # Only C is right of where the line crossed: the answer is seen on the close-up.
    assert [n for n, at in where.items() if at > changes["now"]] == ["C"]
    lift = [scene.quiz_axes.p2c(p)[1] for p in (scene.quiz_lift.get_start(),
                                               scene.quiz_lift.get_end())]
    assert lift[0] == pytest.approx(scene.quiz_near) and lift[1] > lift[0]
    # A's value stands clear of every email's dot and over the line as it then stood.
    under = scene.quiz_under

    def apart(m, n) -> bool:
        return (m.get_right()[0] < n.get_left()[0] or n.get_right()[0] < m.get_left()[0]
                or m.get_top()[1] < n.get_bottom()[1] or n.get_top()[1] < m.get_bottom()[1])

    # (The far email, at x = 28 while A is said, has since been moved back by B.)
    assert all(apart(under, d) for i, d in enumerate(scene.quiz_dots) if i != far_i)
    axes, (b0, m0) = scene.quiz_axes, (scene.sweep.intercepts[-1], scene.sweep.slopes[-1])
    for corner in (under.get_corner(DOWN + RIGHT * -1), under.get_corner(DOWN + RIGHT)):
        x, h = axes.p2c(corner)
        assert h > b0 + m0 * x


def test_the_close_up_leaves_room_at_the_flip_and_marks_the_far_email(
    tilted: LeastSquaresLineTilts,
) -> None:
    from scenes.logistic_regression.ch00_spam import X_RANGE

    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    axes = tilted.zoom_axes
    assert axes in tilted.mobjects
    near = np.delete(sweep.X[-1], sweep.far_index)
    lo, hi = axes.x_range[:2]
    # Every email but the far one is inside the close-up; the far one is off its right edge,
    # and the words at the edge say where it is.
    assert lo <= near.min() and near.max() < hi < sweep.positions[-1]
    assert tilted.off_name.text.endswith(f"x={sweep.positions[-1]:g}")  # Text drops spaces
    # The words (on their backing) sit between the solid line under them and the dashed
    # first line over them, hiding neither.
    name = tilted.off_name
    for x_end, y_end, b, m, above in (
            (name.get_right(), name.get_bottom(), sweep.intercepts[-1], sweep.slopes[-1], True),
            (name.get_left(), name.get_top(), sweep.intercepts[0], sweep.slopes[0], False)):
        x_at = axes.p2c(x_end)[0]
        line_y = axes.c2p(x_at, b + m * x_at)[1]
        assert (y_end[1] > line_y) if above else (y_end[1] < line_y)
    # The dashed first line passes left of the words' backing at every height it spans.
    b0, m0 = sweep.intercepts[0], sweep.slopes[0]
    for y_end in (name.get_bottom(), name.get_top()):
        h = axes.p2c(y_end)[1]
        assert axes.c2p((h - b0) / m0, h)[0] < name.get_left()[0] - 0.05
    # The two flipped emails, half a unit apart, are at least twice as far apart on screen
    # as on the whole-journey axis (a unit there is the plot width over X_RANGE).
    unit = axes.c2p(1, 0)[0] - axes.c2p(0, 0)[0]
    whole = (axes.x_axis.get_right()[0] - axes.x_axis.get_left()[0]) / (X_RANGE[1] - X_RANGE[0])
    assert unit > 2 * whole


def test_flaw_one_marks_the_line_above_one_and_flaw_two_boxes_the_flipped(
    tmp_path: Path,
) -> None:
    scene = build(TwoFlawsAndTheFix, tmp_path)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    # The stretch traced "above 1" starts where the line as it stands reaches 1, left of the
    # far email.
    b, m = sweep.intercepts[-1], sweep.slopes[-1]
    assert b + m * scene.ceiling_from == pytest.approx(1.0)
    assert scene.ceiling_from < sweep.positions[-1]
    # The boxed emails are the spam emails numpy's refitted line puts under one half.
    slope, intercept = np.polyfit(sweep.X[-1], sweep.y.astype(float), 1)
    under = np.flatnonzero((intercept + slope * sweep.X[-1] < 0.5) & (sweep.y == 1))
    assert list(scene.flipped_idx) == list(under) and len(under) == 2


def test_the_faint_line_refits_beside_the_s_and_its_crossing_slides(tmp_path: Path) -> None:
    scene = build(TwoFlawsAndTheFix, tmp_path, check_layout=True)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    fits = logistic_sweep(sweep, l2=S_L2)
    # Core's least-squares refits at every position of the far email are numpy's fits.
    for i in (0, N_POSITIONS // 2, N_POSITIONS - 1):
        slope, intercept = np.polyfit(sweep.X[i], sweep.y.astype(float), 1)
        assert (sweep.intercepts[i], sweep.slopes[i]) == pytest.approx((intercept, slope))
        assert sweep.crossings[i] == pytest.approx((0.5 - intercept) / slope)
    # Over the drag the line's crossing slides by more than a unit; the S's does not move.
    assert np.ptp(sweep.crossings) > 1.0
    assert np.ptp(fits.crossings) < 5e-3
    # The faint line ends on the last refit, its readout on that refit's crossing.
    axes = scene.s_axes
    assert scene.ls_line in scene.mobjects and scene.ls_panel in scene.mobjects
    for point in (scene.ls_line.get_start(), scene.ls_line.get_end()):
        x, h = axes.p2c(point)
        assert h == pytest.approx(sweep.intercepts[-1] + sweep.slopes[-1] * x, abs=1e-6)
    assert scene.ls_panel.numbers[0].get_value() == pytest.approx(sweep.crossings[-1])
    # The readout sits under the one-half line and its "0.5", over the x-axis, clear of the
    # least-squares line (above one half right of its crossing at every position), its number
    # in its words' colour.
    axes = scene.s_axes
    assert scene.ls_panel.get_top()[1] < scene.s_half_label.get_bottom()[1] - 0.1
    assert scene.ls_panel.get_top()[1] < axes.c2p(0, 0.5)[1] - 0.1
    assert scene.ls_panel.get_bottom()[1] > axes.c2p(0, 0)[1] + 0.05
    panel_left = axes.p2c(scene.ls_panel.get_left())[0]
    assert panel_left > sweep.crossings.max()
    assert scene.ls_panel[0][-1].get_color() == scene.ls_panel[0][0].get_color()
    assert scene.ls_panel.text.endswith(f"{sweep.crossings[-1]:.2f}")
    # The line's crossing tick stands at its crossing, hanging under the one-half line,
    # clear of the S's dot (at every position of the far email the tick's top is under it).
    assert axes.p2c(scene.ls_cross.get_center())[0] == pytest.approx(sweep.crossings[-1])
    assert scene.ls_cross.get_top()[1] < axes.c2p(0, 0.5)[1] - 0.1
    assert scene.ls_cross.get_top()[1] < scene.s_cross.get_bottom()[1] - 0.02
    # The S is named the sigmoid, and its output a probability, on screen and in words.
    assert "sigmoid" in scene.s_name.text
    assert "sigmoid" in scene.fix_named.text and "probability" in scene.fix_named.text
    fix_beat = scene.beats[2].narration
    assert "sigmoid" in fix_beat and "probability" in fix_beat
    # The method is named where the S is: on screen and in the same beat's words.
    assert "logisticregression" in scene.fix_named.text.replace(" ", "").lower()
    assert "logistic regression" in " ".join(fix_beat.split())


def test_classification_is_named_with_its_labels(tilted: LeastSquaresLineTilts) -> None:
    assert "classification" in tilted.beats[0].narration
    tags = tilted.class_tags
    # Shown with the labels and kept through the scene (never dropped unsaid), over the
    # plot's box, where the shaded zone's name (inside the box) never meets them.
    assert all(t in tilted.mobjects for t in tags)
    assert tags[0].get_bottom()[1] > tilted.open_axes.get_top()[1] - 0.2
    top = tilted.zoom_axes.c2p(0, tilted.zoom_axes.y_range[1])[1]
    assert min(t.get_bottom()[1] for t in tags) > top
    assert "{0,1}" in tags[0].text and tags[1].text == "classification"  # Text drops spaces


def test_the_quiz_reason_comes_in_steps_never_ahead_of_the_chart() -> None:
    from scenes.logistic_regression.ch00_spam import QUIZ, QUIZ_NEAR_ADD, REASON_STEPS, quiz_changes

    changes = quiz_changes()
    shown = [piece for piece, _ in REASON_STEPS]
    assert " ".join(shown) == QUIZ.reason
    # C, then A: a short line as its email is placed, and one with its crossing, shown as
    # that crossing is said (its words start on the number); then B's and D's crossings.
    assert [piece.split(":")[0] for piece in shown] == ["C", "so flatter", "A",
                                                        "so the line lifts", "B", "D"]
    said = [words for _, words in REASON_STEPS]
    for piece, words, key in ((1, 1, "far"), (3, 3, "near"), (4, 4, "back"),
                              (5, 5, "delete")):
        assert f"{changes[key]:.2f}" in shown[piece] and f"{changes[key]:.2f}" in said[words]
    # No crossing is shown before its words: the lines shown as an email is placed hold none.
    assert not any(f"{changes[k]:.2f}" in shown[i] for i in (0, 2) for k in changes)
    assert said[1].startswith("to ") and said[3].startswith("to ")
    assert all(len(piece) <= 30 for piece in shown)
    assert "{flatter}" in said[0] and "{moves}" in said[0] and "{lifts}" in said[2]
    # A's line is lifted, its slope barely changed: the words say what is seen, no "steeper".
    assert "steeper" not in said[2] and "steeper" not in shown[3]
    # A's evidence (its email at x = 10, the line's value there, its line of the reason)
    # comes on its own words: the step starts there, after "A is the tempting one".
    assert "{tempting} A is the tempting one" in said[1]
    assert said[2].startswith(f"but at x = {QUIZ_NEAR_ADD:g} the line says")
    assert "{" not in QUIZ.said_reason
    # "x = 6.25" is set as maths (never split across lines), said plainly.
    assert f"$x = {changes['now']:.2f}$" in QUIZ.question
    assert "$" not in QUIZ.said_question and "$" not in QUIZ.said_reason


def test_the_s_fills_its_plot(tmp_path: Path) -> None:
    from scenes.logistic_regression.ch00_spam import S_Y_RANGE

    scene = build(TwoFlawsAndTheFix, tmp_path)
    axes = scene.s_axes
    # The S's band, 0 to 1, takes more than half its plot's height (the rest above it holds
    # the least-squares line's square at the far email, whole, at every position of the
    # drag), and more than 1.75 times the screen height it had in the flaws' tall plot.
    band = axes.c2p(0, 1)[1] - axes.c2p(0, 0)[1]
    assert band / (axes.c2p(0, S_Y_RANGE[1])[1] - axes.c2p(0, S_Y_RANGE[0])[1]) >= 0.55
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    assert 1.0 < sweep.far_values.max() <= S_Y_RANGE[1]
    # Its height ticked only at the halves: 0, 0.5 and 1 numbered, one tick over the top.
    ticks = np.round(axes.y_axis.get_tick_range(), 6)
    assert set(ticks) == {0.5, 1.0, 1.5}  # (0 is on the x-axis: no tick)
    tall = scene.flaws_axes
    assert band > 1.75 * (tall.c2p(0, 1)[1] - tall.c2p(0, 0)[1])


def test_the_squares_total_area_is_numpys_residual_and_the_least(tmp_path: Path) -> None:
    from core.least_squares import total_squared_error

    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    x, y = sweep.X[-1], sweep.y.astype(float)
    (slope, intercept), residual, *_ = np.polyfit(x, y, 1, full=True)
    total = total_squared_error(x, y, intercept, slope)
    assert total == pytest.approx(float(residual[0]))
    # Least squares makes it as small as it can: any nudge to the line makes it larger.
    for db, dm in ((0.01, 0), (-0.01, 0), (0, 0.001), (0, -0.001)):
        assert total_squared_error(x, y, intercept + db, slope + dm) > total
    # Held at the first fit, the far email out at the end, the total is larger still.
    held = total_squared_error(x, y, sweep.intercepts[0], sweep.slopes[0])
    assert held > total + 5
    # The scene's readout ends on the refitted line's total.
    scene = build(TwoFlawsAndTheFix, tmp_path)
    assert scene.total_panel.numbers[0].get_value() == pytest.approx(total)
    # The trade the refit makes: the other emails' areas (numpy's residuals without the far
    # email) end larger than they were under the held first line.
    near = np.arange(len(y)) != sweep.far_index
    others = float(np.sum((intercept + slope * x[near] - y[near]) ** 2))
    before = float(np.sum((sweep.intercepts[0] + sweep.slopes[0] * x[near] - y[near]) ** 2))
    assert scene.others_panel.numbers[0].get_value() == pytest.approx(others)
    assert others > 2 * before
    # The before is written beside the live after, so the growth is seen, not only said.
    assert scene.others_before[0] == pytest.approx(before)
    assert scene.others_before[1].startswith(f"{before:.2f}")
    assert scene.others_panel.text.endswith(f"{before:.2f}\u2192{others:.2f}")
    # Live readouts are one line of text each (its number in its words' face, size and
    # baseline), and follow their value as it changes.
    panel = scene.total_panel
    assert len(panel) == 1 and panel.text.endswith(f"={total:.2f}")
    glyphs = panel[0]
    assert glyphs[-1].get_bottom()[1] == pytest.approx(glyphs[0].get_bottom()[1], abs=0.02)
    assert "other emails' squares grow" in scene.beats[1].narration
    with pytest.raises(ValueError):
        total_squared_error(x, y[:-1], intercept, slope)


def test_the_near_squares_are_drawn_apart_at_the_plots_own_scale(tmp_path: Path) -> None:
    from scenes.logistic_regression.ch00_spam import error_square

    scene = build(TwoFlawsAndTheFix, tmp_path)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    y, far = sweep.y, sweep.far_index
    axes = scene.flaws_axes
    ham_lens, spam_lens = scene.squares_lenses
    # One scale: a unit up on either panel is as many pixels as a unit up on the plot, and a
    # unit across as many as a unit up, so squares compared or added are drawn alike.
    plot_up = axes.c2p(0, 1)[1] - axes.c2p(0, 0)[1]
    for lens in (ham_lens, spam_lens):
        sx = lens.c2p(1, 0)[0] - lens.c2p(0, 0)[0]
        sy = lens.c2p(0, 1)[1] - lens.c2p(0, 0)[1]
        assert sx == pytest.approx(plot_up) and sy == pytest.approx(plot_up)
    sides = scene.square_sides
    frames = scene.squares_frames
    for at in (0, -1):  # under the first line and under the tilted one
        boxes = {i: (np.array(error_square(spam_lens if y[i] == 1 else ham_lens,
                                           sweep.X[at, i], y[i], sweep.fitted[at, i],
                                           bool(sides[i]))), int(y[i]))
                 for i in range(len(y)) if i != far}
        # No two squares share any of the screen, and each is inside its panel's frame.
        for i, (a, label) in boxes.items():
            frame = frames[label]
            assert a[:, 0].min() > frame.get_left()[0] and a[:, 0].max() < frame.get_right()[0]
            assert a[:, 1].min() > frame.get_bottom()[1] and a[:, 1].max() < frame.get_top()[1]
            for j, (c, _) in boxes.items():
                if i < j:
                    dx = min(a[:, 0].max(), c[:, 0].max()) - max(a[:, 0].min(), c[:, 0].min())
                    dy = min(a[:, 1].max(), c[:, 1].max()) - max(a[:, 1].min(), c[:, 1].min())
                    assert dx <= 1e-6 or dy <= 1e-6, (i, j, at)
    # In the band over the plot, outside its axes (their emails never read as emails at
    # the plot's heights), side by side, each named for its emails and tied to its stretch
    # of the plot by a line from that stretch's top to its box.
    plot_top = axes.c2p(0, axes.y_range[1])[1]
    names = scene.squares_names
    assert [n.text.replace(" ", "") for n in names] == ["notspam,near", "spam,near"]
    for frame, name in zip(frames, names, strict=True):
        assert frame.get_bottom()[1] > plot_top
        assert scene.band.contains(frame) and scene.band.contains(name)
        assert name.get_bottom()[1] > frame.get_top()[1]
    assert frames[0].get_right()[0] < frames[1].get_left()[0]
    from scenes.logistic_regression.ch00_spam import (
        SQUARES_HAM_X,
        SQUARES_HAM_Y,
        SQUARES_SPAM_X,
        SQUARES_SPAM_Y,
    )

    for (xr, yr), source in zip(((SQUARES_HAM_X, SQUARES_HAM_Y),
                                 (SQUARES_SPAM_X, SQUARES_SPAM_Y)), scene.squares_sources,
                                strict=True):
        assert axes.p2c(source.get_corner(DOWN + LEFT))[:2] == pytest.approx([xr[0], yr[0]])
        assert axes.p2c(source.get_corner(UP + RIGHT))[:2] == pytest.approx([xr[1], yr[1]])
    # Every square, near and far, at numpy's line as it ends (refitted): its side on screen
    # is its email's |error| times one factor, the plot's pixels per unit up.
    slope, intercept = np.polyfit(sweep.X[-1], y.astype(float), 1)
    near = [i for i in range(len(y)) if i != far]
    assert len(scene.near_squares) == len(near)
    shown = [*zip(near, scene.near_squares, strict=True), (far, scene.far_square)]
    ratios = []
    for i, square in shown:
        error = abs(intercept + slope * sweep.X[-1, i] - y[i])
        assert square.width == pytest.approx(square.height, abs=1e-3)
        ratios.append(square.width / error)
    assert ratios == pytest.approx([plot_up] * len(ratios), rel=1e-3)
    # The far email's error is smaller than the borderline 5.5 email's, and so is its square.
    five = int(np.flatnonzero(np.isclose(sweep.X[-1], 5.5))[0])
    assert scene.far_square.width < scene.near_squares[near.index(five)].width


def test_the_far_email_is_ringed_with_the_lines_value_there(
    tilted: LeastSquaresLineTilts,
) -> None:
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    # The words call the far email the easiest spam of all while a ring is on it and the
    # line's value there is written: at the drag's end, numpy's line at the far email, over 1.
    assert "easiest spam" in tilted.beats[3].narration
    slope, intercept = np.polyfit(sweep.X[-1], sweep.y.astype(float), 1)
    shown = tilted.far_panel.numbers[0].get_value()
    assert shown == pytest.approx(intercept + slope * sweep.positions[-1])
    assert round(shown, 2) > 1.0
    # The ring ended on the far email (and went with the close-up, where it is off-screen).
    axes = next(m for m in tilted.mobjects if type(m).__name__ == "Axes")
    assert tilted.far_ring not in tilted.mobjects and tilted.far_panel not in tilted.mobjects
    assert axes is tilted.zoom_axes


def test_the_flipped_emails_stay_boxed_into_the_close_up(tilted: LeastSquaresLineTilts) -> None:
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    axes = tilted.zoom_axes
    # The box carried into the close-up holds exactly the emails the last line gets wrong.
    box = tilted.zflip_box
    left, right = (axes.p2c(p)[0] for p in (box.get_left(), box.get_right()))
    wrong = sweep.X[-1, sweep.misclassified[-1]]
    assert len(wrong) == 2
    inside = (sweep.X[-1] > left) & (sweep.X[-1] < right) & (sweep.y == 1)
    assert set(np.flatnonzero(inside)) == set(np.flatnonzero(sweep.misclassified[-1]))
    # During the drag each email is ringed from the position where it flips: the two flip at
    # two different positions (the count steps 0, 1, 2), and stay flipped.
    wrong_idx = list(np.flatnonzero(sweep.misclassified[-1]))
    assert list(tilted.flip_ring_idx) == wrong_idx
    first = [int(np.argmax(sweep.misclassified[:, i])) for i in wrong_idx]
    assert 0 < first[0] != first[1] > 0
    assert all(sweep.misclassified[f:, i].all() for f, i in zip(first, wrong_idx, strict=True))
    # In the close-up, one ring around each of them.
    for ring in box:
        x = axes.p2c(ring.get_center())[0]
        assert np.min(np.abs(wrong - x)) < 1e-6


def test_the_s_plot_names_its_height_and_draws_the_lines_far_square(tmp_path: Path) -> None:
    from scenes.logistic_regression.ch00_spam import error_square

    scene = build(TwoFlawsAndTheFix, tmp_path)
    theme = scene.theme
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    fits = logistic_sweep(sweep, l2=S_L2)
    axes = scene.s_axes
    # Once the S says "probability", the y-axis is named P(spam), not "label".
    assert scene.p_name in scene.mobjects
    family = [m for top in scene.mobjects for m in top.get_family()]
    assert not any(type(m).__name__ == "Text" and m.text == "label" for m in family)
    # The least-squares line's square at the far email ends on numpy's line there: its side is
    # the line's value minus the label 1.
    slope, intercept = np.polyfit(sweep.X[-1], sweep.y.astype(float), 1)
    value = intercept + slope * sweep.positions[-1]
    assert scene.ls_square in scene.mobjects
    corners = np.array(error_square(axes, float(sweep.positions[-1]), 1.0, float(value)))
    drawn = scene.ls_square.get_vertices()
    assert np.allclose(drawn[:4], corners, atol=1e-6)
    assert value - 1.0 > 0.4
    # The S's gap at the far email (1 minus its value) is under one pixel at 480p (8 scene
    # units high): too small to draw, as the words say.
    gap = 1.0 - predict_proba(fits.thetas[-1], np.array([[sweep.positions[-1]]]))[0]
    per_unit = axes.c2p(0, 1)[1] - axes.c2p(0, 0)[1]
    assert 0 <= gap < 1 - SURE_ABOVE and gap * per_unit * 480 / 8 < 1.0
    # Yellow stays the least-squares line's; the S's crossing is in the boundary colour.
    assert scene.ls_line.get_color().to_hex().lower() == theme.highlight.lower()
    assert scene.s_cross.get_color().to_hex().lower() == theme.boundary.lower()


def test_the_first_line_is_named_on_its_own_side_beside_it(
    tilted: LeastSquaresLineTilts,
) -> None:
    from scenes.logistic_regression.ch00_spam import FIRST_LINE_NAME_AT

    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    b0, m0 = sweep.intercepts[0], sweep.slopes[0]
    b1, m1 = sweep.intercepts[-1], sweep.slopes[-1]
    axes, (name,) = tilted.zoom_axes, tilted.zghost_name
    # No leader (a short level one read as an underscore): the name's lower right corner is
    # at the height where it is named, just left of the dashed first line there (under a
    # fifth of a scene unit away).
    right_x, bottom = axes.p2c(name.get_corner(DOWN + RIGHT))[:2]
    assert bottom == pytest.approx(FIRST_LINE_NAME_AT, abs=0.03)
    x = (FIRST_LINE_NAME_AT - b0) / m0
    gap = axes.c2p(x, FIRST_LINE_NAME_AT)[0] - name.get_corner(DOWN + RIGHT)[0]
    assert 0 < gap < 0.2
    # The name is left of both lines at its height (the later line is flatter, so it lies
    # further right): it is nearer the line it names.
    assert right_x < x < (FIRST_LINE_NAME_AT - b1) / m1
    # And clear of the dashed line itself: at the name's right edge the line is under it.
    assert b0 + m0 * right_x < bottom


def test_the_s_reads_an_in_between_probability_and_its_rise_is_marked(tmp_path: Path) -> None:
    from scipy.optimize import minimize
    from scipy.special import expit

    from scenes.logistic_regression.ch00_spam import READ_EMAIL_X

    scene = build(TwoFlawsAndTheFix, tmp_path)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    X, y = sweep.X[-1], sweep.y.astype(float)

    # Core's penalised fit is scipy's minimiser of the same penalised negative log-likelihood
    # (the penalty l2 times the slope squared, the intercept free).
    def loss(theta: np.ndarray) -> float:
        z = theta[0] + theta[1] * X
        return float(np.sum(np.logaddexp(0, z) - y * z) + S_L2 * theta[1] ** 2)

    best = minimize(loss, np.zeros(2), method="BFGS", options={"gtol": 1e-10}).x
    assert logistic_sweep(sweep, l2=S_L2).thetas[-1] == pytest.approx(best, abs=1e-4)
    # The read email's probability, as scipy's fit gives it, is well between 0 and 1: the
    # S passes through an in-between value where the words call its output a probability.
    email = float(X[np.argmin(np.abs(X - READ_EMAIL_X))])
    expected = float(expit(best[0] + best[1] * email))
    assert scene.read_p == pytest.approx(expected, abs=1e-4)
    assert 0.2 < scene.read_p < 0.9
    assert f"{scene.read_p:.2f}" in scene.beats[2].narration
    # The reading's value stands on the S, its label clear of the curve's name.
    label = scene.reading[2]
    assert label.text.replace(" ", "") == f"P(spam)={scene.read_p:.2f}"
    # In the same face as the y-axis' name for it.
    assert isinstance(label, type(scene.p_name)) and label.font == scene.p_name.font
    assert label.get_right()[0] < scene.s_name.get_left()[0]
    # The rise the penalty keeps gentle is thickened on the S over more than two x-units
    # (a step would be a sliver), and the words say what it is.
    axes = scene.s_axes
    ends = [axes.p2c(p)[0] for p in (scene.rise.get_start(), scene.rise.get_end())]
    assert ends[1] - ends[0] > 2.0
    assert "penalty" in scene.beats[3].narration and "step" in scene.beats[3].narration


def test_the_fix_squashes_the_line_and_the_step_is_drawn(tmp_path: Path) -> None:
    from scipy.optimize import minimize
    from scipy.special import expit

    from scenes.logistic_regression.ch00_spam import PULL_AT, S_L2, STEP_L2_SHARE

    scene = build(TwoFlawsAndTheFix, tmp_path)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    fits = logistic_sweep(sweep, l2=S_L2)
    axes = scene.s_axes
    # The line bends into the S: the curve it starts as is numpy's last least-squares line.
    slope, intercept = np.polyfit(sweep.X[-1], sweep.y.astype(float), 1)
    for p in scene.line_curve.points[::40]:
        x, h = axes.p2c(p)
        assert h == pytest.approx(min(intercept + slope * x, axes.y_range[1]), abs=1e-3)
    # The line is squashed first, itself: the curve it bends into is scipy's logistic of
    # the line's own height over one half (stretched by the gain), which crosses one half
    # where the line does; the refitted S then crosses more than a unit left of it.
    from scenes.logistic_regression.ch00_spam import SQUASH_GAIN

    for p in scene.squash_curve.points[::40]:
        x, h = axes.p2c(p)
        assert h == pytest.approx(float(expit(SQUASH_GAIN * (intercept + slope * x - 0.5))),
                                  abs=1e-3)
    assert scene.line_at == pytest.approx((0.5 - intercept) / slope)
    # "Where it runs low, nearly zero" and "saturates at zero": the squashed line (as drawn)
    # is under 0.05 over every not-spam email, and (scipy's) past the last spam email of the
    # group it is over 0.95.
    quiet_right = float(np.max(sweep.X[-1][sweep.y == 0]))
    low = [axes.p2c(p)[1] for p in scene.squash_curve.points if axes.p2c(p)[0] <= quiet_right]
    assert low and max(low) < 0.05
    assert "nearly zero" in scene.beats[2].narration
    assert "saturates at zero and one" in scene.beats[2].narration
    group_end = float(np.sort(sweep.X[-1][sweep.y == 1])[-2])
    assert float(expit(SQUASH_GAIN * (intercept + slope * group_end - 0.5))) > 0.95
    assert fits.crossings[-1] < scene.line_at - 1.0
    # Each arrow points down from the line to the squashed line: on the right from above
    # one onto one, on the left toward zero, and it ends on the squashed line there.
    assert len(scene.pulls) == len(PULL_AT) == 3
    for arrow, at in zip(scene.pulls, PULL_AT, strict=True):
        (x0, y0), (x1, y1) = (axes.p2c(p)[:2] for p in (arrow.get_start(), arrow.get_end()))
        assert x0 == pytest.approx(at, abs=1e-3) and x1 == pytest.approx(at, abs=1e-3)
        squashed_there = float(expit(SQUASH_GAIN * (intercept + slope * at - 0.5)))
        assert y0 > y1 and y0 == pytest.approx(intercept + slope * at, abs=0.05)
        assert y1 == pytest.approx(squashed_there, abs=0.05)
    for arrow in scene.pulls[:2]:
        assert axes.p2c(arrow.get_start())[1] > 1
        assert axes.p2c(arrow.get_end())[1] == pytest.approx(1, abs=0.05)
    assert axes.p2c(scene.pulls[2].get_end())[1] < 0.05
    # Each arrow stands clear of the emails' dots (half a unit or more in x).
    assert all(np.min(np.abs(sweep.X[-1] - at)) >= 0.5 for at in PULL_AT)
    # The words and the heading say the line is squashed, not replaced.
    assert "squash it" in scene.beats[2].narration and "replace" not in scene.beats[2].narration
    # The step: scipy's fit with the far smaller penalty is core's, and it is all but a
    # step (it rises from 0.1 to 0.9 within one x-unit), while the S's rise spans several.
    X, y = sweep.X[-1], sweep.y

    def loss(theta: np.ndarray) -> float:
        z = theta[0] + theta[1] * X
        return float(np.sum(np.logaddexp(0, z) - y * z)
                     + S_L2 * STEP_L2_SHARE * theta[1] ** 2)

    best = minimize(loss, np.zeros(2), method="BFGS", options={"gtol": 1e-10}).x
    assert scene.step_theta == pytest.approx(best, rel=1e-3)
    rise = 2 * np.log(9) / best[1]
    assert rise < 1.0 < 2 * np.log(9) / fits.thetas[-1][1]
    assert "sharpen it into a step" in scene.beats[3].narration


def test_a_live_readout_is_set_again_in_place_as_its_value_changes() -> None:
    from manim import ValueTracker

    from scenes.logistic_regression.ch00_spam import LiveLine

    value = ValueTracker(0.64)
    live = LiveLine([("total of the areas =", "#C9A0FF"), ("0.53 \u2192", "#FFFFFF")],
                    value.get_value, 2, "#FFFFFF", SIZES.body)
    first, words = live[0][0].get_center().copy(), live[0][0].get_color()
    glyphs = list(live[0].submobjects)
    value.set_value(7.4321)
    live.update()
    # The same glyphs take the new shapes (new ones would leave the old standing during a
    # play, which draws the glyphs it listed as moving when it began).
    assert all(a is b for a, b in zip(glyphs, live[0].submobjects, strict=True))
    assert live.text.endswith("=0.53\u21927.43") and live.get_value() == pytest.approx(7.4321)
    # The words stay put and keep their colours; the number is in the value's colour.
    assert np.allclose(live[0][0].get_center(), first)
    assert live[0][0].get_color() == words and live[0][-1].get_color() != words


def test_one_ring_marks_the_wrong_emails_from_the_position_each_flips(
    tilted: LeastSquaresLineTilts,
) -> None:
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    axes = tilted.zoom_axes  # the emails' dots ended on the close-up
    # At every position of the drag the ring is drawn exactly when the count says an email
    # is wrong, and it goes round exactly those emails (one ring: never two side by side).
    seen = set()
    assert tilted.flip_alpha.get_value() == 1.0  # shown in full once the flips are named
    for k, p in enumerate(sweep.positions):
        tilted.drag_pos.set_value(float(p))
        ring = tilted.flip_shape()
        wrong = set(np.flatnonzero(sweep.misclassified[k])) - {sweep.far_index}
        visible = ring.get_stroke_opacity() > 0.5
        assert visible == (sweep.n_misclassified[k] > 0)
        if visible:
            left, right = (axes.p2c(q)[0] for q in (ring.get_left(), ring.get_right()))
            inside = {i for i in range(len(sweep.y)) if i != sweep.far_index
                      and left < sweep.X[-1, i] < right}
            assert inside == wrong
            seen.add(len(wrong))
    # It rings one email, then both: the count steps 1, 2 with it.
    assert seen == {1, 2}


def test_the_fix_note_comes_once_the_s_is_inside_0_and_1(tmp_path: Path) -> None:
    from manim import FadeIn, ReplacementTransform
    from scene_harness import quiet_config

    with quiet_config(tmp_path):
        scene = TwoFlawsAndTheFix(skip_animations=True)
        original = scene.play
        checked: list[list[tuple[float, float]]] = []
        morphing: list[bool] = []

        def play(*anims: object, **kwargs: object) -> None:
            note = getattr(scene, "fix_note", None)
            if any(isinstance(a, FadeIn) and a.mobject is note for a in anims):
                # The note "it stays between 0 and 1" comes with no morph running, and every
                # curve drawn in the S's colour is then inside [0, 1].
                morphing.append(any(isinstance(a, ReplacementTransform) for a in anims))
                axes = scene.s_axes
                curve = scene.theme.curve.lower()
                checked.append([
                    (min(h), max(h)) for m in scene.mobjects
                    if type(m).__name__ == "VMobject" and len(m.points) > 20
                    and m.get_stroke_color().to_hex().lower() == curve
                    for h in [[axes.p2c(q)[1] for q in m.points]]])
            original(*anims, **kwargs)

        scene.play = play
        scene.setup()
        scene.construct()
    assert morphing == [False]
    assert checked[0], "the squashed line is on screen as the note comes"
    assert all(-1e-6 <= lo and hi <= 1 + 1e-6 for lo, hi in checked[0])


def test_the_s_at_the_far_email_is_marked_on_the_plot(tmp_path: Path) -> None:
    scene = build(TwoFlawsAndTheFix, tmp_path, check_layout=True)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    fits = logistic_sweep(sweep, l2=S_L2)
    axes = scene.s_axes
    ring, arrow, label = scene.sure_mark
    assert all(m in scene.mobjects for m in scene.sure_mark)
    # The ring is on the S at the far email (core's S there, within a pixel of 1).
    x, h = axes.p2c(ring.get_center())
    p = float(predict_proba(fits.thetas[-1], np.array([[sweep.positions[-1]]]))[0])
    assert x == pytest.approx(sweep.positions[-1]) and h == pytest.approx(p, abs=1e-3)
    assert label.text.replace(" ", "").startswith(f"Shere:>{SURE_ABOVE:g}")
    # The note sits under the S's flat top, down and left of the ring, left of the one-half
    # line's "0.5", the arrow from it up and right to the ring.
    assert label.get_top()[1] < ring.get_bottom()[1] and label.get_right()[0] < ring.get_left()[0]
    assert label.get_right()[0] < scene.s_half_label.get_left()[0] - 0.1
    assert arrow.get_end()[1] > arrow.get_start()[1] and arrow.get_end()[0] > arrow.get_start()[0]


def test_one_point_goes_through_the_sigmoid_before_the_line_bends(tmp_path: Path) -> None:
    from scipy.special import expit

    from scenes.logistic_regression.ch00_spam import PIPE_AT, PIPE_BOX, SQUASH_GAIN, Z_RANGE

    scene = build(TwoFlawsAndTheFix, tmp_path)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    axes = scene.s_axes
    slope, intercept = np.polyfit(sweep.X[-1], sweep.y.astype(float), 1)
    # The point's height on numpy's line, its score (the height over one half, stretched),
    # and scipy's logistic of that score: in the sigmoid's rise, where its value is read.
    h, z, g = scene.pipe_values
    assert h == pytest.approx(intercept + slope * PIPE_AT)
    assert z == pytest.approx(SQUASH_GAIN * (intercept + slope * PIPE_AT - 0.5))
    assert g == pytest.approx(float(expit(z)))
    assert Z_RANGE[0] < z < Z_RANGE[1] and 0.6 < g < 0.95
    # The point is taken between emails (half a unit or more from every dot).
    assert np.min(np.abs(sweep.X[-1] - PIPE_AT)) >= 0.5
    pipe_dot, z_dot, g_dot, landed = scene.pipe_marks
    assert np.allclose(axes.p2c(pipe_dot.get_center())[:2], (PIPE_AT, h))
    assert np.allclose(scene.g_axes.p2c(z_dot.get_center())[:2], (z, 0.0))
    assert np.allclose(scene.g_axes.p2c(g_dot.get_center())[:2], (z, g))
    # It comes back to the plot on the squashed line (the S the line bends into).
    assert np.allclose(axes.p2c(landed.get_center())[:2], (PIPE_AT, g))
    squash = [axes.p2c(p) for p in scene.squash_curve.points]
    nearest = min(squash, key=lambda q: abs(q[0] - PIPE_AT))
    assert nearest[1] == pytest.approx(g, abs=0.02)
    # The sigmoid's graph is scipy's logistic over its score axis.
    for p in scene.g_curve.points[::20]:
        zz, gg = scene.g_axes.p2c(p)
        assert gg == pytest.approx(float(expit(zz)), abs=1e-3)
    # Its box is over the line and the spam emails' row across its whole width, and inside
    # the plot's width; all it holds is inside it.
    frame = scene.pipe[0]
    left, right = (axes.p2c(frame.get_corner(c))[0] for c in (DOWN + RIGHT * -1, DOWN + RIGHT))
    bottom = axes.p2c(frame.get_bottom())[1]
    assert bottom == pytest.approx(PIPE_BOX[2])
    assert bottom > 1.0 + 0.05
    assert intercept + slope * right < bottom - 0.05
    assert left > axes.x_range[0]
    # (Its name has gone onto the S by the end: the rest as it stood.)
    for part in [*scene.pipe[1:3], *scene.pipe[3][1:]]:
        assert part.get_left()[0] >= frame.get_left()[0] and part.get_right()[0] <= \
            frame.get_right()[0]
        assert part.get_bottom()[1] >= frame.get_bottom()[1] and part.get_top()[1] <= \
            frame.get_top()[1]
    # The score's formula stands right of the box, over the line along its whole width and
    # inside the plot's width.
    zf = scene.z_formula
    assert zf.get_left()[0] > frame.get_right()[0]
    assert zf.get_right()[0] < axes.c2p(axes.x_range[1], 0)[0]
    for corner in (zf.get_corner(DOWN + LEFT), zf.get_corner(DOWN + RIGHT)):
        x_at = axes.p2c(corner)[0]
        assert axes.c2p(x_at, intercept + slope * x_at)[1] < corner[1] - 0.1
    # The words name the sigmoid and the score as the box and the point show them.
    words = " ".join(scene.beats[2].narration.split())
    assert "The sigmoid is a squashing function" in words and "is its score" in words


def test_the_least_squares_line_past_one_is_traced_on_its_words(tmp_path: Path) -> None:
    scene = build(TwoFlawsAndTheFix, tmp_path)
    axes = scene.s_axes
    start, end = (axes.p2c(p) for p in (scene.past_one.get_start(), scene.past_one.get_end()))
    assert start[1] == pytest.approx(1.0) and end[1] > 1.0
    assert "runs past one" in scene.beats[3].narration


def test_the_stems_feet_are_seen_under_one_half_up_close(tilted: LeastSquaresLineTilts) -> None:
    from scenes.logistic_regression.ch00_spam import FEET_ZOOM

    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    wrong = np.flatnonzero(sweep.misclassified[-1])
    feet, xs = sweep.fitted[-1, wrong], sweep.X[-1, wrong]
    crossing = float(sweep.crossings[-1])
    # The close-up holds both feet and the line's crossing of one half, and magnifies the
    # heights several times more than the plot does.
    assert FEET_ZOOM[0] < xs.min() and xs.max() < crossing < FEET_ZOOM[1]
    assert FEET_ZOOM[2] < feet.min() and feet.max() < 0.5 < FEET_ZOOM[3]
    lens, axes = tilted.feet_lens, tilted.zoom_axes
    scale = (lens.c2p(0, 0.5)[1] - lens.c2p(0, 0.4)[1]) / (axes.c2p(0, 0.5)[1]
                                                          - axes.c2p(0, 0.4)[1])
    assert scale > 5
    # Each foot under the one-half line there by at least 4 pixels at 480p (60 a unit).
    stems = tilted.feet_view[3]
    half_y = lens.c2p(0, 0.5)[1]
    for stem, foot in zip(stems, feet, strict=True):
        assert lens.p2c(stem[1].get_center())[1] == pytest.approx(foot)
        assert half_y - stem[1].get_center()[1] > 4 / 60
    # Its box stands over the plot, outside its axes (its one-half line never reads as a
    # height of the plot), between the legend and the readouts and right of the labels' tags.
    from scenes.common.layout import HEADING

    box = tilted.feet_view[0]
    assert box.get_bottom()[1] > axes.c2p(0, axes.y_range[1])[1]
    assert box.get_top()[1] < HEADING.bottom - 0.05
    assert box.get_left()[0] > tilted.class_tags.get_right()[0]
    assert tilted.feet_view in tilted.mobjects
    # Each stem named by its email's x, right of its top, inside the close-up's frame, over
    # the one-half rule and the line, clear of the next stem; the one-half line named at its
    # left end, over the rule, left of the stems.
    frame = tilted.feet_view[0]
    b, m = sweep.intercepts[-1], sweep.slopes[-1]
    for name, stem, xi in zip(tilted.feet_names, stems, xs, strict=True):
        assert name.text.replace(" ", "") == f"x={xi:g}"
        assert stem[0].get_center()[0] < name.get_left()[0] < stem[0].get_center()[0] + 0.15
        assert name.get_top()[1] < frame.get_top()[1] - 0.03
        assert name.get_bottom()[1] > half_y + 0.03
        x_right = lens.p2c(name.get_right())[0]
        assert lens.c2p(x_right, b + m * x_right)[1] < name.get_bottom()[1] - 0.03
        assert name.get_right()[0] < frame.get_right()[0] - 0.05
    assert tilted.feet_names[0].get_right()[0] < stems[1][0].get_center()[0] - 0.15
    half_name = tilted.feet_view[5]
    assert half_name.text == "0.5" and half_name.get_bottom()[1] > half_y + 0.05
    assert half_name.get_top()[1] < frame.get_top()[1] - 0.05
    assert half_name.get_right()[0] < stems[0][0].get_center()[0] - 0.05
    x_right = lens.p2c(half_name.get_right())[0]
    assert lens.c2p(x_right, b + m * x_right)[1] < half_name.get_bottom()[1]


def test_no_tick_is_left_without_its_number(tmp_path: Path) -> None:
    scene = build(TwoFlawsAndTheFix, tmp_path)
    # The flaws plot: every tick from 2 up goes with its number while a close-up stands beside
    # them (they go and come back together).
    axes = scene.flaws_axes
    high = [t for t in axes.y_axis.ticks if axes.p2c(t.get_center())[1] >= 2.0 - 1e-6]
    assert len(high) == 4
    # (The plot itself has since morphed into the S's: the group is counted, by kind.)
    kinds = [type(m).__name__ for m in scene.high_numbers]
    assert kinds.count(type(high[0]).__name__) == len(high)
    assert len(kinds) == 2 * len(high)
    # The S's plot: no tick over the ceiling, where no height is numbered.
    s_axes = scene.s_axes
    for tick in s_axes.y_axis.ticks:
        if s_axes.p2c(tick.get_center())[1] > 1.0 + 1e-6:
            assert tick.get_stroke_opacity() == 0.0


def test_the_refit_shows_the_s_as_the_model_with_its_two_numbers(tmp_path: Path) -> None:
    from scipy.special import expit

    from scenes.logistic_regression.ch00_spam import SQUASH_GAIN

    scene = build(TwoFlawsAndTheFix, tmp_path)
    (sq0, sq1), (fit0, fit1) = scene.s_thetas
    # Before the refit: the squashed line, as g(theta0 + theta1 x), crosses one half where
    # the line does and equals the line's squash (scipy's logistic of its stretched height).
    assert -sq0 / sq1 == pytest.approx(scene.line_at)
    # The line as drawn (two of its points, read back off the plot) gives the same S.
    (x0, h0), (x1, h1) = (scene.s_axes.p2c(p)[:2] for p in scene.line_curve.points[[0, 20]])
    m = (h1 - h0) / (x1 - x0)
    b = h0 - m * x0
    xs = np.linspace(0, 30, 31)
    assert expit(sq0 + sq1 * xs) == pytest.approx(expit(SQUASH_GAIN * (b + m * xs - 0.5)),
                                                  abs=1e-6)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    # After: the fitted S's own numbers (core's fit), whose crossing is the S's.
    fits = logistic_sweep(sweep, l2=S_L2)
    assert (fit0, fit1) == pytest.approx(tuple(fits.thetas[-1]))
    assert -fit0 / fit1 == pytest.approx(fits.crossings[-1])
    tex = scene.s_formula.get_tex_string()
    assert r"\theta_0" in tex and f"{fit0:.2f}" in tex and f"{fit1:.2f}" in tex
    assert "theta zero and theta one" in scene.beats[2].narration
    # Written in the plot's empty middle: over the one-half line, under the S's flat top.
    axes, formula = scene.s_axes, scene.s_formula
    left, right = (axes.p2c(formula.get_corner(c))[0] for c in (DOWN - RIGHT, DOWN + RIGHT))
    bottom, top = (axes.p2c(formula.get_corner(c))[1] for c in (DOWN - RIGHT, -DOWN - RIGHT))
    assert bottom > 0.55
    assert float(np.min(expit(fit0 + fit1 * np.linspace(left, right, 50)))) > top + 0.05


def test_the_sigmoid_box_shows_its_levels_and_the_penalty_is_named(tmp_path: Path) -> None:
    scene = build(TwoFlawsAndTheFix, tmp_path)
    g_axes, levels = scene.g_axes, scene.g_levels
    # "A number between zero and one": the S's box draws its two levels, each numbered at its
    # left, at a readable size, with the sigmoid's curve between them.
    lines, names = levels[:2], levels[2:4]
    for line, name, v in zip(lines, names, (0.0, 1.0), strict=True):
        assert g_axes.p2c(line.get_start())[1] == pytest.approx(v, abs=1e-6)
        assert g_axes.p2c(line.get_end())[1] == pytest.approx(v, abs=1e-6)
        assert name.text == f"{v:g}" and name.font_size == pytest.approx(SIZES.body)
        assert name.get_center()[1] == pytest.approx(line.get_start()[1], abs=0.02)
        assert name.get_right()[0] < g_axes.get_left()[0]
    heights = [g_axes.p2c(p)[1] for p in scene.g_curve.points]
    assert 0.0 <= min(heights) < 0.01 and 0.99 < max(heights) <= 1.0
    # The score axis is numbered at its ticks (each tick at its value, its number under it),
    # and the score's dot lies between the outer two, so its value is read.
    from scenes.logistic_regression.ch00_spam import Z_TICKS
    ticks = levels[4]
    assert ticks is scene.z_ticks and len(ticks) == len(Z_TICKS)
    for (tick, number), v in zip(ticks, Z_TICKS, strict=True):
        assert g_axes.p2c(tick.get_start())[:2] == pytest.approx((v, 0.0), abs=1e-6)
        assert number.text == f"{v:g}".replace("-", "\u2212")
        assert number.font_size == pytest.approx(SIZES.body)
        assert number.get_top()[1] < tick.get_end()[1] + 1e-6
        assert abs(number.get_center()[0] - tick.get_start()[0]) < 0.05
    assert Z_TICKS[0] < scene.pipe_values[1] < Z_TICKS[-1]
    assert "a number between zero and one" in scene.beats[2].narration
    # The penalty the words name is named on screen, in the S's colour.
    assert "penalty" in scene.penalty_note.text
    assert scene.beats[3].narration.startswith("A small penalty")


def test_the_flipped_emails_are_ringed_only_when_the_flips_are_said(tmp_path: Path) -> None:
    """The ring round the flipped emails is unseen during the drag (the count steps live) and
    comes in on the words that say the rule now gets them wrong."""
    from manim import ValueTracker
    from scene_harness import quiet_config

    with quiet_config(tmp_path):
        scene = LeastSquaresLineTilts(skip_animations=True)
        seen_at: list[tuple[float, float]] = []
        original = scene.play

        def play(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            tracker = getattr(scene, "flip_alpha", None)
            if isinstance(tracker, ValueTracker):
                seen_at.append((scene.renderer.time, tracker.get_value()))
            original(*args, **kwargs)

        scene.play = play  # type: ignore[method-assign]
        scene.setup()
        scene.construct()
    beat = next(b for b in scene.beats if "used to get right" in b.narration)
    flips = dict(beat.marks)["flips"]
    before = [alpha for t, alpha in seen_at if t < flips - 1e-6]
    assert before and max(before) == 0.0
    assert scene.flip_alpha.get_value() == 1.0


def test_the_sigmoid_is_swept_across_its_scores_on_its_words(tmp_path: Path) -> None:
    from scipy.special import expit

    from scenes.logistic_regression.ch00_spam import Z_RANGE

    scene = build(TwoFlawsAndTheFix, tmp_path)
    z_at, z_dot, g_dot = scene.sweep_marks
    # The score swept from the axis' low end to its high end; the dot on the S ends at
    # scipy's sigmoid of that score, near one, its dot on the score axis under it.
    assert z_at.get_value() == pytest.approx(Z_RANGE[1])
    axes = scene.g_axes
    assert axes.p2c(g_dot.get_center())[:2] == pytest.approx([Z_RANGE[1], expit(Z_RANGE[1])],
                                                             abs=1e-6)
    assert axes.p2c(z_dot.get_center())[:2] == pytest.approx([Z_RANGE[1], 0.0], abs=1e-6)
    assert "it turns any score into a number between zero and one" in " ".join(
        scene.beats[2].narration.split())
