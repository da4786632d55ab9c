"""The one error type the CLI turns into a one-line message and exit code 2."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2


class FactcheckError(Exception):
    """Bad input or usage: says which file and line, what is wrong and what to do."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        hint = f" — {self.hint}" if self.hint else ""
        return f"{where}{self.message}{hint}"
