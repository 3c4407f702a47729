"""HTTP API on the worker's faust web server: POST/GET/DELETE /subscriptions, GET /subscriptions/{id}.

Every request needs ``Authorization: Bearer <DIPLO_API_TOKEN>`` (401 otherwise;
with no token configured the API refuses everything). Writes go to the
subscriptions topic and return once this worker's view has applied them, so a
GET right after a POST sees the new subscription. Secrets are never returned,
except a generated one, once, in the POST answer.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import Awaitable, Callable
from typing import Any

import faust
from faust.web import Request, Response, View

from diplo.processors.alert_validation import SubscriptionError
from diplo.streams.settings import Settings

from .manage import new_subscription
from .subscriptions import SubscriptionView, mask_secret, publish_subscription, publish_tombstone

__all__ = ["install_api"]

_WAIT = 15.0  # seconds to wait for the view to load or to apply a write


def install_api(app: faust.App, settings: Settings, view: SubscriptionView, runtime: Any) -> None:
    """Register the subscription views; ``runtime.producer`` and ``runtime.codec`` do the writes."""

    def authorized(request: Request) -> bool:
        token = settings.api_token
        if not token:
            return False
        header = request.headers.get("Authorization", "")
        scheme, _, given = header.partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())

    def guarded(handler: Callable[..., Awaitable[Response]]) -> Callable[..., Awaitable[Response]]:
        async def wrapper(self: View, request: Request, **kwargs: Any) -> Response:
            if not authorized(request):
                detail = "missing or wrong bearer token" if settings.api_token else \
                    "the subscription API is disabled: set DIPLO_API_TOKEN on the worker"
                return self.json({"error": detail}, status=401, headers={"WWW-Authenticate": "Bearer"})
            try:
                await asyncio.wait_for(view.wait_ready(), _WAIT)
            except asyncio.TimeoutError:
                return self.json({"error": "subscriptions are still loading; retry"}, status=503)
            return await handler(self, request, **kwargs)

        return wrapper

    @app.page("/subscriptions")
    class Subscriptions(View):
        @guarded
        async def get(self, request: Request, **kwargs: Any) -> Response:
            return self.json({"subscriptions": [mask_secret(s) for s in view.all()]})

        @guarded
        async def post(self, request: Request, **kwargs: Any) -> Response:
            try:
                data = json.loads(await request.read() or b"null")
            except ValueError as exc:
                return self.json({"error": f"body is not JSON: {exc}", "field": None}, status=400)
            try:
                record, generated = await new_subscription(data, settings.allow_private_webhooks)
            except SubscriptionError as exc:
                return self.json({"error": str(exc), "field": exc.field}, status=400)
            if view.get(record["id"]) is not None:
                return self.json({"error": f"subscription {record['id']} already exists", "field": "id"}, status=409)
            offset = await publish_subscription(runtime.producer, settings, runtime.codec, record)
            await view.wait_for_offset(offset, _WAIT)
            body: dict[str, Any] = {"subscription": mask_secret(record)}
            if generated:
                body["secret"] = generated
            return self.json(body, status=201)

    @app.page("/subscriptions/{subscription_id}")
    class SubscriptionItem(View):
        @guarded
        async def get(self, request: Request, subscription_id: str = "", **kwargs: Any) -> Response:
            subscription = view.get(subscription_id)
            if subscription is None:
                return self.json({"error": f"no subscription {subscription_id}"}, status=404)
            return self.json({"subscription": mask_secret(subscription)})

        @guarded
        async def delete(self, request: Request, subscription_id: str = "", **kwargs: Any) -> Response:
            if view.get(subscription_id) is None:
                return self.json({"error": f"no subscription {subscription_id}"}, status=404)
            offset = await publish_tombstone(runtime.producer, settings, subscription_id)
            await view.wait_for_offset(offset, _WAIT)
            return self.json({"deleted": subscription_id})
