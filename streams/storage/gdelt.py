"""GDELT 2.0 event table rows (the codebook's 61 tab-separated columns) from diplo's clusters.

One row per cluster: the real-world event with NumMentions / NumArticles,
described by its representative record (the smallest event_id). Columns diplo
has no value for stay empty: religion, ethnic and known-group codes, tone, ADM
codes and FIPS geo country codes (diplo codes ISO alpha-3). Actor codes are in
the CAMEO codebook's form (RUSMIL, RUSGOV), not diplo's (RUSGOVMIL, RUSGOVDIP).

Dates follow GDELT, which dates every event by its article: SQLDATE is the
event's own day when the text gives one (and it is not history, see
``HISTORY_DAYS``), else the article's publication day. The extended form adds
columns that keep what GDELT's layout cannot: diplo's own (possibly partial)
event date, its precision, which date SQLDATE holds, the modality and the
article id.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from diplo.processors.records import Actor, DiplomaticEvent

from .cameo_actors import cameo_actor_code, cameo_role

__all__ = ["GDELT_COLUMNS", "EXTENDED_COLUMNS", "GDELT_INT_COLUMNS", "GDELT_FLOAT_COLUMNS", "HISTORY_DAYS",
           "DatedRow", "gdelt_dating", "gdelt_row", "format_tsv_row"]

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR)
    + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO)
    + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)
assert len(GDELT_COLUMNS) == 61

GDELT_INT_COLUMNS = frozenset(
    {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources",
     "NumArticles", "DATEADDED"} | {f"{p}_Type" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo")})
GDELT_FLOAT_COLUMNS = frozenset(
    {"FractionDate", "GoldsteinScale", "AvgTone"}
    | {f"{p}_{c}" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in ("Lat", "Long")})


# diplo's additions after the 61 GDELT columns (``diplo export -f gdelt --extended``)
EXTENDED_COLUMNS: tuple[str, ...] = ("DiploEventDate", "DiploDatePrecision", "DiploDateBasis", "DiploModality",
                                     "DiploArticleID")

# an event dated more than this many days before its article is history told in today's news:
# GDELT would date it by the article, and so does the export (DiploDateBasis says "history")
HISTORY_DAYS = 366


@dataclass(frozen=True)
class DatedRow:
    """Which day SQLDATE holds, and why: the basis is event, article (no day in the text) or history."""

    day: str | None
    precision: str  # day, month, year or none: how precisely the text dated the event
    basis: str  # event, article or history


def _precision(event_date: str | None) -> str:
    if not event_date:
        return "none"
    return {4: "year", 7: "month"}.get(len(event_date[:10]), "day")


def _iso_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _period_end(partial: str) -> dt.date | None:
    """The last day of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    try:
        if len(partial) >= 10:
            return dt.date.fromisoformat(partial[:10])
        year = int(partial[:4])
        if len(partial) >= 7:
            month = int(partial[5:7])
            return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31)
    except ValueError:
        return None


def gdelt_dating(event: DiplomaticEvent) -> DatedRow:
    """The day of a record's GDELT row: its own day if the text gave one, else its article's (as GDELT does)."""
    event_date, published = event.event_date, _iso_day(event.published_at)
    precision = _precision(event_date)
    end = _period_end(event_date) if event_date else None
    if published is not None and end is not None and (published - end).days > HISTORY_DAYS:
        return DatedRow(published.isoformat(), precision, "history")
    if precision == "day" and event_date is not None and _iso_day(event_date) is not None:
        return DatedRow(event_date[:10], precision, "event")
    return DatedRow(published.isoformat() if published else None, precision, "article")


def _dates(day: str | None) -> dict[str, Any]:
    """SQLDATE / MonthYear / Year / FractionDate of an ISO day."""
    date = _iso_day(day)
    if date is None:
        return {}
    return {"SQLDATE": int(date.strftime("%Y%m%d")), "MonthYear": date.year * 100 + date.month, "Year": date.year,
            "FractionDate": round(date.year + (date.timetuple().tm_yday - 1) / 365.0, 4)}  # GDELT's YYYY.FFFF


def _date_added(stamp: str | None) -> int | None:
    """YYYYMMDDHHMMSS (UTC) of an ISO timestamp."""
    if not stamp:
        return None
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    return int(when.strftime("%Y%m%d%H%M%S"))


def _actor(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {}
    return {f"{prefix}Code": cameo_actor_code(actor), f"{prefix}Name": actor.name,
            f"{prefix}CountryCode": actor.country, f"{prefix}Type1Code": cameo_role(actor.role)}


def gdelt_row(cluster: dict[str, Any], event: DiplomaticEvent) -> dict[str, Any]:
    """The GDELT columns (and diplo's extended ones) of one cluster row and its representative record."""
    code = event.cameo_code
    dating = gdelt_dating(event)
    row: dict[str, Any] = {
        "GLOBALEVENTID": int(cluster["cluster_id"]),
        **_dates(dating.day),
        **_actor("Actor1", event.source),
        **_actor("Actor2", event.target),
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": event.cameo_root,
        "QuadClass": int(event.quad_class),
        "GoldsteinScale": float(event.goldstein),
        "NumMentions": int(cluster["num_mentions"]),
        "NumArticles": int(cluster["num_articles"]),
        "DATEADDED": _date_added(cluster.get("added_at")),
        "SOURCEURL": event.url or event.article_id,  # GDELT cites the article when there is no URL
        "DiploEventDate": event.event_date,
        "DiploDatePrecision": dating.precision,
        "DiploDateBasis": dating.basis,
        "DiploModality": event.modality,
        "DiploArticleID": event.article_id,
    }
    location = event.location
    if location is not None:
        row.update({"ActionGeo_FullName": location.name, "ActionGeo_Lat": location.lat,
                    "ActionGeo_Long": location.lon})
    return row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if value != int(value) or abs(value) >= 1e15 else f"{value:.1f}"
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def format_tsv_row(row: dict[str, Any], extended: bool = False) -> str:
    """One tab-separated line in GDELT column order (then diplo's extended ones), empty where there is no value."""
    columns = GDELT_COLUMNS + EXTENDED_COLUMNS if extended else GDELT_COLUMNS
    return "\t".join(_cell(row.get(name)) for name in columns) + "\n"
