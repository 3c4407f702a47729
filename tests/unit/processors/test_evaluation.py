"""Scoring rules of `diplo eval` (gold README): entity normalisation, event matching, modality, no-event articles;
the kinds of unmatched events (bench/error_kinds.py)."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

import pytest

from diplo.processors.error_kinds import error_kinds
from diplo.processors.evaluation import GoldArticle, GoldError, evaluate, load_gold, max_matching, norm_entity
from diplo.processors.miss_stages import MISS_STAGES, Reading, miss_stage
from diplo.processors.records import Actor, Article, ArticleEntities, DiplomaticEvent, Entity, ExtractionResult


def actor(country, role=None):
    return Actor(name=country, code=country, country=country, role=role, entity_type="GPE")


def event(root, src, tgt, modality="ASSERTED", code=None, parts=None):
    s, t = actor(src), actor(tgt) if tgt else None
    return DiplomaticEvent(
        event_id="x", article_id="a", published_at=None, sentence="", source=s, target=t,
        participants=parts or [s] + ([t] if t else []), cameo_code=code or root + "0", cameo_root=root,
        cameo_name="", quad_class=1, goldstein=0.0, plover_type=None, modality=modality, event_date=None,
        date_text=None, location=None, amount=None, trigger="", confidence=0.5, extractor_version="v",
    )


def gold_line(aid, events, entities=()):
    return {"id": aid, "text": "some text", "published_at": "2024-01-02", "entities": list(entities),
            "events": events}


def gev(root, src, tgt, modality="asserted", parts=None, code=None):
    return {"cameo_root": root, "cameo": code or root + "0", "source": src, "target": tgt,
            "participants": parts or [src, tgt], "modality": modality}


def result(aid, events, entities=()):
    return ExtractionResult(aid, ArticleEntities(aid, None, list(entities)), list(events))


@pytest.fixture
def write_gold(tmp_path):
    def write(lines):
        path = tmp_path / "gold.jsonl"
        path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
        return load_gold(path)

    return write


def test_norm_entity_drops_leading_the_and_trailing_possessive():
    assert norm_entity("The Kremlin's") == "kremlin"
    assert norm_entity("Azerbaijan’s") == "azerbaijan"


def test_entity_scores_per_label_on_distinct_pairs(write_gold):
    gold = write_gold([gold_line("a", [], [{"text": "the OSCE", "label": "ORG"}, {"text": "Baku", "label": "GPE"},
                                           {"text": "Monday", "label": "DATE"}])])
    pred = result("a", [], [Entity("OSCE", "ORG", 0, 4), Entity("OSCE", "ORG", 9, 13), Entity("Baku", "ORG", 5, 9)])
    report = evaluate(gold, [pred])
    assert (report.entities["ALL"].tp, report.entities["ALL"].fp, report.entities["ALL"].fn) == (1, 1, 1)
    assert report.entities["GPE"].recall == 0.0 and report.entities["ORG"].precision == 0.5


def test_event_matching_rules(write_gold):
    gold = write_gold([gold_line("a", [
        gev("04", "TUR", "GRC"),                                  # symmetric root: either order
        gev("11", "ARM", "AZE"),                                  # directed root: order matters
        gev("04", "RUS", None, "planned", ["RUS", "AZE", "IRN"]),  # multilateral: both must be participants
    ])])
    pred = result("a", [event("04", "GRC", "TUR"), event("11", "AZE", "ARM"), event("04", "AZE", "IRN", "PLANNED")])
    report = evaluate(gold, [pred])
    assert (report.events.tp, report.events.fp, report.events.fn) == (2, 1, 1)
    assert report.roots["11"].fn == 1 and report.roots["11"].fp == 1
    assert report.modality_correct == report.modality_total == 2


def test_one_prediction_matches_one_gold_and_matching_is_maximum(write_gold):
    gold = write_gold([gold_line("a", [gev("04", "RUS", "AZE", "planned"), gev("04", "RUS", "AZE")])])
    report = evaluate(gold, [result("a", [event("04", "AZE", "RUS")])])
    assert (report.events.tp, report.events.fn) == (1, 1)
    assert report.modality_correct == 1  # the asserted prediction is paired with the asserted gold event


def test_false_events_on_articles_without_gold_events(write_gold):
    gold = write_gold([gold_line("sport", [])])
    report = evaluate(gold, [result("sport", [event("19", "JPN", "IRN")])])
    assert report.no_event_articles == 1 and report.false_events_on_no_event_articles == 1
    assert report.as_dict()["events"]["fp"] == 1


def test_bad_gold_files_raise_one_line_errors(tmp_path):
    with pytest.raises(GoldError, match="cannot read gold file"):
        load_gold(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad.jsonl:1: a gold line needs 'entities' and 'events' lists"):
        load_gold(bad)


def test_eval_command_registers_with_help_and_reports_errors(tmp_path, capsys):
    from diplo.streams.cli import evaluate as cli

    parser = argparse.ArgumentParser(prog="diplo")
    sub = parser.add_subparsers()
    cli.register(sub)
    with pytest.raises(SystemExit):
        parser.parse_args(["eval", "--help"])
    out = capsys.readouterr().out
    assert "--baseline" in out and "--json" in out and "DIPLO_MODEL" in out
    args = parser.parse_args(["eval", str(tmp_path / "nope.jsonl")])
    with pytest.raises(GoldError):
        cli.run(args)


@pytest.mark.model
def test_eval_command_json_output(tmp_path, capsys):
    from diplo.streams.cli import evaluate as cli

    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({
        "id": "g1", "published_at": "2024-01-02", "text": "Chile's Foreign Minister Ana Soto met Peruvian officials.",
        "entities": [{"text": "Chile", "label": "GPE"}, {"text": "Ana Soto", "label": "PERSON"},
                     {"text": "Peruvian", "label": "NORP"}],
        "events": [gev("04", "CHL", "PER")],
    }) + "\n", encoding="utf-8")
    parser = argparse.ArgumentParser(prog="diplo")
    cli.register(parser.add_subparsers())
    assert cli.run(parser.parse_args(["eval", str(gold), "--json"])) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["events"]["tp"] == 1 and figures["entities"]["ALL"]["f1"] == 1.0


def test_the_baseline_dictionary_has_trigger_words_but_no_speech_verbs() -> None:
    # a dictionary coder fires on any sentence with the word: "said" (a trigger only through "X must ...")
    # would make it code every quote
    from diplo.processors.baseline import BaselineCoder
    from diplo.processors.gazetteer import load_gazetteer
    lemmas = BaselineCoder(load_gazetteer(), "t").lemmas
    assert lemmas["meet"].startswith("04") and lemmas["accuse"].startswith("11")
    assert "say" not in lemmas and "insist" not in lemmas and "claim" not in lemmas


# -- kinds of unmatched events (bench/error_kinds.py): the act found with wrong parties, the parties with a wrong
# act, an event nobody coded; misses in sentences diplo told something of, or none

FIRST = "Ghana accused Togo of backing the rebels on Monday."
SECOND = "Togo denied it and recalled its ambassador."


def told(root, src, tgt, sentence, clause=False):
    return replace(event(root, src, tgt), sentence=sentence, why=["candidates:clause" if clause else "candidates:x"])


def gold(*events):
    return GoldArticle(Article(id="a", text=f"{FIRST} {SECOND}"), [], list(events))


def with_evidence(gold_event, evidence):
    return {**gold_event, "evidence": evidence}


def test_a_false_event_with_a_missed_root_in_its_sentence_is_a_party_error():
    g = gold(with_evidence(gev("11", "GHA", "TGO"), "Ghana accused Togo"))
    counts = error_kinds(g, result("a", [told("11", "GHA", "BEN", FIRST, clause=True)]))
    assert counts["false party"] == 1 and counts["false party clause"] == 1 and counts["false party rules"] == 0
    assert counts["missed in a told sentence"] == 1 and counts["missed in a silent sentence"] == 0


def test_a_false_event_with_the_missed_countries_is_a_root_error_and_elsewhere_an_extra():
    g = gold(with_evidence(gev("11", "GHA", "TGO"), "Ghana accused Togo"))
    root = error_kinds(g, result("a", [told("12", "TGO", "GHA", FIRST)]))
    assert (root["false root"], root["false root rules"], root["false party"]) == (1, 1, 0)
    # the same event in another sentence says nothing of the missed one there: an extra, the miss silent
    extra = error_kinds(g, result("a", [told("11", "GHA", "BEN", SECOND)]))
    assert (extra["false extra"], extra["false party"], extra["missed in a silent sentence"]) == (1, 0, 1)


def test_matched_events_are_no_errors():
    g = gold(with_evidence(gev("11", "GHA", "TGO"), "Ghana accused Togo"),
             with_evidence(gev("16", "TGO", "GHA"), "recalled its ambassador"))
    counts = error_kinds(g, result("a", [told("11", "GHA", "TGO", FIRST), told("16", "TGO", "GHA", SECOND)]))
    assert sum(counts.values()) == 0


def test_a_gold_event_without_evidence_is_in_no_sentence():
    counts = error_kinds(gold(gev("11", "GHA", "TGO")), result("a", [told("11", "GHA", "BEN", FIRST)]))
    assert (counts["false extra"], counts["missed in a silent sentence"]) == (1, 1)


# -- the stage that lost a missed event (bench/miss_stages.py): no reading inside its evidence, a party not read,
# another root, under the threshold, or dropped after all of it was read

TEXT = f"{FIRST} {SECOND}"
ACCUSED = TEXT.index("accused")


def reading(sources, targets, root="11", probability=0.9, offset=ACCUSED):
    return Reading(offset, frozenset(sources), frozenset(targets), root, probability)


@pytest.mark.parametrize(("readings", "stage"), [
    ([], "no reading"),
    ([reading(["GHA"], ["TGO"], offset=TEXT.index("recalled"))], "no reading"),  # outside the quote
    ([reading(["BEN"], ["TGO"])], "another source"),
    ([reading(["TGO"], ["GHA"])], "sides swapped"),
    ([reading([None], ["TGO"]), reading([], [])], "source of no country"),
    ([reading(["GHA"], [])], "act read, no target"),
    ([reading(["GHA"], [], probability=0.3)], "no target read"),
    ([reading(["GHA"], [], root="12")], "no target read"),
    ([reading(["GHA"], ["BEN"]), reading(["GHA"], [None])], "target read otherwise"),
    ([reading(["GHA"], ["BEN"]), reading(["GHA"], [])], "act read, no target"),
    ([reading(["GHA"], ["TGO"], root="12")], "root not read"),
    ([reading(["GHA"], ["TGO"], probability=0.3)], "below the threshold"),
    ([reading(["GHA"], ["TGO"], probability=0.3), reading(["GHA"], ["TGO"], probability=0.5)],
     "dropped after reading"),
])
def test_the_stage_that_lost_a_missed_event(readings, stage):
    missed = with_evidence(gev("11", "GHA", "TGO"), "Ghana accused Togo")
    assert miss_stage(missed, TEXT, readings, emit=0.4) == stage


def test_stages_compare_parties_as_the_evaluation_does():
    # a meeting is read in either order; a target-null event is read by a clause with no target
    met = with_evidence(gev("04", "GHA", "TGO"), "Ghana accused Togo")
    assert miss_stage(met, TEXT, [reading(["TGO"], ["GHA"], root="04")], emit=0.4) == "dropped after reading"
    assert miss_stage(with_evidence(gev("11", "GHA", "TGO"), "Ghana accused Togo"), TEXT,
                      [reading(["TGO"], ["GHA"])], emit=0.4) == "sides swapped"
    alone = with_evidence(gev("11", "GHA", None), "Ghana accused Togo")
    assert miss_stage(alone, TEXT, [reading(["GHA"], [])], emit=0.4) == "dropped after reading"
    assert miss_stage(alone, TEXT, [reading(["GHA"], ["TGO"])], emit=0.4) == "target read otherwise"
    # a gathering of more than two: any participant on each side
    summit = {**with_evidence(gev("04", "GHA", None), "Ghana accused Togo"), "participants": ["GHA", "TGO", "BEN"]}
    assert miss_stage(summit, TEXT, [reading(["BEN"], ["TGO"], root="04")], emit=0.4) == "dropped after reading"


def test_a_quote_not_in_the_text_is_a_gold_slip():
    missed = with_evidence(gev("11", "GHA", "TGO"), "Ghana blamed Togo")
    assert miss_stage(missed, TEXT, [reading(["GHA"], ["TGO"])], emit=0.4) == "evidence not found"
    assert set(MISS_STAGES) >= {"evidence not found", "no reading", "dropped after reading"}


def test_matching_by_sentence_gives_a_prediction_to_the_gold_event_told_where_it_is():
    # two charges by Ghana against Togo, one prediction in the second sentence: eval counts one match either way,
    # the diagnosis of the miss needs the right one missed (the first, which diplo did not read)
    first = with_evidence(gev("11", "GHA", "TGO"), "Ghana accused Togo")
    second = with_evidence(gev("11", "GHA", "TGO"), "Togo denied it")
    pred = [told("11", "GHA", "TGO", SECOND)]
    assert max_matching([first, second], pred) == {0: 0}
    assert max_matching([first, second], pred, by_sentence=True) == {1: 0}
    # and stays maximum: a prediction elsewhere still matches whatever is left
    assert len(max_matching([first, second], pred + [told("11", "GHA", "TGO", FIRST)], by_sentence=True)) == 2
