"""Failover pause: how long a partition's output stops when one of two workers is SIGKILLed.

Two `diplo worker` processes (extract, model loaded) share 4 partitions; one
article per partition per second is produced; one worker is SIGKILLed and a
replacement started at once (what a supervisor does). Prints the longest gap
between two outputs of one partition, per partition, and how long after the
kill every partition had output again.

    .venv/bin/python bench/failover.py                       # diplo's defaults
    .venv/bin/python bench/failover.py --session-timeout-ms 60000 --heartbeat-interval-ms 3000
    .venv/bin/python bench/failover.py --no-replace --json   # the survivor alone takes over

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
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from diplo.streams.local_kafka import LocalKafka  # noqa: E402
from tests.failover import measure_failover  # noqa: E402


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--session-timeout-ms", type=int, help="DIPLO_SESSION_TIMEOUT_MS for the workers")
    parser.add_argument("--heartbeat-interval-ms", type=int, help="DIPLO_HEARTBEAT_INTERVAL_MS for the workers")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--no-replace", action="store_true", help="do not start a replacement after the kill")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    env = {}
    if args.session_timeout_ms:
        env["DIPLO_SESSION_TIMEOUT_MS"] = str(args.session_timeout_ms)
    if args.heartbeat_interval_ms:
        env["DIPLO_HEARTBEAT_INTERVAL_MS"] = str(args.heartbeat_interval_ms)
    with tempfile.TemporaryDirectory(prefix="diplo-failover-") as tmp:
        with kafka(Path(tmp)) as bootstrap:
            report = measure_failover(bootstrap, f"failover{uuid.uuid4().hex[:8]}.", Path(tmp) / "logs", env=env,
                                      partitions=args.partitions, replace=not args.no_replace)
    if args.json:
        print(json.dumps({**asdict(report), "pause": report.pause}, indent=2))
    else:
        print(f"settings: {report.settings or 'defaults'}; replacement started: {not args.no_replace}")
        print(report.summary())


if __name__ == "__main__":
    main()
