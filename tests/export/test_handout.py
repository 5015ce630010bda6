"""`lecture handout`, read back from the PDF with PDF tools (poppler's pdftotext and pdfimages,
pdfplumber, pypdf), never from the HTML it was printed from: its text is the narration in
order with each beat's start time, one picture per beat that is the video's frame at the end
of the beat, no picture cut by a page break or parted from its words, no heading alone at the
foot of a page, an outline by chapter; on A4 and on US Letter."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import av
import numpy as np
import pdfplumber
import pytest
from browser_helpers import CHROMIUM
from export_helpers import (
    CHAPTERS,
    Mini,
    assert_not_blank,
    assert_same_picture,
    duration,
    image_pixels,
)
from pypdf import PdfReader

from scripts.export.ffmpeg import frames_at_rate

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (./run test installs it)")]

PAPERS = ("a4", "letter")
TITLES = list(CHAPTERS)


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}"


def _beats(mini: Mini) -> list[tuple[str, str, float, float]]:
    """Every beat of the lecture in order: (chapter title, words, start, end) in lecture
    seconds, from the render's manifest and the scene videos' lengths."""
    scenes = mini.manifest()["scenes"]
    out, t = [], 0.0
    for title, ids in CHAPTERS.items():
        for short_id in ids:
            out += [(title, b["narration"], t + b["start"], t + b["end"])
                    for b in scenes[short_id]["beats"]]
            t += duration(mini.scene(short_id))
    return out


def _pdf(mini: Mini, name: str, paper: str) -> Path:
    return mini.folder / "handouts" / f"{name}-{paper}.pdf"


def _plain(text: str) -> str:
    """Text with the page numbers ("2 / 3") out and every run of white space one space."""
    return " ".join(re.sub(r"(?m)^\s*\d+ ?/ ?\d+\s*$", " ", text).split())


@pytest.mark.parametrize("paper", PAPERS)
def test_the_text_is_the_narration_in_order_with_each_beats_time(extras: Mini,
                                                                 paper: str) -> None:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(_pdf(extras, "mini", paper)), "-"],
                          capture_output=True, text=True, check=True).stdout
    text = _plain(text)
    body = text[text.index(TITLES[0]):]
    expected, chapter = [], None
    for title, words, start, _ in _beats(extras):
        if title != chapter:
            expected.append(title)
            chapter = title
        expected += [_clock(start), words]
    assert body == " ".join(expected)


def _lecture_frames(video: Path, times: list[float]) -> list[np.ndarray]:
    """The frames on screen just before each of ``times`` (seconds), as RGB ints."""
    with av.open(str(video)) as c:
        fps = float(c.streams.video[0].codec_context.framerate)
    wanted = {max(round(t * fps) - 1, 0): i for i, t in enumerate(times)}
    out: list[np.ndarray | None] = [None] * len(times)
    for n, frame in enumerate(frames_at_rate(video)):
        if n in wanted:
            out[wanted[n]] = frame.to_ndarray(format="rgb24").astype(int)
    assert all(f is not None for f in out)
    return out  # type: ignore[return-value]


@pytest.mark.parametrize("paper", PAPERS)
def test_one_picture_per_beat_the_videos_frame_at_the_beats_end(extras: Mini, paper: str,
                                                                tmp_path: Path) -> None:
    subprocess.run(["pdfimages", "-png", str(_pdf(extras, "mini", paper)),
                    str(tmp_path / "img")], check=True)
    images = sorted(tmp_path.glob("img-*.png"))
    beats = _beats(extras)
    assert len(images) == len(beats)
    frames = _lecture_frames(extras.lecture, [end for *_, end in beats])
    for n, (image, frame) in enumerate(zip(images, frames, strict=True), start=1):
        picture = image_pixels(image)
        assert_not_blank(picture, f"beat {n}'s picture")
        assert_same_picture(picture, frame, f"beat {n}'s picture")


@pytest.mark.parametrize("paper", PAPERS)
def test_no_picture_is_cut_or_parted_from_its_words_and_no_heading_ends_a_page(
        extras: Mini, paper: str) -> None:
    beats = _beats(extras)
    placed = 0
    with pdfplumber.open(_pdf(extras, "mini", paper)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for im in page.images:  # a picture cut by a break would overflow its page
                assert im["x0"] >= 0 and im["top"] >= 0, (number, im)
                assert im["x1"] <= page.width and im["bottom"] <= page.height, (number, im)
            words = _plain(page.extract_text())
            on_page = [w for _, w, *_ in beats if w in words]
            assert len(page.images) == len(on_page), \
                f"page {number}: {len(page.images)} pictures, words of {on_page}"
            placed += len(page.images)
            lines = [ln for ln in page.extract_text().splitlines()
                     if ln.strip() and not re.fullmatch(r"\s*\d+ ?/ ?\d+\s*", ln)]
            assert lines and lines[-1].strip() not in TITLES, f"page {number} ends on a heading"
    assert placed == len(beats)


@pytest.mark.parametrize("name, titles", [("mini", ["Mini lecture", *TITLES]),
                                          ("one", ["Mini lecture", TITLES[0]]),
                                          ("two", ["Mini lecture", TITLES[1]])])
def test_the_outline_lists_the_chapters(extras: Mini, name: str, titles: list[str]) -> None:
    def flat(items: list) -> list[str]:
        return [t for i in items for t in (flat(i) if isinstance(i, list) else [i.title])]

    reader = PdfReader(_pdf(extras, name, "a4"))
    assert flat(reader.outline) == titles
    assert reader.pages[0].extract_text().strip()  # real text, not a picture of it


def test_a_second_run_remakes_nothing(extras: Mini) -> None:
    files = sorted((extras.folder / "handouts").glob("*.*"))
    before = {f: f.stat().st_mtime_ns for f in files}
    result = extras.invoke("handout", "--paper", "both")
    assert result.exit_code == 0, result.output
    assert "made" not in result.output
    assert {f: f.stat().st_mtime_ns for f in files} == before
    assert all(f.stat().st_mode & 0o044 == 0o044 for f in files)  # readable by others


def test_a_chapters_handout_counts_time_from_the_lecture_start(extras: Mini) -> None:
    text = _plain(subprocess.run(["pdftotext", str(_pdf(extras, "two", "a4")), "-"],
                                 capture_output=True, text=True, check=True).stdout)
    (_, words, start, _), = [b for b in _beats(extras) if b[0] == TITLES[1]]
    assert f"{_clock(start)} {words}" in text and start > 4


def test_an_edited_beat_remakes_the_handouts_holding_it_and_no_other(extras: Mini,
                                                                    own_copy: Mini) -> None:
    """``own_copy`` is copied from the built lecture with its handouts (``extras``)."""
    dots = own_copy.root / "mini_scenes" / "dots.py"
    dots.write_text(dots.read_text().replace("Three dots, in a row.", "Three dots in one row."))
    result = own_copy.invoke("render", "two/ThreeDots", "--jobs", "1")
    assert result.exit_code == 0, result.output
    result = own_copy.invoke("handout", "--paper", "both")
    assert result.exit_code == 0, result.output
    status = {Path(line.split()[-1]).name: line.split()[1] for line in result.output.splitlines()
              if line.startswith("handout ")}
    assert status == {f"{name}{end}": ("up" if name == "one" else "made")
                      for name in ("one", "two", "mini")
                      for end in (".html", "-a4.pdf", "-letter.pdf")}
    text = subprocess.run(["pdftotext", str(_pdf(own_copy, "mini", "a4")), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Three dots in one row." in _plain(text)
