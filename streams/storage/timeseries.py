"""Counts over time: day, ISO week or month buckets in time order, partial dates in labelled buckets of their own.

An event the text dates only to a month ("in May") cannot be put on a day or in
a week; counting it under the month's first day would invent a spike. It goes to
"2019-05 (month only)", sorted after the month's last day, and likewise a
year-only date to "2019 (year only)". By month, a month-only date is exact and
joins its month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from .database import Database
from .queries import EventFilter, where_clause

__all__ = ["TIME_KEYS", "Bucket", "bucket_of", "event_series"]

TIME_KEYS = ("day", "week", "month")


@dataclass(frozen=True, order=True)
class Bucket:
    """A time bucket; sorts by its last day, then coarser after finer (a month-only bucket after its days)."""

    end: dt.date
    span: int
    label: str
    dated_to: str  # every event in it is dated at least this precisely: day, month, year or none


_UNDATED = Bucket(dt.date.max, 0, "undated", "none")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def bucket_of(day: str | None, by: str) -> Bucket:
    """The bucket of an event's day (YYYY-MM-DD, YYYY-MM or YYYY) when counting ``by`` day, week or month."""
    if not day:
        return _UNDATED
    try:
        year = int(day[:4])
        if len(day) >= 10:
            date = dt.date.fromisoformat(day[:10])
            if by == "day":
                return Bucket(date, 1, date.isoformat(), "day")
            if by == "week":
                iso = date.isocalendar()
                sunday = date + dt.timedelta(days=7 - iso.weekday)
                return Bucket(sunday, 7, f"{iso.year}-W{iso.week:02d}", "day")
            return Bucket(_month_end(date.year, date.month), 31, f"{date.year:04d}-{date.month:02d}", "month")
        if len(day) >= 7:
            month = int(day[5:7])
            label = f"{year:04d}-{month:02d}"
            if by == "month":
                return Bucket(_month_end(year, month), 31, label, "month")
            return Bucket(_month_end(year, month), 32, f"{label} (month only)", "month")
        return Bucket(dt.date(year, 12, 31), 366, f"{year:04d} (year only)", "year")
    except ValueError:
        return _UNDATED


def event_series(db: Database, by: str, f: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """Events, distinct articles and distinct clusters per time bucket, in time order."""
    if by not in TIME_KEYS:
        raise ValueError(f"cannot count over time by {by!r}; choose one of {', '.join(TIME_KEYS)}")
    where, params = where_clause(f)
    rows = db.query(f"SELECT e.event_day, e.article_id, e.cluster_id FROM events e {where}", params)
    groups: dict[Bucket, tuple[int, set[str], set[int]]] = {}
    for row in rows:
        bucket = bucket_of(row["event_day"], by)
        count, articles, clusters = groups.get(bucket, (0, set(), set()))
        articles.add(row["article_id"])
        clusters.add(int(row["cluster_id"]))
        groups[bucket] = (count + 1, articles, clusters)
    return [{by: b.label, "dated_to": b.dated_to, "events": n, "articles": len(a), "clusters": len(c)}
            for b, (n, a, c) in sorted(groups.items())]
