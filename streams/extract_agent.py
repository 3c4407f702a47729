"""The extract agent: articles -> entities + events.diplomatic, bad input -> articles.dlq.

Wiring only: a pipelined ``BatchedAgent`` (streams/runtime) takes article
batches, runs one ``nlp.pipe`` per batch in a thread while the previous batch's
outputs are sent, and lets the offsets go once Kafka has every output. An
article's events are acknowledged before its entities record is sent, so a
reader that has seen the entities record can rely on its events being in the log.
"""

from __future__ import annotations

import logging

import faust

from .app import WorkerContext
from .article_batch import ArticleBatchProcessor, BatchOutput
from .messages import InMessage
from .metrics import METRICS
from .runtime import BatchedAgent, FaustSource, send_all
from .runtime.gaps import GapReader, track_gaps

__all__ = ["install"]

log = logging.getLogger(__name__)


def install(app: faust.App, context: WorkerContext) -> None:
    settings, topics = context.settings, context.settings.topics
    articles = app.topic(topics.articles, key_type=bytes, value_type=bytes,
                         key_serializer="raw", value_serializer="raw")
    processor = _make_processor(context)  # spaCy loads before the worker joins, so it never holds idle partitions
    gaps = GapReader(context.bootstrap, settings, "extract")
    track_gaps(app, [gaps])

    async def publish(output: BatchOutput, messages: list[InMessage]) -> None:
        # events and dead letters first: an entities record then marks its article as complete
        entities = [r for r in output.records if r.topic == topics.entities]
        await send_all(app.producer, [r for r in output.records if r.topic != topics.entities] + output.dead_letters)
        await send_all(app.producer, entities)
        METRICS.batch_done(output, messages, len(entities))
        if output.dead_letters:
            log.info("batch of %d: %d rejected to %s", len(messages), output.rejected, topics.articles_dlq)

    agent = BatchedAgent("extract agent", METRICS.timed(processor.process), publish, batch_size=settings.batch_size,
                         offload=True, pipelined=True)

    @app.agent(articles, name="extract")
    async def extract(stream: faust.StreamT) -> None:
        await agent.run(FaustSource(stream, settings.batch_size, settings.batch_timeout, gaps))


def _make_processor(context: WorkerContext) -> ArticleBatchProcessor:
    from diplo.processors.extract import make_extractor

    from .heap import settle_loaded_heap

    settings = context.settings
    extractor = make_extractor(settings.model, settings.max_entities)
    settle_loaded_heap()
    return ArticleBatchProcessor(extractor, context.codec, settings)
