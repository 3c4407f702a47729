"""Open a store for the read commands (query, stats, export, plot) without ever creating one.

A mistyped ``--database`` must fail in one line; creating an empty file and
answering "0 stored event(s)" hides the mistake.
"""

from __future__ import annotations

from pathlib import Path

from .database import Database, describe_target, is_postgres_url, open_database
from .errors import StorageError
from .migrations import VERSION_TABLE, migrate

__all__ = ["NoDatabaseError", "open_for_reading"]


class NoDatabaseError(StorageError, code="no_database"): ...


def _sqlite_path(target: str) -> Path | None:
    if is_postgres_url(target):
        return None
    return Path(target[len("sqlite:///"):] if target.startswith("sqlite:///") else target).expanduser()


def open_for_reading(target: str | Path) -> Database:
    """Connect to an existing diplo database (migrating an older schema); NoDatabaseError if there is none."""
    text = str(target)
    path = _sqlite_path(text)
    if path is not None and not path.is_file():
        raise NoDatabaseError(f"no database at {path}: `diplo store --database {path}` creates and fills one")
    db = open_database(text)
    try:
        try:
            db.query(f"SELECT version FROM {VERSION_TABLE} WHERE version = 0")
        except StorageError:
            raise NoDatabaseError(f"{describe_target(text)} is not a diplo database (no {VERSION_TABLE} table); "
                                  "`diplo store` creates one") from None
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db
