"""A beat's words: the marks that time its pictures, and the captions a viewer reads.

A beat's narration may carry named marks, ``{name}``, before the word where something should
happen on screen::

    "{dots} Every dot is one email. {heights} Its height is the answer: one for spam."

The scene then waits for a mark, or gives an animation the time until one (see
:class:`scenes.common.beats.BeatClock`). Marks are never spoken, shown or captioned. With a
voice, the text between two marks is synthesised as its own clip, so a mark's time is where its
clip starts; without one, marks fall at the speaking pace.

Captions follow the conventions viewers expect: at most two lines of at most 42 characters,
broken at phrase boundaries where possible, so a cue can be read in the time it is shown.

Pure Python: no manim, so the command line can read a beat's marks without building a scene.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A mark: a name in braces (lower case, digits and underscores).
MARK = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
#: The mark every beat has: the end of its speech.
END = "end"
#: Caption limits (broadcast and web conventions).
LINE_CHARS = 42
LINES = 2
CUE_CHARS = LINE_CHARS * LINES
#: Words after which a phrase may end (a line or a cue breaks better before them).
_PHRASE_STARTS = {"and", "but", "so", "or", "because", "which", "that", "while", "where",
                  "when", "then", "until", "since", "if", "as", "with", "to", "than", "from"}


class MarkError(ValueError):
    """A narration whose marks cannot be used: a stray brace, a repeated or reserved name."""


class UnknownMark(KeyError):
    """A scene asked for a mark its beat does not have."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Segment:
    """Words between two marks, and the mark that opens them (None for the first)."""

    mark: str | None
    text: str


@dataclass(frozen=True)
class Script:
    """A beat's narration split at its marks."""

    segments: tuple[Segment, ...]

    @classmethod
    def parse(cls, narration: str) -> Script:
        """Split ``narration`` at its marks; raise :class:`MarkError` if they are malformed."""
        stripped = MARK.sub("", narration)
        if "{" in stripped or "}" in stripped:
            raise MarkError(f"a brace that is not a mark ({{name}} in lower case) in "
                            f"{narration!r}")
        names = MARK.findall(narration)
        if END in names:
            raise MarkError(f"'{{{END}}}' is the end of every beat's speech; choose another "
                            f"name in {narration!r}")
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise MarkError(f"mark {{{repeated[0]}}} appears twice in {narration!r}")
        segments, mark, last = [], None, 0
        for m in MARK.finditer(narration):
            segments.append(Segment(mark, _words(narration[last:m.start()])))
            mark, last = m.group(1), m.end()
        segments.append(Segment(mark, _words(narration[last:])))
        return cls(tuple(s for s in segments if s.text or s.mark is not None))

    @property
    def text(self) -> str:
        """What is said, marks removed."""
        return " ".join(s.text for s in self.segments if s.text)

    @property
    def marks(self) -> tuple[str, ...]:
        return tuple(s.mark for s in self.segments if s.mark is not None)

    def word_offsets(self) -> dict[str, int]:
        """For each mark, how many words are said before it."""
        offsets, words = {}, 0
        for s in self.segments:
            if s.mark is not None:
                offsets[s.mark] = words
            words += len(s.text.split())
        return offsets


def _words(text: str) -> str:
    return " ".join(text.split())


def plain(narration: str) -> str:
    """``narration`` with its marks removed, single-spaced."""
    return Script.parse(narration).text


# Step: captions ------------------------------------------------------------------------------


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _break_score(words: list[str], i: int) -> float:
    """How good a break is between ``words[i-1]`` and ``words[i]`` (higher is better)."""
    before, after = words[i - 1], words[i]
    if before[-1] in ".!?":
        return 3.0
    if before[-1] in ",;:\u2014":
        return 2.0
    if after.lower().strip("(\"'") in _PHRASE_STARTS:
        return 1.0
    return 0.0


def _fits(words: list[str]) -> bool:
    """Whether ``words`` can be set as one cue: one line, or two, of at most 42 characters."""
    if len(" ".join(words)) <= LINE_CHARS:
        return True
    return any(len(" ".join(words[:i])) <= LINE_CHARS >= len(" ".join(words[i:]))
               for i in range(1, len(words)))


def _split(words: list[str], limit: int) -> list[list[str]]:
    """``words`` in pieces that fit a cue (at most ``limit`` characters on at most two lines),
    cut at the best phrase boundary nearest the middle (a word longer than a line stays
    whole)."""
    if (len(" ".join(words)) <= limit and _fits(words)) or len(words) == 1:
        return [words]
    total = len(" ".join(words))
    best, best_score = 1, -1e9
    for i in range(1, len(words)):
        left, right = len(" ".join(words[:i])), len(" ".join(words[i:]))
        # Both sides must be able to fit in few pieces; prefer phrase ends, then balance.
        balance = 1.0 - abs(left - right) / total
        score = 2.0 * _break_score(words, i) + 3.0 * balance
        if left > limit and right > limit:
            score -= 5
        if score > best_score:
            best, best_score = i, score
    return _split(words[:best], limit) + _split(words[best:], limit)


def _two_lines(words: list[str]) -> str:
    """One cue's words as one line, or two lines of at most :data:`LINE_CHARS`, broken at a
    phrase boundary where one fits."""
    text = " ".join(words)
    if len(text) <= LINE_CHARS:
        return text
    best, best_score = None, -1e9
    for i in range(1, len(words)):
        top, bottom = " ".join(words[:i]), " ".join(words[i:])
        if len(top) > LINE_CHARS or len(bottom) > LINE_CHARS:
            continue
        score = 2.0 * _break_score(words, i) - abs(len(top) - len(bottom)) / LINE_CHARS
        if score > best_score:
            best, best_score = i, score
    if best is None:  # cannot happen for pieces cut by _split, but never lose words
        return text
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


def caption_cues(text: str, short: int = 36) -> list[str]:
    """``text`` as caption cues, in order, nothing lost: sentences cut at phrase boundaries
    into pieces of at most two 42-character lines; a short sentence shares a cue with the next
    when both fit (so no cue flashes by). Lines are joined by ``"\\n"``."""
    pieces: list[list[str]] = []
    for sentence in _sentences(text):
        pieces += _split(sentence.split(), CUE_CHARS)
    merged: list[list[str]] = []
    for piece in pieces:
        if merged and _fits(merged[-1] + piece) and (
                len(" ".join(merged[-1])) < short or len(" ".join(piece)) < short):
            merged[-1] = merged[-1] + piece
        else:
            merged.append(piece)
    return [_two_lines(words) for words in merged]


def cue_times(cues: list[str], start: float, end: float) -> list[tuple[float, float]]:
    """Start and end of each cue when ``cues`` are spoken over [start, end], shared by their
    number of characters (speech runs at a near-constant rate of characters)."""
    sizes = [len(c.replace("\n", " ")) for c in cues]
    total = sum(sizes) or 1
    times, t = [], start
    for n in sizes:
        length = (end - start) * n / total
        times.append((t, t + length))
        t += length
    return times


#: The longest a cue stays up, and the fastest it may be read (characters a second).
MAX_SHOWN = 7.0
MIN_SHOWN = 1.0
MAX_RATE = 20.0


def _split_long(cue: str, start: float, end: float) -> list[tuple[str, float, float]]:
    """A cue spoken for longer than :data:`MAX_SHOWN` as shorter cues over the same time."""
    words = cue.replace("\n", " ").split()
    if end - start <= MAX_SHOWN or len(words) < 2:
        return [(cue, start, end)]
    total = len(" ".join(words))
    cut = max(range(1, len(words)), key=lambda i: 2.0 * _break_score(words, i) + 3.0 * (
        1.0 - abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))) / total))
    texts = [_two_lines(words[:cut]), _two_lines(words[cut:])]
    return [piece for text, (a, b) in zip(texts, cue_times(texts, start, end), strict=True)
            for piece in _split_long(text, a, b)]


def readable(timed: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """Cues (text, start, end) adjusted to the reading conventions where their speech allows:
    a cue spoken for over :data:`MAX_SHOWN` s is cut in two at a phrase break, and a cue too
    fast to read, or up for under :data:`MIN_SHOWN` s, borrows time from the cue that follows
    it without a gap (its caption then trails the voice by a fraction of a second), or shares
    a cue with it when both fit."""
    out = [piece for cue in timed for piece in _split_long(*cue)]
    i = 0
    while i < len(out) - 1:
        (text, a, b), (nxt, a2, b2) = out[i], out[i + 1]
        touching = a2 - b < 1e-6
        size, nsize = len(text.replace("\n", " ")), len(nxt.replace("\n", " "))
        need = a + max(size / MAX_RATE, MIN_SHOWN)
        if touching and b < need - 1e-6:
            if nsize / max(b2 - need, 1e-9) <= MAX_RATE and b2 - need >= 1.0:
                out[i], out[i + 1] = (text, a, need), (nxt, need, b2)
            else:
                words = (text + " " + nxt).replace("\n", " ").split()
                if _fits(words) and b2 - a <= MAX_SHOWN:
                    out[i:i + 2] = [(_two_lines(words), a, b2)]
                    continue
        i += 1
    return out
