"""Event triggers and their parties, read from the dependency parse.

A trigger (``data/triggers.csv``: lemma, part of speech, CAMEO code, whether
the event is symmetric, an optional required dependent, options) fires on a
token; its parties come from subjects (inherited through xcomp/conj/advcl and
raising verbs), objects, passive agents, "with"/"between"/"against"/"to"
phrases, possessives and national modifiers, each mapped to actors by
:mod:`.actors`. General rules applied here:

* a cooperative trigger under "agree/decide/pledge to" is the intent (03x), not the act: "agreed to
  restart talks" is 036, "pledged to send aid" 033; "agree to X" is 030 only when X is no event itself;
* what an appeal or demand asks for is not an event ("demanded that X withdraw");
* an act retold by a purpose clause or participle is one event ("met ... to discuss");
* a definite event noun under another trigger refers back ("rejected the demand", "criticized the drills");
* comments on the relations between two parties (01) only inside reported speech;
* "separate(ly)" splits a multi-party meeting into one event per pair; a consult noun attached to a
  meeting verb adds its parties to that meeting ("met in Tehran for a summit with Turkey");
* nominal triggers take their parties from the verb that carries them ("announced $40 million in aid
  for X", "gathered in Jakarta for a summit", "arrived in Lima for talks"), and patients with "of" for
  16x-18x nouns ("the expulsion of three diplomats");
* a trip's purpose clause with its own party is a second event ("will fly to Rome to meet X");
* "will/would not stop|withdraw" is an asserted refusal (124x); "has not ruled out force" a threat;
* a named party that "must" act in reported speech is the speaker's demand ("said Israel must end ...": 100),
  and one said to be "responsible" or "behind" something is blamed (112);
* a reaction a party "drew from" another is that other's act ("drew criticism from Japan");
* an act with no other party is coded only where that is its nature (missile tests, lone exercises: 150);
* conditions of a threat, what an appeal asks for ("called for talks") and match reports are no events;
* "ready/willing to" and "agreed to talks" are intent, unless a scheduling date makes the event planned.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .actors import (
    NON_STATE_ROLES,
    ArticleActors,
    act_nouns,
    country_actor,
    is_named,
    make_actor,
    noun_role,
    party_nouns,
    party_side,
)
from .cameo import cameo_table, refusal_code, threat_code
from .doc import QUOTE_MARKS, ParsedDoc, Tok
from .errors import DiploError
from .gazetteer import load_gazetteer, load_lexicon, read_data_csv
from .modality import TAKING_FROM, refused_in_future
from .records import Actor

__all__ = ["Trigger", "Candidate", "TriggerTableError", "load_triggers", "build_trigger_table", "parse_trigger_row",
           "find_candidates", "verb_parties", "noun_parties", "match_trigger", "asked_or_conditional", "match_report",
           "definite_object", "placed_event_noun", "party_nouns", "aided_places", "participle_agents", "owns_mission"]

# the word lists live in data/lexicon.json (speech verbs and auxiliaries shared with modality.py), read once
_LEX = load_lexicon()
_COOP_PREPS: frozenset[str] = _LEX["cooperation_party_preps"]
_CONFLICT_PREPS: frozenset[str] = _LEX["conflict_party_preps"]
_SOURCE_OF_OBJECT_PREPS: frozenset[str] = _LEX["object_source_preps"]  # "defied pressure from Washington"
_RELATIONAL_NOUNS: frozenset[str] = _LEX["relational_nouns"]  # "its allies", "Russia's partners": by relation
_AID_PREPS: frozenset[str] = _LEX["aid_recipient_preps"]  # "aid to Sudan", "assistance for Lebanon"
_IN_PREPS: frozenset[str] = _LEX["place_people_preps"]  # "a camp in Gaza"
_AMOUNT_PREPS: frozenset[str] = _LEX["amount_preps"]  # "$5 million in aid", "a package of assistance"
_LIGHT_VERBS: frozenset[str] = _LEX["event_noun_carriers"]  # "held talks": the subject takes part
_DOING_VERBS: frozenset[str] = _LEX["light_verbs"]  # "expressed its support", "gave his backing": the subject's act
_PATIENT_NOUNS: frozenset[str] = _LEX["patient_nouns"]  # "the release of X": X is who it is done to
_TRAVEL_VERBS: frozenset[str] = _LEX["travel_verbs"]
_COMMANDING: frozenset[str] = frozenset(_LEX["commanding_verbs"])  # "ordered the army to move": who ordered
_AIMING_VERBS: frozenset[str] = _LEX["aiming_verbs"]  # "the sanctions target X": X is who they are done to
_INSTRUMENT_VERBS: frozenset[str] = _LEX["instrument_verbs"]  # "used its soil to attack X": the user attacks
_SUMMONING_VERBS: frozenset[str] = _LEX["summoning_verbs"]  # "summoned the envoy to protest": who summoned
_PLACE_OF_NOUNS: frozenset[str] = _LEX["place_of_nouns"]  # "the streets of Bissau", "areas of Kharkiv": places
_TOLL_VERBS: frozenset[str] = _LEX["toll_verbs"]  # "a drone strike killed two fighters": they were attacked
EXCHANGE_VERBS: frozenset[str] = _LEX["exchange_verbs"]  # "traded accusations": each side toward the other
_INTENT_VERBS: frozenset[str] = _LEX["intent_verbs"]
_ADOPTING_VERBS: frozenset[str] = _LEX["adopting_verbs"]
_OFFER_CARRIERS = _DOING_VERBS | _INTENT_VERBS  # "made an offer", "pledged its support": the subject's own
_SPEECH_VERBS: frozenset[str] = _LEX["speech_verbs"]
_PUNDITS: frozenset[str] = _LEX["pundit_nouns"]  # "analysts say ... will": a forecast by no party
_PEACEKEEPING: frozenset[str] = _LEX["peacekeeper_words"]
_RELIEF: frozenset[str] = _LEX["relief_words"]
_CARGO: frozenset[str] = _LEX["cargo_nouns"]
_OCCASION_NOUNS: frozenset[str] = _LEX["occasion_nouns"]
_DENYING: frozenset[str] = _LEX["dismissing_verbs"] | frozenset(("deny",))
_BORDER_NOUNS: frozenset[str] = _LEX["border_nouns"]
_BORDER_PREPS = frozenset(("with", "between"))
_DESTINATION_PREPS = frozenset(("to", "in", "into"))
_POSTURE_PREPS = frozenset(("around", "near", "off"))
_ARRIVING_VERBS = frozenset(("reach", "arrive", "land", "enter"))
_DEPARTING_VERBS = frozenset(("leave", "depart"))  # "departed Moscow after a state visit": the visit was there
_IF_MARKS = frozenset(("if", "unless"))
_RELATIVE_ADVERBS = frozenset(("where", "when", "why"))  # "Anapa, where he met X": the noun is no object
_JOINING_VERBS = frozenset(("join", "accede", "enter"))  # "talks on joining the EU": with the bloc
_TRADING_VERBS = frozenset(("import", "ship", "produce", "make", "manufacture", "export", "originate"))
_ORIGIN_PREPS = frozenset(("from", "in"))  # goods "imported from", "made in" a country
_LEAVING_NOUNS: frozenset[str] = _LEX["leaving_nouns"]
_TOPIC_VERBS: frozenset[str] = _LEX["topic_verbs"]
_RAISING_VERBS: frozenset[str] = _LEX["raising_verbs"]  # "raised the arrest of its citizen": another's arrest
_RAISED_ROOTS = frozenset(("17", "18", "19", "20"))  # (not "raised tariffs", "raised concerns": the subject's own)
_WATCHING_VERBS: frozenset[str] = _LEX["watching_verbs"]  # "was monitoring the drills": another's drills
_GROUP_PRONOUNS: frozenset[str] = _LEX["group_pronouns"]  # "they protested": people, as "thousands protested"
_FORCE_THREAT_ROOTS = frozenset(("15", "16", "17", "18", "19", "20"))  # acts a condition turns into a threat
HELPING_VERBS: frozenset[str] = _LEX["helping_verbs"]
_AID_PURPOSES: frozenset[str] = HELPING_VERBS | _LEX["aid_purpose_verbs"]
_CLAIM_NOUNS = frozenset(("responsibility", "credit"))
_CLAIMING = frozenset(("claim", "take", "accept", "admit", "assume"))
_JUDGING_VERBS: frozenset[str] = _LEX["judging_verbs"]
_OWN_ACT_NOUNS: frozenset[str] = _LEX["own_act_nouns"]
_LEADING: frozenset[str] = _LEX["leading_participles"]  # "a Saudi-led air strike": Saudi Arabia's
_COUNTRY_NOUNS: frozenset[str] = _LEX["country_nouns"]  # "his country's support": the speaker's country
DEED_NOUNS: frozenset[str] = _LEX["deed_nouns"]  # "a move NATO condemned": a deed of the clause it hangs on
_AT = frozenset(("at",))
_REFLEXIVES = frozenset(("itself", "themselves", "himself", "herself", "ourselves"))  # the subject as object
_DOCUMENT_NOUNS: frozenset[str] = _LEX["document_nouns"]  # "a note of protest": the act the document carries
_SETTING_NOUNS: frozenset[str] = _LEX["setting_nouns"]  # "on the sidelines of the summit": where, not what
_AS = frozenset(("as",))  # "deployed as peacekeepers"
_MEETING_TIME_PREPS: frozenset[str] = _LEX["meeting_time_preps"]  # "said after talks with X": the speaker's talks
_SPELL_NOUNS: frozenset[str] = _LEX["spell_nouns"]  # "during two days of talks": how long, not what
_OF = frozenset(("of",))
_FROM = frozenset(("from",))
_FOR = frozenset(("for",))
_FOR_OR_AFTER = frozenset(("for", "after"))  # what a reaction answers: "retaliate for", "retaliate after"
RECEIVING_VERBS: frozenset[str] = _LEX["receiving_verbs"]  # "drew criticism from Japan": Japan criticised
_ACCUSING_VERBS = frozenset(("accuse", "blame"))  # "accused Eritrea of moving troops": the accused did the deed
_BETWEEN_TWO = frozenset(("bilateral", "mutual"))  # "bilateral relations", "mutual trade": of a pair
_DEED_MANNER_PREPS: frozenset[str] = _LEX["deed_manner_preps"]  # "rescued hostages in a raid": the rescuer's raid
_ANSWERING_VERBS: frozenset[str] = _LEX["answering_verbs"]  # "responded with fire": no object needed
_PREP_CARRIERS: dict[str, list[str]] = _LEX["prep_carriers"]  # "went on strike": verb -> prepositions it carries by
_NON_ACTOR_OBJECTS: frozenset[str] = _LEX["non_actor_objects"]
_GUEST_NOUNS: frozenset[str] = _LEX["guest_nouns"]  # "hosted his counterpart": people a host receives
_DEFINITE_DETS: frozenset[str] = _LEX["definite_determiners"]
_POSSESSIVE_DETS: frozenset[str] = _LEX["possessive_determiners"]  # "its demands": one told before
_RELATIVE_PRONOUNS: frozenset[str] = _LEX["relative_pronouns"]
_FOREIGN_MISSIONS: frozenset[str] = _LEX["foreign_missions"]  # "outside the Hungarian embassy": not in Hungary
_ORG_HEADS: frozenset[str] = _LEX["org_heads"]  # "embassy", "ministry": a body a place after it only locates
_PLACE_PREPS: frozenset[str] = _LEX["place_preps"]  # "in", "at", "near": where a thing is
_PERSON_PRONOUNS: frozenset[str] = _LEX["person_pronouns"]
_COND_MARKS: frozenset[str] = _LEX["condition_marks"]
_RECOUNTING_VERBS: frozenset[str] = _LEX["recounting_verbs"]  # "confirmed the attack": the act told before
_SEPARATE_WORDS: frozenset[str] = _LEX["separate_words"]
_NEGATIVE_EVALUATIONS: frozenset[str] = _LEX["negative_evaluations"]
_SPORTS_WORDS: frozenset[str] = _LEX["sports_words"]
_SPORTS_VERBS: frozenset[str] = _LEX["sports_verbs"]
_CELEBRATING: frozenset[str] = _LEX["celebration_verbs"]
_USED_MEANS: dict[str, str] = _LEX["used_means"]  # "the use of force": an earlier act of force
_ANAPHORIC_EVENT_NOUNS: dict[str, str] = _LEX["anaphoric_event_nouns"]  # "to the mission": an earlier 07 event
# "will not withdraw", "would not stop": a future, or a future seen from the past, refuses
# option "modal": "would respond to any aggression", "could retaliate": a threat
_MODAL_AUX: frozenset[str] = _LEX["future_auxiliaries"] | _LEX["hypothetical_auxiliaries"]
VIOLENT_ROOTS = frozenset(("18", "19", "20"))
# reactions to something done (endorse, disapprove, reject): their object names the deed of another party
REFERRING_ROOTS = frozenset(("05", "11", "12"))
# acts of one side toward another, never a commitment of co-subjects to each other ("the package was welcomed by
# Britain and Canada": not Britain's praise of Canada; "Egypt and South Sudan offered to mediate": each offers)
ONE_SIDED_CODES = frozenset(("039", "045", "051", "052", "053", "055", "056"))
CO_SIDE_ROOTS = frozenset(("03", "04", "05", "06"))  # what sides do together, toward each other: agree, meet, cooperate
# a date that schedules ("in May", "next week", "in 2025"), unlike a weekday that dates the agreement itself
_SCHEDULE_WORDS = re.compile(r"\b(next|coming|later|upcoming|january|february|march|april|may|june|july|august|"
                             r"september|october|november|december|\d{4})\b", re.IGNORECASE)
FORCE_ROOTS = frozenset(("15", "17", "18", "19", "20"))  # acts of force: one side acts on the other
# rejections, threats and coercion act on someone: with no other party named or found, the reading of annotators
# apart from us is someone at home (a detention, a union's rejection, a ministry's warning), not no one; words about
# a state of affairs ("condemned violence") and force, whose unnamed object is as often abroad, stay with none
AT_HOME_ROOTS = frozenset(("12", "13", "17"))
_UNARMED_PEOPLE = frozenset(("CVL", "OPP", "MED"))  # people a state detains where it rules: its own, unless named
# "expulsion of X", "arrest of X", "bombardment of X": "of" names who it is done to
_PATIENT_ROOTS = frozenset(("11", "16", "17", "18", "19", "20"))  # "condemnation of X", "the bombing of X": X
# "his arrest", "its expulsion": the possessor is who it is done to ("its bombardment" is the doer's)
_OWNED_PATIENT_ROOTS = frozenset(("16", "17", "18"))
_SAID_ROOTS = frozenset(("02", "10", "11", "12", "13"))  # done in words: appeal, demand, disapprove, reject, threaten
_JUDGING_ROOTS = frozenset(("05", "11", "12", "13"))  # endorsing, disapproving, rejecting, threatening a deed: its
# owner is the target ("vowed to respond to any Israeli attack")
_SCORE = re.compile(r"\b\d{1,2} ?[-–] ?\d{1,2}\b")
_SPORTS_CONFUSED_ROOTS = frozenset(("04", "11", "19"))  # teams "meet", coaches "criticise", sides "clash"
_NUMERIC_LABELS = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())  # "a two-day summit"
_NAME_LABELS = frozenset(("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"))  # a trigger word in these is a name
_BODY_LABELS = frozenset(("ORG", "PERSON", "NORP"))  # names of those who act, never of a place
# CAMEO 03x: the intent to do what the root codes
_INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# the intent by the act promised: "agreed to release" (084) is 0353, "to a ceasefire" (0871) 0356, "to mediate" 039
_PRECISE_INTENTS = {"081": "0351", "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
                    "045": "039"}


def intent_code(act: str) -> str:
    """The CAMEO code of the intent to do ``act`` ("agreed to share data": 031; "to withdraw": 0356)."""
    return _PRECISE_INTENTS.get(act[:3]) or _INTENT_CODES[act[:2]]


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    cameo: str
    symmetric: bool
    requires: tuple[str, frozenset[str]] | None
    options: frozenset[str] = frozenset()

    @property
    def through_reported_clause(self) -> bool:
        """A speech verb's row that fires only through what its reported clause says ("said X must ...")."""
        return bool(self.option("obliging") or self.option("predicate"))

    def option(self, name: str) -> str | None:
        for opt in self.options:
            key, _, value = opt.partition("=")
            if key == name:
                return value or key
        return None


@dataclass(slots=True)
class Candidate:
    """A trigger with its parties, before modality, date and place are attached."""

    trigger: int
    rule: Trigger
    cameo: str
    sources: list
    targets: list
    direct: bool  # parties read straight off the parse (no coreference / fallback)
    separate: bool = False
    event_noun: str | None = None  # "lemma:code" of the earlier event a reaction points at ("criticized the drills")
    solo: bool = False  # an act with no other party ("fired missiles into the sea"): coded with target null
    refusal: bool = False  # "will not withdraw", "would not stop its operations": an asserted refusal to yield (124)
    confidence: float | None = None  # the classifier's probability for this event (None: not scored)
    modality: str | None = None  # the classifier's modality, for events the rules did not find
    why: list[str] = field(default_factory=list)  # the stages and rules that decided it
    fallback: Candidate | None = None  # the classifier's reading of the same clause, if the rule's cannot be told
    # the classifier is sure enough of the act to tell it with target null when its targets turn out to be the
    # source's own side ("Russia is willing to withdraw its troops", "Lavrov held talks with ...")
    alone: bool = False
    # protesters no words name, placed where the sentence or the dateline is ("after a week of mass protests")
    placed_protesters: bool = False
    # co-subjects reacting alike to a deed told before ("the US and the EU criticised the move"): each toward its
    # author, never toward each other
    alike: bool = False


class TriggerTableError(DiploError):
    """A row of ``data/triggers.csv`` the coder cannot read; the message names its line and the bad value."""

    reason_code = "invalid_trigger_table"


_TRIGGER_COLUMNS = ("lemma", "pos", "cameo", "sym", "requires", "options")
_TRIGGER_POS = frozenset(("VERB", "NOUN"))
# the options the coder reads: flags, and name=value options with the kind of value each takes
_FLAG_OPTIONS = frozenset(("comment", "intent", "actor_object", "meeting_object", "negative", "modal", "neg",
                           "answered", "told_meeting", "provoked", "unowned", "igo_object", "intransitive"))
_VALUE_OPTIONS = {"xcomp": "code", "untargeted": "code", "unsourced": "code", "recipient": "word",
                  "passive_source": "word", "head": "words", "nothead": "words", "brokered": "words",
                  "without": "words", "obliging": "words", "predicate": "words", "particle": "word"}
# a requirement's dependency and the labels it accepts ("dobj" also finds the passive subject)
# (a by-phrase of an active verb the parser took for a passive's agent: "spoke by telephone")
_REQUIRED_DEPS = {"prt": ("prt", "prep"), "prep": ("prep", "agent"), "dobj": ("dobj", "nsubjpass", "oprd"),
                  "xcomp": ("xcomp",), "amod": ("amod", "compound")}
_PARTITIVES: frozenset[str] = _LEX["partitives"] | _LEX["quantity_nouns"]  # "some of", "thousands of"
_MEETING_PART_VERBS: frozenset[str] = _LEX["meeting_part_verbs"]  # "chaired the summit": took part
_PERMITTING_VERBS: frozenset[str] = _LEX["permitting_verbs"]  # "an agreement that allows X to": its content
_PACT_NOUNS: frozenset[str] = _LEX["pact_nouns"]
# "of" and "in": the object of the noun's of-phrase or in-phrase ("the withdrawal of French troops", "a pause in
# fighting"); "from" and "out_of": of the verb's from-phrase and "out of" phrase ("withdrew from the deal", "pulled
# out of the deal"); "to": the object of the verb's to-phrase or a word compounded with it ("added X to its
# sanctions list")
_OTHER_REQUIRED_DEPS = frozenset("advmod advcl ccomp acomp attr agent dative compound npadvmod neg nsubj oprd of in "
                                 "from out_of to".split())


def _bad_row(line: int, row: Mapping[str, str | None], what: str) -> TriggerTableError:
    """One line naming the table row and the offending value."""
    return TriggerTableError(f"triggers.csv line {line} ({row.get('lemma')}/{row.get('pos')}): {what}")


def _check_words(value: str, single: bool) -> bool:
    """A "|"-separated list of words (one word if ``single``), none empty."""
    words = value.split("|")
    return all(w and not w.isspace() for w in words) and (not single or len(words) == 1)


def _parse_requires(line: int, row: Mapping[str, str | None]) -> tuple[str, frozenset[str]] | None:
    """``dep:word|word`` (``*``: any word), or None when the column is empty."""
    text = (row.get("requires") or "").strip()
    if not text:
        return None
    dep, colon, words = text.partition(":")
    if not colon or not words or not _check_words(words, single=False):
        raise _bad_row(line, row, f"malformed requires {text!r} (expected dep:word|word)")
    if dep not in _REQUIRED_DEPS and dep not in _OTHER_REQUIRED_DEPS:
        raise _bad_row(line, row, f"unknown dependency {dep!r} in requires {text!r}")
    return dep, frozenset(words.split("|"))


def _parse_options(line: int, row: Mapping[str, str | None], codes: Collection[str]) -> frozenset[str]:
    """``;``-separated options, each a known flag or a known ``name=value`` with a value of the right kind."""
    opts = frozenset(filter(None, (o.strip() for o in (row.get("options") or "").split(";"))))
    for opt in opts:
        name, eq, value = opt.partition("=")
        kind = _VALUE_OPTIONS.get(name)
        if name in _FLAG_OPTIONS and not eq:
            continue
        if kind is None or not eq:
            raise _bad_row(line, row, f"unknown option {opt!r}")
        if kind == "code" and value not in codes:
            raise _bad_row(line, row, f"unknown CAMEO code {value!r} in option {opt!r}")
        if kind != "code" and not _check_words(value, single=kind == "word"):
            raise _bad_row(line, row, f"malformed value {value!r} in option {opt!r}")
    return opts


def parse_trigger_row(row: Mapping[str, str | None], line: int, codes: Collection[str]) -> Trigger | None:
    """One row of the trigger table as a Trigger (None for a ``#`` comment row); raises TriggerTableError
    naming ``line`` on an unknown part of speech, CAMEO code, option, or a malformed field."""
    lemma = (row.get("lemma") or "").strip()
    if lemma.startswith("#"):
        return None
    if None in row or any(row.get(c) is None for c in _TRIGGER_COLUMNS[:4]):
        raise _bad_row(line, row, f"expected the columns {','.join(_TRIGGER_COLUMNS)}")
    if not lemma or lemma != lemma.lower() or any(ch.isspace() for ch in lemma):
        raise _bad_row(line, row, f"lemma {row['lemma']!r} is not one lower-case word")
    if row["pos"] not in _TRIGGER_POS:
        raise _bad_row(line, row, f"unknown pos {row['pos']!r} (VERB or NOUN)")
    cameo = row["cameo"] or ""
    if cameo not in codes:
        raise _bad_row(line, row, f"unknown CAMEO code {row['cameo']!r}")
    if row["sym"] not in ("0", "1"):
        raise _bad_row(line, row, f"sym {row['sym']!r} is not 0 or 1")
    return Trigger(lemma, row["pos"], cameo, row["sym"] == "1", _parse_requires(line, row),
                   _parse_options(line, row, codes))


def build_trigger_table(rows: Iterable[Mapping[str, str | None]], codes: Collection[str]
                        ) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """(lemma, pos) -> its rows in table order; rows are numbered as file lines (the header is line 1)."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    for line, row in enumerate(rows, start=2):
        trig = parse_trigger_row(row, line, codes)
        if trig is not None:
            table.setdefault((trig.lemma, trig.pos), []).append(trig)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def load_triggers() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """The shipped trigger table, validated once per process (an unreadable row stops the coder at start-up)."""
    return build_trigger_table(read_data_csv("triggers.csv"), cameo_table())


@lru_cache(maxsize=1)
def _answered_nouns() -> frozenset[str]:
    """Nouns of the table's rows with option ``answered`` ("at the request of X", "at the behest of X"): who asked,
    not who the act is done to."""
    return frozenset(lemma for (lemma, pos), rows in load_triggers().items()
                     if pos == "NOUN" and any("answered" in r.options for r in rows))


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Every word a trigger row is keyed on: most tokens are none, and ``match_trigger`` runs on every token."""
    return frozenset(word for word, _ in load_triggers())


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Nouns that name an event ("talks", "sanctions"): the trigger table's nouns and data/event_nouns.csv."""
    nouns = {lemma for (lemma, pos) in load_triggers() if pos == "NOUN"}
    nouns.update(act_nouns())
    return frozenset(nouns)


def whole_of_part(pdoc: ParsedDoc, i: int) -> int | None:
    """The of-object of a part, number or quantity word ("some of its troops", "five of the soldiers",
    "thousands of students"), else None."""
    tok = pdoc.tokens[i]
    if tok.lower not in _PARTITIVES and tok.lemma.lower() not in _PARTITIVES and tok.pos != "NUM":
        return None
    return next((o.i for p in pdoc.kids(i, "prep") if p.lower == "of" for o in pdoc.kids(p.i, "pobj")), None)


def _infinitive_subjects(pdoc: ParsedDoc, i: int) -> list[Tok]:
    """Objects the parser made subjects of an infinitive under ``i``: "declared a state of siege to begin at
    midnight" (state: nsubj of "begin"). A finite clause ("declared that the state of emergency was over") has none."""
    return [s for c in pdoc.kids(i, "ccomp") if pdoc.is_infinitive(c.i) and not pdoc.kids(c.i, "mark")
            for s in pdoc.kids(c.i, "nsubj")]


def _requirement_met(pdoc: ParsedDoc, i: int, req: tuple[str, frozenset[str]] | None) -> bool:
    if req is None:
        return True
    dep, words = req
    deps = _REQUIRED_DEPS.get(dep, (dep,))
    kids = pdoc.kids(i, *deps)
    if dep == "dobj":  # "withdrew some of its troops", "thousands of soldiers": the word is the part's whole
        kids += [pdoc.tokens[w] for k in kids if (w := whole_of_part(pdoc, k.i)) is not None]
        kids += [c for k in kids for c in pdoc.kids(k.i, "conj")]  # "sent armoured vehicles and extra troops"
        kids += _infinitive_subjects(pdoc, i)
        if pdoc.tokens[i].dep == "relcl" and not kids and pdoc.kids(i, "nsubj"):
            kids.append(pdoc.tokens[pdoc.tokens[i].head])  # "a charge Moscow denied": the noun it describes
        noun = pdoc.tokens[pdoc.tokens[i].head]
        if pdoc.tokens[i].dep == "acl" and pdoc.tokens[i].tag == "VBN" and pdoc.kids(i, "agent") and \
                noun.lemma.lower() in event_nouns():
            kids.append(noun)  # "a truce brokered by Qatar": the act its agent did is the event noun it describes
    if dep in ("of", "in", "to"):  # what the phrase names: "the withdrawal of some of its troops", or its whole;
        # "added four officers to its sanctions list": the list, and the words compounded with it
        kids = [o for p in pdoc.kids(i, "prep") if p.lower == dep for o in pdoc.kids(p.i, "pobj")]
        kids += [c for k in kids for c in pdoc.kids(k.i, "compound")] if dep == "to" else \
            [pdoc.tokens[w] for k in kids if (w := whole_of_part(pdoc, k.i)) is not None]
    if dep in ("from", "out_of"):  # "withdrew from the deal", "pulled out of the deal": what is left
        kids = _from_objects(pdoc, i) if dep == "from" else _out_of_objects(pdoc, i)
    if dep == "xcomp":  # "denied arming either side": a gerund the parser took for the object
        kids += [k for k in pdoc.kids(i, "dobj") if k.pos == "VERB" and k.tag == "VBG"]
    if dep == "nsubj":  # "Kyiv was hit by Russian missiles": the passive's agent is the active's subject
        kids += [o for a in pdoc.kids(i, "agent") for o in pdoc.kids(a.i, "pobj")]
    if dep == "prt":  # "called X on Friday": a time phrase, not the particle of "called on X"
        kids = [k for k in kids if k.dep == "prt" or not _time_phrase(pdoc, k.i)]
    return any("*" in words or k.lower in words or k.lemma in words for k in kids)


def _left_by(pdoc: ParsedDoc, prep: int) -> int:
    """The verb a "from" or "out of" phrase hangs on: the head of "from", the head of "out" above "of"."""
    toks = pdoc.tokens
    up = toks[prep].head
    return toks[up].head if toks[prep].lower == "of" and toks[up].lower == "out" else up


def _from_objects(pdoc: ParsedDoc, i: int) -> list[Tok]:
    """The object of verb ``i``'s from-phrase ("withdrew from the deal"; requirement ``from``)."""
    return [o for p in pdoc.kids(i, "prep") if p.lower == "from" for o in pdoc.kids(p.i, "pobj")]


def _out_of_objects(pdoc: ParsedDoc, i: int) -> list[Tok]:
    """The object of verb ``i``'s "out of" phrase, "out" a particle or a preposition ("pulled out of the talks";
    requirement ``out_of``)."""
    return [o for p in pdoc.kids(i, "prep", "prt") if p.lower == "out" for q in pdoc.kids(p.i, "prep")
            if q.lower == "of" for o in pdoc.kids(q.i, "pobj")]


def _left_objects(pdoc: ParsedDoc, i: int) -> list[int]:
    """What verb ``i`` leaves ("withdrew from the deal", "pulled out of the talks")."""
    return [o.i for o in _from_objects(pdoc, i) + _out_of_objects(pdoc, i)]


def _recipients(pdoc: ParsedDoc, i: int, prep: str) -> list[int]:
    """Option ``recipient=to``: who receives the act, on the verb or on its object, whatever the parser chose
    ("returned hundreds of artefacts to Nigeria": "to" hangs on "artefacts"), or on its particle ("lashed back at
    Washington": "at" may hang on "back")."""
    preps = frozenset([prep])
    objs = [o.i for o in pdoc.kids(i, "dobj")]
    objs += [w for o in objs if (w := whole_of_part(pdoc, o)) is not None]
    objs += _left_objects(pdoc, i)  # "withdrew from the deal with Iran": the deal's party
    objs += [k.i for k in pdoc.kids(i, "prt", "advmod", "prep") if k.lower in ("back", "out")]
    given = prep_objects(pdoc, i, preps) or [t for o in objs for t in prep_objects(pdoc, o, preps)]
    # "extradited a Syrian man wanted in Germany": the country that wants the person handed over
    return given or [t for o in pdoc.kids(i, "dobj") for w in pdoc.kids(o.i, "acl") if w.lower == "wanted"
                     for t in prep_objects(pdoc, w.i, _WANTED_BY)]


def _time_phrase(pdoc: ParsedDoc, prep: int) -> bool:
    objs = pdoc.kids(prep, "pobj")
    return bool(objs) and all((e := pdoc.ent_of(o.i)) is not None and e.label in _WHEN for o in objs)


def match_trigger(pdoc: ParsedDoc, i: int) -> Trigger | None:
    """The trigger-table row that fires on token ``i`` with its requirements met, or None."""
    tok = pdoc.tokens[i]
    words = _trigger_words()
    if tok.lower not in words and tok.lemma.lower() not in words:
        return None
    pos = "VERB" if tok.pos == "VERB" else "NOUN" if tok.pos in ("NOUN", "PROPN") else None
    if pos == "NOUN" and tok.dep in ("ROOT", "ccomp", "conj") and pdoc.kids(i, "nsubj"):
        pos = "VERB"  # a verb the tagger took for a noun ("Baghdad demands that ...")
    elif pos == "VERB" and tok.dep in ("nsubj", "nsubjpass", "dobj", "pobj"):
        pos = "NOUN"  # a noun the tagger took for a verb ("missile strikes on X killed ...")
    if pos is None or (tok.ent >= 0 and pdoc.ents[tok.ent].label in _NAME_LABELS):
        return None  # "the Government of National Accord", "Peace Corps": a word of a name, not an act
    table = load_triggers()
    rules = table.get((tok.lemma.lower(), pos)) or table.get((tok.lower, pos))
    for rule in rules or ():
        if _requirement_met(pdoc, i, rule.requires) and ("actor_object" not in rule.options or _actor_object(pdoc, i)) \
                and ("meeting_object" not in rule.options or _meeting_object(pdoc, i)) \
                and ("told_meeting" not in rule.options or _event_noun(pdoc, i) is not None) \
                and ("negative" not in rule.options or _negative_evaluation(pdoc, i)) \
                and ("modal" not in rule.options or _threat_mood(pdoc, i)) \
                and _head_allowed(pdoc, i, rule) and ("neg" not in rule.options or pdoc.kids(i, "neg")) \
                and ("unowned" not in rule.options or not pdoc.kids(i, "poss")) \
                and ("igo_object" not in rule.options or _igo_object(pdoc, i)) \
                and ("intransitive" not in rule.options or not _has_object(pdoc, i)) \
                and not ((avoid := rule.option("without")) and any(k.lower in avoid.split("|") for k in pdoc.kids(i))) \
                and not ((modals := rule.option("obliging")) and not _obliged_parties(pdoc, i, modals)) \
                and not ((said := rule.option("predicate")) and not _said_to_be(pdoc, i, said.split("|"))) \
                and not ((prt := rule.option("particle")) and not any(k.lower == prt for k in pdoc.kids(i, "prt"))):
            return rule
    return None


_COUNTERPART_NOUNS = frozenset(("counterpart", "counterparts"))


def _meeting_owners(pdoc: ParsedDoc, i: int, tgt_toks: list[int]) -> list[int]:
    """Whose meeting noun ``i`` is where its own phrases name no party on the near side: the owner of "his
    counterpart" it was with ("after three hours of talks with his Georgian counterpart the two signed"), or the
    subject of the verb "their" talks are the object of ("Norwegian and Russian officials concluded their annual
    fisheries negotiations")."""
    toks = pdoc.tokens
    owners = [k.i for t in tgt_toks if toks[t].lower in _COUNTERPART_NOUNS
              for k in pdoc.kids(t, "poss") if k.lower in ("his", "her")]
    if not owners and toks[i].dep == "dobj" and any(k.lower == "their" for k in pdoc.kids(i, "poss")):
        owners = [k.i for k in pdoc.kids(toks[i].head, "nsubj")]
    return owners


def _promised_not_to(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> bool:
    """Is ``i`` what an intent row ("pledged", "promised", "agreed") commits not to do ("pledged not to threaten or
    use force", its conjuncts with it)? Not an act, told or threatened: the commitment is the event."""
    toks = pdoc.tokens
    first = i
    while toks[first].dep == "conj" and toks[first].head != first:
        first = toks[first].head
    head = toks[first].head
    return toks[first].dep == "xcomp" and head in matched and "intent" in matched[head].options and \
        bool(pdoc.kids(first, "neg"))


def _threat_mood(pdoc: ParsedDoc, i: int) -> bool:
    """Option ``modal``: a modal auxiliary hangs on the verb ("would respond in kind"), or the verb is the right a
    party reserves ("reserved the right to respond in kind"): a threat, not a response told."""
    toks = pdoc.tokens
    right = toks[toks[i].head]
    return any(k.lower in _MODAL_AUX for k in pdoc.kids(i, "aux")) or \
        (toks[i].dep in ("acl", "xcomp") and right.lemma.lower() == "right" and right.dep == "dobj" and
         toks[right.head].lemma.lower() == "reserve")


def _has_object(pdoc: ParsedDoc, i: int) -> bool:
    """Option ``intransitive``: verb ``i`` has an object, its own or the noun its relative clause describes
    ("demonstrated their commitment", "the constructive spirit they demonstrated": shown, no protest)."""
    return bool(pdoc.kids(i, "dobj")) or (pdoc.tokens[i].dep == "relcl" and _object_gap(pdoc, i))


def _obliged_parties(pdoc: ParsedDoc, i: int, modals: str) -> list[int]:
    """Option ``obliging=must|should``: the subjects of the reported clauses under ``i`` that say what a named party
    must do ("said Israel must end its attacks"); the row fires only where there is one, and they are its targets,
    not a hearer ("told the European Parliament Russia must pay"). A pronoun subject alone is left out: "said it
    must" is mostly the speaker's own duty."""
    words = modals.split("|")
    return [k.i for c in _reported_about_others(pdoc, i) if any(a.lower in words for a in pdoc.kids(c.i, "aux"))
            for k in pdoc.kids(c.i, "nsubj")]


def _reported_about_others(pdoc: ParsedDoc, i: int) -> list[Tok]:
    """The reported clauses under speech verb ``i`` whose subject is no pronoun: about a named party, not the
    speaker's own part ("said it must", "said it was behind", "our boats should not have to stop")."""
    return [c for c in pdoc.kids(i, "ccomp") if any(s.pos != "PRON" and not any(
        k.lower in ("our", "my") for k in pdoc.kids(s.i, "poss")) and s.lower not in _NEGATIVE_EVALUATIONS
        for s in pdoc.kids(c.i, "nsubj"))]  # ("a threat to Lithuania's borders is a threat to ours": no party judged)


def _said_to_be(pdoc: ParsedDoc, i: int, words: list[str]) -> bool:
    """Option ``predicate=responsible|behind``: a reported clause under ``i`` says a named party is that ("said
    Taliban militants were responsible", "claimed Kyiv was behind the attack"). A pronoun subject is left out, as
    for ``obliging``: "said it was behind" claims one's own act. ``predicate=negative``: a judgement of the
    negative_evaluations list, anywhere in the predicate ("said Brazil's veto was an act of aggression")."""
    if words == ["negative"]:  # (not what the predicate is against: "said the deployment was part of an
        # operation against illegal mining" judges the mining, not the deployment)
        toks = pdoc.tokens
        return any(toks[j].lower in _NEGATIVE_EVALUATIONS and
                   not any(toks[p].lower == "against" and toks[p].dep == "prep" for p in pdoc.ancestors(j))
                   for c in _reported_about_others(pdoc, i)
                   for k in pdoc.kids(c.i, "acomp", "attr") for j in pdoc.subtree(k.i))
    return any(c.lower in words or any(k.lower in words for k in pdoc.kids(c.i, "acomp", "attr", "prep"))
               for c in _reported_about_others(pdoc, i))


def _head_allowed(pdoc: ParsedDoc, i: int, rule: Trigger) -> bool:
    """Options ``head=a|b`` / ``nothead=a|b``: the word governing the trigger ("lodged a protest", "in protest").
    Option ``brokered=a|b``: a meeting these verbs govern is the two sides' only where it names them ("Norway
    mediated talks between Colombia and Venezuela"); else it is the broker's act alone ("Qatar brokered talks with
    the Taliban": its verb's row tells the mediation)."""
    toks = pdoc.tokens
    j = i
    while toks[j].dep == "conj" and toks[toks[j].head].pos == toks[i].pos and toks[j].head != j:
        j = toks[j].head  # "expressed its rejection and condemnation": the first conjunct's governor
    head = toks[toks[j].head]
    if head.lower == "of" and toks[head.head].lemma.lower() in _DOCUMENT_NOUNS and head.head != toks[head.head].head:
        head = toks[toks[head.head].head]  # "handed a note of protest": the verb that governs the document
    elif toks[j].dep == "compound" and head.lemma.lower() in _DOCUMENT_NOUNS and head.head != head.i:
        head = toks[head.head]  # "handed him a protest note": the same, the noun told as the document's kind
    if head.lower in ("from", "of") and head.dep == "prep" and i in _left_objects(pdoc, _left_by(pdoc, head.i)):
        head = toks[_left_by(pdoc, head.i)]  # "withdrew from the agreement", "pulled out of the agreement"
    want, avoid = rule.option("head"), rule.option("nothead")
    if want and head.lemma.lower() not in want.split("|"):
        return False
    if (broker := rule.option("brokered")) and head.lemma.lower() in broker.split("|") and \
            not prep_objects(pdoc, i, _BETWEEN):
        return False
    if not avoid:
        return True
    avoided = avoid.split("|")
    # "confirmed the suspension of aid", "lifted a ban on protests", "the right to peaceful protest": the noun the
    # phrase hangs on governs it too; so does the verb of a purpose ("recalled its ambassador for consultations")
    return head.lemma.lower() not in avoided and \
        not (head.lower in ("of", "on", "to", "for") and toks[head.head].lemma.lower() in avoided and
             head.head != head.i)


def _answering_party(pdoc: ParsedDoc, i: int) -> list[int]:
    """Option ``answered``: the subject of the verb whose phrase noun ``i`` heads ("Kenya sent police to Haiti at
    the request of the Haitian government": Kenya), or its passive agent; the one asked is who answered."""
    prep = pdoc.tokens[pdoc.tokens[i].head]
    verb = pdoc.tokens[prep.head]
    if pdoc.tokens[i].dep != "pobj" or prep.dep != "prep" or verb.pos not in ("VERB", "AUX"):
        return []
    return [k.i for k in pdoc.kids(verb.i, "nsubj")] or \
        [o.i for a in pdoc.kids(verb.i, "agent") for o in pdoc.kids(a.i, "pobj")]


def _provoking_party(pdoc: ParsedDoc, i: int) -> list[int]:
    """Option ``provoked``: who did what a protest follows, the subject (or passive agent) of the clause after
    "after" or "when" on the protesting verb, or on the verb a protest noun is the object of ("Japan protested
    after Chinese ships entered its waters", "lodged a protest after ..."): the protest is toward them."""
    tok = pdoc.tokens[i]
    verb = tok.head if tok.pos == "NOUN" and tok.dep == "dobj" else i
    after = [p for k in pdoc.kids(verb, "advcl")
             if any(m.lower in ("after", "when") for m in pdoc.kids(k.i, "mark", "advmod"))
             for p in ([s.i for s in pdoc.kids(k.i, "nsubj")] or
                       [o.i for a in pdoc.kids(k.i, "agent") for o in pdoc.kids(a.i, "pobj")])]
    # "vowed revenge for the Israeli strike", "to retaliate for Ukraine's attack", "vowed to retaliate after
    # Iranian strikes": who did the deed it is for or follows, on the verb or on the act it vows
    acts = [i] + [k.i for k in pdoc.kids(i, "xcomp")] if tok.pos == "VERB" else [i, verb]
    deeds = [d for a in acts for d in prep_objects(pdoc, a, _FOR_OR_AFTER)
             if pdoc.tokens[d].pos == "NOUN" and pdoc.tokens[d].ent < 0]
    return after + [k for d in deeds for k in noun_parties(pdoc, d, frozenset(), False)[0]]


def _provoker_before(pdoc: ParsedDoc, actors: ArticleActors, i: int, own: set[str | None]) -> list[Actor]:
    """Option ``provoked``, for a threat whose sentence names no deed ("Moldova declared a Russian diplomat persona
    non grata. Moscow would respond in an appropriate manner"): the subject of the latest clause, in the two
    sentences before, whose object names the threatening side, that other party (who did what is answered)."""
    toks = pdoc.tokens
    sent = toks[i].sent
    start = pdoc.sents[max(sent - 2, 0)][0]
    for verb in range(pdoc.sents[sent][0] - 1, start - 1, -1):
        if toks[verb].pos != "VERB":
            continue
        objects = [k.i for k in pdoc.kids(verb, "dobj")]
        if not any(a.country in own for o in objects for j in pdoc.subtree(o) if toks[j].ent >= 0 or
                   toks[j].pos in ("NOUN", "PROPN") for a in actors.at(j)):
            continue
        subjects = [a for k in pdoc.kids(verb, "nsubj") for a in actors.at(k.i) if a.country not in own]
        if subjects:
            return subjects
    return []


def _intruder_before(pdoc: ParsedDoc, actors: ArticleActors, i: int, own: set[str | None]) -> list[Actor]:
    """Option ``provoked``, for a show of force answering no deed in its sentence ("Russian drones pounded Izmail,
    across the Danube ... Romania said it had scrambled two F-16 jets"): the subject of another country in the
    latest clause of the sentence or the one before that names one."""
    toks = pdoc.tokens
    start = pdoc.sents[max(toks[i].sent - 1, 0)][0]
    for k in range(i - 1, start - 1, -1):
        # (or the one accused of a deed: "accused Eritrea of moving troops ... and placed its army on high alert")
        accused = toks[k].dep == "dobj" and toks[toks[k].head].lemma in _ACCUSING_VERBS
        if (accused or (toks[k].dep in ("nsubj", "nsubjpass") and toks[toks[k].head].lemma not in _SPEECH_VERBS)) and \
                (found := [a for a in actors.at(k) if a.country and a.country not in own and a.role != "IGO"]):
            return found[:1]  # (not a speaker: "..., Ukraine's southern military command said")
    return []


def _negative_evaluation(pdoc: ParsedDoc, i: int) -> bool:
    """"called the expulsion an unfriendly step": a negative judgement in the verb's complements. Not one in a
    free relative ("protested against what it called a provocation", "condemned what she called reckless
    conduct"): that names what the act it hangs on is about, and is no act of its own."""
    words = _NEGATIVE_EVALUATIONS
    toks = pdoc.tokens
    if pdoc.judges_what(i):
        return False
    comps = [k.i for k in pdoc.kids(i, "oprd", "xcomp", "ccomp", "attr", "prep", "dobj") if k.dep != "dobj"]
    comps += [k.i for d in pdoc.kids(i, "dobj") for k in pdoc.kids(d.i, "appos", "amod", "acl")]
    return any(toks[j].lower in words for c in comps for j in pdoc.subtree(c))


def _meeting_object(pdoc: ParsedDoc, i: int) -> bool:
    """The verb's object is a meeting that names its parties ("hosted talks between Armenia and Azerbaijan", "hosted
    a summit of the leaders of Cameroon and Gabon"): they are the verb's other parties. Not an infinitive ("offered
    to host talks between A and B": the offer is told toward each party, as an intent)."""
    if pdoc.tokens[i].dep in ("xcomp", "advcl"):
        return False
    return any(_meeting_noun(o.lemma.lower(), "") and any(p.lower in ("between", "of") for p in pdoc.kids(o.i, "prep"))
               for o in pdoc.kids(i, "dobj"))


def _igo_object(pdoc: ParsedDoc, i: int) -> bool:
    """Option ``igo_object``: the verb's object, or what it withdraws from, is an organisation of states by name
    ("quit NATO", "withdrew from the WHO"; not "left Kenya")."""
    gaz = load_gazetteer()
    objs = pdoc.kids(i, "dobj") + _from_objects(pdoc, i)
    return any(o.ent >= 0 and gaz.igo(pdoc.ents[o.ent].text) is not None for o in objs)


def _actor_object(pdoc: ParsedDoc, i: int) -> bool:
    """The verb's object is a party ("hosted the president"), not an event ("hosted exercises"), and the verb does
    not name it something ("calling them a red line": an object and its predicate, no phone call)."""
    if pdoc.kids(i, "oprd") and pdoc.kids(i, "dobj", "dative", "nsubjpass"):
        return False
    objs = pdoc.kids(i, "dobj", "nsubjpass", "oprd")
    if not objs:
        return True
    obj = objs[0]
    if obj.ent >= 0 or obj.pos in ("PRON", "PROPN"):
        return pdoc.ents[obj.ent].label in ("PERSON", "GPE", "ORG", "NORP") if obj.ent >= 0 else True
    lemma = obj.lemma.lower()
    if load_triggers().get((lemma, "NOUN")) or lemma in _NON_ACTOR_OBJECTS or lemma in _ANAPHORIC_EVENT_NOUNS:
        return False  # "welcomed the deal": an event, not a guest
    # a common noun: people ("received the delegation", "hosted the ministers"), not things ("received a shipment")
    return _is_person_noun(obj) or lemma in _GUEST_NOUNS or obj.lower in _GUEST_NOUNS


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns that name people (titles' heads and party nouns): "diplomats", "officials", "protesters"."""
    titles = {phrase.split()[-1] for phrase in load_gazetteer().titles}
    return frozenset(titles | {noun.lower() for noun in party_nouns()})


_ACTED_UPON = frozenset(("after", "following", "upon", "at"))


def _acted_upon(pdoc: ParsedDoc, i: int) -> int | None:
    """The verb that request noun ``i`` is the occasion of ("deployed police following a request from X", "sent aid
    after an appeal from X", "at the request of X"), or None."""
    toks = pdoc.tokens
    tok = toks[i]
    if tok.dep != "pobj":
        return None
    prep = toks[tok.head]
    verb = toks[prep.head]
    if prep.lower in _ACTED_UPON and prep.dep in ("prep", "advcl") and verb.pos == "VERB" and prep.head != prep.i:
        return verb.i
    return None


def _thing_said_to_be(pdoc: ParsedDoc, j: int, i: int) -> bool:
    """Is ``j`` a clause said of a thing ("said that the deployment was a routine exercise", "said the drills
    threatened stability")? Verb ``i`` coordinated with it is the speaker's, not the thing's, where ``j`` is a copula
    or ``i`` a word only a party says ("... and warned Manila", "... and called on European powers", "... and
    lodged a protest")."""
    toks = pdoc.tokens
    tok = toks[j]
    return tok.dep == "ccomp" and toks[tok.head].lemma in _SPEECH_VERBS and \
        (tok.lemma == "be" or _word_act(toks[i]) or any(_word_act(o, "NOUN") for o in pdoc.kids(i, "dobj"))) and \
        any(k.pos == "NOUN" and k.ent < 0 and not _is_person_noun(k) for k in pdoc.kids(j, "nsubj"))


def _unnamed_summoner(pdoc: ParsedDoc, actors: ArticleActors, i: int, body: int) -> list[Actor]:
    """Who summoned an envoy to a body named by no country ("the Russian ambassador had been summoned to the
    ministry"): the country of whoever says so ("Foreign Minister Ana Grosu said ..."), else the dateline's."""
    toks = pdoc.tokens
    tok = toks[i]
    said = [a for k in pdoc.kids(tok.head, "nsubj") for a in actors.at(k.i) if a.country] \
        if tok.dep == "ccomp" and toks[tok.head].lemma in _SPEECH_VERBS else []
    country = said[0].country if said else actors.home
    return [make_actor(toks[body].text, country, actors.role_at(body) or "GOV", None)] if country else []


def _word_act(tok: Tok, pos: str = "VERB") -> bool:
    """A verb that tells a party's words: a speech verb, or a trigger row's verb of an act done in words (appeals,
    demands, disapproval, rejection, threats); with ``pos`` "NOUN", a noun of such an act ("a protest")."""
    return (pos == "VERB" and tok.lemma in _SPEECH_VERBS) or \
        any(row.cameo[:2] in _SAID_ROOTS for row in load_triggers().get((tok.lemma.lower(), pos), ()))


def _people_acted_on_there(pdoc: ParsedDoc, rule: Trigger, i: int) -> bool:
    """Is verb ``i`` a passive whose doer only its place tells (a ``passive_source`` row, no agent) and whose subject
    is unnamed people ("Fourteen protesters were detained in Chisinau", "dozens of opposition supporters were
    arrested in Tbilisi")? The state of the place did it to people the text names no country for."""
    subjects = pdoc.kids(i, "nsubjpass")
    if not subjects or not rule.option("passive_source") or pdoc.kids(i, "agent"):
        return False
    for k in subjects:
        whole = pdoc.tokens[w] if (w := whole_of_part(pdoc, k.i)) is not None else k
        role = noun_role(whole)
        if whole.ent >= 0 or not (role in _UNARMED_PEOPLE if role else _is_person_noun(whole)):
            return False  # (not armed men: "fourteen soldiers were detained" may be anyone's)
    return True


def _is_person_noun(tok: Tok) -> bool:
    return tok.lower in _person_nouns() or tok.lemma in _person_nouns()


def _headline_list(pdoc: ParsedDoc, verb: int, subj: list[int]) -> list[int]:
    """A name before the subject and a comma, parsed as the verb's adverbial noun or left unlabelled: the headline's
    list of subjects ("Pakistan, China sign deals", "US, UK strike Houthi targets")."""
    toks = pdoc.tokens
    first = subj[0]
    return [k.i for k in pdoc.kids(verb, "npadvmod", "dep") if k.i + 2 == first and toks[k.i + 1].text == ","
            and k.ent >= 0 and pdoc.ents[k.ent].label in ("GPE", "ORG", "NORP", "PERSON")]


def owns_mission(pdoc: ParsedDoc, k: int) -> bool:
    """Does name ``k`` say whose embassy or consulate it is ("the Hungarian embassy", "Hungary's embassy", "the
    embassy of Hungary")?"""
    toks = pdoc.tokens
    head = toks[k].head
    if toks[k].dep == "pobj" and toks[head].lower == "of":
        head = toks[head].head
    elif toks[k].dep not in ("amod", "compound", "poss"):
        return False
    return toks[head].lemma.lower() in _FOREIGN_MISSIONS


def _placed_body(pdoc: ParsedDoc, i: int) -> int:
    """The noun a relative clause on token ``i`` describes: ``i``, or the body a place ``i`` only locates ("China's
    embassy in Port Vila, which had accused Canberra": the embassy accused, not Vanuatu's capital)."""
    toks = pdoc.tokens
    tok = toks[i]
    if tok.dep == "pobj" and toks[tok.head].lower in _PLACE_PREPS and (span := pdoc.ent_of(i)) is not None and \
            span.label == "GPE" and toks[toks[tok.head].head].lemma.lower() in _ORG_HEADS:
        return toks[tok.head].head
    return i


def _subject_of(pdoc: ParsedDoc, i: int) -> tuple[list[int], bool]:
    """Subject token(s) of verb ``i``; xcomp/conj/advcl verbs inherit the subject of their head
    ("X were expected to meet": X), an xcomp under a verb with an object that object ("urged X to withdraw":
    X), and "an invitation to visit" the subject of the verb taking the noun."""
    toks = pdoc.tokens
    tok = toks[i]
    for _ in range(5):
        deps = ("nsubj",) if tok.i == i else ("nsubj", "nsubjpass")
        subj = [k.i for k in pdoc.kids(tok.i, *deps)]
        if subj and tok.dep == "relcl" and toks[subj[0]].lower in _RELATIVE_PRONOUNS:
            return [_placed_body(pdoc, tok.head)], False  # "X, who accepted ...": the relative pronoun stands for X
        if subj:
            return _headline_list(pdoc, tok.i, subj) + subj, tok.i == i
        if tok.i == i and tok.dep == "amod" and tok.tag == "VBG" and toks[tok.head].pos in ("NOUN", "PROPN"):
            return [tok.head], True  # "received visiting Brazilian President Lula": the visitor is Lula
        if tok.i == i and tok.dep == "attr" and tok.tag == "VBG" and toks[tok.head].lemma == "be":
            # a parser slip: "Qatar is mediating between ...", with the progressive's verb the attribute of "is"
            return [k.i for k in pdoc.kids(tok.head, "nsubj")], True
        controller = [k.i for k in pdoc.kids(tok.head, "dobj")] if tok.dep == "xcomp" and tok.head != tok.i else []
        if controller and toks[tok.head].lemma in _COMMANDING and pdoc.kids(tok.head, "nsubj"):
            tok = toks[tok.head]  # "the president ordered the army to move units to the border": the commander
            continue
        if controller and toks[tok.head].lemma in _INSTRUMENT_VERBS | _SUMMONING_VERBS:
            tok = toks[tok.head]  # "militants who use Afghan soil to attack Pakistan": the users attack, not the soil;
            continue  # "summoned Pakistan's charge d'affaires to demand an explanation": the summoner demands
        if controller and toks[tok.head].pos in ("VERB", "AUX"):
            return controller, False  # "prompted the US to condemn", "invited Uganda to attend": the object acts
        if tok.dep == "conj" and _thing_said_to_be(pdoc, tok.head, tok.i):
            tok = toks[toks[tok.head].head]  # "said the deployment was routine and accused Guyana": the speaker
            continue  # accused, the parser hung the verb under what was said
        if tok.dep == "advcl" and tok.tag == "VBG" and tok.i > 0 and toks[tok.i - 1].dep == "dobj" and \
                toks[tok.i - 1].head == tok.head and toks[tok.i - 1].lemma.lower() in _DOCUMENT_NOUNS:
            break  # "he was handed a note declaring the two diplomats persona non grata": what the note says is its
            # author's act, not the receiver's
        if tok.dep in ("xcomp", "conj", "advcl", "acomp", "ccomp") and tok.head != tok.i:
            tok = toks[tok.head]  # "X was ready to host": the adjective's subject; a subjectless ccomp is a
            continue  # coordinated verb the parser hung under the first ("said ..., accused X and urged Y")
        if tok.dep == "pcomp" and tok.tag == "VBG" and toks[tok.head].lower in _MEANS_PREPS and \
                toks[toks[tok.head].head].pos == "VERB":
            tok = toks[toks[tok.head].head]  # "Kenya responded by banning imports", "after meeting X": the verb's
            continue  # subject does it (not "accused X of helping", "criticised X for backing": X does)
        owner = [k.i for k in pdoc.kids(tok.head, "poss", "compound", "amod")
                 if k.ent >= 0 and pdoc.ents[k.ent].label in ("GPE", "ORG", "NORP", "PERSON")]
        done_to_people = tok.tag == "VBN" and _is_person_noun(toks[tok.head])
        if tok.dep == "acl" and tok.tag in ("VBG", "VBN") and owner and not done_to_people:
            # "blocked an EU statement criticising China", "a US plan announced on Monday": the owner's act; not
            # "Algerian diplomats accused of spying", whose participle is done to the people the noun names
            return owner, False
        if tok.dep in ("acl", "relcl") and toks[tok.head].lemma.lower() in _OWN_ACT_NOUNS and \
                pdoc.is_infinitive(tok.i) and \
                (poss := [k.i for k in pdoc.kids(tok.head, "poss")] or owner):
            if all(toks[k].pos == "PRON" for k in poss) and toks[tok.head].dep == "dobj":
                tok = toks[toks[tok.head].head]  # "reaffirmed its commitment to defend X": the subject's
                continue
            return poss, False  # "welcomed Qatar's offer to mediate": Qatar would mediate, not who welcomed it
        head = toks[tok.head]
        if tok.dep == "acl" and tok.tag != "VBG" and head.dep == "ROOT" and head.pos in ("NOUN", "PROPN") and \
                not pdoc.kids(tok.i, "agent", "nsubjpass") and tok.i == i:
            # a parser slip: "The European Union, the largest buyer ..., called on ...", with the noun as the
            # sentence's root and its verb hung under it: the noun is the subject
            return [head.i], True
        if tok.dep == "acl" and toks[tok.head].dep in ("dobj", "pobj") and toks[tok.head].head != tok.head:
            if done_to_people or (tok.tag == "VBN" and not pdoc.kids(tok.i, "agent")):
                break  # "shared evidence against a banker accused of fraud", "boarded a bulk carrier hijacked off
                # Somalia": done to the noun by someone unnamed, not by the sharers or the boarders
            tok = toks[toks[tok.head].head]
            if tok.pos == "ADP":
                tok = toks[tok.head]
            continue
        if tok.dep in ("acl", "relcl") and toks[tok.head].dep == "attr" and pdoc.is_infinitive(tok.i):
            tok = toks[toks[tok.head].head]  # "Chile became the first country to recognise X", "Peru was the first
            continue  # to send aid": the copula's subject does it, not the noun or adjective it is said to be
        if tok.dep == "relcl":
            return [tok.head], False
        break
    return [], False


def _named_noun_modifiers(pdoc: ParsedDoc, i: int) -> list[int]:
    """Names the parser hung as noun modifiers in object ``i`` ("declared President Lula \"persona non grata\"",
    read as "Lula persona grata"): the object's party."""
    out, todo = [], [i]
    while todo:
        for k in pdoc.kids(todo.pop(), "nmod"):
            if k.ent >= 0 and pdoc.ents[k.ent].label in _NAME_LABELS:
                out.append(k.i)
            elif k.pos == "NOUN":
                todo.append(k.i)
    return out


def _names_its_own_party(pdoc: ParsedDoc, actors: ArticleActors, i: int, own: set[str | None]) -> bool:
    """Does a clause verb ``i`` governs name a party besides the subject's side ("pledged to work with the US";
    not "promised to push its development bank to finance a pipeline")?"""
    return any(a.country not in own for c in pdoc.kids(i, "xcomp", "ccomp") for k in pdoc.subtree(c.i)
               if pdoc.tokens[k].ent >= 0 for a in actors.at(k))


def _relative_objects(pdoc: ParsedDoc, i: int, targets: list[int]) -> list[int]:
    """A relative pronoun object of relative clause ``i`` stands for the noun the clause describes: a person, an
    organisation or a people ("the Palestinian Authority, which it accused of ...", "the envoy, whom Minsk accused
    of ..."), or a place when the clause names no other party ("Russia, which it accused"; not "the strike on
    Kharkiv, which it blamed on Russia": the deed blamed on Russia)."""
    toks = pdoc.tokens
    pronouns = [k for k in targets if toks[k].lower in _RELATIVE_PRONOUNS and toks[k].dep == "dobj"]
    if not pronouns:
        return targets
    noun = toks[toks[i].head]
    span = pdoc.ent_of(noun.i)
    if (span is not None and span.label in _BODY_LABELS) or _is_person_noun(noun) or \
            (span is not None and len(targets) == len(pronouns)):
        return [noun.i if k in pronouns else k for k in targets]
    return [k for k in targets if k not in pronouns]


def _object_gap(pdoc: ParsedDoc, i: int) -> bool:
    """Relative clause ``i``, with no object or party phrase of its own, has a subject of its own (not the relative
    pronoun): the noun it describes is its object ("officials it accuses"; not "officials who accused"), unless a
    clause or "where" takes that place ("Anapa, where he met X") or the noun is a deed or an event ("a move Togo
    condemned": the deed rules find its doer)."""
    noun = pdoc.tokens[pdoc.tokens[i].head].lemma.lower()
    return any(k.lower not in _RELATIVE_PRONOUNS for k in pdoc.kids(i, "nsubj")) and \
        not pdoc.kids(i, "ccomp", "xcomp", "dative") and \
        not any(k.lower in _RELATIVE_ADVERBS for k in pdoc.kids(i, "advmod")) and \
        noun not in DEED_NOUNS and noun not in event_nouns()


def _inside_a_name(pdoc: ParsedDoc, prep: Tok) -> bool:
    """Is preposition ``prep`` a word of a name that runs on before it, which the parser split (a relief centre's
    name "X Centre for Humanitarian Assistance", its "for" hung on the verb): no phrase of the verb's own."""
    return prep.ent >= 0 and pdoc.ents[prep.ent].start < prep.i < pdoc.ents[prep.ent].end - 1


def prep_objects(pdoc: ParsedDoc, i: int, preps: frozenset[str]) -> list[int]:
    """Objects of the prepositions of ``i`` among ``preps``, datives included ("lend $1 billion to Indonesia"), with
    or without their "to" ("gave Kenya $10 million", "gave Togo an ultimatum")."""
    out = []
    for prep in pdoc.kids(i, "prep", "dative"):
        if prep.dep == "dative" and prep.pos != "ADP":
            if "to" in preps:
                out.append(prep.i)
        elif prep.lower in preps and not (_inside_a_name(pdoc, prep) and prep.ent != pdoc.tokens[i].ent):
            # ("said on Tuesday that ...": a date is no party)
            out += [k.i for k in pdoc.kids(prep.i, "pobj") if k.ent < 0 or pdoc.ents[k.ent].label not in _WHEN]
        elif prep.lower == "in" and "outside" in preps:  # "rallied in front of the embassy": outside it
            out += [o.i for f in pdoc.kids(prep.i, "pobj") if f.lower == "front"
                    for of in pdoc.kids(f.i, "prep") if of.lower == "of" for o in pdoc.kids(of.i, "pobj")]
    return out


_WHEN = frozenset(("DATE", "TIME"))


def _fired_weapon(pdoc: ParsedDoc, i: int, obj: Tok) -> bool:
    """Is ``obj`` a weapon that verb ``i`` fires ("launched drones at Ukraine", "fired drones at a ship")? Drones are
    also a party ("Russian drones struck Odesa"; "shot down 50 Russian drones" downs Russia's), but what one fires
    is no target."""
    return obj.lower in _WEAPON_PARTIES and pdoc.tokens[i].lemma in _FIRING and \
        not any(k.lower == "down" for k in pdoc.kids(i, "prt", "advmod"))


def _means_weapon(pdoc: ParsedDoc, t: int) -> bool:
    """Is ``t`` in a with-phrase that names a weapon party noun ("with missiles and drones"): what was used, no
    party?"""
    toks = pdoc.tokens
    while toks[t].dep == "conj" and toks[t].head != t:
        t = toks[t].head
    return toks[t].dep == "pobj" and toks[toks[t].head].lower == "with" and \
        any(toks[k].lower in _WEAPON_PARTIES for k in [t, *(c.i for c in pdoc.kids(t, "conj"))])


def verb_parties(pdoc: ParsedDoc, i: int, rule: Trigger, preps: frozenset[str]) -> tuple[list[int], list[int], bool]:
    tok = pdoc.tokens[i]
    # a passive clause: its subject, or its agent when the parser took the subject for a clause ("Aid worth $50
    # million was pledged to Syria by Saudi Arabia", with "Aid" as a clausal subject)
    passive = bool(pdoc.kids(i, "nsubjpass") or (pdoc.kids(i, "csubjpass") and pdoc.kids(i, "agent")))
    # "was welcomed by Kyiv and criticised by Moscow": a passive conjunct shares its head's passive subject; so does
    # a verb of telling with an infinitive and no object ("the diplomats were declared persona non grata and told
    # to leave" were told, whatever its tag)
    shared = tok.dep == "conj" and bool(pdoc.kids(tok.head, "nsubjpass")) and \
        not pdoc.kids(i, "nsubj", "nsubjpass", "aux") and \
        ((tok.tag == "VBN" and bool(pdoc.kids(i, "agent"))) or
         (tok.lemma in _OBJECT_CONTROL and not pdoc.kids(i, "dobj") and bool(pdoc.kids(i, "xcomp"))))
    passive = passive or shared
    if not passive and tok.tag == "VBN" and pdoc.kids(i, "agent") and \
            (tok.dep == "acl" or (tok.dep == "advcl" and not pdoc.kids(i, "nsubj", "nsubjpass", "auxpass"))):
        # a passive participle with its agent acts on the noun it qualifies ("students arrested by police", "a move
        # welcomed by X"), or on the subject of the clause it tells more of ("negotiators held talks in Istanbul,
        # hosted by Turkey", "Russia struck Kyiv, backed by Belarus")
        sources = _agents(pdoc, [tok])
        acted_on = [tok.head] if tok.dep == "acl" else _subject_of(pdoc, tok.head)[0]
        return sources, [*acted_on, *prep_objects(pdoc, i, preps)], bool(sources)
    if passive:
        sources = [p.i for a in pdoc.kids(i, "agent") for p in pdoc.kids(a.i, "pobj")]
        targets = [k.i for k in pdoc.kids(tok.head if shared else i, "nsubjpass")]
        if tok.dep == "relcl" and all(pdoc.tokens[k].lower in _RELATIVE_PRONOUNS for k in targets):
            targets = targets and [tok.head]  # "an aid worker who had been detained in Tehran": the worker
        if not sources and (prep := rule.option("passive_source")):
            sources = prep_objects(pdoc, i, frozenset([prep]))
            if all(pdoc.tokens[k].ent < 0 for k in sources):
                # "was summoned to the foreign ministry in Algiers", "X's envoy in Minsk was summoned to the
                # ministry": the capital where it is done names who did it
                places = [p for t in [*sources, i, *targets] for p in prep_objects(pdoc, t, _IN)
                          if pdoc.tokens[p].ent >= 0]
                # "the Russian ambassador to Denmark was summoned (expelled)": the country the envoy is posted to
                places += [p for t in targets for p in prep_objects(pdoc, t, _POSTED)
                           if (span := pdoc.ent_of(p)) is not None and span.label == "GPE"]
                sources = places[:1] or sources
            return sources, targets, bool(sources)
        direct = bool(sources)
    else:
        sources, direct = _subject_of(pdoc, i)
        # "missiles fired by the Israeli military struck ...": who fired the weapons that struck
        sources = [p.i for k in sources for f in pdoc.kids(k, "acl") if f.tag == "VBN" and f.lemma in _FIRING
                   for a in pdoc.kids(f.i, "agent") for p in pdoc.kids(a.i, "pobj")] or sources
        # "discussed the Ukraine crisis", "discussed Syria": a topic, not a party (its "with" phrases still are)
        targets = [k.i for k in pdoc.kids(i, "dobj")
                   if tok.lemma.lower() not in _TOPIC_VERBS and not _fired_weapon(pdoc, i, k)]
        targets += [k.i for k in pdoc.kids(i, "oprd") if k.ent >= 0]  # parser slip: "called X and Y" as "called X Y"
    if any((o.ent >= 0 and pdoc.ents[o.ent].label in _NAME_LABELS) or o.lower in _REFLEXIVES or
           (_is_person_noun(o) and not _fired_weapon(pdoc, i, o)) for o in pdoc.kids(i, "dobj")):
        preps = preps - _AT  # "slammed Israel at the UN", "would defend itself at The Hague": with a party as
        # object, "at" names the venue ("fired missiles at X", "fired dozens of rockets at Israel", "pointed the
        # finger at China" keep it)
    targets += prep_objects(pdoc, i, preps)
    if not passive and tok.dep == "relcl":
        targets = _relative_objects(pdoc, i, targets)
    if not passive and tok.dep == "relcl" and not targets and _object_gap(pdoc, i):
        targets.append(tok.head)  # "two Iranian officials it accuses of organising": the noun it describes
    objects = pdoc.kids(i, "dobj")  # ("closed two of its crossings with Belarus": the part's whole too)
    for obj in objects + [pdoc.tokens[w] for o in objects if (w := whole_of_part(pdoc, o.i)) is not None]:
        targets += prep_objects(pdoc, obj.i, preps | _SOURCE_OF_OBJECT_PREPS)
        targets += _named_noun_modifiers(pdoc, obj.i)
        # "suspended talks on joining the European Union": the bloc the talks were about joining
        targets += [k.i for p in pdoc.kids(obj.i, "prep") if p.lower in ("on", "about")
                    for g in pdoc.kids(p.i, "pcomp") if g.lemma in _JOINING_VERBS for k in pdoc.kids(g.i, "dobj")]
        # "sent 34 warplanes and nine navy ships around Taiwan": a phrase on the last of coordinated objects
        targets += [k for c in pdoc.kids(obj.i, "conj") if c.pos == "NOUN" for k in prep_objects(pdoc, c.i, preps)]
        if obj.lower in _ENVOY_WORDS:  # "recalled its ambassador in Washington": the country the envoy serves in
            targets += [k for k in prep_objects(pdoc, obj.i, _IN)
                        if (span := pdoc.ent_of(k)) is not None and span.label == "GPE"]
        if obj.lemma.lower() not in _RELATIONAL_NOUNS and tok.lemma.lower() not in _TOPIC_VERBS:
            # ("asked its allies": others, not the possessor; "discussed Russia's proposal": a topic)
            targets += [k.i for k in pdoc.kids(obj.i, "poss")]
    for comp in pdoc.kids(i, "ccomp", "acl"):  # "demands that Ankara stop"
        if not targets:
            targets += [k.i for k in pdoc.kids(comp.i, "nsubj")]
    if modals := rule.option("obliging"):  # "told the European Parliament Russia must pay": Russia is obliged
        targets = _obliged_parties(pdoc, i, modals) or targets
    if rule.cameo[:2] == "16":  # "duties on brandy imported from the European Union": where the goods come from
        targets += [o for t in targets for v in pdoc.kids(t, "acl") if v.lemma in _TRADING_VERBS
                    for o in prep_objects(pdoc, v.i, _ORIGIN_PREPS)]
    if rule.cameo[:2] in ("02", "10"):  # "called for talks between A and B": A and B are asked
        targets += [k for f in prep_objects(pdoc, i, _FOR)
                    for k in prep_objects(pdoc, f, frozenset(("between", "with")))]
    if not targets and rule.cameo[:2] in ("10", "12", "13"):  # "threatened to retaliate against X"
        for comp in pdoc.kids(i, "xcomp"):
            targets += [k.i for k in pdoc.kids(comp.i, "dobj")] + prep_objects(pdoc, comp.i, preps)
    toks = pdoc.tokens
    if rule.cameo[:2] == "13":  # "would respond with countermeasures against Estonia", "warned of action against X"
        acted_on = [k for w in prep_objects(pdoc, i, _THREATENED_ACT_PREPS) for k in prep_objects(pdoc, w, preps)]
        # "warned of countermeasures against the arms sale by Washington": the sale's author
        targets += acted_on + [k for a in acted_on if toks[a].ent < 0 for k in prep_objects(pdoc, a, _BY)]
    # "refused to condemn the invasion at the UN vote": the occasion it was done at is no party
    targets = [t for t in targets if not (toks[t].lemma.lower() in _OCCASION_NOUNS and toks[t].dep == "pobj"
                                          and toks[toks[t].head].lower == "at")]
    # "arrested a suspect at the request of Italy": Italy asked (the request's own event), and is not arrested
    targets = [t for t in targets if not (toks[t].lemma.lower() in _answered_nouns() and toks[t].dep == "pobj")]
    # "targeted a cargo ship with missiles and drones": the weapons it was done with are no party
    targets = [t for t in targets if rule.symmetric or not _means_weapon(pdoc, t)]
    if rule.cameo[:2] == "13" and all(toks[t].ent < 0 and toks[t].pos != "PRON" for t in targets):
        # "never ruled out using force to take Taiwan": the object of the threatened force
        found = [k for comp in pdoc.kids(i, "xcomp", "dobj") for k in _subtree_outside_conditions(pdoc, comp.i)
                 if toks[k].dep in ("dobj", "pobj") and toks[k].ent >= 0][:1]
        # "threatened to use nuclear weapons if attacked by the United States", "warned that the country would take
        # countermeasures if the three allies held joint drills": the party the condition is on
        targets += found or [k for comp in pdoc.kids(i, "xcomp", "ccomp")
                             for k in condition_subjects(pdoc, comp.i)][:1]
    if not targets and not passive and not pdoc.kids(i, "dobj", "prep"):
        # "protesters stormed and set fire to the embassy": the verb that comes after, with no subject of its own,
        # names what both were done to
        targets = [k for c in pdoc.kids(i, "conj") if c.pos == "VERB" and c.i > i and not pdoc.kids(c.i, "nsubj")
                   for k in [o.i for o in pdoc.kids(c.i, "dobj")] + prep_objects(pdoc, c.i, preps)]
    return sources, targets, direct


def _denied_charge(pdoc: ParsedDoc, i: int) -> bool:
    """Is accusation noun ``i`` the object of a denial with no author of its own ("denied the accusation",
    "rejected the allegations"; not "rejected Russia's accusation": that names who accused)?"""
    toks = pdoc.tokens
    return toks[i].dep == "dobj" and toks[toks[i].head].lemma in _DENYING and \
        not pdoc.kids(i, "poss") and not prep_objects(pdoc, i, _SOURCE_OF_OBJECT_PREPS)


def _claimants(pdoc: ParsedDoc, i: int) -> list[int]:
    """Who claimed responsibility (or credit) for violence noun ``i``: the subject of the claim, the attack's
    author ("the Houthis claimed responsibility for a missile attack", "IS took credit for the bombing")."""
    toks = pdoc.tokens
    prep = toks[toks[i].head]
    claim = toks[prep.head]
    if toks[i].dep != "pobj" or prep.lower != "for" or claim.lemma.lower() not in _CLAIM_NOUNS or \
            claim.dep != "dobj" or toks[claim.head].lemma.lower() not in _CLAIMING:
        return []
    return _subject_of(pdoc, claim.head)[0]


def claims_responsibility(pdoc: ParsedDoc, i: int) -> bool:
    """Is verb ``i`` a claim of responsibility ("took credit for the attack")? The attack it names is the event."""
    return pdoc.tokens[i].lemma.lower() in _CLAIMING and any(o.lemma.lower() in _CLAIM_NOUNS
                                                             for o in pdoc.kids(i, "dobj"))


def _is_condition(pdoc: ParsedDoc, k: Tok) -> bool:
    """Is ``k`` an if/unless clause ("... if Israel escalated its attacks")?"""
    return k.dep == "advcl" and any(m.lower in _IF_MARKS for m in pdoc.kids(k.i, "mark"))


def _subtree_outside_conditions(pdoc: ParsedDoc, i: int) -> list[int]:
    """Token ``i``'s subtree without its if/unless clauses ("to strike Israeli cities if Israel escalated its
    attacks on Lebanon": Lebanon is in the condition, not in what is threatened)."""
    out, stack = [], [i]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(k.i for k in pdoc.kids(j) if not _is_condition(pdoc, k))
    return sorted(out)


def _readied(pdoc: ParsedDoc, i: int) -> bool:
    """Is verb ``i`` the infinitive of "ready/willing/prepared to" ("was ready to impose sanctions if ...": an act
    held out, as with "would")?"""
    tok = pdoc.tokens[i]
    return tok.dep == "xcomp" and pdoc.is_infinitive(i) and pdoc.tokens[tok.head].pos == "ADJ" and \
        pdoc.tokens[tok.head].lemma in _OFFERING


def condition_subjects(pdoc: ParsedDoc, i: int) -> list[int]:
    """Subjects (or passive agents) of the if/unless clauses on verb ``i`` ("will retaliate if NATO deploys
    troops": NATO; "if attacked by the United States": the United States)."""
    conditions = [c.i for c in pdoc.kids(i, "advcl") if _is_condition(pdoc, c)]
    return [n.i for c in conditions for n in pdoc.kids(c, "nsubj")] + \
        [o.i for c in conditions for a in pdoc.kids(c, "agent") for o in pdoc.kids(a.i, "pobj")]


def _inquiry_parties(pdoc: ParsedDoc, i: int, sources: list[int], targets: list[int]) -> tuple[list[int], list[int]]:
    """An inquiry a party launched or opened is its own; who it looks into are the doers and the place of what it is
    into ("launched an investigation into alleged war crimes by Ethiopian forces", the by-phrase parsed on the
    inquiry; "opened an inquiry into crimes in Venezuela")."""
    tok = pdoc.tokens[i]
    subj = _subject_of(pdoc, tok.head)[0] if tok.dep == "dobj" else []
    if not subj:
        return sources, targets
    into = prep_objects(pdoc, i, _INTO) + prep_objects(pdoc, tok.head, _INTO)  # (or hung on the verb)
    looked_into = prep_objects(pdoc, i, _BY) + into + [k for o in into for k in prep_objects(pdoc, o, _BY_IN)]
    return subj, [t for t in dict.fromkeys(targets + looked_into) if t not in subj]


def _intended_by(pdoc: ParsedDoc, i: int) -> int | None:
    """The intent verb noun ``i`` is the object of "to" under ("agreed to a withdrawal", "committed to a
    pullout"), or None."""
    head = pdoc.tokens[pdoc.tokens[i].head]
    if pdoc.tokens[i].dep != "pobj" or head.lower != "to" or pdoc.tokens[head.head].lemma not in _INTENT_VERBS:
        return None
    return head.head


def _helped(pdoc: ParsedDoc, i: int) -> list[int]:
    """The party forces are sent "to help" or "to protect": the object of the purpose clause, or the subject of the
    small clause under it ("to help the Philippine army fight militants"); with no party named there, the country
    they are sent to ("deployed 1,000 soldiers to Mozambique to help fight insurgents"; not a border: "to the border
    to help repel raids" is a show of force)."""
    out, helping = [], False
    for k in pdoc.kids(i, "advcl", "xcomp"):
        if k.lemma.lower() in HELPING_VERBS and pdoc.is_infinitive(k.i):
            helping = True
            out += [o.i for o in pdoc.kids(k.i, "dobj")]
            out += [n.i for c in pdoc.kids(k.i, "ccomp") for n in pdoc.kids(c.i, "nsubj")]
    if helping and not out:
        out = [k for k in prep_objects(pdoc, i, _DESTINATION_PREPS)
               if pdoc.tokens[k].ent >= 0 and pdoc.ents[pdoc.tokens[k].ent].label == "GPE"]
    return out


def _across_the_border(pdoc: ParsedDoc, i: int) -> list[int]:
    """Who is on the other side of a border forces are sent to or massed at: the border's "with"/"between" objects
    and its owner ("to its border with Belarus", "near Ukraine's border", "along the frontier between A and B";
    the sender's own side is dropped later, as for every target; "put its troops on alert along the boundary with
    Kosovo": a noun's carrying verb tells where too)."""
    out = []
    preps = pdoc.kids(i, "prep") + [p for d in pdoc.kids(i, "dobj") for p in pdoc.kids(d.i, "prep")]
    # "moved units closer to the boundary with Kosovo": the phrase of a word of nearness on the verb or its object
    preps += [p for k in [i, *(d.i for d in pdoc.kids(i, "dobj"))] for m in pdoc.kids(k, "advmod", "amod", "acomp")
              if m.tag in ("JJR", "RBR") for p in pdoc.kids(m.i, "prep")]
    tok = pdoc.tokens[i]
    if tok.dep == "pobj" and pdoc.tokens[tok.head].dep == "prep":
        preps += [p for p in pdoc.kids(pdoc.tokens[tok.head].head, "prep") if p.i != tok.head]
    for p in preps:
        for o in pdoc.kids(p.i, "pobj"):
            if o.lemma.lower() in _BORDER_NOUNS or o.lower in _BORDER_NOUNS:  # ("waters": lemma "water")
                out += [k.i for k in pdoc.kids(o.i, "poss")] + prep_objects(pdoc, o.i, _BORDER_PREPS)
                # "into waters claimed by Hanoi": who claims or holds them
                out += [k.i for acl in pdoc.kids(o.i, "acl") if acl.tag == "VBN"
                        for a in pdoc.kids(acl.i, "agent") for k in pdoc.kids(a.i, "pobj")]
    return out


def _forces_sent(pdoc: ParsedDoc, i: int, rule: Trigger, sources: list[int], targets: list[int]
                 ) -> tuple[list[int], list[int]]:
    """Who deployed forces told in an agentless passive ("Indian peacekeepers were deployed to the border between
    Ethiopia and Eritrea"): the forces' own side; where they went, a place named through the border or region."""
    if rule.pos != "VERB" or sources or not (forces := [k.i for k in pdoc.kids(i, "nsubjpass")]):
        return sources, targets
    targets = [t for t in targets if t not in forces]
    targets += [k for t in targets if pdoc.tokens[t].ent < 0 for k in prep_objects(pdoc, t, _BETWEEN)]
    return forces, targets


_BETWEEN = frozenset(("between",))
_OFFERING: frozenset[str] = _LEX["offering_verbs"]  # "offered to host talks next month": an offer, dated or not
# a gerund under one of these shares the subject of the verb the phrase is on ("responded by banning imports",
# "failed to agree on implementing the deal at talks in Brussels"; not "accused X of helping")
_MEANS_PREPS = frozenset(("by", "after", "before", "without", "through", "upon", "while", "since", "on"))
_INTO = frozenset(("into",))
_BY = frozenset(("by",))
_LISTING_PREPS: frozenset[str] = _LEX["listing_preps"]  # "large areas including the city of Goma"
_WANTED_BY = frozenset(("in", "by"))  # "a man wanted in Germany", "wanted by Interpol"
_THREATENED_ACT_PREPS = frozenset(("with", "of"))  # "respond with countermeasures", "warned of retaliation"
_BY_IN = frozenset(("by", "in"))
_IN = frozenset(("in",))
_MEMBERSHIP_NOUNS: frozenset[str] = _LEX["membership_nouns"]  # "froze its participation in the CSTO"
_POSTED = frozenset(("to",))  # "the Russian ambassador to Denmark": where an envoy is posted
_ENVOY_WORDS: frozenset[str] = _LEX["envoy_words"]  # "its ambassador in Washington": posted there
_WEAPON_PARTIES: frozenset[str] = _LEX["weapon_party_nouns"]
_FIRING: frozenset[str] = _LEX["firing_verbs"]  # "missiles fired by X": X's (not "jets backed by Y")
_OBJECT_CONTROL: frozenset[str] = _LEX["object_control_verbs"]  # "were told to leave": told, passive


def placed_event_noun(pdoc: ParsedDoc, i: int) -> bool:
    """Is token ``i`` a noun of talks, agreements or cooperation named by the city where they were held ("the
    Moscow summit", "the Minsk agreement")? No party: the city tells where, not who."""
    tok = pdoc.tokens[i]
    if tok.pos not in ("NOUN", "PROPN") or tok.ent >= 0:
        return False
    table = load_triggers()
    rows = table.get((tok.lemma.lower(), "NOUN")) or table.get((tok.lower, "NOUN")) or ()
    named = [k for k in pdoc.kids(i, "compound", "amod", "nmod", "poss") if k.ent >= 0]
    return any(r.cameo[:2] in CO_SIDE_ROOTS for r in rows) and bool(named) and \
        all(k.dep == "compound" and _city_name(pdoc, k.i) for k in named)


def _city_name(pdoc: ParsedDoc, i: int) -> bool:
    """Is token ``i`` in the name of a city (a capital included), not of a country?"""
    if pdoc.tokens[i].ent < 0:
        return False
    place = load_gazetteer().place(pdoc.ents[pdoc.tokens[i].ent].text)
    return place is not None and not place.is_country


def _names_a_person(pdoc: ParsedDoc, i: int) -> bool:
    tok = pdoc.tokens[i]
    return tok.lower in _PERSON_PRONOUNS or (tok.ent >= 0 and pdoc.ents[tok.ent].label == "PERSON")


def _held_near(pdoc: ParsedDoc, i: int) -> list[int]:
    """What noun ``i`` is held near or around ("drills around Taiwan"), also where the parser hung the phrase on
    the light verb whose object the noun is ("held drills near Japan")."""
    head = pdoc.tokens[pdoc.tokens[i].head]
    return prep_objects(pdoc, i, _POSTURE_PREPS) or (
        prep_objects(pdoc, head.i, _POSTURE_PREPS) if pdoc.tokens[i].dep == "dobj" and head.lemma in _DOING_VERBS
        else [])


def noun_parties(pdoc: ParsedDoc, i: int, preps: frozenset[str], sym: bool, rule_root: str = ""
                  ) -> tuple[list[int], list[int], bool]:
    toks = pdoc.tokens
    mods = pdoc.kids(i, "poss", "compound", "amod", "nmod")
    mods += [m for k in mods if k.dep == "compound" and k.ent < 0 for m in pdoc.kids(k.i, "amod", "compound")]
    sources = [k.i for k in mods  # "Russian missile strikes": the nationality may modify the compound
               if (k.ent >= 0 and pdoc.ents[k.ent].label not in _NUMERIC_LABELS) or k.dep == "poss"]
    # "a Saudi-led air strike", "US-backed forces' offensive": who leads it
    sources += [d.i for k in mods if k.lower in _LEADING for d in pdoc.kids(k.i, "npadvmod", "compound")
                if d.ent >= 0]
    if rule_root in CO_SIDE_ROOTS:  # "the Moscow summit", "the Minsk agreement": a city names where, not who
        sources = [k for k in sources if toks[k].dep != "compound" or not _city_name(pdoc, k)]
    targets = prep_objects(pdoc, i, preps)
    head = toks[toks[i].head]
    if toks[i].dep == "compound":
        targets += prep_objects(pdoc, head.i, preps)
    if rule_root in _PATIENT_ROOTS or toks[i].lemma.lower() in _PATIENT_NOUNS:
        patients = prep_objects(pdoc, i, frozenset(("of",)))
        if not patients and (rule_root in _OWNED_PATIENT_ROOTS or toks[i].lemma.lower() in _PATIENT_NOUNS):
            # "his arrest", "Navalny's detention": a person who owns the act is who it is done to
            patients = [k for k in sources if toks[k].dep == "poss" and _names_a_person(pdoc, k)]
            sources = [k for k in sources if k not in patients]
        targets += patients
        sources += prep_objects(pdoc, i, frozenset(("by", "from")))
        sources += [a for p in patients for a in prep_objects(pdoc, p, _BY)]  # parser attachment
    elif any(toks[k].dep == "poss" for k in sources):  # "his strong support of President Mnangagwa": the owner
        targets += prep_objects(pdoc, i, frozenset(("of",)))  # acts, the of-phrase is who it is for
        sources += prep_objects(pdoc, i, frozenset(("by", "from")))
    elif toks[i].lemma.lower() in _LEAVING_NOUNS:  # "the withdrawal of French troops from Niger": from where
        sources += prep_objects(pdoc, i, frozenset(("of", "by")))
        targets += prep_objects(pdoc, i, _FROM)
    elif toks[i].lower in _PLACE_OF_NOUNS:  # "returned to the streets of Bissau": a place, whoever took to them
        sources += prep_objects(pdoc, i, frozenset(("by", "from")))
    else:
        sources += prep_objects(pdoc, i, frozenset(("of", "by", "from")))
    for k in prep_objects(pdoc, i, frozenset(("of",))):  # "the signing of a deal between A and B"
        if toks[k].ent < 0 and toks[k].pos == "NOUN":
            targets += prep_objects(pdoc, k, preps)
    for comp in pdoc.kids(i, "acl", "ccomp"):  # "demands that Ankara withdraw": the addressee
        targets += [k.i for k in pdoc.kids(comp.i, "nsubj")]
    if not sym:  # "the sanctions, announced by the US Treasury": who announced them imposes them (not "a deal
        # brokered by the UAE": a broker is no side of a deal)
        sources += _agents(pdoc, (part for part in pdoc.kids(i, "acl") if part.lemma in _DOING_VERBS))
    if toks[i].dep == "nsubj" and head.lemma in _AIMING_VERBS:  # "the sanctions target 12 Iranian companies"
        targets += [k.i for k in pdoc.kids(head.i, "dobj")]
    if rule_root in VIOLENT_ROOTS and toks[i].dep == "nsubj" and head.lemma in _TOLL_VERBS:
        targets += [k.i for k in pdoc.kids(head.i, "dobj")]  # "an Israeli drone strike killed two Hezbollah fighters"
    if rule_root in VIOLENT_ROOTS and toks[i].dep == "pobj" and head.lower == "in" and head.head != head.i and \
            toks[head.head].lemma in _TOLL_VERBS:
        targets += [k.i for k in pdoc.kids(head.head, "nsubjpass")]  # "fighters were killed in an Israeli strike"
    if sym and _meeting_noun(toks[i].lemma.lower(), rule_root):  # "a summit attended by the leaders of X and Y"
        attended = pdoc.kids(i, "acl") + (pdoc.kids(head.i, "advcl") if toks[i].dep == "dobj" else [])
        targets += _agents(pdoc, (p for p in attended if p.lemma == "attend"))
    if toks[i].dep == "dobj" and head.lemma in _DOING_VERBS and rule_root not in _OWNED_PATIENT_ROOTS and \
            (rule_root or toks[i].lemma.lower() not in _PATIENT_NOUNS):  # "called X to express his support"
        owners = [k for k in sources if toks[k].dep == "poss" and  # "its support", "his country's support"
                  (toks[k].pos == "PRON" or (toks[k].lower in _COUNTRY_NOUNS and
                                             any(p.pos == "PRON" for p in pdoc.kids(k, "poss"))))]
        subj, _ = _subject_of(pdoc, head.i) if owners else ([], False)
        sources = [k for k in sources if k not in owners] + subj if subj else sources
        if owners:  # "expressed its discontent over X's decision": the verb's phrases are the noun's
            targets += [k for k in prep_objects(pdoc, head.i, preps) if k not in targets]
        elif sources and not targets:  # "Russia held its drills near Japan": the parser hung the phrase on the
            targets = prep_objects(pdoc, head.i, preps)  # light verb, whose object is the act (a noun with no
            # source of its own takes the verb's subject and phrases below)
    if toks[i].dep == "dobj" and head.lemma in TAKING_FROM and \
            (givers := prep_objects(pdoc, head.i, _FROM) + prep_objects(pdoc, i, _FROM)):
        # "China's decision drew criticism from Japan": Japan's act, on the verb's subject (or its owner, see the
        # clause reader); not the subject's, as a light verb's object would be
        subj, _ = _subject_of(pdoc, head.i)
        return givers, [t for t in targets if t not in givers] + subj, True
    direct = bool(sources)
    if sources and sym and toks[i].dep == "dobj" and head.lemma in _LIGHT_VERBS:
        subj, _ = _subject_of(pdoc, head.i)  # "Lithuania will host NATO exercises": the host takes part
        sources = subj + sources
    elif not sources and toks[i].dep == "pobj" and head.lower in _AMOUNT_PREPS and \
            toks[head.head].dep in ("dobj", "nsubjpass") and toks[toks[head.head].head].pos == "VERB" and \
            toks[toks[head.head].head].lemma.lower() not in _TOPIC_VERBS:  # (not "discussed the enforcement of")
        verb = toks[toks[head.head].head]  # "announced 150 million euros in assistance for X": the announcer gives it
        if toks[head.head].dep == "nsubjpass":
            sources = [p.i for a in pdoc.kids(verb.i, "agent") for p in pdoc.kids(a.i, "pobj")]
        else:
            sources, _ = _subject_of(pdoc, verb.i)
        targets += prep_objects(pdoc, verb.i, preps) + prep_objects(pdoc, head.head, preps)
        direct = verb.lemma in _LIGHT_VERBS
    elif not sources and toks[i].dep == "pobj" and sym and toks[head.head].pos == "VERB" and \
            (head.lower in ("for", "at") or (head.lower in ("to", "on") and toks[head.head].lemma in _INTENT_VERBS)):
        verb = toks[head.head]  # "leaders gathered in Jakarta for a summit": the gathering's subject takes part
        sources, _ = _subject_of(pdoc, verb.i)
        if not prep_objects(pdoc, i, preps):  # (not "travel to Brussels for talks with Kosovo's prime minister":
            # the talks name their other party, Brussels is where they are held)
            targets += prep_objects(pdoc, verb.i, preps)
            if verb.lemma in _TRAVEL_VERBS:  # "arrived in Moscow for talks": talks with the hosts
                targets += prep_objects(pdoc, verb.i, frozenset(("in", "to")))
    elif not sources and toks[i].dep == "pobj" and head.lower == "of" and \
            toks[head.head].lemma.lower() in _SPELL_NOUNS and toks[head.head].dep == "pobj" and \
            toks[toks[head.head].head].lower in _MEETING_TIME_PREPS and \
            _meeting_noun(toks[i].lemma.lower(), rule_root) and not is_definite(pdoc, i):
        # "failed to reach agreement during two days of talks in Geneva": the subject's talks (their length a noun
        # between)
        verb = toks[toks[toks[head.head].head].head]
        if verb.pos == "VERB":
            sources, _ = _subject_of(pdoc, verb.i)
    elif not sources and toks[i].dep == "pobj" and head.lower in _MEETING_TIME_PREPS and \
            toks[head.head].pos == "VERB" and _meeting_noun(toks[i].lemma.lower(), rule_root) and \
            not is_definite(pdoc, i):  # "after the talks": told already
        sources, _ = _subject_of(pdoc, head.head)  # "Grossi said after talks in Tehran": the speaker's talks
        if toks[head.head].lemma in _SPEECH_VERBS:  # "told his Serbian counterpart during talks": with the told
            targets += [k.i for k in pdoc.kids(head.head, "dobj", "dative")]
        elif toks[head.head].lemma in _DEPARTING_VERBS:  # "departed Moscow after a state visit": the place left
            targets += [k.i for k in pdoc.kids(head.head, "dobj")]
    elif not sources and toks[i].dep == "pobj" and head.lower in _DEED_MANNER_PREPS and head.head != i and \
            toks[head.head].pos == "VERB" and not pdoc.kids(head.head, "nsubjpass") and not is_definite(pdoc, i) and \
            (pdoc.kids(head.head, "dobj") or toks[head.head].lemma.lower() in _ANSWERING_VERBS):
        # "its forces rescued four hostages in a daytime raid", "the rebels responded with mortar fire on X": the act
        # the subject did it by is the subject's (not "soldiers died in a raid": no object, no answer; not "in the
        # raid": told already)
        sources, _ = _subject_of(pdoc, head.head)
    elif (not sources or sym) and toks[i].dep == "pobj" and head.dep == "prep" and \
            toks[head.head].pos in ("VERB", "AUX") and not pdoc.kids(head.head, "nsubjpass") and \
            head.lower in _PREP_CARRIERS.get(toks[head.head].lemma.lower(), ()):
        verb = toks[head.head]  # "teachers went on strike", "took part in talks with X": the verb's subject takes part
        # (beside the body whose meeting it is: "took part in the summit of the CIS"; not "took to the streets of
        # Nairobi": a place)
        sources = _subject_of(pdoc, verb.i)[0] + sources
        targets += prep_objects(pdoc, verb.i, preps)
        direct = True
    elif not sources and toks[i].dep == "conj" and head.pos == "NOUN" and head.dep == "dobj" and \
            toks[head.head].pos == "VERB":  # "expressed its rejection and condemnation of X": the subject's too
        sources, _ = _subject_of(pdoc, head.head)
        targets += prep_objects(pdoc, head.head, preps)
        direct = toks[head.head].lemma in _LIGHT_VERBS
    elif not sources and toks[i].dep in ("dobj", "attr", "nsubjpass") and head.pos in ("VERB", "AUX") and \
            head.lemma.lower() not in _TOPIC_VERBS | _WATCHING_VERBS and \
            not (head.lemma.lower() in _RAISING_VERBS and rule_root in _RAISED_ROOTS) and \
            not _others_meeting(pdoc, i, head.i, sym, rule_root):
        # ("discussed sanctions against Russia": a topic, no one's act; "was monitoring the drills": another's,
        # watched; "raised the arrest of its citizen with Beijing": another's, brought up)
        if toks[i].dep == "nsubjpass":
            sources = [p.i for a in pdoc.kids(head.i, "agent") for p in pdoc.kids(a.i, "pobj")]
        else:
            sources, _ = _subject_of(pdoc, head.i)
        targets += prep_objects(pdoc, head.i, preps)
        direct = head.lemma in _LIGHT_VERBS
    elif sym and not sources and not targets and toks[i].dep == "nsubj" and head.pos == "VERB":
        # "a phone conversation took place between the presidents of X and Y": the parties the clause names
        targets += prep_objects(pdoc, head.i, _BETWEEN)
    return sources, targets, direct


def _others_meeting(pdoc: ParsedDoc, i: int, verb: int, sym: bool, rule_root: str) -> bool:
    """Is meeting noun ``i`` one told before, which verb ``verb`` judges or backs, not one its subject takes part
    in ("Norway and Cuba, which guarantee the talks", "supported the talks"; not "held the talks", "chaired the
    summit")?"""
    lemma = pdoc.tokens[verb].lemma.lower()
    return sym and pdoc.tokens[i].dep == "dobj" and is_definite(pdoc, i) and \
        _meeting_noun(pdoc.tokens[i].lemma.lower(), rule_root) and lemma not in _LIGHT_VERBS and \
        lemma not in _MEETING_PART_VERBS


def is_definite(pdoc: ParsedDoc, i: int) -> bool:
    """Has noun ``i`` a definite determiner ("the protests", "these talks"): one told before, as a rule?"""
    return any(d.lower in _DEFINITE_DETS for d in pdoc.kids(i, "det"))


def on_a_deed(pdoc: ParsedDoc, i: int) -> bool:
    """Is verb ``i`` a relative clause on a deed noun ("a move NATO condemned")?"""
    tok = pdoc.tokens[i]
    return tok.dep == "relcl" and pdoc.tokens[tok.head].lemma.lower() in DEED_NOUNS


def deed_doer(pdoc: ParsedDoc, noun: int) -> list[int]:
    """Who did what a noun names, read from the clause the noun hangs in: "Ghana withdrew, a decision criticised
    by ...", "restored ..., in a move welcomed by ...", "Lesotho received tonnes of maize donated by ...":
    the subject of the first verb above the noun. A person is no deed: "deported a preacher accused by Uganda" is
    Uganda's charge against the preacher, not against who deported him."""
    toks = pdoc.tokens
    if _is_person_noun(toks[noun]) or ((span := pdoc.ent_of(noun)) is not None and span.label == "PERSON"):
        return []
    j = noun
    for _ in range(4):
        if toks[j].head == j:
            return []
        j = toks[j].head
        if toks[j].pos in ("VERB", "AUX"):
            return [k.i for k in pdoc.kids(j, "nsubj")]
        if toks[j].pos not in ("NOUN", "ADP"):
            return []
    return []


def _agents(pdoc: ParsedDoc, participles: Iterable[Tok]) -> list[int]:
    """The by-agents of those of ``participles`` that are past participles ("held by Russia", "put forward by
    Egypt and Qatar", "attended by the leaders of X")."""
    return [p.i for part in participles if part.tag == "VBN" for ag in pdoc.kids(part.i, "agent")
            for p in pdoc.kids(ag.i, "pobj")]


_PHRASE_PREPS = frozenset(("of", "on", "against"))  # "the ban on sales of X", "sanctions against firms of X"
_WITH = frozenset(("with",))  # "lift its ban on trade with X": a measure eased names whom it was on
_TRADE_PHRASE_PREPS = _PHRASE_PREPS | {"to"}  # a sanction: "restricted shipments of gallium to the United States"
_ORIGIN_PARTICIPLES: frozenset[str] = _LEX["origin_participles"]  # "vehicles imported from China"


def _origin_countries(pdoc: ParsedDoc, noun: int) -> list[int]:
    """The countries goods ``noun`` come from, by a participle on it ("vehicles imported from China", "drones made in
    Iran")."""
    return [o for part in pdoc.kids(noun, "acl") if part.tag == "VBN" and part.lemma in _ORIGIN_PARTICIPLES
            for o in prep_objects(pdoc, part.i, _ORIGIN_PREPS)
            if pdoc.tokens[o].ent >= 0 and pdoc.ents[pdoc.tokens[o].ent].label == "GPE"]


def phrase_nationals(pdoc: ParsedDoc, heads: list[int], depth: int = 3, trade: bool = False,
                     eased: bool = False) -> list[int]:
    """Nationalities and countries that modify the nouns down the prepositional chain of objects ``heads`` ("the ban
    on sales of Australian wine", "restrictions on the sale of Chinese drones", "duties on cars imported from
    China"; for a ``trade`` sanction also where goods go, "restricted shipments of gallium to the United States"),
    the first level left to
    the readers of owners: whose goods or people an act on things is aimed at. ``eased``: a measure lifted, whose
    with-phrase names them too ("lift its ban on cross-border trade with Rwanda")."""
    out: list[int] = []
    preps = (_TRADE_PHRASE_PREPS if trade else _PHRASE_PREPS) | (_WITH if eased else frozenset())
    if trade:  # "restrict shipments of gallium and germanium to X", the to-phrase hung on the second conjunct
        heads = heads + [c.i for h in heads for c in pdoc.kids(h, "conj")]
    level = [o for h in heads for o in prep_objects(pdoc, h, preps)]
    for _ in range(depth):
        if not level:
            break
        for o in level:
            tok = pdoc.tokens[o]
            if tok.ent >= 0 and pdoc.ents[tok.ent].label in ("GPE", "NORP"):
                out.append(o)
            out += [k.i for k in pdoc.kids(o, "poss", "compound", "amod")
                    if k.ent >= 0 and pdoc.ents[k.ent].label in ("GPE", "NORP")] + _origin_countries(pdoc, o)
        if out:
            return out
        level = [k for o in level for k in prep_objects(pdoc, o, preps)]
    return out


def _object_nouns(pdoc: ParsedDoc, objects: list[int]) -> list[int]:
    """The common nouns among ``objects`` and those of their of-phrases ("welcomed the resumption of ties",
    "demanded the release of the sailors"): what an act on an act is about, whose parties it reads."""
    toks = pdoc.tokens
    nouns = [t for t in objects if toks[t].pos == "NOUN" and toks[t].ent < 0]
    return nouns + [k for t in nouns for k in prep_objects(pdoc, t, _OF) if toks[k].pos == "NOUN"]


def participle_agents(pdoc: ParsedDoc, nouns: list[int]) -> list[int]:
    """The by-agents of the past participles on ``nouns`` ("detainees held by Russia", "the proposal put forward
    by Egypt and Qatar")."""
    return _agents(pdoc, (part for n in nouns for part in pdoc.kids(n, "acl")))


def _judged_as(pdoc: ParsedDoc, i: int) -> list[int]:
    """"rejected as baseless India's claims": the parser hangs the object under "as", the judgement right after "as"
    as a modifier; the object judged."""
    toks = pdoc.tokens
    return [o for p in pdoc.kids(i, "prep") if p.lower == "as" for o in (k.i for k in pdoc.kids(p.i, "pobj"))
            if toks[o].pos == "NOUN" and p.i + 1 < o and toks[p.i + 1].dep == "amod"]


def _meeting_noun(lemma: str, rule_root: str) -> bool:
    """A noun of a meeting or a visit (a root-04 row: "talks", "meeting", "visit")."""
    return rule_root == "04" or any(r.cameo[:2] == "04" for r in load_triggers().get((lemma, "NOUN"), ()))


def _links_up(pdoc: ParsedDoc, i: int, steps: int = 4) -> list[tuple[Tok, Tok]]:
    """(token, its head) pairs from ``i`` up the parse, at most ``steps`` of them, ending below the root."""
    chain = [pdoc.tokens[k] for k in [i, *pdoc.ancestors(i)[:steps]]]
    return list(zip(chain, chain[1:], strict=False))


def _under_intent(pdoc: ParsedDoc, i: int) -> bool:
    """Is token ``i`` the complement of "agree/decide/pledge to ..." (within its own clause chain)? A time phrase
    is none ("agreed to boost trade during a visit by the Iranian president": the visit is taking place)."""
    for tok, parent in _links_up(pdoc, i):
        if tok.dep == "prep" and tok.lower in _MEETING_TIME_PREPS:
            return False
        if parent.lemma in _INTENT_VERBS and (tok.dep in ("xcomp", "dobj", "conj", "ccomp") or
                                              (tok.dep == "prep" and tok.lower in ("to", "on")) or  # "agreed
                                              # to talks", "agreed on a ceasefire"
                                              (tok.dep in ("acl", "relcl") and parent.pos == "NOUN") or  # "offer to"
                                              (tok.dep == "advcl" and pdoc.is_infinitive(tok.i))):
            # ("offered on Thursday to host talks", the infinitive hung as an adverbial clause)
            return True
        if tok.dep not in ("xcomp", "dobj", "conj", "pobj", "prep", "compound"):
            return False
    return False



def promised_content(pdoc: ParsedDoc, i: int, root: str) -> bool:
    """Is ``i`` an act of ``root`` that an intent verb promises, not one done ("pledged to continue supporting
    Ukraine": the pledge is the event, 03x)?"""
    return root in _INTENT_CODES and _under_intent(pdoc, i) and not _scheduled(pdoc, i)


def _promised(pdoc: ParsedDoc, i: int) -> list[int]:
    """What verb ``i`` promises: its objects, and what an amount object is of ("pledged $5 million in aid")."""
    objs = [o.i for o in pdoc.kids(i, "dobj")]
    return objs + [o.i for d in objs for p in pdoc.kids(d, "prep") if p.lower in _AMOUNT_PREPS
                   for o in pdoc.kids(p.i, "pobj")]


def definite_object(pdoc: ParsedDoc, i: int) -> bool:
    """"criticized the move", "the move drew criticism": the object names something specific whose author the
    coder could not resolve."""
    objs = pdoc.kids(i, "dobj", "nsubjpass")  # ("the package was welcomed by Britain")
    tok = pdoc.tokens[i]
    if tok.dep == "dobj" and pdoc.tokens[tok.head].lemma in RECEIVING_VERBS:
        objs = objs + pdoc.kids(tok.head, "nsubj")  # what a reaction noun answers is the receiving verb's subject
    return any(is_definite(pdoc, o.i) for o in objs)


def _event_noun(pdoc: ParsedDoc, i: int) -> str | None:
    """"lemma:code" of a definite event noun the trigger points at ("criticized the drills", "to the mission", "the
    deal was brokered by the EU")."""
    objs = pdoc.kids(i, "dobj", "nsubjpass") + [o for p in pdoc.kids(i, "prep") for o in pdoc.kids(p.i, "pobj")]
    for obj in objs:
        if obj.pos != "NOUN" or not is_definite(pdoc, obj.i):
            continue
        rules = load_triggers().get((obj.lemma.lower(), "NOUN"))
        if rules:
            return f"{obj.lemma.lower()}:{rules[0].cameo}"
        if obj.lemma.lower() in _ANAPHORIC_EVENT_NOUNS:
            return f"{obj.lemma.lower()}:{_ANAPHORIC_EVENT_NOUNS[obj.lemma.lower()]}"
        if obj.lemma.lower() == "use":  # "condemned the use of force against demonstrators": the force used
            means = [pdoc.tokens[k].lemma.lower() for k in prep_objects(pdoc, obj.i, _OF)]
            if (used := next((m for m in means if m in _USED_MEANS), None)) is not None:
                return f"{used}:{_USED_MEANS[used]}"
    return None


def struck_places(pdoc: ParsedDoc, actors: ArticleActors, i: int, objects: list[int]) -> list[Actor]:
    """The people of the place an act of force ``i`` with no country on its other side struck, wherever the parser
    hung the place: "strikes on a refugee camp in Gaza", "attacked a hotel in Mogadishu", "launched airstrikes in
    Gaza", "a drone strike killed three militants in northern Iraq" (the verb a subject noun carries, or an object noun
    hangs on: "carried out air strikes inside Iran"), "seized the
    town of Rubaya, a mining hub in eastern Congo" (anywhere in the object). A capital there is a place, not its
    government ("attacked an army camp in Kabul")."""
    toks = pdoc.tokens
    spots = [i, *objects]
    if toks[i].dep == "nsubj" and toks[i].pos == "NOUN":
        spots += [toks[i].head, *(k.i for k in pdoc.kids(toks[i].head, "dobj"))]
    elif toks[i].dep == "dobj" and toks[i].pos == "NOUN":
        spots.append(toks[i].head)  # "carried out air strikes inside Iran": the place hangs on the verb
    places = [p for t in spots for p in prep_objects(pdoc, t, _IN_PREPS)]
    places += [k for o in objects if toks[o].dep == "dobj" for k in _place_phrase(pdoc, o)]
    struck = _place_countries(actors, places)
    # "a strike on a Yemeni school bus": the nationality of what was struck (it may modify the compound)
    mods = [k for o in objects for k in pdoc.kids(o, "amod", "compound")]
    mods += [m for k in mods if k.dep == "compound" for m in pdoc.kids(k.i, "amod")]
    struck = struck or [a for k in mods if k.ent >= 0 and pdoc.ents[k.ent].label == "NORP"
                        for a in actors.at(k.i) if a.country and a.role is None]
    # "launched 100 drones at its cities": the country whose places they are
    return struck or [country_actor(a.country, None) for o in objects for k in pdoc.kids(o, "poss")
                      if toks[o].lower in _PLACE_OF_NOUNS for a in actors.at(k.i) if a.country]


def aided_places(pdoc: ParsedDoc, actors: ArticleActors, i: int) -> list[Actor]:
    """The country aid ``i`` with no recipient named goes to, named where what it pays for is ("financed the
    construction of a parliament building in Zimbabwe", "pledged $5 million for relief efforts in Vanuatu", "arms
    sales worth $2 billion to Taiwan"), where the people it goes to are ("food aid to families displaced by the
    floods in Mozambique") or where a verb of giving hands it out ("provided supplies to hospitals in Gaza")."""
    toks = pdoc.tokens
    recipients = prep_objects(pdoc, i, _AID_PREPS)
    if toks[i].dep == "dobj":  # a noun trigger: what the verb carrying it names too
        recipients += prep_objects(pdoc, toks[i].head, _AID_PREPS)
    spots = [k.i for k in pdoc.kids(i, "dobj")] + recipients
    spots += [k for t in spots for d in pdoc.subtree(t) for k in prep_objects(pdoc, d, _AID_PREPS)]
    if toks[i].dep == "compound":  # "extend its peacekeeping mission in South Sudan": where the whole is
        spots.append(toks[i].head)
    # the verb that hands it out, and the help it is for ("pledged $10 million to help quake victims in Turkey"),
    # on the verb that carries the noun too ("announced assistance of 40 million euros to help people in Sudan",
    # "pledged $10 million in aid to help flood victims in Pakistan")
    carriers, k = [i], i
    while toks[k].pos != "VERB" and toks[k].head != k and len(carriers) < 4:
        k = toks[k].head
        carriers.append(k)
    givers = [i] + [h.i for c in carriers for h in pdoc.kids(c, "advcl", "xcomp")
                    if h.lemma in _AID_PURPOSES and pdoc.purpose_of(h.i) == c]
    # the help hung on what is given ("gave $120 million to support farming in Malawi": an infinitive on the sum)
    givers += [h.i for o in pdoc.kids(i, "dobj") for h in pdoc.kids(o.i, "relcl", "acl")
               if h.lemma in _AID_PURPOSES and pdoc.is_infinitive(h.i)]
    recipients += [k.i for h in givers[1:] for k in pdoc.kids(h, "dobj")]
    spots += [k for h in givers if toks[h].pos == "VERB" for k in prep_objects(pdoc, h, _IN_PREPS)]
    places = [k for t in spots for k in _place_phrase(pdoc, t) if toks[k].ent >= 0]
    places += [k for t in recipients for d in pdoc.subtree(t) for k in prep_objects(pdoc, d, _IN_PREPS)
               if toks[k].ent >= 0]  # where the people it goes to are, not "near a U.S. garrison"
    return _place_countries(actors, places)


def _place_countries(actors: ArticleActors, places: list[int]) -> list[Actor]:
    """The countries place tokens name, as countries ("in Kabul": Afghanistan, not its government)."""
    return [a if a.role is None else make_actor(a.name, a.country, None, "GPE")
            for p in dict.fromkeys(places) for a in actors.at(p)
            if a.role in (None, "GOV") and a.entity_type == "GPE" and a.country]


def _place_phrase(pdoc: ParsedDoc, i: int) -> list[int]:
    """The names that place noun ``i`` is told by, through "of", "in", appositions and owners ("the town of Rubaya,
    a mining hub in eastern Congo", "the village of X in Ukraine's Donetsk region"); not "on the border with Egypt"."""
    out, todo = [], [i]
    while todo:
        j = todo.pop()
        if pdoc.tokens[j].ent >= 0:
            out.append(j)
        todo += [k.i for k in pdoc.kids(j, "appos", "poss", "compound", "pobj")]
        todo += [k.i for k in pdoc.kids(j, "prep") if k.lower in _IN_PREPS or k.lower == "of"
                 or k.lower in _LISTING_PREPS]  # "seized large areas including the city of Goma"
    return out


def _acted_on(pdoc: ParsedDoc, i: int, preps: frozenset[str]) -> list[int]:
    """The objects of the clauses verb ``i`` reports, and their party phrases ("warned that Russia could cut gas
    supplies to Moldova": Moldova)."""
    out = []
    for clause in pdoc.kids(i, "ccomp"):
        objects = [k.i for k in pdoc.kids(clause.i, "dobj")]
        out += objects + prep_objects(pdoc, clause.i, preps)
        out += [p for o in objects for p in prep_objects(pdoc, o, preps)]
    return out


def _speaker_and_addressee(pdoc: ParsedDoc, actors: ArticleActors, i: int) -> list[Actor]:
    """The parties of the speech verb whose reported clause token ``i`` is in, when it names both who spoke and to
    whom ("X told Y that ..."), each of another country; else []."""
    toks = pdoc.tokens
    for j in pdoc.ancestors(i):
        if toks[j].lemma in _SPEECH_VERBS and toks[j].pos == "VERB":
            speaker = [a for k in pdoc.kids(j, "nsubj") for a in actors.at(k.i) if a.country]
            addressee = [a for k in pdoc.kids(j, "dobj", "dative") for a in actors.at(k.i) if a.country]
            if speaker and addressee and {a.country for a in speaker}.isdisjoint(a.country for a in addressee):
                return [speaker[0], addressee[0]]
            return []
    return []


def reciprocal(pdoc: ParsedDoc, i: int) -> bool:
    """"each other" / "one another" as the object of the trigger or of its complement (or its owner: "expelled each
    other's diplomats"), or a noun trigger that two
    sides exchange ("India and Pakistan traded accusations")."""
    tok = pdoc.tokens[i]
    if tok.dep == "dobj" and tok.pos == "NOUN" and pdoc.tokens[tok.head].lemma.lower() in EXCHANGE_VERBS:
        return True
    verbs = [i] + [k.i for k in pdoc.kids(i, "xcomp")]
    objs = [o for v in verbs for o in pdoc.kids(v, "dobj")]
    objs += [o for v in verbs for p in pdoc.kids(v, "prep") for o in pdoc.kids(p.i, "pobj")]
    objs += [k for o in objs for k in pdoc.kids(o.i, "poss")]  # "expelled each other's diplomats"
    return any(o.lower in ("other", "another") and any(d.lower in ("each", "one") for d in pdoc.kids(o.i))
               for o in objs)


def _scheduled(pdoc: ParsedDoc, i: int) -> bool:
    """"agreed to hold a meeting in May": a dated commitment is the planned event itself, not a vague intent (an
    offer is none: "offered to host talks next month" awaits the other side)."""
    toks = pdoc.tokens
    for tok, parent in _links_up(pdoc, i):
        if parent.lemma in _OFFERING:
            return False
        if parent.lemma in _INTENT_VERBS:
            j = tok.i
            nested = {k for c in pdoc.subtree(j) if toks[c].dep in ("relcl", "acl") for k in pdoc.subtree(c)}
            # ("agreed to pull back troops and to convene a meeting next week": the meeting's date, not the pullback's)
            nested |= {k for c in pdoc.kids(j, "conj") if c.pos == "VERB" and i not in (sub := pdoc.subtree(c.i))
                       for k in sub}
            return any(toks[k].ent >= 0 and pdoc.ents[toks[k].ent].label == "DATE" and k not in nested
                       and toks[toks[k].head].lower != "since" and _SCHEDULE_WORDS.search(pdoc.ents[toks[k].ent].text)
                       for k in pdoc.subtree(j))
    return False


def _threat_condition(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> bool:
    """Is ``i`` inside an "if/unless" clause of a threat ("warned of countermeasures if the allies held drills")?"""
    toks = pdoc.tokens
    for j in [i, *pdoc.ancestors(i)[:5]]:
        tok = toks[j]
        if tok.dep == "advcl" and any(m.lower in _COND_MARKS for m in pdoc.kids(j, "mark")):
            return any(k in matched and matched[k].cameo[:2] == "13" for k in [tok.head, *pdoc.ancestors(tok.head)[:3]])
    return False


def match_report(pdoc: ParsedDoc, start: int, end: int) -> bool:
    """A match report: a score ("2-1") or a competition word ("the final", "a friendly") in the sentence."""
    toks = pdoc.tokens[start:end]
    if any(t.lower in _SPORTS_WORDS and t.dep not in ("amod", "compound") and not _word_of_a_party_name(pdoc, t)
           for t in toks):
        return True  # "in the final" (not "the final communique", nor "the Arab League")
    return bool(_SCORE.search(pdoc.sent_text(pdoc.tokens[start].sent))) and \
        any(t.lemma in _SPORTS_VERBS and t.pos == "VERB" for t in toks)


def _thing_fought(pdoc: ParsedDoc, actors: ArticleActors, o: int, matched: dict[int, Trigger]) -> bool:
    """Is object ``o`` of a fight a thing, not a party: a common noun naming no actor and no event of its own
    ("fight cattle rustling", "fight the spread of malaria"; not "fight the rebels", "fought a war")?"""
    tok = pdoc.tokens[o]
    return tok.pos == "NOUN" and tok.ent < 0 and o not in matched and tok.lemma.lower() not in event_nouns() \
        and not actors.at(o)


def _verbal_attack(pdoc: ParsedDoc, i: int) -> bool:
    """Is attack noun ``i`` (or the verb that launches it) told with a clause that judges someone in words
    ("launched an attack on X, calling them incompetent", "attacked X, accusing them of ...")?"""
    toks = pdoc.tokens
    holders = [i, toks[i].head] if toks[i].dep == "dobj" else [i]
    return any(k.lemma in _JUDGING_VERBS for h in holders for k in pdoc.kids(h, "advcl", "acl", "xcomp"))


def _word_of_a_party_name(pdoc: ParsedDoc, tok: Tok) -> bool:
    """Is ``tok`` a word of the name of an organisation the gazetteer codes ("the Arab League", "the Awami League")?"""
    if tok.ent < 0:
        return False
    gaz, name = load_gazetteer(), pdoc.ents[tok.ent].text
    return gaz.igo(name) is not None or gaz.named_actor(name) is not None


def _meeting_on_a_trip(pdoc: ParsedDoc, i: int, rule: Trigger, head_rule: Trigger) -> bool:
    """"will travel to Tokyo to meet his counterpart": the trip (042) and the meeting with a named party
    are two events."""
    if head_rule.cameo != "042" or rule.cameo == "042" or rule.pos != "VERB":
        return False
    return bool(pdoc.kids(i, "dobj") or prep_objects(pdoc, i, _WITH))


def _requested(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> bool:
    """Is trigger ``i`` the content of an appeal or demand (CAMEO 02/10) in the same sentence?"""
    toks = pdoc.tokens
    tok = toks[i]
    if tok.dep == "pobj" and toks[tok.head].lower == "for" and toks[tok.head].head in matched and \
            matched[toks[tok.head].head].cameo[:2] in ("02", "10"):
        return True  # "called for talks", "demanded for a ceasefire": asked for, not held
    def asking(j: int) -> bool:
        return _asking_code(pdoc, j, matched[j])[:2] in ("02", "10")

    found = _governing_row(pdoc, i, _REQUEST_DEPS, 3, asking, matched)
    # the object of what is asked ("pressed Togo to call off the exercises"), or a prepositional one ("called on
    # supporters to take to the streets"): from the verb it hangs on
    governor = tok.head if tok.dep == "dobj" else \
        toks[tok.head].head if tok.dep == "pobj" and toks[tok.head].dep == "prep" else None
    if found is None and governor is not None:
        found = _governing_row(pdoc, governor, _REQUEST_DEPS, 3, asking, matched)
    return found is not None and found[1] != "conj"  # "called on X to ... and offered to send a mediator": beside


_REQUEST_DEPS = frozenset(("ccomp", "xcomp", "conj", "advcl", "acl"))


def _governing_row(pdoc: ParsedDoc, i: int, deps: frozenset[str], steps: int, wanted: Callable[[int], bool],
                   matched: dict[int, Trigger]) -> tuple[int, str] | None:
    """The first matched row above token ``i`` that ``wanted`` accepts, reached within ``steps`` links of
    ``deps`` (an adverbial clause with its own subject tells something else and ends the walk), with the
    dependency of the last link into it; else None. What an appeal asks, a threat threatens, an accusation
    alleges."""
    toks = pdoc.tokens
    j = i
    for _ in range(steps):
        tok = toks[j]
        if tok.head == j or tok.dep not in deps or (tok.dep == "advcl" and pdoc.kids(j, "nsubj")):
            return None  # ("called on X ..., while Y telephoned Z": a clause of its own, not what was asked)
        j = tok.head
        if j in matched and wanted(j):
            return j, tok.dep
    return None


def _to_complement(pdoc: ParsedDoc, i: int) -> bool:
    """Has verb ``i`` an infinitive complement, however the parser hung it ("called on X to withdraw": an xcomp
    under "on", or an adverbial clause under "called" when it has no object: "called X on Friday to congratulate
    him" tells the purpose of a call)?"""
    return bool(pdoc.kids(i, "xcomp") or any(pdoc.kids(p.i, "xcomp", "advcl") for p in pdoc.kids(i, "prep"))
                or (not pdoc.kids(i, "dobj") and
                    any(pdoc.is_infinitive(c.i) for c in pdoc.kids(i, "advcl"))))


def _asking_code(pdoc: ParsedDoc, i: int, rule: Trigger) -> str:
    """The code a row gives verb ``i``: its ``xcomp`` option's when it has an infinitive complement ("called on X
    to withdraw": 020, not the 040 of "called on X")."""
    alt = rule.option("xcomp")
    return alt if alt and _to_complement(pdoc, i) else rule.cameo


def asked_or_conditional(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> bool:
    """What an appeal or demand asks for, what a threat threatens, or the condition of a threat: told, but no
    event ("urged X to withdraw", "threatened to impose sanctions", "would retaliate if they held drills").
    ``matched`` holds the sentence's trigger-table matches."""
    return _requested(pdoc, i, matched) or _threatened(pdoc, i, matched) is not None or \
        _threat_condition(pdoc, i, matched) or _alleged(pdoc, i, matched) or _forecast(pdoc, i, matched) or \
        _pundits_expect(pdoc, i) or _demanded_by_noun(pdoc, i, matched) or _anothers_offer(pdoc, i) or \
        _permitted_by_a_pact(pdoc, i)


def _permitted_by_a_pact(pdoc: ParsedDoc, i: int) -> bool:
    """Is ``i`` in what a pact or law permits or provides ("signed an agreement that allows their troops to hold
    exercises on each other's territory", "the law enables police to detain protesters", "an agreement under which
    Albania will host two centres")? Its content: nothing done yet."""
    for tok, parent in _links_up(pdoc, i):
        if tok.dep == "relcl" and parent.lemma.lower() in _PACT_NOUNS and \
                any(p.lower == "under" and any(o.lower == "which" for o in pdoc.kids(p.i, "pobj"))
                    for p in pdoc.kids(tok.i, "prep")):
            return True
        if parent.lemma.lower() in _PERMITTING_VERBS and tok.dep in ("xcomp", "ccomp", "dobj"):
            pact = pdoc.tokens[parent.head] if parent.dep in ("relcl", "acl") else \
                next(iter(pdoc.kids(parent.i, "nsubj")), None)
            return pact is not None and pact.lemma.lower() in _PACT_NOUNS
        if tok.dep not in _CONTENT_DEPS:
            return False
    return False


def _anothers_offer(pdoc: ParsedDoc, i: int) -> bool:
    """Is ``i`` in the infinitive of an offer or pledge with no owner that the clause's subject receives, rejects
    or weighs ("Hamas turned down an offer to release hostages")? Its author is not named: no intent of the
    subject's, and nothing done."""
    link = _clause_on_noun(pdoc, i)
    if link is None:
        return False
    offer = link[1]
    return offer.pos == "NOUN" and offer.lemma in _INTENT_VERBS and offer.dep == "dobj" and \
        not pdoc.kids(offer.i, "poss") and pdoc.tokens[offer.head].lemma not in _OFFER_CARRIERS


def _demanded_by_noun(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> bool:
    """Is ``i`` in the infinitive that an appeal, demand or ultimatum noun asks for ("gave Togo an ultimatum to
    withdraw its troops", "rejected the call to end the blockade")? Asked of the addressee, not done."""
    link = _clause_on_noun(pdoc, i)
    if link is None or not pdoc.is_infinitive(link[0].i):
        return False
    row = matched.get(link[1].i)
    return row is not None and row.pos == "NOUN" and row.cameo[:2] in ("02", "10", "13")


def _clause_on_noun(pdoc: ParsedDoc, i: int) -> tuple[Tok, Tok] | None:
    """The clause (acl or relcl) that holds ``i`` through its complements and objects, and the word it hangs on
    ("an ultimatum to withdraw its troops", "an offer to release hostages"); None if another link comes first."""
    for tok, parent in _links_up(pdoc, i):
        if tok.dep in ("acl", "relcl"):
            return tok, parent
        if tok.dep not in _CONTENT_DEPS:
            return None
    return None


def _pundits_expect(pdoc: ParsedDoc, i: int) -> bool:
    """Is ``i`` what analysts or experts expect or say will or could happen ("analysts say Russia and China will
    deepen their cooperation", "experts expect Kenya and Uganda to sign")? A forecast by no party: no event. What
    they say has happened is left to the other rules."""
    toks = pdoc.tokens
    ahead = False
    for j in [i, *pdoc.ancestors(i)]:
        tok = toks[j]
        ahead = ahead or any(k.lower in _MODAL_AUX for k in pdoc.kids(j, "aux")) or tok.lemma == "expect"
        if (tok.lemma in _SPEECH_VERBS or tok.lemma == "expect") and j != i:
            return ahead and any(k.lower in _PUNDITS or k.lemma in _PUNDITS for k in pdoc.kids(j, "nsubj"))
    return False


def _forecast(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> bool:
    """Is warning ``i`` a forecast told to no one of what happens or may happen by itself ("warned that the war
    risked spilling over", "warned that donor fatigue was setting in")? No threat: nobody is warned, and the
    clause's subject is no party (no name, no pronoun, no people) and has no "would/will" ("warned that any attack
    would be met with force" stays a threat)."""
    clauses = pdoc.kids(i, "ccomp")
    if i not in matched or matched[i].cameo != "130" or not clauses or pdoc.kids(i, "dobj"):
        return False
    for clause in clauses:
        subjects = pdoc.kids(clause.i, "nsubj", "nsubjpass")
        if not subjects or any(_party_word(pdoc, k.i) for k in subjects) or \
                any(k.lower in _MODAL_AUX for k in pdoc.kids(clause.i, "aux")):
            return False
    return True


def _party_word(pdoc: ParsedDoc, i: int) -> bool:
    """Does noun ``i`` (with its modifiers) name a party: a pronoun, a name, a nationality, people?"""
    tok = pdoc.tokens[i]
    return tok.pos == "PRON" or _is_person_noun(tok) or tok.ent >= 0 or \
        any(k.ent >= 0 for k in pdoc.kids(i, "compound", "amod", "poss"))


_ALLEGATION_DEPS = frozenset(("pcomp", "pobj", "prep", "xcomp", "advcl", "dobj", "conj", "ccomp", "acl"))


def _alleged(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> bool:
    """Is ``i`` what an accusation alleges ("accused the Taliban of allowing militants to attack Pakistan",
    "blamed Y for the attack", "Burundi's accusation that Kigali was arming the rebels")? Alleged, not told as
    done: the accusation is the event."""
    found = _governing_row(pdoc, i, _ALLEGATION_DEPS, 6, lambda j: matched[j].cameo[:3] == "112", matched)
    if found is None:
        return False
    # "accused X of ...", not "and"; the clause on an accusation noun
    return found[1] in ("prep", "pcomp", "xcomp") if matched[found[0]].pos == "VERB" else found[1] == "acl"


_CONTENT_DEPS = frozenset(("xcomp", "dobj", "pobj", "prep", "conj", "compound"))


def _threatened(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> int | None:
    """The threat (a root-13 row) whose infinitive complement token ``i`` is in ("threatened to impose
    sanctions": "sanctions" and "impose"), else None."""
    found = _governing_row(pdoc, i, _CONTENT_DEPS, 4, lambda j: matched[j].cameo[:2] == "13", matched)
    return found[0] if found is not None and found[1] == "xcomp" else None


def _threatened_act(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> Trigger | None:
    """The first trigger in the infinitive complement of threat ``i`` (what it threatens), else None."""
    return next((matched[j] for j in sorted(matched) if j != i and _threatened(pdoc, j, matched) == i), None)


def _said(pdoc: ParsedDoc, i: int) -> bool:
    """Is token ``i`` inside what someone said (a clause under a speech verb, or a quote)?"""
    toks = pdoc.tokens
    for j in pdoc.ancestors(i):
        if toks[j].lemma in _SPEECH_VERBS and toks[j].pos == "VERB":
            return True
    start, _ = pdoc.sents[toks[i].sent]
    return sum(t.text in QUOTE_MARKS for t in toks[start:i]) % 2 == 1


def _merge_nouns_into_verbs(pdoc: ParsedDoc, cands: list[Candidate]) -> list[Candidate]:
    """"met in Tehran for a summit with Turkey": the noun's parties join the verb's event; "sent aid to Syria": one
    act; "lifted sanctions": the noun's act is undone, not done."""
    toks = pdoc.tokens
    by_trigger = {c.trigger: c for c in cands}
    out = []
    for c in cands:
        prep = toks[c.trigger].head
        verb = toks[prep].head if toks[prep].dep == "prep" else None
        host = by_trigger.get(verb) if verb is not None and toks[c.trigger].dep == "pobj" else None
        if host is not None and host is not c and c.rule.pos == "NOUN" and host.cameo[:2] == c.cameo[:2] == "04" \
                and host.rule.symmetric:
            host.targets = host.targets + [a for a in c.sources + c.targets if a not in host.targets]
            continue
        carrier = by_trigger.get(held) if (held := _carrying_verb(pdoc, c.trigger)) is not None else None
        if carrier is not None and carrier is not c and c.rule.pos == "NOUN" and \
                (carrier.cameo[:2] == "08" or carrier.refusal) and c.cameo[:2] != "08":
            continue  # "lifted sanctions on Venezuela", "eased restrictions": what is undone is not done again (nor
            # denied where the undoing is refused: "will not lift sanctions on Togo until ...")
        if carrier is not None and carrier is not c and c.rule.pos == "NOUN" and carrier.cameo[:2] == c.cameo[:2] \
                and c.targets and _same_parties(replace(carrier, targets=carrier.targets or c.targets), c):
            # "sent humanitarian aid to Syria", "will provide 50 million euros in aid to Afghanistan": one act, told
            # by the verb and its object (which may name the recipient the verb did not); the more precise code
            if _more_precise(c.cameo, carrier.cameo):
                carrier.cameo = c.cameo
            carrier.targets = carrier.targets or c.targets
            continue
        out.append(c)
    return out


def _carrying_verb(pdoc: ParsedDoc, i: int) -> int | None:
    """The verb whose object event noun ``i`` is ("sent aid"), or whose object is a sum in it ("will provide 50
    million euros in humanitarian assistance")."""
    toks = pdoc.tokens
    tok = toks[i]
    if tok.dep == "dobj":
        return tok.head
    prep = toks[tok.head]
    if tok.dep == "pobj" and prep.lower == "in" and toks[prep.head].dep == "dobj" and \
            (e := pdoc.ent_of(prep.head)) is not None and e.label == "MONEY":
        return toks[prep.head].head
    return None


def _same_parties(a: Candidate, b: Candidate) -> bool:
    return {x.code for x in a.sources} == {x.code for x in b.sources} and \
        {x.code for x in a.targets} == {x.code for x in b.targets}


def _more_precise(code: str, than: str) -> bool:
    """Is CAMEO ``code`` more precise than ``than`` of the same root ("073" than "070", "0233" than "023")?"""
    return len(code) > len(than) or (than.endswith("0") and not code.endswith("0"))


def _is_separate(pdoc: ParsedDoc, i: int) -> bool:
    toks = pdoc.tokens
    words = {k.lower for k in pdoc.kids(i, "amod", "advmod")}
    if toks[i].head != i:
        words |= {k.lower for k in pdoc.kids(toks[i].head, "advmod", "amod")}
    return bool(words & _SEPARATE_WORDS)


def _reported(pdoc: ParsedDoc, s: int) -> bool:
    start, end = pdoc.sents[s]
    return any(t.text in QUOTE_MARKS or (t.pos == "VERB" and t.lemma in _SPEECH_VERBS) for t in pdoc.tokens[start:end])


def sentence_triggers(pdoc: ParsedDoc, s: int) -> dict[int, Trigger]:
    """Token -> the trigger row that matches it, for every token of sentence ``s``."""
    start, end = pdoc.sents[s]
    return {i: rule for i in range(start, end) if (rule := match_trigger(pdoc, i)) is not None}


def _appeal_situation(pdoc: ParsedDoc, actors: ArticleActors, i: int) -> list[Actor]:
    """The country where what appeal ``i`` asks for is to happen, when the appeal names no addressee: "called for
    calm in Bangladesh", "urged an end to the fighting in Sudan" (not the venue of talks it asks for: "called for
    talks in Geneva"), or the party that holds what it asks for ("appealed for access to detainees held by
    Russia"), or where the unnamed parties it addresses are ("called on the warring parties in Sudan"). An "in"
    phrase on the appeal verb itself counts where it follows what is asked for."""
    toks = pdoc.tokens
    asked = [o.i for p in pdoc.kids(i, "prep") if p.lower == "for" for o in pdoc.kids(p.i, "pobj")]
    asked += [k.i for k in pdoc.kids(i, "dobj") if k.ent < 0]
    # an addressee that names no party: "called on the warring parties in Sudan to return to talks"
    asked += [o.i for p in pdoc.kids(i, "prep") if p.lower == "on" for o in pdoc.kids(p.i, "pobj") if o.ent < 0]
    if not asked or any(_meeting_noun(toks[a].lemma.lower(), "") for a in asked):
        return []
    # ("called for calm in Bangladesh": the parser often hangs the place on the verb; before what is asked for,
    # "called in Cairo for calm", it is where the appeal was made)
    places = [k for k in prep_objects(pdoc, i, _IN) if k > min(asked)]
    nouns = [*asked, *(o.i for a in asked for k in pdoc.kids(a, "prep") for o in pdoc.kids(k.i, "pobj"))]
    for a in nouns:  # "a halt to the fighting in Sudan": at most two nouns down
        places += prep_objects(pdoc, a, _IN)
    # "appealed for access to detainees held by Russia": who holds what is asked for is asked
    found = [a for k in participle_agents(pdoc, nouns) for a in actors.at(k) if a.country and a.role != "IGO"]
    found += [a for k in places if toks[k].ent >= 0 and pdoc.ents[toks[k].ent].label == "GPE"
              for a in actors.at(k) if a.country and a.role != "IGO"]
    return found[:1]


def _refers_back(pdoc: ParsedDoc, i: int, matched: dict[int, Trigger]) -> bool:
    """Is event noun ``i`` the object of another trigger and a reference to an act told before: with "the"
    ("rejected the demand"), or with a possessive where the verb is no light or intent verb that carries it ("did
    not meet its demands", but "pledged its support" is the pledge's own act)? Or the definite object of a verb
    that recounts ("Uganda's army confirmed the attack") or judges in words ("called the accusations fanciful",
    "described the allegations as lies": another's accusations, not the speaker's)?"""
    tok = pdoc.tokens[i]
    if tok.dep == "dobj" and is_definite(pdoc, i) and \
            (pdoc.tokens[tok.head].lemma in _RECOUNTING_VERBS or pdoc.tokens[tok.head].lemma in _JUDGING_VERBS):
        return True
    if tok.head not in matched or tok.dep not in ("dobj", "pobj", "nsubjpass"):
        return False
    if "meeting_object" in matched[tok.head].options:
        return False  # "hosted the talks between A and B": the talks are told here, with their host
    if is_definite(pdoc, i):
        return True
    head = pdoc.tokens[tok.head]
    return head.lemma not in _LIGHT_VERBS and "intent" not in matched[head.i].options and \
        any(d.lower in _POSSESSIVE_DETS for d in pdoc.kids(i, "poss"))


def is_setting(pdoc: ParsedDoc, i: int) -> bool:
    """Is noun ``i`` the of-object of "sidelines" or "margins" ("on the sidelines of the SCO summit")?"""
    prep = pdoc.tokens[pdoc.tokens[i].head]
    return pdoc.tokens[i].dep == "pobj" and prep.lower == "of" and pdoc.tokens[prep.head].lower in _SETTING_NOUNS


def _celebrating(pdoc: ParsedDoc, i: int) -> bool:
    """Does the clause of crowd act ``i`` (or of the verb whose prepositional noun it is: "took to the streets") say
    the crowd gathered to celebrate, mark or mourn something?"""
    toks = pdoc.tokens
    verb = i
    if toks[i].dep == "pobj" and toks[toks[i].head].dep == "prep":
        verb = toks[toks[i].head].head
    return any(k.lemma in _CELEBRATING for k in pdoc.kids(verb, "advcl", "xcomp", "conj"))


def find_candidates(pdoc: ParsedDoc, actors: ArticleActors, s: int,
                    triggers: dict[int, Trigger] | None = None) -> list[Candidate]:
    """Every trigger in sentence ``s`` that has a party, with its sources and targets as actors
    (``triggers``: the sentence's matches, when the caller has them already)."""
    start, end = pdoc.sents[s]
    toks = pdoc.tokens
    out: list[Candidate] = []
    comments: list[Candidate] = []
    threats: set[int] = set()  # verbs of force made threats by a condition on the other side
    matched = dict(triggers) if triggers is not None else sentence_triggers(pdoc, s)
    if matched and match_report(pdoc, start, end):  # "Spain beat Italy 2-1 and will meet France in the final"
        matched = {i: r for i, r in matched.items() if r.cameo[:2] not in _SPORTS_CONFUSED_ROOTS}
    for i, rule in matched.items():
        if asked_or_conditional(pdoc, i, matched):
            continue  # "demanded that X withdraw", "threatened to impose sanctions", "accused X of allowing
            # militants to attack", "would retaliate if they held drills": the demand, threat or accusation is
            # the event; what it asks, threatens or alleges has not happened
        head = toks[i].head
        if toks[i].dep in ("xcomp", "advcl") and head in matched and matched[head].cameo[:2] == rule.cameo[:2] and \
                (rule.cameo[:2] == "04" or all(o.pos == "PRON" for o in pdoc.kids(i, "dobj"))) and \
                not _meeting_on_a_trip(pdoc, i, rule, matched[head]) and not pdoc.kids(i, "nsubj"):
            continue  # "met ... to discuss", "summoned ..., calling it a violation": one act, told twice
        if _promised_not_to(pdoc, i, matched):
            continue  # "pledged not to threaten or use force against each other": the pledge is the event
        if rule.pos == "NOUN" and _refers_back(pdoc, i, matched):
            continue  # "rejected the demand", "did not meet its demands": a reference to an earlier act
        if rule.pos == "NOUN" and is_setting(pdoc, i):
            continue  # "met Putin on the sidelines of the SCO summit": where the meeting was, not an event
        cameo = rule.cameo
        if cameo[:2] in _INTENT_CODES and _under_intent(pdoc, i) and not _scheduled(pdoc, i):
            cameo = intent_code(cameo)  # "agreed to share data": an intent, not (yet) the act
        if cameo == "130" and (threatened := _threatened_act(pdoc, i, matched)) is not None:
            cameo = threat_code(threatened.cameo)  # "threatened to impose sanctions": 1312
        if "intent" in rule.options:
            comps = [k.i for k in pdoc.kids(i, "xcomp")]
            comps += [c.i for k in comps for c in pdoc.kids(k, "conj")]
            if comps and all(any(j in matched for j in [c, *pdoc.children[c]]) for c in comps) and \
                    not any(_promised_not_to(pdoc, c, matched) for c in comps):
                continue  # the complements are events of their own
            if any(j in matched and matched[j].pos == "NOUN" and _under_intent(pdoc, j) for j in _promised(pdoc, i)):
                continue  # "pledged $500 million in aid": the aid noun tells the intent, with its own code (033)
            if any((e := pdoc.ent_of(o.i)) is not None and e.label == "MONEY" for o in pdoc.kids(i, "dobj")):
                cameo = intent_code("070")  # "pledged 50 million euros to help refugees": an intent to give aid
        if (alt := rule.option("xcomp")) and _to_complement(pdoc, i):
            cameo = alt
        if cameo[:2] == "19" and rule.pos == "NOUN" and _verbal_attack(pdoc, i):
            cameo = "111"  # "launched an extraordinary attack on the spy chiefs, calling them nutters": in words
        preps = _COOP_PREPS if cameo[:2] in ("03", "04", "05", "06") else _CONFLICT_PREPS
        if cameo[:2] in ("08", "12", "16"):  # "withdrew from X", "rejected the offer from X", "recalled ... from X"
            preps = preps | _SOURCE_OF_OBJECT_PREPS
        if "07" in (cameo[:2], rule.cameo[:2]):  # "pledged aid for Syria": an intent (033) to give it to Syria
            preps = preps | _AID_PREPS
        if cameo[:2] == "16":
            preps = preps | {"of"}  # "banned imports of Russian fertiliser"
        if cameo[:2] == "11":
            preps = preps | {"over", "about"}  # "voiced concern over Turkish drilling", "discontent over X's decision"
        if rule.cameo[:2] == "05" and rule.pos == "NOUN":
            preps = preps | {"for"}  # "reaffirmed its support for Somalia"
        if "14" in (cameo[:2], (rule.option("unsourced") or "")[:2]):  # "rallied outside the embassy" (a protest
            # row of officials that people's protest replaces: "hundreds protested outside the Ugandan embassy")
            preps = preps | {"outside"}
        if (rule.option("untargeted") or "")[:2] == "15" and _held_near(pdoc, i) and \
                not any(k.lower == "joint" for k in pdoc.kids(i, "amod", "compound")):
            cameo, preps = rule.option("untargeted") or cameo, _CONFLICT_PREPS  # "began drills around Taiwan": a
            # show of force toward the country it is held near, not joint exercises with it ("a joint exercise near
            # the Natunas" is one, with its partners)
        if cameo[:2] == "15":  # "massed warships off Taiwan": shown to whom it is near
            preps = preps | _POSTURE_PREPS
        if rule.requires and rule.requires[0] in ("prt", "prep") and "*" not in rule.requires[1]:
            preps = preps | rule.requires[1]  # "called on X": the particle introduces the party
        if rule.pos == "VERB" or pdoc.kids(i, "nsubj"):
            src_toks, tgt_toks, direct = verb_parties(pdoc, i, rule, preps)
        else:
            src_toks, tgt_toks, direct = noun_parties(pdoc, i, preps, rule.symmetric, cameo[:2])
            if rule.symmetric and not any(actors.at(k) for k in src_toks):
                src_toks = _meeting_owners(pdoc, i, tgt_toks) or src_toks
        if rule.pos == "NOUN" and cameo[:2] == "09":
            src_toks, tgt_toks = _inquiry_parties(pdoc, i, src_toks, tgt_toks)
        if rule.pos == "NOUN" and cameo[:2] == "11" and _denied_charge(pdoc, i):
            continue  # "Kenya denied the accusation": a reply to another party's charge, not a charge of Kenya's
        if not src_toks and rule.pos == "NOUN" and cameo[:2] in VIOLENT_ROOTS:
            src_toks = _claimants(pdoc, i)  # "the Houthis claimed responsibility for a missile attack on a tanker"
        if rule.pos == "NOUN" and cameo[:2] == "07" and toks[i].dep == "nsubj" and \
                toks[toks[i].head].lemma in _ARRIVING_VERBS:  # "aid from Saudi Arabia reached areas of Libya"
            verb = toks[i].head
            # (a place's "of" phrase names its country: "areas of Libya")
            tgt_toks = tgt_toks + [o.i for o in pdoc.kids(verb, "dobj")] + prep_objects(pdoc, verb, _DESTINATION_PREPS)
        if not src_toks and rule.pos == "NOUN" and toks[i].dep == "compound" and \
                toks[toks[i].head].dep in ("dobj", "attr") and \
                (toks[toks[toks[i].head].head].lemma in _DOING_VERBS | _ADOPTING_VERBS or
                 toks[toks[i].head].lemma.lower() in _DOCUMENT_NOUNS):
            # "announced a security assistance package", "the EU adopted a new sanctions package" ("agrees" a
            # headline's sanctions package, the parser's attribute), "handed a protest note to the Swiss envoy"
            # (the document's kind: who hands it, to whom)
            whole = toks[toks[i].head]
            src_toks = _subject_of(pdoc, whole.head)[0]
            if whole.lemma.lower() in _DOCUMENT_NOUNS and not tgt_toks:
                tgt_toks = prep_objects(pdoc, whole.head, preps)
        if cameo == "042" and (rule.pos == "VERB" or not tgt_toks):  # "arrived in Tbilisi", "on an official visit
            # in Tashkent": the host is where the visitor went
            tgt_toks = tgt_toks + [t for t in prep_objects(pdoc, i, frozenset(("in",))) if t not in tgt_toks]
        if (cameo == "042" and rule.pos == "VERB") or cameo[:2] == "15":
            sent = [*src_toks, *(k.i for k in pdoc.kids(i, "dobj", "nsubjpass")), *prep_objects(pdoc, i, _AS)]
            # where they go and what for: "sent troops to the UN peacekeeping force", "to serve as peacekeepers"
            goal = [*prep_objects(pdoc, i, _DESTINATION_PREPS), *(k.i for k in pdoc.kids(i, "advcl", "xcomp"))]
            if any(toks[j].lemma.lower() in _PEACEKEEPING for k in sent + goal for j in pdoc.subtree(k)):
                cameo = "074"  # peacekeepers arriving or deployed: military protection, not a visit or a threat
                # of the place they are deployed in ("deployed 500 peacekeepers in South Sudan")
                tgt_toks = tgt_toks + [t for t in prep_objects(pdoc, i, _IN) if t not in tgt_toks]
            elif cameo[:2] == "15" and (helped := _helped(pdoc, i)):
                cameo = "074"  # "sent troops to help the Philippine army": military protection of the party helped
                tgt_toks = tgt_toks + [t for t in helped if t not in tgt_toks]
            elif any(t.lemma.lower() in _RELIEF for k in sent + [o for k in sent for o in prep_objects(pdoc, k, _OF)]
                     for t in [toks[k], *pdoc.kids(k, "compound", "amod")]):  # ("a brigade of doctors")
                cameo = "073"  # "Turkish rescue teams arrived in Morocco", "deployed medics in the quake zone": aid
                tgt_toks = tgt_toks + [t for t in prep_objects(pdoc, i, _IN) if t not in tgt_toks]
            elif cameo == "042" and any(toks[k].lemma.lower() in _CARGO for k in src_toks):
                continue  # "the first shipment of Russian wheat arrived in Eritrea": goods, no visitor
            elif cameo[:2] == "15" and any(toks[k].lemma.lower() == "team" for k in sent):
                continue  # "sent a team of investigators": no force shown (a rescue team is aid, above)
        if cameo[:2] == "15" or cameo in ("073", "074"):
            src_toks, tgt_toks = _forces_sent(pdoc, i, rule, src_toks, tgt_toks)
        if cameo[:2] == "15":  # "sent troops to its border with Belarus", "massed troops near Ukraine's border"
            tgt_toks = tgt_toks + [t for t in _across_the_border(pdoc, i) if t not in tgt_toks]
        if rule.pos == "VERB" and cameo[:2] not in ("02", "10") and not any(actors.at(t) for t in tgt_toks):
            # "mobilized troops for the war against Iraq": the parties of the event noun the act is for
            tgt_toks = tgt_toks + [k for p in pdoc.kids(i, "prep") if p.lower == "for" for o in pdoc.kids(p.i, "pobj")
                                   if o.pos == "NOUN" and o.ent < 0 for k in prep_objects(pdoc, o.i, preps)]
        # "hundreds of X" ("Hundreds of Afghan refugees were deported")
        src_toks, tgt_toks = ([w if (w := whole_of_part(pdoc, t)) is not None else t for t in toks_]
                              for toks_ in (src_toks, tgt_toks))
        src_toks = [t for t in src_toks if not placed_event_noun(pdoc, t)]
        tgt_toks = [t for t in tgt_toks if not placed_event_noun(pdoc, t)]  # "signed the Minsk agreement"
        if rule.pos == "VERB" and cameo[:2] in _JUDGING_ROOTS and not pdoc.kids(i, "dobj"):
            tgt_toks += _judged_as(pdoc, i)
            if not tgt_toks and on_a_deed(pdoc, i):  # "Russia withdrew, a move NATO condemned": Russia's deed
                tgt_toks += deed_doer(pdoc, toks[i].head)
        sources = [a for t in src_toks for a in actors.at(t)]
        if not sources and rule.option("passive_source") and src_toks and toks[src_toks[0]].ent < 0 and \
                pdoc.kids(i, "nsubjpass"):
            sources = _unnamed_summoner(pdoc, actors, i, src_toks[0])
        if not sources and not src_toks and actors.home and cameo[:2] in AT_HOME_ROOTS and \
                _people_acted_on_there(pdoc, rule, i):
            # "Twelve demonstrators were arrested, then released" with no place: the state of the story's dateline
            sources = [country_actor(actors.home, "GOV")]
        if not sources and rule.pos == "NOUN" and (intent := _intended_by(pdoc, i)) is not None:
            # "India and China agreed to a withdrawal of troops": troops of no party named; the sides that agreed
            sources = [a for t in _subject_of(pdoc, intent)[0] for a in actors.at(t)]
        own = {a.country for a in sources}  # the source's own side: no other party of its acts
        targets = [a for t in tgt_toks for a in actors.at(t)]
        if all(a.country in own for a in targets):  # "froze its participation in the CSTO": the body it is in
            targets = [a for o in pdoc.kids(i, "dobj") if o.lemma.lower() in _MEMBERSHIP_NOUNS
                       for k in prep_objects(pdoc, o.i, _IN) for a in actors.at(k) if a.country not in own] or targets
        if all(a.country in own for a in targets) and cameo[:2] in _JUDGING_ROOTS:
            # "protested against the listing of its companies by Brussels": who did the deed to its own side (or
            # to no party: "criticised the treatment of its minority by Ukraine", the by-phrase hung on the verb)
            doers = [k for t in _object_nouns(pdoc, tgt_toks) for k in prep_objects(pdoc, t, _BY)]
            if rule.pos == "VERB" and pdoc.kids(i, "dobj") and not pdoc.kids(i, "nsubjpass", "auxpass"):
                doers += [k for k in prep_objects(pdoc, i, _BY) if toks[k].ent >= 0]
            targets = [a for k in doers for a in actors.at(k) if a.country not in own] or targets
        if not targets and rule.pos == "NOUN" and cameo[:2] in ("02", "10") and (acted := _acted_upon(pdoc, i)):
            # "deployed police following a request from Honiara": the request went to who acted on it
            targets = [a for t in _subject_of(pdoc, acted)[0] for a in actors.at(t) if a.country not in own]
        if not targets and rule.pos == "VERB" and toks[i].dep == "conj" and not pdoc.kids(i, "nsubj", "nsubjpass") \
                and not any(_is_person_noun(o) for o in pdoc.kids(i, "dobj")) and \
                not _names_its_own_party(pdoc, actors, i, own):
            # "accused Nairobi of interfering and cut diplomatic ties": the party its subject acted on before (not
            # "stormed the Mexican embassy and arrested a former vice-president": people of their own; nor
            # "condemned the launches and pledged to work with the United States": an act with a party of its own)
            targets = [a for o in pdoc.kids(toks[i].head, "dobj") for a in actors.at(o.i) if a.country not in own]
        if (not targets or cameo[:2] == "08" and all(a.country in own for a in targets)) and not rule.symmetric:
            # "promised to remove the ban on sales of Australian wine"; "will lift its ban on cross-border trade with
            # Rwanda": easing its own measure, toward whom it was aimed
            targets = [a for k in phrase_nationals(pdoc, tgt_toks, trade=cameo[:2] == "16", eased=cameo[:2] == "08")
                       for a in actors.at(k) if a.country not in own] or targets
        if not targets and cameo[:2] in _JUDGING_ROOTS and not rule.symmetric:
            # "criticism of the Polish government's handling": its owner (not of a joint act: "signed a deal
            # brokered by the UAE" is no agreement with the UAE)
            targets = [a for t in tgt_toks for k in pdoc.kids(t, "poss", "compound", "amod") for a in actors.at(k.i)]
            targets = targets or [a for t in tgt_toks if toks[t].pos == "NOUN" and toks[t].ent < 0  # "the decision of
                                  for k in prep_objects(pdoc, t, _OF) for a in actors.at(k)]  # the Swedish authorities"
            # "welcomed the resumption of ties between Saudi Arabia and Iran": the parties of what it judges
            nouns = _object_nouns(pdoc, tgt_toks)
            targets = targets or [a for t in nouns for k in prep_objects(pdoc, t, _BETWEEN) for a in actors.at(k)]
            # "rejected the ceasefire proposal put forward by Egypt and Qatar": its authors
            targets = targets or [a for k in participle_agents(pdoc, nouns) for a in actors.at(k)]
            if cameo == "110" and not targets:  # "concern over the fighting in Myanmar": where it goes on (not
                # for a deed condemned: "condemned the attack in Kabul" condemns its unnamed authors, not Afghanistan)
                targets = [a for t in tgt_toks if toks[t].ent < 0 for k in prep_objects(pdoc, t, _IN)
                           for a in actors.at(k) if a.country and a.role != "IGO"]
        if cameo == "016" and not targets:  # "rejected the accusations made by Ukraine": toward who made them
            targets = [a for k in participle_agents(pdoc, _object_nouns(pdoc, tgt_toks)) for a in actors.at(k)
                       if a.country not in own]
        if cameo[:2] in ("02", "10") and not rule.symmetric and all(a.country in own for a in targets):
            # "demanded the release of the sailors detained by Iran", "of its tanker seized by Britain": who holds
            # what the demand asks back
            targets = [a for k in participle_agents(pdoc, _object_nouns(pdoc, tgt_toks)) for a in actors.at(k)
                       if a.country not in own] or targets
        if not targets and rule.symmetric and rule.pos == "VERB" and cameo[:2] in VIOLENT_ROOTS and \
                not (rule.requires and rule.requires[0] == "dobj") and \
                any(_thing_fought(pdoc, actors, o.i, matched) for o in pdoc.kids(i, "dobj")):
            continue  # "Kenya and Ethiopia pledged to fight cattle rustling": together against a thing, not each
            # other (a war or a battle fought is still their fight: "fought a war in 2020"; the object a row
            # names is part of the act: "exchanged gunfire")
        if cameo[:2] in ("02", "10") and not targets and "intent" not in rule.options:
            targets = _appeal_situation(pdoc, actors, i)  # "called for calm in Bangladesh": the appeal is to it
        if cameo == "161" and not targets and sources:  # "Relations between Morocco and Algeria have been frozen
            # since Algiers severed diplomatic ties": the other of the pair told with it
            targets = [a for a in actors.last_pair(i, None) if a.country not in own][:1]
        if cameo[:2] == "14" and _celebrating(pdoc, i):
            continue  # "fans took to the streets to celebrate the win": a crowd, no protest
        if (alt := rule.option("unsourced")) and (not sources or all(a.role == "CVL" for a in sources)) and \
                not any(toks[t].pos == "PRON" and toks[t].lower not in _GROUP_PRONOUNS for t in src_toks):
            cameo = alt  # "thousands protested against the law", "hundreds of Palestinians protested outside the
            # Egyptian embassy": no official complains, people demonstrate (not "the ministry said it had protested
            # to Sweden": a party told before, which the clause reader finds)
        if not any(a.country for a in targets) and cameo[:2] in VIOLENT_ROOTS:
            targets = struck_places(pdoc, actors, i, tgt_toks) or targets
        if not any(a.country for a in targets) and (cameo[:2] == "07" or cameo == "033"):
            targets = aided_places(pdoc, actors, i) or targets
        if rule.pos == "VERB" and sources and (cameo[:2] == "13" or (cameo[:2] in _FORCE_THREAT_ROOTS and (any(
                k.lower in _MODAL_AUX for k in pdoc.kids(i, "aux")) or _readied(pdoc, i)) and not pdoc.kids(i, "neg"))):
            # ("would not arrest Putin if he attended": a promise of restraint, no threat)
            cond = [a for t in condition_subjects(pdoc, i) for a in actors.at(t) if a.country not in own]
            on_them = {a.country for a in cond} & {a.country for a in targets} if targets else \
                cameo[:2] in VIOLENT_ROOTS or cameo[:2] == "16"  # ("ready to impose sanctions if Iran fails")
            if cond and cameo[:2] != "13" and on_them:
                # "will strike Kyiv if Ukraine uses the missiles": a threat to the party the condition is on, made
                # now (not "will deploy troops to Haiti if the UN approves")
                cameo = threat_code(cameo)
                threats.add(i)
            targets = targets or (cond if cameo[:2] == "13" else [])  # "will retaliate if NATO deploys troops"
        if cameo[:2] == "13" and rule.pos == "VERB" and sources and targets and \
                {a.country for a in targets} <= {a.country for a in sources}:
            # "Russia could cut gas supplies to Moldova, Gazprom warned": the speaker's own side would act; the
            # party it would act on is the one threatened; else the one the condition is on ("warned that Pyongyang
            # would use nuclear weapons if South Korea attempted to use force")
            targets = [a for t in _acted_on(pdoc, i, preps) for a in actors.at(t)] or \
                [a for c in pdoc.kids(i, "ccomp") for t in condition_subjects(pdoc, c.i) for a in actors.at(t)] or \
                targets
        if rule.pos == "NOUN" and len({party_side(a) for a in targets}) >= 2 and \
                (not direct or (prep_objects(pdoc, i, _BETWEEN) and not pdoc.is_infinitive(pdoc.tokens[i].head))):
            sources = []  # "X mediated talks between A and B": the talks are A's and B's (and those a host held:
            # "Qatar hosted talks between US and Taliban officials"; one offering "to host talks between the two
            # sides" offers both to meet); two sides of one country too ("between Congo and the M23 rebels")
        if not sources and not targets and rule.symmetric and any(k.lower in _BETWEEN_TWO for k in _modifiers(pdoc, i)):
            # "Xi told his US counterpart that Taiwan was the most dangerous issue in bilateral relations": the
            # speaker's and the addressee's; "the mutual trade turnover reached $4.4 billion": the pair of the latest
            # clause or visit that had two; else the last two countries named
            sources = _speaker_and_addressee(pdoc, actors, i) or actors.last_pair(i, None) or \
                actors.last_countries(i, 2, None)
        if reciprocal(pdoc, i):  # "refused to meet each other": each side toward the other
            targets = targets + [a for a in sources if a not in targets]
        if "answered" in rule.options:  # "deployed police at the request of Honiara": who did what was asked
            targets = [a for t in _answering_party(pdoc, i) for a in actors.at(t) if a not in sources]
        if not targets and "provoked" in rule.options:  # "Japan protested after Chinese ships entered ..."
            own = {a.country for a in sources}
            targets = [a for t in _provoking_party(pdoc, i) for a in actors.at(t) if a.country not in own] or \
                (_provoker_before(pdoc, actors, i, own) if cameo[:2] == "13" and sources else []) or \
                (_intruder_before(pdoc, actors, i, own) if cameo[:2] == "15" and sources else [])
        solo = False
        if (recipient := rule.option("recipient")) and (given := _recipients(pdoc, i, recipient)):
            targets = [a for t in given for a in actors.at(t)] or targets  # "extradited X to the US": the US
        if not targets and "07" in (cameo[:2], rule.cameo[:2]):  # "ready to provide additional support to help
            # Moldova counter hybrid threats": who the aid is to help
            giver = {a.country for a in sources}
            targets = [a for t in _helped(pdoc, i) for a in actors.at(t) if a.country not in giver]
        promised = cameo[:3] == "035" and rule.cameo[:2] == "08"
        if (promised or rule.option("untargeted")) and sources:
            # "is willing to withdraw its troops", "ceased its operations": its own troops are no other party (the
            # opposition activists a government frees are)
            own, state = {a.country for a in sources}, any(a.role not in NON_STATE_ROLES for a in sources)
            targets = [a for a in targets if a.country not in own or is_named(a) or
                       (a.role in NON_STATE_ROLES) == state]
        if sources and not targets and len({a.country for a in sources}) == 1:
            if cameo[:2] in AT_HOME_ROOTS and _people_acted_on_there(pdoc, rule, i):
                solo = True  # "Fourteen protesters were detained in Chisinau": by that state, its people (see coder)
            elif (alt := rule.option("untargeted")) or promised:
                # "fired two missiles into the sea": a show of force with no one named as target; "agreed to a
                # ceasefire", "agreed to resign": an intent to yield, told whether or not the other side is named
                # (not aid the rule's show of force turned out to be: "will dispatch a rescue team")
                cameo, solo = (cameo if promised or alt is None or cameo[:2] != rule.cameo[:2] else alt), True
        refusal = cameo[:2] == "08" and refused_in_future(pdoc, i)
        if refusal:  # "will not withdraw", "will not end the strike": a refusal to yield
            cameo = refusal_code(cameo)
        event_noun = _event_noun(pdoc, i)
        alike = False
        if not targets and not rule.symmetric and cameo[:2] in REFERRING_ROOTS and event_noun is None and \
                len({a.country or a.name for a in sources}) > 1 and definite_object(pdoc, i):
            # "the US and Britain welcomed the decision": both react alike to a deed of a party not named here, not
            # to each other; a deed noun's author told before is the coder's to find ("The United States and the
            # European Union criticised the move")
            if not any(o.lemma.lower() in DEED_NOUNS for o in pdoc.kids(i, "dobj")):
                continue
            alike = True
        if not sources and not targets and rule.symmetric and rule.pos == "VERB":
            # "an agreement was signed during his visit to Islamabad": the parties of the meeting it was done at
            for o in (o for p in pdoc.kids(i, "prep") if p.lower in _MEETING_TIME_PREPS for o in pdoc.kids(p.i, "pobj")
                      if o.i in matched and matched[o.i].pos == "NOUN"):
                met = noun_parties(pdoc, o.i, preps, matched[o.i].symmetric, matched[o.i].cameo[:2])
                sources = [a for t in met[0] for a in actors.at(t)]
                targets = [a for t in met[1] for a in actors.at(t)]
        cand = Candidate(i, rule, cameo, sources, targets, direct, _is_separate(pdoc, i), event_noun, solo, refusal,
                         alike=alike)
        if "comment" in rule.options:
            if toks[i].head in matched or not _reported(pdoc, s) or not _said(pdoc, i):
                continue
            comments.append(cand)
        elif sources or targets or cameo[:2] == "14":  # protesters are often unnamed: see coder
            out.append(cand)
    # "would impose sanctions on Lithuania if ...": the threat tells the sanctions, not the noun of its object
    out = [c for c in out
           if not (c.rule.pos == "NOUN" and toks[c.trigger].dep == "dobj" and toks[c.trigger].head in threats)]
    _mediated_parties(pdoc, out)
    out = _merge_nouns_into_verbs(pdoc, out)
    return out + comments[:1]


def _modifiers(pdoc: ParsedDoc, i: int) -> list[Tok]:
    """Adjectives on noun ``i``, and on the noun it is a compound of ("mutual" on "the mutual trade turnover")."""
    tok = pdoc.tokens[i]
    return pdoc.kids(i, "amod") + (pdoc.kids(tok.head, "amod") if tok.dep == "compound" else [])


def _mediated_parties(pdoc: ParsedDoc, cands: list[Candidate]) -> None:
    """A mediation with no other party named mediates between the parties of the act it brokered ("Israel and
    Hamas agreed to a truce brokered by Qatar", "Russia and Ukraine signed a deal brokered by the UAE")."""
    toks = pdoc.tokens
    for med in cands:
        if med.cameo != "045" or med.targets:
            continue
        tok = toks[med.trigger]
        brokered = [tok.head] if tok.dep == "acl" else [k.i for k in pdoc.kids(med.trigger, "dobj")]
        for act in cands:
            told = act.trigger in brokered or any((toks[n].dep == "dobj" and toks[n].head == act.trigger) or
                                                  (toks[n].dep == "pobj" and toks[toks[n].head].head == act.trigger)
                                                  for n in brokered)
            if act is not med and told:
                med.targets = [a for a in act.sources + act.targets if a not in med.sources]
                break
