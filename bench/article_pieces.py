"""Event coding on whole articles written apart from the rules, cut into pieces: events P/R/F1.

    .venv/bin/python bench/article_pieces.py [FILE] [--rules-only] [--json]

FILE (default ``tests/data/article_pieces.jsonl``) is in the corpus format (``corpus/README.md``): 81 wire
articles that three helper sessions wrote from the corpus labelling rules alone (never reading the rules' code,
an evaluation set or PLV), each cut into consecutive pieces of one to three sentences with every event labelled.
It is a development check, never training data: where the corpus is mostly one sentence built around one event,
these are the background, quotes, reactions and history around the events of real articles, where a classifier
over-fires. A piece that opens with a dateline ("KYIV, Aug 24 (Reuters) - ") starts an article; the pieces of an
article are joined as its paragraphs and run through the extractor (in process, as ``diplo eval``), and each event
is scored in the piece its sentence is in.

A predicted event matches a labelled event of its piece with the same CAMEO root whose trigger is the event's
trigger word or, failing that, whose source mention shares a content word with the event's source; one prediction
matches one label at most. A label can stand for several events ("urged the two sides", labelled once, is an
appeal to each side): a further event with a matched label's root and trigger is counted apart, neither matched nor
false. Printed: P/R/F1, and per path (trigger rules, classifier) the events matched, the
false ones and how many matched events also name the labelled source and target. The labels follow the corpus
rules, which count history told as background as no event; the shared gold files code such past acts, so some
false events on history pieces are events by the gold convention.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from plv_check import _names

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO / "tests" / "data" / "article_pieces.jsonl"
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(, [A-Za-z ]+)?, [A-Z][a-z]+\.? \d+")
PARAGRAPH = "\n\n"


def articles(texts: list) -> list[list]:
    """The pieces grouped into their articles, in order: a dateline opens an article."""
    out: list[list] = []
    for t in texts:
        if DATELINE.match(t.text) or not out:
            out.append([])
        out[-1].append(t)
    return out


def events_by_piece(pieces: list, result) -> list[list]:
    """The article's events, each in the piece that holds the start of its sentence."""
    starts, at = [], 0
    for t in pieces:
        starts.append(at)
        at += len(t.text) + len(PARAGRAPH)
    text = PARAGRAPH.join(t.text for t in pieces)
    out: list[list] = [[] for _ in pieces]
    for event in result.events:
        where = text.find(event.sentence.strip())
        out[max(k for k, s in enumerate(starts) if s <= max(where, 0))].append(event)
    return out


def _mention(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


def _matches(event, label, text: str, by_trigger: bool) -> bool:
    if label.cameo[:2] != event.cameo_root:
        return False
    if by_trigger:
        return _mention(text, label.trigger).lower() == event.trigger.lower()
    return _names(event.source.name, _mention(text, label.source))


def score(texts: list, predicted: list[list]) -> dict:
    """Figures over pieces and the events predicted in each."""
    counts: Counter = Counter()
    for t, events in zip(texts, predicted, strict=True):
        free, taken = list(range(len(t.events))), []
        counts["labelled"] += len(t.events)
        for event in events:
            path = "classifier" if "candidates:clause" in event.why else "rules"
            hit = next((k for by_trigger in (True, False) for k in free
                        if _matches(event, t.events[k], t.text, by_trigger)), None)
            if hit is None and any(_matches(event, t.events[k], t.text, True) for k in taken):
                counts[path, "more"] += 1  # "urged the two sides": one label, an event for each side
                continue
            if hit is None:
                counts[path, "false"] += 1
                continue
            taken.append(hit)
            free.remove(hit)
            label = t.events[hit]
            counts[path, "matched"] += 1
            target = event.target.name if event.target else None
            counts[path, "actors"] += _names(event.source.name, _mention(t.text, label.source)) and (
                _names(target, _mention(t.text, label.target)) if label.target else target is None)
    tp = counts["rules", "matched"] + counts["classifier", "matched"]
    fp = counts["rules", "false"] + counts["classifier", "false"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / counts["labelled"] if counts["labelled"] else 0.0
    return {"pieces": len(texts), "labelled": counts["labelled"], "matched": tp, "false": fp,
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "paths": {path: {k: counts[path, k] for k in ("matched", "more", "false", "actors")}
                      for path in ("rules", "classifier")}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, nargs="?", default=DEFAULT, help="pieces in the corpus format")
    parser.add_argument("--rules-only", action="store_true", help="score the trigger rules without the classifier")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from diplo.processors.coding.corpus import read_corpus
    from diplo.processors.extract import Extractor
    from diplo.processors.records import Article
    from diplo.processors.registry import ROLES_IN_EXTRACTOR, RULES_ONLY_ROLES
    from diplo.streams.settings import Settings

    texts = list(read_corpus([args.file]))
    extractor = Extractor(Settings.from_env().model, RULES_ONLY_ROLES if args.rules_only else ROLES_IN_EXTRACTOR)
    grouped = articles(texts)
    results = extractor.extract_many([Article(id=g[0].id, text=PARAGRAPH.join(t.text for t in g),
                                              published_at="2026-06-01") for g in grouped])
    predicted = [evs for g, r in zip(grouped, results, strict=True) for evs in events_by_piece(g, r)]
    figures = score(texts, predicted)
    figures["articles"] = len(grouped)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{figures['articles']} articles in {figures['pieces']} pieces, {figures['labelled']} labelled events "
          f"({'rules only' if args.rules_only else 'rules and classifier'}): events P/R/F1 "
          f"{figures['precision']:.3f}/{figures['recall']:.3f}/{figures['f1']:.3f}")
    for path, c in figures["paths"].items():
        print(f"  {path:<10} matched {c['matched']:>4} (with the labelled actors {c['actors']:>4}), false "
              f"{c['false']:>4}, more events for one label {c['more']:>3}")


if __name__ == "__main__":
    main()
