"""Avro container export reads back record for record; GDELT TSV rows have the codebook's 61 typed columns."""

from __future__ import annotations

import io

from fastavro import reader as avro_reader

from diplo.streams.storage import Batch, EventFilter, export_avro, export_gdelt, write_batch
from diplo.streams.storage.gdelt import GDELT_COLUMNS, GDELT_FLOAT_COLUMNS, GDELT_INT_COLUMNS

from .support import seed_events, visit_reports


def check_gdelt_tsv(text: str, expected_rows: int) -> list[dict[str, str]]:
    """Every line has 61 tab-separated cells; integer and float columns parse as such when not empty."""
    lines = text.splitlines()
    assert len(lines) == expected_rows
    rows = []
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == len(GDELT_COLUMNS) == 61
        row = dict(zip(GDELT_COLUMNS, cells))
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
    partial = [r for r in rows if r["EventCode"] == "061"][0]
    assert (partial["SQLDATE"], partial["MonthYear"], partial["Year"]) == ("", "201903", "2019")


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
