"""Actor coding: who a mention is (country or IGO, role) and what it refers back to within the article.

Actor code convention (CAMEO-style, documented in the README):

* ``country`` is ISO 3166-1 alpha-3 (Kosovo XKX) or an IGO code (UNO, EUR, NATO, CIS, ...).
* ``role`` is one of HEAD GOV MIL DIP LEG JUD BUS MED OPP REB CVL IGO, or null for a bare country.
* ``code`` = country + "GOV" + role for the state's executive roles HEAD, DIP and MIL
  (RUSGOVHEAD, RUSGOVDIP, RUSGOVMIL); country + role otherwise (RUSGOV, RUSLEG, RUSREB, RUSCVL);
  the bare country for a bare country (RUS); "IGO" + code for organisations (IGOUNO, IGOCSTO).

Roles come from titles and appositions ("Russia's Foreign Minister X", "the Azerbaijani defense
minister", "Russian ambassador to Azerbaijan X": the country after "to"/"in" is the posting, not
the nationality), capitals stand for governments ("Moscow said" = RUS GOV), and later mentions
(surname, "the diplomat", "he", "the two countries") resolve to actors named earlier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .dates import parse_published
from .doc import QUOTE_MARKS, ParsedDoc, Span, Tok
from .gazetteer import Gazetteer, load_gazetteer, load_lexicon, read_data_csv
from .records import Actor

__all__ = ["ARMED_ROLES", "NON_STATE_ROLES", "ActorCoder", "ArticleActors", "UNKNOWN_COUNTRY", "abbreviated_title",
           "actor_code", "is_named", "make_actor", "party_side", "side_or_name"]

_STATE_ROLES = ("HEAD", "DIP", "MIL")
# the words that refer back live in data/lexicon.json, read once at import
_LEX = load_lexicon()
_BLOC_SEATS: dict[str, str] = _LEX["bloc_seats"]  # "Brussels" for the EU, once the EU is named
_PRONOUNS_PERSON: frozenset[str] = _LEX["person_pronouns"]
_NAME_LABELS = frozenset(("GPE", "LOC", "FAC", "ORG", "NORP"))  # what a leader's name may be misread as (not "Friday")
_INDIVIDUAL_NOUNS = frozenset(_LEX["individual_nouns"]) | frozenset(_LEX["name_titles"])  # what "him" may be
_PRONOUNS_GROUP: frozenset[str] = _LEX["group_pronouns"]
_FIRST_PERSON: frozenset[str] = _LEX["first_person_pronouns"]
_GROUP_SIZES: dict[str, int] = _LEX["group_sizes"]
_GROUP_NOUNS: frozenset[str] = _LEX["group_nouns"]
_RELATIONAL_NOUNS: frozenset[str] = _LEX["relational_nouns"]  # "an ally of X": another party, by relation
_SIDE_NOUNS: frozenset[str] = _LEX["side_nouns"]
_ROLE_GROUP_NOUNS: frozenset[str] = _LEX["role_group_nouns"]
_PAIRING_PREPS = frozenset(("with", "between"))  # "met with X", "talks between X and Y": a clause's other party
_BLOC_NOUNS: frozenset[str] = _LEX["bloc_nouns"]
_IGO_TITLES: tuple[str, ...] = tuple(_LEX["organisation_titles"])  # "Secretary General X": an organisation's
_BODY_HEADS: frozenset[str] = _LEX["body_head_nouns"]
_PEOPLES: frozenset[str] = _LEX["peoples"]  # "Tigrayan": a people of a country, not its state
_ORGANISATION_NOUNS = frozenset(("group", "organisation", "organization"))  # of _BLOC_NOUNS: not only blocs
_COUNTRY_DESCRIPTIONS: dict[str, str] = _LEX["country_descriptions"]  # "the kingdom": the word of its official name
_SPOKES_WORDS: frozenset[str] = _LEX["spokesperson_words"]
_SPEECH_VERBS: frozenset[str] = _LEX["speech_verbs"]
_COUNTRY_NOUNS: frozenset[str] = _LEX["country_nouns"]
_RULING_NOUNS: frozenset[str] = _LEX["ruling_nouns"]
_PARTY_NAME_HEADS: frozenset[str] = frozenset(_LEX["party_name_heads"])  # "the Bangladesh Nationalist Party"
_GOVERNING_PARTY_WORDS: frozenset[str] = frozenset(_LEX["governing_party_words"])
_ADVERSARIES: frozenset[str] = _LEX["adversary_nouns"]  # of a government: its opposition
# bodies that act where they are: "police in Lagos" are Nigeria's (not troops or envoys, often abroad)
_PLACED_ROLES = frozenset(("GOV", "JUD", "LEG", "REB", "OPP", "CVL"))
_STATE_BODY_ROLES = frozenset(("GOV", "DIP", "MIL", "JUD", "LEG"))  # a state's own bodies: "the foreign ministry"
_FORMER_WORDS: frozenset[str] = _LEX["former_words"]  # "former president X": out of the state
_LOCAL_STATE_NOUNS: frozenset[str] = _LEX["local_state_nouns"]  # "the authorities": the latest country's state
_LOCAL_FORCE_NOUNS: frozenset[str] = frozenset(_LEX["local_force_nouns"])  # "Police detained ...": the story's
# "sanctions on 12 individuals linked to Iran's drone programme": people and bodies whose country is what they serve
_LINKABLE_NOUNS: frozenset[str] = frozenset(_LEX["linkable_nouns"])
_LINKING_VERBS: frozenset[str] = frozenset(_LEX["linking_verbs"])
_PLACE_PREPS: frozenset[str] = _LEX["place_preps"]  # "the authorities in Caracas": placed, whatever the parse
_JUNTA_NOUNS: frozenset[str] = _LEX["junta_nouns"]  # a junta rules at home: unnamed, the one named before, or home's
_HOME_GROUND_ROLES = frozenset(("OPP", "REB", "CVL"))  # a party of no named country, in a dated story: the home's
NON_STATE_ROLES = frozenset(("REB", "CVL", "OPP", "BUS", "MED"))  # rebels, people, opposition, business, media
ARMED_ROLES = frozenset(("REB", "MIL"))  # armed groups and armies: violence of theirs is an attack, not a crime
_BORDER_NOUNS: frozenset[str] = _LEX["border_nouns"]  # "both sides of the border": places
_CROSSING_VERBS = frozenset(("leave", "enter", "exit", "depart", "quit"))  # "ordered X to leave the country"
_APPEALED_ON = frozenset(("on", "upon"))  # "called on it to", "prevailed upon it to": "it" is the party asked
_APPEAL_VERBS: frozenset[str] = _LEX["bare_appeal_verbs"] | frozenset(("press", "ask", "encourage"))  # "urged them to"
_SPEAKER_PRONOUNS = frozenset(("it", "its", "they", "their", "we", "our"))  # may stand for a speaking party
# "accused it of", "warned it against", "blamed it for": prepositions after an object "it" that make it a party
_PARTY_OBJECT_PREPS = frozenset(("of", "against", "for"))
_LEADING: frozenset[str] = _LEX["leading_participles"]  # "the Saudi-led coalition", "a delegation led by X"
_OWNING: frozenset[str] = _LEX["owning_participles"]  # "a British-flagged tanker": Britain's
_COMPANY_WORDS: frozenset[str] = _LEX["company_words"]  # "the Chinese drone maker DJI": a company
_LEADING_OR_OWNING = _LEADING | _OWNING
_PHRASE_BREAKS = frozenset((",", ";", ":", "-", "–", "—", "(", ")"))
_SPORT_NAMES: frozenset[str] = _LEX["sport_names"]  # "the Indian cricket team": no party
_VISIT_NOUNS: frozenset[str] = _LEX["visit_nouns"]  # "the visit of X to Y": X and Y are its two parties
_STATE_SPEAKER_ROLES = frozenset(("GOV", "HEAD", "MIL", "DIP"))  # who speaks for a state's army
_ORG_HEADS: frozenset[str] = _LEX["org_heads"]  # "the ministry", "the army": bodies, not persons
_TRADE_BODY_WORDS: frozenset[str] = _LEX["trade_body_words"]
_MEETING_NOUNS: frozenset[str] = _LEX["occasion_nouns"]  # "at a news conference with X": a meeting with X
_MEETING_OCCASIONS = _VISIT_NOUNS | frozenset(("meeting", "talks"))  # "during the meeting, the parties ..."
_MEETING_VERBS = frozenset(("meet", "receive", "host", "visit", "hold", "welcome"))  # clauses that tell a meeting
_TOLD_ACTS: frozenset[str] = frozenset(_LEX["anaphoric_event_nouns"])  # "the mission": an act told before
_CRAFT_NOUNS: frozenset[str] = _LEX["craft_nouns"]  # ships, aircraft, vehicles: a body's when it is named
_ALLEGIANCE: frozenset[str] = _LEX["allegiance_adjectives"]  # "forces loyal to Haftar"
_RELATIVE_PRONOUNS: frozenset[str] = _LEX["relative_pronouns"]
_WINDOW_STOP_POS = frozenset(("VERB", "AUX", "SCONJ", "CCONJ", "PRON"))
_TITLE_PREPS = frozenset(("of", "for", "to", "in"))  # "Minister of Defence", "envoy to the UN", "ambassador in Kyiv"
_TIME_CLAUSE_MARKS: frozenset[str] = _LEX["time_clause_marks"]  # "protested after X entered its waters"
_INTRUDING: frozenset[str] = _LEX["intruding_verbs"]  # "violated its airspace": another's airspace
_FIRING: frozenset[str] = _LEX["firing_verbs"]
_JUDGING: frozenset[str] = _LEX["judging_verbs"]  # "what it called a provocation": whose judgement
_AIMING_PREPS = frozenset(("at", "into", "on", "toward", "towards"))
_TITLE_ABBREVIATIONS: dict[str, str] = _LEX["title_abbreviations"]  # "PM": prime minister, in capitals only
_ENVOY_WORDS: frozenset[str] = _LEX["envoy_words"]  # "ambassador", "envoy": who serves abroad
_DATELINE_ENDS = frozenset((",", "(", "-", "—", "–"))  # what follows the place a dateline names


UNKNOWN_COUNTRY = "---"  # PETRARCH's mark for a domestic actor whose country the text does not give


def actor_code(country: str | None, role: str | None, is_igo: bool = False) -> str:
    """The CAMEO-style code of an actor (see the module docstring)."""
    country = country or UNKNOWN_COUNTRY
    if is_igo or role == "IGO":
        return f"IGO{country}"
    if role is None:
        return country
    if role in _STATE_ROLES:
        return f"{country}GOV{role}"
    return f"{country}{role}"


def abbreviated_title(text: str) -> str | None:
    """The title of titles.csv that an abbreviation written in capitals stands for ("PM" -> "prime minister"); none
    for the same letters in lower case ("5 pm" is a time)."""
    return _TITLE_ABBREVIATIONS.get(text.lower()) if text.isupper() else None


@lru_cache(maxsize=1)
def party_nouns() -> dict[str, str]:
    """Common nouns that name a party ("police", "rebels", "journalists") -> role, from data/party_nouns.csv."""
    return {row["noun"]: row["role"] for row in read_data_csv("party_nouns.csv")}


def noun_role(tok: Tok) -> str | None:
    """The role a party noun names, by its form or else its lemma ("police", "rebels", "journalists")."""
    nouns = party_nouns()
    return nouns.get(tok.lower) or nouns.get(tok.lemma.lower())


def party_side(actor: Actor) -> tuple[str | None, str | None]:
    """Which side an actor is on when events are told apart: its country, with a country's non-state sectors kept
    apart ("banned a rally of the opposition" and "dispersed protesters" are two acts of one government)."""
    return actor.country, actor.role if actor.role in NON_STATE_ROLES else None


def side_or_name(actor: Actor) -> object:
    """``party_side`` of an actor with a country, else its name ("Hamas" and "Fatah" of no country found are two
    sides, not one)."""
    return party_side(actor) if actor.country else actor.name


def make_actor(
    name: str, country: str | None, role: str | None, entity_type: str | None, is_igo: bool = False
) -> Actor:
    return Actor(name=name, code=actor_code(country, role, is_igo), country=country,
                 role="IGO" if is_igo else role, entity_type=entity_type)


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """Nouns of data/event_nouns.csv ("attack", "barrage", "strike"): an act, whose nationality may hang deeper
    (and, with the trigger table's nouns, ``events.event_nouns``)."""
    return frozenset(row["noun"] for row in read_data_csv("event_nouns.csv"))


@lru_cache(maxsize=None)
def _official_kind(country: str, kind: str) -> bool:
    """Does the official name of ``country`` (alpha-3, ISO 3166 via pycountry) hold ``kind`` ("kingdom" for "the
    Kingdom of Morocco")? Any country when ``kind`` is empty."""
    if not kind:
        return True
    import pycountry  # (read only when a text describes a country so: not at start-up)

    found = pycountry.countries.get(alpha_3=country)
    return found is not None and kind in getattr(found, "official_name", found.name).lower()


def _opening_place(pdoc: ParsedDoc, i: int, by_ent: dict[int, Actor]) -> Actor | None:
    """The country of the place token ``i``'s sentence opens in ("In Maputo, ..."), if it opens so, else None."""
    toks = pdoc.tokens
    start = pdoc.sents[toks[i].sent][0]
    if toks[start].lower != "in" or start + 1 >= i or (e := toks[start + 1].ent) < 0:
        return None
    place = pdoc.ents[e]
    actor = by_ent.get(e)
    if place.start != start + 1 or place.label != "GPE" or place.end >= i or toks[place.end].text != "," or \
            actor is None or not actor.country or actor.role == "IGO":
        return None
    return actor


def _led_group_country(pdoc: ParsedDoc, start: int, by_ent: dict[int, Actor]) -> str | None:
    """The country of the group a person named at token ``start`` leads ("a delegation from Afghanistan's Taliban
    administration led by acting Minister X"): the first country named in the phrase before "led by", read on the
    surface (long names garble the parse); None if the name does not follow "led by" in its own phrase."""
    toks = pdoc.tokens
    first = pdoc.sents[toks[start].sent][0]
    j = start - 1
    while j > first and start - j <= 8 and not (toks[j].lower == "by" and toks[j - 1].lower in _LEADING):
        if toks[j].text in _PHRASE_BREAKS or (toks[j].ent >= 0 and pdoc.ents[toks[j].ent].label == "PERSON"):
            return None
        j -= 1
    if j <= first or toks[j].lower != "by":
        return None
    found = None
    for k in range(j - 2, first - 1, -1):  # back to the phrase's start: a verb or a break
        if toks[k].pos in ("VERB", "AUX") or toks[k].text in _PHRASE_BREAKS:
            break
        actor = by_ent.get(toks[k].ent) if toks[k].ent >= 0 else None
        if actor is not None and actor.country and actor.role != "IGO":
            found = actor.country
    return found


def country_actor(country: str, role: str | None) -> Actor:
    """A country's part told by a role alone ("detained the 41-year-old": Poland's people; "the two sides": their
    governments), named as users read it ("Poland", not "POL")."""
    return make_actor(load_gazetteer().country_names.get(country, country), country, role, "GPE")


def is_named(actor: Actor) -> bool:
    """A named person or organisation ("Erdogan", "Amnesty International"), whatever its country: a party a
    user can look for even where the text gives no country."""
    return actor.entity_type in ("PERSON", "ORG")


def _complement_preps(pdoc: ParsedDoc, i: int) -> list[Tok]:
    """The prepositions whose object says whose noun ``i`` is: "of"/"from" ("minister of defense", "troops
    from Chad"), and "to" after an allegiance adjective ("forces loyal to Haftar")."""
    sides = [p for a in pdoc.kids(i, "amod") if a.lower in _ALLEGIANCE for p in pdoc.kids(a.i, "prep")
             if p.lower == "to"]
    return [p for p in pdoc.kids(i, "prep") if p.lower in ("of", "from")] + sides


def _name_root(pdoc: ParsedDoc, ent: Span) -> int:
    """The token of a name the rest hangs on ("Court" in "International Court of Justice")."""
    toks = pdoc.tokens
    return next((k for k in range(ent.start, ent.end) if not ent.start <= toks[k].head < ent.end or toks[k].head == k),
                ent.end - 1)


def _joined(name: str, noun: str) -> str:
    """"Russian" + "troops": "Russian troops"; a name that already ends with the noun ("Islamic State") stays."""
    return name if name.split()[-1:] == [noun] else f"{name} {noun}"


def _company_description(pdoc: ParsedDoc, mods: list[Tok]) -> list[Tok]:
    """The words that describe a company word among a name's modifiers, two words down ("the Chinese drone maker
    DJI": "drone", "Chinese"; "Russian energy giant Gazprom": "Russian", "energy")."""
    described = [d for k in mods if k.lower in _COMPANY_WORDS for d in pdoc.kids(k.i, "compound", "amod")]
    return described + [d for k in described for d in pdoc.kids(k.i, "compound", "amod")]


@dataclass
class ArticleActors:
    """Actors of one article: per entity mention, with the order they were introduced."""

    by_ent: dict[int, Actor]
    canonical: dict[int, str]  # ent index -> canonical name (full name for a surname)
    pdoc: ParsedDoc
    coder: "ActorCoder"
    groups: list = field(default_factory=list)  # (token, dep, actors) of resolved subjects and objects
    home: str | None = None  # the dateline's country
    roles: dict[int, str | None] = field(default_factory=dict)  # token -> role its words name (role_at's cache)
    # ent -> the clause it is a party of, and whether as its subject (cache)
    party_clauses: dict[int, tuple[int, bool] | None] = field(default_factory=dict)
    resolving: set[int] = field(default_factory=set)  # tokens being resolved now (a mention never stands for itself)
    described: dict[str, tuple[int, Actor]] = field(default_factory=dict)  # "coalition" -> (token, the organisation
    # described as one in apposition: "the Forces Vives, a coalition of ...")

    def at(self, i: int) -> list[Actor]:
        """Actors a token stands for (its entity, its modifiers, or what it refers back to), conjuncts included."""
        out = self._at(i)
        dep = self.pdoc.tokens[i].dep
        if out and dep in ("nsubj", "nsubjpass", "dobj") and self.pdoc.tokens[i].lower not in _PRONOUNS_GROUP:
            self.groups.append((i, dep, out))
        return out

    def role_at(self, i: int) -> str | None:
        """The role named by the words ending at token ``i``, looked up once per token."""
        if i not in self.roles:
            self.roles[i] = self.coder.role_of_phrase(self.pdoc, i)
        return self.roles[i]

    def mention(self, i: int) -> list[Actor]:
        """Actors the one mention at token ``i`` names, conjuncts left out (each is a mention of its own)."""
        return self._single(i)

    def _at(self, i: int) -> list[Actor]:
        out = self._single(i)
        tok = self.pdoc.tokens[i]
        kids = self.pdoc.kids(i, "conj", "appos")
        if tok.ent >= 0:  # hyphenated lists parse as compound chains: "Russia-Azerbaijan-Iran summit" (a
            # nationality on a named group or person is its country, no party of its own: "the Pakistani Taliban",
            # "Indian National Security Adviser Ajit Doval")
            named = self.pdoc.ents[tok.ent].label
            kids += [k for k in self.pdoc.kids(i, "compound") if k.ent >= 0 and k.ent != tok.ent and
                     not (named in ("ORG", "PERSON") and self.pdoc.ents[k.ent].label == "NORP")]
        if tok.ent >= 0 and self.pdoc.ents[tok.ent].label == "GPE":  # "Argentina, Chile, Costa Rica and ...",
            # the second name misparsed as an adverbial noun of the first
            kids += [k for k in self.pdoc.kids(i, "npadvmod") if k.ent >= 0 and self.pdoc.ents[k.ent].label == "GPE"]
        for c in kids:
            if c.dep == "appos" and c.ent < 0 and \
                    (c.lemma.lower() in _RELATIONAL_NOUNS or (out and all(a.country for a in out))):
                continue  # "Mursi, an ally of Ankara": not Turkey's; "Lavrov, Russia's minister" adds nothing new
                # (a named apposition is a list or a short name: "Belarus, Armenia and ...", "the TTP")
            more = self.at(c.i)
            role = self.role_at(c.i) if not more and out and not self._own_unknown_name(c.i) else None
            if role:  # "Kazakh authorities and protesters": the conjunct shares the country (not "the Ethiopian
                # government and Tigrayan forces": a name of its own the coder does not know)
                more = [make_actor(self.pdoc.tokens[c.i].text, out[0].country, role, None)]
            out.extend(a for a in more if a not in out)
        return sorted(out, key=lambda a: self._first_mention(a, i)) if len(out) > 1 else out

    def _role_named_as_org(self, i: int) -> bool:
        """Is token ``i`` the last word of an organisation entity the tables do not know whose words name a role
        ("coast guard", "navy")?"""
        ent = self.pdoc.ents[self.pdoc.tokens[i].ent]
        return ent.label == "ORG" and i == ent.end - 1 and self.role_at(i) is not None

    def _quote_goes_on(self, i: int) -> int | None:
        """The speaker of a quote that goes on into the sentence of token ``i``: a sentence that opens with a quote
        mark and has no speech verb of its own, after a sentence whose speech verb has a subject and that quotes."""
        pdoc = self.pdoc
        s = pdoc.tokens[i].sent
        start, end = pdoc.sents[s]
        if s == 0 or pdoc.tokens[start].text not in QUOTE_MARKS or \
                any(t.lemma in _SPEECH_VERBS for t in pdoc.tokens[start:end]):
            return None
        before = pdoc.tokens[pdoc.sents[s - 1][0]:pdoc.sents[s - 1][1]]
        if not any(t.text in QUOTE_MARKS for t in before):
            return None
        return next((k.i for t in before if t.lemma in _SPEECH_VERBS for k in pdoc.kids(t.i, "nsubj")), None)

    def _titled_co_subject(self, i: int) -> int | None:
        """"Angola's foreign minister said ..., and he accepted an invitation": a person pronoun subject of a verb
        coordinated with one whose subject is a title ("minister", "president") with no person named between them
        is that titled person, whom no name tells."""
        pdoc = self.pdoc
        tok = pdoc.tokens[i]
        verb = pdoc.tokens[tok.head]
        if tok.dep != "nsubj" or verb.dep != "conj":
            return None
        subj = next(iter(pdoc.kids(verb.head, "nsubj")), None)
        if subj is None or subj.ent >= 0 or subj.pos != "NOUN" or self.role_at(subj.i) in (None, *NON_STATE_ROLES) or \
                any(e.label == "PERSON" and subj.i < e.start < i for e in pdoc.ents):
            return None
        return subj.i

    def _title_of_parties(self, i: int) -> bool:
        """Is token ``i`` a title word the recogniser took for an organisation of its own, with an of-phrase that
        names whose it is ("the Heads of two states held negotiations")? The of-phrase tells the parties."""
        pdoc = self.pdoc
        ent = pdoc.ents[pdoc.tokens[i].ent]
        return ent.label == "ORG" and ent.end - ent.start == 1 and self.role_at(i) is not None and \
            any(pdoc.kids(p.i, "pobj") for p in _complement_preps(pdoc, i))

    def _own_unknown_name(self, i: int) -> bool:
        """Has noun ``i`` a capitalised modifier of its own ("Tigrayan forces", "Darfuri militias")? An ethnicity
        is none ("ethnic Serb protesters in northern Kosovo" are Kosovo's, as "protesters in Kosovo" are)."""
        toks = self.pdoc.tokens
        return any((k.pos == "PROPN" or (k.pos == "ADJ" and k.text[:1].isupper())) and
                   not (k.i > 0 and toks[k.i - 1].lower == "ethnic") for k in self.pdoc.kids(i, "compound", "amod"))

    def _first_mention(self, actor: Actor, near: int) -> int:
        """Order conjoined parties as written."""
        for e_i, a in self.by_ent.items():
            if a is actor:
                return self.pdoc.ents[e_i].start
        return near

    def _single(self, i: int) -> list[Actor]:
        """The actors of the one mention at token ``i``; none while ``i`` is being resolved already ("none of them
        has proposed": "them" looks back to the subject "none", whose of-phrase is "them")."""
        if i in self.resolving:
            return []
        self.resolving.add(i)
        try:
            return self._resolve(i)
        finally:
            self.resolving.discard(i)

    def _resolve(self, i: int) -> list[Actor]:
        pdoc = self.pdoc
        tok = pdoc.tokens[i]
        if tok.ent >= 0 and not self._title_of_parties(i):
            actor = self.by_ent.get(tok.ent)
            if actor or not self._role_named_as_org(i):
                return [actor] if actor else []
            # "its coast guard" recognised as an organisation of no known name: a party noun, read as one
        low = tok.lower
        if (speech := self._speech_verb(i)) is not None:  # "Algeria said it opposed ...", "Clinton said he would"
            if (speaker := self._speaker_of(i, speech)) is not None:
                return self.at(speaker)
            if low in ("it", "its") and self._speech_subject(speech) is None:
                return []  # "warning that it would threaten": no speaker named, a thing, not a party
        if low in _FIRST_PERSON and tok.dep in ("nsubj", "poss") and (said := self._quote_goes_on(i)) is not None:
            return self.at(said)  # '"Russia has crossed a line," the minister said. "We will respond ..."'
        if low in _PRONOUNS_PERSON:
            if (titled := self._titled_co_subject(i)) is not None:
                return self.at(titled)
            if low in ("him", "her") and (noun := self._person_noun_before(i)) is not None:
                return self.at(noun)
            if low in ("his", "her") and tok.dep == "poss" and (titled := self._titled_subject(i)) is not None:
                return self.at(titled)
            return [a] if (a := self.last_person(i)) else []
        if low in _PRONOUNS_GROUP:
            return self.last_group(i, subject=low == "they")
        if low == "its" and tok.dep == "poss" and (intruded := self._intruded_owner(i)):
            return intruded
        if low in ("it", "they") and (judge := self._judge_of_what(i)):
            return judge
        if low in ("its", "their") and tok.dep == "poss" and (judged := self._judged_for(i)):
            return judged
        if low == "its" and tok.dep == "poss" and (described := self._described_subject(i)):
            return described  # "after the Central American country cut its ties with Taiwan": the country's
        if low == "it" and tok.dep == "nsubj" and (owner := self._subject_around_relative(i)) is not None:
            return self.at(owner)
        if low == "it" and tok.dep == "nsubj" and (first := self._subject_of_first_conjunct(i)):
            return first
        if low in ("it", "its") and tok.dep in ("nsubj", "nsubjpass", "poss"):
            # (not a party inside a phrase fronted before a subject "it": "In a note of protest delivered to the
            # embassy of Peru, it also requested": the ministry of the sentence before)
            fronted = frozenset(k for p in pdoc.kids(tok.head, "prep") if p.i < i for k in pdoc.subtree(p.i)) \
                if tok.dep != "poss" else frozenset()
            if tok.dep == "nsubj" and (topic := self._subject_before(i, fronted)):
                return topic
            return [a] if (a := self.last_party(i, skip=fronted)) else []
        if low == "it" and tok.dep == "dobj" and self._acted_on_as_party(i):
            return [a] if (a := self.last_party(i, besides=self._clause_subject(i))) else []
        if low == "it" and tok.dep == "pobj" and pdoc.tokens[tok.head].lower in _APPEALED_ON:
            # "accused the government of reacting too slowly and called on it to convene ...": the party the
            # sentence acted on before, else the latest party besides the caller's
            start = pdoc.sents[tok.sent][0]
            acted_on = next((j for j in range(i - 1, start - 1, -1) if pdoc.tokens[j].dep == "dobj" and
                             pdoc.tokens[j].pos in ("NOUN", "PROPN") and self.at(j)), None)
            if acted_on is not None:
                return self.at(acted_on)
            return [a] if (a := self.last_party(i, besides=self._clause_subject(i))) else []
        if low == "two" and tok.pos == "NUM" and tok.dep in ("nsubj", "nsubjpass") and \
                [d.lower for d in pdoc.kids(i, "det")] == ["the"]:
            return self.last_pair(i, None)  # "spoke with his Tajik counterpart, and the two agreed": that pair
        if low in _FIRST_PERSON or tok.pos not in ("NOUN", "PROPN"):
            return []
        if tok.lemma.lower() in _SPOKES_WORDS:  # "a spokesman for the Chinese foreign ministry": the body speaks
            spoken_for = [a for p in pdoc.kids(i, "prep") if p.lower in ("for", "of")
                          for o in pdoc.kids(p.i, "pobj") for a in self.at(o.i)]
            if spoken_for:
                return spoken_for
        if tok.lemma.lower() in _LINKABLE_NOUNS and (linked := self._linked_to(i)):
            # "sanctions on 12 individuals and three entities linked to Iran's drone programme": Iran's
            return [make_actor(tok.text, a.country, noun_role(tok), None) for a in linked[:1]]
        role = self.role_at(i)
        mods = pdoc.kids(i, "poss", "compound", "amod", "nmod")
        if role is None and low in _CRAFT_NOUNS:  # "Chinese coast guard ships", "army helicopters": the body's
            role = next((r for k in mods if k.dep == "compound" and k.pos == "NOUN" and (r := self.role_at(k.i))),
                        None)
        if any(k.lower in _SPORT_NAMES for k in mods):
            return []  # "the Indian cricket team will tour Pakistan": no party
        if role and not mods and tok.dep == "conj" and not pdoc.kids(i, "det") and \
                (possessors := [a for k in pdoc.kids(tok.head, "poss") if k.ent >= 0 for a in self.at(k.i)
                                if a.country and a.role != "IGO"]):
            # "Mozambique's government and opposition": the opposition is Mozambique's too
            return [make_actor(tok.text, possessors[0].country, role, None)]
        if (told := self.described.get(tok.lemma.lower())) is not None and told[0] < i and not mods and \
                any(d.lower == "the" for d in pdoc.kids(i, "det")):
            return [told[1]]  # "The coalition demanded his release": the organisation described as one before
        if tok.tag == "NNS" and (role or low in _GROUP_NOUNS) and any(k.lower == "our" for k in mods):
            return self.last_countries(i, 2, role)  # a diplomat's "our leaders": both sides of the relationship
        if tok.tag == "NNS" and role and tok.dep in ("nsubj", "nsubjpass") and not any(k.ent >= 0 for k in mods) and \
                any(k.lower == "their" and k.dep == "poss" for k in mods) and (subjects := self._sentence_group(i)):
            # "the Philippines and the United States said their navies would patrol": the two subjects' navies
            return [country_actor(a.country, role) if a.role != "IGO" else a for a in subjects if a.country]
        if any(k.lower == "whose" for k in mods):  # "the ministers, whose countries fought": the ministers' countries
            clause = next((j for j in pdoc.ancestors(i) if pdoc.tokens[j].dep == "relcl"), None)
            if clause is not None:
                return [country_actor(a.country, role) if a.role != "IGO" and a.country else a
                        for a in self.at(pdoc.tokens[clause].head)]
        found: list[Actor] = []
        # "the Islamic State group": the entity may sit one name deeper, on the compound that modifies the modifier
        deeper = [d for k in mods if k.pos == "PROPN" and k.ent < 0 for d in pdoc.kids(k.i, "compound", "amod")]
        if role:  # "the ELN guerrilla group": the name modifies the kind of group
            deeper += [d for k in mods if k.dep == "compound" and k.pos == "NOUN" and k.ent < 0
                       for d in pdoc.kids(k.i, "compound", "amod")]
        elif low in act_nouns():  # "a Russian missile barrage", the nationality hung on the missile: the
            # barrage's (not "Chinese coast guard spending": no act)
            deeper += [d for k in mods if k.dep == "compound" and k.pos == "NOUN" and k.ent < 0
                       for d in pdoc.kids(k.i, "amod") if d.ent >= 0 and pdoc.ents[d.ent].label == "NORP"]
        deeper += [d for k in mods if k.lower in _LEADING_OR_OWNING
                   for d in pdoc.kids(k.i, "npadvmod", "compound", "amod")]
        deeper += _company_description(pdoc, mods)  # "the Chinese drone maker DJI"
        for k in mods + deeper:
            if k.ent >= 0:
                found.extend(a for a in self.at(k.i) if a not in found)
        if not found:  # "U.S.-led coalition troops", one word the recogniser did not tag: the leading country's
            found = [country_actor(c, role) for k in mods + [d for m in mods for d in pdoc.kids(m.i, "amod")]
                     if (c := self.coder.led_by(k.text))][:1]
        if not found and role:
            for k in mods:
                if k.lower in _PRONOUNS_PERSON or k.dep == "poss":
                    found.extend(self.at(k.i))
        if not found and low in _CRAFT_NOUNS:  # "a boat chartered by the Philippine navy": the navy's boat
            found = [a for part in pdoc.kids(i, "acl") if part.tag == "VBN" and part.lower in _OWNING
                     for by in pdoc.kids(part.i, "agent") for o in pdoc.kids(by.i, "pobj") for a in self.at(o.i)]
            # "fired water cannon at its supply boat": the owner's, as "a Philippine supply boat" is the Philippines'
            found = found or [a for k in mods if k.dep == "poss" and k.pos == "PRON" for a in self.at(k.i)]
        if not found and low in _COUNTRY_NOUNS:  # "his country", "its nation": the possessor's country
            if self.home and any(k.lower == "our" and k.dep == "poss" for k in mods) and \
                    self._speech_verb(i) is None:  # "a working visit to our country" in a Baku ministry's release
                return [country_actor(self.home, None)]
            owned = [country_actor(a.country, None) for k in mods if k.dep == "poss"
                     for a in self.at(k.i) if a.country and a.role != "IGO"][:1]
            if owned or any(k.dep == "poss" for k in mods):
                return owned  # (with no owner, "the country" may stand for one named before: see below)
        if found and tok.lemma.lower() in _RELATIONAL_NOUNS and any(k.dep == "poss" for k in mods):
            # "Russia's allies": others, by relation to Russia; "the government's opponents": its opposition (not
            # "NATO allies", "its Arab allies": the kind of ally)
            return [make_actor(tok.text, a.country, "OPP", None) for a in found
                    if a.country and a.role in ("GOV", "HEAD") and tok.lemma.lower() in _ADVERSARIES][:1]
        if found:  # "the al-Shabaab commander", "a Hamas spokesman": a non-state group's man speaks and acts for it
            # ("the Taliban government" is a government)
            ruling = low in _RULING_NOUNS or tok.lemma.lower() in _RULING_NOUNS
            if ruling and role is None:
                role = "GOV"  # "the Taliban administration" (no title word: a governing body all the same)
            if (role == "MIL" or party_nouns().get(low) == "REB") and any(k.lower in _PEOPLES for k in mods):
                role = "REB"  # "Tigrayan forces", "Kachin fighters": a people's armed men, not the state's army
            with_body = {a.country for a in found if a.role is not None and a.role != "IGO"}
            # "Afghanistan's Taliban administration", "Russia's Wagner group": one party, the named body of that
            # country, not the country besides
            found = [a for a in found if a.role is not None or a.country not in with_body]
            return [a if a.role == "IGO" else
                    make_actor(_joined(a.name, tok.text), a.country,
                               a.role if a.role in NON_STATE_ROLES and not ruling else role or a.role, a.entity_type)
                    for a in found]
        if tok.lemma.lower() in _RELATIONAL_NOUNS:  # "opponents of the Maldives government": not the government
            related = [p for p in pdoc.kids(i, "prep") if p.lower == "of"]
            if related or any(k.dep == "poss" for k in mods):  # (with neither an of-phrase nor an owner, the
                # words may name a role: "opposition supporters in Nairobi")
                return [make_actor(tok.text, a.country, "OPP", None) for p in related for o in pdoc.kids(p.i, "pobj")
                        for a in self.at(o.i)
                        if a.country and a.role in ("GOV", "HEAD") and tok.lemma.lower() in _ADVERSARIES][:1]
        # "Minister of Foreign Affairs of Georgia Ilia Darchiashvili": a named object first (the office words alone
        # would stand for the last minister named)
        owners = [(obj, inner) for obj in self._owner_objects(i, role) if (inner := self.at(obj.i))]
        if owners:
            inner = next((inner for obj, inner in owners if obj.ent >= 0), owners[0][1])
            return [a if a.role == "IGO" else make_actor(a.name, a.country, role or a.role, a.entity_type)
                    for a in inner]
        worker = role or party_nouns().get(low)
        if worker and worker not in _HOME_GROUND_ROLES:
            # "judges at the International Criminal Court", "officials at the Treasury": the body they work at
            bodies = [a for p in pdoc.kids(i, "prep") if p.lower == "at" for o in pdoc.kids(p.i, "pobj")
                      if o.ent >= 0 and pdoc.ents[o.ent].label == "ORG" for a in self.at(o.i)]
            if bodies:
                a = bodies[0]
                return [a if a.role == "IGO" else make_actor(a.name, a.country, worker, a.entity_type)]
        if (worker in _PLACED_ROLES or low in _JUNTA_NOUNS) and not self._own_unknown_name(i):
            # "police in Lagos", "authorities in Pakistan", "a court in Lyon", "the junta in Niamey": that country's
            # (not "Tigrayan rebels in Pretoria": a group named otherwise; nor "troops in Syria": maybe another's)
            placed = [a for p in pdoc.kids(i, "prep") if p.lower == "in" for o in pdoc.kids(p.i, "pobj")
                      if o.ent >= 0 and pdoc.ents[o.ent].label == "GPE" for a in self.at(o.i)
                      if a.country and a.role != "IGO"]
            if placed:
                return [make_actor(_joined(placed[0].name, tok.text), placed[0].country, worker, None)]
        for led in pdoc.kids(i, "acl"):  # "the delegation led by the Speaker of Armenia's parliament": the leader's
            if led.lower in _LEADING:
                named = [k for a in pdoc.kids(led.i, "agent") for k in pdoc.subtree(a.i) if pdoc.tokens[k].ent >= 0]
                leader = next((found for k in named if (found := self.at(k))), [])
                if leader:
                    return [a if a.role == "IGO" else make_actor(a.name, a.country, role or a.role, a.entity_type)
                            for a in leader]
        dets = {k.lower for k in pdoc.kids(i, "nummod", "det", "predet", "preconj")}
        size = next((_GROUP_SIZES[d] for d in dets if d in _GROUP_SIZES), None)
        if low in _LOCAL_STATE_NOUNS and dets == {"the"} and not mods and not self._placed(i) and \
                (home := self._home_ground_subject(i)) is not None:
            # "MP X demanded that the government delay the reopening": the speaker's own, before any other
            # government named earlier ("Somalia's federal government condemned ...")
            return [make_actor(tok.text, home.country, role or "GOV", None)]
        if low in _BODY_HEADS and dets == {"the"} and not mods and (body := self.last_body(i, low)) is not None:
            return [body]  # "called on the council to lift the embargo" after "the UN Security Council voted"
        if low in _ROLE_GROUP_NOUNS and dets == {"the"} and not any(k.text[:1].isupper() for k in mods):
            # "The ministers also discussed ...": the same noun named before ("EU foreign ministers"), else the two
            # parties of the latest clause that had two (the ministers who met); not "the European leaders" after
            # "the leaders of Kazakhstan and Uzbekistan": another group, which its name tells
            toks = pdoc.tokens
            same = next((j for j in range(i - 1, -1, -1) if toks[j].lower == low and toks[j].dep != "conj"), None)
            return self.at(same) if same is not None else self.last_pair(i, role, self._clause_subject(i))
        if low in _SIDE_NOUNS and any(o.lemma.lower() in _BORDER_NOUNS for p in pdoc.kids(i, "prep") if p.lower == "of"
                                      for o in pdoc.kids(p.i, "pobj")):
            return []  # "attacks on both sides of the border": places, not the two parties
        if low in _GROUP_NOUNS and (size or (low in _SIDE_NOUNS and "the" in dets)
                                    or any(k.lower == "bilateral" for k in mods)):
            exclude = self._clause_subject(i)
            if size and size > 2 and (together := self._last_group_of(i, size, exclude)):
                return [country_actor(a.country, role) for a in together if a.country]
            return (size in (None, 2) and self.last_pair(i, role, exclude, armed=low in _SIDE_NOUNS,
                                                          opposed=self._appealed_to(i), met=self._at_a_meeting(i))) or \
                self.last_countries(i, size or 2, role, exclude=exclude)
        if low in _BLOC_NOUNS and i + 1 < len(pdoc.tokens) and \
                (igos := [a for a in self.at(i + 1) if a.role == "IGO" and pdoc.tokens[i + 1].ent >= 0]):
            return igos  # "leaving the West African bloc ECOWAS": the name after it, however the parser hung it
        if low in _BLOC_NOUNS and dets & {"the", "this"} and not _names_its_own(tok, mods):
            # "the group", "the organisation": a named armed group, party or company as well as a bloc ("Israeli jets
            # struck Hezbollah depots after the group fired rockets"); "the bloc", "the alliance": a bloc (not the
            # last word of a name the recogniser missed: "the pro-Russian Homeland Bloc")
            org = self.last_igo(i, with_groups=low in _ORGANISATION_NOUNS and not any(k.ent >= 0 for k in mods))
            return [org] if org else []
        if low in _COUNTRY_DESCRIPTIONS and dets == {"the"} and not role and \
                not any(a.country for k in mods if k.ent >= 0 for a in self.at(k.i)) and \
                (low != "state" or any(k.dep in ("amod", "compound") for k in mods)):
            # ("the North African country", "the Gulf state": a region's name is no country of its own)
            return [a] if (a := self.described_country(i, _COUNTRY_DESCRIPTIONS[low])) else []
        if low in _JUNTA_NOUNS and dets <= {"the"}:  # "called on the junta to free the president": the junta named
            earlier = next((a for j in range(i - 1, -1, -1)  # before ("Mali's junta", "Myanmar's military rulers"),
                            if self._names_a_junta(j) for a in self.at(j)), None)  # else the dateline's country's
            if earlier is not None or self.home:
                return [earlier or make_actor(tok.text, self.home, role, None)]
        if role in _STATE_BODY_ROLES and dets == {"the"} and not any(k.ent >= 0 for k in mods) and \
                (setting := self._fronted_setting(i)) is not None:
            # "In neighbouring Moldova, the foreign ministry declared ...": the ministry of the country the sentence
            # opens in
            return [make_actor(tok.text, setting.country, role, None)]
        if role and dets == {"the"} and not mods and (same_noun := self._same_noun_before(i)):
            return same_noun  # "Sudan's army recaptured the palace ... welcomed the army's advance": that army
        if low in _LOCAL_STATE_NOUNS and dets == {"the"} and not mods and not self._placed(i) and \
                (country := self._home_ground_subject(i) or self._latest_country(i)):
            # "Mali expelled the UN envoy ... Turk called on the authorities to reconsider": Mali's (not "the
            # authorities in Caracas" with the place hung on the verb)
            return [make_actor(tok.text, country.country, role or "GOV", None)]
        if low in _LOCAL_FORCE_NOUNS and self.home is None and dets <= {"the"} and not mods and \
                not self._placed(i) and (latest := self._latest_country(i)) is not None:
            # "Thousands of Georgians rallied in Tbilisi ... Police detained dozens of protesters": with no
            # dateline, the police of the latest country named (not "police in Paris", placed elsewhere; under a
            # dateline the candidates take the dateline's country)
            return [make_actor(tok.text, latest.country, role or worker, None)]
        if worker == "MIL" and dets == {"the"} and not mods and (reporter := self._reporting_state(i)) is not None:
            # "Myanmar's junta spokesman ... He also said the military would not hold talks": the speaker's army
            return [make_actor(tok.text, reporter, "MIL", None)]
        if worker == "MIL" and any(k.lower in _RULING_NOUNS for k in mods) and \
                (state := self._local_state(i)) is not None:
            # "The RSF said government forces had shelled their positions" under a KHARTOUM dateline, "regime
            # troops": the army of the country the story is in
            return [make_actor(tok.text, state, "MIL", None)]
        if (worker == "MIL" or low in _LOCAL_FORCE_NOUNS) and not any(k.ent >= 0 for k in mods) and \
                (fought := self._rebels_acting_on(i)) is not None:
            # "Colombia's ELN guerrilla group released six soldiers", "militants killed three policemen": a country's
            # rebels act on its own state's forces
            return [make_actor(tok.text, fought, worker, None)]
        if role == "REB" and dets == {"the"} and not mods and \
                (group := self._latest_named(i, lambda ent, a: ent.label != "PERSON" and a.role == "REB")) and \
                (self.home is None or group.country == self.home):
            return [group]  # "the M23 rebel group ... The rebels said": the armed group named before (one of the
            # home country's, under a dateline: "Islamic State" named in a Nigerian story leaves "the militants" local)
        if role and low not in _GROUP_NOUNS and low not in _TOLD_ACTS and tok.tag not in ("NNS", "NNPS") and \
                (a := self.last_person(i, role)):
            return [a]  # ("contribute officers to the mission": the mission told before, an act, not the last envoy
            # named; "sent extra troops": many, not the last defence minister named)
        if role == "OPP" and tok.tag == "NN" and not self._own_unknown_name(i) and \
                (governing := self._latest_named(i, lambda ent, a: a.role in ("GOV", "HEAD") and bool(a.country) and
                                              pdoc.tokens[ent.start].sent == tok.sent)) is not None:
            # "after the government of Nicolas Maduro agreed with the opposition" under a WASHINGTON dateline: the
            # opposition to the government the sentence names
            return [make_actor(tok.text, governing.country, role, None)]
        if role in _HOME_GROUND_ROLES and self.home and tok.tag == "NN" and not self._own_unknown_name(i):
            # "The opposition coalition demanded his release" under a CONAKRY dateline: the home country's (not a
            # government, which may be any the story named; nor "militants", many of whom may come from abroad)
            return [make_actor(tok.text, self.home, role, None)]
        return []

    def speaker(self, i: int) -> int | None:
        """The party pronoun ``i`` stands for when it tells the speaker's own part in what the speaker said: the
        subject of the speech verb whose clause the pronoun is the subject of ("Algeria said it opposed ...",
        "Clinton said he will visit", "the rebels said they would release"). A person pronoun needs a named person
        for a speaker and "it" a named speaker that is none ("Russia said he ...": someone else)."""
        speech = self._speech_verb(i)
        return None if speech is None else self._speaker_of(i, speech)

    def _speaker_of(self, i: int, speech: int) -> int | None:
        """:meth:`speaker`, given the speech verb ``speech`` whose reported clause pronoun ``i`` is in."""
        pdoc = self.pdoc
        subj = self._speech_subject(speech)
        if subj is None:
            return None
        ent = pdoc.ent_of(subj)
        if ent is None:  # "the minister said he ...", "the military said it ...": the noun does not tell which
            return subj
        if pdoc.tokens[i].lower in _FIRST_PERSON:  # '"we will respond," Netanyahu said': the speaker's side
            return subj
        return subj if (pdoc.tokens[i].lower in _PRONOUNS_PERSON) == (ent.label == "PERSON") else None

    def _speech_subject(self, speech: int) -> int | None:
        """The speech verb's subject, or that of the verb it is coordinated with ("X condemned ... and said ...")."""
        pdoc = self.pdoc
        subj = pdoc.kids(speech, "nsubj")
        if not subj and pdoc.tokens[speech].dep == "conj":
            subj = pdoc.kids(pdoc.tokens[speech].head, "nsubj")
        # a parser slip may make a modifier a second subject ("Sudan's paramilitary Rapid Support Forces said"):
        # the noun is the speaker
        subj = [k for k in subj if k.pos in ("NOUN", "PROPN", "PRON")] or subj
        return subj[0].i if subj else None

    def _reporting_state(self, i: int) -> str | None:
        """The country of the state official or body who says what subject ``i`` does ("He said the military would
        ..."), if a state's speaker reports it, else None."""
        pdoc = self.pdoc
        tok = pdoc.tokens[i]
        verb = pdoc.tokens[tok.head]
        if tok.dep not in ("nsubj", "nsubjpass") or verb.dep != "ccomp" or \
                pdoc.tokens[verb.head].lemma not in _SPEECH_VERBS or \
                (subject := self._speech_subject(verb.head)) is None:
            return None
        return next((a.country for a in self.at(subject) if a.country and a.role in _STATE_SPEAKER_ROLES), None)

    def _speech_verb(self, i: int) -> int | None:
        """The speech verb whose reported clause pronoun ``i`` is the subject of, or the owner of its subject."""
        pdoc = self.pdoc
        tok = pdoc.tokens[i]
        if tok.lower not in _PRONOUNS_PERSON and tok.lower not in _SPEAKER_PRONOUNS:
            return None
        head = pdoc.tokens[tok.head] if tok.dep == "poss" else tok  # "said his country will", "its troops would"
        if head.dep not in ("nsubj", "nsubjpass"):
            return None
        verb = pdoc.tokens[head.head]
        speech = pdoc.tokens[verb.head]
        return speech.i if verb.dep == "ccomp" and speech.lemma in _SPEECH_VERBS else None

    def _judge_of_what(self, i: int) -> list[Actor]:
        """Who "it" or "they" (token ``i``) is in "what it called a provocation", "what they described as
        interference": the party whose act the judgement comes with, the subject of the nearest clause above it
        that names one ("Belarus summoned Poland's envoy to protest against what it called a provocation": Belarus,
        not Poland, the latest party named)."""
        pdoc, toks = self.pdoc, self.pdoc.tokens
        judging = toks[toks[i].head]
        if toks[i].dep != "nsubj" or judging.lemma not in _JUDGING or not pdoc.judges_what(judging.i):
            return []
        for j in pdoc.ancestors(judging.i)[:4]:
            subjects = [k for k in pdoc.kids(j, "nsubj") if k.pos != "PRON"]
            if subjects and (judge := self.at(subjects[0].i)):
                return judge
        return []

    def _judged_for(self, i: int) -> list[Actor]:
        """Whose "its"/"their" (token ``i``) is in the for-phrase of a verb that judges a party ("Russia was condemned
        by the General Assembly for its invasion", "praised Qatar for its mediation"): the party judged, the verb's
        object or passive subject, not the judge named last."""
        toks = self.pdoc.tokens
        owned = toks[toks[i].head]
        prep = toks[owned.head]
        if owned.dep != "pobj" or prep.dep != "prep" or prep.lower != "for" or \
                toks[prep.head].pos not in ("VERB", "AUX"):
            return []
        judged = self.pdoc.kids(prep.head, "dobj", "nsubjpass")
        return [a for k in judged if k.pos in ("PROPN", "NOUN") for a in self.at(k.i)][:1]

    def _rebels_acting_on(self, i: int) -> str | None:
        """The country of the rebels that act on token ``i``: its verb's subject (of "released six soldiers") or
        agent (of "soldiers were killed by militants"), where that is one country's rebels."""
        pdoc, tok = self.pdoc, self.pdoc.tokens[i]
        verb = pdoc.tokens[tok.head]
        if verb.pos != "VERB" or tok.dep not in ("dobj", "nsubjpass"):
            return None
        doers = pdoc.kids(verb.i, "nsubj") if tok.dep == "dobj" else \
            [o for a in pdoc.kids(verb.i, "agent") for o in pdoc.kids(a.i, "pobj")]
        found = [a for d in doers for a in self.at(d.i)]
        countries = {a.country for a in found}
        if found and all(a.role == "REB" for a in found) and len(countries) == 1 and None not in countries:
            return countries.pop()
        return None

    def _intruded_owner(self, i: int) -> list[Actor]:
        """Whose "its" (token ``i``) is on the object of an act of intrusion ("attacked its territory", "violating
        its airspace", "interfering in its affairs", rockets fired "at its territory") when the latest party named
        is the intruder itself: the party that reports or alleges the act, the subject of the speech verb the act
        is said under ("Russia said Ukraine had attacked its territory") or of the verb of whose of-phrase it is
        ("Iran accused the United States of violating its airspace"). An intruder does not intrude on its own;
        none where the act's doer or the reporter is no party, or both are one country's."""
        pdoc, toks = self.pdoc, self.pdoc.tokens
        owned = toks[toks[i].head]
        act = prep = toks[owned.head]
        if owned.dep == "pobj" and prep.dep == "prep":
            act = toks[prep.head]
        # "fired rockets at its territory" (not "fired its rockets": its own)
        # ("opened fire on its positions": the light verb of a firing)
        fires = act.lemma in _FIRING or \
            (act.lemma == "open" and any(o.lower == "fire" for o in pdoc.kids(act.i, "dobj")))
        aimed = fires and owned.dep == "pobj" and prep.lower in _AIMING_PREPS
        if owned.dep not in ("dobj", "pobj") or not (act.lemma in _INTRUDING or aimed):
            return []
        doers = pdoc.kids(act.i, "nsubj")
        above = toks[act.head]
        if act.dep == "ccomp" and above.lemma in _SPEECH_VERBS:
            reporters = pdoc.kids(above.i, "nsubj")
        elif act.dep == "pcomp" and above.lower == "of":
            reporters = pdoc.kids(above.head, "nsubj")
            doers = doers or pdoc.kids(above.head, "dobj")
        elif act.dep == "advcl" and any(m.lower in _TIME_CLAUSE_MARKS for m in pdoc.kids(act.i, "mark")):
            reporters = pdoc.kids(above.i, "nsubj")  # "Indonesia lodged a protest after a Chinese ship entered its
            # zone": the side that answers the intrusion
        else:
            return []
        if not doers or not reporters:
            return []
        doer, reporter = self.at(doers[0].i), self.at(reporters[0].i)
        latest = self.last_party(i)
        if not doer or not reporter or latest is None or latest.country != doer[0].country or \
                {a.country for a in doer} & {a.country for a in reporter}:
            return []
        return reporter

    def last_group(self, i: int, subject: bool) -> list[Actor]:
        """"they": the latest group of parties in subject position; "them": the latest object, else the latest
        subject of the sentence other than its own clause's ("workers blocked a highway as police fired tear gas to
        disperse them": the workers)."""
        self._resolve_before(i, subjects=subject)
        for j, dep, actors in sorted(self.groups, key=lambda g: g[0], reverse=True):
            if j < i and (dep != "dobj") == subject and (len(actors) > 1 or not subject) and \
                    (self.pdoc.tokens[j].pos != "NOUN" or any(a.role for a in actors)):  # (not a thing: "burning
                return actors  # an Algerian flag before the police dispersed them": no party "them" stands for)
        if subject:
            return []
        toks = self.pdoc.tokens
        # the pronoun's verb ("detained seven of them": up from the part), and the one it is the purpose of
        # ("fired ... to disperse them")
        verbs = [v if (v := self._verb_above(i)) is not None else toks[i].head]
        if (purpose := self.pdoc.purpose_of(verbs[0])) is not None:
            verbs.append(purpose)
        own = {k.i for v in verbs for k in self.pdoc.kids(v, "nsubj", "nsubjpass")}
        start = self.pdoc.sents[toks[i].sent][0]
        for j in range(i - 1, start - 1, -1):
            if toks[j].dep != "nsubj" or j in own or toks[j].pos == "PRON":
                continue
            for _ in range(3):  # "tens of thousands of workers": the workers (not "some of them": no one new)
                if actors := self.at(j):
                    return actors
                of = [o.i for p in self.pdoc.kids(j, "prep") if p.lower == "of" for o in self.pdoc.kids(p.i, "pobj")
                      if o.pos != "PRON"]
                if not of:
                    break  # (no whole to look into: asking the same mention again finds nothing new)
                j = of[0]
        return []

    def _sentence_group(self, i: int) -> list[Actor]:
        """The latest subject before token ``i`` in its own sentence that names several parties (what "their" owns
        there), else none: a group told sentences before may not be the one meant."""
        self._resolve_before(i)
        start = self.pdoc.sents[self.pdoc.tokens[i].sent][0]
        return next((actors for j, dep, actors in sorted(self.groups, key=lambda g: g[0], reverse=True)
                     if start <= j < i and dep != "dobj" and len(actors) > 1), [])

    def _resolve_before(self, i: int, subjects: bool = True) -> None:
        """Resolve, up to token ``i``, the subjects of its sentence and the one before (or the objects of its own
        sentence), so that ``groups`` holds them whether or not an event asked for them first ("Egypt and Ethiopia
        failed to reach a deal. They agreed to meet again": no trigger in the first sentence resolved its subject;
        "convicted 12 Bahraini men of forming a cell and sentenced them": the men)."""
        toks = self.pdoc.tokens
        start = self.pdoc.sents[max(toks[i].sent - 1, 0) if subjects else toks[i].sent][0]
        known = {g[0] for g in self.groups}
        for tok in toks[start:i]:
            if subjects:
                wanted = tok.dep in ("nsubj", "nsubjpass") and tok.lower not in _PRONOUNS_GROUP
            else:
                wanted = tok.dep == "dobj" and tok.pos in ("NOUN", "PROPN")
            if wanted and tok.i not in known:
                self.at(tok.i)

    def _described_subject(self, i: int) -> list[Actor]:
        """The country a description ("the country", "the nation") names as the subject of the verb whose object
        "its" (token ``i``) owns: no name, so :meth:`last_party` would pass it over ("the Central American country
        cut its ties")."""
        toks = self.pdoc.tokens
        owner = toks[toks[i].head]
        if owner.dep != "dobj":
            return []
        subjects = self.pdoc.kids(owner.head, "nsubj")
        if len(subjects) != 1 or subjects[0].i > i or subjects[0].lower not in _COUNTRY_DESCRIPTIONS:
            return []  # (not "Togo said Ghanaian troops seized its boat": the speaker's boat)
        return [a for a in self.at(subjects[0].i) if a.country]

    def _subject_before(self, i: int, skip: frozenset[int]) -> list[Actor]:
        """A subject "it" that opens its sentence's clauses (no party named before it there but in ``skip``) goes on
        with the body or state the sentence before was about, its main clause's subject ("In Algiers, the foreign
        ministry condemned ... saying that any infrastructure built in Western Sahara ... In a second statement it
        accused Rabat": the ministry, not Western Sahara); none where that subject is a person or no party."""
        pdoc = self.pdoc
        toks = pdoc.tokens
        sent = toks[i].sent
        start = pdoc.sents[sent][0]
        if sent == 0 or any(toks[k].ent >= 0 and k not in skip and self.at(k) for k in range(start, i)):
            return []
        prev_start, prev_end = pdoc.sents[sent - 1]
        root = next((k for k in range(prev_start, prev_end) if toks[k].dep == "ROOT"), None)
        subject = next((k for k in pdoc.kids(root, "nsubj")), None) if root is not None else None
        if subject is None or subject.pos == "PRON" or \
                (subject.lemma.lower() in self.coder.gaz.titles and subject.lemma.lower() not in _ORG_HEADS) or \
                (subject.ent >= 0 and pdoc.ents[subject.ent].label == "PERSON"):
            return []  # ("The minister said ...": "it" is no person)
        return [a for a in self.at(subject.i) if a.entity_type != "PERSON"]

    def last_party(self, i: int, besides: frozenset[str | None] = frozenset(),
                   skip: frozenset[int] = frozenset()) -> Actor | None:
        """"it"/"its": the latest country or organisation named in this sentence or the one before (none of the
        countries ``besides``, none at the tokens ``skip``)."""
        sent = self.pdoc.tokens[i].sent
        best = None
        for e_i, ent in enumerate(self.pdoc.ents):
            if ent.start >= i:
                break
            actor = self.by_ent.get(e_i)
            if actor is not None and ent.label in ("GPE", "ORG") and self.pdoc.tokens[ent.start].sent >= sent - 1 \
                    and actor.country not in besides and ent.start not in skip:
                best = actor if (held := self._placed_holder(ent.end - 1)) is None else held
        return best

    def _placed_holder(self, k: int) -> Actor | None:
        """The party a place ``k`` names where it is: "its embassy in Tehran ... after it was stormed" (the embassy,
        not the city)."""
        toks = self.pdoc.tokens
        prep = toks[toks[k].head]
        if toks[k].dep != "pobj" or prep.lower not in ("in", "at") or toks[prep.head].pos != "NOUN":
            return None
        return next(iter(self.at(prep.head)), None)

    def _acted_on_as_party(self, i: int) -> bool:
        """Is object "it" (token ``i``) a party its verb acts on, told by the preposition after it: "accusing it of
        imposing sanctions", "warned it against", "blamed it for" (not "called it a provocation": a thing judged;
        nor "ordered it to leave", said of ships as of states)?"""
        pdoc = self.pdoc
        return any(p.lower in _PARTY_OBJECT_PREPS and p.i > i for p in pdoc.kids(pdoc.tokens[i].head, "prep"))

    def described_country(self, i: int, kind: str) -> Actor | None:
        """The country "the kingdom" or "the North African country" at token ``i`` stands for: the latest country
        named before it whose official name holds ``kind`` ("kingdom"; any when empty), a clause's subject first
        ("Saudi Arabia hosted talks on Sudan. The kingdom pledged ...": not Sudan); not the subject of a clause it is
        in ("New Zealand will suspend aid to the Cook Islands after the Pacific nation signed ...": a pronoun would
        name the subject)."""
        toks = self.pdoc.tokens
        # (nor the country of the subject of the verb it is a party of: "after President Donald Trump cut aid to the
        # country" is South Africa, not Trump's)
        verb = self._verb_above(i)
        if verb is not None and toks[verb].lemma.lower() in _CROSSING_VERBS and not self.pdoc.kids(verb, "nsubj"):
            # "ordered a Russian diplomat to leave the country", "barring them from entering the country": the
            # country of who orders or bars it, not the person's
            ruler = self._verb_above(verb, with_subject=True)
            found = [c for s in (self.pdoc.kids(ruler, "nsubj") if ruler is not None else [])
                     for a in self.at(s.i) if (c := a.country) and a.role != "IGO"]
            if found:
                return country_actor(found[0], None)
        doer = {a.country for s in (self.pdoc.kids(verb, "nsubj") if verb is not None else []) if s.i < i
                for a in self.at(s.i)}
        named = [(j, a.country) for j in range(i - 1, -1, -1) if toks[j].ent >= 0
                 for a in self.at(j) if a.country and a.role != "IGO" and _official_kind(a.country, kind)
                 and a.country not in doer]
        subject = next(((j, c) for j, c in named if toks[j].dep in ("nsubj", "nsubjpass")
                        and not self._subordinate_to(i, toks[j].head)), None)
        # a country its own sentence names before another sentence's subject ("voiced solidarity with Moldova, while
        # the EU said it stood ready to help the country": Moldova, not the subject of the sentence before)
        if subject is not None and toks[subject[0]].sent != toks[i].sent and \
                any(toks[j].sent == toks[i].sent for j, _ in named):
            subject = None
        chosen = subject or (named[0] if named else None)
        return country_actor(chosen[1], None) if chosen else None

    def _linked_to(self, i: int) -> list[Actor]:
        """The country parties of what noun ``i`` (or the noun it is the conjunct of, or a conjunct of its own)
        is linked to, tied to or works for ("entities linked to Iran's drone programme", "firms working for the
        Russian military"): the object's own parties, else its owner's; not an organisation of states ("people
        working for the UN" are of no country it names)."""
        pdoc = self.pdoc
        tok = pdoc.tokens[i]
        nouns = [i, *([tok.head] if tok.dep == "conj" else []), *(c.i for c in pdoc.kids(i, "conj"))]
        for n in nouns:
            for verb in pdoc.kids(n, "acl"):
                if verb.lemma.lower() not in _LINKING_VERBS:
                    continue
                for o in (o for p in pdoc.kids(verb.i, "prep") for o in pdoc.kids(p.i, "pobj")):
                    found = [a for a in self.at(o.i) if a.country and a.role != "IGO"] or \
                        [a for k in pdoc.kids(o.i, "poss", "compound", "amod") for a in self.at(k.i)
                         if a.country and a.role != "IGO"]
                    if found:
                        return found
        return []

    def _verb_above(self, i: int, with_subject: bool = False) -> int | None:
        """The nearest verb above token ``i`` (with ``with_subject``, the nearest with a subject of its own)."""
        toks = self.pdoc.tokens
        return next((k for k in self.pdoc.ancestors(i) if toks[k].pos == "VERB" and
                     (not with_subject or self.pdoc.kids(k, "nsubj"))), None)

    def _home_ground_subject(self, i: int) -> Actor | None:
        """The subject of the clause token ``i`` is in, where it is one country's opposition, rebels or people:
        "the government" they act on is their own ("Opposition leader X accused the government of ...", after
        another country's capital was named)."""
        toks = self.pdoc.tokens  # (the speaker's, where it is the subject of what is demanded: "MP X demanded
        # that the government delay the reopening")
        subj = next((others for k in self.pdoc.ancestors(i) if toks[k].pos == "VERB" and
                     (others := [s for s in self.pdoc.kids(k, "nsubj") if s.i != i])), [])
        found = self._at(subj[0].i) if subj else []
        home_ground = [a for a in found if a.role in _HOME_GROUND_ROLES | {"LEG"} and a.country and
                       not (a.role == "CVL" and is_named(a))]  # (not "Amnesty International": a body abroad)
        return home_ground[0] if len({a.country for a in home_ground}) == 1 and len(home_ground) == len(found) else None

    def _fronted_setting(self, i: int) -> Actor | None:
        """The country of the place a subject's clause opens in ("In Moldova, the foreign ministry ...": an
        "in"-phrase on its verb before the subject naming a country or its city), else none."""
        toks = self.pdoc.tokens
        if toks[i].dep not in ("nsubj", "nsubjpass"):
            return None
        return next((a for p in self.pdoc.kids(toks[i].head, "prep") if p.lower == "in" and p.i < i
                     for o in self.pdoc.kids(p.i, "pobj") if o.ent >= 0 and self.pdoc.ents[o.ent].label == "GPE"
                     for a in self.at(o.i) if a.country and a.role != "IGO"), None)

    def _placed(self, i: int) -> bool:
        """Has noun ``i`` a phrase of its own, or a place preposition right after it ("the authorities in Caracas",
        "police in Paris"): placed where the phrase says, not in the story's country."""
        toks = self.pdoc.tokens
        return bool(self.pdoc.kids(i, "prep")) or (i + 1 < len(toks) and toks[i + 1].lower in _PLACE_PREPS)

    def _local_state(self, i: int) -> str | None:
        """The country a story told before token ``i`` is in: its dateline's, else the latest country named."""
        if self.home:
            return self.home
        latest = self._latest_country(i)
        return latest.country if latest else None

    def _latest_country(self, i: int) -> Actor | None:
        """The actor of the latest country (a place of a country, not an organisation) named before token ``i``;
        with no place named, the latest nationality ("Kenyan doctors went on strike ... The government said")."""
        return self._latest_named(i, lambda ent, a: ent.label == "GPE" and bool(a.country) and a.role != "IGO") or \
            self._latest_named(i, lambda ent, a: ent.label == "NORP" and bool(a.country) and a.role != "IGO")

    def _subordinate_to(self, i: int, verb: int) -> bool:
        """Is token ``i`` inside a clause or phrase of ``verb``, not a clause joined to it ("Morocco hosted Sudan and
        the kingdom pledged aid")?"""
        toks, k = self.pdoc.tokens, i
        for _ in range(64):
            if toks[k].head == k:
                return False
            if toks[k].head == verb:
                return toks[k].dep != "conj"
            k = toks[k].head
        return False

    def last_body(self, i: int, head: str) -> Actor | None:
        """The latest organisation named before token ``i`` whose name ends in ``head`` ("the Security Council",
        "the International Atomic Energy Agency"), or whose head noun it is ("the International Court of Justice")."""
        return self._latest_named(i, lambda ent, _: ent.label == "ORG" and head in (
            self.pdoc.tokens[ent.end - 1].lower, self.pdoc.tokens[_name_root(self.pdoc, ent)].lower))

    def last_igo(self, i: int, with_groups: bool = False) -> Actor | None:
        """The latest organisation of states named before token ``i``; ``with_groups``: or named group of no state
        (an armed group, a party, an aid agency, a company: an organisation's name with a non-state role)."""
        return self._latest_named(i, lambda ent, actor: actor.role == "IGO" or (
            with_groups and ent.label == "ORG" and actor.role in NON_STATE_ROLES))

    def _same_noun_before(self, i: int) -> list[Actor]:
        """The parties of the latest use of token ``i``'s word before it that names a country's ("Sudan's army",
        "Kenyan police"), for "the army", "the police"; a word of a name is another ("the National Liberation
        Army")."""
        toks = self.pdoc.tokens
        return next((found for j in range(i - 1, -1, -1) if toks[j].lower == toks[i].lower and toks[j].ent < 0
                     and toks[j].pos == "NOUN" and (found := [a for a in self.at(j) if a.country])), [])

    def last_person(self, i: int, role: str | None = None) -> Actor | None:
        """The most recent PERSON actor before token ``i`` (with ``role`` if given)."""
        return self._latest_named(i, lambda ent, actor: ent.label == "PERSON" and (role is None or actor.role == role))

    def _owner_objects(self, i: int, role: str | None, depth: int = 3) -> list[Tok]:
        """Objects of the complements of title word ``i`` that may own it: not the title's own words ("heads of
        state"), but what follows them ("Minister of National Defense of Türkiye": Türkiye)."""
        out: list[Tok] = []
        for prep in _complement_preps(self.pdoc, i):
            for obj in self.pdoc.kids(prep.i, "pobj"):
                if obj.ent >= 0 or role is None or self.role_at(obj.i) != role:
                    out.append(obj)
                elif depth > 1:
                    out += self._owner_objects(obj.i, role, depth - 1)
        return out

    def _names_a_junta(self, j: int) -> bool:
        """Does token ``j`` name a military government: "junta", or a ruling noun or "rulers" the word "military"
        modifies ("Myanmar's military rulers", "the military government")?"""
        tok = self.pdoc.tokens[j]
        if tok.lower in _JUNTA_NOUNS:
            return True
        ruling = tok.lower in _RULING_NOUNS or tok.lemma.lower() in _RULING_NOUNS or tok.lemma.lower() == "ruler"
        return ruling and any(k.lower == "military" for k in self.pdoc.kids(j, "amod", "compound"))

    def _titled_subject(self, i: int) -> int | None:
        """"Bahrain's foreign minister used the meeting to repeat his government's accusation": the subject of the
        clause a possessive "his"/"her" (token ``i``) is in (or of the clause that clause completes), when it is a
        title with no name told, which :meth:`last_person` would pass over for the latest name."""
        pdoc, toks = self.pdoc, self.pdoc.tokens
        j = toks[i].head
        for _ in range(6):
            tok = toks[j]
            if tok.pos in ("VERB", "AUX") and (subjects := pdoc.kids(j, "nsubj")):
                subj = subjects[0]
                return subj.i if subj.pos == "NOUN" and subj.ent < 0 and self.role_at(subj.i) not in \
                    (None, *NON_STATE_ROLES) and subj.i < i else None
            if tok.head == j or tok.dep not in ("dobj", "pobj", "prep", "xcomp", "advcl", "poss", "compound"):
                return None
            j = tok.head
        return None

    def _person_noun_before(self, i: int) -> int | None:
        """The person object pronoun ``i`` stands for when a common noun told them after every name: the latest
        singular noun for one person earlier in its sentence, not its own verb's subject ("Estonia declared a Russian
        diplomat persona non grata and ordered him to leave": the diplomat)."""
        pdoc, toks = self.pdoc, self.pdoc.tokens
        start = pdoc.sents[toks[i].sent][0]
        verb = toks[i].head if toks[i].dep != "pobj" else toks[toks[i].head].head
        own = {k.i for k in pdoc.kids(verb, "nsubj", "nsubjpass")}
        for j in range(i - 1, start - 1, -1):
            t = toks[j]
            if t.ent >= 0 and pdoc.ents[t.ent].label == "PERSON":
                return None  # a name told after it: the name's
            if t.pos == "NOUN" and t.tag == "NN" and j not in own and t.lemma.lower() in _INDIVIDUAL_NOUNS and \
                    not (t.dep == "compound" and self.role_at(t.head) is not None):  # (not "a diplomat spokesman")
                return j if self.at(j) else None
        return None

    def _latest_named(self, i: int, keep: Callable[[Span, Actor], bool]) -> Actor | None:
        """The actor of the latest entity before token ``i`` that ``keep`` accepts (entity, its actor)."""
        best = None
        for e_i, ent in enumerate(self.pdoc.ents):
            if ent.start >= i:
                break
            actor = self.by_ent.get(e_i)
            if actor is not None and keep(ent, actor):
                best = actor
        return best

    def _subject_of_first_conjunct(self, i: int) -> list[Actor]:
        """"it" subject of a clause coordinated with one whose subject is a named party is that party ("Uzbekistan
        has not recognised the Taliban, who have governed Afghanistan since 2021, but it has been pragmatic":
        Uzbekistan, not the latest country named); else none."""
        pdoc = self.pdoc
        verb = pdoc.tokens[pdoc.tokens[i].head]
        if verb.dep != "conj" or verb.head == verb.i:
            return []
        subj = [k.i for k in pdoc.kids(verb.head, "nsubj", "nsubjpass") if k.pos != "PRON"]
        return self.at(subj[0]) if subj and pdoc.tokens[subj[0]].ent >= 0 else []

    def _subject_around_relative(self, i: int) -> int | None:
        """The subject of "it" in a relative clause is no noun of the phrase the clause describes, but the party
        that acts in the clause around it ("Egypt sent a letter to the Security Council in which it accused
        Ethiopia", "Ukraine condemned the strike on Kharkiv, which it blamed on Russia", "relied on the Palestinian
        Authority, which it accused of ..."): the nearest subject above with actors, outside that phrase."""
        pdoc = self.pdoc
        clause = pdoc.tokens[pdoc.tokens[i].head]
        if clause.dep != "relcl" or clause.i == clause.head:
            return None
        described = set(pdoc.subtree(clause.head))
        for j in pdoc.ancestors(clause.head)[:8]:
            subj = [k.i for k in pdoc.kids(j, "nsubj") if k.i not in described]
            if subj and self.at(subj[0]):
                return subj[0]
        return None

    def _clause_subject(self, i: int) -> frozenset[str | None]:
        """Countries of the subject of the clause a group noun sits in, when that subject is someone else:
        "China urged both sides", "Angola, which mediated between the two neighbours" (not China, not Angola)."""
        pdoc = self.pdoc
        inside = set(pdoc.ancestors(i)) | {i}
        for j in pdoc.ancestors(i)[:8]:
            subj = pdoc.kids(j, "nsubj", "nsubjpass")
            if not subj:
                continue
            if subj[0].i in inside or any(k in inside for k in pdoc.subtree(subj[0].i)):
                return frozenset()
            k = subj[0].i
            if subj[0].lower in _RELATIVE_PRONOUNS and pdoc.tokens[j].dep == "relcl":
                k = pdoc.tokens[j].head
            return frozenset(a.country for a in self._at(k))
        return frozenset()

    def _at_a_meeting(self, i: int) -> bool:
        """Does token ``i``'s sentence set it at a meeting or visit named with no parties before it ("During the
        meeting, the parties discussed", "In the end of visit the sides signed")?"""
        toks = self.pdoc.tokens
        first = self.pdoc.sents[toks[i].sent][0]
        return any(toks[j].dep == "pobj" and toks[j].lower in _MEETING_OCCASIONS and
                   not any(toks[k].ent >= 0 for k in self.pdoc.subtree(j)) for j in range(first, i))

    def _appealed_to(self, i: int) -> bool:
        """Is token ``i`` whom an appeal addresses ("urged both governments to", "called on both sides to")?"""
        toks = self.pdoc.tokens
        tok = toks[i]
        if tok.dep == "pobj" and toks[tok.head].lower in _APPEALED_ON:
            tok = toks[tok.head]
        return tok.dep in ("dobj", "prep") and toks[tok.head].lemma.lower() in _APPEAL_VERBS

    def last_pair(self, i: int, role: str | None, exclude: frozenset[str | None] = frozenset(),
                  armed: bool = False, opposed: bool = False, met: bool = False) -> list[Actor]:
        """"Both sides", "the two countries": the two countries of the latest clause before token ``i`` that had two
        (and only two) as its parties (its subjects, objects, or the objects of "with" and "between" on it, its
        complements' and subjectless conjuncts' included), not merely the last two named ("criticised the two
        countries" after "Hungary and Slovakia objected to measures against Russia's war in Ukraine" are Hungary
        and Slovakia); none if no clause had two. ``armed`` ("both sides"): an armed group is a side of its own, apart
        from its country's state ("suspended talks with the ELN ... urged both sides": Colombia and the ELN).
        ``opposed`` (an appeal to "both governments"): the latest clause that set the two against each other, one
        its subject and one not, where there was one ("Burkina Faso summoned Ivory Coast's ambassador ... Mali and
        Niger issued a joint statement ... ECOWAS urged both governments to settle their differences"). ``met`` ("In
        the end of visit the sides signed"): the latest clause that told a meeting, where there was one."""
        clauses: dict[int, list[Actor]] = {}  # clause head -> its countries
        subjects: dict[int, list[Actor]] = {}  # clause head -> the countries of its subject
        sides: dict[int, list[Actor]] = {}  # clause head -> a country's state and its armed group (``armed``)
        latest: dict[int, int] = {}  # clause head -> the last entity that added one
        for e_i, ent in enumerate(self.pdoc.ents):
            if ent.start >= i:
                break
            actor = self.by_ent.get(e_i)
            if actor is None or actor.role == "IGO" or not actor.country or actor.country in exclude:
                continue
            if e_i not in self.party_clauses:
                self.party_clauses[e_i] = self._clause_of_party(ent)
            if (party := self.party_clauses[e_i]) is None:
                continue
            clause, as_subject = party
            doers = subjects.setdefault(clause, [])
            if as_subject and all(a.country != actor.country for a in doers):
                doers.append(actor)
            found = clauses.setdefault(clause, [])
            if all(a.country != actor.country for a in found):
                found.append(actor)
                latest[clause] = e_i
            elif armed and all(a.role != "REB" for a in found) and actor.role == "REB":
                sides.setdefault(clause, [*found, actor])  # "Colombia suspended talks with the ELN"
                latest[clause] = e_i
        # (or its two subjects: "Ishiba and Lee agreed to strengthen cooperation with the United States")
        pairs = [c for c in sorted(latest, key=latest.__getitem__) if 2 in (len(clauses[c]), len(subjects[c]))]
        if opposed:
            pairs = [c for c in pairs if len(clauses[c]) == 2 and len(subjects[c]) == 1] or pairs
        if met:
            pairs = [c for c in pairs if self.pdoc.tokens[c].lemma.lower() in _MEETING_VERBS] or pairs
        if pairs:
            two = clauses[pairs[-1]] if len(clauses[pairs[-1]]) == 2 else subjects[pairs[-1]]
            return [country_actor(a.country, role) for a in two if a.country]
        # "both sides" with no two countries before: a state and an armed group of its own that one clause told
        domestic = [c for c in sorted(latest, key=latest.__getitem__) if len(sides.get(c, ())) == 2]
        return [a if a.role == "REB" or not a.country else country_actor(a.country, role)
                for a in sides[domestic[-1]]] if domestic else []

    def _clause_of_party(self, ent: Span) -> tuple[int, bool] | None:
        """The verb whose subject, object, or "with"/"between" object the entity's phrase is (walked up through
        complements and subjectless conjuncts), and whether its subject; None where it only modifies something
        ("Russia's war in Ukraine") or sits in a participle on a noun ("co-chairs representing Russia, France and
        the US")."""
        toks = self.pdoc.tokens
        tok = toks[next((k for k in range(ent.start, ent.end) if not ent.start <= toks[k].head < ent.end), ent.start)]
        for _ in range(6):  # up to the party's phrase: "Kenya and Somalia", "the presidents of Armenia and
            # Azerbaijan", "Armenia's prime minister", "Azerbaijani President Aliyev"
            up = toks[tok.head]
            if tok.dep == "pobj" and up.lower in ("of", "by", "to") and toks[up.head].lemma.lower() in _VISIT_NOUNS:
                return up.head, False  # "the state visit of the President of Kazakhstan to Uzbekistan": the visit's two
            if tok.dep == "pobj" and up.lower == "by" and up.dep == "agent" and toks[up.head].dep == "acl" and \
                    toks[up.head].lower in _LEADING:  # "received the delegation headed by Armenia's deputy premier"
                tok = toks[toks[up.head].head]
            elif tok.dep in ("conj", "poss", "compound", "amod", "appos") or (tok.dep == "pobj" and up.lower == "of"):
                tok = up if tok.dep != "pobj" else toks[up.head]
            else:
                break
        if tok.dep in ("nsubj", "nsubjpass", "dobj"):
            clause = tok.head
        elif tok.dep == "pobj" and toks[tok.head].lower in _PAIRING_PREPS:
            clause = toks[tok.head].head
            if toks[clause].pos == "NOUN" and toks[clause].dep == "dobj":
                clause = toks[clause].head  # "suspended peace talks with the ELN": the verb's other party
            elif toks[clause].lower in _MEETING_NOUNS and toks[clause].dep == "pobj" and \
                    toks[toks[clause].head].dep == "prep" and toks[toks[toks[clause].head].head].pos == "VERB":
                clause = toks[toks[clause].head].head  # "said at a joint news conference with his Lithuanian
                # counterpart": the speaker's other party
        else:
            return None
        while toks[clause].head != clause and (toks[clause].dep == "xcomp" or (
                toks[clause].dep == "conj" and not self.pdoc.kids(clause, "nsubj", "nsubjpass"))):
            clause = toks[clause].head  # "Kyiv would keep pressing Moscow", "said ... and accused Ukraine"
        return None if toks[clause].dep == "acl" else (clause, tok.dep in ("nsubj", "nsubjpass"))

    def _last_group_of(self, i: int, n: int, exclude: frozenset[str | None]) -> list[Actor]:
        """The latest subject or object before token ``i`` that named ``n`` countries together ("Norway, Ireland and
        Spain said ... Israel recalled its ambassadors from the three countries"), none of them ``exclude``."""
        self._resolve_before(i)
        for j, _dep, found in sorted(self.groups, key=lambda g: g[0], reverse=True):
            countries = list(dict.fromkeys(a.country for a in found if a.country))
            if j < i and len(countries) == n and not set(countries) & exclude:
                return [next(a for a in found if a.country == c) for c in countries]
        return []

    def last_countries(self, i: int, n: int, role: str | None,
                       exclude: frozenset[str | None] = frozenset()) -> list[Actor]:
        """The last ``n`` distinct countries named before token ``i`` ("the two countries"), except ``exclude``;
        not a place where something happens ("signed in the Ugandan town of Entebbe, where the ministers of the two
        neighbours met": the neighbours are the signatories, not Uganda)."""
        seen: list[Actor] = []
        for e_i in range(len(self.pdoc.ents) - 1, -1, -1):
            ent = self.pdoc.ents[e_i]
            actor = self.by_ent.get(e_i)
            if ent.start >= i or actor is None or actor.role == "IGO" or not actor.country or \
                    actor.country in exclude or self._venue(ent):
                continue
            if all(a.country != actor.country for a in seen):
                seen.append(actor)
            if len(seen) == n:
                break
        if len(seen) < n:
            return []
        return [country_actor(a.country, role) for a in reversed(seen) if a.country]

    def _venue(self, ent: Span) -> bool:
        """Is entity ``ent`` where something happens: the object of a place preposition ("in Entebbe"), or a
        modifier of one ("in the Ugandan town"), or of its of-phrase ("in the town of Entebbe")?"""
        toks = self.pdoc.tokens
        tok = toks[ent.end - 1]
        for _ in range(3):
            if tok.dep in ("amod", "compound", "nmod") or (tok.dep == "pobj" and toks[tok.head].lower == "of"):
                tok = toks[tok.head] if tok.dep != "pobj" else toks[toks[tok.head].head]
                continue
            break
        return tok.dep == "pobj" and toks[tok.head].lower in _PLACE_PREPS


def _names_its_own(tok: Tok, mods: list[Tok]) -> bool:
    """Is capitalised noun ``tok`` the last word of a name, with a capitalised compound before it ("Homeland Bloc",
    "Patriotic Alliance")? A name of its own, not a word referring back."""
    return tok.text[:1].isupper() and any(k.dep == "compound" and k.text[:1].isupper() and k.i < tok.i for k in mods)


def _told_before(pdoc: ParsedDoc, by_ent: dict[int, Actor], e_i: int, role: str | None) -> str | None:
    """The country the story gave entity ``e_i``'s name, with that role, when it named it before ("Peru's Congress
    removed Boluarte ... outside Congress": Peru's, not the named-actor table's)."""
    text = pdoc.ents[e_i].text
    return next((by_ent[k].country for k in range(e_i - 1, -1, -1)
                 if k in by_ent and pdoc.ents[k].text == text and by_ent[k].role == role), None)


class ActorCoder:
    """Codes every entity mention of a parsed article as an actor where it names a state or IGO party."""

    def __init__(self, gaz: Gazetteer, lex: dict[str, Any]):
        self.gaz, self.lex = gaz, lex
        self.max_title = gaz.max_title_words
        # a phrase can only be a title if it ends with a title's last word, or (with an of-complement) begins
        # with a title's first word: most tokens are neither, and are answered without building phrases
        self._title_ends = frozenset(t.split()[-1] for t in gaz.titles)
        self._title_starts = frozenset(t.split()[0] for t in gaz.titles)

    def role_of_phrase(self, pdoc: ParsedDoc, i: int) -> str | None:
        """Role named by the words ending at token ``i`` ("defense minister", "Foreign Ministry")."""
        toks = pdoc.tokens
        if title := abbreviated_title(toks[i].text):
            return self.gaz.title_role(title)  # "Indian PM Narendra Modi" (not "5 pm")
        if toks[i].lower in self._title_starts:
            for prep in _complement_preps(pdoc, i):  # "minister of defense": title head with an of-complement
                # ("the heads of two states", "heads of both states": the title, counted)
                words = [toks[k].lower for k in pdoc.subtree(prep.i)
                         if toks[k].dep not in ("det", "nummod", "preconj")]
                # (the longest title the words open, before the words' own title alone: "Minister of National
                # Defense of Türkiye Yasar Guler" is the defence minister, not a minister)
                for n in range(len(words), 1, -1):
                    if role := self.gaz.title_role(" ".join([toks[i].lower, *words[:n]])):
                        return role
        if toks[i].lower in self._title_ends:
            for n in range(min(self.max_title, i + 1), 0, -1):
                phrase = " ".join(t.lower for t in toks[i - n + 1 : i + 1])
                role = self.gaz.title_role(phrase)
                if role:
                    return role
        return None

    def code(self, pdoc: ParsedDoc) -> ArticleActors:
        gaz = self.gaz
        by_ent: dict[int, Actor] = {}
        canonical: dict[int, str] = {}
        persons: list[tuple[str, Actor | None]] = []
        described: dict[str, tuple[int, Actor]] = {}  # see ArticleActors.described
        recent: dict[str, Actor] = {}  # role -> latest actor with it; "" -> latest country
        for e_i, ent in enumerate(pdoc.ents):
            actor: Actor | None = None
            name, named = ent.text, gaz.named_actor(ent.text)
            if ent.label == "PERSON" and any(ent.text in full.split() for full, _ in persons):
                named = None  # "Alex Saab ... commuted Saab's sentence": the person named before, not the carmaker
            if named is None and (beyond := self._named_beyond(pdoc, ent)) is not None:
                name, named = beyond
            national = None
            if named is None and ent.label in ("ORG", "NORP") and (inner := self._named_after_demonym(ent.text)):
                national, named = inner  # "Afghan Taliban", "Lebanese Hezbollah": the group, of that country
            if self._is_dateline(pdoc, ent):
                place = gaz.place(ent.text)
                if place is not None:
                    recent["@dateline"] = make_actor(place.country, place.country, None, "GPE")
                continue
            if named is not None:
                country = national or self._national_modifier(pdoc, ent) or \
                    _told_before(pdoc, by_ent, e_i, named[1]) or named[0]
                actor = make_actor(name, country, named[1], ent.label)
            elif ent.label in ("GPE", "LOC", "FAC"):
                code = gaz.country(ent.text)
                if code:
                    actor = make_actor(ent.text, code, None, "GPE")
                elif (igo := gaz.igo(ent.text)) is not None:  # "EU, UK condemn ...": the bloc read as a place
                    actor = make_actor(ent.text, igo, "IGO", "ORG", is_igo=True)
                elif (seated := self._seated_bloc(ent.text, by_ent)) is not None:
                    actor = seated
                elif (place := gaz.place(ent.text)) is not None and (ent.label == "GPE" or place.is_capital):
                    # (a capital read as a location: "arrived in Algiers")
                    actor = make_actor(ent.text, place.country, "GOV" if place.is_capital else None, "GPE")
            elif ent.label == "NORP":
                # (an ethnicity, not a nationality: "ethnic Serb officials" in Kosovo are no Serbian party, and the
                # country they live in is told by the place, not the word)
                code = None if ent.start > 0 and pdoc.tokens[ent.start - 1].lower == "ethnic" else gaz.demonym(ent.text)
                if code:
                    head = pdoc.tokens[pdoc.tokens[ent.end - 1].head]
                    role = self.role_of_phrase(pdoc, head.i) if head.i != ent.end - 1 else None
                    if role is None and head.i != ent.end - 1 and head.pos == "NOUN" and head.dep != "compound" and \
                            party_nouns().get(head.lower) == "CVL":
                        role = "CVL"  # "a Polish man", "Kenyan students": the country's people
                    if role is None and gaz.is_plural_demonym(ent.text):
                        role = "CVL"  # "thousands of Kenyans took to the streets": the country's people
                    actor = make_actor(ent.text, code, role, "NORP")
            elif ent.label == "ORG":
                actor = self._org(pdoc, e_i, recent, described)
            elif ent.label == "PERSON":
                actor = self._person(pdoc, e_i, persons, canonical, recent, by_ent)
                persons.append((ent.text, actor))
            if actor is None and ent.label in _NAME_LABELS and self._leader_named(pdoc, ent.text):
                # "Erdogan" read as a place, "Moussa Faki Mahamat" as an organisation: a leader the table knows
                actor = self._person(pdoc, e_i, persons, canonical, recent, by_ent)
                persons.append((ent.text, actor))
            if actor is not None:
                by_ent[e_i] = actor
                if actor.role and ent.label != "GPE":  # "in Warsaw" is a place, not the last government actor
                    recent[actor.role] = actor
                    if not self._names_envoy(pdoc, ent):  # the latest of the role at home, for a body named later
                        recent["body:" + actor.role] = actor
                if actor.role != "IGO" and ent.label in ("GPE", "NORP"):
                    recent[""] = actor
        self._spelled_out(pdoc, by_ent)
        dateline = next((gaz.place(e.text) for e in pdoc.ents[:8] if self._is_dateline(pdoc, e)), None)
        if dateline is None and pdoc.dateline:  # "N'DJAMENA, Nov 28 -": a place the recogniser did not tag
            words: list[str] = []
            for t in pdoc.tokens[pdoc.dateline[0]:pdoc.dateline[1]]:
                if t.text in (",", "(", "."):
                    break
                words.append(t.text)
            dateline = gaz.place(" ".join(words)) if words else None
        if dateline is not None:
            self._home_bodies(pdoc, by_ent, dateline.country)
        return ArticleActors(by_ent, canonical, pdoc, self, home=dateline.country if dateline else None,
                             described=described)

    def _home_bodies(self, pdoc: ParsedDoc, by_ent: dict[int, Actor], home: str) -> None:
        """A state body named with no country and none of its kind named before is the dateline country's ("MANILA
        - ... The Department of Foreign Affairs said it had summoned ...")."""
        for e_i, ent in enumerate(pdoc.ents):
            if e_i not in by_ent and ent.label == "ORG" and ent.start > 0 and \
                    (role := self.role_of_phrase(pdoc, ent.end - 1)) is not None and role not in NON_STATE_ROLES:
                by_ent[e_i] = make_actor(ent.text, home, role, "ORG")

    @staticmethod
    def _spelled_out(pdoc: ParsedDoc, by_ent: dict[int, Actor]) -> None:
        """A name the table does not know, followed by the short form it does in brackets, is that actor ("the
        Kurdistan Workers Party (PKK)", "the National Liberation Army (ELN)")."""
        toks = pdoc.tokens
        for e_i, ent in enumerate(pdoc.ents):
            if e_i in by_ent or ent.label not in ("ORG", "NORP") or ent.end + 2 >= len(toks) or \
                    toks[ent.end].text != "(":
                continue
            short = toks[ent.end + 1].ent
            if short > e_i and short in by_ent and pdoc.ents[short].end < len(toks) and \
                    toks[pdoc.ents[short].end].text == ")":
                by_ent[e_i] = replace(by_ent[short], name=ent.text)

    def _named_beyond(self, pdoc: ParsedDoc, ent) -> tuple[str, tuple[str, str]] | None:
        """"the Islamic State group" read as NORP "Islamic", "the Wagner group" as ORG "Wagner": a named actor of the
        table that the entity begins and the next capitalised words (or "group") of its phrase complete."""
        toks, end = pdoc.tokens, ent.end
        while end < len(toks) and end - ent.end < 3 and toks[end].ent < 0 and \
                (toks[end].text[:1].isupper() or toks[end].lower == "group") and toks[end].sent == toks[ent.start].sent:
            end += 1
            name = pdoc.text[toks[ent.start].idx:toks[end - 1].idx + len(toks[end - 1].text)]
            named = self.gaz.named_actor(name)
            if named is not None:
                return name, named
        return None

    def _named_after_demonym(self, name: str) -> tuple[str, tuple[str, str]] | None:
        """(country, named actor) of an entity that is a nationality and a name the table knows ("Afghan Taliban")."""
        first, _, rest = name.partition(" ")
        if not rest or (code := self.gaz.demonym(first)) is None or (named := self.gaz.named_actor(rest)) is None:
            return None
        return code, named

    def _leader_named(self, pdoc: ParsedDoc, name: str) -> bool:
        return self.gaz.leader(name, parse_published(pdoc.article.published_at)) is not None

    def _national_modifier(self, pdoc: ParsedDoc, ent) -> str | None:
        """"Pakistan's Foreign Office", "the Pakistani Taliban": a nationality written before a named institution
        or group overrides the country the name usually stands for."""
        toks, gaz = pdoc.tokens, self.gaz
        k = ent.start - 1
        if k >= 0 and toks[k].lower == "the":
            k -= 1
        if k >= 1 and toks[k].text in ("'s", "’s") and toks[k - 1].ent >= 0:
            return gaz.country(pdoc.ents[toks[k - 1].ent].text)
        if k >= 0 and k == ent.start - 1:
            return gaz.demonym(toks[k].text)
        return None

    @staticmethod
    def _names_envoy(pdoc: ParsedDoc, ent: Span) -> bool:
        """Does mention ``ent`` name an envoy ("the Chinese ambassador", "Ambassador Li", "envoy X"): someone of the
        role serving abroad?"""
        toks = pdoc.tokens
        around = [toks[ent.end - 1].head, *range(max(ent.start - 3, 0), ent.end)]
        return any(toks[k].lower in _ENVOY_WORDS for k in around)

    def led_by(self, word: str) -> str | None:
        """The country of a compound word "X-led" or "X-owned" ("U.S.-led", "Saudi-led"), or None."""
        head, _, tail = word.rpartition("-")
        if not head or tail.lower() not in _LEADING_OR_OWNING:
            return None
        return self.gaz.country(head) or self.gaz.demonym(head)

    def _seated_bloc(self, name: str, by_ent: dict[int, Actor]) -> Actor | None:
        """"The European Union warned ... Brussels said it would review its assistance": the city stands for the
        bloc seated there once the story has named the bloc (lexicon ``bloc_seats``)."""
        bloc = _BLOC_SEATS.get(name.lower())
        code = self.gaz.igo(bloc) if bloc else None
        if code is None or not any(a.role == "IGO" and a.country == code for a in by_ent.values()):
            return None
        return make_actor(name, code, "IGO", "ORG", is_igo=True)

    @staticmethod
    def _is_dateline(pdoc: ParsedDoc, ent) -> bool:
        """"BAKU, Nov 18 -", "KABUL (Pajhwok) -": the dateline names where the story was filed, not a party; not
        the first of a headline's subjects ("US, UK strike Houthi targets": the next name is the verb's subject, or
        joined to the first, the subject)."""
        toks, lead = pdoc.tokens, pdoc.lead
        if ent.start == lead and ent.label == "GPE" and ent.end + 1 < len(toks) and toks[ent.end].text == "," and \
                (date := pdoc.ent_of(ent.end + 1)) is not None and date.label == "DATE" and \
                date.start == ent.end + 1 and date.end < len(toks) and toks[date.end].text in (".", "-", "–", "—"):
            return True  # "Baku, 12 September." opening a state news agency's release
        if pdoc.dateline and ent.start == lead and ent.label == "GPE" and ent.end < pdoc.dateline[1] and \
                not ent.text.isupper():
            return True  # "Tbilisi, 15 December -", "Manila (AFP) -": a title-case place read as a dateline with a
            # month or an agency after it
        if not (ent.start == lead and ent.end < len(toks) and toks[ent.end].text in _DATELINE_ENDS and
                ent.text.isupper()):
            return False
        after = toks[ent.end + 1] if ent.end + 1 < len(toks) else None
        if toks[ent.end].text != "," or after is None or after.ent < 0:
            return True
        # ("EU, UK condemn ...": the parser may join the next name to the first, itself the verb's subject)
        joined = after.dep == "conj" and after.head == ent.end - 1 and toks[ent.end - 1].dep == "nsubj"
        return not (after.dep == "nsubj" or joined)

    def _igo_body(self, pdoc: ParsedDoc, start: int, end: int) -> str | None:
        """A body of an organisation named by the organisation's name first ("UN Support Mission", "EU Naval Force",
        "African Union Mission in Somalia"): the organisation's code."""
        for n in range(min(3, end - start - 1), 0, -1):
            if igo := self.gaz.igo(" ".join(t.text for t in pdoc.tokens[start:start + n])):
                return igo
        return None

    def _igo_after(self, pdoc: ParsedDoc, ent: Span) -> str | None:
        """A body named with its organisation after "of" ("the Council of Foreign Ministers of the CIS"): the
        organisation's code."""
        toks, j = pdoc.tokens, ent.end + 1
        if j < len(toks) and toks[j].lower == "the":
            j += 1
        if j < len(toks) and toks[ent.end].lower == "of" and toks[j].ent >= 0 and pdoc.ents[toks[j].ent].start == j:
            return self.gaz.igo(pdoc.ents[toks[j].ent].text)
        return None

    def _org(self, pdoc: ParsedDoc, e_i: int, recent: dict[str, Actor],
             described: dict[str, tuple[int, Actor]]) -> Actor | None:
        gaz, ent = self.gaz, pdoc.ents[e_i]
        igo = gaz.igo(ent.text) or self._igo_body(pdoc, ent.start, ent.end) or self._igo_after(pdoc, ent)
        if igo:
            return make_actor(ent.text, igo, "IGO", "ORG", is_igo=True)
        if "IGO" in recent and any(k.lower in _BLOC_NOUNS and k.i < ent.start for k in pdoc.kids(ent.end - 1, "poss")):
            # "The bloc's Peace and Security Council" after "The African Union suspended ...": the bloc's body
            return make_actor(ent.text, recent["IGO"].country, "IGO", "ORG", is_igo=True)
        role = self.role_of_phrase(pdoc, ent.end - 1) or next(  # "Ministry of Defense of Kyrgyzstan": the body
            (r for j in range(ent.end - 1, ent.start, -1)  # named before "of X"
             if pdoc.tokens[j].lower == "of" and (r := self.role_of_phrase(pdoc, j - 1))), None)
        country = None
        for k in range(ent.start, ent.end):  # "Pakistani Foreign Office", "United States Treasury"
            words = [pdoc.tokens[j].text for j in range(k, min(k + 3, ent.end))]
            country = next((c for n in range(len(words), 0, -1)  # "South African Government": two words
                            if (c := gaz.demonym(" ".join(words[:n])) or gaz.country(" ".join(words[:n])))), None)
            if country:
                break
        if country and role is None and pdoc.tokens[ent.end - 1].lower in _PARTY_NAME_HEADS:
            # "the Bangladesh Nationalist Party": a political party of that country, in opposition unless told
            # ruling ("the ruling Pakistan Peoples Party")
            before = {pdoc.tokens[k].lower for k in range(max(ent.start - 2, 0), ent.start)}
            role = "GOV" if before & _GOVERNING_PARTY_WORDS else "OPP"
        if country is None and role:  # "the Ministry of Foreign Affairs" + "of Azerbaijan"
            country = self._country_after(pdoc, ent, placed=True)
        if country is None and role:
            country = self._owner_country(pdoc, ent)
            if country is None and "body:" + role in recent:  # "the Foreign Ministry" after "Russia's foreign
                country = recent["body:" + role].country  # minister", not after "the Chinese ambassador" was summoned
        if country is None and role is None:
            country, role = self._described_company(pdoc, ent)
        if country and role is None and any(t.lower in _TRADE_BODY_WORDS and t.text[0].isupper()  # (a name: not
                                            for t in pdoc.tokens[ent.start:ent.end]):  # "Chilean federation")
            role = "BUS"  # "the Bolivian Chamber of Transport demanded guarantees": a trade body speaks for business
        if country is None and role is None and (owner := self._owner_country(pdoc, ent)) is not None:
            return make_actor(ent.text, owner, None, "ORG")  # "Malawi's Anti-Corruption Bureau": that country's body
        if country is None and role is None and (about := self._described_after(pdoc, ent, recent)) is not None:
            actor = make_actor(ent.text, about[0], about[1], "ORG")  # "the Forces Vives, a coalition of opposition
            described[about[2]] = (ent.end, actor)  # parties": "the coalition" later is it
            return actor
        if country is None or role is None:
            return None
        return make_actor(ent.text, country, role, "ORG")

    def _described_after(self, pdoc: ParsedDoc, ent: Span, recent: dict[str, Actor]) -> tuple[str, str, str] | None:
        """(country, role, noun) of an organisation the tables do not know, from the description in apposition after
        its name ("the Forces Vives, a coalition of opposition parties", "the M23, a Congolese rebel group"): the role
        its party nouns name, the country its nationality names, else the dateline's, else the latest named, and the
        noun that describes it ("coalition")."""
        root = _name_root(pdoc, ent)
        for desc in pdoc.kids(root, "appos"):
            words = [desc, *(o for p in pdoc.kids(desc.i, "prep") if p.lower == "of" for o in pdoc.kids(p.i, "pobj"))]
            mods = [k for w in words for k in pdoc.kids(w.i, "compound", "amod")]
            role = next((r for w in [*mods, *words] if (r := noun_role(w))), None)
            if role is None:
                continue
            country = next((c for k in mods if (c := self.gaz.demonym(k.text) or self.gaz.country(k.text))), None)
            fallback = recent.get("@dateline") or recent.get("")
            country = country or (fallback.country if fallback else None)
            return (country, role, desc.lemma.lower()) if country else None
        return None

    def _owner_country(self, pdoc: ParsedDoc, ent: Span) -> str | None:
        """The country an organisation's name is owned by or modified with before it ("Malawi's Anti-Corruption
        Bureau", "Kenyan Electoral Commission" parsed apart)."""
        gaz = self.gaz
        for kid in pdoc.kids(pdoc.tokens[ent.end - 1].i, "poss", "compound", "amod"):
            if kid.i < ent.start and (country := gaz.country(kid.text) or gaz.demonym(kid.text)):
                return country
        if ent.start >= 2 and pdoc.tokens[ent.start - 1].text in ("'s", "’s"):
            prev = pdoc.ent_of(ent.start - 2)
            return gaz.country(prev.text) if prev else None
        return None

    def _described_company(self, pdoc: ParsedDoc, ent: Span) -> tuple[str | None, str | None]:
        """A company described before its name ("the Chinese drone maker DJI", "Russian energy giant Gazprom"):
        the nationality in the description, role BUS; else (None, None)."""
        mods = [k for k in pdoc.kids(ent.end - 1, "compound", "amod", "nmod") if k.i < ent.start]
        country = next((c for k in _company_description(pdoc, mods)
                        if (c := self.gaz.demonym(k.text) or self.gaz.country(k.text))), None)
        return (country, "BUS") if country else (None, None)

    def _country_after(self, pdoc: ParsedDoc, ent: Span, placed: bool = False) -> str | None:
        """The country named right after an entity by "of" ("King Abdullah of Jordan", "the Ministry of Foreign
        Affairs of Azerbaijan" when the model ends the name before "of"), or, for a ``placed`` body, the country of
        the place named by "in" ("the High Criminal Court in Manama"), else None."""
        toks = pdoc.tokens
        preps = ("of", "in") if placed else ("of",)
        if ent.end + 1 >= len(toks) or toks[ent.end].lower not in preps or toks[ent.end + 1].ent < 0:
            return None
        name = pdoc.ents[toks[ent.end + 1].ent].text
        if toks[ent.end].lower == "of":
            return self.gaz.country(name)
        place = self.gaz.place(name) if pdoc.ents[toks[ent.end + 1].ent].label == "GPE" else None
        return place.country if place else None

    def _person(self, pdoc: ParsedDoc, e_i: int, persons: list[tuple[str, Actor | None]],
                canonical: dict[int, str], recent: dict[str, Actor], by_ent: dict[int, Actor]) -> Actor | None:
        ent = pdoc.ents[e_i]
        for full, actor in reversed(persons):  # a surname or repeat refers back to the full name
            if full == ent.text or full.endswith(" " + ent.text) or \
                    (" " not in ent.text and ent.text[:1].isupper() and ent.text in full.split()):  # "Lula", "Xi"
                canonical[e_i] = full
                return Actor(ent.text, actor.code, actor.country, actor.role, "PERSON") if actor else None
        role, country, org = self._title_window(pdoc, ent.start, by_ent)
        if country is None and org is None:  # "Erdogan said", "President Macron": a leader the table knows
            known = self.gaz.leader(ent.text, parse_published(pdoc.article.published_at))
            if known is not None and known[1] == "IGO":
                return make_actor(ent.text, known[0], "IGO", "PERSON", is_igo=True)
            if known is not None:
                country, role = known[0], role or known[1]
        if country is None:
            country = self._country_after(pdoc, ent)  # "King Abdullah of Jordan"
        if country is None and org is None:  # "a delegation from Afghanistan's Taliban administration led by acting
            country = _led_group_country(pdoc, ent.start, by_ent)  # Minister of Public Works X": Afghanistan's
        if org is not None and org.role == "IGO" and country is None:  # "EU envoy X", "UN chief X": the organisation's
            return make_actor(ent.text, org.country, "IGO", "PERSON", is_igo=True)
        if org is not None and role in (None, "GOV"):  # "Foreign Ministry spokesperson X" speaks for the ministry
            role, country = org.role, country or org.country
        spokes = pdoc.tokens[ent.start - 1].lower in _SPOKES_WORDS if ent.start > 0 else False
        if spokes and org is None and country is None:  # "the ministry ..., and spokeswoman X": its spokeswoman
            sent = pdoc.tokens[ent.start].sent
            orgs = [a for k, a in by_ent.items() if pdoc.ents[k].label == "ORG" and a.role != "IGO"
                    and sent - 1 <= pdoc.tokens[pdoc.ents[k].start].sent <= sent and pdoc.ents[k].start < ent.start]
            if orgs:
                role, country = orgs[-1].role, orgs[-1].country
        if country is None and org is None and "IGO" in recent and \
                " ".join(t.lower for t in pdoc.tokens[max(0, ent.start - 3):ent.start]).endswith(_IGO_TITLES):
            # "NATO allies agreed ..., Secretary General Jens Stoltenberg said": the organisation's (not the
            # BRUSSELS dateline's country)
            return make_actor(ent.text, recent["IGO"].country, "IGO", "PERSON", is_igo=True)
        if role and country is None:
            same_sentence = [a for k, a in by_ent.items() if pdoc.ents[k].start < ent.start and a.role != "IGO"
                             and pdoc.tokens[pdoc.ents[k].start].sent == pdoc.tokens[ent.start].sent]
            # a title without a nationality: the last holder of that role (an envoy's for an envoy, else the last
            # at home: "expelled a Russian diplomat ... Foreign Minister X said" is no Russian), else the country
            # the story is filed from, else the last party named in the sentence
            held = recent.get(role if self._names_envoy(pdoc, ent) else "body:" + role)
            fallback = held or recent.get("@dateline") or (same_sentence[-1] if same_sentence else None) \
                or recent.get("")
            if not self._names_envoy(pdoc, ent) and (setting := _opening_place(pdoc, ent.start, by_ent)):
                fallback = setting  # "In Maputo, Transport Minister Abilio Mavie said": Mozambique's, under a
                # HARARE dateline
            country = fallback.country if fallback else None
        if country is None:
            return None
        return make_actor(ent.text, country, role, "PERSON")

    def _title_window(self, pdoc: ParsedDoc, start: int, by_ent: dict[int, Actor]
                      ) -> tuple[str | None, str | None, Actor | None]:
        """Role, nationality and affiliated organisation from the title words right before a name."""
        toks, gaz = pdoc.tokens, self.gaz
        k = start - 1
        comma = k >= 0 and toks[k].text == ","
        if comma:
            k -= 1
        lo = k
        while lo >= 0 and start - lo <= 9:
            t = toks[lo]
            if t.sent != toks[start].sent or t.pos == "SPACE":
                break  # ("Tinubu meets Chinese investors" over "Nigerian President Bola Tinubu met ...": a headline)
            if t.pos in _WINDOW_STOP_POS and t.text not in ("'s", "’s") or t.text in ".;:\"“”()—" or \
                    (t.ent >= 0 and pdoc.ents[t.ent].label == "PERSON") or \
                    (t.pos == "ADP" and t.lower not in _TITLE_PREPS):
                break  # ("an attack on a military base near the Venezuelan border, President X said": a place)
            lo -= 1
        window = list(range(lo + 1, k + 1))
        role = None
        for j in reversed(window):
            role = self.role_of_phrase(pdoc, j)
            if role:
                break
        if role is not None and role != "OPP" and any(toks[j].lower in _FORMER_WORDS for j in window):
            role = "OPP"  # "former president Evo Morales": out of the state, not its head
        if comma and role is None and toks[k].pos != "NOUN":
            return None, None, None  # "France will leave Niger, Emmanuel Macron said": what he said, no title (not
            # "his Azerbaijani counterpart, Farid Mammadli")
        commas = [j for j in window if toks[j].text == ","]
        if commas and not any(self.role_of_phrase(pdoc, j) for j in window if j < commas[-1]):
            window = [j for j in window if j > commas[-1]]  # "... leave Niger, President X said": the title is
            # after the comma ("Minister of Azerbaijan, Colonel General X" is one title)
        country, org = None, None
        for j in window:
            t = toks[j]
            if t.ent >= 0 and pdoc.ents[t.ent].label == "ORG" and t.ent in by_ent:
                org = by_ent[t.ent]
            if country or (j > 0 and toks[j - 1].lower in ("to", "in")):
                continue
            whole = pdoc.ents[t.ent].text if t.ent >= 0 else None  # "North Korean leader X": the whole name first
            country = (whole and (gaz.demonym(whole) or gaz.country(whole))) or gaz.demonym(t.text) or \
                (gaz.country(t.text) if t.ent >= 0 and t.pos == "PROPN" else None)  # "U.S. House Speaker X"
        return role, country, org
