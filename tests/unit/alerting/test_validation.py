"""Subscription validation: schema shape out, one error naming the field for each problem."""

from __future__ import annotations

import pytest

from diplo.processors.alert_validation import SubscriptionError, is_cameo_prefix, validate_subscription
from diplo.streams.codec import AvroCodec


def _sub(**changes) -> dict:
    return {"id": "s1", "name": "Visits", **changes}


def test_minimal_subscription_gets_schema_defaults_and_encodes() -> None:
    record = validate_subscription(_sub(), created_at="2026-01-01T00:00:00Z")
    assert record["filter"]["modalities"] == ["ASSERTED"]
    assert record["filter"]["country_scope"] == "EITHER"
    assert record["delivery"] == {"kind": "TOPIC", "url": None, "secret": None}
    assert record["window"] is None
    codec = AvroCodec()
    assert codec.decode(codec.encode("Subscription", record)) == ("Subscription", record)


def test_values_are_normalised() -> None:
    record = validate_subscription(_sub(filter={"countries": ["aze"], "roles": ["mil"], "plover_types": ["consult"],
                                                "country_scope": "source", "modalities": ["planned"]},
                                        window={"min_events": 3, "size_seconds": 60, "step_seconds": 60},
                                        delivery={"kind": "webhook", "url": "https://hooks.example.org/x",
                                                  "secret": "0123456789abcdef"}), created_at="now")
    f = record["filter"]
    assert (f["countries"], f["roles"], f["plover_types"], f["country_scope"], f["modalities"]) == (
        ["AZE"], ["MIL"], ["CONSULT"], "SOURCE", ["PLANNED"])
    assert record["window"] == {"min_events": 3, "size_seconds": 60, "step_seconds": None}  # a full hop is tumbling
    assert record["delivery"]["kind"] == "WEBHOOK"


@pytest.mark.parametrize(("data", "field"), [
    ({"id": "bad id!"}, "id"),
    ({"name": ""}, "name"),
    ({"colour": "red"}, "colour"),
    ({"filter": {"contries": ["AZE"]}}, "filter.contries"),
    ({"filter": {"countries": ["AZE", "XYZ"]}}, "filter.countries[1]"),
    ({"filter": {"countries": "AZE"}}, "filter.countries"),
    ({"filter": {"country_scope": "BOTH"}}, "filter.country_scope"),
    ({"filter": {"roles": ["KING"]}}, "filter.roles[0]"),
    ({"filter": {"actors": ["R"]}}, "filter.actors[0]"),
    ({"filter": {"cameo_prefixes": ["99"]}}, "filter.cameo_prefixes[0]"),
    ({"filter": {"cameo_prefixes": ["04", "4"]}}, "filter.cameo_prefixes[1]"),
    ({"filter": {"cameo_prefixes": ["04a"]}}, "filter.cameo_prefixes[0]"),
    ({"filter": {"plover_types": ["VISIT"]}}, "filter.plover_types[0]"),
    ({"filter": {"quad_classes": [0]}}, "filter.quad_classes[0]"),
    ({"filter": {"quad_classes": ["1"]}}, "filter.quad_classes[0]"),
    ({"filter": {"goldstein_min": -11}}, "filter.goldstein_min"),
    ({"filter": {"goldstein_min": 5, "goldstein_max": 1}}, "filter.goldstein_min"),
    ({"filter": {"modalities": ["MAYBE"]}}, "filter.modalities[0]"),
    ({"filter": {"min_confidence": 1.5}}, "filter.min_confidence"),
    ({"filter": {"terms": ["  "]}}, "filter.terms[0]"),
    ({"filter": {"date_from": "14 May 2019"}}, "filter.date_from"),
    ({"filter": {"date_from": "2020", "date_to": "2019-12-31"}}, "filter.date_from"),
    ({"window": {"min_events": 0, "size_seconds": 60}}, "window.min_events"),
    ({"window": {"min_events": 2}}, "window.size_seconds"),
    ({"window": {"min_events": 2, "size_seconds": 60, "step_seconds": 90}}, "window.step_seconds"),
    ({"delivery": {"kind": "EMAIL"}}, "delivery.kind"),
    ({"delivery": {"kind": "WEBHOOK"}}, "delivery.url"),
    ({"delivery": {"kind": "WEBHOOK", "url": "ftp://x.org/a", "secret": "0123456789abcdef"}}, "delivery.url"),
    ({"delivery": {"kind": "WEBHOOK", "url": "https://x.org/a", "secret": "short"}}, "delivery.secret"),
    ({"delivery": {"kind": "TOPIC", "url": "https://x.org/a"}}, "delivery.url"),
])
def test_each_problem_names_its_field(data: dict, field: str) -> None:
    with pytest.raises(SubscriptionError) as info:
        validate_subscription(_sub(**data), created_at="now")
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")


def test_not_an_object() -> None:
    with pytest.raises(SubscriptionError, match="^subscription: must be an object"):
        validate_subscription(["a"], created_at="now")


def test_cameo_prefixes_follow_the_cameo_table() -> None:
    assert all(is_cameo_prefix(p) for p in ("01", "04", "042", "0874", "20", "19"))
    assert not any(is_cameo_prefix(p) for p in ("00", "21", "4", "04211", "0a"))
