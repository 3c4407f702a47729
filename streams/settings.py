"""One frozen Settings object built from the environment; processors receive values from it.

Every CLI option that overrides a setting names the variable in its --help.
Secrets (SASL password, API token) are masked in repr so they never reach logs.
Precedence: CLI flag > environment > config file (streams/config_file.py) > default.
"""

from __future__ import annotations

import contextlib
import inspect
import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from diplo.processors.registry import MAX_ENTITIES, NLP_BATCH_SIZE, SPACY_MODEL

from .errors import ConfigError

__all__ = ["Settings", "Topics", "TOPICS", "default_state_dir", "KAFKA_PROPERTY_PREFIX", "file_layer",
           "is_secret_property",
           "effective_environ", "file_layer_values", "property_var"]

# DIPLO_KAFKA_<PROPERTY> passes a Kafka client property through (DIPLO_KAFKA_REQUEST_TIMEOUT_MS=60000)
KAFKA_PROPERTY_PREFIX = "DIPLO_KAFKA_"
# diplo's own variables under that prefix, never client properties
_NOT_PROPERTIES = {"DIPLO_KAFKA_CACHE"}
# properties diplo sets itself where correctness depends on them, or that have their own setting
_RESERVED_PROPERTIES = {
    "bootstrap.servers": "KAFKA_BOOTSTRAP_SERVERS", "security.protocol": "KAFKA_SECURITY_PROTOCOL",
    "sasl.mechanism": "KAFKA_SASL_MECHANISM", "sasl.plain.username": "KAFKA_SASL_USERNAME",
    "sasl.plain.password": "KAFKA_SASL_PASSWORD", "ssl.context": "KAFKA_SSL_CAFILE",
    "group.id": "DIPLO_APP_ID", "group.instance.id": "", "enable.auto.commit": "", "auto.offset.reset": "",
    "isolation.level": "", "transactional.id": "", "acks": "", "enable.idempotence": "",
    "max.request.size": "", "linger.ms": "", "max.poll.records": "DIPLO_BATCH_SIZE",
    "partition.assignment.strategy": "", "api.version": "",
    "session.timeout.ms": "DIPLO_SESSION_TIMEOUT_MS", "heartbeat.interval.ms": "DIPLO_HEARTBEAT_INTERVAL_MS",
}
_NOT_KWARGS = {"self", "loop", "topics", "bootstrap_servers", "key_serializer", "value_serializer",
               "key_deserializer", "value_deserializer", "partitioner", "sasl_oauth_token_provider"}

# the config file's values (env-variable name -> text), below the environment; set by the CLI for one command
_FILE_LAYER: dict[str, str] = {}


@dataclass(frozen=True)
class Topics:
    """Topic names of the data flow in docs/ARCHITECTURE.md."""

    articles: str = "articles"
    entities: str = "entities"
    events: str = "events.diplomatic"
    articles_dlq: str = "articles.dlq"
    subscriptions: str = "subscriptions"
    alerts: str = "alerts"
    alerts_dlq: str = "alerts.dlq"
    store_dlq: str = "store.dlq"


    def with_prefix(self, prefix: str) -> "Topics":
        """The same topics under ``prefix`` (isolated test runs, several tenants on one cluster)."""
        return Topics(**{f.name: prefix + getattr(self, f.name) for f in fields(self)})


TOPICS = Topics()


def default_state_dir() -> Path:
    """Where diplo keeps its local broker, caches and the default SQLite file."""
    return Path(os.environ.get("DIPLO_HOME", Path.home() / ".diplo"))


def _secret(default: str | None = None) -> Any:
    return field(default=default, repr=False, metadata={"secret": True})


@dataclass(frozen=True)
class Settings:
    """Runtime configuration; ``Settings.from_env()`` reads the DIPLO_* / KAFKA_* variables."""

    bootstrap_servers: str | None = None  # KAFKA_BOOTSTRAP_SERVERS; None = the local broker
    security_protocol: str = "PLAINTEXT"  # KAFKA_SECURITY_PROTOCOL
    sasl_mechanism: str | None = None  # KAFKA_SASL_MECHANISM
    sasl_username: str | None = None  # KAFKA_SASL_USERNAME
    sasl_password: str | None = _secret()  # KAFKA_SASL_PASSWORD
    ssl_cafile: str | None = None  # KAFKA_SSL_CAFILE
    schema_registry_url: str | None = None  # DIPLO_SCHEMA_REGISTRY_URL
    model: str = SPACY_MODEL  # DIPLO_MODEL
    partitions: int = 4  # DIPLO_PARTITIONS
    batch_size: int = 32  # DIPLO_BATCH_SIZE (messages taken from Kafka per batch)
    nlp_batch_size: int = NLP_BATCH_SIZE  # DIPLO_NLP_BATCH_SIZE (documents per nlp.pipe minibatch)
    batch_timeout: float = 0.02  # DIPLO_BATCH_TIMEOUT (seconds to wait to fill a batch; low = low latency)
    max_article_bytes: int = 200_000  # DIPLO_MAX_ARTICLE_BYTES (a long news story is 30-60 KB)
    max_entities: int = MAX_ENTITIES  # DIPLO_MAX_ENTITIES (events are coded up to the sentence naming this many)
    dlq_max_original_bytes: int = 262_144  # DIPLO_DLQ_MAX_ORIGINAL_BYTES
    app_id: str = "diplo"  # DIPLO_APP_ID (the consumer group of the workers; starts with the topic prefix)
    topic_prefix: str = ""  # DIPLO_TOPIC_PREFIX (every topic and consumer group name starts with it)
    replication_factor: int | None = None  # DIPLO_REPLICATION_FACTOR; None = the cluster's default.replication.factor
    min_insync_replicas: int | None = None  # DIPLO_MIN_INSYNC_REPLICAS; None = 2 from factor 3 up, else the cluster's
    web_port: int | None = None  # DIPLO_WEB_PORT; None = no web server
    web_host: str = "127.0.0.1"  # DIPLO_WEB_HOST
    api_token: str | None = _secret()  # DIPLO_API_TOKEN
    database_url: str | None = None  # DIPLO_DATABASE_URL; None = SQLite under DIPLO_HOME
    allow_private_webhooks: bool = False  # DIPLO_ALLOW_PRIVATE_WEBHOOKS
    log_summary_seconds: float = 60.0  # DIPLO_LOG_SUMMARY_SECONDS (a worker logs what it did this often)
    state_dir: Path = field(default_factory=default_state_dir)  # DIPLO_HOME
    kafka_properties: Mapping[str, Any] = field(default_factory=dict, repr=False)  # DIPLO_KAFKA_<PROPERTY>
    # a SIGKILLed worker's partitions move after the session timeout; see README "Failover timing"
    session_timeout_ms: int = 10_000  # DIPLO_SESSION_TIMEOUT_MS
    heartbeat_interval_ms: int = 1_000  # DIPLO_HEARTBEAT_INTERVAL_MS
    connect_timeout: float | None = None  # DIPLO_CONNECT_TIMEOUT (s); None = the command's own (worker: forever)

    _ENV = {
        "bootstrap_servers": "KAFKA_BOOTSTRAP_SERVERS",
        "security_protocol": "KAFKA_SECURITY_PROTOCOL",
        "sasl_mechanism": "KAFKA_SASL_MECHANISM",
        "sasl_username": "KAFKA_SASL_USERNAME",
        "sasl_password": "KAFKA_SASL_PASSWORD",
        "ssl_cafile": "KAFKA_SSL_CAFILE",
        "schema_registry_url": "DIPLO_SCHEMA_REGISTRY_URL",
        "model": "DIPLO_MODEL",
        "partitions": "DIPLO_PARTITIONS",
        "batch_size": "DIPLO_BATCH_SIZE",
        "nlp_batch_size": "DIPLO_NLP_BATCH_SIZE",
        "batch_timeout": "DIPLO_BATCH_TIMEOUT",
        "max_article_bytes": "DIPLO_MAX_ARTICLE_BYTES",
        "max_entities": "DIPLO_MAX_ENTITIES",
        "dlq_max_original_bytes": "DIPLO_DLQ_MAX_ORIGINAL_BYTES",
        "app_id": "DIPLO_APP_ID",
        "topic_prefix": "DIPLO_TOPIC_PREFIX",
        "replication_factor": "DIPLO_REPLICATION_FACTOR",
        "min_insync_replicas": "DIPLO_MIN_INSYNC_REPLICAS",
        "web_port": "DIPLO_WEB_PORT",
        "web_host": "DIPLO_WEB_HOST",
        "api_token": "DIPLO_API_TOKEN",
        "database_url": "DIPLO_DATABASE_URL",
        "allow_private_webhooks": "DIPLO_ALLOW_PRIVATE_WEBHOOKS",
        "log_summary_seconds": "DIPLO_LOG_SUMMARY_SECONDS",
        "state_dir": "DIPLO_HOME",
        "session_timeout_ms": "DIPLO_SESSION_TIMEOUT_MS",
        "heartbeat_interval_ms": "DIPLO_HEARTBEAT_INTERVAL_MS",
        "connect_timeout": "DIPLO_CONNECT_TIMEOUT",
    }

    def __post_init__(self) -> None:
        # one prefix isolates a deployment: the app id (faust's group and internal topics, the alert and
        # store groups derived from it) starts with the topic prefix like every topic does (issue 13)
        if not self.app_id.startswith(self.topic_prefix):
            object.__setattr__(self, "app_id", self.topic_prefix + self.app_id)

    @classmethod
    def env_var(cls, name: str) -> str:
        """The environment variable behind setting ``name`` (for --help texts)."""
        return cls._ENV[name]

    @classmethod
    def env_vars(cls) -> dict[str, str]:
        """Setting name -> environment variable, for every setting (the config file's keys)."""
        return dict(cls._ENV)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """Build settings from ``environ`` (default: os.environ over the config file); ``overrides`` win unless None."""
        env = {**_FILE_LAYER, **os.environ} if environ is None else environ
        values: dict[str, Any] = {}
        types = {f.name: f.type for f in fields(cls)}
        for name, var in cls._ENV.items():
            raw = env.get(var)
            if raw is None or raw == "":
                continue
            values[name] = _convert(name, var, raw, types[name])
        values["kafka_properties"] = kafka_properties_from(env)
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.partitions < 1:
            raise ConfigError(f"partitions must be at least 1, got {self.partitions}")
        if self.batch_size < 1:
            raise ConfigError(f"batch size must be at least 1, got {self.batch_size}")
        if self.nlp_batch_size < 1:
            raise ConfigError(f"NLP batch size must be at least 1, got {self.nlp_batch_size}")
        if self.log_summary_seconds <= 0:
            raise ConfigError(f"the log summary interval must be positive, got {self.log_summary_seconds}")
        if self.max_entities < 1:
            raise ConfigError(f"maximum entities must be at least 1, got {self.max_entities}")
        if self.max_article_bytes < 1:
            raise ConfigError(f"maximum article size must be positive, got {self.max_article_bytes}")
        if self.schema_registry_url and not self.schema_registry_url.startswith(("http://", "https://")):
            raise ConfigError(f"DIPLO_SCHEMA_REGISTRY_URL {self.schema_registry_url!r} is not an http(s) URL")
        if self.heartbeat_interval_ms < 1 or self.heartbeat_interval_ms * 3 > self.session_timeout_ms:
            raise ConfigError(f"heartbeat interval {self.heartbeat_interval_ms} ms must be positive and at most a "
                              f"third of the session timeout {self.session_timeout_ms} ms")
        if self.connect_timeout is not None and not self.connect_timeout >= 0:
            raise ConfigError(f"connect timeout must be 0 (one attempt), more, or inf, got {self.connect_timeout}")
        if self.security_protocol not in ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"):
            raise ConfigError(f"unknown Kafka security protocol {self.security_protocol!r}")
        if self.replication_factor is not None and self.replication_factor < 1:
            raise ConfigError(f"DIPLO_REPLICATION_FACTOR must be at least 1, got {self.replication_factor}")
        most = self.replication_factor or 1 << 30  # unresolved: the cluster's factor is checked by Kafka
        if self.min_insync_replicas is not None and not 1 <= self.min_insync_replicas <= most:
            raise ConfigError(f"DIPLO_MIN_INSYNC_REPLICAS must be between 1 and the replication factor, "
                              f"got {self.min_insync_replicas}")
        for name in self.kafka_properties:
            _check_property(name)

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)

    @property
    def topics(self) -> Topics:
        return TOPICS.with_prefix(self.topic_prefix)

    @property
    def sqlite_path(self) -> Path:
        return self.state_dir / "diplo.sqlite"

    def topic_configs(self) -> dict[str, str]:
        """Configs for every topic diplo creates: min.insync.replicas where acks=all writes depend on it."""
        if self.min_insync_replicas is not None:
            return {"min.insync.replicas": str(self.min_insync_replicas)}
        if (self.replication_factor or 1) >= 3:
            return {"min.insync.replicas": "2"}
        return {}

    def group_options(self) -> dict[str, Any]:
        """Group membership timing for aiokafka consumers that join a consumer group."""
        return {"session_timeout_ms": self.session_timeout_ms, "heartbeat_interval_ms": self.heartbeat_interval_ms}

    def kafka_client_options(self, client: type | None = None, set_here: Collection[str] = ()) -> dict[str, Any]:
        """Security options plus the DIPLO_KAFKA_* properties ``client`` accepts (None: those every client accepts),
        except those the caller sets itself (``set_here``: keyword names, e.g. a probe's own request timeout)."""
        options: dict[str, Any] = {}
        for name, value in self.kafka_properties.items():
            kwarg = name.replace(".", "_")
            if kwarg not in set_here and all(kwarg in _kwargs(c) for c in ((client,) if client else _clients())):
                options[kwarg] = value
        options["security_protocol"] = self.security_protocol
        if self.sasl_mechanism:
            options["sasl_mechanism"] = self.sasl_mechanism
            options["sasl_plain_username"] = self.sasl_username
            options["sasl_plain_password"] = self.sasl_password
        if "SSL" in self.security_protocol:
            import ssl

            # the system trust store unless a CA file is named; aiokafka needs a context for any SSL protocol
            options["ssl_context"] = ssl.create_default_context(cafile=self.ssl_cafile)
        return options


def kafka_properties_from(env: Mapping[str, str]) -> dict[str, Any]:
    """DIPLO_KAFKA_REQUEST_TIMEOUT_MS=60000 -> {"request.timeout.ms": 60000}; numbers and booleans typed."""
    out: dict[str, Any] = {}
    for var, raw in env.items():
        if (var.startswith(KAFKA_PROPERTY_PREFIX) and raw != ""
                and var not in _NOT_PROPERTIES and var not in Settings._ENV.values()):
            out[var[len(KAFKA_PROPERTY_PREFIX):].lower().replace("_", ".")] = _property_value(raw)
    return out


def property_var(name: str) -> str:
    """The environment variable of Kafka property ``name`` (client.id -> DIPLO_KAFKA_CLIENT_ID)."""
    return KAFKA_PROPERTY_PREFIX + name.upper().replace(".", "_")


def is_secret_property(name: str) -> bool:
    return any(word in name for word in ("password", "secret", "token", "jaas"))


def _property_value(raw: str) -> Any:
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    try:
        return int(raw)
    except ValueError:
        return raw


@lru_cache(maxsize=1)
def _clients() -> tuple[type, ...]:
    """aiokafka's client classes, imported when a setting is checked against them: ``diplo extract`` reads
    settings but never talks to Kafka, and starts sooner without aiokafka."""
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
    from aiokafka.admin import AIOKafkaAdminClient

    return (AIOKafkaProducer, AIOKafkaConsumer, AIOKafkaAdminClient)


def _kwargs(client: type) -> set[str]:
    return set(inspect.signature(client).parameters) - _NOT_KWARGS


def _check_property(name: str) -> None:
    var = property_var(name)
    if name in _RESERVED_PROPERTIES:
        instead = _RESERVED_PROPERTIES[name]
        raise ConfigError(f"{var}: diplo sets {name} itself" + (f"; use {instead}" if instead else ""))
    if not any(name.replace(".", "_") in _kwargs(c) for c in _clients()):
        raise ConfigError(f"{var}: {name} is not a property of diplo's Kafka clients (aiokafka)")


def effective_environ() -> dict[str, str]:
    """The environment over the config file's values: what a child process of this command must see."""
    return {**_FILE_LAYER, **os.environ}


def file_layer_values() -> dict[str, str]:
    return dict(_FILE_LAYER)


@contextlib.contextmanager
def file_layer(values: Mapping[str, str]) -> Iterator[None]:
    """Use a config file's values (env-variable name -> text) under the environment while the block runs."""
    saved = dict(_FILE_LAYER)
    _FILE_LAYER.clear()
    _FILE_LAYER.update(values)
    try:
        yield
    finally:
        _FILE_LAYER.clear()
        _FILE_LAYER.update(saved)


def _convert(name: str, var: str, raw: str, kind: Any) -> Any:
    kind = str(kind)
    try:
        if "bool" in kind:
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if "int" in kind:
            return int(raw)
        if "float" in kind:
            return float(raw)
        if "Path" in kind:
            return Path(raw).expanduser()
    except ValueError:
        raise ConfigError(f"{var}={raw!r} is not a valid value for {name.replace('_', ' ')}") from None
    return raw
