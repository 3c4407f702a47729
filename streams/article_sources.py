"""Read articles from .txt, .json and .jsonl files, folders of them, or standard input.

Yields one item per article with where it came from, so a bad line is reported
with its place and the rest still go through.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .errors import InputError

__all__ = ["SourceItem", "iter_sources", "iter_jsonl", "fill_defaults", "SUFFIXES"]

SUFFIXES = (".txt", ".json", ".jsonl")


@dataclass(frozen=True)
class SourceItem:
    origin: str  # "file.jsonl:3"
    data: Any = None  # the decoded mapping, when it could be read
    error: str | None = None


def fill_defaults(data: dict[str, Any], today: dt.date | None = None) -> dict[str, Any]:
    """Fill a missing id (hash of the text) and published_at (today, UTC) without touching others."""
    out = dict(data)
    if not out.get("id") and isinstance(out.get("text"), str):
        out["id"] = hashlib.sha1(out["text"].encode("utf-8", "surrogatepass")).hexdigest()[:16]
    if not out.get("published_at"):
        out["published_at"] = (today or dt.datetime.now(dt.timezone.utc).date()).isoformat()
    return out


def iter_jsonl(stream: TextIO, name: str) -> Iterator[SourceItem]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            yield SourceItem(origin, json.loads(line))
        except (json.JSONDecodeError, RecursionError) as exc:
            yield SourceItem(origin, error=f"invalid JSON: {getattr(exc, 'msg', 'nested too deeply')}")


def _iter_file(path: Path) -> Iterator[SourceItem]:
    try:
        if path.suffix == ".txt":
            yield SourceItem(str(path), {"id": path.stem, "text": path.read_text(encoding="utf-8")})
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as stream:
                yield from iter_jsonl(stream, str(path))
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            items = data if isinstance(data, list) else [data]
            for index, item in enumerate(items):
                yield SourceItem(f"{path}[{index}]" if isinstance(data, list) else str(path), item)
        else:
            raise InputError(f"{path}: unsupported file type (use {', '.join(SUFFIXES)})")
    except UnicodeDecodeError:
        yield SourceItem(str(path), error="file is not UTF-8 text")
    except json.JSONDecodeError as exc:
        yield SourceItem(str(path), error=f"invalid JSON: {exc.msg}")


def iter_sources(inputs: list[str], stdin: TextIO | None = None) -> Iterator[SourceItem]:
    """Articles from every input; ``-`` is JSONL on standard input; folders are read recursively."""
    for name in inputs:
        if name == "-":
            yield from iter_jsonl(stdin or sys.stdin, "<stdin>")
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
            if not files:
                raise InputError(f"{path}: no .txt, .json or .jsonl files in this folder")
            for file in files:
                yield from _iter_file(file)
        elif path.is_file():
            yield from _iter_file(path)
        else:
            raise InputError(f"{path}: no such file or folder")
