"""Event coding: CAMEO-coded events from verb and noun triggers, with parties taken from the dependency parse.

A trigger (``data/triggers.csv``: lemma, part of speech, CAMEO code, whether
the event is symmetric, an optional required dependent) fires on a token;
its parties come from subjects, objects, passive agents, "with"/"between"/
"against"/"to" phrases, possessives and national modifiers, each mapped to
actors by :mod:`.actors`. Symmetric events with three or more parties are
multilateral (target null, every party listed); joint actions toward one
target become one event per source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .actors import ArticleActors
from .doc import ParsedDoc
from .gazetteer import read_data_csv

__all__ = ["Trigger", "Candidate", "load_triggers", "find_candidates"]

_TARGET_PREPS = frozenset("with to against toward towards on into between".split())
_LIGHT_VERBS = frozenset("hold have conduct attend begin launch start wrap finish complete host sign stage "
                         "order announce make pay".split())
_SUBJ = ("nsubj",)
_PASS_SUBJ = ("nsubjpass",)


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    cameo: str
    symmetric: bool
    requires: tuple[str, frozenset[str]] | None


@dataclass(slots=True)
class Candidate:
    """A trigger with its parties, before modality, date and place are attached."""

    trigger: int
    rule: Trigger
    sources: list
    targets: list
    direct: bool  # parties read straight off the parse (no coreference / fallback)


@lru_cache(maxsize=1)
def load_triggers() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    table: dict[tuple[str, str], list[Trigger]] = {}
    for row in read_data_csv("triggers.csv"):
        if row["lemma"].startswith("#"):
            continue
        req = None
        if row.get("requires"):
            dep, _, words = row["requires"].partition(":")
            req = (dep, frozenset(words.split("|")))
        trig = Trigger(row["lemma"], row["pos"], row["cameo"], row["sym"] == "1", req)
        table.setdefault((row["lemma"], row["pos"]), []).append(trig)
    return {k: tuple(v) for k, v in table.items()}


def _requirement_met(pdoc: ParsedDoc, i: int, req: tuple[str, frozenset[str]] | None) -> bool:
    if req is None:
        return True
    dep, words = req
    deps = {"prt": ("prt", "prep"), "prep": ("prep",), "dobj": ("dobj",), "xcomp": ("xcomp",),
            "amod": ("amod", "compound")}.get(dep, (dep,))
    for k in pdoc.kids(i, *deps):
        if "*" in words or k.lower in words or k.lemma in words:
            return True
    return False


def _match(pdoc: ParsedDoc, i: int) -> Trigger | None:
    tok = pdoc.tokens[i]
    pos = "VERB" if tok.pos == "VERB" else "NOUN" if tok.pos in ("NOUN", "PROPN") else None
    if pos is None:
        return None
    rules = load_triggers().get((tok.lemma.lower(), pos)) or load_triggers().get((tok.lower, pos))
    for rule in rules or ():
        if _requirement_met(pdoc, i, rule.requires):
            return rule
    return None


def _subject_of(pdoc: ParsedDoc, i: int) -> tuple[list[int], bool]:
    """Subject token(s) of verb ``i``; for xcomp/conj verbs the subject is inherited from the head."""
    tok = pdoc.tokens[i]
    for _ in range(4):
        subj = [k.i for k in pdoc.kids(tok.i, *_SUBJ)]
        if subj:
            return subj, tok.i == i
        if tok.dep in ("xcomp", "conj", "advcl", "ccomp") and tok.head != tok.i and tok.dep != "ccomp":
            tok = pdoc.tokens[tok.head]
            continue
        if tok.dep == "relcl":
            return [tok.head], False
        break
    return [], False


def _prep_objects(pdoc: ParsedDoc, i: int) -> list[int]:
    out = []
    for prep in pdoc.kids(i, "prep"):
        if prep.lower in _TARGET_PREPS:
            out.extend(k.i for k in pdoc.kids(prep.i, "pobj"))
    return out


def _verb_parties(pdoc: ParsedDoc, i: int) -> tuple[list[int], list[int], bool]:
    passive = bool(pdoc.kids(i, *_PASS_SUBJ))
    if passive:
        sources = [p.i for a in pdoc.kids(i, "agent") for p in pdoc.kids(a.i, "pobj")]
        targets = [k.i for k in pdoc.kids(i, *_PASS_SUBJ)]
        direct = bool(sources)
    else:
        sources, direct = _subject_of(pdoc, i)
        targets = [k.i for k in pdoc.kids(i, "dobj")]
    targets += _prep_objects(pdoc, i)
    for obj in pdoc.kids(i, "dobj"):
        targets += _prep_objects(pdoc, obj.i)
        targets += [k.i for k in pdoc.kids(obj.i, "poss")]
    return sources, targets, direct


def _noun_parties(pdoc: ParsedDoc, i: int) -> tuple[list[int], list[int], bool]:
    toks = pdoc.tokens
    sources = [k.i for k in pdoc.kids(i, "poss", "compound", "amod", "nmod") if k.ent >= 0 or k.dep == "poss"]
    targets = _prep_objects(pdoc, i)
    head = toks[toks[i].head]
    if toks[i].dep == "compound":
        targets += _prep_objects(pdoc, head.i)
    for prep in pdoc.kids(i, "prep"):
        if prep.lower in ("of", "by", "from"):
            sources += [k.i for k in pdoc.kids(prep.i, "pobj")]
    direct = bool(sources)
    if not sources and toks[i].dep in ("dobj", "attr") and head.pos in ("VERB", "AUX"):
        sources, _ = _subject_of(pdoc, head.i)
        targets += _prep_objects(pdoc, head.i)
        direct = head.lemma in _LIGHT_VERBS
    return sources, targets, direct


def find_candidates(pdoc: ParsedDoc, actors: ArticleActors, s: int) -> list[Candidate]:
    """Every trigger in sentence ``s`` that has a party, with its sources and targets as actors."""
    start, end = pdoc.sents[s]
    out = []
    for i in range(start, end):
        rule = _match(pdoc, i)
        if rule is None:
            continue
        if rule.pos == "VERB":
            src_toks, tgt_toks, direct = _verb_parties(pdoc, i)
        else:
            src_toks, tgt_toks, direct = _noun_parties(pdoc, i)
        sources = [a for t in src_toks for a in actors.at(t)]
        targets = [a for t in tgt_toks for a in actors.at(t)]
        if sources or targets:
            out.append(Candidate(i, rule, sources, targets, direct))
    return out
