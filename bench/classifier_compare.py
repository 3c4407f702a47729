"""Event classifier candidates compared on the same candidates and the same held-out texts.

    .venv/bin/python bench/classifier_compare.py [--share 0.15] [--seed 13] [--epochs 10] [--cnn-epochs 6]
                                                 [--limit N] [--cache FILE] [--models NAME,...] [--json]

The corpus (corpus/events/*.jsonl) is parsed once by the extractor's pipeline into labelled clause
candidates (training.labelled_examples) and split by text id (training.heldout_split), so every model
is trained on the same candidates and measured on the same held-out ones:

  linear-parse       training.fit over the parse features (C=10): the shipped model
  linear-parse+text  the same logistic regression, the parse features plus the marked sentence's
                     word 1- and 2-grams
  textcat-bow        spaCy textcat (exclusive classes, spacy.TextCatBOW.v3, ngram_size 2) over
                     Example.marked, on a blank English pipeline
  textcat-cnn        spaCy textcat with spaCy's default architecture (spacy.TextCatEnsemble.v2:
                     a CNN tok2vec beside a bag of words)

Every model is measured by training.measure itself (textcat through an adapter that turns doc.cats
into the same Prediction), so the figures share one definition: an event is predicted when the best
non-NONE class probability exceeds P(NONE). "predict ms/1k" is the best of three timed predict passes
over the held-out candidates, per 1,000 candidates: for the linear models from the feature dicts (the
parse and features are already paid for by the extractor), for textcat from the marked text
(tokenizing included). textcat-cnn gets fewer epochs than textcat-bow by default (--cnn-epochs 6,
about 70 s an epoch on 2 shared cores with the full corpus) to keep its training near 8 minutes.

``--cache FILE`` pickles the labelled candidates so reruns skip the parse; the cache is rebuilt when
the corpus or --limit changes. The figures are deterministic for a seed (fixed shuffles,
spacy.util.fix_random_seed); the seconds depend on the machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from diplo.processors.coding.corpus import CorpusText, corpus_files, read_corpus
from diplo.processors.coding.model import NONE, Prediction
from diplo.processors.coding.training import DEFAULT_C, Example, fit, heldout_split, labelled_examples, measure
from diplo.processors.registry import SPACY_MODEL

ROOT = Path(__file__).resolve().parents[1]
MARKERS = ("<s>", "</s>", "<t>", "</t>", "<e>", "</e>")
_MARKER_RE = re.compile(r"\s*(</?[ste]>)\s*")
_WORD_RE = re.compile(r"</?[ste]>|\w+|[^\w\s]")


@dataclass(slots=True)
class Row:
    """One line of the comparison table."""

    model: str
    train_seconds: float
    figures: dict[str, Any]
    note: str = ""
    predict_ms_per_1k: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"model": self.model, "train_seconds": self.train_seconds,
                "predict_ms_per_1k": self.predict_ms_per_1k, **self.figures, "note": self.note}


def predict_ms_per_1k(model: Any, rows: list[dict[str, float]], repeat: int = 3) -> float:
    """Best of ``repeat`` timed predict passes over ``rows``, in milliseconds per 1,000 rows."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        model.predict(rows)
        best = min(best, time.perf_counter() - start)
    return round(best * 1e6 / len(rows), 1) if rows else 0.0


# ---------------------------------------------------------------- the candidates


def corpus_texts(corpus: Path, limit: int | None) -> list[CorpusText]:
    texts = list(read_corpus(corpus_files(corpus)))
    return texts[:limit] if limit else texts


def corpus_key(corpus: Path, limit: int | None) -> str:
    """What the labelled candidates depend on: the corpus files' bytes, --limit and the spaCy model."""
    digest = hashlib.sha256(f"{limit}|{SPACY_MODEL}".encode())
    for path in corpus_files(corpus):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def parse_examples(texts: Sequence[CorpusText]) -> tuple[list[Example], dict[str, int]]:
    """Labelled candidates of the texts, parsed by the extractor's pipeline (no trained model needed)."""
    from diplo.processors.extract import Extractor
    from diplo.processors.registry import RULES_ONLY_ROLES

    ex = Extractor(SPACY_MODEL, RULES_ONLY_ROLES)
    return labelled_examples(texts, ex.nlp, ex.actor_coder)


def load_examples(corpus: Path, limit: int | None, cache: Path | None) -> tuple[list[Example], dict[str, int], float]:
    """(examples, alignment counts, parse seconds; 0 when read from a cache made from the same corpus)."""
    key = corpus_key(corpus, limit)
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            stored = pickle.load(f)
        if stored.get("key") == key:
            return stored["examples"], stored["counts"], 0.0
    start = time.perf_counter()
    examples, counts = parse_examples(corpus_texts(corpus, limit))
    seconds = time.perf_counter() - start
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump({"key": key, "examples": examples, "counts": counts}, f, protocol=pickle.HIGHEST_PROTOCOL)
    return examples, counts, seconds


# ---------------------------------------------------------------- linear models


def ngram_features(marked: str, weight: float = 1.0) -> dict[str, float]:
    """Lower-cased word 1- and 2-grams of the marked sentence (markers are words: "<e> talks")."""
    words = [w.lower() for w in _WORD_RE.findall(marked)]
    feats = {f"ng1={w}": weight for w in words}
    feats.update({f"ng2={a} {b}": weight for a, b in zip(words, words[1:], strict=False)})
    return feats


def with_ngrams(examples: Sequence[Example]) -> list[Example]:
    return [replace(e, features={**e.features, **ngram_features(e.marked)}) for e in examples]


def run_linear(name: str, train: Sequence[Example], test: Sequence[Example], seed: int, c: float) -> Row:
    start = time.perf_counter()
    model = fit(train, seed, c, name, "compare")
    seconds = time.perf_counter() - start
    figures = measure(model, test)
    speed = predict_ms_per_1k(model, [e.features for e in test])
    return Row(name, round(seconds, 1), figures, f"{len(model.index)} features", speed)


# ---------------------------------------------------------------- spaCy textcat


def spaced(marked: str) -> str:
    """The marked sentence with each marker a word of its own, so the tokenizer keeps "<e>" whole."""
    return _MARKER_RE.sub(r" \1 ", marked).strip()


def blank_textcat(labels: Sequence[str], model: dict[str, Any] | None) -> Any:
    """A blank English pipeline with one exclusive-class textcat (``model`` None: spaCy's default)."""
    import spacy

    nlp = spacy.blank("en")
    for marker in MARKERS:
        nlp.tokenizer.add_special_case(marker, [{"ORTH": marker}])
    config: dict[str, Any] = {"threshold": 0.0}
    if model is not None:
        config["model"] = model
    textcat = nlp.add_pipe("textcat", config=config)
    for label in labels:
        textcat.add_label(label)
    return nlp


def bow_architecture() -> dict[str, Any]:
    return {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
            "no_output_layer": False, "length": 262144}


def train_textcat(train: Sequence[Example], model: dict[str, Any] | None, seed: int, epochs: int,
                  batch_size: int, dropout: float, log: Callable[[str], None]) -> Any:
    """Fit a textcat on the marked sentences: fixed seed, fixed shuffles, ``epochs`` passes."""
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    labels = sorted({e.label for e in train})
    nlp = blank_textcat(labels, model)
    data = [SpacyExample.from_dict(nlp.make_doc(spaced(e.marked)), {"cats": {k: float(k == e.label) for k in labels}})
            for e in train]
    optimizer = nlp.initialize(lambda: data[:1000])
    rng = random.Random(seed)
    for epoch in range(1, epochs + 1):
        order = data[:]
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch(order, size=batch_size):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        log(f"    epoch {epoch}/{epochs}: loss {losses.get('textcat', 0.0):.3f}")
    return nlp


class TextcatAdapter:
    """A trained textcat behind EventModel.predict's interface, so training.measure scores it unchanged.

    measure() hands over each example's ``features``; the textcat rows carry one feature whose name is
    the marked sentence (see ``as_text_rows``)."""

    def __init__(self, nlp: Any, batch_size: int = 256):
        self.nlp, self.batch_size = nlp, batch_size

    def predict(self, rows: list[dict[str, float]]) -> list[Prediction]:
        texts = [spaced(next(iter(r))) for r in rows]
        return [self._prediction(doc.cats) for doc in self.nlp.pipe(texts, batch_size=self.batch_size)]

    @staticmethod
    def _prediction(cats: dict[str, float]) -> Prediction:
        none = cats.get(NONE, 0.0)
        label, prob = max(((k, p) for k, p in cats.items() if k != NONE), key=lambda kp: (kp[1], kp[0]),
                          default=(NONE, 0.0))
        return Prediction(label, float(prob), float(none), dict(cats), "", 0.0)


def as_text_rows(examples: Sequence[Example]) -> list[Example]:
    return [replace(e, features={e.marked: 1.0}) for e in examples]


def run_textcat(name: str, train: Sequence[Example], test: Sequence[Example], model: dict[str, Any] | None,
                seed: int, epochs: int, batch_size: int, dropout: float, note: str, log: Callable[[str], None]) -> Row:
    start = time.perf_counter()
    nlp = train_textcat(train, model, seed, epochs, batch_size, dropout, log)
    seconds = time.perf_counter() - start
    adapter, rows = TextcatAdapter(nlp), as_text_rows(test)
    figures = measure(adapter, rows)  # type: ignore[arg-type]  # duck-typed: the adapter predicts like EventModel
    figures["modality_accuracy"] = None  # textcat has no modality head
    return Row(name, round(seconds, 1), figures, note, predict_ms_per_1k(adapter, [e.features for e in rows]))


# ---------------------------------------------------------------- the table


def _cell(value: Any, width: int) -> str:
    if value is None:
        return "-".rjust(width)
    return (f"{value:.3f}" if isinstance(value, float) else str(value)).rjust(width)


def format_table(rows: Sequence[Row]) -> str:
    name_width = max([len("model")] + [len(r.model) for r in rows])
    head = ["model".ljust(name_width), "train s", "pred ms/1k", "event P", "event R", "event F1", "class acc",
            "macro F1", "modality", "ECE"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("-" * (len(h) + 2) for h in head) + "|"]
    for r in rows:
        f = r.figures
        cells = [r.model.ljust(name_width), f"{r.train_seconds:.1f}".rjust(7), f"{r.predict_ms_per_1k:.1f}".rjust(10)]
        keys = ("event_precision", "event_recall", "event_f1", "class_accuracy_on_events", "macro_f1",
                "modality_accuracy", "calibration_ece")
        cells += [_cell(f[k], len(h)) for k, h in zip(keys, head[3:], strict=True)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def describe(examples: Sequence[Example], train: Sequence[Example], test: Sequence[Example],
             counts: dict[str, int], parse_seconds: float) -> str:
    texts = len({e.text_id for e in examples})
    held = len({e.text_id for e in test})
    events = sum(e.label != NONE for e in test)
    classes = len({e.label for e in examples} - {NONE})
    parse = f"parsed in {parse_seconds:.0f} s" if parse_seconds else "from the cache"
    return (f"candidates ({parse}): {len(examples)} from {texts} texts ({counts.get('positives', 0)} events, "
            f"{counts.get('negatives', 0)} none, {counts.get('skipped', 0)} ambiguous left out), "
            f"{classes} event classes\n"
            f"train: {len(train)} candidates; held out: {len(test)} candidates of {held} texts, {events} events")


def run_model(name: str, args: argparse.Namespace, train: Sequence[Example], test: Sequence[Example],
              log: Callable[[str], None]) -> Row:
    """Train and measure one of MODELS on the given split."""
    if name == "linear-parse":
        return run_linear(name, train, test, args.seed, args.c)
    if name == "linear-parse+text":
        return run_linear(name, with_ngrams(train), with_ngrams(test), args.seed, args.c)
    if name == "textcat-bow":
        return run_textcat(name, train, test, bow_architecture(), args.seed, args.epochs, args.batch_size,
                           args.dropout, f"{args.epochs} epochs, spacy.TextCatBOW.v3 ngram_size 2", log)
    capped = f" (capped for time; textcat-bow had {args.epochs})" if args.cnn_epochs < args.epochs else ""
    return run_textcat(name, train, test, None, args.seed, args.cnn_epochs, args.batch_size, args.dropout,
                       f"{args.cnn_epochs} epochs{capped}, spacy.TextCatEnsemble.v2 (spaCy's default)", log)


MODELS = ("linear-parse", "linear-parse+text", "textcat-bow", "textcat-cnn")


def model_names(value: str) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = sorted(set(names) - set(MODELS))
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown model(s) {unknown}; choose from {', '.join(MODELS)}")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "events")
    parser.add_argument("--share", type=float, default=0.15, help="share of texts held out (default 0.15)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--c", type=float, default=DEFAULT_C,
                        help=f"inverse regularisation of the linear models (default {DEFAULT_C:g}, as diplo train)")
    parser.add_argument("--epochs", type=int, default=10, help="textcat epochs (default 10)")
    parser.add_argument("--cnn-epochs", type=int, default=6,
                        help="epochs of textcat-cnn (default 6: capped, ~70 s an epoch on 2 shared cores)")
    parser.add_argument("--batch-size", type=int, default=64, help="textcat minibatch size")
    parser.add_argument("--dropout", type=float, default=0.1, help="textcat dropout")
    parser.add_argument("--models", type=model_names, default=list(MODELS), metavar="NAME,...",
                        help=f"models to run (default all: {','.join(MODELS)})")
    parser.add_argument("--limit", type=int, metavar="N", help="the first N corpus texts only (a quick check)")
    parser.add_argument("--cache", type=Path, metavar="FILE", help="pickle of the labelled candidates (reused)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)

    examples, counts, parse_seconds = load_examples(args.corpus, args.limit, args.cache)
    train, test = heldout_split(examples, args.share)
    if not train or not test:
        sys.exit("Error: the split left no training or no held-out candidates (raise --limit or change --share)")
    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    rows = []
    for name in args.models:
        log(f"... {name}")
        rows.append(run_model(name, args, train, test, log))
    if args.json:
        json.dump({"candidates": len(examples), "train": len(train), "heldout": len(test), "alignment": counts,
                   "heldout_classes": dict(Counter(e.label for e in test).most_common()),
                   "rows": [r.as_dict() for r in rows]}, sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
        return 0
    print(describe(examples, train, test, counts, parse_seconds))
    print(format_table(rows))
    for r in rows:
        if r.note:
            print(f"  {r.model}: {r.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
