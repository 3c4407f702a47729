"""``diplo eval``: score the extractor (or the bare-model baseline) against a gold JSONL file."""

from __future__ import annotations

import argparse
import json
import sys

from diplo.processors.evaluation import evaluate, format_report, load_gold

from .common import add_setting, settings_from_args

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score extraction against hand-annotated gold articles",
        description="Run the extractor over GOLD.jsonl (the format of the gold README) and print entity "
        "precision/recall/F1 per label, event precision/recall/F1 overall and per CAMEO root, modality "
        "accuracy on matched events and false events on articles without events.",
    )
    parser.add_argument("gold", metavar="GOLD.jsonl", help="gold articles, one JSON object a line")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--baseline", action="store_true",
                        help="also score the bare small model's entities and a dictionary-style co-occurrence "
                        "event coder, side by side")
    parser.add_argument("--rules-only", action="store_true",
                        help="also score the trigger rules without the learned classifier, side by side")
    add_setting(parser, "--model", "model", "spaCy model package to load", metavar="NAME")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplo.processors.extract import Extractor, make_baseline_extractor, make_extractor
    from diplo.processors.registry import RULES_ONLY_ROLES

    settings = settings_from_args(args)
    gold = load_gold(args.gold)
    articles = [g.article for g in gold]
    runs = [("diplo", make_extractor(settings.model))]
    if args.rules_only:
        runs.append(("rules-only", Extractor(settings.model, RULES_ONLY_ROLES)))
    if args.baseline:
        runs.append(("baseline", make_baseline_extractor(settings.model)))
    reports = {}
    for name, extractor in runs:
        reports[name] = (extractor.version, evaluate(gold, extractor.extract_many(articles)))
    if args.json:
        out = {name: {"extractor_version": version, **report.as_dict()} for name, (version, report) in reports.items()}
        json.dump(out if len(runs) > 1 else out["diplo"], sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
    else:
        blocks = [format_report(report, f"{name}: {version} on {args.gold} ({len(gold)} articles)")
                  for name, (version, report) in reports.items()]
        print("\n\n".join(blocks))
    return 0
