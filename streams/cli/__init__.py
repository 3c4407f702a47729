"""The ``diplo`` command line: a thin layer that turns library errors into one line.

Each command lives in its own module with ``register(subparsers)``; the parser
sets ``func(args) -> int``. Library code never exits: ``DiploError`` becomes
``Error: <message>`` on stderr with exit code 1.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from aiokafka.errors import KafkaConnectionError, KafkaError

from diplo import __version__
from diplo.processors.errors import DiploError
from diplo.streams.config_file import find_config, read_config
from diplo.streams.kafka_io import describe_kafka_error
from diplo.streams.settings import file_layer

__all__ = ["main", "build_parser", "COMMAND_MODULES"]

# one module per command (group); order is the order of --help
COMMAND_MODULES = (
    "broker",
    "registry",
    "config",
    "worker",
    "produce",
    "consume",
    "extract",
    "demo",
    "evaluate",
    "train",
    "subscribe",
    "alerts",
    "store",
    "query",
    "stats",
    "export",
    "plot",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplo",
        description="Turn news articles into diplomatic event data, live on Kafka.",
    )
    parser.add_argument("--version", action="version", version=f"diplo {__version__}")
    parser.add_argument("--config", dest="config_file", default=None, metavar="FILE", help=_CONFIG_HELP)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers)
    for command in subparsers.choices.values():  # `diplo worker --config FILE` works as well
        command.add_argument("--config", dest="config_file", default=argparse.SUPPRESS, metavar="FILE",
                             help=_CONFIG_HELP)
    return parser


_CONFIG_HELP = "settings file (TOML; keys as the environment variables); default ./diplo.toml [env: DIPLO_CONFIG]"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # client libraries log every retry; the CLI reports the outcome in one line instead
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    try:
        with file_layer(_config_values(args)):
            return int(args.func(args) or 0)
    except DiploError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KafkaConnectionError:
        where = (
            getattr(args, "bootstrap_servers", None) or os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or "the local broker"
        )
        print(f"Error: cannot connect to Kafka at {where}", file=sys.stderr)
        return 1
    except KafkaError as exc:
        print(f"Error: Kafka: {describe_kafka_error(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _config_values(args: argparse.Namespace) -> dict[str, str]:
    """The config file's settings (none without a file); kept on ``args`` for `diplo config`."""
    path = find_config(getattr(args, "config_file", None))
    args.config_path = path
    return read_config(path) if path else {}
