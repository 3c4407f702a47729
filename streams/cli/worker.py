"""``diplo worker``: run the stream processors (a faust worker) until stopped."""

from __future__ import annotations

import argparse
import asyncio
import logging

from diplo.streams.app import COMPONENTS, make_app, worker_datadir
from diplo.streams.log_limits import limit_repeats
from diplo.streams.topic_admin import ensure_topics, with_replication

from .common import add_kafka_options, add_setting, bootstrap_from, settings_from_args

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "worker",
        help="run the stream processors until stopped",
        description="Run a diplo worker: consume articles, extract entities and events, publish Avro records. "
        "Start more workers (same app id) to share the partitions.",
    )
    add_kafka_options(parser)
    parser.add_argument("--agents", default="extract",
                        help=f"comma-separated components to run, from: {', '.join(COMPONENTS)} (default: extract)")
    add_setting(parser, "--partitions", "partitions", "partitions for topics this worker creates",
                type=int, metavar="N")
    add_setting(parser, "--batch-size", "batch_size", "articles taken from Kafka per batch", type=int, metavar="N")
    add_setting(parser, "--nlp-batch-size", "nlp_batch_size", "documents per nlp.pipe minibatch (memory)", type=int,
                metavar="N")
    add_setting(parser, "--model", "model", "spaCy model package to load", metavar="NAME")
    add_setting(parser, "--web-port", "web_port", "serve HTTP (health, API) on this port; off when unset",
                type=int, metavar="PORT")
    add_setting(parser, "--app-id", "app_id", "faust app id = consumer group of the workers", metavar="ID")
    parser.add_argument("--loglevel", default="warning",
                        help="log level of faust and the Kafka client (default warning); diplo's own lines (ready, "
                             "rebalances, dead letters, the summary every DIPLO_LOG_SUMMARY_SECONDS) log at info "
                             "unless this is error or critical")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplo.streams.runtime.worker import DiploWorker, check_port_free

    settings = settings_from_args(args)
    if settings.web_port is not None:
        check_port_free(settings.web_host, settings.web_port)
    bootstrap = bootstrap_from(settings, connect_timeout=None)  # a supervised worker waits for Kafka, never loops
    settings = asyncio.run(with_replication(bootstrap, settings))
    logging.getLogger("aiokafka").setLevel(logging.NOTSET)  # the worker logs client trouble (main() muted it)
    asyncio.run(ensure_topics(bootstrap, settings))
    components = [c.strip() for c in args.agents.split(",") if c.strip()]
    worker_datadir(settings).parent.mkdir(parents=True, exist_ok=True)
    app = make_app(settings, bootstrap, components)
    limit_repeats("aiokafka")  # one line per kind of client error per 10 s while Kafka is unreachable
    worker = DiploWorker(app, loglevel=args.loglevel, quiet=True, override_logging=True)
    return worker.run()
