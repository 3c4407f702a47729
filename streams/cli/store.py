"""``diplo store``: the storage sink, Kafka topics into SQLite (default) or PostgreSQL, until stopped."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from diplo.streams.settings import Settings
from diplo.streams.storage import describe_target, store_target
from diplo.streams.storage.sink import BatchReport, SinkOptions, run_sink
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
        "Runs until stopped (Ctrl-C / SIGTERM finish the current batch).",
    )
    add_kafka_options(parser)
    add_database_option(parser)
    add_setting(parser, "--app-id", "app_id", "app id; the sink's consumer group is <app id>-store", metavar="ID")
    parser.add_argument("--group", default=None, metavar="ID", help="consumer group (default: <app id>-store)")
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
    bootstrap = bootstrap_from(settings)
    target = database_from(settings)
    options = SinkOptions(group_id=args.group or f"{settings.app_id}-store", max_batch=max(1, args.max_batch),
                          idle_exit=args.idle_exit)
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
