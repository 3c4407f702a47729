"""What the plots draw, read from the store with the query filters: no matplotlib here, so tests can check it."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from diplo.streams.storage.database import Database
from diplo.streams.storage.queries import EventFilter, where_clause
from diplo.streams.storage.timeseries import Bucket, bucket_of

__all__ = ["TimeCounts", "DyadSeries", "CountrySeries", "time_counts", "dyad_timeline", "country_counts"]

_NOT_DRAWN = {"month": "dated only to a month", "year": "dated only to a year", "none": "undated"}
QUAD_NAMES = {1: "1 verbal cooperation", 2: "2 material cooperation", 3: "3 verbal conflict", 4: "4 material conflict"}


@dataclass(frozen=True)
class TimeCounts:
    """Events per time bucket and group (quad class or CAMEO root); partial dates are counted, not drawn."""

    period: str
    group_by: str
    buckets: list[str]  # bucket labels in time order, each dated at least to the period
    groups: list[str]
    counts: dict[str, list[int]]  # group -> count per bucket
    not_drawn: dict[str, int] = field(default_factory=dict)  # "dated only to a month" / ... -> events


@dataclass(frozen=True)
class DyadSeries:
    """Every day-dated event of a directed dyad, both directions, with its Goldstein value."""

    source: str
    target: str
    points: dict[str, list[tuple[dt.date, float]]]  # "A->B" / "B->A" -> (day, goldstein), by day
    not_drawn: int  # events of the dyad dated only to a month or a year


@dataclass(frozen=True)
class CountrySeries:
    """Events each country takes part in (as source, target or participant), largest first."""

    countries: list[str]
    events: list[int]


def _label(value: Any, group_by: str) -> str:
    return QUAD_NAMES.get(int(value), str(value)) if group_by == "quad" else str(value)


def time_counts(db: Database, period: str, group_by: str, f: EventFilter = EventFilter()) -> TimeCounts:
    """Counts per ``period`` (day, week, month) bucket and quad class or CAMEO root, in time order."""
    column = {"quad": "e.quad_class", "root": "e.cameo_root"}[group_by]
    where, params = where_clause(f)
    rows = db.query(f"SELECT e.event_day, {column} AS grp FROM events e {where}", params)
    per: dict[Any, Counter[str]] = defaultdict(Counter)
    not_drawn: Counter[str] = Counter()
    drawable = "month" if period == "month" else "day"
    for row in rows:
        bucket = bucket_of(row["event_day"], period)
        if bucket.dated_to != drawable:  # a month-only date has no day or week to stand on
            not_drawn[_NOT_DRAWN[bucket.dated_to]] += 1
            continue
        per[bucket][_label(row["grp"], group_by)] += 1
    buckets = _with_empty_periods(sorted(per), period)
    groups = sorted({g for counter in per.values() for g in counter})
    return TimeCounts(period, group_by, [b.label for b in buckets], groups,
                      {g: [per[b][g] for b in buckets] for g in groups}, dict(not_drawn))


_MAX_FILLED = 400  # periods: beyond this the axis keeps only the periods that have events


def _next_end(day: dt.date, period: str) -> dt.date:
    """The last day of the period after the one ending on ``day``."""
    if period in ("day", "week"):
        return day + dt.timedelta(days=1 if period == "day" else 7)
    first = day + dt.timedelta(days=1)
    return dt.date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])


def _with_empty_periods(buckets: list[Bucket], period: str) -> list[Bucket]:
    """``buckets`` plus the empty periods between them, so bar spacing is time, not just order."""
    if len(buckets) < 2:
        return buckets
    days = [buckets[0].end]
    while days[-1] < buckets[-1].end:
        if len(days) > _MAX_FILLED:
            return buckets
        days.append(_next_end(days[-1], period))
    return [bucket_of(d.isoformat(), period) for d in days]


def dyad_timeline(db: Database, source: str, target: str, f: EventFilter = EventFilter()) -> DyadSeries:
    """The day-dated events of ``source``->``target`` and back, each at its day with its Goldstein value."""
    points: dict[str, list[tuple[dt.date, float]]] = {f"{source}->{target}": [], f"{target}->{source}": []}
    not_drawn = 0
    for a, b in ((source, target), (target, source)):
        where, params = where_clause(EventFilter(**{**f.__dict__, "dyad": (a, b)}))
        for row in db.query(f"SELECT e.event_day, e.goldstein FROM events e {where} ORDER BY e.event_day, e.event_id",
                            params):
            day = row["event_day"]
            if day and len(day) >= 10:
                points[f"{a}->{b}"].append((dt.date.fromisoformat(day[:10]), float(row["goldstein"])))
            else:
                not_drawn += 1
    return DyadSeries(source, target, points, not_drawn)


def country_counts(db: Database, f: EventFilter = EventFilter(), top: int = 20) -> CountrySeries:
    """The ``top`` countries by number of events they take part in."""
    where, params = where_clause(f)
    rows = db.query(
        "SELECT country, COUNT(DISTINCT event_id) AS n FROM ("
        f"SELECT e.event_id, e.source_country AS country FROM events e {where} "
        f"UNION SELECT e.event_id, e.target_country FROM events e {where} "
        f"UNION SELECT e.event_id, p.country FROM events e JOIN participants p ON p.event_id = e.event_id {where}"
        ") parties WHERE country IS NOT NULL GROUP BY country ORDER BY n DESC, country LIMIT ?",
        [*params, *params, *params, top])
    return CountrySeries([r["country"] for r in rows], [int(r["n"]) for r in rows])
