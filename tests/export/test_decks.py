"""`lecture slides`: a deck per chapter and for the whole lecture, one slide per beat, the
narration as speaker notes; PPTX readable by python-pptx, PDF one page per slide, HTML with
only local references; every slide's still (PPTX poster frame, HTML poster) is its clip's
settled last frame, never a blank background."""

from __future__ import annotations

import re

import pytest
from export_helpers import (
    Mini,
    assert_not_blank,
    assert_same_picture,
    image_pixels,
    last_frame,
    pptx_clips,
)
from pptx import Presentation

from scripts.build.layout import MediaLayout
from scripts.build.lecture_file import load_catalog
from scripts.defaults import QUALITIES
from scripts.export.deck_slides import deck_slides

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
    refs = re.findall(r'(?:src|href|data-background-video|data-poster)="([^"]+)"', html)
    assert refs, "the deck references nothing"
    assert not [r for r in refs if re.match(r"(https?:)?//", r)], "a remote reference"
    for ref in refs:
        if ref.startswith("data:") or ref.startswith("#"):
            continue
        assert (html_path.parent / ref).is_file(), ref
    for text in _narrations(built, DECKS[deck]):
        assert text in html  # speaker notes


@pytest.mark.parametrize("deck", DECKS)
def test_pptx_poster_frames_are_each_clips_last_frame(built: Mini, deck: str) -> None:
    clips = pptx_clips(built.folder / "decks" / f"{deck}.pptx")
    assert len(clips) == len(_narrations(built, DECKS[deck]))
    for n, (poster, clip) in enumerate(clips, start=1):
        still = image_pixels(poster)
        assert_not_blank(still, f"{deck}.pptx slide {n}'s poster frame")
        assert_same_picture(still, last_frame(clip), f"{deck}.pptx slide {n}'s poster frame")


@pytest.mark.parametrize("deck", DECKS)
def test_html_slides_name_their_clips_last_frame_as_poster(built: Mini, deck: str) -> None:
    html_path = built.folder / "decks" / f"{deck}.html"
    sections = re.findall(r"<section\b[^>]*>", html_path.read_text())
    assert len(sections) == len(_narrations(built, DECKS[deck]))
    for n, section in enumerate(sections, start=1):
        clip = re.search(r'data-background-video="([^"]+)"', section)
        poster = re.search(r'data-poster="([^"]+)"', section)
        assert clip and poster, f"slide {n}: {section}"
        still = image_pixels(html_path.parent / poster[1])
        assert_not_blank(still, f"{deck}.html slide {n}'s poster")
        assert_same_picture(still, last_frame(html_path.parent / clip[1]),
                            f"{deck}.html slide {n}'s poster")


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




def test_a_slide_the_decks_cannot_show_is_refused_with_its_scene_named(built: Mini) -> None:
    from manim_slides.config import PresentationConfig

    layout = MediaLayout(built.media, QUALITIES["low"])
    scenes = tuple(load_catalog(built.root).select(["two"]))
    config = PresentationConfig.from_file(layout.slides_path(scenes[0]))
    config.slides[0] = config.slides[0].model_copy(update={"direction": "vertical"})
    with pytest.raises(ValueError, match="two/ThreeDots: slide 1 is a vertical video slide"):
        deck_slides(layout, scenes, [config])
