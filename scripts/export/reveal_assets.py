"""A local copy of reveal.js, so HTML decks work with no network at all.

manim-slides' HTML template loads reveal.js from a CDN when the deck is opened. Our decks
instead point at a copy beside them, taken from this folder, which set-up fills once
(``./run`` calls ``python -m scripts.export.reveal_assets``) from the npm registry's tarball of the
version manim-slides' template is written for, checked against its published SHA-512.
"""

from __future__ import annotations

import base64
import hashlib
import io
import shutil
import sys
import tarfile
import tempfile
import urllib.request
from collections.abc import Callable
from pathlib import Path

#: The reveal.js version manim-slides 5.7's template is written for (its ``reveal_version``).
REVEAL_VERSION = "6.0.1"
TARBALL_URL = f"https://registry.npmjs.org/reveal.js/-/reveal.js-{REVEAL_VERSION}.tgz"
#: The registry's ``dist.integrity`` for that tarball.
TARBALL_SHA512 = ("9eacArNIgqO2HGWOK+93gJNn+gvdGDVbSq+i2u3Ja9kjiHps0XNLpgYTZTYjKRH91uXy3clGim"
                  "eGiw4umHG/tg==")


class RevealMissing(RuntimeError):
    """The local reveal.js copy is not installed; the message says how to install it."""


def reveal_home() -> Path:
    """Where set-up keeps reveal.js: inside the active virtual environment."""
    return Path(sys.prefix) / "share" / f"reveal.js-{REVEAL_VERSION}"


def reveal_dist() -> Path:
    """The installed ``dist/`` folder, or :class:`RevealMissing`."""
    dist = reveal_home() / "dist"
    if not (dist / "reveal.js").is_file():
        raise RevealMissing(
            f"reveal.js {REVEAL_VERSION} is not installed in {reveal_home()}; HTML decks need "
            "it to work offline. Install it with: python -m scripts.export.reveal_assets "
            "(./run lecture does it for you)"
        )
    return dist


def _extract_plain(tar: tarfile.TarFile, members: list[tarfile.TarInfo], dest: Path,
                   name: str = "reveal.js") -> None:
    """Write ``members``' regular files and folders under ``dest``, refusing any path that
    leaves it. (``extractall(filter="data")`` does this too, but Debian 12's Python 3.11.2
    predates the ``filter`` argument.)"""
    root = dest.resolve()
    for member in members:
        target = (dest / member.name).resolve()
        if not target.is_relative_to(root):
            raise RuntimeError(f"{name} tarball entry {member.name!r} leaves its folder")
        if member.isdir():
            target.mkdir(parents=True, exist_ok=True)
        elif member.isfile():
            source = tar.extractfile(member)
            assert source is not None
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read())


def install_npm_tarball(name: str, url: str, sha512: str, home: Path,
                        keep: Callable[[str], bool]) -> Path:
    """Download ``url`` (an npm registry tarball), check it against the registry's ``sha512``
    integrity, and unpack the members ``keep`` accepts into ``home`` (a temporary folder
    beside it first, renamed into place: an interrupted install leaves no half folder)."""
    with urllib.request.urlopen(url, timeout=60) as response:
        blob = response.read()
    digest = base64.b64encode(hashlib.sha512(blob).digest()).decode()
    if digest != sha512:
        raise RuntimeError(f"{name} tarball from {url} failed its checksum; not installed")
    home.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=home.parent) as tmp:
        with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tar:
            _extract_plain(tar, [m for m in tar.getmembers() if keep(m.name)], Path(tmp), name)
        staged = Path(tmp) / "package"
        if home.exists():
            shutil.rmtree(home)
        staged.rename(home)
    return home


def install(url: str = TARBALL_URL) -> Path:
    """Download, verify and unpack reveal.js's ``dist/`` into :func:`reveal_home`."""
    home = reveal_home()
    if (home / "dist" / "reveal.js").is_file():
        return home
    return install_npm_tarball(
        "reveal.js", url, TARBALL_SHA512, home,
        lambda member: member.startswith("package/dist/") or member == "package/LICENSE")


if __name__ == "__main__":
    print(f"reveal.js {REVEAL_VERSION} in {install()}")
