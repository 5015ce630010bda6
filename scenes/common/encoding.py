"""Partial movies encoded with libx264's ``veryfast`` preset instead of its default ``medium``.

At 1080p60 the encoder, not the drawing, bounds a field scene: libx264 spent about 31 ms of
CPU on each frame whose field changes everywhere (the README's profile), more than manim
spends drawing it. manim 0.21 asks libx264 for a constant quality (``crf`` 23) and leaves the
preset at ``medium``, which searches motion harder to save bits. At the same ``crf`` the
``veryfast`` preset gives the same picture quality on a moving field at 1080p (PSNR within 0.1
dB, a smaller file) for about 60 % of the CPU (``scripts/bench_encoder.py``): our frames are
flat colour in slow motion, where the harder search finds little.

``$LECTURE_X264_PRESET`` picks another preset (``medium`` is manim's own), for a before and
after. The partial movies' names (manim's hashes) do not depend on it: the pictures are the same.

The writer also bounds the frames waiting for the encoder. With one encoder at a time
(manim's default) manim queues every frame of a play without limit, and at 1080p the drawing
outruns libx264: frames piled up by the dozen (the encode floor's worker grew to 0.8 GB), each
copy landing in fresh memory the kernel had to map and zero, which cost 15 ms of system time a
frame. Bounded at manim's own queue size for parallel encoding, the drawing waits for the
encoder instead and the frames' memory is used again.

Each frame is converted to yuv420p (what libx264 takes) once, in the rows that changed:
manim turns every frame from RGBA into yuv420p afresh, a held frame (a ``wait`` with nothing
moving, queued once with a count) once per frame of the hold, about 6 ms of CPU a frame at
1080p, for frames the narration holds for seconds at a time and frames where a dot moved.
:mod:`scenes.common.yuv` converts only the rows near those that changed since the last frame.

A held frame is stored once a second, not once a frame. libx264 spends about 9 ms of CPU at
1080p on a frame equal to the one before (half a frame with a small change, whatever the
preset's threads or look-ahead), and about two frames in three of a narrated scene are held.
The hold's frame is encoded at its first frame's time, then once a second of the hold (so that
a player seeking into a long hold finds a frame near), and at its last two frames' times (so
that the last stored frame lasts one frame, whatever a muxer guesses for a last frame). The
movie is variable-rate: each stored frame lasts until the next one's time, and what a player
shows at every frame time is what manim's constant-rate movie shows
(``tests/scenes/test_encoding.py`` decodes both and compares them at every frame time).

Without B-frames (``bf`` 0): frames are stored in the order they are shown, so decoding times
equal showing times. With B-frames, manim's join of the partial movies (which lets the muxer
guess decoding times from the last few showing times) lagged by seconds after a gap, and
Debian's ffmpeg, which joins the lecture, read such a scene as 0.7 s longer than its frames.
Without them ``veryfast`` encodes a moving 1080p field in 19 ms a frame instead of 23, into a
file a quarter larger at about the same quality (``scripts/bench_encoder.py --bframes
preset,0``: PSNR 29.63 dB against 29.72).
"""

from __future__ import annotations

import os
from fractions import Fraction

from manim import Scene, config
from manim.scene.scene_file_writer import SceneFileWriter, _PartialMovieEncodeJob
from manim.typing import PixelArray

from scenes.common.yuv import RowwiseYuv420

#: The environment variable naming the libx264 preset.
ENV_PRESET = "LECTURE_X264_PRESET"
#: libx264's presets, fastest first.
PRESETS = ("ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow",
           "slower", "veryslow", "placebo")
DEFAULT_PRESET = "veryfast"
#: The longest a held frame goes without being stored again, in seconds (see the docstring).
HOLD_STEP_SECONDS = 1.0
#: The last frames of a hold stored one after the other (see the docstring).
HOLD_TAIL = 2


def hold_offsets(num_frames: int, step: int) -> list[int]:
    """The frames of a hold of ``num_frames`` at which its frame is stored: its first, every
    ``step``-th, and its last :data:`HOLD_TAIL`."""
    tail = max(0, num_frames - HOLD_TAIL)
    return [*range(0, tail, max(1, step)), *range(tail, num_frames)]


def x264_preset() -> str:
    """The preset to encode with: ``$LECTURE_X264_PRESET`` or ``veryfast``."""
    preset = os.environ.get(ENV_PRESET, "").strip() or DEFAULT_PRESET
    if preset not in PRESETS:
        raise ValueError(f"{ENV_PRESET}={preset!r} is not a libx264 preset; "
                         f"known presets: {', '.join(PRESETS)}")
    return preset


class HoldOnceEncodeJob(_PartialMovieEncodeJob):
    """manim's encoder for one partial movie, each frame converted to yuv420p once however
    long it is held, and only in the rows that changed since the last (:mod:`scenes.common.yuv`),
    a held frame stored once a second of the hold (see the module's docstring)."""

    def _encode_and_write_frame(self, frame: PixelArray, num_frames: int) -> None:
        if self.stream.pix_fmt != "yuv420p" or (self.stream.width, self.stream.height) != (
                frame.shape[1], frame.shape[0]):
            super()._encode_and_write_frame(frame, num_frames)  # left as manim makes it
            return
        converter = getattr(self, "_yuv", None)
        if converter is None:  # the class was swapped in after manim's __init__
            converter = self._yuv = RowwiseYuv420()
        converted = converter(frame)
        converted.time_base = 1 / Fraction(self.stream.codec_context.framerate)  # frames
        start = getattr(self, "_next_pts", 0)
        step = round(HOLD_STEP_SECONDS * float(config.frame_rate))
        for offset in hold_offsets(num_frames, step):
            converted.pts = start + offset
            for packet in self.stream.encode(converted):
                self.container.mux(packet)
        self._next_pts = start + num_frames


class PresetFileWriter(SceneFileWriter):
    """manim's file writer, its libx264 partial movies encoded with :func:`x264_preset`."""

    def open_partial_movie_stream(self, file_path=None) -> None:  # noqa: ANN001 (manim's)
        super().open_partial_movie_stream(file_path)
        context = self._current_encode_job.stream.codec_context
        # The codec opens at the first frame, so options set now are the ones it uses.
        # (.webm and transparent renders use other codecs: left as manim makes them.)
        if context.name == "libx264":
            context.options = {**context.options, "preset": x264_preset(), "bf": "0"}
        if type(self._current_encode_job) is _PartialMovieEncodeJob:
            # Its thread waits on the empty queue; the method is looked up per frame.
            self._current_encode_job.__class__ = HoldOnceEncodeJob
        queue = self._current_encode_job.queue
        if queue.maxsize == 0:  # manim's serial encoding: unbounded (see the module's note)
            with queue.mutex:  # the encoder thread is already waiting on it
                queue.maxsize = frames_in_flight()


def frames_in_flight() -> int:
    """How many drawn frames may wait for the encoder: manim's queue size for parallel
    encoding (``encoder_queue_size``, 8 by default)."""
    return max(1, int(config.encoder_queue_size))


def encode_with_preset(scene: Scene) -> None:
    """Give ``scene``'s renderer the preset file writer.

    manim builds its renderer, and the renderer its file writer, inside ``Scene.__init__``
    without a way to name the writer's class; the writer has opened nothing yet, and
    :class:`PresetFileWriter` adds no state, so its class is replaced in place.
    """
    writer = getattr(scene.renderer, "file_writer", None)
    if type(writer) is SceneFileWriter:
        writer.__class__ = PresetFileWriter
