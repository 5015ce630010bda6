"""The fingerprint that keys partial movies by the mobjects on screen: it sees every change a
viewer could see or a later frame could depend on, and ignores floating-point noise and the
worker a scene ran in (``scripts.build.play_hash``)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
from manim import Dot, MathTex, Scene, Square, Text, ValueTracker, tempconfig

from scripts.build.play_hash import fingerprint_mobjects


def _key(*mobjects: object) -> str:
    return fingerprint_mobjects(_SCENE, list(mobjects))


_SCENE = object()  # stands for the scene: taken as a token, never walked


def _led(value: float, offset: float = 0.0) -> tuple[Dot, ValueTracker]:
    t = ValueTracker(value)
    dot = Dot()
    dot.add_updater(lambda m: m.move_to([t.get_value() + offset, 0, 0]))
    return dot, t


def test_the_same_picture_gives_the_same_key() -> None:
    assert _key(Square(), Dot()) == _key(Square(), Dot())


def test_what_a_viewer_sees_changes_the_key() -> None:
    base = _key(Square())
    assert _key(Square().shift([1e-4, 0, 0])) != base  # a twentieth of a pixel at 4K
    assert _key(Square(color="#FF0000")) != base
    assert _key(Square(stroke_width=5)) != base
    assert _key(Square().set_fill(opacity=0.5)) != base
    assert _key(Square().set_z_index(2)) != base
    assert _key(Square(), Dot()) != _key(Dot(), Square())  # drawing order


def test_floating_point_noise_does_not() -> None:
    a, b = Square(), Square()
    b.points = b.points + np.spacing(b.points)
    assert not np.array_equal(a.points, b.points)
    assert _key(a) == _key(b)


def test_an_updater_counts_by_its_code_and_what_it_reads() -> None:
    dot, _ = _led(1.0)
    same, _ = _led(1.0)
    assert _key(dot) == _key(same)
    moved_tracker, _ = _led(2.0)  # same picture now, another future
    assert _key(moved_tracker) != _key(dot)
    other_constant, _ = _led(1.0, offset=0.5)
    assert _key(other_constant) != _key(dot)

    def with_code(code: str) -> Dot:
        namespace: dict[str, object] = {}
        exec(code, namespace)  # noqa: S102 (two versions of one scene file's updater)
        follower = Dot()
        follower.add_updater(namespace["follow"])  # type: ignore[arg-type]
        return follower

    assert _key(with_code("def follow(m):\n    m.shift([0.1, 0, 0])")) != \
        _key(with_code("def follow(m):\n    m.shift([0.2, 0, 0])"))


def test_a_function_an_updater_calls_counts_too() -> None:
    """An edit to a core function the updater calls changes the key (the function's body is
    walked through the updater's globals)."""
    def follower(body: str) -> Dot:
        namespace: dict[str, object] = {}
        exec(f"def height(x):\n    return {body}\n"  # noqa: S102
             "def follow(m):\n    m.move_to([0, height(1.0), 0])", namespace)
        dot = Dot()
        dot.add_updater(namespace["follow"])  # type: ignore[arg-type]
        return dot

    assert _key(follower("x / 2")) == _key(follower("x / 2"))
    assert _key(follower("x / 2")) != _key(follower("x / 3"))


def _in_a_fresh_worker(make: Callable[[], list[object]]) -> str:
    folder = Path(tempfile.mkdtemp())
    with tempconfig({"tex_dir": str(folder / "tex"), "text_dir": str(folder / "texts"),
                     "media_dir": str(folder), "verbosity": "ERROR"}):
        return fingerprint_mobjects(Scene(), make())


def test_the_worker_a_scene_ran_in_does_not_change_the_key() -> None:
    """Each worker has its own TeX and text folders, where SVG files and their element ids
    ("surface1", numbered by Cairo in drawing order) differ."""
    def make() -> list[object]:
        return [MathTex(r"g(z) = \frac{1}{1 + e^{-z}}"), Text("readout 0.25")]

    assert _in_a_fresh_worker(make) == _in_a_fresh_worker(make)
