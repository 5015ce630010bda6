"""Benchmark the edit loop: from an edit to an up-to-date video, for the edits a teacher makes.

On a copy of the project in a temporary folder (the checkout is never touched), renders one
chapter once, then for each edit: applies it, runs ``lecture render CHAPTER`` and prints the
wall time (Python start, planning and rendering), the scenes re-rendered and the animations
re-used from the partial-movie cache. Each edit is undone before the next one (and its undo
rendered, untimed), so every row starts from the same up-to-date chapter. One row repeats the
narration edit with the partial-movie cache emptied first, to show what the cache buys.

    .venv/bin/python scripts/bench_edit_loop.py [--chapter logistic-regression/ch01]
        [--jobs 1] [--quality low] [--voice none] [--only TEXT ...]

Figures depend on the machine and its load; this prints them, it asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from scenes.common.theme import DARK

ROOT = Path(__file__).resolve().parent.parent
#: What the copy needs: the sources a render reads and the lecture files.
PARTS = ("core", "scenes", "lectures", "narration")


def _nudged(hex_colour: str) -> str:
    """The colour one step of blue away: a real edit to the theme that looks the same."""
    value = int(hex_colour.lstrip("#"), 16)
    return f"#{value ^ 1:06X}"


@dataclass(frozen=True)
class Edit:
    label: str
    file: str
    old: str
    new: str
    empty_cache: bool = False


#: The edits, written for chapter 1 (the sigmoid) of the full lecture.
EDITS = (
    Edit("nothing changed", "", "", ""),
    Edit("a comment in a core module", "core/functions.py", "def logit(p):",
         "# The inverse of the sigmoid.\ndef logit(p):"),
    Edit("one sentence of narration", "scenes/logistic_regression/ch01_sigmoid.py",
         "and the S becomes a cliff.",
         "and the S turns into a cliff."),
    Edit("the same, partial-movie cache emptied", "scenes/logistic_regression/ch01_sigmoid.py",
         "and the S becomes a cliff.",
         "and the S turns into a cliff.", empty_cache=True),
    Edit("one number in a core function", "core/functions.py",
         "return a * (1.0 - a)", "return a * (1 - a)"),
    Edit("one colour in the theme", "scenes/common/theme.py",
         f'class0="{DARK.class0}"', f'class0="{_nudged(DARK.class0)}"'),
)


@dataclass
class Run:
    seconds: float
    rendered: int
    up_to_date: int
    failed: int
    reused: int
    animations: int
    output: str


def render(copy: Path, media: Path, args: argparse.Namespace) -> Run:
    command = [sys.executable, "-c", "import sys; from scripts.cli.main import main; "
               "sys.exit(main())", "--root", str(copy), "--media-dir",
               str(media), "render", args.chapter, "--jobs", str(args.jobs), "--quality",
               args.quality, "--voice", args.voice]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.monotonic() - started
    out = done.stdout + done.stderr
    totals = re.search(r"(\d+) rendered, (\d+) up to date, (\d+) failed", out)
    if totals is None:
        sys.exit(f"the render did not finish:\n{out}")
    pairs = [(int(a), int(b)) for a, b in re.findall(r"(\d+) of (\d+) animations re-used", out)]
    return Run(seconds, *(int(x) for x in totals.groups()), sum(a for a, _ in pairs),
               sum(b for _, b in pairs), out)


def apply(copy: Path, edit: Edit, undo: bool = False) -> None:
    if not edit.file:
        return
    path = copy / edit.file
    text = path.read_text(encoding="utf-8")
    old, new = (edit.new, edit.old) if undo else (edit.old, edit.new)
    if text.count(old) != 1:
        sys.exit(f"{edit.file}: expected {old!r} once")
    path.write_text(text.replace(old, new), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chapter", default="logistic-regression/ch01")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--quality", default="low")
    parser.add_argument("--voice", default="none")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary copy.")
    parser.add_argument("--only", nargs="+", metavar="TEXT",
                        help="Only the edits whose label contains one of these words.")
    args = parser.parse_args()
    edits = [e for e in EDITS if not args.only or any(w in e.label for w in args.only)]
    if not edits:
        sys.exit("no edit matches --only; the edits are: " + "; ".join(e.label for e in EDITS))
    work = Path(tempfile.mkdtemp(prefix="bench-edit-loop-"))
    copy, media = work / "project", work / "media"
    for part in PARTS:
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    try:
        first = render(copy, media, args)
        print(f"{args.chapter} at {args.quality} quality, --jobs {args.jobs}, --voice "
              f"{args.voice}: first render {first.seconds:.1f} s, {first.rendered} scenes")
        rows = []
        for edit in edits:
            apply(copy, edit)
            if edit.empty_cache:
                shutil.rmtree(media / ".cache" / "partial", ignore_errors=True)
            run = render(copy, media, args)
            if run.failed:
                sys.exit(f"{edit.label}: a scene failed:\n{run.output}")
            rows.append((edit.label, run))
            print(f"  {edit.label}: {run.seconds:.1f} s, {run.rendered} re-rendered", flush=True)
            apply(copy, edit, undo=True)
            if edit is not edits[-1]:
                render(copy, media, args)  # back to where every row starts (untimed)
        print()
        print("| edit | edit to up-to-date video | scenes re-rendered | animations re-used |")
        print("|---|---:|---:|---:|")
        for label, run in rows:
            reused = f"{run.reused} of {run.animations}" if run.animations else "-"
            print(f"| {label} | {run.seconds:.1f} s | {run.rendered} of "
                  f"{run.rendered + run.up_to_date} | {reused} |")
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
