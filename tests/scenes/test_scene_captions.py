"""Every scene's captions keep to the conventions viewers expect (two lines of 42 characters,
shown 1 to 7 seconds, at most 20 characters a second), at the narrator's planned pace, and so
do both real lectures' caption files, joined as ``lecture build`` joins them. The assembled
fixture lecture's files are checked the same way in tests/export."""

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
    cues = scene_cues(built(entry, tmp_path, monkeypatch))
    assert cues, "a narrated scene with no captions"
    assert not caption_problems(cues), "\n".join(caption_problems(cues))


@pytest.mark.parametrize("lecture", CATALOG.lectures, ids=[lec.slug for lec in CATALOG.lectures])
def test_each_lecture_caption_file_keeps_to_the_conventions(
        lecture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The lecture's .srt and .vtt as ``lecture build`` makes them: every scene's cues shifted
    to where the scene starts in the joined video (its length is the built scene's time)."""
    cues: list[Cue] = []
    start = 0.0
    for entry in lecture.scenes:
        scene = built(entry, tmp_path, monkeypatch)
        cues += shifted(scene_cues(scene), start)
        start += scene.renderer.time
    srt = tmp_path / f"{lecture.slug}.srt"
    srt.write_text(to_srt(cues), encoding="utf-8")
    read_back = read_srt(srt)
    assert len(read_back) == len(cues) > 0
    assert not caption_problems(read_back), "\n".join(caption_problems(read_back))
    for before, after in zip(read_back, read_back[1:], strict=False):
        assert before.end <= after.start + 1e-3, f"cues overlap: {before} / {after}"
    assert read_back[-1].end <= start + 1e-3, "a cue runs past the lecture's end"
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
