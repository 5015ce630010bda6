"""A real headless Chromium (Debian's, driven by Playwright) for the page tests: every
non-file request blocked and recorded, console errors collected."""

from __future__ import annotations

import shutil
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# The flags that keep Chromium from reaching for Google's services at start-up.
_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--autoplay-policy=no-user-gesture-required"]

class Browser:
    """One offline page at a time: records console errors and every network request."""

    def __init__(self, playwright) -> None:  # noqa: ANN001
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM, args=_ARGS)

    def open(self, path: Path, reduced_motion: bool = False):  # noqa: ANN201
        context = self.browser.new_context(
            viewport={"width": 1280, "height": 900},
            reduced_motion="reduce" if reduced_motion else "no-preference")
        page = context.new_page()
        page.errors, page.remote = [], []

        def route(r) -> None:  # noqa: ANN001
            if r.request.url.startswith(("file:", "data:", "blob:")):
                r.continue_()
            else:
                page.remote.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.goto(path.as_uri(), wait_until="load")
        return page
