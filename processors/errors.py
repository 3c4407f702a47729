"""Every error diplo reports, in one catalogue: a stable reason code, where it can occur, and what it means.

Dead letters carry ``reason_code`` and ``stage``; the CLI prints the message as
``Error: ...``. A code is fixed when the error is created and checked against
``REASONS`` then, so a typo or an uncatalogued code fails at once, not in a
consumer of ``*.dlq``. Nothing in processors exits the process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

__all__ = ["Reason", "REASONS", "reason", "DiploError", "ArticleError"]


@dataclass(frozen=True)
class Reason:
    """One reason code: the dead-letter stages it can appear at (none: reported to a user, never dead-lettered)."""

    code: str
    stages: tuple[str, ...]
    meaning: str


_ARTICLE, _DECODE = ("validate",), ("decode",)
_WEBHOOK = ("deliver",)

REASONS: dict[str, Reason] = {r.code: r for r in (
    # articles.dlq: an article message that cannot become results
    Reason("empty_message", ("validate", "decode"), "the message (or record) has no value or only whitespace"),
    Reason("too_large", _ARTICLE, "the message is over DIPLO_MAX_ARTICLE_BYTES; rejected before parsing"),
    Reason("invalid_utf8", _ARTICLE, "neither Avro nor UTF-8 JSON, or a lone surrogate UTF-8 cannot carry"),
    Reason("not_an_article", _ARTICLE, "neither an Avro Article nor a JSON object"),
    Reason("bad_json", _ARTICLE, "invalid JSON, nested too deeply, or a number Python cannot convert"),
    Reason("not_an_object", _ARTICLE, "the JSON document is not an object"),
    Reason("missing_field", _ARTICLE, "the article has no id or no text"),
    Reason("bad_type", _ARTICLE, "a field has the wrong type (id, text, title, url, source, published_at)"),
    Reason("bad_id", _ARTICLE, "the article id is empty or longer than 256 characters"),
    Reason("empty_text", _ARTICLE, "the article text is empty"),
    Reason("bad_date", _ARTICLE, "published_at is not an ISO date or datetime"),
    Reason("invalid_article", _ARTICLE, "the article is unusable for another reason"),
    Reason("extraction_failed", ("extract",), "the extractor raised on this article (a bug; the input is kept)"),
    Reason("too_many_entities", ("extract",),
           "the article's first sentence alone names more than DIPLO_MAX_ENTITIES entities (a list, not news); "
           "a longer article is coded up to the sentence where the cap is reached"),
    Reason("output_too_large", ("extract",), "a record of the article's results is over Kafka's 1 MB message limit"),
    Reason("encode_error", ("encode",), "a result does not fit its Avro schema (a bug; the input is kept)"),
    # any *.dlq: a record that cannot be decoded
    Reason("not_avro", _DECODE,
           "neither an Avro single-object header (0xC3 0x01) nor the Confluent wire format (0x00)"),
    Reason("truncated", _DECODE, "shorter than its header or its body"),
    Reason("unknown_fingerprint", _DECODE,
           "written with a schema this reader does not know (or Confluent-framed with no registry configured)"),
    Reason("wrong_schema", _DECODE, "an Avro record of another schema than the topic carries"),
    Reason("decode_error", _DECODE, "a corrupt Avro body"),
    Reason("schema_registry", _DECODE,
           "the schema registry cannot be reached or refused a request (a Confluent-framed record's schema id "
           "cannot be looked up); also reported to the user when a command starts"),
    Reason("internal_error", ("validate", "decode", "extract", "encode", "match", "deliver", "store"),
           "an unexpected error (a bug) at that stage; the input is kept in the dead letter"),
    # alerts.dlq: matching and webhook delivery
    Reason("timeout", _WEBHOOK, "every attempt timed out (5 s each)"),
    Reason("connection_error", _WEBHOOK, "every attempt failed to connect or was cut off"),
    Reason("http_<status>", _WEBHOOK,
           "the receiver answered this status: 4xx other than 408/429 at once, 5xx after the retries"),
    Reason("circuit_open", _WEBHOOK, "the subscription's webhook failed 3 deliveries in a row; not tried for 60 s"),
    Reason("unknown_subscription", ("match",),
           "a match names a subscription this deployment does not have (deleted meanwhile, or written by another "
           "deployment sharing the topic)"),
    Reason("private_address", _WEBHOOK,
           "the webhook host is private or loopback (DIPLO_ALLOW_PRIVATE_WEBHOOKS is off)"),
    Reason("unresolvable_host", _WEBHOOK, "the webhook host does not resolve"),
    Reason("webhook_failed", _WEBHOOK, "the delivery failed for another reason"),
    # store.dlq: the database refused one record on its own
    Reason("storage_rejected", ("store",), "the database refused the record's values (e.g. a NUL character)"),
    # reported to the user (CLI, API, logs), never dead-lettered
    Reason("error", (), "an error without a more specific code"),
    Reason("bad_config", (), "a setting or option has a value diplo cannot use"),
    Reason("broker", (), "Kafka could not be reached, started or stopped"),
    Reason("bad_input", (), "an input file or stream cannot be read as articles"),
    Reason("invalid_subscription", (), "a subscription (flags, file or API body) is invalid; the field is named"),
    Reason("bad_gold", (), "a gold file for `diplo eval` cannot be read"),
    Reason("model_unavailable", (), "the spaCy model package cannot be loaded"),
    Reason("model_file", (), "the event classifier's files are missing or unreadable (retrain with `diplo train`)"),
    Reason("train_failed", (), "`diplo train`: the corpus is missing or invalid, or the model cannot be written"),
    Reason("invalid_trigger_table", (), "a row of data/triggers.csv has an unknown option, code, pos or requirement"),
    Reason("unknown_component", (), "a registry name that is not registered"),
    Reason("unknown_cameo_code", (), "a CAMEO code that is not in the table"),
    Reason("storage", (), "the database refused or failed an operation"),
    Reason("storage_unavailable", (),
           "the database cannot be reached or is busy; the sink retries, never dead-letters"),
    Reason("schema_too_new", (), "the database was migrated by a newer diplo"),
    Reason("bad_database_url", (), "the database URL or path cannot be used"),
    Reason("no_database", (), "a read command's database does not exist or holds no diplo tables"),
)}

_HTTP = re.compile(r"http_[1-5][0-9][0-9]")


def reason(code: str) -> Reason:
    """The catalogue entry of ``code`` (``http_503`` is ``http_<status>``); KeyError if it is not catalogued."""
    return REASONS["http_<status>"] if _HTTP.fullmatch(code) else REASONS[code]


class DiploError(Exception):
    """Base class: the message is a complete, one-line explanation for a user; the code is catalogued and fixed.

    A subclass declares its default code as ``reason_code = "..."``, or, one that callers only catch by type,
    in one line: ``class DecodeError(DiploError, code="decode_error"): ...`` (its docstring is then the
    catalogue's meaning).
    """

    reason_code: str = "error"  # the class's default code; each instance's code is read-only
    default_code: ClassVar[str] = "error"

    def __init__(self, message: str, reason_code: str | None = None):
        super().__init__(message)
        code = reason_code or type(self).default_code
        reason(code)  # KeyError: every code is in the catalogue
        self._reason_code = code

    def __init_subclass__(cls, code: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        declared = code or cls.__dict__.get("reason_code")
        if isinstance(declared, str):
            meaning = reason(declared).meaning  # KeyError: every code is in the catalogue
            cls.default_code = declared
            cls.reason_code = _READ_ONLY  # type: ignore[assignment]  # subclasses declare a default, never a setter
            if code is not None and cls.__doc__ is None:
                cls.__doc__ = meaning


_READ_ONLY = property(lambda self: self._reason_code, doc="The reason code, fixed when the error was created.")
DiploError.reason_code = _READ_ONLY  # type: ignore[assignment]  # the declared str default becomes a read-only property


class ArticleError(DiploError):
    """An article is unusable: missing or ill-typed fields, empty or oversized text."""

    reason_code = "invalid_article"
