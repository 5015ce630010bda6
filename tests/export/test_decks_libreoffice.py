"""A real presentation program opens the PPTX deck: LibreOffice Impress converts it, headless,
to PDF (what printing the deck gives), with one page per slide, each page showing its slide's
settled picture (its clip's last frame), none of them blank."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import numpy as np
import pytest
from export_helpers import (
    Mini,
    assert_not_blank,
    assert_same_picture,
    image_pixels,
    last_frame,
    pptx_clips,
)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed "
                       "(./run test installs Debian's libreoffice-impress)"),
]
#: Seconds LibreOffice gets for the 4-slide deck (it takes about 3 on an idle machine).
TIMEOUT = 240


def _to_pdf(pptx: Path, out: Path) -> Path:
    """Convert with a private profile (no clash with a running LibreOffice, no home folder
    needed, fine as root); the whole process group is killed after :data:`TIMEOUT`."""
    cmd = [SOFFICE, f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless",
           "--norestore", "--convert-to", "pdf", "--outdir", str(out), str(pptx)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        _, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"LibreOffice did not convert {pptx.name} within {TIMEOUT} s")
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # anything it left behind
        except ProcessLookupError:
            pass
        proc.communicate()
    pdf = out / f"{pptx.stem}.pdf"
    assert proc.returncode == 0 and pdf.is_file(), f"LibreOffice failed: {err}"
    return pdf


def _pages(pdf: Path, width: int, height: int) -> list[np.ndarray]:
    """Every page of ``pdf`` rendered by poppler at ``width`` x ``height`` pixels."""
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm is missing: ./run test installs Debian's poppler-utils"
    subprocess.run([pdftoppm, "-png", "-scale-to-x", str(width), "-scale-to-y", str(height),
                    str(pdf), str(pdf.with_suffix(""))], check=True, timeout=120)
    return [image_pixels(p) for p in sorted(pdf.parent.glob(f"{pdf.stem}-*.png"))]


def _without_speaker(rgb: np.ndarray) -> np.ndarray:
    """The picture with the narration's speaker (a square of 1/14 of the slide's height near
    the bottom-right corner) painted over in the picture's background colour."""
    out = rgb.copy()
    h, w = rgb.shape[:2]
    corner = int(1.5 * h / 14)
    out[h - corner:, w - corner:] = np.median(rgb.reshape(-1, 3), axis=0).astype(int)
    return out


def test_libreoffice_prints_each_slide_as_its_settled_picture(built: Mini,
                                                             tmp_path: Path) -> None:
    pptx = built.folder / "decks" / "mini.pptx"
    settled = [last_frame(clip) for _, clip in pptx_clips(pptx)]
    height, width = settled[0].shape[:2]
    pages = _pages(_to_pdf(pptx, tmp_path), width, height)
    assert len(pages) == len(settled) == 4  # one slide per beat: 2 + 1 + 1
    for n, (page, want) in enumerate(zip(pages, settled, strict=True), start=1):
        page = _without_speaker(page)
        assert_not_blank(page, f"page {n}")
        assert_same_picture(page, _without_speaker(want), f"page {n}")
