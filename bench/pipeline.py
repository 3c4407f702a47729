"""Benchmark diplo against the bare spaCy pipeline, offline and end to end through real Kafka.

One run, the same texts, the same model and nlp.pipe batch size:
  (a) bare spaCy: nlp.pipe over the texts, nothing else (twice, before and after (c); the mean is used)
  (a') the same model with diplo's one change to spaCy's own components (the attribute_ruler rules applied
      by processors/attribute_table.py, identical output): (c)/(a') is the overhead of everything that is
      not the model, (a')/(a) what the swap saves
  (b) diplo extract offline: Extractor.extract_many
  (c) end to end, 1 worker: produce N articles to a topic with P partitions as fast as possible,
      time until the last ArticleEntities record arrives
  (d) the same with 2 workers
  latency: steady production at half of (c)'s capacity, produce -> events record (Kafka timestamps)
  memory: peak RSS (VmHWM) of a worker

    .venv/bin/python bench/pipeline.py [--articles 300] [--partitions 4] [--json]

Uses KAFKA_BOOTSTRAP_SERVERS if set, else starts a throwaway local broker.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from diplo.processors.articles import article_from_mapping
from diplo.processors.registry import NLP_BATCH_SIZE, SPACY_MODEL
from diplo.streams.codec import AvroCodec
from diplo.streams.kafka_io import topic_partitions
from diplo.streams.local_kafka import LocalKafka, free_port
from diplo.streams.settings import Settings
from diplo.streams.topic_admin import ensure_topics

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402  (a sibling script, importable once bench/ is on the path)


def bare_spacy(texts: list[str], model: str, batch_size: int, attribute_table: bool = False) -> dict:
    import spacy

    nlp = spacy.load(model)
    if attribute_table:
        from diplo.processors.attribute_table import replace_attribute_ruler

        replace_attribute_ruler(nlp)
    list(nlp.pipe(texts[:8], batch_size=batch_size))  # warm up
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles_per_s": len(texts) / seconds, "tokens_per_s": tokens / seconds,
            "tokens": tokens}


def offline_extract(articles: list[dict], model: str, batch_size: int) -> dict:
    from diplo.processors.extract import make_extractor

    extractor = make_extractor(model)
    parsed = [article_from_mapping(a) for a in articles]
    extractor.extract_many(parsed[:8], batch_size=batch_size)  # warm up
    started = time.perf_counter()
    results = extractor.extract_many(parsed, batch_size=batch_size)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles_per_s": len(articles) / seconds,
            "events": sum(len(r.events) for r in results)}


@contextlib.contextmanager
def kafka() -> Iterator[str]:
    explicit = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if explicit:
        yield explicit
        return
    with tempfile.TemporaryDirectory(prefix="diplo-bench-") as tmp:
        broker = LocalKafka(Path(tmp) / "kafka")
        info = broker.start()
        try:
            yield info.bootstrap
        finally:
            broker.stop()


class Workers:
    """W worker processes of one app, ready when each /health says so."""

    def __init__(self, bootstrap: str, settings: Settings, count: int, log_dir: Path):
        self.procs: list[tuple[subprocess.Popen, int]] = []
        for index in range(count):
            port = free_port()
            env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap, "DIPLO_TOPIC_PREFIX": settings.topic_prefix,
                   "DIPLO_APP_ID": settings.app_id, "DIPLO_WEB_PORT": str(port),
                   "DIPLO_BATCH_SIZE": str(settings.batch_size), "DIPLO_NLP_BATCH_SIZE": str(settings.nlp_batch_size),
                   "DIPLO_PARTITIONS": str(settings.partitions)}
            log = open(log_dir / f"worker-{settings.app_id}-{index}.log", "wb")
            proc = subprocess.Popen([sys.executable, "-m", "diplo", "worker", "--loglevel", "warning"], env=env,
                                    stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            log.close()
            self.procs.append((proc, port))

    def wait_ready(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        for proc, port in self.procs:
            while True:
                if proc.poll() is not None:
                    raise SystemExit(f"a worker exited with {proc.returncode}")
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise SystemExit("workers did not become ready")
                time.sleep(0.2)

    def peak_rss_mb(self) -> list[float]:
        out = []
        for proc, _ in self.procs:
            for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    out.append(int(line.split()[1]) / 1024)
        return out

    def stop(self) -> None:
        for proc, _ in self.procs:
            proc.terminate()
        for proc, _ in self.procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


async def _produce(bootstrap: str, topic: str, articles: list[dict], rate: float | None = None) -> float:
    """Send articles (as fast as possible, or ``rate`` per second); returns the start time."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5,
                                max_request_size=8 * 1024 * 1024)
    await producer.start()
    started = time.time()
    try:
        pending = []
        for index, article in enumerate(articles):
            if rate:
                delay = started + index / rate - time.time()
                if delay > 0:
                    await asyncio.sleep(delay)
            pending.append(await producer.send(topic, json.dumps(article).encode(), key=article["id"].encode()))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return started


async def _await_entities(bootstrap: str, settings: Settings, ids: set[str], timeout: float) -> tuple[float, list]:
    """Read entities (and events) until every id has its entities record; returns (last arrival, events)."""
    codec = AvroCodec()
    topics = settings.topics
    partitions = await topic_partitions(bootstrap, settings, [topics.entities, topics.events])
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    await consumer.start()
    consumer.assign(partitions)
    await consumer.seek_to_beginning(*partitions)
    seen: set[str] = set()
    events: list = []
    last = 0.0
    deadline = time.monotonic() + timeout
    try:
        while not ids <= seen:
            if time.monotonic() > deadline:
                raise SystemExit(f"only {len(seen & ids)} of {len(ids)} articles arrived in {timeout:.0f}s")
            for records in (await consumer.getmany(timeout_ms=200)).values():
                for record in records:
                    name, value = codec.decode(record.value)
                    if name == "ArticleEntities" and value["article_id"] in ids:
                        seen.add(value["article_id"])
                        last = max(last, time.time())
                    elif name == "DiplomaticEvent":
                        events.append((value["article_id"], record.timestamp))
    finally:
        await consumer.stop()
    return last, events


async def _article_timestamps(bootstrap: str, settings: Settings) -> dict[str, int]:
    partitions = await topic_partitions(bootstrap, settings, [settings.topics.articles])
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    await consumer.start()
    consumer.assign(partitions)
    await consumer.seek_to_beginning(*partitions)
    end = await consumer.end_offsets(partitions)
    stamps: dict[str, int] = {}
    try:
        while [tp for tp in partitions if await consumer.position(tp) < end[tp]]:
            for records in (await consumer.getmany(timeout_ms=200)).values():
                for record in records:
                    stamps[record.key.decode()] = record.timestamp
    finally:
        await consumer.stop()
    return stamps


def end_to_end(bootstrap: str, articles: list[dict], workers: int, partitions: int, batch_size: int,
               nlp_batch_size: int, log_dir: Path, rate: float | None = None) -> dict:
    tag = f"b{int(time.time() * 1000) % 10**9}w{workers}{'l' if rate else ''}"
    settings = Settings(topic_prefix=f"{tag}.", app_id=f"{tag}-app", partitions=partitions, batch_size=batch_size,
                        nlp_batch_size=nlp_batch_size)
    asyncio.run(ensure_topics(bootstrap, settings))
    pool = Workers(bootstrap, settings, workers, log_dir)
    try:
        pool.wait_ready()
        ids = {a["id"] for a in articles}

        async def run() -> tuple[float, float, list]:
            consumer_task = asyncio.create_task(_await_entities(bootstrap, settings, ids, timeout=1800))
            started = await _produce(bootstrap, settings.topics.articles, articles, rate)
            last, events = await consumer_task
            return started, last, events

        started, last, events = asyncio.run(run())
        seconds = last - started
        result = {"workers": workers, "partitions": partitions, "seconds": seconds,
                  "articles_per_s": len(articles) / seconds, "peak_rss_mb": pool.peak_rss_mb()}
        if rate:
            stamps = asyncio.run(_article_timestamps(bootstrap, settings))
            latencies = sorted((ts - stamps[article_id]) / 1000 for article_id, ts in events if article_id in stamps)
            q = statistics.quantiles(latencies, n=100)
            result.update({"rate": rate, "latency_events": len(latencies),
                           "p50_ms": q[49] * 1000, "p95_ms": q[94] * 1000, "p99_ms": q[98] * 1000})
        return result
    finally:
        pool.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300, help="articles per measurement (default 300)")
    parser.add_argument("--partitions", type=int, default=4, help="partitions of the articles topic (default 4)")
    parser.add_argument("--batch-size", type=int, default=32, help="articles a worker takes from Kafka per batch")
    parser.add_argument("--nlp-batch-size", type=int, default=NLP_BATCH_SIZE,
                        help=f"nlp.pipe batch size of every run, bare spaCy included (default {NLP_BATCH_SIZE})")
    parser.add_argument("--latency-seconds", type=float, default=60.0, help="length of the steady-rate run")
    parser.add_argument("--model", default=SPACY_MODEL)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--log-dir", type=Path, default=None, help="keep the workers' logs here")
    parser.add_argument("--latency-only", type=float, default=None, metavar="RATE",
                        help="only measure latency at RATE articles/s (for tuning)")
    args = parser.parse_args()

    if args.latency_only:
        with kafka() as bootstrap, tempfile.TemporaryDirectory(prefix="diplo-bench-logs-") as logs:
            steady = make_corpus(max(20, int(args.latency_only * args.latency_seconds)), seed=11)
            print(json.dumps(end_to_end(bootstrap, steady, 1, args.partitions, args.batch_size, args.nlp_batch_size,
                                        Path(logs), args.latency_only), indent=2))
        return 0
    articles = make_corpus(args.articles)
    texts = [a["text"] for a in articles]
    batches = (args.partitions, args.batch_size, args.nlp_batch_size)
    report: dict = {"machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                                "processor": platform.processor() or platform.machine()},
                    "articles": len(articles), "words": sum(len(t.split()) for t in texts),
                    "batch_size": args.batch_size, "nlp_batch_size": args.nlp_batch_size}
    # this machine's speed drifts by 10-30% over minutes (shared host), so bare spaCy is measured twice,
    # around the end-to-end run it is compared with, and the mean is the reference
    first = bare_spacy(texts, args.model, args.nlp_batch_size)
    report["bare_spacy_table"] = bare_spacy(texts, args.model, args.nlp_batch_size, attribute_table=True)
    report["offline"] = offline_extract(articles, args.model, args.nlp_batch_size)
    with kafka() as bootstrap, tempfile.TemporaryDirectory(prefix="diplo-bench-logs-") as logs:
        if args.log_dir:
            args.log_dir.mkdir(parents=True, exist_ok=True)
            logs = str(args.log_dir)
        report["e2e_1"] = end_to_end(bootstrap, articles, 1, *batches, Path(logs))
        second = bare_spacy(texts, args.model, args.nlp_batch_size)
        report["bare_spacy"] = {key: (first[key] + second[key]) / 2 for key in first}
        report["bare_spacy"]["runs_articles_per_s"] = [first["articles_per_s"], second["articles_per_s"]]
        report["e2e_2"] = end_to_end(bootstrap, articles, 2, *batches, Path(logs))
        rate = report["e2e_1"]["articles_per_s"] / 2
        count = max(20, int(rate * args.latency_seconds))
        steady = make_corpus(count, seed=11)
        report["latency"] = end_to_end(bootstrap, steady, 1, *batches, Path(logs), rate)
    bare = report["bare_spacy"]["articles_per_s"]
    report["ratios"] = {
        "offline_vs_bare": report["offline"]["articles_per_s"] / bare,
        "e2e1_vs_bare": report["e2e_1"]["articles_per_s"] / bare,
        "e2e1_vs_bare_table": report["e2e_1"]["articles_per_s"] / report["bare_spacy_table"]["articles_per_s"],
        "table_vs_bare": report["bare_spacy_table"]["articles_per_s"] / bare,
        "e2e2_vs_e2e1": report["e2e_2"]["articles_per_s"] / report["e2e_1"]["articles_per_s"],
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print_table(report)
    return 0


def _print_table(r: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"diplo benchmark: {r['articles']} articles, {r['words']} words, batch {r['batch_size']} "
                        f"(nlp.pipe {r['nlp_batch_size']}), "
                        f"{r['machine']['cores']} cores")
    for column in ("run", "articles/s", "other"):
        table.add_column(column)
    runs = " and ".join(f"{x:.1f}" for x in r["bare_spacy"]["runs_articles_per_s"])
    table.add_row("(a) bare spaCy nlp.pipe", f"{r['bare_spacy']['articles_per_s']:.1f}",
                  f"{r['bare_spacy']['tokens_per_s']:.0f} tokens/s (mean of {runs}, before and after (c))")
    table.add_row("(a') bare, attribute table", f"{r['bare_spacy_table']['articles_per_s']:.1f}",
                  f"{r['bare_spacy_table']['tokens_per_s']:.0f} tokens/s (the model with diplo's attribute_ruler swap)")
    table.add_row("(b) diplo extract offline", f"{r['offline']['articles_per_s']:.1f}",
                  f"{r['offline']['events']} events")
    for key, label in (("e2e_1", "(c) end to end, 1 worker"), ("e2e_2", "(d) end to end, 2 workers")):
        e = r[key]
        table.add_row(label, f"{e['articles_per_s']:.1f}",
                      f"{e['partitions']} partitions, peak RSS {', '.join(f'{m:.0f}' for m in e['peak_rss_mb'])} MB")
    lat = r["latency"]
    table.add_row(f"latency at {lat['rate']:.1f} articles/s", "",
                  f"p50 {lat['p50_ms']:.0f} ms, p95 {lat['p95_ms']:.0f} ms, p99 {lat['p99_ms']:.0f} ms "
                  f"({lat['latency_events']} events)")
    ratios = r["ratios"]
    table.add_row("ratios", "", f"(b)/(a) {ratios['offline_vs_bare']:.2f}, (c)/(a) {ratios['e2e1_vs_bare']:.2f}, "
                                f"(d)/(c) {ratios['e2e2_vs_e2e1']:.2f}; (a')/(a) {ratios['table_vs_bare']:.2f}, "
                                f"(c)/(a') {ratios['e2e1_vs_bare_table']:.2f}")
    Console(width=140).print(table)


if __name__ == "__main__":
    raise SystemExit(main())
