"""``diplo subscribe add|list|show|remove``: manage alert subscriptions on the subscriptions topic."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from diplo.streams.alerting.backfill import BackfillReport, backfill
from diplo.streams.alerting.manage import new_subscription
from diplo.streams.alerting.subscriptions import (
    load_subscriptions,
    mask_secret,
    publish_subscription,
    publish_tombstone,
)
from diplo.streams.codec import make_codec
from diplo.streams.errors import InputError
from diplo.streams.kafka_io import make_producer
from diplo.streams.settings import Settings
from diplo.streams.topic_admin import ensure_topics

from .common import add_kafka_options, bootstrap_from, settings_from_args

__all__ = ["register", "subscription_from_args", "summarize"]

# flag dest -> filter field, for list-valued filter flags (repeat the flag or separate with commas)
_LIST_FLAGS = {
    "country": "countries", "actor": "actors", "role": "roles", "cameo": "cameo_prefixes",
    "plover": "plover_types", "quad": "quad_classes", "modality": "modalities", "term": "terms",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "subscribe",
        help="add, list, show or remove alert subscriptions",
        description="Manage alert subscriptions: Avro records on the compacted subscriptions topic, read by every "
        "alert worker (`diplo worker --agents alert`). No worker needs to run to add one.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a subscription from flags and/or a YAML/JSON file",
                             description="Add a subscription. Flags override the file; list flags may be repeated "
                             "or comma-separated. Without --webhook/--stdout alerts only go to the alerts topic.")
    add.add_argument("--backfill", action="store_true",
                     help="also match the events already on events.diplomatic (a subscription otherwise sees only "
                     "events that arrive after it); not for window subscriptions")
    add.add_argument("--file", type=Path, metavar="FILE", help="YAML or JSON file with the subscription fields")
    add.add_argument("--id", help="subscription id (default: random)")
    add.add_argument("--name", help="name shown with alerts")
    add.add_argument("--country", action="append", metavar="CODE", help="ISO alpha-3 or IGO code, e.g. AZE")
    add.add_argument("--scope", choices=("source", "target", "either", "all"),
                     help="which actors --country applies to (default either; all = every country takes part)")
    add.add_argument("--actor", action="append", metavar="PREFIX",
                     help="actor code prefix, e.g. RUSGOV (any Russian government actor) "
                          "or RUSMIL (CAMEO form: matches RUSGOVMIL)")
    add.add_argument("--role", action="append", metavar="ROLE", help="actor role: HEAD, GOV, MIL, DIP, ...")
    add.add_argument("--cameo", action="append", metavar="PREFIX", help="CAMEO code prefix, e.g. 042 or 19")
    add.add_argument("--plover", action="append", metavar="TYPE", help="PLOVER type, e.g. CONSULT")
    add.add_argument("--quad", action="append", metavar="N", help="quad class 1-4")
    add.add_argument("--goldstein-min", type=float, metavar="X", help="lowest Goldstein value")
    add.add_argument("--goldstein-max", type=float, metavar="X", help="highest Goldstein value")
    add.add_argument("--modality", action="append", metavar="M",
                     help="ASSERTED, PLANNED, NEGATED, HYPOTHETICAL (default ASSERTED)")
    add.add_argument("--min-confidence", type=float, metavar="X", help="lowest event confidence, 0-1")
    add.add_argument("--term", action="append", metavar="TEXT", help="keyword or name the sentence must contain")
    add.add_argument("--date-from", metavar="DATE", help="earliest event date, YYYY[-MM[-DD]]")
    add.add_argument("--date-to", metavar="DATE", help="latest event date, YYYY[-MM[-DD]]")
    add.add_argument("--min-events", type=int, metavar="N", help="window threshold: alert at N matching events...")
    add.add_argument("--within", type=int, metavar="SECONDS", help="...within a window of this many seconds")
    add.add_argument("--hop", type=int, metavar="SECONDS", help="hopping windows starting every SECONDS "
                     "(default: tumbling)")
    add.add_argument("--webhook", metavar="URL", help="also POST alerts to this URL, signed with --secret")
    add.add_argument("--secret", help="HMAC-SHA256 key for X-Diplo-Signature (default: generated and printed once)")
    add.add_argument("--stdout", action="store_true", help="also print alerts in the worker's output")
    add_kafka_options(add)
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", help="list subscriptions", description="List every subscription.")
    listing.add_argument("--json", action="store_true", help="one JSON object per line (secrets masked)")
    add_kafka_options(listing)
    listing.set_defaults(func=run_list)

    show = actions.add_parser("show", help="show one subscription as JSON", description="Show one subscription.")
    show.add_argument("id", metavar="ID")
    add_kafka_options(show)
    show.set_defaults(func=run_show)

    remove = actions.add_parser("remove", help="remove a subscription", description="Remove a subscription "
                                "(a tombstone on the subscriptions topic); workers stop alerting for it at once.")
    remove.add_argument("id", metavar="ID")
    add_kafka_options(remove)
    remove.set_defaults(func=run_remove)


def _read_file(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{path} is not valid YAML or JSON: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path} must hold one subscription object")
    return data


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for v in values or [] for part in v.split(",") if part.strip()]


def subscription_from_args(args: argparse.Namespace) -> dict[str, Any]:
    """The subscription the flags (over the file) describe, before validation."""
    data = _read_file(args.file) if args.file else {}
    for key in ("id", "name"):
        if getattr(args, key):
            data[key] = getattr(args, key)
    filt = dict(data.get("filter") or {})
    for flag, field in _LIST_FLAGS.items():
        values = _split(getattr(args, flag))
        if values:
            filt[field] = [int(v) if field == "quad_classes" and v.isdigit() else v for v in values]
    for flag in ("goldstein_min", "goldstein_max", "min_confidence", "date_from", "date_to"):
        if getattr(args, flag) is not None:
            filt[flag] = getattr(args, flag)
    if args.scope:
        filt["country_scope"] = args.scope.upper()
    data["filter"] = filt
    if args.min_events is not None or args.within is not None:
        data["window"] = {"min_events": args.min_events, "size_seconds": args.within, "step_seconds": args.hop}
    if args.webhook:
        data["delivery"] = {"kind": "WEBHOOK", "url": args.webhook, "secret": args.secret}
    elif args.stdout:
        data["delivery"] = {"kind": "STDOUT"}
    return data


def run_add(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    record, generated = asyncio.run(_checked(subscription_from_args(args), args.backfill))  # before any Kafka
    filled = asyncio.run(_add(bootstrap_from(settings), settings, record, args.backfill))
    print(f"Subscription {record['id']} added: {record['name']} ({summarize(record)})")
    if filled is not None:
        print(f"Backfill: {filled.alerts} alert(s) from {filled.events} event(s) already on "
              f"{settings.topics.events}" + (f" ({filled.undecodable} undecodable, skipped)" if filled.undecodable
                                             else ""))
    if generated:
        print(f"Webhook secret (shown once): {generated}")
    return 0


async def _checked(data: dict[str, Any], fill: bool) -> tuple[dict[str, Any], str | None]:
    """The subscription record and its generated secret; a bad subscription is one error line, with no Kafka."""
    from diplo.processors.alert_validation import SubscriptionError

    if not data.get("name"):
        raise SubscriptionError("name", "is required (--name or name: in the file)")
    record, generated = await new_subscription(data, allow_private_webhooks=False, on_private=_private_note)
    if fill and record.get("window"):
        raise SubscriptionError("window", "--backfill matches single events; window rules count live events only")
    return record, generated


async def _add(bootstrap: str, settings: Settings, record: dict[str, Any], fill: bool = False
               ) -> BackfillReport | None:
    from diplo.processors.alert_validation import SubscriptionError

    await ensure_topics(bootstrap, settings)
    existing = {s["id"] for s in await load_subscriptions(bootstrap, settings)}
    if record["id"] in existing:
        raise SubscriptionError("id", f"subscription {record['id']} already exists; remove it first")
    producer = make_producer(bootstrap, settings)
    codec = make_codec(settings)
    await producer.start()
    filled = None
    try:
        await publish_subscription(producer, settings, codec, record)
        if fill:
            filled = await backfill(bootstrap, settings, codec, record, producer)
    finally:
        await producer.stop()
        codec.close()
    return filled


def _private_note(problem: str) -> None:
    """The workers decide about private hosts (DIPLO_ALLOW_PRIVATE_WEBHOOKS); say what they will do."""
    print(f"Note: {problem.split('; set ')[0]}: the workers deliver to it only if they run with "
          "DIPLO_ALLOW_PRIVATE_WEBHOOKS=1; otherwise each alert goes to alerts.dlq (see `diplo alerts`).",
          file=sys.stderr)


def summarize(s: dict[str, Any]) -> str:
    """One line: the non-empty criteria, the window and the delivery."""
    f = s["filter"]
    parts = []
    if f.get("countries"):
        parts.append(f"countries {f['country_scope'].lower()} {','.join(f['countries'])}")
    labels = {"actors": "actors", "roles": "roles", "cameo_prefixes": "CAMEO", "plover_types": "PLOVER",
              "quad_classes": "quad", "modalities": "modality", "terms": "terms"}
    for field, label in labels.items():
        if f.get(field) and not (field == "modalities" and f[field] == ["ASSERTED"]):
            parts.append(f"{label} {','.join(map(str, f[field]))}")
    if f.get("goldstein_min") is not None or f.get("goldstein_max") is not None:
        parts.append(f"Goldstein {f.get('goldstein_min', '')}..{f.get('goldstein_max', '')}")
    if f.get("min_confidence"):
        parts.append(f"confidence>={f['min_confidence']:g}")
    if f.get("date_from") or f.get("date_to"):
        parts.append(f"dates {f.get('date_from') or ''}..{f.get('date_to') or ''}")
    w = s.get("window")
    if w:
        kind = f"hop {w['step_seconds']}s" if w.get("step_seconds") else "tumbling"
        parts.append(f">={w['min_events']} events in {w['size_seconds']}s ({kind})")
    d = s["delivery"]
    parts.append(f"-> {d['kind'].lower()}" + (f" {d['url']}" if d.get("url") else ""))
    return "; ".join(parts)


def run_list(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    subscriptions = asyncio.run(load_subscriptions(bootstrap_from(settings), settings))
    for s in subscriptions:
        if args.json:
            print(json.dumps(mask_secret(s), ensure_ascii=False))
        else:
            print(f"{s['id']}\t{s['name']}\t{summarize(s)}")
    if not subscriptions and not args.json:
        print("No subscriptions.", file=sys.stderr)
    return 0


def _find(settings: Settings, sub_id: str) -> dict[str, Any]:
    from diplo.processors.errors import DiploError

    for s in asyncio.run(load_subscriptions(bootstrap_from(settings), settings)):
        if s["id"] == sub_id:
            return s
    raise DiploError(f"no subscription {sub_id!r} (see `diplo subscribe list`)")


def run_show(args: argparse.Namespace) -> int:
    print(json.dumps(mask_secret(_find(settings_from_args(args), args.id)), indent=2, ensure_ascii=False))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    _find(settings, args.id)
    asyncio.run(_remove(bootstrap_from(settings), settings, args.id))
    print(f"Subscription {args.id} removed.")
    return 0


async def _remove(bootstrap: str, settings: Settings, sub_id: str) -> None:
    producer = make_producer(bootstrap, settings)
    await producer.start()
    try:
        await publish_tombstone(producer, settings, sub_id)
    finally:
        await producer.stop()
