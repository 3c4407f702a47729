"""Errors the domain logic raises: one clear line each, with a stable reason code.

``reason_code`` is what dead-letter records carry; the CLI prints the message
as ``Error: ...``. Nothing in processors exits the process.
"""

from __future__ import annotations

__all__ = ["DiploError", "ArticleError"]


class DiploError(Exception):
    """Base class: the message is a complete, one-line explanation for a user."""

    reason_code = "error"

    def __init__(self, message: str, reason_code: str | None = None):
        super().__init__(message)
        if reason_code is not None:
            self.reason_code = reason_code


class ArticleError(DiploError):
    """An article is unusable: missing or ill-typed fields, empty or oversized text."""

    reason_code = "invalid_article"
