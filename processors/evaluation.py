"""Score extraction against hand-annotated gold articles (the format of shared/gold/README.md).

Entities match on lower-cased text without a leading "the" or a trailing
"'s", and label (PERSON, ORG, GPE, NORP, LOC, MONEY), each distinct pair once
per article. Events match when the CAMEO root is equal and the source and
target countries agree (either order for roots 03-06; for a gold event with
more than two participants the predicted source and target must both be
participants); one prediction matches at most one gold event. Pure: the
caller supplies the predictions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .articles import article_from_mapping
from .errors import DiploError
from .records import Article, ExtractionResult

__all__ = ["GoldArticle", "GoldError", "EVAL_LABELS", "load_gold", "evaluate", "format_report", "norm_entity",
           "evidence_in", "max_matching", "parties_match", "plays_source"]

EVAL_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "MONEY")
_UNORDERED_ROOTS = frozenset(("03", "04", "05", "06"))
_EVIDENCE_KEY = 25  # characters of an evidence quote looked for in a sentence


class GoldError(DiploError):
    """The gold file is missing or not in the gold format."""

    reason_code = "bad_gold"


@dataclass(frozen=True)
class GoldArticle:
    article: Article
    entities: list[dict[str, Any]]
    events: list[dict[str, Any]]


def load_gold(path: str | Path) -> list[GoldArticle]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(data, dict) or not isinstance(data.get("entities"), list) or \
                not isinstance(data.get("events"), list):
            raise GoldError(f"{path}:{n}: a gold line needs 'entities' and 'events' lists")
        out.append(GoldArticle(article_from_mapping(data), data["entities"], data["events"]))
    if not out:
        raise GoldError(f"{path}: no gold articles")
    return out


def norm_entity(text: str) -> str:
    t = text.strip().lower().replace("’", "'")
    if t.startswith("the "):
        t = t[4:]
    if t.endswith("'s"):
        t = t[:-2]
    return t


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    entities: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in ("ALL", *EVAL_LABELS)})
    events: PRF = field(default_factory=PRF)
    roots: dict[str, PRF] = field(default_factory=dict)
    modality_total: int = 0
    modality_correct: int = 0
    no_event_articles: int = 0
    false_events_on_no_event_articles: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "entities": {k: v.as_dict() for k, v in self.entities.items()},
            "events": self.events.as_dict(),
            "modality_accuracy": round(self.modality_correct / self.modality_total, 4) if self.modality_total else None,
            "modality_matched": self.modality_total,
            "no_event_articles": self.no_event_articles,
            "false_events_on_no_event_articles": self.false_events_on_no_event_articles,
            "roots": {k: v.as_dict() for k, v in sorted(self.roots.items())},
        }


def _event_matches(pred: Any, gold: dict[str, Any]) -> bool:
    return pred.cameo_root == gold["cameo_root"] and \
        parties_match(pred.source.country, pred.target.country if pred.target else None, gold)


def parties_match(source: str | None, target: str | None, gold: dict[str, Any]) -> bool:
    """Are ``source`` and ``target`` (countries; None for no target) gold event ``gold``'s parties: equal, in either
    order for roots 03-06; for a gold event of more than two participants, both among them (or no target)?"""
    parts = gold.get("participants") or []
    if len(parts) > 2:
        return source in parts and (target is None or target in parts)
    gs, gt = gold["source"], gold["target"]
    return (source, target) == (gs, gt) or (gold["cameo_root"] in _UNORDERED_ROOTS and (target, source) == (gs, gt))


def plays_source(country: str | None, gold: dict[str, Any]) -> bool:
    """Could ``country`` be gold event ``gold``'s source as ``parties_match`` pairs them: its source, its target
    where the order does not count, any participant of a gathering of more than two?"""
    parts = gold.get("participants") or []
    if len(parts) > 2:
        return country in parts
    return country == gold["source"] or \
        (gold["cameo_root"] in _UNORDERED_ROOTS and gold["target"] is not None and country == gold["target"])


def evidence_in(gold: dict[str, Any], sentence: str) -> bool:
    """Is gold event ``gold`` told in ``sentence``: the start of its evidence quote is there (quotes may be cut
    mid-sentence)?"""
    evidence = (gold.get("evidence") or "").strip()
    return bool(evidence) and evidence[:_EVIDENCE_KEY] in sentence


def max_matching(gold: list[dict[str, Any]], preds: list[Any], by_sentence: bool = False) -> dict[int, int]:
    """Gold index -> prediction index: a maximum one-to-one matching (augmenting paths).

    Pairs with the same modality are matched first and kept matched; the rest
    are then added by augmenting paths, so the matching stays maximum. ``by_sentence``: pairs whose prediction
    is in the sentence of the gold event's evidence before all others, so that of two gold events alike the one
    told where the prediction is gets it (for a diagnosis of the misses; ``diplo eval`` counts the same either
    way, since the matching stays maximum).
    """
    options, strict = [], []
    for gev in gold:
        cands = [k for k, ev in enumerate(preds) if _event_matches(ev, gev)]
        cands.sort(key=lambda k: (preds[k].cameo_code != gev["cameo"],
                                  preds[k].modality.lower() != gev["modality"].lower()))
        options.append(cands)
        strict.append([k for k in cands if preds[k].modality.lower() == gev["modality"].lower()])
    tiers = [strict, options]
    if by_sentence:
        tiers.insert(0, [[k for k in cands if evidence_in(gev, preds[k].sentence)]
                         for gev, cands in zip(gold, options, strict=True)])
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(g_i: int, seen: set[int], table: list[list[int]]) -> bool:
        for k in table[g_i]:
            if k in seen:
                continue
            seen.add(k)
            if k not in owner or augment(owner[k], seen, table):
                owner[k] = g_i
                return True
        return False

    for table in tiers:  # (the same sentence,) the same modality, then anything that still fits
        matched = set(owner.values())
        for g_i in range(len(gold)):
            if g_i not in matched:
                augment(g_i, set(), table)
    return {g_i: k for k, g_i in owner.items()}


def evaluate(gold: Sequence[GoldArticle], predictions: Iterable[ExtractionResult]) -> Report:
    """Entity and event precision/recall/F1, modality accuracy, false events on no-event articles."""
    report = Report()
    by_id = {p.article_id: p for p in predictions}
    for g in gold:
        pred = by_id.get(g.article.id)
        gold_ents = {(norm_entity(e["text"]), e["label"]) for e in g.entities if e["label"] in EVAL_LABELS}
        pred_ents = {(norm_entity(e.text), e.label) for e in (pred.entities.entities if pred else [])
                     if e.label in EVAL_LABELS}
        for label in ("ALL", *EVAL_LABELS):
            gs = {x for x in gold_ents if label in ("ALL", x[1])}
            ps = {x for x in pred_ents if label in ("ALL", x[1])}
            prf = report.entities[label]
            prf.tp += len(gs & ps)
            prf.fp += len(ps - gs)
            prf.fn += len(gs - ps)
        events = list(pred.events) if pred else []
        if not g.events:
            report.no_event_articles += 1
            report.false_events_on_no_event_articles += len(events)
        assignment = max_matching(g.events, events)
        for g_i, gev in enumerate(g.events):
            root = report.roots.setdefault(gev["cameo_root"], PRF())
            hit = assignment.get(g_i)
            if hit is None:
                report.events.fn += 1
                root.fn += 1
                continue
            report.events.tp += 1
            root.tp += 1
            report.modality_total += 1
            report.modality_correct += events[hit].modality.lower() == gev["modality"].lower()
        used = set(assignment.values())
        for k, ev in enumerate(events):
            if k not in used:
                report.events.fp += 1
                report.roots.setdefault(ev.cameo_root, PRF()).fp += 1
    return report


def format_report(report: Report, title: str = "diplo eval") -> str:
    """A compact plain-text table."""
    lines = [title, "", f"{'entities':<10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}"]
    for label, prf in report.entities.items():
        lines.append(f"{label:<10}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}{prf.tp:>6}{prf.fp:>5}{prf.fn:>5}")
    ev = report.events
    lines += ["", f"{'events':<10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}",
              f"{'ALL':<10}{ev.precision:>7.3f}{ev.recall:>7.3f}{ev.f1:>7.3f}{ev.tp:>6}{ev.fp:>5}{ev.fn:>5}"]
    for root, prf in sorted(report.roots.items()):
        lines.append(f"{'root ' + root:<10}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
                     f"{prf.tp:>6}{prf.fp:>5}{prf.fn:>5}")
    acc = report.modality_correct / report.modality_total if report.modality_total else float("nan")
    lines += ["", f"modality accuracy on matched events: {acc:.3f} ({report.modality_correct}/{report.modality_total})",
              f"false events on no-event articles: {report.false_events_on_no_event_articles} "
              f"(over {report.no_event_articles} articles)"]
    return "\n".join(lines)
