"""What the worker's faust consumer holds, read in one place because faust exposes it only as ``app._consumer``."""

from __future__ import annotations

from typing import Any

import faust

__all__ = ["assigned_partitions", "highwaters", "committed_offsets"]


def _consumer(app: faust.App) -> Any:
    # faust's public ``app.consumer`` creates a consumer when there is none; a scrape must never do that
    return getattr(app, "_consumer", None)


def assigned_partitions(app: faust.App) -> list[Any]:
    """The partitions the worker's consumer is assigned (empty before it joined)."""
    consumer = _consumer(app)
    return list(consumer.assignment()) if consumer is not None else []


def highwaters(app: faust.App) -> dict[Any, int]:
    """High-water mark per assigned partition, where the consumer knows it."""
    consumer = _consumer(app)
    if consumer is None:
        return {}
    out = {}
    for tp in consumer.assignment():
        highwater = consumer.highwater(tp)
        if highwater is not None:
            out[tp] = highwater
    return out


def committed_offsets(app: faust.App) -> dict[Any, int]:
    """The offset committed for each assigned partition (the next one to read), where faust knows it.

    faust loads it from Kafka when the partition is assigned and updates it on every commit; it
    stores a committed 0 as None, which reads the same here: nothing of the partition is done.
    """
    consumer = _consumer(app)
    if consumer is None:
        return {}
    committed = getattr(consumer, "_committed_offset", {})
    return {tp: committed[tp] for tp in consumer.assignment() if committed.get(tp) is not None}
