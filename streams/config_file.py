"""diplo.toml: the settings of a deployment in one file, below the environment and the flags.

Keys are the settings' names (``topic_prefix``) or their environment
variables (``DIPLO_TOPIC_PREFIX``), so every setting in streams/settings.py is
a file key without extra wiring; a ``[kafka]`` table passes Kafka client
properties through (``"request.timeout.ms" = 60000``), like DIPLO_KAFKA_*.
The file is read from ``--config``, else $DIPLO_CONFIG, else ./diplo.toml.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .settings import Settings, property_var

__all__ = ["CONFIG_NAME", "find_config", "read_config"]

CONFIG_NAME = "diplo.toml"


def find_config(explicit: str | None, environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> Path | None:
    """The config file to use: ``explicit`` (must exist), $DIPLO_CONFIG (must exist), ./diplo.toml, or none."""
    env = os.environ if environ is None else environ
    named = explicit or env.get("DIPLO_CONFIG")
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file {path} does not exist")
        return path
    default = (cwd or Path.cwd()) / CONFIG_NAME
    return default if default.is_file() else None


def read_config(path: Path) -> dict[str, str]:
    """The file's settings as environment-variable name -> text, checked against the known settings."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    names = Settings.env_vars()
    known = {**{name: var for name, var in names.items()}, **{var: var for var in names.values()}}
    out: dict[str, str] = {}
    for key, value in data.items():
        if key == "kafka" and isinstance(value, dict):
            for prop, prop_value in value.items():
                out[property_var(prop)] = _text(path, f"kafka.{prop}", prop_value)
            continue
        var = known.get(key) or known.get(key.replace("-", "_"))
        if var is None:
            raise ConfigError(f"{path}: unknown setting {key!r}; known: {', '.join(sorted(names))} and [kafka]")
        out[var] = _text(path, key, value)
    return out


def _text(path: Path, key: str, value: Any) -> str:
    """A TOML value as the text its environment variable would hold."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value)
    raise ConfigError(f"{path}: {key} must be a string, number or boolean, got {type(value).__name__}")
