"""Checks for the system pieces rendering needs, each with the command that fixes it.

``lecture doctor`` prints them all; ``lecture render`` runs the same checks before rendering
and, when one fails, prints the same message instead of letting manim fail with a traceback.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _apt(*packages: str) -> str:
    return "sudo apt-get install -y --no-install-recommends " + " ".join(packages)


#: What the scenes' TeX template loads (kept in step with scenes/common/typeface.py).
SANS_MATHS_FILES = ("helvet.sty", "mathastext.sty", "uhvr8t.tfm")


def check_latex() -> Check:
    path = shutil.which("latex")
    if not path:
        return Check("LaTeX", False, "`latex` is not on PATH (MathTex needs it)",
                     _apt("texlive-latex-base", "texlive-latex-extra",
                          "texlive-fonts-recommended"))
    found = subprocess.run(["kpsewhich", "standalone.cls"], capture_output=True, text=True)
    if not found.stdout.strip():
        return Check("LaTeX", False, "the LaTeX class standalone.cls is missing",
                     _apt("texlive-latex-extra"))
    # The sans maths of scenes/common/typeface.py: helvet (texlive-latex-base), its URW fonts
    # (texlive-fonts-recommended) and mathastext (texlive-latex-extra).
    missing = [name for name in SANS_MATHS_FILES
               if not subprocess.run(["kpsewhich", name], capture_output=True,
                                     text=True).stdout.strip()]
    if missing:
        return Check("LaTeX", False, "the sans maths needs " + ", ".join(missing),
                     _apt("texlive-latex-extra", "texlive-fonts-recommended"))
    return Check("LaTeX", True, path)


def check_dvisvgm() -> Check:
    path = shutil.which("dvisvgm")
    if not path:
        return Check("dvisvgm", False, "`dvisvgm` is not on PATH (turns LaTeX output into SVG)",
                     _apt("dvisvgm"))
    return Check("dvisvgm", True, path)


def check_fonts() -> Check:
    if not shutil.which("fc-list"):
        return Check("Fonts", False, "fontconfig is missing (Text needs fonts)",
                     _apt("fontconfig", "fonts-dejavu-core"))
    listed = subprocess.run(["fc-list"], capture_output=True, text=True).stdout
    n = len([line for line in listed.splitlines() if line.strip()])
    if n == 0:
        return Check("Fonts", False, "no fonts installed (Text needs one)",
                     _apt("fonts-dejavu-core"))
    # The scenes' face (scenes/common/theme.py); without it Pango silently picks another.
    if "Nimbus Sans" not in listed:
        return Check("Fonts", False, "Nimbus Sans, the scenes' typeface, is not installed",
                     _apt("fonts-urw-base35"))
    return Check("Fonts", True, f"{n} fonts")


def check_cairo_pango() -> Check:
    try:
        cairo = importlib.import_module("cairo")
        manimpango = importlib.import_module("manimpango")
    except ImportError as exc:
        return Check("Cairo/Pango", False, f"cannot import {exc.name} ({exc})",
                     f"{_apt('libcairo2-dev', 'libpango1.0-dev', 'pkg-config', 'python3-dev')}"
                     " && ./run lecture doctor")
    return Check("Cairo/Pango", True,
                 f"cairo {cairo.cairo_version_string()}, pango {manimpango.pango_version()}")


def check_video_encoding() -> Check:
    try:
        av = importlib.import_module("av")
        av.codec.Codec("libx264", "w")
    except Exception as exc:  # ImportError, or an av build without the encoder
        return Check("Video encoding", False, f"no H.264 encoder through PyAV ({exc})",
                     ".venv/bin/python -m pip install --force-reinstall av")
    return Check("Video encoding", True, f"PyAV {av.__version__} with libx264")


def check_ffmpeg() -> Check:
    path = shutil.which("ffmpeg")
    if not path:
        return Check("ffmpeg", False, "`ffmpeg` is not on PATH (`lecture build` joins the "
                     "lecture and encodes WebM/GIF clips with it)", _apt("ffmpeg"))
    return Check("ffmpeg", True, path)


def check_reveal() -> Check:
    from scripts.export.reveal_assets import RevealMissing, reveal_dist

    try:
        return Check("reveal.js", True, str(reveal_dist()))
    except RevealMissing as exc:
        return Check("reveal.js", False, f"{exc} (HTML decks use it offline)",
                     ".venv/bin/python -m scripts.export.reveal_assets")


#: What rendering needs.
ALL_CHECKS: tuple[Callable[[], Check], ...] = (
    check_latex, check_dvisvgm, check_fonts, check_cairo_pango, check_video_encoding,
)
#: What ``lecture build`` and ``lecture slides`` need on top.
EXPORT_CHECKS: tuple[Callable[[], Check], ...] = (check_ffmpeg, check_reveal)


def run_checks(checks: tuple[Callable[[], Check], ...] = ALL_CHECKS) -> list[Check]:
    return [check() for check in checks]


def format_problems(checks: list[Check]) -> str:
    """The message for the failed checks: what is missing and the command that fixes it."""
    lines = []
    for c in checks:
        if not c.ok:
            lines.append(f"missing: {c.name}: {c.detail}\n  fix: {c.fix}")
    return "\n".join(lines)
