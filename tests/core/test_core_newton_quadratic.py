"""Newton's step on a hill and on a saddle (chapter 8's contour pictures)."""

import numpy as np
import pytest

from core.newton import newton_on_quadratic


def _value(c, p):
    return 0.5 * (c[0] * p[0] ** 2 + c[1] * p[1] ** 2)


def _grad_fd(c, p, h=1e-6):
    return np.array([(_value(c, p + h * e) - _value(c, p - h * e)) / (2 * h)
                     for e in np.eye(2)])


def test_on_a_hill_the_step_lands_on_the_top_and_climbs():
    run = newton_on_quadratic((-50.0, -9.0), (0.6, 0.8))
    # The landing point is stationary (finite-difference gradient zero) ...
    assert np.allclose(_grad_fd(run.curvatures, run.lands), 0, atol=1e-6)
    # ... and it is higher than the start, by the closed form.
    assert run.value_start == pytest.approx(_value((-50.0, -9.0), (0.6, 0.8)))
    assert run.value_lands > run.value_start


def test_on_a_saddle_the_step_lands_on_the_saddle_point_below_the_start():
    c = (50.0, -9.0)
    run = newton_on_quadratic(c, (0.6, 0.8))
    assert np.allclose(run.lands, 0, atol=1e-12)
    assert run.value_start == pytest.approx(0.5 * (50 * 0.36 - 9 * 0.64))
    assert run.value_lands < run.value_start  # downhill


def test_grid_values_follow_the_formula():
    c = (3.0, -2.0)
    run = newton_on_quadratic(c, (0.1, 0.2), half_width=2.0, shape=(5, 7))
    j, i = 1, 5
    assert run.values[j, i] == pytest.approx(_value(c, (run.u_grid[i], run.v_grid[j])))


def test_zero_curvature_is_refused():
    with pytest.raises(ValueError):
        newton_on_quadratic((0.0, -1.0), (0.1, 0.1))


def test_half_height_sets_the_v_range_only():
    c = (-3.0, -2.0)
    run = newton_on_quadratic(c, (0.1, 0.2), half_width=1.0, shape=(5, 7), half_height=0.5)
    assert run.u_grid[0] == pytest.approx(-1.0) and run.u_grid[-1] == pytest.approx(1.0)
    assert run.v_grid[0] == pytest.approx(-0.5) and run.v_grid[-1] == pytest.approx(0.5)
    j, i = 3, 2
    assert run.values[j, i] == pytest.approx(_value(c, (run.u_grid[i], run.v_grid[j])))
