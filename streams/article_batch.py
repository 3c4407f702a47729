"""One batch of raw article messages in, output records and dead letters out; no Kafka I/O.

The faust agent feeds this with the messages it took from the ``articles``
topic and sends what comes back. Every input ends as outputs or as exactly one
dead letter that keeps the original bytes and says why; nothing raises out.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from diplo.processors.articles import article_from_mapping
from diplo.processors.errors import ArticleError, DiploError
from diplo.processors.records import Article, ExtractionResult

from .codec import SINGLE_OBJECT_MAGIC, AvroCodec, DecodeError
from .confluent import CONFLUENT_MAGIC
from .messages import InMessage, OutRecord, make_dead_letter
from .settings import Settings

__all__ = ["BatchOutput", "ArticleBatchProcessor", "OutputLimitError", "MAX_RECORD_BYTES"]

log = logging.getLogger(__name__)

# Kafka's default max.message.bytes is about 1 MB: a bigger record would fail to send on every retry.
MAX_RECORD_BYTES = 1_000_000


# the extraction of an article is too big to publish: too_many_entities or output_too_large
class OutputLimitError(DiploError, code="too_many_entities"): ...


@dataclass
class BatchOutput:
    records: list[OutRecord] = field(default_factory=list)
    dead_letters: list[OutRecord] = field(default_factory=list)
    results: list[ExtractionResult] = field(default_factory=list)
    rejections: list[tuple[str, str]] = field(default_factory=list)  # (stage, reason_code) per dead letter

    @property
    def rejected(self) -> int:
        return len(self.dead_letters)


def decode_article(codec: AvroCodec, value: bytes | None, max_text_bytes: int) -> Article:
    """Article from JSON, Avro single-object or Confluent-framed bytes; ArticleError/DecodeError say why not."""
    if value is None:
        raise ArticleError("message has no value (tombstone)", "empty_message")
    if not value.strip():
        raise ArticleError("message is empty", "empty_message")
    # Confluent framing only with a registry: without one, a leading 0 byte is just not an article
    if value[:2] == SINGLE_OBJECT_MAGIC or (codec.confluent is not None and value[:1] == CONFLUENT_MAGIC):
        _, data = codec.decode(value, expect="Article")
        return article_from_mapping(data, max_text_bytes)
    # the JSON document carries the text plus a little metadata; reject early what cannot fit
    if len(value) > max_text_bytes + 64 * 1024:
        raise ArticleError(f"message is {len(value)} bytes, over the {max_text_bytes}-byte article limit", "too_large")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"message is neither Avro nor UTF-8 JSON (invalid UTF-8 at byte {exc.start})", "invalid_utf8"
        ) from None
    if not text.lstrip().startswith("{"):
        raise ArticleError("message is neither an Avro Article nor a JSON object", "not_an_article")
    try:
        data = json.loads(text)
    except RecursionError:
        raise ArticleError("JSON is nested too deeply", "bad_json") from None
    except json.JSONDecodeError as exc:
        raise ArticleError(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", "bad_json") from None
    except ValueError as exc:  # e.g. an integer literal over Python's 4300-digit conversion limit
        raise ArticleError(f"invalid JSON: {str(exc).split(':')[0]}", "bad_json") from None
    return _encodable(article_from_mapping(data, max_text_bytes))


def _encodable(article: Article) -> Article:
    """Reject text JSON allows but UTF-8 cannot carry (lone surrogates such as \\ud800)."""
    for name in ("id", "text", "title", "url", "source", "published_at"):
        value = getattr(article, name)
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ArticleError(f"article {article.id.encode('utf-8', 'backslashreplace').decode()}: {name} has an "
                               f"unpaired surrogate at character {exc.start}", "invalid_utf8") from None
    return article


class ArticleBatchProcessor:
    """Decode, validate, extract and encode a batch; the one path the worker runs."""

    def __init__(self, extractor: Any, codec: AvroCodec, settings: Settings, max_record_bytes: int = MAX_RECORD_BYTES):
        self.extractor = extractor
        self.codec = codec
        self.settings = settings
        self.max_record_bytes = max_record_bytes

    def process(self, messages: Sequence[InMessage]) -> BatchOutput:
        out = BatchOutput()
        good: list[tuple[InMessage, Article]] = []
        for message in messages:
            try:
                good.append((message, decode_article(self.codec, message.value, self.settings.max_article_bytes)))
            except (ArticleError, DecodeError) as exc:
                out.dead_letters.append(
                    self._dead(message, "decode" if isinstance(exc, DecodeError) else "validate", exc, out)
                )
            except Exception as exc:  # a decoder bug must not take the batch (and the agent) down with it
                log.exception("decoding message %s/%d/%d failed", message.topic, message.partition, message.offset)
                out.dead_letters.append(self._dead(message, "decode", exc, out))
        if not good:
            return out
        for (message, article), result in self._extract(good, out):
            try:
                out.records.extend(self._checked(self.encode_result(result), result))
                out.results.append(result)
            except OutputLimitError as exc:
                out.dead_letters.append(self._dead(message, "extract", exc, out))
            except Exception as exc:  # a record that does not fit the schema is a bug; keep the input
                log.exception("encoding the results of article %s failed", article.id)
                out.dead_letters.append(self._dead(message, "encode", exc, out))
        return out

    def _extract(self, good: list[tuple[InMessage, Article]], out: BatchOutput):
        articles = [article for _, article in good]
        try:
            results = self.extractor.extract_many(articles, batch_size=self.settings.nlp_batch_size)
            return list(zip(good, results, strict=True))
        except Exception:
            log.exception("batch extraction failed; retrying article by article to isolate the cause")
        paired = []
        for message, article in good:
            try:
                paired.append(((message, article), self.extractor.extract(article)))
            except Exception as exc:
                out.dead_letters.append(self._dead(message, "extract", exc, out))
        return paired

    def encode_result(self, result: ExtractionResult) -> list[OutRecord]:
        key = result.article_id.encode("utf-8")
        topics = self.settings.topics
        records = [OutRecord(topics.entities, key, self.codec.encode("ArticleEntities", result.entities.to_dict()))]
        for event in result.events:
            records.append(
                OutRecord(topics.events, event.event_id.encode("utf-8"),
                          self.codec.encode("DiplomaticEvent", event.to_dict()))
            )
        return records

    def _checked(self, records: list[OutRecord], result: ExtractionResult) -> list[OutRecord]:
        """``records`` if they can be published; OutputLimitError (a dead letter) if not."""
        found = len(result.entities.entities)
        # an article naming more entities than this is a list, not news; its records would be huge and slow
        if found > self.settings.max_entities:
            raise OutputLimitError(
                f"article {result.article_id}: {found} entities, over the limit of {self.settings.max_entities}"
            )
        for record in records:
            if len(record.value) > self.max_record_bytes:
                raise OutputLimitError(f"article {result.article_id}: a {record.topic} record of {len(record.value)} "
                                       f"bytes is over the {self.max_record_bytes}-byte limit", "output_too_large")
        return records

    def _dead(self, message: InMessage, stage: str, error: BaseException, out: BatchOutput) -> OutRecord:
        out.rejections.append((stage, error.reason_code if isinstance(error, DiploError) else "internal_error"))
        if not isinstance(error, DiploError):
            log.warning("article rejected at %s: %s: %s", stage, type(error).__name__, error)
        return make_dead_letter(
            self.codec, message, stage, error, self.settings.dlq_max_original_bytes, self.settings.topics.articles_dlq
        )
