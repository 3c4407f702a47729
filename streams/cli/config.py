"""``diplo config``: the effective settings and where each comes from, secrets masked."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from diplo.streams.settings import Settings, file_layer_values, is_secret_property, property_var

from .common import add_kafka_options, add_setting, setting_flags, settings_from_args

__all__ = ["register", "describe_settings"]

MASK = "********"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "config",
        help="print the effective settings (flag > environment > diplo.toml > default)",
        description="Print every setting as TOML (usable as a diplo.toml), each with its environment variable and "
        "where its value comes from: a flag, the environment, the config file, or the default. Secrets are masked.",
    )
    add_kafka_options(parser)
    add_setting(parser, "--app-id", "app_id", "app id (consumer groups; starts with the topic prefix)", metavar="ID")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    path: Path | None = getattr(args, "config_path", None)
    sys.stdout.write(describe_settings(settings, setting_flags(args), file_layer_values(), dict(os.environ), path))
    return 0


def describe_settings(settings: Settings, flags: set[str], file_values: dict[str, str], environ: dict[str, str],
                      path: Path | None) -> str:
    """TOML lines: ``name = value  # VARIABLE, source``; unset settings commented out."""
    where = str(path) if path else "no config file"
    lines = [f"# effective settings: flag > environment > {where} > default"]
    secret = {f for f in Settings.__dataclass_fields__.values() if f.metadata.get("secret")}
    secret_names = {f.name for f in secret}
    for name, var in Settings.env_vars().items():
        value = getattr(settings, name)
        source = _source(var, name in flags, file_values, environ)
        if value is None:
            lines.append(f"# {name} is unset  # {var}, {source}")
            continue
        shown = MASK if name in secret_names else _mask_url(value) if isinstance(value, str) else value
        lines.append(f"{name} = {_toml(shown)}  # {var}, {source}")
    if settings.kafka_properties:
        lines += ["", "[kafka]"]
        for prop, value in sorted(settings.kafka_properties.items()):
            var = property_var(prop)
            shown = MASK if is_secret_property(prop) else value
            lines.append(f"{json.dumps(prop)} = {_toml(shown)}  # {var}, {_source(var, False, file_values, environ)}")
    return "\n".join(lines) + "\n"


def _source(var: str, flagged: bool, file_values: dict[str, str], environ: dict[str, str]) -> str:
    if flagged:
        return "flag"
    if environ.get(var):
        return "environment"
    if file_values.get(var):
        return "config file"
    return "default"


def _mask_url(text: str) -> str:
    """postgresql://diplo:pw@db/x -> postgresql://diplo:********@db/x (a URL may carry a password)."""
    parts = urlsplit(text)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", f":{MASK}@", 1)
        return urlunsplit(parts._replace(netloc=netloc))
    return text


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(str(value))
