"""What DIPLO_MAX_ENTITIES bounds: coding time, events and output size of one long article, per cap.

    .venv/bin/python bench/long_article.py [--bytes 58000] [--caps 500 1000 2000 0]

The article is bench/corpus.py's generated news text joined into one story of
about ``--bytes`` bytes (a long real article of 58 KB names about 1,100
entities). It is parsed once; then actor and event coding run with each cap
(0 = no cap), best of ``--repeat`` passes. The parse (spaCy) is the same for
every cap and bounded by DIPLO_MAX_ARTICLE_BYTES; peak RSS is the process's.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import make_corpus  # noqa: E402
from diplo.processors.doc import first_part  # noqa: E402
from diplo.processors.extract import make_extractor  # noqa: E402
from diplo.processors.nlp import parse_many  # noqa: E402
from diplo.processors.records import Article  # noqa: E402
from diplo.streams.codec import AvroCodec  # noqa: E402


def long_text(target_bytes: int) -> str:
    """Generated articles joined as paragraphs until the text is about ``target_bytes`` long."""
    paragraphs: list[str] = []
    size = 0
    corpus = make_corpus(200)
    for article in corpus:
        if size >= target_bytes:
            break
        paragraphs.append(article["text"].strip())
        size += len(paragraphs[-1].encode()) + 2
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bytes", type=int, default=58_000)
    parser.add_argument("--caps", type=int, nargs="+", default=[500, 1000, 2000, 0])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    extractor = make_extractor()
    codec = AvroCodec()
    article = Article(id="long", text=long_text(args.bytes), published_at="2024-03-01")
    started = time.perf_counter()
    pdoc = parse_many(extractor.nlp, [article])[0]
    parse_seconds = time.perf_counter() - started
    table = Table(title=f"one article of {len(article.text.encode())} bytes, {len(pdoc.ents)} entities, "
                        f"{len(pdoc.sents)} sentences; parse {parse_seconds:.1f} s")
    for column in ("cap", "sentences coded", "entities", "events", "coding s", "entities record bytes"):
        table.add_column(column, justify="right")
    for cap in args.caps:
        extractor.max_entities = cap or 10**9
        best = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            result = extractor._result(pdoc)
            best = min(best, time.perf_counter() - started)
        coded = first_part(pdoc, extractor.max_entities)
        size = len(codec.encode("ArticleEntities", result.entities.to_dict()))
        table.add_row(str(cap or "none"), f"{len(coded.sents)}/{len(pdoc.sents)}", str(len(result.entities.entities)),
                      str(len(result.events)), f"{best:.2f}", str(size))
    Console().print(table)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
