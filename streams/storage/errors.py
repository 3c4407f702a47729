"""Storage errors, from the catalogue: an outage is worth retrying, bad data or a bad URL is not.

Callers catch them by type (the sink retries ``StorageUnavailableError``,
dead-letters what ``StorageDataError`` refuses, stops on the last two).
"""

from __future__ import annotations

from diplo.processors.errors import DiploError

__all__ = ["StorageError", "StorageUnavailableError", "StorageDataError", "SchemaVersionError", "DatabaseUrlError"]

class StorageError(DiploError, code="storage"): ...
class StorageUnavailableError(StorageError, code="storage_unavailable"): ...
class StorageDataError(StorageError, code="storage_rejected"): ...
class SchemaVersionError(StorageError, code="schema_too_new"): ...
class DatabaseUrlError(StorageError, code="bad_database_url"): ...
