"""Alerts for people: one headline (who did what to whom, when, where) and why it matched."""

from __future__ import annotations

import json
from typing import Any

from diplo.processors.records import Actor, DiplomaticEvent
from diplo.streams.render import jsonable

__all__ = ["format_alert", "alert_json"]


def alert_json(alert: dict[str, Any]) -> bytes:
    """The webhook body: the Alert record as compact JSON (bytes are text or base64)."""
    return json.dumps(jsonable(alert), ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return f"{actor.name} ({actor.code})"


def format_alert(alert: dict[str, Any], subscription_name: str | None = None) -> str:
    """A few readable lines: subscription, headline, date and place, reason, sentence.

    ``alert`` is a decoded Alert record; its event is read as the extraction side's DiplomaticEvent.
    """
    e = DiplomaticEvent.from_dict(alert["event"])
    who = _actor(e.source) or "someone"
    whom = _actor(e.target)
    what = (e.cameo_name or e.cameo_code or "did something").lower()
    modality = e.modality
    headline = f"{who} {what}" + (f" → {whom}" if whom else "")
    if modality and modality != "ASSERTED":
        headline += f" [{modality.lower()}]"
    where = e.location.name if e.location is not None else None
    when = e.event_date or e.date_text or (e.published_at or "")[:10] or "date unknown"
    name = subscription_name or alert.get("subscription_id")
    lines = [
        f"[{alert.get('matched_at')}] {name} — alert {alert.get('alert_id')}",
        f"  {headline}",
        f"  when: {when}"
        + (f"   where: {where}" if where else "")
        + f"   CAMEO {e.cameo_code} / PLOVER {e.plover_type or '-'}"
        + f"   confidence {e.confidence:.2f}",
        f"  why: {alert.get('reason')}",
    ]
    window_ids = alert.get("window_event_ids") or []
    if window_ids:
        lines.append(f"  events in window ({len(window_ids)}): {', '.join(window_ids)}")
    if e.sentence:
        lines.append(f'  "{e.sentence}" (article {e.article_id})')
    return "\n".join(lines)
