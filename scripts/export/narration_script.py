"""The narration script a teacher records against: every beat's id, text and file, in order."""

from __future__ import annotations

from scripts.build.catalog import Lecture


def script_markdown(lecture: Lecture, chapters: list[str] | None,
                    beats: dict[str, list[str]]) -> str:
    """Markdown for the chosen chapters (None: all), from each scene's beats' words (by the
    scene's short id)."""
    lines = [f"# {lecture.title}: narration script", "",
             "Record each beat into the file named under it, then render with "
             "`--voice recordings`.", ""]
    for chapter in lecture.chapters:
        if chapters is not None and chapter.id not in chapters:
            continue
        lines += [f"## {chapter.title}", ""]
        for scene in chapter.scenes:
            for n, words in enumerate(beats[scene.short_id], start=1):
                beat_id = f"{scene.chapter}/{scene.name}/beat-{n:02d}"
                lines += [f"### {beat_id}", "", words, "",
                          f"File: `{lecture.slug}/{beat_id}.wav`", ""]
    return "\n".join(lines)
