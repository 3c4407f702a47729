"""``diplo train``: fit the event classifier on the project's corpus and write the model that ships."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from diplo.processors.coding.corpus import CorpusError, corpus_files, read_corpus
from diplo.processors.coding.training import DEFAULT_C
from diplo.processors.errors import DiploError

from .common import add_setting, settings_from_args

__all__ = ["register", "run"]

_SHIPPED = Path(__file__).resolve().parents[2] / "processors" / "data" / "model"


class TrainError(DiploError):
    """The corpus is missing or invalid, or the model cannot be written."""

    reason_code = "train_failed"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train",
        help="train the event classifier from the labelled corpus",
        description="Parse every text of the corpus (corpus/events/*.jsonl, see corpus/README.md), align its "
        "clause candidates to the labelled events, fit the event and modality heads (seeded, so the same corpus "
        "gives the same model), print held-out figures and write event_classifier.{npz,json}.",
    )
    parser.add_argument("--corpus", default="corpus/events", metavar="DIR",
                        help="corpus folder or .jsonl file (default corpus/events)")
    parser.add_argument("--output", default=str(_SHIPPED), metavar="DIR",
                        help="where to write the model (default: the package's data/model, the one that ships)")
    parser.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    parser.add_argument("--c", type=float, default=DEFAULT_C,
                        help=f"inverse regularisation strength (default {DEFAULT_C:g})")
    parser.add_argument("--heldout", type=float, default=0.15, metavar="SHARE",
                        help="share of texts held out for the printed figures (default 0.15; 0 skips them)")
    parser.add_argument("--limit", type=int, metavar="N", help="train on the first N texts only (a quick check)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    add_setting(parser, "--model", "model", "spaCy model package to load", metavar="NAME")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplo.processors.coding.training import train_model
    from diplo.processors.extract import Extractor
    from diplo.processors.registry import RULES_ONLY_ROLES

    source = Path(args.corpus)
    if not source.exists():
        raise TrainError(f"no corpus at {source} (run from the repository root or pass --corpus)")
    try:
        texts = list(read_corpus(corpus_files(source)))
    except CorpusError as exc:
        raise TrainError(f"corpus: {exc}") from None
    if args.limit:
        texts = texts[: args.limit]
    if not texts:
        raise TrainError(f"the corpus at {source} has no texts")
    extractor = Extractor(settings_from_args(args).model, RULES_ONLY_ROLES)  # the parse and actors, no model yet
    model, report = train_model(texts, extractor.nlp, extractor.actor_coder, seed=args.seed, c=args.c,
                                heldout_share=args.heldout)
    try:
        model.save(Path(args.output))
    except OSError as exc:
        raise TrainError(f"cannot write the model to {args.output}: {exc.strerror}") from None
    if args.json:
        json.dump(report, sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
        return 0
    a = report["alignment"]
    print(f"trained {model.name}-{model.version} on {report['texts']} texts: {a.get('positives', 0)} event and "
          f"{a.get('negatives', 0)} no-event candidates ({a.get('events_found', 0)} of {a.get('events', 0)} labelled "
          f"events found a candidate); parse {report['parse_seconds']} s, fit {report['fit_seconds']} s")
    if "heldout" in report:
        h = report["heldout"]
        print(f"held-out ({args.heldout:.0%} of texts): events P/R/F1 {h['event_precision']}/{h['event_recall']}/"
              f"{h['event_f1']}, class accuracy {h['class_accuracy_on_events']}, macro F1 {h['macro_f1']}, "
              f"modality {h['modality_accuracy']}, calibration error {h['calibration_ece']}")
    print(f"wrote {Path(args.output) / (model.name + '.npz')}")
    return 0
