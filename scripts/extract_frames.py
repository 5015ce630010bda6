"""``python -m scripts.extract_frames VIDEO --every 0.5``: the name the team's review guide
uses for the frame extractor, which lives in ``tools/`` (a development tool, not installed).
Run from the project root."""

from tools.extract_frames import main

if __name__ == "__main__":
    raise SystemExit(main())
