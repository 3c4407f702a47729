"""Webhook sender against a real local HTTP server: signature, retries with backoff, refusals, concurrency."""

from __future__ import annotations

import asyncio

import pytest

from diplo.streams.alerting.webhook import WebhookError, WebhookPolicy, WebhookSender, check_target, sign
from tests.unit.alerting.support import receiving, valid_signature

FAST = WebhookPolicy(timeout=1.0, attempts=3, backoff=0.05, per_subscription=1, total=8)
SECRET = "0123456789abcdef"


def _deliver(sender: WebhookSender, url: str, sub: str = "s", body: bytes = b'{"a":1}') -> int:
    async def go() -> int:
        try:
            return await sender.deliver(sub, url, SECRET, body, "alert-1")
        finally:
            await sender.close()

    return asyncio.run(go())


def test_signature_is_hmac_sha256_of_the_body() -> None:
    # the published HMAC-SHA256 example (RFC 2104 construction, as on Wikipedia)
    expected = "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"
    assert sign("key", b"The quick brown fox jumps over the lazy dog") == f"sha256={expected}"


def test_success_sends_signed_body_and_headers() -> None:
    with receiving() as rx:
        assert _deliver(WebhookSender(FAST, allow_private=True), rx.url("/h")) == 1
        [hit] = rx.on("/h")
        assert hit.body == b'{"a":1}'
        assert valid_signature(SECRET, hit.body, hit.headers["X-Diplo-Signature"])
        assert (hit.headers["X-Diplo-Alert-Id"], hit.headers["Content-Type"]) == ("alert-1", "application/json")


class FakeClock:
    """A monotonic clock and a sleep that only move when told: backoff and circuit pauses without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.now += delay


def test_server_errors_are_retried_with_backoff_until_success() -> None:
    clock = FakeClock()
    with receiving() as rx:
        rx.behaviour["/h"] = lambda n: (503, 0.0) if n < 3 else (200, 0.0)
        assert _deliver(WebhookSender(FAST, allow_private=True, clock=clock, sleep=clock.sleep), rx.url("/h")) == 3
        assert len(rx.on("/h")) == 3
    assert clock.sleeps == [FAST.backoff, FAST.backoff * 2]  # the delay doubles


def test_last_failure_names_the_reason() -> None:
    with receiving() as rx:
        rx.behaviour["/h"] = lambda n: (500, 0.0)
        with pytest.raises(WebhookError, match=r"failed after 3 attempts: HTTP 500$") as info:
            _deliver(WebhookSender(FAST, allow_private=True), rx.url("/h"))
        assert info.value.reason_code == "http_500"
        assert len(rx.on("/h")) == 3


def test_client_errors_are_not_retried() -> None:
    with receiving() as rx:
        rx.behaviour["/h"] = lambda n: (404, 0.0)
        with pytest.raises(WebhookError, match="HTTP 404 \\(not retried\\)"):
            _deliver(WebhookSender(FAST, allow_private=True), rx.url("/h"))
        assert len(rx.on("/h")) == 1


def test_timeouts_and_refused_connections_are_retried_then_reported() -> None:
    with receiving() as rx:
        rx.behaviour["/slow"] = lambda n: (200, 1.5)
        with pytest.raises(WebhookError) as info:
            _deliver(WebhookSender(WebhookPolicy(timeout=0.3, attempts=2, backoff=0.01), allow_private=True),
                     rx.url("/slow"))
        assert info.value.reason_code == "timeout"
    with pytest.raises(WebhookError) as info:
        _deliver(WebhookSender(FAST, allow_private=True), "http://127.0.0.1:9/nothing-listens")
    assert info.value.reason_code == "connection_error"


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/h", "http://localhost/h", "http://10.1.2.3/h",
                                 "http://[::1]/h", "http://169.254.169.254/latest", "http://192.168.0.1/",
                                 "http://[::ffff:127.0.0.1]/h", "http://0.0.0.0/"])
def test_private_and_loopback_targets_are_refused_unless_allowed(url: str) -> None:
    with pytest.raises(WebhookError, match="private or loopback") as info:
        asyncio.run(check_target(url, allow_private=False))
    assert info.value.reason_code == "private_address"
    asyncio.run(check_target(url, allow_private=True))


def test_public_address_literal_is_accepted() -> None:
    asyncio.run(check_target("https://8.8.8.8/hook", allow_private=False))


def test_refused_target_is_not_contacted() -> None:
    with receiving() as rx:
        with pytest.raises(WebhookError, match="private or loopback"):
            _deliver(WebhookSender(FAST, allow_private=False), rx.url("/h"))
        assert rx.hits == []


def test_a_slow_subscription_does_not_hold_up_another() -> None:
    with receiving() as rx:
        rx.behaviour["/slow"] = lambda n: (200, 0.8)

        async def go() -> list[str]:
            sender = WebhookSender(FAST, allow_private=True)
            finished: list[str] = []

            async def one(sub: str, path: str) -> None:
                await sender.deliver(sub, rx.url(path), SECRET, b"{}", sub)
                finished.append(f"{sub}{path}")

            await asyncio.gather(one("slow1", "/slow"), one("slow1", "/slow"), one("fast", "/fast"))
            await sender.close()
            return finished

        # slow1 may run one delivery at a time: the second waits for the first, the other subscription does not
        assert asyncio.run(go()) == ["fast/fast", "slow1/slow", "slow1/slow"]


def test_a_dead_endpoint_opens_the_circuit_then_closes_after_the_pause() -> None:
    policy = WebhookPolicy(timeout=1.0, attempts=1, backoff=0.01, open_after=2, open_seconds=60.0)
    clock = FakeClock()
    with receiving() as rx:
        rx.behaviour["/h"] = lambda n: (500, 0.0) if n <= 2 else (200, 0.0)

        async def go() -> list[str]:
            sender = WebhookSender(policy, allow_private=True, clock=clock, sleep=clock.sleep)
            outcomes = []
            try:
                for _ in range(3):
                    try:
                        await sender.deliver("s", rx.url("/h"), SECRET, b"{}", "a")
                        outcomes.append("ok")
                    except WebhookError as exc:
                        outcomes.append(exc.reason_code)
                clock.now += policy.open_seconds - 0.001
                try:
                    await sender.deliver("s", rx.url("/h"), SECRET, b"{}", "a")
                except WebhookError as exc:
                    outcomes.append(exc.reason_code)  # still open a moment before the pause ends
                clock.now += 0.001
                await sender.deliver("s", rx.url("/h"), SECRET, b"{}", "a")
                outcomes.append("ok")
            finally:
                await sender.close()
            return outcomes

        assert asyncio.run(go()) == ["http_500", "http_500", "circuit_open", "circuit_open", "ok"]
        assert len(rx.on("/h")) == 3, f"{len(rx.on('/h'))} calls: the open circuit must not call"
