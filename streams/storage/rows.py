"""Records as table rows: flattening a DiplomaticEvent, its cluster key, entity and alert rows.

Pure functions, no database: the writer feeds their output to upserts and the
tests check them without one.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

__all__ = [
    "EVENT_COLUMNS",
    "PARTICIPANT_COLUMNS",
    "ENTITY_COLUMNS",
    "ALERT_COLUMNS",
    "event_day",
    "cluster_key",
    "cluster_id",
    "event_row",
    "participant_rows",
    "entity_rows",
    "alert_row",
    "record_json",
]

EVENT_COLUMNS = (
    "event_id", "cluster_id", "article_id", "published_at", "sentence",
    "source_name", "source_code", "source_country", "source_role",
    "target_name", "target_code", "target_country", "target_role",
    "cameo_code", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type", "modality",
    "event_date", "event_day", "date_text",
    "location_name", "location_country", "location_lat", "location_lon",
    "amount_text", "amount_value", "amount_currency",
    "trigger_text", "confidence", "extractor_version", "record_json", "stored_at", "url",
)
PARTICIPANT_COLUMNS = ("event_id", "position", "name", "code", "country", "role", "entity_type")
ENTITY_COLUMNS = ("article_id", "position", "text", "label", "start_char", "end_char", "canonical", "country")
ALERT_COLUMNS = ("alert_id", "subscription_id", "event_id", "matched_at", "reason", "window_event_ids",
                 "record_json", "stored_at")

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def event_day(event: dict[str, Any]) -> str | None:
    """The date an event counts under: its own (possibly partial) date, else the article's day.

    GDELT likewise dates an event by its article when the text gives no date.
    """
    for value in (event.get("event_date"), event.get("published_at")):
        if value:
            match = _DATE.match(value)
            if match:
                return match.group(0)
    return None


def cluster_key(event: dict[str, Any]) -> tuple[str, str, str, str]:
    """(source country, target country, CAMEO code, day): what makes reports one real-world event."""
    target = event.get("target") or {}
    return (
        event["source"].get("country") or "",
        target.get("country") or "",
        event["cameo_code"],
        event_day(event) or "",
    )


def cluster_id(key: tuple[str, str, str, str]) -> int:
    """A stable positive 60-bit integer for a cluster key (GDELT's GLOBALEVENTID is an integer too)."""
    digest = hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()
    return int(digest[:15], 16)


def record_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))  # keeps the schema's field order


def event_row(event: dict[str, Any], stored_at: str) -> tuple[Any, ...]:
    """The ``events`` row of a DiplomaticEvent record, in EVENT_COLUMNS order."""
    source = event["source"]
    target = event.get("target") or {}
    location = event.get("location") or {}
    amount = event.get("amount") or {}
    values = {
        "event_id": event["event_id"],
        "cluster_id": cluster_id(cluster_key(event)),
        "article_id": event["article_id"],
        "published_at": event.get("published_at"),
        "sentence": event["sentence"],
        "source_name": source["name"],
        "source_code": source["code"],
        "source_country": source.get("country"),
        "source_role": source.get("role"),
        "target_name": target.get("name"),
        "target_code": target.get("code"),
        "target_country": target.get("country"),
        "target_role": target.get("role"),
        "cameo_code": event["cameo_code"],
        "cameo_root": event["cameo_root"],
        "cameo_name": event["cameo_name"],
        "quad_class": int(event["quad_class"]),
        "goldstein": float(event["goldstein"]),
        "plover_type": event.get("plover_type"),
        "modality": event["modality"],
        "event_date": event.get("event_date"),
        "event_day": event_day(event),
        "date_text": event.get("date_text"),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "location_lat": location.get("lat"),
        "location_lon": location.get("lon"),
        "amount_text": amount.get("text"),
        "amount_value": amount.get("value"),
        "amount_currency": amount.get("currency"),
        "trigger_text": event["trigger"],
        "confidence": float(event["confidence"]),
        "extractor_version": event["extractor_version"],
        "record_json": record_json(event),
        "stored_at": stored_at,
        "url": event.get("url"),
    }
    return tuple(values[c] for c in EVENT_COLUMNS)


def participant_rows(event: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (event["event_id"], i, p["name"], p["code"], p.get("country"), p.get("role"), p.get("entity_type"))
        for i, p in enumerate(event.get("participants") or [])
    ]


def entity_rows(article: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (article["article_id"], i, e["text"], e["label"], int(e["start"]), int(e["end"]), e.get("canonical"),
         e.get("country"))
        for i, e in enumerate(article.get("entities") or [])
    ]


def alert_row(alert: dict[str, Any], stored_at: str) -> tuple[Any, ...]:
    return (
        alert["alert_id"],
        alert["subscription_id"],
        alert["event"]["event_id"],
        alert["matched_at"],
        alert["reason"],
        json.dumps(list(alert.get("window_event_ids") or [])),
        record_json(alert),
        stored_at,
    )
