"""Avro container export reads back record for record; GDELT TSV rows have the codebook's 61 typed columns."""

from __future__ import annotations

import io

from fastavro import reader as avro_reader

from diplo.processors.records import DiplomaticEvent
from diplo.streams.storage import Batch, EventFilter, export_avro, export_gdelt, write_batch
from diplo.streams.storage.gdelt import (
    EXTENDED_COLUMNS,
    GDELT_COLUMNS,
    GDELT_FLOAT_COLUMNS,
    GDELT_INT_COLUMNS,
    gdelt_dating,
)

from .support import AZE, RUS, RUS_AMB, RUS_DEF, make_event, seed_events, visit_reports


def check_gdelt_tsv(text: str, expected_rows: int) -> list[dict[str, str]]:
    """Every line has 61 tab-separated cells; integer and float columns parse as such when not empty."""
    lines = text.splitlines()
    assert len(lines) == expected_rows
    rows = []
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == len(GDELT_COLUMNS) == 61
        row = dict(zip(GDELT_COLUMNS, cells, strict=True))
        for name in GDELT_INT_COLUMNS:
            if row[name]:
                int(row[name])
        for name in GDELT_FLOAT_COLUMNS:
            if row[name]:
                float(row[name])
        assert row["GLOBALEVENTID"] and row["EventCode"] and row["NumMentions"] and row["DATEADDED"]
        assert len(row["DATEADDED"]) == 14
        rows.append(row)
    return rows


def test_gdelt_columns_follow_the_codebook():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert "Actor1Geo_ADM2Code" in GDELT_COLUMNS  # new in GDELT 2.0


def test_gdelt_export_one_row_per_cluster(db):
    write_batch(db, Batch(events=seed_events() + visit_reports()), now="2026-11-27T10:11:12.000Z")
    out = io.StringIO()
    assert export_gdelt(db, out) == 6  # the seed article's visit is the one two more articles report
    rows = check_gdelt_tsv(out.getvalue(), 6)
    visit = [r for r in rows if r["NumArticles"] == "3"]
    assert len(visit) == 1
    v = visit[0]
    assert (v["SQLDATE"], v["MonthYear"], v["Year"], v["FractionDate"]) == ("20190507", "201905", "2019", "2019.3452")
    assert (v["Actor1CountryCode"], v["Actor2CountryCode"], v["Actor1Type1Code"]) == ("AZE", "RUS", "MIL")
    assert (v["EventCode"], v["EventBaseCode"], v["EventRootCode"], v["QuadClass"]) == ("042", "042", "04", "1")
    assert (v["NumMentions"], v["DATEADDED"]) == ("3", "20261127101112")
    # dated "2019-03" by the text: GDELT dates it by the article
    partial = [r for r in rows if r["EventCode"] == "061"][0]
    assert (partial["SQLDATE"], partial["MonthYear"], partial["Year"]) == ("20190514", "201905", "2019")
    assert all(r["SQLDATE"] for r in rows), "issue 14: every row has a SQLDATE"


def test_gdelt_export_respects_filters_and_header(db):
    write_batch(db, Batch(events=seed_events()))
    out = io.StringIO()
    assert export_gdelt(db, out, EventFilter(countries=("IRN",)), header=True) == 1
    header, line = out.getvalue().splitlines()
    assert header.split("\t") == list(GDELT_COLUMNS)
    assert line.split("\t")[GDELT_COLUMNS.index("EventCode")] == "046"


def test_avro_export_reads_back_record_for_record(db):
    events = seed_events()
    write_batch(db, Batch(events=events))
    buf = io.BytesIO()
    assert export_avro(db, buf) == len(events)
    buf.seek(0)
    read = avro_reader(buf)
    assert read.writer_schema["name"] == "diplo.DiplomaticEvent"
    back = {r["event_id"]: r for r in read}
    assert back == {e["event_id"]: e for e in events}


def _extended_rows(db, f: EventFilter = EventFilter()) -> list[dict[str, str]]:
    out = io.StringIO()
    export_gdelt(db, out, f, header=True, extended=True)
    header, *lines = out.getvalue().splitlines()
    assert header.split("\t") == list(GDELT_COLUMNS + EXTENDED_COLUMNS)
    return [dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in lines]


def test_gdelt_dates_every_row_and_keeps_the_precision_issue14(db):
    """Issue 14: SQLDATE is the event's day where the text gives one, else the article's; precision kept."""
    write_batch(db, Batch(events=seed_events()))
    rows = {r["EventCode"]: r for r in _extended_rows(db)}
    assert {c: (r["SQLDATE"], r["DiploEventDate"], r["DiploDatePrecision"], r["DiploDateBasis"])
            for c, r in rows.items()} == {
        "010": ("20190514", "2019-05-14", "day", "event"),
        "046": ("20190514", "2019", "year", "article"),
        "061": ("20190514", "2019-03", "month", "article"),
        "042": ("20190507", "2019-05-07", "day", "event"),
        "040": ("20190507", "2019-05-07", "day", "event"),
        "057": ("20190514", "", "none", "article"),
    }


def test_history_told_in_todays_news_is_dated_by_the_article_issue14():
    """1956 in a 2019 article: the event is news of the article's day, marked as history."""
    old = make_event("a", 0, RUS, AZE, event_date="1956", published_at="2019-05-14")
    exact = make_event("a", 1, RUS, AZE, event_date="1988-02-20", published_at="2019-05-14T08:00:00Z")
    recent = make_event("a", 2, RUS, AZE, event_date="2019-04-30", published_at="2019-05-14")
    events = [DiplomaticEvent.from_dict(e) for e in (old, exact, recent)]
    assert [tuple(vars(gdelt_dating(e)).values()) for e in events] == [
        ("2019-05-14", "year", "history"), ("2019-05-14", "day", "history"), ("2019-04-30", "day", "event")]


def test_gdelt_sourceurl_is_the_articles_url_issue14(db):
    with_url = make_event("a1", 0, RUS, AZE, url="https://example.org/news/1")
    without = make_event("a2", 0, AZE, RUS)
    write_batch(db, Batch(events=[with_url, without]))
    assert {r["DiploArticleID"]: r["SOURCEURL"] for r in _extended_rows(db)} == {
        "a1": "https://example.org/news/1", "a2": "a2"}


def test_gdelt_actor_codes_are_in_cameo_form_issue14(db):
    """CAMEO has no DIP or HEAD role and codes the military as MIL: RUSGOVDIP -> RUSGOV, RUSGOVMIL -> RUSMIL."""
    head = {**RUS_AMB, "code": "AZEGOVHEAD", "country": "AZE", "role": "HEAD", "name": "Ilham Aliyev"}
    igo = {"name": "CIS", "code": "IGOCIS", "country": "CIS", "role": "IGO", "entity_type": "ORG"}
    write_batch(db, Batch(events=[make_event("a", 0, RUS_AMB, head, "040", "Consult"),
                                  make_event("a", 1, RUS_DEF, RUS, "042"),
                                  make_event("a", 2, igo, AZE, "010", "Make statement")]))
    rows = _extended_rows(db)
    codes = {(r["Actor1Code"], r["Actor1Type1Code"], r["Actor2Code"], r["Actor2Type1Code"]) for r in rows}
    assert codes == {("RUSGOV", "GOV", "AZEGOV", "GOV"), ("RUSMIL", "MIL", "RUS", ""), ("IGOCIS", "IGO", "AZE", "")}
    assert not any(r[c].endswith(("DIP", "HEAD")) for r in rows for c in ("Actor1Code", "Actor2Code"))


def test_gdelt_counts_only_the_matching_modalities_issue14(db):
    """A planned report in the same cluster as an asserted one neither counts nor represents it."""
    asserted = make_event("a1", 0, RUS, AZE)
    planned = make_event("a0", 0, RUS, AZE, modality="PLANNED")  # same cluster, smaller event id
    write_batch(db, Batch(events=[asserted, planned]))
    [row] = _extended_rows(db, EventFilter(modalities=("ASSERTED",)))
    assert (row["NumMentions"], row["NumArticles"], row["DiploModality"], row["DiploArticleID"]) == (
        "1", "1", "ASSERTED", "a1")
    [both] = _extended_rows(db)
    assert (both["NumMentions"], both["NumArticles"]) == ("2", "2")
