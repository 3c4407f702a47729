"""One rule for partial dates ("2019", "2019-05") in subscriptions, queries and stats: a range matches what it overlaps.

A date names the span of days it covers ("2021" is 2021-01-01 to 2021-12-31);
an event matches ``since``/``until`` (``date_from``/``date_to``) when its span
and the range's span share at least one day. The storage queries apply the
same rule in SQL (streams/storage/queries.py); a test checks both agree.
"""

from __future__ import annotations

import calendar
import re

__all__ = ["date_span", "overlaps", "is_partial_date"]

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def is_partial_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD."""
    return bool(_DATE.match(text))


def date_span(date: str) -> tuple[str, str]:
    """First and last day of an ISO date, month or year, as YYYY-MM-DD; ValueError for anything else."""
    date = date[:10]
    if not _DATE.match(date):
        raise ValueError(f"not an ISO date: {date!r}")
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{date}-01", f"{date}-{last:02d}"
    return date, date


def overlaps(when: str, since: str | None, until: str | None) -> bool:
    """True when the days of ``when`` and of [since, until] (either may be open) share at least one."""
    first, last = date_span(when)
    if since and last < date_span(since)[0]:
        return False
    return not (until and first > date_span(until)[1])
