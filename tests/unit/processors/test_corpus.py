"""The training corpus (corpus/events/*.jsonl, corpus/README.md): valid, big and varied enough, and
sharing no text with any evaluation set. No spaCy needed.

The overlap test reads the evaluation files only to compare 8-word sequences; on a failure it names
the corpus ids and the evaluation file, never the sentences.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest

from diplo.processors.cameo import cameo_table
from diplo.processors.coding.corpus import STYLES, CorpusError, CorpusText, corpus_files, read_corpus
from diplo.processors.gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO / "corpus" / "events"
GOLD_DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"
HELDOUT = REPO / "tests" / "data" / "heldout_dev.jsonl"
BLIND = REPO / "tests" / "unit" / "processors" / "data" / "blind_check.jsonl"
PIECES = REPO / "tests" / "data" / "article_pieces.jsonl"  # a development check in the corpus format (bench/)
WRITTEN_APART = [REPO / "tests" / "data" / f"written_apart_{part}.jsonl"
                 for part in ("dev", "heldout", "heldout2", "dev2", "heldout3", "dev3", "heldout4", "dev5", "heldout5",
                              "dev6", "heldout6", "dev7", "heldout7")]

ROOTS = [f"{n:02d}" for n in range(1, 21)]
PLOVER_TYPES = ("AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
                "SANCTION MOBILIZE COERCE ASSAULT").split()
MIN_EVENTS = 200
MIN_NO_EVENT_SHARE = 0.15
MIN_COUNTRIES = 120
NGRAM = 8


@lru_cache(maxsize=1)
def corpus() -> tuple[CorpusText, ...]:
    return tuple(read_corpus(corpus_files(CORPUS)))


def valid_corpus() -> tuple[CorpusText, ...]:
    try:
        return corpus()
    except CorpusError as exc:
        pytest.fail(f"the corpus does not validate: {exc}", pytrace=False)


# -- (a) every file validates ----------------------------------------------------------


def test_every_corpus_file_validates() -> None:
    files = corpus_files(CORPUS)
    assert len(files) >= 7 and all(f.suffix == ".jsonl" for f in files)
    texts = valid_corpus()
    assert {t.origin.split(":")[0] for t in texts} == {f.name for f in files}  # every file holds texts
    assert len({t.id for t in texts}) == len(texts)


def test_every_event_span_is_inside_its_text() -> None:
    for t in valid_corpus():
        for e in t.events:
            for span in (e.trigger, e.source, e.target):
                assert span is None or 0 <= span[0] < span[1] <= len(t.text), t.origin
            assert e.source is not None


# -- (b) the size rules ------------------------------------------------------------------


def root_counts() -> Counter:
    return Counter(e.cameo[:2] for t in valid_corpus() for e in t.events)


def plover_counts() -> Counter:
    table = cameo_table()
    return Counter(table[e.cameo].plover_type or "-" for t in valid_corpus() for e in t.events)


def test_at_least_200_events_per_cameo_root() -> None:
    counts = root_counts()
    low = {r: counts.get(r, 0) for r in ROOTS if counts.get(r, 0) < MIN_EVENTS}
    assert not low, f"roots below {MIN_EVENTS} events: {low} (all: {dict(sorted(counts.items()))})"
    assert set(counts) <= set(ROOTS)


def test_at_least_200_events_per_plover_type() -> None:
    counts = plover_counts()
    low = {p: counts.get(p, 0) for p in PLOVER_TYPES if counts.get(p, 0) < MIN_EVENTS}
    assert not low, f"PLOVER types below {MIN_EVENTS} events: {low} (all: {dict(sorted(counts.items()))})"
    assert set(counts) - {"-"} <= set(PLOVER_TYPES)


def test_at_least_15_percent_of_texts_have_no_event() -> None:
    texts = valid_corpus()
    share = sum(1 for t in texts if not t.events) / len(texts)
    assert share >= MIN_NO_EVENT_SHARE, f"{share:.1%} of {len(texts)} texts have no event"


# what news copy is written with; anything else (a drafting marker such as "@@", markup such as "<e>") could
# tell the classifier a text's label instead of its words
_NEWS_PUNCTUATION = frozenset(",.'’‘\"“”-–—$€£¥%()[];:/+#?!&")


def test_texts_hold_only_what_news_copy_is_written_with() -> None:
    odd = {(t.id, ch) for t in valid_corpus() for ch in t.text
           if not (ch.isalnum() or ch.isspace() or ch in _NEWS_PUNCTUATION)}
    assert not odd, sorted(odd)[:10]


def test_a_hash_sign_only_opens_a_hashtag() -> None:
    """ "#" is news punctuation only in a hashtag ("#EndSARS"); alone or doubled it is a drafting marker (157
    negatives of one file once ended in "##": a sign of their label, not of their words)."""
    marked = [t.id for t in valid_corpus() if re.search(r"#(?![A-Za-z0-9])", t.text)]
    assert not marked, marked[:10]


_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w.'’-]*")


def countries_named(text: str) -> set[str]:
    """Countries a text names, by the project's gazetteer: country names (1-4 capitalised words, "the" and a
    possessive 's left off) and demonyms ("Ghanaian")."""
    gaz = load_gazetteer()
    words = [re.sub(r"['’]s$", "", w).rstrip(".") for w in _WORD.findall(text)]
    found = set()
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        for n in range(1, 5):
            phrase = " ".join(words[i : i + n])
            if code := gaz.country(phrase) or (gaz.demonym(phrase) if n <= 2 else None):  # "South African"
                found.add(code)
    return found


def test_the_country_counter_reads_names_demonyms_and_possessives() -> None:
    assert countries_named("Ghana's foreign minister met South African and Ivorian officials in the United States.") \
        == {"GHA", "ZAF", "CIV", "USA"}
    assert countries_named("a turkey and a chad") == set()


def test_at_least_120_countries_are_named() -> None:
    counts = Counter(c for t in valid_corpus() for c in countries_named(t.text))
    assert len(counts) >= MIN_COUNTRIES, f"{len(counts)} countries named: {sorted(counts)}"


def test_many_styles() -> None:
    texts = valid_corpus()
    styles = Counter(t.style for t in texts)
    missing = {s: styles.get(s, 0) for s in STYLES if styles.get(s, 0) < 20}
    assert not missing, f"styles with fewer than 20 texts: {missing}"
    assert max(styles.values()) / len(texts) <= 0.7, styles  # no one style is nearly everything
    with_events = {t.style for t in texts if t.events}
    assert {"wire", "headline", "quote", "passive", "nominal", "long", "nonnative"} <= with_events


def test_every_modality_is_taught() -> None:
    mods = Counter(e.modality for t in valid_corpus() for e in t.events)
    assert set(mods) == {"asserted", "planned", "negated", "hypothetical"}
    assert min(mods.values()) >= 50, mods


# -- (c) no overlap with evaluation text ----------------------------------------------------


def _variants(text: str) -> tuple[list[str], list[str]]:
    """Lower-cased words with punctuation stripped, two ways: deleted ("U.S." -> "us") and split on ("u s")."""
    low = unicodedata.normalize("NFKC", text).lower()
    deleted = "".join(ch for ch in low if not unicodedata.category(ch).startswith("P"))
    spaced = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in low)
    return deleted.split(), spaced.split()


def ngrams(text: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for words in _variants(text):
        out.update(tuple(words[k : k + n]) for k in range(len(words) - n + 1))
    return out


def _strings(value) -> Iterator[str]:
    """Every string in a JSON value (whatever the file's field names, its texts are among them)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def evaluation_ngrams(path: Path) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            for s in _strings(json.loads(line)):
                out |= ngrams(s)
    return out


def overlapping_ids(path: Path) -> list[str]:
    grams = evaluation_ngrams(path)
    assert grams, f"{path.name}: no text of 8 words or more read"
    return sorted(t.id for t in valid_corpus() if ngrams(t.text) & grams)


def test_ngrams_normalise_case_and_punctuation() -> None:
    a = ngrams("The U.S. envoy, on Tuesday, met Ghana's president in Accra for talks.")
    b = ngrams("the u.s. envoy on tuesday met ghanas president in accra for TALKS")
    assert a & b
    assert not ngrams("seven words only in this short one")
    assert len(ngrams("one two three four five six seven eight")) == 1


def _no_overlap(path: Path) -> None:
    ids = overlapping_ids(path)
    if ids:  # ids only: the evaluation sentences must not be printed
        pytest.fail(f"{len(ids)} corpus text(s) share an {NGRAM}-word sequence with {path.name}: {', '.join(ids)}",
                    pytrace=False)


@pytest.mark.skipif(not GOLD_DEV.exists(), reason=f"{GOLD_DEV} is absent (the shared gold set is not part of the "
                    "project; the overlap check runs where it exists)")
def test_no_overlap_with_the_shared_gold_dev_set() -> None:
    _no_overlap(GOLD_DEV)


def test_no_overlap_with_the_heldout_dev_file() -> None:
    _no_overlap(HELDOUT)


def test_no_overlap_with_the_blind_check_file() -> None:
    _no_overlap(BLIND)


def test_no_overlap_with_the_article_pieces() -> None:
    _no_overlap(PIECES)


@pytest.mark.parametrize("path", WRITTEN_APART, ids=lambda p: p.name)
def test_no_overlap_with_the_files_written_apart(path: Path) -> None:
    _no_overlap(path)


def test_no_text_is_repeated_inside_the_corpus_with_small_changes() -> None:
    """Near-duplicates inflate the counts above: no two corpus texts may share a whole first sentence of 12+ words."""
    seen: dict[tuple[str, ...], str] = {}
    clashes = []
    for t in valid_corpus():
        words = _variants(t.text)[0]
        if len(words) < 12:
            continue
        key = tuple(words[:12])
        if key in seen:
            clashes.append((seen[key], t.id))
        seen.setdefault(key, t.id)
    assert len(clashes) <= len(seen) // 100, f"{len(clashes)} texts open with the same 12 words: {clashes[:20]}"


# -- (d) format errors name file:line --------------------------------------------------------

GOOD = {"id": "x-0001", "style": "wire", "text": "Ghana accused Togo of harbouring rebels on Tuesday.",
        "events": [{"trigger": "accused", "source": "Ghana", "target": "Togo", "cameo": "112",
                    "modality": "asserted"}]}


def write_lines(tmp_path: Path, *objs: dict | str) -> Path:
    path = tmp_path / "bad.jsonl"
    path.write_text("".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs), encoding="utf-8")
    return path


def event(**kw) -> dict:
    return {**GOOD, "id": "x-0002", "events": [{**GOOD["events"][0], **kw}]}


def test_a_good_file_reads(tmp_path: Path) -> None:
    (t,) = read_corpus([write_lines(tmp_path, GOOD)])
    assert (t.id, t.style, t.origin) == ("x-0001", "wire", "bad.jsonl:1")
    (e,) = t.events
    assert t.text[slice(*e.trigger)] == "accused" and t.text[slice(*e.source)] == "Ghana"
    assert t.text[slice(*e.target)] == "Togo" and (e.cameo, e.modality) == ("112", "asserted")


@pytest.mark.parametrize(("bad", "words"), [
    (event(cameo="999"), "cameo '999'"),
    (event(cameo="11"), "cameo '11'"),  # a root is not a codable event code
    (event(trigger="condemned"), "trigger 'condemned' occurs 0 time(s)"),
    (event(source="Burkina Faso"), "actor 'Burkina Faso' is not in the text"),
    (event(modality="likely"), "modality 'likely'"),
    ({**GOOD, "id": "x-0002", "style": "blog"}, "style 'blog'"),
    ({**GOOD, "id": "x-0002", "text": "Ghana and Ghana."}, "20 to 1500"),
    ({**GOOD, "id": "x-0002", "events": [{**GOOD["events"][0], "target": "Ghana"}]}, "the same mention"),
    ({**GOOD, "id": "x-0002", "extra": 1}, "id, text, style, events only"),
    ({**GOOD, "id": "x-0002", "events": None}, "events must be a list"),
    ({**GOOD}, "used before"),  # the same id twice
    ({**GOOD, "id": "x-0002"}, "the same text"),
    ("{not json", "not JSON"),
])
def test_a_bad_line_is_a_corpus_error_naming_file_and_line(tmp_path: Path, bad, words: str) -> None:
    path = write_lines(tmp_path, GOOD, bad)
    with pytest.raises(CorpusError) as info:
        list(read_corpus([path]))
    message = str(info.value)
    assert message.startswith("bad.jsonl:2: "), message
    assert words in message and "\n" not in message


def test_a_repeated_trigger_word_needs_its_occurrence_number(tmp_path: Path) -> None:
    text = "Ghana accused Togo of lying, and Togo accused Ghana of harbouring rebels."
    line = {"id": "x-0002", "style": "long", "text": text, "events": [
        {"trigger": "accused", "source": "Ghana", "target": "Togo", "cameo": "112", "modality": "asserted"}]}
    with pytest.raises(CorpusError, match=r"^bad\.jsonl:2: trigger 'accused' occurs 2 times: write accused#N$"):
        list(read_corpus([write_lines(tmp_path, GOOD, line)]))
    line["events"] = [  # once a word repeats, even its first occurrence is numbered
        {"trigger": "accused#1", "source": "Ghana", "target": "Togo", "cameo": "112", "modality": "asserted"},
        {"trigger": "accused#2", "source": "Togo#2", "target": "Ghana#2", "cameo": "112", "modality": "asserted"}]
    _, t = read_corpus([write_lines(tmp_path, GOOD, line)])
    first, second = t.events
    assert first.trigger == (6, 13) and second.trigger == (text.index("accused", 10), text.index("accused", 10) + 7)
    assert second.source == (text.index("Togo", 20), text.index("Togo", 20) + 4)
    line["events"][1]["trigger"] = "accused#3"
    with pytest.raises(CorpusError, match=r"^bad\.jsonl:2: trigger 'accused#3' occurs 2 time"):
        list(read_corpus([write_lines(tmp_path, GOOD, line)]))


def test_the_error_names_the_right_file_among_several(tmp_path: Path) -> None:
    good = tmp_path / "a.jsonl"
    good.write_text(json.dumps(GOOD) + "\n\n", encoding="utf-8")
    bad = tmp_path / "b.jsonl"
    bad.write_text("\n" + json.dumps(event(cameo="000")) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"^b\.jsonl:2: cameo '000'"):
        list(read_corpus(corpus_files(tmp_path)))
