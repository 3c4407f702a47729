"""Validate and normalise a subscription before it goes on the subscriptions topic.

Input is what a user writes (CLI flags, a YAML/JSON file, an API body) with
the field names of the Avro ``Subscription`` schema; output is the record in
its schema shape. Every problem raises ``SubscriptionError`` naming the field
(e.g. ``filter.cameo_prefixes[0]``), so the API can answer 400 with it and the
CLI can print it as one line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .errors import DiploError
from .partial_dates import date_span, is_partial_date
from .records import MODALITIES, ROLES

__all__ = [
    "PLOVER_TYPES",
    "IGO_CODES",
    "COUNTRY_SCOPES",
    "DELIVERY_KINDS",
    "SubscriptionError",
    "validate_subscription",
    "is_cameo_prefix",
    "date_span",
]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# intergovernmental organisations DiplomaticEvent.Actor.country may carry, plus Kosovo
IGO_CODES = frozenset({
    "UNO", "EUR", "NATO", "CIS", "SCO", "ASEAN", "AU", "CSTO", "OSCE", "IMF", "EAEU", "ECOWAS", "OPEC", "OAS", "XKX",
})
COUNTRY_SCOPES = ("SOURCE", "TARGET", "EITHER", "ALL")
DELIVERY_KINDS = ("TOPIC", "WEBHOOK", "STDOUT")

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_ACTOR_PREFIX = re.compile(r"^[A-Z0-9]{3,30}$")
_CAMEO_PREFIX = re.compile(r"^[0-9]{2,4}$")
_MAX_SIZE_SECONDS = 31 * 24 * 3600

_TOP = {"id", "name", "filter", "window", "delivery", "created_at"}
_FILTER = {
    "actors", "countries", "country_scope", "roles", "cameo_prefixes", "plover_types", "quad_classes",
    "goldstein_min", "goldstein_max", "modalities", "min_confidence", "terms", "date_from", "date_to",
}
_WINDOW = {"min_events", "size_seconds", "step_seconds"}
_DELIVERY = {"kind", "url", "secret"}


class SubscriptionError(DiploError):
    """A subscription is invalid; ``field`` names the offending field, dotted."""

    reason_code = "invalid_subscription"

    def __init__(self, field: str, problem: str):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def validate_subscription(data: Any, *, created_at: str | None = None) -> dict[str, Any]:
    """The Avro-shaped Subscription for ``data``; raises SubscriptionError on the first problem."""
    top = _mapping(data, "subscription", _TOP)
    sub_id = top.get("id")
    if not isinstance(sub_id, str) or not _ID.match(sub_id):
        raise SubscriptionError("id", "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit")
    name = top.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise SubscriptionError("name", "must be a non-empty text of at most 200 characters")
    created = top.get("created_at") or created_at
    if not isinstance(created, str) or not created:
        raise SubscriptionError("created_at", "must be an ISO 8601 datetime")
    return {
        "id": sub_id,
        "name": name.strip(),
        "filter": _filter(top.get("filter") or {}),
        "window": _window(top.get("window")),
        "delivery": _delivery(top.get("delivery") or {"kind": "TOPIC"}),
        "created_at": created,
    }


def is_cameo_prefix(prefix: str) -> bool:
    """True when some CAMEO code starts with ``prefix`` (2-4 digits, root 01-20)."""
    if not _CAMEO_PREFIX.match(prefix) or not 1 <= int(prefix[:2]) <= 20:
        return False
    table = _cameo_codes()
    if table is None:  # the CAMEO table is not available: structural check only
        return True
    return any(code.startswith(prefix) for code in table)


def _cameo_codes() -> frozenset[str] | None:
    try:
        from .cameo import cameo_table
    except ImportError:
        return None
    return frozenset(cameo_table())


def _filter(raw: Any) -> dict[str, Any]:
    f = _mapping(raw, "filter", _FILTER)
    out: dict[str, Any] = {}
    out["actors"] = _codes(
        f, "actors", _ACTOR_PREFIX, "is not an actor code prefix (3-30 letters/digits, e.g. RUSGOVMIL or RUSMIL)"
    )
    out["countries"] = [
        _country(c, f"filter.countries[{i}]") for i, c in enumerate(_strings(f, "countries", upper=True))
    ]
    out["country_scope"] = _enum(f.get("country_scope", "EITHER"), "filter.country_scope", COUNTRY_SCOPES)
    out["roles"] = [_enum(r, f"filter.roles[{i}]", ROLES) for i, r in enumerate(_strings(f, "roles", upper=True))]
    prefixes = _strings(f, "cameo_prefixes")
    for i, p in enumerate(prefixes):
        if not is_cameo_prefix(p):
            raise SubscriptionError(
                f"filter.cameo_prefixes[{i}]", f"{p!r} is not a CAMEO code or code prefix (2-4 digits, roots 01-20)"
            )
    out["cameo_prefixes"] = prefixes
    out["plover_types"] = [_enum(p, f"filter.plover_types[{i}]", PLOVER_TYPES)
                           for i, p in enumerate(_strings(f, "plover_types", upper=True))]
    quads = _list(f, "quad_classes")
    for i, q in enumerate(quads):
        if isinstance(q, bool) or not isinstance(q, int) or not 1 <= q <= 4:
            raise SubscriptionError(f"filter.quad_classes[{i}]", f"{q!r} is not a quad class (1-4)")
    out["quad_classes"] = quads
    out["goldstein_min"] = _number(f.get("goldstein_min"), "filter.goldstein_min", -10.0, 10.0)
    out["goldstein_max"] = _number(f.get("goldstein_max"), "filter.goldstein_max", -10.0, 10.0)
    low, high = out["goldstein_min"], out["goldstein_max"]
    if low is not None and high is not None and low > high:
        raise SubscriptionError("filter.goldstein_min", "must not be above goldstein_max")
    modalities = _strings(f, "modalities", upper=True) if "modalities" in f else ["ASSERTED"]
    out["modalities"] = [_enum(m, f"filter.modalities[{i}]", MODALITIES) for i, m in enumerate(modalities)]
    confidence = _number(f.get("min_confidence", 0.0), "filter.min_confidence", 0.0, 1.0)
    out["min_confidence"] = 0.0 if confidence is None else confidence
    terms = [t.strip() for t in _strings(f, "terms")]
    for i, t in enumerate(terms):
        if not t or len(t) > 100:
            raise SubscriptionError(f"filter.terms[{i}]", "must be a non-empty text of at most 100 characters")
    out["terms"] = terms
    for name in ("date_from", "date_to"):
        value = f.get(name)
        if value is not None and (not isinstance(value, str) or not is_partial_date(value)):
            raise SubscriptionError(f"filter.{name}", f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
        out[name] = value
    if out["date_from"] and out["date_to"] and date_span(out["date_from"])[0] > date_span(out["date_to"])[1]:
        raise SubscriptionError("filter.date_from", "must not be after date_to")
    return out


def _window(raw: Any) -> dict[str, Any] | None:
    if raw is None:
        return None
    w = _mapping(raw, "window", _WINDOW)
    out: dict[str, Any] = {}
    for name, low, high in (("min_events", 1, 1_000_000), ("size_seconds", 1, _MAX_SIZE_SECONDS)):
        value = w.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise SubscriptionError(f"window.{name}", f"must be a whole number from {low} to {high}")
        out[name] = value
    step = w.get("step_seconds")
    if step is not None and (
        isinstance(step, bool) or not isinstance(step, int) or not 1 <= step <= out["size_seconds"]
    ):
        raise SubscriptionError(
            "window.step_seconds", "must be a whole number from 1 to size_seconds, or null for tumbling"
        )
    out["step_seconds"] = None if step == out["size_seconds"] else step
    return out


def _delivery(raw: Any) -> dict[str, Any]:
    d = _mapping(raw, "delivery", _DELIVERY)
    kind = _enum(d.get("kind", "TOPIC"), "delivery.kind", DELIVERY_KINDS)
    url, secret = d.get("url"), d.get("secret")
    if kind != "WEBHOOK":
        if url is not None:
            raise SubscriptionError("delivery.url", f"is only used with kind WEBHOOK, not {kind}")
        return {"kind": kind, "url": None, "secret": None}
    if not isinstance(url, str) or not url:
        raise SubscriptionError("delivery.url", "is required for WEBHOOK delivery")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SubscriptionError("delivery.url", f"{url!r} is not an http(s) URL with a host")
    if not isinstance(secret, str) or len(secret) < 16:
        raise SubscriptionError("delivery.secret", "is required for WEBHOOK delivery: at least 16 characters")
    return {"kind": kind, "url": url, "secret": secret}


def _mapping(raw: Any, field: str, allowed: set[str]) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise SubscriptionError(field, f"must be an object, got {type(raw).__name__}")
    for key in raw:
        if key not in allowed:
            where = key if field == "subscription" else f"{field}.{key}"
            raise SubscriptionError(where, f"unknown field; expected one of {', '.join(sorted(allowed))}")
    return raw


def _list(f: Mapping[str, Any], name: str) -> list[Any]:
    value = f.get(name)
    if value is None:
        return []
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise SubscriptionError(f"filter.{name}", "must be a list")
    return list(value)


def _strings(f: Mapping[str, Any], name: str, upper: bool = False) -> list[str]:
    values = _list(f, name)
    for i, v in enumerate(values):
        if not isinstance(v, str):
            raise SubscriptionError(f"filter.{name}[{i}]", f"{v!r} is not a text")
    return [v.strip().upper() if upper else v.strip() for v in values]


def _codes(f: Mapping[str, Any], name: str, pattern: re.Pattern[str], problem: str) -> list[str]:
    values = _strings(f, name, upper=True)
    for i, v in enumerate(values):
        if not pattern.match(v):
            raise SubscriptionError(f"filter.{name}[{i}]", f"{v!r} {problem}")
    return values


def _country(code: str, field: str) -> str:
    if code in IGO_CODES:
        return code
    if len(code) == 3 and code.isalpha():
        import pycountry

        if pycountry.countries.get(alpha_3=code) is not None:
            return code
    raise SubscriptionError(field, f"{code!r} is not an ISO 3166-1 alpha-3 country code or a known IGO code")


def _enum(value: Any, field: str, symbols: tuple[str, ...]) -> str:
    text = value.strip().upper() if isinstance(value, str) else value
    if text not in symbols:
        raise SubscriptionError(field, f"{value!r} is not one of {', '.join(symbols)}")
    return text


def _number(value: Any, field: str, low: float, high: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise SubscriptionError(field, f"{value!r} is not a number from {low:g} to {high:g}")
    return float(value)
