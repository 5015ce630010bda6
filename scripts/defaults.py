"""Paths, quality presets and other constants shared by the ``lecture`` subcommands."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from scripts.build.contract import ENV_MEDIA_DIR, ENV_ROOT

#: The checkout this package was installed from (the project is installed editable).
PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: Where lecture declarations (one TOML file per lecture) live, relative to the root.
LECTURES_DIRNAME = "lectures"

#: Bump when the way a scene is rendered changes, so that every output is rebuilt.
RENDER_PROTOCOL = 2


@dataclass(frozen=True)
class Quality:
    """One of manim's render presets, named as a teacher would ask for it."""

    name: str
    manim_name: str  # the key manim's config takes, e.g. "low_quality"
    folder: str  # the output folder, e.g. "480p15"


QUALITIES: dict[str, Quality] = {
    q.name: q
    for q in (
        Quality("low", "low_quality", "480p15"),
        Quality("medium", "medium_quality", "720p30"),
        Quality("high", "high_quality", "1080p60"),
        Quality("4k", "fourk_quality", "2160p60"),
    )
}
DEFAULT_QUALITY = "low"


def default_root() -> Path:
    """The project root: ``$LECTURE_ROOT`` if set, else this checkout."""
    return Path(os.environ.get(ENV_ROOT, PROJECT_ROOT)).resolve()


def default_media_dir(root: Path) -> Path:
    """Where outputs go: ``$LECTURE_MEDIA_DIR`` if set, else ``media/`` under the root."""
    env = os.environ.get(ENV_MEDIA_DIR)
    return Path(env).resolve() if env else root / "media"


def default_jobs() -> int:
    """One render worker per core."""
    return os.cpu_count() or 1
