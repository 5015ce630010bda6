"""Glyphs without their parsed SVG path (scenes.common.glyphs) draw the same pixels, copy
independently, and keep nothing of the path."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from manim import MathTex, Text
from manim.mobject.svg.svg_mobject import VMobjectFromSVGPath

from scenes.common.glyphs import copy_glyphs_cheaply
from scenes.common.pieces import SansNumber

#: Draws texts, a formula, readouts (a value set twice) and the copies a Transform makes, with
#: manim as it is and then with the parsed paths dropped, each in a fresh SVG and digit cache,
#: and prints how many pixels differ. Run in its own interpreter: the drop, once installed,
#: holds for the whole process.
SCRIPT = textwrap.dedent("""
    import numpy as np
    from manim import DOWN, Camera, DecimalNumber, MathTex, Text, VGroup, config
    import manim.mobject.svg.svg_mobject as svg
    import manim.mobject.text.numbers as numbers

    config.media_dir = {media!r}

    def picture():
        svg.SVG_HASH_TO_MOB_MAP.clear()
        numbers.string_to_mob_map.clear()
        number = DecimalNumber(0.25, num_decimal_places=3)
        number.set_value(-1.375)
        number.set_value(12.5)
        sentence = "Spam or not spam? 1.44 > 1"
        texts = VGroup(Text(sentence), MathTex(r"g(z) = \\frac{{1}}{{1 + e^{{-z}}}}"), number,
                       Text(sentence).copy().set_color("#ff8800"))
        texts.arrange(DOWN)
        camera = Camera()
        camera.capture_mobjects([texts, texts.copy().shift(0.01 * DOWN)])
        return camera.pixel_array.copy(), texts

    before, _ = picture()
    from scenes.common.glyphs import copy_glyphs_cheaply
    copy_glyphs_cheaply()
    after, texts = picture()
    kept = sum(1 for m in texts.get_family() if getattr(m, "path_obj", None) is not None)
    print(int((before != after).any(axis=-1).sum()), int((before != 0).any(axis=-1).sum()), kept)
""")


def test_dropping_the_parsed_paths_draws_the_same_pixels(tmp_path) -> None:  # noqa: ANN001
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(media=str(tmp_path))],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    differing, drawn, kept = (int(x) for x in done.stdout.split()[-3:])
    assert drawn > 10_000, "the texts drew almost nothing: the comparison would prove nothing"
    assert differing == 0
    assert kept == 0, "glyphs still hold their parsed paths"


def test_a_copied_glyph_moves_on_its_own() -> None:
    copy_glyphs_cheaply()
    copy_glyphs_cheaply()  # idempotent: the second call wraps nothing again
    text = Text("1.44")
    copy = text.copy().shift([1.0, 0.0, 0.0])
    assert abs(copy.get_center()[0] - text.get_center()[0] - 1.0) < 1e-9
    glyphs = [m for m in (*text.get_family(), *MathTex("x^2").get_family(),
                          *SansNumber(0.5).get_family()) if isinstance(m, VMobjectFromSVGPath)]
    assert glyphs and all(g.path_obj is None and len(g.points) for g in glyphs)
