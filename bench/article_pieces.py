"""Event coding on whole articles written apart from the rules, labelled piece by piece: events P/R/F1.

    .venv/bin/python bench/article_pieces.py [FILE] [--rules-only] [--json]

FILE (default ``tests/data/article_pieces.jsonl``) is in the corpus format (``corpus/README.md``): 85 wire
articles that three helper sessions wrote from the corpus labelling rules alone (never reading the rules' code,
an evaluation set or PLV), each cut into consecutive pieces of one to three sentences with every event labelled.
It is a development check, never training data: where the corpus is mostly one sentence built around one event,
these are the background, quotes, reactions and history around the events of real articles, where a classifier
over-fires. Each article is run through the extractor in process (as ``diplo eval``) and scored piece by piece as
``processors/piece_evaluation.py`` says. The labels follow the corpus rules, which count history told as background
and statistics as no event; the shared gold files code such acts, so some false events are events by the gold
convention.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO / "tests" / "data" / "article_pieces.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, nargs="?", default=DEFAULT, help="pieces in the corpus format")
    parser.add_argument("--rules-only", action="store_true", help="score the trigger rules without the classifier")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from diplo.processors.coding.corpus import read_corpus
    from diplo.processors.extract import Extractor
    from diplo.processors.piece_evaluation import score_articles
    from diplo.processors.registry import ROLES_IN_EXTRACTOR, RULES_ONLY_ROLES
    from diplo.streams.settings import Settings

    extractor = Extractor(Settings.from_env().model, RULES_ONLY_ROLES if args.rules_only else ROLES_IN_EXTRACTOR)
    figures = score_articles(list(read_corpus([args.file])), extractor.extract_many)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{figures['articles']} articles in {figures['pieces']} pieces, {figures['labelled']} labelled events "
          f"({'rules only' if args.rules_only else 'rules and classifier'}): events P/R/F1 "
          f"{figures['precision']:.3f}/{figures['recall']:.3f}/{figures['f1']:.3f}")
    print(f"  false events in history or background pieces with no label (the gold files code such acts): "
          f"{figures['false_in_history']} of {figures['false']}; precision without them "
          f"{figures['precision_without_history']:.3f}")
    for path, c in figures["paths"].items():
        print(f"  {path:<10} matched {c['matched']:>4} (with the labelled actors {c['actors']:>4}), false "
              f"{c['false']:>4}, more events for one label {c['more']:>3}")


if __name__ == "__main__":
    main()
