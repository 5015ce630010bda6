"""The gallery page and an HTML deck in a real headless Chromium with the network cut off:
the page loads, every video plays, every subtitle track loads its cues, nothing is fetched
from the network, the console stays clean, and the page is not blank; the deck's videos carry
their slide's settled picture as poster."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlparse

import numpy as np
import pytest
from browser_helpers import CHROMIUM, Browser
from export_helpers import Mini, assert_not_blank, assert_same_picture, image_pixels, last_frame
from PIL import Image

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (./run test installs it)")


_PLAY_EVERY_VIDEO = """async () => {
  const results = [];
  for (const v of document.querySelectorAll('video')) {
    v.muted = true;
    const r = {src: v.currentSrc, tracks: v.textTracks.length, cues: -1, time: 0, error: null,
               kind: null};
    try {
      await v.play();
      for (let i = 0; i < 100 && v.currentTime === 0; i++)  // up to 5 s to start
        await new Promise(ok => setTimeout(ok, 50));
      r.time = v.currentTime;
      v.pause();
    } catch (e) { r.error = String(e); }
    if (v.error) r.error = 'media error ' + v.error.code;
    if (v.textTracks.length) {
      const t = v.textTracks[0];
      r.kind = t.kind;
      t.mode = 'showing';
      for (let i = 0; i < 40 && !(t.cues && t.cues.length); i++)
        await new Promise(ok => setTimeout(ok, 50));
      r.cues = t.cues ? t.cues.length : 0;
    }
    results.push(r);
  }
  return results;
}"""


def _not_blank(png: Path) -> None:
    pixels = np.asarray(Image.open(png).convert("L")).astype(float)
    drawn = np.abs(pixels - np.median(pixels)) > 40  # differs clearly from the background
    assert drawn.mean() > 0.002, f"nothing drawn: {drawn.mean():.4%} of the pixels"
    assert (np.abs(np.diff(pixels, axis=1)) > 40).mean() > 0.001, "no visible edges"


def test_gallery_plays_every_video_with_subtitles_offline(built: Mini, browser: Browser,
                                                          tmp_path: Path) -> None:
    page = browser.open(built.folder / "index.html")
    results = page.evaluate(_PLAY_EVERY_VIDEO)
    # The whole lecture, then one clip per scene.
    assert len(results) == 1 + 3
    for r in results:
        assert r["error"] is None, r
        assert r["time"] > 0, f"did not play: {r}"
        assert r["kind"] == "captions" and r["cues"] > 0, f"no captions: {r}"
    assert results[0]["src"].endswith("/mini.mp4")
    assert page.remote == [], "the page reached for the network"
    assert page.errors == []
    # The chapter list seeks the lecture video.
    page.click("text=Dots = points; the second")
    t = page.evaluate("document.getElementById('lecture-video').currentTime")
    start = json.loads((built.folder / "build.json").read_text())["chapters"][1]["start"]
    assert t == pytest.approx(start, abs=0.5)
    shot = tmp_path / "gallery.png"
    page.screenshot(path=str(shot), full_page=True)
    _not_blank(shot)


def test_html_deck_runs_offline_with_a_slide_per_beat(built: Mini, browser: Browser,
                                                      tmp_path: Path) -> None:
    page = browser.open(built.folder / "decks" / "mini.html")
    page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=10_000)
    assert page.evaluate("Reveal.getTotalSlides()") == 4  # 2 + 1 + 1 beats
    notes = page.evaluate("Reveal.getSlides().map(s => Reveal.getSlideNotes(s))")
    assert "A square appears." in notes[0]  # rendered from markdown
    assert page.remote == [], "the deck reached for the network"
    assert page.errors == []
    shot = tmp_path / "deck.png"
    page.wait_for_timeout(800)  # the first slide's video has drawn its square
    page.screenshot(path=str(shot))
    _not_blank(shot)


# Each slide's background <video>, as reveal.js made it, once the slide has been visited.
_SLIDE_VIDEO = """n => {
  Reveal.slide(n);
  const background = Reveal.getSlides()[n].slideBackgroundContentElement;
  const video = background && background.querySelector('video');
  return video && {poster: video.poster, src: video.querySelector('source').src};
}"""


def _path(url: str) -> Path:
    assert url.startswith("file:"), url
    return Path(unquote(urlparse(url).path))


def test_html_deck_videos_carry_their_slides_last_frame_as_poster(built: Mini,
                                                                  browser: Browser) -> None:
    page = browser.open(built.folder / "decks" / "mini.html")
    page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=10_000)
    total = page.evaluate("Reveal.getTotalSlides()")
    assert total == 4
    for n in range(total):
        video = page.evaluate(_SLIDE_VIDEO, n)
        assert video and video["poster"], f"slide {n + 1}: no video with a poster: {video}"
        poster = _path(video["poster"])
        assert poster.is_file(), poster
        still = image_pixels(poster)
        assert_not_blank(still, f"slide {n + 1}'s poster")
        assert_same_picture(still, last_frame(_path(video["src"])), f"slide {n + 1}'s poster")
    assert page.errors == []
