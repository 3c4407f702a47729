"""Where spaCy is used (with :mod:`.attribute_table`): pipeline loading, entity fixes, Doc conversion.

Pipeline: ``diplo_title_norms`` (a title abbreviation read as its title), the trained model's
tagger/parser/lemmatizer/ner, its
``attribute_ruler`` rules applied by :mod:`.attribute_table` (same output,
a fraction of the time), ``diplo_sentence_starts`` before the parser (datelines
and paragraphs end sentences), then
``diplo_entity_fixer`` (relabels and splits the small model's typical errors
with gazetteer look-ups) and an ``entity_ruler`` that adds countries,
demonyms, international organisations and money amounts the model missed
(``overwrite_ents`` off, so model entities such as "Russian Defense Ministry"
stay whole). Docs are converted to :mod:`.doc` dataclasses right after
``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from .actors import abbreviated_title, party_nouns
from .attribute_table import replace_attribute_ruler
from .coding.word_clusters import word_clusters
from .doc import LEAD_WORDS, ParsedDoc, Span, Tok, dateline_at, dateline_place_end, paragraph_breaks, repair_parse
from .errors import DiploError
from .gazetteer import Gazetteer, currency_spellings, load_gazetteer, load_lexicon, read_data_csv
from .records import Article
from .registry import NLP_BATCH_SIZE, SPACY_MODEL

__all__ = ["LONG_TEXT", "ModelError", "load_lexicon", "make_nlp", "parse_many", "pieces", "to_parsed",
           "ruler_patterns"]

# spaCy holds a document's activations at once: a 190 KB article took 774 MB (bench/long_article.py --whole). A text
# longer than this (characters) is parsed piece by piece, and only until the entity cap is passed.
LONG_TEXT = 20_000

_UNUSED = ("senter",)  # the parser gives sentences; everything else is used


class ModelError(DiploError):
    """The spaCy model cannot be loaded (not installed, or wrong name)."""

    reason_code = "model_unavailable"


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    """The currencies written as words ("euros", "naira"): after a number, money."""
    return frozenset(w for w in currency_spellings() if w.isalpha())


@lru_cache(maxsize=1)
def _currency_signs() -> tuple[str, ...]:
    """The currencies written as signs with a country's letters ("nz$", "hk$"), longest first."""
    return tuple(sorted((w for w in currency_spellings() if not w.isalpha()), key=len, reverse=True))


def _currency_prefix(word: str) -> bool:
    """Does ``word`` open with a currency sign glued to its number ("NZ$8", "HK$3")?"""
    low = word.lower()
    return any(low.startswith(sign) and low[len(sign):][:1].isdigit() for sign in _currency_signs())


def ruler_patterns(gaz: Gazetteer) -> list[dict]:
    """Entity-ruler patterns: country names and aliases (GPE), demonyms (NORP), IGOs (ORG), capitals (GPE), money."""
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ent_id: str) -> None:
        if (label, text) not in seen:
            seen.add((label, text))
            patterns.append({"label": label, "pattern": text, "id": ent_id})

    for name, code in gaz.country_spellings.items():
        add("GPE", name, code)
    for row in read_data_csv("demonyms.csv"):
        add("NORP", row["demonym"], row["country"])
    for row in read_data_csv("igos.csv"):
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            add("ORG", alias, row["code"])
    for row in read_data_csv("named_actors.csv"):  # institutions and armed groups the model often misses
        if row["name"][:1].isupper():
            add("ORG", row["name"], row["country"])
    for row in read_data_csv("natural_places.csv"):  # "the Syr Darya", "Central Asia": rivers and regions, not
        if not gaz.place(row["name"]):  # one whose name a town or a region of the gazetteer has too ("Dnipro")
            add("LOC", row["name"], row["kind"])
    ambiguous = load_lexicon()["ambiguous_capitals"]
    for place in gaz.places.values():  # "accused Kyiv": a capital the model missed (not "Male", "Victoria")
        if place.is_capital and place.name.lower() not in ambiguous and place.name.lower() not in gaz.countries:
            add("GPE", place.name, place.country)
    money = [{"LIKE_NUM": True}, {"LOWER": {"IN": ["million", "billion", "trillion"]}, "OP": "?"},
             {"LOWER": {"IN": sorted(_currency_words())}}]
    patterns.append({"label": "MONEY", "pattern": money})
    return patterns


def _lead_dateline(doc: Doc) -> tuple[int, int] | None:
    """:func:`.doc.dateline_at` for a Doc, read once: the sentence-start step and the entity fixer both need it."""
    if "diplo_dateline" not in doc.user_data:
        doc.user_data["diplo_dateline"] = dateline_at([t.text for t in doc[:LEAD_WORDS]])
    return doc.user_data["diplo_dateline"]


@Language.component("diplo_title_norms")
def _title_norms(doc: Doc) -> Doc:
    """Let the model read a title written as an abbreviation ("Japanese PM Shigeru Ishiba") as the title's noun.

    The small model reads "PM" as the time of day: "PM Modi met Japanese PM Shigeru Ishiba" came out with "PM" an
    adverb of "met" and "Ishiba" a sentence of its own. The token's norm, one of the features the model reads, is
    set to the title's last word ("minister") before the model runs: an abbreviation in capitals (lexicon
    ``title_abbreviations``) before a capitalised word, not after a number ("5 PM Tuesday" stays a time).
    """
    norms = _title_norm_words()
    orths = doc.to_array(ORTH)
    for i in numpy.isin(orths, list(norms)).nonzero()[0].tolist():
        before = doc[i - 1] if i else None
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and not (before is not None and before.like_num):
            doc[i].norm_ = norms[orths[i]]
    return doc


@lru_cache(maxsize=1)
def _title_norm_words() -> dict[int, str]:
    """Hash of each title abbreviation as written in capitals -> the last word of its title."""
    return {spacy.strings.get_string_id(abbr.upper()): title.split()[-1]
            for abbr, title in load_lexicon()["title_abbreviations"].items()}


@Language.component("diplo_sentence_starts")
def _preset_sentence_starts(doc: Doc) -> Doc:
    """Start a sentence after a dateline ("BAKU, Sept 13 — ..."), so the parser keeps it out of the clause, and at
    every paragraph, so no sentence runs across one."""
    at = _lead_dateline(doc)
    if at is not None and at[1] + 1 < len(doc):
        start, dash = at
        if start:
            doc[start].is_sent_start = True  # a headline or byline line before it is no part of the lead
        doc[dash + 1].is_sent_start = True
        for nxt in doc[dash + 2 : dash + 8]:  # and keep the parser from cutting the lead sentence short
            nxt.is_sent_start = False
    # the words around each line break only: building every Token (or the Doc's text) costs more than the step
    breaks = [k for k in doc.to_array([IS_SPACE]).nonzero()[0].tolist() if "\n" in doc[k].text]
    if breaks:
        words = [""] * len(doc)
        for k in breaks:
            for j in range(max(k - 2, 0), min(k + 2, len(doc))):
                words[j] = doc[j].text
        for k, start in paragraph_breaks(words).items():
            doc[k].is_sent_start = start
    return doc


def _after_the(doc: Doc, i: int) -> bool:
    """Does "the" stand right before token ``i``, or before a lower-case direction or "upper"/"lower" before it?"""
    k = i - 1
    if k >= 0 and doc[k].is_lower and doc[k].lower_ in ("upper", "lower", "northern", "southern", "eastern",
                                                            "western", "central"):
        k -= 1
    return k >= 0 and doc[k].lower_ == "the"


def _hyphenated(doc: Doc, i: int) -> bool:
    """Is token ``i`` glued by a hyphen to the word before or after it ("Mazar-i-Sharif", "Ofori-Mensah")?"""
    return (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_) or \
        (i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_)


@Language.factory("diplo_entity_fixer")
def _make_entity_fixer(nlp: Language, name: str) -> "EntityFixer":
    return EntityFixer(load_gazetteer(), load_lexicon())


# the token scan's string-store keys: title words, months, place prepositions, nouns of places and before places,
# first words of bodies' names, leaders' lone names, PROPN, nsubj, "of", the object labels (dobj, pobj, nsubjpass),
# the last words of companies' names
_ScanKeys = tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int], frozenset[int], frozenset[int],
                  frozenset[int], int, int, int, frozenset[int], frozenset[int], frozenset[int]]


# labels the small model gives names of things it does not know: after a title ("President Yamandu Orsi" as a
# WORK_OF_ART) such a name is a person's, and a gazetteer place so labelled ("visit Montevideo" as a PRODUCT) a place
_THING_LABELS = ("FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
_NAME_LABELS = frozenset(("ORG", *_THING_LABELS))
_NAME_OR_PLACE_LABELS = frozenset(("PERSON", "GPE", "LOC", *_NAME_LABELS))


_TRAILING_PREPS = frozenset(("in", "at", "on", "of", "for", "from", "to", "with"))  # not a name's last word


class EntityFixer:
    """Fix the small model's typical errors on news about states, using the gazetteer and closed word lists."""

    def __init__(self, gaz: Gazetteer, lex: dict[str, frozenset[str]]):
        self.gaz, self.lex = gaz, lex
        # words of bodies and titles, never a person's name ("Indian External Affairs" + "Minister")
        self._not_names = lex["org_heads"] | lex["portfolios"] | lex["name_titles"]
        # a person's titles, of the lexicon and of titles.csv ("speaker", "president"); with the words of bodies
        self._person_titles = lex["name_titles"] | frozenset(gaz.titles)
        self._titles_or_bodies = self._not_names | self._person_titles
        self._person_words = self._person_titles | lex["individual_nouns"]  # "the foreign minister, X,"
        # what stands before a person's name and is no part of it: ranks and honorifics ("Brigadier", "Mrs"), titles
        self._ranks = lex["honorifics"] | self._person_titles
        self._keys: _ScanKeys | None = None
        # a country's posts abroad, whose name the model runs on into the city they are in ("Embassy in Colombo"; not
        # "mission": "the UN Mission in South Sudan" is the name)
        self._posts = (lex["foreign_missions"] - {"mission"}) | {"commission"}
        # month names and their abbreviations of three or four letters ("Jun", "Sept"), as a dateline writes them
        self._month_forms = lex["months"] | {m[:3] for m in lex["months"]} | {m[:4] for m in lex["months"]}
        # first words of the table's names of more than one word ("islamic" of "Islamic State West Africa Province"),
        # up to a hyphen, where the tokenizer splits ("Tehreek" of "Tehreek-e-Taliban Pakistan")
        self._body_starts = frozenset(name.split()[0].split("-")[0] for name in gaz.named if " " in name)
        # a leader's name alone that the small model often leaves untagged or calls a place or a body ("Ruto met",
        # "hosted Lula"): not an English word (those it knows, and "May", "Brown", "Key" are more often words), and
        # no country, nationality, organisation or body of the tables -> whether one of its bearers is in office
        english = word_clusters()
        self._english = frozenset(english)
        self._lone_leaders = {w: current for w, current in gaz.lone_leader_names().items()
                              if w not in english and not gaz.country(w) and not gaz.demonym(w.title())
                              and not gaz.igo(w) and not gaz.named_actor(w)}

    def _scan_keys(self, doc: Doc) -> _ScanKeys:
        """The string-store keys the token scan compares with (title words, month names, place prepositions, nouns
        of places, PROPN, nsubj), looked up once: a key is the same in every store (a hash, or the fixed id of a
        symbol such as "PROPN")."""
        if self._keys is None:
            strings = doc.vocab.strings
            titles, months, preps, nouns = (frozenset(strings[w] for w in self.lex[k])
                                            for k in ("name_titles", "months", "place_preps", "place_of_nouns"))
            titles |= frozenset(strings[w] for w in self.lex["title_abbreviations"])  # "PM" ("pm" is skipped)
            named = frozenset(strings[w] for k in ("natural_place_nouns", "admin_place_nouns", "feature_nouns",
                                                   "border_post_nouns")
                              for w in self.lex[k])
            bodies = frozenset(strings[w] for w in self._body_starts)
            leaders = frozenset(strings.add(w) for w in self._lone_leaders)
            # ("Ltd." with its period too)
            companies = frozenset(strings.add(w + dot) for w in self.lex["company_name_ends"] for dot in ("", "."))
            self._keys = (titles, months, preps, nouns, named, bodies, leaders,
                          strings["PROPN"], strings["nsubj"], strings["of"],
                          frozenset((strings["dobj"], strings["pobj"], strings["nsubjpass"])), companies,
                          frozenset(strings[w] for w in self.lex["regional_adjectives"]))
        return self._keys

    def __call__(self, doc: Doc) -> Doc:
        spans: list[SpacySpan] = []
        for ent in self._joined_nationals(doc):
            for part in self._split(doc, ent):
                spans.extend(self._fix(doc, part))
        scan = _TokenScan(doc, self._scan_keys(doc))
        spans.extend(self._titled_names(doc, spans, scan.titles))
        spans = self._leaders_alone(doc, spans, scan.leaders)
        spans = self._surnames(doc, spans, scan.orths)
        spans = self._appositive_persons(doc, spans)
        spans.extend(self._dateline(doc, spans))
        spans.extend(self._months(doc, spans, scan.months))
        spans.extend(self._missed_places(doc, spans, scan))
        spans = self._crossing_towns(doc, spans, scan.place_nouns)
        spans = self._same_place_again(spans)
        spans.extend(self._named_bodies(doc, spans, scan.body_starts))
        spans = self._clubs(doc, spans, scan.proper_subjects)
        spans = self._companies(doc, spans, scan.companies)
        spans = self._commands(spans)
        spans = self._regional_adjectives(doc, spans, scan.regional)
        spans = self._acronyms(doc, spans)
        doc.ents = filter_spans([s for s in map(self._untitled, spans) if len(s)])
        return doc

    @staticmethod
    def _regional_adjectives(doc: Doc, spans: list[SpacySpan], at: list[int]) -> list[SpacySpan]:
        """"the Baltic states", "Western sanctions", "Balkan leaders": the adjective of a region or a group of
        peoples before a lower-case noun is a nationality (NORP), as the gold files label it, where the model took it
        for a place or tagged nothing (not "the Western Balkans", "Baltic Sea": a name goes on after it). ``at``:
        where the words of the lexicon's regional_adjectives are."""
        found = [i for i in at if doc[i].is_title and i + 1 < len(doc) and doc[i + 1].is_lower and
                 doc[i + 1].pos_ == "NOUN" and doc[i].dep_ in ("amod", "compound")]
        if not found:
            return spans
        kept = [s for s in spans if not any(s.start <= i < s.end for i in found)]
        return kept + [SpacySpan(doc, i, i + 1, label="NORP") for i in found]

    def _commands(self, spans: list[SpacySpan]) -> list[SpacySpan]:
        """"U.S. Africa Command", "the United States Southern Command": a military command named after its region,
        which the model reads as a person's name after a country, is one ORG with the country."""
        ends = {s.end: s for s in spans}
        dropped: set[int] = set()
        out = []
        for span in spans:
            if len(span) >= 2 and span[-1].text == "Command" and span[0].is_title:
                start = span.start
                before = ends.get(span.start)
                if before is not None and before.label_ == "GPE" and self.gaz.country(before.text):
                    start = before.start
                    dropped.add(before.start)
                span = SpacySpan(span.doc, start, span.end, label="ORG")
            out.append(span)
        return [s for s in out if not (s.start in dropped and s.label_ == "GPE")]

    @staticmethod
    def _acronyms(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
        """An acronym in brackets right after the name of a body or a facility ("the opposition National Reform
        Alliance (NRA)", "the Grand Ethiopian Renaissance Dam (GERD)", "the ... Mission in Somalia (AUSSOM)") is that
        kind of thing, there and wherever the text uses it alone ("NRA leader X"), whatever the model took it for."""
        ends = {s.end: s.label_ for s in spans}
        kinds: dict[str, str] = {}
        for span in spans:
            k, label = span.end, span.label_
            if label in ("GPE", "LOC") and span.start > 1 and doc[span.start - 1].lower_ in ("in", "of"):
                label = ends.get(span.start - 1, label)  # the body's name goes on over its place
            if label in ("ORG", "FAC") and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and \
                    doc[k + 1].is_upper and doc[k + 1].is_alpha and 2 <= len(doc[k + 1]) <= 8:
                kinds.setdefault(doc[k + 1].text, label)
        if not kinds:
            return spans
        inside = {i for s in spans if len(s) > 1 for i in range(s.start, s.end)}
        out = [s for s in spans if not (len(s) == 1 and s.text in kinds)]
        out.extend(SpacySpan(doc, t.i, t.i + 1, label=kinds[t.text]) for t in doc
                   if t.text in kinds and t.i not in inside)
        return out

    @staticmethod
    def _companies(doc: Doc, spans: list[SpacySpan], ends: list[int]) -> list[SpacySpan]:
        """Capitalised names ending in a company's word (at ``ends``: "Gulfline Shipping", "Meridian Holdings"),
        untagged or tagged a person: organisations."""
        out = list(spans)
        for tok in (doc[k] for k in ends):
            if not tok.is_title:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 4 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            over = [s for s in out if s.start <= tok.i and s.end > start]
            if start == tok.i or any(s.label_ != "PERSON" for s in over):
                continue  # (a name the model read as an organisation, a place or a nationality keeps its reading)
            out = [s for s in out if s not in over] + [SpacySpan(doc, start, tok.i + 1, label="ORG")]
        return out

    def _untitled(self, span: SpacySpan) -> SpacySpan:
        """A person's name without the honorifics before it, whichever step found it ("Mr. Jonas Holm", "Sheikh
        Khalfan bin Nasser", "Ms. Holm": the name is what follows)."""
        start = span.start
        while span.label_ == "PERSON" and start + 1 < span.end and self._honorific(span.doc, start, span.end):
            start += 1
        return span if start == span.start else SpacySpan(span.doc, start, span.end, label=span.label_)

    def _honorific(self, doc: Doc, i: int, end: int) -> bool:
        """Is token ``i`` an honorific before a name that ends at ``end`` ("Sheikh", "Mrs.", "Lieutenant")? Not right
        after a title with one name after it, where it is the given name ("Foreign Minister Emir Hadzic"; "Foreign
        Minister Prince Faisal bin Farhan" keeps its honorific apart)."""
        return doc[i].lower_.rstrip(".") in self.lex["honorifics"] and \
            not (i > 0 and doc[i - 1].lower_ in self._person_titles and end == i + 2)

    def _joined_nationals(self, doc: Doc) -> list[SpacySpan]:
        """The model's entities, with two that touch joined where together they are a nationality or a country
        ("Sierra" as an organisation and "Leonean" as a person: "Sierra Leonean traders"), or one body the model cut
        after its "and"."""
        ents, out, k = list(doc.ents), [], 0
        while k < len(ents):
            ent = ents[k]
            touching = k + 1 < len(ents) and ents[k + 1].start == ent.end
            # the next entity, or the next word where the model left it out ("Sierra" + "Leonean nationals")
            end = ents[k + 1].end if touching else ent.end + 1
            if end <= len(doc) and (touching or (doc[ent.end].is_title and doc[ent.end].ent_iob_ == "O")):
                text = doc[ent.start:end].text
                label = "NORP" if self.gaz.demonym(text) else "GPE" if self.gaz.country(text) else None
                if label is None and touching and ent.label_ == ents[k + 1].label_ == "ORG" and \
                        ent[-1].lower_ == "and" and ent[0].lower_ != "and":  # "the Ministry of Foreign Affairs and"
                    label = "ORG"  # + "International Cooperation": one body, cut at its "and"
                if label:
                    out.append(SpacySpan(doc, ent.start, end, label=label))
                    k += 2 if touching else 1
                    continue
            out.append(ent)
            k += 1
        return out

    def _split(self, doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
        """Cut spans at "(" / ")", possessive "'s" after a country, hyphens between demonyms or countries, and "and"
        between two countries."""
        gaz, label = self.gaz, ent.label_
        parts: list[SpacySpan] = []
        start = ent.start
        for tok in ent:
            if tok.text in ("(", ")", '"', "“", "”"):
                parts.append(SpacySpan(doc, start, tok.i, label=label))
                start = tok.i + 1
            elif tok.text in ("'s", "’s") and gaz.country(doc[start:tok.i].text):
                parts.append(SpacySpan(doc, start, tok.i, label="GPE"))
                start = tok.i + 1
            elif tok.text == "-" and tok.i > start and (
                gaz.demonym(doc[tok.i - 1].text) or gaz.country(doc[tok.i - 1].text)
            ):
                parts.append(SpacySpan(doc, start, tok.i, label=label))
                start = tok.i + 1
            elif tok.lower_ in ("and", ",") and gaz.country(doc[start:tok.i].text) and \
                    gaz.country(doc[tok.i + 1:ent.end].text):  # "the Dominican Republic and Uruguay" as one
                parts.append(SpacySpan(doc, start, tok.i, label="GPE"))
                start = tok.i + 1
            elif tok.lower_ in ("in", "at") and gaz.country(doc[start:tok.i].text) and \
                    gaz.place(doc[tok.i + 1:ent.end].text):  # "the ambassador of Niger in Algiers" as one
                parts.append(SpacySpan(doc, start, tok.i, label="GPE"))
                start, label = tok.i + 1, "GPE"
            elif tok.lower_ in ("in", "at") and tok.i > start and doc[tok.i - 1].lower_ in self._posts:
                parts.append(SpacySpan(doc, start, tok.i, label=label))  # "the Indian Embassy in Colombo": the post
                start = tok.i + 1  # and the city it is in
                place = doc[start:ent.end].text
                label = "GPE" if gaz.place(place) or gaz.country(place) else label
        parts.append(SpacySpan(doc, start, ent.end, label=label))
        # ("the Indian High Commission in" with the preposition after the name)
        parts = [SpacySpan(doc, p.start, p.end - 1, label=p.label_) if len(p) > 1 and p[-1].pos_ == "ADP" and
                 p[-1].lower_ in _TRAILING_PREPS else p for p in parts]
        return [p for p in parts if any(t.like_num or any(c.isalpha() for c in t.text) for t in p)  # ("U.S.")
                and not all(t.is_stop for t in p)]

    def _fix(self, doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
        gaz, lex, label = self.gaz, self.lex, ent.label_
        if label in ("PERSON", "ORG") and len(ent) > 1 and abbreviated_title(ent[0].text) and \
                all(t.is_title for t in ent[1:]):
            label = "PERSON"  # "PM Modi" as an organisation: the title, then the person
            ent = SpacySpan(doc, ent.start + 1, ent.end, label=label)
        while len(ent) > 1 and (ent[0].lower_ == "the"
                                or (label in ("MONEY", "CARDINAL") and ent[0].lower_ in lex["money_hedges"])
                                or (label == "PERSON" and self._honorific(doc, ent.start, ent.end))):
            ent = SpacySpan(doc, ent.start + 1, ent.end, label=label)
        while len(ent) > 1 and label in ("GPE", "LOC") and ent[0].is_lower and ent[0].lower_ in lex["direction_words"]:
            ent = SpacySpan(doc, ent.start + 1, ent.end, label=label)  # "northeast Nigeria": the place is Nigeria
        while len(ent) > 1 and ent[-1].lower_ in ("of", "the", "and", "'s", "’s", "'", "’"):  # "the Council of Foreign
            ent = SpacySpan(doc, ent.start, ent.end - 1, label=label)  # Ministers of the [CIS]", "the European
            # Union's", "World Athletics'": the name ends before its last "of" or its possessive
        if label in ("PERSON", "ORG", "GPE", "LOC", "NORP", *_THING_LABELS) and (storm := self._storm(doc, ent)):
            return [storm]
        if label in ("PERSON", "ORG", "GPE", "LOC", "NORP") and ent.text.lower() in lex["product_names"]:
            return [SpacySpan(doc, ent.start, ent.end, label="PRODUCT")]  # "Patriot systems", "Brent crude"
        if label in ("PERSON", "ORG") and (scored := self._around_a_score(doc, ent)) is not None:
            return scored
        if label == "ORG" and ent[-1].lower_ in lex["title_openers"] and ent.end < len(doc) and \
                doc[ent.end].is_title and f"{ent[-1].lower_} {doc[ent.end].lower_}" in gaz.titles:
            return [SpacySpan(doc, ent.start, ent.end + 1, label=label)]  # "the Office of the Prime" + "Minister"
        if label in _NAME_OR_PLACE_LABELS | {"NORP"} and not any(c.isupper() for c in ent.text):
            return []  # "the Lebanese army", "China's coast guard", "tried in absentia": common words, no name
        if label == "PERSON" and all(t.lower_ in self._ranks for t in ent):
            return []  # "Brigadier General" + "Samuel Okafor": the rank is no name
        if len(ent) == 1 and ent[0].is_sent_start and ent[0].tag_ == "NNS" and not gaz.demonym(ent.text):
            return []  # "Households in Transnistria", "Seismologists said": a plural common noun, capitalised
            # because it starts the sentence
        if label == "MONEY" and ent.start > 0 and doc[ent.start - 1].text in ("$", "€", "£", "¥"):
            ent = SpacySpan(doc, ent.start - 1, ent.end, label=label)
        if label in ("CARDINAL", "MONEY") and ent.end < len(doc) and doc[ent.end].lower_ in _currency_words():
            return [SpacySpan(doc, ent.start, ent.end + 1, label="MONEY")]
        if label == "CARDINAL" and _currency_prefix(ent[0].text):
            return [SpacySpan(doc, ent.start, ent.end, label="MONEY")]  # "NZ$8 million", one token with its sign
        if label in ("CARDINAL", "QUANTITY") and ent[-1].lower_ in _currency_words():
            return [SpacySpan(doc, ent.start, ent.end, label="MONEY")]  # "300 million dinars" read as a quantity
        if label in ("GPE", "LOC", "NORP", "ORG") and (whole := self._country_ending_in(doc, ent)) is not None:
            return [whole]  # "PORT MORESBY, May 2 - Papua New Guinea police": the model tagged only "Guinea"
        text = ent.text
        if gaz.country(text) and label in ("PERSON", "ORG", "NORP", "FAC", "LOC", "GPE", "WORK_OF_ART", "PRODUCT",
                                           "EVENT", "LAW"):  # "withdraw its troops from Niger by ...": not a title
            return [SpacySpan(doc, ent.start, ent.end, label="GPE")]
        if gaz.demonym(text) and (label in ("PERSON", "ORG", "GPE", "LOC", "PRODUCT") or (
                label == "LANGUAGE" and ent.root.dep_ in ("amod", "compound", "npadvmod"))):
            # "his Turkmen counterpart"; "a Filipino supply boat" is no language ("spoke in Filipino" is)
            return [SpacySpan(doc, ent.start, ent.end, label="NORP")]
        if label == "NORP" and len(ent) == 1 and text.lower() in party_nouns():
            return []  # "Jihadists attacked ...": a party noun, which the actor coder reads as one, not a nationality
        if gaz.igo(text) and text[:1].isupper():
            return [SpacySpan(doc, ent.start, ent.end, label="ORG")]
        if label in ("PERSON", "ORG") and len(ent) >= 3 and (glued := self._glued_name(doc, ent)):
            return glued
        if label in ("PERSON", "ORG") and len(ent) >= 3 and (titled := self._titled_inside(doc, ent)):
            return titled
        if label in ("ORG", "GPE") and ent[-1].lower_ in lex["facility_heads"]:
            return [SpacySpan(doc, ent.start, ent.end, label="FAC")]
        if label == "ORG" and len(ent) == 1 and ent.end < len(doc) and ent[0].lower_ in lex["portfolios"] and \
                doc[ent.end].lower_ in lex["name_titles"]:
            return []  # "Defense Minister X": a title, not an organisation
        if label == "ORG" and len(ent) > 1 and ent.text.lower() in gaz.titles and ent[0].lower_ in lex["name_titles"]:
            return []  # "the visit of the Minister of Foreign Affairs of ...": a title, whose of-phrase names its state
        if label == "ORG" and (state := self._titled_state(doc, ent)) is not None:
            return state
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if label in _NAME_LABELS and before in lex["name_titles"] and 2 <= len(ent) <= 5 and \
                all((t.is_title or t.text == "-") and t.lower_ not in lex["org_heads"] for t in ent):
            return [SpacySpan(doc, ent.start, ent.end, label="PERSON")]  # "spokesperson Kadri Tamm", "Kassym-Jomart X"
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        if label == "ORG" and len(ent) >= 2 and after in lex["name_titles"] and ent[-1].lower_ not in lex["org_heads"]:
            return self._title_prefix(doc, ent)  # "EU Crisis Management Commissioner X": the EU, then a title
        if label in ("PERSON", "ORG", "GPE", "LOC", "NORP", *_THING_LABELS) and self._names_a_feature(ent):
            # "Whitsun Reef" as a person, "Lachin Corridor" as a state, with the words before it the model left out
            start = self._feature_start(doc, ent.start, lambda i: doc[i].ent_iob_ != "O")
            return [SpacySpan(doc, start, ent.end, label="LOC")]
        if label in _NAME_OR_PLACE_LABELS and (featured := self._named_by_a_place_noun(doc, ent)):
            return [featured]
        if label in ("ORG", "PERSON", "NORP", *_THING_LABELS) and (of_label := self._of_place_label(ent)):
            return [SpacySpan(doc, ent.start, ent.end, label=of_label)]  # "the town of Sake", "west of Goma"
        if label in ("PERSON", "GPE", "LOC", "NORP", *_THING_LABELS) and gaz.named_actor(text):
            return [SpacySpan(doc, ent.start, ent.end, label="ORG")]  # "split from Boko Haram": a body the table
            # names (institutions and armed groups), an ORG as the ruler tags it where the model tags nothing
        the = gaz.natural.get(text.lower())
        if label in ("GPE", "LOC", "PERSON", "ORG", *_THING_LABELS) and the is not None and \
                (not the or _after_the(doc, ent.start)):
            return [SpacySpan(doc, ent.start, ent.end, label="LOC")]  # "the Mekong", "East Africa" as a state; "the
            # Blue Nile" kept a river, not the Sudanese state of the gazetteer
        place = gaz.town(text)
        if place and label == "LOC":
            return [SpacySpan(doc, ent.start, ent.end, label="GPE")]  # "Extremadura": a place of the gazetteer is
            # administered, as the gold files label them (140 GPE against 1 LOC, a river named as a state)
        if place and label in ("ORG", "PERSON", "NORP", *_THING_LABELS):
            if label != "PERSON" or place.is_capital or before in lex["locative_preps"] or \
                    after in lex["region_nouns"] or self._struck_place(ent):
                return [SpacySpan(doc, ent.start, ent.end, label="GPE")]
        if label in ("ORG", "PERSON", "LOC") and self._unknown_town(doc, ent):
            return [SpacySpan(doc, ent.start, ent.end, label="GPE")]
        if label in ("DATE", "TIME") and (placed := self._place_before_time(doc, ent)):
            return placed
        if label == "PERSON" and self._media_context(ent):
            return [SpacySpan(doc, ent.start, ent.end, label="ORG")]
        if label in ("ORG", "GPE", "LOC", "NORP", *_THING_LABELS) and len(ent) > 1 and \
                gaz.is_leader_name(text):
            return [SpacySpan(doc, ent.start, ent.end, label="PERSON")]  # "Tanzania's Samia Suluhu Hassan" as a FAC
        if label in ("ORG", "GPE", "LOC") and self._countrys_person(doc, ent):
            return [SpacySpan(doc, ent.start, ent.end, label="PERSON")]
        while label == "PERSON" and ent.end < len(doc) and ent[-1].dep_ == "compound" and \
                ent[-1].head.i == ent.end and doc[ent.end].is_title and doc[ent.end].pos_ == "PROPN" and \
                doc[ent.end].ent_iob_ == "O":  # "Helena Siqueira" + "Prado": the last name the first ones modify
            ent = SpacySpan(doc, ent.start, ent.end + 1, label=label)
        if label == "PERSON" and ent[-1].lower_ in lex["name_particles"] and ent.end < len(doc) and \
                doc[ent.end].is_title:  # "Ursula von der" + "Leyen": the name goes on
            ent = SpacySpan(doc, ent.start, ent.end + 1, label=label)
        if label == "PERSON" and len(ent) == 1 and _after_the(doc, ent.start) and not gaz.place(text) and \
                not (ent.end < len(doc) and doc[ent.end].is_title):
            return [SpacySpan(doc, ent.start, ent.end, label="LOC")]  # "across the Danube", "on the upper Drina":
            # one name after "the" is no person; a river or a region
        if label == "PERSON":
            return [self._first_names(doc, ent)]
        return [ent]

    def _titled_state(self, doc: Doc, ent: SpacySpan) -> list[SpacySpan] | None:
        """"the Consul General of Senegal", "the Ministers of Water Resources and Irrigation of Egypt": a person's
        title with the state it serves, read as a body, is no name; the state named last, a country or an
        organisation of states, is the entity. None where the span opens with no person's title or has no
        of-phrase."""
        first_of = next((t.i for t in ent[1:] if t.lower_ == "of"), None)
        if first_of is None or ent[0].lower_ in self.lex["org_heads"] or \
                not all(t.lower_ in self._person_titles for t in doc[ent.start:first_of]):
            return None  # (a body's word opens a body's name: "the Ministry of Foreign Affairs of Niger", "the
            # General Staff of Armenia's Armed Forces")
        last_of = max(t.i for t in ent if t.lower_ == "of")
        start = last_of + 1 + (last_of + 1 < ent.end and doc[last_of + 1].lower_ == "the")
        state = doc[start:ent.end]
        if not len(state) or not (self.gaz.country(state.text) or self.gaz.igo(state.text)):
            return None
        return [SpacySpan(doc, start, ent.end, label="GPE" if self.gaz.country(state.text) else "ORG")]

    def _storm(self, doc: Doc, ent: SpacySpan) -> SpacySpan | None:
        """"Cyclone Vailea", "Typhoon Haiyan": a named storm, which the model reads as a person, is an EVENT, with
        the storm word before the name where the model left it out; None for any other name (not "Storm": "Storm
        Shadow" missiles)."""
        words = self.lex["storm_words"]
        start = ent.start
        if not (len(ent) >= 2 and ent[0].is_title and ent[0].lower_ in words):
            if start == 0 or not doc[start - 1].is_title or doc[start - 1].lower_ not in words:
                return None
            start -= 1
        return SpacySpan(doc, start, ent.end, label="EVENT")

    def _countrys_person(self, doc: Doc, ent: SpacySpan) -> bool:
        """"Kenya's Mercy Jerotich", "beating Denmark's Freja Holm": two or three capitalised words after a country's
        possessive, the last no English word, none a word of a body, a company, a title or a place the tables know,
        are a person's name the model took for a place or a body (a company there is one word: "Russia's Rosneft")."""
        if not 2 <= len(ent) <= 3 or ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s") or \
                not self.gaz.country(doc[ent.start - 2].text):
            return False
        words = [t.lower_ for t in ent]
        return all(t.is_title for t in ent) and words[-1] not in self._english and \
            not any(w in self._titles_or_bodies or w in self.lex["company_name_ends"] for w in words) and \
            not self.gaz.place(ent.text) and not self.gaz.named_actor(ent.text) and not self.gaz.igo(ent.text)

    def _around_a_score(self, doc: Doc, ent: SpacySpan) -> list[SpacySpan] | None:
        """"edging hosts Denmark 3-2", "beat Argentina 2-1 Chile": the model reads a team named by its country, with
        the score, as a person's name; the score is no name, and a country on either side of it is the place (a
        player's name keeps the model's label: "beat Alcaraz 6-4"). None where the name holds no score."""
        at = next((k for k in range(ent.start, ent.end - 2) if doc[k].like_num and doc[k + 1].text in ("-", "–") and
                   doc[k + 2].like_num), None)
        if at is None:
            return None
        out = []
        for part in (doc[ent.start:at], doc[at + 3:ent.end]):
            if len(part) and any(c.isalpha() for c in part.text):
                label = "GPE" if self.gaz.country(part.text) else ent.label_
                out.append(SpacySpan(doc, part.start, part.end, label=label))
        return out

    def _struck_place(self, ent: SpacySpan) -> bool:
        """"Russia attacked Kharkiv", "Kherson was shelled": one word of the gazetteer's places the model called a
        person, the object of an act on another's land, is the place (not a leader's lone name: "met Ruto")."""
        root = ent.root
        return len(ent) == 1 and root.lower_ not in self._lone_leaders and root.dep_ in ("dobj", "nsubjpass") and \
            root.head.lemma_.lower() in self.lex["intruding_verbs"]

    def _unknown_town(self, doc: Doc, ent: SpacySpan) -> bool:
        """"near Elwak,", "arrested in Farafenni", "a commemoration in Vukovar": a name of one or two capitalised
        words that no English text uses, right after a preposition of place, which the model took for a person or a
        body, is a town too small for the gazetteer (its towns have 50,000 people or more); not a leader's lone name,
        a body of the tables, a possessive ("in Ruto's cabinet") nor the first words of a longer name ("at Makerere
        University")."""
        if len(ent) > 2 or ent.start == 0 or doc[ent.start - 1].lower_ not in self.lex["town_preps"] or \
                ent.root.dep_ != "pobj":
            return False
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and (after.is_title or after.lower_ in ("'s", "’s")):
            return False
        return all(t.is_title and t.lower_ not in self._english and t.lower_ not in self._lone_leaders for t in ent) \
            and not self.gaz.named_actor(ent.text)

    def _place_before_time(self, doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
        """"fired missiles at Kyiv overnight" tagged "Kyiv overnight" a time: a capitalised country or place of the
        gazetteer, then lower-case time words, is the place and the time; a place alone tagged a date is the place."""
        if all(t.is_title for t in ent) and ent.text.lower() not in self.lex["seasons"] and self.gaz.place(ent.text):
            return [SpacySpan(doc, ent.start, ent.end, label="GPE")]  # "the killings in Oromia" as a date
        for cut in range(len(ent) - 1, 0, -1):
            name = doc[ent.start:ent.start + cut]
            if all(t.is_title for t in name) and doc[ent.start + cut].is_lower and self.gaz.place(name.text):
                return [SpacySpan(doc, name.start, name.end, label="GPE"),
                        SpacySpan(doc, name.end, ent.end, label=ent.label_)]
        return []

    def _first_names(self, doc: Doc, ent: SpacySpan) -> SpacySpan:
        """A person's name with the given names the model left out ("Marta" + "Liliana Ospino", "Mamadou" + "Saliou
        Bah"): up to two capitalised proper nouns right before it that modify its last name, none a title, a word of
        a body, a country, a nationality, a place of the gazetteer, an acronym, a name the model tagged as anything
        but a place it could not know ("Kremlin X"), nor the sentence's first word, capitalised whatever it is
        ("Opener X struck a century")."""
        gaz, start = self.gaz, ent.start
        while start > max(0, ent.start - 2):
            tok = doc[start - 1]
            word = tok.text.lower()
            modifies = tok.dep_ == "compound" and tok.head.i in range(ent.start, ent.end)
            if not (tok.pos_ == "PROPN" and tok.is_title and modifies) or tok.is_sent_start or tok.ent_iob_ == "I" or \
                    tok.ent_type_ not in ("", "GPE", "LOC", "PERSON") or \
                    word in self._titles_or_bodies or gaz.country(tok.text) or gaz.demonym(tok.text) or \
                    gaz.igo(tok.text) or word in gaz.places:
                break
            start -= 1
        return SpacySpan(doc, start, ent.end, label="PERSON") if start < ent.start else ent

    def _named_by_a_place_noun(self, doc: Doc, ent: SpacySpan) -> SpacySpan | None:
        """A name before a lower-case noun of places, or ending in one, is a place, whatever the model took it for:
        LOC before a region, river or island ("the Gara region", "the disputed Fashaga border region", "the
        Metina and Gara regions"), GPE before a province or district, the noun left out ("Nineveh province"), and
        GPE for a town of the gazetteer ("the Kherson region").
        Not a nationality ("the Turkish state")."""
        end = ent.end - 1 if len(ent) > 1 and ent[-1].is_lower else ent.end  # "Cordoba province" as one GPE
        name = doc[ent.start:end]
        if not any(t.is_title or t.is_upper for t in name) or self.gaz.demonym(name.text):
            return None
        after = end + (end < len(doc) - 1 and doc[end].lower_ == "border")
        label = self._place_noun_label(doc[after]) if after < len(doc) else None
        if label is None and after > end and doc[after].lower_ in self.lex["border_post_nouns"]:
            label = "GPE"  # "the Mpondwe border post"
        if label is None and end == ent.end and (noun := self._place_noun_of(name.root)) is not None:
            label = self._place_noun_label(noun)
        return SpacySpan(doc, ent.start, end, label=self._place_label(name, label)) if label else None

    def _names_a_feature(self, name: SpacySpan) -> bool:
        """Does ``name`` end in a capitalised word of a sea, river, island or shoal ("Second Thomas Shoal"), with no
        common word or word of a body in it, and is it no country or place of the gazetteer ("Solomon Islands",
        "Balearic Islands")?"""
        return len(name) >= 2 and name[-1].is_title and name[-1].lower_ in self.lex["feature_nouns"] and \
            all(t.is_title or t.is_upper or t.text == "-" for t in name) and \
            not any(t.lower_ in self._not_names for t in name) and \
            not self.gaz.country(name.text) and name.text.lower() not in self.gaz.places

    def _feature_start(self, doc: Doc, end: int, taken: Callable[[int], bool]) -> int:
        """Where the name of a feature that goes on at token ``end`` starts: back over the capitalised proper nouns
        and adjectives before it that no other name has ``taken`` and that are no nationality or country ("Chinese
        Whitsun Reef": the reef is "Whitsun Reef"), and over an ordinal ("the Second Thomas Shoal", where the model
        tags "Second" as one); never over the sentence's first word, capitalised whatever it is."""
        start = end
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            tok = doc[start - 1]
            if tok.ent_type_ != "ORDINAL" and (tok.pos_ not in ("ADJ", "PROPN") or taken(tok.i) or
                                               self.gaz.demonym(tok.text) or self.gaz.country(tok.text)):
                break
            start -= 1
        return start

    def _place_label(self, name: SpacySpan, label: str) -> str:
        """A town of the gazetteer names the region around it, administered: "the Kherson region" is GPE."""
        return "GPE" if self.gaz.places.get(name.text.lower()) else label

    def _of_place_label(self, ent: SpacySpan) -> str | None:
        """GPE for a name in the of-phrase of a noun of places, a direction or a distance ("the town of Sake",
        "the coastal provinces of Quang Ninh and Hai Phong", "20 kilometres west of Goma"), LOC in one of a
        natural place ("the island of Vennik") unless the gazetteer holds it; None elsewhere."""
        doc, start = ent.doc, ent.start
        of = doc[start - 1] if start > 0 and doc[start - 1].lower_ == "of" else None
        if of is None:
            tok = self._first_conjunct(ent.root)
            of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.i < start else None
        if of is None or of.i == 0:
            return None
        noun = doc[of.i - 1].lower_
        if noun in self.lex["place_of_nouns"] or (noun in self.lex["border_post_nouns"] and of.i > 1 and
                                                  doc[of.i - 2].lower_ == "border"):
            return "GPE"  # ("the border post of Assamaka")
        return self._place_label(ent, "LOC") if noun in self.lex["natural_place_nouns"] else None

    def _place_noun_label(self, tok: Token) -> str | None:
        """LOC for a lower-case noun of a natural or loosely bounded place, GPE for one of an administered area;
        not one that modifies another noun ("a state visit")."""
        if not tok.is_lower or tok.dep_ in ("compound", "amod"):
            return None
        word = tok.lower_
        return "LOC" if word in self.lex["natural_place_nouns"] else \
            "GPE" if word in self.lex["admin_place_nouns"] else None

    @staticmethod
    def _first_conjunct(tok: Token) -> Token:
        """The first of the conjuncts ``tok`` is one of ("Zap" in "Metina, Zap and Avashin" -> "Metina"), or itself."""
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        return tok

    def _place_noun_of(self, tok: Token) -> Token | None:
        """The noun a name (or the first of its conjuncts) modifies further right: "Metina" in "the Metina, Zap and
        Avashin areas"."""
        tok = self._first_conjunct(tok)
        return tok.head if tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i else None

    def _glued_name(self, doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
        """A person's name glued to the country before it, the way protocol news writes titles: "(Minister of
        Foreign Affairs of) Kazakhstan Murat Nurtleu", "Azerbaijan Mikhail Bocharnikov", "(Speaker of the) National
        Assembly of Armenia Alen Simonyan" -> the country (or the body named by it), then the PERSON; else []."""
        gaz = self.gaz
        shortest = 1 if ent.label_ == "PERSON" else 2  # the model's own PERSON may end in one name ("Tamil")
        for cut in range(len(ent) - shortest, 0, -1):
            name = ent[cut:]
            if len(name) > 3 or not all(t.is_title and t.lower_ not in self._not_names for t in name):
                continue
            head = ent[:cut]  # ends in a country of at most four words, or is a demonym ("Indian")
            ends_in_country = any(gaz.country(head[k:].text) for k in range(max(0, len(head) - 4), len(head)))
            if not ends_in_country and not (cut <= 2 and gaz.demonym(head.text)):
                continue
            head_label = "GPE" if gaz.country(head.text) else "NORP" if gaz.demonym(head.text) else "ORG"
            return [SpacySpan(doc, ent.start, ent.start + cut, label=head_label),
                    SpacySpan(doc, ent.start + cut, ent.end, label="PERSON")]
        return []

    def _titled_inside(self, doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
        """A nationality, country or organisation, a person's title and a name taken as one span ("Kazakh President
        Kassym-Jomart Tokayev" as an ORG) -> the nationality (NORP, GPE or ORG), then the name (PERSON); else []."""
        gaz = self.gaz
        for cut in range(min(len(ent) - 2, 4), 0, -1):
            head = ent[:cut].text
            label = "GPE" if gaz.country(head) else "NORP" if gaz.demonym(head) else "ORG" if gaz.igo(head) else None
            if label is None:
                continue
            start = ent.start + cut
            while start < ent.end - 1 and doc[start].lower_ in self._titles_or_bodies:
                start += 1
            name = doc[start:ent.end]
            if start == ent.start + cut or doc[start - 1].lower_ not in self._person_titles or \
                    not 1 <= len(name) <= 5 or not name[0].is_title or \
                    not all((t.is_title and t.lower_ not in self._not_names) or t.text == "-" for t in name):
                return []  # ("Russian Defence Ministry", "U.S. Justice Department": a body, no person)
            return [SpacySpan(doc, ent.start, ent.start + cut, label=label),
                    SpacySpan(doc, start, ent.end, label="PERSON")]
        return []

    def _title_prefix(self, doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
        """The words of a title the model took for an organisation keep only their leading nationality
        or organisation ("Indian External Affairs" + "Minister" -> NORP "Indian")."""
        gaz = self.gaz
        for cut in range(len(ent) - 1, 0, -1):
            head = ent[:cut].text
            if gaz.country(head):
                return [SpacySpan(doc, ent.start, ent.start + cut, label="GPE")]
            if gaz.igo(head):
                return [SpacySpan(doc, ent.start, ent.start + cut, label="ORG")]
            if cut == 1 and gaz.demonym(head):
                return [SpacySpan(doc, ent.start, ent.start + 1, label="NORP")]
        return [ent]

    def _country_ending_in(self, doc: Doc, ent: SpacySpan) -> SpacySpan | None:
        """A country's longer name that ends in ``ent``, whose first capitalised words the model left untagged
        ("Papua" + "New Guinea", "Papua New" + "Guinea"), or that starts with it and goes on ("St. Vincent" + "and the
        Grenadines"), as one GPE; None if no longer name is a country's."""
        for start in range(max(ent.start - 3, 0), ent.start):  # the longest first ("DR" + "Congo" too)
            if all((t.is_title or t.is_upper) and t.pos_ == "PROPN" and t.ent_iob_ == "O"
                   for t in doc[start:ent.start]) and \
                    self.gaz.country(doc[start:ent.end].text):
                return SpacySpan(doc, start, ent.end, label="GPE")
        for end in range(min(ent.end + 4, len(doc)), ent.end, -1):  # "St. Vincent" + "and the Grenadines"
            if doc[end - 1].is_title and self.gaz.country(doc[ent.start:end].text):
                return SpacySpan(doc, ent.start, end, label="GPE")
        return None

    def _media_context(self, ent: SpacySpan) -> bool:
        """A "person" that is the object of "of" under a media noun is an outlet ("the correspondent of X")."""
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            return root.head.head.lower_ in self.lex["media_cues"]
        return False

    def _titled_names(self, doc: Doc, spans: list[SpacySpan], titles: list[int]) -> list[SpacySpan]:
        """Title-case tokens right after a title word ("Minister of Defense Zakir Hasanov") form a PERSON, as does
        one leader's surname that is part of no other leader's name in the table ("President Ruto").
        ``titles``: the positions of title words, in order."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = []
        portfolios = self.lex["portfolios"]
        for i in titles:
            if doc[i].lower_ in self.lex["title_abbreviations"] and not abbreviated_title(doc[i].text):
                continue  # "5 pm Eastern Time": a time, not "PM"
            start = i + 1
            if start < len(doc) and doc[start].lower_ == "of":  # "Minister of Defense X"
                start += 1
                while start < len(doc) and doc[start].lower_ in portfolios:
                    start += 1
                if start < len(doc) and doc[start].lower_ == "of":  # "Minister of Foreign Affairs of Uzbekistan X"
                    start += 1
                # "President of Uzbekistan X", "... of Foreign Affairs of Uzbekistan X": the country, then the name
                # ("... of the Republic of Uzbekistan X", "of the Islamic Republic of Iran X")
                if start < len(doc) and doc[start].lower_ == "the":
                    start += 1
                n = next((n for n in range(4, 0, -1) if self.gaz.country(doc[start:start + n].text)), 0)
                if n and not taken & set(range(start, start + n)):
                    out.append(SpacySpan(doc, start, start + n, label="GPE"))
                    taken.update(range(start, start + n))
                start += n
            while start < len(doc) and doc[start].is_title and doc[start].lower_ in self._ranks:
                start += 1  # "spokesman Brigadier General Samuel Okafor": ranks and titles before the name
            j = start
            while j < len(doc) and j not in taken and doc[j].is_title and doc[j].pos_ == "PROPN" and j - start < 4:
                j += 1
            # (one name alone when it can only be one leader's: "President Ruto", which the model often leaves untagged)
            if j - start >= 2 or (j - start == 1 and self.gaz.one_leaders_surname(doc[start].text)):
                out.append(SpacySpan(doc, start, j, label="PERSON"))
                taken.update(range(start, j))
        return out

    def _leaders_alone(self, doc: Doc, spans: list[SpacySpan], found: list[int]) -> list[SpacySpan]:
        """A leader's name alone, capitalised, is a PERSON where the model tagged nothing ("Ruto met ...", "Modi to
        visit Moscow", where it reads a verb) or, for a leader in office, one word it took for a place, body or
        nationality ("hosted Lula", a Swedish town to the gazetteer). Not in a run of capitalised words ("Ruto
        Street"), and not a capital's name. ``found``: the positions of the leaders' lone names."""
        if not found:
            return spans
        at = {i: k for k, s in enumerate(spans) for i in range(s.start, s.end)}
        out = list(spans)
        for i in found:
            tok = doc[i]
            if not tok.is_title or _hyphenated(doc, i):  # (not a word of "Mazar-i-Sharif")
                continue
            k, place, current = at.get(i), self.gaz.places.get(tok.lower_), self._lone_leaders[tok.lower_]
            if place is not None and (place.is_capital or not current):
                continue
            if k is None:
                beside = [j for j in (i - 1, i + 1) if 0 <= j < len(doc) and not doc[max(i, j)].is_sent_start]
                if not any(j not in at and doc[j].is_title and doc[j].pos_ == "PROPN" for j in beside):
                    out.append(SpacySpan(doc, i, i + 1, label="PERSON"))  # (else part of a longer name it missed)
                elif (run := self._leaders_full_name(doc, i, at)) is not None and \
                        not any(s.start < run[1] and run[0] < s.end for s in out):
                    out.append(SpacySpan(doc, run[0], run[1], label="PERSON"))  # "Xi Jinping met ...": the name
                    # in full, as the leaders table spells it
            elif current and len(spans[k]) == 1 and spans[k].label_ in ("GPE", "LOC", "ORG", "NORP", *_THING_LABELS):
                out[k] = SpacySpan(doc, i, i + 1, label="PERSON")
        return out

    def _leaders_full_name(self, doc: Doc, i: int, at: dict[int, int]) -> tuple[int, int] | None:
        """The run of untagged capitalised names around token ``i`` (within its sentence), where the leaders table
        knows it in full ("Xi Jinping", "Recep Tayyip Erdogan"): (start, end), else None."""
        start, end = i, i + 1
        while start > 0 and not doc[start].is_sent_start and start - 1 not in at and doc[start - 1].is_title and \
                doc[start - 1].pos_ == "PROPN":
            start -= 1
        while end < len(doc) and not doc[end].is_sent_start and end not in at and doc[end].is_title and \
                doc[end].pos_ == "PROPN":
            end += 1
        return (start, end) if self.gaz.is_leader_name(doc[start:end].text) else None

    def _appositive_persons(self, doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
        """A name set off by commas after a person's title or a word for a person is that PERSON, whatever the model
        labelled it ("Venezuela's foreign minister, Aurelio Machado Rivas, dismissed", "the wounded soldier, Private
        Sok Rithy, 22"); not a place or body the gazetteer knows ("its ally, Russia, ...")."""
        words = self._person_words

        def titled(comma: int) -> bool:  # "the foreign minister," or "the energy minister of Republika Srpska,"
            return doc[comma - 1].lower_ in words or any(
                doc[k].lower_ in words and doc[k + 1].lower_ == "of" for k in range(max(0, comma - 6), comma - 2))

        out = []
        for s in spans:
            if s.label_ in ("ORG", "GPE", "LOC", "NORP", "FAC") and 2 <= len(s) <= 4 and s.start >= 2 and \
                    s.end < len(doc) and doc[s.start - 1].text == "," and doc[s.end].text == "," and \
                    titled(s.start - 1) and all(t.is_title for t in s) and \
                    not (self.gaz.country(s.text) or self.gaz.place(s.text) or self.gaz.named_actor(s.text)):
                s = SpacySpan(doc, s.start, s.end, label="PERSON")
            out.append(s)
        return out

    @staticmethod
    def _surnames(doc: Doc, spans: list[SpacySpan], orths: list[int]) -> list[SpacySpan]:
        """A later bare surname of a person named in full, or the full name again, is that PERSON, whatever the
        model labelled it. ``orths``: the doc's token texts as string-store keys."""
        first_seen: dict[str, int] = {}  # family name (last, or first in East Asian order) -> first mention
        for s in spans:
            if s.label_ == "PERSON" and len(s) >= 2:
                first_seen.setdefault(s[-1].text, s.start)
                first_seen.setdefault(s[0].text, s.start)
                for t in s[1:-1]:  # "Luiz Inacio Lula da Silva" ... "Lula"
                    if t.is_title and len(t) > 2:
                        first_seen.setdefault(t.text, s.start)
        surnames = set(first_seen)
        if not surnames:
            return spans
        named = {s.text: s.start for s in spans if s.label_ == "PERSON" and len(s) >= 2}
        # a hyphenated family name alone ("Roxanne Baptiste-Harding" ... "Baptiste-Harding"), read as an ORG
        named.update({s[-3:].text: s.start for s in spans if s.label_ == "PERSON" and len(s) >= 4 and s[-2].text == "-"
                      and s[-3:].text not in named})
        out = []
        for s in spans:
            if len(s) == 1 and s.text in surnames and s.label_ != "PERSON" and s.start > first_seen[s.text]:
                s = SpacySpan(doc, s.start, s.end, label="PERSON")
            elif s.label_ != "PERSON" and s.text in named and s.start > named[s.text]:
                s = SpacySpan(doc, s.start, s.end, label="PERSON")  # the full name again (or its hyphenated
                # family name), read as an ORG
            out.append(s)
        taken = {i for s in out for i in range(s.start, s.end)}
        keys = {doc.vocab.strings[name] for name in surnames}
        for i, orth in enumerate(orths):
            if orth not in keys or i in taken:
                continue
            tok = doc[i]
            if not tok.is_title or tok.pos_ not in ("PROPN", "NOUN") or i <= first_seen[tok.text]:
                continue
            whole = doc[i:i + 3]
            if whole.text in named and not any(k in taken for k in range(i, whole.end)):
                out.append(SpacySpan(doc, i, whole.end, label="PERSON"))  # "Ofori-Mensah" again, whole
                taken.update(range(i, whole.end))
            elif not _hyphenated(doc, i):  # (not a word of "Mazar-i-Sharif", nor of "Ofori-Mensah")
                out.append(SpacySpan(doc, i, i + 1, label="PERSON"))
        return out

    def _clubs(self, doc: Doc, spans: list[SpacySpan], proper_subjects: list[int]) -> list[SpacySpan]:
        """Sports clubs named after cities ("Real Madrid", "Manchester City", "Bayern Munich") are ORGs, and a bare
        capitalised name that scores or plays ("Endrick scored") is a PERSON. ``proper_subjects``: the positions
        of proper nouns that are subjects."""
        lex = self.lex
        out = []
        for s in spans:
            before = doc[s.start - 1] if s.start > 0 else None
            after = doc[s.end] if s.end < len(doc) else None
            if s.label_ in ("GPE", "LOC", "ORG", "PERSON", "NORP") and before is not None and before.is_title and \
                    before.lower_ in lex["club_prefixes"]:
                s = SpacySpan(doc, s.start - 1, s.end, label="ORG")  # "Real" + "Madrid"
            elif s.label_ in ("GPE", "LOC", "ORG", "PERSON") and len(s) >= 2 and s[0].lower_ in lex["club_prefixes"]:
                s = SpacySpan(doc, s.start, s.end, label="ORG")  # "Bayern Munich"
            elif s.label_ in ("GPE", "LOC") and after is not None and after.is_title and \
                    after.lower_ in lex["club_suffixes"] and self.gaz.country(s.text) is None and \
                    self.gaz.place(f"{s.text} {after.text}") is None:  # not "Ho Chi Minh City"
                s = SpacySpan(doc, s.start, s.end + 1, label="ORG")  # "Manchester" + "City"
            elif s.label_ in ("GPE", "LOC") and len(s) >= 2 and s[-1].lower_ in lex["club_suffixes"] and \
                    self.gaz.country(s.text) is None and self.gaz.place(s.text) is None:
                s = SpacySpan(doc, s.start, s.end, label="ORG")
            out.append(s)
        out = filter_spans(out)
        taken = {i for s in out for i in range(s.start, s.end)}
        for i in proper_subjects:
            tok = doc[i]
            if i not in taken and tok.is_title and tok.head.lemma_ in lex["sports_verbs"] and not list(tok.children):
                out.append(SpacySpan(doc, i, i + 1, label="PERSON"))
        return out

    def _months(self, doc: Doc, spans: list[SpacySpan], months: list[int]) -> list[SpacySpan]:
        """A capitalised month name after a time preposition ("in May", "by June 2025") is a DATE the model missed.
        ``months``: the positions of month names."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = []
        for i in months:
            tok = doc[i]
            if i in taken or not tok.is_title or tok.dep_ != "pobj" or tok.head.lower_ not in self.lex["time_preps"]:
                continue
            end = tok.i + 1
            if end < len(doc) and doc[end].like_num and len(doc[end].text) == 4 and end not in taken:
                end += 1
            out.append(SpacySpan(doc, tok.i, end, label="DATE"))
        return out

    def _missed_places(self, doc: Doc, spans: list[SpacySpan], scan: _TokenScan) -> list[SpacySpan]:
        """Places the model missed: a capitalised name of the gazetteer after a place preposition ("fighting near
        Bakhmut"); any capitalised name after a noun of places and "of" ("shelled residential areas of Kharkiv",
        "outside the town of Sake"), GPE; a proper noun before a noun such as "region" or "province" ("the Zap
        region"), as ``_named_by_a_place_noun`` labels it."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = []

        def add(start: int, end: int, label: str) -> None:
            out.append(SpacySpan(doc, start, end, label=label))
            taken.update(range(start, end))

        for i in scan.placed:
            end = i
            while end < min(len(doc), i + 3) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            n = next((n for n in range(end - i, 0, -1) if self.gaz.places.get(doc[i:i + n].text.lower())), 0)
            if n:
                add(i, i + n, "GPE")
        for i in scan.proper_objects:  # "shelled Kharkiv", "strikes on Kharkiv", "Kharkiv was shelled": one word, a
            # city of the gazetteer
            tok = doc[i]
            if i in taken or not tok.is_title or tok.lower_ in self._lone_leaders or \
                    (i > 0 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN") or \
                    (i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN"):
                continue  # (not a word of a longer name: "New York", "Kharkiv Street")
            if self.gaz.places.get(tok.lower_):
                add(i, i + 1, "GPE")
        for i in scan.of_places:  # a noun too: the model tags a small town's name as one ("the town of Sake")
            end = i
            while end < min(len(doc), i + 3) and end not in taken and doc[end].is_title and \
                    doc[end].pos_ in ("PROPN", "NOUN"):
                end += 1
            if end > i and not self.gaz.demonym(doc[i:end].text):
                add(i, end, "GPE")
        for k in scan.place_nouns:
            if k not in taken and doc[k].is_title and k > 0:  # "near Second Thomas Shoal", untagged
                start = self._feature_start(doc, k, taken.__contains__)
                if start < k and self._names_a_feature(doc[start:k + 1]):
                    add(start, k + 1, "LOC")
                continue
            label = self._place_noun_label(doc[k])
            if label is None:
                continue
            for tok in doc[k].lefts:
                if tok.dep_ not in ("compound", "nmod") or tok.pos_ != "PROPN":
                    continue
                for part in [tok, *(c for c in tok.subtree if c.dep_ == "conj" and c.pos_ == "PROPN")]:
                    start = part.i
                    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == part.i and \
                            doc[start - 1].pos_ == "PROPN":
                        start -= 1
                    name = doc[start:part.i + 1]
                    if all(t.is_title or t.is_upper for t in name) and not taken & set(range(start, part.i + 1)) \
                            and not self.gaz.demonym(name.text) and not self.gaz.country(name.text):
                        add(start, part.i + 1, self._place_label(name, label))
        return out

    def _crossing_towns(self, doc: Doc, spans: list[SpacySpan], nouns: list[int]) -> list[SpacySpan]:
        """"the Sadakhlo-Bagratashen crossing", "the Forbes-Machipanda border post": a crossing named after the towns on
        its two sides, joined by a hyphen, is the two towns, a GPE each (as the gold files count hyphenated compounds
        by their parts), however the model read the name. ``nouns``: where the nouns of places are ("crossing")."""
        for k in nouns:
            noun = doc[k].lower_
            end = k - 1 if k > 0 and doc[k - 1].lower_ == "border" else k
            if not (noun in ("crossing", "crossings") or (end < k and noun in self.lex["border_post_nouns"])):
                continue
            start = end
            while (start >= 1 and doc[start - 1].is_title) or (start >= 2 and doc[start - 1].text == "-" and
                                                               not doc[start - 2].whitespace_ and
                                                               not doc[start - 1].whitespace_):
                start -= 1
            parts = [t for t in doc[start:end] if t.text != "-"]
            if len(parts) < 2 or end - start != 2 * len(parts) - 1 or \
                    any(self.gaz.demonym(t.text) or self.gaz.country(t.text) for t in parts):
                continue  # (one name, or "the Kazakh-Chinese border crossing": nationalities)
            spans = [s for s in spans if not (s.start < end and start < s.end)]
            spans.extend(SpacySpan(doc, t.i, t.i + 1, label="GPE") for t in parts)
        return spans

    def _named_bodies(self, doc: Doc, spans: list[SpacySpan], starts: list[int]) -> list[SpacySpan]:
        """The whole name of a body of named_actors.csv where the model cut it into pieces ("Islamic" NORP, "State"
        ORG, "West Africa Province" GPE): the longest name of the table, up to eight tokens, that holds a span and
        more, as one ORG (it outlasts the pieces when spans are filtered); not one that ends in a common word (in
        "the Islamic State group" the name is "Islamic State"). ``starts``: the positions of the first words of the
        table's names of more than one word."""
        out = []
        for a in starts:
            if not doc[a].is_title or self.gaz.demonym(doc[a].text):
                continue  # (a nationality and a name are the model's fair reading: "Pakistani" + "Taliban")
            held = [s for s in spans if a <= s.start and s.end <= a + 8]
            if not held:
                continue
            shortest = min(len(s) for s in held)
            for b in range(min(len(doc), a + 8), a + max(shortest, 1), -1):
                if not doc[b - 1].is_lower and any(s.end <= b for s in held) and self.gaz.named_actor(doc[a:b].text):
                    out.append(SpacySpan(doc, a, b, label="ORG"))
                    break
        return out

    @staticmethod
    def _same_place_again(spans: list[SpacySpan]) -> list[SpacySpan]:
        """A name labelled a place in one sentence is that place where the model took it for an organisation or a
        person elsewhere in the article ("the al-Fashaga border region" ... "troops were sent to al-Fashaga")."""
        places = {s.text: s.label_ for s in spans if s.label_ in ("GPE", "LOC")}
        return [SpacySpan(s.doc, s.start, s.end, label=places[s.text])
                if s.label_ in ("ORG", "PERSON", *_THING_LABELS) and s.text in places else s for s in spans]

    def _dateline(self, doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
        """An upper-case dateline place ("BAKU, Nov 18 -") is a GPE, at the text's start or after a headline line."""
        at = _lead_dateline(doc)
        start = at[0] if at else 0
        end = start + dateline_place_end([t.text for t in doc[start:start + 12]])
        if end == start or end >= len(doc) or not (doc[end].text == "," or (at and doc[end].text == "(")):
            return []  # ("KHARTOUM (Reuters) -": a dateline with no date)
        out = self._dateline_agency(doc, spans, end, at[1] if at else None)
        out += self._dateline_date(doc, spans, end, at[1] if at else None)
        slashes = [k for k in range(start, end) if doc[k].text == "/"]  # "MOSCOW/KYIV": a place each
        for a, b in zip([start, *(k + 1 for k in slashes)], [*slashes, end], strict=True):
            name = doc[a:b].text
            if self.gaz.place(name) or self.gaz.country(name) or b - a <= 2:
                spans[:] = [s for s in spans if not (s.start < b and a < s.end)]
                out.append(SpacySpan(doc, a, b, label="GPE"))
        return out

    @staticmethod
    def _dateline_agency(doc: Doc, spans: list[SpacySpan], after: int, dash: int | None) -> list[SpacySpan]:
        """The news agency in a dateline's parentheses ("MANILA, June 16 (AFP) -", "(Indian Ocean Press)") is an
        ORG: the model knows "(Reuters)" and "(AP)" but not every agency, and reads some as people or places."""
        if dash is None:
            return []
        opening = next((k for k in range(after, dash) if doc[k].text == "("), None)
        if opening is None or doc[dash - 1].text != ")" or not 1 <= dash - 2 - opening <= 4:
            return []
        name = doc[opening + 1:dash - 1]
        if not all(t.is_alpha and (t.is_upper or t.is_title) for t in name):
            return []
        return _replacing(spans, SpacySpan(doc, name.start, name.end, label="ORG"))

    def _dateline_date(self, doc: Doc, spans: list[SpacySpan], after: int, dash: int | None) -> list[SpacySpan]:
        """The date of a dateline ("TULCEA, Jun 14 (Danube Press) -", "KIRKENES, Norway, Sep 9 -") is a DATE: the
        model reads some abbreviated months with their day as a person's name."""
        if dash is None:
            return []
        for k in range(after + 1, dash - 1):
            month, day = doc[k], doc[k + 1]
            if month.is_title and month.lower_.rstrip(".") in self._month_forms and day.is_digit and \
                    len(day.text) <= 2:
                # (the model's own reading of the date, if it took the dateline's dash with it: "May 2 -")
                spans[:] = [s for s in spans if not (s.label_ == "DATE" and s.start <= k + 1 and s.end == dash + 1)]
                return _replacing(spans, SpacySpan(doc, k, k + 2, label="DATE"))
        return []


def _replacing(spans: list[SpacySpan], span: SpacySpan) -> list[SpacySpan]:
    """[span], with the model's spans that lie inside it dropped from ``spans``; [] where one reaches outside it
    (a name the model read across the span's edge keeps its reading)."""
    inside = [s for s in spans if s.start < span.end and span.start < s.end]
    if any(s.start < span.start or s.end > span.end for s in inside):
        return []
    spans[:] = [s for s in spans if s not in inside]
    return [span]


class _TokenScan:
    """One pass over a Doc's token attributes as string-store keys (``Doc.to_array``, no Token objects), giving
    the positions each fixer step looks at: the steps read a few tokens each instead of every token four times."""

    def __init__(self, doc: Doc, keys: _ScanKeys):
        titles, months, place_preps, place_nouns, named_nouns, body_starts, leaders, propn, nsubj, of, objects, \
            companies, regional = keys
        rows = doc.to_array([ORTH, LOWER, POS, DEP]).tolist() if len(doc) else []
        self.orths: list[int] = [row[0] for row in rows]
        self.titles = [i for i, row in enumerate(rows) if row[1] in titles]
        self.months = [i for i, row in enumerate(rows) if row[1] in months]
        self.proper_subjects = [i for i, row in enumerate(rows) if row[2] == propn and row[3] == nsubj]
        self.proper_objects = [i for i, row in enumerate(rows) if row[2] == propn and row[3] in objects]
        # proper nouns after "in", "near", ...; names after "areas of", "the town of"; nouns such as "region"
        self.placed = [i for i in range(1, len(rows)) if rows[i][2] == propn and rows[i - 1][1] in place_preps]
        self.of_places = [i for i in range(2, len(rows)) if rows[i - 1][1] == of and rows[i - 2][1] in place_nouns]
        self.place_nouns = [i for i, row in enumerate(rows) if row[1] in named_nouns]
        self.body_starts = [i for i, row in enumerate(rows) if row[1] in body_starts]  # "Islamic" (State ...)
        self.leaders = [i for i, row in enumerate(rows) if row[1] in leaders]  # "Ruto", "Pashinyan"
        self.companies = [i for i, row in enumerate(rows) if row[1] in companies]  # "Shipping", "Ltd."
        self.regional = [i for i, row in enumerate(rows) if row[1] in regional]  # "Baltic", "Western"


def keep_whole_words(nlp: Language) -> None:
    """Keep the lexicon's hyphenated ``whole_words`` one token ("staged a sit-in", "Sit-ins"), so a trigger row can
    name them."""
    tokenizer: Any = nlp.tokenizer  # a spacy.tokenizer.Tokenizer (compiled: no type stubs)
    for word in load_lexicon()["whole_words"]:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])


def make_nlp(model: str = SPACY_MODEL, fixes: bool = True) -> Language:
    """Load the trained pipeline once; with ``fixes`` add the title norms, the sentence starts, the entity fixer and
    the gazetteer ruler."""
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {model!r}: {str(exc).splitlines()[0][:200]}") from None
    replace_attribute_ruler(nlp)  # same rules, same output, a fraction of the time
    if fixes:
        keep_whole_words(nlp)
        nlp.add_pipe("diplo_title_norms", first=True)
    if fixes and "parser" in nlp.pipe_names:
        nlp.add_pipe("diplo_sentence_starts", before="parser")
    if fixes and "ner" in nlp.pipe_names:
        nlp.add_pipe("diplo_entity_fixer", after="ner")
        ruler = cast(EntityRuler, nlp.add_pipe("entity_ruler", name="diplo_gazetteer", after="diplo_entity_fixer",
                                               config={"overwrite_ents": False, "phrase_matcher_attr": "ORTH"}))
        with nlp.select_pipes(enable=["diplo_gazetteer"]):  # ORTH patterns need tokens only, not a parse
            ruler.add_patterns(ruler_patterns(load_gazetteer()))
    return nlp


def parse_many(nlp: Language, articles: Sequence[Article], batch_size: int = NLP_BATCH_SIZE,
               max_entities: int | None = None) -> list[ParsedDoc]:
    """Run the pipeline over articles in batches and convert every Doc at once, input order kept.

    An article longer than ``LONG_TEXT`` is parsed on its own in pieces, and its parse stops after
    the piece that takes it over ``max_entities`` entities: the rest would not be coded anyway.
    """
    parsed: dict[int, ParsedDoc] = {}
    pairs: Iterable[tuple[str, int]] = ((a.text, i) for i, a in enumerate(articles) if len(a.text) <= LONG_TEXT)
    for doc, i in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        parsed[i] = to_parsed(doc, articles[i])
    for i, article in enumerate(articles):
        if i not in parsed:
            parsed[i] = _parse_long(nlp, article, max_entities)
    return [parsed[i] for i in range(len(articles))]


def pieces(text: str, size: int | None = None) -> Iterator[tuple[int, str]]:
    """(offset, piece) pieces of at most ``size`` characters that make up ``text`` exactly.

    A piece ends after a line break where there is one in its second half, else after a sentence's
    full stop, else after a space; only a text with none of them is cut mid-word.
    """
    size = size or LONG_TEXT
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            window = text[start:end]
            for mark in ("\n", ". ", " "):
                cut = window.rfind(mark)
                if cut >= size // 2:
                    end = start + cut + len(mark)
                    break
        yield start, text[start:end]
        start = end


def _parse_long(nlp: Language, article: Article, max_entities: int | None) -> ParsedDoc:
    """One long article, piece by piece (peak memory of one piece), joined into one ParsedDoc."""
    tokens: list[Tok] = []
    sents: list[tuple[int, int]] = []
    ents: list[Span] = []
    for offset, piece in pieces(article.text):
        part = to_parsed(nlp(piece), article)
        t0, s0, e0 = len(tokens), len(sents), len(ents)
        tokens += [replace(t, i=t.i + t0, head=t.head + t0, idx=t.idx + offset, sent=t.sent + s0,
                           ent=t.ent + e0 if t.ent >= 0 else -1) for t in part.tokens]
        sents += [(a + t0, b + t0) for a, b in part.sents]
        ents += [replace(e, start=e.start + t0, end=e.end + t0, start_char=e.start_char + offset,
                         end_char=e.end_char + offset) for e in part.ents]
        if max_entities is not None and len(ents) > max_entities:
            break
    repair_parse(tokens, ents, sents)
    return ParsedDoc(article, tokens, sents, ents)


_TOKEN_ATTRS = [ORTH, LEMMA, POS, TAG, DEP, HEAD, IDX, SPACY]


def to_parsed(doc: Doc, article: Article) -> ParsedDoc:
    """Copy what the coders need out of a spaCy Doc into plain dataclasses.

    The token attributes come out as one array (``Doc.to_array``), not through a spaCy Token object per
    token and attribute: the copy is a sizeable share of the coding time otherwise.
    """
    sents: list[tuple[int, int]] = []
    sent_of = [0] * len(doc)
    for s_i, sent in enumerate(doc.sents):
        sents.append((sent.start, sent.end))
        sent_of[sent.start:sent.end] = [s_i] * (sent.end - sent.start)
    ents = [Span(e.text, e.label_, e.start, e.end, e.start_char, e.end_char) for e in doc.ents]
    ent_of = [-1] * len(doc)
    for e_i, e in enumerate(ents):
        ent_of[e.start:e.end] = [e_i] * (e.end - e.start)
    fixes: dict[str, str] = load_lexicon()["lemma_fixes"]  # "hopes" -> "hop" otherwise
    strings = doc.vocab.strings
    rows = doc.to_array(_TOKEN_ATTRS)
    heads = (rows[:, 5].astype("int64") + numpy.arange(len(doc), dtype="int64")).tolist()  # HEAD is relative
    names = {h: strings[h] for h in numpy.unique(rows[:, 2:5]).tolist()}  # the few tags and labels, looked up once
    tokens = []
    for i, (orth, lemma, pos, tag, dep, _, idx, space) in enumerate(rows.tolist()):
        text = strings[orth]
        lower = text.lower()
        tokens.append(Tok(i, text, fixes.get(lower) or strings[lemma], names[pos], names[tag], names[dep],
                          heads[i], idx, sent_of[i], ent_of[i], " " if space else "", lower))
    repair_parse(tokens, ents, sents)
    return ParsedDoc(article, tokens, sents, ents)
