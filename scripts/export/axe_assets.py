"""A local copy of axe-core, the accessibility engine the browser tests run on the gallery page
and the handouts.

Like reveal.js (:mod:`scripts.export.reveal_assets`), set-up fetches it once (``./run`` calls
``python -m scripts.export.axe_assets``) from the npm registry's tarball of a pinned version,
checked against its published SHA-512; nothing is fetched when a page is tested or viewed, and
no page the exports write loads it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from scripts.export.reveal_assets import install_npm_tarball

AXE_VERSION = "4.14.1"
TARBALL_URL = f"https://registry.npmjs.org/axe-core/-/axe-core-{AXE_VERSION}.tgz"
#: The registry's ``dist.integrity`` for that tarball (MPL-2.0).
TARBALL_SHA512 = ("FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe"
                  "37OgudVGtQ==")


class AxeMissing(RuntimeError):
    """The local axe-core copy is not installed; the message says how to install it."""


def axe_home() -> Path:
    """Where set-up keeps axe-core: inside the active virtual environment."""
    return Path(sys.prefix) / "share" / f"axe-core-{AXE_VERSION}"


def axe_script() -> Path:
    """The installed ``axe.min.js``, or :class:`AxeMissing`."""
    script = axe_home() / "axe.min.js"
    if not script.is_file():
        raise AxeMissing(f"axe-core {AXE_VERSION} is not installed in {axe_home()}. Install "
                         "it with: python -m scripts.export.axe_assets (./run test does it)")
    return script


def install(url: str = TARBALL_URL) -> Path:
    """Download, verify and unpack ``axe.min.js`` (and its licence) into :func:`axe_home`."""
    home = axe_home()
    if (home / "axe.min.js").is_file():
        return home
    wanted = ("package/axe.min.js", "package/LICENSE", "package/package.json")
    return install_npm_tarball("axe-core", url, TARBALL_SHA512, home, wanted.__contains__)


if __name__ == "__main__":
    print(f"axe-core {AXE_VERSION} in {install()}")
