"""Exports and CLI outputs other tools read: Apache avro-tools decodes the Avro export record for record,
GDELT TSV has the codebook's columns and types, CSV and JSON outputs parse; on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from diplo.streams.cli import main
from diplo.streams.schema_store import load_store
from diplo.streams.storage import Batch, open_store, write_batch
from tests.maven import resolve_libs
from tests.unit.storage.support import fresh_postgres_database, postgres_server_url, seed_events, visit_reports
from tests.unit.storage.test_exports import check_gdelt_tsv


@pytest.fixture(scope="module")
def avro_tools() -> Path:
    libs = resolve_libs("avro-tools")
    jars = sorted(libs.glob("avro-tools-1.12.*.jar"))
    assert jars, f"no avro-tools jar in {libs}"
    return jars[-1]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request, tmp_path) -> Iterator[str]:
    """A store holding the seed article's events and two reports of the same visit."""
    if request.param == "sqlite":
        target_cm = _plain(str(tmp_path / "store.sqlite"))
    else:
        target_cm = fresh_postgres_database(postgres_server_url())
    with target_cm as target:
        with open_store(target) as db:
            write_batch(db, Batch(events=seed_events() + visit_reports()))
        yield target


class _plain:
    def __init__(self, value: str):
        self.value = value

    def __enter__(self) -> str:
        return self.value

    def __exit__(self, *exc: object) -> None:
        return None


def _run(capsys, *argv: str) -> str:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def from_avro_json(schema: Any, value: Any, named: dict[str, Any] | None = None) -> Any:
    """A value in Avro's JSON encoding (unions wrapped as {"type": value}) as a plain value, led by the schema."""
    named = {} if named is None else named
    if isinstance(schema, str):
        return from_avro_json(named[schema], value, named) if schema in named else value
    if isinstance(schema, list):
        if value is None:
            return None
        (branch_name, inner), = value.items()
        for branch in schema:
            name = branch if isinstance(branch, str) else branch.get("name", branch.get("type"))
            if isinstance(name, str) and name.rsplit(".", 1)[-1] == branch_name.rsplit(".", 1)[-1]:
                return from_avro_json(branch, inner, named)
        raise AssertionError(f"union branch {branch_name} not in {schema}")
    kind = schema["type"]
    if kind in ("record", "enum", "fixed"):
        named[schema["name"]] = schema
    if kind == "record":
        return {f["name"]: from_avro_json(f["type"], value[f["name"]], named) for f in schema["fields"]}
    if kind == "array":
        return [from_avro_json(schema["items"], v, named) for v in value]
    if isinstance(kind, (dict, list)):
        return from_avro_json(kind, value, named)
    return value


def test_avro_tools_reads_the_export_record_for_record(database, avro_tools, tmp_path, capsys):
    out = tmp_path / "events.avro"
    _run(capsys, "export", "--database", database, "--format", "avro", "--output", str(out))
    schema = subprocess.run(["java", "-jar", str(avro_tools), "getschema", str(out)], capture_output=True, text=True,
                            timeout=180)
    assert schema.returncode == 0, schema.stderr[-2000:]
    embedded = json.loads(schema.stdout)
    assert (embedded["namespace"], embedded["name"]) == ("diplo", "DiplomaticEvent")
    result = subprocess.run(["java", "-jar", str(avro_tools), "tojson", str(out)], capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    reader_schema = load_store().get("DiplomaticEvent").raw
    decoded = [from_avro_json(reader_schema, json.loads(line)) for line in lines]
    expected = sorted(seed_events() + visit_reports(), key=lambda e: e["event_id"])
    assert len(decoded) == len(expected) == 8
    assert sorted(decoded, key=lambda e: e["event_id"]) == expected


def test_gdelt_export_has_the_codebook_columns_and_types(database, tmp_path, capsys):
    out = tmp_path / "events.tsv"
    _run(capsys, "export", "--database", database, "--format", "gdelt", "--output", str(out))
    rows = check_gdelt_tsv(out.read_text(encoding="utf-8"), 4)  # ASSERTED only, by default (issue 14)
    assert sorted(int(r["NumArticles"]) for r in rows) == [1, 1, 1, 3]
    _run(capsys, "export", "--database", database, "-f", "gdelt", "-o", str(out), "--modality", "ALL")
    assert len(check_gdelt_tsv(out.read_text(encoding="utf-8"), 6)) == 6


def test_query_csv_and_json_outputs_parse(database, capsys):
    text = _run(capsys, "query", "--database", database, "--dyad", "AZE-RUS", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 5
    assert {r["cameo_code"] for r in rows} == {"042", "040", "061"}
    assert {r["num_articles"] for r in rows if r["cameo_code"] == "042"} == {"3"}
    text = _run(capsys, "query", "--database", database, "--cameo", "04", "--modality", "asserted", "--format", "json")
    records = [json.loads(line) for line in text.splitlines()]
    assert sorted(r["cameo_code"] for r in records) == ["040", "042", "042", "042"]
    expected = {e["event_id"]: e for e in seed_events() + visit_reports()}
    for record in records:
        extra = {k: record.pop(k) for k in ("cluster_id", "num_mentions", "num_articles")}
        assert record == expected[record["event_id"]]
        assert extra["num_mentions"] >= 1


def test_stats_outputs_parse(database, capsys):
    text = _run(capsys, "stats", "--database", database, "--by", "root", "--format", "json")
    counts = {json.loads(line)["root"]: json.loads(line)["events"] for line in text.splitlines()}
    assert counts == {"01": 1, "04": 5, "05": 1, "06": 1}
    text = _run(capsys, "stats", "--database", database, "--by", "dyad", "--format", "csv")
    rows = {r["dyad"]: (int(r["events"]), int(r["articles"]), int(r["clusters"]))
            for r in csv.DictReader(io.StringIO(text))}
    assert rows == {"AZE-RUS": (5, 3, 3), "RUS-AZE": (3, 1, 3)}


def test_bad_filter_is_one_error_line(tmp_path, capsys):
    code = main(["query", "--database", str(tmp_path / "x.sqlite"), "--dyad", "Russia"])
    assert code == 1
    assert capsys.readouterr().err == (
        "Error: --dyad 'Russia' is not a source and a target country code, e.g. AZE RUS or AZE-RUS\n")
