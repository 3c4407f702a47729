"""PostgreSQL through psycopg 3: autocommit connection, explicit transactions, dict rows."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg.rows import dict_row

from .database import Database, Params, describe_target
from .dialect import POSTGRES
from .errors import StorageError, driver_error, first_line

__all__ = ["PostgresDatabase"]

CONNECT_TIMEOUT_S = 10
_RETRY_SQLSTATES = {"40001", "40P01", "55P03", "57P01", "57P02", "57P03"}  # serialization, deadlock, lock, shutdown


def translate(exc: psycopg.Error, target: str = "") -> StorageError:
    """The project's error for a psycopg error: lost connections and conflicts are worth retrying."""
    transient = isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)) or exc.sqlstate in _RETRY_SQLSTATES
    where = f" at {target}" if target else ""
    return driver_error(first_line(exc), "PostgreSQL", f"PostgreSQL unavailable{where}", transient,
                        rejected=isinstance(exc, (psycopg.DataError, psycopg.IntegrityError)))


class PostgresDatabase(Database):
    """One psycopg connection; ``transaction()`` is psycopg's own transaction block."""

    dialect = POSTGRES

    def __init__(self, url: str):
        self.display = describe_target(url)
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as exc:
            raise translate(exc, self.display) from None

    def execute(self, statement: str, params: Params = ()) -> None:
        try:
            self._conn.execute(self.dialect.sql(statement), tuple(params) or None)
        except psycopg.Error as exc:
            raise translate(exc, self.display) from None

    def executemany(self, statement: str, rows: Sequence[Params]) -> None:
        if not rows:
            return
        try:
            with self._conn.cursor() as cur:
                cur.executemany(self.dialect.sql(statement), [tuple(r) for r in rows])
        except psycopg.Error as exc:
            raise translate(exc, self.display) from None

    def query(self, statement: str, params: Params = ()) -> list[dict[str, Any]]:
        try:
            return list(self._conn.execute(self.dialect.sql(statement), tuple(params) or None).fetchall())
        except psycopg.Error as exc:
            raise translate(exc, self.display) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            with self._conn.transaction():
                yield
        except psycopg.Error as exc:  # raised by COMMIT itself
            raise translate(exc, self.display) from None

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self._conn.close()
