"""Taken messages parked while the previous batch is processed, handed out in batches of up to ``size``.

faust's ``take_items`` yields whatever arrived within its timeout. Right after
a long NLP batch that is often a handful of messages even when thousands are
waiting, and spaCy then runs a small, less efficient batch. A pipelined
``BatchedAgent`` therefore keeps taking while its stage runs and parks what it
took here (held by the source, so none is committed early); the next batch is
full whenever there is a backlog and starts at once when there is not.
"""

from __future__ import annotations

import asyncio
from typing import Any

__all__ = ["BatchQueue"]


class BatchQueue:
    """A bounded FIFO of items: ``put`` waits while ``capacity`` are parked, ``take`` waits for at least one."""

    def __init__(self, size: int, capacity: int | None = None):
        if size < 1:
            raise ValueError("batch size must be at least 1")
        self.size = size
        self.capacity = capacity or size
        self._items: list[Any] = []
        self._changed = asyncio.Condition()

    def __len__(self) -> int:
        return len(self._items)

    async def put(self, items: list[Any]) -> None:
        async with self._changed:
            await self._changed.wait_for(lambda: len(self._items) < self.capacity)
            self._items.extend(items)
            self._changed.notify_all()

    async def take(self) -> list[Any]:
        """The oldest items, at most ``size`` of them."""
        async with self._changed:
            await self._changed.wait_for(lambda: bool(self._items))
            batch, self._items = self._items[: self.size], self._items[self.size:]
            self._changed.notify_all()
            return batch

    def drain(self) -> list[Any]:
        """Everything parked (stopping: the caller leaves these uncommitted)."""
        batch, self._items = self._items, []
        return batch
