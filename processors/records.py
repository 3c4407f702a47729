"""Record dataclasses: the domain shapes of docs/ARCHITECTURE.md, field names exactly as the Avro schemas.

Processors produce and consume these; ``to_dict`` gives the plain form the
Avro codec and the JSON output share, so both paths write identical records.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "ROLES",
    "MODALITIES",
    "Article",
    "Entity",
    "ArticleEntities",
    "Actor",
    "Location",
    "Amount",
    "DiplomaticEvent",
    "ExtractionResult",
    "make_event_id",
]

ROLES = ("HEAD", "GOV", "MIL", "DIP", "LEG", "JUD", "BUS", "MED", "OPP", "REB", "CVL", "IGO")
MODALITIES = ("ASSERTED", "PLANNED", "NEGATED", "HYPOTHETICAL")


@dataclass(frozen=True)
class Article:
    """A news article as it enters diplo."""

    id: str
    text: str
    title: str | None = None
    published_at: str | None = None
    url: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Entity:
    """One entity mention with character offsets into the article text."""

    text: str
    label: str
    start: int
    end: int
    canonical: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class ArticleEntities:
    article_id: str
    published_at: str | None
    entities: list[Entity]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Actor:
    """A party to an event; ``code`` is country code followed by role code, e.g. RUSGOVDIP."""

    name: str
    code: str
    country: str | None = None
    role: str | None = None
    entity_type: str | None = None


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Amount:
    text: str
    value: float | None = None
    currency: str | None = None


@dataclass(frozen=True)
class DiplomaticEvent:
    """One coded event; field names are the contract of docs/ARCHITECTURE.md ("Topics and records")."""

    event_id: str
    article_id: str
    published_at: str | None
    sentence: str
    source: Actor
    target: Actor | None
    participants: list[Actor]
    cameo_code: str
    cameo_root: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    modality: str
    event_date: str | None
    date_text: str | None
    location: Location | None
    amount: Amount | None
    trigger: str
    confidence: float
    extractor_version: str
    url: str | None = None
    why: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "DiplomaticEvent":
        """The event from its plain form (a decoded Avro record); a missing or unknown field is a TypeError."""
        fields = dict(data)
        fields["source"] = Actor(**fields["source"])
        fields["target"] = Actor(**fields["target"]) if fields.get("target") else None
        fields["participants"] = [Actor(**a) for a in fields.get("participants") or []]
        fields["location"] = Location(**fields["location"]) if fields.get("location") else None
        fields["amount"] = Amount(**fields["amount"]) if fields.get("amount") else None
        return cls(**fields)


@dataclass(frozen=True)
class ExtractionResult:
    """Everything extracted from one article: the offline output line and the stream outputs."""

    article_id: str
    entities: ArticleEntities
    events: list[DiplomaticEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The ``diplo extract`` JSON line: {"article_id", "entities", "events"}."""
        return {
            "article_id": self.article_id,
            "entities": [asdict(e) for e in self.entities.entities],
            "events": [e.to_dict() for e in self.events],
        }


def make_event_id(article_id: str, *parts: object) -> str:
    """Deterministic event id: same article and same event parts give the same id."""
    digest = hashlib.sha256("\x1f".join([article_id, *map(str, parts)]).encode("utf-8")).hexdigest()
    return f"{article_id}:{digest[:16]}"
