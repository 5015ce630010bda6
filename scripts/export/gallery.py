"""A static page per lecture and quality that a teacher opens in a browser.

``<media>/<lecture>/<quality>/index.html``: the whole lecture video with its chapters (a list
that seeks to each), then, chapter by chapter, every scene's poster and playable clip with
subtitles, and links to its MP4, WebM and GIF and to the chapter's decks. Every address in the
page is relative and local: the folder can be copied to a USB stick or a web server as it is.

The page is meant to pass an accessibility audit (axe-core, WCAG 2 AA; tests/export): every
video has captions and its transcript (the handout, when made), a poster, and the browser's
own controls, which pause it and work by keyboard; no video plays by itself; the chapter menu
is buttons, marking the chapter playing (from the video's WebVTT chapters track); every
control shows where the keyboard focus is; the colours are the lecture's palette, whose text
colours meet WCAG AA contrast on its backgrounds.
"""

from __future__ import annotations

import base64
import json
from html import escape
from pathlib import Path

from scenes.common.theme import DARK, Theme
from scripts.build.catalog import Lecture, SceneEntry
from scripts.build.layout import MediaLayout
from scripts.export.assemble import chapters_vtt_path
from scripts.export.burned_captions import captioned_path
from scripts.export.ffmpeg import last_frame_png
from scripts.export.handout import scene_anchor
from scripts.files import atomic_write, atomic_write_text


def _style(theme: Theme = DARK) -> str:
    """The page's style sheet, in the lecture's own palette (scenes.common.theme)."""
    return f"""
body {{ font-family: "DejaVu Sans", system-ui, sans-serif; margin: 0 auto; max-width: 1100px;
       padding: 1.5rem; background: {theme.background}; color: {theme.text}; }}
a {{ color: {theme.class1}; }} h1 {{ margin-bottom: .2rem; }} .muted {{ color: {theme.muted}; }}
video {{ width: 100%; background: {theme.background}; border-radius: 6px; }}
.scenes {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
          gap: 1.2rem; }}
figure {{ margin: 0; background: {theme.field_mid}; padding: .6rem; border-radius: 8px; }}
figcaption {{ font-size: .9rem; margin-top: .4rem; }}
.links a {{ margin-right: .7rem; font-size: .85rem; }}
ol.chapters button {{ background: none; border: none; color: {theme.class0}; cursor: pointer;
                     font: inherit; padding: .1rem 0; text-align: left; }}
ol.chapters button[aria-current="true"] {{ color: {theme.highlight}; font-weight: bold; }}
a:focus-visible, button:focus-visible, video:focus-visible {{
  outline: 3px solid {theme.highlight}; outline-offset: 2px; }}
"""


#: The chapter menu seeks the lecture video, and marks the chapter playing from the video's
#: chapters track (``aria-current``), so the menu and the player say the same.
_SEEK_SCRIPT = """
var lectureVideo = document.getElementById('lecture-video');
var chapterButtons = document.querySelectorAll('button[data-start]');
chapterButtons.forEach(function (b) {
  b.addEventListener('click', function () {
    lectureVideo.currentTime = parseFloat(b.dataset.start); lectureVideo.play();
  });
});
if (lectureVideo) {
  Array.prototype.forEach.call(lectureVideo.textTracks, function (track) {
    if (track.kind !== 'chapters') return;
    track.mode = 'hidden';
    track.addEventListener('cuechange', function () {
      var cue = track.activeCues && track.activeCues[0];
      chapterButtons.forEach(function (b, i) {
        b.setAttribute('aria-current', String(!!cue && track.cues[i] === cue));
      });
    });
  });
}
"""


def _track_src(vtt: Path) -> str:
    """The subtitles as a ``data:`` URL: Chromium refuses ``<track>`` files next to a page
    opened from disk (every ``file:`` URL is its own origin), but reads inline ones."""
    return "data:text/vtt;base64," + base64.b64encode(vtt.read_bytes()).decode()


def _rel(path: Path, folder: Path) -> str:
    return path.relative_to(folder).as_posix()


def clock(seconds: float) -> str:
    """``m:ss``, for lengths a teacher reads."""
    m, s = divmod(int(round(seconds)), 60)
    return f"{m}:{s:02d}"


def _video(src_mp4: str, track: str | None, poster: str | None = None, webm: str | None = None,
           element_id: str | None = None, preload: str = "metadata", label: str = "",
           chapters: str | None = None) -> str:
    """A player with the browser's controls (pause, seek, captions menu, all by keyboard),
    never autoplaying; the narration as its captions track, shown by default."""
    attrs = f' id="{element_id}"' if element_id else ""
    attrs += f' poster="{escape(poster)}"' if poster else ""
    attrs += f' aria-label="{escape(label)}"' if label else ""
    sources = f'<source src="{escape(webm)}" type="video/webm">' if webm else ""
    sources += f'<source src="{escape(src_mp4)}" type="video/mp4">'
    tracks = (f'<track kind="captions" srclang="en" label="English" src="{escape(track)}"'
              ' default>' if track else "")
    tracks += (f'<track kind="chapters" srclang="en" label="Chapters" src="{escape(chapters)}">'
               if chapters else "")
    return f'<video controls preload="{preload}"{attrs}>{sources}{tracks}</video>'


def _transcript_links(folder: Path, name: str, anchor: str = "") -> list[str]:
    """Links to the handout ``name`` (the transcript), when it has been made."""
    handouts = folder / "handouts"
    if not (handouts / f"{name}.html").is_file():
        return []
    target = _rel(handouts / f"{name}.html", folder) + (f"#{anchor}" if anchor else "")
    links = [f'<a href="{escape(target)}">Transcript</a>']
    links += [f'<a href="{escape(_rel(pdf, folder))}" download>Transcript PDF '
              f'({escape(pdf.stem.rsplit("-", 1)[-1].upper())})</a>'
              for pdf in sorted(handouts.glob(f"{name}-*.pdf"))]
    return links


def lecture_poster(layout: MediaLayout, lecture: Lecture) -> Path | None:
    """The lecture video's poster, ``<lecture>.poster.png``: its first scene's settled
    picture (the title card), made when missing or older than the video."""
    video = layout.lecture_video(lecture.slug)
    poster = video.with_suffix(".poster.png")
    if not lecture.scenes or not video.is_file():
        return None
    if not poster.is_file() or poster.stat().st_mtime_ns < video.stat().st_mtime_ns:
        first = layout.video_path(lecture.scenes[0])
        atomic_write(poster, lambda tmp: last_frame_png(first, tmp))
    return poster


def _scene_figure(layout: MediaLayout, scene: SceneEntry, folder: Path) -> str:
    video = layout.video_path(scene)
    clips = layout.clips_dir(scene)
    webm, gif, png, vtt = (clips / f"{scene.name}{s}" for s in (".webm", ".gif", ".png", ".vtt"))
    have = {p: p.is_file() for p in (webm, gif, png, vtt)}
    player = _video(_rel(video, folder), _track_src(vtt) if have[vtt] else None,
                    _rel(png, folder) if have[png] else None,
                    _rel(webm, folder) if have[webm] else None, preload="none",
                    label=f"{scene.name}: {scene.description}")
    links = [f'<a href="{escape(_rel(video, folder))}" download>MP4</a>']
    links += [f'<a href="{escape(_rel(p, folder))}" download>{label}</a>'
              for p, label in ((webm, "WebM"), (gif, "GIF"), (png, "Poster")) if have[p]]
    links += _transcript_links(folder, scene.chapter, scene_anchor(scene))[:1]
    return (f'<figure>{player}<figcaption><strong>{escape(scene.name)}</strong> '
            f'<span class="muted">{escape(scene.description)}</span>'
            f'<div class="links">{" ".join(links)}</div></figcaption></figure>')


def _deck_links(folder: Path, name: str) -> str:
    decks = folder / "decks"
    links = [f'<a href="{escape(_rel(decks / f"{name}.{ext}", folder))}"'
             f'{"" if ext == "html" else " download"}>{label}</a>'
             for ext, label in (("html", "Slides (HTML)"), ("pptx", "PowerPoint"), ("pdf", "PDF"))
             if (decks / f"{name}.{ext}").is_file()]
    return f'<p class="links">{" ".join(links)}</p>' if links else ""


def write_gallery(layout: MediaLayout, lecture: Lecture) -> Path:
    """Write ``index.html`` for the lecture at the layout's quality; return its path."""
    folder = layout.quality_dir(lecture.slug)
    parts = [f"<header><h1>{escape(lecture.title)}</h1>",
             f'<p class="muted">{escape(layout.quality.folder)} &middot; '
             f"{len(lecture.chapters)} chapters, {len(lecture.scenes)} scenes</p></header>"]
    video = layout.lecture_video(lecture.slug)
    build = folder / "build.json"
    if video.is_file() and build.is_file():
        record = json.loads(build.read_text(encoding="utf-8"))
        vtt = video.with_suffix(".vtt")
        chapters_vtt = chapters_vtt_path(video)
        poster = lecture_poster(layout, lecture)
        parts.append("<h2>The whole lecture</h2>")
        parts.append(_video(_rel(video, folder), _track_src(vtt) if vtt.is_file() else None,
                            _rel(poster, folder) if poster else None,
                            element_id="lecture-video", label=f"{lecture.title}: the lecture",
                            chapters=(_track_src(chapters_vtt) if chapters_vtt.is_file()
                                      else None)))
        items = "".join(f'<li><button type="button" data-start="{m["start"]}">'
                        f'{escape(m["title"])}</button> '
                        f'<span class="muted">{clock(m["start"])}</span></li>'
                        for m in record["chapters"])
        parts.append(f'<nav aria-label="Chapters"><ol class="chapters">{items}</ol></nav>')
        links = [f'<a href="{escape(_rel(video, folder))}" download>Download MP4</a>']
        burned = captioned_path(video)
        if burned.is_file():
            links.append(f'<a href="{escape(_rel(burned, folder))}" download>MP4 with the '
                         "captions drawn in</a>")
        links += [f'<a href="{escape(_rel(video.with_suffix(".srt"), folder))}" download>'
                  "Subtitles (SRT)</a>", f'<a href="{escape(_rel(vtt, folder))}" download>'
                  "Subtitles (WebVTT)</a>"]
        if chapters_vtt.is_file():
            links.append(f'<a href="{escape(_rel(chapters_vtt, folder))}" download>'
                         "Chapters (WebVTT)</a>")
        links += _transcript_links(folder, lecture.slug)
        parts.append(f'<p class="links">{" ".join(links)}</p>')
        parts.append(_deck_links(folder, lecture.slug))
    for chapter in lecture.chapters:
        figures = [_scene_figure(layout, s, folder) for s in chapter.scenes
                   if layout.video_path(s).is_file()]
        if not figures:
            continue
        parts.append(f'<h2 id="{escape(chapter.id)}">{escape(chapter.title)}</h2>')
        parts.append(_deck_links(folder, chapter.id))
        parts.append(f'<div class="scenes">{"".join(figures)}</div>')
    page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(lecture.title)}</title>"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<style>{_style()}</style></head><body><main>{''.join(parts)}</main>"
            f"<script>{_SEEK_SCRIPT}</script></body></html>\n")
    index = folder / "index.html"
    atomic_write_text(index, page)
    return index
