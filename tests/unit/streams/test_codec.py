"""The Avro codec: single-object framing, every schema round-trips, clear errors on bad bytes."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from diplo.streams.codec import (
    SINGLE_OBJECT_MAGIC,
    AvroCodec,
    DecodeError,
)
from tests.records_factory import sample_records


@pytest.fixture(scope="module")
def codec() -> AvroCodec:
    return AvroCodec()


def test_every_schema_file_is_loaded(codec: AvroCodec) -> None:
    files = {e.name[:-5] for e in resources.files("diplo.schemas").iterdir() if e.name.endswith(".avsc")}
    assert files == set(codec.store.current)
    assert files >= {"Article", "ArticleEntities", "DiplomaticEvent", "Alert", "Subscription", "DeadLetter"}


@pytest.mark.parametrize("name", sorted(sample_records()))
def test_round_trip(codec: AvroCodec, name: str) -> None:
    record = sample_records()[name]
    data = codec.encode(name, record)
    assert data[:2] == SINGLE_OBJECT_MAGIC
    assert data[2:10] == codec.store.get(name).fingerprint
    assert codec.decode(data) == (name, record)


def test_every_field_has_a_doc() -> None:
    def walk(node, where):
        if isinstance(node, dict):
            if node.get("type") == "record":
                assert node.get("doc"), f"record {node['name']} in {where} has no doc"
                for f in node["fields"]:
                    assert f.get("doc"), f"field {node['name']}.{f['name']} in {where} has no doc"
                    walk(f["type"], where)
            elif node.get("type") == "array":
                walk(node["items"], where)
        elif isinstance(node, list):
            for branch in node:
                walk(branch, where)

    for entry in resources.files("diplo.schemas").iterdir():
        if entry.name.endswith(".avsc"):
            walk(json.loads(entry.read_text()), entry.name)


def test_unknown_fingerprint_is_a_clear_error(codec: AvroCodec) -> None:
    data = SINGLE_OBJECT_MAGIC + bytes(8) + b"\x00"
    with pytest.raises(DecodeError, match="^unknown Avro schema fingerprint 0000000000000000$") as info:
        codec.decode(data)
    assert info.value.reason_code == "unknown_fingerprint"


def test_not_avro(codec: AvroCodec) -> None:
    with pytest.raises(DecodeError, match="missing 0xC3 0x01 header") as info:
        codec.decode(b'{"id": "x"}')
    assert info.value.reason_code == "not_avro"


def test_truncated_header_and_body(codec: AvroCodec) -> None:
    full = codec.encode("DiplomaticEvent", sample_records()["DiplomaticEvent"])
    with pytest.raises(DecodeError, match="shorter than the 10-byte Avro header") as info:
        codec.decode(full[:6])
    assert info.value.reason_code == "truncated"
    with pytest.raises(DecodeError) as info:
        codec.decode(full[: len(full) // 2])
    assert info.value.reason_code in ("truncated", "decode_error")


def test_trailing_garbage_is_rejected(codec: AvroCodec) -> None:
    full = codec.encode("Article", sample_records()["Article"])
    with pytest.raises(DecodeError, match="unread bytes"):
        codec.decode(full + b"\x00\x01")


def test_wrong_schema(codec: AvroCodec) -> None:
    data = codec.encode("Article", sample_records()["Article"])
    with pytest.raises(DecodeError, match="expected a DiplomaticEvent record, got Article") as info:
        codec.decode(data, expect="DiplomaticEvent")
    assert info.value.reason_code == "wrong_schema"
