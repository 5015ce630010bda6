"""The quiz card that closes a chapter: a question, answer choices, a pause, the answer."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import ClassVar

from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    FadeIn,
    FadeOut,
    Indicate,
    SurroundingRectangle,
    Text,
    VGroup,
    Write,
    config,
)

from scenes.common.beats import LectureScene
from scenes.common.theme import SIZES

#: How long the viewer gets to think before the answer, in seconds.
THINKING_TIME = 4.0


@dataclass(frozen=True)
class Quiz:
    """A chapter's check-your-understanding question with its choices, one of them right."""

    question: str
    choices: tuple[str, ...]
    correct: int  # index into choices
    reason: str  # one line: why the right answer is right

    def __post_init__(self) -> None:
        if not 3 <= len(self.choices) <= 4:
            raise ValueError(f"a quiz needs 3 or 4 choices, got {len(self.choices)}")
        if not 0 <= self.correct < len(self.choices):
            raise ValueError(f"correct must index the choices, got {self.correct}")


#: Stands in for a space inside brackets while wrapping, so a formula is never split.
_GLUE = "\u00a0"


def _glue_brackets(text: str) -> str:
    """``text`` with the spaces inside (), [] and {} glued (textwrap breaks only at ASCII
    whitespace)."""
    depth, out = 0, []
    for ch in text:
        depth += ch in "([{"
        depth -= ch in ")]}" and depth > 0
        out.append(_GLUE if ch == " " and depth else ch)
    return "".join(out)


def wrapped(text: str, width: int, **kwargs: object) -> Text:
    """``Text`` broken into lines of at most ``width`` characters, never inside brackets and
    never on a hyphen (so "yes-or-no" and "\u2212[y log \u0177 + ...]" stay whole)."""
    lines = textwrap.wrap(_glue_brackets(text), width, break_on_hyphens=False)
    return Text("\n".join(line.replace(_GLUE, " ") for line in lines), line_spacing=0.9,
                **kwargs)


def play_quiz(scene: LectureScene, quiz: Quiz) -> VGroup:
    """Clear the screen, ask, pause, answer: three beats. Returns the card, left on screen."""
    theme = scene.theme
    heading = Text("Check your understanding", font_size=SIZES.caption, color=theme.highlight)
    question = wrapped(quiz.question, 60, font_size=SIZES.body, color=theme.text)
    rows = VGroup()
    for i, choice in enumerate(quiz.choices):
        letter = Text(f"{'ABCD'[i]}.", font_size=SIZES.label, color=theme.text)
        body = wrapped(choice, 66, font_size=SIZES.label, color=theme.text)
        # A hanging indent: wrapped lines start under the text, not under the letter.
        body.next_to(letter, RIGHT, buff=0.2, aligned_edge=UP)
        rows.add(VGroup(letter, body))
    rows.arrange(DOWN, aligned_edge=LEFT, buff=0.25)
    card = VGroup(heading, question, rows).arrange(DOWN, aligned_edge=LEFT, buff=0.4)
    reason = wrapped(quiz.reason, 80, font_size=SIZES.label, color=theme.good)
    reason.next_to(card, DOWN, buff=0.45).align_to(card, LEFT)
    whole = VGroup(card, reason)
    # Fit the card and its answer inside the frame, leaving a margin.
    if whole.width > config.frame_width - 1.2:
        whole.scale_to_fit_width(config.frame_width - 1.2)
    if whole.height > config.frame_height - 1.0:
        whole.scale_to_fit_height(config.frame_height - 1.0)
    whole.move_to(ORIGIN).to_edge(LEFT, buff=0.6)

    with scene.beat(f"Check your understanding. {quiz.question}"):
        if scene.mobjects:  # the card replaces whatever the chapter left on screen
            scene.play(*[FadeOut(m) for m in scene.mobjects], run_time=0.8)
        scene.play(FadeIn(heading, shift=0.2 * DOWN), Write(question), run_time=1.5)
        scene.play(*[FadeIn(r, shift=0.2 * LEFT) for r in rows], lag_ratio=0.3, run_time=1.5)
    with scene.beat("Pause here and choose an answer before it is revealed."):
        scene.wait(THINKING_TIME)
    right = rows[quiz.correct]
    box = SurroundingRectangle(right, color=theme.good, buff=0.12)
    with scene.beat(f"The answer is {'ABCD'[quiz.correct]}. {quiz.reason}"):
        others = [r for i, r in enumerate(rows) if i != quiz.correct]
        scene.play(*[r.animate.set_opacity(0.35) for r in others], run_time=0.6)
        scene.play(Write(box), Indicate(right, color=theme.good, scale_factor=1.05))
        scene.play(FadeIn(reason, shift=0.2 * UP))
    card.add(box, reason)
    return card



class QuizScene(LectureScene):
    """A chapter's check-your-understanding scene, made from the quiz it declares: a chapter
    writes ``class SigmoidCheck(QuizScene): quiz = QUIZ`` and nothing else."""

    quiz: ClassVar[Quiz]

    def construct(self) -> None:
        #: The card as it stands at the end (for tests).
        self.card = play_quiz(self, self.quiz)
