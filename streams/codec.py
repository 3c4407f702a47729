"""Avro codec: self-describing binary messages, decoded by the writer's fingerprint.

Default framing is Avro single-object encoding (0xC3 0x01, 8-byte little-endian
CRC-64-AVRO fingerprint, body). Readers resolve the writer's schema from the
fingerprint and read into the current schema of the same name, so old and new
writers coexist on one topic. fastavro is the one library used for parsing,
fingerprints and (de)serialisation.
"""

from __future__ import annotations

import io
from typing import Any

from fastavro import schemaless_reader, schemaless_writer

from diplo.processors.errors import error_class

from .schema_store import SchemaStore, SchemaVersion, load_store

__all__ = ["SINGLE_OBJECT_MAGIC", "AvroCodec", "DecodeError", "EncodeError"]

SINGLE_OBJECT_MAGIC = b"\xc3\x01"
_HEADER_LEN = 10


# a message that cannot be decoded: reason_code not_avro, truncated, unknown_fingerprint, wrong_schema or decode_error
DecodeError = error_class("DecodeError", "decode_error", __name__)
EncodeError = error_class("EncodeError", "encode_error", __name__)


class AvroCodec:
    """Encode records by schema name and decode any known version by fingerprint."""

    def __init__(self, store: SchemaStore | None = None):
        self.store = store or load_store()

    def encode(self, schema_name: str, record: dict[str, Any]) -> bytes:
        """Single-object encoding of ``record`` with the current schema ``schema_name``."""
        version = self.store.get(schema_name)
        return self.encode_with(version, record)

    @staticmethod
    def encode_with(version: SchemaVersion, record: dict[str, Any]) -> bytes:
        buf = io.BytesIO()
        buf.write(SINGLE_OBJECT_MAGIC)
        buf.write(version.fingerprint)  # CRC-64-AVRO, little-endian as the spec writes it
        try:
            schemaless_writer(buf, version.parsed, record, strict_allow_default=True)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise EncodeError(f"record does not fit schema {version.short_name}: {exc}") from exc
        return buf.getvalue()

    def writer_of(self, data: bytes) -> SchemaVersion:
        """The schema version that wrote ``data``, from its header."""
        if len(data) < 2 or data[:2] != SINGLE_OBJECT_MAGIC:
            raise DecodeError("not an Avro single-object message (missing 0xC3 0x01 header)", "not_avro")
        if len(data) < _HEADER_LEN:
            raise DecodeError(f"message of {len(data)} bytes is shorter than the 10-byte Avro header", "truncated")
        fp = data[2:_HEADER_LEN]
        version = self.store.by_fingerprint(fp)
        if version is None:
            raise DecodeError(f"unknown Avro schema fingerprint {fp.hex()}", "unknown_fingerprint")
        return version

    def decode(self, data: bytes, expect: str | None = None) -> tuple[str, dict[str, Any]]:
        """Decode ``data`` into (schema short name, record) read with the current schema."""
        writer = self.writer_of(data)
        if expect is not None and writer.short_name != expect:
            raise DecodeError(f"expected a {expect} record, got {writer.short_name}", "wrong_schema")
        reader = self.store.current.get(writer.short_name, writer)
        body = io.BytesIO(data[_HEADER_LEN:])
        try:
            if reader is writer:
                record = schemaless_reader(body, writer.parsed, None)
            else:
                record = schemaless_reader(body, writer.parsed, reader.parsed)
        except EOFError as exc:
            raise DecodeError(f"{writer.short_name} message is truncated", "truncated") from exc
        except Exception as exc:  # fastavro raises assorted errors on corrupt bodies
            raise DecodeError(f"corrupt {writer.short_name} message: {type(exc).__name__}: {exc}") from exc
        if body.tell() != len(data) - _HEADER_LEN:
            extra = len(data) - _HEADER_LEN - body.tell()
            raise DecodeError(f"corrupt {writer.short_name} message: {extra} unread bytes after the record")
        return writer.short_name, record
