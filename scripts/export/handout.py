"""The handout: the lecture as a printable transcript, per chapter and for the whole lecture.

``<media>/<lecture>/<quality>/handouts/<name>.html`` and ``<name>-<paper>.pdf`` (``<name>``
a chapter id, or the lecture's slug for the whole lecture): the chapter titles, every beat's
narration as prose under the beat's settled picture (the last frame of its slide clip, as the
decks show it: :func:`scripts.export.deck_slides.settled_still`), a timestamp per beat that
links into the lecture video, and each chapter's quiz with its answer and reason at its end.

Everything a handout says is known without rendering anything new: the beats' words and times
are in the manifest (what the render recorded), a scene's place in the lecture is the length
of the scenes before it (:func:`scripts.export.assemble.scene_starts`), a quiz is its scene
class's ``quiz``. The pictures come from the best render of each scene that is up to date
(the caller says which), so a high-quality render prints sharply.

The PDF is printed by Debian's headless Chromium through Playwright: real text, tagged, an
outline by chapter; A4 or US Letter; a figure never split by a page break and a heading never
left alone at the bottom of a page (CSS fragmentation rules, see :data:`_STYLE`). A handout is
remade only when its beats, its pictures or its paper changed, and written under a temporary
name first.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from scenes.common.theme import PRINT
from scripts.build.catalog import Chapter, Lecture, SceneEntry
from scripts.build.dry_build import scene_class
from scripts.build.layout import MediaLayout
from scripts.export.assemble import scene_starts
from scripts.export.clips import beat_videos
from scripts.export.deck_slides import settled_still
from scripts.files import atomic_write, atomic_write_text, build_key

if TYPE_CHECKING:  # manim comes with it: imported when a handout is made, not at start-up
    from scenes.common.quiz import Quiz

#: Bump when handouts are made differently, so that they are remade.
HANDOUT_PROTOCOL = 1
#: Paper sizes, as Playwright's ``page.pdf(format=...)`` names them.
PAPERS = {"a4": "A4", "letter": "Letter"}


class HandoutError(RuntimeError):
    """A handout cannot be made (a scene not rendered, no browser to print with)."""


@dataclass(frozen=True)
class BeatText:
    """One beat: its words, where it sits in the lecture video, and its settled picture."""

    words: str
    start: float  # seconds into the lecture video
    end: float
    picture: Path | None  # a PNG (the last frame of the beat's clip)
    image: str = ""  # the picture's name in the handout's folder
    anchor: str = ""  # the page's id for the scene's first beat (the gallery links to it)


@dataclass(frozen=True)
class QuizText:
    quiz: Quiz
    start: float  # where the quiz scene starts in the lecture video


@dataclass(frozen=True)
class ChapterText:
    id: str
    title: str
    beats: list[BeatText] = field(default_factory=list)
    quizzes: list[QuizText] = field(default_factory=list)


@dataclass(frozen=True)
class HandoutResult:
    name: str
    files: tuple[Path, ...]
    status: str  # "made" or "up to date"


def clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``): a time a reader finds on a player's scrubber."""
    s = int(seconds)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


# Step: what a handout says

def _beats(layout: MediaLayout, pictures: MediaLayout, scene: SceneEntry, start: float
           ) -> list[BeatText]:
    """The scene's beats in lecture time, each with its settled picture from ``pictures``
    (the best up-to-date render). A scene's slides are its beats, plus one leading slide when
    something was drawn before the first beat: beats are matched to slides from the end."""
    record = layout.manifest(scene.lecture).scenes.get(scene.short_id)
    if record is None:
        raise HandoutError(f"{scene.short_id} is not rendered at {layout.quality.name} "
                           "quality; render it first (lecture render)")
    clips = beat_videos(pictures, scene)
    clips = clips[len(clips) - len(record.beats):] if len(clips) >= len(record.beats) else []
    out = []
    for n, beat in enumerate(record.beats, start=1):
        picture = settled_still(clips[n - 1]) if clips else None
        out.append(BeatText(beat["narration"], start + beat["start"], start + beat["end"],
                            picture, f"images/{scene.chapter}/{scene.name}/beat-{n:02d}.png",
                            scene_anchor(scene) if n == 1 else ""))
    return out


def scene_anchor(scene: SceneEntry) -> str:
    """The id of a scene's first passage in a handout page."""
    return f"{scene.chapter}-{scene.name}"


def _quiz(scene: SceneEntry, root: Path) -> Quiz | None:
    from scenes.common.quiz import Quiz

    quiz = getattr(scene_class(scene, root), "quiz", None)
    return quiz if isinstance(quiz, Quiz) else None


def chapter_texts(layout: MediaLayout, lecture: Lecture, chapters: list[Chapter], root: Path,
                  pictures: Callable[[SceneEntry], MediaLayout]) -> list[ChapterText]:
    """What the handout of ``chapters`` says, in order: a quiz scene gives its chapter's
    quiz (its question, answer and reason) rather than prose, at the chapter's end."""
    starts = scene_starts(layout, lecture)
    out = []
    for chapter in chapters:
        text = ChapterText(chapter.id, chapter.title)
        for scene in chapter.scenes:
            quiz = _quiz(scene, root)
            if quiz is not None:
                text.quizzes.append(QuizText(quiz, starts[scene.short_id]))
            else:
                text.beats.extend(_beats(layout, pictures(scene), scene,
                                         starts[scene.short_id]))
        out.append(text)
    return out


# Step: the page

#: Print rules: a figure (picture and words) never split by a page break, a heading never the
#: last thing on a page (it is kept with the first figure after it, and told to avoid a break
#: after it), pictures at the page's width, which a 1080p still fills at about 200 dpi on A4.
_STYLE = (f"""
html {{ background: {PRINT.paper}; color: {PRINT.ink}; }}
body {{ font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45;
       max-width: 46rem; margin: 0 auto; padding: 1rem; }}
h1 {{ font-family: "DejaVu Sans", sans-serif; font-size: 20pt; margin: 0 0 .3em; }}
h2 {{ font-family: "DejaVu Sans", sans-serif; font-size: 15pt; margin: 1.2em 0 .5em;
     break-after: avoid; page-break-after: avoid; }}
h3 {{ font-family: "DejaVu Sans", sans-serif; font-size: 12pt; margin: 1em 0 .4em;
     break-after: avoid; page-break-after: avoid; }}
.intro {{ color: {PRINT.muted}; margin: 0 0 1em; }}
section.chapter + section.chapter {{ break-before: page; page-break-before: always; }}
.keep, figure.beat, .quiz {{ break-inside: avoid; page-break-inside: avoid; }}
figure.beat {{ margin: 0 0 1.1em; }}
figure.beat img {{ display: block; width: 100%; height: auto; border: 1px solid {PRINT.frame}; }}
figure.beat figcaption {{ margin-top: .35em; }}
a.time {{ font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: {PRINT.link};
         margin-right: .5em; }}
a:focus-visible {{ outline: 3px solid {PRINT.link}; outline-offset: 2px; }}
.quiz {{ border: 1px solid {PRINT.rule}; border-radius: 4px; padding: .3em 1em .6em;
         margin: 0 0 1em; }}
.quiz ol {{ margin: .3em 0; }}
.answer {{ font-weight: bold; }}
""")


def _prose(text: str) -> str:
    """Quiz prose for a page: maths between dollar signs shown as written, without them."""
    return escape(re.sub(r"\$([^$]*)\$", r"\1", text))


def _time_link(video: str, seconds: float) -> str:
    return (f'<a class="time" href="{escape(video)}#t={seconds:.2f}" '
            f'aria-label="Play the lecture video from {clock(seconds)}">{clock(seconds)}</a>')


def _figure(beat: BeatText, video: str) -> str:
    img = (f'<img src="{escape(beat.image)}" alt="The picture on screen as this passage ends, '
           f'at {clock(beat.end)}">' if beat.picture else "")
    anchor = f' id="{escape(beat.anchor)}"' if beat.anchor else ""
    return (f'<figure class="beat"{anchor}>{img}<figcaption>{_time_link(video, beat.start)} '
            f"{escape(beat.words)}</figcaption></figure>")


def _quiz_block(q: QuizText, video: str) -> str:
    quiz = q.quiz
    choices = "".join(f"<li>{_prose(c)}</li>" for c in quiz.choices)
    return (f'<section class="quiz"><h3>Quiz</h3><p>{_time_link(video, q.start)} '
            f'{_prose(quiz.question)}</p><ol type="A">{choices}</ol>'
            f'<p><span class="answer">Answer: {quiz.letter}. '
            f"{_prose(quiz.choices[quiz.correct])}</span> {_prose(quiz.reason)}</p></section>")


def handout_html(lecture_title: str, chapters: list[ChapterText], video: str) -> str:
    """The handout page; ``video`` is the lecture video's address from the page."""
    parts = [f"<h1>{escape(lecture_title)}</h1>",
             '<p class="intro">A transcript of the lecture video: each passage under the '
             "picture it ends on, with the time it starts at (a link into the video).</p>"]
    for chapter in chapters:
        figures = [_figure(b, video) for b in chapter.beats]
        quizzes = [_quiz_block(q, video) for q in chapter.quizzes]
        first, rest = ((figures[:1], figures[1:]) if figures else (quizzes[:1], quizzes[1:]))
        rest = rest + (quizzes if figures else [])
        parts.append(f'<section class="chapter" id="{escape(chapter.id)}">'
                     f'<div class="keep"><h2>{escape(chapter.title)}</h2>{"".join(first)}</div>'
                     f'{"".join(rest)}</section>')
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(lecture_title)}: transcript</title>"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<style>{_STYLE}</style></head><body><main>{''.join(parts)}</main>"
            "</body></html>\n")


# Step: printing

@contextmanager
def pdf_printer() -> Iterator[Callable[[Path, Path, str], None]]:
    """A function printing an HTML file to PDF (``html, pdf, paper``) with Debian's headless
    Chromium, the network cut off. The browser starts on the first page printed (a run with
    every handout up to date starts none); :class:`HandoutError` says how to install what is
    missing."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise HandoutError("printing a handout to PDF needs Chromium: sudo apt-get install -y "
                           "chromium (or pass --no-pdf for the HTML handouts alone)")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise HandoutError("printing a handout to PDF needs Playwright: "
                           ".venv/bin/python -m pip install -e . (./run does it)") from exc
    with contextlib.ExitStack() as stack:
        browsers: list = []

        def print_pdf(html: Path, pdf: Path, paper: str) -> None:
            if not browsers:
                playwright = stack.enter_context(sync_playwright())
                browsers.append(playwright.chromium.launch(executable_path=chromium, args=[
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"]))
                stack.callback(browsers[0].close)
            page = browsers[0].new_page()
            try:  # a page Chromium cannot print fails that handout, not the others
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(
                    ("file:", "data:")) else r.abort())
                page.goto(html.as_uri(), wait_until="load")
                page.pdf(path=str(pdf), format=PAPERS[paper], print_background=True,
                         outline=True, tagged=True, display_header_footer=True,
                         header_template="<span></span>", footer_template=_FOOTER,
                         margin={"top": "15mm", "bottom": "15mm", "left": "16mm",
                                 "right": "16mm"})
            except PlaywrightError as exc:
                raise HandoutError(f"Chromium could not print {html.name}: {exc}") from exc
            finally:
                page.close()

        yield print_pdf


#: The page number at the foot of every page (Chromium fills the spans in).
_FOOTER = (f'<div style="font-size:8pt;width:100%;text-align:center;color:{PRINT.muted}">'
           '<span class="pageNumber"></span> / <span class="totalPages"></span></div>')


# Step: one handout, incrementally

def _key(layout: MediaLayout, lecture: Lecture, title: str, chapters: list[Chapter],
         pictures: Callable[[SceneEntry], MediaLayout], papers: list[str]) -> str:
    def scene_key(scene: SceneEntry, where: MediaLayout) -> str | None:
        record = where.manifest(lecture.slug).scenes.get(scene.short_id)
        return record.key if record else None

    return build_key({
        "protocol": HANDOUT_PROTOCOL, "title": title, "papers": sorted(papers),
        "chapters": [[c.id, c.title, [[s.short_id, scene_key(s, layout),
                                       pictures(s).quality.folder, scene_key(s, pictures(s))]
                                      for s in c.scenes]] for c in chapters],
        # Where the handout's scenes start moves when a scene before them changes length.
        "before": [scene_key(s, layout) for s in _scenes_before(lecture, chapters)],
    })


def _scenes_before(lecture: Lecture, chapters: list[Chapter]) -> list[SceneEntry]:
    """The lecture's scenes before the first of ``chapters``."""
    first = lecture.chapters.index(chapters[0]) if chapters else 0
    return [s for c in lecture.chapters[:first] for s in c.scenes]


def write_handout(layout: MediaLayout, lecture: Lecture, name: str, chapters: list[Chapter],
                  root: Path, pictures: Callable[[SceneEntry], MediaLayout], papers: list[str],
                  printer: Callable[[Path, Path, str], None] | None, force: bool = False
                  ) -> HandoutResult:
    """Write (or find up to date) the handout ``name`` of ``chapters``: its HTML, and a PDF
    per paper in ``papers`` (``a4``, ``letter``) when a ``printer`` is given."""
    folder = layout.quality_dir(lecture.slug) / "handouts"
    folder.mkdir(parents=True, exist_ok=True)
    html = folder / f"{name}.html"
    pdfs = [folder / f"{name}-{paper}.pdf" for paper in papers] if printer else []
    keys_file = folder / ".keys.json"
    try:
        keys = json.loads(keys_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        keys = {}
    key = _key(layout, lecture, lecture.title, chapters, pictures, papers if printer else [])
    files = (html, *pdfs)
    if not force and keys.get(name) == key and all(f.is_file() for f in files):
        return HandoutResult(name, files, "up to date")
    texts = chapter_texts(layout, lecture, chapters, root, pictures)
    for beat in (b for c in texts for b in c.beats if b.picture):
        picture = beat.picture
        assert picture is not None
        atomic_write(folder / beat.image, lambda tmp, src=picture: shutil.copyfile(src, tmp))
    page = handout_html(lecture.title, texts, f"../{lecture.slug}.mp4")
    atomic_write_text(html, page)
    for paper, pdf in zip(papers, pdfs, strict=False):
        assert printer is not None
        atomic_write(pdf, lambda tmp, p=paper: printer(html, tmp, p))
    atomic_write_text(keys_file, json.dumps({**keys, name: key}, indent=2, sort_keys=True)
                      + "\n")
    return HandoutResult(name, files, "made")
