"""What kind of error each unmatched event is, counted without showing any text.

``diplo eval`` says how many events are false and missed; this says what they are, so that a set kept apart
can be diagnosed without anyone reading it. Events are matched as ``diplo eval`` matches them. Each false event
is compared with the gold events left unmatched in the same sentence (a gold event is in the sentence that holds
the start of its evidence quote):

- ``party``: a missed gold event there has the same CAMEO root: the act was found, its countries are wrong;
- ``root``: a missed gold event there has the same two countries: the parties were found, the act is wrong;
- ``extra``: neither: an event the annotators did not code.

Each is also split by the path that told it: ``clause`` (the classifier's reading of a clause) or ``rules``.
Each missed gold event is ``in a told sentence`` when diplo told some event in its sentence, else ``in a
silent sentence``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from .evaluation import GoldArticle, evidence_in, max_matching
from .records import ExtractionResult

__all__ = ["error_kinds", "error_kinds_of", "ERROR_KINDS"]

ERROR_KINDS = ("false party", "false root", "false extra", "missed in a told sentence", "missed in a silent sentence")


def _countries(event: Any) -> frozenset[str | None]:
    return frozenset((event.source.country, event.target.country if event.target else None))


def error_kinds(gold: GoldArticle, result: ExtractionResult) -> Counter[str]:
    """Counts of ``ERROR_KINDS`` for one article (false kinds also as "<kind> <path>")."""
    events = list(result.events)
    assignment = max_matching(gold.events, events)
    used = set(assignment.values())
    missed = [g for k, g in enumerate(gold.events) if k not in assignment]
    out: Counter[str] = Counter()
    for k, ev in enumerate(events):
        if k in used:
            continue
        here = [g for g in missed if evidence_in(g, ev.sentence)]
        if any(g["cameo_root"] == ev.cameo_root for g in here):
            kind = "false party"
        elif any(frozenset((g["source"], g["target"])) == _countries(ev) for g in here):
            kind = "false root"
        else:
            kind = "false extra"
        path = "clause" if "candidates:clause" in ev.why else "rules"
        out[kind] += 1
        out[f"{kind} {path}"] += 1
    for g in missed:
        told = any(evidence_in(g, ev.sentence) for ev in events)
        out["missed in a told sentence" if told else "missed in a silent sentence"] += 1
    return out


def error_kinds_of(gold: Sequence[GoldArticle], results: Sequence[ExtractionResult]) -> Counter[str]:
    """``error_kinds`` summed over the articles of a gold file, results in the same order."""
    total: Counter[str] = Counter()
    for g, r in zip(gold, results, strict=True):
        total += error_kinds(g, r)
    return total
