"""Chapter 0: the spam problem. A least-squares line fitted to 0/1 labels tilts under one far,
obviously-spam email, and its 0.5 rule starts getting easy emails wrong."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UP,
    Arrow,
    Axes,
    Circle,
    Create,
    DashedLine,
    DashedVMobject,
    Dot,
    FadeIn,
    FadeOut,
    GrowArrow,
    Indicate,
    Line,
    MathTex,
    NumberLine,
    Polygon,
    Rectangle,
    ReplacementTransform,
    RoundedRectangle,
    SurroundingRectangle,
    Text,
    Transform,
    Triangle,
    ValueTracker,
    VGroup,
    VMobject,
    linear,
    smooth,
)

from core import (
    boundary_segment,
    held_line_far_errors,
    least_squares_sweep,
    logistic_sweep,
    newton_method,
    predict_proba,
    spam_sweep,
)
from core.least_squares import total_squared_error
from core.squash import line_score, squash_thetas, squashed_line
from scenes.common.beats import LectureScene
from scenes.common.layout import BODY, GUTTER, HEADING, Region
from scenes.common.pieces import ReadoutPanel
from scenes.common.plots import (
    AXIS_STROKE,
    DOT_RADIUS,
    function_axes,
    point_cloud,
    polyline,
    tick_numbers,
)
from scenes.common.quiz import Quiz, QuizScene
from scenes.common.script import MARK
from scenes.common.theme import SIZES, Theme

#: The feature axis shows the far email's whole journey.
X_RANGE = (0.0, 31.0)
#: Half-unit steps from -0.5, so every tick falls on a half (0, 0.5 and 1 are numbered);
#: the line's values over the whole sweep stay inside (a test checks).
Y_RANGE = (-0.5, 1.75)
#: Far-point positions in the sweep: enough for one per frame at 15 fps over the slide.
N_POSITIONS = 120
#: The flaws scene's y range, held the whole scene: tall enough for the first line's value at
#: the far email's last position (about 3.6), so the far email's square is seen whole in a
#: frame that never rescales (a test checks).
FLAWS_Y_RANGE = (-0.5, 3.75)
#: The close-up of the corner where the first line dips under zero (its x and y ranges): drawn
#: in the band over the flaws plot, outside its axes, its width in scene units.
FLOOR_ZOOM_X = (0.0, 2.25)
FLOOR_ZOOM_Y = (-0.2, 0.15)
FLOOR_LENS_WIDTH = 4.0
#: The band over the flaws plot (its height taken from the body's top) where the close-ups
#: stand, each named over its box: nothing but the emails sits inside the plot's axes.
FLAWS_BAND = 1.0
FLAWS_PLOT = Region("flaws plot", BODY.left, BODY.right, BODY.bottom, BODY.top - FLAWS_BAND)
#: How far right of the y-axis' name the close-ups start, the gap between the two squares'
#: close-ups, and the gap from a close-up's name to its box.
BAND_LEFT_GAP = 0.5
BAND_GAP = 0.5
BAND_NAME_GAP = 0.08
#: Where (in x) the notes in the flaws plot start: clear of the y-axis' numbers; and where
#: the squares' total is written (its right end, its middle's height): in the plot's lower
#: right, between the heights 0 and one half, where no line, square or leader ever passes
#: while it stands (a test checks).
NOTES_LEFT = 1.2
PANEL_RIGHT = 30.5
PANEL_AT = 0.25
#: How far (in x) inside the close-up's frame its dashed line ends.
LENS_INSET = 0.1
#: How far right (in x) the notes in the flaws plot may reach: the held line's far square
#: starts right of them (a test checks).
FLAW_NOTES_RIGHT = 21.0
#: The numbered heights of the flaws scene: every tick, evenly, from 0 up to the top.
TALL_Y_NUMBERS = tuple(float(v) for v in np.arange(0.0, FLAWS_Y_RANGE[1], 0.5))
#: Height of the strip of notes (legend, readouts, the flaws) over the plot.
NOTES_HEIGHT = 0.8
#: The notes over the plot, and the plot under them across the whole body: the plot is what
#: every beat of this chapter is about, so it takes the full width.
NOTES = Region("notes", BODY.left, BODY.right, BODY.top - NOTES_HEIGHT, BODY.top)
PLOT = Region("plot", BODY.left, BODY.right, BODY.bottom, BODY.top - NOTES_HEIGHT - GUTTER)
#: The height at which the first line is named (the name's bottom): under the "called spam"
#: name at the plot's top, over the spam emails' row; and how far left of the line the name
#: ends.
FIRST_LINE_NAME_AT = 1.2
FIRST_LINE_NAME_GAP = 0.1
#: The emails' dots in the plots that span the far email's whole journey (half a unit is a
#: dozen pixels there): as big as neighbours half a unit apart allow, their rims apart; and
#: the radius of the ring put on an email as the rule starts getting it wrong (rings of
#: neighbours touch, never cross a dot).
WIDE_DOT = 0.08
FLIP_RING = 0.1
#: The radius of the one ring drawn round the emails the rule gets wrong during the drag
#: (round one email, or round a run of them, never a ring each).
FLIP_MARK = 0.13
#: The close-up of where the answers flip (min, max, tick step): the emails that stay put
#: (half a step past the last number, which the plot's box would strike through).
ZOOM_X_RANGE = (0.0, 14.5, 1.0)
#: The close-up of where the two flipped emails' stems end, just under the one-half line:
#: the corner of the plot it magnifies (x from, x to, y from, y to: round both feet and the
#: line's crossing) and its box in the plot (x from, x to, y from, y to: the plot's empty
#: upper left, over the line and left of the spam emails; tests check).
FEET_ZOOM = (5.25, 6.4, 0.45, 0.59)
#: Its box stands in the notes' strip over the plot, this far from the legend and readouts.
FEET_LENS_GAP = 0.25
#: The fix's plot: the S's band (0 to 1 with a margin) fills it, under a strip for the fix's
#: note and the S's readouts (two rows of sentences).
S_Y_RANGE = (-0.25, 1.55)
S_NOTES = Region("S notes", BODY.left, BODY.right, BODY.top - 0.9, BODY.top)
S_PLOT = Region("S plot", BODY.left, BODY.right, BODY.bottom, BODY.top - 0.9 - GUTTER)
#: Where the far email is dragged to.
SWEEP_END = 28.0
#: The height (in the S's plot) of the faint least-squares line's readout.
LS_PANEL_AT = 0.25
#: Where (in x) that readout ends: at the plot's right, under the one-half line and its "0.5"
#: (a test checks).
LS_PANEL_RIGHT = 30.5
#: The S's fits carry a small L2: the spam emails are separable, so plain maximum likelihood
#: has no finite weights (the S would sharpen into a step). This much keeps its rise gentle
#: enough to pass through in-between probabilities at the emails either side of the gap,
#: while its crossing stays put and it is still sure of the far email (tests check).
S_L2 = 0.5
#: The share of the S's penalty with which it is fitted to stand for the step it sharpens
#: into without one.
STEP_L2_SHARE = 1e-3
#: The email whose probability is read off the S as the words call its output one: the
#: spam email nearest the gap (its value well between 0 and 1: a test checks).
READ_EMAIL_X = 5.5
#: Where (in x) the line is shown pulled onto the S: twice on the right, where it runs above
#: one (clear of the far email), and on the left, in the gap between the quiet emails' dots
#: (a test checks).
PULL_AT = (24.5, 29.5, 2.5)
#: How hard the line's height over one half is stretched before the sigmoid squashes it, in
#: the fix's first step (the S the line itself bends into, before it is refitted): enough for
#: the S to flatten onto one at the far right and to sit near zero over every not-spam email,
#: where the words say it runs nearly zero and saturates (a test checks).
SQUASH_GAIN = 30.0
#: The squash shown on one point of the line before the whole line bends: where (in x) the
#: point is taken (its score in the sigmoid's rise, between emails' dots: a test checks).
PIPE_AT = 7.5
#: The sigmoid's own graph, drawn while it is named and the one point goes through it: its
#: score axis (min, max, tick step), and its box in the S's plot (x from, x to, the box's
#: bottom height): over the line and the spam emails' row, right of the y-axis' name and
#: left of where the line rises past one (a test checks).
Z_RANGE = (-6.0, 6.0, 2.0)
PIPE_BOX = (0.8, 19.0, 1.14)
#: The score axis' numbered ticks in the sigmoid's box (the score's dot is read against them).
Z_TICKS = (-4.0, 0.0, 4.0)
#: How far under the one-half line the least-squares line's crossing tick starts (clear of
#: the S's crossing dot, a fraction of a unit from it).
LS_TICK_GAP = 0.13
#: Where (in x) the S's name sits, under its flat top, in the plot's empty middle.
S_NAME_AT = 15.0
#: Where (x of its right end, height) the note on the S at the far email sits: under the
#: S's flat top, down and left of the far email, left of the one-half line's "0.5" (a test
#: checks).
SURE_LABEL_AT = (27.2, 0.72)
#: What the S's value at the far email is shown above (it is below 1 at every position, and
#: above this at every one: a test checks).
SURE_ABOVE = 0.999
#: An earlier least-squares line (the first line, the quiz's old line): dashed in the line's
#: own colour, dimmed. Grey dashes are kept for the one-half threshold alone, and thin solid
#: grey lines for the floor and ceiling at 0 and 1.
OLD_LINE_OPACITY = 0.6
#: The near emails' squares (in their close-up, apart): outlined, with a light fill; dimmed,
#: not gone, while the words follow the far email's alone.
NEAR_SQUARE_FILL = 0.6
DIM_SQUARE = 0.25
#: Their outlines' opacity while dimmed (still seen on the dark ground).
DIM_SQUARE_STROKE = 0.75
#: The near emails where their squares are drawn apart, at the plot's own scale (one unit
#: up is as many pixels as on the plot, and one unit across as many as one up): every square
#: compared or added is drawn at one scale. Two panels, one over the other: the spam emails'
#: (x and y ranges, their squares hang from 1) over the not-spam emails' (theirs stand on
#: 0); where (in x of the plot) their left edges are: at the plot's top, over where the
#: dashed first line passes and left of the far email's held square (a test checks).
SQUARES_SPAM_X = (4.7, 9.7)
SQUARES_SPAM_Y = (0.38, 1.12)
SQUARES_HAM_X = (0.0, 4.2)
SQUARES_HAM_Y = (-0.12, 0.5)
#: The gap (in x) a square's side is chosen to leave from its neighbours' where it can.
SQUARE_GAP = 0.15


#: A one-letter variable standing alone in a readout's words (x, y or z).
_VARIABLE = re.compile(r"(?<![A-Za-z])[xyz](?![A-Za-z])")


#: The slant of the face's oblique (its italic is its roman sheared, by about 12 degrees).
_OBLIQUE = np.array([[1.0, 0.21, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])


def sans(words: str, font_size: int, colour: str, **kwargs) -> Text:
    """Words in the text face with each one-letter variable (x, y, z) slanted, as TeX sets it
    in a formula (TeX sets maths in this same face): a readout's x is the formula's x. (The
    glyph is sheared in place, on its own baseline: a run in the italic face would sit
    lower than its neighbours.)"""
    text = Text(words, font_size=font_size, color=colour, **kwargs)
    for m in _VARIABLE.finditer(words):
        glyph = text[len("".join(words[:m.start()].split()))]  # (no glyph for a space)
        glyph.apply_matrix(_OBLIQUE, about_point=glyph.get_bottom())
    return text


def old_line(start: np.ndarray, end: np.ndarray, theme: Theme, width: float = 3,
             dash_length: float = 0.12) -> DashedLine:
    """An earlier least-squares line from ``start`` to ``end``, dashed and dimmed."""
    return DashedLine(start, end, color=theme.highlight, dash_length=dash_length,
                      stroke_width=width, stroke_opacity=OLD_LINE_OPACITY)


def underline(mob, theme: Theme) -> Line:
    """A mark under ``mob`` in the text colour: what the words are about (emphasis is never
    in a colour some data are drawn in)."""
    return Line(mob.get_corner(DOWN + LEFT), mob.get_corner(DOWN + RIGHT), color=theme.text,
                stroke_width=3).shift(0.07 * DOWN)


def plot_frame(axes: Axes, theme: Theme) -> Rectangle:
    """The plot's box, thin and grey: a line leaving the plot is seen to leave it at an edge,
    not to end in mid-air."""
    (x0, x1), (y0, y1) = axes.x_range[:2], axes.y_range[:2]
    lo, hi = axes.c2p(x0, y0), axes.c2p(x1, y1)
    return Rectangle(width=hi[0] - lo[0], height=hi[1] - lo[1], color=theme.muted,
                     stroke_width=1.5, stroke_opacity=0.6).move_to((lo + hi) / 2)


def bound_lines(axes: Axes, theme: Theme) -> VGroup:
    """The floor and ceiling of a probability, at heights 0 and 1: thin solid grey lines."""
    return VGroup(*[Line(axes.c2p(X_RANGE[0], v), axes.c2p(X_RANGE[1], v), color=theme.muted,
                         stroke_width=1.5, stroke_opacity=0.8) for v in (0, 1)])


def spam_axes(theme: Theme, region: Region, y_range: tuple[float, float] = Y_RANGE,
              y_numbers: tuple[float, ...] | None = None,
              x_range: tuple[float, float, float] = (*X_RANGE, 5),
              y_step: float = 0.5) -> tuple[Axes, VGroup]:
    """The emails' axes with their names, filling ``region``: the axes, and the group of axes
    and names (placed together, so the names stay inside the region). ``x_range`` is
    (min, max, step): every step after the origin is numbered."""
    # Room left for the y numbers beside the axes, the x name under the box and the y name
    # over it (the x numbers sit inside the box, under the axis at 0).
    axes = function_axes(theme, x_range, (y_range[0], y_range[1], y_step),
                         x_length=region.width - 0.95, y_length=region.height - 1.0,
                         # No "0" under the origin: the y-axis would strike it through.
                         x_numbers=np.arange(x_range[0] + x_range[2], x_range[1] + 1e-9,
                                             x_range[2]),
                         y_numbers=(np.arange(y_range[0], y_range[1] + 1e-9, 0.5)
                                    if y_numbers is None else y_numbers),
                         number_size=SIZES.label)
    # Under the whole box (not under the axis at 0, where notes below zero go).
    x_label = Text("how often the email says \u201cfree\u201d", font_size=SIZES.label,
                   color=theme.muted).next_to(axes, DOWN, buff=0.12)
    y_label = Text("label", font_size=SIZES.label, color=theme.muted).next_to(
        axes.y_axis, UP, buff=0.1)
    # The plot's box last (the names keep their places in the group): lines that leave the
    # plot end at a drawn edge.
    group = VGroup(axes, x_label, y_label, plot_frame(axes, theme))
    region.place(group)
    return axes, group


def class_legend(theme: Theme) -> VGroup:
    """Spam and not spam, one under the other."""
    rows = VGroup(*[
        VGroup(Dot(radius=0.08, color=colour), sans(words, SIZES.label, theme.text)).arrange(
            RIGHT, buff=0.15)
        for colour, words in ((theme.class1, "spam: y = 1, positive"),
                              (theme.class0, "not spam: y = 0, negative"))])
    return rows.arrange(DOWN, aligned_edge=LEFT, buff=0.1)


def clipped_line(axes: Axes, intercept: float, slope: float) -> np.ndarray | None:
    """Ends of the line ``intercept + slope * x`` inside the plot, in scene coordinates."""
    # y = b + m x  <=>  b + m x - y = 0: core clips such a line to the plot's box.
    x_range = (float(axes.x_range[0]), float(axes.x_range[1]))
    y_range = (float(axes.y_range[0]), float(axes.y_range[1]))
    segment = boundary_segment(np.array([intercept, slope, -1.0]), x_range, y_range)
    return None if segment is None else np.array([axes.c2p(*p) for p in segment])


def first_line_name(axes: Axes, intercept: float, slope: float, theme: Theme) -> VGroup:
    """The first line's name, on the side of it away from the later (flatter) lines: just left
    of where it rises through ``FIRST_LINE_NAME_AT``, its lower right corner beside the line
    (no leader: a short level one read as an underscore), in the text colour on a backing
    (grey on the shaded band was hard to read)."""
    at = axes.c2p((FIRST_LINE_NAME_AT - intercept) / slope, FIRST_LINE_NAME_AT)
    name = Text("first line", font_size=SIZES.label, color=theme.text)
    name.add_background_rectangle(color=theme.background, opacity=0.8, buff=0.06)
    # Its lower right corner level with where it meets the line: the line, rising to the
    # right, stays under and right of the words.
    name.move_to(at + FIRST_LINE_NAME_GAP * LEFT, aligned_edge=DOWN + RIGHT)
    return VGroup(name)


def email_dots(axes: Axes, x: np.ndarray, y: np.ndarray, theme: Theme,
               radius: float = DOT_RADIUS) -> VGroup:
    """One dot per email at (its count of "free", its label), coloured by the label."""
    return point_cloud(axes, np.column_stack([x, y]), y, theme, radius=radius)


def spam_zone(axes: Axes, crossing: Callable[[], float], theme: Theme) -> tuple[Polygon, Text]:
    """The band right of the 0.5 crossing, where the rule says spam, and its name; both
    follow ``crossing`` as the line tilts."""

    (_, right), (bottom, top) = axes.x_range[:2], axes.y_range[:2]

    def corners() -> list[np.ndarray]:
        c = crossing()
        return [axes.c2p(c, bottom), axes.c2p(right, bottom), axes.c2p(right, top),
                axes.c2p(c, top)]

    zone = Polygon(*corners(), stroke_width=0, fill_color=theme.class1, fill_opacity=0.13)
    zone.add_updater(lambda m: m.set_points_as_corners([*corners(), corners()[0]]))
    label = Text("called spam", font_size=SIZES.label, color=theme.class1)
    label.add_updater(lambda m: m.move_to(
        axes.c2p(crossing(), top) + np.array([m.width / 2 + 0.15, -0.25, 0])))
    return zone, label


def value_stubs(axes: Axes, x: np.ndarray, fitted: np.ndarray, theme: Theme) -> VGroup:
    """For each email at ``x`` (a spam email, at height 1), a stub down from it to the line,
    ending on a dot at the line's value ``fitted``: what the 0.5 rule reads for it."""
    stubs = VGroup()
    for xi, fi in zip(x, fitted, strict=True):
        foot = axes.c2p(float(xi), 1.0)
        value = axes.c2p(float(xi), float(fi))
        stubs.add(VGroup(Line(foot, value, color=theme.text, stroke_width=3),
                         Dot(value, radius=0.06, color=theme.text)))
    return stubs


def stub_values(axes: Axes, x: np.ndarray, fitted: np.ndarray, theme: Theme) -> Text:
    """The line's values at the stubbed emails, all under one half, right of the stubs and
    under the one-half line (on a backing: it sits on the shaded band)."""
    # Each value with its email's x, so which is which is read, not worked out.
    values = ",  ".join(f"x = {xi:g}: {v:.2f}" for xi, v in zip(x, fitted, strict=True))
    label = sans(f"{values},  both < 0.5", SIZES.label, theme.text)
    label.move_to(axes.c2p(float(max(x)), 0.5) + np.array([0.75, -0.3, 0.0]),
                  aligned_edge=UP + LEFT)
    label.add_background_rectangle(color=theme.background, opacity=0.85, buff=0.06)
    return label


class LeastSquaresLineTilts(LectureScene):
    """A least-squares line on 0/1 labels tilts as one far spam email slides right."""

    def construct(self) -> None:
        theme = self.theme
        sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
        x0, y = sweep.X[0], sweep.y
        far = sweep.far_index
        axes, plot = spam_axes(theme, PLOT)
        # Until the far email is dragged, the plot shows the emails' own range (the close-up's):
        # they fill it. It pulls back to the whole journey as the drag begins.
        naxes, nplot = spam_axes(theme, PLOT, x_range=ZOOM_X_RANGE)
        self.open_axes = naxes  # for the tests
        heading = self.heading("Chapter 0 \u00b7 The spam problem")

        # Step: the data
        dots = email_dots(axes, x0, y, theme, radius=WIDE_DOT)
        ndots = email_dots(naxes, x0, y, theme)
        legend = NOTES.place(class_legend(theme), aligned=UP + LEFT)
        # The answer written by the height's name as it is said: one of two labels.
        # The new term tied to the labels by a colon (spaced apart, it read as a third axis
        # name): answers that are one of a few labels make this classification.
        labels_tag = sans("y \u2208 {0, 1}:", SIZES.label, theme.text).next_to(
            nplot[2], RIGHT, buff=0.3)
        class_tag = Text("classification", font_size=SIZES.label, color=theme.text,
                         slant="ITALIC").next_to(labels_tag, RIGHT, buff=0.15)
        self.class_tags = VGroup(labels_tag, class_tag)  # for the tests
        with self.beat("{dots} Here is an inbox of twelve emails: every dot is one email. "
                       "{position} Its position says how often it uses the word free; "
                       "{height} its height is the answer we want, a yes or a no, zero or one, "
                       "not a price: {classify} picking one of a small set of labels like this "
                       "is called classification. "
                       "{classes} One is for spam, the positive class, zero for not, the "
                       "negative class."
                       ) as b:
            self.play(FadeIn(heading), FadeIn(naxes), FadeIn(nplot[1:]), run_time=0.6)
            b.wait_until("dots")
            self.play(*[FadeIn(d, scale=0.5) for d in ndots], lag_ratio=0.05, run_time=1)
            b.wait_until("position")
            # The x-axis title stays lit through its sentence, then goes back to grey.
            self.play(Indicate(nplot[1], color=theme.text), run_time=1.2)
            self.play(nplot[1].animate.set_color(theme.text), run_time=0.3)
            b.wait_until("height")
            self.play(nplot[1].animate.set_color(theme.muted),
                      Indicate(nplot[2], color=theme.text), FadeIn(labels_tag),
                      run_time=1.2)
            b.wait_until("classify")
            self.play(FadeIn(class_tag, shift=0.2 * RIGHT), run_time=0.8)
            b.wait_until("classes")
            self.play(FadeIn(legend, shift=0.2 * DOWN), run_time=0.8)

        # Step: fit a line, read it with a 0.5 rule
        pos = ValueTracker(float(sweep.positions[0]))

        def index() -> int:
            return int(np.abs(sweep.positions - pos.get_value()).argmin())

        def fit() -> tuple[float, float]:
            p = pos.get_value()
            return (float(np.interp(p, sweep.positions, sweep.intercepts)),
                    float(np.interp(p, sweep.positions, sweep.slopes)))

        def crossing() -> float:
            return float(np.interp(pos.get_value(), sweep.positions, sweep.crossings))

        half = DashedLine(axes.c2p(X_RANGE[0], 0.5), axes.c2p(X_RANGE[1], 0.5),
                          color=theme.muted, dash_length=0.12, stroke_width=2)
        half_label = Text("0.5", font_size=SIZES.label, color=theme.muted).next_to(
            half.get_end(), UP + LEFT, buff=0.1)

        zone, zone_label = spam_zone(axes, crossing, theme)

        line = Line(*clipped_line(axes, *fit()), color=theme.highlight, stroke_width=5)
        line.add_updater(lambda m: m.put_start_and_end_on(*clipped_line(axes, *fit())))
        # The same, still, on the opening plot (nothing moves before the drag).
        nline = Line(*clipped_line(naxes, *fit()), color=theme.highlight, stroke_width=5)
        nhalf = DashedLine(naxes.c2p(ZOOM_X_RANGE[0], 0.5), naxes.c2p(ZOOM_X_RANGE[1], 0.5),
                           color=theme.muted, dash_length=0.12, stroke_width=2)
        nhalf_label = Text("0.5", font_size=SIZES.label, color=theme.muted).next_to(
            nhalf.get_end(), UP + LEFT, buff=0.1)
        nzone, nzone_label = spam_zone(naxes, crossing, theme)
        for mob in (nzone, nzone_label):
            mob.update()
            mob.clear_updaters()
        with self.beat("{line} Least squares gives us the best straight line through these "
                       "points. {rule} Call an email spam wherever the line is above one "
                       "half.") as b:
            b.wait_until("line")
            self.play(Create(nline), run_time=1.5)
            b.wait_until("rule")
            self.play(Create(nhalf), FadeIn(nhalf_label), FadeIn(nzone), FadeIn(nzone_label),
                      run_time=1.2)

        panel = ReadoutPanel(
            [("line crosses 0.5 at x =", crossing, 2),
             ("emails misclassified:", lambda: float(sweep.n_misclassified[index()]), 0)],
            theme, tex_labels=False, font_size=SIZES.body,
        )
        # The readouts' names in the text colour (grey was hard to read), their x slanted as
        # in a formula.
        for row, words in zip(panel, ("line crosses 0.5 at x =", "emails misclassified:"),
                              strict=True):
            row.submobjects[0] = sans(words, SIZES.body, theme.text).move_to(row[0], LEFT)
            # One word space after "=" or ":", on the name's baseline (no name has a
            # descender, so the bottoms are the baseline).
            row[1].next_to(row[0], RIGHT, buff=0.14).align_to(row[0], DOWN)
        NOTES.place(panel, aligned=UP + RIGHT)
        # The 0.5 crossing, followed live while the far email is dragged.
        live_cross = Dot(radius=0.09, color=theme.highlight)
        live_cross.add_updater(lambda m: m.move_to(axes.c2p(crossing(), 0.5)))
        nlive_cross = Dot(naxes.c2p(crossing(), 0.5), radius=0.09, color=theme.highlight)
        with self.beat("At first the rule gets every email right. {watch} Keep an eye on two "
                       "numbers: {crossing} where the line crosses one half, {wrong} and how "
                       "many emails are wrong.") as b:
            # Every email on its right side of the crossing, lit as the words say so.
            self.play(*[Indicate(d, color=theme.good, scale_factor=1.6) for d in ndots],
                      run_time=1.2)
            b.wait_until("watch")
            self.play(FadeIn(panel), run_time=1.2)
            b.wait_until("crossing")
            self.play(FadeIn(nlive_cross, scale=0.5), run_time=0.4)
            # The crossing's name stays lit through its words, as the count's does through
            # its own.
            # (Underlined in the text colour: yellow is the line's own colour.)
            said_mark = underline(panel[0], theme)
            self.said_mark = said_mark  # for the tests
            self.play(Indicate(nlive_cross, color=theme.text, scale_factor=1.8),
                      Indicate(panel[0][0], color=theme.text), Create(said_mark),
                      run_time=1.2)
            b.wait_until("wrong")
            # The count's underline through its words (gone as the drag starts).
            self.play(Transform(said_mark, underline(panel[1], theme)),
                      Indicate(panel[1][0], color=theme.text), run_time=1.2)

        # Step: slide the far email right, the first line left behind as a ghost
        ghost = old_line(line.get_start(), line.get_end(), theme)
        first_cross = Dot(axes.c2p(crossing(), 0.5), radius=0.08, color=theme.highlight,
                          fill_opacity=OLD_LINE_OPACITY)
        far_dot = dots[far]
        far_dot.add_updater(lambda m: m.move_to(axes.c2p(pos.get_value(), 1)))
        ghost_name = first_line_name(axes, float(sweep.intercepts[0]), float(sweep.slopes[0]),
                                     theme)
        self.ghost_name = ghost_name  # for the tests
        # A ring round the emails the rule gets wrong, on from the frame the first flips (the
        # count steps with it), so which email broke is seen as it breaks: a ring on the one,
        # then one ring round both (two rings side by side would overlap at this scale).
        ever_wrong = [i for i in np.flatnonzero(sweep.misclassified.any(axis=0)) if i != far]
        # The ring stays unseen until the words say the answers flipped ("past spam emails
        # the rule used to get right"); the count beside the plot steps live all along.
        flip_alpha = ValueTracker(0.0)

        def flip_shape() -> RoundedRectangle:
            wrong = [i for i in ever_wrong if sweep.misclassified[index()][i]] or ever_wrong
            xs = [dots[i].get_center()[0] for i in wrong]
            ring = RoundedRectangle(corner_radius=FLIP_MARK, height=2 * FLIP_MARK,
                                    width=2 * FLIP_MARK + max(xs) - min(xs),
                                    color=theme.text, stroke_width=3)
            ring.move_to([(max(xs) + min(xs)) / 2, dots[wrong[0]].get_center()[1], 0.0])
            if not sweep.misclassified[index()][ever_wrong].any():
                ring.set_stroke(opacity=0.0)
            else:
                ring.set_stroke(opacity=flip_alpha.get_value())
            return ring

        flip_ring = flip_shape()
        flip_ring.add_updater(lambda m: m.become(flip_shape()))
        self.flip_ring, self.flip_ring_idx = flip_ring, ever_wrong  # for the tests
        self.flip_shape, self.drag_pos = flip_shape, pos  # for the tests
        self.flip_alpha = flip_alpha
        # The far email, the one the words call the easiest spam, ringed as it is named, with
        # a stub from it to the line and the line's value there, both following the drag.
        far_ring = Circle(radius=DOT_RADIUS * 2.2, color=theme.text, stroke_width=3)
        far_ring.add_updater(lambda m: m.move_to(far_dot.get_center()))

        def far_value() -> float:
            return float(np.interp(pos.get_value(), sweep.positions, sweep.far_values))

        far_stub = Line(axes.c2p(sweep.positions[0], 1.0), axes.c2p(sweep.positions[0],
                        far_value()), color=theme.text, stroke_width=3)
        far_stub.add_updater(lambda m: m.put_start_and_end_on(
            axes.c2p(pos.get_value(), 1.0), axes.c2p(pos.get_value(), far_value() + 1e-4)))
        far_panel = ReadoutPanel([("line here:", far_value, 2)], theme, tex_labels=False,
                                 font_size=SIZES.label)
        far_panel[0][0].set_color(theme.text)
        far_panel[0][1].next_to(far_panel[0][0], RIGHT, buff=0.16).align_to(
            far_panel[0][0], DOWN)
        far_panel.add_background_rectangle(color=theme.background, opacity=0.85, buff=0.06)
        # Below and left of the ring: the line runs over it, the one-half line and its name
        # further down.
        far_panel.add_updater(lambda m: m.next_to(far_ring, DOWN + LEFT, buff=0.0))
        self.far_ring, self.far_panel = far_ring, far_panel  # for the tests
        with self.beat("{room} First, pull the view back to make room on the right. "
                       "{drag} Now drag the far email further right, {ghost} leaving the first "
                       "line behind, dashed. {easiest} It is the easiest spam of all, yet the "
                       "line tilts to chase it, {slides} and the crossing slides the wrong "
                       "way, {flips} past spam emails the rule used to get right.") as b:
            b.wait_until("room")
            # The plot pulls back to the far email's whole journey on its own sentence, before
            # the drag (the rescale alone changes the line's drawn slope, so it is not mixed
            # with the tilt); the labels' tags stay over the plot, by the height's name (the
            # shaded zone's name comes under them, inside the plot's box).
            live_cross.update()
            zone.update()
            zone_label.update()
            self.play(*[ReplacementTransform(a, z) for a, z in (
                (naxes, axes), (nplot[1:], plot[1:]), (nline, line), (nhalf, half),
                (nhalf_label, half_label), (nzone, zone), (nzone_label, zone_label),
                (nlive_cross, live_cross), *zip(ndots, dots, strict=True))],
                FadeOut(said_mark), run_time=1.2)
            b.wait_until("drag")
            # The emails the rule gets wrong are boxed on their own words, after the drag (in
            # the text colour, never a class colour; one box, as they sit too close for a
            # ring each): until then the far email, ringed, is what the words follow.
            # One steady drag up to "slides"; the first line, left behind dashed with a dot
            # where it crossed one half, is named on its word while the drag carries on, and
            # the far email is ringed on "easiest".
            # The drag runs on through "the crossing slides the wrong way" and ends just
            # before the flips are named: the slide is seen moving on its own words.
            total = max(b.time_until("flips") - 0.2, 4.0)
            named = min(max(b.time_until("ghost"), 0.0), total - 3.0)
            ringed = min(max(b.time_until("easiest"), named + 1.0), total - 2.0)
            slid = min(max(b.time_until("slides"), ringed + 0.5), total - 1.0)
            first, last = float(sweep.positions[0]), float(sweep.positions[-1])

            def at(t: float) -> float:
                return first + (last - first) * t / total

            self.add(flip_ring)
            if named > 0:
                self.play(pos.animate.set_value(at(named)), run_time=named, rate_func=linear)
            # The first line appears dashed on "ghost", behind the moving line and the emails.
            self.add(ghost, first_cross)
            self.bring_to_front(line, dots, live_cross)
            # (The drag alone is linear: a play-wide rate would slow the fades to the drag's
            # pace, leaving the name dim for seconds.)
            quick = {"rate_func": lambda t: min(1.0, 6 * t)}
            self.play(pos.animate(rate_func=linear).set_value(at(ringed)),
                      FadeIn(ghost_name, **quick), FadeIn(ghost, **quick),
                      FadeIn(first_cross, **quick), run_time=ringed - named)
            self.add(far_stub)
            self.bring_to_front(dots)
            self.play(pos.animate(rate_func=linear).set_value(at(slid)),
                      FadeIn(far_ring, **quick), FadeIn(far_stub, **quick),
                      FadeIn(far_panel, **quick), run_time=slid - ringed)
            # On "slides": an arrow under the one-half line (on it, the line and the two dots
            # would hide it) from the first crossing to the live one, growing with it as the
            # drag carries on through the words.

            def slide_arrow() -> Arrow:
                return Arrow(axes.c2p(float(sweep.crossings[0]), 0.5) + 0.28 * DOWN,
                             axes.c2p(crossing(), 0.5) + 0.28 * DOWN, buff=0,
                             color=theme.highlight, stroke_width=5,
                             max_tip_length_to_length_ratio=0.35)

            slide = slide_arrow()
            slide.add_updater(lambda m: m.become(slide_arrow()))
            self.add(slide)
            self.play(pos.animate(rate_func=linear).set_value(last),
                      # (Lit in place: grown, the name would run into its number.)
                      Indicate(panel[0][0], color=theme.text, scale_factor=1.0),
                      run_time=total - slid)
            slide.clear_updaters()
            # The emails it now gets wrong, ringed as they are named, the count of wrong
            # answers lit with them.
            b.wait_until("flips")
            self.play(flip_alpha.animate.set_value(1.0), Indicate(panel[1], color=theme.text),
                      run_time=1.0)
        far_dot.clear_updaters()
        live_cross.clear_updaters()
        for mob in (far_ring, far_stub, far_panel, *far_panel.numbers, flip_ring):
            mob.clear_updaters()

        for mob in (line, zone, zone_label, panel):
            mob.clear_updaters()

        # Step: a close-up of where the answers flip. The plot's x range shrinks to the emails
        # that stayed (the far email, off its right edge, is marked there), so the stubs, the
        # two crossings and their arrow each get room.
        zaxes, zplot = spam_axes(theme, PLOT, x_range=ZOOM_X_RANGE)
        self.zoom_axes = zaxes  # for the tests
        zdots = email_dots(zaxes, sweep.X[-1], y, theme)
        zline = Line(*clipped_line(zaxes, *fit()), color=theme.highlight, stroke_width=5)
        zghost = old_line(*clipped_line(zaxes, sweep.intercepts[0], sweep.slopes[0]), theme)
        zhalf = DashedLine(zaxes.c2p(ZOOM_X_RANGE[0], 0.5), zaxes.c2p(ZOOM_X_RANGE[1], 0.5),
                           color=theme.muted, dash_length=0.12, stroke_width=2)
        zhalf_label = Text("0.5", font_size=SIZES.label, color=theme.muted).next_to(
            zhalf.get_end(), UP + LEFT, buff=0.1)
        zzone, zzone_label = spam_zone(zaxes, lambda: float(sweep.crossings[-1]), theme)
        for mob in (zzone, zzone_label):  # placed once: the crossing no longer moves
            mob.update()
            mob.clear_updaters()
        old_x, new_x = float(sweep.crossings[0]), float(sweep.crossings[-1])
        zfirst_cross = Dot(zaxes.c2p(old_x, 0.5), radius=0.08, color=theme.highlight,
                           fill_opacity=OLD_LINE_OPACITY)
        zlive_cross = Dot(zaxes.c2p(new_x, 0.5), radius=0.09, color=theme.highlight)
        zghost_name = first_line_name(zaxes, float(sweep.intercepts[0]),
                                      float(sweep.slopes[0]), theme)
        self.zghost_name = zghost_name  # for the tests
        # The far email is off the close-up's right edge: an arrow at its height says where.
        # (Its words on its row, left of the arrow, under the first line.)
        off_arrow = Arrow(zaxes.c2p(ZOOM_X_RANGE[1] - 0.9, 1.0), zaxes.c2p(ZOOM_X_RANGE[1], 1.0),
                          buff=0, color=theme.class1, stroke_width=4,
                          max_tip_length_to_length_ratio=0.3)
        # On two lines, over the arrow and right-aligned with it: between the arrow and the
        # dashed first line, which passes left of the words (their backing hides no line).
        off_name = sans(f"far email\nat x = {sweep.positions[-1]:g}", SIZES.label, theme.text,
                        line_spacing=0.8).next_to(off_arrow, UP, buff=0.1).align_to(
                            off_arrow, RIGHT).shift(0.1 * LEFT)
        off_name.add_background_rectangle(color=theme.background, opacity=0.8, buff=0.06)
        self.off_name = off_name  # for the tests
        # The crossing's slide, under the one-half line, now long enough to read.
        zslide = Arrow(zaxes.c2p(old_x, 0.5) + 0.3 * DOWN, zaxes.c2p(new_x, 0.5) + 0.3 * DOWN,
                       buff=0.05, color=theme.highlight, stroke_width=5,
                       max_tip_length_to_length_ratio=0.2)
        pairs = [(axes, zaxes), (plot[1:], zplot[1:]), (line, zline), (ghost, zghost),
                 (half, zhalf), (half_label, zhalf_label), (zone, zzone),
                 (zone_label, zzone_label), (first_cross, zfirst_cross),
                 (live_cross, zlive_cross), (ghost_name, zghost_name), (slide, zslide),
                 *[(dots[i], zdots[i]) for i in range(len(y)) if i != far]]

        wrong_idx = np.flatnonzero(sweep.misclassified[-1])
        wrong_now = [zdots[i] for i in wrong_idx]
        # The flipped emails stay ringed through the close-up (the rings are carried into
        # it), so "where the answers flipped" is marked as it is said.
        zflip_box = VGroup(*[Circle(radius=2 * FLIP_RING, color=theme.text, stroke_width=3)
                             .move_to(d.get_center()) for d in wrong_now])
        self.zflip_box = zflip_box  # for the tests
        pairs.append((flip_ring, zflip_box))
        # The spam emails stay at 1: it is the line's value at them that is under one half.
        stubs = value_stubs(zaxes, sweep.X[-1, wrong_idx], sweep.fitted[-1, wrong_idx], theme)
        values = stub_values(zaxes, sweep.X[-1, wrong_idx], sweep.fitted[-1, wrong_idx], theme)
        self.stub_values = values  # for the tests
        # The stems' feet are a few pixels under the one-half line: a close-up of that corner
        # in the plot's empty upper left shows them under it, and the line crossing it just
        # right of them. The corner framed on the plot, tied to the close-up by one line.
        fz_x0, fz_x1, fz_y0, fz_y1 = FEET_ZOOM
        feet_corner = Rectangle(width=zaxes.c2p(fz_x1, 0)[0] - zaxes.c2p(fz_x0, 0)[0],
                                height=zaxes.c2p(0, fz_y1)[1] - zaxes.c2p(0, fz_y0)[1],
                                color=theme.text, stroke_width=2)
        feet_corner.move_to(zaxes.c2p(fz_x0, fz_y0), aligned_edge=DOWN + LEFT)
        # The close-up stands over the plot, outside its axes: between the legend and the
        # readouts, from just under the heading down to just over the plot's box (right of
        # the labels' tags).
        lens_lo = np.array([max(legend.get_right()[0], class_tag.get_right()[0]) + FEET_LENS_GAP,
                            zaxes.c2p(0, zaxes.y_range[1])[1] + 0.15, 0.0])
        lens_hi = np.array([panel.get_left()[0] - FEET_LENS_GAP, HEADING.bottom - 0.1, 0.0])
        feet_lens = Axes(x_range=[fz_x0, fz_x1, 0.5], y_range=[fz_y0, fz_y1, 0.05],
                         x_length=lens_hi[0] - lens_lo[0], y_length=lens_hi[1] - lens_lo[1],
                         tips=False, axis_config={"stroke_opacity": 0.0})
        feet_lens.move_to((lens_lo + lens_hi) / 2)
        self.feet_lens = feet_lens  # for the tests
        feet_frame = Rectangle(width=feet_lens.width, height=feet_lens.height,
                               color=theme.text, stroke_width=2, fill_color=theme.background,
                               fill_opacity=1.0).move_to(feet_lens.get_center())
        feet_link = Line(feet_corner.get_top(), [
            min(max(feet_corner.get_top()[0], lens_lo[0] + 0.3), lens_hi[0] - 0.3),
            lens_lo[1], 0.0], color=theme.text, stroke_width=2)
        b_now, m_now = fit()
        inset = 0.04  # the thick strokes' caps stay inside the frame
        feet_half = DashedLine(feet_lens.c2p(fz_x0 + inset, 0.5), feet_lens.c2p(fz_x1 - inset, 0.5),
                               color=theme.muted, dash_length=0.12, stroke_width=3)
        feet_line = Line(*[feet_lens.c2p(e, b_now + m_now * e)
                           for e in (fz_x0 + inset, fz_x1 - inset)],
                         color=theme.highlight, stroke_width=5)
        feet_stems = VGroup(*[
            VGroup(Line(feet_lens.c2p(float(xi), fz_y1), feet_lens.c2p(float(xi), float(fi)),
                        color=theme.text, stroke_width=3),
                   Dot(feet_lens.c2p(float(xi), float(fi)), radius=0.07, color=theme.text))
            for xi, fi in zip(sweep.X[-1, wrong_idx], sweep.fitted[-1, wrong_idx],
                              strict=True)])
        feet_cross = Dot(feet_lens.c2p(new_x, 0.5), radius=0.08, color=theme.highlight)
        # (Its name at the left end, over the rule, left of the stems: the line runs under
        # it there.)
        feet_half_name = Text("0.5", font_size=SIZES.body, color=theme.text).next_to(
            feet_lens.c2p(fz_x0, 0.5), UP + RIGHT, buff=0.08)
        # Each stem named by its email's x, right of its top, over the one-half rule (the
        # line is under the rule there, up to the crossing).
        feet_names = VGroup(*[
            # (A clear gap from its stem: the label size leaves room for it before the next.)
            sans(f"x = {xi:g}", SIZES.label, theme.text).next_to(stem[0].get_start(),
                                                                  DOWN + RIGHT, buff=0.1)
            .shift(0.1 * DOWN)
            for xi, stem in zip(sweep.X[-1, wrong_idx], feet_stems, strict=True)])
        self.feet_names = feet_names  # for the tests
        feet_view = VGroup(feet_frame, feet_half, feet_line, feet_stems, feet_cross,
                           feet_half_name, feet_names)
        self.feet_view = feet_view  # for the tests
        with self.beat("{zoom} Look closer at where the answers flipped; the far email is now "
                       "off to the right. {ringed} At these two spam emails, the line's value, "
                       "{written} written here, is now just under one half, {outside} so they sit "
                       "outside the shaded spam zone: the rule calls them not spam. "
                       "{broken} One harmless-looking point has broken answers that were "
                       "right.") as b:
            b.wait_until("zoom")
            self.play(*[ReplacementTransform(a, z) for a, z in pairs],
                      FadeOut(dots[far]), FadeOut(far_ring),
                      FadeOut(far_stub), FadeOut(far_panel), run_time=1.5)
            self.play(GrowArrow(off_arrow), FadeIn(off_name),
                      Indicate(zflip_box, color=theme.text, scale_factor=1.1), run_time=0.8)
            b.wait_until("ringed")
            # The stubs drop on their word (the count in the panel kept score until then); the
            # box gives way to them.
            self.play(*[Create(st) for st in stubs], FadeOut(zflip_box),
                      *[Indicate(d, color=theme.text, scale_factor=1.6) for d in wrong_now],
                      run_time=1.2)
            b.wait_until("written")
            # Written, and seen up close under the one-half line.
            # (The slide's arrow and the first crossing have made their point: they go, so
            # the framed corner holds only the line, the rule and the stems.)
            self.play(FadeIn(values), Create(feet_corner), FadeOut(zslide),
                      FadeOut(zfirst_cross), run_time=0.6)
            self.play(Create(feet_link), FadeIn(feet_view), run_time=0.8)
            b.wait_until("outside")
            # The shaded zone lit, and the two emails just left of its edge.
            self.play(zzone.animate.set_fill(opacity=0.35),
                      *[Indicate(d, color=theme.text, scale_factor=1.6) for d in wrong_now],
                      run_time=0.8)
            self.play(zzone.animate.set_fill(opacity=0.13), run_time=0.6)
            b.wait_until("broken")
            self.play(Indicate(off_arrow, color=theme.text),
                      Indicate(off_name, color=theme.text), run_time=1.5)


class LiveLine(VGroup):
    """A readout set as one line of text: its words (each piece in its own colour), then a
    value that follows ``getter``, in the same face, size and baseline as the words (a number
    set apart from its label stands taller than the label's letters and leaves a seam). The
    line is set again whenever the value's digits change."""

    def __init__(self, parts: list[tuple[str, str]], getter: Callable[[], float],
                 decimals: int, colour: str, font_size: int) -> None:
        super().__init__()
        self.parts, self.getter, self.decimals = parts, getter, decimals
        self.colour, self.size = colour, font_size
        self.shown = self.digits()
        self.add(self.line(self.shown))
        self.said = self[0].text
        self.add_updater(lambda m: m.refresh())

    @property
    def numbers(self) -> list[LiveLine]:
        """The live values (one), as a readout panel lists them."""
        return [self]

    @property
    def text(self) -> str:
        """The line as set now (a Text's text: no spaces)."""
        return self.said

    def get_value(self) -> float:
        return float(self.getter())

    def digits(self) -> str:
        return f"{self.get_value():.{self.decimals}f}"

    def line(self, digits: str) -> Text:
        text = sans(" ".join([*(words for words, _ in self.parts), digits]), self.size,
                    self.colour)
        at = 0  # (a Text's glyphs leave out its spaces)
        for words, colour in self.parts:
            n = len(words.replace(" ", ""))
            text[at:at + n].set_color(colour)
            at += n
        return text

    def refresh(self) -> None:
        digits = self.digits()
        if digits == self.shown:
            return
        new = self.line(digits)
        # On the old line's first glyph: the words stay put, on their baseline.
        new.shift(self[0][0].get_center() - new[0].get_center())
        new.set_opacity(self[0][0].get_fill_opacity())
        # The same glyphs take the new shapes: a play draws the glyphs it listed as moving
        # when it began, so new ones would leave the old ones standing beside them.
        self[0].become(new)
        self.shown, self.said = digits, new.text


def error_square(axes: Axes, x: float, label: float, fitted: float,
                 left: bool | None = None) -> list[np.ndarray]:
    """Corners of an email's squared error: the gap from its label to the line as one side,
    drawn on screen as a true square, to the left of the email if ``left`` (by default to the
    left of a spam email, to the right of the others, so the two groups spread apart)."""
    foot, top = axes.c2p(x, label), axes.c2p(x, fitted)
    side = abs(float(top[1] - foot[1]))
    away = (LEFT if (label == 1 if left is None else left) else RIGHT) * max(side, 1e-3)
    return [foot, foot + away, top + away, top]


def square_sides(axes: Axes, x: np.ndarray, labels: np.ndarray, fitted: np.ndarray,
                 keep: int, pad: float = 0.0) -> np.ndarray:
    """Which side (True: left) each email's square is drawn on, so that squares of one group
    overlap as little as they can with the line at ``fitted``: the biggest squares are placed
    first, each on its group's usual side (left for spam) unless that overlaps a square
    already placed and the other side overlaps less (each counted ``pad`` x-units wider, so a
    side that leaves a gap is preferred). Email ``keep`` stays on its usual side."""
    scale = axes.c2p(1, 0)[0] - axes.c2p(0, 0)[0]
    height = axes.c2p(0, 1)[1] - axes.c2p(0, 0)[1]
    width = np.abs(fitted - labels) * height / scale  # each square's side in x units
    left = labels == 1
    placed: list[tuple[float, float, float]] = []  # (label, from, to)

    def overlap(label: float, lo: float, hi: float) -> float:
        return sum(max(0.0, min(hi + pad, b) - max(lo - pad, a)) for g, a, b in placed
                   if g == label)

    for i in np.argsort(-width, kind="stable"):
        usual = bool(labels[i] == 1)
        spans = {side: ((x[i] - width[i], x[i]) if side else (x[i], x[i] + width[i]))
                 for side in (usual, not usual)}
        if i != keep and overlap(labels[i], *spans[usual]) > overlap(labels[i],
                                                                     *spans[not usual]):
            left[i] = not usual
        placed.append((float(labels[i]), *spans[bool(left[i])]))
    return left


class TwoFlawsAndTheFix(LectureScene):
    """The two fatal flaws of a line for yes/no answers, and the fix: an S in its place, which
    stays put when the far email is dragged again."""

    def construct(self) -> None:
        theme = self.theme
        sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
        fits = logistic_sweep(sweep, l2=S_L2)
        X, y = sweep.X[-1], sweep.y
        far = sweep.far_index
        # Which far-email position the S is fitted at (dragged in the last step).
        index = ValueTracker(float(N_POSITIONS - 1))
        # Where the far email is (the flaw-two drag), and the far email's position the line
        # is fitted at: the same, except while the line is held still (before it is refitted).
        pos = ValueTracker(float(sweep.positions[-1]))
        line_pos = ValueTracker(float(sweep.positions[-1]))

        def k() -> int:
            return int(round(index.get_value()))

        def ls_fit() -> tuple[float, float]:
            """The least-squares line with the far email where the S's drag has it."""
            return float(sweep.intercepts[k()]), float(sweep.slopes[k()])

        def fit() -> tuple[float, float]:
            p = line_pos.get_value()
            return (float(np.interp(p, sweep.positions, sweep.intercepts)),
                    float(np.interp(p, sweep.positions, sweep.slopes)))

        # Worked out once per position of the far email and of the line (every square asks
        # for it each frame).
        memo: dict[tuple[float, float], np.ndarray] = {}

        def fitted_now() -> np.ndarray:
            """Every email's (x, line's value) with the far email at ``pos`` and the line as
            fitted with it at ``line_pos`` (core's fitted values when the two agree)."""
            p, q = pos.get_value(), line_pos.get_value()
            if (p, q) not in memo:
                memo.clear()
                xs = np.array([np.interp(p, sweep.positions, sweep.X[:, i])
                               for i in range(len(y))])
                if p == q:
                    fs = np.array([np.interp(p, sweep.positions, sweep.fitted[:, i])
                                   for i in range(len(y))])
                else:
                    intercept, slope = fit()
                    fs = intercept + slope * xs
                memo[(p, q)] = np.column_stack([xs, fs])
            return memo[(p, q)]

        # The plot is the subject: the body's width, with one y range for the whole scene
        # (tall enough for the held line's far square), under a band for the close-ups.
        axes, plot = spam_axes(theme, FLAWS_PLOT, y_range=FLAWS_Y_RANGE,
                               y_numbers=TALL_Y_NUMBERS)
        # The band over the plot, right of the y-axis' name: the close-ups stand there, outside
        # the axes, each named over its box.
        band = Region("close-ups", plot[2].get_right()[0] + BAND_LEFT_GAP, BODY.right,
                      plot[3].get_top()[1] + 0.12, BODY.top)
        self.band = band  # for the tests
        self.flaws_axes = axes.copy()  # for the tests (the fix morphs the plot)
        # The heights from 2 up, numbers and tick marks: kept the whole scene, so the far
        # email's square is read against them (the close-ups beside them are boxed apart).
        high_numbers = VGroup(*[n for v, n in zip(TALL_Y_NUMBERS, axes.y_axis.numbers,
                                                  strict=True) if v >= 2.0],
                              *[t for t in axes.y_axis.ticks
                                if axes.p2c(t.get_center())[1] >= 2.0 - 1e-6])
        self.high_numbers = high_numbers  # for the tests
        notes = Region("notes in the plot", axes.c2p(NOTES_LEFT, 0)[0],
                       axes.c2p(X_RANGE[1], 0)[0], axes.c2p(0, 2.0)[1],
                       axes.c2p(0, FLAWS_Y_RANGE[1])[1])
        dots = email_dots(axes, X, y, theme, radius=WIDE_DOT)
        line = Line(*clipped_line(axes, *fit()), color=theme.highlight, stroke_width=5)
        first_line = old_line(*clipped_line(axes, sweep.intercepts[0], sweep.slopes[0]), theme)
        guides = bound_lines(axes, theme)
        heading = self.heading("Two fatal flaws")

        # Each flaw is named in the heading, as it is said (the same way for both); the notes
        # in the plot's empty upper left are the fix's and the S's readouts, later.
        flaw1_heading = self.heading("Flaw 1: outputs leave [0, 1]")
        self.flaw1_heading = flaw1_heading  # for the tests
        fix = Text("The line squashed into an S: it stays between 0 and 1.",
                   font_size=SIZES.body, color=theme.curve)
        notes.place(fix, aligned=UP + LEFT)
        self.fix_note = fix  # for the tests
        fix_named = Text("Logistic regression: fit the sigmoid, an S whose output "
                         "is a probability.",
                         font_size=SIZES.body, color=theme.curve)
        self.fix_named = fix_named  # for the tests
        fix_heading = self.heading("The fix: squash the line into an S")
        # The S's readout in the S's colour, as the line's is in the line's.
        panel = LiveLine([("S crosses 0.5 at x =", theme.curve)],
                         lambda: float(fits.crossings[k()]), 2, theme.curve, SIZES.body)
        self.s_panel = panel  # for the tests
        # The S's value at the far email is below 1 at every position: never rounded to 1.
        # (In the S's colour, as everything said of the S.)
        sure = Text(f"S at the far email: > {SURE_ABOVE:g}", font_size=SIZES.body,
                    color=theme.curve)
        VGroup(panel, sure).arrange(RIGHT, buff=0.8).next_to(fix, DOWN, buff=0.12,
                                                              aligned_edge=LEFT)
        self.sure_note = sure  # for the tests

        # Step: flaw one, outputs that are not probabilities (no floor, no ceiling)
        quiet = int(np.argmin(sweep.X[0]))
        below = float(sweep.fitted[0, quiet])
        over = float(sweep.fitted[-1, far])
        # Out-of-range values are marked in the text colour (a shape and a "< 0" / "> 1"
        # say what is wrong), never red on the yellow line or the orange emails.
        floor_mark = Dot(axes.c2p(X[quiet], below), radius=0.07, color=theme.text)
        # The dip under zero is a few pixels on the plot: a close-up of the corner where the
        # axes meet shows it, in the plot's empty upper left, under the flaws' notes (their
        # place already fixed) and left of the dashed first line, the corner framed on the plot.
        b_first, m_first = float(sweep.intercepts[0]), float(sweep.slopes[0])
        corner = Rectangle(width=axes.c2p(FLOOR_ZOOM_X[1], 0)[0] - axes.c2p(0, 0)[0],
                           height=axes.c2p(0, FLOOR_ZOOM_Y[1])[1]
                           - axes.c2p(0, FLOOR_ZOOM_Y[0])[1],
                           color=theme.text, stroke_width=2)
        corner.move_to(axes.c2p(FLOOR_ZOOM_X[0], FLOOR_ZOOM_Y[0]), aligned_edge=DOWN + LEFT)
        floor_name = Text("the quietest email, close up", font_size=SIZES.label,
                          color=theme.text)
        lens_left = band.left
        lens_right = band.left + FLOOR_LENS_WIDTH
        lens_top = band.top
        lens_bottom = band.bottom
        lens = Axes(x_range=[*FLOOR_ZOOM_X, 0.5], y_range=[*FLOOR_ZOOM_Y, 0.1],
                    x_length=lens_right - lens_left, y_length=lens_top - lens_bottom,
                    tips=False, axis_config={"stroke_opacity": 0.0})
        lens.move_to([(lens_left + lens_right) / 2, (lens_top + lens_bottom) / 2, 0.0])
        self.floor_lens = lens  # for the tests
        lens_frame = Rectangle(width=lens_right - lens_left, height=lens_top - lens_bottom,
                               color=theme.text, stroke_width=2, fill_color=theme.background,
                               fill_opacity=1.0).move_to(lens.get_center())
        # Named right of its box, at its top (the box takes the band's whole height).
        floor_name.next_to(lens_frame, RIGHT, buff=0.25, aligned_edge=UP)
        self.floor_name = floor_name  # for the tests
        # Tied to the framed corner by one line, from the corner's top up to the box.
        link_x = min(max(corner.get_top()[0], lens_left + 0.3), lens_right - 0.3)
        lens_link = Line(corner.get_top(), [link_x, lens_bottom, 0.0], color=theme.text,
                         stroke_width=2)
        lens_zero = Line(lens.c2p(FLOOR_ZOOM_X[0], 0), lens.c2p(FLOOR_ZOOM_X[1], 0),
                         color=theme.muted, stroke_width=2)
        # The dashed first line, lit as it is on the plot while the words are about it.
        # (Its ends a little inside the frame: the thick dashes' caps stay within it.)
        lens_ends = (FLOOR_ZOOM_X[0] + LENS_INSET, FLOOR_ZOOM_X[1] - LENS_INSET)
        lens_line = DashedLine(*[lens.c2p(e, b_first + m_first * e) for e in lens_ends],
                               color=theme.text, stroke_width=5, dash_length=0.12)
        inside = np.flatnonzero(X <= FLOOR_ZOOM_X[1])
        lens_dots = VGroup(*[Dot(lens.c2p(float(X[i]), 0.0), radius=DOT_RADIUS * 1.6,
                                 color=theme.class0, stroke_width=1.5,
                                 stroke_color=theme.background) for i in inside])
        lens_mark = Dot(lens.c2p(float(X[quiet]), below), radius=0.09, color=theme.text)
        lens_stub = Line(lens.c2p(float(X[quiet]), 0.0), lens_mark.get_center(),
                         color=theme.text, stroke_width=3)
        floor_value = MathTex(rf"{below:.2f} < 0", font_size=SIZES.formula,
                              color=theme.text)
        # Right of the box, under its name, level with the mark (clear of the dashed line).
        floor_value.next_to(lens_frame, RIGHT, buff=0.25).align_to(floor_name, LEFT)
        floor_value.set_y(max(lens_mark.get_y(), floor_name.get_bottom()[1] - 0.15
                              - floor_value.height / 2))
        self.floor_value = floor_value  # for the tests
        self.lens_line, self.lens_frame = lens_line, lens_frame  # for the tests
        # (Its value comes on its words, and goes with it.)
        floor_lens = VGroup(lens_frame, lens_zero, lens_line, lens_stub, lens_dots, lens_mark,
                            floor_name)
        floor_leader = VGroup(corner, lens_link)
        ceiling_mark = Dot(axes.c2p(X[far], over), radius=0.09, color=theme.text)
        ceiling_value = MathTex(rf"{over:.2f} > 1", font_size=SIZES.formula_small,
                                color=theme.text).next_to(ceiling_mark, UP, buff=0.15)
        ceiling_value.shift((min(0.0, axes.x_axis.get_right()[0] - ceiling_value.get_right()[0]))
                            * RIGHT)
        # The stretches of the lines outside [0, 1], traced over in the text colour on their
        # words: the line as it stands above 1, the first line below 0.
        b_now, m_now = fit()
        self.ceiling_from = (1.0 - b_now) / m_now  # for the tests
        over_one = Line(axes.c2p(self.ceiling_from, 1.0), axes.c2p(X_RANGE[1],
                        b_now + m_now * X_RANGE[1]), color=theme.text, stroke_width=8)
        over_name = Text("above 1", font_size=SIZES.label, color=theme.text).next_to(
            over_one.point_from_proportion(0.3), UP + LEFT, buff=0.12)
        under_zero = Line(axes.c2p(X_RANGE[0], b_first), axes.c2p(-b_first / m_first, 0.0),
                          color=theme.text, stroke_width=5)
        line.add_updater(lambda m: m.put_start_and_end_on(*clipped_line(axes, *fit())))
        with self.beat("{lines} The solid line is the fit as the drag left it; {first} dashed, "
                       "the first line, from before the drag. The first flaw: {bounds} a line "
                       "has no ceiling: {ceiling} the solid line runs above one on the right, "
                       "{far} past one at the far email, "
                       "{higher} and the dashed first line climbs higher still. {floor} No floor "
                       "either: at the quietest email, marked, the first line {reads} reads "
                       "just under zero. Neither can be a probability.") as b:
            self.play(FadeIn(heading), FadeIn(axes), FadeIn(plot[1:]), FadeIn(dots), FadeIn(line),
                      run_time=0.6)
            b.wait_until("lines")
            self.play(Indicate(line, color=theme.text, scale_factor=1.0), run_time=1.0)
            b.wait_until("first")
            # The first line, dashed, rises into the plot's top (it needs the tall range).
            self.play(Create(first_line), run_time=1.2)
            b.wait_until("bounds")
            self.play(Create(guides), Transform(heading, flaw1_heading), run_time=1.0)
            b.wait_until("ceiling")
            self.play(Create(over_one), FadeIn(over_name), run_time=1.0)
            b.wait_until("far")
            self.play(FadeIn(ceiling_mark, scale=0.5), FadeIn(ceiling_value), run_time=1)
            b.wait_until("higher")
            first_width = first_line.get_stroke_width()
            # The words turn to the dashed first line: it is lit in the text colour, and stays
            # lit while the two flaws of this beat that are about it are said.
            first_colour = first_line.get_color()
            self.play(first_line.animate.set_stroke(color=theme.text, width=5, opacity=1.0),
                      run_time=0.8)
            b.wait_until("floor")
            # The first line dips under zero on "no floor", its value there marked.
            # (The heights the close-up will stand beside go: its dots are not at them.)
            self.play(Create(under_zero), FadeIn(floor_mark, scale=0.5), Create(corner),
                      run_time=0.6)
            self.bring_to_front(dots, floor_mark)  # the quiet emails stay on top of the trace
            self.play(Create(lens_link), FadeIn(floor_lens), run_time=0.8)
            b.wait_until("reads")
            self.play(FadeIn(floor_value, scale=0.8),
                      Indicate(lens_mark, color=theme.text, scale_factor=1.6),
                      run_time=1.0)

        # Step: flaw two, the easiest email does the damage
        half = DashedLine(axes.c2p(X_RANGE[0], 0.5), axes.c2p(X_RANGE[1], 0.5),
                          color=theme.muted, dash_length=0.12, stroke_width=2)
        half_label = Text("0.5", font_size=SIZES.label, color=theme.muted).next_to(
            half.get_end(), UP + LEFT, buff=0.1)
        wrong_idx = np.flatnonzero(sweep.misclassified[-1])
        # Every email's squared error against the line as it stands, kept up to date. The far
        # email's square, the one the words are about, on the plot, outlined bold in the
        # penalty colour. The near emails' squares (half a unit apart, a square's side is up to
        # three of their gaps on the plot, where they merged into one bar) in a close-up of
        # the near emails over them, drawn at one scale both ways: each square is its email's
        # squared error, and none touches another (a test checks). It takes the top of the
        # plot (the second flaw is named in the heading), left of the far email's square.
        flaw2_heading = self.heading("Flaw 2: one far, easy email flips answers")
        # The plot's own scale, up (the squares' sides are heights on it).
        sq_scale = axes.c2p(0, 1)[1] - axes.c2p(0, 0)[1]

        def panel_axes(xr: tuple[float, float], yr: tuple[float, float]) -> Axes:
            return Axes(x_range=[*xr, 1.0], y_range=[*yr, 0.5],
                        x_length=sq_scale * (xr[1] - xr[0]),
                        y_length=sq_scale * (yr[1] - yr[0]),
                        tips=False, axis_config={"stroke_opacity": 0.0})

        spam_lens = panel_axes(SQUARES_SPAM_X, SQUARES_SPAM_Y)
        ham_lens = panel_axes(SQUARES_HAM_X, SQUARES_HAM_Y)
        # Side by side in the band over the plot, in the emails' order (not spam, then
        # spam), their bottoms on the band's, each named over its box.
        ham_lens.move_to([band.left, band.bottom, 0.0], aligned_edge=DOWN + LEFT)
        spam_lens.next_to(ham_lens, RIGHT, buff=BAND_GAP).align_to(ham_lens, DOWN)
        self.squares_lenses = (ham_lens, spam_lens)  # for the tests
        frames = [Rectangle(width=lens.width, height=lens.height, color=theme.text,
                            stroke_width=2, fill_color=theme.background,
                            fill_opacity=1.0).move_to(lens.get_center())
                  for lens in (ham_lens, spam_lens)]
        sq_names = VGroup(*[Text(name, font_size=SIZES.label, color=colour).next_to(
            frame, UP, buff=BAND_NAME_GAP, aligned_edge=LEFT)
            for name, colour, frame in (("not spam, near", theme.class0, frames[0]),
                                        ("spam, near", theme.class1, frames[1]))])
        self.squares_names = sq_names  # for the tests
        sq_frame = VGroup(*frames, sq_names)
        self.squares_frames = frames  # for the tests
        sq_guides = VGroup(Line(ham_lens.c2p(SQUARES_HAM_X[0], 0),
                                ham_lens.c2p(SQUARES_HAM_X[1], 0),
                                color=theme.muted, stroke_width=1.5, stroke_opacity=0.8),
                           Line(spam_lens.c2p(SQUARES_SPAM_X[0], 1),
                                spam_lens.c2p(SQUARES_SPAM_X[1], 1),
                                color=theme.muted, stroke_width=1.5, stroke_opacity=0.8))
        near_i = [i for i in range(len(y)) if i != far]
        lens_of = [spam_lens if y[i] == 1 else ham_lens for i in range(len(y))]
        sq_dots = VGroup(*[Dot(lens_of[i].c2p(float(X[i]), float(y[i])), radius=DOT_RADIUS,
                               color=theme.class1 if y[i] == 1 else theme.class0,
                               stroke_width=1.5, stroke_color=theme.background)
                           for i in near_i])
        sq_line = VGroup(*[Line(*clipped_line(lens, *fit()), color=theme.highlight,
                                stroke_width=4) for lens in (ham_lens, spam_lens)])
        for piece, lens in zip(sq_line, (ham_lens, spam_lens), strict=True):
            piece.add_updater(lambda m, lens=lens: m.put_start_and_end_on(
                *clipped_line(lens, *fit())))
        # Each close-up's stretch of the plot, framed, tied to its box by one line from the
        # stretch's top up to the box's bottom.
        sq_corner, sq_link = VGroup(), VGroup()
        for (xr, yr), frame in zip(((SQUARES_HAM_X, SQUARES_HAM_Y),
                                    (SQUARES_SPAM_X, SQUARES_SPAM_Y)), frames, strict=True):
            source = Rectangle(width=axes.c2p(xr[1], 0)[0] - axes.c2p(xr[0], 0)[0],
                               height=axes.c2p(0, yr[1])[1] - axes.c2p(0, yr[0])[1],
                               color=theme.text, stroke_width=2)
            source.move_to(axes.c2p(xr[0], yr[0]), aligned_edge=DOWN + LEFT)
            sq_corner.add(source)
            to_x = min(max(source.get_top()[0], frame.get_left()[0] + 0.3),
                       frame.get_right()[0] - 0.3)
            sq_link.add(Line(source.get_top(), [to_x, frame.get_bottom()[1], 0.0],
                             color=theme.text, stroke_width=2))
        self.squares_sources = sq_corner  # for the tests
        # Sides chosen (in the close-up) for the tilted line, where the squares are biggest.
        sides = square_sides(ham_lens, sweep.X[-1], y, sweep.fitted[-1], keep=far,
                             pad=SQUARE_GAP)
        self.square_sides = sides  # for the tests
        square_axes = [axes if i == far else lens_of[i] for i in range(len(y))]

        squares = VGroup(*[Polygon(*error_square(square_axes[i], X[i], y[i], X[i],
                                                 bool(sides[i])),
                                   stroke_width=4 if i == far else 3,
                                   stroke_color=theme.loss, stroke_opacity=1.0,
                                   fill_color=theme.loss,
                                   fill_opacity=0.12 if i == far else NEAR_SQUARE_FILL)
                           for i in range(len(y))])
        others = VGroup(*[squares[i] for i in near_i])
        self.near_squares, self.far_square = others, squares[far]  # for the tests

        def fill_others(lit: bool) -> list:
            """The near emails' squares lit (the words are about them) or dimmed."""
            return [sq.animate.set_fill(opacity=NEAR_SQUARE_FILL if lit else DIM_SQUARE)
                    .set_stroke(opacity=1.0 if lit else DIM_SQUARE_STROKE) for sq in others]

        def redraw(i: int) -> Callable[[Polygon], None]:
            def update(square: Polygon) -> None:
                x, f = fitted_now()[i]
                corners = error_square(square_axes[i], float(x), float(y[i]), float(f),
                                       bool(sides[i]))
                square.set_points_as_corners([*corners, corners[0]])
            return update

        # Each square keeps itself up to date.
        for i, square in enumerate(squares):
            redraw(i)(square)
            square.add_updater(redraw(i))
        # The close-up, drawn in order: its backing, the heights 0 and 1, the squares, the
        # line, the emails.
        sq_view = VGroup(sq_frame, sq_guides, others, sq_line, sq_dots)
        dots[far].add_updater(lambda m: m.move_to(axes.c2p(pos.get_value(), 1)))
        # The far email's square, held line against refitted line (core's numbers), each
        # written on the square itself (placed when the square stands still).
        held_errors = held_line_far_errors(sweep, held=0)
        refit_error = float((sweep.far_values[-1] - y[far]) ** 2)
        held_note = MathTex(rf"\text{{squared error }}{held_errors[-1]:.2f}",
                            font_size=SIZES.formula, color=theme.loss)
        refit_note = MathTex(rf"\text{{squared error }}{refit_error:.2f}",
                             font_size=SIZES.formula, color=theme.loss)
        self.square_notes = (held_note, refit_note)  # for the tests
        both = (pos, line_pos)
        # The held line's value at the far email's last position: inside the plot, so the
        # square is seen whole in the frame it started in.
        held_top = float(sweep.intercepts[0] + sweep.slopes[0] * sweep.positions[-1])
        self.held_top = held_top  # for the tests
        # The S's plot, built now: the plot rescales to it as the flipped emails are named
        # (the tall range was for the far square, gone by then), so the one-half rule
        # and the flipped pair are seen at the size of the rest of the chapter.
        saxes, splot = spam_axes(theme, S_PLOT, y_range=S_Y_RANGE, y_numbers=(0.0, 0.5, 1.0),
                                 y_step=0.5)
        self.s_axes = saxes  # for the tests
        # No tick over the ceiling: a probability has no height there to number.
        for tick in saxes.y_axis.ticks:
            if saxes.p2c(tick.get_center())[1] > 1.0 + 1e-6:
                tick.set_stroke(opacity=0.0)
        sdots = email_dots(saxes, X, y, theme, radius=WIDE_DOT)
        sline = Line(*clipped_line(saxes, *fit()), color=theme.highlight, stroke_width=5)
        sguides = bound_lines(saxes, theme)
        shalf = DashedLine(saxes.c2p(X_RANGE[0], 0.5), saxes.c2p(X_RANGE[1], 0.5),
                           color=theme.muted, dash_length=0.12, stroke_width=2)
        shalf_label = Text("0.5", font_size=SIZES.label, color=theme.muted).next_to(
            shalf.get_end(), UP + LEFT, buff=0.1)
        self.s_half_label = shalf_label  # for the tests
        S_NOTES.place(VGroup(fix, panel, sure), aligned=UP + LEFT)
        fix_named.move_to(fix, aligned_edge=LEFT)
        rescale = [(axes, saxes), (plot[1:], splot[1:]), (line, sline), (guides, sguides),
                   (half, shalf), (half_label, shalf_label),
                   *[(dots[i], sdots[i]) for i in range(len(y))]]
        # The emails the refitted line gets wrong, boxed together and named over the box.
        flipped = SurroundingRectangle(VGroup(*[sdots[i] for i in wrong_idx]), color=theme.text,
                                       buff=0.1, corner_radius=0.08, stroke_width=3)
        flipped_name = Text("now wrong", font_size=SIZES.body, color=theme.text).next_to(
            flipped, UP, buff=0.1)
        self.flipped_idx = wrong_idx  # for the tests
        # The squares' total area (core's sum of squared errors) for the line as it stands and
        # the emails where they are, under the flaws: it grows while the line is held, and the
        # refit brings it back down. (Its name has no descender: the number sits on its
        # baseline.)
        total_panel = LiveLine([("total of the areas =", theme.loss)],
                               lambda: total_squared_error(fitted_now()[:, 0], y, *fit()), 2,
                               theme.text, SIZES.body)
        # In the plot's empty lower right, under every line (the first line, held, is far
        # above it there; the refitted one above one half) and clear of the close-ups' leaders.
        total_panel.move_to(axes.c2p(PANEL_RIGHT, PANEL_AT), aligned_edge=RIGHT)
        self.total_panel = total_panel  # for the tests
        # The same total without the far email's square: what the refit trades it for.
        near = np.arange(len(y)) != far
        # What they were under the first line (the line held, before the refit), kept written
        # before the live value, so the growth is read as a before and an after.
        before = total_squared_error(sweep.X[0, near], y[near], float(sweep.intercepts[0]),
                                     float(sweep.slopes[0]))
        others_before = f"{before:.2f} \u2192"
        others_panel = LiveLine(
            [("the other emails' areas =", theme.loss), (others_before, theme.text)],
            lambda: total_squared_error(fitted_now()[near, 0], y[near], *fit()), 2,
            theme.text, SIZES.body)
        self.others_before = (before, others_before)  # for the tests
        # It takes the total's place (one readout under the close-ups at a time).
        others_panel.move_to(total_panel.get_right(), aligned_edge=RIGHT)
        self.others_panel = others_panel  # for the tests
        with self.beat("{second} The second flaw: least squares squares each email's "
                       "error. {punish} Here is the far email's: the gap from its label to the "
                       "line, drawn as a square. {closeup} The near emails' squares are spread "
                       "apart up top, moved sideways only, so every square keeps its size. "
                       "The far email's square is small here only because the line has "
                       "{tilted} already tilted toward it, away from the dashed first line. "
                       "{back} Put it back where it was, {squares} and look at every email's "
                       "square again: least squares makes {total} their total area as small as "
                       "it can. "
                       "{drag} Now drag the far email out again, but hold the line still: "
                       "{grows} the far email's square balloons: it is punished for being too "
                       "right. "
                       "{refit} Refit, and the line tilts toward the far email to shrink that "
                       "square, {grew} while the other emails' squares grow: the very "
                       "tilt that, as we saw up close, {flip} flipped two borderline spam "
                       "emails to wrong.") as b:
            b.wait_until("second")
            # Flaw one's marks and note go (the second flaw's note takes its place); the first
            # line stays, dashed, to show the tilt against. Every email's square comes in as
            # the squaring is said: the far one on the plot, then the near ones close up.
            self.play(Transform(heading, flaw2_heading), FadeOut(floor_mark),
                      FadeOut(floor_leader),
                      first_line.animate.set_stroke(color=first_colour, width=first_width,
                                                    opacity=OLD_LINE_OPACITY),
                      FadeOut(floor_lens), FadeOut(floor_value), FadeOut(ceiling_value),
                      FadeOut(ceiling_mark), FadeOut(over_one), FadeOut(over_name),
                      FadeOut(under_zero), run_time=1.0)
            # A square defined on one email first: the far one's, on the plot, as the gap
            # drawn as a square is said.
            b.wait_until("punish")
            self.play(FadeIn(squares[far]), run_time=0.8)
            self.bring_to_front(first_line, line, dots)
            self.play(Indicate(squares[far], color=theme.loss, scale_factor=1.05), run_time=0.8)
            b.wait_until("closeup")
            # The near ones, spread apart in their close-ups, come in on their words.
            self.play(Create(sq_corner), Create(sq_link), FadeIn(sq_view), run_time=0.8)
            self.play(*[Indicate(sq, color=theme.text, scale_factor=1.0) for sq in others],
                      run_time=0.8)
            b.wait_until("tilted")
            # The words follow the far one again: the near ones dim.
            self.play(*fill_others(False),
                      Indicate(first_line, color=theme.text, scale_factor=1.0), run_time=1.2)
            b.wait_until("back")
            # The line returns onto the first line, which is no longer needed apart from it.
            self.play(*[t.animate.set_value(float(sweep.positions[0])) for t in both],
                      FadeOut(first_line), run_time=1.5)
            b.wait_until("squares")
            self.play(*fill_others(True), run_time=0.6)
            self.play(*[Indicate(sq, color=theme.text, scale_factor=1.0) for sq in squares],
                      run_time=0.8)
            b.wait_until("total")
            self.play(FadeIn(total_panel, shift=0.2 * RIGHT), run_time=0.8)
            b.wait_until("drag")
            # The far email's square is the one the words follow from here: the near ones dim
            # (they still count in the total).
            self.play(*fill_others(False), run_time=0.4)
            # The line stays the first fit while the far email goes out: its square grows.
            self.play(pos.animate.set_value(float(sweep.positions[-1])),
                      run_time=max(b.time_until("grows"), 2.0), rate_func=linear)
            b.wait_until("grows")
            # Left of the square, just over its foot at height 1 (the held line cuts across
            # the square's top and runs high above the words there; under the square, the
            # squares' total stands).
            held_note.next_to(squares[far], LEFT, buff=0.15).align_to(squares[far], DOWN)
            held_note.shift(0.12 * UP)
            self.play(FadeIn(held_note, scale=0.8),
                      Indicate(squares[far], color=theme.loss, scale_factor=1.0), run_time=1.0)
            b.wait_until("refit")
            # Refitted: the line tilts to the fit with the far email where it now is, the near
            # emails' squares bright again so that they are seen to grow as it tilts.
            self.play(*fill_others(True), FadeOut(held_note), run_time=0.5)
            self.play(line_pos.animate.set_value(float(sweep.positions[-1])),
                      run_time=max(min(b.time_until("grew") - 0.5, 2.5), 1.2))
            # Over the small square, right-aligned with the far email: under it, the one-half
            # line that comes next would run through the words.
            refit_note.next_to(squares[far], UP, buff=0.15).align_to(dots[far], RIGHT)
            self.play(FadeIn(refit_note, scale=0.8), run_time=0.5)
            b.wait_until("grew")
            # The trade, in numbers under the total, written on its words: the other emails'
            # areas under the first line and now, grown.
            self.play(FadeOut(total_panel), FadeIn(others_panel, shift=0.2 * RIGHT),
                      *[Indicate(sq, color=theme.text, scale_factor=1.0) for sq in others],
                      run_time=1.0)
            b.wait_until("flip")
            # The near emails' squares and their close-up have done their work; the two
            # emails the tilt got wrong are boxed together (the close-up of the first scene
            # showed their values under one half).
            # The plot rescales to the S's band (-0.25 to 1.55), the far square and its note
            # going: the one-half rule comes in at the new scale.
            for mob in (*squares, dots[far], line, sq_line, *total_panel.numbers,
                        *others_panel.numbers):
                mob.clear_updaters()
            self.play(FadeOut(sq_view), FadeOut(sq_corner), FadeOut(sq_link),
                      FadeOut(others_panel), FadeOut(squares[far]), FadeOut(refit_note),
                      *[ReplacementTransform(a, z) for a, z in rescale
                        if a is not half and a is not half_label],
                      run_time=1.0)
            self.play(Create(shalf), FadeIn(shalf_label), Create(flipped), FadeIn(flipped_name),
                      run_time=0.8)

        # Step: the fix, replace the line with an S. The S lives between 0 and 1, so the plot
        # rescales to that band (the S fills the stage) under a strip for the notes.
        xs = np.linspace(*X_RANGE, 300)

        def s_points(i: int) -> VMobject:
            return polyline(saxes, xs, predict_proba(fits.thetas[i], xs[:, None]),
                            theme.curve, width=5)

        s_curve = s_points(N_POSITIONS - 1)
        # The S's crossing in the boundary colour: yellow stays the least-squares line's.
        s_cross = Dot(radius=0.09, color=theme.boundary)
        s_cross.add_updater(lambda m: m.move_to(saxes.c2p(float(fits.crossings[k()]), 0.5)))
        self.s_curve, self.s_cross = s_curve, s_cross  # for the tests
        # Where the S crosses one half, marked down to the axis before the far email is
        # dragged: the crossing is seen to stay on it.
        s_at = float(fits.crossings[-1])
        s_mark = DashedLine(saxes.c2p(s_at, 0.5), saxes.c2p(s_at, 0.0),
                            color=theme.boundary, dash_length=0.08, stroke_width=3)
        # The S named under its flat top, in the plot's empty middle (its rise, where the
        # probability is read, stays clear).
        s_top = float(predict_proba(fits.thetas[-1], np.array([[S_NAME_AT]]))[0])
        s_name = Text("sigmoid", font_size=SIZES.label, color=theme.curve).next_to(
            saxes.c2p(S_NAME_AT, s_top), DOWN, buff=0.15)
        self.s_name = s_name  # for the tests
        # The S as the model it is, g(theta0 + theta1 x), with its two numbers under its name:
        # first the squashed line's own (core's), then, through the refit, the fitted S's.
        def s_formula(thetas: tuple[float, float]) -> MathTex:
            t0, t1 = thetas
            return MathTex(rf"g(\theta_0 + \theta_1 x) = g({t0:.2f} + {t1:.2f}\,x)",
                           font_size=SIZES.formula, color=theme.curve)

        self.s_thetas = (squash_thetas(*fit(), SQUASH_GAIN),
                         (float(fits.thetas[-1][0]), float(fits.thetas[-1][1])))
        squash_formula, fitted_formula = (s_formula(t) for t in self.s_thetas)
        for f in (squash_formula, fitted_formula):
            f.next_to(s_name, DOWN, buff=0.1).align_to(s_name, LEFT)
        self.s_formula = fitted_formula  # for the tests
        # One email's probability read off the S as its output is called one: a stub down
        # from the borderline spam email to the S, a dot there and its value (core's S),
        # right of the dot and under the S's rise.
        read_i = int(np.argmin(np.abs(X - READ_EMAIL_X)))
        read_p = float(predict_proba(fits.thetas[-1], np.array([[X[read_i]]]))[0])
        read_dot = Dot(saxes.c2p(float(X[read_i]), read_p), radius=0.08, color=theme.text)
        read_stub = Line(saxes.c2p(float(X[read_i]), 1.0), read_dot.get_center(),
                         color=theme.text, stroke_width=3)
        # In the face and size of the y-axis' name "P(spam)" (one name, one face).
        read_label = Text(f"P(spam) = {read_p:.2f}", font_size=SIZES.label, color=theme.text)
        read_label.next_to(read_dot, DOWN + RIGHT, buff=0.02)
        read_label.add_background_rectangle(color=theme.background, opacity=0.85, buff=0.05)
        reading = VGroup(read_stub, read_dot, read_label)
        self.reading, self.read_p = reading, read_p  # for the tests
        # The S's rise, thickened while the words say what keeps it gentle.
        s_last = predict_proba(fits.thetas[-1], xs[:, None])
        rise_x = xs[(s_last > 0.05) & (s_last < 0.95)]
        rise = polyline(saxes, rise_x, predict_proba(fits.thetas[-1], rise_x[:, None]),
                        theme.curve, width=11)
        self.rise = rise  # for the tests
        # Without the penalty the fit has no finite weights: the S core fits with a penalty a
        # thousand times smaller stands for its limit, all but a step (a test checks).
        step_theta = newton_method(X[:, None], y, l2=S_L2 * STEP_L2_SHARE, n_steps=100).thetas[-1]
        step = polyline(saxes, xs, predict_proba(step_theta, xs[:, None]), theme.text,
                        width=4)
        step = DashedVMobject(step, num_dashes=90)
        # Named left of its rise, high up (the S rises right of it there).
        step_at = float(-step_theta[0] / step_theta[1])
        step_name = Text("no penalty", font_size=SIZES.label, color=theme.text).next_to(
            saxes.c2p(step_at, 0.85), LEFT, buff=0.15)
        step_name.add_background_rectangle(color=theme.background, opacity=0.85, buff=0.05)
        self.step_theta, self.step, self.step_name = step_theta, step, step_name  # for tests
        # The penalty named on screen while it is said, in the row the S's readouts take
        # next (they come in as it goes).
        penalty_note = Text("The S is fitted with a small penalty (chapter 9).",
                            font_size=SIZES.body, color=theme.curve)
        penalty_note.move_to(panel.get_left(), aligned_edge=LEFT).align_to(fix_named, LEFT)
        self.penalty_note = penalty_note  # for the tests
        # The least-squares line, refitted with the S at every position of the far email
        # (core's sweep), drawn faintly beside it, with its own one-half crossing and readout.
        ls_line = Line(*clipped_line(saxes, *ls_fit()), color=theme.highlight,
                       stroke_width=2.5, stroke_opacity=0.9)
        ls_line.add_updater(lambda m: m.put_start_and_end_on(*clipped_line(saxes, *ls_fit())))
        # Its crossing a short upright tick, not a second dot: the S's dot sits a fraction of
        # a unit from it at the start, and a tick through a dot stays readable.
        # It hangs under the one-half line, clear of the S's dot (a test checks).
        # (A small solid triangle pointing up at it: a thin tick read as a stray glyph.)
        ls_cross = Triangle(color=theme.highlight, fill_opacity=1.0, stroke_width=0).scale(0.12)
        ls_cross.add_updater(lambda m: m.move_to(
            saxes.c2p(float(sweep.crossings[k()]), 0.5) + LS_TICK_GAP * DOWN, aligned_edge=UP))
        # The whole readout in the line's colour, its number too (one style per sentence).
        ls_panel = LiveLine([("least-squares line crosses 0.5 at x =", theme.highlight)],
                            lambda: float(sweep.crossings[k()]), 2, theme.highlight,
                            SIZES.label)
        # In the plot's empty lower right, between zero and one half (the line, the S and the
        # far email's square are all above one half there), under the one-half line's "0.5".
        ls_panel.move_to(saxes.c2p(LS_PANEL_RIGHT, LS_PANEL_AT), aligned_edge=RIGHT)
        self.ls_line, self.ls_panel, self.ls_cross = ls_line, ls_panel, ls_cross  # for the tests
        # The least-squares line's square at the far email (core's value of the line there),
        # following the drag: it grows as the far email goes out, while the S's own gap there
        # (under 1 - SURE_ABOVE) is too small to draw.
        def ls_square_corners() -> list[np.ndarray]:
            return error_square(saxes, float(sweep.positions[k()]), 1.0,
                                float(sweep.far_values[k()]))

        ls_square = Polygon(*ls_square_corners(), stroke_width=3, stroke_color=theme.loss,
                            fill_color=theme.loss, fill_opacity=0.15)
        ls_square.add_updater(lambda m: m.set_points_as_corners(
            [*ls_square_corners(), ls_square_corners()[0]]))
        self.ls_square = ls_square  # for the tests
        # The S at the far email, marked on the plot as its gap is said: a ring on the S there
        # (on the email: the gap is under a pixel) and its value and gap under it, in the
        # plot's empty band right of the line's rise, over the one-half line's "0.5".
        far_at = saxes.c2p(float(sweep.positions[-1]), 1.0)
        sure_ring = Circle(radius=FLIP_RING * 1.3, color=theme.text,
                           stroke_width=3).move_to(far_at)
        sure_label = Text(f"S here: > {SURE_ABOVE:g}, gap < {1 - SURE_ABOVE:.3g}",
                          font_size=SIZES.label, color=theme.curve)
        sure_label.move_to(saxes.c2p(SURE_LABEL_AT[0], SURE_LABEL_AT[1]), aligned_edge=RIGHT)
        sure_arrow = Arrow(sure_label.get_corner(UP + RIGHT) + 0.04 * (UP + RIGHT),
                           far_at + sure_ring.radius * (DOWN + LEFT) / np.sqrt(2), buff=0.02,
                           color=theme.text, stroke_width=3,
                           max_tip_length_to_length_ratio=0.35)
        sure_mark = VGroup(sure_ring, sure_arrow, sure_label)
        self.sure_mark = sure_mark  # for the tests
        # The line (as the drag left it) drawn through the S's own x points, so it can bend
        # into the S point by point (clipped to the plot's top, where it leaves it at the
        # far right). First it is squashed, itself: the sigmoid of its own height over one
        # half (core's), an S that crosses one half where the line does; only then is that S
        # refitted to the emails. Arrows where it is pulled, from the line's value to the
        # squashed line's: down onto one on the right, down toward zero on the left.
        b_fix, m_fix = fit()
        # (Where it leaves the plot's top its last points gather at the edge: no flat hook.)
        line_xs = np.minimum(xs, (S_Y_RANGE[1] - b_fix) / m_fix)
        line_curve = polyline(saxes, line_xs, b_fix + m_fix * line_xs, theme.highlight,
                              width=5)
        squashed = squashed_line(b_fix, m_fix, xs, SQUASH_GAIN)
        squash_curve = polyline(saxes, xs, squashed, theme.curve, width=5)
        pulls = VGroup(*[Arrow(saxes.c2p(px, b_fix + m_fix * px),
                               saxes.c2p(px, float(squashed_line(b_fix, m_fix, px,
                                                                 SQUASH_GAIN))),
                               buff=0.04, color=theme.text, stroke_width=5,
                               max_tip_length_to_length_ratio=0.35)
                         for px in PULL_AT])
        line_ghost = DashedVMobject(line_curve.copy().set_stroke(width=3, opacity=0.85),
                                    num_dashes=80)
        # Where the line crosses one half, which the squashed line keeps; the refit then
        # slides it to the S's own crossing.
        line_at = (0.5 - b_fix) / m_fix
        line_cross = Dot(saxes.c2p(line_at, 0.5), radius=0.09, color=theme.boundary)
        self.line_curve, self.pulls = line_curve.copy(), pulls  # for the tests
        self.squash_curve, self.line_at = squash_curve.copy(), line_at  # for the tests
        # Once the S is named, the y-axis says what its height is: the chance of spam.
        # Set upright, like every other name on the chapter's axes.
        p_name = Text("P(spam)", font_size=SIZES.label, color=theme.curve)
        self.p_name = p_name  # for the tests
        # The two emails the line got wrong, on the spam side of one half again after the
        # refit: boxed as they were, in the colour of right answers.
        rescued = SurroundingRectangle(VGroup(*[sdots[i] for i in wrong_idx]),
                                       color=theme.good, buff=0.1, corner_radius=0.08,
                                       stroke_width=3)
        rescued_name = Text("right again", font_size=SIZES.body, color=theme.good).next_to(
            rescued, UP, buff=0.1)
        self.rescued = VGroup(rescued, rescued_name)  # for the tests
        # The squash on one point first, in the empty band over the line: the sigmoid's own
        # graph g(z) over its score axis z, boxed. The point's height over one half, stretched,
        # lands on the score axis (core's score), goes up to the curve, and comes back to the
        # plot at that height: where the S will pass once the whole line bends.
        box_left, box_right = (saxes.c2p(v, 0)[0] for v in PIPE_BOX[:2])
        box_bottom, box_top = saxes.c2p(0, PIPE_BOX[2])[1], S_NOTES.top
        pipe_frame = Rectangle(width=box_right - box_left, height=box_top - box_bottom,
                               color=theme.muted, stroke_width=2, fill_color=theme.background,
                               fill_opacity=1.0)
        pipe_frame.move_to([(box_left + box_right) / 2, (box_top + box_bottom) / 2, 0.0])
        pipe_name = Text("sigmoid", font_size=SIZES.body, color=theme.curve)
        g_formula = MathTex(r"g(z) = \frac{1}{1 + e^{-z}}", font_size=SIZES.formula,
                            color=theme.curve)
        z_formula = MathTex(rf"z = {SQUASH_GAIN:g} \times (\text{{height}} - 0.5)",
                            font_size=SIZES.formula, color=theme.highlight)
        # The box holds the sigmoid (its graph, name and formula); the score's formula, which
        # is about the line's point, stands right of the box, over the line, so the graph
        # takes the box's width.
        pipe_words = VGroup(pipe_name, g_formula).arrange(DOWN, aligned_edge=LEFT, buff=0.25)
        inner = Region("sigmoid box", box_left + 0.25, box_right - 0.25, box_bottom + 0.15,
                       box_top - 0.2)
        inner.place(pipe_words, aligned=RIGHT)
        z_formula.next_to(pipe_frame, RIGHT, buff=0.35)
        self.z_formula = z_formula  # for the tests
        # (Its y-axis stands at z = 0, in the middle.) Its two levels, 0 and 1, drawn faint
        # across it and numbered at its left: the S runs between them, as "a number between
        # zero and one" is said. Its score axis numbered at a few ticks, under it, so the
        # score's dot is read on it; the other ticks are not drawn (none without its number).
        level_names = VGroup(*[Text(name, font_size=SIZES.body, color=theme.text)
                               for name in ("0", "1")])
        level_room = level_names.width + 0.15
        z_room = 0.45
        g_axes = function_axes(theme, Z_RANGE, (0.0, 1.0, 0.5),
                               x_length=pipe_words.get_left()[0] - inner.left - 0.3
                               - level_room,
                               y_length=inner.height - 0.15 - z_room)
        for axis in (g_axes.x_axis, g_axes.y_axis):
            axis.ticks.set_stroke(opacity=0.0)
        g_axes.align_to((inner.left + level_room) * RIGHT, LEFT).align_to(
            (inner.bottom + z_room) * UP, DOWN)
        z_ticks = VGroup()
        for v in Z_TICKS:
            tick = Line(g_axes.c2p(v, 0.0), g_axes.c2p(v, 0.0) + 0.1 * DOWN, color=theme.muted,
                        stroke_width=2)
            number = Text(f"{v:g}".replace("-", "\u2212"), font_size=SIZES.body,
                          color=theme.text).next_to(tick, DOWN, buff=0.06)
            z_ticks.add(VGroup(tick, number))
        self.z_ticks = z_ticks  # for the tests
        g_levels = VGroup(*[DashedLine(g_axes.c2p(Z_RANGE[0], v), g_axes.c2p(Z_RANGE[1], v),
                                       color=theme.muted, stroke_width=2, dash_length=0.1)
                            for v in (0.0, 1.0)])
        for v, name in zip((0.0, 1.0), level_names, strict=True):
            name.next_to(g_axes.c2p(Z_RANGE[0], v), LEFT, buff=0.15)
        g_levels.add(*level_names)
        g_levels.add(z_ticks)
        self.g_levels = g_levels  # for the tests
        zs = np.linspace(*Z_RANGE[:2], 121)
        g_curve = polyline(g_axes, zs, squashed_line(0.5, 1.0, zs, 1.0), theme.curve, width=4)
        pipe = VGroup(pipe_frame, g_axes, g_levels, g_curve, pipe_words)
        self.pipe, self.g_axes, self.g_curve = pipe, g_axes, g_curve  # for the tests
        # The one point: on the line, its height over one half marked on the plot; its score
        # on the score axis; its value on the curve; and back on the plot at that value.
        pipe_h = float(b_fix + m_fix * PIPE_AT)
        pipe_z = float(line_score(b_fix, m_fix, PIPE_AT, SQUASH_GAIN))
        pipe_g = float(squashed_line(b_fix, m_fix, PIPE_AT, SQUASH_GAIN))
        self.pipe_values = (pipe_h, pipe_z, pipe_g)  # for the tests
        pipe_dot = Dot(saxes.c2p(PIPE_AT, pipe_h), radius=0.08, color=theme.text)
        pipe_rise = Line(saxes.c2p(PIPE_AT, 0.5), saxes.c2p(PIPE_AT, pipe_h),
                         color=theme.highlight, stroke_width=6)
        z_dot = Dot(g_axes.c2p(pipe_z, 0.0), radius=0.08, color=theme.highlight)
        # The height over one half is a few pixels on the plot: its value is written by it,
        # under the one-half line, right of the point (the line is above one half there).
        rise_label = sans(f"{pipe_h - 0.5:.2f} over 0.5", SIZES.label, theme.highlight)
        rise_label.move_to(pipe_rise.get_bottom() + 0.15 * RIGHT + 0.12 * DOWN,
                           aligned_edge=UP + LEFT)
        rise_label.add_background_rectangle(color=theme.background, opacity=0.85, buff=0.05)
        # Stretched thirty times: the same height laid along the score axis, from 0 to the
        # score, with the stretch written over it.
        z_stretch = Line(g_axes.c2p(0.0, 0.0), g_axes.c2p(pipe_z, 0.0), color=theme.highlight,
                         stroke_width=6)
        z_times = MathTex(rf"\times {SQUASH_GAIN:g}", font_size=SIZES.formula_small,
                          color=theme.highlight).next_to(z_dot, UP + RIGHT, buff=0.05)
        # (Right of the score, over its axis: left of it the sigmoid's y-axis would cross it.)
        self.rise_label, self.z_stretch = rise_label, z_stretch  # for the tests
        z_up = Line(g_axes.c2p(pipe_z, 0.0), g_axes.c2p(pipe_z, pipe_g), color=theme.text,
                    stroke_width=3)
        g_dot = Dot(g_axes.c2p(pipe_z, pipe_g), radius=0.08, color=theme.text)
        landed = Dot(saxes.c2p(PIPE_AT, pipe_g), radius=0.08, color=theme.text)
        self.pipe_marks = (pipe_dot, z_dot, g_dot, landed)  # for the tests
        with self.beat("{fix} The fix: keep the line, but squash it. {squash} The sigmoid "
                       "is a squashing function: {turns} it turns any score into a number "
                       "between zero and one. {point} Follow one point on the line: {score} its "
                       "height over one half, {stretch} stretched thirty times, is its "
                       "score: thirty is a steepness we pick for now; a refit picks its own "
                       "later. "
                       "{squashed} The sigmoid turns that score into the point's new height. "
                       "{every} Do the "
                       "same at every point, and the line bends into an S: {high} where the line "
                       "runs high it gives almost one, {low} where it runs low, nearly zero, "
                       "{cross} and where the "
                       "line crosses one half, so does the S. {saturate} It saturates at zero "
                       "and one. {refit} Then refit that S "
                       "to the same emails: {thetas} its two weights, theta zero and theta one, "
                       "change, and its crossing "
                       "slides left, {rescued} and the two "
                       "borderline spam emails are back on the spam side of one half: every "
                       "email is on its right side again. {reading} What the S outputs is a "
                       "probability: the chance that an email is spam, {value} "
                       f"{read_p:.2f} for this borderline one. "
                       "{logistic} Fitting it to data is "
                       "logistic regression, a method for classifying despite its name; "
                       "chapters three to five show how.") as b:
            b.wait_until("fix")
            # Everything that spoke of the line goes, but the line itself: it becomes the S.
            self.play(FadeOut(flipped), FadeOut(flipped_name),
                      Transform(heading, fix_heading), run_time=1.2)
            dots, line = sdots, sline
            # The line as a curve of the S's points, so that it bends into the S point by
            # point: pulled down onto one where it runs above one, down toward zero on the left.
            self.remove(line)
            self.add(line_curve)
            self.bring_to_front(dots)
            b.wait_until("squash")
            # The sigmoid named with its own graph, boxed in the empty band over the line. (The
            # plot's box steps back while it stands there: the two frames never cross.)
            s_frame = splot[3]
            frame_opacity = s_frame.get_stroke_opacity()
            self.play(FadeIn(pipe_frame), FadeIn(g_axes), FadeIn(pipe_name),
                      s_frame.animate.set_stroke(opacity=0.0), run_time=0.6)
            self.play(Create(g_curve), FadeIn(g_formula), FadeIn(g_levels), run_time=1.2)
            b.wait_until("turns")
            # Any score, low to high, turned into a number between the two levels: a dot on
            # the score axis sweeps across it, and its value on the S rides with it.
            z_at = ValueTracker(Z_RANGE[0])

            def swept() -> tuple[float, float]:
                z = z_at.get_value()
                return z, float(squashed_line(0.5, 1.0, z, 1.0))

            sweep_z = Dot(radius=0.08, color=theme.highlight).add_updater(
                lambda m: m.move_to(g_axes.c2p(swept()[0], 0.0)))
            sweep_g = Dot(radius=0.09, color=theme.text).add_updater(
                lambda m: m.move_to(g_axes.c2p(*swept())))
            sweep_up = Line(color=theme.text, stroke_width=3).add_updater(
                lambda m: m.put_start_and_end_on(g_axes.c2p(swept()[0], 0.0),
                                                 g_axes.c2p(*swept()) + 1e-4 * UP))
            self.sweep_marks = (z_at, sweep_z, sweep_g)  # for the tests
            self.add(sweep_up, sweep_z, sweep_g)
            self.play(z_at.animate.set_value(Z_RANGE[1]),
                      run_time=min(max(b.time_until("point") - 0.4, 1.5), 3.0),
                      rate_func=linear)
            for m in (sweep_up, sweep_z, sweep_g):
                m.clear_updaters()
            self.play(FadeOut(VGroup(sweep_up, sweep_z, sweep_g)), run_time=0.3)
            b.wait_until("point")
            self.play(FadeIn(pipe_dot, scale=0.5), run_time=0.5)
            self.play(Indicate(pipe_dot, color=theme.text, scale_factor=1.8), run_time=0.8)
            b.wait_until("score")
            # Its height over one half, in the line's colour, then stretched: the score.
            self.play(Create(pipe_rise), FadeIn(rise_label), run_time=0.8)
            b.wait_until("stretch")
            # The height laid along the score axis, thirty times as long, ending on the score.
            self.play(ReplacementTransform(pipe_rise.copy(), z_stretch),
                      FadeIn(z_formula, shift=0.2 * RIGHT), run_time=1.2)
            self.play(FadeIn(z_times), FadeIn(z_dot, scale=0.5), run_time=0.6)
            b.wait_until("squashed")
            # Up to the sigmoid, and back on the plot at that height.
            self.play(Create(z_up), run_time=0.6)
            self.play(FadeIn(g_dot, scale=0.5), run_time=0.3)
            self.play(ReplacementTransform(g_dot.copy(), landed), run_time=1.2)
            self.play(Indicate(landed, color=theme.text, scale_factor=1.8), run_time=0.8)
            b.wait_until("every")
            # Every point at once: the line bends into the squashed line through its words
            # (the line stays behind, dashed, so the arrows are seen to run from it), and is
            # formed before the words say what it gives.
            self.add(line_ghost)
            self.play(FadeOut(pipe_dot), FadeOut(pipe_rise), FadeOut(rise_label),
                      ReplacementTransform(line_curve, squash_curve),
                      run_time=min(max(b.time_until("high") - 0.3, 1.5), 3.0))
            self.bring_to_front(dots, landed)  # the emails stay visible on top of the curve
            # Each pull on its own words: down onto one on the right, toward zero on the left.
            b.wait_until("high")
            self.play(*[GrowArrow(a) for a in pulls[:2]], run_time=0.8)
            b.wait_until("low")
            self.play(GrowArrow(pulls[2]), run_time=0.6)
            b.wait_until("cross")
            # The line's crossing, kept by the squashed line: one dot on both.
            self.play(FadeIn(line_cross, scale=0.5), run_time=0.5)
            self.play(Indicate(line_cross, color=theme.text, scale_factor=1.8),
                      run_time=1.0)
            b.wait_until("saturate")
            # The sigmoid's box has done its work: its name goes onto the S it has made.
            self.play(FadeOut(VGroup(pipe_frame, g_axes, g_levels, g_curve, g_formula, z_formula,
                                     z_up, z_dot, z_stretch, z_times, g_dot, landed)),
                      ReplacementTransform(pipe_name, s_name), FadeOut(pulls),
                      FadeOut(line_ghost), s_frame.animate.set_stroke(opacity=frame_opacity),
                      run_time=0.8)
            # The floor and ceiling the S flattens onto, lit through their words, and the
            # note that it stays between them comes now that it does.
            self.play(sguides.animate.set_stroke(color=theme.text, width=3, opacity=1.0),
                      FadeIn(fix, shift=0.2 * UP), run_time=0.8)
            b.wait_until("refit")
            # The note on the squashed line goes with it: the S is refitted from here.
            self.play(sguides.animate.set_stroke(color=theme.muted, width=1.5, opacity=0.8),
                      FadeOut(fix), run_time=0.4)
            # The S's two numbers, then, on their words, refitted: the S moves to core's fit,
            # its crossing sliding left with it, and its numbers change to the fitted ones.
            self.play(FadeIn(squash_formula), run_time=0.5)
            b.wait_until("thetas")
            # The refit runs through its whole sentence, so the crossing is still sliding
            # as "slides left" is said; where it was is left behind as a faint dot, an arrow
            # under the one-half line growing from it with the crossing (as in the drag).
            old_at = line_cross.get_center()
            new_at = saxes.c2p(float(fits.crossings[-1]), 0.5)
            left_cross = line_cross.copy().set_opacity(OLD_LINE_OPACITY)
            refit_slide = Arrow(old_at + 0.28 * DOWN, new_at + 0.28 * DOWN, buff=0,
                                color=theme.boundary, stroke_width=5,
                                max_tip_length_to_length_ratio=0.3)
            self.refit_slide = VGroup(left_cross, refit_slide)  # for the tests
            self.add(left_cross)
            self.bring_to_front(line_cross)
            self.play(ReplacementTransform(squash_curve, s_curve),
                      line_cross.animate.move_to(new_at), GrowArrow(refit_slide),
                      # (The numbers change in the first quarter: a formula morphing for
                      # seconds is unreadable.)
                      ReplacementTransform(squash_formula, fitted_formula,
                                           rate_func=lambda t: smooth(min(1.0, 4 * t))),
                      run_time=max(b.time_until("rescued") - 0.3, 2.0))
            self.remove(line_cross)
            s_cross.update()  # on the S's crossing from its first frame
            self.add(s_cross)
            self.bring_to_front(dots)
            b.wait_until("rescued")
            # The two emails boxed "now wrong" before, boxed again, right this time.
            self.play(Create(rescued), FadeIn(rescued_name), run_time=0.8)
            self.play(*[Indicate(dots[i], color=theme.good, scale_factor=1.8)
                        for i in wrong_idx], run_time=1.0)
            b.wait_until("reading")
            # A probability between 0 and 1, read off the S at one email; the y-axis says
            # what its height now is.
            p_name.move_to(splot[2], aligned_edge=DOWN + LEFT)
            self.play(FadeOut(splot[2]), FadeIn(p_name), FadeOut(rescued),
                      FadeOut(rescued_name), FadeOut(self.refit_slide), run_time=0.8)
            self.play(Indicate(p_name, color=theme.text), run_time=0.8)
            # The one email's value, read off the S as it is said.
            b.wait_until("value")
            self.play(Create(read_stub), FadeIn(read_dot, scale=0.5), FadeIn(read_label),
                      run_time=0.8)
            b.wait_until("logistic")
            # The method named in the note as it is said; the reading has made its point.
            self.play(FadeIn(fix_named), FadeOut(reading), run_time=1.0)

        # Step: drag the far email again, with the S in place
        s_curve.add_updater(lambda m: m.set_points(s_points(k()).points))
        dots[far].add_updater(lambda m: m.move_to(saxes.c2p(float(sweep.X[k(), far]), 1)))
        with self.beat("{penalty} A small penalty, which chapter nine explains, keeps the "
                       "S's rise this gentle: {step} without it, emails this well separated "
                       "would sharpen it into a step. "
                       "{drag} Drag the far email back, refitting the S at every step. "
                       "{thin} Beside it, drawn thin, is the least-squares line, refitted too, "
                       "{past} still no probability as it runs past one, "
                       "{square} with its square at the far email. "
                       "{still} Now drag it out again: the line swings, its crossing slides and "
                       "its square swells, but the S and its crossing at one half stay put. "
                       "{sure} Up top, the S at the far email is within a thousandth of one, a "
                       "gap too small to draw: the far email barely matters any more, because "
                       "the S is already sure about it.") as b:
            b.wait_until("penalty")
            # The S's rise, what the penalty keeps gentle, thickened through its sentence.
            self.play(FadeIn(rise), FadeIn(penalty_note), run_time=0.6)
            b.wait_until("step")
            # The S a far smaller penalty fits, drawn dashed over it: all but a step.
            self.play(Create(step), FadeIn(step_name), run_time=0.8)
            self.bring_to_front(dots)  # the emails stay on top of the step's dashes
            b.wait_until("drag")
            self.play(FadeOut(rise), FadeOut(step), FadeOut(step_name), FadeOut(penalty_note),
                      run_time=0.4)
            # The S alone first: the far email goes back through the whole sentence, the S
            # barely moving.
            # (The S's name goes: the far email passes under the S's flat top, where it is.)
            self.play(FadeIn(panel), FadeIn(sure), Create(s_mark), FadeOut(s_name),
                      FadeOut(fitted_formula), run_time=0.8)
            self.play(index.animate.set_value(0.0),
                      run_time=max(b.time_until("thin") - 0.3, 3.0), rate_func=linear)
            b.wait_until("thin")
            # The least-squares line, its crossing and readout, then its square, on their
            # words.
            self.play(FadeIn(ls_line), FadeIn(ls_cross), FadeIn(ls_panel), run_time=1.0)
            self.bring_to_front(s_curve, s_cross, dots)
            b.wait_until("past")
            # Where it runs past one, traced over in the text colour on its words (as in the
            # first flaw), up to where it leaves the plot.
            b_ls, m_ls = ls_fit()
            past_one = Line(saxes.c2p((1.0 - b_ls) / m_ls, 1.0), clipped_line(saxes, b_ls,
                                                                               m_ls)[1],
                            color=theme.text, stroke_width=6)
            self.past_one = past_one  # for the tests
            self.play(Create(past_one), run_time=0.8)
            b.wait_until("square")
            self.play(FadeIn(ls_square), FadeOut(past_one), run_time=0.8)
            self.bring_to_front(s_curve, s_cross, dots)
            b.wait_until("still")
            # Out again, on its words, through the sentence that says what moves.
            self.play(index.animate.set_value(float(N_POSITIONS - 1)),
                      run_time=min(max(b.time_until("sure") - 1.4, 3.0), 6.0),
                      rate_func=linear)
            self.play(Indicate(s_cross, color=theme.text),
                      # Lit in place (no growth: it keeps the left margin).
                      Indicate(panel[0], color=theme.text, scale_factor=1.0),
                      run_time=1.2)
            b.wait_until("sure")
            # The S's value at the far email, up top, stays lit while its words are said.
            # (Underlined in the text colour: yellow is the least-squares line's.)
            # On the plot, the S at the far email ringed, its value and gap written under it.
            self.play(Create(underline(sure, theme)), Create(sure_ring), GrowArrow(sure_arrow),
                      FadeIn(sure_label), run_time=1.2)
        for mob in (s_curve, dots[far], s_cross, ls_line, ls_cross, ls_square, *panel.numbers,
                    *ls_panel.numbers):
            mob.clear_updaters()


#: The quiz's changes to the emails as the chapter leaves them (far email at SWEEP_END): where
#: an added spam email goes in the right choice and in the tempting wrong one, and where the
#: far email is moved back to.
QUIZ_FAR_ADD = 26.0
QUIZ_NEAR_ADD = 10.0


def quiz_changes() -> dict[str, float]:
    """The line's 0.5 crossing (core's least-squares fit) as the chapter leaves the emails
    (``"now"``) and after each of the quiz's four changes."""
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    X, y, far = sweep.X[-1], sweep.y, sweep.far_index

    def crossing(x: np.ndarray, labels: np.ndarray) -> float:
        fit = least_squares_sweep(x[:, None], labels, 0, [float(x[0])])
        return float(fit.crossings[0])

    back = X.copy()
    back[far] = float(sweep.positions[0])
    return {
        "now": float(sweep.crossings[-1]),
        "near": crossing(np.append(X, QUIZ_NEAR_ADD), np.append(y, 1)),
        "back": crossing(back, y),
        "far": crossing(np.append(X, QUIZ_FAR_ADD), np.append(y, 1)),
        "delete": crossing(np.delete(X, far), np.delete(y, far)),
    }


def _quiz_reason_steps() -> tuple[tuple[str, str], ...]:
    """The quiz's reason in the pieces revealed as they are said (shown, said): for C, then
    the tempting A, one short line as its email is placed and one as its crossing is said,
    then B's and D's crossings, each on its number's words; the words say why, with marks
    for the chart, which plays each choice's change and refit as it is said."""
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    changes = quiz_changes()
    # The line's value where the right choice adds its email (over 1) and where the tempting
    # wrong one does (under 1).
    at_far = float(sweep.intercepts[-1] + sweep.slopes[-1] * QUIZ_FAR_ADD)
    at_near = float(sweep.intercepts[-1] + sweep.slopes[-1] * QUIZ_NEAR_ADD)
    shown = (f"C: over 1 at $x = {QUIZ_FAR_ADD:g}$,",
             f"so flatter: {changes['far']:.2f}.",
             f"A: under 1 at $x = {QUIZ_NEAR_ADD:g}$,",
             f"so the line lifts: {changes['near']:.2f}.",
             f"B: weaker pull, steeper: {changes['back']:.2f}.",
             f"D: no pull, steeper: {changes['delete']:.2f}.")
    said = (f"At x = {QUIZ_FAR_ADD:g} the line says {at_far:.2f}, over 1: {{flatter}} that "
            f"error pulls the line flatter, {{moves}} and the crossing moves right,",
            f"to {changes['far']:.2f}. {{tempting}} A is the tempting one, since one more "
            f"spam email on the spam side feels as if it should push the crossing right;",
            f"but at x = {QUIZ_NEAR_ADD:g} the line "
            f"says {at_near:.2f}, under 1, {{lifts}} so an email there lifts the line, "
            f"{{left}} and the crossing moves left,",
            f"to {changes['near']:.2f}.",
            f"B moves the far email back: less pull, so steeper, {changes['back']:.2f}.",
            f"D deletes it: no pull at all, steeper still, {changes['delete']:.2f}.")
    return tuple(zip(shown, said, strict=True))


REASON_STEPS = _quiz_reason_steps()


def _quiz() -> Quiz:
    sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
    now = quiz_changes()["now"]
    question = (f"The line crosses 0.5 at x = {now:.2f}. Which change moves that crossing "
                f"right?")
    return Quiz(
        # (Each variable with its value set as maths, as in the lecture's formulas: its x
        # slanted, and never split from its value across lines.)
        # On the card, short (two lines, so the card's text is set larger): the crossing
        # "now", as the close-up over the plot names it.
        question=f"Crossing now at $x = {now:.2f}$: which change moves it right?",
        spoken_question=question,
        choices=(
            f"Add a spam email at $x = {QUIZ_NEAR_ADD:g}$.",
            f"Move the far email to $x = {sweep.positions[0]:g}$.",
            f"Add a spam email at $x = {QUIZ_FAR_ADD:g}$.",
            "Delete the far email.",
        ),
        correct=2,
        reason=" ".join(shown for shown, _ in REASON_STEPS),
        # (The words' marks are for the chart: not spoken.)
        spoken_reason=" ".join(" ".join(MARK.sub("", said).split())
                               for _, said in REASON_STEPS),
        applied=True,
    )


QUIZ = _quiz()


#: The quiz picture's plot: right of the card, from the body's bottom up to the heading's top
#: (a wider plot would shrink the card's text under the smallest size), numbered sparsely at
#: the body size, with one y range throughout, tall enough for the line's values over the
#: whole x range; over it, a close-up of the one-half line where the choices put the crossing.
QUIZ_PLOT_SIZE = (5.9, 4.4)
QUIZ_Y_RANGE = (-0.5, 1.75)
#: The emails' dots big enough to be seen at a glance (the question is about where they are),
#: each with its rim in the background colour: emails half a unit apart (a few pixels here)
#: touch as a row of beads, those a unit apart stay apart (a test checks).
QUIZ_DOT_RADIUS = 0.07
#: The close-up of the one-half line (min, max, numbered step): every choice's crossing is
#: inside it, clear of its ends (a test checks), about ten times the plot's scale, so each is
#: seen apart.
QUIZ_STRIP_RANGE = (4.0, 7.0, 0.5)
#: Where (in x) the quiz picture's room starts: right of the card's widest line and of the
#: heading's words (a test checks).
QUIZ_PICTURE_LEFT = -0.4


class SpamCheck(QuizScene):
    """Check your understanding: which change to the emails pushes the line's 0.5 crossing
    further right? Beside the card, the emails and their line as the chapter leaves them,
    under a numbered close-up of the one-half line with the crossing on it; the answer's
    reason comes piece by piece as it is said, each with its change on the chart: the added
    far spam email and the line's value over 1 there, the refit (the old line left dashed,
    named), the crossing sliding right on the close-up, the tempting wrong choice's email
    under the old line, then each wrong choice's crossing dropped onto the close-up."""

    quiz = QUIZ
    picture_share = 0.5
    reason_steps = REASON_STEPS

    def construct(self) -> None:
        super().construct()
        self.roadmap()

    def roadmap(self) -> None:
        """The lecture's plan, after the check: each chapter's line as it is named."""
        theme = self.theme
        rows = VGroup(*[
            VGroup(Text(number, font_size=SIZES.body, color=theme.muted),
                   Text(words, font_size=SIZES.body, color=theme.text)).arrange(RIGHT,
                                                                                buff=0.3)
            for number, words in ROADMAP])
        # The chapters' numbers in one column, their words in another, every row on its own
        # baseline an even step under the last (a row's first letter and its number stand on
        # it: neither has a descender), the block in the middle of the body.
        column = max(row[0].width for row in rows)
        for i, row in enumerate(rows):
            row[1].next_to(row[0].get_left() + column * RIGHT, RIGHT, buff=0.3)
            row[0].align_to(row[1][0], DOWN)
            row.shift(-i * ROADMAP_PITCH * UP - row[1][0].get_bottom()[1] * UP
                      - row[0].get_left()[0] * RIGHT)
        BODY.place(rows)
        self.roadmap_rows = rows  # for the tests
        heading = self.heading("Where the lecture goes next")
        marks = [f"c{i}" for i in range(len(ROADMAP))]
        said = " ".join(f"{{{mark}}} {words}" for mark, (_, _, words) in
                        zip(marks, ROADMAP_SAID, strict=True))
        with self.beat(f"{{plan}} Where the lecture goes from here: {said}") as b:
            b.wait_until("plan")
            self.quiz_end = list(self.mobjects)  # the check as it ended, for the tests
            self.play(*[FadeOut(m) for m in self.mobjects], FadeIn(heading), run_time=0.8)
            for mark, row in zip(marks, rows, strict=True):
                b.wait_until(mark)
                self.play(FadeIn(row, shift=0.15 * RIGHT), run_time=0.5)

    def quiz_picture_region(self) -> Region:
        """The picture's room: right of the card (its widest line ends left of it), from the
        body's bottom up to the heading's top (the heading's words end at the card's right):
        the plot is what the reveal plays on, so it takes all the room the card leaves."""
        return Region("quiz picture", QUIZ_PICTURE_LEFT, BODY.right, BODY.bottom,
                      HEADING.top)

    def quiz_picture(self) -> VGroup:
        theme = self.theme
        sweep = spam_sweep(n_positions=N_POSITIONS, end=SWEEP_END)
        self.sweep = sweep
        changes = quiz_changes()
        self.changes = changes
        axes = function_axes(theme, (X_RANGE[0], X_RANGE[1], 5), (*QUIZ_Y_RANGE, 0.25),
                             x_length=QUIZ_PLOT_SIZE[0], y_length=QUIZ_PLOT_SIZE[1],
                             # (No "30": the plot's right edge, at 31, would cut it.)
                             x_numbers=(10, 20), y_numbers=(0.0, 0.5, 1.0, 1.5),
                             number_size=SIZES.body)
        self.quiz_axes = axes
        x_name = Text("how often the email says \u201cfree\u201d", font_size=SIZES.label,
                      color=theme.muted).next_to(axes, DOWN, buff=0.12)
        y_name = Text("label", font_size=SIZES.label, color=theme.muted).next_to(
            axes.y_axis, UP, buff=0.1)
        self.quiz_x_name = x_name  # for the tests
        dots = point_cloud(axes, np.column_stack([sweep.X[-1], sweep.y]), sweep.y, theme,
                           radius=QUIZ_DOT_RADIUS)
        self.quiz_dots = dots
        line = Line(*clipped_line(axes, sweep.intercepts[-1], sweep.slopes[-1]),
                    color=theme.highlight, stroke_width=4)
        self.quiz_line = line
        half = DashedLine(axes.c2p(X_RANGE[0], 0.5), axes.c2p(X_RANGE[1], 0.5),
                          color=theme.muted, dash_length=0.1, stroke_width=2)
        cross = Dot(axes.c2p(changes["now"], 0.5), radius=0.07, color=theme.highlight)
        self.quiz_cross = cross
        # Over the plot, the one-half line close up, numbered: where the line crosses it now,
        # and (on their words) where each choice would move the crossing.
        strip = NumberLine(x_range=list(QUIZ_STRIP_RANGE), length=QUIZ_PLOT_SIZE[0],
                           color=theme.muted, stroke_width=AXIS_STROKE, tick_size=0.07,
                           include_tip=False)
        tick_numbers(strip, np.arange(QUIZ_STRIP_RANGE[0], QUIZ_STRIP_RANGE[1] + 1e-9,
                                      QUIZ_STRIP_RANGE[2]), 1, theme, font_size=SIZES.body)
        strip_name = Text("where the line crosses 0.5, close up", font_size=SIZES.label,
                          color=theme.text)
        self.quiz_strip, self.quiz_strip_name = strip, strip_name  # for the tests
        now_mark = self.strip_mark(changes["now"], "now", theme.highlight)
        self.quiz_marks = {"now": now_mark}  # for the tests
        # (The marks' names stand over the strip as high as "now": clear of the strip's name.)
        top = VGroup(strip_name, VGroup(strip, now_mark)).arrange(DOWN, buff=0.22,
                                                                  aligned_edge=LEFT)
        top.next_to(y_name, UP, buff=0.3).align_to(axes, LEFT)
        strip_name.align_to(axes, LEFT)
        return VGroup(axes, plot_frame(axes, theme), x_name, y_name, half, line, dots, cross,
                      top)

    def strip_mark(self, at: float, name: str, colour: str, side: np.ndarray = UP) -> VGroup:
        """A crossing on the close-up: a dot on it at ``at``, its name over it (or over and
        to the ``side``, away from a close neighbour's)."""
        dot = Dot(self.quiz_strip.n2p(at), radius=0.09, color=colour)
        label = Text(name, font_size=SIZES.body, color=colour).next_to(dot, side, buff=0.1)
        label.align_to(dot.get_center() + (0.1 + dot.radius) * UP, DOWN)
        return VGroup(dot, label)

    def quiz_fit(self, x: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
        """Core's least-squares line (intercept, slope) through the emails ``x``, ``labels``."""
        fit = least_squares_sweep(x[:, None], labels, 0, [float(x[0])])
        return float(fit.intercepts[0]), float(fit.slopes[0])

    def quiz_refit(self, key: str, fit: tuple[float, float], letter: str,
                   colour: str, extra: list | None = None, run_time: float = 1.5,
                   drop_mark: bool = True, side: np.ndarray = UP) -> None:
        """Play a choice's refit: the line to ``fit``, the plot's crossing dot to the crossing
        ``self.changes[key]`` and (if ``drop_mark``; else later, by ``quiz_drop``) its mark
        dropped on the close-up, named ``letter``."""
        axes = self.quiz_axes
        self.quiz_refits[letter] = fit
        new_line = Line(*clipped_line(axes, *fit), color=self.theme.highlight, stroke_width=4)
        mark = self.strip_mark(self.changes[key], letter, colour, side)
        self.quiz_marks[letter] = mark
        self.play(Transform(self.quiz_line, new_line),
                  self.quiz_cross.animate.move_to(axes.c2p(self.changes[key], 0.5)),
                  *([self.strip_slide(mark)] if drop_mark else []), *(extra or []),
                  run_time=run_time)

    def strip_slide(self, mark: VGroup) -> ReplacementTransform:
        """A choice's mark slides along the close-up from where the crossing is now to its
        place, its name fading in: the crossing is seen to move, and which way."""
        now = self.quiz_marks["now"]
        start = mark.copy().shift(now[0].get_center() - mark[0].get_center())
        start[1].set_opacity(0.0)
        return ReplacementTransform(start, mark)

    def quiz_drop(self, letter: str, run_time: float = 0.8) -> None:
        """Slide a refitted choice's mark along the close-up, as its crossing is said."""
        self.play(self.strip_slide(self.quiz_marks[letter]),
                  Indicate(self.quiz_cross, color=self.theme.text), run_time=run_time)

    def quiz_undo(self, gone: list, rows: list) -> None:
        """Back to the emails and line as the chapter left them: ``gone`` fades, the line and
        its crossing return, the choices ``rows`` about to be said lit again on the card."""
        axes, sweep = self.quiz_axes, self.sweep
        line = Line(*clipped_line(axes, sweep.intercepts[-1], sweep.slopes[-1]),
                    color=self.theme.highlight, stroke_width=4)
        self.play(*[FadeOut(m) for m in gone], Transform(self.quiz_line, line),
                  self.quiz_cross.animate.move_to(axes.c2p(self.changes["now"], 0.5)),
                  *[row.animate.set_opacity(1.0) for row in rows], run_time=0.8)

    def quiz_reveal_step(self, i: int) -> None:
        theme, sweep, axes, clock = self.theme, self.sweep, self.quiz_axes, self.reveal_clock
        X, y, far = sweep.X[-1], sweep.y, sweep.far_index
        if not hasattr(self, "quiz_refits"):
            self.quiz_refits = {}
        if i == 0:
            # C: "At x = 26 the line says 1.35, over 1": the added email, a stub up to the
            # line and its value there.
            value = float(sweep.intercepts[-1] + sweep.slopes[-1] * QUIZ_FAR_ADD)
            self.quiz_held = value
            self.quiz_added = Dot(axes.c2p(QUIZ_FAR_ADD, 1.0), radius=QUIZ_DOT_RADIUS,
                                  color=theme.class1, stroke_width=1.5,
                                  stroke_color=theme.background)
            top = Dot(axes.c2p(QUIZ_FAR_ADD, value), radius=0.06, color=theme.text)
            stub = Line(self.quiz_added.get_center(), top.get_center(), color=theme.text,
                        stroke_width=3)
            label = MathTex(rf"{value:.2f} > 1", font_size=SIZES.formula_small,
                            color=theme.text)
            # Up and left of the stub's top, over the line (which runs down and left from it).
            label.move_to(top.get_center() + np.array([-0.15, 0.12, 0]),
                          aligned_edge=DOWN + RIGHT)
            label.add_background_rectangle(color=theme.background, opacity=0.85, buff=0.05)
            self.quiz_value = label
            self.play(FadeIn(self.quiz_added, scale=0.5), Create(stub),
                      FadeIn(top, scale=0.5), FadeIn(label), run_time=0.8)
            self.quiz_c_marks = [self.quiz_added, stub, top, label]
            # "that error pulls the line flatter": the old line left dashed and named.
            clock.wait_until("flatter")
            ghost = old_line(self.quiz_line.get_start(), self.quiz_line.get_end(), theme,
                             width=2.5, dash_length=0.08)
            at = QUIZ_OLD_NAME_AT
            old_name = Text("old", font_size=SIZES.label, color=theme.text).next_to(
                axes.c2p(at, float(sweep.intercepts[-1] + sweep.slopes[-1] * at)),
                UP + LEFT, buff=0.08)
            self.quiz_old_name = old_name  # for the tests
            fit = self.quiz_fit(np.append(X, QUIZ_FAR_ADD), np.append(y, 1))
            new_line = Line(*clipped_line(axes, *fit), color=theme.highlight, stroke_width=4)
            self.quiz_refits["C"] = fit
            self.add(ghost)
            self.bring_to_front(self.quiz_line, self.quiz_dots, self.quiz_added,
                                self.quiz_cross)
            self.play(Transform(self.quiz_line, new_line), FadeIn(old_name), run_time=1.2)
            # "and the crossing moves right": on the plot and, seen apart, on the close-up,
            # from where it was (left there, in grey) to C's place.
            clock.wait_until("moves")
            now = self.quiz_marks["now"]
            c_mark = self.strip_mark(self.changes["far"], "C", theme.highlight)
            self.quiz_marks["C"] = c_mark
            start = c_mark.copy().shift(now[0].get_center() - c_mark[0].get_center())
            start[1].set_opacity(0.0)
            self.play(ReplacementTransform(start, c_mark),
                      now.animate.set_color(theme.muted),  # left there, grey: still read
                      self.quiz_cross.animate.move_to(axes.c2p(self.changes["far"], 0.5)),
                      run_time=1.2)
        elif i == 1:
            # C's crossing, said: its mark on the close-up lit.
            self.play(Indicate(self.quiz_marks["C"], color=theme.text), run_time=0.8)
            # A, the tempting one: C's email goes and the line is the chapter's again (the
            # lines to come are steeper: "old" goes under its line, clear of them). A's own
            # evidence waits for its words ("but at x = 10 ...", the next step).
            clock.wait_until("tempting")
            at = QUIZ_OLD_NAME_AT
            under_at = Text("old", font_size=SIZES.label).next_to(
                axes.c2p(at, float(sweep.intercepts[-1] + sweep.slopes[-1] * at)),
                DOWN + RIGHT, buff=0.08).get_center()
            # ("old" goes while the old line and the line coincide: it would name the line.)
            self.quiz_undo([*self.quiz_c_marks, self.quiz_old_name], [self.quiz_rows[0]])
            self.quiz_old_name.move_to(under_at)
        elif i == 2:
            near = float(sweep.intercepts[-1] + sweep.slopes[-1] * QUIZ_NEAR_ADD)
            self.quiz_near = near
            # Where it would add its email: a hollow email at the label and an arrow up to it
            # from the line, the way it pulls.
            ring = Circle(radius=QUIZ_DOT_RADIUS, color=theme.class1,
                          stroke_width=2.5).move_to(axes.c2p(QUIZ_NEAR_ADD, 1.0))
            foot = Dot(axes.c2p(QUIZ_NEAR_ADD, near), radius=0.05, color=theme.text)
            lift = Arrow(foot.get_center(), ring.get_bottom(), buff=0, color=theme.text,
                         stroke_width=4, max_tip_length_to_length_ratio=0.45,
                         max_stroke_width_to_length_ratio=20)
            under = MathTex(rf"{near:.2f} < 1", font_size=SIZES.formula_small,
                            color=theme.text)
            # Over the hollow email and the spam emails' row, its right end over the email:
            # clear of the dots, and of the line, which runs under the row there.
            under.next_to(ring, UP, buff=0.12).align_to(ring, RIGHT)
            under.add_background_rectangle(color=theme.background, opacity=0.85, buff=0.05)
            self.quiz_under = under
            self.quiz_lift = lift  # for the tests
            self.play(Create(ring), GrowArrow(lift), FadeIn(foot, scale=0.5), FadeIn(under),
                      run_time=0.8)
            # "so an email there lifts the line": the email is added (the ring
            # filled), the line refitted, the crossing moved left.
            clock.wait_until("lifts")
            fit = self.quiz_fit(np.append(X, QUIZ_NEAR_ADD), np.append(y, 1))
            # (The old line's name comes back under it as the new line leaves it.)
            self.quiz_refit("near", fit, "A", theme.text, drop_mark=False,
                            extra=[ring.animate.set_fill(theme.class1, opacity=1.0).set_stroke(
                                width=1.5, color=theme.background),
                                FadeIn(self.quiz_old_name)])
            self.quiz_a_marks = [ring, foot, lift, under]
            # "and the crossing moves left": A's mark slides left along the close-up, from
            # "now" to its place, through the words.
            clock.wait_until("left")
            self.quiz_drop("A", run_time=max(min(clock.time_until("reason_4") - 0.2, 2.0),
                                             0.8))
        elif i == 3:
            # "to 5.68": A's crossing, said, lit on the close-up.
            self.play(Indicate(self.quiz_marks["A"], color=theme.text), run_time=0.8)
        elif i == 4:
            # B: A's email goes, then the far email slides back, and the line refits.
            self.quiz_undo(self.quiz_a_marks, [self.quiz_rows[1], self.quiz_rows[3]])
            far_dot = self.quiz_dots[far]
            back = X.copy()
            back[far] = float(sweep.positions[0])
            self.quiz_refit("back", self.quiz_fit(back, y), "B", theme.text,
                            extra=[far_dot.animate.move_to(axes.c2p(back[far], 1.0))])
        else:
            # D: the far email deleted.
            far_dot = self.quiz_dots[far]
            self.quiz_refit("delete", self.quiz_fit(np.delete(X, far), np.delete(y, far)),
                            "D", theme.text, extra=[FadeOut(far_dot)], run_time=1.2,
                            # (Its name up and left: B's crossing is a fraction of a unit right.)
                            side=UP + LEFT)


#: The step (in y) from one row of the lecture's plan to the next.
ROADMAP_PITCH = 0.55
#: The lecture's plan, as the course gives it (chapter, shown words), and as it is said.
ROADMAP = (
    ("1", "The sigmoid: a squashing function"),
    ("2", "Scores become probabilities and a decision boundary"),
    ("3", "The right loss: cross-entropy, from maximum likelihood"),
    ("4", "The update rule, the same as linear regression's"),
    ("5", "Train one live"),
    ("6", "The perceptron, logistic regression's hard-edged ancestor"),
    ("7", "Softmax, for many classes"),
    ("8", "Newton's method"),
)
ROADMAP_SAID = tuple((n, w, said) for (n, w), said in zip(ROADMAP, (
    "chapter one, the sigmoid;",
    "two, how a score becomes a probability and draws a decision boundary;",
    "three, the right loss, derived from maximum likelihood;",
    "four, the update rule, which turns out to match linear regression's;",
    "five, training one live;",
    "six, the perceptron;",
    "seven, softmax for many classes;",
    "and eight, Newton's method.",
), strict=True))


#: Where (in x) the dashed old line of the quiz is named.
QUIZ_OLD_NAME_AT = 18.0


SCENES_IN_ORDER = [LeastSquaresLineTilts, TwoFlawsAndTheFix, SpamCheck]
