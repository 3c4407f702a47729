"""A faust stream without a broker: real faust messages and reference counts, a consumer that records acks.

It acknowledges like faust-streaming 0.15.3's ``take_events``: a batch when the
generator moves on to the next one, and the last batch when it is closed (also
after the agent raised or was cancelled).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from faust.types.tuples import ConsumerMessage

__all__ = ["FakeConsumer", "FakeEvent", "FakeStream"]


@dataclass
class FakeConsumer:
    """Offsets reported committable, in the order faust would learn of them."""

    acked: list[int] = field(default_factory=list)

    def ack(self, message: Any) -> bool:
        self.acked.append(message.offset)
        return True


class FakeEvent:
    def __init__(self, consumer: FakeConsumer, offset: int, value: bytes, topic: str = "t", partition: int = 0):
        self.consumer = consumer
        self.message = ConsumerMessage(topic, partition, offset, 1000.0 + offset, 0, None, b"k%d" % offset, value, None)
        self.message.refcount = 1  # the stream's own reference

    def ack(self) -> bool:
        return self.message.ack(self.consumer)


class FakeStream:
    """Yields ``takes`` (lists of values) as batches of events; then waits, like a stream with nothing new."""

    def __init__(self, takes: list[list[bytes]], topic: str = "t", start: int = 0, ends: bool = False):
        self.consumer = FakeConsumer()
        self.batches: list[list[FakeEvent]] = []
        offset = start
        for take in takes:
            self.batches.append([FakeEvent(self.consumer, offset + i, v, topic) for i, v in enumerate(take)])
            offset += len(take)
        self.ends = ends
        self.exhausted = asyncio.Event()

    async def take_events(self, size: int, within: float) -> AsyncIterator[list[FakeEvent]]:
        previous: list[FakeEvent] = []
        try:
            for batch in self.batches:
                for event in previous:
                    event.ack()
                previous = batch
                yield batch
            self.exhausted.set()
            if not self.ends:
                await asyncio.Event().wait()
        finally:
            for event in previous:
                event.ack()

    async def events(self) -> AsyncIterator[FakeEvent]:
        async for batch in self.take_events(1, 0.0):
            for event in batch:
                yield event
