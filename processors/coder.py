"""Turn trigger candidates into DiplomaticEvent records: dyads, modality, date, place, amount, confidence.

Symmetric events are coded once (first-named party as source); three or more
parties make a multilateral event (target null, all parties listed); one
event per source and target otherwise. Events need two different parties, or
an international organisation meeting on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .actors import (
    ARMED_ROLES,
    NON_STATE_ROLES,
    ArticleActors,
    country_actor,
    is_named,
    make_actor,
    noun_role,
    party_nouns,
    party_side,
    side_or_name,
)
from .cameo import lookup, plover_type_of, rejection_code
from .coding.classify import Thresholds, classify_document
from .coding.model import EventModel
from .dates import parse_published, resolve_date
from .doc import ParsedDoc, trailing_participle
from .events import (
    AT_HOME_ROOTS,
    DEED_NOUNS,
    FORCE_ROOTS,
    ONE_SIDED_CODES,
    VIOLENT_ROOTS,
    Candidate,
    definite_object,
    find_candidates,
    is_definite,
    owns_mission,
    prep_objects,
    reciprocal,
    whole_of_part,
)
from .gazetteer import Gazetteer, currency_spellings, load_lexicon
from .modality import is_refusal, modality_of, refused_in_future
from .records import Actor, Amount, DiplomaticEvent, Location, make_event_id

__all__ = ["EventCoder", "parse_amount"]

# the word lists live in data/lexicon.json, read once at import
_LEX = load_lexicon()
_STATE_FORCE_ROLES = frozenset(("MIL", "GOV", "HEAD"))  # a state's own forces and those who command them
_PART_NOUNS: frozenset[str] = frozenset(_LEX["part_nouns"])  # "denied any role in": a part denied, charged or not
_SPEECH_VERBS: frozenset[str] = _LEX["speech_verbs"]  # "said on Tuesday": the day of the saying
_LOC_PREPS: frozenset[str] = _LEX["event_place_preps"]
_SCALES: dict[str, float] = _LEX["number_scales"]
_BARE_APPEALS: frozenset[str] = _LEX["bare_appeal_verbs"]  # "called for restraint": to the fighting parties
_RELEASE_NOUNS: frozenset[str] = _LEX["release_nouns"]  # "demanded his release": toward the captor
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_ECONOMIC_ROOTS = frozenset(("06", "07", "16"))
_REACTION_ROOTS = frozenset(("10", "11", "12", "13"))
_JUDGED_DEED_ROOTS = frozenset(("05", "11", "12"))  # "welcomed the arrests", "condemned the killings": a deed judged
_OCCASIONS: frozenset[str] = _LEX["occasion_nouns"]  # "talks in Malaysia hosted by Anwar": a meeting hosted
_GIVING_CODES = ("07", "033")  # aid given, and aid pledged (033 and its sub-codes)
_MEDIATED_ROOTS = frozenset(("03", "04", "05", "08"))  # what a mediator brokers: a deal, talks, a truce, a release
_PLACING_PREPS = frozenset(("in", "near", "at", "outside", "through", "across"))  # "killed 12 people in Mogadishu",
# "marched through central Budapest": where it was
_STRUCK_PREPS = frozenset(("on", "at", "against"))  # "strikes on nine sites": what was struck
# a riot is an act of force for what refers back to one ("protesters stormed the Swedish embassy ... Sweden
# condemned the attack")
_FORCE_LIKE = {"145": "19"}
_ALSO = frozenset(("also", "too", "likewise", "similarly"))  # "Japan also voiced concern": as another side did
_REQUEST_ROOTS = frozenset(("02", "10"))  # an appeal and a demand are the same kind of thing to reject
_FOR = frozenset(("for",))  # "called for his release": what an appeal asks for
_TO = frozenset(("to",))  # "a visit to Berlin": where a visit goes
_ADDRESSING_PREPS = frozenset(("on", "upon", "to"))  # "called on X to ...", "appealed to X": whom an appeal addresses
_FOLLOWING_VERBS: frozenset[str] = _LEX["following_verbs"]  # "followed suit": the act told before, again
_SUIT_NOUNS: frozenset[str] = _LEX["suit_nouns"]
_ANSWERING_ROOTS = frozenset(("03", "07"))  # an offer and aid: what answers an appeal
_MEDIATION_CODES = frozenset(("039", "045"))  # mediating or offering to: between sides
_ONE_GIFT_ROOTS = frozenset(("07",))  # a general row's aid beside a precise one in a sentence: one gift told twice
_RESPONSE_NOUNS: frozenset[str] = _LEX["response_nouns"]  # "in response to a speech by X": toward X
_RESPONSE_PREPS = frozenset(("to", "for"))
_BY = frozenset(("by",))
_MEETING_VERBS = frozenset(("meet", "visit", "host", "receive"))  # whose object a pledge beside them is made to
_MOURNING_PREPS = frozenset(("for", "over", "to", "on"))  # "condolences over the deaths in ..."
_TIME_CLAUSE_MARKS: frozenset[str] = _LEX["time_clause_marks"]  # "protested after X fired at a ship"
_EACH_WAY_ROOTS = frozenset(("11", "13", "16"))  # told once per side when done to each other
_GRIEVANCE_ROOTS = frozenset(("11", "12", "13", "16"))  # answers in words or relations to what a side suffered
_HOSTILE_ROOTS = FORCE_ROOTS | {"16"}  # acts done to a side that a threat answers: force and sanctions
# "agreed to reopen the border ... criticised the agreement": with no agreement signed before, what was agreed to
_AGREEMENT_NOUNS = frozenset(("agreement", "deal", "pact", "accord", "treaty"))
_WORD_ROOTS = frozenset(("01", "02", "04", "05", "10", "11", "12", "13"))  # said or met, not done: no "decision"
_OFFICIAL_ROLES = frozenset(("GOV", "HEAD", "DIP"))  # who speak for a state: their protest is a complaint
_PEOPLE_ROLES = frozenset(("CVL", "OPP"))  # a country's people and its opposition, who protest to its government
_PEOPLES_CLAIMS = frozenset(("10", "14"))  # demands and protests a people addresses to its government unnamed
_JOINT_COMMITMENT_ROOTS = frozenset(("03", "05", "06"))  # "X and Y agreed to build": a joint commitment between them
_QUANTITY_NOUNS: frozenset[str] = frozenset(_LEX["quantity_nouns"])  # "thousands blocked roads": people
_FACING = frozenset(("with", "against"))  # "clashed with police", "fought against troops"
_DOMESTIC_ROOTS = frozenset(("14", "15", "17", "18", "19", "20"))  # government vs rebels, protesters vs government
_REFUSABLE_ROOTS = frozenset(("03", "04", "05", "06", "07"))  # "would not negotiate": cooperation refused


_BRANCHES = frozenset(("JUD", "LEG"))  # the courts and the legislature act on the executive as parties of their own
_ENDORSE_CODES = frozenset(("051", "052"))  # "welcomed the aid": toward whoever gave it


_AHEAD = re.compile(r"\b(next|tomorrow|coming|upcoming|later this)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")  # a date that names its year ("2021", "the spring of 2022")
_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp"))
_SPAN_BOUNDS = frozenset(("since", "until", "till"))  # "since March 2020": where a span begins, not a date


def _in_dateline(pdoc: ParsedDoc, i: int) -> bool:
    """Token ``i`` is in the dateline ("ABUJA, Aug 11 -"), which dates the report, not the events."""
    return pdoc.dateline is not None and pdoc.dateline[0] <= i < pdoc.dateline[1]


def _names_a_thing(pdoc: ParsedDoc, i: int) -> bool:
    """Is date token ``i`` part of a noun's name ("the July election", "the 2015 nuclear deal"), not a time
    the event happened at?"""
    tok = pdoc.tokens[i]
    return tok.dep in ("compound", "amod", "nmod", "nummod", "poss") and pdoc.tokens[tok.head].pos == "NOUN"


def _bounds_a_span(pdoc: ParsedDoc, start: int, end: int) -> bool:
    """Is the date at tokens [start, end) where a span of time begins or ends ("the first meeting since March
    2020", "talks until May"), not a time the event happened at?"""
    toks = pdoc.tokens
    return any(toks[k].dep == "pobj" and toks[toks[k].head].lower in _SPAN_BOUNDS for k in range(start, end))


def _sector(actor: Actor) -> str | None:
    """An actor's role, a named person with none being a private one ("police questioned Christoph Metzelder")."""
    return actor.role or ("CVL" if actor.entity_type == "PERSON" else None)


def _domestic(src: Actor, tgt: Actor, root: str) -> bool:
    """Two parties of one country tell an event when one is the state and the other is not ("police detained
    journalists"), when they are different branches of the state ("the court convicted the former minister",
    "parliament censured the government"), or, in force and protest, whenever their roles differ."""
    if src.role == tgt.role or "IGO" in (src.role, tgt.role) or not src.country:
        return False
    if (_sector(src) in NON_STATE_ROLES) != (_sector(tgt) in NON_STATE_ROLES):
        return True
    if src.role and tgt.role and (src.role in _BRANCHES or tgt.role in _BRANCHES):
        return True
    return bool(src.role and tgt.role and root in _DOMESTIC_ROOTS)


def _against_its_state(source: Actor, party: Actor, root: str) -> bool:
    """Does a non-state party react to its own state's act ("opposition lawmakers criticized the agreement" the
    government signed)? Its country's state is another party to it; a state's reaction to a deed of its own
    country's non-state party is not read so ("Lebanon's prime minister condemned the strikes" after Hezbollah fired
    and Israel struck: Israel's strikes)."""
    return source.role in NON_STATE_ROLES and _domestic(source, party, root)


def _foreign_object(pdoc: ParsedDoc, i: int) -> bool:
    """Does act ``i`` take an object told as foreign ("seized a foreign oil tanker")? Whoever it is, it is not the
    source's own people."""
    return any(k.lower == "foreign" for o in pdoc.kids(i, "dobj", "nsubjpass") for k in pdoc.kids(o.i, "amod"))


def _at_home(event: DiplomaticEvent, source: Actor, country: str, harmed: bool = False) -> DiplomaticEvent:
    """An act done to someone whose other party the text leaves unnamed ("security agents detained the
    41-year-old", "union leaders rejected the offer", "warned that anyone who destroys factories will be
    punished"): done to someone of the source's own country, its people for the state, its government for the
    people (participants stay the source alone, as for an act with no other party); the people ``harmed`` by an
    armed group ("insurgents killed 11 villagers")."""
    role = "GOV" if _sector(source) in NON_STATE_ROLES and not harmed else "CVL"
    return replace(event, target=country_actor(country, role),
                   why=[*event.why, f"targets:no other party named, an act at home ({country} {role})"])


def _insurgents_at_home(pdoc: ParsedDoc, actors: ArticleActors, cand: Candidate, source: Actor) -> bool:
    """Did an armed group of the story's own country harm people of no country named ("MAPUTO - Islamist
    insurgents killed at least 11 villagers", "fighters massacred 60 people in the district of Macomia")? Those
    people are the country's own; force elsewhere, or with the story told from abroad, stays with no other party."""
    if cand.cameo[:2] not in VIOLENT_ROOTS or source.role != "REB" or actors.home != source.country:
        return False
    return any(party_nouns().get(o.lemma.lower()) == "CVL" for o in pdoc.kids(cand.trigger, "dobj", "nsubjpass"))


def _aids_people(pdoc: ParsedDoc, i: int) -> bool:
    """Is aid act ``i`` given to people of no country named ("distributed food to 30,000 displaced people")?"""
    given = [o for p in pdoc.kids(i, "prep", "dative") if p.lower in ("to", "for") for o in pdoc.kids(p.i, "pobj")]
    return any(o.ent < 0 and party_nouns().get(o.lemma.lower()) == "CVL" for o in given)


def _forces_faced(pdoc: ParsedDoc, i: int, country: str) -> list[Actor]:
    """The state's forces named with no country after "with" or "against" on trigger ``i`` ("clashed with riot
    police"), as parties of ``country``."""
    return [make_actor(o.text, country, role, None) for o in (pdoc.tokens[k] for k in prep_objects(pdoc, i, _FACING))
            if (role := noun_role(o)) and role not in NON_STATE_ROLES][:1]


def _party_key(participants: list[Actor]) -> frozenset:
    """Who took part, for telling events apart: countries, with non-state sectors kept distinct."""
    return frozenset(party_side(a) for a in participants)


def _uniq(actors: list[Actor]) -> list[Actor]:
    """One actor per country, its non-state sectors kept apart."""
    out: list[Actor] = []
    for a in actors:
        if all(party_side(b) != party_side(a) for b in out):
            out.append(a)
    return out


def parse_amount(text: str) -> Amount:
    """Value and ISO currency of a money expression ("$500 million" -> 5e8 USD)."""
    low = text.lower()
    m = _NUM.search(low)
    value = float(m.group().replace(",", "")) if m else None
    if value is not None:
        for word, scale in _SCALES.items():
            if re.search(rf"\b{word}\b", low):
                value *= scale
                break
    currency = None
    for sym, code in currency_spellings().items():
        if (sym in low) if not sym.isalpha() else re.search(rf"\b{sym}\b", low):
            currency = code
            break
    return Amount(text=text, value=value, currency=currency)


def _several_sides(cand: Candidate) -> bool:
    """Does the candidate name no target but several sources of different sides ("Kenya and Ethiopia agreed",
    "the government and the rebels ... their ceasefire")?"""
    return not cand.targets and len({side_or_name(a) for a in cand.sources}) > 1


def _joint_commitment(cand: Candidate) -> bool:
    """"Kenya and Ethiopia agreed to reopen the border": several sides committed together, none named the other."""
    return cand.cameo[:2] in _JOINT_COMMITMENT_ROOTS and cand.cameo not in ONE_SIDED_CODES and _several_sides(cand)


def _recalled_protest(cand: Candidate, event: DiplomaticEvent) -> bool:
    """Is the event protests told only by a noun, by no one named, in an earlier year than the article's? The article
    recalls them ("has jailed hundreds of opponents since mass protests in 2018"); it does not report them."""
    return cand.placed_protesters and cand.rule.pos == "NOUN" and _dated_before_its_year(event)


def _dated_before_its_year(event: DiplomaticEvent) -> bool:
    """Is the event dated to a calendar year before the one its article was published in?"""
    return event.event_date is not None and event.published_at is not None and \
        event.event_date[:4] < event.published_at[:4]


def _clause_verb(pdoc: ParsedDoc, i: int) -> int:
    """The verb whose clause token ``i`` is in (itself for a verb): "imposed" for "sanctions" in "have imposed
    several rounds of sanctions"."""
    j = i
    while pdoc.tokens[j].pos not in ("VERB", "AUX") and pdoc.tokens[j].head != j:
        j = pdoc.tokens[j].head
    return j


def _record_since(pdoc: ParsedDoc, s: int, i: int, event: DiplomaticEvent) -> bool:
    """Is the act told in the perfect since a year before the article's ("have imposed several rounds of sanctions
    since the February 2021 coup", "has invested heavily since the end of the war in 2002")? The article sums up a
    record; it reports no act (the same act "since Monday" or "since last week" is news)."""
    if not _dated_before_its_year(event) or not _YEAR.search(event.date_text or ""):
        return False
    verb = _clause_verb(pdoc, i)
    if not any(a.lemma == "have" for a in pdoc.kids(verb, "aux")):
        return False
    if any(t.lower == "since" for t in pdoc.kids(verb, "advmod")):
        return True  # "opened an investigation in 2014 and has since convicted two men"
    # the verb's own "since" phrase ("since 2002") or clause ("since the invasion began in 2022"), not a noun's ("the
    # largest rally since the 1989 revolution")
    since = [t.i for t in pdoc.kids(verb, "prep") if t.lower == "since"] + \
        [t.i for t in pdoc.kids(verb, "advcl") if any(m.lower == "since" for m in pdoc.kids(t.i, "mark"))]
    start, end = pdoc.sents[s]
    return any(e.label == "DATE" and start <= e.start < end and e.text == event.date_text and
               any(k in since for k in pdoc.ancestors(e.start)) for e in pdoc.ents)


def _without_bare_postures(events: list[DiplomaticEvent]) -> list[DiplomaticEvent]:
    """A show of force with no target beside one toward a party, by the same side in the same sentence, is that one
    told twice ("ordered the army to raise its readiness and move units closer to the border with Kosovo")."""
    aimed = {(e.sentence, e.source.country) for e in events if e.cameo_root == "15" and e.target is not None}
    return [e for e in events if not (e.cameo_root == "15" and e.target is None and
                                      (e.sentence, e.source.country) in aimed)]


def _without_general_repeats(events: list[DiplomaticEvent]) -> list[DiplomaticEvent]:
    """An event the classifier gave its root's general code, beside one of the same root between the same parties in
    the same sentence with a precise code, is that one told twice ("The African Union extended its peacekeeping
    mission in Somalia": 074 by the trigger row, 070 for "extended"); so is aid a general row codes ("will provide
    Bangladesh with loans": 070 on "provide", 071 on "loans"). Acts of force are told apart ("repelled the attack"
    and the air strikes it took are two), and so are a general row's meetings and agreements ("held talks ... on
    his first visit", "agreed to launch projects and to restart talks": two acts each, as the gold codes them)."""
    def act(e: DiplomaticEvent) -> tuple:
        return e.sentence, e.cameo_root, e.source.code, e.target.code if e.target else None

    def general(e: DiplomaticEvent) -> bool:
        told_by = ("codes:base code", "codes:trigger row") if e.cameo_root in _ONE_GIFT_ROOTS else ("codes:base code",)
        return e.cameo_code == e.cameo_root + "0" and e.cameo_root not in FORCE_ROOTS and \
            any(w.startswith(told_by) for w in e.why)

    precise = {act(e) for e in events if not e.cameo_code.endswith("0")}
    return [e for e in events if not (general(e) and act(e) in precise)]


def _told_by(pdoc: ParsedDoc, i: int) -> int | None:
    """The verb whose purpose ("rallied ... to protest") or manner ("rallied ..., chanting slogans") ``i`` is."""
    tok = pdoc.tokens[i]
    if tok.dep == "advcl" and tok.tag == "VBG" and not pdoc.kids(i, "mark", "nsubj"):
        return tok.head
    return pdoc.purpose_of(i)


class EventCoder:
    """Codes the events of one parsed article with its actors."""

    def __init__(self, gaz: Gazetteer, version: str, model: EventModel | None = None,
                 limits: Thresholds = Thresholds()):
        self.gaz, self.version, self.model, self.limits = gaz, version, model, limits

    def _candidates(self, pdoc: ParsedDoc, actors: ArticleActors) -> list[list[Candidate]]:
        """Stages 1-2 for every sentence: the trigger rules alone, or with the learned classifier."""
        if self.model is None:
            return [find_candidates(pdoc, actors, s) for s in range(len(pdoc.sents))]
        return classify_document(pdoc, actors, self.model, self.limits)

    def code(self, pdoc: ParsedDoc, actors: ArticleActors) -> list[DiplomaticEvent]:
        events: list[DiplomaticEvent] = []
        seen: set[tuple] = set()
        symmetric: set[int] = set()  # history entries of symmetric events (all parties act alike)
        history: list[tuple[str, list[Actor]]] = []  # (CAMEO code, parties) of earlier events; source first
        done_to: dict[int, Actor] = {}  # history entry -> target of a domestic act, not among its parties
        for s, sentence in enumerate(self._candidates(pdoc, actors)):
            if pdoc.sents[s][1] <= pdoc.lead:
                continue  # a headline or byline line before the dateline: it restates the lead, or names the writer
            # an appeal with no addressee after the sentence's other acts ("urged restraint as India and Pakistan
            # traded fire": the fighting it addresses is told in the same sentence)
            addressed = {c.trigger for c in sentence if c.cameo[:2] == "14" and c.targets}
            protests = {c.trigger for c in sentence if c.cameo[:2] == "14"}
            for cand in sorted(sentence, key=_bare_appeal):
                if (cand.cameo[:2] == "14" and _told_by(pdoc, cand.trigger) in addressed) or \
                        (cand.cameo[:2] == "10" and _told_by(pdoc, cand.trigger) in protests):
                    continue  # "rallied outside the Chinese embassy to protest the ramming", "rallied outside the
                    # French embassy, chanting slogans": one protest, told by the rally, whose addressee is named
                    # (not "blocked roads to protest EU trade policy"); "marched through the capital to demand that
                    # lawmakers throw the treaty out": the march is the demand, one protest
                self._complete_parties(pdoc, s, actors, cand, history, symmetric, done_to)
                dyads = self._dyads(cand)
                if not cand.targets and _joint_commitment(cand) and cand.fallback is not None and \
                        (others := [t for t in cand.fallback.targets
                                    if t.country and t.country not in {a.country for a in cand.sources}]):
                    cand.targets = others  # "France, Germany and Poland pledged to bolster support for Ukraine":
                    dyads = self._dyads(cand)  # the clause reader names whom the commitment is to, not each other
                if not dyads and cand.fallback is not None:  # the rule's parties fall short: the clause reader's
                    cand = cand.fallback
                    self._complete_parties(pdoc, s, actors, cand, history, symmetric, done_to)
                    dyads = self._dyads(cand)
                for source, target, participants in dyads:
                    if all(a.role == "BUS" for a in participants):
                        continue  # "Siemens and a Canadian mining group signed a supply agreement": a business deal
                    event = self._event(pdoc, s, cand, source, target, participants)
                    if _recalled_protest(cand, event) or _record_since(pdoc, s, cand.trigger, event):
                        continue  # "since mass protests in 2018", "a wave of protests last year", "have imposed
                        # several rounds of sanctions since the 2021 coup": background
                    if target is None and source.country and source.role != "IGO" and \
                            not _foreign_object(pdoc, cand.trigger):
                        harmed = _insurgents_at_home(pdoc, actors, cand, source)
                        if event.cameo_root in AT_HOME_ROOTS or harmed:
                            event = _at_home(event, source, source.country, harmed)
                    elif target is None and event.cameo_root == "07" and actors.home and \
                            source.country != actors.home and _aids_people(pdoc, cand.trigger):
                        aided = country_actor(actors.home, "CVL")  # "MAPUTO - The WFP said it had distributed food
                        # to 30,000 displaced people": the story's country's people
                        event = replace(event, target=aided, participants=[*event.participants, aided],
                                        why=[*event.why, f"targets:people aided in the story ({actors.home} CVL)"])
                    # (an act of force is one side's: "Pakistan struck Iran two days after Tehran struck targets
                    # inside Pakistan" tells two)
                    # (so is each side's charge, threat or sanction: "Kyrgyzstan and Tajikistan accused each other",
                    # "Ukraine blamed Russian forces ... Moscow accused Kyiv of shelling the dam" on one day; not a
                    # refusal: "refused to meet each other" is one, as the gold tells it)
                    by = party_side(source) if event.cameo_root in FORCE_ROOTS | _EACH_WAY_ROOTS and \
                        not cand.rule.symmetric else None
                    if event.cameo_root in VIOLENT_ROOTS and trailing_participle(pdoc.tokens, cand.trigger) and \
                            ("violence", pdoc.tokens[cand.trigger].head, _party_key(participants)) in seen:
                        continue  # "Gunmen attacked a military camp, killing 30 soldiers": one attack, told with what
                        # it did
                    seen.add(("violence", cand.trigger, _party_key(participants)))
                    key = (s, cand.cameo, _party_key(participants), event.modality, by)
                    if key in seen:
                        continue
                    seen.add(key)
                    # the same event told twice in one article ("No meeting took place ... denied talks") is one
                    # (comments and denials are merged whatever their dates)
                    same_any_day = event.cameo_root == "01" or event.modality == "NEGATED"
                    again = (event.cameo_code, key[2], event.modality, None if same_any_day else event.event_date, by)
                    if again in seen and (same_any_day or event.event_date is not None):
                        continue
                    told = ("told", event.cameo_code, key[2], event.modality)
                    if told in seen and event.event_date is None and _describes_the_told(pdoc, cand.trigger):
                        continue  # "signed a pact on Monday ... The agreement, signed in Addis Ababa by the two
                        # ministers, ...": the participle describes the act told before, not a second one
                    seen.update((again, told))
                    events.append(event)
                    if event.modality == "NEGATED" and event.cameo_root in _REFUSABLE_ROOTS and \
                            refused_in_future(pdoc, cand.trigger):
                        events.append(self._stated_refusal(event))
                    if event.cameo_code == "061" and event.amount is not None:
                        events.extend(self._earlier_figure(pdoc, s, event, event.amount))
                    history.append((event.cameo_code, participants))
                    if target is not None and target not in participants:
                        done_to[len(history) - 1] = target  # (a domestic act: its participants are one country)
                    if cand.rule.symmetric or _joint_commitment(cand) or reciprocal(pdoc, cand.trigger):
                        symmetric.add(len(history) - 1)
            events.extend(self._followed_suit(pdoc, s, actors, events))
        return _without_general_repeats(_without_bare_postures(events))

    def _followed_suit(self, pdoc: ParsedDoc, s: int, actors: ArticleActors, events: list[DiplomaticEvent]
                       ) -> list[DiplomaticEvent]:
        """"Saudi Arabia cut diplomatic ties with Iran ... Bahrain and Sudan followed suit": each follower does the
        latest act told before, toward the same target."""
        start, end = pdoc.sents[s]
        following = [t for t in pdoc.tokens[start:end] if t.lemma in _FOLLOWING_VERBS and
                     any(o.lower in _SUIT_NOUNS for o in pdoc.kids(t.i, "dobj"))]
        text = pdoc.sent_text(s) if following else ""
        told = [e for e in events if e.sentence != text] if following else []
        if not told:
            return []
        led = told[-1]
        out: list[DiplomaticEvent] = []
        for t in following:
            followers = [a for k in pdoc.kids(t.i, "nsubj") for a in actors.at(k.i) if a.country]
            for a in followers:
                if a.country in (led.source.country, led.target.country if led.target else None):
                    continue
                parties = [a, led.target] if led.target else [a]
                date_text, event_date = self._date(pdoc, s, self._scope(pdoc, t.i), False)
                out.append(replace(
                    led, source=a, participants=parties, sentence=text, trigger=t.text,
                    date_text=date_text, event_date=event_date, location=None, amount=None,
                    event_id=make_event_id(led.article_id, t.idx, led.cameo_code, a.code,
                                           led.target.code if led.target else ""),
                    why=["candidates:followed suit", f"codes:{led.cameo_code} of the act followed ({led.trigger!r})"]))
        return out

    def _complete_parties(self, pdoc: ParsedDoc, s: int, actors: ArticleActors, cand: Candidate,
                          history: list[tuple[str, list[Actor]]], symmetric: set[int],
                          done_to: dict[int, Actor]) -> None:
        """Targets the clause leaves implicit: the earlier event a reaction answers, the fighting an appeal
        addresses, the government protesters face."""
        if cand.cameo[:3] == "084" and not cand.sources and cand.targets and \
                pdoc.kids(cand.trigger, "nsubjpass") and not pdoc.kids(cand.trigger, "agent"):
            # "Police detained seven activists ... all were freed by Monday": freed by who held them (the author
            # of the latest arrest, detention, seizure or abduction of the freed side's people)
            freed = {t.country for t in cand.targets}
            captors = [parties[0] for code, parties in history if (code[:2] == "17" or code == "181") and
                       parties[0].country and parties[0].country not in freed and
                       any(p.country in freed for p in parties[1:])]
            cand.sources = captors[-1:]
        mine = {a.country for a in cand.sources}
        if cand.cameo[:2] in AT_HOME_ROOTS and len(mine) == 1 and None not in mine and \
                all(a.role in _STATE_FORCE_ROLES for a in cand.sources):
            # "Georgians rallied in Tbilisi ... Police detained dozens of protesters": people of no named country a
            # state's forces detain are its own
            cand.targets = [make_actor(t.name, next(iter(mine)), t.role, t.entity_type)
                            if t.country is None and t.role in NON_STATE_ROLES and not is_named(t) else t
                            for t in cand.targets]
        if cand.cameo == "042" and cand.targets and pdoc.tokens[cand.trigger].pos == "NOUN" and \
                all(t.country and t.country not in mine for t in cand.targets) and \
                (ends := [a for k in prep_objects(pdoc, cand.trigger, _TO) for a in actors.at(k) if a.country]) and \
                all(a.country in mine for a in ends):
            # "Scholz told Chinese Premier Li Qiang during a visit to Berlin": a visit to the speaker's own country
            # is the other party's
            cand.sources, cand.targets = cand.targets, cand.sources
            mine = {a.country for a in cand.sources}
        if cand.cameo[:2] in _REQUEST_ROOTS and cand.sources and _asks_release(pdoc, cand.trigger) and \
                all(t.country in mine for t in cand.targets):
            # "Turkish police detained a Swedish journalist ... Sweden demanded his release": the captor is asked,
            # not the captive (the author of the latest arrest or seizure by another side)
            # (or released some: "Pakistan released 198 Indian fishermen ... India called for the return of the
            # remaining detainees")
            held = [parties for code, parties in history if code[:2] == "17" or code in ("181", "084")]
            held = [parties for parties in held if parties[0].country and parties[0].country not in mine]
            # (with no captor told, whom the note or letter carrying the request went to: "sent a diplomatic note
            # to India asking for the return of former Prime Minister Sheikh Hasina")
            cand.targets = held[-1][:1] if held else \
                ([a for a in _request_carrier_addressees(pdoc, actors, cand.trigger) if a.country not in mine] or
                 cand.targets)
        if cand.cameo[:2] in _REACTION_ROOTS and cand.sources and (
                any(t.country not in mine for t in cand.targets) or all(a.role == "DIP" for a in cand.sources)):
            # "condemned the detention of two Mexican citizens by U.S. agents", "demanded consular access to them":
            # a state's own people are what its diplomacy is about, not whom it answers
            cand.targets = [t for t in cand.targets if t.country not in mine or t.role != "CVL"]
        if cand.cameo[:2] in _REACTION_ROOTS and all(t.country in mine for t in cand.targets) and \
                not (cand.targets and set(mine) == {t.country for t in cand.targets} and len(mine) > 1):
            # "warned that Russia would respond": the speaker's own side is no target; "the court convicted
            # Boko Haram members", "parliament criticised the president": another party of that country is
            cand.targets = [t for t in cand.targets if any(_domestic(s, t, cand.cameo[:2]) for s in cand.sources)]
        if cand.rule.option("obliging") and mine & {t.country for t in cand.targets}:
            cand.targets = []  # "Xi said the two countries should oppose protectionism": a course proposed to both
            return  # sides, the speaker's among them, is no demand on the other (nor on the last side named)
        if cand.cameo[:2] == "15":  # "deployed troops to the border": the unnamed troops moved are no target
            cand.targets = [t for t in cand.targets if t.country or is_named(t)]
            if cand.targets and all(t.country in mine and t.role in _STATE_FORCE_ROLES for t in cand.targets):
                # "ordered the army into the streets", "deployed 300 soldiers to Enga province": its own forces
                # are what it moves, no party it shows force to (told with target null, as the gold does)
                cand.targets, cand.solo = [], True
        if cand.cameo == "016" and (all(t.country in mine for t in cand.targets) or pdoc.kids(cand.trigger, "xcomp")):
            # "denied that its army had crossed the border": its own army is what it answers for, not to; "denied
            # attacking Togo": Togo is in what is denied (the negated attack tells it), the denial answers the accuser
            cand.targets = self._accuser(cand, history, symmetric, done_to)
            if not cand.targets and definite_object(pdoc, cand.trigger):
                # "Canada expelled six Indian diplomats after police linked them to a campaign of violence. India
                # rejected the allegations": charges told with no accusation coded are the latest acting side's
                cand.targets = _latest_author_toward(history, mine, lambda code: True)
            if not cand.targets and not any(o.lemma.lower() in _PART_NOUNS for o in pdoc.kids(cand.trigger, "dobj")):
                cand.solo = cand.alone = False  # a denial answers a charge: with no one who made it, no event (not
                cand.fallback = None  # "denied any role in the attack", which tells its own part)
        hosted_noun = pdoc.tokens[cand.trigger].dep == "acl" and \
            pdoc.tokens[pdoc.tokens[cand.trigger].head].lower in _OCCASIONS  # "talks ... hosted by Anwar"
        if not cand.targets and cand.cameo == "043" and \
                ((cand.event_noun and cand.event_noun.endswith(":040")) or hosted_noun):
            # "Venezuela, which hosted the talks": every party of the meeting told before, the host's side aside
            met = next(([p for p in parties if p.country not in mine] for code, parties in history[::-1]
                        if code[:2] == "04"), [])
            cand.targets = [p for k, p in enumerate(met) if p.country not in {q.country for q in met[:k]}]
            # (a government and rebels of one country are one guest country)
        if cand.targets and cand.cameo == "045" and definite_object(pdoc, cand.trigger):
            # "Israel and Hamas agreed to a pause ... Qatar, which mediated the deal with Egypt and the United
            # States": the deal told before is between its sides; those "with" the mediator mediated beside it
            cand.targets = self._referred_event(cand, history, symmetric) or cand.targets
        if not cand.targets and (cand.event_noun or cand.cameo == "045"):
            # ("agreed to a ceasefire after talks mediated by Qatar and Turkey": the sides of the truce)
            cand.targets = self._referred_event(cand, history, symmetric)
        if not cand.targets and cand.sources and cand.cameo[:2] in _JUDGED_DEED_ROOTS:
            # "Police said their officers had arrested two suspects ... Ramoifuila welcomed the arrests": a deed
            # told with no party acted on, so coded as no event, is its doer's
            cand.targets = _uncoded_deed_doers(pdoc, actors, cand.trigger, mine)
        if not cand.targets and cand.cameo[:2] in VIOLENT_ROOTS and cand.sources and mine:
            # "India launched missile strikes on nine sites in Pakistan and Pakistani Kashmir": the place of what
            # was struck, where no party was
            cand.targets = [a for k in _struck_places(pdoc, cand.trigger) for a in actors.at(k)
                            if a.country and a.country not in mine and a.role != "IGO"][:1]
        if cand.cameo == "018" and cand.sources and mine and not any(t.country for t in cand.targets):
            # "conveyed his condolences for the victims of the floods in Pakistan": to the country of the loss
            cand.targets = _mourned_places(pdoc, actors, cand.trigger, mine) or cand.targets
        if not cand.targets and cand.cameo in _MEDIATION_CODES and cand.sources and mine:
            # "The African Union called on both governments to show restraint and offered to send a mediator":
            # between the sides its latest act addressed
            cand.targets = _latest_addressees(history, mine)
        if not cand.targets and cand.cameo == "042" and cand.rule.pos == "NOUN" and mine:
            # "will travel to Dhaka to meet his counterpart and to prepare a visit by Modi": the visit goes where
            # the side's latest meeting or trip went
            cand.targets = _latest_told_to(history, mine, lambda code: code[:2] == "04")
            if not cand.targets and actors.home and actors.home not in mine:
                # "during a state visit by Uzbek President Mirziyoyev" under an ASTANA dateline: a visit there
                cand.targets = [country_actor(actors.home, None)]
        if not cand.targets and cand.sources and cand.cameo[:2] in _ANSWERING_ROOTS and mine:
            # "Ecuador asked neighbouring Colombia to help secure the border ... Petro said his country was ready to
            # cooperate": an offer or aid naming no one answers the latest appeal or demand made to its side
            # (a state's appeal: an organisation's call to talks is answered to the other side, see 036 below)
            asked = [parties[0] for code, parties in history if code[:2] in _REQUEST_ROOTS and parties[0].country
                     and parties[0].role != "IGO" and parties[0].country not in mine
                     and (any(p.country in mine for p in parties[1:]) or len(parties) == 1)]
            # (or to no one named: "The Taliban administration appealed to the international community for urgent
            # aid ... China and Pakistan sent relief supplies")
            cand.targets = asked[-1:]
        if not cand.targets and cand.sources and cand.cameo.startswith(_GIVING_CODES):
            # "agreed to deliver Patriot systems to Ukraine ... also announced a new package of military aid": aid
            # with no recipient named goes where the side's latest aid or pledge of aid went
            cand.targets = _latest_told_to(history, mine, lambda code: code.startswith(_GIVING_CODES)) or \
                _met_in_the_clause_before(pdoc, actors, cand.trigger, mine) or \
                _latest_told_to(history, mine, lambda code: code == "018")
            # ("met President Zelenskiy and pledged a further 2.26 billion pounds in military aid": to whom it met;
            # "expressed condolences to Turkey ... Tokyo will dispatch a rescue team to the affected region": to whom
            # it mourned with)
        if not cand.targets and cand.sources and cand.cameo[:2] in FORCE_ROOTS and mine and \
                (answered := _answered_in_the_clause_above(pdoc, actors, cand.trigger, history, mine)):
            # "The Philippines filed a protest against China after Chinese coast guard vessels fired water cannon
            # at a government fisheries ship": what the side that answers the doer had done to it
            cand.targets = answered
        if not cand.targets and cand.sources and mine:
            # "Beijing staged large-scale war games in response to a speech by Taiwan's president": the author of
            # what it answers
            cand.targets = [a for a in _responded_to(pdoc, actors, cand.trigger) if a.country not in mine]
        if not cand.targets and cand.sources and cand.cameo[:2] in ("10", "13") and mine:
            # "The EU imposed sanctions on Iranian officials ... Iran summoned the German ambassador ... Tehran warned
            # it would respond": a threat naming no one answers the latest hostile act done to its side, not the
            # latest party it dealt with; so does a demand ("Polish security services arrested a Russian citizen
            # ... The Russian embassy demanded consular access")
            cand.targets = _latest_author_toward(history, mine, lambda code: code[:2] in _HOSTILE_ROOTS)
        if not cand.targets and cand.sources and (cand.cameo == "043" or (
                cand.cameo[:2] in _REACTION_ROOTS and not definite_object(pdoc, cand.trigger))):
            # "welcomed the high guest at the airport": the other side of the host's latest event (the visit)
            cand.targets = self._counterpart(cand, history)
        if not cand.targets and cand.sources and cand.cameo[:2] in ("11", "13") and cand.cameo != "110" and \
                not definite_object(pdoc, cand.trigger):
            # "North Korea fired a missile ... Japan lodged a strong protest": a protest that names no one, by a side
            # that took part in nothing told, goes to the author of the latest act of force, where another side did
            # it (not "expressed concern over the deaths": a worry, not a charge); so does a vow to retaliate
            # ("Pakistan launched air strikes inside Afghanistan ... Kabul vowed to retaliate")
            forced = [parties for code, parties in history if code[:2] in FORCE_ROOTS]
            cand.targets = [p for p in forced[-1][:1] if p.country and p.country not in mine] if forced else []
        if not cand.targets and cand.sources and cand.cameo == "161" and mine:
            # "Bolivia severed diplomatic relations with Israel, while Chile and Colombia recalled their ambassadors":
            # a downgrade of diplomatic relations naming no one is toward whom the latest one by another side went
            # (not a sanction: "Nigeria has cut off electricity supplies to its northern neighbour" after the bloc
            # closed its borders with Niger may answer anyone)
            cand.targets = _latest_told_to(history, mine, lambda code: code == "161", by_others=True)
        if not cand.targets and cand.sources and cand.cameo[:2] in _REACTION_ROOTS and \
                any(k.lower in _ALSO for k in pdoc.kids(_clause_verb(pdoc, cand.trigger), "advmod")):
            # "The United States condemned the manoeuvres ... Japan and Australia also voiced concern": toward whom
            # the latest reaction of the same kind by another side went
            cand.targets = _latest_told_to(history, mine, lambda code: code[:2] == cand.cameo[:2], by_others=True)
        if not cand.targets and cand.sources and cand.cameo[:2] in VIOLENT_ROOTS and cand.rule.pos == "NOUN" and \
                is_definite(pdoc, cand.trigger) and s > 0 and \
                any(code[:2] in VIOLENT_ROOTS and party_side(parties[0]) in {party_side(a) for a in cand.sources}
                    for code, parties in history):
            # "Gunmen attacked a military camp in central Mali ... JNIM claimed responsibility for the attack": the
            # attack told, by the same side, is no second one
            cand.solo = cand.alone = False
            cand.fallback = None
        elif not cand.targets and cand.sources and cand.cameo[:2] in VIOLENT_ROOTS and cand.rule.pos == "NOUN" and \
                is_definite(pdoc, cand.trigger) and s > 0:
            # "A car bomb killed 12 people in Mogadishu. Al Shabaab claimed responsibility for the attack.": the
            # attack told before, with no author, was where the sentence before placed it
            cand.targets = _place_before(pdoc, actors, s)
        if not cand.targets and len(mine) == 1 and None not in mine and cand.cameo == "036":
            # "Ethiopia said it remained ready to hold talks on the border": with the side it last dealt with (not
            # "the two ministers agreed to start talks": two sides, each other's counterpart; nor an organisation
            # that appealed to it)
            cand.targets = self._counterpart(cand, history, states_only=True)
        if not cand.targets and cand.sources and (cand.cameo[:2] in _REACTION_ROOTS or cand.cameo in _ENDORSE_CODES) \
                and history and any(o.lemma.lower() in DEED_NOUNS for o in pdoc.kids(cand.trigger, "dobj")) and \
                definite_object(pdoc, cand.trigger):
            # "EU ministers agreed to extend sanctions ... Moscow condemned the decision": the latest act's author
            # (so does a welcome: "Cuba freed 553 prisoners ... U.S. officials welcomed the move")
            # (by another side: "Poland closed the border, citing Belarusian drills ... Belarus called the move
            # unfriendly" judges Poland's act, not its own)
            deeds = [parties for code, parties in history if code[:2] not in _WORD_ROOTS and parties[0].country and
                     (parties[0].country not in mine or  # (or its own state's, for a non-state judge: "Hasina
                      all(_against_its_state(a, parties[0], cand.cameo[:2]) for a in cand.sources))]  # called the
            # verdict politically motivated")
            cand.targets = deeds[-1][:1] if deeds else []
        if _bare_appeal(cand) and not prep_objects(pdoc, cand.trigger, _ADDRESSING_PREPS):
            # (not "called on Western allies to supply air defence": addressed to parties the coder could not name)
            cand.targets = self._conflict_parties(cand, history, symmetric)
        if cand.cameo[:2] == "14" and not cand.sources and cand.rule.pos == "NOUN" and \
                is_definite(pdoc, cand.trigger) and any(code[:2] == "14" for code, _ in history):
            cand.targets = []  # "Moscow said the protests were organised from abroad": the protests told before
        elif cand.cameo[:2] == "14" and not cand.sources and not _done_by_no_crowd(pdoc, actors, cand.trigger):
            cand.sources, cand.targets = self._domestic_protest(pdoc, s, actors, cand)
        elif cand.cameo[:2] in _PEOPLES_CLAIMS and not cand.targets and len(mine) == 1 and None not in mine and \
                all(a.role in _PEOPLE_ROLES for a in cand.sources):
            # "thousands of Kenyans protested", "Bangladeshi garment workers are demanding a minimum wage": a people
            # protests to, and demands of, its own government
            country = next(iter(mine))
            cand.targets = [country_actor(country, "GOV")]
        elif cand.cameo[:2] == "19" and not cand.targets and len(mine) == 1 and None not in mine and \
                all(a.role in _PEOPLE_ROLES for a in cand.sources):
            # "protesters in Tbilisi clashed with riot police": the state's forces a people fights are its own
            cand.targets = _forces_faced(pdoc, cand.trigger, next(iter(mine)))

    @staticmethod
    def _accuser(cand: Candidate, history: list[tuple[str, list[Actor]]], symmetric: set[int],
                 done_to: dict[int, Actor]) -> list[Actor]:
        """"Somalia denied the charge": whoever last accused the denier's side (an 11x event against it; or with it,
        where the two traded accusations). Sides, not countries, and ``done_to`` the targets of domestic acts: "The
        Sudanese army accused the RSF of killing civilians, a charge the paramilitary group denied" (the army)."""
        mine = {party_side(a) for a in cand.sources if a.country}
        for k in range(len(history) - 1, -1, -1):
            code, parties = history[k]
            if code[:2] != "11":
                continue
            accused = [*parties[1:], *([done_to[k]] if k in done_to else [])]
            if party_side(parties[0]) not in mine and any(party_side(p) in mine for p in accused):
                return parties[:1]
            if k in symmetric and party_side(parties[0]) in mine:
                return [p for p in parties[1:] if party_side(p) not in mine][:1]
        return []

    @staticmethod
    def _referred_event(cand: Candidate, history: list[tuple[str, list[Actor]]], symmetric: set[int]) -> list[Actor]:
        """"criticized the drills", "troops for the mission": the parties of the latest event of that kind;
        "condemned the strikes": an attack's perpetrator, not its victims; "criticised the agreement" with no
        agreement signed before: what was agreed to ("agreed to reopen the border")."""
        noun, _, code = cand.event_noun.partition(":") if cand.event_noun else ("", "", "")
        families = [(_REQUEST_ROOTS if code[:2] in _REQUEST_ROOTS else {code[:2]}, False)]
        if code[:2] == "05" and noun in _AGREEMENT_NOUNS:
            families.append(({"03"}, True))  # (a commitment the sides made together, not one side's offer)
        if code[:2] in FORCE_ROOTS:  # "condemned the killings": the latest act of force of any kind
            families.append((FORCE_ROOTS, False))
        if cand.cameo == "045":  # "The deal was brokered by the EU": the sides of the latest deal, truce or talks
            families.append((_MEDIATED_ROOTS, False))
        if code == "062":  # "condemned the exercises": drills one side held near another (150) as well as joint ones
            families.append(({"15"}, False))
        if code[:2] == "04":  # "agreed to resume visits ... North Korea denounced the summit": what the sides
            families.append(({"03", "05"}, False))  # agreed or signed there, where no meeting was told
        toward_all = cand.cameo[:2] in _REACTION_ROOTS or cand.cameo in _ENDORSE_CODES or \
            cand.cameo == "045"  # all who took part (a mediator: between all the sides)

        def other(p: Actor, s: Actor) -> bool:
            return p.country != s.country or _against_its_state(s, p, cand.cameo[:2])

        def its_rebels(p: Actor, s: Actor) -> bool:  # "Petro called the attack a crime" after the ELN's attack
            return other(p, s) or (p.role == "REB" and s.role not in NON_STATE_ROLES)

        def own_state(parties: list[Actor]) -> bool:  # (not an agreement its state and the rebels signed)
            return any(p.country == s.country and p.role not in NON_STATE_ROLES for p in parties for s in cand.sources)

        # (an act of the source's own side is not what it condemns: "Israeli warplanes struck ... after Hezbollah
        # fired ...; Lebanon condemned the strikes"; its own armed group's act only where no other is told)
        for apart in (other, its_rebels):
            for family, joint_only in families:
                for k in range(len(history) - 1, -1, -1):
                    past_code, parties = history[k]
                    past_root = _FORCE_LIKE.get(past_code, past_code[:2])
                    if past_root in family and (not joint_only or k in symmetric) and \
                            (apart is other or not own_state(parties)):
                        if k not in symmetric and cand.cameo[:2] in _REACTION_ROOTS and \
                                (past_root in FORCE_ROOTS or past_root == code[:2]):
                            parties = parties[:1]  # the act the noun names, one side's: its author's ("the veto")
                            # (not what sides agreed at a summit denounced: the summit was all of theirs)
                        others = [p for p in (parties if toward_all else parties[1:])
                                  if all(apart(p, s) for s in cand.sources)]
                        if others:
                            return others
        return []

    @staticmethod
    def _earlier_figure(pdoc: ParsedDoc, s: int, event: DiplomaticEvent, amount: Amount) -> list[DiplomaticEvent]:
        """"trade rose to $12 billion last year, up from $9 billion in 2021": the earlier figure is an event too."""
        start, end = pdoc.sents[s]
        toks = pdoc.tokens
        for e_i, ent in enumerate(pdoc.ents):
            if ent.label != "MONEY" or not start <= ent.start < end or ent.text == amount.text:
                continue
            head = toks[ent.end - 1]
            while head.head != head.i and toks[head.head].ent == e_i:
                head = toks[head.head]
            if head.dep != "pobj" or toks[head.head].lower != "from":
                continue
            dates = [d for d in pdoc.ents if d.label == "DATE" and ent.end <= d.start <= ent.end + 3 and d.end <= end]
            published = parse_published(pdoc.article.published_at)
            date_text = dates[0].text if dates else None
            value = resolve_date(date_text, published) if date_text else None
            # the figure it is compared with is a fact of the past, whatever the forecast ("could reach X, up from Y")
            return [replace(event, amount=parse_amount(ent.text), date_text=date_text, event_date=value,
                            modality="ASSERTED",
                            event_id=make_event_id(event.article_id, event.event_id, ent.start_char))]
        return []

    @staticmethod
    def _stated_refusal(event: DiplomaticEvent) -> DiplomaticEvent:
        """"Guyana would not negotiate its borders": the negated talks, and the refusal stated now (125), as "refused
        to sign" is a negated signing and a rejection (see the gold conventions)."""
        cameo = lookup(rejection_code(event.cameo_code))
        return replace(event, cameo_code=cameo.code, cameo_root=cameo.root, cameo_name=cameo.name,
                       quad_class=cameo.quad_class, goldstein=cameo.goldstein, plover_type=cameo.plover_type,
                       modality="ASSERTED", event_id=make_event_id(event.event_id, cameo.code),
                       why=[*event.why, f"codes:{cameo.code} for the refusal a future negation states"])

    @staticmethod
    def _conflict_parties(cand: Candidate, history: list[tuple[str, list[Actor]]], symmetric: set[int]
                          ) -> list[Actor]:
        """"China called for restraint": an appeal with no addressee goes to the parties of the latest fighting
        between two sides (an attack told with one side only, "the paramilitaries attacked a hospital", names no
        more than one of them)."""
        mine = {a.country for a in cand.sources}
        fights = [parties for code, parties in history if code[:2] in FORCE_ROOTS or code[:2] == "13"]
        two_sided = [parties for parties in fights if len(parties) > 1]
        return [p for p in (two_sided or fights or [[]])[-1] if p.country not in mine]

    @staticmethod
    def _counterpart(cand: Candidate, history: list[tuple[str, list[Actor]]], states_only: bool = False
                     ) -> list[Actor]:
        """A reaction with no named target answers the latest event its source took part in (``states_only``: the
        latest with another state)."""
        mine = {a.country for a in cand.sources}
        armed = {party_side(a) for a in cand.sources if a.role == "REB"}  # "The Houthis vowed to respond" to strikes
        for _code, parties in reversed(history):
            others = [p for p in parties if p.country not in mine and p.country
                      and not (states_only and p.role == "IGO")]
            if others and (mine & {p.country for p in parties if p.role not in NON_STATE_ROLES}  # a state act, not
                           or armed & {party_side(p) for p in parties}):  # its protesters'; an act of its own
                return others  # with no other party answers no one; an armed group's act, or an act on it, does
        return []

    def _domestic_protest(self, pdoc: ParsedDoc, s: int, actors: ArticleActors, cand: Candidate
                          ) -> tuple[list[Actor], list[Actor]]:
        """Protesters without a named country protest where they are: the place of the protest's own phrase ("in
        several Libyan cities"), else the sentence's place (one it puts something in or at first: "Britain reopened
        its embassy in Tehran, years after it was stormed by protesters"), else the dateline's, else a country the
        sentence names otherwise. A foreign mission's country is not where it stands ("outside the Hungarian
        embassy")."""
        start, end = pdoc.sents[s]
        toks = pdoc.tokens
        own = {k for p in pdoc.kids(cand.trigger, "prep") if p.lower in _PLACING_PREPS for k in pdoc.subtree(p.i)}
        # (its own phrase first: "after she met her Israeli counterpart in Rome, sparking protests in several
        # Libyan cities")
        places = [(ent.start not in own, toks[ent.end - 1].dep != "pobj" or
                   toks[toks[ent.end - 1].head].lower not in _PLACING_PREPS, actor)
                  for e_i, ent in enumerate(pdoc.ents) if start <= ent.start < end and
                  (ent.label == "GPE" or (ent.label == "NORP" and ent.start in own))
                  and (actor := actors.by_ent.get(e_i)) is not None and actor.role != "IGO"
                  and not owns_mission(pdoc, ent.end - 1)]
        placed = [p for p in places if not (p[0] and p[1])]
        country = min(placed, key=lambda p: p[:2])[2].country if placed else actors.home or \
            (places[0][2].country if places else None)
        if country is None:
            return [], cand.targets
        source = make_actor("protesters", country, "CVL", None)
        cand.placed_protesters = True
        return [source], cand.targets or [country_actor(country, "GOV")]

    @classmethod
    def _dyads(cls, cand: Candidate) -> list[tuple[Actor, Actor | None, list[Actor]]]:
        """Who did it to whom: (source, target, participants) per event told."""
        dyads = cls._pairs(cand)
        if not dyads and cand.alone and cand.sources:
            # its targets were its own side ("is willing to withdraw its troops"): the act stands with target null
            return [(src, None, [src]) for src in _uniq(cand.sources)]
        return dyads

    @staticmethod
    def _pairs(cand: Candidate) -> list[tuple[Actor, Actor | None, list[Actor]]]:
        sources = _uniq(cand.sources)
        targets = [a for k, a in enumerate(cand.targets) if all(b.code != a.code for b in cand.targets[:k])]
        if cand.alike and not targets:
            return []  # co-subjects reacting alike to a deed whose author is unknown: not to each other
        mutual = cand.rule.symmetric and _several_sides(cand)  # "the government and the ELN extended their truce"
        if cand.solo and not targets and not _joint_commitment(cand) and not mutual:
            return [(src, None, [src]) for src in sources]
        pairwise = cand.cameo[:2] in _DOMESTIC_ROOTS and sources and targets  # "X clashed with troops and police"
        if cand.rule.symmetric and not cand.separate and not pairwise and cand.cameo[:2] != "03":
            # (an intent to meet is the intending side's, toward each other party: "offered to host talks between
            # the two sides" is Turkey's offer to each)
            parties = _uniq(sources + targets)
            if len(parties) >= 3:
                return [(parties[0], None, parties)]
            if len(parties) == 2:
                return [(parties[0], parties[1], parties)]
            if len(parties) == 1 and parties[0].role == "IGO" and cand.cameo[:2] == "04" and sources:
                return [(parties[0], None, parties)]
            return []
        if cand.cameo == "043" and len(sources) == 1 and len({t.country for t in targets}) >= 2 and \
                not cand.separate:
            # "after hosting his counterparts from Qatar, the UAE and Bahrain": one gathering of them all, told once
            # toward the first guest with every party among its participants (not "hosted A and B separately")
            return [(sources[0], targets[0], _uniq(sources + targets))]
        joint = cand.cameo[:2] in _JOINT_COMMITMENT_ROOTS and cand.cameo not in ONE_SIDED_CODES
        if (cand.separate or joint) and len(sources) > 1 and not targets:
            sources, targets = sources[:1], sources[1:]
        co_countries = {a.country for a in sources}
        if len(sources) > 1 and (outside := [t for t in targets if t.country not in co_countries]):
            targets = outside  # "Egypt and Sudan rejected measures by Ethiopia on the Blue Nile": the co-sources
            # act together toward Ethiopia, not toward each other (a place of one of them is no target)
        out = []
        for src in sources:
            for tgt in targets:
                if tgt.country != src.country or (tgt.country is None and is_named(src) and is_named(tgt)
                                                  and src.name != tgt.name):
                    out.append((src, tgt, [src, tgt]))
                elif _domestic(src, tgt, cand.cameo[:2]):
                    out.append((src, tgt, [src]))
        return out

    def _event(self, pdoc: ParsedDoc, s: int, cand: Candidate, source: Actor, target: Actor | None,
               participants: list[Actor]) -> DiplomaticEvent:
        art, tok = pdoc.article, pdoc.tokens[cand.trigger]
        code = cand.cameo
        if code[:2] == "19" and source.role in _PEOPLE_ROLES:
            code = "145"  # protesters clashing: a riot
        elif code == "145" and source.role not in _PEOPLE_ROLES:
            code = "190"  # "police stormed the embassy": an assault, not a riot
        elif code == "141" and source.role in _OFFICIAL_ROLES:
            code = "114"  # "drawing a strong protest from Tokyo": a government protests officially, not in the street
        cameo = lookup(code)
        why = list(cand.why) or ["candidates:trigger table"]
        if code != cand.cameo:
            reason = {"145": "protesters clashing", "114": "a government protesting"}.get(
                code, "state or armed forces storming")
            why.append(f"codes:{code} for {reason}")
        if cand.refusal:
            modality, how = "ASSERTED", "refusal to yield"
        elif cand.modality:
            modality, how = cand.modality, "classifier"
        elif "answered" in cand.rule.options:
            modality, how = "ASSERTED", "a request answered"  # "will deploy police at the request of X": asked
        else:
            modality, how = modality_of(pdoc, cand.trigger, cameo.root), "clause rules"
        scope = self._scope(pdoc, cand.trigger)
        date_text, event_date = self._date(pdoc, s, scope, modality == "PLANNED")
        if "answered" in cand.rule.options:  # the clause's date is when the request was answered, not made
            date_text, event_date = None, None
        elif modality == "ASSERTED" and date_text and _AHEAD.search(date_text) and cameo.root not in ("03", "13"):
            modality = "PLANNED"  # "meets X next week": the date points ahead
            date_text, event_date = self._date(pdoc, s, scope, True)
        if event_date is None and modality in ("ASSERTED", "NEGATED"):
            date_text, event_date = self._paragraph_date(pdoc, s)  # "On Tuesday, X met Y. They also signed ..."
        why.append(f"modality:{modality} from {how}" + (f", date {date_text!r}" if date_text else ""))
        location = self._location(pdoc, scope, cand)
        # (and agreements signed: "an agreement on investments worth 2 billion US dollars was signed")
        amount = self._amount(pdoc, scope) if cameo.root in _ECONOMIC_ROOTS or cameo.code == "057" else None
        if cand.confidence is not None:
            confidence = cand.confidence
        else:  # the rules alone: how directly the parse gave the parties
            confidence = 0.55 + (0.2 if cand.direct else 0.0) + (0.1 if target is not None else 0.05)
            confidence -= 0.05 if cand.rule.pos == "NOUN" else 0.0
            confidence -= 0.05 if modality != "ASSERTED" else 0.0
        event_id = make_event_id(art.id, tok.idx, cameo.code, source.code, target.code if target else "",
                                 *sorted(a.code for a in participants))
        return DiplomaticEvent(
            event_id=event_id, article_id=art.id, published_at=art.published_at, sentence=pdoc.sent_text(s),
            source=source, target=target, participants=participants, cameo_code=cameo.code,
            cameo_root=cameo.root, cameo_name=cameo.name, quad_class=cameo.quad_class, goldstein=cameo.goldstein,
            plover_type=plover_type_of(cameo, modality, modality == "NEGATED" and is_refusal(pdoc, cand.trigger),
                                       tok.lemma.lower()),
            modality=modality, event_date=event_date, date_text=date_text,
            location=location, amount=amount, trigger=tok.text, confidence=round(min(confidence, 0.99), 2),
            extractor_version=self.version, url=art.url, why=why,
        )

    @staticmethod
    def _scope(pdoc: ParsedDoc, i: int) -> list[int]:
        """Tokens of the trigger's own clause (its governing verb's for a noun), nested clauses left out."""
        toks = pdoc.tokens
        j = _clause_verb(pdoc, i)
        inside = set(pdoc.ancestors(i)) | {i}
        out, stack = [], [j]
        while stack:
            k = stack.pop()
            out.append(k)
            # (a coordinated verb is a clause of its own: "agreed to set up a committee and pledged to meet in May")
            stack.extend(c for c in pdoc.children[k] if c in inside or (
                toks[c].dep not in _CLAUSE_DEPS and not (toks[c].dep == "conj" and toks[c].pos in ("VERB", "AUX"))))
        return sorted(out)

    def _date(self, pdoc: ParsedDoc, s: int, scope: list[int], future: bool) -> tuple[str | None, str | None]:
        start, end = pdoc.sents[s]
        in_scope = set(scope)
        # another clause's date: a relative clause's, a coordinated verb's, or that of a clause said beside the
        # trigger's ("The meeting ... ended without a breakthrough, but both sides agreed to meet again next month,
        # the State Department said": not the meeting's date)
        above = in_scope | {k for j in scope for k in pdoc.ancestors(j)}
        nested = {k for t in pdoc.tokens[start:end] if t.dep in ("relcl", "acl") or
                  (t.dep == "conj" and t.pos in ("VERB", "AUX")) or (t.dep == "ccomp" and t.i not in above)
                  for k in pdoc.subtree(t.i)}
        ents = [e for e in pdoc.ents if e.label == "DATE" and start <= e.start < end and
                (e.start in in_scope or e.start not in nested) and not _in_dateline(pdoc, e.start)
                and not _names_a_thing(pdoc, e.end - 1) and not _bounds_a_span(pdoc, e.start, e.end)]
        ents.sort(key=lambda e: e.start not in in_scope)
        published = parse_published(pdoc.article.published_at)
        for e in ents:
            # "will provide aid ..., the ministry said on Tuesday": the day it was said is past, whatever the act
            value = resolve_date(e.text, published, future and not _dates_the_saying(pdoc, e.start, in_scope))
            if value:
                return e.text, value
        return None, None

    def _paragraph_date(self, pdoc: ParsedDoc, s: int) -> tuple[str | None, str | None]:
        """The date told earlier in the same paragraph carries to a later sentence that gives none of its own
        (only a date of the past or present: a date ahead would make the later act a plan)."""
        text = pdoc.article.text
        start = pdoc.tokens[pdoc.sents[s][0]].idx
        para_start = text.rfind("\n", 0, start) + 1
        for s2 in range(s - 1, -1, -1):
            if pdoc.tokens[pdoc.sents[s2][0]].idx < para_start:
                break
            date_text, value = self._date(pdoc, s2, [], False)
            if value is not None:
                return (date_text, value) if not _AHEAD.search(date_text or "") else (None, None)
        return None, None

    def _location(self, pdoc: ParsedDoc, scope: list[int], cand: Candidate) -> Location | None:
        toks = pdoc.tokens
        for i in scope:
            t = toks[i]
            if t.ent < 0 or t.dep != "pobj" or toks[t.head].lower not in _LOC_PREPS:
                continue
            ent = pdoc.ents[t.ent]
            if ent.label in ("GPE", "LOC", "FAC"):
                return self._place(ent.text)
        trig = toks[cand.trigger]
        if trig.dep == "relcl" and any(k.lower == "where" for k in pdoc.kids(trig.i, "advmod")):
            head = toks[trig.head]  # "visited Anapa, where he met ...": the meeting was in Anapa
            if head.ent >= 0 and pdoc.ents[head.ent].label in ("GPE", "LOC", "FAC"):
                return self._place(pdoc.ents[head.ent].text)
        if cand.cameo == "042":
            for k in pdoc.kids(cand.trigger, "dobj"):
                if k.ent >= 0 and pdoc.ents[k.ent].label == "GPE":
                    return self._place(pdoc.ents[k.ent].text)
        return None

    def _place(self, name: str) -> Location:
        place = self.gaz.place(name)
        if place is None:
            return Location(name=name)
        return Location(name=name, country=place.country, lat=place.lat, lon=place.lon)

    @staticmethod
    def _amount(pdoc: ParsedDoc, scope: list[int]) -> Amount | None:
        in_scope = set(scope)
        for e in pdoc.ents:
            if e.label == "MONEY" and e.start in in_scope:
                return parse_amount(e.text)
        return None


def _met_in_the_clause_before(pdoc: ParsedDoc, actors: ArticleActors, i: int, mine: set[str | None]) -> list[Actor]:
    """Whom the verb that the clause of ``i`` is coordinated with met or visited ("where he met President Zelenskiy
    and pledged ... in military aid")."""
    toks = pdoc.tokens
    verb = toks[_clause_verb(pdoc, i)]
    first = toks[verb.head]
    if verb.dep != "conj" or first.lemma.lower() not in _MEETING_VERBS:
        return []
    return [a for o in pdoc.kids(first.i, "dobj") for a in actors.at(o.i) if a.country and a.country not in mine]


def _mourned_places(pdoc: ParsedDoc, actors: ArticleActors, i: int, mine: set[str | None]) -> list[Actor]:
    """The country a loss that condolences ``i`` are offered for happened in, named in a phrase of the noun or its
    verb ("for the victims of the floods in Pakistan", "to the families of those killed in Istanbul")."""
    toks = pdoc.tokens
    spots = [i, toks[i].head] if toks[i].dep == "dobj" else [i]
    phrases = [p.i for t in spots for p in pdoc.kids(t, "prep") if p.lower in _MOURNING_PREPS]
    for k in (k for p in phrases for k in pdoc.subtree(p)):
        if toks[k].ent >= 0 and pdoc.ents[toks[k].ent].label == "GPE":
            found = [country_actor(a.country, None) for a in actors.at(k) if a.country and a.country not in mine]
            if found:
                return found[:1]
    return []


def _place_before(pdoc: ParsedDoc, actors: ArticleActors, s: int) -> list[Actor]:
    """The country of the last place the sentence before ``s`` puts something in, at or near ("killed 12 people in
    Mogadishu"), as a party of no role (its people)."""
    start, end = pdoc.sents[s - 1]
    toks = pdoc.tokens
    places = [a.country for k in range(start, end) if toks[k].dep == "pobj" and toks[k].ent >= 0 and
              toks[toks[k].head].lower in _PLACING_PREPS for a in actors.at(k) if a.country]
    return [country_actor(places[-1], None)] if places else []


def _describes_the_told(pdoc: ParsedDoc, i: int) -> bool:
    """Is ``i`` a participle on a noun with "the" or "this" ("The agreement, signed in Addis Ababa by ...")? It
    describes a thing already known, whose making, if the article told it, is that act again."""
    tok = pdoc.tokens[i]
    return tok.dep == "acl" and tok.tag == "VBN" and \
        any(d.lower in ("the", "this") for d in pdoc.kids(tok.head, "det"))


def _uncoded_deed_doers(pdoc: ParsedDoc, actors: ArticleActors, i: int, mine: set[str | None]) -> list[Actor]:
    """Who did the deed the object of judgement ``i`` names ("welcomed the arrests", "condemned the killings"):
    the subject of the latest verb of that word, in the sentence or the two before, of another side than ``mine``."""
    toks = pdoc.tokens
    nouns = {o.lemma.lower() for o in pdoc.kids(i, "dobj") if o.pos == "NOUN" and is_definite(pdoc, o.i)}
    if not nouns:
        return []
    start = pdoc.sents[max(toks[i].sent - 2, 0)][0]
    for verb in range(i - 1, start - 1, -1):
        lemma = toks[verb].lemma.lower()
        if toks[verb].pos == "VERB" and (lemma in nouns or lemma + "ing" in nouns):
            doers = [a for k in pdoc.kids(verb, "nsubj")  # ("their officers had arrested": their side's)
                     for a in actors.at(k.i) or [b for p in pdoc.kids(k.i, "poss") for b in actors.at(p.i)]
                     if a.country and a.country not in mine]
            if doers:
                return doers
    return []


def _responded_to(pdoc: ParsedDoc, actors: ArticleActors, i: int) -> list[Actor]:
    """The authors of the deed act ``i`` (or the light verb it is the object of) answers in a response phrase ("in
    response to a speech by X", "in retaliation for X's strikes", "in response to X's decision"): the by-phrase's
    or the owner's parties."""
    toks = pdoc.tokens
    verbs = [i, toks[i].head] if toks[i].dep == "dobj" else [i]
    nouns = [o.i for v in verbs for p in pdoc.kids(v, "prep") if p.lower in ("in", "as")
             for o in pdoc.kids(p.i, "pobj") if o.lemma.lower() in _RESPONSE_NOUNS]
    deeds = [o for n in nouns for o in prep_objects(pdoc, n, _RESPONSE_PREPS)]
    authors = [k for d in deeds for k in prep_objects(pdoc, d, _BY)]
    authors += [k.i for d in deeds for k in pdoc.kids(d, "poss", "compound", "amod") if k.ent >= 0]
    return [a for k in authors for a in actors.at(k) if a.country]


def _answered_in_the_clause_above(pdoc: ParsedDoc, actors: ArticleActors, i: int,
                                  history: list[tuple[str, list[Actor]]], mine: set[str | None]) -> list[Actor]:
    """The party whose act answers act ``i``, told in the clause a time clause of ``i`` hangs on ("X protested to Y
    after Y's ships fired at a ship": X), where the latest event told is that party's grievance (a protest,
    rejection, threat or downgrade of relations) toward the doer's side: an act with no party named is what it
    suffered."""
    toks = pdoc.tokens
    clause = next((j for j in [i, *pdoc.ancestors(i)[:2]] if toks[j].dep == "advcl"), None)
    if clause is None or not any(m.lower in _TIME_CLAUSE_MARKS for m in pdoc.kids(clause, "mark")):
        return []
    answering = [a.country for k in pdoc.kids(toks[clause].head, "nsubj") for a in actors.at(k.i)
                 if a.country and a.country not in mine and a.role != "IGO"]
    if not answering or not history:
        return []
    code, parties = history[-1]
    if code[:2] not in _GRIEVANCE_ROOTS or parties[0].country != answering[0] or \
            not any(p.country in mine for p in parties[1:]):
        return []  # (not an answer in force: "ordered the army to raise its combat readiness hours after Kosovo
        # police arrested three ethnic Serb officials" tells no Serbian officials arrested)
    return [country_actor(answering[0], None)]


def _latest_told_to(history: list[tuple[str, list[Actor]]], mine: set[str | None], kind: Callable[[str], bool],
                    by_others: bool = False) -> list[Actor]:
    """The other parties of the latest event of ``kind`` done by the side ``mine`` (``by_others``: by another side),
    none of them of that side: where its latest visit or aid went, toward whom another's like reaction went."""
    return next(([p for p in parties[1:] if p.country not in mine] for code, parties in history[::-1]
                 if kind(code) and parties and (parties[0].country in mine) != by_others), [])


def _struck_places(pdoc: ParsedDoc, i: int) -> list[int]:
    """Named places of what act ``i`` struck: "strikes on nine sites in Pakistan", "shelled villages near Kherson"
    (the object, or the object of "on", "at" or "against", and the place phrase on it)."""
    hit = pdoc.kids(i, "dobj") + [pdoc.tokens[k] for k in prep_objects(pdoc, i, _STRUCK_PREPS)]
    return [k for h in hit for p in pdoc.kids(h.i, "prep") if p.lower in _PLACING_PREPS
            for o in pdoc.kids(p.i, "pobj") for k in pdoc.subtree(o.i)
            if (span := pdoc.ent_of(k)) is not None and span.label == "GPE"]  # ("in Pakistan and Pakistani
    # Kashmir", parsed with "Pakistan" a modifier of "Kashmir")


def _latest_author_toward(history: list[tuple[str, list[Actor]]], mine: set[str | None],
                          kind: Callable[[str], bool]) -> list[Actor]:
    """The author of the latest event of ``kind`` another side did to the side ``mine`` (as a one-item list, or
    empty): whom a denial of charges, or a threat, answers when it names no one."""
    return [parties[0] for code, parties in history if kind(code) and parties[0].country and
            parties[0].country not in mine and any(p.country in mine for p in parties[1:])][-1:]


def _latest_addressees(history: list[tuple[str, list[Actor]]], mine: set[str | None]) -> list[Actor]:
    """Every other party of the side ``mine``'s latest act (an act told toward several parties is several history
    entries of one code: "called on Somalia and Ethiopia")."""
    out: list[Actor] = []
    latest = None
    for code, parties in reversed(history):
        if not parties or parties[0].country not in mine:
            continue
        if latest is not None and code != latest:
            break
        latest = code
        out += [p for p in parties[1:] if p.country not in mine and all(p.country != q.country for q in out)]
    return list(reversed(out))


def _request_carrier_addressees(pdoc: ParsedDoc, actors: ArticleActors, i: int) -> list[Actor]:
    """Whom the verb a request participle ``i`` hangs on sent it to ("sent a diplomatic note to India asking for
    ...": India)."""
    tok = pdoc.tokens[i]
    if tok.dep not in ("advcl", "acl") or tok.tag != "VBG":
        return []
    verb = tok.head if tok.dep == "advcl" else pdoc.tokens[tok.head].head
    return [a for k in prep_objects(pdoc, verb, _TO) for a in actors.at(k)]


def _asks_release(pdoc: ParsedDoc, i: int) -> bool:
    """Does appeal or demand ``i`` ask for someone's release ("demanded his release", "called for the freeing of
    the crew")?"""
    asked = pdoc.kids(i, "dobj") + [pdoc.tokens[k] for k in prep_objects(pdoc, i, _FOR)]
    return any(o.lemma.lower() in _RELEASE_NOUNS for o in asked)


def _bare_appeal(cand: Candidate) -> bool:
    """An appeal with a source and no addressee ("China called for restraint"): it goes to the fighting parties."""
    return not cand.targets and bool(cand.sources) and cand.cameo[:2] == "02" and cand.rule.lemma in _BARE_APPEALS


def _dates_the_saying(pdoc: ParsedDoc, k: int, scope: set[int]) -> bool:
    """Is date token ``k`` outside the event's clause and on a speech verb ("the ministry said on Tuesday")?"""
    if k in scope:
        return False
    toks = pdoc.tokens
    j = toks[k].head
    if toks[j].dep == "pobj":  # the date entity's head word, then its preposition
        j = toks[toks[j].head].head
    elif toks[j].dep == "prep":
        j = toks[j].head
    return toks[j].lemma in _SPEECH_VERBS and toks[j].pos == "VERB"


def _done_by_no_crowd(pdoc: ParsedDoc, actors: ArticleActors, i: int) -> bool:
    """Is the subject of verb ``i`` a thing, no party nor people counted ("fallen trees blocked roads", "floods
    cut off the town"), or armed men ("dozens of fighters stormed the base", "paratroopers stormed the tower")?
    Then no unnamed protesters did it."""
    tok = pdoc.tokens[i]
    verb = pdoc.tokens[tok.head].head if tok.dep == "pobj" else i  # a noun's: "returned to the streets"
    for s in pdoc.kids(verb, "nsubj"):
        whole = pdoc.tokens[w] if (w := whole_of_part(pdoc, s.i)) is not None else s
        role = noun_role(whole)
        if role in ARMED_ROLES or (s.pos == "NOUN" and role is None and s.lower not in _QUANTITY_NOUNS) or \
                (s.pos == "PROPN" and s.ent >= 0 and not actors.at(s.i)):  # a name that is no party ("Calm
            return True  # returned to the streets of Bissau", tagged a person)
    return False

