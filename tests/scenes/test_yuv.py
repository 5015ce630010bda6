"""Frames converted row by row equal frames converted whole, plane for plane.

A sequence of synthetic frames (a smooth picture with sharp edges, like a lecture's) changes in
the ways a scene's frames do: not at all, in a thin band, at the top and bottom rows, in two
places far apart, everywhere, and in size; every converted frame must equal swscale's
whole-frame conversion of it byte for byte, and the converter must have done less work than
whole frames where little changed.
"""

from __future__ import annotations

import numpy as np

from scenes.common.yuv import RowwiseYuv420, _planes, convert

HEIGHT, WIDTH = 120, 160


def _picture(seed: int, height: int = HEIGHT, width: int = WIDTH) -> np.ndarray:
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    frame = np.empty((height, width, 4), np.uint8)
    frame[..., 0] = (x * 255 // width).astype(np.uint8)
    frame[..., 1] = (y * 255 // height).astype(np.uint8)
    frame[..., 2] = rng.integers(0, 256, (height, width), dtype=np.uint8)  # sharp edges
    frame[..., 3] = 255
    return frame


def _changed(frame: np.ndarray, rows: slice, seed: int) -> np.ndarray:
    out = frame.copy()
    rng = np.random.default_rng(seed)
    out[rows, 20:90, :3] = rng.integers(0, 256, out[rows, 20:90, :3].shape, dtype=np.uint8)
    return out


def _sequence() -> list[tuple[str, np.ndarray]]:
    first = _picture(0)
    frames = [("first", first), ("same", first.copy())]
    steps = [("a thin band", slice(50, 53)), ("one odd row", slice(71, 72)),
             ("the top row", slice(0, 1)), ("the bottom row", slice(HEIGHT - 1, HEIGHT)),
             ("two places", slice(10, 12))]
    current = first
    for i, (name, rows) in enumerate(steps):
        current = _changed(current, rows, i)
        if name == "two places":
            current = _changed(current, slice(100, 104), 99)
        frames.append((name, current))
    frames += [("everything", _picture(7)),
               ("a thin band again", _changed(_picture(7), slice(30, 34), 8)),
               ("another size", _picture(3, 80, 100)), ("back", _picture(4))]
    return frames


def test_row_by_row_equals_whole_frames() -> None:
    convert_rows = RowwiseYuv420()
    for name, frame in _sequence():
        before = convert_rows.rows_converted
        got = _planes(convert_rows(frame))
        expected = _planes(convert(frame))
        for plane, (a, b) in zip("YUV", zip(got, expected, strict=True), strict=True):
            assert np.array_equal(a, b), f"{name}: plane {plane} differs"
        done = convert_rows.rows_converted - before
        if name == "same":
            assert done == 0
        if name in ("a thin band", "one odd row", "a thin band again"):
            assert 0 < done < frame.shape[0] // 2, f"{name}: {done} rows converted"


def test_a_frame_the_encoder_keeps_is_not_changed_by_the_next() -> None:
    convert_rows = RowwiseYuv420()
    first = convert_rows(_picture(0))
    kept = _planes(convert_rows(_changed(_picture(0), slice(40, 44), 1)))
    kept = [plane.copy() for plane in kept]
    second = convert_rows(_changed(_picture(0), slice(40, 44), 1))
    convert_rows(_changed(_picture(0), slice(40, 44), 2))
    assert all(np.array_equal(a, b) for a, b in zip(_planes(second), kept, strict=True))
    assert first is not second


def test_a_frame_of_odd_height_is_converted_whole() -> None:
    frame = _picture(5, 121, 160)
    got = _planes(RowwiseYuv420()(frame))
    assert all(np.array_equal(a, b) for a, b in zip(got, _planes(convert(frame)), strict=True))
