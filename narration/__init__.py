"""Spoken narration: the pronunciation step, voices, the clip cache and loudness."""
