"""GDELT 2.0 event table rows (the codebook's 61 tab-separated columns) from diplo's clusters.

One row per cluster: the real-world event with NumMentions / NumArticles,
described by its representative record (the smallest event_id). Columns diplo
has no value for stay empty, as the brief asks: religion, ethnic and known-group
codes, tone, ADM codes and FIPS geo country codes (diplo codes ISO alpha-3).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["GDELT_COLUMNS", "GDELT_INT_COLUMNS", "GDELT_FLOAT_COLUMNS", "gdelt_row", "format_tsv_row"]

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


def _dates(day: str | None) -> dict[str, Any]:
    """SQLDATE / MonthYear / Year / FractionDate of a (possibly partial) ISO day."""
    if not day:
        return {}
    out: dict[str, Any] = {"Year": int(day[:4])}
    if len(day) >= 7:
        out["MonthYear"] = int(day[:4] + day[5:7])
    if len(day) >= 10:
        date = dt.date.fromisoformat(day[:10])
        out["SQLDATE"] = int(date.strftime("%Y%m%d"))
        out["FractionDate"] = round(date.year + (date.timetuple().tm_yday - 1) / 365.0, 4)  # GDELT's YYYY.FFFF
    return out


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


def _actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    if not actor:
        return {}
    return {f"{prefix}Code": actor.get("code"), f"{prefix}Name": actor.get("name"),
            f"{prefix}CountryCode": actor.get("country"), f"{prefix}Type1Code": actor.get("role")}


def gdelt_row(cluster: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
    """The GDELT columns of one cluster row and its representative DiplomaticEvent record."""
    code = event["cameo_code"]
    row: dict[str, Any] = {
        "GLOBALEVENTID": int(cluster["cluster_id"]),
        **_dates(cluster.get("event_day")),
        **_actor("Actor1", event.get("source")),
        **_actor("Actor2", event.get("target")),
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": event["cameo_root"],
        "QuadClass": int(event["quad_class"]),
        "GoldsteinScale": float(event["goldstein"]),
        "NumMentions": int(cluster["num_mentions"]),
        "NumArticles": int(cluster["num_articles"]),
        "DATEADDED": _date_added(cluster.get("added_at")),
        "SOURCEURL": event["article_id"],  # GDELT puts a citation here when there is no URL
    }
    location = event.get("location")
    if location:
        row.update({"ActionGeo_FullName": location.get("name"), "ActionGeo_Lat": location.get("lat"),
                    "ActionGeo_Long": location.get("lon")})
    return row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if value != int(value) or abs(value) >= 1e15 else f"{value:.1f}"
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def format_tsv_row(row: dict[str, Any]) -> str:
    """One tab-separated line in GDELT column order, empty where there is no value."""
    return "\t".join(_cell(row.get(name)) for name in GDELT_COLUMNS) + "\n"
