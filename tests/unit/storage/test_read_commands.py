"""Issue 14 item 4: read commands never create a database, validate filters like `diplo subscribe`, and each
database has its own sink consumer group."""

from __future__ import annotations

import json

import pytest

from diplo.streams.cli import main
from diplo.streams.storage import Batch, open_store, write_batch
from diplo.streams.storage.sink_group import recorded_group, store_group

from .support import seed_events


@pytest.fixture
def stored(tmp_path) -> str:
    path = tmp_path / "store.sqlite"
    with open_store(path) as db:
        write_batch(db, Batch(events=seed_events()))
    return str(path)


@pytest.mark.parametrize("command", [["query"], ["stats"], ["export", "-f", "gdelt", "-o", "-"]])
def test_read_commands_never_create_a_database(command, tmp_path, capsys):
    missing = tmp_path / "nosuch.sqlite"
    assert main([*command, "--database", str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"Error: no database at {missing}: `diplo store --database {missing}` creates and fills one\n")
    assert not missing.exists()


def test_a_file_that_is_not_a_diplo_database_is_refused(tmp_path, capsys):
    other = tmp_path / "other.sqlite"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert main(["query", "--database", str(other)]) == 1
    assert capsys.readouterr().err == (
        f"Error: {other} is not a diplo database (no diplo_schema_version table); `diplo store` creates one\n")


@pytest.mark.parametrize(("argv", "line"), [
    (["--country", "Syria"], "--country: 'SYRIA' is not an ISO 3166-1 alpha-3 country code or a known IGO code"),
    (["--since", "2019-13"], "--since: '2019-13' is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"),
    (["--until", "2019-02-30x"], "--until: '2019-02-30x' is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"),
    (["--cameo", "99"], "--cameo: '99' is not a CAMEO code or code prefix (2-4 digits, roots 01-20)"),
    (["--plover", "VISIT"], "--plover: 'VISIT' is not one of AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, "
                            "RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT"),
    (["--role", "KING"], "--role: 'KING' is not one of HEAD, GOV, MIL, DIP, LEG, JUD, BUS, MED, OPP, REB, CVL, IGO"),
    (["--modality", "maybe"], "--modality: 'MAYBE' is not one of ASSERTED, PLANNED, NEGATED, HYPOTHETICAL"),
    (["--dyad", "RUS-XXX"], "--country: 'XXX' is not an ISO 3166-1 alpha-3 country code or a known IGO code"),
])
@pytest.mark.parametrize("command", [["query"], ["stats"], ["export", "-f", "gdelt", "-o", "-"]])
def test_filters_are_validated_like_subscriptions(command, argv, line, stored, capsys):
    assert main([*command, "--database", stored, *argv]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"Error: {line}\n"
    assert captured.out == ""


def test_valid_filters_still_select(stored, capsys):
    assert main(["query", "--database", stored, "--country", "irn", "--since", "2019", "-f", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["cameo_code"] for r in records] == ["046"]


def test_each_database_gets_its_own_group_and_keeps_it(tmp_path):
    with open_store(tmp_path / "a.sqlite") as a, open_store(tmp_path / "b.sqlite") as b:
        first, second = store_group(a, "diplo"), store_group(b, "diplo")
        assert first != second and first.startswith("diplo-store-") and second.startswith("diplo-store-")
        assert store_group(a, "diplo") == first == recorded_group(a)
        assert store_group(a, "diplo", explicit="mine") == "mine"
        assert recorded_group(a) == first


def test_a_database_filled_before_groups_were_recorded_keeps_the_shared_group(db):
    write_batch(db, Batch(events=seed_events()))
    assert store_group(db, "diplo") == "diplo-store"
    assert recorded_group(db) == "diplo-store"


def test_store_input_loads_extract_output_without_kafka(tmp_path, capsys):
    events = seed_events()
    line = {"article_id": "seed", "entities": [{"text": "Baku", "label": "GPE", "start": 0, "end": 4,
                                                "canonical": "Baku", "country": "AZE"}], "events": events}
    source = tmp_path / "extract.jsonl"
    source.write_text(json.dumps(line) + "\n", encoding="utf-8")
    target = tmp_path / "offline.sqlite"
    assert main(["store", "--input", str(source), "--database", str(target)]) == 0
    assert capsys.readouterr().err == f"Stored 6 event(s) of 1 article(s) from {source} into {target}.\n"
    assert main(["query", "--database", str(target), "-f", "json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 6
