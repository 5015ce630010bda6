"""The opening card of a lecture: its title and a one-line promise."""

from __future__ import annotations

from manim import DOWN, ORIGIN, FadeIn, Line, Text, VGroup, Write, config

from scenes.beats import LectureScene
from scenes.params import scene_params
from scenes.theme import SIZES

#: Space kept clear at each side of the frame, in scene units.
MARGIN = 0.75


def fit_width(mob: Text, width: float) -> Text:
    """Shrink ``mob`` to ``width`` if it is wider; never enlarge it."""
    if mob.width > width:
        mob.scale_to_fit_width(width)
    return mob


class LectureTitle(LectureScene):
    """The lecture's title and subtitle, written in, then held."""

    def construct(self) -> None:
        params = scene_params()
        usable = config.frame_width - 2 * MARGIN
        title = fit_width(Text(params.get("title", "Logistic Regression"), color=self.theme.text,
                               font_size=SIZES.title + 12, weight="BOLD"), usable)
        rule = Line(title.get_left(), title.get_right(), stroke_width=2,
                    color=self.theme.class1).next_to(title, DOWN, buff=0.25)
        subtitle = fit_width(Text(params.get("subtitle", ""), color=self.theme.muted,
                                  font_size=SIZES.body), usable).next_to(rule, DOWN, buff=0.4)
        VGroup(title, rule, subtitle).move_to(ORIGIN)
        with self.beat(params.get("narration", "")):
            self.play(Write(title), run_time=1.5)
            self.play(FadeIn(rule), FadeIn(subtitle, shift=0.3 * DOWN))
            self.wait(1)


SCENES_IN_ORDER = [LectureTitle]
