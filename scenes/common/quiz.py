"""The quiz card that closes a chapter: a question, answer choices, a pause, the answer."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Circle,
    FadeIn,
    FadeOut,
    Indicate,
    Mobject,
    SurroundingRectangle,
    Text,
    VGroup,
    VMobject,
)

from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, HEADING, SIDE, STAGE, Region
from scenes.common.prose import check_prose, prose
from scenes.common.script import MARK
from scenes.common.theme import SIZES, Theme

#: How long the viewer gets to think in silence before the answer, in seconds.
THINKING_TIME = 4.0
#: How long the choices take to come on, row after row.
CHOICES_RUN_TIME = 1.5
#: The thinking time is counted down beside the heading, one dot going out each second.
COUNTDOWN_DOT_RADIUS, COUNTDOWN_GAP = 0.1, 0.22


@dataclass(frozen=True)
class Quiz:
    """A chapter's check-your-understanding question with its choices, one of them right.

    Every text is prose (:mod:`scenes.common.prose`): maths between dollar signs, set as
    maths. The question and the reason are also spoken; when they hold maths, say how they are
    read aloud in ``spoken_question`` and ``spoken_reason``.
    """

    question: str
    choices: tuple[str, ...]
    correct: int  # index into choices
    reason: str  # one line: why the right answer is right
    spoken_question: str | None = None
    spoken_reason: str | None = None
    #: True when the question asks the viewer to use an idea (compute, predict, pick the
    #: picture), False when it asks them to recall a sentence.
    applied: bool = False

    def __post_init__(self) -> None:
        if not 3 <= len(self.choices) <= 4:
            raise ValueError(f"a quiz needs 3 or 4 choices, got {len(self.choices)}")
        if not 0 <= self.correct < len(self.choices):
            raise ValueError(f"correct must index the choices, got {self.correct}")
        for text in (self.question, *self.choices, self.reason):
            check_prose(text)
        for text, spoken, name in ((self.question, self.spoken_question, "spoken_question"),
                                   (self.reason, self.spoken_reason, "spoken_reason")):
            if "$" in text and not spoken:
                raise ValueError(f"{text!r} holds maths: give {name}, how it is read aloud")
            if spoken and "$" in spoken:
                raise ValueError(f"{name} is what the narrator says: no $ in {spoken!r}")

    @property
    def said_question(self) -> str:
        return self.spoken_question or self.question

    @property
    def said_reason(self) -> str:
        return self.spoken_reason or self.reason

    @property
    def shown_lengths(self) -> tuple[int, ...]:
        """Each choice's length as read: characters without the dollar signs of maths."""
        return tuple(len(choice.replace("$", "")) for choice in self.choices)

    @property
    def answer_is_longest(self) -> bool:
        """Whether the right choice is strictly the longest: a tell that test-wise viewers use."""
        lengths = self.shown_lengths
        return all(lengths[self.correct] > n for i, n in enumerate(lengths) if i != self.correct)

    @property
    def letter(self) -> str:
        """The right answer's letter."""
        return "ABCD"[self.correct]


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
    never on a hyphen (so "yes-or-no" stays whole). For words without maths."""
    lines = textwrap.wrap(_glue_brackets(text), width, break_on_hyphens=False)
    return Text("\n".join(line.replace(_GLUE, " ") for line in lines), line_spacing=0.9,
                **kwargs)


#: Room left around the card for the box that marks the right answer, in scene units.
_BOX_ROOM = 0.2
#: Width of the letter column of the choices, in scene units.
_LETTER_COLUMN = 0.65


def quiz_card(quiz: Quiz, theme: Theme, region: Region | None = None,
              reason_steps: tuple[str, ...] | None = None
              ) -> tuple[Text, VMobject, VGroup, VMobject]:
    """The heading, question, choice rows (letter and text) and reason, laid out in the
    body region (or ``region``, when a picture takes the rest); the reason sits under the
    choices, to be revealed last. With ``reason_steps`` (the reason cut into pieces, which
    join to it), the reason is a group of those pieces, one under the other."""
    heading = Text("Check your understanding", font_size=SIZES.heading,
                   color=theme.highlight)
    area = (BODY if region is None else region).inset(_BOX_ROOM)
    question = prose(quiz.question, area.width, SIZES.formula_large, theme.text)
    rows = VGroup()
    for i, choice in enumerate(quiz.choices):
        letter = prose(f"{'ABCD'[i]}.", _LETTER_COLUMN, SIZES.formula, theme.text)
        body = prose(choice, area.width - _LETTER_COLUMN - 0.2, SIZES.formula,
                     theme.text)
        body.next_to(letter, RIGHT, buff=0.2, aligned_edge=UP)
        rows.add(VGroup(letter, body))
    rows.arrange(DOWN, aligned_edge=LEFT, buff=0.32)
    if reason_steps:
        reason = VGroup(*[prose(step, area.width, SIZES.formula, theme.good)
                          for step in reason_steps]).arrange(DOWN, aligned_edge=LEFT,
                                                             buff=0.15)
    else:
        reason = prose(quiz.reason, area.width, SIZES.formula, theme.good)
    HEADING.place(heading, aligned=LEFT)
    body = VGroup(question, rows, reason).arrange(DOWN, aligned_edge=LEFT, buff=0.45)
    area.place(body, aligned=LEFT)  # the card's middle on the body's middle
    return heading, question, rows, reason


def answer_box(right: Mobject, theme: Theme) -> SurroundingRectangle:
    """The box that marks the right answer: tighter above and below than at the sides, so
    its stroke clears the neighbouring choices' glyphs instead of cutting through them."""
    return SurroundingRectangle(right, color=theme.good, buff=(0.16, 0.08))


def countdown(theme: Theme, heading: Mobject) -> VGroup:
    """One dot for each second of the thinking time, after the heading: the silence shows
    how long it lasts (each dot goes out as its second passes, leaving its ring)."""
    dots = VGroup(*[Circle(radius=COUNTDOWN_DOT_RADIUS, color=theme.highlight, stroke_width=2,
                           fill_opacity=1) for _ in range(round(THINKING_TIME))])
    dots.arrange(RIGHT, buff=COUNTDOWN_GAP)
    return dots.next_to(heading, RIGHT, buff=0.5)


def _unmarked(words: str) -> str:
    """Quiz words as narration: braces would read as marks."""
    return words.replace("{", "(").replace("}", ")")


def play_quiz(scene: LectureScene, quiz: Quiz, picture: Mobject | None = None,
              on_reveal: Callable[[], None] | None = None,
              picture_share: float | None = None,
              picture_region: Region | None = None,
              reason_by_reveal: bool = False,
              reason_steps: tuple[tuple[str, str], ...] | None = None,
              on_reason_step: Callable[[int], None] | None = None) -> VGroup:
    """Clear the screen, ask, pause, answer: three beats. Returns the card, left on screen.

    With a ``picture``, the card takes the stage and the picture the side panel (placed
    there), coming on with the question; ``on_reveal`` is played after the reason appears
    (an update the answer implies, say). With ``reason_by_reveal`` the reason is not faded in
    here: ``on_reveal`` shows it (``scene.quiz_reason``, placed), piece by piece on its words.
    ``picture_share`` (a share of the body's width)
    gives the picture more room than the side panel: the card takes the rest, on the left.
    ``picture_region`` places the picture elsewhere (a wider region right of a card
    narrower than the stage, say).

    ``reason_steps`` reveals the reason piece by piece as it is said: each step is (the
    piece shown, the words that say it); the pieces shown join (with spaces) to the quiz's
    reason and the words to its spoken reason. Step ``i`` comes on at the mark
    ``reason_step_mark(i)``, then ``on_reason_step(i)`` is played (the words may hold
    marks of their own for it to wait for) (in place of
    ``on_reveal``), with the reveal beat's clock at ``scene.reveal_clock``.
    """
    theme = scene.theme
    if reason_steps:
        shown = " ".join(step for step, _ in reason_steps)
        # The words may carry marks of their own, for a picture that moves on them.
        said = " ".join(" ".join(MARK.sub("", words).split()) for _, words in reason_steps)
        if shown != quiz.reason or said != quiz.said_reason:
            raise ValueError("the reason's steps must join to the quiz's reason and its "
                             f"spoken reason: {shown!r} / {said!r}")
    card_region, default_region = STAGE, SIDE
    if picture is not None and picture_share is not None:
        card_region, default_region = BODY.split(1 - picture_share)
    heading, question, rows, reason = quiz_card(
        quiz, theme, region=None if picture is None else card_region,
        reason_steps=None if not reason_steps else tuple(s for s, _ in reason_steps))
    if picture is not None:
        (picture_region or default_region.inset(_BOX_ROOM)).place(picture)
    card = VGroup(heading, question, rows)
    with scene.beat("Check your understanding. {question} "
                    f"{_unmarked(quiz.said_question)}") as b:
        ask = [FadeIn(question), *([] if picture is None else [FadeIn(picture)])]
        if scene.mobjects:  # the card replaces whatever the chapter left on screen
            scene.play(*[FadeOut(m) for m in scene.mobjects], run_time=0.8)
            scene.play(FadeIn(heading, shift=0.2 * DOWN), run_time=0.6)
            b.wait_until("question")
            scene.play(*ask, run_time=1.2)
        else:  # a scene of its own opens on its heading, the question coming at once
            scene.add(heading)
            scene.play(*ask, run_time=1.2)
            b.wait_until("question")
        # The choices come in over the question's last words, all there as it ends, not
        # while it is still being asked (they would be read before the question is heard).
        b.wait_until_before("end", CHOICES_RUN_TIME)
        scene.play(*[FadeIn(r, shift=0.2 * LEFT) for r in rows], lag_ratio=0.3,
                   run_time=CHOICES_RUN_TIME)
    with scene.beat("Pause here and choose an answer before it is revealed.") as b:
        # The thinking time is silence, after the request is spoken (plain holds: nothing
        # is meant to start on the request's last word), counted down in whole seconds.
        spoken = b.time_until("end", minimum=0.0)
        if spoken > 0:
            scene.wait(spoken)
        dots = countdown(theme, heading)
        #: The countdown, for a test that it goes out a dot a second.
        scene.quiz_countdown = dots
        scene.add(dots)
        for dot in dots:
            scene.wait(THINKING_TIME / len(dots))
            dot.set_fill(opacity=0)
        scene.remove(dots)
    #: The choice rows (letter and text), for a reveal that points at a wrong choice.
    scene.quiz_rows = rows
    right = rows[quiz.correct]
    box = answer_box(right, theme)
    #: The box around the right answer, for a test that it clears its neighbours.
    scene.quiz_box = box
    if reason_steps:
        said_reason = " ".join(f"{{{reason_step_mark(i)}}} {words}"
                               for i, (_, words) in enumerate(reason_steps))
    else:
        said_reason = f"{{reason}} {_unmarked(quiz.said_reason)}"
    with scene.beat(f"The answer is {quiz.letter}. {said_reason}") as b:
        others = [r for i, r in enumerate(rows) if i != quiz.correct]
        # The box appears whole while its letter is said (a box being drawn cuts through
        # the letter), the others dimmed at once; the answer glows without growing into the box.
        scene.play(FadeIn(box), *[r.animate.set_opacity(0.6) for r in others], run_time=0.6)
        scene.play(Indicate(right, color=theme.good, scale_factor=1.0), run_time=0.8)
        if reason_steps:
            scene.reveal_clock = b
            for i, piece in enumerate(reason):
                b.wait_until(reason_step_mark(i))
                scene.play(FadeIn(piece, shift=0.2 * UP), run_time=0.8)
                if on_reason_step is not None:
                    on_reason_step(i)
        else:
            b.wait_until("reason")
            if reason_by_reveal and on_reveal is not None:
                #: The placed reason, for a reveal that shows it itself.
                scene.quiz_reason = reason
            else:
                scene.play(FadeIn(reason, shift=0.2 * UP))
        if on_reveal is not None and not reason_steps:
            #: The reveal beat's clock, for a reveal that waits for its words.
            scene.reveal_clock = b
            on_reveal()
    card.add(box, reason)
    return card


def reason_step_mark(i: int) -> str:
    """The mark of the reveal beat at which the reason's step ``i`` is said."""
    return "reason" if i == 0 else f"reason_{i + 1}"


class QuizScene(LectureScene):
    """A chapter's check-your-understanding scene, made from the quiz it declares: a chapter
    writes ``class SigmoidCheck(QuizScene): quiz = QUIZ`` and nothing else."""

    quiz: ClassVar[Quiz]

    #: The picture's share of the body's width (None: the side panel's).
    picture_share: ClassVar[float | None] = None

    #: True when ``quiz_reveal`` shows the reason itself (``self.quiz_reason``), on its words.
    reason_by_reveal: ClassVar[bool] = False

    #: The reason cut into (shown, said) steps, each revealed as it is said (None: at once).
    reason_steps: ClassVar[tuple[tuple[str, str], ...] | None] = None

    def quiz_picture(self) -> Mobject | None:
        """A picture of the question beside the card (none unless a chapter draws one)."""
        return None

    def quiz_reveal(self) -> None:
        """Played after the answer's reason appears, when there is a picture to move."""

    def quiz_picture_region(self) -> Region | None:
        """Where the picture goes (None: the side panel)."""
        return None

    def quiz_reveal_step(self, i: int) -> None:
        """Played after the reason's step ``i`` appears (with ``reason_steps``)."""

    def until_reason_word(self, word: str) -> None:
        """In ``quiz_reveal``: hold until the first word of the spoken reason that starts with
        ``word`` (placed at its share of the reason's words), so a picture moves as it is said."""
        clock = self.reveal_clock
        words = self.quiz.said_reason.split()
        share = next(i for i, w in enumerate(words) if w.startswith(word)) / len(words)
        start = clock.at("reason")
        due = start + share * (clock.at("end") - start) - self.renderer.time
        if due > 1e-3:
            self.wait(due)

    def construct(self) -> None:
        #: The card as it stands at the end (for tests).
        picture = self.quiz_picture()
        self.card = play_quiz(self, self.quiz, picture=picture,
                              on_reveal=None if picture is None else self.quiz_reveal,
                              picture_share=self.picture_share,
                              picture_region=self.quiz_picture_region(),
                              reason_by_reveal=self.reason_by_reveal,
                              reason_steps=self.reason_steps,
                              on_reason_step=self.quiz_reveal_step)
