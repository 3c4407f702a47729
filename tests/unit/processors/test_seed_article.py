"""The seed article's clear cases: the spine's integration test relies on these (issue 2, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplo.processors.records import Article

# seeds/ has it in articles.jsonl
SEED = Path(__file__).resolve().parents[3] / "tests" / "data" / "000_d200d971de2d4ade.txt"
SEED_TEXT_FALLBACK = Path("/work/shared/seeds/000_d200d971de2d4ade.txt")


@pytest.fixture(scope="module")
def seed_result(extractor):
    path = SEED if SEED.exists() else SEED_TEXT_FALLBACK
    article = Article(id="seed", text=path.read_text(encoding="utf-8"), published_at="2019-05-14")
    return extractor.extract(article)


pytestmark = pytest.mark.model


def test_seed_entities(seed_result):
    found = {(e.text, e.label) for e in seed_result.entities.entities}
    for name in ("Mikhail Bocharnikov", "Zakir Hasanov", "Sergey Shoigu"):
        assert (name, "PERSON") in found
    for name in ("Russia", "Azerbaijan", "Iran", "Baku", "Anapa"):
        assert (name, "GPE") in found
    assert ("Vestnik Kavkaza", "ORG") in found


def test_seed_visit_or_meeting_azerbaijan_russia(seed_result):
    hits = [e for e in seed_result.events if e.cameo_root == "04" and e.source.country == "AZE"
            and e.target is not None and e.target.country == "RUS"]
    assert hits
    assert all(e.plover_type == "CONSULT" for e in hits)
    assert any(e.source.role in ("MIL", "GOV") for e in hits)


def test_seed_planned_trilateral_summit(seed_result):
    summits = [e for e in seed_result.events if {a.country for a in e.participants} == {"RUS", "AZE", "IRN"}]
    assert summits and summits[0].modality == "PLANNED" and summits[0].cameo_root == "04"
    assert summits[0].target is None


def test_seed_extraction_is_deterministic(extractor, seed_result):
    again = extractor.extract_many([Article(id="seed", text=(SEED if SEED.exists() else SEED_TEXT_FALLBACK)
                                            .read_text(encoding="utf-8"), published_at="2019-05-14")])[0]
    assert again.to_dict() == seed_result.to_dict()
    assert all(e.extractor_version == extractor.version for e in again.events)


def test_extract_many_keeps_input_order_and_names_failures(extractor, monkeypatch):
    from diplo.processors.extract import ExtractionError

    arts = [Article(id=f"a{n}", text=f"Peru and Chile signed a treaty in Lima. Number {n}.") for n in range(5)]
    assert [r.article_id for r in extractor.extract_many(arts, batch_size=2)] == [a.id for a in arts]

    def broken(pdoc):
        raise KeyError("boom")

    monkeypatch.setattr(extractor.actor_coder, "code", broken)
    with pytest.raises(ExtractionError, match=r"article a0: extraction failed \(KeyError") as info:
        extractor.extract_many(arts[:1])
    assert info.value.article_id == "a0" and info.value.reason_code == "extraction_failed"


def test_seed_results_fit_the_avro_schemas(seed_result):
    from diplo.streams.codec import AvroCodec

    codec = AvroCodec()
    codec.encode("ArticleEntities", seed_result.entities.to_dict())
    for event in seed_result.events:
        name, back = codec.decode(codec.encode("DiplomaticEvent", event.to_dict()))
        assert back == event.to_dict()


def test_event_sentences_are_trimmed(seed_result):
    """Regression (storage review): sentences ending a paragraph carried the paragraph's newline."""
    sentences = [e.sentence for e in seed_result.events]
    assert sentences and all(s == s.strip() for s in sentences), [s[-20:] for s in sentences if s != s.strip()]
