"""Helpers for the CLI tests: a fixture project on disk and a CliRunner bound to it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner, Result

from scripts.cli.main import main

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "project"


@dataclass
class Project:
    root: Path
    media: Path

    def invoke(self, *args: str, env: dict[str, str] | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(
            main, ["--root", str(self.root), "--media-dir", str(self.media), *args],
            env=env, catch_exceptions=False,
        )

    def quality_dir(self, quality: str = "480p15") -> Path:
        return self.media / "fixture" / quality

    def video(self, chapter: str, scene: str, quality: str = "480p15") -> Path:
        return self.quality_dir(quality) / chapter / f"{scene}.mp4"

    def manifest(self, quality: str = "480p15") -> dict:
        return json.loads((self.quality_dir(quality) / "manifest.json").read_text())

    def edit(self, relative: str, old: str, new: str) -> None:
        path = self.root / relative
        text = path.read_text()
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new))


def statuses(result: Result) -> dict[str, str]:
    """Scene -> status, read from the plain progress lines ``[i/n] status scene (t s)``."""
    found = {}
    for line in result.output.splitlines():
        if line.startswith("[") and "/" in line.split("]")[0]:
            _, rest = line.split("] ", 1)
            status, scene = rest.rsplit(" (", 1)[0].rsplit(None, 1)
            found[scene] = status.strip()
    return found
