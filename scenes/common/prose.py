"""Sentences with maths in them, set by TeX: words in a sans face, maths as maths.

A quiz choice such as "$g(z)\\,(1 - g(z))$" or a note such as "the pull is $|y - h|$" is
written with its maths between dollar signs. TeX sets the whole paragraph (so the maths sits on
the words' baseline and a formula is never broken across lines), ragged right in a box of the
given width. Plain words outside the dollars are escaped, so "50%" or "a & b" are safe; any
other non-ASCII character outside maths is refused, because it is almost always maths written
as text ("θᵀx", "1 − g") that should be set as maths.
"""

from __future__ import annotations

import re

from manim import Tex

#: TeX's digits are about 1.47 times smaller than DejaVu Sans' at the same nominal size: prose
#: is set at a TeX size from the type scale's formula column (see theme.Sizes).
_MATH = re.compile(r"\$[^$]+\$")
#: Typographic characters that may stand in plain words, and how TeX writes them.
_TYPOGRAPHY = {"\u2019": "'", "\u2018": "`", "\u201c": "``", "\u201d": "''", "\u2014": "---",
               "\u2013": "--", "\u2026": r"\ldots{}", "\u00a0": "~"}
_SPECIAL = {"&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
            "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}
#: Scene units per centimetre of TeX output, per point of font size (measured: a 10 cm rule
#: at font size 40 is 11.81 units wide).
_UNITS_PER_CM_PER_POINT = 11.811 / 10 / 40


class ProseError(ValueError):
    """A sentence that would be set wrong: maths outside dollars, or unbalanced dollars."""


def check_prose(text: str) -> None:
    """Raise :class:`ProseError` if ``text`` has an odd number of ``$`` or a non-ASCII
    character outside maths that is not plain typography."""
    if text.count("$") % 2:
        raise ProseError(f"unbalanced $ in {text!r}")
    words = _MATH.sub("", text)
    odd = sorted({ch for ch in words if ord(ch) > 127 and ch not in _TYPOGRAPHY})
    if odd:
        raise ProseError(f"{''.join(odd)!r} outside $...$ in {text!r}: write maths as "
                         "maths, e.g. $\\theta^T x$ or $1 - g(z)$")


def _escape_words(words: str) -> str:
    out = []
    for ch in words:
        out.append(_SPECIAL.get(ch) or _TYPOGRAPHY.get(ch) or ch)
    return "".join(out)


def to_latex(text: str) -> str:
    """``text`` as TeX: words escaped, ``$...$`` spans kept as they are."""
    check_prose(text)
    parts, last = [], 0
    for m in _MATH.finditer(text):
        parts.append(_escape_words(text[last:m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(_escape_words(text[last:]))
    return "".join(parts)


def plain(text: str) -> str:
    """``text`` with its maths markup removed, as a narrator's script or a caption shows it
    when no spoken form is given (dollars and backslash commands dropped)."""
    def speak(m: re.Match[str]) -> str:
        body = m.group(0)[1:-1]
        body = re.sub(r"\\(frac)\{([^}]*)\}\{([^}]*)\}", r"\2 / \3", body)
        body = re.sub(r"\\[a-zA-Z]+", " ", body)
        return re.sub(r"[{}^_]", "", body).strip()
    return re.sub(r"\s+", " ", _MATH.sub(speak, text)).strip()


def prose(text: str, width: float, font_size: float, color: str) -> Tex:
    """``text`` set by TeX, ragged right in a box ``width`` scene units wide."""
    cm = width / (_UNITS_PER_CM_PER_POINT * font_size)
    body = rf"\begin{{minipage}}{{{cm:.3f}cm}}\raggedright\sffamily {to_latex(text)}" \
           r"\end{minipage}"
    return Tex(body, font_size=font_size, color=color)
