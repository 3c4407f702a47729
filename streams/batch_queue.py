"""Held stream events waiting for the NLP thread, handed out in batches of up to ``size``.

faust's ``take_events`` yields whatever arrived within its timeout. Right after
a long NLP batch that is often a handful of messages even when thousands are
waiting, and spaCy then runs a small, less efficient batch. The extract agent
therefore keeps taking events while NLP runs and parks them here (held, see
``agent_guard.hold``, so none is committed early); the next batch is full
whenever there is a backlog and starts at once when there is not.
"""

from __future__ import annotations

import asyncio
from typing import Any

__all__ = ["BatchQueue"]


class BatchQueue:
    """A bounded FIFO of events: ``put`` waits while ``capacity`` are parked, ``take`` waits for at least one."""

    def __init__(self, size: int, capacity: int | None = None):
        if size < 1:
            raise ValueError("batch size must be at least 1")
        self.size = size
        self.capacity = capacity or size
        self._events: list[Any] = []
        self._changed = asyncio.Condition()

    def __len__(self) -> int:
        return len(self._events)

    async def put(self, events: list[Any]) -> None:
        async with self._changed:
            await self._changed.wait_for(lambda: len(self._events) < self.capacity)
            self._events.extend(events)
            self._changed.notify_all()

    async def take(self) -> list[Any]:
        """The oldest events, at most ``size`` of them."""
        async with self._changed:
            await self._changed.wait_for(lambda: bool(self._events))
            batch, self._events = self._events[: self.size], self._events[self.size:]
            self._changed.notify_all()
            return batch

    def drain(self) -> list[Any]:
        """Everything parked (worker stop: these are left uncommitted)."""
        batch, self._events = self._events, []
        return batch
