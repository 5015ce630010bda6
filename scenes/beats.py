"""Beats: the unit of narration. Each beat carries the words a narrator would say.

Those words are spoken (when the render asks for a voice, see :mod:`narration.voices`),
become subtitles timed to the audio, and set the beat's minimum duration: the audio plus a
breath, or, without a voice, a normal speaking pace. A scene never rushes past its own
narration, and speech never runs into the next beat. Each beat is one slide for manim-slides.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import ClassVar

from manim import UL, ManimColor, MarkupText, Paragraph, Text
from manim_slides import Slide

from narration.voices import narrator_from_environment
from scenes.theme import SIZES, current_theme
from scripts.build.contract import ENV_BEAT_PREFIX

#: A calm lecturing pace, in words per second (about 150 words a minute).
WORDS_PER_SECOND = 2.5
#: A breath after the last word of a beat, in seconds.
BREATH = 0.5
#: Subtitle cues longer than this many words are split at sentence ends.
MAX_CUE_WORDS = 18
#: Silence between two spoken cues of one beat, in seconds.
CUE_GAP = 0.15


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
    audio: tuple[tuple[str, float, float], ...] = ()  # (clip file, start, end) in the scene


class LectureScene(Slide):
    """Base class of every chapter scene: themed background, beats, slide breaks.

    Works with plain ``manim render`` as well as with manim-slides.
    """

    #: manim-slides would otherwise encode every slide a second time, backwards, for its
    #: "previous slide" animation; our decks step back by cutting, so that is wasted time.
    skip_reversing = True

    #: The lecture parameters this scene reads (see scenes.params); None means all of them.
    #: Listing them lets a parameter change leave the other scenes of the chapter up to date.
    uses_params: ClassVar[tuple[str, ...] | None] = None

    def setup(self) -> None:
        super().setup()
        self.theme = current_theme()
        self.camera.background_color = ManimColor(self.theme.background)
        for text_class in (Text, MarkupText, Paragraph):
            text_class.set_default(font=SIZES.font)
        self.beats: list[BeatRecord] = []
        self.narrator = narrator_from_environment()
        #: ``<chapter>/<Scene>``, naming this scene's beats for recordings and the script.
        self.beat_prefix = os.environ.get(ENV_BEAT_PREFIX, type(self).__name__)

    def heading(self, text: str) -> Text:
        """The scene's title line, in the same place in every scene: the top-left corner."""
        return Text(text, font_size=SIZES.heading, color=self.theme.text).to_corner(
            UL, buff=0.4)

    @contextmanager
    def beat(self, narration: str) -> Iterator[None]:
        """Play the body's animations as one beat of narration.

        The beat lasts at least as long as its speech plus a breath (the animations are
        followed by a hold, never cut); each subtitle cue is shown while it is spoken; it is
        one slide, with the narration as speaker notes.
        """
        # A slide starts with each beat; manim-slides drops the empty one before the first.
        self.next_slide(notes=narration)
        start = self.renderer.time
        cues = split_cues(narration)
        spoken = self._speak(narration, cues, start)
        yield
        elapsed = self.renderer.time - start
        needed = (spoken[-1][2] - start + BREATH) if spoken else speaking_time(narration)
        if elapsed < needed:
            self.wait(needed - elapsed)  # a hold; in skip mode it only advances the clock
        end = self.renderer.time
        if spoken and len(spoken) == len(cues):  # each cue shown while it is spoken
            for cue, (_, cue_start, cue_end) in zip(cues, spoken, strict=True):
                self.add_subcaption(cue, duration=cue_end - cue_start,
                                    offset=cue_start - self.renderer.time)
        elif spoken:  # one recording of the whole beat: its cues share it by word count
            self._add_cues(narration, spoken[0][1], spoken[0][2])
        else:
            self._add_cues(narration, start, end)
        self.beats.append(BeatRecord(narration, start, end, tuple(spoken)))

    def _speak(self, narration: str, cues: list[str], start: float
               ) -> list[tuple[str, float, float]]:
        """Add the beat's speech at ``start``: one clip per cue (the teacher's one recording
        of the beat, if there is one). Returns (file, start, end) per clip, in scene time."""
        if self.narrator is None or not narration.strip():
            return []
        beat_id = f"{self.beat_prefix}/beat-{len(self.beats) + 1:02d}"
        recorded = self.narrator.recorded(beat_id)
        clips = [recorded] if recorded else [self.narrator.speak(c) for c in cues]
        placed: list[tuple[str, float, float]] = []
        t = start
        for clip in clips:
            self.add_sound(str(clip.path), time_offset=t - self.renderer.time)
            placed.append((str(clip.path), t, t + clip.duration))
            t += clip.duration + CUE_GAP
        return placed

    def _add_cues(self, narration: str, start: float, end: float) -> None:
        """Cues spread over [start, end] by word count (no audio to time them by)."""
        cues = split_cues(narration)
        words = [len(c.split()) for c in cues]
        total = sum(words) or 1
        t = start
        for cue, n in zip(cues, words, strict=True):
            length = (end - start) * n / total
            # add_subcaption places the cue at (now + offset).
            self.add_subcaption(cue, duration=length, offset=t - self.renderer.time)
            t += length
