"""RGBA frames to yuv420p for the encoder, converting only the rows that changed.

libx264 takes yuv420p; PyAV converts each RGBA frame manim hands it with swscale, about 6 ms of
CPU for a whole frame at 1080p. Most frames of a lecture change in a band a few rows high (a
dot moving, a readout ticking, a line drawn), so :class:`RowwiseYuv420` keeps the last frame's
planes and replaces only the rows near those that differ from the last frame (a changed row
reaches chroma rows two or three away through swscale's filter), converting them with a margin
of rows around them so that swscale sees the same neighbours as in a whole-frame conversion.
The planes equal a whole-frame conversion's byte for byte (``tests/scenes/test_yuv.py``).
"""

from __future__ import annotations

import av
import numpy as np

#: Rows either side of the changed ones whose planes are replaced: a changed row reaches the
#: chroma rows two or three rows away through swscale's filter (even, so chroma rows line up).
REACH = 8
#: Rows converted either side of those, so that swscale sees the same neighbours as in a
#: whole-frame conversion (its chroma filter reads two rows either side).
MARGIN = 8
#: Runs of changed rows closer than this are converted together.
GAP = 64
#: Bands covering more than this share of the frame are converted as a whole frame.
WHOLE_FRAME_SHARE = 0.75


def _planes(frame: av.VideoFrame) -> list[np.ndarray]:
    """The Y, U and V planes of a yuv420p ``frame`` as arrays (line padding dropped)."""
    planes = []
    for plane in frame.planes:
        rows = np.frombuffer(plane, np.uint8).reshape(plane.height, plane.line_size)
        planes.append(rows[:, :plane.width])
    return planes


def convert(rgba: np.ndarray) -> av.VideoFrame:
    """``rgba`` as PyAV's encoder would convert it (its reformatter, same size)."""
    height, width = rgba.shape[:2]
    return av.VideoFrame.from_ndarray(rgba, format="rgba").reformat(
        width=width, height=height, format="yuv420p")


class RowwiseYuv420:
    """Converts a sequence of RGBA frames of one size to yuv420p, reusing unchanged rows."""

    def __init__(self) -> None:
        self._last: np.ndarray | None = None  # the last RGBA frame converted
        self._buffer: np.ndarray | None = None  # its planes, in from_ndarray's layout
        self.rows_converted = 0  # for the benchmark and the tests: the work actually done

    def __call__(self, rgba: np.ndarray) -> av.VideoFrame:
        """The yuv420p frame for ``rgba`` (a fresh frame: the encoder may keep it)."""
        height, width = rgba.shape[:2]
        if height % 2 or width % 2 or rgba.dtype != np.uint8 or rgba.shape[2:] != (4,):
            self._last = None
            return convert(rgba)
        if self._last is None or self._last.shape != rgba.shape or self._buffer is None:
            return self._whole(rgba)
        inners = [_widen(run, REACH, height) for run in self._changed_runs(rgba)]
        bands = [_widen(inner, MARGIN, height) for inner in inners]
        if sum(end - start for start, end in bands) > WHOLE_FRAME_SHARE * height:
            return self._whole(rgba)
        for inner, band in zip(inners, bands, strict=True):
            self._replace_rows(rgba, inner, band, width, height)
            self._last[inner[0]:inner[1]] = rgba[inner[0]:inner[1]]
            self.rows_converted += band[1] - band[0]
        return av.VideoFrame.from_ndarray(self._buffer, format="yuv420p")

    def _whole(self, rgba: np.ndarray) -> av.VideoFrame:
        """Convert the whole frame, and keep its planes."""
        height, width = rgba.shape[:2]
        frame = convert(rgba)
        self._buffer = np.concatenate([plane.ravel() for plane in _planes(frame)]).reshape(
            height * 3 // 2, width)
        self._last = np.array(rgba, copy=True)
        self.rows_converted += height
        return frame

    def _changed_runs(self, rgba: np.ndarray) -> list[tuple[int, int]]:
        """The runs ``[first, end)`` of rows that differ from the last frame, runs closer than
        :data:`GAP` rows joined (one conversion each)."""
        assert self._last is not None
        words = rgba.reshape(rgba.shape[0], -1).view(np.uint64)
        last = self._last.reshape(rgba.shape[0], -1).view(np.uint64)
        rows = np.flatnonzero((words != last).any(axis=1))
        if rows.size == 0:
            return []
        breaks = np.flatnonzero(np.diff(rows) > GAP)
        starts = np.concatenate([[rows[0]], rows[breaks + 1]])
        ends = np.concatenate([rows[breaks], [rows[-1]]]) + 1
        return [(int(a), int(b)) for a, b in zip(starts, ends, strict=True)]

    def _replace_rows(self, rgba: np.ndarray, inner: tuple[int, int], band: tuple[int, int],
                      width: int, height: int) -> None:
        """Convert rows ``band`` and copy the planes' rows for ``inner`` (inside it) in."""
        start, end = band
        y, u, v = _planes(convert(np.ascontiguousarray(rgba[start:end])))
        assert self._buffer is not None
        flat = self._buffer.reshape(-1)
        luma = flat[:height * width].reshape(height, width)
        chroma_size = (height // 2) * (width // 2)
        blue = flat[height * width:height * width + chroma_size].reshape(height // 2, width // 2)
        red = flat[height * width + chroma_size:].reshape(height // 2, width // 2)
        luma[inner[0]:inner[1]] = y[inner[0] - start:inner[1] - start]
        rows, band_rows = slice(inner[0] // 2, inner[1] // 2), slice(
            (inner[0] - start) // 2, (inner[1] - start) // 2)
        blue[rows] = u[band_rows]
        red[rows] = v[band_rows]


def _widen(rows: tuple[int, int], by: int, height: int) -> tuple[int, int]:
    """``rows`` widened by ``by`` either side, to even edges, within ``[0, height)``."""
    start, end = max(rows[0] - by, 0), min(rows[1] + by, height)
    return start - start % 2, min(end + end % 2, height)
