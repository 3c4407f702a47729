"""Counts per gold file and pooled, the shape the diagnosis scripts print (``error_kinds.py``, ``miss_stages.py``).

Imported by those scripts from this folder (run as ``python bench/<script>.py``, so it is on ``sys.path``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from diplo.processors.evaluation import GoldArticle, GoldError, load_gold


def print_counts(files: list[Path], count: Callable[[list[GoldArticle]], Counter[str]],
                 line: Callable[[str, Counter[str]], str]) -> None:
    """One line per gold file with ``count`` of its articles, then a pooled line where there are several. Every
    file is read before any is counted, so a path that cannot be read stops the run at once, in one line."""
    try:
        golds = [load_gold(path) for path in files]
    except GoldError as exc:
        raise SystemExit(f"Error: {exc}") from None
    pooled: Counter[str] = Counter()
    for path, gold in zip(files, golds, strict=True):
        counts = count(gold)
        pooled += counts
        print(line(path.name, counts))
    if len(files) > 1:
        print(line("pooled", pooled))
