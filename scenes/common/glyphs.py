"""Glyphs that copy cheaply: each glyph's parsed SVG path dropped once its points are made.

Every glyph of a ``Text`` or ``MathTex`` is a ``VMobjectFromSVGPath`` that keeps the
svgelements path it was parsed from (a list of segment objects, each holding point objects).
manim reads that path once, when the glyph makes its points, and never again; but every
copy deep-copies it: each ``Transform`` and ``FadeIn`` of a text, each text drawn again from
manim's SVG cache, and every digit a ``DecimalNumber`` readout rebuilds when its value moves.
Copying a line of ``Text`` cost about twenty times as much with the path as without
(measured: 57.7 ms against 2.7 ms on the loaded 2-core machine), and a readout's
``set_value`` about five times (39 ms against 8 ms). The glyph's points, which are all that is
drawn, are the same either way (``tests/scenes/test_glyphs.py``).
"""

from __future__ import annotations

from manim.mobject.svg.svg_mobject import VMobjectFromSVGPath

_PATCHED = "_lecture_drops_parsed_path"


def copy_glyphs_cheaply() -> None:
    """From now on, a glyph forgets its parsed path once its points are made (idempotent).

    The path is set to None, not emptied, so that anything asking a glyph to make its points
    a second time fails loudly instead of drawing nothing.
    """
    if getattr(VMobjectFromSVGPath, _PATCHED, False):
        return
    make_points = VMobjectFromSVGPath.generate_points

    def generate_points(self: VMobjectFromSVGPath) -> VMobjectFromSVGPath:
        make_points(self)
        self.path_obj = None
        return self

    VMobjectFromSVGPath.generate_points = generate_points  # type: ignore[method-assign]
    setattr(VMobjectFromSVGPath, _PATCHED, True)
