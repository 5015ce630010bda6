"""What the subcommands share: the run's context, the common options, and the CLI's errors.

Errors are click exceptions, raised where the problem is found and turned into an exit status by
click: 1 for a failure (a scene failed, a system piece is missing), 2 for bad input (click's
``UsageError``), 130 for an interruption.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.markup import escape

from narration.voices import VoiceUnavailable, resolve_voice
from scripts.build.catalog import (
    Catalog,
    CatalogError,
    Lecture,
    SceneEntry,
    UnknownNameError,
)
from scripts.build.cluster import ClusterRenderer
from scripts.build.contract import VOICES
from scripts.build.layout import MediaLayout
from scripts.build.lecture_file import load_catalog
from scripts.build.render import Renderer
from scripts.build.symbol_cache import use_disk_cache
from scripts.cli.progress import make_console
from scripts.defaults import DEFAULT_QUALITY, QUALITIES, Quality, default_jobs, default_media_dir

F = TypeVar("F", bound=Callable[..., Any])

# manim's one-letter quality flags are accepted too.
_QUALITY_ALIASES = {"l": "low", "m": "medium", "h": "high", "k": "4k"}


class Failed(click.ClickException):
    """Status 1: something failed; what and why was printed above the message."""

    exit_code = 1


class Interrupted(click.ClickException):
    """Status 130: Ctrl-C; the message says what was kept."""

    exit_code = 130


class Context:
    """The project root, the media folder and the narration options of one invocation."""

    def __init__(self, root: Path, media_dir: Path | None):
        self.root = root
        self.media_dir = media_dir or default_media_dir(root)
        self.voice_asked: str | None = None  # --voice, when given
        self.recordings: Path | None = None
        self._resolved: dict[str, str] = {}
        self._catalog: Catalog | None = None

    def take_voice(self, voice: str | None, recordings: Path | None) -> None:
        self.voice_asked = voice
        self.recordings = recordings

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
        """The lectures, read once per invocation (several steps ask for them)."""
        if self._catalog is None:
            # The chapter modules' declarations are kept with the build keys: reading them
            # is then a digest per file, not a parse.
            use_disk_cache(self.media_dir.resolve() / ".cache" / "build-keys.json")
            try:
                self._catalog = load_catalog(self.root)
            except CatalogError as exc:
                raise click.UsageError(f"cannot read the lectures: {exc}") from exc
        return self._catalog


# Step: options shared by several subcommands

def voice_option(func: F) -> F:
    func = click.option(
        "--recordings", type=click.Path(file_okay=False, path_type=Path), default=None,
        help="The teacher's recordings: <DIR>/<lecture>/<chapter>/<Scene>/beat-NN.wav "
             "[default: <root>/recordings].")(func)
    return click.option(
        "--voice", type=click.Choice(list(VOICES)), default=None,
        help="Who speaks the narration [default: the lecture file's 'voice', else piper; "
             "espeak-ng if piper is not installed].")(func)


def jobs_option(func: F) -> F:
    return click.option(
        "--jobs", "-j", type=click.IntRange(min=1), default=None,
        help="Scenes rendered at once, each in its own process [default: number of cores].",
    )(func)


def quality_option(func: F) -> F:
    return click.option(
        "--quality", "-q", default=DEFAULT_QUALITY, show_default=True,
        type=click.Choice([*QUALITIES, *_QUALITY_ALIASES], case_sensitive=False),
        help="Render preset: low 480p15, medium 720p30, high 1080p60, 4k 2160p60.",
    )(func)


def render_missing_option(func: F) -> F:
    return click.option(
        "--render-missing", is_flag=True,
        help="Render scenes that are missing or out of date first, without asking.")(func)


def quality_preset(name: str) -> Quality:
    """The preset a --quality value names (manim's one-letter flags included)."""
    return QUALITIES[_QUALITY_ALIASES.get(name, name)]


# Step: names on the command line

def select(catalog: Catalog, names: tuple[str, ...] | list[str]) -> list[SceneEntry]:
    try:
        return catalog.select(list(names))
    except UnknownNameError as exc:
        raise click.UsageError(str(exc)) from exc


def lectures(catalog: Catalog, names: tuple[str, ...]) -> list[tuple[Lecture, list[str] | None]]:
    """The lectures NAMES select, each with the chapters chosen (None: the whole lecture)."""
    if not names:
        return [(lec, None) for lec in catalog.lectures]
    chosen: dict[str, list[str] | None] = {}
    scenes = select(catalog, names)
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



# Step: one writer of a lecture's exports at a time

@contextmanager
def exports_lock(layout: MediaLayout, lecture: str) -> Iterator[None]:
    """Hold the lecture's exports lock (the lecture video, clips, decks, gallery): two runs of
    ``lecture build`` or ``lecture slides`` take turns, the waiting one saying so."""
    lock = layout.lock(lecture, "exports")

    def told(seconds: float, holder: int | None) -> None:
        if int(seconds) % 10 == 0:
            who = f"another lecture run (pid {holder})" if holder else "another lecture run"
            make_console().print(f"waiting for {who} to finish writing the exports of "
                                 f"'{escape(lecture)}'; waited {seconds:.0f} s so far")

    lock.acquire(told)
    try:
        yield
    finally:
        lock.release()
