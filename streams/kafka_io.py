"""Plain aiokafka producers and readers for the CLI (produce, consume, demo) with diplo's settings."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from .settings import Settings

__all__ = ["make_producer", "read_topic", "topic_partitions", "describe_kafka_error"]


def make_producer(bootstrap: str, settings: Settings, **extra: Any) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        max_request_size=8 * 1024 * 1024,
        linger_ms=5,
        **settings.kafka_client_options(AIOKafkaProducer),  # properties diplo sets above are refused there
        **extra,
    )


async def read_topic(
    bootstrap: str,
    settings: Settings,
    topics: Sequence[str],
    from_beginning: bool = False,
    idle_timeout: float | None = None,
    max_messages: int | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> AsyncIterator[Any]:
    """Yield records of every partition of ``topics`` without joining a group or committing.

    Stops after ``max_messages``, when nothing arrived for ``idle_timeout``
    seconds, or when ``should_stop()`` turns true (checked at least every
    0.2 s); follows forever otherwise.
    """
    partitions = await topic_partitions(bootstrap, settings, topics)
    # read_committed: alerts are written in transactions; an aborted alert must never be shown
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                                isolation_level="read_committed", **settings.kafka_client_options(AIOKafkaConsumer))
    try:  # started inside: a failed start is closed too, never an "Unclosed AIOKafkaConsumer" warning
        await consumer.start()
        consumer.assign(partitions)
        if from_beginning:
            await consumer.seek_to_beginning(*partitions)
        else:
            await consumer.seek_to_end(*partitions)
        seen = 0
        last = time.monotonic()
        while max_messages is None or seen < max_messages:
            if should_stop is not None and should_stop():
                return
            batch = await consumer.getmany(timeout_ms=200)
            if not batch:
                if idle_timeout is not None and time.monotonic() - last >= idle_timeout:
                    return
                continue
            last = time.monotonic()
            for records in batch.values():
                for record in records:
                    yield record
                    seen += 1
                    if max_messages is not None and seen >= max_messages:
                        return
    finally:
        await consumer.stop()


async def topic_partitions(bootstrap: str, settings: Settings, topics: Sequence[str]) -> list[TopicPartition]:
    """Every partition of ``topics``, from a fresh metadata request; a missing topic is an error."""
    from aiokafka.admin import AIOKafkaAdminClient

    from .errors import BrokerError

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **settings.kafka_client_options(AIOKafkaAdminClient))
    await admin.start()
    try:
        described = {t["topic"]: t for t in await admin.describe_topics(list(topics))}
    finally:
        await admin.close()
    out = []
    for topic in topics:
        info = described.get(topic)
        if info is None or info.get("error_code") or not info.get("partitions"):
            raise BrokerError(f"topic {topic!r} does not exist")
        out += [TopicPartition(topic, p["partition"]) for p in info["partitions"]]
    return out


def describe_kafka_error(exc: BaseException) -> str:
    """One line for a Kafka client error: its class in words plus the detail, if any."""
    name = type(exc).__name__.removesuffix("Error")
    words = "".join(" " + c.lower() if c.isupper() else c for c in name).strip()
    detail = str(exc).split("]", 1)[-1].strip() if str(exc) else ""
    return f"{words}: {detail}" if detail and detail != type(exc).__name__ else words
