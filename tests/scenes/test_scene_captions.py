"""Every scene's captions keep to the conventions viewers expect (two lines of 42 characters,
shown 1 to 7 seconds, at most 20 characters a second), at the narrator's planned pace, in
order and inside the scene's own time, through the .srt and .vtt they are written to.

Those are the lecture's caption files too: the checks are per cue, and ``lecture build``
joins the scenes' cues shifted to where each scene starts (tests/export/test_assemble.py), so a
scene whose cues stay inside its own time cannot overlap its neighbours'. Checking per scene
uses the build every scene's other tests share, instead of rebuilding a whole lecture in one
test on one worker."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from scene_harness import build

from scripts.build.lecture_file import load_catalog
from scripts.defaults import PROJECT_ROOT
from scripts.export.subtitles import Cue, caption_problems, read_srt, shifted, to_srt, to_vtt

CATALOG = load_catalog(PROJECT_ROOT)
SCENES = CATALOG.scenes

pytestmark = pytest.mark.slow  # builds every scene (shared with test_every_scene's builds)


def scene_cues(scene: object) -> list[Cue]:
    """The captions a built scene laid down, in scene time."""
    return [Cue(s.start.total_seconds(), s.end.total_seconds(), s.content)
            for s in scene.renderer.file_writer.subcaptions]


def built(entry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> object:  # noqa: ANN001
    monkeypatch.setenv("LECTURE_PARAMS", json.dumps(entry.params))
    return build(getattr(importlib.import_module(entry.module), entry.name), tmp_path,
                 check_layout=True)


@pytest.mark.parametrize("entry", SCENES, ids=[s.id for s in SCENES])
def test_scene_captions_keep_to_the_conventions(entry, tmp_path: Path,  # noqa: ANN001
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    scene = built(entry, tmp_path, monkeypatch)
    cues = scene_cues(scene)
    assert cues, "a narrated scene with no captions"
    assert not caption_problems(cues), "\n".join(caption_problems(cues))
    for before, after in zip(cues, cues[1:], strict=False):
        assert before.end <= after.start + 1e-3, f"cues overlap: {before} / {after}"
    assert cues[0].start >= 0
    assert cues[-1].end <= scene.renderer.time + 1e-3, "a cue runs past the scene's end"


@pytest.mark.parametrize("entry", SCENES, ids=[s.id for s in SCENES])
def test_scene_captions_survive_the_caption_files(entry, tmp_path: Path,  # noqa: ANN001
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Written as .srt (times rounded to the millisecond, here an hour into a lecture) and read
    back, the cues still keep to the conventions; the .vtt holds every one."""
    cues = shifted(scene_cues(built(entry, tmp_path, monkeypatch)), 3600.0)
    srt = tmp_path / "scene.srt"
    srt.write_text(to_srt(cues), encoding="utf-8")
    read_back = read_srt(srt)
    assert [c.text for c in read_back] == [c.text for c in cues]
    assert not caption_problems(read_back), "\n".join(caption_problems(read_back))
    vtt = to_vtt(cues)
    assert vtt.startswith("WEBVTT") and vtt.count(" --> ") == len(cues)


def test_the_check_finds_each_kind_of_problem() -> None:
    good = Cue(0.0, 2.0, "Every dot is one email.")
    assert caption_problems([good]) == []
    bad = [Cue(0, 0.4, "Too quick."), Cue(0, 9, "Too long on screen."),
           Cue(0, 1, "x" * 43), Cue(0, 2, "one\ntwo\nthree"),
           Cue(0, 1.5, "far too many characters for one and a half seconds")]
    found = caption_problems(bad)
    for words in ("under 1 s", "over 7 s", "over 42 characters", "3 lines",
                  "characters a second"):
        assert any(words in p for p in found), (words, found)
