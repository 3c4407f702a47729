"""Deliver alerts from the alerts topic: webhook (signed, retried) or stdout, failures to alerts.dlq.

The alerts topic is the outbox: an alert is on it (committed) before anyone is
told. Each webhook delivery runs as a background task and calls its ``ack``
when it has succeeded or its dead letter is on ``alerts.dlq``; the delivery
stage's source commits only below the lowest unfinished delivery of each
partition, so a restart retries every unfinished one (receivers dedupe on
``X-Diplo-Alert-Id``).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from diplo.processors.errors import DiploError
from diplo.streams.codec import AvroCodec, DecodeError
from diplo.streams.messages import InMessage, OutRecord, make_dead_letter
from diplo.streams.metrics import METRICS
from diplo.streams.settings import Settings

from .render import alert_json, format_alert
from .subscriptions import SubscriptionView
from .webhook import WebhookError, WebhookSender

__all__ = ["AlertDelivery"]

log = logging.getLogger(__name__)

Send = Callable[[list[OutRecord]], Awaitable[None]]


class AlertDelivery:
    """Turn one alert message into a delivery; ``ack`` is called once it is finished either way."""

    def __init__(self, view: SubscriptionView, sender: WebhookSender, codec: AvroCodec, settings: Settings,
                 send: Send, max_pending: int = 1000):
        self.view = view
        self.sender = sender
        self.codec = codec
        self.settings = settings
        self.send = send
        self.max_pending = max_pending
        self.pending: set[asyncio.Task] = set()

    async def handle(self, message: InMessage, ack: Callable[[], Any]) -> None:
        try:
            _, alert = self.codec.decode(message.value or b"", expect="Alert")
        except DecodeError as exc:
            await self.send([self._dead(message, "decode", exc)])
            ack()
            return
        subscription = self.view.get(alert["subscription_id"])
        if subscription is None:  # the alert stays on the alerts topic; say why nobody is told
            log.warning("alert %s not delivered: subscription %r was deleted", alert["alert_id"],
                        alert["subscription_id"])
        delivery = (subscription or {}).get("delivery") or {}
        kind = delivery.get("kind")
        if kind == "STDOUT" and subscription is not None:  # a kind needs a subscription
            sys.stdout.write(format_alert(alert, subscription["name"]) + "\n")
            sys.stdout.flush()
        if kind != "WEBHOOK":
            ack()
            return
        while len(self.pending) >= self.max_pending:  # bounded memory; other agents keep running
            await asyncio.wait(self.pending, return_when=asyncio.FIRST_COMPLETED)
        task = asyncio.create_task(self._webhook(message, alert, delivery, ack),
                                   name=f"webhook-{alert['subscription_id']}-{alert['alert_id']}")
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)

    async def _webhook(self, message: InMessage, alert: dict[str, Any], delivery: dict[str, Any],
                       ack: Callable[[], Any]) -> None:
        body = alert_json(alert)
        try:
            attempts = await self.sender.deliver(alert["subscription_id"], delivery["url"], delivery["secret"] or "",
                                                 body, alert["alert_id"])
            log.info("alert %s delivered to %s (attempts: %d)", alert["alert_id"], delivery["url"], attempts)
            ack()
        except WebhookError as exc:
            log.warning("alert %s not delivered: %s", alert["alert_id"], exc)
            await self._dead_letter(message, exc, ack)
        except asyncio.CancelledError:
            raise  # worker stopping: left unacknowledged, delivered again after restart
        except Exception as exc:  # an unexpected failure still ends as data, never silence
            log.exception("delivering alert %s failed", alert["alert_id"])
            await self._dead_letter(message, exc, ack)

    async def _dead_letter(self, message: InMessage, exc: BaseException, ack: Callable[[], Any]) -> None:
        await self.send([self._dead(message, "deliver", exc)])
        ack()

    async def drain(self, timeout: float) -> None:
        """Wait up to ``timeout`` for deliveries in flight, then cancel the rest (left unacknowledged)."""
        if self.pending:
            await asyncio.wait(set(self.pending), timeout=timeout)
        for task in set(self.pending):
            task.cancel()
        if self.pending:
            await asyncio.gather(*self.pending, return_exceptions=True)

    def _dead(self, message: InMessage, stage: str, exc: BaseException) -> OutRecord:
        # counted where every refused delivery passes: diplo_dead_letters_total{stage="deliver",reason=...}
        METRICS.dead_letters.labels(stage, exc.reason_code if isinstance(exc, DiploError) else "internal_error").inc()
        return make_dead_letter(self.codec, message, stage, exc, self.settings.dlq_max_original_bytes,
                                self.settings.topics.alerts_dlq)
