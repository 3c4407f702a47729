"""Choosing the engine from a URL or path, dialect spelling, and error translation."""

from __future__ import annotations

import sqlite3

import pytest

from diplo.streams.storage import DatabaseUrlError, StorageUnavailableError, describe_target, open_database
from diplo.streams.storage.dialect import POSTGRES, SQLITE, like_pattern
from diplo.streams.storage.sqlite_backend import SqliteDatabase, translate


def test_plain_path_and_sqlite_urls_open_sqlite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for target, expected in [(str(tmp_path / "a.sqlite"), tmp_path / "a.sqlite"),
                             (f"sqlite:///{tmp_path}/b.sqlite", tmp_path / "b.sqlite"),
                             ("sqlite:///rel.sqlite", tmp_path / "rel.sqlite")]:
        db = open_database(target)
        try:
            assert isinstance(db, SqliteDatabase)
            assert db.path.resolve() == expected
        finally:
            db.close()


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite:/x", "sqlite:///"])
def test_unsupported_urls_are_refused_in_one_line(url):
    with pytest.raises(DatabaseUrlError) as info:
        open_database(url)
    assert "\n" not in str(info.value)


def test_password_is_masked():
    assert describe_target("postgresql://u:secret@h:5432/db") == "postgresql://u:***@h:5432/db"
    assert describe_target("/tmp/x.sqlite") == "/tmp/x.sqlite"


def test_dialects_spell_placeholders_and_types():
    statement = "CREATE TABLE t (a {real}, b {bigint}); SELECT ? FROM t WHERE x = ?"
    assert SQLITE.sql(statement) == "CREATE TABLE t (a REAL, b INTEGER); SELECT ? FROM t WHERE x = ?"
    assert POSTGRES.sql(statement) == "CREATE TABLE t (a DOUBLE PRECISION, b BIGINT); SELECT %s FROM t WHERE x = %s"


def test_like_patterns_are_literal():
    assert like_pattern("04", prefix=True) == "04%"
    assert like_pattern("100%_!") == "%100!%!_!!%"


def test_locked_sqlite_is_a_retriable_outage(tmp_path):
    assert isinstance(translate(sqlite3.OperationalError("database is locked")), StorageUnavailableError)
    blocker = sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None)
    blocker.execute("CREATE TABLE t (a)")
    blocker.execute("BEGIN EXCLUSIVE")
    blocked = SqliteDatabase(tmp_path / "y.sqlite", busy_timeout=0.05)
    blocked.close()
    try:
        with pytest.raises(StorageUnavailableError, match="locked"):
            SqliteDatabase(tmp_path / "x.sqlite", busy_timeout=0.05)  # WAL setup needs the lock too
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
