"""Matching DiplomaticEvents against subscription filters: each criterion, reasons, ids."""

from __future__ import annotations

import pytest

from diplo.processors.alert_rules import event_dict, make_alert_id, make_window_alert_id, match
from diplo.processors.alert_validation import validate_subscription
from diplo.processors.records import Actor, DiplomaticEvent, Location
from tests.unit.alerting.sample import actor, make_event


def _filter(**criteria) -> dict:
    return validate_subscription({"id": "s", "name": "s", "filter": criteria}, created_at="now")["filter"]


@pytest.mark.parametrize(("criteria", "expected"), [
    ({}, "every event"),
    ({"countries": ["AZE"], "country_scope": "SOURCE"}, "source country AZE"),
    ({"countries": ["RUS"], "country_scope": "TARGET"}, "target country RUS"),
    ({"countries": ["RUS", "IRN"]}, "target country RUS"),
    ({"countries": ["AZE", "RUS"], "country_scope": "ALL"}, "participants include AZE, RUS"),
    ({"actors": ["RUSMIL"]}, "actor RUSMIL starts with RUSMIL"),
    ({"roles": ["MIL"]}, "Zakir Hasanov has role MIL"),
    ({"cameo_prefixes": ["04"]}, "CAMEO 042 Make a visit"),
    ({"plover_types": ["consult"]}, "PLOVER CONSULT"),
    ({"quad_classes": [1, 2]}, "quad class 1"),
    ({"goldstein_min": 1.0, "goldstein_max": 2.0}, "Goldstein 1.9"),
    ({"min_confidence": 0.5}, "confidence 0.80"),
    ({"terms": ["shoigu"]}, "sentence mentions 'shoigu'"),
    ({"date_from": "2019-05", "date_to": "2019"}, "dated 2019-05-07"),
    ({"modalities": ["ASSERTED", "PLANNED"]}, "modality ASSERTED"),
])
def test_each_criterion_matches_with_its_reason(criteria: dict, expected: str) -> None:
    assert match(_filter(**criteria), make_event()) == expected


@pytest.mark.parametrize("criteria", [
    {"countries": ["RUS"], "country_scope": "SOURCE"},
    {"countries": ["AZE"], "country_scope": "TARGET"},
    {"countries": ["AZE", "IRN"], "country_scope": "ALL"},
    {"actors": ["USA"]},
    {"roles": ["HEAD"]},
    {"cameo_prefixes": ["19", "043"]},
    {"plover_types": ["ACCUSE"]},
    {"quad_classes": [3, 4]},
    {"goldstein_min": 2.0},
    {"goldstein_max": 1.0},
    {"min_confidence": 0.9},
    {"terms": ["Azerbaijani", "Minister of Foreign"]},
    {"date_from": "2019-06-01"},
    {"date_to": "2019-04"},
    {"modalities": ["PLANNED"]},
])
def test_each_criterion_rejects(criteria: dict) -> None:
    assert match(_filter(**criteria), make_event()) is None


def test_all_criteria_must_hold_and_reasons_join() -> None:
    f = _filter(countries=["AZE"], country_scope="SOURCE", cameo_prefixes=["042"], roles=["MIL"])
    assert match(f, make_event()) == "source country AZE; Zakir Hasanov has role MIL; CAMEO 042 Make a visit"
    assert match(f, make_event(cameo_code="043", cameo_name="Host a visit")) is None


def test_default_modality_is_asserted_only() -> None:
    f = _filter(countries=["AZE"])
    assert match(f, make_event(modality="ASSERTED")) is not None
    for modality in ("PLANNED", "NEGATED", "HYPOTHETICAL"):
        assert match(f, make_event(modality=modality)) is None, modality


def test_terms_match_whole_words_case_insensitively() -> None:
    f = _filter(terms=["Iran"])
    assert match(f, make_event(sentence="Talks with iran's envoy ended.")) is not None
    assert match(f, make_event(sentence="The Iranian envoy left.")) is None


def test_dates_use_published_at_when_the_event_date_is_unknown_and_overlap_partial_dates() -> None:
    f = _filter(date_from="2019-05-10", date_to="2019-05-20")
    assert match(f, make_event(event_date=None, published_at="2019-05-14T08:00:00Z")) == "dated 2019-05-14"
    assert match(f, make_event(event_date="2019-05")) == "dated 2019-05"
    assert match(f, make_event(event_date=None, published_at=None)) is None


def test_events_without_target_and_dataclass_events_match() -> None:
    source = Actor("Sergey Lavrov", "RUSGOVDIP", "RUS", "DIP", "PERSON")
    event = DiplomaticEvent(
        event_id="x:1", article_id="x", published_at=None, sentence="Lavrov spoke.", source=source, target=None,
        participants=[source], cameo_code="010", cameo_root="01", cameo_name="Make statement", quad_class=1,
        goldstein=0.0, plover_type=None, modality="ASSERTED", event_date=None, date_text=None,
        location=Location("Moscow"), amount=None, trigger="spoke", confidence=0.7, extractor_version="t",
    )
    assert event_dict(event)["source"]["code"] == "RUSGOVDIP"
    assert match(_filter(countries=["RUS"], country_scope="EITHER"), event) == "source country RUS"
    assert match(_filter(countries=["RUS"], country_scope="TARGET"), event) is None
    assert match(_filter(plover_types=["CONSULT"]), event) is None


def test_participants_beyond_source_and_target_count_for_actors_and_all() -> None:
    third = actor("Iran", "IRN", "IRN")
    event = make_event(participants=[make_event()["source"], make_event()["target"], third])
    assert match(_filter(countries=["AZE", "RUS", "IRN"], country_scope="ALL"), event) is not None
    assert match(_filter(actors=["IRN"]), event) == "actor IRN starts with IRN"


def test_alert_ids_are_deterministic_and_distinct() -> None:
    assert make_alert_id("s", "e1") == make_alert_id("s", "e1")
    assert len({make_alert_id("s", "e1"), make_alert_id("s", "e2"), make_alert_id("t", "e1"),
                make_window_alert_id("s", 0, 60), make_window_alert_id("s", 60, 120)}) == 5


def test_rules_read_the_extraction_sides_dataclass_so_a_renamed_field_fails_loudly() -> None:
    from diplo.processors.alert_rules import typed_event

    event = make_event()
    typed = typed_event(event)
    assert typed.source.code == event["source"]["code"] and typed.to_dict() == event
    assert match(_filter(countries=["AZE"]), typed) == match(_filter(countries=["AZE"]), event)
    renamed = {**{k: v for k, v in event.items() if k != "cameo_code"}, "cameo": event["cameo_code"]}
    with pytest.raises(TypeError):
        match(_filter(cameo_prefixes=["042"]), renamed)
