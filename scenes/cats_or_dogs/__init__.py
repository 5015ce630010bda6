"""The "Cats or Dogs?" session: one module per chapter."""
