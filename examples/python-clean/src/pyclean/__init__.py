"""Temperature conversions, written to pass every check."""
