"""Load the Avro schemas shipped in ``diplo.schemas`` and index every version by fingerprint.

The .avsc files are the single source of truth; nothing here restates a field.
A schema may reference a record defined in another file (Alert -> DiplomaticEvent);
such references are expanded in place so every schema is self-contained and its
parsing canonical form (hence its fingerprint) matches what Apache Avro's Java
implementation computes for the same schema.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from fastavro.schema import fingerprint, parse_schema, to_parsing_canonical_form

__all__ = ["SchemaVersion", "SchemaStore", "load_store", "expand_references"]

_PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}
_NAMED = {"record", "enum", "fixed", "error"}


@dataclass(frozen=True)
class SchemaVersion:
    """One parsed schema version: its full name, the raw JSON, the parsed form and fingerprint."""

    name: str
    version: str
    raw: dict[str, Any]
    parsed: Any = field(repr=False, compare=False)
    canonical: str = field(repr=False)
    fingerprint: bytes = field(repr=False)

    @property
    def short_name(self) -> str:
        return self.name.rsplit(".", 1)[-1]


def _fullname(name: str, namespace: str | None) -> str:
    if "." in name or not namespace:
        return name
    return f"{namespace}.{name}"


def _defined_names(schema: Any, namespace: str | None = None) -> dict[str, Any]:
    """Every named type a raw schema defines, keyed by full name."""
    found: dict[str, Any] = {}
    if isinstance(schema, list):
        for branch in schema:
            found.update(_defined_names(branch, namespace))
    elif isinstance(schema, dict):
        kind = schema.get("type")
        if kind in _NAMED:
            ns = schema.get("namespace", namespace)
            full = _fullname(schema["name"], ns)
            found[full] = schema
            namespace = full.rsplit(".", 1)[0] if "." in full else ns
        if kind in ("record", "error"):
            for f in schema.get("fields", []):
                found.update(_defined_names(f["type"], namespace))
        elif kind == "array":
            found.update(_defined_names(schema["items"], namespace))
        elif kind == "map":
            found.update(_defined_names(schema["values"], namespace))
        elif isinstance(kind, (dict, list)):
            found.update(_defined_names(kind, namespace))
    return found


def expand_references(schema: Any, library: dict[str, Any]) -> Any:
    """Return a copy of ``schema`` with references to types defined elsewhere inlined once.

    ``library`` maps full names to raw definitions from other files. The first
    reference to a foreign type is replaced by its definition, later ones stay
    names, exactly as a fully resolved schema is written out by Avro tools.
    """
    seen: set[str] = set(_defined_names(schema))

    def walk(node: Any, namespace: str | None) -> Any:
        if isinstance(node, str):
            if node in _PRIMITIVES:
                return node
            full = _fullname(node, namespace)
            if full in seen or full not in library:
                return node
            definition = copy.deepcopy(library[full])
            seen.update(_defined_names(definition))
            return walk_named(definition, full.rsplit(".", 1)[0])
        if isinstance(node, list):
            return [walk(branch, namespace) for branch in node]
        if isinstance(node, dict):
            return walk_named(node, namespace)
        return node

    def walk_named(node: dict[str, Any], namespace: str | None) -> dict[str, Any]:
        node = dict(node)
        kind = node.get("type")
        if kind in _NAMED:
            namespace = node.get("namespace", namespace)
            full = _fullname(node["name"], namespace)
            if "." in full:
                namespace = full.rsplit(".", 1)[0]
        if kind in ("record", "error"):
            node["fields"] = [{**f, "type": walk(f["type"], namespace)} for f in node["fields"]]
        elif kind == "array":
            node["items"] = walk(node["items"], namespace)
        elif kind == "map":
            node["values"] = walk(node["values"], namespace)
        elif isinstance(kind, (dict, list, str)) and kind not in _PRIMITIVES | _NAMED | {"array", "map"}:
            node["type"] = walk(kind, namespace)
        return node

    return walk(schema, None)


def _version_of(raw: dict[str, Any], fallback: str) -> str:
    return str(raw.get("diplo.version", fallback))


class SchemaStore:
    """All schema versions, current ones by short name, every one by fingerprint."""

    def __init__(self, current: dict[str, SchemaVersion], history: list[SchemaVersion]):
        self.current = current
        self._by_fingerprint: dict[bytes, SchemaVersion] = {}
        for version in [*history, *current.values()]:
            self._by_fingerprint[version.fingerprint] = version

    def get(self, short_name: str) -> SchemaVersion:
        try:
            return self.current[short_name]
        except KeyError:
            raise KeyError(f"no schema named {short_name!r}; known: {', '.join(sorted(self.current))}") from None

    def by_fingerprint(self, fp: bytes) -> SchemaVersion | None:
        return self._by_fingerprint.get(fp)

    def versions(self) -> list[SchemaVersion]:
        return list(self._by_fingerprint.values())


def build_version(raw: dict[str, Any], library: dict[str, Any], version: str) -> SchemaVersion:
    """Expand, parse and fingerprint one raw schema against the named types in ``library``."""
    expanded = expand_references(raw, library)
    parsed = parse_schema(expanded, named_schemas={})
    canonical = to_parsing_canonical_form(parsed)
    # fastavro's hex is the fingerprint's little-endian byte order: the bytes a message header carries
    fp = bytes.fromhex(fingerprint(canonical, "CRC-64-AVRO"))
    name = _fullname(raw["name"], raw.get("namespace"))
    return SchemaVersion(name=name, version=version, raw=expanded, parsed=parsed, canonical=canonical, fingerprint=fp)


def _read_dir(folder: Any) -> dict[str, dict[str, Any]]:
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".avsc"):
            out[entry.name] = json.loads(entry.read_text(encoding="utf-8"))
    return out


@lru_cache(maxsize=1)
def load_store() -> SchemaStore:
    """Load every schema in the package once per process."""
    root = resources.files("diplo.schemas")
    raws = _read_dir(root)
    library: dict[str, Any] = {}
    for raw in raws.values():
        library.update(_defined_names(raw))
    current = {}
    for raw in raws.values():
        version = build_version(raw, library, _version_of(raw, "current"))
        current[version.short_name] = version
    history = []
    history_dir = root / "history"
    if history_dir.is_dir():
        for filename, raw in _read_dir(history_dir).items():
            # history files are named <Name>.<version>.avsc and are self-contained
            history.append(build_version(raw, library, filename.split(".")[1]))
    return SchemaStore(current, history)
