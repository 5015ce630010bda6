"""The gallery page and a handout in a real headless Chromium: axe-core (the local, checked
copy: scripts/export/axe_assets.py) finds no serious or critical violation; Tab alone reaches
every control; every video has captions, a transcript link, its controls, and nothing plays by
itself when the viewer asks for reduced motion; the lecture video has a poster."""

from __future__ import annotations

import pytest
from browser_helpers import CHROMIUM, Browser
from export_helpers import Mini, assert_not_blank, assert_same_picture, image_pixels, last_frame

from scripts.export.axe_assets import AxeMissing, axe_script

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (./run test installs it)")]

_AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                      nodes: v.nodes.map(n => n.target.join(' '))}));
}"""

#: Everything a keyboard user must be able to reach, each given an index to find it by.
_CONTROLS = """() => {
  const all = document.querySelectorAll(
    'a[href], button, video[controls], input, select, textarea, [tabindex]:not([tabindex="-1"])');
  all.forEach((el, i) => el.dataset.control = i);
  return all.length;
}"""


def _serious(page) -> list[dict]:  # noqa: ANN001
    try:
        script = axe_script()
    except AxeMissing as exc:  # ./run test installs it: a missing copy is a failure
        pytest.fail(str(exc))
    page.add_script_tag(path=str(script))
    return [v for v in page.evaluate(_AXE_RUN) if v["impact"] in ("serious", "critical")]


def _reached_by_tab(page) -> tuple[int, set[int]]:  # noqa: ANN001
    """(how many controls there are, which ones Tab focused), pressing Tab from the top until
    every one was reached or ten presses a control (a video's own buttons take several)."""
    total = page.evaluate(_CONTROLS)
    reached: set[int] = set()
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(10 * total):
        page.keyboard.press("Tab")
        index = page.evaluate("document.activeElement && document.activeElement.dataset.control")
        if index is not None:
            reached.add(int(index))
        if len(reached) == total:
            break
    return total, reached


@pytest.fixture
def gallery(extras: Mini, browser: Browser):  # noqa: ANN201
    page = browser.open(extras.folder / "index.html", reduced_motion=True)
    yield page
    page.context.close()


def test_the_gallery_has_no_serious_accessibility_violation(gallery) -> None:  # noqa: ANN001
    assert _serious(gallery) == []
    assert gallery.errors == [] and gallery.remote == []


def test_tab_reaches_every_control_of_the_gallery(gallery) -> None:  # noqa: ANN001
    total, reached = _reached_by_tab(gallery)
    assert total > 10  # chapter buttons, videos, download and transcript links
    assert reached == set(range(total))


def test_every_video_has_captions_a_transcript_and_controls_and_none_plays_by_itself(
        extras: Mini, gallery) -> None:  # noqa: ANN001
    gallery.wait_for_timeout(1000)
    videos = gallery.evaluate("""() => [...document.querySelectorAll('video')].map(v => ({
      controls: v.controls, autoplay: v.autoplay, paused: v.paused,
      captions: [...v.querySelectorAll('track')].filter(t => t.kind === 'captions').length,
      transcript: [...v.closest('figure, main').querySelectorAll('a')]
                    .some(a => a.textContent === 'Transcript' && a.href.includes('/handouts/')),
    }))""")
    assert len(videos) == 1 + 3
    for v in videos:
        assert v == {"controls": True, "autoplay": False, "paused": True, "captions": 1,
                     "transcript": True}, v
    assert gallery.evaluate(
        "matchMedia('(prefers-reduced-motion: reduce)').matches"), "not asked for less motion"


def test_the_lecture_video_has_its_title_cards_picture_as_poster(extras: Mini,
                                                                 gallery) -> None:  # noqa: ANN001
    poster = gallery.evaluate("document.getElementById('lecture-video').getAttribute('poster')")
    assert poster
    picture = image_pixels(extras.folder / poster)
    assert_not_blank(picture, "the lecture's poster")
    assert_same_picture(picture, last_frame(extras.scene("one/SquareThenCircle")),
                        "the lecture's poster")


def test_the_chapter_menu_follows_the_chapters_track(gallery) -> None:  # noqa: ANN001
    """Choosing the second chapter seeks there, and the chapters track's cue marks it."""
    gallery.locator("button[data-start]").nth(1).click()
    gallery.wait_for_function(
        "[...document.querySelectorAll('button[aria-current=\"true\"]')]"
        ".map(b => b.textContent).join('|') === 'Dots = points; the second'", timeout=5000)


def test_a_handout_has_no_serious_violation_and_tab_reaches_every_link(
        extras: Mini, browser: Browser) -> None:
    page = browser.open(extras.folder / "handouts" / "mini.html")
    try:
        assert _serious(page) == []
        total, reached = _reached_by_tab(page)
        assert total == 4  # one time link per beat
        assert reached == set(range(total))
        assert page.errors == [] and page.remote == []
    finally:
        page.context.close()
