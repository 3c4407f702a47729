"""alert-emit, exactly once: each batch of candidates, its state changes, its alerts and its input
offsets in one transaction.

The stage owns, per partition of the matches topic (keyed by subscription id),
the seen-set (subscription, event) -> alert id and the open windows of each
subscription. They live in memory and in a compacted changelog topic written
in the same Kafka transaction as the alerts and the candidates' offsets, so
after a crash at any point either all of a batch happened or none of it:
readers of ``alerts`` with ``read_committed`` see one alert per
(subscription, event) and per window, never a second.
"""

from __future__ import annotations

import json
from collections import ChainMap
from dataclasses import dataclass, field
from typing import Any

from aiokafka import TopicPartition

from diplo.streams.codec import AvroCodec
from diplo.streams.messages import InMessage, OutRecord
from diplo.streams.runtime.kafka_source import KafkaSource
from diplo.streams.runtime.transactions import PartitionTransactions, read_partition
from diplo.streams.settings import Settings

from .matching import AlertEmitter
from .subscriptions import SubscriptionView

__all__ = ["EmitState", "TransactionalEmit", "emit_topics"]

_SEEN, _WINDOW = "seen|", "window|"


def emit_topics(settings: Settings) -> tuple[str, str]:
    """(matches topic, state changelog topic) of the worker group."""
    return f"{settings.app_id}-alert-matches", f"{settings.app_id}-alert-emit-state"


@dataclass
class EmitState:
    """One partition's seen-set and windows, as committed."""

    seen: dict[str, Any] = field(default_factory=dict)
    windows: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_changelog(cls, records: dict[bytes, bytes]) -> "EmitState":
        state = cls()
        for raw_key, value in records.items():
            key = raw_key.decode("utf-8")
            if key.startswith(_SEEN):
                state.seen[key[len(_SEEN):]] = value.decode("utf-8")
            elif key.startswith(_WINDOW):
                state.windows[key[len(_WINDOW):]] = json.loads(value)
        return state

    def staged(self) -> tuple[ChainMap, ChainMap]:
        """Views that read the committed state and collect a batch's writes apart from it."""
        return ChainMap({}, self.seen), ChainMap({}, self.windows)

    @staticmethod
    def changes(topic: str, seen: ChainMap, windows: ChainMap) -> list[tuple[str, bytes, bytes | None]]:
        out = [(topic, (_SEEN + k).encode(), str(v).encode()) for k, v in seen.maps[0].items()]
        return out + [(topic, (_WINDOW + k).encode(), json.dumps(v, sort_keys=True).encode())
                      for k, v in windows.maps[0].items()]

    def apply(self, seen: ChainMap, windows: ChainMap) -> None:
        """The transaction committed: its writes become the state."""
        self.seen.update(seen.maps[0])
        self.windows.update(windows.maps[0])


class TransactionalEmit:
    """The stage's ``publish`` and the partition hooks of its ``KafkaSource``."""

    def __init__(self, bootstrap: str, settings: Settings, view: SubscriptionView, codec: AvroCodec):
        self.bootstrap = bootstrap
        self.settings = settings
        self.view = view
        self.codec = codec
        self.matches, self.state_topic = emit_topics(settings)
        self.group_id = f"{settings.app_id}-alert-emit"
        self.transactions = PartitionTransactions(bootstrap, settings, self.group_id)
        self.states: dict[int, EmitState] = {}
        self.source = KafkaSource(bootstrap, settings, self.matches, self.group_id, settings.batch_size,
                                  settings.batch_timeout, commit_watermark=False,
                                  on_assigned=self.assigned, on_revoked=self.revoked)

    async def assigned(self, partitions: list[TopicPartition]) -> None:
        for tp in partitions:  # fence the previous owner first: its open transaction is aborted before we read
            await self.transactions.open(tp.partition)
            records = await read_partition(self.bootstrap, self.settings, self.state_topic, tp.partition)
            self.states[tp.partition] = EmitState.from_changelog(records)

    async def revoked(self, partitions: list[TopicPartition]) -> None:
        for tp in partitions:
            self.states.pop(tp.partition, None)
            await self.transactions.close(tp.partition)

    async def publish(self, messages: list[InMessage], _: list[InMessage]) -> None:
        """Emit one partition's batch in one transaction; a failure aborts it and ends the worker (status 70)."""
        async with self.source.batch_lock:
            partition = messages[0].partition
            state = self.states.get(partition)
            if state is None:
                return  # moved to another worker after it was fetched: the new owner emits it
            seen, windows = state.staged()
            emitter = AlertEmitter(self.view, self.codec, self.settings, seen, windows)
            records: list[OutRecord] = []
            for message in messages:  # each candidate sees the writes of the ones before it
                out, updates = emitter.process(message, message.timestamp or 0.0)
                emitter.commit(updates)
                records += out
            offsets = {TopicPartition(self.matches, partition): messages[-1].offset + 1}
            await self.transactions.commit(partition, records, EmitState.changes(self.state_topic, seen, windows),
                                           offsets, self.group_id)
            state.apply(seen, windows)

    async def stop(self) -> None:
        await self.source.stop()
        await self.transactions.close_all()
