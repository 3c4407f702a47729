"""``diplo extract``: the offline form; JSONL articles in, one JSON result line per article out.

Runs exactly the extraction the worker runs (processors.extract), with no broker.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import Any, TextIO, cast

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from diplo.processors.articles import article_from_mapping
from diplo.processors.errors import ArticleError, DiploError
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
        "with its line number and the others go on. A progress bar shows on a terminal; a summary line "
        "(articles, events, rejected, seconds) ends on stderr.",
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
        try:
            results = extractor.extract_many([article for _, article in batch], batch_size=nlp_batch_size)
        except DiploError as exc:
            if exc.reason_code != "too_many_entities":
                raise
            yield from one_by_one()  # an article over the entity cap is rejected like bad input, not the run
            return
        for (item, _), result in zip(batch, results, strict=True):
            yield item, result.to_dict(), None
        batch.clear()

    def one_by_one() -> Iterator[tuple[SourceItem, dict[str, Any] | None, str | None]]:
        for item, article in batch:
            try:
                yield item, extractor.extract(article).to_dict(), None
            except DiploError as exc:
                if exc.reason_code != "too_many_entities":
                    raise
                yield item, None, str(exc)
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
        return cast(TextIO, stack.enter_context(open(name, mode, encoding="utf-8")))  # a text mode: "r" or "w"
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror}") from None


def _count_lines(name: str) -> int | None:
    """Lines of an input file, for the progress bar's total (None for stdin: unknown)."""
    if name == "-":
        return None
    try:
        with open(name, encoding="utf-8", errors="replace") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return None


def run(args: argparse.Namespace) -> int:
    from diplo.processors.extract import make_extractor

    from ..heap import settle_loaded_heap

    settings = settings_from_args(args)
    started = time.monotonic()
    failed = total = events = 0
    with ExitStack() as stack:
        source = _open(args.input, "r", stack, sys.stdin)
        sink = _open(args.output, "w", stack, sys.stdout)
        progress = stack.enter_context(Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=Console(file=sys.stderr), transient=True, disable=not sys.stderr.isatty()))
        task = progress.add_task("extract", total=_count_lines(args.input))
        extractor = make_extractor(settings.model, settings.max_entities)
        settle_loaded_heap()
        items = iter_jsonl(source, "<stdin>" if args.input == "-" else args.input)
        for item, line, error in extract_items(items, extractor, settings.batch_size, settings.max_article_bytes,
                                                  settings.nlp_batch_size):
            total += 1
            progress.advance(task)
            if error is not None:
                failed += 1
                progress.console.print(f"{item.origin}: {error}", markup=False, highlight=False, soft_wrap=True)
                continue
            events += len(line["events"]) if line else 0
            sink.write(json.dumps(line, ensure_ascii=False) + "\n")
        sink.flush()
    print(f"Extracted {total - failed} article(s): {events} event(s), {failed} rejected, "
          f"{time.monotonic() - started:.1f} s.", file=sys.stderr)
    if failed:
        raise InputError(f"{failed} of {total} article(s) could not be extracted (reasons above)")
    return 0
