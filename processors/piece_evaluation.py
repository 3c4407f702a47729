"""Scoring extraction on whole articles labelled piece by piece in the corpus format (``corpus/README.md``).

A corpus file can hold the consecutive pieces of whole articles (``tests/data/article_pieces.jsonl``): a piece
that opens with a dateline starts an article, its pieces joined as paragraphs make the article the extractor reads,
and each predicted event is scored in the piece its sentence is in. Labels name mentions, not countries, so an
event matches a label of its piece with the same CAMEO root and the same trigger word or, failing that, a source
that names the labelled source mention. One label may stand for several events ("urged the two sides" is an
appeal to each side): a further event on a matched label's root and trigger is counted apart, neither right nor
false.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from .coding.corpus import CorpusText, LabelledEvent
from .records import Article, DiplomaticEvent, ExtractionResult

__all__ = ["DATELINE", "PARAGRAPH", "PUBLISHED", "names_match", "articles", "as_article", "events_by_piece",
           "score_pieces", "score_articles"]

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(, [A-Za-z ]+)?, [A-Z][a-z]+\.? \d+")  # "KYIV, Aug 24 (Reuters) - "
PARAGRAPH = "\n\n"
PUBLISHED = "2026-06-01"  # one fixed publication date for every article: the datelines give a month and day only
# pieces the corpus rules label no-event because they tell the past or the setting; the shared gold files code the
# acts they tell, so a false event in one of them may be an event by the gold convention
CONVENTION_STYLES = frozenset(("history", "background"))
_FUNCTION_WORDS = frozenset(("the", "a", "an", "of", "and", "s", "'s", "in", "on", "for", "to"))


def names_match(name: str | None, mention: str | None) -> bool:
    """Does an actor's name stand for a labelled mention: one inside the other, or a content word shared?"""
    if not name or not mention:
        return False
    a, b = name.lower(), mention.lower()
    return a in b or b in a or bool((set(a.split()) & set(b.split())) - _FUNCTION_WORDS)


def articles(pieces: Sequence[CorpusText]) -> list[list[CorpusText]]:
    """The pieces grouped into their articles, in order: a dateline opens an article."""
    out: list[list[CorpusText]] = []
    for piece in pieces:
        if DATELINE.match(piece.text) or not out:
            out.append([])
        out[-1].append(piece)
    return out


def as_article(pieces: Sequence[CorpusText], published_at: str) -> Article:
    """One article of consecutive pieces, each a paragraph, named after its first piece."""
    return Article(id=pieces[0].id, text=PARAGRAPH.join(p.text for p in pieces), published_at=published_at)


def events_by_piece(pieces: Sequence[CorpusText], result: ExtractionResult) -> list[list[DiplomaticEvent]]:
    """The article's events, each in the piece that holds the start of its sentence."""
    starts, at = [], 0
    for piece in pieces:
        starts.append(at)
        at += len(piece.text) + len(PARAGRAPH)
    text = PARAGRAPH.join(p.text for p in pieces)
    out: list[list[DiplomaticEvent]] = [[] for _ in pieces]
    for event in result.events:
        where = max(text.find(event.sentence.strip()), 0)
        out[max(k for k, s in enumerate(starts) if s <= where)].append(event)
    return out


def _mention(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


def _matches(event: DiplomaticEvent, label: LabelledEvent, text: str, by_trigger: bool) -> bool:
    if label.cameo[:2] != event.cameo_root:
        return False
    if by_trigger:
        return (_mention(text, label.trigger) or "").lower() == event.trigger.lower()
    return names_match(event.source.name, _mention(text, label.source))


def score_pieces(pieces: Sequence[CorpusText], predicted: Sequence[Sequence[DiplomaticEvent]]) -> dict[str, Any]:
    """Events P/R/F1 over the pieces and the events predicted in each, and per path (trigger rules, classifier)
    the events matched, those that also name the labelled actors, the false ones and the further ones; and how many
    false events sit in history or background pieces with no label, with the precision they leave aside."""
    counts: Counter = Counter()
    for piece, events in zip(pieces, predicted, strict=True):
        free, taken = list(range(len(piece.events))), list[int]()
        counts["labelled"] += len(piece.events)
        for event in events:
            path = "classifier" if "candidates:clause" in event.why else "rules"
            hit = next((k for by_trigger in (True, False) for k in free
                        if _matches(event, piece.events[k], piece.text, by_trigger)), None)
            if hit is None and any(_matches(event, piece.events[k], piece.text, True) for k in taken):
                counts[path, "more"] += 1  # "urged the two sides": one label, an event for each side
                continue
            if hit is None:
                counts[path, "false"] += 1
                counts["false in history"] += piece.style in CONVENTION_STYLES and not piece.events
                continue
            free.remove(hit)
            taken.append(hit)
            label = piece.events[hit]
            counts[path, "matched"] += 1
            target = event.target.name if event.target else None
            counts[path, "actors"] += names_match(event.source.name, _mention(piece.text, label.source)) and (
                names_match(target, _mention(piece.text, label.target)) if label.target else target is None)
    tp = counts["rules", "matched"] + counts["classifier", "matched"]
    fp = counts["rules", "false"] + counts["classifier", "false"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / counts["labelled"] if counts["labelled"] else 0.0
    aside = counts["false in history"]
    return {"pieces": len(pieces), "labelled": counts["labelled"], "matched": tp, "false": fp,
            "false_in_history": aside,
            "precision_without_history": round(tp / (tp + fp - aside), 3) if tp + fp - aside else 0.0,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "paths": {path: {k: counts[path, k] for k in ("matched", "more", "false", "actors")}
                      for path in ("rules", "classifier")}}


def score_articles(pieces: Sequence[CorpusText],
                   extract_many: Callable[[list[Article]], Sequence[ExtractionResult]],
                   published_at: str = PUBLISHED) -> dict[str, Any]:
    """Run each article the pieces make through ``extract_many`` and score its events piece by piece
    (``score_pieces``'s figures, and the number of articles)."""
    grouped = articles(pieces)
    results = extract_many([as_article(g, published_at) for g in grouped])
    predicted = [evs for g, r in zip(grouped, results, strict=True) for evs in events_by_piece(g, r)]
    return {**score_pieces(pieces, predicted), "articles": len(grouped)}
