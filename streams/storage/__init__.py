"""Storage sink: diplo's events, entities and alerts in SQLite (default) or PostgreSQL.

``open_store(target)`` connects and migrates; ``write_batch`` upserts;
``find_events`` / ``event_stats`` query; ``export_avro`` / ``export_gdelt``
write files other tools read. ``sink.run_sink`` is the Kafka consumer loop.
"""

from __future__ import annotations

from pathlib import Path

from .database import Database, describe_target, open_database
from .errors import (
    DatabaseUrlError,
    SchemaVersionError,
    StorageDataError,
    StorageError,
    StorageUnavailableError,
)
from .exports import export_avro, export_gdelt
from .migrations import MIGRATIONS, migrate, schema_version
from .queries import GROUP_KEYS, SORT_KEYS, EventFilter, count_events, event_stats, find_events
from .writer import Batch, write_batch

__all__ = [
    "Batch",
    "Database",
    "DatabaseUrlError",
    "EventFilter",
    "GROUP_KEYS",
    "MIGRATIONS",
    "SORT_KEYS",
    "SchemaVersionError",
    "StorageDataError",
    "StorageError",
    "StorageUnavailableError",
    "count_events",
    "describe_target",
    "event_stats",
    "export_avro",
    "export_gdelt",
    "find_events",
    "migrate",
    "open_database",
    "open_store",
    "schema_version",
    "store_target",
    "write_batch",
]


def store_target(database_url: str | None, sqlite_path: Path) -> str:
    """The database to use: the configured URL or path, else the default SQLite file."""
    return database_url or str(sqlite_path)


def open_store(target: str | Path) -> Database:
    """Connect to ``target`` and bring its schema up to date."""
    db = open_database(target)
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db
