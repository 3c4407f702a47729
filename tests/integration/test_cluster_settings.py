"""Issue 13 items 1, 2 and 4 on a real broker: one prefix isolates a deployment, replication and client
properties reach the cluster, and a worker's data stays under DIPLO_HOME."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplo.streams.cli import main
from tests.kafka_helpers import group_client_ids, list_groups, list_topics, read_all, read_until, topic_configs
from tests.unit.alerting.sample import make_event
from tests.unit.alerting.support import produce_events
from tests.workers import running_worker

pytestmark = pytest.mark.integration


def _subscribe(bootstrap: str, prefix: str, sub_id: str) -> None:
    rc = main(["subscribe", "add", "--id", sub_id, "--name", sub_id, "--country", "AZE",
               "--bootstrap-servers", bootstrap, "--topic-prefix", prefix])
    assert rc == 0


def test_two_prefixes_with_the_same_app_id_share_nothing_and_lose_no_alert(kafka_bootstrap: str, unique: str,
                                                                           tmp_path: Path) -> None:
    """Issue 13 item 1: before, the two workers shared `<app id>-alert-matches` and groups; 4 of 8 alerts vanished."""
    app_id = f"iso{unique}"
    prefixes = [f"a{unique}.", f"b{unique}."]
    for prefix in prefixes:
        _subscribe(kafka_bootstrap, prefix, f"sub-{prefix[0]}")
    env = {"DIPLO_HOME": str(tmp_path / "home")}
    with running_worker(kafka_bootstrap, prefixes[0], tmp_path / "logs", agents="alert", app_id=app_id, env=env,
                        name="a"), \
         running_worker(kafka_bootstrap, prefixes[1], tmp_path / "logs", agents="alert", app_id=app_id, env=env,
                        name="b"):
        for prefix in prefixes:
            produce_events(kafka_bootstrap, f"{prefix}events.diplomatic",
                           [make_event(f"{prefix}e{i}") for i in range(4)])
        for prefix in prefixes:
            alerts = read_until(kafka_bootstrap, f"{prefix}alerts", lambda rs: len(rs) >= 4, timeout=90)
            assert sorted(a["event"]["event_id"] for a in alerts) == [f"{prefix}e{i}" for i in range(4)]
            assert {a["subscription_id"] for a in alerts} == {f"sub-{prefix[0]}"}
            assert read_all(kafka_bootstrap, f"{prefix}alerts.dlq") == []
    groups = [g for g in list_groups(kafka_bootstrap) if app_id in g]
    topics = [t for t in list_topics(kafka_bootstrap) if app_id in t]
    assert groups and topics
    # every group and internal topic of a deployment starts with its prefix: one prefixed ACL covers it
    assert [name for name in groups + topics if not name.startswith(tuple(prefixes))] == []


def test_replication_settings_and_client_properties_reach_the_cluster(kafka_bootstrap: str, unique: str,
                                                                      tmp_path: Path) -> None:
    """Issue 13 item 2: min.insync.replicas on every topic diplo creates, DIPLO_KAFKA_CLIENT_ID on the group members."""
    prefix = f"r{unique}."
    home = tmp_path / "home"
    work = tmp_path / "cwd"
    work.mkdir()
    env = {"DIPLO_HOME": str(home), "DIPLO_MIN_INSYNC_REPLICAS": "1", "DIPLO_KAFKA_CLIENT_ID": f"probe-{unique}"}
    with running_worker(kafka_bootstrap, prefix, tmp_path / "logs", agents="alert", env=env, cwd=work):
        # item 4: faust's table data lives under DIPLO_HOME, not in the working directory
        assert list(work.iterdir()) == []
        assert (home / "worker-data" / f"{prefix}app").is_dir()
        groups = [g for g in list_groups(kafka_bootstrap) if g.startswith(prefix)]
        assert group_client_ids(kafka_bootstrap, groups) == {f"probe-{unique}"}
    for topic in ("articles", "events.diplomatic", "alerts", "alerts.dlq", "subscriptions", "app-alert-matches",
                  "app-alert-emit-state"):
        set_on_topic = topic_configs(kafka_bootstrap, prefix + topic)["min.insync.replicas"]
        assert set_on_topic == ("1", "DYNAMIC_TOPIC_CONFIG"), topic


def test_a_replication_factor_the_cluster_cannot_hold_is_one_error_line(kafka_bootstrap: str, unique: str,
                                                                         tmp_path: Path) -> None:
    """Issue 13 item 2: before, DIPLO_REPLICATION_FACTOR did not exist and every topic got factor 1."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DIPLO_", "KAFKA_"))}
    env = {**clean, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap, "DIPLO_TOPIC_PREFIX": f"rf{unique}.",
           "DIPLO_REPLICATION_FACTOR": "3", "DIPLO_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "diplo", "worker", "--agents", "alert"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines() == [
        "Error: replication factor 3 needs 3 brokers; the cluster has 1 (set DIPLO_REPLICATION_FACTOR)"]
