"""On a real broker with a SASL/PLAIN listener: the worker and the CLI authenticate from settings.

A second local Kafka gets a SASL_PLAINTEXT listener (JAAS users in its
config) next to its PLAINTEXT one (kept for LocalKafka's readiness probe).
diplo's worker, ``diplo produce`` and ``diplo consume`` reach it only through
the SASL listener, with KAFKA_SECURITY_PROTOCOL / KAFKA_SASL_* settings; a
wrong password fails with one line, and no log or output contains a password.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplo.streams.local_kafka import LocalKafka, free_port
from tests.workers import start_worker

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.model]

PASSWORD = "sasl-pw-41c7-never-logged"
WRONG = "sasl-wrong-9d2e-never-logged"


class SaslKafka(LocalKafka):
    """LocalKafka plus a SASL_PLAINTEXT listener with users admin and diplo."""

    def __init__(self, data_dir: Path, sasl_port: int):
        super().__init__(data_dir)
        self.sasl_port = sasl_port

    def _write_config(self, storage: Path, port: int, controller_port: int) -> Path:
        config = super()._write_config(storage, port, controller_port)
        lines = dict(line.split("=", 1) for line in config.read_text().splitlines() if line)
        sasl = f"SASL_PLAINTEXT://127.0.0.1:{self.sasl_port}"
        lines["listeners"] += f",{sasl}"
        lines["advertised.listeners"] += f",{sasl}"
        lines["listener.security.protocol.map"] += ",SASL_PLAINTEXT:SASL_PLAINTEXT"
        lines["sasl.enabled.mechanisms"] = "PLAIN"
        lines["listener.name.sasl_plaintext.plain.sasl.jaas.config"] = (
            'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" '
            f'password="admin-secret" user_admin="admin-secret" user_diplo="{PASSWORD}";')
        config.write_text("".join(f"{k}={v}\n" for k, v in lines.items()))
        return config


@pytest.fixture(scope="module")
def sasl_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    broker = SaslKafka(tmp_path_factory.mktemp("kafka-sasl") / "kafka", sasl_port=port)
    broker.start()
    try:
        yield f"127.0.0.1:{port}"
    finally:
        broker.stop()


def _env(bootstrap: str, prefix: str, password: str) -> dict[str, str]:
    return {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap, "DIPLO_TOPIC_PREFIX": prefix,
            "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM": "PLAIN",
            "KAFKA_SASL_USERNAME": "diplo", "KAFKA_SASL_PASSWORD": password}


def _diplo(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplo", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_worker_and_cli_authenticate_with_sasl_plain(sasl_bootstrap: str, unique: str, tmp_path: Path) -> None:
    prefix = f"sasl{unique}."
    env = _env(sasl_bootstrap, prefix, PASSWORD)
    sasl_only = {k: v for k, v in env.items() if k.startswith("KAFKA_SASL") or k == "KAFKA_SECURITY_PROTOCOL"}
    article = tmp_path / "a.jsonl"
    article.write_text(json.dumps({"id": "sasl-1", "text": "France and Germany held talks in Paris.",
                                   "published_at": "2024-03-01"}) + "\n")
    worker = start_worker(sasl_bootstrap, prefix, tmp_path, env=sasl_only)
    try:
        worker.wait_ready()
        produced = _diplo(["produce", str(article)], env)
        assert produced.returncode == 0, produced.stderr
        consumed = _diplo(["consume", "entities", "--from-beginning", "--max", "1", "--timeout", "90"], env)
        assert consumed.returncode == 0, consumed.stderr
        lines = [json.loads(line) for line in consumed.stdout.splitlines()]
        assert [line["key"] for line in lines] == ["sasl-1"], consumed.stdout

        refused = _diplo(["produce", str(article)], _env(sasl_bootstrap, prefix, WRONG), timeout=180)
        assert refused.returncode == 1, (refused.returncode, refused.stderr[-2000:])
        error_lines = [line for line in refused.stderr.splitlines() if line.startswith("Error: ")]
        assert len(error_lines) == 1, refused.stderr[-2000:]
        log = worker.log()
    finally:
        worker.stop()
    outputs = {"worker log": log, "produce": produced.stdout + produced.stderr,
               "consume": consumed.stdout + consumed.stderr, "refused produce": refused.stdout + refused.stderr}
    for name, text in outputs.items():
        assert PASSWORD not in text and WRONG not in text, f"a password appears in the {name} output"
    print(f"\nwrong password: {error_lines[0]}")
