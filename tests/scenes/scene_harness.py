"""Build a scene without pixels: every mobject at its real final place, in well under a second.

``dry_run`` crashes on manim-slides' ``Slide``, and ``Slide.render`` cannot save slides when
animations are skipped, so the harness runs ``setup``/``construct``/``tear_down`` itself on a
scene made with ``skip_animations=True`` (a constructor argument in manim 0.21, not a config key).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest.mock import patch

import numpy as np
from layout import design_problems, layout_problems
from manim import Scene, TexTemplate, config, tempconfig
from manim.mobject.text import tex_mobject
from manim.utils.tex_file_writing import generate_tex_file
from manim.utils.tex_file_writing import tex_to_svg_file as _tex_to_svg_file

from scripts.build.contract import ENV_PARAMS

#: Compiled TeX and Text SVGs, shared by every test in this process (one per process, so
#: parallel test workers never delete each other's files: manim cleans its tex dir after
#: each compile). Without it, every test would compile every formula again.
_SVG_CACHE = Path(tempfile.gettempdir()) / f"lecture-tests-svg-{os.getpid()}"

#: Finished TeX SVGs shared by every worker of one test run: each worker still compiles in its
#: own folder above, but a formula another worker has already compiled is read from here. The
#: workers build different scenes, yet nearly all of their ~700 formulas are the same, and
#: each costs a LaTeX run and a dvisvgm run. An SVG lands here whole (written aside, then
#: renamed), named by manim's hash of its TeX source and template.
_SHARED_SVGS = Path(tempfile.gettempdir()) / (
    f"lecture-tests-svg-run-{os.environ.get('LECTURE_TESTS_RUN') or os.getpid()}")


def _tex_to_svg_file_shared(expression: str, environment: str | None = None,
                            tex_template: TexTemplate | None = None) -> Path:
    """manim's ``tex_to_svg_file``, reading and filling :data:`_SHARED_SVGS`."""
    template = tex_template or config["tex_template"]
    name = generate_tex_file(expression, environment, template).with_suffix(".svg").name
    shared = _SHARED_SVGS / name
    if shared.exists():
        # Read from a copy in this process's own folder: manim writes a modified file beside
        # the SVG it reads and deletes it after, and two workers doing that beside the shared
        # file at once delete each other's (FileNotFoundError in a CI run).
        local = _SVG_CACHE / "shared" / name
        if not local.exists():
            local.parent.mkdir(parents=True, exist_ok=True)
            aside = local.with_name(f"{name}.part")
            shutil.copyfile(shared, aside)
            os.replace(aside, local)
        return local
    svg = _tex_to_svg_file(expression, environment, template)
    _SHARED_SVGS.mkdir(parents=True, exist_ok=True)
    aside = shared.with_name(f"{name}.{os.getpid()}.part")
    shutil.copyfile(svg, aside)
    os.replace(aside, shared)
    return svg


tex_mobject.tex_to_svg_file = _tex_to_svg_file_shared


@contextmanager
def quiet_config(tmp_path: Path) -> Iterator[None]:
    """A throwaway media folder, nothing written to disk but the shared SVG cache."""
    with tempconfig({"media_dir": str(tmp_path), "write_to_movie": False,
                     "output_file": str(tmp_path / "out"), "quality": "low_quality",
                     "tex_dir": str(_SVG_CACHE / "tex"),
                     "text_dir": str(_SVG_CACHE / "texts")}):
        yield


#: Scenes already built in this process, by (class, its parameters' JSON): a scene's final state is
#: the same every time (all draws are seeded), so the per-chapter tests and the every-scene
#: test share one build instead of each paying for their own. Every build is checked, so a
#: chapter test's build serves the every-scene test after it, and the other way round.
_BUILT: dict[tuple[type[Scene], str], Scene] = {}


@functools.cache
def _catalog_params() -> dict[tuple[str, str], str]:
    """Every catalog scene's parameters as ``lecture render`` hands them over, by
    (module, class name)."""
    from scripts.build.lecture_file import load_catalog
    from scripts.defaults import PROJECT_ROOT

    return {(e.module, e.name): json.dumps(e.params) for e in load_catalog(PROJECT_ROOT).scenes}


def lecture_params(scene_cls: type[Scene]) -> str:
    """The parameters the lecture files give ``scene_cls`` (or the class it extends, for a
    test's subclass), as JSON: a test builds a scene as the lecture renders it, and so shares
    the build of the every-scene checks, which name it by its catalog entry. "{}" for a scene
    no lecture declares."""
    for cls in scene_cls.__mro__:
        found = _catalog_params().get((cls.__module__, cls.__name__))
        if found is not None:
            return found
    return "{}"


def build(scene_cls: type[Scene], tmp_path: Path, check_layout: bool = False) -> Scene:
    """Construct ``scene_cls`` with animations skipped and return it in its final state, with
    ``$LECTURE_PARAMS`` if a test set it, else with the lecture's parameters.

    The layout is checked after every ``play`` and ``wait``; with ``check_layout``, an
    ``AssertionError`` lists every problem with the animation it followed. Builds are
    memoised per process; treat the returned scene as read-only.
    """
    params = os.environ.get(ENV_PARAMS) or lecture_params(scene_cls)
    key = (scene_cls, params)
    scene = _BUILT.get(key)
    if scene is None:
        problems: list[str] = []
        design: list[str] = []
        with quiet_config(tmp_path), patch.dict(os.environ, {ENV_PARAMS: params}):
            scene = scene_cls(skip_animations=True)
            _check_after_each_animation(scene, problems, design)
            scene.setup()
            scene.construct()
            scene.tear_down()
        #: What the layout check and the design system's check (see layout.design_problems)
        #: found, for the tests that assert on them.
        scene.layout_problems = list(dict.fromkeys(problems))
        scene.design_problems = list(dict.fromkeys(design))
        _BUILT[key] = scene
    if check_layout:
        assert not scene.layout_problems, "layout problems:\n" + "\n".join(scene.layout_problems)
    return scene


def _check_after_each_animation(scene: Scene, problems: list[str], design: list[str]) -> None:
    original_play = scene.play
    #: (start, mark) of every animation: the mark it was started on, if the scene had just
    #: waited for one (see timing_problems).
    scene.animation_starts = []
    waited_before = [0]

    def play(*args: object, **kwargs: object) -> None:
        # A hold (the wait a mark asks for) leaves the mark for the animation after it.
        if not all(type(a).__name__ == "Wait" for a in args):
            waited = scene.waited_marks[waited_before[0]:]
            waited_before[0] = len(scene.waited_marks)
            scene.animation_starts.append((scene.renderer.time,
                                           waited[-1] if waited else None))
        original_play(*args, **kwargs)
        n = scene.renderer.num_plays
        # Let updaters settle the final positions before looking.
        scene.update_mobjects(0)
        problems.extend(f"after animation {n}: {p}" for p in layout_problems(scene))
        design.extend(f"after animation {n}: {p}" for p in design_problems(scene))

    scene.play = play  # type: ignore[method-assign]


def final_frame(scene_cls: type[Scene], tmp_path: Path) -> tuple[Scene, np.ndarray]:
    """The scene's last frame as pixels (rows, cols, RGBA uint8), rendered for real by Cairo."""
    params = os.environ.get(ENV_PARAMS) or lecture_params(scene_cls)
    with quiet_config(tmp_path), patch.dict(os.environ, {ENV_PARAMS: params}):
        scene = scene_cls(skip_animations=True)
        scene.setup()
        scene.construct()
        scene.renderer.update_frame(scene, ignore_skipping=True)
        pixels = np.array(scene.renderer.get_frame())
        scene.tear_down()
    return scene, pixels


def pixel_at(scene: Scene, pixels: np.ndarray, point: np.ndarray) -> np.ndarray:
    """The RGB colour of the pixel under a scene point."""
    camera = scene.renderer.camera
    col, row = camera.points_to_pixel_coords(scene.mobjects[0], np.array([point]))[0]
    return pixels[int(row), int(col), :3].astype(int)


class _Cleared(Exception):
    """Raised when a scene fades everything out (as it does before its quiz card)."""


def before_clearing(scene_cls: type[Scene]) -> type[Scene]:
    """A subclass of ``scene_cls`` that stops at its first all-FadeOut ``play``, so tests can
    look at a chapter's last picture rather than its quiz card."""

    class Stopped(scene_cls):  # type: ignore[misc, valid-type]
        def play(self, *animations, **kwargs):  # noqa: ANN002, ANN003, ANN201
            if animations and all(type(a).__name__ == "FadeOut" for a in animations):
                raise _Cleared
            return super().play(*animations, **kwargs)

        def construct(self) -> None:
            try:
                super().construct()
            except _Cleared:
                pass

    Stopped.__name__ = f"{scene_cls.__name__}BeforeClearing"
    return Stopped


#: How early an animation may start before the words it illustrates, in seconds.
EARLY = 0.3


def timing_problems(scene: Scene) -> list[str]:
    """Where the picture leaves its words: an animation started on a mark must begin within
    that mark's stretch of words (from EARLY seconds before it to the next mark or the end of
    the speech), and no beat's speech may run into the next beat."""
    problems = []
    # A mark is known by its name and its time: two beats may use the same name.
    spans: dict[tuple[str, float], tuple[float, float]] = {}
    for beat in scene.beats:
        times = sorted(beat.marks, key=lambda m: m[1])
        for i, (name, t) in enumerate(times):
            end = times[i + 1][1] if i + 1 < len(times) else beat.speech_end
            spans[(name, t)] = (t, max(end, t))
        spans[("end", beat.speech_end)] = (beat.speech_end, beat.speech_end)
    for start, mark in getattr(scene, "animation_starts", []):
        if mark is None:
            continue
        first, last = spans[mark]
        if not first - EARLY <= start <= last + 1e-6:
            problems.append(f"an animation on {{{mark[0]}}} starts at {start:.2f} s, outside "
                            f"its words ({first:.2f}-{last:.2f} s)")
    for before, after in zip(scene.beats, scene.beats[1:], strict=False):
        if before.speech_end > after.start + 1e-6:
            problems.append(f"the speech of the beat at {before.start:.2f} s runs into the next")
    return problems
