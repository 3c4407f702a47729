"""Plain dataclasses for a parsed article, so everything after the spaCy module is spaCy-free.

The NLP module converts each spaCy ``Doc`` into a :class:`ParsedDoc` at once;
actor and event coding read tokens, sentences and entity spans from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import load_lexicon, read_data_csv
from .records import Article

__all__ = ["Tok", "Span", "ParsedDoc", "LEAD_WORDS", "QUOTE_MARKS", "dateline_at", "dateline_end", "dateline_place_end",
           "first_part",
           "paragraph_breaks", "repair_parse",
           "reattach_finite_conjuncts", "reattach_progressive_conjuncts", "reattach_past_conjuncts_of_infinitives",
           "reattach_object_conjuncts",
           "reattach_named_objects", "reattach_shifted_objects", "reattach_objects_after_dates",
           "reattach_reduced_passives", "reattach_verbless_roots",
           "reattach_noun_complements", "reattach_appositive_names", "reattach_visiting_modifiers",
           "reattach_trailing_participles", "trailing_participle", "reattach_aimed_phrases", "reattach_charged_gerunds",
           "reattach_phrase_complements", "reattach_trailing_replies", "reattach_stranded_subjects",
           "retag_verbs", "retag_determined_gerunds"]

_DASHES = frozenset(("—", "–", "--", "-"))
QUOTE_MARKS = frozenset('"“”')  # straight and curly double quotes: where quoted speech opens or closes
_SENTENCE_END = frozenset(".!?")
_CLOSERS = QUOTE_MARKS | frozenset("'’)")  # what may follow a sentence's last stop
# "in solidarity with", "in response to": nouns whose phrase takes the preposition after them
_PHRASE_NOUNS: frozenset[str] = frozenset(load_lexicon()["phrase_nouns"])
_CLAIM_NOUNS: frozenset[str] = frozenset(load_lexicon()["claim_nouns"])  # "..., a charge Somalia denied"
_REPLY_VERBS: frozenset[str] = frozenset(load_lexicon()["reply_verbs"])
_JUDGING_VERBS: frozenset[str] = frozenset(load_lexicon()["judging_verbs"])  # "what it called a provocation"
_SPEECH_VERBS: frozenset[str] = frozenset(load_lexicon()["speech_verbs"])  # "what Kyiv said were civilian sites"
_CONSEQUENCE_VERBS: frozenset[str] = frozenset(load_lexicon()["consequence_verbs"])  # ", drawing a protest"
_SPEECH_ACTS: frozenset[str] = frozenset(load_lexicon()["speech_act_verbs"])  # "said ..., accusing Minsk"
_FIRING_VERBS: frozenset[str] = frozenset(load_lexicon()["firing_verbs"])  # "launched missiles ... at X"
_SENDING_VERBS: frozenset[str] = frozenset(load_lexicon()["sending_verbs"])  # "sent jets and ships toward X"
_HANDING_VERBS: frozenset[str] = frozenset(load_lexicon()["handing_verbs"])  # "will return the bronzes ... to X"
# "pressed X on Sunday to agree": X agrees
_OBJECT_CONTROL_VERBS: frozenset[str] = frozenset(load_lexicon()["object_control_verbs"])
_AIMING_PREPS = frozenset(("at", "toward", "towards", "into"))  # where a weapon is fired
_EVENT_NOUNS = frozenset(row["noun"] for row in read_data_csv("event_nouns.csv"))  # "in a phone conversation"
_PARTY_ROLES: dict[str, str] = {row["noun"]: row["role"] for row in read_data_csv("party_nouns.csv")}
_STATE_ROLES = frozenset(("GOV", "MIL"))
_NON_STATE_ROLES = frozenset(("REB", "OPP"))  # (kinds of party a state's body is coordinated with: "rebel forces")
_MONTHS: tuple[str, ...] = tuple(load_lexicon()["months"])  # "Tbilisi, 15 December -": a dateline's date


def dateline_end(words: list[str]) -> int | None:
    """Index of the dash that ends a dateline ("BAKU, Nov 18 —", "AL AIN, United Arab Emirates, Jan 29 -"), or None.

    A dateline starts with an upper-case place name followed by a comma, by a full stop as a state news agency
    writes it ("TASHKENT. April 23. KAZINFORM -"), or by the agency in brackets and the dash ("KHARTOUM (Reuters)
    -"), and ends at a dash within the first dozen tokens ("NATO - Russia talks" is a headline). A place in title
    case opens one only with a date or the agency before the dash ("Tbilisi, 15 December -", "Manila (AFP) -").
    """
    k = dateline_place_end(words)
    if k == 0:
        return _titled_dateline_end(words)
    if k < len(words) and words[k] in _DASHES:
        return k if _lead_runs_on(words, k) and max(len(w) for w in words[:k]) > 2 else None
    if k >= len(words) or words[k] not in (",", ".", "(") or max(len(w) for w in words[:k]) < 2:
        return None
    if words[k] == "(":
        return _agency_dash(words, k)
    for j in range(k + 1, min(len(words), 14)):
        if words[j] in _DASHES:
            return j
    return None


def dateline_place_end(words: list[str]) -> int:
    """Where an upper-case dateline place ends: after up to four upper-case words, or after several such names joined
    by slashes, as a story filed from two capitals is datelined ("MOSCOW/KYIV", "KUALA LUMPUR/NAYPYITAW"); 0 where
    the words open with none."""
    k = 0
    while True:
        n = 0
        while k + n < len(words) and n < 4 and words[k + n].isupper() and _spelt(words[k + n]).isalpha():
            n += 1
        if n == 0:
            return max(k - 1, 0)  # (a slash with no name after it is no part of the place)
        k += n
        if k + 1 >= len(words) or words[k] != "/":
            return k
        k += 1


_LEAD_RUN = 12  # words a lead sentence runs on for after a bare dash, where a headline would have ended


def _lead_runs_on(words: list[str], dash: int) -> bool:
    """A capitalised sentence runs on past a dash for a dozen words with no line break: the dash ends a bare
    dateline ("KYIV - Ukraine said on Wednesday ..."), not a headline's ("NATO - Russia talks resume")."""
    after = words[dash + 1:dash + 1 + _LEAD_RUN]
    return len(after) == _LEAD_RUN and after[0][:1].isupper() and not any(w.isspace() for w in after)


def _spelt(word: str) -> str:
    """A place name's letters, its apostrophes and inner hyphens left out ("N'DJAMENA", "PORT-AU-PRINCE")."""
    return word.replace("'", "").replace("’", "").replace("-", "") if len(word) > 2 else word


def _agency_dash(words: list[str], k: int) -> int | None:
    """The dash after an agency in brackets opened at ``k`` ("(Reuters) -"), or None."""
    close = next((j for j in range(k + 2, min(len(words), k + 5)) if words[j] == ")"), None)
    return close + 1 if close is not None and close + 1 < len(words) and words[close + 1] in _DASHES else None


def _titled_dateline_end(words: list[str]) -> int | None:
    """The dash of a dateline whose place is in title case ("The Hague, Dec. 1 (Reuters) -"): between its comma and
    the dash only a date, a year and an agency, with a month among them ("Russia, Ukraine agree on May 9 truce -"
    is a headline)."""
    k = 0
    while k < min(len(words), 3) and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    if k == 0 or k >= len(words) or words[k] not in (",", "("):
        return None
    if words[k] == "(":
        return _agency_dash(words, k)
    for j in range(k + 1, min(len(words), k + 9)):
        if words[j] in _DASHES:
            return j if any(_names_a_month(w) for w in words[k + 1:j]) else None
        if not (words[j][:1].isupper() or words[j].isdigit() or words[j] in ("(", ")", ",", ".", "/")):
            return None
    return None


def _names_a_month(word: str) -> bool:
    """"December", "Dec", "Dec.", "Sept": a month's name or its abbreviation."""
    w = word.lower().rstrip(".")
    return len(w) >= 3 and word[:1].isupper() and any(m.startswith(w) for m in _MONTHS)


LEAD_WORDS = 60  # where a dateline may open the story: within its first words, ...
_LEAD_LINES = 3  # ... at the start of one of its first lines


def dateline_at(words: list[str]) -> tuple[int, int] | None:
    """Where a dateline opens the story, as (its first word, its dash): at the text's start, or at the start of one
    of its first lines, after a headline or a byline ("Iran, Russia sign gas deal\nTEHRAN, May 3 (Reuters) - ")."""
    lines = [0] + [k + 1 for k, word in enumerate(words[:LEAD_WORDS]) if "\n" in word and word.isspace()]
    for start in lines[:_LEAD_LINES]:
        dash = dateline_end(words[start:start + 14 + _LEAD_RUN])
        if dash is not None:
            return start, start + dash
    return None


def paragraph_breaks(words: list[str]) -> dict[int, bool]:
    """Where paragraphs split sentences, as ``is_sent_start`` values by word index: True for the first word after
    a blank line, or after a line break that follows a sentence's end (its stop, or a closing quote after one);
    False for that closing quote, which ends the sentence before.

    Where a quote closes a paragraph ("... every act of sabotage."), the parser otherwise hands the closing mark
    to the next paragraph's first sentence, and with it the speaker's quote to the next paragraph's clause."""
    marks: dict[int, bool] = {}
    for k, word in enumerate(words[1:-1], start=1):
        if "\n" not in word or not word.isspace() or words[k + 1].isspace():
            continue
        closer = k - 1 if words[k - 1] in _CLOSERS and k > 1 else None
        before = words[k - 1 if closer is None else k - 2]
        if "\n\n" in word or before[-1:] in _SENTENCE_END:
            marks[k + 1] = True
            if closer is not None:
                marks[closer] = False
    return marks


@dataclass(slots=True)
class Tok:
    """One token: surface, lemma, coarse/fine tag, dependency label and head index, entity index."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int
    sent: int
    ent: int = -1  # index into ParsedDoc.ents, -1 outside any entity
    ws: str = ""
    lower: str = ""  # the text in lower case: read by every word-list rule, so computed once

    def __post_init__(self) -> None:
        if not self.lower:
            self.lower = self.text.lower()


_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP"))


def _children(tokens: list[Tok]) -> dict[int, list[Tok]]:
    """Each token's dependents, by the head's index, as the parse stands when a repair starts (one pass, so that a
    repair need not scan every token for the dependents of each one it looks at)."""
    kids: dict[int, list[Tok]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    return kids


def reattach_finite_conjuncts(tokens: list[Tok]) -> None:
    """Repair a frequent misparse: a finite verb coordinated with the gerund of an of-phrase is coordinated with
    the verb that governs the phrase ("Somalia accused Kenya of interfering in its affairs and cut ties": "cut"
    is Somalia's act, not part of the accusation; "cut" may be tagged as a bare form, and "imposed" as a participle
    with no auxiliary of its own, which no gerund's conjunct is). A conjunct with a subject of its own is left
    alone; the governing verb (or the verb whose object the of-phrase hangs on) is finite, or a participle after an
    auxiliary ("has accused")."""
    has_subject = {t.head for t in tokens if t.dep in ("nsubj", "nsubjpass")}
    has_aux = {t.head for t in tokens if t.dep in ("aux", "auxpass")}
    for tok in tokens:
        gerund = tokens[tok.head]
        if tok.dep != "conj" or tok.tag not in _FINITE_TAGS | {"VB", "VBN"} or tok.i in has_subject or \
                (tok.tag == "VBN" and tok.i in has_aux) or gerund.tag != "VBG" or gerund.dep != "pcomp":
            continue
        prep = tokens[gerund.head]
        verb = tokens[prep.head]
        if verb.dep == "dobj" and verb.pos in ("NOUN", "PROPN"):  # "accused Russia's agency of hacking"
            verb = tokens[verb.head]
        if prep.dep == "prep" and verb.pos == "VERB" and \
                (verb.tag in _FINITE_TAGS or (verb.tag == "VBN" and verb.i in has_aux)):
            tok.head = verb.i


def reattach_past_conjuncts_of_infinitives(tokens: list[Tok]) -> None:
    """Repair a past verb coordinated with an infinitive: "Maduro accused the United States of backing a plot to
    assassinate him and expelled three U.S. diplomats" hangs "expelled" on "assassinate", so the expulsion was part
    of the plot. A past-tense verb with no subject or auxiliary of its own, spelt otherwise than its bare form,
    cannot share an infinitive's "to": it is the conjunct of the nearest finite verb above (a past participle after
    an auxiliary counts as finite)."""
    has_subject = {t.head for t in tokens if t.dep in ("nsubj", "nsubjpass")}
    has_aux = {t.head for t in tokens if t.dep in ("aux", "auxpass")}
    to_marked = {t.head for t in tokens if t.dep == "aux" and t.lower == "to"}
    for tok in tokens:
        head = tokens[tok.head]
        if tok.dep != "conj" or tok.tag != "VBD" or tok.i in has_subject or tok.i in has_aux or \
                head.tag != "VB" or head.i not in to_marked or tok.lower == tok.lemma.lower():
            continue  # ("to order a probe and set up a commission": "set" may be the bare form, shared "to")
        k = head
        for _ in range(8):
            if k.head == k.i:
                break
            k = tokens[k.head]
            if k.pos == "VERB" and (k.tag in _FINITE_TAGS or (k.tag == "VBN" and k.i in has_aux)):
                tok.head = k.i
                break


def reattach_progressive_conjuncts(tokens: list[Tok]) -> None:
    """Repair a misparse: a past-tense verb coordinated with a progressive in what a speaker said is the speaker's
    second act ("Mikati said Israel was dragging the region into war and appealed to the international community":
    "appealed" cannot share "was", so the appeal is Mikati's). A conjunct with a subject of its own is left alone,
    and so is one after a perfect ("said troops had entered the town and killed five": "killed" shares "had").
    So is an active past verb with a complement after a passive ("Israel said most of the missiles had been
    intercepted and vowed to respond": the vow is Israel's, not the missiles')."""
    kids = _children(tokens)
    for tok in tokens:
        progressive = tokens[tok.head]
        if tok.dep != "conj" or tok.tag != "VBD" or any(k.dep in ("nsubj", "nsubjpass") for k in kids.get(tok.i, [])) \
                or progressive.dep != "ccomp":
            continue
        speaker = tokens[progressive.head]
        helpers = kids.get(progressive.i, [])
        unshared = (progressive.tag == "VBG" and any(a.dep == "aux" and a.lemma.lower() == "be" for a in helpers)) or \
            (progressive.tag == "VBN" and any(a.dep == "auxpass" for a in helpers) and
             any(k.dep in ("dobj", "xcomp", "ccomp") for k in kids.get(tok.i, [])))
        if speaker.tag == "VBD" and speaker.lemma.lower() in _SPEECH_VERBS and unshared:
            tok.head = speaker.i


def reattach_object_conjuncts(tokens: list[Tok]) -> None:
    """Repair a misparse: a verb coordinated with its neighbour's object is coordinated with that neighbour ("ordered
    the army to raise its combat readiness and move units to the border" hangs "move" on "readiness"). A conjunct
    with a subject of its own, or a word tagged as a noun, is left alone."""
    has_subject = {t.head for t in tokens if t.dep in ("nsubj", "nsubjpass")}
    for tok in tokens:
        obj = tokens[tok.head]
        if tok.dep == "conj" and tok.pos == "VERB" and tok.tag in _FINITE_TAGS | {"VB"} and \
                tok.i not in has_subject and obj.pos == "NOUN" and obj.dep == "dobj" and \
                tokens[obj.head].pos == "VERB" and tokens[obj.head].tag == tok.tag:
            tok.head = obj.head


def reattach_split_coordination(tokens: list[Tok]) -> None:
    """Repair a misparse of two parties coordinated before a noun: "between the army and Houthi rebels" hangs
    "army" on "rebels" as a modifier, with "Houthi" its conjunct, so the army was no party of its own. A common
    noun so hung, then "and"/"or", then a proper noun (with its own compounds) right before the head noun, is
    the first conjunct: it takes the head's place and words before it, the head noun is its conjunct, and the
    proper noun modifies the head noun. Not "the defence and foreign ministers" (no proper noun) nor "the Defence
    and Interior ministries" (no common noun first); a state's body before a non-state kind of party is two too
    ("the government and rebel forces")."""
    for a in tokens:
        head = tokens[a.head]
        if a.dep not in ("nmod", "compound") or a.pos != "NOUN" or not a.text.islower() or head.pos != "NOUN" or \
                head.i < a.i + 3 or tokens[a.i + 1].dep != "cc" or tokens[a.i + 1].lower not in ("and", "or"):
            continue
        named = tokens[head.i - 1]
        # ("Ethiopia's government and rebel forces": a state's body, then the kind of armed group, two parties)
        kinds = named.pos == "NOUN" and _PARTY_ROLES.get(a.lower) in _STATE_ROLES and \
            _PARTY_ROLES.get(named.lower) in _NON_STATE_ROLES
        if named.dep != "conj" or named.head != a.i or (named.pos != "PROPN" and not kinds) or \
                any(t.head != named.i for t in tokens[a.i + 2:named.i]):
            continue
        _make_first_conjunct(tokens, a, head, named)


def _make_first_conjunct(tokens: list[Tok], first: Tok, head: Tok, modifier: Tok) -> None:
    """The split-coordination repairs' common step: ``first``, parsed as a modifier of the later ``head``, takes
    the head's place (and the words before it that hung on the head: "the Colombian [government]"), the head
    becomes its conjunct, and ``modifier``, the stray conjunct before the head, modifies the head."""
    for t in tokens[:first.i]:
        if t.head == head.i:
            t.head = first.i
    first.dep, first.head = head.dep, (first.i if head.head == head.i else head.head)
    head.dep, head.head = "conj", first.i
    modifier.dep, modifier.head = "compound", head.i


def reattach_split_named_coordination(tokens: list[Tok]) -> None:
    """Repair the same misparse between two titled names: in "Kenyan President William Ruto and Tanzanian President
    Samia Suluhu Hassan agreed", the parser may hang "Ruto" on "Hassan" as a modifier, with the second "President"
    its conjunct, so Kenya was no party of its own. A name so hung on a later name, with "and" after it and a
    conjunct that stands before the later name, is the first conjunct: it takes the later name's place, the later
    name is its conjunct, and the stray conjunct (the second title) modifies the later name."""
    for a in tokens:
        head = tokens[a.head]
        if a.dep not in ("nmod", "compound") or a.pos != "PROPN" or a.ent < 0 or head.pos != "PROPN" or \
                head.ent < 0 or head.ent == a.ent or head.i < a.i + 3 or tokens[a.i + 1].dep != "cc" or \
                tokens[a.i + 1].lower != "and" or tokens[a.i + 1].head != a.i:
            continue
        title = next((t for t in tokens[a.i + 2:head.i] if t.dep == "conj" and t.head == a.i), None)
        if title is None or title.ent >= 0 or any(not a.i <= t.head <= head.i for t in tokens[a.i + 1:head.i]):
            continue
        _make_first_conjunct(tokens, a, head, title)


_PERSONA = ("persona", "personae")
_GRATA = ("grata", "gratae")


def reattach_persona_non_grata(tokens: list[Tok]) -> None:
    """Repair the parse of "declared a Russian diplomat persona non grata": the parser hangs the diplomat on
    "grata" as a compound, or makes "persona" a clause with the diplomat its subject, so the declaration had no
    party for object. The noun before the phrase is the verb's object, and the phrase its predicate (``oprd``)."""
    for p in tokens[1:-2]:
        if p.lower not in _PERSONA or tokens[p.i + 1].lower != "non" or tokens[p.i + 2].lower not in _GRATA:
            continue
        person, grata = tokens[p.i - 1], tokens[p.i + 2]
        if person.text in QUOTE_MARKS and p.i >= 2:  # 'declared Lula "persona non grata"'
            person = tokens[p.i - 2]
        verb = next((tokens[j] for j in _ancestors(tokens, p.i) if tokens[j].pos == "VERB"), None)
        if verb is None or person.pos not in ("NOUN", "PROPN", "PRON") or not verb.i < person.i:
            continue
        for t in tokens[verb.i + 1:person.i]:
            if t.head in (p.i, grata.i, p.i + 1):
                t.head = person.i  # ("a Russian diplomat": its words, hung on the phrase)
        person.head, person.dep = verb.i, "dobj"
        grata.head, grata.dep = verb.i, "oprd"
        p.head = tokens[p.i + 1].head = grata.i
        p.dep = tokens[p.i + 1].dep = "compound"


def reattach_free_relatives(tokens: list[Tok]) -> None:
    """Repair how the parser hangs a judgement's free relative: in "condemned what she called reckless Chinese
    conduct" and "protested against what it called a provocation", the verb's object (or the preposition's) is the
    judging verb "called", and what is condemned, "conduct", only its predicate. The predicate becomes the object,
    with the judging clause a relative clause on it, as "condemned the conduct, which she called reckless" reads.
    So for what a speaker said things were ("attacked what Kyiv said were civilian sites": the sites)."""
    for judging in tokens:
        if judging.lemma not in _JUDGING_VERBS or judging.dep not in ("ccomp", "pcomp") or \
                judging.head == judging.i:
            continue
        kids = [t for t in tokens if t.head == judging.i and t.i != judging.i]
        if not any(k.dep == "dobj" and k.lower == "what" for k in kids):
            continue
        judged = next((k for k in kids if k.dep == "oprd"), None)
        if judged is None:
            continue
        judged.head, judged.dep = judging.head, ("dobj" if judging.dep == "ccomp" else "pobj")
        judging.head, judging.dep = judged.i, "relcl"
    for speech in tokens:  # "struck what the military said were Hezbollah depots": the depots are struck
        if speech.lemma not in _SPEECH_VERBS or speech.dep not in ("ccomp", "pcomp") or speech.head == speech.i:
            continue
        be = next((t for t in tokens if t.head == speech.i and t.dep == "ccomp" and t.lemma == "be" and
                   any(k.head == t.i and k.dep == "nsubj" and k.lower == "what" for k in tokens)), None)
        said = next((k for k in tokens if be is not None and k.head == be.i and k.dep == "attr"), None)
        if said is not None:
            said.head, said.dep = speech.head, ("dobj" if speech.dep == "ccomp" else "pobj")
            speech.head, speech.dep = said.i, "relcl"


def reattach_named_objects(tokens: list[Tok], person_tokens: set[int]) -> None:
    """Repair a misparse of protocol news: "received in a video format Minister of Foreign Affairs X" hangs the
    person received as an apposition of the phrase before it; with no object of its own, the verb's object is
    that apposition when a person (``person_tokens``: the tokens of PERSON entities) is named in it."""
    has_object = {t.head for t in tokens if t.dep == "dobj"}
    for tok in tokens:
        pobj = tokens[tok.head]
        prep = tokens[pobj.head]
        verb = tokens[prep.head]
        if tok.dep != "appos" or pobj.dep != "pobj" or prep.dep != "prep" or verb.pos != "VERB" or \
                verb.i in has_object or tok.i < verb.i:
            continue
        below = {tok.i}
        for t in tokens[tok.i + 1:]:
            if t.head in below:
                below.add(t.i)
        if below & person_tokens:
            tok.dep, tok.head = "dobj", verb.i
            has_object.add(verb.i)


def reattach_shifted_objects(tokens: list[Tok]) -> None:
    """Repair a misparse of a judged object put after its judgement: "rejected as 'absurd' claims by Kyiv that ..."
    hangs the claims under "as", the verb left without an object. Where an active verb has no object, its "as"
    phrase opens with an adjective on the noun, and the noun goes on ("by Kyiv", "that ..."), the noun is the
    verb's object ("dismissed as baseless reports of a coup"); "served as deputy minister" is left alone."""
    has_object = {t.head for t in tokens if t.dep in ("dobj", "nsubjpass")}
    kids = _children(tokens)
    for prep in tokens:
        verb = tokens[prep.head]
        if prep.dep != "prep" or prep.lower != "as" or verb.pos != "VERB" or verb.i in has_object or \
                prep.i < verb.i:
            continue
        for noun in kids.get(prep.i, []):
            below = kids.get(noun.i, [])
            judged = any(k.dep == "amod" and k.pos == "ADJ" and prep.i < k.i < noun.i for k in below)
            goes_on = any(k.dep in ("prep", "acl", "relcl") and k.i > noun.i for k in below)
            if noun.dep == "pobj" and noun.pos == "NOUN" and judged and goes_on:
                noun.dep, noun.head = "dobj", verb.i
                has_object.add(verb.i)


def reattach_objects_after_dates(tokens: list[Tok], ents: list[Span]) -> None:
    """Repair an object put after a date, as translated copy does: "has convoked on Wednesday the ambassador of
    Algeria" hangs the ambassador on "Wednesday" as its apposition, the verb left without an object. A noun in
    apposition to the date of a verb's phrase, where the verb has no object, is the verb's object."""
    has_object = {t.head for t in tokens if t.dep in ("dobj", "nsubjpass")}
    for t in tokens:
        date = tokens[t.head]
        prep = tokens[date.head]
        verb = tokens[prep.head]
        if t.dep == "appos" and t.pos in ("NOUN", "PROPN") and t.i > date.i and date.dep == "pobj" and \
                date.ent >= 0 and ents[date.ent].label == "DATE" and prep.dep == "prep" and verb.pos == "VERB" and \
                verb.i < prep.i and verb.i not in has_object:
            t.dep, t.head = "dobj", verb.i
            has_object.add(verb.i)


def reattach_noun_complements(tokens: list[Tok]) -> None:
    """Repair a noun read as a clause: "Israeli jets struck Hezbollah depots hours after the group fired rockets"
    makes "depots" a clausal complement of "struck". A common noun heading a clausal complement with no subject,
    auxiliary, copula or marker of its own, on a verb after it with no object, is that verb's object."""
    has_object = {t.head for t in tokens if t.dep in ("dobj", "nsubjpass")}
    clausal = {t.head for t in tokens if t.head != t.i and
               t.dep in ("nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark", "expl")}
    for t in tokens:
        verb = tokens[t.head]
        if t.dep == "ccomp" and t.pos == "NOUN" and t.i not in clausal and verb.pos == "VERB" and \
                verb.i < t.i and verb.i not in has_object:
            t.dep = "dobj"
            has_object.add(verb.i)


_TIME_CLAUSE_MARKS: frozenset[str] = frozenset(load_lexicon()["time_clause_marks"])  # "after a blast wounded"


def _unnamed_subject_of_time_clause(tokens: list[Tok], verb: int) -> bool:
    """Is ``verb`` a clause of time ("after a blast wounded ...") whose subject is a common noun with no named
    entity under it?"""
    if not any(t.head == verb and t.dep == "mark" and t.lower in _TIME_CLAUSE_MARKS for t in tokens):
        return False
    subjects = [t.i for t in tokens if t.head == verb and t.dep in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(tokens[s].ent < 0 and tokens[s].pos == "NOUN" for s in subjects) and \
        not any(t.ent >= 0 and _governed_by(tokens, t.i, s) for s in subjects for t in tokens)


def trailing_participle(tokens: list[Tok], i: int) -> bool:
    """Is token ``i`` an -ing adverbial clause after a comma (", accusing Phnom Penh of laying mines")? An act told
    beside the clause it hangs on."""
    t = tokens[i]
    return t.dep == "advcl" and t.tag == "VBG" and i >= 1 and tokens[i - 1].text == ","


def reattach_trailing_participles(tokens: list[Tok]) -> None:
    """Repair a misparse of the wire's trailing participle: "Poland ordered the closure of the Russian consulate
    operating on its territory, blaming Moscow for sabotage" hangs "blaming" on "operating", a participle on the
    consulate, so the consulate blames. An -ing clause after a comma on such a participle (or relative clause) is
    the clause's whose noun it describes: it hangs on the verb above that noun. So is one on a subordinate clause of
    time whose subject names no one ("Thailand suspended the deal after a landmine blast wounded two soldiers,
    accusing Phnom Penh of laying mines": the blast accuses no one), and a consequence after a reporting verb that
    follows what it reports (", state media reported, drawing a protest from Tokyo"); a speech act after a reported
    clause is the speaker's ("Poland said Belarus had pushed migrants across, accusing Minsk of ...")."""
    for t in tokens:
        if not trailing_participle(tokens, t.i):
            continue
        up = tokens[t.head]
        if up.dep == "advcl" and up.i < t.i and up.head != up.i and _unnamed_subject_of_time_clause(tokens, up.i):
            t.head = up.head
            continue
        told = [k.i for k in tokens if k.head == up.i and k.dep == "ccomp" and k.i < up.i] \
            if up.lemma in _SPEECH_VERBS and t.lemma in _CONSEQUENCE_VERBS else []
        if told:
            t.head = told[0]  # "X and Y held drills, state media reported, drawing a protest from Tokyo": the
            continue  # drills drew it, not the report (not "..., the ministry said, accusing Z": the speaker's)
        reporter = tokens[up.head]
        if up.dep == "ccomp" and reporter.i < up.i < t.i and t.lemma in _SPEECH_ACTS and \
                (reporter.lemma in _SPEECH_VERBS or reporter.lemma in _SPEECH_ACTS):
            t.head = reporter.i  # "Poland said Belarus had pushed migrants across the border, accusing Minsk of
            continue  # waging a hybrid war": Poland accuses, not Belarus
        if up.dep not in ("acl", "relcl") or up.i > t.i:
            continue
        j = tokens[up.head].head if tokens[up.head].head != up.head else up.head
        for _ in range(6):  # the verb of the clause the described noun is in
            if tokens[j].pos in ("VERB", "AUX") or tokens[j].head == j:
                break
            j = tokens[j].head
        if tokens[j].pos in ("VERB", "AUX") and j != t.i:
            t.head = j


def reattach_reported_conjuncts(tokens: list[Tok], ents: list[Span]) -> None:
    """Repair "Baptiste-Harding wrote that satellite images showed new barracks, and accused Caracas of ...": the
    parser coordinates "accused" with the reported clause, whose subject, images, then accuse. A speech act with no
    subject of its own, coordinated after a clause a speaker reports, is the speaker's when that clause's subject
    is a thing no one is named in (not "said Kenyan troops had crossed and accused ...": the troops' side, named)."""
    named = {k for e in ents for k in range(e.start, e.end)}
    kids = _children(tokens)
    for t in tokens:
        up = tokens[t.head]
        if t.dep != "conj" or t.pos != "VERB" or t.lemma not in _SPEECH_ACTS or up.dep != "ccomp" or up.i > t.i or \
                any(k.dep in ("nsubj", "nsubjpass") for k in kids.get(t.i, [])):
            continue
        reporter = tokens[up.head]
        subjects = [k for k in kids.get(up.i, []) if k.dep in ("nsubj", "nsubjpass")]
        if reporter.i > up.i or (reporter.lemma not in _SPEECH_VERBS and reporter.lemma != "write") or \
                len(subjects) != 1 or \
                subjects[0].pos != "NOUN" or any(_governed_by(tokens, k, subjects[0].i) or k == subjects[0].i
                                                  for k in named):
            continue
        t.head = reporter.i


def reattach_aimed_phrases(tokens: list[Tok]) -> None:
    """Repair "Russia launched 70 missiles and 100 drones at Ukraine's energy facilities": the parser hangs "at" on
    the last of the coordinated weapons. An aiming phrase ("at", "toward", "into") on a conjunct of a firing verb's
    object is the verb's: where the weapons were fired; so is one of a sending verb ("sent 45 warplanes and six navy
    ships toward Taiwan")."""
    for t in tokens:
        if t.dep != "prep" or t.lower not in _AIMING_PREPS:
            continue
        noun = tokens[t.head]
        if noun.dep != "conj" or noun.pos != "NOUN":
            continue
        first = tokens[noun.head]
        verb = tokens[first.head]
        if first.dep == "dobj" and verb.pos == "VERB" and verb.lemma in _FIRING_VERBS | _SENDING_VERBS:
            t.head = verb.i


_TIME_SUBORDINATORS = frozenset(("after", "before", "until", "since", "when", "as"))


def reattach_time_clauses(tokens: list[Tok]) -> None:
    """Repair "Israel recalled its ambassadors after the two countries, along with Spain, announced they would
    recognise a Palestinian state": the parser reads "after the two countries" as a phrase of "recalled" and
    "announced" as a second verb of Israel's, coordinated with no "and". A finite verb so coordinated, with no
    subject and no conjunction before it, after a time preposition's object in its head verb's phrases (nothing but
    phrases and punctuation between), is a time clause: the object its subject, the preposition its subordinator; a
    with-phrase between ("along with Spain") goes with the subject."""
    kids = _children(tokens)
    for v in tokens:
        if v.dep != "conj" or v.pos != "VERB" or v.tag not in _FINITE_TAGS or v.head == v.i:
            continue
        head = tokens[v.head]
        own = kids.get(v.i, [])
        if any(k.dep in ("nsubj", "nsubjpass", "expl") for k in own) or \
                any(k.dep == "cc" and head.i < k.i < v.i for k in kids.get(head.i, []) + own):
            continue
        preps = [p for p in tokens[head.i + 1:v.i]  # (on the verb, or on a noun of its phrases)
                 if p.dep == "prep" and p.lower in _TIME_SUBORDINATORS and head.i in _ancestors(tokens, p.i)]
        if not preps:
            continue
        prep = preps[-1]
        nouns = [o for o in kids.get(prep.i, []) if o.dep == "pobj" and o.pos in ("NOUN", "PROPN", "PRON")]
        between = range(max([prep.i, *(o.i for o in nouns)]) + 1, v.i)
        if len(nouns) != 1 or any(tokens[k].pos in ("VERB", "AUX") for k in between):
            continue
        subject = nouns[0]
        for k in kids.get(head.i, []):
            if k.dep == "prep" and k.i in between and k.lower == "along":
                k.head = subject.i
        subject.head, subject.dep = v.i, "nsubj"
        prep.head, prep.dep, prep.pos = v.i, "mark", "SCONJ"
        v.dep = "advcl"


def reattach_event_agents(tokens: list[Tok]) -> None:
    """Repair "Vietnam lodged a protest over the assault on Vietnamese fishermen by Chinese forces": the parser hangs
    "by" on "lodged", an active verb with a subject, so the assault had no author. A by-phrase naming a party on an
    active verb, after an event noun in a phrase of the verb's, is the event noun's agent (the latest such noun)."""
    kids = _children(tokens)
    for t in tokens:
        if t.dep != "prep" or t.lower != "by" or t.head == t.i:
            continue
        verb = tokens[t.head]
        agents = [o for o in kids.get(t.i, []) if o.dep == "pobj" and o.pos in ("NOUN", "PROPN")]
        if verb.pos != "VERB" or not agents or not any(k.dep == "nsubj" for k in kids.get(verb.i, [])) or \
                any(k.dep in ("auxpass", "nsubjpass") for k in kids.get(verb.i, [])):
            continue
        nouns = [k for k in range(verb.i + 1, t.i) if tokens[k].pos == "NOUN" and tokens[k].dep == "pobj"
                 and tokens[k].lemma.lower() in _EVENT_NOUNS and verb.i in _ancestors(tokens, k)]
        if nouns:
            t.head = nouns[-1]


def _ancestors(tokens: list[Tok], i: int) -> list[int]:
    """The heads above token ``i``, nearest first (bounded, should a repair ever leave a cycle)."""
    out: list[int] = []
    tok = tokens[i]
    while tok.head != tok.i and len(out) < 64:
        out.append(tok.head)
        tok = tokens[tok.head]
    return out


def reattach_received_places(tokens: list[Tok], ents: list[Span]) -> None:
    """Repair "Germany will return 1,100 bronzes looted during the colonial era to Nigeria": the parser hangs "to
    Nigeria" on "era", inside the participle phrase on the object, so the bronzes went to Benin. A to-phrase naming
    a place, on the noun of a phrase of a participle on a handing verb's object, is the verb's (who receives),
    unless the verb has a to-phrase of its own."""
    kids = _children(tokens)
    for t in tokens:
        if t.dep != "prep" or t.lower != "to" or t.head == t.i:
            continue
        places = [o for o in kids.get(t.i, []) if o.dep == "pobj" and o.ent >= 0 and ents[o.ent].label == "GPE"]
        noun = tokens[t.head]
        if not places or noun.dep != "pobj" or noun.pos != "NOUN":
            continue
        prep = tokens[noun.head]
        part = tokens[prep.head]
        obj = tokens[part.head]
        verb = tokens[obj.head]
        if prep.dep != "prep" or part.dep != "acl" or part.tag != "VBN" or obj.dep != "dobj" or \
                verb.pos != "VERB" or verb.lemma.lower() not in _HANDING_VERBS:
            continue
        if any(k.head == verb.i and k.dep in ("prep", "dative") and k.lower == "to" for k in kids.get(verb.i, [])):
            continue
        t.head = verb.i
        kids.setdefault(verb.i, []).append(t)  # (a second to-phrase finds the verb's own now)


def reattach_object_infinitives(tokens: list[Tok]) -> None:
    """Repair "mediators pressed Hamas and Israel on Sunday to agree to a ceasefire": after the time phrase the parser
    hangs the infinitive as an adverbial clause (a purpose of the mediators'), so the mediators agreed. An infinitive
    so hung after the object and a phrase of a verb whose object does what it says is the verb's complement."""
    kids = _children(tokens)
    for c in tokens:
        if c.dep != "advcl" or c.tag != "VB" or c.head == c.i:
            continue
        verb = tokens[c.head]
        below = kids.get(verb.i, [])
        objs = [t for t in below if t.dep == "dobj"]
        if verb.pos != "VERB" or verb.lemma.lower() not in _OBJECT_CONTROL_VERBS or not objs or objs[0].i > c.i or \
                not any(t.dep == "aux" and t.lower == "to" for t in kids.get(c.i, [])) or \
                any(t.dep == "xcomp" for t in below) or \
                not any(t.dep in ("prep", "npadvmod") and objs[0].i < t.i < c.i for t in below):
            continue  # (right after its object the parser's reading stands: "push the bank BNDES to finance")
        c.dep = "xcomp"


def retag_verbs(tokens: list[Tok]) -> None:
    """Repair verbs tagged as nouns where the parse makes them verbs: an infinitive ("offered to host talks" may
    tag "host" a noun while parsing it as the verb's complement with "to" for its auxiliary) is a bare verb (VB);
    a headline's root noun with a subject and no copula ("Thousands protest in Belgrade") a present verb (VBP)."""
    marked = {t.head for t in tokens if t.dep == "aux" and t.lower == "to" and t.head != t.i}
    subject = {t.head for t in tokens if t.dep == "nsubj" and t.head != t.i}
    copula = {t.head for t in tokens if t.pos == "AUX" and t.head != t.i}
    for t in tokens:
        if t.pos != "NOUN":
            continue
        if t.i in marked and t.dep in ("xcomp", "advcl"):
            t.pos, t.tag = "VERB", "VB"
        elif t.dep == "ROOT" and t.i in subject and t.i not in copula and t.tag == "NN":
            t.pos, t.tag = "VERB", "VBP"


def retag_determined_gerunds(tokens: list[Tok]) -> None:
    """Repair an -ing noun parsed as a verb: "closed the Kerem Shalom crossing into Gaza" makes "crossing" a
    clause of "closed" while "the" hangs on it. A word with a determiner is a noun; after a verb with no object
    it is that verb's object."""
    determined = {t.head for t in tokens if t.dep == "det" and t.head != t.i and t.i < t.head}
    determined |= {t.head for t in tokens if t.dep == "compound" and t.i in determined}  # ("the Kerem Shalom ...")
    has_object = {t.head for t in tokens if t.dep == "dobj"}
    for t in tokens:
        if t.i in determined and t.tag == "VBG" and t.dep in ("advcl", "xcomp", "ccomp") and t.head < t.i:
            t.pos, t.tag = "NOUN", "NN"
            if tokens[t.head].pos == "VERB" and t.head not in has_object:
                t.dep = "dobj"
                has_object.add(t.head)


def reattach_phrase_complements(tokens: list[Tok]) -> None:
    """Repair a misparse of a fixed phrase: "targeted the post in solidarity with the Palestinian people" hangs
    "with" on the verb, beside "in", making the people the verb's party. Where a verb's "in" phrase is one of the
    phrase nouns and the verb's next preposition follows that noun at once, the preposition is the noun's."""
    for prep in tokens:
        if prep.dep != "prep" or prep.i < 2:
            continue
        noun, opener = tokens[prep.i - 1], tokens[prep.i - 2]
        if noun.dep == "pobj" and noun.lower in _PHRASE_NOUNS and opener.lower == "in" and opener.dep == "prep" and \
                noun.head == opener.i and opener.head == prep.head:
            prep.head = noun.i


def _governed_by(tokens: list[Tok], i: int, top: int) -> bool:
    """Is ``top`` among the heads above token ``i`` (within 32 steps)?"""
    for _ in range(32):
        if tokens[i].head == i:
            return False
        i = tokens[i].head
        if i == top:
            return True
    return False


def reattach_charged_gerunds(tokens: list[Tok]) -> None:
    """Repair "accused the council of rewarding Hamas" parsed with "rewarding" an adjective on "Hamas", so that
    Hamas is what "of" names (whose council). An -ing word right after the "of" on a verb's object, modifying the
    "of" phrase's noun, is the gerund that "of" governs, and the noun its object."""
    for prep in tokens:
        if prep.lower != "of" or prep.dep != "prep" or prep.i + 2 >= len(tokens):
            continue
        obj, ing = tokens[prep.head], tokens[prep.i + 1]
        noun = tokens[ing.head]
        if obj.dep == "dobj" and tokens[obj.head].pos == "VERB" and ing.dep == "amod" and ing.lower.endswith("ing") \
                and noun.dep == "pobj" and noun.head == prep.i and noun.i > ing.i:
            ing.pos, ing.tag, ing.dep, ing.head = "VERB", "VBG", "pcomp", prep.i
            noun.dep, noun.head = "dobj", ing.i


def reattach_stranded_subjects(tokens: list[Tok]) -> None:
    """Repair a misparse of two coordinated clauses whose second subject is long: "The EU urged both sides to
    de-escalate, and the EU's special envoy for the dialogue, Tomas Halvorsen, will travel to both capitals" makes
    the envoy a conjunct of the verb "urged" and "travel" a clause with no subject. A noun coordinated with a verb
    is the subject of the finite verb after it that has none. So is one coordinated with the verb's object, right
    before that verb ("The minister received the guests and the sides signed a plan": not the guests and the sides
    received, with "signed" subjectless)."""
    subjects = {t.head for t in tokens if t.dep in ("nsubj", "nsubjpass", "expl", "csubj")}
    for noun in tokens:
        head = tokens[noun.head]
        if noun.dep == "conj" and head.dep == "dobj" and noun.i + 1 < len(tokens) and \
                tokens[noun.i + 1].head == head.head and tokens[noun.i + 1].dep == "conj":
            head = tokens[head.head]  # (the object's verb, the next word's head)
        if noun.dep != "conj" or noun.pos not in ("NOUN", "PROPN") or head.pos not in ("VERB", "AUX"):
            continue
        verb = next((t for t in tokens[noun.i + 1:] if t.head == head.i and t.pos in ("VERB", "AUX") and
                     t.dep in ("ccomp", "conj") and t.i not in subjects and
                     (t.tag in _FINITE_TAGS or any(a.dep == "aux" and a.head == t.i and a.tag == "MD"
                                                   for a in tokens[noun.i + 1:t.i]))), None)
        if verb is None or any(t.pos in ("VERB", "AUX") and t.dep not in ("aux", "auxpass") and
                               not _governed_by(tokens, t.i, noun.i) for t in tokens[noun.i + 1:verb.i]):
            continue  # (a clause between them is not the noun's own: "the envoy, who met Vucic, will travel")
        noun.head, noun.dep = verb.i, "nsubj"
        verb.dep = "conj"
        subjects.add(verb.i)


def reattach_fronted_subjects(tokens: list[Tok]) -> None:
    """Repair "Elsewhere in the Arctic, Canada and Denmark said ...": the parser coordinates the subject with the
    object of the fronted phrase, across its comma, and "said" has no subject. A name or noun right after that
    comma, coordinated with the object of a preposition that hangs on a later verb with no subject, with nothing
    between it and the verb but its own words and the verb's, is that verb's subject."""
    subjects = {t.head for t in tokens if t.dep in ("nsubj", "nsubjpass", "expl", "csubj")}
    for noun in tokens:
        if noun.dep != "conj" or noun.pos not in ("NOUN", "PROPN") or noun.i == 0 or tokens[noun.i - 1].text != ",":
            continue
        obj = tokens[noun.head]
        prep = tokens[obj.head]
        if obj.dep != "pobj" or prep.dep != "prep" or prep.i > obj.i:
            continue
        verb = tokens[prep.head]
        if verb.dep == "advmod" and verb.i < prep.i:  # ("Elsewhere in the Arctic, ...": the adverb's verb)
            verb = tokens[verb.head]
        if verb.i <= noun.i or verb.pos not in ("VERB", "AUX") or verb.i in subjects or \
                not all(tokens[k].head == verb.i or _governed_by(tokens, k, noun.i) for k in range(noun.i + 1, verb.i)):
            continue
        noun.head, noun.dep = verb.i, "nsubj"
        subjects.add(verb.i)


def reattach_stranded_prepositions(tokens: list[Tok]) -> None:
    """Repair "called on the authorities to reconsider" parsed with "on" objectless and "authorities" the subject
    of "reconsider": a preposition with no dependent at all, right before the subject of its verb's infinitive
    complement (its determiner and modifiers first, within eight words), takes that subject for its object."""
    has_dependent = {t.head for t in tokens if t.head != t.i}
    for prep in tokens:
        verb = tokens[prep.head]
        if prep.dep != "prep" or prep.i in has_dependent or verb.pos != "VERB":
            continue
        subj = next((t for t in tokens[prep.i + 1:prep.i + 9] if t.dep == "nsubj" and tokens[t.head].dep == "xcomp"
                     and tokens[t.head].head == verb.i and t.i < t.head), None)
        if subj is not None and all(tokens[k].head == subj.i or _governed_by(tokens, k, subj.i)
                                    for k in range(prep.i + 1, subj.i)):
            subj.dep, subj.head = "pobj", prep.i


def reattach_trailing_replies(tokens: list[Tok]) -> None:
    """Repair a misparse of the wire's reply tag: "Kenya accused Somalia of arming militants, a charge Somalia's
    foreign ministry denied." makes the accusation a clause that the ministry denied (so a negated one), with
    "charge" a word of the ministry's name. The clause before the comma is the sentence; the charge noun takes it
    up, and the denial is a relative clause on that noun."""
    for verb in tokens:
        if verb.lemma not in _REPLY_VERBS or verb.dep != "ROOT":
            continue
        said = [t for t in tokens if t.head == verb.i and t.dep == "ccomp" and t.i < verb.i]
        if not said:
            continue
        clause = said[0]
        noun = next((t for t in tokens[clause.i + 1:verb.i] if t.lemma in _CLAIM_NOUNS and t.pos == "NOUN" and
                     tokens[t.i - 1].lower in ("a", "an") and t.i >= 2 and tokens[t.i - 2].text == ","), None)
        if noun is None:
            continue
        for t in tokens:
            if t.sent == verb.sent and t.head == verb.i and t.i != clause.i and t.i != verb.i and \
                    (t.i < noun.i or t.i > verb.i):
                t.head = clause.i  # the comma before the tag and the full stop are the sentence's
        tokens[noun.i - 1].head = noun.i
        clause.head, clause.dep = clause.i, "ROOT"
        noun.head, noun.dep = clause.i, "npadvmod"
        verb.head, verb.dep = noun.i, "relcl"


@dataclass(frozen=True, slots=True)
class Span:
    """An entity span: token range [start, end) and character offsets."""

    text: str
    label: str
    start: int
    end: int
    start_char: int
    end_char: int


def reattach_adverb_subjects(tokens: list[Tok], ents: list[Span]) -> None:
    """Repair a mistagging: the tagger reads some names in capitals as adverbs ("USAID provided food to ...",
    "USAID had announced ...") or auxiliaries ("IGAD called for a ceasefire"), and the verb after one is left with
    no subject. A name of a body, place or person hung as an adverb or auxiliary on a clause's verb after it, which
    has no subject, is that subject. Not a name on a participle that modifies a noun ("a Moscow-based group")."""
    for ent in ents:
        tok = tokens[ent.end - 1]
        if ent.label not in ("ORG", "GPE", "PERSON") or ent.end >= len(tokens) or tokens[ent.end].text == "-" or \
                not (tok.dep in ("advmod", "npadvmod") or (tok.dep in ("aux", "auxpass") and tok.pos == "AUX")):
            continue
        verb = tokens[tok.head]
        if verb.i <= tok.i or verb.pos not in ("VERB", "AUX") or verb.dep in ("amod", "compound", "acl", "nmod") or \
                any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass", "csubj", "expl") for t in tokens):
            continue
        passive = any(t.head == verb.i and t.dep == "auxpass" and t is not tok for t in tokens)
        tok.dep = "nsubjpass" if passive else "nsubj"
        if tok.pos == "AUX":
            tok.pos, tok.tag = "PROPN", "NNP"


def reattach_marked_subjects(tokens: list[Tok]) -> None:
    """Repair "while neighbours Chile and Colombia recalled their ambassadors": the parser makes "neighbours" a
    clause of its own under "recalled", taking the subordinator, and the names its adverbs, so the recall had no
    subject. A noun read as an adverbial clause that takes a subordinator, before a verb with no subject of its own
    that it hangs on, is that verb's subject; the subordinator goes to the verb, and a name hung on the noun as an
    adverb is its apposition ("neighbours Chile and Colombia")."""
    kids = _children(tokens)
    for noun in tokens:
        if noun.pos != "NOUN" or noun.dep != "advcl" or noun.head <= noun.i:
            continue
        verb = tokens[noun.head]
        own = list(kids.get(noun.i, []))
        if verb.pos != "VERB" or not any(t.dep == "mark" for t in own) or \
                any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass") for t in kids.get(verb.i, [])):
            continue
        for t in own:
            if t.dep == "mark":
                t.head = verb.i
            elif t.dep == "npadvmod" and t.pos == "PROPN" and t.i > noun.i:
                t.dep = "appos"
        noun.dep = "nsubj"


def reattach_reduced_relatives(tokens: list[Tok]) -> None:
    """Repair "commandos boarded a bulk carrier hijacked off the coast of Somalia": the parser reads "hijacked" as a
    past verb, a clause under "boarded" with no subject of its own, so the commandos hijacked it. A past verb with
    no subject and no object, right after the object of a verb that reports nothing, is a participle describing
    that object (done to it by someone unnamed)."""
    kids = _children(tokens)
    for v in tokens:
        if v.tag != "VBD" or v.dep != "ccomp" or v.i == 0 or v.head == v.i:
            continue
        obj, verb = tokens[v.i - 1], tokens[v.head]
        if obj.dep != "dobj" or obj.head != verb.i or obj.pos != "NOUN" or verb.lemma in _SPEECH_VERBS or \
                any(t.dep in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for t in kids.get(v.i, [])):
            continue
        v.dep, v.head, v.tag = "acl", obj.i, "VBN"


def reattach_subject_settings(tokens: list[Tok]) -> None:
    """Repair "Araghchi in a phone conversation with his Azerbaijani counterpart discussed the railway": the parser
    hangs "in a phone conversation" on the subject's name, so the conversation had no party. A phrase "in" or
    "during" an event noun on a verb's subject is the verb's: where the subject did it."""
    kids = _children(tokens)
    for t in tokens:
        if t.dep != "prep" or t.lower not in ("in", "during") or t.head == t.i:
            continue
        subject = tokens[t.head]
        if subject.dep not in ("nsubj", "nsubjpass") or subject.pos not in ("PROPN", "NOUN") or \
                tokens[subject.head].pos != "VERB" or \
                not any(o.dep == "pobj" and o.lemma.lower() in _EVENT_NOUNS for o in kids.get(t.i, [])):
            continue
        t.head = subject.head


def reattach_reduced_passives(tokens: list[Tok]) -> None:
    """Repair a passive with no auxiliary read as active: the headline "Ukraine hit by Russian missile barrage"
    parses "Ukraine" as the subject of "hit" beside its by-agent. A past verb with a subject and an agent, but no
    auxiliary and no object, is a passive: its subject is what the act was done to."""
    kids: dict[int, set[str]] = {}
    for t in tokens:
        if t.head != t.i:
            kids.setdefault(t.head, set()).add(t.dep)
    for t in tokens:
        deps = kids.get(t.i, set())
        if t.pos == "VERB" and t.tag in ("VBD", "VBN") and "agent" in deps and "nsubj" in deps and \
                not deps & {"aux", "auxpass", "dobj"}:
            t.tag = "VBN"
            for k in tokens:
                if k.head == t.i and k.dep == "nsubj" and k.i != t.i:
                    k.dep = "nsubjpass"


def reattach_verbless_roots(tokens: list[Tok]) -> None:
    """Repair a clause read as a noun phrase: "Israeli air strikes killed at least 12 people in Lebanon" parses
    "killed" as a participle describing "strikes" (strikes that were killed), though it takes an object, which no
    passive participle does; nor a past form at the root's noun ("Zimbabwe on Friday called on Mozambique to
    talk"). A noun at the root, or one of two subjects of a reporting verb ("..., the ministry
    said"), with such a participle (an object, no auxiliary, no by-agent, no subject of its own: "UNITED NATIONS:
    Russia vetoed ..." is a dateline) is the subject of that verb, which takes
    the noun's place (the root, or the reporting verb's complement); the noun's words after the verb hang on it."""
    kids = _children(tokens)

    def deps(i: int) -> set[str]:
        return {d.dep for d in kids.get(i, [])}

    for noun in tokens:
        if noun.pos not in ("NOUN", "PROPN"):
            continue
        rooted = noun.head == noun.i
        if not rooted and not (noun.dep == "nsubj" and noun.head > noun.i and
                               sum(k.dep == "nsubj" for k in kids.get(noun.head, [])) > 1):
            continue
        verb = next((k for k in kids.get(noun.i, []) if k.dep == "acl" and k.pos == "VERB" and k.i > noun.i and
                     k.tag in ("VBN", "VBD") and ("dobj" in deps(k.i) or (rooted and k.tag == "VBD")) and
                     not deps(k.i) & {"aux", "auxpass", "agent", "nsubj", "nsubjpass"}), None)
        if verb is None:
            continue
        verb.tag = "VBD"
        verb.head, verb.dep = (verb.i, "ROOT") if rooted else (noun.head, "ccomp")
        for k in kids.get(noun.i, []):
            if k.i > verb.i:
                k.head = verb.i
        noun.head, noun.dep = verb.i, "nsubj"


def reattach_headline_pairs(tokens: list[Tok], ents: list[Span], sents: list[tuple[int, int]]) -> None:
    """Repair a misparse of a headline's two subjects joined by a comma ("Uzbekistan, Kyrgyzstan sign agreement on
    state border", "Putin, Xi pledge deeper ties"): the parser hangs the first name on the verb as an adverbial
    clause or modifier, so only the second signed, or the second as a modifier, so only the first pledged. A name
    that opens its sentence, then a comma, then a name right before the verb, both hung on the verb and one its
    subject: the first name is the subject, the second its conjunct."""
    named = {e.start: e for e in ents if e.label in ("ORG", "GPE", "PERSON", "NORP")}
    for start, end in sents:
        first = named.get(start)
        if first is None or first.end + 2 >= end or tokens[first.end].text != ",":
            continue
        second = named.get(first.end + 1)
        if second is None or second.end >= end:
            continue
        a, b, verb = tokens[first.end - 1], tokens[second.end - 1], tokens[second.end]
        if (verb.pos not in ("VERB", "AUX") and verb.dep != "ROOT") or a.head != verb.i or b.head != verb.i:
            continue  # (a root the tagger took for a noun, "pledge", is a verb with its subject)
        if not (b.dep == "nsubj" and a.dep not in ("nsubj", "nsubjpass", "appos", "conj")) and \
                not (a.dep == "nsubj" and b.dep in ("compound", "npadvmod", "dep")):
            continue  # ("Putin, Xi pledge deeper ties": the second name read as the verb's modifier)
        a.dep = "nsubj"
        b.dep, b.head = "conj", a.i
        tokens[first.end].dep, tokens[first.end].head = "punct", a.i


def reattach_names_read_as_verbs(tokens: list[Tok], ents: list[Span]) -> None:
    """Repair a misparse of a name in capitals read as its sentence's root, with its clause's verb hung on it:
    in "ECOWAS imposed sanctions on Niger" "imposed" is a modifier of "sanctions" and "sanctions" the name's
    object; in the headline "EU to impose new sanctions on Russia" "impose" is a clause on "EU". Either way the
    act had no subject. A name of a body, place or person that is its sentence's root, followed by a past verb hung
    as a modifier on the name's object, or by "to" and a verb hung on the name, is that verb's subject: the verb
    becomes the root and takes the name's dependents after it."""
    for ent in ents:
        name = tokens[ent.end - 1]
        if ent.label not in ("ORG", "GPE", "PERSON") or name.dep != "ROOT" or ent.end + 1 >= len(tokens):
            continue
        verb, to = tokens[ent.end], None
        if verb.lower == "to" and verb.dep == "aux" and verb.head == ent.end + 1:
            verb, to = tokens[ent.end + 1], verb
            if verb.pos != "VERB" or verb.head != name.i or verb.dep not in ("acl", "advcl", "relcl", "xcomp"):
                continue
        elif verb.pos != "VERB" or verb.tag not in ("VBD", "VBN") or verb.dep != "amod" or verb.head <= verb.i or \
                tokens[verb.head].head != name.i or tokens[verb.head].dep != "dobj":
            continue
        if to is None:
            tokens[verb.head].head = verb.i  # the object
        for t in tokens[verb.i + 1:]:
            if t.head == name.i:
                t.head = verb.i  # the object, prepositions and the closing stop
        verb.dep, verb.head = "ROOT", verb.i
        name.dep, name.head, name.pos, name.tag = "nsubj", verb.i, "PROPN", "NNP"


def reattach_appositive_names(tokens: list[Tok], ents: list[Span]) -> None:
    """Repair a name after the noun that describes it read as a verb: in "announced its withdrawal from the regional
    bloc ECOWAS on Sunday, accusing it of ..." the tagger makes "ECOWAS" a participle hung on "announced", so the
    bloc had no name and "it" nothing to refer to. A one-word name tagged as a verb right after a common noun is
    that noun's apposition; its dependents go to the verb it hung on."""
    for ent in ents:
        name = tokens[ent.start]
        if ent.end - ent.start != 1 or ent.label not in ("ORG", "GPE", "NORP") or name.pos != "VERB" or \
                ent.start == 0 or tokens[ent.start - 1].pos != "NOUN" or name.head == name.i:
            continue
        noun, clause = tokens[ent.start - 1], name.head
        for t in tokens:
            if t.head == name.i and t.i != name.i:
                t.head = clause
        name.head, name.dep, name.pos, name.tag = noun.i, "appos", "PROPN", "NNP"


def reattach_visiting_modifiers(tokens: list[Tok]) -> None:
    """Repair "Xi received visiting Brazilian President Lula in Beijing": the parser makes "visiting" a clause under
    "received" with Lula its object, so Xi visited Lula. "visiting" right after a verb with no object of its own,
    taking a name as object, is that name's modifier (the visitor), and the name the verb's object; the phrases
    that hung on "visiting" go to the verb. So after a preposition ("met with visiting Hungarian Prime Minister
    Viktor Orban": the name is its object)."""
    for v in tokens:
        if v.lower != "visiting" or v.tag != "VBG" or v.head != v.i - 1:
            continue
        verb = tokens[v.head]
        objs = [t for t in tokens if t.head == v.i and t.dep == "dobj"]
        if len(objs) != 1 or objs[0].pos != "PROPN":
            continue
        if v.dep in ("xcomp", "advcl", "ccomp") and verb.pos == "VERB" and \
                not any(t.head == verb.i and t.dep == "dobj" for t in tokens):
            role = "dobj"
        elif v.dep == "pcomp" and verb.pos == "ADP":
            role = "pobj"
        else:
            continue
        name = objs[0]
        for t in tokens:
            if t.head == v.i and t.i > name.i:
                t.head = verb.i if role == "dobj" else verb.head
        name.head, name.dep = verb.i, role
        v.head, v.dep = name.i, "amod"


def repair_parse(tokens: list[Tok], ents: list[Span], sents: list[tuple[int, int]]) -> None:
    """The parse repairs, in order, on tokens copied out of spaCy (see each function for the misparse it mends)."""
    reattach_finite_conjuncts(tokens)
    reattach_progressive_conjuncts(tokens)
    reattach_past_conjuncts_of_infinitives(tokens)
    reattach_object_conjuncts(tokens)
    reattach_split_coordination(tokens)
    reattach_split_named_coordination(tokens)
    reattach_adverb_subjects(tokens, ents)
    reattach_names_read_as_verbs(tokens, ents)
    reattach_appositive_names(tokens, ents)
    reattach_visiting_modifiers(tokens)
    reattach_marked_subjects(tokens)
    reattach_reduced_relatives(tokens)
    reattach_subject_settings(tokens)
    reattach_reduced_passives(tokens)
    reattach_verbless_roots(tokens)
    reattach_headline_pairs(tokens, ents, sents)
    reattach_free_relatives(tokens)
    reattach_persona_non_grata(tokens)
    reattach_named_objects(tokens, {k for e in ents if e.label == "PERSON" for k in range(e.start, e.end)})
    reattach_shifted_objects(tokens)
    reattach_objects_after_dates(tokens, ents)
    reattach_noun_complements(tokens)
    reattach_trailing_participles(tokens)
    reattach_reported_conjuncts(tokens, ents)
    reattach_phrase_complements(tokens)
    reattach_trailing_replies(tokens)
    reattach_charged_gerunds(tokens)
    reattach_stranded_subjects(tokens)
    reattach_fronted_subjects(tokens)
    reattach_stranded_prepositions(tokens)
    reattach_aimed_phrases(tokens)
    reattach_object_infinitives(tokens)
    reattach_received_places(tokens, ents)
    reattach_event_agents(tokens)
    reattach_time_clauses(tokens)
    retag_verbs(tokens)
    retag_determined_gerunds(tokens)


@dataclass(slots=True)
class ParsedDoc:
    article: Article
    tokens: list[Tok]
    sents: list[tuple[int, int]]  # token ranges [start, end)
    ents: list[Span]
    children: list[list[int]] = field(default_factory=list)
    _child_toks: list[list[Tok]] = field(default_factory=list, repr=False)
    dateline: tuple[int, int] | None = field(default=None, init=False)  # (first token, dash): see dateline_at

    def __post_init__(self) -> None:
        self.dateline = dateline_at([t.text for t in self.tokens[:LEAD_WORDS]])
        tokens = self.tokens
        if self.children:
            self._child_toks = [[tokens[c] for c in cs] for cs in self.children]
            return
        kids: list[list[int]] = [[] for _ in tokens]
        kid_toks: list[list[Tok]] = [[] for _ in tokens]
        for tok in tokens:
            if tok.head != tok.i:
                kids[tok.head].append(tok.i)
                kid_toks[tok.head].append(tok)
        self.children, self._child_toks = kids, kid_toks

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def lead(self) -> int:
        """The story's first token: its dateline's, after any headline or byline line, else the text's first."""
        return self.dateline[0] if self.dateline else 0

    def sent_text(self, s: int) -> str:
        start, end = self.sents[s]
        first, last = self.tokens[start], self.tokens[end - 1]
        # a trailing newline is a token of its own in spaCy; it is no part of the sentence
        return self.article.text[first.idx : last.idx + len(last.text)].strip()

    def kids(self, i: int, *deps: str) -> list[Tok]:
        """Children of token ``i``, optionally only those with one of ``deps``."""
        kids = self._child_toks[i]
        if not kids:
            return []
        if not deps:
            return list(kids)
        return [t for t in kids if t.dep in deps]

    def is_infinitive(self, i: int) -> bool:
        """Has verb ``i`` the infinitive marker "to" among its auxiliaries ("to withdraw", "to host talks")?"""
        return any(a.lower == "to" for a in self.kids(i, "aux"))

    def judges_what(self, i: int) -> bool:
        """Has verb ``i`` "what" for object, a free relative ("protested against what it called a provocation")?
        Such a judgement names what another act is about."""
        return any(k.lower == "what" for k in self.kids(i, "dobj"))

    def purpose_clauses(self, i: int) -> list[int]:
        """The purpose clauses of verb ``i``: infinitives hung on it with no subject or marker of their own
        ("provided $40 million to help Sri Lanka recover", "asked for help to fight the rebels")."""
        return [k.i for k in self.kids(i, "advcl") if not self.kids(k.i, "nsubj", "mark") and self.is_infinitive(k.i)]

    def purpose_of(self, i: int) -> int | None:
        """The verb whose infinitive purpose or complement verb ``i`` is ("rallied ... to protest", "sent troops to
        help"), or None."""
        tok = self.tokens[i]
        return tok.head if tok.dep in ("advcl", "xcomp") and tok.head != i and self.is_infinitive(i) else None

    def subtree(self, i: int) -> list[int]:
        """Token indices of the subtree rooted at ``i``, in document order."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def ancestors(self, i: int) -> list[int]:
        return _ancestors(self.tokens, i)

    def ent_of(self, i: int) -> Span | None:
        e = self.tokens[i].ent
        return self.ents[e] if e >= 0 else None


def first_part(pdoc: ParsedDoc, max_entities: int) -> ParsedDoc:
    """The longest run of whole sentences from the start that names at most ``max_entities`` entity spans.

    Coding work grows faster than the text (some rules look back over the whole
    document), so a long article is coded up to this cap instead of being refused.
    ``pdoc`` itself when it is within the cap; entity and token indices are kept.
    """
    if len(pdoc.ents) <= max_entities:
        return pdoc
    cut = named = 0  # tokens [0, cut) are whole sentences naming ``named`` entity spans
    for _, end in pdoc.sents:
        while named < len(pdoc.ents) and pdoc.ents[named].start < end:
            named += 1
        if named > max_entities:
            break
        cut = end
    ents = [e for e in pdoc.ents if e.end <= cut]
    sents = [s for s in pdoc.sents if s[1] <= cut]
    return ParsedDoc(pdoc.article, pdoc.tokens[:cut], sents, ents)
