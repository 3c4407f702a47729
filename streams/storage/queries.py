"""Read side: one filter object turned into one WHERE clause, used by query, stats and both exports."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from diplo.processors.partial_dates import date_span

from .database import Database
from .dialect import like_pattern
from .errors import StorageError

__all__ = ["EventFilter", "SORT_KEYS", "GROUP_KEYS", "where_clause", "find_events", "count_events", "event_stats"]

# sort key -> ORDER BY expression; ties break on event_id so output order is stable
SORT_KEYS = {
    "date": "e.event_day",
    "published": "e.published_at",
    "goldstein": "e.goldstein",
    "confidence": "e.confidence",
    "mentions": "c.num_mentions",
    "articles": "c.num_articles",
    "cameo": "e.cameo_code",
}

# stats grouping -> (label expression, GROUP BY expressions); time buckets are in timeseries.py
GROUP_KEYS = {
    "dyad": ("COALESCE(e.source_country, '') || '-' || COALESCE(e.target_country, '')",  # RUS- = no target
             "e.source_country, e.target_country"),
    "root": ("e.cameo_root", "e.cameo_root"),
    "quad": ("e.quad_class", "e.quad_class"),
    "plover": ("COALESCE(e.plover_type, '-')", "e.plover_type"),
    "country": ("COALESCE(e.source_country, '-')", "e.source_country"),
}


@dataclass(frozen=True)
class EventFilter:
    """What to select; empty fields do not filter. Countries and roles match source, target or any participant."""

    countries: tuple[str, ...] = ()
    dyad: tuple[str, str] | None = None  # (source country, target country), directed
    roles: tuple[str, ...] = ()
    cameo_prefixes: tuple[str, ...] = ()
    plover_types: tuple[str, ...] = ()
    quad_classes: tuple[int, ...] = ()
    modalities: tuple[str, ...] = ()
    since: str | None = None  # inclusive, compared with the event's day (ISO text)
    until: str | None = None  # inclusive
    text: str | None = None  # case-insensitive substring of sentence, actor names or trigger
    article_ids: tuple[str, ...] = field(default=())


def _any_of(column: str, values: tuple[Any, ...], params: list[Any]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' for _ in values)})"


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """``WHERE ...`` over ``events e`` (empty when nothing filters) and its parameters."""
    parts: list[str] = []
    params: list[Any] = []
    if f.countries:
        countries = tuple(c.upper() for c in f.countries)
        inner: list[Any] = []
        parts.append(
            "(" + _any_of("e.source_country", countries, inner) + " OR " + _any_of("e.target_country", countries, inner)
            + " OR EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.event_id AND "
            + _any_of("p.country", countries, inner) + "))")
        params.extend(inner)
    if f.dyad:
        parts.append("e.source_country = ? AND e.target_country = ?")
        params.extend(c.upper() for c in f.dyad)
    if f.roles:
        roles = tuple(r.upper() for r in f.roles)
        inner = []
        parts.append(
            "(" + _any_of("e.source_role", roles, inner) + " OR " + _any_of("e.target_role", roles, inner)
            + " OR EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.event_id AND "
            + _any_of("p.role", roles, inner) + "))")
        params.extend(inner)
    if f.cameo_prefixes:
        parts.append("(" + " OR ".join("e.cameo_code LIKE ? ESCAPE '!'" for _ in f.cameo_prefixes) + ")")
        params.extend(like_pattern(p, prefix=True) for p in f.cameo_prefixes)
    if f.plover_types:
        parts.append(_any_of("e.plover_type", tuple(p.upper() for p in f.plover_types), params))
    if f.quad_classes:
        parts.append(_any_of("e.quad_class", tuple(int(q) for q in f.quad_classes), params))
    if f.modalities:
        parts.append(_any_of("e.modality", tuple(m.upper() for m in f.modalities), params))
    # partial dates overlap (processors/partial_dates.py): a day, month or year matches if it shares a day with
    # [since, until]. ISO prefixes sort like their first day, and "2021" ends on or after 2021-06-01 exactly
    # when it is not before the bound cut to the same precision ("2021" >= "2021").
    if f.since:
        parts.append("e.event_day >= SUBSTR(?, 1, LENGTH(e.event_day))")
        params.append(_span(f.since)[0])
    if f.until:
        parts.append("e.event_day <= ?")
        params.append(_span(f.until)[1])
    if f.text:
        pattern = like_pattern(f.text.lower())
        columns = ("e.sentence", "e.source_name", "e.target_name", "e.trigger_text")
        parts.append("(" + " OR ".join(f"LOWER({c}) LIKE ? ESCAPE '!'" for c in columns) + ")")
        params.extend(pattern for _ in columns)
    if f.article_ids:
        parts.append(_any_of("e.article_id", f.article_ids, params))
    return ("WHERE " + " AND ".join(parts)) if parts else "", params


def _span(date: str) -> tuple[str, str]:
    """First and last day of a query bound; StorageError (one line for the CLI) if it is not a date."""
    try:
        return date_span(date)
    except ValueError:
        raise StorageError(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD") from None


_SELECT = """SELECT e.*, c.num_mentions, c.num_articles, c.first_seen, c.last_seen
    FROM events e JOIN event_clusters c ON c.cluster_id = e.cluster_id """


def find_events(db: Database, f: EventFilter = EventFilter(), sort: str = "date", descending: bool = False,
                limit: int | None = None) -> list[dict[str, Any]]:
    """Matching events as flat rows plus ``record`` (the DiplomaticEvent) and their cluster's counts."""
    if sort not in SORT_KEYS:
        raise StorageError(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_KEYS)}")
    where, params = where_clause(f)
    direction = "DESC" if descending else "ASC"
    # NULLs last in either direction, spelled the same on both engines
    order = f"CASE WHEN {SORT_KEYS[sort]} IS NULL THEN 1 ELSE 0 END, {SORT_KEYS[sort]} {direction}, e.event_id"
    statement = f"{_SELECT}{where} ORDER BY {order}"
    if limit is not None:
        statement += " LIMIT ?"
        params.append(int(limit))
    rows = db.query(statement, params)
    for row in rows:
        row["record"] = json.loads(row.pop("record_json"))
    return rows


def count_events(db: Database, f: EventFilter = EventFilter()) -> int:
    where, params = where_clause(f)
    return int(db.scalar(f"SELECT COUNT(*) AS n FROM events e {where}", params) or 0)


def event_stats(
    db: Database, by: str, f: EventFilter = EventFilter(), limit: int | None = None
) -> list[dict[str, Any]]:
    """Counts per group: events (records), distinct articles and distinct GDELT-style clusters.

    Time keys (day, week, month) are time series in time order (``timeseries.event_series``).
    """
    from .timeseries import TIME_KEYS, event_series

    if by in TIME_KEYS:
        return event_series(db, by, f)[:limit]
    if by not in GROUP_KEYS:
        raise StorageError(f"cannot group by {by!r}; choose one of {', '.join(GROUP_KEYS)}")
    label, group = GROUP_KEYS[by]
    where, params = where_clause(f)
    statement = (f"SELECT {label} AS {by}, COUNT(*) AS events, COUNT(DISTINCT e.article_id) AS articles, "
                 f"COUNT(DISTINCT e.cluster_id) AS clusters FROM events e {where} GROUP BY {group} "
                 f"ORDER BY COUNT(*) DESC, {label}")
    if limit is not None:
        statement += " LIMIT ?"
        params.append(int(limit))
    return db.query(statement, params)
