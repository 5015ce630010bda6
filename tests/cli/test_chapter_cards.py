"""Each chapter of an assembled lecture opens with a card showing its number and title."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scripts.build.catalog import CatalogError
from scripts.build.lecture_file import CHAPTER_CARD, load_catalog
from scripts.defaults import PROJECT_ROOT


def test_every_chapter_but_the_opening_starts_with_its_numbered_card() -> None:
    lecture = next(lec for lec in load_catalog(PROJECT_ROOT).lectures
                   if lec.slug == "logistic-regression")
    opening, *chapters = lecture.chapters
    assert [s.name for s in opening.scenes] == ["LectureTitle"]
    for number, chapter in enumerate(chapters):  # the course counts from chapter 0
        card = chapter.scenes[0]
        assert (card.module, card.name) == CHAPTER_CARD
        assert card.params["label"] == f"Chapter {number}"
        assert card.params["title"] == chapter.title
        assert chapter.title in card.params["narration"]
        assert all(s.name != CHAPTER_CARD[1] for s in chapter.scenes[1:])


def _project(tmp_path: Path, header: str) -> Path:
    root = tmp_path / "project"
    (root / "lectures").mkdir(parents=True)
    shutil.copytree(PROJECT_ROOT / "scenes", root / "scenes",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (root / "lectures" / "x.toml").write_text(
        f'title = "X"\n{header}\n[[chapters]]\nid = "a"\ntitle = "Alpha"\n'
        'module = "scenes.logistic_regression.ch01_sigmoid"\n')
    return root


def test_cards_can_be_turned_off_and_numbered_from_any_start(tmp_path: Path) -> None:
    off = load_catalog(_project(tmp_path / "off", "chapter_cards = false")).lectures[0]
    assert off.chapters[0].scenes[0].name != CHAPTER_CARD[1]
    five = load_catalog(_project(tmp_path / "five", "first_chapter_number = 5")).lectures[0]
    assert five.chapters[0].scenes[0].params["label"] == "Chapter 5"


@pytest.mark.parametrize("header", ['chapter_cards = "yes"', "first_chapter_number = 1.5"])
def test_a_bad_card_setting_names_the_file_and_what_was_expected(tmp_path: Path,
                                                                 header: str) -> None:
    with pytest.raises(CatalogError, match=r"x\.toml.*must be"):
        load_catalog(_project(tmp_path, header))


def _lecture_file(tmp_path: Path, body: str) -> Path:
    root = tmp_path / "project"
    (root / "lectures").mkdir(parents=True)
    shutil.copytree(PROJECT_ROOT / "scenes", root / "scenes",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (root / "lectures" / "y.toml").write_text(body)
    return root


_TWO_CHAPTERS = '''title = "Y"

[[chapters]]
id = "a"
title = "Alpha"
module = "scenes.common.title_card"

[[chapters]]
id = "b"
title = "Beta"
module = "scenes.common.title_card"
{extra}
'''


@pytest.mark.parametrize(("extra", "line", "message"), [
    ('scenes = ["NoSuchScene"]', 12, "no scene class NoSuchScene in title_card.py; it has"),
    ("[chapters.params]\ntitle = 3", 13, "parameter 'title' must be a string, got 3"),
    ("[chapters.params]\nspeed = 2", 13, "unknown parameter 'speed'; title_card.py takes"),
])
def test_errors_name_the_file_the_line_and_what_was_expected(tmp_path: Path, extra: str,
                                                            line: int, message: str) -> None:
    root = _lecture_file(tmp_path, _TWO_CHAPTERS.format(extra=extra))
    with pytest.raises(CatalogError) as info:
        load_catalog(root)
    assert f"y.toml:{line}: " in str(info.value)
    assert message in str(info.value)


def test_malformed_toml_names_the_line(tmp_path: Path) -> None:
    root = _lecture_file(tmp_path, 'title = "Y"\n[[chapters]]\nid = \n')
    with pytest.raises(CatalogError, match=r"y\.toml: not valid TOML: .*line 3"):
        load_catalog(root)
