"""Numbers as the narrator says them: the voice reads words, and a caption shows what it says,
so a count or a score computed in ``core`` goes into the narration through these."""

from __future__ import annotations

DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def count_word(n: int) -> str:
    """A small count as it is said: "no" for none ("no points on the wrong side"), else its
    word, up to nine."""
    if not 0 <= n <= 9:
        raise ValueError(f"expected a count from 0 to 9, got {n}")
    return "no" if n == 0 else DIGIT_WORDS[n]


def said(value: float) -> str:
    """A number with at most one decimal and one digit before the point, as it is said
    ("minus two", "three point five")."""
    tenths = round(abs(value) * 10)
    if tenths >= 100:
        raise ValueError(f"expected |value| < 10, got {value}")
    whole, tenth = divmod(tenths, 10)
    words = ("minus " if tenths and value < 0 else "") + DIGIT_WORDS[whole]
    return words + (f" point {DIGIT_WORDS[tenth]}" if tenth else "")
