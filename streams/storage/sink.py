"""``diplo store``'s consumer loop: poll a batch, write it, commit the database, then commit the offsets.

A crash anywhere before the offset commit replays the batch, and the upserts
make the replay a no-op; so nothing is lost and nothing counts twice. A
database outage blocks the commit: the batch is retried with exponential
backoff until it lands (or the sink is stopped, committing nothing). A record
that cannot be decoded, or that the database rejects on its own, becomes a
DeadLetter on ``store.dlq`` with the reason, and its offset then counts as done.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError

from diplo.streams.codec import AvroCodec, DecodeError, make_codec
from diplo.streams.messages import InMessage, OutRecord, make_dead_letter
from diplo.streams.errors import BrokerError
from diplo.streams.kafka_io import make_producer
from diplo.streams.settings import Settings

from . import open_store
from .database import Database, describe_target
from .errors import DatabaseUrlError, SchemaVersionError, StorageDataError, StorageError
from .writer import Batch, write_batch

__all__ = ["SinkOptions", "BatchReport", "decode_messages", "run_sink"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SinkOptions:
    """How the sink polls and backs off; the defaults suit production, tests shorten them."""

    group_id: str
    max_batch: int = 500
    poll_timeout_ms: int = 500
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    idle_exit: float | None = None  # stop after this many seconds without records; None = run until stopped


@dataclass
class BatchReport:
    """What one committed batch did, for logs, progress output and tests."""

    messages: int = 0
    events: int = 0
    entities: int = 0
    alerts: int = 0
    dead_letters: int = 0
    retries: int = 0
    reasons: list[str] = field(default_factory=list)


@dataclass
class _Item:
    message: InMessage
    kind: str  # events / entities / alerts
    record: dict[str, Any]


_SCHEMAS = {"events": "DiplomaticEvent", "entities": "ArticleEntities", "alerts": "Alert"}


def decode_messages(codec: AvroCodec, settings: Settings, messages: Sequence[InMessage]
                    ) -> tuple[list[_Item], list[tuple[InMessage, DecodeError]]]:
    """Decoded records by kind, and the messages that failed with why; never raises."""
    kinds = {settings.topics.events: "events", settings.topics.entities: "entities", settings.topics.alerts: "alerts"}
    good: list[_Item] = []
    bad: list[tuple[InMessage, DecodeError]] = []
    for message in messages:
        kind = kinds[message.topic]
        try:
            if message.value is None:
                raise DecodeError(f"message at offset {message.offset} has no value (tombstone)", "empty_message")
            _, record = codec.decode(message.value, expect=_SCHEMAS[kind])
            good.append(_Item(message, kind, record))
        except DecodeError as exc:
            bad.append((message, exc))
    return good, bad


def _batch_of(items: Sequence[_Item]) -> Batch:
    batch = Batch()
    for item in items:
        getattr(batch, item.kind).append(item.record)
    return batch


class _Stopped(Exception):
    """The sink was asked to stop while a batch was still unwritten; nothing is committed."""


class _Writer:
    """Owns the database connection: (re)connects, writes with backoff, isolates records it rejects."""

    def __init__(self, target: str | Path, options: SinkOptions, stop: asyncio.Event):
        self.target = target
        self.options = options
        self.stop = stop
        self.db: Database | None = None

    async def write(self, items: list[_Item], report: BatchReport) -> list[tuple[InMessage, StorageError]]:
        """Write ``items`` until it lands; returns the records the database itself refused."""
        delay = self.options.backoff_initial
        while True:
            try:
                return await self._write_once(items)
            except (SchemaVersionError, DatabaseUrlError):
                raise  # no retry can fix the configuration: stop with the error, nothing committed
            except StorageError as exc:  # outage, or a fault worth another try; never skip the batch
                report.retries += 1
                self.close()
                log.warning("storage write failed (%s); retrying in %.1fs, offsets not committed", exc, delay)
                if await self._stopped_within(delay):
                    raise _Stopped() from None
                delay = min(delay * 2, self.options.backoff_max)

    async def _write_once(self, items: list[_Item]) -> list[tuple[InMessage, StorageError]]:
        if self.db is None:
            self.db = await asyncio.to_thread(open_store, self.target)
        try:
            await asyncio.to_thread(write_batch, self.db, _batch_of(items))
            return []
        except StorageDataError:
            log.warning("the database refused a record of the batch; writing the %d records one by one", len(items))
        refused: list[tuple[InMessage, StorageError]] = []
        for item in items:  # an outage here propagates and the whole batch is retried (idempotently)
            try:
                await asyncio.to_thread(write_batch, self.db, _batch_of([item]))
            except StorageDataError as exc:
                refused.append((item.message, exc))
        return refused

    async def _stopped_within(self, seconds: float) -> bool:
        try:
            await asyncio.wait_for(self.stop.wait(), timeout=seconds)
            return True
        except asyncio.TimeoutError:
            return False

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


async def run_sink(settings: Settings, bootstrap: str, target: str | Path, options: SinkOptions,
                   stop: asyncio.Event | None = None,
                   on_batch: Callable[[BatchReport], None] | None = None) -> BatchReport:
    """Consume events, entities and alerts into ``target`` until ``stop`` is set; returns the totals."""
    stop = stop or asyncio.Event()
    codec = make_codec(settings)
    topics = settings.topics
    consumer = AIOKafkaConsumer(
        topics.events, topics.entities, topics.alerts,
        bootstrap_servers=bootstrap, group_id=options.group_id, enable_auto_commit=False,
        auto_offset_reset="earliest", max_poll_records=options.max_batch,
        isolation_level="read_committed",  # alerts are written in transactions: never store an aborted one
        **settings.group_options(), **settings.kafka_client_options())
    producer = make_producer(bootstrap, settings)
    writer = _Writer(target, options, stop)
    totals = BatchReport()
    try:
        await consumer.start()
        await producer.start()
    except KafkaError as exc:
        await _quietly_stop(consumer, producer)
        codec.close()
        raise BrokerError(f"cannot connect to Kafka at {bootstrap}: {exc}") from None
    log.info("storing %s, %s, %s into %s", topics.events, topics.entities, topics.alerts, describe_target(str(target)))
    idle_since = asyncio.get_running_loop().time()
    try:
        while not stop.is_set():
            polled = await consumer.getmany(timeout_ms=options.poll_timeout_ms, max_records=options.max_batch)
            if not polled:
                now = asyncio.get_running_loop().time()
                if options.idle_exit is not None and now - idle_since >= options.idle_exit:
                    break
                continue
            try:
                report = await _handle(polled, codec, settings, writer, producer, consumer)
            except _Stopped:
                break
            idle_since = asyncio.get_running_loop().time()
            _add(totals, report)
            if on_batch is not None:
                on_batch(report)
    finally:
        writer.close()
        codec.close()
        await _quietly_stop(consumer, producer)
    return totals


async def _handle(polled: dict[TopicPartition, list[Any]], codec: AvroCodec, settings: Settings, writer: _Writer,
                  producer: Any, consumer: AIOKafkaConsumer) -> BatchReport:
    messages = [InMessage(value=r.value, key=r.key, topic=r.topic, partition=r.partition, offset=r.offset)
                for records in polled.values() for r in records]
    items, undecodable = decode_messages(codec, settings, messages)
    report = BatchReport(messages=len(messages))
    refused = await writer.write(items, report) if items else []  # 1. write and commit the database
    failed: list[tuple[InMessage, str, BaseException]] = [(m, "decode", e) for m, e in undecodable]
    failed += [(m, "store", e) for m, e in refused]
    dead = [make_dead_letter(codec, m, stage, e, settings.dlq_max_original_bytes, settings.topics.store_dlq)
            for m, stage, e in failed]
    await _send_all(producer, dead)  # 2. the dead letters are acknowledged
    offsets = {tp: records[-1].offset + 1 for tp, records in polled.items()}
    try:
        await consumer.commit(offsets)  # 3. only now do the offsets move
    except (CommitFailedError, IllegalStateError) as exc:  # rebalanced away: the new owner replays, idempotently
        log.warning("offset commit failed after a rebalance (%s); the batch will be replayed", exc)
    refused_ids = {id(m) for m, _ in refused}
    for item in items:
        if id(item.message) not in refused_ids:
            setattr(report, item.kind, getattr(report, item.kind) + 1)
    report.dead_letters = len(dead)
    report.reasons = [getattr(e, "reason_code", type(e).__name__) for _, _, e in failed]
    return report


async def _send_all(producer: Any, records: Sequence[OutRecord]) -> None:
    if not records:
        return
    try:
        futures = [await producer.send(r.topic, value=r.value, key=r.key) for r in records]
        await asyncio.gather(*futures)
    except KafkaError as exc:
        raise BrokerError(f"could not publish dead letters to {records[0].topic}: {exc}") from None


def _add(totals: BatchReport, report: BatchReport) -> None:
    for name in ("messages", "events", "entities", "alerts", "dead_letters", "retries"):
        setattr(totals, name, getattr(totals, name) + getattr(report, name))
    totals.reasons.extend(report.reasons)


async def _quietly_stop(consumer: AIOKafkaConsumer, producer: Any) -> None:
    for client in (producer, consumer):
        try:
            await client.stop()
        except Exception:  # already stopped or never started
            log.debug("stopping %s failed", type(client).__name__, exc_info=True)
