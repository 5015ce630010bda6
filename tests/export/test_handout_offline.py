"""The handout without rendering anything: a chapter's quiz, read from the quiz scene's class
(its question, its choices, the right answer's letter and text, and the reason, after the
chapter's passages); a clear error, before any work, where no Chromium can print the PDF."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from export_helpers import ASSEMBLY_FIXTURE, Mini

import scripts.export.handout
from scripts.build.lecture_file import load_catalog
from scripts.defaults import PROJECT_ROOT
from scripts.export.handout import BeatText, ChapterText, QuizText, _quiz, handout_html


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def test_a_quiz_scene_gives_its_quiz_and_a_plain_scene_none() -> None:
    catalog = load_catalog(PROJECT_ROOT)
    quiz_scene, = catalog.select(["logistic-regression/ch01/SigmoidCheck"])
    plain_scene, = catalog.select(["logistic-regression/ch01/ChapterTitle"])
    quiz = _quiz(quiz_scene, PROJECT_ROOT)
    assert quiz is not None and len(quiz.choices) in (3, 4)
    assert _quiz(plain_scene, PROJECT_ROOT) is None


def test_the_quiz_closes_its_chapter_with_the_answer_and_the_reason() -> None:
    catalog = load_catalog(PROJECT_ROOT)
    scene, = catalog.select(["logistic-regression/ch01/SigmoidCheck"])
    quiz = _quiz(scene, PROJECT_ROOT)
    assert quiz is not None
    chapter = ChapterText("sigmoid", "The sigmoid",
                          [BeatText("First the curve.", 60.0, 65.0, Path("a.png"), "a.png")],
                          [QuizText(quiz, 125.0)])
    text = _text(handout_html("Lecture", [chapter], "../lecture.mp4"))
    plain = text.replace("$", "")
    passage = plain.index("First the curve.")
    answer = plain.index(f"Answer: {quiz.letter}.")
    assert passage < plain.index("Quiz") < answer
    for choice in quiz.choices:
        assert choice.replace("$", "")[:20] in plain
    assert "2:05" in plain  # the quiz's time in the video
    reason = quiz.reason.replace("$", "")
    assert plain.index(reason[:30]) > answer


def test_without_chromium_the_pdf_is_refused_with_the_fix_and_nothing_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scripts.export.handout.shutil, "which", lambda name: None)
    mini = Mini(ASSEMBLY_FIXTURE, tmp_path / "media")
    result = mini.invoke("handout")
    assert result.exit_code == 1
    assert "needs Chromium: sudo apt-get install -y chromium" in result.output
    assert "--no-pdf" in result.output
    assert not (tmp_path / "media").exists()
