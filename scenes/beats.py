"""Beats: the unit of narration. Each beat carries the words a narrator would say.

Today those words become subtitles and set a minimum duration for the beat at a normal
speaking pace, so that a scene never rushes past its own narration; each beat is one
slide for manim-slides. Spoken audio will plug into :meth:`LectureScene.beat` later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from manim import UL, ManimColor, MarkupText, Paragraph, Text
from manim_slides import Slide

from scenes.theme import SIZES, current_theme

#: A calm lecturing pace, in words per second (about 150 words a minute).
WORDS_PER_SECOND = 2.5
#: A breath after the last word of a beat, in seconds.
BREATH = 0.5
#: Subtitle cues longer than this many words are split at sentence ends.
MAX_CUE_WORDS = 18


def speaking_time(text: str) -> float:
    """Seconds a narrator needs to say ``text`` at :data:`WORDS_PER_SECOND`, plus a breath."""
    words = len(text.split())
    return words / WORDS_PER_SECOND + BREATH if words else 0.0


def split_cues(text: str) -> list[str]:
    """Sentence-sized pieces of ``text`` of at most about :data:`MAX_CUE_WORDS` words each."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    cues: list[str] = []
    for sentence in sentences:
        if cues and len(cues[-1].split()) + len(sentence.split()) <= MAX_CUE_WORDS:
            cues[-1] = f"{cues[-1]} {sentence}"
        else:
            cues.append(sentence)
    return cues


@dataclass(frozen=True)
class BeatRecord:
    """A finished beat: its narration and where it sits in the scene's timeline (seconds)."""

    narration: str
    start: float
    end: float


class LectureScene(Slide):
    """Base class of every chapter scene: themed background, beats, slide breaks.

    Works with plain ``manim render`` as well as with manim-slides.
    """

    #: manim-slides would otherwise encode every slide a second time, backwards, for its
    #: "previous slide" animation; our decks step back by cutting, so that is wasted time.
    skip_reversing = True

    def setup(self) -> None:
        super().setup()
        self.theme = current_theme()
        self.camera.background_color = ManimColor(self.theme.background)
        for text_class in (Text, MarkupText, Paragraph):
            text_class.set_default(font=SIZES.font)
        self.beats: list[BeatRecord] = []

    def heading(self, text: str) -> Text:
        """The scene's title line, in the same place in every scene: the top-left corner."""
        return Text(text, font_size=SIZES.heading, color=self.theme.text).to_corner(
            UL, buff=0.4)

    @contextmanager
    def beat(self, narration: str) -> Iterator[None]:
        """Play the body's animations as one beat of narration.

        The beat lasts at least as long as the narration takes to say (the animations are
        followed by a hold, never cut); its subtitles cover the whole beat; it is one slide,
        with the narration as speaker notes.
        """
        # A slide starts with each beat; manim-slides drops the empty one before the first.
        self.next_slide(notes=narration)
        start = self.renderer.time
        yield
        elapsed = self.renderer.time - start
        needed = speaking_time(narration)
        if elapsed < needed:
            self.wait(needed - elapsed)  # a hold; in skip mode it only advances the clock
        end = self.renderer.time
        self._add_cues(narration, start, end)
        self.beats.append(BeatRecord(narration, start, end))

    def _add_cues(self, narration: str, start: float, end: float) -> None:
        cues = split_cues(narration)
        words = [len(c.split()) for c in cues]
        total = sum(words) or 1
        t = start
        for cue, n in zip(cues, words, strict=True):
            length = (end - start) * n / total
            # add_subcaption places the cue at (now + offset).
            self.add_subcaption(cue, duration=length, offset=t - self.renderer.time)
            t += length
