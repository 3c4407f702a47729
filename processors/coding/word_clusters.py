"""Word clusters: which words are used alike, so the classifier can read a word its corpus never showed it.

``data/word_clusters.tsv`` gives 52,701 English words (the lemma lists of spaCy's English lemmatizer that
have a vector) three cluster ids, coarse to fine: 40, 200 and 1,000 clusters, each level grouping the
clusters of the finer one. They were made by k-means over the 300-dimensional static vectors of spaCy's
MIT-licensed ``en_core_web_md`` 3.8.0, so "lambaste" reads like "criticize" without shipping the vectors
(40 MB) or loading them at start-up. Remake them with ``python -m diplo.processors.coding.word_clusters
MODEL_DIR`` (a directory holding the unpacked model's ``vocab/`` and ``lemmatizer/``; see
processors/data/README.md for where to get it).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["LEVELS", "build_word_clusters", "word_clusters"]

LEVELS = (40, 200, 1000)  # clusters per level, coarse to fine
_SEED = 13


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, tuple[str, ...]]:
    """Lower-case word -> (coarse, middle, fine) cluster ids, as strings (they become feature names)."""
    text = resources.files("diplo.processors").joinpath("data", "word_clusters.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        word, *ids = line.split("\t")
        out[word] = tuple(ids)
    return out


def build_word_clusters(model_dir: Path) -> list[str]:
    """The lines of word_clusters.tsv from an unpacked en_core_web_md (deterministic for its seed).

    The fine level clusters the model's distinct vectors (rare words share the row of a frequent one);
    each coarser level clusters the centroids of the level below, so the three levels nest."""
    import numpy as np
    from sklearn.cluster import KMeans
    from spacy.lookups import Lookups
    from spacy.vocab import Vocab

    vocab = Vocab().from_disk(model_dir / "vocab")
    index = Lookups().from_disk(model_dir / "lemmatizer" / "lookups").get_table("lemma_index")
    words = {w for pos in index for w in index[pos] if w.isalpha() and w.islower() and len(w) > 1}
    vectors = vocab.vectors
    rows = {w: vectors.key2row[vocab.strings[w]] for w in words
            if w in vocab.strings and vocab.strings[w] in vectors.key2row}
    used = sorted(set(rows.values()))

    def unit(x: np.ndarray) -> np.ndarray:
        return x / np.linalg.norm(x, axis=1, keepdims=True)

    fine, middle, coarse = (KMeans(n, n_init=n_init, random_state=_SEED)
                            for n, n_init in zip(reversed(LEVELS), (1, 4, 8), strict=True))
    fine.fit(unit(vectors.data[used]))
    middle.fit(unit(fine.cluster_centers_))
    coarse.fit(unit(middle.cluster_centers_))
    of_row = {r: int(fine.labels_[n]) for n, r in enumerate(used)}
    lines = []
    for w in sorted(rows):
        c3 = of_row[rows[w]]
        c2 = int(middle.labels_[c3])
        lines.append(f"{w}\t{int(coarse.labels_[c2])}\t{c2}\t{c3}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m diplo.processors.coding.word_clusters MODEL_DIR", file=sys.stderr)
        return 2
    lines = build_word_clusters(Path(argv[0]))
    target = Path(__file__).resolve().parent.parent / "data" / "word_clusters.tsv"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines):,} words to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
