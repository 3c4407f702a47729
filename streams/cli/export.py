"""``diplo export``: stored events as an Avro container file (schema embedded) or GDELT 2.0 event-table TSV."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from diplo.streams.errors import InputError
from diplo.streams.storage import export_avro, export_gdelt
from diplo.streams.storage.reading import open_for_reading

from .common import settings_from_args
from .query import add_filter_options, filter_from_args
from .store import add_database_option, database_from

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export stored events as Avro or GDELT TSV",
        description="Write stored events for other tools: --format avro is an Avro object container file of "
        "DiplomaticEvent records with the schema embedded (Apache avro-tools, Spark, fastavro read it); --format "
        "gdelt is GDELT 2.0 event-table TSV, one row per GDELT-style event with its 61 columns, empty where diplo "
        "has no value, actor codes in CAMEO form (RUSMIL, RUSGOV), dated as GDELT dates (the event's day where the "
        "text gives one, else the article's). GDELT rows hold ASSERTED events only unless --modality says otherwise "
        "(--modality ALL for every one); --extended adds diplo's columns after the 61 (DiploEventDate, "
        "DiploDatePrecision, DiploDateBasis, DiploModality, DiploArticleID). Filters as in `diplo query`.",
    )
    add_database_option(parser)
    parser.add_argument("--format", "-f", choices=("avro", "gdelt"), required=True, help="output format")
    parser.add_argument("--output", "-o", required=True, metavar="FILE", help="output file, or - for stdout")
    parser.add_argument("--codec", choices=("null", "deflate"), default="deflate",
                        help="Avro block compression (default deflate)")
    parser.add_argument("--header", action="store_true",
                        help="GDELT: write a header line (GDELT's own files have none)")
    parser.add_argument("--extended", action="store_true",
                        help="GDELT: append diplo's columns (event date as written, its precision, which date SQLDATE "
                        "holds, modality, article id)")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="at most N records")
    add_filter_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    flt = filter_from_args(args, default_modalities=("ASSERTED",) if args.format == "gdelt" else ())
    with open_for_reading(database_from(settings)) as db, contextlib.ExitStack() as stack:
        try:
            if args.format == "avro":
                out = sys.stdout.buffer if args.output == "-" else stack.enter_context(Path(args.output).open("wb"))
                count = export_avro(db, out, flt, codec=args.codec, limit=args.limit)
            else:
                out = sys.stdout if args.output == "-" else stack.enter_context(
                    Path(args.output).open("w", encoding="utf-8", newline=""))
                count = export_gdelt(db, out, flt, header=args.header, limit=args.limit, extended=args.extended)
        except OSError as exc:
            raise InputError(f"cannot write {args.output}: {exc.strerror}") from None
    what = "event record(s)" if args.format == "avro" else "GDELT event row(s)"
    print(f"Exported {count} {what} to {args.output}.", file=sys.stderr)
    return 0
