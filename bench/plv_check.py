"""Event coding on real news nobody here wrote: PLOVER type recall on ZSP's PLV train split.

    .venv/bin/python bench/plv_check.py PATH/TO/PLV_train.tsv [--json] [--keep FILE] [--rules-only]

PLV_train.tsv is ``datasets/PLV_train.tsv`` of the public GitHub repository
snowood1/Zero-Shot-PLOVER. Keep it outside this repository: it is a check, never training data.
Each distinct sentence becomes one article, run through ``diplo extract`` (the product's offline
path, whole process). Scoring is lenient, per labelled source/target pair: the pair is found when
diplo emits, in that sentence, an event of the gold PLOVER type (YIELD means CONCEDE or RETREAT).
Printed: recall per type and overall, the share of pairs whose sentence got no event at all, and
where any event was emitted, how often the gold type is among them, and, of the pairs found, how often one
event of the gold type also has the pair's actors: its source and target names share a word with the marked
source and target spans (either order), a check of who did what to whom on real news. A precision figure from
the other side: of the emitted events whose actors are a marked pair, the share of the pair's gold type (an
event on a labelled dyad with another type is a wrong type, or an act the annotators did not label; events on
other dyads cannot be judged, since each sentence labels one pair). ``--rules-only`` scores the trigger rules
without the learned classifier instead (in process, as ``diplo eval --rules-only``).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from diplo.processors.piece_evaluation import names_match

YIELD = frozenset(("CONCEDE", "RETREAT"))


def read_pairs(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"Error: cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if not rows or "sentence" not in rows[0] or "gold_root" not in rows[0]:
        raise SystemExit(f"Error: {path} does not look like a PLV split (no sentence/gold_root columns)")
    return rows


def run_extract(sentences: list[str], keep: Path | None) -> tuple[dict[str, list[dict]], float]:
    """Run ``diplo extract`` on one article per sentence; events per article id and wall seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", keep or Path(tmp) / "out.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for k, text in enumerate(sentences):
                f.write(json.dumps({"id": f"plv-{k}", "text": text, "published_at": "2019-01-01"}) + "\n")
        diplo = Path(sys.executable).with_name("diplo")
        start = time.perf_counter()
        subprocess.run([str(diplo), "extract", "--input", str(src), "--output", str(out)], check=True)
        seconds = time.perf_counter() - start
        events = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            result = json.loads(line)
            events[result["article_id"]] = result["events"]
    return events, seconds


def run_rules_only(sentences: list[str]) -> tuple[dict[str, list[dict]], float]:
    """The trigger rules alone, in process: events per article id and wall seconds."""
    from diplo.processors.extract import Extractor
    from diplo.processors.records import Article
    from diplo.processors.registry import RULES_ONLY_ROLES
    from diplo.streams.settings import Settings

    start = time.perf_counter()
    extractor = Extractor(Settings.from_env().model, RULES_ONLY_ROLES)  # the model diplo extract would load
    articles = [Article(id=f"plv-{k}", text=text, published_at="2019-01-01") for k, text in enumerate(sentences)]
    results = extractor.extract_many(articles)
    events = {r.article_id: [e.to_dict() for e in r.events] for r in results}
    return events, time.perf_counter() - start


def _wanted(gold: str) -> set[str]:
    return set(YIELD) if gold == "YIELD" else {gold}


def _same_actors(event: dict, row: dict[str, str]) -> bool:
    source, target = event["source"]["name"], (event.get("target") or {}).get("name")
    return (names_match(source, row["source"]) and names_match(target, row["target"])) or \
        (names_match(source, row["target"]) and names_match(target, row["source"]))


def score(rows: list[dict[str, str]], events: dict[str, list[dict]], ids: dict[str, str]) -> dict:
    found, total = Counter(), Counter()
    none = any_emitted = gold_among = with_actors = 0
    emitted_types: Counter = Counter()
    for row in rows:
        gold = row["gold_root"]
        types = {e["plover_type"] for e in events.get(ids[row["sentence"]], []) if e.get("plover_type")}
        wanted = _wanted(gold)
        total[gold] += 1
        hit = bool(types & wanted)
        found[gold] += hit
        with_actors += hit and any(_same_actors(e, row) for e in events.get(ids[row["sentence"]], [])
                                   if e.get("plover_type") in wanted)
        if not events.get(ids[row["sentence"]]):
            none += 1
        else:
            any_emitted += 1
            gold_among += hit
    for evs in events.values():
        emitted_types.update(e.get("plover_type") or "-" for e in evs)
    on_pair, on_pair_typed = _dyad_precision(rows, events, ids)
    n = sum(total.values())
    return {
        "pairs": n, "sentences": len(ids),
        "recall": round(sum(found.values()) / n, 3),
        "no_event_rate": round(none / n, 3),
        "gold_type_among_emitted": round(gold_among / any_emitted, 3) if any_emitted else None,
        "found_with_actors": round(with_actors / sum(found.values()), 3) if sum(found.values()) else None,
        "events_on_marked_pairs": on_pair,
        "marked_pair_precision": round(on_pair_typed / on_pair, 3) if on_pair else None,
        "per_type": {t: {"pairs": total[t], "recall": round(found[t] / total[t], 3)} for t in sorted(total)},
        "events_emitted": sum(emitted_types.values()),
        "emitted_types": dict(emitted_types.most_common()),
    }


def _dyad_precision(rows: list[dict[str, str]], events: dict[str, list[dict]],
                    ids: dict[str, str]) -> tuple[int, int]:
    """Emitted events whose actors are a marked pair of their sentence, and how many of those have its type."""
    pairs: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        pairs.setdefault(ids[row["sentence"]], []).append(row)
    on_pair = typed = 0
    for article_id, evs in events.items():
        for event in evs:
            golds = [r["gold_root"] for r in pairs.get(article_id, []) if _same_actors(event, r)]
            if golds:
                on_pair += 1
                typed += any(event.get("plover_type") in _wanted(g) for g in golds)
    return on_pair, typed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tsv", type=Path, help="PLV_train.tsv (kept outside the repository)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--keep", type=Path, help="also write diplo's output lines to this file")
    parser.add_argument("--rules-only", action="store_true", help="score the trigger rules without the classifier")
    args = parser.parse_args()
    rows = read_pairs(args.tsv)
    sentences = list(dict.fromkeys(r["sentence"] for r in rows))
    ids = {s: f"plv-{k}" for k, s in enumerate(sentences)}
    events, seconds = run_rules_only(sentences) if args.rules_only else run_extract(sentences, args.keep)
    figures = score(rows, events, ids)
    figures["extract_seconds"] = round(seconds, 1)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"PLV pairs {figures['pairs']} in {figures['sentences']} sentences; "
          f"{'rules only' if args.rules_only else 'diplo extract'} {seconds:.1f} s")
    print(f"PLOVER type recall {figures['recall']:.3f}; no event for {figures['no_event_rate']:.1%} of pairs; "
          f"gold type among emitted {figures['gold_type_among_emitted']}; "
          f"found pairs with the marked actors {figures['found_with_actors']}")
    print(f"events on a marked pair {figures['events_on_marked_pairs']}, "
          f"of the pair's gold type {figures['marked_pair_precision']}")
    print(f"{'type':<10} {'pairs':>5} {'recall':>6}")
    for t, v in figures["per_type"].items():
        print(f"{t:<10} {v['pairs']:>5} {v['recall']:>6.3f}")
    print("emitted:", ", ".join(f"{t} {c}" for t, c in figures["emitted_types"].items()))


if __name__ == "__main__":
    main()
