"""Without a broker: the config file layer, client property passthrough, prefix isolation, `diplo config`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from diplo.streams.app import faust_client_settings
from diplo.streams.cli.config import describe_settings
from diplo.streams.config_file import find_config, read_config
from diplo.streams.errors import ConfigError
from diplo.streams.settings import Settings, file_layer


def test_every_setting_is_a_file_key_by_name_or_variable(tmp_path: Path) -> None:
    path = tmp_path / "diplo.toml"
    path.write_text('topic_prefix = "a."\nDIPLO_PARTITIONS = 6\nallow-private-webhooks = true\n'
                    'batch_timeout = 0.5\n[kafka]\n"request.timeout.ms" = 60000\n')
    assert read_config(path) == {"DIPLO_TOPIC_PREFIX": "a.", "DIPLO_PARTITIONS": "6",
                                 "DIPLO_ALLOW_PRIVATE_WEBHOOKS": "true", "DIPLO_BATCH_TIMEOUT": "0.5",
                                 "DIPLO_KAFKA_REQUEST_TIMEOUT_MS": "60000"}
    # every setting, including ones added later, is a file key with no extra wiring
    path.write_text("".join(f'{name} = "1"\n' for name in Settings.env_vars()))
    assert read_config(path) == {var: "1" for var in Settings.env_vars().values()}


def test_flag_beats_environment_beats_file_beats_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIPLO_TOPIC_PREFIX", raising=False)
    monkeypatch.delenv("DIPLO_PARTITIONS", raising=False)
    monkeypatch.delenv("DIPLO_BATCH_SIZE", raising=False)
    with file_layer({"DIPLO_TOPIC_PREFIX": "file.", "DIPLO_PARTITIONS": "6", "DIPLO_BATCH_SIZE": "7"}):
        monkeypatch.setenv("DIPLO_PARTITIONS", "5")
        settings = Settings.from_env(batch_size=9)
        assert (settings.topic_prefix, settings.partitions, settings.batch_size) == ("file.", 5, 9)
    assert Settings.from_env().topic_prefix == ""  # the layer ends with the command


def test_unknown_keys_bad_toml_and_missing_files_are_one_line_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('topic_prefx = "a."\n')
    with pytest.raises(ConfigError, match="unknown setting 'topic_prefx'"):
        read_config(bad)
    bad.write_text("topic_prefix = \n")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        read_config(bad)
    with pytest.raises(ConfigError, match="does not exist"):
        find_config(str(tmp_path / "nope.toml"))
    assert find_config(None, environ={}, cwd=tmp_path) is None
    (tmp_path / "diplo.toml").write_text("")
    assert find_config(None, environ={}, cwd=tmp_path) == tmp_path / "diplo.toml"


def test_the_app_id_always_starts_with_the_topic_prefix() -> None:
    """Issue 13 item 1: two prefixes never share a consumer group or an internal topic."""
    assert Settings.from_env({"DIPLO_TOPIC_PREFIX": "a."}).app_id == "a.diplo"
    assert Settings.from_env({"DIPLO_TOPIC_PREFIX": "a.", "DIPLO_APP_ID": "a.x"}).app_id == "a.x"
    assert Settings.from_env({}).app_id == "diplo"


def test_client_properties_reach_the_clients_that_take_them() -> None:
    settings = Settings.from_env({"DIPLO_KAFKA_CLIENT_ID": "me", "DIPLO_KAFKA_FETCH_MAX_BYTES": "1000",
                                  "DIPLO_KAFKA_COMPRESSION_TYPE": "gzip", "DIPLO_KAFKA_CACHE": "/not/a/property"})
    assert settings.kafka_properties == {"client.id": "me", "fetch.max.bytes": 1000, "compression.type": "gzip"}
    consumer = settings.kafka_client_options(AIOKafkaConsumer)
    producer = settings.kafka_client_options(AIOKafkaProducer)
    assert (consumer["client_id"], consumer["fetch_max_bytes"], "compression_type" in consumer) == ("me", 1000, False)
    assert (producer["compression_type"], "fetch_max_bytes" in producer) == ("gzip", False)
    assert set(settings.kafka_client_options(AIOKafkaAdminClient)) == {"client_id", "security_protocol"}
    assert faust_client_settings(settings) == {"broker_client_id": "me", "producer_compression_type": "gzip"}
    # a keyword the caller sets itself is left out, so the client is never given it twice
    timed = Settings.from_env({"DIPLO_KAFKA_REQUEST_TIMEOUT_MS": "60000"})
    assert timed.kafka_client_options(AIOKafkaAdminClient)["request_timeout_ms"] == 60000
    assert "request_timeout_ms" not in timed.kafka_client_options(AIOKafkaAdminClient, set_here={"request_timeout_ms"})


@pytest.mark.parametrize(("var", "message"), [
    ("DIPLO_KAFKA_GROUP_ID", "DIPLO_KAFKA_GROUP_ID: diplo sets group.id itself; use DIPLO_APP_ID"),
    ("DIPLO_KAFKA_ENABLE_AUTO_COMMIT", "diplo sets enable.auto.commit itself"),
    ("DIPLO_KAFKA_SESSION_TIMEOUT_MS", "diplo sets session.timeout.ms itself; use DIPLO_SESSION_TIMEOUT_MS"),
    ("DIPLO_KAFKA_NO_SUCH_THING", "no.such.thing is not a property of diplo's Kafka clients (aiokafka)"),
])
def test_properties_diplo_owns_or_no_client_knows_are_refused(var: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        Settings.from_env({var: "x"})


def test_replication_settings_are_checked_and_set_min_insync_replicas() -> None:
    assert Settings.from_env({"DIPLO_REPLICATION_FACTOR": "3"}).topic_configs() == {"min.insync.replicas": "2"}
    assert Settings.from_env({"DIPLO_REPLICATION_FACTOR": "1"}).topic_configs() == {}
    assert Settings.from_env({"DIPLO_MIN_INSYNC_REPLICAS": "1"}).topic_configs() == {"min.insync.replicas": "1"}
    with pytest.raises(ConfigError, match="between 1 and the replication factor"):
        Settings.from_env({"DIPLO_REPLICATION_FACTOR": "2", "DIPLO_MIN_INSYNC_REPLICAS": "3"})


def test_diplo_config_names_each_source_and_masks_secrets() -> None:
    file_values = {"KAFKA_SASL_PASSWORD": "pw-file", "DIPLO_TOPIC_PREFIX": "f.",
                   "DIPLO_KAFKA_SASL_KERBEROS_SERVICE_NAME": "k"}
    environ = {"DIPLO_DATABASE_URL": "postgresql://u:pw-url@db/x", "DIPLO_API_TOKEN": "tok-env"}
    settings = Settings.from_env({**file_values, **environ}, partitions=3)
    text = describe_settings(settings, {"partitions"}, file_values, environ, Path("diplo.toml"))
    lines = text.splitlines()
    assert lines[0] == "# effective settings: flag > environment > diplo.toml > default"
    assert "partitions = 3  # DIPLO_PARTITIONS, flag" in lines
    assert 'topic_prefix = "f."  # DIPLO_TOPIC_PREFIX, config file' in lines
    assert 'app_id = "f.diplo"  # DIPLO_APP_ID, default' in lines
    assert 'sasl_password = "********"  # KAFKA_SASL_PASSWORD, config file' in lines
    assert 'database_url = "postgresql://u:********@db/x"  # DIPLO_DATABASE_URL, environment' in lines
    assert "# replication_factor is unset  # DIPLO_REPLICATION_FACTOR, default" in lines
    assert '"sasl.kerberos.service.name" = "k"  # DIPLO_KAFKA_SASL_KERBEROS_SERVICE_NAME, config file' in lines
    assert not any(secret in text for secret in ("pw-file", "pw-url", "tok-env"))
