"""The encode floor: one dot crossing the lecture's background, as long as asked.

What any scene of that length costs at least at a given quality: manim's start, Cairo
drawing a frame and the encoder writing it. ``scripts/bench_publish.py`` renders it beside each
scene it measures, in the same run, and divides.

    ENCODE_FLOOR_SECONDS=53 manim render -qh scripts/encode_floor.py EncodeFloor
"""

from __future__ import annotations

import os

from manim import LEFT, RIGHT, Dot, ManimColor, Scene, linear

from scenes.common.encoding import encode_with_preset
from scenes.common.theme import current_theme

#: The environment variable holding the floor's length in seconds.
ENV_SECONDS = "ENCODE_FLOOR_SECONDS"


class EncodeFloor(Scene):
    """A dot moving from left to right for ``ENCODE_FLOOR_SECONDS`` seconds."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        encode_with_preset(self)  # encoded as the lecture's scenes are

    def construct(self) -> None:
        seconds = float(os.environ.get(ENV_SECONDS, "10"))
        if seconds <= 0:
            raise ValueError(f"{ENV_SECONDS} must be positive, not {seconds}")
        theme = current_theme()
        self.camera.background_color = ManimColor(theme.background)
        dot = Dot(6 * LEFT, radius=0.12, color=ManimColor(theme.class1))
        self.add(dot)
        self.play(dot.animate.move_to(6 * RIGHT), run_time=seconds, rate_func=linear)
