"""Word clusters: which words are used alike, so the classifier can read a word its corpus never showed it.

``data/word_clusters.tsv`` gives 52,701 English words (the lemma lists of spaCy's English lemmatizer that
have a vector) three cluster ids, coarse to fine: 40, 200 and 1,000 clusters, each level grouping the
clusters of the finer one. They were made by k-means over the 300-dimensional static vectors of spaCy's
MIT-licensed ``en_core_web_md`` 3.8.0, so "lambaste" reads like "criticize" without shipping the vectors
(40 MB) or loading them at start-up. Remake them with ``scripts/build_word_clusters.py MODEL_DIR`` (see
processors/data/README.md for where to get the model).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["LEVELS", "SEED", "word_clusters"]

LEVELS = (40, 200, 1000)  # clusters per level, coarse to fine
SEED = 13  # the k-means seed the shipped table was built with


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, tuple[str, ...]]:
    """Lower-case word -> (coarse, middle, fine) cluster ids, as strings (they become feature names)."""
    text = resources.files("diplo.processors").joinpath("data", "word_clusters.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        word, *ids = line.split("\t")
        out[word] = tuple(ids)
    return out
