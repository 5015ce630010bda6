"""Chapter 9's scenes: layout after every animation, numbers on screen equal core's, and the
quadratic fit's field on the right side of XOR and rings points in a rendered frame."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from manim import MathTex, VGroup
from scene_harness import build, pixel_at, quiet_config

from core import logit
from core.pathologies import (
    feature_comparison,
    imbalance_baseline,
    lifted_cut,
    per_decade_growth,
    quadratic_score,
    weight_growth,
)
from scenes.common.layout import HEADING, SAFE
from scenes.common.theme import DARK, SIZES
from scenes.logistic_regression import ch09_when_it_breaks as ch09


class XorOnly(ch09.QuadraticFeaturesBendTheBoundary):
    """The same scene stopping on XOR, so its last frame shows the XOR fit."""

    datasets = ("xor",)


@pytest.fixture(scope="module")
def growth():
    return weight_growth(n_steps=ch09.N_STEPS)


@pytest.mark.parametrize("scene_cls", ch09.SCENES_IN_ORDER, ids=lambda c: c.__name__)
def test_every_scene_builds_inside_the_frame_without_overlaps(scene_cls, tmp_path: Path):
    scene = build(scene_cls, tmp_path, check_layout=True)
    assert scene.beats
    for beat in scene.beats:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", beat.narration.strip()) if s]
        assert 1 <= len(sentences) <= 3, beat.narration


def test_chapter_ends_with_its_quiz(tmp_path: Path):
    assert ch09.SCENES_IN_ORDER[-1] is ch09.WhenItBreaksCheck
    scene = build(ch09.WhenItBreaksCheck, tmp_path, check_layout=True)
    assert scene.beats[-1].narration.startswith("The answer is B.")
    # The answer boxes every spam of the picture's inbox, and only the spam.
    assert len(scene.quiz_missed) == ch09.QUIZ_SPAM == len(scene.quiz_spam)
    assert len(scene.quiz_dots) == ch09.QUIZ_GRID[0] * ch09.QUIZ_GRID[1]
    on_screen = [m for top in scene.mobjects for m in top.get_family()]
    assert all(box in on_screen for box in scene.quiz_missed)


def test_the_quiz_answer_is_the_lazy_models_scores():
    """Saying "not spam" to all: accuracy is the share of real emails, recall is zero (there
    is spam, none of it caught); the right choice says exactly that, the others do not."""
    y, metrics = ch09.quiz_inbox()
    n, spam = len(y), int(y.sum())
    assert spam == ch09.QUIZ_SPAM
    assert metrics.accuracy == pytest.approx((n - spam) / n)
    assert metrics.recall == 0 and metrics.tp == 0 and metrics.fn == spam
    right = ch09.QUIZ.choices[ch09.QUIZ.correct]
    assert right == f"Accuracy {100 * (n - spam) / n:.0f}\u00a0%, recall 0\u00a0%."
    assert sum(c == right for c in ch09.QUIZ.choices) == 1
    # Why D ("recall undefined") is wrong: recall's denominator is the spam (3), not zero; it
    # is precision's (nothing flagged) that is zero.
    why = ch09.QUIZ_REASON_STEPS[-1][0]
    assert "undefined" in ch09.QUIZ.choices[3]
    assert metrics.tp + metrics.fn == spam > 0 and metrics.tp + metrics.fp == 0
    assert rf"\dfrac{{0}}{{{metrics.tp + metrics.fn}}}" in why
    assert r"precision is $\dfrac{0}{0}$" in why


# --- perfect separation --------------------------------------------------------------------------


def test_curves_end_on_cores_norms_one_climbing_one_level(tmp_path: Path, growth):
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path, check_layout=True)
    plain, penalised = growth.plain.theta_norm, growth.regularised.theta_norm
    for curve, norms in zip(scene.curves, (plain, penalised), strict=True):
        x, y = scene.plot.p2c(curve.get_end())
        assert x == pytest.approx(np.log10(ch09.N_STEPS))
        assert y == pytest.approx(norms[-1])
    shown_step, shown_plain, shown_penalised = (n.get_value() for n in scene.readout.numbers)
    assert shown_step == ch09.N_STEPS
    assert (shown_plain, shown_penalised) == pytest.approx((plain[-1], penalised[-1]))
    # What the narration says, as core computes it: the plain run is still climbing, each
    # tenfold of steps adding a little more than the one before (the curve bends up) ...
    assert np.all(np.diff(plain[1:]) > 0)
    decades = per_decade_growth(plain, ch09.DECADES)
    assert np.all(decades > 0) and np.all(np.diff(decades) > 0)
    # ... while the penalised run levelled off within a hundred steps.
    assert abs(penalised[-1] - penalised[100]) < 0.01 * penalised[-1]
    assert penalised[-1] < 0.5 * plain[-1]


def test_each_tenfold_shows_cores_growth_as_a_riser_and_a_number(tmp_path: Path, growth):
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    expected = per_decade_growth(growth.plain.theta_norm, ch09.DECADES)
    np.testing.assert_allclose(scene.decade_growth, expected)
    shown = [label.get_value() for label in scene.rise_labels]
    np.testing.assert_allclose(shown, expected)
    norms = growth.plain.theta_norm
    for k, riser in enumerate(scene.risers):
        low, high = (scene.plot.p2c(p) for p in (riser[1].get_start(), riser[1].get_end()))
        assert low == pytest.approx([np.log10(ch09.DECADES[k + 1]), norms[ch09.DECADES[k]]])
        assert high == pytest.approx([np.log10(ch09.DECADES[k + 1]),
                                      norms[ch09.DECADES[k + 1]]])


def test_the_line_drawn_first_splits_the_clouds_perfectly(tmp_path: Path, growth):
    """"A straight line can split them perfectly": the line shown is the plain run's last."""
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    data = growth.dataset
    score = scene.splitter[0] + data.X @ scene.splitter[1:]
    assert np.all((score > 0) == (data.y == 1))


def test_the_fields_take_the_stage(tmp_path: Path):
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    frames = [inset[0] for inset in scene.insets]
    assert sum(f.width for f in frames) > 0.55 * 14.22
    assert frames[0].get_right()[0] < frames[1].get_left()[0]  # side by side
    assert all(f.get_right()[0] < scene.plot.get_left()[0] for f in frames)


def test_the_opening_panel_steps_back_to_its_place_before_the_stretch(tmp_path: Path):
    """The data panel opens large and centred, then returns to its slot, top left, where the
    fields drawn on it (placed on it there) lie exactly under it."""
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    frame = scene.insets[0][0]
    assert frame.width == pytest.approx(ch09.FIELD_WIDTH, abs=1e-6)
    assert frame.get_left()[0] == pytest.approx(ch09.FIELD_LEFT, abs=1e-6)
    assert frame.get_top()[1] == pytest.approx(ch09.FIELD_TOP, abs=1e-6)
    assert ch09.OPENING_SCALE > 1.2


def test_step_ticks_are_written_like_the_step_readout(tmp_path: Path):
    """10,000 on the axis as in the readout: one way of writing a number in one picture."""
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    assert [t.text for t in scene.step_ticks] == ["1", "100", "10,000"]
    assert scene.current_step() == ch09.N_STEPS
    assert f"{scene.current_step():,}" == scene.step_ticks[-1].text


def test_curve_passes_through_cores_norm_at_every_sampled_step(tmp_path: Path, growth):
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    curve = scene.curves[0]
    anchors = curve.get_anchors()
    drawn = np.array([scene.plot.p2c(p) for p in anchors])
    expected_x = np.log10(ch09.CURVE_STEPS)
    expected_y = growth.plain.theta_norm[ch09.CURVE_STEPS]
    for x, y in zip(expected_x[::40], expected_y[::40], strict=True):
        nearest = drawn[np.argmin(np.abs(drawn[:, 0] - x))]
        assert nearest == pytest.approx([x, y], abs=1e-6)


def test_the_sure_band_is_narrow_without_the_penalty_and_wide_with_it(tmp_path: Path, growth):
    """The thin lines sit where h = 0.9 and 0.1: 2 logit(0.9) / |w| apart in data units."""
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    widths = []
    for pair, run in zip(scene.bands, (growth.plain, growth.regularised), strict=True):
        a, b = (np.array([m.axes.p2c(p) for p in (m.line.get_start(), m.line.get_end())])
                for m in pair)
        direction = (a[1] - a[0]) / np.linalg.norm(a[1] - a[0])
        normal = np.array([-direction[1], direction[0]])
        gap = abs((b[0] - a[0]) @ normal)
        w = run.thetas[-1][1:]
        assert gap == pytest.approx(2 * float(logit(ch09.SURE)) / np.linalg.norm(w), rel=1e-3)
        widths.append(gap)
    assert widths[0] < 0.4 * widths[1]  # a knife edge beside a soft ramp


# --- imbalance -----------------------------------------------------------------------------------


def _tex(mob) -> str:  # noqa: ANN001
    return "".join(p.tex_string for p in mob.get_family() if isinstance(p, MathTex))


def test_metrics_on_screen_are_cores(tmp_path: Path):
    scene = build(ch09.NinetyNinePercentAccuracyCatchesNothing, tmp_path, check_layout=True)
    data, metrics = imbalance_baseline()
    assert metrics.accuracy == 0.99 and metrics.recall == 0 and metrics.precision == 0
    assert _tex(scene.accuracy).replace(" ", "").endswith(f"{100 * metrics.accuracy:.0f}\\,\\%")
    for key in ("tp", "fp", "fn", "tn"):
        assert int(scene.cells[key].tex_string) == getattr(metrics, key)
    recall, precision = scene.rates
    assert recall[1].tex_string == rf"\dfrac{{{metrics.tp}}}{{{metrics.tp + metrics.fn}}}"
    assert recall[2].tex_string == rf"= {100 * metrics.recall:.0f}\,\%"
    assert precision[1].tex_string == rf"\dfrac{{{metrics.tp}}}{{{metrics.tp + metrics.fp}}}"
    assert len(precision) == 2  # 0/0 gets no value in the formula ...
    # ... only the reported one, beside the fraction
    assert metrics.tp + metrics.fp == 0
    assert scene.nothing.tex_string == (
        rf"\text{{undefined, reported as }}{100 * metrics.precision:.0f}\,\%")
    # After the refit, the stale scores are gone: only the weighted fit's are on screen, and
    # the accuracy it "dips" from is the lazy model's.
    from core.pathologies import class_weighted_fit

    m = class_weighted_fit(C=ch09.IMBALANCE_C).weighted
    on_screen = scene.mobjects
    for stale in (scene.accuracy, recall, precision, scene.nothing):
        assert not any(stale in top.get_family() for top in on_screen)
    new_recall, new_precision = scene.weighted_rates
    for shown in (new_recall, new_precision, scene.accuracy_was):
        assert any(shown in top.get_family() for top in on_screen)
    assert scene.accuracy_was.tex_string == rf"\text{{was }}{100 * metrics.accuracy:.0f}\,\%"
    # Each rate beside what it was on the plain fit: recall 0 %, precision 0/0 (undefined).
    recall_was, precision_was = scene.rates_was
    assert recall_was.tex_string == rf"\text{{was }}{100 * metrics.recall:.0f}\,\%"
    assert metrics.tp + metrics.fp == 0
    assert precision_was.tex_string == (
        rf"\text{{was }} \dfrac{{{metrics.tp}}}{{{metrics.tp + metrics.fp}}}")
    for shown in scene.rates_was:
        assert any(shown in top.get_family() for top in on_screen)
    # The scene ends on its lesson, which names the two rates, under them.
    assert scene.final_lesson in on_screen
    assert "precision and recall" in scene.final_lesson.original_text
    assert scene.final_lesson.get_top()[1] < new_precision.get_bottom()[1]
    assert m.accuracy < metrics.accuracy


def test_the_refit_boundary_moves_in_from_the_plain_fits_and_clears_every_email(tmp_path: Path):
    scene = build(ch09.NinetyNinePercentAccuracyCatchesNothing, tmp_path, check_layout=True)
    fit, plot = scene.weighted_fit, scene.feature_plot
    assert len(fit.flagged_plain) == 0 and len(scene.flags) == len(fit.flagged_weighted)
    # The plain fit's boundary is inside the plotted box (it is seen before it moves): some
    # corner of the box is on its flagged side, and every email is not.
    (x0, x1), (y0, y1) = plot.x_range[:2], plot.y_range[:2]
    corners = np.array([[1, x, y] for x in (x0, x1) for y in (y0, y1)])
    assert np.any(corners @ fit.theta_plain > 0) and np.any(corners @ fit.theta_plain < 0)
    # The weighted boundary passes clear of every email's dot, so flagged or not is plain.
    X = np.column_stack([np.ones(len(fit.dataset.y)), fit.dataset.X])
    w = fit.theta_weighted
    gap = np.abs(X @ w) / np.linalg.norm(w[1:]) * plot.x_axis.get_unit_size()
    # Half a stroke in scene units (manim draws a stroke of width w as 0.01 w units wide).
    dot_radius = 0.13 * ch09.SCATTER_DOT
    line_half = 0.005 * ch09.LINE_STROKE
    assert gap.min() > dot_radius + line_half + 0.04
    # Each flagged email's ring stays clear of the line too (by at least a pixel, 1/60 unit).
    ring_outer = dot_radius + ch09.FLAG_RING + 0.005 * ch09.FLAG_STROKE
    assert np.abs(gap[fit.flagged_weighted]).min() > ring_outer + line_half + 1 / 60


def test_the_counts_and_scores_read_the_boundary_as_it_sweeps_in(tmp_path: Path):
    """The readouts stay live while the boundary moves: they start at the plain fit's scores,
    end at the weighted fit's, and the number flagged only grows along the way; the narration
    says so on the sweep, and reads accuracy, recall and precision in the order of its marks."""
    scene = build(ch09.NinetyNinePercentAccuracyCatchesNothing, tmp_path)
    fit, mix = scene.weighted_fit, scene.boundary_mix
    X = np.column_stack([np.ones(len(fit.dataset.y)), fit.dataset.X])
    flagged = []
    for t in np.linspace(0.0, 1.0, 41):
        mix.set_value(t)
        m = scene.live_metrics()
        theta = (1 - t) * fit.theta_plain + t * fit.theta_weighted
        said = X @ theta > 0
        assert m.tp == int(np.sum(said & (fit.dataset.y == 1)))
        assert m.fp == int(np.sum(said & (fit.dataset.y == 0)))
        flagged.append(m.tp + m.fp)
        if t == 0.0:
            assert (m.tp, m.fp, m.fn, m.tn) == (fit.plain.tp, fit.plain.fp, fit.plain.fn,
                                                fit.plain.tn)
        accuracy_now, recall_now, precision_now = scene.score_builders
        assert accuracy_now(m).tex_string.endswith(f"{100 * m.accuracy:.0f}\\,\\%")
        assert recall_now(m)[1].tex_string == rf"\dfrac{{{m.tp}}}{{{m.tp + m.fn}}}"
        assert precision_now(m)[1].tex_string == rf"\dfrac{{{m.tp}}}{{{m.tp + m.fp}}}"
    assert (m.tp, m.fp, m.fn, m.tn) == (fit.weighted.tp, fit.weighted.fp, fit.weighted.fn,
                                        fit.weighted.tn)
    assert np.all(np.diff(flagged) >= 0) and flagged[0] == 0 < flagged[-1]
    refit = next(b for b in scene.beats if "Now refit" in b.narration)
    assert "all three scores follow it" in refit.narration
    scores = next(b for b in scene.beats if b.narration.startswith("Accuracy dips"))
    marks = dict(scores.marks)
    assert marks["recall"] < marks["precision"]


def test_the_weighted_caption_replaces_the_plain_one_only_at_the_refit(tmp_path: Path):
    scene = build(ch09.NinetyNinePercentAccuracyCatchesNothing, tmp_path, check_layout=True)
    assert scene.refit in scene.mobjects and scene.plain_caption not in scene.mobjects
    assert scene.refit.get_center() == pytest.approx(scene.plain_caption.get_center())
    plain = next(b for b in scene.beats if "a plain fit puts its boundary" in b.narration)
    refit = next(b for b in scene.beats if "Now refit" in b.narration)
    assert plain.end <= refit.start  # the plain fit is shown, and named, before the refit

def test_the_remedy_is_shown_with_its_weight_and_the_spam_stays_findable(tmp_path: Path):
    """"The remedy is to weight the rare class": the weight tag (the refit's own weight) comes
    in on that beat, and in the feature plot the spam's dot is larger than every other one."""
    scene = build(ch09.NinetyNinePercentAccuracyCatchesNothing, tmp_path, check_layout=True)
    fit = scene.weighted_fit
    assert scene.remedy.tex_string.endswith(rf"\times {fit.weight:g}")
    assert fit.weight == pytest.approx(
        (fit.dataset.y == 0).sum() / (fit.dataset.y == 1).sum())
    remedy = next(b for b in scene.beats if b.narration.startswith("The remedy"))
    assert "weight the rare class" in remedy.narration
    assert scene.remedy not in scene.mobjects  # it leaves with the grid
    (spam,) = scene.positives
    plot = scene.feature_plot
    (k,) = np.flatnonzero(fit.dataset.y == 1)
    assert spam.get_center() == pytest.approx(plot.c2p(*fit.dataset.X[k]))
    radius = 0.13
    assert spam.width / 2 == pytest.approx(radius * ch09.SCATTER_SPAM, rel=1e-6)
    assert ch09.SCATTER_SPAM > ch09.SCATTER_DOT


# --- curved boundaries ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["xor", "rings"])
def test_accuracies_on_screen_are_cores(tmp_path: Path, name: str):
    scene = build(ch09.QuadraticFeaturesBendTheBoundary, tmp_path, check_layout=True)
    comp = feature_comparison(name)
    shown = scene.shown[name]
    assert shown["raw_acc"].tex_string == \
        rf"\text{{accuracy}} = {100 * comp.accuracy_raw:.0f}\,\%"
    assert shown["quad_acc"].tex_string == \
        rf"\text{{accuracy}} = {100 * comp.accuracy_quadratic:.0f}\,\%"
    assert comp.accuracy_raw < 0.7 < 0.97 < comp.accuracy_quadratic
    # XOR's points leave with XOR: none of them is still on screen with the rings.
    on_screen = {id(m) for top in scene.mobjects for m in top.get_family()}
    assert not [d for d in scene.shown["xor"]["raw_dots"] if id(d) in on_screen]


def test_xor_classes_have_a_key_and_class_one_holds_the_opposite_corners(tmp_path: Path):
    """"Class one fills two opposite corners": the dots lit on "one" are class 1's, coloured
    as the key's class 1, and every one of them has x1 x2 < 0 (class 0's, > 0)."""
    scene = build(XorOnly, tmp_path, check_layout=True)
    comp = feature_comparison("xor")
    X, y = comp.dataset.X, comp.dataset.y
    theme = scene.theme
    assert scene.key in scene.mobjects
    for k, colour in ((0, theme.class0), (1, theme.class1)):
        dots = scene.xor_by_class[k]
        assert len(dots) == int((y == k).sum())
        assert all(d.get_color().to_hex().lower() == colour.lower() for d in dots)
        assert scene.key[k][0].get_color().to_hex().lower() == colour.lower()
        assert scene.key[k][1].text == f"class{k}"  # Text drops spaces from .text
    assert np.all(X[y == 1, 0] * X[y == 1, 1] < 0) and np.all(X[y == 0, 0] * X[y == 0, 1] > 0)
    # The class dimmed while the other was named is back in full once the fit comes.
    assert all(d.get_fill_opacity() == pytest.approx(1.0) for d in scene.shown["xor"]["raw_dots"])
    assert all(entry[0].get_fill_opacity() == pytest.approx(1.0) for entry in scene.key)
    # The key sits in the heading's row, right of the heading.
    heading = next(m for m in scene.mobjects if getattr(m, "text", "") ==
                   "Curvedclassesneedcurvedfeatures")
    assert scene.key.get_y() == pytest.approx(heading.get_y())
    assert scene.key.get_left()[0] > heading.get_right()[0]
    # The raw panel, centred while alone, is back at its home on the left.
    raw_axes, quad_axes = scene.panels
    assert raw_axes.get_x() == pytest.approx(-quad_axes.get_x())
    assert raw_axes.get_x() < 0


def test_the_xor_fits_weights_are_cores_and_sit_on_the_product(tmp_path: Path):
    """"Nearly all the weight sits on the product": the weights shown are core's fit, named
    theta_0..theta_5 in the written-out cut's order (theta_5 on x1 x2), the product's far
    the largest; they leave with XOR, before the rings."""
    scene = build(ch09.QuadraticFeaturesBendTheBoundary, tmp_path, check_layout=True)
    comp = feature_comparison("xor")
    X = comp.dataset.X[:7]
    # theta_k times the k-th term of the written-out cut gives core's score.
    terms = np.column_stack([np.ones(len(X)), X[:, 0], X[:, 1], X[:, 0] ** 2, X[:, 1] ** 2,
                             X[:, 0] * X[:, 1]])
    np.testing.assert_allclose(terms @ scene.fitted_weights, quadratic_score(
        comp.theta_quadratic, X))
    named = scene.fitted_weights
    assert abs(named[5]) > 3 * np.max(np.abs(named[:5]))
    note = scene.weights_note
    assert note[1].tex_string == rf"\theta_5 = {named[5]:.2f}"
    assert note[4].tex_string.endswith(f"{np.max(np.abs(named[:5])):.2f}")
    # The penalty that keeps them finite is the fit's own.
    assert note[6].tex_string == rf"\lambda = {comp.l2:g}" and comp.l2 > 0
    assert note not in scene.mobjects
    # In the gutter, clear of both panels.
    left, right = scene.panels
    assert left.get_right()[0] + 0.15 < note.get_left()[0]
    assert note.get_right()[0] < right.get_left()[0] - 0.15
    beat = next(b for b in scene.beats if b.narration.startswith("Fit the same straight cut"))
    assert "weights" in dict(beat.marks) and "x one x two" in beat.narration


def test_the_bullseyes_straight_cut_comes_on_its_words(tmp_path: Path):
    """"a straight cut gets only 66 percent": the cut is drawn on those words, not before."""
    scene = build(ch09.QuadraticFeaturesBendTheBoundary, tmp_path)
    beat = next(b for b in scene.beats if b.narration.startswith("The bullseye"))
    marks = dict(beat.marks)
    assert marks["raw"] <= scene.raw_cut_at["rings"] < marks["ring"]


def test_the_kernel_shown_is_the_inner_product_of_its_features(tmp_path: Path):
    """k(x, z) = (1 + x^T z)^2 equals phi(x)^T phi(z) for the phi written on screen; its
    squares and product are the quadratic features of the fit beside it."""
    scene = build(ch09.QuadraticFeaturesBendTheBoundary, tmp_path)
    shown = "".join(m.tex_string for m in scene.kernel[1:4])
    # The transpose written as everywhere else in the lecture (theta^{T} x).
    for piece in (r"(1 + x^{T} z)^2", r"\phi(x)^{T} \phi(z)", r"\sqrt2\, x_1",
                  r"\sqrt2\, x_2", "x_1^2", "x_2^2", r"\sqrt2\, x_1 x_2"):
        assert piece in shown

    def phi(v: np.ndarray) -> np.ndarray:
        r2 = np.sqrt(2)
        return np.array([1, r2 * v[0], r2 * v[1], v[0] ** 2, v[1] ** 2, r2 * v[0] * v[1]])

    rng = np.random.default_rng(0)
    for _ in range(20):
        x, z = rng.normal(size=2), rng.normal(size=2)
        assert (1 + x @ z) ** 2 == pytest.approx(phi(x) @ phi(z))
    # The network: two inputs, a hidden layer, one output, every layer joined to the next.
    _, links, nodes, *_ = scene.network
    assert len(nodes) == 2 + 3 + 1 and len(links) == 2 * 3 + 3 * 1
    # "hidden layer" is written under the hidden column it names, not beside the output g.
    learned, hidden, output = scene.network[-1], VGroup(*nodes[2:5]), nodes[5]
    assert "hidden layer" in learned.original_text
    assert learned.get_top()[1] < hidden.get_bottom()[1]
    assert learned.get_x() == pytest.approx(hidden.get_x(), abs=0.05)
    assert learned.get_top()[1] < output.get_bottom()[1]


def _frame(scene, tmp_path: Path) -> np.ndarray:  # noqa: ANN001
    """The built scene's last frame, rendered by Cairo (no second build)."""
    with quiet_config(tmp_path):
        scene.renderer.update_frame(scene, ignore_skipping=True)
        return np.array(scene.renderer.get_frame())


def _beside(centres: np.ndarray, i: int, step: float = 0.14) -> np.ndarray:
    """A point ``step`` from dot ``i`` that no dot covers (dots have radius 0.06)."""
    for angle in np.linspace(0, 2 * np.pi, 16, endpoint=False):
        probe = centres[i] + step * np.array([np.cos(angle), np.sin(angle), 0.0])
        if np.min(np.linalg.norm(centres - probe, axis=1)) > 0.06 + 0.04:
            return probe
    raise AssertionError(f"every spot around point {i} is covered by a dot")


def _warm(rgb: np.ndarray) -> bool:
    return bool(rgb[0] > rgb[2] + 40)


def _teal(rgb: np.ndarray) -> bool:
    return bool(rgb[2] > rgb[0] + 40)


@pytest.mark.parametrize("scene_cls, name", [(XorOnly, "xor"),
                                             (ch09.QuadraticFeaturesBendTheBoundary, "rings")],
                         ids=["xor", "rings"])
def test_quadratic_field_is_warm_at_class_one_points_and_teal_at_class_zero(
        tmp_path: Path, scene_cls, name: str):
    scene = build(scene_cls, tmp_path)
    pixels = _frame(scene, tmp_path)
    comp = feature_comparison(name)
    X, y = comp.dataset.X, comp.dataset.y
    raw_axes, quad_axes = scene.panels
    centres = np.array([quad_axes.c2p(*x) for x in X])
    score = quadratic_score(comp.theta_quadratic, X)
    for label in (0, 1):
        # Beside the five points of this class the model is surest of, off every dot.
        picked = np.flatnonzero(y == label)[np.argsort(-np.abs(score[y == label]))][:5]
        for i in picked:
            rgb = pixel_at(scene, pixels, _beside(centres, i))
            assert (_warm if label else _teal)(rgb), (name, label, i, rgb)
            assert not np.allclose(rgb, [int(DARK.class1[k:k + 2], 16) for k in (1, 3, 5)],
                                   atol=30)  # the field, not a dot
    # The raw fit is nearly flat grey on XOR: no class gets its colour there.
    if name == "xor":
        i = int(np.flatnonzero(y == 1)[0])
        raw_centres = np.array([raw_axes.c2p(*x) for x in X])
        assert not _warm(pixel_at(scene, pixels, _beside(raw_centres, i)))


# --- lifting into 3-D ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["xor", "rings"])
def test_lifted_points_sit_at_cores_heights_then_drop_back(tmp_path: Path, name: str):
    scene = build(ch09.LiftingMakesTheCutFlat, tmp_path, check_layout=True)
    cut = lifted_cut(name)
    parts = scene.xor_parts if name == "xor" else scene.rings_parts
    axes = parts["axes"]
    X, y = cut.dataset.X, cut.dataset.y
    for k in (0, 1):  # after the drop every point is back on the floor, where it started
        drawn = np.array([axes.p2c(d.get_center()) for d in parts["dots"][k]])
        np.testing.assert_allclose(drawn[:, :2], X[y == k], atol=1e-6)
        np.testing.assert_allclose(drawn[:, 2], 0.0, atol=1e-6)
    # The axes' names sit at the floor's height, clear of every point (a name's half-width
    # is about 0.2 floor units, a dot's radius under 0.1): x1's past the floor's edge, x2's
    # past its far edge or beside the floor, left of it and toward the camera (off the bowl
    # and the level sheet, and outside the floor's box seen from the top).
    for k in (0, 1):
        where = np.array(axes.p2c(parts["names"][k].get_center()))
        assert abs(where[2]) < 1e-6
        assert np.min(np.linalg.norm(X - where[:2], axis=1)) > 0.45
        past_edge = where[k] > ch09.LIFT_BOX[k][1]
        # (beside it toward the camera: the level sheet's left edge, higher up on the
        # screen, stays clear of it)
        beside = where[0] + 0.2 < ch09.LIFT_BOX[0][0] and where[1] < 0
        # (or, once seen from the top, at the top end of its axis, as on the saddle's top view)
        at_top = where[1] > ch09.LIFT_BOX[1][1] - 0.5 and abs(where[0]) < 1.0
        # (or left of the floor's upper half, as in the flat panels)
        left_of_top = where[0] + 0.2 < ch09.LIFT_BOX[0][0] and where[1] > 0
        assert past_edge if k == 0 else (past_edge or beside or at_top or left_of_top)
    # The dropped curve is core's level curve, on the floor.
    curves = parts["dropped"]
    for curve in curves:
        points = np.array([axes.p2c(p) for p in curve.get_anchors()])
        assert np.all(np.abs(points[:, 2]) < 1e-6)
        np.testing.assert_allclose(ch09.lift_height(points[:, :2], cut.lift), cut.level,
                                   atol=1e-6)
    # Each drop line stands on the point's floor position and reaches core's height, in its
    # class's colour (class by class, as the dots).
    for k, colour in enumerate((scene.theme.class0, scene.theme.class1)):
        for line, x, z in zip(parts["drops"][k], X[y == k], cut.heights[y == k], strict=True):
            np.testing.assert_allclose(axes.p2c(line.get_start()), [*x, 0.0], atol=1e-6)
            np.testing.assert_allclose(axes.p2c(line.get_end()), [*x, z], atol=1e-6)
            assert line.get_stroke_color().to_hex().lower() == colour.lower()
    # Each point's foot marks its own spot on the floor, in its class's colour: the drop
    # line runs from it up (or down) to the point.
    feet = parts["feet"]
    spots = np.concatenate([X[y == 0], X[y == 1]])
    colours = [scene.theme.class0] * int((y == 0).sum()) + [scene.theme.class1] * int(y.sum())
    assert len(feet) == len(spots)
    for foot, spot, colour in zip(feet, spots, colours, strict=True):
        np.testing.assert_allclose(axes.p2c(foot.get_center()), [*spot, 0.0], atol=1e-6)
        assert foot.get_color().to_hex().lower() == colour.lower()
    notes = scene.notes[name]
    assert notes[0][1].tex_string == f"{cut.level:.2f}"
    assert notes[1].tex_string == rf"\text{{accuracy}} = {100 * cut.accuracy:.0f}\,\%"


def test_the_floor_names_are_drawn_over_each_sheet(tmp_path: Path):
    """The x1 / x2 names on the floor stay readable while a level sheet lies over it."""
    scene = build(ch09.LiftingMakesTheCutFlat, tmp_path)
    assert set(scene.sheet_order) == {"xor", "rings"}
    for sheet, names in scene.sheet_order.values():
        assert names and all(index > sheet for index in names)


def test_the_sheet_splits_each_lift_as_the_words_say():
    """Blue rises and orange sinks under x1 x2; the ring climbs and the disc stays low; one
    level sheet has every blue point above it and every orange one below."""
    for name in ("xor", "rings"):
        cut = lifted_cut(name)
        y = cut.dataset.y
        assert cut.accuracy == 1.0
        assert cut.heights[y == 0].min() > cut.level > cut.heights[y == 1].max()


# --- the summary ---------------------------------------------------------------------------------


def test_every_summary_row_has_its_picture(tmp_path: Path):
    scene = build(ch09.TheWholeLessonInEightRows, tmp_path, check_layout=True)
    rows = [row for page in scene.pages for row in page]
    assert len(rows) == len(ch09.SUMMARY_ROWS)
    for row in rows:
        sketch = row[0]
        assert sketch.width == pytest.approx(ch09.SKETCH_SIZE[0], abs=0.05)
        assert len(sketch[1].submobjects) >= 2  # something drawn in the frame
        assert sketch.get_right()[0] < row[1].get_left()[0]


def test_the_one_page_summary_fills_the_page_at_the_rows_formula_size(tmp_path: Path):
    """All eight rows, in order, each formula at the formula size (never shrunk to fit), the
    rows from under the heading down to the title-safe bottom, none overlapping."""
    scene = build(ch09.TheWholeLessonInEightRows, tmp_path)
    rows = list(scene.overview)
    assert [row[1].tex_string for row in rows] == [r[1] for r in ch09.SUMMARY_ROWS]
    for row in rows:
        assert row[1].font_size == pytest.approx(SIZES.formula)
        assert row[0].get_right()[0] < row[1].get_left()[0]
    for upper, lower in zip(rows[:-1], rows[1:], strict=True):
        assert upper.get_bottom()[1] > lower.get_top()[1]
    assert rows[0].get_top()[1] < HEADING.bottom
    # Clear of the bottom edge by 35 px (0.6 units), and from the heading's left edge.
    assert rows[-1].get_bottom()[1] == pytest.approx(ch09.OVERVIEW_BOTTOM, abs=1e-6)
    assert ch09.OVERVIEW_BOTTOM + 4.0 >= 0.58
    assert SAFE.left <= scene.overview.get_left()[0] < scene.overview.get_right()[0] <= SAFE.right
    # Each name stands on the baseline of its formula's first line, and the baselines after
    # one-line formulas are evenly spaced.
    baselines = scene.overview_baselines
    for row, line in zip(rows, baselines, strict=True):
        # (to a third of a pixel: the names were lit by a pulse since, which scales them)
        assert ch09.text_baseline(row[0]) == pytest.approx(line, abs=0.006)
    steps = [upper - lower
             for upper, lower, row in zip(baselines, baselines[1:], rows, strict=False)
             if r"\\" not in row[1].tex_string]
    np.testing.assert_allclose(steps, steps[0], atol=1e-6)


def test_stretching_theta_raises_cores_likelihood_towards_zero(tmp_path: Path, growth):
    """"Stretching theta makes every probability surer, the likelihood keeps rising"."""
    from core.losses import log_likelihood

    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    data = growth.dataset
    unit = scene.splitter / np.linalg.norm(scene.splitter)
    shown_c, shown_l, shown_sure = (n.get_value() for n in scene.stretch_readout.numbers)
    assert shown_c == pytest.approx(ch09.STRETCH[1])
    assert shown_l == pytest.approx(log_likelihood(ch09.STRETCH[1] * unit, data.X, data.y))
    # The ringed point is the one the model is least sure of; its own-class probability, read
    # out at the end of the stretch, is independently g(y-signed score).
    score = ch09.STRETCH[1] * (unit[0] + data.X @ unit[1:])
    own = np.where(data.y == 1, score, -score)
    assert scene.weakest == int(np.argmin(own))
    assert shown_sure == pytest.approx(1.0 / (1.0 + np.exp(-own.min())), abs=1e-6)
    assert shown_sure < 1.0
    values = [log_likelihood(c * unit, data.X, data.y)
              for c in np.linspace(*ch09.STRETCH, 20)]
    assert np.all(np.diff(values) > 0) and values[-1] < 0 and values[-1] > 0.01 * values[0]


def test_the_stretch_plot_traces_cores_likelihood_up_toward_zero(tmp_path: Path, growth):
    from core.losses import log_likelihood

    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    cs, values = scene.stretch_values
    unit = scene.splitter / np.linalg.norm(scene.splitter)
    data = growth.dataset
    np.testing.assert_allclose(values, [log_likelihood(c * unit, data.X, data.y) for c in cs])
    # Rising all the way, and still below zero at the end: no finite best theta.
    assert np.all(np.diff(values) > 0) and values[-1] < 0


def test_the_trade_plot_peaks_where_the_penalised_likelihood_does(tmp_path: Path, growth):
    """"The fit trades a little likelihood for modest weights": along the same stretch the
    penalised curve has a finite best c (core's), marked and named; the plain one keeps
    rising."""
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path, check_layout=True)
    cs, plain, penalised = scene.trade_values
    data, l2 = growth.dataset, growth.regularised.l2
    unit = scene.splitter / np.linalg.norm(scene.splitter)
    Xb = np.column_stack([np.ones(len(data.y)), data.X])
    score = np.outer(cs, unit) @ Xb.T
    own = np.where(data.y == 1, score, -score)
    by_hand = -np.logaddexp(0.0, -own).sum(axis=1)
    np.testing.assert_allclose(plain, by_hand, rtol=1e-9)
    np.testing.assert_allclose(penalised, by_hand - l2 * cs ** 2 * np.sum(unit[1:] ** 2),
                               rtol=1e-9)
    assert np.all(np.diff(plain) > 0)
    best = cs[np.argmax(penalised)]
    assert scene.best_c == pytest.approx(best, abs=cs[1] - cs[0])
    assert ch09.TRADE_C[0] < scene.best_c < ch09.TRADE_C[1]
    assert scene.trade_labels[0].tex_string.endswith(f"c = {scene.best_c:.2f}")
    # The picture is gone when the penalised run takes its place.
    assert not any(scene.trade in top.get_family() for top in scene.mobjects)
    # One curve, named alike on both plots: l(c theta) in the plain run's colour, c on the axis.
    trade_tex = [m.tex_string for m in scene.trade.get_family() if isinstance(m, MathTex)]
    assert r"\ell(c\,\theta)" in trade_tex
    # The axis keeps the stretch plot's name: c, the length of c theta (theta of unit length).
    assert r"c = \lVert c\,\theta\rVert" in trade_tex
    assert not any(r"(= \lVert" in t for t in trade_tex)
    assert not any(getattr(m, "original_text", None) == "log-likelihood"
                   for m in scene.trade.get_family())


def test_the_thin_lines_key_waits_for_the_runs_lines_to_enter_the_panel(tmp_path: Path, growth):
    """The key to the thin lines comes back only at the first step whose two 90 % lines both
    cross the data panel (well inside it); at step 1 they lie outside it."""
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    margin = float(logit(ch09.SURE))
    (x0, x1), (y0, y1) = ch09.SEPARATION_BOX

    def crosses(theta, shrink):  # sample the box's inner rim: both signs of each line seen
        xs, ys = np.meshgrid(np.linspace(x0 + shrink * (x1 - x0), x1 - shrink * (x1 - x0), 60),
                             np.linspace(y0 + shrink * (y1 - y0), y1 - shrink * (y1 - y0), 60))
        score = theta[0] + theta[1] * xs + theta[2] * ys
        return all((score > s * margin).any() and (score < s * margin).any() for s in (1, -1))

    step = scene.band_step
    assert step > 1
    assert crosses(growth.plain.thetas[step], 0.2)
    assert not any(crosses(growth.plain.thetas[k], 0.2) for k in range(1, step))
    assert not crosses(growth.plain.thetas[1], 0.0)  # none drawn when the run starts


def test_the_staircase_leaves_when_the_penalised_run_comes(tmp_path: Path):
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    on_screen = {id(m) for top in scene.mobjects for m in top.get_family()}
    assert id(scene.risers) not in on_screen and id(scene.rise_labels) not in on_screen
    assert id(scene.plot) in on_screen


def test_the_point_nearest_the_gap_is_sure_without_the_penalty_and_unsure_with_it(
        tmp_path: Path, growth):
    """"All but certain ... keeps real doubt": the point ringed in both panels is the plain
    run's least sure one; each panel's note is that run's own-class probability of it (written
    out here), over 90 % without the penalty and under it with the penalty."""
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    X, y = growth.dataset.X, growth.dataset.y
    runs = (growth.plain, growth.regularised)
    plain = runs[0].thetas[-1]
    h_plain = 1 / (1 + np.exp(-(plain[0] + X @ plain[1:])))
    assert scene.gap_point == int(np.argmin(np.where(y == 1, h_plain, 1 - h_plain)))
    shown = []
    for run, note, ring, inset in zip(runs, scene.gap_notes, scene.gap_rings, scene.insets,
                                      strict=True):
        theta = run.thetas[-1]
        h = 1 / (1 + np.exp(-(theta[0] + X[scene.gap_point] @ theta[1:])))
        p_own = h if y[scene.gap_point] == 1 else 1 - h
        assert note.tex_string.endswith(f"= {p_own:.3f}")
        np.testing.assert_allclose(ring.get_center(), inset[1].c2p(*X[scene.gap_point]),
                                   atol=1e-6)
        shown.append(p_own)
    assert shown[0] > ch09.SURE > shown[1]
    on_screen = [m for top in scene.mobjects for m in top.get_family()]
    assert all(m in on_screen for m in (*scene.gap_rings, *scene.gap_notes))


def test_the_penalised_run_is_flat_by_the_step_its_words_name(growth):
    """"Levels off within a hundred steps": from SETTLED_BY on, core's penalised size of theta
    moves by under 1 % of its end value, while the plain run's still grows by far more."""
    norms = growth.regularised.theta_norm
    tail = norms[ch09.SETTLED_BY:]
    assert np.ptp(tail) < 0.01 * norms[-1]
    plain = growth.plain.theta_norm
    assert plain[-1] - plain[ch09.SETTLED_BY] > 1.0


def test_every_lift_at_once_holds_the_saddle_and_the_bowl(tmp_path: Path):
    """"Quadratic features give the model every such lift at once": the general height on
    screen, with the weights named for each, gives core's two lifts."""
    scene = build(ch09.LiftingMakesTheCutFlat, tmp_path)
    shown = scene.general_lift.tex_string
    for term in (r"\theta_0", r"\theta_1 x_1", r"\theta_2 x_2", r"\theta_3 x_1^2",
                 r"\theta_4 x_2^2", r"\theta_5 x_1 x_2"):
        assert term in shown
    X = np.random.default_rng(1).normal(size=(25, 2))

    def height(theta):  # theta_0 .. theta_5 on (1, x1, x2, x1^2, x2^2, x1 x2)
        x1, x2 = X[:, 0], X[:, 1]
        return np.column_stack([np.ones_like(x1), x1, x2, x1 ** 2, x2 ** 2, x1 * x2]) @ theta

    np.testing.assert_allclose(height([0, 0, 0, 0, 0, 1]), ch09.lift_height(X, "product"))
    np.testing.assert_allclose(height([0, 0, 0, 1, 1, 0]), ch09.lift_height(X, "radius"))
    assert r"\theta_5 = 1" in scene.lifts[2][0].tex_string
    assert r"\theta_3 = \theta_4 = 1" in scene.lifts[2][1].tex_string
    on_screen = [m for top in scene.mobjects for m in top.get_family()]
    assert all(part in on_screen for part in scene.general_lift)
    assert not any(note in on_screen for note in scene.notes["rings"])


def test_the_disc_named_below_the_sheet_stays_dimmed_under_it(tmp_path: Path):
    """"The disc below": its points swell when named but stay at the under-sheet strength,
    so they read as lying under the level sheet, not on top of it."""
    scene = build(ch09.LiftingMakesTheCutFlat, tmp_path)
    assert scene.named_below
    assert all(o == pytest.approx(ch09.UNDER_DOT) for o in scene.named_below)
    assert ch09.UNDER_DOT < 1.0


def test_the_spam_is_ringed_while_it_is_named(tmp_path: Path):
    """"and the orange one is the spam": a ring round each spam dot is drawn on those words
    and stays to the end of the beat (a pulse alone is over before the sentence is); it goes
    when the inbox moves aside."""
    scene = build(ch09.NinetyNinePercentAccuracyCatchesNothing, tmp_path, check_layout=True)
    data = next(b for b in scene.beats if "orange one is the spam" in b.narration)
    orange = dict(data.marks)["orange"]
    assert any(abs(t - orange) < 1e-6 and mark is not None and mark[0] == "orange"
               for t, mark in scene.animation_starts)
    assert len(scene.spam_ring) == len(scene.positives) == 1
    for ring, dot in zip(scene.spam_ring, scene.positives, strict=True):
        assert ring.width > 1.5 * dot.width
    assert not any(ring in top.get_family() for top in scene.mobjects
                   for ring in scene.spam_ring)


def test_the_penalised_run_settles_on_the_trade_curves_best_c(tmp_path: Path, growth):
    """"Levels off ... right at the best c the curve showed": the penalised run's last size of
    theta is core's best c on the stretch, to the digits shown, and the dashed level marking it
    on the size plot stands at that c, named alike."""
    scene = build(ch09.SeparableDataSendsTheWeightsToInfinity, tmp_path)
    assert round(growth.regularised.theta_norm[-1], 2) == round(scene.best_c, 2)
    level, name = scene.best_level
    assert scene.plot.p2c(level.get_start()) == pytest.approx([0.0, scene.best_c], abs=1e-6)
    assert scene.plot.p2c(level.get_end())[0] == pytest.approx(np.log10(ch09.N_STEPS))
    assert name.tex_string.endswith(f"c = {scene.best_c:.2f}")
    assert scene.best_level[0] in scene.mobjects or any(
        scene.best_level[0] in m.get_family() for m in scene.mobjects)
    beat = next(b for b in scene.beats if b.narration.startswith("Run it again"))
    assert "best c" in beat.narration


def test_the_floor_is_painted_under_the_lifted_surfaces(tmp_path: Path):
    """The 3-D camera paints flat mobjects last: the floor's fill is sorted as if far below,
    so the saddle's near lobe is not veiled by it."""
    scene = build(ch09.LiftingMakesTheCutFlat, tmp_path)
    for parts in (scene.xor_parts, scene.rings_parts):
        fill = parts["floor"][0]
        assert fill.shade_in_3d
        assert fill.get_z_index_reference_point()[2] < parts["axes"].c2p(0, 0, -50)[2]
        order = scene.camera.get_mobjects_to_display([fill, *parts["surface"]])
        assert order[0] is fill
