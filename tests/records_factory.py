"""Valid sample records for every schema, written by hand (not by the extractor)."""

from __future__ import annotations

from typing import Any

__all__ = ["actor", "sample_event", "sample_records"]


def actor(name: str, code: str, country: str | None, role: str | None = None, entity_type: str = "PERSON"
          ) -> dict[str, Any]:
    return {"name": name, "code": code, "country": country, "role": role, "entity_type": entity_type}


def sample_event(event_id: str = "seed:0001", **changes: Any) -> dict[str, Any]:
    source = actor("Zakir Hasanov", "AZEMIL", "AZE", "MIL")
    target = actor("Sergey Shoigu", "RUSMIL", "RUS", "MIL")
    event = {
        "event_id": event_id,
        "article_id": "seed",
        "published_at": "2019-05-14",
        "sentence": "Azerbaijan's Minister of Defense Zakir Hasanov visited Anapa.",
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
        "event_date": "2019-05",
        "date_text": "last week",
        "location": {"name": "Anapa", "country": "RUS", "lat": 44.89, "lon": 37.32},
        "amount": {"text": "$500 million", "value": 500000000.0, "currency": "USD"},
        "trigger": "visited",
        "confidence": 0.9,
        "extractor_version": "test",
        "url": None,
        "why": [],
    }
    event.update(changes)
    return event


def sample_records() -> dict[str, dict[str, Any]]:
    event = sample_event()
    return {
        "Article": {"id": "a1", "text": "Text.", "title": "T", "published_at": "2019-05-14", "url": None,
                    "source": "Vestnik Kavkaza"},
        "ArticleEntities": {"article_id": "a1", "published_at": None, "entities": [
            {"text": "Baku", "label": "GPE", "start": 0, "end": 4, "canonical": "Baku", "country": "AZE"}]},
        "DiplomaticEvent": event,
        "Alert": {"alert_id": "al1", "subscription_id": "s1", "event": event, "matched_at": "2019-05-14T10:00:00Z",
                  "reason": "cameo 04", "window_event_ids": []},
        "Subscription": {
            "id": "s1", "name": "visits", "created_at": "2019-05-14T10:00:00Z", "window": None,
            "filter": {"actors": [], "countries": ["AZE"], "country_scope": "EITHER", "roles": [],
                       "cameo_prefixes": ["042"], "plover_types": [], "quad_classes": [], "goldstein_min": None,
                       "goldstein_max": None, "modalities": ["ASSERTED"], "min_confidence": 0.0, "terms": [],
                       "date_from": None, "date_to": None},
            "delivery": {"kind": "TOPIC", "url": None, "secret": None},
        },
        "DeadLetter": {"stage": "decode", "reason_code": "not_avro", "error_class": "DecodeError",
                       "error_message": "x", "topic": "articles", "partition": 0, "offset": 3, "key": None,
                       "original": b"\xff", "original_size": 1, "failed_at": "2019-05-14T10:00:00Z"},
    }
