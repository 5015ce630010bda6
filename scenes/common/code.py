"""A code listing with line highlighting: real source, coloured by the theme, one line lit.

Pygments splits the source into tokens and the theme's roles colour them (keywords, numbers and
strings, comments), so a listing follows the palette, the light theme included. Each line is
its own ``MarkupText`` in DejaVu Sans Mono, so a scene can light the line that runs
(``listing.highlight(i)``), dim the others, or reveal a function as the narrator names it.
"""

from __future__ import annotations

import inspect
import textwrap
from collections.abc import Callable
from html import escape

from manim import LEFT, UP, MarkupText, Rectangle, VGroup
from pygments import lex
from pygments.lexers import PythonLexer
from pygments.token import Comment, Keyword, Name, Number, String, Token

from scenes.common.theme import SIZES, Theme

#: Line pitch as a multiple of the font's line height: room for the highlight band.
LINE_SPACING = 1.15
#: A full-height glyph closing every line (then hidden), the baseline reference.
_STRUT = "\u2502"


def _role(token: type[Token], theme: Theme) -> str:
    if token in Comment:
        return theme.muted
    if token in Keyword or token in Name.Builtin:
        return theme.code_keyword
    if token in Number or token in String:
        return theme.code_literal
    return theme.text


def _markup(line: str, theme: Theme) -> str:
    """Pango markup for one line of Python, each token in its role's colour."""
    spans = []
    for token, text in lex(line, PythonLexer()):
        text = text.rstrip("\n")
        if text:
            spans.append(f'<span foreground="{_role(token, theme)}">{escape(text)}</span>')
    return "".join(spans) or " "


def source_of(*functions: Callable, body_only: bool = False) -> str:
    """The source of ``functions``, as written in their files, one blank line between two.

    With ``body_only`` each function's ``def`` line is dropped and its body dedented: the
    lines a script runs (``main``'s, say) without the wrapper around them.
    """
    parts = []
    for function in functions:
        text = textwrap.dedent(inspect.getsource(function)).rstrip("\n")
        if body_only:
            text = textwrap.dedent(text.split("\n", 1)[1])
        parts.append(text)
    return "\n\n".join(parts) + "\n"


class CodeListing(VGroup):
    """``source`` (Python) as lines of coloured monospace text, top-aligned, with optional line
    numbers, and a highlight band that can move from line to line."""

    def __init__(self, source: str, theme: Theme, font_size: float = SIZES.code,
                 line_numbers: bool = False, first_number: int = 1):
        super().__init__()
        self.theme = theme
        self.source_lines = source.rstrip("\n").split("\n")
        # Every line ends in a strut (a full-height glyph, made invisible) so that lines of
        # any content, blank ones included, sit on one baseline pitch and can be found by it.
        self.lines = VGroup(*[
            MarkupText(_markup(line, theme) + _STRUT, font=SIZES.code_font,
                       font_size=font_size)
            for line in self.source_lines])
        strut_height = self.lines[0][-1].height
        pitch = strut_height * LINE_SPACING
        char = MarkupText("x" * 10, font=SIZES.code_font, font_size=font_size).width / 10
        for i, (line, text) in enumerate(zip(self.lines, self.source_lines, strict=True)):
            line[-1].set_opacity(0)
            indent = (len(text) - len(text.lstrip(" "))) * char
            line.shift([indent - line.get_left()[0], -i * pitch - line[-1].get_y(), 0])
        self.pitch = pitch
        self.numbers = VGroup()
        if line_numbers:
            for i, line in enumerate(self.lines):
                number = MarkupText(str(first_number + i) + _STRUT, font=SIZES.code_font,
                                    font_size=font_size, color=theme.muted)
                number[-1].set_opacity(0)
                number.shift([-0.35 - number.get_right()[0],
                              line[-1].get_y() - number[-1].get_y(), 0])
                self.numbers.add(number)
        self.band = Rectangle(width=1, height=pitch, stroke_width=0).set_fill(
            theme.highlight, opacity=0.0)
        self.add(self.band, self.numbers, self.lines)
        self._fit_band(0)

    def _fit_band(self, index: int) -> None:
        width = max(line.get_right()[0] for line in self.lines) - self.lines.get_left()[0] + 0.3
        self.band.stretch_to_fit_width(width)
        self.band.stretch_to_fit_height(self.line_height)
        self.band.move_to([self.lines.get_left()[0] - 0.15, self.row_y(index), 0],
                          aligned_edge=LEFT)

    @property
    def line_height(self) -> float:
        """The pitch between two lines, as drawn (after any scaling of the listing)."""
        if len(self.lines) > 1:
            return abs(self.row_y(1) - self.row_y(0)) or self.pitch
        return self.band.height

    def line_index(self, text: str) -> int:
        """The index of the first line that contains ``text`` (raises if none does)."""
        for i, line in enumerate(self.source_lines):
            if text in line:
                return i
        raise ValueError(f"no line of the listing contains {text!r}")

    def highlight(self, index: int, opacity: float = 0.18) -> CodeListing:
        """Light line ``index`` (0-based): the band moves behind it. Use with ``.animate``."""
        self.band.set_fill(self.theme.highlight, opacity=opacity)
        self.band.stretch_to_fit_height(self.line_height)  # one line, after a range
        self.band.set_y(self.row_y(index))
        return self

    def highlight_lines(self, first: int, last: int, opacity: float = 0.18) -> CodeListing:
        """Light lines ``first`` to ``last`` inclusive with one band. Use with ``.animate``."""
        self.band.set_fill(self.theme.highlight, opacity=opacity)
        self.band.stretch_to_fit_height(abs(self.row_y(first) - self.row_y(last))
                                        + self.line_height)
        self.band.set_y((self.row_y(first) + self.row_y(last)) / 2)
        return self

    def light(self, first: int, last: int | None = None, opacity: float = 0.18):  # noqa: ANN201
        """An animation of the band alone onto lines ``first`` to ``last`` (``first`` alone by
        default): cheaper to render than ``listing.animate.highlight(...)``, which moves a
        copy of every glyph with it."""
        last = first if last is None else last
        height = abs(self.row_y(first) - self.row_y(last)) + self.line_height
        return self.band.animate.set_fill(self.theme.highlight, opacity=opacity
                                          ).stretch_to_fit_height(height).set_y(
            (self.row_y(first) + self.row_y(last)) / 2)

    def mark(self, index: int, colour: str, opacity: float = 0.25) -> Rectangle:
        """A second band over line ``index`` in ``colour`` (not part of the listing): to mark
        lines that stay marked while the main band moves on. Add it behind the listing."""
        band = self.band.copy().set_fill(colour, opacity=opacity)
        band.stretch_to_fit_height(self.line_height)
        band.set_y(self.row_y(index))
        return band

    def row_y(self, index: int) -> float:
        """The centre height of line ``index``, as drawn (its strut's centre)."""
        return float(self.lines[index][-1].get_y())

    def lines_between(self, first: int, last: int) -> VGroup:
        """Lines ``first`` to ``last`` inclusive, to reveal or dim together."""
        return VGroup(*self.lines[first:last + 1])

    def top_left(self) -> list[float]:
        return list(self.lines.get_corner(UP + LEFT))
