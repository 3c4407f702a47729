"""Options shared by several commands; each names the environment variable it overrides."""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
from typing import Any

from diplo.streams.settings import Settings

__all__ = ["add_kafka_options", "add_setting", "setting_flags", "settings_from_args", "bootstrap_from",
           "configure_logging"]

# argparse dest -> Settings field, for options added through add_setting
_SETTING_OPTIONS: dict[str, str] = {}


def add_setting(parser: argparse.ArgumentParser, flag: str, setting: str, help: str, **kwargs: Any) -> None:
    """Add ``flag`` overriding Settings.``setting``; the help text names its environment variable."""
    var = Settings.env_var(setting)
    parser.add_argument(flag, dest=setting, default=None, help=f"{help} [env: {var}]", **kwargs)
    _SETTING_OPTIONS[setting] = setting


def add_kafka_options(parser: argparse.ArgumentParser) -> None:
    add_setting(parser, "--bootstrap-servers", "bootstrap_servers",
                "Kafka bootstrap servers, host:port[,host:port]; default: the local broker of `diplo broker start`",
                metavar="HOSTS")
    add_setting(parser, "--topic-prefix", "topic_prefix", "prefix for every diplo topic name", metavar="PREFIX")
    add_setting(parser, "--connect-timeout", "connect_timeout",
                "seconds to wait for Kafka at start, retrying with backoff; 0 = one attempt, inf = forever "
                "(default: forever for worker and store, 10 for other commands)", type=float, metavar="SECONDS")


def setting_flags(args: argparse.Namespace) -> set[str]:
    """The settings a flag of this command line set."""
    return {name for name in _SETTING_OPTIONS if getattr(args, name, None) is not None}


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides = {name: getattr(args, name) for name in _SETTING_OPTIONS if hasattr(args, name)}
    return Settings.from_env(**overrides)


ONE_SHOT_CONNECT_TIMEOUT = 10.0  # seconds; long-running commands (worker, store) wait forever by default


def bootstrap_from(settings: Settings, connect_timeout: float | None = ONE_SHOT_CONNECT_TIMEOUT) -> str:
    """The bootstrap servers, once Kafka answers there (--connect-timeout overrides ``connect_timeout``)."""
    from diplo.streams.connect import wait_for_cluster  # the Kafka stack, only for commands that use it
    from diplo.streams.local_kafka import resolve_bootstrap

    bootstrap = resolve_bootstrap(settings.bootstrap_servers, settings.state_dir)
    timeout = settings.connect_timeout if settings.connect_timeout is not None else connect_timeout
    asyncio.run(wait_for_cluster(bootstrap, settings, None if timeout == math.inf else timeout))
    return bootstrap


def configure_logging(level: str = "WARNING") -> None:
    logging.basicConfig(level=getattr(logging, level.upper(), logging.WARNING),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
