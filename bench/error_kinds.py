"""What the false and missed events of gold files are, counted per kind, no text shown.

    .venv/bin/python bench/error_kinds.py GOLD.jsonl [GOLD.jsonl ...] [--rules-only]

Runs the extractor on each gold file (as ``diplo eval``) and counts its unmatched events by kind
(``processors/error_kinds.py``): a false event whose sentence misses a gold event of the same CAMEO root
(``party``: the act found, its countries wrong) or of the same countries (``root``), or neither (``extra``),
each split by the path that told it (``clause``: the classifier; ``rules``); a missed event in a sentence
where diplo told something, or in a silent one. Only counts are printed, so a set kept apart from the
project can be diagnosed without being read. With several files, a pooled line follows.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from gold_counts import print_counts

from diplo.processors.error_kinds import ERROR_KINDS, error_kinds_of
from diplo.processors.extract import Extractor
from diplo.processors.registry import ROLES_IN_EXTRACTOR, RULES_ONLY_ROLES
from diplo.streams.settings import Settings

PATHS = ("rules", "clause")


def _line(name: str, counts: Counter[str]) -> str:
    parts = []
    for kind in ERROR_KINDS:
        split = " / ".join(f"{path} {counts[f'{kind} {path}']}" for path in PATHS) if kind.startswith("false") else ""
        parts.append(f"{kind} {counts[kind]}" + (f" ({split})" if split else ""))
    return f"{name}: " + "; ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", type=Path, nargs="+", help="gold files (the format of ../shared/gold/README.md)")
    parser.add_argument("--rules-only", action="store_true", help="the trigger rules without the classifier")
    args = parser.parse_args()
    extractor = Extractor(Settings.from_env().model, RULES_ONLY_ROLES if args.rules_only else ROLES_IN_EXTRACTOR)
    print_counts(args.files, lambda gold: error_kinds_of(gold, extractor.extract_many([g.article for g in gold])),
                 _line)


if __name__ == "__main__":
    main()
