"""Creating a subscription, one path for the HTTP API and `diplo subscribe add`."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from diplo.processors.alert_validation import SubscriptionError, validate_subscription

from .matching import now_iso
from .webhook import WebhookError, check_target

__all__ = ["new_subscription"]


async def new_subscription(data: Any, allow_private_webhooks: bool,
                           on_private: Callable[[str], None] | None = None) -> tuple[dict[str, Any], str | None]:
    """(validated Subscription record, generated webhook secret or None); SubscriptionError says what is wrong.

    Whether a private webhook host is allowed is the workers' decision (their
    DIPLO_ALLOW_PRIVATE_WEBHOOKS): the API, which runs in a worker, refuses one
    by that setting; `diplo subscribe add` passes ``on_private`` and is told.

    Fills in what the user may leave out: an id, created_at and, for a webhook
    without one, a random secret (returned so it can be shown once).
    """
    if not isinstance(data, Mapping):
        raise SubscriptionError("subscription", f"must be an object, got {type(data).__name__}")
    data = dict(data)
    data.setdefault("id", uuid.uuid4().hex[:12])
    generated = None
    delivery = data.get("delivery")
    if (
        isinstance(delivery, Mapping)
        and str(delivery.get("kind", "")).upper() == "WEBHOOK"
        and not delivery.get("secret")
    ):
        generated = secrets.token_hex(24)
        data["delivery"] = {**delivery, "secret": generated}
    record = validate_subscription(data, created_at=now_iso())
    if record["delivery"]["kind"] == "WEBHOOK":
        try:
            await check_target(record["delivery"]["url"], allow_private_webhooks)
        except WebhookError as exc:
            if on_private is None or exc.reason_code != "private_address":
                raise SubscriptionError("delivery.url", str(exc)) from None
            on_private(str(exc))
    return record, generated
