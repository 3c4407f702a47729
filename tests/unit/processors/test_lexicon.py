"""The rules' data files: word lists in ``data/lexicon.json`` and the validated trigger table."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from diplo.processors import actors, coder, events, modality
from diplo.processors.errors import DiploError
from diplo.processors.events import (
    Trigger,
    TriggerTableError,
    build_trigger_table,
    load_triggers,
    parse_trigger_row,
)
from diplo.processors.gazetteer import load_lexicon

CODES = frozenset(("040", "042", "036", "190"))  # a stand-in CAMEO table: no package data needed
# how the code reads a lexicon key: _LEX["key"], lex["key"], load_lexicon()["key"], self.lex["key"]
_KEY_READ = re.compile(r"""(?:_LEX|\blex|load_lexicon\(\))\[["']([a-z_]+)["']\]""")


def _row(**fields: str) -> dict[str, str]:
    """A trigger-table row as csv.DictReader gives it, with a valid default for every column."""
    row = {"lemma": "meet", "pos": "VERB", "cameo": "040", "sym": "1", "requires": "", "options": ""}
    row.update(fields)
    return row


# ---- the shipped files ----


def test_shipped_trigger_table_loads_and_every_code_is_known():
    from diplo.processors.cameo import cameo_table

    table = load_triggers()
    rules = [r for rs in table.values() for r in rs]
    assert len(rules) > 100
    assert all(r.cameo in cameo_table() for r in rules)
    assert all(r.pos in ("VERB", "NOUN") for r in rules)


def test_shipped_lexicon_loads_as_lower_case_word_lists_and_tables():
    lex = load_lexicon()
    assert len(lex) > 30
    for key, words in lex.items():
        assert words, key
        assert all(w == w.lower() and w.strip() == w for w in words), key  # a dict's keys are its words


def test_every_lexicon_key_the_code_reads_exists():
    lex = load_lexicon()
    package = Path(resources.files("diplo.processors"))  # type: ignore[arg-type]  # a plain directory here
    read: dict[str, str] = {}
    for path in sorted(package.rglob("*.py")):
        for key in _KEY_READ.findall(path.read_text("utf-8")):
            read.setdefault(key, path.name)
    assert {"speech_verbs", "future_auxiliaries", "hypothetical_auxiliaries", "light_verbs"} <= set(read)
    missing = {k: where for k, where in read.items() if k not in lex}
    assert not missing, f"lexicon keys read but not in lexicon.json: {missing}"


def test_speech_verbs_and_auxiliaries_are_one_list_each():
    lex = load_lexicon()
    assert events._SPEECH_VERBS is modality._SPEECH is actors._SPEECH_VERBS is lex["speech_verbs"]
    assert modality._FUTURE_AUX is lex["future_auxiliaries"]
    assert modality._HYPO_AUX is lex["hypothetical_auxiliaries"]
    assert events.refused_in_future is modality.refused_in_future and lex["future_auxiliaries"] <= modality.REFUSAL_AUX
    assert lex["future_auxiliaries"] <= events._MODAL_AUX
    assert lex["hypothetical_auxiliaries"] <= events._MODAL_AUX
    assert not lex["future_auxiliaries"] & lex["hypothetical_auxiliaries"]  # "would" is hypothetical, not future
    assert coder._BARE_APPEALS is lex["bare_appeal_verbs"]


def test_light_verbs_key_read_by_the_candidates_stage_keeps_its_words():
    light = load_lexicon()["light_verbs"]
    assert {"hold", "sign", "impose", "lodge", "launch"} <= light


# ---- row parsing, on rows built here ----


def test_a_valid_row_parses_with_requires_and_options():
    trig = parse_trigger_row(_row(requires="prt:up|off", options="xcomp=036;actor_object;head=hold|have"), 5, CODES)
    assert trig == Trigger("meet", "VERB", "040", True, ("prt", frozenset({"up", "off"})),
                           frozenset({"xcomp=036", "actor_object", "head=hold|have"}))
    assert trig.option("head") == "hold|have" and trig.option("actor_object") == "actor_object"


def test_a_comment_row_is_skipped():
    assert parse_trigger_row({"lemma": "# 04 consult", "pos": None}, 3, CODES) is None


@pytest.mark.parametrize("fields, offending", [
    ({"options": "intent;targetless"}, "targetless"),
    ({"options": "untargeted=999"}, "999"),
    ({"options": "xcomp="}, "xcomp="),
    ({"options": "modal=will"}, "modal=will"),
    ({"options": "recipient=to|for"}, "to|for"),
    ({"options": "head=hold||have"}, "hold||have"),
    ({"cameo": "0401"}, "0401"),
    ({"pos": "ADJ"}, "ADJ"),
    ({"sym": "yes"}, "yes"),
    ({"requires": "dobj"}, "dobj"),
    ({"requires": "dobj:"}, "dobj:"),
    ({"requires": "dobj:talks||visit"}, "talks||visit"),
    ({"requires": "subject:talks"}, "subject"),
    ({"lemma": "Meet"}, "Meet"),
    ({"lemma": "take part"}, "take part"),
])
def test_a_bad_row_raises_naming_its_line_and_value(fields, offending):
    with pytest.raises(TriggerTableError) as err:
        parse_trigger_row(_row(**fields), 17, CODES)
    message = str(err.value)
    assert isinstance(err.value, DiploError) and err.value.reason_code == "invalid_trigger_table"
    assert "line 17" in message and offending in message and "\n" not in message


def test_a_row_with_missing_or_extra_columns_raises():
    short = {"lemma": "meet", "pos": "VERB", "cameo": None, "sym": None, "requires": None, "options": None}
    long = {**_row(), None: ["extra"]}
    for row in (short, long):
        with pytest.raises(TriggerTableError, match="line 4 "):
            parse_trigger_row(row, 4, CODES)  # type: ignore[arg-type]  # the ill-formed rows under test


def test_the_table_numbers_rows_as_file_lines_and_keeps_their_order():
    rows = [{"lemma": "# 04 consult"}, _row(), _row(cameo="042", options="nothead=in"), _row(options="bogus")]
    with pytest.raises(TriggerTableError, match=r"line 5 \(meet/VERB\): unknown option 'bogus'"):
        build_trigger_table(rows, CODES)
    table = build_trigger_table(rows[:3], CODES)
    assert [r.cameo for r in table[("meet", "VERB")]] == ["040", "042"]
