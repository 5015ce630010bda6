"""A deck's slides as the exports need them: each slide's still and its narration.

A slide's still is the picture it shows before it plays, in a slide sorter and on paper: the
beat's settled picture, i.e. the last frame of its clip (the frame the PDF deck prints), never
the first one, which is often an empty background.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from scripts.build.catalog import SceneEntry
from scripts.build.layout import MediaLayout
from scripts.export.ffmpeg import last_frame_png


@dataclass(frozen=True)
class DeckSlide:
    still: Path  # the last frame of the slide's clip, as a PNG
    narration: tuple[Path, float] | None  # the beat's audio, and when its last word ends (s)


def settled_still(clip: Path) -> Path:
    """The clip's last frame as ``<clip>.png`` beside it, made once.

    Slide clips live in ``slides/files/<Scene>/``, a folder a re-render replaces whole (the
    still goes with it), so a still made once stays true; it is also remade if ever older
    than its clip.
    """
    still = clip.with_suffix(".png")
    if not still.is_file() or still.stat().st_mtime_ns < clip.stat().st_mtime_ns:
        part = still.with_name(f".{still.stem}.{os.getpid()}.part.png")
        try:
            last_frame_png(clip, part)
            os.replace(part, still)
        finally:
            part.unlink(missing_ok=True)
    return still


def narration_per_slide(layout: MediaLayout, scenes: tuple[SceneEntry, ...], configs: list
                        ) -> list[tuple[Path, float] | None]:
    """Per slide, in order: its beat's narration (file, seconds until the last word) or None.

    A scene's slides are its beats, plus one leading slide when something was drawn before
    the first beat; so beats are matched to a scene's slides from the last one back.
    """
    manifest = layout.manifest(scenes[0].lecture).scenes if scenes else {}
    out: list[tuple[Path, float] | None] = []
    for scene, config in zip(scenes, configs, strict=True):
        record = manifest.get(scene.short_id)
        beats = record.beats if record else []
        per_slide: list[tuple[Path, float] | None] = [None] * len(config.slides)
        last = range(len(config.slides) - 1, -1, -1)
        for i, beat in zip(last, reversed(beats), strict=False):
            if beat.get("audio") and beat.get("spoken"):
                path = layout.audio_dir(scene) / Path(beat["audio"]).name
                if path.is_file():
                    per_slide[i] = (path, beat["spoken"][-1][1])
        out += per_slide
    return out


def deck_slides(layout: MediaLayout, scenes: tuple[SceneEntry, ...], configs: list
                ) -> list[DeckSlide]:
    """Every slide of the scenes' presentations (``configs``, one per scene), in order.

    A lecture scene's slides are its beats: clips, one after the other. manim-slides can also
    make image slides and vertical stacks; the decks have neither, so such a slide is refused.
    """
    for scene, config in zip(scenes, configs, strict=True):
        for n, slide in enumerate(config.slides, start=1):
            if slide.type.value != "video" or slide.direction != "horizontal":
                raise ValueError(f"{scene.short_id}: slide {n} is a {slide.direction} "
                                 f"{slide.type.value} slide; decks take horizontal video "
                                 "slides (one per beat) only")
    narration = narration_per_slide(layout, scenes, configs)
    files = [s.file for c in configs for s in c.slides]
    return [DeckSlide(settled_still(f), n) for f, n in zip(files, narration, strict=True)]
