"""Shared fixtures: one real Kafka per test session, unique names per test, the seed article."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kafka_fixture import kafka_cluster

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Bootstrap servers of a real Kafka 4.x broker; fails the session if none can be started."""
    with kafka_cluster(tmp_path_factory.mktemp("kafka")) as (bootstrap, _broker):
        yield bootstrap


@pytest.fixture(scope="session")
def local_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A second, test-owned local broker that fault tests may stop and restart."""
    from diplo.streams.local_kafka import LocalKafka

    broker = LocalKafka(tmp_path_factory.mktemp("kafka-owned") / "kafka")
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture(scope="session")
def schema_registry_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Confluent-compatible API of a real Apicurio Registry (built from Maven Central); fails if it cannot start."""
    from diplo.streams.local_registry import LocalRegistry

    registry = LocalRegistry(tmp_path_factory.mktemp("registry"))
    info = registry.start()
    try:
        yield info.url
    finally:
        registry.stop()


@pytest.fixture
def unique() -> str:
    """A short unique suffix for topic names and consumer groups of one test."""
    return uuid.uuid4().hex[:10]


@pytest.fixture(scope="session")
def seed_article() -> dict:
    """The seed article with its metadata, as shipped in seeds/."""
    line = (REPO / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return json.loads(line)


@pytest.fixture(autouse=True)
def dead_letters_use_catalogued_codes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every DeadLetter a test writes or reads (workers' included) has a catalogued reason code for its stage."""
    from diplo.processors.errors import reason
    from diplo.streams.codec import AvroCodec

    seen: list[dict] = []
    encode, decode = AvroCodec.encode, AvroCodec.decode

    def recording_encode(self: AvroCodec, schema_name: str, record: dict) -> bytes:
        if schema_name == "DeadLetter":
            seen.append(record)
        return encode(self, schema_name, record)

    def recording_decode(self: AvroCodec, data: bytes, expect: str | None = None) -> tuple[str, dict]:
        name, record = decode(self, data, expect)
        if name == "DeadLetter":
            seen.append(record)
        return name, record

    monkeypatch.setattr(AvroCodec, "encode", recording_encode)
    monkeypatch.setattr(AvroCodec, "decode", recording_decode)
    yield

    def catalogued(record: dict) -> bool:
        try:
            return record["stage"] in reason(record["reason_code"]).stages
        except KeyError:
            return False

    wrong = sorted({(r["stage"], r["reason_code"]) for r in seen if not catalogued(r)})
    assert not wrong, f"dead letters with (stage, reason) not in processors/errors.py's catalogue: {wrong}"


# what a fixture needs, so every test using it carries the marker (``-m "not kafka"`` and friends then mean it)
_FIXTURE_NEEDS = {
    "kafka_bootstrap": "kafka", "local_broker": "kafka", "sasl_bootstrap": "kafka",
    "java_avro": "java", "avro_tools": "java",
    "postgres_url": "postgres", "db_url": "postgres",
    "extractor": "model", "seed_result": "model", "pipelines": "model", "seed_article_events": "model",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for fixture in set(getattr(item, "fixturenames", ())) & set(_FIXTURE_NEEDS):
            item.add_marker(_FIXTURE_NEEDS[fixture])
