"""A broker outage must not flood the worker's log with the same client error."""

from __future__ import annotations

import logging

from diplo.streams.log_limits import RepeatLimiter, limit_repeats


def _record(msg: str, *args: object, name: str = "aiokafka.conn", level: int = logging.ERROR) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, args, None)


def test_one_record_per_template_per_interval_then_a_count() -> None:
    now = [0.0]
    limiter = RepeatLimiter(interval=10, clock=lambda: now[0])
    passed = []
    for second in range(25):
        now[0] = float(second)
        for node in (1, 2):  # same template, different arguments: one kind of message
            record = _record("Unable connect to node with id %s: %s", node, "refused")
            if limiter.filter(record):
                passed.append((second, record.getMessage()))
    assert [s for s, _ in passed] == [0, 10, 20]
    assert passed[0][1] == "Unable connect to node with id 1: refused"
    assert passed[1][1] == "Unable connect to node with id 1: refused [19 more like this in the last 10s]"


def test_other_templates_loggers_and_critical_records_pass() -> None:
    limiter = RepeatLimiter(interval=10, clock=lambda: 0.0)
    assert limiter.filter(_record("Unable to update metadata from %s", 1))
    assert limiter.filter(_record("Failed fetch messages from %s", 1))
    assert limiter.filter(_record("Unable to update metadata from %s", 1, name="aiokafka.client"))
    assert not limiter.filter(_record("Unable to update metadata from %s", 2))
    assert limiter.filter(_record("Unable to update metadata from %s", 2, level=logging.CRITICAL))


def test_limit_repeats_reaches_every_aiokafka_module_logger() -> None:
    import aiokafka.conn  # noqa: F401  (creates its module logger)

    limiter = limit_repeats("aiokafka")
    try:
        assert limiter in logging.getLogger("aiokafka.conn").filters
        assert limiter in logging.getLogger("aiokafka.consumer.fetcher").filters
        assert limiter not in logging.getLogger("diplo").filters
    finally:
        for name in list(logging.root.manager.loggerDict):
            if name.startswith("aiokafka"):
                logging.getLogger(name).removeFilter(limiter)
