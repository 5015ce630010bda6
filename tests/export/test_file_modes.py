"""What we write is readable by others: a web server serving the gallery folder can read it."""

from __future__ import annotations

import os
import stat

import pytest
from export_helpers import Mini


@pytest.mark.slow
def test_gallery_manifest_and_build_record_are_0644_under_umask_022(own_copy: Mini) -> None:
    old = os.umask(0o022)
    try:
        render = own_copy.invoke("render", "one/OneSquare", "--force")
        assert render.exit_code == 0, render.output
        build = own_copy.invoke("build", "--force", "--no-clips")
        assert build.exit_code == 0, build.output
    finally:
        os.umask(old)
    for name in ("index.html", "manifest.json", "build.json"):
        path = own_copy.folder / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, name
