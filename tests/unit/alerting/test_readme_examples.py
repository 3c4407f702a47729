"""The README's subscription examples, run against the seed article's events (RUSMIL once matched nothing)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from diplo.processors.alert_rules import cameo_form, match
from diplo.processors.alert_validation import validate_subscription
from diplo.streams.cli import build_parser
from diplo.streams.cli.subscribe import subscription_from_args
from tests.unit.alerting.sample import actor, make_event

README = (Path(__file__).resolve().parents[3] / "README.md").read_text()


def _api_example() -> dict:
    """The JSON body of the README's `curl -X POST .../subscriptions` example."""
    return json.loads(re.search(r"curl -X POST \S+/subscriptions .*?-d '(\{.*?\})'", README, re.S).group(1))


def _flags_example() -> dict:
    """The README's `diplo subscribe add ...` example (continued lines joined), as the CLI turns it into a record."""
    command = re.search(r"(diplo subscribe add --id aze-visits.*?--cameo \d+)", README.replace("\\\n", " "), re.S)
    args = build_parser().parse_args(shlex.split(command.group(1))[1:])
    return subscription_from_args(args)


def _validated(data: dict) -> dict:
    return validate_subscription({"id": "x", **data}, created_at="2026-01-01T00:00:00Z")


@pytest.fixture(scope="module")
def seed_article_events(seed_article: dict) -> list[dict]:
    from diplo.processors.extract import make_extractor
    from diplo.processors.records import Article

    article = Article(id=seed_article["id"], text=seed_article["text"], published_at=seed_article.get("published_at"))
    return [event.to_dict() for event in make_extractor().extract(article).events]


@pytest.mark.model
def test_the_readme_api_example_russian_military_matches_the_seed_article(seed_article_events: list[dict]) -> None:
    subscription = _validated(_api_example())
    assert subscription["filter"]["actors"] == ["RUSMIL"]
    reasons = [r for r in (match(subscription["filter"], e) for e in seed_article_events) if r]
    codes = sorted({a["code"] for e in seed_article_events for a in e["participants"]})
    assert reasons, f"no seed event matched; codes: {codes}"
    assert any("RUSGOVMIL (RUSMIL) starts with RUSMIL" in r for r in reasons), reasons


@pytest.mark.model
def test_the_readme_flags_example_matches_the_hasanov_visit(seed_article_events: list[dict]) -> None:
    subscription = _validated(_flags_example())
    hits = [e for e in seed_article_events if match(subscription["filter"], e)]
    assert [e["cameo_code"] for e in hits] == ["042"] and hits[0]["source"]["country"] == "AZE", hits


def test_cameo_form_drops_gov_before_an_executive_role_only() -> None:
    assert [cameo_form(c) for c in ("RUSGOVMIL", "RUSGOVDIP", "AZEGOVHEAD", "RUSGOV", "RUSMIL", "IGOUNO", "TURREB")] \
        == ["RUSMIL", "RUSDIP", "AZEHEAD", "RUSGOV", "RUSMIL", "IGOUNO", "TURREB"]
    shoigu = actor("Sergey Shoigu", "RUSGOVMIL", "RUS", "MIL")
    event = make_event("r:1", source=shoigu, target=None, participants=[shoigu])
    for prefix, hit in (("RUSMIL", True), ("RUSGOV", True), ("RUSGOVMIL", True), ("RUSDIP", False), ("RUSM", True)):
        assert bool(match(_validated({"name": "n", "filter": {"actors": [prefix]}})["filter"], event)) is hit, prefix
