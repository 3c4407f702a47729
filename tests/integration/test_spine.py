"""The spine end to end on a real broker: seed article in, entities and events out, bad input to the DLQ."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from fastavro import parse_schema, schemaless_reader

from diplo.streams.settings import Settings
from tests.kafka_helpers import produce, produce_json, read_all, read_until
from tests.workers import running_worker

pytestmark = [pytest.mark.integration, pytest.mark.model]


def _avsc_decoder(name: str):
    """Decode with the .avsc file directly (fastavro, skipping the 10-byte header): not our codec."""
    schema = parse_schema(json.loads(resources.files("diplo.schemas").joinpath(f"{name}.avsc").read_text()))

    def decode(message) -> dict:
        assert message.value[:2] == b"\xc3\x01"
        return schemaless_reader(io.BytesIO(message.value[10:]), schema, None)

    return decode


@pytest.fixture(scope="module")
def spine(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory):
    prefix = f"spine{tmp_path_factory.mktemp('x').name[-6:]}."
    topics = Settings(topic_prefix=prefix).topics
    with running_worker(kafka_bootstrap, prefix, tmp_path_factory.mktemp("logs")) as worker:
        yield kafka_bootstrap, topics, worker


def _entities_of(bootstrap: str, topic: str, article_id: str) -> dict:
    decode = _avsc_decoder("ArticleEntities")
    records = read_until(bootstrap, topic, lambda rs: any(decode(r)["article_id"] == article_id for r in rs),
                         decode=False)
    return next(decode(r) for r in records if decode(r)["article_id"] == article_id)


def _events_of(bootstrap: str, topic: str, article_id: str) -> list[dict]:
    """The article's events; call after its entities record arrived (events are acknowledged first)."""
    decode = _avsc_decoder("DiplomaticEvent")
    return [decode(r) for r in read_all(bootstrap, topic, decode=False) if decode(r)["article_id"] == article_id]


def test_seed_article_gives_entities_and_events(spine, seed_article: dict) -> None:
    bootstrap, topics, _ = spine
    produce_json(bootstrap, topics.articles, [seed_article])
    entities = _entities_of(bootstrap, topics.entities, "seed")
    found = {(e["text"], e["label"]) for e in entities["entities"]}
    for person in ("Mikhail Bocharnikov", "Zakir Hasanov", "Sergey Shoigu"):
        assert (person, "PERSON") in found, f"{person} missing from {sorted(found)}"
    for place in ("Russia", "Azerbaijan", "Iran", "Baku"):
        assert (place, "GPE") in found, f"{place} missing from {sorted(found)}"

    events = _events_of(bootstrap, topics.events, "seed")
    summary = [(e["source"]["country"], e["source"]["role"], e["target"] and e["target"]["country"],
                e["cameo_code"], e["plover_type"], e["modality"]) for e in events]
    visits = [e for e in events if e["cameo_root"] == "04" and e["plover_type"] == "CONSULT"
              and e["source"]["country"] == "AZE" and e["source"]["role"] in ("MIL", "GOV")
              and "RUS" in {p["country"] for p in e["participants"]}]
    assert visits, f"no AZE->RUS visit/meeting among {summary}"
    summits = [e for e in events if e["modality"] == "PLANNED" and e["cameo_root"] == "04"
               and {"RUS", "AZE", "IRN"} <= {p["country"] for p in e["participants"]}]
    assert summits, f"no planned RUS-AZE-IRN summit among {summary}"
    assert len({e["event_id"] for e in events}) == len(events), "event ids must be unique"


def test_bad_input_goes_to_the_dlq_and_the_worker_goes_on(spine) -> None:
    bootstrap, topics, worker = spine
    huge = {"id": "huge", "text": "Talks were held. " * 310_000, "published_at": "2024-01-01"}  # ~5 MB
    assert len(json.dumps(huge)) > 5_000_000
    produce(bootstrap, topics.articles, [
        (b"garbage", b"\x00\x9f\x92\x96 not an article"),
        (b"empty", json.dumps({"id": "empty", "text": "  "}).encode()),
        (b"huge", json.dumps(huge).encode()),
    ])
    produce_json(bootstrap, topics.articles, [{"id": "after", "text": "France and Germany held talks in Paris.",
                                               "published_at": "2024-03-01"}])
    assert _entities_of(bootstrap, topics.entities, "after")["article_id"] == "after"
    dead = read_until(bootstrap, topics.articles_dlq, lambda rs: len(rs) >= 3)
    reasons = {d["key"]: (d["reason_code"], d["error_message"]) for d in dead}
    assert reasons[b"garbage"][0] == "invalid_utf8", reasons
    assert reasons[b"empty"] == ("empty_text", "article empty: text is empty"), reasons
    assert reasons[b"huge"][0] == "too_large", reasons
    assert all(d["topic"] == topics.articles for d in dead)
    assert worker.proc.poll() is None, "the worker must survive bad input"


def test_offline_extract_matches_the_stream(spine, seed_article: dict, tmp_path: Path) -> None:
    bootstrap, topics, _ = spine
    produce_json(bootstrap, topics.articles, [seed_article])
    streamed_entities = _entities_of(bootstrap, topics.entities, "seed")
    streamed_events = _events_of(bootstrap, topics.events, "seed")
    source = tmp_path / "seed.jsonl"
    source.write_text(json.dumps(seed_article) + "\n")
    run = subprocess.run([sys.executable, "-m", "diplo", "extract", "--input", str(source)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    offline = json.loads(run.stdout)
    assert offline["entities"] == streamed_entities["entities"]
    by_id = {e["event_id"]: e for e in streamed_events}
    assert sorted(by_id) == sorted(e["event_id"] for e in offline["events"])
    for event in offline["events"]:
        assert event == by_id[event["event_id"]]
