"""One small connection interface over both engines, and ``open_database`` choosing by URL.

A value is a PostgreSQL URL (``postgresql://`` / ``postgres://``), a
``sqlite:///path`` URL, or a plain file path for SQLite. Rows come back as
plain dicts with the same Python types from both engines (ISO text for
times, float for doubles), so query and export code needs no branches.
"""

from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .dialect import Dialect
from .errors import DatabaseUrlError

__all__ = ["Database", "open_database", "describe_target"]

Params = Sequence[Any]


class Database(ABC):
    """A connection that runs dialect-neutral SQL (``?`` placeholders, ``{type}`` tokens)."""

    dialect: Dialect

    @abstractmethod
    def execute(self, statement: str, params: Params = ()) -> None: ...

    @abstractmethod
    def executemany(self, statement: str, rows: Sequence[Params]) -> None: ...

    @abstractmethod
    def query(self, statement: str, params: Params = ()) -> list[dict[str, Any]]: ...

    @abstractmethod
    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """A write transaction: committed when the block ends, rolled back if it raises."""

    @abstractmethod
    def close(self) -> None: ...

    def scalar(self, statement: str, params: Params = ()) -> Any:
        rows = self.query(statement, params)
        return next(iter(rows[0].values())) if rows else None

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def describe_target(target: str | Path) -> str:
    """The database for messages, with any password masked."""
    text = str(target)
    if is_postgres_url(text) and "@" in text:
        scheme, rest = text.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in creds else text
    return text


def open_database(target: str | Path) -> Database:
    """Connect to ``target`` (PostgreSQL URL, sqlite:/// URL or file path); errors say which and why."""
    text = str(target)
    if is_postgres_url(text):
        from .postgres_backend import PostgresDatabase

        return PostgresDatabase(text)
    if text.startswith("sqlite:"):  # SQLAlchemy's form: sqlite:///relative.db, sqlite:////absolute.db
        if not text.startswith("sqlite:///") or len(text) == len("sqlite:///"):
            raise DatabaseUrlError(f"SQLite URL {text!r} must look like sqlite:///file.sqlite or sqlite:////abs/path")
        text = text[len("sqlite:///"):]
    elif "://" in text:
        raise DatabaseUrlError(
            f"unsupported database URL {describe_target(text)!r}: use postgresql://... or a file path"
        )
    from .sqlite_backend import SqliteDatabase

    return SqliteDatabase(Path(text).expanduser())


@contextlib.contextmanager
def opened(target: str | Path) -> Iterator[Database]:
    db = open_database(target)
    try:
        yield db
    finally:
        db.close()
