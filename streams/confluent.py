"""Confluent wire format: magic byte 0, the schema's registry id (4 bytes, big-endian), then the Avro body.

This is what Confluent's (de)serializers, Kafka Connect's AvroConverter, ksqlDB
and ``kcat -s avro`` read. Each record goes under the subject ``<topic>-value``
(Confluent's TopicNameStrategy) of the topic its schema is published on.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from .schema_registry import SchemaRegistry
from .schema_store import SchemaStore, SchemaVersion, build_version
from .settings import Topics

__all__ = ["CONFLUENT_MAGIC", "CONFLUENT_HEADER_LEN", "ConfluentFraming", "subjects_for"]

CONFLUENT_MAGIC = b"\x00"
CONFLUENT_HEADER_LEN = 5


def subjects_for(topics: Topics) -> dict[str, str]:
    """Schema short name -> ``<topic>-value`` subject of the topic it is published on."""
    by_schema = {
        "Article": topics.articles,
        "ArticleEntities": topics.entities,
        "DiplomaticEvent": topics.events,
        "Alert": topics.alerts,
        "Subscription": topics.subscriptions,
        "DeadLetter": topics.articles_dlq,  # one schema for every .dlq topic; ids resolve the same schema
    }
    return {name: f"{topic}-value" for name, topic in by_schema.items()}


@dataclass
class ConfluentFraming:
    """Frames bodies with registry ids and finds the writer schema of a framed message."""

    registry: SchemaRegistry
    subjects: dict[str, str]
    _writers: dict[int, SchemaVersion] = field(default_factory=dict, repr=False)

    def header(self, version: SchemaVersion) -> bytes:
        """Magic byte and the id of ``version`` under its subject (registered on first use)."""
        schema_id = self.registry.register(self.subjects[version.short_name], version.raw)
        self._writers.setdefault(schema_id, version)
        return CONFLUENT_MAGIC + struct.pack(">I", schema_id)

    def prefetch(self, store: SchemaStore) -> None:
        """Register (or look up) every current schema now, so writing never waits on the registry later."""
        for version in store.current.values():
            if version.short_name in self.subjects:
                self.header(version)

    def writer(self, data: bytes, store: SchemaStore) -> SchemaVersion:
        """The writer schema of a framed message: a known version when the fingerprint matches, else the registry's."""
        (schema_id,) = struct.unpack(">I", data[1:CONFLUENT_HEADER_LEN])
        if schema_id not in self._writers:
            fetched = build_version(self.registry.schema(schema_id), {}, f"registry id {schema_id}")
            self._writers[schema_id] = store.by_fingerprint(fetched.fingerprint) or fetched
        return self._writers[schema_id]


def register_schemas(registry: SchemaRegistry, store: SchemaStore, topics: Topics,
                     compatibility: str = "BACKWARD") -> dict[str, list[int]]:
    """Register every kept version (oldest first, then the current one) under its topics' subjects.

    Each subject gets ``compatibility`` first, so the registry itself refuses a later
    incompatible version. Returns subject -> schema ids in registration order.
    """
    subjects = subjects_for(topics)
    dead_letter_subjects = [f"{t}-value" for t in (topics.articles_dlq, topics.alerts_dlq, topics.store_dlq)]
    done: dict[str, list[int]] = {}
    for name, current in sorted(store.current.items()):
        kept = sorted((v for v in store.versions() if v.short_name == name and v is not current),
                      key=lambda v: v.version)
        for subject in dead_letter_subjects if name == "DeadLetter" else [subjects[name]]:
            registry.set_compatibility(compatibility, subject)
            done[subject] = [registry.register(subject, v.raw) for v in [*kept, current]]
    return done
