"""The worker's /health page: 200 only while it can reach Kafka and holds partitions, 503 with the reason otherwise.

A worker keeps its assignment while the cluster is unreachable (until the
group's session expires), so the assignment alone says "ready" through an
outage. ``ClusterProbe`` asks the cluster for its metadata every few seconds
on a client of its own; a failed or timed-out answer makes the page 503.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import faust
from aiokafka.client import AIOKafkaClient
from aiokafka.errors import KafkaConnectionError, KafkaError
from faust.web import Request, Response, View

from .kafka_io import describe_kafka_error
from .runtime.consumer_info import assigned_partitions
from .settings import Settings

__all__ = ["ClusterProbe", "health", "install"]

log = logging.getLogger(__name__)


class ClusterProbe:
    """The last answer to a metadata request: None while the cluster answers, else what went wrong and since when."""

    def __init__(self, bootstrap: str, settings: Settings, timeout: float = 5.0,
                 clock: Callable[[], float] = time.monotonic):
        self.bootstrap = bootstrap
        self.settings = settings
        self.timeout = timeout
        self.clock = clock
        self.checked = False
        self.error: str | None = None
        self.failing_since: float | None = None
        self._client: AIOKafkaClient | None = None

    async def check(self) -> None:
        """One metadata round trip; records the outcome."""
        try:
            await asyncio.wait_for(self._ask(), self.timeout)
        except (KafkaError, OSError, asyncio.TimeoutError) as exc:
            error = _describe(exc, self.timeout)
            if self.error is None:
                self.failing_since = self.clock()
                log.warning("Kafka at %s does not answer: %s; /health says 503", self.bootstrap, error)
            self.error = error
        else:
            if self.error is not None:
                log.warning("Kafka at %s answers again", self.bootstrap)
            self.error, self.failing_since = None, None
        self.checked = True

    async def _ask(self) -> None:
        if self._client is None:
            options = self.settings.kafka_client_options(AIOKafkaClient, set_here={"request_timeout_ms"})
            client = AIOKafkaClient(bootstrap_servers=self.bootstrap, request_timeout_ms=int(self.timeout * 1000),
                                    **options)
            try:
                await client.bootstrap()
            except BaseException:
                await client.close()
                raise
            self._client = client
            return
        await self._client.fetch_all_metadata()

    async def run(self, interval: float) -> None:
        """Check every ``interval`` seconds until cancelled."""
        try:
            while True:
                await self.check()
                await asyncio.sleep(interval)
        finally:
            await self.close()

    async def close(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.close()

    def problem(self) -> str | None:
        """Why Kafka counts as unreachable, or None."""
        if not self.checked:
            return "connecting to Kafka"
        if self.error is None:
            return None
        down = self.clock() - (self.failing_since or self.clock())
        return f"cannot reach Kafka at {self.bootstrap} for {down:.0f} s: {self.error}"


def _describe(exc: BaseException, timeout: float) -> str:
    if isinstance(exc, asyncio.TimeoutError):
        return f"no answer within {timeout:.0f} s"
    if type(exc) is KafkaError:  # aiokafka's plain error for "every known broker failed"
        return "no broker answered a metadata request"
    if isinstance(exc, KafkaConnectionError):  # raised by bootstrap() with no detail in its message
        return "no bootstrap server accepts a connection"
    return describe_kafka_error(exc)


def health(app: faust.App, probe: ClusterProbe) -> tuple[int, dict[str, Any]]:
    """(HTTP status, body) of /health: the first reason the worker cannot do its work, if any."""
    assigned = sorted(f"{tp.topic}/{tp.partition}" for tp in assigned_partitions(app))
    reason = probe.problem()
    if reason is None and app.rebalancing:
        reason = "rebalancing"
    if reason is None and not assigned:
        reason = "no partitions assigned (not joined yet, or more workers than partitions)"
    body: dict[str, Any] = {"status": "ready" if reason is None else "unavailable", "assigned": assigned}
    if reason is not None:
        body["reason"] = reason
    return (200 if reason is None else 503), body


def install(app: faust.App, bootstrap: str, settings: Settings, interval: float = 5.0) -> ClusterProbe:
    """Serve /health and probe the cluster every ``interval`` seconds while the worker runs."""
    probe = ClusterProbe(bootstrap, settings, timeout=interval)

    @app.task
    async def probe_cluster() -> None:
        await probe.run(interval)

    @app.page("/health")
    class HealthPage(View):
        """200 when the worker reaches Kafka and holds partitions; 503 with the reason otherwise."""

        async def get(self, request: Request) -> Response:
            status, body = health(app, probe)
            return self.json(body, status=status)

    return probe
