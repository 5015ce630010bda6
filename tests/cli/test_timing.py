"""``lecture timing``: a scene's beats, marks and animation starts, read without rendering."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from scripts.build.catalog import SceneEntry
from scripts.build.dry_build import timeline
from scripts.cli.main import main
from scripts.cli.timing import format_timeline
from scripts.defaults import PROJECT_ROOT

MARKED = '''
from manim import Circle, Create, FadeOut
from scenes.common.beats import LectureScene


class Marked(LectureScene):
    """A circle drawn on its word and faded on the next."""

    def construct(self):
        circle = Circle()
        with self.beat("Look at this. {draw} A circle is drawn. {fade} Then it fades.") as b:
            b.wait_until("draw")
            self.play(Create(circle), run_time=b.time_until("fade"))
            self.play(FadeOut(circle), run_time=1)
'''


def test_the_timeline_puts_each_animation_at_its_mark(tmp_path: Path) -> None:
    (tmp_path / "marked_scene.py").write_text(MARKED)
    entry = SceneEntry("demo", "one", "Marked", "marked_scene", tmp_path / "marked_scene.py",
                       "A circle.")
    tl = timeline(entry, tmp_path)
    marks = dict(tl.beats[0].marks)
    draws = [p for p in tl.played if p.what.startswith("Create")]
    assert draws and abs(draws[0].start - marks["draw"]) < 1e-9
    fades = [p for p in tl.played if p.what.startswith("FadeOut")]
    assert abs(fades[0].start - marks["fade"]) < 1e-9
    text = format_timeline(entry.id, tl)
    lines = text.splitlines()
    draw_mark = next(i for i, line in enumerate(lines) if "mark {draw}" in line)
    assert "play Create(Circle)" in lines[draw_mark + 1]  # right after the mark it waited for
    assert "{" not in lines[2]  # the words are shown without their marks


def test_timing_command_prints_a_real_scene_and_refuses_unknown_names() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["--root", str(PROJECT_ROOT), "timing", "SpamCheck"])
    assert result.exit_code == 0, result.output
    assert "beat 03" in result.output and "The answer is" in result.output
    bad = runner.invoke(main, ["--root", str(PROJECT_ROOT), "timing", "SpamChek"])
    assert bad.exit_code == 2 and "SpamCheck" in bad.output
