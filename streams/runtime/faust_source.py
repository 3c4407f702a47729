"""A faust stream as a ``Source`` for ``BatchedAgent``: held messages, skipped offsets read back."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from .driver import Item
from .faust_events import hold, keep_uncommitted, message_of, release, where
from .gaps import GapReader

__all__ = ["FaustSource"]


class FaustSource:
    """Takes from a faust stream in batches; nothing is committed until ``done`` releases it.

    ``size == 1`` iterates event by event in the agent's own task, so faust
    tables written while publishing go to the changelog partition of the event.
    """

    def __init__(self, stream: Any, size: int, within: float, gaps: GapReader | None = None):
        self.stream = stream
        self.size = size
        self.within = within
        self.gaps = gaps

    async def takes(self) -> AsyncIterator[list[Item]]:
        async for events in self._events():
            hold(events)  # committed by ``done``, not when faust moves on
            try:
                items: list[Item] = []
                for event in events:
                    if self.gaps is not None:  # messages faust skipped around a rebalance come first, in order
                        items += [Item(message) for message in await self.gaps.before(*where(event))]
                    items.append(Item(message_of(event), event))
            except BaseException:
                keep_uncommitted(events)
                raise
            yield items

    async def _events(self) -> AsyncIterator[Sequence[Any]]:
        if self.size == 1:
            async for event in self.stream.events():
                yield [event]
        else:
            async for events in self.stream.take_events(self.size, within=self.within):
                yield events

    def done(self, items: Sequence[Item]) -> None:
        release(_events_of(items))

    def keep(self, items: Sequence[Item]) -> None:
        keep_uncommitted(_events_of(items))


def _events_of(items: Sequence[Item]) -> list[Any]:
    """The faust events behind ``items`` (messages read back from a gap have none: faust never tracked them)."""
    return [item.handle for item in items if item.handle is not None]
