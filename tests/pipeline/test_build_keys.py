"""The build key is as narrow as what a scene uses: on the edit-loop fixture project, each edit
changes the keys of exactly the scenes whose code it touched (no rendering: keys only)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.build.dependencies import inputs_key, scene_inputs, used_code
from scripts.build.lecture_file import load_catalog

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "edit_loop"
ALL = {"shapes/Steps", "shapes/Circles", "numbers/Doubled", "numbers/Quadrupled",
       "numbers/Halved", "trackers/Follows"}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _keys(root: Path) -> dict[str, str]:
    return {s.short_id: inputs_key(scene_inputs(root, s, "480p15"))
            for s in load_catalog(root).scenes}


def _edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text()
    assert text.count(old) == 1, f"{old!r} not once in {relative}"
    path.write_text(text.replace(old, new))


def _stale_after(root: Path, *edits: tuple[str, str, str]) -> set[str]:
    before = _keys(root)
    for edit in edits:
        _edit(root, *edit)
    after = _keys(root)
    assert set(before) == ALL
    return {k for k in before if before[k] != after[k]}


def test_from_package_import_name_resolves_to_the_defining_module(root: Path) -> None:
    doubled = next(s for s in load_catalog(root).scenes if s.name == "Doubled")
    used = {str(p.relative_to(root.resolve())): d for p, d in used_code(root, doubled).items()}
    nothing = used["loop_core/other.py"]  # imported by the package: runs, but is not used
    assert used["loop_core/arith.py"] != nothing
    # The package's re-export is followed; other.py's function changing is not this scene's.
    assert _stale_after(root, ("loop_core/other.py", "return 1", "return 2")) == set()
    assert _stale_after(root, ("loop_core/arith.py", "return 2 * x", "return 2.0 * x")) == {
        "numbers/Doubled", "numbers/Quadrupled"}


def test_two_scenes_in_one_file_go_stale_independently(root: Path) -> None:
    assert _stale_after(root, ("loop_scenes/shapes.py", "RIGHT * 2), run_time=0.42)",
                               "RIGHT * 3), run_time=0.4)")) == {"shapes/Steps"}
    assert _stale_after(root, ("loop_scenes/shapes.py", "self.wait(0.2)",
                               "self.wait(0.3)")) == {"shapes/Circles"}


def test_comments_blank_lines_and_docstrings_leave_everything_up_to_date(root: Path) -> None:
    edits = [
        ("loop_core/arith.py", "def half(", "# halves\n\n\ndef half("),
        ("loop_core/arith.py", '"""Through another function: its callers depend on double too."""',
         '"""Through another function."""'),
        ("loop_scenes/shapes.py", "  # beat 3", "  # the third beat"),
        ("loop_scenes/shapes.py", '"""A square in four beats."""', '"""A square, four beats."""'),
        ("loop_scenes/pieces.py", "\n\ndef blue_circle", "\n\n\n# blue\ndef blue_circle"),
        ("loop_core/__init__.py", '"""Stands in', '# the package\n"""Stands in'),
    ]
    assert _stale_after(root, *edits) == set()


def test_a_shared_piece_used_by_one_scene_re_renders_only_that_one(root: Path) -> None:
    assert _stale_after(root, ("loop_scenes/pieces.py", "radius=0.8", "radius=0.9")) == {
        "shapes/Circles"}
    assert _stale_after(root, ("loop_scenes/pieces.py", '"#CC3333"', '"#CC3334"')) == {
        "shapes/Steps"}
    # A mixin is part of the scene that uses it.
    assert _stale_after(root, ("loop_scenes/pieces.py", '"#EEEEEE"', '"#DDDDDD"')) == {
        "shapes/Circles"}


def test_a_core_function_change_re_renders_exactly_its_callers_scenes(root: Path) -> None:
    assert _stale_after(root, ("loop_core/arith.py", "return x / 2", "return x / 2.5")) == {
        "numbers/Halved"}
    # double is called by Doubled directly and by Quadrupled through quadruple.
    assert _stale_after(root, ("loop_core/arith.py", "return 2 * x", "return 3 * x")) == {
        "numbers/Doubled", "numbers/Quadrupled"}


def test_what_a_module_does_on_import_counts_for_every_scene_that_imports_it(root: Path) -> None:
    assert _stale_after(root, ("loop_scenes/pieces.py", 'SETTINGS["stroke"] = 4.0',
                               'SETTINGS["stroke"] = 5.0')) == {"shapes/Steps", "shapes/Circles"}


def test_string_literals_are_code(root: Path) -> None:
    """Narration lives in string literals: a changed word is a changed scene."""
    assert _stale_after(root, ("loop_scenes/numbers.py", '"""Half of three."""\n',
                               '"""Half of three."""\n\n    label = "half"\n')) == {
        "numbers/Halved"}
    assert _stale_after(root, ("loop_scenes/numbers.py", 'label = "half"',
                               'label = "a half"')) == {"numbers/Halved"}


def test_the_real_lectures_a_core_comment_changes_nothing_a_core_number_its_callers(
        tmp_path: Path) -> None:
    from scripts.defaults import PROJECT_ROOT

    root = tmp_path / "real"
    for part in ("core", "scenes", "lectures", "narration", "scripts"):
        shutil.copytree(PROJECT_ROOT / part, root / part,
                        ignore=shutil.ignore_patterns("__pycache__"))
    before = _keys(root)
    _edit(root, "core/perceptron.py", "def perceptron_update(",
          "# A comment.\n\n\ndef perceptron_update(")
    assert _keys(root) == before
    _edit(root, "core/perceptron.py", "learning_rate: float = 1.0) -> PerceptronUpdate:",
          "learning_rate: float = 2.0) -> PerceptronUpdate:")
    after = _keys(root)
    stale = {k for k in before if before[k] != after[k]}
    assert stale and all(k.startswith("ch06/") for k in stale), stale


def test_module_attributes_and_star_imports_are_followed(root: Path) -> None:
    from scripts.build.catalog import SceneEntry

    (root / "loop_scenes" / "extra.py").write_text(
        "import loop_core.arith as ar\n\n\nclass UsesAttr:\n"
        "    def construct(self):\n        return ar.half(1.0)\n")
    (root / "loop_scenes" / "starred.py").write_text(
        "from loop_core.arith import *\n\n\nclass UsesStar:\n"
        "    def construct(self):\n        return double(1.0)\n")

    def keys() -> dict[str, str]:
        entries = [SceneEntry("loop", "extra", "UsesAttr", "loop_scenes.extra",
                              root / "loop_scenes" / "extra.py", ""),
                   SceneEntry("loop", "starred", "UsesStar", "loop_scenes.starred",
                              root / "loop_scenes" / "starred.py", "")]
        return {s.name: inputs_key(scene_inputs(root, s, "480p15")) for s in entries}

    before = keys()
    _edit(root, "loop_core/arith.py", "return x / 2", "return x / 3")
    middle = keys()
    assert middle["UsesAttr"] != before["UsesAttr"] and middle["UsesStar"] == before["UsesStar"]
    _edit(root, "loop_core/arith.py", "return 2 * x", "return 4 * x")
    after = keys()
    assert after["UsesAttr"] == middle["UsesAttr"] and after["UsesStar"] != middle["UsesStar"]
