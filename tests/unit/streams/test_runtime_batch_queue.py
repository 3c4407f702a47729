"""The queue between the extract agent's stream and its NLP batches."""

from __future__ import annotations

import asyncio

import pytest

from diplo.streams.runtime.batch_queue import BatchQueue


def test_small_takes_from_the_stream_become_one_full_batch() -> None:
    async def run() -> list[list[int]]:
        queue = BatchQueue(size=4, capacity=8)
        for chunk in ([1, 2], [3], [4, 5, 6]):
            await queue.put(chunk)
        return [await queue.take(), await queue.take()]

    assert asyncio.run(run()) == [[1, 2, 3, 4], [5, 6]]


def test_put_waits_while_the_queue_is_at_capacity() -> None:
    async def run() -> tuple[bool, bool, list[int]]:
        queue = BatchQueue(size=2, capacity=2)
        await queue.put([1, 2])
        blocked = asyncio.ensure_future(queue.put([3]))
        await asyncio.sleep(0)  # let the put run until it waits
        was_waiting = not blocked.done()
        first = await queue.take()
        await asyncio.wait_for(blocked, timeout=5)
        return was_waiting, blocked.done(), first + await queue.take()

    assert asyncio.run(run()) == (True, True, [1, 2, 3])


def test_take_waits_for_the_first_event_and_drain_empties() -> None:
    async def run() -> tuple[list[int], list[int], int]:
        queue = BatchQueue(size=8)
        taking = asyncio.ensure_future(queue.take())
        await asyncio.sleep(0)
        assert not taking.done()
        await queue.put([7])
        got = await asyncio.wait_for(taking, timeout=5)
        await queue.put([8, 9])
        return got, queue.drain(), len(queue)

    assert asyncio.run(run()) == ([7], [8, 9], 0)


def test_a_batch_size_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        BatchQueue(size=0)
