"""Measure how long a partition's output pauses when a worker is SIGKILLed (issue 13 item 5).

Two extract workers share the partitions; a steady producer writes one article
per partition per ``interval``; a reader notes the Kafka timestamp of every
entities record. One worker is SIGKILLed (and, like a supervisor would, a
replacement is started at once); the pause of a partition is the longest gap
between two consecutive outputs of articles from that partition. Used by
tests/integration/test_failover.py and bench/failover.py.
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from diplo.streams.settings import Settings
from tests.fuzz_messages import news_articles
from tests.kafka_helpers import Writer, consumer, follow, group_members
from tests.workers import WorkerProcess, start_worker, wait_until

__all__ = ["FailoverReport", "group_generation", "measure_failover"]


@dataclass
class FailoverReport:
    partitions: int
    pause_by_partition: dict[int, float]  # longest gap between two outputs of the partition, around the kill
    baseline_pause: float  # the longest gap before the kill (normal batching)
    resumed_after: float  # seconds from the kill until every partition had output again
    produced: int
    lost: int  # produced articles never seen on entities
    rebalances_before_kill: int  # group generations seen while both workers ran (false rebalances)
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def pause(self) -> float:
        return max(self.pause_by_partition.values())

    def summary(self) -> str:
        parts = ", ".join(f"p{p} {s:.1f}s" for p, s in sorted(self.pause_by_partition.items()))
        return (f"longest pause {self.pause:.1f}s ({parts}); every partition resumed {self.resumed_after:.1f}s "
                f"after the kill; normal gap before the kill {self.baseline_pause:.1f}s; {self.produced} articles, "
                f"{self.lost} lost; rebalances while both ran: {self.rebalances_before_kill}")


class _Producer(threading.Thread):
    """One article per partition every ``interval`` seconds, each sent to a chosen partition."""

    def __init__(self, bootstrap: str, topic: str, partitions: int, interval: float):
        super().__init__(daemon=True)
        self.producer = Writer(bootstrap, linger_ms=0)
        self.topic, self.partitions, self.interval = topic, partitions, interval
        self.sent: dict[str, tuple[int, float]] = {}  # article id -> (partition, time sent)
        self.halt = threading.Event()

    def run(self) -> None:
        articles = iter(news_articles(100_000, prefix="f", seed=13))
        while not self.halt.is_set():
            started = time.time()
            for partition in range(self.partitions):
                article = next(articles)
                self.producer.send(self.topic, article["id"].encode(), json.dumps(article).encode(), partition)
                self.sent[article["id"]] = (partition, started)
            self.producer.flush()
            self.halt.wait(max(0.0, self.interval - (time.time() - started)))


class _Reader(threading.Thread):
    """Kafka timestamps (seconds) of every entities record, by article id (the first copy counts)."""

    def __init__(self, bootstrap: str, topic: str):
        super().__init__(daemon=True)
        self.bootstrap, self.topic = bootstrap, topic
        self.seen: dict[str, float] = {}
        self.halt = threading.Event()

    def run(self) -> None:
        with consumer(self.bootstrap, read_committed=True) as reader:
            for record in follow(reader, self.topic, self.halt):
                self.seen.setdefault((record.key or b"").decode(), record.timestamp / 1000)


def group_generation(workers: list[WorkerProcess]) -> int:
    """The highest group generation the workers logged (aiokafka INFO "... generation N ...")."""
    found = [int(n) for w in workers for n in re.findall(r"generation (\d+)", w.log())]
    return max(found, default=0)


def _pauses(sent: dict[str, tuple[int, float]], seen: dict[str, float], partitions: int,
            start: float, end: float) -> dict[int, float]:
    """Longest gap between consecutive outputs per partition, over outputs between ``start`` and ``end``."""
    out = {}
    for partition in range(partitions):
        times = sorted(t for key, t in seen.items() if sent.get(key, (-1, 0))[0] == partition and start <= t <= end)
        out[partition] = max((b - a for a, b in zip(times, times[1:], strict=False)), default=end - start)
    return out


def measure_failover(bootstrap: str, prefix: str, log_dir: Path, env: dict[str, str] | None = None,
                     partitions: int = 4, interval: float = 1.0, settle: float = 10.0, after: float = 10.0,
                     replace: bool = True, timeout: float = 240.0) -> FailoverReport:
    """Two workers, steady input, SIGKILL one (start a replacement), and measure each partition's pause."""
    env = {"DIPLO_PARTITIONS": str(partitions), **(env or {})}
    settings = Settings(topic_prefix=prefix)
    topics, group = settings.topics, f"{prefix}app"
    workers: list[WorkerProcess] = []
    producer = reader = None
    try:
        workers = [start_worker(bootstrap, prefix, log_dir, name=name, env=env) for name in ("a", "b")]
        for worker in workers:
            worker.wait_ready()
        wait_until(lambda: group_members(bootstrap, group) == 2, 120, "two members in the group", interval=0.5)
        reader = _Reader(bootstrap, topics.entities)
        reader.start()
        producer = _Producer(bootstrap, topics.articles, partitions, interval)
        producer.start()
        wait_until(lambda: len(reader.seen) >= partitions * 3, 120, "output from the first articles", interval=0.2)
        settled, generation = time.time(), group_generation(workers)
        time.sleep(settle)  # steady state: the normal gap between outputs
        rebalances = group_generation(workers) - generation
        killed = time.time()
        workers[1].kill(signal.SIGKILL)
        if replace:
            workers.append(start_worker(bootstrap, prefix, log_dir, name="replacement", env=env))

        def resumed() -> bool:
            late = [t for key, t in reader.seen.items() if producer.sent.get(key, (0, 0.0))[1] > killed]
            by_partition = {producer.sent[key][0] for key, t in reader.seen.items()
                            if producer.sent.get(key, (0, 0.0))[1] > killed}
            return bool(late) and len(by_partition) == partitions

        for worker in workers[:1]:
            if worker.proc.poll() is not None:
                raise AssertionError(f"the surviving worker exited:\n{worker.tail()}")
        wait_until(resumed, timeout, "every partition to have output again after the kill", interval=0.2)
        back = time.time()
        time.sleep(after)
        producer.halt.set()
        producer.join()
        wait_until(lambda: set(producer.sent) <= set(reader.seen), timeout, "every article to be processed",
                   interval=0.5)
        end = time.time()
        pauses = _pauses(producer.sent, reader.seen, partitions, killed - settle / 2, end)
        baseline = max(_pauses(producer.sent, reader.seen, partitions, settled, killed).values())
        resumed_after = max(min((t for key, t in reader.seen.items()
                                 if producer.sent[key][0] == p and t > killed), default=back) - killed
                            for p in range(partitions))
        return FailoverReport(partitions=partitions, pause_by_partition=pauses, baseline_pause=baseline,
                              resumed_after=resumed_after, produced=len(producer.sent),
                              lost=len(set(producer.sent) - set(reader.seen)), rebalances_before_kill=rebalances,
                              settings={k: v for k, v in env.items() if k != "DIPLO_PARTITIONS"})
    finally:
        if producer is not None:
            producer.halt.set()
        if reader is not None:
            reader.halt.set()
        for worker in workers:
            with contextlib.suppress(Exception):
                worker.stop()
