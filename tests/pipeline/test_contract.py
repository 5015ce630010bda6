"""The render contract's names are the ones the scenes and the narration use."""

from __future__ import annotations

from narration.voices import resolve_voice
from scenes.common.theme import THEMES
from scripts.build.contract import THEME_NAMES, VOICES, Status


def test_every_theme_name_has_a_theme_and_no_other() -> None:
    assert sorted(THEMES) == sorted(THEME_NAMES)


def test_every_voice_name_is_one_the_narration_knows() -> None:
    for voice in VOICES:
        resolve_voice(voice, warn=lambda _: None)  # raises ValueError for an unknown name


def test_statuses_read_as_the_words_the_summary_prints() -> None:
    assert Status.UP_TO_DATE == "up to date" and f"{Status.FAILED.value:<7}|" == "failed |"
