"""Title cards: the lecture's opening card, and the card that opens each chapter."""

from __future__ import annotations

from manim import (
    DOWN,
    LEFT,
    RIGHT,
    FadeIn,
    GrowFromCenter,
    Line,
    Text,
    VGroup,
    Write,
)

from scenes.common.beats import LectureScene
from scenes.common.layout import SAFE
from scenes.common.params import scene_params
from scenes.common.theme import SIZES

#: What a lecture file may set for these cards (checked by the catalog, see README).
PARAMETERS = {"title": "str", "subtitle": "str", "narration": "str", "label": "str"}

#: Where a card's words go: the title-safe area with a little more air at its sides, so a
#: long title shrinks before it reaches the margin.
CARD = SAFE.inset(0.35)

#: How long before the end of its words a chapter card stands complete, in seconds.
WHOLE_BEFORE_END = 0.4


class LectureTitle(LectureScene):
    """The lecture's title and subtitle, written in, then held."""

    def construct(self) -> None:
        params = scene_params()
        title = CARD.fit(Text(params.get("title", "Logistic Regression"), color=self.theme.text,
                              font_size=SIZES.display, weight="BOLD"))
        rule = Line(title.get_left(), title.get_right(), stroke_width=2,
                    color=self.theme.class1).next_to(title, DOWN, buff=0.25)
        subtitle = CARD.fit(Text(params.get("subtitle", ""), color=self.theme.muted,
                                 font_size=SIZES.body)).next_to(rule, DOWN, buff=0.4)
        CARD.place(VGroup(title, rule, subtitle))
        with self.beat(params.get("narration", "")):
            self.play(Write(title), run_time=1.5)
            self.play(FadeIn(rule), FadeIn(subtitle, shift=0.3 * DOWN))
            self.wait(1)


class ChapterTitle(LectureScene):
    """A chapter's number and title, between the chapters of the assembled lecture."""

    def construct(self) -> None:
        params = scene_params()
        label = Text(params.get("label", ""), color=self.theme.muted, font_size=SIZES.body)
        title = CARD.fit(Text(params.get("title", ""), color=self.theme.text,
                              font_size=SIZES.title, weight="BOLD"))
        rule = Line(LEFT, RIGHT, stroke_width=2, color=self.theme.class1)
        rule.scale_to_fit_width(min(title.width, 4.0))
        CARD.place(VGroup(label, title, rule).arrange(DOWN, buff=0.35))
        with self.beat(params.get("narration", "")) as b:
            # The card is whole a little before its words end ("Chapter 6: Vocabulary." is
            # said in under two seconds), not still being written after they are said.
            self.play(FadeIn(label, shift=0.2 * DOWN), Write(title), GrowFromCenter(rule),
                      run_time=max(0.5, min(1.2, b.time_until("end", minimum=0.0)
                                            - WHOLE_BEFORE_END)))
            #: When the card stood complete (scene seconds), for its test.
            self.complete_at = self.renderer.time
            self.wait(0.5)


# The chapter cards are added to each chapter by the catalog, not listed here.
SCENES_IN_ORDER = [LectureTitle]
