"""Plain kafka-python producers and readers for tests, independent of diplo's own clients."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import Any

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from diplo.streams.codec import AvroCodec

__all__ = ["produce", "produce_json", "read_all", "read_until"]


def produce(bootstrap: str, topic: str, messages: Iterable[tuple[bytes | None, bytes | None]]) -> int:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=8 * 1024 * 1024)
    count = 0
    try:
        for key, value in messages:
            producer.send(topic, key=key, value=value)
            count += 1
        producer.flush(timeout=60)
    finally:
        producer.close()
    return count


def produce_json(bootstrap: str, topic: str, articles: Iterable[dict[str, Any]]) -> int:
    return produce(bootstrap, topic, ((a["id"].encode(), json.dumps(a).encode()) for a in articles))


def read_until(bootstrap: str, topic: str, done: Callable[[list[Any]], bool], timeout: float = 120.0,
               decode: bool = True) -> list[Any]:
    """Read ``topic`` from the beginning until ``done(records)`` holds; fail on timeout."""
    codec = AvroCodec()
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                             consumer_timeout_ms=500, isolation_level="read_committed")
    partitions = []
    deadline = time.monotonic() + timeout
    while not partitions:
        ids = consumer.partitions_for_topic(topic)
        if ids:
            partitions = [TopicPartition(topic, p) for p in ids]
        elif time.monotonic() > deadline:
            raise AssertionError(f"topic {topic} never appeared")
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    records: list[Any] = []
    try:
        while not done(records):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout:.0f}s reading {topic}; have {len(records)} records")
            for message in consumer:
                value = codec.decode(message.value)[1] if decode else message
                records.append(value)
                if done(records):
                    break
    finally:
        consumer.close()
    return records


def read_all(bootstrap: str, topic: str, decode: bool = True) -> list[Any]:
    """Everything currently in ``topic`` (up to its end offsets at call time)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                             isolation_level="read_committed")
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or []]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        end = consumer.end_offsets(partitions)
        codec = AvroCodec()
        out: list[Any] = []
        while any(consumer.position(tp) < end[tp] for tp in partitions):
            for batch in consumer.poll(timeout_ms=500).values():
                for message in batch:
                    out.append(codec.decode(message.value)[1] if decode else message)
        return out
    finally:
        consumer.close()
