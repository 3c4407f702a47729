"""What the alert agents of one worker share, started and stopped with the app: subscriptions, producer, HTTP client."""

from __future__ import annotations

from typing import Any

import faust
from aiokafka.errors import ConsumerStoppedError
from mode import Service

from diplo.streams.app import WorkerContext
from diplo.streams.kafka_io import make_producer

from .delivery import AlertDelivery
from .subscriptions import SubscriptionView
from .webhook import WebhookPolicy, WebhookSender

__all__ = ["AlertRuntime", "install_service"]


class AlertRuntime:
    """Subscriptions view, a producer for the API, the webhook client."""

    def __init__(self, context: WorkerContext):
        self.settings = context.settings
        self.codec = context.codec
        self.bootstrap = context.bootstrap
        self.view = SubscriptionView(context.bootstrap, context.settings, context.codec)
        self.sender = WebhookSender(WebhookPolicy(), allow_private=context.settings.allow_private_webhooks)
        self.producer: Any = None

    async def start(self) -> None:
        self.producer = make_producer(self.bootstrap, self.settings)
        await self.producer.start()
        await self.view.start()

    async def follow(self) -> None:
        try:
            await self.view.follow()
        except ConsumerStoppedError:
            pass

    async def stop(self) -> None:
        await self.sender.close()
        await self.view.stop()
        if self.producer is not None:
            await self.producer.stop()


def install_service(app: faust.App, runtime: AlertRuntime, delivery: AlertDelivery) -> None:
    """Load the subscriptions before the worker is ready, follow them afterwards, drain deliveries on stop."""

    @app.service
    class AlertService(Service):
        async def on_start(self) -> None:
            await runtime.start()
            self.add_future(runtime.follow())

        async def on_stop(self) -> None:
            await delivery.drain(timeout=5.0)
            await runtime.stop()
