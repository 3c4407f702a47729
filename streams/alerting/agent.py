"""The alert worker component: events x subscriptions -> alerts -> webhook/stdout, plus the HTTP API.

Three agents, each acknowledging its input only after its outputs are on Kafka; an
unexpected error ends the worker (status 70) rather than let faust skip the input:

- ``alert-match``   events.diplomatic -> {app_id}-alert-matches (key = subscription id)
- ``alert-emit``    matches -> alerts, exactly once per (subscription, event) and
                    once per window, state in changelog-backed tables
- ``alert-deliver`` alerts -> webhook / stdout, failures -> alerts.dlq

The subscriptions view and the HTTP client live in one service started with
the app; the view is loaded before the worker reports ready.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import faust
from aiokafka.errors import ConsumerStoppedError
from mode import Service

from diplo.streams.agent_guard import message_of, send_all, stop_worker, track_gaps, where
from diplo.streams.app import WorkerContext
from diplo.streams.article_batch import OutRecord
from diplo.streams.gaps import GapReader
from diplo.streams.kafka_io import make_producer

from .api import install_api
from .delivery import AlertDelivery
from .matching import AlertEmitter, EventMatcher, TimedRecord
from .subscriptions import SubscriptionView
from .webhook import WebhookPolicy, WebhookSender

__all__ = ["install", "AlertRuntime"]

log = logging.getLogger(__name__)


class AlertRuntime:
    """What the alert agents share in one worker: subscriptions, a producer for the API, the webhook client."""

    def __init__(self, context: WorkerContext):
        self.settings = context.settings
        self.codec = context.codec
        self.bootstrap = context.bootstrap
        self.view = SubscriptionView(context.bootstrap, context.settings, context.codec)
        self.sender = WebhookSender(WebhookPolicy(), allow_private=context.settings.allow_private_webhooks)
        self.producer: Any = None

    async def start(self) -> None:
        self.producer = make_producer(self.bootstrap, self.settings)
        await self.producer.start()
        await self.view.start()

    async def follow(self) -> None:
        try:
            await self.view.follow()
        except ConsumerStoppedError:
            pass

    async def stop(self) -> None:
        await self.sender.close()
        await self.view.stop()
        if self.producer is not None:
            await self.producer.stop()


def install(app: faust.App, context: WorkerContext) -> None:
    settings = context.settings
    topics = settings.topics
    codec = context.codec
    runtime = AlertRuntime(context)
    runtime.view.preload()

    def raw_topic(name: str, **kwargs: Any) -> faust.TopicT:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw", **kwargs)

    events = raw_topic(topics.events)
    matches = raw_topic(f"{settings.app_id}-alert-matches", internal=True, partitions=settings.partitions)
    alerts = raw_topic(topics.alerts)
    seen = app.Table("alert-seen", default=None, partitions=settings.partitions,
                     help="(subscription id|event id) -> alert id: what was already alerted")
    windows = app.Table("alert-windows", default=None, partitions=settings.partitions,
                        help="subscription id -> open threshold windows and their event ids")
    matcher = EventMatcher(runtime.view, codec, settings, matches.get_topic_name())
    emitter = AlertEmitter(runtime.view, codec, settings, seen, windows)

    async def send(records: list[TimedRecord | OutRecord]) -> None:
        """Send and wait until Kafka has acknowledged every record, with the timestamps window rules need."""
        await send_all(app.producer, [replace(i.record, timestamp=i.timestamp) if isinstance(i, TimedRecord) else i
                                      for i in records])

    delivery = AlertDelivery(runtime.view, runtime.sender, codec, settings, send)
    gaps = {name: GapReader(context.bootstrap, settings, name) for name in ("alert-match", "alert-emit", "alert-deliver")}
    track_gaps(app, gaps.values())

    @app.service
    class AlertService(Service):
        """Loads the subscriptions before the worker is ready and follows them afterwards."""

        async def on_start(self) -> None:
            await runtime.start()
            self.add_future(runtime.follow())

        async def on_stop(self) -> None:
            await delivery.drain(timeout=5.0)
            await runtime.stop()

    @app.agent(events, name="alert-match")
    async def match_events(stream: faust.StreamT) -> None:
        async for batch in stream.take_events(settings.batch_size, within=settings.batch_timeout):
            try:
                out: list[TimedRecord] = []
                for event in batch:
                    for message, timestamp in await gaps["alert-match"].before(*where(event)):
                        out += matcher.process(message, timestamp)
                    out += matcher.process(message_of(event), event.message.timestamp)
                await send(out)
            except Exception as exc:
                stop_worker("alert-match", exc, batch)
            except BaseException:
                for event in batch:  # stopping mid-batch: take_events would ack it unprocessed
                    event.message.acked = True
                raise

    @app.agent(matches, name="alert-emit")
    async def emit_alerts(stream: faust.StreamT) -> None:
        # one event at a time: table writes go to the changelog partition of the current event
        async for event in stream.events():
            try:
                skipped = await gaps["alert-emit"].before(*where(event))
                for message, timestamp in [*skipped, (message_of(event), event.message.timestamp)]:
                    records, updates = emitter.process(message, timestamp or 0.0)
                    await send(records)
                    emitter.commit(updates)
            except Exception as exc:
                stop_worker("alert-emit", exc, [event])

    @app.agent(alerts, name="alert-deliver")
    async def deliver_alerts(stream: faust.StreamT) -> None:
        async for event in stream.noack().events():
            try:
                for message, _ in await gaps["alert-deliver"].before(*where(event)):
                    await delivery.handle(message, lambda: None)  # faust never tracked it: nothing to acknowledge
                await delivery.handle(message_of(event), event.ack)
            except Exception as exc:
                stop_worker("alert-deliver", exc, [event])

    if settings.web_port is not None:
        install_api(app, settings, runtime.view, runtime)
