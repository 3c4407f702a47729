"""Issue 14 item 6: the Confluent wire format against a real Apicurio Registry, read by Confluent's own deserializer.

Records go through a real Kafka broker; confluent-kafka's AvroSerializer and
AvroDeserializer (Confluent's Python client) are the independent implementation
our framing is checked against, in both directions.
"""

from __future__ import annotations

import asyncio
import copy
import io
import json
import struct
from collections.abc import Iterator

import pytest
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext
from fastavro import parse_schema, schemaless_writer

from diplo.streams.codec import SINGLE_OBJECT_MAGIC, AvroCodec, DecodeError, make_codec
from diplo.streams.confluent import register_schemas
from diplo.streams.render import decode_value, jsonable
from diplo.streams.schema_registry import RegistryError, SchemaRegistry
from diplo.streams.schema_store import load_store
from diplo.streams.settings import Settings
from diplo.streams.topic_admin import ensure_topics
from tests.kafka_helpers import produce, read_all
from tests.records_factory import sample_event, sample_records
from tests.unit.storage.support import seed_events

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(kafka_bootstrap: str, schema_registry_url: str, unique: str) -> Settings:
    settings = Settings().with_(topic_prefix=f"cf{unique}.", bootstrap_servers=kafka_bootstrap,
                                schema_registry_url=schema_registry_url)
    asyncio.run(ensure_topics(kafka_bootstrap, settings))
    return settings


def _context(topic: str) -> SerializationContext:
    return SerializationContext(topic, MessageField.VALUE)


@pytest.fixture
def codec(settings) -> Iterator[AvroCodec]:
    """diplo's codec in Confluent mode, its registry connection closed after the test."""
    codec = make_codec(settings)
    yield codec
    codec.close()


@pytest.fixture
def confluent_client(schema_registry_url: str) -> Iterator[SchemaRegistryClient]:
    with SchemaRegistryClient({"url": schema_registry_url}) as client:
        yield client


def test_schemas_are_registered_per_topic_with_backward_compatibility(settings):
    registry = SchemaRegistry(settings.schema_registry_url)
    try:
        done = register_schemas(registry, load_store(), settings.topics)
        events = f"{settings.topics.events}-value"
        assert set(done) >= {events, f"{settings.topics.alerts}-value", f"{settings.topics.articles_dlq}-value"}
        assert len(done[events]) == 2, f"DiplomaticEvent v1 then the current version: {done[events]}"
        assert registry.compatibility(events) == "BACKWARD"
        # the registry itself now refuses a version old readers cannot resolve
        broken = copy.deepcopy(load_store().get("DiplomaticEvent").raw)
        broken["fields"].append({"name": "tone", "type": "double"})
        with pytest.raises(RegistryError, match="HTTP 409"):
            registry.register(events, broken)
    finally:
        registry.close()


def test_confluent_deserializer_reads_what_diplo_writes_through_kafka(settings, codec, confluent_client):
    topic = settings.topics.events
    events = seed_events()
    produce(settings.bootstrap_servers, topic, [(e["event_id"].encode(), codec.encode("DiplomaticEvent", e))
                                                for e in events])
    messages = read_all(settings.bootstrap_servers, topic, decode=False)
    assert len(messages) == len(events)
    deserializer = AvroDeserializer(confluent_client)
    for message in messages:
        assert message.value[:1] == b"\x00", "Confluent framing: magic byte 0"
        (schema_id,) = struct.unpack(">I", message.value[1:5])
        assert schema_id > 0
    got = sorted((deserializer(m.value, _context(topic)) for m in messages), key=lambda e: e["event_id"])
    assert got == sorted(events, key=lambda e: e["event_id"])


def test_diplo_reads_both_framings_and_confluent_serializer_output(settings, codec, confluent_client):
    topic = settings.topics.alerts
    alert = sample_records()["Alert"]
    serializer = AvroSerializer(confluent_client, json.dumps(load_store().get("Alert").raw))
    produce(settings.bootstrap_servers, topic, [
        (b"single", AvroCodec().encode("Alert", alert)),
        (b"diplo", codec.encode("Alert", alert)),
        (b"confluent", serializer(alert, _context(topic))),
    ])
    messages = read_all(settings.bootstrap_servers, topic, decode=False)
    assert [m.value[:1] for m in messages] == [SINGLE_OBJECT_MAGIC[:1], b"\x00", b"\x00"]
    assert [codec.decode(m.value, expect="Alert") for m in messages] == [("Alert", alert)] * 3
    # diplo consume renders Confluent-framed records as records too
    assert decode_value(codec, messages[2].value) == {"schema": "Alert", "value": jsonable(alert)}
    # a reader without a registry says why it cannot read a Confluent-framed record
    with pytest.raises(DecodeError, match="no schema registry is configured") as raised:
        AvroCodec().decode(messages[1].value)
    assert raised.value.reason_code == "unknown_fingerprint"


def test_a_newer_writer_schema_from_the_registry_is_resolved_without_history(settings, codec):
    """With a registry, a reader needs no history copy: the writer's schema comes by id."""
    newer = copy.deepcopy(load_store().get("DiplomaticEvent").raw)
    newer["fields"].append({"name": "tone", "type": ["null", "double"], "default": None, "doc": "test only"})
    registry = SchemaRegistry(settings.schema_registry_url)
    try:
        schema_id = registry.register(f"{settings.topics.events}-value", newer)
    finally:
        registry.close()
    body = io.BytesIO()
    schemaless_writer(body, parse_schema(newer), {**sample_event("e-new"), "tone": 0.5})
    data = b"\x00" + struct.pack(">I", schema_id) + body.getvalue()
    assert codec.decode(data) == ("DiplomaticEvent", sample_event("e-new"))


def test_the_storage_sink_stores_confluent_framed_events(settings, codec, tmp_path, capsys, monkeypatch):
    from diplo.streams.cli import main

    events = seed_events()
    produce(settings.bootstrap_servers, settings.topics.events,
            [(e["event_id"].encode(), codec.encode("DiplomaticEvent", e)) for e in events[:3]]
            + [(e["event_id"].encode(), AvroCodec().encode("DiplomaticEvent", e)) for e in events[3:]])
    for name, value in (("KAFKA_BOOTSTRAP_SERVERS", settings.bootstrap_servers),
                        ("DIPLO_TOPIC_PREFIX", settings.topic_prefix),
                        ("DIPLO_SCHEMA_REGISTRY_URL", settings.schema_registry_url)):
        monkeypatch.setenv(name, value)
    target = tmp_path / "cf.sqlite"
    assert main(["store", "--database", str(target), "--idle-exit", "3", "--quiet"]) == 0
    assert "Stored 6 event(s)" in capsys.readouterr().err
    assert main(["query", "--database", str(target), "-f", "json"]) == 0
    stored = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["event_id"] for r in stored) == sorted(e["event_id"] for e in events)


def test_an_unreachable_registry_is_one_error_line_at_start(kafka_bootstrap, unique, capsys, monkeypatch):
    from diplo.streams.cli import main
    from diplo.streams.local_kafka import free_port

    url = f"http://127.0.0.1:{free_port()}/apis/ccompat/v7"
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", kafka_bootstrap)
    monkeypatch.setenv("DIPLO_TOPIC_PREFIX", f"down{unique}.")
    monkeypatch.setenv("DIPLO_SCHEMA_REGISTRY_URL", url)
    assert main(["consume", "events.diplomatic", "--max", "1", "--timeout", "1"]) == 1
    assert capsys.readouterr().err == f"Error: schema registry at {url} cannot be reached: ConnectError\n"
