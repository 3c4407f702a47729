"""Outputs, state and input offsets of one partition's batch in one Kafka transaction: all of them or none.

One transactional producer per input partition (``transactional.id`` =
``{prefix}-{partition}``): whoever owns the partition next, a restarted worker
or another one, fences the previous producer and aborts its open transaction
when it starts, so readers with ``isolation_level=read_committed`` never see an
output whose input offset was not committed with it, nor wait for a dead
worker's transaction to time out. (faust's exactly-once cannot do this:
LEDGER.md #9.)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from ..kafka_io import make_producer
from ..messages import OutRecord
from ..settings import Settings

__all__ = ["PartitionTransactions", "read_partition"]

log = logging.getLogger(__name__)


class PartitionTransactions:
    """The transactional producers of the input partitions this worker owns."""

    def __init__(self, bootstrap: str, settings: Settings, id_prefix: str):
        self.bootstrap = bootstrap
        self.settings = settings
        self.id_prefix = id_prefix
        self._producers: dict[int, AIOKafkaProducer] = {}

    async def open(self, partition: int) -> None:
        """Start the partition's producer: fences any earlier owner and aborts its open transaction."""
        if partition in self._producers:
            return
        producer = make_producer(self.bootstrap, self.settings, transactional_id=f"{self.id_prefix}-{partition}",
                                 enable_idempotence=True)
        await producer.start()
        self._producers[partition] = producer

    async def close(self, partition: int) -> None:
        producer = self._producers.pop(partition, None)
        if producer is not None:
            await producer.stop()

    async def close_all(self) -> None:
        for partition in list(self._producers):
            await self.close(partition)

    async def commit(self, partition: int, records: Sequence[OutRecord],
                     state: Sequence[tuple[str, bytes, bytes | None]],
                     offsets: dict[TopicPartition, int], group_id: str) -> None:
        """Send ``records`` and ``state`` (topic, key, value on ``partition``) and commit ``offsets``, atomically."""
        producer = self._producers[partition]
        async with producer.transaction():  # an exception aborts: nothing of the batch becomes visible
            futures: list[Any] = []
            for r in records:
                timestamp_ms = int(r.timestamp * 1000) if r.timestamp else None
                futures.append(await producer.send(r.topic, r.value, key=r.key, timestamp_ms=timestamp_ms))
            for topic, key, value in state:
                futures.append(await producer.send(topic, value, key=key, partition=partition))
            await asyncio.gather(*futures)
            await producer.send_offsets_to_transaction(offsets, group_id)


async def read_partition(bootstrap: str, settings: Settings, topic: str, partition: int) -> dict[bytes, bytes]:
    """The committed state of one changelog partition: key -> latest value (a tombstone deletes)."""
    tp = TopicPartition(topic, partition)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                isolation_level="read_committed", **settings.kafka_client_options(AIOKafkaConsumer))
    try:  # started inside: a failed start is closed too
        await consumer.start()
        consumer.assign([tp])
        await consumer.seek_to_beginning(tp)
        end = (await consumer.end_offsets([tp]))[tp]  # the last stable offset: committed data only
        state: dict[bytes, bytes] = {}
        while await consumer.position(tp) < end:
            for record in (await consumer.getmany(tp, timeout_ms=500)).get(tp, []):
                if record.value is None:
                    state.pop(record.key, None)
                else:
                    state[record.key] = record.value
        return state
    finally:
        await consumer.stop()
