"""The ``lecture`` command: list, render and check the lectures.

Exit status: 0 success; 1 a scene failed or a system piece is missing; 2 bad input (unknown
name, bad option, malformed lecture file); 130 interrupted.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rich.markup import escape

from scripts.catalog import Catalog, CatalogError, UnknownNameError, load_catalog
from scripts.defaults import (
    DEFAULT_QUALITY,
    QUALITIES,
    default_jobs,
    default_media_dir,
    default_root,
)
from scripts.doctor import format_problems, run_checks
from scripts.progress import (
    LiveReporter,
    PlainReporter,
    chapter_totals,
    make_console,
    summary_table,
)
from scripts.render import Renderer

# manim's one-letter quality flags are accepted too.
_QUALITY_ALIASES = {"l": "low", "m": "medium", "h": "high", "k": "4k"}


class Context:
    def __init__(self, root: Path, media_dir: Path | None):
        self.root = root
        self.media_dir = media_dir or default_media_dir(root)

    def catalog(self) -> Catalog:
        try:
            return load_catalog(self.root)
        except CatalogError as exc:
            raise click.UsageError(f"cannot read the lectures: {exc}") from exc


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
    q = QUALITIES[_QUALITY_ALIASES.get(quality, quality)]
    catalog = obj.catalog()
    renderer = Renderer(obj.root, obj.media_dir, q, jobs=1, force=False)
    console = make_console()
    marks = {"up to date": "[green]up to date", "out of date": "[yellow]out of date",
             "not rendered": "[dim]not rendered"}
    for lecture in catalog.lectures:
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
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Scenes rendered at once, each in its own process [default: number of cores].")
@click.option("--force", is_flag=True, help="Re-render even what is up to date.")
@click.pass_obj
def render(obj: Context, names: tuple[str, ...], quality: str, jobs: int | None,
           force: bool) -> None:
    """Render the whole lecture, or the lectures, chapters or scenes NAMES.

    Only scenes whose inputs changed (their code, the project modules they import, their
    parameters, the quality, the manim version) are rendered again.
    """
    started = time.monotonic()
    q = QUALITIES[_QUALITY_ALIASES.get(quality, quality)]
    catalog = obj.catalog()
    try:
        scenes = catalog.select(list(names))
    except UnknownNameError as exc:
        raise click.UsageError(str(exc)) from exc
    renderer = Renderer(obj.root, obj.media_dir, q, jobs or default_jobs(), force)
    todo, outcomes = renderer.plan(scenes)
    console = make_console()
    if todo:
        problems = format_problems(run_checks())
        if problems:
            console.print(problems, markup=False)
            console.print("Nothing was rendered. `lecture doctor` re-checks after the fix.")
            sys.exit(1)
        reporter = LiveReporter(console) if console.is_terminal else PlainReporter(console)
        reporter.start(todo, len(outcomes))
        try:
            outcomes += renderer.execute(todo, reporter)
        except KeyboardInterrupt:
            reporter.close()
            console.print("[yellow]Interrupted.[/] Finished scenes were kept; unfinished ones "
                          "left no files, and their previous outputs are untouched.")
            sys.exit(130)
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
    failed = [o for o in outcomes if o.status == "failed"]
    for o in failed:
        console.print(f"[red]FAILED[/] {escape(o.scene.id)} at {escape(str(o.where))}: "
                      f"{escape(str(o.error))}\n  log: {escape(str(o.log))}")
    if failed:
        sys.exit(1)


@main.command()
def doctor() -> None:
    """Check LaTeX, dvisvgm, fonts, Cairo/Pango and video encoding; say how to fix each."""
    console = make_console()
    checks = run_checks()
    for c in checks:
        mark = "[green]ok[/]     " if c.ok else "[red]missing[/]"
        console.print(f"{mark} {c.name}: {c.detail}")
        if not c.ok:
            console.print(f"        fix: {c.fix}", markup=False)
    if not all(c.ok for c in checks):
        sys.exit(1)
