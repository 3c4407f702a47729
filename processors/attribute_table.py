"""The model's own AttributeRuler rules, applied by table lookup instead of spaCy's Matcher.

The English pipelines' ``attribute_ruler`` maps fine-grained tags (plus a few
word-specific exceptions) to POS, morphology and some lemmas. spaCy runs it
as a Matcher over 179 patterns and sets every matched token from Python: 15%
of diplo's parse time (measured per component by ``bench/extract_speed.py
--components``), more than the tagger and lemmatizer together.

``AttributeTable`` reads the same rules out of the loaded ruler and gives
identical output (tests/unit/processors/test_attribute_table.py compares
every token of the test articles): the rules only test TAG, LOWER, DEP and
IS_SPACE, so the outcome of the single-token rules is a function of those
four values and is computed once per distinct combination; the few
two-token rules are checked at each position. Later rules win, as in spaCy.
A ruler using anything else (operators, other attributes) is kept as it is.

Like ``nlp.py``, this module imports spaCy; nothing else in processors/ does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["AttributeTable", "UnsupportedRule", "replace_attribute_ruler"]

Key = tuple[int, int, int, int]  # TAG, LOWER, DEP, IS_SPACE hashes of one token
Condition = Callable[[Key], bool]

_READ = [TAG, LOWER, DEP, IS_SPACE]
_COLUMN = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_WRITE = [POS, MORPH, LEMMA, TAG, DEP]  # everything the English rulers set
_WRITE_INDEX = {attr: i for i, attr in enumerate(_WRITE)}
_CACHE_LIMIT = 200_000  # distinct token keys kept; a long-running worker sees a bounded vocabulary


class UnsupportedRule(ValueError):
    """A ruler pattern this table cannot reproduce exactly."""


@dataclass(frozen=True)
class _Rule:
    order: int  # position in the ruler: later rules override earlier ones
    conditions: tuple[Condition, ...]  # one per token of the pattern
    index: int  # which matched token gets the attributes
    writes: tuple[tuple[int, int], ...]  # (column in _WRITE, value)


@dataclass(frozen=True)
class _KeyInfo:
    """What the rules make of a token with one key (TAG, LOWER, DEP, IS_SPACE)."""

    writes: dict[int, tuple[int, int]]  # single-token rules: column -> (order of the deciding rule, value)
    meets: tuple[tuple[bool, ...], ...]  # per multi-token rule, per pattern token: is the condition met
    starts: tuple[int, ...]  # multi-token rules whose first condition is met


class AttributeTable:
    """Applies an AttributeRuler's rules to Docs with per-token-key caching."""

    def __init__(self, ruler: Any):
        strings = ruler.vocab.strings
        self._single: list[_Rule] = []
        self._multi: list[_Rule] = []
        for order, entry in enumerate(ruler.patterns):
            writes = _writes(ruler.attrs[order])
            for pattern in entry["patterns"]:
                rule = _Rule(order, tuple(_condition(token, strings) for token in pattern), entry["index"], writes)
                if not -len(pattern) <= rule.index < len(pattern):
                    raise UnsupportedRule(f"rule {order}: index {rule.index} outside a {len(pattern)}-token pattern")
                (self._single if len(pattern) == 1 else self._multi).append(rule)
        self._cache: dict[Key, _KeyInfo] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        infos = [self._info(key) for key in map(tuple, doc.to_array(_READ).tolist())]
        rows = doc.to_array(_WRITE).tolist()
        for i, info in enumerate(infos):
            for column, (_, value) in info.writes.items():
                rows[i][column] = value
        extra = sorted(write for i, info in enumerate(infos) for r in info.starts  # rarely any
                       for write in self._multi_writes(i, r, infos))
        for order, target, column, value in extra:  # ascending order: a later rule overwrites, as in spaCy
            single = infos[target].writes.get(column)
            if single is None or single[0] < order:
                rows[target][column] = value
        # spaCy's stub wants thinc's Ints2d (signed); attribute ids and hashes are uint64, as from_array reads them
        doc.from_array(_WRITE, numpy.array(rows, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc

    def _multi_writes(self, start: int, r: int, infos: list[_KeyInfo]) -> list[tuple[int, int, int, int]]:
        """(order, token, column, value) if multi-token rule ``r`` matches at ``start``, else nothing."""
        rule = self._multi[r]
        width = len(rule.conditions)
        if start + width > len(infos) or not all(infos[start + j].meets[r][j] for j in range(1, width)):
            return []
        target = start + (rule.index if rule.index >= 0 else width + rule.index)
        return [(rule.order, target, column, value) for column, value in rule.writes]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def _info(self, key: Key) -> _KeyInfo:
        info = self._cache.get(key)
        if info is None:
            writes: dict[int, tuple[int, int]] = {}
            for rule in self._single:  # in rule order: a later rule overwrites
                if rule.conditions[0](key):
                    writes.update((column, (rule.order, value)) for column, value in rule.writes)
            meets = tuple(tuple(c(key) for c in rule.conditions) for rule in self._multi)
            starts = tuple(r for r, met in enumerate(meets) if met[0])
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            info = self._cache[key] = _KeyInfo(writes, meets, starts)
        return info


def _writes(attrs: dict) -> tuple[tuple[int, int], ...]:
    """The ruler's normalised attrs (attribute id -> value hash) as (column, value) pairs."""
    out = []
    for attr, value in attrs.items():
        if attr not in _WRITE_INDEX:
            raise UnsupportedRule(f"the ruler sets attribute {attr!r}; the table writes only POS/MORPH/LEMMA/TAG/DEP")
        out.append((_WRITE_INDEX[attr], int(value)))
    return tuple(out)


def _condition(token: dict, strings: Any) -> Condition:
    """A predicate over a token key for one pattern token ({"TAG": "NN", "LOWER": {"IN": [...]}}, ...)."""
    tests: list[Callable[[Key], bool]] = []
    for name, spec in token.items():
        column = _COLUMN.get(name)
        if column is None:
            raise UnsupportedRule(f"pattern tests {name!r}")
        tests.append(_test(column, spec, strings))
    return lambda key: all(test(key) for test in tests)


def _test(column: int, spec: Any, strings: Any) -> Callable[[Key], bool]:
    def value_of(v: Any) -> int:
        return int(v) if column == _COLUMN["IS_SPACE"] else strings[v]

    if isinstance(spec, (str, bool)):
        wanted = value_of(spec)
        return lambda key: key[column] == wanted
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, Sequence):
            allowed = frozenset(value_of(v) for v in arg)
            return (lambda key: key[column] in allowed) if op == "IN" else (lambda key: key[column] not in allowed)
        if op == "REGEX" and column != _COLUMN["IS_SPACE"]:
            regex = re.compile(arg)
            return lambda key: bool(regex.search(strings[key[column]]))
    raise UnsupportedRule(f"pattern value {spec!r}")


@Language.factory("diplo_attribute_table")
def _make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """Built from the ``attribute_ruler`` it replaces, which must still be in the pipeline."""
    return AttributeTable(nlp.get_pipe("attribute_ruler"))


def replace_attribute_ruler(nlp: Language) -> bool:
    """Swap the pipeline's ``attribute_ruler`` for an AttributeTable of the same rules; False if kept."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe("diplo_attribute_table", before="attribute_ruler")
    except UnsupportedRule:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True
