"""The CLI against real processes: broker lifecycle, produce and consume on a real broker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplo.streams.detached import pid_alive
from diplo.streams.local_kafka import free_port

pytestmark = pytest.mark.integration


def diplo(*args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 180):
    return subprocess.run([sys.executable, "-m", "diplo", *args], capture_output=True, text=True, input=stdin,
                          env={**os.environ, **(env or {})}, timeout=timeout)


@pytest.mark.kafka
def test_broker_start_status_stop_leaves_no_process(tmp_path: Path) -> None:
    env = {"DIPLO_HOME": str(tmp_path)}
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    port = free_port()
    started = diplo("broker", "start", "--port", str(port), env=env)
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith(f"Kafka 4.1.2 started on 127.0.0.1:{port} (pid ")
    pid = int(started.stdout.split("(pid ")[1].split(",")[0])
    try:
        again = diplo("broker", "start", "--port", str(port), env=env)
        assert "already running" in again.stdout
        status = diplo("broker", "status", env=env)
        assert status.returncode == 0 and f"127.0.0.1:{port}" in status.stdout
    finally:
        stopped = diplo("broker", "stop", env=env)
    assert stopped.stdout.strip() == "Kafka stopped"
    assert not pid_alive(pid), "the broker process must be gone after stop"
    status = diplo("broker", "status", env=env)
    assert (status.returncode, status.stdout.strip()) == (3, "Kafka is not running")
    assert diplo("broker", "stop", env=env).stdout.strip() == "Kafka was not running"


def _controller_port(home: Path) -> int:
    config = (home / "kafka" / "server.properties").read_text()
    return int(config.split("controller.quorum.bootstrap.servers=127.0.0.1:")[1].split()[0])


@pytest.mark.kafka
def test_broker_stop_then_start_keeps_the_controller_port(tmp_path: Path) -> None:
    """Issue 13 item 7: a new CLI process must restart the broker on the ports the KRaft voter set recorded."""
    env = {"DIPLO_HOME": str(tmp_path), "KAFKA_BOOTSTRAP_SERVERS": ""}
    port = free_port()
    try:
        assert diplo("broker", "start", "--port", str(port), env=env).returncode == 0
        controller = _controller_port(tmp_path)
        assert diplo("broker", "stop", env=env).stdout.strip() == "Kafka stopped"
        again = diplo("broker", "start", "--port", str(port), env=env)
        assert again.returncode == 0, again.stderr
        assert _controller_port(tmp_path) == controller
        assert diplo("broker", "stop", env=env).stdout.strip() == "Kafka stopped"
        plain = diplo("broker", "start", env=env)  # no --port: the port of the last start, not 9092
        assert plain.returncode == 0, plain.stderr
        assert plain.stdout.startswith(f"Kafka 4.1.2 started on 127.0.0.1:{port} (pid ")
        assert _controller_port(tmp_path) == controller  # and it answered a client: start waits for that
    finally:
        diplo("broker", "stop", env=env)


def test_produce_files_and_consume_them(kafka_bootstrap: str, unique: str, tmp_path: Path) -> None:
    env = {"KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "DIPLO_TOPIC_PREFIX": f"cli{unique}."}
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("Kenya and Uganda signed a trade deal in Nairobi.")
    (folder / "more.jsonl").write_text(
        json.dumps({"id": "two", "text": "Chile recalled its ambassador.", "published_at": "2024-01-02"}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "three", "text": ""}) + "\n"
    )
    produced = diplo("produce", str(folder), "--format", "avro", env=env)
    assert produced.returncode == 0, produced.stderr
    assert produced.stdout.strip() == (f"Sent 2 article(s) to cli{unique}.articles; 2 refused before sending. Articles "
                                       f"the worker cannot code go to cli{unique}.articles.dlq (diplo consume "
                                       f"cli{unique}.articles.dlq).")
    assert "more.jsonl:2: invalid JSON" in produced.stderr
    assert "more.jsonl:3: article three: text is empty" in produced.stderr

    consumed = diplo("consume", "articles", "--from-beginning", "--max", "2", env=env)
    assert consumed.returncode == 0, consumed.stderr
    lines = [json.loads(line) for line in consumed.stdout.splitlines()]
    assert sorted(line["key"] for line in lines) == ["one", "two"]
    assert {line["schema"] for line in lines} == {"Article"}
    by_key = {line["key"]: line["value"] for line in lines}
    assert by_key["two"]["published_at"] == "2024-01-02"
    assert by_key["one"]["text"] == "Kenya and Uganda signed a trade deal in Nairobi."
    assert by_key["one"]["published_at"], "a missing published_at is filled"


def test_errors_are_one_line(tmp_path: Path) -> None:
    env = {"DIPLO_HOME": str(tmp_path), "KAFKA_BOOTSTRAP_SERVERS": ""}
    result = diplo("consume", "articles", "--max", "1", env=env)
    assert (result.returncode, result.stderr) == (
        1, "Error: no Kafka configured: run `diplo broker start` or set KAFKA_BOOTSTRAP_SERVERS\n")
    result = diplo("produce", str(tmp_path / "missing.jsonl"), env={"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1"})
    assert (result.returncode, result.stderr) == (1, f"Error: {tmp_path / 'missing.jsonl'}: no such file or folder\n")
    result = diplo("produce", "-", env={"KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}",
                                        "DIPLO_CONNECT_TIMEOUT": "0"},  # one attempt (test_start_stop.py: the retries)
                   stdin='{"id": "x", "text": "Hello."}\n')
    assert result.returncode == 1
    assert result.stderr.startswith("Error: cannot connect to Kafka at 127.0.0.1:"), result.stderr
    assert len(result.stderr.splitlines()) == 1
