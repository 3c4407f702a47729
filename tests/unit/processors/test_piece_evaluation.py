"""Scoring whole articles labelled piece by piece: grouping by dateline, placing events, matching labels."""

from __future__ import annotations

from types import SimpleNamespace

from diplo.processors.coding.corpus import CorpusText, LabelledEvent
from diplo.processors.piece_evaluation import (
    articles,
    as_article,
    events_by_piece,
    names_match,
    score_articles,
    score_pieces,
)


def piece(id_: str, text: str, *events: tuple[str, str, str | None, str]) -> CorpusText:
    """A piece with labels (trigger, source, target, cameo), spans found in its text."""
    def span(word: str | None) -> tuple[int, int] | None:
        return None if word is None else (text.index(word), text.index(word) + len(word))
    labels = tuple(LabelledEvent(span(t), span(s), span(g), c, "asserted") for t, s, g, c in events)
    return CorpusText(id_, text, "wire", labels, "test")


def event(code: str, trigger: str, source: str, target: str | None, sentence: str, clause: bool = False):
    return SimpleNamespace(cameo_root=code[:2], cameo_code=code, trigger=trigger, sentence=sentence,
                           source=SimpleNamespace(name=source),
                           target=SimpleNamespace(name=target) if target else None,
                           why=["candidates:clause"] if clause else ["candidates:trigger table"])


LEAD = piece("a-1", "ACCRA, May 2 (Reuters) - Ghana expelled two Togolese diplomats on Monday.",
             ("expelled", "Ghana", "two Togolese diplomats", "166"))
QUOTE = piece("a-2", "\"We will respond,\" a Togolese minister said.")
NEXT = piece("b-1", "LOME, May 3 - Togo urged the two sides to talk.", ("urged", "Togo", "the two sides", "025"))


def test_a_dateline_opens_an_article_and_pieces_join_as_paragraphs() -> None:
    grouped = articles([LEAD, QUOTE, NEXT])
    assert [[p.id for p in g] for g in grouped] == [["a-1", "a-2"], ["b-1"]]
    article = as_article(grouped[0], "2026-06-01")
    assert article.id == "a-1" and article.text == LEAD.text + "\n\n" + QUOTE.text


def test_an_event_is_placed_in_the_piece_of_its_sentence() -> None:
    result = SimpleNamespace(events=[event("130", "respond", "Togo", None, QUOTE.text),
                                     event("166", "expelled", "Ghana", "Togo", LEAD.text)])
    placed = events_by_piece([LEAD, QUOTE], result)
    assert [[e.trigger for e in evs] for evs in placed] == [["expelled"], ["respond"]]


def test_events_match_by_root_and_trigger_or_source_and_a_label_may_stand_for_several() -> None:
    predicted = [[event("166", "expelled", "Ghana", "Togo", LEAD.text)],
                 [event("130", "respond", "Togo", None, QUOTE.text, clause=True)],
                 [event("025", "urged", "Togo", "Ghana", NEXT.text), event("025", "urged", "Togo", "Benin", NEXT.text)]]
    figures = score_pieces([LEAD, QUOTE, NEXT], predicted)
    assert (figures["matched"], figures["false"], figures["labelled"]) == (2, 1, 2)
    assert figures["paths"]["rules"]["more"] == 1  # the appeal to each of "the two sides"
    assert figures["paths"]["classifier"]["false"] == 1
    assert figures["paths"]["rules"]["actors"] == 1  # the expulsion's ("Togo" inside "Togolese"), not the appeal's
    wrong_root = [[event("111", "expelled", "Ghana", "Togo", LEAD.text)], [], []]
    assert score_pieces([LEAD, QUOTE, NEXT], wrong_root)["matched"] == 0


def test_false_events_in_history_pieces_with_no_label_are_counted_apart() -> None:
    # the corpus rules label history no event, the gold convention codes it: the figure says how much of the false
    # events that is, and the precision without them
    history = CorpusText("a-3", "Ghana expelled a Togolese envoy in 2019.", "history", (), "test")
    predicted = [[event("166", "expelled", "Ghana", "Togo", LEAD.text)],
                 [event("130", "respond", "Togo", None, QUOTE.text)],
                 [event("166", "expelled", "Ghana", "Togo", history.text)]]
    figures = score_pieces([LEAD, QUOTE, history], predicted)
    assert (figures["matched"], figures["false"], figures["false_in_history"]) == (1, 2, 1)
    assert figures["precision"] == 0.333 and figures["precision_without_history"] == 0.5


def test_a_name_stands_for_a_mention_inside_it_or_sharing_a_content_word() -> None:
    assert names_match("Ghana", "Ghana's foreign minister")
    assert names_match("Togo police", "the police")
    assert not names_match("Ghana", "the two sides")
    assert not names_match(None, "Ghana")


def test_each_article_is_extracted_once_and_scored_piece_by_piece() -> None:
    seen = []

    def extract_many(batch):
        seen.extend(a.id for a in batch)
        return [SimpleNamespace(events=[event("166", "expelled", "Ghana", "Togo", LEAD.text)] if a.id == "a-1"
                                else []) for a in batch]

    figures = score_articles([LEAD, QUOTE, NEXT], extract_many)
    assert seen == ["a-1", "b-1"]
    assert (figures["articles"], figures["matched"], figures["false"], figures["labelled"]) == (2, 1, 0, 2)
