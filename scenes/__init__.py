"""Manim scenes, one module per chapter; they draw what ``core`` computes."""
