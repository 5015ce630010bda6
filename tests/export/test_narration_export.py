"""The narrated mini lecture: loudness on target, captions true to the audio, one synthesis
per edited sentence, decks that carry each beat's audio, the script to record against."""

from __future__ import annotations

import re

import pytest
from export_helpers import CHAPTERS, Mini
from pptx import Presentation

from narration.voices import TARGET_LUFS, file_loudness, read_audio
from scenes.common.beats import MIN_CUE
from scenes.common.script import LINE_CHARS
from scripts.export.subtitles import caption_problems, read_srt

SCENES = [s for scenes in CHAPTERS.values() for s in scenes]
FRAME = 1 / 15


def test_the_lecture_is_narrated_at_the_target_loudness(built: Mini) -> None:
    level = file_loudness(built.lecture)
    assert level is not None, "the lecture has no sound"
    assert abs(level - TARGET_LUFS) <= 1.0


@pytest.mark.parametrize("short_id", SCENES)
def test_scene_captions_follow_the_audio_segments(built: Mini, short_id: str) -> None:
    """Each spoken clip opens with a caption, every caption is shown while its clip is heard
    (or for the one-second minimum), and each keeps to two lines of 42 characters."""
    beats = built.manifest()["scenes"][short_id]["beats"]
    segments = [(b["start"] + a, b["start"] + e) for b in beats for a, e in b["spoken"]]
    cues = read_srt(built.scene(short_id).with_suffix(".srt"))
    for a, _ in segments:
        assert any(abs(cue.start - a) <= FRAME for cue in cues), f"no caption opens at {a}"
    for cue in cues:
        a, e = next((a, e) for a, e in segments if a - FRAME <= cue.start <= e + FRAME)
        assert cue.end <= max(e, cue.start + MIN_CUE) + FRAME
        lines = cue.text.split("\n")
        assert len(lines) <= 2 and all(len(line) <= LINE_CHARS for line in lines)
    for b in beats:  # every beat outlasts its speech
        assert b["end"] - b["start"] >= b["spoken"][-1][1]
        samples, rate = read_audio(built.folder / short_id.split("/")[0] / "audio" /
                                   short_id.split("/")[1] / b["audio"].split("/")[-1])
        assert len(samples) / rate == pytest.approx(b["end"] - b["start"], abs=0.05)


def test_editing_one_sentence_synthesises_only_that_sentence(own_copy: Mini) -> None:
    cache = own_copy.media / ".cache" / "voice"
    before = set(cache.glob("*.wav"))
    dots = own_copy.root / "mini_scenes" / "dots.py"
    dots.write_text(dots.read_text().replace("Three dots, in a row.", "Three dots, lined up."))
    result = own_copy.invoke("render")
    assert result.exit_code == 0, result.output
    assert "1 rendered, 2 up to date" in result.output
    assert len(set(cache.glob("*.wav")) - before) == 1


def test_html_deck_plays_each_beats_audio_and_moves_on_when_it_ends(built: Mini) -> None:
    html_path = built.folder / "decks" / "mini.html"
    html = html_path.read_text()
    audios = re.findall(r'<audio data-autoplay src="([^"]+)"', html)
    assert len(audios) == 4  # one per beat
    assert all((html_path.parent / a).is_file() for a in audios)
    assert len(re.findall(r'data-autoslide="\d+"', html)) == 4


def test_pptx_slides_carry_their_narration(built: Mini) -> None:
    prs = Presentation(str(built.folder / "decks" / "mini.pptx"))
    for slide in prs.slides:
        media = [s for s in slide.shapes if s.shape_type == 16]
        assert len(media) == 2  # the slide's clip and its narration


def test_pptx_clip_and_narration_start_when_the_slide_shows(built: Mini) -> None:
    from lxml import etree

    delays = etree.XPath(".//p:timing//p:video/p:cMediaNode/p:cTn/p:stCondLst/p:cond/@delay",
                         namespaces={"p": "http://schemas.openxmlformats.org/presentationml/"
                                          "2006/main"})
    prs = Presentation(str(built.folder / "decks" / "mini.pptx"))
    for slide in prs.slides:
        assert delays(slide.element) == ["0", "0"]  # not "indefinite": no click needed


def test_the_script_lists_every_beat_with_its_recording_file(built: Mini) -> None:
    result = built.invoke("narration", "script", "-o", "-")
    assert result.exit_code == 0, result.output
    assert "### one/SquareThenCircle/beat-02" in result.output
    assert "Then a circle." in result.output
    assert "`mini/two/ThreeDots/beat-01.wav`" in result.output


def test_the_lecture_captions_keep_to_the_conventions(built: Mini) -> None:
    """The narrated lecture's captions, as written beside it and inside it: at most two lines
    of 42 characters, each shown 1 to 7 seconds, read at no more than 20 characters a second."""
    cues = read_srt(built.lecture.with_suffix(".srt"))
    assert cues
    assert not caption_problems(cues, tolerance=FRAME), "\n".join(caption_problems(cues))
    vtt = built.lecture.with_suffix(".vtt").read_text()
    assert all(cue.text in vtt for cue in cues)  # the same cues, line breaks included
