"""Issue 14 item 3: `diplo stats --by day|week|month` in time order, partial dates in labelled buckets."""

from __future__ import annotations

import csv
import io
import json

from diplo.streams.cli import main
from diplo.streams.storage import Batch, EventFilter, open_store, write_batch
from diplo.streams.storage.timeseries import bucket_of, event_series

from .support import AZE, RUS, make_event


def _events() -> list[dict]:
    dates = ["2019-05-14", "2019-05-02", "2019-05", "2019-04-30", "2019", None, "2019-05-14", "2018-12-31"]
    return [make_event(f"a{i % 3}", i, RUS if i % 2 else AZE, AZE if i % 2 else RUS, event_date=d,
                       published_at=None if d is None else "2019-05-14", cameo_code="042" if i < 5 else "111",
                       cameo_name="x") for i, d in enumerate(dates)]


def test_buckets_label_partial_dates_and_sort_after_their_period():
    assert bucket_of("2019-05-14", "day").label == "2019-05-14"
    assert bucket_of("2019-05-14", "week").label == "2019-W20"
    assert bucket_of("2018-12-31", "week").label == "2019-W01"  # ISO week-year
    assert bucket_of("2019-05", "day").label == "2019-05 (month only)"
    assert bucket_of("2019-05", "week").label == "2019-05 (month only)"
    assert bucket_of("2019-05", "month").label == "2019-05"
    assert bucket_of("2019", "month").label == "2019 (year only)"
    assert bucket_of(None, "day").label == "undated"
    assert bucket_of("2019-05-31", "day") < bucket_of("2019-05", "day") < bucket_of("2019-06-01", "day")


def test_series_by_day_is_in_time_order_and_never_mixes_precisions(db):
    write_batch(db, Batch(events=_events()))
    assert [(r["day"], r["dated_to"], r["events"]) for r in event_series(db, "day")] == [
        ("2018-12-31", "day", 1), ("2019-04-30", "day", 1), ("2019-05-02", "day", 1), ("2019-05-14", "day", 2),
        ("2019-05 (month only)", "month", 1), ("2019 (year only)", "year", 1), ("undated", "none", 1)]


def test_series_by_week_and_month(db):
    write_batch(db, Batch(events=_events()))
    assert [(r["week"], r["events"], r["articles"]) for r in event_series(db, "week")] == [
        ("2019-W01", 1, 1), ("2019-W18", 2, 2), ("2019-W20", 2, 1), ("2019-05 (month only)", 1, 1),
        ("2019 (year only)", 1, 1), ("undated", 1, 1)]
    # by month a month-only date is exact: it joins its month
    assert [(r["month"], r["dated_to"], r["events"]) for r in event_series(db, "month")] == [
        ("2018-12", "month", 1), ("2019-04", "month", 1), ("2019-05", "month", 4), ("2019 (year only)", "year", 1),
        ("undated", "none", 1)]


def test_series_filters_by_dyad_and_quad(db):
    write_batch(db, Batch(events=_events()))
    rows = event_series(db, "month", EventFilter(dyad=("RUS", "AZE"), quad_classes=(3,)))
    assert [(r["month"], r["events"]) for r in rows] == [("2018-12", 1), ("undated", 1)]


def test_stats_cli_writes_table_csv_and_json(tmp_path, capsys):
    path = tmp_path / "s.sqlite"
    with open_store(path) as db:
        write_batch(db, Batch(events=_events()))
    assert main(["stats", "--database", str(path), "--by", "month", "-f", "csv", "--dyad", "AZE", "RUS"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["month"], r["dated_to"], r["events"]) for r in rows] == [
        ("2019-05", "month", "3"), ("2019 (year only)", "year", "1")]
    assert main(["stats", "--database", str(path), "--by", "week", "-f", "json", "--root", "11"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["week"] for line in lines] == ["2019-W01", "2019-W20", "undated"]
    assert main(["stats", "--database", str(path), "--by", "day", "--quad", "1"]) == 0
    table = capsys.readouterr().out
    assert "2019-05 (month only)" in table and table.index("2019-05-02") < table.index("2019-05 (month only)")
