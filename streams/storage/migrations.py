"""The schema as an ordered registry of migrations, applied by the tool itself and recorded in a version table.

Each migration is a tuple of dialect-neutral statements (``{real}``,
``{bigint}`` tokens); ``migrate`` applies the missing ones in one transaction,
so a half-applied schema never exists. Never edit a released migration: add
the next one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .database import Database
from .errors import SchemaVersionError

__all__ = ["Migration", "MIGRATIONS", "VERSION_TABLE", "migrate", "schema_version"]

VERSION_TABLE = "diplo_schema_version"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


_V1_TABLES = (
    # one row per DiplomaticEvent record (event_id), flattened for filters; record_json keeps it whole
    """CREATE TABLE events (
        event_id TEXT PRIMARY KEY,
        cluster_id {bigint} NOT NULL,
        article_id TEXT NOT NULL,
        published_at TEXT,
        sentence TEXT NOT NULL,
        source_name TEXT NOT NULL,
        source_code TEXT NOT NULL,
        source_country TEXT,
        source_role TEXT,
        target_name TEXT,
        target_code TEXT,
        target_country TEXT,
        target_role TEXT,
        cameo_code TEXT NOT NULL,
        cameo_root TEXT NOT NULL,
        cameo_name TEXT NOT NULL,
        quad_class {int} NOT NULL,
        goldstein {real} NOT NULL,
        plover_type TEXT,
        modality TEXT NOT NULL,
        event_date TEXT,
        event_day TEXT,
        date_text TEXT,
        location_name TEXT,
        location_country TEXT,
        location_lat {real},
        location_lon {real},
        amount_text TEXT,
        amount_value {real},
        amount_currency TEXT,
        trigger_text TEXT NOT NULL,
        confidence {real} NOT NULL,
        extractor_version TEXT NOT NULL,
        record_json TEXT NOT NULL,
        stored_at TEXT NOT NULL
    )""",
    # every party of an event (source and target included), in record order
    """CREATE TABLE participants (
        event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
        position {int} NOT NULL,
        name TEXT NOT NULL,
        code TEXT NOT NULL,
        country TEXT,
        role TEXT,
        entity_type TEXT,
        PRIMARY KEY (event_id, position)
    )""",
    # GDELT-style event: same source country, target country, CAMEO code and date = one row
    """CREATE TABLE event_clusters (
        cluster_id {bigint} PRIMARY KEY,
        source_country TEXT,
        target_country TEXT,
        cameo_code TEXT NOT NULL,
        event_day TEXT,
        num_mentions {int} NOT NULL DEFAULT 0,
        num_articles {int} NOT NULL DEFAULT 0,
        first_seen TEXT,
        last_seen TEXT,
        rep_event_id TEXT,
        added_at TEXT NOT NULL
    )""",
    # links every event record (and so every article) to its cluster, like GDELT's mentions table
    """CREATE TABLE mentions (
        event_id TEXT PRIMARY KEY REFERENCES events (event_id) ON DELETE CASCADE,
        cluster_id {bigint} NOT NULL,
        article_id TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        confidence {real} NOT NULL
    )""",
    """CREATE TABLE articles (
        article_id TEXT PRIMARY KEY,
        published_at TEXT,
        num_entities {int} NOT NULL,
        stored_at TEXT NOT NULL
    )""",
    """CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
        position {int} NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        start_char {int} NOT NULL,
        end_char {int} NOT NULL,
        canonical TEXT,
        country TEXT,
        PRIMARY KEY (article_id, position)
    )""",
    """CREATE TABLE alerts (
        alert_id TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        matched_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        window_event_ids TEXT NOT NULL,
        record_json TEXT NOT NULL,
        stored_at TEXT NOT NULL
    )""",
)

_V2_INDEXES = (
    "CREATE INDEX ix_events_source_country ON events (source_country)",
    "CREATE INDEX ix_events_target_country ON events (target_country)",
    "CREATE INDEX ix_events_cameo_root ON events (cameo_root)",
    "CREATE INDEX ix_events_event_day ON events (event_day)",
    "CREATE INDEX ix_events_article ON events (article_id)",
    "CREATE INDEX ix_events_cluster ON events (cluster_id)",
    "CREATE INDEX ix_participants_country ON participants (country)",
    "CREATE INDEX ix_mentions_cluster ON mentions (cluster_id)",
    "CREATE INDEX ix_mentions_article ON mentions (article_id)",
    "CREATE INDEX ix_clusters_day ON event_clusters (event_day)",
    "CREATE INDEX ix_entities_country ON entities (country)",
    "CREATE INDEX ix_alerts_subscription ON alerts (subscription_id)",
)

# facts about the database itself, e.g. the consumer group that fills it (see sink_group.py)
_V3_SETTINGS = (
    "CREATE TABLE diplo_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL, set_at TEXT NOT NULL)",
)
# the article's URL (DiplomaticEvent.url, schema v2) as a column for CSV and GDELT's SOURCEURL
_V4_URL = ("ALTER TABLE events ADD COLUMN url TEXT",)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "events, participants, clusters, mentions, articles, entities, alerts", _V1_TABLES),
    Migration(2, "indexes for country, CAMEO root, date, article and cluster", _V2_INDEXES),
    Migration(3, "diplo_settings: the store's own consumer group", _V3_SETTINGS),
    Migration(4, "events.url: the article's URL", _V4_URL),
)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def schema_version(db: Database) -> int:
    """The highest applied migration, 0 for an empty database."""
    db.execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version {{int}} PRIMARY KEY, name TEXT NOT NULL, "
               "applied_at TEXT NOT NULL)")
    return int(db.scalar(f"SELECT COALESCE(MAX(version), 0) AS v FROM {VERSION_TABLE}") or 0)


def migrate(db: Database, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
    """Apply the missing migrations in one transaction; returns the versions applied."""
    latest = migrations[-1].version if migrations else 0
    with db.transaction():
        if db.dialect.migration_lock:
            db.execute(db.dialect.migration_lock)
        current = schema_version(db)
        if current > latest:
            raise SchemaVersionError(
                f"the database is at schema version {current}, newer than this diplo (which knows up to {latest})")
        applied = []
        for migration in migrations:
            if migration.version <= current:
                continue
            for statement in migration.statements:
                db.execute(statement)
            db.execute(f"INSERT INTO {VERSION_TABLE} (version, name, applied_at) VALUES (?, ?, ?)",
                       (migration.version, migration.name, _now()))
            applied.append(migration.version)
        return applied
