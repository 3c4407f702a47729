"""Issue 14: `diplo produce seeds/` sends each seed article once (the seed article came twice, under two ids)."""

from __future__ import annotations

from pathlib import Path

from diplo.streams.article_sources import iter_sources

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_the_seeds_folder_holds_each_article_once():
    items = list(iter_sources([str(SEEDS)]))
    assert items and all(item.error is None for item in items)
    ids = [item.data["id"] for item in items]
    texts = [item.data["text"] for item in items]
    assert len(set(ids)) == len(ids), ids
    assert len(set(texts)) == len(texts), "an article's text appears under two ids"
    assert ids[0] == "seed"
