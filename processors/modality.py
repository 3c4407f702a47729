"""Modality of an event trigger from its clause: ASSERTED, PLANNED, NEGATED or HYPOTHETICAL.

Negation wins over everything (nothing negated may be published as asserted),
then conditionals, then future/plans. Cues are read from the trigger, the verb
that governs a nominal trigger, and the verbs above it ("denied that ...",
"is expected to ...", "if ...").
"""

from __future__ import annotations

from .doc import ParsedDoc, Tok, trailing_participle
from .gazetteer import load_lexicon

__all__ = ["modality_of", "declines_comment", "is_refusal", "refused_in_future", "NEG_GOVERNORS", "PLAN_GOVERNORS",
           "REFUSAL_AUX", "TAKING_FROM"]

# the cue words live in data/lexicon.json (shared with events.py and actors.py), read once at import
_LEX = load_lexicon()
NEG_GOVERNORS: frozenset[str] = _LEX["negating_governors"]
_NEG_PHRASALS: frozenset[str] = _LEX["negating_phrasal_verbs"]  # "ruled out talks", "called off the visit"
_COMMENT_VERBS: frozenset[str] = _LEX["comment_verbs"]  # "declined to comment": a refusal to speak, nothing negated
PLAN_GOVERNORS: frozenset[str] = _LEX["planning_governors"]
_FUTURE_AUX: frozenset[str] = _LEX["future_auxiliaries"]
_HESITATING: frozenset[str] = _LEX["hesitating_verbs"]  # "did not hesitate to close it": it was closed
_HYPO_AUX: frozenset[str] = _LEX["hypothetical_auxiliaries"]
_REPORTED_FUTURE_AUX: frozenset[str] = _LEX["reported_future_auxiliaries"]
REFUSAL_AUX: frozenset[str] = _FUTURE_AUX | _REPORTED_FUTURE_AUX  # "will not", "would not": a stated refusal
_REFUSING: frozenset[str] = _LEX["refusing_governors"]
_COND_MARKS: frozenset[str] = _LEX["condition_marks"]
_SPEECH: frozenset[str] = _LEX["speech_verbs"]
_WARNINGS: frozenset[str] = _LEX["warning_verbs"]  # "warned X would": a threat's condition, not a plan
_NEG_DETS: frozenset[str] = _LEX["negative_determiners"]
_CIRCUMSTANCES: frozenset[str] = _LEX["circumstance_preps"]
_PLAN_MODIFIERS: frozenset[str] = _LEX["plan_modifiers"]  # "a planned protest": still to come
_PROMISING: frozenset[str] = _LEX["intent_verbs"]  # what one pledges, vows or offers to do is planned
# "drew criticism from Japan", "accepted an apology from Germany": received from the party of "from"
TAKING_FROM: frozenset[str] = _LEX["receiving_verbs"] | _LEX["accepting_verbs"]
_DISMISSING: frozenset[str] = _LEX["dismissing_verbs"]  # "rejected reports that ...": a denial of the report
_ANSWERING_NOUNS: frozenset[str] = _LEX["answering_nouns"]  # "in response to", "in retaliation for"
_TIME_MARKS: frozenset[str] = _LEX["meeting_time_preps"]  # "after talks", "during the visit", "following a meeting"
_REPORT_NOUNS: frozenset[str] = _LEX["report_nouns"]
_CLAIM_NOUNS: frozenset[str] = _LEX["claim_nouns"]  # "..., a charge Ukraine denies": a reply to the clause
_PROTEST_CALLING: frozenset[str] = frozenset(_LEX["protest_calling_verbs"])  # "called a general strike"
_PRIVATIVE_PREPS: frozenset[str] = _LEX["privative_preps"]  # "without consulting Wellington": not done
_ASSERTED_ROOTS = frozenset(("01", "03", "13"))  # comments, intentions and threats are asserted acts of speaking


def _clause_chain(pdoc: ParsedDoc, i: int) -> list[int]:
    """The trigger and the verbs/nouns above it up to the sentence root (at most 6 steps). A relative clause and
    a circumstance ("despite protests", "amid fighting") assert on their own: the chain ends below them, as it does
    below a passive participle on a noun ("agreed to a truce brokered by Qatar": the brokering is done)."""
    chain = [i]
    tok = pdoc.tokens[i]
    while tok.head != tok.i and len(chain) < 7 and tok.dep != "relcl" and \
            not (tok.dep == "acl" and tok.tag == "VBN" and pdoc.kids(tok.i, "agent")):
        tok = pdoc.tokens[tok.head]
        if tok.dep == "prep" and tok.lower in _CIRCUMSTANCES:
            break
        chain.append(tok.i)
    return chain


def _negates_by_particle(pdoc: ParsedDoc, j: int) -> bool:
    """Is token ``j`` a verb whose particle makes it negate what it governs ("ruled out", "called off")?"""
    return any(f"{pdoc.tokens[j].lemma} {k.lower}" in _NEG_PHRASALS for k in pdoc.kids(j, "prt"))


def _infinitive(pdoc: ParsedDoc, j: int) -> bool:
    """An infinitival adverbial clause ("... to meet X"), or an infinitive the parser made a clause of its own
    ("whether she would allow U.S. drones to strike cartels"): it shares the tense of the verb it hangs on."""
    return pdoc.tokens[j].dep in ("advcl", "ccomp") and pdoc.is_infinitive(j)


def _coordinated(pdoc: ParsedDoc, chain: list[int], j: int) -> bool:
    """Is chain word ``j`` reached from the word below it by coordination, or from a clause with a subject of its
    own ("denied targeting civilians and accused Kyiv", "to stop Russian action after Russia seized Crimea": acts
    beside the denial or the stopping, not ones they govern as "refused to meet" does), the purpose of stopping
    something ("blocked roads to protest"), a trailing participle after a comma ("suspended the deal, accusing X"),
    or a clause a later denial replies to ("..., a charge Ukraine denies")?"""
    below = chain[chain.index(j) - 1] if chain.index(j) > 0 else None
    if below is None or pdoc.tokens[below].head != j:
        return False
    replying = any(k.lemma in _CLAIM_NOUNS for k in pdoc.kids(j, "nsubj", "dobj"))
    if pdoc.tokens[below].dep == "ccomp" and below < j and replying:
        return True  # "Moscow accused Kyiv of ..., a charge Ukraine denies", parsed as a denial of the clause
    if pdoc.tokens[below].dep == "advcl" and pdoc.is_infinitive(below) and pdoc.kids(j, "dobj"):
        return True  # "blocked roads to protest", "halted work to demand ...": a purpose beside what is stopped
    if trailing_participle(pdoc.tokens, below) and below > j + 1:
        return True  # "suspended the agreement ..., accusing Phnom Penh of laying mines": an act beside it
    return pdoc.tokens[below].dep == "conj" or (pdoc.tokens[below].dep == "advcl" and bool(pdoc.kids(below, "nsubj")))


def _timed_by(pdoc: ParsedDoc, chain: list[int], j: int) -> bool:
    """Is the trigger below chain word ``j`` only a time mark of it ("agreed to scrap barriers after talks",
    "halted the strikes during the visit"), or what it answers ("vowed to bolster its arsenal in response to US
    drills": the drills were held)? What is stopped, refused, agreed to or vowed is not the talks (a future
    auxiliary still plans both: "will meet after the summit")."""
    toks = pdoc.tokens
    # ("failed to agree on the deal at talks in Brussels": the talks, where it failed, were held)
    at_the_event = len(chain) > 1 and toks[chain[0]].pos == "NOUN" and toks[chain[1]].lower == "at" and \
        toks[chain[1]].dep == "prep"
    return at_the_event or any((toks[k].dep == "prep" and toks[k].lower in _TIME_MARKS) or
                               (k != chain[0] and toks[k].pos == "NOUN" and toks[k].lemma in _ANSWERING_NOUNS)
                               for k in chain[:chain.index(j)])


def _shares_auxiliaries(pdoc: ParsedDoc, j: int) -> bool:
    """Is verb ``j`` a bare verb coordinated with the verb above it, with no subject or auxiliary of its own, so that
    it takes that verb's ("will conduct joint patrols and share intelligence": planned too)?"""
    tok = pdoc.tokens[j]
    return tok.dep == "conj" and tok.tag == "VB" and not pdoc.kids(j, "nsubj", "nsubjpass", "aux", "auxpass")


def _received(pdoc: ParsedDoc, trigger: int, j: int) -> bool:
    """Is ``trigger`` the object of receiving verb ``j`` with its giver named ("accepted an apology from Germany",
    "accepted aid from China")? What is received from another is done, not planned."""
    tok = pdoc.tokens[trigger]
    return tok.head == j and tok.dep == "dobj" and pdoc.tokens[j].lemma in TAKING_FROM and \
        any(p.lower == "from" for p in pdoc.kids(j, "prep") + pdoc.kids(trigger, "prep"))


def declines_comment(pdoc: ParsedDoc, i: int) -> bool:
    """Is ``i`` a refusal to speak ("declined to comment on reports that ...")? The refusal is an event (011) and
    negates nothing: not the comment, not what the reports it would not comment on say."""
    return pdoc.tokens[i].lemma in NEG_GOVERNORS and any(k.lemma in _COMMENT_VERBS for k in pdoc.kids(i, "xcomp"))


def _headline_future(pdoc: ParsedDoc, j: int, aux: Tok) -> bool:
    """Is ``aux`` the "to" of a headline's future ("Japan to provide $1 billion in aid to Ukraine"): the root verb of
    its sentence, with a subject of its own and "to" for its only auxiliary (not "agreed to provide": a
    complement)?"""
    return aux.lower == "to" and pdoc.tokens[j].dep == "ROOT" and bool(pdoc.kids(j, "nsubj", "nsubjpass")) and \
        len(pdoc.kids(j, "aux")) == 1


def modality_of(pdoc: ParsedDoc, trigger: int, root: str) -> str:
    toks = pdoc.tokens
    chain = _clause_chain(pdoc, trigger)
    # the trigger's own clause: up to the first finite verb (or speech verb) above it
    own: list[int] = []
    for j in chain:
        own.append(j)
        t = toks[j]
        purpose = _infinitive(pdoc, j)  # "will travel to Tokyo to meet X": the meeting is as planned as the trip
        if t.pos in ("VERB", "AUX") and t.dep not in ("xcomp", "acl", "relcl", "pcomp", "auxpass") and j != trigger \
                and not purpose:
            break
        if t.pos in ("VERB", "AUX") and j == trigger and t.dep not in ("xcomp", "acl", "pcomp") and not purpose \
                and not _shares_auxiliaries(pdoc, j):
            break
    negated = planned = hypo = conditioned = False
    called = toks[trigger]
    if called.pos == "NOUN" and called.dep == "compound" and toks[called.head].pos == "NOUN":
        called = toks[called.head]  # "called a protest rally for Friday": the noun it names the kind of
    if root == "14" and toks[trigger].pos == "NOUN" and called.dep == "dobj" and \
            toks[called.head].lemma in _PROTEST_CALLING:
        planned = True  # "has called a nationwide blockade starting on Wednesday": announced, still to come
    if toks[trigger].pos == "NOUN" and any(k.lower in _PLAN_MODIFIERS for k in pdoc.kids(trigger, "amod")):
        planned = True  # "days before a planned anti-government protest", "the upcoming summit"
    for j in own:
        for k in pdoc.kids(j):
            low = k.lower
            if k.dep == "neg" and j != trigger and toks[j].lemma in _HESITATING:
                continue  # "did not hesitate to close the border": a negated hesitation affirms the act
            if k.dep == "neg" and j != trigger and _negates_by_particle(pdoc, j):
                hypo = True  # "has not ruled out talks": the talks are possible, neither held nor refused
                continue
            if k.dep == "neg" and j != trigger and _timed_by(pdoc, chain, j):
                continue  # "would not renew its participation ..., after meeting Rubio": the meeting was held
            if k.dep == "neg" or (k.dep == "det" and low in _NEG_DETS and j == trigger):
                negated = True
            elif k.dep in ("aux", "auxpass"):
                if low in _FUTURE_AUX or _headline_future(pdoc, j, k):
                    planned = True
                elif low in _HYPO_AUX:
                    hypo = True
            elif k.dep == "mark" and low in _COND_MARKS:
                hypo = True
            elif k.dep == "advcl" and any(m.lower in _COND_MARKS for m in pdoc.kids(k.i, "mark")):
                hypo = conditioned = True  # "... sanctions if the fighting continues"
        if toks[j].lemma in PLAN_GOVERNORS and j != trigger and not _received(pdoc, trigger, j) and \
                not _timed_by(pdoc, chain, j):
            planned = True
        if toks[j].lemma in _PROMISING and j != trigger and toks[own[own.index(j) - 1]].dep == "xcomp" and \
                not _timed_by(pdoc, chain, j):
            planned = True  # "pledged to meet again in May" (not "offered criticism": done as it is offered)
    for j in chain[len(own):]:
        if toks[j].lemma in NEG_GOVERNORS and not _coordinated(pdoc, chain, j) and not _timed_by(pdoc, chain, j) \
                and not declines_comment(pdoc, j):
            negated = True
        if toks[j].lemma in _SPEECH:
            break
    for j in chain:
        tok = toks[j]
        if j in own and tok.dep in ("pcomp", "pobj") and toks[tok.head].lower in _PRIVATIVE_PREPS:
            negated = True  # "signed agreements with China without consulting Wellington"
        if j != trigger and tok.pos == "NOUN" and any(k.lower in _NEG_DETS for k in pdoc.kids(j, "det")):
            negated = True  # "has no plans to meet"
        if j != trigger and _negates_by_particle(pdoc, j) and not pdoc.kids(j, "neg"):
            negated = True  # "the talks were called off", "ruled out direct talks" (not "has not ruled out talks")
        if tok.pos in ("VERB", "AUX") and j != trigger and tok.dep not in ("xcomp", "acl", "pcomp", "advcl", "conj"):
            break
        if tok.pos == "VERB" and tok.dep == "conj" and toks[tok.head].pos == "VERB":
            break  # "Mexico broke off relations, and Lopez Obrador called the raid an authoritarian act", "broke off
            # ties and condemned the raid": an act of its own, not under the particle of the verb it is joined to
    for n, j in enumerate(chain):
        if toks[j].lemma in NEG_GOVERNORS and j != trigger and not _coordinated(pdoc, chain, j) and \
                not _timed_by(pdoc, chain, j) and not declines_comment(pdoc, j):
            negated = True
        if toks[j].lemma in _DISMISSING and any(toks[c].lemma.lower() in _REPORT_NOUNS for c in chain[1:n]):
            negated = True  # "Hamas rejected reports that it had agreed to release all hostages": denied
        for k in pdoc.kids(j, "mark"):
            if k.lower in _COND_MARKS and j in own:
                hypo = True
    if root in _ASSERTED_ROOTS:
        return "NEGATED" if negated and root == "03" else "ASSERTED"
    if any(k.lower in _COND_MARKS for j in own for k in pdoc.kids(j, "mark")):
        return "HYPOTHETICAL"  # "if Caracas did not release the prisoners": a condition, negated or not
    if negated:
        return "NEGATED"
    if hypo:
        # reported future ("said X would visit") is a plan, not a condition
        said = any(toks[j].lemma in _SPEECH and toks[j].lemma not in _WARNINGS for j in chain[1:])
        cond = conditioned or any(k.lower in _COND_MARKS for j in own for k in pdoc.kids(j, "mark"))
        if said and not cond and any(k.lower in _REPORTED_FUTURE_AUX for j in own for k in pdoc.kids(j, "aux")):
            return "PLANNED"
        return "HYPOTHETICAL"
    if planned:
        return "PLANNED"
    return "ASSERTED"


def refused_in_future(pdoc: ParsedDoc, i: int) -> bool:
    """"will not withdraw", "would not stop": token ``i`` is negated under a future modal, a stated refusal (or
    the verb that carries it is: "would not hold talks")."""
    tok = pdoc.tokens[i]
    if tok.pos == "NOUN" and tok.dep == "dobj":
        i = tok.head
    return bool(pdoc.kids(i, "neg")) and any(k.lower in REFUSAL_AUX for k in pdoc.kids(i, "aux"))


def is_refusal(pdoc: ParsedDoc, trigger: int) -> bool:
    """Is the trigger's negation a refusal ("will not release", "would not meet", "refused to sign", "cancelled
    a planned visit") rather than a denial or a miss ("did not meet", "denied meeting", "failed to agree")?"""
    toks = pdoc.tokens
    for j in _clause_chain(pdoc, trigger):
        if j != trigger and toks[j].lemma in _REFUSING:
            return True
        if refused_in_future(pdoc, j):
            return True
        if toks[j].lemma in _SPEECH:
            return False  # "said it will not ...": the refusal is the clause's, not the speaking's
    return False
