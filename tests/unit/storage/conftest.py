"""Storage unit tests run on a fresh SQLite file per test; the PostgreSQL module reruns them on a server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from diplo.streams.storage import Database, open_store


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    database = open_store(tmp_path / "diplo.sqlite")
    try:
        yield database
    finally:
        database.close()
