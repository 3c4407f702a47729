"""The two alerting stages between events and alerts, as plain classes the agents drive.

Stage 1 (``EventMatcher``, keyed by event id): decode each DiplomaticEvent,
match it against every subscription and send one candidate per match to the
internal matches topic, keyed by subscription id, carrying the event's Kafka
timestamp. Stage 2 (``AlertEmitter``, keyed by subscription id) owns all state
of a subscription in one partition: the seen-set that makes alerts exactly
once per (subscription, event) and the window counts of threshold rules.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import MutableMapping
from typing import Any

from diplo.processors.alert_rules import make_alert_id, make_window_alert_id, match, typed_event
from diplo.processors.alert_windows import add_event
from diplo.processors.errors import DiploError
from diplo.streams.codec import AvroCodec, DecodeError
from diplo.streams.messages import InMessage, OutRecord, make_dead_letter
from diplo.streams.settings import Settings

from .subscriptions import SubscriptionView

__all__ = ["EventMatcher", "AlertEmitter", "now_iso"]

log = logging.getLogger(__name__)


class UnknownSubscriptionError(DiploError):
    """A match names a subscription this deployment does not have (deleted, or another deployment's)."""

    reason_code = "unknown_subscription"


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class EventMatcher:
    """Stage 1: one event in, a candidate alert per matching subscription out."""

    def __init__(self, view: SubscriptionView, codec: AvroCodec, settings: Settings, matches_topic: str):
        self.view = view
        self.codec = codec
        self.settings = settings
        self.matches_topic = matches_topic

    def process(self, message: InMessage, timestamp: float | None) -> list[OutRecord]:
        try:
            _, event = self.codec.decode(message.value or b"", expect="DiplomaticEvent")
        except DecodeError as exc:
            return [self._dead(message, "decode", exc)]
        typed = typed_event(event)  # the rules read the dataclass: a renamed field fails here, not silently
        out = []
        for subscription in self.view.all():
            try:
                reason = match(subscription["filter"], typed)
            except Exception as exc:  # a bug in a rule must not stop the stream: keep the event
                log.exception("matching event %s against %s failed", typed.event_id, subscription["id"])
                return [self._dead(message, "match", exc)]
            if reason is None:
                continue
            candidate = {
                "alert_id": make_alert_id(subscription["id"], typed.event_id),
                "subscription_id": subscription["id"],
                "event": event,
                "matched_at": now_iso(),
                "reason": reason,
                "window_event_ids": [],
            }
            value = self.codec.encode("Alert", candidate)
            out.append(OutRecord(self.matches_topic, subscription["id"].encode("utf-8"), value, timestamp))
        return out

    def _dead(self, message: InMessage, stage: str, exc: BaseException) -> OutRecord:
        return make_dead_letter(self.codec, message, stage, exc, self.settings.dlq_max_original_bytes,
                                self.settings.topics.alerts_dlq)


class AlertEmitter:
    """Stage 2: a candidate in, an Alert out unless already sent; window rules count first.

    ``seen`` and ``windows`` are faust tables (changelog-backed) in the worker
    and plain dicts in unit tests. The caller sends the returned records,
    waits for Kafka's acknowledgement, and only then calls ``commit`` so a
    crash in between repeats the alert (same alert_id) rather than losing it.
    """

    def __init__(self, view: SubscriptionView, codec: AvroCodec, settings: Settings,
                 seen: MutableMapping[str, Any], windows: MutableMapping[str, Any]):
        self.view = view
        self.codec = codec
        self.settings = settings
        self.seen = seen
        self.windows = windows

    def process(self, message: InMessage, timestamp: float) -> tuple[list[OutRecord], dict[str, Any]]:
        """(alert records to send, state updates to ``commit`` after they are acknowledged)."""
        try:
            _, candidate = self.codec.decode(message.value or b"", expect="Alert")
        except DecodeError as exc:
            dead = make_dead_letter(self.codec, message, "decode", exc, self.settings.dlq_max_original_bytes,
                                    self.settings.topics.alerts_dlq)
            return [dead], {}
        sub_id = candidate["subscription_id"]
        subscription = self.view.get(sub_id)
        event_id = candidate["event"]["event_id"]
        seen_key = f"{sub_id}|{event_id}"
        if self.seen.get(seen_key) is not None:
            return [], {}  # this (subscription, event) was handled before: the alert exists
        if subscription is None:  # never dropped silently (issue 13): kept on alerts.dlq with its reason
            log.warning("match for unknown subscription %r (event %s) dead-lettered to %s", sub_id, event_id,
                        self.settings.topics.alerts_dlq)
            return [make_dead_letter(self.codec, message, "match", UnknownSubscriptionError(
                f"subscription {sub_id!r} is not in {self.settings.topics.subscriptions}"),
                self.settings.dlq_max_original_bytes, self.settings.topics.alerts_dlq)], {}
        window = subscription.get("window")
        if window is None:
            return [self._alert(candidate)], {"seen": (seen_key, candidate["alert_id"])}
        state, fired = add_event(self.windows.get(sub_id), window, timestamp, event_id)
        alerts = []
        for w in fired:
            alerts.append(self._alert({
                **candidate,
                "alert_id": make_window_alert_id(sub_id, w.start, w.end),
                "reason": f"{len(w.event_ids)} matching events within {window['size_seconds']}s "
                          f"(window from {_iso(w.start)} to {_iso(w.end)}): {candidate['reason']}",
                "window_event_ids": w.event_ids,
            }))
        return alerts, {"seen": (seen_key, "window"), "window": (sub_id, state)}

    def commit(self, updates: dict[str, Any]) -> None:
        if "window" in updates:
            key, state = updates["window"]
            self.windows[key] = state
        if "seen" in updates:
            key, value = updates["seen"]
            self.seen[key] = value

    def _alert(self, candidate: dict[str, Any]) -> OutRecord:
        alert = {**candidate, "matched_at": now_iso()}
        return OutRecord(self.settings.topics.alerts, alert["subscription_id"].encode("utf-8"),
                         self.codec.encode("Alert", alert))


def _iso(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
