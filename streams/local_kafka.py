"""A real single-node Kafka (KRaft, broker + controller) from Maven Central jars, no Docker.

The jars are resolved once by Maven into a cache outside the repository
(``DIPLO_KAFKA_CACHE``, default ``~/.cache/diplo``); storage is formatted with
``kafka.tools.StorageTool format --standalone`` and the broker runs as a
detached Java process whose pid and address are kept in its data directory, so
``diplo broker stop`` from another process can end it cleanly.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .detached import DetachedProcess
from .errors import BrokerError

__all__ = [
    "KAFKA_VERSION",
    "LocalKafka",
    "BrokerInfo",
    "default_broker",
    "ensure_kafka_jars",
    "free_port",
    "port_open",
    "resolve_bootstrap",
    "wait_for_kafka",
]

KAFKA_VERSION = "4.1.2"
_POM = "kafka-runtime.pom.xml"
_LOG_CONFIG = "log4j2.properties"


def _cache_dir() -> Path:
    return Path(os.environ.get("DIPLO_KAFKA_CACHE", Path.home() / ".cache" / "diplo")) / f"kafka-{KAFKA_VERSION}"


def ensure_kafka_jars(cache: Path | None = None) -> Path:
    """Return the folder of Kafka jars, resolving them with Maven on first use."""
    cache = cache or _cache_dir()
    libs = cache / "libs"
    done = cache / ".complete"
    if done.exists():
        return libs
    if shutil.which("mvn") is None:
        raise BrokerError("Maven (mvn) is not installed; it is needed once to fetch the Kafka jars")
    if shutil.which("java") is None:
        raise BrokerError("Java is not installed; the local Kafka broker needs Java 17 or newer")
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be fetching the same jars
        if done.exists():
            return libs
        pom = cache / _POM
        pom.write_bytes(resources.files("diplo.streams").joinpath("resources", _POM).read_bytes())
        shutil.rmtree(libs, ignore_errors=True)
        result = subprocess.run(
            ["mvn", "-q", "-B", "-f", str(pom), "dependency:copy-dependencies", f"-DoutputDirectory={libs}"],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0 or not any(libs.glob("kafka_2.13-*.jar")):
            tail = (result.stdout + result.stderr).strip().splitlines()[-1:] or ["no output"]
            raise BrokerError(f"Maven could not resolve Kafka {KAFKA_VERSION}: {tail[0]}")
        done.write_text(KAFKA_VERSION)
    return libs


def java_failure(output: str) -> str:
    """What a failed Java tool said, in one line: its exception and message (and the last cause), not the tail of
    its stack trace, which names only the frames it failed in."""
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    said = [line for line in lines if not line.startswith("at ") and not (line.startswith("...") and "more" in line)]
    if not said:
        return lines[-1][:300] if lines else "no output"
    causes = [line for line in said[1:] if line.startswith("Caused by:")]
    return (said[0] + (f" ({causes[-1]})" if causes else ""))[:300]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port: int) -> bool:
    """Something accepts connections on 127.0.0.1:``port``."""
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


async def _round_trip(bootstrap: str) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
    try:  # start() itself fails while the broker boots, after it may have opened a connection
        await admin.start()
        await admin.list_topics()
    finally:
        await admin.close()


def wait_for_kafka(bootstrap: str, timeout: float = 60.0, alive: Callable[[], bool] | None = None) -> None:
    """Block until a client metadata round-trip to ``bootstrap`` succeeds."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    quiet = logging.getLogger("aiokafka")
    previous = quiet.level
    quiet.setLevel(logging.CRITICAL)  # refused connections are expected while it boots
    try:
        while time.monotonic() < deadline:
            if alive is not None and not alive():
                raise BrokerError("the Kafka process exited during start-up")
            try:
                asyncio.run(asyncio.wait_for(_round_trip(bootstrap), 10))
                return
            except Exception as exc:  # not up yet: connection refused, no controller, ...
                last = exc
                time.sleep(0.3)
    finally:
        quiet.setLevel(previous)
    raise BrokerError(f"Kafka at {bootstrap} did not answer within {timeout:.0f}s ({type(last).__name__})")


@dataclass(frozen=True)
class BrokerInfo:
    pid: int
    bootstrap: str
    data_dir: str


class LocalKafka:
    """One local broker living in ``data_dir`` (config, storage, logs, pid file)."""

    def __init__(self, data_dir: Path, port: int | None = None, controller_port: int | None = None):
        self.data_dir = Path(data_dir)
        self.port = port
        self.controller_port = controller_port
        self.info_file = self.data_dir / "broker.json"
        self.ports_file = self.data_dir / "ports.json"  # kept after stop: the next start reuses them
        self._service = DetachedProcess(self.info_file, BrokerInfo)

    # -- state ---------------------------------------------------------------------
    def info(self) -> BrokerInfo | None:
        """The running broker recorded in data_dir, or None (stale records are removed)."""
        return self._service.info()

    def saved_ports(self) -> dict[str, int]:
        """The client and controller ports of the last start (empty before the first)."""
        try:
            return {k: int(v) for k, v in json.loads(self.ports_file.read_text()).items()}
        except (FileNotFoundError, ValueError, TypeError, AttributeError):
            return {}

    # -- lifecycle -----------------------------------------------------------------
    def start(self, timeout: float = 90.0) -> BrokerInfo:
        """Start the broker (idempotent) and wait until a client round-trip succeeds."""
        running = self.info()
        if running is not None:
            return running
        libs = ensure_kafka_jars()
        # keep the ports of the first start, also across processes (``diplo broker stop; diplo broker start``):
        # clients reconnect to the same address, and the KRaft voter set records the controller's endpoint
        saved = self.saved_ports()
        port = self.port = self.port or saved.get("port") or free_port()
        controller_port = self.controller_port = self.controller_port or saved.get("controller_port") or free_port()
        for used, option in ((port, "choose another with --port"),
                             (controller_port, f"it is this broker's controller port, kept in {self.ports_file}")):
            if port_open(used):
                raise BrokerError(f"port {used} on 127.0.0.1 is already in use; {option}")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.ports_file.write_text(json.dumps({"port": port, "controller_port": controller_port}))
        storage = self.data_dir / "storage"
        config = self._write_config(storage, port, controller_port)
        classpath = f"{libs}/*"
        if not (storage / "meta.properties").exists():
            shutil.rmtree(storage, ignore_errors=True)
            fmt = subprocess.run(
                ["java", "-cp", classpath, "kafka.tools.StorageTool", "format", "--standalone",
                 "-t", _cluster_id(), "-c", str(config)],
                capture_output=True,
                text=True,
            )
            if fmt.returncode != 0:
                raise BrokerError(f"formatting Kafka storage failed: {java_failure(fmt.stderr or fmt.stdout)}")
        logs = self.data_dir / "logs"
        logs.mkdir(exist_ok=True)
        log_config = self.data_dir / _LOG_CONFIG
        log_config.write_bytes(resources.files("diplo.streams").joinpath("resources", _LOG_CONFIG).read_bytes())
        out = open(logs / "stdout.log", "ab")
        process = subprocess.Popen(
            ["java", "-Xms512m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true",
             f"-Dkafka.logs.dir={logs}", f"-Dlog4j2.configurationFile={log_config}",
             "-cp", classpath, "kafka.Kafka", str(config)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # survives the CLI that started it; stopped by pid
        )
        out.close()
        bootstrap = f"127.0.0.1:{port}"
        info = self._service.started(process, BrokerInfo(pid=process.pid, bootstrap=bootstrap,
                                                         data_dir=str(self.data_dir)))
        try:
            wait_for_kafka(bootstrap, timeout, alive=lambda: process.poll() is None)
        except BrokerError:
            self.stop()
            raise BrokerError(f"Kafka did not start; see {logs / 'server.log'}") from None
        return info

    def stop(self, timeout: float = 30.0) -> bool:
        """SIGTERM the broker and wait for it to exit (SIGKILL after ``timeout``). True if one ran."""
        return self._service.stop(timeout)

    def _write_config(self, storage: Path, port: int, controller_port: int) -> Path:
        config = self.data_dir / "server.properties"
        lines = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.bootstrap.servers": f"127.0.0.1:{controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs": str(storage),
            "num.partitions": "1",
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "1",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            "group.initial.rebalance.delay.ms": "0",
            "auto.create.topics.enable": "false",
            "message.max.bytes": "10485760",
        }
        config.write_text("".join(f"{k}={v}\n" for k, v in lines.items()))
        return config


def _cluster_id() -> str:
    """A random KRaft cluster id (base64url of 16 random bytes, as kafka-storage random-uuid)."""
    import base64

    while True:  # like Kafka's Uuid.randomUuid: an id starting with "-" would be read as an option
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


def default_broker(state_dir: Path, port: int | None = None) -> LocalKafka:
    """The local broker ``diplo broker`` manages, under ``state_dir/kafka``."""
    return LocalKafka(Path(state_dir) / "kafka", port=port)


def resolve_bootstrap(bootstrap_servers: str | None, state_dir: Path) -> str:
    """KAFKA_BOOTSTRAP_SERVERS if set, else the running local broker, else a one-line error."""
    if bootstrap_servers:
        return bootstrap_servers
    info = default_broker(state_dir).info()
    if info is None:
        raise BrokerError("no Kafka configured: run `diplo broker start` or set KAFKA_BOOTSTRAP_SERVERS")
    return info.bootstrap
