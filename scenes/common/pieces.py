"""Drawing pieces shared by the chapter scenes, written once.

Each piece draws numbers that ``core`` computed and follows live parameters through a getter
(usually reading ``ValueTracker``s), so a scene animates a piece by animating its trackers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from manim import (
    DOWN,
    LEFT,
    ORIGIN,
    RIGHT,
    UP,
    AnimationGroup,
    Arrow,
    Axes,
    DecimalNumber,
    Dot,
    FadeIn,
    FadeOut,
    ImageMobject,
    Line,
    MathTex,
    ReplacementTransform,
    Text,
    TransformMatchingTex,
    ValueTracker,
    VGroup,
    VMobject,
)
from manim.constants import DEFAULT_FONT_SIZE, RESAMPLING_ALGORITHMS

from core import boundary_segment, normal_vector, probability_field, sigmoid
from core.pathologies import quadratic_probability_field
from core.prediction import points_scoring, scores
from scenes.common.theme import SIZES, Theme

ThetaGetter = Callable[[], np.ndarray]


def axes_box(axes: Axes) -> tuple[tuple[float, float], tuple[float, float]]:
    """The data ranges ``(x_range, y_range)`` an ``Axes`` shows."""
    return (float(axes.x_range[0]), float(axes.x_range[1])), (
        float(axes.y_range[0]),
        float(axes.y_range[1]),
    )


class FieldImage(ImageMobject):
    """A field over the axes' box as one small image whose pixels numpy fills in a single
    vectorised call (several times cheaper to animate than a grid of squares), recomputed only
    when the weights it is drawn from change. Subclasses say how weights become pixels."""

    def __init__(self, axes: Axes, theta: ThetaGetter, theme: Theme,
                 shape: tuple[int, int] = (90, 120)):
        self.axes = axes
        self.theta_getter = theta
        self.theme = theme
        self.field_shape = shape
        self.box = axes_box(axes)
        self._drawn_theta = np.asarray(theta(), dtype=float).copy()
        super().__init__(self._pixels(self._drawn_theta))
        self.set_resampling_algorithm(RESAMPLING_ALGORITHMS["bilinear"])
        lower_left = axes.c2p(self.box[0][0], self.box[1][0])
        upper_right = axes.c2p(self.box[0][1], self.box[1][1])
        self.stretch_to_fit_width(upper_right[0] - lower_left[0])
        self.stretch_to_fit_height(upper_right[1] - lower_left[1])
        self.move_to((lower_left + upper_right) / 2)
        self.add_updater(lambda m: m.refresh())

    def _pixels(self, theta: np.ndarray) -> np.ndarray:
        """RGBA pixels, shape ``field_shape + (4,)``, for the weights ``theta``."""
        raise NotImplementedError

    def refresh(self) -> FieldImage:
        """Recompute the pixels for the current weights (skipped while they hold still)."""
        theta = np.asarray(self.theta_getter(), dtype=float)
        if not np.array_equal(theta, self._drawn_theta):
            self.pixel_array = self._pixels(theta)
            self._drawn_theta = theta.copy()
        return self



class QuadraticField(FieldImage):
    """P(y = 1) of a quadratic-feature model over the axes' box (core's field, static)."""

    def __init__(self, axes: Axes, theta: np.ndarray, theme: Theme,
                 shape: tuple[int, int] = (120, 120)):
        super().__init__(axes, lambda: theta, theme, shape)
        self.clear_updaters()  # the fit never changes: keep it out of manim's moving set

    def _pixels(self, theta: np.ndarray) -> np.ndarray:
        return self.theme.ramp(quadratic_probability_field(theta, *self.box,
                                                           shape=self.field_shape))

class ProbabilityField(FieldImage):
    """P(y = 1) over the axes' box, from ``core.probability_field``, through the theme's ramp."""

    def _pixels(self, theta: np.ndarray) -> np.ndarray:
        field = probability_field(theta, *self.box, shape=self.field_shape)
        return self.theme.ramp(field)


class BoundaryLine(VGroup):
    """The line theta^T x = 0 clipped to the axes, with the normal (theta1, theta2) arrow.

    The arrow starts on the boundary and points toward increasing P(y = 1); its length grows
    with |(theta1, theta2)| (capped so it stays on screen), or, with ``fixed_length``, is
    always that many data units (its direction alone comes from theta, so it stays readable
    however short the weights). Both vanish when the line misses the box or
    theta1 = theta2 = 0.
    """

    def __init__(self, axes: Axes, theta: ThetaGetter, theme: Theme, with_normal: bool = True,
                 normal_scale: float = 0.6, max_normal: float = 2.0,
                 fixed_length: float | None = None):
        super().__init__()
        self.axes = axes
        self.theta_getter = theta
        self.box = axes_box(axes)
        self.normal_scale = normal_scale
        self.max_normal = max_normal
        self.with_normal = with_normal
        self.fixed_length = fixed_length
        self.line = Line(color=theme.boundary, stroke_width=5)
        self.arrow = Arrow(color=theme.boundary, buff=0, stroke_width=4,
                           max_tip_length_to_length_ratio=0.3)
        self.add(self.line, self.arrow)
        self.refresh()
        self.add_updater(lambda m: m.refresh())

    def refresh(self) -> BoundaryLine:
        theta = np.asarray(self.theta_getter(), dtype=float)
        segment = boundary_segment(theta, *self.box)
        if segment is None:
            self.line.set_opacity(0)
            self.arrow.set_opacity(0)
            return self
        start, end = (self.axes.c2p(*p) for p in segment)
        self.line.put_start_and_end_on(start, end).set_opacity(1)
        if not self.with_normal:
            self.arrow.set_opacity(0)
            return self
        mid_data = segment.mean(axis=0)
        normal = normal_vector(theta)
        length = (self.fixed_length if self.fixed_length is not None else
                  min(self.normal_scale * float(np.linalg.norm(normal)), self.max_normal))
        tip_data = mid_data + length * normal / np.linalg.norm(normal)
        self.arrow.put_start_and_end_on(self.axes.c2p(*mid_data), self.axes.c2p(*tip_data))
        self.arrow.set_opacity(1)
        return self


def _show(number: DecimalNumber, value: float) -> None:
    """Set a readout, skipping the costly rebuild of its digits (about 10 ms at 1080p60, every
    frame) when the value is unchanged or shows the same digits."""
    if number.get_value() == value:
        return
    if number._get_num_string(value) == number._get_num_string(number.get_value()):
        number.number = value  # manim would rebuild the same glyphs in the same place
        return
    number.set_value(value)


def rebuilt_when_changed(key: Callable[[], object],
                         rebuild: Callable[[VMobject], object]) -> Callable[[VMobject], None]:
    """An updater calling ``rebuild`` only in frames where ``key()`` or the mobject's points
    changed since it last did: for a mobject whose points follow from ``key`` alone (a curve
    drawn from one tracker, a line to a dot), which manim would otherwise rebuild in every frame
    of every play."""
    last: list[object] = [None, b""]  # the key and the points after the last rebuild

    def update(mob: VMobject) -> None:
        seen = key()
        if seen == last[0] and mob.points.tobytes() == last[1]:
            return
        rebuild(mob)
        last[0], last[1] = seen, mob.points.tobytes()

    return update


class ReadoutPanel(VGroup):
    """Rows of ``label  value`` whose values follow getters, right-aligned on the numbers."""

    def __init__(self, rows: Sequence[tuple[str, Callable[[], float], int]], theme: Theme,
                 font_size: int = SIZES.label, tex_labels: bool = True):
        super().__init__()
        self.numbers: list[DecimalNumber] = []
        for label, getter, decimals in rows:
            # TeX looks smaller than Pango text of the same nominal size.
            tex_size = round(font_size * 1.5)
            # With sans labels, a label written ``$...$`` is a symbol, set as maths.
            symbol = not tex_labels and len(label) > 2 and label[0] == label[-1] == "$"
            text: VMobject = (MathTex(label, font_size=tex_size) if tex_labels
                              else MathTex(label[1:-1], font_size=tex_size) if symbol
                              else Text(label, font_size=font_size))
            text.set_color(theme.muted)
            # The number is set in the same face as its label: sans beside words, TeX beside
            # maths (a serif number next to a sans label reads as two kinds of thing).
            number = (DecimalNumber(getter(), num_decimal_places=decimals,
                                    font_size=tex_size, color=theme.text, include_sign=False)
                      if tex_labels else
                      SansNumber(getter(), num_decimal_places=decimals,
                                 font_size=font_size, color=theme.text, include_sign=False))
            number.add_updater(lambda m, g=getter: _show(m, g()))
            row = VGroup(text, number).arrange(RIGHT, buff=0.25)
            self.numbers.append(number)
            self.add(row)
        self.arrange(DOWN, aligned_edge=LEFT, buff=0.2)


class ScoreWalk:
    """A point walked in a straight line across a decision boundary, from one score to another
    (``walk`` goes 0 to 1), with a readout of its score and that score's sigmoid in the colour
    of the side it is on: the boundary as the place where z changes sign and sigma(z) passes 1/2.
    """

    def __init__(self, axes: Axes, theta: np.ndarray, start: np.ndarray, end: np.ndarray,
                 z_from: float, z_to: float, theme: Theme, p_label: str = r"\sigma(z)"):
        self.ends = points_scoring(theta, start, end, [z_from, z_to])
        self.walk = ValueTracker(0.0)
        self.theta = theta
        self.dot = Dot(axes.c2p(*self.at()), radius=0.13, color=theme.text)
        self.dot.set_stroke(theme.background, width=3)
        self.dot.add_updater(lambda m: m.move_to(axes.c2p(*self.at())))
        self.dot.set_z_index(3)
        self.readout = ReadoutPanel([("z", self.z, 2),
                                     (p_label, lambda: float(sigmoid(self.z())), 3)],
                                    theme, font_size=SIZES.body)
        for number in self.readout.numbers:
            number.add_updater(lambda m: m.set_color(
                theme.class1 if self.z() > 0 else theme.class0))

    def at(self) -> np.ndarray:
        """Where the point is now."""
        t = self.walk.get_value()
        return (1 - t) * self.ends[0] + t * self.ends[1]

    def z(self) -> float:
        """Its score now (core's)."""
        return float(scores(self.theta, self.at()[None, :])[0])


def baseline_offset(label: VMobject) -> float:
    """How far above ``label``'s bottom its baseline lies: a digit set after it in the same
    face and size sits on that baseline (a subscript or a descender hangs below it)."""
    if isinstance(label, MathTex):
        probe = MathTex(*label.tex_strings, "0", font_size=label.font_size,
                        tex_template=label.tex_template)
    else:
        probe = Text(label.original_text + " 0", font_size=label.font_size)
    body = VGroup(*probe[:-1])
    return float(probe[-1].get_bottom()[1] - body.get_bottom()[1])


def sit_on_baseline(mob: VMobject, label: VMobject) -> VMobject:
    """Move ``mob`` (a number, whose digits rest on their baseline) up or down so that it
    sits on ``label``'s baseline."""
    baseline = label.get_bottom()[1] + baseline_offset(label)
    return mob.shift((baseline - mob.get_bottom()[1]) * UP)


def readout_on_baselines(panel: ReadoutPanel, buff: float = 0.25) -> ReadoutPanel:
    """Each row's number on its label's baseline, and the numbers in one left-aligned column
    just right of the widest label (a new value keeps the left edge)."""
    column = max(row[0].get_right()[0] for row in panel) + buff
    for row in panel:
        label, number = row[0], row[1]
        number.shift((column - number.get_left()[0]) * RIGHT)
        sit_on_baseline(number, label)
    return panel


def copied_into(source: VMobject, target: VMobject) -> ReplacementTransform:
    """A copy of ``source`` that turns into ``target``, which stays as it was made.

    manim's ``TransformFromCopy`` animates the target itself and pads it with copies of its own
    glyphs to match the source's count: four stacked g's where one was made, which show
    through when the term is later dimmed."""
    return ReplacementTransform(source.copy(), target)


def denominator(fraction: VMobject) -> VGroup:
    """The glyphs under the bar of a ``\\frac`` piece (the bar is its widest, flattest glyph)."""
    bar = max(fraction, key=lambda g: g.width / max(g.height, 1e-6))
    return VGroup(*[g for g in fraction if g.get_center()[1] < bar.get_center()[1] - 1e-3])


def numerator(fraction: VMobject) -> VGroup:
    """The glyphs over the bar of a ``\\frac`` piece."""
    bar = max(fraction, key=lambda g: g.width / max(g.height, 1e-6))
    return VGroup(*[g for g in fraction if g.get_center()[1] > bar.get_center()[1] + 1e-3])


class Derivation(VGroup):
    """A derivation as rows of ``MathTex``, revealed one step at a time.

    Each row is given as a list of TeX pieces so that single terms can be addressed as
    ``(row, piece)``: coloured, struck through and faded when they cancel. An optional note
    beside a row says why the step holds.
    """

    def __init__(self, rows: Sequence[Sequence[str]], theme: Theme,
                 notes: Sequence[str] | None = None, font_size: int = SIZES.formula,
                 note_size: int = SIZES.caption, row_buff: float = 0.32,
                 align: Sequence[int] | None = None):
        """``align[i]`` is the piece of row ``i`` (an "=", say) that lines up under row 0's."""
        super().__init__()
        self.theme = theme
        self.rows = VGroup(*[MathTex(*pieces, font_size=font_size, color=theme.text)
                             for pieces in rows])
        self.rows.arrange(DOWN, aligned_edge=LEFT, buff=row_buff)
        if align is not None:
            anchor = self.rows[0][align[0]].get_x()
            for row, index in zip(self.rows[1:], align[1:], strict=True):
                row.shift((anchor - row[index].get_x()) * RIGHT)
        self.notes = VGroup()
        column = self.rows.get_right()[0] + 0.5  # notes line up in one column
        for row, note in zip(self.rows, notes or [""] * len(rows), strict=True):
            label = Text(note, font_size=note_size, color=theme.muted)
            label.move_to([column + label.width / 2, row.get_center()[1], 0])
            self.notes.add(label)
        self.add(self.rows, self.notes)

    def term(self, row: int, piece: int) -> VMobject:
        return self.rows[row][piece]

    def strike(self, refs: Sequence[tuple[int, int]]) -> VGroup:
        """Strokes through the terms ``refs``, ready to ``Create`` (in the muted colour: a
        cancelled term is not a mistake). Prefer :meth:`cancel_pair`, which shows what cancels
        with what."""
        strokes = VGroup()
        for row, piece in refs:
            term = self.term(row, piece)
            strokes.add(Line(term.get_corner(DOWN + LEFT), term.get_corner(UP + RIGHT),
                             color=self.theme.muted, stroke_width=4))
        return strokes

    def cancel_pair(self, first: tuple[int, int] | VMobject, second: tuple[int, int] | VMobject,
                    colour: str) -> tuple[AnimationGroup, AnimationGroup]:
        """Two terms that cancel, shown as a pair: first both take ``colour`` (so the eye
        finds the partner), then both fly to the point between them and vanish. Returns the
        two animations, to play on the words that name each step. A term is ``(row, piece)``
        or any part of a row (a denominator's glyphs, say)."""
        a, b = (self.term(*t) if isinstance(t, tuple) else t for t in (first, second))
        meet = (a.get_center() + b.get_center()) / 2
        pair = AnimationGroup(a.animate.set_color(colour), b.animate.set_color(colour))
        collapse = AnimationGroup(FadeOut(a, target_position=meet, scale=0.2),
                                  FadeOut(b, target_position=meet, scale=0.2))
        return pair, collapse

    def in_place(self, align: Sequence[int], note_buff: float = 0.35) -> Derivation:
        """Put every row where row 0 is (piece ``align[i]`` of row ``i``, an "=" say, under
        row 0's), and every note centred under them: a derivation that one line transforms
        through, step by step (:meth:`morph`), rather than a stack of lines."""
        anchor = self.rows[0][align[0]].get_center()
        for row, index in zip(self.rows, align, strict=True):
            row.shift(anchor - row[index].get_center())  # on the maths axis, not the box
        bottom = min(row.get_bottom()[1] for row in self.rows)
        for note in self.notes:
            note.move_to([self.rows[0].get_center()[0], bottom - note_buff - note.height / 2, 0])
        return self

    def morph(self, source: int, target: int,
              pairs: Sequence[tuple[int | Sequence[int], int | Sequence[int]]]
              ) -> AnimationGroup:
        """Row ``source`` turns into row ``target`` in place: each ``(a, b)`` of ``pairs`` moves
        the source's piece(s) ``a`` into the target's piece(s) ``b`` (a piece named twice as a
        source is copied: one factor multiplied into two terms); the source's other pieces
        fade out and the target's other pieces fade in. Pieces already removed (collapsed by
        :meth:`cancel_pair`) are left alone."""

        def pieces(row: int, ref: int | Sequence[int]) -> VGroup:
            refs = [ref] if isinstance(ref, int) else list(ref)
            return VGroup(*[self.term(row, i) for i in refs])

        moves, used, sources, targets = [], set(), set(), set()
        for a, b in pairs:
            key = tuple([a] if isinstance(a, int) else a)
            src, dst = pieces(source, a), pieces(target, b)
            moves.append(copied_into(src, dst) if key in used
                         else ReplacementTransform(src, dst))
            used.add(key)
            sources.update(key)
            targets.update([b] if isinstance(b, int) else b)
        gone = [FadeOut(p) for i, p in enumerate(self.rows[source]) if i not in sources]
        new = [FadeIn(p) for i, p in enumerate(self.rows[target]) if i not in targets]
        return AnimationGroup(*moves, *gone, *new)

    def grow(self, source: int, target: int, key_map: dict[str, str] | None = None
              ) -> TransformMatchingTex:
        """Row ``target`` grown out of a copy of row ``source``: the pieces both rows share
        (same TeX) glide into their new places, the rest fade across, and row ``source`` stays
        where it is (a derivation as a sequence of transformations, each line visibly made
        from the one before). ``key_map`` pairs pieces whose TeX differs but that are the same
        term (``{"1 - g(z)": "1 - g(z)"}``)."""
        return TransformMatchingTex(self.rows[source].copy(), self.rows[target],
                                    key_map=key_map or {})


#: The minus sign (U+2212): a hyphen is shorter and sits lower, and reads as a dash.
MINUS = "\u2212"


class SansNumber(DecimalNumber):
    """A ``DecimalNumber`` set in the text face, whatever other numbers were drawn before.

    Manim 0.21 caches the glyphs of every ``DecimalNumber`` in one dict keyed by the character
    alone, so once a TeX tick label has drawn "1", a ``mob_class=Text`` number that changes to
    1.44 gets a serif "1" a size smaller beside its sans "44". This keys the cache by face too,
    and sets text glyphs in the lecture's face itself rather than in whatever face ``Text``
    defaults to when the first number is drawn: a number made before any scene's setup would
    otherwise leave DejaVu glyphs in the cache for every number after it.
    """

    _glyphs: dict[tuple[type, str, str], VMobject] = {}

    def __init__(self, number: float, **kwargs: object) -> None:
        super().__init__(number, mob_class=Text, **kwargs)

    def _string_to_mob(self, string: str, mob_class: type | None = None,
                       **kwargs: object) -> VMobject:
        mob_class = mob_class or self.mob_class
        if mob_class is Text and string == "-":
            string = MINUS  # a true minus, as wide as a digit, not a hyphen
        if mob_class is Text:
            kwargs.setdefault("font", SIZES.font)
        key = (mob_class, str(kwargs.get("font", "")), string)
        if key not in self._glyphs:
            self._glyphs[key] = mob_class(string, **kwargs)
        mob = self._glyphs[key].copy()
        mob.font_size = self._font_size
        return mob

    #: The gap Pango leaves between two characters set in a word, in the lecture's face at
    #: Text's default size.
    _gaps: dict[tuple[str, str], float] = {}

    def _set_submobjects_from_number(self, number: float) -> None:
        super()._set_submobjects_from_number(number)
        self._space_as_in_a_word()

    def _space_as_in_a_word(self) -> None:
        """Set the glyphs as far apart as the face sets them in a word: manim leaves a third of
        that gap, which closes the decimal point up until 1.44 reads as 144."""
        chars = [MINUS if c == "-" else c for c in self._get_num_string(self.number)]
        glyphs = self.submobjects[:len(chars)]
        if len(glyphs) != len(chars) or len(chars) < 2:
            return
        scale = self._font_size / DEFAULT_FONT_SIZE  # the pairs are measured at Text's default
        for i in range(1, len(chars)):
            gap = self._gap(chars[i - 1], chars[i]) * scale
            shift = glyphs[i - 1].get_right()[0] + gap - glyphs[i].get_left()[0]
            VGroup(*glyphs[i:]).shift(shift * RIGHT)
        self.move_to(ORIGIN)

    @classmethod
    def _gap(cls, left: str, right: str) -> float:
        key = (left, right)
        if key not in cls._gaps:
            pair = Text(left + right, font=SIZES.font)
            cls._gaps[key] = float(pair[1].get_left()[0] - pair[0].get_right()[0])
        return cls._gaps[key]
