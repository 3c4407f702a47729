"""Re-read messages faust skipped, so a rebalance never loses an article, a match, an alert or a delivery.

faust-streaming 0.15.3 drops messages that reach a stream while a rebalance's
recovery has the flow stopped (or that carry the previous generation id), and
its consumer then commits past them once later offsets are acknowledged. Seen
in tests/integration/test_alerting.py (two workers, a partition kept through a
rebalance): candidates and alerts went missing without any log line. Each
agent (extract and alert) therefore remembers the next offset it expects per
partition and, when an event arrives beyond it, reads the gap itself with a
group-less consumer before going on. Anything read twice is harmless: outputs
are keyed deterministically and alerts deduplicated per (subscription, event).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from typing import Any

import faust
from aiokafka import AIOKafkaConsumer, TopicPartition

from ..messages import InMessage
from ..settings import Settings

__all__ = ["GapReader", "track_gaps"]

log = logging.getLogger(__name__)


class GapReader:
    """Tracks the next expected offset per partition of one agent and reads what was skipped."""

    def __init__(self, bootstrap: str, settings: Settings, name: str, timeout: float = 15.0):
        self.bootstrap = bootstrap
        self.settings = settings
        self.name = name
        self.timeout = timeout
        self.expected: dict[tuple[str, int], int] = {}
        self._consumer: AIOKafkaConsumer | None = None

    def keep_only(self, assigned: Any) -> None:
        """Forget partitions this worker no longer holds (others moved them on; a stale offset would re-read it all)."""
        held = {(tp.topic, tp.partition) for tp in assigned}
        for key in [k for k in self.expected if k not in held]:
            del self.expected[key]

    async def before(self, topic: str, partition: int, offset: int) -> list[InMessage]:
        """The messages of ``topic``/``partition`` between the last one seen and ``offset`` (usually none)."""
        key = (topic, partition)
        expected = self.expected.get(key)
        self.expected[key] = max(offset + 1, expected or 0)
        if expected is None or offset <= expected:
            return []
        log.warning("%s: faust skipped %s[%d] offsets %d-%d; reading them again", self.name, topic, partition,
                    expected, offset - 1)
        return await self._read(TopicPartition(topic, partition), expected, offset)

    async def _read(self, tp: TopicPartition, start: int, end: int) -> list[InMessage]:
        consumer = await self._get_consumer()
        consumer.assign([tp])
        consumer.seek(tp, start)
        found: list[InMessage] = []
        deadline = time.monotonic() + self.timeout
        while await consumer.position(tp) < end:
            if time.monotonic() > deadline:
                log.error("%s: could not re-read %s[%d] %d-%d within %.0fs", self.name, tp.topic, tp.partition,
                          start, end - 1, self.timeout)
                break
            batch = await consumer.getmany(tp, timeout_ms=500, max_records=end - start)
            for record in batch.get(tp, []):
                if record.offset < end:
                    found.append(_message(record))
        return found

    async def _get_consumer(self) -> AIOKafkaConsumer:
        if self._consumer is None:
            self._consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False,
                                              **self.settings.kafka_client_options(AIOKafkaConsumer))
            await self._consumer.start()
        return self._consumer

    async def close(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None


def _message(record: Any) -> InMessage:
    return InMessage(value=record.value, key=record.key, topic=record.topic, partition=record.partition,
                     offset=record.offset, timestamp=record.timestamp / 1000.0 if record.timestamp else None)


def track_gaps(app: faust.App, readers: Iterable[GapReader]) -> None:
    """Let gap readers forget partitions that moved away, and close them when the worker stops."""
    readers = list(readers)

    # faust's stub types receivers as (sender, *args, signal=..., **kwargs); it calls them with keywords only
    @app.on_partitions_assigned.connect  # type: ignore[arg-type]
    async def forget_moved_partitions(sender: Any, assigned: Any, **kwargs: Any) -> None:
        for reader in readers:
            reader.keep_only(assigned)

    @app.service
    class GapReaders(faust.Service):
        async def on_stop(self) -> None:
            for reader in readers:
                await reader.close()
