"""The ``lecture`` command: list, render, build, export slides and check the lectures.

Exit status: 0 success; 1 a scene failed or a system piece is missing; 2 bad input (unknown
name, bad option, malformed lecture file); 130 interrupted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rich.markup import escape

from narration.voices import TARGET_LUFS, VOICES, VoiceUnavailable, resolve_voice
from scripts.assemble import MissingScenes, assemble
from scripts.catalog import (
    Catalog,
    CatalogError,
    Lecture,
    SceneEntry,
    UnknownNameError,
    load_catalog,
)
from scripts.clips import make_clips
from scripts.cluster import ClusterRenderer, SchedulerUnreachable
from scripts.decks import FORMATS, export_deck, lecture_decks
from scripts.defaults import (
    DEFAULT_QUALITY,
    QUALITIES,
    Quality,
    default_jobs,
    default_media_dir,
    default_root,
)
from scripts.doctor import ALL_CHECKS, EXPORT_CHECKS, format_problems, run_checks
from scripts.ffmpeg import FFmpegError
from scripts.gallery import write_gallery
from scripts.files import atomic_write_text
from scripts.progress import (
    LiveReporter,
    PlainReporter,
    chapter_totals,
    make_console,
    summary_table,
)
from scripts.render import Outcome, Renderer
from scripts.reveal_assets import RevealMissing

# manim's one-letter quality flags are accepted too.
_QUALITY_ALIASES = {"l": "low", "m": "medium", "h": "high", "k": "4k"}


class Context:
    def __init__(self, root: Path, media_dir: Path | None):
        self.root = root
        self.media_dir = media_dir or default_media_dir(root)
        self.voice_asked: str | None = None  # --voice, when given
        self.recordings: Path | None = None
        self._resolved: dict[str, str] = {}

    def voice(self, lectures: list[Lecture] | set[str] | None = None) -> str:
        """The voice that will speak: --voice, else the lecture file's, else piper; with
        the fallback to espeak-ng (and its warning) when piper is not installed."""
        asked = self.voice_asked
        if asked is None and lectures:
            chosen = {lec.voice for lec in self.catalog().lectures
                      if lec.slug in {getattr(x, "slug", x) for x in lectures}}
            asked = chosen.pop() if len(chosen) == 1 else None
        asked = asked or "piper"
        if asked not in self._resolved:
            try:
                self._resolved[asked] = resolve_voice(
                    asked, lambda m: make_console().print(f"[yellow]warning:[/] {escape(m)}"))
            except VoiceUnavailable as exc:
                raise click.ClickException(str(exc)) from exc
        return self._resolved[asked]

    def renderer(self, q: Quality, lectures: list[Lecture] | set[str] | None,
                 jobs: int | None = 1, force: bool = False,
                 scheduler: str | None = None) -> Renderer:
        voice = self.voice(lectures)
        recordings = self.recordings or (self.root / "recordings")
        if scheduler:
            return ClusterRenderer(self.root, self.media_dir, q, force, scheduler, voice,
                                   recordings)
        return Renderer(self.root, self.media_dir, q, jobs or default_jobs(), force, voice,
                        recordings)

    def catalog(self) -> Catalog:
        try:
            return load_catalog(self.root)
        except CatalogError as exc:
            raise click.UsageError(f"cannot read the lectures: {exc}") from exc


def voice_option(func):  # type: ignore[no-untyped-def]
    func = click.option(
        "--recordings", type=click.Path(file_okay=False, path_type=Path), default=None,
        help="The teacher's recordings: <DIR>/<lecture>/<chapter>/<Scene>/beat-NN.wav "
             "[default: <root>/recordings].")(func)
    return click.option(
        "--voice", type=click.Choice(list(VOICES)), default=None,
        help="Who speaks the narration [default: the lecture file's 'voice', else piper; "
             "espeak-ng if piper is not installed].")(func)


def _take_voice(obj: Context, voice: str | None, recordings: Path | None) -> None:
    obj.voice_asked = voice
    obj.recordings = recordings


def jobs_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "--jobs", "-j", type=click.IntRange(min=1), default=None,
        help="Scenes rendered at once, each in its own process [default: number of cores].",
    )(func)


def quality_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "--quality", "-q", default=DEFAULT_QUALITY, show_default=True,
        type=click.Choice([*QUALITIES, *_QUALITY_ALIASES], case_sensitive=False),
        help="Render preset: low 480p15, medium 720p30, high 1080p60, 4k 2160p60.",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Project root holding lectures/ (default: this checkout).")
@click.option("--media-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where outputs go (default: <root>/media).")
@click.pass_context
def main(ctx: click.Context, root: Path | None, media_dir: Path | None) -> None:
    """Render the animated lectures on logistic regression and the perceptron."""
    ctx.obj = Context((root or default_root()).resolve(), media_dir)


@main.command("list")
@quality_option
@click.pass_obj
def list_command(obj: Context, quality: str) -> None:
    """Every lecture, chapter and scene in order, and whether each output is up to date."""
    q = _quality(quality)
    catalog = obj.catalog()
    console = make_console()
    marks = {"up to date": "[green]up to date", "out of date": "[yellow]out of date",
             "not rendered": "[dim]not rendered"}
    for lecture in catalog.lectures:
        renderer = obj.renderer(q, [lecture])
        console.print(f"[bold]{lecture.slug}[/]  {lecture.title}")
        for chapter in lecture.chapters:
            console.print(f"  [bold]{chapter.id}[/]  {chapter.title}")
            for scene in chapter.scenes:
                status = renderer.status(scene)
                console.print(f"    {scene.short_id:<40} {marks[status]:<24}[/] "
                              f"{scene.description}")
    console.print(f"[dim]status at {q.name} quality ({q.folder}); outputs under "
                  f"{obj.media_dir}[/]")


@main.command()
@click.argument("names", nargs=-1)
@quality_option
@jobs_option
@click.option("--force", is_flag=True, help="Re-render even what is up to date.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Render on a Dask cluster, e.g. tcp://host:8786 [default: the lecture "
                   "file's 'scheduler', else this machine].")
@voice_option
@click.pass_obj
def render(obj: Context, names: tuple[str, ...], quality: str, jobs: int | None,
           force: bool, scheduler: str | None, voice: str | None,
           recordings: Path | None) -> None:
    """Render the whole lecture, or the lectures, chapters or scenes NAMES.

    Only scenes whose inputs changed (their code, the project modules they import, their
    parameters, the quality, the manim version) are rendered again.
    """
    _take_voice(obj, voice, recordings)
    q = _quality(quality)
    catalog = obj.catalog()
    scenes = _select(catalog, names)
    if scheduler is None:
        chosen = {s.lecture for s in scenes}
        settings = {lec.scheduler for lec in catalog.lectures if lec.slug in chosen}
        if len(settings) == 1:
            scheduler = settings.pop()
    if _render_scenes(obj, scenes, q, jobs, force, scheduler):
        sys.exit(1)


def _quality(name: str) -> Quality:
    return QUALITIES[_QUALITY_ALIASES.get(name, name)]


def _select(catalog: Catalog, names: tuple[str, ...] | list[str]) -> list[SceneEntry]:
    try:
        return catalog.select(list(names))
    except UnknownNameError as exc:
        raise click.UsageError(str(exc)) from exc


def _render_scenes(obj: Context, scenes: list[SceneEntry], q: Quality, jobs: int | None,
                   force: bool, scheduler: str | None = None) -> list[Outcome]:
    """Render what is out of date among ``scenes``, report, and return the failures.

    Exits 1 if a system piece is missing or the scheduler is unreachable, 130 if interrupted.
    """
    started = time.monotonic()
    renderer = obj.renderer(q, {s.lecture for s in scenes}, jobs, force, scheduler)
    todo, outcomes = renderer.plan(scenes)
    console = make_console()
    if todo and isinstance(renderer, ClusterRenderer):
        try:
            renderer.connect()
        except SchedulerUnreachable as exc:
            console.print(f"[red]{escape(str(exc))}[/]")
            sys.exit(1)
        console.print(f"rendering on the Dask cluster at {escape(scheduler or '')}")
    elif todo:
        problems = format_problems(run_checks())
        if problems:
            console.print(problems, markup=False)
            console.print("Nothing was rendered. `lecture doctor` re-checks after the fix.")
            sys.exit(1)
    if todo:
        reporter = LiveReporter(console) if console.is_terminal else PlainReporter(console)
        reporter.start(todo, len(outcomes))
        try:
            outcomes += renderer.execute(todo, reporter)
        except KeyboardInterrupt:
            reporter.close()
            console.print("[yellow]Interrupted.[/] Finished scenes were kept; unfinished ones "
                          "left no files, and their previous outputs are untouched.")
            sys.exit(130)
        finally:
            if isinstance(renderer, ClusterRenderer):
                renderer.close()
        reporter.close()
    order = {s.id: i for i, s in enumerate(scenes)}
    outcomes.sort(key=lambda o: order[o.scene.id])
    console.print(summary_table(outcomes))
    if len({o.scene.chapter for o in outcomes}) > 1:
        console.print(chapter_totals(outcomes))
    counts = {s: sum(o.status == s for o in outcomes) for s in ("rendered", "up to date",
                                                                 "failed")}
    console.print(f"{counts['rendered']} rendered, {counts['up to date']} up to date, "
                  f"{counts['failed']} failed in {time.monotonic() - started:.1f} s")
    for o in outcomes:
        for warning in o.warnings:
            console.print(f"[yellow]warning:[/] {escape(o.scene.short_id)}: {escape(warning)}")
    failed = [o for o in outcomes if o.status == "failed"]
    for o in failed:
        console.print(f"[red]FAILED[/] {escape(o.scene.id)} at {escape(str(o.where))}: "
                      f"{escape(str(o.error))}\n  log: {escape(str(o.log))}")
    return failed


def _lectures(catalog: Catalog, names: tuple[str, ...]) -> list[tuple[Lecture, list[str] | None]]:
    """The lectures NAMES select, each with the chapters chosen (None: the whole lecture)."""
    if not names:
        return [(lec, None) for lec in catalog.lectures]
    chosen: dict[str, list[str] | None] = {}
    scenes = _select(catalog, names)
    by_slug = {lec.slug: lec for lec in catalog.lectures}
    for name in names:
        key = name.strip().strip("/")
        if key in by_slug:
            chosen[key] = None
    for s in scenes:
        if s.lecture in chosen and chosen[s.lecture] is None:
            continue
        chapters = chosen.setdefault(s.lecture, [])
        assert chapters is not None
        if s.chapter not in chapters:
            chapters.append(s.chapter)
    return [(by_slug[slug], chapters) for slug, chapters in chosen.items()]


def _ensure_rendered(obj: Context, scenes: list[SceneEntry], q: Quality, jobs: int | None,
                     render_missing: bool, what: str) -> None:
    """Make sure ``scenes`` are rendered and up to date, or stop saying which are not."""
    renderer = obj.renderer(q, {s.lecture for s in scenes})
    missing = [(s, renderer.status(s)) for s in scenes]
    missing = [(s, st) for s, st in missing if st != "up to date"]
    if not missing:
        return
    console = make_console()
    console.print(f"[yellow]{len(missing)} scene(s) needed for {what} are not ready at "
                  f"{q.name} quality:[/]")
    for s, status in missing:
        console.print(f"  {escape(s.id)}: {status}")
    if not render_missing:
        if sys.stdin.isatty() and click.confirm("Render them now?", default=True):
            render_missing = True
        else:
            console.print("Nothing was written. Render them with `lecture render` (or pass "
                          "--render-missing).")
            sys.exit(1)
    if _render_scenes(obj, [s for s, _ in missing], q, jobs, force=False):
        console.print(f"[red]Not building {what}:[/] some scenes failed to render; the "
                      "previous outputs are untouched.")
        sys.exit(1)


@main.command()
@click.argument("names", nargs=-1)
@quality_option
@jobs_option
@click.option("--render-missing", is_flag=True,
              help="Render scenes that are missing or out of date first, without asking.")
@click.option("--clips/--no-clips", default=True, show_default=True,
              help="Make each scene's WebM, GIF and poster for slides and web pages.")
@click.option("--per-beat", is_flag=True, help="Also cut one clip set per beat (per slide).")
@click.option("--force", is_flag=True, help="Rebuild even what is up to date.")
@voice_option
@click.pass_obj
def build(obj: Context, names: tuple[str, ...], quality: str, jobs: int | None,
          render_missing: bool, clips: bool, per_beat: bool, force: bool, voice: str | None,
          recordings: Path | None) -> None:
    """Assemble the lecture video (chapters, subtitles), clips and the gallery page.

    NAMES are lectures (default: all of them). The lecture video is rebuilt only when a scene
    in it, or the order, changed; it never replaces the previous one until it is complete.
    """
    _take_voice(obj, voice, recordings)
    q = _quality(quality)
    console = make_console()
    for lecture, _ in _lectures(obj.catalog(), names):
        _ensure_rendered(obj, lecture.scenes, q, jobs, render_missing,
                         f"the lecture '{lecture.slug}'")
        renderer = obj.renderer(q, [lecture])
        try:
            result = assemble(renderer, lecture, force=force)
            console.print(f"lecture video ({result.status}): {result.video}  "
                          f"{_clock(result.duration)}, {len(result.chapters)} chapters, "
                          f"subtitles {result.subtitles_srt.name} / {result.subtitles_vtt.name}")
            if result.loudness is not None:
                console.print(f"loudness of the narration: {result.loudness:.1f} LUFS "
                              f"(target {TARGET_LUFS:.0f} LUFS)")
            if clips:
                made = 0
                for i, scene in enumerate(lecture.scenes, start=1):
                    one = make_clips(renderer, scene, per_beat=per_beat, force=force)
                    made += one.status == "made"
                    if one.status == "made":
                        console.print(f"  clips {i}/{len(lecture.scenes)} {scene.short_id}")
                console.print(f"clips: {made} scene(s) made, {len(lecture.scenes) - made} "
                              "up to date")
        except (FFmpegError, MissingScenes) as exc:
            console.print(f"[red]{escape(str(exc))}[/]")
            sys.exit(1)
        except KeyboardInterrupt:
            console.print("[yellow]Interrupted.[/] The previous outputs are untouched.")
            sys.exit(130)
        console.print(f"gallery: {write_gallery(renderer, lecture)}")


@main.command()
@click.argument("names", nargs=-1)
@quality_option
@jobs_option
@click.option("--format", "formats", default=",".join(FORMATS), show_default=True,
              help="Comma-separated deck formats: html, pptx, pdf.")
@click.option("--render-missing", is_flag=True,
              help="Render scenes that are missing or out of date first, without asking.")
@click.option("--force", is_flag=True, help="Remake decks even when up to date.")
@click.pass_obj
def slides(obj: Context, names: tuple[str, ...], quality: str, jobs: int | None, formats: str,
           render_missing: bool, force: bool) -> None:
    """Export slide decks (one slide per beat, narration as speaker notes).

    NAMES are lectures or chapters (default: every lecture). A lecture gives a deck per
    chapter and one for the whole lecture; a chapter gives its own deck.
    """
    q = _quality(quality)
    wanted = [f.strip().lower() for f in formats.split(",") if f.strip()]
    bad = [f for f in wanted if f not in FORMATS]
    if bad or not wanted:
        raise click.UsageError(f"unknown deck format(s) {bad}; expected some of {FORMATS}")
    console = make_console()
    for lecture, chapters in _lectures(obj.catalog(), names):
        decks = lecture_decks(lecture, chapters, whole=chapters is None)
        needed = list(dict.fromkeys(s for d in decks for s in d.scenes))
        _ensure_rendered(obj, needed, q, jobs, render_missing, f"the decks of '{lecture.slug}'")
        renderer = obj.renderer(q, [lecture])
        try:
            for deck in decks:
                for fmt in wanted:
                    result = export_deck(renderer, lecture, deck, fmt, force=force)
                    console.print(f"{fmt:<5} {result.status:<11} {result.path}")
        except RevealMissing as exc:
            console.print(f"[red]{escape(str(exc))}[/]")
            sys.exit(1)
        except KeyboardInterrupt:
            console.print("[yellow]Interrupted.[/] The previous decks are untouched.")
            sys.exit(130)
        console.print(f"gallery: {write_gallery(renderer, lecture)}")


@main.group()
def narration() -> None:
    """The narration: the script a teacher records against."""


@narration.command("script")
@click.argument("names", nargs=-1)
@quality_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write it [default: <recordings>/<lecture>/SCRIPT.md; - for stdout].")
@click.option("--render-missing", is_flag=True,
              help="Render scenes that are missing or out of date first, without asking.")
@voice_option
@click.pass_obj
def narration_script(obj: Context, names: tuple[str, ...], quality: str, output: Path | None,
                     render_missing: bool, voice: str | None, recordings: Path | None) -> None:
    """Write every beat's id and text, in order, with the file name to record it to.

    Record each beat as <recordings>/<lecture>/<chapter>/<Scene>/beat-NN.wav (or .flac,
    .ogg, .mp3, .m4a), then render with --voice recordings.
    """
    _take_voice(obj, voice, recordings)
    q = _quality(quality)
    console = make_console()
    for lecture, chapters in _lectures(obj.catalog(), names):
        scenes = [s for s in lecture.scenes if chapters is None or s.chapter in chapters]
        _ensure_rendered(obj, scenes, q, None, render_missing, f"the script of '{lecture.slug}'")
        renderer = obj.renderer(q, [lecture])
        beats = renderer.manifest(lecture.slug).scenes
        lines = [f"# {lecture.title}: narration script", "",
                 "Record each beat into the file named under it, then render with "
                 "`--voice recordings`.", ""]
        for chapter in lecture.chapters:
            if chapters is not None and chapter.id not in chapters:
                continue
            lines += [f"## {chapter.title}", ""]
            for scene in chapter.scenes:
                for n, beat in enumerate(beats[scene.short_id].get("beats", []), start=1):
                    beat_id = f"{scene.chapter}/{scene.name}/beat-{n:02d}"
                    lines += [f"### {beat_id}", "", beat["narration"], "",
                              f"File: `{lecture.slug}/{beat_id}.wav`", ""]
        text = "\n".join(lines)
        folder = obj.recordings or (obj.root / "recordings")
        target = output or folder / lecture.slug / "SCRIPT.md"
        if str(target) == "-":
            click.echo(text)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(target, text)
        console.print(f"script: {target}")


def _clock(seconds: float) -> str:
    m, s = divmod(int(round(seconds)), 60)
    return f"{m}:{s:02d}"


@main.command()
def doctor() -> None:
    """Check LaTeX, dvisvgm, fonts, Cairo/Pango, video encoding, ffmpeg and reveal.js."""
    console = make_console()
    checks = run_checks(ALL_CHECKS + EXPORT_CHECKS)
    for c in checks:
        mark = "[green]ok[/]     " if c.ok else "[red]missing[/]"
        console.print(f"{mark} {c.name}: {c.detail}")
        if not c.ok:
            console.print(f"        fix: {c.fix}", markup=False)
    if not all(c.ok for c in checks):
        sys.exit(1)
