"""Start-up and stop of real processes (issue 13 items 6 and 12): wait for Kafka, one error line, Ctrl-C.

A worker started while Kafka is down waits with backoff (one line per attempt)
instead of exiting into a supervisor's restart loop; one-shot commands give up
after --connect-timeout with one Error line; a taken web port is one Error line
before anything loads; Ctrl-C stops cleanly with one "stopping" line and 130.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from diplo.streams.local_kafka import free_port
from tests.workers import start_worker, wait_until

pytestmark = pytest.mark.integration

ATTEMPT = "is not reachable"


def diplo(*args: str, env: dict[str, str] | None = None, stdin: str = "", timeout: float = 120):
    return subprocess.run([sys.executable, "-m", "diplo", *args], capture_output=True, text=True, input=stdin,
                          env={**os.environ, **(env or {})}, timeout=timeout)


@pytest.mark.kafka
def test_a_worker_started_while_kafka_is_down_waits_and_then_runs(local_broker, unique: str, tmp_path: Path) -> None:
    """Before: two lines and status 1 at once, a restart loop under a supervisor."""
    bootstrap = f"127.0.0.1:{local_broker.port}"
    local_broker.stop()
    worker = start_worker(bootstrap, f"wait{unique}.", tmp_path, agents="alert")
    try:
        def attempts() -> int:
            assert worker.proc.poll() is None, f"the worker exited with {worker.proc.returncode}:\n{worker.tail()}"
            return worker.log().count(ATTEMPT)

        wait_until(lambda: attempts() >= 3, 60, "three connection attempts")
        lines = [line for line in worker.log().splitlines() if ATTEMPT in line]
        assert lines[0].startswith(f"Kafka at {bootstrap} is not reachable (") and lines[0].endswith(
            "attempt 1, next in 1s"), lines[0]
        assert lines[1].endswith("attempt 2, next in 2s") and lines[2].endswith("attempt 3, next in 4s"), lines
        assert "Traceback" not in worker.log()
        local_broker.start()
        worker.wait_ready(timeout=180)
        assert f"Kafka at {bootstrap} answered on attempt " in worker.log()
    finally:
        worker.stop()
        local_broker.start()  # other tests share it
    assert worker.proc.returncode == 0, worker.tail()


def test_one_shot_commands_give_up_after_the_connect_timeout_with_one_error_line() -> None:
    bootstrap = f"127.0.0.1:{free_port()}"
    result = diplo("produce", "-", "--connect-timeout", "2.5", env={"KAFKA_BOOTSTRAP_SERVERS": bootstrap},
                   stdin='{"id": "x", "text": "Hello."}\n')
    lines = result.stderr.splitlines()
    assert result.returncode == 1, result.stderr
    assert len(lines) >= 2 and all(ATTEMPT in line for line in lines[:-1]), result.stderr
    assert lines[-1].startswith(f"Error: cannot connect to Kafka at {bootstrap} (") and lines[-1].endswith(
        "(--connect-timeout)"), lines[-1]
    for command in (("subscribe", "list"), ("alerts", "--max", "1"), ("consume", "articles", "--max", "1")):
        result = diplo(*command, env={"KAFKA_BOOTSTRAP_SERVERS": bootstrap, "DIPLO_CONNECT_TIMEOUT": "0"})
        assert (result.returncode, len(result.stderr.splitlines())) == (1, 1), f"{command}: {result.stderr}"
        assert result.stderr.startswith("Error: cannot connect to Kafka at "), result.stderr


def test_a_taken_web_port_is_one_error_line_before_anything_loads() -> None:
    """Before: a 47-line traceback after 10 s (the model loaded, the worker joined, then the bind failed)."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = diplo("worker", "--web-port", str(port), env={"KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}"})
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", f"Error: port {port} on 127.0.0.1 is already in use; choose another with --web-port\n")


@pytest.mark.kafka
def test_ctrl_c_stops_the_worker_cleanly_with_one_line_and_status_130(kafka_bootstrap: str, unique: str,
                                                                       tmp_path: Path) -> None:
    """Before: a wall of faust text and status 0."""
    port = free_port()
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "DIPLO_TOPIC_PREFIX": f"int{unique}.",
           "DIPLO_APP_ID": f"int{unique}", "DIPLO_PARTITIONS": "1", "DIPLO_WEB_PORT": str(port)}
    stderr = tmp_path / "stderr"
    with open(stderr, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "diplo", "worker", "--agents", "alert"], env=env,
                                stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL, cwd=tmp_path)
    try:
        def healthy() -> bool:
            assert proc.poll() is None, f"the worker exited with {proc.returncode}:\n{stderr.read_text()}"
            try:
                return httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        wait_until(healthy, 180, "the worker's /health", interval=0.5)
        before = stderr.read_text()
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    after = stderr.read_text()[len(before):]
    assert proc.returncode == 130, after
    assert after == "Stopping the worker (Ctrl-C): committing offsets and leaving the group\n", after
