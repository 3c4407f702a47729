"""Storage errors, from the catalogue: an outage is worth retrying, bad data or a bad URL is not.

Callers catch them by type (the sink retries ``StorageUnavailableError``,
dead-letters what ``StorageDataError`` refuses, stops on the last two).
"""

from __future__ import annotations

from diplo.processors.errors import DiploError

__all__ = ["StorageError", "StorageUnavailableError", "StorageDataError", "SchemaVersionError", "DatabaseUrlError",
           "first_line", "driver_error"]

class StorageError(DiploError, code="storage"): ...
class StorageUnavailableError(StorageError, code="storage_unavailable"): ...
class StorageDataError(StorageError, code="storage_rejected"): ...
class SchemaVersionError(StorageError, code="schema_too_new"): ...
class DatabaseUrlError(StorageError, code="bad_database_url"): ...


def first_line(exc: BaseException) -> str:
    """The first line of a driver's message (its class name when it has none)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def driver_error(text: str, engine: str, unavailable: str, transient: bool, rejected: bool) -> StorageError:
    """The project's error for a database driver's: an outage is worth retrying, a refused value is the data's.

    Each backend decides ``transient`` and ``rejected`` from its driver's error classes; this is the one
    mapping onto the errors callers catch (the sink retries the first and dead-letters the second).
    """
    if transient:
        return StorageUnavailableError(f"{unavailable}: {text}")
    if rejected:
        return StorageDataError(f"{engine} rejected a value: {text}")
    return StorageError(f"{engine} error: {text}")
