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
from collections.abc import Callable
from pathlib import Path

from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaError

from diplo.streams.codec import make_codec
from diplo.streams.errors import BrokerError
from diplo.streams.kafka_io import make_producer
from diplo.streams.settings import Settings

from .database import describe_target
from .sink_batch import (
    BatchReport,
    SinkOptions,
    SinkStopped,
    SinkWriter,
    add_report,
    decode_messages,
    handle_batch,
    stop_clients,
)

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
        await stop_clients(consumer, producer)
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
                report = await handle_batch(polled, codec, settings, writer, producer, consumer)
            except SinkStopped:
                break
            idle_since = asyncio.get_running_loop().time()
            add_report(totals, report)
            if on_batch is not None:
                on_batch(report)
    finally:
        writer.close()
        codec.close()
        await stop_clients(consumer, producer)
    return totals
