"""Query filters return exactly the expected seed events; run on SQLite here and on PostgreSQL in integration."""

from __future__ import annotations

import pytest

from diplo.streams.storage import Batch, EventFilter, StorageError, count_events, event_stats, find_events, write_batch

from .support import seed_events


@pytest.fixture
def seeded(db):
    events = seed_events()
    write_batch(db, Batch(events=events))
    return db, [e["event_id"] for e in events]


CASES = [
    (EventFilter(), [0, 1, 2, 3, 4, 5]),
    (EventFilter(countries=("IRN",)), [1]),
    (EventFilter(countries=("aze",)), [0, 1, 2, 3, 4, 5]),
    (EventFilter(dyad=("AZE", "RUS")), [2, 3, 4]),
    (EventFilter(roles=("MIL",)), [3, 4, 5]),
    (EventFilter(roles=("DIP",)), [0]),
    (EventFilter(cameo_prefixes=("04",)), [1, 3, 4]),
    (EventFilter(cameo_prefixes=("042", "061")), [2, 3]),
    (EventFilter(plover_types=("CONSULT",)), [1, 3, 4]),
    (EventFilter(plover_types=("cooperate",)), [2, 5]),
    (EventFilter(quad_classes=(2,)), [2]),
    (EventFilter(modalities=("PLANNED",)), [1]),
    (EventFilter(since="2019-05-01", until="2019-05-10"), [1, 3, 4]),  # partial dates overlap: "2019" is in
    (EventFilter(since="2019-05-14"), [0, 1, 5]),
    (EventFilter(until="2019-03"), [1, 2]),
    (EventFilter(text="ANAPA"), [3]),
    (EventFilter(text="shoigu"), [4, 5]),
    (EventFilter(text="100%"), []),
    (EventFilter(countries=("RUS",), quad_classes=(1,), modalities=("ASSERTED",)), [0, 3, 4]),
    (EventFilter(article_ids=("other",)), []),
]


@pytest.mark.parametrize("flt,expected", CASES, ids=[str(i) for i in range(len(CASES))])
def test_filters_return_exactly_the_expected_events(seeded, flt, expected):
    db, ids = seeded
    found = find_events(db, flt)
    assert sorted(r["event_id"] for r in found) == sorted(ids[i] for i in expected)
    assert count_events(db, flt) == len(expected)


def test_rows_carry_the_record_and_cluster_counts(seeded):
    db, _ = seeded
    events = {e["event_id"]: e for e in seed_events()}
    for row in find_events(db):
        assert row["record"] == events[row["event_id"]]
        assert (row["num_mentions"], row["num_articles"]) == (1, 1)


def test_sort_and_limit(seeded):
    db, ids = seeded
    assert [r["event_id"] for r in find_events(db, sort="goldstein", descending=True, limit=2)] == [ids[5], ids[1]]
    by_date = [r["event_day"] for r in find_events(db, sort="date")]
    assert by_date == sorted(by_date)


def test_unknown_sort_key_is_an_error(seeded):
    db, _ = seeded
    with pytest.raises(StorageError, match="cannot sort by 'size'"):
        find_events(db, sort="size")


def test_stats_by_dyad_root_and_day(seeded):
    db, _ = seeded
    dyads = {r["dyad"]: (r["events"], r["articles"], r["clusters"]) for r in event_stats(db, "dyad")}
    assert dyads == {"AZE-RUS": (3, 1, 3), "RUS-AZE": (3, 1, 3)}
    roots = {r["root"]: r["events"] for r in event_stats(db, "root")}
    assert roots == {"01": 1, "04": 3, "05": 1, "06": 1}
    days = {r["day"]: r["events"] for r in event_stats(db, "day", EventFilter(countries=("IRN",)))}
    assert days == {"2019 (year only)": 1}  # issue 14: a year-only date is a labelled bucket
