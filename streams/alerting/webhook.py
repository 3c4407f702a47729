"""Webhook delivery: signed POSTs with a timeout and retries, bounded concurrency, private targets refused.

Each delivery runs as its own task. Concurrency is bounded twice: per
subscription (so one slow or dead endpoint only queues its own alerts) and
overall (so the worker never opens unbounded connections). A delivery that
still fails after the last retry — or is refused outright — is reported to the
caller as a ``WebhookError`` with a stable reason code for the dead letter.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import logging
import socket
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from diplo.streams.errors import DiploError

__all__ = ["WebhookPolicy", "WebhookError", "WebhookSender", "sign", "SIGNATURE_HEADER", "check_target"]

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Diplo-Signature"


class WebhookError(DiploError):
    """A webhook delivery failed for good; ``reason_code`` says why."""

    reason_code = "webhook_failed"


@dataclass(frozen=True)
class WebhookPolicy:
    timeout: float = 5.0  # seconds per attempt
    attempts: int = 4  # first try + 3 retries
    backoff: float = 0.5  # seconds before the first retry; doubles each time
    max_backoff: float = 30.0
    per_subscription: int = 2  # concurrent deliveries to one subscription
    total: int = 32  # concurrent deliveries of the worker
    open_after: int = 3  # deliveries failed in a row before a subscription's circuit opens
    open_seconds: float = 60.0  # while open, its alerts go straight to the dead letters


def sign(secret: str, body: bytes) -> str:
    """``sha256=<hex>``: HMAC-SHA256 of the exact body bytes with the subscription's secret."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def _private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


async def check_target(url: str, allow_private: bool) -> None:
    """Refuse URLs whose host is, or resolves to, a private, loopback or link-local address."""
    if allow_private:
        return
    host = urlsplit(url).hostname or ""
    try:
        addresses = [host] if _is_ip(host) else [
            str(info[4][0])  # an IPv4 or IPv6 address string, for an inet socket
            for info in await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        ]
    except OSError as exc:
        raise WebhookError(f"webhook host {host!r} does not resolve: {exc}", "unresolvable_host") from None
    bad = next((a for a in addresses if _private(a)), None)
    if bad is not None:
        raise WebhookError(f"webhook host {host!r} is a private or loopback address ({bad}); "
                           "set DIPLO_ALLOW_PRIVATE_WEBHOOKS=1 to allow it", "private_address")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return True
    except ValueError:
        return False


class WebhookSender:
    """POST signed bodies with retries; one shared HTTP client per worker."""

    def __init__(self, policy: WebhookPolicy = WebhookPolicy(), allow_private: bool = False,
                 client: httpx.AsyncClient | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep):
        """``clock`` (circuit pauses) and ``sleep`` (retry backoff) are injectable so tests need no wall-clock waits."""
        self.policy = policy
        self.clock = clock
        self.sleep = sleep
        self.allow_private = allow_private
        self._client = client
        self._total = asyncio.Semaphore(policy.total)
        self._per_subscription: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(policy.per_subscription))
        self._failures: defaultdict[str, int] = defaultdict(int)  # failed deliveries in a row
        self._open_until: dict[str, float] = {}

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            # no redirects: a redirect could point a signed body at a host that was never checked
            self._client = httpx.AsyncClient(timeout=self.policy.timeout, follow_redirects=False, trust_env=False)
        return self._client

    async def deliver(self, subscription_id: str, url: str, secret: str, body: bytes, alert_id: str) -> int:
        """POST ``body`` until a 2xx answer; returns the attempts used, raises WebhookError after the last.

        A subscription whose deliveries keep failing has its circuit opened for
        a while: its alerts fail at once instead of queueing behind timeouts
        (so a dead endpoint cannot fill the worker's delivery backlog).
        """
        self._check_circuit(subscription_id, url)
        try:
            attempts = await self._deliver(subscription_id, url, secret, body, alert_id)
        except WebhookError as exc:
            if exc.reason_code != "circuit_open":
                self._failures[subscription_id] += 1
                if self._failures[subscription_id] >= self.policy.open_after:
                    self._open_until[subscription_id] = self.clock() + self.policy.open_seconds
            raise
        self._failures.pop(subscription_id, None)
        self._open_until.pop(subscription_id, None)
        return attempts

    def _check_circuit(self, subscription_id: str, url: str) -> None:
        until = self._open_until.get(subscription_id)
        now = self.clock()
        if until is not None and now < until:
            raise WebhookError(f"webhook {url} failed {self._failures[subscription_id]} deliveries in a row; "
                               f"not tried again for {until - now:.0f}s", "circuit_open")

    async def _deliver(self, subscription_id: str, url: str, secret: str, body: bytes, alert_id: str) -> int:
        async with self._per_subscription[subscription_id], self._total:
            self._check_circuit(subscription_id, url)  # it may have opened while this one waited
            await check_target(url, self.allow_private)
            headers = {
                "Content-Type": "application/json",
                SIGNATURE_HEADER: sign(secret, body),
                "X-Diplo-Alert-Id": alert_id,
                "X-Diplo-Subscription-Id": subscription_id,
            }
            delay = self.policy.backoff
            last = "no attempt made"
            for attempt in range(1, self.policy.attempts + 1):
                try:
                    response = await self._http().post(url, content=body, headers=headers)
                except httpx.TimeoutException:
                    last, code = f"timed out after {self.policy.timeout:g}s", "timeout"
                except httpx.HTTPError as exc:
                    last, code = f"{type(exc).__name__}: {exc}".rstrip(": "), "connection_error"
                else:
                    if 200 <= response.status_code < 300:
                        return attempt
                    last, code = f"HTTP {response.status_code}", f"http_{response.status_code}"
                    if response.status_code < 500 and response.status_code not in (408, 429):
                        raise WebhookError(f"webhook {url} refused the alert: {last} (not retried)", code)
                if attempt < self.policy.attempts:
                    log.info("webhook %s attempt %d failed (%s); retrying in %.1fs", url, attempt, last, delay)
                    await self.sleep(delay)
                    delay = min(delay * 2, self.policy.max_backoff)
            raise WebhookError(f"webhook {url} failed after {self.policy.attempts} attempts: {last}", code)
