"""Make Kafka records readable: decoded JSON for machines, a rich table of events for people."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from typing import Any

from rich.table import Table

from .codec import SINGLE_OBJECT_MAGIC, AvroCodec, DecodeError
from .confluent import CONFLUENT_MAGIC

__all__ = ["decode_value", "jsonable", "events_table", "actor_label"]


def jsonable(value: Any) -> Any:
    """Bytes become text when they are UTF-8, else ``base64:...``; containers recurse."""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return "base64:" + base64.b64encode(value).decode()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value


def decode_value(codec: AvroCodec, value: bytes | None) -> dict[str, Any]:
    """{"schema": name, "value": record} for Avro (either framing); JSON or raw text otherwise, never raising."""
    if value is None:
        return {"schema": None, "value": None}
    if value[:2] == SINGLE_OBJECT_MAGIC or (value[:1] == CONFLUENT_MAGIC and len(value) >= 5):
        try:
            name, record = codec.decode(value)
            return {"schema": name, "value": jsonable(record)}
        except DecodeError as exc:
            return {"schema": None, "error": str(exc), "value": jsonable(value)}
    try:
        return {"schema": "json", "value": json.loads(value)}
    except (ValueError, RecursionError):
        return {"schema": None, "value": jsonable(value)}


def actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return f"{actor.get('name')} [{actor.get('code')}]"


def events_table(events: Iterable[dict[str, Any]], title: str = "Diplomatic events") -> Table:
    table = Table(title=title, header_style="bold", expand=False)
    table.add_column("article", no_wrap=True)
    table.add_column("source")
    table.add_column("target / participants")
    table.add_column("CAMEO")
    table.add_column("PLOVER", no_wrap=True)
    table.add_column("modality", no_wrap=True)
    table.add_column("date", no_wrap=True)
    for e in events:
        target = actor_label(e.get("target")) if e.get("target") else "with " + ", ".join(
            filter(None, (p.get("country") for p in e.get("participants", []))))
        table.add_row(
            e.get("article_id", ""),
            actor_label(e.get("source")),
            target,
            f"{e.get('cameo_code')} {e.get('cameo_name')}",
            e.get("plover_type") or "-",
            e.get("modality", ""),
            e.get("event_date") or "-",
        )
    return table
