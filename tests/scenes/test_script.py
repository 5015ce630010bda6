"""A beat's marks and captions: marks split the words and never reach the viewer; captions keep
to two lines of 42 characters, cut where phrases end, and lose no word."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from scenes.common.script import (
    LINE_CHARS,
    MarkError,
    Script,
    caption_cues,
    cue_times,
    plain,
    readable,
)

TEXT = ("{dots} Every dot is one email. {heights} Its height is the answer: one for spam, "
        "zero for not.")


def test_marks_split_the_words_and_are_never_said() -> None:
    script = Script.parse(TEXT)
    assert script.marks == ("dots", "heights")
    assert script.text == ("Every dot is one email. Its height is the answer: one for spam, "
                           "zero for not.")
    assert [s.text for s in script.segments] == [
        "Every dot is one email.", "Its height is the answer: one for spam, zero for not."]
    assert script.word_offsets() == {"dots": 0, "heights": 5}
    assert "{" not in plain(TEXT) and plain("No marks here.") == "No marks here."


@pytest.mark.parametrize("bad, why", [
    ("A {Dots} mark in capitals.", "brace"),
    ("A stray { brace.", "brace"),
    ("Twice {a} and {a} again.", "twice"),
    ("The {end} is reserved.", "end of every beat"),
])
def test_malformed_marks_are_errors_that_say_why(bad: str, why: str) -> None:
    with pytest.raises(MarkError, match=why):
        Script.parse(bad)


def test_a_long_sentence_is_cut_at_a_phrase_boundary() -> None:
    sentence = ("The sigmoid squashes any score into a probability between zero and one, "
                "so a far email can no longer drag the boundary around.")
    cues = caption_cues(sentence)
    assert len(cues) == 2
    assert cues[0].replace("\n", " ").endswith("zero and one,")
    assert all(len(line) <= LINE_CHARS for cue in cues for line in cue.split("\n"))


def test_short_sentences_share_a_cue() -> None:
    assert caption_cues("Now it goes. Watch.") == ["Now it goes. Watch."]


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14)
SENTENCE = st.lists(WORD, min_size=1, max_size=40).map(
    lambda ws: " ".join(ws).capitalize() + ".")


@given(st.lists(SENTENCE, min_size=1, max_size=6))
@example(["Aa aaaaaaaaa.", "A aa aaaaaaaaaaa aaaaaaaaaaa aaaaa.",
          "A aa aaaaa aaaaaaaaaaa aaaaaaaaaaa."])  # two full 42-character lines
def test_every_cue_fits_two_lines_and_no_word_is_lost(sentences: list[str]) -> None:
    text = " ".join(sentences)
    cues = caption_cues(text)
    assert " ".join(c.replace("\n", " ") for c in cues).split() == text.split()
    for cue in cues:
        lines = cue.split("\n")
        # The convention is per line: at most two, of at most 42 characters each.
        assert len(lines) <= 2 and all(len(line) <= LINE_CHARS for line in lines)


def test_cue_times_share_the_span_by_characters() -> None:
    times = cue_times(["ab", "abcd"], 1.0, 4.0)
    assert times == [(1.0, 2.0), (2.0, 4.0)]


def test_a_cue_spoken_too_long_is_cut_in_two_at_a_phrase_break() -> None:
    words = "The chain rule gives a fraction that splits into g of z times one minus g of z."
    cue = caption_cues(words)[0]
    cues = readable([(cue, 10.0, 17.2)])
    assert len(cues) == 2 and all(b - a <= 7.0 for _, a, b in cues)
    assert " ".join(c.replace("\n", " ") for c, _, _ in cues) == words  # nothing lost
    assert cues[0][1] == 10.0 and cues[-1][2] == 17.2 and cues[0][2] == cues[1][1]


def test_a_cue_too_fast_to_read_borrows_time_from_the_next() -> None:
    first, second = "Check your understanding.", "Which curve is the sigmoid?"
    (_, a, b), (_, a2, b2) = readable([(first, 0.0, 1.2), (second, 1.2, 5.0)])
    assert (a, b2) == (0.0, 5.0) and b == a2
    assert len(first) / (b - a) <= 20.0 and len(second) / (b2 - a2) <= 20.0


def test_a_cue_too_fast_shares_a_cue_when_the_next_has_no_time_to_lend() -> None:
    cues = readable([("Check your understanding.", 0.0, 1.0), ("Now.", 1.0, 1.6)])
    assert cues == [("Check your understanding. Now.", 0.0, 1.6)]


def test_cues_already_readable_are_left_alone() -> None:
    timed = [("One idea.", 0.0, 2.0), ("Another idea.", 2.5, 4.0)]
    assert readable(timed) == timed


def test_a_cue_too_brief_borrows_time_or_shares_a_cue() -> None:
    (_, a, b), (_, a2, b2) = readable([("Check it.", 20.0, 20.7), ("Both sides agree here.", 20.7,
                                                                    23.0)])
    assert b - a >= 1.0 and b == a2 and b2 == 23.0
