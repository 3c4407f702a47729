"""diplo's own log lines at info while faust and the Kafka client stay at the worker's ``--loglevel``.

At the default level (warning) faust's info lines are a wall of tables; diplo's
are the few an operator needs (streams/worker_log.py). One filter on the root
handlers lets each side through from its own level.
"""

from __future__ import annotations

import logging

__all__ = ["OwnLinesFilter", "own_lines_at_info"]


class OwnLinesFilter(logging.Filter):
    """Pass diplo's records from ``own`` up and everyone else's from ``others`` up."""

    def __init__(self, own: int, others: int):
        super().__init__()
        self.own, self.others = own, others

    def filter(self, record: logging.LogRecord) -> bool:
        mine = record.name == "diplo" or record.name.startswith("diplo.")
        return record.levelno >= (self.own if mine else self.others)


def own_lines_at_info(root: logging.Logger, level: int) -> None:
    """Lower ``root`` and its handlers to info for diplo's records when ``level`` is warning or info."""
    own = min(level, logging.INFO) if level <= logging.WARNING else level
    if own < level:
        root.setLevel(own)
        for handler in root.handlers:
            handler.setLevel(own)
            handler.addFilter(OwnLinesFilter(own, level))
