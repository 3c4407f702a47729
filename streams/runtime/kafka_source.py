"""A topic read by diplo's own consumer group, for stages whose progress faust must not commit.

Two stages cannot use faust's commits: webhook delivery (work finishes out of
order, LEDGER.md #4) and alert emission (offsets are committed inside a Kafka
transaction, which faust's per-output-partition transactions cannot do,
LEDGER.md #9). They read through this source instead: one aiokafka consumer in
its own group, ``read_committed``, auto-commit off, batches of one partition
at a time. ``progress`` says how offsets are committed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import CommitFailedError, IllegalStateError, KafkaError

from ..messages import InMessage
from ..settings import Settings
from .driver import Item
from .watermark import Watermark

__all__ = ["KafkaSource", "PartitionHooks"]

log = logging.getLogger(__name__)

PartitionHooks = Callable[[list[TopicPartition]], Awaitable[None]]


class KafkaSource:
    """Batches of one partition from a group consumer; ``watermark`` commits, or the stage commits in a transaction.

    With ``commit_watermark`` the source commits the lowest unfinished offset of
    each partition whenever it moves (items are finished with ``finish``); without
    it, the stage commits offsets itself (``send_offsets_to_transaction``).
    A lock is held while a batch is handled, so a rebalance waits for it.
    """

    def __init__(self, bootstrap: str, settings: Settings, topic: str, group_id: str, size: int, within: float,
                 commit_watermark: bool, on_assigned: PartitionHooks | None = None,
                 on_revoked: PartitionHooks | None = None, consumer: Any = None):
        self.topic = topic
        self.group_id = group_id
        self.size = size
        self.within = within
        self.commit_watermark = commit_watermark
        self.watermark = Watermark()
        self.batch_lock = asyncio.Lock()
        self._on_assigned = on_assigned
        self._on_revoked = on_revoked
        self._moved = asyncio.Event()
        self._committed: dict[TopicPartition, int] = {}
        self._bootstrap = bootstrap
        self._settings = settings
        self.consumer: Any = consumer  # made in start() unless given (tests): aiokafka clients need the running loop

    async def start(self) -> None:
        if self.consumer is None:
            self.consumer = AIOKafkaConsumer(
                bootstrap_servers=self._bootstrap, group_id=self.group_id, enable_auto_commit=False,
                auto_offset_reset="earliest", isolation_level="read_committed", max_poll_records=self.size,
                **self._settings.group_options(), **self._settings.kafka_client_options(AIOKafkaConsumer))
        self.consumer.subscribe([self.topic], listener=_Listener(self))
        await self.consumer.start()

    async def stop(self) -> None:
        if self.consumer is None:
            return
        if self.commit_watermark:
            await self.commit()
        await self.consumer.stop()

    async def takes(self) -> AsyncIterator[list[Item]]:
        committer = asyncio.ensure_future(self._commit_when_moved()) if self.commit_watermark else None
        try:
            while True:
                polled = await self.consumer.getmany(timeout_ms=int(self.within * 1000), max_records=self.size)
                batches = [[Item(_message(r)) for r in records] for records in polled.values() if records]
                for batch in batches:  # every record is taken before any is handled: the position never runs ahead
                    for item in batch:
                        self.watermark.taken((item.message.topic, item.message.partition), item.message.offset)
                for batch in batches:
                    yield batch
        finally:
            if committer is not None:
                committer.cancel()
                await asyncio.gather(committer, return_exceptions=True)

    def owns(self, partition: int) -> bool:
        return TopicPartition(self.topic, partition) in self.consumer.assignment()

    def done(self, items: Sequence[Item]) -> None:
        for item in items:
            self.finish(item.message)

    def keep(self, items: Sequence[Item]) -> None:
        """Nothing to do: an unfinished offset stays below the watermark, an uncommitted transaction aborts."""

    def finish(self, message: InMessage) -> None:
        """``message`` is finished (delivered or dead-lettered): the watermark may move past it."""
        if self.watermark.finished((message.topic, message.partition), message.offset):
            self._moved.set()

    async def commit(self, partitions: Sequence[TopicPartition] | None = None) -> None:
        """Commit the watermark of ``partitions`` (default: every assigned one)."""
        offsets = {}
        for tp in partitions if partitions is not None else list(self.consumer.assignment()):
            offset = self.watermark.committable((tp.topic, tp.partition), await self._position(tp))
            if offset is not None and offset != self._committed.get(tp):
                offsets[tp] = offset
        if not offsets:
            return
        try:
            await self.consumer.commit(offsets)
            self._committed.update(offsets)
        except (CommitFailedError, IllegalStateError, KafkaError) as exc:  # rebalancing: the next owner retries
            log.warning("%s: offset commit failed (%s); unfinished work is retried", self.group_id, exc)

    async def _position(self, tp: TopicPartition) -> int | None:
        try:
            return await self.consumer.position(tp)
        except (IllegalStateError, KafkaError):
            return None

    async def _commit_when_moved(self, idle: float = 1.0) -> None:
        """Commit when work finished, and at least every ``idle`` seconds
        (the position moves past transaction markers)."""
        while True:
            try:
                await asyncio.wait_for(self._moved.wait(), idle)
            except asyncio.TimeoutError:
                pass
            self._moved.clear()
            await self.commit()


class _Listener(ConsumerRebalanceListener):
    """Commits and forgets moved partitions after the batch in hand; lets the stage set up assigned ones."""

    def __init__(self, source: KafkaSource):
        self.source = source

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        async with self.source.batch_lock:
            if self.source.commit_watermark:
                await self.source.commit(revoked)
            self.source.watermark.forget((tp.topic, tp.partition) for tp in revoked)
            for tp in revoked:
                self.source._committed.pop(tp, None)
            if self.source._on_revoked is not None and revoked:
                await self.source._on_revoked(list(revoked))

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        if self.source._on_assigned is not None and assigned:
            async with self.source.batch_lock:
                await self.source._on_assigned(list(assigned))


def _message(record: Any) -> InMessage:
    return InMessage(
        value=record.value,
        key=record.key,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp=record.timestamp / 1000.0 if record.timestamp else None,
    )
