"""Stage 2 input: what the classifier sees of one candidate, as named sparse features.

The trigger word and its place in the parse, the words around it, how source and target hang
on it (dependency and preposition), what they are (role, entity type), the cues the rules read
(trigger-table root, rule modality, reported speech, quotes, sports) and the sentence's words.
The trigger, its head and its objects also carry their word clusters (``word_clusters``), so a word
the corpus never used ("lambasted") reads like the words used alike ("criticized").
Features are plain strings so a trained model is readable and a unit test can name them.
"""

from __future__ import annotations

from ..actors import ArticleActors
from ..doc import QUOTE_MARKS, ParsedDoc
from ..events import load_triggers, match_report, sentence_triggers
from ..gazetteer import load_lexicon
from ..modality import modality_of
from ..records import Actor
from .candidates import ClauseCandidate
from .word_clusters import word_clusters

__all__ = ["candidate_features", "SentenceCues"]

_CHILD_DEPS = frozenset("aux auxpass neg prt mark advmod dobj xcomp ccomp acomp attr oprd det amod compound agent "
                        "dative npadvmod".split())
_CLUSTERED_DEPS = frozenset(("dobj", "xcomp", "ccomp", "acomp"))
_CONTENT_POS = frozenset(("NOUN", "VERB", "ADJ", "ADV"))
_SPEECH: frozenset[str] = load_lexicon()["speech_verbs"]


class SentenceCues:
    """What is shared by every candidate of one sentence: its words and the rule matches, computed once."""

    def __init__(self, pdoc: ParsedDoc, s: int):
        start, end = pdoc.sents[s]
        toks = pdoc.tokens[start:end]
        lex = load_lexicon()
        self.words = {f"w={t.lemma.lower()}" for t in toks if t.pos in _CONTENT_POS}
        self.sports = any(t.lower in lex["sports_words"] for t in toks) or \
            any(t.lemma in lex["sports_verbs"] and t.pos == "VERB" for t in toks)
        self.quotes = [t.i for t in toks if t.text in QUOTE_MARKS]
        self.match_report = match_report(pdoc, start, end)  # a score or a competition word: the rules' reading
        self.rules = sentence_triggers(pdoc, s)
        self.predicates: dict[tuple[int, bool], dict[str, float]] = {}  # trigger features, shared by its candidates


def _relation(pdoc: ParsedDoc, trigger: int, mention: int) -> str:
    """How a party hangs on the trigger: its dependency, the preposition that introduces it, or 'far'."""
    toks = pdoc.tokens
    tok = toks[mention]
    while tok.dep in ("conj", "appos") and tok.head != tok.i:
        tok = toks[tok.head]
    head = toks[tok.head]
    if head.i == trigger:
        return tok.dep
    if head.dep in ("prep", "agent") and head.head == trigger:
        return f"{head.dep}:{head.lower}"
    if head.dep in ("prep", "agent"):
        return f"far-{head.dep}:{head.lower}"
    if trigger in pdoc.ancestors(tok.i)[:4]:
        return f"under:{tok.dep}"
    return f"far:{tok.dep}"


def _party(prefix: str, pdoc: ParsedDoc, trigger: int, mention: int | None, actors: list[Actor]) -> dict[str, float]:
    if mention is None:
        return {f"{prefix}:none": 1.0}
    tok = pdoc.tokens[mention]
    actor = actors[0]
    rel = _relation(pdoc, trigger, mention)
    out = {f"{prefix}:rel={rel}": 1.0, f"{prefix}:role={actor.role}": 1.0, f"{prefix}:type={actor.entity_type}": 1.0,
           f"{prefix}:before={mention < trigger}": 1.0}
    if tok.ent < 0:
        out[f"{prefix}:lem={tok.lemma.lower()}"] = 1.0
    if actor.country is None:
        out[f"{prefix}:nocountry"] = 1.0
    return out


def candidate_features(pdoc: ParsedDoc, actors: ArticleActors, cand: ClauseCandidate,
                       cues: SentenceCues) -> dict[str, float]:
    """Named features of one candidate (all values 1.0 but the sentence words, which are damped)."""
    key = (cand.trigger, cand.nominal)
    if key not in cues.predicates:
        cues.predicates[key] = _predicate_features(pdoc, cand.trigger, cand.nominal, cues)
    f = dict(cues.predicates[key])
    f.update(_party("s", pdoc, cand.trigger, cand.source, cand.sources))
    f.update(_party("o", pdoc, cand.trigger, cand.target, cand.targets))
    if cand.targets:
        f[f"roles={cand.sources[0].role}|{cand.targets[0].role}"] = 1.0
        if cand.sources[0].country and cand.sources[0].country == cand.targets[0].country:
            f["same_country"] = 1.0
    if not cand.direct:
        f["indirect"] = 1.0
    return f


def _predicate_features(pdoc: ParsedDoc, trigger: int, nominal: bool, cues: SentenceCues) -> dict[str, float]:
    """What the trigger word, its parse neighbourhood, the rules and the sentence say, whoever the parties are."""
    toks = pdoc.tokens
    t = toks[trigger]
    lemma = t.lemma.lower()
    f: dict[str, float] = {w: 0.3 for w in cues.words}
    f.update({f"t:lem={lemma}": 1.0, f"t:low={t.lower}": 1.0, f"t:tag={t.tag}": 1.0, f"t:dep={t.dep}": 1.0,
              f"t:nominal={nominal}": 1.0, f"t:lemdep={lemma}|{t.dep}": 1.0, "bias": 1.0})
    clusters = word_clusters()
    for level, c in enumerate(clusters.get(lemma, ()), 1):
        f[f"t:c{level}={c}"] = 1.0
    head = toks[t.head]
    if head.i != t.i:
        for level, c in enumerate(clusters.get(head.lemma.lower(), ())[1:], 2):
            f[f"h:c{level}={c}"] = 1.0
        f[f"h:lem={head.lemma.lower()}"] = 1.0
        f[f"h:deplem={t.dep}|{head.lemma.lower()}"] = 1.0
    for n, j in enumerate(pdoc.ancestors(t.i)[1:3], 2):
        f[f"up{n}={toks[j].lemma.lower()}"] = 1.0
    for k in pdoc.kids(t.i):
        if k.dep in _CHILD_DEPS:
            f[f"c:{k.dep}={k.lemma.lower()}"] = 1.0
            if k.dep in _CLUSTERED_DEPS and (kc := clusters.get(k.lemma.lower())):
                f[f"c:{k.dep}~{kc[2]}"] = 1.0
        elif k.dep == "prep":
            f[f"c:prep={k.lower}"] = 1.0
            for o in pdoc.kids(k.i, "pobj"):
                f[f"c:prep={k.lower}|{o.lemma.lower()}"] = 1.0
    for off in (-2, -1, 1, 2):
        j = t.i + off
        if 0 <= j < len(toks) and toks[j].sent == t.sent:
            f[f"win{off}={toks[j].lemma.lower()}"] = 1.0
    rule = cues.rules.get(t.i)
    table = load_triggers().get((lemma, "NOUN" if nominal else "VERB"))
    if rule is not None:
        f[f"rule={rule.cameo[:2]}"] = 1.0
        f[f"rule_code={rule.cameo}"] = 1.0
    else:  # rows exist for the word but none matched here: every root they could have told
        for root in {row.cameo[:2] for row in table or ()}:
            f[f"table={root}"] = 1.0
    f[f"mod={modality_of(pdoc, t.i, rule.cameo[:2] if rule else '00')}"] = 1.0
    if sum(q < t.i for q in cues.quotes) % 2 == 1:
        f["in_quote"] = 1.0
    if any(toks[j].lemma in _SPEECH and toks[j].pos == "VERB" for j in pdoc.ancestors(t.i)[:4]):
        f["under_speech"] = 1.0
    if cues.sports:
        f["sports"] = 1.0
    return f
