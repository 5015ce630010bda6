"""One typeface for words and maths: TeX set in Nimbus Sans, the face of the Text labels.

Reviewers flagged Computer Modern serif maths (readouts, quizzes, tables) next to the sans
labels as two faces for one kind of thing. ``mathastext`` takes the maths letters and digits
from the text font (``helvet``: URW's Nimbus Sans, which ``Text`` uses too), so ``0.679`` in a
formula looks like ``0.679`` in a label. Equals, plus and minus stay TeX's own: they are
drawn, not lettered, and keep their proper widths. Greek letters have no sans in the base TeX
install and stay CM italic.
Every package here ships in texlive-latex-base/-extra and texlive-fonts-recommended.
"""

from __future__ import annotations

from manim import TexTemplate, config

#: The LaTeX packages the template loads (``lecture doctor`` checks they are installed).
PACKAGES = ("helvet.sty", "mathastext.sty")

SANS_PREAMBLE = r"""
\usepackage[T1]{fontenc}
\usepackage[scaled=0.95]{helvet}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[italic,noequal,noplusnominus]{mathastext}
"""


def sans_template() -> TexTemplate:
    """manim's default template with the sans preamble added."""
    template = TexTemplate()
    template.add_to_preamble(SANS_PREAMBLE)
    return template


def use_sans_maths() -> None:
    """Make every ``Tex``/``MathTex`` built from now on use the sans template (idempotent)."""
    if SANS_PREAMBLE not in config.tex_template.preamble:
        config.tex_template = sans_template()
