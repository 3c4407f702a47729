"""``diplo extract``: the offline form; JSONL articles in, one JSON result line per article out.

Runs exactly the extraction the worker runs (processors.extract), with no broker.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any, TextIO

from diplo.processors.articles import article_from_mapping
from diplo.processors.errors import ArticleError
from diplo.processors.registry import NLP_BATCH_SIZE
from diplo.streams.article_sources import SourceItem, iter_jsonl
from diplo.streams.errors import InputError

from .common import add_setting, settings_from_args

__all__ = ["register", "extract_items"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract entities and events offline (no broker)",
        description="Read JSONL articles (id, text, title, published_at, url) and write one JSON line per article: "
        '{"article_id", "entities", "events"}. Deterministic; needs no broker. A bad line is reported on stderr '
        "with its line number and the others go on.",
    )
    parser.add_argument("--input", "-i", default="-", metavar="FILE", help="JSONL file, or - for stdin (default -)")
    parser.add_argument("--output", "-o", default="-", metavar="FILE", help="JSONL file, or - for stdout (default -)")
    add_setting(parser, "--model", "model", "spaCy model package to load", metavar="NAME")
    add_setting(parser, "--batch-size", "batch_size", "articles read per batch", type=int, metavar="N")
    add_setting(parser, "--nlp-batch-size", "nlp_batch_size", "documents per nlp.pipe minibatch (memory)", type=int,
                metavar="N")
    add_setting(parser, "--max-article-bytes", "max_article_bytes", "reject articles longer than this", type=int,
                metavar="N")
    parser.set_defaults(func=run)


def extract_items(
    items: Iterable[SourceItem], extractor: Any, batch_size: int, max_bytes: int, nlp_batch_size: int = NLP_BATCH_SIZE
) -> Iterator[tuple[SourceItem, dict[str, Any] | None, str | None]]:
    """(item, result line, error) per input item, in input order, extracting in batches."""
    batch: list[tuple[SourceItem, Any]] = []

    def flush() -> Iterator[tuple[SourceItem, dict[str, Any] | None, str | None]]:
        results = extractor.extract_many([article for _, article in batch], batch_size=nlp_batch_size)
        for (item, _), result in zip(batch, results):
            yield item, result.to_dict(), None
        batch.clear()

    for item in items:
        if item.error:
            yield from flush()
            yield item, None, item.error
            continue
        try:
            article = article_from_mapping(item.data, max_bytes)
        except ArticleError as exc:
            yield from flush()
            yield item, None, str(exc)
            continue
        batch.append((item, article))
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()


def _open(name: str, mode: str, stack: ExitStack, std: TextIO) -> TextIO:
    if name == "-":
        return std
    try:
        return stack.enter_context(open(name, mode, encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror}") from None


def run(args: argparse.Namespace) -> int:
    from diplo.processors.extract import make_extractor

    settings = settings_from_args(args)
    with ExitStack() as stack:
        source = _open(args.input, "r", stack, sys.stdin)
        sink = _open(args.output, "w", stack, sys.stdout)
        extractor = make_extractor(settings.model)
        failed = total = 0
        items = iter_jsonl(source, "<stdin>" if args.input == "-" else args.input)
        for item, line, error in extract_items(items, extractor, settings.batch_size, settings.max_article_bytes,
                                                  settings.nlp_batch_size):
            total += 1
            if error is not None:
                failed += 1
                print(f"{item.origin}: {error}", file=sys.stderr)
                continue
            sink.write(json.dumps(line, ensure_ascii=False) + "\n")
        sink.flush()
    if failed:
        raise InputError(f"{failed} of {total} article(s) could not be extracted (reasons above)")
    return 0
