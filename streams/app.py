"""The faust app: one factory, components installed by name, nothing discovered at import time."""

from __future__ import annotations

import importlib
import logging
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faust

from .codec import AvroCodec, make_codec
from .errors import ConfigError
from .settings import Settings

__all__ = ["COMPONENTS", "WorkerContext", "make_app", "broker_urls", "broker_credentials", "faust_client_settings",
           "worker_datadir"]

log = logging.getLogger(__name__)

# component name -> module with install(app, context); `diplo worker --agents` picks from these
COMPONENTS = {
    "extract": "diplo.streams.extract_agent",
    "alert": "diplo.streams.alerting.agent",
}


# DIPLO_KAFKA_<PROPERTY> -> faust setting (and the factor to its unit) for faust's own consumer and producer
_FAUST_PROPERTIES = {
    "client.id": ("broker_client_id", None),
    "request.timeout.ms": ("broker_request_timeout", 1000),
    "max.poll.interval.ms": ("broker_max_poll_interval", 1000),
    "metadata.max.age.ms": ("consumer_metadata_max_age_ms", None),
    "connections.max.idle.ms": ("consumer_connections_max_idle_ms", None),
    "max.partition.fetch.bytes": ("consumer_max_fetch_size", None),
    "compression.type": ("producer_compression_type", None),
}


def worker_datadir(settings: Settings) -> Path:
    """faust's data directory of this deployment: under DIPLO_HOME (faust creates only its last part)."""
    return settings.state_dir / "worker-data" / settings.app_id


def faust_client_settings(settings: Settings) -> dict[str, Any]:
    """The passed-through Kafka client properties faust has a setting for."""
    out: dict[str, Any] = {}
    for name, value in settings.kafka_properties.items():
        if name in _FAUST_PROPERTIES:
            key, divisor = _FAUST_PROPERTIES[name]
            out[key] = value / divisor if divisor else value
    return out


@dataclass
class WorkerContext:
    """What every component of one worker shares."""

    settings: Settings
    bootstrap: str
    codec: AvroCodec


def broker_urls(bootstrap: str) -> list[str]:
    return [f"kafka://{host.strip()}" for host in bootstrap.split(",") if host.strip()]


def broker_credentials(settings: Settings) -> faust.types.auth.CredentialsT | None:
    """faust credentials for SASL/SSL settings; None for PLAINTEXT."""
    protocol = settings.security_protocol
    if protocol == "PLAINTEXT":
        return None
    context = ssl.create_default_context(cafile=settings.ssl_cafile) if "SSL" in protocol else None
    if protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism or "PLAIN",
            ssl_context=context,
        )
    return faust.SSLCredentials(context)


def _refuse_faust_overrides(app: faust.App, settings: Settings) -> None:
    """faust's own BROKER_SESSION_TIMEOUT / BROKER_HEARTBEAT_INTERVAL would silently beat diplo's settings."""
    for name, variable, ours in (("broker_session_timeout", "DIPLO_SESSION_TIMEOUT_MS", settings.session_timeout_ms),
                                 ("broker_heartbeat_interval", "DIPLO_HEARTBEAT_INTERVAL_MS",
                                  settings.heartbeat_interval_ms)):
        if round(getattr(app.conf, name) * 1000) != ours:
            raise ConfigError(f"{name.upper()} is set in the environment; set {variable} instead")


def make_app(settings: Settings, bootstrap: str, components: Sequence[str] = ("extract",)) -> faust.App:
    """A configured faust app with the named components installed."""
    unknown = [name for name in components if name not in COMPONENTS]
    if unknown:
        raise ConfigError(f"unknown worker component {unknown[0]!r}; choose from {', '.join(COMPONENTS)}")
    conf: dict[str, Any] = dict(
        broker=broker_urls(bootstrap),
        broker_credentials=broker_credentials(settings),
        store="memory://",  # tables recover from their changelog topics on start
        autodiscover=False,
        web_enabled=settings.web_port is not None,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port or 6066,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor or 1,  # resolved by topic_admin.with_replication
        datadir=str(worker_datadir(settings)),  # not the working directory (issue 13)
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        producer_max_request_size=8 * 1024 * 1024,
        producer_acks=-1,
        broker_commit_every=settings.batch_size,
        processing_guarantee="at_least_once",
        # faust's 60 s session would leave a SIGKILLed worker's partitions idle for a minute (README "Failover timing")
        broker_session_timeout=settings.session_timeout_ms / 1000,
        broker_heartbeat_interval=settings.heartbeat_interval_ms / 1000,
        broker_request_timeout=max(90.0, settings.session_timeout_ms / 1000),  # faust: never below the session
    )
    conf.update(faust_client_settings(settings))  # DIPLO_KAFKA_REQUEST_TIMEOUT_MS and the like win
    app = faust.App(settings.app_id, **conf)
    # faust lets unprefixed environment variables override its settings (PROCESSING_GUARANTEE=exactly_once
    # would win over the line above); its transactions are per output partition, not per input batch, so
    # a crash between two transaction commits can commit an input whose outputs were aborted (README)
    if app.conf.processing_guarantee.value != "at_least_once":
        raise ConfigError(f"processing guarantee {app.conf.processing_guarantee.value!r} is not supported: diplo is "
                          "at-least-once with idempotent outputs; unset PROCESSING_GUARANTEE")
    _refuse_faust_overrides(app, settings)
    context = WorkerContext(settings=settings, bootstrap=bootstrap, codec=make_codec(settings))
    for name in components:
        importlib.import_module(COMPONENTS[name]).install(app, context)
    from . import worker_log

    worker_log.install(app, context)
    if settings.web_port is not None:
        from . import health, metrics

        metrics.install(app)
        health.install(app, bootstrap, settings)
    return app
