"""The subscriptions topic as a table every alert worker holds in full, plus writing to it.

The topic is compacted with one partition (key = subscription id, value an
Avro Subscription, a tombstone deletes); every worker reads all of it with
``runtime.compacted.CompactedTable`` (not a faust GlobalTable: LEDGER.md).
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiokafka import AIOKafkaProducer

from diplo.streams.codec import AvroCodec
from diplo.streams.runtime.compacted import CompactedTable
from diplo.streams.settings import Settings

__all__ = ["SubscriptionView", "publish_subscription", "publish_tombstone", "load_subscriptions", "mask_secret"]


def mask_secret(subscription: dict[str, Any]) -> dict[str, Any]:
    """The subscription with its webhook secret replaced by '***' (for listings and logs)."""
    delivery = dict(subscription.get("delivery") or {})
    if delivery.get("secret"):
        delivery["secret"] = "***"
    return {**subscription, "delivery": delivery}


class SubscriptionView(CompactedTable[dict[str, Any]]):
    """All subscriptions, materialised from the compacted topic and kept up to date."""

    def __init__(self, bootstrap: str, settings: Settings, codec: AvroCodec | None = None):
        self.codec = codec or AvroCodec()
        super().__init__(bootstrap, settings, settings.topics.subscriptions,
                         lambda value: self.codec.decode(value, expect="Subscription")[1])

    def get(self, subscription_id: str) -> dict[str, Any] | None:
        return self.values.get(subscription_id)

    def all(self) -> list[dict[str, Any]]:
        return sorted(self.values.values(), key=lambda s: (s["created_at"], s["id"]))

    def __len__(self) -> int:
        return len(self.values)

    def preload(self) -> None:
        """Load a snapshot before the worker's event loop runs, so no agent ever starts without subscriptions.

        (Agents that waited for the view instead left their streams unread
        through faust's startup recovery, and faust then skipped the messages
        fetched meanwhile in about half of the restarts.)
        """
        self.values = {s["id"]: s for s in asyncio.run(load_subscriptions(self.bootstrap, self.settings))}


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
