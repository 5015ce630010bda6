"""Chapter 9 additions to core.pathologies: the quadratic-feature score behind the curved
boundary."""

import numpy as np
import pytest
from scipy import special

from core import grid_centres
from core.pathologies import (
    feature_comparison,
    quadratic_probability_field,
    quadratic_score,
)


def test_quadratic_score_is_the_conic_written_out():
    theta = np.array([0.5, -1.0, 2.0, 0.25, -3.0, 1.5])
    X = np.array([[0.0, 0.0], [1.0, -2.0], [-0.5, 3.0]])
    by_hand = [
        theta[0] + theta[1] * a + theta[2] * b + theta[3] * a * a + theta[4] * a * b
        + theta[5] * b * b
        for a, b in X
    ]
    np.testing.assert_allclose(quadratic_score(theta, X), by_hand)


def test_quadratic_score_is_the_logit_of_the_field():
    theta = feature_comparison("rings").theta_quadratic
    x1, x2 = grid_centres((-3, 3), (-2, 2), (4, 6))
    field = quadratic_probability_field(theta, (-3, 3), (-2, 2), (4, 6))
    row, col = 1, 4  # row 0 is the top of the box
    score = quadratic_score(theta, [[x1[col], x2[row]]])[0]
    assert special.expit(score) == pytest.approx(field[row, col])


@pytest.mark.parametrize("name", ["xor", "rings"])
def test_the_sign_of_the_score_gives_the_fits_accuracy(name):
    comp = feature_comparison(name)
    predicted = quadratic_score(comp.theta_quadratic, comp.dataset.X) >= 0
    assert np.mean(predicted == (comp.dataset.y == 1)) == comp.accuracy_quadratic


def test_quadratic_score_checks_its_input():
    with pytest.raises(ValueError, match="shape"):
        quadratic_score(np.zeros(5), [[0.0, 0.0]])
    with pytest.raises(ValueError, match="2 feature columns"):
        quadratic_score(np.zeros(6), [[0.0, 0.0, 1.0]])
