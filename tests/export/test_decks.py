"""`lecture slides`: a deck per chapter and for the whole lecture, one slide per beat, the
narration as speaker notes; PPTX readable by python-pptx, PDF one page per slide, HTML with
only local references."""

from __future__ import annotations

import re

import pytest
from export_helpers import Mini
from pptx import Presentation

DECKS = {"one": ["one/SquareThenCircle", "one/OneSquare"], "two": ["two/ThreeDots"],
         "mini": ["one/SquareThenCircle", "one/OneSquare", "two/ThreeDots"]}


def _narrations(built: Mini, scenes: list[str]) -> list[str]:
    manifest = built.manifest()["scenes"]
    return [b["narration"] for s in scenes for b in manifest[s]["beats"]]


@pytest.mark.parametrize("deck", DECKS)
def test_pptx_has_a_playing_slide_per_beat_with_its_narration_as_notes(built: Mini,
                                                                       deck: str) -> None:
    prs = Presentation(str(built.folder / "decks" / f"{deck}.pptx"))
    slides = list(prs.slides)
    narrations = _narrations(built, DECKS[deck])
    assert len(slides) == len(narrations)
    for slide, text in zip(slides, narrations, strict=True):
        assert slide.notes_slide.notes_text_frame.text == text
        assert any(shape.shape_type == 16 for shape in slide.shapes)  # MSO_SHAPE_TYPE.MEDIA


@pytest.mark.parametrize("deck", DECKS)
def test_pdf_has_one_page_per_slide(built: Mini, deck: str) -> None:
    data = (built.folder / "decks" / f"{deck}.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    pages = re.findall(rb"/Type\s*/Page(?!s)", data)
    assert len(pages) == len(_narrations(built, DECKS[deck]))


@pytest.mark.parametrize("deck", DECKS)
def test_html_deck_references_only_local_files_that_exist(built: Mini, deck: str) -> None:
    html_path = built.folder / "decks" / f"{deck}.html"
    html = html_path.read_text()
    html = re.sub(r"<!--.*?-->", "", html, flags=re.S)  # the template's commented-out lines
    refs = re.findall(r'(?:src|href|data-background-video)="([^"]+)"', html)
    assert refs, "the deck references nothing"
    assert not [r for r in refs if re.match(r"(https?:)?//", r)], "a remote reference"
    for ref in refs:
        if ref.startswith("data:") or ref.startswith("#"):
            continue
        assert (html_path.parent / ref).is_file(), ref
    for text in _narrations(built, DECKS[deck]):
        assert text in html  # speaker notes


def test_a_second_export_with_nothing_changed_makes_nothing(own_copy: Mini) -> None:
    before = {p: p.stat().st_mtime_ns for p in (own_copy.folder / "decks").glob("*.*")}
    result = own_copy.invoke("slides", "two")
    assert result.exit_code == 0, result.output
    assert "made" not in result.output.replace("up to date", "")
    assert {p: p.stat().st_mtime_ns for p in before} == before


def test_an_unknown_format_is_refused(built: Mini) -> None:
    result = built.invoke("slides", "--format", "keynote")
    assert result.exit_code == 2
    assert "keynote" in result.output and "pptx" in result.output


