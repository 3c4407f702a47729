"""A dictionary-coder baseline for ``diplo eval --baseline``: what sentence-level co-occurrence coding scores.

Like the classic coders it ignores the parse and modality: any sentence with
a trigger word and two countries becomes one asserted event from the first
country named to the second.
"""

from __future__ import annotations

from .actors import ArticleActors
from .cameo import lookup
from .doc import ParsedDoc
from .events import load_triggers
from .gazetteer import Gazetteer
from .records import Actor, DiplomaticEvent, make_event_id

__all__ = ["BaselineCoder"]


class BaselineCoder:
    def __init__(self, gaz: Gazetteer, version: str):
        self.gaz, self.version = gaz, version
        self.lemmas: dict[str, str] = {}
        for (lemma, _pos), rules in load_triggers().items():
            # "said X must ...": a speech verb is a trigger only through its reported clause, no dictionary word
            words = [r for r in rules if not r.through_reported_clause]
            if words:
                self.lemmas.setdefault(lemma, words[0].cameo)

    def code(self, pdoc: ParsedDoc, actors: ArticleActors) -> list[DiplomaticEvent]:
        events = []
        for s, (start, end) in enumerate(pdoc.sents):
            trig = next((t for t in pdoc.tokens[start:end] if t.lemma.lower() in self.lemmas), None)
            if trig is None:
                continue
            parties: list[Actor] = []
            for e_i, ent in enumerate(pdoc.ents):
                actor = actors.by_ent.get(e_i)
                if start <= ent.start < end and actor and all(p.country != actor.country for p in parties):
                    parties.append(actor)
            if len(parties) < 2:
                continue
            cameo = lookup(self.lemmas[trig.lemma.lower()])
            src, tgt = parties[0], parties[1]
            events.append(DiplomaticEvent(
                event_id=make_event_id(pdoc.article.id, trig.idx, cameo.code, src.code, tgt.code),
                article_id=pdoc.article.id, published_at=pdoc.article.published_at, sentence=pdoc.sent_text(s),
                source=src, target=tgt, participants=[src, tgt], cameo_code=cameo.code, cameo_root=cameo.root,
                cameo_name=cameo.name, quad_class=cameo.quad_class, goldstein=cameo.goldstein,
                plover_type=cameo.plover_type, modality="ASSERTED", event_date=None, date_text=None, location=None,
                amount=None, trigger=trig.text, confidence=0.5, extractor_version=self.version,
            ))
        return events
