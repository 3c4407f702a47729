"""Idempotent batch writes: upsert records by id, then recount the GDELT-style clusters they touch.

Counts are recomputed from the ``mentions`` table, never incremented, so
writing the same batch twice (a replay after a crash between the database
commit and the Kafka offset commit) leaves every row as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .database import Database
from .rows import (
    ALERT_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    PARTICIPANT_COLUMNS,
    alert_row,
    cluster_id,
    cluster_key,
    entity_rows,
    event_row,
    participant_rows,
)

__all__ = ["Batch", "write_batch", "upsert_sql"]


@dataclass
class Batch:
    """Decoded records of one consumer poll, by kind; ids may repeat (the last one wins)."""

    events: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.events) + len(self.entities) + len(self.alerts)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def upsert_sql(table: str, columns: Sequence[str], key: Sequence[str], keep: Sequence[str] = ()) -> str:
    """INSERT ... ON CONFLICT (key) DO UPDATE for every column but the key and ``keep`` (same SQL on both engines)."""
    marks = ", ".join("?" for _ in columns)
    updates = [c for c in columns if c not in key and c not in keep]
    action = "DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in updates) if updates else "DO NOTHING"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT ({', '.join(key)}) {action}"


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _in(n: int) -> str:
    return "(" + ", ".join("?" for _ in range(n)) + ")"


def _last_by(records: Iterable[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    unique: dict[str, dict[str, Any]] = {}
    for record in records:
        unique[record[key]] = record
    return list(unique.values())


def write_batch(db: Database, batch: Batch, now: str | None = None) -> None:
    """Write ``batch`` in one transaction; raises StorageError subclasses and leaves nothing half-written."""
    stored_at = now or _now()
    with db.transaction():
        _write_events(db, _last_by(batch.events, "event_id"), stored_at)
        _write_entities(db, _last_by(batch.entities, "article_id"), stored_at)
        _write_alerts(db, _last_by(batch.alerts, "alert_id"), stored_at)


_EVENT_UPSERT = upsert_sql("events", EVENT_COLUMNS, ["event_id"], keep=["stored_at"])
_PARTICIPANT_INSERT = upsert_sql("participants", PARTICIPANT_COLUMNS, ["event_id", "position"])
_MENTION_UPSERT = upsert_sql("mentions", ("event_id", "cluster_id", "article_id", "seen_at", "confidence"),
                             ["event_id"], keep=["seen_at"])
_CLUSTER_INSERT = upsert_sql("event_clusters",
                             ("cluster_id", "source_country", "target_country", "cameo_code", "event_day", "added_at"),
                             ["cluster_id"], keep=["source_country", "target_country", "cameo_code", "event_day",
                                                   "added_at"])
_RECOUNT = """UPDATE event_clusters SET
    num_mentions = (SELECT COUNT(*) FROM mentions m WHERE m.cluster_id = event_clusters.cluster_id),
    num_articles = (SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.cluster_id = event_clusters.cluster_id),
    first_seen = (SELECT MIN(m.seen_at) FROM mentions m WHERE m.cluster_id = event_clusters.cluster_id),
    last_seen = (SELECT MAX(m.seen_at) FROM mentions m WHERE m.cluster_id = event_clusters.cluster_id),
    rep_event_id = (SELECT MIN(m.event_id) FROM mentions m WHERE m.cluster_id = event_clusters.cluster_id)
    WHERE cluster_id IN """


def _write_events(db: Database, events: list[dict[str, Any]], stored_at: str) -> None:
    if not events:
        return
    size = db.dialect.max_params
    ids = [e["event_id"] for e in events]
    affected: set[int] = set()
    for chunk in _chunks(ids, size):  # an event re-coded into another cluster leaves its old one
        rows = db.query(f"SELECT cluster_id FROM mentions WHERE event_id IN {_in(len(chunk))}", chunk)
        affected.update(int(r["cluster_id"]) for r in rows)
    clusters: dict[int, tuple[Any, ...]] = {}
    for event in events:
        key = cluster_key(event)
        clusters[cluster_id(key)] = (cluster_id(key), key[0] or None, key[1] or None, key[2], key[3] or None, stored_at)
    affected.update(clusters)
    ordered = sorted(affected)  # one lock order for every writer: no deadlocks between sinks
    db.executemany(_CLUSTER_INSERT, [clusters[c] for c in sorted(clusters)])
    if db.dialect.row_lock:
        for chunk in _chunks(ordered, size):
            db.query(f"SELECT cluster_id FROM event_clusters WHERE cluster_id IN {_in(len(chunk))} "
                     f"ORDER BY cluster_id{db.dialect.row_lock}", chunk)
    db.executemany(_EVENT_UPSERT, [event_row(e, stored_at) for e in events])
    for chunk in _chunks(ids, size):
        db.execute(f"DELETE FROM participants WHERE event_id IN {_in(len(chunk))}", chunk)
    db.executemany(_PARTICIPANT_INSERT, [row for e in events for row in participant_rows(e)])
    db.executemany(_MENTION_UPSERT, [
        (e["event_id"], cluster_id(cluster_key(e)), e["article_id"], e.get("published_at") or stored_at,
         float(e["confidence"]))
        for e in events
    ])
    for chunk in _chunks(ordered, size):
        db.execute(_RECOUNT + _in(len(chunk)), chunk)
        db.execute(f"DELETE FROM event_clusters WHERE num_mentions = 0 AND cluster_id IN {_in(len(chunk))}", chunk)


def _write_entities(db: Database, articles: list[dict[str, Any]], stored_at: str) -> None:
    if not articles:
        return
    db.executemany(upsert_sql("articles", ("article_id", "published_at", "num_entities", "stored_at"),
                              ["article_id"], keep=["stored_at"]),
                   [(a["article_id"], a.get("published_at"), len(a.get("entities") or []), stored_at)
                    for a in articles])
    ids = [a["article_id"] for a in articles]
    for chunk in _chunks(ids, db.dialect.max_params):
        db.execute(f"DELETE FROM entities WHERE article_id IN {_in(len(chunk))}", chunk)
    db.executemany(upsert_sql("entities", ENTITY_COLUMNS, ["article_id", "position"]),
                   [row for a in articles for row in entity_rows(a)])


def _write_alerts(db: Database, alerts: list[dict[str, Any]], stored_at: str) -> None:
    if alerts:
        db.executemany(upsert_sql("alerts", ALERT_COLUMNS, ["alert_id"], keep=["stored_at"]),
                       [alert_row(a, stored_at) for a in alerts])
