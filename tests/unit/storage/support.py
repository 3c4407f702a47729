"""Test helpers for storage: DiplomaticEvent dicts built by hand (no NLP), the seed article's events, databases."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from diplo.processors.records import make_event_id

__all__ = ["actor", "make_event", "seed_events", "visit_reports", "make_entities", "make_alert",
           "postgres_server_url", "fresh_postgres_database"]

REPO = Path(__file__).resolve().parents[3]
_ROOTS = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2}
_PLOVER = {"03": "AGREE", "04": "CONSULT", "05": "COOPERATE", "06": "COOPERATE", "11": "ACCUSE", "19": "ASSAULT"}


def actor(name: str, code: str, country: str | None, role: str | None = None,
          entity_type: str | None = "GPE") -> dict[str, Any]:
    return {"name": name, "code": code, "country": country, "role": role, "entity_type": entity_type}


def make_event(article_id: str, n: int, source: dict[str, Any], target: dict[str, Any] | None,
               cameo_code: str = "042", cameo_name: str = "Make a visit", **overrides: Any) -> dict[str, Any]:
    """A valid DiplomaticEvent record; the id is deterministic in (article, n) like the extractor's."""
    root = cameo_code[:2]
    event = {
        "event_id": make_event_id(article_id, n, cameo_code),
        "article_id": article_id,
        "published_at": "2019-05-14",
        "sentence": f"{source['name']} event {cameo_code} towards {target['name'] if target else 'nobody'}.",
        "source": source,
        "target": target,
        "participants": [source] + ([target] if target else []),
        "cameo_code": cameo_code,
        "cameo_root": root,
        "cameo_name": cameo_name,
        "quad_class": _ROOTS.get(root, 3 if int(root) <= 13 else 4),
        "goldstein": 1.9,
        "plover_type": _PLOVER.get(root),
        "modality": "ASSERTED",
        "event_date": "2019-05-14",
        "date_text": "today",
        "location": None,
        "amount": None,
        "trigger": "visited",
        "confidence": 0.8,
        "extractor_version": "diplo.test.v1",
        "url": None,
        "why": [],
    }
    event.update(overrides)
    return event


RUS_AMB = actor("Russian ambassador to Azerbaijan Mikhail Bocharnikov", "RUSGOVDIP", "RUS", "DIP", "PERSON")
AZE = actor("Azerbaijan", "AZE", "AZE", None, "GPE")
AZE_DEF = actor("Azerbaijan's Minister of Defense Zakir Hasanov", "AZEGOVMIL", "AZE", "MIL", "PERSON")
RUS_DEF = actor("Russian Minister of Defense Sergey Shoigu", "RUSGOVMIL", "RUS", "MIL", "PERSON")
RUS = actor("Russia", "RUS", "RUS", None, "GPE")
IRN = actor("Iran", "IRN", "IRN", None, "GPE")


def seed_events(article_id: str = "seed") -> list[dict[str, Any]]:
    """Hand-coded events of the seed article (Russian-Azerbaijani relations), six records."""
    anapa = {"name": "Anapa", "country": "RUS", "lat": 44.89, "lon": 37.32}
    return [
        make_event(article_id, 0, RUS_AMB, AZE, "010", "Make statement", trigger="told", plover_type=None,
                   goldstein=0.0, sentence="Russian ambassador to Azerbaijan Mikhail Bocharnikov ... told about "
                   "the modern state of the Russian-Azerbaijani relations."),
        make_event(article_id, 1, RUS, AZE, "046", "Engage in negotiation", trigger="summit", modality="PLANNED",
                   event_date="2019", date_text="by the end of this year",
                   participants=[RUS, AZE, IRN], goldstein=7.0,
                   sentence="The diplomat said that a Russia-Azerbaijan-Iran summit "
                            "is expected by the end of this year."),
        make_event(article_id, 2, AZE, RUS, "061", "Cooperate economically", trigger="trade turnover",
                   event_date="2019-03", date_text="January-March of 2019", goldstein=6.4,
                   amount={"text": "$500 million", "value": 500000000.0, "currency": "USD"},
                   sentence="In January-March of 2019, the trade turnover between Azerbaijan and Russia exceeded "
                   "$500 million."),
        make_event(article_id, 3, AZE_DEF, RUS, "042", "Make a visit", trigger="visited", event_date="2019-05-07",
                   date_text="last week", location=anapa, goldstein=1.9,
                   sentence="Last week, Azerbaijan's Minister of Defense Zakir Hasanov visited Anapa."),
        make_event(article_id, 4, AZE_DEF, RUS_DEF, "040", "Consult", trigger="met", event_date="2019-05-07",
                   date_text="last week", location=anapa, goldstein=1.0,
                   sentence="He met with Russian Minister of Defense Sergey Shoigu."),
        make_event(article_id, 5, RUS_DEF, AZE_DEF, "057", "Sign formal agreement", trigger="discussed",
                   modality="HYPOTHETICAL", event_date=None, date_text=None, goldstein=8.0,
                   sentence="They discussed current military cooperation."),
    ]


def visit_reports() -> list[dict[str, Any]]:
    """Two articles reporting the same visit (same countries, CAMEO code and day), with different wording."""
    first = make_event("tass-1", 0, AZE_DEF, RUS_DEF, "042", "Make a visit", published_at="2019-05-07T09:00:00Z",
                       event_date="2019-05-07", sentence="Zakir Hasanov visited Anapa.")
    second = make_event("apa-7", 3, actor("Azerbaijani defence minister", "AZEGOVMIL", "AZE", "MIL", "PERSON"),
                        actor("Russia", "RUS", "RUS"), "042", "Make a visit", published_at="2019-05-08T12:30:00Z",
                        event_date="2019-05-07", sentence="The Azerbaijani defence minister arrived in Russia.")
    return [first, second]


def make_entities(article_id: str, n: int = 2) -> dict[str, Any]:
    entities = [{"text": f"Name{i}", "label": "GPE", "start": i * 10, "end": i * 10 + 5, "canonical": f"Canon{i}",
                 "country": "RUS"} for i in range(n)]
    return {"article_id": article_id, "published_at": "2019-05-14", "entities": entities}


def make_alert(event: dict[str, Any], subscription_id: str = "sub-1") -> dict[str, Any]:
    return {"alert_id": f"{subscription_id}:{event['event_id']}", "subscription_id": subscription_id, "event": event,
            "matched_at": "2019-05-14T10:00:00Z", "reason": "country RUS", "window_event_ids": []}


def postgres_server_url() -> str:
    """DIPLO_TEST_POSTGRES_URL; under CI a missing URL fails the test, elsewhere it skips with how to set it."""
    url = os.environ.get("DIPLO_TEST_POSTGRES_URL")
    if url:
        return url
    message = ('DIPLO_TEST_POSTGRES_URL is not set; start a server with eval "$(bash scripts/start-postgres.sh)"')
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@contextlib.contextmanager
def fresh_postgres_database(server_url: str) -> Iterator[str]:
    """A new empty database on the test server for one test; dropped afterwards."""
    import psycopg

    name = f"diplo_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    base, _, _ = server_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


