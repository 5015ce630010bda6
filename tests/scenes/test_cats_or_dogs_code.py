"""The code on screen is the lesson's real program, and what it prints is what the scenes show.

Each program in ``core/lesson_code/`` is run here as a learner would run it (a fresh Python
process, from the project root); its output is parsed and compared with the numbers the
scenes draw (which come from ``core.cats_dogs``, not from this program), so the listing and its
output can never drift apart. The listings themselves must be the files' own lines.
"""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scene_harness import build

from core.datasets import load_dataset
from core.lesson_code import linear_from_scratch, logistic_from_scratch
from scenes.cats_or_dogs import cd4_from_scratch as cd4
from scenes.cats_or_dogs import cd5_boundary_and_sklearn as cd5
from scripts.defaults import PROJECT_ROOT

PROGRAMS = ("logistic_from_scratch", "linear_from_scratch", "sklearn_check")


def run_program(name: str) -> dict[str, str]:
    """Run ``core/lesson_code/<name>.py`` and return its printed ``key: value`` lines."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    out = subprocess.run([sys.executable, "-m", f"core.lesson_code.{name}"],
                         capture_output=True, text=True, check=True, cwd=PROJECT_ROOT, env=env)
    printed = {}
    for line in out.stdout.strip().splitlines():
        key, _, value = line.partition(":")
        printed[key.strip()] = value.strip()
    return printed


def numbers(text: str) -> list[str]:
    """The numbers in a printed value, as printed ('[[1.626 1.306]]' -> ['1.626', '1.306'])."""
    return re.findall(r"-?\d+\.\d+|-?\d+", text)


@pytest.fixture(scope="module")
def printed() -> dict[str, dict[str, str]]:
    return {name: run_program(name) for name in PROGRAMS}


@pytest.fixture(scope="module")
def training(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    return build(cd4.TrainingDrawsTheLossHistory, tmp_path_factory.mktemp("training"))


def test_the_programs_print_the_weights_loss_and_accuracy_the_training_shows(printed, training):
    out = printed["logistic_from_scratch"]
    iteration, w1, w2, b, loss = (float(n.get_value()) for n in training.panel.numbers)
    assert iteration == 1000
    # The readouts show three decimals for the weights and four for the loss.
    assert numbers(out["w"]) == [f"{w1:.3f}", f"{w2:.3f}"]
    assert out["b"] == f"{b:.3f}"
    assert out["final loss"] == f"{loss:.4f}"
    assert training.result.original_text == f"accuracy = {out['accuracy']}"
    # The first loss the narration speaks is the program's first loss_history entry.
    assert out["first loss"] == f"{training.run.loss_history[0]:.4f}"
    assert f"{float(out['first loss']):.2f}" in training.beats[1].narration


def test_the_boundary_the_program_prints_is_the_one_drawn(printed, tmp_path: Path):
    out = printed["logistic_from_scratch"]
    scene = build(cd5.BoundaryWhereTheScoreIsZero, tmp_path)
    assert out["slope"] == f"{scene.slope:.2f}"
    assert out["intercept"] == f"{scene.intercept:.2f}"


def test_scikit_learns_printout_is_the_table(printed, tmp_path: Path):
    out = printed["sklearn_check"]
    scene = build(cd5.OurWeightsBesideScikitLearn, tmp_path)
    theirs = {label: cells[1].tex_string.strip("{}") for label, cells in scene.cells.items()}
    assert numbers(out["w"]) == [theirs["w_1"], theirs["w_2"]]
    assert numbers(out["b"]) == [theirs["b"]]
    assert f"{float(out['accuracy']):.3f}" == theirs[r"\text{accuracy}"]
    # Our column is the from-scratch program's printout.
    ours = {label: cells[0].tex_string.strip("{}") for label, cells in scene.cells.items()}
    mine = printed["logistic_from_scratch"]
    assert numbers(mine["w"]) == [ours["w_1"], ours["w_2"]] and mine["b"] == ours["b"]


def test_the_listings_are_the_files_own_lines(training, tmp_path: Path):
    files = {Path(inspect.getfile(m)) for m in (logistic_from_scratch, linear_from_scratch)}
    files |= {PROJECT_ROOT / "core" / "lesson_code" / f"{n}.py" for n in ("clouds",
                                                                           "sklearn_check")}
    written = {line.strip() for f in files for line in f.read_text().splitlines()}
    scene = build(cd5.OurWeightsBesideScikitLearn, tmp_path)
    for listing in (training.listing, scene.code):
        shown = [line.strip() for line in listing.source_lines if line.strip()]
        assert shown and set(shown) <= written, set(shown) - written
    assert "loss_history.append(loss)" in training.listing.source_lines[-1]


def test_only_three_lines_change_from_linear_to_logistic():
    """What the three-changes beats say: the prediction and the cost change, and the
    gradient differs only in the prediction its errors use."""
    old = inspect.getsource(linear_from_scratch.gradient).splitlines()
    new = inspect.getsource(logistic_from_scratch.gradient).splitlines()
    differing = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert differing == [("    err = predict(w, b, X) - y", "    err = predict_proba(w, b, X) - y")]
    assert "sigmoid(X @ w + b)" in inspect.getsource(logistic_from_scratch.predict_proba)
    assert "return X @ w + b" in inspect.getsource(linear_from_scratch.predict)


def test_the_linear_program_runs_and_its_gradient_is_its_costs(printed):
    assert set(printed["linear_from_scratch"]) == {"w", "b", "final loss"}
    data = load_dataset("cats_dogs", 0)
    w, b = np.array([0.3, -0.2]), 0.1
    dw, db = linear_from_scratch.gradient(w, b, data.X, data.y)
    step = 1e-6
    for i in range(2):
        e = np.eye(2)[i] * step
        slope = (linear_from_scratch.mse(w + e, b, data.X, data.y)
                 - linear_from_scratch.mse(w - e, b, data.X, data.y)) / (2 * step)
        assert dw[i] == pytest.approx(slope, rel=1e-6)


def test_the_quiz_answer_is_what_the_programs_first_gradient_gives():
    data = load_dataset("cats_dogs", 0)
    _, db = logistic_from_scratch.gradient(np.zeros(2), 0.0, data.X, data.y)
    assert db == 0.0
    assert cd4.QUIZ.choices[cd4.QUIZ.correct] == "$0$"
