"""Development tools, not installed: the core benchmark and frame extraction."""
