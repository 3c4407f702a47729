"""The one extraction path: articles in, entities and coded events out
(the stream and ``diplo extract`` both call this).

``make_extractor()`` loads spaCy and the gazetteers once; ``extract_many``
keeps input order and is deterministic.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

from .actors import ArticleActors
from .doc import ParsedDoc, first_part
from .errors import DiploError
from .nlp import parse_many
from .records import Article, ArticleEntities, Entity, ExtractionResult
from .registry import (
    BASELINE_ROLES,
    MAX_ENTITIES,
    NLP_BATCH_SIZE,
    ROLES_IN_EXTRACTOR,
    SPACY_MODEL,
    create,
    extractor_version,
)

__all__ = ["Extractor", "ExtractionError", "TooManyEntitiesError", "make_extractor", "make_baseline_extractor",
           "SKIPPED_LABELS"]

log = logging.getLogger(__name__)

class ExtractionError(DiploError):
    """Coding an article failed; ``article_id`` says which one, so a caller can retry the others."""

    reason_code = "extraction_failed"

    def __init__(self, message: str, article_id: str | None = None):
        super().__init__(message)
        self.article_id = article_id


class TooManyEntitiesError(ExtractionError):
    """Not even the first sentence is within the entity cap: a list of names, not news."""

    reason_code = "too_many_entities"


SKIPPED_LABELS = frozenset(("CARDINAL", "ORDINAL"))  # numbers are not entities a subscriber looks for


class Extractor:
    """Runs the NLP pipeline, actor coding and event coding over articles."""

    def __init__(self, model: str = SPACY_MODEL, roles: dict[str, str] | None = None,
                 max_entities: int = MAX_ENTITIES):
        roles = dict(roles or ROLES_IN_EXTRACTOR)
        self.model = model
        self.max_entities = max_entities
        self.event_model = create(roles["event_model"]) if "event_model" in roles else None
        classifier = f"{self.event_model.name}-{self.event_model.version}" if self.event_model else None
        self.version: str = extractor_version(model, roles, classifier)
        self.gazetteer = create(roles["gazetteer"])
        self.lexicon = create(roles["lexicon"])
        self.nlp = create(roles["nlp"], model=model)
        self.actor_coder = create(roles["actor_coder"], gazetteer=self.gazetteer, lexicon=self.lexicon)
        self.event_coder = create(roles["event_coder"], gazetteer=self.gazetteer, version=self.version,
                                  model=self.event_model)

    def extract_many(self, articles: Sequence[Article], batch_size: int = NLP_BATCH_SIZE) -> list[ExtractionResult]:
        """One result per article, in input order; a coding failure names its article (ExtractionError)."""
        return [result for _, result in self.read_many(articles, batch_size)]

    def read_many(self, articles: Sequence[Article], batch_size: int = NLP_BATCH_SIZE
                  ) -> Iterator[tuple[ParsedDoc, ExtractionResult]]:
        """Per article, in input order: its parse (cut to the entity cap) and its result (the parse, for a
        diagnosis of the coder's stages: ``bench/miss_stages.py``)."""
        for pdoc in parse_many(self.nlp, articles, batch_size=batch_size, max_entities=self.max_entities):
            try:
                yield self._read(pdoc)
            except DiploError:
                raise
            except Exception as exc:  # a bug in a rule must not look like a bad article without saying so
                raise ExtractionError(
                    f"article {pdoc.article.id}: extraction failed ({type(exc).__name__}: {str(exc)[:200]})",
                    article_id=pdoc.article.id,
                ) from exc

    def extract(self, article: Article) -> ExtractionResult:
        return self.extract_many([article])[0]

    def _read(self, pdoc: ParsedDoc) -> tuple[ParsedDoc, ExtractionResult]:
        pdoc = self._capped(pdoc)
        actors = self.actor_coder.code(pdoc)
        events = self.event_coder.code(pdoc, actors)
        art = pdoc.article
        return pdoc, ExtractionResult(art.id, ArticleEntities(art.id, art.published_at, self._entities(pdoc, actors)),
                                      events)

    def _capped(self, pdoc: ParsedDoc) -> ParsedDoc:
        """``pdoc`` cut to the sentences within the entity cap; the cut is logged, never silent."""
        part = first_part(pdoc, self.max_entities)
        if part is pdoc:
            return pdoc
        art_id = pdoc.article.id
        if not part.sents:
            raise TooManyEntitiesError(f"article {art_id}: its first sentence alone names more than "
                                       f"{self.max_entities} entities", article_id=art_id)
        log.info("article %s names more than %d entities: coded its first %d sentences (%d of %d characters)",
                 art_id, self.max_entities, len(part.sents), part.tokens[-1].idx + len(part.tokens[-1].text),
                 len(pdoc.article.text))
        return part

    def _entities(self, pdoc: ParsedDoc, actors: ArticleActors) -> list[Entity]:
        gaz, out = self.gazetteer, []
        for e_i, ent in enumerate(pdoc.ents):
            if ent.label in SKIPPED_LABELS:
                continue
            actor = actors.by_ent.get(e_i)
            canonical = actors.canonical.get(e_i)
            if canonical is None and actor is not None and actor.role == "IGO":
                canonical = gaz.igo_names.get(actor.country)
            elif canonical is None and ent.label in ("GPE", "NORP") and actor is not None and actor.role is None:
                canonical = gaz.country_names.get(actor.country)
            out.append(Entity(ent.text, ent.label, ent.start_char, ent.end_char, canonical or ent.text,
                              actor.country if actor else None))
        return out


def make_extractor(model: str = SPACY_MODEL, max_entities: int = MAX_ENTITIES) -> Extractor:
    """Load spaCy, the gazetteers and the coders once."""
    return Extractor(model, max_entities=max_entities)


def make_baseline_extractor(model: str = SPACY_MODEL) -> Extractor:
    """The bare model's entities and a dictionary-style co-occurrence coder, for comparison."""
    return Extractor(model, BASELINE_ROLES)
