"""The squashed line: the sigmoid of a line's height over one half."""

import numpy as np
import pytest
from scipy.special import expit

from core.squash import line_score, squash_thetas, squashed_line


def test_squashed_line_is_the_logistic_of_the_lines_height_over_one_half() -> None:
    x = np.linspace(-5, 40, 91)
    b, m, gain = 0.23, 0.043, 12.0
    expected = 1.0 / (1.0 + np.exp(-gain * (b + m * x - 0.5)))
    assert squashed_line(b, m, x, gain) == pytest.approx(expected, rel=1e-12)
    assert squashed_line(b, m, x, gain) == pytest.approx(expit(gain * (b + m * x - 0.5)))


def test_it_crosses_one_half_where_the_line_does_and_stays_inside_zero_one() -> None:
    b, m = 0.23, 0.043
    crossing = (0.5 - b) / m
    assert squashed_line(b, m, crossing, 12.0) == pytest.approx(0.5)
    x = np.linspace(0, 31, 300)
    s = squashed_line(b, m, x, 12.0)
    assert np.all((s > 0) & (s < 1))
    assert np.all(np.diff(s) > 0)  # a rising line gives a rising S
    line = b + m * x
    assert np.array_equal(s > 0.5, line > 0.5)


def test_gain_must_be_positive() -> None:
    with pytest.raises(ValueError):
        squashed_line(0.2, 0.04, 1.0, 0.0)


def test_the_score_is_the_lines_height_over_one_half_stretched_and_the_s_its_logistic() -> None:
    b, m, gain = 0.23, 0.043, 12.0
    x = np.array([0.0, (0.5 - b) / m, 10.0, 30.0])
    heights = b + m * x
    assert line_score(b, m, x, gain) == pytest.approx(gain * (heights - 0.5), rel=1e-12)
    assert line_score(b, m, x[1], gain) == pytest.approx(0.0, abs=1e-12)
    assert squashed_line(b, m, x, gain) == pytest.approx(expit(line_score(b, m, x, gain)))
    with pytest.raises(ValueError):
        line_score(b, m, x, -1.0)


def test_the_squashed_line_is_the_logistic_model_with_its_two_numbers() -> None:
    b, m, gain = 0.23, 0.043, 12.0
    theta0, theta1 = squash_thetas(b, m, gain)
    x = np.linspace(-5, 40, 91)
    # Independent of line_score: the logistic of theta0 + theta1 x, by scipy.
    assert expit(theta0 + theta1 * x) == pytest.approx(squashed_line(b, m, x, gain), rel=1e-12)
    # Its crossing, -theta0 / theta1, is the line's own crossing of one half.
    assert -theta0 / theta1 == pytest.approx((0.5 - b) / m, rel=1e-12)
    with pytest.raises(ValueError):
        squash_thetas(b, m, -1.0)
