"""The subscriptions topic as a table every alert worker holds in full, plus writing to it.

The topic is compacted with one partition (key = subscription id, value an
Avro Subscription, a tombstone deletes). Each worker reads it from the
beginning with a group-less consumer and keeps following it, so every worker
sees every subscription and records written by the CLI or the API reach all of
them. (faust's GlobalTable does not apply records that other clients write to
its changelog partition on the worker that owns it as active — faust issue
#541 — and its memory store drops keys of unassigned partitions on recovery.)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from diplo.streams.codec import AvroCodec, DecodeError
from diplo.streams.errors import BrokerError
from diplo.streams.settings import Settings

__all__ = ["SubscriptionView", "publish_subscription", "publish_tombstone", "load_subscriptions", "mask_secret"]

log = logging.getLogger(__name__)


def mask_secret(subscription: dict[str, Any]) -> dict[str, Any]:
    """The subscription with its webhook secret replaced by '***' (for listings and logs)."""
    delivery = dict(subscription.get("delivery") or {})
    if delivery.get("secret"):
        delivery["secret"] = "***"
    return {**subscription, "delivery": delivery}


class SubscriptionView:
    """All subscriptions, materialised from the compacted topic and kept up to date."""

    def __init__(self, bootstrap: str, settings: Settings, codec: AvroCodec | None = None):
        self.bootstrap = bootstrap
        self.settings = settings
        self.codec = codec or AvroCodec()
        self.topic = settings.topics.subscriptions
        self._subscriptions: dict[str, dict[str, Any]] = {}
        self._position = 0  # next offset to apply
        self._changed = asyncio.Condition()
        self._ready = asyncio.Event()
        self._consumer: AIOKafkaConsumer | None = None
        self._tp = TopicPartition(self.topic, 0)
        self.on_change: Callable[[str, dict[str, Any] | None], None] | None = None

    def get(self, subscription_id: str) -> dict[str, Any] | None:
        return self._subscriptions.get(subscription_id)

    def all(self) -> list[dict[str, Any]]:
        return sorted(self._subscriptions.values(), key=lambda s: (s["created_at"], s["id"]))

    def __len__(self) -> int:
        return len(self._subscriptions)

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    async def wait_ready(self) -> None:
        await self._ready.wait()

    def preload(self) -> None:
        """Load a snapshot before the worker's event loop runs, so no agent ever starts without subscriptions.

        (Agents that waited for the view instead left their streams unread
        through faust's startup recovery, and faust then skipped the messages
        fetched meanwhile in about half of the restarts.)
        """
        self._subscriptions = {s["id"]: s for s in asyncio.run(load_subscriptions(self.bootstrap, self.settings))}

    async def start(self) -> None:
        """Read the topic up to its current end; after this the view holds every subscription."""
        self._consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False,
                                          **self.settings.kafka_client_options())
        await self._consumer.start()
        if self.topic not in await self._consumer.topics():
            await self._consumer.stop()
            raise BrokerError(f"topic {self.topic!r} does not exist; start a worker or run `diplo broker start` first")
        self._consumer.assign([self._tp])
        await self._consumer.seek_to_beginning(self._tp)
        end = (await self._consumer.end_offsets([self._tp]))[self._tp]
        while self._position < end:
            await self.poll_once()
        self._ready.set()
        log.info("subscriptions loaded: %d from %s", len(self._subscriptions), self.topic)

    async def follow(self) -> None:
        """Apply new records until cancelled."""
        while True:
            await self.poll_once()

    async def poll_once(self, timeout_ms: int = 500) -> None:
        assert self._consumer is not None, "start() first"
        batch = await self._consumer.getmany(self._tp, timeout_ms=timeout_ms)
        async with self._changed:
            for record in batch.get(self._tp, []):
                self._apply(record)
                self._position = record.offset + 1
            if not batch:  # compaction leaves gaps; the consumer position is the truth
                self._position = max(self._position, await self._consumer.position(self._tp))
            self._changed.notify_all()

    async def wait_for_offset(self, offset: int, timeout: float = 15.0) -> None:
        """Wait until the record at ``offset`` has been applied (read-your-writes for the API)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self._position > offset), timeout)

    async def stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    def _apply(self, record: Any) -> None:
        key = record.key.decode("utf-8", "replace") if record.key is not None else None
        if key is None:
            log.warning("subscriptions record at offset %d has no key; ignored", record.offset)
            return
        if record.value is None:
            self._subscriptions.pop(key, None)
            self._notify(key, None)
            return
        try:
            _, subscription = self.codec.decode(record.value, expect="Subscription")
        except DecodeError as exc:
            log.warning("subscriptions record %s at offset %d ignored: %s", key, record.offset, exc)
            return
        self._subscriptions[key] = subscription
        self._notify(key, subscription)

    def _notify(self, key: str, subscription: dict[str, Any] | None) -> None:
        if self.on_change is not None:
            self.on_change(key, subscription)


async def publish_subscription(producer: AIOKafkaProducer, settings: Settings, codec: AvroCodec,
                               subscription: dict[str, Any]) -> int:
    """Write ``subscription`` (already validated) and return its offset once Kafka has it."""
    value = codec.encode("Subscription", subscription)
    meta = await producer.send_and_wait(settings.topics.subscriptions, key=subscription["id"].encode("utf-8"),
                                        value=value)
    return meta.offset


async def publish_tombstone(producer: AIOKafkaProducer, settings: Settings, subscription_id: str) -> int:
    """Delete a subscription (a tombstone for its key); returns the tombstone's offset."""
    meta = await producer.send_and_wait(settings.topics.subscriptions, key=subscription_id.encode("utf-8"), value=None)
    return meta.offset


async def load_subscriptions(bootstrap: str, settings: Settings) -> list[dict[str, Any]]:
    """Every current subscription, read once from the topic (for the CLI)."""
    view = SubscriptionView(bootstrap, settings)
    await view.start()
    try:
        return view.all()
    finally:
        await view.stop()
