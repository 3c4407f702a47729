"""Turn an untrusted mapping into an Article, or say in one line why it cannot be one.

Both the stream (JSON or Avro input) and ``diplo extract`` (JSONL input) go
through :func:`article_from_mapping`, so the two paths accept exactly the same
articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .errors import ArticleError
from .records import Article

__all__ = ["DEFAULT_MAX_TEXT_BYTES", "article_from_mapping", "normalise_published_at"]

DEFAULT_MAX_TEXT_BYTES = 1_000_000
_OPTIONAL_STRINGS = ("title", "url", "source")


def normalise_published_at(value: Any) -> str | None:
    """Accept an ISO date or datetime string and return it as written; reject anything else."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ArticleError(f"published_at must be an ISO date string, got {type(value).__name__}", "bad_type")
    text = value.strip()
    try:
        if len(text) == 10:
            dt.date.fromisoformat(text)
        else:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ArticleError(f"published_at {text[:40]!r} is not an ISO 8601 date", "bad_date") from None
    return text


def article_from_mapping(data: Any, max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES) -> Article:
    """Validate a decoded JSON/Avro mapping and build an :class:`Article`."""
    if not isinstance(data, Mapping):
        raise ArticleError(f"an article must be a JSON object, got {type(data).__name__}", "not_an_object")
    article_id = data.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if article_id is None:
        raise ArticleError("article has no id", "missing_field")
    if not isinstance(article_id, str):
        raise ArticleError(f"article id must be a string, got {type(article_id).__name__}", "bad_type")
    article_id = article_id.strip()
    if not article_id or len(article_id) > 256:
        raise ArticleError("article id must be 1 to 256 characters", "bad_id")
    text = data.get("text")
    if text is None:
        raise ArticleError(f"article {article_id}: no text", "missing_field")
    if not isinstance(text, str):
        raise ArticleError(f"article {article_id}: text must be a string, got {type(text).__name__}", "bad_type")
    if not text.strip():
        raise ArticleError(f"article {article_id}: text is empty", "empty_text")
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > max_text_bytes:
        raise ArticleError(
            f"article {article_id}: text is {size} bytes, over the {max_text_bytes}-byte limit", "too_large"
        )
    optional: dict[str, str | None] = {}
    for name in _OPTIONAL_STRINGS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"article {article_id}: {name} must be a string, got {type(value).__name__}", "bad_type")
        optional[name] = value
    try:
        published_at = normalise_published_at(data.get("published_at"))
    except ArticleError as exc:
        raise ArticleError(f"article {article_id}: {exc}", exc.reason_code) from None
    return Article(id=article_id, text=text, published_at=published_at, **optional)
