"""The worker's /health and /metrics pages on a real broker."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from diplo.streams.local_kafka import free_port
from diplo.streams.settings import Settings
from tests.kafka_helpers import produce, produce_json, read_until
from tests.workers import running_worker, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.model]


def _metric(text: str, name: str, **labels: str) -> float:
    total = 0.0
    found = False
    for line in text.splitlines():
        if line.startswith(name) and all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
            found = True
    assert found, f"{name}{labels} not in /metrics"
    return total


def test_health_and_metrics(kafka_bootstrap: str, unique: str, tmp_path, seed_article: dict) -> None:
    prefix = f"obs{unique}."
    topics = Settings(topic_prefix=prefix).topics
    port = free_port()
    with running_worker(kafka_bootstrap, prefix, tmp_path, env={"DIPLO_WEB_PORT": str(port)}):
        base = f"http://127.0.0.1:{port}"
        wait_until(lambda: httpx.get(f"{base}/health").status_code == 200, 60, "/health to report ready")
        health = httpx.get(f"{base}/health").json()
        assert health["status"] == "ready"
        assert f"{topics.articles}/0" in health["assigned"], health

        produce_json(kafka_bootstrap, topics.articles, [seed_article])
        produce(kafka_bootstrap, topics.articles, [(b"junk", b"\xff\xfe")])
        read_until(kafka_bootstrap, topics.articles_dlq, lambda rs: len(rs) >= 1)
        read_until(kafka_bootstrap, topics.entities, lambda rs: len(rs) >= 1)

        def counted() -> bool:
            text = httpx.get(f"{base}/metrics").text
            return _metric(text, "diplo_articles_in_total") >= 2

        wait_until(counted, 30, "metrics to count both articles")
        text = httpx.get(f"{base}/metrics").text
        assert _metric(text, "diplo_dead_letters_total", stage="validate", reason="invalid_utf8") == 1
        assert _metric(text, "diplo_entities_out_total") == 1
        assert _metric(text, "diplo_events_out_total") >= 2
        assert _metric(text, "diplo_article_latency_seconds_count") == 2
        lag = _metric(text, "diplo_consumer_lag", topic=topics.articles)
        assert lag == 0, f"all messages were handled, lag {lag}"
        assert _listening_addresses(port) == {"127.0.0.1"}, "the web server must bind to loopback only"


def _listening_addresses(port: int) -> set[str]:
    """Local IPv4 addresses listening on ``port``, from /proc/net/tcp."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:
            found.add(".".join(str(b) for b in reversed(bytes.fromhex(address))))
    return found
