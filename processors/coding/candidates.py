"""Stage 1, candidates: every clause that relates an actor mention to another actor (or to none).

High recall by design: any verb, and any event noun of ``data/event_nouns.csv`` or of the
trigger table, whose subject (or possessor, or agent) is an actor becomes a candidate, once per
target mention, whether or not its word is a known trigger. The classifier (stage 2) decides
which candidates are events. Parties come from the same parse readers as the trigger rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors import ARMED_ROLES, NON_STATE_ROLES, ArticleActors, make_actor, noun_role
from ..doc import ParsedDoc
from ..events import (
    Trigger,
    condition_subjects,
    deed_doer,
    event_nouns,
    match_trigger,
    noun_parties,
    on_a_deed,
    owns_mission,
    participle_agents,
    phrase_nationals,
    placed_event_noun,
    prep_objects,
    verb_parties,
    whole_of_part,
)
from ..gazetteer import load_lexicon
from ..records import Actor

__all__ = ["ClauseCandidate", "find_clause_candidates", "event_nouns", "mention_span", "predicates"]

_LEX = load_lexicon()
_PARTY_PREPS: frozenset[str] = _LEX["candidate_party_preps"]  # every preposition that can introduce a party
_NEUTRAL = Trigger("", "VERB", "000", False, None)
# verbs that never tell an event themselves: being, saying, and watching ("said it was monitoring the drills")
_SKIP_LEMMAS: frozenset[str] = _LEX["non_event_verbs"] | _LEX["watching_verbs"]
_MENTION_DEPS = ("conj",)
_SPAN_SKIP_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct", "prep"))
_PARTY_LABELS = frozenset(("ORG", "PERSON"))
_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "conj"))
_QUANTITY_NOUNS: frozenset[str] = _LEX["quantity_nouns"]  # "thousands of X", "a group of X": the X
_GENERIC_MODIFIERS: frozenset[str] = _LEX["generic_party_modifiers"]  # "other governments": no one country
_FORCE_MODIFIERS: frozenset[str] = _LEX["force_modifiers"]  # "a military camp", "an army base": the forces'
_INSTALLATIONS: frozenset[str] = _LEX["installation_nouns"]  # (not "a military intervention": an act, no party)
_LISTING_PREPS: frozenset[str] = _LEX["listing_preps"]  # "governments including Britain and France": those two
_PRIVATE_ROLES = frozenset(("CVL", "BUS", "MED"))
_GROUP_NOUNS: frozenset[str] = _LEX["group_nouns"]  # "the leaders": parties named before, not where they are
_PREDICATIVE_DEPS = frozenset(("acomp", "oprd", "ROOT", "conj", "ccomp"))
_PLACE_PREPS: frozenset[str] = _LEX["place_preps"]  # "in Kenya": where it happens, not a party
_HARM_VERBS: frozenset[str] = frozenset(_LEX["harm_verbs"])  # "killed 12 people in Kharkiv": the place's people
_SPEECH_VERBS: frozenset[str] = _LEX["speech_verbs"]
_TRAVEL_VERBS: frozenset[str] = _LEX["travel_verbs"]  # "arrived in Jakarta": the traveller is no Indonesian


@dataclass(slots=True)
class ClauseCandidate:
    """A predicate with one source mention and one target mention (or none), mapped to actors."""

    sent: int
    trigger: int
    source: int  # token of the source mention
    target: int | None
    sources: list[Actor]
    targets: list[Actor]
    nominal: bool
    direct: bool
    joint: bool = False  # the target is a co-subject ("Chad and Niger signed a pact"): only a joint act fits


def mention_span(pdoc: ParsedDoc, i: int) -> tuple[int, int]:
    """Character span of the mention headed by token ``i``: its entity, titles, appositions and of-phrase
    ("Oman's foreign minister Badr Albusaidi", "a group of gunmen"), clauses and conjuncts left out."""
    toks = pdoc.tokens
    keep, stack = [], [i]
    while stack:
        j = stack.pop()
        keep.append(j)
        stack.extend(k for k in pdoc.children[j] if toks[k].dep not in _SPAN_SKIP_DEPS or
                     (toks[k].dep == "prep" and toks[k].lower == "of" and j == i))
    ent = pdoc.ent_of(i)
    lo = min(toks[j].idx for j in keep)
    hi = max(toks[j].idx + len(toks[j].text) for j in keep)
    if ent is not None:
        lo, hi = min(lo, ent.start_char), max(hi, ent.end_char)
    return lo, hi


def _mentions(pdoc: ParsedDoc, heads: list[int]) -> list[int]:
    """The mention heads and their conjuncts ("France and Germany"), each once, in text order."""
    out: list[int] = []
    stack = list(heads)
    while stack:
        i = stack.pop()
        if i in out:
            continue
        out.append(i)
        stack.extend(k.i for k in pdoc.kids(i, *_MENTION_DEPS) if k.pos in ("PROPN", "NOUN", "PRON"))
    return sorted(out)


def _sentence_country(pdoc: ParsedDoc, actors: ArticleActors, s: int, i: int) -> str | None:
    """The one country a sentence names (for "police", "protesters" without a nationality), else None; a
    country named as another party of mention ``i``'s own predicate is none of its ("the government expelled
    the Russian ambassador": not Russia's government), one named as a place is ("arrested protesters in Kenya"),
    but not the owner of a foreign mission ("protested outside the Russian embassy")."""
    start, end = pdoc.sents[s]
    others = _co_parties(pdoc, i)
    found = {a.country for e_i, a in actors.by_ent.items()
             if start <= pdoc.ents[e_i].start < end and a.role != "IGO" and a.country
             and pdoc.ents[e_i].start not in others and not _private_body(pdoc, e_i, a)
             and not owns_mission(pdoc, pdoc.ents[e_i].end - 1)}
    return found.pop() if len(found) == 1 else None


def _private_body(pdoc: ParsedDoc, e_i: int, actor: Actor) -> bool:
    """A named group, company or outlet ("Amnesty International criticised the police"): its home country is no
    sign of where the sentence's police act."""
    return pdoc.ents[e_i].label == "ORG" and actor.role in _PRIVATE_ROLES


def _co_parties(pdoc: ParsedDoc, i: int) -> set[int]:
    """Tokens of the predicate that subject ``i`` acts in, outside ``i``'s own words and outside place phrases
    (a travel verb's own place phrase is where the subject went: a co-party): where the subject's other parties
    are named."""
    tok = pdoc.tokens[i]
    if tok.dep not in ("nsubj", "nsubjpass") or tok.head == i:
        return set()
    out: set[int] = set()
    stack = [k.i for k in pdoc.kids(tok.head) if k.i != i]
    travel = pdoc.tokens[tok.head].lemma.lower() in _TRAVEL_VERBS  # "arrived in Jakarta": where it went, not from
    # what a speaker said happened somewhere is no sign of where the speaker is ("the ministry said it had protested
    # to Sweden against the burning of a Koran in Stockholm")
    said = {k for c in pdoc.kids(tok.head, "ccomp") for k in pdoc.subtree(c.i)} \
        if pdoc.tokens[tok.head].lemma.lower() in _SPEECH_VERBS else set()
    while stack:
        j = stack.pop()
        if pdoc.tokens[j].dep == "prep" and pdoc.tokens[j].lower in _PLACE_PREPS and j not in said and \
                not (travel and pdoc.tokens[j].head == tok.head):
            continue
        out.add(j)
        stack.extend(pdoc.children[j])
    return out


def _mention_actors(pdoc: ParsedDoc, actors: ArticleActors, i: int, s: int) -> list[Actor]:
    """Actors a mention names. A party noun ("police", "rebels", "a spokesman for X") takes its country from its
    modifiers ("Kenyan police", "its drones"), its of/for/from phrase, the sentence's one country or the dateline."""
    found = actors.mention(i)
    tok = pdoc.tokens[i]
    if found:
        return found
    if (whole := whole_of_part(pdoc, i)) is not None:  # "thousands of teachers", "some of the rebels": the whole
        return _mention_actors(pdoc, actors, whole, s)  # (before the entity test: "Thousands" is a CARDINAL)
    if tok.pos == "NOUN" and (listed := [a for p in pdoc.kids(i, "prep") if p.lower in _LISTING_PREPS
                                         for o in pdoc.kids(p.i, "pobj") for a in actors.at(o.i)]):
        return listed  # "foreign governments, including Britain and France", "sanctions on five countries including
        # Iran": the parties the group's list names
    if (tok.lemma.lower() in _QUANTITY_NOUNS and actors.role_at(i) is None) or tok.pos == "NUM":
        return []  # (a group its words name is a party: "rights groups", "terrorist groups")
    ent = pdoc.ent_of(i)
    if ent is not None:  # a group, party, company or person the tables do not know: a party of unknown country
        if ent.label not in _PARTY_LABELS:
            return []
        role = actors.role_at(ent.end - 1) if ent.label == "ORG" else None
        return [make_actor(ent.text, None, role, ent.label)]
    if tok.pos == "PRON" and (speaker := actors.speaker(i)) is not None:
        return _mention_actors(pdoc, actors, speaker, s)  # "Clinton said he will visit": Clinton
    if tok.pos == "PROPN" and tok.dep in _ARGUMENT_DEPS and tok.text[:1].isupper() and \
            not noun_role(tok):
        # a name the recogniser missed ("Trump slammed ..."), not a party noun opening the sentence ("Rebels in ...")
        return [make_actor(tok.text, None, None, "PROPN")]
    if tok.pos not in ("NOUN", "PROPN"):
        return []
    # the words ending here first ("a rebel commander": REB, not the commander's MIL), then the noun alone
    role = actors.role_at(i) or noun_role(tok)
    if role in (None, "CVL") and tok.lemma.lower() in _INSTALLATIONS and \
            any(k.lower in _FORCE_MODIFIERS for k in pdoc.kids(i, "amod", "compound")):
        role = "MIL"  # "attacked a military camp in central Mali": the army's camp, not a camp of displaced people
    if role is None:
        return []
    for k in pdoc.kids(i, "poss", "amod", "compound", "nmod"):
        owners = actors.mention(k.i)
        if owners:
            return [make_actor(f"{a.name} {tok.text}", a.country, role, a.entity_type) for a in owners
                    if a.role != "IGO"] or owners
    for prep in pdoc.kids(i, "prep"):
        if prep.lower in ("of", "for", "from"):
            spoken_for = [a for o in pdoc.kids(prep.i, "pobj") for a in actors.mention(o.i)]
            if spoken_for:
                return spoken_for  # "a spokesman for the army", "an official of the ruling party": speaks for it
    if any((k.lower in _GENERIC_MODIFIERS and not actors.coder.gaz.title_role(f"{k.lower} {tok.lower}")) or
           (k.dep == "nummod" and role not in ARMED_ROLES and tok.dep != "nsubj")
           for k in pdoc.kids(i, "det", "amod", "nummod")):
        return []  # "other governments", "the two warring parties": no one a user could look for ("the foreign
        # ministry" is a title, and the dateline's or the sentence's country's ministry; counted fighters
        # are: "killed 12 suspected militants in Sinai", "three soldiers were wounded"; so are counted people who act:
        # "some 40,000 people marched through Bratislava")
    if tok.lower in _GROUP_NOUNS and any(k.lower == "the" for k in pdoc.kids(i, "det")):
        return []  # "the leaders called on ... to return to talks in Jeddah": the leaders named before (unresolved
        # here), not the one country of the sentence
    if role == "DIP" and tok.dep not in ("nsubj", "nsubjpass"):
        return []  # "ordered the expulsion of diplomats", "summoned the ambassador": envoys acted on are foreign ones
    # "a magistrate in Kenema", "police in Paris": where the noun is placed, else the sentence's one country
    placed = [a.country for p in pdoc.kids(i, "prep") if p.lower in _PLACED_IN for o in pdoc.kids(p.i, "pobj")
              if (span := pdoc.ent_of(o.i)) is not None and span.label == "GPE" for a in actors.at(o.i) if a.country]
    country = (placed[0] if placed else None) or _sentence_country(pdoc, actors, s, i) or actors.home
    if country is None and role == "REB":  # "a rebel commander surrendered to Colombian forces": that state's rebels
        others = _co_parties(pdoc, i)  # (once, not per entity of the article)
        faced = {a.country for e_i, a in actors.by_ent.items() if pdoc.ents[e_i].start in others
                 and a.country and a.role is not None and a.role not in NON_STATE_ROLES and a.role != "IGO"}
        country = faced.pop() if len(faced) == 1 else None
    if country is None and pdoc.kids(i, "nummod"):
        return []  # "the deployment of 230 troops to Liberia": counted fighters of no country found are no party
    return [make_actor(tok.text, country, role, None)]


def _victims_places(pdoc: ParsedDoc, i: int) -> list[int]:
    """Named places where the people verb ``i`` harms were ("killed 12 people in Kharkiv", "wounded three
    civilians near Kherson")."""
    return [o.i for d in pdoc.kids(i, "dobj") for p in pdoc.kids(d.i, "prep") if p.lower in _PLACE_PREPS
            for o in pdoc.kids(p.i, "pobj") if (span := pdoc.ent_of(o.i)) is not None and span.label == "GPE"]


def predicates(pdoc: ParsedDoc, s: int) -> list[tuple[int, bool]]:
    """(token, is a noun) for every verb, predicative adjective and event noun of sentence ``s``."""
    start, end = pdoc.sents[s]
    nouns, light = event_nouns(), _LEX["light_verbs"]
    toks = pdoc.tokens
    out = []
    for tok in toks[start:end]:
        lemma = tok.lemma.lower()
        if tok.pos == "VERB" and lemma not in _SKIP_LEMMAS:
            out.append((tok.i, False))
        elif tok.pos == "ADJ" and tok.dep in _PREDICATIVE_DEPS:  # "found Russia responsible", "was willing to"
            out.append((tok.i, False))
        elif tok.pos in ("NOUN", "PROPN") and tok.ent < 0 and (
                lemma in nouns or tok.lower in nouns or
                (tok.dep == "dobj" and toks[tok.head].lemma.lower() in light)):  # "lodged a complaint"
            out.append((tok.i, True))
    return out


def _owner_targets(pdoc: ParsedDoc, heads: list[int], i: int) -> list[int]:
    """Named owners of objects that are no parties themselves ("the Russian proposal", "China's plan",
    "a U.S. Supreme Court decision"): the entity that modifies the object; else who made it ("banned a rally
    called by opposition parties")."""
    out = []
    for h in heads:
        for k in pdoc.kids(h, "poss", "compound", "amod", "nmod"):
            if k.ent >= 0 and pdoc.ents[k.ent].label in ("GPE", "NORP", "ORG", "PERSON"):
                out.append(k.i)
            elif k.dep == "poss" and k.lower in ("its", "their"):
                out.append(k.i)
    toks = pdoc.tokens  # (not the agent of predicate ``i`` itself: "a decision criticised by Togo")
    return out or [k for k in participle_agents(pdoc, [h for h in heads if toks[h].ent < 0])
                   if toks[toks[k].head].head != i]


_TO = frozenset(("to",))
_PLACED_IN = frozenset(("in", "at"))
_OPEN_TO_PREPS = frozenset(("to", "for", "on"))  # "open to talks with", "called for sanctions against", "reneged on"


def _complement_targets(pdoc: ParsedDoc, i: int) -> list[int]:
    """"threatened to close its border with X", "agreed to lift the blockade on Yemen's ports", "agreed to allow
    IAEA inspectors back", "agreed to lend $1 billion to Indonesia", "expressed readiness to expand cooperation with
    X": with no party of its own, the parties of the
    complement (datives included), of its object's phrases, of a complement of the complement and the subject of a
    small clause under it, and the named parties of a purpose clause (their named owners when these name no party:
    see the caller)."""
    out: list[int] = []
    # "remained open to talks with Beijing", "is ready for dialogue with Kyiv": the parties of the noun it is open to
    out += [k for p in pdoc.kids(i, "prep") if p.lower in _OPEN_TO_PREPS for o in pdoc.kids(p.i, "pobj")
            if o.pos == "NOUN" for k in prep_objects(pdoc, o.i, _PARTY_PREPS)]
    comps = [k.i for k in pdoc.kids(i, "xcomp")]
    # "expressed readiness to expand cooperation with Turkmenistan": a noun's infinitive is its complement
    comps += [k.i for k in pdoc.kids(i, "acl") if pdoc.tokens[i].pos == "NOUN" and pdoc.is_infinitive(k.i)]
    comps += [k.i for c in comps for k in pdoc.kids(c, "xcomp")]
    for comp in comps:
        objs = [k.i for k in pdoc.kids(comp, "dobj")]
        objs += [o for k in objs for o in prep_objects(pdoc, k, _PARTY_PREPS)]
        out += objs + prep_objects(pdoc, comp, _PARTY_PREPS)
        # "offered to help Sri Lanka rebuild", "agreed to let Ukraine export grain": the subject of the small clause
        out += [k.i for c in pdoc.kids(comp, "ccomp") for k in pdoc.kids(c.i, "nsubj")]
    # "dispatched two ships carrying relief supplies to Sri Lanka": where what it sends carries things to
    out += [k for o in pdoc.kids(i, "dobj") for a in pdoc.kids(o.i, "acl") if a.tag == "VBG"
            for k in prep_objects(pdoc, a.i, _TO)]
    # "provided $40 million to help Sri Lanka recover": the named party of a purpose clause of no subject of its own
    purposes = pdoc.purpose_clauses(i)
    parties = [k for p in purposes for k in pdoc.kids(p, "dobj")]
    parties += [k for p in purposes for c in pdoc.kids(p, "ccomp") for k in pdoc.kids(c.i, "nsubj")]
    out += [k.i for k in parties if k.ent >= 0 or k.pos == "PRON"]  # ("to disperse them": who they are)
    return list(dict.fromkeys(out))


def find_clause_candidates(pdoc: ParsedDoc, actors: ArticleActors, s: int) -> list[ClauseCandidate]:
    """Every (predicate, source mention, target mention or None) of sentence ``s`` whose source is an actor."""
    out: list[ClauseCandidate] = []
    named: dict[int, list[Actor]] = {}  # mention -> its actors: one mention is a party of several predicates

    def actors_of(m: int) -> list[Actor]:
        if m not in named:
            named[m] = _mention_actors(pdoc, actors, m, s)
        return named[m]

    for i, nominal in predicates(pdoc, s):
        if nominal and not pdoc.kids(i, "nsubj"):
            row = match_trigger(pdoc, i)  # "the bombardment of X": a row's root says who "of" names
            src_heads, tgt_heads, direct = noun_parties(pdoc, i, _PARTY_PREPS, True, row.cameo[:2] if row else "")
        else:
            src_heads, tgt_heads, direct = verb_parties(pdoc, i, _NEUTRAL, _PARTY_PREPS)
        src_heads = [h for h in src_heads if not placed_event_noun(pdoc, h)]  # "at the Moscow summit": where
        tgt_heads = [h for h in tgt_heads if not placed_event_noun(pdoc, h)]
        srcs = [(m, a) for m in _mentions(pdoc, src_heads) if (a := actors_of(m))]
        tgts = [(m, a) for m in _mentions(pdoc, tgt_heads) if (a := actors_of(m))]
        if not tgts:  # "condemned a U.S. court decision": the object's owner; "threatened to close ... with X"
            comp = _complement_targets(pdoc, i)
            tgts = [(m, a) for m in _mentions(pdoc, _owner_targets(pdoc, tgt_heads, i) + comp) if (a := actors_of(m))]
            if not tgts:  # "agreed to lift the blockade on Yemen's ports": the owner of the complement's object
                tgts = [(m, a) for m in _mentions(pdoc, _owner_targets(pdoc, comp, i)) if (a := actors_of(m))]
            if not tgts:  # "promised to remove the ban on sales of Australian wine": a nationality down the object's
                nationals = phrase_nationals(pdoc, tgt_heads + comp)  # phrase
                tgts = [(m, a) for m in _mentions(pdoc, nationals) if (a := actors_of(m))]
            if not tgts and not nominal and pdoc.tokens[i].lemma.lower() in _HARM_VERBS:
                # "Russian missiles killed 12 people in Kharkiv": the people harmed are the place's
                tgts = [(m, a) for m in _mentions(pdoc, _victims_places(pdoc, i)) if (a := actors_of(m))]
            if not tgts and (pdoc.tokens[i].dep == "acl" or on_a_deed(pdoc, i)):  # "X withdrew, a decision
                # criticised by Y", "a move Y condemned"
                tgts = [(m, a) for m in _mentions(pdoc, deed_doer(pdoc, pdoc.tokens[i].head)) if (a := actors_of(m))]
        own = {a.code for _, a_s in srcs for a in a_s if a.country}
        tgts = [(m, a) for m, a in tgts  # "raised its alert": the source's own country is no target
                if not all(b.country for b in a) or not {b.code for b in a} <= own]
        sides = {a.country for _, a_s in srcs for a in a_s if a.country}
        if srcs and all({b.country for b in a} <= sides for _, a in tgts):
            # "warned that Pyongyang would use nuclear weapons if South Korea attempted to use force": with no other
            # side named, the party the reported act's condition is on
            conditioned = [k for c in pdoc.kids(i, "ccomp", "xcomp") for k in condition_subjects(pdoc, c.i)]
            tgts = [(m, a) for m in _mentions(pdoc, conditioned)
                    if (a := actors_of(m)) and not {b.country for b in a} <= sides] or tgts
        if not srcs and len(tgts) >= 2 and nominal and \
                {a.code for a in tgts[0][1]} != {a.code for a in tgts[1][1]}:
            # "talks between Armenia and Azerbaijan": the talks are theirs (not "an attack on an army post ...
            # killed seven soldiers": one party named twice)
            srcs, tgts = tgts[:1], tgts[1:]
        joint = len(srcs) > 1 and not tgts  # "Chad and Niger signed a pact": each toward the other
        if not tgts and len(srcs) == 1 and len({a.country for a in srcs[0][1] if a.country}) > 1 and \
                pdoc.tokens[srcs[0][0]].lower not in _GROUP_NOUNS and \
                any(k.ent >= 0 for k in pdoc.kids(srcs[0][0], "amod", "compound")):
            # "Philippine and U.S. navy ships will hold a joint sail": one mention, two sides named on it, each toward
            # the other (not "both ministers met separately": a group named before, whose members may act apart)
            m, acts = srcs[0]
            first = [a for a in acts if a.country == acts[0].country]
            out.append(ClauseCandidate(s, i, m, m, first, [a for a in acts if a not in first], nominal, direct, True))
            continue
        for m_s, a_s in srcs:
            others = [(m, a) for m, a in (srcs if joint else tgts) if m > m_s or (not joint and m != m_s)]
            for m_t, a_t in others:
                out.append(ClauseCandidate(s, i, m_s, m_t, a_s, a_t, nominal, direct, joint))
            if not others and not joint:
                out.append(ClauseCandidate(s, i, m_s, None, a_s, [], nominal, direct))
            if not joint:  # "Washington and Seoul agreed that American troops would ...": an act of the co-subjects
                # together, beside the parties it names (the classifier tells which; a joint act is one of co-sides)
                out.extend(ClauseCandidate(s, i, m_s, m, a_s, a, nominal, direct, True) for m, a in srcs if m > m_s)
    return out
