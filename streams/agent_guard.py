"""What every faust agent of diplo does the same way: read a message, fail safely, re-read skipped offsets.

faust restarts an agent whose body raised and then commits the messages it was
handed unprocessed (a test lost 472 of 600 articles that way), and ``app.crash``
hangs waiting for them. So an unexpected error keeps the batch out of the next
commit and ends the worker (status 70, EX_SOFTWARE); a supervisor restarts it
and it replays from the committed offsets. Outputs are keyed
deterministically, so a replay only repeats work.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterable
from typing import Any, NoReturn

import faust

from .article_batch import InMessage, OutRecord
from .gaps import GapReader

__all__ = ["message_of", "where", "hold", "release", "keep_uncommitted", "stop_worker", "failed_future", "send_all",
           "track_gaps"]

log = logging.getLogger(__name__)


def message_of(event: Any) -> InMessage:
    m = event.message
    return InMessage(value=m.value, key=m.key, topic=m.topic, partition=m.partition, offset=m.offset)


def where(event: Any) -> tuple[str, int, int]:
    m = event.message
    return m.topic, m.partition, m.offset


def hold(events: Iterable[Any]) -> None:
    """Take one more reference on each message, so ``take_events``' own ack does not let faust commit it.

    faust counts the streams still working on a message and commits its
    offset when the count reaches zero. Holding a batch lets the agent take
    the next batch (and run NLP on it) while the outputs of this one are
    still on their way to Kafka; ``release`` drops the reference once every
    output is acknowledged.
    """
    for event in events:
        event.message.incref()


def release(events: Iterable[Any]) -> None:
    """Drop the reference ``hold`` took: the offsets become committable."""
    for event in events:
        event.ack()


def keep_uncommitted(events: Iterable[Any]) -> None:
    """Stop faust from committing messages whose outputs were not all acknowledged.

    ``take_events`` acks the yielded batch in a ``finally`` when its generator
    closes, also when the agent body raised or was cancelled (worker stop);
    the next commit would then skip messages that have no outputs. Marking
    them as acked here, without telling the consumer, keeps their offsets out
    of the commit, so they are read again after a restart.
    """
    for event in events:
        event.message.acked = True


def stop_worker(agent: str, error: BaseException, events: list[Any]) -> NoReturn:
    """Keep ``events`` uncommitted and end the process with status 70 after an unexpected error."""
    keep_uncommitted(events)
    log.critical("%s failed on %d message(s) (%s: %s); exiting so the worker restarts from the committed offsets",
                 agent, len(events), type(error).__name__, error)
    logging.shutdown()
    os._exit(70)  # EX_SOFTWARE


def failed_future(exc: Exception) -> asyncio.Future:
    future = asyncio.get_running_loop().create_future()
    future.set_exception(exc)
    return future


async def send_all(producer: Any, records: list[OutRecord], backoff: float = 0.5, max_backoff: float = 10.0) -> None:
    """Send records and wait until Kafka has acknowledged every one; failed sends are retried, never dropped.

    ``producer`` is the faust app's producer: its ``send`` hands the raw bytes
    to aiokafka without faust's per-message future machinery (hundreds of
    events a batch made that a few percent of the worker's time). Outputs are
    keyed deterministically, so a record sent twice is a duplicate with the
    same key and bytes, never a different result.
    """
    pending = records
    while pending:
        sent = []
        for r in pending:
            try:
                sent.append(await producer.send(r.topic, r.key, r.value, None, r.timestamp, None))
            except Exception as exc:  # no metadata, buffer full, producer restarting: retried below
                sent.append(failed_future(exc))
        results = await asyncio.gather(*sent, return_exceptions=True)
        failed = [(r, res) for r, res in zip(pending, results) if isinstance(res, Exception)]
        if not failed:
            return
        error = failed[0][1]
        log.warning("%d of %d records not acknowledged (%s: %s); retrying in %.1fs",
                    len(failed), len(pending), type(error).__name__, error, backoff)
        await asyncio.sleep(backoff)
        backoff = min(backoff * 2, max_backoff)
        pending = [r for r, _ in failed]


def track_gaps(app: faust.App, readers: Iterable[GapReader]) -> None:
    """Let gap readers forget partitions that moved away, and close them when the worker stops."""
    readers = list(readers)

    @app.on_partitions_assigned.connect
    async def forget_moved_partitions(sender: Any, assigned: Any, **kwargs: Any) -> None:
        for reader in readers:
            reader.keep_only(assigned)

    @app.service
    class GapReaders(faust.Service):
        async def on_stop(self) -> None:
            for reader in readers:
                await reader.close()
