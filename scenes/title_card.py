"""The opening card of a lecture: its title and a one-line promise."""

from __future__ import annotations

from manim import DOWN, FadeIn, Line, Scene, Text, Write

from scenes.params import scene_params


class LectureTitle(Scene):
    """The lecture's title and subtitle, written in, then held."""

    def construct(self) -> None:
        params = scene_params()
        title = Text(params.get("title", "Logistic Regression"), font_size=56, weight="BOLD")
        subtitle = Text(params.get("subtitle", ""), font_size=30).next_to(title, DOWN, buff=0.5)
        rule = Line(title.get_left(), title.get_right(), stroke_width=2).next_to(
            title, DOWN, buff=0.2
        )
        subtitle.next_to(rule, DOWN, buff=0.4)
        self.play(Write(title), run_time=1.5)
        self.play(FadeIn(rule), FadeIn(subtitle, shift=0.3 * DOWN))
        self.add_subcaption(params.get("narration", ""), duration=2)
        self.wait(2)


SCENES_IN_ORDER = [LectureTitle]
