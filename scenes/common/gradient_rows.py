"""The log-likelihood's gradient for one example, as the TeX pieces chapter 4 derives it through
and chapter 1 previews: one list per line, so single terms can be addressed as ``(row, piece)``.

Written once so that the preview and the derivation are the same lines, term for term.
"""

from __future__ import annotations

#: The left side every line shares.
LHS = r"\frac{\partial \ell}{\partial \theta_j}"
#: The lines, from the log rule to the error times the input.
DERIVATION_ROWS = [
    [LHS, "=", r"\Big(", r"\frac{y}{g}", "-", r"\frac{1-y}{1-g}", r"\Big)",
     r"\frac{\partial g}{\partial \theta_j}"],
    [LHS, "=", r"\Big(", r"\frac{y}{g}", "-", r"\frac{1-y}{1-g}", r"\Big)", "g", "(1-g)",
     "x_j"],
    [LHS, "=", r"\Big(", r"\frac{y}{g}", r"\,", "g", "(1-g)", "-", r"\frac{1-y}{1-g}", r"\,",
     "g", "(1-g)", r"\Big)", "x_j"],
    [LHS, "=", r"\big(", "y", "(1-g)", "-", "(1-y)", "g", r"\big)", "x_j"],
    [LHS, "=", r"\big(", "y", "-yg", "-g", "+yg", r"\big)", "x_j"],
    [LHS, "=", "(y-g)", "x_j"],
]
#: The cancelling pairs in row 2: (fraction piece, factor piece); in row 4, -yg and +yg.
CANCEL_G = (3, 5)
CANCEL_ONE_MINUS_G = (8, 11)
CANCEL_YG = ((4, 4), (4, 6))
#: The pieces of row 1 and of row 2 that are the sigmoid's slope g(1 - g).
FACTOR_IN_ROW_1 = (7, 8)
CARRY_GREEN = (5, 6, 10, 11)
#: How row 1's pieces move into row 2's when the factor is multiplied into both terms
#: (source piece, target piece(s)); the factor's two pieces go twice.
MULTIPLY_IN = [(0, 0), (1, 1), (2, 2), (3, 3), (4, 7), (5, 8), (6, 12), (7, 5), (8, 6), (7, 10),
               (8, 11), (9, 13)]
#: How row 2's pieces move into row 3's once the pairs have cancelled: a fraction whose
#: denominator cancelled gives only its numerator.
WHAT_SURVIVES = [(0, 0), (1, 1), (2, 2), (3, 3), (6, 4), (7, 5), (8, 6), (10, 7), (12, 8),
                 (13, 9)]
