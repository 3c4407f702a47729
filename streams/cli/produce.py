"""``diplo produce``: send articles from files, folders or stdin to the articles topic."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from rich.progress import Progress

from diplo.processors.articles import article_from_mapping
from diplo.processors.errors import ArticleError
from diplo.streams.article_sources import fill_defaults, iter_sources
from diplo.streams.codec import AvroCodec, make_codec
from diplo.streams.kafka_io import make_producer
from diplo.streams.settings import Settings
from diplo.streams.topic_admin import ensure_topics

from .common import add_kafka_options, add_setting, bootstrap_from, settings_from_args

__all__ = ["register", "produce_articles"]

PROGRESS_FROM = 50  # show a progress bar on inputs at least this long


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "produce",
        help="send articles to the articles topic",
        description="Send articles to Kafka, keyed by article id. A .txt file is one article (id = file name); "
        ".json holds an object or a list; .jsonl one object per line; a folder is read recursively; - reads JSONL "
        "from stdin. Missing ids are filled from a hash of the text, missing published_at with today's date.",
    )
    parser.add_argument("inputs", nargs="*", default=["-"], metavar="INPUT", help="files, folders or - (default: -)")
    parser.add_argument("--format", choices=("json", "avro"), default="json",
                        help="message encoding: JSON, or Avro single-object Article (default json)")
    add_kafka_options(parser)
    add_setting(parser, "--max-article-bytes", "max_article_bytes", "reject articles longer than this", type=int,
                metavar="N")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    items = list(iter_sources(args.inputs))
    sent, rejected = asyncio.run(produce_articles(bootstrap_from(settings), settings, items, args.format))
    # the worker codes articles later and may still dead-letter some: say only what is known here
    print(f"Sent {sent} article(s) to {settings.topics.articles}; {rejected} refused before sending. "
          f"Articles the worker cannot code go to {settings.topics.articles_dlq} (diplo consume "
          f"{settings.topics.articles_dlq}).")
    return 0 if sent or not rejected else 1


def _encode(data: dict, fmt: str, codec: AvroCodec, settings: Settings) -> tuple[bytes, bytes]:
    article = article_from_mapping(fill_defaults(data) if isinstance(data, dict) else data, settings.max_article_bytes)
    record = article.to_dict()
    value = codec.encode("Article", record) if fmt == "avro" else json.dumps(record, ensure_ascii=False).encode()
    return article.id.encode("utf-8"), value


async def produce_articles(bootstrap: str, settings: Settings, items: list, fmt: str = "json") -> tuple[int, int]:
    """Validate and send ``items``; returns (sent, rejected). Rejections are reported on stderr."""
    codec = make_codec(settings)
    await ensure_topics(bootstrap, settings)  # auto-creation is off: create them as the worker would
    producer = make_producer(bootstrap, settings)
    await producer.start()
    sent = rejected = 0
    try:
        with Progress(transient=True, disable=len(items) < PROGRESS_FROM or not sys.stderr.isatty()) as progress:
            task = progress.add_task("producing", total=len(items))
            pending = []
            for item in items:
                progress.advance(task)
                if item.error:
                    rejected += 1
                    print(f"rejected {item.origin}: {item.error}", file=sys.stderr)
                    continue
                try:
                    key, value = _encode(item.data, fmt, codec, settings)
                except ArticleError as exc:
                    rejected += 1
                    print(f"rejected {item.origin}: {exc}", file=sys.stderr)
                    continue
                pending.append(await producer.send(settings.topics.articles, value=value, key=key))
                sent += 1
            await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return sent, rejected
