"""Which stage of the coder lost each missed gold event of gold files, counted per stage, no text shown.

    .venv/bin/python bench/miss_stages.py GOLD.jsonl [GOLD.jsonl ...]

Runs the extractor on each gold file (as ``diplo eval``; of two gold events alike, the one told in the sentence of
the prediction is the matched one), then reads each article again up to the classifier:
its rule events and every clause candidate with the classifier's reading of it, before any filter or merge; and
counts where each missed gold event was lost (``processors/miss_stages.py``): no reading inside its evidence
quote, its source or its target not read, another root, under the threshold, or dropped after all of that was
read. Only counts are printed, so a set kept apart
from the project can be diagnosed without being read. With several files, a pooled line follows.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from gold_counts import print_counts

from diplo.processors.coding.candidates import ClauseCandidate
from diplo.processors.coding.classify import document_readings
from diplo.processors.doc import ParsedDoc
from diplo.processors.evaluation import GoldArticle, max_matching
from diplo.processors.events import Candidate
from diplo.processors.extract import Extractor
from diplo.processors.miss_stages import MISS_STAGES, Reading, miss_stage
from diplo.processors.registry import ROLES_IN_EXTRACTOR
from diplo.streams.settings import Settings


def _reading(pdoc: ParsedDoc, c: Candidate | ClauseCandidate, root: str, probability: float) -> Reading:
    return Reading(pdoc.tokens[c.trigger].idx, frozenset(a.country for a in c.sources),
                   frozenset(a.country for a in c.targets), root, probability)


def _line(name: str, counts: Counter[str]) -> str:
    return f"{name}: missed {sum(counts.values())}; " + "; ".join(f"{stage} {counts[stage]}" for stage in MISS_STAGES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", type=Path, nargs="+", help="gold files (the format of ../shared/gold/README.md)")
    args = parser.parse_args()
    extractor = Extractor(Settings.from_env().model, ROLES_IN_EXTRACTOR)
    model, emit = extractor.event_model, extractor.event_coder.limits.emit
    assert model is not None  # (ROLES_IN_EXTRACTOR has the classifier)

    def count(gold: list[GoldArticle]) -> Counter[str]:
        counts: Counter[str] = Counter()
        for g, (pdoc, result) in zip(gold, extractor.read_many([g.article for g in gold]), strict=True):
            matched = max_matching(g.events, result.events, by_sentence=True)
            # the actors coded afresh: the coder's caches of who a mention is follow the text in one pass
            actors = extractor.actor_coder.code(pdoc)
            rule_events, clauses = document_readings(pdoc, actors, model)
            readings = [_reading(pdoc, rc, rc.cameo[:2], 1.0) for rc in rule_events]
            readings += [_reading(pdoc, c, p.label[:2], p.probability) for c, p in clauses]
            counts.update(miss_stage(event, g.article.text, readings, emit)
                          for k, event in enumerate(g.events) if k not in matched)
        return counts

    print_counts(args.files, count, _line)


if __name__ == "__main__":
    main()
