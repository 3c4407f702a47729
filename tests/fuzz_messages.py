"""Generated inputs for the fault tests: varied short news-like articles and bad messages of every kind.

Everything is derived from a ``random.Random(seed)``, so a failing run can be
replayed exactly. Bad messages carry the reason code the worker must give them
in ``articles.dlq`` (``expect``) so a test can check each one was rejected for
the right problem, not just rejected.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass

from diplo.streams.codec import SINGLE_OBJECT_MAGIC, AvroCodec

__all__ = ["BadMessage", "news_articles", "bad_messages", "BAD_KINDS"]

_LEADERS = [
    ("President Emmanuel Macron", "France"), ("Chancellor Olaf Scholz", "Germany"),
    ("Prime Minister Narendra Modi", "India"), ("President Xi Jinping", "China"),
    ("Foreign Minister Sergey Lavrov", "Russia"), ("Secretary of State Antony Blinken", "the United States"),
    ("President Recep Tayyip Erdogan", "Turkey"), ("Prime Minister Fumio Kishida", "Japan"),
    ("President Ilham Aliyev", "Azerbaijan"), ("Foreign Minister Penny Wong", "Australia"),
    ("President Luiz Inacio Lula da Silva", "Brazil"), ("President Cyril Ramaphosa", "South Africa"),
]
_VERBS = [
    "met {target} in {city} to discuss trade", "visited {city} for talks with {target}",
    "accused {target} of violating the ceasefire", "signed an energy agreement with {target}",
    "threatened {target} with new sanctions", "praised {target} for its support",
    "called on {target} to release the detained journalists", "will host {target} in {city} next month",
    "rejected a proposal from {target}", "pledged $200 million in aid to {target}",
    "condemned the military exercises of {target}", "held a phone call with the leader of {target}",
]
_CITIES = ["Paris", "Berlin", "New Delhi", "Beijing", "Moscow", "Washington", "Ankara", "Tokyo", "Baku",
           "Canberra", "Brasilia", "Pretoria", "Geneva", "Vienna"]
_TAILS = ["", " Officials said the talks were constructive.", " No agreement was reached.",
          " The ministry confirmed the statement on Tuesday.", " Both sides promised further meetings."]


def news_articles(count: int, prefix: str = "a", seed: int = 6) -> list[dict]:
    """``count`` short (one or two sentence) news-like articles with ids ``{prefix}{n:05d}``."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        actor, country = rng.choice(_LEADERS)
        _, target = rng.choice([pair for pair in _LEADERS if pair[1] != country])
        sentence = f"{actor} of {country} " + rng.choice(_VERBS).format(target=target, city=rng.choice(_CITIES)) + "."
        day = 1 + n % 28
        out.append({"id": f"{prefix}{n:05d}", "text": sentence + rng.choice(_TAILS),
                    "title": f"{country} and {target}", "published_at": f"2024-03-{day:02d}", "source": "fuzz wire"})
    return out


@dataclass(frozen=True)
class BadMessage:
    kind: str
    key: bytes
    value: bytes | None
    expect: frozenset[str]  # reason codes that name this problem


def _huge_entities_text(rng: random.Random, target_bytes: int) -> str:
    names = [leader for leader, _ in _LEADERS] + [country for _, country in _LEADERS] + _CITIES
    parts, size = [], 0
    while size < target_bytes:
        part = rng.choice(names)
        parts.append(part)
        size += len(part) + 2
    return ", ".join(parts) + "."


def _nested(depth: int) -> bytes:
    return b'{"id": "deep", "text": ' + b"[" * depth + b"]" * depth + b"}"


def _kinds(codec: AvroCodec, max_article_bytes: int) -> dict:
    """kind -> (factory(rng, n) -> value, expected reason codes)."""
    article = codec.encode("Article", {"id": "x", "text": "France and Germany held talks.", "title": None,
                                       "published_at": None, "url": None, "source": None})
    event_bytes = codec.encode("DeadLetter", {
        "stage": "decode", "reason_code": "not_avro", "error_class": "X", "error_message": "x", "topic": "t",
        "partition": 0, "offset": 0, "key": None, "original": b"", "original_size": 0, "failed_at": "2024-01-01"})
    too_big = max_article_bytes + 1024

    def rand_bytes(rng, n):
        data = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 300)))
        # a random first byte of '{' or whitespace or the Avro magic would change the kind; keep it binary
        return b"\xff" + data

    def truncated(rng, n):
        return article[: rng.randint(2, len(article) - 1)]

    def wrong_fingerprint(rng, n):
        return SINGLE_OBJECT_MAGIC + rng.getrandbits(64).to_bytes(8, "little") + article[10:]

    def other_schema(rng, n):
        return event_bytes

    def missing_field(rng, n):
        field = rng.choice(["id", "text"])
        doc = {"id": f"m{n}", "text": "Talks were held in Geneva.", "published_at": "2024-01-02"}
        del doc[field]
        return json.dumps(doc).encode()

    def ill_typed(rng, n):
        field, value = rng.choice([("id", [1, 2]), ("text", 42), ("text", {"a": 1}), ("title", 7),
                                   ("published_at", 20240101), ("published_at", "yesterday"), ("url", ["x"])])
        doc = {"id": f"t{n}", "text": "Talks were held in Geneva.", field: value}
        return json.dumps(doc).encode()

    def not_object(rng, n):
        return rng.choice([b"[1, 2, 3]", b'"just a string"', b"42", b"null", b"true"])

    def bad_json(rng, n):
        return rng.choice([b'{"id": "x", "text": ', b"{'id': 'x'}", b'{"id": "x" "text": "y"}', b"{" + b"x" * 50])

    def empty(rng, n):
        return rng.choice([b"", b" ", b"\n\t  \r\n"])

    def empty_text(rng, n):
        return json.dumps({"id": f"e{n}", "text": rng.choice(["", "   ", "\n\t\u00a0 \u2003"])}).encode()

    def too_large(rng, n):
        return json.dumps({"id": f"big{n}", "text": "Talks were held. " * (too_big // 17 + 1)}).encode()

    def invalid_utf8(rng, n):
        return b'{"id": "u%d", "text": "Talks \xff\xfe in \xc3\x28 Geneva"}' % n

    def deeply_nested(rng, n):
        return _nested(rng.choice([2_000, 10_000, 30_000]))

    def huge_entities(rng, n):
        # just under the size limit, nothing but names: an extraction would emit an enormous record
        text = _huge_entities_text(rng, max_article_bytes - 2048)
        return json.dumps({"id": f"ents{n}", "text": text, "published_at": "2024-01-03"}).encode()

    def huge_number(rng, n):
        # valid JSON, but over Python's 4300-digit int conversion limit: json.loads raises a plain ValueError
        return b'{"id": "n%d", "text": "Talks.", "count": 1' % n + b"0" * rng.randint(4400, 20000) + b"}"

    def lone_surrogate(rng, n):
        field = rng.choice(["text", "id", "title"])
        doc = {"id": f"s{n}", "text": "Talks were held in Geneva.", field: "Talks \ud800 in Geneva"}
        return json.dumps(doc).encode()  # ensure_ascii writes the surrogate as the JSON escape \\ud800

    return {
        "huge_number": (huge_number, {"bad_json"}),
        "lone_surrogate": (lone_surrogate, {"invalid_utf8"}),
        "random_bytes": (rand_bytes, {"invalid_utf8", "not_an_article"}),
        "truncated_avro": (truncated, {"truncated", "decode_error"}),
        "wrong_fingerprint": (wrong_fingerprint, {"unknown_fingerprint"}),
        "wrong_schema": (other_schema, {"wrong_schema"}),
        "missing_field": (missing_field, {"missing_field"}),
        "ill_typed": (ill_typed, {"bad_type", "bad_date"}),
        "not_an_object": (not_object, {"not_an_article", "not_an_object"}),
        "bad_json": (bad_json, {"bad_json", "not_an_article"}),
        "empty_message": (empty, {"empty_message"}),
        "empty_text": (empty_text, {"empty_text"}),
        "too_large": (too_large, {"too_large"}),
        "invalid_utf8": (invalid_utf8, {"invalid_utf8"}),
        "deeply_nested": (deeply_nested, {"bad_json", "too_deep"}),
        "huge_entities": (huge_entities, {"too_many_entities"}),
    }


BAD_KINDS = tuple(_kinds(AvroCodec(), 1000)) + ("tombstone",)

# expensive kinds (megabytes each, or a full NLP run) are generated rarely
_RARE = {"too_large": 0.02, "huge_entities": 0.005, "deeply_nested": 0.1}


def bad_messages(count: int, max_article_bytes: int, seed: int = 6, codec: AvroCodec | None = None
                 ) -> Iterator[BadMessage]:
    """``count`` bad messages; every kind (tombstones included) appears at least three times."""
    rng = random.Random(seed)
    kinds = _kinds(codec or AvroCodec(), max_article_bytes)
    names = list(kinds) + ["tombstone"]
    weights = [_RARE.get(name, 1.0) for name in names]
    for n in range(count):
        name = names[n % len(names)] if n < 3 * len(names) else rng.choices(names, weights)[0]
        key = f"bad-{n:05d}-{name}".encode()
        if name == "tombstone":
            yield BadMessage(name, key, None, frozenset({"empty_message"}))
            continue
        factory, expect = kinds[name]
        yield BadMessage(name, key, factory(rng, n), frozenset(expect))
