"""Storage errors: an outage is worth retrying, bad data or a bad URL is not."""

from __future__ import annotations

from diplo.processors.errors import DiploError

__all__ = ["StorageError", "StorageUnavailableError", "StorageDataError", "SchemaVersionError", "DatabaseUrlError"]


class StorageError(DiploError):
    """The database refused or failed an operation."""

    reason_code = "storage"


class StorageUnavailableError(StorageError):
    """The database cannot be reached or is busy right now; the same write may succeed later."""

    reason_code = "storage_unavailable"


class StorageDataError(StorageError):
    """The database rejected a record's values (e.g. a NUL character PostgreSQL cannot store)."""

    reason_code = "storage_rejected"


class SchemaVersionError(StorageError):
    """The database was migrated by a newer diplo than this one."""

    reason_code = "schema_too_new"


class DatabaseUrlError(StorageError):
    """The database URL or path cannot be used."""

    reason_code = "bad_database_url"
