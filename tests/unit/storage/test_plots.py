"""Issue 14 item 5: each plot renders from a small store; the file is a real PNG/SVG and draws what the query says."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import matplotlib.pyplot as plt
import pytest

from diplo.streams import plots
from diplo.streams.cli import main
from diplo.streams.storage import Batch, EventFilter, event_stats, find_events, open_store, write_batch

from .support import AZE, RUS, make_event, seed_events, visit_reports


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def store(tmp_path) -> str:
    path = tmp_path / "plots.sqlite"
    extra = [make_event("later", i, RUS if i % 2 else AZE, AZE if i % 2 else RUS, cameo_code=code, cameo_name="x",
                        event_date=day, published_at=day, goldstein=g)
             for i, (code, day, g) in enumerate([("111", "2019-06-03", -2.0), ("190", "2019-06-20", -10.0),
                                                 ("036", "2019-07-01", 4.0), ("042", "2019-07-09", 1.9)])]
    with open_store(path) as db:
        write_batch(db, Batch(events=seed_events() + visit_reports() + extra))
    return str(path)


def test_time_counts_draw_the_series_of_stats(store):
    with open_store(store) as db:
        data = plots.time_counts(db, "month", "quad")
        series = event_stats(db, "month")
    drawn = [sum(data.counts[g][i] for g in data.groups) for i in range(len(data.buckets))]
    expected = [(r["month"], r["events"]) for r in series if r["dated_to"] == "month"]
    assert [(b, n) for b, n in zip(data.buckets, drawn, strict=True) if n] == expected
    assert data.buckets == ["2019-03", "2019-04", "2019-05", "2019-06", "2019-07"]  # empty months drawn as gaps
    assert data.not_drawn == {"dated only to a year": 1}  # the seed's planned summit, dated "2019"
    figure = plots.draw_time_counts(data)
    heights = [[patch.get_height() for patch in container] for container in figure.axes[0].containers]
    assert [sum(col) for col in zip(*heights, strict=True)] == drawn
    assert "not drawn: 1 event(s) dated only to a year" in [t.get_text() for t in figure.texts]
    plt.close(figure)


def test_dyad_timeline_draws_every_day_dated_event(store):
    with open_store(store) as db:
        data = plots.dyad_timeline(db, "AZE", "RUS")
        rows = find_events(db, EventFilter(dyad=("AZE", "RUS"))) + find_events(db, EventFilter(dyad=("RUS", "AZE")))
    day_dated = [r for r in rows if r["event_day"] and len(r["event_day"]) == 10]
    assert sum(len(p) for p in data.points.values()) == len(day_dated)
    assert data.not_drawn == len(rows) - len(day_dated)
    figure = plots.draw_dyad(data)
    drawn = sorted(y for line in figure.axes[0].get_lines() if not line.get_label().startswith("_")
                   for y in line.get_ydata())
    assert drawn == sorted(float(r["goldstein"]) for r in day_dated)
    plt.close(figure)


def test_country_counts_rank_the_countries(store):
    with open_store(store) as db:
        data = plots.country_counts(db, top=2)
        everything = find_events(db)
    assert sorted(data.countries) == ["AZE", "RUS"]
    counts = {c: sum(1 for r in everything if c in {r["source_country"], r["target_country"]} | {
        p["country"] for p in r["record"]["participants"]}) for c in ("AZE", "RUS", "IRN")}
    assert dict(zip(data.countries, data.events, strict=True)) == {c: counts[c] for c in data.countries}
    assert data.events == sorted(data.events, reverse=True)


@pytest.mark.parametrize("argv", [["time", "--period", "week", "--by", "root"], ["dyad", "AZE", "RUS"],
                                  ["countries", "--top", "5"]])
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plot_command_writes_a_picture(store, tmp_path, capsys, argv, suffix):
    out = tmp_path / f"picture{suffix}"
    assert main(["plot", *argv, "--database", store, "-o", str(out)]) == 0
    assert capsys.readouterr().err.startswith("Drew ")
    data = out.read_bytes()
    assert len(data) > 5000, f"{out} is only {len(data)} bytes"
    if suffix == ".png":
        width, height = _png_size(data)
        assert width >= 600 and height >= 300
    else:
        root = ET.fromstring(data)
        assert root.tag.endswith("svg") and root.get("width", "").endswith("pt")


def test_plot_errors_are_one_line(store, tmp_path, capsys):
    assert main(["plot", "countries", "--database", store, "-o", str(tmp_path / "x.gif")]) == 1
    assert capsys.readouterr().err == f"Error: --output '{tmp_path / 'x.gif'}' must end in .png or .svg\n"
    assert main(["plot", "dyad", "AZE", "Russia", "--database", store, "-o", str(tmp_path / "x.png")]) == 1
    assert capsys.readouterr().err.startswith("Error: --dyad 'AZE Russia' is not a source and a target country code")
