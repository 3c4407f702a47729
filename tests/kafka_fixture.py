"""Where integration tests get a real Kafka: an explicit cluster, testcontainers, or the local jars.

Order: KAFKA_BOOTSTRAP_SERVERS when set (an explicit choice wins); else
testcontainers' Kafka module when a Docker engine really answers a ping; else
diplo's own local broker from Maven Central jars on free ports. If none can be
had the session fails: integration tests never skip silently.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from diplo.streams.local_kafka import LocalKafka, wait_for_kafka

__all__ = ["docker_answers", "kafka_cluster"]

KAFKA_IMAGE = "apache/kafka:4.1.2"


def docker_answers() -> bool:
    """True only when a Docker engine answers a real ping (the CLI alone is not enough)."""
    try:
        import docker

        client = docker.from_env(timeout=3)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:
        return False


@contextlib.contextmanager
def kafka_cluster(workdir: Path) -> Iterator[tuple[str, LocalKafka | None]]:
    """Yield (bootstrap servers, local broker or None) for the test session."""
    explicit = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if explicit:
        wait_for_kafka(explicit, timeout=30)
        yield explicit, None
        return
    if docker_answers():
        from testcontainers.kafka import KafkaContainer

        with KafkaContainer(KAFKA_IMAGE).with_kraft() as container:
            yield container.get_bootstrap_server(), None
        return
    broker = LocalKafka(workdir / "kafka")
    info = broker.start()
    try:
        yield info.bootstrap, broker
    finally:
        broker.stop()
