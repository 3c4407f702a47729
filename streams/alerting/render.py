"""Alerts for people: one headline (who did what to whom, when, where) and why it matched."""

from __future__ import annotations

import json
from typing import Any

from diplo.processors.records import Actor, DiplomaticEvent
from diplo.streams.render import jsonable

__all__ = ["format_alert", "alert_json", "format_undelivered", "undelivered_json"]


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


def undelivered_json(dead: dict[str, Any], alert: dict[str, Any] | None) -> dict[str, Any]:
    """What `diplo alerts --json` prints for a dead letter on alerts.dlq."""
    return {"undelivered": {
        "alert_id": (alert or {}).get("alert_id"),
        "subscription_id": (alert or {}).get("subscription_id") or (dead.get("key") or b"").decode("utf-8", "replace"),
        "stage": dead["stage"], "reason_code": dead["reason_code"], "error_message": dead["error_message"],
        "failed_at": dead["failed_at"]}}


def format_undelivered(dead: dict[str, Any], alert: dict[str, Any] | None, subscription_name: str | None = None) -> str:
    """A dead letter of alerts.dlq: which alert was not delivered (or not made) and why."""
    info = undelivered_json(dead, alert)["undelivered"]
    what = "NOT DELIVERED" if dead["stage"] == "deliver" else "NOT ALERTED"
    lines = [f"[{info['failed_at']}] {subscription_name or info['subscription_id']} — {what}"
             + (f": alert {info['alert_id']}" if info["alert_id"] else ""),
             f"  reason: {info['reason_code']} ({dead['stage']}): {info['error_message']}"]
    if alert:
        lines.insert(1, format_alert(alert, subscription_name).splitlines()[1])
    return "\n".join(lines)
