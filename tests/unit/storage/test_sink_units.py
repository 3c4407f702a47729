"""The sink's decisions without a broker: decoding into kinds and dead letters,
isolating records the database refuses."""

from __future__ import annotations

import asyncio

import pytest

from diplo.streams.codec import AvroCodec
from diplo.streams.messages import InMessage
from diplo.streams.settings import Settings
from diplo.streams.storage import SchemaVersionError, open_store
from diplo.streams.storage.migrations import VERSION_TABLE
from diplo.streams.storage.sink_batch import BatchReport, SinkItem, SinkOptions, SinkWriter, decode_messages

from .support import make_alert, make_entities, seed_events


def test_decode_sorts_records_by_topic_and_explains_failures():
    codec = AvroCodec()
    topics = Settings(topic_prefix="p.").topics
    event = seed_events()[0]
    messages = [
        InMessage(codec.encode("DiplomaticEvent", event), b"k", topics.events, 0, 5),
        InMessage(codec.encode("ArticleEntities", make_entities("a")), b"a", topics.entities, 1, 6),
        InMessage(codec.encode("Alert", make_alert(event)), b"s", topics.alerts, 2, 7),
        InMessage(codec.encode("Alert", make_alert(event)), b"s", topics.events, 3, 8),
        InMessage(b"\xc3\x01short", None, topics.events, 0, 9),
        InMessage(None, b"t", topics.alerts, 0, 10),
    ]
    good, bad = decode_messages(codec, Settings(topic_prefix="p."), messages)
    assert [(i.kind, i.message.offset) for i in good] == [("events", 5), ("entities", 6), ("alerts", 7)]
    assert good[0].record == event
    assert [(m.offset, e.reason_code) for m, e in bad] == [(8, "wrong_schema"), (9, "truncated"), (10, "empty_message")]


def test_records_the_database_refuses_are_isolated_and_the_rest_stored(tmp_path):
    target = str(tmp_path / "s.sqlite")
    good, bad = seed_events()[:2]
    bad = dict(bad, sentence=None)  # NOT NULL: the database itself refuses it
    items = [SinkItem(InMessage(b"x", None, "events", 0, i), "events", r) for i, r in enumerate([good, bad])]
    writer = SinkWriter(target, SinkOptions(group_id="g"), asyncio.Event())
    try:
        refused = asyncio.run(writer.write(items, BatchReport()))
    finally:
        writer.close()
    assert [(m.offset, e.reason_code) for m, e in refused] == [(1, "storage_rejected")]
    with open_store(target) as db:
        assert [r["event_id"] for r in db.query("SELECT event_id FROM events")] == [good["event_id"]]


def test_a_stopped_sink_gives_up_on_an_unwritable_batch_without_committing(tmp_path):
    blocked = tmp_path / "dir-not-file"
    blocked.mkdir()  # SQLite cannot open a directory: an outage that never ends
    stop = asyncio.Event()
    writer = SinkWriter(str(blocked), SinkOptions(group_id="g", backoff_initial=0.01, backoff_max=0.02), stop)
    report = BatchReport()

    async def scenario() -> str:
        task = asyncio.create_task(writer.write([], report))

        async def retried_three_times() -> None:
            while report.retries < 3:
                await asyncio.sleep(0.01)

        await asyncio.wait_for(retried_three_times(), timeout=10)
        stop.set()
        try:
            await task
        except Exception as exc:  # the sink's internal stop signal
            return type(exc).__name__
        return "returned"

    assert asyncio.run(scenario()) == "SinkStopped"
    assert report.retries >= 3


def test_a_database_newer_than_the_code_stops_the_sink_instead_of_retrying(tmp_path):
    target = str(tmp_path / "new.sqlite")
    with open_store(target) as db:
        db.execute(f"INSERT INTO {VERSION_TABLE} (version, name, applied_at) VALUES (?, ?, ?)", [99, "future", "x"])
    item = SinkItem(InMessage(b"x", None, "events", 0, 0), "events", seed_events()[0])
    writer = SinkWriter(target, SinkOptions(group_id="g"), asyncio.Event())
    report = BatchReport()
    try:
        with pytest.raises(SchemaVersionError):
            asyncio.run(writer.write([item], report))
    finally:
        writer.close()
    assert report.retries == 0
