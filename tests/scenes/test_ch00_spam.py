"""Chapter 0: the tilting line shows core's sweep, and the layout holds at every animation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scene_harness import build

from core import logistic_sweep, predict_proba, spam_sweep
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
    shown = label.get_tex_string()
    assert all(f"{v:.2f}" in shown for v in values)


def test_the_far_square_is_shown_whole_in_one_frame(tmp_path: Path) -> None:
    from scenes.logistic_regression.ch00_spam import FLAWS_Y_RANGE, error_square

    scene = build(TwoFlawsAndTheFix, tmp_path, check_layout=True)
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    axes = next(m for m in scene.mobjects if type(m).__name__ == "Axes")
    held = sweep.intercepts[0] + sweep.slopes[0] * sweep.positions[-1]
    assert scene.held_top == pytest.approx(held)
    # The held line's far square is well over 1 and fits, whole, under the plot's top (the
    # y range never changes during the scene).
    assert 3 < held < FLAWS_Y_RANGE[1]
    assert tuple(axes.y_range[:2]) == FLAWS_Y_RANGE
    corners = np.array(error_square(axes, float(sweep.positions[-1]), 1.0, float(held)))
    assert corners[:, 1].max() <= axes.c2p(0, FLAWS_Y_RANGE[1])[1] + 1e-6
    assert corners[:, 0].min() >= axes.c2p(0.0, 0)[0]
    # ... right of the flaws' notes, which keep their size there.
    from scenes.logistic_regression.ch00_spam import FLAW_NOTES_RIGHT

    assert corners[:, 0].min() > axes.c2p(FLAW_NOTES_RIGHT, 0)[0]
    assert len(scene.flaw_notes) == 2
    assert scene.flaw_notes.get_right()[0] <= axes.c2p(FLAW_NOTES_RIGHT, 0)[0] + 1e-6


def test_the_flaws_plot_is_tall_and_holds_the_lines_values(tmp_path: Path) -> None:
    from scenes.logistic_regression.ch00_spam import FLAWS_Y_RANGE

    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    # Both values flaw one points at (below 0 before the drag, above 1 after it) are inside.
    assert FLAWS_Y_RANGE[0] < sweep.fitted[0].min() < 0
    assert 1 < sweep.fitted[-1].max() < FLAWS_Y_RANGE[1]
    scene = build(TwoFlawsAndTheFix, tmp_path)
    axes = next(m for m in scene.mobjects if type(m).__name__ == "Axes")
    # Labels 0 to 1 span at least a seventh of the frame's height (the plot is the subject,
    # the whole body high, its range tall enough for the held line's far square).
    assert axes.c2p(0, 1)[1] - axes.c2p(0, 0)[1] > 8.0 / 7


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
    panel = next(m for m in scene.mobjects if type(m).__name__ == "ReadoutPanel")
    assert panel.numbers[0].get_value() == pytest.approx(fits.crossings[-1])
    # The S's value at the far email, shown as "> 0.999": true at every position, and never
    # a rounded 1.
    assert len(panel.numbers) == 1
    assert scene.sure_note in scene.mobjects
    # (a sigmoid of a finite score is below 1, even where floats round it to 1).
    assert np.all(fits.far_probs > SURE_ABOVE) and np.all(np.isfinite(fits.thetas))
    assert np.ptp(fits.crossings) < 5e-3  # the readout's two decimals never change
    dot = next(m for m in scene.mobjects if type(m).__name__ == "Dot"
               and abs(axes.p2c(m.get_center())[1] - 0.5) < 1e-6)
    assert axes.p2c(dot.get_center())[0] == pytest.approx(fits.crossings[-1], abs=1e-6)
    # The S drawn is core's probability at the far email's last position.
    curve = scene.s_curve
    assert curve in scene.mobjects
    x, h = axes.p2c(curve.points[len(curve.points) // 2])
    assert h == pytest.approx(float(predict_proba(fits.thetas[-1], [[x]])[0]), abs=1e-3)


def test_quiz_answer_is_c(tmp_path: Path) -> None:
    from scenes.logistic_regression.ch00_spam import QUIZ_Y_RANGE

    scene = build(SpamCheck, tmp_path, check_layout=True)
    assert scene.beats[-1].narration.startswith("The answer is C.")
    # The first line's value at the far email, shown above 1, is inside the quiz plot's one
    # y range (the plot never rescales), and its label says so.
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    assert scene.quiz_held == pytest.approx(sweep.intercepts[0] + sweep.slopes[0] * SWEEP_END)
    assert 1 < scene.quiz_held < QUIZ_Y_RANGE[1]
    assert tuple(scene.quiz_axes.y_range[:2]) == QUIZ_Y_RANGE
    assert f"{scene.quiz_held:.2f}" in scene.quiz_value.get_tex_string()
    # "All right" is gone once the line has tilted; the count of wrong answers replaces it.
    assert scene.quiz_name not in scene.mobjects
    wrong = int(sweep.n_misclassified[-1])
    assert any(type(m).__name__ == "Text" and m.text.replace(" ", "") == f"{wrong}nowwrong"
               for m in scene.mobjects)
