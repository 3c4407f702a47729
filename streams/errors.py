"""Errors of the Kafka side and the CLI, from the catalogue in processors/errors.py.

Library code raises these; only the CLI turns them into ``Error: ...`` and an
exit code.
"""

from __future__ import annotations

from diplo.processors.errors import ArticleError, DiploError, error_class

__all__ = ["DiploError", "ArticleError", "ConfigError", "BrokerError", "InputError"]

ConfigError = error_class("ConfigError", "bad_config", __name__)
BrokerError = error_class("BrokerError", "broker", __name__)
InputError = error_class("InputError", "bad_input", __name__)
