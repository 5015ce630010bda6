"""Join a lecture's rendered scenes into one video with chapter markers and subtitles.

The lecture video is ``<media>/<lecture>/<quality>/<lecture>.mp4``, with ``.srt`` and ``.vtt``
beside it, and ``<lecture>.chapters.vtt``: the chapters as a WebVTT ``chapters`` track, the same
times and titles as the MP4's chapter markers, for a web player's chapter menu. Scenes of one
quality share codec, size and frame rate, so they are joined as they are (ffmpeg's concat
demuxer with stream copy: no re-encoding). The video carries one chapter marker per chapter,
titled as the lecture file titles it, and one subtitle track (mov_text) made from the scenes'
cues shifted to where each scene starts.

Assembly is incremental: its key is the ordered list of the scenes' render keys plus the
chapter titles, so it runs again only when a scene it contains, or the order, changed. It
writes every file under a temporary name and moves the video into place last, so an
interrupted or failed build never leaves a partial video and keeps the previous outputs.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from narration.voices import file_loudness
from scripts.build.catalog import Lecture, SceneEntry
from scripts.build.contract import Status
from scripts.build.layout import MediaLayout
from scripts.export.ffmpeg import FFmpegError, VideoInfo, run_ffmpeg, video_info
from scripts.export.subtitles import Cue, read_srt, shifted, to_srt, to_vtt
from scripts.files import atomic_write_text, build_key

#: Bump when the way the lecture is assembled changes, so that it is rebuilt.
ASSEMBLY_PROTOCOL = 3


class MissingScenes(Exception):
    """Scenes the lecture needs that are not rendered, or older than their code."""

    def __init__(self, lecture: Lecture, missing: list[tuple[SceneEntry, str]]):
        self.lecture = lecture
        self.missing = missing
        lines = [f"  {s.short_id}: {status}" for s, status in missing]
        super().__init__(
            f"{len(missing)} scene(s) of '{lecture.slug}' are not ready:\n" + "\n".join(lines)
        )


@dataclass(frozen=True)
class ChapterMark:
    title: str
    start: float
    end: float


@dataclass(frozen=True)
class LectureVideo:
    """The result of :func:`assemble`."""

    status: str  # "built" or "up to date"
    video: Path
    subtitles_srt: Path
    subtitles_vtt: Path
    chapters_vtt: Path
    duration: float
    chapters: tuple[ChapterMark, ...]
    loudness: float | None = None  # integrated LUFS of the narration, if there is sound


def missing_scenes(lecture: Lecture, status: Callable[[SceneEntry], Status]
                   ) -> list[tuple[SceneEntry, str]]:
    """Scenes that are not up to date (as ``status`` says), with their status."""
    statuses = ((s, status(s)) for s in lecture.scenes)
    return [(s, st) for s, st in statuses if st != Status.UP_TO_DATE]


def assembly_key(layout: MediaLayout, lecture: Lecture) -> str:
    """Equal keys mean the same lecture video would be assembled."""
    manifest = layout.manifest(lecture.slug)
    blob = {
        "protocol": ASSEMBLY_PROTOCOL,
        "title": lecture.title,
        "chapters": [[c.id, c.title, [manifest.scenes[s.short_id].key for s in c.scenes]]
                     for c in lecture.chapters],
    }
    return build_key(blob)


def _ffmeta_escape(text: str) -> str:
    for ch in ("\\", "=", ";", "#", "\n"):
        text = text.replace(ch, "\\" + ch)
    return text


def chapters_metadata(title: str, marks: list[ChapterMark]) -> str:
    """ffmpeg's FFMETADATA1 text: the video's title and its chapters, in milliseconds."""
    lines = [";FFMETADATA1", f"title={_ffmeta_escape(title)}"]
    for m in marks:
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={round(m.start * 1000)}",
                  f"END={round(m.end * 1000)}", f"title={_ffmeta_escape(m.title)}"]
    return "\n".join(lines) + "\n"


def _concat_list(paths: list[Path]) -> str:
    quoted = (str(p.resolve()).replace("'", "'\\''") for p in paths)
    return "".join(f"file '{q}'\n" for q in quoted)


def _check_joinable(infos: dict[Path, VideoInfo]) -> None:
    kinds = {(i.codec, i.width, i.height, i.fps) for i in infos.values()}
    if len(kinds) > 1:
        detail = ", ".join(f"{p.name}: {i.codec} {i.width}x{i.height}@{i.fps}"
                           for p, i in infos.items())
        raise FFmpegError(f"the scenes differ in codec, size or frame rate ({detail}); "
                          "re-render them at one quality with `lecture render --force`")


def assemble(layout: MediaLayout, lecture: Lecture, status: Callable[[SceneEntry], Status],
             force: bool = False) -> LectureVideo:
    """Build (or find up to date) the lecture video at the layout's quality; ``status``
    says whether each scene is up to date (the renderer's :meth:`status`).

    Raises
    ------
    MissingScenes
        If any scene is not rendered or out of date; nothing is written.
    FFmpegError
        If ffmpeg is missing or fails; the previous outputs are left as they were.
    """
    missing = missing_scenes(lecture, status)
    if missing:
        raise MissingScenes(lecture, missing)
    folder = layout.quality_dir(lecture.slug)
    video = layout.lecture_video(lecture.slug)
    srt_path, vtt_path = video.with_suffix(".srt"), video.with_suffix(".vtt")
    chapters_path = chapters_vtt_path(video)
    record_path = folder / "build.json"
    key = assembly_key(layout, lecture)
    record = _read_json(record_path)
    if (not force and record.get("key") == key
            and all(p.is_file() for p in (video, srt_path, vtt_path, chapters_path))):
        marks = tuple(ChapterMark(**m) for m in record["chapters"])
        return LectureVideo("up to date", video, srt_path, vtt_path, chapters_path,
                            record["duration"], marks, record.get("loudness"))

    videos = [layout.video_path(s) for s in lecture.scenes]
    marks, cues, duration = _timeline(layout, lecture)
    work = folder / f".build-{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True)
    try:
        out = _join(work, videos, lecture, marks, cues)
        os.replace(work / "subs.srt", srt_path)
        os.replace(work / "subs.vtt", vtt_path)
        os.replace(work / "chapters.vtt", chapters_path)
        level = file_loudness(out)
        os.replace(out, video)  # the video last: until here the previous one stays
        atomic_write_text(record_path, json.dumps({
            "key": key, "duration": round(duration, 3), "loudness": level,
            "chapters": [m.__dict__ for m in marks],
            "scenes": [s.short_id for s in lecture.scenes],
        }, indent=2) + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return LectureVideo("built", video, srt_path, vtt_path, chapters_path, duration,
                        tuple(marks), level)


def chapters_vtt_path(video: Path) -> Path:
    """``<lecture>.chapters.vtt`` beside the lecture video."""
    return video.with_suffix(".chapters.vtt")


def chapters_vtt(marks: list[ChapterMark]) -> str:
    """The chapters as a WebVTT ``chapters`` track: one cue per chapter, titled, at the
    millisecond times of the MP4's markers (:func:`chapters_metadata` rounds the same way)."""
    return to_vtt([Cue(round(m.start, 3), round(m.end, 3), m.title) for m in marks])


def scene_starts(layout: MediaLayout, lecture: Lecture) -> dict[str, float]:
    """Where each scene (by short id) starts in the lecture video, in seconds: the lengths of
    the scenes before it, counted in frames as the join adds them up."""
    starts: dict[str, float] = {}
    t = 0.0
    for chapter in lecture.chapters:
        for scene in chapter.scenes:
            starts[scene.short_id] = t
            t += video_info(layout.video_path(scene)).duration
    return starts


def _timeline(layout: MediaLayout, lecture: Lecture
              ) -> tuple[list[ChapterMark], list[Cue], float]:
    """Where each chapter starts and ends, the scenes' cues shifted to where each scene
    starts, and the whole length; the scenes must be joinable as they are."""
    infos = {layout.video_path(s): video_info(layout.video_path(s)) for s in lecture.scenes}
    _check_joinable(infos)
    cues: list[Cue] = []
    marks: list[ChapterMark] = []
    t = 0.0
    for chapter in lecture.chapters:
        start = t
        for scene in chapter.scenes:
            path = layout.video_path(scene)
            cues += shifted(read_srt(path.with_suffix(".srt")), t)
            t += infos[path].duration
        marks.append(ChapterMark(chapter.title, round(start, 3), round(t, 3)))
    return marks, cues, t


def _join(work: Path, videos: list[Path], lecture: Lecture, marks: list[ChapterMark],
          cues: list[Cue]) -> Path:
    """Join the scenes (stream copy) with chapters and the subtitle track into
    ``work/lecture.mp4``; the subtitles also as ``work/subs.srt`` and ``work/subs.vtt``."""
    (work / "parts.txt").write_text(_concat_list(videos), encoding="utf-8")
    (work / "chapters.txt").write_text(chapters_metadata(lecture.title, marks), encoding="utf-8")
    (work / "subs.srt").write_text(to_srt(cues), encoding="utf-8")
    (work / "subs.vtt").write_text(to_vtt(cues), encoding="utf-8")
    (work / "chapters.vtt").write_text(chapters_vtt(marks), encoding="utf-8")
    args = ["-f", "concat", "-safe", "0", "-i", str(work / "parts.txt"),
            "-f", "ffmetadata", "-i", str(work / "chapters.txt")]
    maps = ["-map", "0:v", "-map", "0:a?", "-map_metadata", "1", "-map_chapters", "1"]
    if cues:
        args += ["-f", "srt", "-i", str(work / "subs.srt")]
        maps += ["-map", "2:0", "-c:s", "mov_text", "-metadata:s:s:0", "language=eng",
                 "-metadata:s:s:0", "title=Narration"]
    out = work / "lecture.mp4"
    run_ffmpeg([*args, *maps, "-c:v", "copy", "-c:a", "copy", "-movflags", "+faststart",
                "-f", "mp4", str(out)], f"joining the {len(videos)} scenes of {lecture.slug}")
    return out


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
