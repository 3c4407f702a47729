"""``diplo registry start|stop|status|register``: a local Confluent-compatible schema registry beside the broker."""

from __future__ import annotations

import argparse

from diplo.streams.confluent import register_schemas
from diplo.streams.errors import ConfigError
from diplo.streams.local_registry import REGISTRY_VERSION, default_registry
from diplo.streams.schema_registry import SchemaRegistry
from diplo.streams.schema_store import load_store
from diplo.streams.settings import Settings

from .common import add_setting, settings_from_args

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "registry",
        help="start, stop or inspect a local schema registry (Confluent wire format)",
        description=f"Manage a local Apicurio Registry {REGISTRY_VERSION} (Confluent-compatible API under "
        "/apis/ccompat/v7, in-memory storage, 127.0.0.1), built once by Maven from Maven Central into "
        "~/.cache/diplo [env: DIPLO_KAFKA_CACHE]. `start` sets compatibility BACKWARD and registers diplo's "
        "schemas under <topic>-value; point diplo at it with DIPLO_SCHEMA_REGISTRY_URL (printed) and every "
        "command writes the Confluent wire format; readers accept both framings.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start = actions.add_parser("start", help="build (first time), start, set BACKWARD and register the schemas")
    start.add_argument("--port", type=int, default=8081, help="HTTP port on 127.0.0.1 (default 8081)")
    start.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for it (default 120)")
    add_setting(start, "--topic-prefix", "topic_prefix", "prefix of the topics whose subjects to register",
                metavar="PREFIX")
    actions.add_parser("stop", help="stop the local registry")
    actions.add_parser("status", help="say whether the local registry runs and where")
    reg = actions.add_parser("register", help="register diplo's schemas under <topic>-value in a registry")
    add_setting(reg, "--url", "schema_registry_url", "Confluent-compatible registry URL; default: the local one",
                metavar="URL")
    add_setting(reg, "--topic-prefix", "topic_prefix", "prefix of the topics whose subjects to register",
                metavar="PREFIX")
    parser.set_defaults(func=run)


def _register(settings: Settings, url: str) -> None:
    client = SchemaRegistry(url)
    try:
        done = register_schemas(client, load_store(), settings.topics)
    finally:
        client.close()
    for subject, ids in sorted(done.items()):
        print(f"  {subject}: schema id(s) {', '.join(map(str, ids))} (compatibility BACKWARD)")


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    registry = default_registry(settings.state_dir, port=getattr(args, "port", None))
    if args.action == "start":
        running = registry.info()
        started = registry.start(timeout=args.timeout)
        verb = "already running" if running else "started"
        print(f"Apicurio Registry {REGISTRY_VERSION} {verb} (pid {started.pid}); registered:")
        _register(settings, started.url)
        print(f"export DIPLO_SCHEMA_REGISTRY_URL={started.url}")
        return 0
    if args.action == "stop":
        print("Schema registry stopped" if registry.stop() else "Schema registry was not running")
        return 0
    if args.action == "register":
        info = registry.info()
        url = settings.schema_registry_url or (info.url if info else None)
        if not url:
            raise ConfigError("no schema registry: run `diplo registry start` or set DIPLO_SCHEMA_REGISTRY_URL")
        print(f"Registered in {url}:")
        _register(settings, url)
        return 0
    info = registry.info()
    if info is None:
        print("Schema registry is not running")
        return 3
    print(f"Schema registry running at {info.url} (pid {info.pid})")
    return 0
