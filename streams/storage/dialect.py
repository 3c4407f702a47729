"""Every SQL difference between SQLite and PostgreSQL lives here; the rest of storage writes one SQL.

Statements are written with ``?`` placeholders and ``{type}`` tokens; a
Dialect turns them into what its driver takes. Both engines understand
``INSERT ... ON CONFLICT (...) DO UPDATE SET c = excluded.c``, correlated
subqueries and ``LIKE ... ESCAPE``, so those need no translation.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Dialect", "SQLITE", "POSTGRES", "like_pattern"]


@dataclass(frozen=True)
class Dialect:
    """How one engine spells types, placeholders, locks and the start of a write transaction."""

    name: str
    placeholder: str
    types: dict[str, str]
    begin_write: str | None  # statement that starts a write transaction, None = the driver's own
    row_lock: str  # suffix that locks selected rows until commit ("" where the whole file is locked)
    migration_lock: str | None  # statement that serialises concurrent migrations inside a transaction
    max_params: int  # bound parameters per statement, kept well under the engine's limit

    def sql(self, statement: str) -> str:
        """``statement`` with ``?`` placeholders and ``{type}`` tokens in this dialect."""
        if "{" in statement:
            statement = statement.format(**self.types)
        if self.placeholder != "?":
            statement = statement.replace("?", self.placeholder)
        return statement


SQLITE = Dialect(
    name="sqlite",
    placeholder="?",
    types={"bigint": "INTEGER", "real": "REAL", "text": "TEXT", "int": "INTEGER"},
    begin_write="BEGIN IMMEDIATE",
    row_lock="",
    migration_lock=None,  # BEGIN IMMEDIATE already holds the database's single write lock
    max_params=900,
)

POSTGRES = Dialect(
    name="postgresql",
    placeholder="%s",
    types={"bigint": "BIGINT", "real": "DOUBLE PRECISION", "text": "TEXT", "int": "INTEGER"},
    begin_write=None,
    row_lock=" FOR UPDATE",
    migration_lock="SELECT pg_advisory_xact_lock(7731001)",
    max_params=5000,
)


def like_pattern(text: str, *, prefix: bool = False) -> str:
    """A LIKE pattern (escape character ``!``) matching ``text`` literally, as prefix or substring."""
    escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_")
    return f"{escaped}%" if prefix else f"%{escaped}%"
