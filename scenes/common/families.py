"""The list of mobjects a camera draws, flattened in one pass instead of manim's recursion.

Before every frame manim's camera flattens the moving mobjects' families
(``extract_mobject_family_members``): ``Mobject.get_family`` recurses, building and
de-duplicating a list at every level of the tree, then each member is asked for its points
and the result is de-duplicated again and sorted by z-index. For a scene of a few hundred
glyphs, dots and lines that is several milliseconds of Python per frame, a tenth of a
1080p60 field scene's main thread. :func:`draw_order` gives the same list in one walk.

Why it is the same list: manim keeps the *last* occurrence of a mobject met twice, at every
level; keeping the last occurrence of each part's list, then of their concatenation, keeps
the last occurrence in the whole walk, so one de-duplication at the end gives the same order.
Dropping the mobjects without points commutes with it, and the sort is the same stable sort.
"""

from __future__ import annotations

from collections.abc import Iterable

from manim import Mobject


def draw_order(mobjects: Iterable[Mobject], use_z_index: bool) -> list[Mobject]:
    """``extract_mobject_family_members(mobjects, use_z_index, only_those_with_points=True)``,
    the same list, faster (see the module's docstring)."""
    walk: list[Mobject] = []
    stack = list(mobjects)[::-1]
    while stack:
        mobject = stack.pop()
        walk.append(mobject)
        stack.extend(reversed(mobject.submobjects))
    last = {id(m): i for i, m in enumerate(walk)}
    drawn = [m for i, m in enumerate(walk) if last[id(m)] == i and len(m.points) > 0]
    if use_z_index:
        drawn.sort(key=lambda m: m.z_index)
    return drawn
