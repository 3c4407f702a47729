"""On a real broker: two DiplomaticEvent versions on one topic, each reader reads both.

"v1" here is the current schema, frozen as schemas/history/DiplomaticEvent.v2.avsc
(the history's v1 is older still); "v2" is test-only: it plus an optional ``tone`` field.
Every message carries its writer's fingerprint, so the codec finds the writer schema and
resolves it into the reader's current one. A reader must know a writer's schema to do that: a v1 reader that has
never seen v2 dead-letters v2 records as ``unknown_fingerprint`` instead of
guessing; deploy readers with the new schema in history/ before writers switch.
"""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest

from diplo.streams.codec import AvroCodec, DecodeError
from diplo.streams.schema_compat import full_problems
from diplo.streams.schema_store import SchemaStore, SchemaVersion, build_version, load_store
from tests.kafka_helpers import create_topics, produce, read_all
from tests.records_factory import sample_event

pytestmark = pytest.mark.integration


def _v1() -> SchemaVersion:
    raw = json.loads(resources.files("diplo.schemas").joinpath("history", "DiplomaticEvent.v2.avsc").read_text())
    return build_version(raw, {}, "v1")  # the label this test's readers know it by


def _v2() -> SchemaVersion:
    raw = copy.deepcopy(_v1().raw)
    raw["fields"].append({"name": "tone", "type": ["null", "double"], "default": None,
                          "doc": "Test-only v2 field: average tone of the sentence."})
    return build_version(raw, {}, "v2")


def _codecs() -> tuple[AvroCodec, AvroCodec]:
    """(a v1 consumer that has v2 in its history, a v2 consumer that has v1 in its history)."""
    current = load_store().current
    v1, v2 = _v1(), _v2()
    assert current["DiplomaticEvent"].fingerprint == v1.fingerprint, "v1 must be the current schema, frozen"
    old = AvroCodec(SchemaStore(dict(current), [v2]))
    new = AvroCodec(SchemaStore({**current, "DiplomaticEvent": v2}, [v1]))
    return old, new


def test_v2_is_compatible_with_v1_both_ways() -> None:
    assert full_problems(_v1().raw, _v2().raw) == []


def test_old_and_new_readers_read_both_versions_from_one_topic(kafka_bootstrap: str, unique: str) -> None:
    old, new = _codecs()
    topic = f"evolution{unique}"
    create_topics(kafka_bootstrap, {topic: 1})
    v1_event = sample_event("e-v1")
    v2_event = {**sample_event("e-v2"), "tone": -2.5}
    produce(kafka_bootstrap, topic, [(b"e-v1", old.encode("DiplomaticEvent", v1_event)),
                                     (b"e-v2", new.encode("DiplomaticEvent", v2_event))])
    messages = read_all(kafka_bootstrap, topic, decode=False)
    assert [m.key for m in messages] == [b"e-v1", b"e-v2"], f"read {len(messages)} messages"
    written_by = [old.writer_of(m.value).version for m in messages]
    assert written_by == ["current", "v2"], f"writer versions by fingerprint: {written_by}"

    as_old = [old.decode(m.value) for m in messages]
    as_new = [new.decode(m.value) for m in messages]
    # a v1 reader drops the field it does not know
    assert as_old == [("DiplomaticEvent", v1_event), ("DiplomaticEvent", sample_event("e-v2"))]
    # a v2 reader fills the new field of v1 records with its default
    assert as_new == [("DiplomaticEvent", {**v1_event, "tone": None}), ("DiplomaticEvent", v2_event)]


def test_a_reader_that_never_saw_v2_rejects_it_by_fingerprint() -> None:
    _, new = _codecs()
    data = new.encode("DiplomaticEvent", {**sample_event(), "tone": 1.0})
    with pytest.raises(DecodeError, match="unknown Avro schema fingerprint") as info:
        AvroCodec().decode(data)
    assert info.value.reason_code == "unknown_fingerprint"
