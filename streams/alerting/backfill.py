"""Match a new subscription against the events already on the topic (``diplo subscribe add --backfill``).

The worker matches each event as it arrives, against the subscriptions it
knows then: a subscription added later never sees earlier events. Backfill
reads ``events.diplomatic`` from the beginning up to its end at the time of the
call, with the same rule function, and writes the alerts to ``alerts`` with the
same deterministic alert ids (an event arriving while the subscription is being
added may be alerted by both: consumers dedupe on the id, as for any repeat).
Window subscriptions count live arrivals only and are not backfilled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer

from diplo.processors.alert_rules import make_alert_id, match
from diplo.processors.alert_validation import SubscriptionError
from diplo.streams.codec import AvroCodec, DecodeError
from diplo.streams.kafka_io import topic_partitions
from diplo.streams.settings import Settings

from .matching import now_iso

__all__ = ["BackfillReport", "backfill"]


@dataclass(frozen=True)
class BackfillReport:
    events: int  # events read from the topic
    alerts: int  # alerts written
    undecodable: int  # records skipped because they could not be decoded


async def backfill(bootstrap: str, settings: Settings, codec: AvroCodec, subscription: dict[str, Any],
                   producer: Any) -> BackfillReport:
    """Alert ``subscription`` on every event now on the events topic; returns what was read and sent."""
    if subscription.get("window"):
        raise SubscriptionError("window", "--backfill matches single events; window rules count live events only")
    partitions = await topic_partitions(bootstrap, settings, [settings.topics.events])
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                                **settings.kafka_client_options(AIOKafkaConsumer))
    events = alerts = undecodable = 0
    pending = []
    try:  # started inside: a failed start is closed too
        await consumer.start()
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        end = await consumer.end_offsets(partitions)
        while [tp for tp in partitions if await consumer.position(tp) < end[tp]]:
            batch = await consumer.getmany(*partitions, timeout_ms=500)
            for tp, records in batch.items():
                for record in records:
                    if record.offset >= end[tp]:
                        continue
                    events += 1
                    try:
                        _, event = codec.decode(record.value or b"", expect="DiplomaticEvent")
                    except DecodeError:
                        undecodable += 1
                        continue
                    reason = match(subscription["filter"], event)
                    if reason is None:
                        continue
                    alert = {"alert_id": make_alert_id(subscription["id"], event["event_id"]),
                             "subscription_id": subscription["id"], "event": event, "matched_at": now_iso(),
                             "reason": f"backfill: {reason}", "window_event_ids": []}
                    pending.append(await producer.send(settings.topics.alerts, key=subscription["id"].encode("utf-8"),
                                                       value=codec.encode("Alert", alert)))
                    alerts += 1
        for future in pending:
            await future
    finally:
        await consumer.stop()
    return BackfillReport(events, alerts, undecodable)
