"""Where integration tests get a real Kafka: an explicit cluster, testcontainers, or the local jars.

Order: KAFKA_BOOTSTRAP_SERVERS when set (an explicit choice wins); else
testcontainers' Kafka module when a Docker engine really answers a ping; else
diplo's own local broker from Maven Central jars on free ports. If none can be
had the session fails: integration tests never skip silently.
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator
from pathlib import Path

from diplo.streams.local_kafka import LocalKafka, wait_for_kafka

__all__ = ["docker_answers", "kafka_cluster"]

KAFKA_IMAGE = "apache/kafka:4.1.2"


def docker_answers(timeout: float = 2.0) -> bool:
    """True only when a Docker engine answers ``GET /_ping`` (the CLI alone is not enough)."""
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    try:
        if host.startswith("unix://"):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            address: object = host[len("unix://"):]
        elif host.startswith("tcp://"):
            name, _, port = host[len("tcp://"):].partition(":")
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            address = (name, int(port or 2375))
        else:
            return False
        with sock:
            sock.settimeout(timeout)
            sock.connect(address)
            sock.sendall(b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n")
            reply = sock.recv(1024)
        return reply.startswith(b"HTTP/1.") and b" 200 " in reply.split(b"\r\n", 1)[0]
    except OSError:
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
