"""Lectures declared in TOML: both are listed, a parameter change re-renders exactly the scenes
that use it, and a scene that reads a parameter it did not declare fails loudly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scenes.common.params import UndeclaredParameterError, parse_params
from scripts.build.catalog import CatalogError
from scripts.build.dependencies import inputs_key, render_inputs
from scripts.build.lecture_file import load_catalog
from scripts.build.scene_modules import parse_kind
from scripts.cli.main import main
from scripts.defaults import PROJECT_ROOT


def _copy_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for part in ("core", "scenes", "lectures"):
        shutil.copytree(PROJECT_ROOT / part, root / part,
                        ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _keys(root: Path) -> dict[str, str]:
    """Every cats-or-dogs scene's render key, as ``lecture render`` computes it."""
    lecture = next(lec for lec in load_catalog(root).lectures if lec.slug == "cats-or-dogs")
    return {s.short_id: inputs_key(render_inputs(root, s, "low_quality"))
            for s in lecture.scenes}


def test_both_lectures_are_listed() -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["--root", str(PROJECT_ROOT), "list"])
    assert result.exit_code == 0, result.output
    assert "logistic-regression" in result.output and "cats-or-dogs" in result.output
    assert "from-scratch/TrainingDrawsTheLossHistory" in result.output


@pytest.mark.parametrize(("chapter", "old", "new", "changed"), [
    # The descent along one weight uses the learning rate; the gradient picture and quiz do not.
    ("mse", "learning_rate = 0.1\n\n[[chapters]]\nid = \"log-loss\"",
     "learning_rate = 0.3\n\n[[chapters]]\nid = \"log-loss\"",
     {"mse/MseAlongAWeightIsNotABowl"}),
    # The number of iterations: the training scene only (the clouds and the code comparison
    # use the seed alone), not the chapter card or the quiz.
    ("from-scratch", "n_iterations = 1000\n\n[[chapters]]\nid = \"boundary\"",
     "n_iterations = 500\n\n[[chapters]]\nid = \"boundary\"",
     {"from-scratch/TrainingDrawsTheLossHistory"}),
])
def test_changing_a_parameter_re_renders_exactly_the_scenes_that_use_it(
        tmp_path: Path, chapter: str, old: str, new: str, changed: set[str]) -> None:
    root = _copy_project(tmp_path)
    before = _keys(root)
    toml = root / "lectures" / "cats-or-dogs.toml"
    text = toml.read_text()
    assert text.count(old) == 1
    toml.write_text(text.replace(old, new))
    after = _keys(root)
    assert {k for k in before if before[k] != after[k]} == changed


def test_a_scene_gets_only_the_parameters_it_declares() -> None:
    lecture = next(lec for lec in load_catalog(PROJECT_ROOT).lectures
                   if lec.slug == "cats-or-dogs")
    scenes = {s.short_id: s for s in lecture.scenes}
    assert scenes["mse/MseAlongAWeightIsNotABowl"].params == {
        "seed": 0, "learning_rate": 0.1}
    assert scenes["mse/MseVersusLogLossCheck"].params == {
        "_withheld": ["learning_rate", "seed"]}
    assert scenes["from-scratch/TrainingDrawsTheLossHistory"].params == {
        "seed": 0, "learning_rate": 0.1, "n_iterations": 1000}


def test_reading_a_withheld_parameter_names_it_and_the_fix() -> None:
    params = parse_params(json.dumps({"seed": 1, "_withheld": ["learning_rate"]}))
    assert params["seed"] == 1 and params.get("theme") is None
    with pytest.raises(UndeclaredParameterError, match="'learning_rate'.*uses_params"):
        params.get("learning_rate", 0.1)


_LECTURE = '''title = "Z"

[[chapters]]
id = "a"
title = "Alpha"
module = "scenes.cats_or_dogs.cd4_from_scratch"

[chapters.params]
{params}
'''


@pytest.mark.parametrize(("params", "line", "message"), [
    ("learning_rate = -0.5", 9,
     "parameter 'learning_rate' must be a finite number above 0, got -0.5"),
    ("n_iterations = 2.5", 9,
     "parameter 'n_iterations' must be a whole number above 0 and at most 20000"),
    ("seed = 0\nalpha = 1", 10, "unknown parameter 'alpha'; cd4_from_scratch.py takes "
                                "learning_rate, n_iterations, seed, theme"),
    # TOML spells infinities and NaN; none is a learning rate.
    ("learning_rate = inf", 9, "'learning_rate' must be a finite number above 0, got inf"),
    ("learning_rate = -inf", 9, "'learning_rate' must be a finite number above 0, got -inf"),
    ("seed = 1\nlearning_rate = nan", 10,
     "'learning_rate' must be a finite number above 0, got nan"),
])
def test_bad_parameters_name_the_file_the_line_and_what_was_expected(
        tmp_path: Path, params: str, line: int, message: str) -> None:
    root = _copy_project(tmp_path)
    (root / "lectures" / "z.toml").write_text(_LECTURE.format(params=params))
    with pytest.raises(CatalogError) as info:
        load_catalog(root)
    assert f"z.toml:{line}: " in str(info.value)
    assert message in str(info.value)


def test_uses_params_must_name_declared_parameters(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    module = root / "scenes" / "cats_or_dogs" / "cd4_from_scratch.py"
    text = module.read_text()
    assert "    uses_params = ()" in text
    module.write_text(text.replace('    uses_params = ()', '    uses_params = ("speed",)'))
    line = 1 + module.read_text().split('uses_params = ("speed",)')[0].count("\n")
    with pytest.raises(CatalogError, match=rf"cd4_from_scratch\.py:{line}: FromScratchCheck"
                                           r"\.uses_params names speed"):
        load_catalog(root)


def _declare(root: Path, old: str, new: str) -> int:
    """Change the copied chapter's PARAMETERS declaration; return its line."""
    module = root / "scenes" / "cats_or_dogs" / "cd4_from_scratch.py"
    text = module.read_text()
    assert old in text
    module.write_text(text.replace(old, new))
    return 1 + text.split("PARAMETERS = ")[0].count("\n")


@pytest.mark.parametrize(("value", "accepted"), [
    ("20000", True), ("20001", False), ("1000000000", False), ("0", False), ("-3", False)])
def test_a_count_beyond_the_bound_the_chapter_declares_is_an_error_at_its_line(
        tmp_path: Path, value: str, accepted: bool) -> None:
    root = _copy_project(tmp_path)  # the chapter declares "count <= 20000"
    (root / "lectures" / "z.toml").write_text(
        _LECTURE.format(params=f"seed = 0\nn_iterations = {value}"))
    if accepted:
        assert load_catalog(root)
        return
    with pytest.raises(CatalogError) as info:
        load_catalog(root)
    assert "z.toml:10: " in str(info.value)
    assert (f"parameter 'n_iterations' must be a whole number above 0 and at most 20000 "
            f"(cd4_from_scratch.py declares the bound), got {value}") in str(info.value)


def test_a_count_without_a_bound_is_refused_where_the_chapter_declares_it(
        tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    line = _declare(root, '"n_iterations": "count <= 20000"', '"n_iterations": "count"')
    with pytest.raises(CatalogError, match=rf"cd4_from_scratch\.py:{line}: unknown parameter "
                                           r"kinds \{'n_iterations': 'count'\}.*must"):
        load_catalog(root)


@pytest.mark.parametrize(("text", "value", "accepted"), [
    ("float", float("inf"), False), ("float", float("-inf"), False),
    ("float", float("nan"), False), ("float", -1e300, True),
    ("positive float <= 2.5", 2.5, True), ("positive float <= 2.5", 2.6, False),
    ("int <= 10", 10, True), ("int <= 10", 11, False), ("int", True, False),
    ("count <= 1_000", 1000, True), ("count <= 1e3", 1001, False),
])
def test_parameter_kinds_and_their_bounds(text: str, value: object, accepted: bool) -> None:
    kind = parse_kind(text)
    assert kind is not None
    assert kind.accepts(value) is accepted


@pytest.mark.parametrize("text", ["count", "str <= 3", "float <= inf", "float <= nan",
                                  "int < 3", "number"])
def test_kinds_that_are_not_kinds(text: str) -> None:
    assert parse_kind(text) is None
