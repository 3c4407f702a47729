"""The embedded default: a SQLite file through the standard library, one writer at a time."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .database import Database, Params
from .dialect import SQLITE
from .errors import StorageError, StorageUnavailableError, driver_error, first_line

__all__ = ["SqliteDatabase"]

BUSY_TIMEOUT_S = 5.0
_TRANSIENT = ("locked", "busy", "unable to open", "disk i/o", "readonly", "read-only", "disk is full")


def translate(exc: sqlite3.Error) -> StorageError:
    """The project's error for a sqlite3 error: busy/locked/unreachable files are worth retrying."""
    text = first_line(exc)
    transient = isinstance(exc, sqlite3.OperationalError) and any(word in text.lower() for word in _TRANSIENT)
    return driver_error(text, "SQLite", "SQLite database unavailable", transient,
                        rejected=isinstance(exc, (sqlite3.IntegrityError, sqlite3.DataError)))


class SqliteDatabase(Database):
    """SQLite in WAL mode, autocommit outside explicit ``BEGIN IMMEDIATE`` write transactions."""

    dialect = SQLITE

    def __init__(self, path: Path, busy_timeout: float = BUSY_TIMEOUT_S):
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None,
                                         check_same_thread=False)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
        except OSError as exc:
            raise StorageUnavailableError(f"cannot create the folder of SQLite file {path}: {exc.strerror}") from None
        except sqlite3.Error as exc:
            raise translate(exc) from None

    def execute(self, statement: str, params: Params = ()) -> None:
        try:
            self._conn.execute(self.dialect.sql(statement), tuple(params))
        except sqlite3.Error as exc:
            raise translate(exc) from None

    def executemany(self, statement: str, rows: Sequence[Params]) -> None:
        if not rows:
            return
        try:
            self._conn.executemany(self.dialect.sql(statement), [tuple(r) for r in rows])
        except sqlite3.Error as exc:
            raise translate(exc) from None

    def query(self, statement: str, params: Params = ()) -> list[dict[str, Any]]:
        try:
            return [dict(row) for row in self._conn.execute(self.dialect.sql(statement), tuple(params))]
        except sqlite3.Error as exc:
            raise translate(exc) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.execute(SQLITE.begin_write or "BEGIN")
        try:
            yield
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            raise translate(exc) from None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
