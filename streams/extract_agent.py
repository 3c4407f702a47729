"""The extract agent: articles -> entities + events.diplomatic, bad input -> articles.dlq.

Messages are taken in batches (one ``nlp.pipe`` call per batch, run off the
event loop). The batch's input offsets are acknowledged only after every
output and dead-letter record of the batch has been acknowledged by Kafka, so
a crash repeats work but never loses it. An article's events are acknowledged
before its entities record is sent, so a reader that has seen the entities
record of an article can rely on its events being in the log.

The agent only takes messages from the stream and parks them (held, not
committable) in a BatchQueue; a processing task takes full batches from it
whenever there is a backlog. Batches are pipelined one deep: while the
outputs of batch k are being sent and acknowledged on the event loop, batch
k+1 is already in NLP in the executor thread. Batch k+1 is published only
after batch k is, so outputs keep batch order.
"""

from __future__ import annotations

import asyncio
import logging
import time

import faust

from .app import WorkerContext
from .agent_guard import hold, keep_uncommitted, message_of, release, send_all, stop_worker, track_gaps, where
from .article_batch import ArticleBatchProcessor, BatchOutput, InMessage
from .batch_queue import BatchQueue
from .gaps import GapReader
from .metrics import METRICS

__all__ = ["install"]

log = logging.getLogger(__name__)


def install(app: faust.App, context: WorkerContext) -> None:
    settings = context.settings
    topics = settings.topics
    articles = app.topic(topics.articles, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
    # spaCy loads before the worker joins the group, so it never holds partitions it cannot serve
    processor = _make_processor(context)
    gaps = GapReader(context.bootstrap, settings, "extract")
    track_gaps(app, [gaps])

    async def publish(output: BatchOutput, messages: list[InMessage], events: list) -> None:
        try:
            # events and dead letters first: an entities record then marks its article as complete
            entities_topic = topics.entities
            first = [r for r in output.records if r.topic != entities_topic] + output.dead_letters
            await send_all(app.producer, first)
            await send_all(app.producer, [r for r in output.records if r.topic == entities_topic])
            _count(output, messages, [e.message.timestamp for e in events], entities_topic)
            if output.dead_letters:
                log.info("batch of %d: %d rejected to %s", len(messages), output.rejected, topics.articles_dlq)
            release(events)
        except asyncio.CancelledError:
            keep_uncommitted(events)  # worker stop: read again after the restart
            raise
        except Exception as exc:
            stop_worker("extract agent", exc, events)

    async def process_batches(waiting: BatchQueue) -> None:
        loop = asyncio.get_running_loop()
        publishing: asyncio.Future | None = None
        while True:
            events: list = []
            try:
                events = await waiting.take()
                messages = []
                for event in events:
                    # articles faust skipped around a rebalance come first, in offset order
                    messages += [message for message, _ in await gaps.before(*where(event))]
                    messages.append(message_of(event))
                started = time.perf_counter()
                output: BatchOutput = await loop.run_in_executor(None, processor.process, messages)
                METRICS.batch_seconds.observe(time.perf_counter() - started)
                if publishing is not None:
                    await publishing  # one batch in flight: outputs stay in batch order
                publishing = asyncio.ensure_future(publish(output, messages, events))
            except Exception as exc:
                stop_worker("extract agent", exc, events)
            except BaseException:
                keep_uncommitted(events)  # cancelled (worker stop): these are read again after the restart
                if publishing is not None:
                    publishing.cancel()
                raise

    @app.agent(articles, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        waiting = BatchQueue(settings.batch_size)
        processing = asyncio.ensure_future(process_batches(waiting))
        try:
            async for events in stream.take_events(settings.batch_size, within=settings.batch_timeout):
                hold(events)  # committed by ``publish``, not when take_events moves on
                try:
                    await waiting.put(list(events))
                except BaseException:
                    keep_uncommitted(events)
                    raise
        finally:
            # stopping (or the stream ended): whatever is parked or in flight is read again after a restart
            processing.cancel()
            keep_uncommitted(waiting.drain())


def _count(output: BatchOutput, messages: list[InMessage], timestamps: list[float | None], entities_topic: str) -> None:
    METRICS.articles_in.inc(len(messages))
    METRICS.batch_size.observe(len(messages))
    entities = sum(1 for r in output.records if r.topic == entities_topic)
    METRICS.entities_out.inc(entities)
    METRICS.events_out.inc(len(output.records) - entities)
    for stage, reason in output.rejections:
        METRICS.dead_letters.labels(stage, reason).inc()
    for m in messages:
        METRICS.handled(m.topic, m.partition, m.offset)
    METRICS.observe_latency([int(ts * 1000) for ts in timestamps if ts])


def _make_processor(context: WorkerContext) -> ArticleBatchProcessor:
    from diplo.processors.extract import make_extractor

    return ArticleBatchProcessor(make_extractor(context.settings.model), context.codec, context.settings)
