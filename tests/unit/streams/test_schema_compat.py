"""The schema compatibility checker: the repo's history passes, each kind of breaking change is caught."""

from __future__ import annotations

import copy
import io
import json
from importlib import resources

import pytest
from fastavro import parse_schema, schemaless_reader, schemaless_writer

from diplo.streams.schema_compat import full_problems, history_problems, reader_problems
from diplo.streams.schema_store import load_store
from tests.records_factory import sample_event


def _event_schema() -> dict:
    return copy.deepcopy(load_store().get("DiplomaticEvent").raw)


def _field(schema: dict, name: str) -> dict:
    return next(f for f in schema["fields"] if f["name"] == name)


def _record(name: str, *fields: dict) -> dict:
    return {"type": "record", "name": name, "namespace": "t", "fields": list(fields)}


def test_every_schema_is_compatible_with_its_kept_versions() -> None:
    """Runs over schemas/history: each <Name>.<version>.avsc against the current schemas/<Name>.avsc."""
    found = history_problems()
    current = {e.name[:-5] for e in resources.files("diplo.schemas").iterdir() if e.name.endswith(".avsc")}
    assert "DiplomaticEvent.v1.avsc" in found, f"history files checked: {sorted(found)}"
    assert {name.split(".")[0] for name in found} <= current, f"history without a current schema: {sorted(found)}"
    broken = {name: problems for name, problems in found.items() if problems}
    assert not broken, "\n".join(f"{name}: {p}" for name, problems in broken.items() for p in problems)


def test_history_v1_is_the_frozen_first_diplomatic_event() -> None:
    v1 = json.loads(resources.files("diplo.schemas").joinpath("history", "DiplomaticEvent.v1.avsc").read_text())
    assert v1["name"] == "DiplomaticEvent" and "Actor" in json.dumps(v1), "v1 must be self-contained"
    assert not full_problems(v1, _event_schema())


def test_an_added_optional_field_is_compatible_both_ways() -> None:
    v2 = _event_schema()
    v2["fields"].append({"name": "tone", "type": ["null", "double"], "default": None})
    assert full_problems(_event_schema(), v2) == []


def test_a_removed_field_without_default_is_caught() -> None:
    v2 = _event_schema()
    v2["fields"] = [f for f in v2["fields"] if f["name"] != "trigger"]
    assert full_problems(_event_schema(), v2) == [
        "old reader, new data: DiplomaticEvent.trigger: field is missing from the writer's schema and the "
        "reader's has no default"]


def test_an_added_field_without_default_is_caught() -> None:
    v2 = _event_schema()
    v2["fields"].append({"name": "tone", "type": "double"})
    assert full_problems(_event_schema(), v2) == [
        "new reader, old data: DiplomaticEvent.tone: field is missing from the writer's schema and the "
        "reader's has no default"]


def test_a_changed_type_is_caught_in_both_directions() -> None:
    v2 = _event_schema()
    _field(v2, "quad_class")["type"] = "string"
    assert full_problems(_event_schema(), v2) == [
        "new reader, old data: DiplomaticEvent.quad_class: type changed: writer int, reader string",
        "old reader, new data: DiplomaticEvent.quad_class: type changed: writer string, reader int"]


def test_promotion_is_one_way() -> None:
    old = _record("R", {"name": "n", "type": "int"})
    new = _record("R", {"name": "n", "type": "long"})
    assert reader_problems(new, old) == []
    assert [str(p) for p in reader_problems(old, new)] == ["R.n: type changed: writer long, reader int"]


def test_nested_type_change_names_the_path() -> None:
    v2 = _event_schema()
    location = _field(v2, "location")["type"][1]
    _field(location, "lat")["type"] = ["null", "string"]
    assert full_problems(_event_schema(), v2)[0] == (
        "new reader, old data: DiplomaticEvent.location.lat: writer type double is not in reader union [null, string]")


def test_enum_symbols() -> None:
    v2 = _event_schema()
    _field(v2, "modality")["type"]["symbols"].append("RUMOURED")
    assert full_problems(_event_schema(), v2) == [
        "old reader, new data: DiplomaticEvent.modality: enum Modality: reader lacks writer symbol(s) RUMOURED "
        "and has no default symbol"]
    with_default = _event_schema()
    _field(with_default, "modality")["type"]["default"] = "ASSERTED"
    assert reader_problems(with_default, v2) == []


def test_union_branches() -> None:
    old = _record("R", {"name": "x", "type": ["null", "string"], "default": None})
    widened = _record("R", {"name": "x", "type": ["null", "string", "long"], "default": None})
    assert reader_problems(widened, old) == []
    assert [str(p) for p in reader_problems(old, widened)] == [
        "R.x: writer type long is not in reader union [null, string]"]
    plain = _record("R", {"name": "x", "type": "string"})
    assert [str(p) for p in reader_problems(plain, old)] == ["R.x: type changed: writer null, reader string"]
    assert reader_problems(old, plain) == []


def test_named_types() -> None:
    inner = {"type": "record", "name": "Inner", "fields": [{"name": "a", "type": "int"}]}
    renamed = {**inner, "name": "Other"}
    aliased = {**inner, "name": "Other", "aliases": ["Inner"]}
    old = _record("R", {"name": "i", "type": inner})
    assert [str(p) for p in reader_problems(_record("R", {"name": "i", "type": renamed}), old)] == [
        "R.i: record name changed: writer Inner, reader Other (and no alias)"]
    assert reader_problems(_record("R", {"name": "i", "type": aliased}), old) == []
    small = _record("R", {"name": "f", "type": {"type": "fixed", "name": "F", "size": 4}})
    big = _record("R", {"name": "f", "type": {"type": "fixed", "name": "F", "size": 8}})
    assert [str(p) for p in reader_problems(big, small)] == ["R.f: fixed F size changed: writer 4, reader 8"]
    arrays = _record("R", {"name": "xs", "type": {"type": "array", "items": "int"}})
    maps = _record("R", {"name": "xs", "type": {"type": "map", "values": "int"}})
    assert [str(p) for p in reader_problems(maps, arrays)] == ["R.xs: type changed: writer array<int>, reader map<int>"]


def test_recursive_records_terminate() -> None:
    node = {"type": "record", "name": "Node", "fields": [
        {"name": "v", "type": "int"}, {"name": "next", "type": ["null", "Node"], "default": None}]}
    assert reader_problems(node, node) == []


@pytest.mark.parametrize("change", ["remove trigger", "retype quad_class", "add tone without default", "add tone",
                                    "add enum symbol"])
def test_the_checker_agrees_with_fastavro_by_trial(change: str) -> None:
    """Cross-check: where the checker says a reader cannot read, fastavro's resolution fails too, and vice versa."""
    old = _event_schema()
    new = _event_schema()
    record = sample_event()
    if change == "remove trigger":
        new["fields"] = [f for f in new["fields"] if f["name"] != "trigger"]
    elif change == "retype quad_class":
        _field(new, "quad_class")["type"] = "string"
    elif change == "add tone without default":
        new["fields"].append({"name": "tone", "type": "double"})
    elif change == "add tone":
        new["fields"].append({"name": "tone", "type": ["null", "double"], "default": None})
    else:
        _field(new, "modality")["type"]["symbols"].append("RUMOURED")

    def new_record() -> dict:
        out = {k: v for k, v in record.items() if any(f["name"] == k for f in new["fields"])}
        if change == "retype quad_class":
            out["quad_class"] = "1"
        if change.startswith("add tone"):
            out["tone"] = 0.5
        if change == "add enum symbol":
            out["modality"] = "RUMOURED"
        return out

    for reader, writer, data in ((new, old, record), (old, new, new_record())):
        buf = io.BytesIO()
        schemaless_writer(buf, parse_schema(copy.deepcopy(writer)), data)
        try:
            schemaless_reader(io.BytesIO(buf.getvalue()), parse_schema(copy.deepcopy(writer)),
                              parse_schema(copy.deepcopy(reader)))
            readable = True
        except Exception:
            readable = False
        problems = reader_problems(reader, writer)
        assert readable == (not problems), f"{change}: fastavro readable={readable}, checker says {problems}"
