"""Build a scene without drawing a frame, to read what it says and when it moves.

Manim runs the scene's ``construct`` with animations skipped (``skip_animations`` is a
``Scene`` constructor argument in manim 0.21): every beat, mark and animation gets its real
time, in about a second a scene. ``lecture timing`` prints that timeline, so an author sees
whether a picture lands on its words without rendering or watching.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scripts.build.catalog import SceneEntry
from scripts.build.contract import ENV_PARAMS


@dataclass(frozen=True)
class Played:
    """One ``play``: when it started, how long it ran, what it animated."""

    start: float
    run_time: float
    what: str


@dataclass
class Timeline:
    """What a scene does, in scene time: its beats (with marks) and its animations."""

    beats: list = field(default_factory=list)  # scenes.common.beats.BeatRecord
    played: list[Played] = field(default_factory=list)


@contextmanager
def _scene_environment(entry: SceneEntry, root: Path) -> Iterator[None]:
    """The parameters the renderer would give the scene, and the project on the path."""
    saved = os.environ.get(ENV_PARAMS)
    os.environ[ENV_PARAMS] = json.dumps(entry.params)
    sys.path.insert(0, str(root))
    try:
        yield
    finally:
        sys.path.remove(str(root))
        if saved is None:
            os.environ.pop(ENV_PARAMS, None)
        else:
            os.environ[ENV_PARAMS] = saved


def _describe(animations: tuple) -> str:
    names = []
    for a in animations:
        mob = getattr(a, "mobject", None)
        kind = "animate" if type(a).__name__ == "_AnimationBuilder" else type(a).__name__
        names.append(f"{kind}({type(mob).__name__})" if mob is not None else kind)
    return ", ".join(names)


def scene_class(entry: SceneEntry, root: Path) -> type:
    """``entry``'s scene class, imported as the renderer would (without building it): what
    a class declares, a quiz scene's ``quiz`` say, is readable without rendering."""
    with _scene_environment(entry, root):
        return getattr(importlib.import_module(entry.module), entry.name)


def timeline(entry: SceneEntry, root: Path) -> Timeline:
    """Build ``entry``'s scene with animations skipped and return its timeline."""
    from manim import tempconfig

    result = Timeline()
    with _scene_environment(entry, root), tempfile.TemporaryDirectory() as tmp, \
            tempconfig({"media_dir": tmp, "write_to_movie": False, "quality": "low_quality",
                        "output_file": str(Path(tmp) / "out"), "verbosity": "ERROR",
                        "progress_bar": "none"}):
        scene_cls = getattr(importlib.import_module(entry.module), entry.name)
        scene = scene_cls(skip_animations=True)
        original = scene.play

        def play(*animations: object, **kwargs: object) -> None:
            start = scene.renderer.time
            original(*animations, **kwargs)
            result.played.append(Played(start, scene.renderer.time - start,
                                        _describe(animations)))

        scene.play = play  # type: ignore[method-assign]
        scene.setup()
        scene.construct()
        scene.tear_down()
        result.beats = list(scene.beats)
    return result
