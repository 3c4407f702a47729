"""Keep a Kafka outage from flooding the worker's log.

While the broker is down aiokafka logs the same few errors in a tight loop
("Unable connect to node", "Unable to update metadata", ...): about 120 lines
a second per worker, 175,000 lines in a two-minute outage. The first line of
each kind says everything; ``RepeatLimiter`` lets one record per (logger,
message template) through per interval and reports how many it held back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

__all__ = ["RepeatLimiter", "limit_repeats"]


class RepeatLimiter(logging.Filter):
    """One record per (logger, template) per ``interval`` seconds; CRITICAL always passes."""

    def __init__(self, interval: float = 10.0, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self.interval = interval
        self.clock = clock
        self._seen: dict[tuple[str, str], tuple[float, int]] = {}  # key -> (last passed at, held back since)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.CRITICAL:
            return True
        key = (record.name, str(record.msg))
        now = self.clock()
        last = self._seen.get(key)
        if last is not None and now - last[0] < self.interval:
            self._seen[key] = (last[0], last[1] + 1)
            return False
        if last is not None and last[1]:
            record.msg = f"{record.msg} [{last[1]} more like this in the last {now - last[0]:.0f}s]"
        self._seen[key] = (now, 0)
        return True


def limit_repeats(prefix: str = "aiokafka", interval: float = 10.0) -> RepeatLimiter:
    """Attach one RepeatLimiter to every logger named ``prefix`` or ``prefix.*`` that exists now.

    A logger's filters see only the records it creates itself, so each module
    logger gets the filter; aiokafka creates them all when it is imported.
    """
    limiter = RepeatLimiter(interval)
    names = [name for name in logging.root.manager.loggerDict if name == prefix or name.startswith(prefix + ".")]
    for name in names:
        logger = logging.getLogger(name)
        if limiter not in logger.filters:
            logger.addFilter(limiter)
    return limiter
