"""Errors of the Kafka side and the CLI, from the catalogue in processors/errors.py.

Library code raises these; only the CLI turns them into ``Error: ...`` and an
exit code.
"""

from __future__ import annotations

from diplo.processors.errors import ArticleError, DiploError

__all__ = ["DiploError", "ArticleError", "ConfigError", "BrokerError", "InputError"]

class ConfigError(DiploError, code="bad_config"): ...
class BrokerError(DiploError, code="broker"): ...
class InputError(DiploError, code="bad_input"): ...
