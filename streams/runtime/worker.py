"""The faust worker process with one line on Ctrl-C / SIGTERM and an exit status a supervisor can read.

faust's ``Worker`` answers SIGINT with "-INT- -INT- ...", then a wall of
"Stopping..." lines, and exits 0 as if nothing happened. Here a signal prints
one "stopping" line, the stop is faust's own clean one (offsets committed,
group left), nothing below CRITICAL is logged after that line, and Ctrl-C
exits 130 (SIGTERM, a deploy, stays 0).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import signal
import socket
import sys
from typing import Any, NoReturn

from faust.worker import Worker

from ..errors import ConfigError
from ..log_levels import own_lines_at_info
from .stopping import request_stop

__all__ = ["DiploWorker", "check_port_free", "EX_INTERRUPTED"]

EX_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl-C


class DiploWorker(Worker):
    """``run()`` ends the process with a status that says how it stopped (faust raises SystemExit(0) for any).

    Also: diplo's own log lines pass at info (streams/log_levels.py), and stdout is not redirected into
    the log, so alerts of ``--stdout`` subscriptions are printed as they are, not as WARNING records.
    """

    stopped_by: signal.Signals | None = None

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, redirect_stdouts=False, **kwargs)

    def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
        super().on_setup_root_logger(logger, level)
        own_lines_at_info(logger, level)

    def _repr_name(self) -> str:
        return "Worker"  # faust's log lines ("[^Worker]: Ready") stay what operators and tests look for

    def _on_sigint(self) -> None:
        self._announce_stop(signal.SIGINT)

    def _on_sigterm(self) -> None:
        self._announce_stop(signal.SIGTERM)

    def _announce_stop(self, signum: signal.Signals) -> None:
        self._flag_as_shutdown_by_signal()  # stops faust's spinner
        request_stop()  # an agent error from here on is the stop, not a failure (stopping.py)
        if self.stopped_by is None:
            self.stopped_by = signum
            how = "Ctrl-C" if signum == signal.SIGINT else signum.name
            # the real stderr, whatever faust has done with sys.stderr
            print(f"Stopping the worker ({how}): committing offsets and leaving the group", file=sys.__stderr__,
                  flush=True)
            logging.disable(logging.ERROR)  # the stop is faust's clean one; its progress lines say nothing new
        self._schedule_shutdown(signum)

    def run(self) -> NoReturn:
        """Run until stopped, then end the process at once with its status.

        After faust's stop (offsets committed, producer flushed, group left,
        loop closed) nothing is left to do, but tearing down the interpreter
        with a loaded spaCy model took 9 of the 10 s a Ctrl-C took.
        """
        try:
            self.execute_from_commandline()
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        else:  # pragma: no cover - execute_from_commandline always raises SystemExit
            status = 0
        if self.stopped_by == signal.SIGINT:
            status = EX_INTERRUPTED
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.flush()
        os._exit(status)


def check_port_free(host: str, port: int, option: str = "--web-port") -> None:
    """One ConfigError now, instead of faust's traceback once the model has loaded and the worker has joined."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as aiohttp: TIME_WAIT is no conflict
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigError(f"port {port} on {host} is already in use; choose another with {option}") from None
            raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror}); check {option}") from None
