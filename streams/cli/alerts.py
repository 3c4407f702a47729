"""``diplo alerts``: follow the alerts topic and print each alert readably."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from diplo.streams.alerting.render import format_alert, format_undelivered, undelivered_json
from diplo.streams.alerting.subscriptions import SubscriptionView
from diplo.streams.codec import AvroCodec, DecodeError, make_codec
from diplo.streams.kafka_io import read_topic
from diplo.streams.render import jsonable
from diplo.streams.settings import Settings

from .common import add_kafka_options, bootstrap_from, settings_from_args

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "alerts",
        help="follow the alerts topic and print alerts readably",
        description="Print alerts as they arrive: subscription name, who did what to whom, when, where and why it "
        "matched; and each alert that was not delivered (alerts.dlq), with the reason. Reads every partition "
        "without a consumer group; follows until stopped.",
    )
    parser.add_argument("--from-beginning", action="store_true", help="start at the oldest alert, not the newest")
    parser.add_argument("--max", type=int, default=None, metavar="N", help="stop after N alerts")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="stop when no alert arrived for this long (default: follow forever)")
    parser.add_argument("--json", action="store_true", help="print each alert as one JSON line instead")
    add_kafka_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    return asyncio.run(follow_alerts(bootstrap_from(settings), settings, args))


def _undelivered(codec: AvroCodec, names: SubscriptionView, value: bytes, as_json: bool) -> str:
    """A dead letter of alerts.dlq as text (or JSON): the alert it kept, if readable, and the reason."""
    _, dead = codec.decode(value, expect="DeadLetter")
    try:
        _, alert = codec.decode(dead["original"], expect="Alert")
    except DecodeError:  # a truncated original, or not an alert at all
        alert = None
    if as_json:
        return json.dumps(undelivered_json(dead, alert), ensure_ascii=False) + "\n"
    sub_id = (alert or {}).get("subscription_id") or (dead.get("key") or b"").decode("utf-8", "replace")
    subscription = names.get(sub_id)
    return format_undelivered(dead, alert, subscription["name"] if subscription else None) + "\n\n"


async def follow_alerts(bootstrap: str, settings: Settings, args: argparse.Namespace) -> int:
    codec = make_codec(settings)
    names = SubscriptionView(bootstrap, settings, codec)
    await names.start()
    follower = asyncio.create_task(names.follow())
    try:
        topics = settings.topics
        async for record in read_topic(bootstrap, settings, [topics.alerts, topics.alerts_dlq], args.from_beginning,
                                       args.timeout, args.max):
            try:
                if record.topic == topics.alerts_dlq:
                    sys.stdout.write(_undelivered(codec, names, record.value or b"", args.json))
                    sys.stdout.flush()
                    continue
                _, alert = codec.decode(record.value or b"", expect="Alert")
            except DecodeError as exc:
                print(f"(offset {record.partition}:{record.offset}: not an alert: {exc})", file=sys.stderr)
                continue
            if args.json:
                sys.stdout.write(json.dumps(jsonable(alert), ensure_ascii=False) + "\n")
            else:
                subscription = names.get(alert["subscription_id"])
                sys.stdout.write(format_alert(alert, subscription["name"] if subscription else None) + "\n\n")
            sys.stdout.flush()
    finally:
        follower.cancel()
        await asyncio.gather(follower, return_exceptions=True)
        await names.stop()
    return 0
