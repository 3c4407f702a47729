"""Resolve a date expression ("last week", "on Tuesday", "in August of this year") against published_at.

Returns an ISO date, a partial date ("2019-05", "2019") or None. The
precision is the expression's: a weekday gives a day, "last month" a month,
"next year" a year, a month range ("January-March of 2019") the year. Small
and deterministic, no parser library needed for news-style expressions.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["resolve_date", "parse_published"]

_MONTHS = {
    m: n for n, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")], start=1)
    for m in names
}
_WEEKDAYS = {d: n for n, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_WORD = re.compile(r"[a-z]+|\d+")


def parse_published(published_at: str | None) -> dt.date | None:
    if not published_at:
        return None
    try:
        return dt.date.fromisoformat(published_at[:10])
    except ValueError:
        return None


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def resolve_date(text: str, published: dt.date | None, future: bool = False) -> str | None:
    """The date ``text`` denotes relative to ``published`` (``future``: the event lies ahead)."""
    low = text.lower().replace("’", "'")
    words = _WORD.findall(low)
    years = [int(w) for w in words if len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    days = [int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31]
    if published is None:
        if years and len(months) == 1:
            return f"{years[0]:04d}-{months[0]:02d}"
        return f"{years[0]:04d}" if years else None
    y, m = published.year, published.month
    if years:
        if len(months) == 1 and len(set(words) & set(_MONTHS)) == 1:
            if days:
                return _safe_date(years[0], months[0], days[0])
            return f"{years[0]:04d}-{months[0]:02d}"
        return f"{years[0]:04d}"
    if "today" in words or "tonight" in words or ("this" in words and ("morning" in words or "evening" in words)):
        return published.isoformat()
    if "yesterday" in words:
        return (published - dt.timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (published + dt.timedelta(days=1)).isoformat()
    rel = "last" if ("last" in words or "past" in words or "previous" in words) else \
        "next" if ("next" in words or "coming" in words) else "this" if "this" in words else None
    if "week" in words and rel:
        shift = {"last": -7, "next": 7, "this": 0}[rel]
        day = published + dt.timedelta(days=shift)
        return f"{day.year:04d}-{day.month:02d}"
    if "month" in words and rel:
        yy, mm = _month_shift(y, m, {"last": -1, "next": 1, "this": 0}[rel])
        return f"{yy:04d}-{mm:02d}"
    if "year" in words and rel:
        yy = y + {"last": -1, "next": 1, "this": 0}[rel]
        if len(months) == 1:
            return f"{yy:04d}-{months[0]:02d}"
        return f"{yy:04d}"
    if len(months) == 1:
        mm = months[0]
        yy = y
        if future and mm < m:
            yy += 1
        elif not future and mm > m:
            yy -= 1
        if days:
            return _safe_date(yy, mm, days[0])
        return f"{yy:04d}-{mm:02d}"
    if len(months) > 1:
        return f"{y:04d}"
    weekday = next((_WEEKDAYS[w] for w in words if w in _WEEKDAYS), None)
    if weekday is not None:
        delta = (weekday - published.weekday()) % 7
        day = published + dt.timedelta(days=delta) if future else published - dt.timedelta(days=(-delta) % 7)
        if "since" in words:
            return f"{day.year:04d}-{day.month:02d}"
        return day.isoformat()
    return None


def _safe_date(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return f"{y:04d}-{m:02d}"
