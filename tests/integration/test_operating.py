"""Operating a worker on a real broker (issue 13, items 8-11): honest /health, lag, log lines, long articles."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from bench.long_article import long_text
from diplo.streams.local_kafka import free_port
from diplo.streams.settings import Settings
from tests.fuzz_messages import news_articles
from tests.kafka_helpers import produce, produce_json, read_all, read_until
from tests.workers import running_worker, start_worker, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.model]


def _lag(text: str, topic: str) -> dict[int, float]:
    found = re.findall(rf'^diplo_consumer_lag\{{partition="(\d+)",topic="{re.escape(topic)}"\}} (\S+)$', text, re.M)
    return {int(p): float(v) for p, v in found}


def test_health_is_503_with_the_reason_while_kafka_is_down(local_broker, unique: str, tmp_path: Path) -> None:
    """Issue 13 item 8: /health answered 200 "ready" for 30-45 s after the broker had gone."""
    bootstrap = local_broker.start().bootstrap
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running_worker(bootstrap, f"hl{unique}.", tmp_path, env={"DIPLO_WEB_PORT": str(port)}):
        wait_until(lambda: httpx.get(f"{base}/health").status_code == 200, 60, "/health to report ready")
        local_broker.stop()
        try:
            wait_until(lambda: httpx.get(f"{base}/health").status_code == 503, 20, "/health to say 503", interval=0.5)
            body = httpx.get(f"{base}/health").json()
            assert body["status"] == "unavailable", body
            assert body["reason"].startswith(f"cannot reach Kafka at {bootstrap}"), body
        finally:
            assert local_broker.start().bootstrap == bootstrap
        wait_until(lambda: httpx.get(f"{base}/health").status_code == 200, 90, "/health to be ready again",
                   interval=0.5)


def test_health_is_503_without_partitions(kafka_bootstrap: str, unique: str, tmp_path: Path) -> None:
    """A second worker on a one-partition topic holds nothing: 503, and the body says so."""
    prefix = f"hp{unique}."
    ports = free_port(), free_port()
    env = {"DIPLO_PARTITIONS": "1"}
    with running_worker(kafka_bootstrap, prefix, tmp_path, env={**env, "DIPLO_WEB_PORT": str(ports[0])}, name="a"):
        wait_until(lambda: httpx.get(f"http://127.0.0.1:{ports[0]}/health").status_code == 200, 60, "worker a ready")
        with running_worker(kafka_bootstrap, prefix, tmp_path, env={**env, "DIPLO_WEB_PORT": str(ports[1])}, name="b"):
            def one_each() -> bool:
                codes = [httpx.get(f"http://127.0.0.1:{p}/health").status_code for p in ports]
                return sorted(codes) == [200, 503]

            wait_until(one_each, 90, "one worker ready and one without partitions")
            bodies = [httpx.get(f"http://127.0.0.1:{p}/health").json() for p in ports]
            idle = next(b for b in bodies if b["status"] != "ready")
            assert idle["assigned"] == [] and idle["reason"].startswith("no partitions assigned"), idle


def test_consumer_lag_after_a_restart_counts_from_the_committed_offsets(kafka_bootstrap: str, unique: str,
                                                                       tmp_path: Path) -> None:
    """Issue 13 item 9: after a restart the lag was the topic's end offset although everything was committed."""
    prefix = f"lag{unique}."
    topics = Settings(topic_prefix=prefix).topics
    articles = news_articles(20, prefix="l")
    port = free_port()
    env = {"DIPLO_WEB_PORT": str(port)}
    metrics = f"http://127.0.0.1:{port}/metrics"
    with running_worker(kafka_bootstrap, prefix, tmp_path, env=env, name="first"):
        produce_json(kafka_bootstrap, topics.articles, articles)
        read_until(kafka_bootstrap, topics.entities, lambda rs: len(rs) >= len(articles))
        wait_until(lambda: set(_lag(httpx.get(metrics).text, topics.articles).values()) == {0}, 30, "lag 0")
    # the first worker stopped cleanly, so every offset is committed; nothing new arrives
    with running_worker(kafka_bootstrap, prefix, tmp_path, env=env, name="second"):
        wait_until(lambda: len(_lag(httpx.get(metrics).text, topics.articles)) == 2, 60, "lag of both partitions")
        lag = _lag(httpx.get(metrics).text, topics.articles)
        assert lag == {0: 0, 1: 0}, f"nothing is left to do, yet lag {lag}"
    assert len(read_all(kafka_bootstrap, topics.entities)) == len(articles), "the restart reprocessed articles"


def test_default_log_level_long_article_and_dead_letters(kafka_bootstrap: str, unique: str, tmp_path: Path) -> None:
    """Issue 13 items 10 and 11 at the level users get: ready, dead letters, summaries, rebalances; a 58 KB
    article naming ~1,200 entities is coded instead of dead-lettered, and `diplo produce` does not claim to know."""
    prefix = f"ops{unique}."
    topics = Settings(topic_prefix=prefix).topics
    env = {"DIPLO_LOG_SUMMARY_SECONDS": "2"}
    first = start_worker(kafka_bootstrap, prefix, tmp_path, env=env, name="first", loglevel=None)
    try:
        wait_until(lambda: "ready: brokers" in first.log() or first.proc.poll() is not None, 180, "the ready line")
        ready = next(line for line in first.log().splitlines() if "ready: brokers" in line)
        assert f"topics {topics.articles}" in ready and f"{topics.articles}/0" in ready and "web off" in ready, ready

        article = tmp_path / "long.txt"
        article.write_text(long_text(58_000))
        produced = subprocess.run([sys.executable, "-m", "diplo", "produce", str(article)], capture_output=True,
                                  text=True, timeout=120, env={**os.environ, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
                                                               "DIPLO_TOPIC_PREFIX": prefix})
        assert produced.stdout.strip() == (f"Sent 1 article(s) to {topics.articles}; 0 refused before sending. "
                                           f"Articles the worker cannot code go to {topics.articles_dlq} "
                                           f"(diplo consume {topics.articles_dlq}).")
        produce(kafka_bootstrap, topics.articles, [(b"junk", b"\xff\xfe")])
        dead = read_until(kafka_bootstrap, topics.articles_dlq, lambda rs: len(rs) >= 1)[0]
        entities = read_until(kafka_bootstrap, topics.entities, lambda rs: len(rs) >= 1, timeout=180)
        assert len(entities) == 1 and len(entities[0]["entities"]) > 1000, "the long article was not coded"
        events = [e for e in read_all(kafka_bootstrap, topics.events) if e["article_id"] == "long"]
        assert len(events) > 100, f"{len(events)} events from a 58 KB article"
        assert len(read_all(kafka_bootstrap, topics.articles_dlq)) == 1, "only the junk message is a dead letter"

        mark = f"dead letter: {dead['topic']}/{dead['partition']} offset {dead['offset']} -> {topics.articles_dlq} " \
               "(validate, invalid_utf8)"
        wait_until(lambda: mark in first.log(), 10, "the dead-letter line")
        wait_until(lambda: re.search(r"last 2 s: \d+ article\(s\), \d+ event\(s\), 1 dead letter\(s\); lag \d+",
                                     first.log()) is not None, 30, "a summary line counting the dead letter")
        second = start_worker(kafka_bootstrap, prefix, tmp_path, env=env, name="second", loglevel=None)
        try:
            wait_until(lambda: "rebalance 1: assigned" in first.log(), 180, "the first worker's rebalance line")
        finally:
            second.stop()
        log = first.log()
        assert "[^Worker]" not in log, "faust's info lines stay hidden at the default level"
    finally:
        first.stop()
