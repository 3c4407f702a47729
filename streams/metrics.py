"""Prometheus metrics of a worker, and the /metrics page on its web server (/health: streams/health.py).

The counters live at module level (one worker = one process); agents update
them, the web server exposes them. Consumer lag is computed at scrape time for
each assigned partition: its high-water mark minus the next offset to do, which
is the committed offset or, when the agent has handled more since the last
commit, the offset after the last one it handled (streams/runtime/consumer_info.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import faust
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

from .runtime.consumer_info import committed_offsets, highwaters

__all__ = ["METRICS", "WorkerMetrics", "consumer_lag", "install"]

T = TypeVar("T")
R = TypeVar("R")


class WorkerMetrics:
    """The extract agent's numbers; one registry per process so tests can build their own."""

    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry()
        self.articles_in = Counter("diplo_articles_in", "Article messages consumed", registry=self.registry)
        self.events_out = Counter("diplo_events_out", "DiplomaticEvent records published", registry=self.registry)
        self.entities_out = Counter("diplo_entities_out", "ArticleEntities records published", registry=self.registry)
        self.dead_letters = Counter("diplo_dead_letters", "Messages sent to a dead-letter topic",
                                    ["stage", "reason"], registry=self.registry)
        self.batch_seconds = Histogram("diplo_batch_processing_seconds",
                                       "Time to decode, extract and encode one batch (excluding Kafka sends)",
                                       buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30), registry=self.registry)
        self.latency_seconds = Histogram("diplo_article_latency_seconds",
                                         "From an article's Kafka timestamp to its outputs being acknowledged",
                                         buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60), registry=self.registry)
        self.batch_size = Histogram("diplo_batch_size", "Articles per batch",
                                    buckets=(1, 2, 4, 8, 16, 32, 64, 128), registry=self.registry)
        self.last_offsets: dict[tuple[str, int], int] = {}

    def totals(self) -> dict[str, float]:
        """Articles in, events out and dead letters (all stages and reasons) so far, for the summary line."""
        def total(counter: Counter) -> float:
            return sum(s.value for metric in counter.collect() for s in metric.samples if s.name.endswith("_total"))

        return {"articles": total(self.articles_in), "events": total(self.events_out),
                "dead_letters": total(self.dead_letters)}

    def handled(self, topic: str, partition: int, offset: int) -> None:
        key = (topic, partition)
        if offset > self.last_offsets.get(key, -1):
            self.last_offsets[key] = offset

    def timed(self, process: Callable[[T], R]) -> Callable[[T], R]:
        """``process`` with its duration observed as the batch processing time."""
        def timed_process(batch: T) -> R:
            started = time.perf_counter()
            try:
                return process(batch)
            finally:
                self.batch_seconds.observe(time.perf_counter() - started)

        return timed_process

    def batch_done(self, output: Any, messages: Sequence[Any], entities: int) -> None:
        """Count one extract batch whose outputs Kafka has acknowledged."""
        self.articles_in.inc(len(messages))
        self.batch_size.observe(len(messages))
        self.entities_out.inc(entities)
        self.events_out.inc(len(output.records) - entities)
        for stage, reason in output.rejections:
            self.dead_letters.labels(stage, reason).inc()
        for m in messages:
            self.handled(m.topic, m.partition, m.offset)
        self.observe_latency([int(m.timestamp * 1000) for m in messages if m.timestamp])

    def observe_latency(self, timestamps_ms: list[int]) -> None:
        now = time.time()
        for ts in timestamps_ms:
            if ts:
                self.latency_seconds.observe(max(0.0, now - ts / 1000.0))


METRICS = WorkerMetrics()


class _LagCollector:
    """Consumer lag per assigned partition, read from faust at scrape time."""

    def __init__(self, app: faust.App, metrics: WorkerMetrics):
        self.app = app
        self.metrics = metrics

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily("diplo_consumer_lag",
                                   "Messages between the next offset to do and the high-water mark",
                                   labels=["topic", "partition"])
        for (topic, partition), lag in consumer_lag(self.app, self.metrics).items():
            family.add_metric([topic, str(partition)], lag)
        yield family


def consumer_lag(app: faust.App, metrics: WorkerMetrics) -> dict[tuple[str, int], int]:
    """Lag per assigned partition whose high-water mark is known: from the committed or last handled offset."""
    committed = committed_offsets(app)
    out = {}
    for tp, highwater in highwaters(app).items():
        handled = metrics.last_offsets.get((tp.topic, tp.partition))
        next_offset = max(committed.get(tp) or 0, handled + 1 if handled is not None else 0)
        out[(tp.topic, tp.partition)] = max(0, highwater - next_offset)
    return out


def install(app: faust.App, metrics: WorkerMetrics = METRICS) -> None:
    """Add /metrics to the worker's web server."""
    metrics.registry.register(_LagCollector(app, metrics))

    @app.page("/metrics")
    class MetricsPage(View):
        async def get(self, request: Request) -> Response:
            return self.bytes(generate_latest(metrics.registry), content_type=CONTENT_TYPE_LATEST.split(";")[0])
