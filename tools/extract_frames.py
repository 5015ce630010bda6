"""Pull frames out of a rendered scene to look at: ``python -m tools.extract_frames VIDEO``.

By default it takes, for every subtitle cue in the ``.srt`` beside the video (one or more per
beat), a frame just after the cue starts, one in its middle and one just before it ends, plus
the very last frame, and writes them as PNGs named by time. ``--every SECONDS`` samples evenly
instead. Looking at frames across every beat is how overlaps, clipped text and wrong colours
are caught before a viewer sees them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import av
import srt


def cue_times(video: Path) -> list[float]:
    """Start, middle and end (nudged inward) of each subtitle cue beside ``video``."""
    subtitles = video.with_suffix(".srt")
    if not subtitles.is_file():
        return []
    times: list[float] = []
    for cue in srt.parse(subtitles.read_text(encoding="utf-8")):
        start, end = cue.start.total_seconds(), cue.end.total_seconds()
        inset = min(0.2, (end - start) / 4)
        times += [start + inset, (start + end) / 2, end - inset]
    return times


def extract(video: Path, out: Path, times: list[float]) -> list[Path]:
    """Write the frames nearest ``times`` (and the last frame) into ``out``; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    wanted = sorted(set(round(t, 3) for t in times))
    written: list[Path] = []
    last = None
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            t = float(frame.pts * stream.time_base)
            while wanted and t >= wanted[0]:
                path = out / f"{video.stem}_{wanted.pop(0):07.2f}s.png"
                frame.to_image().save(path)
                written.append(path)
            last = (t, frame)
    if last is not None:
        path = out / f"{video.stem}_{last[0]:07.2f}s_last.png"
        last[1].to_image().save(path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("video", type=Path)
    parser.add_argument("--out", type=Path, default=Path("/tmp/frames"))
    parser.add_argument("--every", type=float, default=None,
                        help="sample every N seconds instead of at the subtitle cues")
    args = parser.parse_args(argv)
    if args.every:
        with av.open(str(args.video)) as c:
            duration = c.duration / 1_000_000
        times = [i * args.every for i in range(int(duration / args.every) + 1)]
    else:
        times = cue_times(args.video)
    for path in extract(args.video, args.out, times):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
