"""The storage sink's consumer group belongs to its database, so a new database gets the whole history.

Kafka keeps committed offsets per consumer group. With one group for every
database, a second database on the same topics starts where the first one
stopped and silently misses everything before. So each database records its
own group (``diplo_settings``) the first time ``diplo store`` fills it: a new
database gets a new group and reads the topics from the beginning; the same
database resumes where it stopped. Databases filled before this existed keep
the old shared name ``<app id>-store``.
"""

from __future__ import annotations

import datetime as dt
import uuid

from .database import Database
from .writer import upsert_sql

__all__ = ["GROUP_SETTING", "recorded_group", "store_group"]

GROUP_SETTING = "store.consumer_group"


def recorded_group(db: Database) -> str | None:
    """The consumer group recorded in ``db``, if any."""
    rows = db.query("SELECT value FROM diplo_settings WHERE name = ?", (GROUP_SETTING,))
    return rows[0]["value"] if rows else None


def _has_data(db: Database) -> bool:
    return bool(db.query("SELECT 1 AS x FROM events LIMIT 1") or db.query("SELECT 1 AS x FROM articles LIMIT 1"))


def store_group(db: Database, app_id: str, explicit: str | None = None) -> str:
    """The group to consume with: ``explicit`` if given, else the database's own (recorded on first use)."""
    if explicit:
        return explicit
    found = recorded_group(db)
    if found:
        return found
    group = f"{app_id}-store" if _has_data(db) else f"{app_id}-store-{uuid.uuid4().hex[:12]}"
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    with db.transaction():
        db.execute(upsert_sql("diplo_settings", ("name", "value", "set_at"), ["name"]), (GROUP_SETTING, group, now))
    return group
