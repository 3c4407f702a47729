"""What a worker says at the default log level: ready, each rebalance, a summary every interval.

These log at info; streams/log_levels.py lets diplo's info lines through while
faust and the Kafka client stay at ``--loglevel``. Each dead letter is logged
where it is made (streams/messages.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import faust

from .app import WorkerContext
from .metrics import METRICS, WorkerMetrics, consumer_lag

__all__ = ["install", "summary_line"]

log = logging.getLogger("diplo.worker")

_LEADER_TOPIC = "-__assignor-__leader"  # faust's leader-election topic: no work of the worker's


def _ours(partitions: Iterable[Any]) -> set[Any]:
    """Partitions without faust's leader-election topic."""
    return {tp for tp in partitions if not tp.topic.endswith(_LEADER_TOPIC)}


def _names(partitions: Iterable[Any]) -> str:
    return ", ".join(sorted(f"{tp.topic}/{tp.partition}" for tp in partitions)) or "none"


def summary_line(totals: dict[str, float], previous: dict[str, float], lag: dict[tuple[str, int], int],
                 seconds: float) -> str:
    """One line: what the worker did since the last summary, and how far behind it is."""
    done = {name: int(totals.get(name, 0) - previous.get(name, 0)) for name in totals}
    behind = f"lag {sum(lag.values())} over {len(lag)} partition(s)" if lag else "lag unknown (no partitions)"
    return (f"last {seconds:.0f} s: {done.get('articles', 0)} article(s), {done.get('events', 0)} event(s), "
            f"{done.get('dead_letters', 0)} dead letter(s); {behind}")


def install(app: faust.App, context: WorkerContext, metrics: WorkerMetrics = METRICS) -> None:
    """Connect the ready/rebalance lines to faust's signals and start the summary timer."""
    settings = context.settings
    state: dict[str, Any] = {"assigned": None, "rebalances": 0, "totals": metrics.totals()}
    web = f"http://{settings.web_host}:{settings.web_port}" if settings.web_port is not None else "off"

    @app.on_partitions_assigned.connect
    async def on_assigned(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        before, assigned = state["assigned"], _ours(args[0])  # faust sends the whole new assignment
        state["assigned"] = assigned
        if before is None:
            topics = ", ".join(sorted({tp.topic for tp in assigned})) or "none yet"
            log.info("ready: brokers %s; topics %s; partitions assigned: %s; web %s", context.bootstrap, topics,
                     _names(assigned), web)
            return
        state["rebalances"] += 1
        log.info("rebalance %d: assigned %s (gained %s; lost %s)", state["rebalances"], _names(assigned),
                 _names(assigned - before), _names(before - assigned))

    @app.timer(interval=settings.log_summary_seconds)
    async def summary() -> None:
        totals = metrics.totals()
        lag = {tp: n for tp, n in consumer_lag(app, metrics).items() if not tp[0].endswith(_LEADER_TOPIC)}
        log.info("%s", summary_line(totals, state["totals"], lag, settings.log_summary_seconds))
        state["totals"] = totals
