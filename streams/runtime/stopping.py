"""End the worker after an unexpected error, because faust would restart the agent and commit its input unprocessed."""

from __future__ import annotations

import logging
import os
from typing import NoReturn

__all__ = ["stop_worker", "EX_SOFTWARE", "request_stop", "stop_requested"]

log = logging.getLogger(__name__)

EX_SOFTWARE = 70


class _Stop:
    """Whether the worker has been told to stop (a signal): set once, never cleared in a process."""

    requested = False


def request_stop() -> None:
    """The worker is stopping: from here on an agent's error is part of the stop, not a failure."""
    _Stop.requested = True


def stop_requested() -> bool:
    return _Stop.requested


def stop_worker(agent: str, error: BaseException, count: int) -> None:
    """Log and end the process with status 70; the caller has kept its ``count`` messages uncommitted.

    faust restarts an agent whose body raised and then commits the messages it
    was handed (a test lost 472 of 600 articles that way), and ``app.crash``
    hangs waiting for them. A supervisor restarts the worker, which replays
    from the committed offsets. Once the worker has been told to stop, an error
    is the stop itself (a consumer closed under a stage that was still reading:
    ``ConsumerStoppedError``): the batch stays uncommitted all the same, the
    agent ends, and the worker finishes its clean stop with its own status.
    """
    if stop_requested():
        log.info("%s stopped with %d message(s) uncommitted (%s)", agent, count, type(error).__name__)
        return
    _exit_failed(agent, error, count)


def _exit_failed(agent: str, error: BaseException, count: int) -> NoReturn:
    log.critical("%s failed on %d message(s) (%s: %s); exiting so the worker restarts from the committed offsets",
                 agent, count, type(error).__name__, error)
    logging.shutdown()
    os._exit(EX_SOFTWARE)
