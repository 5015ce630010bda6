"""Time every trajectory and field the lecture asks ``core`` for.

Computes, at the sizes the scenes use, all numbers of the ten chapters and
the companion lesson: chapter 0's 100-position sweep, the sigmoid and
penalty curves, the 160 x 120 probability-field images for every frame of
the four 300-step training-lab runs (and of the softmax run), the
perceptron, Newton and chapter 9 runs, and the from-scratch lesson. Prints
the time of each item and the total, for a cold first pass and as the
median of the repeats.

Run it single-threaded, like the machine it is meant for::

    .venv/bin/python -m tools.bench_core [--repeat 5]

Target: the whole lecture in under one second.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

import core  # noqa: E402

FIELD_SHAPE = (120, 160)  # rows, cols of a probability-field image
BOX = ((-4.0, 4.0), (-4.0, 4.0))
LESSON_BOX = ((-5.0, 5.0), (-5.0, 5.0))


def _segments(thetas, box=BOX):
    return core.boundary_segments(thetas, *box)


def ch0_spam_sweep():
    return core.spam_sweep(n_positions=100)


def ch1_3_curves():
    z = np.linspace(-8, 8, 400)
    return (
        core.sigmoid_curves(z, np.linspace(0, 3, 61)),
        core.sigmoid_derivative_steps(z),
        core.penalty_curves(n_points=400),
    )


def ch2_weight_tuning():
    # The "tune the three weights" beat: ~100 slider states, field + boundary.
    t = np.linspace(0, 1, 100)[:, None]
    thetas = (1 - t) * np.array([0.0, 0.3, 0.3]) + t * np.array([0.0, 3.0, 3.0])
    data = core.load_dataset("clouds")
    return (
        core.probability_field(thetas, *BOX, shape=FIELD_SHAPE),
        _segments(thetas),
        [core.accuracy(th, data.X, data.y) for th in thetas[::10]],
    )


def ch4_update():
    return core.sgd_step([0, 0], [1, 2], 1, 0.5), core.gradient_derivation_steps([0, 0], [1, 2], 1)


def ch5_training_lab():
    out = []
    for case in core.TRAINING_LAB_CASES:
        run = core.training_lab_run(case)
        # A scene redraws the field a few hundred times, not once per step (the separated
        # run has 3000 steps): time what it draws, every step's boundary included.
        thetas = run.trajectory.thetas
        shown = thetas[:: max(1, len(thetas) // 300)]
        field = core.probability_field(shown, *BOX, shape=FIELD_SHAPE)
        out.append((run, field[-1].copy(), _segments(thetas)))
        del field
    return out


def ch6_perceptron():
    runs = [core.perceptron_run(case) for case in core.PERCEPTRON_CASES]
    return [(r, _segments(r.trajectory.thetas)) for r in runs]


def ch7_softmax():
    run = core.softmax_lab_run(n_steps=150)
    winner, confidence = core.softmax_field(run.trajectory.Thetas, *BOX, shape=FIELD_SHAPE)
    return run, winner[-1].copy(), confidence[-1].copy(), core.class_probabilities([2, 1, 0])


def ch8_newton():
    data, race = core.newton_race_run(n_steps=8)
    curve = core.log_likelihood_1d(np.linspace(-1.5, 3.5, 400), data.X[:, 0], data.y)
    overlap = core.load_dataset("clouds_overlap")
    newton = core.newton_method(overlap.X, overlap.y)
    ascent = core.gradient_ascent(overlap.X, overlap.y, 1.0, 300)
    return race, curve, newton, ascent, core.probability_field(newton.thetas, *BOX, FIELD_SHAPE)


def ch9_pathologies():
    growth = core.weight_growth(n_steps=300)
    fields = core.probability_field(growth.plain.thetas, *BOX, shape=FIELD_SHAPE)[-1].copy()
    comps = [core.feature_comparison(name) for name in ("xor", "rings")]
    quad = [core.quadratic_probability_field(c.theta_quadratic, *BOX, FIELD_SHAPE) for c in comps]
    raw = [core.probability_field(c.theta_raw, *BOX, FIELD_SHAPE) for c in comps]
    return growth, fields, core.imbalance_baseline(), comps, quad, raw


def lesson_cats_dogs():
    run = core.from_scratch_run()
    data = run.dataset
    return (
        run,
        core.loss_slice(data.X, data.y, [1.0, 1.0], np.linspace(-3, 3, 400)),
        core.confidently_wrong_gradients(np.linspace(-10, 10, 400)),
        core.probability_field(run.thetas[::10], *LESSON_BOX, shape=FIELD_SHAPE),
    )


ITEMS = [
    ("ch0  spam least-squares sweep (100 positions)", ch0_spam_sweep),
    ("ch1-3 sigmoid / derivative / penalty curves", ch1_3_curves),
    ("ch2  weight-tuning fields + boundaries (100 frames)", ch2_weight_tuning),
    ("ch4  worked SGD update + derivation", ch4_update),
    ("ch5  training lab: 4 runs, <=300 fields each + every boundary", ch5_training_lab),
    ("ch6  perceptron runs + boundaries", ch6_perceptron),
    ("ch7  softmax run + 151 softmax fields", ch7_softmax),
    ("ch8  Newton race, IRLS, gradient ascent", ch8_newton),
    ("ch9  weight growth, imbalance, XOR / rings", ch9_pathologies),
    ("L2   cats or dogs: run, loss slice, gradients", lesson_cats_dogs),
]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed passes after the cold one")
    args = parser.parse_args(argv)

    times = {name: [] for name, _ in ITEMS}
    for _ in range(1 + max(args.repeat, 0)):
        for name, func in ITEMS:
            start = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - start)

    width = max(len(name) for name, _ in ITEMS)
    print(f"{'item':<{width}}  {'cold ms':>8}  {'median ms':>9}")
    for name, _ in ITEMS:
        warm = statistics.median(times[name][1:]) if args.repeat > 0 else times[name][0]
        print(f"{name:<{width}}  {times[name][0] * 1e3:8.1f}  {warm * 1e3:9.1f}")
    cold_total = sum(t[0] for t in times.values())
    warm_total = sum(statistics.median(t[1:]) if args.repeat > 0 else t[0] for t in times.values())
    print(f"{'total':<{width}}  {cold_total * 1e3:8.1f}  {warm_total * 1e3:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
