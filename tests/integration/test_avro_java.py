"""Spec conformance: Apache Avro's Java BinaryMessageEncoder/Decoder and our codec agree both ways; every schema
file parses alone in Java."""

from __future__ import annotations

import io
import json
import subprocess
from importlib import resources
from pathlib import Path

import pytest
from fastavro import json_writer

from diplo.streams.codec import AvroCodec
from tests.maven import JAVA_DIR, resolve_libs
from tests.records_factory import sample_records

SCHEMAS = str(resources.files("diplo.schemas"))
PROGRAM = str(JAVA_DIR / "avro-conformance" / "AvroConformance.java")


@pytest.fixture(scope="module")
def java_avro() -> str:
    return f"{resolve_libs('avro-conformance')}/*"


def _java(classpath: str, *args: str) -> str:
    result = subprocess.run(["java", "-cp", classpath, PROGRAM, *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip()


@pytest.mark.parametrize("name", ["DiplomaticEvent", "Alert", "Subscription"])
def test_fingerprints_match_java(java_avro: str, name: str) -> None:
    ours = AvroCodec().store.get(name).fingerprint
    theirs = int(_java(java_avro, "fingerprint", SCHEMAS, name), 16)
    assert ours == theirs.to_bytes(8, "little"), f"{name}: ours {ours.hex()} vs Java {theirs:016x}"


def test_java_decodes_what_we_encode(java_avro: str, tmp_path: Path) -> None:
    record = sample_records()["DiplomaticEvent"]
    message = tmp_path / "event.bin"
    message.write_bytes(AvroCodec().encode("DiplomaticEvent", record))
    decoded = json.loads(_java(java_avro, "decode", SCHEMAS, "DiplomaticEvent", str(message)))
    assert decoded == record


def test_we_decode_what_java_encodes(java_avro: str, tmp_path: Path) -> None:
    codec = AvroCodec()
    record = sample_records()["DiplomaticEvent"]
    avro_json = io.StringIO()
    json_writer(avro_json, codec.store.get("DiplomaticEvent").parsed, [record])  # Avro's JSON encoding
    source = tmp_path / "event.json"
    source.write_text(avro_json.getvalue())
    out = tmp_path / "java.bin"
    _java(java_avro, "encode", SCHEMAS, "DiplomaticEvent", str(source), str(out))
    data = out.read_bytes()
    assert data[:2] == b"\xc3\x01"
    assert codec.decode(data) == ("DiplomaticEvent", record)


def test_java_parses_every_schema_file_alone(java_avro: str) -> None:
    """Issue 14 item 7: each .avsc (history too) parses on its own, to the fingerprint our codec uses."""
    root = resources.files("diplo.schemas")
    files = sorted(str(p) for p in Path(str(root)).glob("*.avsc")) + sorted(
        str(p) for p in Path(str(root)).glob("history/*.avsc"))
    assert any(f.endswith("/Alert.avsc") for f in files)
    out = _java(java_avro, "parse", *files).splitlines()
    assert len(out) == len(files), out
    known = {v.fingerprint for v in AvroCodec().store.versions()}
    for line in out:
        path, name, fingerprint = line.split()
        assert name.startswith("diplo."), line
        assert int(fingerprint, 16).to_bytes(8, "little") in known, f"{path}: Java's fingerprint is not one of ours"
