"""Parameters a lecture's TOML file hands to a chapter's scenes.

``lecture render`` passes a chapter's ``[chapters.params]`` table to each scene process as JSON
in ``$LECTURE_PARAMS``; the same values are part of the scene's build key, so changing one
re-renders the scenes that receive it. A scene class that lists what it reads
(``uses_params = ("seed",)``) receives only those: the catalog names the others under
``"_withheld"``, and reading one of them raises, so a scene can never quietly fall back to a
default while the lecture file says otherwise. A plain ``manim render`` sees no parameters and
the scene falls back to its defaults.
"""

from __future__ import annotations

import json
import os
from typing import Any

from scripts.build.contract import ENV_PARAMS, WITHHELD_KEY


class UndeclaredParameterError(KeyError):
    """A scene read a lecture parameter its class does not list in ``uses_params``."""

    def __str__(self) -> str:
        return str(self.args[0])


class SceneParams(dict[str, Any]):
    """The parameters a scene may read; reading a withheld one raises
    :class:`UndeclaredParameterError` instead of returning a default."""

    def __init__(self, values: dict[str, Any], withheld: frozenset[str] = frozenset()):
        super().__init__(values)
        self.withheld = withheld

    def _check(self, key: object) -> None:
        if key in self.withheld:
            raise UndeclaredParameterError(
                f"this scene reads the lecture parameter '{key}' but its class does not list it "
                f"in uses_params; add it there so that changing '{key}' re-renders this scene")

    def get(self, key: str, default: Any = None) -> Any:  # noqa: ANN401
        self._check(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:  # noqa: ANN401
        self._check(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self._check(key)
        return super().__contains__(key)


def parse_params(raw: str) -> SceneParams:
    """``$LECTURE_PARAMS``'s JSON as :class:`SceneParams`."""
    if not raw:
        return SceneParams({})
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise ValueError(f"$LECTURE_PARAMS must hold a JSON object, got {type(value).__name__}")
    withheld = value.pop(WITHHELD_KEY, [])
    return SceneParams(value, frozenset(withheld))


def scene_params() -> SceneParams:
    """The parameters for the scene being rendered (empty outside ``lecture render``)."""
    return parse_params(os.environ.get(ENV_PARAMS, ""))
