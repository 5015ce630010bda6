"""Every scene's captions keep to the conventions viewers expect (two lines of 42 characters,
shown 1 to 7 seconds, at most 20 characters a second), at the narrator's planned pace. The
rendered lecture's files are checked the same way in tests/export."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from scene_harness import build

from scripts.build.lecture_file import load_catalog
from scripts.defaults import PROJECT_ROOT
from scripts.export.subtitles import Cue, caption_problems

SCENES = load_catalog(PROJECT_ROOT).scenes

pytestmark = pytest.mark.slow  # builds every scene (shared with test_every_scene's builds)


def scene_cues(scene: object) -> list[Cue]:
    """The captions a built scene laid down, in scene time."""
    return [Cue(s.start.total_seconds(), s.end.total_seconds(), s.content)
            for s in scene.renderer.file_writer.subcaptions]


@pytest.mark.parametrize("entry", SCENES, ids=[s.id for s in SCENES])
def test_scene_captions_keep_to_the_conventions(entry, tmp_path: Path,  # noqa: ANN001
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LECTURE_PARAMS", json.dumps(entry.params))
    scene = build(getattr(importlib.import_module(entry.module), entry.name), tmp_path,
                  check_layout=True)
    cues = scene_cues(scene)
    assert cues, "a narrated scene with no captions"
    assert not caption_problems(cues), "\n".join(caption_problems(cues))


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
