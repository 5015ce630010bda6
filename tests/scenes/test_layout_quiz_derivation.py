"""The layout checker catches what it should; the quiz card and derivation pass it."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout import layout_problems, quiz_box_problems
from manim import DOWN, RIGHT, FadeIn, Text
from scene_harness import build

from scenes.common.beats import LectureScene
from scenes.common.layout import SAFE
from scenes.common.pieces import Derivation
from scenes.common.quiz import CHOICES_RUN_TIME, THINKING_TIME, Quiz, play_quiz


class Crowded(LectureScene):
    def construct(self) -> None:
        a = Text("overlapping words")
        b = Text("more words").move_to(a.get_center() + 0.2 * RIGHT)
        c = Text("far away").shift(9 * RIGHT)
        self.play(FadeIn(a), FadeIn(b), FadeIn(c))


class Twins(LectureScene):
    def construct(self) -> None:
        a, b = Text("same words"), Text("same words")
        c, d = Text("other words").shift(2 * DOWN), Text("other words").shift(2 * DOWN)
        d.shift(0.2 * RIGHT)
        self.play(FadeIn(a), FadeIn(b), FadeIn(c), FadeIn(d))


def test_a_text_laid_exactly_on_its_twin_is_not_an_overlap(tmp_path: Path) -> None:
    problems = layout_problems(build(Twins, tmp_path))
    assert problems == ["Text('other words') overlaps Text('other words')"]


def test_layout_checker_reports_overlap_and_text_off_frame(tmp_path: Path) -> None:
    scene = build(Crowded, tmp_path)
    problems = layout_problems(scene)
    assert any("overlaps" in p for p in problems)
    assert any("'far away'" in p and "leaves the frame" in p for p in problems)
    with pytest.raises(AssertionError, match="after animation 1"):
        build(Crowded, tmp_path, check_layout=True)


QUIZ = Quiz(
    question="Which value does the sigmoid take at z = 0?",
    choices=("0", "0.5", "1", "It depends on the weights"),
    correct=1,
    reason="1 / (1 + e^0) = 1/2: a score of zero is a coin flip.",
)


class QuizDemo(LectureScene):
    def construct(self) -> None:
        self.card = play_quiz(self, QUIZ)


def test_quiz_card_asks_pauses_and_answers_inside_the_frame(tmp_path: Path) -> None:
    scene = build(QuizDemo, tmp_path, check_layout=True)
    ask, pause, answer = scene.beats
    assert "Which value" in ask.narration
    assert pause.end - pause.speech_end >= THINKING_TIME  # silence to think, after the words
    assert answer.narration.startswith("The answer is B.")


class CountedQuiz(QuizDemo):
    """The quiz, noting at every hold how many countdown dots are lit."""

    def wait(self, duration: float = 1.0, **kwargs: object) -> None:
        dots = getattr(self, "quiz_countdown", None)
        lit = None if dots is None or dots not in self.mobjects else sum(
            d.get_fill_opacity() > 0.5 for d in dots)
        self.holds = [*getattr(self, "holds", []), (duration, lit)]
        super().wait(duration, **kwargs)


def test_the_thinking_time_is_counted_down_a_dot_a_second(tmp_path: Path) -> None:
    scene = build(CountedQuiz, tmp_path, check_layout=True)
    counted = [(d, lit) for d, lit in scene.holds if lit is not None]
    n = round(THINKING_TIME)
    assert counted == [(pytest.approx(THINKING_TIME / n), n - k) for k in range(n)]
    assert scene.quiz_countdown not in scene.mobjects  # gone before the answer
    # In a row after the heading, inside the title-safe area (manim keeps a text's words
    # without their spaces).
    heading = next(m for m in scene.mobjects
                   if isinstance(m, Text) and m.text == "Checkyourunderstanding")
    dots = scene.quiz_countdown
    assert dots.get_left()[0] > heading.get_right()[0]
    assert all(d.get_y() == pytest.approx(heading.get_y(), abs=0.05) for d in dots)
    assert SAFE.contains(dots)


def test_the_choices_come_as_the_question_ends_not_while_it_is_asked(tmp_path: Path) -> None:
    scene = build(QuizDemo, tmp_path, check_layout=True)
    ask = scene.beats[0]
    starts = [t for t, _ in scene.animation_starts if t < ask.end]
    question_start, choices_start = starts[0], starts[-1]
    assert len(starts) == 2
    # The question is on screen first; the choices come over its last words.
    assert choices_start > question_start + 1.0
    assert choices_start == pytest.approx(ask.speech_end - CHOICES_RUN_TIME, abs=0.05)


def test_the_answer_box_clears_the_choices_above_and_below(tmp_path: Path) -> None:
    scene = build(QuizDemo, tmp_path)
    assert scene.quiz_box in scene.mobjects
    assert not quiz_box_problems(scene)
    scene.quiz_box.stretch(2, dim=1)  # a box grown into its neighbours is caught
    assert quiz_box_problems(scene) == ["the answer box touches choice A",
                                        "the answer box touches choice C"]


def test_quiz_rejects_malformed_questions() -> None:
    with pytest.raises(ValueError, match="3 or 4 choices"):
        Quiz("q", ("a", "b"), 0, "r")
    with pytest.raises(ValueError, match="index the choices"):
        Quiz("q", ("a", "b", "c"), 3, "r")


class DerivationDemo(LectureScene):
    def construct(self) -> None:
        self.d = Derivation(
            [[r"g'(z)", "=", r"\frac{e^{-z}}{(1+e^{-z})^2}"],
             [r"=", r"g(z)", r"\,(1-g(z))"]],
            self.theme, notes=["chain rule", "split the fraction"],
        )
        self.play(FadeIn(self.d))
        self.strokes = self.d.strike([(1, 1)])
        self.play(FadeIn(self.strokes))


def test_derivation_terms_are_addressable_and_strikes_cover_them(tmp_path: Path) -> None:
    scene = build(DerivationDemo, tmp_path, check_layout=True)
    term = scene.d.term(1, 1)
    assert term.tex_string == "g(z)"
    stroke = scene.strokes[0]
    assert stroke.get_start() == pytest.approx(term.get_corner([-1, -1, 0]))
    assert stroke.get_end() == pytest.approx(term.get_corner([1, 1, 0]))


def test_quiz_maths_must_be_set_as_maths_and_said_aloud() -> None:
    with pytest.raises(ValueError, match="outside"):
        Quiz("What is g(z) = 1 / (1 + e^(\u2212z))?", ("a", "b", "c"), 0, "r")
    with pytest.raises(ValueError, match="spoken_question"):
        Quiz("What is $g(0)$?", ("a", "b", "c"), 0, "r")
    quiz = Quiz("What is $g(0)$?", ("$0$", "$1/2$", "$1$"), 1, "Half way.",
                spoken_question="What is g of zero?")
    assert quiz.said_question == "What is g of zero?" and quiz.letter == "B"


class CancellingPair(LectureScene):
    def construct(self) -> None:
        self.d = Derivation([[r"\frac{", r"g(z)", r"\cdot x}{", r"g(z)", r"}"]], self.theme)
        self.play(FadeIn(self.d))
        self.top, self.bottom = self.d.term(0, 1), self.d.term(0, 3)
        pair, collapse = self.d.cancel_pair((0, 1), (0, 3), self.theme.highlight)
        self.play(pair)
        self.colours = [m.get_color().to_hex().upper() for m in (self.top, self.bottom)]
        self.play(collapse)


def test_cancelling_terms_are_paired_by_colour_then_collapse(tmp_path: Path) -> None:
    scene = build(CancellingPair, tmp_path, check_layout=True)
    assert scene.colours == [scene.theme.highlight.upper()] * 2
    family = scene.get_mobject_family_members()
    assert scene.top not in family and scene.bottom not in family  # gone from the picture
    assert scene.d.term(0, 2) in family  # what does not cancel stays
