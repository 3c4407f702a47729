"""What DIPLO_MAX_ENTITIES bounds: time, peak memory, events and output size of one long article, per cap.

    .venv/bin/python bench/long_article.py [--bytes 58000] [--caps 1000 2000 0] [--repeat 3] [--whole]

The article is bench/corpus.py's generated news text joined into one story of
about ``--bytes`` bytes (a long real article of 58 KB names about 1,100
entities). Each cap (0 = no cap) runs in a fresh process that loads the
extractor and extracts the article as the worker does (best time of ``--repeat``): parse (a text
over LONG_TEXT characters in pieces, stopping after the cap is passed), then
actor and event coding of the sentences within the cap. Peak RSS is that
process's, model included. ``--whole`` parses the text as one document, as
diplo did before pieces, for comparison.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import make_corpus  # noqa: E402


def long_text(target_bytes: int) -> str:
    """Generated articles joined as paragraphs until the text is about ``target_bytes`` long."""
    paragraphs: list[str] = []
    size = 0
    for article in make_corpus(200):
        if size >= target_bytes:
            break
        paragraphs.append(article["text"].strip())
        size += len(paragraphs[-1].encode()) + 2
    return "\n\n".join(paragraphs)


def measure(target_bytes: int, cap: int, repeat: int, whole: bool = False) -> dict[str, float]:
    """Extract the article ``repeat`` times with ``cap``; the best time and this process's peak memory."""
    from diplo.processors import nlp
    from diplo.processors.extract import make_extractor
    from diplo.processors.records import Article
    from diplo.streams.codec import AvroCodec

    if whole:
        nlp.LONG_TEXT = 10**9
    extractor = make_extractor(max_entities=cap or 10**9)
    loaded_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    article = Article(id="long", text=long_text(target_bytes), published_at="2024-03-01")
    seconds = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = extractor.extract(article)
        seconds = min(seconds, time.perf_counter() - started)
    coded_to = max((e.end for e in result.entities.entities), default=0)
    return {"bytes": len(article.text.encode()), "seconds": seconds, "entities": len(result.entities.entities),
            "events": len(result.events), "coded_chars": coded_to, "chars": len(article.text),
            "record": len(AvroCodec().encode("ArticleEntities", result.entities.to_dict())),
            "loaded_rss": loaded_rss, "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bytes", type=int, default=58_000)
    parser.add_argument("--caps", type=int, nargs="+", default=[1000, 2000, 0])
    parser.add_argument("--repeat", type=int, default=3, help="extractions per cap; the best time is kept")
    parser.add_argument("--whole", action="store_true", help="parse the article as one document")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process: one cap, JSON out
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.bytes, args.one, args.repeat, args.whole)))
        return
    rows = []
    for cap in args.caps:
        command = [sys.executable, __file__, "--bytes", str(args.bytes), "--one", str(cap),
                   "--repeat", str(args.repeat)]
        child = subprocess.run(command + ["--whole"] * args.whole, capture_output=True, text=True, check=True)
        rows.append((cap, json.loads(child.stdout.splitlines()[-1])))
    how = "parsed as one document" if args.whole else "parsed in pieces"
    table = Table(title=f"one article of {rows[0][1]['bytes']:.0f} bytes, {how}")
    for column in ("cap", "extract s", "entities", "events", "characters coded", "entities record bytes",
                   "peak RSS MB (model loaded)"):
        table.add_column(column, justify="right")
    for cap, r in rows:
        table.add_row(str(cap or "none"), f"{r['seconds']:.1f}", f"{r['entities']:.0f}", f"{r['events']:.0f}",
                      f"{r['coded_chars']:.0f}/{r['chars']:.0f}", f"{r['record']:.0f}",
                      f"{r['peak_rss']:.0f} ({r['loaded_rss']:.0f})")
    Console(width=140).print(table)


if __name__ == "__main__":
    main()
