"""The one loop every diplo agent runs: take messages, process, publish, and only then let their offsets go.

faust's agent loop acknowledges what it handed the body when the body moves
on, raises or is cancelled, and commits past a single unacknowledged message
(LEDGER.md). So agents never acknowledge anything themselves: a ``Source``
hands out ``Item``s and lets their offsets go only when the driver says
``done`` (every output acknowledged by Kafka) and keeps them when it says
``keep`` (stopping, or a failure). Batches are done in the order they were
taken, so the committed offset never passes an unfinished message.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from ..messages import InMessage
from .batch_queue import BatchQueue
from .stopping import stop_worker

__all__ = ["Item", "Source", "BatchedAgent"]

T = TypeVar("T")


@dataclass(frozen=True)
class Item:
    """One taken message and the source's handle for letting its offset go (None: nothing to let go)."""

    message: InMessage
    handle: Any = None


class Source(Protocol):
    """Where an agent's messages come from, and how their offsets are committed or kept."""

    def takes(self) -> AsyncIterator[list[Item]]: ...

    def done(self, items: Sequence[Item]) -> None: ...

    def keep(self, items: Sequence[Item]) -> None: ...


OnFailure = Callable[[str, BaseException, int], Any]


@dataclass
class BatchedAgent(Generic[T]):
    """Drives ``process`` (plain code, optionally in a thread) and ``publish`` (async sends) over a source.

    ``pipelined``: keep taking while a batch is processed and publish batch k
    while batch k+1 is processed (outputs still in batch order); batches are
    refilled up to ``batch_size`` from what was taken meanwhile.
    ``finishes_itself``: ``publish`` only starts the work and the stage tells
    the source itself when each message is finished (webhook deliveries).
    ``on_failure`` runs after an unexpected error, with the batch kept
    uncommitted; the default ends the worker (status 70).
    """

    name: str
    process: Callable[[list[InMessage]], T]
    publish: Callable[[T, list[InMessage]], Awaitable[None]]
    batch_size: int = 1
    offload: bool = False
    pipelined: bool = False
    finishes_itself: bool = False
    on_failure: OnFailure = stop_worker

    async def run(self, source: Source) -> None:
        """Until cancelled or the source ends; nothing taken is let go unless its outputs are acknowledged."""
        if self.pipelined:
            await self._run_pipelined(source)
            return
        items: list[Item] = []
        try:
            async for items in source.takes():
                messages = [item.message for item in items]
                await self.publish(await self._process(messages), messages)
                if not self.finishes_itself:
                    source.done(items)
                items = []
        except Exception as exc:
            self._fail(source, items, exc)
        except BaseException:
            source.keep(items)  # stopping mid-batch: read again after the restart
            raise

    async def _process(self, messages: list[InMessage]) -> T:
        if self.offload:
            return await asyncio.get_running_loop().run_in_executor(None, self.process, messages)
        return self.process(messages)

    def _fail(self, source: Source, items: Sequence[Item], exc: BaseException) -> None:
        source.keep(items)
        self.on_failure(self.name, exc, len(items))

    async def _run_pipelined(self, source: Source) -> None:
        waiting = BatchQueue(self.batch_size)
        processing = asyncio.ensure_future(self._process_parked(waiting, source))
        items: list[Item] = []
        try:
            async for items in source.takes():
                if processing.done():  # the processing task failed and on_failure returned
                    break
                await waiting.put(items)
                items = []
        except Exception as exc:
            self._fail(source, items, exc)
        except BaseException:
            source.keep(items)
            raise
        finally:
            processing.cancel()
            await asyncio.gather(processing, return_exceptions=True)
            source.keep(waiting.drain())  # parked, never processed: read again after a restart

    async def _process_parked(self, waiting: BatchQueue, source: Source) -> None:
        publishing: asyncio.Future | None = None
        items: list[Item] = []
        try:
            while True:
                items = await waiting.take()
                messages = [item.message for item in items]
                output = await self._process(messages)
                if publishing is not None:
                    await publishing  # one batch in flight: outputs stay in batch order
                    if publishing.result() is False:
                        return
                publishing = asyncio.ensure_future(self._publish(output, items, source))
                items = []
        except Exception as exc:
            self._fail(source, items, exc)
        except BaseException:
            source.keep(items)
            if publishing is not None:
                publishing.cancel()
                await asyncio.gather(publishing, return_exceptions=True)
            raise

    async def _publish(self, output: T, items: list[Item], source: Source) -> bool:
        try:
            await self.publish(output, [item.message for item in items])
        except asyncio.CancelledError:
            source.keep(items)  # stopping: read again after the restart
            raise
        except Exception as exc:
            self._fail(source, items, exc)
            return False
        source.done(items)
        return True
