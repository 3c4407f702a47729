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
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError

from diplo.streams.codec import AvroCodec, make_codec
from diplo.streams.errors import BrokerError
from diplo.streams.kafka_io import make_producer
from diplo.streams.messages import InMessage, OutRecord
from diplo.streams.settings import Settings

from .database import describe_target
from .sink_batch import BatchReport, SinkOptions, SinkStopped, SinkWriter, add_report, decode_messages, settle

__all__ = ["SinkOptions", "BatchReport", "decode_messages", "run_sink"]

log = logging.getLogger(__name__)


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
        **settings.group_options(), **settings.kafka_client_options(AIOKafkaConsumer))
    producer = make_producer(bootstrap, settings)
    writer = SinkWriter(target, options, stop)
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
            except SinkStopped:
                break
            idle_since = asyncio.get_running_loop().time()
            add_report(totals, report)
            if on_batch is not None:
                on_batch(report)
    finally:
        writer.close()
        codec.close()
        await _quietly_stop(consumer, producer)
    return totals


async def _handle(polled: dict[TopicPartition, list[Any]], codec: AvroCodec, settings: Settings, writer: SinkWriter,
                  producer: Any, consumer: AIOKafkaConsumer) -> BatchReport:
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


async def _quietly_stop(consumer: AIOKafkaConsumer, producer: Any) -> None:
    for client in (producer, consumer):
        try:
            await client.stop()
        except Exception:  # already stopped or never started
            log.debug("stopping %s failed", type(client).__name__, exc_info=True)
