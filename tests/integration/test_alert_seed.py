"""The seed article through extract + alert on a real broker: one visit alert, once, signed."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplo.streams.settings import Settings
from tests.integration.test_alerting import SECRET, AlertEnv
from tests.kafka_helpers import produce_json, read_until
from tests.unit.alerting.support import free_port, group_caught_up, receiving, valid_signature
from tests.workers import wait_until

pytestmark = [pytest.mark.integration, pytest.mark.model]


def test_seed_article_gives_one_signed_visit_alert_and_none_when_reported_again(
        kafka_bootstrap: str, unique: str, tmp_path: Path, seed_article: dict) -> None:
    prefix = f"t{unique}."
    settings = Settings(topic_prefix=prefix, app_id=f"seed{unique}")  # the app id starts with the prefix
    env = AlertEnv(kafka_bootstrap, prefix, settings.app_id, settings.topics, free_port(), tmp_path / "logs")
    with receiving() as rx:
        env.subscribe("--id", "aze-visits", "--name", "Visits by AZE actors", "--country", "AZE", "--scope", "source",
                      "--cameo", "042", "--webhook", rx.url("/hook"), "--secret", SECRET)
        with env.worker(agents="extract,alert"):
            produce_json(env.bootstrap, env.topics.articles, [seed_article])
            alerts = env.wait_alerts("aze-visits", 1, timeout=120)
            wait_until(lambda: rx.ok("/hook"), 60, "the webhook delivery")

            event = alerts[0]["event"]
            assert (event["article_id"], event["source"]["country"], event["cameo_code"]) == ("seed", "AZE", "042")
            assert event["target"]["country"] == "RUS", event["target"]
            hit = rx.on("/hook")[0]
            assert valid_signature(SECRET, hit.body, hit.headers.get("X-Diplo-Signature")), hit.headers
            assert hit.json()["alert_id"] == alerts[0]["alert_id"]

            produce_json(env.bootstrap, env.topics.articles, [seed_article])  # the same article again
            read_until(env.bootstrap, env.topics.entities, lambda rs: len(rs) >= 2, timeout=120)
            env.wait_processed("aze-visits", candidates=2)
            wait_until(
                lambda: group_caught_up(env.bootstrap, env.deliver_group, env.topics.alerts), 60, "deliveries done"
            )
            alerts = env.alerts_for("aze-visits")
            assert len(alerts) == 1, f"{len(alerts)} alerts: {[a['event']['event_id'] for a in alerts]}"
            assert len(rx.on("/hook")) == 1, f"{len(rx.on('/hook'))} webhook calls"
