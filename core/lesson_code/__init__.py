"""The "Cats or Dogs?" lesson's program, as a learner would type it into the notebook.

These are real programs: the scenes show their functions line by line (read from these files),
and ``tests/core/test_lesson_code.py`` runs each one and checks that what it prints is what the
scenes show. Run them from the project root::

    python -m core.lesson_code.logistic_from_scratch
    python -m core.lesson_code.linear_from_scratch
    python -m core.lesson_code.sklearn_check

Nothing in :mod:`core` imports this package; the numbers the scenes draw come from
:mod:`core.cats_dogs`. The lines are kept short (at most 37 characters inside the functions the
scenes show) so that a listing fits beside a plot at a readable size.
"""
