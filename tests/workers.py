"""Run real ``diplo worker`` processes in tests and wait for them on conditions, not sleeps."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["WorkerProcess", "running_worker", "wait_until"]

READY_MARK = "[^Worker]: Ready"


def wait_until(condition: Callable[[], bool], timeout: float, what: str, interval: float = 0.1) -> None:
    """Poll ``condition`` until true; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


@dataclass
class WorkerProcess:
    proc: subprocess.Popen
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.log().splitlines()[-lines:])

    def ready_count(self) -> int:
        return self.log().count(READY_MARK)

    def wait_ready(self, timeout: float = 180.0, count: int = 1) -> None:
        def ready() -> bool:
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.tail()}")
            return self.ready_count() >= count

        try:
            wait_until(ready, timeout, "the worker to be ready")
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n--- worker log ---\n{self.tail()}") from None

    def kill(self, sig: int = signal.SIGKILL) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(sig)
        self.proc.wait(timeout=60)

    def stop(self, timeout: float = 60.0) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_worker(bootstrap: str, prefix: str, log_dir: Path, *, agents: str = "extract", app_id: str | None = None,
                 env: dict[str, str] | None = None, name: str = "worker", cwd: Path | None = None,
                 loglevel: str | None = "info") -> WorkerProcess:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    full_env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "DIPLO_TOPIC_PREFIX": prefix,
        "DIPLO_APP_ID": app_id or f"{prefix}app",
        "DIPLO_PARTITIONS": os.environ.get("DIPLO_PARTITIONS", "2"),
        "DIPLO_HOME": str(log_dir / "home"),  # the worker's data stays in the test's temporary directory
        **(env or {}),
    }
    with open(log_path, "ab") as log:
        level = ["--loglevel", loglevel] if loglevel else []  # None: the default level users get
        proc = subprocess.Popen([sys.executable, "-m", "diplo", "worker", "--agents", agents, *level],
                                env=full_env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=cwd)
    return WorkerProcess(proc, log_path)


@contextlib.contextmanager
def running_worker(bootstrap: str, prefix: str, log_dir: Path, **kwargs) -> Iterator[WorkerProcess]:
    """A started worker that is ready (joined the group, assigned) when the block begins."""
    worker = start_worker(bootstrap, prefix, log_dir, **kwargs)
    try:
        worker.wait_ready()
        yield worker
    finally:
        worker.stop()
