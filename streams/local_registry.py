"""A local Confluent-compatible schema registry (Apicurio Registry 2.4.2.Final) built from Maven Central, no Docker.

Like the local broker: Maven builds the runnable jar once into a cache outside
the repository (``DIPLO_KAFKA_CACHE``, default ``~/.cache/diplo``), and the
registry runs as a detached Java process with in-memory storage whose pid and
URL are kept in its data directory. Apicurio's default compatibility is NONE;
diplo sets BACKWARD on start, so a schema change that old readers cannot
resolve is refused by the registry as well as by diplo's own tests.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import httpx

from .detached import DetachedProcess
from .errors import BrokerError
from .local_kafka import free_port, port_open

__all__ = ["REGISTRY_VERSION", "CCOMPAT_PATH", "LocalRegistry", "RegistryInfo", "default_registry",
           "ensure_registry_jar"]

REGISTRY_VERSION = "2.4.2.Final"
CCOMPAT_PATH = "/apis/ccompat/v7"
_POM = "apicurio-registry.pom.xml"


def _cache_dir() -> Path:
    base = Path(os.environ.get("DIPLO_KAFKA_CACHE", Path.home() / ".cache" / "diplo"))
    return base / f"apicurio-registry-{REGISTRY_VERSION}"


def ensure_registry_jar(cache: Path | None = None) -> Path:
    """The runnable registry jar, built with Maven on first use (about 230 MB of downloads on a cold cache)."""
    cache = cache or _cache_dir()
    done = cache / ".complete"
    if done.exists():
        return Path(done.read_text().strip())
    for tool, why in (("mvn", "to build the schema registry once"), ("java", "to run the schema registry")):
        if shutil.which(tool) is None:
            raise BrokerError(f"{tool} is not installed; it is needed {why}")
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be building the same jar
        if done.exists():
            return Path(done.read_text().strip())
        pom = cache / "pom.xml"
        pom.write_bytes(resources.files("diplo.streams").joinpath("resources", _POM).read_bytes())
        shutil.rmtree(cache / "target", ignore_errors=True)
        result = subprocess.run(
            ["mvn", "-q", "-B", "-f", str(pom), "package", "-DskipTests", "-Dquarkus.package.type=uber-jar"],
            capture_output=True, text=True,
        )
        jars = sorted((cache / "target").glob("*-runner.jar"))
        if result.returncode != 0 or not jars:
            tail = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()][-1:] or ["no output"]
            raise BrokerError(f"Maven could not build Apicurio Registry {REGISTRY_VERSION}: {tail[0][:300]}")
        done.write_text(str(jars[0]))
    return jars[0]


@dataclass(frozen=True)
class RegistryInfo:
    pid: int
    url: str  # the Confluent-compatible API: DIPLO_SCHEMA_REGISTRY_URL
    data_dir: str


def _ready(url: str) -> bool:
    try:
        return httpx.get(f"{url}/subjects", timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


class LocalRegistry:
    """One local registry living in ``data_dir`` (pid file and log; its storage is in memory)."""

    def __init__(self, data_dir: Path, port: int | None = None):
        self.data_dir = Path(data_dir)
        self.port = port
        self.info_file = self.data_dir / "registry.json"
        self._service = DetachedProcess(self.info_file, RegistryInfo)

    def info(self) -> RegistryInfo | None:
        """The running registry recorded in data_dir, or None (stale records are removed)."""
        return self._service.info()

    def start(self, timeout: float = 120.0) -> RegistryInfo:
        """Start the registry (idempotent), wait until its API answers, and set compatibility BACKWARD."""
        running = self.info()
        if running is not None:
            return running
        jar = ensure_registry_jar()
        port = self.port = self.port or free_port()
        if port_open(port):
            raise BrokerError(f"port {port} on 127.0.0.1 is already in use; choose another with --port")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir / "registry.log", "ab")
        process = subprocess.Popen(
            ["java", "-Xmx256m", "-Djava.awt.headless=true", "-Dquarkus.http.host=127.0.0.1",
             f"-Dquarkus.http.port={port}", "-jar", str(jar)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )
        log.close()
        url = f"http://127.0.0.1:{port}{CCOMPAT_PATH}"
        info = self._service.started(process, RegistryInfo(pid=process.pid, url=url, data_dir=str(self.data_dir)))
        deadline = time.monotonic() + timeout
        while not _ready(url):
            if process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise BrokerError(f"the schema registry did not start; see {self.data_dir / 'registry.log'}")
            time.sleep(0.2)
        from .schema_registry import SchemaRegistry

        client = SchemaRegistry(url)
        try:
            client.set_compatibility("BACKWARD")
        finally:
            client.close()
        return info

    def stop(self, timeout: float = 30.0) -> bool:
        """SIGTERM the registry and wait for it to exit. True if one ran."""
        return self._service.stop(timeout)


def default_registry(state_dir: Path, port: int | None = None) -> LocalRegistry:
    """The local registry ``diplo registry`` manages, under ``state_dir/registry``."""
    return LocalRegistry(Path(state_dir) / "registry", port=port)
