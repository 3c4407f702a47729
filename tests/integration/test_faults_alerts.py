"""Alerts keep their promise across SIGKILLs at random points, on a real broker with real webhook receivers.

One alert worker at a time is killed while it matches, emits and delivers;
then a last worker finishes. Read with ``read_committed``, the alerts topic
must hold exactly one alert per (subscription, event) that the README's rules
say should match (none lost, none doubled), window alerts once per window, and
every alert of a webhook subscription must have been answered 2xx by its
receiver or be on ``alerts.dlq`` (stage ``deliver``). The figures are printed
and are in every assertion message.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from diplo.processors.alert_rules import match
from diplo.streams.alerting.subscriptions import load_subscriptions
from diplo.streams.cli import main
from diplo.streams.codec import AvroCodec
from diplo.streams.settings import Settings
from diplo.streams.topic_admin import ensure_topics
from tests.kafka_helpers import committed, read_all
from tests.unit.alerting.sample import make_event
from tests.unit.alerting.support import group_caught_up, produce_events, receiving
from tests.workers import WorkerProcess, start_worker, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.faults]

# a killed member leaves the group after 10 s (diplo's default; faust's own was 60), set here so the tests keep it
FAST_GROUP = {"DIPLO_SESSION_TIMEOUT_MS": "10000", "DIPLO_HEARTBEAT_INTERVAL_MS": "1000"}
WORDS = ("alpha", "beta", "gamma", "delta", "omega")
WEBHOOKS = {"slow": "alpha", "flaky": "beta", "refuse": "gamma"}


def _event(i: int) -> dict:
    word = WORDS[i % len(WORDS)]
    return make_event(f"k{i // 10}:{i:04d}", sentence=f"Zakir Hasanov visited Anapa for {word} talks, round {i}.")


class Scenario:
    def __init__(self, bootstrap: str, prefix: str, logs: Path, port_env: dict[str, str]):
        self.bootstrap = bootstrap
        self.prefix = prefix
        self.logs = logs
        self.settings = Settings(topic_prefix=prefix, partitions=2, app_id=f"{prefix}app")
        self.topics = self.settings.topics
        self.env = {**FAST_GROUP, "DIPLO_ALLOW_PRIVATE_WEBHOOKS": "1", "DIPLO_PARTITIONS": "2", **port_env}
        self.workers: list[WorkerProcess] = []

    def subscribe(self, *args: str) -> None:
        rc = main(["subscribe", "add", *args, "--bootstrap-servers", self.bootstrap,
                   "--topic-prefix", self.prefix])
        assert rc == 0

    def worker(self, n: int) -> WorkerProcess:
        worker = start_worker(self.bootstrap, self.prefix, self.logs, agents="alert", app_id=self.settings.app_id,
                              env=self.env, name=f"w{n:02d}")
        self.workers.append(worker)
        worker.wait_ready()
        return worker

    def alerts(self) -> list[dict]:
        return read_all(self.bootstrap, self.topics.alerts)

    def caught_up(self) -> bool:
        app = self.settings.app_id
        return (group_caught_up(self.bootstrap, app, self.topics.events)
                and group_caught_up(self.bootstrap, f"{app}-alert-emit", f"{app}-alert-matches")
                and group_caught_up(self.bootstrap, f"{app}-alert-deliver", self.topics.alerts))


# A test-side client socket (to the broker, during the kills' group churn) is sometimes left to the garbage
# collector; pytest turns that ResourceWarning into a failure after the alert assertions passed (seen once in a
# fresh-clone CI run, with all 20 kills and every count right). Only that warning is let through, here only.
@pytest.mark.filterwarnings("ignore:Exception ignored in. <socket.socket:pytest.PytestUnraisableExceptionWarning")
@pytest.mark.timeout(1800)
def test_sigkill_at_random_points_never_doubles_or_loses_an_alert_and_every_webhook_is_answered(
        kafka_bootstrap: str, unique: str, tmp_path: Path) -> None:
    kills = int(os.environ.get("DIPLO_KILL_POINTS", "20"))
    seed = int(os.environ.get("DIPLO_KILL_SEED", str(int(time.time()))))
    rng = random.Random(seed)
    prefix = f"kill{unique}."
    with receiving() as rx:
        rx.behaviour["/slow"] = lambda n: (200, 0.3 + (n % 4) * 0.4)  # deliveries in flight when the kill lands
        rx.behaviour["/flaky"] = lambda n: (500, 0.1) if n % 3 == 0 else (200, 0.1)  # retried, then delivered
        rx.behaviour["/refuse"] = lambda n: (400, 0.0)  # never retried: dead-lettered
        s = Scenario(kafka_bootstrap, prefix, tmp_path / "logs", {})
        asyncio.run(ensure_topics(kafka_bootstrap, s.settings))
        for name, word in WEBHOOKS.items():
            s.subscribe("--id", name, "--name", name, "--term", word, "--webhook", rx.url(f"/{name}"),
                        "--secret", "k" * 20)
        s.subscribe("--id", "topic", "--name", "every AZE event", "--country", "AZE")
        s.subscribe("--id", "window", "--name", "5 an hour", "--country", "AZE", "--min-events", "5",
                    "--within", "3600")
        produced: list[dict] = []
        kill_points: list[str] = []
        try:
            for n in range(kills):
                worker = s.worker(n)
                fresh = [_event(i) for i in range(len(produced), len(produced) + 10)]
                again = rng.sample(produced, min(3, len(produced)))  # the same events reported again
                before_alerts, before_hits = len(s.alerts()), len(rx.hits)
                produce_events(kafka_bootstrap, s.topics.events, fresh + again)
                produced += fresh
                wait_until(lambda h=before_hits, a=before_alerts: len(rx.hits) > h or len(s.alerts()) > a, 120,
                           f"round {n}: the worker to emit or deliver something")
                delay = rng.uniform(0.0, 1.5)
                time.sleep(delay)  # the kill point itself: a random moment while alerts are emitted and delivered
                worker.kill(signal.SIGKILL)
                kill_points.append(f"{delay:.2f}s")
            final = s.worker(kills)
            expected = _expected(kafka_bootstrap, s.settings, produced)
            webhook_ids = lambda: {a["alert_id"] for a in s.alerts() if a["subscription_id"] in WEBHOOKS}  # noqa: E731  (a one-line probe)

            def settled() -> bool:
                if final.proc.poll() is not None:
                    raise AssertionError(f"worker exited {final.proc.returncode}:\n{final.tail()}")
                return s.caught_up() and webhook_ids() <= _answered(rx) | _dead_lettered(s)

            wait_until(settled, 300, "every alert emitted and every webhook alert answered", interval=1.0)
            final.stop()
        finally:
            for worker in s.workers:
                worker.stop()

        alerts = s.alerts()
        single = Counter((a["subscription_id"], a["event"]["event_id"]) for a in alerts if not a["window_event_ids"])
        windows = Counter(a["alert_id"] for a in alerts if a["window_event_ids"])
        answered, dead = _answered(rx), _dead_lettered(s)
        hooked = [a for a in alerts if a["subscription_id"] in WEBHOOKS]
        figures = {
            "seed": seed, "kill_points": len(kill_points), "kills_at": kill_points, "events": len(produced),
            "alerts_expected": len(expected), "alerts_seen": sum(single.values()), "window_alerts": len(windows),
            "webhook_alerts": len(hooked), "delivered_2xx": len({a["alert_id"] for a in hooked} & answered),
            "dead_lettered": len({a["alert_id"] for a in hooked} & dead),
            "posts": len(rx.hits), "posts_2xx": sum(1 for h in rx.hits if h.status == 200),
            "redelivered": sum(c - 1 for c in Counter(h.headers["X-Diplo-Alert-Id"] for h in rx.hits
                                                       if h.status == 200).values()),
        }
        print(f"\nalert kill test: {figures}")
        doubled = {k: c for k, c in single.items() if c > 1}
        assert not doubled, f"(subscription, event) alerted more than once: {list(doubled.items())[:5]}; {figures}"
        assert not [k for k, c in windows.items() if c > 1], f"a window alerted twice; {figures}"
        assert set(single) == expected, (f"{len(expected - set(single))} expected alerts missing, "
                                         f"{len(set(single) - expected)} unexpected; {figures}")
        assert windows, f"no window alert at all; {figures}"
        lost = {a["alert_id"] for a in hooked} - answered - dead
        assert not lost, f"{len(lost)} webhook alerts neither delivered nor dead-lettered; {figures}"


def test_a_delivery_in_flight_when_the_worker_is_killed_is_posted_again_after_the_restart(
        kafka_bootstrap: str, unique: str, tmp_path: Path) -> None:
    """A webhook delivery lost to a kill (found in an end-to-end run): the receiver holds the first
    POST 4.5 s, then answers 500; SIGKILL meanwhile."""
    prefix = f"held{unique}."
    with receiving() as rx:
        rx.behaviour["/hold"] = lambda n: (500, 4.5) if n == 1 else (200, 0.0)
        s = Scenario(kafka_bootstrap, prefix, tmp_path / "logs", {})
        asyncio.run(ensure_topics(kafka_bootstrap, s.settings))
        s.subscribe("--id", "hold", "--name", "held", "--country", "AZE", "--webhook", rx.url("/hold"),
                    "--secret", "h" * 20)
        try:
            first = s.worker(0)
            produce_events(kafka_bootstrap, s.topics.events, [make_event("h:1")])
            wait_until(lambda: "/hold" in rx.arrivals, 60, "the first POST to reach the receiver")
            first.kill(signal.SIGKILL)
            [alert] = read_all(kafka_bootstrap, s.topics.alerts, decode=False)
            committed = _committed(kafka_bootstrap, f"{s.settings.app_id}-alert-deliver", alert)
            assert committed is None or committed <= alert.offset, (
                f"delivery progress committed at {committed}, past the unfinished delivery at offset {alert.offset}")
            second = s.worker(1)
            wait_until(lambda: len(rx.ok("/hold")) == 1, 90, "the alert to be POSTed again after the restart")
            wait_until(s.caught_up, 60, "the delivery to be committed")
            second.stop()
        finally:
            for worker in s.workers:
                worker.stop()
        assert [h.status for h in rx.on("/hold")][-1] == 200
        assert not read_all(kafka_bootstrap, s.topics.alerts_dlq), "the retried delivery was dead-lettered"


def _committed(bootstrap: str, group: str, record) -> int | None:
    return committed(bootstrap, group, [record.topic])[(record.topic, record.partition)]


def _expected(bootstrap: str, settings: Settings, events: list[dict]) -> set[tuple[str, str]]:
    """(subscription, event) pairs the rules match, for every subscription without a window."""
    subscriptions = asyncio.run(load_subscriptions(bootstrap, settings))
    return {(sub["id"], e["event_id"]) for sub in subscriptions if not sub.get("window") for e in events
            if match(sub["filter"], e) is not None}


def _answered(rx) -> set[str]:
    return {h.headers["X-Diplo-Alert-Id"] for h in rx.hits if 200 <= h.status < 300}


def _dead_lettered(s: Scenario) -> set[str]:
    codec = AvroCodec()
    return {codec.decode(d["original"])[1]["alert_id"] for d in read_all(s.bootstrap, s.topics.alerts_dlq)
            if d["stage"] == "deliver"}
