"""Points on a line that reach chosen scores: checked by scoring them by hand."""

from __future__ import annotations

import numpy as np
import pytest

from core.prediction import points_scoring


def test_points_lie_on_the_line_and_score_their_targets() -> None:
    theta = np.array([-0.31, 2.22, 1.82])
    a, b = np.array([-2.0, -1.5]), np.array([2.1, 1.9])
    targets = [-4.0, 0.0, 3.0, 9.0]  # 9 lies past b: extrapolated
    points = points_scoring(theta, a, b, targets)
    by_hand = theta[0] + points @ theta[1:]
    assert by_hand == pytest.approx(targets, abs=1e-12)
    # On the line through a and b: the cross product with its direction is zero.
    d = b - a
    assert (points - a) @ np.array([-d[1], d[0]]) == pytest.approx(np.zeros(4), abs=1e-12)


def test_a_line_of_one_score_is_refused() -> None:
    with pytest.raises(ValueError, match="same"):
        points_scoring(np.array([0.0, 1.0, -1.0]), [0.0, 0.0], [1.0, 1.0], [1.0])
