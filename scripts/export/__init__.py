"""The exports: the lecture video, clips, slide decks, the gallery page and their helpers."""
