"""One exception family. Every message says what is wrong and how to fix it.

The command line prints ``str(error)`` as a single line and exits with ``error.exit_code``.
"""

from __future__ import annotations

__all__ = [
    "BriefingError",
    "InputError",
    "ParameterError",
    "KnowledgeError",
    "ReportError",
]


class BriefingError(Exception):
    """Base of every error the package raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: object | None = None, hint: str | None = None):
        self.path = None if path is None else str(path)
        self.problem = message
        self.hint = hint
        super().__init__(self._compose())

    def _compose(self) -> str:
        head = f"{self.path}: {self.problem}" if self.path else self.problem
        return f"{head} — {self.hint}" if self.hint else head


class InputError(BriefingError):
    """An article (or a path naming one) cannot be read as an article."""

    exit_code = 2


class ParameterError(BriefingError):
    """A notebook or command parameter is unknown or has the wrong type."""

    exit_code = 2


class KnowledgeError(BriefingError):
    """A knowledge data file (actors, lexicons, cues) is malformed."""

    exit_code = 2


class ReportError(BriefingError):
    """Executing or exporting a briefing failed; the previous report was kept."""

    exit_code = 1
