"""Parameters a lecture's TOML file hands to a chapter's scenes.

``lecture render`` passes a chapter's ``[chapters.params]`` table to each scene process as JSON
in ``$LECTURE_PARAMS``; the same values are part of the scene's build key, so changing one
re-renders exactly the scenes that receive it. A plain ``manim render`` sees no parameters and
the scene falls back to its defaults.
"""

from __future__ import annotations

import json
import os
from typing import Any


def scene_params() -> dict[str, Any]:
    """The parameters for the scene being rendered (empty outside ``lecture render``)."""
    raw = os.environ.get("LECTURE_PARAMS", "")
    if not raw:
        return {}
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise ValueError(f"$LECTURE_PARAMS must hold a JSON object, got {type(value).__name__}")
    return value
