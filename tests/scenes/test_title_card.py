"""The title card fits the frame for the real lecture's title and for a long one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from manim import config
from scene_harness import build

from scenes.common.title_card import LectureTitle


@pytest.mark.parametrize(
    "title",
    ["Logistic Regression & the Perceptron",
     "A very long lecture title that would never fit on one line of the frame"],
)
def test_title_and_subtitle_lie_inside_the_frame(
    title: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    params = {"title": title, "subtitle": "How a straight line learns to answer yes or no"}
    monkeypatch.setenv("LECTURE_PARAMS", json.dumps(params))
    scene = build(LectureTitle, tmp_path)
    half_w, half_h = config.frame_width / 2, config.frame_height / 2
    assert len(scene.mobjects) >= 3  # title, rule, subtitle
    for mob in scene.mobjects:
        assert -half_w < mob.get_left()[0] and mob.get_right()[0] < half_w
        assert -half_h < mob.get_bottom()[1] and mob.get_top()[1] < half_h


@pytest.mark.parametrize("narration", ["Chapter 6: Vocabulary.",
                                       "Chapter 2: The decision boundary, and what the weights "
                                       "draw on the plane."])
def test_a_chapter_card_is_whole_before_its_words_end(
    narration: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A reviewer saw "Vocabulary" still being written after the words were said.
    from scenes.common.title_card import WHOLE_BEFORE_END, ChapterTitle

    params = {"label": "Chapter 6", "title": "Vocabulary", "narration": narration}
    monkeypatch.setenv("LECTURE_PARAMS", json.dumps(params))
    scene = build(ChapterTitle, tmp_path)
    (beat,) = scene.beats
    assert scene.complete_at <= beat.speech_end - WHOLE_BEFORE_END + 1e-6
