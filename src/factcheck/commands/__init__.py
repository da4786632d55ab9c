"""One module per verb; each has `run(...) -> int` (an ExitCode)."""
