"""``diplo broker start|stop|status``: the local single-node Kafka from Maven Central jars."""

from __future__ import annotations

import argparse

from diplo.streams.local_kafka import KAFKA_VERSION, default_broker
from diplo.streams.settings import Settings

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "broker",
        help="start, stop or inspect the local Kafka broker",
        description=f"Manage a local Apache Kafka {KAFKA_VERSION} broker (KRaft, single node, 127.0.0.1). "
        "The jars are fetched once with Maven into ~/.cache/diplo [env: DIPLO_KAFKA_CACHE]; "
        "data lives under $DIPLO_HOME/kafka [env: DIPLO_HOME, default ~/.diplo].",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = actions.add_parser("start", help="start the broker and wait until it answers")
    start.add_argument("--port", type=int, default=None,
                       help="client port on 127.0.0.1 (default: the port of the last start, else 9092)")
    start.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the broker (default 120)")
    actions.add_parser("stop", help="stop the broker cleanly (SIGTERM, then wait)")
    actions.add_parser("status", help="say whether the broker runs and where")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    broker = default_broker(settings.state_dir, port=getattr(args, "port", None))
    if args.action == "start" and broker.port is None and not broker.saved_ports():
        broker.port = 9092
    if args.action == "start":
        running = broker.info()
        started = broker.start(timeout=args.timeout)
        verb = "already running" if running else "started"
        print(f"Kafka {KAFKA_VERSION} {verb} on {started.bootstrap} (pid {started.pid}, data {started.data_dir})")
        return 0
    if args.action == "stop":
        print("Kafka stopped" if broker.stop() else "Kafka was not running")
        return 0
    info = broker.info()
    if info is None:
        print("Kafka is not running")
        return 3
    print(f"Kafka running on {info.bootstrap} (pid {info.pid}, data {info.data_dir})")
    return 0
