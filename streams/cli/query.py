"""``diplo query``: stored events matching filters, as a table, JSON lines or CSV; and the shared filter options."""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Callable
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from diplo.processors.alert_validation import SubscriptionError, validate_subscription
from diplo.streams.errors import ConfigError
from diplo.streams.storage import SORT_KEYS, EventFilter, find_events
from diplo.streams.storage.database import Database
from diplo.streams.storage.reading import open_for_reading

from .common import settings_from_args
from .store import add_database_option, database_from

__all__ = ["register", "add_filter_options", "filter_from_args", "CSV_COLUMNS"]

_DYAD = re.compile(r"^([A-Za-z]{3,4})[-:>]([A-Za-z]{3,4})$")

CSV_COLUMNS = (
    "event_id", "article_id", "event_day", "event_date", "published_at",
    "source_name", "source_code", "source_country", "source_role",
    "target_name", "target_code", "target_country", "target_role",
    "cameo_code", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type", "modality",
    "confidence", "location_name", "location_country", "amount_text", "amount_value", "amount_currency",
    "cluster_id", "num_mentions", "num_articles", "sentence", "url",
)


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The event filters of query, stats and export; repeated options match any of their values."""
    f = parser.add_argument_group("filters (repeat an option to match any of its values)")
    f.add_argument("--country", action="append", default=[], metavar="CODE",
                   help="source, target or any participant is this country / IGO code (ISO alpha-3, e.g. RUS)")
    f.add_argument("--dyad", nargs="+", metavar="SRC TGT",
                   help="directed dyad of source and target country: AZE RUS or AZE-RUS")
    f.add_argument("--role", action="append", default=[], metavar="ROLE", help="an actor has this role (GOV, MIL, ...)")
    f.add_argument("--cameo", action="append", default=[], metavar="PREFIX", help="CAMEO code prefix, e.g. 04 or 042")
    f.add_argument("--root", action="append", default=[], metavar="RR",
                   help="CAMEO root code, 01-20 (e.g. 04); the same as --cameo with a root")
    f.add_argument("--plover", action="append", default=[], metavar="TYPE", help="PLOVER type, e.g. CONSULT")
    f.add_argument("--quad", action="append", default=[], type=int, choices=(1, 2, 3, 4), help="quad class")
    f.add_argument("--modality", action="append", default=[], metavar="M",
                   help="ASSERTED, PLANNED, NEGATED or HYPOTHETICAL; ALL for every one")
    f.add_argument("--since", metavar="DATE", help="events whose (partial) day ends on or after DATE (YYYY[-MM[-DD]])")
    f.add_argument("--until", metavar="DATE",
                   help="events whose (partial) day starts on or before DATE (YYYY[-MM[-DD]])")
    f.add_argument("--text", metavar="TEXT", help="case-insensitive text in the sentence, actor names or trigger")
    f.add_argument("--article", action="append", default=[], metavar="ID", help="events of this article")


# subscription filter field -> the option of query, stats and export that carries it
_OPTION_OF = {"countries": "--country", "roles": "--role", "cameo_prefixes": "--cameo", "plover_types": "--plover",
              "quad_classes": "--quad", "modalities": "--modality", "date_from": "--since", "date_to": "--until"}


def _validated(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` checked by the subscription validator, so query and subscribe accept exactly the same values."""
    given = {k: v for k, v in fields.items() if v}
    try:
        checked = validate_subscription({"id": "query", "name": "query", "filter": given}, created_at="-")["filter"]
    except SubscriptionError as exc:
        name = exc.field.split(".", 1)[-1].split("[", 1)[0]
        raise ConfigError(f"{_OPTION_OF.get(name, name)}: {exc.problem}") from None
    return {k: checked[k] for k in given}


def filter_from_args(args: argparse.Namespace, default_modalities: tuple[str, ...] = ()) -> EventFilter:
    """The EventFilter of the options, each value validated as `diplo subscribe` validates it (one-line errors)."""
    dyad = None
    if args.dyad:
        text = "-".join(args.dyad)
        match = _DYAD.match(text)
        if len(args.dyad) > 2 or not match:
            raise ConfigError(f"--dyad {' '.join(args.dyad)!r} is not a source and a target country code, "
                              "e.g. AZE RUS or AZE-RUS")
        dyad = (match.group(1).upper(), match.group(2).upper())
        _validated({"countries": list(dyad)})
    for root in args.root:
        if not (len(root) == 2 and root.isdigit() and 1 <= int(root) <= 20):
            raise ConfigError(f"--root: {root!r} is not a CAMEO root code (01-20)")
    modalities = [m for m in args.modality if m.upper() != "ALL"] if args.modality else list(default_modalities)
    checked = _validated({
        "countries": args.country, "roles": args.role, "cameo_prefixes": args.cameo, "plover_types": args.plover,
        "quad_classes": args.quad, "modalities": modalities, "date_from": args.since, "date_to": args.until,
    })
    return EventFilter(
        countries=tuple(checked.get("countries", ())), dyad=dyad, roles=tuple(checked.get("roles", ())),
        cameo_prefixes=tuple(checked.get("cameo_prefixes", ())) + tuple(args.root),
        plover_types=tuple(checked.get("plover_types", ())),
        quad_classes=tuple(checked.get("quad_classes", ())), modalities=tuple(checked.get("modalities", ())),
        since=checked.get("date_from"), until=checked.get("date_to"), text=args.text, article_ids=tuple(args.article))


def add_output_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", "-f", choices=("table", "json", "csv"), default="table",
                        help="table for people, JSON lines or CSV for programs (default table)")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "query",
        help="list stored events matching filters",
        description="Select events from the store (see `diplo store`) with filters, sorting and a limit. JSON lines "
        "carry the DiplomaticEvent record plus cluster_id, num_mentions and num_articles of its GDELT-style event.",
    )
    add_database_option(parser)
    add_filter_options(parser)
    parser.add_argument("--sort", choices=tuple(SORT_KEYS), default="date", help="sort key (default date)")
    parser.add_argument("--desc", action="store_true", help="sort descending")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="at most N events (default all)")
    add_output_option(parser)
    parser.set_defaults(func=run)


def read_filtered(args: argparse.Namespace,
                  select: Callable[[Database, EventFilter], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """What ``select`` reads from the store ``args`` names, under its filter options (query, stats)."""
    settings = settings_from_args(args)
    flt = filter_from_args(args)
    with open_for_reading(database_from(settings)) as db:
        return select(db, flt)


def run(args: argparse.Namespace) -> int:
    rows = read_filtered(args, lambda db, flt: find_events(db, flt, sort=args.sort, descending=args.desc,
                                                          limit=args.limit))
    write_rows(rows, args.format, sys.stdout)
    return 0


def write_rows(rows: list[dict[str, Any]], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        for row in rows:
            line = {**row["record"], "cluster_id": row["cluster_id"], "num_mentions": row["num_mentions"],
                    "num_articles": row["num_articles"]}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table_console(out).print(events_table(rows))


def table_console(out: TextIO) -> Console:
    """A console for tables: the terminal's width, or a wide fixed width when piped."""
    return Console(file=out, width=None if out.isatty() else 200)


def events_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(rows)} stored event(s)", header_style="bold")
    for column in ("day", "source", "target", "CAMEO", "PLOVER", "quad", "modality", "articles"):
        table.add_column(column, no_wrap=True)
    table.add_column("sentence", no_wrap=True, overflow="ellipsis", max_width=70)
    for r in rows:
        table.add_row(r["event_day"] or "-", r["source_code"], r["target_code"] or "-",
                      f"{r['cameo_code']} {r['cameo_name']}", r["plover_type"] or "-", str(r["quad_class"]),
                      r["modality"], str(r["num_articles"]), " ".join(r["sentence"].split()))
    return table
