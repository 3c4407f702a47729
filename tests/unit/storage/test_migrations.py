"""The schema is created and migrated by the tool, recorded in a version table, and never downgraded."""

from __future__ import annotations

import pytest

from diplo.streams.storage import MIGRATIONS, SchemaVersionError, migrate, open_store, schema_version
from diplo.streams.storage.migrations import VERSION_TABLE, Migration


def test_fresh_database_is_at_the_latest_version(db):
    assert schema_version(db) == MIGRATIONS[-1].version
    rows = db.query(f"SELECT version, name FROM {VERSION_TABLE} ORDER BY version")
    assert [r["version"] for r in rows] == [m.version for m in MIGRATIONS]


def test_migrating_again_applies_nothing(db):
    assert migrate(db) == []


def test_a_new_migration_is_applied_once(db):
    extra = MIGRATIONS + (
        Migration(MIGRATIONS[-1].version + 1, "test column", ("ALTER TABLE events ADD COLUMN note TEXT",)),
    )
    assert migrate(db, extra) == [extra[-1].version]
    assert migrate(db, extra) == []
    db.execute("UPDATE events SET note = ?", ["x"])  # the column exists


def test_database_newer_than_the_code_is_refused(db):
    db.execute(f"INSERT INTO {VERSION_TABLE} (version, name, applied_at) VALUES (?, ?, ?)", [99, "future", "now"])
    with pytest.raises(SchemaVersionError, match="schema version 99, newer than this diplo"):
        migrate(db)


def test_indexes_exist_for_country_root_date_and_article(tmp_path):
    db = open_store(tmp_path / "x.sqlite")
    try:
        names = {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        db.close()
    assert {"ix_events_source_country", "ix_events_cameo_root", "ix_events_event_day", "ix_events_article"} <= names
