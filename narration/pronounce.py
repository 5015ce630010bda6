"""The pronunciation step: a narration sentence as written, turned into what the voice says.

A beat's narration is written once and used twice. The subtitles show it as written, because
a viewer takes in "0.77", "h(x)" or "θᵀx" faster than their spelt-out forms. The voice must
not get it as written: both piper and espeak-ng turn text into sounds with espeak-ng's rules,
which read "h(x)" as "h x", "g'(z)" as "g z", "1 / (1 + e^(−z))" as "one slash one plus e
minus z", "1957" as "nineteen hundred fifty-seven" and "θᵀ" as "theta letter one D four
zero". So before synthesis every sentence goes through :func:`spoken`, which writes numbers
and symbols out the way a teacher reads them aloud ("h of x", "g prime of z", "one over one
plus e to the minus z", "nineteen fifty-seven", "theta transpose") and leaves the words alone.

The rules, applied in this order (each later rule sees the output of the earlier ones):

1. abbreviations: "e.g." for example, "i.e." that is, "vs." versus;
2. written maths: superscripts ("x²" x squared, "d³" d cubed, "θᵀ"/"theta^T" theta transpose,
   "e^-z"/"e^(-z)" e to the minus z), subscripts ("x₁", "x_1", "θ_0"), "ŷ" y hat,
   "|θ|" the size of theta, "a - b" between operands, brackets ("h(x)" h of x, "g'(z)"
   g prime of z, "(y - h) x" y minus h, times x), "[0, 1]" the interval from zero to one;
3. fractions: "1/2" one half, "3/4" three quarters, "a/b" a over b, "0/1" zero-one;
4. numbers: "148" one hundred forty-eight, "0.25" zero point two five (digits after the
   point one by one), "-0.3" minus zero point three, "99%" ninety-nine percent,
   "1,000" one thousand; a plain 1900 to 2099 is a year ("in 1957", "1969,": nineteen
   fifty-seven) after "in", "since", "until", "from", "around" or when no lowercase word
   follows it, and a count otherwise ("after 1958 updates");
5. symbols: "=" equals, "≈" approximately, "→" goes to, Greek letters by name, and so on.

Ordinary words, hyphenated words ("cross-entropy") and punctuation are left as they are.
The function is pure and deterministic, so the spoken text can key the voice cache.
"""

from __future__ import annotations

import re

__all__ = ["number_words", "spoken"]

# Step: numbers as words

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))
#: Denominators said as a part ("two thirds"), singular and plural.
_PARTS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
          5: ("fifth", "fifths"), 6: ("sixth", "sixths"), 7: ("seventh", "sevenths"),
          8: ("eighth", "eighths"), 9: ("ninth", "ninths"), 10: ("tenth", "tenths")}


def number_words(n: int) -> str:
    """``n`` (0 <= n < 10**12) in words, American style: 148 -> "one hundred forty-eight"."""
    if not 0 <= n < 10**12:
        raise ValueError(f"expected 0 <= n < 10**12, got {n}")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")
    for size, name in _SCALES:
        if n >= size:
            high, rest = divmod(n, size)
            return f"{number_words(high)} {name}" + (f" {number_words(rest)}" if rest else "")
    raise AssertionError("unreachable")


def _digits(s: str) -> str:
    """Digit by digit: "0067" -> "zero zero six seven"."""
    return " ".join(_ONES[int(d)] for d in s)


def _integer(s: str) -> str:
    """A written integer ("1,000", "007", "148") in words."""
    s = s.replace(",", "")
    if (len(s) > 1 and s[0] == "0") or len(s) > 12:
        return _digits(s)
    return number_words(int(s))


def _year(n: int) -> str:
    """1957 -> "nineteen fifty-seven", 1905 -> "nineteen oh five", 2004 -> "two thousand four"."""
    high, low = divmod(n, 100)
    if 2000 <= n < 2010:
        return number_words(n)
    if low == 0:
        return f"{number_words(high)} hundred"
    return f"{number_words(high)} " + (f"oh {_ONES[low]}" if low < 10 else number_words(low))


# Step: the patterns

_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "η": "eta",
          "θ": "theta", "λ": "lambda", "μ": "mu", "π": "pi", "σ": "sigma", "φ": "phi",
          "ω": "omega", "Δ": "delta", "ℓ": "ell"}
_GREEK_NAMES = "|".join(sorted(set(_GREEK.values())))
#: A single-letter name: one Latin letter or one Greek character.
_LETTER = rf"[A-Za-z{''.join(_GREEK)}]"
#: A whole token (brackets and trailing punctuation aside) that is a maths operand.
_OPERAND = re.compile(rf"""[(\[]*
    (?:[-−]?\d[\d.,]*%? | (?:{_LETTER}|{_GREEK_NAMES})['’]*)  # a number, or a name
    [)\]]*[.,;:?!]*""", re.VERBOSE)

_ABBREVIATIONS = ((re.compile(r"\be\.g\."), "for example"), (re.compile(r"\bi\.e\."), "that is"),
                  (re.compile(r"\bvs\."), "versus"))
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ᵀ", "0123456789-+T")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
#: The caret and its exponent: "x^2", "e^-z", "e^(-z)", "x^{n+1}", "θ^T".
_POWER = re.compile(r"""\^(?:
    \{(?P<braced>[^{}]*)\} | \((?P<bracketed>[^()]*)\) | (?P<bare>[-−]?(?:\d+|\w))
    )""", re.VERBOSE)
#: A sum or product over an index: "∑_i", "∏_{j}".
_BIG_OPERATOR = re.compile(r"([∑Σ∏Π])_(?:\{([^{}]*)\}|(\w+))")
#: An index after a letter: "x_1", "θ_0", "x_{ij}".
_SUBSCRIPT = re.compile(rf"(?<={_LETTER})_(?:\{{(?P<braced>[^{{}}]*)\}}|(?P<bare>[A-Za-z0-9]+))")
#: A name with digits glued on: "x1", "L2", "theta0".
_GLUED_INDEX = re.compile(rf"\b([A-Za-z]|{_GREEK_NAMES})(\d{{1,2}})\b")
#: A size: "|θ|", "‖w‖", "|y - h|".
_SIZE = re.compile(r"[|‖](?! )([^|‖()]+?)(?<! )[|‖]")
#: Innermost brackets, with the function name before them if there is one: "h(x)", "g'(z)",
#: "σ(0)", "log(h)". Any single-letter or Greek name counts as a function.
_BRACKETS = re.compile(rf"""
    (?P<name>(?<![\w'’])(?:{_LETTER}|{_GREEK_NAMES}|log|ln|exp|max|min|sigmoid|softmax)['’]*)?
    \((?P<body>[^()]*)\)""", re.VERBOSE)
#: What makes a bracketed group maths rather than prose: "(y - h)", "(1/N)", "(a + b)".
_MATHS = re.compile(r"[=+−×·/<>≤≥≈≠|^]| - ")
#: A factor written right before a maths group ("α (y - h)", "g of z (1 - g)")...
_FACTOR_BEFORE = re.compile(rf"(?:(?<![\w'’])(?![aI]\b){_LETTER}['’]*|\b(?:{_GREEK_NAMES}|\d+))"
                            r"\s*$")
#: ... or right after it: "(y - h) x", "(a + b)(c + d)".
_FACTOR_AFTER = re.compile(rf"\s*(?:\(|(?![aI]\b){_LETTER}(?![\w'’]))")
_INTERVAL = re.compile(r"\[\s*([^\[\],]+?)\s*,\s*([^\[\],]+?)\s*\]")
#: A fraction with a slash between two short operands: "1/2", "a/b", "1/N".
_FRACTION = re.compile(r"(?<![\w./])(\d+|[A-Za-z])/(\d+|[A-Za-z])(?![\w/]|\.\d)")
#: A written number, with its sign, decimals and percent sign if it has them.
_NUMBER = re.compile(r"""
    (?:(?<![\w)\]])(?P<sign>[-−]))?       # a sign only where a token starts: not "x-1"
    (?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)  # 1,000 or 148
    (?:\.(?P<frac>\d+))?                   # .25
    (?P<percent>\s?%)?
    """, re.VERBOSE)
_YEAR_CUE = re.compile(r"\b(?:in|since|until|till|from|around|circa)\s+$", re.IGNORECASE)
#: A prime on a single letter: "g'", "l'"; not a quote ('A') nor a possessive.
_PRIME = re.compile(rf"(?<![\w'’‘\"])({_LETTER})['’](?!\w)")
#: A minus sign glued to a single letter: "-z" in "g of -z".
_NEGATED_LETTER = re.compile(rf"(?<![\w)\]'’])-(?={_LETTER}(?![A-Za-z]))")
_SYMBOLS = (  # longer spellings first: ":=" before "=", "->" before ">"
    (":=", "becomes"), ("->", "goes to"), ("<=", "at most"), (">=", "at least"),
    ("!=", "is not equal to"), ("≈", "approximately"), ("≠", "is not equal to"),
    ("≤", "at most"), ("≥", "at least"), ("<", "is less than"), (">", "is greater than"),
    ("→", "goes to"), ("×", "times"), ("−", "minus"), ("+", "plus"), ("=", "equals"),
    ("|", "given"), ("∞", "infinity"), ("√", "the square root of"), ("∑", "the sum of"),
    ("Σ", "the sum of"), ("∏", "the product of"), ("Π", "the product of"),
    ("∇", "the gradient of"), ("%", "percent"),
    *_GREEK.items(),
)


# Step: the rules

def _power(m: re.Match[str]) -> str:
    exponent = next(g for g in m.group("braced", "bracketed", "bare") if g is not None).strip()
    if exponent == "T":
        return " transpose "
    if exponent in ("2", "3"):
        return " squared " if exponent == "2" else " cubed "
    return " to the " + re.sub(r"^[-−]", "minus ", exponent) + " "


def _subscript(m: re.Match[str]) -> str:
    index = m.group("braced") or m.group("bare")
    if m.group("braced") and index.isalpha() and len(index) <= 3:
        index = " ".join(index)  # x_{ij}: "x i j"
    return f" {index} "


def _bracket(m: re.Match[str]) -> str:
    name, body = m.group("name"), m.group("body").strip()
    if name:  # function application: "g'(z)" -> "g prime of z"
        base = name.rstrip("'’")
        # The trailing space keeps "g of z" from reading as a function of z in "g(z)(1 - g(z))".
        return base + " prime" * (len(name) - len(base)) + f" of {body} "
    if not _MATHS.search(body):
        return m.group(0)  # prose in brackets, or a tuple such as (0, 1): left alone
    before = "times " if _FACTOR_BEFORE.search(m.string, 0, m.start()) else ""
    after = ", times" if _FACTOR_AFTER.match(m.string, m.end()) else ""
    return f" {before}{body}{after} "


def _between_operands(text: str) -> str:
    """A spaced "-" or "·" between two operands is minus or times ("y - h", "w · x"); a dash
    between words stays a dash, and a "·" between words becomes a pause (a comma)."""
    tokens = text.split(" ")
    for i in range(1, len(tokens) - 1):
        if tokens[i] in ("-", "·"):
            operands = _OPERAND.fullmatch(tokens[i - 1]) and _OPERAND.fullmatch(tokens[i + 1])
            if operands:
                tokens[i] = "minus" if tokens[i] == "-" else "times"
            elif tokens[i] == "·":
                tokens[i - 1], tokens[i] = tokens[i - 1] + ",", ""
    return " ".join(t for t in tokens if t)


def _fraction(m: re.Match[str]) -> str:
    top, bottom = m.groups()
    if not (top.isdigit() and bottom.isdigit()):
        return f"{top} over {bottom}"  # the numbers in "1/N" are said later
    n, d = int(top), int(bottom)
    if (n, d) == (0, 1):
        return "zero-one"  # as in "0/1 labels", "0/1 loss"
    if d in _PARTS:
        return f"{_integer(top)} {_PARTS[d][n != 1]}"
    return f"{_integer(top)} over {_integer(bottom)}"


def _number(m: re.Match[str]) -> str:
    sign, whole, frac, percent = m.group("sign", "int", "frac", "percent")
    before, after = m.string[:m.start()], m.string[m.end():]
    if (not (sign or frac or percent) and len(whole) == 4 and 1900 <= int(whole) <= 2099
            and (_YEAR_CUE.search(before) or not re.match(r"\s+[a-z]", after))):
        return _year(int(whole))  # "in 1957", "1969,"; but "after 1958 updates" is a count
    said = ("minus " if sign else "") + _integer(whole)
    if frac:
        said += " point " + _digits(frac)
    if percent:
        said += " percent"
    space_before = " " if re.search(r"[A-Za-z]$", before) else ""  # "uint8": "uint eight"
    space_after = " " if re.match(r"[A-Za-z]", after) else ""  # "2x": "two x"
    return space_before + said + space_after


def spoken(text: str) -> str:
    """The words a voice should say for ``text``, a narration sentence as written.

    Parameters
    ----------
    text : str
        One or more sentences, as shown in the subtitles.

    Returns
    -------
    str
        The same sentences with numbers, fractions and mathematical symbols written out as a
        teacher would say them: ``spoken("h(x) = 0.77")`` is ``"h of x equals zero point seven
        seven"``. Words and punctuation are unchanged.
    """
    for pattern, words in _ABBREVIATIONS:
        text = pattern.sub(words, text)
    text = re.sub(r"(?<![\w.])(\d+) x (?=\d+(?![\w.]))", r"\1 by ", text)  # "a 2 x 2 grid"
    # Written maths: hats, powers and indices, sizes, brackets, minus signs, intervals.
    text = text.replace("ŷ", "y hat").replace("\u0302", " hat").replace("\u0304", " bar")
    text = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ᵀ]+",
                  lambda m: "^{" + m.group().translate(_SUPERSCRIPTS) + "}", text)
    text = re.sub(r"[₀₁₂₃₄₅₆₇₈₉]+", lambda m: "_{" + m.group().translate(_SUBSCRIPTS) + "}", text)
    text = _POWER.sub(_power, text)
    text = _BIG_OPERATOR.sub(lambda m: f"the {'sum' if m[1] in '∑Σ' else 'product'} over "
                             f"{m[2] or m[3]} of ", text)
    text = _SUBSCRIPT.sub(_subscript, text)
    text = _GLUED_INDEX.sub(r"\1 \2", text)
    text = _SIZE.sub(r"the size of \1", text)
    for _ in range(10):  # innermost brackets first, until nothing changes
        text, before = _BRACKETS.sub(_bracket, text), text
        if text == before:
            break
    text = _between_operands(re.sub(r"\s+", " ", text))
    text = _INTERVAL.sub(r"the interval from \1 to \2", text)
    # Fractions, then every remaining number.
    text = _FRACTION.sub(_fraction, text)
    text = re.sub(r"\s/\s", " over ", text)
    text = _NUMBER.sub(_number, text)
    # Symbols by name.
    text = _PRIME.sub(r"\1 prime", text)
    text = _NEGATED_LETTER.sub("minus ", text)
    for symbol, words in _SYMBOLS:
        text = text.replace(symbol, f" {words} ")
    # Tidy the spaces the rules left: one between words, none before punctuation.
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" (?=[,.;:!?)\]])", "", text)
    return re.sub(r"(?<=[(\[]) ", "", text).strip()
