"""/health's reasons and the worker's own log lines, without a broker (the real-broker tests: test_operating.py)."""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace

from aiokafka import TopicPartition

from diplo.streams.health import ClusterProbe, health
from diplo.streams.log_levels import OwnLinesFilter
from diplo.streams.settings import Settings
from diplo.streams.worker_log import summary_line


class _Consumer:
    def __init__(self, assigned: list[TopicPartition]):
        self.assigned = assigned

    def assignment(self) -> set[TopicPartition]:
        return set(self.assigned)


def _app(assigned: list[TopicPartition], rebalancing: bool = False) -> SimpleNamespace:
    return SimpleNamespace(_consumer=_Consumer(assigned), rebalancing=rebalancing)


def _probe(error: str | None, checked: bool = True) -> ClusterProbe:
    now = [100.0]
    probe = ClusterProbe("k:9092", Settings(), clock=lambda: now[0])
    probe.checked, probe.error, probe.failing_since = checked, error, 88.0 if error else None
    return probe


def test_ready_only_when_kafka_answers_and_partitions_are_held() -> None:
    held = [TopicPartition("articles", 0)]
    assert health(_app(held), _probe(None)) == (200, {"status": "ready", "assigned": ["articles/0"]})
    status, body = health(_app(held), _probe("connection: refused"))
    assert (status, body["reason"]) == (503, "cannot reach Kafka at k:9092 for 12 s: connection: refused")
    assert health(_app(held), _probe(None, checked=False))[1]["reason"] == "connecting to Kafka"
    assert health(_app(held, rebalancing=True), _probe(None))[1]["reason"] == "rebalancing"
    status, body = health(_app([]), _probe(None))
    assert status == 503 and body["reason"].startswith("no partitions assigned")


def test_a_probe_of_a_closed_port_records_the_failure_and_when_it_began() -> None:
    # a request timeout passed through DIPLO_KAFKA_* must not clash with the probe's own
    probe = ClusterProbe("127.0.0.1:1", Settings.from_env({"DIPLO_KAFKA_REQUEST_TIMEOUT_MS": "9000"}), timeout=2.0)
    asyncio.run(probe.check())
    assert probe.checked and probe.error and probe.failing_since is not None
    assert probe.problem().startswith("cannot reach Kafka at 127.0.0.1:1 for ")


def test_summary_counts_what_happened_since_the_last_one() -> None:
    line = summary_line({"articles": 12, "events": 40, "dead_letters": 3}, {"articles": 2, "events": 5,
                        "dead_letters": 1}, {("articles", 0): 4, ("articles", 1): 1}, 60)
    assert line == "last 60 s: 10 article(s), 35 event(s), 2 dead letter(s); lag 5 over 2 partition(s)"


def test_diplo_lines_pass_at_info_while_library_info_lines_do_not() -> None:
    keep = OwnLinesFilter(logging.INFO, logging.WARNING)

    def record(name: str, level: int) -> logging.LogRecord:
        return logging.LogRecord(name, level, __file__, 1, "x", None, None)

    assert keep.filter(record("diplo.worker", logging.INFO))
    assert not keep.filter(record("diplo.worker", logging.DEBUG))
    assert not keep.filter(record("faust.worker", logging.INFO))
    assert not keep.filter(record("diplomat", logging.INFO))
    assert keep.filter(record("aiokafka", logging.WARNING))
