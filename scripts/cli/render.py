"""``lecture render``, and the rendering the other subcommands ask for first."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from scripts.build.catalog import SceneEntry
from scripts.build.cluster import ClusterRenderer, SchedulerUnreachable
from scripts.build.contract import Status
from scripts.build.faults import WriteFault
from scripts.build.render import Outcome, Renderer
from scripts.cli.checks import format_problems, run_checks
from scripts.cli.common import (
    Context,
    Failed,
    Interrupted,
    jobs_option,
    quality_option,
    quality_preset,
    select,
    voice_option,
)
from scripts.cli.progress import (
    LiveReporter,
    PlainReporter,
    chapter_totals,
    make_console,
    summary_table,
)
from scripts.defaults import Quality


@click.command()
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
    obj.take_voice(voice, recordings)
    q = quality_preset(quality)
    catalog = obj.catalog()
    scenes = select(catalog, names)
    if scheduler is None:
        chosen = {s.lecture for s in scenes}
        settings = {lec.scheduler for lec in catalog.lectures if lec.slug in chosen}
        if len(settings) == 1:
            scheduler = settings.pop()
    failed = render_scenes(obj, scenes, q, jobs, force, scheduler)
    if failed:
        raise Failed(f"{len(failed)} scene(s) failed; see above")


def _prepare(renderer: Renderer, console: Console, scheduler: str | None) -> None:
    """Connect to the cluster, or check this machine's system pieces; raise if not ready."""
    if isinstance(renderer, ClusterRenderer):
        try:
            renderer.connect()
        except SchedulerUnreachable as exc:
            raise Failed(str(exc)) from exc
        console.print(f"rendering on the Dask cluster at {escape(scheduler or '')}")
        return
    problems = format_problems(run_checks())
    if problems:
        console.print(problems, markup=False)
        raise Failed("Nothing was rendered. `lecture doctor` re-checks after the fix.")


def _execute(renderer: Renderer, todo: list, up_to_date: int, console: Console) -> list[Outcome]:
    reporter = LiveReporter(console) if console.is_terminal else PlainReporter(console)
    reporter.start(todo, up_to_date)
    try:
        outcomes = renderer.execute(todo, reporter)
    except WriteFault as exc:
        reporter.close()
        raise Failed(str(exc)) from None
    except KeyboardInterrupt:
        reporter.close()
        raise Interrupted("Interrupted. Finished scenes were kept; unfinished ones left no "
                          "files, and their previous outputs are untouched.") from None
    finally:
        if isinstance(renderer, ClusterRenderer):
            renderer.close()
    reporter.close()
    return outcomes


def _report(outcomes: list[Outcome], console: Console, seconds: float) -> None:
    console.print(summary_table(outcomes))
    if len({o.scene.chapter for o in outcomes}) > 1:
        console.print(chapter_totals(outcomes))
    counts = {s: sum(o.status == s for o in outcomes)
              for s in (Status.RENDERED, Status.UP_TO_DATE, Status.FAILED)}
    console.print(f"{counts[Status.RENDERED]} rendered, {counts[Status.UP_TO_DATE]} up to date, "
                  f"{counts[Status.FAILED]} failed in {seconds:.1f} s")
    for o in outcomes:
        for warning in o.warnings:
            console.print(f"[yellow]warning:[/] {escape(o.scene.short_id)}: {escape(warning)}")
    for o in outcomes:
        if o.status == Status.FAILED:
            console.print(f"[red]FAILED[/] {escape(o.scene.id)} at {escape(str(o.where))}: "
                          f"{escape(str(o.error))}\n  log: {escape(str(o.log))}")


def render_scenes(obj: Context, scenes: list[SceneEntry], q: Quality, jobs: int | None,
                  force: bool, scheduler: str | None = None) -> list[Outcome]:
    """Render what is out of date among ``scenes``, report, and return the failures.

    Raises :class:`Failed` if a system piece is missing or the scheduler is unreachable,
    :class:`Interrupted` on Ctrl-C.
    """
    started = time.monotonic()
    renderer = obj.renderer(q, {s.lecture for s in scenes}, jobs, force, scheduler)
    todo, outcomes = renderer.plan(scenes)
    console = make_console()
    if renderer.removed_staging:
        console.print(f"removed {len(renderer.removed_staging)} staging folder(s) left by "
                      "runs that are no longer alive")
    if todo:
        _prepare(renderer, console, scheduler)
        outcomes += _execute(renderer, todo, len(outcomes), console)
    order = {s.id: i for i, s in enumerate(scenes)}
    outcomes.sort(key=lambda o: order[o.scene.id])
    _report(outcomes, console, time.monotonic() - started)
    return [o for o in outcomes if o.status == Status.FAILED]


def ensure_rendered(obj: Context, scenes: list[SceneEntry], q: Quality, jobs: int | None,
                    render_missing: bool, what: str) -> None:
    """Make sure ``scenes`` are rendered and up to date, or stop saying which are not."""
    renderer = obj.renderer(q, {s.lecture for s in scenes})
    missing = [(s, renderer.status(s)) for s in scenes]
    missing = [(s, st) for s, st in missing if st != Status.UP_TO_DATE]
    if not missing:
        return
    console = make_console()
    console.print(f"[yellow]{len(missing)} scene(s) needed for {what} are not ready at "
                  f"{q.name} quality:[/]")
    for s, status in missing:
        console.print(f"  {escape(s.id)}: {status}")
    if not render_missing:
        if not (sys.stdin.isatty() and click.confirm("Render them now?", default=True)):
            raise Failed("Nothing was written. Render them with `lecture render` (or pass "
                         "--render-missing).")
    if render_scenes(obj, [s for s, _ in missing], q, jobs, force=False):
        raise Failed(f"Not building {what}: some scenes failed to render; the previous "
                     "outputs are untouched.")
