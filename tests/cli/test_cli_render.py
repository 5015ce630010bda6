"""Real renders of the fixture scenes: incremental rebuilds, failures, atomicity, parallel TeX,
interruption. Each render runs manim in worker processes, so these are marked slow."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import srt
from cli_helpers import Project, statuses

from scripts.build.worker import video_duration

pytestmark = pytest.mark.slow

QUICK = ("alpha", "beta")  # the three quick scenes


def test_second_run_renders_nothing_and_edits_rerender_only_what_depends_on_them(
    project: Project,
) -> None:
    first = project.invoke("render", *QUICK, "--jobs", "2")
    assert first.exit_code == 0, first.output
    assert statuses(first) == {
        "alpha/DrawSquare": "rendered", "alpha/DrawCircle": "rendered",
        "beta/ShowAnswer": "rendered",
    }
    before = {s: project.video(*s.split("/")).stat().st_mtime_ns
              for s in statuses(first)}

    second = project.invoke("render", *QUICK)
    assert second.exit_code == 0
    assert statuses(second) == {}  # no worker started
    assert "0 rendered, 3 up to date, 0 failed" in second.output

    # Editing one scene's code re-renders that scene only, not its sibling in the file.
    project.edit("fixture_scenes/alpha.py", "run_time=0.5)\n        self.add_subcaption",
                 "run_time=0.4)\n        self.add_subcaption")
    third = project.invoke("render", *QUICK)
    assert statuses(third) == {"alpha/DrawSquare": "rendered"}

    # Changing a core function re-renders the scenes that import it, and only those.
    project.edit("fixture_core.py", "return 0.5", "return 0.75")
    fourth = project.invoke("render", *QUICK)
    assert statuses(fourth) == {"beta/ShowAnswer": "rendered"}

    # So does changing a parameter in the lecture file.
    project.edit("lectures/fixture.toml", 'colour = "blue"', 'colour = "red"')
    assert statuses(project.invoke("render", *QUICK)) == {"beta/ShowAnswer": "rendered"}

    # Another quality is another output; --force re-renders what is up to date.
    assert statuses(project.invoke("render", "beta", "-q", "medium")) == {
        "beta/ShowAnswer": "rendered"}
    assert project.video("beta", "ShowAnswer", "720p30").is_file()
    assert statuses(project.invoke("render", "alpha/DrawCircle", "--force")) == {
        "alpha/DrawCircle": "rendered"}
    assert project.video("alpha", "DrawCircle").stat().st_mtime_ns != before["alpha/DrawCircle"]


def test_outputs_manifest_and_subtitles(project: Project) -> None:
    result = project.invoke("render", "alpha")
    assert result.exit_code == 0, result.output
    manifest = project.manifest()
    record = manifest["scenes"]["alpha/DrawSquare"]
    assert record["video"] == "alpha/DrawSquare.mp4"
    assert set(record["inputs"]["files"]) == {"fixture_scenes/__init__.py",
                                              "fixture_scenes/alpha.py"}
    assert record["inputs"]["quality"] == "480p15"
    # 0.5 s of Create + 0.5 s of wait at 15 fps.
    assert record["duration"] == pytest.approx(1.0, abs=1 / 15)
    assert video_duration(project.video("alpha", "DrawSquare")) == record["duration"]
    cues = list(srt.parse(project.video("alpha", "DrawSquare").with_suffix(".srt").read_text()))
    assert [c.content for c in cues] == ["A square appears."]
    # The caption starts after the 0.5 s animation and lasts 0.5 s, within one frame at 15 fps.
    assert cues[0].start.total_seconds() == pytest.approx(0.5, abs=1 / 15)
    assert (cues[0].end - cues[0].start).total_seconds() == pytest.approx(0.5, abs=1e-3)
    assert record["subtitles"] == "alpha/DrawSquare.srt"
    # DrawCircle has no narration: no subtitle file.
    assert not project.video("alpha", "DrawCircle").with_suffix(".srt").exists()
    assert not list((project.media / ".staging").iterdir())


def test_a_failing_scene_keeps_its_previous_output_and_does_not_stop_the_others(
    project: Project,
) -> None:
    assert project.invoke("render", *QUICK).exit_code == 0
    good = project.video("alpha", "DrawCircle").read_bytes()
    good_manifest = project.manifest()["scenes"]["alpha/DrawCircle"]

    # Break the scene halfway: after its first animation has been written.
    project.edit("fixture_scenes/alpha.py",
                 "        self.play(FadeOut(circle), run_time=0.5)",
                 "        raise RuntimeError('broken halfway')")
    project.edit("fixture_core.py", "return 0.5", "return 0.25")  # beta must still render
    result = project.invoke("render", *QUICK, "--jobs", "2")
    assert result.exit_code == 1
    # DrawSquare's code did not change: it stays up to date (the build key is per scene).
    assert statuses(result) == {"alpha/DrawCircle": "failed", "beta/ShowAnswer": "rendered"}
    assert "FAILED fixture/alpha/DrawCircle at fixture_scenes/alpha.py:" in result.output
    assert "in construct: RuntimeError: broken halfway" in result.output
    assert project.video("alpha", "DrawCircle").read_bytes() == good
    assert project.manifest()["scenes"]["alpha/DrawCircle"] == good_manifest
    assert not list((project.media / ".staging").iterdir())
    log = project.quality_dir() / "logs" / "alpha" / "DrawCircle.log"
    assert "broken halfway" in log.read_text()


@pytest.mark.parametrize("attempt", range(2))
def test_parallel_workers_render_tex_heavy_scenes_without_failure(
    project: Project, attempt: int
) -> None:
    result = project.invoke("render", "tex", "--jobs", "2", "--force")
    assert result.exit_code == 0, result.output
    assert statuses(result) == {f"tex/Formulas{k}": "rendered" for k in range(4)}


def _workers_rendering_into(media: Path) -> list[str]:
    """Command lines of live render workers whose spec lies under ``media`` (read from /proc,
    which every Linux has; pgrep is not on a bare Debian)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().decode(errors="replace").split("\0")
        except OSError:  # the process ended while we looked
            continue
        if "scripts.build.worker" in args and any(str(media) in a for a in args):
            found.append(" ".join(args))
    return found


def _start_render(project: Project, *names: str) -> subprocess.Popen[str]:
    # Ctrl-C raises KeyboardInterrupt even when this suite runs with SIGINT ignored (started
    # with `&` from a script, or under nohup): Python keeps an inherited SIG_IGN.
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from scripts.cli.main import main; sys.exit(main())")
    return subprocess.Popen(
        [sys.executable, "-c", code, "--root", str(project.root), "--media-dir",
         str(project.media), "render", *names],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def _interrupt_once_rendering(proc: subprocess.Popen[str], project: Project) -> str:
    staging = project.media / ".staging"
    deadline = time.monotonic() + 60
    # Wait until the worker has written partial movie files, then press Ctrl-C.
    while time.monotonic() < deadline:
        if staging.is_dir() and any(p.suffix == ".mp4" for p in staging.rglob("*")):
            break
        time.sleep(0.1)
    else:
        pytest.fail("the render never started writing frames")
    proc.send_signal(signal.SIGINT)
    output, _ = proc.communicate(timeout=60)
    return output


def test_ctrl_c_leaves_no_partial_file_and_keeps_the_previous_output(project: Project) -> None:
    proc = _start_render(project, "slow")
    output = _interrupt_once_rendering(proc, project)
    assert proc.returncode == 130, output
    assert "Interrupted" in output
    assert not project.video("slow", "LongHold").exists()
    assert not list((project.media / ".staging").iterdir())

    # With a finished output in place, an interrupted re-render leaves it byte-identical.
    project.edit("fixture_scenes/slow.py", "range(40)", "range(2)")
    assert project.invoke("render", "slow").exit_code == 0
    good = project.video("slow", "LongHold").read_bytes()
    project.edit("fixture_scenes/slow.py", "range(2)", "range(40)")
    proc = _start_render(project, "slow")
    assert _interrupt_once_rendering(proc, project) and proc.returncode == 130
    assert project.video("slow", "LongHold").read_bytes() == good
    # The worker process was stopped too, not left rendering in the background.
    assert not _workers_rendering_into(project.media), "a worker outlived the run"
