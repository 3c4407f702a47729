"""The batch step of the worker: every input ends as outputs or one dead letter with a reason."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest

from diplo.processors.records import Article, ArticleEntities, Entity, ExtractionResult
from diplo.streams.article_batch import ArticleBatchProcessor
from diplo.streams.codec import AvroCodec
from diplo.streams.messages import InMessage
from diplo.streams.settings import Settings
from tests.records_factory import sample_records


class WordExtractor:
    """A stand-in extractor: one entity per capitalised first word; raises on articles that say BOOM."""

    version = "test"

    def extract(self, article: Article) -> ExtractionResult:
        if "BOOM" in article.text:
            raise RuntimeError("extractor exploded")
        word = article.text.split()[0]
        entities = ArticleEntities(article.id, article.published_at, [Entity(word, "GPE", 0, len(word))])
        return ExtractionResult(article.id, entities, [])

    def extract_many(self, articles: Sequence[Article], batch_size: int = 32) -> list[ExtractionResult]:
        return [self.extract(a) for a in articles]


@pytest.fixture
def processor() -> ArticleBatchProcessor:
    settings = Settings(max_article_bytes=1000, dlq_max_original_bytes=64, topic_prefix="p.")
    return ArticleBatchProcessor(WordExtractor(), AvroCodec(), settings)


def _json(**fields) -> bytes:
    return json.dumps(fields).encode()


def _reasons(processor: ArticleBatchProcessor, messages: list[InMessage]) -> list[str]:
    out = processor.process(messages)
    codec = AvroCodec()
    return [codec.decode(d.value, expect="DeadLetter")[1]["reason_code"] for d in out.dead_letters]


def test_good_json_and_avro_articles_give_entities(processor: ArticleBatchProcessor) -> None:
    codec = AvroCodec()
    avro = codec.encode("Article", sample_records()["Article"])
    out = processor.process([InMessage(_json(id="j1", text="Baku hosts talks.")), InMessage(avro)])
    assert out.dead_letters == []
    assert [r.topic for r in out.records] == ["p.entities", "p.entities"]
    assert [codec.decode(r.value)[1]["article_id"] for r in out.records] == ["j1", "a1"]
    assert [r.key for r in out.records] == [b"j1", b"a1"]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"\x00\xffgarbage", "invalid_utf8"),
        (b"hello", "not_an_article"),
        (b"", "empty_message"),
        (None, "empty_message"),
        (b"{not json", "bad_json"),
        (b"[" * 10000, "not_an_article"),
        (b'{"a":' * 10000, "bad_json"),
        (_json(text="no id"), "missing_field"),
        (_json(id="x", text=""), "empty_text"),
        (_json(id="x", text="   \n\t"), "empty_text"),
        (_json(id="x", text=5), "bad_type"),
        (_json(id="x", text="ok", published_at="yesterday"), "bad_date"),
        (_json(id="x", text="a" * 2000), "too_large"),
        (b"\xc3\x01" + bytes(8) + b"\x00", "unknown_fingerprint"),
        (b"\xc3\x01\x01", "truncated"),
    ],
)
def test_bad_input_becomes_a_dead_letter_with_a_reason(processor, value, reason) -> None:
    assert _reasons(processor, [InMessage(value)]) == [reason]


def test_wrong_avro_schema_is_dead_lettered(processor) -> None:
    data = AvroCodec().encode("DiplomaticEvent", sample_records()["DiplomaticEvent"])
    assert _reasons(processor, [InMessage(data)]) == ["wrong_schema"]


def test_dead_letter_keeps_origin_and_truncates_original(processor) -> None:
    value = b"\xff" * 500
    out = processor.process([InMessage(value, key=b"k1", topic="p.articles", partition=3, offset=42)])
    record = AvroCodec().decode(out.dead_letters[0].value)[1]
    assert out.dead_letters[0].topic == "p.articles.dlq"
    assert (record["topic"], record["partition"], record["offset"], record["key"]) == ("p.articles", 3, 42, b"k1")
    assert record["original"] == value[:64] and record["original_size"] == 500
    assert record["stage"] == "validate" and record["error_class"] == "ArticleError"


def test_a_failing_article_is_isolated_from_its_batch(processor) -> None:
    out = processor.process([InMessage(_json(id="a", text="Paris one.")), InMessage(_json(id="b", text="BOOM")),
                             InMessage(_json(id="c", text="Rome two."))])
    codec = AvroCodec()
    assert [codec.decode(r.value)[1]["article_id"] for r in out.records] == ["a", "c"]
    dead = codec.decode(out.dead_letters[0].value)[1]
    assert (dead["stage"], dead["reason_code"], dead["error_message"]) == (
        "extract",
        "internal_error",
        "extractor exploded",
    )


def test_nlp_runs_in_minibatches_of_the_nlp_batch_size() -> None:
    """The Kafka batch (batch_size) and spaCy's minibatch (nlp_batch_size, which sets peak memory) are separate."""
    sizes: list[int] = []

    class Recording(WordExtractor):
        def extract_many(self, articles: Sequence[Article], batch_size: int = 32) -> list[ExtractionResult]:
            sizes.append(batch_size)
            return super().extract_many(articles, batch_size)

    settings = Settings.from_env({"DIPLO_BATCH_SIZE": "32", "DIPLO_NLP_BATCH_SIZE": "4"})
    out = ArticleBatchProcessor(Recording(), AvroCodec(), settings).process(
        [InMessage(_json(id=f"a{i}", text="Baku hosts talks.")) for i in range(10)]
    )
    assert sizes == [4] and len(out.records) == 10


def test_an_nlp_batch_size_below_one_is_refused() -> None:
    from diplo.streams.errors import ConfigError

    with pytest.raises(ConfigError, match="NLP batch size"):
        Settings.from_env({"DIPLO_NLP_BATCH_SIZE": "0"})
