"""The `lecture` command-line tool: the click group (main.py) and one module per subcommand."""
