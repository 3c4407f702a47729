"""Issue 14 item 8: the README's Java example reads a topic with both framings, with only kafka-clients and Avro."""

from __future__ import annotations

import json
import subprocess
from importlib import resources
from pathlib import Path

import pytest

from diplo.streams.codec import AvroCodec, make_codec
from diplo.streams.settings import Settings
from tests.kafka_helpers import create_topics, produce
from tests.maven import resolve_libs
from tests.records_factory import sample_event

pytestmark = pytest.mark.integration

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "java-reader"


def test_java_example_reads_single_object_and_confluent_records(kafka_bootstrap, schema_registry_url, unique):
    topic = f"java{unique}.events.diplomatic"
    create_topics(kafka_bootstrap, {topic: 1})
    confluent = make_codec(Settings().with_(schema_registry_url=schema_registry_url, topic_prefix=f"java{unique}."))
    try:
        first, second = sample_event("e-single"), sample_event("e-confluent", url="https://example.org/a")
        produce(kafka_bootstrap, topic, [(b"1", AvroCodec().encode("DiplomaticEvent", first)),
                                         (b"2", confluent.encode("DiplomaticEvent", second))])
    finally:
        confluent.close()
    libs = resolve_libs("java-reader", EXAMPLE / "pom.xml")
    result = subprocess.run(
        ["java", "-cp", f"{libs}/*", str(EXAMPLE / "DiploTopicReader.java"), kafka_bootstrap, topic,
         str(resources.files("diplo.schemas")), schema_registry_url],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert records == [first, second]
