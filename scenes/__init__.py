"""Manim scenes: ``common/`` holds what the lectures share, then one folder per lecture with one
module per chapter. Scenes draw what ``core`` computes."""
