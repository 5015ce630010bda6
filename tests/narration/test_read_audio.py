"""Recordings in any format PyAV reads come back as mono samples at their own rate."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from narration.voices import file_loudness, read_audio

RATE = 22050


def _stereo_tone() -> np.ndarray:
    """1 s: a 440 Hz tone on the left, silence on the right; shape (2, n), float32."""
    t = np.arange(RATE) / RATE
    left = 0.5 * np.sin(2 * np.pi * 440 * t)
    return np.stack([left, np.zeros_like(left)]).astype(np.float32)


def _encode(path: Path, codec: str, samples: np.ndarray) -> None:
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=RATE, layout="stereo")
        fmt = stream.codec_context.codec.audio_formats[0].name
        frame = av.AudioFrame.from_ndarray(samples, format="fltp", layout="stereo")
        frame.sample_rate = RATE
        resampler = av.AudioResampler(format=fmt, layout="stereo", rate=RATE)
        for piece in resampler.resample(frame):
            out.mux(stream.encode(piece))
        out.mux(stream.encode(None))


def test_a_flac_recording_reads_as_the_mean_of_its_channels(tmp_path: Path) -> None:
    tone = _stereo_tone()
    path = tmp_path / "beat-01.flac"
    _encode(path, "flac", tone)
    samples, rate = read_audio(path)
    assert rate == RATE
    expected = tone.mean(axis=0)
    assert len(samples) == len(expected)
    assert np.max(np.abs(samples - expected)) < 2e-4  # FLAC is lossless, at 16 bits


@pytest.mark.parametrize(("suffix", "codec"), [(".ogg", "libvorbis"), (".mp3", "libmp3lame")])
def test_lossy_recordings_keep_their_length_and_level(tmp_path: Path, suffix: str,
                                                      codec: str) -> None:
    if codec not in av.codecs_available:
        pytest.skip(f"this PyAV build has no {codec} encoder to make the test file")
    path = tmp_path / f"beat-01{suffix}"
    _encode(path, codec, _stereo_tone())
    samples, rate = read_audio(path)
    assert rate == RATE
    assert abs(len(samples) / rate - 1.0) < 0.1
    # The mean of a 0.5-amplitude tone and silence: RMS 0.25 / sqrt(2).
    assert np.sqrt(np.mean(samples[2000:-2000] ** 2)) == pytest.approx(0.25 / np.sqrt(2),
                                                                        rel=0.1)


def test_a_file_without_audio_has_no_loudness(tmp_path: Path) -> None:
    path = tmp_path / "silent.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height = 32, 32
        frame = av.VideoFrame.from_ndarray(np.zeros((32, 32, 3), np.uint8), format="rgb24")
        for packet in stream.encode(frame.reformat(format=stream.pix_fmt)):
            out.mux(packet)
        out.mux(stream.encode(None))
    assert file_loudness(path) is None
