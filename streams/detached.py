"""The lifecycle of a detached local service (the Kafka broker, the schema registry): one JSON record per data dir.

The service outlives the CLI that started it, so its pid and address live in a
JSON file in its data directory; ``info`` reads it (dropping a stale record),
``stop`` ends the process by pid from any later CLI and reaps it when this
process started it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Generic, Protocol, TypeVar

__all__ = ["DetachedProcess", "pid_alive", "terminate"]


class _Record(Protocol):
    @property
    def pid(self) -> int: ...


Info = TypeVar("Info", bound=_Record)


class DetachedProcess(Generic[Info]):
    """A started service known by ``info_file``: a JSON object of ``record_type`` with a ``pid`` field."""

    def __init__(self, info_file: Path, record_type: type[Info]):
        self.info_file = info_file
        self.record_type = record_type
        self._process: subprocess.Popen | None = None  # kept so a process this one started is reaped on stop

    def info(self) -> Info | None:
        """The running service recorded in ``info_file``, or None (a stale record is removed)."""
        try:
            info = self.record_type(**json.loads(self.info_file.read_text()))
        except (FileNotFoundError, ValueError, TypeError):
            return None
        if not pid_alive(info.pid):
            self.info_file.unlink(missing_ok=True)
            return None
        return info

    def started(self, process: subprocess.Popen, info: Info) -> Info:
        """Record ``process`` (just started) as the running service."""
        self._process = process
        self.info_file.write_text(json.dumps(vars(info)))
        return info

    def stop(self, timeout: float = 30.0) -> bool:
        """SIGTERM the service and wait for it to exit (SIGKILL after ``timeout``). True if one ran."""
        info = self.info()
        if info is None:
            return False
        terminate(info.pid, timeout)
        if self._process is not None:
            self._process.wait()
            self._process = None
        self.info_file.unlink(missing_ok=True)
        return True


def pid_alive(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(FileNotFoundError):
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        if state == "Z":  # exited, waiting to be reaped by its parent
            return False
    return True


def terminate(pid: int, timeout: float) -> None:
    """SIGTERM ``pid``, wait up to ``timeout`` seconds, then SIGKILL; reap it if it is our child."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap it if we are its parent
        if not pid_alive(pid):
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
