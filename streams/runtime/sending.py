"""Send records and wait for Kafka's acknowledgement, retrying failures, so no output is ever dropped."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from ..messages import OutRecord

__all__ = ["send_all", "failed_future"]

log = logging.getLogger(__name__)


def failed_future(exc: Exception) -> asyncio.Future:
    """A future already failed with ``exc`` (a send that raised instead of returning one)."""
    future = asyncio.get_running_loop().create_future()
    future.set_exception(exc)
    return future


async def send_all(
    producer: Any, records: Sequence[OutRecord], backoff: float = 0.5, max_backoff: float = 10.0
) -> None:
    """Send records and wait until Kafka has acknowledged every one; failed sends are retried, never dropped.

    ``producer`` is the faust app's producer: its ``send`` hands the raw bytes
    to aiokafka without faust's per-message future machinery (hundreds of
    events a batch made that a few percent of the worker's time). Outputs are
    keyed deterministically, so a record sent twice is a duplicate with the
    same key and bytes, never a different result.
    """
    pending = list(records)
    while pending:
        sent = []
        for r in pending:
            try:
                sent.append(await producer.send(r.topic, r.key, r.value, None, r.timestamp, None))
            except Exception as exc:  # no metadata, buffer full, producer restarting: retried below
                sent.append(failed_future(exc))
        results = await asyncio.gather(*sent, return_exceptions=True)
        failed = [(r, res) for r, res in zip(pending, results, strict=True) if isinstance(res, Exception)]
        if not failed:
            return
        error = failed[0][1]
        log.warning("%d of %d records not acknowledged (%s: %s); retrying in %.1fs",
                    len(failed), len(pending), type(error).__name__, error, backoff)
        await asyncio.sleep(backoff)
        backoff = min(backoff * 2, max_backoff)
        pending = [r for r, _ in failed]
