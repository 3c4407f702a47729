"""``diplo store``: the storage sink, Kafka topics into SQLite (default) or PostgreSQL, until stopped."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from diplo.streams.settings import Settings
from diplo.streams.storage import describe_target, open_store, store_target
from diplo.streams.storage.offline import load_extract_output
from diplo.streams.storage.sink import BatchReport, SinkOptions, run_sink
from diplo.streams.storage.sink_group import store_group
from diplo.streams.topic_admin import ensure_topics

from .common import add_kafka_options, add_setting, bootstrap_from, configure_logging, settings_from_args

__all__ = ["register", "add_database_option", "database_from"]


def add_database_option(parser: argparse.ArgumentParser) -> None:
    add_setting(parser, "--database", "database_url",
                "PostgreSQL URL (postgresql://user@host/db) or SQLite file path; default: diplo.sqlite under "
                "DIPLO_HOME", metavar="URL")


def database_from(settings: Settings) -> str:
    return store_target(settings.database_url, settings.sqlite_path)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "store",
        help="store events, entities and alerts in SQLite or PostgreSQL",
        description="Consume events.diplomatic, entities and alerts as a consumer group and upsert them into the "
        "database, committing Kafka offsets only after the database commit. Creates and migrates the schema. "
        "Undecodable records go to store.dlq with the reason; a database outage is retried with backoff. "
        "Runs until stopped (Ctrl-C / SIGTERM finish the current batch). Each database has its own consumer group, "
        "recorded in it the first time: a new database takes the topics' whole history, the same database resumes "
        "where it stopped. --input loads `diplo extract` output instead, with no Kafka.",
    )
    add_kafka_options(parser)
    add_database_option(parser)
    add_setting(parser, "--app-id", "app_id", "app id; the sink's consumer groups are named <app id>-store-...",
                metavar="ID")
    parser.add_argument("--group", default=None, metavar="ID",
                        help="consumer group (default: the database's own, <app id>-store-<random>, recorded in it on "
                        "first use; databases filled before diplo recorded groups keep <app id>-store)")
    parser.add_argument("--input", default=None, metavar="FILE",
                        help="store the JSON lines of `diplo extract --output` from FILE (- for stdin) instead of "
                        "consuming Kafka")
    parser.add_argument("--max-batch", type=int, default=500, metavar="N",
                        help="most records written per database transaction (default 500)")
    parser.add_argument("--idle-exit", type=float, default=None, metavar="SECONDS",
                        help="stop when no record arrived for this long (default: run until stopped)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print no per-batch progress lines")
    parser.add_argument("--loglevel", default="warning", help="log level (default warning)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    configure_logging(args.loglevel)
    settings = settings_from_args(args)
    target = database_from(settings)
    if args.input is not None:
        events, articles = load_extract_output(args.input, target)
        print(f"Stored {events} event(s) of {articles} article(s) from {args.input} into {describe_target(target)}.",
              file=sys.stderr)
        return 0
    bootstrap = bootstrap_from(settings, connect_timeout=None)  # long-running, like the worker
    with open_store(target) as db:
        group = store_group(db, settings.app_id, args.group)
    options = SinkOptions(group_id=group, max_batch=max(1, args.max_batch), idle_exit=args.idle_exit)
    print(f"Storing {settings.topics.events}, {settings.topics.entities} and {settings.topics.alerts} into "
          f"{describe_target(target)} (group {options.group_id}).", file=sys.stderr, flush=True)
    totals = asyncio.run(_store(settings, bootstrap, target, options, quiet=args.quiet))
    print(f"Stored {totals.events} event(s), {totals.entities} entity record(s), {totals.alerts} alert(s); "
          f"{totals.dead_letters} dead letter(s) to {settings.topics.store_dlq}.", file=sys.stderr)
    return 0


async def _store(settings: Settings, bootstrap: str, target: str, options: SinkOptions, quiet: bool) -> BatchReport:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await ensure_topics(bootstrap, settings)

    def progress(report: BatchReport) -> None:
        if not quiet:
            print(f"batch: {report.messages} message(s), {report.events} event(s), {report.entities} entities, "
                  f"{report.alerts} alert(s), {report.dead_letters} dead letter(s), {report.retries} retr(y/ies)",
                  file=sys.stderr, flush=True)

    return await run_sink(settings, bootstrap, target, options, stop, progress)
