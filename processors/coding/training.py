"""Training the event classifier from the project's corpus: align candidates to labels, fit, measure.

Every corpus text is parsed by the same pipeline the extractor runs and turned into clause
candidates (stage 1). A candidate whose trigger and parties match a labelled event takes that
event's class and modality; one that relates the same parties through a word next to the labelled
trigger ("held" beside "talks") is left out as ambiguous; every other candidate is a negative.
Two logistic-regression heads (scikit-learn, seeded) are fitted on a split, measured on the
held-out part (accuracy, macro F1, calibration), then refitted on everything and saved.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..cameo import lookup
from ..doc import ParsedDoc
from ..nlp import parse_many
from ..records import Article
from .candidates import ClauseCandidate, find_clause_candidates, mention_span
from .corpus import CorpusText, LabelledEvent
from .features import SentenceCues, candidate_features
from .model import NONE, EventModel, class_of_code

__all__ = [
    "DEFAULT_C", "Example", "labelled_examples", "fit", "measure", "heldout_split", "train_model", "marked_sentence",
    "MODALITIES", "align", "overlap", "resolved_span",
]

MODALITIES = ["ASSERTED", "PLANNED", "NEGATED", "HYPOTHETICAL"]
# inverse regularisation of both heads: at 1 the held-out event F1 and macro F1 equal those at 10 while the
# calibration error falls from 0.072 to 0.025, and precision rises on every text written apart (docs/EVALUATION.md)
DEFAULT_C = 1.0


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled candidate: its features, class (NONE for no event), modality, and the text it came from."""

    features: dict[str, float]
    label: str
    modality: str | None
    text_id: str
    code: str | None
    marked: str = ""  # the sentence with <s>source</s>, <t>target</t> and <e>trigger</e> marked, for text models


def marked_sentence(pdoc: ParsedDoc, cand: ClauseCandidate) -> str:
    """The candidate's sentence with its source, target and trigger marked (what a text classifier reads)."""
    start, end = pdoc.sents[cand.sent]
    toks = pdoc.tokens
    spans = [(mention_span(pdoc, cand.source), "s")]
    if cand.target is not None:
        spans.append((mention_span(pdoc, cand.target), "t"))
    t = toks[cand.trigger]
    spans.append(((t.idx, t.idx + len(t.text)), "e"))
    lo, hi = toks[start].idx, toks[end - 1].idx + len(toks[end - 1].text)
    text = pdoc.text
    marks = sorted([(a, f"<{tag}>") for (a, _), tag in spans] + [(b, f"</{tag}>") for (_, b), tag in spans],
                   key=lambda m: (m[0], m[1].startswith("<")))
    out, at = [], lo
    for pos, mark in marks:
        if lo <= pos <= hi:
            out.append(text[at:pos])
            out.append(mark)
            at = pos
    out.append(text[at:hi])
    return "".join(out).strip()


def overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _parties_match(src: tuple[int, int], tgt: tuple[int, int] | None, ev: LabelledEvent) -> bool:
    if tgt is None:
        return ev.target is None and overlap(src, ev.source)
    return (overlap(src, ev.source) and overlap(tgt, ev.target)) or \
        (overlap(src, ev.target) and overlap(tgt, ev.source))


def resolved_span(pdoc: ParsedDoc, mention: int, actors: list) -> tuple[int, int]:
    """A pronoun stands where its antecedent is written ("it" for "Sudan's army"): the antecedent's span. A party
    noun's actor is named by its words ("Zambia party" for "Zambia's main opposition party said it would ..."): the
    mention of the latest such noun before the pronoun."""
    tok = pdoc.tokens[mention]
    if tok.pos == "PRON" and actors:
        name = actors[0].name
        k = pdoc.text.rfind(name, 0, tok.idx)
        if k >= 0:
            return k, k + len(name)
        noun = name.rsplit(" ", 1)[-1]
        head = next((t.i for t in reversed(pdoc.tokens[:mention]) if t.text == noun), None)
        if head is not None:
            return mention_span(pdoc, head)
    return mention_span(pdoc, mention)


def _own_side(cand: ClauseCandidate) -> bool:
    """Are all the candidate's targets of its source's own country ("mobilized its army", "defended Germany's
    decision")? The coder tells such an act with target null (Candidate.alone), so it is learnt as that event."""
    own = {a.country for a in cand.sources if a.country}
    return bool(own) and all(t.country in own for t in cand.targets)


def align(pdoc: ParsedDoc, cand: ClauseCandidate, events: Sequence[LabelledEvent],
           targets_read: set[tuple[int, int]]) -> LabelledEvent | None | str:
    """The labelled event a candidate is, None for a negative, or "skip" where the label is ambiguous.

    A candidate without a target stands for its event when the labelled target was read as no party at all
    (``targets_read`` holds the target spans candidates found): the event is told, only its target is unknown.
    A candidate whose targets are all its source's own side stands for the event labelled with target null."""
    toks = pdoc.tokens
    t = toks[cand.trigger]
    trig = (t.idx, t.idx + len(t.text))
    src = resolved_span(pdoc, cand.source, cand.sources)
    tgt = resolved_span(pdoc, cand.target, cand.targets) if cand.target is not None else None
    near = {cand.trigger, t.head, *pdoc.children[cand.trigger]}
    near_spans = _char_spans(pdoc, near)
    linked_spans = _char_spans(pdoc, _same_telling(pdoc, cand.trigger))
    verdict: None | str = None
    for ev in events:
        same_trigger = overlap(trig, ev.trigger)
        if same_trigger and _parties_match(src, tgt, ev):
            return ev
        if same_trigger and tgt is None and ev.target is not None and overlap(src, ev.source) and \
                not any(overlap(sp, ev.target) for sp in targets_read):
            return ev
        if same_trigger and tgt is not None and ev.target is None and overlap(src, ev.source) and _own_side(cand):
            return ev  # "Israel mobilized its army": an act on the source's own side, told with target null
        if same_trigger:
            verdict = "skip"  # a labelled trigger with parties read differently: neither this event nor a negative
        elif _parties_match(src, tgt, ev) and any(overlap(sp, ev.trigger) for sp in near_spans):
            verdict = "skip"  # the same event told by the neighbouring word
        elif overlap(src, ev.source) and any(overlap(sp, ev.trigger) for sp in linked_spans):
            verdict = "skip"  # the same side's act labelled on a word of the same telling ("killed six militants
            # in an operation", "killed four protesters when they opened fire"): no sign that killing is no event
    return verdict


def _char_spans(pdoc: ParsedDoc, tokens: set[int]) -> list[tuple[int, int]]:
    """The character spans of ``tokens``, to compare with the corpus's labelled spans."""
    return [(pdoc.tokens[j].idx, pdoc.tokens[j].idx + len(pdoc.tokens[j].text)) for j in tokens]


def _same_telling(pdoc: ParsedDoc, i: int) -> set[int]:
    """Words that tell one act with clause ``i``: its adverbial clauses, conjuncts and the nouns of its
    prepositions, and the clause it is an adverbial, conjunct or participle of ("raided the village, killing five
    protesters"). Not its complements: "said it killed", "vowed to attack" tell two acts."""
    tok = pdoc.tokens[i]
    out = {k.i for k in pdoc.kids(i, "advcl", "conj")}
    out |= {o.i for prep in pdoc.kids(i, "prep", "agent") for o in pdoc.kids(prep.i, "pobj")}
    if tok.dep in ("advcl", "conj", "acl", "relcl") and tok.head != i:
        out.add(tok.head)
    return out


def labelled_examples(texts: Sequence[CorpusText], nlp: Any, actor_coder: Any,
                      progress: Callable[[int], None] | None = None) -> tuple[list[Example], dict[str, int]]:
    """Labelled candidates of every text, and alignment counts (how many labelled events found a candidate)."""
    by_id = {t.id: t for t in texts}
    articles = [Article(id=t.id, text=t.text, published_at="2024-06-15") for t in texts]
    out: list[Example] = []
    counts: Counter = Counter()
    for pdoc in parse_many(nlp, articles, batch_size=64):
        text = by_id[pdoc.article.id]
        actors = actor_coder.code(pdoc)
        matched: set[int] = set()
        cands = [c for s in range(len(pdoc.sents)) for c in find_clause_candidates(pdoc, actors, s)]
        targets_read = {mention_span(pdoc, c.target) for c in cands if c.target is not None}
        cues = {s: SentenceCues(pdoc, s) for s in range(len(pdoc.sents))}
        for cand in cands:
            ev = align(pdoc, cand, text.events, targets_read)
            if ev == "skip":
                counts["skipped"] += 1
                continue
            feats = candidate_features(pdoc, actors, cand, cues[cand.sent])
            marked = marked_sentence(pdoc, cand)
            if not isinstance(ev, LabelledEvent):
                out.append(Example(feats, NONE, None, text.id, None, marked))
                counts["negatives"] += 1
                continue
            matched.add(text.events.index(ev))
            label = class_of_code(ev.cameo, lookup(ev.cameo).plover_type)
            out.append(Example(feats, label, ev.modality.upper(), text.id, ev.cameo, marked))
            counts["positives"] += 1
        counts["events"] += len(text.events)
        counts["events_found"] += len(matched)
        if progress:
            progress(1)
    return out, dict(counts)


def heldout_split(examples: Sequence[Example], share: float) -> tuple[list[Example], list[Example]]:
    """Split by text (never one text on both sides), by a hash of its id: the same split every run."""
    def held(text_id: str) -> bool:
        return int(hashlib.sha1(text_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < share
    train = [e for e in examples if not held(e.text_id)]
    test = [e for e in examples if held(e.text_id)]
    return train, test


def base_codes(examples: Sequence[Example]) -> dict[str, str]:
    """The code each class gives where no trigger row is more precise: its root's general code ("040 Consult",
    "180 Use unconventional violence"), which claims nothing the text did not say; where that code has another
    PLOVER type than the class (080 is CONCEDE, so "08:RETREAT"; 170 and "17:ASSAULT"; 190 and "19:COERCE"),
    the class's most frequent 3-digit code in the corpus."""
    by_class: dict[str, Counter] = {}
    for e in examples:
        if e.code:
            by_class.setdefault(e.label, Counter())[e.code[:3]] += 1
    out = {}
    for label, counts in sorted(by_class.items()):
        root, _, kind = label.partition(":")
        general = root + "0"
        out[label] = general if (lookup(general).plover_type or "-") == kind else counts.most_common(1)[0][0]
    return out


def _per_class(model: Any) -> tuple[np.ndarray, np.ndarray]:
    """Weights and biases with one row per class; scikit-learn keeps a single row for two classes
    (the second class's score), which is the same softmax as rows (-w/2, +w/2)."""
    if len(model.classes_) == 2:
        w, b = model.coef_[0] / 2, model.intercept_[0] / 2
        return np.vstack([-w, w]), np.array([-b, b])
    return model.coef_, model.intercept_


def fit(examples: Sequence[Example], seed: int, c: float, name: str, version: str) -> EventModel:
    """Fit both heads (scikit-learn logistic regression, deterministic for a seed) into a shippable EventModel."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([e.features for e in examples])
    y = [e.label for e in examples]
    event = LogisticRegression(C=c, max_iter=2000, random_state=seed)
    event.fit(x, y)
    pos = [k for k, e in enumerate(examples) if e.modality]
    mod = LogisticRegression(C=c, max_iter=2000, random_state=seed)
    mod.fit(x[pos], [examples[k].modality for k in pos])
    modalities = [m for m in MODALITIES if m in mod.classes_]
    order = [list(mod.classes_).index(m) for m in modalities]
    event_w, event_b = _per_class(event)
    mod_w, mod_b = _per_class(mod)
    meta = {"name": name, "version": version, "features": {f: int(k) for f, k in vec.vocabulary_.items()},
            "classes": [str(k) for k in event.classes_], "modalities": modalities,
            "base_codes": base_codes(examples), "seed": seed, "c": c}
    weights = {"event_w": event_w.T.astype(np.float32), "event_b": event_b.astype(np.float32),
               "modality_w": mod_w[order].T.astype(np.float32), "modality_b": mod_b[order].astype(np.float32)}
    return EventModel(meta, weights)


def measure(model: EventModel, examples: Sequence[Example], bins: int = 10) -> dict[str, Any]:
    """Held-out figures: event/no-event P/R/F1, class accuracy on events, macro F1, modality accuracy, ECE."""
    start = time.perf_counter()
    preds = model.predict([e.features for e in examples])
    seconds = time.perf_counter() - start
    tp = fp = fn = right_class = 0
    per: dict[str, Counter] = {}
    mod_right = mod_n = 0
    conf_bins: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for e, p in zip(examples, preds, strict=True):
        said_event = p.probability > p.none_probability
        label = p.label if said_event else NONE
        conf = p.probability if said_event else p.none_probability
        conf_bins[min(int(conf * bins), bins - 1)].append((conf, label == e.label))
        for cls in {label, e.label} - {NONE}:
            c = per.setdefault(cls, Counter())
            c["tp"] += label == e.label == cls
            c["fp"] += label == cls != e.label
            c["fn"] += e.label == cls != label
        if e.label != NONE:
            fn += label == NONE
            tp += label != NONE
            right_class += label == e.label
            mod_n += 1
            mod_right += p.modality == e.modality
        elif label != NONE:
            fp += 1
    f1s = []
    for c in per.values():
        prec = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        rec = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    n = len(examples)
    ece = sum(len(b) / n * abs(np.mean([c for c, _ in b]) - np.mean([ok for _, ok in b])) for b in conf_bins if b)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"candidates": n, "events": tp + fn, "event_precision": round(prec, 3), "event_recall": round(rec, 3),
            "event_f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
            "class_accuracy_on_events": round(right_class / (tp + fn), 3) if tp + fn else 0.0,
            "macro_f1": round(float(np.mean(f1s)), 3) if f1s else 0.0,
            "modality_accuracy": round(mod_right / mod_n, 3) if mod_n else 0.0,
            "calibration_ece": round(float(ece), 3), "predict_seconds": round(seconds, 2)}


def _version(model: EventModel) -> str:
    """A content hash of the weights, feature index and base codes (all that decides the output): same corpus,
    seed and code, same version."""
    digest = hashlib.sha256()
    for w in (model.event_w, model.event_b, model.mod_w, model.mod_b):
        digest.update(np.ascontiguousarray(w, dtype=np.float32).tobytes())
    digest.update(repr(sorted(model.index.items())).encode())
    digest.update(repr(sorted(model.base_codes.items())).encode())
    return digest.hexdigest()[:10]


def train_model(texts: Sequence[CorpusText], nlp: Any, actor_coder: Any, *, seed: int = 13, c: float = DEFAULT_C,
                heldout_share: float = 0.15, name: str = "event_classifier",
                progress: Callable[[int], None] | None = None) -> tuple[EventModel, dict[str, Any]]:
    """Fit on a split and measure on its held-out texts, then refit on every text: (model, report)."""
    start = time.perf_counter()
    examples, counts = labelled_examples(texts, nlp, actor_coder, progress)
    parsed = time.perf_counter()
    train, test = heldout_split(examples, heldout_share)
    report: dict[str, Any] = {"texts": len(texts), "alignment": counts,
                              "classes": dict(Counter(e.label for e in examples).most_common())}
    if test:
        report["heldout"] = measure(fit(train, seed, c, name, "heldout"), test)
    model = fit(examples, seed, c, name, "")
    model.meta["version"] = model.version = _version(model)
    model.meta["report"] = report
    report.update(version=model.version, parse_seconds=round(parsed - start, 1),
                  fit_seconds=round(time.perf_counter() - parsed, 1))
    return model, report
