"""Storage errors, from the catalogue: an outage is worth retrying, bad data or a bad URL is not.

Callers catch them by type (the sink retries ``StorageUnavailableError``,
dead-letters what ``StorageDataError`` refuses, stops on the last two).
"""

from __future__ import annotations

from diplo.processors.errors import error_class

__all__ = ["StorageError", "StorageUnavailableError", "StorageDataError", "SchemaVersionError", "DatabaseUrlError"]

StorageError = error_class("StorageError", "storage", __name__)
StorageUnavailableError = error_class("StorageUnavailableError", "storage_unavailable", __name__, StorageError)
StorageDataError = error_class("StorageDataError", "storage_rejected", __name__, StorageError)
SchemaVersionError = error_class("SchemaVersionError", "schema_too_new", __name__, StorageError)
DatabaseUrlError = error_class("DatabaseUrlError", "bad_database_url", __name__, StorageError)
