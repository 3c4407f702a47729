"""Which stage of the coder lost each missed gold event of gold files, counted per stage, no text shown.

    .venv/bin/python bench/miss_stages.py GOLD.jsonl [GOLD.jsonl ...]

Runs the extractor on each gold file (as ``diplo eval``), then reads every clause candidate of each article
again with the classifier's reading of it, before any filter, and counts where each missed gold event was lost
(``processors/miss_stages.py``): no clause inside its evidence quote, its source or its target not read, another
root, under the threshold, or dropped after all of that was read. Only counts are printed, so a set kept apart
from the project can be diagnosed without being read. With several files, a pooled line follows.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from diplo.processors.coding.classify import clause_readings
from diplo.processors.evaluation import load_gold, max_matching
from diplo.processors.extract import Extractor
from diplo.processors.miss_stages import MISS_STAGES, Reading, miss_stage
from diplo.processors.registry import ROLES_IN_EXTRACTOR
from diplo.streams.settings import Settings


def _line(name: str, counts: Counter[str]) -> str:
    return f"{name}: missed {sum(counts.values())}; " + "; ".join(f"{stage} {counts[stage]}" for stage in MISS_STAGES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", type=Path, nargs="+", help="gold files (the format of ../shared/gold/README.md)")
    args = parser.parse_args()
    extractor = Extractor(Settings.from_env().model, ROLES_IN_EXTRACTOR)
    model, emit = extractor.event_model, extractor.event_coder.limits.emit
    assert model is not None  # (ROLES_IN_EXTRACTOR has the classifier)
    pooled: Counter[str] = Counter()
    for path in args.files:
        gold = load_gold(path)
        counts: Counter[str] = Counter()
        for g, (pdoc, result) in zip(gold, extractor.read_many([g.article for g in gold]), strict=True):
            matched = max_matching(g.events, result.events)
            # the actors coded afresh: the coder's caches of who a mention is follow the text in one pass
            actors = extractor.actor_coder.code(pdoc)
            readings = [Reading(pdoc.tokens[c.trigger].idx, frozenset(a.country for a in c.sources),
                                frozenset(a.country for a in c.targets), p.label[:2], p.probability)
                        for c, p in clause_readings(pdoc, actors, model)]
            counts.update(miss_stage(event, g.article.text, readings, emit)
                          for k, event in enumerate(g.events) if k not in matched)
        pooled += counts
        print(_line(path.name, counts))
    if len(args.files) > 1:
        print(_line("pooled", pooled))


if __name__ == "__main__":
    main()
