"""``scenes.common.families.draw_order`` gives manim's own draw list, member for member.

The camera draws what ``draw_order`` lists before every frame, so the list must be manim's
(``extract_mobject_family_members`` with points only): same mobjects, same order. Checked
here on trees built to hit the corners (a mobject shared by two groups, listed twice at the
top, z-indices, groups without points, a deep chain), and in ``test_every_scene`` on every
scene's last picture.
"""

from __future__ import annotations

import pytest
from manim import Dot, Mobject, Square, Text, VGroup, VMobject
from manim.utils.family import extract_mobject_family_members

from scenes.common.families import draw_order


def manims(mobjects: list[Mobject], use_z_index: bool) -> list[Mobject]:
    return extract_mobject_family_members(mobjects, use_z_index=use_z_index,
                                          only_those_with_points=True)


def _trees() -> dict[str, list[Mobject]]:
    shared = Dot()
    a, b, c = Square(), Dot(), Square()
    left, right = VGroup(a, shared), VGroup(shared, b)
    raised = VGroup(Square().set_z_index(2), Dot(), VGroup(Dot().set_z_index(-1), Square()))
    chain: Mobject = Dot()
    for _ in range(30):
        chain = VGroup(VMobject(), chain, Dot())
    return {
        "shared by two groups": [left, right, c],
        "listed twice at the top": [a, VGroup(b, c), a],
        "a group and its own member": [left, a],
        "z-indices": [raised, Square().set_z_index(1), Dot()],
        "a deep chain": [chain],
        "text": [Text("family"), VGroup()],
        "nothing": [],
    }


@pytest.mark.parametrize("tree", list(_trees()))
@pytest.mark.parametrize("use_z_index", [True, False])
def test_the_draw_order_is_manims(tree: str, use_z_index: bool) -> None:
    mobjects = _trees()[tree]
    expected = manims(mobjects, use_z_index)
    got = draw_order(mobjects, use_z_index)
    assert [id(m) for m in got] == [id(m) for m in expected]
    assert tree == "nothing" or got
