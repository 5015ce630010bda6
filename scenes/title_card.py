"""The opening card of a lecture: its title and a one-line promise."""

from __future__ import annotations

from manim import DOWN, ORIGIN, FadeIn, Line, Scene, Text, VGroup, Write, config

from scenes.params import scene_params

#: Space kept clear at each side of the frame, in scene units.
MARGIN = 0.75


class LectureTitle(Scene):
    """The lecture's title and subtitle, written in, then held."""

    def construct(self) -> None:
        params = scene_params()
        usable = config.frame_width - 2 * MARGIN
        title = Text(params.get("title", "Logistic Regression"), font_size=56, weight="BOLD")
        if title.width > usable:
            title.scale_to_fit_width(usable)
        rule = Line(title.get_left(), title.get_right(), stroke_width=2).next_to(
            title, DOWN, buff=0.25
        )
        subtitle = Text(params.get("subtitle", ""), font_size=30)
        if subtitle.width > usable:
            subtitle.scale_to_fit_width(usable)
        subtitle.next_to(rule, DOWN, buff=0.4)
        VGroup(title, rule, subtitle).move_to(ORIGIN)
        self.play(Write(title), run_time=1.5)
        self.play(FadeIn(rule), FadeIn(subtitle, shift=0.3 * DOWN))
        self.add_subcaption(params.get("narration", ""), duration=2)
        self.wait(2)


SCENES_IN_ORDER = [LectureTitle]
