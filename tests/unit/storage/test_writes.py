"""Idempotent writes and GDELT-style counting; run on SQLite here and on PostgreSQL in integration."""

from __future__ import annotations

from diplo.streams.storage import Batch, write_batch

from .support import AZE_DEF, RUS, make_alert, make_entities, make_event, seed_events, visit_reports


def _count(db, table: str) -> int:
    return int(db.scalar(f"SELECT COUNT(*) AS n FROM {table}"))


def test_seed_events_stored_twice_are_stored_once(db):
    events = seed_events()
    write_batch(db, Batch(events=events))
    before = db.query("SELECT * FROM event_clusters ORDER BY cluster_id")
    write_batch(db, Batch(events=events))  # a replay after a crash before the offset commit
    assert _count(db, "events") == len(events) == 6
    assert _count(db, "mentions") == 6
    assert _count(db, "participants") == sum(len(e["participants"]) for e in events)
    assert db.query("SELECT * FROM event_clusters ORDER BY cluster_id") == before
    stored = sorted(r["event_id"] for r in db.query("SELECT event_id FROM events"))
    assert stored == sorted(e["event_id"] for e in events)


def test_duplicates_inside_one_batch_count_once(db):
    events = seed_events()
    write_batch(db, Batch(events=events + events[:3]))
    assert _count(db, "events") == 6
    assert int(db.scalar("SELECT SUM(num_mentions) AS n FROM event_clusters")) == 6


def test_two_articles_reporting_the_same_visit_are_one_event_with_two_articles(db):
    first, second = visit_reports()
    write_batch(db, Batch(events=[first]))
    write_batch(db, Batch(events=[second]))
    rows = db.query("SELECT * FROM event_clusters")
    assert len(rows) == 1
    row = rows[0]
    assert (row["num_articles"], row["num_mentions"]) == (2, 2)
    assert (row["source_country"], row["target_country"], row["cameo_code"], row["event_day"]) == \
        ("AZE", "RUS", "042", "2019-05-07")
    assert (row["first_seen"], row["last_seen"]) == ("2019-05-07T09:00:00Z", "2019-05-08T12:30:00Z")
    assert row["rep_event_id"] == min(first["event_id"], second["event_id"])
    links = db.query("SELECT event_id, article_id FROM mentions WHERE cluster_id = ? ORDER BY article_id",
                     [row["cluster_id"]])
    assert [(r["article_id"], r["event_id"]) for r in links] == [("apa-7", second["event_id"]),
                                                                 ("tass-1", first["event_id"])]


def test_two_reports_in_one_article_are_two_mentions_of_one_article(db):
    a = make_event("art", 0, AZE_DEF, RUS, "042")
    b = make_event("art", 1, AZE_DEF, RUS, "042", sentence="Again, the minister visited.")
    write_batch(db, Batch(events=[a, b]))
    row = db.query("SELECT num_mentions, num_articles FROM event_clusters")
    assert row == [{"num_mentions": 2, "num_articles": 1}]


def test_recoded_event_moves_to_its_new_cluster_and_empty_cluster_goes(db):
    event = make_event("art", 0, AZE_DEF, RUS, "042")
    write_batch(db, Batch(events=[event]))
    recoded = dict(event, cameo_code="043", cameo_name="Host a visit", extractor_version="diplo.test.v2")
    write_batch(db, Batch(events=[recoded]))
    rows = db.query("SELECT cameo_code, num_mentions FROM event_clusters")
    assert rows == [{"cameo_code": "043", "num_mentions": 1}]
    assert db.scalar("SELECT extractor_version FROM events") == "diplo.test.v2"


def test_entities_and_alerts_upsert_by_id(db):
    events = seed_events()
    write_batch(db, Batch(entities=[make_entities("seed", 3)], alerts=[make_alert(events[0])]))
    write_batch(db, Batch(entities=[make_entities("seed", 2)], alerts=[make_alert(events[0])]))
    assert _count(db, "articles") == 1
    assert db.scalar("SELECT num_entities FROM articles") == 2
    assert _count(db, "entities") == 2
    assert _count(db, "alerts") == 1
    assert db.scalar("SELECT event_id FROM alerts") == events[0]["event_id"]


def test_event_without_target_or_dates_is_stored(db):
    event = make_event("art", 0, RUS, None, "010", "Make statement", event_date=None, published_at=None,
                       date_text=None)
    write_batch(db, Batch(events=[event]))
    row = db.query("SELECT target_country, event_day, num_mentions FROM event_clusters")[0]
    assert row == {"target_country": None, "event_day": None, "num_mentions": 1}
