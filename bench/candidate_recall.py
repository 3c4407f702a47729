"""Where the training corpus loses its labelled events: how many find no clause candidate, and why.

    .venv/bin/python bench/candidate_recall.py [--corpus corpus/events] [--sample N] [--seed S]

`diplo train` learns only from labelled events that some clause candidate stands for (it prints how many
do). This parses the corpus (or a seeded sample of its texts) as training does, aligns the candidates the
same way, and sorts each labelled event no candidate stands for by the first stage that lost it:

- ``trigger not a token``: the labelled trigger span matches no token (a tokenisation mismatch);
- ``trigger no predicate``: the word is no verb, predicative adjective or event noun the candidates read;
- ``no source actor``: a predicate, but none of its subject mentions is an actor (no candidate at it);
- ``source read otherwise``: candidates at the trigger, none with the labelled source on either side;
- ``target read otherwise``: candidates with the labelled source, none with its target.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from diplo.processors.coding.candidates import find_clause_candidates, mention_span, predicates
from diplo.processors.coding.corpus import corpus_files, read_corpus
from diplo.processors.coding.training import align, overlap, resolved_span
from diplo.processors.extract import Extractor
from diplo.processors.nlp import parse_many
from diplo.processors.records import Article
from diplo.streams.settings import Settings

STAGES = ("trigger not a token", "trigger no predicate", "no source actor", "source read otherwise",
          "target read otherwise")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus/events"), help="corpus folder or .jsonl file")
    parser.add_argument("--sample", type=int, help="score a seeded sample of this many texts (default: all)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the sample (default 7)")
    args = parser.parse_args()
    texts = list(read_corpus(corpus_files(args.corpus)))
    if args.sample:
        texts = random.Random(args.seed).sample(texts, min(args.sample, len(texts)))
    extractor = Extractor(Settings.from_env().model)
    by_id = {t.id: t for t in texts}
    articles = [Article(id=t.id, text=t.text, published_at="2024-06-15") for t in texts]
    lost: Counter = Counter()
    events = found = 0
    start = time.perf_counter()
    for pdoc in parse_many(extractor.nlp, articles, batch_size=64):
        text = by_id[pdoc.article.id]
        actors = extractor.actor_coder.code(pdoc)
        cands = [c for s in range(len(pdoc.sents)) for c in find_clause_candidates(pdoc, actors, s)]
        targets_read = {mention_span(pdoc, c.target) for c in cands if c.target is not None}
        matched = {id(ev) for c in cands if not isinstance(ev := align(pdoc, c, text.events, targets_read), str)
                   and ev is not None}
        heads = {i for s in range(len(pdoc.sents)) for i, _ in predicates(pdoc, s)}
        for ev in text.events:
            events += 1
            if id(ev) in matched:
                found += 1
                continue
            toks = [t.i for t in pdoc.tokens if overlap((t.idx, t.idx + len(t.text)), ev.trigger)]
            at = [c for c in cands if toks and c.trigger == toks[0]]
            if not toks:
                lost[STAGES[0]] += 1
            elif not at:
                lost[STAGES[1] if toks[0] not in heads else STAGES[2]] += 1
            elif any(overlap(resolved_span(pdoc, c.source, c.sources), ev.source) or (
                    c.target is not None and overlap(resolved_span(pdoc, c.target, c.targets), ev.source))
                     for c in at):
                lost[STAGES[4]] += 1
            else:
                lost[STAGES[3]] += 1
    print(f"{len(texts)} texts, {events} labelled events, {found} found a candidate ({found / events:.1%}); "
          f"{time.perf_counter() - start:.0f} s")
    for stage in STAGES:
        print(f"  lost at {stage:<24} {lost[stage]:>6}  ({lost[stage] / events:.1%} of the events)")


if __name__ == "__main__":
    main()
