"""The order a run's scenes start in: the longest expected first.

With several workers, a run that starts its scenes in lecture order can end on one long scene
(a 3-D scene, three minutes at 1080p) rendering alone while the other workers sit idle. Started
longest first, the short scenes fill in around the long ones at the end. How long a scene takes
is known from the last time it was rendered: its render time at this quality, or else its
length from any quality's record (a 480p render done while editing gives every scene's
length), scaled by how render time compares with length where both are known.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from statistics import median
from typing import TypeVar

from scripts.build.manifest import SceneRecord

T = TypeVar("T")


def expected_seconds(here: Sequence[SceneRecord | None],
                     elsewhere: Sequence[SceneRecord | None]) -> list[float | None]:
    """Each scene's expected render time: its last render time at this quality (``here``),
    else its length recorded at another quality (``elsewhere``) times the median ratio of
    render time to length among the scenes recorded here (1 if none is), else None."""
    ratios = [r.render_seconds / r.duration for r in here if r is not None and r.duration > 0]
    scale = median(ratios) if ratios else 1.0
    estimates: list[float | None] = []
    for own, other in zip(here, elsewhere, strict=True):
        if own is not None:
            estimates.append(own.render_seconds)
        elif other is not None:
            estimates.append(other.duration * scale)
        else:
            estimates.append(None)
    return estimates


def longest_first(items: Sequence[T], seconds: Callable[[T], float | None]) -> list[T]:
    """``items`` in the order to start them: those with no estimate first (in their order: one
    may be long), then the rest longest first (ties keep their order)."""
    unknown = [item for item in items if seconds(item) is None]
    known = [item for item in items if seconds(item) is not None]
    return unknown + sorted(known, key=lambda item: -(seconds(item) or 0.0))
