"""A high-quality render says how many frames of how many it has done, so a long 1080p
render is never silent and never open-ended."""

from __future__ import annotations

import re

import pytest
from cli_helpers import Project

from scripts.cli.progress import PlainReporter
from scripts.export.ffmpeg import frames_at_rate

LINE = re.compile(r"^  rendering slow/LongHold: (\d+) animation\(s\), (\d+) of (\d+) frames done")


def test_a_high_quality_render_reports_frames_done_of_the_total(
        project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    # The fixture's long hold, cut to 3 s: 180 frames at 1080p60, a few seconds of rendering.
    project.edit("fixture_scenes/slow.py", "range(40)", "range(4)")
    monkeypatch.setattr(PlainReporter, "EVERY", 0.0)  # every report, not one per 10 s
    result = project.invoke("render", "slow", "--quality", "high", "--jobs", "1",
                            "--voice", "none")
    assert result.exit_code == 0, result.output
    reports = [tuple(int(n) for n in m.groups())
               for m in map(LINE.match, result.output.splitlines()) if m]
    assert reports, result.output
    # Frames shown: the hold is stored once a second, and shown at every frame time.
    frames_in_video = sum(1 for _ in frames_at_rate(project.video("slow", "LongHold", "1080p60")))
    assert frames_in_video == 180
    assert {total for _, _, total in reports} == {frames_in_video}
    done = [frames for _, frames, _ in reports]
    assert done == sorted(done) and all(0 <= f <= frames_in_video for f in done)


def test_a_low_quality_render_reports_frames_without_a_total(
        project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """The edit loop does not pay for counting frames first."""
    project.edit("fixture_scenes/slow.py", "range(40)", "range(4)")
    monkeypatch.setattr(PlainReporter, "EVERY", 0.0)
    result = project.invoke("render", "slow", "--jobs", "1", "--voice", "none")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines()
             if line.startswith("  rendering slow/LongHold: ")]
    assert lines, result.output
    assert not any(" of " in line for line in lines), lines
