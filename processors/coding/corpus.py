"""The training corpus: texts the project wrote, each with its hand-labelled events (``corpus/``).

One JSON object a line: ``id``, ``text``, ``style``, ``events`` (each: ``trigger``, ``source``,
``target``, ``cameo``, ``modality``). Loading validates every line and names the line it
refuses, so a labelling slip is an error, never a silent bad example. Standard library only, so
``python -m processors.coding.corpus FILE...`` checks files without spaCy.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["STYLES", "CorpusError", "LabelledEvent", "CorpusText", "read_corpus", "trigger_span",
           "mention_span", "corpus_files"]

STYLES = frozenset(("wire", "headline", "quote", "passive", "nominal", "long", "nonnative", "background",
                    "sports", "business", "crime", "history", "appeal", "condition", "speech", "other"))
MODALITIES = frozenset(("asserted", "planned", "negated", "hypothetical"))
_CAMEO_CSV = Path(__file__).resolve().parent.parent / "data" / "cameo.csv"
_TRIGGER = re.compile(r"^(?P<word>[^\s#]+)(?:#(?P<nth>\d+))?$")


class CorpusError(ValueError):
    """A corpus line breaks the format or the labelling rules; the message names file and line."""


@dataclass(frozen=True, slots=True)
class LabelledEvent:
    """One hand-labelled event: character spans into the text, the CAMEO code and the modality."""

    trigger: tuple[int, int]
    source: tuple[int, int] | None
    target: tuple[int, int] | None
    cameo: str
    modality: str


@dataclass(frozen=True, slots=True)
class CorpusText:
    """A text of the corpus with where it came from (file:line) and its events."""

    id: str
    text: str
    style: str
    events: tuple[LabelledEvent, ...]
    origin: str


def _cameo_codes() -> set[str]:
    with _CAMEO_CSV.open(encoding="utf-8") as f:
        return {row["code"] for row in csv.DictReader(f) if len(row["code"]) >= 3}


def trigger_span(text: str, trigger: str) -> tuple[int, int]:
    """Span of the trigger word: ``word`` is its first whole-word occurrence, ``word#2`` the second."""
    m = _TRIGGER.match(trigger or "")
    if not m:
        raise CorpusError(f"trigger {trigger!r} is not one word (optionally word#N)")
    word, nth = m.group("word"), int(m.group("nth") or 1)
    hits = list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
    if len(hits) < nth:
        raise CorpusError(f"trigger {trigger!r} occurs {len(hits)} time(s) in the text")
    if len(hits) > 1 and m.group("nth") is None:
        raise CorpusError(f"trigger {trigger!r} occurs {len(hits)} times: write {word}#N")
    return hits[nth - 1].span()


def mention_span(text: str, mention: str | None) -> tuple[int, int] | None:
    """Span of an actor mention (its first occurrence; ``name#2`` for a later one), or None."""
    if mention is None:
        return None
    name, _, nth = mention.rpartition("#") if re.search(r"#\d+$", mention) else (mention, "", "1")
    hits = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    if len(hits) < int(nth):
        raise CorpusError(f"actor {mention!r} is not in the text")
    return hits[int(nth) - 1]


def _event(text: str, raw: dict, codes: set[str]) -> LabelledEvent:
    if not isinstance(raw, dict):
        raise CorpusError("an event is not an object")
    unknown = set(raw) - {"trigger", "source", "target", "cameo", "modality"}
    if unknown:
        raise CorpusError(f"unknown event field(s) {sorted(unknown)}")
    cameo = str(raw.get("cameo", ""))
    if cameo not in codes:
        raise CorpusError(f"cameo {cameo!r} is not a 3- or 4-digit CAMEO code")
    modality = raw.get("modality")
    if modality not in MODALITIES:
        raise CorpusError(f"modality {modality!r} is not one of {sorted(MODALITIES)}")
    if raw.get("source") is None:
        raise CorpusError("an event needs a source")
    source, target = mention_span(text, raw["source"]), mention_span(text, raw.get("target"))
    if target is not None and source is not None and source == target:
        raise CorpusError("source and target are the same mention")
    return LabelledEvent(trigger_span(text, raw.get("trigger", "")), source, target, cameo, modality)


def _parse(line: str, codes: set[str]) -> tuple[str, str, str, tuple[LabelledEvent, ...]]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"not JSON ({exc.msg})") from None
    if not isinstance(obj, dict) or set(obj) - {"id", "text", "style", "events"}:
        raise CorpusError("a line is an object with id, text, style, events only")
    text, style = obj.get("text"), obj.get("style")
    if not isinstance(text, str) or not 20 <= len(text) <= 1500:
        raise CorpusError("text must be a string of 20 to 1500 characters")
    if style not in STYLES:
        raise CorpusError(f"style {style!r} is not one of {sorted(STYLES)}")
    if not isinstance(obj.get("events"), list):
        raise CorpusError("events must be a list (empty for a text with no event)")
    return str(obj.get("id", "")), text, style, tuple(_event(text, e, codes) for e in obj["events"])


def corpus_files(path: Path) -> list[Path]:
    """The .jsonl files of a corpus folder (sorted, so training order is fixed), or the one file given."""
    return sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]


def read_corpus(paths: Iterable[Path]) -> Iterator[CorpusText]:
    """Every text of the given files, validated; raises CorpusError naming file:line at the first bad line."""
    codes, ids, texts = _cameo_codes(), set(), set()
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            origin = f"{path.name}:{n}"
            try:
                id_, text, style, events = _parse(line, codes)
                if not id_ or id_ in ids:
                    raise CorpusError(f"id {id_!r} is empty or used before")
                if text in texts:
                    raise CorpusError("the same text is in the corpus already")
            except CorpusError as exc:
                raise CorpusError(f"{origin}: {exc}") from None
            ids.add(id_)
            texts.add(text)
            yield CorpusText(id_, text, style, events, origin)


def _summary(texts: list[CorpusText]) -> str:
    roots = Counter(e.cameo[:2] for t in texts for e in t.events)
    mods = Counter(e.modality for t in texts for e in t.events)
    styles = Counter(t.style for t in texts)
    lines = [f"{len(texts)} texts, {sum(roots.values())} events, {sum(1 for t in texts if not t.events)} with none",
             "roots: " + " ".join(f"{r}:{c}" for r, c in sorted(roots.items())),
             "modality: " + " ".join(f"{m}:{c}" for m, c in sorted(mods.items())),
             "styles: " + " ".join(f"{s}:{c}" for s, c in sorted(styles.items()))]
    return "\n".join(lines)


if __name__ == "__main__":
    try:
        found = list(read_corpus(p for arg in sys.argv[1:] for p in corpus_files(Path(arg))))
    except CorpusError as exc:
        sys.exit(f"Error: {exc}")
    print(_summary(found))
