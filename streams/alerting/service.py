"""What the alert agents of one worker share, started and stopped with the app: subscriptions, producer, HTTP client."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import faust
from aiokafka.errors import ConsumerStoppedError
from mode import Service

from diplo.streams.app import WorkerContext
from diplo.streams.kafka_io import make_producer
from diplo.streams.runtime import BatchedAgent

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


def install_service(
    app: faust.App,
    runtime: AlertRuntime,
    delivery: AlertDelivery,
    stages: Sequence[tuple[BatchedAgent, Any]],
    stoppers: Sequence[Callable[[], Awaitable[None]]],
) -> None:
    """Load the subscriptions before the worker is ready, then run the stages on their own consumers.

    On stop, deliveries in flight get 5 s to finish (so their progress is
    committed), then the stages are cancelled and their sources stopped.
    """
    tasks: list[asyncio.Future] = []

    @app.service
    class AlertService(Service):
        async def on_start(self) -> None:
            await runtime.start()
            self.add_future(runtime.follow())
            for agent, source in stages:
                await source.start()
                tasks.append(asyncio.ensure_future(agent.run(source)))

        async def on_stop(self) -> None:
            await delivery.drain(timeout=5.0)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for stop in stoppers:
                await stop()
            await runtime.stop()
