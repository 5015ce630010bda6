"""The quizzes of a lecture, taken together, test understanding rather than test-taking: the
right answer's letter is spread, the right answer is not usually the longest choice (the tell
test-wise viewers use), and at least half the questions ask the viewer to use an idea."""

from __future__ import annotations

import importlib

import pytest

from scenes.common.quiz import Quiz, QuizScene
from scripts.build.lecture_file import load_catalog
from scripts.defaults import PROJECT_ROOT

CATALOG = load_catalog(PROJECT_ROOT)


def lecture_quizzes(slug: str) -> list[Quiz]:
    """The quiz of every check scene of a lecture, in lecture order."""
    lecture = next(lec for lec in CATALOG.lectures if lec.slug == slug)
    quizzes = []
    for entry in lecture.scenes:
        cls = getattr(importlib.import_module(entry.module), entry.name)
        if isinstance(cls, type) and issubclass(cls, QuizScene):
            quizzes.append(cls.quiz)
    return quizzes


SLUGS = [lec.slug for lec in CATALOG.lectures]


@pytest.mark.parametrize("slug", SLUGS)
def test_every_lecture_has_quizzes(slug: str) -> None:
    assert len(lecture_quizzes(slug)) >= 3


@pytest.mark.parametrize("slug", SLUGS)
def test_no_letter_is_right_in_more_than_40_percent(slug: str) -> None:
    quizzes = lecture_quizzes(slug)
    letters = [q.letter for q in quizzes]
    for letter in "ABCD":
        assert letters.count(letter) <= 0.4 * len(quizzes), (letter, letters)


@pytest.mark.parametrize("slug", SLUGS)
def test_the_right_answer_is_the_longest_in_at_most_a_third(slug: str) -> None:
    quizzes = lecture_quizzes(slug)
    longest = [q.question for q in quizzes if q.answer_is_longest]
    assert len(longest) <= len(quizzes) / 3, longest


@pytest.mark.parametrize("slug", SLUGS)
def test_at_least_half_the_questions_are_applied(slug: str) -> None:
    quizzes = lecture_quizzes(slug)
    assert 2 * sum(q.applied for q in quizzes) >= len(quizzes), \
        [q.question for q in quizzes if not q.applied]


def test_the_longest_rule_reads_choices_without_dollar_signs() -> None:
    quiz = Quiz(question="Pick one.", choices=("$a+b+c+d$", "short one", "xx"), correct=0,
                reason="Because.")
    assert quiz.shown_lengths == (7, 9, 2)
    assert not quiz.answer_is_longest
    assert Quiz(question="Pick.", choices=("long answer", "no", "nah"), correct=0,
                reason="Because.").answer_is_longest
