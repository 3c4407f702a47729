"""Fuzzed bad input on a real broker, interleaved with good articles.

Every bad message must reach articles.dlq once, with a reason code naming its
problem and its original bytes; every good article must be processed; the
worker's resident memory (read from /proc) must stay bounded and the worker
must never restart.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from pathlib import Path

import pytest

from diplo.streams.settings import Settings
from tests.fuzz_messages import BAD_KINDS, BadMessage, bad_messages, news_articles
from tests.integration.test_faults import raw_records
from tests.kafka_helpers import produce, read_all, topic_size
from tests.workers import start_worker, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.model]

MAX_ARTICLE_BYTES = 20_000  # DIPLO_MAX_ARTICLE_BYTES for this worker: the configurable limit under test
# a huge_entities message (18 KB of names, ~1,200 in one sentence) is over this cap from its first sentence
MAX_ENTITIES = 1000
BAD_COUNT = 1200
GOOD_COUNT = 400
TEN_MB = 10_000_000
RSS_GROWTH_LIMIT = 350 * 1024 * 1024  # over the RSS the worker has once warmed up on good articles


def _rss(pid: int) -> int:
    """Resident set size of ``pid`` in bytes, from /proc/<pid>/status."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for pid {pid}")


def _ten_megabyte_articles() -> list[BadMessage]:
    text = "Talks were held in Geneva. " * (TEN_MB // 27 + 1)
    return [BadMessage("ten_mb_text", f"bad-10mb-{n}".encode(),
                       json.dumps({"id": f"ten{n}", "text": text}).encode(), frozenset({"too_large"}))
            for n in range(2)]


def test_fuzzed_bad_input_is_dead_lettered_and_the_worker_stays_up(kafka_bootstrap: str, unique: str,
                                                                   tmp_path: Path) -> None:
    prefix = f"fuzz{unique}."
    topics = Settings(topic_prefix=prefix).topics
    bad = list(bad_messages(BAD_COUNT, MAX_ARTICLE_BYTES)) + _ten_megabyte_articles()
    kinds = Counter(b.kind for b in bad)
    assert set(BAD_KINDS) | {"ten_mb_text"} == set(kinds), f"kinds generated: {kinds}"
    good = news_articles(GOOD_COUNT, prefix="g", seed=9)
    mixed: list[tuple[bytes, bytes | None]] = [(b.key, b.value) for b in bad]
    mixed += [(a["id"].encode(), json.dumps(a).encode()) for a in good]
    random.Random(6).shuffle(mixed)
    warmup = news_articles(64, prefix="w", seed=10)

    started = time.monotonic()
    worker = start_worker(kafka_bootstrap, prefix, tmp_path, env={"DIPLO_MAX_ARTICLE_BYTES": str(MAX_ARTICLE_BYTES),
                                                                  "DIPLO_MAX_ENTITIES": str(MAX_ENTITIES)})
    samples: list[int] = []
    try:
        worker.wait_ready()
        produce(kafka_bootstrap, topics.articles, [(a["id"].encode(), json.dumps(a).encode()) for a in warmup])
        wait_until(lambda: topic_size(kafka_bootstrap, topics.entities) >= len(warmup), 120, "the warm-up articles")
        baseline = _rss(worker.proc.pid)
        # a 10 MiB request limit (the local broker's message.max.bytes) so the 10 MB texts get through
        produce(kafka_bootstrap, topics.articles, mixed, max_request_size=10_485_760)

        def done() -> bool:
            if worker.proc.poll() is not None:
                raise AssertionError(f"worker exited with {worker.proc.returncode}:\n{worker.tail()}")
            samples.append(_rss(worker.proc.pid))
            return (topic_size(kafka_bootstrap, topics.articles_dlq) >= len(bad)
                    and topic_size(kafka_bootstrap, topics.entities) >= len(warmup) + len(good))

        wait_until(done, 300, f"{len(bad)} dead letters and {len(good)} processed articles", interval=0.5)
        samples.append(_rss(worker.proc.pid))
        alive, restarts, log = worker.proc.poll() is None, worker.ready_count() - 1, worker.log()
    finally:
        worker.stop()
    elapsed = time.monotonic() - started

    dead = read_all(kafka_bootstrap, topics.articles_dlq)
    by_key = Counter(d["key"] for d in dead)
    letters = {d["key"]: d for d in dead}
    entities = raw_records(kafka_bootstrap, topics.entities)
    counts = {"bad": len(bad), "good": len(good), "dlq": len(dead), "dlq_keys": len(by_key),
              "entities_keys": len(entities), "kinds": dict(kinds)}

    missing = [b for b in bad if b.key not in letters]
    assert not missing, f"{len(missing)} bad messages not dead-lettered, e.g. {[m.kind for m in missing[:5]]}; {counts}"
    wrong = [(b.kind, letters[b.key]["reason_code"], letters[b.key]["error_message"][:80])
             for b in bad if letters[b.key]["reason_code"] not in b.expect]
    assert not wrong, f"{len(wrong)} dead letters with a reason that does not name the problem: {wrong[:5]}; {counts}"
    twice = {k: n for k, n in by_key.items() if n > 1}
    assert not twice, f"{len(twice)} bad messages dead-lettered more than once; {counts}"
    unclear = [b.kind for b in bad if not letters[b.key]["error_message"].strip()]
    assert not unclear, f"{len(unclear)} dead letters without a message: {unclear[:5]}"
    for b in bad:
        letter = letters[b.key]
        kept = (b.value or b"")[:len(letter["original"])]
        assert letter["original"] == kept and letter["original_size"] == len(b.value or b""), (
            f"{b.kind}: the dead letter does not keep the original bytes ({letter['original_size']} recorded)")
        assert letter["topic"] == topics.articles

    lost = {a["id"].encode() for a in good} - set(entities)
    assert not lost, f"{len(lost)} good articles not processed, e.g. {sorted(lost)[:5]}; {counts}"
    assert not set(entities) & {b.key for b in bad}, f"a bad message produced entities; {counts}"

    peak = max(samples)
    assert peak - baseline < RSS_GROWTH_LIMIT, (
        f"worker RSS grew from {baseline >> 20} MiB to {peak >> 20} MiB over {len(samples)} samples; {counts}")
    assert alive and restarts == 0, f"the worker restarted {restarts} times or died; {counts}"
    for mark in ("Traceback", "Restarting", "crashed"):
        assert mark not in log, f"worker log shows {mark!r}:\n" + "\n".join(
            line for line in log.splitlines() if mark in line)[:2000]
    print(f"\n{counts}; reasons {dict(Counter(d['reason_code'] for d in dead))}; "
          f"RSS baseline {baseline >> 20} MiB, peak {peak >> 20} MiB, end {samples[-1] >> 20} MiB; {elapsed:.0f}s")

