"""Scenes start longest first, from what the last renders recorded, so that a run with several
workers does not end on one long scene rendering alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.build.contract import Status
from scripts.build.layout import MediaLayout
from scripts.build.lecture_file import load_catalog
from scripts.build.manifest import SceneRecord
from scripts.build.render import Job, Outcome, Renderer
from scripts.build.schedule import expected_seconds, longest_first
from scripts.defaults import QUALITIES

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "project"


def _record(duration: float, render_seconds: float) -> SceneRecord:
    return SceneRecord(video="x.mp4", key="old", inputs={}, duration=duration, animations=1,
                       render_seconds=render_seconds, rendered_at="2026-12-03T00:00:00+00:00")


def test_the_estimate_is_the_last_render_time_here_else_the_length_recorded_elsewhere() -> None:
    here = [_record(10, 30), None, _record(20, 40), None]
    elsewhere = [None, _record(50, 5), _record(99, 1), None]
    # Render time is 3 and 2 times the length where both are known here: the median, 2.5,
    # scales the length recorded at another quality.
    assert expected_seconds(here, elsewhere) == [30, pytest.approx(125), 40, None]
    # Nothing recorded here: lengths are taken as they are.
    assert expected_seconds([None, None], [_record(7, 1), None]) == [7, None]


def test_longest_first_keeps_the_unknown_first_and_ties_in_order() -> None:
    seconds = {"a": 5.0, "b": None, "c": 50.0, "d": 5.0, "e": None, "f": 20.0}
    assert longest_first(list(seconds), seconds.get) == ["b", "e", "c", "f", "a", "d"]


def test_a_run_starts_its_scenes_longest_first_from_a_low_quality_render(tmp_path: Path,
                                                                        monkeypatch) -> None:
    """A 1080p run after a 480p one: every scene's length is known from the 480p manifest, and
    the jobs are handed to the workers longest first; the outcomes still come in lecture
    order."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root, ignore=shutil.ignore_patterns("__pycache__"))
    scenes = load_catalog(root).select(["alpha", "beta"])
    assert len(scenes) >= 3
    low = MediaLayout(tmp_path / "media", QUALITIES["low"])
    lengths = {scene.short_id: 10.0 * (i + 1) for i, scene in enumerate(scenes)}
    for scene in scenes:
        low.manifest(scene.lecture).record(scene.short_id, _record(lengths[scene.short_id], 1))
    low.manifest(scenes[0].lecture).save()

    renderer = Renderer(root, tmp_path / "media", QUALITIES["high"], jobs=1, force=False)
    todo, done = renderer.plan(scenes)
    assert not done
    assert [job.expected_seconds for job in todo] == [lengths[s.short_id] for s in scenes]
    started: list[str] = []

    def run(job: Job, reporter: object) -> Outcome:
        started.append(job.scene.short_id)
        return Outcome(job.scene, Status.RENDERED)

    class Quiet:
        def scene_finished(self, outcome: Outcome) -> None: ...

    monkeypatch.setattr(renderer, "_run_in_slot", run)
    outcomes = renderer.execute(todo, reporter=Quiet())  # type: ignore[arg-type]
    assert started == [s.short_id for s in reversed(scenes)]
    assert [o.scene.short_id for o in outcomes] == [s.short_id for s in scenes]
