"""Avro schema compatibility by the specification's resolution rules, each problem said in one line.

``reader_problems(reader, writer)`` lists why data written with ``writer``
cannot be read with ``reader`` (empty: it can). ``full_problems(old, new)``
checks both directions, which diplo requires of every schema change: old
consumers read new records and new consumers read old ones. ``history_problems``
runs that over every current schema against its kept versions in
``schemas/history``; a test keeps it empty.

Schemas are given as parsed by fastavro (``parse_schema``: names are full
names, later uses of a named type are references by full name).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from fastavro import parse_schema

from .schema_store import SchemaStore, load_store

__all__ = ["Incompatibility", "reader_problems", "full_problems", "history_problems"]

_PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}
# writer type -> reader types it is promoted to (Avro spec, "Schema Resolution")
_PROMOTIONS = {
    "int": {"long", "float", "double"},
    "long": {"float", "double"},
    "float": {"double"},
    "string": {"bytes"},
    "bytes": {"string"},
}


@dataclass(frozen=True)
class Incompatibility:
    """One reason a reader cannot read a writer's data: where (a field path) and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def _short(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def _named_types(schema: Any, found: dict[str, dict] | None = None) -> dict[str, dict]:
    """Full name -> definition of every named type in a parsed schema."""
    found = {} if found is None else found
    if isinstance(schema, list):
        for branch in schema:
            _named_types(branch, found)
    elif isinstance(schema, dict):
        kind = schema["type"]
        if kind in ("record", "error", "enum", "fixed"):
            found[schema["name"]] = schema
        if kind in ("record", "error"):
            for f in schema["fields"]:
                _named_types(f["type"], found)
        elif kind == "array":
            _named_types(schema["items"], found)
        elif kind == "map":
            _named_types(schema["values"], found)
        elif isinstance(kind, (dict, list)):
            _named_types(kind, found)
    return found


class _Checker:
    def __init__(self, reader: Any, writer: Any):
        self.reader_names = _named_types(reader)
        self.writer_names = _named_types(writer)
        self.in_progress: set[tuple[str, str]] = set()  # recursive records are checked once

    def resolve(self, schema: Any, names: dict[str, dict]) -> Any:
        if isinstance(schema, str) and schema not in _PRIMITIVES:
            return names[schema]
        if isinstance(schema, dict) and schema["type"] in _PRIMITIVES:
            return schema["type"]  # {"type": "string", "logicalType": ...} resolves like its base type
        if isinstance(schema, dict) and isinstance(schema["type"], (dict, list)):
            return self.resolve(schema["type"], names)
        return schema

    def kind(self, schema: Any) -> str:
        if isinstance(schema, str):
            return schema
        if isinstance(schema, list):
            return "union"
        return schema["type"]

    def describe(self, schema: Any) -> str:
        kind = self.kind(schema)
        if kind in ("record", "error", "enum", "fixed"):
            return f"{kind} {_short(schema['name'])}"
        if kind == "array":
            return f"array<{self.describe(self.resolve(schema['items'], {**self.writer_names, **self.reader_names}))}>"
        if kind == "map":
            return f"map<{self.describe(self.resolve(schema['values'], {**self.writer_names, **self.reader_names}))}>"
        if kind == "union":
            names = {**self.writer_names, **self.reader_names}
            return "[" + ", ".join(self.describe(self.resolve(b, names)) for b in schema) + "]"
        return kind

    def matches(self, reader: Any, writer: Any) -> bool:
        """The spec's "match" used to pick a union branch: same kind (and name), or a promotion."""
        r, w = self.kind(reader), self.kind(writer)
        if r in ("record", "error", "enum", "fixed") and r == w:
            return _short(reader["name"]) == _short(writer["name"]) or \
                _short(writer["name"]) in {_short(a) for a in reader.get("aliases", [])}
        return r == w or r in _PROMOTIONS.get(w, set())

    def check(self, reader: Any, writer: Any, path: str) -> Iterator[Incompatibility]:
        reader = self.resolve(reader, self.reader_names)
        writer = self.resolve(writer, self.writer_names)
        r, w = self.kind(reader), self.kind(writer)
        if w == "union":
            for branch in writer:
                yield from self.check(reader, branch, path)
            return
        if r == "union":
            resolved = [self.resolve(b, self.reader_names) for b in reader]
            chosen = next((b for b in resolved if self.matches(b, writer)), None)
            if chosen is None:
                yield Incompatibility(path, f"writer type {self.describe(writer)} is not in reader union "
                                            f"{self.describe(reader)}")
                return
            yield from self.check(chosen, writer, path)
            return
        if r in _PRIMITIVES or w in _PRIMITIVES:
            if not self.matches(reader, writer):
                yield self.type_changed(reader, writer, path)
            return
        if r != w:
            yield self.type_changed(reader, writer, path)
            return
        if r == "array":
            yield from self.check(reader["items"], writer["items"], f"{path}[]")
        elif r == "map":
            yield from self.check(reader["values"], writer["values"], f"{path}{{}}")
        elif not self.matches(reader, writer):
            yield Incompatibility(path, f"{r} name changed: writer {_short(writer['name'])}, "
                                        f"reader {_short(reader['name'])} (and no alias)")
        elif r == "fixed":
            if reader["size"] != writer["size"]:
                yield Incompatibility(path, f"fixed {_short(reader['name'])} size changed: writer {writer['size']}, "
                                            f"reader {reader['size']}")
        elif r == "enum":
            unknown = [s for s in writer["symbols"] if s not in reader["symbols"]]
            if unknown and "default" not in reader:
                yield Incompatibility(path, f"enum {_short(reader['name'])}: reader lacks writer symbol(s) "
                                            f"{', '.join(unknown)} and has no default symbol")
        else:
            yield from self.check_record(reader, writer, path)

    def type_changed(self, reader: Any, writer: Any, path: str) -> Incompatibility:
        return Incompatibility(path, f"type changed: writer {self.describe(writer)}, reader {self.describe(reader)}")

    def check_record(self, reader: dict, writer: dict, path: str) -> Iterator[Incompatibility]:
        key = (reader["name"], writer["name"])
        if key in self.in_progress:
            return
        self.in_progress.add(key)
        written = {f["name"]: f for f in writer["fields"]}
        for field in reader["fields"]:
            names = [field["name"], *field.get("aliases", [])]
            source = next((written[n] for n in names if n in written), None)
            where = f"{path}.{field['name']}"
            if source is None:
                if "default" not in field:
                    yield Incompatibility(where, "field is missing from the writer's schema and the reader's has "
                                                 "no default")
                continue
            yield from self.check(field["type"], source["type"], where)
        self.in_progress.discard(key)


def _parsed(schema: Any) -> Any:
    if isinstance(schema, dict) and "__fastavro_parsed" in schema:
        return schema
    return parse_schema(schema, named_schemas={})


def _root(schema: Any) -> str:
    return _short(schema["name"]) if isinstance(schema, dict) and "name" in schema else str(schema)


def reader_problems(reader: Any, writer: Any) -> list[Incompatibility]:
    """Why data written with ``writer`` cannot be read with ``reader``; empty when it can."""
    reader, writer = _parsed(reader), _parsed(writer)
    return list(_Checker(reader, writer).check(reader, writer, _root(reader)))


def full_problems(old: Any, new: Any) -> list[str]:
    """One line per problem in either direction: new readers on old data, old readers on new data."""
    lines = [f"new reader, old data: {p}" for p in reader_problems(new, old)]
    lines += [f"old reader, new data: {p}" for p in reader_problems(old, new)]
    return lines


def history_problems(folder: Any = None, store: SchemaStore | None = None) -> dict[str, list[str]]:
    """Problems between each kept version in ``folder`` (default schemas/history) and its current schema.

    Files are named ``<Name>.<version>.avsc`` and are self-contained; the
    result maps each file name to its problems (an empty list: compatible).
    """
    store = store or load_store()
    folder = folder or resources.files("diplo.schemas") / "history"
    out: dict[str, list[str]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".avsc"):
            continue
        name = entry.name.split(".")[0]
        raw = json.loads(entry.read_text(encoding="utf-8"))
        current = store.current.get(name)
        if current is None:
            out[entry.name] = [f"no current schema named {name}"]
        elif _short(raw.get("name", "")) != name:
            out[entry.name] = [f"the file holds schema {raw.get('name')!r}, not {name}"]
        else:
            out[entry.name] = full_problems(raw, current.parsed)
    return out
