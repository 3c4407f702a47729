"""Extraction speed beside the bare spaCy pipeline, on the same texts, from one run.

    .venv/bin/python bench/extract_speed.py [ARTICLES.jsonl ...] [--repeat N] [--batch-size N]
    .venv/bin/python bench/extract_speed.py --components [ARTICLES.jsonl ...]
    .venv/bin/python bench/extract_speed.py --process [--generated N] [ARTICLES.jsonl ...]
    .venv/bin/python bench/extract_speed.py --startup [--repeat N]

Without files it uses the repository's seeds/*.jsonl. Both sides get a warm-up
pass, then the best of N timed passes is kept (least disturbed by other load on
the machine). "bare" is spacy.load(model) + nlp.pipe over the texts; "diplo" is
Extractor.extract_many (pipeline with entity fixes + actor and event coding +
records). ``--components`` prints the time of each pipeline component instead,
for the model as shipped and for diplo's pipeline, then of diplo's coding after it (Doc
conversion, actor coding, event coding; best of N passes each).
``--process`` times whole processes, start-up included: ``diplo extract`` on the
articles against a Python process that loads the bare model and pipes the same
texts (best of N, alternating); ``--generated N`` uses N articles of
bench/corpus.py (300-900 words) instead of files. ``--startup`` times the same two processes on
no articles: start-up alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from diplo.processors.extract import make_extractor
from diplo.processors.nlp import to_parsed
from diplo.processors.records import Article
from diplo.processors.registry import NLP_BATCH_SIZE, SPACY_MODEL

ROOT = Path(__file__).resolve().parents[1]


def load_articles(paths: list[Path]) -> list[Article]:
    articles = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                data = json.loads(line)
                articles.append(Article(id=str(data.get("id", f"{path.stem}-{n}")), text=data["text"],
                                        published_at=data.get("published_at")))
    return articles


def best_of_interleaved(repeat: int, *fns) -> list[float]:
    """Best time of each function over ``repeat`` rounds, the functions alternating within a round."""
    for fn in fns:
        fn()  # warm-up
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            best[k] = min(best[k], time.perf_counter() - start)
    return best


def component_times(nlp: spacy.Language, texts: list[str], batch_size: int, repeat: int) -> dict[str, float]:
    """Best time per component over ``repeat`` passes, each component fed the previous one's Docs."""
    best: dict[str, float] = {"tokenizer": float("inf"), **{name: float("inf") for name in nlp.pipe_names}}
    for _ in range(repeat + 1):  # the first pass warms caches up and is not counted
        start = time.perf_counter()
        docs = [nlp.make_doc(t) for t in texts]
        times = {"tokenizer": time.perf_counter() - start}
        for name, component in nlp.pipeline:
            start = time.perf_counter()
            docs = list(component.pipe(docs, batch_size=batch_size)) if hasattr(component, "pipe") else \
                [component(d) for d in docs]
            times[name] = time.perf_counter() - start
        if _ > 0:
            best = {name: min(best[name], t) for name, t in times.items()}
    return best


def coding_times(extractor, articles: list[Article], batch_size: int, repeat: int) -> dict[str, float]:
    """Best time of what diplo does after the pipeline: Doc conversion, actor coding, event coding."""
    docs = list(extractor.nlp.pipe([a.text for a in articles], batch_size=batch_size))
    best = {"Doc to ParsedDoc": float("inf"), "actor coding": float("inf"), "event coding": float("inf")}
    for n in range(repeat + 1):  # the first pass warms caches up and is not counted
        start = time.perf_counter()
        pdocs = [to_parsed(d, a) for d, a in zip(docs, articles, strict=True)]
        times = {"Doc to ParsedDoc": time.perf_counter() - start}
        start = time.perf_counter()
        actors = [extractor.actor_coder.code(p) for p in pdocs]
        times["actor coding"] = time.perf_counter() - start
        start = time.perf_counter()
        for p, a in zip(pdocs, actors, strict=True):
            extractor.event_coder.code(p, a)
        times["event coding"] = time.perf_counter() - start
        if n > 0:
            best = {name: min(best[name], t) for name, t in times.items()}
    return best


def print_components(label: str, times: dict[str, float]) -> None:
    total = sum(times.values())
    print(f"{label}: {total:.2f} s")
    for name, seconds in times.items():
        print(f"  {name:24s} {seconds:7.2f} s  {seconds / total:6.1%}")


_BARE_PROCESS = (
    "import json, sys, spacy\n"
    "nlp = spacy.load(sys.argv[1])\n"
    "texts = [json.loads(line)['text'] for line in open(sys.argv[2], encoding='utf-8') if line.strip()]\n"
    "for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):\n"
    "    pass\n"
)


def process_times(articles: list[Article], model: str, batch_size: int, repeat: int) -> tuple[float, float]:
    """Best wall time of the bare-spaCy process and of the `diplo extract` process over the same articles."""
    diplo = Path(sys.executable).with_name("diplo")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("".join(json.dumps({"id": a.id, "text": a.text, "published_at": a.published_at}) + "\n"
                               for a in articles), encoding="utf-8")
        bare = [sys.executable, "-c", _BARE_PROCESS, model, str(src), str(batch_size)]
        ours = [str(diplo), "extract", "--input", str(src), "--output", str(Path(tmp) / "out.jsonl"),
                "--model", model, "--nlp-batch-size", str(batch_size)]

        def run(cmd: list[str]) -> None:
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        t_bare, t_ours = best_of_interleaved(repeat, lambda: run(bare), lambda: run(ours))
    return t_bare, t_ours


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=NLP_BATCH_SIZE, help="nlp.pipe batch size of both sides")
    parser.add_argument("--model", default=SPACY_MODEL)
    parser.add_argument("--copies", type=int, default=4, help="repeat the article list this many times per pass")
    parser.add_argument("--components", action="store_true", help="time each pipeline component instead")
    parser.add_argument("--process", action="store_true",
                        help="time whole processes (start-up included): diplo extract against bare spaCy")
    parser.add_argument("--generated", type=int, metavar="N", help="use N articles of bench/corpus.py instead")
    parser.add_argument("--startup", action="store_true", help="time both processes on no articles: start-up alone")
    args = parser.parse_args(argv)
    if args.startup:
        t_bare, t_ours = process_times([], args.model, args.batch_size, args.repeat)
        print(f"start-up, best of {args.repeat}: bare spaCy process (import + load) {t_bare:.2f} s, "
              f"diplo extract on no articles {t_ours:.2f} s")
        return 0
    files = args.files or sorted((ROOT / "seeds").glob("*.jsonl"))
    if args.generated:
        sys.path.insert(0, str(ROOT / "bench"))
        from corpus import make_corpus

        articles = [Article(id=a["id"], text=a["text"], published_at=a.get("published_at"))
                    for a in make_corpus(args.generated)]
        files = [Path(f"bench/corpus.py ({args.generated} articles)")]
    else:
        articles = load_articles(files) * args.copies
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    if args.process:
        t_bare, t_ours = process_times(articles, args.model, args.batch_size, args.repeat)
        print(f"texts: {len(texts)} articles, {words} words (from {', '.join(str(f) for f in files)})")
        print(f"bare spaCy process (load + pipe): {t_bare:.2f} s  {len(texts) / t_bare:.2f} articles/s")
        print(f"diplo extract process:            {t_ours:.2f} s  {len(texts) / t_ours:.2f} articles/s")
        print(f"diplo extract relative to bare spaCy, start-up included: {t_bare / t_ours:.1%}")
        return 0

    bare = spacy.load(args.model)
    extractor = make_extractor(args.model)
    if args.components:
        print(f"texts: {len(texts)} articles, {words} words; best of {args.repeat} passes per component")
        print_components(f"{args.model} as shipped", component_times(bare, texts, args.batch_size, args.repeat))
        print_components("diplo's pipeline", component_times(extractor.nlp, texts, args.batch_size, args.repeat))
        print_components("diplo's coding after the pipeline",
                         coding_times(extractor, articles, args.batch_size, args.repeat))
        return 0
    t_bare, t_diplo = best_of_interleaved(
        args.repeat,
        lambda: list(bare.pipe(texts, batch_size=args.batch_size)),
        lambda: extractor.extract_many(articles, batch_size=args.batch_size),
    )
    print(f"texts: {len(texts)} articles, {words} words (from {', '.join(str(f) for f in files)})")
    print(f"bare spaCy ({args.model}, all components): {t_bare:.3f} s  {words / t_bare:,.0f} words/s")
    print(f"diplo extractor ({extractor.version}): {t_diplo:.3f} s  {words / t_diplo:,.0f} words/s")
    print(f"diplo speed relative to bare spaCy: {t_bare / t_diplo:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
