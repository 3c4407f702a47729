"""Without a broker (a port nobody listens on): the start-up wait for Kafka and clients closed after a failed start."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys

import pytest

from diplo.streams.connect import backoff_delays, wait_for_cluster
from diplo.streams.errors import BrokerError, ConfigError
from diplo.streams.local_kafka import free_port
from diplo.streams.settings import Settings


def test_backoff_doubles_up_to_30_seconds() -> None:
    delays = backoff_delays()
    assert [next(delays) for _ in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_a_zero_timeout_is_one_attempt_and_one_error(caplog: pytest.LogCaptureFixture) -> None:
    bootstrap = f"127.0.0.1:{free_port()}"
    with pytest.raises(BrokerError, match=rf"^cannot connect to Kafka at {bootstrap} \(.+\); gave up after 1 "
                                          r"attempt\(s\) in 0s \(--connect-timeout\)$"):
        asyncio.run(wait_for_cluster(bootstrap, Settings(), 0))
    assert not [r for r in caplog.records if r.name == "diplo.connect"], "no retry line for a single attempt"


def test_each_failed_attempt_is_one_log_line(caplog: pytest.LogCaptureFixture) -> None:
    bootstrap = f"127.0.0.1:{free_port()}"
    caplog.set_level(logging.WARNING)
    with pytest.raises(BrokerError, match="gave up after 4 attempt"):
        asyncio.run(wait_for_cluster(bootstrap, Settings(), 0.3, delays=iter([0.1] * 10)))
    lines = [r.getMessage() for r in caplog.records if r.name == "diplo.connect"]
    assert len(lines) == 3, lines
    assert lines[0].startswith(f"Kafka at {bootstrap} is not reachable (")
    assert lines[0].endswith("attempt 1, next in 0s"), lines[0]
    assert not [r for r in caplog.records if r.name.startswith("aiokafka")], "aiokafka's own retry lines leak"


def test_a_failed_start_leaves_no_unclosed_consumer() -> None:
    """Before: "Unclosed AIOKafkaConsumer" printed after `diplo subscribe list`'s Error line (a process, as the CLI)."""
    code = ("import asyncio, sys\n"
            "from diplo.streams.alerting.subscriptions import load_subscriptions\n"
            "from diplo.streams.settings import Settings\n"
            "try:\n"
            f"    asyncio.run(load_subscriptions('127.0.0.1:{free_port()}', Settings()))\n"
            "except Exception as exc:\n"
            "    print(type(exc).__name__)\n")
    result = subprocess.run([sys.executable, "-W", "always", "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout == "KafkaConnectionError\n", result.stdout + result.stderr
    assert "Unclosed" not in result.stderr, result.stderr


def test_connect_timeout_from_the_environment() -> None:
    assert Settings.from_env({}).connect_timeout is None  # the command's own default
    assert Settings.from_env({"DIPLO_CONNECT_TIMEOUT": "inf"}).connect_timeout == float("inf")
    assert Settings.from_env({"DIPLO_CONNECT_TIMEOUT": "0"}).connect_timeout == 0
    with pytest.raises(ConfigError, match="connect timeout must be 0 \\(one attempt\\), more, or inf, got -1.0"):
        Settings.from_env({"DIPLO_CONNECT_TIMEOUT": "-1"})
