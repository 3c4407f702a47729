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
