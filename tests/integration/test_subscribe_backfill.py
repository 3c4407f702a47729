"""Issue 14: `diplo subscribe add --backfill` alerts on the events already on the topic, through a real broker."""

from __future__ import annotations

import asyncio

import pytest

from diplo.processors.alert_rules import make_alert_id
from diplo.streams.cli import main
from diplo.streams.codec import AvroCodec
from diplo.streams.settings import Settings
from diplo.streams.topic_admin import ensure_topics
from tests.kafka_helpers import produce, read_all
from tests.unit.storage.support import seed_events

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(kafka_bootstrap: str, unique: str, monkeypatch) -> Settings:
    settings = Settings().with_(topic_prefix=f"bf{unique}.", bootstrap_servers=kafka_bootstrap)
    asyncio.run(ensure_topics(kafka_bootstrap, settings))
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", kafka_bootstrap)
    monkeypatch.setenv("DIPLO_TOPIC_PREFIX", settings.topic_prefix)
    monkeypatch.delenv("DIPLO_SCHEMA_REGISTRY_URL", raising=False)
    return settings


def test_backfill_alerts_on_events_already_on_the_topic(settings, capsys):
    events = seed_events()
    codec = AvroCodec()
    produce(settings.bootstrap_servers, settings.topics.events,
            [(e["event_id"].encode(), codec.encode("DiplomaticEvent", e)) for e in events] + [(b"junk", b"junk")])
    # CAMEO 04 by Azerbaijani or Russian actors, any modality: the seed's visit and meeting and the planned summit
    assert main(["subscribe", "add", "--id", "old-consults", "--name", "Consultations", "--cameo", "04",
                 "--modality", "ASSERTED,PLANNED", "--backfill"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == (f"Backfill: 3 alert(s) from 7 event(s) already on {settings.topics.events}"
                       " (1 undecodable, skipped)")
    alerts = read_all(settings.bootstrap_servers, settings.topics.alerts)
    expected = {make_alert_id("old-consults", e["event_id"]) for e in events if e["cameo_code"].startswith("04")}
    assert {a["alert_id"] for a in alerts} == expected
    assert all(a["reason"].startswith("backfill: ") and a["subscription_id"] == "old-consults" for a in alerts)


def test_backfill_refuses_window_subscriptions(settings, capsys):
    assert main(["subscribe", "add", "--id", "w", "--name", "Window", "--cameo", "04", "--min-events", "3",
                 "--within", "3600", "--backfill"]) == 1
    assert capsys.readouterr().err == (
        "Error: window: --backfill matches single events; window rules count live events only\n")
