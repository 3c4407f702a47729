"""How long an extract batch holds the worker's event loop (what decides DIPLO_HEARTBEAT_INTERVAL_MS).

The extract agent runs nlp.pipe in a thread, but spaCy holds the GIL for long
stretches, and aiokafka sends group heartbeats from a task on the same event
loop: if the loop is held longer than the session timeout minus one heartbeat
interval, the broker drops a healthy worker (a false rebalance). This runs the
worker's own batch path (ArticleBatchProcessor in the default executor, as
BatchedAgent does) over batches of long articles while a task on the loop
wakes every 50 ms, and prints how late those wake-ups were.

    .venv/bin/python bench/loop_stall.py [--batch 32] [--kb 50] [--batches 3] [--hogs 1]

--hogs N starts N busy processes beside it (a loaded 2-core machine).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402
from diplo.streams.article_batch import ArticleBatchProcessor  # noqa: E402
from diplo.streams.codec import AvroCodec  # noqa: E402
from diplo.streams.messages import InMessage  # noqa: E402
from diplo.streams.settings import Settings  # noqa: E402


def long_articles(count: int, kb: int) -> list[dict]:
    """``count`` articles of about ``kb`` KB each, glued from the benchmark corpus (a long real story is 30-60 KB)."""
    pool = make_corpus(count * max(1, kb // 3) + 10)
    out = []
    for n in range(count):
        text, parts = "", iter(pool[n::count])
        while len(text) < kb * 1000:
            text += next(parts)["text"] + "\n\n"
        out.append({"id": f"long{n}", "text": text[: kb * 1000], "published_at": "2024-03-01"})
    return out


def _hog() -> None:
    while True:
        pass


async def measure(processor: ArticleBatchProcessor, batches: list[list[InMessage]], tick: float = 0.05) -> dict:
    loop = asyncio.get_running_loop()
    lags: list[float] = []
    running = True

    async def ticker() -> None:
        while running:
            before = loop.time()
            await asyncio.sleep(tick)
            lags.append(loop.time() - before - tick)

    task = asyncio.create_task(ticker())
    seconds = []
    for batch in batches:
        started = time.perf_counter()
        await loop.run_in_executor(None, processor.process, batch)
        seconds.append(time.perf_counter() - started)
    running = False
    await task
    lags.sort()
    return {"batch_seconds": [round(s, 1) for s in seconds], "max_loop_stall_s": round(lags[-1], 3),
            "p99_loop_stall_s": round(lags[int(len(lags) * 0.99)], 3),
            "median_loop_stall_s": round(statistics.median(lags), 3), "ticks": len(lags)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=32, help="articles per batch (DIPLO_BATCH_SIZE, default 32)")
    parser.add_argument("--kb", type=int, default=50, help="size of each article in KB")
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--hogs", type=int, default=0, help="busy processes to run beside it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from diplo.processors.extract import make_extractor

    settings = Settings()
    processor = ArticleBatchProcessor(make_extractor(settings.model), AvroCodec(), settings)
    articles = long_articles(args.batch * args.batches, args.kb)
    messages = [InMessage(json.dumps(a).encode(), a["id"].encode()) for a in articles]
    batches = [messages[i:i + args.batch] for i in range(0, len(messages), args.batch)]
    processor.process(batches[0][:2])  # warm up
    hogs = [multiprocessing.Process(target=_hog, daemon=True) for _ in range(args.hogs)]
    for hog in hogs:
        hog.start()
    try:
        report = asyncio.run(measure(processor, batches))
    finally:
        for hog in hogs:
            hog.terminate()
    report = {"batch": args.batch, "kb": args.kb, "hogs": args.hogs, **report}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{args.batches} batches of {args.batch} articles of {args.kb} KB, {args.hogs} busy process(es) beside: "
              f"batch {report['batch_seconds']} s; event loop held at most {report['max_loop_stall_s']} s "
              f"(p99 {report['p99_loop_stall_s']} s, median {report['median_loop_stall_s']} s, "
              f"{report['ticks']} wake-ups of 50 ms)")


if __name__ == "__main__":
    main()
