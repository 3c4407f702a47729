"""The alert worker component: events x subscriptions -> alerts -> webhook/stdout, plus the HTTP API.

Wiring only (the loop is streams/runtime's ``BatchedAgent``); three agents:

- ``alert-match``   events.diplomatic -> {app_id}-alert-matches (key = subscription id)
- ``alert-emit``    matches -> alerts, once per (subscription, event) and per window
- ``alert-deliver`` alerts -> webhook / stdout, failures -> alerts.dlq
"""

from __future__ import annotations

import faust

from diplo.streams.app import WorkerContext
from diplo.streams.messages import InMessage, OutRecord
from diplo.streams.runtime import BatchedAgent, FaustSource, send_all, stop_worker
from diplo.streams.runtime.faust_events import message_of, where
from diplo.streams.runtime.gaps import GapReader, track_gaps

from .api import install_api
from .delivery import AlertDelivery
from .matching import AlertEmitter, EventMatcher
from .service import AlertRuntime, install_service

__all__ = ["install"]


def install(app: faust.App, context: WorkerContext) -> None:
    settings, topics, codec = context.settings, context.settings.topics, context.codec
    runtime = AlertRuntime(context)
    runtime.view.preload()
    raw = dict(key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
    matches = app.topic(f"{settings.app_id}-alert-matches", internal=True, partitions=settings.partitions, **raw)
    seen = app.Table("alert-seen", default=None, partitions=settings.partitions,
                     help="(subscription id|event id) -> alert id: what was already alerted")
    windows = app.Table("alert-windows", default=None, partitions=settings.partitions,
                        help="subscription id -> open threshold windows and their event ids")
    matcher = EventMatcher(runtime.view, codec, settings, matches.get_topic_name())
    emitter = AlertEmitter(runtime.view, codec, settings, seen, windows)

    async def send(records: list[OutRecord], messages: list[InMessage] | None = None) -> None:
        await send_all(app.producer, records)

    async def emit_each(messages: list[InMessage], _: list[InMessage]) -> None:
        for message in messages:  # each alert is acknowledged before its (subscription, event) is marked as sent
            records, updates = emitter.process(message, message.timestamp or 0.0)
            await send(records)
            emitter.commit(updates)

    delivery = AlertDelivery(runtime.view, runtime.sender, codec, settings, send)
    gaps = {name: GapReader(context.bootstrap, settings, name) for name in ("alert-match", "alert-emit", "alert-deliver")}
    track_gaps(app, gaps.values())
    install_service(app, runtime, delivery)
    match = BatchedAgent("alert-match", lambda ms: [r for m in ms for r in matcher.process(m, m.timestamp)], send)
    emit = BatchedAgent("alert-emit", list, emit_each)

    @app.agent(app.topic(topics.events, **raw), name="alert-match")
    async def match_events(stream: faust.StreamT) -> None:
        await match.run(FaustSource(stream, settings.batch_size, settings.batch_timeout, gaps["alert-match"]))

    @app.agent(matches, name="alert-emit")
    async def emit_alerts(stream: faust.StreamT) -> None:
        # one event at a time: table writes go to the changelog partition of the current event
        await emit.run(FaustSource(stream, 1, 0.0, gaps["alert-emit"]))

    @app.agent(app.topic(topics.alerts, **raw), name="alert-deliver")
    async def deliver_alerts(stream: faust.StreamT) -> None:
        async for event in stream.noack().events():
            try:
                for message in await gaps["alert-deliver"].before(*where(event)):
                    await delivery.handle(message, lambda: None)  # faust never tracked it: nothing to acknowledge
                await delivery.handle(message_of(event), event.ack)
            except Exception as exc:
                stop_worker("alert-deliver", exc, 1)

    if settings.web_port is not None:
        install_api(app, settings, runtime.view, runtime)
