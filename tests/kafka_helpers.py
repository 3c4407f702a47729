"""Kafka clients for tests, independent of diplo's own (aiokafka) clients: one place for every way a test
produces, reads or inspects the broker.

They run on confluent-kafka (librdkafka), whose sockets live in C. The tests used kafka-python 3.0.12
before; its connect path drops a socket without closing it when a connection attempt times out or is
cancelled by ``close()`` (``kafka/net/inet.py``), and on a loaded machine the garbage collector then
closed it during some later test, which pytest reports as an unraisable ``ResourceWarning``.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, KafkaException, Message, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource, ConfigSource, NewTopic, ResourceType

from diplo.streams.codec import AvroCodec

__all__ = ["Record", "Writer", "caught_up", "committed", "consumer", "create_topics", "end_offsets", "follow",
           "group_assignments", "group_client_ids", "group_members", "list_groups", "list_topics", "produce",
           "produce_json", "read_all", "read_until", "topic_configs", "topic_size"]

TIMEOUT = 30.0  # seconds for one metadata, offsets or admin request


@dataclass(frozen=True)
class Record:
    """One consumed record, detached from the client that read it."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp: int  # milliseconds since the epoch
    headers: tuple[Any, ...]  # (name, value) pairs

    @classmethod
    def of(cls, message: Message) -> Record:
        return cls(message.topic() or "", message.partition() or 0, message.offset() or 0, message.key(),
                   message.value(), message.timestamp()[1], tuple(message.headers() or ()))


class Writer:
    """A producer that fails loudly: ``send`` queues, ``flush`` raises if any record was refused."""

    def __init__(self, bootstrap: str, max_request_size: int = 8 * 1024 * 1024, linger_ms: int = 5):
        # murmur2: the key -> partition mapping of the Java client, aiokafka and diplo's workers
        self._producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": linger_ms,
                                   "message.max.bytes": max_request_size, "partitioner": "murmur2_random"})
        self._errors: list[str] = []

    def _delivered(self, error: KafkaError | None, message: Message) -> None:
        if error is not None:
            self._errors.append(f"{message.topic()}: {error}")

    def send(self, topic: str, key: bytes | None, value: bytes | None, partition: int | None = None,
             timestamp_ms: int | None = None) -> None:
        options: dict[str, Any] = {"on_delivery": self._delivered}
        if partition is not None:
            options["partition"] = partition
        if timestamp_ms is not None:
            options["timestamp"] = timestamp_ms
        while True:
            try:
                self._producer.produce(topic, value=value, key=key, **options)
                return
            except BufferError:  # the local queue is full: let deliveries drain it
                self._producer.poll(0.5)

    def flush(self, timeout: float = 60.0) -> None:
        left = self._producer.flush(timeout)
        if left:
            raise AssertionError(f"{left} records not delivered within {timeout:.0f}s")
        if self._errors:
            raise AssertionError(f"{len(self._errors)} records refused, first: {self._errors[0]}")


def produce(bootstrap: str, topic: str, messages: Iterable[tuple[bytes | None, bytes | None]],
            max_request_size: int = 8 * 1024 * 1024, timestamp_ms: int | None = None) -> int:
    """Send every (key, value) with acks=all; fail unless the broker took them all."""
    writer = Writer(bootstrap, max_request_size)
    count = 0
    for key, value in messages:
        writer.send(topic, key, value, timestamp_ms=timestamp_ms)
        count += 1
    writer.flush()
    return count


def produce_json(bootstrap: str, topic: str, articles: Iterable[dict[str, Any]]) -> int:
    return produce(bootstrap, topic, ((a["id"].encode(), json.dumps(a).encode()) for a in articles))


@contextmanager
def consumer(bootstrap: str, group: str | None = None, read_committed: bool = False) -> Iterator[Consumer]:
    """A consumer that never joins a group (it only assigns); ``group`` names whose offsets it can read."""
    client = Consumer({"bootstrap.servers": bootstrap, "group.id": group or f"diplo-tests-{uuid.uuid4().hex}",
                       "enable.auto.commit": False, "enable.partition.eof": True,
                       "isolation.level": "read_committed" if read_committed else "read_uncommitted"})
    try:
        yield client
    finally:
        client.close()


def _partitions(client: Consumer | AdminClient, topic: str) -> list[TopicPartition]:
    """The topic's partitions; none while it does not exist."""
    metadata = client.list_topics(topic, timeout=TIMEOUT).topics.get(topic)
    if metadata is None or metadata.error is not None:
        return []
    return [TopicPartition(topic, p) for p in sorted(metadata.partitions)]


# what a broker answers while a new topic's leader is still being elected or announced
_PASSING = frozenset((KafkaError.NOT_LEADER_FOR_PARTITION, KafkaError.LEADER_NOT_AVAILABLE,
                      KafkaError.UNKNOWN_TOPIC_OR_PART, KafkaError.NOT_COORDINATOR,
                      KafkaError.COORDINATOR_LOAD_IN_PROGRESS, KafkaError.COORDINATOR_NOT_AVAILABLE))


def _asking_again(ask: Callable[[], Any]) -> Any:
    """``ask()``, again while the broker gives a passing answer, for up to TIMEOUT seconds (librdkafka's offset
    queries do not retry it themselves)."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            return ask()
        except KafkaException as exc:
            error = exc.args[0] if exc.args and isinstance(exc.args[0], KafkaError) else None
            passing = error is not None and (error.code() in _PASSING or error.retriable())
            if not passing or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def end_offsets(bootstrap: str, topics: Iterable[str]) -> dict[tuple[str, int], int]:
    """(topic, partition) -> high watermark, for every partition of the topics that exist."""
    topics = list(topics)
    with consumer(bootstrap) as client:
        return _asking_again(lambda: {(tp.topic, tp.partition): client.get_watermark_offsets(tp, timeout=TIMEOUT)[1]
                                      for topic in topics for tp in _partitions(client, topic)})


def topic_size(bootstrap: str, topic: str) -> int:
    """Records in ``topic`` (sum of end offsets; the test topics are never compacted or deleted)."""
    return sum(end_offsets(bootstrap, [topic]).values())


def committed(bootstrap: str, group: str, topics: Iterable[str]) -> dict[tuple[str, int], int | None]:
    """(topic, partition) -> the group's committed offset, None where it committed none."""
    with consumer(bootstrap, group) as client:
        partitions = [tp for topic in topics for tp in _partitions(client, topic)]
        found = _asking_again(lambda: client.committed(partitions, timeout=TIMEOUT)) if partitions else []
    return {(tp.topic, tp.partition): tp.offset if tp.offset >= 0 else None for tp in found}


def _assign_from_start(client: Consumer, topic: str, give_up: Callable[[], bool]) -> int:
    """Assign every partition of ``topic`` at its beginning, once it exists; the number of partitions."""
    partitions = _partitions(client, topic)
    while not partitions and not give_up():
        time.sleep(0.2)
        partitions = _partitions(client, topic)
    client.assign([TopicPartition(tp.topic, tp.partition, OFFSET_BEGINNING) for tp in partitions])
    return len(partitions)


def _poll(client: Consumer, timeout: float) -> Record | int | None:
    """The next record; or the partition number where the consumer reached the end; or None."""
    message = client.poll(timeout)
    if message is None:
        return None
    error = message.error()
    if error is not None and error.code() == KafkaError._PARTITION_EOF:
        return message.partition() or 0
    if error is not None:
        raise KafkaException(error)
    return Record.of(message)


def caught_up(bootstrap: str, group: str, topics: Iterable[str]) -> bool:
    """Has consumer group ``group`` committed every record of ``topics`` (so it processed them)? False while a
    topic does not exist yet, or while the group's coordinator moves."""
    topics = list(topics)
    try:
        end = end_offsets(bootstrap, topics)
        done = committed(bootstrap, group, topics)
    except KafkaException:
        return False
    return bool(end) and all(n == 0 or (done.get(tp) or 0) >= n for tp, n in end.items())


def _read(client: Consumer, topic: str, decode: bool, deadline: float) -> Iterator[tuple[tuple[int, int], Any]]:
    """((partition, offset), record) of ``topic`` from the beginning, until every partition has reported its end;
    nothing while the topic does not exist."""
    codec = AvroCodec()
    partitions = _assign_from_start(client, topic, lambda: True)
    at_end: set[int] = set()
    while len(at_end) < partitions:
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out reading {topic}: {len(at_end)} of {partitions} partitions read")
        polled = _poll(client, 0.5)
        if isinstance(polled, int):
            at_end.add(polled)
        elif polled is not None:
            at_end.discard(polled.partition)
            yield (polled.partition, polled.offset), codec.decode(polled.value or b"")[1] if decode else polled


def follow(client: Consumer, topic: str, halt: threading.Event) -> Iterator[Record]:
    """Every record of ``topic`` from the beginning and as it arrives, until ``halt`` is set."""
    _assign_from_start(client, topic, halt.is_set)
    while not halt.is_set():
        polled = _poll(client, 0.2)
        if isinstance(polled, Record):
            yield polled


def read_all(bootstrap: str, topic: str, decode: bool = True, timeout: float = 120.0) -> list[Any]:
    """Every committed record now in ``topic``, decoded or as :class:`Record`: partition 0's in log order,
    then partition 1's, and so on."""
    with consumer(bootstrap, read_committed=True) as client:
        return [value for _, value in sorted(_read(client, topic, decode, time.monotonic() + timeout),
                                             key=lambda pair: pair[0])]


def read_until(bootstrap: str, topic: str, done: Callable[[list[Any]], bool], timeout: float = 120.0,
               decode: bool = True) -> list[Any]:
    """Read ``topic`` from the beginning, again and again (it may not exist yet), until ``done(records)`` holds;
    fail on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        records = read_all(bootstrap, topic, decode, timeout=max(1.0, deadline - time.monotonic()))
        if done(records):
            return records
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s reading {topic}; have {len(records)} records")
        time.sleep(0.2)


def _admin(bootstrap: str) -> AdminClient:
    """An admin client. It has no close(): librdkafka destroys it with its last reference, failing whatever
    request is still pending, so callers hold it until they have every result."""
    return AdminClient({"bootstrap.servers": bootstrap})


def create_topics(bootstrap: str, topics: dict[str, int]) -> None:
    """Create each topic with its partition count (replication factor 1); fail if any is refused."""
    client = _admin(bootstrap)
    futures = client.create_topics([NewTopic(name, num_partitions=n, replication_factor=1)
                                    for name, n in topics.items()], operation_timeout=TIMEOUT)
    for future in futures.values():
        future.result()


def list_topics(bootstrap: str) -> list[str]:
    return sorted(_admin(bootstrap).list_topics(timeout=TIMEOUT).topics)


def list_groups(bootstrap: str) -> list[str]:
    client = _admin(bootstrap)
    listed = client.list_consumer_groups(request_timeout=TIMEOUT).result()
    return sorted(g.group_id for g in listed.valid)


def _describe(bootstrap: str, groups: list[str]) -> list[Any]:
    client = _admin(bootstrap)
    futures = client.describe_consumer_groups(groups, request_timeout=TIMEOUT)
    return [futures[group].result() for group in groups]


def group_members(bootstrap: str, group: str) -> int:
    """Members of a Stable group (0 while it rebalances or does not exist)."""
    [described] = _describe(bootstrap, [group])
    return len(described.members) if described.state.name == "STABLE" else 0


def group_client_ids(bootstrap: str, groups: list[str]) -> set[str]:
    """The client ids of every member of the groups."""
    return {m.client_id for d in _describe(bootstrap, groups) for m in d.members} if groups else set()


def group_assignments(bootstrap: str, group: str, topic: str) -> dict[str, list[int]]:
    """'client-id/member-id tail' -> partitions of ``topic`` that member holds, from the group coordinator."""
    [described] = _describe(bootstrap, [group])
    return {f"{m.client_id}/{m.member_id[-6:]}": sorted(tp.partition for tp in m.assignment.topic_partitions
                                                          if tp.topic == topic)
            for m in described.members}


def topic_configs(bootstrap: str, topic: str) -> dict[str, tuple[str | None, str]]:
    """Config name -> (value, where it was set: e.g. DYNAMIC_TOPIC_CONFIG, DEFAULT_CONFIG)."""
    client = _admin(bootstrap)
    [future] = client.describe_configs([ConfigResource(ResourceType.TOPIC, topic)], request_timeout=TIMEOUT).values()
    entries = future.result()
    return {name: (entry.value, ConfigSource(entry.source).name) for name, entry in entries.items()}
