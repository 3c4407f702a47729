"""``diplo plot``: pictures of stored events, PNG or SVG (matplotlib): counts over time, a dyad, countries."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diplo.streams.errors import ConfigError, InputError
from diplo.streams.storage.reading import open_for_reading

from .common import settings_from_args
from .query import add_filter_options, filter_from_args
from .store import add_database_option, database_from

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "plot",
        help="draw stored events: counts over time, a dyad's timeline, events by country (PNG/SVG)",
        description="Draw stored events with matplotlib into a PNG or SVG file (by the --output suffix). "
        "`time`: events per day, week or month, stacked by quad class or CAMEO root; events the text dates only to "
        "a month or a year are not spread over days: the picture says how many it leaves out. `dyad A B`: every "
        "event between two countries (both directions) at its day and Goldstein value. `countries`: a ranked bar "
        "chart of the countries taking part in most events (a world map would need map data that no well-kept "
        "library ships without downloading it at run time). Filters as in `diplo query`.",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", required=True)
    time = kinds.add_parser("time", help="events over time by quad class or CAMEO root")
    time.add_argument("--by", choices=("quad", "root"), default="quad", help="colour by (default quad)")
    time.add_argument("--period", choices=("day", "week", "month"), default="month", help="bucket (default month)")
    dyad = kinds.add_parser("dyad", help="a dyad's events and their Goldstein values")
    dyad.add_argument("countries", nargs=2, metavar="CODE", help="the two countries, e.g. AZE RUS")
    countries = kinds.add_parser("countries", help="countries by the events they take part in (ranked bars)")
    countries.add_argument("--top", type=int, default=20, metavar="N", help="how many countries (default 20)")
    for sub in (time, dyad, countries):
        add_database_option(sub)
        sub.add_argument("--output", "-o", required=True, metavar="FILE", help="the picture, .png or .svg")
        sub.add_argument("--title", default=None, help="a title instead of the default one")
        add_filter_options(sub)
        sub.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from diplo.streams import plots

    settings = settings_from_args(args)
    output = Path(args.output)
    if output.suffix.lower() not in (".png", ".svg"):
        raise ConfigError(f"--output {args.output!r} must end in .png or .svg")
    flt = filter_from_args(args)
    with open_for_reading(database_from(settings)) as db:
        if args.kind == "time":
            counts = plots.time_counts(db, args.period, args.by, flt)
            figure, drawn = plots.draw_time_counts(counts, args.title), sum(map(sum, counts.counts.values()))
        elif args.kind == "dyad":
            a, b = filter_from_args(argparse.Namespace(**{**vars(args), "dyad": args.countries})).dyad or ("", "")
            dyad = plots.dyad_timeline(db, a, b, flt)
            figure, drawn = plots.draw_dyad(dyad, args.title), sum(len(p) for p in dyad.points.values())
        else:
            countries = plots.country_counts(db, flt, top=max(1, args.top))
            figure, drawn = plots.draw_countries(countries, args.title), len(countries.countries)
    try:
        plots.save(figure, output)
    except OSError as exc:
        raise InputError(f"cannot write {args.output}: {exc.strerror}") from None
    what = {"time": "event(s)", "dyad": "event(s)", "countries": "countries"}[args.kind]
    print(f"Drew {drawn} {what} into {output}.", file=sys.stderr)
    return 0
