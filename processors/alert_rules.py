"""Match DiplomaticEvents against subscription filters: pure functions, no Kafka.

A filter (the ``filter`` field of an Avro Subscription, as validated by
``alert_validation``) matches when every non-empty criterion holds. ``match``
returns the reason in words (what the alert says), or None.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import asdict, is_dataclass
from functools import lru_cache
from typing import Any, Literal

from .alert_validation import SubscriptionError, validate_subscription
from .partial_dates import overlaps
from .records import Actor, DiplomaticEvent

__all__ = ["SubscriptionError", "validate_subscription", "match", "typed_event", "event_dict", "make_alert_id",
           "make_window_alert_id", "cameo_form"]


def event_dict(event: Any) -> dict[str, Any]:
    """A DiplomaticEvent as its plain dict (accepts the dataclass or the decoded Avro record)."""
    if is_dataclass(event) and not isinstance(event, type):
        return asdict(event)
    return dict(event)


def typed_event(event: DiplomaticEvent | Mapping[str, Any]) -> DiplomaticEvent:
    """The event as the extraction side's dataclass, so a renamed field fails loudly instead of matching nothing."""
    return event if isinstance(event, DiplomaticEvent) else DiplomaticEvent.from_dict(event)


def match(filter_: Mapping[str, Any], event: DiplomaticEvent | Mapping[str, Any]) -> str | None:
    """Why ``event`` matches ``filter_`` (one line), or None when a criterion fails."""
    e = typed_event(event)
    reasons: list[str] = []
    for check in _CHECKS:
        verdict = check(filter_, e)
        if verdict is False:
            return None
        if verdict:
            reasons.append(verdict)
    return "; ".join(reasons) if reasons else "every event"


def make_alert_id(subscription_id: str, event_id: str) -> str:
    """Deterministic alert id: one per (subscription, event)."""
    return _digest("event", subscription_id, event_id)


def make_window_alert_id(subscription_id: str, window_start: float, window_end: float) -> str:
    """Deterministic alert id: one per (subscription, window)."""
    return _digest("window", subscription_id, f"{window_start:.3f}", f"{window_end:.3f}")


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def _actors(e: DiplomaticEvent) -> list[Actor]:
    seen = [a for a in e.participants if a]
    for actor in (e.source, e.target):
        if actor and actor not in seen:
            seen.append(actor)
    return seen


# A check's verdict: why the event passes it, None when the filter does not use it, False when the event fails it.
Verdict = str | Literal[False] | None


def _check_actors(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    prefixes = f.get("actors") or []
    if not prefixes:
        return None
    for actor in _actors(e):
        code = (actor.code or "").upper()
        for form in (code, cameo_form(code)):
            hit = next((p for p in prefixes if form.startswith(p)), None)
            if hit:
                return f"actor {code} starts with {hit}" if form == code else f"actor {code} ({form}) starts with {hit}"
    return False


_EXECUTIVE = re.compile(r"([A-Z]{3})GOV(HEAD|MIL|DIP)(.*)")


def cameo_form(code: str) -> str:
    """The code as CAMEO writes it: diplo's RUSGOVMIL is CAMEO's RUSMIL (GOV dropped before an executive role).

    diplo spells the state's executive roles as country + GOV + role, so that
    ``RUSGOV`` covers all of government; CAMEO and the documentation's
    examples write the military as ``RUSMIL``. Filters match either form.
    """
    m = _EXECUTIVE.fullmatch(code)
    return f"{m.group(1)}{m.group(2)}{m.group(3)}" if m else code


def _check_countries(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    wanted = f.get("countries") or []
    if not wanted:
        return None
    scope = f.get("country_scope") or "EITHER"
    source = e.source.country if e.source else None
    target = e.target.country if e.target else None
    if scope == "ALL":
        present = {a.country for a in _actors(e)}
        return f"participants include {', '.join(wanted)}" if all(c in present for c in wanted) else False
    if scope in ("SOURCE", "EITHER") and source in wanted:
        return f"source country {source}"
    if scope in ("TARGET", "EITHER") and target in wanted:
        return f"target country {target}"
    return False


def _check_roles(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    roles = f.get("roles") or []
    if not roles:
        return None
    hit = next((a for a in _actors(e) if a.role in roles), None)
    return f"{hit.name} has role {hit.role}" if hit else False


def _check_cameo(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    prefixes = f.get("cameo_prefixes") or []
    if not prefixes:
        return None
    code = e.cameo_code or ""
    hit = next((p for p in prefixes if code.startswith(p)), None)
    return f"CAMEO {code} {e.cameo_name or ''}".rstrip() if hit else False


def _check_plover(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    types = f.get("plover_types") or []
    if not types:
        return None
    return f"PLOVER {e.plover_type}" if e.plover_type in types else False


def _check_quad(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    quads = f.get("quad_classes") or []
    if not quads:
        return None
    return f"quad class {e.quad_class}" if e.quad_class in quads else False


def _check_goldstein(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    low, high = f.get("goldstein_min"), f.get("goldstein_max")
    if low is None and high is None:
        return None
    value = e.goldstein
    if value is None or (low is not None and value < low) or (high is not None and value > high):
        return False
    return f"Goldstein {value:g}"


def _check_modality(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    modalities = f.get("modalities")
    if not modalities:
        return None
    # the default (ASSERTED only) is not worth a word in the reason
    if e.modality not in modalities:
        return False
    return None if list(modalities) == ["ASSERTED"] else f"modality {e.modality}"


def _check_confidence(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    low = f.get("min_confidence") or 0.0
    if low <= 0.0:
        return None
    value = e.confidence or 0.0
    return f"confidence {value:.2f}" if value >= low else False


def _check_terms(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    terms = f.get("terms") or []
    if not terms:
        return None
    sentence = e.sentence or ""
    hit = next((t for t in terms if _term_pattern(t).search(sentence)), None)
    return f"sentence mentions {hit!r}" if hit else False


@lru_cache(maxsize=1024)
def _term_pattern(term: str) -> re.Pattern[str]:
    # whole words at the ends: "Iran" does not match "Iranian", "Lavrov" matches "Lavrov's"
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)


def _check_dates(f: Mapping[str, Any], e: DiplomaticEvent) -> Verdict:
    date_from, date_to = f.get("date_from"), f.get("date_to")
    if not date_from and not date_to:
        return None
    when = e.event_date or (e.published_at or "")[:10] or None
    if not when:
        return False
    try:
        return f"dated {when}" if overlaps(when, date_from, date_to) else False
    except ValueError:  # not an ISO date: cannot be placed in the range
        return False


_CHECKS = (
    _check_countries, _check_actors, _check_roles, _check_cameo, _check_plover, _check_quad,
    _check_goldstein, _check_modality, _check_confidence, _check_terms, _check_dates,
)
