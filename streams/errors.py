"""Errors of the Kafka side and the CLI, on top of the domain catalogue.

Library code raises these; only the CLI turns them into ``Error: ...`` and an
exit code.
"""

from __future__ import annotations

from diplo.processors.errors import ArticleError, DiploError

__all__ = ["DiploError", "ArticleError", "ConfigError", "BrokerError", "InputError"]


class ConfigError(DiploError):
    """A setting or option has a value diplo cannot use."""

    reason_code = "bad_config"


class BrokerError(DiploError):
    """Kafka could not be reached, started or stopped."""

    reason_code = "broker"


class InputError(DiploError):
    """An input file or stream cannot be read as articles."""

    reason_code = "bad_input"
