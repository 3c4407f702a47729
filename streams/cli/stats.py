"""``diplo stats``: counts of stored events by dyad, CAMEO root, quad class, PLOVER type, country, or over time."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from rich.table import Table

from diplo.streams.storage import GROUP_KEYS, event_stats
from diplo.streams.storage.timeseries import TIME_KEYS

from .query import add_filter_options, add_output_option, read_filtered, table_console
from .store import add_database_option

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="count stored events by dyad, CAMEO root, ..., or by day, week or month",
        description="Count stored events per group: events (records), distinct articles and distinct GDELT-style "
        "events (clusters of reports with the same countries, CAMEO code and day). --by day, week or month counts "
        "over time, in time order, by the event's date (else its article's); events the text dates only to a month "
        "or a year are counted in buckets of their own, labelled '2019-05 (month only)' and '2019 (year only)', "
        "never spread over days; the dated_to column says how precisely a bucket's events are dated. "
        "Filters as in `diplo query`.",
    )
    add_database_option(parser)
    parser.add_argument("--by", choices=tuple(GROUP_KEYS) + TIME_KEYS, default="dyad",
                        help="what to group by (default dyad); day, week (ISO) and month are time series")
    add_filter_options(parser)
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="at most N groups, largest first (time series: the first N buckets)")
    add_output_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    rows = read_filtered(args, lambda db, flt: event_stats(db, args.by, flt, limit=args.limit))
    columns = (args.by, "dated_to", "events", "articles", "clusters") if args.by in TIME_KEYS else (
        args.by, "events", "articles", "clusters")
    if args.format == "json":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(title=f"Stored events by {args.by}", header_style="bold")
        for column in columns:
            table.add_column(column, justify="left" if column in (args.by, "dated_to") else "right")
        for row in rows:
            table.add_row(*(str(row[c]) for c in columns))
        table_console(sys.stdout).print(table)
    return 0
