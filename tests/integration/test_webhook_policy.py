"""Issue 13 item 13 on a real broker: private webhooks are the workers' decision, and a refused delivery is
visible in `diplo alerts` and in the worker's metrics."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from pathlib import Path

import pytest

from diplo.streams.cli import main
from diplo.streams.settings import Settings
from diplo.streams.topic_admin import ensure_topics
from tests.kafka_helpers import read_until
from tests.unit.alerting.sample import make_event
from tests.unit.alerting.support import free_port, produce_events, receiving
from tests.workers import running_worker

pytestmark = pytest.mark.integration


def test_private_webhook_is_accepted_at_subscribe_and_its_refusal_shows_in_alerts_and_metrics(
        kafka_bootstrap: str, unique: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before: `subscribe add` refused the URL unless it had DIPLO_ALLOW_PRIVATE_WEBHOOKS too, and a worker without
    it dead-lettered each alert with only a WARNING line."""
    prefix = f"w{unique}."
    settings = Settings(topic_prefix=prefix, partitions=2)
    asyncio.run(ensure_topics(kafka_bootstrap, settings))
    kafka = ["--bootstrap-servers", kafka_bootstrap, "--topic-prefix", prefix]
    port = free_port()
    with receiving() as rx:
        rc = main(["subscribe", "add", "--id", "hook", "--name", "Local hook", "--country", "AZE",
                   "--webhook", rx.url("/hook"), "--secret", "s3cret-s3cret-s3cret", *kafka])
        assert rc == 0
        note = capsys.readouterr().err
        assert "the workers deliver to it only if they run with DIPLO_ALLOW_PRIVATE_WEBHOOKS=1" in note
        with running_worker(kafka_bootstrap, prefix, tmp_path / "logs", agents="alert",
                            env={"DIPLO_WEB_PORT": str(port), "DIPLO_ALLOW_PRIVATE_WEBHOOKS": ""}):
            produce_events(kafka_bootstrap, settings.topics.events, [make_event("p:1")])
            [dead] = read_until(kafka_bootstrap, settings.topics.alerts_dlq, lambda rs: len(rs) >= 1, timeout=60)
            assert (dead["stage"], dead["reason_code"]) == ("deliver", "private_address")
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as page:
                metrics = page.read().decode()
            assert 'diplo_dead_letters_total{reason="private_address",stage="deliver"} 1.0' in metrics
        assert rx.on("/hook") == []

    assert main(["alerts", "--from-beginning", "--max", "2", *kafka]) == 0
    text = capsys.readouterr().out
    assert "Local hook — NOT DELIVERED: alert " in text
    assert "reason: private_address (deliver): webhook host '127.0.0.1' is a private or loopback address" in text
    assert main(["alerts", "--from-beginning", "--max", "2", "--json", *kafka]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    [undelivered] = [line["undelivered"] for line in lines if "undelivered" in line]
    assert (undelivered["subscription_id"], undelivered["reason_code"]) == ("hook", "private_address")
