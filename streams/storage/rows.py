"""Records as table rows: flattening a DiplomaticEvent, its cluster key, entity and alert rows.

Pure functions, no database: the writer feeds their output to upserts and the
tests check them without one.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

from diplo.processors.records import DiplomaticEvent

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


def cluster_key(event: Mapping[str, Any] | DiplomaticEvent) -> tuple[str, str, str, str]:
    """(source country, target country, CAMEO code, day): what makes reports one real-world event."""
    e = _typed(event)
    return (e.source.country or "", (e.target.country if e.target else None) or "", e.cameo_code,
            event_day({"event_date": e.event_date, "published_at": e.published_at}) or "")


def _typed(event: Mapping[str, Any] | DiplomaticEvent) -> DiplomaticEvent:
    """The extraction side's dataclass: a renamed field is a TypeError here, not an empty column."""
    return event if isinstance(event, DiplomaticEvent) else DiplomaticEvent.from_dict(event)


def cluster_id(key: tuple[str, str, str, str]) -> int:
    """A stable positive 60-bit integer for a cluster key (GDELT's GLOBALEVENTID is an integer too)."""
    digest = hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()
    return int(digest[:15], 16)


def record_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))  # keeps the schema's field order


def event_row(event: dict[str, Any], stored_at: str) -> tuple[Any, ...]:
    """The ``events`` row of a DiplomaticEvent record, in EVENT_COLUMNS order."""
    e = _typed(event)
    source, target, location, amount = e.source, e.target, e.location, e.amount
    values = {
        "event_id": e.event_id,
        "cluster_id": cluster_id(cluster_key(e)),
        "article_id": e.article_id,
        "published_at": e.published_at,
        "sentence": e.sentence,
        "source_name": source.name,
        "source_code": source.code,
        "source_country": source.country,
        "source_role": source.role,
        "target_name": target.name if target else None,
        "target_code": target.code if target else None,
        "target_country": target.country if target else None,
        "target_role": target.role if target else None,
        "cameo_code": e.cameo_code,
        "cameo_root": e.cameo_root,
        "cameo_name": e.cameo_name,
        "quad_class": int(e.quad_class),
        "goldstein": float(e.goldstein),
        "plover_type": e.plover_type,
        "modality": e.modality,
        "event_date": e.event_date,
        "event_day": event_day(event),
        "date_text": e.date_text,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "location_lat": location.lat if location else None,
        "location_lon": location.lon if location else None,
        "amount_text": amount.text if amount else None,
        "amount_value": amount.value if amount else None,
        "amount_currency": amount.currency if amount else None,
        "trigger_text": e.trigger,
        "confidence": float(e.confidence),
        "extractor_version": e.extractor_version,
        "record_json": record_json(event),  # the record as received, in the schema's field order
        "stored_at": stored_at,
        "url": e.url,
    }
    return tuple(values[c] for c in EVENT_COLUMNS)


def participant_rows(event: dict[str, Any]) -> list[tuple[Any, ...]]:
    e = _typed(event)
    return [(e.event_id, i, p.name, p.code, p.country, p.role, p.entity_type) for i, p in enumerate(e.participants)]


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
