"""The store sink's work on one polled batch, apart from its consumer loop (sink.py): decode the records,
write them with backoff until the database has them, and isolate the records it refuses.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError

from diplo.streams.codec import AvroCodec, DecodeError
from diplo.streams.errors import BrokerError
from diplo.streams.messages import InMessage, OutRecord, make_dead_letter
from diplo.streams.settings import Settings

from . import open_store
from .database import Database
from .errors import DatabaseUrlError, SchemaVersionError, StorageDataError, StorageError
from .writer import Batch, write_batch

__all__ = ["SinkOptions", "BatchReport", "SinkItem", "SinkStopped", "SinkWriter", "decode_messages", "settle",
           "add_report", "handle_batch", "stop_clients"]

log = logging.getLogger("diplo.streams.storage.sink")  # the sink's logger: its retries and refusals are the sink's


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
class SinkItem:
    message: InMessage
    kind: str  # events / entities / alerts
    record: dict[str, Any]


_SCHEMAS = {"events": "DiplomaticEvent", "entities": "ArticleEntities", "alerts": "Alert"}


def decode_messages(codec: AvroCodec, settings: Settings, messages: Sequence[InMessage]
                    ) -> tuple[list[SinkItem], list[tuple[InMessage, DecodeError]]]:
    """Decoded records by kind, and the messages that failed with why; never raises."""
    kinds = {settings.topics.events: "events", settings.topics.entities: "entities", settings.topics.alerts: "alerts"}
    good: list[SinkItem] = []
    bad: list[tuple[InMessage, DecodeError]] = []
    for message in messages:
        kind = kinds[message.topic]
        try:
            if message.value is None:
                raise DecodeError(f"message at offset {message.offset} has no value (tombstone)", "empty_message")
            _, record = codec.decode(message.value, expect=_SCHEMAS[kind])
            good.append(SinkItem(message, kind, record))
        except DecodeError as exc:
            bad.append((message, exc))
    return good, bad


def _batch_of(items: Sequence[SinkItem]) -> Batch:
    batch = Batch()
    for item in items:
        getattr(batch, item.kind).append(item.record)
    return batch


class SinkStopped(Exception):
    """The sink was asked to stop while a batch was still unwritten; nothing is committed."""


class SinkWriter:
    """Owns the database connection: (re)connects, writes with backoff, isolates records it rejects."""

    def __init__(self, target: str | Path, options: SinkOptions, stop: asyncio.Event):
        self.target = target
        self.options = options
        self.stop = stop
        self.db: Database | None = None

    async def write(self, items: list[SinkItem], report: BatchReport) -> list[tuple[InMessage, StorageError]]:
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
                    raise SinkStopped() from None
                delay = min(delay * 2, self.options.backoff_max)

    async def _write_once(self, items: list[SinkItem]) -> list[tuple[InMessage, StorageError]]:
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


def add_report(totals: BatchReport, report: BatchReport) -> None:
    """Add one batch's counts and reasons to the running totals."""
    for name in ("messages", "events", "entities", "alerts", "dead_letters", "retries"):
        setattr(totals, name, getattr(totals, name) + getattr(report, name))
    totals.reasons.extend(report.reasons)


def settle(report: BatchReport, codec: AvroCodec, settings: Settings, items: Sequence[SinkItem],
           undecodable: Sequence[tuple[InMessage, DecodeError]],
           refused: Sequence[tuple[InMessage, StorageError]]) -> list[OutRecord]:
    """The batch's dead letters (undecodable and refused records, with why), counting the stored ones in ``report``."""
    failed: list[tuple[InMessage, str, BaseException]] = [(m, "decode", e) for m, e in undecodable]
    failed += [(m, "store", e) for m, e in refused]
    dead = [make_dead_letter(codec, m, stage, e, settings.dlq_max_original_bytes, settings.topics.store_dlq)
            for m, stage, e in failed]
    refused_ids = {id(m) for m, _ in refused}
    for item in items:
        if id(item.message) not in refused_ids:
            setattr(report, item.kind, getattr(report, item.kind) + 1)
    report.dead_letters = len(dead)
    report.reasons = [getattr(e, "reason_code", type(e).__name__) for _, _, e in failed]
    return dead


async def handle_batch(polled: dict[TopicPartition, list[Any]], codec: AvroCodec, settings: Settings,
                       writer: SinkWriter, producer: Any, consumer: AIOKafkaConsumer) -> BatchReport:
    """1. write and commit the database, 2. publish the dead letters and wait for them, 3. commit the offsets."""
    messages = [InMessage(value=r.value, key=r.key, topic=r.topic, partition=r.partition, offset=r.offset)
                for records in polled.values() for r in records]
    items, undecodable = decode_messages(codec, settings, messages)
    report = BatchReport(messages=len(messages))
    refused = await writer.write(items, report) if items else []  # 1. write and commit the database
    dead = settle(report, codec, settings, items, undecodable, refused)
    await _send_all(producer, dead)  # 2. the dead letters are acknowledged
    offsets = {tp: records[-1].offset + 1 for tp, records in polled.items()}
    try:
        await consumer.commit(offsets)  # 3. only now do the offsets move
    except (CommitFailedError, IllegalStateError) as exc:  # rebalanced away: the new owner replays, idempotently
        log.warning("offset commit failed after a rebalance (%s); the batch will be replayed", exc)
    return report


async def _send_all(producer: Any, records: Sequence[OutRecord]) -> None:
    if not records:
        return
    try:
        futures = [await producer.send(r.topic, value=r.value, key=r.key) for r in records]
        await asyncio.gather(*futures)
    except KafkaError as exc:
        raise BrokerError(f"could not publish dead letters to {records[0].topic}: {exc}") from None


async def stop_clients(consumer: AIOKafkaConsumer, producer: Any) -> None:
    """Stop both clients, whatever state they are in."""
    for client in (producer, consumer):
        try:
            await client.stop()
        except Exception:  # already stopped or never started
            log.debug("stopping %s failed", type(client).__name__, exc_info=True)
