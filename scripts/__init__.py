"""Command-line tools that render, assemble and export the lectures (entry point: ``lecture``)."""
