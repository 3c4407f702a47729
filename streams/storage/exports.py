"""Exports other tools read: an Avro object container file of DiplomaticEvent records, and GDELT TSV.

The Avro file embeds the DiplomaticEvent schema from schemas/ (the one the
topics use), so Apache's own Java avro-tools can read it back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from fastavro import writer as avro_writer

from diplo.processors.records import DiplomaticEvent
from diplo.streams.schema_store import load_store

from .database import Database
from .gdelt import EXTENDED_COLUMNS, GDELT_COLUMNS, format_tsv_row, gdelt_row
from .queries import EventFilter, find_events, where_clause

__all__ = ["export_avro", "export_gdelt", "iter_cluster_rows"]


def export_avro(db: Database, out: IO[bytes] | Path, f: EventFilter = EventFilter(), codec: str = "deflate",
                limit: int | None = None) -> int:
    """Write matching events to an Avro container file (schema embedded); returns the record count."""
    schema = load_store().get("DiplomaticEvent").parsed
    records = [row["record"] for row in find_events(db, f, sort="date", limit=limit)]
    if isinstance(out, Path):
        with out.open("wb") as handle:
            avro_writer(handle, schema, records, codec=codec)
    else:
        avro_writer(out, schema, records, codec=codec)
    return len(records)


def iter_cluster_rows(db: Database, f: EventFilter = EventFilter(),
                      limit: int | None = None) -> Iterator[tuple[dict[str, Any], DiplomaticEvent]]:
    """(cluster, representative event) for clusters with events matching ``f``, counted over those only.

    A cluster (same countries, CAMEO code and day) can hold reports of several
    modalities; counting only the matching ones keeps a planned visit from
    inflating the mentions of an asserted one, and the representative matches too.
    """
    where, params = where_clause(f)
    statement = (
        "SELECT c.cluster_id, c.event_day, m.num_mentions, m.num_articles, c.added_at, r.record_json "
        "FROM (SELECT e.cluster_id, MIN(e.event_id) AS rep_event_id, COUNT(*) AS num_mentions, "
        f"COUNT(DISTINCT e.article_id) AS num_articles FROM events e {where} GROUP BY e.cluster_id) m "
        "JOIN event_clusters c ON c.cluster_id = m.cluster_id JOIN events r ON r.event_id = m.rep_event_id "
        "ORDER BY CASE WHEN c.event_day IS NULL THEN 1 ELSE 0 END, c.event_day, c.cluster_id")
    if limit is not None:
        statement += " LIMIT ?"
        params.append(int(limit))
    for row in db.query(statement, params):
        yield row, DiplomaticEvent.from_dict(json.loads(row.pop("record_json")))


def export_gdelt(db: Database, out: IO[str], f: EventFilter = EventFilter(), header: bool = False,
                 limit: int | None = None, extended: bool = False) -> int:
    """Write GDELT 2.0 event-table rows (61 tab-separated columns, no header by default, as GDELT ships).

    ``extended`` appends diplo's columns (EXTENDED_COLUMNS: event date as written, its precision, the
    date SQLDATE holds, modality, article id) after the 61.
    """
    if header:
        columns = GDELT_COLUMNS + EXTENDED_COLUMNS if extended else GDELT_COLUMNS
        out.write("\t".join(columns) + "\n")
    count = 0
    for cluster, event in iter_cluster_rows(db, f, limit):
        out.write(format_tsv_row(gdelt_row(cluster, event), extended=extended))
        count += 1
    return count
