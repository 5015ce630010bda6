"""Numbers said in words: counts and one-decimal scores."""

from __future__ import annotations

import pytest

from scenes.common.spoken import count_word, said


def test_counts_are_said_as_words_and_none_as_no() -> None:
    assert [count_word(n) for n in (0, 1, 2, 7, 9)] == ["no", "one", "two", "seven", "nine"]
    with pytest.raises(ValueError, match="from 0 to 9"):
        count_word(10)


def test_scores_are_said_to_one_decimal_with_their_sign() -> None:
    assert said(-2.0) == "minus two" and said(3.5) == "three point five"
    assert said(1.54) == "one point five" and said(-0.04) == "zero" and said(0) == "zero"
    with pytest.raises(ValueError, match="< 10"):
        said(9.96)
