"""Sample DiplomaticEvent records for alerting tests (unit and integration)."""

from __future__ import annotations

from typing import Any

from tests.records_factory import actor, sample_event

__all__ = ["actor", "make_event"]


def make_event(event_id: str = "a1:0001", **changes: Any) -> dict[str, Any]:
    """A visit by Azerbaijan's defence minister to Russia, as the Avro DiplomaticEvent dict; override any field."""
    defaults = {
        "article_id": event_id.split(":")[0],
        "sentence": "Azerbaijan's Minister of Defense Zakir Hasanov visited Anapa, where he met Sergey Shoigu.",
        "event_date": "2019-05-07",
        "amount": None,
        "confidence": 0.8,
    }
    return sample_event(event_id, **{**defaults, **changes})
