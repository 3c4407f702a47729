"""End the worker after an unexpected error, because faust would restart the agent and commit its input unprocessed."""

from __future__ import annotations

import logging
import os
from typing import NoReturn

__all__ = ["stop_worker", "EX_SOFTWARE"]

log = logging.getLogger(__name__)

EX_SOFTWARE = 70


def stop_worker(agent: str, error: BaseException, count: int) -> NoReturn:
    """Log and end the process with status 70; the caller has kept its ``count`` messages uncommitted.

    faust restarts an agent whose body raised and then commits the messages it
    was handed (a test lost 472 of 600 articles that way), and ``app.crash``
    hangs waiting for them. A supervisor restarts the worker, which replays
    from the committed offsets.
    """
    log.critical("%s failed on %d message(s) (%s: %s); exiting so the worker restarts from the committed offsets",
                 agent, count, type(error).__name__, error)
    logging.shutdown()
    os._exit(EX_SOFTWARE)
