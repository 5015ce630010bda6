"""Beats: the unit of narration. Each beat carries the words a narrator would say.

Those words are spoken (when the render asks for a voice, see :mod:`narration.voices`),
become subtitles timed to the audio, and set the beat's minimum duration: the audio plus a
breath, or, without a voice, a normal speaking pace. A scene never rushes past its own
narration, and speech never runs into the next beat. Each beat is one slide for manim-slides.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from manim import UL, ManimColor, MarkupText, Paragraph, Text
from manim.utils.exceptions import EndSceneEarlyException
from manim_slides import Slide

from narration.voices import narrator_from_environment
from scenes.common.axis_shading import with_shared_axis_shading
from scenes.common.compositing import with_box_compositing
from scenes.common.encoding import encode_with_preset
from scenes.common.glyphs import copy_glyphs_cheaply
from scenes.common.layers import with_still_layers
from scenes.common.script import (
    END,
    MAX_RATE,
    Script,
    UnknownMark,
    caption_cues,
    cue_times,
    plain,
    readable,
)
from scenes.common.theme import SIZES, current_theme
from scenes.common.typeface import use_sans_maths
from scripts.build.contract import ENV_BEAT_PREFIX

#: A calm lecturing pace, in words per second (about 150 words a minute).
WORDS_PER_SECOND = 2.5
#: A breath after the last word of a beat, in seconds.
BREATH = 0.5
#: A still hold after a scene's last beat, in seconds: the closing picture (a quiz's answer,
#: a result just named) stays on screen long enough to read before the next scene cuts in.
CLOSING_HOLD = 1.5
#: Silence between two spoken clips of one beat (at a mark), in seconds.
CUE_GAP = 0.15
#: Shortest time a caption stays up, in seconds (shorter cues borrow from the silence after).
MIN_CUE = 1.0


def speaking_time(text: str) -> float:
    """Seconds a narrator needs to say ``text`` at :data:`WORDS_PER_SECOND`, plus a breath."""
    words = len(plain(text).split())
    return words / WORDS_PER_SECOND + BREATH if words else 0.0


@dataclass(frozen=True)
class BeatRecord:
    """A finished beat: its narration (marks removed), where it sits in the scene's timeline
    (seconds), where its marks fell, and its speech clips (file, start, end)."""

    narration: str
    start: float
    end: float
    audio: tuple[tuple[str, float, float], ...] = ()
    marks: tuple[tuple[str, float], ...] = ()
    speech_end: float = 0.0


class BeatClock:
    """What a beat's body uses to put pictures on their words: the scene time of each mark.

    ``wait_until(mark)`` holds the picture until the mark's word is spoken (what a sentence
    describes stays on screen while it is said); ``time_until(mark)`` is the run time that
    makes an animation end on the mark. ``"end"`` is the end of the beat's speech.
    """

    def __init__(self, scene: LectureScene, marks: dict[str, float]):
        self.scene = scene
        self.marks = marks

    def at(self, mark: str) -> float:
        """The scene time at which ``mark``'s word is spoken."""
        if mark not in self.marks:
            known = ", ".join(sorted(self.marks)) or "none"
            raise UnknownMark(f"this beat has no mark {{{mark}}}; its marks: {known}")
        return self.marks[mark]

    def time_until(self, mark: str, minimum: float = 0.1) -> float:
        """Seconds from now until ``mark`` (at least ``minimum``, a run time must be > 0)."""
        return max(self.at(mark) - self.scene.renderer.time, minimum)

    def ready_by(self, mark: str, longest: float, gap: float = 0.35) -> float:
        """A run time that ends ``gap`` seconds before ``mark`` (at most ``longest``, at least
        0.4 s): a transform is finished, never caught half way, when the next words begin."""
        return max(0.4, min(longest, self.time_until(mark) - gap))

    def wait_until(self, mark: str) -> None:
        """Hold the picture until ``mark`` (nothing to do if it has passed)."""
        due = self.at(mark) - self.scene.renderer.time
        self.scene.waited_marks.append((mark, self.at(mark)))
        if due > 1e-6:
            self.scene.wait(due)

    hold_until = wait_until

    def wait_until_before(self, mark: str, lead: float) -> None:
        """Hold the picture until ``lead`` seconds before ``mark``: an animation of that
        length then ends on the word (nothing to do if that moment has passed)."""
        due = self.at(mark) - lead - self.scene.renderer.time
        if due > 1e-6:
            self.scene.wait(due)


class LectureScene(Slide):
    """Base class of every chapter scene: themed background, beats, slide breaks.

    Works with plain ``manim render`` as well as with manim-slides.
    """

    #: manim-slides would otherwise encode every slide a second time, backwards, for its
    #: "previous slide" animation; our decks step back by cutting, so that is wasted time.
    skip_reversing = True

    #: The lecture parameters this scene reads (see scenes.common.params); None means all of them.
    #: Listing them lets a parameter change leave the other scenes of the chapter up to date.
    uses_params: ClassVar[tuple[str, ...] | None] = None

    #: Images composited over their own box, their warp kept while still
    #: (``scenes.common.compositing``): same pixels, several times faster at 1080p. False
    #: gives manim's own path (the test comparing the two).
    box_compositing: ClassVar[bool] = True

    #: Runs of mobjects that hold still over moving ones drawn once per play into a layer
    #: (``scenes.common.layers``): the same pixels to 2 levels, a fraction of Cairo's work.
    still_layers: ClassVar[bool] = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        encode_with_preset(self)  # scenes.common.encoding: 60 % of the encoder's CPU
        copy_glyphs_cheaply()  # scenes.common.glyphs: texts copy many times faster

    @property
    def camera_class(self) -> type:
        return self._camera_class

    @camera_class.setter
    def camera_class(self, base: type) -> None:
        # manim's Scene.__init__ stores the camera class (ThreeDScene passes its own) and
        # then builds the renderer from it: the one place to give every scene the faster path.
        camera = with_box_compositing(base) if self.box_compositing else base
        # scenes.common.layers: still mobjects over moving ones drawn once per play.
        camera = with_still_layers(camera) if self.still_layers else camera
        # scenes.common.axis_shading: a 3-D axis's gradient once a frame, not once a piece.
        self._camera_class = with_shared_axis_shading(camera)

    def setup(self) -> None:
        super().setup()
        self.theme = current_theme()
        self.camera.background_color = ManimColor(self.theme.background)
        for text_class in (Text, MarkupText, Paragraph):
            text_class.set_default(font=SIZES.font)
        use_sans_maths()
        self.beats: list[BeatRecord] = []
        #: (mark, time) for every mark the scene waited for, in order (for the timing tests).
        self.waited_marks: list[tuple[str, float]] = []
        self.narrator = narrator_from_environment()
        #: ``<chapter>/<Scene>``, naming this scene's beats for recordings and the script.
        self.beat_prefix = os.environ.get(ENV_BEAT_PREFIX, type(self).__name__)

    def tear_down(self) -> None:
        """Hold the closing picture (a static hold: it costs almost nothing to render)."""
        if self.beats:
            try:
                self.wait(CLOSING_HOLD)
            except EndSceneEarlyException:
                # ``manim render -n FIRST,LAST`` stopped the scene before its end: no hold.
                super().tear_down()
                return
            # The hold belongs to the last beat: its slide and its clip keep the picture too.
            self.beats[-1] = replace(self.beats[-1], end=self.renderer.time)
        super().tear_down()

    def heading(self, text: str) -> Text:
        """The scene's title line, in the same place in every scene: the top-left corner."""
        return Text(text, font_size=SIZES.heading, color=self.theme.text).to_corner(
            UL, buff=0.4)

    @contextmanager
    def beat(self, narration: str) -> Iterator[BeatClock]:
        """Play the body's animations as one beat of narration.

        ``narration`` may carry marks (``{name}``, see :mod:`scenes.common.script`); the body
        gets a :class:`BeatClock` to wait for them. The beat lasts at least as long as its
        speech plus a breath (the animations are followed by a hold, never cut); each caption
        is shown while its words are spoken; the beat is one slide, with the narration (marks
        removed) as speaker notes.
        """
        script = Script.parse(narration)
        # A slide starts with each beat; manim-slides drops the empty one before the first.
        self.next_slide(notes=script.text)
        start = self.renderer.time
        spans, clips = self._speak(script, start)
        marks = {s.mark: t0 for s, (t0, _) in zip(script.segments, spans, strict=True)
                 if s.mark is not None}
        speech_end = spans[-1][1] if spans else start
        marks[END] = speech_end
        yield BeatClock(self, marks)
        elapsed = self.renderer.time - start
        needed = (speech_end - start + BREATH) if script.text else 0.0
        if elapsed < needed:
            self.wait(needed - elapsed)  # a hold; in skip mode it only advances the clock
        end = self.renderer.time
        self._caption(script, spans, end)
        self.beats.append(BeatRecord(script.text, start, end, tuple(clips),
                                     tuple((m, t) for m, t in marks.items() if m != END),
                                     speech_end))

    def _speak(self, script: Script, start: float
               ) -> tuple[list[tuple[float, float]], list[tuple[str, float, float]]]:
        """Lay the beat's speech down from ``start``: one clip per segment between marks (or
        the teacher's one recording of the beat, marks falling by word position), or, without
        a voice, the speaking pace. Returns each segment's (start, end) and the clips placed
        as (file, start, end), all in scene time."""
        segments = script.segments
        words = [len(s.text.split()) for s in segments]
        if self.narrator is None or not script.text:
            spans, t = [], start
            for n in words:
                spans.append((t, t + n / WORDS_PER_SECOND))
                t += n / WORDS_PER_SECOND
            return spans, []
        beat_id = f"{self.beat_prefix}/beat-{len(self.beats) + 1:02d}"
        recorded = self.narrator.recorded(beat_id)
        if recorded:
            self.add_sound(str(recorded.path), time_offset=start - self.renderer.time)
            per_word = recorded.duration / max(sum(words), 1)
            spans, t = [], start
            for n in words:
                spans.append((t, t + n * per_word))
                t += n * per_word
            return spans, [(str(recorded.path), start, start + recorded.duration)]
        spans, clips, t = [], [], start
        for segment in segments:
            if not segment.text:  # a mark with no words after it (at the very end)
                spans.append((t, t))
                continue
            clip = self.narrator.speak(segment.text)
            self.add_sound(str(clip.path), time_offset=t - self.renderer.time)
            spans.append((t, t + clip.duration))
            clips.append((str(clip.path), t, t + clip.duration))
            t += clip.duration + CUE_GAP
        return spans, clips

    def _caption(self, script: Script, spans: list[tuple[float, float]], end: float) -> None:
        """Captions for each segment, over the time its words are spoken, at least
        :data:`MIN_CUE` long where the silence after allows (never past the beat's end)."""
        timed: list[tuple[str, float, float]] = []
        for segment, (t0, t1) in zip(script.segments, spans, strict=True):
            if segment.text:
                cues = caption_cues(segment.text)
                timed += [(c, a, b) for c, (a, b) in zip(cues, cue_times(cues, t0, t1),
                                                          strict=True)]
        lengthened = []
        for i, (cue, a, b) in enumerate(timed):
            limit = timed[i + 1][1] if i + 1 < len(timed) else end
            # At least a second, and long enough to read, where the silence after allows.
            least = max(MIN_CUE, len(cue.replace("\n", " ")) / MAX_RATE)
            lengthened.append((cue, a, min(max(b, a + least), limit)))
        for cue, a, b in readable(lengthened):
            # add_subcaption places the cue at (now + offset).
            self.add_subcaption(cue, duration=b - a, offset=a - self.renderer.time)
