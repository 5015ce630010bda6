"""The main lecture, chapters 0-9: one module per chapter."""
