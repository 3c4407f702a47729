"""The alert stages without a broker: matching, once-only emission, windows, dead letters, delivery."""

from __future__ import annotations

import asyncio

from diplo.processors.alert_validation import validate_subscription
from diplo.streams.alerting.delivery import AlertDelivery
from diplo.streams.alerting.matching import AlertEmitter, EventMatcher
from diplo.streams.alerting.render import format_alert
from diplo.streams.alerting.webhook import WebhookError
from diplo.streams.codec import AvroCodec
from diplo.streams.messages import InMessage, OutRecord
from diplo.streams.settings import Settings
from tests.unit.alerting.sample import make_event

CODEC = AvroCodec()
SETTINGS = Settings(topic_prefix="p.")


class View:
    """The subscriptions view, minus Kafka."""

    def __init__(self, *subscriptions: dict):
        self.subs = {s["id"]: s for s in subscriptions}

    def get(self, sub_id: str) -> dict | None:
        return self.subs.get(sub_id)

    def all(self) -> list[dict]:
        return list(self.subs.values())


def _sub(sub_id: str, **data) -> dict:
    return validate_subscription({"id": sub_id, "name": sub_id.upper(), **data}, created_at="2026-01-01T00:00:00Z")


def _event_message(event: dict, offset: int = 0) -> InMessage:
    value = CODEC.encode("DiplomaticEvent", event)
    return InMessage(value, event["event_id"].encode(), "p.events.diplomatic", 0, offset)


def test_matcher_sends_one_candidate_per_matching_subscription_keyed_by_subscription() -> None:
    view = View(_sub("aze", filter={"countries": ["AZE"]}), _sub("usa", filter={"countries": ["USA"]}),
                _sub("visits", filter={"cameo_prefixes": ["042"]}))
    out = EventMatcher(view, CODEC, SETTINGS, "m").process(_event_message(make_event("e:1")), 123.0)
    assert [(r.topic, r.key, r.timestamp) for r in out] == [("m", b"aze", 123.0), ("m", b"visits", 123.0)]
    _, candidate = CODEC.decode(out[0].value, expect="Alert")
    assert (candidate["event"]["event_id"], candidate["reason"]) == ("e:1", "source country AZE")


def test_matcher_dead_letters_what_is_not_an_event() -> None:
    message = InMessage(b"garbage", b"k", "p.events.diplomatic", 1, 7)
    [dead] = EventMatcher(View(_sub("all")), CODEC, SETTINGS, "m").process(message, None)
    _, record = CODEC.decode(dead.value, expect="DeadLetter")
    assert (dead.topic, record["stage"], record["reason_code"], record["partition"], record["offset"]) == (
        "p.alerts.dlq", "decode", "not_avro", 1, 7)


def _candidates(view: View, *events: dict) -> list[InMessage]:
    matcher = EventMatcher(view, CODEC, SETTINGS, "m")
    return [InMessage(t.value, t.key, "m", 0, i)
            for i, e in enumerate(events) for t in matcher.process(_event_message(e), 0.0)]


def _run(emitter: AlertEmitter, messages: list[InMessage], timestamp: float = 10.0) -> list[dict]:
    alerts = []
    for m in messages:
        records, updates = emitter.process(m, timestamp)
        alerts += [CODEC.decode(r.value)[1] for r in records]
        emitter.commit(updates)
    return alerts


def test_emitter_dead_letters_a_match_for_a_subscription_it_does_not_know() -> None:
    """Issue 13 item 1: a match of another deployment (or of a deleted subscription) is kept, never dropped."""
    candidate = _candidates(View(_sub("aze", filter={"countries": ["AZE"]})), make_event("e:1"))[0]
    records, updates = AlertEmitter(View(), CODEC, SETTINGS, {}, {}).process(candidate, 10.0)
    assert updates == {} and [r.topic for r in records] == ["p.alerts.dlq"]
    _, dead = CODEC.decode(records[0].value, expect="DeadLetter")
    assert (dead["stage"], dead["reason_code"], dead["key"]) == ("match", "unknown_subscription", b"aze")
    assert "'aze' is not in p.subscriptions" in dead["error_message"]


def test_emitter_alerts_once_per_subscription_and_event() -> None:
    view = View(_sub("aze", filter={"countries": ["AZE"]}))
    seen, windows = {}, {}
    emitter = AlertEmitter(view, CODEC, SETTINGS, seen, windows)
    alerts = _run(emitter, _candidates(view, make_event("e:1"), make_event("e:1"), make_event("e:2")))
    assert [a["event"]["event_id"] for a in alerts] == ["e:1", "e:2"]
    assert len(seen) == 2
    # a new emitter over the same (recovered) tables: still nothing new
    assert _run(AlertEmitter(view, CODEC, SETTINGS, seen, windows), _candidates(view, make_event("e:1"))) == []


def test_emitter_state_changes_only_on_commit() -> None:
    view = View(_sub("aze", filter={"countries": ["AZE"]}))
    emitter = AlertEmitter(view, CODEC, SETTINGS, {}, {})
    [message] = _candidates(view, make_event("e:1"))
    records, _ = emitter.process(message, 0.0)  # sending failed: no commit
    again, _ = emitter.process(message, 0.0)
    assert len(records) == len(again) == 1
    assert CODEC.decode(records[0].value)[1]["alert_id"] == CODEC.decode(again[0].value)[1]["alert_id"]


def test_emitter_window_fires_once_with_the_event_ids() -> None:
    view = View(_sub("burst", filter={"countries": ["AZE"]}, window={"min_events": 2, "size_seconds": 60}))
    emitter = AlertEmitter(view, CODEC, SETTINGS, {}, {})
    events = make_event("e:1"), make_event("e:1"), make_event("e:2"), make_event("e:3")
    alerts = _run(emitter, _candidates(view, *events))
    assert len(alerts) == 1, alerts
    assert alerts[0]["window_event_ids"] == ["e:1", "e:2"]
    assert alerts[0]["reason"].startswith("2 matching events within 60s (window from 1970-01-01T00:00:00Z")


class Sender:
    def __init__(self, fail: bool = False):
        self.calls: list[tuple] = []
        self.fail = fail

    async def deliver(self, sub_id, url, secret, body, alert_id) -> int:
        self.calls.append((sub_id, url, body))
        if self.fail:
            raise WebhookError("webhook http://x failed after 4 attempts: HTTP 500", "http_500")
        return 1


def _alert_message(view: View) -> InMessage:
    [candidate] = _candidates(view, make_event("e:1"))
    records, _ = AlertEmitter(view, CODEC, SETTINGS, {}, {}).process(candidate, 0.0)
    return InMessage(records[0].value, records[0].key, "p.alerts", 0, 3)


def _deliver(view: View, sender: Sender) -> tuple[list[OutRecord], list[int]]:
    sent: list[OutRecord] = []
    acks: list[int] = []

    async def send(records):
        sent.extend(records)

    async def go():
        delivery = AlertDelivery(view, sender, CODEC, SETTINGS, send)
        await delivery.handle(_alert_message(view), lambda: acks.append(1))
        await delivery.drain(5)

    asyncio.run(go())
    return sent, acks


def test_webhook_delivery_posts_the_alert_and_acks() -> None:
    view = View(_sub("hook", delivery={"kind": "WEBHOOK", "url": "https://example.org/h", "secret": "x" * 16}))
    sender = Sender()
    sent, acks = _deliver(view, sender)
    assert (sent, acks) == ([], [1])
    assert b'"subscription_id":"hook"' in sender.calls[0][2]


def test_failed_webhook_delivery_ends_in_the_dlq_then_acks() -> None:
    view = View(_sub("hook", delivery={"kind": "WEBHOOK", "url": "https://example.org/h", "secret": "x" * 16}))
    sent, acks = _deliver(view, Sender(fail=True))
    assert acks == [1]
    [dead] = sent
    _, record = CODEC.decode(dead.value, expect="DeadLetter")
    assert (dead.topic, record["stage"], record["reason_code"], record["topic"], record["offset"]) == (
        "p.alerts.dlq", "deliver", "http_500", "p.alerts", 3)


def test_stdout_delivery_prints_the_alert_readably(capsys) -> None:
    view = View(_sub("loud", delivery={"kind": "STDOUT"}))
    _, acks = _deliver(view, Sender())
    out = capsys.readouterr().out
    assert acks == [1]
    assert "LOUD" in out and "Zakir Hasanov (AZEMIL) make a visit → Sergey Shoigu (RUSMIL)" in out
    assert "where: Anapa" in out and "why: every event" in out


def test_format_alert_shows_modality_and_window() -> None:
    alert = {"alert_id": "a", "subscription_id": "s", "matched_at": "t", "reason": "r",
             "event": make_event(modality="PLANNED", location=None), "window_event_ids": ["x", "y"]}
    text = format_alert(alert)
    assert "[planned]" in text and "events in window (2): x, y" in text and "where:" not in text
