"""Sample DiplomaticEvent records for alerting tests (unit and integration)."""

from __future__ import annotations

from typing import Any

__all__ = ["actor", "make_event"]


def actor(name: str, code: str, country: str | None, role: str | None = None, entity_type: str = "PERSON") -> dict[str, Any]:
    return {"name": name, "code": code, "country": country, "role": role, "entity_type": entity_type}


def make_event(event_id: str = "a1:0001", **changes: Any) -> dict[str, Any]:
    """A visit by Azerbaijan's defence minister to Russia, as the Avro DiplomaticEvent dict; override any field."""
    source = actor("Zakir Hasanov", "AZEMIL", "AZE", "MIL")
    target = actor("Sergey Shoigu", "RUSMIL", "RUS", "MIL")
    event = {
        "event_id": event_id,
        "article_id": event_id.split(":")[0],
        "published_at": "2019-05-14",
        "sentence": "Azerbaijan's Minister of Defense Zakir Hasanov visited Anapa, where he met Sergey Shoigu.",
        "source": source,
        "target": target,
        "participants": [source, target],
        "cameo_code": "042",
        "cameo_root": "04",
        "cameo_name": "Make a visit",
        "quad_class": 1,
        "goldstein": 1.9,
        "plover_type": "CONSULT",
        "modality": "ASSERTED",
        "event_date": "2019-05-07",
        "date_text": "last week",
        "location": {"name": "Anapa", "country": "RUS", "lat": 44.89, "lon": 37.32},
        "amount": None,
        "trigger": "visited",
        "confidence": 0.8,
        "extractor_version": "test",
    }
    event.update(changes)
    return event
