"""The lecture video with its captions drawn into the picture, for platforms that drop
subtitle tracks: ``<lecture>.captioned.mp4`` beside ``<lecture>.mp4``.

The captions are the lecture's own cues (its ``.srt``), drawn by ffmpeg's ``ass`` filter
(libass) from an ASS script written here in the video's pixels, so the layout does not depend
on libass's default 384x288 canvas: white DejaVu Sans on a dark box (ASS ``BorderStyle=3``),
centred at the bottom, inside the title-safe area (5 % of the height on every side, as the
scenes' layout keeps it: :data:`scenes.common.layout.SAFE_MARGIN`), far below the heading at
the top. The picture is re-encoded (H.264, every frame kept at the same rate), the sound and
the chapter markers are copied. It is remade only when the lecture video or the style changed.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from scripts.export.ffmpeg import FFmpegError, ffmpeg_binary, run_ffmpeg, video_info
from scripts.export.subtitles import Cue, read_srt
from scripts.files import atomic_write, atomic_write_text, build_key

#: Bump when captions are drawn differently, so that the video is remade.
BURN_PROTOCOL = 2
#: The title-safe margin on every side, as a share of the height (the scenes keep 0.4 of 8
#: units, see scenes/common/layout.py).
SAFE_SHARE = 0.05
#: Caption text height as a share of the video's height (about 22 px at 480p).
FONT_SHARE = 0.045
#: Padding of the box around the text, as a share of the height.
PAD_SHARE = 0.012


@dataclass(frozen=True)
class BurnedVideo:
    path: Path
    status: str  # "made" or "up to date"


def captioned_path(video: Path) -> Path:
    """``<lecture>.captioned.mp4`` beside the lecture video."""
    return video.with_suffix(".captioned.mp4")


def _ass_time(seconds: float) -> str:
    cs = round(seconds * 100)
    h, rest = divmod(cs, 360_000)
    m, rest = divmod(rest, 6000)
    s, cs = divmod(rest, 100)
    return f"{h}:{m:02d}:{s:02d}.{cs:02d}"


def _ass_text(text: str) -> str:
    """A cue's text in ASS: its line breaks as ``\\N``, braces (override codes) escaped."""
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("\n", r"\N")


def ass_script(cues: list[Cue], width: int, height: int) -> str:
    """An ASS script drawing ``cues`` on a ``width`` x ``height`` picture, in its pixels."""
    font = round(FONT_SHARE * height)
    pad = max(2, round(PAD_SHARE * height))
    margin_v = round(SAFE_SHARE * height) + pad
    margin_h = round(SAFE_SHARE * height) + pad
    # Colours are &HAABBGGRR (alpha 00 opaque): white text, a box of black at 25 % see-through.
    style = (f"Style: Caption,DejaVu Sans,{font},&H00FFFFFF,&H00FFFFFF,&H40000000,&H40000000,"
             f"0,0,0,0,100,100,0,0,3,{pad},0,2,{margin_h},{margin_h},{margin_v},1")
    lines = [
        "[Script Info]", "ScriptType: v4.00+", f"PlayResX: {width}", f"PlayResY: {height}",
        "WrapStyle: 2", "ScaledBorderAndShadow: yes", "",
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
        "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
        "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
        style, "",
        "[Events]",
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ]
    lines += [f"Dialogue: 0,{_ass_time(c.start)},{_ass_time(c.end)},Caption,,0,0,0,,"
              f"{_ass_text(c.text)}" for c in cues]
    return "\n".join(lines) + "\n"


def _filter_path(path: Path) -> str:
    """A path as an ffmpeg filter argument (its ``:``, ``\\`` and quotes escaped)."""
    text = str(path.resolve())
    for ch in ("\\", ":", "'", "[", "]", ",", ";"):
        text = text.replace(ch, "\\" + ch)
    return text


def check_libass() -> None:
    """Raise :class:`FFmpegError` if this ffmpeg cannot draw subtitles (built without
    libass): say so, and how to get one that can, rather than fail mid-encode."""
    proc = subprocess.run([ffmpeg_binary(), "-hide_banner", "-filters"], capture_output=True,
                          text=True)
    if not re.search(r"^\s*\S+\s+ass\s", proc.stdout, re.MULTILINE):
        raise FFmpegError("this ffmpeg has no 'ass' filter (it was built without libass), so "
                          "it cannot draw captions in; Debian's has it: sudo apt-get install "
                          "-y ffmpeg")


def burn_captions(video: Path, video_key: str, force: bool = False) -> BurnedVideo:
    """Write (or find up to date) the captioned copy of ``video``, from its ``.srt``;
    ``video_key`` says what the video was built from (its assembly key)."""
    dest = captioned_path(video)
    srt = video.with_suffix(".srt")
    record = video.with_suffix(".captioned.json")
    key = build_key({"protocol": BURN_PROTOCOL, "video": video_key})
    try:
        previous = json.loads(record.read_text(encoding="utf-8")).get("key")
    except (OSError, json.JSONDecodeError):
        previous = None
    if not force and previous == key and dest.is_file():
        return BurnedVideo(dest, "up to date")
    check_libass()
    info = video_info(video)
    script = video.with_name(f".{video.stem}.captions.ass")
    atomic_write_text(script, ass_script(read_srt(srt), info.width, info.height))
    try:
        atomic_write(dest, lambda tmp: run_ffmpeg(
            ["-i", str(video), "-map", "0:v", "-map", "0:a?", "-map_chapters", "0",
             # At the constant rate first: a held frame is stored once a second, and a cue
             # that starts or ends within the hold must show on the frames it covers.
             "-vf", f"fps={info.fps},ass={_filter_path(script)}", "-c:v", "libx264",
             "-preset", "veryfast",
             "-crf", "18", "-pix_fmt", "yuv420p", "-fps_mode", "passthrough", "-c:a", "copy",
             "-movflags", "+faststart", "-f", "mp4", str(tmp)],
            f"drawing the captions into {video.name}"))
    finally:
        script.unlink(missing_ok=True)
    atomic_write_text(record, json.dumps({"key": key}, indent=2) + "\n")
    return BurnedVideo(dest, "made")
