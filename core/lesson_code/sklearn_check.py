"""The one-liner after the from-scratch version: scikit-learn's ``LogisticRegression`` on the
same points, printing its weights, its bias and its accuracy.

scikit-learn is imported inside ``main``: :mod:`core` stays numpy and scipy when imported
(``tests/core/test_core_validation.py`` checks it), and scikit-learn loads only when the check
is run.
"""

from core.lesson_code.clouds import two_clouds


def main():
    from sklearn.linear_model import LogisticRegression

    X, y = two_clouds(seed=0)
    model = LogisticRegression()
    model.fit(X, y)
    print("w:", model.coef_.round(3))
    print("b:", model.intercept_.round(3))
    print("accuracy:", model.score(X, y))


if __name__ == "__main__":
    main()
