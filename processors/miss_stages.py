"""Where in the coder each missed gold event was lost, counted without showing any text.

``error_kinds`` says what the errors are; this says which stage lost each missed event, so that work can go where
the misses of a set kept apart are, without anyone reading it. A missed gold event is looked up among the readings
whose word lies inside its evidence quote: the trigger rules' events (stage 1, as found, before the merge) and the
clause candidates (stage 1) with the classifier's reading of each (stage 2):

- ``evidence not found``: the quote is not in the text (a gold-file slip);
- ``no reading``: no rule event's or candidate's word is inside the quote (a passive with no agent, a noun with no
  party, a copula);
- ``sides swapped``: readings there, none with the gold source among its sources, one with the gold target there
  (a passive read the wrong way, the accused read as the accuser);
- ``source of no country``: none with the gold source, and every source a mention of no country (an unresolved
  "officials", "the ministry", "he");
- ``another source``: none with the gold source, a source of another country;
- ``act read, no target``: one has the source and the gold root (a rule's, or the classifier's at what emitting
  asks) and no target at all, none has the gold target: the act was found, its other party was told in another
  sentence or only implied (a resolver of implied parties would recover it);
- ``no target read``: as that, but no reading with no target has the gold root as surely;
- ``target read otherwise``: one has the source, none the gold target, every one a target of its own;
- ``root not read``: the parties are read, with another root (the rule's, or the classifier's class);
- ``below the threshold``: parties and root read by the classifier alone, its probability under what emitting asks;
- ``dropped after reading``: all of that, and still no event: a filter, the merge of rules and classifier, or
  the coder's later steps.

Parties are compared as ``diplo eval`` compares them (``evaluation.parties_match``): either order for roots 03-06,
and for a gold event of more than two participants any of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .evaluation import parties_match, plays_source

__all__ = ["MISS_STAGES", "Reading", "miss_stage"]

MISS_STAGES = ("evidence not found", "no reading", "sides swapped", "source of no country", "another source",
               "act read, no target", "no target read", "target read otherwise", "root not read", "below the threshold",
               "dropped after reading")


@dataclass(frozen=True, slots=True)
class Reading:
    """One rule event, or one clause candidate as the classifier read it: where its word is, its parties'
    countries, its root and probability (1.0 for a rule event, which needs none)."""

    offset: int  # character offset of the candidate's word in the article
    sources: frozenset[str | None]
    targets: frozenset[str | None]
    root: str  # CAMEO root ("04")
    probability: float


def _source_read(r: Reading, gold: dict[str, Any]) -> bool:
    return any(plays_source(country, gold) for country in r.sources)


def _parties_read(r: Reading, gold: dict[str, Any]) -> bool:
    return any(parties_match(source, target, gold) for source in r.sources for target in (r.targets or {None}))


def miss_stage(gold: dict[str, Any], text: str, readings: list[Reading], emit: float) -> str:
    """The stage of ``MISS_STAGES`` that lost missed gold event ``gold`` of an article of ``text``, given the
    ``readings`` of the article; ``emit``, the probability an event with a party on each
    side needs."""
    evidence = (gold.get("evidence") or "").strip()
    start = text.find(evidence) if evidence else -1
    if start < 0:
        return "evidence not found"
    inside = [r for r in readings if start <= r.offset < start + len(evidence)]
    if not inside:
        return "no reading"
    sourced = [r for r in inside if _source_read(r, gold)]
    if not sourced:
        if gold["target"] is not None and any(gold["target"] in r.sources for r in inside):
            return "sides swapped"
        return "source of no country" if all(r.sources <= {None} for r in inside) else "another source"
    read = [r for r in sourced if _parties_read(r, gold)]
    if not read:
        untargeted = [r for r in sourced if not r.targets]
        if any(r.root == gold["cameo_root"] and r.probability >= emit for r in untargeted):
            return "act read, no target"
        return "no target read" if untargeted else "target read otherwise"
    rooted = [r for r in read if r.root == gold["cameo_root"]]
    if not rooted:
        return "root not read"
    if max(r.probability for r in rooted) < emit:
        return "below the threshold"
    return "dropped after reading"
