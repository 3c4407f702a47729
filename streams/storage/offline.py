"""Store `diplo extract` output without Kafka: the same records, the same upserts as the sink.

For analysts working from files and for reproducible README figures: the
extractor is deterministic, so a JSONL file and the topics give the same store.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any

from diplo.streams.errors import InputError

from . import open_store
from .writer import Batch, write_batch

__all__ = ["load_extract_output"]

_BATCH = 200  # articles per transaction


def _lines(handle: IO[str], name: str) -> Any:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{name}:{number}: not a JSON line: {exc}") from None
        if not isinstance(item, dict) or "article_id" not in item or not isinstance(item.get("events"), list):
            raise InputError(f"{name}:{number}: not a `diplo extract` line (article_id, entities, events)")
        yield item


def _entities_record(item: dict[str, Any]) -> dict[str, Any]:
    published = next((e.get("published_at") for e in item["events"] if e.get("published_at")), None)
    return {"article_id": item["article_id"], "published_at": published, "entities": item.get("entities") or []}


def load_extract_output(source: str, target: str | Path) -> tuple[int, int]:
    """Upsert every event and entity record of a `diplo extract` JSONL file; returns (events, articles)."""
    events = articles = 0
    try:
        handle = sys.stdin if source == "-" else open(source, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror}") from None
    with handle, open_store(target) as db:
        batch = Batch()
        for item in _lines(handle, source):
            batch.events.extend(item["events"])
            batch.entities.append(_entities_record(item))
            events, articles = events + len(item["events"]), articles + 1
            if len(batch.entities) >= _BATCH:
                write_batch(db, batch)
                batch = Batch()
        if len(batch):
            write_batch(db, batch)
    return events, articles
