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

from diplo import __version__
from diplo.processors.errors import DiploError
from diplo.streams.config_file import find_config, read_config
from diplo.streams.settings import file_layer

__all__ = ["main", "build_parser", "named_command", "COMMANDS", "COMMAND_MODULES"]

# command -> the module that registers it; order is the order of --help
COMMANDS = {
    "broker": "broker",
    "registry": "registry",
    "config": "config",
    "worker": "worker",
    "produce": "produce",
    "consume": "consume",
    "extract": "extract",
    "demo": "demo",
    "eval": "evaluate",
    "train": "train",
    "subscribe": "subscribe",
    "alerts": "alerts",
    "store": "store",
    "query": "query",
    "stats": "stats",
    "export": "export",
    "plot": "plot",
}
COMMAND_MODULES = tuple(COMMANDS.values())


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of ``command`` alone: then only its module is imported (the others'
    imports, the storage, alerting and worker stacks, cost ``diplo extract`` 0.2 s of start-up)."""
    parser = argparse.ArgumentParser(
        prog="diplo",
        description="Turn news articles into diplomatic event data, live on Kafka.",
    )
    parser.add_argument("--version", action="version", version=f"diplo {__version__}")
    parser.add_argument("--config", dest="config_file", default=None, metavar="FILE", help=_CONFIG_HELP)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in [COMMANDS[command]] if command in COMMANDS else COMMAND_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers)
    for sub in subparsers.choices.values():  # `diplo worker --config FILE` works as well
        sub.add_argument("--config", dest="config_file", default=argparse.SUPPRESS, metavar="FILE",
                         help=_CONFIG_HELP)
    return parser


def named_command(argv: Sequence[str]) -> str | None:
    """The command word of a command line (the first argument that is no option or the config file), if any."""
    rest = iter(argv)
    for arg in rest:
        if arg == "--config":
            next(rest, None)
        elif not arg.startswith("-"):
            return arg
    return None


_CONFIG_HELP = "settings file (TOML; keys as the environment variables); default ./diplo.toml [env: DIPLO_CONFIG]"


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # an unknown command or none (`diplo`, `diplo --help`) gets the whole parser, to list every command
    args = build_parser(named_command(argv)).parse_args(argv)
    # client libraries log every retry; the CLI reports the outcome in one line instead
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    try:
        with file_layer(_config_values(args)):
            return int(args.func(args) or 0)
    except DiploError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if not _kafka_error(exc, args):
            raise
        return 1


def _kafka_error(exc: Exception, args: argparse.Namespace) -> bool:
    """Report a Kafka client error in one line, if ``exc`` is one. aiokafka is imported only by the commands that
    talk to Kafka (``diplo extract`` starts 0.06 s sooner without it): when it is not loaded, no error is its."""
    errors = sys.modules.get("aiokafka.errors")
    if errors is None or not isinstance(exc, errors.KafkaError):
        return False
    if isinstance(exc, errors.KafkaConnectionError):
        where = (
            getattr(args, "bootstrap_servers", None) or os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or "the local broker"
        )
        print(f"Error: cannot connect to Kafka at {where}", file=sys.stderr)
    else:
        from diplo.streams.kafka_io import describe_kafka_error

        print(f"Error: Kafka: {describe_kafka_error(exc)}", file=sys.stderr)
    return True


def _config_values(args: argparse.Namespace) -> dict[str, str]:
    """The config file's settings (none without a file); kept on ``args`` for `diplo config`."""
    path = find_config(getattr(args, "config_file", None))
    args.config_path = path
    return read_config(path) if path else {}
