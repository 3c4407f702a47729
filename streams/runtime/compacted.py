"""A compacted topic held in full by every worker, because faust's GlobalTable cannot be trusted with it.

faust's GlobalTable does not apply records that other clients write to its
changelog on the worker that owns the partition as active (faust #541), and
its memory store drops keys of unassigned partitions on recovery. This reader
instead reads partition 0 from the beginning with a group-less consumer and
keeps following it, so records written by any client reach every worker.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from aiokafka import AIOKafkaConsumer, TopicPartition

from ..errors import BrokerError
from ..settings import Settings

__all__ = ["CompactedTable"]

log = logging.getLogger(__name__)

V = TypeVar("V")


class CompactedTable(Generic[V]):
    """key -> latest decoded value of a one-partition compacted topic; a tombstone deletes."""

    def __init__(self, bootstrap: str, settings: Settings, topic: str, decode: Callable[[bytes], V]):
        self.bootstrap = bootstrap
        self.settings = settings
        self.topic = topic
        self.decode = decode  # raises to have a record ignored (logged)
        self.values: dict[str, V] = {}
        self._position = 0  # next offset to apply
        self._changed = asyncio.Condition()
        self._ready = asyncio.Event()
        self._consumer: AIOKafkaConsumer | None = None
        self._tp = TopicPartition(topic, 0)

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    async def wait_ready(self) -> None:
        await self._ready.wait()

    async def start(self) -> None:
        """Read the topic up to its current end; after this the table holds every key."""
        self._consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False,
                                          **self.settings.kafka_client_options(AIOKafkaConsumer))
        try:  # a failed start leaves a client that warns "Unclosed AIOKafkaConsumer" after the error line
            await self._consumer.start()
            if self.topic not in await self._consumer.topics():
                raise BrokerError(f"topic {self.topic!r} does not exist; start a worker or run `diplo broker start` "
                                  "first")
            self._consumer.assign([self._tp])
            await self._consumer.seek_to_beginning(self._tp)
            end = (await self._consumer.end_offsets([self._tp]))[self._tp]
            while self._position < end:
                await self.poll_once()
        except BaseException:
            await self._consumer.stop()
            raise
        self._ready.set()
        log.info("%d records loaded from %s", len(self.values), self.topic)

    async def follow(self) -> None:
        """Apply new records until cancelled."""
        while True:
            await self.poll_once()

    async def poll_once(self, timeout_ms: int = 500) -> None:
        assert self._consumer is not None, "start() first"
        batch = await self._consumer.getmany(self._tp, timeout_ms=timeout_ms)
        async with self._changed:
            for record in batch.get(self._tp, []):
                self._apply(record)
                self._position = record.offset + 1
            if not batch:  # compaction leaves gaps; the consumer position is the truth
                self._position = max(self._position, await self._consumer.position(self._tp))
            self._changed.notify_all()

    async def wait_for_offset(self, offset: int, timeout: float = 15.0) -> None:
        """Wait until the record at ``offset`` has been applied (read-your-writes)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self._position > offset), timeout)

    async def stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    def _apply(self, record: Any) -> None:
        key = record.key.decode("utf-8", "replace") if record.key is not None else None
        if key is None:
            log.warning("%s record at offset %d has no key; ignored", self.topic, record.offset)
        elif record.value is None:
            self.values.pop(key, None)
        else:
            try:
                self.values[key] = self.decode(record.value)
            except Exception as exc:  # a bad record must not stop every worker from following the topic
                log.warning("%s record %s at offset %d ignored: %s", self.topic, key, record.offset, exc)
