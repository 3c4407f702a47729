"""The extract agent: articles -> entities + events.diplomatic, bad input -> articles.dlq.

Messages are taken in batches (one ``nlp.pipe`` call per batch, run off the
event loop). The batch's input offsets are acknowledged only after every
output and dead-letter record of the batch has been acknowledged by Kafka, so
a crash repeats work but never loses it. An article's events are acknowledged
before its entities record is sent, so a reader that has seen the entities
record of an article can rely on its events being in the log.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import faust

from .app import WorkerContext
from .article_batch import ArticleBatchProcessor, BatchOutput, InMessage, OutRecord

__all__ = ["install", "send_all"]

log = logging.getLogger(__name__)


def _message(event: Any) -> InMessage:
    m = event.message
    return InMessage(value=m.value, key=m.key, topic=m.topic, partition=m.partition, offset=m.offset)


async def send_all(app: faust.App, records: list[OutRecord]) -> None:
    """Send records and wait until Kafka has acknowledged every one."""
    pending = [await app.topic(r.topic, key_type=bytes, value_type=bytes,
                               key_serializer="raw", value_serializer="raw").send(key=r.key, value=r.value)
               for r in records]
    await asyncio.gather(*pending)


def install(app: faust.App, context: WorkerContext) -> None:
    settings = context.settings
    topics = settings.topics
    articles = app.topic(topics.articles, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
    # spaCy loads before the worker joins the group, so it never holds partitions it cannot serve
    processor = _make_processor(context)

    @app.agent(articles, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        loop = asyncio.get_running_loop()
        async for events in stream.take_events(settings.batch_size, within=settings.batch_timeout):
            messages = [_message(e) for e in events]
            output: BatchOutput = await loop.run_in_executor(None, processor.process, messages)
            # events and dead letters first: an entities record then marks its article as complete
            entities_topic = topics.entities
            await send_all(app, [r for r in output.records if r.topic != entities_topic] + output.dead_letters)
            await send_all(app, [r for r in output.records if r.topic == entities_topic])
            if output.dead_letters:
                log.info("batch of %d: %d rejected to %s", len(messages), output.rejected, topics.articles_dlq)


def _make_processor(context: WorkerContext) -> ArticleBatchProcessor:
    from diplo.processors.extract import make_extractor

    return ArticleBatchProcessor(make_extractor(context.settings.model), context.codec, context.settings)
