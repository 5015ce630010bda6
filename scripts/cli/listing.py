"""``lecture list``: every lecture, chapter and scene, and whether each is up to date."""

from __future__ import annotations

import click

from scripts.build.contract import Status
from scripts.cli.common import Context, quality_option, quality_preset
from scripts.cli.progress import make_console

_MARKS = {Status.UP_TO_DATE: "[green]up to date", Status.OUT_OF_DATE: "[yellow]out of date",
          Status.NOT_RENDERED: "[dim]not rendered"}


@click.command("list")
@quality_option
@click.pass_obj
def list_command(obj: Context, quality: str) -> None:
    """Every lecture, chapter and scene in order, and whether each output is up to date."""
    q = quality_preset(quality)
    catalog = obj.catalog()
    console = make_console()
    for lecture in catalog.lectures:
        renderer = obj.renderer(q, [lecture])
        console.print(f"[bold]{lecture.slug}[/]  {lecture.title}")
        for chapter in lecture.chapters:
            console.print(f"  [bold]{chapter.id}[/]  {chapter.title}")
            for scene in chapter.scenes:
                status = renderer.status(scene)
                console.print(f"    {scene.short_id:<40} {_MARKS[status]:<24}[/] "
                              f"{scene.description}")
    console.print(f"[dim]status at {q.name} quality ({q.folder}); outputs under "
                  f"{obj.media_dir}[/]")
