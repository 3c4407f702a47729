"""``diplo demo``: the whole pipeline on the seed articles, on a local broker, in one command."""

from __future__ import annotations

import argparse
import asyncio
import shutil
import signal
import subprocess
import sys
import time
from importlib import resources

from aiokafka.admin import AIOKafkaAdminClient
from rich.console import Console

from diplo.streams.app import worker_datadir
from diplo.streams.article_sources import iter_sources
from diplo.streams.codec import make_codec
from diplo.streams.errors import BrokerError
from diplo.streams.kafka_io import read_topic
from diplo.streams.local_kafka import default_broker, free_port, port_open
from diplo.streams.render import events_table
from diplo.streams.settings import Settings, effective_environ
from diplo.streams.topic_admin import ensure_topics

from .common import add_kafka_options, settings_from_args
from .produce import produce_articles

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="run the pipeline on the seed articles and print the events",
        description="Start a local Kafka broker if none is configured, start a worker, produce the seed articles "
        "(or INPUTs), print the resulting events as a table, and shut everything down again.",
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="articles to use instead of the bundled seeds")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for results (default 300)")
    add_kafka_options(parser)
    parser.set_defaults(func=run)


def _seed_inputs() -> list[str]:
    return [str(resources.files("diplo.seeds").joinpath("articles.jsonl"))]


def run(args: argparse.Namespace) -> int:
    console = Console(stderr=True)
    settings = settings_from_args(args)
    stamp = time.strftime("%Y%m%d%H%M%S")
    own_prefix = not settings.topic_prefix
    if own_prefix:  # a fresh set of topics per demo run, removed at the end
        settings = settings.with_(topic_prefix=f"demo-{stamp}.", app_id="diplo")
    broker = None
    bootstrap = settings.bootstrap_servers
    if not bootstrap:
        local = default_broker(settings.state_dir, port=9092)
        running = local.info()
        if running:
            bootstrap = running.bootstrap
        else:
            if port_open(9092):
                local = default_broker(settings.state_dir, port=free_port())
            console.print("Starting a local Kafka broker (the first run fetches the jars with Maven) ...")
            bootstrap = local.start().bootstrap
            broker = local
    try:
        return _run_demo(console, settings, bootstrap, args)
    finally:
        if own_prefix:
            try:
                asyncio.run(_remove_demo_data(console, bootstrap, settings))
            except Exception as exc:  # the demo's own outcome matters more than its cleanup
                console.print(f"Could not remove the demo's topics ({exc}); they start with {settings.topic_prefix}")
        if broker is not None:
            console.print("Stopping the local Kafka broker ...")
            broker.stop()


async def _remove_demo_data(console: Console, bootstrap: str, settings: Settings) -> None:
    """Delete the run's topics (every name starts with its prefix) and its worker's data directory."""
    shutil.rmtree(worker_datadir(settings), ignore_errors=True)
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **settings.kafka_client_options(AIOKafkaAdminClient))
    await admin.start()
    try:
        topics = [t for t in await admin.list_topics() if t.startswith(settings.topic_prefix)]
        if topics:
            await admin.delete_topics(topics)
        console.print(f"Removed the demo's {len(topics)} topics ({settings.topic_prefix}*) and its data directory.")
    finally:
        await admin.close()


def _run_demo(console: Console, settings: Settings, bootstrap: str, args: argparse.Namespace) -> int:
    asyncio.run(ensure_topics(bootstrap, settings))
    log_path = settings.state_dir / "demo-worker.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {**effective_environ(), "KAFKA_BOOTSTRAP_SERVERS": bootstrap, "DIPLO_TOPIC_PREFIX": settings.topic_prefix,
           "DIPLO_APP_ID": settings.app_id}
    console.print(f"Starting a worker (log: {log_path}) ...")
    with open(log_path, "wb") as log:
        worker = subprocess.Popen([sys.executable, "-m", "diplo", "worker", "--loglevel", "info"], env=env,
                                  stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        items = list(iter_sources(args.inputs or _seed_inputs()))
        sent, rejected = asyncio.run(produce_articles(bootstrap, settings, items))
        console.print(f"Produced {sent} article(s) to {settings.topics.articles} ({rejected} rejected); waiting ...")
        events, done = asyncio.run(_collect(bootstrap, settings, sent, args.timeout, worker))
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
    if done < sent:
        raise BrokerError(f"only {done} of {sent} articles were processed within {args.timeout:.0f}s; see {log_path}")
    out = Console()
    if not out.is_terminal:  # piped or captured: do not squeeze the table into 80 columns
        out = Console(width=160)
    out.print(events_table(events, title=f"{len(events)} diplomatic events from {sent} articles"))
    return 0


async def _collect(bootstrap: str, settings: Settings, expected: int, timeout: float, worker: subprocess.Popen
                   ) -> tuple[list[dict], int]:
    """Read until every article's entities record arrived (its events are in the log by then)."""
    codec = make_codec(settings)
    topics = settings.topics
    events: dict[str, dict] = {}
    finished: set[str] = set()
    deadline = time.monotonic() + timeout

    def give_up() -> bool:
        return time.monotonic() > deadline or worker.poll() is not None

    async for record in read_topic(bootstrap, settings, [topics.entities, topics.events, topics.articles_dlq],
                                   from_beginning=True, should_stop=give_up):
        name, value = codec.decode(record.value)
        if name == "DiplomaticEvent":
            events[value["event_id"]] = value
        elif name == "ArticleEntities":
            finished.add(value["article_id"])
        else:
            finished.add(f"dlq:{record.offset}")
        if len(finished) >= expected:
            break
    # read the events topic to its end: events are acknowledged before their entities record
    async for record in read_topic(bootstrap, settings, [topics.events], from_beginning=True, idle_timeout=1.0):
        _, value = codec.decode(record.value)
        events[value["event_id"]] = value
    ordered = sorted(events.values(), key=lambda e: (e["article_id"], e["sentence"], e["cameo_code"]))
    return ordered, len(finished)
