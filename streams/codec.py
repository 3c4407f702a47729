"""Avro codec: self-describing binary messages, decoded by the writer's fingerprint or registry id.

Default framing is Avro single-object encoding (0xC3 0x01, 8-byte little-endian
CRC-64-AVRO fingerprint, body). With a schema registry configured, writers use
the Confluent wire format instead (0x00, 4-byte big-endian schema id, body; see
confluent.py). Readers accept both, resolve the writer's schema and read into
the current schema of the same name, so old and new writers coexist on one
topic. fastavro is the one library used for parsing, fingerprints and
(de)serialisation.
"""

from __future__ import annotations

import io
from typing import Any, cast

from fastavro import schemaless_reader, schemaless_writer

from diplo.processors.errors import DiploError

from .confluent import CONFLUENT_HEADER_LEN, CONFLUENT_MAGIC, ConfluentFraming
from .schema_store import SchemaStore, SchemaVersion, load_store

__all__ = ["SINGLE_OBJECT_MAGIC", "AvroCodec", "make_codec", "DecodeError", "EncodeError"]

SINGLE_OBJECT_MAGIC = b"\xc3\x01"
_HEADER_LEN = 10


# a message that cannot be decoded: reason_code not_avro, truncated, unknown_fingerprint, wrong_schema or decode_error
class DecodeError(DiploError, code="decode_error"): ...
class EncodeError(DiploError, code="encode_error"): ...


class AvroCodec:
    """Encode records by schema name and decode any known version by fingerprint or registry id."""

    def __init__(self, store: SchemaStore | None = None, confluent: ConfluentFraming | None = None):
        self.store = store or load_store()
        self.confluent = confluent  # None: single-object encoding; else the Confluent wire format

    def encode(self, schema_name: str, record: dict[str, Any]) -> bytes:
        """``record`` with the current schema ``schema_name``, in this codec's framing."""
        version = self.store.get(schema_name)
        if self.confluent is None:
            return self.encode_with(version, record)
        return self.confluent.header(version) + self._body(version, record)

    @staticmethod
    def encode_with(version: SchemaVersion, record: dict[str, Any]) -> bytes:
        """Single-object encoding of ``record`` with ``version``."""
        # CRC-64-AVRO, little-endian as the spec writes it
        return SINGLE_OBJECT_MAGIC + version.fingerprint + AvroCodec._body(version, record)

    @staticmethod
    def _body(version: SchemaVersion, record: dict[str, Any]) -> bytes:
        buf = io.BytesIO()
        try:
            schemaless_writer(buf, version.parsed, record, strict_allow_default=True)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise EncodeError(f"record does not fit schema {version.short_name}: {exc}") from exc
        return buf.getvalue()

    def _header(self, data: bytes) -> tuple[SchemaVersion, int]:
        """The writer's schema and the header length, from either framing."""
        if data[:1] == CONFLUENT_MAGIC:
            if len(data) < CONFLUENT_HEADER_LEN:
                raise DecodeError(
                    f"message of {len(data)} bytes is shorter than the 5-byte Confluent header", "truncated"
                )
            if self.confluent is None:
                raise DecodeError(
                    f"Confluent-framed message (schema id {int.from_bytes(data[1:5], 'big')}) but no schema registry "
                    "is configured (DIPLO_SCHEMA_REGISTRY_URL)",
                    "unknown_fingerprint",
                )
            return self.confluent.writer(data, self.store), CONFLUENT_HEADER_LEN
        if len(data) < 2 or data[:2] != SINGLE_OBJECT_MAGIC:
            raise DecodeError("not an Avro message (missing 0xC3 0x01 header, and not Confluent-framed)", "not_avro")
        if len(data) < _HEADER_LEN:
            raise DecodeError(f"message of {len(data)} bytes is shorter than the 10-byte Avro header", "truncated")
        fp = data[2:_HEADER_LEN]
        version = self.store.by_fingerprint(fp)
        if version is None:
            raise DecodeError(f"unknown Avro schema fingerprint {fp.hex()}", "unknown_fingerprint")
        return version, _HEADER_LEN

    def close(self) -> None:
        """Release the registry connection, if any (a codec lives as long as its process otherwise)."""
        if self.confluent is not None:
            self.confluent.registry.close()

    def writer_of(self, data: bytes) -> SchemaVersion:
        """The schema version that wrote ``data``, from its header."""
        return self._header(data)[0]

    def decode(self, data: bytes, expect: str | None = None) -> tuple[str, dict[str, Any]]:
        """Decode ``data`` into (schema short name, record) read with the current schema."""
        writer, start = self._header(data)
        if expect is not None and writer.short_name != expect:
            raise DecodeError(f"expected a {expect} record, got {writer.short_name}", "wrong_schema")
        reader = self.store.current.get(writer.short_name, writer)
        body = io.BytesIO(data[start:])
        try:
            if reader is writer:
                record = schemaless_reader(body, writer.parsed, None)
            else:
                record = schemaless_reader(body, writer.parsed, reader.parsed)
        except EOFError as exc:
            raise DecodeError(f"{writer.short_name} message is truncated", "truncated") from exc
        except Exception as exc:  # fastavro raises assorted errors on corrupt bodies
            raise DecodeError(f"corrupt {writer.short_name} message: {type(exc).__name__}: {exc}") from exc
        if body.tell() != len(data) - start:
            extra = len(data) - start - body.tell()
            raise DecodeError(f"corrupt {writer.short_name} message: {extra} unread bytes after the record")
        return writer.short_name, cast(dict[str, Any], record)  # every schema in the store is a record


def make_codec(settings: Any) -> AvroCodec:
    """The codec ``settings`` ask for: Confluent wire format with a registry URL, else single-object encoding.

    With a registry, every current schema is registered (or found) at once: writers then never call the
    registry mid-stream, and a registry that cannot be reached stops the command before it starts.
    """
    url = getattr(settings, "schema_registry_url", None)
    if not url:
        return AvroCodec()
    from .confluent import subjects_for
    from .schema_registry import SchemaRegistry

    framing = ConfluentFraming(SchemaRegistry(url), subjects_for(settings.topics))
    codec = AvroCodec(confluent=framing)
    try:
        framing.prefetch(codec.store)  # an unreachable registry fails here, in one line, not mid-stream
    except BaseException:
        codec.close()
        raise
    return codec
