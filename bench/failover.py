"""Failover pause: how long a partition's output stops when one of two workers is SIGKILLed.

Two `diplo worker` processes (extract, model loaded) share 4 partitions; one
article per partition per second is produced; one worker is SIGKILLed and a
replacement started at once (what a supervisor does). Prints the longest gap
between two outputs of one partition, per partition, and how long after the
kill every partition had output again.

    .venv/bin/python bench/failover.py                       # diplo's defaults
    .venv/bin/python bench/failover.py --session-timeout-ms 60000 --heartbeat-interval-ms 3000
    .venv/bin/python bench/failover.py --no-replace --json   # the survivor alone takes over
    .venv/bin/python bench/failover.py --soak 300 --kb 50    # no kill: long articles, count false rebalances

Uses KAFKA_BOOTSTRAP_SERVERS if set, else starts a throwaway local broker.
Settings are passed as DIPLO_SESSION_TIMEOUT_MS / DIPLO_HEARTBEAT_INTERVAL_MS.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from loop_stall import long_articles  # noqa: E402

from diplo.streams.local_kafka import LocalKafka  # noqa: E402
from diplo.streams.settings import Settings  # noqa: E402
from tests.failover import group_generation, measure_failover  # noqa: E402
from tests.kafka_helpers import Writer, group_members  # noqa: E402
from tests.workers import start_worker, wait_until  # noqa: E402


@contextlib.contextmanager
def kafka(tmp: Path) -> Iterator[str]:
    explicit = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if explicit:
        yield explicit
        return
    broker = LocalKafka(tmp / "kafka")
    info = broker.start()
    try:
        yield info.bootstrap
    finally:
        broker.stop()


def soak(bootstrap: str, prefix: str, log_dir: Path, env: dict[str, str], partitions: int, seconds: float,
         kb: int) -> dict:
    """Two workers chew long articles for ``seconds``; rebalances seen meanwhile are false ones (nobody left)."""
    env = {"DIPLO_PARTITIONS": str(partitions), **env}
    workers = [start_worker(bootstrap, prefix, log_dir, name=f"soak-{name}", env=env) for name in "ab"]
    try:
        for worker in workers:
            worker.wait_ready()
        wait_until(lambda: group_members(bootstrap, f"{prefix}app") == 2, 120, "two members in the group")
        before = group_generation(workers)
        articles = long_articles(int(seconds // 10) + 8, kb)  # more than two workers get through in ``seconds``
        producer = Writer(bootstrap)
        for n, article in enumerate(articles):
            producer.send(Settings(topic_prefix=prefix).topics.articles, article["id"].encode(),
                          json.dumps(article).encode(), partition=n % partitions)
        producer.flush()
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            for worker in workers:
                if worker.proc.poll() is not None:
                    raise SystemExit(f"a worker exited with {worker.proc.returncode}:\n{worker.tail()}")
            time.sleep(1)
        return {"seconds": seconds, "articles_produced": len(articles), "kb": kb,
                "rebalances": group_generation(workers) - before,
                "heartbeat_trouble": sum(w.log().count("Heartbeat") for w in workers)}
    finally:
        for worker in workers:
            worker.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--session-timeout-ms", type=int, help="DIPLO_SESSION_TIMEOUT_MS for the workers")
    parser.add_argument("--heartbeat-interval-ms", type=int, help="DIPLO_HEARTBEAT_INTERVAL_MS for the workers")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--no-replace", action="store_true", help="do not start a replacement after the kill")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--soak", type=float, metavar="SECONDS",
                        help="no kill: feed both workers long articles this long and count rebalances")
    parser.add_argument("--kb", type=int, default=50, help="article size for --soak (default 50 KB)")
    args = parser.parse_args()
    env = {}
    if args.session_timeout_ms:
        env["DIPLO_SESSION_TIMEOUT_MS"] = str(args.session_timeout_ms)
    if args.heartbeat_interval_ms:
        env["DIPLO_HEARTBEAT_INTERVAL_MS"] = str(args.heartbeat_interval_ms)
    with tempfile.TemporaryDirectory(prefix="diplo-failover-") as tmp:
        with kafka(Path(tmp)) as bootstrap:
            if args.soak:
                result = soak(bootstrap, f"soak{uuid.uuid4().hex[:8]}.", Path(tmp) / "logs", env, args.partitions,
                              args.soak, args.kb)
                print(json.dumps(result) if args.json else
                      f"settings: {env or 'defaults'}; {result['articles_produced']} articles of {args.kb} KB over "
                      f"{args.soak:.0f}s: {result['rebalances']} rebalance(s) while both workers ran, "
                      f"{result['heartbeat_trouble']} heartbeat log line(s)")
                return
            report = measure_failover(bootstrap, f"failover{uuid.uuid4().hex[:8]}.", Path(tmp) / "logs", env=env,
                                      partitions=args.partitions, replace=not args.no_replace)
    if args.json:
        print(json.dumps({**asdict(report), "pause": report.pause}, indent=2))
    else:
        print(f"settings: {report.settings or 'defaults'}; replacement started: {not args.no_replace}")
        print(report.summary())


if __name__ == "__main__":
    main()
