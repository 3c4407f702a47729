"""The messages every stage passes around: a consumed message, a record to send, a dead letter for a failure.

Kept apart from any one stage so extraction, alerting, storage and the faust
runtime share one definition instead of importing each other.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from diplo.processors.errors import DiploError

from .codec import AvroCodec
from .settings import TOPICS

__all__ = ["InMessage", "OutRecord", "make_dead_letter"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InMessage:
    """A consumed message, with where it came from (for dead letters)."""

    value: bytes | None
    key: bytes | None = None
    topic: str = TOPICS.articles
    partition: int = 0
    offset: int = 0
    timestamp: float | None = None  # Kafka record timestamp in seconds, where the stage needs it


@dataclass(frozen=True)
class OutRecord:
    """A record to send: window rules need the Kafka timestamp (seconds; None = the producer's clock)."""

    topic: str
    key: bytes
    value: bytes
    timestamp: float | None = None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def make_dead_letter(
    codec: AvroCodec,
    message: InMessage,
    stage: str,
    error: BaseException,
    max_original: int,
    dlq_topic: str,
) -> OutRecord:
    """A DeadLetter record for ``message``, keyed like the original (or by position)."""
    original = message.value or b""
    reason = error.reason_code if isinstance(error, DiploError) else "internal_error"  # catalogued either way
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    record = {
        "stage": stage,
        "reason_code": reason,
        "error_class": type(error).__name__,
        "error_message": text[:1000],
        "topic": message.topic,
        "partition": message.partition,
        "offset": message.offset,
        "key": message.key,
        "original": original[:max_original],
        "original_size": len(original),
        "failed_at": _now(),
    }
    key = message.key or f"{message.topic}/{message.partition}/{message.offset}".encode()
    # every dead letter gets a line of its own: bad input must be visible at the default log level
    log.warning("dead letter: %s/%d offset %d -> %s (%s, %s): %s", message.topic, message.partition, message.offset,
                dlq_topic, stage, reason, text[:300])
    return OutRecord(dlq_topic, key, codec.encode("DeadLetter", record))
