"""``diplo consume TOPIC``: print a topic's records as JSON lines, Avro decoded by fingerprint."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from diplo.streams.codec import make_codec
from diplo.streams.kafka_io import read_topic
from diplo.streams.render import decode_value

from .common import add_kafka_options, bootstrap_from, settings_from_args

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "consume",
        help="print a topic's records as JSON lines",
        description="Read TOPIC (all partitions, no consumer group, nothing committed) and print one JSON line per "
        "record: topic, partition, offset, key, schema and the decoded value. Follows new records until stopped.",
    )
    parser.add_argument("topic", metavar="TOPIC", help="topic name, e.g. events.diplomatic (the topic prefix is added)")
    parser.add_argument("--from-beginning", action="store_true", help="start at the oldest record, not the newest")
    parser.add_argument("--max", type=int, default=None, metavar="N", help="stop after N records")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="stop when no record arrived for this long (default: follow forever)")
    add_kafka_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    topic = settings.topic_prefix + args.topic if not args.topic.startswith(settings.topic_prefix) else args.topic
    return asyncio.run(_consume(bootstrap_from(settings), settings, topic, args))


async def _consume(bootstrap: str, settings, topic: str, args: argparse.Namespace) -> int:
    codec = make_codec(settings)
    async for record in read_topic(bootstrap, settings, [topic], args.from_beginning, args.timeout, args.max):
        line = {
            "topic": record.topic,
            "partition": record.partition,
            "offset": record.offset,
            "timestamp": record.timestamp,
            "key": record.key.decode("utf-8", "replace") if record.key is not None else None,
            **decode_value(codec, record.value),
        }
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
