"""The pronunciation step: numbers and symbols said as a teacher says them, words untouched.

One test per family of rules, then whole sentences, then the lecture's own narration: beats
(as the scenes fill them in) that hold digits or symbols must reach the voice as plain words.
"""

from __future__ import annotations

import re

import pytest

from narration.pronounce import number_words, spoken


def _cases(*pairs: tuple[str, str]):  # noqa: ANN202
    return pytest.mark.parametrize(("written", "said"), pairs, ids=[w for w, _ in pairs])


# Step: one test per family of rules

@_cases(("0.77", "zero point seven seven"), ("0.25", "zero point two five"),
        ("2.5", "two point five"), ("-0.3", "minus zero point three"),
        ("−0.3", "minus zero point three"), ("0.0067", "zero point zero zero six seven"),
        ("9.21", "nine point two one"))
def test_decimals_are_read_digit_by_digit_after_the_point(written: str, said: str) -> None:
    assert spoken(written) == said


@_cases(("148", "one hundred forty-eight"), ("2843", "two thousand eight hundred forty-three"),
        ("1,000", "one thousand"), ("12 emails", "twelve emails"),
        ("999,999", "nine hundred ninety-nine thousand nine hundred ninety-nine"),
        ("1,000,001", "one million one"), ("in 1957", "in nineteen fifty-seven"),
        ("In 1969, Minsky", "In nineteen sixty-nine, Minsky"), ("1969", "nineteen sixty-nine"),
        ("since 1905", "since nineteen oh five"), ("in 2005", "in two thousand five"),
        ("after 1958 updates", "after one thousand nine hundred fifty-eight updates"),
        ("a 2 x 2 grid", "a two by two grid"))
def test_integers_are_words_and_years_are_read_as_years(written: str, said: str) -> None:
    assert spoken(written) == said


def test_number_words_are_plain_words_across_the_range() -> None:
    samples = [*range(0, 1200), *range(999_000, 1_000_000), 10**6, 10**9 + 7, 10**12 - 1]
    for n in samples:
        words = number_words(n)
        assert re.fullmatch(r"[a-z]+(?:[ -][a-z]+)*", words), (n, words)
    assert number_words(40) == "forty" and number_words(115) == "one hundred fifteen"
    with pytest.raises(ValueError, match="got -1"):
        number_words(-1)


@_cases(("99%", "ninety-nine percent"), ("99.5%", "ninety-nine point five percent"),
        ("99 % accuracy", "ninety-nine percent accuracy"))
def test_percentages(written: str, said: str) -> None:
    assert spoken(written) == said


@_cases(("θ α σ φ λ η", "theta alpha sigma phi lambda eta"), ("∇ℓ", "the gradient of ell"),
        ("a ≈ b", "a approximately b"), ("a ≠ b", "a is not equal to b"),
        ("a ≤ b", "a at most b"), ("a ≥ b", "a at least b"), ("a × b", "a times b"),
        ("w · x", "w times x"), ("1 − g", "one minus g"), ("y - h", "y minus h"),
        ("a + b", "a plus b"), ("a = b", "a equals b"), ("h → 0", "h goes to zero"),
        ("x -> ∞", "x goes to infinity"), ("√2", "the square root of two"),
        ("∑ x", "the sum of x"), ("∑_i x_i", "the sum over i of x i"),
        ("Π p", "the product of p"), ("∏ p", "the product of p"),
        ("θ := θ + α", "theta becomes theta plus alpha"), ("ŷ > 0.5", "y hat is greater than "
                                                          "zero point five"))
def test_greek_letters_and_maths_symbols(written: str, said: str) -> None:
    assert spoken(written) == said


@_cases(("θᵀx", "theta transpose x"), ("theta^T x", "theta transpose x"), ("x₁", "x one"),
        ("θ_0", "theta zero"), ("x_1", "x one"), ("x1 and x2", "x one and x two"),
        ("an L2 penalty", "an L two penalty"), ("x²", "x squared"), ("d^3", "d cubed"),
        ("d³", "d cubed"), ("e^-z", "e to the minus z"), ("e^(-z)", "e to the minus z"),
        ("e⁰", "e to the zero"), ("H⁻¹", "H to the minus one"), ("x^{n}", "x to the n"))
def test_transposes_subscripts_and_powers(written: str, said: str) -> None:
    assert spoken(written) == said


@_cases(("h(x)", "h of x"), ("g(z)", "g of z"), ("g'(z)", "g prime of z"),
        ("P(y=1|x)", "P of y equals one given x"), ("log(h)", "log of h"),
        ("σ(0)", "sigma of zero"), ("g(-z)", "g of minus z"), ("(y - h)", "y minus h"),
        ("(y - h) x", "y minus h, times x"), ("g(z)(1 - g(z))", "g of z times one minus g of z"),
        ("α (y - h)", "alpha times y minus h"),
        ("g' = g(1 - g)", "g prime equals g of one minus g"))
def test_function_application_and_brackets(written: str, said: str) -> None:
    assert spoken(written) == said


@_cases(("1/4", "one quarter"), ("1/2", "one half"), ("3/4", "three quarters"),
        ("2/3", "two thirds"), ("5/16", "five over sixteen"), ("a/b", "a over b"),
        ("1/N", "one over N"), ("1 / (1 + e)", "one over one plus e"),
        ("0/1 labels", "zero-one labels"), ("[0, 1]", "the interval from zero to one"))
def test_fractions_and_intervals(written: str, said: str) -> None:
    assert spoken(written) == said


@_cases(("|θ|", "the size of theta"), ("|y - h|", "the size of y minus h"),
        ("e.g. a cat", "for example a cat"), ("e.g., a cat", "for example, a cat"),
        ("i.e. a dog", "that is a dog"), ("cats vs. dogs", "cats versus dogs"))
def test_sizes_and_abbreviations(written: str, said: str) -> None:
    assert spoken(written) == said


@pytest.mark.parametrize("text", [
    "A yes-or-no answer, scored by cross-entropy.",
    "Flip the true label to zero. The penalty becomes minus log of one minus h!",
    "The line - and only the line - moves; the rest (the points) stays put.",
    "Is it a dog? The model's answer: 'A', yes/no, and/or \"maybe\".",
    "A well-separated, half-way, all-zero, one-hot start.",
])
def test_ordinary_words_hyphens_and_punctuation_are_untouched(text: str) -> None:
    assert spoken(text) == text


# Step: whole sentences

@_cases(
    ("The sigmoid g(z) = 1 / (1 + e^-z) maps 0 to 1/2, so h(x) = 0.5 on the boundary.",
     "The sigmoid g of z equals one over one plus e to the minus z maps zero to one half, so "
     "h of x equals zero point five on the boundary."),
    ("After one step, h rises from 0.5 to 0.77, i.e. about 77% sure.",
     "After one step, h rises from zero point five to zero point seven seven, that is about "
     "seventy-seven percent sure."),
    ("The update θ_j := θ_j + α (y - h) x_j uses the error y - h.",
     "The update theta j becomes theta j plus alpha times y minus h, times x j uses the error "
     "y minus h."),
    ("Rosenblatt built it in 1958; by then |θ| ≈ 2843 and P(y=1|x) ≥ 0.25.",
     "Rosenblatt built it in nineteen fifty-eight; by then the size of theta approximately two "
     "thousand eight hundred forty-three and P of y equals one given x at least zero point two "
     "five."),
)
def test_whole_sentences(written: str, said: str) -> None:
    assert spoken(written) == said


# Step: the lecture's own narration (beats as the scenes fill them in)

#: Beats from scenes/*.py that hold digits or symbols, with their f-string values filled in.
NARRATION = {
    "ch01 quiz question": "Check your understanding. What is the derivative of the sigmoid "
                          "g(z) = 1 / (1 + e^(\u2212z))?",
    "ch02 quiz answer": "The answer is A. h = g(\u03b8\u1d40x) equals 0.5 exactly when the "
                        "score \u03b8\u1d40x is 0: a straight line.",
    "ch04 quiz answer": "The answer is B. Gaussian and coin-flip models are one family: both "
                        "give (y - h) x.",
    "ch01 quiz answer": "The answer is B. The chain rule gives a fraction that splits into g(z) "
                        "times 1 \u2212 g(z).",
    "ch00 quiz": "Check your understanding. Why does least squares on 0/1 labels make a poor "
                 "classifier?",
    "ch00 quiz answer": "The answer is B. A line chases every point: its outputs leave [0, 1] "
                        "and far points drag its cut.",
    "cd1 quiz answer": "The answer is B. \u03c3(0) = 1 / (1 + e\u2070) = 1/2, and the rule "
                       "predicts 1 only when \u0177 > 0.5.",
    "cd1 plug-in": "At minus five, e to the five is about 148, and sigma is about 0.0067: a "
                   "very confident no.",
    "cd1 formula": "Here is the formula: one over one plus e to the minus z, where e is about "
                   "2.718. The Greek letter is a small sigma, not the summation sign.",
    "cd1 outputs": "The output is the model's probability of class one. An output of 0.92 "
                   "means 92% sure it is a dog; 0.03 means 97% sure it is a cat.",
    "ch03 coin flip": "Slide h down to one half, a coin flip. The loss is the log of two, about "
                      "0.69.",
    "ch03 squared error": "Why not reuse squared error? Put the sigmoid inside it and slide a "
                          "single weight, for the 12 emails from chapter zero.",
    "ch06 Rosenblatt": "Frank Rosenblatt invented it in 1958, and it was soon hailed as a model "
                       "of how neurons in the brain learn. Every neural network today descends "
                       "from it.",
    "ch06 Minsky": "In 1969, Minsky and Papert's book laid this brittleness bare: a perceptron "
                   "cannot even learn XOR. The blow helped bring on the first AI winter.",
    "ch08 quiz answer": "The answer is B. Curvature sets each step's size; the price is the "
                        "Hessian, order d\u00b3 per step.",
    "ch09 quiz question": "Check your understanding. You train logistic regression by gradient "
                          "ascent on data that a straight line separates perfectly, with no "
                          "penalty. What happens to \u03b8?",
}


@pytest.mark.parametrize("key", NARRATION)
def test_real_narration_reaches_the_voice_as_plain_words(key: str) -> None:
    said = spoken(NARRATION[key])
    assert not re.search(r"\d", said), said
    assert said.isascii(), said
    assert spoken(said) == said  # already spoken text is left as it is


@_cases(
    (NARRATION["ch01 quiz question"],
     "Check your understanding. What is the derivative of the sigmoid g of z equals one over "
     "one plus e to the minus z?"),
    (NARRATION["ch02 quiz answer"],
     "The answer is A. h equals g of theta transpose x equals zero point five exactly when the "
     "score theta transpose x is zero: a straight line."),
    (NARRATION["ch04 quiz answer"],
     "The answer is B. Gaussian and coin-flip models are one family: both give y minus h, "
     "times x."),
    (NARRATION["cd1 quiz answer"],
     "The answer is B. sigma of zero equals one over one plus e to the zero equals one half, "
     "and the rule predicts one only when y hat is greater than zero point five."),
    (NARRATION["cd1 plug-in"],
     "At minus five, e to the five is about one hundred forty-eight, and sigma is about zero "
     "point zero zero six seven: a very confident no."),
    (NARRATION["ch06 Minsky"],
     "In nineteen sixty-nine, Minsky and Papert's book laid this brittleness bare: a "
     "perceptron cannot even learn XOR. The blow helped bring on the first AI winter."),
)
def test_real_narration_reads_as_a_teacher_would_say_it(written: str, said: str) -> None:
    assert spoken(written) == said
