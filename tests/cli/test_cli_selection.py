"""Listing, name selection and bad input: no rendering, so these run in a blink."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import Project

from scripts.build.dependencies import project_dependencies
from scripts.build.lecture_file import load_catalog
from scripts.defaults import PROJECT_ROOT


def test_list_shows_every_scene_in_order_with_description_and_status(project: Project) -> None:
    result = project.invoke("list")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    order = [s for s in ["alpha/DrawSquare", "alpha/DrawCircle", "beta/ShowAnswer",
                         "tex/Formulas0", "slow/LongHold"]]
    positions = [next(i for i, line in enumerate(lines) if s in line) for s in order]
    assert positions == sorted(positions)
    square = next(line for line in lines if "alpha/DrawSquare" in line)
    assert "not rendered" in square and "A square is drawn." in square


def test_unknown_name_exits_2_listing_names_and_suggesting_the_closest(project: Project) -> None:
    result = project.invoke("render", "alpha/DrawSqare")
    assert result.exit_code == 2
    assert "Did you mean 'fixture/alpha/DrawSquare'?" in result.output
    assert "fixture/beta/ShowAnswer" in result.output  # the known names are listed
    assert not project.media.exists()  # nothing was started


def test_bad_quality_and_jobs_are_usage_errors(project: Project) -> None:
    assert project.invoke("render", "--quality", "ultra").exit_code == 2
    assert project.invoke("render", "--jobs", "0").exit_code == 2


def test_malformed_lecture_file_names_the_file(project: Project) -> None:
    (project.root / "lectures" / "fixture.toml").write_text("title = [unclosed\n")
    result = project.invoke("list")
    assert result.exit_code == 2
    assert "fixture.toml" in result.output and "not valid TOML" in result.output


def test_chapter_naming_a_missing_scene_class_is_reported(project: Project) -> None:
    project.edit("lectures/fixture.toml", 'module = "fixture_scenes.alpha"',
                 'module = "fixture_scenes.alpha"\nscenes = ["DrawTriangle"]')
    result = project.invoke("list")
    assert result.exit_code == 2
    assert "no scene class DrawTriangle in alpha.py; it has DrawCircle, DrawSquare" in result.output


def test_names_select_lectures_chapters_and_scenes_in_lecture_order(project: Project) -> None:
    catalog = load_catalog(project.root)
    ids = lambda names: [s.short_id for s in catalog.select(names)]  # noqa: E731
    assert ids(["beta", "alpha/DrawCircle"]) == ["alpha/DrawCircle", "beta/ShowAnswer"]
    assert ids(["fixture/alpha"]) == ["alpha/DrawSquare", "alpha/DrawCircle"]
    assert ids(["ShowAnswer", "beta"]) == ["beta/ShowAnswer"]  # each scene once
    assert len(ids([])) == len(ids(["fixture"])) == 8


def test_dependencies_follow_project_imports_only(project: Project) -> None:
    rel = lambda paths: {str(p.relative_to(project.root)) for p in paths}  # noqa: E731
    beta = rel(project_dependencies(project.root, project.root / "fixture_scenes" / "beta.py"))
    alpha = rel(project_dependencies(project.root, project.root / "fixture_scenes" / "alpha.py"))
    assert beta == {"fixture_scenes/__init__.py", "fixture_scenes/beta.py", "fixture_core.py"}
    assert alpha == {"fixture_scenes/__init__.py", "fixture_scenes/alpha.py"}


def test_missing_latex_gives_the_doctor_message_not_a_traceback(
    project: Project, tmp_path: Path
) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    result = project.invoke("render", "tex/Formulas0", env={"PATH": str(empty)})
    assert result.exit_code == 1
    assert "missing: LaTeX" in result.output
    assert "sudo apt-get install -y --no-install-recommends texlive-latex-base" in result.output
    assert "Traceback" not in result.output
    assert not project.video("tex", "Formulas0").exists()
    doctor = project.invoke("doctor", env={"PATH": str(empty)})
    assert doctor.exit_code == 1 and "fix: sudo apt-get install" in doctor.output


def test_the_real_lectures_are_declared_consistently() -> None:
    catalog = load_catalog(PROJECT_ROOT)
    assert catalog.lectures, "no lecture declared"
    for scene in catalog.scenes:
        assert scene.module_file.is_file()
        assert scene.description, f"{scene.id} has no docstring to describe it"
