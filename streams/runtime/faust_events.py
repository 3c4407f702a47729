"""faust events as diplo messages, and the reference counting that keeps their offsets from being committed early.

faust commits a message's offset when every stream working on it has acked
it. ``take_events`` acks a batch when it moves on (also when the agent body
raised or was cancelled), which would commit messages whose outputs are not on
Kafka yet. These helpers take an extra reference while outputs are in flight
and keep a batch out of the commit altogether when it is abandoned.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..messages import InMessage

__all__ = ["message_of", "where", "hold", "release", "keep_uncommitted"]


def message_of(event: Any) -> InMessage:
    """The faust event's message as an ``InMessage`` (timestamp in seconds)."""
    m = event.message
    return InMessage(value=m.value, key=m.key, topic=m.topic, partition=m.partition, offset=m.offset,
                     timestamp=m.timestamp or None)


def where(event: Any) -> tuple[str, int, int]:
    m = event.message
    return m.topic, m.partition, m.offset


def hold(events: Iterable[Any]) -> None:
    """Take one more reference on each message, so faust's own ack does not let it be committed."""
    for event in events:
        event.message.incref()


def release(events: Iterable[Any]) -> None:
    """Drop the reference ``hold`` took: the offsets become committable."""
    for event in events:
        event.ack()


def keep_uncommitted(events: Iterable[Any]) -> None:
    """Stop faust from committing messages whose outputs were not all acknowledged.

    Marking them as acked here, without telling the consumer, keeps their
    offsets out of every later commit, so they are read again after a restart.
    """
    for event in events:
        event.message.acked = True
