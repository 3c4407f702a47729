"""The alert worker component: events x subscriptions -> alerts -> webhook/stdout, plus the HTTP API.

Wiring only; every stage runs in streams/runtime's ``BatchedAgent``:

- ``alert-match``   faust agent, events.diplomatic -> {app_id}-alert-matches (key = subscription id), at least once
- ``alert-emit``    matches -> alerts in one Kafka transaction per batch with its state and offsets (emit.py)
- ``alert-deliver`` alerts (read committed) -> webhook / stdout, failures -> alerts.dlq; progress committed
                    only below the lowest unfinished delivery of each partition (runtime/watermark.py)
"""

from __future__ import annotations

import asyncio
from functools import partial

import faust

from diplo.streams.app import WorkerContext
from diplo.streams.messages import InMessage, OutRecord
from diplo.streams.runtime import BatchedAgent, FaustSource, send_all
from diplo.streams.runtime.gaps import GapReader, track_gaps
from diplo.streams.runtime.kafka_source import KafkaSource
from diplo.streams.topic_admin import ensure_specs, new_topic

from .api import install_api
from .delivery import AlertDelivery
from .emit import TransactionalEmit, emit_topics
from .matching import EventMatcher
from .service import AlertRuntime, install_service

__all__ = ["install"]


def install(app: faust.App, context: WorkerContext) -> None:
    settings, topics, codec = context.settings, context.settings.topics, context.codec
    matches, state = emit_topics(settings)
    asyncio.run(ensure_specs(context.bootstrap, settings, lambda s: [
        new_topic(s, matches, s.partitions), new_topic(s, state, s.partitions, **{"cleanup.policy": "compact"})]))
    runtime = AlertRuntime(context)
    runtime.view.preload()

    async def send(records: list[OutRecord], messages: list[InMessage] | None = None) -> None:
        await send_all(app.producer, records)

    matcher = EventMatcher(runtime.view, codec, settings, matches)
    match = BatchedAgent("alert-match", lambda ms: [r for m in ms for r in matcher.process(m, m.timestamp)], send)
    emit = TransactionalEmit(context.bootstrap, settings, runtime.view, codec)
    delivery = AlertDelivery(runtime.view, runtime.sender, codec, settings, send)
    deliveries = KafkaSource(context.bootstrap, settings, topics.alerts, f"{settings.app_id}-alert-deliver",
                             settings.batch_size, settings.batch_timeout, commit_watermark=True)

    async def start_deliveries(messages: list[InMessage], _: list[InMessage]) -> None:
        for message in messages:  # each one tells the source when it is delivered or dead-lettered
            await delivery.handle(message, partial(deliveries.finish, message))

    stages = [(BatchedAgent("alert-emit", list, emit.publish), emit.source),
              (BatchedAgent("alert-deliver", list, start_deliveries, finishes_itself=True), deliveries)]
    install_service(app, runtime, delivery, stages, [emit.stop, deliveries.stop])
    gaps = GapReader(context.bootstrap, settings, "alert-match")
    track_gaps(app, [gaps])

    @app.agent(app.topic(topics.events, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"),
               name="alert-match")
    async def match_events(stream: faust.StreamT) -> None:
        await match.run(FaustSource(stream, settings.batch_size, settings.batch_timeout, gaps))

    if settings.web_port is not None:
        install_api(app, settings, runtime.view, runtime)
