"""DIPLO_MAX_ENTITIES caps the coding work of a long article instead of refusing it (issue 13 item 11)."""

from __future__ import annotations

import pytest

from diplo.processors.doc import ParsedDoc, Span, Tok, first_part
from diplo.processors.extract import TooManyEntitiesError
from diplo.processors.records import Article


def _doc(sentences: list[list[str]]) -> ParsedDoc:
    """Sentences of words; a capitalised word is a one-token entity."""
    tokens, sents, ents, idx = [], [], [], 0
    for s_i, words in enumerate(sentences):
        start = len(tokens)
        for word in words:
            i = len(tokens)
            ent = -1
            if word[0].isupper():
                ent = len(ents)
                ents.append(Span(word, "GPE", i, i + 1, idx, idx + len(word)))
            tokens.append(Tok(i, word, word, "X", "X", "dep", start, idx, s_i, ent, " "))
            idx += len(word) + 1
        sents.append((start, len(tokens)))
    text = " ".join(w for s in sentences for w in s)
    return ParsedDoc(Article(id="a", text=text), tokens, sents, ents)


def test_a_doc_within_the_cap_is_returned_as_it_is() -> None:
    pdoc = _doc([["Kenya", "met", "Uganda"], ["Chile", "left"]])
    assert first_part(pdoc, 3) is pdoc


def test_the_cut_keeps_whole_sentences_naming_at_most_the_cap() -> None:
    pdoc = _doc([["Kenya", "met", "Uganda"], ["Chile", "left"], ["Peru", "and", "Bolivia", "talked"]])
    part = first_part(pdoc, 4)
    assert part.sents == [(0, 3), (3, 5)]
    assert [e.text for e in part.ents] == ["Kenya", "Uganda", "Chile"]
    assert [t.text for t in part.tokens] == ["Kenya", "met", "Uganda", "Chile", "left"]
    assert all(kid < len(part.tokens) for kids in part.children for kid in kids)
    assert first_part(pdoc, 2).sents == [(0, 3)]


def test_no_sentence_fits_when_the_first_names_more_than_the_cap() -> None:
    assert first_part(_doc([["Kenya", "Uganda", "Chile"], ["Peru"]]), 2).sents == []


@pytest.mark.model
def test_a_capped_article_keeps_the_events_of_its_first_part(extractor, seed_article: dict) -> None:
    article = Article(id="seed", text=seed_article["text"], published_at=seed_article["published_at"])
    full = extractor.extract(article)
    extractor.max_entities = 20
    try:
        capped = extractor.extract(article)
        extractor.max_entities = 1
        with pytest.raises(TooManyEntitiesError) as raised:
            extractor.extract(Article(id="list", text="Kenya, Uganda, Chile and Peru.", published_at="2024-01-01"))
    finally:
        extractor.max_entities = 2000
    assert raised.value.reason_code == "too_many_entities"
    assert 0 < len(capped.entities.entities) <= 20 < len(full.entities.entities)
    assert capped.events, "the first part of the seed article has events"
    coded_to = max(e.end for e in capped.entities.entities)
    assert all(article.text.index(e.sentence) < coded_to for e in capped.events), "an event from past the cut"
    assert capped.events == full.events[:len(capped.events)] and len(capped.events) < len(full.events)


def test_pieces_make_up_the_text_and_end_at_line_breaks_or_sentences() -> None:
    from diplo.processors.nlp import pieces

    text = "One two three. Four five six.\nSeven eight nine ten. Eleven twelve.\n" * 7 + "x" * 45
    parts = list(pieces(text, 40))
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 40 for _, p in parts)
    assert [o for o, _ in parts] == [sum(len(p) for _, p in parts[:k]) for k in range(len(parts))]
    assert all(p.endswith(("\n", ". ")) for _, p in parts[:-2]), [p for _, p in parts]


@pytest.mark.model
def test_a_long_article_is_parsed_in_pieces_and_only_up_to_the_cap(extractor, seed_article: dict,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13 item 11: the parse of a long article is bounded by the cap too (memory: one piece at a time)."""
    from diplo.processors import nlp

    text = "\n".join([seed_article["text"]] * 4)
    article = Article(id="long", text=text, published_at=seed_article["published_at"])
    whole = nlp.parse_many(extractor.nlp, [article])[0]
    monkeypatch.setattr(nlp, "LONG_TEXT", len(seed_article["text"]) + 1)  # one copy of the seed per piece
    joined = nlp.parse_many(extractor.nlp, [article])[0]
    assert [(t.text, t.idx, t.head, t.sent, t.ent) for t in joined.tokens] == \
           [(t.text, t.idx, t.head, t.sent, t.ent) for t in whole.tokens]
    assert joined.ents == whole.ents and joined.sents == whole.sents
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in joined.tokens)
    capped = nlp.parse_many(extractor.nlp, [article], max_entities=len(whole.ents) // 4 + 1)[0]
    assert len(capped.ents) == len(whole.ents) // 2, "the parse went on past the piece that passed the cap"
