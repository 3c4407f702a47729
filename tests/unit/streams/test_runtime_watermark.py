"""Delivery progress: committed only below the lowest unfinished delivery of each partition, no broker."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace

from aiokafka import TopicPartition

from diplo.streams.messages import InMessage
from diplo.streams.runtime import BatchedAgent
from diplo.streams.runtime.kafka_source import KafkaSource
from diplo.streams.runtime.watermark import Watermark
from diplo.streams.settings import Settings

TP = ("alerts", 0)


def test_the_watermark_stops_at_the_lowest_unfinished_offset() -> None:
    mark = Watermark()
    for offset in range(3, 8):
        mark.taken(TP, offset)
    for offset in (4, 5, 7):
        mark.finished(TP, offset)
    assert mark.committable(TP) == 3, "committed past the delivery still in flight at offset 3"
    mark.finished(TP, 3)
    assert mark.committable(TP) == 6
    mark.finished(TP, 6)
    assert mark.committable(TP) == 8
    assert mark.committable(TP, position=10) == 10, "a transaction marker after the last record is passed"
    mark.forget([TP])
    assert mark.committable(TP) is None and not mark.finished(TP, 9)


class FakeConsumer:
    """What KafkaSource uses of aiokafka's consumer: one fetch of ``records``, then nothing; commits recorded."""

    def __init__(self, records: list[SimpleNamespace]):
        self.records = records
        self.commits: list[dict[TopicPartition, int]] = []
        self.committed = asyncio.Event()
        self.fetched = asyncio.Event()

    def subscribe(self, topics: list[str], listener: object) -> None:
        pass

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass

    def assignment(self) -> set[TopicPartition]:
        return {TopicPartition("alerts", 0)}

    async def position(self, tp: TopicPartition) -> int:
        return self.records[-1].offset + 1

    async def getmany(self, timeout_ms: int, max_records: int) -> dict:
        if not self.fetched.is_set():
            self.fetched.set()
            return {TopicPartition("alerts", 0): self.records}
        await asyncio.sleep(timeout_ms / 1000)  # a poll that finds nothing new takes its timeout
        return {}

    async def commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.commits.append(dict(offsets))
        self.committed.set()

    def last(self) -> int | None:
        return self.commits[-1][TopicPartition("alerts", 0)] if self.commits else None


def _records(*offsets: int) -> list[SimpleNamespace]:
    return [SimpleNamespace(value=b"alert-%d" % o, key=b"s", topic="alerts", partition=0, offset=o, timestamp=1000)
            for o in offsets]


async def _until(condition: Callable[[], bool], consumer: FakeConsumer) -> None:
    while not condition():
        consumer.committed.clear()
        await asyncio.wait_for(consumer.committed.wait(), 5)


def test_deliveries_finishing_out_of_order_never_commit_past_one_in_flight() -> None:
    """The delivery at offset 3 hangs (its receiver holds it), 4 and 5 finish; the worker dies."""
    consumer = FakeConsumer(_records(3, 4, 5))
    source = KafkaSource("unused:9092", Settings(), "alerts", "g-deliver", 10, 0.05, commit_watermark=True,
                         consumer=consumer)
    held: dict[int, asyncio.Event] = {}

    async def deliver(message: InMessage) -> None:
        held[message.offset] = asyncio.Event()
        if message.offset == 3:
            await held[3].wait()  # the receiver is holding the first delivery
        source.finish(message)

    async def start_deliveries(messages: list[InMessage], _: list[InMessage]) -> None:
        for message in messages:
            asyncio.ensure_future(deliver(message))

    agent = BatchedAgent("alert-deliver", list, start_deliveries, finishes_itself=True)

    async def scenario() -> tuple[int | None, int | None]:
        await source.start()
        task = asyncio.ensure_future(agent.run(source))
        await _until(lambda: consumer.last() == 3, consumer)
        while source.watermark.unfinished(("alerts", 0)) > 1:
            await asyncio.sleep(0)  # let the deliveries of 4 and 5 run to their end
        await source.commit()  # as the committer would, with 4 and 5 finished and 3 held
        while_held = consumer.last()
        held[3].set()
        await _until(lambda: consumer.last() == 6, consumer)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await source.stop()
        return while_held, consumer.last()

    while_held, after = asyncio.run(scenario())
    assert while_held == 3, f"committed {while_held} while the delivery at offset 3 was unfinished"
    assert after == 6
    assert [c[TopicPartition("alerts", 0)] for c in consumer.commits] == [3, 6], consumer.commits
