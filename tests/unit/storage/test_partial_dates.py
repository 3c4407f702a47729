"""One rule for partial dates across query, stats and subscriptions: a range matches what it overlaps."""

from __future__ import annotations

import pytest

from diplo.processors.alert_rules import match
from diplo.processors.alert_validation import validate_subscription
from diplo.processors.partial_dates import overlaps
from diplo.streams.storage import Batch, EventFilter, event_stats, find_events, write_batch

from .support import AZE, RUS, make_event

DAYS = ["2020", "2020-12-31", "2021", "2021-05", "2021-05-31", "2021-06", "2021-06-01", "2021-06-30", "2021-07",
        "2022", "2022-05", "2022-05-31", "2022-06", "2022-06-01", "2023"]
RANGES = [
    ("2021-06", "2022-05"),  # the issue's example: "2021" and "2022" both overlap
    ("2021-06-01", None), (None, "2022-05-31"), ("2021", "2021"), ("2021-06-15", "2021-06-15"),
    ("2022-06", None), (None, "2020"), ("2020-12-31", "2021-01-01"),
]


@pytest.fixture
def dated(db):
    events = [make_event("dates", n, AZE, RUS, "042", "Make a visit", event_date=day, published_at="2030-01-01")
              for n, day in enumerate(DAYS)]
    write_batch(db, Batch(events=events))
    return db, {e["event_id"]: e["event_date"] for e in events}


@pytest.mark.parametrize("since, until", RANGES)
def test_query_stats_and_subscriptions_agree_on_partial_dates(dated, since: str | None, until: str | None) -> None:
    db, days = dated
    wanted = sorted(d for d in DAYS if overlaps(d, since, until))
    stored = sorted(days[r["event_id"]] for r in find_events(db, EventFilter(since=since, until=until), limit=None))
    assert stored == wanted, f"query --since {since} --until {until}"
    [row] = event_stats(db, "root", EventFilter(since=since, until=until)) or [{"events": 0}]
    assert row["events"] == len(wanted), "stats counts differ from the query"
    sub = validate_subscription({"id": "s", "name": "s", "filter": {"date_from": since, "date_to": until}},
                                created_at="2026-01-01T00:00:00Z")
    events = [make_event("dates", n, AZE, RUS, "042", "Make a visit", event_date=day) for n, day in enumerate(DAYS)]
    assert sorted(e["event_date"] for e in events if match(sub["filter"], e) is not None) == wanted


def test_the_issue_example_keeps_both_partial_years() -> None:
    assert overlaps("2021", "2021-06", "2022-05") and overlaps("2022", "2021-06", "2022-05")
    assert not overlaps("2021-05", "2021-06", "2022-05") and not overlaps("2022-06", "2021-06", "2022-05")
