"""Wait for the Kafka cluster at start-up, with backoff, instead of exiting at once.

A worker that exits when Kafka is down becomes a restart loop under a
supervisor, while a running worker rides out the same outage; so commands
first wait for one metadata round-trip, logging one line per failed attempt,
for at most ``timeout`` seconds (None: forever; 0: one attempt).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Iterator

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError

from .errors import BrokerError
from .kafka_io import describe_kafka_error
from .settings import Settings

__all__ = ["wait_for_cluster", "backoff_delays"]

log = logging.getLogger("diplo.connect")


def backoff_delays(first: float = 1.0, factor: float = 2.0, cap: float = 30.0) -> Iterator[float]:
    """1, 2, 4, ... seconds, at most ``cap``: quick when Kafka is about to come up, gentle when it stays down."""
    delay = first
    while True:
        yield delay
        delay = min(delay * factor, cap)


async def _round_trip(bootstrap: str, settings: Settings, request_timeout_ms: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=request_timeout_ms,
                                **settings.kafka_client_options(AIOKafkaAdminClient, set_here={"request_timeout_ms"}))
    try:  # start() can fail after it opened a connection: close in every case
        await admin.start()
        await admin.list_topics()
    finally:
        await admin.close()


@contextlib.contextmanager
def _quiet(name: str = "aiokafka") -> Iterator[None]:
    """aiokafka logs every refused connection; the attempt lines below say it once each."""
    logger = logging.getLogger(name)
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, KafkaError):
        return describe_kafka_error(exc)
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


async def wait_for_cluster(bootstrap: str, settings: Settings, timeout: float | None,
                           delays: Iterator[float] | None = None) -> int:
    """Return the number of attempts once Kafka at ``bootstrap`` answers; BrokerError after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    limit = math.inf if timeout is None else timeout
    started = loop.time()
    delays = delays or backoff_delays()
    attempt = 0
    while True:
        attempt += 1
        try:
            with _quiet():
                await asyncio.wait_for(_round_trip(bootstrap, settings, 10_000), 15)
            if attempt > 1:
                log.warning("Kafka at %s answered on attempt %d", bootstrap, attempt)
            return attempt
        except (KafkaError, OSError, asyncio.TimeoutError) as exc:
            reason = _reason(exc)
        left = limit - (loop.time() - started)
        if left <= 0:
            raise BrokerError(f"cannot connect to Kafka at {bootstrap} ({reason}); gave up after {attempt} "
                              f"attempt(s) in {loop.time() - started:.0f}s (--connect-timeout)")
        pause = min(next(delays), left)
        log.warning("Kafka at %s is not reachable (%s); attempt %d, next in %.0fs", bootstrap, reason, attempt, pause)
        await asyncio.sleep(pause)
